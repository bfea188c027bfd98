#!/usr/bin/env python3
"""mc_saiki_progress_1: 佐伯市 令和5年度 市税等の収納状況及び収納対策の取組状況（令和6年2月末現在）.

Tool chain: HTML/CSS -> chromium --headless --print-to-pdf (one landscape page by a named @page).
Run from corpus/dev51:  python3 build/mc_saiki_progress.py
All figures are invented; layout and wording modelled on real municipal progress reports.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mc_common import (Gold, SET, WORK, comma, k, rate, r2, zen, oku_man, oku1, mil1, signed, check_pdf)  # noqa: E402

STEM = "mc_saiki_progress_1"
G = Gold(STEM, "progress_report", "progress", "佐伯市",
         "令和５年度 市税等の収納状況及び収納対策の取組状況について（令和６年２月末現在）",
         "2024-03-18", "令和６年３月１８日")

FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"          # 令和6年2月末 (leap year) / 前年同月
DEC = "2023-12-31"

# key, full name, short name in tables, canonical debt, account, section
DEBTS = [
    ("shizei", "市税", "市税", "市税", "一般"),
    ("hoiku", "保育所保育料", "保育料", "保育所保育料", "一般"),
    ("jutaku", "市営住宅使用料", "住宅使用料", "住宅使用料", "一般"),
    ("kokuho", "国民健康保険税", "国保税", "国民健康保険料", "特別"),
    ("kaigo", "介護保険料", "介護料", "介護保険料", "特別"),
    ("kouki", "後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "特別"),
]
D = {d[0]: d for d in DEBTS}

# 2月末 interim amounts (yen): (assessed, collected) current / arrears
CUR = {  # FY2023 at 2024-02-29
    "shizei": ((8245316400, 7823905120), (412863500, 98512300)),
    "kokuho": ((1512730600, 1302118400), (486215300, 92380900)),
    "kaigo": ((1698452100, 1650905300), (38615200, 7915400)),
    "kouki": ((812306500, 790880200), (9842100, 3610300)),
    "hoiku": ((96418200, 88530100), (21560400, 3318900)),
    "jutaku": ((398615400, 366120300), (62318700, 6410200)),
}
PRV = {  # FY2022 at 2023-02-28
    "shizei": ((8180224900, 7732080300), (438915200, 100820100)),
    "kokuho": ((1548320100, 1329410500), (502118600, 90410200)),
    "kaigo": ((1684210500, 1634810200), (41308900, 8020300)),
    "kouki": ((790512300, 768570100), (10215600, 3510200)),
    "hoiku": ((102316800, 93410500), (23418300, 3615200)),
    "jutaku": ((401230600, 367820100), (65812400, 6880300)),
}
# year-end rates: (前年度決算 R4, 決算見込 R5, 目標 R5) for current / arrears
YE = {
    "shizei": ((98.87, 98.95, 99.00), (24.82, 25.10, 25.00)),
    "kokuho": ((94.61, 94.80, 95.00), (21.35, 22.10, 22.00)),
    "kaigo": ((99.20, 99.25, 99.30), (21.80, 22.40, 23.00)),
    "kouki": ((99.38, 99.41, 99.45), (38.50, 40.10, 40.00)),
    "hoiku": ((97.92, 98.10, 98.50), (16.20, 16.80, 17.00)),
    "jutaku": ((97.35, 97.50, 97.60), (11.90, 12.30, 12.50)),
}
DEC_RATES = {"shizei": (83.41, 17.92), "kokuho": (70.15, 14.26)}

# monthly cumulative current-year rates, 4月末..3月末 (None = －)
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
MON_DATES_CUR = ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31",
                 "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31"]
MON_DATES_PRV = ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31",
                 "2022-11-30", "2022-12-31", "2023-01-31", "2023-02-28", "2023-03-31"]
MONTHLY = {
    "shizei": ([7.82, 18.35, 30.12, 44.87, 54.20, 60.33, 68.41, 74.02, 83.41, 87.65, None, None],
               [8.05, 18.10, 29.86, 44.52, 53.95, 60.11, 68.20, 73.71, 83.02, 87.20, None, 97.41]),
    "kokuho": ([None, None, None, 12.40, 22.85, 33.10, 43.62, 52.30, 70.15, 78.44, None, None],
               [None, None, None, 12.05, 22.31, 32.86, 43.10, 51.95, 69.72, 77.98, None, 93.12]),
    "kaigo": ([15.20, 17.10, 31.40, 33.50, 47.80, 49.90, 64.20, 66.30, 80.60, 82.70, None, None],
              [15.05, 16.92, 31.22, 33.30, 47.61, 49.71, 64.02, 66.10, 80.41, 82.52, None, 99.10]),
    "kouki": ([14.80, 16.90, 31.10, 33.20, 47.55, 49.60, 64.00, 66.05, 80.50, 82.60, None, None],
              [14.62, 16.75, 30.95, 33.04, 47.38, 49.45, 63.82, 65.90, 80.35, 82.41, None, 99.25]),
}

# districts (市税 現年度分, thousands of yen): (name, share of assessed, rate now, rate last year)
DISTRICTS = [("本庁", 0.620, None, None), ("上浦振興局", 0.032, 95.31, 94.80), ("弥生振興局", 0.061, 95.62, 95.20),
             ("本匠振興局", 0.018, 96.05, 95.71), ("宇目振興局", 0.026, 95.12, 94.95), ("直川振興局", 0.022, 95.88, 95.02),
             ("鶴見振興局", 0.059, 93.74, 93.51), ("米水津振興局", 0.020, 94.02, 94.25), ("蒲江振興局", 0.142, 93.95, 93.60)]

KOKUHO_HH = (1862, 1947)      # 滞納世帯数 now / last year
KOKUHO_SEIZE = (214, 188)     # 差押件数 (cases: not a gold metric)
KOKUHO_SEIZE_AMT = (48512, 41230)  # 差押金額 千円 (not a gold metric)
JUTAKU_PERSONS = (142, 96, 189)

# past year-end outstanding (all six debts): R1..R3 chosen, R4 = arrears assessed of R5
OUT_HIST = {2019: 1246305800, 2020: 1158412300, 2021: 1081789000}
WO_EST = 35000000  # 不納欠損見込 (not printed)

# ---------------------------------------------------------------- derived numbers
def seg_tot(a, b):
    return (a[0] + b[0], a[1] + b[1])


def sums(src, keys):
    c = [0, 0]
    r = [0, 0]
    for kk in keys:
        (ca, cc), (ra, rc) = src[kk]
        c[0] += ca; c[1] += cc; r[0] += ra; r[1] += rc
    return (tuple(c), tuple(r))


for kk, ((ca, cc), (ra, rc)) in CUR.items():  # 2月末 values of the monthly table come from the amounts
    MONTHLY.get(kk, ([None] * 12, [None] * 12))[0][10] = rate(cc, ca)
for kk, ((ca, cc), (ra, rc)) in PRV.items():
    MONTHLY.get(kk, ([None] * 12, [None] * 12))[1][10] = rate(cc, ca)

ALL = [d[0] for d in DEBTS]
GEN = [d[0] for d in DEBTS if d[4] == "一般"]
SPE = [d[0] for d in DEBTS if d[4] == "特別"]
TOT_CUR = sums(CUR, ALL)
TOT_PRV = sums(PRV, ALL)
OUT_HIST[2022] = sum(CUR[x][1][0] for x in ALL)  # arrears assessed in R5 = outstanding at the end of R4


def yearend(src, idx):
    """collected at year end from the rates (idx 0: R4 決算 on PRV amounts, 1: R5 見込 on CUR amounts)."""
    col = 0
    ass = 0
    for kk in ALL:
        (ca, _), (ra, _) = src[kk]
        rc, rr = YE[kk][0][idx], YE[kk][1][idx]
        col += round(ca * rc / 100) + round(ra * rr / 100)
        ass += ca + ra
    return ass, col


ASS22, COL22 = yearend(PRV, 0)
WO22 = ASS22 - COL22 - OUT_HIST[2022]
assert 5_000_000 < WO22 < 120_000_000, WO22
RATE22 = rate(COL22, ASS22)
ASS23, COL23 = yearend(CUR, 1)
OUT_HIST[2023] = ASS23 - COL23 - WO_EST
RATE23 = rate(COL23, ASS23)

# ---------------------------------------------------------------- html helpers
CSS = """
@page { size: A4 portrait; margin: 14mm 15mm 12mm 15mm; }
@page wide { size: A4 landscape; margin: 12mm 12mm 10mm 12mm; }
body { font-family: 'IPAexMincho'; font-size: 10pt; color: #000; margin: 0; }
.page { break-after: page; position: relative; min-height: 264mm; }
.page.land { min-height: 181mm; }
.page:last-child { break-after: auto; }
.land { page: wide; }
h1 { font-family: 'IPAexGothic'; font-size: 14pt; text-align: center; margin: 4mm 0 1mm 0; font-weight: normal; }
.sub { text-align: center; font-family: 'IPAexGothic'; font-size: 11pt; margin-bottom: 4mm; }
h2 { font-family: 'IPAexGothic'; font-size: 11.5pt; margin: 4mm 0 2mm 0; font-weight: normal; border-bottom: 1.2px solid #000; padding-bottom: 1mm; }
h3 { font-family: 'IPAexGothic'; font-size: 10.5pt; margin: 3mm 0 1.5mm 0; font-weight: normal; }
p { margin: 0 0 2mm 0; line-height: 1.6; text-indent: 1em; text-align: justify; }
.right { text-align: right; }
.date { text-align: right; font-size: 10pt; line-height: 1.5; }
table { border-collapse: collapse; font-family: 'IPAexGothic'; }
td, th { border: 0.7px solid #333; padding: 1px 4px; }
th { font-weight: normal; background: #d9e2ef; }
td.n { text-align: right; white-space: nowrap; }
.cap { font-family: 'IPAexGothic'; font-size: 10pt; margin: 2mm 0 1mm 0; }
.unit { font-family: 'IPAexGothic'; font-size: 8.5pt; text-align: right; margin: 0 0 0.5mm 0; }
.note { font-size: 8.5pt; line-height: 1.45; margin: 1mm 0 0 0; text-indent: 0; }
.foot { position: absolute; bottom: -4mm; width: 100%; text-align: center; font-size: 9pt; }
.zebra tr.r:nth-of-type(even) td { background: #f1f1f1; }
.sec td { background: #e9e9e9; font-weight: bold; }
.sum td { border-top: 1.4px solid #000; }
.panels { display: flex; gap: 4mm; margin: 2mm 0 3mm 0; }
.panel { flex: 1; border: 1.4px solid #2c4a7a; border-radius: 2mm; padding: 2mm 3mm; font-family: 'IPAexGothic'; }
.panel .lb { font-size: 9pt; background: #2c4a7a; color: #fff; padding: 0.5mm 2mm; display: inline-block; }
.panel .yr { font-size: 8.5pt; margin-top: 1mm; }
.panel .big { font-size: 19pt; text-align: center; margin: 1mm 0; }
.panel .sm { font-size: 8.5pt; text-align: center; }
.sheet { border: 1px solid #000; padding: 2mm 3mm; margin: 0 0 3mm 0; }
.items { margin: 1mm 0 0 0; padding: 0; list-style: none; }
.items li { font-size: 9.2pt; line-height: 1.45; margin: 0 0 0.8mm 0; padding-left: 1.2em; text-indent: -1.2em; }
.box { border: 1px dashed #000; padding: 1.5mm 3mm; margin: 1mm 0; }
.brk { font-family: 'IPAexGothic'; font-size: 9.5pt; margin: 1.5mm 0 0.5mm 0; }
.bul { font-size: 9.5pt; margin: 0 0 0 4mm; line-height: 1.4; }
.vert { writing-mode: vertical-rl; text-orientation: upright; font-family: 'IPAexGothic'; letter-spacing: 1px; background: #d9e2ef; text-align: center; width: 7mm; padding: 1mm 0; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.6px solid #888; }
.cols p { font-size: 9.6pt; }
.cols h3 { break-after: avoid; }
"""


def td(x, cls="n", extra=""):
    return f'<td class="{cls}" {extra}>{x}</td>'


pages: list[str] = []

# ================================================================= page 1
P = 1
tc, tr_ = TOT_CUR
pc, pr = TOT_PRV
all_ass = tc[0] + tr_[0]
all_col = tc[1] + tr_[1]
p_ass = pc[0] + pr[0]
p_col = pc[1] + pr[1]
all_rate = rate(all_col, all_ass)
p_rate = rate(p_col, p_ass)
d_rate = r2(all_rate - p_rate)
col_txt, col_v = oku_man(all_col, 100)
dcol_txt, dcol_v = oku_man(all_col - p_col, 100)
out_now = all_ass - all_col
out_prv = p_ass - p_col
o1_txt, o1_v = oku1(out_now)
o2_txt, o2_v = oku1(out_prv)

para1 = (
    "令和６年２月末現在における市税等（市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料及び市営住宅使用料の６債権）の収入済額は"
    f"約{G.fact(P, None, '市税等', FY, '令和６年２月末', 'total', 'collected', 'interim', col_v, 'yen', zen(col_txt), ASOF, True)}で、"
    f"前年同月と比べ約{G.fact(P, None, '市税等', FY, '令和６年２月末', 'total', 'difference', 'interim', dcol_v, 'yen', zen(dcol_txt), ASOF, True)}増加しました。"
    f"収納率（現年度分と滞納繰越分の計）は{G.fact(P, None, '市税等', FY, '令和６年２月末', 'total', 'collection_rate', 'interim', all_rate, 'percent', zen(f'{all_rate:.2f}%'), ASOF)}となり、"
    f"前年同月の{G.fact(P, None, '市税等', PFY, '前年同月', 'total', 'collection_rate', 'interim', p_rate, 'percent', zen(f'{p_rate:.2f}%'), PASOF)}を"
    f"{G.fact(P, None, '市税等', FY, '令和６年２月末', 'total', 'difference', 'interim', d_rate, 'points', zen(f'{d_rate:.2f}ポイント'), ASOF)}上回っています。"
)
para2 = ("現年度分は市税及び特別会計の保険料を中心に前年同月を上回って推移しています。一方、保育所保育料及び市営住宅使用料の滞納繰越分は前年同月を下回っており、"
         "年度末に向けて、滞納整理強化期間（３月）を中心に取組を強化します。")

panel = f"""
<div class="panels">
 <div class="panel"><span class="lb">市税等 収納率（計）</span><div class="yr">令和６年２月末現在</div>
  <div class="big">{G.fact(P, None, '市税等', FY, '令和６年２月末', 'total', 'collection_rate', 'interim', all_rate, 'percent', f'{all_rate:.2f}%', ASOF)}</div>
  <div class="sm">前年同月比 {G.fact(P, None, '市税等', FY, '令和６年２月末', 'total', 'difference', 'interim', d_rate, 'points', f'+{d_rate:.2f}ポイント', ASOF)}</div></div>
 <div class="panel"><span class="lb">収入未済額（計）</span><div class="yr">令和６年２月末現在</div>
  <div class="big">約{G.fact(P, None, '市税等', FY, '令和６年２月末', 'total', 'outstanding', 'interim', o1_v, 'yen', o1_txt, ASOF, True)}</div>
  <div class="sm">前年同月 約{G.fact(P, None, '市税等', PFY, '前年同月', 'total', 'outstanding', 'interim', o2_v, 'yen', o2_txt, PASOF, True)}</div></div>
 <div class="panel"><span class="lb">決算見込収納率（計）</span><div class="yr">令和５年度</div>
  <div class="big">{G.fact(P, None, '市税等', FY, '令和５年度', 'total', 'collection_rate', 'estimate', RATE23, 'percent', f'{RATE23:.2f}%')}</div>
  <div class="sm">令和４年度決算 {G.fact(P, None, '市税等', PFY, '令和４年度決算', 'total', 'collection_rate', 'actual', RATE22, 'percent', f'{RATE22:.2f}%')}</div></div>
</div>"""

# bar chart of year-end outstanding (百万円, one decimal)
bars = []
years = [2019, 2020, 2021, 2022, 2023]
vals = [OUT_HIST[y] for y in years]
maxv = max(vals)
x0, base, hmax, bw, gap = 60, 175, 130, 52, 34
svg = [f'<svg width="560" height="215" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAexGothic">',
       f'<line x1="{x0-10}" y1="{base}" x2="{x0 + 5*(bw+gap)}" y2="{base}" stroke="#000" stroke-width="1"/>']
for i, (y, v) in enumerate(zip(years, vals)):
    h = v / maxv * hmax
    x = x0 + i * (bw + gap)
    est = y == 2023
    fill = "#9db3d6" if not est else "#ffffff"
    dash = 'stroke-dasharray="4,2"' if est else ""
    svg.append(f'<rect x="{x}" y="{base-h:.1f}" width="{bw}" height="{h:.1f}" fill="{fill}" stroke="#2c4a7a" stroke-width="1" {dash}/>')
    lab, lv = mil1(v)
    yraw = f"R{y-2018}" + ("見込" if est else "")
    G.fact(P, None, None, y, yraw, 'total', 'outstanding', 'estimate' if est else 'actual', lv, 'yen', lab)
    svg.append(f'<text x="{x+bw/2}" y="{base-h-5:.1f}" font-size="11" text-anchor="middle">{lab}</text>')
    svg.append(f'<text x="{x+bw/2}" y="{base+15}" font-size="11" text-anchor="middle">{yraw}</text>')
svg.append("</svg>")
r4_txt, r4_v = oku_man(OUT_HIST[2022], 10)
dd_txt, dd_v = oku_man(OUT_HIST[2019] - OUT_HIST[2022], 10)
r5_txt, r5_v = oku_man(OUT_HIST[2023], 10)
# keep the prose consistent with the chart's one-decimal 百万円 labels
assert abs(r4_v - mil1(OUT_HIST[2022])[1]) <= 100000
para3 = (f"各年度決算における市税等の収入未済額は減少傾向にあり、令和４年度決算では約"
         f"{G.fact(P, None, None, PFY, '令和４年度決算', 'total', 'outstanding', 'actual', r4_v, 'yen', r4_txt, None, True)}と、"
         f"令和元年度と比べて約{G.fact(P, None, None, PFY, '令和４年度決算', 'total', 'difference', 'actual', -dd_v, 'yen', dd_txt, None, True)}縮減しました。"
         f"令和５年度決算では約{G.fact(P, None, None, FY, '令和５年度決算', 'total', 'outstanding', 'estimate', r5_v, 'yen', r5_txt, None, True)}となる見込みです。")

pages.append(f"""<div class="page">
<div class="date">令和６年３月１８日<br>佐伯市債権管理対策本部<br>（事務局：総務部税務課）</div>
<h1>令和５年度 市税等の収納状況及び収納対策の取組状況について</h1>
<div class="sub">（令和６年２月末現在）</div>
<h2>１　収納状況の概要</h2>
<p>{para1}</p>
<p>{para2}</p>
{panel}
<h2>２　収入未済額の推移</h2>
<div class="cap">図１　市税等の収入未済額の推移（各年度決算）</div>
<div class="unit" style="text-align:left">（単位：百万円）</div>
{''.join(svg)}
<p style="margin-top:2mm">{para3}</p>
<p class="note">※ 図１の対象は、市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料及び市営住宅使用料の６債権。令和５年度は決算見込額。</p>
<div class="foot">－ 1 －</div>
</div>""")

# ================================================================= page 2 (landscape)
P = 2


def diff_cell(debt, label, dif):
    return td(G.fact(P, debt, label, FY, '令和６年２月末', 'total', 'difference', 'interim', dif, 'points', signed(dif, 2), ASOF))


def row_cells2(label, debt, cur, prv):
    (ca, cc), (ra, rc) = cur
    ta, tcol = ca + ra, cc + rc
    (pca, pcc), (pra, prc) = prv
    prate = rate(pcc + prc, pca + pra)
    cells = []
    for seg, a, c in (("current", ca, cc), ("arrears", ra, rc), ("total", ta, tcol)):
        ka, kc = k(a), k(c)
        rr = rate(c, a)
        cells.append(td(G.fact(P, debt, label, FY, '令和６年２月末', seg, 'assessed', 'interim', ka * 1000, 'yen', comma(ka), ASOF)))
        cells.append(td(G.fact(P, debt, label, FY, '令和６年２月末', seg, 'collected', 'interim', kc * 1000, 'yen', comma(kc), ASOF)))
        cells.append(td(G.fact(P, debt, label, FY, '令和６年２月末', seg, 'collection_rate', 'interim', rr, 'percent', f"{rr:.2f}", ASOF)))
    trate = rate(tcol, ta)
    cells.append(td(G.fact(P, debt, label, PFY, '前年同月', 'total', 'collection_rate', 'interim', prate, 'percent', f"{prate:.2f}", PASOF)))
    cells.append(diff_cell(debt, label, r2(trate - prate)))
    return "".join(cells)


rows = []
for sect, keys, name in (("一般", GEN, "【一般会計】"), ("特別", SPE, "【特別会計】")):
    rows.append(f'<tr class="sec"><td colspan="13" style="text-align:left">{name}</td></tr>')
    for kk in keys:
        _, full, short, canon, _ = D[kk]
        rows.append(f'<tr class="r"><td style="white-space:nowrap">{short}</td>{row_cells2(short, canon, CUR[kk], PRV[kk])}</tr>')
    sc, sp = sums(CUR, keys), sums(PRV, keys)
    rows.append(f'<tr class="sum"><td style="text-align:center">小計</td>{row_cells2("小計", None, sc, sp)}</tr>')
rows.append(f'<tr class="sum"><td style="text-align:center">合計</td>{row_cells2("合計", None, TOT_CUR, TOT_PRV)}</tr>')

p_tot_col = k(sum(PRV[x][0][1] + PRV[x][1][1] for x in ALL))
p_tot_out = k(out_prv)
pages.append(f"""<div class="page land">
<h2>３　債権別の収納状況</h2>
<div class="cap">表１　債権別の収納状況（令和６年２月末現在）</div>
<div class="unit">（単位：千円、％、ポイント）</div>
<table class="zebra" style="width:100%; font-size:9.6pt; line-height:1.5">
<tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th><th>前年同月</th><th rowspan="2">差</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率※</th><th>収納率</th></tr>
{''.join(rows)}
</table>
<p class="note">（注１）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料</p>
<p class="note">（注２）収納率は収入済額を調定額で除したもの（小数点以下第３位を四捨五入）。差は、計の収納率から前年同月の収納率を差し引いたもの（△は減）。</p>
<p class="note">※ 前年同月（令和５年２月末）における合計の収入済額は{G.fact(P, None, '合計', PFY, '前年同月（令和５年２月末）', 'total', 'collected', 'interim', p_tot_col * 1000, 'yen', comma(p_tot_col) + '千円', PASOF)}、
収入未済額は{G.fact(P, None, '合計', PFY, '前年同月（令和５年２月末）', 'total', 'outstanding', 'interim', p_tot_out * 1000, 'yen', comma(p_tot_out) + '千円', PASOF)}であった。</p>
<div class="foot">－ 2 －</div>
</div>""")

# ================================================================= page 3: monthly table
P = 3
mrows = []
for kk in ("shizei", "kokuho", "kaigo", "kouki"):
    _, full, short, canon, _ = D[kk]
    cur_m, prv_m = MONTHLY[kk]
    r_cur, r_prv, r_dif = [], [], []
    for i in range(12):
        c, p = cur_m[i], prv_m[i]
        r_cur.append(td("－" if c is None else G.fact(P, canon, short, FY, '本年度', 'current', 'collection_rate', 'interim', c, 'percent', f"{c:.2f}", MON_DATES_CUR[i])))
        r_prv.append(td("－" if p is None else G.fact(P, canon, short, PFY, '前年度', 'current', 'collection_rate', 'interim', p, 'percent', f"{p:.2f}", MON_DATES_PRV[i])))
        if c is None or p is None:
            r_dif.append(td("－"))
        else:
            dv = r2(c - p)
            r_dif.append(td(G.fact(P, canon, short, FY, '本年度', 'current', 'difference', 'interim', dv, 'points', signed(dv, 2), MON_DATES_CUR[i])))
    mrows.append(f'<tr class="r"><td rowspan="3" style="text-align:center">{short}</td><td>本年度</td>{"".join(r_cur)}</tr>')
    mrows.append(f'<tr class="r"><td>前年度</td>{"".join(r_prv)}</tr>')
    mrows.append(f'<tr class="r sum2"><td>差</td>{"".join(r_dif)}</tr>')

s_c, s_p = MONTHLY["shizei"][0][10], MONTHLY["shizei"][1][10]
k_c, k_p = MONTHLY["kokuho"][0][10], MONTHLY["kokuho"][1][10]
kd_c, kd_p = MONTHLY["kokuho"][0][8], MONTHLY["kokuho"][1][8]
para_m = (f"市税の現年度分は、１０月末以降、前年度の同時期を上回って推移しており、２月末では前年同月を"
          f"{G.fact(P, '市税', '市税', FY, '２月末', 'current', 'difference', 'interim', r2(s_c - s_p), 'points', zen(f'{r2(s_c - s_p):.2f}ポイント'), ASOF)}上回っています。"
          f"国民健康保険税の現年度分は、１２月末に{G.fact(P, '国民健康保険料', '国民健康保険税', FY, '１２月末', 'current', 'collection_rate', 'interim', kd_c, 'percent', zen(f'{kd_c:.2f}%'), DEC)}"
          f"（前年同月{G.fact(P, '国民健康保険料', '国民健康保険税', PFY, '前年同月', 'current', 'collection_rate', 'interim', kd_p, 'percent', zen(f'{kd_p:.2f}%'), '2022-12-31')}）となり、"
          f"２月末では前年同月比{G.fact(P, '国民健康保険料', '国民健康保険税', FY, '２月末', 'current', 'difference', 'interim', r2(k_c - k_p), 'points', zen(f'{r2(k_c - k_p):.2f}ポイント'), ASOF)}の上昇となっています。"
          "介護保険料及び後期高齢者医療保険料は、年金からの特別徴収が偶数月に行われるため、偶数月末に収納率が大きく伸びる傾向にあります。")

pages.append(f"""<div class="page">
<h2>４　月別の収納状況</h2>
<div class="cap">表２　令和５年度 月別収納率の推移（現年度分・各月末累計、前年度との比較）</div>
<div class="unit">（単位：％、ポイント）</div>
<table class="zebra" style="width:100%; font-size:8.0pt; line-height:1.45">
<tr><th colspan="2">区分</th>{''.join(f'<th>{m}</th>' for m in MONTHS)}</tr>
{''.join(mrows)}
</table>
<p class="note">（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料。「－」は調定前又は集計前のもの。差は本年度から前年度を差し引いたもの（△は減）。</p>
<h3 style="margin-top:4mm">【状況】</h3>
<p>{para_m}</p>
<p>なお、３月末の数値は出納整理期間前の数値であり、決算時の収納率とは一致しません。</p>
<div class="foot">－ 3 －</div>
</div>""")

# ================================================================= page 4: districts / 円 table / households
P = 4
(ca, cc), _ = CUR["shizei"]
(pca, pcc), _ = PRV["shizei"]
KA, KC, PKA, PKC = k(ca), k(cc), k(pca), k(pcc)


def alloc(total, shares):
    vals = [int(round(total * s)) for s in shares]
    vals[0] += total - sum(vals)
    return vals


shares = [s for _, s, _, _ in DISTRICTS]
dA = alloc(KA, shares)
dPA = alloc(PKA, shares)
dC, dPC = [0] * len(DISTRICTS), [0] * len(DISTRICTS)
for i, (nm, s, rn, rp) in enumerate(DISTRICTS):
    if i == 0:
        continue
    dC[i] = int(round(dA[i] * rn / 100))
    dPC[i] = int(round(dPA[i] * rp / 100))
dC[0] = KC - sum(dC[1:])
dPC[0] = PKC - sum(dPC[1:])
drows = []
for i, (nm, *_r) in enumerate(DISTRICTS):
    rn, rp = rate(dC[i], dA[i]), rate(dPC[i], dPA[i])
    dv = r2(rn - rp)
    drows.append("<tr class='r'>" + td(nm, "") +
                 td(G.fact(P, '市税', '市税', FY, '令和６年２月末', 'current', 'assessed', 'interim', dA[i] * 1000, 'yen', comma(dA[i]), ASOF, area=nm)) +
                 td(G.fact(P, '市税', '市税', FY, '令和６年２月末', 'current', 'collected', 'interim', dC[i] * 1000, 'yen', comma(dC[i]), ASOF, area=nm)) +
                 td(G.fact(P, '市税', '市税', FY, '本年度', 'current', 'collection_rate', 'interim', rn, 'percent', f"{rn:.2f}", ASOF, area=nm)) +
                 td(G.fact(P, '市税', '市税', PFY, '前年度', 'current', 'collection_rate', 'interim', rp, 'percent', f"{rp:.2f}", PASOF, area=nm)) +
                 td(G.fact(P, '市税', '市税', FY, '令和６年２月末', 'current', 'difference', 'interim', dv, 'points', signed(dv, 2), ASOF, area=nm)) + "</tr>")
rn, rp = rate(KC, KA), rate(PKC, PKA)
dv = r2(rn - rp)
drows.append("<tr class='sum'>" + td("計", "") +
             td(G.fact(P, '市税', '市税', FY, '令和６年２月末', 'current', 'assessed', 'interim', KA * 1000, 'yen', comma(KA), ASOF)) +
             td(G.fact(P, '市税', '市税', FY, '令和６年２月末', 'current', 'collected', 'interim', KC * 1000, 'yen', comma(KC), ASOF)) +
             td(G.fact(P, '市税', '市税', FY, '本年度', 'current', 'collection_rate', 'interim', rn, 'percent', f"{rn:.2f}", ASOF)) +
             td(G.fact(P, '市税', '市税', PFY, '前年度', 'current', 'collection_rate', 'interim', rp, 'percent', f"{rp:.2f}", PASOF)) +
             td(G.fact(P, '市税', '市税', FY, '令和６年２月末', 'current', 'difference', 'interim', dv, 'points', signed(dv, 2), ASOF)) + "</tr>")

(ja, jc), (jra, jrc) = CUR["jutaku"]
jrows = []
for seg, lab, a, c, pers in (("current", "現年度分", ja, jc, JUTAKU_PERSONS[0]), ("arrears", "滞納繰越分", jra, jrc, JUTAKU_PERSONS[1]),
                             ("total", "計", ja + jra, jc + jrc, JUTAKU_PERSONS[2])):
    rr = rate(c, a)
    jrows.append(f"<tr class='{'sum' if seg == 'total' else 'r'}'>" + td(lab, "") +
                 td(G.fact(P, '住宅使用料', '市営住宅使用料', FY, '令和６年２月末', seg, 'assessed', 'interim', a, 'yen', comma(a), ASOF)) +
                 td(G.fact(P, '住宅使用料', '市営住宅使用料', FY, '令和６年２月末', seg, 'collected', 'interim', c, 'yen', comma(c), ASOF)) +
                 td(G.fact(P, '住宅使用料', '市営住宅使用料', FY, '令和６年２月末', seg, 'outstanding', 'interim', a - c, 'yen', comma(a - c), ASOF)) +
                 td(G.fact(P, '住宅使用料', '市営住宅使用料', FY, '令和６年２月末', seg, 'collection_rate', 'interim', rr, 'percent', f"{rr:.2f}", ASOF)) +
                 td(G.fact(P, '住宅使用料', '市営住宅使用料', FY, '令和６年２月末', seg, 'delinquents', 'interim', pers, 'persons', comma(pers), ASOF)) + "</tr>")

hh_now, hh_prv = KOKUHO_HH
hh_d = hh_now - hh_prv
hrows = ("<tr class='r'>" + td("滞納世帯数（世帯）", "") +
         td(G.fact(P, '国民健康保険料', '国民健康保険税', FY, '今期', 'total', 'delinquents', 'interim', hh_now, 'households', comma(hh_now), ASOF)) +
         td(G.fact(P, '国民健康保険料', '国民健康保険税', PFY, '前年同期', 'total', 'delinquents', 'interim', hh_prv, 'households', comma(hh_prv), PASOF)) +
         td(G.fact(P, '国民健康保険料', '国民健康保険税', FY, '今期', 'total', 'difference', 'interim', hh_d, 'households', signed(hh_d, None, '▲'), ASOF)) + "</tr>"
         "<tr class='r'>" + td("差押件数（件）", "") + td(comma(KOKUHO_SEIZE[0])) + td(comma(KOKUHO_SEIZE[1])) +
         td(signed(KOKUHO_SEIZE[0] - KOKUHO_SEIZE[1], None, '▲')) + "</tr>"
         "<tr class='r'>" + td("差押金額（千円）", "") + td(comma(KOKUHO_SEIZE_AMT[0])) + td(comma(KOKUHO_SEIZE_AMT[1])) +
         td(signed(KOKUHO_SEIZE_AMT[0] - KOKUHO_SEIZE_AMT[1], None, '▲')) + "</tr>")

pages.append(f"""<div class="page">
<h2>５　地区別・債権別の状況</h2>
<div class="cap">表３　振興局等別 市税（現年度分）の収納状況（令和６年２月末現在）</div>
<table class="zebra" style="width:100%; font-size:9.4pt; line-height:1.45">
<tr><th rowspan="2">地区</th><th rowspan="2">調定額（千円）</th><th rowspan="2">収入済額（千円）</th><th colspan="2">収納率（％）</th><th rowspan="2">増減（ポイント）</th></tr>
<tr><th>本年度</th><th>前年度</th></tr>
{''.join(drows)}
</table>
<p class="note">（注）本庁は、本庁管内（旧佐伯市の区域）に住所を有する納税義務者に係るもの。</p>
<div class="cap" style="margin-top:4mm">表４　市営住宅使用料の収納状況（令和６年２月末現在）</div>
<table class="zebra" style="width:100%; font-size:9.4pt; line-height:1.45">
<tr><th>区分</th><th>調定額（円）</th><th>収入済額（円）</th><th>収入未済額（円）</th><th>収納率（％）</th><th>滞納者数（人）</th></tr>
{''.join(jrows)}
</table>
<p class="note">※ 滞納者数の計は、現年度分と滞納繰越分の重複を除いた実人数。</p>
<div class="cap" style="margin-top:4mm">表５　国民健康保険税の滞納世帯数及び滞納処分の状況（２月末現在）</div>
<table class="zebra" style="width:75%; font-size:8.8pt">
<tr><th>区分</th><th>今期（令和５年度）</th><th>前年同期</th><th>増減</th></tr>
{hrows}
</table>
<p class="note">（注）増減の▲は減少を示す。差押件数には、交付要求及び参加差押を含まない。</p>
<div class="foot">－ 4 －</div>
</div>""")

# ================================================================= pages 5-7: one sheet per debt
SEC = "年度後半の主な取組"
ITEMS = {
    "shizei": [("①", "年末及び年度末の滞納整理強化期間（１２月・３月）に、管理職を含む全職員で夜間・休日の電話催告及び臨戸訪問を実施する。", "継続"),
               ("②", "電子預貯金照会サービスを活用し、財産調査から差押えまでの期間を短縮する。", "拡充"),
               ("③", "現年度分の初期滞納者に対し、督促状の発送後１か月以内にＳＭＳによる納付勧奨を行う。", "新規"),
               ("④", "納付資力がないと判断した事案は、滞納処分の執行停止を適正に行い、滞納繰越額の圧縮を図る。", "継続")],
    "kokuho": [("(1)", "資格喪失届の未提出世帯に対し、勤務先等の調査結果に基づき、職権による資格喪失処理を進める。", "継続"),
               ("(2)", "納付相談の際に分納誓約の内容を見直すとともに、誓約の履行状況を毎月確認し、不履行者には速やかに催告する。", "継続"),
               ("(3)", "滞納繰越分のうち５０万円以上の高額案件を税務課へ引き継ぎ、市税と一体的に滞納処分を行う。", "拡充")],
    "kaigo": [("ア", "普通徴収の初期滞納者に対し、年金からの特別徴収に切り替わるまでの間、口座振替の利用を勧奨する。", "継続"),
              ("イ", "１年以上の滞納がある被保険者へ給付制限の内容を説明する文書を送付し、納付相談につなげる。", "継続"),
              ("ウ", "時効が迫る案件は、債務承認の取得又は差押えにより時効の更新を図る。", "新規")],
    "kouki": [("ア", "７５歳到達による資格取得者へ、口座振替依頼書を同封した案内を送付する。", "継続"),
              ("イ", "大分県後期高齢者医療広域連合と連携し、高額滞納者の財産調査を計画的に実施する。", "拡充")],
    "hoiku": [("・", "保育料の滞納がある世帯に対し、児童手当からの申出による徴収を案内する。", "継続"),
              ("・", "退園後の滞納者に対して、電話及び文書による催告を年３回実施する。", "継続"),
              ("・", "財産調査の結果に基づき、預貯金の差押えを実施する。", "新規")],
    "jutaku": [("(1)", "３か月以上の滞納者については連帯保証人へも催告を行い、納付指導を強化する。", "継続"),
               ("(2)", "退去した滞納者の債権回収を弁護士法人へ委託し、支払督促等の法的措置を進める。", "拡充"),
               ("(3)", "明渡請求訴訟の対象者を選定し、訴えの提起に向けた手続を進める。", "新規")],
}
DEPT = {"shizei": "税務課", "kokuho": "保険年金課", "kaigo": "高齢者福祉課", "kouki": "保険年金課", "hoiku": "こども福祉課", "jutaku": "建築住宅課"}


def sheet_table(kk, style):
    _, full, short, canon, _ = D[kk]
    (ca, cc), (ra, rc) = CUR[kk]
    (pca, pcc), (pra, prc) = PRV[kk]
    rows = []
    for seg, lab, a, c, pa, pc_, ye in (("current", "現年度分", ca, cc, pca, pcc, YE[kk][0]), ("arrears", "滞納繰越分", ra, rc, pra, prc, YE[kk][1])):
        rn, rp = rate(c, a), rate(pc_, pa)
        act, est, tgt = ye
        if style == "stack":
            c1 = (f"<td class='n'>{G.fact(P, canon, full, FY, '令和６年２月末', seg, 'collected', 'interim', k(c) * 1000, 'yen', comma(k(c)) + '千円', ASOF)}<br>"
                  f"{G.fact(P, canon, full, FY, '令和６年２月末', seg, 'collection_rate', 'interim', rn, 'percent', f'{rn:.2f}%', ASOF)}</td>")
            c2 = td(G.fact(P, canon, full, PFY, '前年同月', seg, 'collection_rate', 'interim', rp, 'percent', f"{rp:.2f}%", PASOF))
        else:  # bracket: 86.08（85.86）
            c1 = td(G.fact(P, canon, full, FY, '令和６年２月末', seg, 'collected', 'interim', k(c) * 1000, 'yen', comma(k(c)), ASOF))
            c2 = td(G.fact(P, canon, full, FY, '令和６年２月末', seg, 'collection_rate', 'interim', rn, 'percent', f"{rn:.2f}", ASOF) + "（" +
                    G.fact(P, canon, full, PFY, '前年同月', seg, 'collection_rate', 'interim', rp, 'percent', f"{rp:.2f}", PASOF) + "）")
        pcts = "%" if style == "stack" else ""
        rows.append("<tr>" + td(lab, "") + c1 + c2 +
                    td(G.fact(P, canon, full, FY, '令和５年度', seg, 'collection_rate', 'estimate', est, 'percent', f"{est:.2f}{pcts}")) +
                    td(G.fact(P, canon, full, FY, '令和５年度', seg, 'collection_rate', 'target', tgt, 'percent', f"{tgt:.2f}{pcts}")) +
                    td(G.fact(P, canon, full, PFY, 'R4決算', seg, 'collection_rate', 'actual', act, 'percent', f"{act:.2f}{pcts}")) + "</tr>")
    if style == "stack":
        head = ("<tr><th rowspan='2'>区分</th><th colspan='2'>令和６年２月末の状況</th><th colspan='3'>令和５年度末の見込み</th></tr>"
                "<tr><th>収入済額<br>収納率</th><th>前年同月<br>収納率</th><th>決算見込</th><th>目標</th><th>前年度決算<br>（R4）</th></tr>")
    else:
        head = ("<tr><th rowspan='2'>区分</th><th colspan='2'>令和６年２月末の状況</th><th colspan='3'>令和５年度末の見込み（収納率、％）</th></tr>"
                "<tr><th>収入済額（千円）</th><th>収納率（前年同月）（％）</th><th>決算見込</th><th>目標</th><th>R4決算</th></tr>")
    return f"<table style='width:100%; font-size:8.6pt; margin:1mm 0'>{head}{''.join(rows)}</table>"


def items_html(kk, page, mode):
    _, full, short, canon, _ = D[kk]
    out = []
    for lab, text, st in ITEMS[kk]:
        G.init(page, canon, full, FY, SEC, None if lab == "・" else lab, text, st)
        tag = f"【{st}】"
        if mode == "alone" and lab == "(3)":
            out.append(f"<li>{lab}　{text}<br>{tag}</li>")
        else:
            out.append(f"<li>{lab}　{text}{tag}</li>")
    return "<ul class='items'>" + "".join(out) + "</ul>"


def dec_block(kk):
    if kk not in DEC_RATES:
        return ""
    _, full, short, canon, _ = D[kk]
    c, a = DEC_RATES[kk]
    return (f"<div class='brk'>【収納率】令和５年１２月末時点</div>"
            f"<div class='bul'>・現年分　{G.fact(P, canon, full, FY, '令和５年１２月末', 'current', 'collection_rate', 'interim', c, 'percent', f'{c:.2f}%', DEC)}</div>"
            f"<div class='bul'>・滞納繰越分　{G.fact(P, canon, full, FY, '令和５年１２月末', 'arrears', 'collection_rate', 'interim', a, 'percent', f'{a:.2f}%', DEC)}</div>")


def sheet(kk, hdr, style, mode):
    _, full, short, canon, _ = D[kk]
    if hdr == "cell":
        top = (f"<table style='width:100%; font-size:9.5pt'><tr><td style='background:#d9e2ef'>債権名　{full}</td>"
               f"<td style='background:#d9e2ef'>所管課　{DEPT[kk]}</td></tr></table>")
    else:
        top = (f"<table style='width:100%; font-size:9.5pt'><tr><th style='width:16%'>債権名</th><td>{full}</td>"
               f"<th style='width:16%'>所管課</th><td>{DEPT[kk]}</td></tr></table>")
    tbl = sheet_table(kk, style)
    dec = dec_block(kk)
    if mode == "box":
        body = f"<div class='brk'>●{SEC}</div><div class='box'>{items_html(kk, P, mode)}</div>"
    elif mode == "vert":
        body = (f"<table style='width:100%; margin-top:1.5mm'><tr><td class='vert'>後半の取組</td>"
                f"<td style='border:0.7px solid #333; font-family:IPAexMincho'><div class='brk'>{SEC}</div>{items_html(kk, P, mode)}</td></tr></table>")
    else:
        body = f"<div class='brk'>●{SEC}</div>{items_html(kk, P, mode)}"
    return f"<div class='sheet'>{top}{tbl}{dec}{body}</div>"


PAGE_SHEETS = [(5, [("shizei", "cell", "stack", "plain"), ("kokuho", "strip", "bracket", "vert")]),
               (6, [("kaigo", "cell", "stack", "plain"), ("kouki", "strip", "bracket", "plain")]),
               (7, [("hoiku", "strip", "stack", "box"), ("jutaku", "cell", "bracket", "alone")])]
for pno, lst in PAGE_SHEETS:
    P = pno
    parts = []
    for kk, hdr, style, mode in lst:
        parts.append(f"<h3>６　債権ごとの取組状況（{D[kk][1]}）</h3>")
        parts.append(sheet(kk, hdr, style, mode))
    pages.append(f"<div class='page'>{''.join(parts)}<div class='foot'>－ {pno} －</div></div>")

# ================================================================= page 8: two columns
P = 8
(ca, cc), (ra, rc) = CUR["shizei"]
(pca, pcc), _ = PRV["shizei"]
s_now, s_prv = rate(cc, ca), rate(pcc, pca)
s_est, s_tgt = YE["shizei"][0][1], YE["shizei"][0][2]
(kca, kcc), (kra, krc) = CUR["kokuho"]
(_, _), (kpra, kprc) = PRV["kokuho"]
k_out_txt, k_out_v = oku_man(kra - krc, 10)
k_dif_txt, k_dif_v = oku_man((kpra - kprc) - (kra - krc), 10)
kg_c, kg_p = rate(CUR["kaigo"][0][1], CUR["kaigo"][0][0]), rate(PRV["kaigo"][0][1], PRV["kaigo"][0][0])
ko_c, ko_p = rate(CUR["kouki"][0][1], CUR["kouki"][0][0]), rate(PRV["kouki"][0][1], PRV["kouki"][0][0])
j_a, j_p = rate(CUR["jutaku"][1][1], CUR["jutaku"][1][0]), rate(PRV["jutaku"][1][1], PRV["jutaku"][1][0])
h_a = rate(CUR["hoiku"][1][1], CUR["hoiku"][1][0])
h_est = YE["hoiku"][1][1]
col1 = (
    "<h3>（１）市税</h3>"
    f"<p>現年度分の２月末の収納率は{G.fact(P, '市税', '市税', FY, '２月末', 'current', 'collection_rate', 'interim', s_now, 'percent', f'{s_now:.2f}％', ASOF)}で、"
    f"前年同月を{G.fact(P, '市税', '市税', FY, '２月末', 'current', 'difference', 'interim', r2(s_now - s_prv), 'points', f'{r2(s_now - s_prv):.2f}ポイント', ASOF)}上回っています。"
    f"決算見込収納率は{G.fact(P, '市税', '市税', FY, '令和５年度', 'current', 'collection_rate', 'estimate', s_est, 'percent', f'{s_est:.2f}％')}を見込んでおり、"
    f"目標の{G.fact(P, '市税', '市税', FY, '令和５年度', 'current', 'collection_rate', 'target', s_tgt, 'percent', f'{s_tgt:.2f}％')}には"
    f"{G.fact(P, '市税', '市税', FY, '令和５年度', 'current', 'difference', 'estimate', r2(s_est - s_tgt), 'points', f'{abs(r2(s_est - s_tgt)):.2f}ポイント')}届かない見込みです。"
    "３月の滞納整理強化期間及び出納整理期間において、現年度分の未納者への催告と滞納処分を集中的に行い、目標の達成を目指します。</p>"
    "<h3>（２）国民健康保険税</h3>"
    f"<p>滞納繰越分の収入未済額は、２月末現在で約{G.fact(P, '国民健康保険料', '国民健康保険税', FY, '２月末', 'arrears', 'outstanding', 'interim', k_out_v, 'yen', k_out_txt, ASOF, True)}となり、"
    f"前年同月と比べ約{G.fact(P, '国民健康保険料', '国民健康保険税', FY, '２月末', 'arrears', 'difference', 'interim', -k_dif_v, 'yen', k_dif_txt, ASOF, True)}減少しました。"
    "高額案件の税務課への引継ぎを拡充するとともに、資格の適正化を進め、不要な賦課の発生を防止します。</p>"
)
col2 = (
    "<h3>（３）介護保険料・後期高齢者医療保険料</h3>"
    f"<p>特別徴収の割合が高く、現年度分の２月末の収納率は介護保険料{G.fact(P, '介護保険料', '介護保険料', FY, '２月末', 'current', 'collection_rate', 'interim', kg_c, 'percent', f'{kg_c:.2f}％', ASOF)}、"
    f"後期高齢者医療保険料{G.fact(P, '後期高齢者医療保険料', '後期高齢者医療保険料', FY, '２月末', 'current', 'collection_rate', 'interim', ko_c, 'percent', f'{ko_c:.2f}％', ASOF)}で、"
    f"前年同月をそれぞれ{G.fact(P, '介護保険料', '介護保険料', FY, '２月末', 'current', 'difference', 'interim', r2(kg_c - kg_p), 'points', f'{r2(kg_c - kg_p):.2f}ポイント', ASOF)}、"
    f"{G.fact(P, '後期高齢者医療保険料', '後期高齢者医療保険料', FY, '２月末', 'current', 'difference', 'interim', r2(ko_c - ko_p), 'points', f'{r2(ko_c - ko_p):.2f}ポイント', ASOF)}上回っています。"
    "普通徴収の初期滞納者への早期の接触を引き続き徹底します。</p>"
    "<h3>（４）保育所保育料・市営住宅使用料</h3>"
    f"<p>市営住宅使用料の滞納繰越分の収納率は{G.fact(P, '住宅使用料', '市営住宅使用料', FY, '２月末', 'arrears', 'collection_rate', 'interim', j_a, 'percent', f'{j_a:.2f}％', ASOF)}にとどまり、"
    f"前年同月から{G.fact(P, '住宅使用料', '市営住宅使用料', FY, '２月末', 'arrears', 'difference', 'interim', r2(j_a - j_p), 'points', f'{abs(r2(j_a - j_p)):.2f}ポイント', ASOF)}低下しています。"
    f"保育所保育料の滞納繰越分も{G.fact(P, '保育所保育料', '保育所保育料', FY, '２月末', 'arrears', 'collection_rate', 'interim', h_a, 'percent', f'{h_a:.2f}％', ASOF)}と伸び悩んでおり、"
    f"決算見込は{G.fact(P, '保育所保育料', '保育所保育料', FY, '令和５年度', 'arrears', 'collection_rate', 'estimate', h_est, 'percent', f'{h_est:.2f}％')}です。"
    "いずれも私債権又は非強制徴収の性質を踏まえ、法的措置の活用と納付相談の充実を図ります。</p>"
    "<h3>（５）全体</h3>"
    "<p>令和６年度は、債権管理条例に基づく債権放棄の基準を整理するとともに、滞納者情報の共有範囲を拡大し、庁内の連携による滞納整理を進めます。</p>"
)
pages.append(f"""<div class="page">
<h2>７　今後の取組方針</h2>
<div class="cols">{col1}{col2}</div>
<div class="foot">－ 8 －</div>
</div>""")

# ---------------------------------------------------------------- render
html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = SET / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", str(hp)], check=True, capture_output=True)
gp, n = G.write(pdf)
errs = check_pdf(pdf, gp)
print(f"{STEM}: {n} pages, {len(G.facts)} facts, {len(G.initiatives)} initiatives, {len(errs)} check errors")
for e in errs[:30]:
    print("  ", e)
