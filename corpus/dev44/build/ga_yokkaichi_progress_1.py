#!/usr/bin/env python3
"""ga_yokkaichi_progress_1: 四日市市 令和５年度 債権管理の取組状況（中間報告・令和６年２月末現在）.

Tool chain: HTML/CSS -> chromium --headless --print-to-pdf (one landscape named page).
Run from corpus/dev44:  python3 build/ga_yokkaichi_progress_1.py
All figures are invented; the gold is written from the same data that draws the pages.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ga_common import (PDF_DIR, WORK, comma, fact, initiative, rate, tri, write_gold)  # noqa: E402

STEM = "ga_yokkaichi_progress_1"
CITY = "四日市市"
FY = 2023                      # 令和５年度
AS_OF = "2024-02-29"           # 令和６年２月末 (leap year)
AS_OF_PREV = "2023-02-28"      # 前年同月
AS_OF_DEC = "2023-12-31"
AS_OF_DEC_PREV = "2022-12-31"

# ---------------------------------------------------------------- data (千円)
# key, printed name, canonical debt, 所管課
DEBTS = [
    ("tax", "市税", "市税", "収納推進課"),
    ("nhi", "国民健康保険料", "国民健康保険料", "保険年金課"),
    ("care", "介護保険料", "介護保険料", "介護保険課"),
    ("elder", "後期高齢者医療保険料", "後期高齢者医療保険料", "保険年金課"),
    ("nursery", "保育所保育料", "保育所保育料", "保育幼稚園課"),
    ("housing", "市営住宅使用料", "住宅使用料", "市営住宅課"),
]
NAME = {k: n for k, n, _, _ in DEBTS}
CANON = {k: c for k, _, c, _ in DEBTS}

# 令和５年度２月末: 現年 調定, 収入済, 滞繰 調定, 収入済
R5 = {
    "tax": (62418336, 59684215, 1342815, 454408),
    "nhi": (8236574, 7117284, 1874206, 400521),
    "care": (6184022, 6007802, 142388, 26513),
    "elder": (4612450, 4560791, 20914, 8631),
    "nursery": (968412, 920768, 61330, 15001),
    "housing": (1004286, 941418, 168942, 21202),
}
# 令和４年度２月末の収納率（現年, 滞繰, 計）
R4FEB = {
    "tax": (95.31, 31.92, 93.98),
    "nhi": (86.02, 22.10, 73.95),
    "care": (97.02, 17.95, 95.21),
    "elder": (98.91, 39.80, 98.60),
    "nursery": (94.71, 20.38, 90.42),
    "housing": (93.40, 13.02, 81.85),
}
R4FEB_TOTAL = (94.72, 24.31, 91.83)
# 前年同月（令和５年２月末）の収入未済額（千円, hidden: only used for the prose difference)
R4FEB_OUT = {"tax": 3746100, "nhi": 2688420, "care": 301560, "elder": 61210, "nursery": 99850,
             "housing": 218940}
# 令和４年度決算: 現年 調定, 現年 収納率目安, 滞繰 調定, 滞繰 収納率目安 (収入未済 = 令和５年度滞繰調定)
R4P = {
    "tax": (61205118, 98.90, 1402877, 47.9),
    "nhi": (8402330, 93.10, 1968540, 24.5),
    "care": (6102881, 98.95, 150214, 22.0),
    "elder": (4571206, 99.70, 22118, 45.0),
    "nursery": (982104, 97.80, 66912, 28.0),
    "housing": (1012455, 97.20, 180220, 14.0),
}
# 現年度分収納率: 令和３年度 目標, 実績; 令和４年度 目標; 令和５年度 目標, 決算見込; 滞繰 決算見込; 不納欠損見込(千円)
PLAN = {
    "tax": (98.70, 98.80, 98.85, 98.95, 98.95, 39.50, 52000),
    "nhi": (92.50, 92.84, 93.20, 93.30, 93.05, 26.00, 178000),
    "care": (98.80, 98.91, 98.90, 99.00, 98.97, 24.00, 35000),
    "elder": (99.60, 99.66, 99.65, 99.70, 99.68, 46.00, 4100),
    "nursery": (97.50, 97.62, 97.80, 98.00, 97.70, 30.00, 7800),
    "housing": (97.00, 97.05, 97.30, 97.40, 97.25, 15.50, 12600),
}
DEC = {"tax": (84.36, 84.10), "nhi": (68.20, 68.95), "care": (88.12, 87.90),   # 12月末 現年度分 (R5, R4)
       "elder": (90.45, 90.60), "nursery": (86.30, 85.72), "housing": (83.95, 84.20)}
CHART = [("H30", 2018, "平成30年度", 98.52, "actual"), ("R元", 2019, "令和元年度", 98.61, "actual"),
         ("R2", 2020, "令和2年度", 98.47, "actual"), ("R3", 2021, "令和3年度", 98.80, "actual")]
# その他の債権（円）: 調定額, 収入済額, 前年同月収納率
MINOR = [
    ("生活保護費返還金", "生活保護費返還金", 486215330, 71248902, 13.90),
    ("母子父子寡婦福祉資金貸付金", "母子父子寡婦福祉資金貸付金", 98412600, 23118540, 24.10),
    ("児童扶養手当返還金", "児童扶養手当返還金", 12640180, 3051220, 21.75),
]


def r4_actual(k):
    ca, cr, aa, ar = R4P[k]
    cc = round(ca * cr / 100)
    ac = round(aa * ar / 100)
    out = R5[k][2]
    wo = ca + aa - cc - ac - out
    assert 0 < wo < 0.3 * aa, (k, wo)
    return dict(cur_ass=ca, cur_coll=cc, arr_ass=aa, arr_coll=ac, wo=wo, out=out,
                cur_out=ca - cc, arr_out=aa - ac - wo, ass=ca + aa, coll=cc + ac)


def r5_estimate(k):
    ca, _, aa, _ = R5[k]
    p = PLAN[k]
    cc = round(ca * p[4] / 100)
    ac = round(aa * p[5] / 100)
    wo = p[6]
    return dict(ass=ca + aa, coll=cc + ac, out=ca + aa - cc - ac - wo, wo=wo)


def oku(yen: int) -> str:
    """Round to 100万円 and print as 36億2,300万円 (prose)."""
    m = round(yen / 1_000_000) * 100      # in 万円
    o, man = divmod(m, 10000)
    s = ""
    if o:
        s += f"{o}億"
    if man:
        s += f"{man:,}万"
    return s + "円", m * 10000


# ---------------------------------------------------------------- build
facts: list = []
inits: list = []


def F(*a, **k):
    facts.append(fact(*a, **k))


def I(*a, **k):
    inits.append(initiative(*a, **k))


CSS = """
@page { size: A4 portrait; margin: 16mm 15mm 14mm 15mm; }
@page land { size: A4 landscape; margin: 12mm 12mm 10mm 12mm; }
body { font-family: 'IPAexGothic'; font-size: 9.6pt; line-height: 1.55; color: #111; margin: 0; }
.page { break-after: page; position: relative; height: 264mm; }
.page.land { height: 185mm; }
.page:last-child { break-after: auto; }
.land { page: land; }
.mincho { font-family: 'IPAexMincho'; }
.right { text-align: right; }
.center { text-align: center; }
h1 { font-size: 15pt; text-align: center; margin: 6mm 0 1mm 0; letter-spacing: 1pt; }
.sub { text-align: center; font-size: 11pt; margin-bottom: 5mm; }
h2 { font-size: 11.5pt; border-left: 5pt solid #2c5f8a; padding-left: 6pt; margin: 5mm 0 2mm 0; }
h3 { font-size: 10.2pt; margin: 3mm 0 1mm 0; }
p { margin: 0 0 1.6mm 0; text-indent: 1em; text-align: justify; }
.meta { font-size: 9pt; text-align: right; line-height: 1.4; }
.brk { border: 1px solid #2c5f8a; padding: 2.5mm 4mm; margin: 3mm 0; }
.brk .hd { font-weight: bold; margin-bottom: 1mm; }
.brk ul { margin: 0; padding-left: 1.2em; }
.ref { border: 1px dashed #555; padding: 2mm 4mm; margin: 3mm 0; background: #f7f7f2; }
ul.seg { list-style: none; padding-left: 1em; margin: 0; }
table { border-collapse: collapse; }
table.z { width: 100%; font-size: 8pt; }
table.z th { background: #d9e4ef; font-weight: normal; padding: 1.2mm 1mm; border: 0.6pt solid #fff; }
table.z td { padding: 1.1mm 1.2mm; text-align: right; border: none; }
table.z tr:nth-child(even) td { background: #eef3f8; }
table.z td.n { text-align: left; white-space: nowrap; }
table.z tr.tot td { background: #d9e4ef; font-weight: bold; }
table.g { width: 100%; font-size: 8.3pt; }
table.g th, table.g td { border: 0.6pt solid #333; padding: 0.9mm 1.2mm; }
table.g th { background: #ececec; font-weight: normal; }
table.g td { text-align: right; }
table.g td.n { text-align: left; white-space: nowrap; }
.cap { font-size: 9pt; margin: 2mm 0 1mm 0; }
.unit { font-size: 8pt; text-align: right; margin: 0 0 0.5mm 0; }
.note { font-size: 7.8pt; line-height: 1.4; margin: 1mm 0 0 0; }
.vert { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1pt; }
.twin { display: flex; gap: 5mm; }
.twin > div { flex: 1; }
.blockhd { display: flex; gap: 5mm; font-weight: bold; font-size: 9.5pt; margin-top: 2mm; }
.blockhd > div { flex: 1; border-bottom: 1.2pt solid #2c5f8a; padding-bottom: 0.5mm; }
.cols { column-count: 2; column-gap: 7mm; column-rule: 0.5pt solid #aaa; font-size: 9.1pt; }
.cols h3 { break-after: avoid; }
.cols p { text-indent: 1em; }
ol.circ { list-style: none; padding-left: 0; margin: 0.5mm 0 2mm 0; }
ol.circ li { padding-left: 1em; text-indent: -1em; margin-bottom: 0.8mm; }
.items { margin: 0 0 1mm 1em; }
.items div { margin-bottom: 0.6mm; }
.tag { font-weight: bold; color: #1d4f7a; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; text-align: center; font-size: 8pt; color: #444; }
"""

pages: list[str] = []

# ================================================================ page 1
p = 1
tot = [sum(R5[k][i] for k in R5) for i in range(4)]
t_cur, t_arr = rate(tot[1], tot[0], 2), rate(tot[3], tot[2], 2)
t_all = rate(tot[1] + tot[3], tot[0] + tot[2], 2)
t_diff = round(t_all - R4FEB_TOTAL[2], 2)
out_now = (tot[0] + tot[2] - tot[1] - tot[3]) * 1000
out_prev = sum(R4FEB_OUT.values()) * 1000
s_out, v_out = oku(out_now)
s_dout, v_dout = oku(out_prev - out_now)
F(None, "主要６債権", FY, "令和５年度", "current", "collection_rate", "interim", t_cur, "percent",
  f"{t_cur:.2f}％", p, as_of=AS_OF)
F(None, "主要６債権", FY, "令和５年度", "arrears", "collection_rate", "interim", t_arr, "percent",
  f"{t_arr:.2f}％", p, as_of=AS_OF)
F(None, "主要６債権", FY, "令和５年度", "total", "collection_rate", "interim", t_all, "percent",
  f"{t_all:.2f}％", p, as_of=AS_OF)
F(None, "主要６債権", FY, "令和５年度", "total", "difference", "interim", t_diff, "points",
  f"{t_diff:.2f}ポイント", p, as_of=AS_OF)
F(None, "主要６債権", FY, "令和５年度", "total", "outstanding", "interim", v_out, "yen",
  "約" + s_out, p, as_of=AS_OF, approx=True)
F(None, "主要６債権", FY, "令和５年度", "total", "difference", "interim", -v_dout, "yen",
  "約" + s_dout, p, as_of=AS_OF, approx=True)
tax_cur = rate(R5["tax"][1], R5["tax"][0], 2)
tax_arr = rate(R5["tax"][3], R5["tax"][2], 2)
tax_all = rate(R5["tax"][1] + R5["tax"][3], R5["tax"][0] + R5["tax"][2], 2)
for seg, v, pv in (("current", tax_cur, R4FEB["tax"][0]), ("arrears", tax_arr, R4FEB["tax"][1]),
                   ("total", tax_all, R4FEB["tax"][2])):
    F("市税", "市税", FY, "令和６年２月末", seg, "collection_rate", "interim", v, "percent",
      f"{v:.2f}％", p, as_of=AS_OF)
    F("市税", "市税", FY - 1, "前年同月", seg, "collection_rate", "interim", pv, "percent",
      f"{pv:.2f}", p, as_of=AS_OF_PREV)
r4 = {k: r4_actual(k) for k in R5}
r4_out = sum(r4[k]["out"] for k in r4) * 1000
r4_wo = sum(r4[k]["wo"] for k in r4) * 1000
r4_rate = rate(sum(r4[k]["coll"] for k in r4), sum(r4[k]["ass"] for k in r4), 2)
s_r4out, v_r4out = oku(r4_out)
s_r4wo, v_r4wo = oku(r4_wo)
F(None, "主要６債権計", FY - 1, "2022年度", "total", "outstanding", "actual", v_r4out, "yen",
  "約" + s_r4out, p, approx=True)
F(None, "主要６債権計", FY - 1, "2022年度", "total", "written_off", "actual", v_r4wo, "yen",
  "約" + s_r4wo, p, approx=True)
F(None, "主要６債権計", FY - 1, "2022年度", "total", "collection_rate", "actual", r4_rate, "percent",
  f"{r4_rate:.2f}％", p)

pages.append(f"""
<div class="page">
<div class="meta">令和６年３月２２日<br>四日市市債権管理推進会議　資料２<br>財政経営部収納推進課</div>
<h1>令和５年度　債権管理の取組状況（中間報告）</h1>
<div class="sub">― 令和６年２月末現在 ―</div>
<h2>１　概要</h2>
<p>本市では、「四日市市債権管理推進方針」に基づき、市税をはじめとする主要６債権について、
年度ごとの目標収納率を定めて収納対策に取り組んでいる。本報告は、令和５年度の２月末時点における
収納状況と年度末の見込み、各債権所管課の取組状況を取りまとめたものである。</p>
<p>２月末現在の主要６債権の収納率は、現年度分が{t_cur:.2f}％、滞納繰越分が{t_arr:.2f}％、全体では
{t_all:.2f}％となり、前年同月と比べ{t_diff:.2f}ポイント上昇した。また、収入未済額（２月末時点）は
約{s_out}で、前年同月から約{s_dout}減少している。</p>
<p>一方、国民健康保険料の現年度分は、物価高騰の影響による納付相談の増加などにより、12月末時点では前年同月を
下回っていたが、２月末時点では前年同月を上回る水準まで回復した。引き続き、年度末の納期に向けて
早期の納付勧奨と財産調査を徹底していく。</p>
<div class="brk">
<div class="hd">【収納率】令和６年２月末時点（市税）</div>
<ul class="seg">
<li>現年分　{tax_cur:.2f}％　（前年同月　{R4FEB['tax'][0]:.2f}）</li>
<li>滞繰分　{tax_arr:.2f}％　（前年同月　{R4FEB['tax'][1]:.2f}）</li>
<li>合計　　{tax_all:.2f}％　（前年同月　{R4FEB['tax'][2]:.2f}）</li>
</ul>
</div>
<div class="ref">
<div class="hd">【参考】前年度（2022年度）決算の状況（主要６債権計）</div>
<ul style="margin:0;padding-left:1.2em">
<li>収入未済額：約{s_r4out}</li>
<li>不納欠損額：約{s_r4wo}</li>
<li>収納率：{r4_rate:.2f}％（現年度分・滞納繰越分の合計）</li>
</ul>
</div>
<h2>２　報告の構成</h2>
<p>次ページ以降では、主要債権ごとの２月末の状況（表１）、年度末の見込み（表２～表４）、
債権ごとの取組状況及び今後の取組を示す。なお、表中の収納率は、収入済額を調定額で除した割合である。</p>
<div class="foot">― 1 ―</div>
</div>
""")

# ================================================================ page 2 (landscape)
p = 2
rows = []
for k, name, canon, _ in DEBTS:
    ca, cc, aa, ac = R5[k]
    cr, ar_, tr = rate(cc, ca, 2), rate(ac, aa, 2), rate(cc + ac, ca + aa, 2)
    pr = R4FEB[k]
    d = [round(cr - pr[0], 2), round(ar_ - pr[1], 2), round(tr - pr[2], 2)]
    mark = {"nhi": "※1", "nursery": "※2"}.get(k, "")
    vals = [(ca, cc, cr), (aa, ac, ar_), (ca + aa, cc + ac, tr)]
    for seg, (a_, c_, r_) in zip(("current", "arrears", "total"), vals):
        F(canon, name, FY, "令和５年度", seg, "assessed", "interim", a_ * 1000, "yen", comma(a_), p,
          as_of=AS_OF)
        F(canon, name, FY, "令和５年度", seg, "collected", "interim", c_ * 1000, "yen", comma(c_), p,
          as_of=AS_OF)
        F(canon, name, FY, "令和５年度", seg, "collection_rate", "interim", r_, "percent", f"{r_:.2f}",
          p, as_of=AS_OF)
    for seg, v in zip(("current", "arrears", "total"), pr):
        F(canon, name, FY - 1, "令和４年度", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}",
          p, as_of=AS_OF_PREV)
    for seg, v in zip(("current", "arrears", "total"), d):
        F(canon, name, FY, "令和５年度", seg, "difference", "interim", v, "points", tri(v, "{:.2f}"), p,
          as_of=AS_OF)
    cells = "".join(f"<td>{comma(a_)}</td><td>{comma(c_)}</td><td>{r_:.2f}</td>" for a_, c_, r_ in vals)
    cells += "".join(f"<td>{v:.2f}</td>" for v in pr)
    cells += "".join(f"<td>{tri(v, '{:.2f}')}</td>" for v in d)
    rows.append(f"<tr><td class='n'>{name}{mark}</td>{cells}</tr>")
ca, cc, aa, ac = tot
vals = [(ca, cc, t_cur), (aa, ac, t_arr), (ca + aa, cc + ac, t_all)]
d = [round(t_cur - R4FEB_TOTAL[0], 2), round(t_arr - R4FEB_TOTAL[1], 2), round(t_all - R4FEB_TOTAL[2], 2)]
for seg, (a_, c_, r_) in zip(("current", "arrears", "total"), vals):
    F(None, "合計", FY, "令和５年度", seg, "assessed", "interim", a_ * 1000, "yen", comma(a_), p, as_of=AS_OF)
    F(None, "合計", FY, "令和５年度", seg, "collected", "interim", c_ * 1000, "yen", comma(c_), p, as_of=AS_OF)
    F(None, "合計", FY, "令和５年度", seg, "collection_rate", "interim", r_, "percent", f"{r_:.2f}", p,
      as_of=AS_OF)
for seg, v in zip(("current", "arrears", "total"), R4FEB_TOTAL):
    F(None, "合計", FY - 1, "令和４年度", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", p,
      as_of=AS_OF_PREV)
for seg, v in zip(("current", "arrears", "total"), d):
    F(None, "合計", FY, "令和５年度", seg, "difference", "interim", v, "points", tri(v, "{:.2f}"), p,
      as_of=AS_OF)
cells = "".join(f"<td>{comma(a_)}</td><td>{comma(c_)}</td><td>{r_:.2f}</td>" for a_, c_, r_ in vals)
cells += "".join(f"<td>{v:.2f}</td>" for v in R4FEB_TOTAL)
cells += "".join(f"<td>{tri(v, '{:.2f}')}</td>" for v in d)
rows.append(f"<tr class='tot'><td class='n'>合計</td>{cells}</tr>")
body_rows = "\n".join(rows)
sub3 = "<th>調定額</th><th>収入済額</th><th>収納率</th>"
pages.append(f"""
<div class="page land">
<h2>３　主要債権の収納状況（令和６年２月末現在）</h2>
<div class="cap">表１　主要債権の調定額・収入済額・収納率及び前年同月との比較</div>
<div class="unit">（単位：千円、％）</div>
<table class="z">
<tr><th rowspan="3" style="width:22mm"><span class="vert">債権名</span></th>
<th colspan="9">令和５年度　２月末現在（Ａ）</th>
<th colspan="3">令和４年度　２月末現在（Ｂ）</th>
<th colspan="3">前年同月比（Ａ）－（Ｂ）</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th>
<th colspan="3">収納率</th><th colspan="3">収納率（ポイント）</th></tr>
<tr>{sub3}{sub3}{sub3}<th>現年度分</th><th>滞納繰越分</th><th>計</th><th>現年度分</th><th>滞納繰越分</th><th>計</th></tr>
{body_rows}
</table>
<div class="note">※1　国民健康保険料の調定額には、後期高齢者支援金分及び介護納付金分を含む。<br>
※2　保育所保育料には、認定こども園（保育認定）の利用者負担額を含む。<br>
※3　収納率は収入済額÷調定額×100により算出し、小数点以下第３位を四捨五入している。前年同月比の△は減少を示す。<br>
※4　調定額及び収入済額は、各月末の財務会計システムの集計値による（還付未済額を除く）。</div>
<h3 style="margin-top:4mm">（参考）表の見方</h3>
<p>現年度分は令和５年度に課税又は賦課したもの、滞納繰越分は令和４年度以前の未納分が令和５年度に繰り越されたものである。
２月末現在の数値は年度途中の集計値であり、出納整理期間（４月・５月）の収入を含まない。</p>
<div class="foot">― 2 ―</div>
</div>
""")

# ================================================================ page 3
p = 3
left, right = [], []
for k, name, canon, _ in DEBTS:
    a = r4[k]
    rr = rate(a["coll"], a["ass"], 2)
    mark = "※" if k == "tax" else ""
    left.append(f"<tr><td class='n'>{name}</td><td>{comma(a['ass'])}</td><td>{comma(a['coll'])}</td>"
                f"<td>{rr:.2f}</td><td>{comma(a['out'])}{mark}</td></tr>")
    F(canon, name, FY - 1, "令和４年度", "total", "assessed", "actual", a["ass"] * 1000, "yen", comma(a["ass"]), p)
    F(canon, name, FY - 1, "令和４年度", "total", "collected", "actual", a["coll"] * 1000, "yen", comma(a["coll"]), p)
    F(canon, name, FY - 1, "令和４年度", "total", "collection_rate", "actual", rr, "percent", f"{rr:.2f}", p)
    F(canon, name, FY - 1, "令和４年度", "total", "outstanding", "actual", a["out"] * 1000, "yen",
      comma(a["out"]) + mark, p)
    e = r5_estimate(k)
    er = rate(e["coll"], e["ass"], 2)
    right.append(f"<tr><td class='n'>{name}</td><td>{comma(e['ass'])}</td><td>{comma(e['coll'])}</td>"
                 f"<td>{er:.2f}</td><td>{comma(e['out'])}</td></tr>")
    F(canon, name, FY, "令和５年度", "total", "assessed", "estimate", e["ass"] * 1000, "yen", comma(e["ass"]), p)
    F(canon, name, FY, "令和５年度", "total", "collected", "estimate", e["coll"] * 1000, "yen", comma(e["coll"]), p)
    F(canon, name, FY, "令和５年度", "total", "collection_rate", "estimate", er, "percent", f"{er:.2f}", p)
    F(canon, name, FY, "令和５年度", "total", "outstanding", "estimate", e["out"] * 1000, "yen", comma(e["out"]), p)
tax_arr_out = r4["tax"]["arr_out"]
F("市税", "市税", FY - 1, "令和４年度", "arrears", "outstanding", "actual", tax_arr_out * 1000, "yen",
  f"{comma(tax_arr_out)}千円", p)
hdr = "<tr><th>債権名</th><th>調定額<br>（千円）</th><th>収入済額<br>（千円）</th><th>収納率<br>（％）</th><th>収入未済額<br>（千円）</th></tr>"

t3 = []
for k, name, canon, _ in DEBTS:
    t3t, t3a, t4t, t5t, t5e = PLAN[k][:5]
    t4a = rate(r4[k]["cur_coll"], r4[k]["cur_ass"], 2)
    ach3, ach4 = t3a / t3t * 100, t4a / t4t * 100
    t3.append(f"<tr><td class='n'>{name}</td><td>{t3t:.2f}</td><td>{t3a:.2f}</td><td>{ach3:.1f}</td>"
              f"<td>{t4t:.2f}</td><td>{t4a:.2f}</td><td>{ach4:.1f}</td><td>{t5t:.2f}</td><td>{t5e:.2f}</td></tr>")
    F(canon, name, 2021, "３年度", "current", "collection_rate", "target", t3t, "percent", f"{t3t:.2f}", p)
    F(canon, name, 2021, "３年度", "current", "collection_rate", "actual", t3a, "percent", f"{t3a:.2f}", p)
    F(canon, name, 2022, "４年度", "current", "collection_rate", "target", t4t, "percent", f"{t4t:.2f}", p)
    F(canon, name, 2022, "４年度", "current", "collection_rate", "actual", t4a, "percent", f"{t4a:.2f}", p)
    F(canon, name, 2023, "５年度", "current", "collection_rate", "target", t5t, "percent", f"{t5t:.2f}", p)
    F(canon, name, 2023, "５年度", "current", "collection_rate", "estimate", t5e, "percent", f"{t5e:.2f}", p)

t4 = []
for name, canon, a_, c_, prev in MINOR:
    r_ = rate(c_, a_, 2)
    t4.append(f"<tr><td class='n'>{name}</td><td>{comma(a_)}</td><td>{comma(c_)}<br>{r_:.2f}（{prev:.2f}）</td>"
              f"<td>{comma(a_ - c_)}</td></tr>")
    F(canon, name, FY, "令和５年度", "total", "assessed", "interim", a_, "yen", comma(a_), p, as_of=AS_OF)
    F(canon, name, FY, "令和５年度", "total", "collected", "interim", c_, "yen", comma(c_), p, as_of=AS_OF)
    F(canon, name, FY, "令和５年度", "total", "collection_rate", "interim", r_, "percent", f"{r_:.2f}", p, as_of=AS_OF)
    F(canon, name, FY - 1, "前年同月", "total", "collection_rate", "interim", prev, "percent", f"（{prev:.2f}）", p,
      as_of=AS_OF_PREV)
    F(canon, name, FY, "令和５年度", "total", "outstanding", "interim", a_ - c_, "yen", comma(a_ - c_), p, as_of=AS_OF)

pages.append(f"""
<div class="page">
<h2>４　年度末の見込み</h2>
<div class="cap">表２　前年度決算と令和５年度決算見込（現年度分・滞納繰越分の計）</div>
<div class="blockhd"><div>令和４年度決算</div><div>令和５年度決算見込</div></div>
<div class="twin">
<div><table class="g">{hdr}{''.join(left)}</table></div>
<div><table class="g">{hdr}{''.join(right)}</table></div>
</div>
<div class="note">※　うち滞納繰越分 {comma(tax_arr_out)}千円。決算見込は、２月末までの収納実績に前年度３月～５月の収納状況を乗じて推計した。</div>

<div class="cap" style="margin-top:4mm">表３　現年度分収納率の目標と実績（令和３～５年度）　（単位：％）</div>
<table class="g">
<tr><th rowspan="2">債権名</th><th colspan="3">３年度</th><th colspan="3">４年度</th><th colspan="2">５年度</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>決算見込</th></tr>
{''.join(t3)}
</table>
<div class="note">達成率＝実績÷目標×100。５年度の決算見込は２月末時点の推計値である。</div>

<div class="cap" style="margin-top:4mm">表４　その他の主な債権の状況（令和６年２月末現在）</div>
<table class="g" style="width:80%">
<tr><th>債権名</th><th>調定額（円）</th><th>収入済額（円）<br>収納率（％）（前年同月）</th><th>収入未済額（円）</th></tr>
{''.join(t4)}
</table>
<div class="note">※　表２は千円単位、表４は円単位で表示している。表４の収入未済額は、調定額から収入済額を差し引いた２月末時点の額である。</div>
<div class="foot">― 3 ―</div>
</div>
""")

# ================================================================ page 4 (2段組)
p = 4


def debt_block(k, num, paras, items, page):
    name, canon = NAME[k], CANON[k]
    html = [f"<h3>（{num}）債権ごとの状況と取組（{name}）</h3>"]
    html += [f"<p>{x}</p>" for x in paras]
    html.append("<div style='font-weight:bold'>■主な取組</div><ol class='circ'>")
    for i, (text, status) in enumerate(items):
        lab = "①②③④⑤"[i]
        tag = f"<span class='tag'>【{status}】</span>" if status else ""
        html.append(f"<li>{lab}　{text}{tag}</li>")
        I(canon, FY, f"債権ごとの状況と取組（{name}）", lab, text, status, page, debt_raw=name)
    html.append("</ol>")
    return "\n".join(html)


def prose_rates(k, page):
    ca, cc, aa, ac = R5[k]
    cr, ar_ = rate(cc, ca, 2), rate(ac, aa, 2)
    pr = R4FEB[k]
    dcur = round(cr - pr[0], 2)
    name, canon = NAME[k], CANON[k]
    F(canon, name, FY, "令和５年度", "current", "collection_rate", "interim", cr, "percent", f"{cr:.2f}％", page, as_of=AS_OF)
    F(canon, name, FY - 1, "前年同月", "current", "collection_rate", "interim", pr[0], "percent", f"{pr[0]:.2f}％", page,
      as_of=AS_OF_PREV)
    F(canon, name, FY, "令和５年度", "current", "difference", "interim", dcur, "points", f"{abs(dcur):.2f}ポイント", page,
      as_of=AS_OF)
    F(canon, name, FY, "令和５年度", "arrears", "collection_rate", "interim", ar_, "percent", f"{ar_:.2f}％", page, as_of=AS_OF)
    word = "上回った" if dcur >= 0 else "下回った"
    out = (ca + aa - cc - ac) * 1000
    s1, v1 = oku(out)
    dd = out - R4FEB_OUT[k] * 1000
    s2, v2 = oku(abs(dd))
    F(canon, name, FY, "令和５年度", "total", "outstanding", "interim", v1, "yen", "約" + s1, page, as_of=AS_OF, approx=True)
    F(canon, name, FY, "令和５年度", "total", "difference", "interim", v2 if dd > 0 else -v2, "yen", "約" + s2, page,
      as_of=AS_OF, approx=True)
    txt = (f"２月末の現年度分収納率は{cr:.2f}％で、前年同月（{pr[0]:.2f}％）を{abs(dcur):.2f}ポイント{word}。"
           f"滞納繰越分は{ar_:.2f}％である。収入未済額は約{s1}で、前年同月から約{s2}"
           f"{'増加' if dd > 0 else '減少'}した。")
    return txt


def dec_prose(k, page):
    v, pv = DEC[k]
    name, canon = NAME[k], CANON[k]
    F(canon, name, FY, "令和５年12月末", "current", "collection_rate", "interim", v, "percent", f"{v:.2f}％", page,
      as_of=AS_OF_DEC)
    F(canon, name, FY - 1, "前年同月", "current", "collection_rate", "interim", pv, "percent", f"{pv:.2f}％", page,
      as_of=AS_OF_DEC_PREV)
    return f"なお、12月末時点の現年度分収納率は{v:.2f}％（前年同月{pv:.2f}％）であった。"


b1 = debt_block("tax", "１", [prose_rates("tax", p) + dec_prose("tax", p),
                             "市税事務の繁忙期である３月に向け、滞納繰越分の高額案件を中心に財産調査と差押えを集中的に実施している。"],
                [("現年度分の納期限経過後、早期に文書及び電話による催告を行い、新たな滞納の発生を抑制する。", "継続"),
                 ("預貯金・給与等の財産調査を電子照会により効率化し、調査から差押えまでの期間を短縮する。", "拡充"),
                 ("スマートフォン決済アプリによる納付の対象税目を拡大し、納付環境の利便性を高める。", "新規")], p)
b2 = debt_block("nhi", "２", [prose_rates("nhi", p) + dec_prose("nhi", p)],
                [("資格喪失世帯のうち未納がある世帯に対し、喪失手続の際に納付相談を案内する。", "継続"),
                 ("短期被保険者証の更新時期を捉えて面談を行い、分納誓約の履行状況を確認する。", "継続"),
                 ("コールセンターからの自動音声による電話催告を、現年度分の１期未納世帯にも広げる。", "拡充")], p)
b3 = debt_block("care", "３", [prose_rates("care", p),
                              "普通徴収の被保険者が大半を占める滞納繰越分は、２年の時効を踏まえた早期の対応が課題となっている。"],
                [("年金からの特別徴収に切り替わるまでの普通徴収期間に、口座振替の勧奨を行う。", "継続"),
                 ("時効が近づいている案件について、差押えの可否を月次で判定し滞納処分を執行する。", "新規")], p)
b4 = debt_block("elder", "４", [prose_rates("elder", p)],
                [("75歳到達時の資格取得通知に口座振替依頼書を同封し、納付方法の切替えを促す。", "継続"),
                 ("三重県後期高齢者医療広域連合と連携し、未納者の所得状況に応じた納付相談を行う。", "継続")], p)
b5_par = prose_rates("nursery", p)
b6_par = prose_rates("housing", p)
pages.append(f"""
<div class="page">
<h2>５　債権ごとの状況と取組（２月末現在）</h2>
<div class="cols">
{b1}
{b2}
{b3}
{b4}
<h3>（５）債権ごとの状況と取組（保育所保育料）</h3>
<p>{b5_par}退所後の未納と在園児の新規滞納への対応を、表５のとおり進めている。</p>
<h3>（６）債権ごとの状況と取組（市営住宅使用料）</h3>
<p>{b6_par}長期滞納者と退去者の未納への対応は、表５のとおりである。</p>
</div>
<div class="foot">― 4 ―</div>
</div>
""")

# ================================================================ page 5
p = 5
t6 = []
for k, name, canon, _ in DEBTS:
    v, pv = DEC[k]
    dv = round(v - pv, 2)
    t6.append(f"<tr><td class='n'>{name}</td><td>{v:.2f}</td><td>{pv:.2f}</td><td>{tri(dv, '{:.2f}', '▲')}</td></tr>")
    F(canon, name, FY, "令和５年度", "current", "collection_rate", "interim", v, "percent", f"{v:.2f}", p, as_of=AS_OF_DEC)
    F(canon, name, FY - 1, "令和４年度", "current", "collection_rate", "interim", pv, "percent", f"{pv:.2f}", p,
      as_of=AS_OF_DEC_PREV)
    F(canon, name, FY, "令和５年度", "current", "difference", "interim", dv, "points", tri(dv, '{:.2f}', '▲'), p,
      as_of=AS_OF_DEC)
tbl5 = []
items5 = [
    ("nursery", "退所者の未納", [("ア", "退所時に未納額と納付方法を記載した通知を手渡しし、分納の計画を立てる。", "継続"),
                               ("イ", "児童手当からの特別徴収（申出徴収）を、在園児の全世帯に案内する。", "拡充")]),
    ("nursery", "在園児の新規滞納", [("ア", "２か月連続で未納となった世帯には、園長からの声掛けと電話連絡を同時に行う。", "新規")]),
    ("housing", "長期滞納者の増加", [("ア", "滞納６か月以上の入居者に対し、明渡請求を前提とした最終催告を行う。", "継続"),
                                  ("イ", "連帯保証人への通知を滞納３か月の時点に早め、支払の協力を求める。", "拡充")]),
    ("housing", "退去者の未納", [("ア", "退去者の滞納家賃について、弁護士への回収業務の委託範囲を広げる。", "新規")]),
]
for k, issue, its in items5:
    name, canon = NAME[k], CANON[k]
    cell = "<br>".join(f"{lab}　{t}{'【' + st + '】' if st else ''}" for lab, t, st in its)
    tbl5.append(f"<tr><td class='n'>{name}</td><td class='n'>{issue}</td><td style='text-align:left'>{cell}</td></tr>")
    for lab, t, st in its:
        I(canon, FY, "課題と対応", lab, t, st, p, debt_raw=name)

# chart
r4tax = rate(r4["tax"]["cur_coll"], r4["tax"]["cur_ass"], 2)
est = PLAN["tax"][4]
chart = CHART + [("R4", 2022, "令和4年度", r4tax, "actual"), ("R5見込", 2023, "令和5年度", est, "estimate")]
for lab, fy, fyr, v, basis in chart:
    F("市税", "市税（現年度分）", fy, lab, "current", "collection_rate", basis, v, "percent", f"{v:.2f}", p)
W, H, X0, Y0 = 470, 190, 40, 160
lo, hi = 97.8, 99.2
svg = [f'<svg width="{W}" height="{H + 20}" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAexGothic">']
for gv in (98.0, 98.5, 99.0):
    y = Y0 - (gv - lo) / (hi - lo) * 140
    svg.append(f'<line x1="{X0}" y1="{y:.1f}" x2="{W - 10}" y2="{y:.1f}" stroke="#ccc" stroke-width="0.6"/>')
    svg.append(f'<text x="{X0 - 4}" y="{y + 3:.1f}" font-size="8" text-anchor="end" fill="#555">{gv:.1f}</text>')
svg.append(f'<line x1="{X0}" y1="{Y0}" x2="{W - 10}" y2="{Y0}" stroke="#333" stroke-width="0.8"/>')
bw = 40
for i, (lab, fy, fyr, v, basis) in enumerate(chart):
    x = X0 + 20 + i * 70
    h = (v - lo) / (hi - lo) * 140
    col = "#2c5f8a" if basis == "actual" else "#9bb8d3"
    svg.append(f'<rect x="{x}" y="{Y0 - h:.1f}" width="{bw}" height="{h:.1f}" fill="{col}"/>')
    svg.append(f'<text x="{x + bw / 2}" y="{Y0 - h - 4:.1f}" font-size="9" text-anchor="middle">{v:.2f}</text>')
    svg.append(f'<text x="{x + bw / 2}" y="{Y0 + 13}" font-size="9" text-anchor="middle">{lab}</text>')
svg.append("</svg>")
pages.append(f"""
<div class="page">
<div class="cap">表５　課題と対応（保育所保育料・市営住宅使用料）</div>
<table class="g">
<tr><th style="width:30mm">債権名</th><th style="width:30mm">課題</th><th>対応</th></tr>
{''.join(tbl5)}
</table>
<div class="cap" style="margin-top:4mm">表６　12月末時点の現年度分収納率（前年同月との比較）</div>
<div class="unit" style="width:70%">（単位：％、ポイント）</div>
<table class="g" style="width:70%">
<tr><th>債権名</th><th>令和５年12月末</th><th>令和４年12月末</th><th>増減</th></tr>
{''.join(t6)}
</table>
<div class="note">▲は前年同月を下回ったことを示す。</div>
<h2>６　市税（現年度分）収納率の推移</h2>
<div class="cap">図１　市税（現年度分）収納率の推移（平成30年度～令和５年度決算見込）　（単位：％）</div>
<div class="center">{''.join(svg)}</div>
<div class="note">H30～R4は決算、R5見込は２月末時点の決算見込である。令和元年度（R元）以降、口座振替の加入率は毎年上昇している。R2は新型コロナウイルス感染症に係る徴収猶予の特例の影響を受けている。</div>
<div class="foot">― 5 ―</div>
</div>
""")

# ================================================================ page 6
p = 6
gen = [
    ("(1)", "全庁的な滞納整理の推進", [
        ("ア", "３月を滞納整理強化月間とし、各債権所管課が催告と財産調査を集中して実施する。", "継続"),
        ("イ", "強制徴収公債権の所管課が共同で財産調査を行えるよう、照会文書の様式を統一する。", "新規")]),
    ("(2)", "納付しやすい環境の整備", [
        ("ア", "地方税統一QRコードを活用した納付書を、市税以外の債権にも順次導入する。", "拡充"),
        ("イ", "Web口座振替受付サービスの案内を納付通知書に同封し、口座振替の利用を促す。", "継続")]),
    ("(3)", "職員の能力向上", [
        ("ア", "新任の債権担当職員を対象とした研修を４月と10月に実施し、債権管理の基本事項を周知する。", "継続")]),
]
gh = []
for num, title, its in gen:
    gh.append(f"<h3>{num}　{title}</h3><div class='items'>")
    for lab, t, st in its:
        gh.append(f"<div>{lab}　{t}</div><div class='tag' style='margin-left:1.5em'>【{st}】</div>")
        I(None, FY, "今後の取組", f"{num}{lab}", t, st, p, debt_raw=None)
    gh.append("</div>")
pages.append(f"""
<div class="page">
<h2>７　今後の取組（令和６年３月～５月）</h2>
<p>出納整理期間を含む年度末までの期間について、次の取組を全庁で進める。各債権所管課は、取組の結果を５月末現在で
収納推進課へ報告し、令和６年度の目標設定に反映させる。</p>
{''.join(gh)}
<h2>８　今後のスケジュール</h2>
<table class="g" style="width:100%">
<tr><th style="width:32mm">時期</th><th>内容</th></tr>
<tr><td class="n">令和６年３月</td><td style="text-align:left">滞納整理強化月間（全庁一斉催告・財産調査）</td></tr>
<tr><td class="n">令和６年５月末</td><td style="text-align:left">出納整理期間の終了、各課からの実績報告</td></tr>
<tr><td class="n">令和６年７月</td><td style="text-align:left">令和５年度決算の確定、債権管理推進会議（第１回）で報告</td></tr>
<tr><td class="n">令和６年10月</td><td style="text-align:left">令和６年度上半期の取組状況の取りまとめ</td></tr>
</table>
<div class="note" style="margin-top:3mm">問合せ先：四日市市財政経営部収納推進課　債権管理係</div>
<div class="foot">― 6 ―</div>
</div>
""")

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
src = WORK / f"{STEM}.html"
src.write_text(html, encoding="utf-8")
PDF_DIR.mkdir(parents=True, exist_ok=True)
out = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True, timeout=180)

write_gold(STEM, "progress_report", "progress", CITY, "令和５年度 債権管理の取組状況（中間報告）",
           "2024-03-22", "令和６年３月２２日", facts, inits)
