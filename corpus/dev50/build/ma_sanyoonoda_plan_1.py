#!/usr/bin/env python3
"""ma_sanyoonoda_plan_1: 第3次山陽小野田市債権管理計画 (kind plan), HTML/CSS -> chromium --print-to-pdf.

All figures are invented. Run from corpus/dev50:  python3 build/ma_sanyoonoda_plan_1.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ma_common import (GOTHIC, MINCHO, PDF_DIR, WORK, Gold, check, fmt, oku_man, rate, tri, trif, zen)  # noqa: E402

STEM = "ma_sanyoonoda_plan_1"
CITY = "山陽小野田市"
g = Gold(STEM)

# ---------------------------------------------------------------- data (千円) ----------
# key: (full name printed in text, short name printed in table 1, canonical debt, section, 所管課, 区分)
DEBTS = {
    "tax": ("市税", "市税", "市税", "一般", "税務課", "強制徴収公債権"),
    "hoiku": ("保育所保育料", "保育料", "保育所保育料", "一般", "こども福祉課", "強制徴収公債権"),
    "jutaku": ("市営住宅使用料", "住宅使用料", "市営住宅使用料", "一般", "建築住宅課", "私債権"),
    "seiho": ("生活保護費返還金", "生保返還金", "生活保護費返還金", "一般", "社会福祉課", "非強制徴収公債権"),
    "shogaku": ("奨学金貸付金返還金", "奨学金", "奨学金貸付金返還金", "一般", "教育総務課", "私債権"),
    "kokuho": ("国民健康保険税", "国保税", "国民健康保険料", "特別", "国保年金課", "強制徴収公債権"),
    "kaigo": ("介護保険料", "介護料", "介護保険料", "特別", "高齢福祉課", "強制徴収公債権"),
    "kouki": ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "特別", "国保年金課", "強制徴収公債権"),
}
ORDER = ["tax", "hoiku", "jutaku", "seiho", "shogaku", "kokuho", "kaigo", "kouki"]
GEN = [k for k in ORDER if DEBTS[k][3] == "一般"]
SPE = [k for k in ORDER if DEBTS[k][3] == "特別"]
YEARS = [2019, 2020, 2021, 2022, 2023, 2024]          # 2024 = 令和6年度 決算見込
TYEARS = [2025, 2026, 2027]                           # 計画期間の目標

P = {  # current assessed by year, current rate, arrears rate, write-off share of arrears assessed, outstanding at end of 2018
    "tax": ([8902114, 8756230, 8811905, 8967452, 9043618, 9118734], [99.12, 98.85, 99.18, 99.27, 99.35, 99.38],
            [24.6, 21.3, 27.8, 29.4, 31.2, 32.0], [8.5, 7.9, 9.2, 8.8, 9.6, 9.0], 312450),
    "hoiku": ([182330, 121540, 118220, 115903, 112415, 110862], [98.62, 98.81, 98.95, 99.02, 99.10, 99.15],
              [12.4, 13.8, 15.2, 16.1, 17.5, 18.0], [6.0, 5.5, 6.2, 5.8, 6.4, 6.0], 28412),
    "jutaku": ([412557, 405210, 398884, 392015, 386602, 381374], [97.35, 97.52, 97.70, 97.84, 98.02, 98.10],
               [11.2, 12.5, 13.1, 14.4, 15.8, 16.0], [5.0, 4.6, 5.3, 4.9, 5.5, 5.0], 98774),
    "seiho": ([31220, 28415, 33870, 29604, 32118, 31265], [52.3, 55.1, 51.8, 56.4, 58.2, 58.5],
              [3.2, 3.5, 3.9, 4.1, 4.6, 4.8], [2.5, 2.1, 2.8, 2.6, 3.0, 2.5], 121330),
    "shogaku": ([18406, 18911, 19355, 19102, 18874, 18655], [86.4, 85.2, 87.1, 88.3, 89.0, 89.2],
                [9.8, 10.4, 11.2, 12.0, 12.6, 13.0], [1.0, 0.8, 1.2, 1.1, 1.3, 1.0], 24102),
    "kokuho": ([1712880, 1690415, 1652770, 1598341, 1561209, 1529416], [94.21, 94.56, 95.03, 95.31, 95.62, 95.80],
               [18.2, 17.5, 19.8, 21.6, 22.9, 23.5], [10.5, 9.8, 11.2, 10.9, 11.8, 11.0], 392118),
    "kaigo": ([1305220, 1318402, 1330115, 1342680, 1356044, 1367815], [99.02, 99.10, 99.15, 99.21, 99.28, 99.30],
              [15.1, 16.0, 17.4, 18.2, 19.5, 20.0], [12.0, 11.4, 12.6, 12.1, 13.0, 12.0], 41230),
    "kouki": ([702114, 716330, 729874, 745120, 760338, 774529], [99.55, 99.60, 99.62, 99.66, 99.70, 99.72],
              [38.5, 40.2, 41.6, 43.0, 44.8, 45.0], [8.0, 7.5, 8.4, 8.1, 8.6, 8.0], 6850),
}
# targets 2025..2027: current rate, arrears rate, assessed growth factor
T = {
    "tax": ([99.40, 99.43, 99.45], [32.5, 33.0, 33.5]),
    "hoiku": ([99.20, 99.25, 99.30], [18.5, 19.0, 19.5]),
    "jutaku": ([98.20, 98.30, 98.40], [16.5, 17.0, 17.5]),
    "seiho": ([59.0, 59.5, 60.0], [5.0, 5.2, 5.5]),
    "shogaku": ([89.5, 90.0, 90.5], [13.5, 14.0, 14.5]),
    "kokuho": ([95.90, 96.00, 96.10], [24.0, 24.5, 25.0]),
    "kaigo": ([99.32, 99.35, 99.38], [20.5, 21.0, 21.5]),
    "kouki": ([99.73, 99.75, 99.76], [45.5, 46.0, 46.5]),
}
# 前計画（第2次）の現年度分目標収納率 for 令和4・5年度
PREV_TARGET = {
    "tax": (99.20, 99.30), "hoiku": (99.00, 99.05), "jutaku": (97.90, 98.00), "seiho": (55.0, 57.0),
    "shogaku": (88.0, 89.5), "kokuho": (95.20, 95.50), "kaigo": (99.25, 99.30), "kouki": (99.60, 99.65),
}

D = {}  # D[key][year] = dict(ca, cc, aa, ac, aw, ...)
for k in ORDER:
    ca_l, cr_l, ar_l, w_l, out = P[k]
    D[k] = {}
    prev_out = out
    for i, y in enumerate(YEARS):
        ca = ca_l[i]
        cc = round(ca * cr_l[i] / 100)
        aa = prev_out
        ac = round(aa * ar_l[i] / 100)
        aw = round(aa * w_l[i] / 100)
        co = ca - cc
        ao = aa - ac - aw
        D[k][y] = dict(ca=ca, cc=cc, co=co, aa=aa, ac=ac, aw=aw, ao=ao,
                       ta=ca + aa, tc=cc + ac, tw=aw, to=co + ao)
        prev_out = co + ao
    # targets: assessed grows like the last estimate, write-offs at the 2024 share
    ca = ca_l[-1]
    for j, y in enumerate(TYEARS):
        ca = round(ca * (ca_l[-1] / ca_l[-2]))
        cr, ar = T[k][0][j], T[k][1][j]
        aa = prev_out
        cc = round(ca * cr / 100)
        ac = round(aa * ar / 100)
        aw = round(aa * w_l[-1] / 100)
        co, ao = ca - cc, aa - ac - aw
        D[k][y] = dict(ca=ca, cc=cc, co=co, aa=aa, ac=ac, aw=aw, ao=ao, ta=ca + aa, tc=cc + ac, tw=aw,
                       to=co + ao, cr_t=cr, ar_t=ar)
        prev_out = co + ao


def agg(keys, y):
    s = {}
    for f in ("ca", "cc", "co", "aa", "ac", "aw", "ao", "ta", "tc", "tw", "to"):
        s[f] = sum(D[k][y][f] for k in keys)
    return s


def rates(x):
    return dict(cr=rate(x["cc"], x["ca"]), ar=rate(x["ac"], x["aa"]), tr=rate(x["tc"], x["ta"]))


OUT_2017 = 1108420  # 千円, H29末 (only quoted in prose, rounded)

# ---------------------------------------------------------------- html helpers ---------
CSS = f"""
@font-face {{ font-family: G; src: url(file://{GOTHIC}); }}
@font-face {{ font-family: M; src: url(file://{MINCHO}); }}
@page {{ size: A4 portrait; margin: 16mm 17mm 14mm 17mm; }}
@page wide {{ size: A4 landscape; margin: 13mm 14mm 11mm 14mm; }}
html {{ font-family: M; font-size: 10pt; line-height: 1.55; color: #111; }}
section.page {{ break-after: page; position: relative; height: 265mm; overflow: hidden; }}
section.land {{ page: wide; height: 184mm; }}
section.page:last-child {{ break-after: auto; }}
.foot {{ position: absolute; bottom: 0; left: 0; right: 0; text-align: center; font-size: 9pt; }}
h1 {{ font-family: G; font-size: 14pt; margin: 0 0 3mm 0; }}
h2 {{ font-family: G; font-size: 12pt; margin: 4mm 0 2mm 0; border-bottom: 1.2px solid #333; }}
h3 {{ font-family: G; font-size: 10.5pt; margin: 3mm 0 1.5mm 0; }}
p {{ margin: 0 0 1.6mm 0; text-indent: 1em; }}
p.ni {{ text-indent: 0; }}
.ind1 {{ margin-left: 1em; }} .ind2 {{ margin-left: 2em; }} .ind3 {{ margin-left: 3em; }}
table {{ border-collapse: collapse; font-family: G; font-size: 8.4pt; line-height: 1.3; }}
th, td {{ border: 0.8px solid #333; padding: 1.2mm 1.5mm; }}
th {{ background: #e4e8ee; font-weight: normal; text-align: center; }}
td.n {{ text-align: right; white-space: nowrap; }}
td.l {{ text-align: left; }}
tr.sec td {{ background: #f3f3f3; font-weight: bold; }}
tr.sub td {{ background: #f7f4ea; }}
tr.tot td {{ background: #efe7d4; font-weight: bold; }}
.cap {{ font-family: G; font-size: 9.5pt; margin: 2mm 0 1mm 0; }}
.unit {{ font-family: G; font-size: 8.4pt; text-align: right; margin: 0 0 0.5mm 0; }}
.note {{ font-size: 8.2pt; line-height: 1.35; margin: 0.8mm 0 0 0; text-indent: 0; }}
.vert {{ writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1mm; width: 5mm; }}
.box {{ border: 1px solid #333; padding: 2mm 3mm; margin: 2mm 0; }}
.sheet {{ border: 1.2px solid #222; padding: 2mm 3mm; margin: 0 0 3mm 0; }}
.kv td, .kv th {{ font-size: 9pt; }}
"""


class Page:
    def __init__(self, no: int, cls: str = "", foot: bool = True):
        self.no, self.cls, self.foot, self.parts = no, cls, foot, []

    def add(self, html: str):
        self.parts.append(html)

    def html(self):
        f = f'<div class="foot">－ {self.no} －</div>' if self.foot else ""
        return f'<section class="page {self.cls}">{"".join(self.parts)}{f}</section>'


def num(p: Page, raw: str, value, unit, metric, cls="n", attrs="", **kw) -> str:
    """A table cell holding one fact."""
    g.fact(p.no, raw, value, unit, metric, **kw)
    return f'<td class="{cls}"{attrs}>{raw}</td>'


def dn(k):
    return DEBTS[k][2]


# ---------------------------------------------------------------- page 1: cover --------
pages: list[Page] = []
p = Page(1, foot=False)
p.add("""
<div style="height:62mm"></div>
<div style="text-align:center;font-family:G;font-size:13pt">第３次</div>
<div style="text-align:center;font-family:G;font-size:26pt;letter-spacing:2mm;margin:4mm 0">山陽小野田市<br>債権管理計画</div>
<div style="text-align:center;font-family:G;font-size:12pt;margin-top:8mm">計画期間　令和７（２０２５）年度～令和９（２０２７）年度</div>
<div style="height:95mm"></div>
<div style="text-align:center;font-family:G;font-size:14pt">令和７年３月</div>
<div style="text-align:center;font-family:G;font-size:16pt;letter-spacing:3mm;margin-top:5mm">山陽小野田市</div>
""")
pages.append(p)

# ---------------------------------------------------------------- page 2: 目次・第1章 -----
p = Page(2)
toc = [("第１章　計画の概要", 2), ("第２章　債権の現状と課題", 3), ("第３章　計画期間の目標", 5),
       ("第４章　債権ごとの取組み", 6), ("第５章　全庁的な取組と推進体制", 8)]
p.add('<h1 style="text-align:center;letter-spacing:4mm">目　次</h1><table style="width:80%;margin:0 auto 6mm auto;font-family:M;font-size:10pt">')
for t, n in toc:
    p.add(f'<tr><td style="border:none;padding:0.8mm">{t}</td><td style="border:none;text-align:right">…………　{n}</td></tr>')
p.add("</table>")
s23 = agg(ORDER, 2023)["to"]
d17 = s23 - OUT_2017
p.add('<h2>第１章　計画の概要</h2><h3>１　計画策定の趣旨</h3>')
o17, v17 = oku_man(OUT_2017 * 1000)
o23, v23 = oku_man(s23 * 1000)
od, vd = oku_man((s23 - OUT_2017) * 1000)
r17 = g.fact(2, o17, v17, "yen", "outstanding", fy=2017, fy_raw="H29（2017年度）", approx=True)
r23 = g.fact(2, o23, v23, "yen", "outstanding", fy=2023, fy_raw="令和5年度", approx=True)
rd = g.fact(2, od, vd, "yen", "difference", fy=2023, fy_raw="令和5年度", approx=True)
p.add(f"""<p>本市では、債権管理条例に基づき、市が保有する債権の適正な管理と収入未済額の縮減に全庁を挙げて取り組んできました。
H29（2017年度）末に{r17}あった対象債権の収入未済額は、第２次計画（令和二年度～令和六年度）の取組を経て、令和5年度末には{r23}となり、
{rd}縮減しました。一方で、生活保護費返還金など私債権・非強制徴収公債権では回収が長期化している事案が残っており、
引き続き計画的な取組が必要です。</p>
<p>このため、第２次計画の成果と課題を踏まえ、令和７年度からの３年間を期間とする第３次計画を策定し、債権ごとの目標と取組を定めます。</p>
<h3>２　計画の期間</h3>
<p>令和７年度から令和９年度までの３年間とします。なお、社会経済情勢の変化等により必要がある場合は、計画期間中であっても見直しを行います。</p>
<h3>３　計画の位置付け</h3>
<p class="ni ind1">（１）関係法令等との関係</p>
<p class="ni ind2">ア　債権管理条例との関係</p>
<p class="ni ind3">(ｱ)　条例に定める市長等の責務を具体化する実施計画として位置付けます。</p>
<p class="ni ind3">(ｲ)　債権放棄の判断基準は、条例及び同施行規則の定めによります。</p>
<p class="ni ind2">イ　行財政改革との関係</p>
<p class="ni ind3">(ｱ)　行財政改革推進プランの「歳入確保」の取組と整合を図ります。</p>
<p class="ni ind1">（２）対象とする債権</p>
<p class="ni ind2">令和5年度決算において収入未済額が生じている債権のうち、次章に掲げる８債権を対象とします。</p>
<h3>４　計画の推進</h3>
<p>各債権の所管課は、毎年度、目標の達成状況と取組の実施状況を債権管理推進会議に報告し、進捗を管理します。</p>
""")
pages.append(p)

# ---------------------------------------------------------------- page 3: 第2章 表1・図1 ----
p = Page(3)
s22 = agg(ORDER, 2022)["to"]
s19 = agg(ORDER, 2019)["to"]
p.add("<h2>第２章　債権の現状と課題</h2><h3>１　収入未済額の推移</h3>")
ra = g.fact(3, fmt(s23) + "千円", s23 * 1000, "yen", "outstanding", fy=2023, fy_raw="令和5年度", debt_raw=None)
dd = s23 - s22
ob, vb = oku_man(dd * 1000)
rb = g.fact(3, ob, vb, "yen", "difference", fy=2023, fy_raw="令和5年度", approx=True)
# 令和元年度 comparison
rc = g.fact(3, fmt(s19) + "千円", s19 * 1000, "yen", "outstanding", fy=2019, fy_raw="令和元年度")
p.add(f"""<p>令和5年度決算における対象８債権の収入未済額の合計は{ra}で、前年度から{rb}減少しました。
令和元年度の{rc}と比べると、市税、国民健康保険税をはじめ多くの債権で縮減が進んでいます。</p>""")

p.add('<div class="cap">表１　会計別・債権別の収入未済額の推移</div><div class="unit">（単位：千円）</div>')
p.add('<table style="width:100%"><tr><th>債権名</th><th>令和3年度</th><th>4年度</th><th>5年度</th><th>増減（5年度－4年度）</th></tr>')
fyr = {2021: "令和3年度", 2022: "4年度", 2023: "5年度"}


def t1_row(label, vals, debt, debt_raw, cls=""):
    row = f'<tr class="{cls}"><td class="l">{label}</td>'
    for y in (2021, 2022, 2023):
        row += num(p, fmt(vals[y]), vals[y] * 1000, "yen", "outstanding", debt=debt, debt_raw=debt_raw,
                   fy=y, fy_raw=fyr[y])
    dv = vals[2023] - vals[2022]
    row += num(p, tri(dv), dv * 1000, "yen", "difference", debt=debt, debt_raw=debt_raw, fy=2023, fy_raw="5年度")
    return row + "</tr>"


for sec, keys in (("【一般会計】", GEN), ("【特別会計】", SPE)):
    p.add(f'<tr class="sec"><td class="l" colspan="5">{sec}</td></tr>')
    for k in keys:
        lab = DEBTS[k][1] + ("※1" if k == "tax" else "")
        p.add(t1_row(lab, {y: D[k][y]["to"] for y in (2021, 2022, 2023)}, dn(k), DEBTS[k][1]))
    p.add(t1_row("小計", {y: agg(keys, y)["to"] for y in (2021, 2022, 2023)}, None, "小計", "sub"))
p.add(t1_row("合計", {y: agg(ORDER, y)["to"] for y in (2021, 2022, 2023)}, None, "合計", "tot"))
p.add("</table>")
ta = D["tax"][2023]["ao"]
rt = g.fact(3, fmt(ta) + "千円", ta * 1000, "yen", "outstanding", debt="市税", debt_raw="市税", fy=2023,
            fy_raw="令和5年度", segment="arrears")
p.add(f"""<p class="note">※1　市税の令和5年度収入未済額のうち、滞納繰越分は{rt}です。</p>
<p class="note">※2　保育料＝保育所保育料、住宅使用料＝市営住宅使用料、生保返還金＝生活保護費返還金、奨学金＝奨学金貸付金返還金、
国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料</p>""")

# chart
p.add('<div class="cap" style="margin-top:4mm">図１　対象債権の収入未済額（合計）の推移（単位：百万円）</div>')
W, H = 600, 205
svg = [f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" style="font-family:G">',
       f'<line x1="50" y1="170" x2="{W - 20}" y2="170" stroke="#333" stroke-width="1"/>']
vmax = 1200.0
for i, y in enumerate((2019, 2020, 2021, 2022, 2023)):
    v = round(agg(ORDER, y)["to"] / 1000, 1)
    x = 80 + i * 105
    h = v / vmax * 140
    svg.append(f'<rect x="{x}" y="{170 - h:.1f}" width="52" height="{h:.1f}" fill="#5b7fa6"/>')
    lab = f"{v:,.1f}"
    g.fact(3, lab, round(v * 1e6), "yen", "outstanding", fy=y, fy_raw=f"{y}年度")
    svg.append(f'<text x="{x + 26}" y="{165 - h:.1f}" font-size="11" text-anchor="middle">{lab}</text>')
    svg.append(f'<text x="{x + 26}" y="188" font-size="11" text-anchor="middle">{y}年度</text>')
svg.append("</svg>")
p.add("".join(svg))
pages.append(p)

# ---------------------------------------------------------------- page 4: 表2 (landscape) ---
p = Page(4, cls="land")
p.add("<h3>２　債権別の収納状況</h3>")
p.add('<div class="cap">表２　債権別の収納状況（令和5年度決算）</div><div class="unit">（単位：千円、％）</div>')
hdr = """<table style="width:100%;font-size:8pt">
<tr><th rowspan="3" colspan="2">債権名</th><th colspan="12">令和5年度決算</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="4">滞納繰越分</th><th colspan="5">計</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収納率</th>
<th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>"""
p.add(hdr)


def t2_cells(x, debt, debt_raw):
    r = rates(x)
    kw = dict(debt=debt, debt_raw=debt_raw, fy=2023, fy_raw="令和5年度")
    c = ""
    c += num(p, fmt(x["ca"]), x["ca"] * 1000, "yen", "assessed", segment="current", **kw)
    c += num(p, fmt(x["cc"]), x["cc"] * 1000, "yen", "collected", segment="current", **kw)
    c += num(p, f'{r["cr"]:.2f}', r["cr"], "percent", "collection_rate", segment="current", **kw)
    c += num(p, fmt(x["aa"]), x["aa"] * 1000, "yen", "assessed", segment="arrears", **kw)
    c += num(p, fmt(x["ac"]), x["ac"] * 1000, "yen", "collected", segment="arrears", **kw)
    c += num(p, fmt(x["aw"]), x["aw"] * 1000, "yen", "written_off", segment="arrears", **kw)
    c += num(p, f'{r["ar"]:.2f}', r["ar"], "percent", "collection_rate", segment="arrears", **kw)
    c += num(p, fmt(x["ta"]), x["ta"] * 1000, "yen", "assessed", segment="total", **kw)
    c += num(p, fmt(x["tc"]), x["tc"] * 1000, "yen", "collected", segment="total", **kw)
    c += num(p, fmt(x["tw"]), x["tw"] * 1000, "yen", "written_off", segment="total", **kw)
    c += num(p, fmt(x["to"]), x["to"] * 1000, "yen", "outstanding", segment="total", **kw)
    c += num(p, f'{r["tr"]:.2f}', r["tr"], "percent", "collection_rate", segment="total", **kw)
    return c


for sec, keys in (("一般会計", GEN), ("特別会計", SPE)):
    first = True
    for k in keys:
        lead = f'<td rowspan="{len(keys) + 1}" class="vert" style="text-align:center">{sec}</td>' if first else ""
        first = False
        p.add(f'<tr>{lead}<td class="l" style="white-space:nowrap">{DEBTS[k][0]}</td>{t2_cells(D[k][2023], dn(k), DEBTS[k][0])}</tr>')
    p.add(f'<tr class="sub"><td class="l">小計</td>{t2_cells(agg(keys, 2023), None, "小計")}</tr>')
p.add(f'<tr class="tot"><td class="l" colspan="2">合計</td>{t2_cells(agg(ORDER, 2023), None, "合計")}</tr></table>')
p.add("""<p class="note">※　収納率は、収入済額を調定額で除して算出し、小数点以下第３位を四捨五入しています。
滞納繰越分の調定額は、前年度末の収入未済額を繰り越したものです。</p>""")
tot23 = rates(agg(ORDER, 2023))
tot22 = rates(agg(ORDER, 2022))
rr = g.fact(4, f'{tot23["tr"]:.2f}％', tot23["tr"], "percent", "collection_rate", fy=2023, fy_raw="令和5年度")
dpt = round(tot23["tr"] - tot22["tr"], 2)
n_up = sum(rates(D[k][2023])["cr"] > rates(D[k][2022])["cr"] for k in ORDER)
up_text = ("現年度分の収納率は全ての債権で前年度を上回りましたが、" if n_up == len(ORDER)
           else f"現年度分の収納率は８債権のうち{zen(n_up)}債権で前年度を上回りましたが、")
assert dpt > 0
rp = g.fact(4, f"{dpt:.2f}ポイント", dpt, "points", "difference", fy=2023, fy_raw="令和5年度")
oa, va = oku_man(agg(ORDER, 2023)["ta"] * 1000, 100_000_000)
ra_ = g.fact(4, oa, va, "yen", "assessed", fy=2023, fy_raw="令和5年度", approx=True)
p.add(f"""<p style="margin-top:2mm">令和5年度の対象債権全体の調定額は{ra_}で、その収納率（現年度分と滞納繰越分の計）は{rr}となり、前年度と比べ{rp}上昇しました。
{up_text}滞納繰越分は債権によって差が大きく、
生活保護費返還金及び奨学金貸付金返還金では回収に長期間を要しています。</p>""")
pages.append(p)

# ---------------------------------------------------------------- page 5: 表5 (前計画) 表3 (目標) ---
p = Page(5)
p.add("<h3>３　第２次計画の目標達成状況</h3>")
tx22, tx23 = rates(D["tax"][2022])["cr"], rates(D["tax"][2023])["cr"]
r1 = g.fact(5, f"{tx23:.2f}％", tx23, "percent", "collection_rate", debt="市税", debt_raw="市税", fy=2023,
            fy_raw="令和5年度", segment="current")
r2 = g.fact(5, f"{tx23 - tx22:.2f}ポイント", round(tx23 - tx22, 2), "points", "difference", debt="市税", debt_raw="市税",
            fy=2023, fy_raw="令和5年度", segment="current")
p.add(f"""<p>第２次計画では、各債権の現年度分収納率に目標を設定しました。令和5年度の市税の現年度分収納率は{r1}で、
前年度から{r2}上昇し、目標を達成しています。</p>""")
p.add('<div class="cap">表３　第２次計画の目標と実績（現年度分収納率）</div><div class="unit">（単位：％）</div>')
p.add('<table style="width:100%"><tr><th rowspan="2">債権名</th><th colspan="3">令和4年度</th><th colspan="3">令和5年度</th></tr>'
      '<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>実績</th><th>達成率</th></tr>')
for k in ORDER:
    row = f'<tr><td class="l">{DEBTS[k][0]}</td>'
    for j, y in enumerate((2022, 2023)):
        tg = PREV_TARGET[k][j]
        ac = rates(D[k][y])["cr"]
        kw = dict(debt=dn(k), debt_raw=DEBTS[k][0], fy=y, fy_raw=f"令和{y - 2018}年度", segment="current")
        row += num(p, f"{tg:.2f}", tg, "percent", "collection_rate", basis="target", **kw)
        row += num(p, f"{ac:.2f}", ac, "percent", "collection_rate", basis="actual", **kw)
        row += f'<td class="n">{ac / tg * 100:.1f}</td>'  # 達成率: not one of the metrics (see README)
    p.add(row + "</tr>")
p.add('</table><p class="note">※　達成率＝実績÷目標×100（％）</p>')

p.add("<h2>第３章　計画期間の目標</h2><h3>１　目標収納率</h3>")
p.add('<div class="cap">表４　債権別の目標収納率（単位：％）</div>')
p.add('<table style="width:100%"><tr><th rowspan="2" colspan="2">債権名・区分</th><th colspan="2">実績・見込</th><th colspan="3">目標</th></tr>'
      '<tr><th>令和5年度決算</th><th>令和6年度見込</th><th>R7</th><th>R8</th><th>R9</th></tr>')
for k in ORDER:
    for si, (seg, lab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"))):
        lead = f'<td rowspan="2" class="l">{DEBTS[k][0]}</td>' if si == 0 else ""
        row = f"<tr>{lead}<td class=\"l\">{lab}</td>"
        kw = dict(debt=dn(k), debt_raw=DEBTS[k][0], segment=seg)
        for y, b, yr in ((2023, "actual", "令和5年度"), (2024, "estimate", "令和6年度")):
            v = rates(D[k][y])["cr" if seg == "current" else "ar"]
            row += num(p, f"{v:.2f}", v, "percent", "collection_rate", basis=b, fy=y, fy_raw=yr, **kw)
        for j, y in enumerate(TYEARS):
            v = T[k][0 if seg == "current" else 1][j]
            row += num(p, f"{v:.2f}", v, "percent", "collection_rate", basis="target", fy=y, fy_raw=f"R{y - 2018}", **kw)
        p.add(row + "</tr>")
p.add("</table>")
pages.append(p)

# ---------------------------------------------------------------- page 6: 表5 long + 推進シート 市税 ---
p = Page(6)
p.add("<h3>２　収入未済額の目標</h3>")
p.add('<div class="cap">表５　主な債権の収入未済額の目標額（令和7年度～9年度）</div><div class="unit">（単位：千円）</div>')
p.add('<table style="width:100%"><tr><th>債権名</th><th>年度</th><th>現年度分</th><th>滞納繰越分</th><th>計</th></tr>')
for k in ("tax", "kokuho", "jutaku"):
    for y in TYEARS:
        x = D[k][y]
        kw = dict(debt=dn(k), debt_raw=DEBTS[k][0], fy=y, fy_raw=f"{y - 2018}年度", basis="target")
        row = f'<tr><td class="l">{DEBTS[k][0]}</td><td style="text-align:center">{y - 2018}年度</td>'
        row += num(p, fmt(x["co"]), x["co"] * 1000, "yen", "outstanding", segment="current", **kw)
        row += num(p, fmt(x["ao"]), x["ao"] * 1000, "yen", "outstanding", segment="arrears", **kw)
        row += num(p, fmt(x["to"]), x["to"] * 1000, "yen", "outstanding", segment="total", **kw)
        p.add(row + "</tr>")
p.add('</table><p class="note">※　目標額は、目標収納率を達成した場合の各年度末の見込額です。</p>')

SHEET_YEARS = [(2022, "actual", "決算"), (2023, "actual", "決算"), (2024, "estimate", "見込"),
               (2025, "target", "目標"), (2026, "target", "目標"), (2027, "target", "目標")]


def sheet_table(k):
    h = '<table style="width:100%;margin:1.5mm 0;table-layout:fixed"><tr><th style="width:16%">区分</th>'
    for y, b, w in SHEET_YEARS:
        h += f'<th style="white-space:nowrap;font-size:7.4pt;padding:1mm 0.5mm">令和{y - 2018}<br>（{y}）年度<br>{w}</th>'
    h += "</tr>"
    rows = [("現年度分<br>収納率（％）", "current", "rate"), ("滞納繰越分<br>収納率（％）", "arrears", "rate"),
            ("収入未済額<br>（千円）", "total", "out")]
    for lab, seg, kind in rows:
        h += f'<tr><td class="l" style="white-space:nowrap">{lab}</td>'
        for y, b, w in SHEET_YEARS:
            kw = dict(debt=dn(k), debt_raw=DEBTS[k][0], fy=y, fy_raw=f"令和{y - 2018}（{y}）年度", basis=b, segment=seg)
            x = D[k][y]
            if kind == "rate":
                if b == "target":
                    v = T[k][0 if seg == "current" else 1][y - 2025]
                else:
                    v = rates(x)["cr" if seg == "current" else "ar"]
                h += num(p, f"{v:.2f}", v, "percent", "collection_rate", **kw)
            else:
                h += num(p, fmt(x["to"]), x["to"] * 1000, "yen", "outstanding", **kw)
        h += "</tr>"
    return h + "</table>"


def kv_box(k):
    full, _, _, _, ka, kubun = DEBTS[k]
    return (f'<table class="kv" style="width:100%"><tr><th style="width:14%">債権名</th><td class="l" style="width:30%">{full}</td>'
            f'<th style="width:12%">所管課</th><td class="l">{ka}</td><th style="width:12%">債権区分</th><td class="l">{kubun}</td></tr></table>')


p.add("<h2>第４章　債権ごとの取組み</h2>")
p.add("<h3>４－１　債権ごとの取組み（市税）</h3>")
p.add('<div class="sheet">' + kv_box("tax") + sheet_table("tax"))
items_tax_cur = [
    ("①", "納期限後20日以内に督促状を発送し、未納者には翌月に文書催告を行う。", "継続"),
    ("②", "ＳＭＳによる納付勧奨を導入し、若年層の未納者への早期接触を図る。", "新規"),
    ("③", "口座振替とスマートフォン決済の利用を納税通知書の同封チラシで勧奨する。", "拡充"),
]
items_tax_arr = [
    ("①", "高額・長期の滞納事案は、財産調査を徹底したうえで差押えを行い、換価までの期間を短縮する。", "継続"),
    ("②", "山口県地方税徴収対策推進協議会への引継ぎを活用し、困難事案の整理を進める。", "継続"),
    ("③", "滞納処分の執行停止の判断基準を見直し、徴収の見込みがない事案を適正に整理する。", "新規"),
]


def item_cell(items, k, section):
    out = []
    for lab, text, st in items:
        g.item(p.no, text, debt=dn(k), debt_raw=DEBTS[k][0], fy=2025, section=section, label=lab, status=st)
        out.append(f"{lab}{text}【{st}】")
    return "<br>".join(out)


p.add('<table style="width:100%;font-family:M;font-size:8.8pt"><tr><th style="width:17%">区分</th><th>内容</th></tr>'
      f'<tr><td class="l">現年度分</td><td class="l">{item_cell(items_tax_cur, "tax", "現年度分")}</td></tr>'
      f'<tr><td class="l">滞納繰越分</td><td class="l">{item_cell(items_tax_arr, "tax", "滞納繰越分")}</td></tr></table></div>')
pages.append(p)

# ---------------------------------------------------------------- page 7: 推進シート 国保・介護 ---
p = Page(7)
p.add("<h3>４－２　債権ごとの取組み（国民健康保険税）</h3>")
p.add('<div class="sheet">' + kv_box("kokuho") + sheet_table("kokuho"))
p.add('<p class="ni" style="font-family:G;margin-top:1.5mm">取組内容</p><div class="box" style="font-size:9pt">')
items_kokuho = [
    ("(1)", "資格取得時に口座振替の申込みを案内し、窓口でのキャッシュカードによる口座振替受付を実施する。", "継続"),
    ("(2)", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続"),
    ("(3)", "滞納繰越分については、税務課と共同で財産調査を行い、預貯金・給与の差押えを実施する。", "拡充"),
]
for lab, text, st in items_kokuho:
    g.item(7, text, debt="国民健康保険料", debt_raw="国民健康保険税", fy=2025, section="取組内容", label=lab, status=st)
    p.add(f'<p class="ni" style="margin:0 0 0.6mm 0">{lab}　{text}<br><span style="margin-left:1.5em">【{st}】</span></p>')
p.add("</div></div>")

p.add("<h3>４－３　債権ごとの取組み（介護保険料）</h3>")
p.add('<div class="sheet">' + kv_box("kaigo") + sheet_table("kaigo"))
items_kaigo = [
    ("現年度分", [("ア", "普通徴収の被保険者に対し、年金からの特別徴収への切替え時期を個別に通知する。", None),
                 ("イ", "納期限後の未納者に電話催告を行い、口座振替への切替えを勧める。", "継続")]),
    ("滞納繰越分", [("ア", "給付制限の対象となる前に納付相談の機会を設け、分納による早期解消を図る。", "継続"),
                   ("イ", "時効が迫る債権について、財産調査の結果を踏まえ差押え又は執行停止を判断する。", "新規")]),
]
for title, its in items_kaigo:
    p.add(f'<p class="ni" style="font-family:G;margin:1mm 0 0.3mm 0">{title}</p>')
    for lab, text, st in its:
        g.item(7, text, debt="介護保険料", debt_raw="介護保険料", fy=2025, section=title, label=lab, status=st)
        tag = f"【{st}】" if st else ""
        p.add(f'<p class="ni ind1" style="margin:0">{lab}　{text}{tag}</p>')
p.add("</div>")
pages.append(p)

# ---------------------------------------------------------------- page 8: 第5章 ---
p = Page(8)
p.add("<h2>第５章　全庁的な取組と推進体制</h2><h3>１　全庁的な取組</h3>")
items_all = [
    ("(1)", "債権管理マニュアルを改訂し、督促から債権放棄までの事務処理を全庁で統一する。", "拡充"),
    ("(2)", "新任職員及び債権所管課の担当者を対象に、債権管理研修を年２回実施する。", "継続"),
    ("(3)", "滞納者の同意に基づく情報共有により、複数の債権を滞納している者への一体的な納付相談を行う。", "新規"),
    ("(4)", "私債権について、弁護士への回収委託や支払督促などの法的措置を計画的に活用する。", "継続"),
]
for lab, text, st in items_all:
    g.item(8, text, debt=None, fy=2025, section="全庁的な取組", label=lab, status=st)
    p.add(f'<p class="ni ind1" style="margin:0 0 0.8mm 0">{lab}　{text}【{st}】</p>')
p.add("""<h3>２　推進体制</h3><p>副市長を会長とする債権管理推進会議において、各債権の目標達成状況を年２回確認し、
必要に応じて取組の見直しを指示します。また、総務部税務課を債権管理の総括課として、所管課への助言・支援を行います。</p>""")

e24 = agg(ORDER, 2024)
r24 = rates(e24)
kw = dict(fy=2024, fy_raw="令和6年度", basis="estimate")
b1 = g.fact(8, fmt(e24["ta"]) + "千円", e24["ta"] * 1000, "yen", "assessed", **kw)
b2 = g.fact(8, fmt(e24["tc"]) + "千円", e24["tc"] * 1000, "yen", "collected", **kw)
b3 = g.fact(8, f'{r24["tr"]:.2f}％', r24["tr"], "percent", "collection_rate", **kw)
b4 = g.fact(8, fmt(e24["to"]) + "千円", e24["to"] * 1000, "yen", "outstanding", **kw)
p.add(f"""<div class="box" style="width:62%;font-family:G;font-size:9pt">【参考】令和6年度 決算見込（対象８債権の計）<br>
・調定額：{b1}<br>・収入済額：{b2}<br>・収納率：{b3}<br>・収入未済額：{b4}</div>""")

p.add('<h3>３　市税の収納状況の推移</h3><div class="cap">表６　市税の収納状況（直近５か年）</div>')
p.add('<div class="box" style="padding:1.5mm"><table style="width:100%"><tr><th>年度</th><th>収納率（％）</th><th>調定額（千円）</th>'
      '<th>収入済額（千円）</th><th>不納欠損額（千円）</th><th>収入未済額（千円）※2</th></tr>')
for y in (2023, 2022, 2021, 2020, 2019):
    x = D["tax"][y]
    r = rates(x)["tr"]
    yr = f"令和{'元' if y == 2019 else y - 2018}（{y}）年度"
    kw = dict(debt="市税", debt_raw="市税", fy=y, fy_raw=yr)
    mark = "※1" if y == 2020 else ""
    g.fact(8, f"{r:.2f}", r, "percent", "collection_rate", **kw)
    row = f'<tr><td class="l">{yr}</td><td class="n">{r:.2f}{mark}</td>'
    row += num(p, fmt(x["ta"]), x["ta"] * 1000, "yen", "assessed", **kw)
    row += num(p, fmt(x["tc"]), x["tc"] * 1000, "yen", "collected", **kw)
    row += num(p, fmt(x["tw"]), x["tw"] * 1000, "yen", "written_off", **kw)
    row += num(p, fmt(x["to"]), x["to"] * 1000, "yen", "outstanding", **kw)
    p.add(row + "</tr>")
p.add("""</table></div><p class="note">※1　令和2年度は、新型コロナウイルス感染症の影響による徴収猶予の特例を適用した額を含みます。<br>
※2　収入未済額＝調定額－収入済額－不納欠損額<br>出典：山陽小野田市各年度歳入歳出決算書（市税の現年課税分及び滞納繰越分の計）</p>""")
pages.append(p)

# ---------------------------------------------------------------- render ---------------
html = f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>' + \
       "".join(x.html() for x in pages) + "</body></html>"
WORK.mkdir(parents=True, exist_ok=True)
src = WORK / f"{STEM}.html"
src.write_text(html, encoding="utf-8")
PDF_DIR.mkdir(parents=True, exist_ok=True)
pdf = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", src.as_uri()], check=True, capture_output=True)
g.write(pdf, kind="plan", family="plan", municipality=CITY, title="第３次山陽小野田市債権管理計画",
        date="2025-03-01", date_raw="令和７年３月")
probs = check(STEM)
print(f"{STEM}: {len(g.facts)} facts, {len(g.initiatives)} initiatives; problems: {len(probs)}")
for x in probs[:40]:
    print("  ", x)
