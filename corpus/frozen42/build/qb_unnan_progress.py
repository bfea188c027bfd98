"""qb_unnan_progress_1: 雲南市 収納対策の取組状況（中間報告）令和6年2月末現在. openpyxl -> LibreOffice."""
import calendar
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qb_common import *  # noqa
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.chart import LineChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.worksheet.page import PageMargins

STEM = "qb_unnan_progress_1"
G = Gold(STEM, "progress_report", "progress", "雲南市",
         "令和5年度 市税等の収納状況及び取組状況について（中間報告）", "2024-02-29", "令和6年2月末現在")
FY, PY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
FONT = "IPAexGothic"
thin = Side(style="thin", color="333333")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E2EC")
SUMF = PatternFill("solid", fgColor="EEF2F6")

# debt, short, current: (調定, 今期rate, 前年調定, 前年rate), arrears: same, year-end estimate rates, 前年度決算 rates, 目標
DEBTS = [
    ("市税", "市税", (3412580, 96.84, 3389410, 96.52), (281430, 21.36, 298760, 19.88),
     (99.08, 24.10), (98.95, 22.71), (99.10, 24.00)),
    ("国民健康保険税", "国民健康保険税", (712340, 86.42, 735180, 85.91), (198720, 17.25, 207340, 16.82),
     (95.02, 20.40), (94.81, 19.92), (95.00, 20.00)),
    ("介護保険料", "介護保険料", (901230, 95.31, 893560, 95.18), (24810, 14.62, 26130, 13.95),
     (99.21, 18.30), (99.15, 17.84), (99.20, 18.00)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (612870, 97.55, 598440, 97.41), (3120, 30.61, 3380, 27.52),
     (99.60, 36.50), (99.57, 35.21), (99.60, 35.00)),
    ("保育所保育料", "保育料", (78420, 93.16, 81230, 92.70), (11840, 12.30, 12960, 11.18),
     (98.40, 16.20), (98.21, 15.08), (98.50, 16.00)),
    ("市営住宅使用料", "住宅使用料", (168930, 90.14, 171250, 89.66), (38650, 9.72, 40110, 8.95),
     (96.80, 13.10), (96.52, 12.44), (97.00, 13.00)),
]


def seg(v):
    asd, r, pasd, pr = v
    col = round(asd * r / 100)
    pcol = round(pasd * pr / 100)
    return dict(asd=asd, col=col, rate=rate(col, asd, 2), pasd=pasd, pcol=pcol, prate=rate(pcol, pasd, 2))


DATA = {d[0]: {"current": seg(d[2]), "arrears": seg(d[3])} for d in DEBTS}


def total(s):
    r = {k: sum(DATA[d[0]][s][k] for d in DEBTS) for k in ("asd", "col", "pasd", "pcol")}
    r["rate"] = rate(r["col"], r["asd"], 2)
    r["prate"] = rate(r["pcol"], r["pasd"], 2)
    return r


TOT = {"current": total("current"), "arrears": total("arrears")}

wb = Workbook()
wb.remove(wb.active)


def sheet(name, landscape=False, widths=()):
    ws = wb.create_sheet(name)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.5)
    ws.sheet_view.showGridLines = False
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    return ws


def put(ws, cell, val, fmt=None, bold=False, size=10, fill=None, border=True, align=None, wrap=False):
    cl = ws[cell]
    cl.value = val
    cl.font = Font(name=FONT, bold=bold, size=size)
    if fmt:
        cl.number_format = fmt
    if fill:
        cl.fill = fill
    if border:
        cl.border = BOX
    h = align or ("right" if isinstance(val, (int, float)) else "left")
    cl.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    return cl


def mput(ws, rng, val, **kw):
    first = rng.split(":")[0]
    put(ws, first, val, **kw)
    ws.merge_cells(rng)
    if kw.get("border", True):
        from openpyxl.utils import range_boundaries
        c1, r1, c2, r2 = range_boundaries(rng)
        for r in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(r, cc).border = BOX


N0 = "#,##0"
N2 = "0.00"
D2 = '0.00;"△"0.00'
D0 = '#,##0;"△"#,##0'

# ------------------------------------------------------------------ page 1
P = 1
ws = sheet("1", widths=(20, 13, 13, 10, 13, 13, 10, 10))
mput(ws, "A1:H1", "令和5年度 市税等の収納状況及び取組状況について（中間報告）", bold=True, size=14, border=False, align="center")
mput(ws, "A2:H2", "令和6年2月末現在　雲南市 総務部 税務課", border=False, align="right")
mput(ws, "A4:H4", "１　収納状況の概要", bold=True, size=11, border=False)
t = TOT
lines = [f"【収納率】令和6年2月末時点（市税等6債権の合計）",
         f"　・現年分　{p(t['current']['rate'],2)}％（前年同月 {p(t['current']['prate'],2)}％）",
         f"　・滞繰分　{p(t['arrears']['rate'],2)}％（前年同月 {p(t['arrears']['prate'],2)}％）"]
for i, l in enumerate(lines):
    mput(ws, f"A{5+i}:H{5+i}", l, border=False, bold=(i == 0))
for s, lab in (("current", "現年分"), ("arrears", "滞繰分")):
    G.fact(P, None, None, FY, "令和6年2月末", s, "collection_rate", "interim", t[s]["rate"], "percent",
           f"{lab}{p(t[s]['rate'],2)}％", as_of=ASOF)
    G.fact(P, None, None, PY, "前年同月", s, "collection_rate", "interim", t[s]["prate"], "percent",
           f"前年同月{p(t[s]['prate'],2)}％", as_of=PASOF)
dcur = round(t["current"]["rate"] - t["current"]["prate"], 2)
txt = (f"　現年分の収納率は前年同月比{p(dcur,2)}ポイント上昇しており、12月末時点に続き前年度を上回って推移している。"
       f"滞繰分の収入済額は{c(t['arrears']['col'])}千円で、前年同月から約{c(round((t['arrears']['col']-t['arrears']['pcol'])/10))}万円の減少となった。")
mput(ws, "A8:H9", txt, border=False, wrap=True, align="left")
ws.row_dimensions[8].height = 24
ws.row_dimensions[9].height = 24
G.fact(P, None, None, FY, "令和6年2月末", "current", "difference", "interim", dcur, "points", f"前年同月比{p(dcur,2)}ポイント上昇", as_of=ASOF)
G.fact(P, None, None, FY, "令和6年2月末", "arrears", "collected", "interim", t["arrears"]["col"] * 1000, "yen",
       f"{c(t['arrears']['col'])}千円", as_of=ASOF)
dd = round((t['arrears']['col'] - t['arrears']['pcol']) / 10)
G.fact(P, None, None, FY, "令和6年2月末", "arrears", "difference", "interim", dd * 10000, "yen",
       f"約{c(abs(dd))}万円の減少", as_of=ASOF, approx=True)

mput(ws, "A11:H11", "２　債権別の収納状況（現年分）", bold=True, size=11, border=False)
r0 = 12
mput(ws, f"A{r0}:A{r0+1}", "債権名", fill=HEAD, align="center")
mput(ws, f"B{r0}:D{r0}", "前年同期", fill=HEAD, align="center")
mput(ws, f"E{r0}:G{r0}", "今期", fill=HEAD, align="center")
mput(ws, f"H{r0}:H{r0+1}", "差\n（ポイント）", fill=HEAD, align="center", wrap=True)
for i, h in enumerate(["調定額（千円）", "収入済額（千円）", "収納率（％）"] * 2):
    put(ws, f"{'BCDEFG'[i]}{r0+1}", h, fill=HEAD, align="center", size=9, wrap=True)
ws.row_dimensions[r0 + 1].height = 28


def segrows(ws, r, s, lab_total):
    for d in DEBTS + [("合計", "合計")]:
        name = d[0]
        rec = DATA[name][s] if name != "合計" else TOT[s]
        debt = None if name == "合計" else name
        fill = SUMF if name == "合計" else None
        put(ws, f"A{r}", d[1], fill=fill)
        vals = [(rec["pasd"], N0, "assessed", PY, PASOF, "前年同期"), (rec["pcol"], N0, "collected", PY, PASOF, "前年同期"),
                (rec["prate"], N2, "collection_rate", PY, PASOF, "前年同期"),
                (rec["asd"], N0, "assessed", FY, ASOF, "今期"), (rec["col"], N0, "collected", FY, ASOF, "今期"),
                (rec["rate"], N2, "collection_rate", FY, ASOF, "今期")]
        for j, (v, f, m, fy, ao, fyr) in enumerate(vals):
            put(ws, f"{'BCDEFG'[j]}{r}", v, fmt=f, fill=fill)
            if m == "collection_rate":
                G.fact(P, debt, d[1], fy, fyr, s, m, "interim", v, "percent", p(v, 2), as_of=ao)
            else:
                G.fact(P, debt, d[1], fy, fyr, s, m, "interim", v * 1000, "yen", c(v), as_of=ao)
        dv = round(rec["rate"] - rec["prate"], 2)
        put(ws, f"H{r}", dv, fmt=D2, fill=fill)
        G.fact(P, debt, d[1], FY, "今期", s, "difference", "interim", dv, "points", tri(dv, "△", 2), as_of=ASOF)
        r += 1
    return r


r = segrows(ws, r0 + 2, "current", "合計")
mput(ws, f"A{r}:H{r}", "※ 前年同期は令和5年2月末、今期は令和6年2月末の数値。保育料は保育所保育料、住宅使用料は市営住宅使用料。",
     border=False, size=8)

# ------------------------------------------------------------------ page 2
P = 2
ws = sheet("2", widths=(20, 13, 13, 10, 13, 13, 10, 10))
mput(ws, "A1:H1", "３　債権別の収納状況（滞納繰越分）", bold=True, size=11, border=False)
r0 = 2
mput(ws, f"A{r0}:A{r0+1}", "債権名", fill=HEAD, align="center")
mput(ws, f"B{r0}:D{r0}", "前年同期", fill=HEAD, align="center")
mput(ws, f"E{r0}:G{r0}", "今期", fill=HEAD, align="center")
mput(ws, f"H{r0}:H{r0+1}", "差\n（ポイント）", fill=HEAD, align="center", wrap=True)
for i, h in enumerate(["調定額（千円）", "収入済額（千円）", "収納率（％）"] * 2):
    put(ws, f"{'BCDEFG'[i]}{r0+1}", h, fill=HEAD, align="center", size=9, wrap=True)
ws.row_dimensions[r0 + 1].height = 28
r = segrows(ws, r0 + 2, "arrears", "合計")
r += 1
mput(ws, f"A{r}:H{r}", "４　年度末の収納見込み（現年分）", bold=True, size=11, border=False)
r += 1
mput(ws, f"A{r}:H{r}", "（単位：円、％）", border=False, align="right", size=9)
r += 1
hdr = ["債権名", "調定額見込", "収入済額見込", "収納率見込", "前年度決算", "目標", "見込－目標", ""]
for i, h in enumerate(hdr[:7]):
    put(ws, f"{'ABCDEFG'[i]}{r}", h, fill=HEAD, align="center", size=9)
r += 1
EST = {}
for k, d in enumerate(DEBTS):
    name = d[0]
    rec = DATA[name]["current"]
    asd_y = rec["asd"] * 1000 + 137 * (k + 3) + 58  # yen-level estimate of 調定額 at year end
    col_y = round(asd_y * d[4][0] / 100)
    er = rate(col_y, asd_y, 2)
    EST[name] = er
    put(ws, f"A{r}", d[1])
    put(ws, f"B{r}", asd_y, fmt=N0)
    put(ws, f"C{r}", col_y, fmt=N0)
    put(ws, f"D{r}", er, fmt=N2)
    put(ws, f"E{r}", d[5][0], fmt=N2)
    put(ws, f"F{r}", d[6][0], fmt=N2)
    dv = round(er - d[6][0], 2)
    put(ws, f"G{r}", dv, fmt=D2)
    G.fact(P, name, d[1], FY, "令和5年度", "current", "assessed", "estimate", asd_y, "yen", c(asd_y))
    G.fact(P, name, d[1], FY, "令和5年度", "current", "collected", "estimate", col_y, "yen", c(col_y))
    G.fact(P, name, d[1], FY, "令和5年度", "current", "collection_rate", "estimate", er, "percent", p(er, 2))
    G.fact(P, name, d[1], PY, "前年度決算", "current", "collection_rate", "actual", d[5][0], "percent", p(d[5][0], 2))
    G.fact(P, name, d[1], FY, "令和5年度", "current", "collection_rate", "target", d[6][0], "percent", p(d[6][0], 2))
    G.fact(P, name, d[1], FY, "令和5年度", "current", "difference", "estimate", dv, "points", tri(dv, "△", 2))
    r += 1
mput(ws, f"A{r}:H{r+1}", "※ 見込額は令和6年2月末の実績に、過去3か年の3月～5月（出納整理期間）の収納実績を加味して推計した。"
     "前年度決算は令和4年度の決算値。", border=False, size=8, wrap=True)
ws.row_dimensions[r].height = 14

# ------------------------------------------------------------------ page 3 (landscape): monthly table + chart
P = 3
ws = sheet("3", landscape=True, widths=(24, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8))
mput(ws, "A1:M1", "５　月別収納状況（現年分・累計収納率）　単位：％", bold=True, size=11, border=False)
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
put(ws, "A2", "区分", fill=HEAD, align="center")
for i, m in enumerate(MONTHS):
    put(ws, f"{chr(66+i)}2", f"{m}月末", fill=HEAD, align="center")


def curve(final, shape):
    return [round(final * s, 2) for s in shape]


SHAPE_T = [0.112, 0.218, 0.331, 0.428, 0.512, 0.598, 0.684, 0.762, 0.851, 0.918, 1.0]
SHAPE_N = [0.061, 0.142, 0.248, 0.352, 0.447, 0.541, 0.633, 0.721, 0.812, 0.889, 1.0]


def month_end(fy, m):
    y = fy if m >= 4 else fy + 1
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


MROWS = []
for name, short, shape in (("市税", "市税", SHAPE_T), ("国民健康保険税", "国保税", SHAPE_N)):
    rec = DATA[name]["current"]
    d = next(x for x in DEBTS if x[0] == name)
    this = curve(rec["rate"], shape) + [None]
    last = curve(rec["prate"], [s * 0.997 if i < 10 else s for i, s in enumerate(shape)])
    last[-1] = rec["prate"]
    last = last + [d[5][0] - (0.31 if name == "市税" else 0.52)]
    MROWS.append((name, short, this, last))
r = 3
for name, short, this, last in MROWS:
    for lab, vals, fy in ((f"{short} 本年度（R5）", this, FY), (f"{short} 前年度（R4）", last, PY)):
        put(ws, f"A{r}", lab)
        for i, (m, v) in enumerate(zip(MONTHS, vals)):
            if v is None:
                put(ws, f"{chr(66+i)}{r}", "－", align="center")
            else:
                put(ws, f"{chr(66+i)}{r}", v, fmt=N2)
                G.fact(P, name, short, fy, "R5" if fy == FY else "R4", "current", "collection_rate", "interim", v,
                       "percent", p(v, 2), as_of=month_end(fy, m))
        r += 1
    put(ws, f"A{r}", f"{short} 差（ポイント）", fill=SUMF)
    for i, m in enumerate(MONTHS):
        if this[i] is None:
            put(ws, f"{chr(66+i)}{r}", "－", align="center", fill=SUMF)
        else:
            dv = round(this[i] - last[i], 2)
            put(ws, f"{chr(66+i)}{r}", dv, fmt=D2, fill=SUMF)
            G.fact(P, name, short, FY, "R5", "current", "difference", "interim", dv, "points", tri(dv, "△", 2),
                   as_of=month_end(FY, m))
    r += 1
mput(ws, f"A{r}:M{r}", "※ 国保税は国民健康保険税。3月末は令和6年4月に確定するため本年度は「－」。", border=False, size=8)
# chart data (hidden helper rows far right are avoided; chart reads the 市税 rows directly)
ch = LineChart()
ch.title = "市税 現年分 累計収納率の推移（令和5年度・％）"
ch.height = 8.5
ch.width = 26
data = Reference(ws, min_col=1, max_col=12, min_row=3, max_row=3)
ch.add_data(data, from_rows=True, titles_from_data=True)
ch.set_categories(Reference(ws, min_col=2, max_col=12, min_row=2, max_row=2))
ch.dataLabels = DataLabelList()
ch.dataLabels.showVal = True
ch.dataLabels.showSerName = False
ch.dataLabels.showCatName = False
ch.dataLabels.showLegendKey = False
ch.dataLabels.position = "t"
ch.legend = None
ch.y_axis.title = "％"
ch.y_axis.scaling.min = 0
ch.y_axis.scaling.max = 100
ch.y_axis.delete = False
ch.x_axis.delete = False
ws.add_chart(ch, f"A{r+2}")
for (name, short, this, last) in MROWS[:1]:
    for vals, fy in ((this, FY),):
        for m, v in zip(MONTHS[:11], vals[:11]):
            G.fact(P, name, short, fy, "令和5年度", "current", "collection_rate", "interim", v,
                   "percent", p(v, 2), as_of=month_end(fy, m))
for rr in range(r + 2, r + 22):
    ws.row_dimensions[rr].height = 15

# ------------------------------------------------------------------ page 4: areas
P = 4
ws = sheet("4", widths=(12, 13, 13, 10, 10, 10, 11, 11))
mput(ws, "A1:H1", "６　地域別の状況（市税・現年分）　令和6年2月末", bold=True, size=11, border=False)
AREAS = [("大東", 0.262, 96.92, 96.41, 512, 548), ("加茂", 0.118, 97.35, 97.02, 188, 201),
         ("木次", 0.214, 96.71, 96.55, 402, 415), ("三刀屋", 0.168, 96.88, 96.60, 301, 322),
         ("吉田", 0.072, 97.64, 97.11, 98, 104), ("掛合", 0.166, 96.50, 96.38, 287, 294)]
heads = ["地域", "調定額", "収入済額", "収納率", "前年同期収納率", "差", "滞納者数", "前年同期滞納者数"]
for i, h in enumerate(heads):
    put(ws, f"{'ABCDEFGH'[i]}2", h, fill=HEAD, align="center", size=9, wrap=True)
ws.row_dimensions[2].height = 28
put(ws, "A3", "", fill=HEAD)
for i, u in enumerate(["千円", "千円", "％", "％", "ポイント", "人", "人"]):
    put(ws, f"{'BCDEFGH'[i]}3", u, fill=HEAD, align="center", size=8)
tot_asd = DATA["市税"]["current"]["asd"]
acc_asd = acc_col = 0
r = 4
rows = []
for k, (a, share, rt, prt, n, pn) in enumerate(AREAS):
    asd = round(tot_asd * share) if k < len(AREAS) - 1 else tot_asd - acc_asd
    col = round(asd * rt / 100)
    rows.append((a, asd, col, rate(col, asd, 2), prt, n, pn))
    acc_asd += asd
    acc_col += col
for a, asd, col, rt, prt, n, pn in rows:
    area = a + "地域"
    put(ws, f"A{r}", area)
    put(ws, f"B{r}", asd, fmt=N0)
    put(ws, f"C{r}", col, fmt=N0)
    put(ws, f"D{r}", rt, fmt=N2)
    put(ws, f"E{r}", prt, fmt=N2)
    dv = round(rt - prt, 2)
    put(ws, f"F{r}", dv, fmt=D2)
    put(ws, f"G{r}", n, fmt=N0)
    put(ws, f"H{r}", pn, fmt=N0)
    G.fact(P, "市税", "市税", FY, "令和6年2月末", "current", "assessed", "interim", asd * 1000, "yen", c(asd), as_of=ASOF, area=area)
    G.fact(P, "市税", "市税", FY, "令和6年2月末", "current", "collected", "interim", col * 1000, "yen", c(col), as_of=ASOF, area=area)
    G.fact(P, "市税", "市税", FY, "令和6年2月末", "current", "collection_rate", "interim", rt, "percent", p(rt, 2), as_of=ASOF, area=area)
    G.fact(P, "市税", "市税", PY, "前年同期", "current", "collection_rate", "interim", prt, "percent", p(prt, 2), as_of=PASOF, area=area)
    G.fact(P, "市税", "市税", FY, "令和6年2月末", "current", "difference", "interim", dv, "points", tri(dv, "△", 2), as_of=ASOF, area=area)
    G.fact(P, "市税", "市税", FY, "令和6年2月末", "total", "delinquents", "interim", n, "persons", c(n), as_of=ASOF, area=area)
    G.fact(P, "市税", "市税", PY, "前年同期", "total", "delinquents", "interim", pn, "persons", c(pn), as_of=PASOF, area=area)
    r += 1
sa, sc = sum(x[1] for x in rows), sum(x[2] for x in rows)
srt = rate(sc, sa, 2)
sn, spn = sum(x[5] for x in rows), sum(x[6] for x in rows)
# city-wide previous rate for 市税 current = table 1 value
sprt = DATA["市税"]["current"]["prate"]
put(ws, f"A{r}", "計", fill=SUMF)
for col_l, v, f in (("B", sa, N0), ("C", sc, N0), ("D", srt, N2), ("E", sprt, N2), ("F", round(srt - sprt, 2), D2),
                    ("G", sn, N0), ("H", spn, N0)):
    put(ws, f"{col_l}{r}", v, fmt=f, fill=SUMF)
G.fact(P, "市税", "計", FY, "令和6年2月末", "current", "assessed", "interim", sa * 1000, "yen", c(sa), as_of=ASOF)
G.fact(P, "市税", "計", FY, "令和6年2月末", "current", "collected", "interim", sc * 1000, "yen", c(sc), as_of=ASOF)
G.fact(P, "市税", "計", FY, "令和6年2月末", "current", "collection_rate", "interim", srt, "percent", p(srt, 2), as_of=ASOF)
G.fact(P, "市税", "計", PY, "前年同期", "current", "collection_rate", "interim", sprt, "percent", p(sprt, 2), as_of=PASOF)
G.fact(P, "市税", "計", FY, "令和6年2月末", "current", "difference", "interim", round(srt - sprt, 2), "points",
       tri(round(srt - sprt, 2), "△", 2), as_of=ASOF)
G.fact(P, "市税", "計", FY, "令和6年2月末", "total", "delinquents", "interim", sn, "persons", c(sn), as_of=ASOF)
G.fact(P, "市税", "計", PY, "前年同期", "total", "delinquents", "interim", spn, "persons", c(spn), as_of=PASOF)
r += 1
mput(ws, f"A{r}:H{r+1}", "※ 地域は納税義務者の住所地による。滞納者数は2月末時点で現年分に未納のある実人数（法人を含む）。",
     border=False, size=8, wrap=True)
r += 3
mput(ws, f"A{r}:H{r}", "７　滞納処分の状況（令和6年2月末累計）", bold=True, size=11, border=False)
r += 1
for i, h in enumerate(["区分", "差押件数", "うち預貯金", "うち給与", "換価額（千円）"]):
    put(ws, f"{'ABCDE'[i]}{r}", h, fill=HEAD, align="center", size=9)
r += 1
for lab, vals in (("今期", (412, 298, 37, 48215)), ("前年同期", (386, 261, 41, 45930))):
    put(ws, f"A{r}", lab)
    for i, v in enumerate(vals):
        put(ws, f"{'BCDE'[i]}{r}", v, fmt=N0)
    r += 1

# ------------------------------------------------------------------ page 5: 取組
P = 5
ws = sheet("5", widths=(4, 16, 16, 16, 16, 16, 16))
mput(ws, "A1:G1", "８　債権別の後半の取組状況", bold=True, size=11, border=False)
r = 2
BLOCKS = [
    ("市税", "（１）市税",
     "2月末の現年分収納率は{rc}％で、前年同月比{dc}ポイント上昇した。滞繰分は{ra}％で{da}ポイント改善している。",
     [("①", "12月を滞納整理強化月間とし、管理職を含む全職員で臨戸徴収と電話催告を実施した。", "継続"),
      ("②", "年末調整後の給与照会を一斉に行い、給与差押えを前年同期より拡大した。", "拡充"),
      ("③", "スマートフォン決済アプリによる納付の周知を広報紙及びＳＮＳで行った。", None)]),
    ("国民健康保険税", "（２）国民健康保険税",
     "2月末の現年分収納率は{rc}％で、前年同月比{dc}ポイント上昇した。滞繰分は{ra}％となっている。",
     [("①", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を毎月確認した。", "継続"),
      ("②", "資格喪失者の未納分について、喪失届受付時に納付書を手渡しする運用を開始した。", "新規")]),
    ("市営住宅使用料", "（３）市営住宅使用料",
     "2月末の現年分収納率は{rc}％（前年同月{pc}％）、滞繰分は{ra}％（前年同月{pa}％）である。",
     [("①", "滞納3か月以上の入居者に対し、連帯保証人への通知と面談を実施した。", "継続"),
      ("②", "退去滞納者6名について支払督促の申立てを行った。", "拡充")]),
]
for name, head, tmpl, items in BLOCKS:
    rec = DATA[name]
    dc = round(rec["current"]["rate"] - rec["current"]["prate"], 2)
    da = round(rec["arrears"]["rate"] - rec["arrears"]["prate"], 2)
    text = tmpl.format(rc=p(rec["current"]["rate"], 2), dc=p(dc, 2), ra=p(rec["arrears"]["rate"], 2), da=p(da, 2),
                       pc=p(rec["current"]["prate"], 2), pa=p(rec["arrears"]["prate"], 2))
    mput(ws, f"A{r}:G{r}", head, bold=True, border=False)
    r += 1
    mput(ws, f"A{r}:G{r}", "【収納状況】", border=False)
    r += 1
    mput(ws, f"B{r}:G{r+1}", text, border=False, wrap=True)
    r += 2
    G.fact(P, name, name, FY, "2月末", "current", "collection_rate", "interim", rec["current"]["rate"], "percent",
           f"現年分収納率は{p(rec['current']['rate'],2)}％", as_of=ASOF)
    G.fact(P, name, name, FY, "2月末", "arrears", "collection_rate", "interim", rec["arrears"]["rate"], "percent",
           f"滞繰分は{p(rec['arrears']['rate'],2)}％", as_of=ASOF)
    if "{dc}" in tmpl:
        G.fact(P, name, name, FY, "2月末", "current", "difference", "interim", dc, "points", f"前年同月比{p(dc,2)}ポイント上昇", as_of=ASOF)
    if "{da}" in tmpl:
        G.fact(P, name, name, FY, "2月末", "arrears", "difference", "interim", da, "points", f"{p(da,2)}ポイント改善", as_of=ASOF)
    if "{pc}" in tmpl:
        G.fact(P, name, name, PY, "前年同月", "current", "collection_rate", "interim", rec["current"]["prate"], "percent",
               f"前年同月{p(rec['current']['prate'],2)}％）、", as_of=PASOF)
        G.fact(P, name, name, PY, "前年同月", "arrears", "collection_rate", "interim", rec["arrears"]["prate"], "percent",
               f"前年同月{p(rec['arrears']['prate'],2)}％）で", as_of=PASOF)
    mput(ws, f"A{r}:G{r}", "【後半の主な取組】", border=False)
    r += 1
    for lab, tx, st in items:
        full = f"{lab}　{tx}" + (f"【{st}】" if st else "")
        mput(ws, f"B{r}:G{r+1}", full, border=False, wrap=True)
        ws.row_dimensions[r].height = 15
        G.init(P, name, FY, "後半の主な取組", lab, tx, st)
        r += 2
    r += 1

mput(ws, f"A{r}:G{r}", "９　今後の予定", bold=True, border=False)
r += 1
for l in ("・3月：出納整理期間に向けた最終催告の一斉発送", "・5月：令和5年度決算見込の確定及び債権管理推進会議への報告"):
    mput(ws, f"B{r}:G{r}", l, border=False)
    r += 1

xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
out = soffice(xlsx, WORK)
pdf = PDF_DIR / f"{STEM}.pdf"
pdf.write_bytes(out.read_bytes())
G.save(pdf)
print(STEM, "facts", len(G.facts), "inits", len(G.inits))
for b in check(STEM):
    print("BAD", b)
