"""Multi-year plan — python-docx -> LibreOffice (soffice --headless --convert-to pdf).  Run from corpus/dev68."""
import random, subprocess, sys, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor
from se_common import Gold, comma, pct, rate, gen_debt, sen, oku_man, check

STEM = "se_kakuda_plan_1"
WORK = Path("/tmp/se_work")
rng = random.Random(6803)
TITLE = "角田市債権管理計画（令和7年度～令和9年度）"
G = Gold(STEM, "plan", "角田市", TITLE, "2025-03-01", "令和7年3月", "plan")
F = G.fact
YRS = list(range(2018, 2025))
DEBTS = [("市税", "一般会計", "税務課", (2.9e9, .984, 2.1e8, .20, .05)),
         ("保育料", "一般会計", "子育て支援課", (6.2e7, .975, 9.5e6, .16, .06)),
         ("市営住宅使用料", "一般会計", "都市整備課", (1.45e8, .962, 3.1e7, .12, .05)),
         ("国民健康保険税", "国民健康保険特別会計", "税務課", (6.8e8, .928, 2.6e8, .16, .07)),
         ("介護保険料", "介護保険特別会計", "長寿介護課", (5.3e8, .989, 2.4e7, .21, .08)),
         ("後期高齢者医療保険料", "後期高齢者医療特別会計", "市民課", (1.9e8, .995, 5.2e6, .28, .05)),
         ("下水道使用料", "下水道事業会計", "上下水道事業所", (4.7e8, .991, 2.3e7, .29, .04))]
D = {k: gen_debt(rng, YRS, *p) for k, acc, dept, p in DEBTS}
ALL = [d[0] for d in DEBTS]
def tot(fy, seg, m):
    return sum(D[k][fy][seg][m] for k in ALL)
def T(k, fy, cc):
    return sen(D[k][fy]["current"][cc]) + sen(D[k][fy]["arrears"][cc])

doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"; st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)
sec.different_first_page_header_footer = True
hp = sec.header.paragraphs[0]; hp.text = TITLE; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in hp.runs: r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
def field(par, instr):
    r = par.add_run(); b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r = par.add_run(); t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r._r.append(t)
    r = par.add_run(); e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
fp.add_run("- "); field(fp, "PAGE"); fp.add_run(" -")

def P(text="", size=10, bold=False, goth=False, align=None, indent=0, first=None, space=2):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
        if goth:
            r.font.name = "IPAexGothic"; r._r.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format; pf.space_after = Pt(space); pf.space_before = Pt(0)
    if indent: pf.left_indent = Mm(indent)
    if first is not None: pf.first_line_indent = Mm(first)
    return p
def H(text, lvl=1):
    return P(text, 13 if lvl == 1 else 11, True, True, space=4)
def brk():
    P().add_run().add_break(WD_BREAK.PAGE)
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)
def table(rows, widths, fs=8, head=1, align=None, merges=(), shade_head="D9E2F3", style="Table Grid", shade_rows=()):
    t = doc.add_table(rows=len(rows), cols=len(widths)); t.style = style; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w_ in enumerate(widths):
        t.columns[j].width = Mm(w_)
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.width = Mm(widths[j])
            if v is None:
                continue
            par = c.paragraphs[0]; par.text = ""
            for k_, ln in enumerate(str(v).split("\n")):
                if k_: par.add_run().add_break()
                rr = par.add_run(ln); rr.font.size = Pt(fs)
            par.paragraph_format.space_after = Pt(0)
            a = "c" if i < head else (align or {}).get(j, "r")
            par.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[a]
            if i < head and shade_head: shade(c, shade_head)
            if i in shade_rows: shade(c, "EDEDED")
    return t

# ---------------- p1 cover
for _ in range(8): P()
P("角田市債権管理計画", 26, True, True, "c", space=8)
P("（令和7年度～令和9年度）", 16, False, True, "c", space=60)
for _ in range(10): P()
P("令和7年3月", 14, False, False, "c", space=6)
P("角　田　市", 16, False, True, "c")
brk()
# ---------------- p2 目次 + 第1章
H("目　　次")
toc = [("第1章　計画の概要", 2), ("第2章　債権の現状と課題", 3), ("　1　収入未済額等の推移", 3), ("　2　会計別・債権別の状況", 4),
       ("　3　債権別・区分別の状況", 5), ("第3章　数値目標", 7), ("第4章　目標達成に向けた取組", 8)]
for s, n in toc:
    p = P(space=1); pf = p.paragraph_format
    tabs = pf.tab_stops; from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    tabs.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    r = p.add_run(f"{s}\t{n}"); r.font.size = Pt(10.5)
P(); P()
H("第1章　計画の概要")
P("1　計画策定の趣旨", 10.5, True, True)
P("本市では、市税をはじめとする各種債権について、所管課ごとに収納対策を進めてきました。しかし、収入未済額は依然として多額であり、"
  "負担の公平性と財源の確保の観点から、全庁的な債権管理の一層の強化が求められています。本計画は、角田市債権管理条例に基づき、"
  "債権の適正な管理と収入未済額の縮減に向けた目標と取組を定めるものです。", first=4)
P("2　計画期間", 10.5, True, True)
P("令和7年度から令和9年度までの3年間とします。毎年度、取組の進捗状況と目標の達成状況を角田市債権管理推進会議に報告し、必要に応じて見直しを行います。", first=4)
P("3　対象債権", 10.5, True, True)
P("市が保有する債権のうち、収入未済額の多い市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育料、市営住宅使用料及び下水道使用料の7債権を重点管理債権とします。", first=4)
brk()
# ---------------- p3 現状
PG = 3
H("第2章　債権の現状と課題")
P("1　収入未済額等の推移", 10.5, True, True)
P("表1　重点管理債権（7債権）の決算状況の推移", 9, True, True)
P("（単位：百万円）", 8, align="r", space=0)
YL = [(2018, "H30", "actual"), (2019, "令和元年度", "actual"), (2020, "令和二年度", "actual"), (2021, "3年度", "actual"),
      (2022, "令和4（2022）年度", "actual"), (2023, "令和5（2023）年度", "actual"), (2024, "令和6年度（見込）", "estimate")]
rows = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率（％）"]]
M = {}
for fy, lab, b in YL:
    a, c, w = (round(tot(fy, "total", m) / 1e6, 1) for m in "acw")
    o = round(a - c - w, 1)
    r = rate(tot(fy, "total", "c"), tot(fy, "total", "a"))
    M[fy] = (a, c, w, o, r)
    rows.append([lab] + [F(PG, None, None, fy, lab, "total", m, b, int(round(v * 1e6)), "yen", f"{v:,.1f}")
                         for m, v in zip(["assessed", "collected", "written_off", "outstanding"], (a, c, w, o))]
                + [F(PG, None, None, fy, lab, "total", "collection_rate", b, r, "percent", f"{r:.2f}")])
table(rows, [36, 26, 26, 24, 26, 24], 8.5, align={0: "l"})
P("注）令和6年度は令和7年1月末時点の決算見込額。百万円未満を四捨五入しているため、収入未済額は表示額による。", 7.5, space=6)
o23, o22 = M[2023][3], M[2022][3]
os_, ov = oku_man(o23 * 1e6, 100_000 * 10)
dd = round(o23 - o22, 1)
ds, dv = oku_man(abs(dd) * 1e6, 1_000_000)
dp = round(M[2023][4] - M[2022][4], 2)
P(f"令和5年度決算における重点管理債権の収入未済額は{F(PG, None, None, 2023, '令和5年度', 'total', 'outstanding', 'actual', ov, 'yen', '約' + os_, approx=True)}で、"
  f"前年度から{F(PG, None, None, 2023, '令和5年度', 'total', 'difference', 'actual', dv if dd > 0 else -dv, 'yen', '約' + ds, approx=True)}の{'増加' if dd > 0 else '減少'}となりました。"
  f"収納率は{F(PG, None, None, 2023, '令和5年度', 'total', 'collection_rate', 'actual', M[2023][4], 'percent', f'{M[2023][4]:.2f}％')}で、前年度比"
  f"{F(PG, None, None, 2023, '令和5年度', 'total', 'difference', 'actual', dp, 'points', f'{abs(dp):.2f}ポイント')}の{'改善' if dp >= 0 else '低下'}です。"
  "一方で、滞納繰越分の収納率は依然として低く、長期化・高額化した滞納事案の整理が課題となっています。", first=4)
P()
P("表2　主な債権の収納率の推移（現年度分・滞納繰越分の計、単位：％）", 9, True, True)
def tabline(cells, bold=False):
    p = P(space=1)
    ts = p.paragraph_format.tab_stops
    from docx.enum.text import WD_TAB_ALIGNMENT
    for x in (85, 115, 145):
        ts.add_tab_stop(Mm(x), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("\t".join(cells)); r.font.size = Pt(9); r.bold = bold
    return p
tabline(["債権名", "令和3年度", "令和4年度", "令和5年度"])
for k in ["市税", "国民健康保険税", "介護保険料", "保育料", "市営住宅使用料"]:
    cells = [k]
    for fy, lab in [(2021, "令和3年度"), (2022, "令和4年度"), (2023, "令和5年度")]:
        r = rate(D[k][fy]["total"]["c"], D[k][fy]["total"]["a"])
        cells.append(F(PG, k, k, fy, lab, "total", "collection_rate", "actual", r, "percent", f"{r:.2f}"))
    tabline(cells)
brk()
# ---------------- p4 会計別
PG = 4
P("2　会計別・債権別の状況", 10.5, True, True)
P("表3　会計別・債権別の決算状況（令和5年度決算）", 9, True, True)
P("（単位：千円、％）", 8, align="r", space=0)
rows = [["会計", "債権名", "所管課", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
merges = []
accs = []
for k, acc, dept, _ in DEBTS:
    if acc not in accs: accs.append(acc)
gsum = [0, 0, 0, 0]
shrows = []
for acc in accs:
    ks = [(k, dept) for k, a_, dept, _ in DEBTS if a_ == acc]
    r0 = len(rows)
    sub = [0, 0, 0, 0]
    for i, (k, dept) in enumerate(ks):
        v = [T(k, 2023, m) for m in "acw"]; v.append(v[0] - v[1] - v[2])
        sub = [x + y for x, y in zip(sub, v)]
        r = rate(D[k][2023]["total"]["c"], D[k][2023]["total"]["a"])
        rows.append([acc if i == 0 else None, k, dept] + [F(PG, k, k, 2023, "令和5年度", "total", m, "actual", x * 1000, "yen", comma(x))
                    for m, x in zip(["assessed", "collected", "written_off", "outstanding"], v)]
                    + [F(PG, k, k, 2023, "令和5年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")])
    if len(ks) > 1:
        r = rate(sum(D[k][2023]["total"]["c"] for k, _ in ks), sum(D[k][2023]["total"]["a"] for k, _ in ks))
        rows.append([None, "会計計", ""] + [F(PG, None, "会計計", 2023, "令和5年度", "total", m, "actual", x * 1000, "yen", comma(x))
                    for m, x in zip(["assessed", "collected", "written_off", "outstanding"], sub)]
                    + [F(PG, None, "会計計", 2023, "令和5年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")])
        shrows.append(len(rows) - 1)
    if len(rows) - 1 > r0:
        merges.append((r0, 0, len(rows) - 1, 0))
    gsum = [x + y for x, y in zip(gsum, sub)]
r = rate(tot(2023, "total", "c"), tot(2023, "total", "a"))
rows.append(["総計", None, None] + [F(PG, None, "総計", 2023, "令和5年度", "total", m, "actual", x * 1000, "yen", comma(x))
             for m, x in zip(["assessed", "collected", "written_off", "outstanding"], gsum)]
            + [F(PG, None, "総計", 2023, "令和5年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")])
merges.append((len(rows) - 1, 0, len(rows) - 1, 2)); shrows.append(len(rows) - 1)
table(rows, [26, 30, 22, 21, 21, 16, 20, 14], 7.5, align={0: "l", 1: "l", 2: "l"}, merges=merges, shade_rows=shrows)
P("注）収納率は円単位の額により算出。会計計・総計は表示単位の額の合計。", 7.5, space=6)
P()
P("【課題】", 10, True, True)
for s in ["・国民健康保険税は現年度分の収納率が他の強制徴収公債権に比べて低く、滞納繰越分が累積しています。",
          "・保育料及び市営住宅使用料は、滞納が長期化した後の対応となる事案が多く、早期の接触が必要です。",
          "・下水道使用料は収納率が高い水準にある一方、転出者の未納分の把握に時間を要しています。"]:
    P(s, 9.5, indent=4, first=-3)
# ---------------- p5/p6 landscape
PG = 5
ns = doc.add_section(WD_SECTION.NEW_PAGE)
ns.different_first_page_header_footer = False; ns.orientation = WD_ORIENT.LANDSCAPE; ns.page_width, ns.page_height = Mm(297), Mm(210)
ns.top_margin = ns.bottom_margin = Mm(15); ns.left_margin = ns.right_margin = Mm(18)
P("3　債権別・区分別の状況", 10.5, True, True)
P("表4　債権別・区分別の決算状況（令和5年度決算）", 9, True, True)
P("（単位：千円、％）", 8, align="r", space=0)
rows = [["債権名", "現年度分", None, None, "滞納繰越分", None, None], [None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]]
sums = [0, 0, 0, 0]
for k in ALL:
    row = [k]
    for si, seg in enumerate(("current", "arrears")):
        d = D[k][2023][seg]; a, c = sen(d["a"]), sen(d["c"]); r = rate(d["c"], d["a"])
        sums[si * 2] += a; sums[si * 2 + 1] += c
        row += [F(PG, k, k, 2023, "令和5年度", seg, "assessed", "actual", a * 1000, "yen", comma(a)),
                F(PG, k, k, 2023, "令和5年度", seg, "collected", "actual", c * 1000, "yen", comma(c)),
                F(PG, k, k, 2023, "令和5年度", seg, "collection_rate", "actual", r, "percent", f"{r:.2f}")]
    rows.append(row)
row = ["合計"]
for si, seg in enumerate(("current", "arrears")):
    r = rate(tot(2023, seg, "c"), tot(2023, seg, "a"))
    row += [F(PG, None, "合計", 2023, "令和5年度", seg, "assessed", "actual", sums[si * 2] * 1000, "yen", comma(sums[si * 2])),
            F(PG, None, "合計", 2023, "令和5年度", seg, "collected", "actual", sums[si * 2 + 1] * 1000, "yen", comma(sums[si * 2 + 1])),
            F(PG, None, "合計", 2023, "令和5年度", seg, "collection_rate", "actual", r, "percent", f"{r:.2f}")]
rows.append(row)
table(rows, [55, 32, 32, 22, 32, 32, 22], 9, head=2, align={0: "l"}, merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)], shade_rows=(len(rows) - 1,))
P("（次ページへ続く）", 8.5, align="r")
P("注）現年度分の不納欠損額はない。", 8)
brk()
PG = 6
P("表4　債権別・区分別の決算状況（令和5年度決算）（続き）", 9, True, True)
P("（単位：千円、％）", 8, align="r", space=0)
rows = [["債権名", "計", None, None, "不納欠損額", "収入未済額", "備考"], [None, "調定額", "収入済額", "収納率", None, None, None]]
sums = [0, 0, 0, 0]
for k in ALL:
    a, c, w = T(k, 2023, "a"), T(k, 2023, "c"), T(k, 2023, "w"); o = a - c - w
    r = rate(D[k][2023]["total"]["c"], D[k][2023]["total"]["a"])
    sums = [x + y for x, y in zip(sums, (a, c, w, o))]
    ao = sen(D[k][2023]["arrears"]["o"])
    bik = "うち滞納繰越分 " + F(PG, k, k, 2023, "令和5年度", "arrears", "outstanding", "actual", ao * 1000, "yen", f"{ao:,}千円")
    rows.append([k, F(PG, k, k, 2023, "令和5年度", "total", "assessed", "actual", a * 1000, "yen", comma(a)),
                 F(PG, k, k, 2023, "令和5年度", "total", "collected", "actual", c * 1000, "yen", comma(c)),
                 F(PG, k, k, 2023, "令和5年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}"),
                 F(PG, k, k, 2023, "令和5年度", "total", "written_off", "actual", w * 1000, "yen", comma(w)),
                 F(PG, k, k, 2023, "令和5年度", "total", "outstanding", "actual", o * 1000, "yen", comma(o)), bik])
r = rate(tot(2023, "total", "c"), tot(2023, "total", "a"))
rows.append(["合計"] + [F(PG, None, "合計", 2023, "令和5年度", "total", m, "actual", x * 1000, "yen", comma(x)) if m != "collection_rate"
                       else F(PG, None, "合計", 2023, "令和5年度", "total", m, "actual", r, "percent", f"{r:.2f}")
                       for m, x in zip(["assessed", "collected", "collection_rate", "written_off", "outstanding"], [sums[0], sums[1], 0, sums[2], sums[3]])] + [""])
table(rows, [55, 32, 32, 22, 28, 30, 62], 9, head=2, align={0: "l", 6: "l"},
      merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 1, 6)], shade_rows=(len(rows) - 1,))
P("注）不納欠損額は全て滞納繰越分に係るもの。計の調定額・収入済額は現年度分と滞納繰越分の表示額の合計。", 8)
# ---------------- p7 targets (portrait)
PG = 7
ns = doc.add_section(WD_SECTION.NEW_PAGE)
ns.different_first_page_header_footer = False; ns.orientation = WD_ORIENT.PORTRAIT; ns.page_width, ns.page_height = Mm(210), Mm(297)
ns.left_margin = ns.right_margin = Mm(20); ns.top_margin = Mm(20); ns.bottom_margin = Mm(18)
H("第3章　数値目標")
P("重点管理債権全体について、計画期間の各年度の目標を次のとおり定めます。", first=4)
P("表5　重点管理債権全体の目標", 9, True, True)
TGA = {2027: (98.60, 24.50, 97.10, 318.0), 2026: (98.40, 23.00, 96.80, 332.5), 2025: (98.20, 21.50, 96.45, 348.0)}
r23 = [rate(tot(2023, s, "c"), tot(2023, s, "a")) for s in ("current", "arrears", "total")]
rows = [["区分", "令和9年度", "令和8年度", "令和7年度", "令和5年度実績"]]
for i, (lab, seg, m) in enumerate([("収納率（現年度分）（％）", "current", "collection_rate"), ("収納率（滞納繰越分）（％）", "arrears", "collection_rate"),
                                   ("収納率（計）（％）", "total", "collection_rate"), ("収入未済額（百万円）", "total", "outstanding")]):
    row = [lab]
    for fy in (2027, 2026, 2025):
        v = TGA[fy][i]
        lab_y = {2027: "令和9年度", 2026: "令和8年度", 2025: "令和7年度"}[fy]
        row.append(F(PG, None, None, fy, lab_y, seg, m, "target", v if m != "outstanding" else int(v * 1e6), "percent" if m != "outstanding" else "yen",
                     f"{v:.2f}" if m != "outstanding" else f"{v:,.1f}"))
    if m == "outstanding":
        row.append(F(PG, None, None, 2023, "令和5年度実績", "total", m, "actual", int(M[2023][3] * 1e6), "yen", f"{M[2023][3]:,.1f}"))
    else:
        row.append(F(PG, None, None, 2023, "令和5年度実績", seg, m, "actual", r23[i], "percent", f"{r23[i]:.2f}"))
    rows.append(row)
table(rows, [50, 28, 28, 28, 32], 8.5, align={0: "l"})
P()
P("表6　債権別の目標", 9, True, True)
HDR6 = ["債権名", "年度", "現年度分収納率（％）", "滞納繰越分収納率（％）", "収入未済額（千円）"]
T6 = {"市税": [(2025, 99.05, 24.0, 96200), (2026, 99.10, 25.0, 92500), (2027, 99.15, 26.0, 88900)],
      "国民健康保険税": [(2025, 94.20, 18.0, 118400), (2026, 94.50, 19.0, 112800), (2027, 94.80, 20.0, 107000)],
      "保育料": [(2025, 98.10, 18.0, 6900), (2026, 98.30, 19.5, 6400), (2027, 98.50, 21.0, 5900)],
      "市営住宅使用料": [(2025, 96.80, 14.0, 27100), (2026, 97.00, 15.0, 25600), (2027, 97.20, 16.0, 24100)]}
YJ = {2025: "令和7年度", 2026: "令和8年度", 2027: "令和9年度"}
def t6rows(keys, pg):
    rows = [HDR6]
    for k in keys:
        for fy, c, a, o in T6[k]:
            rows.append([k, YJ[fy], F(pg, k, k, fy, YJ[fy], "current", "collection_rate", "target", c, "percent", f"{c:.2f}"),
                         F(pg, k, k, fy, YJ[fy], "arrears", "collection_rate", "target", a, "percent", f"{a:.2f}"),
                         F(pg, k, k, fy, YJ[fy], "total", "outstanding", "target", o * 1000, "yen", comma(o))])
    return rows
table(t6rows(["市税", "国民健康保険税"], PG), [40, 26, 34, 36, 34], 8.5, align={0: "l", 1: "c"})
P("（次ページへ続く）", 8.5, align="r")
brk()
# ---------------- p8 targets cont. + 取組
PG = 8
P("表6　債権別の目標（続き）", 9, True, True)
table(t6rows(["保育料", "市営住宅使用料"], PG), [40, 26, 34, 36, 34], 8.5, align={0: "l", 1: "c"})
P()
H("第4章　目標達成に向けた取組")
SEC = "目標達成に向けた取組"
def item(label, text, status, debt=None, ind=12):
    G.init(PG, debt, debt, 2025, SEC, label, text, status)
    P(f"{label[-3:]}　{text}【{status}】", 9.5, indent=ind, first=-5, space=1)
P("１　全庁的な取組", 10.5, True, True)
P("（１）滞納の未然防止", 10, False, True, indent=3)
P("ア　口座振替の推進", 10, indent=7, space=1)
item("(1)ア(ｱ)", "新たに納付義務者となった方へ口座振替依頼書を送付する。", "継続")
item("(1)ア(ｲ)", "スマートフォンから申し込めるWEB口座振替受付サービスを導入する。", "新規")
P("（２）滞納整理の強化", 10, False, True, indent=3)
P("ア　市税・国民健康保険税の滞納整理", 10, indent=7, space=1)
item("(2)ア(ｱ)", "市税と国民健康保険税の滞納者について、税務課が一元的に財産調査と滞納処分を行う。", "拡充", "国民健康保険税")
P("イ　非強制徴収公債権・私債権の整理", 10, indent=7, space=1)
item("(2)イ(ｱ)", "保育料及び市営住宅使用料の長期滞納者に対し、支払督促等の法的措置を計画的に実施する。", "拡充")
item("(2)イ(ｲ)", "回収の見込みがない債権は、債権管理条例に基づき放棄を含めた整理を行う。", "継続")
P()
P("表7　主な取組の実施スケジュール", 9, True, True)
rows = [["No", "取組項目", "令和7年度", "令和8年度", "令和9年度", "担当課"]]
sched = [("①", "WEB口座振替受付サービスの導入", "準備", "実施", "→", "税務課"),
         ("②", "地方税統一QRコードによる納付の拡大", "○", "→", "→", "税務課"),
         ("③", "債権管理システムによる滞納情報の共有", "検討", "準備", "実施", "総務課")]
for no, tx, a, b, c, dpt in sched:
    G.init(PG, None, None, 2025, "主な取組の実施スケジュール", no, tx, None)
    rows.append([no, tx, a, b, c, dpt])
table(rows, [10, 70, 20, 20, 20, 22], 8.5, align={0: "c", 1: "l", 2: "c", 3: "c", 4: "c", 5: "l"})
P("○：実施　→：継続実施", 8)

WORK.mkdir(exist_ok=True)
dx = WORK / f"{STEM}.docx"
doc.save(dx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(dx)], check=True, capture_output=True)
pdf = Path("pdf") / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", pdf)
G.write(pdf, "gold")
bad = check(pdf, G)
import fitz
print(STEM, "pages", fitz.open(pdf).page_count, "facts", len(G.facts), "inits", len(G.inits), "bad", len(bad))
for b in bad[:20]:
    print(b)
