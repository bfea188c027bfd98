"""qu_suooshima_progress_1: 周防大島町 町税等の収納状況（中間報告・令和６年２月末現在）, openpyxl -> LibreOffice.
Run from corpus/frozen52:  python3 build/qu_suooshima_progress_1.py"""
import shutil
import subprocess
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qu_common import G, cm, r2, PDF, WORK  # noqa: E402
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

STEM = "qu_suooshima_progress_1"
TOWN = "周防大島町"
g = G(STEM, "progress_report", "progress", TOWN, "令和５年度 町税等の収納状況（中間報告）", "2024-03-15", "令和６年３月１５日")
FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
FN = "IPAexGothic"

# name, canonical, (Ac, rc, Aa, ra) previous year, (Ac, rc, Aa, ra) this year  (円, %)
RAW = [
    ("町税", "町税", (1284316200, 91.2, 52418300, 21.4), (1301522400, 91.6, 48906100, 23.1)),
    ("国民健康保険税", "国民健康保険税", (312406500, 86.3, 41230800, 15.8), (305118900, 86.9, 39874200, 17.2)),
    ("介護保険料", "介護保険料", (398220400, 92.4, 8410200, 18.6), (404816700, 92.7, 8122900, 19.9)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (201774300, 93.1, 2104600, 30.2), (208335100, 93.4, 2015300, 31.5)),
    ("保育所保育料", "保育料", (24812000, 90.8, 3118400, 12.4), (22906500, 91.5, 2984700, 13.6)),
    ("町営住宅使用料", "町営住宅使用料", (48260400, 88.5, 9802100, 8.9), (47884200, 89.2, 9514800, 10.3)),
    ("下水道使用料", "下水道使用料", (96512800, 89.7, 3402600, 25.4), (98104300, 90.1, 3287400, 26.8)),
]


def col(a, r, salt):
    return int(a * r / 100) - (salt * 37 % 900) - 50


DATA = []
for i, (name, canon, p, c) in enumerate(RAW):
    e = {"name": name, "canon": canon}
    for tag, (ac, rc, aa, ra) in (("p", p), ("c", c)):
        cc, ca = col(ac, rc, i + 3), col(aa, ra, i + 11)
        e[tag] = dict(ac=ac, cc=cc, aa=aa, ca=ca, a=ac + aa, c=cc + ca)
    DATA.append(e)


def rate(a, c, nd=1):
    return r2(c / a * 100, nd)


def F(raw, value, unit, metric, fy, fyr, seg="total", basis="interim", debt=None, debt_raw=None, as_of=None, **k):
    if as_of is None and basis == "interim":
        as_of = ASOF if fy == FY else PASOF
    return g.f(raw, value, unit, metric, fy, fyr, seg, basis, debt, debt_raw, as_of=as_of, **k)


wb = Workbook()
thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="808080")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
ZEB = PatternFill("solid", fgColor="F2F2F2")
TOT = PatternFill("solid", fgColor="E2EFDA")


def setup(ws, widths, landscape=False, title_rows=None, scale=100):
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.scale = scale
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "令和５年度 町税等の収納状況（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9
    if title_rows:
        ws.print_title_rows = title_rows
    ws.sheet_view.showGridLines = False


def put(ws, cell, v, size=9, bold=False, align="right", fill=None, border=GRID, wrap=False, valign="center"):
    c = ws[cell]
    c.value = str(v) if v is not None else None
    c.font = Font(name=FN, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if fill:
        c.fill = fill
    if border:
        c.border = border
    return c


def box(ws, rng, border=GRID):
    for row in ws[rng]:
        for c in row:
            c.border = border


# ------------------------------------------------------------------ sheet 1 (pages 1-2): 債権別収納状況
ws = wb.active
ws.title = "債権別"
setup(ws, [15, 8, 13.5, 13.5, 6.5, 13.5, 13.5, 6.5, 7], title_rows="4:5", scale=76)
ws.merge_cells("A1:G1")
put(ws, "A1", "町税等の収納状況（債権別）", size=14, bold=True, align="left", border=None)
ws.merge_cells("H1:I1")
put(ws, "H1", "令和６年２月末現在", size=9, bold=True, align="center")
box(ws, "H1:I1", Border(left=Side("medium"), right=Side("medium"), top=Side("medium"), bottom=Side("medium")))
ws.row_dimensions[1].height = 26
ws.merge_cells("A2:I2")
put(ws, "A2", "前年度：令和４年度（令和５年２月末）　本年度：令和５年度（令和６年２月末）", size=8.5, align="left", border=None)
put(ws, "I3", "（単位：円、％）", size=8, border=None)
ws.merge_cells("A3:G3")
for rng, v in [("A4:A5", "債権名"), ("B4:B5", "区分"), ("C4:E4", "前年度"), ("F4:H4", "本年度"), ("I4:I5", "収納率\nの差")]:
    ws.merge_cells(rng)
    put(ws, rng.split(":")[0], v, bold=True, align="center", fill=HEAD, wrap=True)
    box(ws, rng)
for colx, v in zip("CDEFGH", ["調定額", "収入済額", "収納率"] * 2):
    put(ws, f"{colx}5", v, bold=True, align="center", fill=HEAD)
r = 6
sums = {t: dict(a=0, c=0) for t in "pc"}
BREAK_AFTER = 4  # debts on page 1
for i, e in enumerate(DATA):
    if i == BREAK_AFTER:
        ws.row_breaks.append(Break(id=r - 1))
        g.page = 2
    ws.merge_cells(f"A{r}:A{r + 2}")
    put(ws, f"A{r}", e["name"], align="left", wrap=True)
    box(ws, f"A{r}:A{r + 2}")
    for j, (seg, lab, ka, kc) in enumerate([("current", "現年分", "ac", "cc"), ("arrears", "滞納繰越分", "aa", "ca"),
                                           ("total", "計", "a", "c")]):
        rr = r + j
        fill = ZEB if seg == "total" else None
        put(ws, f"B{rr}", lab, align="center", fill=fill)
        kw = dict(debt=e["canon"], debt_raw=e["name"])
        rv = {}
        for t, cols, fy, fyr in (("p", "CDE", PFY, "前年度"), ("c", "FGH", FY, "本年度")):
            a, c = e[t][ka], e[t][kc]
            rv[t] = rate(a, c)
            put(ws, f"{cols[0]}{rr}", F(cm(a), a, "yen", "assessed", fy, fyr, seg, **kw), fill=fill)
            put(ws, f"{cols[1]}{rr}", F(cm(c), c, "yen", "collected", fy, fyr, seg, **kw), fill=fill)
            put(ws, f"{cols[2]}{rr}", F(f"{rv[t]:.1f}", rv[t], "percent", "collection_rate", fy, fyr, seg, **kw), fill=fill)
            if seg == "total":
                sums[t]["a"] += a
                sums[t]["c"] += c
        dv = r2(rv["c"] - rv["p"], 1)
        put(ws, f"I{rr}", F(("▲" if dv < 0 else "") + f"{abs(dv):.1f}", dv, "points", "difference", FY, "本年度", seg, **kw),
            fill=fill)
        ws.row_dimensions[rr].height = 17
    r += 3
put(ws, f"A{r}", "合計", bold=True, align="center", fill=TOT)
put(ws, f"B{r}", "", fill=TOT)
rv = {}
for t, cols, fy, fyr in (("p", "CDE", PFY, "前年度"), ("c", "FGH", FY, "本年度")):
    a, c = sums[t]["a"], sums[t]["c"]
    rv[t] = rate(a, c)
    put(ws, f"{cols[0]}{r}", F(cm(a), a, "yen", "assessed", fy, fyr, "total", debt_raw="合計"), fill=TOT, bold=True)
    put(ws, f"{cols[1]}{r}", F(cm(c), c, "yen", "collected", fy, fyr, "total", debt_raw="合計"), fill=TOT, bold=True)
    put(ws, f"{cols[2]}{r}", F(f"{rv[t]:.1f}", rv[t], "percent", "collection_rate", fy, fyr, "total", debt_raw="合計"),
        fill=TOT, bold=True)
dv = r2(rv["c"] - rv["p"], 1)
put(ws, f"I{r}", F(("▲" if dv < 0 else "") + f"{abs(dv):.1f}", dv, "points", "difference", FY, "本年度", "total",
                   debt_raw="合計"), fill=TOT, bold=True)
r += 1
ws.merge_cells(f"A{r}:I{r}")
put(ws, f"A{r}", "※ 収納率の差は、本年度収納率－前年度収納率（ポイント）。▲は減少。", size=8, align="left", border=None)
r += 2
# table 2: 収入未済額 two lines per debt (上段 本年度, 下段 前年度) - explained only by the note
ws.merge_cells(f"A{r}:I{r}")
put(ws, f"A{r}", "債権別の収入未済額（２月末時点）", size=11, bold=True, align="left", border=None)
r += 1
put(ws, f"I{r}", "（単位：円）", size=8, border=None)
r += 1
for colx, v in zip("ABCDEFGHI", ["債権名", "現年分", None, "滞納繰越分", None, "計", None, "増減", None]):
    pass
ws.merge_cells(f"B{r}:C{r}")
ws.merge_cells(f"D{r}:E{r}")
ws.merge_cells(f"F{r}:G{r}")
ws.merge_cells(f"H{r}:I{r}")
for colx, v in zip("ABDFH", ["債権名", "現年分", "滞納繰越分", "計", "（参考）滞納者数"]):
    put(ws, f"{colx}{r}", v, bold=True, align="center", fill=HEAD)
box(ws, f"A{r}:I{r}")
r += 1
DELQ = {"町税": (1184, 1252), "国民健康保険税": (598, 641), "介護保険料": (231, 244)}
for e in DATA[:5]:
    kw = dict(debt=e["canon"], debt_raw=e["name"])
    ws.merge_cells(f"A{r}:A{r + 1}")
    put(ws, f"A{r}", e["name"], align="left", wrap=True)
    box(ws, f"A{r}:A{r + 1}")
    for k, (t, fy, fyr) in enumerate((("c", FY, "本年度"), ("p", PFY, "前年度"))):
        rr = r + k
        d = e[t]
        for cols, seg, v in (("BC", "current", d["ac"] - d["cc"]), ("DE", "arrears", d["aa"] - d["ca"]),
                             ("FG", "total", d["a"] - d["c"])):
            ws.merge_cells(f"{cols[0]}{rr}:{cols[1]}{rr}")
            put(ws, f"{cols[0]}{rr}", F(cm(v), v, "yen", "outstanding", fy, fyr, seg, **kw))
            box(ws, f"{cols[0]}{rr}:{cols[1]}{rr}")
        ws.merge_cells(f"H{rr}:I{rr}")
        if e["name"] in DELQ:
            n = DELQ[e["name"]][k]
            put(ws, f"H{rr}", F(f"{n:,}人", n, "persons", "delinquents", fy, fyr, "total", **kw))
        else:
            put(ws, f"H{rr}", "－", align="center")
        box(ws, f"H{rr}:I{rr}")
    r += 2
ws.merge_cells(f"A{r}:I{r}")
put(ws, f"A{r}", "上段：本年度、下段：前年度", size=8, align="left", border=None)
r += 1
ws.print_area = f"A1:I{r}"

# ------------------------------------------------------------------ sheet 2 (page 3): monthly + 地区別
g.page = 3
ws = wb.create_sheet("月別・地区別")
setup(ws, [12, 17, 9, 17, 9, 9, 3, 3])
ws.merge_cells("A1:F1")
put(ws, "A1", "町税（現年分）の月別収納状況（累計）", size=13, bold=True, align="left", border=None)
put(ws, "F2", "（単位：円、％）", size=8, border=None)
for rng, v in [("A3:A4", "月末"), ("B3:C3", "本年度（令和５年度）"), ("D3:E3", "前年度（令和４年度）"), ("F3:F4", "差")]:
    ws.merge_cells(rng)
    put(ws, rng.split(":")[0], v, bold=True, align="center", fill=HEAD, wrap=True)
    box(ws, rng)
for colx, v in zip("BCDE", ["収入済額", "収納率", "収入済額", "収納率"]):
    put(ws, f"{colx}4", v, bold=True, align="center", fill=HEAD)
CUR = [4.1, 17.8, 30.2, 41.5, 48.9, 56.0, 63.2, 70.1, 79.4, 84.8]
PRV = [4.0, 17.5, 29.8, 41.0, 48.5, 55.6, 62.7, 69.8, 79.0, 84.3]
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末"]
ENDS = ["04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31", "01-31", None]
z = DATA[0]
r = 5
for k, m in enumerate(MONTHS):
    if k < 10:
        cc = int(z["c"]["ac"] * CUR[k] / 100)
        pc = int(z["p"]["ac"] * PRV[k] / 100)
        y1 = 2023 if k < 9 else 2024
        as1 = f"{y1}-{ENDS[k]}"
        as0 = f"{y1 - 1}-{ENDS[k]}"
    else:
        cc, pc = z["c"]["cc"], z["p"]["cc"]
        as1, as0 = ASOF, PASOF
    rc, rp = rate(z["c"]["ac"], cc), rate(z["p"]["ac"], pc)
    fill = ZEB if k % 2 else None
    kw = dict(debt="町税", debt_raw="町税")
    put(ws, f"A{r}", m, align="center", fill=fill, border=Border(left=hair, right=hair, top=hair, bottom=hair))
    for colx, v in (("B", F(cm(cc), cc, "yen", "collected", FY, m, "current", as_of=as1, **kw)),
                    ("C", F(f"{rc:.1f}", rc, "percent", "collection_rate", FY, m, "current", as_of=as1, **kw)),
                    ("D", F(cm(pc), pc, "yen", "collected", PFY, m, "current", as_of=as0, **kw)),
                    ("E", F(f"{rp:.1f}", rp, "percent", "collection_rate", PFY, m, "current", as_of=as0, **kw)),
                    ("F", F(("▲" if rc < rp else "") + f"{abs(r2(rc - rp, 1)):.1f}", r2(rc - rp, 1), "points",
                            "difference", FY, m, "current", as_of=as1, **kw))):
        put(ws, f"{colx}{r}", v, fill=fill, border=Border(left=hair, right=hair, top=hair, bottom=hair))
    r += 1
put(ws, f"A{r}", "※ 調定額は、本年度 " + F(f"{z['c']['ac']:,}円", z["c"]["ac"], "yen", "assessed", FY, "本年度", "current",
                                           debt="町税") + "、前年度 " +
    F(f"{z['p']['ac']:,}円", z["p"]["ac"], "yen", "assessed", PFY, "前年度", "current", debt="町税") + "（各年度２月末）。",
    size=8, align="left", border=None)
r += 2
# 地区別
ws.merge_cells(f"A{r}:F{r}")
put(ws, f"A{r}", "地区別の収納状況（町税・現年分、令和６年２月末現在）", size=11, bold=True, align="left", border=None)
r += 1
for colx, v in zip("ABCDEF", ["地区", "調定額（円）", "収納率（％）", "収入済額（円）", "前年同月\n収納率（％）", "差"]):
    put(ws, f"{colx}{r}", v, bold=True, align="center", fill=HEAD, wrap=True)
ws.row_dimensions[r].height = 28
r += 1
AREAS = [("久賀地区", 0.231, 0.004, 91.0), ("大島地区", 0.287, -0.002, 92.1), ("東和地区", 0.214, -0.006, 90.4),
         ("橘地区", None, None, 91.2)]
ta, tc = z["c"]["ac"], z["c"]["cc"]
acc_a = acc_c = 0
for k, (ar, share, dr, prv) in enumerate(AREAS):
    if share is None:
        a, c = ta - acc_a, tc - acc_c
    else:
        a = int(ta * share) // 100 * 100
        c = int(a * (tc / ta + dr))
    acc_a += a
    acc_c += c
    rv = rate(a, c)
    kw = dict(debt="町税", debt_raw="町税", area=ar)
    put(ws, f"A{r}", ar, align="center")
    put(ws, f"B{r}", F(cm(a), a, "yen", "assessed", FY, "令和６年２月末", "current", **kw))
    put(ws, f"C{r}", F(f"{rv:.1f}", rv, "percent", "collection_rate", FY, "令和６年２月末", "current", **kw))
    put(ws, f"D{r}", F(cm(c), c, "yen", "collected", FY, "令和６年２月末", "current", **kw))
    put(ws, f"E{r}", F(f"{prv:.1f}", prv, "percent", "collection_rate", PFY, "前年同月", "current", as_of=PASOF, **kw))
    put(ws, f"F{r}", F(("▲" if rv < prv else "") + f"{abs(r2(rv - prv, 1)):.1f}", r2(rv - prv, 1), "points", "difference",
                       FY, "令和６年２月末", "current", **kw))
    r += 1
rv = rate(ta, tc)
put(ws, f"A{r}", "計", align="center", fill=TOT, bold=True)
put(ws, f"B{r}", F(cm(ta), ta, "yen", "assessed", FY, "令和６年２月末", "current", debt="町税", debt_raw="計"), fill=TOT)
put(ws, f"C{r}", F(f"{rv:.1f}", rv, "percent", "collection_rate", FY, "令和６年２月末", "current", debt="町税", debt_raw="計"),
    fill=TOT)
put(ws, f"D{r}", F(cm(tc), tc, "yen", "collected", FY, "令和６年２月末", "current", debt="町税", debt_raw="計"), fill=TOT)
put(ws, f"E{r}", "－", align="center", fill=TOT)
put(ws, f"F{r}", "－", align="center", fill=TOT)
r += 1
ws.merge_cells(f"A{r}:F{r}")
put(ws, f"A{r}", "※ 地区は納税義務者の住所地による。旧町の区域（久賀・大島・東和・橘）で区分。", size=8, align="left", border=None)
ws.print_area = f"A1:F{r}"

# ------------------------------------------------------------------ sheet 3 (page 4): long-format year-end estimates
g.page = 4
ws = wb.create_sheet("年度末見込")
setup(ws, [18, 10, 8, 9, 13, 26], scale=85)
ws.merge_cells("A1:F1")
put(ws, "A1", "年度末の収納見込み", size=13, bold=True, align="left", border=None)
ws.merge_cells("A2:F2")
put(ws, "A2", "令和５年度末の見込みを、令和４年度決算と並べて示す（単位：千円、％）。", size=8.5, align="left", border=None)
r = 4
for colx, v in zip("ABCDEF", ["債権名", "年度", "区分", "収納率", "収入未済額", "備考"]):
    put(ws, f"{colx}{r}", v, bold=True, align="center", border=Border(top=thin, bottom=thin))
r += 1
NOTES = {"町税": "高額滞納事案２件の分納が継続", "保育料": "卒園児分が大半"}
FINAL = {"町税": (98.9, 0.05), "国民健康保険税": (96.2, 0.08), "介護保険料": (99.0, 0.06),
         "後期高齢者医療保険料": (99.5, 0.05), "保育料": (97.8, 0.06), "町営住宅使用料": (96.9, 0.04),
         "下水道使用料": (98.7, 0.05)}
EST = {}
for e in DATA:
    p_, c_ = e["p"], e["c"]
    o4 = c_["aa"] // 1000  # 令和4年度末の収入未済額 = 本年度の滞納繰越調定額（千円）
    r4 = r2((1 - c_["aa"] / (p_["ac"] + p_["aa"])) * 100)
    rcf, wo = FINAL[e["canon"]]  # year-end current-year rate, share of arrears written off
    o5 = int((c_["aa"] - c_["ca"] * 1.25 - c_["aa"] * wo + c_["ac"] * (1 - rcf / 100)) / 1000)
    r5 = r2((1 - o5 * 1000 / (c_["ac"] + c_["aa"])) * 100)
    EST[e["canon"]] = (r4, o4, r5, o5, NOTES.get(e["canon"], ""))
for e in DATA:
    r4r, r4o, r5r, r5o, note = EST[e["canon"]]
    kw = dict(debt=e["canon"], debt_raw=e["name"])
    for fy, fyr, kb, basis, rt, o in ((PFY, "令和4年度", "決算", "actual", r4r, r4o), (FY, "R5", "見込", "estimate", r5r, r5o)):
        put(ws, f"A{r}", e["name"], align="left", border=None)
        put(ws, f"B{r}", fyr, align="center", border=None)
        put(ws, f"C{r}", kb, align="center", border=None)
        put(ws, f"D{r}", F(f"{rt:.2f}", rt, "percent", "collection_rate", fy, fyr, "total", basis, as_of=False or None, **kw)
            if basis != "interim" else "", border=None)
        put(ws, f"E{r}", F(cm(o), o * 1000, "yen", "outstanding", fy, fyr, "total", basis, **kw), border=None)
        put(ws, f"F{r}", note if basis == "estimate" else "", align="left", border=None, size=8)
        r += 1
for c in "ABCDEF":
    ws[f"{c}{r - 1}"].border = Border(bottom=thin)
r += 1
ws.merge_cells(f"A{r}:F{r + 2}")
zc, zp = rate(z["c"]["ac"], z["c"]["cc"]), rate(z["p"]["ac"], z["p"]["cc"])
put(ws, f"A{r}", "【所見】町税の現年分収納率は２月末現在で前年同月比" +
    F(f"{r2(zc - zp, 1):.1f}ポイント", r2(zc - zp, 1), "points", "difference", FY, "２月末現在", "current", debt="町税") +
    "上昇している。年度末の町税全体の収納率は" +
    F(f"{EST['町税'][2]:.2f}％", EST["町税"][2], "percent", "collection_rate", FY, "年度末", "total", "estimate", debt="町税") +
    "、収入未済額は約" + F(f"{EST['町税'][3] // 10:,}万円", EST["町税"][3] // 10 * 10000, "yen", "outstanding", FY, "年度末", "total", "estimate", debt="町税",
                          approx=True) + "を見込む。", size=9, align="left", wrap=True, valign="top")
box(ws, f"A{r}:F{r + 2}")
for k in range(3):
    ws.row_dimensions[r + k].height = 18
r += 4
ws.merge_cells(f"A{r}:F{r}")
put(ws, f"A{r}", "今後の主な取組（３月～出納整理期間）", size=10, bold=True, align="left", border=None)
r += 1
TORI = [("（１）", "町税", "現年分の未納者に対し、３月上旬に一斉催告を行い、出納整理期間中の納付を促す。", "継続"),
        ("（２）", "町税", "滞納繰越分の高額事案について、山口県地方税滞納整理推進機構と共同で催告・財産調査を行う。", "拡充"),
        ("（３）", "国民健康保険税", "短期被保険者証の更新時に窓口での納付相談を行い、分納誓約の履行を確認する。", "継続"),
        ("（４）", "町営住宅使用料", "３か月以上の滞納者について、連帯保証人への通知を３月中に行う。", "新規")]
r0 = r
for lab, debt, text, stt in TORI:
    it = g.init(text, debt, FY, "今後の主な取組", lab, stt)
    ws.merge_cells(f"A{r}:F{r}")
    put(ws, f"A{r}", f"{lab}{it}【{stt}】", size=9, align="left", border=None, wrap=True)
    ws.row_dimensions[r].height = 17
    r += 1
box(ws, f"A{r0}:F{r - 1}", Border())
for k in range(r0, r):
    ws[f"A{k}"].border = Border(left=thin, top=thin if k == r0 else None, bottom=thin if k == r - 1 else None)
    ws[f"F{k}"].border = Border(right=thin, top=thin if k == r0 else None, bottom=thin if k == r - 1 else None)
    for c in "BCDE":
        ws[f"{c}{k}"].border = Border(top=thin if k == r0 else None, bottom=thin if k == r - 1 else None)
ws.print_area = f"A1:F{r}"

src = WORK / f"{STEM}.xlsx"
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(src)], check=True,
               capture_output=True)
outp = PDF / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", outp)
g.write(outp)
print(outp, len(g.facts))
