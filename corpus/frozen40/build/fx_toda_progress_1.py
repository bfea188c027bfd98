"""戸田市 債権収納対策の進捗状況（2月末現在） — openpyxl -> LibreOffice. Run from corpus/frozen40."""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402

from fx_common import Gold, PDF_DIR, WORK, rate, fr, c, soffice_pdf  # noqa: E402

STEM = "fx_toda_progress_1"
g = Gold(STEM, "progress_report", "shinchoku", "戸田市", "令和５年度 債権収納対策の進捗状況（令和６年２月末現在）",
         "2024-03-15", "令和6年3月15日")
K = 1000
FY, PFY = 2023, 2022
AS1, AS0 = "2024-02-29", "2023-02-28"

FN = "IPAexGothic"
thin = Side(style="thin", color="000000")
ALL = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = PatternFill("solid", fgColor="D9E1F2")
ZFILL = PatternFill("solid", fgColor="F2F2F2")
SFILL = PatternFill("solid", fgColor="FFF2CC")
NUM = "#,##0"
PCT = "0.00"
DIFF = '+0.00;"▲"0.00;0.00'
DIFFY = '#,##0;"▲"#,##0;0'

wb = Workbook()


def F(sz=9, b=False):
    return Font(name=FN, size=sz, bold=b)


def put(ws, ref, v, sz=9, fmt=None, al="center", fill=None, border=True, wrap=False, b=False, indent=0, valign="center"):
    cl = ws[ref]
    if type(cl).__name__ == "MergedCell":
        if border:
            cl.border = ALL
        if fill:
            cl.fill = fill
        return cl
    cl.value = v
    cl.font = F(sz, b)
    cl.alignment = Alignment(horizontal=al, vertical=valign, wrap_text=wrap, indent=indent)
    if fmt:
        cl.number_format = fmt
    if fill:
        cl.fill = fill
    if border:
        cl.border = ALL
    return cl


def setup(ws, landscape=False, fit=True):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_view.showGridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1


DEBTS = [  # key, full, canonical, A1, r1, A0, r0, B1, q1, B0, q0, est_rc, est_ra, tgt_rc, tgt_ra
    ("tax", "市税", "市税", 28412560, .9384, 27903140, .9363, 612480, .3125, 688210, .2987, 99.05, 35.10, 99.00, 34.00),
    ("kokuho", "国民健康保険税", "国民健康保険料", 4125300, .8312, 4238770, .8251, 1312640, .1987, 1405380, .1902, 94.60, 24.50, 94.50, 24.00),
    ("kaigo", "介護保険料", "介護保険料", 2988410, .9421, 2915330, .9408, 58620, .2215, 61240, .2176, 99.20, 28.00, 99.20, 27.50),
    ("koki", "後期高齢者医療保険料", "後期高齢者医療保険料", 1502870, .9512, 1421560, .9497, 12380, .3512, 13110, .3390, 99.60, 42.00, 99.55, 41.00),
    ("hoiku", "保育所保育料", "保育料", 318420, .9214, 335770, .9188, 18750, .1522, 21340, .1489, 99.10, 20.00, 99.20, 21.00),
    ("gesui", "下水道使用料", "下水道使用料", 2145880, .9136, 2121430, .9120, 41260, .6021, 43880, .5902, 99.30, 65.00, 99.30, 64.00),
]
V = {}
for d in DEBTS:
    k = d[0]
    c1, c0 = round(d[3] * d[4]), round(d[5] * d[6])
    e1, e0 = round(d[7] * d[8]), round(d[9] * d[10])
    V[k] = dict(A1=d[3], C1=c1, R1=rate(c1, d[3]), A0=d[5], C0=c0, R0=rate(c0, d[5]),
                B1=d[7], E1=e1, Q1=rate(e1, d[7]), B0=d[9], E0=e0, Q0=rate(e0, d[9]),
                T1=d[3] + d[7], TC1=c1 + e1, TR1=rate(c1 + e1, d[3] + d[7]),
                T0=d[5] + d[9], TC0=c0 + e0, TR0=rate(c0 + e0, d[5] + d[9]))

# ================================================================ sheet 1 (page 1) 概要
ws = wb.active
ws.title = "概要"
setup(ws)
for col in "ABCDEFGH":
    ws.column_dimensions[col].width = 11.5
PG = 1
r = 1
ws.merge_cells("F1:H1")
put(ws, "F1", "資料１", 10, al="right", border=False)
r = 3
ws.merge_cells(f"A{r}:H{r}")
put(ws, f"A{r}", "令和５年度 債権収納対策の進捗状況について（令和６年２月末現在）", 13, border=False, b=True)
ws.row_dimensions[r].height = 24
r = 4
ws.merge_cells(f"A{r}:H{r}")
put(ws, f"A{r}", "令和6年3月15日　戸田市 総務部 収納推進課", 9, al="right", border=False)
r = 6


def line(txt, sz=9.5, indent=0, h=None, b=False):
    global r
    ws.merge_cells(f"A{r}:H{r}")
    put(ws, f"A{r}", txt, sz, al="left", border=False, wrap=True, indent=indent, b=b, valign="top")
    n = max(1, -(-len(txt) // max(10, 52 - indent * 2)))
    ws.row_dimensions[r].height = h or (15 * n + 2)
    r += 1


tv, kv = V["tax"], V["kokuho"]
line("１　収納状況の概要", 11, b=True)
line("（１）市税", 10, indent=1, b=True)
line("ア　収納率", 9.5, indent=2)
line("【収納率】令和６年２月末時点", 9.5, indent=3)
for lab, seg, v1, v0 in [("現年分", "current", tv["R1"], tv["R0"]), ("滞繰分", "arrears", tv["Q1"], tv["Q0"]),
                         ("合計", "total", tv["TR1"], tv["TR0"])]:
    dd = round(v1 - v0, 2)
    s1 = f"{fr(v1)}％"
    s2 = f"＋{fr(dd)}ポイント" if dd >= 0 else f"▲{fr(-dd)}ポイント"
    line(f"・{lab}　{s1}（前年同月比{s2}）", 9.5, indent=4)
    g.f(PG, "市税", "市税", FY, "令和６年２月末", seg, "collection_rate", "interim", v1, "percent", s1, as_of=AS1)
    g.f(PG, "市税", "市税", FY, "令和６年２月末", seg, "difference", "interim", dd, "points", s2, as_of=AS1)
line("イ　収入未済額", 9.5, indent=2)
o1 = (tv["A1"] - tv["C1"]) * K
o0 = (tv["A0"] - tv["C0"]) * K
om1 = round(o1 / 1e6) * 1e6
dm = round((o0 - o1) / 1e6) * 1e6
s1, s2 = f"約{int(om1 // 1e8)}億{int(om1 % 1e8 // 1e4):,}万円", f"約{int(dm // 1e4):,}万円"
line(f"(ｱ)　現年分の収入未済額は{s1}で、前年同月と比べて{s2}減少している。"
     f"個人住民税の特別徴収分が堅調に推移し、現年分の収納率は前年同月比で{fr(tv['R1'] - tv['R0'])}ポイント上昇した。", 9.5, indent=4)
g.f(PG, "市税", "市税", FY, "令和６年２月末", "current", "outstanding", "interim", om1, "yen", s1, approx=True, as_of=AS1)
g.f(PG, "市税", "市税", FY, "令和６年２月末", "current", "difference", "interim", -dm, "yen", s2, approx=True, as_of=AS1)
g.f(PG, "市税", "市税", FY, "令和６年２月末", "current", "difference", "interim", round(tv["R1"] - tv["R0"], 2), "points",
    f"{fr(tv['R1'] - tv['R0'])}ポイント", as_of=AS1)
line(f"(ｲ)　滞繰分は、前年同月の調定額{c(tv['B0'])}千円に対して本年は{c(tv['B1'])}千円となり、滞納繰越額の圧縮が進んでいる。", 9.5, indent=4)
g.f(PG, "市税", "市税", PFY, "前年同月", "arrears", "assessed", "interim", tv["B0"] * K, "yen", f"{c(tv['B0'])}千円", as_of=AS0)
g.f(PG, "市税", "市税", FY, "令和６年２月末", "arrears", "assessed", "interim", tv["B1"] * K, "yen", f"{c(tv['B1'])}千円", as_of=AS1)
line("（２）国民健康保険税", 10, indent=1, b=True)
line("【収納率】令和６年２月末時点", 9.5, indent=3)
for lab, seg, v1, v0 in [("現年分", "current", kv["R1"], kv["R0"]), ("滞繰分", "arrears", kv["Q1"], kv["Q0"])]:
    s1 = f"{fr(v1)}％"
    line(f"・{lab}　{s1}（前年同月　{fr(v0)}％）", 9.5, indent=4)
    g.f(PG, "国民健康保険料", "国民健康保険税", FY, "令和６年２月末", seg, "collection_rate", "interim", v1, "percent", s1, as_of=AS1)
    g.f(PG, "国民健康保険料", "国民健康保険税", PFY, "前年同月", seg, "collection_rate", "interim", v0, "percent", f"{fr(v0)}％", as_of=AS0)
line(f"ア　被保険者数の減少により現年分の調定額は前年同月より{c(kv['A0'] - kv['A1'])}千円減少したが、"
     f"口座振替の推進により収納率は{fr(kv['R1'] - kv['R0'])}ポイント改善した。", 9.5, indent=2)
g.f(PG, "国民健康保険料", "国民健康保険税", FY, "令和６年２月末", "current", "difference", "interim",
    -(kv["A0"] - kv["A1"]) * K, "yen", f"{c(kv['A0'] - kv['A1'])}千円", as_of=AS1)
g.f(PG, "国民健康保険料", "国民健康保険税", FY, "令和６年２月末", "current", "difference", "interim",
    round(kv["R1"] - kv["R0"], 2), "points", f"{fr(kv['R1'] - kv['R0'])}ポイント", as_of=AS1)
line("（３）年度末の見込み", 10, indent=1, b=True)
line(f"ア　令和５年度末の市税の収納率は、現年分{fr(DEBTS[0][11])}％、滞繰分{fr(DEBTS[0][12])}％を見込んでおり、"
     f"いずれも目標（現年分{fr(DEBTS[0][13])}％、滞繰分{fr(DEBTS[0][14])}％）を上回る見込みである。", 9.5, indent=2)
for v_, seg, bs in [(DEBTS[0][11], "current", "estimate"), (DEBTS[0][12], "arrears", "estimate"),
                    (DEBTS[0][13], "current", "target"), (DEBTS[0][14], "arrears", "target")]:
    g.f(PG, "市税", "市税", FY, "令和５年度", seg, "collection_rate", bs, v_, "percent", f"{fr(v_)}％")
line("※ 数値は令和６年２月末（前年同月は令和５年２月末）時点の累計であり、出納整理期間を含まない。", 8.5, indent=0)
ws.print_area = f"A1:H{r}"

# ================================================================ sheet 2 (page 2, landscape) 債権別
ws = wb.create_sheet("債権別")
setup(ws, landscape=True)
PG = 2
widths = dict(A=20, B=9, C=14, D=14, E=10, F=14, G=14, H=10, I=10, J=12)
for k_, w in widths.items():
    ws.column_dimensions[k_].width = w
ws.merge_cells("A1:J1")
put(ws, "A1", "２　債権別の収納状況（本年度：令和６年２月末現在　前年同月：令和５年２月末現在）", 12, al="left", border=False, b=True)
ws.row_dimensions[1].height = 22
hdr = [("A3:A4", "債権名"), ("B3:B4", "区分"), ("C3:E3", "本年度"), ("F3:H3", "前年同月"), ("I3:I4", "差\n（ポイント）"),
       ("J3:J4", "年度末\n見込収納率\n（％）")]
for rng, t in hdr:
    ws.merge_cells(rng)
    put(ws, rng.split(":")[0], t, 9, fill=HFILL, wrap=True)
for col, t in zip("CDEFGH", ["調定額（千円）", "収入済額（千円）", "収納率（％）"] * 2):
    put(ws, f"{col}4", t, 9, fill=HFILL, wrap=True)
for rng in ["A3:A4", "B3:B4", "I3:I4", "J3:J4", "C3:E3", "F3:H3"]:
    for row in ws[rng]:
        for cl in row:
            cl.border = ALL
ws.row_dimensions[4].height = 26
ws.row_dimensions[3].height = 30
r = 5
for d in DEBTS:
    k, full, canon = d[0], d[1], d[2]
    v = V[k]
    ws.merge_cells(f"A{r}:A{r + 2}")
    put(ws, f"A{r}", full, 9, wrap=True)
    for i, (lab, seg, a1, c1, r1, a0, c0, r0, est) in enumerate([
            ("現年分", "current", v["A1"], v["C1"], v["R1"], v["A0"], v["C0"], v["R0"], d[11]),
            ("滞繰分", "arrears", v["B1"], v["E1"], v["Q1"], v["B0"], v["E0"], v["Q0"], d[12]),
            ("計", "total", v["T1"], v["TC1"], v["TR1"], v["T0"], v["TC0"], v["TR0"], None)]):
        rr = r + i
        fill = SFILL if seg == "total" else None
        put(ws, f"B{rr}", lab, 9, fill=fill)
        for col, val, fmt, met, fy, asof in [("C", a1, NUM, "assessed", FY, AS1), ("D", c1, NUM, "collected", FY, AS1),
                                             ("E", r1, PCT, "collection_rate", FY, AS1),
                                             ("F", a0, NUM, "assessed", PFY, AS0), ("G", c0, NUM, "collected", PFY, AS0),
                                             ("H", r0, PCT, "collection_rate", PFY, AS0)]:
            put(ws, f"{col}{rr}", val, 9, fmt=fmt, al="right", fill=fill)
            fyr = "本年度" if fy == FY else "前年同月"
            if met == "collection_rate":
                g.f(PG, canon, full, fy, fyr, seg, met, "interim", val, "percent", fr(val), as_of=asof)
            else:
                g.f(PG, canon, full, fy, fyr, seg, met, "interim", val * K, "yen", f"{val:,}", as_of=asof)
        dd = round(r1 - r0, 2)
        put(ws, f"I{rr}", dd, 9, fmt=DIFF, al="right", fill=fill)
        g.f(PG, canon, full, FY, "本年度", seg, "difference", "interim", dd, "points",
            (f"+{fr(dd)}" if dd > 0 else f"▲{fr(-dd)}"), as_of=AS1)
        if est is not None:
            put(ws, f"J{rr}", est, 9, fmt=PCT, al="right", fill=fill)
            g.f(PG, canon, full, FY, "年度末", seg, "collection_rate", "estimate", est, "percent", fr(est))
        else:
            put(ws, f"J{rr}", "－", 9, fill=fill)
        ws.row_dimensions[rr].height = 15
    r += 3
put(ws, f"A{r}", "※ 差は本年度の収納率から前年同月の収納率を差し引いたもの（▲は低下）。", 8, al="left", border=False)
r += 2
# small table in 円
ws.merge_cells(f"A{r}:F{r}")
put(ws, f"A{r}", "（参考）少額債権の収納状況（令和６年２月末現在・現年分）", 10, al="left", border=False, b=True)
r += 1
for col, t in zip("ABCD", ["債権名", "調定額（円）", "収入済額（円）", "収納率（％）"]):
    put(ws, f"{col}{r}", t, 9, fill=HFILL)
ws.merge_cells(f"B{r}:C{r}")
put(ws, f"B{r}", "調定額（円）", 9, fill=HFILL)
put(ws, f"D{r}", "収入済額（円）", 9, fill=HFILL)
put(ws, f"E{r}", "収納率（％）", 9, fill=HFILL)
put(ws, f"C{r}", None, 9, fill=HFILL)
r += 1
SMALL = [("放課後児童クラブ保育料", "放課後児童クラブ保育料", 98412300, 91876450),
         ("母子父子寡婦福祉資金貸付金", "母子父子寡婦福祉資金貸付金", 6236400, 4718900),
         ("奨学金貸付金", "奨学金貸付金返還金", 12884000, 11120500)]
for canon, full, a, col_ in SMALL:
    rt = rate(col_, a)
    put(ws, f"A{r}", full, 9, al="left", wrap=True)
    ws.merge_cells(f"B{r}:C{r}")
    put(ws, f"B{r}", a, 9, fmt=NUM, al="right")
    put(ws, f"C{r}", None, 9)
    put(ws, f"D{r}", col_, 9, fmt=NUM, al="right")
    put(ws, f"E{r}", rt, 9, fmt=PCT, al="right")
    ws.row_dimensions[r].height = 26
    g.f(PG, canon, full, FY, "令和６年２月末", "current", "assessed", "interim", a, "yen", f"{a:,}", as_of=AS1)
    g.f(PG, canon, full, FY, "令和６年２月末", "current", "collected", "interim", col_, "yen", f"{col_:,}", as_of=AS1)
    g.f(PG, canon, full, FY, "令和６年２月末", "current", "collection_rate", "interim", rt, "percent", fr(rt), as_of=AS1)
    r += 1
ws.print_area = f"A1:J{r}"

# ================================================================ sheet 3 (page 3) 月別
ws = wb.create_sheet("月別")
setup(ws)
PG = 3
for k_, w in dict(A=10, B=14, C=14, D=10, E=14, F=14, G=10, H=10).items():
    ws.column_dimensions[k_].width = w
ws.merge_cells("A1:H1")
put(ws, "A1", "３　市税（現年分）月別収納状況（累計）", 12, al="left", border=False, b=True)
ws.merge_cells("A2:H2")
put(ws, "A2", "本年度＝令和５年度、前年度＝令和４年度", 9, al="right", border=False)
top = Border(top=Side(style="medium"), bottom=Side(style="thin"))
bot = Border(bottom=Side(style="medium"))
for rng, t in [("A3:A4", "月末"), ("B3:D3", "本年度"), ("E3:G3", "前年度"), ("H3:H4", "差")]:
    ws.merge_cells(rng)
    put(ws, rng.split(":")[0], t, 9, border=False)
for col, t in zip("BCDEFG", ["調定額（千円）", "収入済額（千円）", "収納率（％）"] * 2):
    put(ws, f"{col}4", t, 9, border=False, wrap=True)
for row in ws["A3:H3"]:
    for cl in row:
        cl.border = Border(top=Side(style="medium"))
for row in ws["A4:H4"]:
    for cl in row:
        cl.border = Border(bottom=Side(style="thin"))
ws.row_dimensions[4].height = 26
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
ASS_SH = [0.468, 0.471, 0.982, 0.986, 0.989, 0.991, 0.993, 0.995, 0.997, 0.998, 1.0, 1.002]
RT1 = [12.62, 31.95, 22.71, 38.12, 45.23, 51.46, 58.94, 66.52, 74.81, 82.33, None, None]
RT0 = [12.41, 31.62, 22.48, 37.86, 44.95, 51.20, 58.71, 66.25, 74.55, 82.06, None, 98.92]
import calendar  # noqa: E402
r = 5
for i, m in enumerate(MONTHS):
    y1 = 2023 if m >= 4 else 2024
    y0 = y1 - 1
    last1 = calendar.monthrange(y1, m)[1]
    last0 = calendar.monthrange(y0, m)[1]
    as1, as0 = f"{y1}-{m:02d}-{last1:02d}", f"{y0}-{m:02d}-{last0:02d}"
    put(ws, f"A{r}", f"{m}月末", 9, border=False)
    a1 = round(tv["A1"] * ASS_SH[i])
    a0 = round(tv["A0"] * ASS_SH[i])
    if m == 2:
        c1, c0 = tv["C1"], tv["C0"]
        a1, a0 = tv["A1"], tv["A0"]
    else:
        c1 = round(a1 * RT1[i] / 100) if RT1[i] else None
        c0 = round(a0 * RT0[i] / 100)
    r0 = rate(c0, a0)
    g.f(PG, "市税", "市税", PFY, "前年度", "current", "assessed", "interim", a0 * K, "yen", f"{a0:,}", as_of=as0)
    g.f(PG, "市税", "市税", PFY, "前年度", "current", "collected", "interim", c0 * K, "yen", f"{c0:,}", as_of=as0)
    g.f(PG, "市税", "市税", PFY, "前年度", "current", "collection_rate", "interim", r0, "percent", fr(r0), as_of=as0)
    if c1 is not None:
        r1 = rate(c1, a1)
        for col, val, fmt in [("B", a1, NUM), ("C", c1, NUM), ("D", r1, PCT)]:
            put(ws, f"{col}{r}", val, 9, fmt=fmt, al="right", border=False)
        g.f(PG, "市税", "市税", FY, "本年度", "current", "assessed", "interim", a1 * K, "yen", f"{a1:,}", as_of=as1)
        g.f(PG, "市税", "市税", FY, "本年度", "current", "collected", "interim", c1 * K, "yen", f"{c1:,}", as_of=as1)
        g.f(PG, "市税", "市税", FY, "本年度", "current", "collection_rate", "interim", r1, "percent", fr(r1), as_of=as1)
        dd = round(r1 - r0, 2)
        put(ws, f"H{r}", dd, 9, fmt=DIFF, al="right", border=False)
        g.f(PG, "市税", "市税", FY, "本年度", "current", "difference", "interim", dd, "points",
            f"+{fr(dd)}" if dd > 0 else f"▲{fr(-dd)}", as_of=as1)
    else:
        for col in "BCDH":
            put(ws, f"{col}{r}", "－", 9, border=False)
    for col, val, fmt in [("E", a0, NUM), ("F", c0, NUM), ("G", r0, PCT)]:
        put(ws, f"{col}{r}", val, 9, fmt=fmt, al="right", border=False)
    if m == 2:
        for col in "ABCDEFGH":
            ws[f"{col}{r}"].fill = SFILL
    r += 1
for row in ws[f"A{r - 1}:H{r - 1}"]:
    for cl in row:
        cl.border = Border(bottom=Side(style="medium"))
r += 1
ws.merge_cells(f"A{r}:H{r}")
put(ws, f"A{r}", "※ ６月に個人住民税の調定を行うため、６月末の収納率は５月末を下回る。３月末の本年度分は集計中。", 8.5, al="left", border=False, wrap=True)
ws.row_dimensions[r].height = 26
ws.print_area = f"A1:H{r}"

# ================================================================ sheet 4 (pages 4-5) 決算の推移 (wide, long format)
ws = wb.create_sheet("決算推移")
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.sheet_view.showGridLines = False
ws.page_margins.left = ws.page_margins.right = 0.5
ws.page_setup.scale = 68
PGL, PGR = 4, 5
for k_, w in dict(A=18, B=10, C=13, D=13, E=8, F=12, G=12, H=8, I=13, J=13, K=8, L=12, M=13).items():
    ws.column_dimensions[k_].width = w
put(ws, "A1", "４　決算の推移", 11, al="left", border=False, b=True)
put(ws, "C1", "（令和２年度～令和４年度）", 9, al="left", border=False)
put(ws, "M1", "（単位：千円、％）", 8.5, al="right", border=False)
put(ws, "H1", "（単位：千円、％）", 8.5, al="right", border=False)
for rng, t in [("A2:A3", "債権名"), ("B2:B3", "年度"), ("C2:E2", "現年分"), ("F2:H2", "滞繰分"), ("I2:M2", "合計")]:
    ws.merge_cells(rng)
    put(ws, rng.split(":")[0], t, 9, fill=HFILL)
    for row in ws[rng]:
        for cl in row:
            cl.border = ALL
            cl.fill = HFILL
for col, t in zip("CDEFGHIJKLM", ["調定額", "収入済額", "収納率"] * 3 + ["不納欠損額", "収入未済額"]):
    put(ws, f"{col}3", t, 9, fill=HFILL)
ws.print_title_rows = "1:3"
ws.print_title_cols = "A:B"
ws.col_breaks.append(Break(id=8))
HIST = {  # per debt: start arrears 2020, cur assessed per year (2020..2022), cur rate, arr rate, wo rate
    "tax": (905120, [27102300, 27215880, 27688410], [.9871, .9885, .9893], [.2611, .2734, .2842], [.061, .058, .055]),
    "kokuho": (1688450, [4512300, 4398760, 4301220], [.9302, .9335, .9361], [.1711, .1788, .1852], [.082, .079, .077]),
    "kaigo": (72310, [2801130, 2856420, 2911850], [.9905, .9911, .9914], [.2012, .2088, .2143], [.231, .226, .219]),
    "koki": (15880, [1312450, 1368820, 1408130], [.9951, .9955, .9958], [.3211, .3302, .3381], [.088, .085, .081]),
    "hoiku": (26120, [356210, 348840, 340120], [.9891, .9897, .9902], [.1302, .1377, .1421], [.041, .038, .036]),
    "gesui": (51230, [2082110, 2098460, 2118740], [.9881, .9889, .9891], [.5512, .5688, .5801], [.022, .021, .020]),
}
YRS = [2022, 2021, 2020]   # descending
YLAB = {2022: "令和4年度", 2021: "3年度", 2020: "2年度"}
r = 4
zebra = False
for d in DEBTS:
    k, full, canon = d[0], d[1], d[2]
    st, acs, rcs, ras, wos = HIST[k]
    ser = {}
    prev = st
    for j, y in enumerate([2020, 2021, 2022]):
        ac = acs[j]
        cc = round(ac * rcs[j])
        aa = prev
        ca = round(aa * ras[j])
        wo = round(aa * wos[j])
        ser[y] = (ac, cc, aa, ca, wo, ac + aa - cc - ca - wo)
        prev = ser[y][5]
    ws.merge_cells(f"A{r}:A{r + 2}")
    put(ws, f"A{r}", full, 9, wrap=True)
    for i, y in enumerate(YRS):
        rr = r + i
        ac, cc, aa, ca, wo, out = ser[y]
        fill = ZFILL if zebra else None
        zebra = not zebra
        put(ws, f"B{rr}", YLAB[y], 9, fill=fill)
        row = [("C", ac, NUM, "current", "assessed"), ("D", cc, NUM, "current", "collected"),
               ("E", rate(cc, ac), PCT, "current", "collection_rate"),
               ("F", aa, NUM, "arrears", "assessed"), ("G", ca, NUM, "arrears", "collected"),
               ("H", rate(ca, aa), PCT, "arrears", "collection_rate"),
               ("I", ac + aa, NUM, "total", "assessed"), ("J", cc + ca, NUM, "total", "collected"),
               ("K", rate(cc + ca, ac + aa), PCT, "total", "collection_rate"),
               ("L", wo, NUM, "total", "written_off"), ("M", out, NUM, "total", "outstanding")]
        for col, val, fmt, seg, met in row:
            put(ws, f"{col}{rr}", val, 9, fmt=fmt, al="right", fill=fill)
            pg = PGL if col in "CDEFGH" else PGR
            if met == "collection_rate":
                g.f(pg, canon, full, y, YLAB[y], seg, met, "actual", val, "percent", fr(val))
            else:
                g.f(pg, canon, full, y, YLAB[y], seg, met, "actual", val * K, "yen", f"{val:,}")
        ws.row_dimensions[rr].height = 16
    r += 3
put(ws, f"A{r}", "※ 決算額（出納整理期間終了後）。", 8, al="left", border=False)
ws.print_area = f"A1:M{r}"

# ================================================================ sheet 5 (page 6) 見込と取組
ws = wb.create_sheet("見込と取組")
setup(ws)
PG = 6
for k_, w in dict(A=20, B=8, C=11, D=11, E=9, F=14, G=30).items():
    ws.column_dimensions[k_].width = w
ws.merge_cells("A1:G1")
put(ws, "A1", "５　2023年度 決算見込と今後の取組", 12, al="left", border=False, b=True)
for col, t in zip("ABCDEF", ["債権名", "区分", "見込収納率\n（％）", "目標収納率\n（％）", "差", "見込収入済額\n（千円）"]):
    put(ws, f"{col}3", t, 9, fill=HFILL, wrap=True)
ws.row_dimensions[3].height = 28
r = 4
for d in DEBTS:
    k, full, canon = d[0], d[1], d[2]
    v = V[k]
    ws.merge_cells(f"A{r}:A{r + 1}")
    put(ws, f"A{r}", full, 9, wrap=True)
    put(ws, f"A{r + 1}", None, 9)
    for i, (lab, seg, est, tgt, ass) in enumerate([("現年分", "current", d[11], d[13], v["A1"]),
                                                   ("滞繰分", "arrears", d[12], d[14], v["B1"])]):
        rr = r + i
        put(ws, f"B{rr}", lab, 9)
        put(ws, f"C{rr}", est, 9, fmt=PCT, al="right")
        put(ws, f"D{rr}", tgt, 9, fmt=PCT, al="right")
        dd = round(est - tgt, 2)
        put(ws, f"E{rr}", dd, 9, fmt=DIFF, al="right")
        ecol = round(ass * 1.002 * est / 100)
        put(ws, f"F{rr}", ecol, 9, fmt=NUM, al="right")
        g.f(PG, canon, full, FY, "2023年度", seg, "collection_rate", "estimate", est, "percent", fr(est))
        g.f(PG, canon, full, FY, "2023年度", seg, "collection_rate", "target", tgt, "percent", fr(tgt))
        g.f(PG, canon, full, FY, "2023年度", seg, "difference", "estimate", dd, "points",
            f"+{fr(dd)}" if dd > 0 else (f"▲{fr(-dd)}" if dd < 0 else "0.00"))
        g.f(PG, canon, full, FY, "2023年度", seg, "collected", "estimate", ecol * K, "yen", f"{ecol:,}")
        ws.row_dimensions[rr].height = 15
    r += 2
r += 1
ITEMS = {
    "tax": [("２月末までに差押えを412件執行した。３月は預貯金調査を継続し、年度内の処分を進める。", "継続"),
            ("夜間・休日の納税相談窓口を３月に２回開設する。", "継続")],
    "kokuho": [("資格確認書の更新時に納付相談を行い、分割納付の履行を管理する。", "新規"),
               ("市税と一体で財産調査を行い、滞繰分の処分を進める。", "継続")],
    "kaigo": [("普通徴収の未納者に対し、３月に一斉催告を実施する。", "継続")],
    "hoiku": [("児童手当からの特別徴収（申出徴収）の利用を勧奨する。", "拡充"),
              ("退園者の未納分は、退園時に納付計画を作成する。", "継続")],
    "gesui": [("水道部門と連携し、給水停止予告とあわせた催告を行う。", "継続")],
}
ws.merge_cells(f"A{r}:G{r}")
put(ws, f"A{r}", "（年度末に向けた対応）", 10, al="left", border=False, b=True)
r += 1
for d in DEBTS:
    k, full, canon = d[0], d[1], d[2]
    if k not in ITEMS:
        continue
    lines = []
    for n, (tx, st) in enumerate(ITEMS[k]):
        lines.append(f"({n + 1}) {tx}【{st}】")
        g.i(PG, canon, FY, "年度末に向けた対応", f"({n + 1})", tx, st, debt_raw=full)
    put(ws, f"A{r}", full, 9, wrap=True)
    ws.merge_cells(f"B{r}:G{r}")
    put(ws, f"B{r}", "\n".join(lines), 9, al="left", wrap=True, valign="top")
    for col in "CDEFG":
        ws[f"{col}{r}"].border = ALL
    nl = sum(-(-len(x) // 44) for x in lines)
    ws.row_dimensions[r].height = 14 * nl + 6
    r += 1
ws.print_area = f"A1:G{r}"

for ws in wb.worksheets:
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = "IPAexGothic"
xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
pdf = soffice_pdf(xlsx)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(pdf, out)
g.write(out)
