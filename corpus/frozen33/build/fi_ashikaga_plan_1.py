"""足利市債権管理計画（令和7年度～令和9年度） (plan) — python-docx with sections, converted with LibreOffice.

Run from corpus/frozen33:  python3 build/fi_ashikaga_plan_1.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx.enum.section import WD_SECTION  # noqa: E402

from fi_common import Gold, PDF_DIR, WORK, check_pdf, comma, oku_man, rate, series  # noqa: E402
from fi_docx import (GOTHIC, MINCHO, Mm, WD_TABLE_ALIGNMENT, col_widths, font, landscape, new_doc,  # noqa: E402
                     page_break, page_number_footer, para, portrait, row_height, set_cell, set_columns, shade, to_pdf)

STEM = "fi_ashikaga_plan_1"
CITY = "足利市"
TITLE = "足利市債権管理計画（令和7年度～令和9年度）"
G = Gold(STEM, "plan", "keikaku", CITY, TITLE, "2025-03-01", "令和7年3月")
YEARS = [2019, 2020, 2021, 2022, 2023]
ERA = {2019: "令和元", 2020: "令和2", 2021: "令和3", 2022: "令和4", 2023: "令和5", 2024: "令和6", 2025: "令和7",
       2026: "令和8", 2027: "令和9"}

# short, canonical, cur0, growth, cur rates, arr0, arr rates, write-off fractions
SPEC = [
    ("市税", "市税", 19605300, 1.008, [98.71, 98.82, 98.95, 99.05, 99.12], 1120400, [24.1, 25.3, 26.9, 28.2, 29.6], [0.072, 0.07, 0.066, 0.062, 0.06]),
    ("国保税", "国民健康保険税", 3912000, 0.975, [91.85, 92.30, 92.84, 93.21, 93.52], 1480200, [19.5, 20.8, 21.9, 23.1, 24.0], [0.10, 0.096, 0.092, 0.088, 0.085]),
    ("後期高齢", "後期高齢者医療保険料", 1605000, 1.035, [99.38, 99.42, 99.47, 99.50, 99.54], 21300, [36.5, 38.1, 40.2, 41.8, 43.5], [0.06] * 5),
    ("介護料", "介護保険料", 3402000, 1.01, [98.60, 98.71, 98.80, 98.89, 98.96], 121500, [16.8, 17.9, 18.8, 19.9, 20.7], [0.22, 0.21, 0.20, 0.19, 0.18]),
    ("保育料", "保育所保育料", 402100, 0.96, [98.82, 98.95, 99.05, 99.14, 99.21], 52300, [12.4, 13.6, 14.8, 15.9, 17.0], [0.08] * 5),
    ("住宅使用料", "市営住宅使用料", 268400, 0.99, [95.91, 96.20, 96.48, 96.75, 96.98], 142800, [9.1, 10.2, 11.0, 12.1, 12.9], [0.035] * 5),
    ("下水道使用料", "下水道使用料", 2540000, 1.002, [98.52, 98.61, 98.70, 98.78, 98.85], 58900, [45.2, 47.0, 48.6, 50.1, 51.5], [0.05] * 5),
]
FULL = {"国保税": "国民健康保険税", "後期高齢": "後期高齢者医療保険料", "介護料": "介護保険料", "保育料": "保育所保育料",
        "住宅使用料": "市営住宅使用料"}
D = {s[0]: series(YEARS, *s[2:]) for s in SPEC}
CANON = {s[0]: s[1] for s in SPEC}
NAMES = [s[0] for s in SPEC]
TOT = {y: {seg: {k: sum(D[n][y][seg][k] for n in NAMES) for k in "acwo"} for seg in ("cur", "arr", "tot")} for y in YEARS}
# 令和6年度見込 and targets (現年, 滞繰, 計) in percent; 収入未済額目標 in 百万円
EST6 = {"市税": (99.15, 30.40, 96.85), "国保税": (93.70, 24.80, 79.10), "後期高齢": (99.56, 44.20, 98.98),
        "介護料": (99.00, 21.30, 96.75), "保育料": (99.25, 17.80, 93.10), "住宅使用料": (97.10, 13.50, 72.40),
        "下水道使用料": (98.88, 52.30, 97.82)}
TGT = {
    "市税": [(99.18, 31.00, 97.00), (99.20, 31.50, 97.15), (99.22, 32.00, 97.30)],
    "国保税": [(93.80, 25.30, 79.80), (93.90, 25.80, 80.60), (94.00, 26.30, 81.40)],
    "後期高齢": [(99.57, 44.50, 99.00), (99.58, 45.00, 99.03), (99.60, 45.50, 99.06)],
    "介護料": [(99.02, 21.60, 96.90), (99.04, 22.00, 97.05), (99.06, 22.40, 97.20)],
    "保育料": [(99.27, 18.20, 93.50), (99.29, 18.60, 93.90), (99.30, 19.00, 94.30)],
    "住宅使用料": [(97.15, 14.00, 73.00), (97.20, 14.50, 73.60), (97.25, 15.00, 74.20)],
    "下水道使用料": [(98.90, 52.80, 97.90), (98.92, 53.30, 97.97), (98.94, 53.80, 98.04)],
}
OUT_T = {"市税": (610.0, 580.0, 550.0), "国保税": (900.0, 860.0, 820.0), "後期高齢": (17.5, 16.5, 15.5), "介護料": (98.0, 93.0, 88.0),
         "保育料": (23.5, 22.0, 20.5), "住宅使用料": (94.0, 89.5, 85.0), "下水道使用料": (53.0, 51.0, 49.0)}
SEGN = {"cur": "current", "arr": "arrears", "tot": "total"}


def r2(x):
    return f"{x:.2f}"


def mil(v_sen):
    """千円 -> 百万円 with one decimal (text, yen value)."""
    m = round(v_sen / 1000, 1)
    return f"{m:,.1f}", int(round(m * 1_000_000))


doc = new_doc(margins=(22, 20, 22, 22))
sec0 = doc.sections[0]
sec0.different_first_page_header_footer = True
page_number_footer(sec0)


def h1(t, before=10, after=4):
    return para(doc, t, size=13, f=GOTHIC, before=before, after=after, keep=True)


def h2(t, before=6, after=2):
    return para(doc, t, size=11, f=GOTHIC, before=before, after=after, keep=True)


def body(t, first=True, size=10.5, indent=0):
    return para(doc, ("　" if first else "") + t, size=size, align="j", line=1.45, indent_mm=indent)


# ------------------------------------------------------------------ p1 cover
for _ in range(9):
    para(doc, "")
para(doc, "足利市債権管理計画", size=26, f=GOTHIC, align="c", after=8)
para(doc, "令和7年度～令和9年度", size=16, f=GOTHIC, align="c", after=4)
para(doc, "（2025年度～2027年度）", size=13, align="c")
for _ in range(14):
    para(doc, "")
para(doc, "令和7年3月", size=14, align="c", after=6)
para(doc, "足　利　市", size=16, f=GOTHIC, align="c")
page_break(doc)

# ------------------------------------------------------------------ p2 目次 + 趣旨
P = 2
para(doc, "目　　次", size=14, f=GOTHIC, align="c", after=10)
TOC = [("１　計画策定の趣旨", 2), ("２　計画の期間", 3), ("３　対象債権", 3), ("４　債権管理の現状", 3),
       ("５　前計画の取組と評価", 4), ("６　債権別の収納状況と目標", 5), ("７　債権ごとの取組", 7)]
t = doc.add_table(rows=len(TOC), cols=2)
for i, (s, n) in enumerate(TOC):
    set_cell(t.rows[i].cells[0], s + "　" + "・" * (32 - len(s)), 11, align="l")
    set_cell(t.rows[i].cells[1], str(n), 11, align="r")
col_widths(t, [140, 16])
row_height(t, 8)
para(doc, "")
h1("１　計画策定の趣旨", before=18)
body("本市は、平成28年4月に「足利市債権管理条例」を施行し、市が保有する債権の管理に関する事務処理の統一を図るとともに、"
     "令和4年3月に前計画である「足利市債権管理計画（令和4年度～令和6年度）」を策定し、全庁的に収入未済額の縮減に取り組んできた。")
body("この結果、対象債権の収入未済額は着実に減少しているが、国民健康保険税や市営住宅使用料など、依然として多額の収入未済を抱える債権もある。"
     "また、物価高騰などの社会経済情勢の変化により、納付が困難となる市民の増加も懸念される。")
body("こうした状況を踏まえ、市民負担の公平性を確保し、安定した財政運営に資するため、前計画の成果と課題を検証した上で、"
     "令和7（2025）年度からの3か年を期間とする新たな債権管理計画を策定する。")

# ------------------------------------------------------------------ p3 期間・対象・現状
page_break(doc)
P = 3
h1("２　計画の期間", before=0)
body("令和7（2025）年度から令和9（2027）年度までの3年間とする。")
h1("３　対象債権")
body("市が保有する債権のうち、令和5年度決算において収入未済額が1,000万円以上である7債権を対象とする。"
     "対象債権は、市税、国民健康保険税、後期高齢者医療保険料、介護保険料、保育所保育料、市営住宅使用料及び下水道使用料である。")
h1("４　債権管理の現状")
o19t, o19 = oku_man(TOT[2019]["tot"]["o"] * 1000)
o23t, o23 = oku_man(TOT[2023]["tot"]["o"] * 1000)
dft, dfv = oku_man(o19 - o23)
r19 = rate(TOT[2019]["tot"]["c"], TOT[2019]["tot"]["a"]); r23 = rate(TOT[2023]["tot"]["c"], TOT[2023]["tot"]["a"])
dpt = round(r23 - r19, 2)
body(f"令和5（2023）年度決算における対象債権の収入未済額は約{o23t}で、令和元（2019）年度の約{o19t}から約{dft}減少した。"
     f"また、対象債権全体の収納率は{r2(r23)}％となり、令和元年度と比べ{dpt:.2f}ポイント改善している。")
G.fact(P, None, None, 2023, "令和5（2023）年度", "total", "outstanding", "actual", o23, "yen", f"約{o23t}", approx=True)
G.fact(P, None, None, 2019, "令和元（2019）年度", "total", "outstanding", "actual", o19, "yen", f"約{o19t}", approx=True)
G.fact(P, None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", -dfv, "yen", f"約{dft}", approx=True)
G.fact(P, None, None, 2023, "令和5（2023）年度", "total", "collection_rate", "actual", r23, "percent", f"{r2(r23)}％")
G.fact(P, None, None, 2023, "令和元年度", "total", "difference", "actual", dpt, "points", f"{dpt:.2f}ポイント")
para(doc, "表１　対象債権の収入未済額等の推移（7債権計）", size=10, f=GOTHIC, before=6, after=1)
para(doc, "（単位：百万円、％）", size=8.5, align="r")
hdr = ["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
t = doc.add_table(rows=1 + len(YEARS), cols=6)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, v in enumerate(hdr):
    set_cell(t.rows[0].cells[j], v, 9.5, GOTHIC, fill="DCE3EE")
for i, y in enumerate(YEARS, 1):
    s = TOT[y]["tot"]
    yl = f"{ERA[y]}（{y}）年度"
    set_cell(t.rows[i].cells[0], yl, 9.5)
    for j, (k, m) in enumerate((("a", "assessed"), ("c", "collected"), ("w", "written_off"), ("o", "outstanding")), 1):
        txt, val = mil(s[k])
        if y == 2023 and k == "o":
            txt_print = txt + "※"
        else:
            txt_print = txt
        set_cell(t.rows[i].cells[j], txt_print, 9.5, align="r")
        G.fact(P, None, None, y, yl, "total", m, "actual", val, "yen", txt)
    rv = rate(s["c"], s["a"])
    set_cell(t.rows[i].cells[5], r2(rv), 9.5, align="r")
    G.fact(P, None, None, y, yl, "total", "collection_rate", "actual", rv, "percent", r2(rv))
col_widths(t, [36, 26, 26, 24, 26, 20])
row_height(t, 6.5)
tx5 = D["市税"][2023]["tot"]["o"]
mt, mv = mil(tx5)
para(doc, f"※ うち市税分 {mt}百万円", size=8.5, before=2)
G.fact(P, "市税", "市税", 2023, None, "total", "outstanding", "actual", mv, "yen", f"{mt}百万円")
para(doc, "出典：足利市一般会計・特別会計歳入歳出決算書（各年度）", size=8.5)

# ------------------------------------------------------------------ p4 two-column evaluation
sec = doc.add_section(WD_SECTION.NEW_PAGE)
P = 4
h1("５　前計画の取組と評価", before=0)
sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
set_columns(sec2, 2, 8)


def ev(n, text):
    h2(f"（{NAMES.index(n) + 1}）{FULL.get(n, n)}", before=4, after=1)
    para(doc, "　" + text, size=9.5, align="j", line=1.4)


def rr(n, y, seg):
    s = D[n][y][seg]
    return rate(s["c"], s["a"])


def evfact(n, y, seg, raw_suffix="％", yraw=None):
    v = rr(n, y, seg)
    G.fact(P, CANON[n], FULL.get(n, n), y, yraw or f"{ERA[y]}年度", SEGN[seg], "collection_rate", "actual", v, "percent", f"{r2(v)}{raw_suffix}")
    return r2(v)


a = evfact("市税", 2021, "cur"); b = evfact("市税", 2023, "cur")
ot, ov = oku_man(D["市税"][2023]["tot"]["o"] * 1000)
G.fact(P, "市税", "市税", 2023, "令和5年度", "total", "outstanding", "actual", ov, "yen", f"約{ot}", approx=True)
ev("市税", f"現年課税分の収納率は、令和3年度の{a}％から令和5年度には{b}％に上昇した。滞納繰越分についても、財産調査の早期着手と"
          f"差押えの徹底により収納率が向上し、令和5年度末の収入未済額は約{ot}となった。一方で、滞納が長期化した高額事案の整理が課題として残っている。")
a = evfact("国保税", 2021, "cur"); b = evfact("国保税", 2023, "cur"); c = evfact("国保税", 2023, "arr")
ev("国保税", f"現年課税分の収納率は{a}％（令和3年度）から{b}％（令和5年度）に改善したが、県内市の平均を下回る状況が続いている。"
            f"滞納繰越分の収納率は{c}％にとどまり、所得の低い世帯や資格喪失後の世帯への対応が課題である。")
a = evfact("後期高齢", 2023, "cur")
ev("後期高齢", f"年金からの特別徴収が大半を占め、現年分の収納率は{a}％と高い水準を維持している。普通徴収への切替時の納付案内の徹底が引き続き必要である。")
from docx.enum.text import WD_BREAK  # noqa: E402
doc.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
a = evfact("介護料", 2023, "cur"); b = evfact("介護料", 2023, "arr")
ev("介護料", f"現年分の収納率は{a}％、滞納繰越分は{b}％である。徴収権の時効が2年と短いため、時効により不納欠損となる額が多い。")
a = evfact("保育料", 2023, "cur")
d5 = round(rr("保育料", 2023, "arr") - rr("保育料", 2021, "arr"), 2)
G.fact(P, "保育所保育料", "保育所保育料", 2023, None, "arrears", "difference", "actual", d5, "points", f"{d5:.2f}ポイント")
ev("保育料", f"現年分の収納率は{a}％で、口座振替の原則化により高い水準にある。滞納繰越分の収納率は令和3年度から{d5:.2f}ポイント上昇したが、卒園世帯の滞納分の回収が課題である。")
a = evfact("住宅使用料", 2023, "arr")
ot2, ov2 = oku_man(D["住宅使用料"][2023]["tot"]["o"] * 1000, 100_000)
G.fact(P, "市営住宅使用料", "市営住宅使用料", 2023, None, "total", "outstanding", "actual", ov2, "yen", f"約{ot2}", approx=True)
ev("住宅使用料", f"滞納繰越分の収納率は{a}％と低く、収入未済額は約{ot2}に上る。退去者の滞納分が多くを占めており、連帯保証人への請求と法的措置の徹底が必要である。")
a = evfact("下水道使用料", 2023, "cur")
ev("下水道使用料", f"上下水道料金を一括して請求しており、現年分の収納率は{a}％である。給水停止の手続と連動した催告が効果を上げている。")
o21t, o21v = oku_man(TOT[2021]["tot"]["o"] * 1000)
o23t_, o23v_ = oku_man(TOT[2023]["tot"]["o"] * 1000)
dd_t, dd_v = oku_man(o21v - o23v_)
G.fact(P, None, None, 2021, "令和3年度末", "total", "outstanding", "actual", o21v, "yen", f"約{o21t}", approx=True)
G.fact(P, None, None, 2023, "令和5年度末", "total", "outstanding", "actual", o23v_, "yen", f"約{o23t_}", approx=True)
G.fact(P, None, None, 2023, "令和5年度末", "total", "difference", "actual", -dd_v, "yen", f"約{dd_t}", approx=True)
h2("（８）総括", before=4, after=1)
para(doc, f"　前計画期間中、対象債権全体の収入未済額は、令和3年度末の約{o21t}から令和5年度末には約{o23t_}となり、約{dd_t}縮減した。"
     "全ての債権で現年度分の収納率が上昇しており、滞納の発生を抑える取組は一定の成果を上げたと評価できる。"
     "一方、国民健康保険税と市営住宅使用料は収入未済額が依然として大きく、本計画において重点的に取り組む債権と位置付ける。",
     size=9.5, align="j", line=1.4)

# ------------------------------------------------------------------ p5 landscape wide table, p6 its right-hand columns
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
set_columns(sec3, 1, 0, sep=False)
landscape(sec3)
sec3.left_margin = sec3.right_margin = Mm(18)
sec3.top_margin = Mm(18); sec3.bottom_margin = Mm(16)
P = 5
h1("６　債権別の収納状況と目標", before=0)
para(doc, "表２　債権別収納率の推移（決算及び見込）", size=10, f=GOTHIC, after=1)
para(doc, "（単位：％）", size=8.5, align="r")
cols = [(2021, "決算"), (2022, "決算"), (2023, "決算"), (2024, "見込")]
t = doc.add_table(rows=2 + len(NAMES), cols=1 + 3 * len(cols))
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
set_cell(t.cell(0, 0), "債権名", 9, GOTHIC, fill="DCE3EE")
for j, (y, b) in enumerate(cols):
    c0 = t.cell(0, 1 + 3 * j).merge(t.cell(0, 3 + 3 * j))
    set_cell(c0, f"{ERA[y]}年度{b}", 9, GOTHIC, fill="DCE3EE")
    for k, lab in enumerate(("現年度分", "滞納繰越分", "計")):
        set_cell(t.cell(1, 1 + 3 * j + k), lab, 8.5, GOTHIC, fill="DCE3EE")
m = t.cell(0, 0).merge(t.cell(1, 0))
set_cell(m, "債権名", 9, GOTHIC, fill="DCE3EE")
for i, n in enumerate(NAMES, 2):
    set_cell(t.cell(i, 0), n, 9, align="l")
    for j, (y, b) in enumerate(cols):
        for k, seg in enumerate(("cur", "arr", "tot")):
            if b == "見込":
                v = EST6[n][k]; basis = "estimate"
            else:
                v = rr(n, y, seg); basis = "actual"
            set_cell(t.cell(i, 1 + 3 * j + k), r2(v), 9, align="r")
            G.fact(P, CANON[n], n, y, f"{ERA[y]}年度", SEGN[seg], "collection_rate", basis, v, "percent", r2(v))
col_widths(t, [30] + [19.2] * 12)
row_height(t, 7)
para(doc, "凡例　国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、介護料＝介護保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料",
     size=8.5, before=3)
para(doc, "※ 令和6年度見込は、令和7年1月末の収納実績を基に推計したもの。表２は次ページに続く。", size=8.5)
o23 = {n: D[n][2023]["tot"]["o"] for n in NAMES}
para(doc, "", before=2)
para(doc, "表３　令和5年度決算の収入未済額（債権別）", size=10, f=GOTHIC, after=1)
t3 = doc.add_table(rows=2, cols=1 + len(NAMES) + 1)
t3.style = "Table Grid"
t3.alignment = WD_TABLE_ALIGNMENT.CENTER
set_cell(t3.cell(0, 0), "債権名", 9, GOTHIC, fill="DCE3EE")
set_cell(t3.cell(1, 0), "収入未済額（千円）", 8.5, GOTHIC, fill="DCE3EE")
for j, n in enumerate(NAMES, 1):
    set_cell(t3.cell(0, j), n, 8.5, GOTHIC, fill="DCE3EE")
    set_cell(t3.cell(1, j), comma(o23[n]), 9, align="r")
    G.fact(P, CANON[n], n, 2023, "令和5年度", "total", "outstanding", "actual", o23[n] * 1000, "yen", comma(o23[n]))
set_cell(t3.cell(0, len(NAMES) + 1), "計", 9, GOTHIC, fill="DCE3EE")
set_cell(t3.cell(1, len(NAMES) + 1), comma(sum(o23.values())), 9, align="r")
G.fact(P, None, "計", 2023, "令和5年度", "total", "outstanding", "actual", sum(o23.values()) * 1000, "yen", comma(sum(o23.values())))
col_widths(t3, [34] + [26] * 7 + [29])
row_height(t3, 8)

page_break(doc)
P = 6
para(doc, "表２　債権別収納率の推移（続き）　目標収納率", size=10, f=GOTHIC, after=1)
para(doc, "（単位：％、百万円）", size=8.5, align="r")
TY = [2025, 2026, 2027]
t = doc.add_table(rows=2 + len(NAMES), cols=1 + 3 * 3 + 1)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, y in enumerate(TY):
    c0 = t.cell(0, 1 + 3 * j).merge(t.cell(0, 3 + 3 * j))
    set_cell(c0, f"{ERA[y]}年度目標", 9, GOTHIC, fill="DCE3EE")
    for k, lab in enumerate(("現年度分", "滞納繰越分", "計")):
        set_cell(t.cell(1, 1 + 3 * j + k), lab, 8.5, GOTHIC, fill="DCE3EE")
m = t.cell(0, 0).merge(t.cell(1, 0))
set_cell(m, "債権名", 9, GOTHIC, fill="DCE3EE")
m = t.cell(0, 10).merge(t.cell(1, 10))
set_cell(m, "備考", 9, GOTHIC, fill="DCE3EE")
for i, n in enumerate(NAMES, 2):
    set_cell(t.cell(i, 0), n, 9, align="l")
    for j, y in enumerate(TY):
        for k, seg in enumerate(("cur", "arr", "tot")):
            v = TGT[n][j][k]
            set_cell(t.cell(i, 1 + 3 * j + k), r2(v), 9, align="r")
            G.fact(P, CANON[n], n, y, f"{ERA[y]}年度", SEGN[seg], "collection_rate", "target", v, "percent", r2(v))
    ot9 = OUT_T[n][2]
    note = f"R9末収入未済額目標 {ot9:,.1f}百万円"
    set_cell(t.cell(i, 10), note, 8, align="l")
    G.fact(P, CANON[n], n, 2027, "R9", "total", "outstanding", "target", int(round(ot9 * 1_000_000)), "yen", f"{ot9:,.1f}百万円")
col_widths(t, [30] + [18.5] * 9 + [54])
row_height(t, 7.5)
para(doc, "※ 目標収納率（計）は、令和6年度見込の調定額を基に、現年度分及び滞納繰越分の目標から算出した。", size=8.5, before=3)
# long-format table: one row per debt and year (収入未済額目標)
para(doc, "", before=2)
para(doc, "表４　収入未済額の目標（債権別・年度別）", size=10, f=GOTHIC, after=1)
para(doc, "（単位：百万円）", size=8.5, align="r")
LONG = ["市税", "国保税", "住宅使用料"]
t4 = doc.add_table(rows=1 + 3 * len(LONG), cols=4)
t4.style = "Table Grid"
t4.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, v in enumerate(("債権名", "年度", "収入未済額目標", "令和5年度決算比")):
    set_cell(t4.cell(0, j), v, 9, GOTHIC, fill="DCE3EE")
ri = 1
for n in LONG:
    base = round(D[n][2023]["tot"]["o"] / 1000, 1)
    for j, y in enumerate(TY):
        v = OUT_T[n][j]
        set_cell(t4.cell(ri, 0), n, 9, align="l")
        set_cell(t4.cell(ri, 1), f"{ERA[y]}年度", 9)
        set_cell(t4.cell(ri, 2), f"{v:,.1f}", 9, align="r")
        dv = round(v - base, 1)
        dtxt = ("△" if dv < 0 else "") + f"{abs(dv):,.1f}"
        set_cell(t4.cell(ri, 3), dtxt, 9, align="r")
        G.fact(P, CANON[n], n, y, f"{ERA[y]}年度", "total", "outstanding", "target", int(round(v * 1_000_000)), "yen", f"{v:,.1f}")
        G.fact(P, CANON[n], n, y, f"{ERA[y]}年度", "total", "difference", "target", int(round(dv * 1_000_000)), "yen", dtxt)
        ri += 1
col_widths(t4, [40, 30, 40, 40])
row_height(t4, 6)

# ------------------------------------------------------------------ p7-8 portrait: 債権ごとの取組
sec4 = doc.add_section(WD_SECTION.NEW_PAGE)
portrait(sec4)
sec4.left_margin = sec4.right_margin = Mm(22)
sec4.top_margin = Mm(20); sec4.bottom_margin = Mm(18)
P = 7
h1("７　債権ごとの取組", before=0)
TG_OLD = {"市税": [(99.00, 27.00), (99.10, 28.50)], "国保税": [(93.00, 22.00), (93.40, 23.50)],
          "介護料": [(98.85, 19.50), (98.95, 20.50)], "住宅使用料": [(96.80, 11.50), (97.00, 12.50)]}
ACTS = {
    "市税": [("（１）", "滞納の早期解消", [("ア", "納期限後の督促状の発送を20日以内に行い、その後の催告も早期に実施する。", "継続", False),
                                  ("イ", "SMSによる催告の対象を、全ての税目の未納者に広げる。", "拡充", True)]),
           ("（２）", "滞納処分の強化", [("ア", "預貯金等の財産調査を電子照会により行い、財産が判明した事案は速やかに差し押さえる。", "継続", False),
                                  ("イ", "捜索及びインターネット公売を計画的に実施し、換価を進める。", "継続", False)])],
    "国保税": [("（１）", "納付機会の拡充", [("ア", "資格取得時の口座振替の勧奨を徹底し、Web口座振替受付サービスを導入する。", "新規", True)]),
             ("（２）", "滞納整理の推進", [("ア", "資格喪失した滞納世帯については、納税課へ早期に引き継ぎ、財産調査を行う。", "継続", False),
                                    ("イ", "生活困窮世帯には、生活困窮者自立支援窓口と連携して納付相談を行う。", "拡充", False)])],
    "介護料": [("（１）", "時効管理の徹底", [("ア", "時効の到来が近い滞納分を毎月抽出し、納付誓約の取得を優先して行う。", "継続", False)]),
             ("（２）", "給付制限の周知", [("ア", "督促状に給付制限の内容を記載したチラシを同封する。", "新規", False)])],
    "住宅使用料": [("（１）", "滞納の未然防止", [("ア", "入居時に口座振替の利用を原則とし、連帯保証人にも納付状況を通知する。", "継続", False)]),
               ("（２）", "法的措置の実施", [("ア", "6か月以上の滞納者で納付指導に応じない者に対し、明渡請求訴訟を提起する。", "継続", False),
                                      ("イ", "退去者の滞納分の回収を弁護士へ委託する。", "拡充", True)])],
}


def debt_block(P, n, idx):
    full = FULL.get(n, n)
    h2(f"７－{idx}　債権ごとの取組（{full}）", before=8)
    para(doc, "■ 前計画期間の目標と実績", size=9.5, f=GOTHIC, after=1)
    t = doc.add_table(rows=4, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    m = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(m, "区分", 9, GOTHIC, fill="DCE3EE")
    for j, y in enumerate((2022, 2023)):
        c0 = t.cell(0, 1 + 3 * j).merge(t.cell(0, 3 + 3 * j))
        set_cell(c0, f"{ERA[y]}年度", 9, GOTHIC, fill="DCE3EE")
        for k, lab in enumerate(("目標", "実績", "達成率")):
            set_cell(t.cell(1, 1 + 3 * j + k), lab, 9, GOTHIC, fill="DCE3EE")
    for ri, (lab, seg, k) in enumerate((("現年度分収納率（％）", "cur", 0), ("滞納繰越分収納率（％）", "arr", 1)), 2):
        set_cell(t.cell(ri, 0), lab, 8.5, align="l")
        for j, y in enumerate((2022, 2023)):
            tg = TG_OLD[n][j][k]; ac = rr(n, y, seg)
            set_cell(t.cell(ri, 1 + 3 * j), r2(tg), 9, align="r")
            set_cell(t.cell(ri, 2 + 3 * j), r2(ac), 9, align="r")
            set_cell(t.cell(ri, 3 + 3 * j), f"{ac / tg * 100:.1f}％", 9, align="r")
            G.fact(P, CANON[n], full, y, f"{ERA[y]}年度", SEGN[seg], "collection_rate", "target", tg, "percent", r2(tg))
            G.fact(P, CANON[n], full, y, f"{ERA[y]}年度", SEGN[seg], "collection_rate", "actual", ac, "percent", r2(ac))
    col_widths(t, [40] + [19.3] * 6)
    row_height(t, 6.5)
    para(doc, "■ 取組内容", size=9.5, f=GOTHIC, before=4, after=1)
    for l1, t1, items in ACTS[n]:
        para(doc, f"{l1}{t1}", size=10, indent_mm=2)
        for l2, tx, tag, alone in items:
            if alone:
                para(doc, f"{l2}　{tx}", size=10, indent_mm=12, first_mm=-5, line=1.3)
                para(doc, f"【{tag}】", size=10, indent_mm=12, line=1.3)
            else:
                para(doc, f"{l2}　{tx}【{tag}】", size=10, indent_mm=12, first_mm=-5, line=1.3)
            G.init(P, CANON[n], 2025, f"７－{idx}　債権ごとの取組（{full}）{l1}{t1}", f"{l1}{l2}", f"{tx}【{tag}】", tag, debt_raw=full)


debt_block(P, "市税", 1)
debt_block(P, "国保税", 2)
page_break(doc)
P = 8
debt_block(P, "介護料", 3)
debt_block(P, "住宅使用料", 4)
para(doc, "")
h1("８　計画の進行管理", before=8)
body("本計画の進捗状況は、副市長を委員長とする足利市債権管理推進委員会において毎年度確認し、必要に応じて取組内容を見直す。"
     "各年度の実績は、翌年度の9月を目途に市ホームページで公表する。", size=10)

for sct in doc.sections[1:]:
    sct.different_first_page_header_footer = False
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
pdf = PDF_DIR / f"{STEM}.pdf"
to_pdf(docx_path, pdf)
import fitz  # noqa: E402
n = fitz.open(pdf).page_count
gp = G.write(pdf, n)
errs = check_pdf(pdf, gp)
print(f"{STEM}: pages={n} facts={len(G.facts)} initiatives={len(G.inits)} errors={errs}")
