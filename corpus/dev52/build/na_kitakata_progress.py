"""na_kitakata_progress_1: 令和5年度 喜多方市債権管理の取組状況（中間報告） — python-docx -> LibreOffice.
Run from corpus/dev52:  python3 build/na_kitakata_progress.py"""
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from na_common import HERE, Gold, check, comma, f2, pct, tri  # noqa: E402

STEM = "na_kitakata_progress_1"
WORK = Path("/tmp/na_work/c")
WORK.mkdir(parents=True, exist_ok=True)
G = Gold(STEM, "progress_report", "shinchoku", "喜多方市", "令和5年度 喜多方市債権管理の取組状況（中間報告）",
         "2024-03-01", "令和6年3月")
F = G.fact
NOW, PREV = "2024-02-29", "2023-02-28"

# ------------------------------------------------------------------ data (千円)
DEBTS = {"tax": ("市税", "市税", "市税"), "kokuho": ("国民健康保険税", "国民健康保険料", "国保税"),
         "kaigo": ("介護保険料", "介護保険料", "介護料"), "kouki": ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢"),
         "hoiku": ("保育所保育料", "保育料", "保育料"), "jutaku": ("市営住宅使用料", "市営住宅使用料", "住宅使用料"),
         "gesui": ("下水道使用料", "下水道使用料", "下水道")}
K = list(DEBTS)
ANN = {  # A_arr(2020), [(A_cur, r_cur, r_arr, W) for 2020, 2021, 2022, 2023(見込)]
    "tax": (468200, [(5012340, 98.35, 17.20, 21400), (5086120, 98.52, 18.40, 19850), (5124870, 98.71, 19.60, 18200),
                     (5168000, 98.85, 20.50, 17000)]),
    "kokuho": (412500, [(1123450, 92.10, 15.80, 28300), (1098760, 92.64, 16.90, 26100), (1074330, 93.18, 17.85, 24700),
                        (1052000, 93.60, 18.50, 23000)]),
    "kaigo": (28400, [(842110, 98.80, 14.20, 3950), (851230, 98.86, 15.10, 3700), (860450, 98.93, 15.90, 3420),
                      (868000, 99.00, 16.50, 3200)]),
    "kouki": (4820, [(398540, 99.42, 30.10, 420), (405210, 99.47, 31.50, 390), (414870, 99.51, 32.80, 360),
                     (423000, 99.55, 33.50, 330)]),
    "hoiku": (9840, [(142300, 97.85, 21.30, 1020), (135620, 98.02, 22.40, 960), (128450, 98.20, 23.80, 890),
                     (121000, 98.35, 24.50, 820)]),
    "jutaku": (18760, [(156820, 96.40, 17.60, 1340), (154310, 96.72, 18.30, 1210), (151980, 97.05, 19.10, 1150),
                       (149500, 97.30, 19.80, 1080)]),
    "gesui": (12450, [(612340, 98.95, 28.40, 860), (618900, 99.02, 29.30, 790), (623410, 99.10, 30.20, 740),
                      (628000, 99.15, 31.00, 700)]),
}
AY = [2020, 2021, 2022, 2023]
A = {}
for k, (aa, rows) in ANN.items():
    for fy, (ac, rc, ra, w) in zip(AY, rows):
        cc, ca = round(ac * rc / 100), round(aa * ra / 100)
        v = dict(ac=ac, cc=cc, aa=aa, ca=ca, w=w, oc=ac - cc, oa=aa - ca - w)
        v["o"] = v["oc"] + v["oa"]
        v["a"], v["c"] = ac + aa, cc + ca
        A[(k, fy)] = v
        aa = v["o"]
# interim 2月末: (cur prev, cur now), (arr prev, arr now)
IR = {"tax": ((90.12, 90.47), (15.30, 16.45)), "kokuho": ((80.35, 81.02), (12.10, 12.85)),
      "kaigo": ((93.40, 93.62), (10.20, 10.95)), "kouki": ((95.10, 95.28), (24.50, 25.30)),
      "hoiku": ((91.80, 92.15), (16.40, 17.90)), "jutaku": ((88.60, 88.35), (12.80, 13.40)),
      "gesui": ((86.90, 87.25), (20.10, 21.05))}
I = {}
for k in K:
    for j, fy in enumerate((2022, 2023)):
        ac = round(A[(k, fy)]["ac"] * 0.996)
        aa = A[(k, fy - 1)]["o"]
        cc, ca = round(ac * IR[k][0][j] / 100), round(aa * IR[k][1][j] / 100)
        I[(k, fy)] = dict(ac=ac, cc=cc, aa=aa, ca=ca, a=ac + aa, c=cc + ca)
# monthly cumulative current-year rates (市税, 国保税); Feb = interim, Mar only last year
MON = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
MEND = {2023: ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31",
               "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31"],
        2022: ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31",
               "2022-11-30", "2022-12-31", "2023-01-31", "2023-02-28", "2023-03-31"]}
MC = {("tax", 2022): [8.21, 19.84, 27.65, 39.42, 47.88, 54.63, 61.95, 67.80, 77.84, 84.02, None, 96.12],
      ("tax", 2023): [8.35, 20.12, 27.90, 39.75, 48.21, 55.02, 62.31, 68.15, 78.12, 84.40, None, None],
      ("kokuho", 2022): [1.02, 3.15, 9.84, 18.62, 27.40, 36.15, 44.87, 53.60, 62.31, 71.05, None, 88.74],
      ("kokuho", 2023): [1.10, 3.28, 10.12, 19.05, 27.96, 36.82, 45.61, 54.32, 63.05, 71.86, None, None]}
for k in ("tax", "kokuho"):
    for fy in (2022, 2023):
        MC[(k, fy)][10] = pct(I[(k, fy)]["cc"], I[(k, fy)]["ac"])
AREAS = ["喜多方地区", "塩川地区", "山都地区", "高郷地区", "熱塩加納地区"]
SHARE = [0.618, 0.193, 0.071, 0.049]
DR = [0.12, 0.35, -0.62, -0.81]          # area rate offsets (points)
DLQ = [1210, 385, 142, 98, 131]


def area_split(v, fy):
    a_tot, c_tot = v["a"], v["c"]
    r = c_tot / a_tot
    out = []
    for s, d in zip(SHARE, DR):
        a = round(a_tot * s)
        out.append((a, round(a * (r + d / 100))))
    a = a_tot - sum(x[0] for x in out)
    out.append((a, c_tot - sum(x[1] for x in out)))
    return out


def wa(fy):
    return f"令和{fy - 2018}年度"


# ------------------------------------------------------------------ docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(2)
st.paragraph_format.line_spacing = 1.25
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(16)


def runfont(run, size=None, bold=False, goth=False):
    f = "IPAexGothic" if goth else "IPAexMincho"
    run.font.name = f
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), f)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(text="", size=10.5, goth=False, align=None, indent=None, first=None, before=0, after=2, hanging=None):
    p = doc.add_paragraph()
    if text:
        runfont(p.add_run(text), size, goth=goth)
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    if hanging is not None:
        pf.left_indent = Mm(hanging[0])
        pf.first_line_indent = Mm(-hanging[1])
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    return p


def heading(text, size=12):
    return para(text, size, goth=True, before=8, after=3)


def shade(cell, color="DCE3EC"):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def table(rows, widths, size=8.5, header_rows=1, align=None, repeat=False):
    """rows: list of lists of str (None = merged continuation). widths in mm."""
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Mm(w).emu / 635)))
    for i, row in enumerate(rows):
        for j, s in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths[j])
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if s is None:
                continue
            p = c.paragraphs[0]
            p.paragraph_format.space_after = Pt(1)
            p.paragraph_format.space_before = Pt(1)
            p.paragraph_format.line_spacing = 1.0
            lines = str(s).split("\n")
            for n, ln in enumerate(lines):
                r = p.add_run(ln)
                runfont(r, size, goth=i < header_rows)
                if n < len(lines) - 1:
                    r.add_break()
            if i < header_rows:
                shade(c)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                a = (align or ["l"] + ["r"] * (len(widths) - 1))[j]
                p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                               "c": WD_ALIGN_PARAGRAPH.CENTER}[a]
    if repeat:
        for i in range(header_rows):
            trPr = t.rows[i]._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            h.set(qn("w:val"), "true")
            trPr.append(h)
    return t


def merge(t, r0, c0, r1, c1):
    a = t.cell(r0, c0)
    b = t.cell(r1, c1)
    keep = a.text
    m = a.merge(b)
    # python-docx concatenates texts of merged cells; keep the first paragraph only
    ps = m.paragraphs
    for p in ps[1:]:
        p._element.getparent().remove(p._element)
    return m


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def footer(section):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("－ ")
    runfont(r, 9)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    tt = OxmlElement("w:t")
    tt.text = "1"
    rr.append(tt)
    fld.append(rr)
    p._p.append(fld)
    r2 = p.add_run(" －")
    runfont(r2, 9)


footer(sec)

# ------------------------------------------------------------------ p1 概要
pn = 1
para("令和6年3月", 10.5, align="r", after=0)
para("喜多方市総務部収納対策課", 10.5, align="r", after=10)
para("令和5年度　喜多方市債権管理の取組状況（中間報告）", 15, goth=True, align="c", after=12)
heading("１　概要")
t23, t22 = I[("tax", 2023)], I[("tax", 2022)]
r_now, r_prev = pct(t23["c"], t23["a"]), pct(t22["c"], t22["a"])
on = sum(I[(k, 2023)]["a"] - I[(k, 2023)]["c"] for k in K)
op = sum(I[(k, 2022)]["a"] - I[(k, 2022)]["c"] for k in K)
on_man = round(on / 1000) * 100       # 万円 rounded to 100万円
d_man = round((on - op) / 1000) * 100
r20 = pct(A[("tax", 2020)]["c"], A[("tax", 2020)]["a"])
s1 = ("本市では、第2次喜多方市債権管理計画に基づき、市税をはじめとする7債権について収納率の向上と収入未済額の縮減に取り組んでいます。"
      "令和6年2月末現在における市税の収納率（現年課税分と滞納繰越分の合計）は" +
      F(pn, "市税", "市税", 2023, "令和6年2月末", "total", "collection_rate", "interim", r_now, "percent",
        f"{f2(r_now)}％", as_of=NOW) + "で、前年同月比" +
      F(pn, "市税", "市税", 2023, "令和6年2月末", "total", "difference", "interim", round(r_now - r_prev, 2),
        "points", f"{f2(r_now - r_prev)}ポイント", as_of=NOW) + "上昇しました。")
para(s1, first=3.7)
s2 = ("また、7債権を合わせた収入未済額は" +
      F(pn, None, None, 2023, "令和6年2月末", "total", "outstanding", "interim", on_man * 10000, "yen",
        f"約{on_man // 10000}億{on_man % 10000:,}万円", approx=True, as_of=NOW) + "で、前年同月から" +
      F(pn, None, None, 2023, "令和6年2月末", "total", "difference", "interim", d_man * 10000, "yen",
        f"約{-d_man:,}万円", approx=True, as_of=NOW) + "減少しています。")
para(s2, first=3.7)
s3 = ("なお、計画策定時である2017年度の市税の収納率は" +
      F(pn, "市税", "市税", 2017, "2017年度", "total", "collection_rate", "actual", 89.86, "percent", "89.86％") +
      "、令和二年度決算では" +
      F(pn, "市税", "市税", 2020, "令和二年度", "total", "collection_rate", "actual", r20, "percent", f"{f2(r20)}％") +
      "であり、着実に改善が進んでいます。")
para(s3, first=3.7)
para("【収納率】令和5年12月末時点（市税）", 10.5, goth=True, before=8, after=2, indent=4)
c12 = MC[("tax", 2023)][8]
para("・現年分　" + F(pn, "市税", None, 2023, "令和5年12月末", "current", "collection_rate", "interim", c12, "percent",
                      f"{f2(c12)}％", as_of="2023-12-31"), indent=8, after=0)
para("・滞納繰越分　" + F(pn, "市税", None, 2023, "令和5年12月末", "arrears", "collection_rate", "interim", 13.85,
                        "percent", "13.85％", as_of="2023-12-31"), indent=8, after=0)
para("・前年同月（現年分）　" + F(pn, "市税", None, 2022, "令和4年12月末", "current", "collection_rate", "interim",
                              MC[("tax", 2022)][8], "percent", f"{f2(MC[('tax', 2022)][8])}％",
                              as_of="2022-12-31"), indent=8, after=6)
heading("２　本報告の構成")
for s in ["（１）債権別の収納状況（令和6年2月末現在）……２ページ", "（２）月別収納状況……３ページ",
          "（３）地区別の市税収納状況……４ページ", "（４）決算見込み……５ページ",
          "（５）債権別収納状況の推移……６ページ", "（６）後半の主な取組……７ページ"]:
    para(s, indent=5, after=0)
para("※　本報告の数値は、令和6年2月末日現在の速報値であり、決算額とは異なる場合があります。", 9, before=8)

# ------------------------------------------------------------------ p2 landscape table
pn = 2
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = Mm(297), Mm(210)
ls.left_margin = ls.right_margin = Mm(15)
ls.top_margin, ls.bottom_margin = Mm(14), Mm(12)
heading("３　債権別の収納状況（令和6年2月末現在）", 12)
para("表１　債権別収納状況（今期＝令和5年度、前年同月＝令和4年度）　（単位：千円、％）", 9.5, goth=True, after=2)
hdr1 = ["債権名", "区分", "現年度分", None, None, "滞納繰越分", None, None, "計", None, None]
hdr2 = [None, None] + ["調定額", "収入済額", "収納率"] * 3
rows = [hdr1, hdr2]
merges = []
for k in K + ["sum"]:
    if k == "sum":
        name, canon, ab = "合計", None, "合計"
        now = {x: sum(I[(kk, 2023)][x] for kk in K) for x in ("ac", "cc", "aa", "ca", "a", "c")}
        prv = {x: sum(I[(kk, 2022)][x] for kk in K) for x in ("ac", "cc", "aa", "ca", "a", "c")}
    else:
        name, canon, ab = DEBTS[k]
        now, prv = I[(k, 2023)], I[(k, 2022)]
    r0 = len(rows)
    for lab, fy, v, aso in (("今期", 2023, now, NOW), ("前年同月", 2022, prv, PREV)):
        row = [ab if lab == "今期" else None, lab]
        for seg, a_, c_ in (("current", "ac", "cc"), ("arrears", "aa", "ca"), ("total", "a", "c")):
            row += [F(pn, canon, ab, fy, lab, seg, "assessed", "interim", v[a_] * 1000, "yen", comma(v[a_]), as_of=aso),
                    F(pn, canon, ab, fy, lab, seg, "collected", "interim", v[c_] * 1000, "yen", comma(v[c_]), as_of=aso),
                    F(pn, canon, ab, fy, lab, seg, "collection_rate", "interim", pct(v[c_], v[a_]), "percent",
                      f2(pct(v[c_], v[a_])), as_of=aso)]
        rows.append(row)
    row = [None, "増減"]
    for seg, a_, c_ in (("current", "ac", "cc"), ("arrears", "aa", "ca"), ("total", "a", "c")):
        da, dc = now[a_] - prv[a_], now[c_] - prv[c_]
        dr = round(pct(now[c_], now[a_]) - pct(prv[c_], prv[a_]), 2)
        row += [F(pn, canon, ab, 2023, "増減", seg, "difference", "interim", da * 1000, "yen", tri(da, comma, "▲"), as_of=NOW),
                F(pn, canon, ab, 2023, "増減", seg, "difference", "interim", dc * 1000, "yen", tri(dc, comma, "▲"), as_of=NOW),
                F(pn, canon, ab, 2023, "増減", seg, "difference", "interim", dr, "points", tri(dr, f2, "▲"), as_of=NOW)]
    rows.append(row)
    merges.append((r0, r0 + 2))
t = table(rows, [24, 17] + [27, 27, 15] * 3, size=7.5, header_rows=2)
merge(t, 0, 0, 1, 0)
merge(t, 0, 1, 1, 1)
merge(t, 0, 2, 0, 4)
merge(t, 0, 5, 0, 7)
merge(t, 0, 8, 0, 10)
for r0, r1 in merges:
    m = merge(t, r0, 0, r1, 0)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
ono = sum(I[(k, 2023)]["a"] - I[(k, 2023)]["c"] for k in K)
oao = sum(I[(k, 2023)]["aa"] - I[(k, 2023)]["ca"] for k in K)
para("※　2月末現在の収入未済額（合計）は " +
     F(pn, None, "合計", 2023, "2月末現在", "total", "outstanding", "interim", ono * 1000, "yen", f"{comma(ono)}千円",
       as_of=NOW) + "（うち滞納繰越分 " +
     F(pn, None, "合計", 2023, "2月末現在", "arrears", "outstanding", "interim", oao * 1000, "yen", f"{comma(oao)}千円",
       as_of=NOW) + "）です。", 8.5, before=3, after=0)
para("（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
     "住宅使用料＝市営住宅使用料、下水道＝下水道使用料。増減の▲は減少を示す。", 8.5, after=0)

# ------------------------------------------------------------------ p3 monthly (portrait)
pn = 3
ps = doc.add_section(WD_SECTION.NEW_PAGE)
ps.orientation = WD_ORIENT.PORTRAIT
ps.page_width, ps.page_height = Mm(210), Mm(297)
ps.left_margin = ps.right_margin = Mm(20)
ps.top_margin, ps.bottom_margin = Mm(18), Mm(16)
heading("４　月別収納状況")
para("市税及び国民健康保険税の現年課税分について、月末ごとの累計収納率を前年度と比較すると、表２のとおりです。", first=3.7)
para("表２　現年課税分の月別累計収納率（令和5年度）　（単位：％）", 9.5, goth=True, before=4, after=2)
rows = [["月末", "市税", None, None, "国民健康保険税", None, None],
        [None, "前年度", "本年度", "差", "前年度", "本年度", "差"]]
for i, m in enumerate(MON):
    row = [m]
    for k in ("tax", "kokuho"):
        name, canon, _ = DEBTS[k]
        pv, nv = MC[(k, 2022)][i], MC[(k, 2023)][i]
        row.append(F(pn, canon, name, 2022, "前年度", "current", "collection_rate", "interim", pv, "percent", f2(pv),
                     as_of=MEND[2022][i]))
        if nv is None:
            row += ["－", "－"]
        else:
            row.append(F(pn, canon, name, 2023, "本年度", "current", "collection_rate", "interim", nv, "percent",
                         f2(nv), as_of=MEND[2023][i]))
            d = round(nv - pv, 2)
            row.append(F(pn, canon, name, 2023, "本年度", "current", "difference", "interim", d, "points",
                         tri(d, f2, "▲"), as_of=MEND[2023][i]))
    rows.append(row)
t = table(rows, [22, 23, 23, 19, 23, 23, 19], size=9, header_rows=2, align=["c"] + ["r"] * 6)
merge(t, 0, 0, 1, 0)
merge(t, 0, 1, 0, 3)
merge(t, 0, 4, 0, 6)
para("※　前年度は令和4年度、本年度は令和5年度。3月末の本年度欄は、本報告作成時点で未確定のため「－」としている。", 8.5, before=2)
dtx = round(MC[("tax", 2023)][10] - MC[("tax", 2022)][10], 2)
dkh = round(MC[("kokuho", 2023)][10] - MC[("kokuho", 2022)][10], 2)
para("2月末の市税現年課税分の収納率は、前年同月を" +
     F(pn, "市税", "市税", 2023, "2月末", "current", "difference", "interim", dtx, "points", f"{f2(dtx)}ポイント",
       as_of=NOW) + "上回りました。国民健康保険税についても、口座振替の利用拡大により前年同月比" +
     F(pn, "国民健康保険料", "国民健康保険税", 2023, "2月末", "current", "difference", "interim", dkh, "points",
       f"{f2(dkh)}ポイント", as_of=NOW) + "の改善となっています。", first=3.7, before=6)
para("特に、6月及び7月の納期において、納期限前の電話による納付案内を実施したことで、前年度との差が拡大しました。"
     "一方、12月以降は差が縮小していることから、年度末に向けて滞納初期の催告を徹底します。", first=3.7)

# ------------------------------------------------------------------ p4 area table
pn = 4
page_break()
heading("５　地区別の市税収納状況（令和6年2月末現在）")
para("市税（現年課税分と滞納繰越分の合計）の収納状況を地区別にみると、表３のとおりです。山都地区及び高郷地区では、"
     "高齢化に伴う納付の遅れがみられるため、総合支所と連携した納付相談を継続します。", first=3.7)
para("表３　地区別の市税収納状況", 9.5, goth=True, before=4, after=2)
rows = [["地区", "調定額（千円）", "収入済額（千円）", "収納率（％）", "前年同月\n収納率（％）", "滞納者数（人）"]]
nw, pv = area_split(I[("tax", 2023)], 2023), area_split(I[("tax", 2022)], 2022)
for i, ar in enumerate(AREAS):
    (a, c), (pa, pc) = nw[i], pv[i]
    rows.append([ar,
                 F(pn, "市税", "市税", 2023, "令和6年2月末", "total", "assessed", "interim", a * 1000, "yen", comma(a), as_of=NOW, area=ar),
                 F(pn, "市税", "市税", 2023, "令和6年2月末", "total", "collected", "interim", c * 1000, "yen", comma(c), as_of=NOW, area=ar),
                 F(pn, "市税", "市税", 2023, "令和6年2月末", "total", "collection_rate", "interim", pct(c, a), "percent", f2(pct(c, a)), as_of=NOW, area=ar),
                 F(pn, "市税", "市税", 2022, "前年同月", "total", "collection_rate", "interim", pct(pc, pa), "percent", f2(pct(pc, pa)), as_of=PREV, area=ar),
                 F(pn, "市税", "市税", 2023, "令和6年2月末", "total", "delinquents", "interim", DLQ[i], "persons", comma(DLQ[i]), as_of=NOW, area=ar)])
a, c = I[("tax", 2023)]["a"], I[("tax", 2023)]["c"]
pa, pc = I[("tax", 2022)]["a"], I[("tax", 2022)]["c"]
rows.append(["計",
             F(pn, "市税", "計", 2023, "令和6年2月末", "total", "assessed", "interim", a * 1000, "yen", comma(a), as_of=NOW),
             F(pn, "市税", "計", 2023, "令和6年2月末", "total", "collected", "interim", c * 1000, "yen", comma(c), as_of=NOW),
             F(pn, "市税", "計", 2023, "令和6年2月末", "total", "collection_rate", "interim", pct(c, a), "percent", f2(pct(c, a)), as_of=NOW),
             F(pn, "市税", "計", 2022, "前年同月", "total", "collection_rate", "interim", pct(pc, pa), "percent", f2(pct(pc, pa)), as_of=PREV),
             F(pn, "市税", "計", 2023, "令和6年2月末", "total", "delinquents", "interim", sum(DLQ), "persons", comma(sum(DLQ)), as_of=NOW)])
table(rows, [27, 33, 33, 22, 26, 26], size=9, header_rows=1)
para("※　地区は納税義務者の住所地による。各総合支所管内の数値を含む。", 8.5, before=2)
heading("６　国民健康保険税の滞納世帯の状況", 11)
para("2月末現在の国民健康保険税の滞納世帯数は" +
     F(pn, "国民健康保険料", "国民健康保険税", 2023, "2月末現在", "total", "delinquents", "interim", 1236, "households",
       "1,236世帯", as_of=NOW) + "で、前年同月の" +
     F(pn, "国民健康保険料", "国民健康保険税", 2022, "前年同月", "total", "delinquents", "interim", 1318, "households",
       "1,318世帯", as_of=PREV) + "から" +
     F(pn, "国民健康保険料", "国民健康保険税", 2023, "2月末現在", "total", "difference", "interim", 1236 - 1318,
       "households", f"{1318 - 1236}世帯", as_of=NOW) +
     "減少しました。短期被保険者証の交付世帯についても、更新時の納付相談を通じて分納計画の履行状況を確認しています。", first=3.7)

# ------------------------------------------------------------------ p5-6 long format table (決算見込み), split with repeated header
pn = 5
page_break()
heading("７　決算見込み")
est_tax = A[("tax", 2023)]
para("令和5年度の決算見込みは、2月末までの収納実績と例年の3月から出納整理期間までの収納状況を基に推計しました。"
     "市税の収納率は" +
     F(pn, "市税", "市税", 2023, "令和5年度", "total", "collection_rate", "estimate", pct(est_tax["c"], est_tax["a"]),
       "percent", f"{f2(pct(est_tax['c'], est_tax['a']))}％") + "となる見込みです。", first=3.7)
para("表４　債権別の決算額及び決算見込額（金額の単位：千円）", 9.5, goth=True, before=4, after=2)
HDR = ["債権名", "年度", "区分", "収納率\n（％）", "調定額", "収入済額", "不納欠損額", "収入未済額", "備考"]
W4 = [22, 17, 16, 14, 19, 19, 14, 17, 32]


def lrows(keys, pn):
    out = [HDR]
    for k in keys:
        name, canon, _ = DEBTS[k]
        for fy, bas, bl in ((2021, "actual", "決算"), (2022, "actual", "決算"), (2023, "estimate", "決算見込")):
            v = A[(k, fy)]
            fr = f"{fy}年度"
            note = ""
            if fy == 2023:
                note = "うち滞納繰越分 " + F(pn, canon, name, fy, fr, "arrears", "outstanding", bas, v["oa"] * 1000,
                                             "yen", f"{comma(v['oa'])}千円")
            out.append([name if fy == 2021 else "", fr, bl,
                        F(pn, canon, name, fy, fr, "total", "collection_rate", bas, pct(v["c"], v["a"]), "percent",
                          f2(pct(v["c"], v["a"]))),
                        F(pn, canon, name, fy, fr, "total", "assessed", bas, v["a"] * 1000, "yen", comma(v["a"])),
                        F(pn, canon, name, fy, fr, "total", "collected", bas, v["c"] * 1000, "yen", comma(v["c"])),
                        F(pn, canon, name, fy, fr, "total", "written_off", bas, v["w"] * 1000, "yen", comma(v["w"])),
                        F(pn, canon, name, fy, fr, "total", "outstanding", bas, v["o"] * 1000, "yen", comma(v["o"])),
                        note])
    return out


t = table(lrows(["tax", "kokuho", "kaigo", "kouki", "hoiku", "jutaku"], pn), W4, size=8, header_rows=1,
          align=["l", "c", "c", "r", "r", "r", "r", "r", "l"])
for i in range(6):
    merge(t, 1 + 3 * i, 0, 3 + 3 * i, 0)
para("（次ページへ続く）", 8.5, align="r", before=2)
pn = 6
page_break()
para("表４　債権別の決算額及び決算見込額（続き）（金額の単位：千円）", 9.5, goth=True, after=2)
t = table(lrows(["gesui"], pn), W4, size=8, header_rows=1, align=["l", "c", "c", "r", "r", "r", "r", "r", "l"])
for i in range(1):
    merge(t, 1 + 3 * i, 0, 3 + 3 * i, 0)
para("※　令和5（2023）年度は決算見込額。2021年度は令和3年度、2022年度は令和4年度。", 8.5, before=2)
# wide table, left half
heading("８　債権別収納状況の推移（決算）", 11)
para("表５　債権別収納状況の推移（現年度分＋滞納繰越分、単位：千円・％）", 9.5, goth=True, after=2)
rows = [["債権名", "令和2年度", None, None, "令和3年度", None, None],
        [None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]]
for k in K:
    name, canon, ab = DEBTS[k]
    row = [ab]
    for fy in (2020, 2021):
        v = A[(k, fy)]
        row += [F(pn, canon, ab, fy, wa(fy), "total", "assessed", "actual", v["a"] * 1000, "yen", comma(v["a"])),
                F(pn, canon, ab, fy, wa(fy), "total", "collected", "actual", v["c"] * 1000, "yen", comma(v["c"])),
                F(pn, canon, ab, fy, wa(fy), "total", "collection_rate", "actual", pct(v["c"], v["a"]), "percent",
                  f2(pct(v["c"], v["a"])))]
    rows.append(row)
t = table(rows, [24, 25, 25, 16, 25, 25, 16], size=8.5, header_rows=2)
merge(t, 0, 0, 1, 0)
merge(t, 0, 1, 0, 3)
merge(t, 0, 4, 0, 6)
para("（右欄の令和4年度は次ページ）", 8.5, align="r", before=2)

# ------------------------------------------------------------------ p7 wide table right half + 取組
pn = 7
page_break()
para("表５　債権別収納状況の推移（続き：令和4年度）", 9.5, goth=True, after=2)
rows = [["債権名", "令和4年度", None, None, "収納率の増減"], [None, "調定額", "収入済額", "収納率", "（4年度－3年度）"]]
for k in K:
    name, canon, ab = DEBTS[k]
    v, p_ = A[(k, 2022)], A[(k, 2021)]
    d = round(pct(v["c"], v["a"]) - pct(p_["c"], p_["a"]), 2)
    rows.append([ab,
                 F(pn, canon, ab, 2022, wa(2022), "total", "assessed", "actual", v["a"] * 1000, "yen", comma(v["a"])),
                 F(pn, canon, ab, 2022, wa(2022), "total", "collected", "actual", v["c"] * 1000, "yen", comma(v["c"])),
                 F(pn, canon, ab, 2022, wa(2022), "total", "collection_rate", "actual", pct(v["c"], v["a"]), "percent",
                   f2(pct(v["c"], v["a"]))),
                 F(pn, canon, ab, 2022, "4年度", "total", "difference", "actual", d, "points", tri(d, f2, "▲"))])
t = table(rows, [24, 28, 28, 18, 32], size=8.5, header_rows=2)
merge(t, 0, 0, 1, 0)
merge(t, 0, 1, 0, 3)
para("（注）略称は表１の注を参照。", 8.5, before=2)
heading("９　後半の主な取組")
ITEMS = [
    ("市税", "tax", [("(1)", "3月の納期限後、未納者全員に文書催告を行い、4月以降の滞納繰越を最小限に抑える。", "継続"),
                    ("(2)", "給与照会・預貯金照会の結果に基づき、換価可能な財産が判明した事案は速やかに差押えを執行する。", "継続"),
                    ("(3)", "山都・高郷の各総合支所で休日納税相談窓口を開設する。", "新規")]),
    ("国民健康保険税", "kokuho", [("(1)", "資格取得時の口座振替登録を窓口で勧奨し、普通徴収世帯の口座振替率を高める。", "拡充"),
                             ("(2)", "分納誓約の不履行者に対し、誓約の見直しと財産調査を並行して行う。", "継続")]),
    ("市営住宅使用料", "jutaku", [("(1)", "滞納3か月以上の入居者と面談し、連帯保証人への履行請求を行う。", "継続")]),
    ("下水道使用料", "gesui", [("(1)", "上水道の給水停止予告と併せて下水道使用料の催告を行い、一体的に納付を促す。", "継続")]),
]
for title, k, its in ITEMS:
    para(f"（{title}）", 10.5, goth=True, before=4, after=1, indent=3)
    name, canon, _ = DEBTS[k]
    for lab, text, st in its:
        G.init(pn, canon, name, 2023, "後半の主な取組", lab, text, st)
        para(f"{lab}　{text}【{st}】", 10, hanging=(13, 7), after=1)

# ------------------------------------------------------------------ build
docx = WORK / f"{STEM}.docx"
doc.save(docx)
subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/na_work/lo_profile", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx)], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
pdf = HERE / "pdf" / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", pdf)
gp = G.write(pdf)
bad = check(pdf, gp)
print(STEM, "facts", len(G.facts), "initiatives", len(G.inits), "problems", len(bad))
for b in bad[:30]:
    print("  ", b)
