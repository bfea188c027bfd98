"""gi_sakai_committee_1: 令和５年度第２回堺市債権管理推進本部会議 資料 (kind committee_material).

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/dev47:  python3 build/gi_sakai_committee.py
All figures are invented.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gi_common import PDF_DIR, WORK, Gold, comma, rate, soffice_to_pdf, tri, zen  # noqa: E402

STEM = "gi_sakai_committee_1"
TITLE = "令和５年度 第２回 堺市債権管理推進本部会議 資料"
G = Gold(STEM, "committee_material", "kobetsu", "堺市", TITLE, "2024-03-22", "令和６年３月22日（金）")
rnd = random.Random(2024)
FEB, FEB_PREV = "2024-02-29", "2023-02-28"

# ------------------------------------------------------------------ data
# key, printed name, canonical, unit of generation (k=千円, h=百千円 for 百万円 display, y=円),
# cur assessed 2019 (千円), growth, cur rate 2019, gain, arr assessed 2019 (千円), arr rate, gain, write-off share
DEBTS = [
    ("tax", "市税", "市税", "h", 141_250_000, 0.012, 98.92, 0.10, 5_120_000, 27.6, 1.3, 0.060),
    ("nhi", "国民健康保険料", "国民健康保険料", "k", 22_480_000, -0.022, 92.15, 0.45, 5_430_000, 20.4, 1.0, 0.080),
    ("care", "介護保険料", "介護保険料", "k", 27_150_000, 0.018, 98.85, 0.08, 610_000, 13.8, 0.6, 0.140),
    ("late", "後期高齢者医療保険料", "後期高齢者医療保険料", "k", 11_860_000, 0.028, 99.38, 0.04, 102_000, 33.5, 0.9, 0.050),
    ("nurs", "保育料（利用者負担額）", "保育料", "k", 3_520_000, -0.030, 98.40, 0.10, 338_000, 11.2, 0.7, 0.070),
    ("house", "市営住宅使用料", "市営住宅使用料", "y", 1_902_000, -0.008, 97.55, 0.08, 548_000, 9.6, 0.5, 0.045),
    ("sewer", "下水道使用料", "下水道使用料", "k", 15_880_000, 0.004, 99.18, 0.04, 192_000, 30.5, 0.8, 0.030),
    ("welf", "生活保護費返還金", "生活保護費返還金", "k", 598_000, 0.020, 60.5, 0.6, 2_780_000, 3.9, 0.15, 0.020),
]
YEARS = [2019, 2020, 2021, 2022]
NAME = {d[0]: d[1] for d in DEBTS}
CANON = {d[0]: d[2] for d in DEBTS}
GU = {d[0]: d[3] for d in DEBTS}
MULT = {"k": 1000, "h": 100_000, "y": 1}   # yen per generation unit


def gen():
    data = {}
    for key, name, canon, u, a0, g, r0, dr, arr0, ar0, dar, wsh in DEBTS:
        m = MULT[u]
        rows = {}
        prev = None
        for i, y in enumerate(YEARS + [2023]):
            cur_a = int(a0 * 1000 * (1 + g) ** i * rnd.uniform(0.996, 1.004)) // m
            cur_r = r0 + dr * i + rnd.uniform(-0.05, 0.05)
            arr_a = (int(arr0 * 1000 * rnd.uniform(0.98, 1.02)) // m) if prev is None \
                else int(prev * rnd.uniform(0.96, 0.985))
            arr_r = ar0 + dar * i + rnd.uniform(-0.3, 0.3)
            cur_c = int(cur_a * cur_r / 100)
            arr_c = int(arr_a * arr_r / 100)
            w = int(arr_a * wsh * rnd.uniform(0.9, 1.1))
            out = cur_a - cur_c + arr_a - arr_c - w
            rows[y] = {k2: v * m for k2, v in dict(cur_a=cur_a, cur_c=cur_c, arr_a=arr_a, arr_c=arr_c, w=w,
                                                   out=out, cur_o=cur_a - cur_c,
                                                   arr_o=arr_a - arr_c - w).items()}
            prev = out
        # 2月末 interim (2023 = 令和5年度, as of 2024-02-29) and the same month a year before (2022)
        for y, tag in ((2023, "feb"), (2022, "pfeb")):
            d = rows[y]
            f_cur = {"tax": 0.955, "nhi": 0.885, "care": 0.918, "late": 0.905, "nurs": 0.915, "house": 0.905,
                     "sewer": 0.872, "welf": 0.74}[key] + rnd.uniform(-0.004, 0.004) + (0.003 if y == 2023 else 0)
            f_arr = {"tax": 0.86, "nhi": 0.84, "care": 0.82, "late": 0.88, "nurs": 0.80, "house": 0.83,
                     "sewer": 0.85, "welf": 0.78}[key] + rnd.uniform(-0.01, 0.01)
            fa = lambda v: (int(v / m) // 1) * m  # noqa: E731
            rows[tag] = dict(cur_a=d["cur_a"], cur_c=fa(d["cur_c"] * f_cur), arr_a=d["arr_a"],
                             arr_c=fa(d["arr_c"] * f_arr))
        data[key] = rows
    return data


D = gen()


def rt(key, y, seg):
    d = D[key][y]
    if seg == "cur":
        return rate(d["cur_c"], d["cur_a"])
    if seg == "arr":
        return rate(d["arr_c"], d["arr_a"])
    return rate(d["cur_c"] + d["arr_c"], d["cur_a"] + d["arr_a"])


# 2023 決算見込 and 2024 目標 (rates and outstanding) for the four 取組個票 debts
EST, TGT = {}, {}
for key in ("tax", "nhi", "care", "house"):
    c22, a22 = rt(key, 2022, "cur"), rt(key, 2022, "arr")
    EST[key] = dict(cur=round(c22 + {"tax": 0.06, "nhi": 0.31, "care": 0.04, "house": -0.12}[key], 2),
                    arr=round(a22 + {"tax": 1.12, "nhi": 0.84, "care": 0.55, "house": 0.38}[key], 2))
    TGT[key] = dict(cur=round(EST[key]["cur"] + {"tax": 0.03, "nhi": 0.20, "care": 0.05, "house": 0.25}[key], 2),
                    arr=round(EST[key]["arr"] + {"tax": 0.80, "nhi": 0.90, "care": 0.60, "house": 0.50}[key], 2))
    o22 = D[key][2022]["out"]
    m = MULT[GU[key]] if GU[key] != "y" else 1
    EST[key]["out"] = int(round(o22 * 0.955 / m)) * m
    TGT[key]["out"] = int(round(o22 * 0.915 / m)) * m

# wards (国民健康保険料 and 保育料, 令和4年度決算, 千円); the city figure is the sum of the wards
WARDS = ["堺区", "中区", "東区", "西区", "南区", "北区", "美原区"]
WSHARE = {"nhi": [0.158, 0.142, 0.093, 0.150, 0.168, 0.214, 0.075],
          "nurs": [0.131, 0.153, 0.101, 0.149, 0.157, 0.236, 0.073]}   # each sums to 1


def ward_split():
    out = {}
    for key in ("nhi", "nurs"):
        city = {f: D[key][2022][f] // 1000 for f in ("cur_a", "cur_c", "arr_a", "arr_c", "w")}
        sh = WSHARE[key]
        vals = []
        for i, wname in enumerate(WARDS):
            v = {}
            v["cur_a"] = int(city["cur_a"] * sh[i])
            v["arr_a"] = int(city["arr_a"] * sh[i] * rnd.uniform(0.92, 1.08))
            v["cur_c"] = int(v["cur_a"] * city["cur_c"] / city["cur_a"] * rnd.uniform(0.9985, 1.0012))
            v["arr_c"] = int(v["arr_a"] * city["arr_c"] / city["arr_a"] * rnd.uniform(0.88, 1.12))
            v["w"] = int(v["arr_a"] * city["w"] / city["arr_a"] * rnd.uniform(0.88, 1.12))
            vals.append(v)
        big = WARDS.index("北区")
        for f in city:
            vals[big][f] += city[f] - sum(v[f] for v in vals)
        res = []
        for wname, v in zip(WARDS, vals):
            v["out"] = v["cur_a"] - v["cur_c"] + v["arr_a"] - v["arr_c"] - v["w"]
            assert all(x > 0 for x in v.values()) and v["cur_c"] < v["cur_a"], (key, wname, v)
            res.append((wname, v))
        out[key] = res
    return out


WD = ward_split()
# keep the city (計) in 千円 exactly equal to the sum of wards: city values in the 個票 use the same truncation
OTHER_OUT_2022 = 1_342_118_000     # other debts (yen), for the city-wide 【参考】 figure
OTHER_OUT_2021 = 1_408_305_000

# ------------------------------------------------------------------ docx helpers
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(17)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(14)
sec.footer_distance = Mm(7)
MIN, GOT = "IPAexMincho", "IPAexGothic"
st = doc.styles["Normal"]
st.font.name = MIN
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.0


def font(run, name=MIN, size=None, bold=False):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    return run


def P(text="", size=10, name=MIN, align=None, before=0, after=2, indent=None, first=None, container=None):
    p = (container or doc).add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if text:
        font(p.add_run(text), name, size)
    return p


def add(p, text, size=10, name=MIN):
    return font(p.add_run(text), name, size)


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def shade(cell, fill):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def vertical(cell):
    tcPr = cell._element.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRl")
    tcPr.append(td)


def header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def no_borders(table):
    tblPr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def T(rows, widths, size=8.5, style="Table Grid", row_h=5.2):
    t = doc.add_table(rows=rows, cols=len(widths))
    t.style = doc.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Mm(w)
        if row_h:
            trPr = row._tr.get_or_add_trPr()
            h = OxmlElement("w:trHeight")
            h.set(qn("w:val"), str(int(row_h * 56.7)))
            h.set(qn("w:hRule"), "atLeast")
            trPr.append(h)
    grid = t._element.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    tblPr = t._element.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for old in tblPr.findall(qn("w:tblW")):
        tblPr.remove(old)
    tblPr.append(tw)
    mar = OxmlElement("w:tblCellMar")
    for side, v in (("top", 30), ("bottom", 30), ("left", 70), ("right", 70)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(v))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblPr.append(mar)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    t._size = size
    return t


def C(t, r, c, text, align="l", name=MIN, size=None, fill=None, vert=False, valign="c"):
    cell = t.cell(r, c)
    cell.vertical_alignment = {"c": WD_CELL_VERTICAL_ALIGNMENT.CENTER, "t": WD_CELL_VERTICAL_ALIGNMENT.TOP}[valign]
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = 1.12
    p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                   "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    lines = text if isinstance(text, list) else [text]
    for i, ln in enumerate(lines):
        run = font(p.add_run(ln), name, size or t._size)
        if i < len(lines) - 1:
            run.add_break()
    if fill:
        shade(cell, fill)
    if vert:
        vertical(cell)
    return cell


def H(t, r, c, text, **kw):
    kw.setdefault("fill", "D9D9D9")
    kw.setdefault("align", "c")
    kw.setdefault("name", GOT)
    return C(t, r, c, text, **kw)


def footer():
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    add(p, "－ ", 9)
    p._p.append(fld)
    add(p, " －", 9)


footer()

# ------------------------------------------------------------------ page 1 次第 + 【参考】
G.page = 1
P("令和５年度　第２回", 13, GOT, "c", before=6, after=2)
P("堺市債権管理推進本部会議", 16, GOT, "c", after=10)
P("日時：令和６年３月22日（金）午前10時～11時30分", 10.5, MIN, "r", after=1)
P("場所：堺市役所　本館３階　第２会議室", 10.5, MIN, "r", after=14)
P("次　　第", 13, GOT, "c", after=10)
for ln in ["１　開　会", "２　議　題"]:
    P(ln, 11, MIN, after=8, indent=8)
for ln in ["（１）主要債権の収納状況（令和６年２月末時点）について　…　資料１",
           "（２）区役所で徴収事務を行っている債権の状況について　…　資料２",
           "（３）令和６年度 債権別取組方針（取組個票）について　…　資料３"]:
    P(ln, 10.5, MIN, after=8, indent=14)
P("３　閉　会", 11, MIN, after=40, indent=8)

o22 = sum(D[k][2022]["out"] for k in NAME) + OTHER_OUT_2022
o21 = sum(D[k][2021]["out"] for k in NAME) + OTHER_OUT_2021
o22r, d21r = round(o22 / 1e8, 1), round((o22 - o21) / 1e8, 1)
PEAK = 22_650_000_000
dpk = round((o22 - PEAK) / 1e8, 1)
ra22 = rate(sum(D[k][2022]["cur_c"] + D[k][2022]["arr_c"] for k in NAME),
            sum(D[k][2022]["cur_a"] + D[k][2022]["arr_a"] for k in NAME))
ra21 = rate(sum(D[k][2021]["cur_c"] + D[k][2021]["arr_c"] for k in NAME),
            sum(D[k][2021]["cur_a"] + D[k][2021]["arr_a"] for k in NAME))
box = T(1, [160], size=10)
cell = box.cell(0, 0)
p = cell.paragraphs[0]
add(p, "【参考】堺市の収入未済額等の推移", 10.5, GOT)
yr = dict(fy=2022, fy_raw="令和４年度", basis="actual")
for parts in (
    ["・令和４年度決算の収入未済額（全会計）：約",
     G.fact(f"{o22r:.1f}億円", o22r * 1e8, "yen", "outstanding", approx=True, **yr)],
    ["・前年度比：約", G.fact(f"{abs(d21r):.1f}億円減", d21r * 1e8, "yen", "difference", approx=True, **yr)],
    ["・ピーク時（平成22年度）：約",
     G.fact("226.5億円", PEAK, "yen", "outstanding", approx=True, fy=2010, fy_raw="平成22年度"),
     "から約", G.fact(f"{abs(dpk):.1f}億円減", dpk * 1e8, "yen", "difference", approx=True, **yr)],
    ["・主要８債権の収納率（令和４年度）：",
     G.fact(f"{ra22:.2f}％", ra22, "percent", "collection_rate", debt=None, debt_raw=None, **yr),
     "（前年度比",
     G.fact(f"{ra22 - ra21:.2f}ポイント", round(ra22 - ra21, 2), "points", "difference", debt=None,
            debt_raw=None, **yr),
     "上昇）"],
):
    q = cell.add_paragraph()
    q.paragraph_format.left_indent = Mm(4)
    q.paragraph_format.space_before = Pt(3)
    add(q, "".join(parts), 10)
P("", after=4)
P("【配付資料】", 10, GOT, after=2, indent=8)
for ln in ["資料１　主要債権の収納状況（令和６年２月末時点）", "資料２　区役所で徴収事務を行っている債権の状況（令和４年度決算）",
           "資料３　令和６年度 債権別取組方針（取組個票）"]:
    P(ln, 10, MIN, after=2, indent=12)
page_break()

# ------------------------------------------------------------------ page 2 資料１
G.page = 2
P("資料１", 10, GOT, "r", after=2)
P("主要債権の収納状況（令和６年２月末時点）", 13, GOT, after=6)
P("表１　主要債権の収納状況（現年度分）", 10.5, GOT, after=1)
P("（単位：千円、％）", 8.5, MIN, "r", after=1)
ORDER = ["tax", "nhi", "care", "late", "nurs", "house", "sewer", "welf"]
t = T(2 + len(ORDER) + 1, [33, 23, 23, 13.5, 23, 23, 13.5, 23], size=8.3)
H(t, 0, 0, "債権名")
t.cell(0, 0).merge(t.cell(1, 0))
H(t, 0, 1, "令和６年２月末")
t.cell(0, 1).merge(t.cell(0, 3))
H(t, 0, 4, "令和５年２月末（前年同月）")
t.cell(0, 4).merge(t.cell(0, 6))
H(t, 0, 7, ["収納率の差", "（Ａ）－（Ｂ）"], size=7.6)
t.cell(0, 7).merge(t.cell(1, 7))
for j, h in enumerate(["調定額", "収入済額", ["収納率", "（Ａ）"], "調定額", "収入済額", ["収納率", "（Ｂ）"]]):
    H(t, 1, 1 + j, h)
sums = dict(a=0, c=0, pa=0, pc=0)
for i, key in enumerate(ORDER):
    r = 2 + i
    f, pf = D[key]["feb"], D[key]["pfeb"]
    a, c, pa, pc = (f["cur_a"] // 1000, f["cur_c"] // 1000, pf["cur_a"] // 1000, pf["cur_c"] // 1000)
    ra, rb = rate(f["cur_c"], f["cur_a"]), rate(pf["cur_c"], pf["cur_a"])
    sums["a"] += a; sums["c"] += c; sums["pa"] += pa; sums["pc"] += pc  # noqa: E702
    kw = dict(debt=CANON[key], debt_raw=NAME[key], segment="current", basis="interim")
    now = dict(fy=2023, fy_raw="令和６年２月末", as_of=FEB, **kw)
    prv = dict(fy=2022, fy_raw="令和５年２月末", as_of=FEB_PREV, **kw)
    C(t, r, 0, NAME[key])
    C(t, r, 1, G.fact(comma(a), a * 1000, "yen", "assessed", **now), "r")
    C(t, r, 2, G.fact(comma(c), c * 1000, "yen", "collected", **now), "r")
    C(t, r, 3, G.fact(f"{ra:.2f}", ra, "percent", "collection_rate", **now), "r")
    C(t, r, 4, G.fact(comma(pa), pa * 1000, "yen", "assessed", **prv), "r")
    C(t, r, 5, G.fact(comma(pc), pc * 1000, "yen", "collected", **prv), "r")
    C(t, r, 6, G.fact(f"{rb:.2f}", rb, "percent", "collection_rate", **prv), "r")
    C(t, r, 7, G.fact(tri(round(ra - rb, 2), 2, "▲"), round(ra - rb, 2), "points", "difference", **now), "r")
    if i % 2:
        for j in range(8):
            shade(t.cell(r, j), "F2F2F2")
r = 2 + len(ORDER)
ra, rb = rate(sums["c"], sums["a"]), rate(sums["pc"], sums["pa"])
kw = dict(debt=None, debt_raw="計", segment="current", basis="interim")
now = dict(fy=2023, fy_raw="令和６年２月末", as_of=FEB, **kw)
prv = dict(fy=2022, fy_raw="令和５年２月末", as_of=FEB_PREV, **kw)
C(t, r, 0, "計", "c", GOT, fill="E7E6E6")
for j, (txt, args) in enumerate([
        (comma(sums["a"]), (sums["a"] * 1000, "yen", "assessed", now)),
        (comma(sums["c"]), (sums["c"] * 1000, "yen", "collected", now)),
        (f"{ra:.2f}", (ra, "percent", "collection_rate", now)),
        (comma(sums["pa"]), (sums["pa"] * 1000, "yen", "assessed", prv)),
        (comma(sums["pc"]), (sums["pc"] * 1000, "yen", "collected", prv)),
        (f"{rb:.2f}", (rb, "percent", "collection_rate", prv)),
        (tri(round(ra - rb, 2), 2, "▲"), (round(ra - rb, 2), "points", "difference", now))]):
    v, u, m, k2 = args
    C(t, r, 1 + j, G.fact(txt, v, u, m, **k2), "r", GOT, fill="E7E6E6")
P("※ 調定額は各月末時点の累計額。市営住宅使用料は千円未満を切り捨てている。", 8, MIN, before=2, after=8)

P("表２　滞納繰越分の収納状況（令和６年２月末時点）", 10.5, GOT, after=1)
P("（単位：千円、％）", 8.5, MIN, "r", after=1)
t = T(1 + len(ORDER), [44, 30, 30, 40, 30], size=8.3)
for j, h in enumerate(["債権名", "調定額", "収入済額", ["収納率", "（前年同月）"], "前年同月比"]):
    H(t, 0, j, h)
for i, key in enumerate(ORDER):
    r = 1 + i
    f, pf = D[key]["feb"], D[key]["pfeb"]
    a, c = f["arr_a"] // 1000, f["arr_c"] // 1000
    ra, rb = rate(f["arr_c"], f["arr_a"]), rate(pf["arr_c"], pf["arr_a"])
    kw = dict(debt=CANON[key], debt_raw=NAME[key], segment="arrears", basis="interim")
    now = dict(fy=2023, fy_raw="令和６年２月末時点", as_of=FEB, **kw)
    prv = dict(fy=2022, fy_raw="前年同月", as_of=FEB_PREV, **kw)
    C(t, r, 0, NAME[key])
    C(t, r, 1, G.fact(comma(a), a * 1000, "yen", "assessed", **now), "r")
    C(t, r, 2, G.fact(comma(c), c * 1000, "yen", "collected", **now), "r")
    C(t, r, 3, G.fact(f"{ra:.2f}", ra, "percent", "collection_rate", **now) + "（"
      + G.fact(f"{rb:.2f}", rb, "percent", "collection_rate", **prv) + "）", "r")
    C(t, r, 4, G.fact(tri(round(ra - rb, 2), 2, "▲"), round(ra - rb, 2), "points", "difference", **now), "r")
P("※ 収納率欄の（　）内は前年同月（令和５年２月末）の収納率である。", 8, MIN, before=2)
page_break()


# ------------------------------------------------------------------ pages 3-4 資料２ (ward tables)
def ward_table(key, title, pg, first):
    G.page = pg
    if first:
        P("資料２", 10, GOT, "r", after=2)
        P("区役所で徴収事務を行っている債権の状況（令和４年度決算）", 13, GOT, after=4)
        P("国民健康保険料及び保育料（利用者負担額）の徴収事務は、各区役所の保険年金課及び子育て支援課で行っている。区ごとの令和４年度決算の状況は次のとおり。",
          10, MIN, after=6, first=3.5, align="j")
    P(title, 10.5, GOT, after=1)
    P("（単位：千円、％）", 8.5, MIN, "r", after=1)
    widths = [8, 16, 20, 20, 12, 18, 18, 12, 16, 20]
    rows = WD[key]
    t = T(2 + len(rows) + 1, widths, size=8.2)
    H(t, 0, 0, "債権名", vert=True)
    t.cell(0, 0).merge(t.cell(1, 0))
    H(t, 0, 1, "区")
    t.cell(0, 1).merge(t.cell(1, 1))
    H(t, 0, 2, "現年度分")
    t.cell(0, 2).merge(t.cell(0, 4))
    H(t, 0, 5, "滞納繰越分")
    t.cell(0, 5).merge(t.cell(0, 7))
    H(t, 0, 8, "不納欠損額")
    t.cell(0, 8).merge(t.cell(1, 8))
    H(t, 0, 9, "収入未済額")
    t.cell(0, 9).merge(t.cell(1, 9))
    for j, h in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
        H(t, 1, 2 + j, h)
    header_row(t.rows[0])
    header_row(t.rows[1])
    tot = dict(cur_a=0, cur_c=0, arr_a=0, arr_c=0, w=0, out=0)
    for i, (wname, v) in enumerate(rows + [("計", None)]):
        r = 2 + i
        if v is None:
            v = tot
            area = None
        else:
            for f in tot:
                tot[f] += v[f]
            area = wname
        kw = dict(debt=CANON[key], debt_raw=NAME[key], fy=2022, fy_raw="令和４年度", basis="actual", area=area)
        nm = GOT if area is None else MIN
        fill = "E7E6E6" if area is None else None
        C(t, r, 1, wname, "c", nm, fill=fill)
        vals = [
            (comma(v["cur_a"]), v["cur_a"] * 1000, "yen", "assessed", "current"),
            (comma(v["cur_c"]), v["cur_c"] * 1000, "yen", "collected", "current"),
            (f"{rate(v['cur_c'], v['cur_a']):.2f}", rate(v["cur_c"], v["cur_a"]), "percent", "collection_rate", "current"),
            (comma(v["arr_a"]), v["arr_a"] * 1000, "yen", "assessed", "arrears"),
            (comma(v["arr_c"]), v["arr_c"] * 1000, "yen", "collected", "arrears"),
            (f"{rate(v['arr_c'], v['arr_a']):.2f}", rate(v["arr_c"], v["arr_a"]), "percent", "collection_rate", "arrears"),
            (comma(v["w"]), v["w"] * 1000, "yen", "written_off", "total"),
            (comma(v["out"]), v["out"] * 1000, "yen", "outstanding", "total"),
        ]
        for j, (raw, val, u, m, seg) in enumerate(vals):
            C(t, r, 2 + j, G.fact(raw, val, u, m, segment=seg, **kw), "r", nm, fill=fill)
    # vertical debt label merged over the ward rows (計 row excluded)
    C(t, 2, 0, NAME[key].replace("（利用者負担額）", ""), "c", GOT, vert=True, fill="F2F2F2")
    t.cell(2, 0).merge(t.cell(2 + len(rows) - 1, 0))
    t.cell(2 + len(rows), 0).merge(t.cell(2 + len(rows), 1))
    return t


ward_table("nhi", "（１）国民健康保険料（区役所保険年金課）", 3, True)
P("※ 計は市全体の額であり、本庁で徴収した分を含まない。収納率は小数点以下第３位を四捨五入。", 8, MIN, before=2, after=8)
P("【区別の状況（国民健康保険料）】", 10.5, GOT, after=3)
wr = [(w, rate(v["cur_c"], v["cur_a"]), v) for w, v in WD["nhi"]]
hi = max(wr, key=lambda x: x[1])
lo = min(wr, key=lambda x: x[1])
bo = max(WD["nhi"], key=lambda x: x[1]["out"])
city_out = sum(v["out"] for _, v in WD["nhi"])
kw = dict(debt="国民健康保険料", debt_raw="国民健康保険料", fy=2022, fy_raw="令和４年度", basis="actual")
bo_oku = round(bo[1]["out"] / 100_000, 1)
P("現年度分の収納率は、" + hi[0] + "が" + G.fact(f"{hi[1]:.2f}％", hi[1], "percent", "collection_rate",
                                             segment="current", area=hi[0], **kw)
  + "で最も高く、" + lo[0] + "が" + G.fact(f"{lo[1]:.2f}％", lo[1], "percent", "collection_rate",
                                        segment="current", area=lo[0], **kw)
  + "で最も低い。収入未済額は" + bo[0] + "が約"
  + G.fact(f"{bo_oku:.1f}億円", round(bo_oku * 100_000_000), "yen", "outstanding", approx=True, area=bo[0], **kw)
  + "と最も多く、市全体の" + f"{bo[1]['out'] / city_out * 100:.1f}" + "％を占めている。", 10, MIN, after=3,
  first=3.5, align="j")
P("区役所間で収納率に差が生じていることから、収納率の高い区の取組（納付相談の予約制、口座振替の窓口勧奨）を各区で共有し、全区で同一の水準の滞納整理を行うことを目指す。",
  10, MIN, after=3, first=3.5, align="j")
page_break()
ward_table("nurs", "（２）保育料（利用者負担額）（区役所子育て支援課）", 4, False)
P("※ 保育料は、認定こども園・保育所等の利用者負担額であり、児童手当からの特別徴収分を含む。", 8, MIN, before=2, after=8)

# long-format table: one row per debt and year (the four debts without a 取組個票)
P("表３　主要債権の収入未済額等の推移（決算）", 10.5, GOT, after=1)
P("（単位：千円）", 8.5, MIN, "r", after=1)
LONG = ["late", "nurs", "sewer", "welf"]
t = T(1 + 3 * len(LONG), [44, 24, 30, 30, 48], size=8.3)
for j, h in enumerate(["債権名", "年度", "収入未済額", "不納欠損額", "備考"]):
    H(t, 0, j, h)
r = 1
YR = {2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度"}
for key in LONG:
    for y in (2020, 2021, 2022):
        d = D[key][y]
        kw = dict(debt=CANON[key], debt_raw=NAME[key], fy=y, fy_raw=YR[y], basis="actual")
        C(t, r, 0, NAME[key])
        C(t, r, 1, YR[y], "c")
        C(t, r, 2, G.fact(comma(d["out"] // 1000), d["out"] // 1000 * 1000, "yen", "outstanding", **kw), "r")
        C(t, r, 3, G.fact(comma(d["w"] // 1000), d["w"] // 1000 * 1000, "yen", "written_off", **kw), "r")
        if y == 2022:
            C(t, r, 4, "うち現年度分 " + G.fact(f"{comma(d['cur_o'] // 1000)}千円", d["cur_o"] // 1000 * 1000,
                                            "yen", "outstanding", segment="current", **kw), size=7.8)
        r += 1
page_break()


# ------------------------------------------------------------------ pages 5-8 取組個票
def strip(key, sect, kubun, combined):
    if combined:     # label and value in one header cell
        t = T(1, [50, 76, 48], size=9.5)
        for j, (lab, val) in enumerate([("債権名", NAME[key]), ("所管課", sect), ("債権区分", kubun)]):
            c = C(t, 0, j, "", "l")
            p = c.paragraphs[0]
            add(p, lab + "　", 9.5, GOT)
            add(p, val, 9.5, MIN)
            shade(c, "DDEBF7")
    else:
        t = T(1, [20, 42, 18, 36, 20, 38], size=9.5)
        for j, (lab, val) in enumerate([("債権名", NAME[key]), ("所管課", sect), ("債権区分", kubun)]):
            H(t, 0, 2 * j, lab, fill="DDEBF7")
            C(t, 0, 2 * j + 1, val, "l")
    P("", after=2)


def sheet_table(key, heads, unit_div, unit_lab, fmt, with_feb, brackets):
    """Multi-year table: 決算 years 2019-2022 (+ 2月末 interim column)."""
    years = [2019, 2020, 2021, 2022]
    ncol = 2 + len(years) + (1 if with_feb else 0)
    last = 38 if brackets else None
    n = ncol - 2
    if last:
        widths = [20, 22] + [(130 - last) / (n - 1)] * (n - 1) + [last]
    else:
        widths = [20, 22] + [130 / n] * n
    t = T(8, widths, size=8.8, row_h=6.2)
    H(t, 0, 0, "区分")
    t.cell(0, 0).merge(t.cell(0, 1))
    for j, h in enumerate(heads):
        H(t, 0, 2 + j, h)
    labels = [("現年度分", "調定額"), ("現年度分", ["収入済額", "収納率"]), ("滞納繰越分", "調定額"),
              ("滞納繰越分", ["収入済額", "収納率"]), ("計", "不納欠損額"), ("計", "収入未済額"), ("計", "収納率")]
    for i, (g, lab) in enumerate(labels):
        C(t, 1 + i, 1, lab, "l", size=8.6)
    for g, r0, r1 in (("現年度分", 1, 2), ("滞納繰越分", 3, 4), ("計", 5, 7)):
        H(t, r0, 0, g, fill="F2F2F2", name=MIN, size=8.2)
        t.cell(r0, 0).merge(t.cell(r1, 0))
    cols = [(y, "actual", D[key][y]) for y in years]
    if with_feb:
        cols.append((2023, "interim", D[key]["feb"]))
    for j, (y, basis, d) in enumerate(cols):
        kw = dict(debt=CANON[key], debt_raw=NAME[key], fy=y, fy_raw=heads[j], basis=basis,
                  as_of=FEB if basis == "interim" else None)
        pkw = dict(kw, fy=y - 1, fy_raw="前年同月", as_of=FEB_PREV)

        def amt(v):
            return fmt(v / unit_div)

        def amtv(v):
            return round(v / unit_div, 1) * unit_div if unit_div == 1_000_000 else (v // unit_div) * unit_div

        rc = rate(d["cur_c"], d["cur_a"])
        ra = rate(d["arr_c"], d["arr_a"])
        cells = [
            G.fact(amt(d["cur_a"]), amtv(d["cur_a"]), "yen", "assessed", segment="current", **kw),
            [G.fact(amt(d["cur_c"]), amtv(d["cur_c"]), "yen", "collected", segment="current", **kw),
             G.fact(f"{rc:.2f}％", rc, "percent", "collection_rate", segment="current", **kw)],
            G.fact(amt(d["arr_a"]), amtv(d["arr_a"]), "yen", "assessed", segment="arrears", **kw),
            [G.fact(amt(d["arr_c"]), amtv(d["arr_c"]), "yen", "collected", segment="arrears", **kw),
             G.fact(f"{ra:.2f}％", ra, "percent", "collection_rate", segment="arrears", **kw)],
        ]
        if basis == "actual":
            tr = rate(d["cur_c"] + d["arr_c"], d["cur_a"] + d["arr_a"])
            cells += [G.fact(amt(d["w"]), amtv(d["w"]), "yen", "written_off", **kw),
                      G.fact(amt(d["out"]), amtv(d["out"]), "yen", "outstanding", **kw),
                      G.fact(f"{tr:.2f}％", tr, "percent", "collection_rate", **kw)]
        else:
            o = d["cur_a"] - d["cur_c"] + d["arr_a"] - d["arr_c"]
            tr = rate(d["cur_c"] + d["arr_c"], d["cur_a"] + d["arr_a"])
            pd = D[key]["pfeb"]
            ptr = rate(pd["cur_c"] + pd["arr_c"], pd["cur_a"] + pd["arr_a"])
            last = G.fact(f"{tr:.2f}％", tr, "percent", "collection_rate", **kw)
            if brackets:
                last += "（" + G.fact(f"{ptr:.2f}％", ptr, "percent", "collection_rate", **pkw) + "）"
            cells += ["－", G.fact(amt(o), amtv(o), "yen", "outstanding", **kw), last]
        for i, v in enumerate(cells):
            C(t, 1 + i, 2 + j, v, "r", size=8.8)
    P(unit_lab, 8, MIN, before=1, after=3)


def target_table(key, unit_div, unit_lab, fmt):
    P("２　令和６年度の目標", 10.5, GOT, before=4, after=2)
    t = T(4, [52, 42, 42, 38], size=9, row_h=6.2)
    for j, h in enumerate(["区分", "令和５年度（決算見込）", "令和６年度（目標）", "差（目標－見込）"]):
        H(t, 0, j, h)
    e, g = EST[key], TGT[key]
    ke = dict(debt=CANON[key], debt_raw=NAME[key], fy=2023, fy_raw="令和５年度", basis="estimate")
    kg = dict(debt=CANON[key], debt_raw=NAME[key], fy=2024, fy_raw="令和６年度", basis="target")

    def ovv(v):
        return round(v / unit_div, 1) * unit_div if unit_div == 1_000_000 else v // unit_div * unit_div

    dc, da = round(g["cur"] - e["cur"], 2), round(g["arr"] - e["arr"], 2)
    do = round(ovv(g["out"]) - ovv(e["out"]))
    do_raw = tri(do / unit_div, 1, "▲") if unit_div == 1_000_000 else tri(do // unit_div, None, "▲")
    rows = [
        ("収納率（現年度分）",
         G.fact(f"{e['cur']:.2f}％", e["cur"], "percent", "collection_rate", segment="current", **ke),
         G.fact(f"{g['cur']:.2f}％", g["cur"], "percent", "collection_rate", segment="current", **kg),
         G.fact(tri(dc, 2, "▲") + "ポイント", dc, "points", "difference", segment="current", **kg)),
        ("収納率（滞納繰越分）",
         G.fact(f"{e['arr']:.2f}％", e["arr"], "percent", "collection_rate", segment="arrears", **ke),
         G.fact(f"{g['arr']:.2f}％", g["arr"], "percent", "collection_rate", segment="arrears", **kg),
         G.fact(tri(da, 2, "▲") + "ポイント", da, "points", "difference", segment="arrears", **kg)),
        (f"収入未済額（{unit_lab}）",
         G.fact(fmt(ovv(e["out"]) / unit_div), ovv(e["out"]), "yen", "outstanding", **ke),
         G.fact(fmt(ovv(g["out"]) / unit_div), ovv(g["out"]), "yen", "outstanding", **kg),
         G.fact(do_raw, do, "yen", "difference", **kg)),
    ]
    for i, (lab, *vals) in enumerate(rows, 1):
        C(t, i, 0, lab, "l")
        for j, v in enumerate(vals):
            C(t, i, 1 + j, v, "r")


SEC3 = "３　令和６年度の取組"


def it(key, text, label, status, section=SEC3):
    return G.initiative(text, debt=CANON[key], debt_raw=NAME[key], fy=2024, section=section, label=label,
                        status=status)


def tag(s):
    return f"【{s}】" if s else ""


# ---- page 5 市税 (百万円 with one decimal, brackets with the previous year's month)
G.page = 5
P("資料３", 10, GOT, "r", after=1)
P("令和６年度 債権別取組方針（取組個票）", 13, GOT, after=4)
strip("tax", "財政局税務部納税課", "強制徴収公債権", combined=False)
P("１　収納状況の推移", 10.5, GOT, after=2)
sheet_table("tax", ["令和元年度", "令和二年度", "令和三年度", "令和四年度", "令和五年度２月末"], 1_000_000,
            "（単位：百万円）　※ 令和五年度２月末欄の収納率の（　）内は前年同月の収納率。", lambda v: f"{v:,.1f}",
            True, True)
fp = D["tax"][2022]["arr_a"] * 0.082 // 1000 * 1000
P("※ 令和四年度の滞納繰越分の調定額には、法人市民税の更正に係る " +
  G.fact(f"{comma(fp // 1000)}千円", fp, "yen", "assessed", debt="市税", debt_raw="市税", fy=2022,
         fy_raw="令和四年度", segment="arrears") + " を含む。", 8, MIN, after=2)
target_table("tax", 1_000_000, "百万円", lambda v: f"{v:,.1f}")
P("", after=2)
P(SEC3, 10.5, GOT, before=4, after=2)
t = T(2, [87, 87], size=9.3)
H(t, 0, 0, "現年度分（新たな滞納の抑制）")
H(t, 0, 1, "滞納繰越分（滞納額の縮減）")
left = [("(1)", "納期限後20日以内に督促状を発送し、未納者にはSMSによる催告を行う。", "継続"),
        ("(2)", "地方税統一QRコードを活用したスマートフォン決済の利用を広報する。", "拡充"),
        ("(3)", "法人市民税の申告時に、期限内納付の案内を同封する。", "新規")]
right = [("(1)", "滞納繰越１年目の事案を６月までに各担当に割り当て、早期に財産調査を行う。", "継続"),
         ("(2)", "預貯金照会の電子化により、差押えまでの期間を短縮する。", "継続"),
         ("(3)", "高額滞納事案は大阪府域地方税徴収機構への引継ぎを検討する。", "継続")]
for j, items in enumerate((left, right)):
    lines = [f"{lab}{it('tax', txt, lab, s)}{tag(s)}" for lab, txt, s in items]
    C(t, 1, j, lines, "l", size=9.3, valign="t")
page_break()

# ---- page 6 国民健康保険料 (千円, 決算 columns in western years, 【収納率】 block for 2月末)
G.page = 6
strip("nhi", "健康福祉局生活福祉部保険年金課", "強制徴収公債権", combined=True)
P("１　収納状況の推移", 10.5, GOT, after=2)
sheet_table("nhi", ["2019年度", "2020年度", "2021年度", "2022年度"], 1000, "（単位：千円）", comma, False, False)
f = D["nhi"]["feb"]
P("【収納率】令和６年２月末時点", 10, GOT, before=2, after=1)
kw = dict(debt=CANON["nhi"], debt_raw=NAME["nhi"], fy=2023, fy_raw="令和６年２月末", basis="interim", as_of=FEB)
for lab, c, a, seg in (("現年分", f["cur_c"], f["cur_a"], "current"), ("滞納繰越分", f["arr_c"], f["arr_a"], "arrears"),
                       ("計", f["cur_c"] + f["arr_c"], f["cur_a"] + f["arr_a"], "total")):
    rr = rate(c, a)
    P(f"・{lab}　" + G.fact(f"{rr:.2f}％", rr, "percent", "collection_rate", segment=seg, **kw), 9.5, MIN,
      after=0, indent=6)
target_table("nhi", 1000, "千円", comma)
P(SEC3, 10.5, GOT, before=6, after=2)
NHI_ITEMS = [
    ("滞納の未然防止", [("①", "国民健康保険の加入時に、口座振替の申込みを原則として受け付ける。", "継続"),
                 ("②", "納付書に地方税統一QRコードを印字し、キャッシュレス納付を広げる。", "新規")]),
    ("滞納整理の推進", [("①", "滞納繰越分について、区役所と本庁が連携して財産調査と差押えを行う。", "継続"),
                 ("②", "分納不履行者には、履行期限の翌月に催告を行い、必要に応じて処分を行う。", "拡充"),
                 ("③", "居所不明者については、住民票の調査を早期に行う。", None)]),
]
for title, items in NHI_ITEMS:
    P(title, 9.5, GOT, after=1, indent=3)
    for lab, txt, s in items:
        P(lab + it("nhi", txt, lab, s) + tag(s), 9.8, MIN, after=2, indent=9, first=-4)
page_break()

# ---- page 7 介護保険料 (千円, R-years, box of items)
G.page = 7
strip("care", "健康福祉局長寿社会部介護保険課", "強制徴収公債権", combined=False)
P("１　収納状況の推移", 10.5, GOT, after=2)
sheet_table("care", ["R1", "R2", "R3", "R4", "R5.2月末"], 1000, "（単位：千円）　R5.2月末欄は令和６年２月末時点の数値。",
            comma, True, False)
target_table("care", 1000, "千円", comma)
P(SEC3, 10.5, GOT, before=6, after=2)
box = T(1, [170], size=9)
c = box.cell(0, 0)
CARE = [("ア", "65歳到達者に口座振替の案内を送付し、普通徴収期間の滞納を防ぐ。", "継続"),
        ("イ", "滞納が２期を超えた被保険者に対し、電話催告と文書催告を組み合わせて実施する。", "継続"),
        ("ウ", "給付制限の対象となる見込みの方には、ケアマネジャーを通じて納付相談を案内する。", "新規"),
        ("エ", "滞納繰越分については、年金以外の財産の調査を行い、差押えを実施する。", "拡充")]
p = c.paragraphs[0]
for i, (lab, txt, s) in enumerate(CARE):
    q = p if i == 0 else c.add_paragraph()
    q.paragraph_format.left_indent = Mm(5)
    q.paragraph_format.first_line_indent = Mm(-5)
    q.paragraph_format.space_after = Pt(2)
    add(q, f"{lab}　{it('care', txt, lab, s)}{tag(s)}", 9.8)
page_break()

# ---- page 8 市営住宅使用料 (円, － cells, items in a table without a 取組 header)
G.page = 8
strip("house", "建築都市局住宅部住宅管理課", "私債権", combined=True)
P("１　収納状況の推移", 10.5, GOT, after=2)
sheet_table("house", ["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度２月末"], 1, "（単位：円）",
            comma, True, False)
taik = int(round(D["house"][2022]["arr_o"] * 0.63 / 10000)) * 10000
P("退去者に係る収入未済額は約" + G.fact(f"{taik // 100_000_000}億{taik % 100_000_000 // 10000:,}万円", taik, "yen", "outstanding", approx=True,
                                     debt=CANON["house"], debt_raw=NAME["house"], fy=2022, fy_raw="令和４年度",
                                     segment="arrears")
  + "（令和４年度末）で、滞納繰越分の大半を占めている。", 9.5, MIN, after=2, first=3.5, align="j")
target_table("house", 1, "円", comma)
P(SEC3, 10.5, GOT, before=6, after=2)
t = T(4, [30, 112, 30], size=9.4, row_h=8)
for j, h in enumerate(["対象", "実施内容", "時期"]):
    H(t, 0, j, h)
HOUSE = [("入居者", "家賃の滞納が２か月に達した入居者に対し、面談による納付指導を行う。", "継続", "通年"),
         ("退去者", "連帯保証人への請求を行い、応じない場合は支払督促の申立てを行う。", "拡充", "７月～"),
         ("長期滞納者", "６か月以上の滞納者に対し、明渡請求訴訟の提起を検討する。", "新規", "10月～")]
for i, (who, txt, s, when) in enumerate(HOUSE, 1):
    C(t, i, 0, who, "c")
    C(t, i, 1, it("house", txt, who, s) + tag(s), "l")
    C(t, i, 2, when, "c")

docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
pdf = PDF_DIR / f"{STEM}.pdf"
soffice_to_pdf(docx_path, pdf)
n = G.write(pdf)
print(STEM, "pages", n, "facts", len(G.facts), "initiatives", len(G.initiatives))
