"""ft_ibara_plan_1: 第2次井原市債権管理計画 (python-docx -> LibreOffice). Run from corpus/frozen38."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx.shared import Mm  # noqa: E402

from ft_common import PDF_DIR, WORK, Gold, c, check, tri  # noqa: E402
from ft_data import series, total  # noqa: E402
from ft_docx import (add_tabs, footer_page_numbers, landscape_section, new_doc, page_break, para,  # noqa: E402
                     portrait_section, set_cell, table, to_pdf)

STEM = "ft_ibara_plan_1"
CITY = "井原市"
g = Gold(STEM, "plan", "keikaku", CITY, "第2次井原市債権管理計画（令和7年度～令和9年度）", "2025-03-01", "令和7年3月")
YEARS = [2019, 2020, 2021, 2022, 2023]
DEBTS = [  # name, kaikei, dept, params
    ("市税", "一般会計", "税務課", dict(seed=31, ca0=4210000, cr=98.7, aa0=214000, ar=19.0, wr=0.06)),
    ("保育料", "一般会計", "こども未来課", dict(seed=32, ca0=96000, cr=98.2, aa0=9100, ar=15.0, wr=0.07, growth=-0.12)),
    ("市営住宅使用料", "一般会計", "建設課", dict(seed=33, ca0=108000, cr=96.8, aa0=30100, ar=10.5, wr=0.03, growth=-0.01)),
    ("児童扶養手当返還金", "一般会計", "福祉課", dict(seed=34, ca0=2400, cr=62.0, aa0=5200, ar=6.0, wr=0.02, growth=0.0)),
    ("国民健康保険税", "国民健康保険事業特別会計", "税務課", dict(seed=35, ca0=842000, cr=93.9, aa0=231000, ar=17.0, wr=0.07, growth=-0.02)),
    ("介護保険料", "介護保険事業特別会計", "介護保険課", dict(seed=36, ca0=812000, cr=98.9, aa0=17800, ar=15.5, wr=0.19)),
    ("後期高齢者医療保険料", "後期高齢者医療事業特別会計", "市民課", dict(seed=37, ca0=428000, cr=99.4, aa0=4300, ar=33.0, wr=0.11)),
]
S = {n: series(years=YEARS, **p) for n, k, dep, p in DEBTS}
T = {y: total([S[n][y] for n, *_ in DEBTS]) for y in YEARS}
KAI = {n: k for n, k, *_ in DEBTS}
DEP = {n: dep for n, k, dep, _ in DEBTS}
GEN = [n for n, k, *_ in DEBTS if k == "一般会計"]
SPE = [n for n, k, *_ in DEBTS if k != "一般会計"]


def pct(v):
    return f"{v:.2f}"


def fy_both(y):
    n = y - 2018
    return f"令和{'元' if n == 1 else n}（{y}）年度"


d = new_doc()
# ------------------------------------------------------------- p1 cover + 目次
para(d, "", before=120)
para(d, "第２次井原市債権管理計画", 24, True, "c")
para(d, "（令和７年度～令和９年度）", 14, True, "c", before=6)
para(d, "令和７（2025）年３月", 13, False, "c", before=60)
para(d, "井　原　市", 15, True, "c", before=8)
para(d, "目　　次", 13, True, "c", before=70, after=6)
TOC = [("１　計画策定の趣旨", 2), ("２　計画期間", 2), ("３　債権管理の現状", 2), ("４　債権別の収納状況", 3),
       ("５　収入未済額の推移と目標", 5), ("６　債権ごとの取組み", 6)]
for a, b in TOC:
    p = para(d, f"{a}\t{b}", 11, indent=30)
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER  # noqa: E402
    p.paragraph_format.tab_stops.add_tab_stop(Mm(140), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
page_break(d)

# ------------------------------------------------------------- p2 趣旨・期間・現状
PG = 2
para(d, "１　計画策定の趣旨", 12, True, after=4)
para(d, "本市では、平成29年12月に井原市債権管理条例を制定し、令和４（2022）年３月に策定した第１次井原市債権管理計画に基づき、"
     "市の債権の適正な管理と収入未済額の縮減に全庁的に取り組んできました。第１次計画の期間満了に伴い、これまでの成果と課題を"
     "踏まえ、市民負担の公平性の確保と健全な財政運営に資するため、第２次計画を策定します。", 10.5, first=3.7, align="j", after=6)
para(d, "２　計画期間", 12, True, after=4)
para(d, "本計画の期間は、令和７（2025）年度から令和９（2027）年度までの３年間とします。なお、社会経済情勢の変化や"
     "関係法令の改正等に応じて、必要な見直しを行います。", 10.5, first=3.7, align="j", after=6)
para(d, "３　債権管理の現状", 12, True, after=4)
t5, t4 = T[2023], T[2022]
o_man = round(t5["to"] / 10)
d_man = round((t4["to"] - t5["to"]) / 10)


def man(v):
    oku, rest = divmod(v, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")


s_o, s_d = f"{man(o_man)}", f"約{man(d_man)}"
para(d, f"令和５（2023）年度末における本計画の対象債権の収入未済額は{s_o}で、前年度末から{s_d}減少しました。"
     f"収入未済額の約{round(S['国民健康保険税'][2023]['to'] * 100 / t5['to'])}％を国民健康保険税が占めており、"
     "引き続き重点的な対応が必要です。", 10.5, first=3.7, align="j", after=4)
g.fact(PG, None, None, 2023, "令和５（2023）年度", "total", "outstanding", "actual", o_man * 10000, "yen", s_o)
g.fact(PG, None, None, 2023, "令和５（2023）年度", "total", "difference", "actual", -d_man * 10000, "yen", s_d + "減少", approx=True)
para(d, "対象債権全体の収納状況（各年度決算）", 10.5, True, before=4)
p = para(d, "\t\t\t\t\t（単位：百万円、％）", 9)
add_tabs(p, [170])
hdr = para(d, "年　度\t調定額\t収入済額\t不納欠損額\t収入未済額\t収納率", 10, True)
add_tabs(hdr, [62, 90, 118, 146, 170])
for y in YEARS:
    tt = T[y]
    lab = {2019: "令和元年度"}.get(y, f"令和{y - 2018}年度")
    vals = [round(tt["ta"] / 1000, 1), round(tt["tc"] / 1000, 1), round(tt["tw"] / 1000, 1), round(tt["to"] / 1000, 1)]
    row = para(d, f"{lab}\t" + "\t".join(f"{v:,.1f}" for v in vals) + f"\t{pct(tt['tr'])}", 10)
    add_tabs(row, [62, 90, 118, 146, 170])
    for met, v in zip(["assessed", "collected", "written_off", "outstanding"], vals):
        g.fact(PG, None, None, y, lab, "total", met, "actual", round(v * 1000000), "yen", f"{v:,.1f}")
    g.fact(PG, None, None, y, lab, "total", "collection_rate", "actual", tt["tr"], "percent", pct(tt["tr"]))
para(d, "※　対象債権は市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育料、市営住宅使用料及び児童扶養手当返還金の７債権", 8.5, before=4)
para(d, "※　令和５年度の収入未済額のうち国民健康保険税の滞納繰越分 "
     f"{round(S['国民健康保険税'][2023]['ao'] / 1000, 1):,.1f}百万円", 8.5)
g.fact(PG, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "arrears", "outstanding", "actual",
       round(round(S['国民健康保険税'][2023]['ao'] / 1000, 1) * 1000000), "yen", f"{round(S['国民健康保険税'][2023]['ao'] / 1000, 1):,.1f}百万円")
page_break(d)

# ------------------------------------------------------------- p3 会計別 table
PG = 3
para(d, "４　債権別の収納状況", 12, True, after=4)
para(d, "（１）会計別・債権別の状況（令和５（2023）年度決算）", 10.5, True, after=2)
para(d, "（単位：千円、％）", 9, align="r")
rows_spec = [("sec", "【一般会計】")] + [("debt", n) for n in GEN] + [("sub", "小計", GEN)] + \
            [("sec", "【特別会計】")] + [("debt", n) for n in SPE] + [("sub", "小計", SPE)] + [("tot", "合計", GEN + SPE)]
W = [24, 27, 17, 18, 18, 14, 17, 12, 23]
tb = table(d, len(rows_spec) + 1, 9, W)
for j, h in enumerate(["会計", "債権名", "所管課", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "備考"]):
    set_cell(tb.cell(0, j), h, 8, "c", True, "D9E2F3")
d23 = {n: S[n][2023] for n in S}
gen_start = None
for i, spec in enumerate(rows_spec, start=1):
    kind = spec[0]
    if kind == "sec":
        m = tb.cell(i, 0).merge(tb.cell(i, 8))
        set_cell(m, spec[1], 8.5, "l", True, "F2F2F2")
        continue
    if kind == "debt":
        n = spec[1]
        dd = d23[n]
        set_cell(tb.cell(i, 0), KAI[n], 7.5, "c")
        set_cell(tb.cell(i, 1), n, 8)
        set_cell(tb.cell(i, 2), DEP[n], 7.5)
        debt, raw = n, n
    else:
        dd = total([d23[n] for n in spec[2]])
        m = tb.cell(i, 0).merge(tb.cell(i, 2))
        set_cell(m, spec[1], 8.5, "c", True, "F2F2F2" if kind == "sub" else "E2EFDA")
        debt, raw = None, spec[1]
    vals = [("assessed", dd["ta"]), ("collected", dd["tc"]), ("written_off", dd["tw"]), ("outstanding", dd["to"])]
    for j, (met, v) in enumerate(vals):
        set_cell(tb.cell(i, 3 + j), c(v), 8, "r")
        if kind != "sub":
            g.fact(PG, debt, raw, 2023, "令和５（2023）年度", "total", met, "actual", v * 1000, "yen", c(v))
    set_cell(tb.cell(i, 7), pct(dd["tr"]), 8, "r")
    if kind != "sub":
        g.fact(PG, debt, raw, 2023, "令和５（2023）年度", "total", "collection_rate", "actual", dd["tr"], "percent", pct(dd["tr"]))
    if kind == "debt" and dd["ao"] > 0:
        note = f"うち滞納繰越分\n{c(dd['ao'])}千円"
        set_cell(tb.cell(i, 8), note, 7, "l")
        g.fact(PG, debt, raw, 2023, "令和５（2023）年度", "arrears", "outstanding", "actual", dd["ao"] * 1000, "yen", f"{c(dd['ao'])}千円")
# merge 会計 cells of 一般会計 rows (outer row header)
first, last = 2, 1 + len(GEN)
m = tb.cell(first, 0).merge(tb.cell(last, 0))
set_cell(m, "一般会計", 8, "c")
para(d, "※　小計欄は会計区分ごとの合算。収納率は収入済額÷調定額×100。", 8.5, before=4)
para(d, "※　備考欄の滞納繰越分は、収入未済額のうち令和４年度以前の調定に係るもの。", 8.5)
para(d, "（２）主要債権の現年度分・滞納繰越分の状況", 10.5, True, before=10, after=2)
para(d, "主要債権の区分別の状況は次ページのとおりです。現年度分の収納率はおおむね横ばいで推移している一方、"
     "滞納繰越分は債権によって差が大きく、債権の性質に応じた対応が求められます。", 10.5, first=3.7, align="j")

# ------------------------------------------------------------- p4 landscape: 3-level header table
PG = 4
landscape_section(d)
para(d, "表　主要債権の区分別収納状況（令和４年度・令和５年度決算）", 11, True, after=2)
para(d, "（単位：千円、％）", 9, align="r")
MAJ = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料", "市営住宅使用料"]
tb = table(d, 3 + len(MAJ) + 1, 13, [34] + [19.8] * 12)
set_cell(tb.cell(0, 0).merge(tb.cell(2, 0)), "債権名", 8, "c", True, "D9E2F3")
for yi, (y, lab) in enumerate([(2022, "令和４（2022）年度"), (2023, "令和５（2023）年度")]):
    set_cell(tb.cell(0, 1 + yi * 6).merge(tb.cell(0, 6 + yi * 6)), lab, 8.5, "c", True, "D9E2F3")
    for si, sl in enumerate(["現年度分", "滞納繰越分"]):
        set_cell(tb.cell(1, 1 + yi * 6 + si * 3).merge(tb.cell(1, 3 + yi * 6 + si * 3)), sl, 8, "c", True, "E9EEF7")
        for mi, ml in enumerate(["調定額", "収入済額", "収納率"]):
            set_cell(tb.cell(2, 1 + yi * 6 + si * 3 + mi), ml, 7.5, "c", True, "F2F2F2")
for i, n in enumerate(MAJ + [None]):
    r = 3 + i
    set_cell(tb.cell(r, 0), n or "合計", 8, "l" if n else "c", n is None)
    for yi, y in enumerate([2022, 2023]):
        dd = S[n][y] if n else total([S[x][y] for x in MAJ])
        fyr = "令和４（2022）年度" if y == 2022 else "令和５（2023）年度"
        for si, (seg, ks) in enumerate([("current", ("ca", "cc", "cr")), ("arrears", ("aa", "ac", "ar"))]):
            for mi, (met, k) in enumerate(zip(["assessed", "collected", "collection_rate"], ks)):
                v = dd[k]
                s = pct(v) if met == "collection_rate" else c(v)
                set_cell(tb.cell(r, 1 + yi * 6 + si * 3 + mi), s, 7.5, "r")
                g.fact(PG, n, n or "合計", y, fyr, seg, met, "actual", v if met == "collection_rate" else v * 1000,
                       "percent" if met == "collection_rate" else "yen", s)
para(d, "※　合計欄は表中６債権の合計（児童扶養手当返還金を除く）。", 8.5, before=4)
para(d, "※　滞納繰越分の調定額は、前年度末の収入未済額から当該年度の調定変更を反映した額。", 8.5)

# ------------------------------------------------------------- p5 推移 and targets (portrait)
PG = 5
portrait_section(d)
para(d, "５　収入未済額の推移と目標", 12, True, after=4)
para(d, "（１）収入未済額の推移（各年度決算）", 10.5, True, after=2)
para(d, "（単位：千円、％）", 9, align="r")
tb = table(d, 2 + len(YEARS), 7, [28, 26, 26, 26, 28, 22, 18])
for j, h in enumerate(["年度", "市税", "国民健康保険税", "その他", "合計", "増減額", "増減率"]):
    set_cell(tb.cell(0, j), h, 8, "c", True, "D9E2F3")
avg = {k: 0 for k in ("tax", "kok", "oth", "tot")}
prev = None
for i, y in enumerate(YEARS):
    r = i + 1
    lab = "令和元年度" if y == 2019 else f"令和{y - 2018}年度"
    tax, kok, tot = S["市税"][y]["to"], S["国民健康保険税"][y]["to"], T[y]["to"]
    oth = tot - tax - kok
    for k, v in zip(("tax", "kok", "oth", "tot"), (tax, kok, oth, tot)):
        avg[k] += v
    set_cell(tb.cell(r, 0), lab, 8, "c")
    for j, (v, debt, raw) in enumerate([(tax, "市税", "市税"), (kok, "国民健康保険税", "国民健康保険税"), (oth, None, "その他"),
                                        (tot, None, "合計")]):
        set_cell(tb.cell(r, 1 + j), c(v), 8, "r")
        g.fact(PG, debt, raw, y, lab, "total", "outstanding", "actual", v * 1000, "yen", c(v))
    if prev is None:
        set_cell(tb.cell(r, 5), "－", 8, "c")
        set_cell(tb.cell(r, 6), "－", 8, "c")
    else:
        df = tot - prev
        set_cell(tb.cell(r, 5), tri(df, mark="△"), 8, "r")
        set_cell(tb.cell(r, 6), tri(round(df * 100 / prev, 1), lambda z: f"{z:.1f}", "△"), 8, "r")
        g.fact(PG, None, "合計", y, lab, "total", "difference", "actual", df * 1000, "yen", tri(df, mark="△"))
    prev = tot
r = len(YEARS) + 1
set_cell(tb.cell(r, 0), "5年平均", 8, "c", True, "F2F2F2")
for j, k in enumerate(("tax", "kok", "oth", "tot")):
    set_cell(tb.cell(r, 1 + j), c(round(avg[k] / 5)), 8, "r", False, "F2F2F2")
set_cell(tb.cell(r, 5), "", 8, fill="F2F2F2")
set_cell(tb.cell(r, 6), "", 8, fill="F2F2F2")
para(d, "※　増減額・増減率は合計欄の対前年度比。△は減少。", 8.5, before=3)

para(d, "（２）数値目標", 10.5, True, before=10, after=2)
para(d, "計画期間中の各年度の目標を債権ごとに次のとおり定めます。", 10.5, first=3.7, after=3)
TG = {"市税": [(99.20, 25.00, 118000), (99.25, 26.00, 112000), (99.30, 27.00, 106000)],
      "国民健康保険税": [(94.60, 20.00, 176000), (94.80, 21.00, 168000), (95.00, 22.00, 160000)],
      "介護保険料": [(99.20, 20.00, 11500), (99.25, 21.00, 11000), (99.30, 22.00, 10500)],
      "保育料": [(99.00, 20.00, 2600), (99.10, 21.00, 2400), (99.20, 22.00, 2200)]}
tb = table(d, 1 + 3 * len(TG), 5, [40, 26, 32, 32, 36])
for j, h in enumerate(["債権名", "年度", "現年度分収納率（％）", "滞納繰越分収納率（％）", "収入未済額（千円）"]):
    set_cell(tb.cell(0, j), h, 8, "c", True, "D9E2F3")
r = 1
for n, lst in TG.items():
    for k, (a, b, o) in enumerate(lst):
        y = 2025 + k
        lab = f"R{y - 2018}"
        set_cell(tb.cell(r, 0), n, 8)
        set_cell(tb.cell(r, 1), lab, 8, "c")
        set_cell(tb.cell(r, 2), pct(a), 8, "r")
        set_cell(tb.cell(r, 3), pct(b), 8, "r")
        set_cell(tb.cell(r, 4), c(o), 8, "r")
        g.fact(PG, n, n, y, lab, "current", "collection_rate", "target", a, "percent", pct(a))
        g.fact(PG, n, n, y, lab, "arrears", "collection_rate", "target", b, "percent", pct(b))
        g.fact(PG, n, n, y, lab, "total", "outstanding", "target", o * 1000, "yen", c(o))
        r += 1

# ------------------------------------------------------------- p6-7 債権ごとの取組み
INIT = {
    "市税": ("（１）滞納の未然防止", [
        ("ア", None, "口座振替の推進", [("(ｱ)", "納税通知書に口座振替依頼書を同封し、新規納税義務者への勧奨を行う。", "継続"),
                                     ("(ｲ)", "Ｗｅｂ口座振替受付サービスを導入し、窓口に来なくても申込みができるようにする。", "新規")]),
        ("イ", "滞納整理の強化", None, [("(ｱ)", "滞納繰越１年目の案件に重点を置き、早期の財産調査と差押えを行う。", "拡充"),
                                   ("(ｲ)", "岡山県南西部滞納整理組合との共同催告を年２回実施する。", "継続")]),
    ]),
    "国民健康保険税": ("（１）収納率向上の取組", [
        ("ア", None, None, [("", "国保加入手続の際に口座振替の申込みを受け付け、現年度分の未納発生を抑える。", "継続")]),
        ("イ", None, None, [("", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を管理する。", "継続")]),
        ("ウ", None, None, [("", "高額滞納案件は市税と一体で滞納処分を行い、換価を進める。", "拡充")]),
    ]),
    "介護保険料": ("（１）収納率向上の取組", [
        ("ア", None, None, [("", "普通徴収の被保険者に納付書送付時の案内文を工夫し、期限内納付を促す。", "継続")]),
        ("イ", None, None, [("", "２年の時効が近い未納分について、給付制限の説明を含めた個別催告を行う。", "新規")]),
    ]),
    "保育料": ("（１）収納率向上の取組", [
        ("ア", None, None, [("", "児童手当からの特別徴収（申出徴収）を保護者に案内する。", "継続")]),
        ("イ", None, None, [("", "退所者の未納分は、退所時に納付計画を確認し、計画的な回収に努める。", "継続")]),
    ]),
}


def debt_block(n, pg):
    dd, dp = S[n][2023], S[n][2022]
    title, groups = INIT[n]
    para(d, f"６　債権ごとの取組み（{n}）", 11.5, True, before=4, after=3)
    tb = table(d, 4, 3, [34, 30, 106])
    for j, h in enumerate(["項目", "令和５年度実績", "現状と課題"]):
        set_cell(tb.cell(0, j), h, 8, "c", True, "D9E2F3")
    for i, (lab, seg, met, k) in enumerate([("現年度分収納率（％）", "current", "collection_rate", "cr"),
                                            ("滞納繰越分収納率（％）", "arrears", "collection_rate", "ar"),
                                            ("収入未済額（千円）", "total", "outstanding", "to")]):
        v = dd[k]
        s = pct(v) if met == "collection_rate" else c(v)
        set_cell(tb.cell(1 + i, 0), lab, 8)
        set_cell(tb.cell(1 + i, 1), s, 8, "r")
        g.fact(pg, n, n, 2023, "令和５年度", seg, met, "actual", v if met == "collection_rate" else v * 1000,
               "percent" if met == "collection_rate" else "yen", s)
    m = tb.cell(1, 2).merge(tb.cell(3, 2))
    diff = dp["to"] - dd["to"]
    word = "減少" if diff >= 0 else "増加"
    s1, s2 = f"{c(dd['to'])}千円", f"{c(abs(diff))}千円"
    ptxt = (f"令和５年度末の収入未済額は{s1}で、前年度より{s2}{word}した。"
            f"滞納繰越分の収納率は{pct(dd['ar'])}％（前年度{pct(dp['ar'])}％）であり、"
            "長期化した案件の整理と新規滞納の抑制が課題である。")
    set_cell(m, ptxt, 8, "j")
    g.fact(pg, n, n, 2023, "令和５年度", "total", "outstanding", "actual", dd["to"] * 1000, "yen", s1)
    g.fact(pg, n, n, 2023, "令和５年度", "total", "difference", "actual", -diff * 1000, "yen", s2 + word)
    g.fact(pg, n, n, 2023, "令和５年度", "arrears", "collection_rate", "actual", dd["ar"], "percent", f"{pct(dd['ar'])}％")
    g.fact(pg, n, n, 2022, "前年度", "arrears", "collection_rate", "actual", dp["ar"], "percent", f"{pct(dp['ar'])}％")
    para(d, "【今後の取組み】", 10, True, before=5, after=1)
    para(d, title, 10, True, indent=2)
    for lab, head, head2, items in groups:
        if head or head2:
            para(d, f"{lab}　{head or head2}", 10, indent=5)
            for l2, text, st in items:
                para(d, f"{l2}　{text}【{st}】", 10, indent=9, first=-4)
                g.init(pg, n, 2025, "債権ごとの取組み", f"{title.split('）')[0]}）{lab}{l2}", text, st)
        else:
            for l2, text, st in items:
                para(d, f"{lab}　{text}【{st}】", 10, indent=9, first=-4)
                g.init(pg, n, 2025, "債権ごとの取組み", f"{title.split('）')[0]}）{lab}", text, st)


page_break(d)
debt_block("市税", 6)
para(d, "", after=6)
debt_block("国民健康保険税", 6)
page_break(d)
debt_block("介護保険料", 7)
para(d, "", after=6)
debt_block("保育料", 7)
para(d, "７　計画の推進体制", 11.5, True, before=10, after=3)
para(d, "副市長を委員長とする井原市債権管理委員会において、毎年度、目標の達成状況を検証し、必要に応じて取組みの見直しを行います。"
     "検証結果は市ホームページで公表します。", 10.5, first=3.7, align="j")
footer_page_numbers(d)

dx = WORK / f"{STEM}.docx"
d.save(dx)
out = to_pdf(dx, PDF_DIR / f"{STEM}.pdf")
gp = g.write(out)
sys.exit(1 if check(out, gp) else 0)
