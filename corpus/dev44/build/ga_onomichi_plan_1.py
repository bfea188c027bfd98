#!/usr/bin/env python3
"""ga_onomichi_plan_1: 第３次尾道市債権管理計画（令和６（2024）年度～令和９（2027）年度）.

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/dev44:  python3 build/ga_onomichi_plan_1.py
All figures are invented; the gold is written from the same data that draws the pages.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ga_common import PDF_DIR, WORK, comma, fact, initiative, rate, tri, write_gold, zen  # noqa: E402

STEM = "ga_onomichi_plan_1"
CITY = "尾道市"
MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"

# ============================================================ data (千円)
# key: printed name, canonical, 所管課, R3 (cur_ass, cur_rate, arr_ass, arr_rate, wo), R4 (cur_ass, cur_rate, arr_rate, wo)
MAIN = {
    "tax": ("市税", "市税", "納税課",
            (18655102, 98.85, 760950, 25.9, 45330), (18912440, 99.02, 27.5, 41206)),
    "nhi": ("国民健康保険税", "国民健康保険税", "保険年金課",
            (2652880, 93.62, 1021400, 19.8, 88120), (2604115, 94.10, 21.2, 79450)),
    "care": ("介護保険料", "介護保険料", "高齢者福祉課",
             (2198330, 98.98, 62115, 20.4, 14880), (2210480, 99.05, 21.8, 13920)),
    "elder": ("後期高齢者医療保険料", "後期高齢者医療保険料", "保険年金課",
              (1298440, 99.58, 9820, 38.0, 1240), (1356207, 99.61, 40.2, 1102)),
    "nursery": ("保育所保育料", "保育所保育料", "子育て支援課",
                (330150, 98.05, 28340, 22.1, 2980), (318420, 98.30, 24.0, 2410)),
}
ORDER = ["tax", "nhi", "care", "elder", "nursery"]
# other debts: printed, canonical, group, 所管課, R3 (ass, wo, out), R4 (ass, wo, out)
OTHER = [
    ("下水道使用料", "下水道使用料", "強制", "下水道課", (1402330, 1210, 48210), (1388120, 980, 44915)),
    ("生活保護費返還金", "生活保護費返還金", "非強制", "社会福祉課", (168220, 4050, 121540), (171600, 3300, 128302)),
    ("児童扶養手当返還金", "児童扶養手当返還金", "非強制", "子育て支援課", (11920, 0, 8410), (10880, 120, 7925)),
    ("市営住宅使用料", "住宅使用料", "私", "まちづくり推進課", (418330, 4110, 96880), (412580, 3460, 90214)),
    ("奨学金貸付金", "奨学金貸付金", "私", "教育総務課", (41200, 650, 32415), (39870, 510, 30880)),
    ("災害援護資金貸付金", "災害援護資金貸付金", "私", "社会福祉課", (12920, 0, 12300), (12450, 0, 11950)),
]


def year_data(k, which):
    """Full data of a main debt for 令和３年度 (which=3) or 令和４年度 (which=4)."""
    r3 = MAIN[k][3]
    ca, cr, aa, ar, wo = r3
    cc, ac = round(ca * cr / 100), round(aa * ar / 100)
    d3 = dict(cur_ass=ca, cur_coll=cc, arr_ass=aa, arr_coll=ac, wo=wo)
    d3["out"] = ca + aa - cc - ac - wo
    if which == 3:
        return d3
    ca, cr, ar, wo = MAIN[k][4]
    aa = d3["out"]                       # 滞納繰越分の調定 = 前年度末の収入未済額
    cc, ac = round(ca * cr / 100), round(aa * ar / 100)
    d4 = dict(cur_ass=ca, cur_coll=cc, arr_ass=aa, arr_coll=ac, wo=wo)
    d4["out"] = ca + aa - cc - ac - wo
    return d4


D3 = {k: year_data(k, 3) for k in ORDER}
D4 = {k: year_data(k, 4) for k in ORDER}
for d in list(D3.values()) + list(D4.values()):
    d["ass"] = d["cur_ass"] + d["arr_ass"]
    d["coll"] = d["cur_coll"] + d["arr_coll"]
    d["cur_out"] = d["cur_ass"] - d["cur_coll"]
    d["arr_out"] = d["out"] - d["cur_out"]
    assert d["arr_out"] > 0 and d["wo"] < d["arr_ass"] * 0.3, d


def totals(D, idx):
    ass = sum(D[k]["ass"] for k in ORDER) + sum(o[idx][0] for o in OTHER)
    wo = sum(D[k]["wo"] for k in ORDER) + sum(o[idx][1] for o in OTHER)
    out = sum(D[k]["out"] for k in ORDER) + sum(o[idx][2] for o in OTHER)
    return ass, ass - wo - out, wo, out


T3 = totals(D3, 4)
T4 = totals(D4, 5)


def m1(thousand: int) -> int:
    """千円 -> 0.1百万円 units (integer), half up."""
    return int((Decimal(thousand) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def mstr(tenths: int) -> str:
    return f"{tenths // 10:,}.{tenths % 10}"


def trend_row(T):
    ass, coll, wo, out = T
    a, w, o = m1(ass), m1(wo), m1(out)
    c = a - w - o
    return a, c, w, o


# 平成30～令和２年度 (0.1百万円 units: 調定額, 収入済額, 不納欠損額, 収入未済額)
TREND = [
    (2018, "平成30年度", "(2018年度)", (284120, 257810, 2190, 24120)),
    (2019, "令和元年度", "(2019年度)", (286950, 262620, 1930, 22400)),
    (2020, "令和２年度", "(2020年度)", (289880, 266550, 1610, 21720)),
    (2021, "令和３年度", "(2021年度)", trend_row(T3)),
    (2022, "令和４年度", "(2022年度)", trend_row(T4)),
]
for _, _, _, (a, c, w, o) in TREND:
    assert a == c + w + o

# 現年度分 目標収納率（６債権）: 令和４年度実績, 令和６～９年度目標
TARGET_CUR = {
    "tax": (None, 99.05, 99.10, 99.15, 99.20),
    "nhi": (None, 94.30, 94.50, 94.70, 94.90),
    "care": (None, 99.10, 99.15, 99.20, 99.25),
    "elder": (None, 99.62, 99.64, 99.66, 99.68),
    "nursery": (None, 98.40, 98.50, 98.60, 98.70),
    "housing": (97.85, 97.90, 98.00, 98.10, 98.20),
}
# 滞納繰越分の目標（long format）: (滞繰目標収納率, 収入未済額の目標 千円 or None)
TARGET_ARR = {
    "tax": [(28.0, 640000), (29.0, 600000), (30.0, 565000), (31.0, 530000)],
    "nhi": [(22.0, 1150000), (23.0, 1080000), (24.0, 1010000), (25.0, 950000)],
    "care": [(22.5, 66000), (23.0, 63000), (23.5, None), (24.0, None)],
    "housing": [(18.0, 86000), (19.0, 82000), (20.0, 78000), (21.0, 74000)],
}
YEARS = [(2024, "令和６年度"), (2025, "令和７年度"), (2026, "令和８年度"), (2027, "令和９年度")]
AREAS = [("尾道地域", 0.655, "本庁"), ("因島地域", 0.142, "因島総合支所"), ("御調地域", 0.051, "御調支所"),
         ("向島地域", 0.112, "向島支所"), ("瀬戸田地域", 0.040, "瀬戸田支所")]
DELINQ = {"tax": (4812, 4600, 4450, 4300, 4150)}       # 滞納者数: 令和４年度実績, 令和６～９年度目標

# ============================================================ docx helpers
facts: list = []
inits: list = []


def F(*a, **k):
    facts.append(fact(*a, **k))


def I(*a, **k):
    inits.append(initiative(*a, **k))


doc = docx.Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(16)
sec.different_first_page_header_footer = True
st = doc.styles["Normal"]
st.font.name = MINCHO
st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.15


def run_font(run, size=None, bold=False, font=None, color=None):
    f = font or MINCHO
    run.font.name = f
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), f)
    rf.set(qn("w:ascii"), f)
    rf.set(qn("w:hAnsi"), f)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(text="", size=10.5, bold=False, align=None, font=None, indent=0, first=0, before=0, after=2,
         container=None):
    c = container if container is not None else doc
    p = c.add_paragraph()
    if text:
        run_font(p.add_run(text), size, bold, font)
    pf = p.paragraph_format
    pf.left_indent = Mm(indent)
    pf.first_line_indent = Mm(first)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def heading(text, level=1):
    size = {1: 12.5, 2: 11, 3: 10.5}[level]
    return para(text, size=size, bold=True, font=GOTHIC, before=6 if level == 1 else 3, after=2)


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def shade(cell, fill="E7E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def vertical(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRl")
    tcPr.append(td)


def set_cell(cell, text, size=8.5, bold=False, align="l", font=None, fill=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run_font(p.add_run(line), size, bold, font)
        p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "c": WD_ALIGN_PARAGRAPH.CENTER}[align]
        p.paragraph_format.space_after = Pt(1.5)
        p.paragraph_format.space_before = Pt(1.5)
        p.paragraph_format.line_spacing = 1.05
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def table(rows, widths, header_rows=1, size=8.5, aligns=None, container=None, style="Table Grid",
          repeat_header=False, fill="E7E6E6"):
    c = container if container is not None else doc
    size = size + 0.9
    t = c.add_table(rows=len(rows), cols=len(widths))
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            hdr = i < header_rows
            al = "c" if hdr else (aligns[j] if aligns else ("l" if j == 0 else "r"))
            set_cell(t.cell(i, j), val, size=size, align=al, font=GOTHIC if hdr else None,
                     fill=fill if hdr else None)
    for row in t.rows:
        for j, cell in enumerate(row.cells):
            cell.width = Mm(widths[j])
    fix_grid(t, widths)
    if repeat_header:
        for i in range(header_rows):
            trPr = t.rows[i]._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            h.set(qn("w:val"), "true")
            trPr.append(h)
    return t


def fix_grid(t, widths):
    """Write the column widths into tblGrid / tblW so that LibreOffice keeps them."""
    tbl = t._tbl
    grid = tbl.tblGrid
    for gc in list(grid):
        grid.remove(gc)
    for w in widths:
        gc = OxmlElement("w:gridCol")
        gc.set(qn("w:w"), str(int(w * 56.7)))
        grid.append(gc)
    tblPr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        e = tblPr.find(qn(tag))
        if e is not None:
            tblPr.remove(e)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    tblPr.append(tw)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)


def footer_page_number():
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("－ ")
    run_font(r, 9)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        r = p.add_run()
        run_font(r, 9)
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        r._r.append(e)
    run_font(p.add_run(" －"), 9)


footer_page_number()

# ============================================================ page 1: cover
for _ in range(7):
    para("")
para("第３次", size=20, align="c", font=GOTHIC, bold=True, after=6)
para("尾道市債権管理計画", size=26, align="c", font=GOTHIC, bold=True, after=10)
para("令和６（2024）年度～令和９（2027）年度", size=14, align="c", after=6)
for _ in range(12):
    para("")
para("令和６年３月", size=14, align="c", after=8)
para("尾　道　市", size=16, align="c", font=GOTHIC, bold=True)
page_break()

# ============================================================ page 2: 目次
para("目　　次", size=15, align="c", font=GOTHIC, bold=True, before=10, after=14)
toc = [("１　計画策定の趣旨", 3), ("　（１）これまでの経緯", 3), ("　（２）第２次計画の成果と課題", 3),
       ("２　計画の期間及び対象債権", 3), ("３　債権の現状", 4), ("　（１）収入未済額等の推移", 4),
       ("　（２）債権別の収入未済額", 4), ("　（３）地域別の市税の状況", 5), ("　（４）主要債権の収納状況", 5),
       ("４　計画期間の目標", 6), ("５　債権ごとの取組（推進シート）", 7), ("６　計画の推進体制", 8)]
for label, pg in toc:
    dots = "・" * (34 - len(label))
    para(f"{label}{dots}{pg}", size=11, after=7, indent=10)
para("")
para("凡例", size=10, bold=True, font=GOTHIC, indent=10, before=20)
para("強制徴収公債権：地方税の滞納処分の例により強制徴収ができる債権（市税、国民健康保険税等）", size=9, indent=14)
para("非強制徴収公債権：公法上の原因により発生するが、滞納処分ができない債権（生活保護費返還金等）", size=9, indent=14)
para("私債権：契約等の私法上の原因により発生する債権（市営住宅使用料、貸付金等）", size=9, indent=14)
page_break()

# ============================================================ page 3: 趣旨・期間
p = 3
heading("１　計画策定の趣旨")
heading("（１）これまでの経緯", 2)
para("本市では、平成29（2017）年度に「尾道市債権管理条例」を施行し、市の債権の管理に関する事務の処理について"
     "必要な事項を定めるとともに、第１次計画（平成29年度～令和元年度）及び第２次計画（令和２（2020）年度～"
     "令和５（2023）年度）を策定し、全庁を挙げて収納率の向上と収入未済額の縮減に取り組んできた。",
     first=3.5, align="j")
heading("（２）第２次計画の成果と課題", 2)
h30 = TREND[0][3]
r4t = TREND[4][3]
oku_r4 = r4t[3] * 100_000
oku_h30 = h30[3] * 100_000
dd = oku_h30 - oku_r4


def oku(yen):
    m = round(yen / 1_000_000) * 100
    o, man = divmod(m, 10000)
    return (f"{o}億" if o else "") + (f"{man:,}万" if man else "") + "円", m * 10000


s_r4, v_r4 = oku(oku_r4)
s_h30, v_h30 = oku(oku_h30)
s_dd, v_dd = oku(dd)
rate_h30 = rate(h30[1], h30[0], 2)
rate_r4 = rate(r4t[1], r4t[0], 2)
pt = round(rate_r4 - rate_h30, 2)
F(None, "全債権", 2022, "令和４（2022）年度", "total", "outstanding", "actual", v_r4, "yen", "約" + s_r4, p, approx=True)
F(None, "全債権", 2018, "平成30（2018）年度", "total", "outstanding", "actual", v_h30, "yen", "約" + s_h30, p, approx=True)
F(None, "全債権", 2022, "令和４（2022）年度", "total", "difference", "actual", -v_dd, "yen", "約" + s_dd, p, approx=True)
F(None, "全債権", 2018, "平成30年度", "total", "collection_rate", "actual", rate_h30, "percent", f"{rate_h30:.2f}％", p)
F(None, "全債権", 2022, "令和４年度", "total", "collection_rate", "actual", rate_r4, "percent", f"{rate_r4:.2f}％", p)
F(None, "全債権", 2022, "令和４年度", "total", "difference", "actual", pt, "points", f"{pt:.2f}ポイント", p)
para(f"令和４（2022）年度決算における全債権の収入未済額は約{s_r4}となり、第２次計画の基準とした"
     f"平成30（2018）年度の約{s_h30}と比べて約{s_dd}減少した。また、全債権の収納率は、平成30年度の"
     f"{rate_h30:.2f}％から令和４年度には{rate_r4:.2f}％となり、{pt:.2f}ポイント改善した。一方で、次のような課題が残されている。",
     first=3.5, align="j")
para("ア　強制徴収公債権", bold=True, font=GOTHIC, indent=3.5, before=2)
tax3 = D3["tax"]
r2tax = 98.41
F("市税", "市税", 2020, "令和二年度", "current", "collection_rate", "actual", r2tax, "percent", f"{r2tax:.2f}％", p)
tax4_cur = rate(D4["tax"]["cur_coll"], D4["tax"]["cur_ass"], 2)
F("市税", "市税", 2022, "令和４年度", "current", "collection_rate", "actual", tax4_cur, "percent", f"{tax4_cur:.2f}％", p)
para(f"(ｱ)　市税は、令和二年度に新型コロナウイルス感染症に係る徴収猶予の特例の影響により現年度分の収納率が"
     f"{r2tax:.2f}％に低下したが、令和４年度には{tax4_cur:.2f}％まで回復した。滞納繰越分の縮減が引き続き課題である。",
     indent=7, first=-3.5, align="j")
nhi4_out = D4["nhi"]["out"]
s_nhi, v_nhi = oku(nhi4_out * 1000)
F("国民健康保険税", "国民健康保険税", 2022, "令和４年度", "total", "outstanding", "actual", v_nhi, "yen", "約" + s_nhi, p,
  approx=True)
para(f"(ｲ)　国民健康保険税の収入未済額は約{s_nhi}で、全債権の収入未済額の約４割を占めており、"
     "滞納繰越分の財産調査と滞納処分の一層の徹底が必要である。", indent=7, first=-3.5, align="j")
para("イ　非強制徴収公債権及び私債権", bold=True, font=GOTHIC, indent=3.5, before=2)
para("(ｱ)　生活保護費返還金は、生活保護受給中の返還が中心となるため少額の分割納付が多く、収入未済額が増加傾向にある。",
     indent=7, first=-3.5, align="j")
para("(ｲ)　市営住宅使用料及び貸付金は、退去者や連帯保証人の所在の把握が難しく、法的措置の判断基準を明確にする必要がある。",
     indent=7, first=-3.5, align="j")
heading("２　計画の期間及び対象債権")
para("本計画の期間は、令和６（2024）年度から令和９（2027）年度までの４か年とする。対象債権は、令和４年度決算において"
     "収入未済額が生じている債権のうち、表２に掲げる11債権とし、特に収入未済額の大きい主要５債権及び市営住宅使用料について、"
     "債権ごとの推進シートを作成して進行管理を行う。", first=3.5, align="j")
F(None, "全債権", 2027, "令和９（2027）年度", "total", "outstanding", "target", 1_500_000_000, "yen", "約15億円", p, approx=True)
para("計画の最終年度である令和９（2027）年度までに、全債権の収入未済額を約15億円まで縮減することを目標とする。",
     first=3.5, align="j")
page_break()

# ============================================================ page 4: 現状（推移・債権別）
p = 4
heading("３　債権の現状")
heading("（１）収入未済額等の推移", 2)
para("表１　全債権の調定額・収入済額・不納欠損額・収入未済額の推移", size=9, font=GOTHIC, before=2)
para("（単位：百万円、％）", size=8, align="r")
rows = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
for fy, lab, west, (a, c, w, o) in TREND:
    rr = rate(c, a, 2)
    rows.append([f"{lab}\n{west}", mstr(a), mstr(c), mstr(w), mstr(o), f"{rr:.2f}"])
    fyr = f"{lab}{west}"
    F(None, "全債権", fy, fyr, "total", "assessed", "actual", a * 100_000, "yen", mstr(a), p)
    F(None, "全債権", fy, fyr, "total", "collected", "actual", c * 100_000, "yen", mstr(c), p)
    F(None, "全債権", fy, fyr, "total", "written_off", "actual", w * 100_000, "yen", mstr(w), p)
    F(None, "全債権", fy, fyr, "total", "outstanding", "actual", o * 100_000, "yen", mstr(o), p)
    F(None, "全債権", fy, fyr, "total", "collection_rate", "actual", rr, "percent", f"{rr:.2f}", p)
table(rows, [34, 27, 27, 25, 27, 20], size=8.5)
para("出典：尾道市各年度歳入歳出決算書（一般会計及び特別会計。水道事業会計を除く。）", size=7.5, before=1, after=4)

heading("（２）債権別の収入未済額", 2)
para("表２　債権別の収入未済額（令和３年度・令和４年度決算）", size=9, font=GOTHIC, before=2)
para("（単位：千円）", size=8, align="r")
rows = [["区分", "債権名", "所管課", "令和３年度", "令和４年度", "増減", "備考"]]
groups = {"強制": [], "非強制": [], "私": []}
for k in ORDER:
    name, canon, dept = MAIN[k][:3]
    groups["強制"].append((name, canon, dept, D3[k]["out"], D4[k]["out"], D4[k]["wo"] if k in ("tax", "nhi") else None))
for name, canon, grp, dept, r3, r4 in OTHER:
    groups[grp].append((name, canon, dept, r3[2], r4[2], r4[1] if name == "生活保護費返還金" else None))
glabel = {"強制": "強制徴収公債権", "非強制": "非強制徴収公債権", "私": "私債権"}
merge_spans = []
sum3 = sum4 = 0
for g in ("強制", "非強制", "私"):
    start = len(rows)
    s3 = s4 = 0
    for name, canon, dept, o3, o4, wo in groups[g]:
        mark = "※1" if name == "市税" else ""
        note = f"令和４年度不納欠損額 {comma(wo)}千円" if wo else ""
        rows.append([glabel[g] if len(rows) == start else "", name + mark, dept, comma(o3), comma(o4), tri(o4 - o3), note])
        F(canon, name, 2021, "令和３年度", "total", "outstanding", "actual", o3 * 1000, "yen", comma(o3), p)
        F(canon, name, 2022, "令和４年度", "total", "outstanding", "actual", o4 * 1000, "yen", comma(o4), p)
        F(canon, name, 2022, "令和４年度", "total", "difference", "actual", (o4 - o3) * 1000, "yen", tri(o4 - o3), p)
        if wo:
            F(canon, name, 2022, "令和４年度", "total", "written_off", "actual", wo * 1000, "yen", f"{comma(wo)}千円", p)
        s3 += o3
        s4 += o4
    rows.append(["", "小計", "", comma(s3), comma(s4), tri(s4 - s3), ""])
    merge_spans.append((start, len(rows) - 1))
    F(None, f"{glabel[g]}小計", 2021, "令和３年度", "total", "outstanding", "actual", s3 * 1000, "yen", comma(s3), p)
    F(None, f"{glabel[g]}小計", 2022, "令和４年度", "total", "outstanding", "actual", s4 * 1000, "yen", comma(s4), p)
    F(None, f"{glabel[g]}小計", 2022, "令和４年度", "total", "difference", "actual", (s4 - s3) * 1000, "yen", tri(s4 - s3), p)
    sum3 += s3
    sum4 += s4
rows.append(["合計", "", "", comma(sum3), comma(sum4), tri(sum4 - sum3), ""])
F(None, "合計", 2021, "令和３年度", "total", "outstanding", "actual", sum3 * 1000, "yen", comma(sum3), p)
F(None, "合計", 2022, "令和４年度", "total", "outstanding", "actual", sum4 * 1000, "yen", comma(sum4), p)
F(None, "合計", 2022, "令和４年度", "total", "difference", "actual", (sum4 - sum3) * 1000, "yen", tri(sum4 - sum3), p)
assert m1(sum4) == TREND[4][3][3] and m1(sum3) == TREND[3][3][3]
t = table(rows, [11, 40, 27, 21, 21, 19, 31], size=8, aligns=["c", "l", "l", "r", "r", "r", "l"])
for a, b in merge_spans:
    c = t.cell(a, 0).merge(t.cell(b, 0))
    set_cell(c, c.text.replace("\n", ""), size=8, align="c", font=GOTHIC)
    vertical(c)
last = len(rows) - 1
c = t.cell(last, 0).merge(t.cell(last, 2))
set_cell(c, "合計", size=8, align="c", font=GOTHIC)
tax_arr_out = D4["tax"]["arr_out"]
F("市税", "市税", 2022, "令和４年度", "arrears", "outstanding", "actual", tax_arr_out * 1000, "yen",
  f"{comma(tax_arr_out)}千円", p)
para(f"※1　市税の令和４年度収入未済額のうち滞納繰越分 {comma(tax_arr_out)}千円", size=7.5, before=1)
para("※2　増減の△は減少を示す。水道料金は広島県水道広域連合企業団への移行により対象外とした。", size=7.5)
page_break()

# ============================================================ page 5: 地域別・主要債権
p = 5
heading("（３）地域別の市税の状況", 2)
para("本市の市税の徴収事務は、本庁納税課のほか、因島総合支所及び各支所の市民生活課で行っている。令和４年度の地域別の状況は表３のとおりである。",
     first=3.5, align="j", size=9.5)
para("表３　地域別の市税の調定額・収入済額等（令和４年度決算、現年度分・滞納繰越分の計）", size=9, font=GOTHIC, before=2)
para("（単位：千円、％）", size=8, align="r")
tx = D4["tax"]
rows = [["地域（担当）", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
acc = [0, 0, 0]
for i, (area, w, office) in enumerate(AREAS):
    if i < len(AREAS) - 1:
        a_, c_, wo_ = round(tx["ass"] * w), round(tx["coll"] * (w + 0.0015 * (2 - i))), round(tx["wo"] * w)
        acc = [acc[0] + a_, acc[1] + c_, acc[2] + wo_]
    else:
        a_, c_, wo_ = tx["ass"] - acc[0], tx["coll"] - acc[1], tx["wo"] - acc[2]
    o_ = a_ - c_ - wo_
    rr = rate(c_, a_, 2)
    rows.append([f"{area}（{office}）", comma(a_), comma(c_), comma(wo_), comma(o_), f"{rr:.2f}"])
    for metric, v, raw in (("assessed", a_, comma(a_)), ("collected", c_, comma(c_)), ("written_off", wo_, comma(wo_)),
                           ("outstanding", o_, comma(o_))):
        F("市税", "市税", 2022, "令和４年度", "total", metric, "actual", v * 1000, "yen", raw, p, area=area)
    F("市税", "市税", 2022, "令和４年度", "total", "collection_rate", "actual", rr, "percent", f"{rr:.2f}", p, area=area)
trr = rate(tx["coll"], tx["ass"], 2)
rows.append(["合計", comma(tx["ass"]), comma(tx["coll"]), comma(tx["wo"]), comma(tx["out"]), f"{trr:.2f}"])
for metric, key in (("assessed", "ass"), ("collected", "coll"), ("written_off", "wo"), ("outstanding", "out")):
    F("市税", "市税", 2022, "令和４年度", "total", metric, "actual", tx[key] * 1000, "yen", comma(tx[key]), p)
F("市税", "市税", 2022, "令和４年度", "total", "collection_rate", "actual", trr, "percent", f"{trr:.2f}", p)
table(rows, [44, 27, 27, 22, 24, 18], size=8.3)

heading("（４）主要債権の収納状況", 2)
para("表４　主要５債権の現年度分・滞納繰越分の収納状況", size=9, font=GOTHIC, before=2)
para("（単位：千円、％）", size=8, align="r")
rows = [["債権名", "区分", "令和３（2021）年度", None, None, "令和４（2022）年度", None, None],
        ["", "", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]]
for k in ORDER:
    name, canon = MAIN[k][:2]
    for seg, lab in (("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")):
        row = [name if seg == "current" else "", lab]
        for fy, D, fyr in ((2021, D3, "令和３（2021）年度"), (2022, D4, "令和４（2022）年度")):
            d = D[k]
            a_, c_ = {"current": (d["cur_ass"], d["cur_coll"]), "arrears": (d["arr_ass"], d["arr_coll"]),
                      "total": (d["ass"], d["coll"])}[seg]
            rr = rate(c_, a_, 2)
            row += [comma(a_), comma(c_), f"{rr:.2f}"]
            F(canon, name, fy, fyr, seg, "assessed", "actual", a_ * 1000, "yen", comma(a_), p)
            F(canon, name, fy, fyr, seg, "collected", "actual", c_ * 1000, "yen", comma(c_), p)
            F(canon, name, fy, fyr, seg, "collection_rate", "actual", rr, "percent", f"{rr:.2f}", p)
        rows.append(row)
t = table(rows, [28, 18, 23, 23, 14, 23, 23, 14], header_rows=2, size=7.8,
          aligns=["c", "c", "r", "r", "r", "r", "r", "r"])
set_cell(t.cell(0, 2).merge(t.cell(0, 4)), "令和３（2021）年度", size=7.8, align="c", font=GOTHIC)
set_cell(t.cell(0, 5).merge(t.cell(0, 7)), "令和４（2022）年度", size=7.8, align="c", font=GOTHIC)
set_cell(t.cell(0, 0).merge(t.cell(1, 0)), "債権名", size=7.8, align="c", font=GOTHIC)
set_cell(t.cell(0, 1).merge(t.cell(1, 1)), "区分", size=7.8, align="c", font=GOTHIC)
for i, k in enumerate(ORDER):
    r0 = 2 + 3 * i
    c = t.cell(r0, 0).merge(t.cell(r0 + 2, 0))
    set_cell(c, MAIN[k][0], size=7.8, align="c")
para("※　滞納繰越分の調定額は、前年度末の収入未済額（不納欠損処分後）である。", size=7.5, before=1)
page_break()

# ============================================================ page 6: 目標
p = 6
heading("４　計画期間の目標")
para("各債権の目標は、過去３か年の収納実績の伸びと徴収体制を踏まえ、現年度分の収納率と滞納繰越分の収納率及び収入未済額について設定する。"
     "現年度分の収納率を高めることが、翌年度以降の滞納繰越額の抑制につながることから、現年度分の目標を最も重視する。",
     first=3.5, align="j", size=9.5)
para("表５　目標収納率（現年度分）", size=9, font=GOTHIC, before=3)
para("（単位：％）", size=8, align="r")
cols = ["tax", "nhi", "care", "elder", "nursery", "housing"]
cname = {k: MAIN[k][0] for k in ORDER}
cname["housing"] = "市営住宅使用料"
ccanon = {k: MAIN[k][1] for k in ORDER}
ccanon["housing"] = "住宅使用料"
rows = [["年度"] + [cname[k] for k in cols]]
r4cur = {k: rate(D4[k]["cur_coll"], D4[k]["cur_ass"], 2) for k in ORDER}
r4cur["housing"] = TARGET_CUR["housing"][0]
row = ["令和４年度（実績）"]
for k in cols:
    row.append(f"{r4cur[k]:.2f}")
    F(ccanon[k], cname[k], 2022, "令和４年度", "current", "collection_rate", "actual", r4cur[k], "percent",
      f"{r4cur[k]:.2f}", p)
rows.append(row)
for i, (fy, lab) in enumerate(YEARS):
    row = [f"{lab}（目標）"]
    for k in cols:
        v = TARGET_CUR[k][i + 1]
        row.append(f"{v:.2f}")
        F(ccanon[k], cname[k], fy, lab, "current", "collection_rate", "target", v, "percent", f"{v:.2f}", p)
    rows.append(row)
table(rows, [34, 23, 25, 22, 25, 22, 25], size=8.3)
para("※　後期高齢者医療保険料の目標は、広島県後期高齢者医療広域連合の目標値を参考に設定した。", size=7.5, before=1, after=4)

para("なお、滞納繰越分の目標は、収入未済額の大きい市税、国民健康保険税、介護保険料及び市営住宅使用料の４債権について、"
     "収納率と年度末の収入未済額の両面から設定し、毎年度の決算を踏まえて必要に応じて見直す。",
     first=3.5, align="j", size=9.5, before=2)
para("表６　滞納繰越分の目標（債権・年度別）", size=9, font=GOTHIC, before=3)
long_rows = []
for k in ("tax", "nhi", "care", "housing"):
    for (fy, lab), (ar, ot) in zip(YEARS, TARGET_ARR[k]):
        long_rows.append((k, fy, lab, ar, ot))
hdr = ["債権名", "年度", "滞納繰越分 目標収納率（％）", "収入未済額の目標（千円）"]


def long_table(chunk, page):
    rows = [hdr]
    for k, fy, lab, ar, ot in chunk:
        rows.append([cname[k], lab, f"{ar:.1f}", comma(ot) if ot else "－"])
        F(ccanon[k], cname[k], fy, lab, "arrears", "collection_rate", "target", ar, "percent", f"{ar:.1f}", page)
        if ot:
            F(ccanon[k], cname[k], fy, lab, "total", "outstanding", "target", ot * 1000, "yen", comma(ot), page)
    table(rows, [44, 30, 50, 46], size=8.3, repeat_header=True)


long_table(long_rows[:9], p)
para("（次ページへ続く）", size=8, align="r")
page_break()

# ============================================================ page 7: 表６つづき + 推進シート１
p = 7
para("表６　滞納繰越分の目標（債権・年度別）（つづき）", size=9, font=GOTHIC)
long_table(long_rows[9:], p)
para("※　介護保険料の令和８年度以降の収入未済額の目標は、第９期介護保険事業計画の見直し後に設定する。", size=7.5, before=1)
heading("５　債権ごとの取組（推進シート）")
para("推進シート１", size=9, font=GOTHIC, bold=True)
# header cell with label and value together
t = table([["債権名　市税　　　　所管課　財務部納税課"]], [170], header_rows=1, size=9.5, fill="DDEBF7")
para("", after=2)
outer = doc.add_table(rows=1, cols=2)
outer.autofit = False
left, right = outer.cell(0, 0), outer.cell(0, 1)
left.width, right.width = Mm(114), Mm(56)
fix_grid(outer, [114, 56])
set_cell(left, "指標の推移と目標", size=8.5, font=GOTHIC, align="l")
set_cell(right, "滞納者数の推移と目標", size=8.5, font=GOTHIC, align="l")
tx4 = D4["tax"]
arr4 = rate(tx4["arr_coll"], tx4["arr_ass"], 2)
rows = [["指標", "令和４年度\n実績", "令和６年度", "令和７年度", "令和８年度", "令和９年度"],
        ["現年度分収納率（％）", f"{r4cur['tax']:.2f}"] + [f"{TARGET_CUR['tax'][i]:.2f}" for i in range(1, 5)],
        ["滞納繰越分収納率（％）", f"{arr4:.2f}"] + [f"{TARGET_ARR['tax'][i][0]:.1f}" for i in range(4)],
        ["収入未済額（千円）", comma(tx4["out"])] + [comma(TARGET_ARR["tax"][i][1]) for i in range(4)]]
table(rows, [30, 17, 16, 16, 16, 16], size=7.6, container=left)
F("市税", "市税", 2022, "令和４年度", "current", "collection_rate", "actual", r4cur["tax"], "percent", f"{r4cur['tax']:.2f}", p)
F("市税", "市税", 2022, "令和４年度", "arrears", "collection_rate", "actual", arr4, "percent", f"{arr4:.2f}", p)
F("市税", "市税", 2022, "令和４年度", "total", "outstanding", "actual", tx4["out"] * 1000, "yen", comma(tx4["out"]), p)
for i, (fy, lab) in enumerate(YEARS):
    F("市税", "市税", fy, lab, "current", "collection_rate", "target", TARGET_CUR["tax"][i + 1], "percent",
      f"{TARGET_CUR['tax'][i + 1]:.2f}", p)
    F("市税", "市税", fy, lab, "arrears", "collection_rate", "target", TARGET_ARR["tax"][i][0], "percent",
      f"{TARGET_ARR['tax'][i][0]:.1f}", p)
    F("市税", "市税", fy, lab, "total", "outstanding", "target", TARGET_ARR["tax"][i][1] * 1000, "yen",
      comma(TARGET_ARR["tax"][i][1]), p)
rows = [["年度", "滞納者数（人）"], ["令和４年度（実績）", comma(DELINQ["tax"][0])]]
F("市税", "市税", 2022, "令和４年度", "total", "delinquents", "actual", DELINQ["tax"][0], "persons", comma(DELINQ["tax"][0]), p)
for i, (fy, lab) in enumerate(YEARS):
    rows.append([f"{lab}（目標）", comma(DELINQ["tax"][i + 1])])
    F("市税", "市税", fy, lab, "total", "delinquents", "target", DELINQ["tax"][i + 1], "persons",
      comma(DELINQ["tax"][i + 1]), p)
table(rows, [30, 22], size=7.6, container=right)
para("", after=2)
tax_items_cur = [("①", "納期限後20日以内に督促状を送付し、その後10日以内に電話催告を行う。", "継続"),
                 ("②", "口座振替の新規申込をWeb受付でも可能とし、納付書払いからの切替えを勧める。", "新規")]
tax_items_arr = [("①", "滞納者の預貯金・給与の調査を電子照会で一括して行い、差押えまでの期間を短縮する。", "拡充"),
                 ("②", "分納誓約の不履行者には、不履行の翌月に差押予告を送付する。", "継続"),
                 ("③", "広島県地方税徴収対策推進協議会と連携し、高額・困難案件の共同催告を行う。", "継続")]
rows = [["区分", "具体的な取組"],
        ["現年度分", "".join(f"{l}{t_}【{s}】" for l, t_, s in tax_items_cur)],
        ["滞納繰越分", "".join(f"{l}{t_}【{s}】" for l, t_, s in tax_items_arr)]]
table(rows, [26, 144], size=8.2, aligns=["c", "l"])
for l, t_, s in tax_items_cur:
    I("市税", 2024, "具体的な取組（現年度分）", l, t_, s, p, debt_raw="市税")
for l, t_, s in tax_items_arr:
    I("市税", 2024, "具体的な取組（滞納繰越分）", l, t_, s, p, debt_raw="市税")
page_break()

# ============================================================ page 8: 推進シート２・３
p = 8
para("推進シート２", size=9, font=GOTHIC, bold=True)
table([["債権名", "国民健康保険税", "所管課", "市民生活部保険年金課"]], [25, 60, 25, 60], header_rows=0, size=9,
      aligns=["c", "l", "c", "l"])
nh = D4["nhi"]
nh_rate = rate(nh["coll"], nh["ass"], 2)
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
bc = box.cell(0, 0)
bc.width = Mm(170)
fix_grid(box, [170])
ref_lines = ["【参考】令和４年度決算（現年度分・滞納繰越分の計）",
             f"・調定額：{zen(comma(nh['ass']))}千円",
             f"・収入済額：{zen(comma(nh['coll']))}千円",
             f"・不納欠損額：{zen(comma(nh['wo']))}千円",
             f"・収納率：{zen(f'{nh_rate:.2f}')}％"]
set_cell(bc, "\n".join(ref_lines), size=8.5)
para("", after=1)
for metric, key in (("assessed", "ass"), ("collected", "coll"), ("written_off", "wo")):
    F("国民健康保険税", "国民健康保険税", 2022, "令和４年度", "total", metric, "actual", nh[key] * 1000, "yen",
      f"{zen(comma(nh[key]))}千円", p)
F("国民健康保険税", "国民健康保険税", 2022, "令和４年度", "total", "collection_rate", "actual", nh_rate, "percent",
  f"{zen(f'{nh_rate:.2f}')}％", p)
para("現状と課題", size=9, font=GOTHIC, bold=True)
para("被保険者の高齢化と低所得世帯の割合の増加により、滞納繰越分の収納率が20％台で推移している。資格喪失後の未納が"
     "収入未済額の多くを占めており、喪失時点での納付相談が重要となっている。", first=3.5, size=9, align="j")
nhi_box = [("国保税の滞納が６か月以上の世帯について、短期被保険者証の交付時に面談を行い、納付計画を作成する。", "継続"),
           ("資格喪失の届出時に、未納額と納付方法を記載した通知を窓口で手渡しする。", "新規"),
           ("差押えた生命保険等の換価を速やかに行い、滞納処分の停止の判断を年２回行う。", "拡充")]
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
bc = box.cell(0, 0)
bc.width = Mm(170)
fix_grid(box, [170])
set_cell(bc, "■重点取組\n" + "\n".join(f"・{t_}【{s}】" for t_, s in nhi_box), size=8.5)
for t_, s in nhi_box:
    I("国民健康保険税", 2024, "重点取組", "・", t_, s, p)
para("", after=4)
para("推進シート３", size=9, font=GOTHIC, bold=True)
table([["債権名", "市営住宅使用料", "所管課", "都市部まちづくり推進課"]], [25, 60, 25, 60], header_rows=0, size=9,
      aligns=["c", "l", "c", "l"])
para("", after=1)
h_r4 = OTHER[3][5]
h_coll = h_r4[0] - h_r4[1] - h_r4[2]
h_rate = rate(h_coll, h_r4[0], 2)
rows = [["令和４年度決算", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"],
        ["市営住宅使用料", comma(h_r4[0]), comma(h_coll), comma(h_r4[1]), comma(h_r4[2]), f"{h_rate:.2f}"]]
table(rows, [34, 28, 28, 26, 28, 26], size=8.3)
para("（単位：千円、％）", size=7.5, align="r")
for metric, v in (("assessed", h_r4[0]), ("collected", h_coll), ("written_off", h_r4[1]), ("outstanding", h_r4[2])):
    F("住宅使用料", "市営住宅使用料", 2022, "令和４年度", "total", metric, "actual", v * 1000, "yen", comma(v), p)
F("住宅使用料", "市営住宅使用料", 2022, "令和４年度", "total", "collection_rate", "actual", h_rate, "percent",
  f"{h_rate:.2f}", p)
hous = [("入居中の滞納者", [("ア", "滞納２か月で連帯保証人に通知し、３か月で明渡しを前提とした最終催告を行う。", "継続"),
                          ("イ", "収入が減少した世帯には、家賃の減免制度と生活困窮者自立相談窓口を案内する。", "継続")]),
        ("退去者の未納", [("ア", "退去時に未納額の分割納付の誓約を取り、住所の変更を確認する。", "継続"),
                       ("イ", "所在不明者の調査と訴訟提起の事務を弁護士に委託する。", "新規")]),
        ("時効を迎える債権", [("ア", "債務者の資力を調査し、回収の見込みがない債権は債権管理条例に基づき放棄する。", "拡充")])]
rows = [["課題", "対応"]]
for issue, its in hous:
    rows.append([issue, "\n".join(f"{l}　{t_}【{s}】" for l, t_, s in its)])
    for l, t_, s in its:
        I("住宅使用料", 2024, "課題と対応", l, t_, s, p, debt_raw="市営住宅使用料")
table(rows, [36, 134], size=8.2, aligns=["l", "l"])
para("※　推進シートの取組は、毎年度９月末及び３月末に進捗状況を確認し、債権管理推進本部に報告する。", size=7.5, before=2)
heading("６　計画の推進体制")
para("本計画の進行管理は、副市長を本部長とする尾道市債権管理推進本部が行う。各債権所管課は、推進シートに定めた取組の実施状況と"
     "目標の達成状況を年２回報告し、財務部納税課（債権管理担当）は、全庁的な課題の整理と研修の実施、困難案件への助言を行う。",
     first=3.5, align="j", size=9.5)

# ============================================================ save / convert
src = WORK / f"{STEM}.docx"
doc.save(src)
PDF_DIR.mkdir(parents=True, exist_ok=True)
subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/ga_work/lo_profile", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(src)],
               check=True, capture_output=True, timeout=240)
shutil.copy(WORK / f"{STEM}.pdf", PDF_DIR / f"{STEM}.pdf")
write_gold(STEM, "plan", "plan", CITY, "第３次尾道市債権管理計画", "2024-03-01", "令和６年３月", facts, inits)
