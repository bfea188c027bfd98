"""qe_komoro_plan_1: 第３次小諸市債権管理計画（令和７（2025）年度～令和９（2027）年度）.  python-docx -> LibreOffice."""
import sys, shutil
sys.dont_write_bytecode = True
sys.path.insert(0, __import__("os").path.dirname(__file__))
from qe_common import *
from qe_docx import *
from docx.shared import Mm, Pt

STEM = "qe_komoro_plan_1"
g = Gold()
d = new_doc(10.5)
TITLE = "第３次小諸市債権管理計画"

# ---------------- p1 cover
for _ in range(8):
    para(d, "")
para(d, TITLE, GOTH, 24, True, "c", after=12)
para(d, "令和７（2025）年度～令和９（2027）年度", GOTH, 14, None, "c", after=120)
for _ in range(10):
    para(d, "")
para(d, "令和７年３月", GOTH, 14, None, "c", after=6)
para(d, "小　諸　市", GOTH, 16, None, "c")
page_break(d)
# ---------------- p2 目次 + 第１章
P = 2
para(d, "目　　次", GOTH, 14, True, "c", after=10)
TOC = [("第１章　計画の概要", 2), ("　１　計画策定の趣旨", 2), ("　２　計画期間", 2), ("第２章　債権の現状", 3),
       ("　１　収入未済額の推移", 3), ("　２　債権別の状況", 4), ("第３章　計画の目標", 5), ("第４章　債権別推進シート", 7)]
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
for a, pg in TOC:
    pp = para(d, "", after=4)
    pp.paragraph_format.tab_stops.add_tab_stop(Mm(160), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    font(pp.add_run(f"{a}\t{pg}"), MIN, 10.5)
para(d, "", after=10)
para(d, "第１章　計画の概要", GOTH, 13, True, before=8, after=4)
para(d, "１　計画策定の趣旨", GOTH, 11, True, after=2)
para(d, "本市では、平成28年に小諸市債権管理条例を制定し、平成29年度からの第１次計画、令和３年度からの第２次計画により、"
        "全庁的な債権管理の適正化に取り組んできた。この結果、全債権の収入未済額は着実に減少しているが、国民健康保険税や"
        "私債権の一部では、滞納の長期化が課題として残っている。第２次計画の期間満了に伴い、これまでの成果と課題を踏まえて第３次計画を策定する。",
     first=10.5)
para(d, "２　計画期間", GOTH, 11, True, before=6, after=2)
para(d, "本計画の期間は、令和７（2025）年度から令和９（2027）年度までの３年間とする。なお、社会経済情勢の変化等により必要が生じた場合は、"
        "計画期間中であっても見直しを行う。", first=10.5)
page_break(d)

# ---------------- p3 推移 (years head rows, 百万円 one decimal, rate first)
P = 3
para(d, "第２章　債権の現状", GOTH, 13, True, after=4)
para(d, "１　収入未済額の推移", GOTH, 11, True, after=2)
Y = [2019, 2020, 2021, 2022, 2023]
YR = ["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度"]
A = [9874312, 9912046, 10038115, 10102967, 10154208]       # 千円 assessed (all debts)
C = [9452108, 9498731, 9651890, 9736245, 9817406]
W = [22406, 19873, 18311, 16902, 15204]
O = [A[k] - C[k] - W[k] for k in range(5)]
m1 = lambda k_: f"{k_ / 1000:,.1f}"
para(d, "表２－１　全債権の収納状況の推移（単位：百万円、％）", GOTH, 9.5, after=2)
hdr = ["年度", "収納率", "調定額", "収入済額", "不納欠損額", "収入未済額", "増減額", "増減率"]
t = d.add_table(rows=7, cols=8)
table_grid(t)
for k, h in enumerate(hdr):
    set_text(t.cell(0, k), h, GOTH, 8.5, "c"); shade(t.cell(0, k), "D9E2F3")
for k in range(5):
    rt = rate(C[k], A[k])
    dif = None if k == 0 else O[k] - O[k - 1]
    vals = [YR[k], pct(rt), m1(A[k]), m1(C[k]), m1(W[k]), m1(O[k]),
            "－" if dif is None else sgn(round(dif / 1000, 1), 1), "－" if dif is None else sgn(round(dif / O[k - 1] * 100, 1), 1)]
    for j, v in enumerate(vals):
        set_text(t.cell(k + 1, j), v, GOTH, 8.5, "c" if j == 0 else "r")
    fy, fr = Y[k], YR[k]
    g.f(None, None, fy, fr, "total", "collection_rate", "actual", rt, "percent", pct(rt), P)
    for met, v in (("assessed", A[k]), ("collected", C[k]), ("written_off", W[k]), ("outstanding", O[k])):
        g.f(None, None, fy, fr, "total", met, "actual", int(round(v / 100)) * 100000, "yen", m1(v), P)
    if dif is not None:
        g.f(None, None, fy, fr, "total", "difference", "actual", int(round(dif / 100)) * 100000, "yen", sgn(round(dif / 1000, 1), 1), P)
avg = [sum(x) / 5 for x in (A, C, W, O)]
vals = ["５年平均", pct(sum(rate(C[k], A[k]) for k in range(5)) / 5), *[m1(v) for v in avg], "－", "－"]
for j, v in enumerate(vals):
    set_text(t.cell(6, j), v, GOTH, 8.5, "c" if j == 0 else "r"); shade(t.cell(6, j), "F2F2F2")
widths(t, [22, 17, 24, 24, 20, 22, 18, 17])
para(d, "※ 全債権は、市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育料、水道料金等の29債権の合計。", size=8.5, before=2)
om_o = round(O[4] / 10) * 10  # 万円
def okuman(k_):  # 千円 -> 約x億y万円 (10万円 rounding)
    man = round(k_ / 100) * 10
    o_, r_ = divmod(man, 10000)
    return (f"{o_}億" if o_ else "") + (f"{r_:,}万円" if r_ else "円"), man * 10000
s_o, v_o = okuman(O[4])
s_d, v_d = okuman(O[0] - O[4])
rt5, rt1 = rate(C[4], A[4]), rate(C[0], A[0])
para(d, f"令和５年度末の全債権の収入未済額は約{s_o}で、令和元年度末から約{s_d}減少した。全債権の収納率は{pct(rt5)}％で、"
        f"令和元年度と比べ{pct(rt5 - rt1)}ポイント上昇している。不納欠損額は、執行停止の適正な運用により毎年度減少している。", first=10.5, before=6)
g.f(None, "全債権", 2023, "令和５年度末", "total", "outstanding", "actual", v_o, "yen", f"約{s_o}", P, approx=True)
g.f(None, "全債権", 2023, "令和５年度末", "total", "difference", "actual", -v_d, "yen", f"約{s_d}減少", P, approx=True)
g.f(None, "全債権", 2023, "令和５年度", "total", "collection_rate", "actual", rt5, "percent", f"{pct(rt5)}％で", P)
g.f(None, "全債権", 2023, "令和５年度", "total", "difference", "actual", round(rt5 - rt1, 2), "points", f"{pct(rt5 - rt1)}ポイント上昇", P)
page_break(d)

# ---------------- p4 / p5 債権別 (その１ / その２)
DEB = [  # canonical, printed, cur (a, c), arr (a, c), wo   (千円, 令和５年度)
    ("市税", "市税", (5318406, 5269820), (241386, 68910), 9812),
    ("国民健康保険料", "国民健康保険税", (1012364, 951207), (287415, 52604), 3906),
    ("介護保険料", "介護保険料", (1064318, 1057902), (18406, 4318), 612),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (498132, 496870), (2418, 1103), 86),
    ("保育料", "保育料", (98406, 97215), (8912, 1806), 402),
    ("水道料金", "水道料金", (1284106, 1275318), (21804, 13906), 386),
]
P = 4
para(d, "２　債権別の状況", GOTH, 11, True, after=2)
para(d, "表２－２　主な債権の収納状況（令和５年度決算）（その１）　（単位：千円、％）", GOTH, 9.5, after=2)
t = d.add_table(rows=2 + len(DEB), cols=7)
table_grid(t)
set_text(t.cell(0, 0), "債権名", GOTH, 8.5, "c")
t.cell(0, 0).merge(t.cell(1, 0))
set_text(t.cell(0, 1), "現年度分", GOTH, 8.5, "c"); t.cell(0, 1).merge(t.cell(0, 3))
set_text(t.cell(0, 4), "滞納繰越分", GOTH, 8.5, "c"); t.cell(0, 4).merge(t.cell(0, 6))
for k, h in enumerate(["調定額", "収入済額", "収納率"] * 2):
    set_text(t.cell(1, k + 1), h, GOTH, 8.5, "c")
for r_ in (0, 1):
    for k in range(7):
        shade(t.cell(r_, k), "D9E2F3")
for i, (dn, pr, cu, ar, wo) in enumerate(DEB):
    vals = [pr, c(cu[0]), c(cu[1]), pct(rate(cu[1], cu[0])), c(ar[0]), c(ar[1]), pct(rate(ar[1], ar[0]))]
    for k, v in enumerate(vals):
        set_text(t.cell(i + 2, k), v, GOTH, 8.5, None if k == 0 else "r")
    for seg, (a_, c_) in (("current", cu), ("arrears", ar)):
        g.f(dn, pr, 2023, "令和５年度", seg, "assessed", "actual", a_ * 1000, "yen", c(a_), P)
        g.f(dn, pr, 2023, "令和５年度", seg, "collected", "actual", c_ * 1000, "yen", c(c_), P)
        g.f(dn, pr, 2023, "令和５年度", seg, "collection_rate", "actual", rate(c_, a_), "percent", pct(rate(c_, a_)), P)
widths(t, [40, 24, 24, 16, 22, 22, 16])
para(d, "（次頁に続く）", size=8.5, align="r", before=2)
para(d, "", after=6)
para(d, "国民健康保険税は、現年度分の収納率が他の保険料と比べて低く、滞納繰越分の調定額も市税に次ぐ規模となっている。"
        "保育料及び水道料金は、現年度分の収納率が高い一方、転出者や退去者の未納が滞納繰越分として残っている。", first=10.5)
page_break(d)
P = 5
para(d, "表２－２　主な債権の収納状況（令和５年度決算）（その２）　（単位：千円、％）", GOTH, 9.5, after=2)
t = d.add_table(rows=2 + len(DEB), cols=7)
table_grid(t)
set_text(t.cell(0, 0), "債権名", GOTH, 8.5, "c"); t.cell(0, 0).merge(t.cell(1, 0))
set_text(t.cell(0, 1), "計", GOTH, 8.5, "c"); t.cell(0, 1).merge(t.cell(0, 5))
set_text(t.cell(0, 6), "備考", GOTH, 8.5, "c"); t.cell(0, 6).merge(t.cell(1, 6))
for k, h in enumerate(["調定額", "収入済額", "収納率", "不納欠損額", "収入未済額"]):
    set_text(t.cell(1, k + 1), h, GOTH, 8.5, "c")
for r_ in (0, 1):
    for k in range(7):
        shade(t.cell(r_, k), "D9E2F3")
OUT = {}
for i, (dn, pr, cu, ar, wo) in enumerate(DEB):
    ta, tc = cu[0] + ar[0], cu[1] + ar[1]
    out = ta - tc - wo
    OUT[dn] = out
    out_arr = ar[0] - ar[1] - wo
    note = f"うち滞納繰越分\n{c(out_arr)}千円"
    vals = [pr, c(ta), c(tc), pct(rate(tc, ta)), c(wo), c(out), note]
    for k, v in enumerate(vals):
        set_text(t.cell(i + 2, k), v, GOTH, 8.5, None if k in (0, 6) else "r")
    g.f(dn, pr, 2023, "令和５年度", "total", "assessed", "actual", ta * 1000, "yen", c(ta), P)
    g.f(dn, pr, 2023, "令和５年度", "total", "collected", "actual", tc * 1000, "yen", c(tc), P)
    g.f(dn, pr, 2023, "令和５年度", "total", "collection_rate", "actual", rate(tc, ta), "percent", pct(rate(tc, ta)), P)
    g.f(dn, pr, 2023, "令和５年度", "total", "written_off", "actual", wo * 1000, "yen", c(wo), P)
    g.f(dn, pr, 2023, "令和５年度", "total", "outstanding", "actual", out * 1000, "yen", c(out), P)
    g.f(dn, pr, 2023, "令和５年度", "arrears", "outstanding", "actual", out_arr * 1000, "yen", f"{c(out_arr)}千円", P)
widths(t, [40, 24, 24, 16, 20, 22, 34])
para(d, "※ 不納欠損額は、滞納処分の執行停止の期間満了、消滅時効の完成及び債権放棄によるもの。", size=8.5, before=2)
para(d, "", after=6)
para(d, "第３章　計画の目標", GOTH, 13, True, before=6, after=4)
para(d, "１　基本目標", GOTH, 11, True, after=2)
para(d, "計画期間の最終年度である令和９（2027）年度において、全債権の収納率を96.90％以上とし、収入未済額を令和５年度末から２割縮減することを目指す。"
        "債権ごとの目標収納率は、次頁の表３－１のとおりとする。", first=10.5)
g.f(None, "全債権", 2027, "令和９（2027）年度", "total", "collection_rate", "target", 96.90, "percent", "96.90％", P)
para(d, "２　目標設定の考え方", GOTH, 11, True, before=6, after=2)
para(d, "現年度分は、過去３年間の最高値以上の水準を維持することとし、滞納繰越分は、令和５年度実績から毎年度おおむね１ポイントずつの改善を見込んで設定した。", first=10.5)

# ---------------- p6 landscape targets
P = 6
landscape_section(d)
para(d, "表３－１　債権別の目標収納率（単位：％）", GOTH, 10.5, True, after=3)
TG = {  # (cur, arr) for 2025, 2026, 2027
    "市税": ((99.12, 30.20), (99.15, 31.20), (99.18, 32.20)),
    "国民健康保険料": ((94.20, 19.30), (94.50, 20.30), (94.80, 21.30)),
    "介護保険料": ((99.42, 24.50), (99.44, 25.50), (99.46, 26.50)),
    "後期高齢者医療保険料": ((99.76, 46.60), (99.78, 47.60), (99.80, 48.60)),
    "保育料": ((98.85, 21.30), (98.90, 22.30), (98.95, 23.30)),
    "水道料金": ((99.32, 64.80), (99.35, 65.80), (99.38, 66.80)),
}
t = d.add_table(rows=3 + len(DEB), cols=9)
table_grid(t)
set_text(t.cell(0, 0), "債権名", GOTH, 9, "c"); t.cell(0, 0).merge(t.cell(2, 0))
set_text(t.cell(0, 1), "実績", GOTH, 9, "c"); t.cell(0, 1).merge(t.cell(0, 2))
set_text(t.cell(0, 3), "目標収納率", GOTH, 9, "c"); t.cell(0, 3).merge(t.cell(0, 8))
set_text(t.cell(1, 1), "令和５（2023）年度", GOTH, 9, "c"); t.cell(1, 1).merge(t.cell(1, 2))
for k, y in enumerate(["令和７（2025）年度", "令和８（2026）年度", "令和９（2027）年度"]):
    set_text(t.cell(1, 3 + 2 * k), y, GOTH, 9, "c"); t.cell(1, 3 + 2 * k).merge(t.cell(1, 4 + 2 * k))
for k in range(4):
    set_text(t.cell(2, 1 + 2 * k), "現年", GOTH, 9, "c"); set_text(t.cell(2, 2 + 2 * k), "滞繰", GOTH, 9, "c")
for r_ in range(3):
    for k in range(9):
        shade(t.cell(r_, k), "D9E2F3")
for i, (dn, pr, cu, ar, wo) in enumerate(DEB):
    a5 = (rate(cu[1], cu[0]), rate(ar[1], ar[0]))
    vals = [pr, pct(a5[0]), pct(a5[1])]
    for seg, v in zip(("current", "arrears"), a5):
        g.f(dn, pr, 2023, "令和５（2023）年度", seg, "collection_rate", "actual", v, "percent", pct(v), P)
    for fy, tv in zip((2025, 2026, 2027), TG[dn]):
        for seg, v in zip(("current", "arrears"), tv):
            vals.append(pct(v))
            g.f(dn, pr, fy, f"令和{zen(fy - 2018)}（{fy}）年度", seg, "collection_rate", "target", v, "percent", pct(v), P)
    for k, v in enumerate(vals):
        set_text(t.cell(i + 3, k), v, GOTH, 9, None if k == 0 else "r", pad=4)
widths(t, [60] + [25] * 8)
para(d, "※ 令和５（2023）年度実績は決算値。令和６（2024）年度は計画策定時点で決算見込のため掲載していない。", size=8.5, before=3)
para(d, "※ 水道料金の滞納繰越分は、出納整理期間後の収入を含む。", size=8.5)

# ---------------- p7-8 推進シート (portrait)
portrait_section(d)
SHEET = [
    ("市税", "市税", "税務課", ((99.00, 98.96), (99.05, 99.04), (99.08, 99.08)), ((27.00, 26.41), (27.50, 27.83), (28.00, 28.55)),
     [("ア", "納期内納付の推進", "口座振替の勧奨に加え、スマートフォン決済及び地方税統一ＱＲコードによる納付の周知を図る。", "継続"),
      ("イ", "滞納処分の強化", "財産調査を早期に行い、預貯金・給与・年金等の差押えを着実に実施する。", "拡充"),
      ("ウ", "長野県地方税滞納整理機構との連携", "高額・困難事案は機構へ移管し、共同で滞納整理を行う。", "継続")]),
    ("国民健康保険料", "国民健康保険税", "保険年金課", ((93.60, 93.12), (93.80, 93.87), (94.00, 93.96)), ((18.00, 17.26), (18.50, 18.04), (19.00, 18.30)),
     [("ア", "早期接触の徹底", "納期限後の電話催告と文書催告を組み合わせ、未納初期の接触を徹底する。", "継続"),
      ("イ", "資格喪失者への対応", "資格喪失届の提出時に未納税額を案内し、納付又は納付相談につなげる。", "新規")]),
    ("保育料", "保育料", "子育て支援課", ((98.70, 98.84), (98.75, 98.62), (98.80, 98.79)), ((18.00, 19.25), (19.00, 18.71), (20.00, 20.26)),
     [("ア", "児童手当からの徴収", "児童手当からの特別徴収の申出を入所時に勧め、申出率の向上を図る。", "継続")]),
    ("水道料金", "水道料金", "上下水道課", ((99.20, 99.26), (99.25, 99.31), (99.28, 99.31)), ((62.00, 63.14), (63.00, 62.58), (63.50, 63.78)),
     [("ア", "給水停止の適正な運用", "納付相談に応じない滞納者には、給水停止予告を経て給水停止を行う。", "継続"),
      ("イ", "退去者の未納対策", "開閉栓時の精算を徹底し、転出先への請求を速やかに行う。", "拡充")]),
]
P = 7
for si, (dn, pr, ka, cur3, arr3, items) in enumerate(SHEET):
    if si == 2:
        page_break(d); P = 8
    para(d, f"{4 if si == 0 else ''}".strip() and "第４章　債権別推進シート" or "", GOTH, 13, True, after=4) if si == 0 else None
    para(d, f"{si + 1}　債権ごとの取組み（{pr}）", GOTH, 11, True, before=6, after=3)
    t = d.add_table(rows=1, cols=2)
    table_grid(t, 8)
    set_text(t.cell(0, 0), f"債権名　{pr}", GOTH, 10, pad=3); shade(t.cell(0, 0), "E2EFDA")
    set_text(t.cell(0, 1), f"所管課　{ka}", GOTH, 10, pad=3)
    widths(t, [85, 80])
    para(d, "（１）目標と実績（収納率、単位：％）", GOTH, 9.5, before=4, after=2)
    # no ruling lines table (aligned columns)
    t = d.add_table(rows=4, cols=7)
    table_style_none(t)
    for k, h in enumerate(["年度", "現年 目標", "現年 実績", "達成率", "滞繰 目標", "滞繰 実績", "達成率"]):
        set_text(t.cell(0, k), h, GOTH, 8.5, "c" if k == 0 else "r", pad=1)
    for r_, (fy, fr) in enumerate(((2021, "R3"), (2022, "R4"), (2023, "R5")), 1):
        (tc_, ac_), (ta_, aa_) = cur3[r_ - 1], arr3[r_ - 1]
        if fy == 2023:
            _, _, cu_, ar_, _ = next(x for x in DEB if x[0] == dn)
            ac_, aa_ = rate(cu_[1], cu_[0]), rate(ar_[1], ar_[0])
        vals = [fr, pct(tc_), pct(ac_), pct(ac_ / tc_ * 100, 1), pct(ta_), pct(aa_), pct(aa_ / ta_ * 100, 1)]
        for k, v in enumerate(vals):
            set_text(t.cell(r_, k), v, MIN, 8.5, "c" if k == 0 else "r", pad=1)
        g.f(dn, pr, fy, fr, "current", "collection_rate", "target", tc_, "percent", pct(tc_), P)
        g.f(dn, pr, fy, fr, "current", "collection_rate", "actual", ac_, "percent", pct(ac_), P)
        g.f(dn, pr, fy, fr, "arrears", "collection_rate", "target", ta_, "percent", pct(ta_), P)
        g.f(dn, pr, fy, fr, "arrears", "collection_rate", "actual", aa_, "percent", pct(aa_), P)
    widths(t, [18, 22, 22, 18, 22, 22, 18])
    para(d, "（２）取組内容", GOTH, 9.5, before=4, after=2)
    for lab, head, body, st in items:
        para(d, f"{lab}　{head}", indent=10.5)
        para(d, f"(ｱ)　{body}", indent=21)
        para(d, f"【{st}】", indent=21)
        g.i(dn, 2025, "取組内容", f"（２）{lab}(ｱ)", body, st, P, debt_raw=pr)
para(d, f"※ 水道料金の令和５年度末の収入未済額は{c(OUT['水道料金'])}千円。", size=8.5, before=6)
g.f("水道料金", "水道料金", 2023, "令和５年度末", "total", "outstanding", "actual", OUT["水道料金"] * 1000, "yen", f"{c(OUT['水道料金'])}千円", P)

for s in d.sections:
    page_number_footer(s) if s is d.sections[0] else None
docx_path = WORK / f"{STEM}.docx"
d.save(docx_path)
soffice_pdf(docx_path, WORK)
shutil.copy(WORK / f"{STEM}.pdf", PDF / f"{STEM}.pdf")
write_gold(STEM, "plan", "小諸市", "第３次小諸市債権管理計画（令和７（2025）年度～令和９（2027）年度）", "2025-03-01", "令和７年３月", g, family="plan")
