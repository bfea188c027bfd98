"""日光市 債権回収・整理計画（令和6年度～令和8年度） (plan) — openpyxl workbook printed with LibreOffice.

Run from corpus/frozen33:  python3 build/fi_nikko_plan_1.py
"""
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402

from fi_common import Gold, PDF_DIR, WORK, check_pdf, comma, rate, series, zen  # noqa: E402

STEM = "fi_nikko_plan_1"
CITY = "日光市"
TITLE = "日光市債権回収・整理計画（令和6年度～令和8年度）"
G = Gold(STEM, "plan", "keikaku", CITY, TITLE, "2024-08-30", "令和6年8月30日")
YEARS = [2021, 2022, 2023]
RY = {2017: "H29", 2021: "R3", 2022: "R4", 2023: "R5", 2024: "R6", 2025: "R7", 2026: "R8"}

# short label, canonical, cur0, growth, cur rates, arr0, arr rates, write-off
SPEC = [
    ("市税", "市税", 18120400, 1.01, [98.62, 98.75, 98.86], 905300, [23.8, 25.1, 26.7], [0.07, 0.066, 0.063]),
    ("国保税", "国民健康保険税", 3804500, 0.975, [91.40, 91.92, 92.35], 1602100, [18.2, 19.4, 20.6], [0.10, 0.095, 0.09]),
    ("後期高齢", "後期高齢者医療保険料", 1402300, 1.03, [99.30, 99.36, 99.41], 19800, [35.1, 37.4, 39.8], [0.06] * 3),
    ("介護料", "介護保険料", 2905600, 1.01, [98.42, 98.55, 98.66], 112400, [15.9, 16.8, 17.7], [0.20] * 3),
    ("保育料", "保育所保育料", 352800, 0.96, [98.70, 98.81, 98.93], 41200, [11.8, 12.9, 14.1], [0.08] * 3),
    ("住宅使用料", "市営住宅使用料", 212600, 0.99, [95.40, 95.72, 96.05], 121700, [8.2, 9.1, 10.0], [0.03] * 3),
    ("水道料金", "水道料金", 2215300, 0.995, [98.95, 99.01, 99.08], 38600, [55.4, 57.2, 58.9], [0.05] * 3),
    ("下水道使用料", "下水道使用料", 1420800, 1.0, [98.90, 98.97, 99.03], 24900, [54.8, 56.5, 58.0], [0.05] * 3),
    ("給食費", "学校給食費", 402500, 0.98, [99.35, 99.40, 99.46], 12300, [18.5, 20.1, 21.6], [0.04] * 3),
    ("生保返還金", "生活保護費返還金", 48200, 1.02, [42.5, 44.1, 45.8], 186400, [3.2, 3.5, 3.9], [0.04] * 3),
]
D = {s[0]: series(YEARS, *s[2:]) for s in SPEC}
CANON = {s[0]: s[1] for s in SPEC}
NAMES = [s[0] for s in SPEC]
SEGN = {"cur": "current", "arr": "arrears", "tot": "total"}
SEGL = {"cur": "現年度分", "arr": "滞納繰越分", "tot": "計"}
LEGEND = ("凡例：国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、介護料＝介護保険料、保育料＝保育所保育料、"
          "住宅使用料＝市営住宅使用料、給食費＝学校給食費、生保返還金＝生活保護費返還金")

GOTH = "IPAexGothic"
MIN = "IPAexMincho"
thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="808080")
med = Side(style="medium", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEADFILL = PatternFill("solid", fgColor="D9E1F2")
ZEBRA = PatternFill("solid", fgColor="F2F2F2")
NUM = "#,##0"
RATE = "0.00"
DIFF = '0.00;"△"0.00'
DIFFY = '#,##0;"△"#,##0'


def put(ws, ref, v, size=9, f=MIN, h="center", fmt=None, fill=None, border=None, wrap=True, bold=False, v_="center"):
    c = ws[ref]
    c.value = v
    c.font = Font(name=f, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = fill
    if border:
        c.border = border
    return c


def setup(ws, landscape=False, scale=100, title_rows=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.scale = scale
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.55
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = MIN
    ws.oddFooter.center.size = 9
    if title_rows:
        ws.print_title_rows = title_rows
    ws.sheet_view.showGridLines = False


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


def cols(n0, n):
    from openpyxl.utils import get_column_letter
    return [get_column_letter(i) for i in range(n0, n0 + n)]


wb = Workbook()

# ------------------------------------------------------------------ sheet 1 (p1): overview, area table
P = 1
ws = wb.active
ws.title = "概要"
setup(ws)
widths(ws, {"A": 2, "B": 13, "C": 13, "D": 13, "E": 10, "F": 12, "G": 13, "H": 11})
r = 1
ws.row_dimensions[r].height = 30
ws.merge_cells("B1:H1")
put(ws, "B1", TITLE, 15, GOTH)
ws.merge_cells("B2:H2")
put(ws, "B2", "令和6年8月30日　日光市 総務部 収税課", 9.5, MIN, h="right")
ROWTXT = [
    ("１　計画の目的", True),
    ("　日光市債権管理条例第6条に基づき、市が保有する債権について、年度ごとに回収と整理の目標を定め、その達成に向けた取組を計画的に進めることにより、"
     "市民負担の公平性の確保と財源の確保を図る。", False),
    ("２　計画期間", True),
    ("　令和6年度から令和8年度までの3年間とし、毎年度の決算確定後に実績を公表する。", False),
    ("３　地域別の市税収納状況（令和5年度決算）", True),
]
r = 3
for txt, head in ROWTXT:
    r += 1
    ws.merge_cells(f"B{r}:H{r}")
    put(ws, f"B{r}", txt, 11 if head else 9.5, GOTH if head else MIN, h="left")
    ws.row_dimensions[r].height = 20 if head else 42
r += 1
put(ws, f"H{r}", "（単位：千円、％、人）", 8.5, h="right", wrap=False)
r += 1
hdr = ["地域", "調定額（千円）", "収入済額（千円）", "収納率（％）", "不納欠損額（千円）", "収入未済額（千円）", "滞納者数（人）"]
for j, t in enumerate(hdr):
    put(ws, f"{cols(2, 7)[j]}{r}", t, 8.5, GOTH, fill=HEADFILL, border=BOX)
ws.row_dimensions[r].height = 30
AREAS = [("日光地域", 0.27, 812, 95.31, 0.30), ("今市地域", 0.42, 1466, None, 0.38), ("藤原地域", 0.19, 604, 95.02, 0.20),
         ("足尾地域", 0.05, 197, 93.64, 0.06), ("栗山地域", 0.07, 143, 96.58, 0.06)]
tx = D["市税"][2023]["tot"]
parts = {"a": [], "c": [], "w": []}
for area, sh, dq, rt, wsh in AREAS:
    a_ = int(tx["a"] * sh)
    parts["a"].append(a_)
    parts["c"].append(int(round(a_ * rt / 100)) if rt else 0)
    parts["w"].append(int(tx["w"] * wsh))
for k in "acw":
    parts[k][1] += tx[k] - sum(parts[k])          # 今市地域 takes the remainder
r0 = r
for i, (area, sh, dq, _rt, _ws) in enumerate(AREAS):
    r += 1
    a, c, w = parts["a"][i], parts["c"][i], parts["w"][i]
    o = a - c - w
    rv = rate(c, a)
    row = [area, a, c, rv, w, o, dq]
    for j, v in enumerate(row):
        put(ws, f"{cols(2, 7)[j]}{r}", v, 9, h="center" if j == 0 else "right", fmt=(RATE if j == 3 else NUM), border=BOX)
    ws.row_dimensions[r].height = 18
    for m, v, u, raw in (("assessed", a * 1000, "yen", comma(a)), ("collected", c * 1000, "yen", comma(c)),
                         ("collection_rate", rv, "percent", f"{rv:.2f}"), ("written_off", w * 1000, "yen", comma(w)),
                         ("outstanding", o * 1000, "yen", comma(o)), ("delinquents", dq, "persons", comma(dq))):
        G.fact(P, "市税", "市税", 2023, "令和5年度", "total", m, "actual", v, u, raw, area=area)
r += 1
o_t = tx["a"] - tx["c"] - tx["w"]
rv_t = rate(tx["c"], tx["a"])
dq_t = sum(x[2] for x in AREAS)
row = ["計", tx["a"], tx["c"], rv_t, tx["w"], o_t, dq_t]
for j, v in enumerate(row):
    put(ws, f"{cols(2, 7)[j]}{r}", v, 9, GOTH if j == 0 else MIN, h="center" if j == 0 else "right",
        fmt=(RATE if j == 3 else NUM), border=BOX, fill=HEADFILL if j == 0 else None)
ws.row_dimensions[r].height = 18
assert o_t == tx["o"]
for m, v, u, raw in (("assessed", tx["a"] * 1000, "yen", comma(tx["a"])), ("collected", tx["c"] * 1000, "yen", comma(tx["c"])),
                     ("collection_rate", rv_t, "percent", f"{rv_t:.2f}"), ("written_off", tx["w"] * 1000, "yen", comma(tx["w"])),
                     ("outstanding", o_t * 1000, "yen", comma(o_t)), ("delinquents", dq_t, "persons", comma(dq_t))):
    G.fact(P, "市税", "計", 2023, "令和5年度", "total", m, "actual", v, u, raw)
r += 1
ws.merge_cells(f"B{r}:H{r}")
put(ws, f"B{r}", "※ 地域は、納税義務者の住所地による区分。市外居住者分は今市地域に含めている。", 8.5, h="left")
r += 2
ws.merge_cells(f"B{r}:H{r}")
put(ws, f"B{r}", "４　これまでの推移", 11, GOTH, h="left")
ws.row_dimensions[r].height = 20
r += 1
ws.merge_cells(f"B{r}:H{r + 1}")
r17 = 92.15
o17 = 1_520_000_000
r23 = rate(D["市税"][2023]["tot"]["c"], D["市税"][2023]["tot"]["a"])
dp = round(r23 - r17, 2)
txt = (f"　市税の収納率（計）は、平成29年度（2017年度）の{r17:.2f}％から、令和5年度には{r23:.2f}％まで{dp:.2f}ポイント上昇した。"
       f"市税の収入未済額は、H29年度末の約15億2,000万円から、令和5年度末には約{round(tx['o'] / 10000) / 10:,.1f}億円に縮減している。")
put(ws, f"B{r}", txt, 9.5, h="left", v_="top")
ws.row_dimensions[r].height = 30
ws.row_dimensions[r + 1].height = 30
G.fact(P, "市税", "市税", 2017, "平成29年度（2017年度）", "total", "collection_rate", "actual", r17, "percent", f"{r17:.2f}％")
G.fact(P, "市税", "市税", 2023, "令和5年度", "total", "collection_rate", "actual", r23, "percent", f"{r23:.2f}％")
G.fact(P, "市税", "市税", 2023, "令和5年度", "total", "difference", "actual", dp, "points", f"{dp:.2f}ポイント")
G.fact(P, "市税", "市税", 2017, "H29年度末", "total", "outstanding", "actual", o17, "yen", "約15億2,000万円", approx=True)
G.fact(P, "市税", "市税", 2023, "令和5年度末", "total", "outstanding", "actual", int(round(tx["o"] / 10000)) * 10_000_000,
       "yen", f"約{round(tx['o'] / 10000) / 10:,.1f}億円", approx=True)
r += 3
ws.merge_cells(f"B{r}:H{r}")
put(ws, f"B{r}", "５　対象債権", 11, GOTH, h="left")
ws.row_dimensions[r].height = 20
r += 1
ws.merge_cells(f"B{r}:H{r + 1}")
put(ws, f"B{r}", "　令和5年度決算において収入未済額がある債権のうち、収入未済額が1,000万円以上の10債権を対象とする（次ページ表１）。"
    "対象債権の収入未済額の合計は、市全体の収入未済額の9割以上を占めている。", 9.5, h="left", v_="top")
ws.row_dimensions[r].height = 28
ws.row_dimensions[r + 1].height = 28
ws.print_area = f"A1:H{r + 1}"

# ------------------------------------------------------------------ sheet 2 (p2-p3): landscape long table, header repeated
ws = wb.create_sheet("収納状況")
setup(ws, landscape=True, scale=92, title_rows="3:5")
widths(ws, {"A": 1.5, "B": 12, "C": 10, **{c: 11.8 for c in cols(4, 9)}})
ws.merge_cells("B1:L1")
put(ws, "B1", "６　対象債権の収納状況の推移（決算）", 12, GOTH, h="left")
ws.row_dimensions[1].height = 22
put(ws, "L2", "表１", 9, GOTH, h="right")
# three-level header: 決算 > 年度 > 調定額/収入済額/収納率
ws.merge_cells("B3:B5"); put(ws, "B3", "債権名", 9, GOTH, fill=HEADFILL)
ws.merge_cells("C3:C5"); put(ws, "C3", "区分", 9, GOTH, fill=HEADFILL)
ws.merge_cells("D3:L3"); put(ws, "D3", "決算", 9, GOTH, fill=HEADFILL)
for j, y in enumerate(YEARS):
    c0, c2 = cols(4 + 3 * j, 3)[0], cols(4 + 3 * j, 3)[2]
    ws.merge_cells(f"{c0}4:{c2}4")
    put(ws, f"{c0}4", f"{RY[y]}年度", 9, GOTH, fill=HEADFILL)
    for k, lab in enumerate(("調定額（千円）", "収入済額（千円）", "収納率（％）")):
        put(ws, f"{cols(4 + 3 * j, 3)[k]}5", lab, 8.5, GOTH, fill=HEADFILL)
for rr_ in (3, 4, 5):
    ws.row_dimensions[rr_].height = 17
for ref in [f"{c}3" for c in cols(2, 11)]:
    ws[ref].border = Border(top=med)
for ref in [f"{c}5" for c in cols(2, 11)]:
    ws[ref].border = Border(bottom=thin)
r = 5
for i, n in enumerate(NAMES):
    P = 2 if i < 5 else 3
    for k, seg in enumerate(("cur", "arr", "tot")):
        r += 1
        fill = ZEBRA if i % 2 else None
        if k == 0:
            ws.merge_cells(f"B{r}:B{r + 2}")
            put(ws, f"B{r}", n, 9, h="center", fill=fill)
        put(ws, f"C{r}", SEGL[seg], 8.5, h="center", fill=fill)
        for j, y in enumerate(YEARS):
            s = D[n][y][seg]
            rv = rate(s["c"], s["a"])
            cc = cols(4 + 3 * j, 3)
            put(ws, f"{cc[0]}{r}", s["a"], 9, h="right", fmt=NUM, fill=fill)
            put(ws, f"{cc[1]}{r}", s["c"], 9, h="right", fmt=NUM, fill=fill)
            put(ws, f"{cc[2]}{r}", rv, 9, h="right", fmt=RATE, fill=fill)
            G.fact(P, CANON[n], n, y, f"{RY[y]}年度", SEGN[seg], "assessed", "actual", s["a"] * 1000, "yen", comma(s["a"]))
            G.fact(P, CANON[n], n, y, f"{RY[y]}年度", SEGN[seg], "collected", "actual", s["c"] * 1000, "yen", comma(s["c"]))
            G.fact(P, CANON[n], n, y, f"{RY[y]}年度", SEGN[seg], "collection_rate", "actual", rv, "percent", f"{rv:.2f}")
        if i % 2:
            ws[f"B{r}"].fill = ZEBRA
        ws.row_dimensions[r].height = 16.5
    for c in cols(2, 11):
        ws[f"{c}{r}"].border = Border(bottom=hair)
    if i == 4:
        r += 1
        ws.merge_cells(f"B{r}:L{r}")
        put(ws, f"B{r}", "※ 表１は次ページに続く。", 8.5, h="left")
        ws.row_breaks.append(Break(id=r))
r += 1
for c in cols(2, 11):
    ws[f"{c}{r - 1}"].border = Border(bottom=med)
ws.merge_cells(f"B{r}:L{r}")
put(ws, f"B{r}", LEGEND, 8.5, h="left")
ws.row_dimensions[r].height = 16
r += 1
ws.merge_cells(f"B{r}:L{r}")
put(ws, f"B{r}", "※ 計は現年度分と滞納繰越分の合計（不納欠損額を含む調定額に対する収納率）。", 8.5, h="left")
ws.print_area = f"A1:L{r}"

# ------------------------------------------------------------------ sheet 3 (p4): targets
P = 4
ws = wb.create_sheet("目標")
setup(ws, scale=95)
widths(ws, {"A": 1.5, "B": 12, "C": 11, "D": 11, "E": 11, "F": 11, "G": 11, "H": 12})
ws.merge_cells("B1:H1")
put(ws, "B1", "７　目標収納率及び収入未済額の目標", 12, GOTH, h="left")
ws.row_dimensions[1].height = 22
put(ws, "H2", "（単位：％）", 8.5, h="right", wrap=False)
put(ws, "B2", "表２　目標収納率", 9.5, GOTH, h="left", wrap=False)
hdr = ["債権名", "区分", "R5実績", "R6目標", "R7目標", "R8目標", "R6目標と\nR5実績の差"]
for j, t in enumerate(hdr):
    put(ws, f"{cols(2, 7)[j]}3", t, 8.5, GOTH, fill=HEADFILL, border=BOX)
ws.row_dimensions[3].height = 28
TG = {  # (cur, arr) targets R6..R8
    "市税": [(98.90, 27.50), (98.95, 28.30), (99.00, 29.00)], "国保税": [(92.60, 21.30), (92.85, 22.00), (93.10, 22.70)],
    "後期高齢": [(99.43, 40.50), (99.45, 41.20), (99.47, 42.00)], "介護料": [(98.70, 18.20), (98.75, 18.80), (98.80, 19.40)],
    "保育料": [(98.96, 14.80), (99.00, 15.50), (99.05, 16.20)], "住宅使用料": [(96.20, 10.60), (96.40, 11.20), (96.60, 11.80)],
    "水道料金": [(99.10, 59.50), (99.12, 60.10), (99.15, 60.70)], "下水道使用料": [(99.05, 58.60), (99.08, 59.20), (99.10, 59.80)],
    "給食費": [(99.48, 22.30), (99.50, 23.00), (99.52, 23.70)], "生保返還金": [(46.50, 4.20), (47.20, 4.50), (48.00, 4.80)],
}
r = 3
for i, n in enumerate(NAMES):
    for k, seg in enumerate(("cur", "arr")):
        r += 1
        if k == 0:
            ws.merge_cells(f"B{r}:B{r + 1}")
            put(ws, f"B{r}", n, 9, border=BOX)
            ws[f"B{r + 1}"].border = BOX
        put(ws, f"C{r}", SEGL[seg], 8.5, border=BOX)
        s = D[n][2023][seg]
        act = rate(s["c"], s["a"])
        vals = [act] + [TG[n][m][k] for m in range(3)]
        for j, v in enumerate(vals):
            put(ws, f"{cols(4, 4)[j]}{r}", v, 9, h="right", fmt=RATE, border=BOX)
        diff = round(TG[n][0][k] - act, 2)
        put(ws, f"H{r}", diff, 9, h="right", fmt=DIFF, border=BOX)
        ws.row_dimensions[r].height = 15.5
        G.fact(P, CANON[n], n, 2023, "R5", SEGN[seg], "collection_rate", "actual", act, "percent", f"{act:.2f}")
        for m, y in enumerate((2024, 2025, 2026)):
            G.fact(P, CANON[n], n, y, RY[y], SEGN[seg], "collection_rate", "target", TG[n][m][k], "percent", f"{TG[n][m][k]:.2f}")
        dtxt = ("△" if diff < 0 else "") + f"{abs(diff):.2f}"
        G.fact(P, CANON[n], n, 2024, "R6", SEGN[seg], "difference", "target", diff, "points", dtxt)
r += 1
ws.merge_cells(f"B{r}:H{r}")
put(ws, f"B{r}", LEGEND, 8, h="left")
ws.row_dimensions[r].height = 24
# years head rows, one debt per column
r += 2
put(ws, f"B{r}", "表３　収入未済額の目標", 9.5, GOTH, h="left", wrap=False)
put(ws, f"H{r}", "（単位：千円）", 8.5, h="right", wrap=False)
r += 1
ODEBTS = ["市税", "国保税", "介護料", "住宅使用料", "水道料金"]
for j, t in enumerate(["年度"] + ODEBTS + ["5債権計"]):
    put(ws, f"{cols(2, 7)[j]}{r}", t, 8.5, GOTH, fill=HEADFILL, border=BOX)
ws.row_dimensions[r].height = 18
OT = {"市税": (740000, 700000, 660000), "国保税": (1180000, 1130000, 1080000), "介護料": (108000, 104000, 100000),
      "住宅使用料": (102000, 98000, 94000), "水道料金": (32000, 31000, 30000)}
rowsy = [("令和5年度（実績）", 2023, "actual", {n: D[n][2023]["tot"]["o"] for n in ODEBTS})] + \
        [(f"令和{y - 2018}年度（目標）", y, "target", {n: OT[n][m] for n in ODEBTS}) for m, y in enumerate((2024, 2025, 2026))]
for lab, y, basis, vals in rowsy:
    r += 1
    put(ws, f"B{r}", lab, 8.5, border=BOX)
    for j, n in enumerate(ODEBTS):
        put(ws, f"{cols(3, 5)[j]}{r}", vals[n], 9, h="right", fmt=NUM, border=BOX)
        G.fact(P, CANON[n], n, y, lab, "total", "outstanding", basis, vals[n] * 1000, "yen", comma(vals[n]))
    tot = sum(vals.values())
    put(ws, f"H{r}", tot, 9, h="right", fmt=NUM, border=BOX)
    G.fact(P, None, "5債権計", y, lab, "total", "outstanding", basis, tot * 1000, "yen", comma(tot))
    ws.row_dimensions[r].height = 17
ws.print_area = f"A1:H{r}"

# ------------------------------------------------------------------ sheet 4 (p5-p6): 推進シート
ws = wb.create_sheet("推進シート")
setup(ws, scale=95)
widths(ws, {"A": 1.5, "B": 18, "C": 12, "D": 9, "E": 13, "F": 10, "G": 21})
SHEETS = [
    ("市税", "税務部 収税課", "強制徴収公債権", 4188, "人", [
        ("(1)", "現年度分の滞納者には、納期限後30日以内に電話・SMSで催告し、早期の納付を促す。", "継続"),
        ("(2)", "滞納繰越分は財産調査を年度前半に終え、預貯金・給与の差押えを集中的に実施する。", "継続"),
        ("(3)", "栃木県地方税徴収対策推進協議会の併任職員と高額・困難事案の共同処理を行う。", "拡充")]),
    ("国保税", "市民環境部 保険年金課", "強制徴収公債権", 2915, "世帯", [
        ("(1)", "加入手続の窓口でWeb口座振替受付を案内し、口座振替の登録を増やす。", "新規"),
        ("(2)", "資格を喪失した滞納世帯は、収税課に引き継いで財産調査と差押えを行う。", "継続"),
        ("(3)", "納付が困難な世帯には、減免制度と生活困窮者の相談窓口を案内する。", None)]),
    ("水道料金", "上下水道部 お客様サービス課", "私債権", 1302, "件", [
        ("(1)", "2期以上の未納者に給水停止予告を送付し、納付相談に応じない場合は給水を停止する。", "継続"),
        ("(2)", "閉栓済みの未納者には、転居先を調査して請求書を送付する。", "継続")]),
    ("住宅使用料", "建設部 建築住宅課", "私債権", 86, "世帯", [
        ("(1)", "3か月以上の滞納者には連帯保証人にも通知し、納付指導を行う。", "継続"),
        ("(2)", "6か月以上滞納し、納付指導に応じない者には、明渡請求訴訟を提起する。", "継続"),
        ("(3)", "退去者の滞納分は、債権回収の専門業者への委託を検討する。", "新規")]),
]
r = 0
for si, (n, dept, kubun, dq, dq_unit, acts) in enumerate(SHEETS):
    P = 5 if si < 2 else 6
    full = CANON[n]
    r += 1
    ws.merge_cells(f"B{r}:G{r}")
    put(ws, f"B{r}", f"推進シート（{si + 1}）", 11, GOTH, h="left")
    ws.row_dimensions[r].height = 20
    r += 1
    for ref, v, fill in (("B", "債権名", HEADFILL), ("C", full, None), ("D", "所管課", HEADFILL), ("E", dept, None),
                         ("F", "債権区分", HEADFILL), ("G", kubun, None)):
        put(ws, f"{ref}{r}", v, 8.5, GOTH if fill else MIN, fill=fill, border=BOX, h="center" if fill else "left")
    ws.row_dimensions[r].height = 26
    # current state: metric in the row header
    r += 1
    put(ws, f"B{r}", "１　現状（令和5年度決算）", 9.5, GOTH, h="left", wrap=False)
    r += 1
    s = D[n][2023]
    s22 = D[n][2022]
    put(ws, f"B{r}", "項目", 8.5, GOTH, fill=HEADFILL, border=BOX)
    ws.merge_cells(f"C{r}:D{r}"); put(ws, f"C{r}", "令和5年度", 8.5, GOTH, fill=HEADFILL, border=BOX); ws[f"D{r}"].border = BOX
    put(ws, f"E{r}", "令和4年度", 8.5, GOTH, fill=HEADFILL, border=BOX)
    put(ws, f"F{r}", "前年度比", 8.5, GOTH, fill=HEADFILL, border=BOX)
    put(ws, f"G{r}", "【参考】", 8.5, GOTH, fill=HEADFILL, border=BOX)
    ws.row_dimensions[r].height = 16
    items = [("調定額（千円）", "assessed", s["tot"]["a"], s22["tot"]["a"]),
             ("収入済額（千円）", "collected", s["tot"]["c"], s22["tot"]["c"]),
             ("不納欠損額（千円）", "written_off", s["tot"]["w"], s22["tot"]["w"]),
             ("収入未済額（千円）", "outstanding", s["tot"]["o"], s22["tot"]["o"]),
             ("収納率（計）（％）", "collection_rate", rate(s["tot"]["c"], s["tot"]["a"]), rate(s22["tot"]["c"], s22["tot"]["a"]))]
    ref_r = r + 1
    for lab, m, v, v0 in items:
        r += 1
        put(ws, f"B{r}", lab, 8, GOTH, h="left", border=BOX)
        ws.merge_cells(f"C{r}:D{r}")
        isr = m == "collection_rate"
        put(ws, f"C{r}", v, 9, h="right", fmt=RATE if isr else NUM, border=BOX); ws[f"D{r}"].border = BOX
        put(ws, f"E{r}", v0, 9, h="right", fmt=RATE if isr else NUM, border=BOX)
        dv = round(v - v0, 2) if isr else v - v0
        put(ws, f"F{r}", dv, 9, h="right", fmt=DIFF if isr else DIFFY, border=BOX)
        ws.row_dimensions[r].height = 16
        if isr:
            G.fact(P, full, full, 2023, "令和5年度", "total", m, "actual", v, "percent", f"{v:.2f}")
            G.fact(P, full, full, 2022, "令和4年度", "total", m, "actual", v0, "percent", f"{v0:.2f}")
            G.fact(P, full, full, 2023, "令和5年度", "total", "difference", "actual", dv, "points", ("△" if dv < 0 else "") + f"{abs(dv):.2f}")
        else:
            G.fact(P, full, full, 2023, "令和5年度", "total", m, "actual", v * 1000, "yen", comma(v))
            G.fact(P, full, full, 2022, "令和4年度", "total", m, "actual", v0 * 1000, "yen", comma(v0))
            G.fact(P, full, full, 2023, "令和5年度", "total", "difference", "actual", dv * 1000, "yen", ("△" if dv < 0 else "") + comma(abs(dv)))
    # 参考 cell (merged over the rows) with label：value bullets in full-width digits
    ws.merge_cells(f"G{ref_r}:G{r}")
    cur_r = rate(s["cur"]["c"], s["cur"]["a"]); arr_r = rate(s["arr"]["c"], s["arr"]["a"])
    dq_txt = zen(comma(dq))
    reftxt = (f"・現年度分収納率：{zen(f'{cur_r:.2f}')}％\n・滞納繰越分収納率：{zen(f'{arr_r:.2f}')}％\n"
              f"・滞納{'者' if dq_unit == '人' else ('世帯' if dq_unit == '世帯' else '件')}数：{dq_txt}{dq_unit}")
    put(ws, f"G{ref_r}", reftxt, 8, h="left", border=BOX, v_="top")
    G.fact(P, full, full, 2023, None, "current", "collection_rate", "actual", cur_r, "percent", f"{zen(f'{cur_r:.2f}')}％")
    G.fact(P, full, full, 2023, None, "arrears", "collection_rate", "actual", arr_r, "percent", f"{zen(f'{arr_r:.2f}')}％")
    if dq_unit in ("人", "世帯"):
        G.fact(P, full, full, 2023, None, "total", "delinquents", "actual", dq, "persons" if dq_unit == "人" else "households",
               f"{dq_txt}{dq_unit}")
    # targets
    r += 1
    put(ws, f"B{r}", "２　目標", 9.5, GOTH, h="left", wrap=False)
    r += 1
    for j, t in enumerate(["区分", "R6", "R7", "R8"]):
        put(ws, f"{cols(2, 4)[j]}{r}", t, 8.5, GOTH, fill=HEADFILL, border=BOX)
    ws.row_dimensions[r].height = 16
    for k, seg in enumerate(("cur", "arr")):
        r += 1
        put(ws, f"B{r}", SEGL[seg] + "収納率（％）", 8, GOTH, h="left", border=BOX)
        for m, y in enumerate((2024, 2025, 2026)):
            v = TG[n][m][k]
            put(ws, f"{cols(3, 3)[m]}{r}", v, 9, h="right", fmt=RATE, border=BOX)
            G.fact(P, full, full, y, RY[y], SEGN[seg], "collection_rate", "target", v, "percent", f"{v:.2f}")
        ws.row_dimensions[r].height = 16
    if n in OT:
        r += 1
        put(ws, f"B{r}", "収入未済額（千円）", 8, GOTH, h="left", border=BOX)
        for m, y in enumerate((2024, 2025, 2026)):
            put(ws, f"{cols(3, 3)[m]}{r}", OT[n][m], 9, h="right", fmt=NUM, border=BOX)
            G.fact(P, full, full, y, RY[y], "total", "outstanding", "target", OT[n][m] * 1000, "yen", comma(OT[n][m]))
        ws.row_dimensions[r].height = 16
    # 取組: numbered items in one cell, no 取組 header in the table
    r += 1
    put(ws, f"B{r}", "３　具体的な方策", 9.5, GOTH, h="left", wrap=False)
    r += 1
    put(ws, f"B{r}", "内容", 8.5, GOTH, fill=HEADFILL, border=BOX)
    ws.merge_cells(f"C{r}:G{r}")
    body = "\n".join(f"{lab}{t}" + (f"【{tag}】" if tag else "") for lab, t, tag in acts)
    put(ws, f"C{r}", body, 8.5, h="left", border=BOX, v_="top")
    for c in cols(4, 4):
        ws[f"{c}{r}"].border = BOX
    ws.row_dimensions[r].height = 16 * len(acts) + 8
    for lab, t, tag in acts:
        G.init(P, full, 2024, "３　具体的な方策", lab, t + (f"【{tag}】" if tag else ""), tag, debt_raw=full)
    r += 1
    ws.row_dimensions[r].height = 14
    if si == 1:
        ws.row_breaks.append(Break(id=r))
ws.print_area = f"A1:G{r}"

xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(xlsx)], check=True, capture_output=True)
pdf = PDF_DIR / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", pdf)
import fitz  # noqa: E402
npg = fitz.open(pdf).page_count
gp = G.write(pdf, npg)
errs = check_pdf(pdf, gp)
print(f"{STEM}: pages={npg} facts={len(G.facts)} initiatives={len(G.inits)} errors={errs}")
