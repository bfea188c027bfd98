"""fr_setouchi_committee_1: 瀬戸内市債権管理委員会 資料 (openpyxl workbook -> LibreOffice).

Run from corpus/frozen37:  python3 build/fr_setouchi_committee.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fr_common import (Gold, WORK, PDF_DIR, comma, tri, rate, make_series, add_recs, derive, pdf_pages,
                       soffice_to_pdf, subset_fonts)
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break, ColBreak, RowBreak
from openpyxl.utils import get_column_letter

STEM = "fr_setouchi_committee_1"
CITY = "瀬戸内市"
TITLE = "令和６年度第２回瀬戸内市債権管理委員会 資料"
G = Gold(STEM, "committee_material", "committee", CITY, TITLE, "2024-11-19", "令和６年１１月１９日")


def f2(x):
    return f"{x:.2f}"


def f1(x):
    return f"{x:.1f}"


YRS = [2019, 2020, 2021, 2022, 2023]
WA = {2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度"}
DEBTS = {
    "市税": dict(label="市税", s=make_series(YRS, [4412330, 4356118, 4301872, 4388915, 4420667], [98.75, 98.52, 98.94, 99.05, 99.16],
                                         296110, [17.8, 16.9, 19.5, 21.2, 22.8], [8.8, 8.2, 7.9, 7.5, 7.0])),
    "国民健康保険税": dict(label="国民健康\n保険税", s=make_series(YRS, [818440, 806215, 792660, 771480, 748305], [92.80, 92.66, 93.15, 93.48, 93.90],
                                                      266330, [14.1, 13.6, 15.2, 16.4, 17.5], [9.8, 9.5, 9.1, 8.7, 8.2])),
    "介護保険料": dict(label="介護\n保険料", s=make_series(YRS, [612880, 620114, 631905, 636220, 641018], [98.85, 98.80, 98.92, 98.99, 99.06],
                                                 18450, [15.5, 15.0, 16.6, 17.4, 18.3], [14.2, 13.8, 13.0, 12.6, 12.1])),
    "後期高齢者医療保険料": dict(label="後期高齢者\n医療保険料", s=make_series(YRS, [402336, 408120, 415872, 428301, 441560], [99.52, 99.50, 99.58, 99.61, 99.64],
                                                          3020, [27.4, 26.8, 29.1, 30.5, 31.8], [8.5, 8.0, 7.7, 7.3, 7.0])),
    "保育所保育料": dict(label="保育所\n保育料", s=make_series(YRS, [98412, 76330, 74118, 72905, 70442], [99.10, 99.05, 99.22, 99.30, 99.38],
                                                  8870, [11.2, 10.8, 12.5, 13.3, 14.1], [3.2, 3.0, 3.6, 3.4, 3.1])),
    "住宅使用料": dict(label="市営住宅\n使用料", s=make_series(YRS, [121330, 119876, 118402, 116915, 115330], [95.80, 95.62, 96.10, 96.45, 96.80],
                                                  31220, [7.9, 7.4, 8.8, 9.6, 10.5], [2.4, 2.0, 3.1, 2.7, 3.3])),
}
FULL = {k: k for k in DEBTS}
FULL["住宅使用料"] = "市営住宅使用料"
TOT = {y: add_recs([DEBTS[k]["s"][y] for k in DEBTS]) for y in YRS}

wb = Workbook()
thin = Side(style="thin", color="444444")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill("solid", fgColor="D9E1F2")
SF = PatternFill("solid", fgColor="F2F2F2")
FN = "IPAexGothic"
NUM = "#,##0"
NUMT = '#,##0;"△"#,##0'
PCT = "0.00"
PTS = '0.00;"▲"0.00'


def put(ws, ref, v, fmt=None, bold=False, fill=None, align=None, size=10, border=True, wrap=False, valign="center"):
    c = ws[ref]
    c.value = v
    c.font = Font(name=FN, size=size, bold=bold)
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = fill
    h = align or ("right" if isinstance(v, (int, float)) else "left")
    c.alignment = Alignment(horizontal=h, vertical=valign, wrap_text=wrap)
    if border:
        c.border = BOX
    return c


def merge(ws, rng, v, **kw):
    first = rng.split(":")[0]
    c = put(ws, first, v, **kw)
    ws.merge_cells(rng)
    # borders on merged area
    from openpyxl.utils.cell import range_boundaries
    c1, r1, c2, r2 = range_boundaries(rng)
    for r in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            ws.cell(row=r, column=cc).border = BOX
    return c


def setup(ws, landscape=False, fit=True):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.sheet_view.showGridLines = False


# ================================================================ sheet 1 (p1): debts as columns
ws = wb.active
ws.title = "資料1"
setup(ws, landscape=True)
y = 2023
put(ws, "A1", "資料１", border=False, size=10)
put(ws, "A2", "令和５年度 債権の状況（決算）", border=False, size=14, bold=True)
put(ws, "I3", "（単位：千円、％）", border=False, size=9, align="right")
keys = list(DEBTS)
merge(ws, "A4:B4", "区分", fill=HF, align="center")
for j, k in enumerate(keys):
    put(ws, f"{get_column_letter(3 + j)}4", DEBTS[k]["label"], fill=HF, align="center", wrap=True)
put(ws, f"{get_column_letter(3 + len(keys))}4", "計", fill=HF, align="center")
ws.row_dimensions[4].height = 32
GROUPS = [("現年度分", "current", [("調定額", "assessed", "ca", NUM), ("収入済額", "collected", "cc", NUM), ("収納率", "collection_rate", "rate_c", PCT)]),
          ("滞納繰越分", "arrears", [("調定額", "assessed", "aa", NUM), ("収入済額", "collected", "ac", NUM), ("収納率", "collection_rate", "rate_a", PCT)]),
          ("合計", "total", [("調定額", "assessed", "asm", NUM), ("収入済額", "collected", "col", NUM), ("不納欠損額", "written_off", "wo", NUM),
                           ("収入未済額", "outstanding", "out", NUM), ("収納率", "collection_rate", "rate_t", PCT),
                           ("収納率の前年度比", "difference", "d_rate", PTS)])]
row = 5
for glab, seg, items in GROUPS:
    merge(ws, f"A{row}:A{row + len(items) - 1}", glab, align="center", wrap=True)
    for lab, met, key, fmt in items:
        put(ws, f"B{row}", lab)
        for j, k in enumerate(keys + ["計"]):
            recs = DEBTS[k]["s"] if k != "計" else TOT
            r = recs[y]
            if key == "d_rate":
                v = round(r["rate_t"] - recs[2022]["rate_t"], 2)
                s_ = tri(v, "▲", f2)
                G.fact(1, None if k == "計" else k, FULL.get(k, "計") if k != "計" else "計", y, "令和５年度", seg, "difference", "actual", v, "points", s_)
            elif fmt == PCT:
                v = r[key]
                s_ = f2(v)
                G.fact(1, None if k == "計" else k, FULL[k] if k != "計" else "計", y, "令和５年度", seg, met, "actual", v, "percent", s_)
            else:
                v = r[key]
                s_ = comma(v)
                G.fact(1, None if k == "計" else k, FULL[k] if k != "計" else "計", y, "令和５年度", seg, met, "actual", v * 1000, "yen", s_)
            put(ws, f"{get_column_letter(3 + j)}{row}", v, fmt=fmt, fill=SF if k == "計" else None)
        row += 1
put(ws, f"A{row + 1}", "注１）収納率＝収入済額÷調定額×100。収納率の前年度比は、令和４年度の合計収納率との差（ポイント、▲は低下）。", border=False, size=9)
put(ws, f"A{row + 2}", "注２）保育所保育料の滞納繰越分は過年度分。市営住宅使用料には駐車場使用料を含む。", border=False, size=9)
r5, r4 = TOT[2023], TOT[2022]
o5 = round(r5["out"] / 1000) * 100  # 万円 (100万円単位)
o4 = round(r4["out"] / 1000) * 100
def okuman(man):
    oku, rest = divmod(man, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")
put(ws, f"A{row + 4}", f"○ 対象６債権の収入未済額は約{okuman(o5)}で、前年度の約{okuman(o4)}から約{okuman(abs(o5 - o4))}の"
    f"{'減少' if o5 < o4 else '増加'}となった。", border=False, size=10.5)
G.fact(1, None, None, 2023, "令和５年度", "total", "outstanding", "actual", o5 * 10000, "yen", f"約{okuman(o5)}", approx=True)
G.fact(1, None, None, 2022, "前年度", "total", "outstanding", "actual", o4 * 10000, "yen", f"約{okuman(o4)}", approx=True)
G.fact(1, None, None, 2023, "令和５年度", "total", "difference", "actual", (o5 - o4) * 10000, "yen",
       f"約{okuman(abs(o5 - o4))}の{'減少' if o5 < o4 else '増加'}", approx=True)
ws.column_dimensions["A"].width = 11
ws.column_dimensions["B"].width = 18
for j in range(len(keys) + 1):
    ws.column_dimensions[get_column_letter(3 + j)].width = 14.5
for r_ in range(5, row):
    ws.row_dimensions[r_].height = 19

# ================================================================ sheet 2 (p2-p3): long format, header repeated
ws = wb.create_sheet("資料2")
setup(ws, fit=False)
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
put(ws, "A1", "資料２", border=False)
put(ws, "A2", "債権別・年度別の収納状況（令和元年度～令和５年度決算）", border=False, size=13, bold=True)
put(ws, "G3", "（単位：千円、％）", border=False, size=9, align="right")
HDR = ["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
for j, h in enumerate(HDR):
    put(ws, f"{get_column_letter(1 + j)}4", h, fill=HF, align="center")
ws.print_title_rows = "4:4"
row = 5
page = 2
BREAK_AFTER = "後期高齢者医療保険料"
for k in DEBTS:
    for yy in YRS:
        r = DEBTS[k]["s"][yy]
        vals = [(r["asm"], NUM, "assessed"), (r["col"], NUM, "collected"), (r["wo"], NUM, "written_off"), (r["out"], NUM, "outstanding"),
                (r["rate_t"], PCT, "collection_rate")]
        put(ws, f"A{row}", FULL[k])
        put(ws, f"B{row}", WA[yy], align="center")
        for j, (v, fmt, met) in enumerate(vals):
            put(ws, f"{get_column_letter(3 + j)}{row}", v, fmt=fmt)
            if fmt == PCT:
                G.fact(page, k, FULL[k], yy, WA[yy], "total", met, "actual", v, "percent", f2(v))
            else:
                G.fact(page, k, FULL[k], yy, WA[yy], "total", met, "actual", v * 1000, "yen", comma(v))
        ws.row_dimensions[row].height = 20
        row += 1
    if k == BREAK_AFTER:
        ws.row_breaks.append(Break(id=row - 1))
        page = 3
for yy in YRS:
    r = TOT[yy]
    put(ws, f"A{row}", "合計", fill=SF, align="center")
    put(ws, f"B{row}", WA[yy], fill=SF, align="center")
    for j, (v, fmt, met) in enumerate([(r["asm"], NUM, "assessed"), (r["col"], NUM, "collected"), (r["wo"], NUM, "written_off"),
                                       (r["out"], NUM, "outstanding"), (r["rate_t"], PCT, "collection_rate")]):
        put(ws, f"{get_column_letter(3 + j)}{row}", v, fmt=fmt, fill=SF)
        if fmt == PCT:
            G.fact(3, None, "合計", yy, WA[yy], "total", met, "actual", v, "percent", f2(v))
        else:
            G.fact(3, None, "合計", yy, WA[yy], "total", met, "actual", v * 1000, "yen", comma(v))
    ws.row_dimensions[row].height = 20
    row += 1
put(ws, f"A{row + 1}", "注）各年度の決算額。収納率は現年度分と滞納繰越分の合計による。", border=False, size=9)
put(ws, f"A{row + 2}", "注）令和２年度の保育所保育料の調定額の減少は、幼児教育・保育の無償化（令和元年１０月）の影響による。", border=False, size=9)
for col_, w in zip("ABCDEFG", (20, 12, 12.5, 12.5, 11, 12, 8)):
    ws.column_dimensions[col_].width = w

# ================================================================ sheet 3 (p4-p5): wide area table, split into right-hand columns
ws = wb.create_sheet("資料3")
setup(ws, landscape=True, fit=False)
ws.page_setup.scale = 100
put(ws, "A1", "資料３", border=False)
put(ws, "A2", "地域別の市税の収納状況", border=False, size=13, bold=True)
put(ws, "C3", "（令和３年度～令和５年度決算）", border=False, size=10)
put(ws, "J3", "（単位：千円、％）", border=False, size=9, align="right")
AREAS = [("牛窓", 0.24), ("邑久", 0.44), ("長船", 0.32)]
# area collection-rate offsets (points) for 現年 and 滞繰; the last area takes the remainder
OFFS = {"牛窓": (-0.31, -2.6), "邑久": (0.12, 1.9)}
YA = [2021, 2022, 2023]
merge(ws, "A4:A5", "地域", fill=HF, align="center")
merge(ws, "B4:B5", "区分", fill=HF, align="center")
for yi, yy in enumerate(YA):
    c0 = 3 + yi * 4
    merge(ws, f"{get_column_letter(c0)}4:{get_column_letter(c0 + 3)}4", WA[yy], fill=HF, align="center")
    for j, h in enumerate(["調定額", "収入済額", "収入未済額", "収納率"]):
        put(ws, f"{get_column_letter(c0 + j)}5", h, fill=HF, align="center")
ws.print_title_cols = "A:B"
S = DEBTS["市税"]["s"]
# split each component by area shares; remainder to the first area
split = {}
for yy in YA:
    r = S[yy]
    parts = []
    for ai, (nm, sh) in enumerate(AREAS):
        q = {key: round(r[key] * sh) for key in ("ca", "cw", "aa", "aw")}
        if nm in OFFS:
            q["cc"] = round(q["ca"] * (r["cc"] / r["ca"] + OFFS[nm][0] / 100))
            q["ac"] = round(q["aa"] * (r["ac"] / r["aa"] + OFFS[nm][1] / 100))
        parts.append(q)
    for key in ("ca", "cw", "aa", "aw"):
        parts[-1][key] = r[key] - sum(p_[key] for p_ in parts[:-1])
    parts[-1]["cc"] = r["cc"] - sum(p_["cc"] for p_ in parts[:-1])
    parts[-1]["ac"] = r["ac"] - sum(p_["ac"] for p_ in parts[:-1])
    split[yy] = [derive(p_) for p_ in parts]
row = 6
rows_spec = [(nm, ai) for ai, (nm, _) in enumerate(AREAS)] + [("計", None)]
for nm, ai in rows_spec:
    merge(ws, f"A{row}:A{row + 1}", nm, align="center", fill=SF if ai is None else None)
    for si, (lab, seg, a, c_, o, rt) in enumerate((("現年課税分", "current", "ca", "cc", "out_c", "rate_c"),
                                                    ("滞納繰越分", "arrears", "aa", "ac", "out_a", "rate_a"))):
        put(ws, f"B{row + si}", lab, fill=SF if ai is None else None)
        for yi, yy in enumerate(YA):
            r = split[yy][ai] if ai is not None else S[yy]
            c0 = 3 + yi * 4
            pg = 4 if yi < 2 else 5
            for j, (key, fmt, met) in enumerate(((a, NUM, "assessed"), (c_, NUM, "collected"), (o, NUM, "outstanding"), (rt, PCT, "collection_rate"))):
                v = r[key]
                put(ws, f"{get_column_letter(c0 + j)}{row + si}", v, fmt=fmt, fill=SF if ai is None else None)
                area = nm if ai is not None else None
                if fmt == PCT:
                    G.fact(pg, "市税", "市税", yy, WA[yy], seg, met, "actual", v, "percent", f2(v), area=area)
                else:
                    G.fact(pg, "市税", "市税", yy, WA[yy], seg, met, "actual", v * 1000, "yen", comma(v), area=area)
    ws.row_dimensions[row].height = 22
    ws.row_dimensions[row + 1].height = 22
    row += 2
put(ws, f"C{row + 1}", "注）地域は旧町（牛窓町・邑久町・長船町）の区域による。市外居住者分は長船に含めている。", border=False, size=9)
ws.col_breaks.append(Break(id=10))
ws.column_dimensions["A"].width = 10
ws.column_dimensions["B"].width = 14
for j in range(12):
    ws.column_dimensions[get_column_letter(3 + j)].width = 11 if j % 4 != 3 else 7.5


# ================================================================ sheets 4-5 (p6-p7): 取組個票
def kohyo(title, k, dept, kind, tg, hh, items, ref, issue, pg, hh_unit="households", hh_lab="滞納世帯数（世帯）"):
    ws = wb.create_sheet(title)
    setup(ws)
    S = DEBTS[k]["s"]
    put(ws, "A1", title.replace("資料4-", "資料４－"), border=False)
    put(ws, "A2", f"取組個票（{FULL[k]}）", border=False, size=14, bold=True)
    put(ws, "A4", "債権名", fill=HF, align="center")
    merge(ws, "B4:C4", FULL[k], bold=True)
    put(ws, "D4", "所管課", fill=HF, align="center")
    merge(ws, "E4:F4", dept)
    put(ws, "G4", "債権区分", fill=HF, align="center")
    put(ws, "H4", kind)
    put(ws, "A6", "１　目標収納率と実績の推移", border=False, bold=True, size=11)
    hdr = ["年度", "目標収納率\n現年（％）", "実績収納率\n現年（％）", "達成率\n（％）", "目標収納率\n滞繰（％）", "実績収納率\n滞繰（％）",
           "達成率\n（％）", "収入未済額\n（千円）"]
    for j, h in enumerate(hdr):
        put(ws, f"{get_column_letter(1 + j)}7", h, fill=HF, align="center", wrap=True, size=9)
    ws.row_dimensions[7].height = 30
    rr = 8
    for yy in (2021, 2022, 2023, 2024):
        tc, ta = tg[yy]
        put(ws, f"A{rr}", WA[yy], align="center")
        put(ws, f"B{rr}", tc, fmt=PCT)
        put(ws, f"E{rr}", ta, fmt="0.0")
        G.fact(pg, k, FULL[k], yy, WA[yy], "current", "collection_rate", "target", tc, "percent", f2(tc))
        G.fact(pg, k, FULL[k], yy, WA[yy], "arrears", "collection_rate", "target", ta, "percent", f1(ta))
        if yy in S:
            r = S[yy]
            put(ws, f"C{rr}", r["rate_c"], fmt=PCT)
            put(ws, f"D{rr}", round(r["rate_c"] / tc * 100, 1), fmt="0.0")
            put(ws, f"F{rr}", r["rate_a"], fmt=PCT)
            put(ws, f"G{rr}", round(r["rate_a"] / ta * 100, 1), fmt="0.0")
            put(ws, f"H{rr}", r["out"], fmt=NUM)
            G.fact(pg, k, FULL[k], yy, WA[yy], "current", "collection_rate", "actual", r["rate_c"], "percent", f2(r["rate_c"]))
            G.fact(pg, k, FULL[k], yy, WA[yy], "arrears", "collection_rate", "actual", r["rate_a"], "percent", f2(r["rate_a"]))
            G.fact(pg, k, FULL[k], yy, WA[yy], "total", "outstanding", "actual", r["out"] * 1000, "yen", comma(r["out"]))
        else:
            for col_ in "CDFGH":
                put(ws, f"{col_}{rr}", "－", align="center")
        ws.row_dimensions[rr].height = 22
        rr += 1
    put(ws, f"A{rr}", "注）令和６年度は目標のみ。達成率＝実績÷目標×100。", border=False, size=9)
    rr += 2
    put(ws, f"A{rr}", "２　滞納の状況", border=False, bold=True, size=11)
    rr += 1
    for j, h in enumerate(["区分", "", "令和４年度末", "令和５年度末", "増減"]):
        if j == 1:
            continue
        put(ws, f"{get_column_letter(1 + j)}{rr}", h, fill=HF, align="center")
    ws.merge_cells(f"A{rr}:B{rr}")
    rr += 1
    merge(ws, f"A{rr}:B{rr}", hh_lab)
    put(ws, f"C{rr}", hh[0], fmt=NUM)
    put(ws, f"D{rr}", hh[1], fmt=NUM)
    put(ws, f"E{rr}", hh[1] - hh[0], fmt=NUMT)
    G.fact(pg, k, FULL[k], 2022, "令和４年度末", "total", "delinquents", "actual", hh[0], hh_unit, comma(hh[0]))
    G.fact(pg, k, FULL[k], 2023, "令和５年度末", "total", "delinquents", "actual", hh[1], hh_unit, comma(hh[1]))
    G.fact(pg, k, FULL[k], 2023, "令和５年度末", "total", "difference", "actual", hh[1] - hh[0], hh_unit, tri(hh[1] - hh[0]))
    rr += 2
    put(ws, f"A{rr}", "３　令和６年度の取組", border=False, bold=True, size=11)
    rr += 1
    txt = "\n".join(f"({i + 1}) {t}" + (f"【{st}】" if st else "") for i, (t, st) in enumerate(items))
    merge(ws, f"A{rr}:H{rr}", txt, wrap=True, valign="top", size=10)
    ws.row_dimensions[rr].height = 16 * (len(items) + sum(len(t) > 44 for t, _ in items)) + 12
    for i, (t, st) in enumerate(items):
        G.init(pg, k, 2024, "令和６年度の取組", f"({i + 1})", t, st)
    rr += 2
    put(ws, f"A{rr}", "４　課題と今後の方向性", border=False, bold=True, size=11)
    rr += 1
    merge(ws, f"A{rr}:H{rr}", issue[0], wrap=True, valign="top", size=10)
    ws.row_dimensions[rr].height = 64
    for f_ in issue[1]:
        G.fact(pg, k, FULL[k], *f_)
    rr += 2
    merge(ws, f"A{rr}:H{rr}", ref[0], wrap=True, valign="top", size=10)
    ws.row_dimensions[rr].height = 62
    for f_ in ref[1]:
        G.fact(pg, k, FULL[k], *f_)
    for col_, w in zip("ABCDEFGH", (12, 11, 13, 13, 11, 11, 9, 13)):
        ws.column_dimensions[col_].width = w


k = "国民健康保険税"
KS = DEBTS[k]["s"]
sep_c, sep_a, sep_pc, sep_arr_col = 44.12, 9.86, 43.80, 16318
kohyo("資料4-1", k, "市民課 保険年金係", "強制徴収公債権",
      {2021: (93.20, 15.0), 2022: (93.50, 16.0), 2023: (93.80, 17.0), 2024: (94.10, 18.0)},
      (702, 664),
      [("納期限を過ぎた世帯に対し、督促状の発送から２週間後に電話催告を行い、早期の納付を促す。", "継続"),
       ("資格確認書の交付時に納付相談を行い、分割納付の誓約と口座振替の申込みを同時に受け付ける。", "拡充"),
       ("市税と国民健康保険税を重複して滞納している世帯の滞納整理を税務課に一元化する。", "新規")],
      ("【参考】令和６年９月末の状況\n"
       f"・現年課税分の収納率：{f2(sep_c)}％（前年同期 {f2(sep_pc)}％）\n"
       f"・滞納繰越分の収納率：{f2(sep_a)}％\n"
       f"・滞納繰越分の収入済額：{comma(sep_arr_col)}千円",
       [(2024, "令和６年９月末", "current", "collection_rate", "interim", sep_c, "percent", f"{f2(sep_c)}％", False, "2024-09-30"),
        (2023, "前年同期", "current", "collection_rate", "interim", sep_pc, "percent", f"前年同期{f2(sep_pc)}％", False, "2023-09-30"),
        (2024, "令和６年９月末", "arrears", "collection_rate", "interim", sep_a, "percent", f"{f2(sep_a)}％", False, "2024-09-30"),
        (2024, "令和６年９月末", "arrears", "collected", "interim", sep_arr_col * 1000, "yen", f"{comma(sep_arr_col)}千円", False, "2024-09-30")]),
      (f"令和５年度は現年課税分・滞納繰越分ともに目標を達成したが、収入未済額は{comma(KS[2023]['out'])}千円と依然として多額である。"
       f"滞納繰越分の不納欠損額は{comma(KS[2023]['aw'])}千円で、前年度の{comma(KS[2022]['aw'])}千円から減少した。"
       "今後は、納付資力の有無を早期に見極め、滞納処分と執行停止を適切に使い分けることで、滞納繰越額の圧縮を図る。",
       [(2023, "令和５年度", "total", "outstanding", "actual", KS[2023]["out"] * 1000, "yen", f"{comma(KS[2023]['out'])}千円"),
        (2023, "令和５年度", "arrears", "written_off", "actual", KS[2023]["aw"] * 1000, "yen", f"{comma(KS[2023]['aw'])}千円で"),
        (2022, "前年度", "arrears", "written_off", "actual", KS[2022]["aw"] * 1000, "yen", f"前年度の{comma(KS[2022]['aw'])}千円")]),
      6)
k = "住宅使用料"
JS = DEBTS[k]["s"]
kohyo("資料4-2", k, "建設部 都市計画課", "私債権",
      {2021: (96.00, 8.5), 2022: (96.30, 9.5), 2023: (96.60, 10.5), 2024: (96.90, 11.0)},
      (47, 42),
      [("滞納２か月目に本人へ、３か月目に連帯保証人へ文書で催告し、滞納の長期化を防ぐ。", "継続"),
       ("退去者の滞納分について、所在調査を行ったうえで支払督促の申立てを行う。", "継続"),
       ("入居時に口座振替の利用を原則とする運用を開始する。", "新規")],
      ("【参考】令和６年９月末の状況\n"
       "・現年度分の収納率：48.36％（前年同期 47.95％）\n"
       "・滞納繰越分の収入未済額：39,218千円",
       [(2024, "令和６年９月末", "current", "collection_rate", "interim", 48.36, "percent", "48.36％", False, "2024-09-30"),
        (2023, "前年同期", "current", "collection_rate", "interim", 47.95, "percent", "前年同期47.95％", False, "2023-09-30"),
        (2024, "令和６年９月末", "arrears", "outstanding", "interim", 39218000, "yen", "39,218千円", False, "2024-09-30")]),
      (f"現年度分の収納率は{f2(JS[2023]['rate_c'])}％と目標を上回ったが、滞納繰越分の収入未済額の多くは退去者に係るもので、"
       "所在が不明な案件も含まれている。回収の見込みがない債権については、債権管理条例に基づく放棄を含めて整理を進める。"
       f"令和５年度の不納欠損額は{comma(JS[2023]['aw'])}千円であった。",
       [(2023, "令和５年度", "current", "collection_rate", "actual", JS[2023]["rate_c"], "percent", f"{f2(JS[2023]['rate_c'])}％と"),
        (2023, "令和５年度", "total", "written_off", "actual", JS[2023]["aw"] * 1000, "yen", f"{comma(JS[2023]['aw'])}千円であった")]),
      7, hh_unit="persons", hh_lab="滞納者数（人）")

src = WORK / f"{STEM}.xlsx"
wb.save(src)
out = soffice_to_pdf(src, WORK)
dst = PDF_DIR / f"{STEM}.pdf"
out.replace(dst)
subset_fonts(dst)
n = pdf_pages(dst)
G.write(dst, n)
assert n == 7, n
print(STEM, n, "pages", len(G.facts), "facts", len(G.inits), "initiatives")
