"""東大阪市 債権管理委員会 資料 (取組個票) — openpyxl -> LibreOffice.  Run from corpus/dev42."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_common import PDF_DIR, WORK, Gold, c, finish, rate, signed, zen  # noqa: E402

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

STEM = "w_higashiosaka_committee_1"
CITY = "東大阪市"
TITLE = "令和７年度 第２回東大阪市債権管理委員会"
FONT = "IPAexゴシック"
g = Gold("committee_material", "kobetsu", CITY, TITLE, "2025-10-28", "令和７年１０月２８日（火）")

thin = Side(style="thin", color="000000")
med = Side(style="medium", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook()
wb.remove(wb.active)


def sheet(name, landscape=False, widths=(), header_right="", footer=""):
    ws = wb.create_sheet(name)
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False
    if header_right:
        ws.oddHeader.right.text = header_right
        ws.oddHeader.right.size = 9
        ws.oddHeader.right.font = FONT
    if footer:
        ws.oddFooter.center.text = footer
        ws.oddFooter.center.size = 9
        ws.oddFooter.center.font = FONT
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return ws


def put(ws, cell, value, size=10, bold=False, h="left", v="center", wrap=True, border=False, fill=None,
        merge=None):
    if merge:
        ws.merge_cells(merge)
    x = ws[cell]
    x.value = value
    x.font = Font(name=FONT, size=size, bold=bold)
    x.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if fill:
        x.fill = fill
    if border:
        rng = merge or f"{cell}:{cell}"
        for row in ws[rng]:
            for y in row:
                y.border = BOX
                if fill:
                    y.fill = fill
    return x


def box(ws, rng, side=thin):
    rows = list(ws[rng])
    for i, row in enumerate(rows):
        for j, y in enumerate(row):
            y.border = Border(left=side if j == 0 else y.border.left, right=side if j == len(row) - 1 else y.border.right,
                              top=side if i == 0 else y.border.top, bottom=side if i == len(rows) - 1 else y.border.bottom)


# ================================================================ page 1: 次第
P = 1
ws = sheet("次第", widths=(4, 12, 12, 12, 12, 12, 12, 12), header_right="")
ws.row_dimensions[2].height = 30
put(ws, "B2", TITLE + "　次第", 15, True, "center", merge="B2:H2")
put(ws, "E4", "日時：令和７年１０月２８日（火）午前１０時～", 10, merge="E4:H4")
put(ws, "E5", "場所：東大阪市役所本庁舎１８階　会議室", 10, merge="E5:H5")
lines = [("B7", "１　開　会", True), ("B9", "２　報告事項", True),
         ("C10", "（１）令和６年度決算における主要債権の収納状況について　　【資料１】", False),
         ("C11", "（２）主要債権の取組個票（令和７年９月末現在）　　　　　　　【資料２】", False),
         ("B13", "３　協議事項", True),
         ("C14", "（１）令和７年度滞納整理強化期間の実施について　　　　　　　【資料３】", False),
         ("B16", "４　閉　会", True)]
for cell, text, b in lines:
    r = cell[1:]
    put(ws, cell, text, 11, b, merge=f"{cell}:H{r}")
# 【参考】 box with label：value bullets (city-wide figures, 令和６年度決算)
ref = [("調定額", "1,523億4,891万円", 152348910000, "assessed"),
       ("収入済額", "1,491億256万円", 149102560000, "collected"),
       ("不納欠損額", "4億6,172万円", 461720000, "written_off"),
       ("収入未済額", "27億8,463万円", 2784630000, "outstanding")]
txt = "【参考】令和６年度決算　市全体（一般会計・特別会計）の債権の状況\n"
for lab, raw, val, met in ref:
    txt += f"　・{lab}：{raw}\n"
    g.fact(None, "市全体", 2024, "令和６年度", "total", met, "actual", val, "yen", raw, P)
txt += "　・収納率：97.87％（前年度 97.64％）"
g.fact(None, "市全体", 2024, "令和６年度", "total", "collection_rate", "actual", 97.87, "percent", "97.87％", P)
g.fact(None, "市全体", 2023, "前年度", "total", "collection_rate", "actual", 97.64, "percent", "97.64％", P)
ws.row_dimensions[19].height = 120
put(ws, "B19", txt, 10, v="top", merge="B19:H19")
box(ws, "B19:H19", med)
put(ws, "B21", "※ 市全体の数値は、水道事業会計及び下水道事業会計を除く。", 9, merge="B21:H21")
ws.print_area = "A1:H24"

# ================================================================ page 2: 資料１ (landscape)
P = 2
DEBTS = [  # key, printed, (cur a, c), (arr a, c), written_off, prev total rate
    ("市税", "市税", (86412350, 85614229), (2312784, 712540), 141226, 97.11),
    ("個人市民税", "うち個人市民税", (31204118, 30766412), (1402332, 398721), 88410, 95.21),
    ("国民健康保険料", "国民健康保険料", (14286544, 13108390), (3502118, 784221), 402115, 77.29),
    ("介護保険料", "介護保険料", (12815006, 12601342), (402556, 84311), 71022, 95.79),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (8106772, 8072014), (45280, 16602), 5304, 99.22),
    ("保育所保育料", "保育所保育料", (1082410, 1064277), (118946, 22045), 9880, 90.04),
    ("市営住宅使用料", "市営住宅使用料", (2506338, 2462008), (512604, 61233), 32117, 82.85),
    ("生活保護費返還金", "生活保護費返還金", (402516, 120881), (1836204, 92115), 118402, 9.97),
    ("母子父子寡婦福祉資金貸付金", "母子父子寡婦福祉資金貸付金", (62418, 38204), (286114, 21406), 4116, 16.47),
]
ws = sheet("資料１", landscape=True, widths=(24, 12, 12, 8, 11, 11, 8, 12, 12, 10, 11, 8, 9, 8),
           header_right="資料１")
put(ws, "A1", "令和６年度決算における主要債権の収納状況", 14, True, merge="A1:N1")
put(ws, "K2", "（単位：千円、％）", 9, h="right", merge="K2:N2")
hdr = dict(size=9, bold=True, h="center", border=True, fill=GRAY)
put(ws, "A3", "債権名", merge="A3:A5", **hdr)
put(ws, "B3", "令和６年度決算", merge="B3:L3", **hdr)
put(ws, "M3", "令和５年度\n決算", merge="M3:M4", **hdr)
put(ws, "N3", "増減", merge="N3:N5", **hdr)
put(ws, "B4", "現年度分", merge="B4:D4", **hdr)
put(ws, "E4", "滞納繰越分", merge="E4:G4", **hdr)
put(ws, "H4", "合計", merge="H4:L4", **hdr)
for col, t in zip("BCDEFGHIJKLM", ["調定額※1", "収入済額", "収納率", "調定額", "収入済額", "収納率",
                                   "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "収納率"]):
    put(ws, f"{col}5", t, **hdr)
ws.row_dimensions[3].height = 18
ws.row_dimensions[4].height = 18
row = 6
sums = [0] * 7
for key, printed, (ca, cc), (aa, ac), wo, prev in DEBTS:
    ta, tc = ca + aa, cc + ac
    out = ta - tc - wo
    rc, ra, rt = rate(cc, ca), rate(ac, aa), rate(tc, ta)
    diff = round(rt - prev, 2)
    mark = "※2" if key == "生活保護費返還金" else ""
    vals = [printed, c(ca), c(cc), f"{rc:.2f}", c(aa), c(ac), f"{ra:.2f}{mark}", c(ta), c(tc), c(wo), c(out),
            f"{rt:.2f}", f"{prev:.2f}", signed(diff)]
    sub = key == "個人市民税"
    for j, v in enumerate(vals):
        col = get_column_letter(j + 1)
        put(ws, f"{col}{row}", v, 9, h="left" if j == 0 else "right", border=True, fill=LIGHT if sub else None)
    F = lambda seg, met, val, unit, raw, fy=2024, fyr="令和６年度": g.fact(  # noqa: E731
        key, printed, fy, fyr, seg, met, "actual", val, unit, raw, P)
    F("current", "assessed", ca * 1000, "yen", c(ca)); F("current", "collected", cc * 1000, "yen", c(cc))
    F("current", "collection_rate", rc, "percent", f"{rc:.2f}")
    F("arrears", "assessed", aa * 1000, "yen", c(aa)); F("arrears", "collected", ac * 1000, "yen", c(ac))
    F("arrears", "collection_rate", ra, "percent", f"{ra:.2f}{mark}")
    F("total", "assessed", ta * 1000, "yen", c(ta)); F("total", "collected", tc * 1000, "yen", c(tc))
    F("total", "written_off", wo * 1000, "yen", c(wo)); F("total", "outstanding", out * 1000, "yen", c(out))
    F("total", "collection_rate", rt, "percent", f"{rt:.2f}")
    F("total", "collection_rate", prev, "percent", f"{prev:.2f}", 2023, "令和５年度")
    F("total", "difference", diff, "points", signed(diff))
    if not sub:
        for i, x in enumerate((ca, cc, aa, ac, ta, tc, wo)):
            sums[i] += x
    row += 1
ca, cc, aa, ac, ta, tc, wo = sums
out = ta - tc - wo
rc, ra, rt = rate(cc, ca), rate(ac, aa), rate(tc, ta)
prev = 93.88
diff = round(rt - prev, 2)
vals = ["主要債権計", c(ca), c(cc), f"{rc:.2f}", c(aa), c(ac), f"{ra:.2f}", c(ta), c(tc), c(wo), c(out),
        f"{rt:.2f}", f"{prev:.2f}", signed(diff)]
for j, v in enumerate(vals):
    put(ws, f"{get_column_letter(j + 1)}{row}", v, 9, bold=True, h="center" if j == 0 else "right", border=True,
        fill=LIGHT)
for seg, met, val, unit, raw, fy, fyr in [
        ("current", "assessed", ca * 1000, "yen", c(ca), 2024, "令和６年度"),
        ("current", "collected", cc * 1000, "yen", c(cc), 2024, "令和６年度"),
        ("current", "collection_rate", rc, "percent", f"{rc:.2f}", 2024, "令和６年度"),
        ("arrears", "assessed", aa * 1000, "yen", c(aa), 2024, "令和６年度"),
        ("arrears", "collected", ac * 1000, "yen", c(ac), 2024, "令和６年度"),
        ("arrears", "collection_rate", ra, "percent", f"{ra:.2f}", 2024, "令和６年度"),
        ("total", "assessed", ta * 1000, "yen", c(ta), 2024, "令和６年度"),
        ("total", "collected", tc * 1000, "yen", c(tc), 2024, "令和６年度"),
        ("total", "written_off", wo * 1000, "yen", c(wo), 2024, "令和６年度"),
        ("total", "outstanding", out * 1000, "yen", c(out), 2024, "令和６年度"),
        ("total", "collection_rate", rt, "percent", f"{rt:.2f}", 2024, "令和６年度"),
        ("total", "collection_rate", prev, "percent", f"{prev:.2f}", 2023, "令和５年度"),
        ("total", "difference", diff, "points", signed(diff), 2024, "令和６年度")]:
    g.fact(None, "主要債権計", fy, fyr, seg, met, "actual", val, unit, raw, P)
row += 1
notes = ["※1　調定額には還付未済額を含まない。「うち個人市民税」は市税の内数であり、主要債権計には含めていない。",
         "※2　生活保護費返還金の滞納繰越分には、生活保護法第78条に基づく徴収金を含む。",
         "※3　上下水道局所管の下水道使用料（令和６年度末の収入未済額 48,215千円）は本表に含まない。"]
for n in notes:
    row += 1
    put(ws, f"A{row}", n, 9, merge=f"A{row}:N{row}")
g.fact("下水道使用料", "下水道使用料", 2024, "令和６年度", "total", "outstanding", "actual", 48215000, "yen",
       "48,215千円", P)
ws.print_area = f"A1:N{row + 1}"
TAB1 = {d[0]: d for d in DEBTS}

# ================================================================ pages 3-6: 取組個票
SHEETS = [
    dict(key="市税", num="２－１", kind="box", labels=("債権名", "市税", "所管課", "財務部 納税課", "債権区分", "強制徴収公債権"),
         r4=((84902114, 84011552), (2612405, 752118)), r5=((85733206, 84899741), (2455118, 738009)),
         sep=((87102446, 45563289, 51.88), (2257139, 388204, 16.02), 50.46),
         est=(99.10, 31.20, 2180000),
         items=[("①", "現年度分の未納者に対し、納期限後２０日以内に督促状を発送し、その後１か月以内に文書催告を行う。", "継続", False),
                ("②", "ＳＭＳによる催告を、軽自動車税種別割の未納者にも広げて実施する。", "拡充", True),
                ("③", "給与・預貯金等の財産調査を早期に行い、納付資力のある滞納者には速やかに差押えを執行する。", "継続", False),
                ("④", "高額・困難事案は大阪府域地方税徴収機構へ引き継ぎ、共同で滞納整理を行う。", "継続", False)],
         result="・差押件数　１，２０４件（前年同期１，１５８件）\n・ＳＭＳ催告　８，４１２件\n・徴収機構への引継ぎ　３６件",
         future=[("ア", "年末の滞納整理強化期間（１１月～１２月）に、捜索及びタイヤロックを集中的に実施する。", "継続"),
                 ("イ", "地方税統一ＱＲコードを活用したスマートフォン決済の周知を図る。", "新規")]),
    dict(key="国民健康保険料", num="２－２", kind="inline",
         r4=((14902336, 13598114), (3884012, 812336)), r5=((14512008, 13275446), (3702554, 801997)),
         sep=((14102336, 6012445, 42.15), (3493936, 402118, 10.88), 35.02),
         est=(91.90, 22.80, 3380000),
         items=[("①", "口座振替の原則化に向け、資格取得の届出時に口座振替依頼書の提出を案内する。", "継続", False),
                ("②", "初期の滞納者に対し、電話催告センターから早期に催告を行う。", "継続", False),
                ("③", "短期被保険者証等の交付時に納付相談を行い、分割納付の計画を立てる。", "継続", True),
                ("④", "滞納処分の執行停止について、判断基準に沿って月ごとに審査を行う。", "新規", False)],
         result="・差押件数　６８８件（前年同期６１２件）\n・電話催告　１２，０４５件",
         future=[("ア", "高額滞納世帯について、預貯金・生命保険の調査を強化し、差押えにつなげる。", "拡充")]),
    dict(key="介護保険料", num="２－３", kind="box2", labels=("債権の名称", "介護保険料", "担当", "福祉部 高齢介護課"),
         r4=((12304118, 12085227), (436771, 88015)), r5=((12598440, 12383106), (418990, 86774)),
         sep=((13004118, 6822004, 52.02), (460887, 40226, 8.14), 50.11),
         est=(98.40, 21.50, 440000),
         items=[("①", "普通徴収の被保険者に対し、年金からの特別徴収への切替えを案内する。", "継続", False),
                ("②", "給付制限の対象となる前に、個別に納付勧奨の通知を送付する。", "継続", False),
                ("③", "コンビニエンスストア及びスマートフォン決済による納付を周知する。", "継続", True)],
         result="・納付勧奨通知　２，１８０件\n・特別徴収への切替え　４１２件",
         future=[("ア", "滞納繰越分のうち時効が迫る債権について、差押え等の時効の更新措置を優先して行う。", "新規")]),
    dict(key="市営住宅使用料", num="２－４", kind="heading",
         r4=((2548902, 2497113), (566210, 58904)), r5=((2530117, 2483556), (540118, 60012)),
         sep=((2498772, 1232118, 48.77), (463584, 33904, 6.95), 41.92),
         est=(98.30, 12.40, 452000),
         items=[("(1)", "家賃滞納３か月以上の入居者に対し、呼出しと分割納付誓約を徹底する。", "継続", False),
                ("(2)", "滞納６か月以上で誓約不履行の者について、明渡し請求の訴えを提起する。", "継続", False),
                ("(3)", "退去滞納者の連帯保証人へ、退去後３か月以内に請求を行う。", "拡充", True)],
         result="・呼出し　２１４件\n・明渡し請求訴訟　９件",
         future=[("ア", "回収の見込みのない退去者債権について、債権管理条例に基づく放棄を検討する。", "新規")]),
]
SEGN = ["現年度分", "滞納繰越分", "合計"]
SEG = ["current", "arrears", "total"]
P = 3
for sh in SHEETS:
    key = sh["key"]
    t1 = TAB1[key]
    ws = sheet(f"個票{sh['num']}", widths=(5, 12, 13, 13, 13, 13, 13, 12), header_right=f"資料{sh['num']}",
               footer="東大阪市債権管理委員会（令和７年度第２回）")
    if sh["kind"] == "heading":
        put(ws, "A1", f"取組個票（{key}）", 14, True, merge="A1:F1")
    else:
        put(ws, "A1", "取組個票", 14, True, merge="A1:F1")
    put(ws, "G1", "令和７年９月末現在", 9, h="right", merge="G1:H1")
    ws.row_dimensions[2].height = 24
    if sh["kind"] == "box":
        L = sh["labels"]
        put(ws, "A2", L[0], 9, True, "center", border=True, fill=GRAY, merge="A2:B2")
        put(ws, "C2", L[1], 11, True, "center", border=True)
        put(ws, "D2", L[2], 9, True, "center", border=True, fill=GRAY)
        put(ws, "E2", L[3], 10, h="center", border=True)
        put(ws, "F2", L[4], 9, True, "center", border=True, fill=GRAY)
        put(ws, "G2", L[5], 10, h="center", border=True, merge="G2:H2")
        debt_raw = key
    elif sh["kind"] == "box2":
        L = sh["labels"]
        put(ws, "A2", L[0], 9, True, "center", border=True, fill=GRAY, merge="A2:B2")
        put(ws, "C2", L[1], 11, True, "center", border=True, merge="C2:D2")
        put(ws, "E2", L[2], 9, True, "center", border=True, fill=GRAY)
        put(ws, "F2", L[3], 10, h="center", border=True, merge="F2:H2")
        debt_raw = key
    elif sh["kind"] == "inline":
        put(ws, "A2", f"債権名　{key}", 11, True, "left", border=True, merge="A2:E2")
        put(ws, "F2", "所管課　福祉部 保険管理課", 10, h="left", border=True, merge="F2:H2")
        debt_raw = key
    else:
        put(ws, "A2", "所管：都市整備部 住宅政策室", 10, h="left", merge="A2:H2")
        debt_raw = key
    # ---- (1) transposed table: metric rows, years across
    put(ws, "A4", "１　収納状況の推移（単位：千円、％）", 11, True, merge="A4:H4")
    YEARS = [("R4", 2022), ("令和5年度", 2023), ("6年度", 2024)]
    put(ws, "A5", "区分", 9, True, "center", border=True, fill=GRAY, merge="A5:C5")
    for j, (yl, _) in enumerate(YEARS):
        put(ws, f"{'DEF'[j]}5", yl, 9, True, "center", border=True, fill=GRAY)
    put(ws, "G5", "備考", 9, True, "center", border=True, fill=GRAY, merge="G5:H5")
    data = {2022: sh["r4"], 2023: sh["r5"], 2024: (t1[2], t1[3])}
    outs = {2022: sh["r5"][1][0], 2023: t1[3][0], 2024: t1[2][0] + t1[3][0] - t1[2][1] - t1[3][1] - t1[4]}
    r = 6
    for si, sname in enumerate(["現\n年\n度\n分", "滞\n納\n繰\n越\n分"]):
        put(ws, f"A{r}", sname, 9, True, "center", border=True, fill=LIGHT, merge=f"A{r}:A{r + 2}")
        for k, mname in enumerate(["調定額", "収入済額", "収納率"]):
            put(ws, f"B{r + k}", mname, 9, h="left", border=True, merge=f"B{r + k}:C{r + k}")
            for j, (yl, fy) in enumerate(YEARS):
                a, cl = data[fy][si]
                if k == 0:
                    v, raw, met, unit = a * 1000, c(a), "assessed", "yen"
                elif k == 1:
                    v, raw, met, unit = cl * 1000, c(cl), "collected", "yen"
                else:
                    v = rate(cl, a); raw = f"{v:.2f}"; met, unit = "collection_rate", "percent"
                put(ws, f"{'DEF'[j]}{r + k}", raw, 9, h="right", border=True)
                g.fact(key, debt_raw, fy, yl, SEG[si], met, "actual", v, unit, raw, P)
            put(ws, f"G{r + k}", "", 9, border=True, merge=f"G{r + k}:H{r + k}")
        ws.row_dimensions[r].height = 20
        ws.row_dimensions[r + 1].height = 20
        ws.row_dimensions[r + 2].height = 20
        r += 3
    put(ws, f"A{r}", "収入未済額", 9, True, "center", border=True, fill=LIGHT, merge=f"A{r}:C{r}")
    for j, (yl, fy) in enumerate(YEARS):
        put(ws, f"{'DEF'[j]}{r}", c(outs[fy]), 9, h="right", border=True)
        g.fact(key, debt_raw, fy, yl, "total", "outstanding", "actual", outs[fy] * 1000, "yen", c(outs[fy]), P)
    put(ws, f"G{r}", "不納欠損後", 9, h="center", border=True, merge=f"G{r}:H{r}")
    # ---- (2) normal orientation: segments as rows; two headings side by side
    r += 2
    put(ws, f"A{r}", "２　令和７年度の収納状況（単位：千円、％）", 11, True, merge=f"A{r}:H{r}")
    r += 1
    put(ws, f"A{r}", "区分", 9, True, "center", border=True, fill=GRAY, merge=f"A{r}:B{r + 1}")
    put(ws, f"C{r}", "令和７年９月末（実績）", 9, True, "center", border=True, fill=GRAY, merge=f"C{r}:E{r}")
    put(ws, f"F{r}", "令和７年度末（見込）　（　）は６年度実績", 9, True, "center", border=True, fill=GRAY,
        merge=f"F{r}:H{r}")
    for col, t in zip("CDEFGH", ["調定額", "収入済額\n（収納率）", "前年同期\n収納率", "収納率", "収入未済額", "達成見込"]):
        put(ws, f"{col}{r + 1}", t, 9, True, "center", border=True, fill=GRAY)
    ws.row_dimensions[r + 1].height = 28
    r += 2
    s_cur, s_arr, prev_tot = sh["sep"]
    sa = s_cur[0] + s_arr[0]; sc = s_cur[1] + s_arr[1]
    rows2 = [(s_cur[0], s_cur[1], s_cur[2]), (s_arr[0], s_arr[1], s_arr[2]), (sa, sc, prev_tot)]
    est_cur, est_arr, est_out = sh["est"]
    # estimated total rate from the estimated segment rates on the 9月末 調定
    est_tot = round((est_cur * s_cur[0] + est_arr * s_arr[0]) / sa, 2)
    ests = [est_cur, est_arr, est_tot]
    act6 = [rate(t1[2][1], t1[2][0]), rate(t1[3][1], t1[3][0]), rate(t1[2][1] + t1[3][1], t1[2][0] + t1[3][0])]
    for k in range(3):
        a, cl, pv = rows2[k]
        rt = rate(cl, a)
        put(ws, f"A{r}", SEGN[k], 9, True, "center", border=True, fill=LIGHT, merge=f"A{r}:B{r}")
        put(ws, f"C{r}", c(a), 9, h="right", border=True)
        put(ws, f"D{r}", f"{c(cl)}\n（{rt:.2f}）", 9, h="right", border=True)
        put(ws, f"E{r}", f"{pv:.2f}", 9, h="right", border=True)
        put(ws, f"F{r}", f"{ests[k]:.2f}（{act6[k]:.2f}）", 9, h="right", border=True)
        put(ws, f"G{r}", c(est_out) if k == 2 else "－", 9, h="right" if k == 2 else "center", border=True)
        ok = "○" if ests[k] >= act6[k] else "×"
        put(ws, f"H{r}", ok, 9, h="center", border=True)
        ws.row_dimensions[r].height = 30
        kw = dict(as_of="2025-09-30")
        g.fact(key, debt_raw, 2025, "令和７年９月末", SEG[k], "assessed", "interim", a * 1000, "yen", c(a), P, **kw)
        g.fact(key, debt_raw, 2025, "令和７年９月末", SEG[k], "collected", "interim", cl * 1000, "yen", c(cl), P, **kw)
        g.fact(key, debt_raw, 2025, "令和７年９月末", SEG[k], "collection_rate", "interim", rt, "percent", f"{rt:.2f}", P, **kw)
        g.fact(key, debt_raw, 2024, "前年同期", SEG[k], "collection_rate", "interim", pv, "percent", f"{pv:.2f}", P,
               as_of="2024-09-30")
        g.fact(key, debt_raw, 2025, "令和７年度末", SEG[k], "collection_rate", "estimate", ests[k], "percent",
               f"{ests[k]:.2f}", P)
        g.fact(key, debt_raw, 2024, "６年度", SEG[k], "collection_rate", "actual", act6[k], "percent",
               f"{act6[k]:.2f}", P)
        if k == 2:
            g.fact(key, debt_raw, 2025, "令和７年度末", "total", "outstanding", "estimate", est_out * 1000, "yen",
                   c(est_out), P)
        r += 1
    put(ws, f"A{r}", "※ 達成見込欄は、年度末見込の収納率が６年度実績以上となるものを「○」としている。", 8, merge=f"A{r}:H{r}")
    # ---- (3) 取組: vertical label, several numbered items in one cell
    r += 2
    put(ws, f"A{r}", "３　令和７年度の取組と実施状況", 11, True, merge=f"A{r}:H{r}")
    r += 1
    put(ws, f"B{r}", "内容", 9, True, "center", border=True, fill=GRAY, merge=f"B{r}:F{r}")
    put(ws, f"G{r}", "実施状況（９月末）", 9, True, "center", border=True, fill=GRAY, merge=f"G{r}:H{r}")
    put(ws, f"A{r}", "", 9, border=True, fill=GRAY)
    r += 1
    cell = []
    for lab, text, st, wrap_tag in sh["items"]:
        cell.append(f"{lab}{text}" + ("\n" if wrap_tag else "") + f"【{st}】")
        g.init(key, 2025, "令和７年度の取組", lab, text, st, P, debt_raw=debt_raw)
    put(ws, f"A{r}", "取\n組\n内\n容", 9, True, "center", border=True, fill=LIGHT)
    put(ws, f"B{r}", "\n".join(cell), 9, v="top", border=True, merge=f"B{r}:F{r}")
    put(ws, f"G{r}", sh["result"], 9, v="top", border=True, merge=f"G{r}:H{r}")
    ws.row_dimensions[r].height = 26 * len(sh["items"]) + 14
    # ---- (4) box with 今後の取組
    r += 2
    body = "【今後の取組（下半期）】\n" + "\n".join(f"　{lab}　{text}【{st}】" for lab, text, st in sh["future"])
    for lab, text, st in sh["future"]:
        g.init(key, 2025, "今後の取組（下半期）", lab, text, st, P, debt_raw=debt_raw)
    put(ws, f"A{r}", body, 9, v="top", merge=f"A{r}:H{r}")
    box(ws, f"A{r}:H{r}", med)
    ws.row_dimensions[r].height = 22 * (len(sh["future"]) + 1) + 8
    ws.print_area = f"A1:H{r + 1}"
    P += 1

# ================================================================ page 7: 資料３ (no single debt)
ws = sheet("資料３", landscape=True, widths=(24, 22, 22, 16, 48), header_right="資料３")
put(ws, "A1", "令和７年度 滞納整理強化期間の実施について", 14, True, merge="A1:E1")
put(ws, "A3", "１　実施期間　　令和７年１１月１日（土）～令和７年１２月２６日（金）", 11, merge="A3:E3")
put(ws, "A4", "２　対象債権及び取組内容", 11, merge="A4:E4")
for col, t in zip("ABCDE", ["債権名", "所管課", "重点対象", "対象滞納者数\n（９月末）", "主な取組"]):
    put(ws, f"{col}5", t, 9, True, "center", border=True, fill=GRAY)
ws.row_dimensions[5].height = 30
rows3 = [("市税", "納税課", "現年度分の初期滞納", 2314, "人", "persons", "文書催告・財産調査・差押え"),
         ("国民健康保険料", "保険管理課", "滞納繰越分の高額滞納", 1862, "世帯", "households", "電話催告・納付相談・差押え"),
         ("介護保険料", "高齢介護課", "普通徴収の滞納", 964, "人", "persons", "納付勧奨通知・臨戸訪問"),
         ("市営住宅使用料", "住宅政策室", "退去滞納者", 188, "人", "persons", "連帯保証人への請求・支払督促")]
r = 6
for name, ka, tgt, n, u, unit, act in rows3:
    for col, v in zip("ABCDE", [name, ka, tgt, f"{n:,}{u}", act]):
        put(ws, f"{col}{r}", v, 10, h="right" if col == "D" else "left", border=True)
    ws.row_dimensions[r].height = 22
    g.fact(name, name, 2025, "令和７年９月末", "total", "delinquents", "interim", n, unit, f"{n:,}{u}", 7,
           as_of="2025-09-30")
    r += 1
r += 1
put(ws, f"A{r}", "【参考】令和６年度強化期間の実績\n　・催告書発送件数：18,406件\n　・差押件数：1,204件\n　・臨戸訪問件数：3,118件",
    10, v="top", merge=f"A{r}:C{r}")
box(ws, f"A{r}:C{r}", med)
ws.row_dimensions[r].height = 80
ws.print_area = f"A1:E{r + 1}"

xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(xlsx)],
               check=True, capture_output=True)
pdf = PDF_DIR / f"{STEM}.pdf"
pdf.write_bytes((WORK / f"{STEM}.pdf").read_bytes())
finish(pdf, g)
