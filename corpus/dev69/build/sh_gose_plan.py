"""Build sh_gose_plan_1: multi-year 債権管理計画 with 推進シート, python-docx -> LibreOffice (soffice).
Run from corpus/dev69:  python3 build/sh_gose_plan.py"""
import subprocess, sys, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from sh_common import Gold, cm, rate, pf, zen, ROOT

STEM = "sh_gose_plan_1"
CITY = "御所市"
TITLE = "第２次御所市債権管理計画"
g = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和７年３月")

d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)
st = d.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0); st.paragraph_format.space_before = Pt(0)
sec.different_first_page_header_footer = True
hp = sec.header.paragraphs[0]; hp.text = "第２次御所市債権管理計画（令和７年度～令和９年度）"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8.5)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def fld(par, code):
    r = par.add_run(); a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin"); r._r.append(a)
    r = par.add_run(); t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = code; r._r.append(t)
    r = par.add_run(); a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "end"); r._r.append(a)


fp.add_run("- "); fld(fp, "PAGE"); fp.add_run(" -")


def P(text="", size=10.5, bold=False, gothic=False, align=None, indent=0, first=0, before=0, after=2):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
        if gothic:
            r.font.name = "IPAexGothic"; r._r.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf_ = p.paragraph_format; pf_.left_indent = Mm(indent); pf_.first_line_indent = Mm(first)
    pf_.space_before = Pt(before); pf_.space_after = Pt(after); pf_.line_spacing = 1.25
    return p


def brk():
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(c, color="D9E2F0"):
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
    c._tc.get_or_add_tcPr().append(s)


def table(rows, widths, grid=True, head=1, size=8.5, align=None, shade_rows=()):
    t = d.add_table(rows=len(rows), cols=len(widths))
    if grid:
        t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    setw(t, widths)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.width = Mm(widths[j])
            p = c.paragraphs[0]; r = p.add_run(str(v)); r.font.size = Pt(size)
            if i < head:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if grid: shade(c)
            elif align:
                p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER}[align[j]]
            if i in shade_rows: shade(c, "EEEEEE")
    return t


def setw(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for j, w in enumerate(widths):
        for c in t.columns[j].cells:
            c.width = Mm(w)


def merge_v(t, col, r0, r1):
    a = t.cell(r0, col).merge(t.cell(r1, col))
    for p in a.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    return a


# ---------------------------------------------------------------- p1 cover
for _ in range(8): P()
P("第２次", 18, gothic=True, align="c")
P("御所市債権管理計画", 26, gothic=True, align="c", after=10)
P("令和７（2025）年度～令和９（2027）年度", 14, align="c", after=120)
for _ in range(10): P()
P("令和７年３月", 14, align="c"); P("御　所　市", 16, gothic=True, align="c")
brk()

# ---------------------------------------------------------------- p2 現状（推移）
PG = 2
P("１　計画の趣旨", 12, gothic=True, after=4)
P("本市では、令和３年度に第１次御所市債権管理計画を策定し、市税をはじめとする市の債権の収納率向上と収入未済額の縮減に全庁的に取り組んできた。"
  "第１次計画の期間が満了することから、これまでの成果と課題を踏まえ、第２次計画を策定する。", first=4, after=6)
P("２　計画期間", 12, gothic=True, after=4)
P("令和７（2025）年度から令和９（2027）年度までの３年間とする。", first=4, after=6)
P("３　債権管理の現状", 12, gothic=True, after=4)
P("（１）収入未済額等の推移（全債権）", 10.5, gothic=True, indent=2)
# yen-level history in 千円: (label, fy, A, C, W)
DEBTS = [  # kind, name, short, 課, 根拠法令, 区分, A, C, W, arrears outstanding
    ("強制徴収公債権", "市税", "市税", "税務課", "地方税法", "強", 3386412, 3289507, 6118),
    ("強制徴収公債権", "国民健康保険税", "国保税", "保険課", "地方税法", "強", 812355, 719840, 8402),
    ("強制徴収公債権", "介護保険料", "介護料", "介護保険課", "介護保険法", "強", 498210, 489615, 1204),
    ("強制徴収公債権", "後期高齢者医療保険料", "後期高齢", "保険課", "高齢者の医療の確保に関する法律", "強", 301884, 300516, 212),
    ("強制徴収公債権", "保育料", "保育料", "こども未来課", "子ども・子育て支援法", "強", 62418, 58902, 340),
    ("非強制徴収公債権", "生活保護費返還金", "生保返還金", "社会福祉課", "生活保護法", "非", 41236, 9815, 1820),
    ("私債権", "市営住宅使用料", "住宅使用料", "住宅課", "地方自治法・民法", "私", 96512, 81203, 2410),
    ("私債権", "奨学金貸付金", "奨学金", "教育総務課", "御所市奨学金条例", "私", 18604, 12880, 0),
]
R5 = [sum(x[6] for x in DEBTS), sum(x[7] for x in DEBTS), sum(x[8] for x in DEBTS)]
HIST = [("令和元年度", 2019, 5290140, 4978921, 31402), ("令和２年度", 2020, 5262715, 4961308, 24518),
        ("３年度", 2021, 5208330, 4918200, 22915), ("４年度", 2022, 5221846, 4945312, 21540),
        ("令和５（2023）年度", 2023, *R5)]
rows = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "収入未済額の増減額", "増減率"]]
prev_o = None
m1 = lambda v: f"{v / 1000:,.1f}"
for lab, fy, A, C, W in HIST:
    O = A - C - W
    r_ = rate(C, A)
    row = [lab, m1(A), m1(C), m1(W), m1(O), f"{r_:.2f}"]
    for met, v in (("assessed", A), ("collected", C), ("written_off", W), ("outstanding", O)):
        g.f(PG, None, None, fy, lab, "total", met, "actual", round(v / 100) * 100000, "yen", m1(v))
    g.f(PG, None, None, fy, lab, "total", "collection_rate", "actual", r_, "percent", f"{r_:.2f}")
    if prev_o is None:
        row += ["－", "－"]
    else:
        dd = round(O / 100) - round(prev_o / 100)
        rr = round((O - prev_o) / prev_o * 100, 1)
        row += [("△" if dd < 0 else "") + f"{abs(dd) / 10:,.1f}", pf(rr, 1)]
        g.f(PG, None, None, fy, lab, "total", "difference", "actual", dd * 100000, "yen", row[-2])
        g.f(PG, None, None, fy, lab, "total", "change_rate", "actual", rr, "percent", row[-1])
    prev_o = O
    rows.append(row)
avg = [sum(h[k] for h in HIST) / 5 for k in (2, 3, 4)]
avgO = avg[0] - avg[1] - avg[2]
rows.append(["５年平均", m1(avg[0]), m1(avg[1]), m1(avg[2]), m1(avgO), f"{rate(avg[1], avg[0]):.2f}", "", ""])
for met, v in (("assessed", avg[0]), ("collected", avg[1]), ("written_off", avg[2]), ("outstanding", avgO)):
    g.f(PG, None, "５年平均", None, "５年平均", "total", met, "actual", round(v / 100) * 100000, "yen", m1(v))
g.f(PG, None, "５年平均", None, "５年平均", "total", "collection_rate", "actual", rate(avg[1], avg[0]), "percent", f"{rate(avg[1], avg[0]):.2f}")
P("（単位：百万円、％）", 8.5, align="r")
table(rows, [30, 20, 20, 18, 20, 15, 24, 15], align="lrrrrrrr", shade_rows=(6,))
P("※ 増減額・増減率は収入未済額の前年度との比較。△はマイナス。", 8.5, after=6)
o5, o4 = HIST[4][2] - HIST[4][3] - HIST[4][4], HIST[3][2] - HIST[3][3] - HIST[3][4]
r5, r4 = rate(HIST[4][3], HIST[4][2]), rate(HIST[3][3], HIST[3][2])
man = lambda v: (f"{int(v // 100000)}億" if v >= 100000 else "") + f"{int(round(v % 100000 / 10)):,}万円"
t_o5, t_d = man(o5), f"{int(round((o4 - o5) / 10)):,}万円"
dpt = round(r5 - r4, 2)
P(f"令和５年度末の全債権の収入未済額は約{t_o5}で、前年度から約{t_d}減少した。収納率は{r5:.2f}％で、前年度比{dpt:.2f}ポイント上昇している。"
  "一方で、国民健康保険税及び生活保護費返還金の収入未済額は依然として大きく、重点的な対応が必要である。", first=4)
g.f(PG, None, None, 2023, "令和５年度", "total", "outstanding", "actual", int(round(o5 / 10)) * 10000, "yen", "約" + t_o5, approx=True)
g.f(PG, None, None, 2023, "令和５年度", "total", "difference", "actual", -int(round((o4 - o5) / 10)) * 10000, "yen", "約" + t_d, approx=True)
g.f(PG, None, None, 2023, "令和５年度", "total", "collection_rate", "actual", r5, "percent", f"{r5:.2f}％")
g.f(PG, None, None, 2023, "令和５年度", "total", "difference", "actual", dpt, "points", f"{dpt:.2f}ポイント")
brk()

# ---------------------------------------------------------------- p3 債権別（種類 merged, 計 per kind）
PG = 3
P("（２）債権別の状況（令和５年度決算）", 10.5, gothic=True, indent=2, after=3)
rows = [["債権の種類", "債権名", "所管課", "収納率（％）", "調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）"]]
merges, sumrows = [], []
FY, FYR = 2023, "令和５年度決算"


def add_fact_row(debt, raw, vals):
    A, C, W = vals; O = A - C - W; r_ = rate(C, A)
    g.f(PG, debt, raw, FY, FYR, "total", "collection_rate", "actual", r_, "percent", f"{r_:.2f}")
    for met, v in (("assessed", A), ("collected", C), ("written_off", W), ("outstanding", O)):
        g.f(PG, debt, raw, FY, FYR, "total", met, "actual", v * 1000, "yen", cm(v) if v else "－") if v else None
    return [f"{r_:.2f}", cm(A), cm(C), cm(W) if W else "－", cm(O)]


kinds = []
for x in DEBTS:
    if not kinds or kinds[-1][0] != x[0]:
        kinds.append((x[0], []))
    kinds[-1][1].append(x)
for kind, xs in kinds:
    r0 = len(rows)
    for x in xs:
        rows.append([kind, x[1] + ("※" if x[1] == "市税" else ""), x[3]] + add_fact_row(x[1], x[1], x[6:9]))
    sums = [sum(x[k] for x in xs) for k in (6, 7, 8)]
    lab = {"強制徴収公債権": "強制徴収公債権計", "非強制徴収公債権": "非強制徴収公債権計", "私債権": "私債権計"}[kind]
    rows.append([kind, lab, ""] + add_fact_row(None, lab, sums))
    sumrows.append(len(rows) - 1)
    merges.append((r0, len(rows) - 1))
rows.append(["総計", "", ""] + add_fact_row(None, "総計", R5))
sumrows.append(len(rows) - 1)
t = table(rows, [14, 36, 22, 16, 22, 22, 20, 22], align="llcrrrrr", shade_rows=tuple(sumrows))
for a, b in merges:
    c = merge_v(t, 0, a, b)
    c.paragraphs[0].runs[0].text = [k for k, _ in kinds][merges.index((a, b))]
for j in (1, 2):
    pass
tot = t.cell(len(rows) - 1, 0).merge(t.cell(len(rows) - 1, 2))
tot.paragraphs[0].runs[0].text = "総計"
for p_ in tot.paragraphs[1:]:
    p_._p.getparent().remove(p_._p)
tax = DEBTS[0]; tax_arr = 62410
P(f"※ 市税の収入未済額のうち、滞納繰越分 {cm(tax_arr)}千円", 8.5)
g.f(PG, "市税", "市税", FY, FYR, "arrears", "outstanding", "actual", tax_arr * 1000, "yen", f"{cm(tax_arr)}千円")
P("※ 収納率は収入済額÷調定額。奨学金貸付金の不納欠損はない（「－」）。", 8.5, after=8)
P("（３）課題", 10.5, gothic=True, indent=2, after=2)
for lab, tx in (("ア", "強制徴収公債権では、滞納繰越分の収納率が伸び悩んでおり、財産調査から滞納処分までの期間の短縮が課題である。"),
                ("イ", "非強制徴収公債権及び私債権では、督促後の催告が所管課ごとに異なり、法的措置に至る判断基準が統一されていない。")):
    P(f"{lab}　{tx}", indent=6, first=-4)
brk()

# ---------------------------------------------------------------- p4 目標
PG = 4
P("４　数値目標", 12, gothic=True, after=4)
P("（１）収納率の目標", 10.5, gothic=True, indent=2)
P("計画期間の各年度の収納率の目標を次のとおり定める。", first=4)
TG = {  # short -> (full, R5 cur, R5 arr, [(cur,arr) R7,R8,R9])
    "市税": ("市税", 99.21, 31.46, [(99.25, 33.00), (99.30, 34.00), (99.35, 35.00)]),
    "国保税": ("国民健康保険税", 94.12, 19.87, [(94.30, 21.00), (94.50, 22.00), (94.70, 23.00)]),
    "介護料": ("介護保険料", 99.18, 22.35, [(99.20, 23.00), (99.25, 24.00), (99.30, 25.00)]),
    "保育料": ("保育料", 97.85, 18.40, [(98.00, 20.00), (98.20, 21.00), (98.40, 22.00)]),
    "住宅使用料": ("市営住宅使用料", 97.10, 12.62, [(97.30, 14.00), (97.50, 15.00), (97.70, 16.00)]),
}
rows = [["債権名", "実績", "", "目標", "", "", "", "", ""],
        ["", "令和５年度", "", "令和７年度", "", "令和８年度", "", "令和９年度", ""],
        ["", "現年", "滞繰", "現年", "滞繰", "現年", "滞繰", "現年", "滞繰"]]
for sh, (full, c5, a5, tg) in TG.items():
    row = [sh, f"{c5:.2f}", f"{a5:.2f}"]
    g.f(PG, full, sh, 2023, "令和５年度", "current", "collection_rate", "actual", c5, "percent", f"{c5:.2f}")
    g.f(PG, full, sh, 2023, "令和５年度", "arrears", "collection_rate", "actual", a5, "percent", f"{a5:.2f}")
    for (c, a), fy in zip(tg, (2025, 2026, 2027)):
        row += [f"{c:.2f}", f"{a:.2f}"]
        g.f(PG, full, sh, fy, f"令和{zen(fy - 2018)}年度", "current", "collection_rate", "target", c, "percent", f"{c:.2f}")
        g.f(PG, full, sh, fy, f"令和{zen(fy - 2018)}年度", "arrears", "collection_rate", "target", a, "percent", f"{a:.2f}")
    rows.append(row)
P("（単位：％）", 8.5, align="r")
t = table(rows, [26, 17, 17, 17, 17, 17, 17, 17, 17], head=3, align="lrrrrrrrr")
t.cell(0, 1).merge(t.cell(0, 2)).paragraphs[0].runs[0].text = "実績"
a = t.cell(0, 3).merge(t.cell(0, 8)); a.paragraphs[0].runs[0].text = "目標"
for k in (1, 3, 5, 7):
    c = t.cell(1, k).merge(t.cell(1, k + 1)); txt_ = rows[1][k]
    for p_ in c.paragraphs[1:]: p_._p.getparent().remove(p_._p)
    c.paragraphs[0].runs[0].text = txt_
c = t.cell(0, 0).merge(t.cell(2, 0))
for p_ in c.paragraphs[1:]: p_._p.getparent().remove(p_._p)
c.paragraphs[0].runs[0].text = "債権名"
for cc in (t.cell(0, 1), t.cell(0, 3)):
    for p_ in cc.paragraphs[1:]: p_._p.getparent().remove(p_._p)
P("注　国保税：国民健康保険税、介護料：介護保険料、住宅使用料：市営住宅使用料", 8.5, after=8)
P("（２）収入未済額の目標", 10.5, gothic=True, indent=2)
OT = {2025: (86500, 80200, 3300), 2026: (83000, 76500, 3100), 2027: (80000, 73000, 2900)}
rows = [["年度", "市税", "国民健康保険税", "保育料", "合計"]]
for fy, vals in OT.items():
    lab = f"令和{zen(fy - 2018)}（{fy}）年度"
    rows.append([lab] + [cm(v) for v in vals] + [cm(sum(vals))])
    for nm, v in zip(("市税", "国民健康保険税", "保育料"), vals):
        g.f(PG, nm, nm, fy, lab, "total", "outstanding", "target", v * 1000, "yen", cm(v))
    g.f(PG, None, "合計", fy, lab, "total", "outstanding", "target", sum(vals) * 1000, "yen", cm(sum(vals)))
P("（単位：千円）", 8.5, align="r")
table(rows, [44, 30, 34, 26, 30], align="lrrrr")
P("", after=6)
P("５　目標達成に向けた全庁的な取組", 12, gothic=True, after=4)
ALL = [("（１）", "ア", "納期内納付の推進", "口座振替の勧奨に加え、スマートフォン決済の対象債権を拡大する。", "拡充"),
       ("（１）", "イ", "納期内納付の推進", "納付書へ二次元コードを印字し、納付手段の周知を図る。", "新規"),
       ("（２）", "ア", "債権管理体制の強化", "非強制徴収公債権及び私債権の所管課を対象に、催告から法的措置までの事務研修を年２回実施する。", "継続"),
       ("（２）", "イ", "債権管理体制の強化", "回収困難な事案は債権管理推進会議に諮り、徴収停止や放棄の判断を統一する。", None)]
cur = None
for l1, l2, title, tx, stt in ALL:
    if l1 != cur:
        P(f"{l1}{title}", indent=2); cur = l1
    P(f"{l2}　{tx}" + (f"【{stt}】" if stt else ""), indent=9, first=-4)
    g.i(PG, None, 2025, "目標達成に向けた全庁的な取組", l1 + l2, tx, stt)
brk()


# ---------------------------------------------------------------- p5-6 推進シート
def sheet(PG, full, ka, status_text, figs, items, sched, tg):
    P(f"６　債権別推進シート（{full}）", 12, gothic=True, after=4)
    t = d.add_table(rows=6, cols=4); t.style = "Table Grid"
    W_ = [28, 57, 28, 57]
    setw(t, W_)
    def put(r, c, s, head=False, size=9):
        cl = t.cell(r, c); cl.width = Mm(W_[c]); cl.paragraphs[0].add_run(s).font.size = Pt(size)
        if head: shade(cl)
        return cl
    put(0, 0, f"債権名　{full}", True); put(0, 2, f"所管課　{ka}", True)
    t.cell(0, 0).merge(t.cell(0, 1)); t.cell(0, 2).merge(t.cell(0, 3))
    put(1, 0, "現状と課題", True); c = put(1, 1, status_text); t.cell(1, 1).merge(t.cell(1, 3))
    put(2, 0, "数値目標", True)
    s_ = "　".join(f"令和{zen(fy - 2018)}年度 {c_:.2f}％" for fy, c_ in zip((2025, 2026, 2027), [x[0] for x in tg]))
    put(2, 1, "現年分収納率　" + s_); t.cell(2, 1).merge(t.cell(2, 3))
    put(3, 0, "取組内容", True)
    cl = t.cell(3, 1)
    for k, (lab, tx, stt) in enumerate(items):
        pp = cl.paragraphs[0] if k == 0 else cl.add_paragraph()
        pp.add_run(f"{lab}{tx}" + (f"【{stt}】" if stt else "")).font.size = Pt(9)
        g.i(PG, full, 2025, "取組内容", lab, tx, stt)
    t.cell(3, 1).merge(t.cell(3, 3))
    put(4, 0, "令和５年度実績", True); put(4, 1, figs[0]); put(4, 2, "備考", True); put(4, 3, figs[1])
    put(5, 0, "評価指標", True); put(5, 1, "現年分・滞繰分の収納率、収入未済額"); t.cell(5, 1).merge(t.cell(5, 3))
    for fy, (c_, a_) in zip((2025, 2026, 2027), tg):
        g.f(PG, full, full, fy, f"令和{zen(fy - 2018)}年度", "current", "collection_rate", "target", c_, "percent", f"{c_:.2f}％")
    P("", after=4)
    P("【取組スケジュール】", 10, gothic=True, after=2)
    rows = [["取組", "令和７年度", "令和８年度", "令和９年度", "担当課"]] + [[a, *b, ka] for a, b in sched]
    table(rows, [62, 22, 22, 22, 30], align="lcccc", size=8.5)
    P("", after=8)


x = DEBTS[1]; O = x[6] - x[7] - x[8]; Oprev = O + 12406
st_nk = (f"令和５年度末の収入未済額は{cm(O)}千円で、前年度より12,406千円減少した。現年分の収納率は94.12％であるが、"
         f"滞納繰越分は19.87％にとどまっており、資格喪失世帯の未納が滞納繰越の主な要因となっている。")
sheet(5, "国民健康保険税", "保険課", st_nk,
      ("収納率 現年 94.12％", "うち滞納繰越分 68,905千円"),
      [("(1)", "資格喪失の届出時に未納額を通知し、納付相談を行う。", "新規"),
       ("(2)", "財産調査を早期に実施し、預貯金等の差押えを強化する。", "拡充"),
       ("(3)", "短期被保険者証の交付時に納付指導を行う。", "継続")],
      [("資格喪失時の納付相談", ("実施", "→", "→")), ("預貯金等の差押えの強化", ("○", "○", "○")),
       ("短期証交付時の納付指導", ("○", "○", "見直し"))], TG["国保税"][3])
g.f(5, "国民健康保険税", "国民健康保険税", 2023, "令和５年度末", "total", "outstanding", "actual", O * 1000, "yen", f"{cm(O)}千円")
g.f(5, "国民健康保険税", "国民健康保険税", 2023, "令和５年度末", "total", "difference", "actual", -12406000, "yen", "12,406千円")
g.f(5, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", 94.12, "percent", "94.12％")
g.f(5, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "arrears", "collection_rate", "actual", 19.87, "percent", "19.87％")
g.f(5, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", 94.12, "percent", "収納率現年94.12％")
g.f(5, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "arrears", "outstanding", "actual", 68905000, "yen", "68,905千円")
brk()
x = DEBTS[4]; O = x[6] - x[7] - x[8]
st_ho = (f"令和５年度末の収入未済額は{cm(O)}千円で、前年度より412千円増加した。現年分の収納率は97.85％となり、"
         "前年度比0.35ポイント低下している。児童手当からの特別徴収の申出が少ないことが課題である。")
sheet(6, "保育料", "こども未来課", st_ho,
      ("収納率 現年 97.85％", "うち滞納繰越分 1,840千円"),
      [("(1)", "入所手続の際に口座振替と児童手当からの特別徴収の申出を勧める。", "継続"),
       ("(2)", "２か月続けて未納となった世帯には電話連絡の後に催告書を送付する。", "新規")],
      [("口座振替・特別徴収の勧奨", ("○", "○", "○")), ("未納２か月時点の電話催告", ("実施", "→", "→"))], TG["保育料"][3])
g.f(6, "保育料", "保育料", 2023, "令和５年度末", "total", "outstanding", "actual", O * 1000, "yen", f"{cm(O)}千円")
g.f(6, "保育料", "保育料", 2023, "令和５年度末", "total", "difference", "actual", 412000, "yen", "412千円")
g.f(6, "保育料", "保育料", 2023, "令和５年度", "current", "collection_rate", "actual", 97.85, "percent", "97.85％")
g.f(6, "保育料", "保育料", 2023, "令和５年度", "current", "difference", "actual", -0.35, "points", "0.35ポイント")
g.f(6, "保育料", "保育料", 2023, "令和５年度", "current", "collection_rate", "actual", 97.85, "percent", "収納率現年97.85％")
g.f(6, "保育料", "保育料", 2023, "令和５年度", "arrears", "outstanding", "actual", 1840000, "yen", "1,840千円")
brk()

# ---------------------------------------------------------------- p7 参考資料 (no ruling lines)
PG = 7
P("参考資料　対象債権一覧", 12, gothic=True, after=2)
P("区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権　　収入未済額は令和５年度決算（単位：千円）", 8.5, after=4)
rows = [["債権名", "所管課", "根拠法令", "区分", "収入未済額"]]
for x in DEBTS:
    O = x[6] - x[7] - x[8]
    rows.append([x[1], x[3], x[4], x[5], cm(O)])
    g.f(PG, x[1], x[1], 2023, "令和５年度決算", "total", "outstanding", "actual", O * 1000, "yen", cm(O))
table(rows, [40, 26, 60, 12, 26], grid=False, align="lllcr", size=9)
P("", after=6)
P("以上", align="r")

work = Path("/tmp/sh_work"); dp = work / f"{STEM}.docx"; d.save(dp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(dp)], check=True, capture_output=True)
out = ROOT / "pdf" / f"{STEM}.pdf"
shutil.copy(work / f"{STEM}.pdf", out)
ok = g.write(out)
sys.exit(0 if ok else 1)
