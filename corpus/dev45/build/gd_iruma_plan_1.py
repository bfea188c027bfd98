#!/usr/bin/env python3
"""gd_iruma_plan_1: 第２次入間市債権管理計画（令和７（2025）年度～令和10（2028）年度）.

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).  Run from corpus/dev45.
All figures are invented; the gold is written from the same data that draws the pages.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gd_common import Gold, check_pdf, comma, dfmt, oku_man, rate, rfmt, tri, zen  # noqa: E402

STEM = "gd_iruma_plan_1"
WORK = Path("/tmp/gd_work") / STEM
HERE = Path.cwd()
PDF = HERE / "pdf" / f"{STEM}.pdf"

g = Gold(STEM, "plan", "plan", "入間市", "第２次入間市債権管理計画", "2025-03-01", "令和７年３月")

YEARS = [2019, 2020, 2021, 2022, 2023]          # 令和元年度 .. 令和５年度 (決算)
WAREKI = {2017: "平成29年度", 2018: "平成30年度", 2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度",
          2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度", 2025: "令和７年度", 2026: "令和８年度",
          2027: "令和９年度", 2028: "令和10年度"}


def r_half(x):
    return int(x + 0.5)


def series(cur_a, cur_r, arr0, arr_r, wo_r, tax_a=None):
    """Yearly settlement rows (円): cur_a, cur_c, arr_a, arr_c, wo, out; arr_a(t+1) = out(t)."""
    out, arr_a = [], arr0
    for i in range(len(cur_a)):
        ca = cur_a[i]
        cc = r_half(ca * cur_r[i] / 100)
        ac = r_half(arr_a * arr_r[i] / 100)
        wo = r_half(arr_a * wo_r[i] / 100)
        o = ca + arr_a - cc - ac - wo
        out.append({"ca": ca, "cc": cc, "aa": arr_a, "ac": ac, "wo": wo, "out": o})
        arr_a = o
    return out


SHIZEI = series([21_845_112_300, 21_421_560_800, 21_673_904_100, 22_031_455_600, 22_312_870_400],
                [98.712, 98.431, 98.802, 98.913, 99.041], 1_298_443_120,
                [27.13, 25.82, 28.41, 30.22, 31.53], [5.5, 5.0, 6.0, 5.8, 6.2])
KOKUHO = series([4_621_345_600, 4_553_210_900, 4_412_876_300, 4_283_154_700, 4_121_998_500],
                [93.107, 93.604, 94.203, 94.611, 95.012], 1_451_236_540,
                [18.21, 19.53, 21.04, 22.41, 23.62], [9.0, 8.5, 8.0, 8.0, 7.5])
SHIZEI_PERSONS = [6_412, 6_587, 6_103, 5_741, 5_398]
KOKUHO_HH = [4_876, 4_702, 4_455, 4_213, 3_987]

# other debts, R4 and R5 (千円): (cur_a, cur_c, arr_a, arr_c)
OTHERS = {
    "介護保険料": ("介護保険料", {2022: (3_812_456, 3_781_902, 72_345, 13_234), 2023: (3_905_118, 3_876_771, 70_987, 13_602)}),
    "後期高齢者医療保険料": ("後期高齢者医療保険料", {2022: (1_498_765, 1_492_301, 23_456, 9_102), 2023: (1_602_334, 1_595_876, 21_987, 9_345)}),
    "保育所保育料": ("保育所保育料", {2022: (187_654, 183_902, 41_234, 5_678), 2023: (176_543, 173_400, 38_765, 5_612)}),
    "下水道使用料": ("下水道使用料", {2022: (2_345_678, 2_322_106, 45_678, 19_876), 2023: (2_331_905, 2_309_541, 43_210, 19_001)}),
    "市営住宅使用料": ("市営住宅使用料", {2022: (156_789, 149_876, 67_890, 6_543), 2023: (154_321, 147_902, 66_543, 6_789)}),
    "学校給食費": ("学校給食費", {2022: (612_345, 606_112, 23_456, 2_987), 2023: (598_765, 593_001, 21_098, 3_101)}),
}
KYUSHOKU_NOTE = 3_456   # 千円, footnote

# 収入未済額の推移 (百万円) for the columns other than 市税・国保
OUT_HIST = {  # 介護, 後期, その他
    2017: (92.4, 12.1, 262.7), 2018: (88.9, 13.4, 254.3), 2019: (86.2, 14.9, 248.8), 2020: (84.7, 16.2, 251.2),
    2021: (81.3, 17.8, 243.6),
}


def kyen(v):
    return r_half(v / 1000)


# ---------------------------------------------------------------- docx helpers
doc = Document()
MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"
st = doc.styles["Normal"]
st.font.name = MINCHO
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.15


def set_margins(sec, top=18, bottom=15, left=20, right=20):
    sec.top_margin, sec.bottom_margin = Mm(top), Mm(bottom)
    sec.left_margin, sec.right_margin = Mm(left), Mm(right)
    sec.header_distance, sec.footer_distance = Mm(8), Mm(7)


sec0 = doc.sections[0]
sec0.page_width, sec0.page_height = Mm(210), Mm(297)
set_margins(sec0)


def run(p, text, size=None, bold=False, font=None, color=None):
    r = p.add_run(text)
    f = font or MINCHO
    r.font.name = f
    r._element.rPr.rFonts.set(qn("w:eastAsia"), f)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(text="", size=10, bold=False, font=None, align=None, indent=0.0, first=0.0, before=0, after=0,
         container=None, keep=False):
    p = (container or doc).add_paragraph()
    if text:
        run(p, text, size, bold, font)
    pf = p.paragraph_format
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        pf.left_indent = Mm(indent)
    if first:
        pf.first_line_indent = Mm(first)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if keep:
        pf.keep_with_next = True
    return p


def heading(text, size=12, before=6, after=3):
    return para(text, size=size, bold=True, font=GOTHIC, before=before, after=after, keep=True)


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def vertical(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRlV")
    tcPr.append(td)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def boxed(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cell_text(cell, text, size=8, bold=False, align="r", font=None, lines=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = lines if lines is not None else [text]
    for i, t in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run(p, t, size, bold, font or GOTHIC)
        p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                       "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def grid(rows, cols, widths, container=None, style="Table Grid", min_h=5.2):
    t = (container or doc).add_table(rows=rows, cols=cols)
    for r in t.rows:
        r.height = Mm(min_h)
        r.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for r in t.rows:
        for i, c in enumerate(r.cells):
            c.width = Mm(widths[i])
    mar = OxmlElement("w:tblCellMar")
    for edge, w in (("left", 45), ("right", 45), ("top", 10), ("bottom", 10)):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:w"), str(w))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    t._tbl.tblPr.append(mar)
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 56.7)))
    return t


def footer_page_number(sec):
    sec.footer.is_linked_to_previous = False
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "－ ", 9)
    r = p.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
    r.font.size = Pt(9)
    run(p, " －", 9)


# ================================================================ page 1: cover
P = 1
for _ in range(9):
    para("")
para("第２次", 20, True, GOTHIC, "c")
para("入間市債権管理計画", 26, True, GOTHIC, "c", after=10)
para("令和７（2025）年度　～　令和10（2028）年度", 14, False, GOTHIC, "c", after=150)
for _ in range(10):
    para("")
para("令和７年３月", 14, False, GOTHIC, "c", after=8)
para("入　間　市", 18, True, GOTHIC, "c")
page_break()

# ================================================================ page 2: 目次 + 第１章
P = 2
heading("目　次", 14, 0, 6).alignment = WD_ALIGN_PARAGRAPH.CENTER
TOC = [("第１章　計画の概要", "2"), ("第２章　債権の現状", "3"), ("　表２－３　主要債権の収納状況", "4"),
       ("第３章　計画の目標", "5"), ("第４章　全庁的な取組", "6"), ("第５章　債権ごとの取組み", "7"),
       ("　５　債権ごとの取組み（市税）", "7"), ("　５　債権ごとの取組み（国民健康保険税）", "8")]
for t, pno in TOC:
    p = para(t + "\t" + pno, 10.5, font=GOTHIC, indent=15, after=2)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(155), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
para("", after=4)
heading("第１章　計画の概要", 13, 6, 4)
tot_out = {}  # filled in chapter 2 computations (need totals here)
# --- figures used in the prose (computed from chapter 2 data, defined below)
SH5, SH4 = SHIZEI[4], SHIZEI[3]
KH5, KH4 = KOKUHO[4], KOKUHO[3]
HIST = {}
for i, fy in enumerate(YEARS):
    HIST[fy] = [round(SHIZEI[i]["out"] / 1e6, 1), round(KOKUHO[i]["out"] / 1e6, 1)]
HIST[2017] = [1_289.6, 1_512.3]
HIST[2018] = [1_224.8, 1_431.7]
OTH_OUT = {}
for k, (nm, yrs) in OTHERS.items():
    for fy, (ca, cc, aa, ac) in yrs.items():
        OTH_OUT[(k, fy)] = None
# 介護・後期 R4/R5 outstanding (千円) from OTHERS (no write-off shown there: derive write-off)
WO_OTH = {("介護保険料", 2022): 9_345, ("介護保険料", 2023): 8_876, ("後期高齢者医療保険料", 2022): 1_234,
          ("後期高齢者医療保険料", 2023): 1_102}
for key in ("介護保険料", "後期高齢者医療保険料"):
    for fy in (2022, 2023):
        ca, cc, aa, ac = OTHERS[key][1][fy]
        OTH_OUT[(key, fy)] = ca + aa - cc - ac - WO_OTH[(key, fy)]
OUT_HIST[2022] = (round(OTH_OUT[("介護保険料", 2022)] / 1000, 1), round(OTH_OUT[("後期高齢者医療保険料", 2022)] / 1000, 1), 236.9)
OUT_HIST[2023] = (round(OTH_OUT[("介護保険料", 2023)] / 1000, 1), round(OTH_OUT[("後期高齢者医療保険料", 2023)] / 1000, 1), 229.4)
for fy in (2017, 2018, 2019, 2020, 2021, 2022, 2023):
    HIST[fy] = HIST[fy] + list(OUT_HIST[fy])
    HIST[fy].append(round(sum(HIST[fy]), 1))
T22 = {}  # 市全体 (千円): 調定額, 収入済額, 不納欠損額, 収入未済額
for fy, (aa, wo) in {2021: (38_912_345, 71_204), 2022: (39_345_678, 66_815), 2023: (39_801_234, 63_412)}.items():
    out = r_half(HIST[fy][-1] * 1000) + 37
    T22[fy] = (aa, aa - wo - out, wo, out)
tot_now, tot_prev = T22[2023][3], T22[2022][3]
o_txt, o_val = oku_man(tot_now * 1000)
d_txt, d_val = oku_man((tot_prev - tot_now) * 1000)
o_txt0, o_val0 = oku_man(T22[2021][3] * 1000)

heading("１　計画策定の趣旨", 11, 2, 2)
a1 = g.fact(P, None, None, 2023, "令和５（2023）年度", "total", "outstanding", "actual", o_val, "yen", f"約{o_txt}", approx=True)
a2 = g.fact(P, None, None, 2023, "令和５（2023）年度", "total", "difference", "actual", -d_val, "yen", f"約{d_txt}", approx=True)
a3 = g.fact(P, None, None, 2021, "令和３（2021）年度", "total", "outstanding", "actual", o_val0, "yen", f"約{o_txt0}", approx=True)
para("本市では、令和３（2021）年３月に「入間市債権管理計画」を策定し、市税をはじめとする各債権の収納率の向上と収入未済額の縮減に全庁を挙げて取り組んできた。"
     f"その結果、令和５（2023）年度決算における全会計の収入未済額は{a1}となり、前年度から{a2}の減少となった。計画策定前の令和３（2021）年度の{a3}と比べても、着実に縮減が進んでいる。",
     first=3.5, align="j", after=2)
para("一方で、物価高騰等の社会経済情勢の変化により、納付が困難な市民の増加も懸念される。このため、前計画の取組と成果を検証したうえで、引き続き公平・公正な市民負担の確保と健全な財政運営に資するため、第２次計画を策定する。",
     first=3.5, align="j", after=2)
heading("２　計画の期間", 11, 4, 2)
para("令和７（2025）年度から令和10（2028）年度までの４年間とする。", first=3.5, after=2)
heading("３　対象とする債権", 11, 4, 2)
para("令和５年度決算において収入未済額が生じている債権のうち、次の区分により管理する。", first=3.5, after=1)
para("（１）強制徴収公債権　　市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料、下水道使用料ほか", indent=3.5, after=1)
para("（２）非強制徴収公債権・私債権　　市営住宅使用料、学校給食費、各種貸付金ほか", indent=3.5, after=2)
heading("４　計画の進行管理", 11, 4, 2)
para("債権管理対策会議において、毎年度、各債権の目標の達成状況と取組の実施状況を確認し、必要に応じて取組の見直しを行う。", first=3.5, align="j")
page_break()

# ================================================================ page 3: 第２章 (years head rows + metrics head rows side by side)
P = 3
heading("第２章　債権の現状", 13, 0, 4)
heading("１　収入未済額の推移", 11, 2, 2)
YEAR_LABEL = {2017: "平成29年度\n(2017年度)", 2018: "H30", 2019: "令和元年度", 2020: "令和二年度", 2021: "3年度",
              2022: "4年度", 2023: "2023年度"}
COLS = [("市税", "市税"), ("国民健康保険料", "国保税"), ("介護保険料", "介護"), ("後期高齢者医療保険料", "後期"),
        (None, "その他"), (None, "合計")]
para("表２－１　収入未済額の推移（単位：百万円）", 9.5, True, GOTHIC, after=2)
W21 = [16, 11.5, 11.5, 11.5, 11.5, 11.5, 12.5]
W22 = [22, 19, 19, 19]
comb = grid(8, 12, W21 + [3] + W22, min_h=7)
no_borders(comb)
COMB = comb.rows
hdr = ["年度"] + [c[1] for c in COLS]
for i, h in enumerate(hdr):
    cell_text(COMB[0].cells[i], h, 7.5, True, "c")
    shade(COMB[0].cells[i], "D9E2F3")
    boxed(COMB[0].cells[i])
for ri, fy in enumerate([2017, 2018, 2019, 2020, 2021, 2022, 2023]):
    row = COMB[ri + 1].cells
    lab = YEAR_LABEL[fy]
    cell_text(row[0], "", 7, False, "l", lines=lab.split("\n"))
    boxed(row[0])
    for ci, (debt, short) in enumerate(COLS):
        v = HIST[fy][ci]
        raw = f"{v:,.1f}"
        g.fact(P, debt, short, fy, lab.replace("\n", ""), "total", "outstanding", "actual", round(v * 1e6), "yen", raw)
        cell_text(row[ci + 1], raw, 7)
        boxed(row[ci + 1])
for i, h in enumerate(["区分（市全体）", "令和３年度", "令和４年度", "令和５年度"]):
    cell_text(COMB[0].cells[8 + i], h, 7, True, "c")
    shade(COMB[0].cells[8 + i], "D9E2F3")
    boxed(COMB[0].cells[8 + i])
METR = [("調定額（千円）", "assessed", 0), ("収入済額（千円）", "collected", 1), ("不納欠損額（千円）", "written_off", 2),
        ("収入未済額（千円）", "outstanding", 3), ("収納率（％）", "collection_rate", None)]
for ri, (lab, m, idx) in enumerate(METR):
    row = COMB[ri + 1].cells
    cell_text(row[8], lab, 7, False, "l")
    boxed(row[8])
    for ci, fy in enumerate((2021, 2022, 2023)):
        a, c, w, o = T22[fy]
        if idx is None:
            v = rate(c, a)
            raw = g.fact(P, None, "市全体", fy, WAREKI[fy], "total", m, "actual", v, "percent", rfmt(v))
        else:
            v = (a, c, w, o)[idx]
            raw = g.fact(P, None, "市全体", fy, WAREKI[fy], "total", m, "actual", v * 1000, "yen", comma(v))
        cell_text(row[9 + ci], raw, 7)
        boxed(row[9 + ci])
para("（左）表２－１　　　　　　　　　　　　　　　　　　　　　　（右）表２－２　市全体の収納状況", 8, font=GOTHIC, after=1)
para("※ 表２－１の「その他」は、市営住宅使用料、学校給食費、保育所保育料、下水道使用料等の合計。百万円未満を四捨五入しているため、合計が内訳の計と一致しない場合がある。", 8, indent=2, after=4)
# prose with differences
sh_d = round(rate(SH5["cc"], SH5["ca"]) - rate(SH4["cc"], SH4["ca"]), 2)
kk_d = round(rate(KH5["ac"], KH5["aa"]) - rate(KH4["ac"], KH4["aa"]), 2)
heading("２　主な債権の状況", 11, 4, 2)
sh_out_txt, sh_out_v = oku_man(SH5["out"])
sh_dtxt, sh_dv = oku_man(SH4["out"] - SH5["out"])
kk_out_txt, kk_out_v = oku_man(KH5["out"])
p1 = g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "current", "collection_rate", "actual", rate(SH5["cc"], SH5["ca"]), "percent", f"{rfmt(rate(SH5['cc'], SH5['ca']))}％")
p2 = g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "current", "difference", "actual", sh_d, "points", f"{sh_d:.2f}ポイント")
p3 = g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "total", "outstanding", "actual", sh_out_v, "yen", f"約{sh_out_txt}", approx=True)
p4 = g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "total", "difference", "actual", -sh_dv, "yen", f"約{sh_dtxt}", approx=True)
p5 = g.fact(P, "国民健康保険料", "国民健康保険税", 2023, "令和５（2023）年度", "arrears", "collection_rate", "actual", rate(KH5["ac"], KH5["aa"]), "percent", f"{rfmt(rate(KH5['ac'], KH5['aa']))}％")
p6 = g.fact(P, "国民健康保険料", "国民健康保険税", 2023, "令和５（2023）年度", "arrears", "difference", "actual", kk_d, "points", f"{kk_d:.2f}ポイント")
p7 = g.fact(P, "国民健康保険料", "国民健康保険税", 2023, "令和５（2023）年度", "total", "outstanding", "actual", kk_out_v, "yen", f"約{kk_out_txt}", approx=True)
para(f"（１）市税　令和５（2023）年度の現年課税分収納率は{p1}で、前年度比{p2}上昇した。収入未済額は{p3}で、前年度から{p4}の減少となり、５年連続で縮減している。",
     indent=3.5, align="j", after=2)
para(f"（２）国民健康保険税　滞納繰越分の収納率は{p5}となり、前年度から{p6}改善した。被保険者数の減少により調定額は減少傾向にあるが、収入未済額は{p7}と依然として多額であり、本市の債権の中で最も大きい。",
     indent=3.5, align="j", after=2)
para("（３）その他の債権　介護保険料及び後期高齢者医療保険料は高い収納率を維持している。非強制徴収公債権及び私債権は、滞納繰越分の収納率が低く、長期化した債権の整理が課題となっている。", indent=3.5, align="j")
heading("３　前計画の評価と課題", 11, 6, 2)
para("（１）評価", 10, indent=3.5, after=1)
para("ア　現年度分の収納率は、主要債権のすべてで前計画の策定時を上回り、新たな滞納の発生の抑制に一定の効果があった。", indent=7, first=-3.5, align="j", after=1)
para("イ　差押え等の滞納処分の件数は増加したが、処分に至るまでの財産調査に時間を要しており、事務の効率化が必要である。", indent=7, first=-3.5, align="j", after=1)
para("（２）課題", 10, indent=3.5, after=1)
para("ア　私債権等の長期滞納案件について、法的措置又は債権放棄の判断基準を明確にする必要がある。", indent=7, first=-3.5, align="j", after=1)
para("イ　債権所管課ごとに管理の水準に差があり、全庁的な情報共有と職員の専門性の向上が求められる。", indent=7, first=-3.5, align="j", after=1)

# ================================================================ page 4: landscape wide table (three-level header)
P = 4
secL = doc.add_section(WD_SECTION.NEW_PAGE)
secL.orientation = WD_ORIENT.LANDSCAPE
secL.page_width, secL.page_height = Mm(297), Mm(210)
set_margins(secL, 15, 12, 18, 18)
heading("表２－３　主要債権の収納状況（令和４（2022）年度・令和５（2023）年度決算）", 11, 0, 1)
para("（単位：千円、％）", 8.5, font=GOTHIC, align="r", after=1)
SH = {fy: (kyen(SHIZEI[i]["ca"]), kyen(SHIZEI[i]["cc"]), kyen(SHIZEI[i]["aa"]), kyen(SHIZEI[i]["ac"])) for i, fy in enumerate(YEARS)}
KH = {fy: (kyen(KOKUHO[i]["ca"]), kyen(KOKUHO[i]["cc"]), kyen(KOKUHO[i]["aa"]), kyen(KOKUHO[i]["ac"])) for i, fy in enumerate(YEARS)}
GROUPS = [("強制徴収公債権", [("市税", "市税", SH), ("国民健康保険料", "国民健康保険税", KH),
                        ("介護保険料", "介護保険料", OTHERS["介護保険料"][1]),
                        ("後期高齢者医療保険料", "後期高齢者医療保険料", OTHERS["後期高齢者医療保険料"][1]),
                        ("保育所保育料", "保育所保育料", OTHERS["保育所保育料"][1]),
                        ("下水道使用料", "下水道使用料", OTHERS["下水道使用料"][1])]),
          ("非強制・私債権", [("市営住宅使用料", "市営住宅使用料", OTHERS["市営住宅使用料"][1]),
                                ("学校給食費", "学校給食費", OTHERS["学校給食費"][1])])]
nrows = 3 + sum(len(x[1]) + 1 for x in GROUPS) + 1
t = grid(nrows, 14, [10, 34] + [19.4] * 12, min_h=8.5)
H = t.rows
# three-level header
H[0].cells[0].merge(H[2].cells[1])
cell_text(H[0].cells[0], "区　分", 8, True, "c")
for yi, fy in enumerate((2022, 2023)):
    c0 = 2 + yi * 6
    H[0].cells[c0].merge(H[0].cells[c0 + 5])
    cell_text(H[0].cells[c0], f"令和{zen(fy - 2018)}（{fy}）年度", 8, True, "c")
    for si, sname in enumerate(("現年度分", "滞納繰越分")):
        cc = c0 + si * 3
        H[1].cells[cc].merge(H[1].cells[cc + 2])
        cell_text(H[1].cells[cc], sname, 8, True, "c")
        for mi, mname in enumerate(("調定額", "収入済額", "収納率※1")):
            cell_text(H[2].cells[cc + mi], mname, 8, True, "c")
for r in H[:3]:
    for c in r.cells:
        shade(c, "DDEBF7")
for r in H[:3]:
    repeat_header(r)
ri = 3
grand = {fy: [0, 0, 0, 0] for fy in (2022, 2023)}


def put_row(row, key, draw, vals_by_year, bold=False):
    for yi, fy in enumerate((2022, 2023)):
        ca, cc, aa, ac = vals_by_year[fy]
        for si, (a, c, seg) in enumerate(((ca, cc, "current"), (aa, ac, "arrears"))):
            col = 2 + yi * 6 + si * 3
            ra = g.fact(P, key, draw, fy, WAREKI[fy], seg, "assessed", "actual", a * 1000, "yen", comma(a))
            rc = g.fact(P, key, draw, fy, WAREKI[fy], seg, "collected", "actual", c * 1000, "yen", comma(c))
            rv = rate(c, a)
            rr = g.fact(P, key, draw, fy, WAREKI[fy], seg, "collection_rate", "actual", rv, "percent", rfmt(rv))
            if key == "学校給食費" and fy == 2023 and seg == "arrears":
                ra += "※2"
            cell_text(row.cells[col], ra, 7.5, bold)
            cell_text(row.cells[col + 1], rc, 7.5, bold)
            cell_text(row.cells[col + 2], rr, 7.5, bold)


for gname, items in GROUPS:
    first = ri
    sub = {fy: [0, 0, 0, 0] for fy in (2022, 2023)}
    for key, draw, vals in items:
        row = H[ri]
        cell_text(row.cells[1], draw, 8, False, "l")
        put_row(row, key, draw, vals)
        for fy in (2022, 2023):
            for j in range(4):
                sub[fy][j] += vals[fy][j]
        ri += 1
    row = H[ri]
    cell_text(row.cells[1], "小計", 8, True, "c")
    put_row(row, None, f"小計（{gname}）", {fy: tuple(v) for fy, v in sub.items()}, True)
    for c in row.cells[1:]:
        shade(c, "F2F2F2")
    for fy in (2022, 2023):
        for j in range(4):
            grand[fy][j] += sub[fy][j]
    H[first].cells[0].merge(H[ri].cells[0])
    cell_text(H[first].cells[0], gname, 8, True, "c")
    vertical(H[first].cells[0])
    ri += 1
row = H[ri]
row.cells[0].merge(row.cells[1])
cell_text(row.cells[0], "合　計", 8, True, "c")
put_row(row, None, "合計", {fy: tuple(v) for fy, v in grand.items()}, True)
for c in row.cells:
    shade(c, "DDEBF7")
fn = g.fact(P, "学校給食費", "学校給食費", 2023, "令和５年度", "arrears", "assessed", "actual", KYUSHOKU_NOTE * 1000, "yen", f"{comma(KYUSHOKU_NOTE)}千円")
para("※1 収納率は、収入済額÷調定額×100（小数点以下第３位を四捨五入）。", 8, indent=2, before=3)
para(f"※2 学校給食費の令和５年度滞納繰越分調定額には、公会計化以前の学校給食会から引き継いだ債権{fn}を含む。", 8, indent=2)
para("※ 国民健康保険税は一般被保険者分及び退職被保険者等分の合計。千円未満を四捨五入しているため、小計・合計が内訳の計と一致しない場合がある。", 8, indent=2)

# ================================================================ page 5: 第３章 目標 (portrait again)
P = 5
secP = doc.add_section(WD_SECTION.NEW_PAGE)
secP.orientation = WD_ORIENT.PORTRAIT
secP.page_width, secP.page_height = Mm(210), Mm(297)
set_margins(secP)
heading("第３章　計画の目標", 13, 0, 3)
para("計画期間の各年度において、主要債権ごとに次の目標収納率及び収入未済額の目標を設定する。現年度分の収納率の向上による新たな滞納の抑制と、滞納繰越分の整理による収入未済額の縮減を目指す。", first=3.5, align="j", after=3)
TGT = {  # cur (R7..R10), arr (R7..R10)
    "市税": ((99.10, 99.15, 99.20, 99.25), (32.00, 33.00, 34.00, 35.00)),
    "国民健康保険料": ((95.30, 95.60, 95.90, 96.20), (24.50, 25.50, 26.50, 27.50)),
    "介護保険料": ((99.00, 99.05, 99.10, 99.15), (19.00, 20.00, 21.00, 22.00)),
    "後期高齢者医療保険料": ((99.65, 99.70, 99.75, 99.80), (42.00, 44.00, 46.00, 48.00)),
    "保育所保育料": ((98.40, 98.60, 98.80, 99.00), (15.00, 16.00, 17.00, 18.00)),
}
ACT5 = {"市税": SH[2023], "国民健康保険料": KH[2023]}
for k in ("介護保険料", "後期高齢者医療保険料", "保育所保育料"):
    ACT5[k] = OTHERS[k][1][2023]
DRAW = {"市税": "市税", "国民健康保険料": "国民健康保険税", "介護保険料": "介護保険料",
        "後期高齢者医療保険料": "後期高齢者医療保険料", "保育所保育料": "保育所保育料"}
para("表３－１　目標収納率（単位：％）", 9.5, True, GOTHIC, after=2)
keys = list(TGT)
t = grid(1 + 10, 2 + len(keys), [16, 34] + [24] * 5)
cell_text(t.rows[0].cells[0], "区分", 8, True, "c")
cell_text(t.rows[0].cells[1], "年度", 8, True, "c")
for i, k in enumerate(keys):
    cell_text(t.rows[0].cells[2 + i], DRAW[k], 8, True, "c")
for c in t.rows[0].cells:
    shade(c, "DDEBF7")
YL = [(2023, "令和５（2023）年度 実績", "actual"), (2025, "令和７（2025）年度", "target"), (2026, "令和８（2026）年度", "target"),
      (2027, "令和９（2027）年度", "target"), (2028, "令和10（2028）年度", "target")]
for si, (sname, seg) in enumerate((("現年度分", "current"), ("滞納繰越分", "arrears"))):
    r0 = 1 + si * 5
    for yi, (fy, ylab, basis) in enumerate(YL):
        row = t.rows[r0 + yi]
        cell_text(row.cells[1], ylab, 8, False, "l")
        for ki, k in enumerate(keys):
            if basis == "actual":
                ca, cc, aa, ac = ACT5[k]
                v = rate(cc, ca) if seg == "current" else rate(ac, aa)
            else:
                v = TGT[k][si][yi - 1]
            cell_text(row.cells[2 + ki], g.fact(P, k, DRAW[k], fy, ylab.replace(" 実績", ""), seg, "collection_rate", basis, v, "percent", rfmt(v)), 8)
        if basis == "actual":
            for c in row.cells[1:]:
                shade(c, "F2F2F2")
    t.rows[r0].cells[0].merge(t.rows[r0 + 4].cells[0])
    cell_text(t.rows[r0].cells[0], sname, 8, True, "c")
    vertical(t.rows[r0].cells[0])
para("※ 令和６（2024）年度は前計画の最終年度であるため、本計画の目標は令和７年度から設定している。", 8, indent=2, before=2, after=4)

# long-format outstanding targets
OUT_T = {  # 千円: R6 見込, R7..R10 目標 ; R6 不納欠損見込
    "市税": (704_500, 652_000, 605_000, 561_000, 520_000, 45_600),
    "国民健康保険料": (866_300, 812_000, 760_000, 712_000, 668_000, 60_200),
    "介護保険料": (70_100, 66_500, 63_000, 59_800, 56_700, 10_900),
    "後期高齢者医療保険料": (12_900, 12_400, 11_900, 11_400, 10_900, 1_050),
}
ARR_OUT5 = {"市税": kyen(SHIZEI[4]["aa"] - SHIZEI[4]["ac"] - SHIZEI[4]["wo"]),
            "国民健康保険料": kyen(KOKUHO[4]["aa"] - KOKUHO[4]["ac"] - KOKUHO[4]["wo"]),
            "介護保険料": OTHERS["介護保険料"][1][2023][2] - OTHERS["介護保険料"][1][2023][3] - WO_OTH[("介護保険料", 2023)],
            "後期高齢者医療保険料": OTHERS["後期高齢者医療保険料"][1][2023][2] - OTHERS["後期高齢者医療保険料"][1][2023][3] - WO_OTH[("後期高齢者医療保険料", 2023)]}
OUT5 = {"市税": kyen(SHIZEI[4]["out"]), "国民健康保険料": kyen(KOKUHO[4]["out"]),
        "介護保険料": OTH_OUT[("介護保険料", 2023)], "後期高齢者医療保険料": OTH_OUT[("後期高齢者医療保険料", 2023)]}


def long_table(debts, P, caption):
    para(caption, 9.5, True, GOTHIC, after=2)
    t = grid(1 + 6 * len(debts), 5, [40, 34, 30, 28, 38])
    for i, h in enumerate(["債権名", "年度", "収入未済額", "前年度比", "備考"]):
        cell_text(t.rows[0].cells[i], h, 8, True, "c")
        shade(t.rows[0].cells[i], "DDEBF7")
    repeat_header(t.rows[0])
    r = 1
    for k in debts:
        seq = [(2023, "令和５年度（実績）", "actual", OUT5[k])] + \
              [(2024, "令和６年度（見込）", "estimate", OUT_T[k][0])] + \
              [(2025 + i, f"{WAREKI[2025 + i]}（目標）", "target", OUT_T[k][1 + i]) for i in range(4)]
        prev = None
        for fy, ylab, basis, v in seq:
            row = t.rows[r]
            cell_text(row.cells[0], DRAW[k], 8, False, "l")
            cell_text(row.cells[1], ylab, 8, False, "l")
            cell_text(row.cells[2], g.fact(P, k, DRAW[k], fy, ylab, "total", "outstanding", basis, v * 1000, "yen", comma(v)), 8)
            if prev is None:
                cell_text(row.cells[3], "－", 8, False, "c")
            else:
                d = v - prev
                cell_text(row.cells[3], g.fact(P, k, DRAW[k], fy, ylab, "total", "difference", basis, d * 1000, "yen", tri(d)), 8)
            if basis == "actual":
                bk = g.fact(P, k, DRAW[k], fy, ylab, "arrears", "outstanding", "actual", ARR_OUT5[k] * 1000, "yen", f"{comma(ARR_OUT5[k])}千円")
                cell_text(row.cells[4], f"うち滞納繰越分 {bk}", 7.5, False, "l")
            elif basis == "estimate":
                bk = g.fact(P, k, DRAW[k], fy, ylab, "total", "written_off", "estimate", OUT_T[k][5] * 1000, "yen", f"{comma(OUT_T[k][5])}千円")
                cell_text(row.cells[4], f"不納欠損見込 {bk}", 7.5, False, "l")
            else:
                cell_text(row.cells[4], "", 7.5, False, "l")
            prev = v
            r += 1
    para("（単位：千円）　△は減少を示す。", 8, align="r", before=1)


long_table(["市税", "国民健康保険料"], P, "表３－２　収入未済額の目標（債権別・年度別）")
page_break()

# ================================================================ page 6: table continued + 第４章
P = 6
long_table(["介護保険料", "後期高齢者医療保険料"], P, "表３－２　収入未済額の目標（債権別・年度別）（続き）")
heading("第４章　全庁的な取組", 13, 8, 3)
CH4 = [
    ("１　滞納の未然防止", [
        ("（１）納付しやすい環境の整備", [
            ("ア", "口座振替の原則化", [("(ｱ)", "新たに賦課する債権の通知書に口座振替依頼書を同封し、申込みを勧奨する。", "継続"),
                                 ("(ｲ)", "Web口座振替受付サービスの対象を、介護保険料及び保育所保育料に拡大する。", "拡充")]),
            ("イ", "キャッシュレス納付の拡大", [("(ｱ)", "スマートフォン決済アプリによる納付を、市営住宅使用料及び学校給食費にも導入する。", "新規")]),
        ]),
    ]),
    ("２　滞納整理の強化", [
        ("（１）早期着手と進行管理", [
            ("ア", "", [("", "督促状の発送後、納付のない者には速やかに文書及び電話による催告を行い、滞納の長期化を防ぐ。", "継続")]),
            ("イ", "", [("", "債権管理システムにより各債権の滞納状況を一元的に把握し、四半期ごとに進捗を確認する。", "新規")]),
        ]),
        ("（２）法的措置の活用", [
            ("ア", "", [("", "私債権については、支払督促の申立てや少額訴訟等の法的手続を計画的に実施する。", "継続")]),
        ]),
    ]),
]
for h1, subs in CH4:
    para(h1, 10.5, True, GOTHIC, before=3, after=1)
    for h2, items in subs:
        para(h2, 10, False, GOTHIC, indent=3.5, after=1)
        for lab, title, leaves in items:
            if title:
                para(f"{lab}　{title}", 10, indent=7, after=1)
                for l2, text, stt in leaves:
                    para(f"{l2}　{text}【{stt}】", 9.5, indent=11, first=-4, after=1)
                    g.init(P, None, None, 2025, h2.strip("（）１２３４５"), f"{h2[:3]}{lab}{l2}", text, stt)
            else:
                for _, text, stt in leaves:
                    para(f"{lab}　{text}【{stt}】", 9.5, indent=11, first=-4, after=1)
                    g.init(P, None, None, 2025, h2.strip("（）１２３４５"), f"{h2[:3]}{lab}", text, stt)
para("", after=4)
box = grid(1, 1, [165], min_h=22)
c = box.rows[0].cells[0]
shade(c, "FFF8E1")
BOX = ["債権管理担当職員を対象とした研修を年２回開催し、滞納処分や法的措置の知識を共有する。",
       "複数の債権を滞納している者の情報を、本人の同意に基づき所管課間で共有する仕組みを整える。"]
cell_text(c, "", 9, False, "l", font=MINCHO,
          lines=["【重点取組】職員の専門性の向上と連携の強化"] + [f"・{b}" for b in BOX])
for b in BOX:
    g.init(P, None, None, 2025, "重点取組", "・", b, None)
page_break()


# ================================================================ pages 7-8: 推進シート
def sheet_header(P, debt_draw, ka, kubun):
    para(f"５　債権ごとの取組み（{debt_draw}）", 12, True, GOTHIC, after=3)
    t = grid(1, 3, [60, 50, 60])
    cell_text(t.rows[0].cells[0], f"債権名　{debt_draw}", 9.5, True, "l")
    cell_text(t.rows[0].cells[1], f"所管課　{ka}", 9, False, "l")
    cell_text(t.rows[0].cells[2], f"債権区分　{kubun}", 9, False, "l")
    for c in t.rows[0].cells:
        shade(c, "EDEDED")


# ---- page 7: 市税
P = 7
sheet_header(P, "市税", "収税課", "強制徴収公債権")
para("（１）収納状況の推移", 10, True, GOTHIC, before=4, after=1)
para("（単位：円）", 8, align="r")
YH = ["令和元年度\n(2019年度)", "令和２年度\n(2020年度)", "令和３年度\n(2021年度)", "令和４年度\n(2022年度)", "令和５年度\n(2023年度)"]
t = grid(1 + 12, 7, [13, 20] + [27.4] * 5, min_h=5.6)
cell_text(t.rows[0].cells[0], "区分", 7.5, True, "c")
t.rows[0].cells[0].merge(t.rows[0].cells[1])
for i, y in enumerate(YH):
    cell_text(t.rows[0].cells[2 + i], "", 7.5, True, "c", lines=y.split("\n"))
for c in t.rows[0].cells:
    shade(c, "DDEBF7")
groups = [("現年課税分", "current", "ca", "cc"), ("滞納繰越分", "arrears", "aa", "ac"), ("計", "total", None, None)]
r = 1
for gname, seg, ka, kc in groups:
    for mi, (mname, metric) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate"))):
        row = t.rows[r + mi]
        cell_text(row.cells[1], mname, 7.5, False, "c")
        for yi, fy in enumerate(YEARS):
            s = SHIZEI[yi]
            a = s[ka] if ka else s["ca"] + s["aa"]
            c_ = s[kc] if kc else s["cc"] + s["ac"]
            if metric == "assessed":
                raw = g.fact(P, "市税", "市税", fy, YH[yi].split("\n")[0], seg, metric, "actual", a, "yen", comma(a))
            elif metric == "collected":
                raw = g.fact(P, "市税", "市税", fy, YH[yi].split("\n")[0], seg, metric, "actual", c_, "yen", comma(c_))
            else:
                v = rate(c_, a)
                raw = g.fact(P, "市税", "市税", fy, YH[yi].split("\n")[0], seg, metric, "actual", v, "percent", f"{rfmt(v)}%")
            cell_text(row.cells[2 + yi], raw, 7.5)
    t.rows[r].cells[0].merge(t.rows[r + 2].cells[0])
    cell_text(t.rows[r].cells[0], gname, 7.5, True, "c")
    vertical(t.rows[r].cells[0])
    r += 3
for lab, metric, fld, unit in (("不納欠損額", "written_off", "wo", "yen"), ("収入未済額計", "outstanding", "out", "yen"),
                               ("滞納者数（人）", "delinquents", None, "persons")):
    row = t.rows[r]
    row.cells[0].merge(row.cells[1])
    cell_text(row.cells[0], lab, 7.5, False, "c")
    for yi, fy in enumerate(YEARS):
        v = SHIZEI[yi][fld] if fld else SHIZEI_PERSONS[yi]
        raw = g.fact(P, "市税", "市税", fy, YH[yi].split("\n")[0], "total", metric, "actual", v, unit, comma(v))
        cell_text(row.cells[2 + yi], raw, 7.5)
    r += 1
# (2) 目標: two headings side by side over two blocks
para("（２）目標", 10, True, GOTHIC, before=4, after=1)
hd = grid(1, 2, [85, 85])
no_borders(hd)
cell_text(hd.rows[0].cells[0], "令和５年度（実績）", 9, True, "c")
cell_text(hd.rows[0].cells[1], "令和10年度（目標）", 9, True, "c")
blk = grid(1, 2, [85, 85])
no_borders(blk)
SH_R5 = (rate(SHIZEI[4]["cc"], SHIZEI[4]["ca"]), rate(SHIZEI[4]["ac"], SHIZEI[4]["aa"]), kyen(SHIZEI[4]["out"]))
SH_T10 = (TGT["市税"][0][3], TGT["市税"][1][3], OUT_T["市税"][4])
for ci, (vals, fy, basis, fyr) in enumerate(((SH_R5, 2023, "actual", "令和５年度"), (SH_T10, 2028, "target", "令和10年度"))):
    cell = blk.rows[0].cells[ci]
    cell.text = ""
    it = cell.add_table(rows=2, cols=3)
    it.style = "Table Grid"
    for i, h in enumerate(["現年課税分収納率（％）", "滞納繰越分収納率（％）", "収入未済額（千円）"]):
        cell_text(it.rows[0].cells[i], h, 7.5, True, "c")
        shade(it.rows[0].cells[i], "F2F2F2")
    cell_text(it.rows[1].cells[0], g.fact(P, "市税", "市税", fy, fyr, "current", "collection_rate", basis, vals[0], "percent", rfmt(vals[0])), 8.5, False, "c")
    cell_text(it.rows[1].cells[1], g.fact(P, "市税", "市税", fy, fyr, "arrears", "collection_rate", basis, vals[1], "percent", rfmt(vals[1])), 8.5, False, "c")
    cell_text(it.rows[1].cells[2], g.fact(P, "市税", "市税", fy, fyr, "total", "outstanding", basis, vals[2] * 1000, "yen", comma(vals[2])), 8.5, False, "c")
    cell.paragraphs[0].text = ""
# (3) 取組 table without a 取組 header
para("（３）滞納の抑制と徴収の強化", 10, True, GOTHIC, before=4, after=1)
SH_ITEMS = {
    ("滞納の抑制", 0): [("①", "納税通知書に口座振替の申込案内を同封し、新規の口座振替登録を促進した。", "継続"),
                       ("②", "現年課税分の未納者に対して、納期限後１か月以内に電話及びＳＭＳによる催告を行った。", "拡充")],
    ("滞納の抑制", 1): [("①", "地方税統一ＱＲコードを活用したキャッシュレス納付を周知し、納期内納付率の向上を図る。", "継続"),
                       ("②", "初期滞納者への催告を民間委託の納税コールセンターに集約し、職員を滞納処分に重点配置する。", "新規")],
    ("徴収の強化", 0): [("①", "高額滞納事案について、預貯金・給与・不動産の差押えを優先的に実施した。", "継続")],
    ("徴収の強化", 1): [("①", "電子預貯金照会を全件に拡大し、財産調査の迅速化を図る。", "拡充"),
                       ("②", "捜索及びインターネット公売を計画的に実施し、悪質な滞納者には厳正に対処する。", "継続"),
                       ("③", "納付資力のない滞納者については、執行停止を適正に行い、徴収見込みのない債権を整理する。", "継続")],
}
t = grid(3, 3, [24, 73, 73])
cell_text(t.rows[0].cells[0], "区　分", 8.5, True, "c")
cell_text(t.rows[0].cells[1], "令和６年度まで", 8.5, True, "c")
cell_text(t.rows[0].cells[2], "令和７年度～令和10年度", 8.5, True, "c")
for c in t.rows[0].cells:
    shade(c, "DDEBF7")
for ri, rowlab in enumerate(("滞納の抑制", "徴収の強化")):
    row = t.rows[1 + ri]
    cell_text(row.cells[0], rowlab, 8.5, True, "c")
    for ci in (0, 1):
        items = SH_ITEMS[(rowlab, ci)]
        cell_text(row.cells[1 + ci], "", 8.5, False, "l", font=MINCHO, lines=[f"{l}{tx}【{s}】" for l, tx, s in items])
        for l, tx, s in items:
            g.init(P, "市税", "市税", 2024 if ci == 0 else 2025, rowlab, l, tx, s)
page_break()

# ---- page 8: 国民健康保険税
P = 8
sheet_header(P, "国民健康保険税", "保険年金課", "強制徴収公債権")
para("（１）収納状況の推移（単位：千円）", 10, True, GOTHIC, before=4, after=2)
t = grid(2 + 5, 10, [18, 17, 17, 13, 17, 16, 13, 15, 17, 13])
hdr1 = ["年度", "現年課税分", "", "", "滞納繰越分", "", "", "不納欠損額", "収入未済額", "滞納世帯数"]
hdr2 = ["", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "", "", ""]
for i in range(10):
    cell_text(t.rows[0].cells[i], hdr1[i], 7.5, True, "c")
    cell_text(t.rows[1].cells[i], hdr2[i], 7.5, True, "c")
t.rows[0].cells[1].merge(t.rows[0].cells[3])
t.rows[0].cells[4].merge(t.rows[0].cells[6])
for i in (0, 7, 8, 9):
    t.rows[0].cells[i].merge(t.rows[1].cells[i])
cell_text(t.rows[0].cells[1], "現年課税分", 7.5, True, "c")
cell_text(t.rows[0].cells[4], "滞納繰越分", 7.5, True, "c")
for i, h in ((0, "年度"), (7, "不納欠損額"), (8, "収入未済額"), (9, "滞納世帯数")):
    cell_text(t.rows[0].cells[i], h, 7.5, True, "c")
for r_ in t.rows[:2]:
    for c in r_.cells:
        shade(c, "DDEBF7")
YK = ["R1", "R2", "R3", "R4", "R5"]
for yi, fy in enumerate(YEARS):
    row = t.rows[2 + yi].cells
    s = KOKUHO[yi]
    cell_text(row[0], f"{YK[yi]}（{fy}）", 7.5, False, "c")
    vals = [("current", "assessed", kyen(s["ca"])), ("current", "collected", kyen(s["cc"])), ("current", "collection_rate", None),
            ("arrears", "assessed", kyen(s["aa"])), ("arrears", "collected", kyen(s["ac"])), ("arrears", "collection_rate", None),
            ("total", "written_off", kyen(s["wo"])), ("total", "outstanding", kyen(s["out"])), ("total", "delinquents", KOKUHO_HH[yi])]
    for ci, (seg, m, v) in enumerate(vals):
        if m == "collection_rate":
            v = rate(s["cc"], s["ca"]) if seg == "current" else rate(s["ac"], s["aa"])
            raw = g.fact(P, "国民健康保険料", "国民健康保険税", fy, YK[yi], seg, m, "actual", v, "percent", rfmt(v))
        elif m == "delinquents":
            raw = g.fact(P, "国民健康保険料", "国民健康保険税", fy, YK[yi], seg, m, "actual", v, "households", comma(v))
        else:
            raw = g.fact(P, "国民健康保険料", "国民健康保険税", fy, YK[yi], seg, m, "actual", v * 1000, "yen", comma(v))
        cell_text(row[1 + ci], raw, 7)
para("※ 収納率の単位は％、滞納世帯数は各年度末現在の世帯数。", 8, indent=2, before=1)
# (2) 前期計画の目標と実績 with 達成率
para("（２）前期計画における目標と実績", 10, True, GOTHIC, before=4, after=2)
PREV_T = {2021: (94.00, 21.50), 2022: (94.40, 22.00), 2023: (94.80, 23.00)}
t = grid(2 + 3, 7, [28, 23, 23, 23, 23, 23, 23])
for i, h in enumerate(["年度", "現年度分", "", "", "滞納繰越分", "", ""]):
    cell_text(t.rows[0].cells[i], h, 8, True, "c")
for i, h in enumerate(["", "目標", "実績", "達成率", "目標", "実績", "達成率"]):
    cell_text(t.rows[1].cells[i], h, 8, True, "c")
t.rows[0].cells[1].merge(t.rows[0].cells[3])
t.rows[0].cells[4].merge(t.rows[0].cells[6])
t.rows[0].cells[0].merge(t.rows[1].cells[0])
cell_text(t.rows[0].cells[0], "年度", 8, True, "c")
cell_text(t.rows[0].cells[1], "現年度分", 8, True, "c")
cell_text(t.rows[0].cells[4], "滞納繰越分", 8, True, "c")
for r_ in t.rows[:2]:
    for c in r_.cells:
        shade(c, "DDEBF7")
ach = {}
for ri, fy in enumerate((2021, 2022, 2023)):
    row = t.rows[2 + ri].cells
    s = KOKUHO[YEARS.index(fy)]
    cell_text(row[0], WAREKI[fy], 8, False, "c")
    for si, (seg, act) in enumerate((("current", rate(s["cc"], s["ca"])), ("arrears", rate(s["ac"], s["aa"])))):
        tg = PREV_T[fy][si]
        ar = rate(int(round(act * 100)), int(round(tg * 100)))
        ach[(fy, seg)] = (act, tg)
        cell_text(row[1 + si * 3], g.fact(P, "国民健康保険料", "国民健康保険税", fy, WAREKI[fy], seg, "collection_rate", "target", tg, "percent", f"{rfmt(tg)}%"), 8)
        cell_text(row[2 + si * 3], g.fact(P, "国民健康保険料", "国民健康保険税", fy, WAREKI[fy], seg, "collection_rate", "actual", act, "percent", f"{rfmt(act)}%"), 8)
        cell_text(row[3 + si * 3], g.fact(P, "国民健康保険料", "国民健康保険税", fy, WAREKI[fy], seg, "achievement_rate", "actual", ar, "percent", f"{rfmt(ar)}%"), 8)
para("※ 達成率＝実績÷目標×100", 8, indent=2, before=1)
miss = [WAREKI[fy] for fy in (2021, 2022, 2023) if ach[(fy, "arrears")][0] < ach[(fy, "arrears")][1]]
ok_cur = all(ach[(fy, "current")][0] >= ach[(fy, "current")][1] for fy in (2021, 2022, 2023))
para(("現年度分は前期計画の３か年すべてで目標を達成した。" if ok_cur else "現年度分は一部の年度で目標を下回った。") +
     (f"滞納繰越分は{'・'.join(miss)}に目標を下回ったが、" if miss else "滞納繰越分も各年度で目標を達成し、") +
     "財産調査の徹底と滞納処分の早期着手により、収納率は着実に上昇している。", first=3.5, align="j", before=2, after=2)
# (3) 取組
para("（３）収納率向上に向けた取組", 10, True, GOTHIC, before=3, after=1)
KH_ITEMS = [
    ("ア", "資格取得の届出時に口座振替の申込みを受け付け、窓口での口座登録を徹底する。", "継続", "alone"),
    ("イ", "納付相談では世帯の収支状況を聴き取り、履行可能な分納計画を作成したうえで、不履行時には速やかに滞納処分を行う。", "継続", "same"),
    ("ウ", "社会保険加入等により資格を喪失した世帯の未納分について、喪失届の受付時に納付を案内する。", "新規", "alone"),
    ("エ", "短期被保険者証の交付対象世帯には、更新時の面談を通じて納付計画の履行を確認する。", None, "same"),
]
for lab, tx, stt, mode in KH_ITEMS:
    g.init(P, "国民健康保険料", "国民健康保険税", 2025, "収納率向上に向けた取組", lab, tx, stt)
    if stt and mode == "alone":
        para(f"{lab}　{tx}", 9.5, indent=7, first=-4.5, after=0)
        para(f"【{stt}】", 9.5, indent=7, after=1)
    else:
        para(f"{lab}　{tx}" + (f"【{stt}】" if stt else ""), 9.5, indent=7, first=-4.5, after=1)

for s in doc.sections:
    footer_page_number(s)
sec0.different_first_page_header_footer = True

# ---------------------------------------------------------------- render
WORK.mkdir(parents=True, exist_ok=True)
src = WORK / f"{STEM}.docx"
doc.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(src)],
               check=True, capture_output=True)
PDF.parent.mkdir(parents=True, exist_ok=True)
shutil.copy(WORK / f"{STEM}.pdf", PDF)
gp = g.write(PDF, HERE / "gold")
errs = check_pdf(PDF, g)
print(f"{STEM}: {len(g.facts)} facts, {len(g.inits)} initiatives -> {gp}")
for x in errs[:40]:
    print("  CHECK:", x)
print("  errors:", len(errs))
sys.exit(1 if errs else 0)
