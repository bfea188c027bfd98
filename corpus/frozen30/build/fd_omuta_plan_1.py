"""fd_omuta_plan_1: a multi-year 債権管理計画 written in Word style (cover, 目次, landscape and two-column sections).

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/frozen30:  python3 build/fd_omuta_plan_1.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fd_common import Gold, PDF_DIR, WORK, check, num, rate, rdiff, series, tri, write_gold, zen  # noqa: E402

STEM = "fd_omuta_plan_1"
CITY = "大牟田市"
TITLE = "第２次大牟田市債権管理計画"
g = Gold()

YEARS = [2018, 2019, 2020, 2021, 2022]
CANON = {"市税": "市税", "国民健康保険税": "国民健康保険料", "介護保険料": "介護保険料",
         "後期高齢者医療保険料": "後期高齢者医療保険料", "保育料": "保育所保育料",
         "市営住宅使用料": "市営住宅使用料", "下水道使用料": "下水道使用料"}
S = {
    "市税": series(YEARS, [14012318, 14120556, 13905442, 14088610, 14215302], [98.52, 98.61, 98.70, 98.81, 99.02],
                  905218, [20.10, 21.40, 22.90, 24.30, 25.60], [0.090, 0.085, 0.080, 0.076, 0.072]),
    "国民健康保険税": series(YEARS, [2612408, 2588210, 2540662, 2498315, 2452108], [91.80, 92.10, 92.60, 93.02, 93.40],
                      612440, [16.20, 17.10, 18.30, 19.40, 20.60], [0.080, 0.078, 0.075, 0.072, 0.070]),
    "介護保険料": series(YEARS, [2402116, 2428540, 2450318, 2471204, 2488066], [98.50, 98.58, 98.66, 98.74, 98.81],
                    62108, [15.40, 16.20, 17.30, 18.10, 19.20], [0.170, 0.165, 0.160, 0.158, 0.155]),
    "後期高齢者医療保険料": series(YEARS, [1102408, 1118530, 1130226, 1152408, 1170634], [99.30, 99.36, 99.42, 99.48, 99.52],
                         9402, [32.10, 33.60, 35.20, 36.40, 37.50], [0.070, 0.068, 0.066, 0.064, 0.062]),
    "保育料": series(YEARS, [318402, 215330, 208116, 201442, 195208], [98.10, 98.30, 98.52, 98.70, 98.86],
                  24108, [14.20, 15.60, 17.10, 18.40, 19.50], [0.090, 0.088, 0.085, 0.082, 0.080]),
    "市営住宅使用料": series(YEARS, [612405, 604218, 598330, 590112, 584406], [95.80, 96.02, 96.25, 96.50, 96.72],
                      128402, [10.20, 11.00, 11.90, 12.80, 13.60], [0.060, 0.058, 0.056, 0.055, 0.054]),
    "下水道使用料": series(YEARS, [2204318, 2210542, 2198430, 2206124, 2212806], [99.02, 99.08, 99.14, 99.20, 99.26],
                     42308, [30.20, 31.50, 32.80, 34.10, 35.30], [0.070, 0.068, 0.066, 0.064, 0.062]),
}
DEBTS = list(S)
YR = {2018: "平成30年度", 2019: "令和元年度", 2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度"}
# first plan targets for 令和4年度 (現年度分 rate)
T1 = {"市税": 98.90, "国民健康保険税": 93.20, "介護保険料": 98.90, "後期高齢者医療保険料": 99.50,
      "保育料": 98.80, "市営住宅使用料": 97.00, "下水道使用料": 99.20}
# second plan targets: 令和9年度 rates (現年, 滞繰) and yearly outstanding targets (千円)
T2 = {"市税": (99.20, 30.00), "国民健康保険税": (94.20, 24.00), "介護保険料": (99.00, 22.00),
      "後期高齢者医療保険料": (99.60, 40.00), "保育料": (99.00, 23.00), "市営住宅使用料": (97.20, 16.50),
      "下水道使用料": (99.35, 38.00)}
OUT_T = {}
for _d in ("市税", "国民健康保険税", "介護保険料"):
    _o = S[_d][2022]["total"][3]
    OUT_T[_d] = {2024 + k: int(round(_o * (0.95 - 0.04 * k), -3)) for k in range(4)}


def F(page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, debt_raw=None):
    return g.fact(page, CANON.get(debt) if debt else None, debt_raw or debt, fy, fy_raw, seg, metric, basis,
                  value, unit, raw, approx=approx)


# ---------------------------------------------------------------- docx helpers
MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"


def set_font(run, size=10.5, gothic=False, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    name = GOTHIC if gothic else MINCHO
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc_or_cell, text="", size=10.5, gothic=False, bold=False, align=None, indent_mm=0, first_mm=0,
         before=0, after=2, keep=False):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), size, gothic, bold)
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = 1.3
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm:
        pf.first_line_indent = Mm(first_mm)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if keep:
        pf.keep_with_next = True
    return p


def shade(cell, hex_):
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcpr.append(shd)


def borders(table, sz=4, outer=None):
    tbl = table._element
    tblpr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        s = outer if (outer and edge in ("top", "left", "bottom", "right")) else sz
        e.set(qn("w:sz"), str(s))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def no_borders(table):
    tblpr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def set_widths(t, widths_mm):
    t.autofit = False
    tblpr = t._element.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for i, w in enumerate(widths_mm):
        t.columns[i].width = Mm(w)
        for c in t.columns[i].cells:
            c.width = Mm(w)


def cell_border(cell, on=True):
    tcpr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tcpr.append(b)


def cell_text(cell, text, size=8.5, gothic=True, align="c", bold=False, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for k, line in enumerate(str(text).split("\n")):
        r = p.add_run(line)
        set_font(r, size, gothic, bold)
        if k < len(str(text).split("\n")) - 1:
            r.add_break()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if fill:
        shade(cell, fill)


def table(container, rows, cols, widths_mm=None, align_center=True):
    t = container.add_table(rows=rows, cols=cols)
    if align_center:
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t)
    if widths_mm:
        set_widths(t, widths_mm)
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def page_number_footer(section):
    section.footer.is_linked_to_previous = True
    p = section.footer.paragraphs[0] if section.footer.paragraphs else section.footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("－ ")
    set_font(r, 9)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = p.add_run()
        set_font(run, 9)
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._element.append(it)
    set_font(p.add_run(" －"), 9)


def columns(section, n):
    sectpr = section._sectPr
    cols = sectpr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectpr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "425")
    if n > 1:
        cols.set(qn("w:sep"), "1")


HEAD = "DCE6F1"
SUMC = "FFF2CC"


def heading(doc, text, size=12.5, before=6):
    p = para(doc, text, size=size, gothic=True, bold=True, before=before, after=4, keep=True)
    return p


# ---------------------------------------------------------------- content
def cover(doc):
    for _ in range(7):
        para(doc, "")
    para(doc, "第２次", size=20, gothic=True, align="c")
    para(doc, "大牟田市債権管理計画", size=26, gothic=True, bold=True, align="c", after=10)
    para(doc, "令和６（2024）年度～令和９（2027）年度", size=14, gothic=True, align="c")
    for _ in range(12):
        para(doc, "")
    para(doc, "令和６年３月", size=14, align="c")
    para(doc, "大 牟 田 市", size=16, gothic=True, align="c")
    page_break(doc)


TOC = [("１　計画の趣旨", 2), ("２　債権の現状", 3), ("３　計画の目標", 5), ("４　全庁的な取組", 6),
       ("５　債権ごとの取組み", 7)]


def toc_and_intro(doc, pg=2):
    para(doc, "目　　次", size=15, gothic=True, bold=True, align="c", after=10)
    t = doc.add_table(rows=len(TOC), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_widths(t, [135, 15])
    for i, (name, p) in enumerate(TOC):
        cell_text(t.rows[i].cells[0], name + "　" + "・" * (32 - len(name)), size=10.5, gothic=False, align="l")
        cell_text(t.rows[i].cells[1], str(p), size=10.5, gothic=False, align="r")
    para(doc, "", after=10)
    heading(doc, "１　計画の趣旨")
    para(doc, "（１）策定の目的", size=10.5, indent_mm=0)
    para(doc, "本市は、平成３０年度に第１次大牟田市債権管理計画を策定し、市税をはじめとする債権の収納率の向上と"
              "収入未済額の縮減に全庁を挙げて取り組んできた。第１次計画の期間の終了に伴い、その成果と課題を踏まえ、"
              "引き続き公平・公正な市民負担と健全な財政運営を確保するため、第２次計画を策定する。",
         size=10.5, indent_mm=7, first_mm=3.7)
    para(doc, "（２）計画の期間", size=10.5)
    para(doc, "令和６（2024）年度から令和９（2027）年度までの４年間とする。", size=10.5, indent_mm=7, first_mm=3.7)
    para(doc, "（３）計画の位置付け", size=10.5)
    para(doc, "ア　大牟田市債権管理条例に基づく計画とする。", size=10.5, indent_mm=7)
    para(doc, "イ　大牟田市行財政改革の実施計画と整合を図る。", size=10.5, indent_mm=7)
    para(doc, "(ｱ)　財源確保の取組として、各債権の数値目標を実施計画に掲げる。", size=10.5, indent_mm=12)
    para(doc, "(ｲ)　進捗状況は債権管理推進会議で毎年度確認し、公表する。", size=10.5, indent_mm=12)
    page_break(doc)


def status(doc, pg=3):
    heading(doc, "２　債権の現状", before=0)
    y = 2022
    o = sum(S[d][y]["total"][3] for d in DEBTS)
    o_prev = sum(S[d][y - 1]["total"][3] for d in DEBTS)
    man = round(o / 10 / 100) * 100
    dman = round((o_prev - o) / 10 / 100) * 100
    oku, rest = divmod(man, 10000)
    raw_o = zen(f"{oku}億{rest:,}万円")
    raw_d = zen(f"{dman // 10000}億{dman % 10000:,}万円") if dman >= 10000 else zen(f"{dman:,}万円")
    ct = S["市税"][y]["current"][4]
    ctp = S["市税"][y - 1]["current"][4]
    dct = rdiff(ct, ctp)
    para(doc, "（１）収入未済額の状況", size=10.5)
    p = para(doc, "", size=10.5, indent_mm=7, first_mm=3.7)
    txt = ("令和４（2022）年度決算における主要７債権の収入未済額は約"
           + F(pg, None, y, "令和４（2022）年度", "total", "outstanding", "actual", man * 10000, "yen", raw_o, approx=True, debt_raw="主要７債権")
           + "で、前年度から約"
           + F(pg, None, y, "令和４（2022）年度", "total", "difference", "actual", -dman * 10000, "yen", raw_d, approx=True, debt_raw="主要７債権")
           + "減少した。市税の現年度分の収納率は"
           + F(pg, "市税", y, "令和４（2022）年度", "current", "collection_rate", "actual", ct, "percent", zen(f"{ct:.2f}") + "％")
           + "となり、前年度比"
           + F(pg, "市税", y, "令和４（2022）年度", "current", "difference", "actual", dct, "points", zen(f"{dct:.2f}") + "ポイント")
           + "の改善となっている。")
    set_font(p.add_run(txt), 10.5)
    # boxed table, caption above, source below; one debt per column, years head rows, 百万円 with a decimal
    para(doc, "表１　主要債権の収入未済額の推移（単位：百万円）", size=9.5, gothic=True, before=6, after=2)
    short = {"国民健康保険税": "国民健康\n保険税", "後期高齢者医療保険料": "後期高齢者\n医療保険料", "市営住宅使用料": "市営住宅\n使用料",
             "下水道使用料": "下水道\n使用料", "介護保険料": "介護\n保険料"}
    cols = DEBTS + ["計"]
    t = table(doc, len(YEARS) + 1, len(cols) + 1, [22] + [19] * len(cols))
    borders(t, sz=4, outer=16)
    cell_text(t.rows[0].cells[0], "年度", fill=HEAD)
    for j, d in enumerate(cols):
        cell_text(t.rows[0].cells[1 + j], short.get(d, d), fill=HEAD, size=8)
    for i, yy in enumerate(YEARS):
        cell_text(t.rows[1 + i].cells[0], YR[yy], size=8.5)
        tot = 0
        for j, d in enumerate(DEBTS):
            v = S[d][yy]["total"][3]
            tot += v
            m = round(v / 1000, 1)
            cell_text(t.rows[1 + i].cells[1 + j], F(pg, d, yy, YR[yy], "total", "outstanding", "actual", int(round(m * 1e6)), "yen", f"{m:,.1f}"),
                      align="r", size=8.5)
        m = round(tot / 1000, 1)
        cell_text(t.rows[1 + i].cells[-1], g.fact(pg, None, "計", yy, YR[yy], "total", "outstanding", "actual", int(round(m * 1e6)), "yen", f"{m:,.1f}"),
                  align="r", size=8.5, fill=SUMC)
    para(doc, "出典：大牟田市歳入歳出決算書、各特別会計決算書（各年度）", size=8.5, before=2, after=0)
    para(doc, "※ 百万円未満を四捨五入しているため、内訳の合計と計が一致しない場合がある。", size=8.5, after=4)
    tot = {k: sum(S[d][y]["total"][i] for d in DEBTS) for k, i in (("a", 0), ("c", 1), ("w", 2))}
    box = doc.add_table(rows=1, cols=1)
    borders(box, sz=8)
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(box, [150])
    c = box.cell(0, 0)
    cell_text(c, "【参考】主要７債権の令和４（2022）年度決算", size=9, align="l", gothic=True)
    for lab, key, metric in (("調定額", "a", "assessed"), ("収入済額", "c", "collected"), ("不納欠損額", "w", "written_off")):
        p2 = c.add_paragraph()
        p2.paragraph_format.space_after = Pt(0)
        set_font(p2.add_run(f"・{lab}：" + g.fact(pg, None, "主要７債権", y, "令和４（2022）年度", "total", metric, "actual",
                                                   tot[key] * 1000, "yen", f"{num(tot[key])}千円")), 9)
    p2 = c.add_paragraph()
    rt = rate(tot["c"], tot["a"])
    set_font(p2.add_run("・収納率：" + g.fact(pg, None, "主要７債権", y, "令和４（2022）年度", "total", "collection_rate", "actual",
                                            rt, "percent", f"{rt:.2f}％")), 9)
    para(doc, "（２）主要債権の収納率の推移", size=10.5, before=8)
    para(doc, "主要７債権の現年度分及び滞納繰越分の収納率の推移は、次ページのとおりである。滞納繰越分の収納率は"
              "全ての債権で上昇しているが、国民健康保険税と市営住宅使用料は他の債権に比べて低い水準にある。",
         size=10.5, indent_mm=7, first_mm=3.7)


def wide(doc, pg=4):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = sec.bottom_margin = Mm(16)
    para(doc, "表２　主要債権の収納率の推移（平成30（2018）年度～令和4（2022）年度）（単位：％）", size=10, gothic=True, after=3)
    t = table(doc, 2 + len(DEBTS), 1 + 2 * len(YEARS), [40] + [22.5] * 10)
    cell_text(t.rows[0].cells[0], "債権名", fill=HEAD)
    t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(t.cell(0, 0), "債権名", fill=HEAD)
    west = {2018: "2018", 2019: "2019", 2020: "2020", 2021: "2021", 2022: "2022"}
    for k, yy in enumerate(YEARS):
        a = t.cell(0, 1 + 2 * k)
        a.merge(t.cell(0, 2 + 2 * k))
        cell_text(t.cell(0, 1 + 2 * k), f"{YR[yy]}（{west[yy]}）", fill=HEAD, size=8.5)
        cell_text(t.cell(1, 1 + 2 * k), "現年度分", fill=HEAD, size=8)
        cell_text(t.cell(1, 2 + 2 * k), "滞納繰越分", fill=HEAD, size=8)
    for i, d in enumerate(DEBTS):
        cell_text(t.cell(2 + i, 0), d, align="l", size=8.5)
        for k, yy in enumerate(YEARS):
            yr = f"{YR[yy]}（{west[yy]}）"
            for j, s in enumerate(("current", "arrears")):
                v = S[d][yy][s][4]
                cell_text(t.cell(2 + i, 1 + 2 * k + j), F(pg, d, yy, yr, s, "collection_rate", "actual", v, "percent", f"{v:.2f}"),
                          align="r", size=8.5, fill=("F2F2F2" if i % 2 else None))
    for row in t.rows:
        row.height = Mm(9)
    para(doc, "注）収納率＝収入済額÷調定額×100。平成30年度は第１次計画の基準年度。", size=8.5, before=3)
    para(doc, "注）保育料は、令和元年１０月からの幼児教育・保育の無償化により調定額が減少している。", size=8.5)


def targets(doc, pg=5):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    heading(doc, "３　計画の目標", before=0)
    para(doc, "（１）収納率の目標（令和９（2027）年度）", size=10.5)
    t = table(doc, 2 + len(DEBTS), 5, [50, 28, 28, 28, 28])
    t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(t.cell(0, 0), "債権名", fill=HEAD)
    t.cell(0, 1).merge(t.cell(0, 2))
    cell_text(t.cell(0, 1), "令和４（2022）年度決算", fill=HEAD)
    t.cell(0, 3).merge(t.cell(0, 4))
    cell_text(t.cell(0, 3), "令和９（2027）年度目標", fill="FCE4D6")
    for j, lab in enumerate(("現年度分", "滞納繰越分", "現年度分", "滞納繰越分")):
        cell_text(t.cell(1, 1 + j), lab, fill=HEAD if j < 2 else "FCE4D6", size=8)
    for i, d in enumerate(DEBTS):
        cell_text(t.cell(2 + i, 0), d, align="l")
        vals = [F(pg, d, 2022, "令和４（2022）年度", "current", "collection_rate", "actual", S[d][2022]["current"][4], "percent", f"{S[d][2022]['current'][4]:.2f}%"),
                F(pg, d, 2022, "令和４（2022）年度", "arrears", "collection_rate", "actual", S[d][2022]["arrears"][4], "percent", f"{S[d][2022]['arrears'][4]:.2f}%"),
                F(pg, d, 2027, "令和９（2027）年度", "current", "collection_rate", "target", T2[d][0], "percent", f"{T2[d][0]:.2f}%"),
                F(pg, d, 2027, "令和９（2027）年度", "arrears", "collection_rate", "target", T2[d][1], "percent", f"{T2[d][1]:.2f}%")]
        for j, v in enumerate(vals):
            cell_text(t.cell(2 + i, 1 + j), v, align="r")
    para(doc, "（２）収入未済額の年度別目標（単位：千円）", size=10.5, before=8)
    dd = list(OUT_T)
    t = table(doc, 2 + 4, 2 + len(dd), [40] + [30] * len(dd) + [30])
    cell_text(t.cell(0, 0), "年度", fill=HEAD)
    for j, d in enumerate(dd):
        cell_text(t.cell(0, 1 + j), d, fill=HEAD)
    cell_text(t.cell(0, 1 + len(dd)), "計", fill=SUMC)
    cell_text(t.cell(1, 0), "令和４（2022）年度\n決算", size=8)
    tot = 0
    for j, d in enumerate(dd):
        v = S[d][2022]["total"][3]
        tot += v
        cell_text(t.cell(1, 1 + j), F(pg, d, 2022, "令和４（2022）年度", "total", "outstanding", "actual", v * 1000, "yen", num(v)), align="r")
    cell_text(t.cell(1, 1 + len(dd)), g.fact(pg, None, "計", 2022, "令和４（2022）年度", "total", "outstanding", "actual", tot * 1000, "yen", num(tot)),
              align="r", fill=SUMC)
    for i, yy in enumerate((2024, 2025, 2026, 2027)):
        yr = f"令和{yy - 2018}（{yy}）年度"
        cell_text(t.cell(2 + i, 0), yr + "\n目標", size=8)
        tot = 0
        for j, d in enumerate(dd):
            v = OUT_T[d][yy]
            tot += v
            cell_text(t.cell(2 + i, 1 + j), F(pg, d, yy, yr, "total", "outstanding", "target", v * 1000, "yen", num(v)), align="r")
        cell_text(t.cell(2 + i, 1 + len(dd)), g.fact(pg, None, "計", yy, yr, "total", "outstanding", "target", tot * 1000, "yen", num(tot)),
                  align="r", fill=SUMC)
    para(doc, "（３）第１次計画の目標と実績（現年度分の収納率、令和４年度）", size=10.5, before=8)
    t = table(doc, 1 + len(DEBTS), 5, [50, 30, 36, 24, 26])
    for j, h in enumerate(("債権名", "目標", "実績（前年度）", "達成率", "差")):
        cell_text(t.cell(0, j), h, fill=HEAD)
    for i, d in enumerate(DEBTS):
        tg = T1[d]
        ac = S[d][2022]["current"][4]
        pv = S[d][2021]["current"][4]
        df = rdiff(ac, tg)
        cell_text(t.cell(1 + i, 0), d, align="l")
        cell_text(t.cell(1 + i, 1), F(pg, d, 2022, "令和４年度", "current", "collection_rate", "target", tg, "percent", f"{tg:.2f}"), align="r")
        cell_text(t.cell(1 + i, 2), F(pg, d, 2022, "令和４年度", "current", "collection_rate", "actual", ac, "percent", f"{ac:.2f}")
                  + "（" + F(pg, d, 2021, "前年度", "current", "collection_rate", "actual", pv, "percent", f"{pv:.2f}") + "）", align="r")
        cell_text(t.cell(1 + i, 3), f"{ac / tg * 100:.1f}", align="r")
        cell_text(t.cell(1 + i, 4), F(pg, d, 2022, "令和４年度", "current", "difference", "actual", df, "points", tri(df, "△", 2)), align="r")
    para(doc, "※ 単位は％（達成率＝実績÷目標×100）。差は実績－目標（ポイント）で、△は目標を下回ったもの。（　）内は令和３年度の実績。", size=8.5, before=2)


def allwide(doc, pg=6):
    """Two-column section with prose figures in both columns and 取組 items (tags alone on a line)."""
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    columns(sec, 2)
    heading(doc, "４　全庁的な取組", before=0)
    sect = "全庁的な取組"
    kk = S["国民健康保険税"][2022]
    kk_arr_out = kk["arrears"][3]
    man = round(kk_arr_out / 10 / 100) * 100
    raw_k = zen(f"{man // 10000}億{man % 10000:,}万円") if man >= 10000 else zen(f"{man:,}万円")
    wo = sum(S[d][2022]["total"][2] for d in DEBTS)
    wo_prev = sum(S[d][2021]["total"][2] for d in DEBTS)
    wo_m = round(wo / 1000, 1)
    wo_pm = round(wo_prev / 1000, 1)
    para(doc, "（１）現状の認識", size=10.5, gothic=True)
    p = para(doc, "", indent_mm=0, first_mm=3.7)
    set_font(p.add_run(
        "国民健康保険税の滞納繰越分の収入未済額は、令和４年度末で約"
        + F(pg, "国民健康保険税", 2022, "令和４年度末", "arrears", "outstanding", "actual", man * 10000, "yen", raw_k, approx=True)
        + "と、主要債権の中で市税に次いで大きい。また、令和４年度の主要７債権の不納欠損額は"
        + g.fact(pg, None, "主要７債権", 2022, "令和４年度", "total", "written_off", "actual", int(round(wo_m * 1e6)), "yen", zen(f"{wo_m:,.1f}") + "百万円")
        + "で、前年度の"
        + g.fact(pg, None, "主要７債権", 2021, "前年度", "total", "written_off", "actual", int(round(wo_pm * 1e6)), "yen", zen(f"{wo_pm:,.1f}") + "百万円")
        + "から減少した。時効による欠損を減らすため、滞納の早期把握と計画的な整理が必要である。"), 10.5)
    para(doc, "（２）取組の内容", size=10.5, gothic=True, before=4)
    items = [
        ("ア", "債権管理推進会議において、各債権の目標と進捗を四半期ごとに確認する。", "継続"),
        ("イ", "債権所管課の職員を対象に、滞納処分と債権放棄の実務研修を年２回実施する。", "拡充"),
        ("ウ", "市税と他の強制徴収公債権の滞納者情報を、税務課が一元的に把握する仕組みを整える。", "新規"),
        ("エ", "キャッシュレス決済の対象を使用料・負担金にも広げ、納付機会を拡大する。", "拡充"),
        ("オ", "私債権の長期滞納案件について、弁護士への回収委託を全庁で活用する。", "継続"),
    ]
    for lab, text, st in items:
        g.init(pg, None, None, 2024, sect, lab, text, st)
        para(doc, f"{lab}　{text}", size=10.5, indent_mm=4, first_mm=-4, after=0)
        para(doc, f"【{st}】", size=10.5, align="r", after=3)
    ct = S["市税"][2022]["arrears"][4]
    ctp = S["市税"][2021]["arrears"][4]
    d2 = rdiff(ct, ctp)
    doc.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
    para(doc, "（３）期待される効果", size=10.5, gothic=True, before=0)
    p = para(doc, "", first_mm=3.7)
    set_font(p.add_run(
        "第１次計画の期間中、市税の滞納繰越分の収納率は令和４年度に"
        + F(pg, "市税", 2022, "令和４年度", "arrears", "collection_rate", "actual", ct, "percent", zen(f"{ct:.2f}") + "％")
        + "まで上昇し、前年度比で"
        + F(pg, "市税", 2022, "令和４年度", "arrears", "difference", "actual", d2, "points", zen(f"{d2:.2f}") + "ポイント")
        + "改善した。これらの取組を全庁に広げることで、税外債権の収納率も同様に改善することが期待される。"), 10.5)
    para(doc, "（４）進行管理", size=10.5, gothic=True, before=4)
    p = para(doc, "", first_mm=3.7)
    set_font(p.add_run(
        "計画の初年度である令和６年度は、市税の現年度分の収納率を"
        + F(pg, "市税", 2024, "令和６年度", "current", "collection_rate", "target", 99.08, "percent", "９９．０８％")
        + "、国民健康保険税の現年度分の収納率を"
        + F(pg, "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "target", 93.70, "percent", "９３．７０％")
        + "とすることを当面の目標とする。各債権所管課は、毎年度の決算確定後に目標の達成状況を検証し、"
          "翌年度の取組に反映させる。"), 10.5)
    p = para(doc, "", first_mm=3.7)
    set_font(p.add_run(
        "また、債権管理推進会議は、１０月末と２月末の収納状況を確認し、目標の達成が見込めない債権については、"
        "所管課に対して取組の見直しを求めるものとする。"), 10.5)


def per_debt(doc, pg7=7, pg8=8):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    columns(sec, 1)
    heading(doc, "５　債権ごとの取組み", before=0, size=12.5)
    for idx, (d, dept, pg) in enumerate((("市税", "税務課", pg7), ("国民健康保険税", "保険年金課", pg7),
                                         ("介護保険料", "介護保険課", pg8), ("市営住宅使用料", "建築住宅課", pg8))):
        if idx == 2:
            page_break(doc)
        heading(doc, f"５－{idx + 1}　債権ごとの取組み（{d}）", size=11, before=4 if idx % 2 else 0)
        para(doc, f"所管課：{dept}", size=9.5, align="r", after=2)
        # left: 令和4年度 in 円 ; right: outstanding trend in 千円 (units in the column headers), one row band
        lay = doc.add_table(rows=5, cols=8)
        no_borders(lay)
        lay.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_widths(lay, [20, 29, 29, 15, 3, 11, 20, 34])
        lay.cell(0, 0).merge(lay.cell(0, 3))
        cell_text(lay.cell(0, 0), "令和４年度決算", size=8.5, align="l")
        lay.cell(0, 5).merge(lay.cell(0, 7))
        cell_text(lay.cell(0, 5), "収入未済額の推移", size=8.5, align="l")
        for j, h in enumerate(("区分", "調定額（円）", "収入済額（円）", "収納率（％）")):
            cell_text(lay.cell(1, j), h, fill=HEAD, size=8)
            cell_border(lay.cell(1, j))
        tot_a = tot_c = 0
        for i, s_ in enumerate(("current", "arrears")):
            a, c, w, o, r = S[d][2022][s_]
            ay, cy = a * 1000 - 318 - 41 * i, c * 1000 - 207 - 13 * i
            tot_a += ay
            tot_c += cy
            ry = rate(cy, ay)
            row = 2 + i
            cell_text(lay.cell(row, 0), "現年度分" if s_ == "current" else "滞納繰越分", size=8)
            cell_text(lay.cell(row, 1), F(pg, d, 2022, "令和４年度", s_, "assessed", "actual", ay, "yen", num(ay)), align="r", size=8)
            cell_text(lay.cell(row, 2), F(pg, d, 2022, "令和４年度", s_, "collected", "actual", cy, "yen", num(cy)), align="r", size=8)
            cell_text(lay.cell(row, 3), F(pg, d, 2022, "令和４年度", s_, "collection_rate", "actual", ry, "percent", f"{ry:.2f}"), align="r", size=8)
        ry = rate(tot_c, tot_a)
        cell_text(lay.cell(4, 0), "計", size=8, fill=SUMC)
        cell_text(lay.cell(4, 1), F(pg, d, 2022, "令和４年度", "total", "assessed", "actual", tot_a, "yen", num(tot_a)), align="r", size=8, fill=SUMC)
        cell_text(lay.cell(4, 2), F(pg, d, 2022, "令和４年度", "total", "collected", "actual", tot_c, "yen", num(tot_c)), align="r", size=8, fill=SUMC)
        cell_text(lay.cell(4, 3), F(pg, d, 2022, "令和４年度", "total", "collection_rate", "actual", ry, "percent", f"{ry:.2f}"), align="r", size=8, fill=SUMC)
        for rr in (2, 3, 4):
            for j in range(4):
                cell_border(lay.cell(rr, j))
        for j, h in enumerate(("年度", "収入未済額（千円）", "備考")):
            cell_text(lay.cell(1, 5 + j), h, fill=HEAD, size=8)
            cell_border(lay.cell(1, 5 + j))
        for i, yy in enumerate((2020, 2021, 2022)):
            yr = {2020: "R2", 2021: "R3", 2022: "R4"}[yy]
            o = S[d][yy]["total"][3]
            cell_text(lay.cell(2 + i, 5), yr, size=8)
            cell_text(lay.cell(2 + i, 6), F(pg, d, yy, yr, "total", "outstanding", "actual", o * 1000, "yen", num(o)), align="r", size=8)
            if yy == 2022:
                wo = S[d][yy]["total"][2]
                cell_text(lay.cell(2 + i, 7), "不納欠損 " + F(pg, d, yy, yr, "total", "written_off", "actual", wo * 1000, "yen", f"{num(wo)}千円"),
                          size=7, align="l")
            for j in range(3):
                cell_border(lay.cell(2 + i, 5 + j))
        # items under plain titles; some tags alone on a line
        secname = f"債権ごとの取組み（{d}）"
        for title, items in ITEMS[d]:
            para(doc, f"■{title}", size=10, gothic=True, before=6, after=1)
            for lab, text, st, alone in items:
                g.init(pg, CANON[d], d, 2024, title, lab, text, st)
                if alone:
                    para(doc, f"{lab}　{text}", size=10, indent_mm=5, first_mm=-5, after=0)
                    para(doc, f"【{st}】", size=10, indent_mm=5, after=1)
                else:
                    para(doc, f"{lab}　{text}【{st}】", size=10, indent_mm=5, first_mm=-5, after=1)
        if d == "市営住宅使用料":
            o = S[d][2022]
            box = doc.add_table(rows=1, cols=1)
            borders(box, sz=8)
            box.alignment = WD_TABLE_ALIGNMENT.CENTER
            c = box.cell(0, 0)
            cell_text(c, "【参考】市営住宅使用料の滞納の内訳（令和４年度末）", size=9, align="l", gothic=True)
            for lab, val in (("入居者分の収入未済額", round(o["total"][3] * 0.38)),
                             ("退去者分の収入未済額", o["total"][3] - round(o["total"][3] * 0.38))):
                p = c.add_paragraph()
                set_font(p.add_run(f"・{lab}：{num(val)}千円"), 9)
                p.paragraph_format.space_after = Pt(0)
            p = c.add_paragraph()
            set_font(p.add_run("・滞納繰越分の収入未済額：" + F(pg, d, 2022, "令和４年度末", "arrears", "outstanding", "actual", o["arrears"][3] * 1000, "yen", f"{num(o['arrears'][3])}千円")), 9)


ITEMS = {
    "市税": [("滞納の未然防止", [("①", "納税通知書に口座振替とスマートフォン決済の案内を同封し、納期内納付を促す。", "継続", False),
                            ("②", "新たに納税義務者となった若年層に、納付方法の案内を個別に送付する。", "新規", True)]),
             ("滞納整理の強化", [("①", "財産調査を滞納発生後３か月以内に行い、差押えを速やかに執行する。", "拡充", False)])],
    "国民健康保険税": [("滞納の未然防止", [("①", "資格取得の届出時に口座振替の手続を窓口で完了させる。", "継続", False)]),
                ("滞納整理の強化", [("①", "納付相談に応じない世帯には財産調査を行い、滞納処分を進める。", "継続", True),
                             ("②", "生活困窮世帯は福祉部門と連携し、執行停止を適正に判断する。", "新規", False)])],
    "介護保険料": [("滞納の未然防止", [("①", "普通徴収の被保険者に口座振替を勧奨する。", "継続", False)]),
              ("滞納整理の強化", [("①", "滞納期間が１年を超える前に、給付制限の予告と納付相談を行う。", "拡充", True)])],
    "市営住宅使用料": [("滞納の未然防止", [("①", "入居時に口座振替の利用を原則とし、振替不能の翌月に催告する。", "継続", False)]),
                ("滞納整理の強化", [("①", "滞納６か月以上の入居者に明渡請求の予告を行う。", "継続", False),
                             ("②", "退去者の滞納分は弁護士への回収委託を行う。", "拡充", True)])],
}


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = MINCHO
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
    s0 = doc.sections[0]
    s0.page_width, s0.page_height = Mm(210), Mm(297)
    s0.left_margin = s0.right_margin = Mm(22)
    s0.top_margin = s0.bottom_margin = Mm(20)
    s0.different_first_page_header_footer = True
    page_number_footer(s0)
    s0.footer.is_linked_to_previous = False
    cover(doc)
    toc_and_intro(doc)
    status(doc)
    wide(doc)
    targets(doc)
    allwide(doc)
    per_debt(doc)
    src = WORK / f"{STEM}.docx"
    doc.save(src)
    prof = WORK / "lo_profile"
    outdir = WORK / "lo_out"
    outdir.mkdir(exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(src)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(outdir / f"{STEM}.pdf", PDF_DIR / f"{STEM}.pdf")
    document = {"kind": "plan", "family": "plan", "municipality": CITY, "title": TITLE,
                "date": "2024-03-01", "date_raw": "令和６年３月"}
    write_gold(STEM, document, g)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
