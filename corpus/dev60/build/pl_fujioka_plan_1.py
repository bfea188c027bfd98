"""pl_fujioka_plan_1: 藤岡市債権管理計画（令和7年度～令和9年度） (python-docx -> LibreOffice).

Run from corpus/dev60:  python3 build/pl_fujioka_plan_1.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from pl_common import Gold, check, kc, rate  # noqa: E402

STEM = "pl_fujioka_plan_1"
HERE = Path.cwd()
WORK = Path("/tmp/pl_work")
G = Gold(STEM, "plan", "plan", "藤岡市", "藤岡市債権管理計画（令和7年度～令和9年度）", "2025-03-01", "令和7年3月")
f = G.f

# ------------------------------------------------------------------ data (千円)
PARAM = {
    "市税": ("一般会計", "税務課", 9412300, 1.008, [98.42, 98.55, 98.71, 98.83, 98.90, 98.95], 612400,
           [24.1, 25.3, 26.8, 27.9, 28.6, 29.2], 0.09),
    "保育料": ("一般会計", "こども課", 142100, 0.97, [98.61, 98.72, 98.80, 98.91, 98.95, 99.0], 14250,
            [16.3, 17.5, 18.8, 19.9, 20.4, 21.0], 0.09),
    "市営住宅使用料": ("一般会計", "建築住宅課", 98420, 0.995, [96.41, 96.62, 96.90, 97.12, 97.30, 97.4], 31870,
                [9.8, 10.4, 11.3, 12.1, 12.9, 13.3], 0.05),
    "生活保護費返還金": ("一般会計", "社会福祉課", 38620, 1.01, [71.2, 72.4, 73.1, 74.0, 74.8, 75.2], 52310,
                 [6.1, 6.4, 6.8, 7.2, 7.5, 7.8], 0.04),
    "国民健康保険税": ("国民健康保険特別会計", "税務課", 1986200, 0.985, [91.84, 92.10, 92.45, 92.71, 92.96, 93.10], 598300,
                [18.2, 19.1, 20.3, 21.2, 22.0, 22.6], 0.11),
    "介護保険料": ("介護保険特別会計", "介護高齢課", 1352400, 1.015, [98.71, 98.80, 98.86, 98.92, 98.97, 99.0], 41800,
              [14.1, 15.0, 16.2, 17.1, 17.8, 18.4], 0.21),
    "後期高齢者医療保険料": ("後期高齢者医療特別会計", "保険年金課", 612300, 1.03, [99.40, 99.45, 99.49, 99.52, 99.55, 99.57], 6420,
                   [30.2, 31.5, 32.1, 33.0, 33.8, 34.5], 0.12),
}
ORDER = list(PARAM)
GEN = ORDER[:4]
SPE = ORDER[4:]
YEARS = list(range(2019, 2025))  # 2024 = 見込
D = {}
for k, (kaikei, ka, ca, g, cr, aa, ar, ws) in PARAM.items():
    D[k] = {}
    arr_a = aa
    for i, y in enumerate(YEARS):
        cur_a = round(ca * g ** i)
        cur_c = round(cur_a * cr[i] / 100)
        arr_c = round(arr_a * ar[i] / 100)
        w = round(arr_a * ws)
        a, c = cur_a + arr_a, cur_c + arr_c
        D[k][y] = dict(cur_a=cur_a, cur_c=cur_c, arr_a=arr_a, arr_c=arr_c, a=a, c=c, w=w, o=a - c - w,
                       arr_o=arr_a - arr_c - w)
        arr_a = a - c - w


def tot(keys, y, m):
    return sum(D[k][y][m] for k in keys)


YR = {2017: "平成29年度", 2018: "平成30年度", 2019: "令和元年度", 2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度",
      2023: "令和5年度", 2024: "令和6年度", 2025: "令和7年度", 2026: "令和8年度", 2027: "令和9年度"}


def oku(sen, unit=1_000_000):
    yen = round(sen * 1000 / unit) * unit
    o, m = divmod(yen // 10000, 10000)
    return (f"{o}億{m:,}万円" if o and m else (f"{o}億円" if o else f"{m:,}万円")), yen


def mil(sen):
    """千円 -> 百万円 one decimal text and yen value."""
    v = round(sen / 1000, 1)
    return f"{v:,.1f}", round(v * 1_000_000)


# ------------------------------------------------------------------ docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(2)
st.paragraph_format.line_spacing = 1.15
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)


def footer_pageno(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("- ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    p._p.append(fld)
    p.add_run(" -")


def run_font(run, size=None, bold=False, gothic=False, color=None):
    name = "IPAexGothic" if gothic else "IPAexMincho"
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(text="", size=None, bold=False, gothic=False, align=None, indent=0, first=0, before=0, after=2):
    p = doc.add_paragraph()
    if text:
        run_font(p.add_run(text), size, bold, gothic)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.left_indent = Mm(indent)
    pf.first_line_indent = Mm(first)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    return p


def head(text, level=1):
    return para(text, size={1: 13, 2: 11.5, 3: 10.5}[level], bold=True, gothic=True, before=8 if level == 1 else 4, after=3)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_borders(table, spec):
    """spec: dict edge -> (val, sz)"""
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        val, sz = spec.get(edge, ("nil", 0))
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_border(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge, (val, sz) in edges.items():
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def table(rows, widths, size=8.5, header=1, grid=True, align_num=True, head_fill="D9E2EC"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if grid:
        t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Mm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths[j])
            p = c.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.line_spacing = 1.0
            if val is None:
                continue
            txt = str(val)
            run_font(p.add_run(txt), size, bold=(i < header), gothic=(i < header))
            if i < header:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if head_fill:
                    shade(c, head_fill)
            elif align_num and j > 0 and (txt[:1].isdigit() or txt[:1] in "△▲－-"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return t


def merge(t, r0, c0, r1, c1, text=None, size=8.5, bold=False):
    m = t.cell(r0, c0).merge(t.cell(r1, c1))
    if text is not None:
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        p = m.paragraphs[0]
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        run_font(p.add_run(text), size, bold=bold, gothic=bold)
    return m


def set_cols(section, n, space=10):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), str(int(space * 56.7)))


footer_pageno(sec)

# ================================================================== page 1 cover
P = 1
para("", after=120)
para("藤岡市債権管理計画", size=26, bold=True, gothic=True, align="c", after=10)
para("（令和7年度～令和9年度）", size=16, gothic=True, align="c", after=200)
para("令和7年3月", size=14, align="c", after=6)
para("藤　岡　市", size=16, gothic=True, align="c")
page_break()

# ================================================================== page 2 目次 + 第1章
P = 2
para("目　　次", size=14, bold=True, gothic=True, align="c", after=8)
TOC = [("第1章　計画の概要", 2), ("第2章　債権の現状", 3), ("　1　令和5年度決算の状況", 3), ("　2　収納率及び収入未済額の推移", 4),
       ("　3　地区別の状況", 5), ("第3章　数値目標", 6), ("第4章　債権ごとの取組み（推進シート）", 7)]
for t_, pg in TOC:
    p = para(t_, size=10.5, after=1)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(160), WD_TAB_ALIGNMENT.RIGHT, 1)  # dotted leader
    run_font(p.add_run(f"\t{pg}"), 10.5)
head("第1章　計画の概要")
head("1　計画策定の趣旨", 2)
tot21 = sum(D[k][2021]["o"] for k in ORDER)
tot23 = sum(D[k][2023]["o"] for k in ORDER)
t21, y21 = oku(tot21)
t23, y23 = oku(tot23)
td, yd = oku(tot21 - tot23)
para("本市では、平成30年4月に藤岡市債権管理条例を施行し、平成29（2017）年度に策定した債権管理方針に基づき、"
     "全庁的な債権管理の適正化に取り組んできた。第1次計画（令和4年度～令和6年度）の期間中、市の債権全体の収入未済額は、"
     f"令和3年度末の{f(P, '約'+t21, y21, 'yen', 'outstanding', 2021, '令和3年度', 'total', 'actual', None, None, approx=True)}から"
     f"令和5年度末には{f(P, '約'+t23, y23, 'yen', 'outstanding', 2023, '令和5年度', 'total', 'actual', None, None, approx=True)}となり、"
     f"{f(P, '約'+td, -yd, 'yen', 'difference', 2023, '令和5年度', 'total', 'actual', None, None, approx=True)}縮減した。"
     "一方で、国民健康保険税及び生活保護費返還金では依然として多額の収入未済額が残っており、引き続き計画的な取組みが必要である。",
     first=4)
head("2　計画の期間", 2)
para("本計画の期間は、令和7（2025）年度から令和9（2027）年度までの3年間とする。", first=4)
head("3　計画の構成", 2)
para("（1）対象債権", indent=2)
para("市が保有する債権のうち、令和5年度決算において収入未済額がある次の債権とする。", indent=8)
para("ア　一般会計に属する債権", indent=8)
para("（ｱ）市税　（ｲ）保育料　（ｳ）市営住宅使用料　（ｴ）生活保護費返還金", indent=14)
para("イ　特別会計に属する債権", indent=8)
para("（ｱ）国民健康保険税　（ｲ）介護保険料　（ｳ）後期高齢者医療保険料", indent=14)
para("（2）進行管理", indent=2)
para("債権管理推進委員会において、推進シートにより毎年度の実績と取組状況を点検し、必要に応じて目標及び取組を見直す。", indent=8)
page_break()

# ================================================================== page 3 第2章 1
P = 3
head("第2章　債権の現状")
head("1　令和5年度決算の状況", 2)
para("（1）会計別・債権別の状況", indent=2)
para("表1　債権別収納状況（令和5年度決算）", size=9, gothic=True)
para("（単位：百万円、％）", size=8.5, align="r", after=0)
rows = [["区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
sec_rows, sub_rows = [], []


def t1row(label, keys, debt):
    a, c, w, o = (sum(D[k][2023][m] for k in keys) for m in ("a", "c", "w", "o"))
    out = [label]
    for v, met in ((a, "assessed"), (c, "collected"), (w, "written_off"), (o, "outstanding")):
        tx, yen = mil(v)
        out.append(f(P, tx, yen, "yen", met, 2023, "令和5年度", "total", "actual", debt, label.strip()))
    r = rate(c, a, 1)
    out.append(f(P, f"{r:.1f}", r, "percent", "collection_rate", 2023, "令和5年度", "total", "actual", debt, label.strip()))
    return out


for secname, keys in (("【一般会計】", GEN), ("【特別会計】", SPE)):
    rows.append([secname, None, None, None, None, None])
    sec_rows.append(len(rows) - 1)
    for k in keys:
        rows.append(t1row("　" + k, [k], k))
    rows.append(t1row("　小計", keys, None))
    sub_rows.append(len(rows) - 1)
rows.append(t1row("合計", ORDER, None))
t = table(rows, [44, 24, 24, 22, 24, 16], size=8.5)
for r in sec_rows:
    merge(t, r, 0, r, 5, rows[r][0], size=8.5, bold=True)
for r in sub_rows + [len(rows) - 1]:
    for j in range(6):
        shade(t.cell(r, j), "F2F2F2")
para("※ 百万円未満を四捨五入しているため、合計が一致しない場合がある。", size=8)
tt = sum(D[k][2023]["o"] for k in ORDER)
ttx, tty = oku(tt, 10_000)
kok = D["国民健康保険税"][2023]["o"]
para(f"令和5年度決算における収入未済額の合計は{f(P, ttx, tty, 'yen', 'outstanding', 2023, '令和5年度', 'total', 'actual', None, None)}で、"
     f"このうち国民健康保険税が{f(P, oku(kok, 10_000)[0], oku(kok, 10_000)[1], 'yen', 'outstanding', 2023, '令和5年度', 'total', 'actual', '国民健康保険税', '国民健康保険税')}と最も多く、"
     "全体の約{:.0f}％を占めている。".format(kok / tt * 100), first=4, before=4)
para("（2）所管課別の収入未済額", indent=2, before=4)
para("表2　会計・債権別の収入未済額（単位：千円）", size=9, gothic=True)
rows = [["会計", "債権名", "所管課", "令和4年度末", "令和5年度末", "増減", "備考"]]
kaikei_rows = {}
for k in ORDER:
    kaikei = PARAM[k][0]
    o22, o23 = D[k][2022]["o"], D[k][2023]["o"]
    arr = D[k][2023]["arr_o"]
    rows.append([kaikei if kaikei not in kaikei_rows else "", k, PARAM[k][1],
                 f(P, kc(o22), o22 * 1000, "yen", "outstanding", 2022, "令和4年度末", "total", "actual", k, k),
                 f(P, kc(o23), o23 * 1000, "yen", "outstanding", 2023, "令和5年度末", "total", "actual", k, k),
                 f(P, kc(o23 - o22), (o23 - o22) * 1000, "yen", "difference", 2023, "令和5年度末", "total", "actual", k, k),
                 "うち滞納繰越分 " + f(P, kc(arr) + "千円", arr * 1000, "yen", "outstanding", 2023, "令和5年度末", "arrears", "actual", k, k)])
    kaikei_rows.setdefault(kaikei, []).append(len(rows) - 1)
t = table(rows, [24, 30, 20, 20, 20, 17, 35], size=8)
for kaikei, rr in kaikei_rows.items():
    if len(rr) > 1:
        merge(t, rr[0], 0, rr[-1], 0, kaikei, size=8)
para("※ 増減は令和5年度末－令和4年度末（△は減少）。", size=8)
page_break()

# ================================================================== page 4 landscape: 表3 (left part)
s = doc.add_section(WD_SECTION.NEW_PAGE)
s.orientation = WD_ORIENT.LANDSCAPE
s.page_width, s.page_height = Mm(297), Mm(210)
s.left_margin = s.right_margin = Mm(20)
s.top_margin, s.bottom_margin = Mm(16), Mm(14)
P = 4
head("2　収納率及び収入未済額の推移", 2)
para("表3　債権別収納率の推移（令和元年度～令和5年度決算）　※ 5年平均及び増減は次ページに掲載", size=9, gothic=True)
para("（単位：％）", size=8.5, align="r", after=0)
Y5 = [2019, 2020, 2021, 2022, 2023]
rows = [["債権名", "区分"] + [YR[y] for y in Y5]]
for k in ORDER:
    for seg, lab, am, cm in (("current", "現年度分", "cur_a", "cur_c"), ("arrears", "滞納繰越分", "arr_a", "arr_c")):
        row = [k if seg == "current" else "", lab]
        for y in Y5:
            r = rate(D[k][y][cm], D[k][y][am])
            row.append(f(P, f"{r:.2f}", r, "percent", "collection_rate", y, YR[y], seg, "actual", k, k))
        rows.append(row)
rows.append(["全債権", "合計"] + [f(P, f"{rate(tot(ORDER, y, 'c'), tot(ORDER, y, 'a')):.2f}", rate(tot(ORDER, y, 'c'), tot(ORDER, y, 'a')),
                                     "percent", "collection_rate", y, YR[y], "total", "actual", None, "全債権") for y in Y5])
t = table(rows, [52, 30, 34, 34, 34, 34, 34], size=10)
for i in range(len(ORDER)):
    merge(t, 1 + 2 * i, 0, 2 + 2 * i, 0, ORDER[i], size=10)
para("※ 収納率＝収入済額÷調定額×100（小数点以下第3位を四捨五入）", size=8)
page_break()

# ================================================================== page 5 portrait: 表3 続き, 表4, 2段組
s = doc.add_section(WD_SECTION.NEW_PAGE)
s.orientation = WD_ORIENT.PORTRAIT
s.page_width, s.page_height = Mm(210), Mm(297)
s.left_margin = s.right_margin = Mm(22)
s.top_margin, s.bottom_margin = Mm(18), Mm(16)
P = 5
para("表3（続き）　5年平均及び増減（単位：％、ポイント）", size=9, gothic=True)
rows = [["債権名", "区分", "5年平均", "増減（R5－R1）"]]
for k in ORDER:
    for seg, lab, am, cm in (("current", "現年度分", "cur_a", "cur_c"), ("arrears", "滞納繰越分", "arr_a", "arr_c")):
        rs = [rate(D[k][y][cm], D[k][y][am]) for y in Y5]
        avg = round(sum(rs) / 5, 2)
        dif = round(rs[-1] - rs[0], 2)
        rows.append([k if seg == "current" else "", lab,
                     f(P, f"{avg:.2f}", avg, "percent", "collection_rate", None, "5年平均", seg, "actual", k, k),
                     f(P, ("△" if dif < 0 else "") + f"{abs(dif):.2f}", dif, "points", "difference", 2023, "R5", seg, "actual", k, k)])
t = table(rows, [46, 26, 28, 30], size=8)
for i in range(len(ORDER)):
    merge(t, 1 + 2 * i, 0, 2 + 2 * i, 0, ORDER[i], size=8)
para("表4　収入未済額の推移（単位：千円）", size=9, gothic=True, before=6)
Y5d = Y5[::-1]
rows = [["債権名"] + [YR[y] for y in Y5d] + ["増減額", "増減率（％）"]]
for k in ORDER + ["合計"]:
    keys = ORDER if k == "合計" else [k]
    debt = None if k == "合計" else k
    vals = [tot(keys, y, "o") for y in Y5d]
    row = [k] + [f(P, kc(v), v * 1000, "yen", "outstanding", y, YR[y], "total", "actual", debt, k) for v, y in zip(vals, Y5d)]
    dd = vals[0] - vals[-1]
    row.append(f(P, kc(dd), dd * 1000, "yen", "difference", 2023, "令和5年度", "total", "actual", debt, k))
    pr = round(dd / vals[-1] * 100, 1)
    row.append(("△" if pr < 0 else "") + f"{abs(pr):.1f}")
    rows.append(row)
t = table(rows, [30, 19, 19, 19, 19, 19, 19, 17], size=7.5)
for j in range(8):
    shade(t.cell(len(rows) - 1, j), "F2F2F2")
o18 = D["市税"][2019]["arr_a"]  # 平成30年度末の市税収入未済額 = 令和元年度滞納繰越調定
para(f"※ 増減額・増減率は令和5年度と令和元年度の比較。参考：平成30年度末の市税の収入未済額は"
     f"{f(P, kc(o18)+'千円', o18*1000, 'yen', 'outstanding', 2018, 'H30', 'total', 'actual', '市税', '市税')}（H30決算）。", size=8)

# 2段組 section
s = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(s, 2, 8)
P = 5
head("3　地区別の状況", 2)
DIST = {"藤岡地区": 0.902, "鬼石地区": None}
k = "市税"
ca, cc = D[k][2023]["cur_a"], D[k][2023]["cur_c"]
fa = round(ca * 0.902)
fc = round(fa * 0.9897)
oa, oc = ca - fa, cc - fc
rf, ro = rate(fc, fa), rate(oc, oa)
para("市税の現年度分について、旧藤岡市の区域（藤岡地区）と旧鬼石町の区域（鬼石地区）に分けて収納状況をみると、"
     f"令和5年度の藤岡地区の収納率は{f(P, f'{rf:.2f}％', rf, 'percent', 'collection_rate', 2023, '令和5年度', 'current', 'actual', '市税', '市税', area='藤岡地区')}、"
     f"鬼石地区は{f(P, f'{ro:.2f}％', ro, 'percent', 'collection_rate', 2023, '令和5年度', 'current', 'actual', '市税', '市税', area='鬼石地区')}であった。", size=9.5, first=3.5)
para(f"鬼石地区の調定額は{f(P, kc(oa)+'千円', oa*1000, 'yen', 'assessed', 2023, '令和5年度', 'current', 'actual', '市税', '市税', area='鬼石地区')}で、"
     "高齢者世帯の割合が高く、納付書による納付が多いことから、鬼石総合支所の窓口での納付相談を継続する。"
     f"藤岡地区の収入済額は{f(P, kc(fc)+'千円', fc*1000, 'yen', 'collected', 2023, '令和5年度', 'current', 'actual', '市税', '市税', area='藤岡地区')}であり、"
     "口座振替率の向上が引き続き課題である。", size=9.5, first=3.5)
para("また、国民健康保険税の現年度分収納率は、令和元年度の"
     f"{f(P, '{:.2f}％'.format(rate(D['国民健康保険税'][2019]['cur_c'], D['国民健康保険税'][2019]['cur_a'])), rate(D['国民健康保険税'][2019]['cur_c'], D['国民健康保険税'][2019]['cur_a']), 'percent', 'collection_rate', 2019, '令和元年度', 'current', 'actual', '国民健康保険税', '国民健康保険税')}"
     f"から令和5年度は{f(P, '{:.2f}％'.format(rate(D['国民健康保険税'][2023]['cur_c'], D['国民健康保険税'][2023]['cur_a'])), rate(D['国民健康保険税'][2023]['cur_c'], D['国民健康保険税'][2023]['cur_a']), 'percent', 'collection_rate', 2023, '令和5年度', 'current', 'actual', '国民健康保険税', '国民健康保険税')}へと"
     f"{f(P, '{:.2f}ポイント'.format(rate(D['国民健康保険税'][2023]['cur_c'], D['国民健康保険税'][2023]['cur_a']) - rate(D['国民健康保険税'][2019]['cur_c'], D['国民健康保険税'][2019]['cur_a'])), round(rate(D['国民健康保険税'][2023]['cur_c'], D['国民健康保険税'][2023]['cur_a']) - rate(D['国民健康保険税'][2019]['cur_c'], D['国民健康保険税'][2019]['cur_a']), 2), 'points', 'difference', 2023, '令和5年度', 'current', 'actual', '国民健康保険税', '国民健康保険税')}改善した。",
     size=9.5, first=3.5)
# one-column again: horizontal-rule table and tab-stop (no rule) table
s = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(s, 1)
para("表5　市税現年度分の地区別内訳（令和5年度）", size=9, gothic=True, before=4)
rows = [["地区", "調定額（千円）", "収入済額（千円）", "収納率（％）"]]
for area, a, c in (("藤岡地区", fa, fc), ("鬼石地区", oa, oc), ("計", ca, cc)):
    ar = None if area == "計" else area
    r = rate(c, a)
    rows.append([area, f(P, kc(a), a * 1000, "yen", "assessed", 2023, "令和5年度", "current", "actual", "市税", "市税", area=ar),
                 f(P, kc(c), c * 1000, "yen", "collected", 2023, "令和5年度", "current", "actual", "市税", "市税", area=ar),
                 f(P, f"{r:.2f}", r, "percent", "collection_rate", 2023, "令和5年度", "current", "actual", "市税", "市税", area=ar)])
t = table(rows, [30, 36, 36, 26], size=8.5, grid=False, head_fill=None)
set_borders(t, {"top": ("single", 8), "bottom": ("single", 8)})
for j in range(4):
    cell_border(t.cell(0, j), bottom=("single", 6))
para("【参考】滞納者数の推移（市税・国民健康保険税、各年度末）", size=9, gothic=True, before=6)
DEL = {"市税": (2988, 2841, 2716), "国民健康保険税": (1932, 1874, 1805)}
for line in (["", "令和3年度", "令和4年度", "令和5年度"],) + tuple([k] + list(v) for k, v in DEL.items()):
    p = para(size=9, after=0)
    for x in (Mm(45), Mm(75), Mm(105)):
        p.paragraph_format.tab_stops.add_tab_stop(x, WD_TAB_ALIGNMENT.RIGHT)
    if line[0]:
        k = line[0]
        txt = "　" + k + "".join("\t" + f(P, kc(v) + "人", v, "persons", "delinquents", y, YR[y], "total", "actual", k, k)
                                  for v, y in zip(line[1:], (2021, 2022, 2023)))
    else:
        txt = "\t" + "\t".join(line[1:])
    run_font(p.add_run(txt), 9)
page_break()

# ================================================================== page 6 第3章 long format
P = 6
head("第3章　数値目標")
para("各債権の数値目標は、令和6年度決算見込を基準として、次のとおり設定する。収納率を主たる指標とし、"
     "収入未済額の目標額を併せて定める。", first=4)
para("表6　債権別・年度別の数値目標", size=9, gothic=True)
TG = {  # (cur rate, arr rate, outstanding 千円) for 2025..2027
    "市税": [(99.00, 30.0, 520000), (99.05, 31.0, 505000), (99.10, 32.0, 490000)],
    "国民健康保険税": [(93.30, 23.5, 400000), (93.50, 24.5, 385000), (93.70, 25.5, 370000)],
    "介護保険料": [(99.05, 19.0, 26000), (99.10, 20.0, 25000), (99.15, 21.0, 24000)],
    "保育料": [(99.05, 22.0, 8500), (99.10, 23.0, 8000), (99.15, 24.0, 7500)],
}
rows = [["債権名", "年度", "現年度分収納率（％）", "滞納繰越分収納率（％）", "収入未済額（千円）"]]
YL = {2025: "令和7年度", 2026: "8年度", 2027: "9年度"}
for k, lst in TG.items():
    for (cr, ar, o), y in zip(lst, (2025, 2026, 2027)):
        rows.append([k, YL[y],
                     f(P, f"{cr:.2f}", cr, "percent", "collection_rate", y, YL[y], "current", "target", k, k),
                     f(P, f"{ar:.1f}", ar, "percent", "collection_rate", y, YL[y], "arrears", "target", k, k),
                     f(P, kc(o), o * 1000, "yen", "outstanding", y, YL[y], "total", "target", k, k)])
t = table(rows, [40, 28, 34, 34, 32], size=8.5)
para("※ 令和6年度決算見込（基準値）は次のとおり。", size=8.5, before=3)
for k in TG:
    d = D[k][2024]
    rc, ra = rate(d["cur_c"], d["cur_a"]), rate(d["arr_c"], d["arr_a"], 1)
    para(f"・{k}：現年度分 {f(P, f'{rc:.2f}％', rc, 'percent', 'collection_rate', 2024, '令和6年度見込', 'current', 'estimate', k, k)}、"
         f"滞納繰越分 {f(P, f'{ra:.1f}％', ra, 'percent', 'collection_rate', 2024, '令和6年度見込', 'arrears', 'estimate', k, k)}、"
         f"収入未済額 {f(P, kc(d['o'])+'千円', d['o']*1000, 'yen', 'outstanding', 2024, '令和6年度見込', 'total', 'estimate', k, k)}", size=8.5, indent=4, after=0)
para("上記以外の債権（市営住宅使用料、生活保護費返還金、後期高齢者医療保険料）は、推進シートにおいて収入未済額の縮減目標を定める。", size=9.5, first=4, before=6)
page_break()

# ================================================================== pages 7-8 推進シート
INITS = {
    "市税": [("ア", "納期内納付の推進", [
        ("(ｱ)", "口座振替の新規申込みを、ペイジー口座振替受付サービスにより窓口で即時に受け付ける。", "継続"),
        ("(ｲ)", "スマートフォン決済アプリ及び地方税統一QRコードによる納付の周知を強化する。", "拡充")]),
        ("イ", "滞納整理の強化", [
            ("(ｱ)", "滞納繰越1年目の事案について、年度前半に財産調査を完了し、差押え等の処分を早期に行う。", "継続"),
            ("(ｲ)", "群馬県地方税滞納整理機構への移管を活用し、高額・困難事案の解消を図る。", "継続"),
            ("(ｳ)", "インターネット公売を年2回実施する。", "新規")])],
    "国民健康保険税": [("ア", "初期滞納対策", [
        ("(ｱ)", "督促状発送後の未納者に対し、電話催告センターによる早期の納付勧奨を行う。", "継続")]),
        ("イ", "資格管理との連携", [
            ("(ｱ)", "社会保険加入による資格喪失の届出漏れを把握し、過大な調定を防止する。", "新規"),
            ("(ｲ)", "納付相談に応じない世帯に対し、預貯金調査に基づく差押えを実施する。", "拡充")])],
    "介護保険料": [("ア", "普通徴収分の収納対策", [
        ("(ｱ)", "65歳到達者に対し、口座振替依頼書を同封した案内を送付する。", "継続"),
        ("(ｲ)", "滞納者に給付制限の内容を説明し、分納による納付を促す。", "継続")])],
    "保育料": [("ア", "納付方法の改善", [
        ("(ｱ)", "入所申込み時に口座振替の申出を受け付け、原則口座振替とする。", "継続"),
        ("(ｲ)", "児童手当からの申出徴収を活用する。", "拡充")])],
}


def sheet(P, k, no):
    head(f"（{no}）債権ごとの取組み（{k}）", 2)
    t = table([["債権名", k, "所管課", PARAM[k][1], "会計", PARAM[k][0]]], [18, 34, 16, 24, 12, 40], size=8.5, header=0)
    for j in (0, 2, 4):
        shade(t.cell(0, j), "E7E6E6")
    rows = [["年度", "区分", "現年度分収納率（％）", "滞納繰越分収納率（％）", "備考"]]
    d = D[k][2023]
    rc, ra = rate(d["cur_c"], d["cur_a"]), rate(d["arr_c"], d["arr_a"], 1)
    rows.append([f"{YR[2023]}（2023）", "実績",
                 f(P, f"{rc:.2f}", rc, "percent", "collection_rate", 2023, "令和5年度（2023）", "current", "actual", k, k),
                 f(P, f"{ra:.1f}", ra, "percent", "collection_rate", 2023, "令和5年度（2023）", "arrears", "actual", k, k),
                 "収入未済額 " + f(P, kc(d["o"]) + "千円", d["o"] * 1000, "yen", "outstanding", 2023, "令和5年度（2023）", "total", "actual", k, k)])
    for (cr, ar, o), y in zip(TG[k], (2025, 2026, 2027)):
        yl = f"{YR[y]}（{y}）"
        rows.append([yl, "目標",
                     f(P, f"{cr:.2f}", cr, "percent", "collection_rate", y, yl, "current", "target", k, k),
                     f(P, f"{ar:.1f}", ar, "percent", "collection_rate", y, yl, "arrears", "target", k, k),
                     "収入未済額 " + f(P, kc(o) + "千円", o * 1000, "yen", "outstanding", y, yl, "total", "target", k, k)])
    para("", after=0)
    table(rows, [36, 14, 34, 36, 44], size=8.5)
    para("【取組内容】", size=9.5, bold=True, gothic=True, before=3, after=0)
    for lab, title, items in INITS[k]:
        para(f"{lab}　{title}", size=9.5, indent=2, after=0)
        for l2, txt, stt in items:
            G.i(P, k, 2025, "取組内容", f"{lab}{l2}", txt, stt)
            para(f"{l2}　{txt}【{stt}】", size=9.5, indent=12, first=-7, after=0)


P = 7
head("第4章　債権ごとの取組み（推進シート）")
sheet(P, "市税", 1)
para("", after=4)
sheet(P, "国民健康保険税", 2)
page_break()
P = 8
sheet(P, "介護保険料", 3)
para("", after=4)
sheet(P, "保育料", 4)
head("（5）その他の債権", 2)
para("市営住宅使用料、生活保護費返還金及び後期高齢者医療保険料については、次の取組みにより収入未済額の縮減を図る。", first=4)
OTH = [("市営住宅使用料", "ア", "3か月以上の滞納者に対し連帯保証人への通知を行い、改善がない場合は明渡し請求を行う。", "継続"),
       ("生活保護費返還金", "イ", "保護廃止者の返還金について、居所調査を行い、分納誓約の履行を管理する。", "継続"),
       ("後期高齢者医療保険料", "ウ", "被保険者証の更新時に未納者への納付相談を実施する。", None)]
for k, lab, txt, stt in OTH:
    G.i(P, k, 2025, "その他の債権", lab, txt, stt)
    para(f"{lab}　{k}：{txt}" + (f"【{stt}】" if stt else ""), size=9.5, indent=9, first=-7, after=0)

# ------------------------------------------------------------------ convert
dx = WORK / f"{STEM}.docx"
doc.save(dx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(dx)], check=True,
               capture_output=True)
pdf = HERE / "pdf" / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", pdf)
out = G.write(pdf, HERE / "gold")
bad = check(pdf, out)
print(STEM, "pages", out["source"]["pages"], "facts", len(out["facts"]), "inits", len(out["initiatives"]))
for b in bad:
    print("MISSING", b)
