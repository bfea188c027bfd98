"""pi_kasama_plan_1: 第3次笠間市債権管理計画（令和7（2025）年度～令和9（2027）年度）.

Tool chain: python-docx (this script) -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/dev59:  python3 build/pi_kasama_plan_1.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from pi_common import Gold, comma, pct, rate, series, zen  # noqa: E402

STEM = "pi_kasama_plan_1"
WORK = Path("/tmp/pi_work") / STEM
WORK.mkdir(parents=True, exist_ok=True)
PDF = Path("pdf") / f"{STEM}.pdf"
G = Gold(STEM, "plan", "笠間市", "第3次笠間市債権管理計画（令和7（2025）年度～令和9（2027）年度）",
         "2025-03-01", "令和7年3月")
F = G.fact

YEARS = list(range(2017, 2028))
# name, account, dept, (cur, arr), cur rate path (2017..2027), arr rate path, write-off share, growth
DEBTS = [
    ("市税", "一般会計", "収納課", (9_610_000, 452_000),
     [98.62, 98.75, 98.86, 98.80, 98.97, 99.05, 99.12, 99.15, 99.20, 99.24, 99.28],
     [20.1, 21.0, 21.8, 21.2, 22.9, 23.6, 24.4, 25.0, 26.0, 27.0, 28.0], [7.2, 7.0, 6.9, 6.5, 6.6, 6.2, 6.0, 6.0, 5.8, 5.6, 5.5], 0.004),
    ("保育所保育料", "一般会計", "子ども福祉課", (212_000, 16_500),
     [98.41, 98.55, 98.62, 98.70, 98.78, 98.85, 98.91, 98.95, 99.00, 99.05, 99.10],
     [15.5, 16.0, 16.8, 17.1, 18.0, 18.6, 19.3, 19.8, 20.5, 21.0, 21.5], [5.0] * 11, -0.03),
    ("市営住宅使用料", "一般会計", "都市計画課", (96_500, 39_800),
     [96.40, 96.52, 96.60, 96.71, 96.83, 96.95, 97.04, 97.10, 97.20, 97.30, 97.40],
     [10.2, 10.6, 11.0, 11.3, 11.8, 12.1, 12.6, 13.0, 13.5, 14.0, 14.5], [4.0] * 11, -0.005),
    ("国民健康保険税", "国民健康保険特別会計", "保険年金課", (2_420_000, 905_000),
     [91.85, 92.30, 92.71, 93.05, 93.22, 93.48, 93.67, 93.80, 94.00, 94.20, 94.40],
     [17.8, 18.5, 19.2, 19.0, 19.9, 20.6, 21.3, 21.8, 22.5, 23.0, 23.5], [8.2, 8.0, 7.9, 7.6, 7.4, 7.2, 7.0, 7.0, 6.8, 6.6, 6.5], -0.018),
    ("介護保険料", "介護保険特別会計", "高齢福祉課", (1_640_000, 47_500),
     [98.70, 98.75, 98.81, 98.84, 98.90, 98.93, 98.97, 99.00, 99.05, 99.08, 99.10],
     [14.0, 14.6, 15.1, 15.5, 16.2, 16.8, 17.4, 17.8, 18.5, 19.0, 19.5], [11.0] * 11, 0.012),
    ("後期高齢者医療保険料", "後期高齢者医療特別会計", "保険年金課", (742_000, 9_800),
     [99.40, 99.42, 99.45, 99.47, 99.50, 99.51, 99.53, 99.54, 99.55, 99.56, 99.57],
     [33.0, 34.2, 35.0, 35.4, 36.1, 36.9, 37.5, 38.0, 38.5, 39.0, 39.5], [7.5] * 11, 0.02),
    ("下水道使用料", "下水道事業会計", "下水道課", (1_035_000, 54_000),
     [98.35, 98.40, 98.47, 98.52, 98.58, 98.61, 98.66, 98.70, 98.75, 98.80, 98.85],
     [27.1, 27.8, 28.5, 28.9, 29.6, 30.2, 30.9, 31.3, 32.0, 32.5, 33.0], [4.5] * 11, 0.003),
    ("下水道事業受益者負担金", "下水道事業会計", "下水道課", (13_200, 29_400),
     [86.50, 86.90, 87.20, 87.60, 87.95, 88.30, 88.64, 88.90, 89.20, 89.50, 89.80],
     [7.1, 7.4, 7.8, 8.0, 8.3, 8.7, 9.1, 9.4, 9.8, 10.2, 10.5], [3.0] * 11, -0.06),
]
DATA = {d[0]: series(d[3][0], d[3][1], d[4], d[5], d[6], d[7], YEARS, seed=300 + i) for i, d in enumerate(DEBTS)}
NAMES = [d[0] for d in DEBTS]
INFO = {d[0]: d for d in DEBTS}
K = 1000  # 千円 -> 円


def tot(y, k):
    return sum(DATA[n][y][k] for n in NAMES)


# ------------------------------------------------------------------ docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(2)
st.paragraph_format.line_spacing = 1.15
sec0 = doc.sections[0]
sec0.page_width, sec0.page_height = Mm(210), Mm(297)
for s in (sec0,):
    s.left_margin = s.right_margin = Mm(20)
    s.top_margin, s.bottom_margin = Mm(18), Mm(15)


def run_font(r, size=None, bold=False, gothic=False, color=None):
    r.font.size = Pt(size) if size else None
    r.bold = bold
    fn = "IPAexGothic" if gothic else "IPAexMincho"
    r.font.name = fn
    rpr = r._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), fn)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(text="", size=10, bold=False, gothic=False, align=None, left=0, first=0, after=2, before=0, keep=False):
    p = doc.add_paragraph()
    if text:
        run_font(p.add_run(text), size, bold, gothic)
    pf = p.paragraph_format
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf.left_indent = Mm(left)
    pf.first_line_indent = Mm(first)
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    if keep:
        pf.keep_with_next = True
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, hexc):
    tcPr = cell._element.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexc)
    tcPr.append(sh)


def borders(table, mode="all"):
    tblPr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        on = mode == "all" or (mode == "hrules" and edge in ("top", "bottom"))
        e.set(qn("w:val"), "single" if on else "nil")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_border(cell, **edges):
    tcPr = cell._element.get_or_add_tcPr()
    tb = OxmlElement("w:tcBorders")
    for edge, val in edges.items():
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "6")
        e.set(qn("w:color"), "000000")
        tb.append(e)
    tcPr.append(tb)


def put(cell, text, size=8.5, bold=False, align="r", gothic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        r = run_font(p.add_run(ln), size, bold, gothic)
        if i < len(lines) - 1:
            r.add_break()
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    return cell


def table(rows, cols, widths=None, mode="all"):
    t = doc.add_table(rows=rows, cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, mode)
    if widths:
        t.autofit = False
        grid = t._element.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 56.7)))
        tblW = t._element.tblPr.find(qn("w:tblW"))
        if tblW is None:
            tblW = OxmlElement("w:tblW")
            t._element.tblPr.append(tblW)
        tblW.set(qn("w:type"), "dxa")
        tblW.set(qn("w:w"), str(int(sum(widths) * 56.7)))
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        t._element.tblPr.append(lay)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Mm(w)
    return t


def heading(text, lvl=1):
    size = {1: 12.5, 2: 11, 3: 10.5}[lvl]
    return para(text, size=size, bold=True, gothic=True, before=6 if lvl == 1 else 3, after=3, keep=True)


ERA = {2017: "平成29年度", 2018: "平成30年度", 2019: "令和元年度", 2020: "令和2年度", 2021: "令和3年度",
       2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度", 2025: "令和7年度", 2026: "令和8年度", 2027: "令和9年度"}


def both(y):  # 令和5（2023）年度
    e = ERA[y]
    return e.replace("年度", f"（{y}）年度")


# ------------------------------------------------------------------ p1 cover
G.page = 1
for _ in range(7):
    para("")
para("第３次", 16, gothic=True, align="c")
para("笠間市債権管理計画", 26, bold=True, gothic=True, align="c", after=10)
para("令和７（2025）年度～令和９（2027）年度", 14, gothic=True, align="c")
for _ in range(14):
    para("")
para("令和７年３月", 14, align="c", after=4)
para("笠　間　市", 16, gothic=True, align="c")
page_break()

# ------------------------------------------------------------------ p2 目次
G.page = 2
para("目　　次", 14, bold=True, gothic=True, align="c", after=14)
TOC = [("１　計画策定の趣旨", 3), ("２　計画期間", 3), ("３　債権の現状", 3), ("　（１）収入未済額の推移", 3),
       ("　（２）主な債権の状況", 4), ("　（３）会計別・債権別の収納状況", 5), ("　（４）市税の地区別収納状況", 6),
       ("４　目標", 6), ("５　債権ごとの取組", 7)]
for txt, pg in TOC:
    p = para(txt, 11, after=6)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    run_font(p.add_run(f"\t{pg}"), 11)
page_break()

# ------------------------------------------------------------------ p3 趣旨 / 期間 / 現状(1)
G.page = 3
heading("１　計画策定の趣旨")
para("（１）これまでの経緯", 10, gothic=True, left=2)
para("本市では、平成29年度（2017年度）に「笠間市債権管理計画」を策定し、令和２年度からの第２次計画を経て、"
     "全庁的に収納率の向上と収入未済額の縮減に取り組んできました。", left=6, first=3.5)
para("（２）計画の目的", 10, gothic=True, left=2)
para("ア　市民負担の公平性の確保", left=6)
para("（ｱ）納期内に納付している市民との公平を確保するため、滞納には法令に基づき厳正に対処します。", left=10)
para("（ｲ）生活困窮等により納付が困難な方には、関係部署と連携して生活再建に向けた支援につなげます。", left=10)
para("イ　安定した財源の確保", left=6)
para("（ｱ）現年度分の徴収を徹底し、新たな滞納繰越の発生を抑制します。", left=10)
heading("２　計画期間")
para("令和７（2025）年度から令和９（2027）年度までの３年間とします。", left=4, first=3.5)
heading("３　債権の現状")
para("（１）収入未済額の推移", 10.5, gothic=True, left=2, keep=True)
o23, o22 = tot(2023, "out"), tot(2022, "out")


def oku_man(kyen):  # 千円 -> 約X億Y,YYY万円
    man_ = int(round(kyen / 10))
    oku, rest = divmod(man_, 10000)
    return (f"{oku}億" if oku else "") + f"{rest:,}万円", man_ * 10000


t_o, v_o = oku_man(o23)
t_d, v_d = oku_man(o22 - o23)
cr23 = rate(tot(2023, "cc"), tot(2023, "ca"))
cr22 = rate(tot(2022, "cc"), tot(2022, "ca"))
para("令和５（2023）年度決算における全債権の収入未済額は" +
     F(f"約{t_o}", None, None, 2023, "令和５（2023）年度", "total", "outstanding", "actual", v_o, "yen", approx=True) +
     "で、前年度から" +
     F(f"約{t_d}", None, None, 2023, "令和５（2023）年度", "total", "difference", "actual", -v_d, "yen", approx=True) +
     "減少しました。全債権の現年度分収納率は" +
     F(f"{pct(cr23)}％", None, None, 2023, "令和５（2023）年度", "current", "collection_rate", "actual", cr23, "percent") +
     "で、前年度比" +
     F(f"{pct(cr23 - cr22)}ポイント", None, None, 2023, "令和５（2023）年度", "current", "difference", "actual",
       round(cr23 - cr22, 2), "points") + "上昇しています。", left=4, first=3.5)
para("表１　全債権の収入状況の推移（単位：百万円、％）", 9.5, gothic=True, align="c", keep=True)
yrs = [2019, 2020, 2021, 2022, 2023]
ylab = {2019: "令和元年度", 2020: "２年度", 2021: "３年度", 2022: "４年度", 2023: "５年度"}
t1 = table(len(yrs) + 2, 8, [22, 20, 20, 18, 20, 14, 22, 16])
for i, h in enumerate(["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "収入未済額\n増減額", "増減率"]):
    put(t1.cell(0, i), h, 8.5, align="c")
    shade(t1.cell(0, i), "D9E2EC")
M = {"ta": "assessed", "tc": "collected", "wo": "written_off", "out": "outstanding"}


def mil(k):  # 千円 -> 百万円 one decimal
    return round(k / 1000, 1)


for r, y in enumerate(yrs, 1):
    put(t1.cell(r, 0), ylab[y], 8.5, align="c")
    for c, k in enumerate(["ta", "tc", "wo", "out"], 1):
        v = mil(tot(y, k))
        seg = "total"
        put(t1.cell(r, c), F(f"{v:,.1f}", None, None, y, ylab[y], seg, M[k], "actual", v * 1e6, "yen"))
    rr = rate(tot(y, "tc"), tot(y, "ta"))
    put(t1.cell(r, 5), F(pct(rr), None, None, y, ylab[y], "total", "collection_rate", "actual", rr, "percent"))
    dv = round(mil(tot(y, "out")) - mil(tot(y - 1, "out")), 1)
    dr = round(dv / mil(tot(y - 1, "out")) * 100, 1)
    put(t1.cell(r, 6), F(f"{'△' if dv < 0 else ''}{abs(dv):,.1f}", None, None, y, ylab[y], "total", "difference", "actual",
                         dv * 1e6, "yen"))
    put(t1.cell(r, 7), F(f"{'△' if dr < 0 else ''}{abs(dr):.1f}", None, None, y, ylab[y], "total", "change_rate", "actual",
                         dr, "percent"))
r = len(yrs) + 1
put(t1.cell(r, 0), "５年平均", 8.5, align="c")
shade(t1.cell(r, 0), "EEEEEE")
for c, k in enumerate(["ta", "tc", "wo", "out"], 1):
    v = round(sum(mil(tot(y, k)) for y in yrs) / 5, 1)
    seg = "total"
    put(t1.cell(r, c), F(f"{v:,.1f}", None, "５年平均", 2023, "５年平均", seg, M[k] + "_5yr_average", "actual", v * 1e6, "yen"))
    shade(t1.cell(r, c), "EEEEEE")
av = round(sum(rate(tot(y, "tc"), tot(y, "ta")) for y in yrs) / 5, 2)
put(t1.cell(r, 5), F(pct(av), None, "５年平均", 2023, "５年平均", "total", "collection_rate_5yr_average", "actual", av, "percent"))
for c in (5, 6, 7):
    shade(t1.cell(r, c), "EEEEEE")
put(t1.cell(r, 6), "－", align="c")
put(t1.cell(r, 7), "－", align="c")
para("※増減額・増減率は前年度との比較。平成30年度の収入未済額は" +
     F(f"{mil(tot(2018, 'out')):,.1f}百万円", None, None, 2018, "平成30年度", "total", "outstanding", "actual",
       mil(tot(2018, 'out')) * 1e6, "yen") + "。", 8.5, left=4, before=2)
page_break()

# ------------------------------------------------------------------ p4 two-column 主な債権の状況
G.page = 4
new = doc.add_section(WD_SECTION.CONTINUOUS)
heading("（２）主な債権の状況", 2)
new2 = doc.add_section(WD_SECTION.CONTINUOUS)
cols = new2._sectPr.xpath("./w:cols")
c_el = cols[0] if cols else OxmlElement("w:cols")
c_el.set(qn("w:num"), "2")
c_el.set(qn("w:space"), "567")
if not cols:
    new2._sectPr.append(c_el)
PROSE = ["市税", "国民健康保険税", "介護保険料", "下水道使用料", "保育所保育料", "市営住宅使用料"]
LEAD = {"市税": "ア　市税", "国民健康保険税": "イ　国民健康保険税", "介護保険料": "ウ　介護保険料",
        "下水道使用料": "エ　下水道使用料", "保育所保育料": "オ　保育所保育料", "市営住宅使用料": "カ　市営住宅使用料"}
TAIL = {"市税": "個人住民税の普通徴収分と固定資産税の滞納が中心で、滞納者の高齢化も進んでいます。",
        "国民健康保険税": "被保険者の減少により調定額は減少傾向にありますが、滞納繰越分の残高が依然として大きく、全債権の収入未済額の過半を占めています。",
        "介護保険料": "普通徴収の被保険者に滞納が集中しており、給付制限の周知が課題です。",
        "下水道使用料": "上下水道料金の一括請求により、現年度分は高い収納率を維持しています。",
        "保育所保育料": "卒園後の滞納者への接触が難しく、滞納繰越分の回収が進みにくい状況です。",
        "市営住宅使用料": "長期滞納者に対しては連帯保証人への請求と法的措置を並行して進めています。"}
for nm in PROSE:
    d = DATA[nm]
    para(LEAD[nm], 10, gothic=True, after=1, keep=True)
    a, b = d[2023], d[2022]
    to, tv = oku_man(a["out"])
    dd = a["out"] - b["out"]
    dt, dv = oku_man(abs(dd))
    para("令和５年度の収納率は現年度分" +
         F(f"{pct(a['cr'])}％", nm, nm, 2023, "令和５年度", "current", "collection_rate", "actual", a["cr"], "percent") +
         "、滞納繰越分" +
         F(f"{pct(a['ar'])}％", nm, nm, 2023, "令和５年度", "arrears", "collection_rate", "actual", a["ar"], "percent") +
         "で、前年度と比べ現年度分は" +
         F(f"{abs(a['cr'] - b['cr']):.2f}ポイント", nm, nm, 2023, "令和５年度", "current", "difference", "actual",
           round(a["cr"] - b["cr"], 2), "points") + ("上昇" if a["cr"] >= b["cr"] else "低下") +
         "しました。収入未済額は" +
         F(f"約{to}", nm, nm, 2023, "令和５年度", "total", "outstanding", "actual", tv, "yen", approx=True) +
         "で、前年度から" +
         F(f"約{dt}", nm, nm, 2023, "令和５年度", "total", "difference", "actual", dv if dd > 0 else -dv, "yen",
           approx=True) + ("増加" if dd > 0 else "減少") + "しています。" + TAIL[nm], 9.5, first=3.5, after=4)
# no-rule table: columns aligned by tab stops (Word memo style)
para("【参考】市税収納率の推移（単位：％）", 9.5, gothic=True, before=4, after=1, keep=True)
cols_y = [2017, 2019, 2021, 2023]
ylab2 = {2017: "H29", 2019: "R元", 2021: "R3", 2023: "R5"}


def tabline(cells, bold=False):
    p = para("", 9, after=0)
    for i, x in enumerate(cells):
        run_font(p.add_run(("\t" if i else "") + x), 9, bold)
    for j in range(1, len(cells)):
        p.paragraph_format.tab_stops.add_tab_stop(Mm(12 + j * 16), WD_TAB_ALIGNMENT.RIGHT)
    return p


tabline(["区分"] + [ylab2[y] for y in cols_y])
for lab, k, seg in (("現年", "cr", "current"), ("滞繰", "ar", "arrears"), ("合計", "tr", "total")):
    tabline([lab] + [F(pct(DATA["市税"][y][k]), "市税", "市税", y, ylab2[y], seg, "collection_rate", "actual",
                       DATA["市税"][y][k], "percent") for y in cols_y])

end2 = doc.add_section(WD_SECTION.CONTINUOUS)
for ce in end2._sectPr.xpath("./w:cols"):
    ce.set(qn("w:num"), "1")

# ------------------------------------------------------------------ p5 landscape 会計別・債権別
G.page = 5
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = Mm(297), Mm(210)
ls.left_margin = ls.right_margin = Mm(15)
ls.top_margin, ls.bottom_margin = Mm(15), Mm(12)
cs = ls._sectPr.xpath("./w:cols")
if cs:
    cs[0].set(qn("w:num"), "1")
heading("（３）会計別・債権別の収納状況", 2)
para("表２　会計別・債権別の収納状況（令和５（2023）年度決算）　　　　　　　　　　　　　　　　　　　　　　　　　　　　（単位：千円、％）",
     9.5, gothic=True, keep=True)
ACCTS = ["一般会計", "国民健康保険特別会計", "介護保険特別会計", "後期高齢者医療特別会計", "下水道事業会計"]
nrows = 2 + len(NAMES) + 1
t3 = table(nrows, 13, [26, 30, 18, 21, 21, 13, 19, 18, 13, 17, 19, 12, 40])
hdr = ["会計", "債権名", "所管課", "現年度分", "", "", "滞納繰越分", "", "", "不納欠損額", "収入未済額", "", "備考"]
for i, h in enumerate(hdr):
    put(t3.cell(0, i), h, 8, align="c")
for i, h in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"], 3):
    put(t3.cell(1, i), h, 8, align="c")
put(t3.cell(1, 11), "収納率\n（計）", 7.5, align="c")
put(t3.cell(0, 11), "", 8)
for i in (0, 1, 2, 9, 10, 12):
    t3.cell(0, i).merge(t3.cell(1, i))
t3.cell(0, 3).merge(t3.cell(0, 5))
t3.cell(0, 6).merge(t3.cell(0, 8))
put(t3.cell(0, 11), "", 8)
for rr_ in (0, 1):
    for c in range(13):
        shade(t3.cell(rr_, c), "DCE6F0")
for i, h in enumerate(hdr):
    if h:
        put(t3.cell(0, i), h, 8, align="c")
put(t3.cell(0, 11), "", 8)
NOTE = {"市税": "aout", "国民健康保険税": "aout"}
row = 2
for acct in ACCTS:
    names = [n for n in NAMES if INFO[n][1] == acct]
    first = row
    for nm in names:
        d = DATA[nm][2023]
        put(t3.cell(row, 1), nm, 8, align="l")
        put(t3.cell(row, 2), INFO[nm][2], 8, align="l")
        vals = [("ca", "current", "assessed"), ("cc", "current", "collected"), ("cr", "current", "collection_rate"),
                ("aa", "arrears", "assessed"), ("ac", "arrears", "collected"), ("ar", "arrears", "collection_rate"),
                ("wo", "total", "written_off"), ("out", "total", "outstanding"), ("tr", "total", "collection_rate")]
        for c, (k, seg, met) in enumerate(vals, 3):
            if met == "collection_rate":
                put(t3.cell(row, c), F(pct(d[k]), nm, nm, 2023, "令和５（2023）年度", seg, met, "actual", d[k], "percent"), 8)
            else:
                put(t3.cell(row, c), F(comma(d[k]), nm, nm, 2023, "令和５（2023）年度", seg, met, "actual", d[k] * K, "yen"), 8)
        if nm in NOTE:
            put(t3.cell(row, 12), "収入未済額のうち滞納繰越分\n" +
                F(f"{d['aout']:,}千円", nm, nm, 2023, "令和５（2023）年度", "arrears", "outstanding", "actual",
                  d["aout"] * K, "yen"), 7.5, align="l")
        elif nm == "下水道事業受益者負担金":
            put(t3.cell(row, 12), "分納誓約中 14件", 7.5, align="l")
        else:
            put(t3.cell(row, 12), "", 7.5)
        row += 1
    put(t3.cell(first, 0), acct, 8, align="l")
    if row - 1 > first:
        t3.cell(first, 0).merge(t3.cell(row - 1, 0))
        put(t3.cell(first, 0), acct, 8, align="l")
s = {k: tot(2023, k) for k in ("ca", "cc", "aa", "ac", "wo", "out", "ta", "tc")}
put(t3.cell(row, 0), "合計", 8, align="c", bold=True)
t3.cell(row, 0).merge(t3.cell(row, 2))
put(t3.cell(row, 0), "合計", 8, align="c", bold=True)
tv = [("ca", "current", "assessed"), ("cc", "current", "collected"), (("cc", "ca"), "current", "collection_rate"),
      ("aa", "arrears", "assessed"), ("ac", "arrears", "collected"), (("ac", "aa"), "arrears", "collection_rate"),
      ("wo", "total", "written_off"), ("out", "total", "outstanding"), (("tc", "ta"), "total", "collection_rate")]
for c, (k, seg, met) in enumerate(tv, 3):
    if met == "collection_rate":
        v = rate(s[k[0]], s[k[1]])
        put(t3.cell(row, c), F(pct(v), None, "合計", 2023, "令和５（2023）年度", seg, met, "actual", v, "percent"), 8, bold=True)
    else:
        put(t3.cell(row, c), F(comma(s[k]), None, "合計", 2023, "令和５（2023）年度", seg, met, "actual", s[k] * K, "yen"),
            8, bold=True)
put(t3.cell(row, 12), "", 8)
for c in range(13):
    shade(t3.cell(row, c), "F0F0F0")
para("注１　収納率＝収入済額÷調定額×100。収入未済額＝調定額－収入済額－不納欠損額。", 8, before=3)
para("注２　下水道事業会計は令和２年度から地方公営企業法を適用しているが、本表では他の会計と同様に年度区分で計上している。", 8)

# ------------------------------------------------------------------ p6 portrait: 地区別 + 目標
G.page = 6
pt = doc.add_section(WD_SECTION.NEW_PAGE)
pt.orientation = WD_ORIENT.PORTRAIT
pt.page_width, pt.page_height = Mm(210), Mm(297)
pt.left_margin = pt.right_margin = Mm(20)
pt.top_margin, pt.bottom_margin = Mm(18), Mm(15)
heading("（４）市税の地区別収納状況", 2)
para("表３　地区別の市税収納状況（令和５年度決算）", 9.5, gothic=True, align="c", keep=True)
ds = DATA["市税"][2023]
SHARE = [("笠間地区", 0.372, 0.9985, 1.03), ("友部地区", 0.463, 1.0012, 0.95)]
parts = []
acc = {k: 0 for k in ("ta", "tc", "wo")}
for nmx, sh, rf, wf in SHARE:
    ta = int(ds["ta"] * sh)
    tc = int(ta * ds["tr"] / 100 * rf)
    wo = int(ds["wo"] * sh * wf)
    parts.append((nmx, ta, tc, wo))
    acc["ta"] += ta
    acc["tc"] += tc
    acc["wo"] += wo
parts.append(("岩間地区", ds["ta"] - acc["ta"], ds["tc"] - acc["tc"], ds["wo"] - acc["wo"]))
t4 = table(len(parts) + 2, 6, [26, 20, 28, 28, 24, 28])
for i, h in enumerate(["地区", "収納率（％）", "調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）"]):
    put(t4.cell(0, i), h, 8.5, align="c")
    shade(t4.cell(0, i), "D9E2EC")
for r_, (nmx, ta, tc, wo) in enumerate(parts, 1):
    area = nmx
    put(t4.cell(r_, 0), nmx, 8.5, align="c")
    rr = rate(tc, ta)
    put(t4.cell(r_, 1), F(pct(rr), "市税", "市税", 2023, "令和５年度", "total", "collection_rate", "actual", rr, "percent", area=area))
    put(t4.cell(r_, 2), F(comma(ta), "市税", "市税", 2023, "令和５年度", "total", "assessed", "actual", ta * K, "yen", area=area))
    put(t4.cell(r_, 3), F(comma(tc), "市税", "市税", 2023, "令和５年度", "total", "collected", "actual", tc * K, "yen", area=area))
    put(t4.cell(r_, 4), F(comma(wo), "市税", "市税", 2023, "令和５年度", "total", "written_off", "actual", wo * K, "yen", area=area))
    o = ta - tc - wo
    put(t4.cell(r_, 5), F(comma(o), "市税", "市税", 2023, "令和５年度", "total", "outstanding", "actual", o * K, "yen", area=area))
r_ = len(parts) + 1
put(t4.cell(r_, 0), "計", 8.5, align="c")
put(t4.cell(r_, 1), F(pct(ds["tr"]), "市税", "市税", 2023, "令和５年度", "total", "collection_rate", "actual", ds["tr"], "percent"))
for c, (k, met, seg) in enumerate((("ta", "assessed", "total"), ("tc", "collected", "total"), ("wo", "written_off", "total"),
                                    ("out", "outstanding", "total")), 2):
    put(t4.cell(r_, c), F(comma(ds[k]), "市税", "市税", 2023, "令和５年度", seg, met, "actual", ds[k] * K, "yen"))
para("※地区は合併前の旧市町の区域による。", 8, left=4, before=1)

heading("４　目標")
para("（１）現年度分収納率の目標", 10.5, gothic=True, left=2, keep=True)
para("表４　債権別の現年度分収納率の目標", 9.5, gothic=True, align="c", keep=True)
T_NAMES = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料", "下水道使用料"]
t6 = table(len(T_NAMES) + 2, 6, [48, 24, 24, 22, 22, 22], mode="hrules")
put(t6.cell(0, 0), "現年度分収納率（％）", 8.5, align="l", gothic=True)
t6.cell(0, 0).merge(t6.cell(1, 0))
put(t6.cell(0, 0), "現年度分収納率（％）", 8.5, align="l", gothic=True)
put(t6.cell(0, 1), "実績", 8.5, align="c")
put(t6.cell(0, 2), "見込", 8.5, align="c")
put(t6.cell(0, 3), "目標", 8.5, align="c")
t6.cell(0, 3).merge(t6.cell(0, 5))
put(t6.cell(0, 3), "目標", 8.5, align="c")
for c, y in enumerate([2023, 2024, 2025, 2026, 2027], 1):
    put(t6.cell(1, c), f"R{y - 2018}", 8.5, align="c")
    cell_border(t6.cell(1, c), bottom="single")
cell_border(t6.cell(0, 0), bottom="single")
B = {2023: "actual", 2024: "estimate", 2025: "target", 2026: "target", 2027: "target"}
for r_, nm in enumerate(T_NAMES, 2):
    put(t6.cell(r_, 0), nm, 8.5, align="l")
    for c, y in enumerate([2023, 2024, 2025, 2026, 2027], 1):
        v = DATA[nm][y]["cr"]
        put(t6.cell(r_, c), F(pct(v), nm, nm, y, f"R{y - 2018}", "current", "collection_rate", B[y], v, "percent"))
para("（２）収入未済額の目標", 10.5, gothic=True, left=2, before=6, keep=True)
para("表５　主な債権の収入未済額の目標（単位：千円）", 9.5, gothic=True, align="c", keep=True)
O_NAMES = ["市税", "国民健康保険税", "介護保険料", "下水道使用料"]
t7 = table(4, 5, [40, 30, 30, 30, 30])
put(t7.cell(0, 0), "年度", 8.5, align="c")
for c, nm in enumerate(O_NAMES, 1):
    put(t7.cell(0, c), nm, 8.5, align="c")
for c in range(5):
    shade(t7.cell(0, c), "D9E2EC")
for r_, y in enumerate([2027, 2026, 2025], 1):
    put(t7.cell(r_, 0), both(y), 8.5, align="c")
    for c, nm in enumerate(O_NAMES, 1):
        v = int(round(DATA[nm][y]["out"], -3))
        put(t7.cell(r_, c), F(comma(v), nm, nm, y, both(y), "total", "outstanding", "target", v * K, "yen"))
page_break()

# ------------------------------------------------------------------ p7 long-format table + 推進シート（市税）
G.page = 7
para("（３）滞納繰越分収納率の目標", 10.5, gothic=True, left=2, keep=True)
para("表６　債権別・年度別の滞納繰越分収納率の目標（単位：％）", 9.5, gothic=True, align="c", keep=True)
L_NAMES = ["市税", "国民健康保険税", "介護保険料", "下水道使用料"]
t8 = table(1 + 3 * len(L_NAMES), 4, [50, 30, 36, 36])
for i, h in enumerate(["債権名", "年度", "滞納繰越分収納率", "収納率（計）"]):
    put(t8.cell(0, i), h, 8.5, align="c")
    shade(t8.cell(0, i), "D9E2EC")
r_ = 1
for nm in L_NAMES:
    for y in (2025, 2026, 2027):
        put(t8.cell(r_, 0), nm, 8.5, align="l")
        put(t8.cell(r_, 1), f"{y}年度", 8.5, align="c")
        put(t8.cell(r_, 2), F(pct(DATA[nm][y]["ar"]), nm, nm, y, f"{y}年度", "arrears", "collection_rate", "target",
                              DATA[nm][y]["ar"], "percent"))
        put(t8.cell(r_, 3), F(pct(DATA[nm][y]["tr"]), nm, nm, y, f"{y}年度", "total", "collection_rate", "target",
                              DATA[nm][y]["tr"], "percent"))
        r_ += 1

heading("５　債権ごとの取組")
SEC = "債権ごとの取組"
para("（１）債権ごとの取組（市税）", 10.5, gothic=True, left=2, keep=True)
ts = table(2, 2, [34, 136])
put(ts.cell(0, 0), "現状と課題", 8.5, align="c")
shade(ts.cell(0, 0), "EEEEEE")
put(ts.cell(0, 1), "滞納繰越分の約半数を高額・困難事案が占め、処理に時間を要している。また、現年度分の未納者の早期把握が十分でない。", 8.5, align="l")
ITEMS_TAX = [("ア", "納期限後の早期催告を徹底し、SMSによる催告を全税目に広げる。", "拡充"),
             ("イ", "茨城租税債権管理機構への高額・困難事案の移管を計画的に行う。", "継続"),
             ("ウ", "インターネット公売及び捜索を活用し、換価を早期に進める。", "継続"),
             ("エ", "滞納者の生活状況を把握し、資力のない事案は執行停止を適正に判断する。", "新規")]
put(ts.cell(1, 0), "具体的な方策", 8.5, align="c")
shade(ts.cell(1, 0), "EEEEEE")
c = ts.cell(1, 1)
c.text = ""
p = c.paragraphs[0]
for i, (lab, txt, stt) in enumerate(ITEMS_TAX):
    if i:
        p = c.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    run_font(p.add_run(f"{lab}　{G.init('市税', 2025, SEC, lab, txt, stt)}"), 8.5)
    p2 = c.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p2.paragraph_format.space_after = Pt(1)
    run_font(p2.add_run(f"【{stt}】"), 8.5)
page_break()

# ------------------------------------------------------------------ p8 other debts
G.page = 8
OTHER = [
    ("（２）債権ごとの取組（国民健康保険税）", "国民健康保険税", [
        ("ア", "資格取得時に口座振替の申込みを勧奨し、口座振替率の向上を図る。", "継続"),
        ("イ", "市税と重複する滞納者は収納課で一元的に滞納整理を行う。", "継続"),
        ("ウ", "納付が困難な世帯には、減免制度や分割納付について丁寧に案内する。", None)]),
    ("（３）債権ごとの取組（介護保険料）", "介護保険料", [
        ("ア", "普通徴収の未納者に対し、給付制限の内容を記載した催告書を年２回送付する。", "拡充"),
        ("イ", "介護認定申請時に滞納の有無を確認し、納付相談につなげる。", "新規")]),
    ("（４）債権ごとの取組（保育所保育料）", "保育所保育料", [
        ("ア", "児童手当からの申出徴収を推進する。", "継続"),
        ("イ", "卒園児の保護者の滞納は、財産調査を行ったうえで滞納処分を実施する。", "継続")]),
    ("（５）債権ごとの取組（下水道使用料・下水道事業受益者負担金）", "下水道使用料", [
        ("ア", "給水停止と連動した催告を行い、長期滞納を防止する。", "継続"),
        ("イ", "受益者負担金の分納誓約者の履行状況を毎月確認し、不履行者には速やかに連絡する。", "拡充")]),
]
for head, nm, items in OTHER:
    para(head, 10.5, gothic=True, left=2, before=4, keep=True)
    for lab, txt, stt in items:
        G.init(nm, 2025, SEC, lab, txt, stt)
        para(f"{lab}　{txt}" + (f"【{stt}】" if stt else ""), 9.5, left=10, first=-5)
para("")
para("以上", 10, align="r")

# ------------------------------------------------------------------ build
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
PDF.parent.mkdir(exist_ok=True)
shutil.copy(WORK / f"{STEM}.pdf", PDF)
import pymupdf  # noqa: E402
n = pymupdf.open(PDF).page_count
G.write(PDF, Path("gold"), n)
print(STEM, "pages", n, "facts", len(G.facts), "initiatives", len(G.inits))
