"""qa_nihonmatsu_progress_1: 収納対策の取組状況（中間報告・２月末） (openpyxl → LibreOffice).

Run from corpus/frozen42:  python3 build/qa_nihonmatsu_progress.py
"""
import math
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from qa_common import PDF_DIR, WORK, Gold, comma, rate, zen

STEM = "qa_nihonmatsu_progress_1"
CITY = "二本松市"
G = Gold(STEM, "progress_report", "chukan", CITY, "令和５年度 市税等収納対策の取組状況（中間報告）",
         "2024-03-01", "令和６年３月")
FEB_NOW, FEB_PREV = "2024-02-29", "2023-02-28"

# 千円: (cur_a, cur_c, arr_a, arr_c) at 2月末, R4 (2022) and R5 (2023)
DEBTS = [
    ("市税", "市税", {2022: (6_012_450, 5_470_329, 402_118, 84_337), 2023: (6_085_112, 5_588_402, 371_560, 86_204)}),
    ("国民健康保険税", "国保税", {2022: (1_284_330, 1_039_512, 512_884, 70_215),
                                  2023: (1_241_806, 1_012_330, 478_119, 71_404)}),
    ("介護保険料", "介護保険料", {2022: (842_556, 815_412, 21_418, 3_611), 2023: (851_337, 825_906, 19_882, 3_706)}),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", {2022: (402_118, 392_005, 3_512, 1_108),
                                                      2023: (418_906, 408_891, 3_214, 1_162)}),
    ("保育料", "保育料", {2022: (96_512, 90_118, 8_116, 1_402), 2023: (88_406, 83_052, 7_604, 1_533)}),
    ("水道料金", "水道料金", {2022: (1_205_880, 1_032_417, 18_442, 9_804), 2023: (1_198_512, 1_030_604, 17_130, 9_215)}),
]
EST = {"市税": (99.05, 24.80), "国民健康保険税": (93.60, 16.10), "介護保険料": (99.30, 19.20),
       "後期高齢者医療保険料": (99.62, 36.50), "保育料": (98.40, 20.50), "水道料金": (98.90, 55.00)}
TGT = {"市税": (99.00, 25.00), "国民健康保険税": (93.50, 16.00), "介護保険料": (99.30, 20.00),
       "後期高齢者医療保険料": (99.60, 35.00), "保育料": (98.50, 20.00), "水道料金": (99.00, 55.00)}

wb = Workbook()
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill("solid", fgColor="D9E1F2")
ZEB = PatternFill("solid", fgColor="F2F2F2")
HIL = PatternFill("solid", fgColor="FFF2CC")
FONT = "IPAexGothic"


def put(ws, ref, v, size=9, bold=False, al="left", fill=None, border=True, wrap=False, valign="center"):
    c = ws[ref]
    c.value = v
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=al, vertical=valign, wrap_text=wrap)
    if fill:
        c.fill = fill
    if border:
        c.border = BOX
    return c


def box_range(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill


def setup(ws, landscape=False, widths=None, fit=False):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.scale = 100
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.sheet_view.showGridLines = False
    ws.print_options.horizontalCentered = True
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w


def cols(n):
    return [chr(ord("A") + i) for i in range(n)]


# ================================================================ sheet 1 (page 1)
ws = wb.active
ws.title = "概要"
setup(ws, widths={"A": 17, "B": 6, "C": 7, "D": 10, "E": 7, "F": 10, "G": 7, "H": 8.5, "I": 7}, fit=True)
G.page = 1
put(ws, "A1", "令和５年度　市税等収納対策の取組状況（中間報告）", 14, True, border=False)
ws.merge_cells("A1:I1")
put(ws, "A2", "令和６年２月末現在　二本松市 税務課・各債権所管課", 9, al="right", border=False)
ws.merge_cells("A2:I2")
put(ws, "A4", "１　概要", 11, True, border=False)
s = DEBTS[0][2]
r_now, r_prev = rate(s[2023][1], s[2023][0]), rate(s[2022][1], s[2022][0])
dp = round(r_now - r_prev, 2)
o_now = s[2023][2] - s[2023][3]
o_prev = s[2022][2] - s[2022][3]


def man(v_sen, step=100):  # 千円 → 「3億2,100万円」 rounded to step 万円
    m = int(round(v_sen / 10 / step)) * step
    oku, rest = divmod(m, 10000)
    return (f"{oku}億" if oku else "") + (f"{comma(rest)}万" if rest else "") + "円", m * 10000


so, vo = man(o_now)
sd, vd = man(abs(o_now - o_prev))
txt = ("　２月末現在の市税（現年課税分）の収納率は" +
       G.f(f"{r_now:.2f}％", r_now, debt="市税", fy=2023, fy_raw="令和５年度", seg="current",
           metric="collection_rate", basis="interim", as_of=FEB_NOW) +
       "で、前年同月（" +
       G.f(f"{r_prev:.2f}％", r_prev, debt="市税", fy=2022, fy_raw="前年同月", seg="current",
           metric="collection_rate", basis="interim", as_of=FEB_PREV) +
       "）を" + G.f(f"{dp:.2f}ポイント", dp, debt="市税", fy=2023, seg="current", metric="difference",
                   unit="points", basis="interim", as_of=FEB_NOW) +
       "上回っている。滞納繰越分の未収額は約" +
       G.f(so, vo, debt="市税", fy=2023, seg="arrears", metric="outstanding", basis="interim", as_of=FEB_NOW,
           approx=True) +
       "で、前年同月から約" +
       G.f(sd, -vd, debt="市税", fy=2023, seg="arrears", metric="difference", basis="interim", as_of=FEB_NOW,
           approx=True) +
       "の減少となった。")
for f in G.facts:
    if f["raw"] in (so, sd):
        f["raw"] = "約" + f["raw"]
txt = txt.replace("約" + so, "約" + so).replace("約" + sd, "約" + sd)
txt2 = ("　国民健康保険税は、被保険者数の減少に伴い調定額が前年度を下回る中、現年課税分の収納率は前年同月並みで推移している。"
        "年度末に向けては、出納整理期間を含めた集中催告を行い、決算見込みの収納率の確保に努める。")
put(ws, "A5", txt, 9.5, border=False, wrap=True, valign="top")
ws.merge_cells("A5:I5")
ws.row_dimensions[5].height = 40
put(ws, "A6", txt2, 9.5, border=False, wrap=True, valign="top")
ws.merge_cells("A6:I6")
ws.row_dimensions[6].height = 32
put(ws, "A8", "２　主な債権の収納状況（２月末）", 11, True, border=False)
put(ws, "A9", "表１　債権別収納率・収入済額（各年度２月末、決算見込及び目標）", 9.5, border=False)
ws.merge_cells("A9:G9")
put(ws, "H9", "（単位：千円、％）", 8.5, al="right", border=False)
ws.merge_cells("H9:I9")
# two headings side by side, one line (variation 3); rate before amount (variation 52)
put(ws, "A10", "債権名", 9, True, "center", HDR); ws.merge_cells("A10:B11")
put(ws, "C10", "令和４年度２月末", 9, True, "center", HDR); ws.merge_cells("C10:D10")
put(ws, "E10", "令和５年度２月末", 9, True, "center", HDR); ws.merge_cells("E10:F10")
put(ws, "G10", "増減", 9, True, "center", HDR)
put(ws, "H10", "R5決算見込", 9, True, "center", HDR)
put(ws, "I10", "R5目標", 9, True, "center", HDR)
for c, t in zip("CDEFGHI", ["収納率", "収入済額", "収納率", "収入済額", "ポイント", "収納率", "収納率"]):
    put(ws, f"{c}11", t, 8.5, True, "center", HDR)
box_range(ws, "A10:I11", HDR)
row = 12
for full, short, d in DEBTS:
    for j, (lab, sg) in enumerate((("現年分", "current"), ("滞繰分", "arrears"))):
        a4, c4 = d[2022][2 * j], d[2022][2 * j + 1]
        a5, c5 = d[2023][2 * j], d[2023][2 * j + 1]
        r4, r5 = rate(c4, a4), rate(c5, a5)
        dd = round(r5 - r4, 2)
        kw = dict(debt=full, debt_raw=short, seg=sg)
        if j == 0:
            put(ws, f"A{row}", short, 9, al="left", valign="center")
            ws.merge_cells(f"A{row}:A{row + 1}")
        put(ws, f"B{row}", lab, 8.5, al="center")
        vals = [G.f(f"{r4:.2f}", r4, fy=2022, fy_raw="令和４年度", metric="collection_rate", basis="interim",
                    as_of=FEB_PREV, **kw),
                G.f(comma(c4), c4 * 1000, fy=2022, fy_raw="令和４年度", metric="collected", basis="interim",
                    as_of=FEB_PREV, **kw),
                G.f(f"{r5:.2f}", r5, fy=2023, fy_raw="令和５年度", metric="collection_rate", basis="interim",
                    as_of=FEB_NOW, **kw),
                G.f(comma(c5), c5 * 1000, fy=2023, fy_raw="令和５年度", metric="collected", basis="interim",
                    as_of=FEB_NOW, **kw),
                G.f(("▲" if dd < 0 else "") + f"{abs(dd):.2f}", dd, fy=2023, fy_raw="令和５年度", metric="difference",
                    unit="points", basis="interim", as_of=FEB_NOW, **kw),
                G.f(f"{EST[full][j]:.2f}", EST[full][j], fy=2023, fy_raw="R5", metric="collection_rate",
                    basis="estimate", **kw),
                G.f(f"{TGT[full][j]:.2f}", TGT[full][j], fy=2023, fy_raw="R5", metric="collection_rate",
                    basis="target", **kw)]
        for c, v in zip("CDEFGHI", vals):
            put(ws, f"{c}{row}", v, 9, al="right", fill=ZEB if j == 1 else None)
        row += 1
box_range(ws, f"A12:A{row - 1}")
put(ws, f"A{row}", "※国保税＝国民健康保険税。滞繰分＝滞納繰越分。決算見込は２月末までの実績と前年度の３月～５月の収入状況から推計した。",
    8, border=False, wrap=True)
ws.merge_cells(f"A{row}:I{row}")
ws.row_dimensions[row].height = 24

# ================================================================ sheet 2 (page 2): 地域別 + 決算見込 (debts as columns)
ws = wb.create_sheet("地域別")
setup(ws, widths={"A": 12, "B": 11, "C": 11, "D": 8, "E": 11, "F": 9, "G": 7}, fit=True)
G.page = 2
put(ws, "A1", "３　地域別の収納状況（市税・現年課税分）", 11, True, border=False)
ws.merge_cells("A1:G1")
put(ws, "A2", "表２　地域別収納状況（２月末）", 9.5, border=False)
ws.merge_cells("A2:E2")
put(ws, "F2", "（単位：千円、％）", 8.5, al="right", border=False)
ws.merge_cells("F2:G2")
AREAS = [("二本松地域", 0.612, 0.0012), ("安達地域", 0.198, -0.0020), ("岩代地域", 0.102, 0.0041),
         ("東和地域", 0.088, -0.0033)]
hdr = ["地域", "調定額（2023年度）", "収入済額（2023年度）", "収納率", "収入済額（前年同月）", "収納率（前年同月）", "増減"]
for c, t in zip("ABCDEFG", hdr):
    put(ws, f"{c}3", t, 8.5, True, "center", HDR, wrap=True)
ws.row_dimensions[3].height = 30
s = DEBTS[0][2]
A5, C5, A4, C4 = s[2023][0], s[2023][1], s[2022][0], s[2022][1]
acc = [0, 0, 0, 0]
for i, (ar, share, dr) in enumerate(AREAS):
    if i < len(AREAS) - 1:
        a = int(round(A5 * share)); c = int(round(a * (C5 / A5 + dr)))
        a4 = int(round(A4 * share)); c4 = int(round(a4 * (C4 / A4 + dr * 0.8)))
    else:
        a, c, a4, c4 = A5 - acc[0], C5 - acc[1], A4 - acc[2], C4 - acc[3]
    acc = [acc[0] + a, acc[1] + c, acc[2] + a4, acc[3] + c4]
    r5, r4 = rate(c, a), rate(c4, a4)
    kw = dict(debt="市税", seg="current", basis="interim", area=ar)
    vals = [ar,
            G.f(comma(a), a * 1000, fy=2023, fy_raw="2023年度", metric="assessed", as_of=FEB_NOW, **kw),
            G.f(comma(c), c * 1000, fy=2023, fy_raw="2023年度", metric="collected", as_of=FEB_NOW, **kw),
            G.f(f"{r5:.2f}", r5, fy=2023, fy_raw="2023年度", metric="collection_rate", as_of=FEB_NOW, **kw),
            G.f(comma(c4), c4 * 1000, fy=2022, fy_raw="前年同月", metric="collected", as_of=FEB_PREV, **kw),
            G.f(f"{r4:.2f}", r4, fy=2022, fy_raw="前年同月", metric="collection_rate", as_of=FEB_PREV, **kw),
            G.f(("▲" if r5 - r4 < 0 else "") + f"{abs(r5 - r4):.2f}", round(r5 - r4, 2), fy=2023, metric="difference",
                unit="points", as_of=FEB_NOW, **kw)]
    for c_, v in zip("ABCDEFG", vals):
        put(ws, f"{c_}{4 + i}", v, 9, al="left" if c_ == "A" else "right")
r5, r4 = rate(C5, A5), rate(C4, A4)
kw = dict(debt="市税", debt_raw="計", seg="current", basis="interim")
vals = ["計", G.f(comma(A5), A5 * 1000, fy=2023, fy_raw="2023年度", metric="assessed", as_of=FEB_NOW, **kw),
        G.f(comma(C5), C5 * 1000, fy=2023, fy_raw="2023年度", metric="collected", as_of=FEB_NOW, **kw),
        G.f(f"{r5:.2f}", r5, fy=2023, fy_raw="2023年度", metric="collection_rate", as_of=FEB_NOW, **kw),
        G.f(comma(C4), C4 * 1000, fy=2022, fy_raw="前年同月", metric="collected", as_of=FEB_PREV, **kw),
        G.f(f"{r4:.2f}", r4, fy=2022, fy_raw="前年同月", metric="collection_rate", as_of=FEB_PREV, **kw),
        G.f(("▲" if r5 - r4 < 0 else "") + f"{abs(r5 - r4):.2f}", round(r5 - r4, 2), fy=2023, metric="difference",
            unit="points", as_of=FEB_NOW, **kw)]
for c_, v in zip("ABCDEFG", vals):
    put(ws, f"{c_}8", v, 9, True, al="left" if c_ == "A" else "right", fill=HIL)
put(ws, "A9", "※地域は、旧市町（二本松市・安達町・岩代町・東和町）の区域による。収納率の増減はポイント。", 8, border=False)
ws.merge_cells("A9:G9")

# metric-per-row table, debts as columns (variations 1, 29)
put(ws, "A11", "４　令和５年度の決算見込み", 11, True, border=False)
ws.merge_cells("A11:G11")
put(ws, "A12", "表３　主要債権の決算見込（令和５年度末）", 9.5, border=False)
ws.merge_cells("A12:E12")
put(ws, "F12", "（単位：％、千円）", 8.5, al="right", border=False)
ws.merge_cells("F12:G12")
cols3 = [("市税", "市税"), ("国民健康保険税", "国民健康保険税"), ("介護保険料", "介護保険料"), ("保育料", "保育料"),
         ("水道料金", "水道料金")]
put(ws, "A13", "区分", 9, True, "center", HDR)
ws.merge_cells("A13:B13")
for c_, (full, lab) in zip("CDEFG", cols3):
    put(ws, f"{c_}13", lab, 8.5, True, "center", HDR, wrap=True)
ws.row_dimensions[13].height = 26
OUT_EST = {"市税": 352_400, "国民健康保険税": 462_180, "介護保険料": 21_560, "保育料": 8_420, "水道料金": 20_310}
lines = [("収納率（現年分）", 0), ("収納率（滞繰分）", 1), ("収入未済額（見込）", 2)]
for i, (lab, kind) in enumerate(lines):
    put(ws, f"A{14 + i}", lab, 8.5, al="left")
    ws.merge_cells(f"A{14 + i}:B{14 + i}")
    for c_, (full, short) in zip("CDEFG", cols3):
        kw = dict(debt=full, fy=2023, fy_raw="令和５年度末", basis="estimate")
        if kind < 2:
            v = EST[full][kind]
            t = G.f(f"{v:.2f}", v, seg="current" if kind == 0 else "arrears", metric="collection_rate", **kw)
        else:
            v = OUT_EST[full]
            t = G.f(comma(v), v * 1000, seg="total", metric="outstanding", **kw)
        put(ws, f"{c_}{14 + i}", t, 9, al="right")
box_range(ws, "A13:G16")
put(ws, "A17", "※収入未済額（見込）は現年分と滞繰分の合計。不納欠損見込額を控除している。", 8, border=False)
ws.merge_cells("A17:G17")

# ================================================================ sheet 3 (pages 3-4, landscape): monthly, wide
ws = wb.create_sheet("月別")
MONTHS = [(4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31), (11, 30), (12, 31), (1, 31), (2, 0), (3, 31)]
SHAPE = [0.112, 0.236, 0.352, 0.468, 0.561, 0.649, 0.731, 0.802, 0.871, 0.922, 1.0, 1.062]
ORDER = DEBTS  # six debts, three per page
# columns: A label | B..G debts 1-3 | H label (repeated) | I..N debts 4-6
LAYOUT = [("A", ["B", "C", "D", "E", "F", "G"]), ("H", ["I", "J", "K", "L", "M", "N"])]
setup(ws, landscape=True, widths={"A": 13, "H": 13, **{c: 10.5 for c in "BCDEFGIJKLMN"}})
put(ws, "A1", "５　月別収納率の推移（現年分・累計）　前年度：令和４年度　本年度：令和５年度", 11, True, border=False)
ws.merge_cells("A1:G1")
put(ws, "H1", "５　月別収納率の推移（続き）", 11, True, border=False)
ws.merge_cells("H1:N1")
put(ws, "A2", "（単位：％）", 8.5, border=False)
put(ws, "H2", "（単位：％）", 8.5, border=False)
for lc, _ in LAYOUT:
    put(ws, f"{lc}3", "月末", 9, True, "center", HDR)
    ws.merge_cells(f"{lc}3:{lc}4")
    box_range(ws, f"{lc}3:{lc}4", HDR)
    for i, (m, dday) in enumerate(MONTHS):
        put(ws, f"{lc}{5 + i}", f"{m}月末", 9, al="center", fill=HIL if m == 2 else None)
for k_, (full, short, d) in enumerate(ORDER):
    dcols = LAYOUT[k_ // 3][1]
    c1, c2 = dcols[2 * (k_ % 3)], dcols[2 * (k_ % 3) + 1]
    put(ws, f"{c1}3", full, 9, True, "center", HDR)
    ws.merge_cells(f"{c1}3:{c2}3")
    box_range(ws, f"{c1}3:{c2}3", HDR)
    put(ws, f"{c1}4", "前年度", 8.5, True, "center", HDR)
    put(ws, f"{c2}4", "本年度", 8.5, True, "center", HDR)
    feb4, feb5 = rate(d[2022][1], d[2022][0]), rate(d[2023][1], d[2023][0])
    page = 3 if k_ < 3 else 4
    for i, (m, dday) in enumerate(MONTHS):
        r = 5 + i
        cal = (2023 if m >= 4 else 2024)
        cal4 = cal - 1
        last5 = 29 if m == 2 else dday
        last4 = 28 if m == 2 else dday
        ex = 1.0 if k_ not in (2, 3) else 0.3
        f5 = feb5 * SHAPE[i] ** ex
        f4 = feb4 * SHAPE[i] ** ex
        v4 = round(feb4 + (100 - feb4) * 0.55 if m == 3 else (feb4 if m == 2 else f4), 2)
        kw = dict(debt=full, seg="current", metric="collection_rate", basis="interim", page=page)
        t4 = G.f(f"{v4:.2f}", v4, fy=2022, fy_raw="前年度", as_of=f"{cal4}-{m:02d}-{last4:02d}", **kw)
        hl = HIL if m == 2 else (ZEB if i % 2 else None)
        put(ws, f"{c1}{r}", t4, 9, al="right", fill=hl)
        if m == 3:
            put(ws, f"{c2}{r}", "－", 9, al="center", fill=hl)
        else:
            v5 = round(feb5 if m == 2 else f5, 2)
            t5 = G.f(f"{v5:.2f}", v5, fy=2023, fy_raw="本年度", as_of=f"{cal}-{m:02d}-{last5:02d}", **kw)
            put(ws, f"{c2}{r}", t5, 9, al="right", fill=hl)
put(ws, "A17", "※各月末時点の累計収納率（収入済額÷調定額）。２月末は本年度が令和６年２月２９日、", 8, border=False)
put(ws, "A18", "　前年度が令和５年２月２８日現在。介護保険料及び後期高齢者医療保険料は特別徴収分を含む。", 8, border=False)
ws.col_breaks.append(Break(id=7))      # right-hand columns continue on the next page (variation 32)

# ================================================================ sheet 4 (pages 5-6): 取組 table broken across pages
ws = wb.create_sheet("取組")
setup(ws, widths={"A": 10, "B": 38, "C": 18})
put(ws, "A1", "６　各債権の取組状況（令和６年２月末）", 11, True, border=False)
ws.merge_cells("A1:C1")
for c_, t in zip("ABC", ["債権名", "内容", "２月末までの実施状況"]):
    put(ws, f"{c_}2", t, 9, True, "center", HDR)
ws.print_title_rows = "2:2"
ITEMS = [
    ("市税", [("①", "現年課税分の督促状発送後、１０日以内に電話催告を行う。", "継続"),
              ("②", "預貯金・給与を中心とした差押えを毎月実施する。", "継続"),
              ("③", "福島県地方税滞納整理機構へ高額・困難事案を引き継ぐ。", "継続"),
              ("④", "スマートフォン決済の対象税目を拡大し、納付機会を確保する。", "拡充")],
     "催告書発送 3,412件、差押え 286件。機構への引継ぎ 12件（うち完結 5件）。"),
    ("国民健康保険税", [("①", "資格取得時に口座振替の申込みを受け付ける。", "継続"),
                      ("②", "納付相談を夜間・休日にも実施する。", "継続"),
                      ("③", "所得未申告世帯に対する申告勧奨と併せて納付を促す。", "新規")],
     "休日納付相談を２回開催し、来庁者 64人。口座振替率は前年同月比で上昇。"),
    ("介護保険料", [("①", "普通徴収の未納者に対して、納期限後２か月以内に催告書を送付する。", "継続"),
                  ("②", "給付制限の対象となる前に、ケアマネジャーと連携して納付勧奨を行う。", "新規")],
     "催告書発送 418件。給付制限の予告通知 22件。"),
    ("後期高齢者医療保険料", [("①", "被保険者証の更新時に未納者への納付相談を行う。", "継続"),
                          ("②", "口座振替の勧奨通知を新規加入者全員に送付する。", "継続")],
     "納付相談 57件、口座振替の新規登録 141件。"),
    ("保育料", [("①", "児童手当からの特別徴収の申出を勧奨する。", "継続"),
              ("②", "卒園児世帯の滞納分について、税務課と連携して財産調査を行う。", "拡充")],
     "児童手当からの徴収 18世帯。財産調査 9件。"),
    ("水道料金", [("①", "未納発生後、給水停止予告書を送付し、期限までに納付がない場合は給水停止を執行する。", "継続"),
                ("②", "コンビニ納付、スマートフォン決済の周知を検針票で行う。", "継続"),
                ("③", "転居による未納者について、住民票の調査により転居先へ請求する。", "新規")],
     "給水停止予告 512件、給水停止執行 37件。"),
]
row = 3
for n, (full, items, status) in enumerate(ITEMS):
    page = 5 if n < 3 else 6
    text = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in items)
    for lab, t, st in items:
        G.i(t, debt=full, fy=2023, section="各債権の取組状況", label=lab, status=st, page=page)
    put(ws, f"A{row}", full, 9, al="left", wrap=True, valign="top")
    put(ws, f"B{row}", text, 9, al="left", wrap=True, valign="top")
    put(ws, f"C{row}", status, 9, al="left", wrap=True, valign="top")
    nlines = sum(math.ceil(len(f"{lab}{t}【{st}】") / 29) for lab, t, st in items)
    nl_c = math.ceil(len(status) / 13)
    ws.row_dimensions[row].height = max(nlines * 13.5 + 10, nl_c * 13.5 + 10, 40)
    if n == 2:
        ws.row_breaks.append(Break(id=row))   # the table continues on the next page, header repeated
    row += 1
put(ws, f"A{row}", "※【継続】【新規】【拡充】は令和５年度当初の実施計画における区分。", 8, border=False)
ws.merge_cells(f"A{row}:C{row}")

xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(xlsx)],
               check=True, capture_output=True)
pdf = PDF_DIR / f"{STEM}.pdf"
pdf.write_bytes((WORK / f"{STEM}.pdf").read_bytes())
G.write(pdf)
