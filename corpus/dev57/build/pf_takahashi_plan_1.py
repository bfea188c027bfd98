"""pf_takahashi_plan_1: 高梁市債権管理計画（令和7年度～令和9年度） — python-docx -> LibreOffice."""
import subprocess, sys, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from pf_common import Gold, c, rate, zen, era, check, ROOT
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "pf_takahashi_plan_1"
G = Gold(STEM, "plan", "plan", "高梁市", "高梁市債権管理計画（令和7年度～令和9年度）", "2025-03-01", "令和7年3月")

# ---------------- data (千円) ----------------
# debt: canonical, printed, 会計, 所管課, current assessed by year 2018..2023, current rate, arrears collect rate, write-off
YRS = [2018, 2019, 2020, 2021, 2022, 2023]
SPEC = {
 "shizei": ("市税", "市税", "一般会計", "税務課", [2868410, 2851327, 2810654, 2836918, 2874502, 2893115],
            [98.71, 98.80, 98.86, 98.93, 98.96, 99.05], [24.10, 25.32, 26.04, 27.15, 28.33, 29.40], [6120, 5874, 5402, 4988, 4615, 4210], 128450),
 "hoiku": ("保育所保育料", "保育所保育料", "一般会計", "こども未来課", [61204, 58822, 55319, 52804, 50116, 48652],
            [98.20, 98.31, 98.42, 98.50, 98.61, 98.74], [14.50, 15.10, 15.92, 16.40, 17.25, 18.10], [310, 288, 265, 240, 221, 198], 4120),
 "jutaku": ("市営住宅使用料", "市営住宅使用料", "一般会計", "建設課", [118420, 116835, 115204, 113962, 112405, 110873],
            [97.10, 97.25, 97.34, 97.48, 97.62, 97.75], [10.20, 10.84, 11.36, 11.90, 12.48, 13.05], [820, 760, 702, 655, 610, 574], 22840),
 "kyushoku": ("学校給食費", "学校給食費", "一般会計", "学校教育課", [142315, 140208, 131560, 138744, 136205, 134512],
            [99.41, 99.45, 99.50, 99.52, 99.55, 99.58], [20.40, 21.15, 22.02, 22.80, 23.64, 24.30], [95, 88, 82, 76, 70, 64], 2310),
 "kokuho": ("国民健康保険料", "国民健康保険税", "国民健康保険事業特別会計", "税務課", [612408, 598215, 585702, 571348, 560914, 552307],
            [93.90, 94.12, 94.35, 94.51, 94.78, 95.02], [20.15, 21.02, 21.86, 22.40, 23.15, 24.02], [4410, 4180, 3962, 3754, 3508, 3312], 98720),
 "kaigo": ("介護保険料", "介護保険料", "介護保険事業特別会計", "介護保険課", [498210, 502318, 506742, 509815, 512306, 514870],
            [99.10, 99.14, 99.18, 99.21, 99.25, 99.28], [18.40, 19.02, 19.75, 20.31, 20.96, 21.55], [1420, 1352, 1288, 1216, 1150, 1098], 10620),
 "koki": ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢者医療事業特別会計", "市民課", [201442, 205318, 208864, 212406, 218540, 224105],
            [99.52, 99.55, 99.58, 99.60, 99.62, 99.65], [44.10, 45.20, 46.35, 47.02, 47.80, 48.55], [140, 132, 125, 118, 110, 104], 1240),
 "gesui": ("下水道使用料", "下水道使用料", "下水道事業会計", "上下水道課", [402118, 400205, 398412, 396108, 393902, 391505],
            [98.95, 99.00, 99.04, 99.08, 99.12, 99.16], [35.10, 36.04, 37.12, 38.05, 38.90, 39.75], [380, 356, 334, 312, 294, 276], 5120),
}
DATA = {}
for key, (can, pr, kaikei, ka, cas, crs, ars, wos, aa0) in SPEC.items():
    rows = {}
    aa = aa0
    for i, y in enumerate(YRS):
        ca = cas[i]; cc = round(ca * crs[i] / 100)
        ac = round(aa * ars[i] / 100); wo = wos[i]
        out = ca - cc + aa - ac - wo
        rows[y] = dict(ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, out=out, cr=rate(cc, ca), ar=rate(ac, aa),
                       ta=ca + aa, tc=cc + ac, tr=rate(cc + ac, ca + aa), aout=aa - ac - wo)
        aa = out
    DATA[key] = rows

# ---------------- docx helpers ----------------
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"; st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(18); sec.bottom_margin = Mm(16)

def para(text="", size=10, bold=False, align=None, gothic=False, space_after=2, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
        if gothic:
            r.font.name = "IPAexGothic"; r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after); p.paragraph_format.space_before = Pt(0)
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    return p

def h(text, size=12):
    return para(text, size=size, gothic=True, space_after=4)

def pbreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

DEFSIZE = [8.5]
def set_cell(cell, text, size=None, align="l", gothic=False, shade=None):
    cell.text = ""
    size = size or DEFSIZE[0]
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for j, ln in enumerate(lines):
        if j:
            p = cell.add_paragraph()
        r = p.add_run(ln); r.font.size = Pt(size)
        if gothic:
            r.font.name = "IPAexGothic"; r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
        p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER}[align]
        p.paragraph_format.space_after = Pt(0)
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), shade)
        tcPr.append(shd)

def vertical(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection"); td.set(qn("w:val"), "tbRl"); tcPr.append(td)

def borders(table, spec):
    """spec: dict edge->size (eighths of pt); missing edges none"""
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        if edge in spec:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(spec[edge])); e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)

def cell_bottom(cell, sz=8):
    tcPr = cell._tc.get_or_add_tcPr()
    tb = OxmlElement("w:tcBorders"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000"); tb.append(e); tcPr.append(tb)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)

def grid(nr, nc, widths=None):
    t = doc.add_table(rows=nr, cols=nc); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:w"), "50"); e.set(qn("w:type"), "dxa"); mar.append(e)
    t._tbl.tblPr.append(mar)
    if widths:
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 56.7)))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Mm(w)
    return t

def footer_pageno(section, start=None):
    f = section.footer; f.is_linked_to_previous = False
    p = f.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.text = ""
    r = p.add_run("－ "); r.font.size = Pt(9)
    for t, v in (("begin", None), (None, " PAGE "), ("end", None)):
        run = p.add_run(); run.font.size = Pt(9)
        if t:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), t); run._r.append(fc)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = v; run._r.append(it)
    r = p.add_run(" －"); r.font.size = Pt(9)

def okuman(yen_k):   # 千円 -> 万円 rounded, text
    m = round(yen_k / 10)
    o, r_ = divmod(m, 10000)
    return m, (f"{o}億" if o else "") + f"{r_:,}万円"

# ---------------- page 1: cover ----------------
for _ in range(9): para("")
para("高梁市債権管理計画", size=26, gothic=True, align="c", space_after=8)
para("（令和７年度～令和９年度）", size=14, gothic=True, align="c")
for _ in range(16): para("")
para("令和７年３月", size=13, align="c")
para("高　梁　市", size=15, gothic=True, align="c")
pbreak()

# ---------------- page 2: 目次 + 第1章 ----------------
p = 2
h("目　　次", 13)
TOC = [("第１章　計画の概要", 2), ("第２章　債権の現状", 3), ("　１　会計別・債権別の状況（令和５年度決算）", 3),
       ("　２　主要債権の推移", 4), ("第３章　計画の目標", 6), ("第４章　債権ごとの取組み", 7)]
for t, n in TOC:
    q = para(f"{t}\t{n}", size=10)
    q.paragraph_format.tab_stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT, 1)  # dotted leader
para("")
h("第１章　計画の概要")
tot = {y: sum(DATA[k][y]["out"] for k in DATA) for y in YRS}
m23, t23 = okuman(tot[2023]); m19, t19 = okuman(tot[2019])
dm = m19 - m23
para("１　策定の趣旨", gothic=True)
para("　本市は、平成29年度（2017年度）に「高梁市債権管理条例」を制定し、市の債権を適正に管理するための統一的な"
     "ルールを定めるとともに、税務課を中心とした滞納整理の一元化を進めてきました。", indent=3)
q = para("", indent=3)
q.add_run("　その結果、市の債権全体の収入未済額は、令和５年度決算で約" +
          G.f(p, None, None, 2023, "令和５年度", "total", "outstanding", "actual", m23 * 10000, "yen", t23, approx=True) +
          "となり、令和元年度の約" +
          G.f(p, None, None, 2019, "令和元年度", "total", "outstanding", "actual", m19 * 10000, "yen", t19, approx=True) +
          "から約" + G.f(p, None, None, 2023, "令和５年度", "total", "difference", "actual", -dm * 10000, "yen", f"{dm:,}万円の減少", approx=True) +
          "となりました。一方で、国民健康保険税や市営住宅使用料では、滞納が長期化した案件が残っており、引き続き計画的な取組が必要です。")
para("　このため、これまでの取組を検証し、令和７年度からの３か年における債権管理の目標と具体的な取組を定めるものです。", indent=3)
para("２　計画期間", gothic=True)
para("　令和７（2025）年度から令和９（2027）年度までの３年間とします。", indent=3)
para("３　対象債権", gothic=True)
para("　令和５年度決算において収入未済額がある債権のうち、主要な８債権を対象とします（第２章１の表を参照）。", indent=3)
para("４　進行管理", gothic=True)
para("　毎年度、高梁市債権管理対策会議において目標の達成状況と取組状況を報告し、必要に応じて取組を見直します。", indent=3)
pbreak()

# ---------------- page 3: table A (会計 outer header, vertical) + tab memo ----------------
p = 3
h("第２章　債権の現状")
para("１　会計別・債権別の状況（令和５年度決算）", gothic=True)
KAIKEI = [("一般会計", ["shizei", "hoiku", "jutaku", "kyushoku"]), ("国民健康保険事業特別会計", ["kokuho"]),
          ("介護保険事業特別会計", ["kaigo"]), ("後期高齢者医療事業特別会計", ["koki"]), ("下水道事業会計", ["gesui"])]
nrows = 1 + sum(len(v) for _, v in KAIKEI) + 1 + 1
t = grid(nrows, 9, [20, 24, 15, 19, 19, 14, 17, 12, 30])
hdr = ["会計", "債権名", "所管課", "調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）", "収納率（％）", "備考"]
for j, x in enumerate(hdr):
    set_cell(t.rows[0].cells[j], x, 8, "c", True, "D9E2F3")
repeat_header(t.rows[0])
r = 1
Y = 2023
DEFSIZE[0] = 7.8
for kname, keys in KAIKEI:
    first = r
    for key in keys:
        can, pr, _, ka = SPEC[key][:4]; d = DATA[key][Y]
        cells = t.rows[r].cells
        set_cell(cells[1], pr); set_cell(cells[2], ka)
        set_cell(cells[3], G.f(p, can, pr, Y, "令和５年度", "total", "assessed", "actual", d["ta"] * 1000, "yen", c(d["ta"])), align="r")
        set_cell(cells[4], G.f(p, can, pr, Y, "令和５年度", "total", "collected", "actual", d["tc"] * 1000, "yen", c(d["tc"])), align="r")
        set_cell(cells[5], G.f(p, can, pr, Y, "令和５年度", "total", "written_off", "actual", d["wo"] * 1000, "yen", c(d["wo"])), align="r")
        set_cell(cells[6], G.f(p, can, pr, Y, "令和５年度", "total", "outstanding", "actual", d["out"] * 1000, "yen", c(d["out"])), align="r")
        set_cell(cells[7], G.f(p, can, pr, Y, "令和５年度", "total", "collection_rate", "actual", d["tr"], "percent", f"{d['tr']:.2f}"), align="r")
        set_cell(cells[8], "うち滞納繰越分\n" + G.f(p, can, pr, Y, "令和５年度", "arrears", "outstanding", "actual", d["aout"] * 1000, "yen", c(d["aout"]) + "千円"), size=7.5)
        r += 1
    if r - 1 > first:
        t.cell(first, 0).merge(t.cell(r - 1, 0))
    set_cell(t.cell(first, 0), kname, 7.5, "c", True)
    if kname == "一般会計":
        vertical(t.cell(first, 0))
# 一般会計小計, 合計
gen = ["shizei", "hoiku", "jutaku", "kyushoku"]
for lab, keys in (("一般会計 小計", gen), ("合計", list(DATA))):
    cells = t.rows[r].cells
    cells[0].merge(cells[2]); set_cell(t.cell(r, 0), lab, 8.5, "c", True, "F2F2F2")
    s_ = {k_: sum(DATA[x][Y][k_] for x in keys) for k_ in ("ta", "tc", "wo", "out", "aout")}
    tr_ = rate(s_["tc"], s_["ta"])
    dr = lab
    set_cell(cells[3], G.f(p, None, dr, Y, "令和５年度", "total", "assessed", "actual", s_["ta"] * 1000, "yen", c(s_["ta"])), align="r", shade="F2F2F2")
    set_cell(cells[4], G.f(p, None, dr, Y, "令和５年度", "total", "collected", "actual", s_["tc"] * 1000, "yen", c(s_["tc"])), align="r", shade="F2F2F2")
    set_cell(cells[5], G.f(p, None, dr, Y, "令和５年度", "total", "written_off", "actual", s_["wo"] * 1000, "yen", c(s_["wo"])), align="r", shade="F2F2F2")
    set_cell(cells[6], G.f(p, None, dr, Y, "令和５年度", "total", "outstanding", "actual", s_["out"] * 1000, "yen", c(s_["out"])), align="r", shade="F2F2F2")
    set_cell(cells[7], G.f(p, None, dr, Y, "令和５年度", "total", "collection_rate", "actual", tr_, "percent", f"{tr_:.2f}"), align="r", shade="F2F2F2")
    set_cell(cells[8], "", shade="F2F2F2")
    r += 1
DEFSIZE[0] = 8.5
para("※ 調定額・収入済額は現年度分と滞納繰越分の合計。収入未済額＝調定額－収入済額－不納欠損額。", size=8)
para("")
para("主な債権の収入未済額の前年度比較（令和５年度決算・令和４年度決算、単位：千円）", size=9.5, gothic=True)
q = para("債権名\t令和４年度\t令和５年度\t増減", size=9.5)
for pos in (95, 130, 165):
    q.paragraph_format.tab_stops.add_tab_stop(Mm(pos), WD_TAB_ALIGNMENT.RIGHT)
for key in ("shizei", "kokuho", "jutaku", "hoiku"):
    can, pr = SPEC[key][:2]
    a4, a5 = DATA[key][2022]["out"], DATA[key][2023]["out"]
    q = para(pr + "\t" + G.f(p, can, pr, 2022, "令和４年度", "total", "outstanding", "actual", a4 * 1000, "yen", c(a4)) + "\t" +
             G.f(p, can, pr, 2023, "令和５年度", "total", "outstanding", "actual", a5 * 1000, "yen", c(a5)) + "\t" +
             G.f(p, can, pr, 2023, "令和５年度", "total", "difference", "actual", (a5 - a4) * 1000, "yen", c(a5 - a4)), size=9.5, space_after=0)
    for pos in (95, 130, 165):
        q.paragraph_format.tab_stops.add_tab_stop(Mm(pos), WD_TAB_ALIGNMENT.RIGHT)

# ---------------- pages 4-5: landscape long-format table ----------------
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE; land.page_width, land.page_height = Mm(297), Mm(210)
land.left_margin = land.right_margin = Mm(15); land.top_margin = Mm(14); land.bottom_margin = Mm(12)
YL = ["令和５年度", "４年度", "３年度", "２年度", "令和元年度"]
YD = [2023, 2022, 2021, 2020, 2019]
def long_table(p, keys, cont=False):
    h("２　主要債権の推移" + ("（続き）" if cont else ""), 11)
    if not cont:
        para("各債権の決算額の推移（単位：千円、％）。年度は新しい順。5年平均は令和元年度から令和５年度までの単純平均。", size=8.5)
    t = grid(2 + len(keys) * 6, 12, [24, 18, 22, 22, 14, 21, 21, 14, 18, 22, 21, 15])
    H1 = ["債権名", "年度", "現年度分", "", "", "滞納繰越分", "", "", "不納欠損額", "収入未済額", "対前年度", ""]
    H2 = ["", "", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "", "", "増減額", "増減率（％）"]
    for j in range(12):
        set_cell(t.rows[0].cells[j], H1[j], 8, "c", True, "DDEBF7"); set_cell(t.rows[1].cells[j], H2[j], 8, "c", True, "DDEBF7")
    t.cell(0, 2).merge(t.cell(0, 4)); t.cell(0, 5).merge(t.cell(0, 7)); t.cell(0, 10).merge(t.cell(0, 11))
    for j in (0, 1, 8, 9):
        t.cell(0, j).merge(t.cell(1, j))
    set_cell(t.cell(0, 2), "現年度分", 8, "c", True); set_cell(t.cell(0, 5), "滞納繰越分", 8, "c", True); set_cell(t.cell(0, 10), "対前年度", 8, "c", True)
    for j, lab in ((0, "債権名"), (1, "年度"), (8, "不納欠損額"), (9, "収入未済額")):
        set_cell(t.cell(0, j), lab, 8, "c", True)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    r = 2
    for key in keys:
        can, pr = SPEC[key][:2]
        first = r
        for yl, y in zip(YL, YD):
            d = DATA[key][y]; prev = DATA[key][y - 1]["out"]
            dd = d["out"] - prev; dr_ = round(dd / prev * 100, 1)
            cl = t.rows[r].cells
            set_cell(cl[1], yl, align="c")
            vals = [("current", "assessed", d["ca"], None), ("current", "collected", d["cc"], None), ("current", "collection_rate", d["cr"], 2),
                    ("arrears", "assessed", d["aa"], None), ("arrears", "collected", d["ac"], None), ("arrears", "collection_rate", d["ar"], 2),
                    ("total", "written_off", d["wo"], None), ("total", "outstanding", d["out"], None)]
            for j, (seg, met, v, dec) in enumerate(vals):
                if dec:
                    set_cell(cl[2 + j], G.f(p, can, pr, y, yl, seg, met, "actual", v, "percent", f"{v:.2f}"), align="r")
                else:
                    set_cell(cl[2 + j], G.f(p, can, pr, y, yl, seg, met, "actual", v * 1000, "yen", c(v)), align="r")
            set_cell(cl[10], G.f(p, can, pr, y, yl, "total", "difference", "actual", dd * 1000, "yen", c(dd)), align="r")
            set_cell(cl[11], G.f(p, can, pr, y, yl, "total", "change_rate", "actual", dr_, "percent", c(dr_, 1)), align="r")
            r += 1
        # 5年平均 row
        cl = t.rows[r].cells
        set_cell(cl[1], "5年平均", align="c", shade="F2F2F2")
        avg = lambda k_: round(sum(DATA[key][y][k_] for y in YD) / 5)
        ravg = lambda k_: round(sum(DATA[key][y][k_] for y in YD) / 5, 2)
        vals = [("current", "assessed", avg("ca"), None), ("current", "collected", avg("cc"), None), ("current", "collection_rate", ravg("cr"), 2),
                ("arrears", "assessed", avg("aa"), None), ("arrears", "collected", avg("ac"), None), ("arrears", "collection_rate", ravg("ar"), 2),
                ("total", "written_off", avg("wo"), None), ("total", "outstanding", avg("out"), None)]
        for j, (seg, met, v, dec) in enumerate(vals):
            if dec:
                set_cell(cl[2 + j], G.f(p, can, pr, None, "5年平均", seg, met, "actual", v, "percent", f"{v:.2f}"), align="r", shade="F2F2F2")
            else:
                set_cell(cl[2 + j], G.f(p, can, pr, None, "5年平均", seg, met, "actual", v * 1000, "yen", c(v)), align="r", shade="F2F2F2")
        set_cell(cl[10], "－", align="c", shade="F2F2F2"); set_cell(cl[11], "－", align="c", shade="F2F2F2")
        r += 1
        t.cell(first, 0).merge(t.cell(r - 1, 0))
        set_cell(t.cell(first, 0), pr, 8.5, "c", True)
long_table(4, ["shizei", "kokuho", "kaigo"])
pbreak()
long_table(5, ["koki", "jutaku", "hoiku"], cont=True)
para("※ 対前年度の増減額・増減率は収入未済額について算出（△は減少）。令和元年度の増減は平成30年度決算との比較。", size=8)

# ---------------- page 6: targets ----------------
por = doc.add_section(WD_SECTION.NEW_PAGE)
por.orientation = WD_ORIENT.PORTRAIT; por.page_width, por.page_height = Mm(210), Mm(297)
por.left_margin = por.right_margin = Mm(20); por.top_margin = Mm(18); por.bottom_margin = Mm(16)
p = 6
h("第３章　計画の目標")
para("１　収納率の目標", gothic=True)
para("　主要債権ごとに、現年度分及び滞納繰越分の収納率の目標を次のとおり定めます。", indent=3)
TG = {  # est2024 (cur, arr), targets 2025..2027 (cur, arr); unpaid target (千円) 2025..2027
 "shizei": ((99.08, 29.90), [(99.12, 30.50), (99.20, 31.00), (99.30, 31.50)], [118200, 112400, 106500]),
 "kokuho": ((95.10, 24.50), [(95.20, 25.00), (95.35, 25.50), (95.50, 26.00)], [90500, 86200, 82000]),
 "kaigo":  ((99.30, 22.00), [(99.32, 22.50), (99.35, 23.00), (99.38, 23.50)], [9800, 9400, 9000]),
 "koki":   ((99.66, 49.00), [(99.67, 49.50), (99.68, 50.00), (99.70, 50.50)], [1150, 1100, 1050]),
 "jutaku": ((97.80, 13.40), [(97.90, 14.00), (98.00, 14.50), (98.10, 15.00)], [20500, 19600, 18700]),
 "hoiku":  ((98.80, 18.60), [(98.85, 19.00), (98.90, 19.50), (98.95, 20.00)], [3700, 3500, 3300]),
}
TK = list(TG)
t = grid(2 + len(TK) * 2, 7, [34, 18, 22, 22, 22, 22, 22])
set_cell(t.cell(0, 0), "債権名", 8.5, "c", True, "E2EFDA"); set_cell(t.cell(0, 1), "区分", 8.5, "c", True, "E2EFDA")
set_cell(t.cell(0, 2), "実　績", 8.5, "c", True, "E2EFDA"); set_cell(t.cell(0, 3), "見　込", 8.5, "c", True, "E2EFDA")
set_cell(t.cell(0, 4), "目　標", 8.5, "c", True, "E2EFDA")
t.cell(0, 4).merge(t.cell(0, 6)); set_cell(t.cell(0, 4), "目　標", 8.5, "c", True)
for j, lab in enumerate(["", "", "令和５年度", "令和６年度", "令和７年度", "令和８年度", "令和９年度"]):
    set_cell(t.cell(1, j), lab, 8.5, "c", True, "E2EFDA")
t.cell(0, 0).merge(t.cell(1, 0)); set_cell(t.cell(0, 0), "債権名", 8.5, "c", True)
t.cell(0, 1).merge(t.cell(1, 1)); set_cell(t.cell(0, 1), "区分", 8.5, "c", True)
r = 2
for key in TK:
    can, pr = SPEC[key][:2]; est, tg, _ = TG[key]; d = DATA[key][2023]
    for si, (seg, lab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"))):
        cl = t.rows[r].cells
        set_cell(cl[1], lab, align="c")
        v = d["cr"] if si == 0 else d["ar"]
        set_cell(cl[2], G.f(p, can, pr, 2023, "令和５年度", seg, "collection_rate", "actual", v, "percent", f"{v:.2f}％"), align="r")
        set_cell(cl[3], G.f(p, can, pr, 2024, "令和６年度", seg, "collection_rate", "estimate", est[si], "percent", f"{est[si]:.2f}％"), align="r")
        for j, y in enumerate((2025, 2026, 2027)):
            set_cell(cl[4 + j], G.f(p, can, pr, y, era(y, True), seg, "collection_rate", "target", tg[j][si], "percent", f"{tg[j][si]:.2f}％"), align="r")
        r += 1
    t.cell(r - 2, 0).merge(t.cell(r - 1, 0)); set_cell(t.cell(r - 2, 0), pr, 8.5, "c")
para("")
para("２　収入未済額の目標", gothic=True)
para("　各年度末（出納閉鎖時点）の収入未済額の目標を次のとおり定めます。", indent=3)
t = grid(4, 1 + len(TK), [46] + [20] * len(TK))
t.style = None
borders(t, {"top": 8})
set_cell(t.cell(0, 0), "年度", 8.5, "c", True)
cell_bottom(t.cell(0, 0))
SH = {"shizei": "市税", "kokuho": "国保税", "kaigo": "介護保険料", "koki": "後期高齢", "jutaku": "住宅使用料", "hoiku": "保育料"}
for j, key in enumerate(TK):
    set_cell(t.cell(0, 1 + j), SH[key], 8.5, "c", True); cell_bottom(t.cell(0, 1 + j))
for i, y in enumerate((2025, 2026, 2027)):
    lab = f"R{y-2018} 収入未済額目標（千円）"
    set_cell(t.cell(1 + i, 0), lab, 8)
    for j, key in enumerate(TK):
        v = TG[key][2][i]
        set_cell(t.cell(1 + i, 1 + j), G.f(p, SPEC[key][0], SH[key], y, f"R{y-2018}", "total", "outstanding", "target", v * 1000, "yen", c(v)), align="r")
para("（注）国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料、保育料＝保育所保育料", size=8)
sc = DATA["shizei"][2023]["cr"]; imp = round(99.30 - sc, 2)
q = para("", indent=3)
q.add_run("　市税は、現年度分の収納率を令和９年度に99.30％まで高めることとし、令和５年度実績の" +
          G.f(p, "市税", "市税", 2023, "令和５年度", "current", "collection_rate", "actual", sc, "percent", f"{sc:.2f}％") +
          "から" + G.f(p, "市税", "市税", 2027, "令和９年度", "current", "difference", "target", imp, "points", f"{imp:.2f}ポイントの改善") + "を目指します。")

# ---------------- pages 7-8: 推進シート ----------------
SHEETS = [
 ("shizei", 7, "（１）市税", "市税", "税務課"),
 ("kokuho", 7, "（２）債権ごとの取組み（国民健康保険税）", "国民健康保険税", "税務課・市民課"),
 ("jutaku", 8, "（３）市営住宅使用料", "市営住宅使用料", "建設課"),
 ("hoiku", 8, "（４）保育所保育料", "保育所保育料", "こども未来課"),
]
ITEMS = {
 "shizei": [("①", "納期限後20日以内に督促状を発送し、未納が続く場合は電話催告センターから早期に連絡する。", "継続"),
            ("②", "給与・預貯金の差押えを中心とした滞納処分を計画的に実施する。", "継続"),
            ("③", "スマートフォン決済及び地方税統一QRコードによる納付を周知し、納期内納付を促進する。", "拡充"),
            ("④", "滞納額100万円以上の案件は岡山県と共同で滞納整理を行う。", "新規")],
 "kokuho": [("①", "新規加入時に口座振替の申込みを原則とし、窓口で手続を案内する。", "拡充"),
            ("②", "短期被保険者証の交付時に納付相談を行い、生活状況に応じた分納計画を立てる。", "継続"),
            ("③", "納付資力がありながら納付しない者に対しては、市税と合わせて滞納処分を実施する。", "継続")],
 "jutaku": [("①", "滞納３か月の時点で連帯保証人へ通知し、納付指導への協力を求める。", "継続"),
            ("②", "悪質な長期滞納者には明渡請求訴訟を提起する。", "継続"),
            ("③", "退去者の未納分について、債権回収業務の民間委託を検討する。", "新規")],
}
MEMO = [("(1)", "ア", None, "在園児の保護者に対し、園を通じて納付案内を配布する。", "継続"),
        ("(1)", "イ", "(ｱ)", "２か月以上の未納世帯には、所管課職員が面談を行う。", None),
        ("(1)", "イ", "(ｲ)", "面談後も納付がない場合は、児童手当からの申出徴収を案内する。", "継続"),
        ("(2)", "ア", None, "卒園児の未納分は、財産調査の上、強制徴収を行う。", "継続")]
CUR_PREV = {}
for key, pg, title, pr, ka in SHEETS:
    p = pg
    if key == "shizei":
        pbreak(); h("第４章　債権ごとの取組み")
    if key == "jutaku":
        pbreak()
    can = SPEC[key][0]
    para(title, gothic=True, space_after=2)
    d5, d4 = DATA[key][2023], DATA[key][2022]
    t = grid(6, 5, [28, 36, 36, 36, 34])
    t.cell(0, 0).merge(t.cell(0, 2)); set_cell(t.cell(0, 0), f"債権名　{pr}", 9, "l", True, "FFF2CC")
    t.cell(0, 3).merge(t.cell(0, 4)); set_cell(t.cell(0, 3), f"所管課　{ka}", 9, "l", True, "FFF2CC")
    set_cell(t.cell(1, 0), "現状と課題", 8.5, "c", True, "F2F2F2")
    t.cell(1, 1).merge(t.cell(1, 4))
    dd = d5["out"] - d4["out"]
    txt = (f"令和５年度末の収入未済額は" + G.f(p, can, pr, 2023, "令和５年度", "total", "outstanding", "actual", d5["out"] * 1000, "yen", c(d5["out"]) + "千円") +
           "で、前年度より" + G.f(p, can, pr, 2023, "令和５年度", "total", "difference", "actual", dd * 1000, "yen", f"{abs(dd):,}千円" + ("減少" if dd < 0 else "増加")) +
           "した。滞納繰越分の収納率は" + G.f(p, can, pr, 2023, "令和５年度", "arrears", "collection_rate", "actual", d5["ar"], "percent", f"{d5['ar']:.2f}％") +
           "にとどまり、長期化した案件の整理が課題である。")
    set_cell(t.cell(1, 1), txt, 8.5)
    for j, lab in enumerate(["区分", "令和５年度実績", "令和７年度目標", "令和８年度目標", "令和９年度目標"]):
        set_cell(t.cell(2, j), lab, 8.5, "c", True, "F2F2F2")
    est, tg, ut = TG[key]
    # row: 現年度分 収納率 with previous year in brackets
    set_cell(t.cell(3, 0), "現年度分\n収納率（％）", 8.5, "c")
    set_cell(t.cell(3, 1), G.f(p, can, pr, 2023, "令和５年度", "current", "collection_rate", "actual", d5["cr"], "percent", f"{d5['cr']:.2f}") + "（" +
             G.f(p, can, pr, 2022, "令和４年度", "current", "collection_rate", "actual", d4["cr"], "percent", f"{d4['cr']:.2f}") + "）", align="r")
    for j, y in enumerate((2025, 2026, 2027)):
        set_cell(t.cell(3, 2 + j), G.f(p, can, pr, y, era(y, True), "current", "collection_rate", "target", tg[j][0], "percent", f"{tg[j][0]:.2f}"), align="r")
    # row: 滞納繰越分 stacked amount over rate
    set_cell(t.cell(4, 0), "滞納繰越分\n収入未済額\n収納率", 8.5, "c")
    set_cell(t.cell(4, 1), G.f(p, can, pr, 2023, "令和５年度", "arrears", "outstanding", "actual", d5["aout"] * 1000, "yen", c(d5["aout"]) + "千円") + "\n" +
             G.f(p, can, pr, 2023, "令和５年度", "arrears", "collection_rate", "actual", d5["ar"], "percent", f"{d5['ar']:.2f}％"), align="r")
    for j, y in enumerate((2025, 2026, 2027)):
        set_cell(t.cell(4, 2 + j), "－\n" + G.f(p, can, pr, y, era(y, True), "arrears", "collection_rate", "target", tg[j][1], "percent", f"{tg[j][1]:.2f}％"), align="r")
    set_cell(t.cell(5, 0), "具体的な方策", 8.5, "c", True, "F2F2F2")
    t.cell(5, 1).merge(t.cell(5, 4))
    if key in ITEMS:
        lines = []
        for lab, text, stt in ITEMS[key]:
            G.i(p, can, 2025, "具体的な方策", lab, text, stt, debt_raw=pr)
            lines.append(f"{lab}{text}" + (f"【{stt}】" if stt else ""))
        set_cell(t.cell(5, 1), "\n".join(lines), 8.5)
    else:
        set_cell(t.cell(5, 1), "下記のとおり", 8.5)
    para("（　）内は令和４年度実績。", size=7.5, space_after=1)
    if key == "hoiku":
        para("１　取組の内容", gothic=True, size=9.5, space_after=0)
        cur = None
        for l1, l2, l3, text, stt in MEMO:
            if l1 != cur:
                para({"(1)": "（１）現年度分の未納対策", "(2)": "（２）滞納繰越分の整理"}[l1], size=9, indent=3, space_after=0); cur = l1
            if l3 is None:
                para(f"{l2}　{text}" + (f"【{stt}】" if stt else ""), size=9, indent=7, space_after=0)
                G.i(p, can, 2025, "取組の内容", l1 + l2, text, stt, debt_raw=pr)
            else:
                if l3 == "(ｱ)":
                    para(f"{l2}　未納世帯への個別対応", size=9, indent=7, space_after=0)
                para(f"{l3}　{text}" + (f"【{stt}】" if stt else ""), size=9, indent=11, space_after=0)
                G.i(p, can, 2025, "取組の内容", l1 + l2 + l3, text, stt, debt_raw=pr)
    if key in ("shizei", "jutaku"):
        bt = grid(1, 1, [170])
        nd = {"shizei": (412, 186), "jutaku": (38, 0)}[key]
        lines = [f"【参考】{pr}の滞納状況（令和５年度末）",
                 "・滞納者数：" + G.f(p, can, pr, 2023, "令和５年度", "total", "delinquents", "actual", nd[0], "persons", f"{nd[0]}人"),
                 "・収入未済額：" + G.f(p, can, pr, 2023, "令和５年度", "total", "outstanding", "actual", d5["out"] * 1000, "yen", c(d5["out"]) + "千円")]
        if nd[1]:
            lines.append(f"・差押件数：{nd[1]}件")
        set_cell(bt.cell(0, 0), "\n".join(lines), 8.5)
        para("", space_after=1)

for s_ in doc.sections:
    footer_pageno(s_)
# cover without page number: first section different first page
doc.sections[0].different_first_page_header_footer = True

work = Path("/tmp/pf_work"); work.mkdir(exist_ok=True)
dp = work / f"{STEM}.docx"; doc.save(dp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(dp)], check=True, capture_output=True)
pdf = ROOT / "pdf" / f"{STEM}.pdf"
shutil.copy(work / f"{STEM}.pdf", pdf)
G.write(pdf)
check(STEM)
