#!/usr/bin/env python3
"""mc_itoshima_plan_1: 糸島市債権管理計画（令和7年度～令和9年度）, with 債権管理推進シート.

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/dev51:  python3 build/mc_itoshima_plan.py
All figures are invented; structure and wording modelled on real municipal 債権管理計画.
"""
from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Mm, RGBColor  # noqa: E402

from mc_common import Gold, SET, WORK, comma, k, rate, r2, zen, oku_man, signed, check_pdf  # noqa: E402

STEM = "mc_itoshima_plan_1"
G = Gold(STEM, "plan", "plan", "糸島市", "糸島市債権管理計画（令和７年度～令和９年度）", "2025-03-01", "令和７年３月")

rng = random.Random(8193)
YEARS = [2019, 2020, 2021, 2022, 2023]


def wyear(fy):  # 令和5（2023）年度
    n = fy - 2018
    return f"令和{'元' if n == 1 else n}（{fy}）年度"


def eyear(fy):  # 令和5年度
    n = fy - 2018
    return f"令和{'元' if n == 1 else n}年度"


# key, full, canonical, account, dept
DEBTS = [
    ("shizei", "市税", "市税", "一般会計", "税務課"),
    ("hoiku", "保育所保育料", "保育所保育料", "一般会計", "保育施設課"),
    ("jutaku", "市営住宅使用料", "住宅使用料", "一般会計", "建築住宅課"),
    ("seiho", "生活保護費返還金", "生活保護費返還金", "一般会計", "福祉支援課"),
    ("kokuho", "国民健康保険税", "国民健康保険料", "特別会計", "国保年金課"),
    ("kaigo", "介護保険料", "介護保険料", "特別会計", "介護・高齢者支援課"),
    ("kouki", "後期高齢者医療保険料", "後期高齢者医療保険料", "特別会計", "国保年金課"),
    ("suido", "水道料金", "水道料金", "企業会計", "上下水道料金課"),
    ("gesui", "下水道使用料", "下水道使用料", "企業会計", "上下水道料金課"),
]
D = {d[0]: d for d in DEBTS}
# current assessed 2019 (millions), growth, current rates R1..R5, arrears 2019 (millions), arrears rates, write-off share
PARAM = {
    "shizei": (11520, [1, 1.006, 0.994, 1.021, 1.016], [98.61, 98.70, 98.92, 99.01, 99.08], 402, [24.1, 25.3, 26.8, 27.9, 29.2], [0.06, 0.055, 0.05, 0.05, 0.0452]),
    "hoiku": (232, [1, 0.58, 0.97, 0.99, 0.98], [98.05, 98.22, 98.30, 98.41, 98.50], 21.5, [12.2, 13.0, 13.6, 14.5, 15.2], [0.05, 0.05, 0.05, 0.05, 0.05]),
    "jutaku": (241, [1, 1.004, 0.998, 1.002, 0.997], [97.12, 97.20, 97.31, 97.40, 97.52], 38.2, [10.5, 11.2, 11.9, 12.5, 13.1], [0.03, 0.03, 0.03, 0.03, 0.03]),
    "seiho": (38.5, [1, 1.05, 0.96, 1.03, 1.01], [62.40, 63.10, 64.20, 65.00, 65.80], 96.4, [4.1, 4.3, 4.6, 4.9, 5.2], [0.02, 0.02, 0.02, 0.02, 0.02]),
    "kokuho": (2240, [1, 0.985, 0.981, 0.978, 0.975], [95.02, 95.31, 95.58, 95.80, 95.86], 348, [22.5, 23.4, 24.8, 25.6, 26.3], [0.08, 0.075, 0.07, 0.07, 0.065]),
    "kaigo": (1985, [1, 1.018, 1.015, 1.021, 1.012], [99.11, 99.15, 99.20, 99.24, 99.28], 29.4, [18.2, 19.0, 19.8, 20.4, 21.1], [0.12, 0.11, 0.11, 0.10, 0.10]),
    "kouki": (902, [1, 1.025, 1.031, 1.042, 1.038], [99.40, 99.42, 99.45, 99.47, 99.50], 5.2, [35.0, 36.2, 37.1, 38.0, 38.8], [0.10, 0.10, 0.10, 0.10, 0.10]),
    "suido": (2018, [1, 1.002, 0.996, 1.004, 1.001], [98.82, 98.90, 98.95, 99.01, 99.05], 31.6, [44.2, 45.0, 45.9, 46.5, 47.2], [0.06, 0.06, 0.06, 0.06, 0.06]),
    "gesui": (1412, [1, 1.007, 1.003, 1.006, 1.002], [98.75, 98.84, 98.90, 98.96, 99.02], 23.8, [41.8, 42.5, 43.6, 44.2, 45.0], [0.05, 0.05, 0.05, 0.05, 0.05]),
}
DELINQ = {"shizei": [6215, 6032, 5810, 5598, 5391], "kokuho": [2850, 2771, 2690, 2604, 2533]}
# 前計画の現年度分目標 (R3..R5) and this plan's targets (R7..R9): (current, arrears)
PREV_TGT = {"shizei": [98.80, 98.95, 99.10], "kokuho": [95.50, 95.80, 96.00]}
TARGET = {
    "shizei": [(99.10, 29.5), (99.15, 30.0), (99.20, 30.5)], "hoiku": [(98.60, 15.5), (98.70, 16.0), (98.80, 16.5)],
    "jutaku": [(97.60, 13.5), (97.70, 14.0), (97.80, 14.5)], "seiho": [(66.00, 5.5), (66.50, 5.8), (67.00, 6.0)],
    "kokuho": [(96.00, 26.8), (96.10, 27.3), (96.20, 27.8)], "kaigo": [(99.30, 21.5), (99.32, 22.0), (99.35, 22.5)],
    "kouki": [(99.52, 39.0), (99.54, 39.5), (99.55, 40.0)], "suido": [(99.08, 47.5), (99.10, 48.0), (99.12, 48.5)],
    "gesui": [(99.05, 45.5), (99.08, 46.0), (99.10, 46.5)],
}
OUT_TARGET = {"shizei": [362_000_000, 346_000_000, 330_000_000], "kokuho": [281_000_000, 268_000_000, 255_000_000]}
CITY_TARGET_2027 = 780_000_000
OUT_2017 = 1_245_000_000

DATA = {}
for kk, (a0, gr, rc, arr0, ra, wo) in PARAM.items():
    DATA[kk] = {}
    ca = int(a0 * 1_000_000) + rng.randint(100, 999) * 1000 + rng.randint(0, 99) * 10
    prev = None
    for i, y in enumerate(YEARS):
        if i:
            ca = int(ca * gr[i]) // 10 * 10 + rng.randint(0, 9) * 10
        cc = round(ca * rc[i] / 100)
        aa = int(arr0 * 1_000_000) + rng.randint(100, 999) * 1000 + rng.randint(0, 99) * 10 if prev is None else prev
        ac = round(aa * ra[i] / 100)
        w = round(aa * wo[i])
        out = ca + aa - cc - ac - w
        DATA[kk][y] = dict(ca=ca, cc=cc, aa=aa, ac=ac, wo=w, out=out, out_cur=ca - cc, out_arr=aa - ac - w)
        prev = out

TOTAL_OUT = {y: sum(DATA[x][y]["out"] for x in D) for y in YEARS}
assert OUT_2017 > TOTAL_OUT[2019] > TOTAL_OUT[2023] > CITY_TARGET_2027, TOTAL_OUT
for _kk, _v in OUT_TARGET.items():
    assert DATA[_kk][2023]["out"] > _v[0] > _v[1] > _v[2], (_kk, DATA[_kk][2023]["out"])

# ---------------------------------------------------------------- docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
pf = st.paragraph_format
pf.space_after = Pt(0)
pf.space_before = Pt(0)
pf.line_spacing = 1.2

sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(16)
sec.footer_distance = Mm(8)
sec.different_first_page_header_footer = True


def set_font(run, name="IPAexMincho", size=None, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(text="", size=10.5, font="IPAexMincho", align=None, bold=False, indent_first=False, left=0.0, hang=0.0,
         before=0, after=0, spacing=None):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    f = p.paragraph_format
    f.space_before, f.space_after = Pt(before), Pt(after)
    if spacing:
        f.line_spacing = spacing
    if left or hang:
        f.left_indent = Pt(left + hang)
        f.first_line_indent = Pt(-hang)
    if indent_first:
        f.first_line_indent = Pt(size)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    return p


def gothic(text, size=11, before=4, after=2, align=None, left=0.0):
    return para(text, size, "IPAexGothic", align=align, before=before, after=after, left=left)


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def shade(cell, hexcolor):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def vertical(cell):
    tcPr = cell._element.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRlV")
    tcPr.append(td)


def cell_text(cell, text, size=8.5, font="IPAexGothic", align="center", bold=False, shade_hex=None, lines=None):
    cell.text = ""
    parts = lines if lines is not None else [text]
    for i, t in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT, "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        r = p.add_run(t)
        set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if shade_hex:
        shade(cell, shade_hex)


def table(rows, cols, widths_mm, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = Mm(widths_mm[i])
    return t


def row_height(t, mm):
    for row in t.rows:
        row.height = Mm(mm)


HEAD = "D9E2EF"
SUB = "EDEDED"


def new_section(landscape: bool):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
        s.left_margin = s.right_margin = Mm(15)
        s.top_margin, s.bottom_margin = Mm(15), Mm(14)
    else:
        s.orientation = WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.left_margin = s.right_margin = Mm(20)
        s.top_margin, s.bottom_margin = Mm(18), Mm(16)
    s.different_first_page_header_footer = False
    return s


def add_page_field(section):
    f = section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("－ ")
    set_font(r, "IPAexMincho", 9)
    r = p.add_run()
    fc1 = OxmlElement("w:fldChar"); fc1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    fc2 = OxmlElement("w:fldChar"); fc2.set(qn("w:fldCharType"), "end")
    r._element.append(fc1); r._element.append(it); r._element.append(fc2)
    set_font(r, "IPAexMincho", 9)
    r = p.add_run(" －")
    set_font(r, "IPAexMincho", 9)


add_page_field(sec)

# ================================================================= page 1: cover
for _ in range(7):
    para("", 12)
para("糸島市債権管理計画", 28, "IPAexGothic", align="center", after=10)
para("― 令和７年度～令和９年度 ―", 16, "IPAexGothic", align="center", after=40)
for _ in range(12):
    para("", 12)
para("令和７年３月", 16, "IPAexGothic", align="center", after=8)
para("糸　島　市", 18, "IPAexGothic", align="center")
page_break()

# ================================================================= page 2: 目次 + chapter 1
P = 2
gothic("目　　次", 14, before=0, after=8, align="center")
TOC = [("第１章　計画の策定にあたって", 2, 0), ("第２章　債権の現状", 3, 0), ("第３章　計画の目標", 6, 0), ("第４章　債権ごとの取組", 6, 0),
       ("債権管理推進シート（市税）", 7, 12), ("債権管理推進シート（国民健康保険税）", 8, 12)]
for t, n, ind in TOC:
    p = para("", 10.5, left=ind)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    r = p.add_run(f"{t}\t{n}")
    set_font(r, "IPAexMincho", 10.5)
    p.paragraph_format.space_after = Pt(3)
para("", 6)
gothic("第１章　計画の策定にあたって", 13, before=10, after=4)
gothic("１　計画策定の趣旨", 11, before=2, after=2)
o17_txt, o17_v = oku_man(OUT_2017, 10)
o23_txt, o23_v = oku_man(TOTAL_OUT[2023], 10)
d_txt, d_v = oku_man(OUT_2017 - TOTAL_OUT[2023], 10)
t1 = ("本市では、H29に「糸島市債権管理条例」を制定し、債権の適正な管理と収入の確保に全庁的に取り組んできました。"
      f"条例制定時（平成29年度（2017年度））の対象債権の収入未済額は約{G.fact(P, None, '対象債権', 2017, '平成29年度（2017年度）', 'total', 'outstanding', 'actual', o17_v, 'yen', o17_txt, None, True)}でしたが、"
      f"{wyear(2023)}決算では約{G.fact(P, None, '対象債権', 2023, wyear(2023), 'total', 'outstanding', 'actual', o23_v, 'yen', o23_txt, None, True)}となり、"
      f"約{G.fact(P, None, '対象債権', 2023, wyear(2023), 'total', 'difference', 'actual', -d_v, 'yen', d_txt, None, True)}縮減しました。")
para(t1, 10.5, indent_first=True, align="justify", spacing=1.35)
para("一方で、少子高齢化の進行や物価の上昇により、市民の生活環境は厳しさを増しており、滞納の早期解消と納付の困難な方への丁寧な対応を両立させることが求められています。"
     "このため、これまでの取組を検証し、令和７年度からの３年間に取り組む目標と具体的な方策を定める「糸島市債権管理計画」を策定します。", 10.5, indent_first=True, align="justify", spacing=1.35)
gothic("２　計画の期間", 11, before=4, after=2)
para(f"{wyear(2025)}から{wyear(2027)}までの３年間とします。", 10.5, indent_first=True, spacing=1.35)
gothic("３　対象債権", 11, before=4, after=2)
para("本市が保有する債権のうち、令和５年度決算において収入未済額が生じている主要な９債権（一般会計４債権、特別会計３債権、企業会計２債権）を対象とします。"
     "対象外の債権についても、本計画の趣旨に沿って適正に管理します。", 10.5, indent_first=True, align="justify", spacing=1.35)
gothic("４　計画の推進体制", 11, before=4, after=2)
para("副市長を本部長とする糸島市債権管理推進本部において、毎年度、目標の達成状況と取組の進捗を確認し、必要に応じて取組の見直しを行います。", 10.5, indent_first=True, align="justify", spacing=1.35)
page_break()

# ================================================================= page 3: chapter 2, table 1 (boxed, caption over, source under)
P = 3
gothic("第２章　債権の現状", 13, before=0, after=4)
gothic("１　収入未済額の推移", 11, before=2, after=2)
para("表１　対象債権の収入未済額の推移（各年度決算）", 10, "IPAexGothic", after=1)
para("（単位：千円）", 8.5, "IPAexGothic", align="right", after=1)
SECTIONS = [("一般会計", ["shizei", "hoiku", "jutaku", "seiho"]), ("特別会計", ["kokuho", "kaigo", "kouki"]), ("企業会計", ["suido", "gesui"])]
nrows = 1 + sum(1 + len(v) + 1 for _, v in SECTIONS) + 1
t = table(nrows, 6, [38, 24, 24, 24, 28, 32])
hdr = ["債権名", "令和元年度", "3年度", "5年度", "増減\n（5年度－3年度）", "備考"]
for i, h in enumerate(hdr):
    cell_text(t.cell(0, i), h, 8.5, shade_hex=HEAD, lines=h.split("\n"))
r = 1
FY_RAW = {2019: "令和元年度", 2021: "3年度", 2023: "5年度"}
grand = {2019: 0, 2021: 0, 2023: 0}
for sname, keys in SECTIONS:
    c = t.cell(r, 0).merge(t.cell(r, 5))
    cell_text(c, f"【{sname}】", 8.5, align="left", shade_hex=SUB)
    r += 1
    sub = {2019: 0, 2021: 0, 2023: 0}
    for kk in keys:
        _, full, canon, *_ = D[kk]
        cell_text(t.cell(r, 0), full, 8.5, align="left")
        for j, y in enumerate((2019, 2021, 2023)):
            v = k(DATA[kk][y]["out"])
            sub[y] += v
            raw = comma(v)
            txt = G.fact(P, canon, full, y, FY_RAW[y], 'total', 'outstanding', 'actual', v * 1000, 'yen', raw)
            if kk == "suido" and y == 2019:
                txt += "※"
            cell_text(t.cell(r, 1 + j), txt, 8.5, align="right")
        dv = k(DATA[kk][2023]["out"]) - k(DATA[kk][2021]["out"])
        cell_text(t.cell(r, 4), G.fact(P, canon, full, 2023, '5年度', 'total', 'difference', 'actual', dv * 1000, 'yen', signed(dv, None, '▲')), 8.5, align="right")
        if kk in ("shizei", "kokuho"):
            va = k(DATA[kk][2023]["out_arr"])
            note = f"うち滞納繰越分 {G.fact(P, canon, full, 2023, '5年度', 'arrears', 'outstanding', 'actual', va * 1000, 'yen', comma(va) + '千円')}"
            cell_text(t.cell(r, 5), note, 7.5, align="left")
        r += 1
    cell_text(t.cell(r, 0), "小計", 8.5)
    for j, y in enumerate((2019, 2021, 2023)):
        grand[y] += sub[y]
        cell_text(t.cell(r, 1 + j), G.fact(P, None, '小計', y, FY_RAW[y], 'total', 'outstanding', 'actual', sub[y] * 1000, 'yen', comma(sub[y])), 8.5, align="right")
    dv = sub[2023] - sub[2021]
    cell_text(t.cell(r, 4), G.fact(P, None, '小計', 2023, '5年度', 'total', 'difference', 'actual', dv * 1000, 'yen', signed(dv, None, '▲')), 8.5, align="right")
    r += 1
cell_text(t.cell(r, 0), "合計", 8.5, shade_hex=SUB)
for j, y in enumerate((2019, 2021, 2023)):
    cell_text(t.cell(r, 1 + j), G.fact(P, None, '合計', y, FY_RAW[y], 'total', 'outstanding', 'actual', grand[y] * 1000, 'yen', comma(grand[y])), 8.5, align="right", shade_hex=SUB)
gd = grand[2023] - grand[2021]
cell_text(t.cell(r, 4), G.fact(P, None, '合計', 2023, '5年度', 'total', 'difference', 'actual', gd * 1000, 'yen', signed(gd, None, '▲')), 8.5, align="right", shade_hex=SUB)
cell_text(t.cell(r, 5), "", 8.5, shade_hex=SUB)
row_height(t, 5.2)
para("出典：各年度 糸島市歳入歳出決算書及び水道事業・下水道事業決算書", 8, after=0, before=2)
para("※ 水道料金の令和元年度は、旧簡易水道事業に係る分を含む。", 8)
# the printed 合計 must agree with the prose of page 2 (rounded)
assert abs(grand[2023] * 1000 - TOTAL_OUT[2023]) < 5000
p23 = grand[2023]
d23 = grand[2021] - grand[2023]
para(f"令和５年度決算の収入未済額の合計は{G.fact(P, None, '合計', 2023, '令和５年度決算', 'total', 'outstanding', 'actual', p23 * 1000, 'yen', comma(p23) + '千円')}で、"
     f"令和３年度と比べて{G.fact(P, None, '合計', 2023, '令和５年度決算', 'total', 'difference', 'actual', -d23 * 1000, 'yen', comma(d23) + '千円')}減少しました。"
     "市税及び国民健康保険税の滞納繰越分の縮減が進んだ一方、生活保護費返還金は新たな返還決定により高い水準で推移しています。", 10.5, indent_first=True, align="justify", before=6, spacing=1.35)

# ================================================================= pages 4-5 (landscape): table 2 split by year groups
SEGS = [("current", "現年度分", "ca", "cc"), ("arrears", "滞納繰越分", "aa", "ac"), ("total", "計", None, None)]


def seg_ac(d, seg):
    if seg == "current":
        return d["ca"], d["cc"]
    if seg == "arrears":
        return d["aa"], d["ac"]
    return d["ca"] + d["aa"], d["cc"] + d["ac"]


def table2(P, fy, cont):
    widths = [40] + [31, 31, 18] * 3
    t = table(3 + len(DEBTS) + 1, 10, widths)
    c = t.cell(0, 0).merge(t.cell(2, 0))
    cell_text(c, "債権名", 8.5, shade_hex=HEAD)
    c = t.cell(0, 1).merge(t.cell(0, 9))
    cell_text(c, wyear(fy), 9, shade_hex=HEAD)
    for j, (seg, lab, *_r) in enumerate(SEGS):
        c = t.cell(1, 1 + 3 * j).merge(t.cell(1, 3 + 3 * j))
        cell_text(c, lab, 8.5, shade_hex=HEAD)
        for m, h in enumerate(["調定額※1", "収入済額", "収納率"]):
            cell_text(t.cell(2, 1 + 3 * j + m), h, 8.5, shade_hex=HEAD)
    tot = {s: [0, 0] for s, *_ in SEGS}
    for i, (kk, full, canon, *_r) in enumerate(DEBTS):
        cell_text(t.cell(3 + i, 0), full, 8.5, align="left")
        d = DATA[kk][fy]
        for j, (seg, *_x) in enumerate(SEGS):
            a, cc = seg_ac(d, seg)
            tot[seg][0] += k(a)
            tot[seg][1] += k(cc)
            rr = rate(cc, a)
            cell_text(t.cell(3 + i, 1 + 3 * j), G.fact(P, canon, full, fy, wyear(fy), seg, 'assessed', 'actual', k(a) * 1000, 'yen', comma(k(a))), 8.5, align="right")
            cell_text(t.cell(3 + i, 2 + 3 * j), G.fact(P, canon, full, fy, wyear(fy), seg, 'collected', 'actual', k(cc) * 1000, 'yen', comma(k(cc))), 8.5, align="right")
            mark = "※2" if (kk == "seiho" and seg == "current") else ""
            cell_text(t.cell(3 + i, 3 + 3 * j), G.fact(P, canon, full, fy, wyear(fy), seg, 'collection_rate', 'actual', rr, 'percent', f"{rr:.2f}") + mark, 8.5, align="right")
    n = 3 + len(DEBTS)
    cell_text(t.cell(n, 0), "合計", 8.5, shade_hex=SUB)
    for j, (seg, *_x) in enumerate(SEGS):
        a, cc = tot[seg]
        # the 合計 rate is computed from yen, as the city does
        ya = sum(seg_ac(DATA[x][fy], seg)[0] for x in D)
        yc = sum(seg_ac(DATA[x][fy], seg)[1] for x in D)
        rr = rate(yc, ya)
        assert abs(k(ya) - a) <= 5 and abs(k(yc) - cc) <= 5
        cell_text(t.cell(n, 1 + 3 * j), G.fact(P, None, '合計', fy, wyear(fy), seg, 'assessed', 'actual', a * 1000, 'yen', comma(a)), 8.5, align="right", shade_hex=SUB)
        cell_text(t.cell(n, 2 + 3 * j), G.fact(P, None, '合計', fy, wyear(fy), seg, 'collected', 'actual', cc * 1000, 'yen', comma(cc)), 8.5, align="right", shade_hex=SUB)
        cell_text(t.cell(n, 3 + 3 * j), G.fact(P, None, '合計', fy, wyear(fy), seg, 'collection_rate', 'actual', rr, 'percent', f"{rr:.2f}"), 8.5, align="right", shade_hex=SUB)
    row_height(t, 7.2)
    return t


s = new_section(True)
P = 4
gothic("２　主要債権の収納状況", 11, before=0, after=2)
para("表２　対象債権の収納状況（令和４（2022）年度・令和５（2023）年度決算）", 10, "IPAexGothic", after=1)
para("（単位：千円、％）", 8.5, "IPAexGothic", align="right", after=1)
table2(P, 2022, False)
para("※1 調定額は、還付未済額を含まない。　※2 生活保護費返還金の現年度分は、当該年度に返還決定したものに係る収納率。", 8, before=2)
para("（令和５（2023）年度は次頁）", 8, align="right")
page_break()
P = 5
para("表２　対象債権の収納状況（続き）", 10, "IPAexGothic", after=1)
para("（単位：千円、％）", 8.5, "IPAexGothic", align="right", after=1)
table2(P, 2023, True)
para("※1 調定額は、還付未済額を含まない。　※2 生活保護費返還金の現年度分は、当該年度に返還決定したものに係る収納率。", 8, before=2)
# table 3: current-year rates, years descending, with %
para("表３　現年度分収納率の推移（新しい年度から順に掲載）", 10, "IPAexGothic", before=8, after=1)
yrs_desc = [2023, 2022, 2021, 2020, 2019]
t = table(1 + 3, 1 + len(yrs_desc), [40] + [30] * 5)
cell_text(t.cell(0, 0), "債権名", 8.5, shade_hex=HEAD)
for j, y in enumerate(yrs_desc):
    cell_text(t.cell(0, 1 + j), eyear(y), 8.5, shade_hex=HEAD)
for i, kk in enumerate(["shizei", "kokuho", "kaigo"]):
    _, full, canon, *_ = D[kk]
    cell_text(t.cell(1 + i, 0), full, 8.5, align="left")
    for j, y in enumerate(yrs_desc):
        d = DATA[kk][y]
        rr = rate(d["cc"], d["ca"])
        cell_text(t.cell(1 + i, 1 + j), G.fact(P, canon, full, y, eyear(y), 'current', 'collection_rate', 'actual', rr, 'percent', f"{rr:.2f}%"), 8.5, align="right")
row_height(t, 6.5)

# ================================================================= page 6: chapter 3 targets + chapter 4
s = new_section(False)
P = 6
gothic("第３章　計画の目標", 13, before=0, after=3)
gothic("１　目標収納率", 11, before=1, after=1)
para("表４　対象債権の目標収納率", 10, "IPAexGothic", after=0)
para("（単位：％）", 8.5, "IPAexGothic", align="right", after=1)
t = table(2 + 2 * len(DEBTS), 6, [36, 24, 26, 26, 26, 26])
c = t.cell(0, 0).merge(t.cell(1, 1))
cell_text(c, "債権名・区分", 8.5, shade_hex=HEAD)
cell_text(t.cell(0, 2), "実績", 8.5, shade_hex=HEAD)
c = t.cell(0, 3).merge(t.cell(0, 5))
cell_text(c, "目標", 8.5, shade_hex=HEAD)
for j, y in enumerate([2023, 2025, 2026, 2027]):
    cell_text(t.cell(1, 2 + j), eyear(y), 8.5, shade_hex=HEAD)
for i, (kk, full, canon, *_r) in enumerate(DEBTS):
    r0 = 2 + 2 * i
    c = t.cell(r0, 0).merge(t.cell(r0 + 1, 0))
    cell_text(c, full, 8, align="left")
    d = DATA[kk][2023]
    for m, (seg, lab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"))):
        cell_text(t.cell(r0 + m, 1), lab, 7.5)
        a, cc = seg_ac(d, seg)
        rr = rate(cc, a)
        cell_text(t.cell(r0 + m, 2), G.fact(P, canon, full, 2023, '令和5年度', seg, 'collection_rate', 'actual', rr, 'percent', f"{rr:.2f}"), 8, align="right")
        for j, y in enumerate([2025, 2026, 2027]):
            tv = TARGET[kk][j][m]
            cell_text(t.cell(r0 + m, 3 + j), G.fact(P, canon, full, y, eyear(y), seg, 'collection_rate', 'target', tv, 'percent', f"{tv:.2f}"), 8, align="right")
row_height(t, 4.6)
gothic("２　収入未済額の目標", 11, before=5, after=1)
ct_txt, ct_v = oku_man(CITY_TARGET_2027, 10)
para(f"対象債権全体の収入未済額を、{wyear(2027)}末において{G.fact(P, None, '対象債権全体', 2027, wyear(2027) + '末', 'total', 'outstanding', 'target', ct_v, 'yen', zen(ct_txt))}以下とすることを目標とします。",
     10.5, indent_first=True, spacing=1.3)
gothic("第４章　債権ごとの取組", 13, before=6, after=2)
gothic("１　全庁的な取組", 11, before=1, after=1)
GEN_ITEMS = [("(1)", "債権管理台帳の整備状況を毎年度点検し、時効管理及び交渉記録の記載を徹底する。", "継続"),
             ("(2)", "強制徴収公債権の滞納者情報を税務課と共有し、重複滞納者への一体的な滞納整理を行う。", "拡充"),
             ("(3)", "非強制徴収公債権及び私債権について、支払督促等の法的措置の手順書を作成する。", "新規")]
for lab, tx, stt in GEN_ITEMS:
    para(f"{lab}　{tx}【{stt}】", 9.5, left=6, hang=16, spacing=1.2)
    G.init(P, None, None, 2025, "全庁的な取組", lab, tx, stt)
gothic("２　個別債権の取組", 11, before=3, after=1)
IND = [
    ("（１）", "介護保険料", "kaigo", [("ア", "普通徴収への切替え時に口座振替依頼書を送付し、納付漏れを防止する。", "継続", None),
                                     ("イ", "２年以上の滞納者へ給付制限の内容を通知し、納付相談につなげる。", "継続", None)]),
    ("（２）", "後期高齢者医療保険料", "kouki", [("ア", "福岡県後期高齢者医療広域連合と連携し、高額滞納者の財産調査を行う。", "拡充", None)]),
    ("（３）", "保育所保育料・市営住宅使用料", None, [
        ("ア", "保育所保育料", "", [("(ｱ)", "hoiku", "児童手当からの申出による徴収を入所時に案内する。", "継続"),
                                  ("(ｲ)", "hoiku", "退所後の滞納者に対する財産調査を実施する。", "新規")]),
        ("イ", "市営住宅使用料", "", [("(ｱ)", "jutaku", "３か月以上の滞納者の連帯保証人へ催告を行う。", "継続"),
                                    ("(ｲ)", "jutaku", "退去滞納者の債権回収を弁護士法人に委託する。", "拡充")])]),
]
for lab, title, kk, items in IND:
    para(f"{lab}{title}", 9.8, "IPAexGothic", left=6, before=1)
    for it in items:
        if it[3] is None:
            sl, tx, stt, _ = it
            para(f"{sl}　{tx}【{stt}】", 9.5, left=18, hang=10, spacing=1.2)
            _, full, canon, *_ = D[kk]
            G.init(P, canon, full, 2025, "個別債権の取組", f"{lab}{sl}", tx, stt)
        else:
            sl, name, _, subs = it
            para(f"{sl}　{name}", 9.5, left=18)
            for ssl, skk, tx, stt in subs:
                para(f"{ssl}　{tx}【{stt}】", 9.5, left=30, hang=14, spacing=1.2)
                _, full, canon, *_ = D[skk]
                G.init(P, canon, full, 2025, "個別債権の取組", f"{lab}{sl}{ssl}", tx, stt)

# ================================================================= pages 7-8: 推進シート
SHEET_ITEMS = {
    "shizei": ([("・", "納期限後２０日以内の督促状発送を徹底し、督促後１か月を経過した未納者へＳＭＳによる催告を行う。", "継続"),
                ("・", "口座振替の新規申込をＷｅｂで受け付け、申込手続の負担を軽減する。", "新規"),
                ("・", "現年課税分の未納者のうち１０万円以上の案件を重点案件として管理する。", "拡充")],
               [("・", "電子預貯金照会を活用し、財産調査から差押えまでの期間を短縮する。", "拡充"),
                ("・", "給与・年金の差押えを優先し、分納不履行者には速やかに滞納処分を行う。", "継続"),
                ("・", "財産がない案件は滞納処分の執行停止を適正に行い、滞納繰越額を圧縮する。", "継続")]),
    "kokuho": ([("①", "他の医療保険への加入が判明した世帯に資格喪失の届出を勧奨する。", "継続"),
                ("②", "未申告世帯に申告書を送付し、所得を把握して軽減判定を適正に行う。", "継続"),
                ("③", "納付書にスマートフォン決済用のコードを印字し、納付手段を拡充する。", "新規")],
               [("①", "滞納繰越分のうち市税と重複する滞納者の案件を税務課へ引き継ぐ。", "拡充"),
                ("②", "分納誓約の履行状況を毎月確認し、不履行者には財産調査を行う。", "継続")]),
}
SHEET_TXT = {
    "shizei": ("税務課 収納係", "強制徴収公債権（時効期間５年）"),
    "kokuho": ("国保年金課 保険税係", "強制徴収公債権（時効期間５年）"),
}


def sheet(P, kk):
    _, full, canon, acc, dept = D[kk]
    para("債権管理推進シート", 13, "IPAexGothic", align="center", after=3)
    t = table(1, 4, [24, 58, 24, 64])
    cell_text(t.cell(0, 0), "債権名", 9, shade_hex=HEAD)
    cell_text(t.cell(0, 1), full, 9.5, align="left")
    cell_text(t.cell(0, 2), "所管課", 9, shade_hex=HEAD)
    cell_text(t.cell(0, 3), SHEET_TXT[kk][0], 9.5, align="left")
    row_height(t, 6.5)
    gothic("１　直近５か年の収納状況", 10.5, before=4, after=0)
    para("（単位：円）", 8, "IPAexGothic", align="right", after=1)
    rows = [("current", "現年", [("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate")]),
            ("arrears", "滞繰", [("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate")]),
            ("total", "計", [("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate")])]
    extra = [("不納欠損額", "written_off"), ("収入未済額", "outstanding")] + ([("滞納者数（人）", "delinquents")] if kk in DELINQ else [])
    t = table(1 + 9 + len(extra), 7, [8, 20, 28.4, 28.4, 28.4, 28.4, 28.4])
    c = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(c, "区分", 8, shade_hex=HEAD)
    for j, y in enumerate(YEARS):
        cell_text(t.cell(0, 2 + j), "", 7.5, shade_hex=HEAD, lines=[eyear(y), f"({y}年度)"])
    r = 1
    for seg, lab, mets in rows:
        c = t.cell(r, 0).merge(t.cell(r + 2, 0))
        cell_text(c, lab, 8, shade_hex=SUB)
        vertical(c)
        for mlab, met in mets:
            cell_text(t.cell(r, 1), mlab, 7.5, align="left", shade_hex=SUB)
            for j, y in enumerate(YEARS):
                d = DATA[kk][y]
                a, cc = seg_ac(d, seg)
                fr = f"{eyear(y)}({y}年度)"
                if met == "collection_rate":
                    v = rate(cc, a)
                    txt = G.fact(P, canon, full, y, fr, seg, met, 'actual', v, 'percent', f"{v:.2f}%")
                else:
                    v = a if met == "assessed" else cc
                    txt = G.fact(P, canon, full, y, fr, seg, met, 'actual', v, 'yen', comma(v))
                cell_text(t.cell(r, 2 + j), txt, 7.5, align="right")
            r += 1
    for mlab, met in extra:
        c = t.cell(r, 0).merge(t.cell(r, 1))
        cell_text(c, mlab, 7.5, align="left", shade_hex=SUB)
        for j, y in enumerate(YEARS):
            d = DATA[kk][y]
            fr = f"{eyear(y)}({y}年度)"
            if met == "delinquents":
                v = DELINQ[kk][j]
                txt = G.fact(P, canon, full, y, fr, 'total', met, 'actual', v, 'persons', comma(v))
            else:
                v = d["wo"] if met == "written_off" else d["out"]
                txt = G.fact(P, canon, full, y, fr, 'total', met, 'actual', v, 'yen', comma(v))
            cell_text(t.cell(r, 2 + j), txt, 7.5, align="right")
        r += 1
    row_height(t, 4.6)
    t.rows[0].height = Mm(8.5)
    # 2: previous plan targets and results
    gothic("２　前計画の目標と実績（現年度分収納率）", 10.5, before=4, after=0)
    para("（単位：％）", 8, "IPAexGothic", align="right", after=1)
    t = table(4, 4, [40, 40, 40, 40])
    for i, h in enumerate(["年度", "目標", "実績", "達成率"]):
        cell_text(t.cell(0, i), h, 8, shade_hex=HEAD)
    for i, y in enumerate([2021, 2022, 2023]):
        d = DATA[kk][y]
        act = rate(d["cc"], d["ca"])
        tg = PREV_TGT[kk][i]
        ach = r2(act / tg * 100, 1)
        cell_text(t.cell(1 + i, 0), eyear(y), 8)
        cell_text(t.cell(1 + i, 1), G.fact(P, canon, full, y, eyear(y), 'current', 'collection_rate', 'target', tg, 'percent', f"{tg:.2f}"), 8, align="right")
        cell_text(t.cell(1 + i, 2), G.fact(P, canon, full, y, eyear(y), 'current', 'collection_rate', 'actual', act, 'percent', f"{act:.2f}"), 8, align="right")
        cell_text(t.cell(1 + i, 3), f"{ach:.1f}", 8, align="right")
    row_height(t, 4.6)
    # 3: targets, two headings side by side
    gothic("３　目標", 10.5, before=4, after=1)
    t = table(5, 5, [50, 30, 30, 30, 30])
    c = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(c, "区分", 8, shade_hex=HEAD)
    cell_text(t.cell(0, 1), "令和５年度（実績）", 8, shade_hex=HEAD)
    c = t.cell(0, 2).merge(t.cell(0, 4))
    cell_text(c, "令和７年度～令和９年度（目標）", 8, shade_hex=HEAD)
    for j, lab in enumerate(["R5", "R7", "R8", "R9"]):
        cell_text(t.cell(1, 1 + j), lab, 8, shade_hex=HEAD)
    d = DATA[kk][2023]
    for i, (lab, seg) in enumerate((("現年度分収納率（％）", "current"), ("滞納繰越分収納率（％）", "arrears"))):
        cell_text(t.cell(2 + i, 0), lab, 7.5, align="left")
        a, cc = seg_ac(d, seg)
        rr = rate(cc, a)
        cell_text(t.cell(2 + i, 1), G.fact(P, canon, full, 2023, 'R5', seg, 'collection_rate', 'actual', rr, 'percent', f"{rr:.2f}"), 8, align="right")
        for j, y in enumerate([2025, 2026, 2027]):
            tv = TARGET[kk][j][i]
            cell_text(t.cell(2 + i, 2 + j), G.fact(P, canon, full, y, f"R{y - 2018}", seg, 'collection_rate', 'target', tv, 'percent', f"{tv:.2f}"), 8, align="right")
    cell_text(t.cell(4, 0), "収入未済の目標額（円）", 7.5, align="left")
    cell_text(t.cell(4, 1), G.fact(P, canon, full, 2023, 'R5', 'total', 'outstanding', 'actual', d["out"], 'yen', comma(d["out"])), 7.5, align="right")
    for j, y in enumerate([2025, 2026, 2027]):
        v = OUT_TARGET[kk][j]
        cell_text(t.cell(4, 2 + j), G.fact(P, canon, full, y, f"R{y - 2018}", 'total', 'outstanding', 'target', v, 'yen', comma(v)), 7.5, align="right")
    row_height(t, 4.8)
    # 4: measures in a two-column table
    gothic("４　目標達成に向けた取組", 10.5, before=4, after=1)
    left, right = SHEET_ITEMS[kk]
    t = table(2, 2, [85, 85])
    cell_text(t.cell(0, 0), "滞納抑制の方策", 8.5, shade_hex=HEAD)
    cell_text(t.cell(0, 1), "徴収強化の方策", 8.5, shade_hex=HEAD)
    for col, items, sect in ((0, left, "滞納抑制の方策"), (1, right, "徴収強化の方策")):
        lines = []
        for lab, tx, stt in items:
            lines.append(f"{lab}{tx}【{stt}】")
            G.init(P, canon, full, 2025, sect, None if lab == "・" else lab, tx, stt)
        cell_text(t.cell(1, col), "", 8.8, font="IPAexMincho", align="left", lines=lines)
        for pp in t.cell(1, col).paragraphs:
            pp.paragraph_format.line_spacing = 1.15
            pp.paragraph_format.space_after = Pt(2)
            pp.paragraph_format.left_indent = Pt(9)
            pp.paragraph_format.first_line_indent = Pt(-9)
    # 5: explanation in prose
    d1, d5 = DATA[kk][2019], DATA[kk][2023]
    c1, c5 = rate(d1["cc"], d1["ca"]), rate(d5["cc"], d5["ca"])
    dc = r2(c5 - c1)
    o5t, o5v = oku_man(d5["out"], 10)
    odt, odv = oku_man(d1["out"] - d5["out"], 10)
    gothic("５　収納状況に関する説明", 10.5, before=4, after=1)
    para(f"現年度分の収納率は、令和元年度から{G.fact(P, canon, full, 2023, '令和５年度', 'current', 'difference', 'actual', dc, 'points', f'{dc:.2f}ポイント')}上昇しました。"
         f"収入未済額は、令和５年度決算で約{G.fact(P, canon, full, 2023, '令和５年度決算', 'total', 'outstanding', 'actual', o5v, 'yen', o5t, None, True)}となり、"
         f"令和元年度と比べて約{G.fact(P, canon, full, 2023, '令和５年度決算', 'total', 'difference', 'actual', -odv, 'yen', odt, None, True)}減少しています。",
         9.5, indent_first=True, spacing=1.25, align="justify")


page_break()
sheet(7, "shizei")
page_break()
sheet(8, "kokuho")

# ---------------------------------------------------------------- convert
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
out_dir = WORK / "lo"
out_dir.mkdir(exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(docx_path)], check=True,
               capture_output=True)
pdf = SET / "pdf" / f"{STEM}.pdf"
shutil.copy(out_dir / f"{STEM}.pdf", pdf)
gp, n = G.write(pdf)
errs = check_pdf(pdf, gp)
print(f"{STEM}: {n} pages, {len(G.facts)} facts, {len(G.initiatives)} initiatives, {len(errs)} check errors")
for e in errs[:30]:
    print("  ", e)
