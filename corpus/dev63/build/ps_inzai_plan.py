"""第２次印西市債権管理計画（令和７年度～令和９年度）.

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf); one landscape section.
Run from corpus/dev63:  python3 build/ps_inzai_plan.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ps_common import PDF_DIR, WORK, Gold, comma, rate, tri, zd  # noqa: E402

STEM = "ps_inzai_plan_1"
TITLE = "第２次印西市債権管理計画"
g = Gold(STEM, "plan", "印西市", TITLE + "（令和７年度～令和９年度）", "2025-03-01", "令和７年３月", "plan")
PLAN_FY = 2025
MIN, GOT = "IPAexMincho", "IPAexGothic"

# ---------------------------------------------------------------- data (千円)
# key, canonical, full name printed, short name, 会計, 所管課
DEBTS = [
    ("tax", "市税", "市税", "市税", "一般会計", "収税課"),
    ("hoiku", "保育所保育料", "保育所保育料", "保育料", "一般会計", "保育課"),
    ("jutaku", "市営住宅使用料", "市営住宅使用料", "住宅使用料", "一般会計", "住宅課"),
    ("seiho", "生活保護費返還金", "生活保護費返還金", "生保返還金", "一般会計", "社会福祉課"),
    ("kokuho", "国民健康保険税", "国民健康保険税", "国保税", "国民健康保険特別会計", "国保年金課"),
    ("kaigo", "介護保険料", "介護保険料", "介護料", "介護保険特別会計", "高齢者福祉課"),
    ("koki", "後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢", "後期高齢者医療特別会計", "国保年金課"),
    ("gesui", "下水道使用料", "下水道使用料", "下水道使用料", "下水道事業会計", "下水道課"),
]
D = {x[0]: x for x in DEBTS}
OUT = {  # 収入未済額 R3, R4, R5
    "tax": (276318, 250168, 231456), "hoiku": (6235, 5418, 4862), "jutaku": (8914, 9356, 9102),
    "seiho": (48306, 51224, 53871), "kokuho": (412573, 384206, 356918), "kaigo": (24615, 22873, 21094),
    "koki": (4812, 4390, 3977), "gesui": (12473, 11086, 10215)}
OTHER_OUT = (13914, 13512, 12024)  # その他（５債権）
# segment detail (R4, R5): cur_a, cur_out, arr_a, wo, arr_out  -> collected derived
SEG = {
    "tax": {2022: (14986215, 79213, 268774, 17206, 170955), 2023: (15218640, 73044, 248306, 14985, 158412)},
    "kokuho": {2022: (2504113, 151824, 379456, 41037, 232382), 2023: (2418937, 142306, 352140, 36215, 214612)},
    "kaigo": {2022: (2231658, 10532, 21306, 4437, 12341), 2023: (2287445, 9874, 19842, 4105, 11220)},
    "koki": {2022: (987530, 2508, 3377, 302, 1882), 2023: (1048264, 2312, 3018, 214, 1665)},
}
for k, yrs in SEG.items():
    for fy, (ca, co, aa, wo, ao) in yrs.items():
        assert co + ao == OUT[k][fy - 2021], (k, fy)


def seg(k, fy):
    ca, co, aa, wo, ao = SEG[k][fy]
    cc = ca - co
    ac = aa - wo - ao
    return dict(cur=(ca, cc, 0, co), arr=(aa, ac, wo, ao), tot=(ca + aa, cc + ac, wo, co + ao))


# ---------------------------------------------------------------- docx helpers
doc = Document()
st = doc.styles["Normal"]
st.font.name = MIN
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.2
sec0 = doc.sections[0]
sec0.page_width, sec0.page_height = Mm(210), Mm(297)
sec0.top_margin = sec0.bottom_margin = Mm(18)
sec0.left_margin = sec0.right_margin = Mm(20)
sec0.footer_distance = Mm(8)
sec0.different_first_page_header_footer = True


def run(p, text, font=MIN, size=None, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font
    r._element.get_or_add_rPr()
    r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


def para(text="", font=MIN, size=None, align=None, before=0, after=0, indent=None, first=None):
    p = doc.add_paragraph()
    if text:
        run(p, text, font, size)
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if align:
        p.alignment = align
    if indent is not None:
        pf.left_indent = Pt(indent)
    if first is not None:
        pf.first_line_indent = Pt(first)
    return p


def heading(text, size=12.5, before=8, after=4):
    return para(text, GOT, size, before=before, after=after)


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def footer_pages(section):
    f = section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "－ ", size=9)
    r = p.add_run()
    for tag, attr in (("w:fldChar", {"w:fldCharType": "begin"}), ("w:instrText", None),
                      ("w:fldChar", {"w:fldCharType": "end"})):
        el = OxmlElement(tag)
        if attr:
            for k_, v_ in attr.items():
                el.set(qn(k_), v_)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = "PAGE"
        r._element.append(el)
    r.font.size = Pt(9)
    run(p, " －", size=9)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def vertical(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRl")
    tcPr.append(td)


def cell_margins(table, lr=70, tb=28):
    tblPr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for side, v in (("top", tb), ("left", lr), ("bottom", tb), ("right", lr)):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblPr.append(m)


def borders(table, mode="grid"):
    """grid: all rules; none: no rules; box: outer frame only."""
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        on = mode == "grid" or (mode == "box" and side in ("top", "left", "bottom", "right"))
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), "6")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def table(rows, cols, widths_mm, mode="grid", size=9.0):
    t = doc.add_table(rows=rows, cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    borders(t, mode)
    cell_margins(t)
    for r in t.rows:
        for c, w in zip(r.cells, widths_mm):
            c.width = Mm(w)
    for col, w in zip(t.columns, widths_mm):
        col.width = Mm(w)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(lay)
    t._size = size
    return t


def put(t, r, c, text, align="right", font=MIN, size=None, fill=None, valign="center", lines=None):
    cell = t.cell(r, c)
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = 1.0
    p.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "center": WD_ALIGN_PARAGRAPH.CENTER, "just": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    parts = lines if lines is not None else [text]
    for i, s in enumerate(parts):
        rr = run(p, s, font, size or t._size)
        if i < len(parts) - 1:
            rr.add_break()
    if fill:
        shade(cell, fill)
    cell.vertical_alignment = {"center": WD_CELL_VERTICAL_ALIGNMENT.CENTER,
                               "top": WD_CELL_VERTICAL_ALIGNMENT.TOP}[valign]
    return cell


def merge(t, r0, c0, r1, c1, text, **kw):
    m = t.cell(r0, c0).merge(t.cell(r1, c1))
    for p in m.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    put(t, r0, c0, text, **kw)
    return m


HDR = "D9E2F3"
SUB = "F2F2F2"

# ---------------------------------------------------------------- page 1: cover
footer_pages(sec0)
para("", after=120)
para(TITLE, GOT, 26, WD_ALIGN_PARAGRAPH.CENTER, after=14)
para("（令和７年度～令和９年度）", GOT, 15, WD_ALIGN_PARAGRAPH.CENTER, after=200)
para("令和７年３月", MIN, 14, WD_ALIGN_PARAGRAPH.CENTER, after=12)
para("印　西　市", GOT, 18, WD_ALIGN_PARAGRAPH.CENTER)
page_break()

# ---------------------------------------------------------------- page 2: 目次 + 趣旨
g.page = 2
para("目　　次", GOT, 14, WD_ALIGN_PARAGRAPH.CENTER, after=8)
TOC = [("１　計画策定の趣旨", 2), ("２　計画期間", 2), ("３　対象債権", 2), ("４　債権の現状", 3),
       ("５　計画の目標", 4), ("６　主要債権の収納状況の推移", 5), ("７　債権ごとの取組", 6), ("参考資料　対象債権一覧", 8)]
for a, b in TOC:
    p = para("", after=5, indent=20)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    run(p, a + "\t" + zd(b), size=11)
heading("１　計画策定の趣旨", before=14)
para("本市は、令和二年度に「印西市債権管理条例」を制定し、市が保有する債権の管理に関する事務処理の基準を定めるとともに、"
     "令和４年３月に「印西市債権管理計画」（以下「第１次計画」という。）を策定し、全庁的な債権管理の適正化と収入未済額の縮減に"
     "取り組んできました。", first=10.5)
para("第１次計画の期間中、対象債権の収入未済額は着実に減少しましたが、国民健康保険税や生活保護費返還金など、なお多額の"
     "収入未済額を抱える債権があります。また、債権管理条例の制定前である平成29年度（2017年度）から続く長期の滞納案件の"
     "整理も課題となっています。", first=10.5)
para("こうした状況を踏まえ、市民負担の公平性の確保と自主財源の確保を図るため、第１次計画の成果と課題を検証し、"
     "「第２次印西市債権管理計画」を策定します。", first=10.5)
heading("２　計画期間", before=10)
para("令和７（2025）年度から令和９（2027）年度までの３年間とします。なお、社会経済情勢の変化や関係法令の改正等に応じて、"
     "必要な見直しを行います。", first=10.5)
heading("３　対象債権", before=10)
para("令和５年度決算において収入未済額が生じている１３債権を対象とします（参考資料「対象債権一覧」参照）。このうち、"
     "収入未済額が多額であるなど重点的に取り組む８債権を「主要債権」とし、債権ごとに目標と取組を定めます。", first=10.5)
page_break()

# ---------------------------------------------------------------- page 3: 現状
g.page = 3
heading("４　債権の現状", before=0)
heading("（１）収入未済額の推移", size=11, before=2, after=2)
para("ア　会計別・債権別の収入未済額", GOT, 10, after=2)
para("（単位：千円、％）", size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
ACC_ORDER = [("一般会計", ["tax", "hoiku", "jutaku", "seiho"]), ("国民健康保険特別会計", ["kokuho"]),
             ("介護保険特別会計", ["kaigo"]), ("後期高齢者医療特別会計", ["koki"]), ("下水道事業会計", ["gesui"])]
nrows = 2 + 4 + 1 + 4 + 1 + 1  # header2 + general(4 + 会計計) + 4 others + その他 + 総計
t = table(nrows, 8, [30, 30, 22, 19, 17, 17, 19, 16])
merge(t, 0, 0, 1, 0, "会計", align="center", font=GOT, fill=HDR)
merge(t, 0, 1, 1, 1, "債権名", align="center", font=GOT, fill=HDR)
merge(t, 0, 2, 1, 2, "所管課", align="center", font=GOT, fill=HDR)
merge(t, 0, 3, 0, 5, "収入未済額", align="center", font=GOT, fill=HDR)
for c, s in zip((3, 4, 5), ("令和３年度", "４年度", "５年度")):
    put(t, 1, c, s, align="center", font=GOT, fill=HDR)
merge(t, 0, 6, 1, 6, "増減額\n（５年度－４年度）", align="center", font=GOT, fill=HDR,
      lines=["増減額", "（５年度", "－４年度）"])
merge(t, 0, 7, 1, 7, "増減率", align="center", font=GOT, fill=HDR)
FYRAW = {2021: "令和３年度", 2022: "４年度", 2023: "５年度"}


def out_row(r, vals, debt, draw, label_cells=None):
    for i, fy in enumerate((2021, 2022, 2023)):
        put(t, r, 3 + i, g.fact(comma(vals[i]), vals[i] * 1000, "outstanding", debt=debt, debt_raw=draw, fy=fy,
                                fy_raw=FYRAW[fy]))
    dif = vals[2] - vals[1]
    chg = round(dif / vals[1] * 100, 1)
    put(t, r, 6, g.fact(tri(dif), dif * 1000, "difference", debt=debt, debt_raw=draw, fy=2023, fy_raw="５年度"))
    put(t, r, 7, g.fact(tri(chg, 1), chg, "change_rate", unit="percent", debt=debt, debt_raw=draw, fy=2023,
                        fy_raw="５年度"))


r = 2
gen_keys = ACC_ORDER[0][1]
merge(t, r, 0, r + 4, 0, "一般会計", align="center", font=GOT)
for k in gen_keys:
    put(t, r, 1, D[k][2], align="left")
    put(t, r, 2, D[k][5], align="left", size=7.5)
    out_row(r, OUT[k], D[k][1], D[k][2])
    r += 1
gsum = tuple(sum(OUT[k][i] for k in gen_keys) for i in range(3))
merge(t, r, 1, r, 2, "会計計", align="center", font=GOT, fill=SUB)
out_row(r, gsum, None, "一般会計計")
for c in range(3, 8):
    shade(t.cell(r, c), SUB)
r += 1
for acc, keys in ACC_ORDER[1:]:
    k = keys[0]
    put(t, r, 0, acc, align="center", size=7.2)
    put(t, r, 1, D[k][2], align="left")
    put(t, r, 2, D[k][5], align="left", size=7.5)
    out_row(r, OUT[k], D[k][1], D[k][2])
    r += 1
merge(t, r, 0, r, 2, "その他（５債権）", align="left")
out_row(r, OTHER_OUT, None, "その他")
r += 1
TOT = tuple(sum(OUT[k][i] for k in OUT) + OTHER_OUT[i] for i in range(3))
merge(t, r, 0, r, 2, "総計", align="center", font=GOT, fill=HDR)
out_row(r, TOT, None, "総計")
for c in range(3, 8):
    shade(t.cell(r, c), HDR)
para("※ 下水道事業会計は公営企業会計のため、未収金の額を記載しています。その他の５債権は参考資料を参照。", size=8, before=2)

tv, pv = TOT[2] * 1000, TOT[1] * 1000
t_man = int(round(tv / 100000)) * 100000
d_man = int(round((tv - pv) / 100000)) * 100000


def oku(y):
    o, m = divmod(y // 10000, 10000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")


tr5 = rate(seg("tax", 2023)["tot"][1], seg("tax", 2023)["tot"][0])
tr4 = rate(seg("tax", 2022)["tot"][1], seg("tax", 2022)["tot"][0])
p = para("", before=4, first=10.5)
for s in ["令和５年度末の対象債権の収入未済額は",
          g.fact("約" + oku(t_man), t_man, "outstanding", debt=None, debt_raw=None, fy=2023, fy_raw="令和５年度末",
                 approx=True),
          "で、前年度末から",
          g.fact("約" + oku(-d_man), d_man, "difference", debt=None, debt_raw=None, fy=2023, fy_raw="令和５年度末",
                 approx=True),
          "減少しました。市税は、収納率（計）が",
          g.fact(f"{tr5:.2f}％", tr5, "collection_rate", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度末"),
          "となり、前年度比",
          g.fact(f"{tr5 - tr4:.2f}ポイント", round(tr5 - tr4, 2), "difference", debt="市税", debt_raw="市税", fy=2023,
                 fy_raw="令和５年度末", unit="points"),
          "上昇しています。一方、生活保護費返還金は、保護費の過払いに係る返還金の発生が続き、３年連続で増加しています。"]:
    run(p, s)

heading("（２）第１次計画の目標達成状況", size=11, before=8, after=2)
para("主要債権の収納率（計）について、第１次計画の目標と実績を比較すると、次のとおりです。", first=10.5, after=2)
para("（単位：％）", size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
ACH = [(2022, "R4", "actual", 95.80, 95.92), (2023, "R5", "actual", 96.05, 96.31), (2024, "R6", "estimate", 96.30, 96.42)]
t = table(4, 5, [34, 30, 30, 30, 30])
for c, s in enumerate(["年度", "目標", "実績（R6は見込）", "差", "達成率"]):
    put(t, 0, c, s, align="center", font=GOT, fill=HDR)
for i, (fy, lab, basis, tg, ac) in enumerate(ACH, 1):
    kw = dict(debt=None, debt_raw="主要債権", fy=fy, fy_raw=lab)
    put(t, i, 0, lab, align="center")
    put(t, i, 1, g.fact(f"{tg:.2f}", tg, "collection_rate", basis="target", **kw))
    put(t, i, 2, g.fact(f"{ac:.2f}", ac, "collection_rate", basis=basis, **kw))
    put(t, i, 3, g.fact(tri(round(ac - tg, 2), 2), round(ac - tg, 2), "difference", basis=basis, unit="points", **kw))
    ach = round(ac / tg * 100, 1)
    put(t, i, 4, g.fact(f"{ach:.1f}", ach, "achievement_rate", basis=basis, unit="percent", **kw))
para("※ 達成率＝実績÷目標×100。R6（令和６年度）は令和７年１月末時点の見込みです。", size=8, before=2)
page_break()

# ---------------------------------------------------------------- page 4: targets
g.page = 4
heading("５　計画の目標", before=0)
para("主要債権ごとに、計画期間の各年度の目標を次のとおり定めます。目標は、過去５年間の収納率の推移と第１次計画の"
     "達成状況を踏まえて設定しました。", first=10.5, after=4)
para("表５　現年度分収納率の目標（単位：％）", GOT, 10, after=2)
MAJ6 = ["tax", "kokuho", "kaigo", "koki", "hoiku", "jutaku"]
CUR_T = {"tax": (99.55, 99.58, 99.60), "kokuho": (94.30, 94.50, 94.70), "kaigo": (99.60, 99.62, 99.65),
         "koki": (99.80, 99.82, 99.85), "hoiku": (99.20, 99.30, 99.40), "jutaku": (95.50, 96.00, 96.50)}
t = table(4, 8, [22, 12] + [22] * 6)
merge(t, 0, 0, 0, 1, "区分", align="center", font=GOT, fill=HDR)
for c, k in enumerate(MAJ6, 2):
    put(t, 0, c, D[k][3], align="center", font=GOT, fill=HDR)
merge(t, 1, 0, 3, 0, "現年度分収納率（％）", align="center", font=GOT, fill=SUB)
for i, (fy, lab) in enumerate([(2025, "R7"), (2026, "R8"), (2027, "R9")]):
    put(t, 1 + i, 1, lab, align="center")
    for c, k in enumerate(MAJ6, 2):
        v = CUR_T[k][i]
        put(t, 1 + i, c, g.fact(f"{v:.2f}", v, "collection_rate", debt=D[k][1], debt_raw=D[k][3], fy=fy, fy_raw=lab,
                                segment="current", basis="target"))
para("※ 国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
     "住宅使用料＝市営住宅使用料", size=8, before=2, after=8)

para("表６　収入未済額及び収納率（計）の目標", GOT, 10, after=2)
para("上段：収入未済額（千円）　下段：収納率（％）", size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
TGT = {  # (out R7, R8, R9), (rate R7, R8, R9); R5 actual from data
    "tax": ((222000, 213000, 205000), (98.55, 98.60, 98.65)),
    "kokuho": ((340000, 325000, 310000), (88.10, 88.60, 89.10)),
    "kaigo": ((20300, 19600, 19000), (99.20, 99.25, 99.30)),
    "koki": ((3800, 3650, 3500), (99.70, 99.72, 99.75)),
}
R5RATE = {k: rate(seg(k, 2023)["tot"][1], seg(k, 2023)["tot"][0]) for k in TGT}
t = table(1 + len(TGT), 5, [36, 33, 33, 33, 33])
for c, s in enumerate(["債権名", "2023年度実績", "2025年度目標", "2026年度目標", "2027年度目標"]):
    put(t, 0, c, s, align="center", font=GOT, fill=HDR)
for i, k in enumerate(TGT, 1):
    put(t, i, 0, D[k][2], align="left")
    o5 = OUT[k][2]
    kw = dict(debt=D[k][1], debt_raw=D[k][2])
    put(t, i, 1, "", lines=[g.fact(comma(o5), o5 * 1000, "outstanding", fy=2023, fy_raw="2023年度", **kw),
                            g.fact(f"{R5RATE[k]:.2f}", R5RATE[k], "collection_rate", fy=2023, fy_raw="2023年度", **kw)])
    for j, fy in enumerate((2025, 2026, 2027)):
        ov, rv = TGT[k][0][j], TGT[k][1][j]
        put(t, i, 2 + j, "", lines=[
            g.fact(comma(ov), ov * 1000, "outstanding", fy=fy, fy_raw=f"{fy}年度", basis="target", **kw),
            g.fact(f"{rv:.2f}", rv, "collection_rate", fy=fy, fy_raw=f"{fy}年度", basis="target", **kw)])
para("※ 収納率（計）は、現年度分と滞納繰越分を合わせた収納率です。", size=8, before=2)
para("主要債権の収入未済額は、計画期間を通じて毎年度着実に縮減することを目指します。", before=6, first=10.5)

# ---------------------------------------------------------------- page 5: landscape wide tables
g.page = 5
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = Mm(297), Mm(210)
ls.top_margin = ls.bottom_margin = Mm(15)
ls.left_margin = ls.right_margin = Mm(15)
ls.different_first_page_header_footer = False
heading("６　主要債権の収納状況の推移", before=0, after=2)
para("表７　主要債権の決算状況（令和４年度・令和５年度）", GOT, 10, after=1)
para("（単位：千円、％）", size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
K4 = ["tax", "kokuho", "kaigo", "koki"]
t = table(2 + 3 * len(K4), 12, [9, 15] + [23.5, 23.5, 19, 20, 14] * 2, size=7.5)
merge(t, 0, 0, 1, 1, "債権名・区分", align="center", font=GOT, fill=HDR)
for b, (fy, lab) in enumerate([(2022, "令和４年度決算"), (2023, "令和５年度決算")]):
    merge(t, 0, 2 + 5 * b, 0, 6 + 5 * b, lab, align="center", font=GOT, fill=HDR)
    for c, s in enumerate(["調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
        put(t, 1, 2 + 5 * b + c, s, align="center", font=GOT, fill=HDR)
for i, k in enumerate(K4):
    r0 = 2 + 3 * i
    m = merge(t, r0, 0, r0 + 2, 0, D[k][3], align="center", font=GOT, fill=SUB, size=6.8)
    vertical(m)
    for j, (sk, slab, segname) in enumerate([("cur", "現年", "current"), ("arr", "滞繰", "arrears"),
                                              ("tot", "計", "total")]):
        put(t, r0 + j, 1, slab, align="center", fill=SUB if sk == "tot" else None)
        for b, fy in enumerate((2022, 2023)):
            a, c, w, o = seg(k, fy)[sk]
            kw = dict(debt=D[k][1], debt_raw=D[k][3], fy=fy, fy_raw="令和４年度" if fy == 2022 else "令和５年度",
                      segment=segname)
            vals = [g.fact(comma(a), a * 1000, "assessed", **kw), g.fact(comma(c), c * 1000, "collected", **kw),
                    g.fact(comma(w), w * 1000, "written_off", **kw) if sk != "cur" else "－",
                    g.fact(comma(o), o * 1000, "outstanding", **kw),
                    g.fact(f"{rate(c, a):.2f}", rate(c, a), "collection_rate", **kw)]
            for cc, v in enumerate(vals):
                put(t, r0 + j, 2 + 5 * b + cc, v, fill=SUB if sk == "tot" else None)
para("※ 現年度分の不納欠損額は生じていないため「－」としています。", size=7.5, before=1, after=6)

para("表８　令和５年度決算と令和６年度見込み（現年・滞繰別）", GOT, 10, after=1)
para("（単位：千円、％）", size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
EST6 = {  # R6 estimate: cur_a, cur_c, arr_a, arr_c
    "tax": (15402318, 15330946, 232414, 71586), "kokuho": (2356210, 2219543, 327612, 96324),
    "kaigo": (2331570, 2321426, 18934, 4361), "koki": (1102386, 1100045, 2987, 1124)}
t = table(3 + len(K4), 13, [26] + [19.5, 19.5, 12.5] * 4, size=7.5)
merge(t, 0, 0, 2, 0, "債権名", align="center", font=GOT, fill=HDR)
for b, lab in enumerate(["令和５年度決算", "令和６年度見込"]):
    merge(t, 0, 1 + 6 * b, 0, 6 + 6 * b, lab, align="center", font=GOT, fill=HDR)
    for s_, slab in enumerate(["現年度分", "滞納繰越分"]):
        merge(t, 1, 1 + 6 * b + 3 * s_, 1, 3 + 6 * b + 3 * s_, slab, align="center", font=GOT, fill=HDR)
        for c, s in enumerate(["調定額", "収入済額", "収納率"]):
            put(t, 2, 1 + 6 * b + 3 * s_ + c, s, align="center", font=GOT, fill=HDR)
for i, k in enumerate(K4, 3):
    put(t, i, 0, D[k][2], align="left")
    sd = seg(k, 2023)
    blocks = [(2023, "令和５年度", "actual", sd["cur"][:2], sd["arr"][:2]),
              (2024, "令和６年度", "estimate", EST6[k][:2], EST6[k][2:])]
    for b, (fy, fyr, basis, cur, arr) in enumerate(blocks):
        for s_, ((a, c), segname) in enumerate([(cur, "current"), (arr, "arrears")]):
            kw = dict(debt=D[k][1], debt_raw=D[k][2], fy=fy, fy_raw=fyr, segment=segname, basis=basis)
            base = 1 + 6 * b + 3 * s_
            put(t, i, base, g.fact(comma(a), a * 1000, "assessed", **kw))
            put(t, i, base + 1, g.fact(comma(c), c * 1000, "collected", **kw))
            put(t, i, base + 2, g.fact(f"{rate(c, a):.2f}", rate(c, a), "collection_rate", **kw))
para("出典：令和５年度印西市歳入歳出決算書、令和６年度は令和７年１月末現在の見込み", size=7.5, before=1)

# ---------------------------------------------------------------- page 6: 推進シート 市税 (portrait again)
g.page = 6
ps = doc.add_section(WD_SECTION.NEW_PAGE)
ps.orientation = WD_ORIENT.PORTRAIT
ps.page_width, ps.page_height = Mm(210), Mm(297)
ps.top_margin = ps.bottom_margin = Mm(18)
ps.left_margin = ps.right_margin = Mm(20)
ps.different_first_page_header_footer = False
heading("７　債権ごとの取組", before=0, after=2)
heading("７－１　債権ごとの取組（市税）", size=11, before=2, after=3)
t = table(1, 6, [22, 30, 20, 30, 24, 44], size=9)
for c, (s, f) in enumerate([("債権名", HDR), ("市税", None), ("所管課", HDR), ("収税課", None), ("債権区分", HDR),
                            ("強制徴収公債権", None)]):
    put(t, 0, c, s, align="center", font=GOT if f else MIN, fill=f)
para("", after=3)
sd5, sd4 = seg("tax", 2023), seg("tax", 2022)
ARR_T = (31.00, 32.00, 33.00)
OUT_T = TGT["tax"][0]
t = table(4, 6, [40, 24, 24, 24, 24, 34], size=9)
for c, s in enumerate(["指標", "令和５年度実績", "令和７年度目標", "令和８年度目標", "令和９年度目標", "備考"]):
    put(t, 0, c, s, align="center", font=GOT, fill=HDR)
rows_ = [("現年度分収納率（％）", "current", "collection_rate", rate(sd5["cur"][1], sd5["cur"][0]), CUR_T["tax"]),
         ("滞納繰越分収納率（％）", "arrears", "collection_rate", rate(sd5["arr"][1], sd5["arr"][0]), ARR_T),
         ("収入未済額（千円）", "total", "outstanding", OUT["tax"][2], OUT_T)]
for i, (lab, segn, met, v5, tg) in enumerate(rows_, 1):
    put(t, i, 0, lab, align="left")
    isr = met == "collection_rate"
    fmt = (lambda v: f"{v:.2f}") if isr else comma
    mul = 1 if isr else 1000
    kw = dict(debt="市税", debt_raw="市税", segment=segn)
    put(t, i, 1, g.fact(fmt(v5), v5 * mul, met, fy=2023, fy_raw="令和５年度", **kw))
    for j, fy in enumerate((2025, 2026, 2027)):
        put(t, i, 2 + j, g.fact(fmt(tg[j]), tg[j] * mul, met, fy=fy, fy_raw=f"令和{fy - 2018}年度", basis="target", **kw))
    if met == "outstanding":
        ao = sd5["arr"][3]
        put(t, i, 5, "うち滞納繰越分" + g.fact(f"{comma(ao)}千円", ao * 1000, "outstanding", debt="市税", debt_raw="市税",
                                           fy=2023, fy_raw="令和５年度", segment="arrears"), align="left", size=7.5)
    elif segn == "arrears":
        put(t, i, 5, "前年度 " + g.fact(f"{rate(sd4['arr'][1], sd4['arr'][0]):.2f}％", rate(sd4['arr'][1], sd4['arr'][0]),
                                      "collection_rate", debt="市税", debt_raw="市税", fy=2022, fy_raw="前年度",
                                      segment="arrears"), align="left", size=7.5)
para("", after=3)
t = table(2, 2, [26, 144], size=9.5)
put(t, 0, 0, "現状と課題", align="center", font=GOT, fill=HDR)
dv = OUT["tax"][2] - OUT["tax"][1]
txt = ["令和５年度末の収入未済額は",
       g.fact(f"{comma(OUT['tax'][2])}千円", OUT["tax"][2] * 1000, "outstanding", debt="市税", debt_raw="市税", fy=2023,
              fy_raw="令和５年度末"),
       "で、前年度より",
       g.fact(f"{comma(-dv)}千円", dv * 1000, "difference", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度末"),
       "減少した。現年度分の収納率は",
       g.fact(f"{rate(sd5['cur'][1], sd5['cur'][0]):.2f}％", rate(sd5["cur"][1], sd5["cur"][0]), "collection_rate",
              debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度末", segment="current"),
       "と高い水準にあるが、滞納繰越分は",
       g.fact(f"{rate(sd5['arr'][1], sd5['arr'][0]):.2f}％", rate(sd5["arr"][1], sd5["arr"][0]), "collection_rate",
              debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度末", segment="arrears"),
       "にとどまっている。滞納繰越分の多くは納付資力の乏しい事案や所在不明の事案であり、財産調査の結果に基づく滞納処分と"
       "執行停止の判断を早期に行う必要がある。"]
put(t, 0, 1, "".join(txt), align="just")
put(t, 1, 0, "取組内容", align="center", font=GOT, fill=HDR)
SEC = "債権ごとの取組"
ITEMS_TAX = [
    ("ア　現年度分の徴収強化", [
        ("(ｱ)", "スマートフォンから口座振替を申し込めるWeb口座振替受付サービスを導入し、納期内納付を推進する。", "新規", False),
        ("(ｲ)", "督促状の発送後も納付がない者に対し、SMSによる催告を行い、滞納の早期解消を図る。", "拡充", False)]),
    ("イ　滞納整理の推進", [
        ("(ｱ)", "預貯金調査を電子照会により一括して行い、財産調査に要する期間を短縮する。", "継続", False),
        ("(ｲ)", "給与・年金など換価の容易な財産を優先して差し押さえ、滞納繰越分の縮減を図る。", "継続", False),
        ("(ｳ)", "財産がなく生活が困窮している滞納者については、執行停止を適正に行い、徴収の見込みのない債権を整理する。", "継続", True)]),
]
cell = t.cell(1, 1)
p0 = cell.paragraphs[0]
first = True
for title, items in ITEMS_TAX:
    p = p0 if first else cell.add_paragraph()
    first = False
    p.paragraph_format.line_spacing = 1.0
    run(p, title, GOT, 9.5)
    for lab, text, tag, alone in items:
        g.init(text, debt="市税", fy=PLAN_FY, section=SEC, label=title[0] + lab, status=tag)
        p = cell.add_paragraph()
        p.paragraph_format.left_indent = Pt(22)
        p.paragraph_format.first_line_indent = Pt(-14)
        p.paragraph_format.line_spacing = 1.0
        run(p, lab + text + ("" if alone else f"【{tag}】"), MIN, 9.5)
        if alone:
            p = cell.add_paragraph()
            p.paragraph_format.left_indent = Pt(22)
            p.paragraph_format.line_spacing = 1.0
            run(p, f"【{tag}】", MIN, 9.5)

heading("７－２　債権ごとの取組（保育所保育料）", size=11, before=10, after=3)
t = table(1, 4, [22, 63, 22, 63], size=9)
for c, (s, f) in enumerate([("債権名", HDR), ("保育所保育料", None), ("所管課", HDR), ("保育課", None)]):
    put(t, 0, c, s, align="center", font=GOT if f else MIN, fill=f)
para("", after=2)
para("【現状】令和５年度末の収入未済額は" + g.fact(f"{comma(OUT['hoiku'][2])}千円", OUT["hoiku"][2] * 1000, "outstanding",
                                          debt="保育所保育料", debt_raw="保育所保育料", fy=2023, fy_raw="令和５年度末")
     + "で、退園者に係る未納が約７割を占めている。", size=9.5)
para("【取組】", GOT, 9.5)
for lab, text, tag in [("①", "在園中の滞納者には、児童手当からの申出による徴収を案内し、滞納の累積を防ぐ。", "継続"),
                       ("②", "退園者の未納分は、収税課と連携して財産調査を行い、滞納処分を実施する。", "拡充")]:
    g.init(text, debt="保育所保育料", fy=PLAN_FY, section="取組", label=lab, status=tag)
    para(f"{lab}{text}【{tag}】", size=9.5, indent=14, first=-10)

# ---------------------------------------------------------------- page 7: 国保税 sheet + 介護保険料 box
page_break()
g.page = 7
heading("７－３　債権ごとの取組（国民健康保険税）", size=11, before=0, after=3)
t = table(1, 2, [100, 70], size=9.5)
put(t, 0, 0, "債権名　国民健康保険税", align="left", font=GOT, fill=HDR)
put(t, 0, 1, "所管課　国保年金課・収税課", align="left", font=GOT, fill=HDR)
para("", after=3)
kd5 = seg("kokuho", 2023)
t = table(3, 5, [46, 31, 31, 31, 31], size=8.5)
for c, s in enumerate(["指標", "R5実績", "R7目標", "R8目標", "R9目標"]):
    put(t, 0, c, s, align="center", font=GOT, fill=HDR)
K_ARR_T = (29.50, 30.50, 31.50)
for i, (lab, segn, v5, tg) in enumerate([("現年度分収納率（％）", "current", rate(kd5["cur"][1], kd5["cur"][0]),
                                          CUR_T["kokuho"]),
                                         ("滞納繰越分収納率（％）※", "arrears", rate(kd5["arr"][1], kd5["arr"][0]),
                                          K_ARR_T)], 1):
    put(t, i, 0, lab, align="left")
    kw = dict(debt="国民健康保険税", debt_raw="国民健康保険税", segment=segn)
    put(t, i, 1, g.fact(f"{v5:.2f}", v5, "collection_rate", fy=2023, fy_raw="R5", **kw))
    for j, fy in enumerate((2025, 2026, 2027)):
        put(t, i, 2 + j, g.fact(f"{tg[j]:.2f}", tg[j], "collection_rate", fy=fy, fy_raw=f"R{fy - 2018}",
                                basis="target", **kw))
para("※ 滞納繰越分収納率は、不納欠損額を調定額から控除せずに算出しています。", size=8, before=1, after=4)
t = table(2, 2, [26, 144], size=9.5)
KOK_ITEMS = [
    ("現年度分", [("①", "国保加入の届出時に口座振替の申込みを受け付け、初回の納期から口座振替とする。", "継続"),
               ("②", "納期限後の早い段階で電話催告を行い、分納相談につなげる。", "継続"),
               ("③", "所得の申告がない世帯に申告を勧奨し、軽減の適用漏れによる滞納を防ぐ。", "新規")]),
    ("滞納繰越分", [("①", "高額・長期の滞納案件は収税課へ引き継ぎ、市税と一体的に滞納処分を行う。", "拡充"),
                ("②", "資格喪失後の滞納者には、文書催告と財産調査を計画的に実施する。", "継続")]),
]
for i, (lab0, items) in enumerate(KOK_ITEMS):
    put(t, i, 0, lab0, align="center", font=GOT, fill=SUB)
    cell = t.cell(i, 1)
    for j, (lab, text, tag) in enumerate(items):
        p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
        p.paragraph_format.line_spacing = 1.0
        p.paragraph_format.left_indent = Pt(10)
        p.paragraph_format.first_line_indent = Pt(-10)
        run(p, f"{lab}{text}【{tag}】", MIN, 9.5)
        g.init(text, debt="国民健康保険税", fy=PLAN_FY, section=lab0, label=lab, status=tag)

heading("７－４　債権ごとの取組（介護保険料）", size=11, before=10, after=3)
para("主な取組", GOT, 10, after=2)
t = table(1, 1, [170], mode="box", size=9)
cell = t.cell(0, 0)
KAIGO = [("普通徴収の被保険者に対し、要介護認定の申請時に口座振替を勧奨する。", "継続"),
         ("滞納期間に応じた給付制限の制度を、納付相談の際に丁寧に説明する。", "継続"),
         ("年金からの特別徴収に切り替わるまでの期間の納付書払いについて、コンビニ納付とスマートフォン決済を周知する。", "新規")]
for j, (text, tag) in enumerate(KAIGO):
    p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
    p.paragraph_format.left_indent = Pt(10)
    p.paragraph_format.first_line_indent = Pt(-10)
    run(p, f"・{text}【{tag}】", MIN, 9)
    g.init(text, debt="介護保険料", fy=PLAN_FY, section="主な取組", label="・", status=tag)
para("", after=4)
ka5 = seg("kaigo", 2023)
t = table(1, 1, [170], mode="box", size=9)
cell = t.cell(0, 0)
p = cell.paragraphs[0]
run(p, "【参考】介護保険料の令和５年度決算", GOT, 9)
for lab, v, met, segn, unit_s in [("現年度分収納率", rate(ka5["cur"][1], ka5["cur"][0]), "collection_rate", "current", "％"),
                                  ("滞納繰越分収納率", rate(ka5["arr"][1], ka5["arr"][0]), "collection_rate", "arrears", "％"),
                                  ("不納欠損額", ka5["arr"][2], "written_off", "total", "千円"),
                                  ("収入未済額", OUT["kaigo"][2], "outstanding", "total", "千円")]:
    p = cell.add_paragraph()
    p.paragraph_format.left_indent = Pt(10)
    raw = f"{v:.2f}{unit_s}" if met == "collection_rate" else f"{comma(v)}{unit_s}"
    val = v if met == "collection_rate" else v * 1000
    run(p, "・" + lab + "：" + g.fact(raw, val, met, debt="介護保険料", debt_raw="介護保険料", fy=2023,
                                     fy_raw="令和５年度", segment=segn), MIN, 9)
para("", after=4)
heading("７－５　その他の債権", size=11, before=6, after=2)
para("後期高齢者医療保険料、市営住宅使用料、生活保護費返還金及び下水道使用料についても、各所管課が年度ごとの"
     "取組計画を作成し、債権管理対策会議において進捗を確認します。", first=10.5)

# ---------------------------------------------------------------- page 8: 参考資料
page_break()
g.page = 8
heading("参考資料　対象債権一覧", before=0, after=2)
para("（令和５年度末現在）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
LIST = [
    ("強", [("市税", "市税", "収税課", "地方税法", OUT["tax"][2]),
           ("国民健康保険税", "国民健康保険税", "国保年金課", "地方税法", OUT["kokuho"][2]),
           ("介護保険料", "介護保険料", "高齢者福祉課", "介護保険法", OUT["kaigo"][2]),
           ("後期高齢者医療保険料", "後期高齢者医療保険料", "国保年金課", "高齢者の医療の確保に関する法律", OUT["koki"][2]),
           ("保育所保育料", "保育所保育料", "保育課", "児童福祉法", OUT["hoiku"][2]),
           ("下水道使用料※1", "下水道使用料", "下水道課", "地方自治法", OUT["gesui"][2]),
           ("道路占用料", "道路占用料", "道路管理課", "道路法", 312)]),
    ("非", [("生活保護費返還金", "生活保護費返還金", "社会福祉課", "生活保護法", OUT["seiho"][2]),
           ("児童扶養手当返還金", "児童扶養手当返還金", "子育て支援課", "児童扶養手当法", 2148),
           ("放課後児童クラブ保育料", "放課後児童クラブ保育料", "子育て支援課", "印西市放課後児童クラブ条例", 1286)]),
    ("私", [("市営住宅使用料", "市営住宅使用料", "住宅課", "公営住宅法・民法", OUT["jutaku"][2]),
           ("災害援護資金貸付金", "災害援護資金貸付金", "社会福祉課", "災害弔慰金の支給等に関する法律", 3560),
           ("奨学資金貸付金", "奨学資金貸付金", "教育総務課", "印西市奨学資金貸付条例", 4718)]),
]
others = [x for _, lst in LIST for x in lst if x[1] in ("道路占用料", "児童扶養手当返還金", "放課後児童クラブ保育料",
                                                         "災害援護資金貸付金", "奨学資金貸付金")]
assert sum(x[4] for x in others) == OTHER_OUT[2], sum(x[4] for x in others)
SUBNAME = {"強": "強制徴収公債権計", "非": "非強制徴収公債権計", "私": "私債権計"}
nrows = 1 + sum(len(l) + 1 for _, l in LIST) + 1
t = table(nrows, 5, [14, 46, 28, 56, 26], size=8.5)
for c, s in enumerate(["区分", "債権名", "所管課", "根拠法令", "収入未済額（千円）"]):
    put(t, 0, c, s, align="center", font=GOT, fill=HDR)
r = 1
kw = dict(fy=2023, fy_raw="令和５年度末")
for kb, lst in LIST:
    merge(t, r, 0, r + len(lst) - 1, 0, kb, align="center", font=GOT)
    for name, debt, dept, law, v in lst:
        put(t, r, 1, name, align="left")
        put(t, r, 2, dept, align="left")
        put(t, r, 3, law, align="left", size=7.5)
        put(t, r, 4, g.fact(comma(v), v * 1000, "outstanding", debt=debt, debt_raw=name.replace("※1", ""), **kw))
        r += 1
    sv = sum(x[4] for x in lst)
    merge(t, r, 0, r, 3, SUBNAME[kb], align="center", font=GOT, fill=SUB)
    put(t, r, 4, g.fact(comma(sv), sv * 1000, "outstanding", debt=None, debt_raw=SUBNAME[kb], **kw), fill=SUB)
    r += 1
merge(t, r, 0, r, 3, "総計※2", align="center", font=GOT, fill=HDR)
assert sum(x[4] for _, l in LIST for x in l) == TOT[2]
put(t, r, 4, g.fact(comma(TOT[2]), TOT[2] * 1000, "outstanding", debt=None, debt_raw="総計", **kw), fill=HDR)
para("【凡例】強＝強制徴収公債権、非＝非強制徴収公債権、私＝私債権", size=8, before=2)
para("※1 下水道使用料は下水道事業会計（公営企業会計）の未収金です。", size=8)
para("※2 総計は、本計画の対象とする１３債権の合計であり、４（１）の表の総計と一致します。", size=8)

# ---------------------------------------------------------------- save and convert
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx_path)], check=True,
               capture_output=True)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
import pymupdf  # noqa: E402

n = pymupdf.open(out).page_count
g.write(out, n)
print(out, n, "pages", len(g.facts), "facts", len(g.initiatives), "initiatives")
