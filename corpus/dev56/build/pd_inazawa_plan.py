"""pd_inazawa_plan_1: 第２次稲沢市債権管理計画（令和７年度～令和９年度）.
Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).  Run from corpus/dev56.
"""
from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from pd_common import Gold, comma, rate, fr, tri, check  # noqa: E402

STEM = "pd_inazawa_plan_1"
WORK = Path("/tmp/pd_work")
g = Gold(STEM, "plan", "plan", "稲沢市", "第２次稲沢市債権管理計画（令和７年度～令和９年度）",
         "2025-03-01", "令和７年３月")
random.seed(7056)

# name, abbr, canon, 会計, 所管課, current assessed 2018 (千円), cur rate 2018, arr rate, write-off ratio
DEBTS = [
    ("市税", "市税", "市税", "一般会計", "収納課", 21950000, 98.52, 26.4, 0.085),
    ("保育料", "保育料", "保育料", "一般会計", "保育課", 398000, 98.10, 22.0, 0.060),
    ("市営住宅使用料", "住宅使用料", "市営住宅使用料", "一般会計", "建築課", 171000, 96.20, 11.5, 0.030),
    ("生活保護費返還金", "生保返還金", "生活保護費返還金", "一般会計", "福祉課", 36500, 60.5, 4.6, 0.040),
    ("国民健康保険税", "国保税", "国民健康保険料", "国民健康保険事業特別会計", "保険年金課", 3620000, 93.10, 20.2, 0.110),
    ("介護保険料", "介護料", "介護保険料", "介護保険事業特別会計", "高齢介護課", 2880000, 98.80, 17.0, 0.150),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "後期高齢者医療事業特別会計", "保険年金課", 1310000, 99.45, 36.0, 0.090),
    ("下水道使用料", "下水道使用料", "下水道使用料", "下水道事業会計", "下水道課", 1790000, 98.90, 44.0, 0.050),
]
NAMES = [d[0] for d in DEBTS]
INFO = {d[0]: d for d in DEBTS}
CANON = {d[0]: d[2] for d in DEBTS}
YEARS = list(range(2018, 2024))
D = {n: {} for n in NAMES}
for name, abbr, canon, kai, ka, ca, cr, ar, wr in DEBTS:
    arr_a = int(ca * (1 - cr / 100) * 2.6)
    for k, y in enumerate(YEARS):
        a = int(ca * (1 + 0.011 * k + random.uniform(-0.006, 0.006)))
        r = cr + 0.09 * k + random.uniform(-0.06, 0.06)
        c = int(round(a * r / 100))
        cur = {"a": a, "c": c, "w": 0, "o": a - c}
        r2 = ar + 0.6 * k + random.uniform(-0.9, 0.9)
        c2 = int(round(arr_a * r2 / 100))
        w2 = int(round(arr_a * wr * random.uniform(0.8, 1.2)))
        arr = {"a": arr_a, "c": c2, "w": w2, "o": arr_a - c2 - w2}
        tot = {k2: cur[k2] + arr[k2] for k2 in "acwo"}
        for s in (cur, arr, tot):
            s["r"] = rate(s["c"], s["a"])
        D[name][y] = {"cur": cur, "arr": arr, "tot": tot}
        arr_a = cur["o"] + arr["o"]


def TOT(y, seg="tot", names=NAMES):
    s = {k: sum(D[n][y][seg][k] for n in names) for k in "acwo"}
    s["r"] = rate(s["c"], s["a"])
    return s


# targets: rates per debt and year
TG = {}
for n in NAMES:
    base = D[n][2023]
    TG[n] = {}
    for k, y in enumerate((2025, 2026, 2027), 1):
        cur = round(min(99.85, base["cur"]["r"] + 0.06 * k + (0.02 if n == "国民健康保険税" else 0)), 2)
        arr = round(base["arr"]["r"] + 0.8 * k, 2)
        tot = round(base["tot"]["r"] + 0.15 * k, 2)
        out = int(round(base["tot"]["o"] * (1 - 0.045 * k) / 1000)) * 1000
        TG[n][y] = {"cur": cur, "arr": arr, "tot": tot, "o": out}

SEGN = {"cur": "current", "arr": "arrears", "tot": "total"}


def F(raw, metric, value, unit, name, y, yraw, seg="tot", basis="actual", draw=None, **kw):
    debt = CANON.get(name) if name else None
    return g.f(raw, metric, value, unit, y, yraw, SEGN.get(seg, seg), basis, debt,
               draw if draw is not None else name, **kw)


def wk(y):
    return "令和元" if y == 2019 else f"令和{'０１２３４５６７８９'[y - 2018]}"


# ------------------------------------------------------------------ docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)


def footer_page(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in ("－ ",):
        fp.add_run(t)
    r = fp.add_run()
    f1 = OxmlElement("w:fldSimple")
    f1.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    tt = OxmlElement("w:t")
    tt.text = "1"
    rr.append(tt)
    f1.append(rr)
    r._r.addnext(f1)
    fp.add_run(" －")


def para(text="", bold=False, size=None, align=None, gothic=False, indent=None, first=None, space=2, tabs=None):
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if gothic:
            run.font.name = "IPAexGothic"
            run._r.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space)
    pf.space_before = Pt(0)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    for t in tabs or []:
        pf.tab_stops.add_tab_stop(Cm(t[0]), t[1] if len(t) > 1 else WD_TAB_ALIGNMENT.LEFT)
    return p


def h(text, size=12):
    return para(text, bold=True, size=size, gothic=True, space=4)


def pagebreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    g.page += 1


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), color)
    tcPr.append(s)


def vert(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRlV")
    tcPr.append(td)


def put(cell, text, align="r", size=8.5, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for k, line in enumerate(lines):
        run = p.add_run(line)
        run.font.size = Pt(size)
        run.bold = bold
        if k < len(lines) - 1:
            run.add_break()
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def borders(table, spec):
    """spec: dict edge -> (val, sz) for top,left,bottom,right,insideH,insideV"""
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        val, sz = spec.get(edge, ("nil", 0))
        e.set(qn("w:val"), val)
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


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def grid(rows, cols, widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        t.autofit = False
        for k, w in enumerate(widths):
            t.columns[k].width = Cm(w)
        for r in t.rows:
            for k, w in enumerate(widths):
                r.cells[k].width = Cm(w)
    return t


footer_page(sec)

# ------------------------------------------------------------------ page 1 cover (31)
for _ in range(7):
    para()
para("第２次", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, gothic=True)
para("稲沢市債権管理計画", bold=True, size=26, align=WD_ALIGN_PARAGRAPH.CENTER, gothic=True, space=12)
para("令和７（2025）年度～令和９（2027）年度", size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space=40)
for _ in range(10):
    para()
para("令和７年３月", size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space=6)
para("稲　沢　市", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, gothic=True)
pagebreak()

# ------------------------------------------------------------------ page 2 目次 + chapter 1
h("目　　次", 14).alignment = WD_ALIGN_PARAGRAPH.CENTER
TOC = [("第１章　計画の概要", "2"), ("第２章　債権の現状", "3"), ("　１　収入未済額等の推移", "3"),
       ("　２　会計別・債権別の状況", "4"), ("　３　主な債権の推移", "5"), ("第３章　計画の目標", "6"),
       ("　１　目標収納率", "6"), ("　２　収入未済額の目標", "7"), ("第４章　債権ごとの取組み", "8")]
for t, pg in TOC:
    para(f"{t}\t{pg}", tabs=[(16.5, WD_TAB_ALIGNMENT.RIGHT)], space=1)
para()
h("第１章　計画の概要")
para("１　計画策定の趣旨", bold=True, gothic=True)
para("　本市では、令和４（2022）年３月に第１次稲沢市債権管理計画を策定し、市の債権全般について、"
     "収納率の向上と収入未済額の縮減に全庁的に取り組んできた。第１次計画の期間が満了することから、"
     "その成果と課題を踏まえ、第２次計画を策定する。", indent=0.4)
para("２　計画の期間", bold=True, gothic=True)
para("　令和７（2025）年度から令和９（2027）年度までの３年間とする。", indent=0.4)
para("３　基本方針", bold=True, gothic=True)
para("（１）現年度分の確実な収納", indent=0.4)
para("ア　納期内納付の推進", indent=0.8)
para("(ｱ)　口座振替及びキャッシュレス納付の利用を促進する。", indent=1.2)
para("(ｲ)　納期限前の納付案内を充実させる。", indent=1.2)
para("イ　早期の督促・催告", indent=0.8)
para("（２）滞納繰越分の計画的な整理", indent=0.4)
para("（３）債権管理体制の強化", indent=0.4)
para("４　計画の目標（概要）", bold=True, gothic=True)
# no-rule table by tab stops (56)
T23 = TOT(2023)
tg_tot = {y: round(T23["r"] + 0.14 * k, 2) for k, y in enumerate((2025, 2026, 2027), 1)}
tg_out = {y: sum(TG[n][y]["o"] for n in NAMES) for y in (2025, 2026, 2027)}
tabs = [(5.2,), (9.6, WD_TAB_ALIGNMENT.RIGHT), (14.6, WD_TAB_ALIGNMENT.RIGHT)]
para("\t\t令和５年度実績\t令和９年度目標", tabs=tabs, indent=0.4, space=1)
para("全債権の収納率\t\t"
     + F(f"{fr(T23['r'])}％", "collection_rate", T23["r"], "percent", None, 2023, "令和５年度", draw="全債権")
     + "\t" + F(f"{fr(tg_tot[2027])}％", "collection_rate", tg_tot[2027], "percent", None, 2027, "令和９年度",
                basis="target", draw="全債権"), tabs=tabs, indent=0.4, space=1)
para("全債権の収入未済額\t\t"
     + F(f"{comma(T23['o'])}千円", "outstanding", T23["o"] * 1000, "yen", None, 2023, "令和５年度", draw="全債権")
     + "\t" + F(f"{comma(tg_out[2027])}千円", "outstanding", tg_out[2027] * 1000, "yen", None, 2027, "令和９年度",
                basis="target", draw="全債権"), tabs=tabs, indent=0.4, space=1)
pagebreak()

# ------------------------------------------------------------------ page 3 chapter 2-1 : years as rows (44), 5-year average (55)
h("第２章　債権の現状")
para("１　収入未済額等の推移", bold=True, gothic=True)
para("　本計画の対象とする８債権の合計について、令和元（2019）年度以降の決算の推移は次のとおりである。", indent=0.4)
para("表１　対象債権の決算の推移（単位：百万円、％）", bold=True, size=9.5, space=1)
YR = {2019: "令和元年度", 2020: "令和２年度", 2021: "３年度", 2022: "４年度", 2023: "５年度"}
hdr = ["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "増減額", "増減率"]
t = doc.add_table(rows=1 + len(YR) + 1, cols=len(hdr))
t.alignment = WD_TABLE_ALIGNMENT.CENTER
borders(t, {"top": ("single", 12), "bottom": ("single", 12)})
for k, x in enumerate(hdr):
    put(t.rows[0].cells[k], x, "c", 9, True)
    cell_border(t.rows[0].cells[k], bottom=("single", 8))


def m1(v):  # 千円 -> 百万円 one decimal
    return round(v / 1000, 1)


prev = None
avg = {k: [] for k in ("a", "c", "w", "o", "r")}
for i, (y, lab) in enumerate(YR.items(), 1):
    s = TOT(y)
    cells = t.rows[i].cells
    put(cells[0], lab, "l", 9)
    for k, key, met in ((1, "a", "assessed"), (2, "c", "collected"), (3, "w", "written_off"), (4, "o", "outstanding")):
        v = m1(s[key])
        avg[key].append(v)
        put(cells[k], F(f"{v:,.1f}", met, round(v * 1000000), "yen", None, y, lab), "r", 9)
    put(cells[5], F(fr(s["r"]), "collection_rate", s["r"], "percent", None, y, lab), "r", 9)
    avg["r"].append(s["r"])
    if prev is None:
        put(cells[6], "－", "c", 9)
        put(cells[7], "－", "c", 9)
    else:
        d = round(m1(s["o"]) - prev, 1)
        put(cells[6], F(tri(d, 1), "difference", round(d * 1000000), "yen", None, y, lab), "r", 9)
        put(cells[7], tri(round(d / prev * 100, 1), 1), "r", 9)
    prev = m1(s["o"])
cells = t.rows[-1].cells
put(cells[0], "５年平均", "l", 9)
for k, key, met in ((1, "a", "assessed"), (2, "c", "collected"), (3, "w", "written_off"), (4, "o", "outstanding")):
    v = round(sum(avg[key]) / 5, 1)
    put(cells[k], F(f"{v:,.1f}", met, round(v * 1000000), "yen", None, None, "５年平均"), "r", 9)
ar_ = round(sum(avg["r"]) / 5, 2)
put(cells[5], F(fr(ar_), "collection_rate", ar_, "percent", None, None, "５年平均"), "r", 9)
put(cells[6], "", "r", 9)
put(cells[7], "", "r", 9)
for c in cells:
    cell_border(c, top=("single", 6))
para("※ 増減額・増減率は収入未済額の対前年度比較。金額は百万円未満を四捨五入しているため、合計等が一致しない場合がある。", size=8.5)
para()
s23, s22 = TOT(2023), TOT(2022)
o_man = round(s23["o"] / 10)
d_man = round((s22["o"] - s23["o"]) / 10)
w_oku = round(s23["w"] / 100000, 1)
para("　令和５（2023）年度末の収入未済額は"
     + F(f"約{o_man // 10000}億{o_man % 10000:,}万円", "outstanding", o_man * 10000, "yen", None, 2023, "令和５（2023）年度", approx=True)
     + "で、前年度と比べ"
     + F(f"約{d_man // 10000}億{d_man % 10000:,}万円" if d_man >= 10000 else f"約{d_man:,}万円", "difference",
         -d_man * 10000, "yen", None, 2023, "令和５（2023）年度", approx=True)
     + "減少した。収納率は"
     + F(f"{fr(s23['r'])}％", "collection_rate", s23["r"], "percent", None, 2023, "令和５（2023）年度")
     + "で、前年度比"
     + F(f"{fr(abs(s23['r'] - s22['r']))}ポイント", "difference", round(s23["r"] - s22["r"], 2), "points", None, 2023, "令和５（2023）年度")
     + ("上昇" if s23["r"] >= s22["r"] else "低下") + "している。また、不納欠損額は"
     + F(f"{w_oku}億円", "written_off", round(w_oku * 100000000), "yen", None, 2023, "令和５（2023）年度")
     + "であり、時効の完成による欠損が依然として多い。", indent=0.4, first=0)
para("　一方、2023年度の現年度分収納率は"
     + F(f"{fr(TOT(2023, 'cur')['r'])}％", "collection_rate", TOT(2023, "cur")["r"], "percent", None, 2023, "2023年度", seg="cur")
     + "で、高い水準を維持しているが、滞納繰越分収納率は"
     + F(f"{fr(TOT(2023, 'arr')['r'])}％", "collection_rate", TOT(2023, "arr")["r"], "percent", None, 2023, "2023年度", seg="arr")
     + "にとどまっている。", indent=0.4)

# ------------------------------------------------------------------ page 4 landscape (42) 会計 outer header (54) abbreviations (45) 備考 (43), 円 table beside 千円 (40)
ls = doc.add_section(WD_SECTION.NEW_PAGE)
g.page += 1
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = Cm(29.7), Cm(21.0)
ls.left_margin = ls.right_margin = Cm(1.8)
ls.top_margin, ls.bottom_margin = Cm(1.6), Cm(1.5)
para("２　会計別・債権別の状況（令和５年度決算）", bold=True, gothic=True)
para("表２　会計別・債権別の収入状況", bold=True, size=9.5, space=1)
hdr = ["会計", "債権名", "所管課", "調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）", "収納率（％）", "備考"]
GEN = [n for n in NAMES if INFO[n][3] == "一般会計"]
rows = len(NAMES) + 2 + 1
t = grid(rows, len(hdr), [3.6, 2.6, 2.2, 2.8, 2.8, 2.6, 2.8, 1.9, 4.6])
for k, x in enumerate(hdr):
    put(t.rows[0].cells[k], x, "c", 8.5, True)
    shade(t.rows[0].cells[k], "D9E2F3")
r = 1
Y = 2023


def land_row(cells, name, s, label, ka, bikou=""):
    put(cells[1], label, "l")
    put(cells[2], ka, "l")
    put(cells[3], F(comma(s["a"]), "assessed", s["a"] * 1000, "yen", name, Y, "令和５年度", draw=label))
    put(cells[4], F(comma(s["c"]), "collected", s["c"] * 1000, "yen", name, Y, "令和５年度", draw=label))
    put(cells[5], F(comma(s["w"]), "written_off", s["w"] * 1000, "yen", name, Y, "令和５年度", draw=label))
    put(cells[6], F(comma(s["o"]), "outstanding", s["o"] * 1000, "yen", name, Y, "令和５年度", draw=label))
    put(cells[7], F(fr(s["r"]), "collection_rate", s["r"], "percent", name, Y, "令和５年度", draw=label))
    put(cells[8], bikou, "l", 8)


start = r
for n in GEN:
    a = D[n][Y]["arr"]
    b = ("うち滞納繰越分 " + F(f"{comma(a['o'])}千円", "outstanding", a["o"] * 1000, "yen", n, Y, "令和５年度", seg="arr",
                            draw=INFO[n][1])) if n in ("市税", "市営住宅使用料") else ""
    land_row(t.rows[r].cells, n, D[n][Y]["tot"], INFO[n][1], INFO[n][4], b)
    r += 1
land_row(t.rows[r].cells, None, TOT(Y, names=GEN), "小計", "", "")
r += 1
mc = t.cell(start, 0).merge(t.cell(r - 1, 0))
put(mc, "一般会計", "c", 8.5)
for n in NAMES:
    if n in GEN:
        continue
    put(t.rows[r].cells[0], INFO[n][3], "l", 8)
    a = D[n][Y]["arr"]
    b = ("うち滞納繰越分 " + F(f"{comma(a['o'])}千円", "outstanding", a["o"] * 1000, "yen", n, Y, "令和５年度", seg="arr",
                            draw=INFO[n][1])) if n == "国民健康保険税" else ""
    land_row(t.rows[r].cells, n, D[n][Y]["tot"], INFO[n][1], INFO[n][4], b)
    r += 1
mc = t.cell(r, 0).merge(t.cell(r, 2))
put(mc, "合計", "c", 8.5, True)
land_row(t.rows[r].cells, None, TOT(Y), "合計", "", "")
put(t.rows[r].cells[0], "合計", "c", 8.5, True)
for c in t.rows[r].cells:
    shade(c, "EDEDED")
para("（注）債権名の略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、"
     "住宅使用料：市営住宅使用料、生保返還金：生活保護費返還金", size=8.5)
para()
para("表３　生活保護費返還金の内訳（令和５年度決算）", bold=True, size=9.5, space=1)
sp = D["生活保護費返還金"][Y]
t = grid(3, 5, [3.0, 3.4, 3.4, 3.4, 2.4])
for k, x in enumerate(["区分", "調定額（円）", "収入済額（円）", "収入未済額（円）", "収納率（％）"]):
    put(t.rows[0].cells[k], x, "c", 8.5, True)
    shade(t.rows[0].cells[k], "D9E2F3")
for i, (lab, seg) in enumerate((("現年度分", "cur"), ("過年度分", "arr")), 1):
    s = sp[seg]
    ya = s["a"] * 1000 + random.randint(-499, 499)
    yc = s["c"] * 1000 + random.randint(-499, 499)
    yw = s["w"] * 1000 + (random.randint(-499, 499) if s["w"] else 0)
    yr_ = rate(yc, ya)
    c = t.rows[i].cells
    put(c[0], lab, "l")
    put(c[1], F(comma(ya), "assessed", ya, "yen", "生活保護費返還金", Y, "令和５年度", seg=seg))
    put(c[2], F(comma(yc), "collected", yc, "yen", "生活保護費返還金", Y, "令和５年度", seg=seg))
    put(c[3], F(comma(ya - yc - yw), "outstanding", ya - yc - yw, "yen", "生活保護費返還金", Y, "令和５年度", seg=seg))
    put(c[4], F(fr(yr_), "collection_rate", yr_, "percent", "生活保護費返還金", Y, "令和５年度", seg=seg))
para("※ 過年度分の収入未済額は、不納欠損額を除いた額。", size=8.5)

# ------------------------------------------------------------------ page 5 portrait : merged vertical labels (33,39), 3-level headers, 決算 | 目標 (3)
ps = doc.add_section(WD_SECTION.NEW_PAGE)
g.page += 1
ps.orientation = WD_ORIENT.PORTRAIT
ps.page_width, ps.page_height = Cm(21.0), Cm(29.7)
ps.left_margin = ps.right_margin = Cm(1.8)
ps.top_margin, ps.bottom_margin = Cm(2.0), Cm(1.8)
para("３　主な債権の推移", bold=True, gothic=True)
para("　収入未済額の大きい３債権について、直近２か年の決算と計画最終年度の目標を示す。", indent=0.4)
para("表４　主な債権の決算と目標（単位：千円、％）", bold=True, size=9.5, space=1)
MAIN = ["市税", "国民健康保険税", "介護保険料"]
t = grid(3 + 3 * len(MAIN), 9, [1.0, 1.1, 2.3, 2.3, 1.45, 2.3, 2.3, 1.45, 2.4])
put(t.cell(0, 0).merge(t.cell(2, 1)), "債権名・区分", "c", 8.5, True)
put(t.cell(0, 2).merge(t.cell(0, 4)), "令和４（2022）年度", "c", 8.5, True)
put(t.cell(0, 5).merge(t.cell(0, 7)), "令和５（2023）年度", "c", 8.5, True)
put(t.cell(0, 8), "令和９（2027）年度", "c", 8, True)
put(t.cell(1, 2).merge(t.cell(1, 4)), "決算", "c", 8.5, True)
put(t.cell(1, 5).merge(t.cell(1, 7)), "決算", "c", 8.5, True)
put(t.cell(1, 8), "目標", "c", 8.5, True)
for k, x in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "収納率"]):
    put(t.cell(2, k + 2), x, "c", 8.5, True)
for rr in range(3):
    for cc in range(9):
        shade(t.cell(rr, cc), "E2EFD9")
for i, n in enumerate(MAIN):
    r0 = 3 + 3 * i
    mc = t.cell(r0, 0).merge(t.cell(r0 + 2, 0))
    put(mc, n, "c", 8, True)
    vert(mc)
    for j in range(3):
        t.rows[r0 + j].height = Cm(0.95 if n == "国民健康保険税" else 0.7)
    for j, (lab, seg) in enumerate((("現年", "cur"), ("滞繰", "arr"), ("計", "tot"))):
        row = t.rows[r0 + j].cells
        put(row[1], lab, "c")
        for k0, y in ((2, 2022), (5, 2023)):
            s = D[n][y][seg]
            yr = "令和４（2022）年度" if y == 2022 else "令和５（2023）年度"
            put(row[k0], F(comma(s["a"]), "assessed", s["a"] * 1000, "yen", n, y, yr, seg=seg))
            put(row[k0 + 1], F(comma(s["c"]), "collected", s["c"] * 1000, "yen", n, y, yr, seg=seg))
            put(row[k0 + 2], F(fr(s["r"]), "collection_rate", s["r"], "percent", n, y, yr, seg=seg))
        put(row[8], F(fr(TG[n][2027][seg]), "collection_rate", TG[n][2027][seg], "percent", n, 2027, "令和９（2027）年度",
                      seg=seg, basis="target"))
para("※ 滞繰は滞納繰越分。収納率＝収入済額÷調定額×100", size=8.5)
para()
n = "国民健康保険税"
a22, a23 = D[n][2022]["cur"]["r"], D[n][2023]["cur"]["r"]
para("　国民健康保険税の現年度分収納率は、令和５年度に"
     + F(f"{fr(a23)}％", "collection_rate", a23, "percent", n, 2023, "令和５年度", seg="cur")
     + "となり、前年度から"
     + F(f"{fr(abs(a23 - a22))}ポイント", "difference", round(a23 - a22, 2), "points", n, 2023, "令和５年度", seg="cur")
     + ("改善" if a23 >= a22 else "悪化") + "した。市税の収入未済額は"
     + F(f"{round(D['市税'][2023]['tot']['o'] / 1000, 1):,}百万円", "outstanding",
         round(round(D['市税'][2023]['tot']['o'] / 1000, 1) * 1000000), "yen", "市税", 2023, "令和５年度")
     + "で、対象債権全体の約６割を占めている。", indent=0.4)

# ------------------------------------------------------------------ page 6 chapter 3 : long-format target table (21) broken across pages (17)
pagebreak()
h("第３章　計画の目標")
para("１　目標収納率", bold=True, gothic=True)
para("　各債権の所管課は、令和５年度決算を基準として、計画期間の各年度における目標収納率を次のとおり定める。"
     "目標は毎年度の決算で検証し、必要に応じて見直す。", indent=0.4)
para("（目標設定の考え方）", indent=0.4, space=1)
para("ア　現年度分は、過去５年間の最高値を下回らない水準とする。", indent=0.8, space=1)
para("イ　滞納繰越分は、毎年度0.5ポイント以上の改善を基本とする。", indent=0.8, space=1)
para("ウ　県内他市の平均を下回る債権は、平均との差を計画期間内に解消する水準とする。", indent=0.8, space=4)
para("表５　債権別・年度別の目標収納率（単位：％）", bold=True, size=9.5, space=1)
LONG = [(n, y) for n in NAMES for y in (2025, 2026, 2027)]
YRAW = {2025: "R7", 2026: "R8", 2027: "R9"}


def long_table(items):
    t = grid(len(items) + 1, 5, [5.0, 2.2, 3.0, 3.0, 3.0])
    for k, x in enumerate(["債権名", "年度", "現年度分", "滞納繰越分", "計"]):
        put(t.rows[0].cells[k], x, "c", 9, True)
        shade(t.rows[0].cells[k], "FCE4D6")
    repeat_header(t.rows[0])
    for i, (n, y) in enumerate(items, 1):
        c = t.rows[i].cells
        put(c[0], n, "l", 9)
        put(c[1], YRAW[y], "c", 9)
        for k, seg in ((2, "cur"), (3, "arr"), (4, "tot")):
            put(c[k], F(fr(TG[n][y][seg]), "collection_rate", TG[n][y][seg], "percent", n, y, YRAW[y], seg=seg,
                        basis="target"), "r", 9)
    return t


long_table(LONG[:15])
para("（次頁に続く）", size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
pagebreak()
para("表５　債権別・年度別の目標収納率（続き）", bold=True, size=9.5, space=1)
long_table(LONG[15:])
para("※ 目標収納率は、各年度の決算（出納整理期間を含む。）における収納率とする。", size=8.5)
para()

# section rows (50): 収入未済額の目標
para("２　収入未済額の目標", bold=True, gothic=True)
para("表６　収入未済額の目標（単位：千円）", bold=True, size=9.5, space=1)
SPEC = [n for n in NAMES if n not in GEN]
t = grid(1 + 1 + len(GEN) + 1 + 1 + len(SPEC) + 1 + 1, 5, [5.2, 3.0, 3.0, 3.0, 3.0])
for k, x in enumerate(["債権名", "令和５年度実績", "令和７年度目標", "令和８年度目標", "令和９年度目標"]):
    put(t.rows[0].cells[k], x, "c", 9, True)
    shade(t.rows[0].cells[k], "FCE4D6")
r = 1
for sec_name, group in (("【一般会計】", GEN), ("【特別会計・企業会計】", SPEC)):
    mc = t.cell(r, 0).merge(t.cell(r, 4))
    put(mc, sec_name, "l", 9, True)
    r += 1
    for n in group:
        c = t.rows[r].cells
        put(c[0], n, "l", 9)
        put(c[1], F(comma(D[n][2023]["tot"]["o"]), "outstanding", D[n][2023]["tot"]["o"] * 1000, "yen", n, 2023, "令和５年度"), "r", 9)
        for k, y in ((2, 2025), (3, 2026), (4, 2027)):
            put(c[k], F(comma(TG[n][y]["o"]), "outstanding", TG[n][y]["o"] * 1000, "yen", n, y, f"令和{y - 2018}年度",
                        basis="target"), "r", 9)
        r += 1
    c = t.rows[r].cells
    put(c[0], "小計", "c", 9, True)
    put(c[1], F(comma(TOT(2023, names=group)["o"]), "outstanding", TOT(2023, names=group)["o"] * 1000, "yen", None, 2023,
                "令和５年度", draw="小計"), "r", 9)
    for k, y in ((2, 2025), (3, 2026), (4, 2027)):
        v = sum(TG[n][y]["o"] for n in group)
        put(c[k], F(comma(v), "outstanding", v * 1000, "yen", None, y, f"令和{y - 2018}年度", basis="target", draw="小計"), "r", 9)
    for cc in c:
        shade(cc, "F2F2F2")
    r += 1
c = t.rows[r].cells
put(c[0], "合計", "c", 9, True)
put(c[1], F(comma(T23["o"]), "outstanding", T23["o"] * 1000, "yen", None, 2023, "令和５年度", draw="合計"), "r", 9)
for k, y in ((2, 2025), (3, 2026), (4, 2027)):
    put(c[k], F(comma(tg_out[y]), "outstanding", tg_out[y] * 1000, "yen", None, y, f"令和{y - 2018}年度", basis="target",
                draw="合計"), "r", 9)
for cc in c:
    shade(cc, "D9D9D9")

# ------------------------------------------------------------------ page 8 chapter 4 : initiatives (8, 14, 36), boxed table with source (34), analysis cell (53)
pagebreak()
h("第４章　債権ごとの取組み")
S = "債権ごとの取組み"
para("１　債権ごとの取組み（市税）", bold=True, gothic=True)
items = [("ア", "現年度分の新規滞納者に対し、納期限後20日以内に督促状を、その後１か月以内に催告書を送付する。", "継続"),
         ("イ", "給与・預貯金等の財産調査を電子照会により迅速に行い、滞納処分を早期に執行する。", "拡充"),
         ("ウ", "愛知県地方税滞納整理機構へ高額・困難案件を引き継ぎ、職員の徴収技術の向上を図る。", "継続")]
for lab, tx, stt in items:
    para(f"{lab}　" + g.i(tx, "市税", 2025, S, lab, stt) + f"【{stt}】", indent=0.8, first=-0.5, space=1)
para("２　債権ごとの取組み（国民健康保険税）", bold=True, gothic=True)
n = "国民健康保険税"
o23, o22 = D[n][2023]["tot"]["o"], D[n][2022]["tot"]["o"]
para("表７　国民健康保険税の現状と課題", bold=True, size=9.5, space=1)
t = grid(2, 2, [3.0, 14.2])
put(t.cell(0, 0), "現状と課題", "c", 9, True)
shade(t.cell(0, 0), "E7E6E6")
put(t.cell(0, 1), "令和５年度末の収入未済額は"
    + F(f"{comma(o23)}千円", "outstanding", o23 * 1000, "yen", n, 2023, "令和５年度")
    + "で、前年度より"
    + F(f"{comma(abs(o22 - o23))}千円", "difference", (o23 - o22) * 1000, "yen", n, 2023, "令和５年度")
    + ("減少" if o23 <= o22 else "増加") + "した。滞納繰越分の収納率は"
    + F(f"{fr(D[n][2023]['arr']['r'])}％", "collection_rate", D[n][2023]["arr"]["r"], "percent", n, 2023, "令和５年度", seg="arr")
    + "と低く、資格喪失者の未納が課題である。", "l", 9)
put(t.cell(1, 0), "取組内容", "c", 9, True)
shade(t.cell(1, 0), "E7E6E6")
its = [("(ｱ)", "資格喪失の届出時に未納額を通知し、その場で納付相談を行う。", "新規"),
       ("(ｲ)", "分納誓約の不履行者には、翌月中に差押予告を送付する。", "継続")]
put(t.cell(1, 1), "\n".join(f"{lab}　" + g.i(tx, "国民健康保険料", 2025, S, lab, stt, debt_raw=n) + f"【{stt}】"
                            for lab, tx, stt in its), "l", 9)
para()
para("３　債権ごとの取組み（介護保険料・後期高齢者医療保険料）", bold=True, gothic=True)
para("① " + g.i("普通徴収の新規対象者に口座振替依頼書を送付し、振替率の向上を図る。", "介護保険料", 2025, S, "①", "継続")
     + "【継続】", indent=0.8, first=-0.5, space=1)
para("② " + g.i("後期高齢者医療保険料の滞納者に対し、被保険者証の更新時に納付相談を行う。", "後期高齢者医療保険料", 2025, S, "②", None),
     indent=0.8, first=-0.5, space=1)
para()
para("表８　介護保険料の現年度分収納率の推移", bold=True, size=9.5, space=1)
box = grid(2, 6, [2.8] * 6)
YB = [(2018, "H30"), (2019, "R元"), (2020, "R2"), (2021, "R3"), (2022, "R4"), (2023, "R5")]
for k, (y, lab) in enumerate(YB):
    put(box.cell(0, k), f"{lab}年度", "c", 9, True)
    shade(box.cell(0, k), "DEEAF6")
    rr = D["介護保険料"][y]["cur"]["r"]
    put(box.cell(1, k), F(f"{fr(rr)}%", "collection_rate", rr, "percent", "介護保険料", y, f"{lab}年度", seg="cur"), "c", 9)
borders(box, {"top": ("double", 6), "bottom": ("double", 6), "left": ("double", 6), "right": ("double", 6),
              "insideH": ("single", 4), "insideV": ("single", 4)})
para("出典：介護保険事業状況報告（年報）", size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)

out = WORK / f"{STEM}.docx"
doc.save(out)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(out)], check=True,
               capture_output=True)
pdf = Path("pdf") / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", pdf)
import fitz  # noqa: E402
n_pages = len(fitz.open(pdf))
gp = Path("gold") / f"{STEM}.json"
g.write(pdf, gp, n_pages)
bad = check(pdf, gp)
print(STEM, "pages", n_pages, "(expected", g.page, ") facts", len(g.facts), "inits", len(g.inits), "bad", len(bad))
for b in bad[:40]:
    print("  ", b)
