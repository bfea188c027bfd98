"""pb_hokuto_plan_1: 北杜市債権管理計画（令和7年度～令和9年度）.  python-docx → LibreOffice (soffice).
Run from corpus/dev55."""
import os
import random
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, "build")
from pb_common import Gold, comma, oku_man, rate, series  # noqa: E402

STEM = "pb_hokuto_plan_1"
rng = random.Random(5503)
g = Gold()
YRS = [2019, 2020, 2021, 2022, 2023]
RW = {2019: "令和元年度", 2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度",
      2025: "令和7年度", 2026: "令和8年度", 2027: "令和9年度"}
RWW = {y: f"{RW[y][:-2]}（{y}）年度" for y in RW}

# 会計, canonical, printed, 所管課, parameters (千円)
DEBTS = [
    ("一般会計", "市税", "市税", "税務課", (6_950_000, 98.60, 420_000, 24.0)),
    ("一般会計", "保育所保育料", "保育所保育料", "子育て応援課", (74_000, 98.10, 9_800, 15.0)),
    ("一般会計", "住宅使用料", "市営住宅使用料", "まちづくり推進課", (38_500, 96.20, 14_200, 12.5)),
    ("一般会計", "学校給食費", "学校給食費", "教育総務課", (182_000, 99.10, 6_100, 22.0)),
    ("国民健康保険事業特別会計", "国民健康保険料", "国民健康保険税", "税務課", (1_610_000, 94.40, 520_000, 19.0)),
    ("介護保険事業特別会計", "介護保険料", "介護保険料", "介護支援課", (1_052_000, 98.80, 31_000, 16.0)),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", "市民課",
     (521_000, 99.50, 4_800, 36.0)),
    ("下水道事業会計", "下水道使用料", "下水道使用料", "上下水道課", (618_000, 98.90, 21_000, 27.0)),
]
D = {d[1]: series(rng, YRS, *d[4]) for d in DEBTS}


def total(keys, y, seg):
    t = {k: sum(D[c][y][seg][k] for c in keys) for k in ("assessed", "collected", "written_off", "outstanding")}
    t["rate"] = round(t["collected"] / t["assessed"] * 100, 2)
    return t


ALL = [d[1] for d in DEBTS]
GEN = [d[1] for d in DEBTS if d[0] == "一般会計"]
SPE = [d[1] for d in DEBTS if d[0] != "一般会計"]


def F(v, m, debt, raw, y, seg="total", basis="actual", fy_raw=None, area=None):
    if m == "rate":
        return g.fact(rate(v), v, "collection_rate", "percent", debt=debt, debt_raw=raw, fy=y,
                      fy_raw=fy_raw or RW[y], segment=seg, basis=basis, area=area)
    return g.fact(comma(v), v * 1000, m, "yen", debt=debt, debt_raw=raw, fy=y, fy_raw=fy_raw or RW[y],
                  segment=seg, basis=basis, area=area)


# ------------------------------------------------------------------ docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
sec.different_first_page_header_footer = True


def add_page_field(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("－ ")
    r2 = p.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), tag)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        r2._r.append(e)
    p.add_run(" －")
    for rr in p.runs:
        rr.font.size = Pt(9)


add_page_field(sec)


def font(run, size=None, gothic=False, bold=False):
    name = "IPAexGothic" if gothic else "IPAexMincho"
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    return run


def para(text="", size=10.5, gothic=False, align=None, before=0, after=2, indent=0, first=0,
         bold=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    pf.line_spacing = 1.25
    if indent:
        pf.left_indent = Mm(indent)
    if first:
        pf.first_line_indent = Mm(first)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        font(p.add_run(text), size, gothic, bold)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(c, fill="D9D9D9"):
    tcPr = c._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def vertical(c):
    tcPr = c._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRl")
    tcPr.append(td)


def settext(c, text, size=8, align="c", gothic=False, bold=False):
    c.text = ""
    p = c.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                   "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        r = font(p.add_run(ln), size, gothic, bold)
        if i < len(lines) - 1:
            r.add_break()


def table(nrows, ncols, widths_mm, grid=True):
    t = doc.add_table(rows=nrows, cols=ncols)
    if grid:
        t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for row in t.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)
    grid_el = t._tbl.tblGrid
    for gc, w in zip(grid_el.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    return t


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def borders(c, **kw):
    """kw: top/bottom/left/right = size in eighths of a point (0 = none)"""
    tcPr = c._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        sz = kw.get(side, 0)
        e.set(qn("w:val"), "single" if sz else "nil")
        if sz:
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def caption(text, unit=None):
    p = para(text, 10, True, before=6, after=2)
    if unit:
        p2 = para(unit, 8, align="r", after=1)
    return p


# ------------------------------------------------------------------ page 1: cover
g.page = 1
for _ in range(8):
    para("")
para("北杜市債権管理計画", 26, True, "c", after=8)
para("（令和７年度～令和９年度）", 14, True, "c", after=120)
for _ in range(10):
    para("")
para("令和７年３月", 14, False, "c", after=6)
para("北　杜　市", 16, True, "c")
page_break()

# ------------------------------------------------------------------ page 2: 目次 + 第1章
g.page = 2
para("目　次", 13, True, "c", after=6)
for lab, pg in (("第１章　計画の概要", 2), ("第２章　債権の現状", 3), ("第３章　計画の目標", 6),
                ("第４章　債権ごとの取組み", 7)):
    p = para("", 10.5, indent=15)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(140), WD_TAB_ALIGNMENT.RIGHT, 1)
    font(p.add_run(f"{lab}\t{pg}"), 10.5)
para("第１章　計画の概要", 13, True, before=14, after=4)
para("１　計画策定の趣旨", 11, True, after=2)
para("本市では、平成29年度に北杜市債権管理条例を施行し、市税をはじめとする市の債権について、"
     "全庁的な管理の適正化に取り組んできた。前計画（令和4年度～令和6年度）の期間が終了することから、"
     "その成果と課題を踏まえ、引き続き市民負担の公平性の確保と歳入の確保を図るため、本計画を策定する。",
     10, first=4)
para("２　計画期間", 11, True, before=4, after=2)
para("令和7（2025）年度から令和9（2027）年度までの3年間とする。なお、社会経済情勢の変化等により、"
     "必要に応じて見直しを行う。", 10, first=4)
para("３　対象債権", 11, True, before=4, after=2)
para("令和5年度決算において収入未済額が生じている債権のうち、次に掲げる主要8債権を対象とする。", 10, first=4)
para("（１）公債権", 10, indent=4)
para("ア　強制徴収公債権", 10, indent=8)
para("(ｱ)　市税（個人市民税、法人市民税、固定資産税、軽自動車税）", 10, indent=12)
para("(ｲ)　国民健康保険税、介護保険料、後期高齢者医療保険料", 10, indent=12)
para("(ｳ)　保育所保育料、下水道使用料", 10, indent=12)
para("イ　非強制徴収公債権　該当なし（本計画の対象外）", 10, indent=8)
para("（２）私債権", 10, indent=4)
para("ア　市営住宅使用料", 10, indent=8)
para("イ　学校給食費", 10, indent=8)
para("４　推進体制", 11, True, before=4, after=2)
para("副市長を委員長とする北杜市債権管理対策委員会において進行管理を行い、毎年度の実績を公表する。",
     10, first=4)
page_break()

# ------------------------------------------------------------------ page 3: Table A (会計 merged)
g.page = 3
para("第２章　債権の現状", 13, True, after=4)
para("１　債権別の収入状況（令和5（2023）年度決算）", 11, True, after=2)
para("（単位：千円、％）", 8, align="r", after=1)
hd = ["会計", "債権名", "所管課", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
wd = [26, 28, 20, 22, 22, 16, 19, 13]
t = table(1 + len(DEBTS) + 1, 8, wd)
for j, h in enumerate(hd):
    settext(t.rows[0].cells[j], h, 8, gothic=True)
    shade(t.rows[0].cells[j])
r = 1
groups = []
for d in DEBTS:
    if groups and groups[-1][0] == d[0]:
        groups[-1][1].append(d)
    else:
        groups.append((d[0], [d]))
for acc, ds in groups:
    r0 = r
    for d in ds:
        row = t.rows[r].cells
        settext(row[1], d[2], 8, "l")
        settext(row[2], d[3], 7.5, "l")
        rec = D[d[1]][2023]["total"]
        for j, m in enumerate(("assessed", "collected", "written_off", "outstanding", "rate")):
            settext(row[3 + j], F(rec[m], m, d[1], d[2], 2023, fy_raw="令和5（2023）年度"), 8, "r")
        r += 1
    c = t.cell(r0, 0).merge(t.cell(r - 1, 0)) if r - 1 > r0 else t.cell(r0, 0)
    settext(c, acc, 7.5, "l")
row = t.rows[r].cells
c = row[0].merge(row[2])
settext(c, "合計", 8, gothic=True)
TOT = {y: total(ALL, y, "total") for y in YRS}
for j, m in enumerate(("assessed", "collected", "written_off", "outstanding", "rate")):
    settext(row[3 + j], F(TOT[2023][m], m, None, "合計", 2023, fy_raw="令和5（2023）年度"), 8, "r")
    shade(row[3 + j], "EDEDED")
shade(c, "EDEDED")
o5, o4 = TOT[2023]["outstanding"], TOT[2022]["outstanding"]
dr = round(TOT[2023]["rate"] - TOT[2022]["rate"], 2)
para("", 6)
para("令和5年度末の主要8債権の収入未済額は、約" +
     g.fact(oku_man(o5 * 1000, 1_000_000), round(o5 / 1000) * 1_000_000, "outstanding", "yen",
            debt_raw="主要8債権", fy=2023, fy_raw="令和5年度末", approx=True) +
     "で、前年度末から約" +
     g.fact(oku_man(abs(o5 - o4) * 1000, 1_000_000), round((o5 - o4) / 1000) * 1_000_000, "difference",
            "yen", debt_raw="主要8債権", fy=2023, fy_raw="令和5年度末", approx=True) +
     ("減少" if o5 < o4 else "増加") + "した。合計の収納率は" +
     g.fact(rate(TOT[2023]["rate"]) + "％", TOT[2023]["rate"], "collection_rate", "percent",
            debt_raw="合計", fy=2023, fy_raw="令和5年度") + "で、前年度比" +
     g.fact(f"{abs(dr):.2f}ポイント", dr, "difference", "points", debt_raw="合計", fy=2023,
            fy_raw="令和5年度") + ("上昇" if dr >= 0 else "低下") +
     "している。収入未済額のうち市税と国民健康保険税で約" +
     f"{round((D['市税'][2023]['total']['outstanding'] + D['国民健康保険料'][2023]['total']['outstanding']) / o5 * 10)}" +
     "割を占めており、この２債権の縮減が引き続き課題である。", 10, first=4)
page_break()

# ------------------------------------------------------------------ page 4: Table B + 地区別
g.page = 4
para("２　収入未済額の推移", 11, True, after=2)
para("（単位：千円、％）", 8, align="r", after=1)
hd = ["債権名"] + [RW[y] for y in YRS] + ["5年平均", "増減額\n(R5−R1)", "増減率"]
wd = [30, 17, 17, 17, 17, 17, 17, 17, 13]
nrows = 1 + 1 + len(GEN) + 1 + 1 + len(SPE) + 1 + 1
t = table(nrows, 9, wd)
for j, h in enumerate(hd):
    settext(t.rows[0].cells[j], h, 7.5, gothic=True)
    shade(t.rows[0].cells[j])


def trow(r, label, series_, debt, raw, fill=None):
    cells = t.rows[r].cells
    settext(cells[0], label, 8, "l")
    for j, y in enumerate(YRS):
        settext(cells[1 + j], F(series_[y], "outstanding", debt, raw, y), 8, "r")
    avg = round(sum(series_[y] for y in YRS) / 5)
    settext(cells[6], g.fact(comma(avg), avg * 1000, "outstanding_average", "yen", debt=debt, debt_raw=raw,
                             fy=2023, fy_raw="5年平均", basis="actual"), 8, "r")
    dd = series_[2023] - series_[2019]
    settext(cells[7], g.fact(comma(dd), dd * 1000, "difference", "yen", debt=debt, debt_raw=raw, fy=2023,
                             fy_raw="R5−R1"), 8, "r")
    pr = round(dd / series_[2019] * 100, 1)
    settext(cells[8], g.fact(("△" if pr < 0 else "") + f"{abs(pr):.1f}", pr, "change_rate", "percent",
                             debt=debt, debt_raw=raw, fy=2023, fy_raw="R5−R1"), 8, "r")
    if fill:
        for c in cells:
            shade(c, fill)


r = 1
for sec_name, keys in (("【一般会計】", GEN), ("【特別会計】", SPE)):
    c = t.rows[r].cells[0].merge(t.rows[r].cells[8])
    settext(c, sec_name, 8, "l", gothic=True)
    r += 1
    for k in keys:
        raw = [d[2] for d in DEBTS if d[1] == k][0]
        trow(r, raw, {y: D[k][y]["total"]["outstanding"] for y in YRS}, k, raw)
        r += 1
    trow(r, "小計", {y: total(keys, y, "total")["outstanding"] for y in YRS}, None, "小計", "F2F2F2")
    r += 1
trow(r, "合計", {y: TOT[y]["outstanding"] for y in YRS}, None, "合計", "E4E4E4")
para("※ 増減率＝増減額÷令和元年度の収入未済額×100（△は減少）。下水道事業会計は特別会計に含めて集計した。", 7.5,
     before=2)

para("３　地区別の市税（滞納繰越分）の状況（令和5年度）", 11, True, before=10, after=2)
para("（単位：千円、％）", 8, align="r", after=1)
AREAS = ["明野", "須玉", "高根", "長坂", "大泉", "小淵沢", "白州", "武川"]
W_ = [0.07, 0.13, 0.15, 0.14, 0.17, 0.12, 0.11, 0.11]
arr = D["市税"][2023]["arrears"]
parts = {}
rest = {k: arr[k] for k in ("assessed", "collected", "outstanding")}
for i, a in enumerate(AREAS):
    if i == len(AREAS) - 1:
        parts[a] = dict(rest)
    else:
        w = W_[i]
        pa = int(arr["assessed"] * w)
        pc = int(pa * (arr["rate"] + rng.uniform(-4, 4)) / 100)
        parts[a] = {"assessed": pa, "collected": pc}
        rest["assessed"] -= pa
        rest["collected"] -= pc
for a in AREAS:
    pa = parts[a]
    pa["outstanding"] = None
# outstanding per area = assessed - collected - written off share
wo_rest = arr["written_off"]
for i, a in enumerate(AREAS):
    pa = parts[a]
    wo = wo_rest if i == len(AREAS) - 1 else int(arr["written_off"] * W_[i])
    wo_rest -= wo if i < len(AREAS) - 1 else 0
    pa["outstanding"] = pa["assessed"] - pa["collected"] - wo
    pa["rate"] = round(pa["collected"] / pa["assessed"] * 100, 2)
hd = ["地区", "調定額", "収入済額", "収納率", "収入未済額"]
wd = [30, 32, 32, 22, 32]
t = table(1 + len(AREAS) + 1, 5, wd, grid=False)
for j, h in enumerate(hd):
    c = t.rows[0].cells[j]
    settext(c, h, 8, gothic=True)
    borders(c, top=12, bottom=8)
for i, a in enumerate(AREAS + ["計"]):
    cells = t.rows[1 + i].cells
    rec = parts[a] if a != "計" else arr
    area = a if a != "計" else None
    settext(cells[0], a, 8)
    for j, m in enumerate(("assessed", "collected", "rate", "outstanding")):
        settext(cells[1 + j], F(rec[m], m, "市税", "市税", 2023, "arrears", area=area), 8, "r")
    if a == "計":
        for c in cells:
            borders(c, top=6, bottom=12)
para("※ 地区は旧町村の区域による。収入未済額は不納欠損額を控除した額。", 7.5, before=2)

# ------------------------------------------------------------------ page 5: landscape
g.page = 5
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
s2.orientation = WD_ORIENT.LANDSCAPE
s2.page_width, s2.page_height = Mm(297), Mm(210)
s2.left_margin = s2.right_margin = Mm(20)
s2.top_margin, s2.bottom_margin = Mm(18), Mm(15)
para("４　主要債権の収納状況の推移", 11, True, after=2)
para("（単位：千円、％）", 8, align="r", after=1)
MAIN = DEBTS[0], DEBTS[4], DEBTS[5], DEBTS[6]
Y3 = [2021, 2022, 2023]
wd = [14, 18] + [25, 25, 15.6] * 3
t = table(2 + 3 * len(MAIN), 11, wd)
h0, h1 = t.rows[0].cells, t.rows[1].cells
c = h0[0].merge(h1[0])
settext(c, "債権名", 8, gothic=True)
vertical(c)
shade(c)
c = h0[1].merge(h1[1])
settext(c, "区分", 8, gothic=True)
shade(c)
for j, y in enumerate(Y3):
    c = h0[2 + 3 * j].merge(h0[4 + 3 * j])
    settext(c, RW[y] + "決算", 8, gothic=True)
    shade(c)
    for k, m in enumerate(("調定額", "収入済額", "収納率")):
        settext(h1[2 + 3 * j + k], m, 8, gothic=True)
        shade(h1[2 + 3 * j + k])
repeat_header(t.rows[0])
repeat_header(t.rows[1])
r = 2
for d in MAIN:
    c = t.cell(r, 0).merge(t.cell(r + 2, 0))
    settext(c, d[2], 8)
    for seg, lab in (("current", "現年分"), ("arrears", "滞繰分"), ("total", "計")):
        cells = t.rows[r].cells
        settext(cells[1], lab, 8)
        for j, y in enumerate(Y3):
            for k, m in enumerate(("assessed", "collected", "rate")):
                settext(cells[2 + 3 * j + k], F(D[d[1]][y][seg][m], m, d[1], d[2], y, seg), 8, "r")
        r += 1
para("※ 滞繰分は滞納繰越分をいう。収納率は小数点以下第3位を四捨五入している。", 7.5, before=2)

# ------------------------------------------------------------------ page 6: targets
g.page = 6
s3 = doc.add_section(WD_SECTION.NEW_PAGE)
s3.orientation = WD_ORIENT.PORTRAIT
s3.page_width, s3.page_height = Mm(210), Mm(297)
s3.left_margin = s3.right_margin = Mm(22)
s3.top_margin, s3.bottom_margin = Mm(20), Mm(18)
para("第３章　計画の目標", 13, True, after=4)
para("１　前計画における目標の達成状況（収納率）", 11, True, after=2)
para("（単位：％）", 8, align="r", after=1)
PREV = {}
for d in DEBTS[:8]:
    PREV[d[1]] = {y: min(99.9, round(D[d[1]][y]["total"]["rate"] + rng.choice([-0.6, -0.3, 0.2, 0.4, 0.7]), 2))
                  for y in (2022, 2023)}
wd = [34, 18, 18, 16, 18, 18, 16]
t = table(2 + len(DEBTS), 7, wd)
h0, h1 = t.rows[0].cells, t.rows[1].cells
c = h0[0].merge(h1[0])
settext(c, "債権名", 8, gothic=True)
shade(c)
for j, y in enumerate((2023, 2022)):
    c = h0[1 + 3 * j].merge(h0[3 + 3 * j])
    settext(c, RW[y], 8, gothic=True)
    shade(c)
    for k, m in enumerate(("目標", "実績", "達成率")):
        settext(h1[1 + 3 * j + k], m, 8, gothic=True)
        shade(h1[1 + 3 * j + k])
for i, d in enumerate(DEBTS):
    cells = t.rows[2 + i].cells
    settext(cells[0], d[2], 8, "l")
    for j, y in enumerate((2023, 2022)):
        tg = PREV[d[1]][y]
        ac = D[d[1]][y]["total"]["rate"]
        settext(cells[1 + 3 * j], F(tg, "rate", d[1], d[2], y, basis="target"), 8, "r")
        settext(cells[2 + 3 * j], F(ac, "rate", d[1], d[2], y), 8, "r")
        ach = round(ac / tg * 100, 1)
        settext(cells[3 + 3 * j], g.fact(f"{ach:.1f}", ach, "achievement_rate", "percent", debt=d[1],
                                         debt_raw=d[2], fy=y, fy_raw=RW[y]), 8, "r")
para("※ 達成率＝実績÷目標×100", 7.5, before=2)

para("２　目標収納率（現年分・滞納繰越分の合計）", 11, True, before=8, after=2)
para("（単位：％）", 8, align="r", after=1)
TG = {}
shown = DEBTS[:2] + DEBTS[4:7]
for d in shown:
    base = D[d[1]][2023]["total"]["rate"]
    TG[d[1]] = {y: round(base + 0.18 * (i + 1) + (0.6 * (i + 1) if base < 90 else 0), 2)
                for i, y in enumerate((2025, 2026, 2027))}
t = table(1 + 3, 1 + len(shown), [38] + [26] * len(shown))
settext(t.rows[0].cells[0], "年度", 8, gothic=True)
shade(t.rows[0].cells[0])
for j, d in enumerate(shown):
    settext(t.rows[0].cells[1 + j], d[2], 7.5, gothic=True)
    shade(t.rows[0].cells[1 + j])
for i, y in enumerate((2025, 2026, 2027)):
    cells = t.rows[1 + i].cells
    settext(cells[0], RWW[y], 8)
    for j, d in enumerate(shown):
        settext(cells[1 + j], F(TG[d[1]][y], "rate", d[1], d[2], y, basis="target", fy_raw=RWW[y]), 8, "r")

para("３　収入未済額の目標", 11, True, before=8, after=2)
para("計画最終年度までに、主要債権の収入未済額を次のとおり縮減することを目標とする。", 10, first=4)
OT = {}
for d in (DEBTS[0], DEBTS[4], DEBTS[5]):
    b = D[d[1]][2023]["total"]["outstanding"]
    OT[d[1]] = {y: int(round(b * (0.95 - 0.05 * i) / 1000)) * 1000 for i, y in enumerate((2025, 2026, 2027))}


def tabline(cols, size=9.5, gothic=False):
    p = para("", size, indent=6, after=1)
    for x in (62, 102, 142):
        p.paragraph_format.tab_stops.add_tab_stop(Mm(x), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run("\t".join(cols)), size, gothic)


tabline(["債権名", "令和7年度", "令和8年度", "令和9年度"], 9.5, True)
for d in (DEBTS[0], DEBTS[4], DEBTS[5]):
    tabline([d[2]] + [F(OT[d[1]][y], "outstanding", d[1], d[2], y, basis="target") + "千円"
                      for y in (2025, 2026, 2027)])
page_break()

# ------------------------------------------------------------------ page 7-8: 推進シート
SHEETS = [
    (DEBTS[0], "１", [
        ("①", "納期限から20日以内に督促状を発送し、その後１か月以内に電話催告を行う。", "継続", False),
        ("②", "滞納繰越１年目の案件は、年度前半に財産調査を終え、差押えまで進める。", "拡充", False),
        ("③", "山梨県地方税滞納整理推進機構への引継ぎにより、高額・困難案件の整理を進める。", "継続", False),
        ("④", "スマートフォン決済及び地方税統一QRコードによる納付の周知を行う。", "新規", True),
    ]),
    (DEBTS[4], "２", [
        ("①", "口座振替の勧奨を加入手続の窓口で行い、口座振替率を高める。", "継続", False),
        ("②", "資格喪失後の未納者に対し、喪失届の受理後速やかに納付を促す。", "継続", False),
        ("③", "市税と一体で財産調査及び滞納処分を行う。", "継続", False),
    ]),
    (DEBTS[5], "３", [
        ("①", "普通徴収者への口座振替の案内を、納入通知書の送付時に同封する。", "継続", False),
        ("②", "時効が近い未納分の催告を年２回行い、給付制限の内容をあわせて通知する。", "拡充", False),
    ]),
    (DEBTS[1], "４", [
        ("①", "入所時の面談で納付方法を説明し、口座振替を原則とする。", "継続", False),
        ("②", "児童手当からの徴収の申出を活用し、滞納額の累積を防ぐ。", "継続", False),
        ("③", "退所世帯の未納分について、退所前に納付計画を確認する。", "新規", False),
    ]),
]
for si, (d, num, its) in enumerate(SHEETS):
    if si == 0:
        g.page = 7
        para("第４章　債権ごとの取組み", 13, True, after=4)
    if si == 2:
        page_break()
        g.page = 8
    para(f"{num}　債権ごとの取組み（{d[2]}）", 11, True, before=6, after=2)
    t = table(4, 4, [24, 70, 24, 48])
    rows = t.rows
    settext(rows[0].cells[0], "所管課", 8, gothic=True)
    shade(rows[0].cells[0])
    settext(rows[0].cells[1], d[3], 8.5, "l")
    settext(rows[0].cells[2], "債権区分", 8, gothic=True)
    shade(rows[0].cells[2])
    settext(rows[0].cells[3], "私債権" if d[1] in ("住宅使用料", "学校給食費") else "強制徴収公債権", 8.5, "l")
    # 現状と課題 paragraph with figures | 数値目標 plain figures
    settext(rows[1].cells[0], "現状と課題", 8, gothic=True)
    vertical(rows[1].cells[0])
    shade(rows[1].cells[0])
    o, o0 = D[d[1]][2023]["total"]["outstanding"], D[d[1]][2022]["total"]["outstanding"]
    txt = ("令和5年度末の収入未済額は" +
           g.fact(f"{comma(o)}千円", o * 1000, "outstanding", "yen", debt=d[1], debt_raw=d[2], fy=2023,
                  fy_raw="令和5年度末") + "で、前年度より" +
           g.fact(f"{comma(abs(o - o0))}千円", (o - o0) * 1000, "difference", "yen", debt=d[1], debt_raw=d[2],
                  fy=2023, fy_raw="令和5年度末") + ("減少" if o < o0 else "増加") +
           "した。現年分の収納率は" +
           g.fact(rate(D[d[1]][2023]["current"]["rate"]) + "％", D[d[1]][2023]["current"]["rate"],
                  "collection_rate", "percent", debt=d[1], debt_raw=d[2], fy=2023, fy_raw="令和5年度",
                  segment="current") +
           "で、滞納の初期段階での接触をさらに早める必要がある。")
    settext(rows[1].cells[1], txt, 8, "l")
    settext(rows[1].cells[2], "数値目標\n（収納率・％）", 8, gothic=True)
    shade(rows[1].cells[2])
    base = D[d[1]][2023]
    lines = []
    for y, k in ((2025, 1), (2027, 3)):
        cu = round(base["current"]["rate"] + 0.05 * k, 2)
        ar = round(base["arrears"]["rate"] + 0.8 * k, 2)
        lines.append(f"{RW[y]}　現年分 " + F(cu, "rate", d[1], d[2], y, "current", "target") +
                     "／滞繰分 " + F(ar, "rate", d[1], d[2], y, "arrears", "target"))
    settext(rows[1].cells[3], "\n".join(lines), 8, "l")
    settext(rows[2].cells[0], "具体的な取組", 8, gothic=True)
    shade(rows[2].cells[0])
    c = rows[2].cells[1].merge(rows[2].cells[3])
    txts = []
    for lab, body, stt, alone in its:
        g.init(body, debt=d[1], debt_raw=d[2], fy=2025, section="具体的な取組", label=lab, status=stt)
        txts.append(f"{lab}　{body}" + ("\n" if alone else "") + (f"【{stt}】" if stt else ""))
    settext(c, "\n".join(txts), 8, "l")
    settext(rows[3].cells[0], "備考", 8, gothic=True)
    shade(rows[3].cells[0])
    c = rows[3].cells[1].merge(rows[3].cells[3])
    ao = D[d[1]][2023]["arrears"]["outstanding"]
    wo = D[d[1]][2023]["total"]["written_off"]
    settext(c, "令和5年度末収入未済額のうち滞納繰越分 " +
            F(ao, "outstanding", d[1], d[2], 2023, "arrears") + "千円、同年度の不納欠損額 " +
            F(wo, "written_off", d[1], d[2], 2023, "total") + "千円", 8, "l")

os.makedirs("/tmp/pb_work", exist_ok=True)
src = f"/tmp/pb_work/{STEM}.docx"
doc.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", "/tmp/pb_work", src], check=True,
               capture_output=True)
out = f"pdf/{STEM}.pdf"
shutil.copy(f"/tmp/pb_work/{STEM}.pdf", out)
import pymupdf  # noqa: E402
n = len(pymupdf.open(out))
g.save(STEM, out, {"kind": "plan", "family": "plan", "municipality": "北杜市",
                   "title": "北杜市債権管理計画（令和７年度～令和９年度）",
                   "date": "2025-03-01", "date_raw": "令和７年３月"}, n)
