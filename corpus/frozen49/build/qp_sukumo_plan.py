"""第2次宿毛市債権管理計画 (plan) — python-docx -> LibreOffice. Run from corpus/frozen49."""
import sys, os, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor
from qp_common import *

STEM = "qp_sukumo_plan_1"
TITLE = "第2次宿毛市債権管理計画"
g = Gold(STEM, "plan", "plan", "宿毛市", TITLE, "2025-03-01", "令和7年3月")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(2)
st.paragraph_format.space_before = Pt(0)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(18)


def font(run, size=None, bold=False, gothic=False):
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if gothic:
        run.font.name = "IPAexGothic"
        run._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    return run


def P(text="", size=None, bold=False, gothic=False, align=None, indent=None, first=None, after=None):
    p = doc.add_paragraph()
    if text:
        font(p.add_run(text), size, bold, gothic)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Mm(first)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def H(text, size=12):
    return P(text, size, True, True, after=4)


def shade(cell, color="D9E2F3"):
    tcPr = cell._element.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), color)
    tcPr.append(s)


def setc(cell, text, size=8.5, align="c", bold=False, gothic=False, bg=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    for i, ln in enumerate(str(text).split("\n")):
        if i:
            p = cell.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
        font(p.add_run(ln), size, bold, gothic)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if bg:
        shade(cell, bg)


def table(rows, cols, widths, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Mm(w)
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = Mm(w)
    return t


def hrules_only(t):
    """Only horizontal rules over and under the header row and under the table."""
    tblPr = t._element.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "bottom"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "8"); e.set(qn("w:color"), "000000")
        b.append(e)
    for edge in ("left", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)
    for cell in t.rows[0].cells:
        tcPr = cell._element.get_or_add_tcPr()
        tb = OxmlElement("w:tcBorders")
        e = OxmlElement("w:bottom")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6"); e.set(qn("w:color"), "000000")
        tb.append(e)
        tcPr.append(tb)


def page_break():
    doc.add_page_break()


def footer(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("- "), 9)
    r = fp.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), tag); r._element.append(f)
        else:
            it = OxmlElement("w:instrText"); it.text = txt; r._element.append(it)
    font(fp.add_run(" -"), 9)
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(hp.add_run("第2次宿毛市債権管理計画（令和7（2025）年度～令和9（2027）年度）"), 7.5)


footer(sec)
# ------------------------------------------------------------------ data (千円)
# name, abbrev, kind, dept, cur assessed, cur collected, arr assessed, arr collected, written off
D = [
    ("市税", "市税", "強制徴収公債権", "税務課", 2210450, 2196312, 98430, 24021, 5120),
    ("国民健康保険税", "国保税", "強制徴収公債権", "税務課", 598220, 570118, 102318, 17402, 8012),
    ("介護保険料", "介護料", "強制徴収公債権", "長寿政策課", 512340, 508911, 9870, 1802, 1420),
    ("後期高齢者医療保険料", "後期高齢", "強制徴収公債権", "市民課", 231560, 230792, 2410, 798, 102),
    ("保育料", "保育料", "強制徴収公債権", "子育て応援課", 38420, 37705, 7650, 1320, 310),
    ("生活保護費返還金", "生保返還金", "非強制徴収公債権", "福祉事務所", 12830, 8915, 31240, 1873, 1120),
    ("市営住宅使用料", "住宅使用料", "私債権", "都市建設課", 121830, 116402, 21310, 3105, 890),
    ("水道料金", "水道料金", "私債権", "上下水道課", 688120, 681003, 14230, 6610, 1505),
    ("学校給食費", "給食費", "私債権", "学校教育課", 62840, 62314, 3120, 640, 0),
]
FY = 2023
tot = dict(ca=sum(d[4] for d in D), cc=sum(d[5] for d in D), aa=sum(d[6] for d in D), ac=sum(d[7] for d in D),
           wo=sum(d[8] for d in D))
tot_a = tot["ca"] + tot["aa"]
tot_c = tot["cc"] + tot["ac"]
tot_o = tot_a - tot_c - tot["wo"]
# 全債権 R1..R4 (千円): assessed, collected, written off
hist = {2019: (4702130, 4331930, 19830), 2020: (4688450, 4339330, 17340), 2021: (4721980, 4391660, 15120),
        2022: (4748210, 4431180, 21030), 2023: (tot_a, tot_c, tot["wo"])}

# ------------------------------------------------------------------ p1 cover
for _ in range(6):
    P()
P(TITLE, 24, True, True, "c", after=10)
P("令和7（2025）年度～令和9（2027）年度", 13, False, True, "c", after=60)
P("目　次", 12, True, True, "c", after=6)
for t, pg in (("1　計画策定の趣旨", 2), ("2　債権の現状", 2), ("3　債権別の収納状況（令和5年度決算）", 3),
              ("4　計画の目標", 4), ("5　債権別推進シート", 5), ("　(1)　市税", 5), ("　(2)　国民健康保険税", 6),
              ("　(3)　保育料", 7)):
    p = P(indent=35)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(135), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run(f"{t}\t{pg}"), 10.5)
for _ in range(8):
    P()
P("令和7年3月", 12, False, True, "c")
P("宿　毛　市", 14, True, True, "c")
page_break()

# ------------------------------------------------------------------ p2 現状
PG = 2
H("1　計画策定の趣旨")
P("　本市では、平成29年度に宿毛市債権管理条例を制定し、令和4年度から令和6年度までの3か年を期間とする"
  "第1次計画に基づき、全庁で収納率の向上と収入未済額の縮減に取り組んできた。第1次計画の成果と課題を踏まえ、"
  "令和7（2025）年度から令和9（2027）年度までの3か年を期間とする第2次計画を定める。", first=0)
H("2　債権の現状")
o23, o22 = hist[2023][0] - hist[2023][1] - hist[2023][2], hist[2022][0] - hist[2022][1] - hist[2022][2]
r23, r22 = rate(hist[2023][1], hist[2023][0], 2), rate(hist[2022][1], hist[2022][0], 2)
apx_o = round(o23 / 100) * 100  # 10万円単位 -> 万円 representation
prose_o = oku_man(round(o23 * 1000, -6))
prose_d = oku_man(round((o22 - o23) * 1000, -5))
P(f"　令和5（2023）年度決算における全債権の収入未済額は約{prose_o}で、前年度から約{prose_d}減少した。"
  f"全債権の収納率は{fr(r23, 2)}％で、前年度比{fr(r23 - r22, 2)}ポイント上昇している。"
  "収入未済額の約5割は国民健康保険税と生活保護費返還金が占めており、これらの縮減が引き続き課題となる。")
g.f(PG, None, None, 2023, "令和5（2023）年度", "total", "outstanding", "actual", round(o23 * 1000, -6), "yen",
    f"約{prose_o}", approx=True)
g.f(PG, None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", -round((o22 - o23) * 1000, -5), "yen",
    f"約{prose_d}減少", approx=True)
g.f(PG, None, None, 2023, "令和5（2023）年度", "total", "collection_rate", "actual", r23, "percent", f"{fr(r23, 2)}％")
g.f(PG, None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", r2(r23 - r22), "points",
    f"{fr(r23 - r22, 2)}ポイント上昇")
P("表1　全債権の収入状況の推移", 10, True, True, after=2)
P("（単位：百万円、％）", 8.5, align="r", after=0)
cols = ["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "収入未済額\n増減額", "収入未済額\n増減率"]
t = table(1 + 5 + 1, len(cols), [34, 20, 20, 18, 20, 16, 20, 18], style=None)
hrules_only(t)
for i, h in enumerate(cols):
    setc(t.rows[0].cells[i], h, 8.5, bold=True, gothic=True)
prev = None
rates = []
for ri, yy in enumerate(range(2019, 2024)):
    a, col, w = hist[yy]
    o = a - col - w
    m = lambda v: r1(v / 1000)
    yr = f"令和{reiwa(yy)}（{yy}）年度"
    vals = [fr(m(a)), fr(m(col)), fr(m(w)), fr(m(o))]
    rt = rate(col, a, 2)
    rates.append(rt)
    row = t.rows[ri + 1].cells
    setc(row[0], yr, 8)
    for ci, (v, met) in enumerate(zip(vals, ("assessed", "collected", "written_off", "outstanding"))):
        setc(row[1 + ci], v, 8.5, "r")
        g.f(PG, None, None, yy, yr, "total", met, "actual", round(float(v) * 1e6), "yen", v)
    setc(row[5], fr(rt, 2), 8.5, "r")
    g.f(PG, None, None, yy, yr, "total", "collection_rate", "actual", rt, "percent", fr(rt, 2))
    if prev is None:
        setc(row[6], "－", 8.5, "r"); setc(row[7], "－", 8.5, "r")
    else:
        dd = r1(m(o) - m(prev))
        dr = r1((o - prev) / prev * 100)
        ds = ("△" if dd < 0 else "") + fr(abs(dd))
        drs = ("△" if dr < 0 else "") + fr(abs(dr))
        setc(row[6], ds, 8.5, "r"); setc(row[7], drs, 8.5, "r")
        g.f(PG, None, None, yy, yr, "total", "difference", "actual", round(dd * 1e6), "yen", ds)
        g.f(PG, None, None, yy, yr, "total", "change_rate", "actual", dr, "percent", drs)
    prev = o
row = t.rows[6].cells
setc(row[0], "5年平均", 8, bold=True)
avg = r2(sum(rates) / 5)
for ci in range(1, 8):
    setc(row[ci], "", 8.5)
setc(row[5], fr(avg, 2), 8.5, "r")
g.f(PG, None, None, None, "5年平均", "total", "collection_rate_average", "actual", avg, "percent", fr(avg, 2))
P("※ 各年度の決算額を百万円未満で四捨五入しているため、内訳と収入未済額が一致しない場合がある。", 8)
P("出典：宿毛市各年度決算書", 8)
# ------------------------------------------------------------------ p3 landscape
PG = 3
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = Mm(297), Mm(210)
ls.left_margin = ls.right_margin = Mm(15)
ls.top_margin, ls.bottom_margin = Mm(15), Mm(15)
H("3　債権別の収納状況（令和5年度決算）")
P("（単位：千円、％）", 8.5, align="r", after=0)
widths = [16, 24, 24, 27, 27, 14, 26, 26, 14, 27, 27, 14]
kinds = ["強制徴収公債権", "非強制徴収公債権", "私債権"]
nrows = 3 + len(D) + len(kinds) + 1
t = table(nrows, 12, widths)
hdr = t.rows
c0 = t.cell(0, 0).merge(t.cell(2, 0)); setc(c0, "債権の\n種類", 7.5, bg="D9E2F3")
c1 = t.cell(0, 1).merge(t.cell(2, 1)); setc(c1, "債権名", 8, bg="D9E2F3")
c2 = t.cell(0, 2).merge(t.cell(2, 2)); setc(c2, "所管課", 8, bg="D9E2F3")
ct = t.cell(0, 3).merge(t.cell(0, 11)); setc(ct, "令和5（2023）年度決算", 8.5, bold=True, bg="D9E2F3")
for si, lab in enumerate(("現年度分", "滞納繰越分", "計")):
    cc_ = t.cell(1, 3 + si * 3).merge(t.cell(1, 5 + si * 3)); setc(cc_, lab, 8.5, bg="E7EEF8")
    for mi, ml in enumerate(("調定額", "収入済額", "収納率")):
        setc(t.cell(2, 3 + si * 3 + mi), ml, 8, bg="E7EEF8")
FYR = "令和5（2023）年度"


def put(row, vals, debt, draw, bg=None):
    ca, cc, aa, ac = vals
    segs = (("current", ca, cc), ("arrears", aa, ac), ("total", ca + aa, cc + ac))
    for si, (sg, a, b) in enumerate(segs):
        rv = rate(b, a, 1)
        setc(t.cell(row, 3 + si * 3), c(a), 8, "r", bg=bg)
        setc(t.cell(row, 4 + si * 3), c(b), 8, "r", bg=bg)
        setc(t.cell(row, 5 + si * 3), fr(rv), 8, "r", bg=bg)
        g.f(PG, debt, draw, FY, FYR, sg, "assessed", "actual", a * 1000, "yen", c(a))
        g.f(PG, debt, draw, FY, FYR, sg, "collected", "actual", b * 1000, "yen", c(b))
        g.f(PG, debt, draw, FY, FYR, sg, "collection_rate", "actual", rv, "percent", fr(rv))


row = 3
for k in kinds:
    ds = [d for d in D if d[2] == k]
    start = row
    for d in ds:
        setc(t.cell(row, 1), d[1], 8, "l")
        setc(t.cell(row, 2), d[3], 7.5)
        put(row, d[4:8], d[0], d[1])
        row += 1
    lab = {"強制徴収公債権": "強制徴収公債権計", "非強制徴収公債権": "非強制徴収公債権計", "私債権": "私債権計"}[k]
    mg = t.cell(row, 1).merge(t.cell(row, 2)); setc(mg, lab, 7.5, bg="F2F2F2")
    sums = [sum(d[i] for d in ds) for i in (4, 5, 6, 7)]
    put(row, sums, None, lab, "F2F2F2")
    kc = t.cell(start, 0).merge(t.cell(row, 0)); setc(kc, k, 7.5)
    row += 1
mg = t.cell(row, 0).merge(t.cell(row, 2)); setc(mg, "総計", 8, bold=True, bg="D9E2F3")
put(row, [tot["ca"], tot["cc"], tot["aa"], tot["ac"]], None, "総計", "D9E2F3")
P("（凡例）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、生保返還金＝生活保護費返還金、"
  "住宅使用料＝市営住宅使用料、給食費＝学校給食費", 8)
P("※ 収納率＝収入済額÷調定額×100。不納欠損額は表1に含めて計上している。", 8)
# ------------------------------------------------------------------ back to portrait p4
PG = 4
ps = doc.add_section(WD_SECTION.NEW_PAGE)
ps.orientation = WD_ORIENT.PORTRAIT
ps.page_width, ps.page_height = Mm(210), Mm(297)
ps.left_margin = ps.right_margin = Mm(20)
ps.top_margin, ps.bottom_margin = Mm(18), Mm(18)
H("4　計画の目標")
P("（1）収納率の目標（現年度分・滞納繰越分の計）", 10.5, True, True)
P("単位：％", 8.5, align="r", after=0)
tg = {"市税": (99.0, 99.1, 99.2), "国民健康保険税": (84.5, 85.3, 86.0), "介護保険料": (98.9, 99.0, 99.1),
      "後期高齢者医療保険料": (99.5, 99.5, 99.6), "保育料": (85.0, 86.0, 87.0), "生活保護費返還金": (25.0, 26.5, 28.0),
      "市営住宅使用料": (84.0, 85.0, 86.0), "水道料金": (98.4, 98.5, 98.6), "学校給食費": (98.3, 98.5, 98.7)}
t = table(1 + len(D), 5, [48, 30, 30, 30, 30])
for i, h in enumerate(["債権名", "令和5年度実績", "令和7（2025）年度", "令和8（2026）年度", "令和9（2027）年度"]):
    setc(t.cell(0, i), h, 8.5, bg="D9E2F3")
for ri, d in enumerate(D):
    a, b = d[4] + d[6], d[5] + d[7]
    rv = rate(b, a, 1)
    setc(t.cell(ri + 1, 0), d[0], 8.5, "l")
    setc(t.cell(ri + 1, 1), fr(rv), 8.5, "r")
    g.f(PG, d[0], d[0], FY, "令和5年度", "total", "collection_rate", "actual", rv, "percent", fr(rv))
    for yi, yy in enumerate((2025, 2026, 2027)):
        setc(t.cell(ri + 1, 2 + yi), fr(tg[d[0]][yi]), 8.5, "r")
        g.f(PG, d[0], d[0], yy, f"令和{reiwa(yy)}（{yy}）年度", "total", "collection_rate", "target", tg[d[0]][yi], "percent",
            fr(tg[d[0]][yi]))
P()
P("（2）収入未済額の目標（全債権）", 10.5, True, True)
tgo = {2027: 412000, 2026: 438000, 2025: 465000}
t = table(2, 4, [40, 35, 35, 35])
for i, h in enumerate(["区分", "令和9年度", "令和8年度", "令和7年度"]):
    setc(t.cell(0, i), h, 8.5, bg="D9E2F3")
setc(t.cell(1, 0), "収入未済額（千円）", 8.5)
for i, yy in enumerate((2027, 2026, 2025)):
    setc(t.cell(1, 1 + i), c(tgo[yy]), 8.5, "r")
    g.f(PG, None, None, yy, f"令和{reiwa(yy)}年度", "total", "outstanding", "target", tgo[yy] * 1000, "yen", c(tgo[yy]))
P(f"※ 令和5年度末の収入未済額 {c(tot_o)}千円を基準とする。", 8)
g.f(PG, None, None, 2023, "令和5年度", "total", "outstanding", "actual", tot_o * 1000, "yen", c(tot_o) + "千円")
P()
P("（3）不納欠損処分の状況", 10.5, True, True)
P("　法令に基づく執行停止及び時効の援用等により処分した額は次のとおりである。", after=2)
for yy in (2021, 2022, 2023):
    p = P(indent=15, after=0)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(75), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(110), WD_TAB_ALIGNMENT.RIGHT)
    w = hist[yy][2]
    cnt = {2021: 412, 2022: 455, 2023: 438}[yy]
    font(p.add_run(f"{yy}年度\t{c(w)}千円\t{cnt}件"), 9.5)
    g.f(PG, None, None, yy, f"{yy}年度", "total", "written_off", "actual", w * 1000, "yen", f"{c(w)}千円")
P()
P("（4）目標達成に向けた全庁的な取組", 10.5, True, True)
P("ア　債権管理の適正化", 10, indent=3)
P("(ｱ)　債権管理台帳の記載項目を統一し、年2回の点検で時効管理を徹底する。", indent=6)
P("(ｲ)　債権管理推進会議を年3回開催し、推進シートによる進捗管理を行う。", indent=6)
P("イ　徴収体制の強化", 10, indent=3)
P("(ｱ)　税務課に債権回収担当を置き、他課からの移管・引継ぎを受け付ける。", indent=6)
g.i(PG, None, 2025, "目標達成に向けた全庁的な取組", "ア(ｱ)", "債権管理台帳の記載項目を統一し、年2回の点検で時効管理を徹底する。")
g.i(PG, None, 2025, "目標達成に向けた全庁的な取組", "ア(ｲ)", "債権管理推進会議を年3回開催し、推進シートによる進捗管理を行う。")
g.i(PG, None, 2025, "目標達成に向けた全庁的な取組", "イ(ｱ)", "税務課に債権回収担当を置き、他課からの移管・引継ぎを受け付ける。")
page_break()


# ------------------------------------------------------------------ 推進シート
def sheet(pg, num, debt, dept, kind, d, tgt_hist, issue, items, sched, items_in_table=False):
    H(f"5　債権別推進シート（{num}）")
    t = table(1, 2, [85, 85])
    setc(t.cell(0, 0), f"債権名　{debt}", 10, "l", True, True, "D9E2F3")
    setc(t.cell(0, 1), f"所管課　{dept}　／　{kind}", 9, "l", bg="D9E2F3")
    P(after=0)
    P("■ 目標と実績（収納率・計、単位：％）", 10, True, True)
    t = table(4, 4, [40, 40, 40, 40])
    for i, h in enumerate(["年度", "目標", "実績", "達成率"]):
        setc(t.cell(0, i), h, 8.5, bg="E7EEF8")
    for ri, (yy, tg_, ac_) in enumerate(tgt_hist):
        yr = f"令和{reiwa(yy)}年度"
        ach = r1(ac_ / tg_ * 100)
        setc(t.cell(ri + 1, 0), yr, 8.5)
        setc(t.cell(ri + 1, 1), fr(tg_), 8.5, "r")
        setc(t.cell(ri + 1, 2), fr(ac_), 8.5, "r")
        setc(t.cell(ri + 1, 3), fr(ach), 8.5, "r")
        g.f(pg, debt, debt, yy, yr, "total", "collection_rate", "target", tg_, "percent", fr(tg_))
        g.f(pg, debt, debt, yy, yr, "total", "collection_rate", "actual", ac_, "percent", fr(ac_))
        g.f(pg, debt, debt, yy, yr, "total", "achievement_rate", "actual", ach, "percent", fr(ach))
    P(after=0)
    t = table(1, 3, [30, 100, 40])
    setc(t.cell(0, 0), "現状と課題", 8.5, bg="E7EEF8")
    setc(t.cell(0, 1), issue[0], 8.5, "l")
    setc(t.cell(0, 2), issue[1], 8.5)
    for f in issue[2]:
        g.f(pg, *f)
    P(after=0)
    if items_in_table:
        P("■ 令和7年度以降の方針", 10, True, True)
        t = table(1, 2, [30, 140])
        setc(t.cell(0, 0), "現年度分\n滞納繰越分", 8.5, bg="E7EEF8")
        setc(t.cell(0, 1), "\n".join(f"{lab}{tx}【{s_}】" if s_ else f"{lab}{tx}" for lab, tx, s_ in items), 8.5, "l")
    else:
        P("■ 取組内容", 10, True, True)
        for lab, tx, s_ in items:
            P(f"{lab}　{tx}" + (f"【{s_}】" if s_ else ""), 9.5, indent=3, first=0)
    for lab, tx, s_ in items:
        g.i(pg, debt, 2025, "取組内容" if not items_in_table else "令和7年度以降の方針", lab, tx, s_)
    P(after=0)
    P("■ 取組スケジュール", 10, True, True)
    t = table(1 + len(sched), 5, [80, 20, 20, 20, 30])
    for i, h in enumerate(["取組", "R7", "R8", "R9", "担当課"]):
        setc(t.cell(0, i), h, 8.5, bg="E7EEF8")
    for ri, (tx, m7, m8, m9, who) in enumerate(sched):
        setc(t.cell(ri + 1, 0), tx, 8.5, "l")
        for ci, m in enumerate((m7, m8, m9)):
            setc(t.cell(ri + 1, 1 + ci), m, 9)
        setc(t.cell(ri + 1, 4), who, 8.5)


zd = D[0]
z_out = zd[4] + zd[6] - zd[5] - zd[7] - zd[8]
sheet(5, "1", "市税", "税務課", "強制徴収公債権", zd,
      [(2021, 98.2, 98.31), (2022, 98.4, 98.52), (2023, 98.6, rate(zd[5] + zd[7], zd[4] + zd[6], 2))],
      (f"令和5年度末の収入未済額は{c(z_out)}千円で、このうち滞納繰越分が{c(zd[6] - zd[7] - zd[8])}千円を占める。"
       "現年度分の収納率は高い水準にあるが、滞納繰越分は少額多数の案件が残っている。",
       f"差押件数\n187件\n（R4 164件）",
       [("市税", "市税", 2023, "令和5年度", "total", "outstanding", "actual", z_out * 1000, "yen", f"{c(z_out)}千円"),
        ("市税", "市税", 2023, "令和5年度", "arrears", "outstanding", "actual", (zd[6] - zd[7] - zd[8]) * 1000, "yen",
         f"{c(zd[6] - zd[7] - zd[8])}千円")]),
      [("ア", "納期限後の早期催告を徹底し、現年度分の滞納発生を抑える。", "継続"),
       ("イ", "預貯金・給与の一斉調査を年2回行い、差押えに着手する。", "拡充"),
       ("ウ", "キャッシュレス納付（スマートフォン決済・クレジットカード）の周知を強化する。", "新規")],
      [("早期催告・電話催告の実施", "実施", "→", "→", "税務課"), ("財産調査・差押えの一斉実施", "○", "○", "○", "税務課"),
       ("キャッシュレス納付の拡大", "検討", "実施", "→", "税務課・会計課")])
page_break()
kd = D[1]
k_out = kd[4] + kd[6] - kd[5] - kd[7] - kd[8]
sheet(6, "2", "国民健康保険税", "税務課", "強制徴収公債権", kd,
      [(2021, 82.0, 81.12), (2022, 82.8, 82.35), (2023, 83.5, rate(kd[5] + kd[7], kd[4] + kd[6], 2))],
      (f"令和5年度末の収入未済額は{c(k_out)}千円で、全債権の収入未済額の約4割を占める。"
       f"滞納繰越分の収納率は{fr(rate(kd[7], kd[6], 1))}％にとどまり、資格喪失後の未納が多い。",
       "滞納世帯数\n1,024世帯",
       [("国民健康保険税", "国民健康保険税", 2023, "令和5年度", "total", "outstanding", "actual", k_out * 1000, "yen",
         f"{c(k_out)}千円"),
        ("国民健康保険税", "国民健康保険税", 2023, "令和5年度", "arrears", "collection_rate", "actual",
         rate(kd[7], kd[6], 1), "percent", f"{fr(rate(kd[7], kd[6], 1))}％"),
        ("国民健康保険税", "国民健康保険税", 2023, "令和5年度", "total", "delinquents", "actual", 1024, "households", "1,024世帯")]),
      [("①", "口座振替の原則化を進め、新規加入時に申込みを受け付ける。", "継続"),
       ("②", "短期被保険者証の交付時に納付相談を行う。", None),
       ("③", "資格喪失者の未納分を抽出し、喪失後3か月以内に催告する。", "新規")],
      [("口座振替の原則化", "○", "○", "○", "税務課・市民課"), ("資格喪失者への早期催告", "実施", "→", "→", "税務課")],
      items_in_table=True)
page_break()
hd = D[4]
h_out = hd[4] + hd[6] - hd[5] - hd[7] - hd[8]
sheet(7, "3", "保育料", "子育て応援課", "強制徴収公債権", hd,
      [(2021, 80.0, 79.40), (2022, 81.0, 81.62), (2023, 82.0, rate(hd[5] + hd[7], hd[4] + hd[6], 2))],
      (f"令和5年度末の収入未済額は{c(h_out)}千円である。3歳以上児の無償化後は現年度分の調定額が減少しているが、"
       "無償化前の滞納繰越分の回収が進んでいない。",
       "滞納者数\n38人",
       [("保育料", "保育料", 2023, "令和5年度", "total", "outstanding", "actual", h_out * 1000, "yen", f"{c(h_out)}千円"),
        ("保育料", "保育料", 2023, "令和5年度", "total", "delinquents", "actual", 38, "persons", "38人")]),
      [("(1)", "児童手当からの特別徴収（申出徴収）を保護者に案内する。", "継続"),
       ("(2)", "卒園児の保護者には、税務課と連携して財産調査を行う。", "拡充")],
      [("児童手当からの申出徴収", "○", "○", "○", "子育て応援課"), ("税務課との連携による滞納処分", "○", "○", "○", "子育て応援課・税務課")])

os.makedirs(WORK, exist_ok=True)
src = os.path.join(WORK, STEM + ".docx")
doc.save(src)
pdf = soffice(src, WORK)
shutil.copy(pdf, os.path.join(ROOT, "pdf", STEM + ".pdf"))
g.write()
