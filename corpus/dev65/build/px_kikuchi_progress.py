"""px_kikuchi_progress_1: 菊池市 令和５年度 債権管理の取組状況（中間報告）, 令和６年２月末現在.

Tool chain: HTML/CSS -> chromium --headless --print-to-pdf. Run from corpus/dev65.
"""
from __future__ import annotations

import calendar
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from px_common import (SET, Recorder, check, comma, fnum, rate, rnd, write_gold, zen)  # noqa: E402

STEM = "px_kikuchi_progress_1"
CITY = "菊池市"
TITLE = "令和５年度 債権管理の取組状況（中間報告）"
FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
R = Recorder(CITY)

# (canonical, abbreviation in the landscape table, figures in 千円:
#  previous year Feb-end (cur assessed, cur collected, arr assessed, arr collected), this year Feb-end)
DEBTS = [
    ("市税", "市税", (7301225, 6782114, 298771, 70455), (7412356, 6902387, 312448, 76548)),
    ("国民健康保険税", "国保税", (1402338, 1080912, 402115, 63221), (1376904, 1069442, 388760, 66871)),
    ("介護保険料", "介護料", (1012447, 934112, 38220, 6118), (1030215, 952841, 36904, 6547)),
    ("後期高齢者医療保険料", "後期高齢", (512330, 481004, 6412, 2115), (538912, 506773, 6105, 2304)),
    ("保育料", "保育料", (96412, 86004, 14203, 2216), (92118, 82901, 13554, 2480)),
    ("市営住宅使用料", "住宅使用料", (156340, 139882, 42117, 4012), (158215, 142006, 40902, 4455)),
]


def seg_figs(t):
    ca, cc, aa, ac = t
    return {"current": (ca, cc), "arrears": (aa, ac), "total": (ca + aa, cc + ac)}


TOT_P = tuple(sum(d[2][i] for d in DEBTS) for i in range(4))
TOT_T = tuple(sum(d[3][i] for d in DEBTS) for i in range(4))

CSS = """
@page { size: A4; margin: 14mm 15mm 14mm 15mm; }
@page land { size: A4 landscape; margin: 12mm 12mm 12mm 12mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 9.5pt; color: #111; margin: 0; }
.page { page-break-after: always; position: relative; }
.page:last-child { page-break-after: auto; }
.land { page: land; }
.rh { font-size: 8pt; color: #555; border-bottom: 0.6pt solid #888; padding-bottom: 2px; margin-bottom: 8px; text-align: right; }
.rf { text-align: center; font-size: 8.5pt; margin-top: 10px; }
h1 { font-size: 20pt; text-align: center; margin: 0; }
h2 { font-size: 12pt; border-left: 5pt solid #2d5f8b; padding-left: 6px; margin: 12px 0 6px; }
h3 { font-size: 10.5pt; margin: 10px 0 4px; }
table { border-collapse: collapse; }
td, th { border: 0.6pt solid #444; padding: 1.5px 4px; }
th { background: #dde6ef; font-weight: normal; }
td.n { text-align: right; }
.cap { font-size: 9.5pt; font-weight: bold; margin: 8px 0 2px; }
.unit { font-size: 8pt; text-align: right; }
.note { font-size: 8pt; margin: 2px 0; }
.zebra tr:nth-child(even) td { background: #f1f4f7; }
.panel { display: inline-block; width: 30%; border: 1pt solid #2d5f8b; margin: 4px 1%; padding: 6px; vertical-align: top; box-sizing: border-box; }
.panel .l { font-size: 8.5pt; color: #2d5f8b; }
.panel .v { font-size: 17pt; font-weight: bold; }
.two { column-count: 2; column-gap: 8mm; text-align: justify; }
.two p { margin: 0 0 5px; text-indent: 1em; }
.box { border: 0.8pt solid #333; padding: 5px 8px; margin: 6px 0; }
.toc td { border: none; padding: 2px 6px; }
"""


def last_day(y, m):
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def page_head():
    return f'<div class="rh">{TITLE}</div>'


def page_foot(n):
    return f'<div class="rf">- {n} -</div>'


# ------------------------------------------------------------------ page 1: cover
def p1():
    R.page = 1
    return """<div class="page" style="height:260mm">
<div style="height:70mm"></div>
<h1>令和５年度</h1>
<h1 style="margin-top:8px">債権管理の取組状況（中間報告）</h1>
<p style="text-align:center;font-size:13pt;margin-top:18px">― 令和６年２月末現在 ―</p>
<div style="height:95mm"></div>
<p style="text-align:center;font-size:13pt">令和６年３月</p>
<p style="text-align:center;font-size:15pt">菊 池 市</p>
<p style="text-align:center;font-size:10pt">総務部 収税課（債権管理対策本部事務局）</p>
</div>"""


# ------------------------------------------------------------------ page 2: 目次 + 概要
def p2():
    R.page = 2
    ca_t, cc_t = TOT_T[0], TOT_T[1]
    ca_p, cc_p = TOT_P[0], TOT_P[1]
    r_t, r_p = rate(cc_t, ca_t, 2), rate(cc_p, ca_p, 2)
    d = rnd(r_t - r_p, 2)
    panel1 = (f'<div class="panel"><div class="l">収納率（主要６債権・現年度分）<br>令和６年２月末</div>'
              f'<div class="v">{R.f(f"{r_t:.2f}％", debt=None, debt_raw="主要６債権", fy=FY, fy_raw="令和６年２月末", seg="current", metric="collection_rate", basis="interim", as_of=ASOF, value=r_t, unit="percent")}</div>'
              f'<div>前年同月比{R.f(fnum(d, 2, "▲", "＋") + "ポイント", debt=None, debt_raw="主要６債権", fy=FY, fy_raw="令和６年２月末", seg="current", metric="difference", basis="interim", as_of=ASOF, value=d, unit="points")}</div></div>')
    out_est = sum(EST[c]["out"] for c in EST)  # 千円
    oku = rnd(out_est / 100000, 1)
    panel2 = (f'<div class="panel"><div class="l">収入未済額（主要６債権）<br>令和５年度決算見込</div>'
              f'<div class="v">{R.f(f"{oku:.1f}億円", debt=None, debt_raw="主要６債権", fy=FY, fy_raw="令和５年度決算見込", seg="total", metric="outstanding", basis="estimate", value=int(round(oku * 1e8)), unit="yen")}</div>'
              f'<div>前年度決算 {R.f(f"{rnd(OUT_R4_TOTAL / 100000, 1):.1f}億円", debt=None, debt_raw="主要６債権", fy=PFY, fy_raw="前年度決算", seg="total", metric="outstanding", basis="actual", value=int(round(rnd(OUT_R4_TOTAL / 100000, 1) * 1e8)), unit="yen")}</div></div>')
    panel3 = (f'<div class="panel"><div class="l">滞納者数（市税・実人数）<br>令和６年２月末</div>'
              f'<div class="v">{R.f(zen("2,134") + "人", debt="市税", fy=FY, fy_raw="令和６年２月末", seg="total", metric="delinquents", basis="interim", as_of=ASOF, value=2134, unit="persons")}</div>'
              f'<div>前年同月 {R.f("2,246人", debt="市税", fy=PFY, fy_raw="前年同月", seg="total", metric="delinquents", basis="interim", as_of=PASOF, value=2246, unit="persons")}（{R.f("▲112人", debt="市税", fy=FY, fy_raw="前年同月", seg="total", metric="difference", basis="interim", as_of=ASOF, value=-112, unit="persons")}）</div></div>')
    # two-column prose
    st = DEBTS[0]
    s_t, s_p = seg_figs(st[3]), seg_figs(st[2])
    rc_t, rc_p = rate(s_t["current"][1], s_t["current"][0]), rate(s_p["current"][1], s_p["current"][0])
    ra_t, ra_p = rate(s_t["arrears"][1], s_t["arrears"][0]), rate(s_p["arrears"][1], s_p["arrears"][0])
    coll_man = rnd(s_t["current"][1] / 100000, 1)  # 億円 one decimal
    k = DEBTS[1]
    k_t, k_p = seg_figs(k[3]), seg_figs(k[2])
    kc_t, kc_p = rate(k_t["current"][1], k_t["current"][0]), rate(k_p["current"][1], k_p["current"][0])
    ka_t = rate(k_t["arrears"][1], k_t["arrears"][0])
    kmis = k_t["arrears"][0] - k_t["arrears"][1]
    kmis_man = int(round(kmis / 100)) * 10  # 千円 -> 万円, rounded to 10万円
    para = f"""
<p>本市では、令和５年度を「収納率向上と収入未済額の縮減に向けた体制強化の年」と位置付け、債権管理対策本部のもと全庁的に取組を進めている。本報告は、主要６債権の令和６年２月末時点の収納状況と、年度末に向けた取組の進捗を取りまとめたものである。</p>
<p>市税の現年課税分の収納率は{R.f(f"{rc_t:.1f}％", debt="市税", fy=FY, fy_raw="令和６年２月末", seg="current", metric="collection_rate", basis="interim", as_of=ASOF, value=rc_t, unit="percent")}で、前年同月の{R.f(f"{rc_p:.1f}％", debt="市税", fy=PFY, fy_raw="前年同月", seg="current", metric="collection_rate", basis="interim", as_of=PASOF, value=rc_p, unit="percent")}と比べ{R.f(f"{abs(rnd(rc_t - rc_p, 1)):.1f}ポイント", debt="市税", fy=FY, fy_raw="令和６年２月末", seg="current", metric="difference", basis="interim", as_of=ASOF, value=rnd(rc_t - rc_p, 1), unit="points")}上昇した。収入済額は約{R.f(f"{coll_man:.1f}億円", debt="市税", fy=FY, fy_raw="令和６年２月末", seg="current", metric="collected", basis="interim", as_of=ASOF, value=int(round(coll_man * 1e8)), unit="yen", approx=True)}となっている。</p>
<p>滞納繰越分は、高額事案の分納が進んだことにより収納率が{R.f(f"{ra_t:.1f}％", debt="市税", fy=FY, fy_raw="令和６年２月末", seg="arrears", metric="collection_rate", basis="interim", as_of=ASOF, value=ra_t, unit="percent")}（前年同月{R.f(f"{ra_p:.1f}％", debt="市税", fy=PFY, fy_raw="前年同月", seg="arrears", metric="collection_rate", basis="interim", as_of=PASOF, value=ra_p, unit="percent")}）となった。</p>
<p>国民健康保険税は、被保険者数の減少により調定額が前年同月を下回る中、現年課税分の収納率は{R.f(f"{kc_t:.1f}％", debt="国民健康保険税", fy=FY, fy_raw="令和６年２月末", seg="current", metric="collection_rate", basis="interim", as_of=ASOF, value=kc_t, unit="percent")}で、前年同月比{R.f(f"{rnd(kc_t - kc_p, 1):.1f}ポイント", debt="国民健康保険税", fy=FY, fy_raw="令和６年２月末", seg="current", metric="difference", basis="interim", as_of=ASOF, value=rnd(kc_t - kc_p, 1), unit="points")}の改善となった。</p>
<p>一方、国民健康保険税の滞納繰越分の収納率は{R.f(f"{ka_t:.1f}％", debt="国民健康保険税", fy=FY, fy_raw="令和６年２月末", seg="arrears", metric="collection_rate", basis="interim", as_of=ASOF, value=ka_t, unit="percent")}にとどまり、２月末時点の収入未済額は約{R.f(f"{kmis_man // 10000}億{kmis_man % 10000:,}万円", debt="国民健康保険税", fy=FY, fy_raw="２月末時点", seg="arrears", metric="outstanding", basis="interim", as_of=ASOF, value=kmis_man * 10000, unit="yen", approx=True)}と依然として多額である。</p>
<p>３月は出納整理期間を含めた最終の催告期間となるため、各債権所管課において電話・訪問催告を集中して実施し、目標収納率の達成を目指す。</p>"""
    return f"""<div class="page">{page_head()}
<h3 style="font-size:12pt;text-align:center">目　次</h3>
<table class="toc" style="margin:0 auto 6px;width:70%">
<tr><td>１　概要</td><td style="text-align:right">………………　２</td></tr>
<tr><td>２　主要債権の収納状況（前年同期比較）</td><td style="text-align:right">………………　３</td></tr>
<tr><td>３　市税（現年課税分）の月別収納状況</td><td style="text-align:right">………………　４</td></tr>
<tr><td>４　国民健康保険税の支所別収納状況</td><td style="text-align:right">………………　５</td></tr>
<tr><td>５　令和５年度決算見込</td><td style="text-align:right">………………　５</td></tr>
<tr><td>６　債権ごとの取組状況</td><td style="text-align:right">………………　６</td></tr>
</table>
<h2>１　概要</h2>
<div>{panel1}{panel2}{panel3}</div>
<div class="two" style="margin-top:8px">{para}</div>
{page_foot(2)}</div>"""


# ------------------------------------------------------------------ page 3: landscape table
def p3():
    R.page = 3
    rows = []
    segn = [("current", "現年"), ("arrears", "滞繰"), ("total", "計")]
    allrows = [(c, ab, p, t) for c, ab, p, t in DEBTS] + [(None, "主要債権計", TOT_P, TOT_T)]
    for canon, ab, pv, tv in allrows:
        sp, stt = seg_figs(pv), seg_figs(tv)
        for i, (seg, sl) in enumerate(segn):
            cells = []
            rr = {}
            for per, figs, fy, fyr, asof in (("p", sp, PFY, "前年同期", PASOF), ("t", stt, FY, "今期", ASOF)):
                a, c = figs[seg]
                r = rate(c, a)
                rr[per] = r
                cells.append(R.f(comma(a), debt=canon, debt_raw=ab, fy=fy, fy_raw=fyr, seg=seg, metric="assessed", basis="interim", as_of=asof, value=a * 1000, unit="yen"))
                cells.append(R.f(comma(c), debt=canon, debt_raw=ab, fy=fy, fy_raw=fyr, seg=seg, metric="collected", basis="interim", as_of=asof, value=c * 1000, unit="yen"))
                cells.append(R.f(f"{r:.1f}", debt=canon, debt_raw=ab, fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate", basis="interim", as_of=asof, value=r, unit="percent"))
            d = rnd(rr["t"] - rr["p"], 1)
            cells.append(R.f(fnum(d, 1, "▲"), debt=canon, debt_raw=ab, fy=FY, fy_raw="今期", seg=seg, metric="difference", basis="interim", as_of=ASOF, value=d, unit="points"))
            bold = ' style="font-weight:bold"' if seg == "total" else ""
            lab = f'<td rowspan="3" style="text-align:center;{"background:#eef2e6;" if canon is None else ""}">{ab}</td>' if i == 0 else ""
            rows.append(f"<tr{bold}>{lab}<td style='text-align:center'>{sl}</td>" + "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>")
    return f"""<div class="page land">{page_head()}
<h2>２　主要債権の収納状況（令和６年２月末現在・前年同期比較）</h2>
<div class="cap">表１　主要債権の調定額・収入済額・収納率（前年同期：令和５年２月末、今期：令和６年２月末）</div>
<div class="unit">（単位：千円、％、ポイント）</div>
<table class="zebra" style="width:100%;font-size:8.6pt">
<tr><th rowspan="2">債権</th><th rowspan="2">区分</th><th colspan="3">前年同期</th><th colspan="3">今期</th><th rowspan="2">収納率<br>の差</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>
{''.join(rows)}
</table>
<p class="note">注１）国保税＝国民健康保険税、介護料＝介護保険料（第１号被保険者・普通徴収及び特別徴収）、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料（副食費を除く。）、住宅使用料＝市営住宅使用料</p>
<p class="note">注２）収納率の差は今期の収納率から前年同期の収納率を差し引いたもの（▲は低下）。</p>
<p class="note">※市税の滞納繰越分の今期収入済額のうち、個人市民税分 {R.f("48,312千円", debt="市税", debt_raw="個人市民税", fy=FY, fy_raw="今期", seg="arrears", metric="collected", basis="interim", as_of=ASOF, value=48312000, unit="yen")}、固定資産税分 {R.f("23,904千円", debt="市税", debt_raw="固定資産税", fy=FY, fy_raw="今期", seg="arrears", metric="collected", basis="interim", as_of=ASOF, value=23904000, unit="yen")}</p>
{page_foot(3)}</div>"""


# ------------------------------------------------------------------ page 4: monthly table + chart
FR_P = [0.081, 0.192, 0.331, 0.412, 0.493, 0.581, 0.642, 0.723, 0.801, 0.853, None, 0.972]
FR_T = [0.084, 0.197, 0.338, 0.419, 0.501, 0.589, 0.651, 0.731, 0.809, 0.862, None, None]
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]


def p4():
    R.page = 4
    ca_p, cc_p = DEBTS[0][2][0], DEBTS[0][2][1]
    ca_t, cc_t = DEBTS[0][3][0], DEBTS[0][3][1]
    rows, labels = [], []
    for i, m in enumerate(MONTHS):
        cells = []
        for fy, ca, cc, fr, fyr in ((PFY, ca_p, cc_p, FR_P, "前年度"), (FY, ca_t, cc_t, FR_T, "本年度")):
            y = fy if m >= 4 else fy + 1
            asof = last_day(y, m)
            if m == 2:
                c = cc
            elif fr[i] is None:
                cells += ["－", "－"]
                continue
            else:
                c = int(round(ca * fr[i]))
            r = rate(c, ca)
            cells.append(R.f(comma(c), debt="市税", fy=fy, fy_raw=fyr, seg="current", metric="collected", basis="interim", as_of=asof, value=c * 1000, unit="yen"))
            cells.append(R.f(f"{r:.1f}", debt="市税", fy=fy, fy_raw=fyr, seg="current", metric="collection_rate", basis="interim", as_of=asof, value=r, unit="percent"))
            if fy == FY:
                labels.append((i, r, asof))
        rows.append(f"<tr><td style='text-align:center'>{m}月末</td>" + "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>")
    # SVG line chart with data labels (本年度)
    W, H, x0, y0 = 560, 190, 40, 165
    pts = []
    svg = [f'<svg width="{W}" height="{H + 20}" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAexGothic">']
    svg.append(f'<line x1="{x0}" y1="{y0}" x2="{W - 10}" y2="{y0}" stroke="#444" stroke-width="0.8"/>')
    svg.append(f'<line x1="{x0}" y1="15" x2="{x0}" y2="{y0}" stroke="#444" stroke-width="0.8"/>')
    for g in (0, 50, 100):
        yy = y0 - g * 1.45
        svg.append(f'<text x="{x0 - 6}" y="{yy + 3}" font-size="8" text-anchor="end">{g}</text>')
    for i, m in enumerate(MONTHS):
        xx = x0 + 22 + i * 42
        svg.append(f'<text x="{xx}" y="{y0 + 13}" font-size="8" text-anchor="middle">{m}月</text>')
    for i, r, asof in labels:
        xx, yy = x0 + 22 + i * 42, y0 - r * 1.45
        pts.append(f"{xx},{yy:.1f}")
        svg.append(f'<circle cx="{xx}" cy="{yy:.1f}" r="2.5" fill="#2d5f8b"/>')
        svg.append(f'<text x="{xx}" y="{yy - 6:.1f}" font-size="8" text-anchor="middle">{R.f(f"{r:.1f}", debt="市税", fy=FY, fy_raw="本年度", seg="current", metric="collection_rate", basis="interim", as_of=asof, value=r, unit="percent")}</text>')
    svg.insert(3, f'<polyline points="{" ".join(pts)}" fill="none" stroke="#2d5f8b" stroke-width="1.5"/>')
    svg.append("</svg>")
    return f"""<div class="page">{page_head()}
<h2>３　市税（現年課税分）の月別収納状況</h2>
<div class="cap">表２　月別収納状況（累計）　前年度：令和４年度　本年度：令和５年度</div>
<div class="unit">（単位：千円、％）</div>
<table class="zebra" style="width:86%;margin:0 auto">
<tr><th rowspan="2">月</th><th colspan="2">前年度</th><th colspan="2">本年度</th></tr>
<tr><th>収入済額</th><th>収納率</th><th>収入済額</th><th>収納率</th></tr>
{''.join(rows)}
</table>
<p class="note" style="margin-left:7%">※収納率は各年度の２月末現在の調定額（前年度 {R.f("7,301,225千円", debt="市税", fy=PFY, fy_raw="前年度", seg="current", metric="assessed", basis="interim", as_of=PASOF, value=7301225000, unit="yen")}、本年度 {R.f("7,412,356千円", debt="市税", fy=FY, fy_raw="本年度", seg="current", metric="assessed", basis="interim", as_of=ASOF, value=7412356000, unit="yen")}）に対する累計収入済額の割合。３月末は出納整理期間前の数値。</p>
<div class="cap" style="margin-top:10px">図１　本年度の月別収納率の推移（市税・現年課税分、単位：％）</div>
<div style="margin-left:6%">{''.join(svg)}</div>
{page_foot(4)}</div>"""


# ------------------------------------------------------------------ page 5: 支所別 (円) + 決算見込 (千円・百万円)
AREAS = [("本庁", 0.52, 0.50), ("七城支所", 0.13, 0.12), ("旭志支所", 0.11, 0.13), ("泗水支所", 0.24, 0.25)]
EST = {  # 令和５年度決算見込 (千円) and 目標/前年度決算 rates
    "市税": dict(r4=97.62, tgt=97.80, est=97.85, out=186214, ratio=101.6),
    "国民健康保険税": dict(r4=82.10, tgt=83.00, est=82.74, out=362455, ratio=99.1),
    "介護保険料": dict(r4=98.21, tgt=98.30, est=98.36, out=31208, ratio=101.9),
    "後期高齢者医療保険料": dict(r4=99.35, tgt=99.40, est=99.42, out=4812, ratio=105.1),
    "保育料": dict(r4=87.44, tgt=88.00, est=88.31, out=12966, ratio=96.4),
    "市営住宅使用料": dict(r4=80.05, tgt=81.00, est=80.62, out=39844, ratio=101.3),
}
OUT_R4_TOTAL = 663420  # 千円, 前年度決算 収入未済額 (主要６債権)


def p5():
    R.page = 5
    k = DEBTS[1][3]
    segs = {"current": (k[0], k[1]), "arrears": (k[2], k[3])}
    rows = []
    tot = {}
    for seg, (a, c) in segs.items():
        a_yen, c_yen = a * 1000 + 217, c * 1000 + 388
        parts_a, parts_c = [], []
        for n, (area, sh_a, sh_c) in enumerate(AREAS):
            if n < len(AREAS) - 1:
                pa = int(a_yen * (sh_a if seg == "current" else sh_c))
                pc = int(c_yen * (sh_a if seg == "current" else sh_c) * (1.004 if n % 2 else 0.996))
            else:
                pa, pc = a_yen - sum(parts_a), c_yen - sum(parts_c)
            parts_a.append(pa)
            parts_c.append(pc)
        tot[seg] = (a_yen, c_yen, parts_a, parts_c)
    for n, (area, _, _) in enumerate(AREAS + [("計", 0, 0)]):
        cells = []
        for seg in ("current", "arrears"):
            a_yen, c_yen, pa, pc = tot[seg]
            a, c = (pa[n], pc[n]) if n < len(AREAS) else (a_yen, c_yen)
            ar = None if area == "計" else area
            r = rate(c, a, 2)
            cells.append(R.f(comma(a), debt="国民健康保険税", fy=FY, fy_raw="令和６年２月末", seg=seg, metric="assessed", basis="interim", as_of=ASOF, value=a, unit="yen", area=ar))
            cells.append(R.f(comma(c), debt="国民健康保険税", fy=FY, fy_raw="令和６年２月末", seg=seg, metric="collected", basis="interim", as_of=ASOF, value=c, unit="yen", area=ar))
            cells.append(R.f(f"{r:.2f}", debt="国民健康保険税", fy=FY, fy_raw="令和６年２月末", seg=seg, metric="collection_rate", basis="interim", as_of=ASOF, value=r, unit="percent", area=ar))
        st = ' style="font-weight:bold;background:#eef2e6"' if area == "計" else ""
        rows.append(f"<tr{st}><td>{area}</td>" + "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>")
    # 決算見込 table
    rows2 = []
    tot_out = 0
    for canon, ab, _, _ in DEBTS:
        e = EST[canon]
        ach = rnd(e["est"] / e["tgt"] * 100, 1)
        d = rnd(e["est"] - e["r4"], 2)
        mil = rnd(e["out"] / 1000, 1)
        tot_out += e["out"]
        cells = [
            R.f(f"{e['r4']:.2f}", debt=canon, fy=PFY, fy_raw="令和４年度", seg="total", metric="collection_rate", basis="actual", value=e["r4"], unit="percent"),
            R.f(f"{e['tgt']:.2f}", debt=canon, fy=FY, fy_raw="令和５年度", seg="total", metric="collection_rate", basis="target", value=e["tgt"], unit="percent"),
            R.f(f"{e['est']:.2f}", debt=canon, fy=FY, fy_raw="令和５年度", seg="total", metric="collection_rate", basis="estimate", value=e["est"], unit="percent"),
            R.f(f"{ach:.1f}", debt=canon, fy=FY, fy_raw="令和５年度", seg="total", metric="achievement_rate", basis="estimate", value=ach, unit="percent"),
            R.f(fnum(d, 2, "▲", "＋"), debt=canon, fy=FY, fy_raw="令和５年度", seg="total", metric="difference", basis="estimate", value=d, unit="points"),
            R.f(f"{e['ratio']:.1f}", debt=canon, fy=FY, fy_raw="令和５年度", seg="total", metric="collected_ratio_prev_year", basis="estimate", value=e["ratio"], unit="percent"),
            R.f(f"{mil:,.1f}", debt=canon, fy=FY, fy_raw="令和５年度", seg="total", metric="outstanding", basis="estimate", value=int(round(mil * 1e6)), unit="yen"),
        ]
        rows2.append(f"<tr><td>{canon}</td>" + "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>")
    mil = rnd(tot_out / 1000, 1)
    rows2.append(f'<tr style="font-weight:bold"><td>計</td><td class="n">－</td><td class="n">－</td><td class="n">－</td><td class="n">－</td><td class="n">－</td><td class="n">－</td><td class="n">'
                 + R.f(f"{mil:,.1f}", debt=None, debt_raw="計", fy=FY, fy_raw="令和５年度", seg="total", metric="outstanding", basis="estimate", value=int(round(mil * 1e6)), unit="yen") + "</td></tr>")
    return f"""<div class="page">{page_head()}
<h2>４　国民健康保険税の支所別収納状況</h2>
<div class="cap">表３　支所別収納状況（令和６年２月末現在）</div>
<table style="width:100%;font-size:8.4pt">
<tr><th rowspan="2">支所</th><th colspan="3">現年課税分</th><th colspan="3">滞納繰越分</th></tr>
<tr><th>調定額（円）</th><th>収入済額（円）</th><th>収納率（％）</th><th>調定額（円）</th><th>収入済額（円）</th><th>収納率（％）</th></tr>
{''.join(rows)}
</table>
<p class="note">※支所別は納税義務者の住所地による。</p>
<h2>５　令和５年度決算見込</h2>
<div class="cap">表４　主要債権の決算見込と目標（収納率は現年度分・滞納繰越分の計）</div>
<table style="width:100%;font-size:8.4pt">
<tr><th rowspan="2">債権名</th><th>令和４年度</th><th colspan="4">令和５年度</th><th>収入済額</th><th>収入未済額</th></tr>
<tr><th>決算（％）</th><th>目標（％）</th><th>決算見込（％）</th><th>達成率（％）</th><th>前年度比（ポイント）</th><th>前年度比（％）</th><th>決算見込（百万円）</th></tr>
{''.join(rows2)}
</table>
<p class="note">注）達成率＝決算見込÷目標×100。収入済額の前年度比は令和４年度決算額に対する決算見込額の割合。</p>
{page_foot(5)}</div>"""


# ------------------------------------------------------------------ page 6: 取組
def p6():
    R.page = 6
    sec = "債権ごとの取組状況"
    s = DEBTS[0][3]
    rc, ra = rate(s[1], s[0]), rate(s[3], s[2])
    out_int = (s[0] - s[1]) + (s[2] - s[3])
    items1 = [
        ("①", "納期限後20日以内に督促状を発送し、未納者へは休日・夜間の電話催告を月２回実施する。", "継続"),
        ("②", "滞納額50万円以上の事案は財産調査を早期に行い、預貯金・給与等の差押えを優先して執行する。", "拡充"),
        ("③", "スマートフォン決済アプリによる納付を令和５年10月から開始し、納付機会を拡大する。", "新規"),
    ]
    h1 = "".join(f"<div>{lab}　{R.init(t, debt='市税', fy=FY, section=sec, label=lab, status=st)}【{st}】</div>" for lab, t, st in items1)
    k = DEBTS[1][3]
    kc, ka = rate(k[1], k[0]), rate(k[3], k[2])
    items2 = [
        ("ア", "短期被保険者証の更新時に納付相談を行い、分割納付の計画的な履行を確認する。", None),
        ("イ", "口座振替の新規加入を窓口・郵送で勧奨し、加入率を前年度より高める。", None),
        ("ウ", "滞納処分の執行停止が相当な事案を精査し、徴収不能債権の整理を進める。", None),
    ]
    marks = ["◎", "○", "△"]
    trs = "".join(f"<tr><td style='width:6%;text-align:center'>{lab}</td><td>{R.init(t, debt='国民健康保険税', fy=FY, section='取組の進捗', label=lab, status=st)}</td><td style='width:8%;text-align:center'>{mk}</td></tr>" for (lab, t, st), mk in zip(items2, marks))
    items3 = [
        ("(1)", "保育所を通じた納付書の手渡しと、園長からの声かけによる納付勧奨を行う。", "継続"),
        ("(2)", "児童手当からの特別徴収（申出徴収）の活用を保護者に周知する。", "継続"),
    ]
    h3 = "".join(f"<div>{lab}　{R.init(t, debt='保育料', fy=FY, section=sec, label=lab, status=st)}<br>【{st}】</div>" for lab, t, st in items3)
    p = DEBTS[4][3]
    return f"""<div class="page">{page_head()}
<h2>６　債権ごとの取組状況</h2>
<h3>（１）債権ごとの取組（市税）</h3>
<div>【収納率】令和６年２月末時点</div>
<div style="margin-left:1.5em">・現年分　{R.f(f"{rc:.1f}％", debt="市税", fy=FY, fy_raw="令和６年２月末", seg="current", metric="collection_rate", basis="interim", as_of=ASOF, value=rc, unit="percent")}</div>
<div style="margin-left:1.5em">・滞納繰越分　{R.f(f"{ra:.1f}％", debt="市税", fy=FY, fy_raw="令和６年２月末", seg="arrears", metric="collection_rate", basis="interim", as_of=ASOF, value=ra, unit="percent")}</div>
<div style="margin-top:4px">〔主な取組〕</div>
<div style="margin-left:1em">{h1}</div>
<div class="box">【参考】<br>・差押件数：{R.f("312件", debt="市税", fy=FY, fy_raw="２月末", seg="total", metric="seizures", basis="interim", as_of=ASOF, value=312, unit="cases")}（R4同期 {R.f("287件", debt="市税", fy=PFY, fy_raw="R4同期", seg="total", metric="seizures", basis="interim", as_of=PASOF, value=287, unit="cases")}）<br>・収入未済額（２月末）：{R.f(f"{out_int:,}千円", debt="市税", fy=FY, fy_raw="２月末", seg="total", metric="outstanding", basis="interim", as_of=ASOF, value=out_int * 1000, unit="yen")}<br>・R4年度決算 収入未済額：{R.f("176,985千円", debt="市税", fy=PFY, fy_raw="R4年度決算", seg="total", metric="outstanding", basis="actual", value=176985000, unit="yen")}</div>
<h3>（２）債権ごとの取組（国民健康保険税）</h3>
<div>【収納率】令和６年２月末時点</div>
<div style="margin-left:1.5em">・現年分　{R.f(f"{kc:.1f}％", debt="国民健康保険税", fy=FY, fy_raw="令和６年２月末", seg="current", metric="collection_rate", basis="interim", as_of=ASOF, value=kc, unit="percent")}　・滞納繰越分　{R.f(f"{ka:.1f}％", debt="国民健康保険税", fy=FY, fy_raw="令和６年２月末", seg="arrears", metric="collection_rate", basis="interim", as_of=ASOF, value=ka, unit="percent")}</div>
<div style="margin-top:4px">取組の進捗（◎：実施済、○：実施中、△：検討中）</div>
<table style="width:100%"><tr><th></th><th>項目</th><th></th></tr>{trs}</table>
<h3>（３）債権ごとの取組（保育料）</h3>
<div>２月末の現年度分収納率は{R.f(f"{rate(p[1], p[0]):.1f}％", debt="保育料", fy=FY, fy_raw="２月末", seg="current", metric="collection_rate", basis="interim", as_of=ASOF, value=rate(p[1], p[0]), unit="percent")}、2023年度の目標（{R.f("88.00％", debt="保育料", fy=FY, fy_raw="2023年度", seg="total", metric="collection_rate", basis="target", value=88.0, unit="percent")}）の達成に向け、次の取組を進める。</div>
<div style="margin-left:1em">{h3}</div>
{page_foot(6)}</div>"""


def build():
    pages = [p1(), p2(), p3(), p4(), p5(), p6()]
    # p2 uses EST (defined above), so order of calls is only for page numbers
    html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>{TITLE}</title><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
    work = Path("/tmp/px_work")
    work.mkdir(exist_ok=True)
    src = work / f"{STEM}.html"
    src.write_text(html, encoding="utf-8")
    out = SET / "pdf" / f"{STEM}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True)
    write_gold(STEM, R, kind="progress_report", title=TITLE, date="2024-02-29", date_raw="令和６年２月末現在")
    errs = check(STEM)
    print(STEM, len(R.facts), "facts", len(R.inits), "initiatives", "errors:", len(errs))
    for e in errs[:30]:
        print("  ", e)


if __name__ == "__main__":
    build()
