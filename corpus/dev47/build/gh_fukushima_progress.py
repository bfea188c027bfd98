"""gh_fukushima_progress_1: 福島市 令和５年度 市税等収納対策の取組状況（令和６年２月末現在）.

Tool chain: HTML/CSS (one landscape named page, inline SVG chart) -> chromium --headless --print-to-pdf.
Run from corpus/dev47:  python3 build/gh_fukushima_progress.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gh_common import (GOLD_DIR, GOTHIC, MINCHO, PDF_DIR, WORK, Gold, comma, fmt_rate, oku_man,  # noqa: E402
                       rate, tri, zen)

STEM = "gh_fukushima_progress_1"
CITY = "福島市"
FY, FYP = 2023, 2022
NOW, PREV = "2024-02-29", "2023-02-28"          # 令和６年２月末 (leap year) / 令和５年２月末
R5, R4 = "令和５年度", "令和４年度"

g = Gold(STEM, "progress_report", "progress", CITY,
         "令和５年度 市税等収納対策の取組状況について（令和６年２月末現在）",
         NOW, "令和６年２月末現在")

# ---------------------------------------------------------------- data (千円)
# name printed, canonical debt, 所管課, current (assessed, rate), arrears (assessed, rate) for R5 / R4 2月末
DEBTS = [
    # printed, canonical, 課, R5cur, R5arr, R4cur, R4arr   (assessed 千円, target rate used to derive collected)
    ("市税", "市税", "納税課", (40512334, 91.42), (1820455, 24.87), (40108772, 91.06), (1947310, 23.66)),
    ("国民健康保険税", "国民健康保険料", "国民健康保険課", (7286510, 82.64), (1433802, 18.43), (7412096, 82.16), (1519344, 19.05)),
    ("介護保険料", "介護保険料", "介護保険課", (8517209, 93.12), (214331, 14.21), (8431877, 92.98), (226708, 13.70)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "国民健康保険課", (3412775, 90.27), (48214, 26.35), (3302540, 90.11), (51306, 25.80)),
    ("保育所保育料", "保育所保育料", "こども育成課", (612043, 88.71), (96512, 12.64), (655870, 88.02), (104287, 12.10)),
    ("市営住宅使用料", "住宅使用料", "住宅政策課", (751388, 90.52), (186204, 9.81), (760421, 90.44), (193512, 9.37)),
    ("下水道使用料", "下水道使用料", "下水道経営課", (5803117, 88.93), (132640, 31.24), (5791203, 88.70), (141102, 30.66)),
]


def block(assessed, target):
    col = round(assessed * target / 100)
    return {"a": assessed, "c": col, "r": rate(col, assessed)}


D = {}
for name, canon, ka, c5, a5, c4, a4 in DEBTS:
    D[name] = {"canon": canon, "ka": ka,
               "R5": {"cur": block(*c5), "arr": block(*a5)},
               "R4": {"cur": block(*c4), "arr": block(*a4)}}


def tot(yr, seg):
    a = sum(D[n][yr][seg]["a"] for n in D)
    c = sum(D[n][yr][seg]["c"] for n in D)
    return {"a": a, "c": c, "r": rate(c, a)}


TOT = {yr: {seg: tot(yr, seg) for seg in ("cur", "arr")} for yr in ("R5", "R4")}

# year-end figures per debt (％): 決算見込 R5, 目標 R5, 決算 R4 (current / arrears)
YEAR_END = {
    "市税": {"cur": (98.98, 98.90, 98.95), "arr": (31.20, 30.50, 30.12)},
    "国民健康保険税": {"cur": (94.05, 94.20, 93.87), "arr": (24.10, 25.00, 24.62)},
    "介護保険料": {"cur": (99.12, 99.10, 99.05), "arr": (18.30, 18.00, 17.66)},
    "後期高齢者医療保険料": {"cur": (99.51, 99.50, 99.47), "arr": (40.20, 40.00, 39.81)},
    "保育所保育料": {"cur": (97.60, 97.80, 97.42), "arr": (16.50, 17.00, 16.03)},
    "市営住宅使用料": {"cur": (96.80, 97.00, 96.71), "arr": (12.40, 12.50, 11.98)},
    "下水道使用料": {"cur": (98.70, 98.80, 98.64), "arr": (42.00, 42.00, 41.35)},
}

# table 3: 決算 current rates by year (rows) x debt (columns); R5 row = 見込
T3_DEBTS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料"]
T3 = {  # fy: values
    2019: (98.61, 92.84, 98.90, 99.38),
    2020: (98.70, 93.12, 98.97, 99.41),
    2021: (98.83, 93.54, 99.01, 99.44),
}
T3[2022] = tuple(YEAR_END[n]["cur"][2] for n in T3_DEBTS)
T3[2023] = tuple(YEAR_END[n]["cur"][0] for n in T3_DEBTS)

# table 4: 市税 現年課税分 決算 R2..R4 (千円); R4 rate must be 98.95
T4 = {2020: (39012455, 38505306), 2021: (39587120, 39123350), 2022: (40421906, 0)}
T4[2022] = (40421906, round(40421906 * 0.98952))
assert rate(T4[2022][1], T4[2022][0]) == 98.95, rate(T4[2022][1], T4[2022][0])

# chart: 市税 現年 2月末 rates R1..R5 ; R4, R5 from the big table
CHART = [(2019, "R1", "2020-02-29", 90.31), (2020, "R2", "2021-02-28", 89.74), (2021, "R3", "2022-02-28", 90.58),
         (2022, "R4", PREV, D["市税"]["R4"]["cur"]["r"]), (2023, "R5", NOW, D["市税"]["R5"]["cur"]["r"])]

# table 5: month-end current rates (12月末, 1月末, 2月末) R5 / R4
MONTHS = [("12月末", "2023-12-31", "2022-12-31"), ("１月末", "2024-01-31", "2023-01-31"), ("２月末", NOW, PREV)]
T5 = {
    "市税": {"R5": (80.12, 85.96, D["市税"]["R5"]["cur"]["r"]), "R4": (79.88, 85.70, D["市税"]["R4"]["cur"]["r"])},
    "国民健康保険税": {"R5": (66.35, 74.82, D["国民健康保険税"]["R5"]["cur"]["r"]),
                  "R4": (66.71, 74.50, D["国民健康保険税"]["R4"]["cur"]["r"])},
}

# districts: split 市税 current assessed/collected exactly
DISTRICTS = [("中央地区", 0.231, 91.95, 91.60), ("渡利地区", 0.062, 91.10, 90.82), ("杉妻地区", 0.071, 92.03, 91.41),
             ("清水地区", 0.128, 91.66, 91.52), ("東部地区", 0.074, 90.21, 89.95), ("北信地区", 0.088, 91.37, 90.88),
             ("吾妻地区", 0.093, 90.84, 90.61), ("飯坂地区", 0.089, 89.92, 89.70), ("松川地区", 0.058, 90.48, 90.30),
             ("信夫地区", None, None, 90.96)]
A_all, C_all = D["市税"]["R5"]["cur"]["a"], D["市税"]["R5"]["cur"]["c"]
dist = []
acc_a = acc_c = 0
for name, share, r5, r4 in DISTRICTS:
    if share is None:
        a, c = A_all - acc_a, C_all - acc_c
    else:
        a = round(A_all * share)
        c = round(a * r5 / 100)
    acc_a += a
    acc_c += c
    dist.append((name, a, c, rate(c, a), r4))
    assert rate(c, a) > r4, (name, rate(c, a), r4)

# 後期 (円) and 保育料 (千円) small tables: R5 2月末
KOUKI_YEN = {"cur": (3412775412, None), "arr": (48214330, None)}
k_cur_c = round(3412775412 * D["後期高齢者医療保険料"]["R5"]["cur"]["r"] / 100)
k_arr_c = round(48214330 * D["後期高齢者医療保険料"]["R5"]["arr"]["r"] / 100)

# ---------------------------------------------------------------- HTML helpers
CSS = f"""
@font-face {{ font-family: G; src: url(file://{GOTHIC}); }}
@font-face {{ font-family: M; src: url(file://{MINCHO}); }}
@page {{ size: A4 portrait; margin: 16mm 15mm 14mm 15mm; }}
@page land {{ size: A4 landscape; margin: 12mm 12mm 10mm 12mm; }}
body {{ font-family: G; font-size: 9.5pt; color: #111; margin: 0; }}
.page {{ break-after: page; position: relative; }}
.page:last-child {{ break-after: auto; }}
.land {{ page: land; }}
h1 {{ font-size: 18pt; text-align: center; margin: 0; }}
h2 {{ font-size: 12pt; margin: 4mm 0 2mm 0; border-left: 5px solid #2a5d8f; padding-left: 2mm; }}
h3 {{ font-size: 10.5pt; margin: 3mm 0 1.5mm 0; }}
p {{ margin: 0 0 1.6mm 0; line-height: 1.55; }}
.mincho {{ font-family: M; }}
table {{ border-collapse: collapse; }}
td, th {{ padding: 0.6mm 1.2mm; font-weight: normal; }}
.ruled td, .ruled th {{ border: 0.6pt solid #333; }}
.num {{ text-align: right; white-space: nowrap; }}
.c {{ text-align: center; }}
.sh th {{ background: #dfe7f1; }}
.zebra tbody tr:nth-child(even) td {{ background: #eef3f8; }}
.zebra td, .zebra th {{ border-bottom: 0.4pt solid #9bb; }}
.unit {{ text-align: right; font-size: 8.5pt; margin: 0 0 0.8mm 0; }}
.note {{ font-size: 8pt; line-height: 1.45; margin: 0.6mm 0; }}
.box {{ border: 0.8pt solid #333; padding: 2mm 3mm; margin: 2mm 0; }}
.cols2 {{ column-count: 2; column-gap: 8mm; column-rule: 0.4pt solid #999; }}
.vert {{ writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1pt; }}
.pno {{ position: absolute; bottom: -8mm; width: 100%; text-align: center; font-size: 8.5pt; }}
ul {{ margin: 0.5mm 0 1mm 0; padding-left: 5mm; }}
li {{ margin: 0.4mm 0; line-height: 1.5; }}
.item {{ margin: 0.6mm 0 0.6mm 5mm; line-height: 1.5; text-indent: -5mm; padding-left: 5mm; }}
.cap {{ font-weight: bold; font-size: 9.5pt; margin: 2mm 0 0.8mm 0; }}
"""

pages: list[str] = []


def P(i):
    """current page number while building (1-based)"""
    return i


# ---------------------------------------------------------------- page 1: cover + 目次
pg = 1
html = f"""
<div class="page">
<div style="height:38mm"></div>
<p class="c" style="font-size:11pt">資料２</p>
<h1>令和５年度<br>市税等収納対策の取組状況について</h1>
<p class="c" style="font-size:12pt;margin-top:4mm">（令和６年２月末現在）</p>
<div style="height:30mm"></div>
<div class="box" style="width:130mm;margin:0 auto">
<p class="c" style="font-weight:bold;font-size:11pt">目　次</p>
<table style="width:116mm;margin:0 auto;font-size:10pt;white-space:nowrap">
<tr><td>１　収納状況の概要</td><td class="num">・・・・・・・・　２</td></tr>
<tr><td>２　債権別収納状況（２月末現在）</td><td class="num">・・・・・・・・　３</td></tr>
<tr><td>３　収納率の推移</td><td class="num">・・・・・・・・　４</td></tr>
<tr><td>４　地区別の収納状況（市税）</td><td class="num">・・・・・・・・　５</td></tr>
<tr><td>５　後期高齢者医療保険料・保育所保育料の状況</td><td class="num">・・・・・・・・　５</td></tr>
<tr><td>６　債権ごとの後半の取組状況</td><td class="num">・・・・・・・・　６</td></tr>
</table></div>
<div style="height:40mm"></div>
<p class="c" style="font-size:12pt">令和６年３月</p>
<p class="c" style="font-size:13pt">福島市財務部債権管理課</p>
</div>"""
pages.append(html)

# ---------------------------------------------------------------- page 2: 2段組 summary
pg = 2
s5c, s4c = D["市税"]["R5"]["cur"], D["市税"]["R4"]["cur"]
s5a, s4a = D["市税"]["R5"]["arr"], D["市税"]["R4"]["arr"]
d_cur = round(s5c["r"] - s4c["r"], 2)
d_arr1 = round(s5a["r"] - s4a["r"], 1)
col5_yen = round(s5c["c"] * 1000, -6)
col_diff = round((s5c["c"] - s4c["c"]) * 1000, -7)
kw = dict(debt="市税", debt_raw="市税")
t_cur = g.fact(pg, fmt_rate(s5c["r"]) + "％", s5c["r"], metric="collection_rate", basis="interim", fy=FY,
               fy_raw="令和６年２月末", segment="current", as_of=NOW, **kw)
t_dc = g.fact(pg, f"{d_cur:.2f}ポイント上昇", d_cur, metric="difference", unit="points", basis="interim", fy=FY,
              fy_raw="令和６年２月末", segment="current", as_of=NOW, **kw)
t_arr = g.fact(pg, fmt_rate(s5a["r"]) + "％", s5a["r"], metric="collection_rate", basis="interim", fy=FY,
               fy_raw="令和６年２月末", segment="arrears", as_of=NOW, **kw)
t_da = g.fact(pg, f"{d_arr1:.1f}ポイント改善", d_arr1, metric="difference", unit="points", basis="interim", fy=FY,
              fy_raw="令和６年２月末", segment="arrears", as_of=NOW, **kw)
t_col = g.fact(pg, f"約{oku_man(col5_yen)}円", col5_yen, metric="collected", basis="interim", fy=FY,
               fy_raw="令和６年２月末", segment="current", as_of=NOW, approx=True, **kw)
t_cold = g.fact(pg, f"約{oku_man(col_diff)}円増加", col_diff, metric="difference", basis="interim", fy=FY,
                fy_raw="令和６年２月末", segment="current", as_of=NOW, approx=True, **kw)
# R4 決算 outstanding (prose)
OUT_R4 = 1613552000
OUT_R3 = 1736880000
t_out = g.fact(pg, f"約{oku_man(round(OUT_R4, -6))}円", round(OUT_R4, -6), metric="outstanding", basis="actual",
               fy=FYP, fy_raw="令和４年度決算", approx=True, **kw)
t_outd = g.fact(pg, f"約{oku_man(round(OUT_R4 - OUT_R3, -6) * -1)}円減少", round(OUT_R4 - OUT_R3, -6), metric="difference",
                basis="actual", fy=FYP, fy_raw="令和４年度決算", approx=True, **kw)
# 【収納率】 box bullets (segment labels only)
tot5 = {"a": s5c["a"] + s5a["a"], "c": s5c["c"] + s5a["c"]}
tot5["r"] = rate(tot5["c"], tot5["a"])
b1 = g.fact(pg, fmt_rate(s5c["r"]) + "％", s5c["r"], metric="collection_rate", basis="interim", fy=FY,
            fy_raw="令和６年２月末", segment="current", as_of=NOW, **kw)
b2 = g.fact(pg, fmt_rate(s5a["r"]) + "％", s5a["r"], metric="collection_rate", basis="interim", fy=FY,
            fy_raw="令和６年２月末", segment="arrears", as_of=NOW, **kw)
b3 = g.fact(pg, fmt_rate(tot5["r"]) + "％", tot5["r"], metric="collection_rate", basis="interim", fy=FY,
            fy_raw="令和６年２月末", segment="total", as_of=NOW, **kw)
# 国保
k5c, k4c = D["国民健康保険税"]["R5"]["cur"], D["国民健康保険税"]["R4"]["cur"]
k5a, k4a = D["国民健康保険税"]["R5"]["arr"], D["国民健康保険税"]["R4"]["arr"]
kk = dict(debt="国民健康保険料", debt_raw="国民健康保険税")
kd_c = round(k5c["r"] - k4c["r"], 2)
kd_a = round(k5a["r"] - k4a["r"], 2)
q1 = g.fact(pg, fmt_rate(k5c["r"]) + "％", k5c["r"], metric="collection_rate", basis="interim", fy=FY,
            fy_raw="令和６年２月末", segment="current", as_of=NOW, **kk)
q2 = g.fact(pg, f"{kd_c:.2f}ポイント上昇", kd_c, metric="difference", unit="points", basis="interim", fy=FY,
            fy_raw="令和６年２月末", segment="current", as_of=NOW, **kk)
q3 = g.fact(pg, fmt_rate(k5a["r"]) + "％", k5a["r"], metric="collection_rate", basis="interim", fy=FY,
            fy_raw="令和６年２月末", segment="arrears", as_of=NOW, **kk)
q4 = g.fact(pg, f"{abs(kd_a):.2f}ポイント下回って", kd_a, metric="difference", unit="points", basis="interim", fy=FY,
            fy_raw="令和６年２月末", segment="arrears", as_of=NOW, **kk)
# 【参考】 国保 R4 決算 現年課税分
KR4_A = 7405512
KR4_C = round(KR4_A * YEAR_END["国民健康保険税"]["cur"][2] / 100)
assert rate(KR4_C, KR4_A) == YEAR_END["国民健康保険税"]["cur"][2], rate(KR4_C, KR4_A)
r1 = g.fact(pg, comma(KR4_A) + "千円", KR4_A * 1000, metric="assessed", basis="actual", fy=FYP,
            fy_raw="令和４年度決算", segment="current", **kk)
r2_ = g.fact(pg, comma(KR4_C) + "千円", KR4_C * 1000, metric="collected", basis="actual", fy=FYP,
             fy_raw="令和４年度決算", segment="current", **kk)
r3 = g.fact(pg, fmt_rate(rate(KR4_C, KR4_A)) + "％", rate(KR4_C, KR4_A), metric="collection_rate", basis="actual",
            fy=FYP, fy_raw="令和４年度決算", segment="current", **kk)
# 介護 (previous in parentheses, prose)
c5, c4 = D["介護保険料"]["R5"]["cur"], D["介護保険料"]["R4"]["cur"]
ck = dict(debt="介護保険料", debt_raw="介護保険料")
v1 = g.fact(pg, fmt_rate(c5["r"]) + "％", c5["r"], metric="collection_rate", basis="interim", fy=FY,
            fy_raw="令和６年２月末", segment="current", as_of=NOW, **ck)
v2 = g.fact(pg, fmt_rate(c4["r"]) + "％", c4["r"], metric="collection_rate", basis="interim", fy=FYP,
            fy_raw="前年同月", segment="current", as_of=PREV, **ck)
# 下水道 prose
w5, w4 = D["下水道使用料"]["R5"]["cur"], D["下水道使用料"]["R4"]["cur"]
wk = dict(debt="下水道使用料", debt_raw="下水道使用料")
w1 = g.fact(pg, fmt_rate(w5["r"]) + "％", w5["r"], metric="collection_rate", basis="interim", fy=FY,
            fy_raw="令和６年２月末", segment="current", as_of=NOW, **wk)
wd = round(w5["r"] - w4["r"], 2)
assert wd > 0 and d_cur > 0 and d_arr1 > 0 and kd_c > 0 and kd_a < 0
w2 = g.fact(pg, f"{wd:.2f}ポイント", wd, metric="difference", unit="points", basis="interim", fy=FY,
            fy_raw="令和６年２月末", segment="current", as_of=NOW, **wk)

html = f"""
<div class="page">
<h2>１　収納状況の概要</h2>
<p class="mincho">　本市では、「福島市債権管理基本方針」に基づき、令和二年度以降、市税と税外債権の滞納整理を一体的に進めている。令和６年２月末現在の主な債権の収納状況は次のとおりである。</p>
<div class="cols2 mincho">
<h3>（１）市税</h3>
<p>　市税の現年課税分の収納率は{t_cur}で、前年同月比{t_dc}した。滞納繰越分は{t_arr}となり、前年同月から{t_da}している。</p>
<p>　現年課税分の収入済額は{t_col}で、前年同月に比べ{t_cold}した。個人市民税の特別徴収分が堅調に推移していることが主な要因である。</p>
<p>　なお、令和４年度決算における市税の収入未済額は{t_out}で、令和３年度から{t_outd}した。</p>
<div class="box" style="break-inside:avoid">
<p style="font-weight:bold">【収納率】令和６年２月末時点</p>
<ul><li>現年分　{b1}</li><li>滞納繰越分　{b2}</li><li>合計　{b3}</li></ul>
</div>
<p>　年度末に向けては、出納整理期間までを集中催告期間と位置付け、財産調査と差押えを前倒しで進めていく。</p>
<h3 style="break-before:column">（２）国民健康保険税</h3>
<p>　現年課税分の収納率は{q1}で、前年同月比{q2}した。一方、滞納繰越分は{q3}で、前年同月を{q4}いる。</p>
<p>　資格喪失後の未納世帯が増えていることから、喪失届出時の納付案内を徹底する。</p>
<div class="box" style="break-inside:avoid">
<p style="font-weight:bold">【参考】令和４年度決算（国民健康保険税・現年課税分）</p>
<ul><li>調定額：{r1}</li><li>収入済額：{r2_}</li><li>収納率：{r3}</li></ul>
</div>
<h3>（３）その他の債権</h3>
<p>　介護保険料の現年度分収納率は{v1}（前年同月{v2}）で、ほぼ前年並みで推移している。下水道使用料の現年度分は{w1}で、前年同月を{w2}上回った。</p>
<p>　各債権とも、２月末時点の実績を踏まえて決算見込を精査し、目標との差が大きい債権については所管課との個別協議を行う。</p>
</div>
<h3 style="margin-top:5mm">（４）年度末に向けた全庁的な取組</h3>
<p class="mincho">　債権管理課は、各債権所管課から毎月の収納実績の報告を受け、目標収納率との差を確認している。３月から出納整理期間までの間は、次の事項を全庁共通の重点事項として取り組む。</p>
<p class="mincho">　第一に、現年度分の未納者に対する早期の催告である。納期限を過ぎた者には、督促状の発送後できるだけ早い時期に電話又は文書で接触し、滞納の累積を防ぐ。第二に、財産調査の前倒しである。滞納繰越分のうち一定額以上の事案は、預貯金・給与・生命保険等の調査を年度内に終え、差押えが可能なものは速やかに執行する。第三に、執行停止及び不納欠損の適正な処理である。調査の結果、財産がなく生活が困窮している者については、法令に基づき滞納処分の執行停止を行い、徴収の見込みのない債権の整理を進める。</p>
<p class="mincho">　あわせて、複数の債権を滞納している者の情報を関係課で共有し、納付相談の窓口を一本化する取組を試行している。</p>
<div class="pno">－２－</div>
</div>"""
pages.append(html)

# ---------------------------------------------------------------- page 3: landscape summary table
pg = 3
SEGN = {"cur": "current", "arr": "arrears"}


def cells_for(name, debt, debt_raw):
    out = []
    for yr, fy, fy_raw, asof in (("R5", FY, R5, NOW), ("R4", FYP, R4, PREV)):
        for seg in ("cur", "arr"):
            b = (D[name][yr][seg] if name else TOT[yr][seg])
            kw = dict(debt=debt, debt_raw=debt_raw, fy=fy, fy_raw=fy_raw, basis="interim", as_of=asof,
                      segment=SEGN[seg])
            out.append(g.fact(pg, comma(b["a"]), b["a"] * 1000, metric="assessed", **kw))
            out.append(g.fact(pg, comma(b["c"]), b["c"] * 1000, metric="collected", **kw))
            rr = fmt_rate(b["r"])
            g.fact(pg, rr, b["r"], metric="collection_rate", **kw)
            if name == "介護保険料" and yr == "R5" and seg == "cur":
                rr += "<sup>※3</sup>"
            out.append(rr)
    for seg in ("cur", "arr"):
        b5 = (D[name]["R5"][seg] if name else TOT["R5"][seg])
        b4 = (D[name]["R4"][seg] if name else TOT["R4"][seg])
        dd = round(b5["r"] - b4["r"], 2)
        out.append(g.fact(pg, tri(dd, 2), dd, metric="difference", unit="points", basis="interim", fy=FY,
                          fy_raw=R5, segment=SEGN[seg], as_of=NOW, debt=debt, debt_raw=debt_raw))
    return out


rows = []
for name in D:
    cs = cells_for(name, D[name]["canon"], name)
    label = name + ("<sup>※2</sup>" if name == "市営住宅使用料" else "")
    rows.append(f"<tr><td>{label}</td>" + "".join(f'<td class="num">{c}</td>' for c in cs) + "</tr>")
cs = cells_for(None, None, "計")
rows.append('<tr style="font-weight:bold"><td class="c">計</td>' + "".join(f'<td class="num" style="border-top:1.2pt solid #333">{c}</td>' for c in cs) + "</tr>")
TAIKYO = 18204
fn_taikyo = g.fact(pg, comma(TAIKYO) + "千円", TAIKYO * 1000, metric="outstanding", basis="interim", fy=FY,
                   fy_raw=R5, segment="arrears", as_of=NOW, debt="住宅使用料", debt_raw="市営住宅使用料")
t5c, t4c, t5a, t4a = TOT["R5"]["cur"], TOT["R4"]["cur"], TOT["R5"]["arr"], TOT["R4"]["arr"]
sd1, sd2 = round(t5c["r"] - t4c["r"], 2), round(t5a["r"] - t4a["r"], 2)
assert sd1 > 0 and sd2 > 0
s1 = g.fact(pg, fmt_rate(t5c["r"]) + "％", t5c["r"], metric="collection_rate", basis="interim", fy=FY, fy_raw=R5,
            segment="current", as_of=NOW)
s2 = g.fact(pg, f"{sd1:.2f}ポイント上昇", sd1, metric="difference", unit="points", basis="interim", fy=FY, fy_raw=R5,
            segment="current", as_of=NOW)
s3 = g.fact(pg, fmt_rate(t5a["r"]) + "％", t5a["r"], metric="collection_rate", basis="interim", fy=FY, fy_raw=R5,
            segment="arrears", as_of=NOW)
s4 = g.fact(pg, f"{sd2:.2f}ポイント上昇", sd2, metric="difference", unit="points", basis="interim", fy=FY, fy_raw=R5,
            segment="arrears", as_of=NOW)
hdr3 = '<th>調定額<sup>※1</sup></th><th>収入済額</th><th>収納率</th>'
html = f"""
<div class="page land">
<h2>２　債権別収納状況（令和６年２月末現在）</h2>
<p class="cap">表１　主な債権の収納状況（前年同月比較）</p>
<div style="border:1pt solid #333;padding:2mm">
<div class="unit">（単位：千円、％）</div>
<table class="zebra sh" style="width:100%;font-size:8.8pt">
<thead>
<tr><th rowspan="3">債権名</th><th colspan="6">令和５年度（令和６年２月末）</th><th colspan="6">令和４年度（令和５年２月末）</th><th colspan="2">前年同月比（ポイント）</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th rowspan="2">現年度分</th><th rowspan="2">滞納繰越分</th></tr>
<tr>{hdr3}{hdr3}{hdr3}{hdr3}</tr>
</thead>
<tbody>
{''.join(rows)}
</tbody></table>
</div>
<p class="note">出典：福島市税務システム及び各債権所管課報告（令和６年３月８日集計）</p>
<p class="note">※1　調定額は各年２月末現在の額であり、年度末までに更正等により増減することがある。</p>
<p class="note">※2　市営住宅使用料の滞納繰越分のうち、退去者分の収入未済額は{fn_taikyo}である。</p>
<p class="note">※3　介護保険料の現年度分は、年金からの特別徴収分を含む。</p>
<p class="note">※4　前年同月比の「△」は前年同月を下回っていることを示す。</p>
<p class="mincho" style="margin-top:4mm">　表１の７債権の合計では、現年度分の収納率は{s1}で、前年同月比{s2}した。滞納繰越分は{s3}で、前年同月に比べ{s4}している。</p>
<div class="pno">－３－</div>
</div>"""
pages.append(html)

# ---------------------------------------------------------------- page 4: 推移 tables + chart + month-end
pg = 4
YEARLABEL = {2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度見込"}
t3rows = []
for fy, vals in T3.items():
    basis = "estimate" if fy == 2023 else "actual"
    tds = []
    for n, v in zip(T3_DEBTS, vals):
        tds.append(g.fact(pg, fmt_rate(v), v, metric="collection_rate", basis=basis, fy=fy, fy_raw=YEARLABEL[fy],
                          segment="current", debt=D[n]["canon"], debt_raw=n))
    t3rows.append(f"<tr><td>{YEARLABEL[fy]}</td>" + "".join(f'<td class="num">{x}</td>' for x in tds) + "</tr>")
t4cols = {2020: "R2", 2021: "R3", 2022: "2022年度"}
t4 = {"a": [], "c": [], "r": []}
for fy, (a, c) in T4.items():
    kw = dict(basis="actual", fy=fy, fy_raw=t4cols[fy], segment="current", debt="市税", debt_raw="市税")
    t4["a"].append(g.fact(pg, comma(a), a * 1000, metric="assessed", **kw))
    t4["c"].append(g.fact(pg, comma(c), c * 1000, metric="collected", **kw))
    t4["r"].append(g.fact(pg, fmt_rate(rate(c, a)), rate(c, a), metric="collection_rate", **kw))
# chart
bars = []
x0, base_y, h = 40, 150, 110
lo = 88.0
for i, (fy, lab, asof, v) in enumerate(CHART):
    raw = g.fact(pg, fmt_rate(v), v, metric="collection_rate", basis="interim", fy=fy, fy_raw=lab, segment="current",
                 as_of=asof, debt="市税", debt_raw="市税")
    bh = (v - lo) / (92.0 - lo) * h
    x = x0 + i * 62
    fill = "#2a5d8f" if fy == 2023 else "#8fb0d0"
    bars.append(f'<rect x="{x}" y="{base_y - bh:.1f}" width="34" height="{bh:.1f}" fill="{fill}"/>'
                f'<text x="{x + 17}" y="{base_y - bh - 4:.1f}" font-size="10" text-anchor="middle">{raw}</text>'
                f'<text x="{x + 17}" y="{base_y + 14}" font-size="10" text-anchor="middle">{lab}</text>')
svg = (f'<svg width="340" height="175" viewBox="0 0 340 175" style="font-family:G">'
       f'<line x1="30" y1="{base_y}" x2="335" y2="{base_y}" stroke="#333" stroke-width="0.8"/>'
       f'<line x1="30" y1="30" x2="30" y2="{base_y}" stroke="#333" stroke-width="0.8"/>'
       f'<text x="26" y="{base_y + 4}" font-size="8" text-anchor="end">88</text>'
       f'<text x="26" y="{base_y - h / 2 + 4:.0f}" font-size="8" text-anchor="end">90</text>'
       f'<text x="26" y="{base_y - h + 4:.0f}" font-size="8" text-anchor="end">92</text>'
       + "".join(bars) + '<text x="335" y="172" font-size="8" text-anchor="end">（％）</text></svg>')
# month-end table
t5rows = []
for n in T5:
    canon = D[n]["canon"]
    r5 = [g.fact(pg, fmt_rate(v), v, metric="collection_rate", basis="interim", fy=FY, fy_raw=R5, segment="current",
                 as_of=MONTHS[i][1], debt=canon, debt_raw=n) for i, v in enumerate(T5[n]["R5"])]
    r4 = [g.fact(pg, fmt_rate(v), v, metric="collection_rate", basis="interim", fy=FYP, fy_raw=R4, segment="current",
                 as_of=MONTHS[i][2], debt=canon, debt_raw=n) for i, v in enumerate(T5[n]["R4"])]
    df = []
    for i in range(3):
        dv = round(T5[n]["R5"][i] - T5[n]["R4"][i], 2)
        df.append(g.fact(pg, tri(dv, 2, "▲"), dv, metric="difference", unit="points", basis="interim", fy=FY,
                         fy_raw=R5, segment="current", as_of=MONTHS[i][1], debt=canon, debt_raw=n))
    short = "市税" if n == "市税" else "国保税"
    if short == "国保税":
        for f in g.facts[-9:]:
            f["debt_raw"] = "国保税"
    t5rows.append(f'<tr><td rowspan="3" class="c" style="width:9mm"><span class="vert">{short}</span></td><td>令和５年度</td>'
                  + "".join(f'<td class="num">{x}</td>' for x in r5) + "</tr>")
    t5rows.append("<tr><td>令和４年度</td>" + "".join(f'<td class="num">{x}</td>' for x in r4) + "</tr>")
    t5rows.append("<tr><td>差</td>" + "".join(f'<td class="num">{x}</td>' for x in df) + "</tr>")

html = f"""
<div class="page">
<h2>３　収納率の推移</h2>
<div style="display:flex;gap:6mm;align-items:flex-start">
<div style="flex:1">
<p class="cap">表２　現年度分収納率の推移（決算）</p>
<div class="unit">（単位：％）</div>
<table class="ruled sh" style="width:100%;font-size:8.2pt">
<thead><tr><th>年度</th><th>市税</th><th>国民健康<br>保険税</th><th>介護<br>保険料</th><th>後期高齢者<br>医療保険料</th></tr></thead>
<tbody>{''.join(t3rows)}</tbody></table>
<p class="note">※令和５年度は２月末時点の実績に基づく決算見込である。</p>
</div>
<div style="flex:1.1">
<p class="cap">表３　市税（現年課税分）の決算推移</p>
<table class="ruled sh" style="width:100%;font-size:8.2pt">
<thead><tr><th>区分</th><th>R2</th><th>R3</th><th>2022年度</th></tr></thead>
<tbody>
<tr><td style="white-space:nowrap">調定額（千円）</td>{''.join(f'<td class="num">{x}</td>' for x in t4['a'])}</tr>
<tr><td style="white-space:nowrap">収入済額（千円）</td>{''.join(f'<td class="num">{x}</td>' for x in t4['c'])}</tr>
<tr><td>収納率（％）</td>{''.join(f'<td class="num">{x}</td>' for x in t4['r'])}</tr>
</tbody></table>
</div></div>
<p class="cap" style="margin-top:5mm">図１　市税（現年課税分）２月末収納率の推移（単位：％）</p>
<div style="margin-left:15mm">{svg}</div>
<p class="note" style="margin-left:15mm">※各年度とも翌年２月末時点の収納率。R1（令和元年度）の２月末は令和２年２月29日。</p>
<p class="cap" style="margin-top:4mm">表４　月末収納率の推移（現年課税分）</p>
<div class="unit" style="width:140mm">（単位：％、ポイント）</div>
<table class="ruled sh" style="width:140mm;font-size:8.6pt">
<thead><tr><th colspan="2">区分</th><th>12月末</th><th>１月末</th><th>２月末</th></tr></thead>
<tbody>{''.join(t5rows)}</tbody></table>
<p class="note">※差は令和５年度から令和４年度（前年同月）を差し引いたもの。▲は減少。</p>
<div class="pno">－４－</div>
</div>"""
pages.append(html)

# ---------------------------------------------------------------- page 5: districts + yen/千円 tables
pg = 5
drows = []
for name, a, c, r5, r4 in dist:
    kw = dict(debt="市税", debt_raw="市税", segment="current", area=name)
    x = [g.fact(pg, comma(a), a * 1000, metric="assessed", basis="interim", fy=FY, fy_raw=R5, as_of=NOW, **kw),
         g.fact(pg, comma(c), c * 1000, metric="collected", basis="interim", fy=FY, fy_raw=R5, as_of=NOW, **kw),
         g.fact(pg, fmt_rate(r5), r5, metric="collection_rate", basis="interim", fy=FY, fy_raw=R5, as_of=NOW, **kw),
         g.fact(pg, fmt_rate(r4), r4, metric="collection_rate", basis="interim", fy=FYP, fy_raw="前年同月", as_of=PREV, **kw)]
    dv = round(r5 - r4, 2)
    x.append(g.fact(pg, tri(dv, 2), dv, metric="difference", unit="points", basis="interim", fy=FY, fy_raw=R5,
                    as_of=NOW, **kw))
    drows.append(f"<tr><td>{name}</td>" + "".join(f'<td class="num">{v}</td>' for v in x) + "</tr>")
assert sum(x[1] for x in dist) == A_all and sum(x[2] for x in dist) == C_all
kw = dict(debt="市税", debt_raw="市税", segment="current", area=None)
r4all = D["市税"]["R4"]["cur"]["r"]
x = [g.fact(pg, comma(A_all), A_all * 1000, metric="assessed", basis="interim", fy=FY, fy_raw=R5, as_of=NOW, **kw),
     g.fact(pg, comma(C_all), C_all * 1000, metric="collected", basis="interim", fy=FY, fy_raw=R5, as_of=NOW, **kw),
     g.fact(pg, fmt_rate(rate(C_all, A_all)), rate(C_all, A_all), metric="collection_rate", basis="interim", fy=FY,
            fy_raw=R5, as_of=NOW, **kw),
     g.fact(pg, fmt_rate(r4all), r4all, metric="collection_rate", basis="interim", fy=FYP, fy_raw="前年同月", as_of=PREV, **kw)]
dv = round(rate(C_all, A_all) - r4all, 2)
x.append(g.fact(pg, tri(dv, 2), dv, metric="difference", unit="points", basis="interim", fy=FY, fy_raw=R5, as_of=NOW, **kw))
drows.append('<tr style="font-weight:bold"><td>計（市全体）</td>' + "".join(f'<td class="num">{v}</td>' for v in x) + "</tr>")

# 後期 (円)
kk2 = dict(debt="後期高齢者医療保険料", debt_raw="後期高齢者医療保険料", basis="interim", fy=FY, fy_raw=R5, as_of=NOW)
ka_c, ka_a = 3412775412, 48214330
kc_c, kc_a = k_cur_c, k_arr_c
krows = []
for lab, seg, a, c in (("現年度分", "current", ka_c, kc_c), ("滞納繰越分", "arrears", ka_a, kc_a),
                       ("計", "total", ka_c + ka_a, kc_c + kc_a)):
    krows.append(f"<tr><td>{lab}</td>"
                 f'<td class="num">{g.fact(pg, comma(a), a, metric="assessed", segment=seg, **kk2)}</td>'
                 f'<td class="num">{g.fact(pg, comma(c), c, metric="collected", segment=seg, **kk2)}</td>'
                 f'<td class="num">{g.fact(pg, fmt_rate(rate(c, a)), rate(c, a), metric="collection_rate", segment=seg, **kk2)}</td></tr>')
# 保育料 (千円)
hk = dict(debt="保育所保育料", debt_raw="保育所保育料", basis="interim", fy=FY, fy_raw=R5, as_of=NOW)
hc, ha = D["保育所保育料"]["R5"]["cur"], D["保育所保育料"]["R5"]["arr"]
hrows = []
for lab, seg, a, c in (("現年度分", "current", hc["a"], hc["c"]), ("滞納繰越分", "arrears", ha["a"], ha["c"]),
                       ("計", "total", hc["a"] + ha["a"], hc["c"] + ha["c"])):
    hrows.append(f"<tr><td>{lab}</td>"
                 f'<td class="num">{g.fact(pg, comma(a), a * 1000, metric="assessed", segment=seg, **hk)}</td>'
                 f'<td class="num">{g.fact(pg, comma(c), c * 1000, metric="collected", segment=seg, **hk)}</td>'
                 f'<td class="num">{g.fact(pg, fmt_rate(rate(c, a)), rate(c, a), metric="collection_rate", segment=seg, **hk)}</td></tr>')
# sanity: 後期 yen table rate equals the 千円 table's rate
assert rate(kc_c, ka_c) == D["後期高齢者医療保険料"]["R5"]["cur"]["r"], (rate(kc_c, ka_c), D["後期高齢者医療保険料"]["R5"]["cur"]["r"])

html = f"""
<div class="page">
<h2>４　地区別の収納状況（市税・現年課税分）</h2>
<p class="mincho">　市税の現年課税分について、支所管内ごとの２月末時点の収納状況は次のとおりである。全ての地区で前年同月の収納率を上回っている。</p>
<p class="cap">表５　地区別収納状況（令和６年２月末現在）</p>
<table class="ruled sh" style="width:100%;font-size:8.6pt">
<thead><tr><th>地区</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th><th>前年同月収納率（％）</th><th>差（ポイント）</th></tr></thead>
<tbody>{''.join(drows)}</tbody></table>
<p class="note">※地区は納税義務者の住所地を所管する支所の区域による。信夫地区には大笹生・笹谷の区域を含む。</p>
<h2 style="margin-top:7mm">５　後期高齢者医療保険料・保育所保育料の状況</h2>
<p class="mincho">　令和６年２月末現在の収納状況は次のとおりである（後期高齢者医療保険料は広域連合への報告額により円単位で表示）。</p>
<div style="display:flex;gap:5mm;align-items:flex-start">
<div style="flex:1.15">
<p class="cap">表６　後期高齢者医療保険料</p>
<div class="unit">（単位：円、％）</div>
<table class="ruled sh" style="width:100%;font-size:8.2pt">
<thead><tr><th>区分</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr></thead>
<tbody>{''.join(krows)}</tbody></table>
</div>
<div style="flex:1">
<p class="cap">表７　保育所保育料</p>
<div class="unit">（単位：千円、％）</div>
<table class="ruled sh" style="width:100%;font-size:8.2pt">
<thead><tr><th>区分</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr></thead>
<tbody>{''.join(hrows)}</tbody></table>
</div></div>
<div class="pno">－５－</div>
</div>"""
pages.append(html)

# ---------------------------------------------------------------- pages 6-7: per-debt 取組
SECT = {}


def strip(pg, name):
    canon = D[name]["canon"]
    kw = dict(debt=canon, debt_raw=name)
    rows = []
    for seg, lab in (("cur", "現年分"), ("arr", "滞納繰越分")):
        b5, b4 = D[name]["R5"][seg], D[name]["R4"][seg]
        est, tgt, act = YEAR_END[name][seg]
        s = SEGN[seg]
        a = g.fact(pg, fmt_rate(b5["r"]), b5["r"], metric="collection_rate", basis="interim", fy=FY, fy_raw="２月末",
                   segment=s, as_of=NOW, **kw)
        b = g.fact(pg, fmt_rate(b4["r"]), b4["r"], metric="collection_rate", basis="interim", fy=FYP, fy_raw="前年同月",
                   segment=s, as_of=PREV, **kw)
        c = g.fact(pg, fmt_rate(est), est, metric="collection_rate", basis="estimate", fy=FY, fy_raw="決算見込", segment=s, **kw)
        d = g.fact(pg, fmt_rate(tgt), tgt, metric="collection_rate", basis="target", fy=FY, fy_raw="目標", segment=s, **kw)
        e = g.fact(pg, fmt_rate(act), act, metric="collection_rate", basis="actual", fy=FYP, fy_raw="令和４年度決算",
                   segment=s, **kw)
        rows.append(f'<tr><td>{lab}</td><td class="num">{a}（{b}）</td><td class="num">{c}</td><td class="num">{d}</td>'
                    f'<td class="num">{e}</td></tr>')
    return f"""
<table class="ruled" style="width:100%;font-size:8.4pt;margin-bottom:1mm"><tr>
<td style="background:#dfe7f1;width:18mm" class="c">債権名</td><td style="width:52mm">{name}</td>
<td style="background:#dfe7f1;width:18mm" class="c">所管課</td><td>{D[name]['ka']}</td></tr></table>
<table class="ruled sh" style="width:100%;font-size:8.4pt">
<thead><tr><th>区分（単位：％）</th><th>２月末収納率（前年同月）</th><th>決算見込</th><th>目標</th><th>令和４年度決算</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>"""


def item(pg, name, label, text, status=None, section=None, tail_line=False):
    canon = D[name]["canon"]
    g.init(pg, text, debt=canon, debt_raw=name, fy=FY, section=section or f"後半の取組（{name}）", label=label,
           status=status)
    tag = f"【{status}】" if status else ""
    if tail_line and tag:
        return f'<div class="item">{label}　{text}<br>{tag}</div>'
    return f'<div class="item">{label}　{text}{tag}</div>'


pg = 6
p6 = []
p6.append('<h2>６　債権ごとの後半の取組状況</h2>')
p6.append('<h3>（１）後半の取組（市税）</h3>')
p6.append(strip(pg, "市税"))
p6.append('<p style="margin-top:1.5mm">ア　現年課税分対策</p>')
p6.append(item(pg, "市税", "(ｱ)", "納期限後20日以内に督促状を発送し、督促後も未納の者には文書催告と電話催告を組み合わせて早期の自主納付を促す。", "継続"))
p6.append(item(pg, "市税", "(ｲ)", "SMSによる催告を給与所得者以外の普通徴収対象者にも広げ、催告から納付までの期間短縮を図る。", "拡充"))
p6.append('<p>イ　滞納繰越分対策</p>')
p6.append(item(pg, "市税", "(ｱ)", "高額・長期の滞納事案を特別整理班へ移管し、預貯金・給与の差押えを集中的に実施する。", "継続"))
p6.append(item(pg, "市税", "(ｲ)", "電子による預貯金照会の対象金融機関を拡大し、財産調査に要する期間を短縮する。", "新規"))
p6.append('<h3 style="margin-top:3mm">（２）後半の取組（国民健康保険税）</h3>')
p6.append(strip(pg, "国民健康保険税"))
box = [item(pg, "国民健康保険税", "①", "資格喪失の届出時に窓口で未納額を案内し、その場での納付又は分納相談につなげる。", "継続", tail_line=True),
       item(pg, "国民健康保険税", "②", "短期被保険者証の更新時期に合わせて納付相談を実施し、分納誓約の履行状況を確認する。", "継続", tail_line=True),
       item(pg, "国民健康保険税", "③", "口座振替の原則化に向けて、新規加入世帯へWeb口座振替受付の案内を同封する。", "新規", tail_line=True)]
p6.append('<div class="box"><p style="font-weight:bold">重点取組</p>' + "".join(box) + "</div>")
p6.append('<h3 style="margin-top:3mm">（３）後半の取組（介護保険料）</h3>')
p6.append(strip(pg, "介護保険料"))
p6.append('<p style="margin-top:1.5mm">滞納整理の取組</p>')
p6.append(item(pg, "介護保険料", "・", "普通徴収の未納者に対し、給付制限の内容を記載した催告書を年２回送付する。"))
p6.append(item(pg, "介護保険料", "・", "年金からの特別徴収への切替えが可能な者を抽出し、早期の切替えを進める。"))
p6.append('<div class="pno">－６－</div>')
pages.append('<div class="page">' + "".join(p6) + "</div>")

pg = 7
p7 = []
p7.append('<h3>（４）後半の取組（後期高齢者医療保険料）</h3>')
p7.append(strip(pg, "後期高齢者医療保険料"))
p7.append(item(pg, "後期高齢者医療保険料", "(1)", "年齢到達により新たに被保険者となる者へ口座振替依頼書を送付し、期限内納付を促す。", "継続"))
p7.append(item(pg, "後期高齢者医療保険料", "(2)", "高額滞納者について国民健康保険税担当と情報を共有し、合同で財産調査を行う。", "新規"))
p7.append('<h3 style="margin-top:3mm">（５）後半の取組（保育所保育料）</h3>')
p7.append(strip(pg, "保育所保育料"))
p7.append(item(pg, "保育所保育料", "(1)", "児童手当からの徴収について、申出書の提出を入所時の手続と併せて案内する。", "拡充"))
p7.append(item(pg, "保育所保育料", "(2)", "退所者の滞納について、退所月の翌月に文書催告を行い、長期化を防ぐ。", None))
p7.append('<h3 style="margin-top:3mm">（６）後半の取組（市営住宅使用料）</h3>')
p7.append(strip(pg, "市営住宅使用料"))
p7.append(item(pg, "市営住宅使用料", "(1)", "３か月以上の滞納者には連帯保証人への通知を行い、納付誓約を求める。", "継続"))
p7.append(item(pg, "市営住宅使用料", "(2)", "誓約不履行者について明渡し請求訴訟の提起を検討し、法的措置を進める。", "継続"))
p7.append('<h3 style="margin-top:3mm">（７）後半の取組（下水道使用料）</h3>')
p7.append(strip(pg, "下水道使用料"))
p7.append(item(pg, "下水道使用料", "(1)", "水道局と連携し、上水道の給水停止予告と併せて下水道使用料の納付を促す。", "継続"))
p7.append('<div class="pno">－７－</div>')
pages.append('<div class="page">' + "".join(p7) + "</div>")

# ---------------------------------------------------------------- render
doc = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{"".join(pages)}</body></html>'
hp = WORK / f"{STEM}.html"
hp.write_text(doc, encoding="utf-8")
PDF_DIR.mkdir(parents=True, exist_ok=True)
out = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", str(hp)], check=True, stderr=subprocess.DEVNULL, timeout=120)
g.write(out)
