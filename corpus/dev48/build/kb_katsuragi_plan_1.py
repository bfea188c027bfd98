"""kb_katsuragi_plan_1: 第2次かつらぎ町債権管理計画 (plan), python-docx -> LibreOffice (soffice --convert-to pdf).
Run from corpus/dev48:  python3 build/kb_katsuragi_plan_1.py"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_common import Gold, c, rate, pct, check_pdf  # noqa: E402

STEM = "kb_katsuragi_plan_1"
TITLE = "第2次かつらぎ町債権管理計画"
G = Gold(STEM, "plan", "keikaku", "かつらぎ町", TITLE, "2025-03-01", "令和7年3月")
WORK = Path("/tmp/kb_work")

# ------------------------------------------------------------ data (yen) ------------------------
DEBTS = [("町税", "町税", "町税"), ("国民健康保険料", "国民健康保険税", "国保税"), ("介護保険料", "介護保険料", "介護料"),
         ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢"), ("保育料", "保育料", "保育料"),
         ("町営住宅使用料", "町営住宅使用料", "住宅使用料")]
P = {
    "町税": dict(cur={2023: 1812406300, 2024: 1835920100}, cr={2023: 99.12, 2024: 99.18}, arr0=86214530,
               ar={2023: 19.85, 2024: 21.00}, wo={2023: 7.4, 2024: 6.8}),
    "国民健康保険料": dict(cur={2023: 498127400, 2024: 487560200}, cr={2023: 95.36, 2024: 95.60}, arr0=96830215,
                    ar={2023: 17.40, 2024: 18.50}, wo={2023: 9.1, 2024: 8.6}),
    "介護保険料": dict(cur={2023: 412608900, 2024: 418230500}, cr={2023: 99.21, 2024: 99.25}, arr0=6420870,
                  ar={2023: 15.6, 2024: 16.4}, wo={2023: 20.5, 2024: 19.0}),
    "後期高齢者医療保険料": dict(cur={2023: 238915600, 2024: 247331800}, cr={2023: 99.58, 2024: 99.60}, arr0=1215400,
                       ar={2023: 38.0, 2024: 40.0}, wo={2023: 9.0, 2024: 8.0}),
    "保育料": dict(cur={2023: 21804500, 2024: 20958000}, cr={2023: 98.45, 2024: 98.70}, arr0=3982100,
                ar={2023: 14.2, 2024: 15.5}, wo={2023: 6.0, 2024: 5.5}),
    "町営住宅使用料": dict(cur={2023: 42176400, 2024: 41880600}, cr={2023: 95.80, 2024: 96.10}, arr0=18507300,
                    ar={2023: 9.8, 2024: 10.6}, wo={2023: 2.9, 2024: 2.5}),
}
D = {}
for debt, p in P.items():
    D[debt] = {}
    a = p["arr0"]
    for fy in (2023, 2024):
        A = p["cur"][fy]
        C = round(A * p["cr"][fy] / 100)
        aC = round(a * p["ar"][fy] / 100)
        W = round(a * p["wo"][fy] / 100)
        cur = dict(A=A, C=C, W=0, O=A - C)
        arr = dict(A=a, C=aC, W=W, O=a - aC - W)
        D[debt][fy] = dict(current=cur, arrears=arr, total={k: cur[k] + arr[k] for k in "ACWO"})
        a = D[debt][fy]["total"]["O"]


def k(x: int) -> int:
    return int(round(x / 1000))


def kseg(debt, fy, seg, key):
    """千円 as printed; 計 is the sum of the printed parts."""
    if seg == "total":
        return kseg(debt, fy, "current", key) + kseg(debt, fy, "arrears", key)
    return k(D[debt][fy][seg][key])


def rt(debt, fy, seg):
    v = D[debt][fy][seg]
    return rate(v["C"], v["A"])


def R(fy):
    return "令和元" if fy == 2019 else f"令和{fy - 2018}"


# ------------------------------------------------------------ docx helpers -----------------------
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
sec.different_first_page_header_footer = True


def add_page_field(par):
    r = par.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), tag)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        r._r.append(e)


fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("－ ")
add_page_field(fp)
fp.add_run(" －")


def font(run, f="m", size=10.5, bold=False, color=None):
    name = "IPAexGothic" if f == "g" else "IPAexMincho"
    run.font.name = name
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)
    return run


def para(text="", f="m", size=10.5, align=None, left=0, first=0, before=0, after=0, keep=False):
    p = doc.add_paragraph()
    if text:
        font(p.add_run(text), f, size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.left_indent = Mm(left)
    pf.first_line_indent = Mm(first)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if keep:
        pf.keep_with_next = True
    return p


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), hex_)
    tcPr.append(s)


def borders(table, sz=4, outer=None):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(outer if (outer and edge in ("top", "left", "bottom", "right")) else sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_margins(table, mm=1.0):
    tblPr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), str(int(mm * 56.7)))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblPr.append(m)


def set_text(cell, text, f="m", size=8.5, align="c", fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        r = font(p.add_run(ln), f, size)
        if i < len(lines) - 1:
            r.add_break()
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.line_spacing = 1.0
    p.paragraph_format.space_before = Pt(1.5)
    p.paragraph_format.space_after = Pt(1.5)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def make_table(nrows, widths_mm, sz=4, outer=None, container=None):
    t = (container or doc).add_table(rows=nrows, cols=len(widths_mm))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    borders(t, sz, outer)
    cell_margins(t, 0.8)
    for row in t.rows:
        for j, w in enumerate(widths_mm):
            row.cells[j].width = Mm(w)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    tblW = t._tbl.tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        t._tbl.tblPr.append(tblW)
    tblW.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tblW.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(lay)
    return t


def header_row(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


HEAD = "D9D9D9"
SUB = "F2F2F2"

# =============================================================== page 1: cover ==================
G.page = 1
for _ in range(7):
    para()
para("第2次", "g", 20, "c")
para("かつらぎ町債権管理計画", "g", 26, "c", after=10)
para("令和7年度 ～ 令和9年度", "g", 14, "c")
for _ in range(14):
    para()
para("令和7年3月", "m", 14, "c", after=6)
para("かつらぎ町", "g", 18, "c")
page_break()

# =============================================================== page 2: 目次, 凡例, 1, 2 ==========
G.page = 2
para("目　　次", "g", 14, "c", after=8)
TOC = [("1　計画策定の趣旨", 2), ("2　計画期間", 2), ("3　債権の現状", 3), ("4　債権別の収納状況", 4),
       ("5　地区別の状況及び第1次計画の検証", 5), ("6　目標", 6), ("7　債権ごとの取組み", 8)]
for t, n in TOC:
    p = para(t + "\t" + str(n), "m", 10.5, left=10)
    tabs = p.paragraph_format.tab_stops
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    tabs.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
para(before=6)
para("凡　例", "g", 10.5, after=2)
legend = [("町税", "町民税、固定資産税、軽自動車税及び町たばこ税"), ("国保税", "国民健康保険税"), ("介護料", "介護保険料"),
          ("後期高齢", "後期高齢者医療保険料"), ("住宅使用料", "町営住宅使用料（駐車場使用料を含む。）"),
          ("現年", "現年度分（当該年度に調定した債権）"), ("滞繰", "滞納繰越分（前年度以前に調定した債権）")]
t = make_table(len(legend), [30, 120], sz=2)
for i, (a, b) in enumerate(legend):
    set_text(t.rows[i].cells[0], a, "g", 9, "c", SUB)
    set_text(t.rows[i].cells[1], b, "m", 9, "l")
para(before=10)
para("1　計画策定の趣旨", "g", 12, after=3)
para("本町では、令和4年3月に「かつらぎ町債権管理計画」（以下「第1次計画」という。）を策定し、町税をはじめとする各債権に"
     "ついて目標収納率を定め、全庁的に収納率の向上と収入未済額の縮減に取り組んできた。その結果、収入未済額は着実に減少して"
     "いるものの、国民健康保険税や町営住宅使用料では滞納繰越分が依然として多く残っている。", first=4)
para("第1次計画の期間満了に伴い、これまでの取組の成果と課題を検証した上で、町民負担の公平性の確保と健全な財政運営に"
     "資するため、第2次かつらぎ町債権管理計画を策定する。", first=4, after=6)
para("2　計画期間", "g", 12, after=3)
para("令和7（2025）年度から令和9（2027）年度までの3年間とする。なお、社会経済情勢の変化や関係法令の改正等により、"
     "必要に応じて見直しを行う。", first=4)
page_break()

# =============================================================== page 3: 2段組 + 表1 ==============
G.page = 3
para("3　債権の現状", "g", 12, after=4)
# two-column section for the prose
s2 = doc.add_section(WD_SECTION.CONTINUOUS)
cols = s2._sectPr.xpath("./w:cols")
colsel = cols[0] if cols else OxmlElement("w:cols")
colsel.set(qn("w:num"), "2")
colsel.set(qn("w:space"), str(int(8 * 56.7)))
if not cols:
    s2._sectPr.append(colsel)

TOTO = {}
for fy in (2023,):
    TOTO[fy] = sum(kseg(d, fy, "total", "O") for d, _, _ in DEBTS)
HIST = {2017: (112508, 126960, 44640), 2019: (98215, 110442, 40318), 2021: (86730, 99106, 36022)}
oth23 = sum(kseg(d, 2023, "total", "O") for d, _, _ in DEBTS[2:])
HIST[2023] = (kseg("町税", 2023, "total", "O"), kseg("国民健康保険料", 2023, "total", "O"), oth23)


def man_approx(th):
    """千円 -> (約x億y万円 text, yen) rounded to 10万円."""
    man = round(th / 100) * 10        # 万円 rounded to 10万円
    s = (f"{man // 10000}億" if man >= 10000 else "") + f"{man % 10000:,}万円"
    return "約" + s, man * 10000


tot23 = sum(HIST[2023])
tot17 = sum(HIST[2017])
a1, v1 = man_approx(tot23)
a2, v2 = man_approx(tot17)
a3, v3 = man_approx(tot17 - tot23)
kw = dict(debt=None, debt_raw=None, segment="total", basis="actual", approx=True)
x1 = G.fact(a1, v1, "yen", "outstanding", fy=2023, fy_raw="令和5（2023）年度", **kw)
x2 = G.fact(a2, v2, "yen", "outstanding", fy=2017, fy_raw="平成29（2017）年度", **kw)
x3 = G.fact(a3, -v3, "yen", "difference", fy=2023, fy_raw="令和5（2023）年度", **kw)
b1, w1 = man_approx(HIST[2023][0])
b2, w2 = man_approx(HIST[2023][1])
x4 = G.fact(b1, w1, "yen", "outstanding", "町税", "町税", 2023, "令和5（2023）年度", "total", "actual", approx=True)
x5 = G.fact(b2, w2, "yen", "outstanding", "国民健康保険料", "国民健康保険税", 2023, "令和5（2023）年度", "total", "actual",
            approx=True)
para("（1）収入未済額の推移", "g", 10, after=2)
para(f"令和5（2023）年度決算における町全体の収入未済額は{x1}で、平成29（2017）年度の{x2}から{x3}減少した。"
     f"このうち町税は{x4}、国民健康保険税は{x5}で、この2債権で全体の8割以上を占めている。", size=9.5, first=3.5, after=4)
para("（2）収納率の状況", "g", 10, after=2)
c23, c22 = rt("町税", 2023, "current"), 98.82
y1 = G.fact(f"{pct(c23)}％", c23, "percent", "collection_rate", "町税", "町税", 2023, "令和5（2023）年度", "current", "actual")
y2 = G.fact(f"{pct(c22)}％", c22, "percent", "collection_rate", "町税", "町税", 2022, "前年度", "current", "actual")
y3 = G.fact(f"{pct(c23 - c22)}ポイント", round(c23 - c22, 2), "points", "difference", "町税", "町税", 2023,
            "令和5（2023）年度", "current", "actual")
na = rt("国民健康保険料", 2023, "arrears")
y4 = G.fact(f"{pct(na)}％", na, "percent", "collection_rate", "国民健康保険料", "国民健康保険税", 2023, "令和5（2023）年度",
            "arrears", "actual")
para(f"町税の現年度分の収納率は、令和5（2023）年度に{y1}となり、前年度の{y2}から{y3}上昇した。一方、国民健康保険税の"
     f"滞納繰越分の収納率は{y4}にとどまり、滞納の長期化が課題となっている。", size=9.5, first=3.5, after=4)
para("（3）不納欠損処分の状況", "g", 10, after=2)
w23 = sum(k(D[d][2023]["total"]["W"]) for d, _, _ in DEBTS)
z1 = G.fact(f"{c(w23)}千円", w23 * 1000, "yen", "written_off", None, None, 2023, "令和5（2023）年度", "total", "actual")
zj = k(D["町営住宅使用料"][2023]["total"]["W"])
z2 = G.fact(f"{c(zj)}千円", zj * 1000, "yen", "written_off", "町営住宅使用料", "町営住宅使用料", 2023, "令和5（2023）年度",
            "total", "actual")
para(f"令和5（2023）年度の不納欠損額は全債権で{z1}であり、このうち町営住宅使用料は{z2}であった。私債権については、"
     "かつらぎ町債権管理条例に基づく債権放棄の手続を適切に行う必要がある。", size=9.5, first=3.5)
s3 = doc.add_section(WD_SECTION.CONTINUOUS)
cols = s3._sectPr.xpath("./w:cols")
if cols:
    cols[0].set(qn("w:num"), "1")
para(before=6)
para("表1　町全体の収入未済額の推移（全会計）", "g", 10, "c", after=1, keep=True)
para("（単位：千円）", "m", 8.5, "r", keep=True)
t = make_table(5, [50, 28, 28, 28, 30], sz=4, outer=12)
for j, h in enumerate(("年度", "町税", "国保税", "その他", "合計")):
    set_text(t.rows[0].cells[j], h, "g", 9, "c", HEAD)
YR = {2017: "平成29（2017）年度", 2019: "令和元（2019）年度", 2021: "令和3（2021）年度", 2023: "令和5（2023）年度"}
for i, fy in enumerate((2017, 2019, 2021, 2023)):
    row = t.rows[1 + i].cells
    set_text(row[0], YR[fy], "m", 9, "c")
    vals = HIST[fy]
    for j, (v, deb, dr) in enumerate(zip(vals, ("町税", "国民健康保険料", None), ("町税", "国保税", "その他"))):
        set_text(row[1 + j], G.fact(c(v), v * 1000, "yen", "outstanding", deb, dr, fy, YR[fy], "total", "actual"), "m", 9, "r")
    set_text(row[4], G.fact(c(sum(vals)), sum(vals) * 1000, "yen", "outstanding", None, "合計", fy, YR[fy], "total",
                            "actual"), "m", 9, "r", SUB)
para("出典：各年度 かつらぎ町歳入歳出決算書（一般会計及び特別会計）", "m", 8.5, "c", before=2)
page_break()

# =============================================================== page 4: 表2 (3段見出し) ============
G.page = 4
para("4　債権別の収納状況", "g", 12, after=3)
para("主要6債権の令和5年度決算及び令和6年度決算見込は、表2のとおりである。", first=4, after=4)
para("表2　債権別の調定額、収入済額及び収納率", "g", 10, "c", after=2, keep=True)
W6 = [20, 12] + [23, 23, 14] * 2
t = make_table(3 + 7 * 3, W6, sz=4)
r0, r1, r2 = t.rows[0].cells, t.rows[1].cells, t.rows[2].cells
for rr in t.rows[:3]:
    header_row(rr)
a = r0[0].merge(r2[0]); set_text(a, "債権名", "g", 8.5, "c", HEAD)
b = r0[1].merge(r2[1]); set_text(b, "区分", "g", 8.5, "c", HEAD)
for gi, (fy, bas) in enumerate(((2023, "決算"), (2024, "決算見込"))):
    x = r0[2 + gi * 3].merge(r0[4 + gi * 3]); set_text(x, f"{R(fy)}年度", "g", 8.5, "c", HEAD)
    y_ = r1[2 + gi * 3].merge(r1[4 + gi * 3]); set_text(y_, bas, "g", 8.5, "c", SUB)
    for j, h in enumerate(("調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）")):
        set_text(r2[2 + gi * 3 + j], h, "g", 7.5, "c", SUB)
SEGN = [("current", "現年"), ("arrears", "滞繰"), ("total", "計")]
sums = {(fy, s): dict(A=0, C=0) for fy in (2023, 2024) for s, _ in SEGN}
for di, (debt, name, short) in enumerate(DEBTS + [(None, "合計", "合計")]):
    base = 3 + di * 3
    m = t.rows[base].cells[0].merge(t.rows[base + 2].cells[0])
    set_text(m, short, "g", 8.5, "c", SUB if debt is None else None)
    for si, (seg, sl) in enumerate(SEGN):
        row = t.rows[base + si].cells
        set_text(row[1], sl, "m", 8.5, "c", SUB if debt is None else None)
        for gi, (fy, basis) in enumerate(((2023, "actual"), (2024, "estimate"))):
            if debt is None:
                A, C = sums[(fy, seg)]["A"], sums[(fy, seg)]["C"]
                rr_ = rate(C, A)
            else:
                A, C = kseg(debt, fy, seg, "A"), kseg(debt, fy, seg, "C")
                v = D[debt][fy][seg]
                rr_ = rate(v["C"], v["A"])
                sums[(fy, seg)]["A"] += A
                sums[(fy, seg)]["C"] += C
            kw = dict(debt=debt, debt_raw=short, fy=fy, fy_raw=f"{R(fy)}年度", segment=seg, basis=basis)
            fill = SUB if debt is None else None
            set_text(row[2 + gi * 3], G.fact(c(A), A * 1000, "yen", "assessed", **kw), "m", 8.5, "r", fill)
            set_text(row[3 + gi * 3], G.fact(c(C), C * 1000, "yen", "collected", **kw), "m", 8.5, "r", fill)
            set_text(row[4 + gi * 3], G.fact(pct(rr_), rr_, "percent", "collection_rate", **kw), "m", 8.5, "r", fill)
para("※ 令和6年度の数値は、令和7年1月末時点の実績に基づく決算見込である。", "m", 8.5, before=3)
para("※ 合計欄の収納率は、各債権の調定額及び収入済額の合計により算出している。", "m", 8.5)
page_break()

# =============================================================== page 5: 地区別, 円表, 検証 =========
G.page = 5
para("5　地区別の状況及び第1次計画の検証", "g", 12, after=3)
para("（1）地区別の町税収入未済額", "g", 10.5, after=2)
para("表3　地区別の町税の滞納状況（令和5年度決算）", "g", 9.5, "c", after=1, keep=True)
AREAS = [("妙寺地区", 0.38, 182), ("笠田地区", 0.27, 131), ("大谷地区", 0.09, 44), ("渋田地区", 0.11, 52),
         ("四郷地区", 0.05, 23), ("花園地区", None, 9)]
tO = kseg("町税", 2023, "total", "O")
t = make_table(len(AREAS) + 2, [34, 30, 36, 26], sz=4)
for j, h in enumerate(("地区", "滞納者数（人）", "収入未済額（千円）", "構成比（％）")):
    set_text(t.rows[0].cells[j], h, "g", 8.5, "c", HEAD)
acc = 0
for i, (ar, sh, n) in enumerate(AREAS):
    o = round(tO * sh) if sh else tO - acc
    acc += o
    row = t.rows[1 + i].cells
    set_text(row[0], ar, "m", 8.5, "c")
    set_text(row[1], G.fact(str(n), n, "persons", "delinquents", "町税", "町税", 2023, "令和5年度", "total", "actual",
                            area=ar), "m", 8.5, "r")
    set_text(row[2], G.fact(c(o), o * 1000, "yen", "outstanding", "町税", "町税", 2023, "令和5年度", "total", "actual",
                            area=ar), "m", 8.5, "r")
    set_text(row[3], f"{o / tO * 100:.1f}", "m", 8.5, "r")
row = t.rows[-1].cells
ntot = sum(n for _, _, n in AREAS)
set_text(row[0], "合計", "g", 8.5, "c", SUB)
set_text(row[1], G.fact(str(ntot), ntot, "persons", "delinquents", "町税", "町税", 2023, "令和5年度", "total", "actual"),
         "m", 8.5, "r", SUB)
set_text(row[2], G.fact(c(tO), tO * 1000, "yen", "outstanding", "町税", "町税", 2023, "令和5年度", "total", "actual"),
         "m", 8.5, "r", SUB)
set_text(row[3], "100.0", "m", 8.5, "r", SUB)
para("※ 地区は納税義務者の住所地による。花園地区は旧花園村の区域。", "m", 8, before=1, after=4)

para("表4　債権別の不納欠損額及び収入未済額（令和5年度決算）", "g", 9.5, "c", after=0, keep=True)
para("（単位：円）", "m", 8.5, "r", keep=True)
t = make_table(len(DEBTS) + 2, [24, 34, 34, 74], sz=4)
for j, h in enumerate(("債権名", "不納欠損額", "収入未済額", "備考")):
    set_text(t.rows[0].cells[j], h, "g", 8.5, "c", HEAD)
sw = so = 0
for i, (debt, name, short) in enumerate(DEBTS):
    v = D[debt][2023]["total"]
    row = t.rows[1 + i].cells
    kw = dict(debt=debt, debt_raw=short, fy=2023, fy_raw="令和5年度", basis="actual")
    set_text(row[0], short, "m", 8.5, "c")
    set_text(row[1], G.fact(c(v["W"]), v["W"], "yen", "written_off", segment="total", **kw), "m", 8.5, "r")
    set_text(row[2], G.fact(c(v["O"]), v["O"], "yen", "outstanding", segment="total", **kw), "m", 8.5, "r")
    ao = D[debt][2023]["arrears"]["O"]
    note = "うち滞納繰越分 " + G.fact(f"{c(ao)}円", ao, "yen", "outstanding", segment="arrears", **kw)
    if debt == "町営住宅使用料":
        note += "（退去者分を含む。）"
    set_text(row[3], note, "m", 8, "l")
    sw += v["W"]
    so += v["O"]
row = t.rows[-1].cells
kw = dict(debt=None, debt_raw="合計", fy=2023, fy_raw="令和5年度", segment="total", basis="actual")
set_text(row[0], "合計", "g", 8.5, "c", SUB)
set_text(row[1], G.fact(c(sw), sw, "yen", "written_off", **kw), "m", 8.5, "r", SUB)
set_text(row[2], G.fact(c(so), so, "yen", "outstanding", **kw), "m", 8.5, "r", SUB)
set_text(row[3], "", "m", 8.5, "l", SUB)

para("（2）第1次計画の検証", "g", 10.5, before=6, after=2)
para("表5　令和5年度の目標収納率と実績", "g", 9.5, "c", after=1, keep=True)
T1 = {"町税": (99.00, 20.00), "国民健康保険料": (95.50, 18.00), "介護保険料": (99.20, 15.00),
      "後期高齢者医療保険料": (99.50, 35.00), "保育料": (98.50, 15.00), "町営住宅使用料": (96.00, 10.00)}
t = make_table(len(DEBTS) + 2, [24, 22, 22, 18, 22, 22, 18], sz=4)
r0, r1 = t.rows[0].cells, t.rows[1].cells
x = r0[0].merge(r1[0]); set_text(x, "債権名", "g", 8.5, "c", HEAD)
x = r0[1].merge(r0[3]); set_text(x, "現年", "g", 8.5, "c", HEAD)
x = r0[4].merge(r0[6]); set_text(x, "滞繰", "g", 8.5, "c", HEAD)
for gi in range(2):
    for j, h in enumerate(("目標（％）", "実績（％）", "達成率（％）")):
        set_text(r1[1 + gi * 3 + j], h, "g", 7.5, "c", SUB)
for i, (debt, name, short) in enumerate(DEBTS):
    row = t.rows[2 + i].cells
    set_text(row[0], short, "m", 8.5, "c")
    for gi, seg in enumerate(("current", "arrears")):
        tg = T1[debt][gi]
        ac = rt(debt, 2023, seg)
        kw = dict(debt=debt, debt_raw=short, fy=2023, fy_raw="令和5年度", segment=seg)
        set_text(row[1 + gi * 3], G.fact(pct(tg), tg, "percent", "collection_rate", basis="target", **kw), "m", 8.5, "r")
        set_text(row[2 + gi * 3], G.fact(pct(ac), ac, "percent", "collection_rate", basis="actual", **kw), "m", 8.5, "r")
        set_text(row[3 + gi * 3], f"{ac / tg * 100:.1f}", "m", 8.5, "r")
c19 = 97.92
q1 = G.fact(f"{pct(c19)}％", c19, "percent", "collection_rate", "町税", "町税", 2019, "令和元年度", "current", "actual")
q2 = G.fact(f"{pct(c23 - c19)}ポイント", round(c23 - c19, 2), "points", "difference", "町税", "町税", 2023, "令和5年度",
            "current", "actual")
para(f"町税の現年度分の収納率は、第1次計画の基準とした令和元年度の{q1}から{q2}改善し、目標を達成した。一方、"
     "国民健康保険税及び住宅使用料の滞納繰越分は目標に届かず、高額・長期の滞納案件の整理が課題である。",
     size=9.5, first=4, before=4)
page_break()

# =============================================================== page 6: 表6 (left columns), 表7 ====
G.page = 6
para("6　目標", "g", 12, after=3)
para("計画期間における各債権の目標収納率及び収入未済額の目標を、次のとおり定める。", first=4, after=4)
TG = {"町税": ((99.20, 99.25, 99.30), (21.50, 22.50, 23.50)),
      "国民健康保険料": ((95.70, 95.90, 96.10), (19.00, 20.00, 21.00)),
      "介護保険料": ((99.30, 99.35, 99.40), (17.00, 18.00, 19.00)),
      "後期高齢者医療保険料": ((99.60, 99.65, 99.70), (40.00, 41.00, 42.00)),
      "保育料": ((98.80, 99.00, 99.20), (16.00, 17.00, 18.00)),
      "町営住宅使用料": ((96.30, 96.50, 96.70), (11.00, 12.00, 13.00))}


def table6(cols):
    """cols: list of (header, kind, fy). Rows: each debt x (現年, 滞繰)."""
    t = make_table(1 + len(DEBTS) * 2, [26, 16] + [28] * len(cols), sz=4)
    hdr = t.rows[0].cells
    header_row(t.rows[0])
    set_text(hdr[0], "債権名", "g", 8.5, "c", HEAD)
    set_text(hdr[1], "区分", "g", 8.5, "c", HEAD)
    for j, (h, kind, fy) in enumerate(cols):
        set_text(hdr[2 + j], h, "g", 8, "c", HEAD)
    for i, (debt, name, short) in enumerate(DEBTS):
        m = t.rows[1 + i * 2].cells[0].merge(t.rows[2 + i * 2].cells[0])
        set_text(m, short, "m", 8.5, "c")
        for si, (seg, sl) in enumerate((("current", "現年"), ("arrears", "滞繰"))):
            row = t.rows[1 + i * 2 + si].cells
            set_text(row[1], sl, "m", 8.5, "c")
            for j, (h, kind, fy) in enumerate(cols):
                if kind == "actual":
                    v = rt(debt, fy, seg)
                elif kind == "estimate":
                    v = rt(debt, fy, seg)
                else:
                    v = TG[debt][si][fy - 2025]
                fyraw = h.split("\n")[0]
                set_text(row[2 + j], G.fact(pct(v), v, "percent", "collection_rate", debt, short, fy, fyraw, seg, kind),
                         "m", 8.5, "r", SUB if kind == "target" else None)
    return t


para("表6　債権別の目標収納率", "g", 9.5, "c", after=0, keep=True)
para("（単位：％）", "m", 8.5, "r", keep=True)
table6([("令和5年度\n実績", "actual", 2023), ("令和6年度\n見込", "estimate", 2024), ("令和7年度\n目標", "target", 2025)])
para("※ 令和8年度及び令和9年度の目標は次ページ（表6の続き）に掲載。", "m", 8.5, before=2, after=8)

OT = {"町税": ((72000, 57500), (68000, 54000), (64000, 50500)),
      "国民健康保険料": ((88000, 66000), (83500, 62500), (79000, 59000)),
      "介護保険料": ((6800, 3600), (6400, 3300), (6000, 3000)),
      "後期高齢者医療保険料": ((1500, 600), (1400, 550), (1300, 500)),
      "保育料": ((3200, 2900), (3000, 2700), (2800, 2500)),
      "町営住宅使用料": ((17500, 15800), (16800, 15200), (16000, 14500))}


def table7(debts, cont=False):
    t = make_table(1 + len(debts) * 3, [30, 16, 40, 80], sz=4)
    header_row(t.rows[0])
    for j, h in enumerate(("債権名", "年度", "収入未済額の目標（千円）", "備考")):
        set_text(t.rows[0].cells[j], h, "g", 8.5, "c", HEAD)
    r = 1
    for debt, name, short in debts:
        for yi, fy in enumerate((2025, 2026, 2027)):
            row = t.rows[r].cells
            tot, arr = OT[debt][yi]
            yraw = f"R{fy - 2018}"
            set_text(row[0], short, "m", 8.5, "l")
            set_text(row[1], yraw, "m", 8.5, "c")
            set_text(row[2], G.fact(c(tot), tot * 1000, "yen", "outstanding", debt, short, fy, yraw, "total", "target"),
                     "m", 8.5, "r")
            set_text(row[3], "うち滞納繰越分 " + G.fact(f"{c(arr)}千円", arr * 1000, "yen", "outstanding", debt, short, fy,
                                                     yraw, "arrears", "target"), "m", 8.5, "l")
            r += 1
    return t


para("表7　債権別・年度別の収入未済額の目標", "g", 9.5, "c", after=2, keep=True)
table7(DEBTS[:3])
page_break()

# =============================================================== page 7: 表6（続き）, 表7（続き）, 取組(町税) ==
G.page = 7
para("表6　債権別の目標収納率（続き）", "g", 9.5, "c", after=0, keep=True)
para("（単位：％）", "m", 8.5, "r", keep=True)
table6([("令和8年度\n目標", "target", 2026), ("令和9年度\n目標", "target", 2027)])
para(before=8)
para("表7　債権別・年度別の収入未済額の目標（続き）", "g", 9.5, "c", after=2, keep=True)
table7(DEBTS[3:])
page_break()

# =============================================================== page 8: 7 債権ごとの取組み ========
G.page = 8
SEC = "債権ごとの取組み"


def sheet_strip(debt, short):
    """推進シート: current state (令和5年度実績) and the final-year target (令和9年度目標)."""
    t = make_table(3, [30, 34, 34, 34], sz=4)
    for j, h in enumerate(("区分", "令和5年度実績", "令和7年度目標", "令和9年度目標")):
        set_text(t.rows[0].cells[j], h, "g", 8.5, "c", HEAD)
    for si, (seg, sl) in enumerate((("current", "現年度分収納率"), ("arrears", "滞納繰越分収納率"))):
        row = t.rows[1 + si].cells
        set_text(row[0], sl, "m", 8.5, "c")
        v = rt(debt, 2023, seg)
        set_text(row[1], G.fact(pct(v) + "％", v, "percent", "collection_rate", debt, short, 2023, "令和5年度実績", seg,
                                "actual"), "m", 8.5, "r")
        for j, fy in ((2, 2025), (3, 2027)):
            v = TG[debt][si][fy - 2025]
            set_text(row[j], G.fact(pct(v) + "％", v, "percent", "collection_rate", debt, short, fy,
                                    f"令和{fy - 2018}年度目標", seg, "target"), "m", 8.5, "r", SUB)
    para(after=2)


para("7　債権ごとの取組み（町税）", "g", 12, after=3)
sheet_strip("町税", "町税")
I_TAX = [
    ("（1）現年度分の滞納抑制", [
        ("ア　口座振替の推進", [("(ｱ)", "納税通知書に口座振替依頼書を同封し、新規の申込みを勧奨する。", "継続"),
                         ("(ｲ)", "令和7年度から、スマートフォンによる口座振替の受付を開始する。", "新規")]),
        ("イ　早期の催告", [("(ｱ)", "督促状の発送後1か月以内に催告書を送付し、未納の長期化を防ぐ。", "継続")])]),
    ("（2）滞納繰越分の縮減", [
        ("ア", "預貯金・給与等の財産調査を全件で実施し、納付資力のある滞納者には速やかに差押えを行う。", "拡充"),
        ("イ", "高額・困難案件は和歌山地方税回収機構へ移管し、滞納整理を進める。", "継続")]),
]
for head, subs in I_TAX:
    para(head, "g", 10.5, left=2, before=2)
    lab1 = head[:3]
    for sub in subs:
        if isinstance(sub[1], list):
            para(sub[0], "m", 10, left=6)
            for l3, txt, stt in sub[1]:
                G.init(txt, "町税", 2025, SEC, f"{lab1}{sub[0][0]}{l3}", stt)
                para(f"{l3}　{txt}【{stt}】", "m", 10, left=14, first=-7)
        else:
            l2, txt, stt = sub
            G.init(txt, "町税", 2025, SEC, f"{lab1}{l2}", stt)
            para(f"{l2}　{txt}【{stt}】", "m", 10, left=12, first=-6)
para(before=6)
para("7　債権ごとの取組み（国民健康保険税）", "g", 12, after=3)
sheet_strip("国民健康保険料", "国民健康保険税")
I_NK = {"現年度分": [("①", "国保加入の手続時に口座振替の申込みを受け付け、加入世帯の口座振替率を高める。", "継続"),
                   ("②", "納期限後の未納者へSMSによる納付案内を送信する。", "新規")],
        "滞納繰越分": [("①", "分納誓約の不履行者には速やかに催告し、納付相談に応じない場合は差押えを行う。", "継続"),
                    ("②", "生活困窮により納付が困難な世帯は、福祉部門と連携して執行停止を含めた整理を行う。", None)]}
for title, items in I_NK.items():
    para(title, "g", 10.5, left=2, before=2)
    for l_, txt, stt in items:
        G.init(txt, "国民健康保険料", 2025, SEC, l_, stt, debt_raw="国民健康保険税")
        tag = f"【{stt}】" if stt else ""
        para(f"{l_}　{txt}{tag}", "m", 10, left=10, first=-5)
para(before=6)
para("7　債権ごとの取組み（町営住宅使用料）", "g", 12, after=3)
sheet_strip("町営住宅使用料", "町営住宅使用料")
I_JK = [("（1）", "滞納が3か月に達した入居者には、連帯保証人に通知した上で面談を行い、分納誓約を締結する。", "継続"),
        ("（2）", "退去者の滞納分は、住所調査の上で支払督促の申立てを行い、回収が見込めないものは債権放棄を検討する。", "拡充")]
for l_, txt, stt in I_JK:
    G.init(txt, "町営住宅使用料", 2025, SEC, l_, stt)
    para(f"{l_}{txt}【{stt}】", "m", 10, left=12, first=-8)

# ------------------------------------------------------------ build -----------------------------
WORK.mkdir(exist_ok=True)
docx_path = WORK / f"{STEM}.docx"
doc.core_properties.title = TITLE
doc.core_properties.author = "かつらぎ町総務課"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
out = Path("pdf") / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
import fitz  # noqa: E402
n = len(fitz.open(out))
G.write(out, Path("gold") / f"{STEM}.json", n)
sys.exit(1 if check_pdf(out, Path("gold") / f"{STEM}.json") else 0)
