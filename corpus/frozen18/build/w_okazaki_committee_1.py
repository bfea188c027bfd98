"""岡崎市債権管理委員会 資料（取組個票）— openpyxl -> LibreOffice, landscape, one sheet per page."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from w_common import *
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.page import PageMargins

STEM = "w_okazaki_committee_1"
CITY = "岡崎市"
g = Gold(STEM)
F = "IPAexGothic"
thin = Side(style="thin")
ALL = Border(left=thin, right=thin, top=thin, bottom=thin)

wb = Workbook()
def sheet(title, idx):
    ws = wb.active if idx == 0 else wb.create_sheet()
    ws.title = title
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.6, header=0.3, footer=0.3)
    ws.oddHeader.right.text = "令和６年度第２回岡崎市債権管理委員会"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    return ws

def put(ws, ref, val, size=10, bold=False, border=False, h="left", v="top", wrap=True, merge=None):
    if merge:
        ws.merge_cells(merge)
        if border:
            for row in ws[merge]:
                for c in row:
                    c.border = ALL
    c = ws[ref]
    c.value = val
    c.font = Font(name=F, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = ALL
    return c

# ---------------- sheet 1: 次第 ----------------
ws = sheet("次第", 0)
for col, w in zip("ABCDEFGH", [4, 18, 18, 18, 18, 18, 18, 18]):
    ws.column_dimensions[col].width = w
put(ws, "B2", "令和６年度　第２回　岡崎市債権管理委員会", 16, True, merge="B2:H2", h="center")
put(ws, "B4", "日時　令和６年１１月２６日（火）午後２時から", 11, merge="B4:H4")
put(ws, "B5", "会場　岡崎市役所　東庁舎５階　第三会議室", 11, merge="B5:H5")
put(ws, "B7", "次　第", 13, True, merge="B7:H7", h="center")
put(ws, "B9", "１　報告事項　令和６年度上半期　主要債権の取組状況について　…　資料１", 11, merge="B9:H9")
put(ws, "B10", "２　協議事項　令和７年度　主要債権の数値目標及び取組方針（案）について　…　資料２", 11, merge="B10:H10")
put(ws, "B11", "３　その他　債権放棄の審議予定（令和７年２月）", 11, merge="B11:H11")
ref_lines = ["【参考】市全体（一般会計・特別会計）の状況",
             "・令和５年度　収納率：９６．８２％（前年度比＋０．３１ポイント）",
             "・令和５年度　収入未済額：約２８億４，１００万円",
             "・ピーク時（平成２２年度）の収入未済額：約６１億円"]
put(ws, "B13", "\n".join(ref_lines), 11, border=True, merge="B13:F17")
for r in range(13, 18):
    ws.row_dimensions[r].height = 20
g.fact(None, 2023, "令和５年度", "total", "collection_rate", "actual", 96.82, "percent", "９６．８２％", 1)
g.fact(None, 2023, "令和５年度", "total", "outstanding", "actual", 2841000000, "yen", "約２８億４，１００万円", 1, approx=True)
g.fact(None, 2010, "平成２２年度", "total", "outstanding", "actual", 6100000000, "yen", "約６１億円", 1, approx=True)

# ---------------- 取組個票 ----------------
DEBTS = [
 dict(name="市税", dept="財務部　納税課", kind="強制徴収公債権",
      interim=dict(cur=(56.21, 55.87), arr=(18.04, 17.12)),
      acts=("・納期限後２０日以内の督促状発送と、督促後１か月を経過した者への一斉文書催告\n・ＳＭＳ催告（５月・７月・９月）",
            "・滞納繰越１年目事案の財産調査を９月までに完了\n・預貯金、給与の差押えを優先実施"),
      res_extra=("差押件数　２１２件（１９８件）", "差押件数　３０５件（２８７件）"),
      tgt=dict(cur=("99.31", "99.33", "99.35"), arr=("30.52", "31.00", "31.50"), tot=("97.95", "98.02", "98.10"),
               out=(1452330, 1398000, 1350000)),
      lab="paren",
      items=[("現年度分の滞納整理を早期に着手するため、納期限後の督促・催告の時期を統一し、催告後６０日以内に財産調査に着手する。", "継続"),
             ("電子預貯金照会の対象金融機関を拡大し、調査から差押えまでの期間を短縮する。", "拡充"),
             ("地方税統一ＱＲコードを活用したスマートフォン決済の周知を、納税通知書の同封チラシ及び市公式ＬＩＮＥで行う。", "継続"),
             ("高額・困難事案を特別整理班に移管し、捜索及び公売を計画的に実施する。", "新規")]),
 dict(name="国民健康保険税", dept="福祉部　国保年金課", kind="強制徴収公債権",
      interim=dict(cur=(41.38, 41.95), arr=(10.22, 9.87)),
      acts=("・資格取得時の口座振替勧奨\n・夜間電話催告（毎週火曜日・木曜日）",
            "・分納不履行者への早期催告\n・短期被保険者証の更新時の納付相談"),
      res_extra=("口座振替新規登録　１，０４２件（９８６件）", "分納誓約　４１８件（４０２件）"),
      tgt=dict(cur=("94.85", "95.00", "95.20"), arr=("25.10", "25.50", "26.00"), tot=("86.40", "86.90", "87.40"),
               out=(1020118, 985000, 950000)),
      lab="paren",
      items=[("資格取得の届出時に窓口でWeb口座振替受付サービスを案内し、納期内納付を促す。", "継続"),
             ("現年度分の未納者に対し、第２期納期限後から月１回の文書催告を行う。", "継続"),
             ("分納誓約の履行状況を毎月確認し、不履行となった者には翌月中に催告する。", "拡充"),
             ("財産調査により担税力があると判断した者には、給与及び預貯金の差押えを実施する。", "継続")]),
 dict(name="介護保険料", dept="福祉部　介護保険課", kind="強制徴収公債権",
      interim=dict(cur=(58.90, 58.44), arr=(5.31, 5.02)),
      acts=("・普通徴収対象者への口座振替勧奨\n・督促状発送後の電話催告",
            "・納付相談時の分納誓約の徴取\n・時効中断のための債務承認"),
      res_extra=("電話催告　１，２３０件（１，１０８件）", "分納誓約　９６件（８８件）"),
      tgt=dict(cur=("99.05", "99.08", "99.10"), arr=("12.33", "12.80", "13.00"), tot=("98.21", "98.30", "98.40"),
               out=(58402, 56000, 54000)),
      lab="kana",
      items=[("６５歳到達者に対し、特別徴収開始までの普通徴収期間の納付方法を個別に案内する。", "継続"),
             ("滞納が続く者には、給付制限の内容を記載した通知を送付し、納付相談につなげる。", "継続"),
             ("財産調査を年２回実施し、資力のある滞納者には滞納処分を行う。", "新規")]),
 dict(name="市営住宅使用料", dept="建築部　住宅課", kind="私債権",
      interim=dict(cur=(52.70, 52.15), arr=(8.40, 9.06)),
      acts=("・滞納２か月での連帯保証人への通知\n・指定管理者による戸別訪問",
            "・退去者に対する支払督促の申立て\n・少額訴訟の活用"),
      res_extra=("戸別訪問　３４０件（３１２件）", "支払督促　６件（４件）"),
      tgt=dict(cur=("97.80", "97.90", "98.00"), arr=("20.15", "21.00", "22.00"), tot=("88.62", "89.10", "89.50"),
               out=(61377, 59500, 58000)),
      lab="maru",
      items=[("滞納初期の段階で、指定管理者と連携して電話及び訪問による納付指導を行う。", "継続"),
             ("滞納が６か月に達した入居者に対し、明渡し請求の予告を行い、納付計画を作成させる。", "継続"),
             ("退去者の滞納分について、債権回収業務の民間委託を試行する。", "新規"),
             ("入居時に口座振替の利用を原則とし、振替不能者には翌月に再振替を案内する。", "拡充")]),
]
LABELS = {"paren": lambda i: f"({i})", "kana": lambda i: "アイウエオ"[i - 1], "maru": lambda i: "①②③④⑤"[i - 1]}
SEC = "目標達成に向けた取組"

for k, D in enumerate(DEBTS, 1):
    page = k + 1
    ws = sheet(D["name"], k)
    for col, w in zip("ABCDEFGH", [3, 16, 30, 30, 16, 16, 16, 18]):
        ws.column_dimensions[col].width = w
    put(ws, "B1", f"取組個票　No.{k}", 12, True, merge="B1:D1")
    put(ws, "H1", "資料１・２", 10, border=True, h="center")
    put(ws, "B2", f"債権名　{D['name']}", 13, True, border=True, merge="B2:C2", v="center")
    put(ws, "D2", f"所管　{D['dept']}", 10, border=True, v="center")
    put(ws, "E2", f"債権の種類　{D['kind']}", 10, border=True, merge="E2:G2", v="center")
    ws.row_dimensions[2].height = 24
    put(ws, "B4", "１　令和６年度上半期の取組状況（９月末現在）", 11, True, merge="B4:H4")
    put(ws, "B5", "区分", 10, True, border=True, h="center")
    put(ws, "C5", "取組内容", 10, True, border=True, merge="C5:E5", h="center")
    put(ws, "F5", "実績　（　）内は前年同期", 10, True, border=True, merge="F5:H5", h="center")
    for i, (seg, segj) in enumerate((("cur", "現年度分"), ("arr", "過年度分"))):
        r = 6 + i
        v6, v5 = D["interim"][seg]
        res = f"徴収率　{fmt(v6, 2)}％（{fmt(v5, 2)}％）\n{D['res_extra'][i]}"
        put(ws, f"B{r}", segj, 10, border=True, h="center", v="center")
        put(ws, f"C{r}", D["acts"][i], 10, border=True, merge=f"C{r}:E{r}")
        put(ws, f"F{r}", res, 10, border=True, merge=f"F{r}:H{r}")
        ws.row_dimensions[r].height = 40
        sg = "current" if seg == "cur" else "arrears"
        g.fact(D["name"], 2024, "９月末現在", sg, "collection_rate", "interim", v6, "percent", f"{fmt(v6, 2)}％", page, as_of="2024-09-30")
        g.fact(D["name"], 2023, "前年同期", sg, "collection_rate", "interim", v5, "percent", f"（{fmt(v5, 2)}％）", page, as_of="2023-09-30")
    put(ws, "B9", "２　令和７年度の数値目標", 11, True, merge="B9:F9")
    put(ws, "H9", "（単位：％）", 9, h="right")
    heads = ["区分", "", "Ｒ５決算", "Ｒ６見込み", "Ｒ７目標", "Ｒ７－Ｒ６"]
    put(ws, "B10", "区分", 10, True, border=True, merge="B10:C10", h="center")
    for col, hname in zip("DEFG", ["Ｒ５決算", "Ｒ６見込み", "Ｒ７目標", "Ｒ７－Ｒ６"]):
        put(ws, f"{col}10", hname, 10, True, border=True, h="center")
    rows = [("cur", "現年度分", "current"), ("arr", "過年度分", "arrears"), ("tot", "全体", "total")]
    for i, (key, lab, sg) in enumerate(rows):
        r = 11 + i
        a, e, t = D["tgt"][key]
        diff = round(float(t) - float(e), 2)
        put(ws, f"B{r}", "徴収率" if i == 0 else None, 10, border=True, merge=f"B{r}:B{r}" if False else None, v="center")
        put(ws, f"C{r}", lab, 10, border=True)
        put(ws, f"D{r}", a, 10, border=True, h="right")
        put(ws, f"E{r}", e, 10, border=True, h="right")
        put(ws, f"F{r}", t, 10, border=True, h="right")
        put(ws, f"G{r}", ("△" if diff < 0 else "") + fmt(abs(diff), 2), 10, border=True, h="right")
        for fy, fyr, basis, v in ((2023, "Ｒ５決算", "actual", a), (2024, "Ｒ６見込み", "estimate", e), (2025, "Ｒ７目標", "target", t)):
            g.fact(D["name"], fy, fyr, sg, "collection_rate", basis, float(v), "percent", v, page)
    ws.merge_cells("B11:B13")
    ws["B11"].alignment = Alignment(vertical="center", horizontal="center", wrap_text=True)
    r = 14
    o = D["tgt"]["out"]
    put(ws, f"B{r}", "収入未済額（千円）", 10, border=True, merge=f"B{r}:C{r}")
    for col, v in zip("DEF", o):
        put(ws, f"{col}{r}", comma(v), 10, border=True, h="right")
    put(ws, f"G{r}", tri(o[2] - o[1]), 10, border=True, h="right")
    for fy, fyr, basis, v in zip((2023, 2024, 2025), ("Ｒ５決算", "Ｒ６見込み", "Ｒ７目標"), ("actual", "estimate", "target"), o):
        g.fact(D["name"], fy, fyr, "total", "outstanding", basis, v * 1000, "yen", comma(v), page)
    put(ws, "B16", "３　目標達成に向けた取組", 11, True, merge="B16:H16")
    lines = []
    for i, (txt, st) in enumerate(D["items"], 1):
        lb = LABELS[D["lab"]](i)
        wrap_tag = (i == 2)
        lines.append(f"{lb}　{txt}" + ("\n　【" + st + "】" if wrap_tag else f"【{st}】"))
        g.init(D["name"], 2025, SEC, lb, txt, st, page)
    put(ws, "B17", "\n".join(lines), 10, border=True, merge="B17:H17")
    ws.row_dimensions[17].height = 16 * (len(lines) + 2)

xlsx = os.path.join(OUT, STEM + ".xlsx")
wb.save(xlsx)
pdf = soffice(xlsx, OUT)
final = os.path.join(ROOT, "pdf", STEM + ".pdf")
os.replace(pdf, final)
ok = g.write(final, {"kind": "committee_material", "municipality": CITY,
                     "title": "令和６年度　第２回　岡崎市債権管理委員会", "date": "2024-11-26",
                     "date_raw": "令和６年１１月２６日（火）"})
print("OK" if ok else "FAIL")
