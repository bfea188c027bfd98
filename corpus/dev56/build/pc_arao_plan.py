"""pc_arao_plan_1: 第２次荒尾市債権管理計画（令和6～8年度）.
Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).  Run from corpus/dev56."""
import os
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pc_common import Gold, rate, zen  # noqa: E402

STEM = "pc_arao_plan_1"
WORK = "/tmp/pc_work"
g = Gold(STEM, "plan", "plan", "荒尾市", "第２次荒尾市債権管理計画", "2024-03-01", "令和６年３月")

# ------------------------------------------------------------------ data (千円)
DEBTS = [  # name, 会計, 所管課, current base, growth, cur rates 2018..2022, arrears open 2018, arr rates, write-off share
    ("市税", "一般会計", "税務課", 6234100, 0.006, [98.61, 98.70, 98.52, 98.84, 98.95], 312400, [21.3, 22.1, 20.6, 23.4, 24.8], 0.072),
    ("保育所保育料", "一般会計", "こども家庭課", 286400, -0.035, [98.10, 98.22, 98.35, 98.41, 98.56], 24100, [14.2, 15.0, 15.8, 16.9, 17.4], 0.065),
    ("市営住宅使用料", "一般会計", "建築住宅課", 348900, -0.011, [96.84, 96.92, 97.05, 97.18, 97.30], 68200, [10.8, 11.2, 11.9, 12.5, 13.1], 0.041),
    ("国民健康保険税", "国民健康保険事業特別会計", "収納課", 1512300, -0.018, [93.85, 94.12, 94.40, 94.63, 94.91], 598700, [14.1, 14.8, 15.5, 16.2, 16.9], 0.088),
    ("介護保険料", "介護保険事業特別会計", "介護保険課", 1064800, 0.012, [98.92, 98.98, 99.03, 99.10, 99.14], 27600, [12.4, 13.1, 13.5, 14.2, 14.8], 0.15),
    ("後期高齢者医療保険料", "後期高齢者医療事業特別会計", "保険年金課", 602500, 0.028, [99.41, 99.45, 99.50, 99.52, 99.56], 5300, [30.2, 31.5, 32.4, 33.0, 34.1], 0.06),
]
YEARS = [2018, 2019, 2020, 2021, 2022]
D = {}
for (n, kai, ka, base, gr, crs, arr0, ars, wsh) in DEBTS:
    arr = arr0
    for k, y in enumerate(YEARS):
        ca = round(base * (1 + gr) ** k)
        cc = round(ca * crs[k] / 100)
        aa = arr
        ac = round(aa * ars[k] / 100)
        aw = round(aa * wsh)
        D[(n, y)] = dict(ca=ca, cc=cc, aa=aa, ac=ac, aw=aw, co=ca - cc, ao=aa - ac - aw, cr=rate(cc, ca), ar=rate(ac, aa),
                         ta=ca + aa, tc=cc + ac, tw=aw, to=ca - cc + aa - ac - aw, tr=rate(cc + ac, ca + aa))
        arr = ca - cc + aa - ac - aw
TOT = {y: {k: sum(D[(n[0], y)][k] for n in DEBTS) for k in ("ta", "tc", "tw", "to")} for y in YEARS}
# estimates / targets: current rate, arrears rate  (2023 estimate, 2024-2026 targets)
PLAN = {
    "市税": [(98.98, 25.2), (99.00, 25.5), (99.05, 26.0), (99.10, 26.5)],
    "保育所保育料": [(98.60, 17.8), (98.65, 18.0), (98.70, 18.5), (98.75, 19.0)],
    "市営住宅使用料": [(97.35, 13.4), (97.40, 13.8), (97.45, 14.2), (97.50, 14.6)],
    "国民健康保険税": [(95.02, 17.3), (95.10, 17.8), (95.20, 18.3), (95.30, 18.8)],
    "介護保険料": [(99.15, 15.0), (99.18, 15.4), (99.20, 15.8), (99.22, 16.2)],
    "後期高齢者医療保険料": [(99.57, 34.5), (99.58, 35.0), (99.60, 35.5), (99.62, 36.0)],
}

# ------------------------------------------------------------------ docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.25
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)


def para(text, size=10.5, bold=False, align=None, gothic=False, indent=0, first=0, before=0, after=0):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if gothic:
        r.font.name = "IPAexGothic"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.left_indent = Pt(indent)
    pf.first_line_indent = Pt(first)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def pagebreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def borders(table, spec):
    """spec: dict edge -> 'single'/'nil' for top,left,bottom,right,insideH,insideV."""
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), spec.get(edge, "single"))
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_border(cell, edge, val="single", sz="8"):
    tcPr = cell._tc.get_or_add_tcPr()
    tb = tcPr.find(qn("w:tcBorders"))
    if tb is None:
        tb = OxmlElement("w:tcBorders")
        tcPr.append(tb)
    e = OxmlElement(f"w:{edge}")
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), sz)
    e.set(qn("w:color"), "000000")
    tb.append(e)


def table(rows, widths, size=8.5, aligns=None, header=1, fill="D9E2EF", merges=(), style="grid"):
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    if style == "grid":
        borders(t, {})
    elif style == "none":
        borders(t, {e: "nil" for e in ("top", "left", "bottom", "right", "insideH", "insideV")})
    elif style == "hrules":
        borders(t, {"top": "single", "left": "nil", "bottom": "single", "right": "nil", "insideH": "nil", "insideV": "nil"})
    # LibreOffice takes column widths from tblGrid: set grid, fixed layout and total width
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    old_tw = tblPr.find(qn("w:tblW"))
    if old_tw is not None:
        tblPr.remove(old_tw)
    tblPr.append(tw)
    for (r, c, rs, cs) in merges:
        a = t.cell(r, c)
        b = t.cell(r + rs - 1, c + cs - 1)
        a.merge(b)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Mm(widths[j])
            if v is None:
                continue
            cell.text = ""
            p = cell.paragraphs[0]
            run = p.add_run(str(v))
            run.font.size = Pt(size)
            p.paragraph_format.line_spacing = 1.0
            p.paragraph_format.space_before = Pt(1.5)
            p.paragraph_format.space_after = Pt(1.5)
            if i < header:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if fill:
                    shade(cell, fill)
            elif aligns:
                p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER}[aligns[j]]
            if style == "hrules" and i == header - 1:
                cell_border(cell, "bottom")
    return t


def m1(v):  # 千円 -> 百万円 one decimal string and yen value
    x = round(v / 1000, 1)
    return f"{x:,.1f}", round(x * 1e6)


def okuman(v_senyen):
    n = round(v_senyen * 1000 / 1e6)
    o, m = divmod(n, 100)
    return "約" + (f"{zen(o)}億" if o else "") + (zen(f"{m * 100:,}") + "万円"), n * 1_000_000


# ------------------------------------------------------------------ p1 cover
for _ in range(8):
    para("")
para("第２次荒尾市債権管理計画", 24, gothic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("令和６（2024）年度～令和８（2026）年度", 14, align=WD_ALIGN_PARAGRAPH.CENTER, before=12)
for _ in range(14):
    para("")
para("令和６年３月", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
para("荒　尾　市", 16, gothic=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=8)
pagebreak()

# ------------------------------------------------------------------ p2 趣旨 + 推移
PG = 2
para("第１　計画の趣旨", 13, gothic=True, after=4)
para("本市では、平成３０（2018）年度に荒尾市債権管理計画を策定し、市税をはじめとする市の債権について、収納率の向上と"
     "収入未済額の縮減に取り組んできた。この間、口座振替の推進や滞納処分の強化により一定の成果を上げてきたが、"
     "依然として多額の収入未済額が残っている。このため、令和６（2024）年度から令和８（2026）年度までの３年間を"
     "計画期間とする第２次計画を策定し、全庁的な債権管理を一層推進するものである。", first=10.5, indent=0)
para("この計画は、荒尾市債権管理条例に基づき、債権の発生から消滅までの各段階における管理の方針と、債権ごとの具体的な"
     "取組を定めるものであり、毎年度の実施状況を債権管理推進会議において点検し、必要に応じて見直しを行う。", first=10.5, before=4)
para("第２　債権の現状", 13, gothic=True, before=10, after=4)
para("（１）主要６債権の収入未済額の推移", 11, gothic=True, after=2)
t4, t3 = TOT[2022], TOT[2021]
om, ov = okuman(t4["to"])
dd = t3["to"] - t4["to"]
dm, dv = okuman(abs(dd))
r22 = rate(t4["tc"], t4["ta"])
r21 = rate(t3["tc"], t3["ta"])
dpt = round(r22 - r21, 2)
txt = (f"令和４（2022）年度決算における主要６債権の収入未済額は{om}で、前年度から{dm}{'減少' if dd > 0 else '増加'}した。"
       f"収納率は{zen(f'{r22:.2f}')}％で、前年度比{zen(f'{abs(dpt):.2f}')}ポイント{'上昇' if dpt >= 0 else '低下'}している。")
para(txt, first=10.5)
g.f(PG, om, ov, "yen", "outstanding", "actual", 2022, "令和４（2022）年度", "total", None, None, approx=True)
g.f(PG, dm + ("減少" if dd > 0 else "増加"), -dv if dd > 0 else dv, "yen", "difference", "actual", 2022, "令和４（2022）年度", "total", None, None, approx=True)
g.f(PG, zen(f"{r22:.2f}") + "％", r22, "percent", "collection_rate", "actual", 2022, "令和４（2022）年度", "total", None, None)
g.f(PG, "前年度比" + zen(f"{abs(dpt):.2f}") + "ポイント", dpt, "points", "difference", "actual", 2022, "令和４（2022）年度", "total", None, None)
para("表１　主要６債権の決算額の推移（単位：百万円、％）", 9.5, gothic=True, before=6, after=2)
YLAB = {2018: "平成30年度", 2019: "令和元年度", 2020: "令和２年度", 2021: "3年度", 2022: "4年度"}
rows = [["年度", "調定額", "収入済額", "収納率", "収入未済額", "増減額", "増減率"]]
prev = None
for y in YEARS:
    t = TOT[y]
    a, av = m1(t["ta"])
    c, cv = m1(t["tc"])
    o, ovv = m1(t["to"])
    rt = rate(t["tc"], t["ta"])
    row = [YLAB[y], a, c, f"{rt:.2f}", o]
    yl = YLAB[y]
    g.f(PG, a, av, "yen", "assessed", "actual", y, yl)
    g.f(PG, c, cv, "yen", "collected", "actual", y, yl)
    g.f(PG, f"{rt:.2f}", rt, "percent", "collection_rate", "actual", y, yl)
    g.f(PG, o, ovv, "yen", "outstanding", "actual", y, yl)
    if prev is None:
        row += ["－", "－"]
    else:
        dvv = round(round(t["to"] / 1000, 1) - round(prev / 1000, 1), 1)
        dr = round(dvv / round(prev / 1000, 1) * 100, 1)
        ds = ("△" if dvv < 0 else "") + f"{abs(dvv):,.1f}"
        rs = ("△" if dr < 0 else "") + f"{abs(dr):.1f}"
        row += [ds, rs]
        g.f(PG, ds, round(dvv * 1e6), "yen", "difference", "actual", y, yl)
        g.f(PG, rs, dr, "percent", "change_rate", "actual", y, yl)
    prev = t["to"]
    rows.append(row)
avg = {k: sum(TOT[y][k] for y in YEARS) / 5 for k in ("ta", "tc", "to")}
aa_, av_ = m1(avg["ta"])
ac_, acv = m1(avg["tc"])
ao_, aov = m1(avg["to"])
ar_ = rate(avg["tc"], avg["ta"])
rows.append(["5年平均", aa_, ac_, f"{ar_:.2f}", ao_, "－", "－"])
for raw, val, met, unit in ((aa_, av_, "avg_assessed", "yen"), (ac_, acv, "avg_collected", "yen"),
                            (f"{ar_:.2f}", ar_, "avg_collection_rate", "percent"), (ao_, aov, "avg_outstanding", "yen")):
    g.f(PG, raw, val, unit, met, "actual", None, "5年平均")
table(rows, [26, 24, 24, 18, 24, 20, 18], size=9, aligns="lrrrrrr", style="hrules", fill=None)
para("※ 主要６債権：市税、保育所保育料、市営住宅使用料、国民健康保険税、介護保険料、後期高齢者医療保険料。"
     "増減額・増減率は収入未済額の対前年度比較（△は減少）。", 8.5, before=3)
pagebreak()

# ------------------------------------------------------------------ p3 債権別（令和４年度決算）, section rows, 収納率 first
PG = 3
para("（２）債権別の状況（令和４年度決算）", 11, gothic=True, after=2)
para("表２　債権別収納状況（令和４年度決算）", 9.5, gothic=True, after=1)
para("（単位：％、千円）", 8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
rows = [["債権名", "所管課", "収納率", "調定額", "収入済額", "不納欠損額", "収入未済額"]]
merges = []
fill_rows = []
grand = dict(ta=0, tc=0, tw=0, to=0)
for secname, kaiset in (("【一般会計】", ("一般会計",)), ("【特別会計】", ("国民健康保険事業特別会計", "介護保険事業特別会計", "後期高齢者医療事業特別会計"))):
    rows.append([secname, None, None, None, None, None, None])
    merges.append((len(rows) - 1, 0, 1, 7))
    sub = dict(ta=0, tc=0, tw=0, to=0)
    for (n, kai, ka, *_r) in DEBTS:
        if kai not in kaiset:
            continue
        r = D[(n, 2022)]
        rows.append([n, ka, f"{r['tr']:.2f}", f"{r['ta']:,}", f"{r['tc']:,}", f"{r['tw']:,}", f"{r['to']:,}"])
        g.f(PG, f"{r['tr']:.2f}", r["tr"], "percent", "collection_rate", "actual", 2022, "令和４年度", "total", n)
        for k, met in (("ta", "assessed"), ("tc", "collected"), ("tw", "written_off"), ("to", "outstanding")):
            g.f(PG, f"{r[k]:,}", r[k] * 1000, "yen", met, "actual", 2022, "令和４年度", "total", n)
            sub[k] += r[k]
    sr = rate(sub["tc"], sub["ta"])
    rows.append(["小計", "", f"{sr:.2f}", f"{sub['ta']:,}", f"{sub['tc']:,}", f"{sub['tw']:,}", f"{sub['to']:,}"])
    fill_rows.append(len(rows) - 1)
    g.f(PG, f"{sr:.2f}", sr, "percent", "collection_rate", "actual", 2022, "令和４年度", "total", None, "小計")
    for k, met in (("ta", "assessed"), ("tc", "collected"), ("tw", "written_off"), ("to", "outstanding")):
        g.f(PG, f"{sub[k]:,}", sub[k] * 1000, "yen", met, "actual", 2022, "令和４年度", "total", None, "小計")
        grand[k] += sub[k]
gr_ = rate(grand["tc"], grand["ta"])
rows.append(["合計", "", f"{gr_:.2f}", f"{grand['ta']:,}", f"{grand['tc']:,}", f"{grand['tw']:,}", f"{grand['to']:,}"])
fill_rows.append(len(rows) - 1)
g.f(PG, f"{gr_:.2f}", gr_, "percent", "collection_rate", "actual", 2022, "令和４年度", "total", None, "合計")
for k, met in (("ta", "assessed"), ("tc", "collected"), ("tw", "written_off"), ("to", "outstanding")):
    g.f(PG, f"{grand[k]:,}", grand[k] * 1000, "yen", met, "actual", 2022, "令和４年度", "total", None, "合計")
t = table(rows, [36, 24, 16, 24, 24, 20, 22], size=8.5, aligns="llrrrrr", merges=merges)
for i in fill_rows:
    for c in range(7):
        shade(t.cell(i, c), "EDEDED")
para("※ 収納率は現年度分及び滞納繰越分の合計。国民健康保険税は国民健康保険事業特別会計、介護保険料は介護保険事業特別会計、"
     "後期高齢者医療保険料は後期高齢者医療事業特別会計に属する。", 8.5, before=3)
n22 = D[("国民健康保険税", 2022)]
para("（３）現状の課題", 11, gothic=True, before=10, after=2)
om2, ov2 = okuman(n22["to"])
para(f"収入未済額の約半分を国民健康保険税が占めており、令和４年度末の同税の収入未済額は{om2}である。"
     "また、市営住宅使用料及び保育所保育料は私債権又は非強制徴収公債権であり、法的措置の手続に時間を要することが課題となっている。", first=10.5)
g.f(PG, om2, ov2, "yen", "outstanding", "actual", 2022, "令和４年度", "total", "国民健康保険税", approx=True)

# ------------------------------------------------------------------ p4 landscape: 数値目標 (会計 outer header, 3-level columns)
ns = doc.add_section(WD_SECTION.NEW_PAGE)
ns.orientation = WD_ORIENT.LANDSCAPE
ns.page_width, ns.page_height = Mm(297), Mm(210)
ns.left_margin = ns.right_margin = Mm(15)
ns.top_margin, ns.bottom_margin = Mm(15), Mm(15)
PG = 4
para("第３　数値目標", 13, gothic=True, after=2)
para("各債権の収納率について、次のとおり目標を定める。令和５年度は決算見込、令和６年度から令和８年度までは目標値である。", first=10.5, after=4)
para("表３　債権別収納率の実績及び目標（単位：％）", 9.5, gothic=True, after=2)
YH = [(2022, "令和４年度", "実績", "actual"), (2023, "令和５年度", "見込", "estimate"), (2024, "令和６年度", "目標", "target"),
      (2025, "令和７年度", "目標", "target"), (2026, "令和８年度", "目標", "target")]
hdr0 = ["会計", "債権名", "所管課"] + sum([[yl, None] for (_, yl, _, _) in YH], [])
hdr1 = [None, None, None] + sum([[b, None] for (_, _, b, _) in YH], [])
hdr2 = [None, None, None] + ["現年度分", "滞納繰越分"] * 5
rows = [hdr0, hdr1, hdr2]
merges = [(0, 0, 3, 1), (0, 1, 3, 1), (0, 2, 3, 1)] + [(0, 3 + 2 * k, 1, 2) for k in range(5)] + [(1, 3 + 2 * k, 1, 2) for k in range(5)]
start = {}
for (n, kai, ka, *_r) in DEBTS:
    r = D[(n, 2022)]
    vals = [(r["cr"], r["ar"])] + PLAN[n]
    row = [kai if kai not in start else None, n, ka]
    start.setdefault(kai, len(rows))
    for (y, yl, b, basis), (cv, av) in zip(YH, vals):
        nd = 2 if y == 2022 else (2 if True else 1)
        cs, as_ = f"{cv:.2f}", (f"{av:.2f}" if y == 2022 else f"{av:.1f}")
        row += [cs, as_]
        g.f(PG, cs, cv, "percent", "collection_rate", basis, y, yl, "current", n)
        g.f(PG, as_, av, "percent", "collection_rate", basis, y, yl, "arrears", n)
    rows.append(row)
merges.append((start["一般会計"], 0, 3, 1))
table(rows, [40, 38, 24] + [17.5] * 10, size=8.5, aligns="lll" + "r" * 10, header=3, merges=merges)
para("※ 滞納繰越分の目標は、小数点以下第１位までとしている。", 8.5, before=3)

# ------------------------------------------------------------------ p5-p6 portrait: 推進シート
ns = doc.add_section(WD_SECTION.NEW_PAGE)
ns.orientation = WD_ORIENT.PORTRAIT
ns.page_width, ns.page_height = Mm(210), Mm(297)
ns.left_margin = ns.right_margin = Mm(22)
ns.top_margin, ns.bottom_margin = Mm(20), Mm(18)
SHEETS = [
    ("国民健康保険税", "heading", 2, 82.15, 81.73, 14.62, 13.95,
     [("（１）", "現年度分の収納対策", [
         ("ア", "納期限後２０日以内の督促状発送と、督促後１か月以内の電話催告を徹底する。", "継続", []),
         ("イ", "加入手続の際に口座振替の申込みを勧奨する。", None, [
             ("(ｱ)", "窓口でキャッシュカードによる口座振替受付（ペイジー口座振替受付サービス）を行う。", "新規"),
             ("(ｲ)", "口座振替の申込みがない世帯に年２回の勧奨通知を送付する。", "継続")]),
     ]), ("（２）", "滞納繰越分の整理", [
         ("ア", "財産調査を徹底し、給与・預貯金等の差押えを実施する。", "拡充", []),
         ("イ", "生活困窮等により納付が困難な世帯は、執行停止を適正に判断する。", "継続", []),
     ])]),
    ("市営住宅使用料", "cell", 3, 79.86, 79.52, 9.74, 9.31,
     [("（１）", "滞納の未然防止", [
         ("ア", "入居説明会で口座振替の利用と家賃減免制度を案内する。", "継続", []),
         ("イ", "滞納１か月目の入居者に電話と文書で納付を指導する。", "継続", []),
     ]), ("（２）", "長期滞納者への対応", [
         ("ア", "滞納６か月以上の入居者には明渡請求の予告を行い、応じない場合は訴訟を提起する。", "継続", []),
         ("イ", "退去者の滞納分は、所在調査の上、連帯保証人へ請求する。", "拡充", []),
     ])]),
]
FYS = [(2021, "令和３年度", "決算", "actual"), (2022, "令和４年度", "決算", "actual"), (2023, "令和５年度", "見込", "estimate"),
       (2024, "令和６年度", "目標", "target"), (2025, "令和７年度", "目標", "target"), (2026, "令和８年度", "目標", "target")]
OUTT = {"国民健康保険税": [None, None, 505000, 478000, 452000, 430000], "市営住宅使用料": [None, None, 87500, 84000, 80500, 77000]}
for si, (n, style, pgno, cur_feb, cur_feb_prev, arr_feb, arr_feb_prev, inits) in enumerate(SHEETS):
    PG = 5 + si
    if si:
        pagebreak()
    if style == "heading":
        para("第４　債権ごとの取組み", 13, gothic=True, after=4)
        para(f"１　債権ごとの取組み（{n}）", 11.5, gothic=True, after=3)
        t = table([["所管課", "収納課", "債権区分", "強制徴収公債権"]], [30, 50, 30, 56], size=9.5, header=0, aligns="clcl")
        for c in (0, 2):
            shade(t.cell(0, c), "D9E2EF")
    else:
        para("２　市営住宅使用料の推進シート", 11.5, gothic=True, after=3)
        t = table([[f"債権名　{n}", "所管課　建築住宅課"]], [90, 76], size=9.5, header=0, aligns="ll")
        shade(t.cell(0, 0), "D9E2EF")
    para("（１）収納率及び収入未済額の推移と目標（単位：％、千円）", 10, gothic=True, before=8, after=2)
    rows = [["区分", "決算", None, "見込", "目標", None, None],
            [None] + [yl for (_, yl, _, _) in FYS]]
    cr_row, ar_row, o_row = ["現年度分収納率"], ["滞納繰越分収納率"], ["収入未済額"]
    for k, (y, yl, b, basis) in enumerate(FYS):
        if y <= 2022:
            r = D[(n, y)]
            cv, av, ov_ = r["cr"], r["ar"], r["to"]
        else:
            cv, av = PLAN[n][y - 2023]
            ov_ = OUTT[n][k]
        cs = f"{cv:.2f}"
        as_ = f"{av:.2f}" if y <= 2022 else f"{av:.1f}"
        cr_row.append(cs)
        ar_row.append(as_)
        o_row.append(f"{ov_:,}")
        g.f(PG, cs, cv, "percent", "collection_rate", basis, y, yl, "current", n)
        g.f(PG, as_, av, "percent", "collection_rate", basis, y, yl, "arrears", n)
        g.f(PG, f"{ov_:,}", ov_ * 1000, "yen", "outstanding", basis, y, yl, "total", n)
    rows += [cr_row, ar_row, o_row]
    table(rows, [34, 22, 22, 22, 22, 22, 22], size=8.5, header=2, aligns="lrrrrrr",
          merges=[(0, 0, 2, 1), (0, 1, 1, 2), (0, 4, 1, 3)])
    # 【参考】 box: 2月末 (leap year)
    para("", 6)
    box = [f"【参考】令和６年２月末現在の収納状況",
           f"・現年度分収納率：{cur_feb:.2f}％（前年同月：{cur_feb_prev:.2f}％）",
           f"・滞納繰越分収納率：{arr_feb:.2f}％（前年同月：{arr_feb_prev:.2f}％）"]
    t = table([["\n".join(box)]], [166], size=9, header=0, aligns="l")
    for raw, v, seg, fy_, aso, fyr in ((f"{cur_feb:.2f}％", cur_feb, "current", 2023, "2024-02-29", "令和６年２月末"),
                                       (f"{cur_feb_prev:.2f}％", cur_feb_prev, "current", 2022, "2023-02-28", "前年同月"),
                                       (f"{arr_feb:.2f}％", arr_feb, "arrears", 2023, "2024-02-29", "令和６年２月末"),
                                       (f"{arr_feb_prev:.2f}％", arr_feb_prev, "arrears", 2022, "2023-02-28", "前年同月")):
        g.f(PG, raw, v, "percent", "collection_rate", "interim", fy_, fyr, seg, n, as_of=aso)
    # borderless memo-style table (tab-aligned figures)
    para("（２）滞納の状況", 10, gothic=True, before=8, after=2)
    r21, r22 = D[(n, 2021)], D[(n, 2022)]
    hh = [1862, 1795] if n == "国民健康保険税" else [142, 131]
    lc = [96, 104] if n == "国民健康保険税" else [4, 6]
    lcn = "差押件数（件）" if n == "国民健康保険税" else "明渡請求訴訟件数（件）"
    rows = [["区分", "令和３年度", "令和４年度"],
            ["滞納世帯数（世帯）", f"{hh[0]:,}", f"{hh[1]:,}"],
            [lcn, f"{lc[0]}", f"{lc[1]}"],
            ["不納欠損額（千円）", f"{r21['tw']:,}", f"{r22['tw']:,}"]]
    table(rows, [60, 30, 30], size=9, header=1, aligns="lrr", style="none", fill=None)
    for k, (y, yl) in enumerate(((2021, "令和３年度"), (2022, "令和４年度"))):
        g.f(PG, f"{hh[k]:,}", hh[k], "households", "delinquents", "actual", y, yl, "total", n)
        g.f(PG, f"{lc[k]}", lc[k], "cases", "seizures" if n == "国民健康保険税" else "lawsuits", "actual", y, yl, "total", n)
        g.f(PG, f"{D[(n, y)]['tw']:,}", D[(n, y)]["tw"] * 1000, "yen", "written_off", "actual", y, yl, "total", n)
    # initiatives, memo numbering; tags on their own line for sub-items
    para("（３）目標達成に向けた取組", 10, gothic=True, before=8, after=2)
    sect = "目標達成に向けた取組"
    for lab1, head, items in inits:
        para(f"{lab1}{head}", 10, indent=6)
        for lab2, text, stt, subs in items:
            if stt:
                para(f"{lab2}　{text}【{stt}】", 10, indent=30, first=-12)
                g.i(PG, n, 2024, sect, lab1 + lab2, text, stt)
            else:
                para(f"{lab2}　{text}", 10, indent=30, first=-12)
                g.i(PG, n, 2024, sect, lab1 + lab2, text, None)
                for lab3, t3, s3 in subs:
                    para(f"{lab3}　{t3}", 10, indent=50, first=-16)
                    para(f"【{s3}】", 10, indent=50)
                    g.i(PG, n, 2024, sect, lab1 + lab2 + lab3, t3, s3)

os.makedirs(WORK, exist_ok=True)
dp = os.path.join(WORK, STEM + ".docx")
doc.save(dp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, dp], check=True, capture_output=True)
pdf = os.path.join("pdf", STEM + ".pdf")
shutil.copy(os.path.join(WORK, STEM + ".pdf"), pdf)
g.write(pdf, "gold")
print(STEM, len(g.facts), "facts", len(g.inits), "inits")
