"""sg_nanto_plan_1: 第3次債権管理計画 (python-docx -> LibreOffice soffice --convert-to pdf).
Run from corpus/dev69:  python3 build/sg_nanto_plan_1.py"""
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

from sg_common import SET, Gold, k, rate, signed  # noqa: E402

STEM = "sg_nanto_plan_1"
CITY = "南砺市"
TITLE = "第3次南砺市債権管理計画"
g = Gold(STEM, "plan", CITY, TITLE, "2025-03-01", "令和7年3月")
WORK = Path("/tmp/sg_work")
FONT = "IPAexGothic"

doc = Document()
st = doc.styles["Normal"]
st.font.name = FONT
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)


def para(text="", size=10, bold=False, align=None, space=2, indent=0):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.name = FONT
        r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    p.paragraph_format.space_after = Pt(space)
    p.paragraph_format.space_before = Pt(0)
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def pbreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), color)
    tcPr.append(sh)


def vertical(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRlV")
    tcPr.append(td)


def settext(cell, text, size=8, align="c", bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.name = FONT
        r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        p.paragraph_format.space_after = Pt(0)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "l": WD_ALIGN_PARAGRAPH.LEFT}[align]


def table(rows, widths, size=8, header=1, merges=(), shade_hdr="D9E2EC", aligns=None, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            if v is None:
                continue
            c = t.cell(ri, ci)
            al = "c" if ri < header else (aligns[ci] if aligns else ("l" if ci == 0 else "r"))
            settext(c, v, size, al)
            if ri < header and shade_hdr:
                shade(c, shade_hdr)
    t.autofit = False
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Mm(widths[i]).twips)))
    for ci, w in enumerate(widths):
        for r in t.rows:
            r.cells[ci].width = Mm(w)
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        txt = a.text
        m = a.merge(t.cell(r1, c1))
        settext(m, txt, size, "c")
    return t


def footer_setup(section, title):
    section.footer.is_linked_to_previous = False
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(title)
    r.font.size = Pt(7.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("- ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    tt = OxmlElement("w:t")
    tt.text = "1"
    rr.append(tt)
    fld.append(rr)
    fp._p.append(fld)
    fp.add_run(" -")


footer_setup(sec, "第3次南砺市債権管理計画（令和7年度～令和9年度）")

# ------------------------------------------------------------------ p1: cover + 目次
para("", space=60)
para("第3次南砺市債権管理計画", 22, True, "c", 10)
para("令和7（2025）年度～令和9（2027）年度", 13, False, "c", 50)
para("目　次", 13, True, "c", 8)
for s, p in [("１　計画の概要", "2"), ("２　債権の現状", "2"), ("３　計画の目標", "5"),
             ("４　債権ごとの取組み", "6"), ("５　取組スケジュール", "7")]:
    para(f"{s}{'・' * (34 - len(s) * 1)}{p}", 11, indent=25, space=4)
para("", space=70)
para("令和7年3月", 12, False, "c", 4)
para("南　砺　市", 14, True, "c", 0)
pbreak()

# ------------------------------------------------------------------ p2: 概要・推移 (years as rows, 百万円)
P = 2
para("１　計画の概要", 13, True, space=4)
para("（１）計画の目的", 10.5, True, space=2)
para("　本計画は、南砺市債権管理条例に基づき、市の債権を適正かつ効率的に管理し、市民負担の公平性の確保と"
     "財源の確保を図るため、債権ごとの目標と具体的な取組みを定めるものである。", 10, space=4)
para("（２）計画期間", 10.5, True, space=2)
para("　令和7（2025）年度から令和9（2027）年度までの3年間とする。", 10, space=6)
para("２　債権の現状", 13, True, space=4)
para("（１）主要債権の収納状況の推移", 10.5, True, space=2)
A = {"市税": ([7012412, 6905803, 6880155, 6948630, 6990318], [6801120, 6712894, 6702530, 6786961, 6842755]),
     "国民健康保険税": ([1402330, 1388120, 1351407, 1322981, 1290556], [1221805, 1215330, 1190446, 1170803, 1148702]),
     "介護保険料": ([1120408, 1131552, 1140875, 1152206, 1160490], [1104326, 1115610, 1125992, 1137880, 1146902])}
YR = [(2019, "令和元年度"), (2020, "令和2年度"), (2021, "令和3年度"), (2022, "令和4年度"), (2023, "令和5年度")]


def m1(v):  # 千円 -> 百万円 1 decimal
    return f"{v / 1000:,.1f}"


rows = [["年度", "市税", None, None, "国民健康保険税", None, None, "介護保険料", None, None],
        [None] + ["調定額", "収入済額", "収納率"] * 3]
for i, (fy, fyr) in enumerate(YR):
    row = [fyr.replace("年度", "（" + str(fy) + "）年度") if i in (0, 4) else fyr]
    for debt, (aa, cc) in A.items():
        a, c = aa[i], cc[i]
        rr = rate(c, a, 1)
        row += [m1(a), m1(c), f"{rr:.1f}"]
        g.f(P, debt, fy, "total", "assessed", "actual", round(a / 1000, 1) * 1e6, "yen", m1(a), debt, row[0])
        g.f(P, debt, fy, "total", "collected", "actual", round(c / 1000, 1) * 1e6, "yen", m1(c), debt, row[0])
        g.f(P, debt, fy, "total", "collection_rate", "actual", rr, "percent", f"{rr:.1f}", debt, row[0])
    rows.append(row)
avg = ["5年平均"]
for debt, (aa, cc) in A.items():
    avg += [m1(sum(aa) / 5), m1(sum(cc) / 5), f"{rate(sum(cc), sum(aa), 1):.1f}"]
rows.append(avg)
para("（単位：百万円、％）", 8, align="r", space=0)
table(rows, [24] + [18, 18, 13] * 3, size=7.5, header=2,
      merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6), (0, 7, 0, 9)])
para("（注）各年度の決算額（現年度分と滞納繰越分の合計）。5年平均は令和元年度から令和5年度の単純平均。", 8, space=6)
TOT23, TOT22 = None, 358912450  # filled after page 3 data
pbreak()

# ------------------------------------------------------------------ p3: 会計別 (円) + 債権区分別 (千円)
P3 = 3
ACC = [("一般会計", [("市税", "税務課", 6990318420, 6842755310, 8412600, "強"),
                   ("保育料", "こども課", 182440500, 178902300, 512000, "強"),
                   ("市営住宅使用料", "建築住宅課", 98604000, 90118450, 1204300, "私")], "一般会計計"),
       ("特別会計", [("国民健康保険税", "税務課", 1290556200, 1148702410, 12880900, "強"),
                   ("介護保険料", "地域包括ケア課", 1160490300, 1146902150, 2108400, "強"),
                   ("後期高齢者医療保険料", "市民課", 702318600, 700912800, 180200, "強")], "特別会計計"),
       ("企業会計", [("水道料金", "上下水道課", 1205660480, 1188402130, 3110500, "私"),
                   ("診療費", "南砺市民病院医事課", 4120880000, 4088230000, 2400000, "私")], "企業会計計")]
rows = [["会計", "債権名", "所管課", "調定額（円）", "収入済額（円）", "不納欠損額（円）", "収入未済額（円）", "収納率（％）"]]
merges = []
gt = [0, 0, 0, 0]
kind_out = {"強": 0, "私": 0}
for acc, items, sub in ACC:
    r0 = len(rows)
    s = [0, 0, 0, 0]
    for nm, ka, a, c, w, kb in items:
        o = a - c - w
        rr = rate(c, a)
        rows.append([acc if len(rows) == r0 else "", nm, ka, f"{a:,}", f"{c:,}", f"{w:,}", f"{o:,}", f"{rr:.2f}"])
        for met, v, raw, unit in [("assessed", a, f"{a:,}", "yen"), ("collected", c, f"{c:,}", "yen"),
                                  ("written_off", w, f"{w:,}", "yen"), ("outstanding", o, f"{o:,}", "yen"),
                                  ("collection_rate", rr, f"{rr:.2f}", "percent")]:
            g.f(P3, nm, 2023, "total", met, "actual", v, unit, raw, nm, "令和5年度決算")
        for j, v in enumerate((a, c, w, o)):
            s[j] += v
        kind_out[kb] += o
    merges.append((r0, 0, len(rows) - 1, 0))
    rr = rate(s[1], s[0])
    rows.append([sub, None, None, f"{s[0]:,}", f"{s[1]:,}", f"{s[2]:,}", f"{s[3]:,}", f"{rr:.2f}"])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    for met, v, raw, unit in [("assessed", s[0], f"{s[0]:,}", "yen"), ("collected", s[1], f"{s[1]:,}", "yen"),
                              ("written_off", s[2], f"{s[2]:,}", "yen"), ("outstanding", s[3], f"{s[3]:,}", "yen"),
                              ("collection_rate", rr, f"{rr:.2f}", "percent")]:
        g.f(P3, None, 2023, "total", met, "actual", v, unit, raw, sub, "令和5年度決算")
    for j in range(4):
        gt[j] += s[j]
rr = rate(gt[1], gt[0])
rows.append(["総計", None, None, f"{gt[0]:,}", f"{gt[1]:,}", f"{gt[2]:,}", f"{gt[3]:,}", f"{rr:.2f}"])
merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
for met, v, raw, unit in [("assessed", gt[0], f"{gt[0]:,}", "yen"), ("collected", gt[1], f"{gt[1]:,}", "yen"),
                          ("written_off", gt[2], f"{gt[2]:,}", "yen"), ("outstanding", gt[3], f"{gt[3]:,}", "yen"),
                          ("collection_rate", rr, f"{rr:.2f}", "percent")]:
    g.f(P3, None, 2023, "total", met, "actual", v, unit, raw, "総計", "令和5年度決算")
TOT23 = gt[3]
# prose on page 2 (figures in text, approx) -- appended to page 2 data, printed at top of page 3 to keep p2 compact


def oku_man(yen):
    man = round(yen / 1e6) * 100  # to 100万円
    o, m = divmod(man, 10000)
    return (f"約{o}億{m:,}万円" if o else f"約{m:,}万円"), man * 10000


t1, v1 = oku_man(TOT23)
t2, v2 = oku_man(abs(TOT23 - TOT22))
para("（２）会計別・債権別の状況", 10.5, True, space=2)
para(f"　令和5（2023）年度末の収入未済額は、対象債権の総計で{t1}となり、前年度末から{t2}"
     f"{'減少' if TOT23 < TOT22 else '増加'}した。市税と国民健康保険税で全体の約8割を占めている。", 10, space=4)
g.f(P3, None, 2023, "total", "outstanding", "actual", v1, "yen", t1, None, "令和5（2023）年度末", approx=True)
g.f(P3, None, 2023, "total", "difference", "actual", -v2 if TOT23 < TOT22 else v2, "yen", t2, None,
    "令和5（2023）年度末", approx=True)
para("表１　会計別・債権別の収納状況（令和5年度決算）", 9, True, space=1)
t = table(rows, [15, 30, 25, 26, 26, 20, 22, 13], size=7, header=1, merges=merges,
          aligns=["c", "l", "l", "r", "r", "r", "r", "r"])
for r0, c0, r1, c1 in merges:
    if c1 == 0:
        vertical(t.cell(r0, 0))
para("出典：令和5年度南砺市各会計決算書（企業会計は損益勘定の未収金）", 7.5, space=6)
para("表２　債権区分別の収入未済額（令和5年度末）", 9, True, space=1)
para("（単位：千円）", 8, align="r", space=0)
ko, po = round(kind_out["強"] / 1000), round(kind_out["私"] / 1000)
table([["区分", "収入未済額", "構成比（％）"], ["公債権計", k(ko), f"{ko / (ko + po) * 100:.1f}"],
       ["私債権計", k(po), f"{po / (ko + po) * 100:.1f}"], ["総計", k(ko + po), "100.0"]], [40, 35, 30], size=8)
g.f(P3, None, 2023, "total", "outstanding", "actual", ko * 1000, "yen", k(ko), "公債権計", "令和5年度末")
g.f(P3, None, 2023, "total", "outstanding", "actual", po * 1000, "yen", k(po), "私債権計", "令和5年度末")
g.f(P3, None, 2023, "total", "outstanding", "actual", (ko + po) * 1000, "yen", k(ko + po), "総計", "令和5年度末")
para("※ 公債権はすべて強制徴収公債権である。", 7.5, space=0)
pbreak()

# ------------------------------------------------------------------ p4: 地域別 + 滞納者数 (tab stops, no rules)
P4 = 4
para("（３）地域別の市税収納状況（令和5年度決算）", 10.5, True, space=2)
para("　市税の収納率を旧町村の地域別にみると、山間部の地域で滞納繰越分の整理が進み、全地域で前年度を上回った。", 10, space=3)
AREAS = [("城端地域", 0.090, 97.92, 97.55), ("平地域", 0.020, 98.41, 98.20), ("上平地域", 0.012, 98.86, 98.60),
         ("利賀地域", 0.010, 99.12, 98.95), ("井波地域", 0.140, 97.70, 97.38), ("井口地域", 0.018, 98.35, 98.02),
         ("福野地域", 0.220, 97.81, 97.64)]
ta, tc = 6990318, 6842755
rows = [["地域", "調定額（千円）", "収入済額（千円）", "収納率（％）", "前年度収納率（％）", "差（ポイント）"]]
sa = sc = 0
for nm, share, rr0, prev in AREAS:
    a = round(ta * share)
    c = round(a * rr0 / 100)
    sa += a
    sc += c
    AREAS[AREAS.index((nm, share, rr0, prev))] = (nm, a, c, prev)
a, c = ta - sa, tc - sc
AREAS.append(("福光地域", a, c, 97.71))
for nm, a, c, prev in AREAS:
    rr = rate(c, a)
    d = round(rr - prev, 2)
    rows.append([nm, k(a), k(c), f"{rr:.2f}", f"{prev:.2f}", signed(d, 2, "＋", "▲")])
    for met, v, raw, unit, fy, b in [("assessed", a * 1000, k(a), "yen", 2023, "actual"),
                                     ("collected", c * 1000, k(c), "yen", 2023, "actual"),
                                     ("collection_rate", rr, f"{rr:.2f}", "percent", 2023, "actual"),
                                     ("collection_rate", prev, f"{prev:.2f}", "percent", 2022, "actual"),
                                     ("difference", d, signed(d, 2, "＋", "▲"), "points", 2023, "actual")]:
        g.f(P4, "市税", fy, "total", met, b, v, unit, raw, "市税", "令和5年度決算", area=nm)
rr = rate(tc, ta)
rows.append(["計", k(ta), k(tc), f"{rr:.2f}", "97.62", signed(round(rr - 97.62, 2), 2, "＋", "▲")])
for met, v, raw, unit, fy in [("assessed", ta * 1000, k(ta), "yen", 2023), ("collected", tc * 1000, k(tc), "yen", 2023),
                              ("collection_rate", rr, f"{rr:.2f}", "percent", 2023),
                              ("collection_rate", 97.62, "97.62", "percent", 2022),
                              ("difference", round(rr - 97.62, 2), signed(round(rr - 97.62, 2), 2, "＋", "▲"), "points", 2023)]:
    g.f(P4, "市税", fy, "total", met, "actual", v, unit, raw, "市税", "令和5年度決算")
table(rows, [28, 30, 30, 24, 28, 24], size=8)
para("（注）地域は合併前の旧町村の区域。調定額・収入済額は現年度分と滞納繰越分の合計。", 7.5, space=8)
para("（４）市税の滞納者数の推移", 10.5, True, space=3)
DQ = [(2019, "令和元年度", 1382), (2020, "2年度", 1344), (2021, "3年度", 1290), (2022, "4年度", 1215), (2023, "5年度", 1167)]
def tabs(p):
    for x in (35, 60):
        p.paragraph_format.tab_stops.add_tab_stop(Mm(x))
    return p


tabs(para("年度\t滞納者数\t前年度比", 9, space=1, indent=10))
for fy, lab, n in DQ:
    prev = dict((f, x) for f, _, x in DQ).get(fy - 1)
    diff = f"{signed(n - prev, 0, '＋', '△')}人" if prev else "－"
    tabs(para(f"{lab}\t{n:,}人\t{diff}", 9, space=1, indent=10))
    g.f(P4, "市税", fy, "total", "delinquents", "actual", n, "persons", f"{n:,}人", "市税", lab)
    if prev:
        g.f(P4, "市税", fy, "total", "difference", "actual", n - prev, "persons", diff, "市税", lab)
para("（各年度5月31日現在の実人数）", 8, space=0, indent=10)

# ------------------------------------------------------------------ p5 landscape: targets
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = Mm(297), Mm(210)
new.left_margin = new.right_margin = Mm(15)
new.top_margin, new.bottom_margin = Mm(15), Mm(15)
# the section break already starts a new page: drop the page-break paragraph before it
P5 = 5
para("３　計画の目標", 13, True, space=3)
para("　債権ごとに、現年度分と滞納繰越分の収納率の目標を年度別に定めるとともに、計画最終年度の収入未済額の目標を定める。", 10, space=3)
TG = [("市税", (99.21, 99.05), (26.80, 25.94), [(99.25, 27.0), (99.30, 28.0), (99.35, 29.0)], 139151, 121000),
      ("国民健康保険税", (95.62, 95.30), (19.84, 18.90), [(95.80, 20.5), (96.00, 21.5), (96.20, 22.5)], 128973, 110000),
      ("介護保険料", (99.30, 99.21), (22.16, 21.05), [(99.35, 23.0), (99.40, 24.0), (99.45, 25.0)], 11480, 10000),
      ("後期高齢者医療保険料", (99.86, 99.84), (45.10, 43.72), [(99.86, 46.0), (99.87, 47.0), (99.88, 48.0)], 1226, 1100),
      ("保育料", (99.02, 98.85), (30.45, 28.60), [(99.10, 31.0), (99.20, 32.0), (99.30, 33.0)], 3026, 2500),
      ("市営住宅使用料", (94.10, 93.64), (12.08, 11.42), [(94.50, 13.0), (95.00, 14.0), (95.50, 15.0)], 7281, 6000),
      ("水道料金", (99.35, 99.28), (52.40, 50.96), [(99.40, 53.0), (99.45, 54.0), (99.50, 55.0)], 14148, 12500)]
YT = [(2025, "令和7年度"), (2026, "R8"), (2027, "令和9年度")]
rows = [["債権名", "収納率（％）", None, None, None, None, None, None, None, "収入未済額（千円）", None, None, None],
        [None, "令和5年度実績", None, "令和7年度目標", None, "R8目標", None, "令和9年度目標", None,
         "令和5年度末実績", "令和9年度末目標", "増減額", "増減率（％）"],
        [None, "現年", "滞繰", "現年", "滞繰", "現年", "滞繰", "現年", "滞繰", None, None, None, None]]
for nm, cur, arr, tg, o5, o9 in TG:
    row = [nm, f"{cur[0]:.2f}（{cur[1]:.2f}）", f"{arr[0]:.2f}（{arr[1]:.2f}）"]
    for seg, (v, pv) in [("current", cur), ("arrears", arr)]:
        g.f(P5, nm, 2023, seg, "collection_rate", "actual", v, "percent", f"{v:.2f}", nm, "令和5年度実績")
        g.f(P5, nm, 2022, seg, "collection_rate", "actual", pv, "percent", f"（{pv:.2f}）", nm, "令和4年度")
    for (fy, fyr), (c, a) in zip(YT, tg):
        row += [f"{c:.2f}", f"{a:.1f}"]
        g.f(P5, nm, fy, "current", "collection_rate", "target", c, "percent", f"{c:.2f}", nm, fyr)
        g.f(P5, nm, fy, "arrears", "collection_rate", "target", a, "percent", f"{a:.1f}", nm, fyr)
    d = o9 - o5
    rr = round(d / o5 * 100, 1)
    row += [k(o5), k(o9), k(d), signed(rr, 1, "", "△")]
    g.f(P5, nm, 2023, "total", "outstanding", "actual", o5 * 1000, "yen", k(o5), nm, "令和5年度末実績")
    g.f(P5, nm, 2027, "total", "outstanding", "target", o9 * 1000, "yen", k(o9), nm, "令和9年度末目標")
    g.f(P5, nm, 2027, "total", "difference", "target", d * 1000, "yen", k(d), nm, "令和9年度末目標")
    g.f(P5, nm, 2027, "total", "change_rate", "target", rr, "percent", signed(rr, 1, "", "△"), nm, "令和9年度末目標")
    rows.append(row)
s5, s9 = sum(x[4] for x in TG), sum(x[5] for x in TG)
rows.append(["計", "－", "－", "－", "－", "－", "－", "－", "－", k(s5), k(s9), k(s9 - s5),
             signed(round((s9 - s5) / s5 * 100, 1), 1, "", "△")])
g.f(P5, None, 2023, "total", "outstanding", "actual", s5 * 1000, "yen", k(s5), "計", "令和5年度末実績")
g.f(P5, None, 2027, "total", "outstanding", "target", s9 * 1000, "yen", k(s9), "計", "令和9年度末目標")
g.f(P5, None, 2027, "total", "difference", "target", (s9 - s5) * 1000, "yen", k(s9 - s5), "計", "令和9年度末目標")
g.f(P5, None, 2027, "total", "change_rate", "target", round((s9 - s5) / s5 * 100, 1), "percent",
    signed(round((s9 - s5) / s5 * 100, 1), 1, "", "△"), "計", "令和9年度末目標")
table(rows, [36, 28, 28, 16, 14, 16, 14, 16, 14, 22, 22, 20, 18], size=7.5, header=3,
      merges=[(0, 0, 2, 0), (0, 1, 0, 8), (1, 1, 1, 2), (1, 3, 1, 4), (1, 5, 1, 6), (1, 7, 1, 8), (0, 9, 0, 12),
              (1, 9, 2, 9), (1, 10, 2, 10), (1, 11, 2, 11), (1, 12, 2, 12)])
para("（注）令和5年度実績欄の（　）内は令和4年度実績。収入未済額は現年度分と滞納繰越分の合計で、千円未満を四捨五入。", 8, space=0)
para("（注）増減額・増減率は令和5年度末実績に対する令和9年度末目標の増減。△は減少を示す。", 8, space=0)

# ------------------------------------------------------------------ p6 portrait: 推進シート
new = doc.add_section()
new.orientation = WD_ORIENT.PORTRAIT
new.page_width, new.page_height = Mm(210), Mm(297)
new.left_margin = new.right_margin = Mm(20)
new.top_margin, new.bottom_margin = Mm(20), Mm(18)
P6 = 6
para("４　債権ごとの取組み（市税）", 13, True, space=3)
table([["債権名　市税", "所管課　税務課", "区分　強制徴収公債権"]], [55, 55, 60], size=9, header=0,
      aligns=["l", "l", "l"])
para("", space=2)
table([["指標", "令和5年度実績", "令和9年度目標"],
       ["収入未済額\n収納率（計）", "139,151千円\n97.89％", "121,000千円\n98.10％"]], [50, 50, 50], size=8.5)
g.f(P6, "市税", 2023, "total", "outstanding", "actual", 139151000, "yen", "139,151千円", "市税", "令和5年度実績")
g.f(P6, "市税", 2023, "total", "collection_rate", "actual", 97.89, "percent", "97.89％", "市税", "令和5年度実績")
g.f(P6, "市税", 2027, "total", "outstanding", "target", 121000000, "yen", "121,000千円", "市税", "令和9年度目標")
g.f(P6, "市税", 2027, "total", "collection_rate", "target", 98.10, "percent", "98.10％", "市税", "令和9年度目標")
para("（上段：収入未済額、下段：収納率）", 7.5, space=4)
para("ア　現年度分の取組", 10.5, True, space=1)
IT1 = [("①", "納期限後20日以内に督促状を発送し、納付のない者には翌月中に文書と電話で催告する。", "継続"),
       ("②", "口座振替とスマートフォン決済の利用を納税通知書の送付時に案内し、納期内納付を促す。", "拡充"),
       ("③", "新たに納税義務者となった若年層へ、SMSによる納期限前の通知を行う。", "新規")]
for lab, t, s in IT1:
    para(f"{lab}{t}【{s}】", 9.5, space=1, indent=4)
    g.i(P6, "市税", 2025, "現年度分の取組", lab, t, s)
para("イ　滞納繰越分の取組", 10.5, True, space=1)
IT2 = [("①", "滞納額100万円以上の案件を担当職員ごとに管理し、四半期ごとに進行状況を確認する。", "継続"),
       ("②", "財産調査の結果、差し押さえる財産がなく生活が困窮している者には、滞納処分の執行停止を行う。", "継続"),
       ("③", "富山県との共同催告・共同滞納整理を実施し、高額・困難案件の解消を図る。", "拡充")]
for lab, t, s in IT2:
    para(f"{lab}{t}", 9.5, space=0, indent=4)
    para(f"【{s}】", 9.5, space=1, indent=4)
    g.i(P6, "市税", 2025, "滞納繰越分の取組", lab, t, s)
para("", space=4)
para("４　債権ごとの取組み（国民健康保険税）", 13, True, space=3)
table([["債権名　国民健康保険税", "所管課　税務課（賦課：保険年金課）"]], [80, 90], size=9, header=0, aligns=["l", "l"])
para("", space=2)
IT3 = [("(1)", "被保険者資格の取得時に、口座振替の申込みを窓口で受け付ける。", "継続"),
       ("(2)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行を管理する。", "継続"),
       ("(3)", "市税と一体的に滞納整理を行い、給与・年金等の差押えを執行する。", "拡充"),
       ("(4)", "納付困難な世帯を生活支援の相談窓口へ確実につなぐ。", None)]
t = table([["取組内容"]] + [[f"{lab}　{tx}" + (f"【{s}】" if s else "")] for lab, tx, s in IT3], [170], size=9,
          aligns=["l"])
for lab, tx, s in IT3:
    g.i(P6, "国民健康保険税", 2025, "取組内容", lab, tx, s)
pbreak()

# ------------------------------------------------------------------ p7: schedule
P7 = 7
para("５　取組スケジュール", 13, True, space=3)
SCH = [("口座振替・スマートフォン決済の利用促進", "税務課・保険年金課", "実施", "→", "→"),
       ("若年層へのSMS納期案内の導入", "税務課", "試行", "実施", "→"),
       ("債権管理システムの全庁共通化", "財政課", "検討", "構築", "運用"),
       ("非強制徴収公債権・私債権の法的措置の手順書改訂", "財政課・各所管課", "○", "", ""),
       ("債権管理研修（初任者・実務者）の開催", "財政課", "○", "○", "○"),
       ("徴収困難案件の税務課への引継ぎ", "各所管課・税務課", "実施", "→", "→")]
rows = [["取組項目", "担当課", "令和7年度", "令和8年度", "令和9年度"]]
for i, (t, ka, a, b, c) in enumerate(SCH):
    rows.append([t, ka, a, b, c])
    g.i(P7, None, None, "取組スケジュール", "", t, None)
table(rows, [72, 38, 20, 20, 20], size=8.5, aligns=["l", "l", "c", "c", "c"])
para("（凡例）○：実施、→：継続実施", 8, space=8)
para("６　計画の進行管理", 13, True, space=3)
para("　本計画の進捗は、南砺市債権管理推進会議において毎年度点検し、その結果を翌年度の取組みに反映させる。"
     "また、各年度の決算確定後に債権ごとの収納状況と目標の達成状況を公表する。", 10)

docx = WORK / f"{STEM}.docx"
doc.save(docx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx)], check=True,
               capture_output=True)
out = SET / "pdf" / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
g.write(out)
