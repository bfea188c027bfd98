"""nb_seiyo_plan_1: 第２次西予市債権管理計画（令和６年度～令和８年度）.

Tool chain: HTML/CSS written by this script -> chromium --headless --print-to-pdf.
Run from corpus/dev52:  python3 build/nb_seiyo_plan_1.py
"""
from __future__ import annotations

import subprocess
import sys

sys.dont_write_bytecode = True
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from nb_common import Gold, PDF_DIR, WORK, comma, rate, rnd, signed, check  # noqa: E402

STEM = "nb_seiyo_plan_1"
G = Gold(STEM, "plan", "西予市", "第２次西予市債権管理計画", "2024-03-01", "令和６年３月", "plan")
PAGES: list[str] = []


def era(fy: int) -> str:
    if fy >= 2019:
        n = fy - 2018
        return "令和元" if n == 1 else f"令和{n}"
    return f"平成{fy - 1988}"


def zen(s):
    return str(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def fyl(fy):  # 令和４（2022）年度
    return f"{era(fy)}（{fy}）年度"


# --------------------------------------------------------------------------- data
# main debts: key -> (printed, abbreviated, canonical)
MAIN = [("tax", "市税", "市税", "市税"),
        ("kokuho", "国民健康保険税", "国保税", "国民健康保険料"),
        ("kaigo", "介護保険料", "介護料", "介護保険料"),
        ("kouki", "後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料")]
CAN = {k: c for k, _, _, c in MAIN}
FULL = {k: f for k, f, _, _ in MAIN}
ABBR = {k: a for k, _, a, _ in MAIN}
# per year (2020..2022): current assessed (千円), current rate, arrears rate, written off (千円)
SPEC = {
    "tax": {"arr2020": 248_765, 2020: (3_812_456, 98.62, 21.35, 12_345), 2021: (3_856_789, 98.81, 23.10, 10_987),
            2022: (3_912_345, 98.93, 25.42, 9_876)},
    "kokuho": {"arr2020": 198_765, 2020: (812_345, 93.12, 18.45, 15_432), 2021: (798_123, 93.58, 19.80, 14_210),
               2022: (776_543, 94.01, 21.05, 13_005)},
    "kaigo": {"arr2020": 23_456, 2020: (712_345, 98.91, 14.20, 3_456), 2021: (718_901, 99.02, 15.10, 3_210),
              2022: (721_234, 99.10, 16.35, 2_987)},
    "kouki": {"arr2020": 3_456, 2020: (298_765, 99.45, 31.20, 234), 2021: (305_432, 99.51, 33.40, 198),
              2022: (312_345, 99.58, 35.80, 176)},
}
D = {}
for k, sp in SPEC.items():
    arr_a = sp["arr2020"]
    D[k] = {}
    for fy in (2020, 2021, 2022):
        ca, cr, ar, wo = sp[fy]
        cc = int(round(ca * cr / 100))
        ac = int(round(arr_a * ar / 100))
        out = ca + arr_a - cc - ac - wo
        D[k][fy] = {"cur": (ca, cc), "arr": (arr_a, ac), "tot": (ca + arr_a, cc + ac), "wo": wo, "out": out,
                    "arr_out": arr_a - ac - wo}
        arr_a = out
# other debts, 令和４年度 totals (千円): key, printed abbr, full, canonical, a, c, wo, arrears outstanding note
OTHER_GEN = [("hoiku", "保育料", "保育所保育料", "保育料", 104_321, 99_876, 432, None),
             ("jutaku", "住宅使用料", "市営住宅使用料", "市営住宅使用料", 142_345, 128_765, 1_234, 9_876),
             ("shinchiku", "住宅新築資金", "住宅新築資金等貸付金", "住宅新築資金等貸付金", 23_456, 3_456, 0, 19_234),
             ("kyushoku", "給食費", "学校給食費", "学校給食費", 112_345, 111_234, 87, None)]
OTHER_SP = [("noshu", "農集排", "農業集落排水使用料", "農業集落排水使用料", 45_678, 44_321, 123, None)]
# 全会計 totals by year (千円) for 平成29～令和元年度, and the debts outside the four main ones for R2, R3
HIST = {2017: (6_512_345, 5_798_765, 92_345), 2018: (6_498_765, 5_842_345, 71_234),
        2019: (6_455_678, 5_876_543, 58_765)}
OTHERS_SUM = {2020: (431_234, 385_678, 3_456), 2021: (429_876, 386_912, 2_345)}


def year_tot(fy):
    if fy in HIST:
        a, c, wo = HIST[fy]
    else:
        if fy == 2022:
            oth = [(x[4], x[5], x[6]) for x in OTHER_GEN + OTHER_SP]
            oa, oc, ow = (sum(v[i] for v in oth) for i in range(3))
        else:
            oa, oc, ow = OTHERS_SUM[fy]
        a = oa + sum(D[k][fy]["tot"][0] for k in D)
        c = oc + sum(D[k][fy]["tot"][1] for k in D)
        wo = ow + sum(D[k][fy]["wo"] for k in D)
    return a, c, wo, a - c - wo


# targets of the first plan (令和３・４年度) and of this plan (令和６～８年度)
OLD_T = {"tax": {2021: (98.80, 23.00), 2022: (98.90, 25.00)},
         "kokuho": {2021: (93.80, 20.00), 2022: (94.20, 21.50)},
         "kaigo": {2021: (99.00, 15.00), 2022: (99.10, 16.00)},
         "kouki": {2021: (99.50, 33.00), 2022: (99.55, 35.00)}}
NEW_T = {"tax": {2024: (99.00, 27.00, 168_000), 2025: (99.05, 28.00, 160_000), 2026: (99.10, 29.00, 152_000)},
         "kokuho": {2024: (94.30, 22.00, 181_000), 2025: (94.60, 23.00, 174_000), 2026: (94.90, 24.00, 167_000)},
         "kaigo": {2024: (99.15, 17.00, 21_500), 2025: (99.20, 17.50, 20_800), 2026: (99.25, 18.00, 20_100)},
         "kouki": {2024: (99.60, 36.00, 2_600), 2025: (99.62, 36.50, 2_500), 2026: (99.65, 37.00, 2_400)}}


def F(page, raw, value, unit, metric, key, seg, basis, fy, fy_raw, debt_raw=None, approx=False, debt=None):
    if key in CAN:
        debt = CAN[key]
        dr = debt_raw or FULL[key]
    else:
        dr = debt_raw
    G.fact(page, raw, value, unit, metric, debt=debt, debt_raw=dr, fy=fy, fy_raw=fy_raw, segment=seg,
           basis=basis, approx=approx)
    return raw


def kyen(page, v, metric, key, seg, basis, fy, fy_raw, **kw):
    return F(page, comma(v), v * 1000, "yen", metric, key, seg, basis, fy, fy_raw, **kw)


def pc(page, v, key, seg, basis, fy, fy_raw, sign="", **kw):
    F(page, f"{v:.2f}", v, "percent", "collection_rate", key, seg, basis, fy, fy_raw, **kw)
    return f"{v:.2f}{sign}"


def foot(n):
    return f'<div class="foot">－ {n - 1} －</div>' if n > 1 else ""


def page(html, cls=""):
    n = len(PAGES) + 1
    PAGES.append(f'<section class="page {cls}">{html}{foot(n)}</section>')


# --------------------------------------------------------------------------- page 1: cover
page("""
<div class="cover">
 <div class="c1">第２次</div>
 <div class="c2">西予市債権管理計画</div>
 <div class="c3">令和６（2024）年度～令和８（2026）年度</div>
 <div class="c4">令和６年３月</div>
 <div class="c5">西　予　市</div>
</div>""", "coverpage")

# --------------------------------------------------------------------------- page 2: 目次 + 第１章
n = 2
toc = [("第１章　計画の概要", 1), ("１　計画策定の趣旨", 1), ("２　計画期間", 2), ("第２章　債権の現状", 2),
       ("１　債権全体の状況", 2), ("２　会計別・債権別の状況", 3), ("３　主要債権の収納状況", 4), ("第３章　第１次計画の検証", 4), ("第４章　数値目標", 5),
       ("第５章　債権ごとの取組", 6), ("１　市税（債権管理推進シート）", 6), ("２　国民健康保険税（債権管理推進シート）", 7),
       ("３　債権ごとの取組み（介護保険料）", 7), ("４　債権ごとの取組み（後期高齢者医療保険料）", 7)]
toc_html = "".join(
    f'<div class="toc {"ch" if t.startswith("第") else "sec"}"><span>{t}</span><span class="dots"></span>'
    f'<span class="pg">{zen(p)}</span></div>' for t, p in toc)
page(f"""
<h2 class="toch">目　次</h2>
{toc_html}
<h1>第１章　計画の概要</h1>
<h3>１　計画策定の趣旨</h3>
<h4>（１）背景</h4>
<p>本市では、平成３１年３月に「西予市債権管理条例」を制定し、同条例に基づき令和２（2020）年度から令和５（2023）年度までを期間とする「西予市債権管理計画」（以下「第１次計画」という。）を策定して、市税をはじめとする市の債権の適正な管理と収入未済額の縮減に取り組んできた。</p>
<h4>（２）第１次計画の成果と課題</h4>
<p class="m">ア　成果</p>
<p class="mm">(ｱ)　全庁的な徴収体制の整備により、主要債権の現年度分収納率は各年度とも前年度を上回って推移した。</p>
<p class="mm">(ｲ)　滞納繰越分については、財産調査と滞納処分の徹底により収納率が上昇した。</p>
<p class="m">イ　課題</p>
<p class="mm">(ｱ)　非強制徴収公債権及び私債権では、法的措置の実施に至らない案件が多く残っている。</p>
<p class="mm">(ｲ)　高齢化の進展に伴い、生活困窮による納付困難事案の増加が見込まれる。</p>
""")

# --------------------------------------------------------------------------- page 3: 計画期間, 表1 (years as rows)
n = 3
rows = []
for fy in (2017, 2018, 2019, 2020, 2021, 2022):
    a, c, wo, out = year_tot(fy)
    lab = {2017: "H29（2017）", 2018: "H30（2018）", 2019: "R元（2019）", 2020: "R2（2020）", 2021: "R3（2021）",
           2022: "R4（2022）"}[fy]
    cells = []
    for v, met in ((a, "assessed"), (c, "collected"), (wo, "written_off"), (out, "outstanding")):
        m = rnd(v / 1000, 1)
        s = f"{m:,.1f}"
        F(n, s, int(round(m * 1_000_000)), "yen", met, None, "total", "actual", fy, lab, debt_raw="全会計")
        cells.append(f'<td class="n">{s}</td>')
    rr = rate(c, a, 1)
    F(n, f"{rr:.1f}", rr, "percent", "collection_rate", None, "total", "actual", fy, lab, debt_raw="全会計")
    cells.append(f'<td class="n">{rr:.1f}</td>')
    rows.append(f"<tr><th class='l'>{lab}</th>{''.join(cells)}</tr>")
out17, out22 = year_tot(2017)[3], year_tot(2022)[3]
m17, m22 = int(rnd(out17 / 100, 0)), int(rnd(out22 / 100, 0))  # 10万円 units -> print in 万円 (rounded to 100万)
m17 = int(rnd(out17 / 1000, 0))
m22 = int(rnd(out22 / 1000, 0))


def oku(m):  # m in 百万円 -> 約X億Y,Y00万円
    return f"約{m // 100}億{m % 100 * 100:,}万円" if m % 100 else f"約{m // 100}億円"


s22, s17, sdd = oku(m22), oku(m17), oku(m17 - m22)
F(n, s22, m22 * 1_000_000, "yen", "outstanding", None, "total", "actual", 2022, "令和４（2022）年度", approx=True)
F(n, s17, m17 * 1_000_000, "yen", "outstanding", None, "total", "actual", 2017, "平成２９年度（2017年度）", approx=True)
F(n, sdd, (m22 - m17) * 1_000_000, "yen", "difference", None, "total", "actual", 2022, "令和４（2022）年度", approx=True)
r22 = rate(year_tot(2022)[1], year_tot(2022)[0], 1)
r17 = rate(year_tot(2017)[1], year_tot(2017)[0], 1)
s_pt = f"{rnd(r22 - r17, 1):.1f}ポイント"
F(n, s_pt, rnd(r22 - r17, 1), "points", "difference", None, "total", "actual", 2022, "令和４（2022）年度")
page(f"""
<h4>（３）計画の位置付け</h4>
<p>本計画は、西予市債権管理条例第５条に規定する計画として、第１次計画の成果と課題を踏まえ、債権の種類ごとに目標と具体的な取組を定めるものである。</p>
<h4>（４）対象債権</h4>
<p>本計画の対象は、令和４年度決算において収入未済額が生じている市の債権のうち、一般会計及び特別会計に属する９債権とする。水道事業会計に属する水道料金は、公営企業として別に経営戦略を定めているため対象としない。</p>
<h3>２　計画期間</h3>
<p>本計画の期間は、令和６（2024）年度から令和８（2026）年度までの３年間とする。なお、社会経済情勢の変化や制度改正等により、必要に応じて見直しを行う。</p>
<h1>第２章　債権の現状</h1>
<h3>１　債権全体の状況</h3>
<p>令和４（2022）年度決算における本市の債権全体の収入未済額は{s22}で、平成２９年度（2017年度）の{s17}から{sdd}減少した。また、全会計の収納率は{s_pt}上昇しており、第１次計画期間を通じて改善傾向が続いている。</p>
<div class="boxcap">表１　収入未済額等の推移（全会計）</div>
<div class="box">
<div class="unit">（単位：百万円、％）</div>
<table class="t1">
<tr><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>
{''.join(rows)}
</table>
</div>
<div class="src">出典：各年度西予市歳入歳出決算書を基に税務課作成</div>
""")

# --------------------------------------------------------------------------- page 4: 表2 section rows
n = 4
rows = []


def t2row(key, label, a, c, wo, note):
    out = a - c - wo
    dr = label
    cells = []
    for v, met in ((a, "assessed"), (c, "collected"), (wo, "written_off"), (out, "outstanding")):
        if met == "written_off" and v == 0:
            cells.append('<td class="n">－</td>')
            continue
        if key in CAN:
            kyen(n, v, met, key, "total", "actual", 2022, "令和４年度", debt_raw=dr)
        else:
            F(n, comma(v), v * 1000, "yen", met, None, "total", "actual", 2022, "令和４年度", debt_raw=dr, debt=key)
        cells.append(f'<td class="n">{comma(v)}</td>')
    rr = rate(c, a)
    if key in CAN:
        pc(n, rr, key, "total", "actual", 2022, "令和４年度", debt_raw=dr)
    else:
        F(n, f"{rr:.2f}", rr, "percent", "collection_rate", None, "total", "actual", 2022, "令和４年度", debt_raw=dr,
          debt=key)
    cells.append(f'<td class="n">{rr:.2f}</td>')
    nt = ""
    if note:
        s = f"{comma(note)}千円"
        if key in CAN:
            F(n, s, note * 1000, "yen", "outstanding", key, "arrears", "actual", 2022, "令和４年度", debt_raw=dr)
        else:
            F(n, s, note * 1000, "yen", "outstanding", None, "arrears", "actual", 2022, "令和４年度", debt_raw=dr,
              debt=key)
        nt = f"うち滞納繰越分<br>{s}"
    return f"<tr><td class='l'>{label}</td>{''.join(cells)}<td class='note'>{nt}</td></tr>", (a, c, wo, out)


def sums(tuples):
    return tuple(sum(t[i] for t in tuples) for i in range(4))


gen_rows, gen_vals = [], []
r_, v_ = t2row("tax", "市税", *D["tax"][2022]["tot"], D["tax"][2022]["wo"], D["tax"][2022]["arr_out"])
gen_rows.append(r_)
gen_vals.append(v_)
for key, ab, full, can, a, c, wo, note in OTHER_GEN:
    r_, v_ = t2row(can, ab, a, c, wo, note)
    gen_rows.append(r_)
    gen_vals.append(v_)
sp_rows, sp_vals = [], []
for k in ("kokuho", "kaigo", "kouki"):
    r_, v_ = t2row(k, ABBR[k], *D[k][2022]["tot"], D[k][2022]["wo"], D[k][2022]["arr_out"] if k == "kokuho" else None)
    sp_rows.append(r_)
    sp_vals.append(v_)
for key, ab, full, can, a, c, wo, note in OTHER_SP:
    r_, v_ = t2row(can, ab, a, c, wo, note)
    sp_rows.append(r_)
    sp_vals.append(v_)


def subrow(label, vals, cls):
    a, c, wo, out = vals
    cells = []
    for v, met in ((a, "assessed"), (c, "collected"), (wo, "written_off"), (out, "outstanding")):
        F(n, comma(v), v * 1000, "yen", met, None, "total", "actual", 2022, "令和４年度", debt_raw=label)
        cells.append(f'<td class="n">{comma(v)}</td>')
    rr = rate(c, a)
    F(n, f"{rr:.2f}", rr, "percent", "collection_rate", None, "total", "actual", 2022, "令和４年度", debt_raw=label)
    cells.append(f'<td class="n">{rr:.2f}</td>')
    return f"<tr class='{cls}'><td class='l'>{label}</td>{''.join(cells)}<td></td></tr>"


gsum, ssum = sums(gen_vals), sums(sp_vals)
allsum = sums([gsum, ssum])
assert allsum == year_tot(2022), (allsum, year_tot(2022))
page(f"""
<h3>２　会計別・債権別の状況</h3>
<p>令和４年度決算における債権別の状況は表２のとおりである。収入未済額は市税と国民健康保険税の２債権で全体の約８割を占めている。</p>
<div class="cap">表２　会計別・債権別の収納状況（令和４年度決算）<span class="unitr">（単位：千円、％）</span></div>
<table class="t2">
<tr><th>会計・債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th><th>備考</th></tr>
<tr class="sec"><td colspan="7">【一般会計】</td></tr>
{''.join(gen_rows)}
{subrow("小計", gsum, "sub")}
<tr class="sec"><td colspan="7">【特別会計】</td></tr>
{''.join(sp_rows)}
{subrow("小計", ssum, "sub")}
{subrow("合計", allsum, "tot")}
</table>
<div class="legend">※ 表中の債権名は次のとおり略記している。<br>
国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、住宅使用料：市営住宅使用料、住宅新築資金：住宅新築資金等貸付金、給食費：学校給食費、農集排：農業集落排水使用料<br>
※ 備考欄の「うち滞納繰越分」は、収入未済額のうち過年度に調定した分の額である。<br>
※ 収納率＝収入済額÷調定額×100</div>
<h3>３　債権の区分</h3>
<p>市の債権は、法令上の性質により、滞納処分が可能な強制徴収公債権、滞納処分ができない非強制徴収公債権及び私法上の原因に基づく私債権に区分される。区分ごとに、督促、延滞金、時効及び徴収手続が異なることから、所管課は債権の性質に応じた管理を行う必要がある。</p>
<table class="cls"><tr><th>区分</th><th>主な債権</th><th>時効</th><th>主な徴収手続</th></tr>
<tr><td>強制徴収公債権</td><td class="l">市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料、農業集落排水使用料</td><td>５年（保険料は２年）</td><td class="l">督促、財産調査、滞納処分</td></tr>
<tr><td>非強制徴収公債権</td><td class="l">生活保護費返還金（法第63条）等</td><td>５年</td><td class="l">督促、支払督促等の法的措置</td></tr>
<tr><td>私債権</td><td class="l">市営住宅使用料、住宅新築資金等貸付金、学校給食費</td><td>５年等</td><td class="l">催告、支払督促、訴訟等の法的措置</td></tr></table>
<p>私債権は、時効期間が経過しても債務者の援用がなければ債権が消滅しないため、回収見込みのない債権については、西予市債権管理条例に基づく債権放棄を適切に行い、債権の整理を進める。</p>
""")

# --------------------------------------------------------------------------- page 5: 表3 rowspan, 表4 (R3)
n = 5
rows = []
for k, full, ab, can in MAIN:
    for si, (seg, s, lab) in enumerate((("current", "cur", "現年"), ("arrears", "arr", "滞繰"), ("total", "tot", "計"))):
        tds = []
        for fy in (2020, 2021, 2022):
            a, c = D[k][fy][s]
            fr = fyl(fy)
            tds.append(f'<td class="n">{kyen(n, a, "assessed", k, seg, "actual", fy, fr)}</td>')
            tds.append(f'<td class="n">{kyen(n, c, "collected", k, seg, "actual", fy, fr)}</td>')
            tds.append(f'<td class="n">{pc(n, rate(c, a), k, seg, "actual", fy, fr, sign="%")}</td>')
        head = f'<th rowspan="3" class="deb">{full}</th>' if si == 0 else ""
        rows.append(f"<tr class='{'tot' if seg == 'total' else ''}'>{head}<th>{lab}</th>{''.join(tds)}</tr>")
yh = "".join(f'<th colspan="3">{fyl(fy)}</th>' for fy in (2020, 2021, 2022))
mh = "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 3


def t4(fy, cont=False):
    rows4 = []
    for k, full, ab, can in MAIN:
        tds = []
        for seg, s, si in (("current", "cur", 0), ("arrears", "arr", 1)):
            t = OLD_T[k][fy][si]
            a, c = D[k][fy][s]
            act = rate(c, a)
            ach = rnd(act / t * 100, 1)
            tds.append(f'<td class="n">{pc(n, t, k, seg, "target", fy, era(fy) + "年度")}</td>')
            tds.append(f'<td class="n">{pc(n, act, k, seg, "actual", fy, era(fy) + "年度")}</td>')
            tds.append(f'<td class="n">{ach:.1f}</td>')
        rows4.append(f"<tr><th class='l'>{full}</th>{''.join(tds)}</tr>")
    cap = f"表４　第１次計画の目標と実績{'（続き）' if cont else ''}"
    return f"""<div class="cap">{cap}<span class="unitr">（単位：％）</span></div>
<table class="t4"><tr><th rowspan="3">債権名</th><th colspan="6">{era(fy)}年度</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>実績</th><th>達成率</th></tr>
{''.join(rows4)}</table>"""


html5 = f"""
<h3>３　主要債権の収納状況</h3>
<p>収入未済額が多額である主要４債権の過去３か年の収納状況は、表３のとおりである。</p>
<div class="cap">表３　主要債権の収納状況の推移<span class="unitr">（単位：千円）</span></div>
<table class="t3">
<tr><th rowspan="2" colspan="2">債権名・区分</th>{yh}</tr>
<tr>{mh}</tr>
{''.join(rows)}
</table>
<h1>第３章　第１次計画の検証</h1>
<p>第１次計画では、主要債権ごとに現年度分及び滞納繰越分の目標収納率を定めた。各年度の目標と実績は表４のとおりであり、達成率は実績を目標で除したものである。</p>
"""
n = 5
html5 += t4(2021)
page(html5)

# --------------------------------------------------------------------------- page 6: 表4 続き, 第4章 表5 long format
n = 6
html6 = t4(2022, cont=True)
html6 += """<p class="small">※ 達成率＝実績÷目標×100（小数点以下第２位を四捨五入）</p>
<h1>第４章　数値目標</h1>
<p>計画期間における主要債権の数値目標は表５のとおりとする。目標収納率は、第１次計画期間の実績の伸びと県内他市の状況を勘案して設定した。収入未済額の目標は、現年度分と滞納繰越分の合計額である。</p>
<h3>１　目標設定の考え方</h3>
<p class="m">ア　現年度分</p>
<p class="mm">(ｱ)　新たな滞納を発生させないことを最優先とし、第１次計画期間の実績を下回らない水準とする。</p>
<p class="m">イ　滞納繰越分</p>
<p class="mm">(ｱ)　財産調査と滞納処分の徹底により、各年度０．５～１．０ポイントの上昇を目指す。</p>
<h3>２　主要債権の数値目標</h3>
<div class="cap">表５　主要債権の数値目標（令和６～８年度）</div>
<table class="t5"><tr><th>債権名</th><th>年度</th><th>現年度分<br>目標収納率（％）</th><th>滞納繰越分<br>目標収納率（％）</th><th>収入未済額の<br>目標額（千円）</th></tr>
"""
for k, full, ab, can in MAIN:
    for fy in (2024, 2025, 2026):
        tc, ta, to = NEW_T[k][fy]
        fr = f"R{fy - 2018}"
        html6 += (f"<tr><td class='l'>{full}</td><td>{fr}</td>"
                  f"<td class='n'>{pc(n, tc, k, 'current', 'target', fy, fr)}</td>"
                  f"<td class='n'>{pc(n, ta, k, 'arrears', 'target', fy, fr)}</td>"
                  f"<td class='n'>{kyen(n, to, 'outstanding', k, 'total', 'target', fy, fr)}</td></tr>")
html6 += "</table>"
page(html6)

# --------------------------------------------------------------------------- page 7: 推進シート 市税
n = 7
SEC_T = "取組内容"
t = D["tax"]
cr22, cr21 = rate(*t[2022]["cur"][::-1]), rate(*t[2021]["cur"][::-1])
ar22, ar21 = rate(*t[2022]["arr"][::-1]), rate(*t[2021]["arr"][::-1])
s1 = f"{cr22:.2f}％"
s2 = f"{rnd(cr22 - cr21, 2):.2f}ポイント"
s3 = f"{ar22:.2f}％"
s4 = f"{rnd(ar22 - ar21, 2):.2f}ポイント"
F(n, s1, cr22, "percent", "collection_rate", "tax", "current", "actual", 2022, "令和４年度")
F(n, s2, rnd(cr22 - cr21, 2), "points", "difference", "tax", "current", "actual", 2022, "令和４年度")
F(n, s3, ar22, "percent", "collection_rate", "tax", "arrears", "actual", 2022, "令和４年度")
F(n, s4, rnd(ar22 - ar21, 2), "points", "difference", "tax", "arrears", "actual", 2022, "令和４年度")
tc8, ta8, to8 = NEW_T["tax"][2026]
DELQ = 1_236
F(n, f"{comma(DELQ)}人", DELQ, "persons", "delinquents", "tax", "total", "actual", 2022, "令和４年度末")


def blk(page_no, key, fy, fy_raw, basis, c, a, o):
    return (f'<td class="n">{pc(page_no, c, key, "current", basis, fy, fy_raw)}</td>'
            f'<td class="n">{pc(page_no, a, key, "arrears", basis, fy, fy_raw)}</td>'
            f'<td class="n">{kyen(page_no, o, "outstanding", key, "total", basis, fy, fy_raw)}</td>')


tax_items = [
    ("滞納の未然防止", [
        ("①", "納期限前の納付案内をＳＭＳで送信し、納め忘れを防止する。", "新規"),
        ("②", "口座振替の加入勧奨を行い、Web口座振替受付サービスを周知する。", "継続"),
        ("③", "スマートフォン決済等の納付手段を拡大する。", "拡充")]),
    ("滞納整理の強化", [
        ("①", "督促状発送後、早期に財産調査を行い、預貯金・給与等の差押えを実施する。", "継続"),
        ("②", "愛媛地方税滞納整理機構への移管により、高額・困難案件の整理を進める。", "継続"),
        ("③", "執行停止の要件を満たす案件は速やかに停止処分を行い、不良債権を整理する。", None)]),
]
cells = []
for area, its in tax_items:
    lines_ = []
    for lab, txt, st in its:
        G.init(n, txt, debt="市税", fy=2024, section=f"{SEC_T}（{area}）", label=lab, status=st)
        lines_.append(f"{lab}{txt}{'【' + st + '】' if st else ''}")
    cells.append(f"<tr><th class='l'>{area}</th><td class='items'>{'<br>'.join(lines_)}</td></tr>")
page(f"""
<h1>第５章　債権ごとの取組</h1>
<h3>１　市税</h3>
<div class="sheet">債権管理推進シート</div>
<table class="kv"><tr><th>債権名</th><td>市税</td><th>所管課</th><td>税務課（収納係）</td><th>債権区分</th><td>強制徴収公債権</td></tr></table>
<h4>（１）現状と課題</h4>
<p>令和４年度の現年課税分収納率は{s1}で、前年度から{s2}上昇した。滞納繰越分の収納率は{s3}となり、前年度比{s4}の上昇となっている。一方で、固定資産税の共有名義や相続未登記に起因する滞納案件が増えており、相続人調査に時間を要している。令和４年度末の滞納者数は{comma(DELQ)}人で、うち滞納額１００万円以上の高額滞納者が３８人となっている。</p>
<h4>（２）数値目標</h4>
<table class="two">
<tr><th colspan="3">決算（令和４年度）</th><th class="gap"></th><th colspan="3">目標（令和８年度）</th></tr>
<tr><th>現年度分<br>収納率（％）</th><th>滞納繰越分<br>収納率（％）</th><th>収入未済額<br>（千円）</th><th class="gap"></th><th>現年度分<br>収納率（％）</th><th>滞納繰越分<br>収納率（％）</th><th>収入未済額<br>（千円）</th></tr>
<tr>{blk(n, "tax", 2022, "令和４年度", "actual", cr22, ar22, t[2022]["out"])}<td class="gap"></td>{blk(n, "tax", 2026, "令和８年度", "target", tc8, ta8, to8)}</tr>
</table>
<h4>（３）取組内容</h4>
<table class="it"><tr><th>区分</th><th>取組内容</th></tr>{''.join(cells)}</table>
<p class="small">※ 【新規】は本計画から新たに取り組むもの、【拡充】は第１次計画の取組を拡充するもの、【継続】は引き続き実施するもの。</p>
""")

# --------------------------------------------------------------------------- page 8: 国保 sheet + 介護 section
n = 8
k = D["kokuho"]
kr = [(fy, NEW_T["kokuho"][fy]) for fy in (2024, 2025, 2026)]
cur22 = rate(*k[2022]["cur"][::-1])
arr22 = rate(*k[2022]["arr"][::-1])
tr = []
for lab, si, seg in (("現年度分収納率（％）", 0, "current"), ("滞納繰越分収納率（％）", 1, "arrears")):
    v22 = cur22 if si == 0 else arr22
    tds = f'<td class="n">{pc(n, v22, "kokuho", seg, "actual", 2022, "令和４年度")}</td>'
    for fy, tt in kr:
        tds += f'<td class="n">{pc(n, tt[si], "kokuho", seg, "target", fy, f"令和{fy - 2018}年度")}</td>'
    tr.append(f"<tr><th class='l'>{lab}</th>{tds}</tr>")
tds = f'<td class="n">{kyen(n, k[2022]["out"], "outstanding", "kokuho", "total", "actual", 2022, "令和４年度")}</td>'
for fy, tt in kr:
    tds += f'<td class="n">{kyen(n, tt[2], "outstanding", "kokuho", "total", "target", fy, f"令和{fy - 2018}年度")}</td>'
tr.append(f"<tr><th class='l'>収入未済額（千円）</th>{tds}</tr>")
kok_items = [
    ("(1)", "ア", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を管理する。", "継続"),
    ("(1)", "イ", "資格喪失の届出勧奨を行い、社会保険との重複加入による賦課を解消する。", "新規"),
    ("(2)", "ア", "滞納世帯の預貯金・生命保険等の調査を徹底し、差押えを実施する。", "継続"),
    ("(2)", "イ", "国民健康保険税の滞納整理を税務課と一元的に行う体制を整える。", "拡充"),
]
heads = {"(1)": "滞納の未然防止", "(2)": "滞納整理の強化"}
ih = ""
last = None
for big, small, txt, st in kok_items:
    if big != last:
        ih += f"<div class='ib'>{big}　{heads[big]}</div>"
        last = big
    G.init(n, txt, debt="国民健康保険料", debt_raw="国民健康保険税", fy=2024, section="取組内容", label=f"{big}{small}",
           status=st)
    ih += f"<div class='is'>{small}　{txt}【{st}】</div>"
kg = D["kaigo"]
kcur, karr = rate(*kg[2022]["cur"][::-1]), rate(*kg[2022]["arr"][::-1])
kout = kg[2022]["out"]
man = int(rnd(kout / 10, 0))  # 万円
s_k1, s_k2, s_k3 = f"{kcur:.2f}％", f"{karr:.2f}％", f"約{man:,}万円"
F(n, s_k1, kcur, "percent", "collection_rate", "kaigo", "current", "actual", 2022, "令和４年度")
F(n, s_k2, karr, "percent", "collection_rate", "kaigo", "arrears", "actual", 2022, "令和４年度")
F(n, s_k3, man * 10_000, "yen", "outstanding", "kaigo", "total", "actual", 2022, "令和４年度", approx=True)
kg_items = [("・", "普通徴収となる新規資格取得者に、納付方法と口座振替の案内を送付する。", "継続"),
            ("・", "滞納により保険給付の制限を受ける前に、文書と電話で早期の納付を促す。", "継続"),
            ("・", "生活困窮者については、福祉部門と連携して生活再建を支援する。", "新規")]
box = ""
for lab, txt, st in kg_items:
    G.init(n, txt, debt="介護保険料", fy=2024, section="主な取組", label=lab, status=st)
    box += f"<div class='bx'>・{txt}【{st}】</div>"
kl = D["kouki"]
lcur, larr = rate(*kl[2022]["cur"][::-1]), rate(*kl[2022]["arr"][::-1])
s_l1, s_l2 = f"{lcur:.2f}％", f"{larr:.2f}％"
F(n, s_l1, lcur, "percent", "collection_rate", "kouki", "current", "actual", 2022, "令和４年度")
F(n, s_l2, larr, "percent", "collection_rate", "kouki", "arrears", "actual", 2022, "令和４年度")
kouki_items = [("現年度分対策", "①", "被保険者となった時点で普通徴収となる方に、口座振替の利用を案内する。", "継続"),
               ("現年度分対策", "②", "納期限後１か月以内に催告書を送付する。", "継続"),
               ("滞納繰越分対策", "①", "分納誓約者の履行状況を毎月確認し、不履行者には速やかに連絡する。", "拡充")]
kouki_rows = ""
for area in ("現年度分対策", "滞納繰越分対策"):
    its = [x for x in kouki_items if x[0] == area]
    cell = []
    for _, lab, txt, st in its:
        G.init(n, txt, debt="後期高齢者医療保険料", fy=2024, section=area, label=lab, status=st)
        cell.append(f"{lab}{txt}【{st}】")
    kouki_rows += f"<tr><th class='l'>{area}</th><td class='items'>{'<br>'.join(cell)}</td></tr>"
page(f"""
<h3>２　国民健康保険税</h3>
<div class="sheet">債権管理推進シート</div>
<table class="kv2"><tr><th class="lv">債権名　国民健康保険税</th><th class="lv">所管課　保険年金課</th><th class="lv">債権区分　強制徴収公債権</th></tr></table>
<h4>（１）数値目標</h4>
<table class="t6"><tr><th>区分</th><th>令和４年度<br>（実績）</th><th>令和６年度<br>（目標）</th><th>令和７年度<br>（目標）</th><th>令和８年度<br>（目標）</th></tr>
{''.join(tr)}</table>
<h4>（２）取組内容</h4>
{ih}
<h3>３　債権ごとの取組み（介護保険料）</h3>
<p>令和４年度の介護保険料の収納率は、現年度分が{s_k1}、滞納繰越分が{s_k2}であり、収入未済額は{s_k3}となっている。滞納繰越分の多くは、年金額が年18万円未満で普通徴収となる被保険者のものである。</p>
<div class="boxt">主な取組</div>
<div class="ibox">{box}</div>
<h3>４　債権ごとの取組み（後期高齢者医療保険料）</h3>
<p>令和４年度の後期高齢者医療保険料の収納率は、現年度分が{s_l1}、滞納繰越分が{s_l2}であった。愛媛県後期高齢者医療広域連合と連携し、次の取組を進める。</p>
<table class="nohead">{kouki_rows}</table>
""")

# --------------------------------------------------------------------------- render
CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'IPAexMincho'; font-size: 11pt; color: #000; }
.page { width: 210mm; height: 296.8mm; padding: 15mm 18mm 14mm 18mm; box-sizing: border-box; position: relative;
        page-break-after: always; break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
.foot { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1 { font-family: 'IPAexGothic'; font-size: 13pt; font-weight: normal; border-bottom: 1.5px solid #333; padding-bottom: 2px;
     margin: 12px 0 8px; }
h2.toch { font-family: 'IPAexGothic'; text-align: center; font-size: 14pt; font-weight: normal; letter-spacing: 4px; margin: 4px 0 10px; }
h3 { font-family: 'IPAexGothic'; font-size: 11pt; font-weight: normal; margin: 10px 0 5px; }
h4 { font-family: 'IPAexGothic'; font-size: 10pt; font-weight: normal; margin: 8px 0 4px 1em; }
p { margin: 3px 0 6px; text-indent: 1em; line-height: 1.75; }
p.m { margin-left: 1.5em; text-indent: 0; }
p.mm { margin-left: 3em; text-indent: -1.5em; padding-left: 0; }
p.small, .small { font-size: 8pt; text-indent: 0; }
.toc { display: flex; font-size: 10.5pt; margin: 3px 0; }
.toc.ch { font-family: 'IPAexGothic'; margin-top: 6px; }
.toc.sec { margin-left: 2em; }
.toc .dots { flex: 1; border-bottom: 1px dotted #555; margin: 0 4px 4px; }
.cover { text-align: center; padding-top: 70mm; font-family: 'IPAexGothic'; }
.cover .c1 { font-size: 18pt; } .cover .c2 { font-size: 28pt; margin: 6mm 0; letter-spacing: 2px; }
.cover .c3 { font-size: 13pt; } .cover .c4 { font-size: 13pt; margin-top: 80mm; } .cover .c5 { font-size: 16pt; margin-top: 6mm; letter-spacing: 6px; }
table { border-collapse: collapse; font-family: 'IPAexGothic'; font-size: 9.2pt; width: 100%; }
th, td { border: 0.6px solid #000; padding: 4px 5px; }
th { background: #e6e6e6; font-weight: normal; }
td.n { text-align: right; } td.l, th.l { text-align: left; } td { text-align: center; }
.cap { font-family: 'IPAexGothic'; font-size: 9.5pt; margin: 10px 0 4px; }
.unitr { float: right; font-size: 8pt; }
.boxcap { font-family: 'IPAexGothic'; font-size: 9.5pt; margin: 12px 0 3px; text-align: center; }
.box { border: 1.2px solid #000; padding: 6px 10px 10px; }
.box .unit { text-align: right; font-size: 8pt; margin-bottom: 2px; font-family: 'IPAexGothic'; }
.src { font-size: 8pt; text-align: right; margin-top: 3px; }
.t2 tr.sec td { text-align: left; background: #f4f4f4; font-family: 'IPAexGothic'; }
.t2 tr.sub td { background: #ececec; } .t2 tr.tot td { background: #dcdcdc; }
.t2 td.note { font-size: 7pt; text-align: left; width: 18%; }
.legend { font-size: 8.5pt; margin-top: 6px; line-height: 1.6; }
.t3 { font-size: 8.2pt; } .t3 th, .t3 td { padding: 3.5px 3px; } .t3 th.deb { width: 12%; }
.t3 tr.tot td { background: #f2f2f2; }
.t4 th.l { width: 22%; }
.t5 td { padding: 3.5px 5px; }
.sheet { font-family: 'IPAexGothic'; display: inline-block; border: 1px solid #000; padding: 1px 10px; font-size: 9pt; margin: 2px 0 6px; }
.kv th { width: 11%; } .kv td { text-align: left; }
.two th.gap, .two td.gap { border: none; background: none; width: 3%; }
.it th.l { width: 18%; } .it td.items { text-align: left; line-height: 1.6; }
.kv2 th.lv { background: #f0f0f0; text-align: left; font-size: 9pt; }
.t6 th.l { width: 28%; }
.cls td { font-size: 8.5pt; }
.nohead th.l { width: 20%; } .nohead td.items { text-align: left; line-height: 1.6; }
.ib { font-family: 'IPAexGothic'; margin: 4px 0 2px 1em; font-size: 9.5pt; }
.is { margin: 1px 0 2px 3em; text-indent: -1.5em; line-height: 1.55; }
.boxt { font-family: 'IPAexGothic'; font-size: 9.5pt; margin: 8px 0 0 0; }
.ibox { border: 1px solid #000; padding: 6px 10px; margin-top: 3px; }
.bx { line-height: 1.6; padding-left: 1em; text-indent: -1em; }
"""
html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>第２次西予市債権管理計画</title><style>{CSS}</style></head><body>{''.join(PAGES)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
out = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", hp.as_uri()], check=True, capture_output=True)
import pymupdf  # noqa: E402
nn = pymupdf.open(out).page_count
assert nn == len(PAGES), f"page overflow: {nn} pages for {len(PAGES)} sections"
G.write(out)
check(STEM)
