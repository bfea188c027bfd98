"""fy_tanabe_progress_1: 債権回収対策の取組状況（２月末現在）(openpyxl -> LibreOffice)."""
import calendar
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fy_common import Gold, WORK, PDF_DIR, comma, rate, tri  # noqa: E402

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

STEM = "fy_tanabe_progress_1"
CITY = "田辺市"
TITLE = "令和５年度 債権回収対策の取組状況（令和６年２月末現在）"
g = Gold(STEM, "progress_report", CITY, TITLE, "2024-02-29", "令和６年２月末現在")
ASOF = "2024-02-29"
ASOF_PREV = "2023-02-28"
TRI = "▲"

# ---------------- data (千円), 2月末 interim ----------------
# name, short, 会計, 所管課, cur(a,c), arr(a,c), prev-year same month cur rate, 決算見込 cur rate, 前年度決算 cur rate,
# 滞納者数, 備考 arrears outstanding
DEBTS = [
    ("市税", "市税", "一般会計", "納税課", (8423560, 8096610), (312450, 71240), 95.84, 98.95, 99.02, 1862),
    ("保育所保育料", "保育料", "一般会計", "子育て推進課", (168240, 153120), (14380, 3020), 90.62, 98.40, 98.55, 96),
    ("市営住宅使用料", "住宅使用料", "一般会計", "建築住宅課", (231450, 210870), (48760, 6110), 91.35, 96.80, 97.12, 143),
    ("国民健康保険税", "国保税", "国民健康保険特別会計", "保険課", (2216840, 1871520), (612480, 115230), 84.95, 94.10, 94.35, 2215),
    ("介護保険料", "介護保険料", "介護保険特別会計", "やすらぎ対策課", (1478960, 1401240), (36120, 7920), 94.71, 98.70, 98.81, 612),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療特別会計", "保険課", (842310, 806530), (9140, 3410), 95.60, 99.35, 99.41, 158),
]
R = []
for n, s, kai, ka, cur, arr, prev, est, last, dl in DEBTS:
    d = dict(n=n, s=s, kai=kai, ka=ka, prev=prev, est=est, last=last, dl=dl)
    d["cur"] = dict(a=cur[0], c=cur[1])
    d["arr"] = dict(a=arr[0], c=arr[1])
    d["tot"] = dict(a=cur[0] + arr[0], c=cur[1] + arr[1])
    for k in ("cur", "arr", "tot"):
        d[k]["r"] = rate(d[k]["c"], d[k]["a"])
    d["arr_o"] = arr[0] - arr[1]
    R.append(d)
BY = {d["n"]: d for d in R}


def subtotal(ds, label):
    t = {"n": None, "s": label}
    for k in ("cur", "arr", "tot"):
        t[k] = {m: sum(d[k][m] for d in ds) for m in ("a", "c")}
        t[k]["r"] = rate(t[k]["c"], t[k]["a"])
    return t


GEN = [d for d in R if d["kai"] == "一般会計"]
SPE = [d for d in R if d["kai"] != "一般会計"]

wb = Workbook()
FONT = "IPAexGothic"
thin = Side(style="thin", color="666666")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E2F3")
SECF = PatternFill("solid", fgColor="F2F2F2")
TOTF = PatternFill("solid", fgColor="FFF2CC")


def put(ws, r, c, v, bold=False, size=9, al="right", fill=None, border=True, wrap=False, valign="center"):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=al, vertical=valign, wrap_text=wrap)
    if fill:
        cell.fill = fill
    if border:
        cell.border = BOX
    return cell


def setup(ws, land=False, widths=(), title_rows=None):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if land else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "- &P -"
    ws.sheet_view.showGridLines = False
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    if title_rows:
        ws.print_title_rows = title_rows


def F(**kw):
    return g.fact(**kw)


# ================= sheet 1 (page 1, landscape) =================
ws = wb.active
ws.title = "1"
setup(ws, land=True, widths=(24, 14, 14, 9, 13, 12, 9, 14, 14, 9))
PG = 1
put(ws, 1, 1, TITLE, bold=True, size=14, al="left", border=False)
put(ws, 2, 8, "総務部納税課", al="right", border=False)
put(ws, 3, 1, "【収納率】令和６年２月末時点（市税）", bold=True, size=10, al="left", border=False)
tax = BY["市税"]
for i, (lab, k, seg) in enumerate((("現年分", "cur", "current"), ("滞納繰越分", "arr", "arrears"), ("合計", "tot", "total"))):
    v = tax[k]["r"]
    put(ws, 4 + i, 1, f"　・{lab}　{v:.2f}％", size=10, al="left", border=False)
    F(debt="市税", debt_raw="市税", fy=2023, fy_raw="令和６年２月末時点", seg=seg, metric="collection_rate",
      basis="interim", as_of=ASOF, value=v, unit="percent", raw=f"{v:.2f}％", page=PG)
put(ws, 8, 1, "１　債権別収納状況", bold=True, size=11, al="left", border=False)
put(ws, 8, 10, "（単位：千円、％）", al="right", border=False)
r0 = 9
put(ws, r0, 1, "区分", fill=HEAD, al="center")
ws.merge_cells(start_row=r0, start_column=1, end_row=r0 + 1, end_column=1)
for j, lab in enumerate(("現年度分", "滞納繰越分", "計")):
    c0 = 2 + 3 * j
    put(ws, r0, c0, lab, fill=HEAD, al="center")
    for cc in range(c0 + 1, c0 + 3):
        put(ws, r0, cc, None, fill=HEAD)
    ws.merge_cells(start_row=r0, start_column=c0, end_row=r0, end_column=c0 + 2)
    for k, lab2 in enumerate(("調定額", "収入済額", "収納率")):
        put(ws, r0 + 1, c0 + k, lab2, fill=HEAD, al="center")
put(ws, r0 + 1, 1, None, fill=HEAD)
row = r0 + 2


def datarow(d, fill=None, label=None):
    global row
    put(ws, row, 1, label or d["s"], al="left", fill=fill)
    for j, (k, seg) in enumerate((("cur", "current"), ("arr", "arrears"), ("tot", "total"))):
        c0 = 2 + 3 * j
        v = d[k]
        put(ws, row, c0, comma(v["a"]), fill=fill)
        put(ws, row, c0 + 1, comma(v["c"]), fill=fill)
        put(ws, row, c0 + 2, f"{v['r']:.2f}", fill=fill)
        dr = label or d["s"]
        F(debt=d["n"], debt_raw=dr, fy=2023, fy_raw="令和６年２月末", seg=seg, metric="assessed", basis="interim",
          as_of=ASOF, value=v["a"] * 1000, unit="yen", raw=comma(v["a"]), page=PG)
        F(debt=d["n"], debt_raw=dr, fy=2023, fy_raw="令和６年２月末", seg=seg, metric="collected", basis="interim",
          as_of=ASOF, value=v["c"] * 1000, unit="yen", raw=comma(v["c"]), page=PG)
        F(debt=d["n"], debt_raw=dr, fy=2023, fy_raw="令和６年２月末", seg=seg, metric="collection_rate",
          basis="interim", as_of=ASOF, value=v["r"], unit="percent", raw=f"{v['r']:.2f}", page=PG)
    row += 1


for sec_label, ds in (("【一般会計】", GEN), ("【特別会計】", SPE)):
    put(ws, row, 1, sec_label, al="left", fill=SECF, bold=True)
    for cc in range(2, 11):
        put(ws, row, cc, None, fill=SECF)
    row += 1
    for d in ds:
        datarow(d)
    datarow(subtotal(ds, "小計"), fill=SECF)
datarow(subtotal(R, "合計"), fill=TOTF)
put(ws, row + 1, 1, "注）保育料＝保育所保育料、住宅使用料＝市営住宅使用料、国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料",
    size=8.5, al="left", border=False)
put(ws, row + 2, 1, "注）調定額・収入済額は令和６年２月末日までの累計。滞納繰越分の調定額は令和５年度当初の繰越額から調定減を控除した額。",
    size=8.5, al="left", border=False)

# ================= sheet 2 (page 2, portrait) =================
ws = wb.create_sheet("2")
setup(ws, widths=(7, 15, 12, 8, 8, 7, 8, 8, 8, 22))
PG = 2
put(ws, 1, 1, "２　現年度分収納率の前年同月比較及び決算見込", bold=True, size=11, al="left", border=False)
put(ws, 2, 10, "（単位：％、人）", al="right", border=False)
hdr = ["会計", "債権名", "所管課", "前年同月", "本年2月末", "差", "決算見込", "前年度決算", "滞納者数", "備考"]
for j, h in enumerate(hdr, 1):
    put(ws, 3, j, h, fill=HEAD, al="center", wrap=True)
ws.row_dimensions[3].height = 28
row = 4
for kai in dict.fromkeys(d["kai"] for d in R):
    ds = [d for d in R if d["kai"] == kai]
    start = row
    for d in ds:
        put(ws, row, 1, kai if row == start else None, al="center", wrap=True, valign="center")
        put(ws, row, 2, d["n"], al="left", wrap=True)
        put(ws, row, 3, d["ka"], al="left", wrap=True)
        diff = round(d["cur"]["r"] - d["prev"], 2)
        vals = [f"{d['prev']:.2f}", f"{d['cur']['r']:.2f}", tri(diff, "{:.2f}", TRI), f"{d['est']:.2f}",
                f"{d['last']:.2f}", comma(d["dl"])]
        for j, v in enumerate(vals, 4):
            put(ws, row, j, v)
        note = f"滞納繰越分の収入未済額 {comma(d['arr_o'])}千円"
        put(ws, row, 10, note, al="left", wrap=True, size=8)
        ws.row_dimensions[row].height = 30
        nm = d["n"]
        F(debt=nm, debt_raw=nm, fy=2022, fy_raw="前年同月", seg="current", metric="collection_rate", basis="interim",
          as_of=ASOF_PREV, value=d["prev"], unit="percent", raw=f"{d['prev']:.2f}", page=PG)
        F(debt=nm, debt_raw=nm, fy=2023, fy_raw="本年2月末", seg="current", metric="collection_rate", basis="interim",
          as_of=ASOF, value=d["cur"]["r"], unit="percent", raw=f"{d['cur']['r']:.2f}", page=PG)
        F(debt=nm, debt_raw=nm, fy=2023, fy_raw="本年2月末", seg="current", metric="difference", basis="interim",
          as_of=ASOF, value=diff, unit="points", raw=tri(diff, "{:.2f}", TRI), page=PG)
        F(debt=nm, debt_raw=nm, fy=2023, fy_raw="決算見込", seg="current", metric="collection_rate", basis="estimate",
          value=d["est"], unit="percent", raw=f"{d['est']:.2f}", page=PG)
        F(debt=nm, debt_raw=nm, fy=2022, fy_raw="前年度決算", seg="current", metric="collection_rate", basis="actual",
          value=d["last"], unit="percent", raw=f"{d['last']:.2f}", page=PG)
        F(debt=nm, debt_raw=nm, fy=2023, fy_raw="本年2月末", seg="total", metric="delinquents", basis="interim",
          as_of=ASOF, value=d["dl"], unit="persons", raw=comma(d["dl"]), page=PG)
        F(debt=nm, debt_raw=nm, fy=2023, fy_raw="本年2月末", seg="arrears", metric="outstanding", basis="interim",
          as_of=ASOF, value=d["arr_o"] * 1000, unit="yen", raw=comma(d["arr_o"]) + "千円", page=PG)
        row += 1
    if row - start > 1:
        ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
put(ws, row + 1, 1, "注１）前年同月は令和５年２月末、本年２月末は令和６年２月末（閏年のため２月29日）現在の現年度分収納率。",
    size=8.5, al="left", border=False)
put(ws, row + 2, 1, "注２）決算見込は、２月末の収納実績に過去３年の３月・出納整理期間の収納割合を乗じて推計したもの。",
    size=8.5, al="left", border=False)
put(ws, row + 3, 1, "注３）滞納者数は現年度分・滞納繰越分のいずれかに未納のある実人数。", size=8.5, al="left", border=False)

# ================= sheet 3 (page 3) monthly =================
ws = wb.create_sheet("3")
setup(ws, widths=(12, 15, 10, 15, 10, 12))
PG = 3
put(ws, 1, 1, "３　月別収納状況（市税・現年度分、累計）", bold=True, size=11, al="left", border=False)
put(ws, 2, 6, "（単位：千円、％）", al="right", border=False)
for j, h in enumerate(["月末", "本年度", None, "前年度", None, "収納率の差"], 1):
    put(ws, 3, j, h, fill=HEAD, al="center")
ws.merge_cells("B3:C3")
ws.merge_cells("D3:E3")
ws.merge_cells("F3:F4")
ws.merge_cells("A3:A4")
for j, h in enumerate(["", "収入済額", "収納率", "収入済額", "収納率", ""], 1):
    put(ws, 4, j, h or None, fill=HEAD, al="center")
MON = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
RATE5 = [7.85, 16.42, 25.10, 34.61, 43.02, 51.88, 60.35, 68.94, 78.21, 86.05, tax["cur"]["r"], None]
RATE4 = [7.91, 16.20, 24.88, 34.20, 42.75, 51.40, 60.02, 68.51, 77.90, 85.76, 95.84, 98.31]
A5 = tax["cur"]["a"]
A4 = 8391220
row = 5
for i, m in enumerate(MON):
    put(ws, row, 1, f"{m}月末", al="center")
    y5 = 2023 if m >= 4 else 2024
    y4 = y5 - 1
    d5 = f"{y5}-{m:02d}-{calendar.monthrange(y5, m)[1]:02d}"
    d4 = f"{y4}-{m:02d}-{calendar.monthrange(y4, m)[1]:02d}"
    r5, r4 = RATE5[i], RATE4[i]
    if r5 is None:
        put(ws, row, 2, "－", al="center")
        put(ws, row, 3, "－", al="center")
        put(ws, row, 6, "－", al="center")
    else:
        c5 = tax["cur"]["c"] if m == 2 else round(A5 * r5 / 100)
        put(ws, row, 2, comma(c5))
        put(ws, row, 3, f"{r5:.2f}")
        dd = round(r5 - r4, 2)
        put(ws, row, 6, tri(dd, "{:.2f}", TRI))
        F(debt="市税", debt_raw="市税", fy=2023, fy_raw="本年度", seg="current", metric="collected", basis="interim",
          as_of=d5, value=c5 * 1000, unit="yen", raw=comma(c5), page=PG)
        F(debt="市税", debt_raw="市税", fy=2023, fy_raw="本年度", seg="current", metric="collection_rate",
          basis="interim", as_of=d5, value=r5, unit="percent", raw=f"{r5:.2f}", page=PG)
        F(debt="市税", debt_raw="市税", fy=2023, fy_raw="本年度", seg="current", metric="difference",
          basis="interim", as_of=d5, value=dd, unit="points", raw=tri(dd, "{:.2f}", TRI), page=PG)
    c4 = round(A4 * r4 / 100)
    put(ws, row, 4, comma(c4))
    put(ws, row, 5, f"{r4:.2f}")
    F(debt="市税", debt_raw="市税", fy=2022, fy_raw="前年度", seg="current", metric="collected", basis="interim",
      as_of=d4, value=c4 * 1000, unit="yen", raw=comma(c4), page=PG)
    F(debt="市税", debt_raw="市税", fy=2022, fy_raw="前年度", seg="current", metric="collection_rate",
      basis="interim", as_of=d4, value=r4, unit="percent", raw=f"{r4:.2f}", page=PG)
    row += 1
put(ws, row, 1, f"注）調定額（現年度分）は本年度 {comma(A5)}千円、前年度 {comma(A4)}千円（各年度２月末）。", size=8.5,
    al="left", border=False)
F(debt="市税", debt_raw="市税", fy=2023, fy_raw="本年度", seg="current", metric="assessed", basis="interim",
  as_of=ASOF, value=A5 * 1000, unit="yen", raw=f"{comma(A5)}千円", page=PG)
F(debt="市税", debt_raw="市税", fy=2022, fy_raw="前年度", seg="current", metric="assessed", basis="interim",
  as_of=ASOF_PREV, value=A4 * 1000, unit="yen", raw=f"{comma(A4)}千円", page=PG)
# two small tables: one in 円, one in 千円
row += 2
put(ws, row, 1, "（参考）市営住宅使用料・下水道使用料の収納状況（令和６年２月末）", bold=True, size=10, al="left", border=False)
row += 1
JT = {"cur": (231450318, 210870216), "arr": (48760455, 6110020)}
GE = {"cur": (1326450, 1270980), "arr": (24310, 8940)}
for nm, data, unit, mult in (("市営住宅使用料", JT, "円", 1), ("下水道使用料", GE, "千円", 1000)):
    put(ws, row, 1, nm, bold=True, al="left", border=False)
    row += 1
    for j, h in enumerate(["区分", f"調定額（{unit}）", f"収入済額（{unit}）", "収納率（％）"], 1):
        put(ws, row, [1, 2, 4, 6][j - 1], h, fill=HEAD, al="center")
    put(ws, row, 3, None, fill=HEAD)
    put(ws, row, 5, None, fill=HEAD)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
    row += 1
    for lab, k, seg in (("現年度分", "cur", "current"), ("滞納繰越分", "arr", "arrears"), ("計", "tot", "total")):
        vals = (data["cur"][0] + data["arr"][0], data["cur"][1] + data["arr"][1]) if k == "tot" else data[k]
        rr = rate(vals[1], vals[0])
        put(ws, row, 1, lab, al="left")
        put(ws, row, 2, comma(vals[0]))
        put(ws, row, 3, None)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        put(ws, row, 4, comma(vals[1]))
        put(ws, row, 5, None)
        ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
        put(ws, row, 6, f"{rr:.2f}")
        F(debt=nm, debt_raw=nm, fy=2023, fy_raw="令和６年２月末", seg=seg, metric="assessed", basis="interim",
          as_of=ASOF, value=vals[0] * mult, unit="yen", raw=comma(vals[0]), page=PG)
        F(debt=nm, debt_raw=nm, fy=2023, fy_raw="令和６年２月末", seg=seg, metric="collected", basis="interim",
          as_of=ASOF, value=vals[1] * mult, unit="yen", raw=comma(vals[1]), page=PG)
        F(debt=nm, debt_raw=nm, fy=2023, fy_raw="令和６年２月末", seg=seg, metric="collection_rate",
          basis="interim", as_of=ASOF, value=rr, unit="percent", raw=f"{rr:.2f}", page=PG)
        row += 1
    row += 1

# ================= sheet 4 (pages 4-5) : 行政局別 =================
ws = wb.create_sheet("4")
setup(ws, widths=(16, 16, 15, 15, 10, 10, 10))
PG = 4
row = 1
put(ws, row, 1, "４　年度末に向けた取組", bold=True, size=11, al="left", border=False)
row += 1
dt = round(tax["cur"]["r"] - tax["prev"], 2)
kk = BY["国民健康保険税"]
dk = round(kk["cur"]["r"] - kk["prev"], 2)
prose = [
    f"　市税の現年度分収納率は、２月末時点で{tax['cur']['r']:.2f}％となり、前年同月比{dt:.2f}ポイント上昇した。"
    f"年度末の決算見込は{tax['est']:.2f}％で、前年度決算（{tax['last']:.2f}％）をやや下回る見込みである。",
    f"　国民健康保険税は{kk['cur']['r']:.2f}％で前年同月を{abs(dk):.2f}ポイント下回っており、３月の滞納整理強化月間に"
    "重点的に取り組む。",
]
for t in prose:
    put(ws, row, 1, t, size=9.5, al="left", border=False, wrap=True, valign="top")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
    ws.row_dimensions[row].height = 40
    row += 1
F(debt="市税", debt_raw="市税", fy=2023, fy_raw="２月末時点", seg="current", metric="collection_rate",
  basis="interim", as_of=ASOF, value=tax["cur"]["r"], unit="percent", raw=f"{tax['cur']['r']:.2f}％", page=PG)
F(debt="市税", debt_raw="市税", fy=2023, fy_raw="２月末時点", seg="current", metric="difference",
  basis="interim", as_of=ASOF, value=dt, unit="points", raw=f"{dt:.2f}ポイント", page=PG)
F(debt="市税", debt_raw="市税", fy=2023, fy_raw="決算見込", seg="current", metric="collection_rate",
  basis="estimate", value=tax["est"], unit="percent", raw=f"{tax['est']:.2f}％", page=PG)
F(debt="市税", debt_raw="市税", fy=2022, fy_raw="前年度決算", seg="current", metric="collection_rate",
  basis="actual", value=tax["last"], unit="percent", raw=f"{tax['last']:.2f}％", page=PG)
F(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw="２月末時点", seg="current",
  metric="collection_rate", basis="interim", as_of=ASOF, value=kk["cur"]["r"], unit="percent",
  raw=f"{kk['cur']['r']:.2f}％", page=PG)
F(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw="２月末時点", seg="current",
  metric="difference", basis="interim", as_of=ASOF, value=dk, unit="points", raw=f"{abs(dk):.2f}ポイント", page=PG)
ACT = [("(1)", "市税", [("ア", "３月を滞納整理強化月間とし、納税課全職員による夜間・休日の臨戸訪問を実施する。", "継続"),
                      ("イ", "預貯金調査の電子化（オンライン照会）を活用し、差押えまでの期間を短縮する。", "新規")]),
       ("(2)", "国民健康保険税", [("ア", "納税課と保険課の合同催告により、２年以上の滞納世帯の分納誓約を見直す。", "拡充"),
                          ("イ", "資格喪失世帯への文書催告を月次で実施する。", "継続")]),
       ("(3)", "市営住宅使用料", [("ア", "退去予定者との面談時に滞納額の一括納付又は分納計画を求める。", None)])]
for lab, debt, items in ACT:
    put(ws, row, 1, f"{lab}　{debt}", bold=True, al="left", border=False)
    row += 1
    for sl, t, stt in items:
        put(ws, row, 1, f"　{sl}　{t}" + (f"【{stt}】" if stt else ""), al="left", border=False, wrap=True, valign="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.row_dimensions[row].height = 26
        g.init(debt=debt, fy=2023, section="年度末に向けた取組", label=f"{lab}{sl}", text=t, status=stt, page=PG)
        row += 1
row += 1
box = ["【参考】令和４年度決算の状況（現年度分）",
       f"・市税　収納率：{tax['last']:.2f}％",
       f"・国民健康保険税　収納率：{kk['last']:.2f}％",
       "・市税　収入未済額（滞納繰越分を含む）：305,118千円"]
F(debt="市税", debt_raw="市税", fy=2022, fy_raw="令和４年度決算", seg="current", metric="collection_rate",
  basis="actual", value=tax["last"], unit="percent", raw=f"{tax['last']:.2f}％", page=PG)
F(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2022, fy_raw="令和４年度決算", seg="current",
  metric="collection_rate", basis="actual", value=kk["last"], unit="percent", raw=f"{kk['last']:.2f}％", page=PG)
F(debt="市税", debt_raw="市税", fy=2022, fy_raw="令和４年度決算", seg="total", metric="outstanding",
  basis="actual", value=305118000, unit="yen", raw="305,118千円", page=PG)
put(ws, row, 1, "\n".join(box), al="left", wrap=True, valign="top")
ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
for cc in range(2, 6):
    ws.cell(row=row, column=cc).border = BOX
ws.row_dimensions[row].height = 62
row += 2
put(ws, row, 1, "５　行政局別の収納状況（現年度分、令和６年２月末現在）", bold=True, size=11, al="left", border=False)
put(ws, row + 1, 7, "（単位：千円、％、人）", al="right", border=False)
HR = row + 2
for j, h in enumerate(["区域", "債権", "調定額", "収入済額", "収納率", "前年同月", "滞納者数"], 1):
    put(ws, HR, j, h, fill=HEAD, al="center")
ws.print_title_rows = f"{HR}:{HR}"
AREAS = [("本庁", 0.742), ("龍神行政局", 0.046), ("中辺路行政局", 0.061), ("大塔行政局", 0.052), ("本宮行政局", 0.099)]
AREA_RATE = {"市税": [96.31, 95.42, 95.88, 95.20, 95.60], "国民健康保険税": [84.90, 83.71, 84.66, 85.12, 83.95]}
AREA_PREV = {"市税": [96.02, 95.30, 95.40, 95.31, 95.22], "国民健康保険税": [85.10, 84.02, 84.31, 85.40, 84.28]}
AREA_DL = {"市税": [1410, 88, 112, 79, 173], "国民健康保険税": [1652, 101, 139, 96, 227]}
row = HR + 1
for ai, (area, share) in enumerate(AREAS):
    for nm, short in (("市税", "市税"), ("国民健康保険税", "国保税")):
        d = BY[nm]
        if ai < len(AREAS) - 1:
            a = round(d["cur"]["a"] * share)
        else:
            a = d["cur"]["a"] - sum(round(d["cur"]["a"] * s) for _, s in AREAS[:-1])
        rr = AREA_RATE[nm][ai]
        c = round(a * rr / 100)
        rr = rate(c, a)
        pv = AREA_PREV[nm][ai]
        dl = AREA_DL[nm][ai]
        pg = PG if ai < 3 else PG + 1
        for j, v in enumerate([area, short, comma(a), comma(c), f"{rr:.2f}", f"{pv:.2f}", comma(dl)], 1):
            put(ws, row, j, v, al="left" if j <= 2 else "right")
        F(debt=nm, debt_raw=short, fy=2023, fy_raw="令和６年２月末", seg="current", metric="assessed",
          basis="interim", as_of=ASOF, value=a * 1000, unit="yen", raw=comma(a), page=pg, area=area)
        F(debt=nm, debt_raw=short, fy=2023, fy_raw="令和６年２月末", seg="current", metric="collected",
          basis="interim", as_of=ASOF, value=c * 1000, unit="yen", raw=comma(c), page=pg, area=area)
        F(debt=nm, debt_raw=short, fy=2023, fy_raw="令和６年２月末", seg="current", metric="collection_rate",
          basis="interim", as_of=ASOF, value=rr, unit="percent", raw=f"{rr:.2f}", page=pg, area=area)
        F(debt=nm, debt_raw=short, fy=2022, fy_raw="前年同月", seg="current", metric="collection_rate",
          basis="interim", as_of=ASOF_PREV, value=pv, unit="percent", raw=f"{pv:.2f}", page=pg, area=area)
        F(debt=nm, debt_raw=short, fy=2023, fy_raw="令和６年２月末", seg="total", metric="delinquents",
          basis="interim", as_of=ASOF, value=dl, unit="persons", raw=comma(dl), page=pg, area=area)
        row += 1
    if ai == 2:
        ws.row_breaks.append(Break(id=row - 1))
# 市全体 rows
for nm, short in (("市税", "市税"), ("国民健康保険税", "国保税")):
    d = BY[nm]
    vals = ["市全体", short, comma(d["cur"]["a"]), comma(d["cur"]["c"]), f"{d['cur']['r']:.2f}", f"{d['prev']:.2f}",
            comma(sum(AREA_DL[nm]))]
    for j, v in enumerate(vals, 1):
        put(ws, row, j, v, al="left" if j <= 2 else "right", fill=TOTF)
    for m, v, raw, u in (("assessed", d["cur"]["a"] * 1000, comma(d["cur"]["a"]), "yen"),
                         ("collected", d["cur"]["c"] * 1000, comma(d["cur"]["c"]), "yen"),
                         ("collection_rate", d["cur"]["r"], f"{d['cur']['r']:.2f}", "percent")):
        F(debt=nm, debt_raw=short, fy=2023, fy_raw="令和６年２月末", seg="current", metric=m, basis="interim",
          as_of=ASOF, value=v, unit=u, raw=raw, page=PG + 1)
    F(debt=nm, debt_raw=short, fy=2022, fy_raw="前年同月", seg="current", metric="collection_rate", basis="interim",
      as_of=ASOF_PREV, value=d["prev"], unit="percent", raw=f"{d['prev']:.2f}", page=PG + 1)
    F(debt=nm, debt_raw=short, fy=2023, fy_raw="令和６年２月末", seg="total", metric="delinquents", basis="interim",
      as_of=ASOF, value=sum(AREA_DL[nm]), unit="persons", raw=comma(sum(AREA_DL[nm])), page=PG + 1)
    row += 1

xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(xlsx)], check=True,
               capture_output=True)
pdf = PDF_DIR / f"{STEM}.pdf"
pdf.write_bytes((WORK / f"{STEM}.pdf").read_bytes())
g.write(pdf)
