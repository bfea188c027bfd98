#!/usr/bin/env python3
"""gb_midori_plan_1: 第２次みどり市債権管理計画（令和７年度～令和９年度） (kind plan).

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/dev44:  python3 build/gb_midori_plan.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gb_common import Gold, PDF_DIR, WORK, comma, f2, oku_man, rate, zen  # noqa: E402

STEM = "gb_midori_plan_1"
TITLE = "第２次みどり市債権管理計画（令和７年度～令和９年度）"
G = Gold(STEM, "plan", "plan", "みどり市", TITLE, "2025-03-01", "令和７年３月")
K = 1000
MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"

# ---------------------------------------------------------------- data (千円)
DEBTS = [  # key(canonical), printed, dept, arr0(R3滞繰調定), current assessed R3-5, cur rate, arr rate, written off
    ("市税", "市税", "税務課", 398512, [6352118, 6418905, 6487320], [.9862, .9871, .9884], [.2412, .2530, .2645], [18420, 16985, 15230]),
    ("国民健康保険料", "国民健康保険税", "税務課", 612874, [1205433, 1187652, 1168240], [.9321, .9356, .9402], [.1915, .2008, .2103], [42315, 39870, 36912]),
    ("介護保険料", "介護保険料", "介護高齢課", 38452, [1012345, 1034876, 1051223], [.9887, .9893, .9901], [.2105, .2214, .2298], [6245, 5892, 5610]),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "保険年金課", 6125, [512876, 523411, 548902], [.9958, .9961, .9965], [.4012, .4156, .4287], [812, 745, 698]),
    ("住宅使用料", "市営住宅使用料", "都市計画課", 41236, [98765, 97432, 96118], [.9612, .9645, .9671], [.0987, .1043, .1102], [2412, 2156, 1987]),
    ("下水道使用料", "下水道使用料", "下水道課", 15872, [611873, 618902, 624517], [.9865, .9871, .9878], [.3512, .3645, .3721], [1245, 1180, 1102]),
    ("学校給食費", "学校給食費", "学校教育課", 9718, [245678, 243215, 240987], [.9921, .9928, .9934], [.1845, .1932, .2011], [1102, 987, 902]),
]
YEARS = [2021, 2022, 2023]
D = {}
for key, raw, dept, arr, curs, crs, ars, wos in DEBTS:
    rows = {}
    for fy, ca, cr, ar, wo in zip(YEARS, curs, crs, ars, wos):
        cc, ac = round(ca * cr), round(arr * ar)
        out = ca + arr - cc - ac - wo
        rows[fy] = dict(ca=ca, cc=cc, aa=arr, ac=ac, wo=wo, out=out, ta=ca + arr, tc=cc + ac,
                        cur_out=ca - cc, arr_out=arr - ac - wo)
        arr = out
    D[key] = dict(raw=raw, dept=dept, rows=rows)
TOT = {fy: {c: sum(D[k]["rows"][fy][c] for k in D) for c in ("ta", "tc", "wo", "out", "ca", "cc", "aa", "ac")}
       for fy in YEARS}
OUT_H29 = 1285400                       # 平成29年度の収入未済額（文中のみ）

TGT = {  # (現年, 滞繰) 令和7, 8, 9年度
    "市税": [(98.95, 27.50), (99.00, 28.50), (99.05, 29.50)],
    "国民健康保険料": [(94.30, 21.50), (94.50, 22.00), (94.70, 22.50)],
    "介護保険料": [(99.05, 23.50), (99.10, 24.00), (99.15, 24.50)],
    "後期高齢者医療保険料": [(99.68, 43.50), (99.70, 44.00), (99.72, 44.50)],
    "住宅使用料": [(96.90, 11.50), (97.00, 12.00), (97.10, 12.50)],
    "下水道使用料": [(98.80, 38.00), (98.85, 38.50), (98.90, 39.00)],
    "学校給食費": [(99.38, 20.50), (99.40, 21.00), (99.42, 21.50)],
}
OUT_TGT = {"市税": [268000, 249000, 231000], "国民健康保険料": [318000, 289000, 262000]}
EST = {  # 令和6年度見込: 現年収納率, 滞繰収納率, 収入未済額(千円)
    "市税": (98.90, 27.10, 289560), "国民健康保険料": (94.15, 21.05, 351200),
    "介護保険料": (99.02, 23.10, 28140), "後期高齢者医療保険料": (99.66, 43.20, 3410),
}
AREAS = [("笠懸地区", 3312458, 3158224, 6802), ("大間々地区", 2684175, 2551902, 6215)]
r5 = D["市税"]["rows"][2023]
AREAS.append(("東地区", r5["ta"] - sum(a[1] for a in AREAS), r5["tc"] - sum(a[2] for a in AREAS),
              r5["wo"] - sum(a[3] for a in AREAS)))

# ---------------------------------------------------------------- docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = MINCHO
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.15
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
for s_ in (sec,):
    s_.left_margin = s_.right_margin = Mm(20)
    s_.top_margin, s_.bottom_margin = Mm(20), Mm(18)
    s_.footer_distance = Mm(8)

P = 1


def fact(debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw):
    return G.fact(P, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw)


def kyen(debt, debt_raw, fy, fy_raw, seg, metric, basis, v, suffix="", **kw):
    return fact(debt, debt_raw, fy, fy_raw, seg, metric, basis, v * K, "yen", comma(v) + suffix, **kw)


def pc(debt, debt_raw, fy, fy_raw, seg, basis, v, suffix="", **kw):
    return fact(debt, debt_raw, fy, fy_raw, seg, "collection_rate", basis, v, "percent", f2(v) + suffix, **kw)


def set_font(run, size=None, bold=False, font=None, color=None):
    font = font or MINCHO
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(text="", size=10, bold=False, align=None, font=None, indent=0, first=0, before=0, after=0, container=None,
         line=None):
    p = (container or doc).add_paragraph()
    if text:
        set_font(p.add_run(text), size, bold, font)
    pf = p.paragraph_format
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.left_indent = Mm(indent) if indent else None
    pf.first_line_indent = Mm(first) if first else None
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if line:
        pf.line_spacing = line
    return p


def heading(text, size=12, before=6, after=3, container=None):
    return para(text, size=size, bold=True, font=GOTHIC, before=before, after=after, container=container)


def page_break():
    global P
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)
    P += 1


def new_section(landscape=False, cols=1):
    global P
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
        s.top_margin, s.bottom_margin = Mm(20), Mm(18)
    sp = s._sectPr
    for c in sp.findall(qn("w:cols")):
        sp.remove(c)
    c = OxmlElement("w:cols")
    c.set(qn("w:num"), str(cols))
    c.set(qn("w:space"), "425")
    sp.append(c)
    P += 1
    return s


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}")
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def cell_margins(table, mm=0.8):
    tblPr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        x = OxmlElement(f"w:{side}")
        x.set(qn("w:w"), str(int(mm * 56.7)))
        x.set(qn("w:type"), "dxa")
        m.append(x)
    tblPr.append(m)


def put(cell, text, size=8.5, bold=False, align="l", fill=None, font=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        set_font(p.add_run(ln), size, bold, font)
        p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                       "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        p.paragraph_format.line_spacing = 1.0
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def table(rows, widths, size=8.5, header_rows=1, merges=(), container=None, fill="D9E2F3", aligns=None, row_h=None):
    """rows: list of lists of str (None = part of a merge). widths in mm."""
    t = (container or doc).add_table(rows=len(rows), cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    cell_margins(t)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(lay)
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    if row_h:
        for i, row in enumerate(t.rows):
            if i >= header_rows:
                row.height = Mm(row_h)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths[j])
            if txt is None:
                continue
            hdr = i < header_rows
            al = "c" if hdr else ((aligns[j] if aligns else ("l" if j == 0 else "r")))
            put(c, txt, size=size, align=al, fill=fill if hdr else None, font=GOTHIC if hdr else MINCHO)
    return t


def footer_page_numbers(section):
    f = section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("－ ")
    set_font(r, 9)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        run = p.add_run()
        set_font(run, 9)
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            run._element.append(it)
    set_font(p.add_run(" －"), 9)


def col_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.COLUMN)


# ================================================================ p1 cover
for _ in range(9):
    para("")
para("第２次", size=20, bold=True, align="c", font=GOTHIC)
para("みどり市債権管理計画", size=26, bold=True, align="c", font=GOTHIC, before=6)
para("（令和７年度～令和９年度）", size=16, align="c", font=GOTHIC, before=10)
for _ in range(14):
    para("")
para("令和７年３月", size=14, align="c", font=GOTHIC)
para("み ど り 市", size=16, align="c", font=GOTHIC, before=8)
page_break()

# ================================================================ p2 目次 + はじめに
heading("目　　次", size=14, before=0, after=10).alignment = WD_ALIGN_PARAGRAPH.CENTER
TOC = [("はじめに", 2), ("１　計画の概要", 3), ("２　債権の現状", 3), ("　（１）全体の状況", 3), ("　（２）主な債権の状況", 3),
       ("　（３）債権別の収入状況の推移", 4), ("　（４）地区別の状況（市税）", 5), ("３　計画の目標", 6),
       ("４　主要債権の推進シート", 7), ("５　債権ごとの取組み（市営住宅使用料）", 8),
       ("６　債権ごとの取組み（下水道使用料）", 8), ("７　債権ごとの取組み（学校給食費）", 8)]
for t_, pg in TOC:
    dots = "…" * max(4, 34 - len(t_))
    para(f"{t_}　{dots}　{pg}", size=10.5, indent=15, line=1.6)
heading("はじめに", size=12, before=18, after=4)
t5 = TOT[2023]
oa = round(t5["out"] * K, -6)
p = para("", size=10.5, first=3.7, line=1.5, align="j")
for seg in ["本市では、令和４年３月に「みどり市債権管理計画」を策定し、市税をはじめとする各種債権の収納率向上と収入未済額の縮減に取り組んできました。"
            "その結果、令和５年度決算における対象債権の収入未済額は約",
            fact(None, None, 2023, "令和５年度", "total", "outstanding", "actual", oa, "yen", oku_man(oa), approx=True),
            "まで減少しましたが、国民健康保険税や市営住宅使用料では、なお多額の滞納繰越分が残っています。"
            "このたび、第１次計画の期間が終了することから、これまでの成果と課題を踏まえ、令和７年度からの３年間を期間とする第２次計画を策定しました。"
            "全庁が一体となって、市民負担の公平性の確保と財源の確保に努めてまいります。"]:
    set_font(p.add_run(seg), 10.5)
para("令和７年３月　　みどり市長", size=10.5, align="r", before=8)
footer_page_numbers(doc.sections[0])
doc.sections[0].different_first_page_header_footer = True     # no page number on the cover

# ================================================================ p3 two columns: 計画の概要 + 債権の現状
new_section(cols=2)
heading("１　計画の概要", size=12, before=0)
heading("（１）計画の目的", size=10.5, before=2, after=1)
para("債権の適正な管理と収納率の向上を図り、市民負担の公平性を確保するとともに、健全な財政運営に資することを目的とします。",
     size=9.5, indent=3.5, first=3.5, line=1.4)
heading("（２）計画期間", size=10.5, before=3, after=1)
para("令和７（2025）年度から令和９（2027）年度までの３年間とします。", size=9.5, indent=3.5, first=3.5, line=1.4)
heading("（３）対象債権", size=10.5, before=3, after=1)
para("ア　強制徴収公債権", size=9.5, indent=3.5, line=1.4)
para("(ｱ) 市税　(ｲ) 国民健康保険税　(ｳ) 介護保険料", size=9.5, indent=7, line=1.4)
para("(ｴ) 後期高齢者医療保険料　(ｵ) 下水道使用料", size=9.5, indent=7, line=1.4)
para("イ　私債権", size=9.5, indent=3.5, line=1.4)
para("(ｱ) 市営住宅使用料　(ｲ) 学校給食費", size=9.5, indent=7, line=1.4)
heading("２　債権の現状", size=12, before=8)
heading("（１）全体の状況", size=10.5, before=2, after=1)
t4 = TOT[2022]
ta_a, tc_a = round(t5["ta"] * K, -6), round(t5["tc"] * K, -6)
r_now, r_prev = rate(t5["tc"], t5["ta"]), rate(t4["tc"], t4["ta"])
diff_h29 = OUT_H29 - t5["out"]
p = para("", size=9.5, first=3.5, line=1.75, align="j")
FY5 = "令和５（2023）年度"
for seg in ["令和５（2023）年度決算における対象７債権の調定額は約",
            fact(None, None, 2023, FY5, "total", "assessed", "actual", ta_a, "yen", oku_man(ta_a), approx=True),
            "、収入済額は約",
            fact(None, None, 2023, FY5, "total", "collected", "actual", tc_a, "yen", oku_man(tc_a), approx=True),
            "で、収納率は",
            fact(None, None, 2023, FY5, "total", "collection_rate", "actual", r_now, "percent", f2(r_now) + "％"),
            "となり、前年度に比べ",
            fact(None, None, 2023, FY5, "total", "difference", "actual", round(r_now - r_prev, 2), "points",
                 f2(r_now - r_prev) + "ポイント上昇"),
            "しました。収入未済額は約",
            fact(None, None, 2023, FY5, "total", "outstanding", "actual", oa, "yen", oku_man(oa), approx=True),
            "で、平成29年度(2017年度)の約",
            fact(None, None, 2017, "平成29年度(2017年度)", "total", "outstanding", "actual", round(OUT_H29 * K, -6), "yen",
                 oku_man(round(OUT_H29 * K, -6)), approx=True),
            "から約",
            fact(None, None, 2023, FY5, "total", "difference_from_2017", "actual", -round(diff_h29 * K, -6), "yen",
                 oku_man(round(diff_h29 * K, -6)) + "減少", approx=True),
            "しています。"]:
    set_font(p.add_run(seg), 9.5)
heading("（参考）第１次計画の目標の達成状況", size=10, before=4, after=1)
TGT1 = 91.80      # 第１次計画の令和５年度目標（収納率・計）
p = para("", size=9.5, first=3.5, line=1.75, align="j")
for seg in ["第１次計画では、令和５年度の収納率（計）の目標を",
            fact(None, None, 2023, "令和５年度", "total", "collection_rate", "target", TGT1, "percent", f2(TGT1) + "％"),
            "としていましたが、実績は",
            fact(None, None, 2023, "令和５年度", "total", "collection_rate", "actual", r_now, "percent", f2(r_now) + "％"),
            "となり、目標を",
            fact(None, None, 2023, "令和５年度", "total", "difference_from_target", "actual", round(r_now - TGT1, 2),
                 "points", f2(r_now - TGT1) + "ポイント上回り"),
            "ました。また、不納欠損額は",
            kyen(None, None, 2023, "令和５年度", "total", "written_off", "actual", t5["wo"], suffix="千円"),
            "で、前年度から",
            fact(None, None, 2023, "令和５年度", "total", "difference", "actual", (t5["wo"] - t4["wo"]) * K,
                 "yen", comma(t4["wo"] - t5["wo"]) + "千円減少"),
            "しています。"]:
    set_font(p.add_run(seg), 9.5)
col_break()
heading("（２）主な債権の状況", size=10.5, before=0, after=1)
para("ア　市税", size=9.5, indent=3.5, line=1.4, font=GOTHIC, bold=True)
s5, s4 = D["市税"]["rows"][2023], D["市税"]["rows"][2022]
so, sdiff = round(s5["out"] * K, -5), round((s4["out"] - s5["out"]) * K, -5)
cr5, ar5 = rate(s5["cc"], s5["ca"]), rate(s5["ac"], s5["aa"])
p = para("", size=9.5, indent=3.5, first=3.5, line=1.75, align="j")


def man(yen):   # 3億1,260万円 -> 全角
    return zen(oku_man(yen))


for seg in ["現年課税分の収納率は",
            fact("市税", "市税", 2023, "令和５年度", "current", "collection_rate", "actual", cr5, "percent", zen(f2(cr5)) + "％"),
            "、滞納繰越分の収納率は",
            fact("市税", "市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", ar5, "percent", zen(f2(ar5)) + "％"),
            "となりました。収入未済額は約",
            fact("市税", "市税", 2023, "令和５年度", "total", "outstanding", "actual", so, "yen", man(so), approx=True),
            "で、前年度から約",
            fact("市税", "市税", 2023, "令和５年度", "total", "difference", "actual", -sdiff, "yen", man(sdiff) + "の減少",
                 approx=True),
            "となっています。"]:
    set_font(p.add_run(seg), 9.5)
para("イ　国民健康保険税", size=9.5, indent=3.5, line=1.4, font=GOTHIC, bold=True, before=3)
k5, k4 = D["国民健康保険料"]["rows"][2023], D["国民健康保険料"]["rows"][2022]
kcr5, kcr4 = rate(k5["cc"], k5["ca"]), rate(k4["cc"], k4["ca"])
ko = round(k5["out"] * K, -5)
p = para("", size=9.5, indent=3.5, first=3.5, line=1.75, align="j")
KK = "国民健康保険料", "国民健康保険税"
for seg in ["現年課税分の収納率は",
            fact(*KK, 2023, "令和５年度", "current", "collection_rate", "actual", kcr5, "percent", zen(f2(kcr5)) + "％"),
            "で、前年度比",
            fact(*KK, 2023, "令和５年度", "current", "difference", "actual", round(kcr5 - kcr4, 2), "points",
                 zen(f2(kcr5 - kcr4)) + "ポイントの改善"),
            "となりましたが、収入未済額は約",
            fact(*KK, 2023, "令和５年度", "total", "outstanding", "actual", ko, "yen", man(ko), approx=True),
            "と対象債権の中で最も多く、その約８割を滞納繰越分が占めています。"]:
    set_font(p.add_run(seg), 9.5)
para("ウ　その他の債権", size=9.5, indent=3.5, line=1.4, font=GOTHIC, bold=True, before=3)
h5 = D["住宅使用料"]["rows"][2023]
har5 = rate(h5["ac"], h5["aa"])
p = para("", size=9.5, indent=3.5, first=3.5, line=1.75, align="j")
for seg in ["市営住宅使用料は、滞納繰越分の収納率が",
            fact("住宅使用料", "市営住宅使用料", 2023, "令和５年度", "arrears", "collection_rate", "actual", har5, "percent",
                 zen(f2(har5)) + "％"),
            "と低く、退去者の滞納分の回収が課題です。介護保険料、後期高齢者医療保険料、下水道使用料及び学校給食費は、"
            "現年度分の収納率がいずれも９８％を超えており、おおむね良好に推移しています。"]:
    set_font(p.add_run(seg), 9.5)
para("エ　滞納者数", size=9.5, indent=3.5, line=1.4, font=GOTHIC, bold=True, before=3)
DL5, DL4 = 2184, 2356     # 市税の滞納者数（年度末）
p = para("", size=9.5, indent=3.5, first=3.5, line=1.75, align="j")
for seg in ["市税の滞納者数は、令和５年度末で",
            fact("市税", "市税", 2023, "令和５年度末", "total", "delinquents", "actual", DL5, "persons", zen(comma(DL5)) + "人"),
            "となり、前年度末の",
            fact("市税", "市税", 2022, "前年度末", "total", "delinquents", "actual", DL4, "persons", zen(comma(DL4)) + "人"),
            "から",
            fact("市税", "市税", 2023, "令和５年度末", "total", "difference", "actual", DL5 - DL4, "persons",
                 zen(comma(DL4 - DL5)) + "人減少"),
            "しました。少額の滞納を早い段階で解消する取組を続けることが重要です。"]:
    set_font(p.add_run(seg), 9.5)

# ================================================================ p4-p5 long table (one row per debt and year)
new_section(cols=1)
heading("（３）債権別の収入状況の推移", size=11, before=0, after=2)
para("対象７債権の令和３年度から令和５年度までの決算の推移は、表１のとおりです。調定額は横ばいで推移する一方、"
     "収入未済額はいずれの年度も前年度を下回っています。", size=9.5, first=3.5, line=1.4, after=3)
para("表１　債権別の収入状況（令和３年度～令和５年度決算）　（単位：千円、％）", size=9, font=GOTHIC, after=2)
HDR = ["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "備考"]
WID = [25, 20, 21, 21, 18, 19, 13, 33]
YL = {2021: "令和３年度", 2022: "４年度", 2023: "５年度"}
NOTE = {("国民健康保険料", 2021): "令和３年度から税率改定",
        ("学校給食費", 2022): "令和４年度から公会計化"}


def long_rows(keys, pg_note=False):
    rows = [HDR]
    merges = []
    for key in keys:
        d = D[key]
        start = len(rows)
        for i, fy in enumerate(YEARS):
            r = d["rows"][fy]
            yl = zen(YL[fy])
            note = NOTE.get((key, fy), "")
            if fy == 2022:      # 備考に滞納繰越分の収入未済額
                note = "うち滞納繰越分 " + kyen(key, d["raw"], fy, yl, "arrears", "outstanding", "actual", r["arr_out"],
                                             suffix="千円")
            rows.append([d["raw"] if i == 0 else None, yl,
                         kyen(key, d["raw"], fy, yl, "total", "assessed", "actual", r["ta"]),
                         kyen(key, d["raw"], fy, yl, "total", "collected", "actual", r["tc"]),
                         kyen(key, d["raw"], fy, yl, "total", "written_off", "actual", r["wo"]),
                         kyen(key, d["raw"], fy, yl, "total", "outstanding", "actual", r["out"]),
                         pc(key, d["raw"], fy, yl, "total", "actual", rate(r["tc"], r["ta"])),
                         note])
        merges.append((start, 0, start + 2, 0))
    return rows, merges


rows, merges = long_rows(["市税", "国民健康保険料", "介護保険料", "後期高齢者医療保険料", "住宅使用料", "下水道使用料"])
t = table(rows, WID, size=9, merges=merges, aligns=["l", "c", "r", "r", "r", "r", "r", "l"], row_h=9.6)
para("（次ページへ続く）", size=8.5, align="r", before=2)
page_break()

para("表１　債権別の収入状況（続き）　（単位：千円、％）", size=9, font=GOTHIC, after=2)
rows, merges = long_rows(["学校給食費"])
start = len(rows)
for i, fy in enumerate(YEARS):
    r = TOT[fy]
    yl = zen(YL[fy])
    rows.append(["合計" if i == 0 else None, yl,
                 kyen(None, "合計", fy, yl, "total", "assessed", "actual", r["ta"]),
                 kyen(None, "合計", fy, yl, "total", "collected", "actual", r["tc"]),
                 kyen(None, "合計", fy, yl, "total", "written_off", "actual", r["wo"]),
                 kyen(None, "合計", fy, yl, "total", "outstanding", "actual", r["out"]),
                 pc(None, "合計", fy, yl, "total", "actual", rate(r["tc"], r["ta"])), ""])
merges.append((start, 0, start + 2, 0))
t = table(rows, WID, size=9, merges=merges, aligns=["l", "c", "r", "r", "r", "r", "r", "l"], row_h=7)
for i in range(start, start + 3):
    for j in range(8):
        shade(t.cell(i, j), "F2F2F2")
p = para("", size=8.5, before=3, line=1.3)
for seg in ["※　市税の令和５年度収入未済額のうち現年課税分 ",
            kyen("市税", "市税", 2023, "令和５年度", "current", "outstanding", "actual", s5["cur_out"], suffix="千円"),
            "、滞納繰越分 ",
            kyen("市税", "市税", 2023, "令和５年度", "arrears", "outstanding", "actual", s5["arr_out"], suffix="千円"),
            "。"]:
    set_font(p.add_run(seg), 8.5)
para("※　調定額及び収入済額は、現年度分と滞納繰越分の合計です。", size=8.5)
para("※　収納率は、収入済額÷調定額×100（小数点以下第３位を四捨五入）により算出しています。", size=8.5)

heading("（４）地区別の状況（市税）", size=11, before=12, after=2)
para("市税の令和５年度決算を、課税地の地区別に集計すると次のとおりです。東地区は、人口の減少と高齢化の影響により収納率が"
     "他の地区をやや下回っています。", size=9.5, first=3.5, line=1.4)
para("表２　地区別の市税収入状況（令和５年度決算）", size=9, font=GOTHIC, before=4, after=1)
rows = [["地区", "調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）", "収納率（％）"]]
for name, ta, tc, wo in AREAS:
    kw = dict(area=name)
    rows.append([name,
                 kyen("市税", "市税", 2023, "令和５年度", "total", "assessed", "actual", ta, **kw),
                 kyen("市税", "市税", 2023, "令和５年度", "total", "collected", "actual", tc, **kw),
                 kyen("市税", "市税", 2023, "令和５年度", "total", "written_off", "actual", wo, **kw),
                 kyen("市税", "市税", 2023, "令和５年度", "total", "outstanding", "actual", ta - tc - wo, **kw),
                 pc("市税", "市税", 2023, "令和５年度", "total", "actual", rate(tc, ta), **kw)])
rows.append(["計",
             kyen("市税", "市税", 2023, "令和５年度", "total", "assessed", "actual", s5["ta"]),
             kyen("市税", "市税", 2023, "令和５年度", "total", "collected", "actual", s5["tc"]),
             kyen("市税", "市税", 2023, "令和５年度", "total", "written_off", "actual", s5["wo"]),
             kyen("市税", "市税", 2023, "令和５年度", "total", "outstanding", "actual", s5["out"]),
             pc("市税", "市税", 2023, "令和５年度", "total", "actual", rate(s5["tc"], s5["ta"]))])
t = table(rows, [26, 28, 28, 28, 28, 22], size=9.5, row_h=8)
para("出典：みどり市税務課「市税決算状況調」", size=8.5, align="r", before=2)
page_break()

# ================================================================ p6 目標
heading("３　計画の目標", size=12, before=0, after=2)
para("計画期間の各年度の目標収納率を、債権ごとに次のとおり定めます。目標は、令和５年度決算の実績と、過去３年間の改善幅を基に設定しました。",
     size=9.5, first=3.5, line=1.4)
para("表３　目標収納率　（単位：％）", size=9, font=GOTHIC, before=4, after=1)
hdr1 = ["債権名", "決算", None, "目標", None, None, None, None, None]
hdr2 = [None, "令和５年度", None, "令和７年度", None, "令和８年度", None, "令和９年度", None]
hdr3 = [None] + ["現年", "滞繰※2"] * 4
rows = [hdr1, hdr2, hdr3]
TY = {0: (2025, "令和７年度"), 1: (2026, "令和８年度"), 2: (2027, "令和９年度")}
MARK = {("市税", 2027, 0): "※1", ("国民健康保険料", 2027, 0): "※1"}
for key, d in D.items():
    r = d["rows"][2023]
    row = [d["raw"], pc(key, d["raw"], 2023, "令和５年度", "current", "actual", rate(r["cc"], r["ca"])),
           pc(key, d["raw"], 2023, "令和５年度", "arrears", "actual", rate(r["ac"], r["aa"]))]
    for i, (cur, arr) in enumerate(TGT[key]):
        fy, fr = TY[i]
        row.append(pc(key, d["raw"], fy, fr, "current", "target", cur) + MARK.get((key, fy, 0), ""))
        row.append(pc(key, d["raw"], fy, fr, "arrears", "target", arr))
    rows.append(row)
t = table(rows, [34, 16, 16, 16, 16, 16, 16, 16, 16], size=9, header_rows=3, row_h=7.5,
          merges=[(0, 0, 2, 0), (0, 1, 0, 2), (0, 3, 0, 8), (1, 1, 1, 2), (1, 3, 1, 4), (1, 5, 1, 6), (1, 7, 1, 8)])
para("※1　市税及び国民健康保険税の令和９年度の現年課税分は、県内市の平均収納率を上回る水準を目標としています。", size=8.5, before=2)
para("※2　滞繰は滞納繰越分を指します。", size=8.5)

heading("主要２債権の目標（収入未済額を含む）", size=10.5, before=8, after=2)
outer = doc.add_table(rows=1, cols=2)
no_borders(outer)
outer.autofit = False
L, R = outer.cell(0, 0), outer.cell(0, 1)
L.width, R.width = Mm(84), Mm(86)
L.paragraphs[0].text = ""
set_font(L.paragraphs[0].add_run("表４　市税の目標"), 9, font=GOTHIC)
s = "市税"
rows = [["区分", "令和７年度", "令和８年度", "令和９年度"],
        ["現年度分収納率（％）"] + [pc(s, s, TY[i][0], TY[i][1], "current", "target", TGT[s][i][0]) for i in range(3)],
        ["滞納繰越分収納率（％）"] + [pc(s, s, TY[i][0], TY[i][1], "arrears", "target", TGT[s][i][1]) for i in range(3)],
        ["収入未済額（千円）"] + [kyen(s, s, TY[i][0], TY[i][1], "total", "outstanding", "target", OUT_TGT[s][i]) for i in range(3)]]
table(rows, [30, 18, 18, 18], size=8.5, container=L, row_h=7)
R.paragraphs[0].text = ""
set_font(R.paragraphs[0].add_run("表５　国民健康保険税の目標"), 9, font=GOTHIC)
rows = [["年度", "現年度分\n収納率（％）", "滞納繰越分\n収納率（％）", "収入未済額\n（千円）"]]
for i in range(3):
    fy, fr = TY[i]
    rows.append([fr, pc(*KK, fy, fr, "current", "target", TGT["国民健康保険料"][i][0]),
                 pc(*KK, fy, fr, "arrears", "target", TGT["国民健康保険料"][i][1]),
                 kyen(*KK, fy, fr, "total", "outstanding", "target", OUT_TGT["国民健康保険料"][i])])
table(rows, [20, 20, 20, 22], size=8.5, container=R, aligns=["c", "r", "r", "r"], row_h=7)
p = para("", size=9.5, first=3.5, line=1.4, before=6, align="j")
so9 = round(OUT_TGT["市税"][2] * K, -6)
for seg in ["市税の収入未済額は、令和９年度までに約",
            fact("市税", "市税", 2027, "令和９年度", "total", "outstanding", "target", so9, "yen", man(so9), approx=True),
            "まで縮減することを目指します。国民健康保険税は、滞納繰越分の収納率を毎年度０．５ポイント程度引き上げ、"
            "収入未済額を令和５年度決算から約３割縮減することを目指します。"]:
    set_font(p.add_run(seg), 9.5)

# ================================================================ p7 landscape 推進シート
new_section(landscape=True)
heading("４　主要債権の推進シート", size=12, before=0, after=2)
para("主要４債権について、現状と課題及び計画期間中の具体的な方策を一覧にまとめました。（収納率は％、収入未済額は千円）",
     size=9, after=2)
SHEET = {
    "市税": ("現年課税分の収納率は上昇傾向にあるが、滞納繰越分には少額の長期滞納事案が多く残っている。",
           [("①", "納期限後の早期催告と財産調査を徹底し、滞納の長期化を防ぐ。", "継続"),
            ("②", "差押えた預貯金・給与の取立てを速やかに行い、換価までの期間を短縮する。", "継続"),
            ("③", "インターネット公売を年２回実施する。", "新規")]),
    "国民健康保険料": ("低所得世帯の滞納が多く、滞納繰越分の収納率が伸び悩んでいる。",
                ["①", "②", "③"]),
    "介護保険料": ("普通徴収の被保険者の未納が大半を占める。", ["①", "②"]),
    "後期高齢者医療保険料": ("滞納者は少数であるが、年金天引きへの切替えまでの未納が生じている。", ["①", "②"]),
}
SHEET_ITEMS = {
    "国民健康保険料": [("①", "市税と一体で滞納整理を行い、重複滞納者の財産調査を一元化する。", "継続"),
                ("②", "納付相談の際に生活状況を聴き取り、必要な世帯は福祉部門の支援につなげる。", "拡充"),
                ("③", "資格喪失後の未納者への文書催告を年２回行う。", None)],
    "介護保険料": [("①", "普通徴収の被保険者に口座振替の利用を勧める。", "継続"),
              ("②", "滞納が続く被保険者には、給付制限の内容を丁寧に説明したうえで納付を促す。", None)],
    "後期高齢者医療保険料": [("①", "資格取得時に口座振替依頼書を同封し、納め忘れを防ぐ。", "継続"),
                    ("②", "群馬県後期高齢者医療広域連合と連携し、滞納者の状況を共有する。", None)],
}
rows = [["債権名", "所管課", "令和５年度決算", None, None, "令和６年度見込", None, None, "現状と課題", "具体的な方策"],
        [None, None, "現年", "滞繰", "収入未済額", "現年", "滞繰", "収入未済額", None, None]]
cellitems = []
for key in SHEET:
    d = D[key]
    r = d["rows"][2023]
    cur_e, arr_e, out_e = EST[key]
    items = SHEET[key][1] if key == "市税" else SHEET_ITEMS[key]
    txt = "\n".join(f"{lab}{t_}" + (f"【{stt}】" if stt else "") for lab, t_, stt in items)
    cellitems.append((key, items))
    rows.append([d["raw"], d["dept"],
                 pc(key, d["raw"], 2023, "令和５年度", "current", "actual", rate(r["cc"], r["ca"])),
                 pc(key, d["raw"], 2023, "令和５年度", "arrears", "actual", rate(r["ac"], r["aa"])),
                 kyen(key, d["raw"], 2023, "令和５年度", "total", "outstanding", "actual", r["out"]),
                 pc(key, d["raw"], 2024, "令和６年度", "current", "estimate", cur_e),
                 pc(key, d["raw"], 2024, "令和６年度", "arrears", "estimate", arr_e),
                 kyen(key, d["raw"], 2024, "令和６年度", "total", "outstanding", "estimate", out_e),
                 SHEET[key][0], txt])
    for lab, t_, stt in items:
        G.init(P, key, d["raw"], 2025, "主要債権の推進シート（具体的な方策）", lab, t_, stt)
t = table(rows, [24, 17, 13, 13, 18, 13, 13, 18, 50, 88], size=9, header_rows=2, row_h=30,
          merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 0, 7), (0, 8, 1, 8), (0, 9, 1, 9)],
          aligns=["l", "c", "r", "r", "r", "r", "r", "r", "l", "l"])
para("※　令和６年度見込は、令和７年１月末現在の収納実績を基に推計したものです。", size=8.5, before=3)
para("※　現年は現年度分（現年課税分）、滞繰は滞納繰越分の収納率です。", size=8.5)

# ================================================================ p8 債権ごとの取組み
new_section()
SECTIONS = [
    ("５", "住宅使用料", "市営住宅使用料", [
        ("（１）", "現年度分の収納対策", [
            ("ア", "滞納の初期対応", [("(ｱ)", "納期限までに納付がない入居者には、翌月中に電話と文書で納付を求める。", "継続"),
                                 ("(ｲ)", "滞納が３か月に達した場合は、連帯保証人にも納付を求める。", None)]),
            ("イ", "納付方法の周知", [("(ｱ)", "入居決定時に口座振替の手続を必ず行う。", "新規")]),
        ]),
        ("（２）", "滞納繰越分の整理", [
            ("ア", "法的措置", [("(ｱ)", "長期・高額の滞納者には、明渡し及び滞納家賃の支払を求める訴訟を提起する。", None)]),
        ]),
    ]),
    ("６", "下水道使用料", "下水道使用料", [
        ("（１）", "収納対策", [
            ("ア", "水道料金との一体的な催告", [("(ｱ)", "水道料金と同時に督促・催告を行い、催告の回数を年４回とする。", "継続")]),
            ("イ", "滞納処分", [("(ｱ)", "強制徴収公債権であることを踏まえ、預貯金の差押えを計画的に行う。", "拡充")]),
        ]),
    ]),
]
for num, key, raw, blocks in SECTIONS:
    heading(f"{num}　債権ごとの取組み（{raw}）", size=11.5, before=0 if num == "５" else 8, after=2)
    r = D[key]["rows"][2023]
    tg = TGT[key][2]
    p = para("", size=9.5, indent=3.5, line=1.4)
    for seg in ["目標収納率（令和９年度）　現年度分 ",
                pc(key, raw, 2027, "令和９年度", "current", "target", tg[0], suffix="％"),
                "　滞納繰越分 ",
                pc(key, raw, 2027, "令和９年度", "arrears", "target", tg[1], suffix="％"),
                "（令和５年度実績　現年度分 ",
                pc(key, raw, 2023, "令和５年度実績", "current", "actual", rate(r["cc"], r["ca"]), suffix="％"),
                "）"]:
        set_font(p.add_run(seg), 9.5)
    for l1, t1, subs in blocks:
        para(f"{l1}{t1}", size=10, font=GOTHIC, bold=True, indent=2, before=2)
        for l2, t2, items in subs:
            para(f"{l2}　{t2}", size=9.5, indent=6, line=1.35)
            for l3, t3, stt in items:
                para(f"{l3} {t3}" + (f"【{stt}】" if stt else ""), size=9.5, indent=10, line=1.35)
                G.init(P, key, raw, 2025, f"{t1}（{t2}）", f"{l1}{l2}{l3}", t3, stt)
# 学校給食費: plain titles with bullets and a box
heading("７　債権ごとの取組み（学校給食費）", size=11.5, before=8, after=2)
r = D["学校給食費"]["rows"][2023]
p = para("", size=9.5, indent=3.5, line=1.4, align="j")
for seg in ["令和４年度の公会計化以降、現年度分の収納率は",
            pc("学校給食費", "学校給食費", 2023, "令和５年度", "current", "actual", rate(r["cc"], r["ca"]), suffix="％"),
            "（令和５年度）と高い水準にありますが、卒業・転出後の未納分が滞納繰越分として残っています。"]:
    set_font(p.add_run(seg), 9.5)
KYU = [("滞納の未然防止", [("児童手当からの徴収について保護者の同意を得る取組を進める。", "新規"),
                     ("就学援助の制度を、入学説明会と学校だよりで周知する。", None)]),
       ("卒業・転出者の未納分", [("卒業前の２月に未納のある世帯へ文書で通知し、在学中の完納を促す。", None),
                       ("転出者には転出先の住所を確認したうえで催告書を送付する。", "継続")])]
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
box.alignment = WD_TABLE_ALIGNMENT.CENTER
bc = box.cell(0, 0)
bc.width = Mm(166)
bc.paragraphs[0].text = ""
set_font(bc.paragraphs[0].add_run("学校給食費の主な取組"), 9.5, bold=True, font=GOTHIC)
for title, items in KYU:
    para(f"【{title}】", size=9.5, font=GOTHIC, container=bc, before=2)
    for t_, stt in items:
        para("・" + t_ + (f"【{stt}】" if stt else ""), size=9.5, indent=3, container=bc, line=1.35)
        G.init(P, "学校給食費", "学校給食費", 2025, title, "・", t_, stt)
para("", size=4)
para("本計画の進捗状況は、毎年度、みどり市債権管理推進会議において確認し、その結果を市ホームページで公表します。",
     size=9.5, first=3.5, line=1.4, before=6)
for s_ in doc.sections[1:]:
    s_.footer.is_linked_to_previous = True

# ================================================================ render
src = WORK / f"{STEM}.docx"
doc.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(src)], check=True,
               capture_output=True)
PDF_DIR.mkdir(parents=True, exist_ok=True)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
G.write(out)
print("expected pages:", P)
