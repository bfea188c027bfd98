"""gg_kanoya_committee_1: 鹿屋市債権管理対策会議 資料 (取組個票). HTML/CSS -> chromium --print-to-pdf.
Run from corpus/dev46:  python3 build/gg_kanoya_committee.py"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gg_common import Gold, c, pct, r2, dpt, zen, check  # noqa: E402

STEM = "gg_kanoya_committee_1"
WORK = Path("/tmp/gg_work") / STEM
WORK.mkdir(parents=True, exist_ok=True)
G = Gold(STEM, "committee_material", "kobetsu", "鹿屋市", "令和7年度 第2回鹿屋市債権管理対策会議 資料",
         "2026-01-28", "令和8年1月28日（水）")

# ---------------------------------------------------------------- data (千円)
DEBTS = [  # key, canonical debt, printed name, 所管課, 債権区分
    ("tax", "市税", "市税", "税務課・収納対策課", "強制徴収公債権"),
    ("nhi", "国民健康保険料", "国民健康保険税", "保険年金課", "強制徴収公債権"),
    ("care", "介護保険料", "介護保険料", "高齢福祉課", "強制徴収公債権"),
    ("late", "後期高齢者医療保険料", "後期高齢者医療保険料", "保険年金課", "強制徴収公債権"),
    ("nurs", "保育所保育料", "保育所保育料", "子育て支援課", "強制徴収公債権"),
    ("house", "市営住宅使用料", "市営住宅使用料", "建築住宅課", "私債権"),
]
NAME = {k: (d, p) for k, d, p, *_ in DEBTS}
YEARS = [2022, 2023, 2024]
P = {  # current assessed per year, current rate, arrears assessed 2022, arrears rate, arrears written-off
    "tax": dict(cur=[12431880, 12587342, 12702915], cr=[99.02, 99.11, 99.18], arr0=498312, ar=[25.8, 27.1, 28.3], wo=[38914, 36120, 33807]),
    "nhi": dict(cur=[2518764, 2463905, 2421377], cr=[94.71, 95.02, 95.21], arr0=652318, ar=[17.6, 18.4, 19.5], wo=[61237, 58842, 52610]),
    "care": dict(cur=[2104581, 2139966, 2187402], cr=[99.21, 99.28, 99.33], arr0=51874, ar=[16.2, 17.5, 18.9], wo=[7410, 6985, 6321]),
    "late": dict(cur=[987215, 1012440, 1048873], cr=[99.58, 99.61, 99.66], arr0=10218, ar=[35.4, 37.9, 39.2], wo=[984, 911, 842]),
    "nurs": dict(cur=[301442, 289176, 276530], cr=[98.71, 98.84, 98.97], arr0=22914, ar=[19.1, 20.3, 21.6], wo=[2104, 1876, 1702]),
    "house": dict(cur=[651208, 643872, 638115], cr=[96.84, 97.02, 97.25], arr0=118642, ar=[12.8, 13.9, 14.7], wo=[8214, 7630, 7118]),
}
D: dict = {}
for k, *_ in DEBTS:
    p = P[k]
    arr_as = p["arr0"]
    for i, y in enumerate(YEARS):
        ca = p["cur"][i]
        cc = round(ca * p["cr"][i] / 100)
        aa = arr_as
        ac = round(aa * p["ar"][i] / 100)
        wo = p["wo"][i]
        co = ca - cc
        ao = aa - ac - wo
        D[k, y] = dict(ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, co=co, ao=ao,
                       ta=ca + aa, tc=cc + ac, to=co + ao,
                       cr=pct(cc, ca), ar=pct(ac, aa), tr=pct(cc + ac, ca + aa))
        arr_as = co + ao
for y in YEARS:
    s = {f: sum(D[k, y][f] for k, *_ in DEBTS) for f in ("ca", "cc", "aa", "ac", "wo", "co", "ao", "ta", "tc", "to")}
    s.update(cr=pct(s["cc"], s["ca"]), ar=pct(s["ac"], s["aa"]), tr=pct(s["tc"], s["ta"]))
    D["sum", y] = s
CHART = {2020: 92.41, 2021: 92.86, 2022: D["sum", 2022]["tr"], 2023: D["sum", 2023]["tr"], 2024: D["sum", 2024]["tr"]}

# targets / estimates (rates) and outstanding targets (千円)
T2024 = {"care": (99.30, 18.00, 97.40)}
T2025 = {  # 目標 令和7年度: cur, arr, total, outstanding total target
    "tax": (99.20, 29.00, 97.25, 340000), "nhi": (95.30, 20.00, 82.00, 440000),
    "care": (99.35, 19.50, 97.60, 36000), "late": (99.65, 40.00, 99.15, 4500),
    "nurs": (99.00, 22.00, 94.85, 20000), "house": (97.30, 15.00, 85.60, 96000)}
E2025 = {  # 見込 令和7年度: cur, arr, total, outstanding estimate
    "tax": (99.21, 29.40, 97.28), "nhi": (95.27, 19.80, 81.93), "care": (99.36, 19.20, 97.58),
    "late": (99.67, 40.10, 99.17), "nurs": (98.99, 22.40, 94.90), "house": (97.28, 15.10, 85.52)}
HOUSE_E_OUT = 95412
T2026 = {"tax": (99.25, 30.00, 97.45), "nhi": (95.40, 20.50, 83.05), "care": (99.40, 20.00, 97.70),
         "late": (99.70, 41.00, 99.20), "nurs": (99.05, 23.00, 95.10), "house": (97.40, 15.50, 85.90)}

# 12月末 (interim) current: assessed & collected (千円), R7 and 前年同月 (R6)
DEC = {  # key: (assessed R7, collected R7, assessed R6, collected R6)
    "nhi": (2398120, 1398338, 2415902, 1392519), "care": (2176043, 1621284, 2180127, 1614513),
    "late": (1052311, 759842, 1041208, 748377), "nurs": (272804, 198366, 275917, 199048),
    "house": (479012, 452896, 478561, 451174)}
# 市税 current by district, yen (R7 12月末)
DIST = [("鹿屋地区", 10318422615, 7227611840), ("輝北地区", 412037220, 298116905),
        ("串良地区", 1021883455, 721557380), ("吾平地区", 805117902, 569384216)]
TAX_DEC_ASSESS_Y = sum(a for _, a, _ in DIST)
TAX_DEC_COLL_Y = sum(b for _, _, b in DIST)
TAX_DEC_R6 = (12689204, 8853791)          # 前年同月 (千円)
DEC["tax"] = (round(TAX_DEC_ASSESS_Y / 1000), round(TAX_DEC_COLL_Y / 1000), *TAX_DEC_R6)
DEC_ARR = {"tax": (78412, 80236), "nhi": (72118, 73520)}   # arrears collected at 12月末: R7, R6 (千円)

AS7, AS6 = "2025-12-31", "2024-12-31"


def fx(page, key, fy, fy_raw, seg, metric, basis, value, raw, unit=None, **kw):
    debt, draw = NAME[key] if key in NAME else (None, key)
    if unit is None:
        unit = "percent" if metric == "collection_rate" else "yen"
    return G.fact(page, debt, draw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw)


def k2y(v):   # 千円 -> 円
    return v * 1000


# ---------------------------------------------------------------- HTML
CSS = """
@page { size: A4; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 9.5pt; color: #111 }
.page { width: 210mm; height: 297mm; padding: 14mm 15mm 12mm 15mm; position: relative; page-break-after: always; overflow: hidden }
.page:last-child { page-break-after: auto }
.tag { position: absolute; top: 9mm; right: 15mm; border: 1px solid #000; padding: 1mm 4mm; font-size: 10pt }
.pno { position: absolute; bottom: 7mm; left: 0; right: 0; text-align: center; font-size: 9pt }
h1 { font-size: 16pt; text-align: center; margin: 16mm 0 4mm 0; font-weight: bold }
h2 { font-size: 12.5pt; margin: 3mm 0 2mm 0; border-bottom: 2px solid #245; padding-bottom: 1mm }
h3 { font-size: 10.5pt; margin: 3.5mm 0 1.5mm 0 }
p { margin: 1mm 0; line-height: 1.55 }
table { border-collapse: collapse; width: 100% }
td, th { padding: 1.1mm 1.4mm; font-size: 8.6pt; line-height: 1.3 }
.rule td, .rule th { border: 0.6pt solid #333 }
th { font-weight: normal; background: #dde6f0 }
td.n { text-align: right; white-space: nowrap }
.zebra th { background: #3d5a7a; color: #fff; border: 0 }
.zebra th.sub { background: #6f8cab }
.zebra td { border: 0 }
.zebra tr:nth-child(even) td { background: #edf2f7 }
.zebra tr.sum td { background: #d9e2ec; font-weight: bold; border-top: 1.2pt solid #3d5a7a }
.unit { text-align: right; font-size: 8.5pt; margin: 0 0 0.8mm 0 }
.cap { font-size: 9.5pt; font-weight: bold; margin: 2.5mm 0 1mm 0 }
.vt { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1pt; width: 7mm; text-align: center }
.box { border: 1.2pt solid #245; padding: 2.5mm 4mm; margin: 3mm 0 }
.box ul { margin: 1mm 0 0 0; padding-left: 5mm } .box li { margin: 0.6mm 0; line-height: 1.5 }
.strip td { border: 0.8pt solid #222; font-size: 9.5pt; padding: 1.6mm 2mm }
.strip td.l { background: #e3e3e3; width: 17mm; text-align: center }
.items { margin: 0; padding: 0; list-style: none }
.items li { margin: 1mm 0; line-height: 1.5; padding-left: 5mm; text-indent: -5mm }
.foot { font-size: 8.2pt; margin: 1mm 0; line-height: 1.45 }
.chart { position: relative; height: 62mm; border-left: 0.8pt solid #333; border-bottom: 0.8pt solid #333; margin: 2mm 6mm 8mm 12mm }
.bar { position: absolute; bottom: 0; width: 16mm; background: #5b7fa6 }
.bl { position: absolute; width: 22mm; text-align: center; font-size: 8.5pt }
.xl { position: absolute; bottom: -5.5mm; width: 22mm; text-align: center; font-size: 8.5pt }
.two { display: flex; gap: 4mm } .two > div { flex: 1 }
.sheet-title { font-size: 13pt; font-weight: bold; margin: 2mm 0 3mm 0 }
.stack { line-height: 1.35 }
"""
pages: list[str] = []


def page(body: str, tag: str | None = None):
    n = len(pages) + 1
    t = f'<div class="tag">{tag}</div>' if tag else ""
    pages.append(f'<div class="page">{t}{body}<div class="pno">- {n} -</div></div>')


# ---------------- page 1: 次第 + 【参考】
PG = 1
s24 = D["sum", 2024]
s23 = D["sum", 2023]
out_apx = round(s24["to"] / 100) * 100            # 千円 rounded to 10万円
d_apx = round((s24["to"] - s23["to"]) / 100) * 100
rate_diff = round(s24["tr"] - s23["tr"], 2)
wo_apx = round(s24["wo"] / 100) * 100


def oku(v_sen):   # 千円 (multiple of 100) -> 約X億Y,Z00万円 text
    man = v_sen // 10
    o, m = divmod(man, 10000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")


raw_out = "約" + oku(out_apx)
raw_wo = "約" + oku(wo_apx)
raw_d = "約" + oku(abs(d_apx))
p1 = f"""
<h1>令和7年度 第2回<br>鹿屋市債権管理対策会議</h1>
<p style="text-align:center;font-size:11pt;margin-bottom:8mm">日時：令和8年1月28日（水）　10時00分～11時30分<br>場所：鹿屋市役所　本館3階　第1会議室</p>
<h2 style="border:0;text-align:center;font-size:14pt">次　　第</h2>
<div style="margin:4mm 18mm;font-size:11pt;line-height:2.1">
1　開　会<br>
2　報　告<br>
　（1）主要債権の収納状況について（令和7年12月末現在）　……　資料1<br>
　（2）主要債権の取組個票について　……　資料2<br>
3　協　議<br>
　　令和8年度 主要債権の目標収納率（案）について　……　資料3<br>
4　その他<br>
5　閉　会
</div>
<div class="box" style="margin:10mm 12mm 0 12mm">
<b>【参考】主要6債権の状況（令和6年度決算）</b>
<ul>
<li>収納率（6債権計）：{fx(PG, '6債権計', 2024, '令和6年度', 'total', 'collection_rate', 'actual', s24['tr'], r2(s24['tr']) + '％')}</li>
<li>前年度比：{G.fact(PG, None, '6債権計', 2024, '令和6年度', 'total', 'difference', 'actual', rate_diff, 'points', dpt(rate_diff) + 'ポイント上昇')}</li>
<li>収入未済額：{fx(PG, '6債権計', 2024, '令和6年度', 'total', 'outstanding', 'actual', out_apx * 1000, raw_out, approx=True)}（前年度から{G.fact(PG, None, '6債権計', 2024, '令和6年度', 'total', 'difference', 'actual', d_apx * 1000, 'yen', raw_d + '減少', approx=True)}）</li>
<li>不納欠損額：{fx(PG, '6債権計', 2024, '令和6年度', 'total', 'written_off', 'actual', wo_apx * 1000, raw_wo, approx=True)}</li>
</ul></div>
<p style="margin:16mm 12mm 0 12mm;font-size:9pt">配付資料　資料1　主要債権の収納状況／資料2　取組個票（市税・国民健康保険税・介護保険料・市営住宅使用料）／資料3　令和8年度 目標収納率（案）</p>
"""
assert d_apx < 0
page(p1)

# ---------------- page 2: 資料1 table 1 (3-level header) + table 2 (debts as columns)
PG = 2
rows = []
for k, debt, pname, *_ in DEBTS + [("sum", None, "計")]:
    d = D[k, 2024]
    kk = k if k != "sum" else "計"
    cells = []
    for seg, a, cl, r in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar"), ("total", "ta", "tc", "tr")):
        cells.append(fx(PG, kk, 2024, "令和６年度", seg, "assessed", "actual", k2y(d[a]), c(d[a])))
        cells.append(fx(PG, kk, 2024, "令和６年度", seg, "collected", "actual", k2y(d[cl]), c(d[cl])))
        cells.append(fx(PG, kk, 2024, "令和６年度", seg, "collection_rate", "actual", d[r], r2(d[r])))
    cls = ' class="sum"' if k == "sum" else ""
    rows.append(f"<tr{cls}><td>{pname}</td>" + "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>")
t1 = f"""
<div class="cap">表1　主要債権の決算状況</div><div class="unit">（単位：千円、％）</div>
<table class="zebra"><thead>
<tr><th rowspan="3" style="width:26mm">債権名</th><th colspan="9">令和６年度決算</th></tr>
<tr><th class="sub" colspan="3">現年度分</th><th class="sub" colspan="3">滞納繰越分</th><th class="sub" colspan="3">合計</th></tr>
<tr>{''.join('<th class="sub">調定額</th><th class="sub">収入済額</th><th class="sub">収納率</th>' for _ in range(3))}</tr>
</thead><tbody>{''.join(rows)}</tbody></table>
"""
hdr = "".join(f"<th>{p}</th>" for _, _, p, *_ in DEBTS) + "<th>計</th>"
keys = [k for k, *_ in DEBTS] + ["sum"]


def krow(label, fn):
    return f"<tr><th style='text-align:left'>{label}</th>" + "".join(f'<td class="n">{fn(k)}</td>' for k in keys) + "</tr>"


def kk(k):
    return k if k != "sum" else "計"


t2 = f"""
<div class="cap" style="margin-top:6mm">表2　不納欠損額及び収入未済額の状況（単位：千円）</div>
<table class="rule"><tr><th style="width:30mm">区分</th>{hdr}</tr>
{krow('不納欠損額<br>（令和６年度）', lambda k: fx(PG, kk(k), 2024, '令和６年度', 'total', 'written_off', 'actual', k2y(D[k, 2024]['wo']), c(D[k, 2024]['wo'])))}
{krow('収入未済額<br>（令和５年度）', lambda k: fx(PG, kk(k), 2023, '令和５年度', 'total', 'outstanding', 'actual', k2y(D[k, 2023]['to']), c(D[k, 2023]['to'])))}
{krow('収入未済額<br>（令和６年度）', lambda k: fx(PG, kk(k), 2024, '令和６年度', 'total', 'outstanding', 'actual', k2y(D[k, 2024]['to']), c(D[k, 2024]['to'])))}
{krow('増減<br>（R6−R5）', lambda k: G.fact(PG, NAME.get(k, (None,))[0], NAME.get(k, (None, '計'))[1], 2024, 'R6−R5', 'total', 'difference', 'actual', k2y(D[k, 2024]['to'] - D[k, 2023]['to']), 'yen', c(D[k, 2024]['to'] - D[k, 2023]['to'])))}
</table>
<p class="foot">※ 不納欠損額は、地方税法第15条の7第4項・第5項及び鹿屋市債権管理条例による処理分の合計である。</p>
"""
tax24, tax23 = D["tax", 2024], D["tax", 2023]
nhi24, nhi23 = D["nhi", 2024], D["nhi", 2023]
prose2 = f"""
<h3>【概要】</h3>
<p>　令和６年度の主要6債権の合計収納率は{fx(PG, '合計', 2024, '令和６年度', 'total', 'collection_rate', 'actual', s24['tr'], r2(s24['tr']) + '％')}で、前年度比{G.fact(PG, None, '合計', 2024, '令和６年度', 'total', 'difference', 'actual', rate_diff, 'points', dpt(rate_diff) + 'ポイント上昇')}した。
市税の現年度分収納率は{fx(PG, 'tax', 2024, '令和６年度', 'current', 'collection_rate', 'actual', tax24['cr'], r2(tax24['cr']) + '％')}と前年度を{G.fact(PG, '市税', '市税', 2024, '令和６年度', 'current', 'difference', 'actual', round(tax24['cr'] - tax23['cr'], 2), 'points', dpt(round(tax24['cr'] - tax23['cr'], 2)) + 'ポイント')}上回り、
国民健康保険税の滞納繰越分収納率も{fx(PG, 'nhi', 2024, '令和６年度', 'arrears', 'collection_rate', 'actual', nhi24['ar'], r2(nhi24['ar']) + '％')}（前年度{fx(PG, 'nhi', 2023, '前年度', 'arrears', 'collection_rate', 'actual', nhi23['ar'], r2(nhi23['ar']) + '％')}）に改善した。</p>
<p>　収入未済額の合計は{fx(PG, '合計', 2024, '令和６年度', 'total', 'outstanding', 'actual', k2y(s24['to']), c(s24['to']) + '千円')}となり、前年度から{G.fact(PG, None, '合計', 2024, '令和６年度', 'total', 'difference', 'actual', k2y(s24['to'] - s23['to']), 'yen', c(abs(s24['to'] - s23['to'])) + '千円減少')}している。</p>
"""
page(f'<h2>資料1　主要債権の収納状況</h2>{t1}{prose2}{t2}', "資料1")

# ---------------- page 3: 地区別 (円) beside 12月末 (千円) + bar chart
PG = 3
lrows = []
for name, a, b in DIST + [("計", TAX_DEC_ASSESS_Y, TAX_DEC_COLL_Y)]:
    area = None if name == "計" else name
    r = pct(b, a)
    kw = dict(as_of=AS7, area=area)
    lrows.append(f"<tr{' class=sum' if name == '計' else ''}><td>{name}</td>"
                 f"<td class=n>{G.fact(PG, '市税', '市税', 2025, '令和7年12月末', 'current', 'assessed', 'interim', a, 'yen', c(a), **kw)}</td>"
                 f"<td class=n>{G.fact(PG, '市税', '市税', 2025, '令和7年12月末', 'current', 'collected', 'interim', b, 'yen', c(b), **kw)}</td>"
                 f"<td class=n>{G.fact(PG, '市税', '市税', 2025, '令和7年12月末', 'current', 'collection_rate', 'interim', r, 'percent', r2(r), **kw)}</td></tr>")
TAX_DEC_RATE = pct(TAX_DEC_COLL_Y, TAX_DEC_ASSESS_Y)
rrows = []
for k, debt, pname, *_ in DEBTS:
    a7, c7, a6, c6 = DEC[k]
    r7 = TAX_DEC_RATE if k == "tax" else pct(c7, a7)
    r6 = pct(c6, a6)
    rrows.append(f"<tr><td>{pname}</td>"
                 f"<td class=n>{fx(PG, k, 2025, '令和7年12月末', 'current', 'collected', 'interim', k2y(c7), c(c7), as_of=AS7)}</td>"
                 f"<td class=n>{fx(PG, k, 2025, '令和7年12月末', 'current', 'collection_rate', 'interim', r7, r2(r7), as_of=AS7)}</td>"
                 f"<td class=n>{fx(PG, k, 2024, '前年同月', 'current', 'collection_rate', 'interim', r6, r2(r6), as_of=AS6)}</td></tr>")
    DEC[k] = (a7, c7, a6, c6, r7, r6)
left = f"""<div class="cap">表3　市税（現年度分）地区別収納状況<br>　　　令和7年12月末現在</div>
<table class="zebra"><tr><th>地区</th><th>調定額（円）</th><th>収入済額（円）</th><th>収納率（％）</th></tr>{''.join(lrows)}</table>
<p class="foot">※ 地区は納税義務者の住所地による。法人市民税を含む。</p>"""
right = f"""<div class="cap">表4　主要債権の収納状況（現年度分）<br>　　　12月末時点の前年同月比較</div>
<table class="rule"><tr><th rowspan=2>債権名</th><th>令和7年12月末<br>収入済額（千円）</th><th>令和7年12月末<br>収納率（％）</th><th>前年同月<br>収納率（％）</th></tr></table>"""
right = right.replace("</tr></table>", "</tr>" + "".join(rrows) + "</table>").replace("<th rowspan=2>", "<th>")
# bar chart
bars, lab = [], []
ymin, ymax = 91.0, 95.0
for i, (y, v) in enumerate(CHART.items()):
    h = (v - ymin) / (ymax - ymin) * 52
    x = 10 + i * 30
    yr = f"R{y - 2018}"
    bars.append(f'<div class="bar" style="left:{x}mm;height:{h:.1f}mm"></div>')
    lab.append(f'<div class="bl" style="left:{x - 3}mm;bottom:{h + 1:.1f}mm">{fx(PG, "合計", y, yr, "total", "collection_rate", "actual", v, r2(v))}</div>')
    lab.append(f'<div class="xl" style="left:{x - 3}mm">{yr}</div>')
chart = f"""<div class="cap" style="margin-top:7mm">図1　主要6債権の合計収納率の推移（決算、単位：％）</div>
<div class="chart">{''.join(bars)}{''.join(lab)}
<div style="position:absolute;left:-11mm;bottom:-1.5mm;font-size:7.5pt">91.0</div>
<div style="position:absolute;left:-11mm;top:-1.5mm;font-size:7.5pt">95.0</div></div>"""
dtx = round(TAX_DEC_RATE - DEC["tax"][5], 2)
p3 = f"""<h2>資料1（続き）　令和7年度の収納状況（12月末現在）</h2>
<div class="two"><div>{left}</div><div>{right}</div></div>
<p style="margin-top:3mm">　12月末時点の市税現年度分の収納率は{fx(PG, 'tax', 2025, '令和7年度', 'current', 'collection_rate', 'interim', TAX_DEC_RATE, r2(TAX_DEC_RATE) + '％', as_of=AS7)}で、前年同月を{G.fact(PG, '市税', '市税', 2025, '前年同月', 'current', 'difference', 'interim', dtx, 'points', dpt(dtx) + 'ポイント', as_of=AS7)}上回っている。
各債権とも概ね前年並みで推移しているが、国民健康保険税は被保険者数の減少に伴い調定額が減少しており、引き続き早期の納付勧奨に努める。</p>
{chart}
<p class="foot">※ 図1の令和2年度及び令和3年度は、現行の主要6債権に組み替えて算出した数値である。</p>"""
page(p3, "資料1")

# ---------------- page 4: 取組個票 市税
PG = 4


def yr_lbl(y, zen_=True):
    n = y - 2018
    return f"令和{zen(str(n)) if zen_ else n}年度"


k = "tax"
r = {y: D[k, y] for y in YEARS}
t7 = T2025[k]
rows = []
for seg, fld, lbl in (("current", "cr", "現年度分"), ("arrears", "ar", "滞納繰越分"), ("total", "tr", "計")):
    cells = [fx(PG, k, y, yr_lbl(y), seg, "collection_rate", "actual", r[y][fld], r2(r[y][fld])) for y in YEARS]
    df = round(r[2024][fld] - r[2023][fld], 2)
    cells.append(G.fact(PG, "市税", "市税", 2024, "R6−R5", seg, "difference", "actual", df, "points", dpt(df)))
    cells.append(fx(PG, k, 2025, "令和７年度", seg, "collection_rate", "target", t7[("current", "arrears", "total").index(seg)],
                    r2(t7[("current", "arrears", "total").index(seg)])))
    head = '<th rowspan="3" class="vt">収納率（％）</th>' if seg == "current" else ""
    rows.append(f"<tr>{head}<th>{lbl}</th>" + "".join(f"<td class=n>{x}</td>" for x in cells) + "<td></td></tr>")
oc = [fx(PG, k, y, yr_lbl(y), "total", "outstanding", "actual", k2y(r[y]["to"]), c(r[y]["to"])) for y in YEARS]
od = r[2024]["to"] - r[2023]["to"]
oc.append(G.fact(PG, "市税", "市税", 2024, "R6−R5", "total", "difference", "actual", k2y(od), "yen", c(od)))
oc.append(fx(PG, k, 2025, "令和７年度", "total", "outstanding", "target", k2y(t7[3]), c(t7[3])))
note = "うち滞納繰越分 " + fx(PG, k, 2024, "令和６年度", "arrears", "outstanding", "actual", k2y(r[2024]["ao"]), c(r[2024]["ao"]) + "千円") + "（令和６年度）"
rows.append('<tr><th colspan="2">収入未済額（千円）</th>' + "".join(f"<td class=n>{x}</td>" for x in oc) + f'<td style="font-size:7.8pt">{note}</td></tr>')
wc = [fx(PG, k, y, yr_lbl(y), "total", "written_off", "actual", k2y(r[y]["wo"]), c(r[y]["wo"])) for y in YEARS]
wd = r[2024]["wo"] - r[2023]["wo"]
wc.append(G.fact(PG, "市税", "市税", 2024, "R6−R5", "total", "difference", "actual", k2y(wd), "yen", c(wd)))
wc.append("－")
rows.append('<tr><th colspan="2">不納欠損額（千円）</th>' + "".join(f"<td class=n>{x}</td>" for x in wc) + "<td></td></tr>")
tbl = f"""<table class="rule"><tr><th colspan="2" style="width:30mm">区分</th><th>令和４年度<br>決算</th><th>令和５年度<br>決算</th><th>令和６年度<br>決算</th>
<th>差<br>（R6−R5）</th><th>令和７年度<br>目標※1</th><th style="width:36mm">備考</th></tr>{''.join(rows)}</table>
<p class="foot">※1 第3次鹿屋市行財政改革推進計画（実施計画）に掲げる目標値。　※2 差の欄の△は減少を示す。</p>"""
a7, c7, a6, c6, r7, r6 = DEC[k]
aa7, ac7 = D[k, 2024]["to"], DEC_ARR[k][0]
aa6, ac6 = D[k, 2023]["to"], DEC_ARR[k][1]
ar7, ar6 = pct(ac7, aa7), pct(ac6, aa6)
tr7, tr6 = pct(c7 + ac7, a7 + aa7), pct(c6 + ac6, a6 + aa6)
dec = f"""<table class="rule" style="width:80%"><tr><th>区分</th><th>収納率（％）<br>12月末（ ）内は前年同月</th><th>収入済額（千円）<br>12月末</th></tr>
<tr><th>現年度分</th><td class=n>{fx(PG, k, 2025, '令和７年度', 'current', 'collection_rate', 'interim', r7, r2(r7), as_of=AS7)}（{fx(PG, k, 2024, '前年同月', 'current', 'collection_rate', 'interim', r6, r2(r6), as_of=AS6)}）</td><td class=n>{fx(PG, k, 2025, '令和７年度', 'current', 'collected', 'interim', k2y(c7), c(c7), as_of=AS7)}</td></tr>
<tr><th>滞納繰越分</th><td class=n>{fx(PG, k, 2025, '令和７年度', 'arrears', 'collection_rate', 'interim', ar7, r2(ar7), as_of=AS7)}（{fx(PG, k, 2024, '前年同月', 'arrears', 'collection_rate', 'interim', ar6, r2(ar6), as_of=AS6)}）</td><td class=n>{fx(PG, k, 2025, '令和７年度', 'arrears', 'collected', 'interim', k2y(ac7), c(ac7), as_of=AS7)}</td></tr>
<tr><th>計</th><td class=n>{fx(PG, k, 2025, '令和７年度', 'total', 'collection_rate', 'interim', tr7, r2(tr7), as_of=AS7)}（{fx(PG, k, 2024, '前年同月', 'total', 'collection_rate', 'interim', tr6, r2(tr6), as_of=AS6)}）</td><td class=n>{fx(PG, k, 2025, '令和７年度', 'total', 'collected', 'interim', k2y(c7 + ac7), c(c7 + ac7), as_of=AS7)}</td></tr></table>"""
ITEMS_TAX = [
    ("①", "納期限後20日以内に督促状を確実に発送し、督促後も未納の者には文書及び電話による催告を早期に行う。", "継続"),
    ("②", "滞納繰越となった事案は、財産調査を速やかに行い、預貯金・給与等の差押えを中心とした滞納処分を進める。", "継続"),
    ("③", "高額・困難事案は収納対策課特別滞納整理係へ移管し、捜索及びインターネット公売を実施する。", "拡充"),
    ("④", "スマートフォン決済に加え、令和7年10月からeLTAXを利用した全税目の電子納付を開始し、納付機会を拡大する。", "新規"),
    ("⑤", "生活困窮が認められる滞納者には、くらし・しごとサポートセンターと連携して納税相談を行い、執行停止を含めた適正な処理を行う。", "継続"),
]
lis = []
for lab_, text, st in ITEMS_TAX:
    G.init(PG, "市税", "市税", 2025, "令和７年度の主な取組", lab_, text, st)
    lis.append(f"<li>{lab_}　{text}【{st}】</li>")
p4 = f"""<div class="sheet-title">取組個票　No.1</div>
<table class="strip"><tr><td class="l">債権名</td><td><b>市税</b></td><td class="l">所管課</td><td>税務課・収納対策課</td><td class="l">債権区分</td><td>強制徴収公債権</td></tr></table>
<h3>1　収納率等の推移</h3>{tbl}
<h3>2　令和７年度の収納状況（12月末現在）</h3>{dec}
<h3>3　令和７年度の主な取組</h3><ul class="items">{''.join(lis)}</ul>"""
page(p4, "資料2")

# ---------------- page 5: 取組個票 国民健康保険税 (years as rows, stacked cells)
PG = 5
k = "nhi"
rows = []
for y in YEARS:
    d = D[k, y]
    yl = yr_lbl(y)
    cur = f"{fx(PG, k, y, yl, 'current', 'collected', 'actual', k2y(d['cc']), c(d['cc']))}<br>{fx(PG, k, y, yl, 'current', 'collection_rate', 'actual', d['cr'], r2(d['cr']))}"
    arr = f"{fx(PG, k, y, yl, 'arrears', 'collected', 'actual', k2y(d['ac']), c(d['ac']))}<br>{fx(PG, k, y, yl, 'arrears', 'collection_rate', 'actual', d['ar'], r2(d['ar']))}"
    wo = fx(PG, k, y, yl, "total", "written_off", "actual", k2y(d["wo"]), c(d["wo"]))
    ou = fx(PG, k, y, yl, "total", "outstanding", "actual", k2y(d["to"]), c(d["to"]))
    rows.append(f"<tr><th>{yl}<br>（決算）</th><td class='n stack'>{cur}</td><td class='n stack'>{arr}</td><td class=n>{wo}</td><td class=n>{ou}</td></tr>")
t = T2025[k]
rows.append(f"<tr><th>令和７年度<br>（目標）</th><td class='n stack'>－<br>{fx(PG, k, 2025, '令和７年度', 'current', 'collection_rate', 'target', t[0], r2(t[0]))}</td>"
            f"<td class='n stack'>－<br>{fx(PG, k, 2025, '令和７年度', 'arrears', 'collection_rate', 'target', t[1], r2(t[1]))}</td><td class=n>－</td>"
            f"<td class=n>{fx(PG, k, 2025, '令和７年度', 'total', 'outstanding', 'target', k2y(t[3]), c(t[3]))}</td></tr>")
ao24 = D[k, 2024]["ao"]
tbl = f"""<table class="rule"><tr><th rowspan=2 style="width:28mm">年度</th><th>現年度分</th><th>滞納繰越分</th><th rowspan=2>不納欠損額<br>（千円）</th><th rowspan=2>収入未済額※2<br>（千円）</th></tr>
<tr><th>収入済額（千円）<br>収納率（％）</th><th>収入済額（千円）<br>収納率（％）</th></tr>{''.join(rows)}</table>
<p class="foot">※1 各欄上段は収入済額、下段は収納率。目標の収入済額は設定していない（「－」）。<br>
※2 令和６年度末の収入未済額のうち、滞納繰越分は{fx(PG, k, 2024, '令和６年度', 'arrears', 'outstanding', 'actual', k2y(ao24), c(ao24) + '千円')}である。</p>"""
a7, c7, a6, c6, r7, r6 = DEC[k]
box = f"""<div class="box" style="width:70%"><b>【12月末収納率】</b>　令和7年12月末現在<br>
現年度分　{fx(PG, k, 2025, '令和7年12月末', 'current', 'collection_rate', 'interim', r7, r2(r7) + '％', as_of=AS7)}（前年同月 {fx(PG, k, 2024, '前年同月', 'current', 'collection_rate', 'interim', r6, r2(r6) + '％', as_of=AS6)}）<br>
滞納繰越分　{fx(PG, k, 2025, '令和7年12月末', 'arrears', 'collection_rate', 'interim', pct(DEC_ARR[k][0], D[k, 2024]['to']), r2(pct(DEC_ARR[k][0], D[k, 2024]['to'])) + '％', as_of=AS7)}（前年同月 {fx(PG, k, 2024, '前年同月', 'arrears', 'collection_rate', 'interim', pct(DEC_ARR[k][1], D[k, 2023]['to']), r2(pct(DEC_ARR[k][1], D[k, 2023]['to'])) + '％', as_of=AS6)}）</div>"""
ITEMS_NHI = [
    ("(1)", "納期内納付を促すため、新規加入時に口座振替の申込みを原則とし、ペイジー口座振替受付サービスを窓口で案内する。", "継続"),
    ("(2)", "短期被保険者証の更新時に納付相談を行い、分割納付の履行状況を毎月確認して不履行者には速やかに催告する。", "継続"),
    ("(3)", "財産調査の電子化（預貯金等照会の電子照会）を活用し、調査から差押えまでの期間を短縮する。", "拡充"),
    ("(4)", "資格喪失後の未納者について、喪失手続の際に残額を通知し、納付計画を作成する。", "新規"),
]
lis = []
for lab_, text, st in ITEMS_NHI:
    G.init(PG, "国民健康保険料", "国民健康保険税", 2025, "令和７年度の主な取組", lab_, text, st)
    lis.append(f"<li>{lab_}　{text}【{st}】</li>")
p5 = f"""<div class="sheet-title">取組個票　No.2</div>
<table class="strip"><tr><td style="width:40%"><b>債権名　国民健康保険税</b></td><td>所管課　保険年金課</td><td>債権区分　強制徴収公債権</td></tr></table>
<h3>1　決算等の推移</h3>{tbl}
<h3>2　令和７年度の収納状況</h3>{box}
<h3>3　令和７年度の主な取組</h3><ul class="items">{''.join(lis)}</ul>"""
page(p5, "資料2")

# ---------------- page 6: 取組個票 介護保険料 (two headings side by side, 達成率)
PG = 6
k = "care"
d = D[k, 2024]
t = T2025[k]
r24 = [d["cr"], d["ar"], d["tr"]]
segs = ("current", "arrears", "total")
rate_cells = [fx(PG, k, 2024, "令和６年度", s, "collection_rate", "actual", v, r2(v)) for s, v in zip(segs, r24)]
rate_cells += [fx(PG, k, 2025, "令和７年度", s, "collection_rate", "target", v, r2(v)) for s, v in zip(segs, t[:3])]
out_cells = [fx(PG, k, 2024, "令和６年度", s, "outstanding", "actual", k2y(v), c(v)) for s, v in zip(segs, (d["co"], d["ao"], d["to"]))]
out_cells += ["－", "－", fx(PG, k, 2025, "令和７年度", "total", "outstanding", "target", k2y(t[3]), c(t[3]))]
tbl = f"""<table class="rule"><tr><th rowspan=2 style="width:30mm">区分</th><th colspan=3>令和６年度（決算）</th><th colspan=3>令和７年度（目標）</th></tr>
<tr><th>現年度分</th><th>滞納繰越分</th><th>計</th><th>現年度分</th><th>滞納繰越分</th><th>計</th></tr>
<tr><th>収納率（％）</th>{''.join(f'<td class=n>{x}</td>' for x in rate_cells)}</tr>
<tr><th>収入未済額（千円）</th>{''.join(f'<td class=n>{x}</td>' for x in out_cells)}</tr></table>"""
tg = T2024[k]
arows = []
for s, lbl, tv, av in zip(segs, ("現年度分", "滞納繰越分", "計"), tg, r24):
    ach = round(av / tv * 100, 1)
    arows.append(f"<tr><th>{lbl}</th><td class=n>{fx(PG, k, 2024, '令和６年度', s, 'collection_rate', 'target', tv, r2(tv))}</td>"
                 f"<td class=n>{fx(PG, k, 2024, '令和６年度', s, 'collection_rate', 'actual', av, r2(av))}</td>"
                 f"<td class=n>{G.fact(PG, '介護保険料', '介護保険料', 2024, '令和６年度', s, 'achievement_rate', 'actual', ach, 'percent', f'{ach:.1f}')}</td></tr>")
ach_tbl = f"""<div class="unit" style="width:75%">（単位：％）</div><table class="rule" style="width:75%"><tr><th>区分</th><th>目標収納率</th><th>実績収納率</th><th>達成率</th></tr>{''.join(arows)}</table>
<p class="foot">※ 達成率＝実績収納率÷目標収納率×100（小数点第2位を四捨五入）</p>"""
ITEMS_CARE = [
    ("ア", "普通徴収の新規対象者（65歳到達者・転入者）に口座振替依頼書を同封し、初回納付前の登録を勧奨する。", "継続"),
    ("イ", "滞納が2期以上となった者には、給付制限の内容を記載した通知を送付し、窓口・電話での納付相談につなげる。", "継続"),
    ("ウ", "税務課と連携した財産調査を実施し、資力のある滞納者には差押えを行う。", "拡充"),
    ("エ", "コンビニ収納に加え、令和8年1月からスマートフォン決済アプリによる納付を開始した。", "新規"),
]
lis = []
for lab_, text, st in ITEMS_CARE:
    G.init(PG, "介護保険料", "介護保険料", 2025, "取組内容", lab_, text, st)
    lis.append(f"<li>{lab_}　{text}【{st}】</li>")
p6 = f"""<div class="sheet-title">取組個票　No.3</div>
<table class="strip"><tr><td class="l">債権名</td><td><b>介護保険料</b></td><td class="l">所管課</td><td>高齢福祉課</td><td class="l">債権区分</td><td>強制徴収公債権</td></tr></table>
<h3>1　収納率及び収入未済額</h3>{tbl}
<h3>2　令和６年度の目標達成状況</h3>{ach_tbl}
<h3>3　取組内容</h3><div class="box"><ul class="items">{''.join(lis)}</ul></div>"""
page(p6, "資料2")

# ---------------- page 7: 取組個票 市営住宅使用料 (R7 見込, items in a table)
PG = 7
k = "house"
e = E2025[k]
cols = YEARS + [2025]
hdrs = "".join(f"<th>{yr_lbl(y)}<br>{'決算' if y < 2025 else '見込'}</th>" for y in cols)
rows = []
for seg, a_f, lbl in (("current", "ca", "現年度分"), ("arrears", "aa", "滞納繰越分")):
    cells = [fx(PG, k, y, yr_lbl(y), seg, "assessed", "actual", k2y(D[k, y][a_f]), c(D[k, y][a_f])) for y in YEARS] + ["－"]
    head = '<th rowspan=2>調定額<br>（千円）</th>' if seg == "current" else ""
    rows.append(f"<tr>{head}<th>{lbl}</th>" + "".join(f"<td class=n>{x}</td>" for x in cells) + "</tr>")
for i, (seg, r_f, lbl) in enumerate((("current", "cr", "現年度分"), ("arrears", "ar", "滞納繰越分"), ("total", "tr", "計"))):
    cells = [fx(PG, k, y, yr_lbl(y), seg, "collection_rate", "actual", D[k, y][r_f], r2(D[k, y][r_f])) for y in YEARS]
    cells.append(fx(PG, k, 2025, "令和７年度", seg, "collection_rate", "estimate", e[i], r2(e[i])))
    head = '<th rowspan=3>収納率<br>（％）</th>' if seg == "current" else ""
    rows.append(f"<tr>{head}<th>{lbl}</th>" + "".join(f"<td class=n>{x}</td>" for x in cells) + "</tr>")
cells = [fx(PG, k, y, yr_lbl(y), "total", "outstanding", "actual", k2y(D[k, y]["to"]), c(D[k, y]["to"])) for y in YEARS]
cells.append(fx(PG, k, 2025, "令和７年度", "total", "outstanding", "estimate", k2y(HOUSE_E_OUT), c(HOUSE_E_OUT)))
rows.append("<tr><th colspan=2>収入未済額（千円）</th>" + "".join(f"<td class=n>{x}</td>" for x in cells) + "</tr>")
tbl = f"""<table class="rule"><tr><th colspan=2 style="width:34mm">区分</th>{hdrs}</tr>{''.join(rows)}</table>"""
ITEMS_H = {
    "現年度分": [("(1)", "入居時に口座振替の利用を原則とし、振替不能者には翌月中に電話で連絡する。", "継続"),
               ("(2)", "3か月以上の滞納者には連帯保証人へ通知し、納付指導への協力を依頼する。", "継続")],
    "滞納繰越分": [("(1)", "分納誓約の履行状況を四半期ごとに点検し、不履行者には明渡請求を前提とした催告を行う。", "拡充"),
               ("(2)", "悪質な長期滞納者には支払督促の申立て等の法的措置を講じる。", "継続")],
    "退去者分": [("(1)", "退去者の滞納家賃は弁護士法人への回収委託を継続し、所在不明者は住民票調査を行う。", "継続")],
}
trs = []
for seg, its in ITEMS_H.items():
    lines = []
    for lab_, text, st in its:
        G.init(PG, "市営住宅使用料", "市営住宅使用料", 2025, seg, lab_, text, st)
        lines.append(f"{lab_}　{text}【{st}】")
    trs.append(f"<tr><th style='width:24mm'>{seg}</th><td style='line-height:1.55'>{'<br>'.join(lines)}</td></tr>")
p7 = f"""<div class="sheet-title">取組個票　No.4</div>
<table class="strip"><tr><td class="l">債権名</td><td><b>市営住宅使用料</b></td><td class="l">所管課</td><td>建築住宅課</td><td class="l">債権区分</td><td>私債権</td></tr></table>
<h3>1　収納状況</h3><div class="unit">見込は令和7年12月末の実績を基に推計</div>{tbl}
<h3>2　令和７年度の実施内容</h3>
<table class="rule"><tr><th>区分</th><th>内容</th></tr>{''.join(trs)}</table>
<p class="foot" style="margin-top:3mm">※ 退去者分の収入未済額は滞納繰越分に含む。</p>"""
page(p7, "資料2")

# ---------------- page 8: 資料3 long-format table (one row per debt and year)
PG = 8
rows = []
for k, debt, pname, *_ in DEBTS:
    for y, basis, vals in ((2025, "見込", E2025[k]), (2026, "目標", T2026[k])):
        b = "estimate" if basis == "見込" else "target"
        yl = f"令和{y - 2018}年度"
        cells = [fx(PG, k, y, yl, s, "collection_rate", b, v, r2(v)) for s, v in zip(segs, vals[:3])]
        rows.append(f"<tr><td>{pname}</td><td>{yl}</td><td style='text-align:center'>{basis}</td>" + "".join(f"<td class=n>{x}</td>" for x in cells) + "</tr>")
p8 = f"""<h2>資料3　令和8年度 主要債権の目標収納率（案）</h2>
<p>　令和8年度の目標収納率は、令和7年度の決算見込及び過去3か年の実績の伸びを踏まえ、各債権所管課において設定した。</p>
<div class="unit">（単位：％）</div>
<table class="zebra"><tr><th>債権名</th><th>年度</th><th>区分</th><th>現年度分</th><th>滞納繰越分</th><th>計</th></tr>{''.join(rows)}</table>
<p class="foot">※ 見込は令和7年12月末現在の収納実績を基に推計した決算見込の収納率。<br>※ 目標は令和8年度当初予算の計上額との整合を図っている。</p>
<h3 style="margin-top:8mm">今後のスケジュール（予定）</h3>
<p>　令和8年3月　　各債権所管課において令和8年度の実施計画を作成<br>
　令和8年6月　　令和8年度第1回債権管理対策会議（令和7年度決算見込の報告）</p>"""
page(p8, "資料3")

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = Path("pdf") / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf.resolve()}", hp.as_uri()], check=True, capture_output=True)
js = G.write(pdf, Path("gold") / f"{STEM}.json")
errs = check(pdf, Path("gold") / f"{STEM}.json")
print(f"{STEM}: pages={js['source']['pages']} facts={len(G.facts)} initiatives={len(G.inits)} errors={len(errs)}")
for e_ in errs[:40]:
    print("  ", e_)
