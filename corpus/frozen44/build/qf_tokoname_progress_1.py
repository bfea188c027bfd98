"""qf_tokoname_progress_1: 収納対策の取組状況（令和６年２月末現在）, openpyxl -> LibreOffice.
Run from corpus/frozen44:  python3 build/qf_tokoname_progress_1.py
"""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qf_common import Gold, WORK, SET_DIR, rate, soffice_pdf  # noqa: E402

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break, RowBreak

STEM = "qf_tokoname_progress_1"
CITY = "常滑市"
TITLE = "令和５年度 収納対策の取組状況（令和６年２月末現在）"
g = Gold(STEM, "progress_report", "shinchoku", CITY, TITLE, "2024-03-22", "令和６年３月２２日")
AS, ASP = "2024-02-29", "2023-02-28"
FONT = "IPAexゴシック"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEADF = PatternFill("solid", fgColor="D9E2F3")
PANELF = PatternFill("solid", fgColor="F2F2F2")


def st(c, v, size=9, bold=False, h="center", fill=None, border=True, wrap=True, v_="center"):
    if v is not None:
        c.value = v
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if fill:
        c.fill = fill
    if border:
        c.border = BOX
    return c


def boxrange(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def setup(ws, landscape=False, widths=()):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.sheet_view.showGridLines = False


def F(page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, as_of=None, area=None, debt_raw=None):
    g.facts.append(None)
    g.facts.pop()
    return g.fact(page, debt, debt_raw if debt_raw is not None else debt, fy, fy_raw, seg, metric, basis, value, unit,
                  raw, approx=approx, as_of=as_of, area=area)


# ------------------------------------------------------------------ data (千円)
# debt: (short label, cur A, cur C, prev cur rate, arr A, arr C, prev arr rate, prev total rate)
DEBTS = [
    ("市税", "市税", 9_215_406, 8_713_118, 94.12, 512_330, 98_214, 18.40, 89.95),
    ("国民健康保険税", "国民健康保険税", 1_602_118, 1_253_604, 77.85, 402_775, 71_066, 16.92, 65.03),
    ("介護保険料", "介護保険料", 1_312_440, 1_241_118, 94.30, 38_210, 5_902, 14.75, 92.11),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 702_310, 668_204, 95.02, 6_880, 2_611, 36.40, 94.48),
    ("保育料", "保育料", 96_402, 88_913, 92.11, 12_805, 2_440, 17.36, 81.92),
    ("市営住宅使用料", "市営住宅使用料", 88_120, 79_406, 89.77, 21_306, 3_312, 14.05, 75.04),
]
wb = Workbook()

# ================================================================== sheet 1 (page 1): 概要
P = 1
ws = wb.active
ws.title = "概要"
setup(ws, widths=(14, 13, 13, 13, 13, 13, 13))
st(ws["G1"], "令和６年３月２２日", 9, h="right", border=False)
st(ws["G2"], "常滑市 総務部税務課", 9, h="right", border=False)
ws.merge_cells("A4:G4")
st(ws["A4"], TITLE, 14, True, border=False)
ws.row_dimensions[4].height = 26
st(ws["A6"], "１　収納状況の概要（令和６年２月末現在）", 11, True, h="left", border=False, wrap=False)
# panels
cur_r = rate(DEBTS[0][3], DEBTS[0][2])
d_cur = round(cur_r - DEBTS[0][4], 2)
outst = sum(d[2] - d[3] + d[5] - d[6] for d in DEBTS)  # 千円, interim
out_oku = round(outst / 100_000, 1)
kr = rate(DEBTS[1][3], DEBTS[1][2])
panels = [("A", "B", "市税収納率（現年課税分）", "令和６年２月末",
           F(P, "市税", 2023, "令和６年２月末", "current", "collection_rate", "interim", cur_r, "percent", f"{cur_r:.2f}％", as_of=AS),
           "前年同月比＋" + F(P, "市税", 2023, "令和６年２月末", "current", "difference", "interim", d_cur, "points", f"{d_cur:.2f}ポイント", as_of=AS)),
          ("D", "E", "国民健康保険税収納率（現年課税分）", "令和６年２月末",
           F(P, "国民健康保険税", 2023, "令和６年２月末", "current", "collection_rate", "interim", kr, "percent", f"{kr:.2f}％", as_of=AS),
           "前年同月 " + F(P, "国民健康保険税", 2022, "前年同月", "current", "collection_rate", "interim", 77.85, "percent", "77.85％", as_of=ASP)),
          ("F", "G", "収入未済額（主要６債権）", "令和６年２月末",
           F(P, None, 2023, "令和６年２月末", "total", "outstanding", "interim", round(out_oku * 100_000_000), "yen", f"約{out_oku}億円", True, as_of=AS, debt_raw="主要６債権"),
           "（現年分・滞納繰越分の計）")]
for a, b, lab, yr, val, sub in panels:
    ws.merge_cells(f"{a}8:{b}8"); ws.merge_cells(f"{a}9:{b}9"); ws.merge_cells(f"{a}10:{b}10"); ws.merge_cells(f"{a}11:{b}11")
    st(ws[f"{a}8"], lab, 9, True, fill=PANELF, border=False)
    st(ws[f"{a}9"], yr, 8.5, fill=PANELF, border=False)
    st(ws[f"{a}10"], val, 16, True, fill=PANELF, border=False)
    st(ws[f"{a}11"], sub, 8.5, fill=PANELF, border=False)
    boxrange(ws, f"{a}8:{b}11")
ws.row_dimensions[10].height = 28
ws.row_dimensions[8].height = 24
st(ws["A13"], "２　年度末の収納率見込み（決算見込）", 11, True, h="left", border=False, wrap=False)
st(ws["G14"], "（単位：％）", 8.5, h="right", border=False)
hdr = ["債権名", "区分", "令和４年度\n決算", "令和５年度\n目標", "令和５年度\n決算見込", "見込－目標", "見込－前年度"]
for i, h in enumerate(hdr):
    st(ws.cell(15, i + 1), h, 9, True, fill=HEADF)
ws.row_dimensions[15].height = 28
EST = {  # debt: [(seg, R4 actual, R5 target, R5 estimate)]
    "市税": [("current", 98.92, 99.00, 99.05), ("arrears", 24.10, 25.00, 25.40)],
    "国民健康保険税": [("current", 92.88, 93.20, 93.10), ("arrears", 21.05, 22.00, 22.35)],
    "介護保険料": [("current", 99.02, 99.10, 99.12), ("arrears", 19.80, 20.00, 19.55)],
    "後期高齢者医療保険料": [("current", 99.51, 99.55, 99.58), ("arrears", 48.20, 50.00, 51.10)],
}
r = 16
SEGL = {"current": "現年分", "arrears": "滞繰分"}
for debt, lst in EST.items():
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    st(ws.cell(r, 1), debt, 9, h="left")
    for j, (sg, a4, t5, e5) in enumerate(lst):
        rr = r + j
        st(ws.cell(rr, 2), SEGL[sg], 9)
        st(ws.cell(rr, 3), F(P, debt, 2022, "令和４年度", sg, "collection_rate", "actual", a4, "percent", f"{a4:.2f}"), 9, h="right")
        st(ws.cell(rr, 4), F(P, debt, 2023, "令和５年度", sg, "collection_rate", "target", t5, "percent", f"{t5:.2f}"), 9, h="right")
        st(ws.cell(rr, 5), F(P, debt, 2023, "令和５年度", sg, "collection_rate", "estimate", e5, "percent", f"{e5:.2f}"), 9, h="right")
        d1, d2 = round(e5 - t5, 2), round(e5 - a4, 2)
        st(ws.cell(rr, 6), F(P, debt, 2023, "令和５年度", sg, "difference", "estimate", d1, "points", ("▲" if d1 < 0 else "") + f"{abs(d1):.2f}"), 9, h="right")
        st(ws.cell(rr, 7), F(P, debt, 2023, "令和５年度", sg, "difference", "estimate", d2, "points", ("▲" if d2 < 0 else "") + f"{abs(d2):.2f}"), 9, h="right")
    ws.cell(r, 1).border = BOX
    ws.cell(r + 1, 1).border = BOX
    r += 2
st(ws.cell(r, 1), "※ 決算見込は、令和６年２月末の収納実績に前年度３月の収納額を加味して推計したもの。", 8, h="left", border=False, wrap=False)
r += 2
st(ws.cell(r, 1), "３　概況", 11, True, h="left", border=False, wrap=False)
r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r + 3, end_column=7)
txt = ("市税の現年課税分は、２月末で前年同月を上回って推移しており、年度末には目標の99.00％を上回る見込みである。"
       "国民健康保険税は、被保険者の減少により調定額が減少する中、現年課税分の収納率は前年同月を上回っているが、"
       "目標には僅かに届かない見込みであり、３月の催告強化月間で未納者への接触を強める。")
st(ws.cell(r, 1), txt, 9.5, h="left", border=False, v_="top")
for k_ in range(4):
    ws.row_dimensions[r + k_].height = 18
# the 99.00％ in prose is the target already stated in the table (same page): a fact too
F(P, "市税", 2023, "令和５年度", "current", "collection_rate", "target", 99.00, "percent", "99.00％")

# ================================================================== sheet 2 (page 2): landscape wide table
P = 2
ws = wb.create_sheet("主要債権")
setup(ws, landscape=True, widths=[15] + [9.2] * 12)
st(ws["A1"], "４　主要債権の収納状況（令和６年２月末現在）", 11, True, h="left", border=False, wrap=False)
st(ws["M1"], "前年同月：令和５年２月末", 8.5, h="right", border=False, wrap=False)
ws.merge_cells("A3:A4")
st(ws["A3"], "債権名", 9, True, fill=HEADF)
groups = [("現年度分", 2), ("滞納繰越分", 6), ("計", 10)]
sub = ["調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）", "前年同月\n（％）"]
for lab, col in groups:
    ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 3)
    st(ws.cell(3, col), lab, 9, True, fill=HEADF)
    for i in range(4):
        st(ws.cell(3, col + i), lab if i == 0 else None, 9, True, fill=HEADF)
        st(ws.cell(4, col + i), sub[i], 8.5, True, fill=HEADF)
ws.row_dimensions[4].height = 30
r = 5
TA = TC = 0
for short, debt, ca, cc, pc, aa, ac, pa, pt in DEBTS:
    st(ws.cell(r, 1), short, 9, h="left")
    for (sg, A, C, pr), col in zip((("current", ca, cc, pc), ("arrears", aa, ac, pa), ("total", ca + aa, cc + ac, pt)), (2, 6, 10)):
        rt = rate(C, A)
        st(ws.cell(r, col), F(P, debt, 2023, "令和６年２月末", sg, "assessed", "interim", A * 1000, "yen", f"{A:,}", as_of=AS), 9, h="right")
        st(ws.cell(r, col + 1), F(P, debt, 2023, "令和６年２月末", sg, "collected", "interim", C * 1000, "yen", f"{C:,}", as_of=AS), 9, h="right")
        st(ws.cell(r, col + 2), F(P, debt, 2023, "令和６年２月末", sg, "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=AS), 9, h="right")
        st(ws.cell(r, col + 3), F(P, debt, 2022, "前年同月", sg, "collection_rate", "interim", pr, "percent", f"{pr:.2f}", as_of=ASP), 9, h="right")
    TA += ca + aa; TC += cc + ac
    r += 1
st(ws.cell(r, 1), "合　計", 9, True)
for col in range(2, 10):
    st(ws.cell(r, col), "", 9, fill=PANELF)
trt = rate(TC, TA)
st(ws.cell(r, 10), F(P, None, 2023, "令和６年２月末", "total", "assessed", "interim", TA * 1000, "yen", f"{TA:,}", as_of=AS, debt_raw="合計"), 9, True, h="right")
st(ws.cell(r, 11), F(P, None, 2023, "令和６年２月末", "total", "collected", "interim", TC * 1000, "yen", f"{TC:,}", as_of=AS, debt_raw="合計"), 9, True, h="right")
st(ws.cell(r, 12), F(P, None, 2023, "令和６年２月末", "total", "collection_rate", "interim", trt, "percent", f"{trt:.2f}", as_of=AS, debt_raw="合計"), 9, True, h="right")
st(ws.cell(r, 13), F(P, None, 2022, "前年同月", "total", "collection_rate", "interim", 86.64, "percent", "86.64", as_of=ASP, debt_raw="合計"), 9, True, h="right")
r += 1
st(ws.cell(r, 1), "※ 調定額は令和６年２月末現在の累計。国民健康保険税は一般被保険者分と退職被保険者等分の合計。", 8, h="left", border=False, wrap=False)
r += 1
st(ws.cell(r, 1), "出典：財務会計システム収入状況（令和６年２月末日締め）", 8, h="left", border=False, wrap=False)
for rr in range(5, r - 1):
    ws.row_dimensions[rr].height = 20

# ================================================================== sheet 3 (page 3): monthly + district
P = 3
ws = wb.create_sheet("月別・地区別")
setup(ws, widths=(12, 14, 11, 14, 11, 12, 2))
st(ws["A1"], "５　市税（現年課税分）月別収納状況", 11, True, h="left", border=False, wrap=False)
st(ws["A2"], "本年度：令和５年度　前年度：令和４年度（いずれも各月末の累計）", 8.5, h="left", border=False, wrap=False)
ws.merge_cells("A3:A4")
st(ws["A3"], "月　末", 9, True, fill=HEADF)
for col, lab in ((2, "前年度"), (4, "本年度")):
    ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
    st(ws.cell(3, col), lab, 9, True, fill=HEADF); st(ws.cell(3, col + 1), None, 9, fill=HEADF)
    st(ws.cell(4, col), "収入済額（千円）", 8.5, True, fill=HEADF)
    st(ws.cell(4, col + 1), "収納率（％）", 8.5, True, fill=HEADF)
ws.merge_cells("F3:F4")
st(ws["F3"], "差\n（ポイント）", 8.5, True, fill=HEADF)
A_prev, A_cur = 9_102_770, DEBTS[0][2]
months = [(4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31), (11, 30), (12, 31), (1, 31), (2, None), (3, 31)]
prev_rates = [7.88, 21.95, 34.62, 47.51, 54.90, 60.66, 68.02, 73.81, 82.61, 88.20, 94.12, 98.70]
cur_rates = [8.12, 22.40, 35.08, 47.93, 55.31, 61.02, 68.44, 74.21, 83.02, 88.61, None, None]
r = 5
for i, (m, last) in enumerate(months):
    cy = 2023 if m >= 4 else 2024
    py = cy - 1
    pl = last or 28
    cl = last or 29
    as_c = f"{cy:04d}-{m:02d}-{cl:02d}"
    as_p = f"{py:04d}-{m:02d}-{pl:02d}"
    st(ws.cell(r, 1), f"{m}月末", 9)
    pcol = round(A_prev * prev_rates[i] / 100)
    prt = rate(pcol, A_prev)
    st(ws.cell(r, 2), F(P, "市税", 2022, "前年度", "current", "collected", "interim", pcol * 1000, "yen", f"{pcol:,}", as_of=as_p), 9, h="right")
    st(ws.cell(r, 3), F(P, "市税", 2022, "前年度", "current", "collection_rate", "interim", prt, "percent", f"{prt:.2f}", as_of=as_p), 9, h="right")
    if m == 3:
        st(ws.cell(r, 4), "－", 9); st(ws.cell(r, 5), "－", 9); st(ws.cell(r, 6), "－", 9)
    else:
        if m == 2:
            ccol = DEBTS[0][3]
        else:
            ccol = round(A_cur * cur_rates[i] / 100)
        crt = rate(ccol, A_cur)
        st(ws.cell(r, 4), F(P, "市税", 2023, "本年度", "current", "collected", "interim", ccol * 1000, "yen", f"{ccol:,}", as_of=as_c), 9, h="right")
        st(ws.cell(r, 5), F(P, "市税", 2023, "本年度", "current", "collection_rate", "interim", crt, "percent", f"{crt:.2f}", as_of=as_c), 9, h="right")
        dd = round(crt - prt, 2)
        st(ws.cell(r, 6), F(P, "市税", 2023, "本年度", "current", "difference", "interim", dd, "points", ("△" if dd < 0 else "") + f"{abs(dd):.2f}", as_of=as_c), 9, h="right")
    if i % 2:
        for col in range(1, 7):
            ws.cell(r, col).fill = PatternFill("solid", fgColor="F5F5F5")
    r += 1
st(ws.cell(r, 1), f"※ 調定額（現年課税分）　前年度 {A_prev:,}千円（令和５年３月末）、本年度 {A_cur:,}千円（令和６年２月末）", 8, h="left", border=False, wrap=False)
F(P, "市税", 2022, "前年度", "current", "assessed", "interim", A_prev * 1000, "yen", f"{A_prev:,}千円", as_of="2023-03-31")
F(P, "市税", 2023, "本年度", "current", "assessed", "interim", A_cur * 1000, "yen", f"{A_cur:,}千円", as_of=AS)
r += 2
st(ws.cell(r, 1), "６　地区別 市税（現年課税分）収納状況（令和６年２月末）", 11, True, h="left", border=False, wrap=False)
r += 1
for i, h in enumerate(["地　区", "調定額（千円）", "収入済額（千円）", "収納率（％）", "前年同月（％）", "差（ポイント）"]):
    st(ws.cell(r, i + 1), h, 8.5, True, fill=HEADF)
r += 1
areas = [("常滑地区", 0.318, 94.70, 94.31), ("鬼崎地区", 0.214, 94.92, 94.40), ("西浦地区", 0.176, 94.35, 93.98),
         ("南陵地区", 0.102, 93.88, 93.62), ("青海地区", 0.131, 94.21, 93.70), ("小鈴谷地区", None, 94.18, 93.55)]
remA, remC = A_cur, DEBTS[0][3]
for name, share, rt_, pr in areas:
    if share is None:
        A, C = remA, remC
    else:
        A = round(A_cur * share); C = round(A * rt_ / 100)
        remA -= A; remC -= C
    rt2 = rate(C, A)
    dd = round(rt2 - pr, 2)
    st(ws.cell(r, 1), name, 9)
    st(ws.cell(r, 2), F(P, "市税", 2023, "令和６年２月末", "current", "assessed", "interim", A * 1000, "yen", f"{A:,}", as_of=AS, area=name), 9, h="right")
    st(ws.cell(r, 3), F(P, "市税", 2023, "令和６年２月末", "current", "collected", "interim", C * 1000, "yen", f"{C:,}", as_of=AS, area=name), 9, h="right")
    st(ws.cell(r, 4), F(P, "市税", 2023, "令和６年２月末", "current", "collection_rate", "interim", rt2, "percent", f"{rt2:.2f}", as_of=AS, area=name), 9, h="right")
    st(ws.cell(r, 5), F(P, "市税", 2022, "前年同月", "current", "collection_rate", "interim", pr, "percent", f"{pr:.2f}", as_of=ASP, area=name), 9, h="right")
    st(ws.cell(r, 6), F(P, "市税", 2023, "令和６年２月末", "current", "difference", "interim", dd, "points", ("△" if dd < 0 else "") + f"{abs(dd):.2f}", as_of=AS, area=name), 9, h="right")
    r += 1
st(ws.cell(r, 1), "計", 9, True)
cr_ = rate(DEBTS[0][3], A_cur)
st(ws.cell(r, 2), f"{A_cur:,}", 9, True, h="right")
st(ws.cell(r, 3), f"{DEBTS[0][3]:,}", 9, True, h="right")
st(ws.cell(r, 4), f"{cr_:.2f}", 9, True, h="right")
st(ws.cell(r, 5), "94.12", 9, True, h="right")
st(ws.cell(r, 6), f"{cr_ - 94.12:.2f}", 9, True, h="right")
# the 計 row repeats the city-wide figures of this page's monthly table (2月末 row) - facts too
F(P, "市税", 2023, "令和６年２月末", "current", "assessed", "interim", A_cur * 1000, "yen", f"{A_cur:,}", as_of=AS)
F(P, "市税", 2023, "令和６年２月末", "current", "collected", "interim", DEBTS[0][3] * 1000, "yen", f"{DEBTS[0][3]:,}", as_of=AS)
F(P, "市税", 2023, "令和６年２月末", "current", "collection_rate", "interim", cr_, "percent", f"{cr_:.2f}", as_of=AS)
F(P, "市税", 2022, "前年同月", "current", "collection_rate", "interim", 94.12, "percent", "94.12", as_of=ASP)
F(P, "市税", 2023, "令和６年２月末", "current", "difference", "interim", round(cr_ - 94.12, 2), "points", f"{cr_ - 94.12:.2f}", as_of=AS)
r += 1
st(ws.cell(r, 1), "※ 地区は納税義務者の住所地による。法人市民税は常滑地区に含む。", 8, h="left", border=False, wrap=False)

# ================================================================== sheet 4 (page 4): 取組状況
ws = wb.create_sheet("取組状況")
setup(ws, widths=(12, 11, 7.5, 7.5, 7.5, 42))
st(ws["A1"], "７　債権別の取組状況（令和６年２月末までの実施状況）", 11, True, h="left", border=False, wrap=False)
HDR = ["債権名", "所管課", "２月末\n収納率", "前年\n同月", "決算\n見込", "主な取組"]
for i, h in enumerate(HDR):
    st(ws.cell(3, i + 1), h, 9, True, fill=HEADF)
ws.row_dimensions[3].height = 28
ws.print_title_rows = "3:3"
st(ws["F2"], "（収納率の単位：％、現年分・滞納繰越分の計）", 8, h="right", border=False, wrap=False)
SECI = "主な取組（令和６年２月末までの実施状況）"
PROG = [
    ("市税", "税務課", [("口座振替の新規申込みを窓口及びWEBで受け付け、２月末までに1,204件の申込みがあった。", "継続"),
                     ("滞納繰越分の高額案件について、預貯金・給与等の差押えを実施した。", "継続"),
                     ("２月に夜間・休日の納付相談窓口を開設した。", "拡充")], 4),
    ("国民健康保険税", "保険年金課", [("資格喪失者に対する納付勧奨通知を毎月送付した。", "継続"),
                              ("税務課と合同で財産調査を行い、滞納処分を執行した。", "継続"),
                              ("短期被保険者証の更新時に納付相談を実施した。", "継続")], 4),
    ("介護保険料", "高齢介護課", [("普通徴収の未納者へ文書及び電話による催告を行った。", "継続"),
                            ("給付制限の対象となる見込みの者に事前通知を送付した。", "新規")], 4),
    ("後期高齢者医療保険料", "保険年金課", [("納付書送付時に口座振替依頼書を同封した。", "継続"),
                                  ("滞納者に対し、臨戸訪問による納付指導を行った。", "継続")], 4),
    ("保育料", "子ども・子育て支援課", [("児童手当からの特別徴収を保護者に案内した。", "継続"),
                               ("退園者の滞納分について、分納誓約の履行状況を毎月確認した。", "継続")], 4),
    ("市営住宅使用料", "都市計画課", [("３か月以上の滞納者の連帯保証人へ納付を要請した。", "継続"),
                               ("長期滞納者１名について明渡し請求訴訟を提起した。", "新規")], 4),
    ("下水道使用料", "下水道課", [("上水道料金と一体的な督促・催告を行った。", "継続"),
                           ("給水停止予告と連動した納付指導を行った。", "拡充")], 4),
    ("水道料金", "水道課", [("給水停止予告通知を送付し、納付がない場合は給水停止を執行した。", "継続"),
                        ("スマートフォン決済による納付の利用を周知した。", "新規")], 4),
]
RATES = {"市税": (None, 89.95, 90.40), "国民健康保険税": (None, 65.03, 66.70), "介護保険料": (None, 92.11, 93.05),
         "後期高齢者医療保険料": (None, 94.48, 98.95), "保育料": (None, 81.92, 86.30), "市営住宅使用料": (None, 75.04, 77.80),
         "下水道使用料": (93.41, 93.02, 97.60), "水道料金": (94.05, 93.88, 98.10)}
r = 4
maru = "①②③④⑤"
for debt, dept, its, page in PROG:
    cur, prev, est = RATES[debt]
    if cur is None:
        d = [x for x in DEBTS if x[1] == debt][0]
        cur = rate(d[3] + d[6], d[2] + d[5])
    st(ws.cell(r, 1), debt, 9, h="left", v_="top")
    st(ws.cell(r, 2), dept, 8.5, h="left", v_="top")
    st(ws.cell(r, 3), F(page, debt, 2023, "２月末", "total", "collection_rate", "interim", cur, "percent", f"{cur:.2f}", as_of=AS), 9, h="right", v_="top")
    st(ws.cell(r, 4), F(page, debt, 2022, "前年同月", "total", "collection_rate", "interim", prev, "percent", f"{prev:.2f}", as_of=ASP), 9, h="right", v_="top")
    st(ws.cell(r, 5), F(page, debt, 2023, "決算見込", "total", "collection_rate", "estimate", est, "percent", f"{est:.2f}"), 9, h="right", v_="top")
    lines = []
    for j, (txt, stt) in enumerate(its):
        lines.append(f"{maru[j]}{txt}【{stt}】")
        g.init(page, debt, 2023, SECI, maru[j], txt, stt)
    st(ws.cell(r, 6), "\n".join(lines), 9.5, h="left", v_="top")
    ws.row_dimensions[r].height = 12 * sum(-(-len(l) // 23) for l in lines) + 8
    r += 1
st(ws.cell(r, 1), "※ 決算見込は令和５年度末の見込み。下水道使用料及び水道料金は、調定月ベースの収納率。", 8, h="left", border=False, wrap=False)
ws.print_area = f"A1:F{r}"

xp = WORK / f"{STEM}.xlsx"
wb.save(xp)
pdf = soffice_pdf(xp)
out = SET_DIR / "pdf" / f"{STEM}.pdf"
shutil.copy(pdf, out)
g.write(out)
