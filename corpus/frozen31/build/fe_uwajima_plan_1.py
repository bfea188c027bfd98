#!/usr/bin/env python3
"""宇和島市債権回収・整理計画（令和７年度～令和９年度） — python-docx → LibreOffice.  Run from corpus/frozen31."""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fe_common import Gold, PDF_DIR, WORK, comma, era, oku_man, page_count, rate, soffice_pdf, zen  # noqa: E402

STEM = "fe_uwajima_plan_1"
CITY = "宇和島市"
TITLE = "宇和島市債権回収・整理計画"
YEARS = list(range(2017, 2024))      # H29 .. R5
TY = [2025, 2026, 2027]

# ------------------------------------------------------------------ data (千円)
SPEC = [  # name, 所管, 現年調定2017, growth, 現年率 2017..2023, 滞繰率 2017..2023, 不納欠損 2017..2023
    ("市税", "税務課", 8124600, 0.004, [97.42, 97.61, 97.80, 97.35, 98.02, 98.21, 98.36],
     [17.85, 18.62, 19.48, 16.90, 21.35, 22.84, 24.12], [48200, 41500, 36800, 30200, 28600, 25400, 22800]),
    ("国民健康保険税", "保険健康課", 2386400, -0.022, [92.15, 92.68, 93.20, 92.74, 93.86, 94.31, 94.72],
     [15.26, 16.10, 17.02, 15.88, 18.64, 19.75, 20.86], [42600, 38100, 33900, 29800, 27400, 24600, 21800]),
    ("介護保険料", "高齢者福祉課", 1796200, 0.010, [98.46, 98.55, 98.63, 98.58, 98.74, 98.83, 98.91],
     [12.40, 13.15, 13.96, 13.02, 14.88, 15.62, 16.35], [8200, 7600, 7100, 6800, 6200, 5800, 5400]),
    ("後期高齢者医療保険料", "保険健康課", 842600, 0.018, [99.21, 99.28, 99.35, 99.30, 99.42, 99.47, 99.52],
     [30.15, 31.84, 33.02, 31.26, 35.40, 36.92, 38.05], [980, 900, 850, 800, 720, 650, 600]),
    ("市営住宅使用料", "建築住宅課", 412800, -0.012, [95.36, 95.62, 95.90, 95.48, 96.14, 96.38, 96.60],
     [8.42, 8.96, 9.54, 8.80, 10.26, 10.94, 11.62], [6400, 5800, 5200, 4700, 7300, 4200, 3900]),
    ("水道料金", "水道局", 1986500, -0.008, [98.52, 98.60, 98.68, 98.55, 98.76, 98.82, 98.90],
     [52.40, 53.36, 54.28, 51.92, 55.84, 56.72, 57.60], [3800, 3500, 3200, 3000, 2800, 2600, 2400]),
]
TARGETS = {  # (現年, 滞繰) for R7, R8, R9
    "市税": [(98.45, 25.00), (98.55, 26.00), (98.65, 27.00)],
    "国民健康保険税": [(95.00, 21.50), (95.30, 22.50), (95.60, 23.50)],
    "介護保険料": [(98.95, 17.00), (99.00, 17.50), (99.05, 18.00)],
    "後期高齢者医療保険料": [(99.55, 39.00), (99.58, 40.00), (99.60, 41.00)],
    "市営住宅使用料": [(96.80, 12.00), (97.00, 12.50), (97.20, 13.00)],
    "水道料金": [(98.92, 58.00), (98.95, 58.50), (98.98, 59.00)],
}
# 地域別（令和５年度 市税：円、国保税：千円）: 宇和島, 吉田, 三間, 津島 の構成比と収納率
AREAS = ["宇和島地域", "吉田地域", "三間地域", "津島地域"]
AREA_SHARE = [0.742, 0.118, 0.061, 0.079]
AREA_OFFSET_TAX = [0.35, -0.92, 0.58]        # 各地域の収納率の全体との差（最後の地域は残差）
AREA_OFFSET_KOKU = [0.42, -1.36, 0.95]


def series():
    data = {}
    for name, dept, cas0, g, crs, ars, wos in SPEC:
        rows = {}
        aas = round((cas0 * (1 - crs[0] / 100) - wos[0]) / (ars[0] / 100) * 1.10, -2)
        for i, y in enumerate(YEARS):
            cas = round(cas0 * (1 + g) ** i)
            ccol, acol = round(cas * crs[i] / 100), round(aas * ars[i] / 100)
            o_c, o_a = cas - ccol, aas - acol - wos[i]
            rows[y] = dict(cas=cas, ccol=ccol, cr=rate(ccol, cas), aas=aas, acol=acol, ar=rate(acol, aas),
                           tas=cas + aas, tcol=ccol + acol, tr=rate(ccol + acol, cas + aas), wo=wos[i],
                           out=o_c + o_a, out_a=o_a)
            aas = o_c + o_a
        data[name] = dict(dept=dept, rows=rows)
    return data


D = series()
NAMES = list(D)
TOT = {}
for y in YEARS:
    t = {k: sum(D[n]["rows"][y][k] for n in D) for k in ("cas", "ccol", "aas", "acol", "tas", "tcol", "wo", "out")}
    t["tr"] = rate(t["tcol"], t["tas"])
    TOT[y] = t
# 収入未済額の目標（百万円、小数１位）
OUT_T = {}
for n in NAMES:
    base = D[n]["rows"][2023]["out"]
    OUT_T[n] = [round(base * f / 1000, 1) for f in (0.94, 0.89, 0.84)]

# ------------------------------------------------------------------ docx helpers
MIN, GOT = "IPAex明朝", "IPAexゴシック"


def set_font(run, name=MIN, size=10.5):
    run.font.name = name
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)


def para(container, text="", size=10.5, font=MIN, align=None, indent=0.0, first=0.0, after=3, before=0,
         hanging=0.0):
    p = container.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size)
    f = p.paragraph_format
    f.space_after, f.space_before, f.line_spacing = Pt(after), Pt(before), 1.2
    if indent:
        f.left_indent = Cm(indent)
    if first:
        f.first_line_indent = Cm(first)
    if hanging:
        f.left_indent = Cm(indent + hanging)
        f.first_line_indent = Cm(-hanging)
    if align is not None:
        p.alignment = align
    return p


def shade(cell, fill):
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def ctext(cell, text, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, font=MIN, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, font, size)
        if i < len(lines) - 1:
            r.add_break()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def table(container, nrows, ncols, widths, row_h=0.62):
    t = container.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        row.height = Cm(row_h)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    return t


def no_borders(t):
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


HEAD = "DCE6F1"


def build():
    g = Gold(STEM, {"kind": "plan", "family": "plan", "municipality": CITY,
                    "title": TITLE + "（令和７年度～令和９年度）", "date": "2025-03-01", "date_raw": "令和７年３月"})
    F = g.fact
    doc = Document()
    s0 = doc.sections[0]
    s0.page_width, s0.page_height = Cm(21.0), Cm(29.7)
    s0.left_margin = s0.right_margin = Cm(2.2)
    s0.top_margin, s0.bottom_margin = Cm(2.0), Cm(1.8)

    # ================================================================ p1
    p = 1
    para(doc, TITLE, 16, GOT, WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(doc, "（令和７年度～令和９年度）", 12, GOT, WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(doc, "令和７年３月　宇和島市", 10.5, MIN, WD_ALIGN_PARAGRAPH.RIGHT, after=10)
    para(doc, "１　計画策定の目的", 11.5, GOT, after=2)
    para(doc, "本市は、平成29年度に宇和島市債権管理条例を施行し、市が保有する債権の管理を一元的に進めてきた。"
              "本計画は、条例第６条の規定に基づき、債権の回収と整理の目標を債権ごとに定め、その達成に向けた取組を"
              "明らかにすることで、市民負担の公平性の確保と健全な財政運営に資することを目的とする。",
         indent=0.4, first=0.37)
    para(doc, "２　計画期間", 11.5, GOT, after=2, before=4)
    para(doc, "令和７年度から令和９年度までの３年間とする。", indent=0.4, first=0.37)
    para(doc, "３　対象債権", 11.5, GOT, after=2, before=4)
    para(doc, "令和５年度決算において収入未済額が１千万円以上の次の６債権を対象とする。", indent=0.4, first=0.37)
    para(doc, "（１）強制徴収公債権　市税、国民健康保険税、介護保険料、後期高齢者医療保険料", indent=0.4, after=1)
    para(doc, "（２）私債権　市営住宅使用料、水道料金", indent=0.4)
    para(doc, "４　債権の現状", 11.5, GOT, after=2, before=4)
    o17t, o17v = oku_man(TOT[2017]["out"] * 1000, 10_000_000)
    o17t = f"{o17v / 1e8:.1f}億円"
    o20v = round(TOT[2020]["out"] * 1000, -7)
    o20t = f"{o20v / 1e8:.1f}億円"
    o23v = round(TOT[2023]["out"] * 1000, -7)
    o23t = f"{o23v / 1e8:.1f}億円"
    tax = D["市税"]["rows"]
    dtax = round(tax[2023]["cr"] - tax[2022]["cr"], 2)
    assert o17v > o20v > o23v and dtax > 0
    para(doc, "".join([
        "対象債権の収入未済額は、H29年度（2017年度）末の",
        F(p, "約" + o17t, o17v, fy=2017, fy_raw="H29年度（2017年度）", metric="outstanding", basis="actual", unit="yen",
          approx=True),
        "から減少を続けてきた。令和二年度は、新型コロナウイルス感染症の影響による徴収猶予の特例もあり収納率が一時的に"
        "低下したが、収入未済額は",
        F(p, "約" + o20t, o20v, fy=2020, fy_raw="令和二年度", metric="outstanding", basis="actual", unit="yen",
          approx=True),
        "にとどまり、令和５年度末には",
        F(p, "約" + o23t, o23v, fy=2023, fy_raw="令和５年度末", metric="outstanding", basis="actual", unit="yen",
          approx=True),
        "まで縮減した。"]), indent=0.4, first=0.37)
    para(doc, "".join([
        "市税の現年課税分の収納率は、令和５年度に",
        F(p, f"{tax[2023]['cr']:.2f}％", tax[2023]["cr"], debt="市税", fy=2023, fy_raw="令和５年度", segment="current",
          metric="collection_rate", basis="actual", unit="percent"),
        "となり、前年度比",
        F(p, f"{dtax:.2f}ポイント", dtax, debt="市税", fy=2023, segment="current", metric="difference", basis="actual",
          unit="points"),
        "の上昇となった。一方、国民健康保険税の滞納繰越分の収納率は",
        F(p, f"{D['国民健康保険税']['rows'][2023]['ar']:.2f}％", D["国民健康保険税"]["rows"][2023]["ar"],
          debt="国民健康保険税", fy=2023, segment="arrears", metric="collection_rate", basis="actual", unit="percent"),
        "と低い水準にあり、滞納の長期化を防ぐ取組が引き続き必要である。"]), indent=0.4, first=0.37)
    para(doc, "５　計画の基本方針", 11.5, GOT, after=2, before=4)
    for lab, t in (("（１）", "現年度分の確実な徴収による新たな滞納の抑制"),
                   ("（２）", "滞納処分及び法的措置の的確な実施による滞納繰越分の縮減"),
                   ("（３）", "回収の見込みのない債権の適正な整理（執行停止・債権放棄）")):
        para(doc, lab + t, indent=0.4, after=1)
    para(doc, "", after=4)
    fixed = 184_126
    para(doc, "※　市税の収入未済額のうち、固定資産税分は" + F(
        p, f"{comma(fixed)}千円", fixed * 1000, debt="固定資産税", debt_raw="固定資産税", fy=2023, fy_raw="令和５年度末",
        metric="outstanding", basis="actual", unit="yen") + "（令和５年度末）である。", 9, MIN, indent=0.4)

    # ================================================================ p2 (landscape): 表1 + 表2 side by side
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.4)
    p = 2
    para(doc, "６　主要債権の収納状況", 11.5, GOT, after=4)
    outer = doc.add_table(rows=1, cols=2)
    no_borders(outer)
    outer.autofit = False
    ow = [15.8, 10.7]
    for gc, w in zip(outer._tbl.tblGrid.findall(qn("w:gridCol")), ow):
        gc.set(qn("w:w"), str(int(w * 567)))
    left, right = outer.rows[0].cells
    left.width, right.width = Cm(ow[0]), Cm(ow[1])
    left.vertical_alignment = right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    # 表1: debts in columns
    lp = left.paragraphs[0]
    set_font(lp.add_run("表１　主要債権の収納状況（令和５年度決算）"), GOT, 10)
    para(left, "（単位：千円）", 8.5, MIN, WD_ALIGN_PARAGRAPH.RIGHT, after=1)
    short = {"国民健康保険税": "国民健康\n保険税", "後期高齢者医療保険料": "後期高齢者\n医療保険料", "市営住宅使用料": "市営住宅\n使用料",
             "介護保険料": "介護\n保険料"}
    cols = NAMES + ["計"]
    t1 = table(left, 6, 1 + len(cols), [2.2] + [1.85] * len(NAMES) + [2.3])
    ctext(t1.cell(0, 0), "区分", 8.5, WD_ALIGN_PARAGRAPH.CENTER, GOT, HEAD)
    for j, n in enumerate(cols, 1):
        ctext(t1.cell(0, j), short.get(n, n), 7.5, WD_ALIGN_PARAGRAPH.CENTER, GOT, HEAD)
    for i, (lab, key, met) in enumerate((("調定額", "tas", "assessed"), ("収入済額", "tcol", "collected"),
                                         ("不納欠損額", "wo", "written_off"), ("収入未済額", "out", "outstanding"),
                                         ("収納率（％）", "tr", "collection_rate")), 1):
        ctext(t1.cell(i, 0), lab, 8.5, WD_ALIGN_PARAGRAPH.LEFT, GOT, HEAD)
        for j, n in enumerate(cols, 1):
            r = TOT[2023] if n == "計" else D[n]["rows"][2023]
            kw = dict(debt=None if n == "計" else n, debt_raw=n, fy=2023, fy_raw="令和５年度決算", basis="actual",
                      segment="total")
            v = r[key]
            if met == "collection_rate":
                txt = F(p, f"{v:.2f}", v, metric=met, unit="percent", **kw)
            else:
                txt = F(p, comma(v), v * 1000, metric=met, unit="yen", **kw)
            ctext(t1.cell(i, j), txt, 8.5, fill="F2F2F2" if n == "計" else None)
    para(left, "※ 調定額等は現年度分と滞納繰越分の合計。水道料金は税抜。", 8, MIN, after=0)
    # 表2: metric in the top-left header cell, debts as rows, years as columns
    rp = right.paragraphs[0]
    set_font(rp.add_run("表２　収入未済額の推移"), GOT, 10)
    para(right, "", 8.5, after=1)
    yrs = [(2017, "平成29年度"), (2019, "令和元年度"), (2021, "3年度"), (2023, "5年度")]
    t2 = table(right, 2 + len(NAMES), 5, [2.7] + [2.0] * 4, row_h=0.55)
    ctext(t2.cell(0, 0), "収入未済額（千円）", 7.5, WD_ALIGN_PARAGRAPH.CENTER, GOT, HEAD)
    for j, (_, yl) in enumerate(yrs, 1):
        ctext(t2.cell(0, j), yl, 7.5, WD_ALIGN_PARAGRAPH.CENTER, GOT, HEAD)
    for i, n in enumerate(NAMES + ["合計"], 1):
        ctext(t2.cell(i, 0), n, 8, WD_ALIGN_PARAGRAPH.LEFT, GOT)
        for j, (y, yl) in enumerate(yrs, 1):
            v = TOT[y]["out"] if n == "合計" else D[n]["rows"][y]["out"]
            txt = F(p, comma(v), v * 1000, debt=None if n == "合計" else n, debt_raw=n, fy=y, fy_raw=yl,
                    metric="outstanding", basis="actual", unit="yen")
            ctext(t2.cell(i, j), txt, 8, fill="F2F2F2" if n == "合計" else None)
    para(right, "※ 各年度の出納整理期間経過後の額。", 8, MIN, after=0)

    # ================================================================ p3 (portrait): 地域別（円）＋国保（千円）
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    p = 3
    para(doc, "７　地域別の収納状況（令和５年度）", 11.5, GOT, after=4)
    para(doc, "合併前の旧市町の区域ごとに、本庁及び各支所で収納した市税と国民健康保険税の状況は次のとおりである。",
         indent=0.4, first=0.37, after=6)
    para(doc, "表３　地域別の市税収納状況（令和５年度）", 10, GOT, after=2)
    tr_ = D["市税"]["rows"][2023]
    # yen-level split of the 市税 figures (totals agree with 表１ in 千円, truncated)
    tot_as, tot_col, tot_wo = tr_["tas"] * 1000 + 4_321, tr_["tcol"] * 1000 + 2_785, tr_["wo"] * 1000 + 512

    def split(total, weights):
        parts = [round(total * w) for w in weights[:-1]]
        return parts + [total - sum(parts)]

    as_y = split(tot_as, AREA_SHARE)
    col_y = [round(a * (tr_["tr"] + o) / 100) for a, o in zip(as_y[:-1], AREA_OFFSET_TAX)]
    col_y.append(tot_col - sum(col_y))
    wo_y = split(tot_wo, [0.70, 0.13, 0.07, 0.10])
    box = table(doc, 1, 1, [16.2], row_h=0.5)   # the box around the table
    bc = box.cell(0, 0)
    t3 = table(bc, 2 + len(AREAS), 6, [2.5, 3.0, 3.0, 2.3, 2.8, 2.0], row_h=0.6)
    for j, h in enumerate(["地域", "調定額（円）", "収入済額（円）", "不納欠損額（円）", "収入未済額（円）", "収納率（％）"]):
        ctext(t3.cell(0, j), h, 8.5, WD_ALIGN_PARAGRAPH.CENTER, GOT, HEAD)
    rows3 = list(zip(AREAS, as_y, col_y, wo_y)) + [("計", sum(as_y), sum(col_y), sum(wo_y))]
    for i, (a, asv, colv, wov) in enumerate(rows3, 1):
        area = None if a == "計" else a
        kw = dict(debt="市税", fy=2023, fy_raw="令和５年度", basis="actual", area=area)
        outv = asv - colv - wov
        rt = rate(colv, asv)
        ctext(t3.cell(i, 0), a, 9, WD_ALIGN_PARAGRAPH.LEFT, GOT, "F2F2F2" if a == "計" else None)
        ctext(t3.cell(i, 1), F(p, comma(asv), asv, metric="assessed", unit="yen", **kw), 8.5)
        ctext(t3.cell(i, 2), F(p, comma(colv), colv, metric="collected", unit="yen", **kw), 8.5)
        ctext(t3.cell(i, 3), F(p, comma(wov), wov, metric="written_off", unit="yen", **kw), 8.5)
        ctext(t3.cell(i, 4), F(p, comma(outv), outv, metric="outstanding", unit="yen", **kw), 8.5)
        ctext(t3.cell(i, 5), F(p, f"{rt:.2f}", rt, metric="collection_rate", unit="percent", **kw), 8.5)
    assert rate(tot_col, tot_as) == tr_["tr"], (rate(tot_col, tot_as), tr_["tr"])
    for bp in bc.paragraphs:
        bp.paragraph_format.space_after = Pt(0)
        bp.paragraph_format.line_spacing = Pt(4)
    para(doc, "出典：税務課　収納管理システム（令和６年５月末集計。現年度分と滞納繰越分の合計）", 8.5,
         MIN, after=10, before=3)
    para(doc, "表４　地域別の国民健康保険税収納状況（令和５年度）", 10, GOT, after=2)
    k = D["国民健康保険税"]["rows"][2023]
    kas = [round(k["tas"] * s) for s in AREA_SHARE[:-1]]
    kas.append(k["tas"] - sum(kas))
    kcol = [round(a * (k["tr"] + o) / 100) for a, o in zip(kas[:-1], AREA_OFFSET_KOKU)]
    kcol.append(k["tcol"] - sum(kcol))
    t4 = table(doc, 2 + len(AREAS), 4, [3.2, 3.8, 3.8, 2.6], row_h=0.6)
    for j, h in enumerate(["地域", "調定額（千円）", "収入済額（千円）", "収納率（％）"]):
        ctext(t4.cell(0, j), h, 9, WD_ALIGN_PARAGRAPH.CENTER, GOT, HEAD)
    for i, (a, asv, colv) in enumerate(list(zip(AREAS, kas, kcol)) + [("計", sum(kas), sum(kcol))], 1):
        area = None if a == "計" else a
        kw = dict(debt="国民健康保険税", fy=2023, fy_raw="令和５年度", basis="actual", area=area)
        rt = rate(colv, asv)
        ctext(t4.cell(i, 0), a, 9, WD_ALIGN_PARAGRAPH.LEFT, GOT, "F2F2F2" if a == "計" else None)
        ctext(t4.cell(i, 1), F(p, comma(asv), asv * 1000, metric="assessed", unit="yen", **kw), 9)
        ctext(t4.cell(i, 2), F(p, comma(colv), colv * 1000, metric="collected", unit="yen", **kw), 9)
        ctext(t4.cell(i, 3), F(p, f"{rt:.2f}", rt, metric="collection_rate", unit="percent", **kw), 9)
    para(doc, "※ 地域の区分は、宇和島地域（本庁）、吉田地域（吉田支所）、三間地域（三間支所）、津島地域（津島支所）による。",
         8.5, MIN, after=2, before=3)
    page_break(doc)

    # ================================================================ p4 数値目標
    p = 4
    para(doc, "８　数値目標", 11.5, GOT, after=2)
    para(doc, "債権ごとに、計画期間の各年度の目標収納率及び収入未済額の目標を次のとおり定める。", indent=0.4,
         first=0.37, after=4)
    para(doc, "表５　目標収納率", 10, GOT, after=0)
    para(doc, "（単位：％）", 8.5, MIN, WD_ALIGN_PARAGRAPH.RIGHT, after=1)
    t5 = table(doc, 2 + len(NAMES), 10, [2.7] + [1.2] * 8 + [3.9], row_h=0.75)
    heads = [("債権名", 0, 0), ("R5実績", 1, 2), ("R7目標", 3, 4), ("R8目標", 5, 6), ("R9目標", 7, 8), ("備考", 9, 9)]
    for h, a, b in heads:
        c = t5.cell(0, a)
        if a != b:
            c = c.merge(t5.cell(0, b))
        ctext(c, h, 8.5, WD_ALIGN_PARAGRAPH.CENTER, GOT, HEAD)
    for j in range(1, 9):
        ctext(t5.cell(1, j), "現年" if j % 2 else "滞繰", 8.5, WD_ALIGN_PARAGRAPH.CENTER, GOT, HEAD)
    for j in (0, 9):
        m = t5.cell(0, j).merge(t5.cell(1, j))
        ctext(m, "債権名" if j == 0 else "備考", 8.5, WD_ALIGN_PARAGRAPH.CENTER, GOT, HEAD)
    for i, n in enumerate(NAMES, 2):
        r = D[n]["rows"][2023]
        ctext(t5.cell(i, 0), n, 8.5, WD_ALIGN_PARAGRAPH.LEFT, GOT)
        ka = dict(debt=n, fy=2023, fy_raw="R5実績", basis="actual", metric="collection_rate", unit="percent")
        ctext(t5.cell(i, 1), F(p, f"{r['cr']:.2f}", r["cr"], segment="current", **ka), 8.5)
        ctext(t5.cell(i, 2), F(p, f"{r['ar']:.2f}", r["ar"], segment="arrears", **ka), 8.5)
        for k_, (y, (c_, a_)) in enumerate(zip(TY, TARGETS[n])):
            kt = dict(debt=n, fy=y, fy_raw=f"R{y - 2018}目標", basis="target", metric="collection_rate", unit="percent")
            ctext(t5.cell(i, 3 + 2 * k_), F(p, f"{c_:.2f}", c_, segment="current", **kt), 8.5)
            ctext(t5.cell(i, 4 + 2 * k_), F(p, f"{a_:.2f}", a_, segment="arrears", **kt), 8.5)
        note = "R5末の滞納繰越分の収入未済額 " + F(p, f"{comma(r['out_a'])}千円", r["out_a"] * 1000, debt=n, fy=2023,
                                               fy_raw="R5末", segment="arrears", metric="outstanding",
                                               basis="actual", unit="yen")
        ctext(t5.cell(i, 9), note, 8, WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "", after=6)
    para(doc, "表６　収入未済額の目標", 10, GOT, after=0)
    para(doc, "（単位：百万円）", 8.5, MIN, WD_ALIGN_PARAGRAPH.RIGHT, after=1)
    t6 = table(doc, 2 + len(NAMES), 5, [4.2, 2.9, 2.9, 2.9, 2.9], row_h=0.6)
    for j, h in enumerate(["債権名", "令和５年度実績", "令和７年度目標", "令和８年度目標", "令和９年度目標"]):
        ctext(t6.cell(0, j), h, 8.5, WD_ALIGN_PARAGRAPH.CENTER, GOT, HEAD)
    tsum = [0.0, 0.0, 0.0, 0.0]
    for i, n in enumerate(NAMES + ["合計"], 1):
        ctext(t6.cell(i, 0), n, 8.5, WD_ALIGN_PARAGRAPH.LEFT, GOT, "F2F2F2" if n == "合計" else None)
        if n == "合計":
            vals = [round(x, 1) for x in tsum]
        else:
            vals = [round(D[n]["rows"][2023]["out"] / 1000, 1)] + OUT_T[n]
            tsum = [a + b for a, b in zip(tsum, vals)]
        for j, (y, v) in enumerate(zip([2023] + TY, vals), 1):
            kw = dict(debt=None if n == "合計" else n, debt_raw=n, fy=y, metric="outstanding", unit="yen",
                      basis="actual" if y == 2023 else "target", fy_raw=era(y, True) + ("実績" if y == 2023 else "目標"))
            ctext(t6.cell(i, j), F(p, f"{v:,.1f}", round(v * 1_000_000), **kw), 8.5,
                  fill="F2F2F2" if n == "合計" else None)
    para(doc, "※ 収入未済額の目標は、各年度末（出納整理期間経過後）の額。百万円未満を四捨五入しているため、合計と内訳が一致しない場合がある。",
         8, MIN, before=2)
    page_break(doc)

    # ================================================================ p5-p6 取組 (memo numbering)
    SEC = "債権ごとの取組"
    plan = [
        (5, "市税", [
            ("ア", "現年度分の徴収強化", [
                ("(ｱ)", "納期限後20日以内に督促状を発送し、督促後も納付のない方には翌月中に文書催告を行う。", "継続", "end"),
                ("(ｲ)", "ＳＭＳによる催告を導入し、若年層を中心とした初期滞納者への接触を早める。", "新規", "alone")]),
            ("イ", "滞納繰越分の整理", [
                ("(ｱ)", "愛媛地方税滞納整理機構への移管対象を拡大し、高額・困難案件の整理を進める。", "拡充", "end"),
                ("(ｲ)", "財産調査の結果、滞納処分をすることができる財産がない案件は、執行停止を的確に行う。", "継続", "end")]),
        ]),
        (5, "国民健康保険税", [
            ("ア", "納付機会の拡大", [
                ("(ｱ)", "スマートフォン決済アプリによる納付を周知し、口座振替の原則化とあわせて期限内納付を促す。", "拡充", "end")]),
            ("イ", "滞納処分の推進", [
                ("(ｱ)", "給与・年金・預貯金の調査を税務課と共同で行い、差押えを計画的に実施する。", "継続", "alone")]),
        ]),
        (5, "介護保険料", [
            ("ア", "普通徴収者への対応", [
                ("(ｱ)", "年金からの特別徴収が始まるまでの期間に口座振替を勧奨する。", "継続", "end"),
                ("(ｲ)", "時効の到来前に、給付制限の内容を記載した催告書を送付する。", "新規", "end")]),
        ]),
        (6, "市営住宅使用料", [
            ("ア", "法的措置の実施", [
                ("(ｱ)", "滞納６か月以上かつ納付の意思を示さない入居者には、明渡請求訴訟の手続を進める。", "継続", "end"),
                ("(ｲ)", "退去者の未納分は連帯保証人への請求と支払督促を組み合わせて回収する。", "拡充", "alone")]),
        ]),
    ]
    para(doc, "９　債権ごとの取組", 11.5, GOT, after=4)
    cur = 5
    for pg, n, groups in plan:
        if pg != cur:
            page_break(doc)
            cur = pg
        idx = NAMES.index(n) + 1
        para(doc, f"（{zen(str(idx))}）取組項目（{n}）", 10.5, GOT, indent=0.2, after=2, before=4)
        for glab, gtitle, items in groups:
            para(doc, f"{glab}　{gtitle}", 10.5, GOT, indent=0.7, after=1)
            for lab, t, st, mode in items:
                tag = f"【{st}】"
                pp = para(doc, "", 10.5, MIN, indent=1.2, hanging=0.75, after=2)
                set_font(pp.add_run(f"{lab}　{t}"), MIN, 10.5)
                if mode == "alone":
                    pp.add_run().add_break()
                set_font(pp.add_run(tag), MIN, 10.5)
                g.init(pg, t, debt=n, fy=2025, section=SEC, label=f"（{zen(str(idx))}）{glab}{lab}", status=st)
    # p6: items in a box (全庁共通), then 進行管理
    para(doc, "10　全庁共通の取組", 11.5, GOT, after=3, before=8)
    common = ["債権管理担当職員を対象に、滞納処分と法的措置の実務研修を年２回開催する。",
              "債権管理台帳の様式を統一し、時効の管理と履行延期の手続を確実に行う。",
              "回収の見込みのない私債権は、債権管理条例に基づき債権放棄の手続を行い、議会に報告する。"]
    bx = table(doc, 1, 1, [16.2], row_h=0.6)
    c = bx.cell(0, 0)
    c.text = ""
    first = True
    for t in common:
        pp = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        pp.paragraph_format.space_after = Pt(2)
        set_font(pp.add_run("・" + t), MIN, 10)
        g.init(6, t, debt=None, fy=2025, section="全庁共通の取組", label="・", status=None)
    para(doc, "11　計画の進行管理", 11.5, GOT, after=3, before=8)
    para(doc, "債権管理推進会議において、毎年度９月に前年度の実績を、２月に当該年度の中間の状況を確認し、"
              "目標の達成が難しい債権については取組の見直しを求める。計画の進捗状況は市ホームページで公表する。",
         indent=0.4, first=0.37)

    # footer page numbers for all sections
    for s in doc.sections:
        s.footer.is_linked_to_previous = True
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
    set_font(r, MIN, 9)

    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"{STEM}.docx"
    doc.save(src)
    pdf = soffice_pdf(src, WORK)
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    dest = PDF_DIR / f"{STEM}.pdf"
    dest.write_bytes(pdf.read_bytes())
    g.write(dest, page_count(dest))
    print(dest, page_count(dest), len(g.facts), "facts", len(g.initiatives), "initiatives")


if __name__ == "__main__":
    build()
