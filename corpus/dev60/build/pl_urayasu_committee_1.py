"""pl_urayasu_committee_1: 令和5年度第2回 浦安市債権管理対策会議 資料 (HTML/CSS -> chromium).

Run from corpus/dev60:  python3 build/pl_urayasu_committee_1.py
The gold is written from the same data that fills the HTML.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pl_common import Gold, check, kc, rate, zen  # noqa: E402

STEM = "pl_urayasu_committee_1"
HERE = Path.cwd()
WORK = Path("/tmp/pl_work")
WORK.mkdir(exist_ok=True)

G = Gold(STEM, "committee_material", "committee", "浦安市", "令和5年度第2回 浦安市債権管理対策会議 資料",
         "2024-03-22", "令和6年3月22日")
f = G.f

# ---------------------------------------------------------------- data (千円)
FULL = {"市税": "市税", "国保税": "国民健康保険税", "介護料": "介護保険料", "後期高齢": "後期高齢者医療保険料",
        "保育料": "保育料", "住宅使用料": "市営住宅使用料"}
ORDER = ["市税", "国保税", "介護料", "後期高齢", "保育料", "住宅使用料"]
PARAM = {  # cur_a 2020, growth, cur rates by year, arr_a 2020, arr rates, write-off share
    "市税": (37215480, 1.012, [98.93, 99.02, 99.08, 99.12], 1310220, [30.8, 31.9, 33.1, 34.0], 0.081),
    "国保税": (4820310, 0.991, [92.12, 92.47, 92.81, 93.02], 1452300, [22.4, 23.6, 24.8, 25.3], 0.118),
    "介護料": (3012440, 1.018, [98.61, 98.70, 98.79, 98.85], 98410, [15.2, 16.4, 17.1, 17.9], 0.197),
    "後期高齢": (1412080, 1.031, [99.31, 99.38, 99.44, 99.47], 21330, [34.6, 35.2, 36.0, 36.8], 0.102),
    "保育料": (612450, 0.972, [98.22, 98.41, 98.63, 98.70], 41250, [19.8, 20.6, 21.9, 22.4], 0.104),
    "住宅使用料": (182410, 1.004, [97.21, 97.43, 97.66, 97.80], 38940, [11.6, 12.3, 13.1, 13.8], 0.061),
}
YEARS = [2020, 2021, 2022, 2023]  # 2023 = 決算見込
D = {}
for k, (ca, g, cr, aa, ar, ws) in PARAM.items():
    D[k] = {}
    arr_a = aa
    for i, y in enumerate(YEARS):
        cur_a = round(ca * g ** i)
        cur_c = round(cur_a * cr[i] / 100)
        arr_c = round(arr_a * ar[i] / 100)
        w = round(arr_a * ws * (1 + 0.03 * i))
        a, c = cur_a + arr_a, cur_c + arr_c
        o = a - c - w
        D[k][y] = dict(cur_a=cur_a, cur_c=cur_c, arr_a=arr_a, arr_c=arr_c, a=a, c=c, w=w, o=o,
                       arr_o=arr_a - arr_c - w, cur_o=cur_a - cur_c)
        arr_a = o  # next year's 滞納繰越 調定 = this year's 収入未済
TOT = {}
for y in YEARS:
    TOT[y] = {m: sum(D[k][y][m] for k in ORDER) for m in D["市税"][y]}

YR = {2019: "令和元年度", 2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度"}
R = {2019: "R1", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5", 2024: "R6"}


def oku(sen):
    """千円 -> '約512億3,400万円' rounded to 100万円; returns (text, yen)."""
    yen = round(sen * 1000 / 1e6) * 1_000_000
    o, m = divmod(yen // 10000, 10000)
    return (f"{o}億{m:,}万円" if m else f"{o}億円"), yen


def pct(x, nd=2):
    return f"{x:.{nd}f}"


def sgn(x, nd=2):
    return ("＋" if x >= 0 else "△") + f"{abs(x):.{nd}f}"


CSS = """
@page { size: A4; margin: 14mm 15mm 14mm 15mm; }
@page wide { size: A4 landscape; margin: 12mm 12mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP'; font-size: 9.5pt; color: #111; }
.pg { break-after: page; position: relative; }
.pg:last-child { break-after: auto; }
.land { page: wide; }
.tag { position: absolute; right: 0; top: 0; border: 1px solid #000; padding: 2px 10px; font-size: 10pt; }
h1 { font-size: 15pt; text-align: center; margin: 26px 0 4px; }
.sub { text-align: right; margin: 0 0 10px; }
h2 { font-size: 11.5pt; border-left: 6px solid #2b5d8c; padding-left: 6px; margin: 14px 0 6px; }
h3 { font-size: 10.5pt; margin: 10px 0 4px; }
p { margin: 4px 0; line-height: 1.55; text-indent: 1em; }
table { border-collapse: collapse; }
.t td, .t th { border: 0.8px solid #333; padding: 2px 4px; }
.t th { background: #dfe8f1; font-weight: normal; }
.n { text-align: right; white-space: nowrap; }
.cap { font-size: 9pt; margin: 6px 0 2px; }
.unit { text-align: right; font-size: 8.5pt; }
.note { font-size: 8pt; line-height: 1.45; margin: 2px 0; }
.zebra tr:nth-child(even) td { background: #f0f3f7; }
.zebra td, .zebra th { border: none; padding: 3px 4px; }
.zebra thead th { background: #2b5d8c; color: #fff; border: 0.6px solid #fff; }
.vt { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 2px; }
.panels { display: flex; gap: 8px; margin: 8px 0; }
.panel { flex: 1; border: 1.5px solid #2b5d8c; border-radius: 6px; padding: 6px 8px; }
.panel .lb { font-size: 9pt; color: #2b5d8c; }
.panel .big { font-size: 17pt; font-weight: bold; text-align: center; margin: 4px 0; }
.panel .dt { font-size: 8.5pt; text-align: center; }
.strip td { border: 1px solid #000; padding: 4px 8px; }
.strip .l { background: #e6e6e6; }
.box { border: 1px solid #333; padding: 6px 10px; margin: 6px 0; }
.items div { padding-left: 1.4em; text-indent: -1.4em; line-height: 1.5; }
.sheet { border-top: 2px solid #2b5d8c; margin-top: 8px; padding-top: 4px; }
"""

pages = []

# ================================================================ page 1
P = 1
t22, t21 = TOT[2022], TOT[2021]
r22, r21 = rate(t22["c"], t22["a"]), rate(t21["c"], t21["a"])
d_rate = round(r22 - r21, 2)
o_txt, o_yen = oku(t22["o"])
do_txt, do_yen = oku(t21["o"] - t22["o"])
a_txt, a_yen = oku(t22["a"])
c_txt, c_yen = oku(t22["c"])
panel_o = round(t22["o"] / 10000) / 10  # 億円 one decimal
panel_do = round((t21["o"] - t22["o"]) / 10000) / 10
feb_now, feb_prev = 89.12, 88.74
p1 = f"""
<div class="pg">
<div class="tag">資料１</div>
<h1>令和５年度第２回　浦安市債権管理対策会議 資料</h1>
<div class="sub">令和6年3月22日<br>財務部収納課（債権管理対策会議事務局）</div>
<h2>１　市の債権全体の状況</h2>
<div class="panels">
 <div class="panel"><div class="lb">■ 収納率（全債権計）</div><div class="dt">令和4年度決算</div>
  <div class="big">{f(P, pct(r22)+'％', r22, 'percent', 'collection_rate', 2022, '令和4年度', 'total', 'actual', None, '全債権計')}</div>
  <div class="dt">前年度比 {f(P, sgn(d_rate)+'ポイント', d_rate, 'points', 'difference', 2022, '令和4年度', 'total', 'actual', None, '全債権計')}</div></div>
 <div class="panel"><div class="lb">■ 収入未済額（全債権計）</div><div class="dt">令和4年度決算</div>
  <div class="big">{f(P, f'約{panel_o:.1f}億円', round(panel_o*1e8), 'yen', 'outstanding', 2022, '令和4年度', 'total', 'actual', None, '全債権計', approx=True)}</div>
  <div class="dt">前年度比 {f(P, f'約{panel_do:.1f}億円減', -round(panel_do*1e8), 'yen', 'difference', 2022, '令和4年度', 'total', 'actual', None, '全債権計', approx=True)}</div></div>
 <div class="panel"><div class="lb">■ 収納率（現年度分）</div><div class="dt">令和6年2月末現在</div>
  <div class="big">{f(P, pct(feb_now)+'％', feb_now, 'percent', 'collection_rate', 2023, '令和6年2月末', 'current', 'interim', None, None, as_of='2024-02-29')}</div>
  <div class="dt">前年同月比 {f(P, sgn(feb_now-feb_prev)+'ポイント', round(feb_now-feb_prev, 2), 'points', 'difference', 2023, '令和6年2月末', 'current', 'interim', None, None, as_of='2024-02-29')}</div></div>
</div>
<p>令和4年度決算における市の債権全体（市税及び主な税外債権６債権の合計）の調定額は約{f(P, '約'+a_txt, a_yen, 'yen', 'assessed', 2022, '令和4年度', 'total', 'actual', None, None, approx=True)[1:]}、
収入済額は約{f(P, '約'+c_txt, c_yen, 'yen', 'collected', 2022, '令和4年度', 'total', 'actual', None, None, approx=True)[1:]}で、
収納率は{f(P, pct(r22)+'％', r22, 'percent', 'collection_rate', 2022, '令和4年度', 'total', 'actual', None, None)}となり、
前年度比{f(P, f'{d_rate:.2f}ポイント', d_rate, 'points', 'difference', 2022, '令和4年度', 'total', 'actual', None, None)}上昇した。
収入未済額は約{f(P, '約'+o_txt, o_yen, 'yen', 'outstanding', 2022, '令和4年度', 'total', 'actual', None, None, approx=True)[1:]}で、
前年度から約{f(P, '約'+do_txt, -do_yen, 'yen', 'difference', 2022, '令和4年度', 'total', 'actual', None, None, approx=True)[1:]}の減少となっている。</p>
<p>債権別にみると、収入未済額の約{round(D['市税'][2022]['o']/t22['o']*100)}％を市税が、約{round(D['国保税'][2022]['o']/t22['o']*100)}％を国民健康保険税が占めており、
この２債権で全体の大半を占める状況が続いている。税外債権では、介護保険料及び市営住宅使用料の滞納繰越分の縮減が引き続き課題である。</p>
<h2>２　本日の報告事項</h2>
<div class="items">
<div>（１）令和4年度決算における債権別収納状況（表１・表２）…… ２ページ</div>
<div>（２）令和5年度の収納状況（令和6年2月末現在）（表３・図１）…… ３ページ</div>
<div>（３）債権別取組個票（令和6年度の取組方針）…… ４～７ページ</div>
</div>
<h2>３　今後の予定</h2>
<div class="items">
<div>・令和6年5月　　令和5年度決算見込の取りまとめ</div>
<div>・令和6年7月　　令和6年度第1回債権管理対策会議（令和5年度決算報告）</div>
<div>・令和6年10月～12月　全庁滞納整理強化期間</div>
</div>
<div class="box note" style="margin-top:14px">
【債権管理対策会議の構成】会長：副市長　委員：総務部長、財務部長、市民経済部長、福祉部長、健康こども部長、都市整備部長　事務局：財務部収納課
</div>
</div>
"""
pages.append(p1)

# ================================================================ page 2 (landscape)
P = 2
rows = []
for k in ORDER + ["合計"]:
    cells = [f'<td style="white-space:nowrap">{k}</td>']
    for y in (2021, 2022):
        d = TOT[y] if k == "合計" else D[k][y]
        debt = None if k == "合計" else FULL[k]
        for seg, a_, c_ in (("current", "cur_a", "cur_c"), ("arrears", "arr_a", "arr_c"), ("total", "a", "c")):
            a, c = d[a_], d[c_]
            r = rate(c, a, 1)
            cells.append(f'<td class="n">{f(P, kc(a), a*1000, "yen", "assessed", y, YR[y], seg, "actual", debt, k)}</td>')
            cells.append(f'<td class="n">{f(P, kc(c), c*1000, "yen", "collected", y, YR[y], seg, "actual", debt, k)}</td>')
            cells.append(f'<td class="n">{f(P, pct(r, 1), r, "percent", "collection_rate", y, YR[y], seg, "actual", debt, k)}</td>')
    style = ' style="font-weight:bold"' if k == "合計" else ""
    rows.append(f"<tr{style}>" + "".join(cells) + "</tr>")
seg_h = "".join(f'<th colspan="3">{s}</th>' for s in ("現年度分", "滞納繰越分", "計")) * 2
met_h = "".join('<th>調定額※1</th><th>収入済額</th><th>収納率</th>' for _ in range(6))
fixed = 412356
f(P, "412,356千円", fixed * 1000, "yen", "outstanding", 2022, "令和4年度", "arrears", "actual", "固定資産税", "固定資産税")
# table 2: debts as columns
t2 = []
t2.append("<tr><th></th>" + "".join(f"<th>{k}</th>" for k in ORDER) + "<th>合計</th></tr>")
for lab, key in (("不納欠損額", "w"), ("収入未済額", "o")):
    metric = {"w": "written_off", "o": "outstanding"}[key]
    cells = "".join(
        f'<td class="n">{f(P, kc(D[k][2022][key]), D[k][2022][key]*1000, "yen", metric, 2022, "令和4年度", "total", "actual", FULL[k], k)}</td>'
        for k in ORDER)
    cells += f'<td class="n">{f(P, kc(TOT[2022][key]), TOT[2022][key]*1000, "yen", metric, 2022, "令和4年度", "total", "actual", None, "合計")}</td>'
    t2.append(f"<tr><th>{lab}</th>{cells}</tr>")
cells = ""
for k in ORDER + ["合計"]:
    dd = (TOT if k == "合計" else D[k])
    diff = dd[2022]["o"] - dd[2021]["o"]
    cells += f'<td class="n">{f(P, kc(diff), diff*1000, "yen", "difference", 2022, "令和4年度", "total", "actual", None if k == "合計" else FULL[k], k)}</td>'
t2.append(f"<tr><th>収入未済額の前年度比</th>{cells}</tr>")
DEL = {"市税": 6124, "国保税": 4873, "介護料": 1362, "後期高齢": 188, "保育料": 142, "住宅使用料": 61}
cells = "".join(f'<td class="n">{f(P, kc(DEL[k]), DEL[k], "persons", "delinquents", 2022, "令和4年度", "total", "actual", FULL[k], k)}</td>' for k in ORDER)
cells += f'<td class="n">{f(P, kc(sum(DEL.values())), sum(DEL.values()), "persons", "delinquents", 2022, "令和4年度", "total", "actual", None, "合計")}</td>'
t2.append(f"<tr><th>滞納者数（人）</th>{cells}</tr>")
SEIZ = {"市税": 1412, "国保税": 638, "介護料": 0, "後期高齢": 4, "保育料": 0, "住宅使用料": 0}
cells = "".join(f'<td class="n">{kc(SEIZ[k]) if SEIZ[k] else "－"}</td>' for k in ORDER) + f'<td class="n">{kc(sum(SEIZ.values()))}</td>'
t2.append(f"<tr><th>差押件数（件）</th>{cells}</tr>")
p2 = f"""
<div class="pg land">
<h2>２　令和4年度決算における債権別収納状況</h2>
<div class="cap">表１　債権別収納状況の比較（令和3年度・令和4年度決算）　　　　　　　　　　　　　　　　　　　　　　　　　　　　　（単位：千円、％）</div>
<table class="zebra" style="font-size:7.3pt; width:100%">
<thead>
<tr><th rowspan="3"><span class="vt">債権名</span></th><th colspan="9">令和３年度決算</th><th colspan="9">令和４年度決算</th></tr>
<tr>{seg_h}</tr>
<tr>{met_h}</tr>
</thead>
<tbody>{''.join(rows)}</tbody>
</table>
<div class="note">※1 調定額は、還付未済額を含まない。　※2 市税の滞納繰越分の収入未済額のうち、固定資産税分 412,356千円（令和4年度末）。</div>
<div class="note">（債権名の略称）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料</div>
<div class="cap" style="margin-top:10px">表２　不納欠損額・収入未済額・滞納者数（令和4年度決算）　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　（金額単位：千円）</div>
<table class="t" style="font-size:8pt; width:100%">{''.join(t2)}</table>
<div class="note">※ 前年度比は令和3年度決算との差（△は減少）。差押件数は延べ件数。</div>
</div>
"""
pages.append(p2)

# ================================================================ page 3 (monthly)
P = 3
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末"]
MEND = {"4月末": "04-30", "5月末": "05-31", "6月末": "06-30", "7月末": "07-31", "8月末": "08-31", "9月末": "09-30",
        "10月末": "10-31", "11月末": "11-30", "12月末": "12-31", "1月末": "01-31", "2月末": "02-28"}


def asof(m, fy):
    y = fy + 1 if m in ("1月末", "2月末") else fy
    md = MEND[m]
    if m == "2月末" and y % 4 == 0:
        md = "02-29"
    return f"{y}-{md}"


SHAPE = [0.082, 0.171, 0.262, 0.398, 0.472, 0.548, 0.622, 0.701, 0.812, 0.869, 0.931]
SERIES = {  # final-ish 2月末 rate this year / last year
    "市税": (93.48, 93.12), "国保税": (78.36, 77.95), "全債権計": (feb_now, feb_prev)}
MT = {}
for k, (now, prev) in SERIES.items():
    MT[k] = {}
    for lab, v2 in (("now", now), ("prev", prev)):
        vals = [round(v2 * s / SHAPE[-1] + (0.07 if lab == "now" else 0) * (i % 3 - 1), 2) for i, s in enumerate(SHAPE)]
        vals[-1] = v2
        MT[k][lab] = vals
mrows = []
for i, m in enumerate(MONTHS):
    cells = f"<td>{m}</td>"
    for k in SERIES:
        debt = {"市税": "市税", "国保税": "国民健康保険税", "全債権計": None}[k]
        now, prev = MT[k]["now"][i], MT[k]["prev"][i]
        cells += f'<td class="n">{f(P, pct(now), now, "percent", "collection_rate", 2023, "本年度", "current", "interim", debt, k, as_of=asof(m, 2023))}</td>'
        cells += f'<td class="n">{f(P, pct(prev), prev, "percent", "collection_rate", 2022, "前年度", "current", "interim", debt, k, as_of=asof(m, 2022))}</td>'
        if k == "全債権計":
            dlt = round(now - prev, 2)
            cells += f'<td class="n">{f(P, sgn(dlt), dlt, "points", "difference", 2023, "本年度", "current", "interim", None, k, as_of=asof(m, 2023))}</td>'
    mrows.append(f"<tr>{cells}</tr>")
# chart: 2月末 current rates of 全債権計 R1..R5
CH = {2019: 87.95, 2020: 88.31, 2021: 88.52, 2022: feb_prev, 2023: feb_now}
bars = ""
for j, (y, v) in enumerate(CH.items()):
    h = (v - 86) * 55
    x = 40 + j * 70
    raw = pct(v)
    f(P, raw, v, "percent", "collection_rate", y, R[y], "current", "interim", None, None, as_of=asof("2月末", y))
    bars += (f'<rect x="{x}" y="{200-h}" width="38" height="{h}" fill="#5b86b3"/>'
             f'<text x="{x+19}" y="{194-h}" font-size="10" text-anchor="middle">{raw}</text>'
             f'<text x="{x+19}" y="216" font-size="10" text-anchor="middle">{R[y]}</text>')
svg = f"""<svg width="400" height="230" style="font-family:IPAexGothic">
<line x1="30" y1="200" x2="390" y2="200" stroke="#000"/><line x1="30" y1="20" x2="30" y2="200" stroke="#000"/>
<text x="2" y="205" font-size="9">86</text><text x="2" y="95" font-size="9">88</text>
<line x1="28" y1="90" x2="390" y2="90" stroke="#bbb" stroke-dasharray="3,3"/>
{bars}</svg>"""
b_cur, b_arr, b_tot = feb_now, 28.41, 85.97
p3 = f"""
<div class="pg">
<h2>３　令和5年度の収納状況（令和6年2月末現在）</h2>
<div class="box" style="width:60%">
<b>【収納率】令和6年2月末時点（全債権計）</b>
<div class="items">
<div>・現年分　{f(P, pct(b_cur)+'％', b_cur, 'percent', 'collection_rate', 2023, '令和6年2月末', 'current', 'interim', None, None, as_of='2024-02-29')}</div>
<div>・滞繰分　{f(P, pct(b_arr)+'％', b_arr, 'percent', 'collection_rate', 2023, '令和6年2月末', 'arrears', 'interim', None, None, as_of='2024-02-29')}</div>
<div>・合　計　{f(P, pct(b_tot)+'％', b_tot, 'percent', 'collection_rate', 2023, '令和6年2月末', 'total', 'interim', None, None, as_of='2024-02-29')}</div>
</div></div>
<div class="cap">表３　月別収納状況（現年度分・各月末累計の収納率）　本年度＝令和5年度、前年度＝令和4年度　　　（単位：％）</div>
<table class="t" style="font-size:8.3pt; width:100%">
<tr><th rowspan="2">月</th><th colspan="2">市税</th><th colspan="2">国保税</th><th colspan="3">全債権計</th></tr>
<tr><th>本年度</th><th>前年度</th><th>本年度</th><th>前年度</th><th>本年度</th><th>前年度</th><th>差</th></tr>
{''.join(mrows)}
</table>
<div class="note">※ 収納率は各月末までの累計収入済額を当該年度の調定額で除したもの。差は本年度－前年度（ポイント、△は低下）。</div>
<div class="cap" style="margin-top:10px">図１　全債権計 現年度分収納率の推移（各年度2月末時点、単位：％）</div>
{svg}
<p>2月末時点の現年度分収納率は、口座振替の利用拡大とスマートフォン決済の定着により、5年連続で前年同月を上回った。
一方、国民健康保険税は資格異動に伴う調定増の影響を受け、前年同月との差は縮小している。</p>
</div>
"""
pages.append(p3)

# ================================================================ sheets
FY_PLAN = 2024  # 取組の年度


def label_strip(name, ka, kubun):
    return (f'<table class="strip" style="width:100%;margin:4px 0"><tr><td class="l">債権名</td><td>{name}</td>'
            f'<td class="l">所管課</td><td>{ka}</td><td class="l">債権区分</td><td>{kubun}</td></tr></table>')


# ---- page 4: 市税
P = 4
k = "市税"
yr_rows = ""
for y in YEARS:
    d = D[k][y]
    b = "estimate" if y == 2023 else "actual"
    lab = YR[y] + ("（見込）" if y == 2023 else "")
    r = rate(d["c"], d["a"])
    yr_rows += (f'<tr><td>{lab}</td>'
                f'<td class="n">{f(P, kc(d["a"]), d["a"]*1000, "yen", "assessed", y, lab, "total", b, "市税", "市税")}</td>'
                f'<td class="n">{f(P, kc(d["c"]), d["c"]*1000, "yen", "collected", y, lab, "total", b, "市税", "市税")}</td>'
                f'<td class="n">{f(P, kc(d["w"]), d["w"]*1000, "yen", "written_off", y, lab, "total", b, "市税", "市税")}</td>'
                f'<td class="n">{f(P, kc(d["o"]), d["o"]*1000, "yen", "outstanding", y, lab, "total", b, "市税", "市税")}</td>'
                f'<td class="n">{f(P, pct(r), r, "percent", "collection_rate", y, lab, "total", b, "市税", "市税")}</td></tr>')
# yen table: 現年度分 by tax, R4, summing to 市税 current (千円 rounded)
cur_yen = D[k][2022]["cur_a"] * 1000 + 417
cur_c_yen = D[k][2022]["cur_c"] * 1000 - 233
parts = [("個人市民税", 0.468, 0.9891), ("法人市民税", 0.082, 0.9978)]
tx = []
ra, rc = cur_yen, cur_c_yen
for nm, sh, rr in parts:
    a = round(cur_yen * sh) + 123
    c = round(a * rr) - 57
    tx.append((nm, a, c))
    ra -= a
    rc -= c
tx.append(("固定資産税・都市計画税", ra, rc))
tx_rows = ""
for nm, a, c in tx:
    r = rate(c, a)
    tx_rows += (f'<tr><td style="white-space:nowrap;font-size:7.4pt">{nm}</td><td class="n">{f(P, kc(a), a, "yen", "assessed", 2022, "令和4年度", "current", "actual", nm, nm)}</td>'
                f'<td class="n">{f(P, kc(c), c, "yen", "collected", 2022, "令和4年度", "current", "actual", nm, nm)}</td>'
                f'<td class="n">{f(P, pct(r), r, "percent", "collection_rate", 2022, "令和4年度", "current", "actual", nm, nm)}</td></tr>')
r = rate(cur_c_yen, cur_yen)
tx_rows += (f'<tr style="font-weight:bold"><td style="white-space:nowrap">現年度分 計</td><td class="n">{f(P, kc(cur_yen), cur_yen, "yen", "assessed", 2022, "令和4年度", "current", "actual", "市税", "現年度分 計")}</td>'
            f'<td class="n">{f(P, kc(cur_c_yen), cur_c_yen, "yen", "collected", 2022, "令和4年度", "current", "actual", "市税", "現年度分 計")}</td>'
            f'<td class="n">{f(P, pct(r), r, "percent", "collection_rate", 2022, "令和4年度", "current", "actual", "市税", "現年度分 計")}</td></tr>')
# targets vs results (35)
TG = {2021: (99.00, 31.0), 2022: (99.05, 33.0), 2023: (99.10, 34.0)}
tr_rows = ""
for seg, idx, lab in (("current", 0, "現年度分"), ("arrears", 1, "滞納繰越分")):
    cells = f"<td style='white-space:nowrap'>{lab}</td>"
    for y in (2021, 2022, 2023):
        d = D[k][y]
        act = rate(d["cur_c"], d["cur_a"]) if seg == "current" else rate(d["arr_c"], d["arr_a"], 1)
        tg = TG[y][idx]
        nd = 2 if seg == "current" else 1
        b = "estimate" if y == 2023 else "actual"
        cells += f'<td class="n">{f(P, pct(tg, nd), tg, "percent", "collection_rate", y, R[y], seg, "target", "市税", "市税")}</td>'
        cells += f'<td class="n">{f(P, pct(act, nd), act, "percent", "collection_rate", y, R[y], seg, b, "市税", "市税")}</td>'
        cells += f'<td class="n">{act / tg * 100:.1f}</td>'
    tg6 = {"current": 99.15, "arrears": 35.0}[seg]
    cells += f'<td class="n">{f(P, pct(tg6, 2 if seg == "current" else 1), tg6, "percent", "collection_rate", 2024, "R6", seg, "target", "市税", "市税")}</td>'
    tr_rows += f"<tr>{cells}</tr>"
o22, o21 = D[k][2022]["o"], D[k][2021]["o"]
p4 = f"""
<div class="pg">
<div class="tag">資料２</div>
<h2>４　債権別取組個票</h2>
<div class="sheet"><b>取組個票 No.1</b>
{label_strip('市税', '財務部収納課・市民税課・資産税課', '強制徴収公債権')}
<div class="cap">（１）収納状況の推移（現年度分＋滞納繰越分）</div>
<table class="t" style="font-size:8.3pt;width:100%">
<tr><th>年度</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>不納欠損額（千円）</th><th>収入未済額（千円）</th><th>収納率（％）</th></tr>
{yr_rows}</table>
<div style="display:flex;gap:10px">
<div style="flex:1.25">
<div class="cap">（２）税目別 現年度分（令和4年度決算）</div>
<table class="t" style="font-size:8pt;width:100%"><tr><th>税目</th><th>調定額（円）</th><th>収入済額（円）</th><th>収納率（％）</th></tr>{tx_rows}</table>
</div>
<div style="flex:1">
<div class="cap">（３）目標と実績（収納率、単位：％）</div>
<table class="t" style="font-size:7.6pt;width:100%">
<tr><th rowspan="2">区分</th><th colspan="3">R3</th><th colspan="3">R4</th><th colspan="3">R5（見込）</th><th>R6</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>見込</th><th>達成率</th><th>目標</th></tr>
{tr_rows}</table>
</div></div>
<div class="cap">（４）現状と課題</div>
<table class="t" style="font-size:8.5pt;width:100%"><tr><th style="width:62%">現状と課題</th><th>主な指標（令和4年度）</th></tr>
<tr><td style="line-height:1.5">令和4年度末の収入未済額は{f(P, kc(o22)+'千円', o22*1000, 'yen', 'outstanding', 2022, '令和4年度', 'total', 'actual', '市税', '市税')}で、前年度より{f(P, kc(o21-o22)+'千円', (o22-o21)*1000, 'yen', 'difference', 2022, '令和4年度', 'total', 'actual', '市税', '市税')}減少した。
現年度分の収納率は高水準を維持しているが、個人市民税の普通徴収分で納期内納付率が伸び悩んでいる。滞納繰越分は、高額・困難事案の長期化が課題である。</td>
<td>滞納者数　{f(P, kc(DEL['市税'])+'人', DEL['市税'], 'persons', 'delinquents', 2022, '令和4年度', 'total', 'actual', '市税', '市税')}<br>差押件数　{kc(SEIZ['市税'])}件<br>執行停止件数　317件</td></tr></table>
<div class="cap">（５）令和6年度の取組</div>
<div class="items" style="font-size:9pt">
"""
INIT4 = [
    ("①", "納期内納付の推進として、個人市民税普通徴収の新規対象者に口座振替依頼書を同封し、口座振替への加入を勧奨する。", "継続"),
    ("②", "滞納繰越分の高額事案（100万円以上）について、財産調査を早期に完了させ、差押え等の滞納処分を集中的に実施する。", "拡充"),
    ("③", "地方税統一QRコードを活用したスマートフォン決済の周知を行い、納付機会の拡大を図る。", "継続"),
    ("④", "催告業務の一部を民間事業者に委託し、職員を困難事案の処理に重点配置する。", "新規"),
]
for lab, txt, st in INIT4:
    G.i(P, "市税", FY_PLAN, "令和6年度の取組", lab, txt, st)
    p4 += f"<div>{lab} {txt}【{st}】</div>\n"
p4 += "</div></div></div>"
pages.append(p4)

# ---- page 5: 国民健康保険税
P = 5
k = "国保税"
full = FULL[k]
cols = [2020, 2021, 2022, 2023]
hdr = "".join(f"<th>{YR[y]}{'（見込）' if y == 2023 else ''}</th>" for y in cols)
body = ""
for mlab, metric, keys in (("調定額", "assessed", ("cur_a", "arr_a", "a")), ("収入済額", "collected", ("cur_c", "arr_c", "c")),
                           ("収納率", "collection_rate", None)):
    for si, (slab, seg) in enumerate((("現年", "current"), ("滞繰", "arrears"), ("計", "total"))):
        cells = (f'<th rowspan="3">{mlab}{"<br>（％）" if metric == "collection_rate" else "<br>（千円）"}</th>' if si == 0 else "") + f"<td>{slab}</td>"
        for y in cols:
            d = D[k][y]
            b = "estimate" if y == 2023 else "actual"
            yraw = YR[y]
            if keys:
                v = d[keys[si]]
                cells += f'<td class="n">{f(P, kc(v), v*1000, "yen", metric, y, yraw, seg, b, full, full)}</td>'
            else:
                a = (d["cur_a"], d["arr_a"], d["a"])[si]
                c = (d["cur_c"], d["arr_c"], d["c"])[si]
                r = rate(c, a)
                cells += f'<td class="n">{f(P, pct(r), r, "percent", metric, y, yraw, seg, b, full, full)}</td>'
        body += f"<tr>{cells}</tr>"
d22 = D[k][2022]
tg = {"current": (93.30, rate(d22["cur_c"], d22["cur_a"])), "arrears": (26.00, rate(d22["arr_c"], d22["arr_a"])),
      "total": (77.80, rate(d22["c"], d22["a"]))}
tgt_cells = ""
for seg, lab in (("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "合計")):
    t, prev = tg[seg]
    raw_t = pct(t)
    raw_p = pct(prev)
    f(P, raw_t, t, "percent", "collection_rate", 2024, "令和6年度", seg, "target", full, full)
    f(P, raw_p, prev, "percent", "collection_rate", 2022, "令和4年度", seg, "actual", full, full)
    tgt_cells += f'<td class="n">{raw_t}（{raw_p}）</td>'
HH = (3912, 3788)
p5 = f"""
<div class="pg">
<div class="sheet"><b>取組個票 No.2</b>
<table class="strip" style="width:100%;margin:4px 0"><tr><td class="l">債権名　{full}</td><td class="l">所管課　健康こども部国民健康保険課</td><td class="l">債権区分　強制徴収公債権</td></tr></table>
<div class="cap">（１）収納状況の推移</div>
<table class="t" style="font-size:8.3pt;width:100%"><tr><th colspan="2">区分</th>{hdr}</tr>{body}</table>
<div class="note">※ 令和5年度は決算見込。滞繰＝滞納繰越分。</div>
<div class="cap">（２）令和6年度の目標収納率（単位：％）</div>
<table class="t" style="font-size:8.5pt"><tr><th>現年度分</th><th>滞納繰越分</th><th>合計</th></tr><tr>{tgt_cells}</tr></table>
<div class="note">（　）内は令和4年度実績。</div>
<div class="cap">（３）滞納世帯の状況</div>
<p>滞納世帯数は、令和4年度末で{f(P, kc(HH[1])+'世帯', HH[1], 'households', 'delinquents', 2022, '令和4年度', 'total', 'actual', full, full)}となり、
令和3年度末の{f(P, kc(HH[0])+'世帯', HH[0], 'households', 'delinquents', 2021, '令和3年度', 'total', 'actual', full, full)}から{f(P, f'{HH[0]-HH[1]}世帯', HH[1]-HH[0], 'households', 'difference', 2022, '令和4年度', 'total', 'actual', full, full)}減少した。
このうち、短期被保険者証の交付世帯は412世帯である。</p>
<div class="cap">（４）令和6年度の取組</div>
<div style="font-size:9pt">
"""
INIT5 = [
    ("ア", "口座振替の推進", "国保加入手続の窓口で口座振替の同時申込みを原則とし、ペイジー口座振替受付サービスの利用を促す。", "継続"),
    ("イ", "早期催告の徹底", "納期限後20日以内に督促状を、その後１か月以内に催告書を発送し、初期滞納の段階で納付を促す。", "継続"),
    ("ウ", "滞納処分の強化", "滞納繰越分のうち納付交渉に応じない世帯について、預貯金・給与等の財産調査を実施し、差押えを行う。", "拡充"),
    ("エ", "収納課への移管", "徴収困難事案を収納課へ移管し、市税と一体的な滞納整理を行う。", "新規"),
]
for lab, title, txt, st in INIT5:
    G.i(P, full, FY_PLAN, "令和6年度の取組", lab, txt, st)
    p5 += f'<div style="margin:3px 0"><b>{lab}　{title}</b><div style="padding-left:1.5em">{txt}</div><div style="padding-left:1.5em">【{st}】</div></div>\n'
p5 += "</div></div></div>"
pages.append(p5)


# ---- page 6: 介護保険料 + 後期高齢者医療保険料
def half_sheet(P, k, no, ka, ref, items, box_items):
    full = FULL[k]
    cols = [2021, 2022, 2023]
    hdr = "".join(f"<th>{R[y]}{'見込' if y == 2023 else ''}</th>" for y in cols)
    body = ""
    for mlab, metric, key in (("調定額", "assessed", "a"), ("収入済額", "collected", "c"), ("不納欠損額", "written_off", "w")):
        cells = f"<td>{mlab}</td>"
        for y in cols:
            b = "estimate" if y == 2023 else "actual"
            v = D[k][y][key]
            cells += f'<td class="n">{f(P, kc(v), v*1000, "yen", metric, y, R[y], "total", b, full, full)}</td>'
        body += f"<tr>{cells}</tr>"
    cells = "<td>収入未済額<br>収納率（％）</td>"
    for y in cols:
        b = "estimate" if y == 2023 else "actual"
        d = D[k][y]
        r = rate(d["c"], d["a"])
        cells += (f'<td class="n">{f(P, kc(d["o"]), d["o"]*1000, "yen", "outstanding", y, R[y], "total", b, full, full)}<br>'
                  f'{f(P, pct(r), r, "percent", "collection_rate", y, R[y], "total", b, full, full)}</td>')
    body += f"<tr>{cells}</tr>"
    s = f"""<div class="sheet"><b>取組個票 No.{no}（{full}）</b>
{label_strip(full, ka, '強制徴収公債権')}
<div style="display:flex;gap:10px"><div style="flex:1.1">
<div class="cap">収納状況の推移（単位：千円）</div>
<table class="t" style="font-size:8.2pt;width:100%"><tr><th><span class="vt">区分</span></th>{hdr}</tr>{body}</table>
<div class="note">※ 下段は合計の収納率。</div></div>
<div style="flex:1"><div class="box" style="font-size:8.5pt"><b>【参考】</b><br>{ref}</div></div></div>
<div class="cap">令和6年度の取組</div>
<div class="box items" style="font-size:8.8pt">"""
    for lab, txt, st in items:
        G.i(P, full, FY_PLAN, "令和6年度の取組", lab, txt, st)
        s += f"<div>{lab} {txt}{'【'+st+'】' if st else ''}</div>"
    s += "</div></div>"
    return s


P = 6
k = "介護料"
d = D[k][2022]
ref6 = (f"・普通徴収の収納率：{f(P, '93.84％', 93.84, 'percent', 'collection_rate', 2022, '令和4年度', 'current', 'actual', '介護保険料', '介護保険料')}（令和4年度）<br>"
        f"・特別徴収の収納率：{f(P, '100.00％', 100.0, 'percent', 'collection_rate', 2022, '令和4年度', 'total', 'actual', '介護保険料', '介護保険料')}<br>"
        f"・滞納者数：{f(P, kc(DEL[k])+'人', DEL[k], 'persons', 'delinquents', 2022, '令和4年度', 'total', 'actual', '介護保険料', '介護保険料')}（令和4年度末）<br>"
        f"・給付制限対象者：84人")
items6 = [("(1)", "納付が滞っている普通徴収の被保険者に対し、給付制限の内容を記載した催告書を送付し、早期の納付を促す。", "継続"),
          ("(2)", "年金からの特別徴収への切替えを早期に行い、普通徴収期間の未納発生を防止する。", "継続"),
          ("(3)", "高齢者福祉課と連携し、介護サービス利用開始時に未納保険料の納付相談を行う。", None)]
k2 = "後期高齢"
ref7 = (f"・現年度分収納率：{f(P, pct(rate(D[k2][2022]['cur_c'], D[k2][2022]['cur_a']))+'％', rate(D[k2][2022]['cur_c'], D[k2][2022]['cur_a']), 'percent', 'collection_rate', 2022, '令和4年度', 'current', 'actual', '後期高齢者医療保険料', '後期高齢者医療保険料')}（令和4年度）<br>"
        f"・滞納繰越分収納率：{f(P, pct(rate(D[k2][2022]['arr_c'], D[k2][2022]['arr_a']), 1)+'％', rate(D[k2][2022]['arr_c'], D[k2][2022]['arr_a'], 1), 'percent', 'collection_rate', 2022, '令和4年度', 'arrears', 'actual', '後期高齢者医療保険料', '後期高齢者医療保険料')}（令和4年度）<br>"
        f"・被保険者数：21,406人")
items7 = [("(1)", "新規被保険者への制度周知文書に口座振替申込書を同封し、普通徴収分の口座振替率の向上を図る。", "継続"),
          ("(2)", "千葉県後期高齢者医療広域連合と連携し、短期被保険者証の交付時に納付相談を行う。", "継続")]
p6 = f"""<div class="pg">
{half_sheet(P, k, 3, '福祉部介護保険課', ref6, items6, None)}
{half_sheet(P, k2, 4, '健康こども部国民健康保険課', ref7, items7, None)}
</div>"""
pages.append(p6)

# ---- page 7: 保育料 + 市営住宅使用料
P = 7
k = "保育料"
full = FULL[k]
rows7 = ""
for y in (2021, 2022, 2023):
    d = D[k][y]
    b = "estimate" if y == 2023 else "actual"
    lab = YR[y] + ("（見込）" if y == 2023 else "")
    rc = rate(d["cur_c"], d["cur_a"], 1)
    ra = rate(d["arr_c"], d["arr_a"], 1)
    mark = "※1" if y == 2022 else ""
    rows7 += (f'<tr><td>{lab}</td><td class="n">{f(P, pct(rc, 1), rc, "percent", "collection_rate", y, lab, "current", b, full, full)}{mark}</td>'
              f'<td class="n">{f(P, pct(ra, 1), ra, "percent", "collection_rate", y, lab, "arrears", b, full, full)}</td>'
              f'<td class="n">{f(P, kc(d["cur_a"]), d["cur_a"]*1000, "yen", "assessed", y, lab, "current", b, full, full)}</td>'
              f'<td class="n">{f(P, kc(d["o"]), d["o"]*1000, "yen", "outstanding", y, lab, "total", b, full, full)}</td></tr>')
k2 = "住宅使用料"
full2 = FULL[k2]
rows8 = ""
for y in (2021, 2022, 2023):
    d = D[k2][y]
    b = "estimate" if y == 2023 else "actual"
    r = rate(d["c"], d["a"], 1)
    rows8 += (f'<tr><td>{R[y]}{"見込" if y == 2023 else ""}</td>'
              f'<td class="n">{f(P, kc(d["a"]), d["a"]*1000, "yen", "assessed", y, R[y], "total", b, full2, full2)}</td>'
              f'<td class="n">{f(P, kc(d["c"]), d["c"]*1000, "yen", "collected", y, R[y], "total", b, full2, full2)}</td>'
              f'<td class="n">{f(P, kc(d["w"]), d["w"]*1000, "yen", "written_off", y, R[y], "total", b, full2, full2)}</td>'
              f'<td class="n">{f(P, kc(d["o"]), d["o"]*1000, "yen", "outstanding", y, R[y], "total", b, full2, full2)}</td>'
              f'<td class="n">{f(P, pct(r, 1), r, "percent", "collection_rate", y, R[y], "total", b, full2, full2)}</td></tr>')
items8 = [("１", "家賃滞納が３か月に達した入居者に対し、連帯保証人を含めた納付指導を行う。", "継続"),
          ("２", "６か月以上の滞納者のうち誠意のない者について、明渡し請求及び訴訟の手続を進める。", "継続"),
          ("３", "退去者の滞納家賃について、弁護士への回収委託を試行する。", "新規")]
items9 = [("・", "保育所等の入所承諾時に口座振替の手続を必須とし、納付書払いを縮減する。", "継続"),
          ("・", "児童手当からの特別徴収（申出徴収）を活用し、滞納額の解消を図る。", "拡充")]
p7 = f"""<div class="pg">
<div class="sheet"><b>取組個票 No.5（保育料）</b>
{label_strip('保育料（保育所等利用者負担額）', '健康こども部保育幼稚園課', '強制徴収公債権')}
<div class="cap" style="text-align:center">保育料の収納状況</div>
<div class="box" style="padding:4px">
<table class="t" style="font-size:8.5pt;width:100%"><tr><th>年度</th><th>現年度分収納率（％）</th><th>滞納繰越分収納率（％）</th><th>現年度分調定額（千円）</th><th>収入未済額（千円）</th></tr>{rows7}</table>
</div>
<div class="note">出典：保育幼稚園課「保育料収納状況集計表」（各年度5月31日現在）。※1 幼児教育・保育の無償化対象外児童分を含む。</div>
<table class="t" style="font-size:9pt;width:100%;margin-top:6px">"""
for lab, txt, st in items9:
    G.i(P, full, FY_PLAN, None, lab, txt, st)
    p7 += f"<tr><td style='width:2em;text-align:center'>{lab}</td><td>{txt}</td><td style='width:4em;text-align:center'>{st}</td></tr>"
p7 += f"""</table></div>
<div class="sheet" style="margin-top:14px"><b>取組個票 No.6（市営住宅使用料）</b>
{label_strip(full2, '都市整備部住宅課', '私債権')}
<div class="cap">収納状況の推移（単位：千円、収納率は％）</div>
<table class="t" style="font-size:8.5pt;width:100%"><tr><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額※2</th><th>収入未済額</th><th>収納率</th></tr>{rows8}</table>
<div class="note">※2 不納欠損額は、債権管理条例に基づく債権放棄によるもの。</div>
<div class="cap">取組内容</div>
<div class="items" style="font-size:9pt">"""
for lab, txt, st in items8:
    G.i(P, full2, FY_PLAN, "取組内容", lab, txt, st)
    p7 += f"<div>{lab}　{txt}　【{st}】</div>"
p7 += "</div></div></div>"
pages.append(p7)

html = f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = HERE / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", str(hp)], check=True, capture_output=True)
out = G.write(pdf, HERE / "gold")
bad = check(pdf, out)
print(STEM, "pages", out["source"]["pages"], "facts", len(out["facts"]), "inits", len(out["initiatives"]))
for b in bad:
    print("MISSING", b)
