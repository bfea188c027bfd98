"""Build mb_fukaya_progress_1: 深谷市 市税等収納対策の取組状況（中間報告）(python-docx -> LibreOffice).

Run from corpus/dev50:  python3 build/mb_fukaya_progress.py
Every page ends with an explicit page or section break, so the page of each figure is known here.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt, RGBColor  # noqa: E402

from mb_common import PDF_DIR, WORK, Gold, comma, pct, rate, signed  # noqa: E402

STEM = "mb_fukaya_progress_1"
G = Gold(STEM, "progress_report", "shinchoku", "深谷市",
         "令和６（2024）年度 市税等収納対策の取組状況について（中間報告）", "2025-01-24", "令和7年1月24日")
ASOF, ASOF0 = "2024-12-31", "2023-12-31"
SEG = {"cur": "current", "arr": "arrears", "tot": "total"}

# ------------------------------------------------------------------ invented figures (千円; 国保 in 円)
# key: full, short, canonical, section, this year (cur A, cur R, arr A, arr R), last year same, FY2023 決算 rates,
#      FY2024 target cur rate, FY2024 estimate (cur R, arr R)
RAW = {
    "shizei": ("市税", "市税", "市税", "一般", (21845320, 84.62, 1012450, 25.31), (21602775, 84.35, 1098760, 21.95),
               (99.12, 27.40), 99.20, (99.25, 29.00)),
    "hoiku": ("保育所保育料", "保育料", "保育所保育料", "一般", (198540, 78.95, 32150, 9.85), (205330, 78.40, 36870, 9.20),
              (98.65, 15.80), 98.70, (98.72, 16.10)),
    "kokuho": ("国民健康保険税", "国保税", "国民健康保険料", "特別", (3412568, 70.25, 1245881, 18.42),
               (3498112, 69.58, 1356204, 16.95), (95.31, 24.85), 95.50, (95.58, 25.40)),
    "kaigo": ("介護保険料", "介護保険料", "介護保険料", "特別", (3102458, 80.12, 98450, 12.40), (3055120, 79.85, 105320, 11.85),
              (99.02, 18.60), 99.05, (99.04, 19.20)),
    "kouki": ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "特別", (1798230, 81.34, 14820, 35.10),
              (1712540, 80.95, 15460, 33.82), (99.48, 41.20), 99.50, (99.52, 42.00)),
    "gesui": ("下水道使用料", "下水道使用料", "下水道使用料", "企業", (1485600, 77.48, 41230, 45.62),
              (1478220, 77.15, 43880, 44.10), (98.91, 58.30), 99.00, (98.95, 59.10)),
}
ORDER = list(RAW)


def seg(A, R):
    C = round(A * R / 100)
    return dict(A=A, C=C, O=A - C, R=rate(C, A))


D = {}
for k, (full, short, canon, sec, now, prev, act23, tgt, est) in RAW.items():
    d = {}
    for lab, v in (("now", now), ("prev", prev)):
        cur, arr = seg(v[0], v[1]), seg(v[2], v[3])
        tot = {m: cur[m] + arr[m] for m in "ACO"}
        tot["R"] = rate(tot["C"], tot["A"])
        d[lab] = dict(cur=cur, arr=arr, tot=tot)
    d["act23"], d["tgt"], d["est"] = act23, tgt, est
    D[k] = d
# 国保 in 円 for table 4 (the 千円 figures above are these rounded)
KOKUHO_YEN = {"now": dict(cur=3412567800, arr=1245881300), "prev": dict(cur=3498112400, arr=1356204100)}
for lab in ("now", "prev"):
    for s_ in ("cur", "arr"):
        assert round(KOKUHO_YEN[lab][s_] / 1000) == D["kokuho"][lab][s_]["A"]


def F(page, key, debt_raw, fy, fy_raw, segm, metric, basis, value, unit, raw, **kw):
    debt = RAW[key][2] if key else None
    if basis == "interim" and "as_of" not in kw:
        kw["as_of"] = ASOF if fy == 2024 else ASOF0
    G.fact(page, debt, debt_raw, fy, fy_raw, segm, metric, basis, value, unit, raw, **kw)
    return raw


# ------------------------------------------------------------------ docx helpers
GOTH, MIN = "Noto Sans CJK JP", "IPAexMincho"
doc = Document()
st = doc.styles["Normal"]
st.font.name = MIN
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
sec0 = doc.sections[0]
sec0.page_width, sec0.page_height = Mm(210), Mm(297)
for s_ in (sec0,):
    s_.left_margin = s_.right_margin = Mm(20)
    s_.top_margin, s_.bottom_margin = Mm(18), Mm(16)


def fonts(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def P(text="", size=10, font=MIN, align=None, bold=False, before=0, after=2, indent=0, first=0, line=1.35,
      color=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    pf.line_spacing = line
    if indent:
        pf.left_indent = Pt(indent)
    if first:
        pf.first_line_indent = Pt(first)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        fonts(p.add_run(text), font, size, bold, color)
    return p


def H(text, size=12, before=8, after=4):
    return P(text, size, GOTH, before=before, after=after)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def put(cell, text, size=8.5, align="r", font=GOTH, fill=None, bold=False):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.1
        p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                       "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        fonts(p.add_run(ln), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def table(nrows, widths, height=6.2):
    t = doc.add_table(rows=nrows, cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        row.height = Mm(height)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for c, w in zip(row.cells, widths):
            c.width = Mm(w)
    return t


def page_break():
    """A page break in its own 1-pt paragraph after whatever came last (paragraph or table)."""
    from docx.enum.text import WD_BREAK
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(1)
    r = p.add_run()
    r.font.size = Pt(1)
    r.add_break(WD_BREAK.PAGE)


def new_section(landscape=False, cols=1):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
        s.left_margin = s.right_margin = Mm(16)
        s.top_margin, s.bottom_margin = Mm(16), Mm(14)
    else:
        s.orientation = WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.left_margin = s.right_margin = Mm(20)
        s.top_margin, s.bottom_margin = Mm(18), Mm(16)
    sp = s._sectPr
    for old in sp.findall(qn("w:cols")):
        sp.remove(old)
    c = OxmlElement("w:cols")
    c.set(qn("w:num"), str(cols))
    c.set(qn("w:space"), "425")
    if cols > 1:
        c.set(qn("w:sep"), "1")
    sp.append(c)
    return s


HEAD, ZEB, SUBF = "D9E2EF", "F2F4F7", "E4E4E4"

# ================================================================== page 1
pg = 1
P("資料２", 10, GOTH, align="r")
P("令和６（2024）年度", 13, GOTH, align="c", before=14, after=2)
P("市税等収納対策の取組状況について（中間報告）", 16, GOTH, align="c", after=6)
P("令和7年1月24日", 10, align="r")
P("深谷市 財務部 収税課", 10, align="r", after=10)
H("１　概要", 12)
s = D["shizei"]
dr = round(s["now"]["tot"]["R"] - s["prev"]["tot"]["R"], 2)
onow = sum(D[k]["now"]["tot"]["O"] for k in ORDER)
oprev = sum(D[k]["prev"]["tot"]["O"] for k in ORDER)


def oku(kk, step):
    m = round(kk / 10 / step) * step
    a, b = divmod(m, 10000)
    return (f"{a}億" if a else "") + (f"{b:,}万円" if b else "円"), m * 10000


so, vo = oku(onow, 10)
sd, vd = oku(oprev - onow, 10)
p = P("", 10, indent=0, first=10, line=1.6, align="j")
txt = ("本市では、「深谷市市税等収納率向上対策方針」に基づき、市税をはじめとする主要６債権について、"
       "現年度分の早期収納と滞納繰越分の縮減に取り組んでいる。令和6年12月末時点における市税全体（現年課税分及び滞納繰越分）の収納率は"
       f"{F(pg, 'shizei', '市税', 2024, '令和6年12月末', 'total', 'collection_rate', 'interim', s['now']['tot']['R'], 'percent', pct(s['now']['tot']['R']) + '％')}で、"
       f"前年同月と比べ{F(pg, 'shizei', '市税', 2024, '令和6年12月末', 'total', 'difference', 'interim', dr, 'points', f'{dr:.2f}ポイント')}上昇している。"
       f"また、主要６債権の12月末時点の収入未済額は合計で{F(pg, None, None, 2024, '令和6年12月末', 'total', 'outstanding', 'interim', vo, 'yen', '約' + so, approx=True)}となり、"
       f"前年同月から{F(pg, None, None, 2024, '令和6年12月末', 'total', 'difference', 'interim', -vd, 'yen', '約' + sd + '減少', approx=True)}している。")
fonts(p.add_run(txt), MIN, 10)
H("（１）市税", 10.5, before=6, after=2)
P("【収納率】令和6年12月末時点", 10, GOTH, indent=10, after=1)
for lab, sg in (("現年分", "cur"), ("滞繰分", "arr"), ("合計", "tot")):
    v = s["now"][sg]["R"]
    v0 = s["prev"][sg]["R"]
    r1 = F(pg, "shizei", "市税", 2024, "令和6年12月末", SEG[sg], "collection_rate", "interim", v, "percent", f"{pct(v)}％")
    r0 = F(pg, "shizei", "市税", 2023, "前年同月", SEG[sg], "collection_rate", "interim", v0, "percent", f"{pct(v0)}％")
    P(f"・{lab}　{r1}（前年同月 {r0}）", 10, indent=22, after=0)
H("（２）主要債権の現年分収納率", 10.5, before=8, after=2)
P("表１　主要債権の現年分収納率（令和6年12月末・令和5年12月末）", 9.5, GOTH, after=0)
P("（単位：％）", 8.5, align="r", after=1)
t = table(1 + len(ORDER), [58, 34, 34, 34], 6.6)
for i, h in enumerate(["債　権　名", "前年同期", "今　期", "差"]):
    put(t.cell(0, i), h, 9, "c", fill=HEAD)
for r, k in enumerate(ORDER, start=1):
    nm = RAW[k][0]
    a0, a1 = D[k]["prev"]["cur"]["R"], D[k]["now"]["cur"]["R"]
    fill = ZEB if r % 2 == 0 else None
    put(t.cell(r, 0), nm, 9, "l", fill=fill)
    put(t.cell(r, 1), F(pg, k, nm, 2023, "前年同期", "current", "collection_rate", "interim", a0, "percent", pct(a0)), 9, fill=fill)
    put(t.cell(r, 2), F(pg, k, nm, 2024, "今期", "current", "collection_rate", "interim", a1, "percent", pct(a1)), 9, fill=fill)
    dd = round(a1 - a0, 2)
    put(t.cell(r, 3), F(pg, k, nm, 2024, "今期", "current", "difference", "interim", dd, "points", signed(dd, 2)), 9,
        fill=fill)
P("※ 今期は令和6年12月末、前年同期は令和5年12月末の累計収納額による。差の△は低下を示す。", 8, after=8, before=2)
bx = table(1, [170], 6)
c = bx.cell(0, 0)
c.text = ""
shade(c, "F7F3E8")
lines = [("【参考】前年度（令和5（2023）年度）決算の収納率", None)]
for kk in ("shizei", "kokuho", "kaigo"):
    a23 = D[kk]["act23"]
    nm = RAW[kk][0]
    r1 = F(pg, kk, nm, 2023, "令和5（2023）年度", "current", "collection_rate", "actual", a23[0], "percent", pct(a23[0]) + "％")
    r2 = F(pg, kk, nm, 2023, "令和5（2023）年度", "arrears", "collection_rate", "actual", a23[1], "percent", pct(a23[1]) + "％")
    lines.append((f"・{nm}：現年分 {r1}、滞納繰越分 {r2}", kk))
for i, (ln, _) in enumerate(lines):
    p_ = c.paragraphs[0] if i == 0 else c.add_paragraph()
    p_.paragraph_format.space_after = Pt(1)
    p_.paragraph_format.left_indent = Pt(0 if i == 0 else 10)
    fonts(p_.add_run(ln), GOTH if i == 0 else MIN, 9.5 if i == 0 else 9.5)
page_break()

# ================================================================== page 2
pg = 2
H("２　市税の収納状況", 12, before=0)
H("（１）地区別の状況（現年課税分）", 10.5, before=2, after=2)
DIST = [("深谷地区", 0.618, 84.95, 84.70), ("岡部地区", 0.142, 84.10, 83.62), ("川本地区", 0.108, 83.48, 83.30),
        ("花園地区", 0.132, 84.31, 84.02)]
A_tot, C_tot = s["now"]["cur"]["A"], s["now"]["cur"]["C"]
A0_tot, C0_tot = s["prev"]["cur"]["A"], s["prev"]["cur"]["C"]
rows = []
accA = accC = accA0 = accC0 = 0
for i, (nm, share, r1, r0) in enumerate(DIST):
    if i < len(DIST) - 1:
        A = round(A_tot * share)
        C = round(A * r1 / 100)
        A0 = round(A0_tot * share)
        C0 = round(A0 * r0 / 100)
    else:
        A, C, A0, C0 = A_tot - accA, C_tot - accC, A0_tot - accA0, C0_tot - accC0
    accA, accC, accA0, accC0 = accA + A, accC + C, accA0 + A0, accC0 + C0
    rows.append((nm, A, C, rate(C, A), rate(C0, A0)))
best = max(rows, key=lambda x: x[3])
txt = (f"　12月末の現年課税分の収納率を地区別にみると、{best[0]}が"
       f"{F(pg, 'shizei', '市税', 2024, '12月末', 'current', 'collection_rate', 'interim', best[3], 'percent', pct(best[3]) + '％', area=best[0])}"
       "で最も高く、全ての地区で前年同期を上回っている。各総合支所の窓口では、納付相談の予約制を継続している。")
P(txt, 10, line=1.55, after=3, align="j")
P("表２　地区別 市税（現年課税分）の収納状況（令和6年12月末現在）", 9.5, GOTH, after=1)
t = table(2 + len(rows), [34, 36, 36, 26, 30], 6.4)
for i, h in enumerate(["地　区", "調定額（千円）", "収入済額（千円）", "収納率（％）", "前年同期\n収納率（％）"]):
    put(t.cell(0, i), h, 8.5, "c", fill=HEAD)
for r, (nm, A, C, R1, R0) in enumerate(rows, start=1):
    put(t.cell(r, 0), nm, 9, "c")
    put(t.cell(r, 1), F(pg, "shizei", "市税", 2024, "令和6年12月末", "current", "assessed", "interim", A * 1000, "yen", comma(A),
                        area=nm), 9)
    put(t.cell(r, 2), F(pg, "shizei", "市税", 2024, "令和6年12月末", "current", "collected", "interim", C * 1000, "yen",
                        comma(C), area=nm), 9)
    put(t.cell(r, 3), F(pg, "shizei", "市税", 2024, "令和6年12月末", "current", "collection_rate", "interim", R1, "percent",
                        pct(R1), area=nm), 9)
    put(t.cell(r, 4), F(pg, "shizei", "市税", 2023, "前年同期", "current", "collection_rate", "interim", R0, "percent",
                        pct(R0), area=nm), 9)
r = len(rows) + 1
put(t.cell(r, 0), "計", 9, "c", fill=SUBF)
cn = s["now"]["cur"]
put(t.cell(r, 1), F(pg, "shizei", "市税", 2024, "令和6年12月末", "current", "assessed", "interim", cn["A"] * 1000, "yen",
                    comma(cn["A"])), 9, fill=SUBF)
put(t.cell(r, 2), F(pg, "shizei", "市税", 2024, "令和6年12月末", "current", "collected", "interim", cn["C"] * 1000, "yen",
                    comma(cn["C"])), 9, fill=SUBF)
put(t.cell(r, 3), F(pg, "shizei", "市税", 2024, "令和6年12月末", "current", "collection_rate", "interim", cn["R"], "percent",
                    pct(cn["R"])), 9, fill=SUBF)
put(t.cell(r, 4), F(pg, "shizei", "市税", 2023, "前年同期", "current", "collection_rate", "interim", s["prev"]["cur"]["R"],
                    "percent", pct(s["prev"]["cur"]["R"])), 9, fill=SUBF)
P("※ 地区は納税義務者の住所地による。深谷地区は本庁管内、その他は各総合支所管内。", 8, before=2, after=4)

H("（２）滞納整理の状況", 10.5, before=6, after=2)
P("　12月末までの差押件数は前年同期を上回り、滞納者数は減少している。捜索は県と共同で実施したものを含む。", 10, line=1.55, after=3,
  align="j")
P("表３　市税の滞納者数及び滞納処分等の状況（12月末累計）", 9.5, GOTH, after=1)
t = table(6, [62, 34, 34, 34], 6.4)
for i, h in enumerate(["区　分", "今期", "前年同期", "増減"]):
    put(t.cell(0, i), h, 9, "c", fill=HEAD)
SHOBUN = [("滞納者数（人）", 4215, 4588, "delinquents"), ("差押件数（件）", 1048, 1002, None),
          ("うち債権差押え（件）", 962, 915, None), ("捜索件数（件）", 6, 4, None), ("公売件数（件）", 3, 2, None)]
for r, (lab, a1, a0, met) in enumerate(SHOBUN, start=1):
    put(t.cell(r, 0), lab, 9, "l", fill=ZEB if r == 1 else None)
    if met:
        put(t.cell(r, 1), F(pg, "shizei", "市税", 2024, "今期", "total", met, "interim", a1, "persons", comma(a1)), 9, fill=ZEB)
        put(t.cell(r, 2), F(pg, "shizei", "市税", 2023, "前年同期", "total", met, "interim", a0, "persons", comma(a0)), 9,
            fill=ZEB)
        put(t.cell(r, 3), F(pg, "shizei", "市税", 2024, "今期", "total", "difference", "interim", a1 - a0, "persons",
                            signed(a1 - a0)), 9, fill=ZEB)
    else:
        put(t.cell(r, 1), comma(a1), 9)
        put(t.cell(r, 2), comma(a0), 9)
        put(t.cell(r, 3), signed(a1 - a0), 9)
P("※ 滞納者数は12月末現在。件数は4月からの累計。", 8, before=2, after=4)

H("（３）月別収納状況（現年課税分・累計）", 10.5, before=6, after=2)
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
R23 = [9.85, 22.41, 36.12, 47.90, 55.63, 62.18, 69.74, 75.30, 84.35, 88.92, 94.10, 97.65]
R24 = [10.02, 22.86, 36.55, 48.31, 56.02, 62.74, 70.15, 75.81, 84.62]
ENDS = {"4月末": (4, 30), "5月末": (5, 31), "6月末": (6, 30), "7月末": (7, 31), "8月末": (8, 31), "9月末": (9, 30),
        "10月末": (10, 31), "11月末": (11, 30), "12月末": (12, 31), "1月末": (1, 31), "2月末": (2, 29), "3月末": (3, 31)}


def month_end(fy, m):
    mo, dd = ENDS[m]
    y = fy if mo >= 4 else fy + 1
    if mo == 2:
        dd = 29 if y % 4 == 0 else 28
    return f"{y}-{mo:02d}-{dd:02d}"


def monthly_rows(ms, pgno, t, start_row):
    for r, m in enumerate(ms, start=start_row):
        i = MONTHS.index(m)
        fill = ZEB if r % 2 == 0 else None
        put(t.cell(r, 0), m, 9, "c", fill=fill)
        C0 = round(A0_tot * R23[i] / 100) if i < 8 else None
        if i == 8:
            C0 = C0_tot
        if C0 is None:
            C0 = round(A0_tot * R23[i] / 100)
        R0 = rate(C0, A0_tot)
        put(t.cell(r, 1), F(pgno, "shizei", "市税", 2023, "前年度", "current", "collected", "interim", C0 * 1000, "yen",
                            comma(C0), as_of=month_end(2023, m)), 9, fill=fill)
        put(t.cell(r, 2), F(pgno, "shizei", "市税", 2023, "前年度", "current", "collection_rate", "interim", R0, "percent",
                            pct(R0), as_of=month_end(2023, m)), 9, fill=fill)
        if i < len(R24):
            C1 = C_tot if i == 8 else round(A_tot * R24[i] / 100)
            R1 = rate(C1, A_tot)
            put(t.cell(r, 3), F(pgno, "shizei", "市税", 2024, "本年度", "current", "collected", "interim", C1 * 1000, "yen",
                                comma(C1), as_of=month_end(2024, m)), 9, fill=fill)
            put(t.cell(r, 4), F(pgno, "shizei", "市税", 2024, "本年度", "current", "collection_rate", "interim", R1, "percent",
                                pct(R1), as_of=month_end(2024, m)), 9, fill=fill)
            dd = round(R1 - R0, 2)
            put(t.cell(r, 5), signed(dd, 2), 9, fill=fill)
            F(pgno, "shizei", "市税", 2024, "本年度", "current", "difference", "interim", dd, "points", signed(dd, 2),
              as_of=month_end(2024, m))
        else:
            for c in (3, 4, 5):
                put(t.cell(r, c), "－", 9, "c", fill=fill)


def monthly_head(t):
    a = t.cell(0, 0)
    a.merge(t.cell(1, 0))
    put(a, "月", 9, "c", fill=HEAD)
    b = t.cell(0, 1)
    b.merge(t.cell(0, 2))
    put(b, "前年度", 9, "c", fill=HEAD)
    c = t.cell(0, 3)
    c.merge(t.cell(0, 4))
    put(c, "本年度", 9, "c", fill=HEAD)
    d = t.cell(0, 5)
    d.merge(t.cell(1, 5))
    put(d, "収納率の差\n（ポイント）", 8, "c", fill=HEAD)
    for i, h in enumerate(["収納額（千円）", "収納率（％）", "収納額（千円）", "収納率（％）"], start=1):
        put(t.cell(1, i), h, 8.5, "c", fill=HEAD)


P("表４　市税（現年課税分）の月別収納状況（令和６年度・令和５年度）", 9.5, GOTH, after=1)
W3 = [22, 34, 25, 34, 25, 26]
t = table(2 + 6, W3, 6.8)
monthly_head(t)
monthly_rows(MONTHS[:6], pg, t, 2)
P("（次頁に続く）", 8.5, align="r", before=2, after=0)
page_break()

# ================================================================== page 3
pg = 3
P("表４　市税（現年課税分）の月別収納状況（続き）", 9.5, GOTH, after=1)
t = table(2 + 6, W3, 6.8)
monthly_head(t)
monthly_rows(MONTHS[6:], pg, t, 2)
P("※ 収納率は、各月末の収納額（累計）を当該年度12月末現在の現年課税分調定額で除したもの。本年度の1月末以降は未到来。", 8, before=2,
  after=0)
P("※ 前年度の2月末は令和6年2月29日現在。", 8, after=4)

H("３　国民健康保険税の収納状況", 12, before=8)
P("表５　国民健康保険税の収納状況（12月末現在）", 9.5, GOTH, after=0)
P("（単位：円、％）", 8.5, align="r", after=1)
k = "kokuho"
t = table(8, [22, 26, 38, 38, 36], 6.4)
for i, h in enumerate(["区　分", "", "今期（令和6年12月末）", "前年同期（令和5年12月末）", "増　減"]):
    put(t.cell(0, i), h, 8.5, "c", fill=HEAD)
a = t.cell(0, 0)
a.merge(t.cell(0, 1))
put(a, "区　分", 8.5, "c", fill=HEAD)
r = 1
for sg, lab in (("cur", "現年分"), ("arr", "滞納繰越分")):
    m_ = t.cell(r, 0)
    m_.merge(t.cell(r + 2, 0))
    put(m_, lab, 9, "c", fill=ZEB)
    A1, A0 = KOKUHO_YEN["now"][sg], KOKUHO_YEN["prev"][sg]
    R1, R0 = D[k]["now"][sg]["R"], D[k]["prev"][sg]["R"]
    C1, C0 = round(A1 * R1 / 100), round(A0 * R0 / 100)
    R1, R0 = rate(C1, A1), rate(C0, A0)
    assert (R1, R0) == (D[k]["now"][sg]["R"], D[k]["prev"][sg]["R"])
    for j, (lab2, v1, v0, met) in enumerate((("調定額", A1, A0, "assessed"), ("収入済額", C1, C0, "collected"),
                                             ("収納率", R1, R0, "collection_rate"))):
        put(t.cell(r + j, 1), lab2, 9, "l")
        if met == "collection_rate":
            put(t.cell(r + j, 2), F(pg, k, "国民健康保険税", 2024, "今期", SEG[sg], met, "interim", v1, "percent", pct(v1)), 9)
            put(t.cell(r + j, 3), F(pg, k, "国民健康保険税", 2023, "前年同期", SEG[sg], met, "interim", v0, "percent", pct(v0)), 9)
            dd = round(v1 - v0, 2)
            put(t.cell(r + j, 4), F(pg, k, "国民健康保険税", 2024, "今期", SEG[sg], "difference", "interim", dd, "points",
                                    signed(dd, 2)), 9)
        else:
            put(t.cell(r + j, 2), F(pg, k, "国民健康保険税", 2024, "今期", SEG[sg], met, "interim", v1, "yen", comma(v1)), 9)
            put(t.cell(r + j, 3), F(pg, k, "国民健康保険税", 2023, "前年同期", SEG[sg], met, "interim", v0, "yen", comma(v0)), 9)
            dd = v1 - v0
            put(t.cell(r + j, 4), F(pg, k, "国民健康保険税", 2024, "今期", SEG[sg], "difference", "interim", dd, "yen",
                                    signed(dd)), 9)
    r += 3
a = t.cell(r, 0)
a.merge(t.cell(r, 1))
put(a, "滞納世帯数（世帯）", 9, "l", fill=ZEB)
put(t.cell(r, 2), F(pg, k, "国民健康保険税", 2024, "今期", "total", "delinquents", "interim", 1985, "households", "1,985"), 9)
put(t.cell(r, 3), F(pg, k, "国民健康保険税", 2023, "前年同期", "total", "delinquents", "interim", 2143, "households", "2,143"), 9)
put(t.cell(r, 4), "△158", 9)
F(pg, k, "国民健康保険税", 2024, "今期", "total", "difference", "interim", -158, "households", "△158")
dk = round(D[k]["now"]["cur"]["R"] - D[k]["prev"]["cur"]["R"], 2)
P("", 4)
txt = (f"　現年分の収納率は前年同期を{dk:.2f}ポイント上回っている。加入世帯の減少に伴い調定額は減少しているが、"
       "口座振替の加入勧奨と、納期限後の早期の電話催告の効果が表れている。滞納繰越分は、差押えの早期着手により収納率が改善している。")
F(pg, k, "国民健康保険税", 2024, "今期", "current", "difference", "interim", dk, "points", f"{dk:.2f}ポイント")
P(txt, 10, line=1.55, align="j", before=2)

# ================================================================== page 4 (landscape): wide table, left part
new_section(landscape=True)
pg = 4
H("４　債権別の収納状況一覧（令和6年12月末現在）", 12, before=0)
P("表６　債権別収納状況（その１：現年分・滞納繰越分）", 9.5, GOTH, after=0)
P("（単位：千円、％）", 8.5, align="r", after=1)
W5 = [56] + [30, 30, 22, 22] * 2
nr = 2 + len(ORDER) + 1
t = table(nr, W5, 8.0)
a = t.cell(0, 0)
a.merge(t.cell(1, 0))
put(a, "債権名", 9, "c", fill=HEAD)
for j, lab in enumerate(("現年分", "滞納繰越分")):
    c = t.cell(0, 1 + 4 * j)
    c.merge(t.cell(0, 4 + 4 * j))
    put(c, lab, 9, "c", fill=HEAD)
    for i, h in enumerate(("調定額", "収入済額", "収納率", "前年同期\n収納率")):
        put(t.cell(1, 1 + 4 * j + i), h, 8.5, "c", fill=HEAD)
TT = {lab: {sg: {m: sum(D[k][lab][sg][m] for k in ORDER) for m in "ACO"} for sg in ("cur", "arr", "tot")}
      for lab in ("now", "prev")}
for lab in TT:
    for sg in TT[lab]:
        TT[lab][sg]["R"] = rate(TT[lab][sg]["C"], TT[lab][sg]["A"])
for r, k in enumerate(ORDER + [None], start=2):
    nm = RAW[k][0] if k else "合計"
    dd = D[k] if k else TT
    fill = SUBF if k is None else (ZEB if r % 2 else None)
    put(t.cell(r, 0), nm, 9, "l" if k else "c", fill=fill)
    for j, sg in enumerate(("cur", "arr")):
        v = dd["now"][sg]
        put(t.cell(r, 1 + 4 * j), F(pg, k, nm, 2024, "令和6年12月末", SEG[sg], "assessed", "interim", v["A"] * 1000, "yen",
                                    comma(v["A"])), 9, fill=fill)
        put(t.cell(r, 2 + 4 * j), F(pg, k, nm, 2024, "令和6年12月末", SEG[sg], "collected", "interim", v["C"] * 1000, "yen",
                                    comma(v["C"])), 9, fill=fill)
        put(t.cell(r, 3 + 4 * j), F(pg, k, nm, 2024, "令和6年12月末", SEG[sg], "collection_rate", "interim", v["R"], "percent",
                                    pct(v["R"])), 9, fill=fill)
        v0 = dd["prev"][sg]["R"]
        put(t.cell(r, 4 + 4 * j), F(pg, k, nm, 2023, "前年同期", SEG[sg], "collection_rate", "interim", v0, "percent", pct(v0)),
            9, fill=fill)
P("※ 国民健康保険税の金額は千円未満を四捨五入している（表５は円単位）。前年同期は令和5年12月末現在。", 8, before=3, after=0)
P("（計欄は次頁の表６（その２）に掲載）", 8.5, align="r", before=2)

# ================================================================== page 5 (landscape): right-hand columns
new_section(landscape=True)
pg = 5
P("表６　債権別収納状況（その２：計）　※前頁からの続き", 9.5, GOTH, after=0)
P("（単位：千円、％）", 8.5, align="r", after=1)
W5b = [44, 28, 28, 27, 18, 20, 16, 84]
t = table(1 + len(ORDER) + 1, W5b, 8.6)
for i, h in enumerate(("債権名", "調定額", "収入済額", "収入未済額", "収納率", "前年同期\n収納率", "差", "備　考")):
    put(t.cell(0, i), h, 8.5, "c", fill=HEAD)
NOTES = {"shizei": "市税事務の「滞納整理強化月間」を12月に実施", "kokuho": "マイナ保険証移行に伴う資格確認書の交付時に納付勧奨",
         "gesui": "水道料金と一括で徴収（上下水道部）"}
for r, k in enumerate(ORDER + [None], start=1):
    nm = RAW[k][0] if k else "合計"
    dd = D[k] if k else TT
    fill = SUBF if k is None else (ZEB if r % 2 == 0 else None)
    v = dd["now"]["tot"]
    put(t.cell(r, 0), nm, 9, "l" if k else "c", fill=fill)
    put(t.cell(r, 1), F(pg, k, nm, 2024, "令和6年12月末", "total", "assessed", "interim", v["A"] * 1000, "yen", comma(v["A"])),
        9, fill=fill)
    put(t.cell(r, 2), F(pg, k, nm, 2024, "令和6年12月末", "total", "collected", "interim", v["C"] * 1000, "yen", comma(v["C"])),
        9, fill=fill)
    put(t.cell(r, 3), F(pg, k, nm, 2024, "令和6年12月末", "total", "outstanding", "interim", v["O"] * 1000, "yen",
                        comma(v["O"])), 9, fill=fill)
    put(t.cell(r, 4), F(pg, k, nm, 2024, "令和6年12月末", "total", "collection_rate", "interim", v["R"], "percent", pct(v["R"])),
        9, fill=fill)
    v0 = dd["prev"]["tot"]["R"]
    put(t.cell(r, 5), F(pg, k, nm, 2023, "前年同期", "total", "collection_rate", "interim", v0, "percent", pct(v0)), 9, fill=fill)
    d_ = round(v["R"] - v0, 2)
    put(t.cell(r, 6), F(pg, k, nm, 2024, "令和6年12月末", "total", "difference", "interim", d_, "points", signed(d_, 2)), 9,
        fill=fill)
    ao = dd["now"]["arr"]["O"]
    note = f"収入未済額のうち滞納繰越分 {comma(ao)}千円"
    F(pg, k, nm, 2024, "令和6年12月末", "arrears", "outstanding", "interim", ao * 1000, "yen", f"{comma(ao)}千円")
    if k in NOTES:
        note += "\n" + NOTES[k]
    put(t.cell(r, 7), note, 7.5, "l", font=MIN, fill=fill)
P("※ 収入未済額は12月末現在の調定額から収入済額を差し引いた額（年度途中のため不納欠損額はない）。差の△は低下を示す。", 8, before=3,
  after=0)

# ================================================================== page 6 (portrait): estimates and targets
new_section(landscape=False)
pg = 6
H("５　年度末の見込みと目標", 12, before=0)
P("表７　現年分収納率の決算見込と目標", 9.5, GOTH, after=0)
P("（単位：％）", 8.5, align="r", after=1)
t = table(1 + len(ORDER), [44, 30, 30, 30, 30], 8.6)
for i, h in enumerate(("債権名", "令和5（2023）\n年度決算", "令和6（2024）\n年度目標", "令和6（2024）\n年度決算見込",
                       "見込－目標")):
    put(t.cell(0, i), h, 8.5, "c", fill=HEAD)
for r, k in enumerate(ORDER, start=1):
    nm = RAW[k][0]
    d = D[k]
    fill = ZEB if r % 2 == 0 else None
    put(t.cell(r, 0), nm, 9, "l", fill=fill)
    put(t.cell(r, 1), F(pg, k, nm, 2023, "令和5（2023）年度", "current", "collection_rate", "actual", d["act23"][0], "percent",
                        pct(d["act23"][0])), 9, fill=fill)
    put(t.cell(r, 2), F(pg, k, nm, 2024, "令和6（2024）年度", "current", "collection_rate", "target", d["tgt"], "percent",
                        pct(d["tgt"])), 9, fill=fill)
    put(t.cell(r, 3), F(pg, k, nm, 2024, "令和6（2024）年度", "current", "collection_rate", "estimate", d["est"][0], "percent",
                        pct(d["est"][0])), 9, fill=fill)
    dd = round(d["est"][0] - d["tgt"], 2)
    put(t.cell(r, 4), F(pg, k, nm, 2024, "令和6（2024）年度", "current", "difference", "estimate", dd, "points", signed(dd, 2)),
        9, fill=fill)
P("※ 決算見込は、12月末までの収納実績と前年度の１月～出納整理期間の収納の伸びを基に推計した。", 8, before=2, after=6)

P("表８　主要債権の収入未済額の推移と見込み（年度・債権別）", 9.5, GOTH, after=0)
P("（単位：千円）", 8.5, align="r", after=1)
# year-end outstanding: FY2022/FY2023 決算 equal the next year's 滞納繰越分 調定額 (table 6), FY2024 決算見込 from
# the estimated rates and an estimated write-off
CUR22 = {"shizei": 187260, "kokuho": 182430, "kaigo": 31120}
WO24 = {"shizei": 70150, "kokuho": 95020, "kaigo": 35080}
LONG = {}
for kk in ("shizei", "kokuho", "kaigo"):
    d = D[kk]
    o22 = d["prev"]["arr"]["A"]
    o23 = d["now"]["arr"]["A"]
    c23 = round(d["prev"]["cur"]["A"] * (100 - d["act23"][0]) / 100)
    c24 = int(round(d["now"]["cur"]["A"] * (100 - d["est"][0]) / 100, -2))
    a24 = int(round(d["now"]["arr"]["A"] * (100 - d["est"][1]) / 100 - WO24[kk], -2))
    LONG[kk] = [(2022, "決算", o22, CUR22[kk]), (2023, "決算", o23, c23), (2024, "決算見込", c24 + a24, c24)]
t = table(1 + 3 * len(LONG), [44, 34, 26, 34, 34], 6.6)
for i, h in enumerate(("債権名", "年度", "区分", "収入未済額", "うち現年分")):
    put(t.cell(0, i), h, 8.5, "c", fill=HEAD)
r = 1
BAS = {"決算": "actual", "決算見込": "estimate"}
for k, lst in LONG.items():
    nm = RAW[k][0]
    for (fy, b, o, oc) in lst:
        fill = ZEB if r % 2 == 0 else None
        fyr = f"令和{fy - 2018}（{fy}）年度"
        put(t.cell(r, 0), nm, 9, "l", fill=fill)
        put(t.cell(r, 1), fyr, 8.5, "c", fill=fill)
        put(t.cell(r, 2), b, 8.5, "c", fill=fill)
        put(t.cell(r, 3), F(pg, k, nm, fy, fyr, "total", "outstanding", BAS[b], o * 1000, "yen", comma(o)), 9, fill=fill)
        put(t.cell(r, 4), F(pg, k, nm, fy, fyr, "current", "outstanding", BAS[b], oc * 1000, "yen", comma(oc)), 9, fill=fill)
        r += 1
arr_est = LONG["shizei"][2][2] - LONG["shizei"][2][3]
fn = f"※ 市税の令和6（2024）年度決算見込のうち滞納繰越分 {comma(arr_est)}千円"
F(pg, "shizei", "市税", 2024, "令和6（2024）年度", "arrears", "outstanding", "estimate", arr_est * 1000, "yen",
  f"{comma(arr_est)}千円")
P(fn, 8, before=2, after=6)
se = D["shizei"]["est"]
d_ = round(se[0] - D["shizei"]["tgt"], 2)
red_s, red_v = oku(LONG["shizei"][1][2] - LONG["shizei"][2][2], 100)
txt = (f"　市税の令和6（2024）年度の決算見込収納率は、現年分"
       f"{F(pg, 'shizei', '市税', 2024, '令和6（2024）年度', 'current', 'collection_rate', 'estimate', se[0], 'percent', pct(se[0]) + '％')}、"
       f"滞納繰越分{F(pg, 'shizei', '市税', 2024, '令和6（2024）年度', 'arrears', 'collection_rate', 'estimate', se[1], 'percent', pct(se[1]) + '％')}"
       f"を見込んでおり、現年分は目標を{F(pg, 'shizei', '市税', 2024, '令和6（2024）年度', 'current', 'difference', 'estimate', d_, 'points', f'{d_:.2f}ポイント')}"
       f"上回る見込みである。収入未済額は前年度から約{red_s}縮減する見込みであり、引き続き滞納繰越分の縮減に重点を置く。")
F(pg, "shizei", "市税", 2024, "令和6（2024）年度", "total", "difference", "estimate", -red_v, "yen", f"約{red_s}縮減",
  approx=True)
P(txt, 10, line=1.6, align="j")

# ================================================================== page 7 (portrait, two columns): 取組
new_section(landscape=False, cols=2)
pg = 7
H("６　主な取組状況（4月～12月）", 11.5, before=0)
SECT = "主な取組状況（4月～12月）"


def items(debt_key, debt_raw, lst, section=SECT):
    for lab, t_, stt in lst:
        s_ = f"{lab}　{t_}" + (f"【{stt}】" if stt else "")
        P(s_, 9, indent=12, first=-12, line=1.45, after=1)
        G.initiative(pg, RAW[debt_key][2], debt_raw, 2024, section, lab, t_, stt)


sarr_now, sarr_prev = s["now"]["arr"]["C"], s["prev"]["arr"]["C"]
m1, v1 = oku(sarr_now, 10)
m2, v2 = oku(sarr_now - sarr_prev, 10)
H("（１）市税", 10, before=2, after=1)
P("　滞納繰越分の収入済額は12月末で"
  f"{F(pg, 'shizei', '市税', 2024, '12月末', 'arrears', 'collected', 'interim', v1, 'yen', '約' + m1, approx=True)}となり、"
  f"前年同期から{F(pg, 'shizei', '市税', 2024, '12月末', 'arrears', 'difference', 'interim', v2, 'yen', '約' + m2 + '増加', approx=True)}"
  "している。差押えは12月末までに1,048件（前年同期1,002件）実施した。", 9.5, line=1.5, align="j", after=2)
items("shizei", "市税", [
    ("ア", "滞納整理強化月間（12月）に、全庁の職員による夜間電話催告と休日納付相談窓口を実施した。", "継続"),
    ("イ", "滞納繰越１年目の事案について、９月末までに預貯金等の財産調査を終え、差押えに着手した。", "拡充"),
    ("ウ", "埼玉県と共同で自動車のタイヤロックと捜索を行い、インターネット公売を実施した。", "継続"),
    ("エ", "納付書に印字した地方税統一ＱＲコードによるスマートフォン決済の利用を広報紙とＳＮＳで周知した。", "新規")])
k = D["kokuho"]
dk = round(k["now"]["cur"]["R"] - k["prev"]["cur"]["R"], 2)
H("（２）国民健康保険税", 10, before=4, after=1)
P("　現年分の収納率は12月末で"
  f"{F(pg, 'kokuho', '国民健康保険税', 2024, '12月末', 'current', 'collection_rate', 'interim', k['now']['cur']['R'], 'percent', pct(k['now']['cur']['R']) + '％')}"
  f"と、前年同月比{F(pg, 'kokuho', '国民健康保険税', 2024, '12月末', 'current', 'difference', 'interim', dk, 'points', f'{dk:.2f}ポイント')}の上昇となっている。",
  9.5, line=1.5, align="j", after=2)
items("kokuho", "国民健康保険税", [
    ("ア", "加入手続の窓口で口座振替の申込みを受け付け、キャッシュカードによる即時登録を行った。", "継続"),
    ("イ", "納期限後20日以内の電話催告を民間委託のコールセンターで実施した。", "継続"),
    ("ウ", "資格喪失後に未納がある世帯に対し、喪失月の翌月に納付案内を送付した。", "新規")])
kg = D["kaigo"]
dg = round(kg["now"]["cur"]["R"] - kg["prev"]["cur"]["R"], 2)
from docx.enum.text import WD_BREAK
doc.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
H("（３）介護保険料・後期高齢者医療保険料", 10, before=0, after=1)
P("　介護保険料の現年分収納率は"
  f"{F(pg, 'kaigo', '介護保険料', 2024, '12月末', 'current', 'collection_rate', 'interim', kg['now']['cur']['R'], 'percent', pct(kg['now']['cur']['R']) + '％')}"
  f"（前年同月比{F(pg, 'kaigo', '介護保険料', 2024, '12月末', 'current', 'difference', 'interim', dg, 'points', f'{dg:.2f}ポイント')}上昇）、"
  "後期高齢者医療保険料は"
  f"{F(pg, 'kouki', '後期高齢者医療保険料', 2024, '12月末', 'current', 'collection_rate', 'interim', D['kouki']['now']['cur']['R'], 'percent', pct(D['kouki']['now']['cur']['R']) + '％')}"
  "となっている。", 9.5, line=1.5, align="j", after=2)
items("kaigo", "介護保険料", [
    ("ア", "普通徴収の方に対し、年金からの特別徴収に切り替わるまでの納付方法を個別に案内した。", "継続"),
    ("イ", "給付制限の予告通知を送付し、納付相談につなげた。", "拡充")])
H("（４）保育所保育料・下水道使用料", 10, before=4, after=1)
items("hoiku", "保育所保育料", [
    ("ア", "退所予定の世帯に、未納分の納付計画を退所前に確認した。", "新規")])
items("gesui", "下水道使用料", [
    ("イ", "水道料金と合わせた給水停止予告により、長期未納の解消を図った。", "継続")])

H("７　今後の取組（1月～3月）", 11.5, before=8)
SECT2 = "今後の取組（1月～3月）"
P("・出納閉鎖に向けて、現年分の未納者に一斉催告書を送付する。【継続】", 9, indent=9, first=-9, line=1.45, after=1)
G.initiative(pg, None, None, 2024, SECT2, "・", "出納閉鎖に向けて、現年分の未納者に一斉催告書を送付する。", "継続")
P("・高額滞納者については、財産調査の結果に基づき、差押えと換価を３月までに完了させる。【継続】", 9, indent=9, first=-9, line=1.45,
  after=1)
G.initiative(pg, None, None, 2024, SECT2, "・", "高額滞納者については、財産調査の結果に基づき、差押えと換価を３月までに完了させる。", "継続")
P("・令和7（2025）年度の収納対策方針を策定し、４月の庁内会議で各債権の目標を確認する。【新規】", 9, indent=9, first=-9, line=1.45,
  after=1)
G.initiative(pg, None, None, 2024, SECT2, "・", "令和7（2025）年度の収納対策方針を策定し、４月の庁内会議で各債権の目標を確認する。", "新規")

# ------------------------------------------------------------------ write, convert
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)], check=True,
               capture_output=True)
(PDF_DIR / f"{STEM}.pdf").write_bytes((WORK / f"{STEM}.pdf").read_bytes())
G.write()
