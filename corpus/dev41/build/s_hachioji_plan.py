"""八王子市債権管理計画（令和７年度～令和１１年度） — HTML → chromium --print-to-pdf.

Run from corpus/dev41:  python3 build/s_hachioji_plan.py
Writes pdf/s_hachioji_plan_1.pdf and gold/s_hachioji_plan_1.json (intermediate HTML in /tmp/s_work).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s_common import PDF_DIR, WORK, Facts, Inits, finish, rate, yen_k, zen  # noqa: E402

STEM = "s_hachioji_plan_1"
CITY = "八王子市"
F = Facts()
I = Inits()

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "IPAexMincho", serif; font-size: 10.5pt; color: #000; }
.page { width: 210mm; height: 297mm; position: relative; padding: 20mm 20mm 18mm 20mm; overflow: hidden;
        page-break-after: always; }
.page:last-child { page-break-after: auto; }
.rh { position: absolute; top: 9mm; right: 20mm; font-family: "IPAexGothic"; font-size: 8pt; color: #555; }
.rh2 { position: absolute; top: 9mm; left: 20mm; font-family: "IPAexGothic"; font-size: 8pt; color: #555; }
.pf { position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1 { font-family: "IPAexGothic"; font-size: 15pt; border-bottom: 2px solid #1f4e79; padding-bottom: 3px;
     margin: 0 0 8px 0; color: #1f4e79; }
h2 { font-family: "IPAexGothic"; font-size: 12pt; margin: 12px 0 6px 0; border-left: 6px solid #1f4e79;
     padding-left: 6px; }
h3 { font-family: "IPAexGothic"; font-size: 10.5pt; margin: 8px 0 4px 0; }
p { margin: 0 0 5px 0; line-height: 1.65; text-indent: 1em; text-align: justify; }
.two { column-count: 2; column-gap: 8mm; column-rule: 0.5px solid #999; }
.two p { font-size: 10pt; }
table { border-collapse: collapse; font-size: 9pt; }
td, th { padding: 2px 5px; }
table.grid td, table.grid th { border: 0.75px solid #000; }
table.grid th { background: #dde5ef; font-family: "IPAexGothic"; font-weight: normal; }
td.n { text-align: right; font-family: "IPAexMincho"; }
tr.sub td { background: #f0f0f0; }
tr.tot td { background: #e3e3e3; font-family: "IPAexGothic"; }
.cap { font-family: "IPAexGothic"; font-size: 10pt; margin: 10px 0 3px 0; }
.boxed { border: 1px solid #000; padding: 6px 8px; }
.src { font-size: 8pt; text-align: right; margin-top: 3px; }
.unit { font-size: 8.5pt; text-align: right; margin: 0 0 2px 0; }
.note { font-size: 8.5pt; line-height: 1.5; margin: 3px 0 0 0; text-indent: -1em; padding-left: 1em; }
.toc { width: 100%; font-size: 11pt; margin-top: 14px; }
.toc td { padding: 5px 2px; }
.toc td.pg { text-align: right; width: 12mm; }
.toc .ch td { font-family: "IPAexGothic"; padding-top: 12px; }
.toc .dots { border-bottom: 1px dotted #666; }
.items { margin: 0 0 0 1em; padding: 0; list-style: none; }
.items li { margin: 0 0 3px 0; line-height: 1.6; padding-left: 1.5em; text-indent: -1.5em; }
"""

pages: list[str] = []


def page(body: str, num: int | None):
    hdr = '<div class="rh">八王子市債権管理計画（令和７年度～令和１１年度）</div>' if num else ""
    ftr = f'<div class="pf">－ {num} －</div>' if num else ""
    pages.append(f'<div class="page">{hdr}{body}{ftr}</div>')


# ---------------------------------------------------------------- data
ACCOUNTS = ["一般会計", "国民健康保険事業特別会計", "介護保険特別会計", "後期高齢者医療特別会計", "下水道事業会計"]
YEARS = [(2017, "平成29年度<br>(2017年度)", "平成29年度(2017年度)"), (2018, "平成30年度<br>(2018年度)", "平成30年度(2018年度)"),
         (2019, "令和元年度<br>(2019年度)", "令和元年度(2019年度)"), (2020, "令和２年度<br>(2020年度)", "令和２年度(2020年度)"),
         (2021, "令和３年度<br>(2021年度)", "令和３年度(2021年度)"), (2022, "令和４年度<br>(2022年度)", "令和４年度(2022年度)"),
         (2023, "令和５年度<br>(2023年度)", "令和５年度(2023年度)")]
OUT = {
    "一般会計": [4812305, 4655120, 4498776, 4402918, 4210554, 4052331, 3921407],
    "国民健康保険事業特別会計": [3305611, 3120884, 2965302, 2801447, 2612905, 2455210, 2318664],
    "介護保険特別会計": [352118, 340225, 331906, 318552, 305118, 296874, 288129],
    "後期高齢者医療特別会計": [121044, 118662, 115230, 112908, 110277, 108015, 106452],
    "下水道事業会計": [842510, 801233, 765118, 731906, 720415, 708530, 705348],
}
TOTAL = [sum(OUT[a][i] for a in ACCOUNTS) for i in range(7)]
ALLRATE = [93.85, 94.32, 94.90, 95.26, 95.71, 96.08, 96.41]

# ---------------------------------------------------------------- cover
page("""
<div style="position:absolute; top:70mm; left:0; right:0; text-align:center;">
  <div style="font-family:'IPAexGothic'; font-size:26pt; letter-spacing:2px;">八王子市債権管理計画</div>
  <div style="font-family:'IPAexGothic'; font-size:15pt; margin-top:10mm;">（令和７年度～令和１１年度）</div>
  <div style="margin:22mm auto 0 auto; width:120mm; border-top:3px solid #1f4e79; border-bottom:1px solid #1f4e79; height:4px;"></div>
</div>
<div style="position:absolute; top:215mm; left:0; right:0; text-align:center; font-family:'IPAexGothic'; font-size:14pt;">
  令和７年３月<br><br>八　王　子　市
</div>
""", None)

# ---------------------------------------------------------------- 目次
toc_rows = [
    ("ch", "第１章　計画の策定にあたって", 1), ("", "1-1　計画策定の趣旨", 1), ("", "1-2　計画の位置付けと期間", 1),
    ("ch", "第２章　債権の現状", 1), ("", "2-1　会計別の収入未済額", 1), ("", "2-2　主要債権の決算状況", 3),
    ("", "2-3　主要債権の収納率の推移", 4),
    ("ch", "第３章　前計画の検証", 4), ("", "3-1　目標の達成状況", 4),
    ("ch", "第４章　計画の目標", 5), ("", "4-1　目標収納率", 5), ("", "4-2　収入未済額の縮減目標", 5),
    ("ch", "第５章　具体的な取組", 6), ("", "5-1　全庁的な取組", 6), ("", "5-2　債権別の主な取組", 6),
]
trs = "".join(
    f'<tr class="{c}"><td style="padding-left:{0 if c else 8}mm">{t}</td><td class="dots"></td><td class="pg">{p}</td></tr>'
    for c, t, p in toc_rows)
page(f"""
<div style="text-align:center; font-family:'IPAexGothic'; font-size:16pt; margin-top:12mm; letter-spacing:8px;">目　次</div>
<table class="toc"><colgroup><col style="width:85mm"><col><col></colgroup>{trs}</table>
""", None)

# ---------------------------------------------------------------- p.1 (physical 3): 第１章 + 表１ (left part)
P = 3
F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和５年度決算", seg="total", metric="outstanding", basis="actual",
      value=7340000000, unit="yen", approx=True, raw="約73億4,000万円", page=P)
F.add(debt=None, debt_raw=None, fy=2009, fy_raw="平成２１年度", seg="total", metric="outstanding", basis="actual",
      value=12800000000, unit="yen", approx=True, raw="約128億円", page=P)
F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和５年度", seg="total", metric="collection_rate", basis="actual",
      value=96.41, unit="percent", raw="96.41％", page=P)


def t1_table(idx: list[int], with_diff: bool, P: int) -> str:
    head = "".join(f"<th>{YEARS[i][1]}</th>" for i in idx)
    if with_diff:
        head += "<th>増減<br>(R5－R4)</th>"
    body = ""
    for a in ACCOUNTS + ["合計"]:
        vals = OUT[a] if a != "合計" else TOTAL
        tds = ""
        for i in idx:
            s = f"{vals[i]:,}"
            tds += f'<td class="n">{s}</td>'
            F.add(debt=None, debt_raw=a, fy=YEARS[i][0], fy_raw=YEARS[i][2], seg="total", metric="outstanding",
                  basis="actual", value=vals[i] * 1000, unit="yen", raw=s, page=P)
        if with_diff:
            tds += f'<td class="n">{yen_k(vals[6] - vals[5])}</td>'
        cls = ' class="tot"' if a == "合計" else ""
        body += f"<tr{cls}><td>{a}</td>{tds}</tr>"
    return f'<table class="grid" style="width:100%"><tr><th style="width:52mm">会計区分</th>{head}</tr>{body}</table>'


page(f"""
<h1>第１章　計画の策定にあたって</h1>
<h2>1-1　計画策定の趣旨</h2>
<div class="two">
<p>本市は、平成２６年に「八王子市債権管理条例」を制定し、全庁的な債権管理の適正化に取り組んできました。市税をはじめとする各種債権の収入未済額は、ピーク時の平成２１年度（約128億円）から着実に減少し、令和５年度決算では約73億4,000万円となっています。</p>
<p>また、全会計の収納率は令和５年度に96.41％となり、前年度から0.33ポイント上昇しました。一方で、国民健康保険税や生活保護費返還金など、収入未済額が依然として高い水準にある債権もあり、引き続き計画的な取組が求められています。</p>
<p>こうした状況を踏まえ、市民負担の公平性の確保と自主財源の確保を図るため、これまでの取組を検証したうえで、新たに令和７年度から５か年の債権管理計画を策定するものです。</p>
<p>本計画では、債権ごとに目標収納率を設定するとともに、全庁的な取組と債権別の取組を明らかにし、毎年度その進捗を公表します。</p>
</div>
<h2>1-2　計画の位置付けと期間</h2>
<p>本計画は、八王子市債権管理条例第５条に基づく計画であり、計画期間は令和７年度から令和１１年度まで（2025年度～2029年度）の５年間とします。</p>
<h1 style="margin-top:14px">第２章　債権の現状</h1>
<h2>2-1　会計別の収入未済額</h2>
<p>会計別の収入未済額の推移は表１のとおりです。いずれの会計も減少傾向にありますが、一般会計と国民健康保険事業特別会計で全体の８割以上を占めています。</p>
<div class="cap">表１　会計別収入未済額の推移（単位：千円）</div>
<div class="boxed">{t1_table([0, 1, 2, 3], False, P)}
<div class="unit" style="margin-top:3px">※令和３年度以降は次ページに掲載</div></div>
<div class="src">資料：八王子市各会計歳入歳出決算書</div>
""", 1)

# ---------------------------------------------------------------- p.2 (physical 4): 表１ continued (right-hand columns) + chart
P = 4


def chart_svg(P: int) -> str:
    W, H = 600, 290
    x0, y0, x1, y1 = 60, 40, 560, 240      # plot area
    vmax = 150.0
    bw = 38
    n = len(TOTAL)
    step = (x1 - x0) / n
    out = [f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" xmlns="http://www.w3.org/2000/svg" '
           f'style="font-family:IPAexGothic">']
    out.append(f'<text x="{W/2}" y="16" text-anchor="middle" font-size="12">図１　収入未済額（億円）と全会計収納率（％）の推移</text>')
    for gv in (0, 20, 40, 60, 80, 100):
        gy = y1 - (y1 - y0) * gv / vmax
        out.append(f'<line x1="{x0}" y1="{gy:.1f}" x2="{x1}" y2="{gy:.1f}" stroke="#ccc" stroke-width="0.6"/>')
        out.append(f'<text x="{x0-6}" y="{gy+3:.1f}" text-anchor="end" font-size="8" fill="#555">{gv}</text>')
    pts = []
    for i, tot in enumerate(TOTAL):
        oku = round(tot / 100000, 1)
        cx = x0 + step * (i + 0.5)
        bh = (y1 - y0) * oku / vmax
        out.append(f'<rect x="{cx-bw/2:.1f}" y="{y1-bh:.1f}" width="{bw}" height="{bh:.1f}" fill="#7f9fbf"/>')
        s = f"{oku:.1f}"
        out.append(f'<text x="{cx:.1f}" y="{y1-bh+12:.1f}" text-anchor="middle" font-size="9" fill="#fff">{s}</text>')
        lab = ["H29", "H30", "R元", "R2", "R3", "R4", "R5"][i]
        F.add(debt=None, debt_raw=None, fy=YEARS[i][0], fy_raw=lab, seg="total",
              metric="outstanding", basis="actual", value=round(oku * 10) * 10_000_000, unit="yen", raw=s, page=P)
        out.append(f'<text x="{cx:.1f}" y="{y1+14}" text-anchor="middle" font-size="9">{lab}</text>')
        # rate line on its own scale 93–97 drawn in the upper band
        ry = y0 + 14 + (97.0 - ALLRATE[i]) / 4.0 * 34
        pts.append((cx, ry))
        rs = f"{ALLRATE[i]:.2f}"
        out.append(f'<text x="{cx:.1f}" y="{ry-7:.1f}" text-anchor="middle" font-size="8.5" fill="#b03a2e">{rs}</text>')
        F.add(debt=None, debt_raw=None, fy=YEARS[i][0], fy_raw=lab, seg="total", metric="collection_rate",
              basis="actual", value=ALLRATE[i], unit="percent", raw=rs, page=P)
    out.append('<polyline fill="none" stroke="#b03a2e" stroke-width="1.5" points="'
               + " ".join(f"{x:.1f},{y:.1f}" for x, y in pts) + '"/>')
    for x, y in pts:
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="#b03a2e"/>')
    out.append(f'<line x1="{x0}" y1="{y1}" x2="{x1}" y2="{y1}" stroke="#000" stroke-width="0.8"/>')
    out.append(f'<rect x="{x1-170}" y="{H-22}" width="10" height="8" fill="#7f9fbf"/>'
               f'<text x="{x1-156}" y="{H-15}" font-size="8.5">収入未済額（億円）</text>'
               f'<line x1="{x1-70}" y1="{H-18}" x2="{x1-56}" y2="{H-18}" stroke="#b03a2e" stroke-width="1.5"/>'
               f'<text x="{x1-52}" y="{H-15}" font-size="8.5">収納率（％）</text>')
    out.append("</svg>")
    return "".join(out)


page(f"""
<div class="cap">表１　会計別収入未済額の推移（つづき）（単位：千円）</div>
<div class="boxed">{t1_table([4, 5, 6], True, P)}</div>
<div class="src">資料：八王子市各会計歳入歳出決算書</div>
<p class="note">※　増減欄の△は減少を示します。下水道事業会計は、令和２年度から地方公営企業法を適用しています。</p>
<p style="margin-top:12px">収入未済額と全会計の収納率の推移を図１に示します。収入未済額は平成29年度から令和５年度までの６年間で約21億円減少しました。</p>
<div style="margin-top:8px; text-align:center">{chart_svg(P)}</div>
<p class="note" style="margin-top:6px">※　図１の収入未済額は表１の合計を億円単位に四捨五入したもの。収納率は全会計の収入済額÷調定額。</p>
""", 2)

# ---------------------------------------------------------------- p.3 (physical 5): 表２ merged label column
P = 5
# name, canonical, 調定, 収入済, 不納欠損 (千円)
GEN = [
    ("市税", "市税", 92418306, 90652118, 182406, ""),
    ("うち個人市民税", "個人市民税", 41205774, 40215332, 98113, "u"),
    ("うち固定資産税", "固定資産税", 36912448, 36410905, 52871, "u"),
    ("保育料", "保育料", 1412506, 1376118, 4210, ""),
    ("市営住宅使用料", "市営住宅使用料", 986412, 902337, 6105, ""),
    ("生活保護費返還金", "生活保護費返還金", 1224918, 266730, 41226, ""),
]
OTHERS = [
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険料", 14208551, 11789406, 312118),
    ("介護保険特別会計", "介護保険料", "介護保険料", 11025312, 10802114, 38006),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 6412077, 6342118, 9817),
    ("下水道事業会計", "下水道使用料", "下水道使用料", 7512904, 6845335, 12221),
]


def row_cells(debt, raw_name, a, c, w, P, fy=2023, fy_raw="令和５年度"):
    o = a - c - w
    r = rate(c, a)
    cells = ""
    for m, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
        s = f"{v:,}"
        cells += f'<td class="n">{s}</td>'
        F.add(debt=debt, debt_raw=raw_name, fy=fy, fy_raw=fy_raw, seg="total", metric=m, basis="actual",
              value=v * 1000, unit="yen", raw=s, page=P)
    cells += f'<td class="n">{r:.2f}</td>'
    F.add(debt=debt, debt_raw=raw_name, fy=fy, fy_raw=fy_raw, seg="total", metric="collection_rate", basis="actual",
          value=r, unit="percent", raw=f"{r:.2f}", page=P)
    return cells


rows = ""
top = [g for g in GEN if g[5] != "u"]
sub = [sum(g[k] for g in top) for k in (2, 3, 4)]
for i, (name, can, a, c, w, u) in enumerate(GEN):
    first = f'<td rowspan="{len(GEN) + 1}" style="text-align:center; width:30mm">一般会計</td>' if i == 0 else ""
    style = ' style="padding-left:14px; font-size:8.5pt"' if u else ""
    rows += f"<tr>{first}<td{style}>{name}</td>{row_cells(can, name, a, c, w, P)}</tr>"
rows += f'<tr class="sub"><td>小計</td>{row_cells(None, "小計", *sub, P)}</tr>'
tot = list(sub)
for acc, name, can, a, c, w in OTHERS:
    rows += f'<tr><td style="text-align:center">{acc}</td><td>{name}</td>{row_cells(can, name, a, c, w, P)}</tr>'
    tot = [tot[0] + a, tot[1] + c, tot[2] + w]
rows += f'<tr class="tot"><td colspan="2" style="text-align:center">合　計</td>{row_cells(None, "合計", *tot, P)}</tr>'
page(f"""
<h2>2-2　主要債権の決算状況</h2>
<p>令和５年度決算における主要債権の状況は表２のとおりです。収入未済額が最も多いのは国民健康保険税で、次いで市税、生活保護費返還金の順となっています。</p>
<div class="cap">表２　主要債権の決算状況（令和５年度）</div>
<div class="unit">（単位：千円、％）</div>
<table class="grid" style="width:100%; font-size:8.5pt">
<tr><th>会計</th><th>債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>
{rows}
</table>
<p class="note">※　収納率は、収入済額÷調定額×100（小数点以下第３位を四捨五入）。</p>
<p class="note">※　一般会計の小計は表中の債権（うち書きを除く。）の合計であり、表１の一般会計の額とは一致しません。</p>
<p class="note">※　国民健康保険事業特別会計等の特別会計及び下水道事業会計には、表中の債権以外の収入未済額があります。</p>
<h3 style="margin-top:14px">【債権の区分】</h3>
<table class="grid" style="width:100%; font-size:8.5pt">
<tr><th style="width:38mm">区分</th><th>主な債権</th><th style="width:46mm">根拠</th></tr>
<tr><td>強制徴収公債権</td><td>市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育料、下水道使用料</td><td>地方税法、地方自治法附則等</td></tr>
<tr><td>非強制徴収公債権</td><td>生活保護費返還金（法第63条）、児童扶養手当返還金</td><td>地方自治法第231条の3</td></tr>
<tr><td>私債権</td><td>市営住宅使用料、奨学資金貸付金返還金</td><td>民法、借地借家法</td></tr>
</table>
""", 3)

# ---------------------------------------------------------------- p.4 (physical 6): 表３ long format + 表４ targets vs results
P = 6
LONG = {  # (調定, 収入済) for R3, R4 (R5 from 表２)
    "市税": ((90112507, 88101340), (91204611, 89345210)),
    "国民健康保険税": ((14902118, 12251707), (14587330, 12072914)),
    "介護保険料": ((10688215, 10448931), (10871024, 10640122)),
    "後期高齢者医療保険料": ((5912336, 5838105), (6188450, 6117315)),
}
R5 = {"市税": (92418306, 90652118), "国民健康保険税": (14208551, 11789406), "介護保険料": (11025312, 10802114),
      "後期高齢者医療保険料": (6412077, 6342118)}
CAN = {"市税": "市税", "国民健康保険税": "国民健康保険料", "介護保険料": "介護保険料",
       "後期高齢者医療保険料": "後期高齢者医療保険料"}
RATES = {}
lrows = ""
for j, name in enumerate(LONG):
    seq = [(2021, "令和３年度", *LONG[name][0]), (2022, "４年度", *LONG[name][1]), (2023, "５年度", *R5[name])]
    for fy, lab, a, c in seq:
        r = rate(c, a)
        RATES[(name, fy)] = r
        bg = ' style="background:#f3f6fa"' if j % 2 == 0 else ""
        lrows += (f"<tr{bg}><td>{name}</td><td style='text-align:center'>{lab}</td><td class='n'>{a:,}</td>"
                  f"<td class='n'>{c:,}</td><td class='n'>{r:.2f}％</td></tr>")
        for m, v, s, u in (("assessed", a * 1000, f"{a:,}", "yen"), ("collected", c * 1000, f"{c:,}", "yen"),
                           ("collection_rate", r, f"{r:.2f}％", "percent")):
            F.add(debt=CAN[name], debt_raw=name, fy=fy, fy_raw=lab, seg="total", metric=m, basis="actual",
                  value=v, unit=u, raw=s, page=P)
TARGET = {"市税": (97.80, 97.90), "国民健康保険税": (83.00, 83.50), "介護保険料": (97.70, 97.90),
          "後期高齢者医療保険料": (98.80, 98.90)}
trows = ""
for name in LONG:
    cells = ""
    for k, fy in enumerate((2022, 2023)):
        tg = TARGET[name][k]
        ac = RATES[(name, fy)]
        ach = round(ac / tg * 100, 1)
        cells += f"<td class='n'>{tg:.2f}</td><td class='n'>{ac:.2f}</td><td class='n'>{ach:.1f}</td>"
        fyr = "令和４年度" if fy == 2022 else "令和５年度"
        F.add(debt=CAN[name], debt_raw=name, fy=fy, fy_raw=fyr, seg="total", metric="collection_rate", basis="target",
              value=tg, unit="percent", raw=f"{tg:.2f}", page=P)
        F.add(debt=CAN[name], debt_raw=name, fy=fy, fy_raw=fyr, seg="total", metric="collection_rate", basis="actual",
              value=ac, unit="percent", raw=f"{ac:.2f}", page=P)
    trows += f"<tr><td>{name}</td>{cells}</tr>"
page(f"""
<h2>2-3　主要債権の収納率の推移</h2>
<p>主要４債権の直近３か年の調定額、収入済額及び収納率は表３のとおりです。いずれの債権も収納率は上昇していますが、国民健康保険税は他の債権に比べ低い水準にとどまっています。</p>
<div class="cap">表３　主要債権の収納率の推移（現年度分・滞納繰越分の合計）</div>
<div class="unit">（単位：千円）</div>
<table style="width:100%; border-top:1.5px solid #000; border-bottom:1.5px solid #000">
<tr style="background:#dde5ef; font-family:IPAexGothic"><td>債権名</td><td style="text-align:center">年度</td><td style="text-align:center">調定額</td><td style="text-align:center">収入済額</td><td style="text-align:center">収納率</td></tr>
{lrows}
</table>
<h1 style="margin-top:18px">第３章　前計画の検証</h1>
<h2>3-1　目標の達成状況</h2>
<p>前計画（令和２年度～令和６年度）で設定した目標収納率と実績の比較は表４のとおりです。市税、介護保険料及び後期高齢者医療保険料は両年度とも目標を達成しましたが、国民健康保険税は目標を下回りました。</p>
<div class="cap">表４　目標収納率と実績（現年度分・滞納繰越分の合計）</div>
<div class="unit">（単位：％）</div>
<table class="grid" style="width:100%">
<tr><th rowspan="2">債権名</th><th colspan="3">令和４年度</th><th colspan="3">令和５年度</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>実績</th><th>達成率</th></tr>
{trows}
</table>
<p class="note">※　達成率は、実績÷目標×100。</p>
""", 4)

# ---------------------------------------------------------------- p.5 (physical 7): 第４章 targets transposed
P = 7
T_DEBTS = [("市税", "市税"), ("国民健康保険税", "国民健康保険料"), ("介護保険料", "介護保険料"),
           ("後期高齢者医療<br>保険料", "後期高齢者医療保険料"), ("保育料", "保育料")]
T_YEARS = [(2025, "令和7年度"), (2026, "8年度"), (2027, "9年度"), (2028, "10年度"), (2029, "11年度")]
T_VALS = {
    "市税": [98.20, 98.30, 98.40, 98.50, 98.60],
    "国民健康保険料": [83.60, 84.20, 84.80, 85.40, 86.00],
    "介護保険料": [98.10, 98.20, 98.30, 98.40, 98.50],
    "後期高齢者医療保険料": [99.00, 99.05, 99.10, 99.15, 99.20],
    "保育料": [97.60, 97.80, 98.00, 98.20, 98.40],
}
head = "".join(f"<th>{h}</th>" for h, _ in T_DEBTS)
body = ""
for k, (fy, lab) in enumerate(T_YEARS):
    tds = ""
    for h, can in T_DEBTS:
        v = T_VALS[can][k]
        tds += f"<td class='n'>{v:.2f}</td>"
        F.add(debt=can, debt_raw=h.replace("<br>", ""), fy=fy, fy_raw=lab, seg="total", metric="collection_rate",
              basis="target", value=v, unit="percent", raw=f"{v:.2f}", page=P)
    body += f"<tr><td style='text-align:center'>{lab}</td>{tds}</tr>"
F.add(debt=None, debt_raw=None, fy=2029, fy_raw="令和11年度末", seg="total", metric="outstanding", basis="target",
      value=6000000000, unit="yen", raw="60億円以下", page=P)
F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和５年度決算", seg="total", metric="outstanding", basis="actual",
      value=7340000000, unit="yen", raw="73億4,000万円", page=P)
page(f"""
<h1>第４章　計画の目標</h1>
<h2>4-1　目標収納率</h2>
<p>前計画の検証結果と、国・東京都の平均収納率の動向を踏まえ、主要５債権について計画期間中の各年度の目標収納率を次のとおり設定します。</p>
<div class="cap">表５　債権別の目標収納率（現年度分・滞納繰越分の合計）　単位：％</div>
<table class="grid" style="width:100%">
<tr><th style="width:28mm">年度</th>{head}</tr>
{body}
</table>
<p class="note">※　保育料は、令和７年度から督促手数料の徴収を開始することに伴い、目標を段階的に引き上げています。</p>
<h2 style="margin-top:16px">4-2　収入未済額の縮減目標</h2>
<p>全会計の収入未済額について、令和５年度決算（73億4,000万円）から計画的に縮減を図り、計画最終年度である令和11年度末の収入未済額を60億円以下とすることを目標とします。</p>
<div class="boxed" style="margin-top:10px">
<div style="font-family:IPAexGothic; margin-bottom:4px">【目標設定の考え方】</div>
<ul class="items">
<li>・現年度分の収納率を高め、新たな滞納繰越の発生を抑えること</li>
<li>・滞納繰越分は、徴収と整理（執行停止・不納欠損）を適正に進めること</li>
<li>・私債権は、法的措置の実施件数を毎年度公表すること</li>
</ul></div>
""", 5)

# ---------------------------------------------------------------- p.6 (physical 8): 第５章 取組
P = 8
ALL_INITS = [
    ("（１）", "滞納の未然防止", [
        ("ア", "口座振替やスマートフォン決済など、納付方法の多様化を進める。", "継続"),
        ("イ", "債権発生時に債務者情報を的確に把握し、債権管理台帳を整備する。", "継続")]),
    ("（２）", "滞納整理の強化", [
        ("ア", "強制徴収公債権は、財産調査を早期に実施し、滞納処分を徹底する。", "拡充"),
        ("イ", "非強制徴収公債権及び私債権は、支払督促等の法的措置を計画的に行う。", "新規")]),
    ("（３）", "債権管理体制の整備", [
        ("ア", "債権管理研修の受講を各所管課の係長級職員に義務付ける。", "新規")]),
]
html_all = ""
for num, head_, items in ALL_INITS:
    html_all += f"<h3>{num}{head_}</h3><ul class='items'>"
    for lab, text, st in items:
        html_all += f"<li>{lab}　{text}【{st}】</li>"
        I.add(debt=None, fy=2025, section="全庁的な取組", label=f"{num}{lab}".replace("（", "(").replace("）", ")"),
              text=text, status=st, page=P)
    html_all += "</ul>"
DEBT_INITS = [
    ("市税", "市税", [("①", "現年課税分の初期滞納者に対し、SMSによる催告を実施する。", "継続", False),
                    ("②", "高額滞納事案は納税課特別整理係へ移管し、集中的に処理する。", "拡充", True)]),
    ("国民健康保険税", "国民健康保険料", [("①", "資格確認書の送付時に口座振替の案内を同封する。", "継続", False),
                                  ("②", "滞納世帯を対象とした夜間の納付相談窓口を開設する。", "新規", True)]),
    ("保育料", "保育料", [("①", "児童手当からの申出による徴収を積極的に活用する。", "継続", False)]),
    ("市営住宅使用料", "市営住宅使用料", [("①", "滞納３か月の時点で連帯保証人への通知を行う。", "継続", False),
                                  ("②", "長期滞納者に対する明渡し請求訴訟を計画的に提起する。", "継続", True)]),
]
drows = ""
for name, can, items in DEBT_INITS:
    cell = ""
    for lab, text, st, own_line in items:
        cell += f"{lab}{text}" + (f"<br><span style='float:right'>【{st}】</span><br>" if own_line else f"【{st}】<br>")
        I.add(debt=can, debt_raw=name, fy=2025, section="債権別の主な取組", label=lab, text=text, status=st, page=P)
    drows += f"<tr><td style='width:34mm; text-align:center'>{name}</td><td style='line-height:1.6'>{cell}</td></tr>"
page(f"""
<h1>第５章　具体的な取組</h1>
<h2>5-1　全庁的な取組</h2>
{html_all}
<h2 style="margin-top:14px">5-2　債権別の主な取組</h2>
<table class="grid" style="width:100%; font-size:9pt">
<tr><th>債権名</th><th>令和７年度からの主な内容</th></tr>
{drows}
</table>
<p class="note" style="margin-top:8px">※　取組の進捗は、毎年度、八王子市債権管理推進会議に報告し、市ホームページで公表します。</p>
""", 6)

html = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{"".join(pages)}</body></html>'
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
out = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", hp.as_uri()], check=True, capture_output=True)
document = {"kind": "plan", "family": "kaikei", "municipality": CITY,
            "title": "八王子市債権管理計画（令和７年度～令和１１年度）", "date": "2025-03-01", "date_raw": "令和７年３月"}
finish(STEM, out, document, F, I)
