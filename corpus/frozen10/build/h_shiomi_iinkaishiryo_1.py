"""汐見市 債権管理対策会議 資料 (one sheet per debt) -- openpyxl -> LibreOffice."""
import os, sys, math
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h_common import F, I, OUT, soffice, finish, fmt, rate
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.page import PageMargins

STEM = "h_shiomi_iinkaishiryo_1"
FONT = "IPAexGothic"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
YEARS = [(2023, "令和5年度", "(2023)", "actual"), (2024, "令和6年度", "(2024)", "actual"),
         (2025, "令和7年度", "(2025)", "estimate"), (2026, "令和8年度", "(2026)", "target")]

# rates per debt: seg -> 4 values ; outstanding (千円) 4 values
DEBTS = [
    {"name": "国民健康保険料", "ka": "保険年金課", "kubun": "強制徴収公債権",
     "rates": {"現年度分": [94.12, 94.38, 94.55, 94.70], "滞納繰越分": [24.06, 25.31, 25.90, 26.50], "合計": [80.44, 81.92, 82.60, 83.30]},
     "out": [1184220, 1096315, 1041000, 985000],
     "period": "令和7年10月1日～12月26日",
     "content": "・夜間電話催告（毎週火・木曜日）\n・休日納付相談窓口の開設（11月16日、12月14日）\n・財産調査及び差押えの集中実施",
     "result": "・差押え 148件（121件）\n・納付相談 412件（386件）\n・12月末時点の現年度分収納率 78.45％（77.96％）",
     "interim": (78.45, 77.96),
     "kadai": "①納付書の返戻者について居所確認が遅れている。\n②現年度分の初期滞納者への接触が十分でない。",
     "jokyo": "①返戻者リストを毎月作成し、住民票調査を実施した。\n②納期限後30日以内の電話催告を徹底した。",
     "hoshin": "早期の接触による新たな滞納の抑制と、滞納繰越分の計画的な整理を進める。",
     "items": [("(1)ア", "口座振替の勧奨をWeb口座振替受付サービスにより推進し、納期内納付を促す。", "継続"),
               ("(1)イ", "資格取得時の窓口でキャッシュレス納付を案内する。", "新規"),
               ("(2)ア", "SMSによる催告を現年度分の初期滞納者全員に拡大する。", "拡充"),
               ("(2)イ", "分納不履行者に対し不履行から14日以内に催告する。", "継続")]},
    {"name": "保育所保育料", "ka": "こども保育課", "kubun": "強制徴収公債権",
     "rates": {"現年度分": [98.71, 98.86, 98.90, 99.00], "滞納繰越分": [18.22, 20.47, 21.00, 22.00], "合計": [93.05, 93.96, 94.20, 94.60]},
     "out": [38514, 33206, 31500, 29000],
     "period": "令和7年11月",
     "content": "・園を通じた納付案内の手渡し\n・卒園児世帯への文書催告",
     "result": "・文書催告 96件（104件）\n・納付誓約 22件（18件）\n・12月末時点の現年度分収納率 86.12％（85.73％）",
     "interim": (86.12, 85.73),
     "kadai": "卒園後の滞納世帯との連絡が途絶えがちである。",
     "jokyo": "児童手当からの特別徴収の申出を勧奨し、19世帯から申出を受けた。",
     "hoshin": "在園中の完納を原則とし、卒園時までに滞納を解消する。",
     "items": [("①", "児童手当からの徴収の申出を入園時に案内する。", "継続"),
               ("②", "卒園予定の滞納世帯に対し、1月までに個別面談を行う。", "新規"),
               ("③", "滞納が3か月を超えた世帯について財産調査に着手する。", "継続")]},
    {"name": "下水道使用料", "ka": "上下水道局お客さまセンター", "kubun": "強制徴収公債権",
     "rates": {"現年度分": [99.38, 99.41, 99.45, 99.50], "滞納繰越分": [31.56, 33.10, 33.50, 34.00], "合計": [98.62, 98.70, 98.76, 98.82]},
     "out": [52118, 49873, 47600, 45500],
     "period": "令和7年9月～令和8年1月",
     "content": "・給水停止予告と連動した催告\n・転居者への転居先調査",
     "result": "・差押え 36件（29件）\n・12月末時点の現年度分収納率 74.03％（73.88％）",
     "interim": (74.03, 73.88),
     "kadai": "水道料金との一体的な徴収が十分に行えていない。",
     "jokyo": "水道料金の滞納整理と同時に下水道使用料の催告を行う運用に改めた。",
     "hoshin": "水道料金と一体となった滞納整理により、滞納繰越分の縮減を図る。",
     "items": [("(1)", "給水停止の執行時に下水道使用料の納付も併せて求める。", "継続"),
               ("(2)", "転居者の滞納について、転居先への文書催告を年2回実施する。", "拡充"),
               ("(3)", "地方税統一QRコードを納入通知書に付す。", "新規")]},
]


def style(c, size=9, bold=False, h="left", v="center", border=True):
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=True)
    if border:
        c.border = BOX


def put(ws, ref, val, merge=None, **kw):
    ws[ref] = val
    style(ws[ref], **kw)
    if merge:
        ws.merge_cells(f"{ref}:{merge}")
        for row in ws[f"{ref}:{merge}"]:
            for c in row:
                if kw.get("border", True):
                    c.border = BOX


def setup(ws, title_right):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    ws.oddHeader.right.text = title_right
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    for col, w in zip("ABCDEFGH", (14, 16, 16, 16, 16, 16, 16, 16)):
        ws.column_dimensions[col].width = w


def lines_h(text, width_chars, base=13):
    n = sum(max(1, math.ceil(len(l) / width_chars)) for l in text.split("\n"))
    return max(base, n * 13 + 4)


def cover(wb):
    ws = wb.active
    ws.title = "次第"
    setup(ws, "資料")
    put(ws, "A1", "令和7年度 第3回 汐見市債権管理対策会議", "H1", size=14, bold=True, h="center", border=False)
    put(ws, "A2", "日時　令和8年1月28日（水）10時00分～　　場所　市役所本庁舎5階 第1会議室", "H2", h="center", border=False)
    put(ws, "A4", "次　第", "H4", size=11, bold=True, border=False)
    put(ws, "A5", "1　主要債権の滞納整理強化月間の実施結果について　…資料1", "H5", border=False)
    put(ws, "A6", "2　令和8年度 主要債権の取組方針（案）について　…資料2", "H6", border=False)
    txt = ("【参考】本市の債権全体の状況\n"
           "・収入未済額（令和6年度決算）：約21億4,300万円\n"
           "・全債権の収納率（令和6年度決算）：95.82％\n"
           "・前年度からの増減：収納率0.31ポイント増、収入未済額 約1億2,600万円減")
    put(ws, "A8", txt, "H8", size=10)
    ws.row_dimensions[8].height = 72
    # one debt per column: numeric targets
    put(ws, "A10", "主要債権の数値目標（令和8年度）　　　　　　　　　　　　　　　　　　　　（単位：％）", "H10", bold=True, border=False)
    put(ws, "A11", "区分", "B11", bold=True, h="center")
    for j, d in enumerate(DEBTS):
        col = "CDE"[j]
        put(ws, f"{col}11", d["name"], bold=True, h="center")
    for i, seg in enumerate(("現年度分", "滞納繰越分", "合計")):
        r = 12 + i
        put(ws, f"A{r}", seg, f"B{r}", h="center")
        for j, d in enumerate(DEBTS):
            col = "CDE"[j]
            put(ws, f"{col}{r}", f"{d['rates'][seg][3]:.2f}", h="right")
    put(ws, "A15", "※各債権の取組シートの数値目標を再掲", "H15", size=8, border=False)


def sheet(wb, k, d):
    ws = wb.create_sheet(d["name"])
    setup(ws, "資料2")
    put(ws, "A1", f"主要債権の取組シート（{k}）", "H1", size=12, bold=True, border=False)
    put(ws, "A2", "債権名", bold=True, h="center"); put(ws, "B2", d["name"], "C2", size=11, bold=True)
    put(ws, "D2", "所管課", bold=True, h="center"); put(ws, "E2", d["ka"], "F2")
    put(ws, "G2", "債権区分", bold=True, h="center"); put(ws, "H2", d["kubun"])
    put(ws, "A4", "1　滞納整理強化月間の実施結果", "H4", bold=True, size=10, border=False)
    put(ws, "A5", "実施期間", "B5", bold=True, h="center")
    put(ws, "C5", "取組内容", "E5", bold=True, h="center")
    put(ws, "F5", "実績・効果（　）内は前年度", "H5", bold=True, h="center")
    put(ws, "A6", d["period"], "B6", v="top")
    put(ws, "C6", d["content"], "E6", v="top")
    put(ws, "F6", d["result"], "H6", v="top")
    ws.row_dimensions[6].height = max(lines_h(d["content"], 24), lines_h(d["result"], 24))
    put(ws, "A8", "2　収納状況及び数値目標", "E8", bold=True, size=10, border=False)
    put(ws, "F8", "単位：％（収入未済額は千円）", "H8", size=8, h="right", border=False)
    # header over three rows
    put(ws, "A9", "区　分", "B11", bold=True, h="center")
    put(ws, "C9", "実　績", "D9", bold=True, h="center")
    put(ws, "E9", "推　計", bold=True, h="center")
    put(ws, "F9", "数値目標", bold=True, h="center")
    for j, (fy, fyr, wy, b) in enumerate(YEARS):
        col = "CDEF"[j]
        put(ws, f"{col}10", fyr, bold=True, h="center")
        put(ws, f"{col}11", wy, h="center", size=8)
    for i, seg in enumerate(("現年度分", "滞納繰越分", "合計")):
        r = 12 + i
        put(ws, f"A{r}", "収納率", h="center") if i == 0 else None
        put(ws, f"B{r}", seg, h="center")
        for j in range(4):
            put(ws, f"{'CDEF'[j]}{r}", f"{d['rates'][seg][j]:.2f}", h="right")
    ws.merge_cells("A12:A14")
    put(ws, "A15", "収入未済額", "B15", h="center")
    for j in range(4):
        put(ws, f"{'CDEF'[j]}15", fmt(d["out"][j]), h="right")
    put(ws, "G9", "備考", "H11", bold=True, h="center")
    put(ws, "G12", "令和7年度は12月末時点の\n実績からの推計", "H15", size=8, v="top")
    put(ws, "A17", "3　債権管理ヒアリングでの課題と取組状況", "H17", bold=True, size=10, border=False)
    put(ws, "A18", "指摘された課題", "D18", bold=True, h="center")
    put(ws, "E18", "課題に対する取組状況", "H18", bold=True, h="center")
    put(ws, "A19", d["kadai"], "D19", v="top")
    put(ws, "E19", d["jokyo"], "H19", v="top")
    ws.row_dimensions[19].height = max(lines_h(d["kadai"], 34), lines_h(d["jokyo"], 34))
    put(ws, "A21", "4　令和8年度の取組方針", "H21", bold=True, size=10, border=False)
    put(ws, "A22", "方針", bold=True, h="center")
    put(ws, "B22", d["hoshin"], "H22")
    put(ws, "A23", "数値目標の\n達成に向けた\n取組", bold=True, h="center")
    txt = "\n".join(f"{lab}{t}【{s}】" if s else f"{lab}{t}" for lab, t, s in d["items"])
    put(ws, "B23", txt, "H23", v="top")
    ws.row_dimensions[23].height = lines_h(txt, 90) + 6


def facts_inits():
    fs, its = [], []
    # cover 【参考】 box
    fs.append(F(None, 2024, "令和6年度決算", "total", "outstanding", "actual", 2143000000, "yen", "約21億4,300万円", approx=True))
    fs.append(F(None, 2024, "令和6年度決算", "total", "collection_rate", "actual", 95.82, "percent", "95.82％"))
    segmap = {"現年度分": "current", "滞納繰越分": "arrears", "合計": "total"}
    for d in DEBTS:
        for seg in ("現年度分", "滞納繰越分", "合計"):
            v = d["rates"][seg][3]
            fs.append(F(d["name"], 2026, "令和8年度", segmap[seg], "collection_rate", "target", v, "percent",
                        f"{v:.2f}", anchor=["主要債権の数値目標", f"{v:.2f}"]))
    for k, d in enumerate(DEBTS):
        a = [f"主要債権の取組シート（{k + 1}）"]
        for seg in ("現年度分", "滞納繰越分", "合計"):
            for j, (fy, fyr, wy, b) in enumerate(YEARS):
                v = d["rates"][seg][j]
                fs.append(F(d["name"], fy, fyr, segmap[seg], "collection_rate", b, v, "percent", f"{v:.2f}", anchor=a + [f"{v:.2f}"]))
        for j, (fy, fyr, wy, b) in enumerate(YEARS):
            v = d["out"][j]
            fs.append(F(d["name"], fy, fyr, "total", "outstanding", b, v * 1000, "yen", fmt(v), anchor=a + [fmt(v)]))
        cur, prev = d["interim"]
        fs.append(F(d["name"], 2025, "12月末時点", "current", "collection_rate", "interim", cur, "percent", f"{cur:.2f}％", anchor=a + [f"{cur:.2f}％"], as_of="2025-12-31"))
        fs.append(F(d["name"], 2024, "（前年度）", "current", "collection_rate", "interim", prev, "percent", f"{prev:.2f}％", anchor=a + [f"{prev:.2f}％"], as_of="2024-12-31"))
        for lab, t, s in d["items"]:
            its.append(I(d["name"], 2026, "数値目標の達成に向けた取組", lab, t, s, anchor=a + [t]))
    return fs, its


def main():
    wb = Workbook()
    cover(wb)
    for k, d in enumerate(DEBTS):
        sheet(wb, k + 1, d)
    path = os.path.join(OUT, STEM + ".xlsx")
    wb.save(path)
    pdf = soffice(path)
    fs, its = facts_inits()
    doc = {"kind": "committee_material", "municipality": "汐見市", "title": "令和7年度 第3回 汐見市債権管理対策会議",
           "date": "2026-01-28", "date_raw": "令和8年1月28日（水）"}
    finish(STEM, pdf, doc, fs, its)


if __name__ == "__main__":
    main()
