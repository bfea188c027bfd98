"""qj_onojo_progress_1: 大野城市 令和6年度 市税等の収納状況及び収納対策の取組状況（中間報告）.

Tool chain: HTML/CSS → chromium --headless --print-to-pdf.  Run from corpus/frozen46.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qj_lib import (PDF_DIR, WORK, Gold, chromium_pdf, comma, fsigned, fw, gen_debt, oku_dec,
                    oku_man, rate, sen, signed)

STEM = "qj_onojo_progress_1"
CITY = "大野城市"
rng = random.Random(4601)

# name, short, canonical, cur0, growth, annual current rates (21..24 est), arrears rates, write-off fracs, arrears0
DEBTS = [
    ("市税", "市税", "市税", 13_100_000_000, 0.012, [98.71, 98.83, 98.92, 99.01], [29.8, 30.9, 31.6, 32.4], [0.061, 0.058, 0.055, 0.052], 452_000_000),
    ("国民健康保険税", "国保税", "国民健康保険税", 2_350_000_000, -0.011, [93.62, 93.95, 94.21, 94.40], [22.6, 23.4, 24.3, 25.0], [0.094, 0.091, 0.088, 0.085], 538_000_000),
    ("介護保険料", "介護保険料", "介護保険料", 2_050_000_000, 0.018, [98.48, 98.55, 98.63, 98.70], [18.2, 18.9, 19.4, 20.1], [0.125, 0.121, 0.118, 0.114], 61_400_000),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", 1_020_000_000, 0.031, [99.21, 99.26, 99.31, 99.35], [36.5, 37.2, 38.4, 39.0], [0.052, 0.050, 0.049, 0.047], 12_300_000),
    ("保育所保育料", "保育料", "保育所保育料", 312_000_000, -0.021, [97.55, 97.62, 97.81, 97.60], [13.1, 13.8, 14.2, 14.9], [0.041, 0.040, 0.038, 0.036], 28_600_000),
    ("市営住宅使用料", "住宅使用料", "市営住宅使用料", 86_400_000, 0.004, [95.91, 96.02, 96.14, 96.30], [10.4, 10.9, 11.3, 11.8], [0.031, 0.030, 0.029, 0.027], 19_200_000),
]
YEARS = [2021, 2022, 2023, 2024]
DATA = {}
for name, short, canon, cur0, g, cr, ar, wo, a0 in DEBTS:
    DATA[name] = gen_debt(rng, YEARS, cur0, g, cr, ar, wo, a0)

# targets for 令和6年度 (current, arrears)
TARGET = {"市税": (99.00, 32.0), "国民健康保険税": (94.50, 25.0), "介護保険料": (98.70, 20.0),
          "後期高齢者医療保険料": (99.35, 39.0), "保育所保育料": (97.90, 15.0), "市営住宅使用料": (96.20, 12.0)}

# 12月末 interim: (fy): (current rate, arrears rate) used to derive interim amounts
R12 = {
    "市税": {2023: (77.91, 22.9), 2024: (78.42, 24.7)},
    "国民健康保険税": {2023: (61.61, 17.9), 2024: (61.37, 18.6)},
    "介護保険料": {2023: (86.42, 11.2), 2024: (86.90, 12.0)},
    "後期高齢者医療保険料": {2023: (80.24, 25.4), 2024: (80.71, 27.1)},
    "保育所保育料": {2023: (88.61, 9.8), 2024: (88.12, 10.6)},
    "市営住宅使用料": {2023: (90.33, 7.1), 2024: (91.02, 7.9)},
}


def interim(name, fy):
    """Interim (12月末) amounts in yen for fy, per segment."""
    ann = DATA[name][fy]
    rc, ra = R12[name][fy]
    ca = int(round(ann["current"]["assessed"] * 0.9968))
    cc = int(round(ca * (rc + rng.uniform(-0.04, 0.04)) / 100)) + rng.randint(-200, 200)
    aa = ann["arrears"]["assessed"] - int(round(ann["arrears"]["assessed"] * 0.004))
    ac = int(round(aa * (ra + rng.uniform(-0.4, 0.4)) / 100)) + rng.randint(-200, 200)
    cur = dict(assessed=ca, collected=cc)
    arr = dict(assessed=aa, collected=ac)
    tot = dict(assessed=ca + aa, collected=cc + ac)
    return {"current": cur, "arrears": arr, "total": tot}


INT = {n: {fy: interim(n, fy) for fy in (2023, 2024)} for n in DATA}
AS_OF = {2024: "2024-12-31", 2023: "2023-12-31"}

# monthly cumulative rate of 市税 current (前年度 = 令和5年度 full year, 本年度 = 令和6年度 to 12月末)
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
MONTH_DATES = {2023: ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31",
                      "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31"],
               2024: ["2024-04-30", "2024-05-31", "2024-06-30", "2024-07-31", "2024-08-31", "2024-09-30", "2024-10-31",
                      "2024-11-30", "2024-12-31"]}
rc23 = rate(INT["市税"][2023]["current"]["collected"], INT["市税"][2023]["current"]["assessed"])
rc24 = rate(INT["市税"][2024]["current"]["collected"], INT["市税"][2024]["current"]["assessed"])
MONTHLY = {2023: [8.14, 18.52, 30.27, 40.63, 48.95, 55.31, 62.08, 68.74, rc23, 85.36, 92.47, 96.83],
           2024: [8.37, 18.96, 30.55, 41.02, 49.38, 55.87, 62.41, 69.30, rc24]}
# chart: 市税 current at 12月末, R2..R6 (one decimal)
CHART = [(2020, "R2", 76.8), (2021, "R3", 77.3), (2022, "R4", 77.6), (2023, "R5", round(rc23, 1)), (2024, "R6", round(rc24, 1))]

# delinquents (persons / households) 前年同月 and 今期, 差押件数 (cases, not a fact)
DELINQ = {"市税": ("人", 3598, 3412, 412, 455), "国民健康保険税": ("世帯", 1874, 1802, 188, 201),
          "介護保険料": ("人", 612, 590, 0, 0), "後期高齢者医療保険料": ("人", 215, 198, 0, 0),
          "保育所保育料": ("人", 142, 131, 3, 5), "市営住宅使用料": ("人", 58, 52, 0, 0)}

G = Gold(STEM, "progress_report", "progress", CITY,
         "令和６年度 市税等の収納状況及び収納対策の取組状況について（中間報告）",
         "2025-01-24", "令和7年1月24日")

SHORT = {d[0]: d[1] for d in DEBTS}
NAMES = [d[0] for d in DEBTS]


def pct(x, nd=2):
    return f"{x:.{nd}f}"


# ======================================================================= page 1
def page1():
    p = 1
    s = INT["市税"]
    r24 = rate(s[2024]["current"]["collected"], s[2024]["current"]["assessed"])
    r23 = rate(s[2023]["current"]["collected"], s[2023]["current"]["assessed"])
    dpt = round(r24 - r23, 2)
    k = INT["国民健康保険税"]
    kr24 = rate(k[2024]["current"]["collected"], k[2024]["current"]["assessed"])
    kr23 = rate(k[2023]["current"]["collected"], k[2023]["current"]["assessed"])
    kd = round(kr24 - kr23, 2)
    out23 = sum(DATA[n][2023]["total"]["outstanding"] for n in NAMES)
    out22 = sum(DATA[n][2022]["total"]["outstanding"] for n in NAMES)
    o_txt, o_val = oku_dec(out23)
    d_txt, d_val = oku_dec(out22 - out23)
    dq = DELINQ["市税"]

    panels = f"""
<div class="panels">
 <div class="panel"><div class="pl">市税 収納率（現年分）</div><div class="py">R6.12月末</div>
  <div class="pv">{pct(r24)}％</div><div class="ps">前年同月比 {fsigned(dpt, 2, '△', '＋')}ポイント</div></div>
 <div class="panel"><div class="pl">国保税 収納率（現年分）</div><div class="py">R6.12月末</div>
  <div class="pv">{pct(kr24)}％</div><div class="ps">前年同月比 {fsigned(kd, 2, '△', '＋')}ポイント</div></div>
 <div class="panel"><div class="pl">市税等 収入未済額</div><div class="py">R5年度決算</div>
  <div class="pv">約{o_txt}</div><div class="ps">前年度比 約{d_txt}減</div></div>
 <div class="panel"><div class="pl">市税 滞納者数</div><div class="py">R6.12月末</div>
  <div class="pv">{comma(dq[2])}人</div><div class="ps">前年同月 {comma(dq[1])}人</div></div>
</div>"""
    G.fact(p, "市税", "市税", 2024, "R6.12月末", "current", "collection_rate", "interim", r24, "percent", f"{pct(r24)}％", as_of=AS_OF[2024])
    G.fact(p, "市税", "市税", 2024, "R6.12月末", "current", "difference", "interim", dpt, "points", f"{fsigned(dpt, 2, '△', '＋')}ポイント", as_of=AS_OF[2024])
    G.fact(p, "国民健康保険税", "国保税", 2024, "R6.12月末", "current", "collection_rate", "interim", kr24, "percent", f"{pct(kr24)}％", as_of=AS_OF[2024])
    G.fact(p, "国民健康保険税", "国保税", 2024, "R6.12月末", "current", "difference", "interim", kd, "points", f"{fsigned(kd, 2, '△', '＋')}ポイント", as_of=AS_OF[2024])
    G.fact(p, None, "市税等", 2023, "R5年度決算", "total", "outstanding", "actual", o_val, "yen", f"約{o_txt}", approx=True)
    G.fact(p, None, "市税等", 2023, "R5年度決算", "total", "difference", "actual", -d_val, "yen", f"約{d_txt}", approx=True)
    G.fact(p, "市税", "市税", 2024, "R6.12月末", "total", "delinquents", "interim", dq[2], "persons", f"{comma(dq[2])}人", as_of=AS_OF[2024])
    G.fact(p, "市税", "市税", 2023, "前年同月", "total", "delinquents", "interim", dq[1], "persons", f"{comma(dq[1])}人", as_of=AS_OF[2023])

    # (1) 市税 prose
    col24 = s[2024]["total"]["collected"]
    c_txt, c_val = oku_man(col24)
    ar24 = rate(s[2024]["arrears"]["collected"], s[2024]["arrears"]["assessed"], 1)
    ar23 = rate(s[2023]["arrears"]["collected"], s[2023]["arrears"]["assessed"], 1)
    G.fact(p, "市税", "市税", 2024, None, "total", "collected", "interim", c_val, "yen", f"約{c_txt}", approx=True, as_of=AS_OF[2024])
    G.fact(p, "市税", "市税", 2024, None, "current", "collection_rate", "interim", r24, "percent", f"{pct(r24)}％", as_of=AS_OF[2024])
    G.fact(p, "市税", "市税", 2024, None, "current", "difference", "interim", dpt, "points", f"{abs(dpt):.2f}ポイント", as_of=AS_OF[2024])
    G.fact(p, "市税", "市税", 2024, None, "arrears", "collection_rate", "interim", ar24, "percent", f"{ar24:.1f}％", as_of=AS_OF[2024])
    G.fact(p, "市税", "市税", 2023, "前年同月", "arrears", "collection_rate", "interim", ar23, "percent", f"{ar23:.1f}％", as_of=AS_OF[2023])
    prose1 = (f"　市税の令和６年12月末現在の収入済額は約{c_txt}で、現年分の収納率は{pct(r24)}％と、前年同月と比べ"
              f"{abs(dpt):.2f}ポイント{'上昇' if dpt >= 0 else '低下'}しました。滞納繰越分は、早期の財産調査と差押えの実施により、収納率は{ar24:.1f}％"
              f"（前年同月{ar23:.1f}％）となっています。")

    # (2) 国保税: 【収納率】 bullets by segment only
    kar24 = rate(k[2024]["arrears"]["collected"], k[2024]["arrears"]["assessed"], 1)
    kar23 = rate(k[2023]["arrears"]["collected"], k[2023]["arrears"]["assessed"], 1)
    G.fact(p, "国民健康保険税", "国民健康保険税", 2024, "令和６年12月末", "current", "collection_rate", "interim", kr24, "percent", f"{pct(kr24)}％", as_of=AS_OF[2024])
    G.fact(p, "国民健康保険税", "国民健康保険税", 2023, "前年同月", "current", "collection_rate", "interim", kr23, "percent", f"{pct(kr23)}％", as_of=AS_OF[2023])
    G.fact(p, "国民健康保険税", "国民健康保険税", 2024, "令和６年12月末", "arrears", "collection_rate", "interim", kar24, "percent", f"{kar24:.1f}％", as_of=AS_OF[2024])
    G.fact(p, "国民健康保険税", "国民健康保険税", 2023, "前年同月", "arrears", "collection_rate", "interim", kar23, "percent", f"{kar23:.1f}％", as_of=AS_OF[2023])
    kdd = DELINQ["国民健康保険税"]
    G.fact(p, "国民健康保険税", "国民健康保険税", 2024, "令和６年12月末", "total", "delinquents", "interim", kdd[2], "households", f"{comma(kdd[2])}世帯", as_of=AS_OF[2024])
    bullets2 = f"""
<p class="bhead">【収納率】令和６年12月末時点</p>
<ul class="seg">
 <li>現年分　{pct(kr24)}％（前年同月 {pct(kr23)}％）</li>
 <li>滞納繰越分　{kar24:.1f}％（前年同月 {kar23:.1f}％）</li>
</ul>
<p class="txt">　現年分は、被保険者数の減少と所得の伸び悩みから前年同月を{'わずかに下回っています' if kr24 < kr23 else 'わずかに上回っています'}。滞納繰越分は
口座振替の勧奨と分納相談の強化により改善しています。なお、12月末の滞納世帯数は{comma(kdd[2])}世帯です。</p>"""

    # (3) その他
    kai = INT["介護保険料"][2024]
    kaic = oku_man(kai["total"]["collected"])
    G.fact(p, "介護保険料", "介護保険料", 2024, None, "total", "collected", "interim", kaic[1], "yen", f"約{kaic[0]}", approx=True, as_of=AS_OF[2024])
    prose3 = (f"　介護保険料の収入済額は約{kaic[0]}で、特別徴収の比率が高いことから、おおむね前年並みで推移しています。"
              "後期高齢者医療保険料、保育所保育料及び市営住宅使用料の状況は、表１及び表２のとおりです。")

    return f"""
<section class="page">
<div class="doctop"><span>資料３</span></div>
<h1>令和６年度 市税等の収納状況及び<br>収納対策の取組状況について（中間報告）</h1>
<p class="issuer">令和7年1月24日<br>大野城市 総務部 収納管理課</p>
<h2>１　趣旨</h2>
<p class="txt">　本市では、「大野城市市税等収納率向上対策実施計画」に基づき、市税及び各種保険料・使用料の収納率の向上と
収入未済額の縮減に全庁的に取り組んでいる。本資料は、令和６年12月末現在の収納状況と、上半期からの取組の実施状況を取りまとめ、
年度末に向けた取組の強化を図るものである。</p>
<h2>２　収納状況の概要（令和６年12月末現在）</h2>
{panels}
<h3>（１）市税</h3>
<p class="txt">{prose1}</p>
<h3>（２）国民健康保険税</h3>
{bullets2}
<h3>（３）その他の債権</h3>
<p class="txt">{prose3}</p>
</section>"""


# ======================================================================= page 2
def page2():
    p = 2
    rows = []
    tot = {seg: {"assessed": 0, "collected": 0} for seg in ("current", "arrears", "total")}
    for n in NAMES:
        d = INT[n][2024]
        cells = []
        for seg in ("current", "arrears", "total"):
            a, c = sen(d[seg]["assessed"]), sen(d[seg]["collected"])
            r = rate(d[seg]["collected"], d[seg]["assessed"])
            tot[seg]["assessed"] += d[seg]["assessed"]
            tot[seg]["collected"] += d[seg]["collected"]
            rtxt = pct(r)
            mark = ""
            if n == "保育所保育料" and seg == "current":
                mark = "※1"
            cells += [comma(a), comma(c), rtxt + mark]
            G.fact(p, n, n, 2024, "令和６年12月末", seg, "assessed", "interim", a * 1000, "yen", comma(a), as_of=AS_OF[2024])
            G.fact(p, n, n, 2024, "令和６年12月末", seg, "collected", "interim", c * 1000, "yen", comma(c), as_of=AS_OF[2024])
            G.fact(p, n, n, 2024, "令和６年12月末", seg, "collection_rate", "interim", r, "percent", rtxt + mark, as_of=AS_OF[2024])
        rows.append((n, cells))
    cells = []
    for seg in ("current", "arrears", "total"):
        a, c = sen(tot[seg]["assessed"]), sen(tot[seg]["collected"])
        r = rate(tot[seg]["collected"], tot[seg]["assessed"])
        cells += [comma(a), comma(c), pct(r)]
        G.fact(p, None, "計", 2024, "令和６年12月末", seg, "assessed", "interim", a * 1000, "yen", comma(a), as_of=AS_OF[2024])
        G.fact(p, None, "計", 2024, "令和６年12月末", seg, "collected", "interim", c * 1000, "yen", comma(c), as_of=AS_OF[2024])
        G.fact(p, None, "計", 2024, "令和６年12月末", seg, "collection_rate", "interim", r, "percent", pct(r), as_of=AS_OF[2024])
    body = "".join(f"<tr><th class='rh'>{n}</th>" + "".join(f"<td>{c}</td>" for c in cs) + "</tr>" for n, cs in rows)
    body += "<tr class='sum'><th class='rh'>計</th>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
    # footnote with a figure: 個人市民税 collected
    kojin = int(round(INT["市税"][2024]["total"]["collected"] * 0.4213))
    G.fact(p, "個人市民税", "個人市民税", 2024, "令和６年12月末", "total", "collected", "interim", sen(kojin) * 1000, "yen", f"{comma(sen(kojin))}千円", as_of=AS_OF[2024])
    t1 = f"""
<p class="cap">表１　主要債権の収納状況（令和６年12月末現在）<span class="unit">（単位：千円、％）</span></p>
<table class="grid zebra t1">
<thead>
<tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>
</thead><tbody>{body}</tbody></table>
<p class="note">※1 保育所保育料の現年度分は、年度途中の入退所に伴う調定額の変更を反映している。<br>
※2 市税の収入済額（計）のうち個人市民税分 {comma(sen(kojin))}千円</p>"""

    # 表２: side-by-side headings 令和５年12月末 | 令和６年12月末, with 差
    rows2 = []
    for n in NAMES:
        i23, i24 = INT[n][2023], INT[n][2024]
        c23 = rate(i23["current"]["collected"], i23["current"]["assessed"])
        a23 = rate(i23["arrears"]["collected"], i23["arrears"]["assessed"])
        c24 = rate(i24["current"]["collected"], i24["current"]["assessed"])
        a24 = rate(i24["arrears"]["collected"], i24["arrears"]["assessed"])
        dc, da = round(c24 - c23, 2), round(a24 - a23, 2)
        for fy, seg, v in ((2023, "current", c23), (2023, "arrears", a23), (2024, "current", c24), (2024, "arrears", a24)):
            G.fact(p, n, SHORT[n], fy, f"令和{fy - 2018}年12月末".replace("5", "５").replace("6", "６"), seg, "collection_rate", "interim", v, "percent", pct(v), as_of=AS_OF[fy])
        G.fact(p, n, SHORT[n], 2024, "差", "current", "difference", "interim", dc, "points", fsigned(dc), as_of=AS_OF[2024])
        G.fact(p, n, SHORT[n], 2024, "差", "arrears", "difference", "interim", da, "points", fsigned(da), as_of=AS_OF[2024])
        rows2.append((SHORT[n], [pct(c23), pct(a23), pct(c24), pct(a24), fsigned(dc), fsigned(da)]))
    body2 = "".join(f"<tr><th class='rh'>{n}</th>" + "".join(f"<td>{c}</td>" for c in cs) + "</tr>" for n, cs in rows2)
    t2 = f"""
<p class="cap">表２　前年同月との比較（収納率）<span class="unit">（単位：％、ポイント）</span></p>
<table class="grid shade t2">
<thead>
<tr><th rowspan="2">区分</th><th colspan="2">令和５年12月末</th><th colspan="2">令和６年12月末</th><th colspan="2">差</th></tr>
<tr><th>現年分</th><th>滞繰分</th><th>現年分</th><th>滞繰分</th><th>現年分</th><th>滞繰分</th></tr>
</thead><tbody>{body2}</tbody></table>
<p class="note">注）国保税は国民健康保険税、後期高齢は後期高齢者医療保険料、保育料は保育所保育料、住宅使用料は市営住宅使用料をいう。
差の△はマイナスを示す。</p>"""
    return f"<section class='page'><h2>３　債権別の収納状況</h2>{t1}{t2}</section>"


# ======================================================================= page 3
def page3():
    p = 3
    rows = []
    for i, m in enumerate(MONTHS):
        prev = MONTHLY[2023][i]
        G.fact(p, "市税", "市税", 2023, "前年度", "current", "collection_rate", "interim", prev, "percent", pct(prev), as_of=MONTH_DATES[2023][i])
        if i < len(MONTHLY[2024]):
            cur = MONTHLY[2024][i]
            d = round(cur - prev, 2)
            G.fact(p, "市税", "市税", 2024, "本年度", "current", "collection_rate", "interim", cur, "percent", pct(cur), as_of=MONTH_DATES[2024][i])
            G.fact(p, "市税", "市税", 2024, "本年度", "current", "difference", "interim", d, "points", fsigned(d), as_of=MONTH_DATES[2024][i])
            rows.append((m, pct(prev), pct(cur), fsigned(d)))
        else:
            rows.append((m, pct(prev), "－", "－"))
    body = "".join(f"<tr><th class='rh'>{m}</th><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for m, a, b, c in rows)
    t3 = f"""
<div class="half">
<p class="cap">表３　市税（現年課税分）月別累計収納率<br><span class="unit">本年度：令和６年度　前年度：令和５年度（単位：％）</span></p>
<table class="grid zebra t3"><thead><tr><th>月末</th><th>前年度</th><th>本年度</th><th>差</th></tr></thead>
<tbody>{body}</tbody></table>
<p class="note">※ 各月末時点の累計。令和５年度の2月末は令和６年２月29日現在。</p>
</div>"""
    # chart
    W, H = 330, 250
    x0, y0, ch = 40, 215, 170
    vmin, vmax = 74.0, 80.0
    bars = []
    for j, (fy, lab, v) in enumerate(CHART):
        bx = x0 + 15 + j * 56
        bh = (v - vmin) / (vmax - vmin) * ch
        fill = "#2f6fae" if fy == 2024 else "#9bb9d9"
        bars.append(f"<rect x='{bx}' y='{y0 - bh:.1f}' width='34' height='{bh:.1f}' fill='{fill}'/>"
                    f"<text x='{bx + 17}' y='{y0 - bh - 5:.1f}' class='dl'>{v:.1f}</text>"
                    f"<text x='{bx + 17}' y='{y0 + 15}' class='ax'>{lab}</text>")
        G.fact(p, "市税", "市税", fy, lab, "current", "collection_rate", "interim", v, "percent", f"{v:.1f}", as_of=f"{fy}-12-31")
    ticks = "".join(f"<line x1='{x0}' x2='{W - 10}' y1='{y0 - (t - vmin) / (vmax - vmin) * ch:.1f}' y2='{y0 - (t - vmin) / (vmax - vmin) * ch:.1f}' stroke='#ddd'/>"
                    f"<text x='{x0 - 4}' y='{y0 - (t - vmin) / (vmax - vmin) * ch + 3:.1f}' class='tk'>{t:.0f}</text>" for t in (74, 76, 78, 80))
    svg = f"""<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" xmlns="http://www.w3.org/2000/svg">
<style>.dl{{font:bold 11px 'IPAexGothic';text-anchor:middle}} .ax{{font:11px 'IPAexGothic';text-anchor:middle}} .tk{{font:9px 'IPAexGothic';text-anchor:end;fill:#555}}</style>
{ticks}<line x1="{x0}" x2="{W - 10}" y1="{y0}" y2="{y0}" stroke="#333"/>{''.join(bars)}
<text x="{W - 12}" y="14" style="font:9px 'IPAexGothic';text-anchor:end">（単位：％）</text></svg>"""
    fig = f"""<div class="half"><p class="cap">図１　市税（現年分）12月末収納率の推移</p>{svg}
<p class="note">※ 各年度12月末時点。R6は令和６年度。</p></div>"""

    # 表４ delinquents: 前年同月 / 今期 ; also 差押件数 (not a metric)
    rows4 = []
    for n in NAMES:
        unit, prev, cur, sp, sc = DELINQ[n]
        d = cur - prev
        met_unit = "households" if unit == "世帯" else "persons"
        G.fact(p, n, SHORT[n], 2023, "前年同月", "total", "delinquents", "interim", prev, met_unit, comma(prev), as_of=AS_OF[2023])
        G.fact(p, n, SHORT[n], 2024, "今期", "total", "delinquents", "interim", cur, met_unit, comma(cur), as_of=AS_OF[2024])
        G.fact(p, n, SHORT[n], 2024, "今期", "total", "difference", "interim", d, met_unit, signed(d), as_of=AS_OF[2024])
        rows4.append((SHORT[n], unit, comma(prev), comma(cur), signed(d), comma(sp) if sp else "－", comma(sc) if sc else "－"))
    body4 = "".join(f"<tr><th class='rh'>{a}</th><td class='c'>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td><td>{g}</td></tr>" for a, b, c, d, e, f, g in rows4)
    t4 = f"""
<p class="cap">表４　滞納者数及び差押件数（令和６年12月末現在）</p>
<table class="grid shade t4"><thead>
<tr><th rowspan="2">区分</th><th rowspan="2">単位</th><th colspan="3">滞納者数（国保税は滞納世帯数）</th><th colspan="2">差押件数（件）</th></tr>
<tr><th>前年同月</th><th>今期</th><th>増減</th><th>前年同期</th><th>今期</th></tr></thead>
<tbody>{body4}</tbody></table>
<p class="note">※ 前年同月・前年同期は令和５年12月末現在。滞納者数は各債権の実人数（世帯数）。</p>"""
    return f"<section class='page'><h2>４　市税の月別収納状況と滞納者の状況</h2><div class='row'>{t3}{fig}</div>{t4}</section>"


# ======================================================================= page 4
def page4():
    p = 4
    # 表５: debts as columns; metric and year in row header; brackets (previous); footnote marker
    hdr = "".join(f"<th>{SHORT[n]}</th>" for n in NAMES)
    rows = []
    for seg, seglab in (("current", "現年分"), ("arrears", "滞納繰越分")):
        trow, erow, drow = [], [], []
        for n in NAMES:
            t = TARGET[n][0 if seg == "current" else 1]
            nd = 2 if seg == "current" else 1
            e = rate(DATA[n][2024][seg]["collected"], DATA[n][2024][seg]["assessed"], nd)
            a = rate(DATA[n][2023][seg]["collected"], DATA[n][2023][seg]["assessed"], nd)
            dd = round(e - t, nd)
            mk = "※1" if (n == "保育所保育料" and seg == "current") else ""
            trow.append(f"{t:.{nd}f}")
            erow.append(f"{e:.{nd}f}{mk}（{a:.{nd}f}）")
            drow.append(fsigned(dd, nd))
            G.fact(p, n, SHORT[n], 2024, "令和６年度目標", seg, "collection_rate", "target", t, "percent", f"{t:.{nd}f}")
            G.fact(p, n, SHORT[n], 2024, "令和６年度決算見込", seg, "collection_rate", "estimate", e, "percent", f"{e:.{nd}f}{mk}")
            G.fact(p, n, SHORT[n], 2023, "前年度決算", seg, "collection_rate", "actual", a, "percent", f"（{a:.{nd}f}）")
            G.fact(p, n, SHORT[n], 2024, "見込－目標", seg, "difference", "estimate", dd, "points", fsigned(dd, nd))
        rows.append(f"<tr><th class='rh' rowspan='3'>収納率<br>（{seglab}）</th><th class='rh2'>令和６年度目標</th>" + "".join(f"<td>{x}</td>" for x in trow) + "</tr>")
        rows.append("<tr><th class='rh2'>決算見込（前年度決算）</th>" + "".join(f"<td>{x}</td>" for x in erow) + "</tr>")
        rows.append("<tr><th class='rh2'>見込－目標</th>" + "".join(f"<td>{x}</td>" for x in drow) + "</tr>")
    t5 = f"""
<p class="cap">表５　令和６年度の収納率の目標と決算見込<span class="unit">（単位：％、ポイント）</span></p>
<table class="grid shade t5"><thead><tr><th colspan="2">区分</th>{hdr}</tr></thead><tbody>{''.join(rows)}</tbody></table>
<p class="note">※1 保育所保育料は、令和６年９月の多子軽減の拡大による調定額の減少を織り込んだ見込値。</p>"""

    # 表６: debts as rows, 収納率（計） before amounts; 収入未済額 with footnote marker on header
    rows6 = []
    s_a = s_e = 0
    for n in NAMES:
        ra = rate(DATA[n][2023]["total"]["collected"], DATA[n][2023]["total"]["assessed"])
        re_ = rate(DATA[n][2024]["total"]["collected"], DATA[n][2024]["total"]["assessed"])
        oa, oe = sen(DATA[n][2023]["total"]["outstanding"]), sen(DATA[n][2024]["total"]["outstanding"])
        s_a += DATA[n][2023]["total"]["outstanding"]
        s_e += DATA[n][2024]["total"]["outstanding"]
        G.fact(p, n, SHORT[n], 2023, "令和５年度決算", "total", "collection_rate", "actual", ra, "percent", pct(ra))
        G.fact(p, n, SHORT[n], 2024, "令和６年度見込", "total", "collection_rate", "estimate", re_, "percent", pct(re_))
        G.fact(p, n, SHORT[n], 2023, "令和５年度決算", "total", "outstanding", "actual", oa * 1000, "yen", comma(oa))
        G.fact(p, n, SHORT[n], 2024, "令和６年度見込", "total", "outstanding", "estimate", oe * 1000, "yen", comma(oe))
        G.fact(p, n, SHORT[n], 2024, "増減", "total", "difference", "estimate", (oe - oa) * 1000, "yen", signed(oe - oa))
        rows6.append((SHORT[n], pct(ra), pct(re_), comma(oa), comma(oe), signed(oe - oa)))
    oa, oe = sen(s_a), sen(s_e)
    G.fact(p, None, "合計", 2023, "令和５年度決算", "total", "outstanding", "actual", oa * 1000, "yen", comma(oa))
    G.fact(p, None, "合計", 2024, "令和６年度見込", "total", "outstanding", "estimate", oe * 1000, "yen", comma(oe))
    G.fact(p, None, "合計", 2024, "増減", "total", "difference", "estimate", (oe - oa) * 1000, "yen", signed(oe - oa))
    rows6.append(("合計", "", "", comma(oa), comma(oe), signed(oe - oa)))
    body6 = "".join(f"<tr{' class=sum' if r[0] == '合計' else ''}><th class='rh'>{r[0]}</th>" + "".join(f"<td>{c}</td>" for c in r[1:]) + "</tr>" for r in rows6)
    wo = sum(DATA[n][2024]["total"]["written_off"] for n in NAMES)
    wo_txt, wo_val = oku_man(wo, 1_000_000)
    G.fact(p, None, None, 2024, None, "total", "written_off", "estimate", wo_val, "yen", f"約{wo_txt}", approx=True)
    t6 = f"""
<p class="cap">表６　収納率（計）と収入未済額の見込</p>
<table class="grid zebra t6"><thead>
<tr><th rowspan="2">債権名</th><th colspan="2">収納率（％）</th><th colspan="3">収入未済額※2（千円）</th></tr>
<tr><th>令和５年度決算</th><th>令和６年度見込</th><th>令和５年度決算</th><th>令和６年度見込</th><th>増減</th></tr></thead>
<tbody>{body6}</tbody></table>
<p class="note">※2 令和６年度見込の収入未済額は、不納欠損見込額 約{wo_txt}を控除した額である。</p>"""

    # 【参考】 box
    tot = {k: sum(DATA[n][2023]["total"][k] for n in NAMES) for k in ("assessed", "collected", "written_off", "outstanding")}
    tr = rate(tot["collected"], tot["assessed"])
    for k, lab in (("assessed", "調定額"), ("collected", "収入済額"), ("written_off", "不納欠損額"), ("outstanding", "収入未済額")):
        G.fact(p, None, "市税等合計", 2023, "令和５年度決算", "total", k, "actual", sen(tot[k]) * 1000, "yen", f"{comma(sen(tot[k]))}千円")
    G.fact(p, None, "市税等合計", 2023, "令和５年度決算", "total", "collection_rate", "actual", tr, "percent", f"{pct(tr)}％")
    box = f"""
<div class="refbox"><p class="rbt">【参考】令和５年度決算（市税等合計）</p>
<ul><li>調定額：{comma(sen(tot['assessed']))}千円</li><li>収入済額：{comma(sen(tot['collected']))}千円</li>
<li>不納欠損額：{comma(sen(tot['written_off']))}千円</li><li>収入未済額：{comma(sen(tot['outstanding']))}千円</li>
<li>収納率：{pct(tr)}％</li></ul></div>"""
    return f"<section class='page'><h2>５　令和６年度の目標と決算見込</h2>{t5}{t6}{box}</section>"


# ======================================================================= pages 5-6: 取組
INITS = {
    "市税": [
        ("①", "現年度分の滞納者に対し、納期限後20日以内の督促状発送と文書・電話による早期催告を徹底する。", "継続",
         "4月から12月までに催告書 8,412通を発送し、電話催告を 2,318件実施した。"),
        ("②", "財産調査を滞納発生の初期段階から行い、預貯金・給与等の差押えを速やかに執行する。", "拡充",
         "12月末までの差押件数は455件（前年同期412件）。"),
        ("③", "スマートフォン決済アプリによる納付を周知し、納付機会の拡大を図る。", "継続",
         "アプリ納付の利用件数は前年同期比で約1.3倍となった。"),
    ],
    "国民健康保険税": [
        ("①", "資格喪失世帯に対する納付勧奨を、喪失届の受理時に窓口で実施する。", "新規",
         "窓口での納付勧奨を 316世帯に実施した。"),
        ("②", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続",
         "分納誓約の不履行者 142世帯に催告を行った。"),
        ("③", "口座振替の原則化に向け、新規加入世帯への口座振替申込みの勧奨を強化する。", "拡充",
         "口座振替率は12月末で51.8％（前年同月50.9％）。"),
    ],
    "介護保険料": [
        ("①", "普通徴収の未納者に対し、督促状発送後の電話催告を月1回実施する。", "継続",
         "電話催告を 604件実施した。"),
        ("②", "給付制限の事前通知を活用し、長期滞納者との納付相談の機会を確保する。", "継続",
         "事前通知を 37人に送付した。"),
    ],
    "後期高齢者医療保険料": [
        ("①", "年金からの特別徴収に切り替わるまでの間の普通徴収分について、納付案内を個別に送付する。", "継続",
         "新規被保険者 1,128人に納付案内を送付した。"),
        ("②", "福岡県後期高齢者医療広域連合と連携し、滞納処分の手法について研修を受講する。", "新規",
         "11月に担当職員2名が受講した。"),
    ],
    "保育所保育料": [
        ("①", "児童手当からの特別徴収（申出による徴収）の同意取得を入所手続時に徹底する。", "拡充",
         "新規入所世帯の同意取得率は 72％。"),
        ("②", "退所者の未納分について、退所時に納付計画を作成し、履行を管理する。", "継続",
         "納付計画を 9件作成した。"),
    ],
    "市営住宅使用料": [
        ("①", "滞納3か月以上の入居者に対し、連帯保証人への通知と明渡し請求の事前通知を行う。", "継続",
         "事前通知を 6件送付し、4件が分納に応じた。"),
        ("②", "退去者の未納使用料について、支払督促の申立てを検討し、法的措置を計画的に進める。", "新規",
         "1件について支払督促の準備を進めている。"),
    ],
}


def init_pages():
    groups = [["市税", "国民健康保険税", "介護保険料"], ["後期高齢者医療保険料", "保育所保育料", "市営住宅使用料"]]
    html = []
    num = 0
    for gi, grp in enumerate(groups):
        p = 5 + gi
        parts = []
        for n in grp:
            num += 1
            rows = []
            for lab, text, st, res in INITS[n]:
                G.init(p, n, 2024, "６　債権別の取組状況", lab, text, st)
                rows.append(f"<tr><td class='it'>{lab}　{text}【{st}】</td><td class='res'>{res}</td></tr>")
            parts.append(f"<h3>（{num}）{n}</h3><table class='grid shade ti'><thead><tr><th>取組項目</th><th>12月末までの実施状況</th></tr></thead>"
                         f"<tbody>{''.join(rows)}</tbody></table>")
        head = "<h2>６　債権別の取組状況</h2>" if gi == 0 else "<p class='cont'>６　債権別の取組状況（続き）</p>"
        tail = ""
        if gi == 1:
            for lab, t in (("（１）", "現年度分の未納者への早期接触を徹底し、翌年度への滞納繰越の発生を抑制する。"),
                           ("（２）", "財産調査の結果に基づき、差押え・換価を計画的に実施する。"),
                           ("（３）", "徴収困難な債権は、執行停止や債権放棄の要件を確認し、適正に整理する。")):
                G.init(p, None, 2024, "７　年度末に向けた取組の方針", lab, t, None)
            tail = """<h2>７　年度末に向けた取組の方針</h2>
<p class="txt">　１月から３月を「収納対策強化期間」と位置付け、各債権所管課は次の事項に重点的に取り組む。</p>
<p class="txt">（１）現年度分の未納者への早期接触を徹底し、翌年度への滞納繰越の発生を抑制する。<br>
（２）財産調査の結果に基づき、差押え・換価を計画的に実施する。<br>
（３）徴収困難な債権は、執行停止や債権放棄の要件を確認し、適正に整理する。</p>"""
        html.append(f"<section class='page'>{head}{''.join(parts)}{tail}</section>")
    return "".join(html)


CSS = """
@page { size: A4; margin: 16mm 14mm 14mm 14mm; }
body { font-family: 'IPAexGothic', sans-serif; font-size: 9.6pt; font-synthesis: none; color: #111; margin: 0; }
section.page { page-break-after: always; }
section.page:last-child { page-break-after: auto; }
h1 { font-size: 15pt; text-align: center; margin: 6mm 0 3mm; line-height: 1.4; }
h2 { font-size: 11.5pt; border-left: 5px solid #2f6fae; padding-left: 6px; margin: 5mm 0 2mm; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; }
.doctop { text-align: right; } .doctop span { border: 1px solid #333; padding: 1px 8px; }
.issuer { text-align: right; margin: 0 0 3mm; line-height: 1.5; }
.txt { line-height: 1.65; margin: 1mm 0; text-align: justify; }
.panels { display: flex; gap: 3mm; margin: 2mm 0 3mm; }
.panel { flex: 1; border: 1.5px solid #2f6fae; border-radius: 4px; padding: 2mm; text-align: center; background: #f3f7fc; }
.pl { font-weight: bold; font-size: 9pt; } .py { font-size: 8pt; color: #444; }
.pv { font-size: 16pt; font-weight: bold; color: #1d4f86; margin: 1mm 0; } .ps { font-size: 8pt; }
.bhead { font-weight: bold; margin: 1mm 0; } ul.seg { margin: 0 0 1mm 4mm; padding-left: 4mm; line-height: 1.6; }
.cap { font-weight: bold; margin: 4mm 0 1mm; } .unit { font-weight: normal; font-size: 8.5pt; margin-left: 3mm; }
table.grid { border-collapse: collapse; width: 100%; font-size: 8.4pt; }
table.grid th, table.grid td { border: 0.6px solid #666; padding: 1.2mm 1.2mm; }
table.grid td { text-align: right; } table.grid td.c { text-align: center; }
table.grid thead th { background: #dfe8f3; font-weight: bold; text-align: center; }
table.zebra tbody tr:nth-child(even) { background: #f1f4f8; }
table.zebra th, table.zebra td { border: none; border-bottom: 0.4px solid #bbb; }
table.zebra thead th { border-bottom: 1px solid #2f6fae; }
th.rh, th.rh2 { text-align: left; font-weight: normal; white-space: nowrap; }
tr.sum th, tr.sum td { font-weight: bold; border-top: 1.2px solid #333; }
.note { font-size: 8pt; line-height: 1.5; margin: 1mm 0 2mm; }
.row { display: flex; gap: 5mm; align-items: flex-start; } .half { flex: 1; }
.refbox { border: 1.2px solid #333; padding: 2mm 4mm; margin-top: 4mm; width: 55%; }
.rbt { font-weight: bold; margin: 0 0 1mm; } .refbox ul { margin: 0; padding-left: 5mm; line-height: 1.6; }
table.ti td { text-align: left; vertical-align: top; line-height: 1.5; } table.ti td.it { width: 60%; }
.cont { font-weight: bold; color: #444; }
"""


def main():
    html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>{G.document['title']}</title><style>{CSS}</style></head><body>"
    html += page1() + page2() + page3() + page4() + init_pages() + "</body></html>"
    src = WORK / f"{STEM}.html"
    src.write_text(html, encoding="utf-8")
    pdf = PDF_DIR / f"{STEM}.pdf"
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    chromium_pdf(src, pdf)
    G.write(pdf)


if __name__ == "__main__":
    main()
