#!/usr/bin/env python3
"""gf_yonezawa_plan_1: 第３次米沢市債権管理計画 (kind plan).

Tool chain: HTML/CSS (inline SVG chart) -> chromium --headless --print-to-pdf.
Run from corpus/dev46:  python3 build/gf_yonezawa_plan.py
All figures are invented; layout and wording are modelled on real municipal plans.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gf_common import (Facts, Inits, PDF_DIR, WORK, comma, fr, rate, tri, write_gold, zen)  # noqa: E402

STEM = "gf_yonezawa_plan_1"
CITY = "米沢市"
TITLE = "第３次米沢市債権管理計画"

F = Facts()
I = Inits()

# ---------------------------------------------------------------- data (千円)
DEBTS = [  # canonical, printed, 所管課
    ("市税", "市税", "納税課"),
    ("国民健康保険税", "国民健康保険税", "国保年金課"),
    ("介護保険料", "介護保険料", "高齢福祉課"),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "国保年金課"),
    ("保育所保育料", "保育所保育料", "こども課"),
    ("市営住宅使用料", "市営住宅使用料", "建築住宅課"),
]
YEARS = [2021, 2022, 2023]
P = {
    "市税": dict(cur=[10382514, 10455120, 10531876], cr=[99.02, 99.10, 99.18], arr0=452310,
                ar=[24.6, 25.8, 27.1], wo=[21450, 19870, 18230]),
    "国民健康保険税": dict(cur=[1702318, 1668452, 1630217], cr=[94.60, 94.90, 95.30], arr0=412560,
                     ar=[18.2, 19.4, 20.6], wo=[36210, 33980, 31450]),
    "介護保険料": dict(cur=[1452106, 1471890, 1489532], cr=[98.85, 98.92, 99.01], arr0=46210,
                  ar=[14.1, 15.3, 16.2], wo=[4120, 3870, 3560]),
    "後期高齢者医療保険料": dict(cur=[598214, 612305, 628940], cr=[99.38, 99.42, 99.47], arr0=10214,
                       ar=[33.5, 35.2, 36.8], wo=[512, 466, 431]),
    "保育所保育料": dict(cur=[148512, 139874, 132106], cr=[98.41, 98.56, 98.70], arr0=13842,
                   ar=[11.2, 12.5, 13.4], wo=[1025, 968, 912]),
    "市営住宅使用料": dict(cur=[189420, 187215, 185032], cr=[97.12, 97.30, 97.46], arr0=39215,
                    ar=[8.4, 9.1, 9.8], wo=[1410, 1285, 1190]),
}

# D[debt][year][seg] = dict(a=調定, c=収入済, w=不納欠損, o=収入未済)   (千円)
D: dict = {}
for name, _, _ in DEBTS:
    p = P[name]
    D[name] = {}
    arr_a = p["arr0"]
    for i, y in enumerate(YEARS):
        ca = p["cur"][i]
        cc = round(ca * p["cr"][i] / 100)
        cur = dict(a=ca, c=cc, w=0, o=ca - cc)
        ac = round(arr_a * p["ar"][i] / 100)
        aw = p["wo"][i]
        arr = dict(a=arr_a, c=ac, w=aw, o=arr_a - ac - aw)
        tot = {k: cur[k] + arr[k] for k in "acwo"}
        D[name][y] = {"current": cur, "arrears": arr, "total": tot}
        arr_a = tot["o"]  # next year's 滞納繰越分調定額 = this year's 収入未済額
TOT = {}
for y in YEARS:
    TOT[y] = {s: {k: sum(D[n][y][s][k] for n, _, _ in DEBTS) for k in "acwo"}
              for s in ("current", "arrears", "total")}


def r_of(x):
    return rate(x["c"], x["a"])


SEGS = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")]
ERA = {2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度",
       2024: "令和６年度", 2025: "令和７年度", 2026: "令和８年度", 2027: "令和９年度"}

# ------------------------------------------------------------------ CSS
CSS = """
@page { size: A4; margin: 14mm 15mm 12mm 15mm; }
@page land { size: A4 landscape; margin: 11mm 10mm 10mm 10mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 9.6pt; color: #111; margin: 0; }
.page { break-after: page; position: relative; height: 262mm; overflow: hidden; }
.page.land { page: land; height: 180mm; }
.page:last-child { break-after: auto; }
.pno { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
h1 { font-size: 15pt; margin: 0 0 6pt 0; border-bottom: 2px solid #2b4b7a; padding-bottom: 3pt; color: #1d3557; }
h2 { font-size: 12pt; margin: 10pt 0 5pt 0; color: #1d3557; }
h3 { font-size: 10.5pt; margin: 8pt 0 4pt 0; }
p { margin: 2pt 0 4pt 0; line-height: 1.55; text-indent: 1em; }
p.ni { text-indent: 0; }
table { border-collapse: collapse; }
.cap { font-weight: bold; font-size: 9.6pt; margin: 6pt 0 2pt 0; }
.unit { text-align: right; font-size: 8.5pt; }
td, th { padding: 1.6pt 3pt; }
.grid td, .grid th { border: 0.6pt solid #555; }
.grid th { background: #dfe7f1; font-weight: normal; }
.num { text-align: right; white-space: nowrap; }
.c { text-align: center; }
.zebra { border-top: 1.4pt solid #1d3557; border-bottom: 1.4pt solid #1d3557; font-size: 7.2pt; width: 100%; }
.zebra th { background: #1d3557; color: #fff; font-weight: normal; padding: 2pt 1pt; border: 0.4pt solid #fff; }
.zebra tbody tr:nth-child(even) td { background: #e9eff7; }
.zebra td { padding: 3.2pt 2pt; }
.zebra tr.sum td { font-weight: bold; border-top: 0.8pt solid #1d3557; background: #fff7df; }
.note { font-size: 8.2pt; line-height: 1.45; margin: 2pt 0; text-indent: 0; }
.box { border: 1pt solid #333; padding: 5pt 9pt; margin: 6pt 0; }
.ref { border: 1.2pt solid #2b4b7a; padding: 4pt 10pt; margin: 8pt 0; background: #f6f9fc; }
.ref ul { margin: 2pt 0 0 0; padding-left: 16pt; }
.ref li { margin: 1pt 0; }
.sheet { border: 1.2pt solid #1d3557; padding: 5pt 8pt 6pt 8pt; margin: 5pt 0 7pt 0; }
.sheet table { width: 100%; font-size: 8.6pt; }
.items { margin: 2pt 0 0 0; padding: 0; list-style: none; }
.items li { margin: 1.5pt 0 1.5pt 1.3em; text-indent: -1.3em; line-height: 1.45; }
.tag { font-size: 8.4pt; }
.toc td { padding: 4pt 6pt; font-size: 10.5pt; }
.toc td { white-space: nowrap; } .toc td.dots { border-bottom: 1px dotted #666; width: 190pt; }
"""


def pno(n: int) -> str:
    return f'<div class="pno">－ {n} －</div>'


# ------------------------------------------------------------------ page 1: cover
def page_cover() -> str:
    return """
<div class="page">
 <div style="height:70mm"></div>
 <div style="text-align:center; font-size:13pt; letter-spacing:2pt;">令和７（2025）年度～令和９（2027）年度</div>
 <div style="text-align:center; font-size:28pt; font-weight:bold; margin:14pt 0 10pt 0; letter-spacing:3pt; color:#1d3557;">第３次米沢市債権管理計画</div>
 <div style="margin:0 auto; width:120mm; border-top:3px double #1d3557;"></div>
 <div style="height:95mm"></div>
 <div style="text-align:center; font-size:14pt;">令和７年３月</div>
 <div style="text-align:center; font-size:18pt; margin-top:8pt; letter-spacing:8pt;">米 沢 市</div>
</div>"""


# ------------------------------------------------------------------ page 2: contents + purpose
def page2() -> str:
    pg = 2
    t22, t23 = TOT[2022]["total"], TOT[2023]["total"]
    out23 = t23["o"] * 1000
    out22 = t22["o"] * 1000
    # prose amounts rounded to 100万円 with 約
    o_man = round(out23 / 1_000_000) * 100  # 万円
    d_man = round((out22 - out23) / 1_000_000) * 100
    oku, rest = divmod(o_man, 10000)
    o_txt = f"約{oku}億{rest:,}万円" if rest else f"約{oku}億円"
    d_txt = f"約{d_man:,}万円"
    r22, r23 = r_of(t22), r_of(t23)
    dpt = round(r23 - r22, 2)
    F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和５（2023）年度", seg="total", metric="outstanding",
          basis="actual", value=o_man * 10000, unit="yen", raw=o_txt, page=pg, approx=True)
    F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和５（2023）年度", seg="total", metric="difference",
          basis="actual", value=-d_man * 10000, unit="yen", raw=d_txt, page=pg, approx=True)
    F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和５（2023）年度", seg="total", metric="collection_rate",
          basis="actual", value=r23, unit="percent", raw=f"{fr(r23)}％", page=pg)
    F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和５（2023）年度", seg="total", metric="difference",
          basis="actual", value=dpt, unit="points", raw=f"{fr(dpt)}ポイント", page=pg)
    toc = [("はじめに（計画策定の趣旨）", 1), ("第１章　計画の概要", 1), ("第２章　債権の現状", 2),
           ("　１　主要債権の収納状況", 2), ("　２　収入未済額・不納欠損額の推移", 3),
           ("　３　その他の債権及び会計別の状況", 4), ("第３章　計画の目標", 4),
           ("　１　第２次計画の目標と実績", 4), ("　２　目標収納率（令和７年度～令和９年度）", 5),
           ("第４章　債権ごとの取組（推進シート）", 5)]
    rows = "".join(f'<tr><td>{a}</td><td class="dots"></td><td class="num">{b}</td></tr>' for a, b in toc)
    return f"""
<div class="page">
 <div style="text-align:center; font-size:14pt; letter-spacing:10pt; margin:4pt 0 6pt 0;">目　次</div>
 <table class="toc" style="margin:0 auto 10pt auto;">{rows}</table>
 <h1>はじめに（計画策定の趣旨）</h1>
 <p>本市では、平成29（2017）年４月に「米沢市債権管理条例」を施行し、市が保有する債権の適正な管理と、市民負担の公平性の確保に全庁を挙げて取り組んできました。令和元（2019）年度からは第２次米沢市債権管理計画に基づき、債権ごとに目標収納率を定め、進捗を債権管理推進会議で点検してきたところです。</p>
 <p>その結果、令和５（2023）年度決算における主要６債権の収入未済額は{o_txt}となり、前年度から{d_txt}減少しました。また、主要６債権全体の収納率は{fr(r23)}％で、前年度比{fr(dpt)}ポイント上昇しています。</p>
 <p>一方で、滞納繰越分の収納率は依然として低い水準にとどまっており、高齢化の進展や物価高騰の影響により、納付が困難な世帯の増加も懸念されます。このため、第２次計画の成果と課題を検証し、引き続き計画的な債権管理を進めるため、第３次米沢市債権管理計画を策定するものです。</p>
 <h1 style="margin-top:12pt">第１章　計画の概要</h1>
 <h2>１　計画の位置付け</h2>
 <p>本計画は、米沢市債権管理条例第５条に基づく計画として、市の債権全般に関する管理の基本方針と、主要債権の目標及び具体的な取組を定めるものです。</p>
 <h2>２　計画の期間</h2>
 <p>令和７（2025）年度から令和９（2027）年度までの３か年とします。ただし、法令の改正や社会経済情勢の変化に応じ、必要な見直しを行います。</p>
 <h2>３　対象債権</h2>
 <p>本市が保有する債権のうち、令和５（2023）年度決算において収入未済額が生じている債権を対象とし、このうち収入未済額が大きい次の６債権を「主要債権」として、債権ごとに推進シートを作成し重点的に管理します。</p>
 <p class="ni" style="padding-left:2em">市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料、市営住宅使用料</p>
 <h2>４　推進体制</h2>
 <p>副市長を委員長とする米沢市債権管理推進会議において、年２回（９月及び２月）各債権の進捗状況を確認し、目標の達成が困難と見込まれる債権については、所管課に対し改善策の提出を求めます。</p>
 {pno(1)}
</div>"""


# ------------------------------------------------------------------ page 3: landscape wide table
def page3() -> str:
    pg = 3
    yrs = [(2022, "令和４（2022）年度"), (2023, "令和５（2023）年度")]
    h1 = '<th rowspan="3" style="width:78pt">債権名</th>' + "".join(
        f'<th colspan="9">{lab}</th>' for _, lab in yrs)
    h2 = "".join(f'<th colspan="3">{s}</th>' for _ in yrs for _, s in SEGS)
    h3 = "".join('<th>調定額</th><th>収入済額</th><th>収納率</th>' for _ in yrs for _ in SEGS)
    body = []
    rows = [(n, raw, D[n]) for n, raw, _ in DEBTS] + [(None, "計", TOT)]
    for n, raw, dd in rows:
        tds = [f'<td>{raw}</td>']
        for y, ylab in yrs:
            for s, _ in SEGS:
                x = dd[y][s]
                r = r_of(x)
                for k, metric in (("a", "assessed"), ("c", "collected")):
                    tds.append(f'<td class="num">{comma(x[k])}</td>')
                    F.add(debt=n, debt_raw=raw, fy=y, fy_raw=ylab, seg=s, metric=metric, basis="actual",
                          value=x[k] * 1000, unit="yen", raw=comma(x[k]), page=pg)
                tds.append(f'<td class="num">{fr(r)}</td>')
                F.add(debt=n, debt_raw=raw, fy=y, fy_raw=ylab, seg=s, metric="collection_rate", basis="actual",
                      value=r, unit="percent", raw=fr(r), page=pg)
        cls = ' class="sum"' if n is None else ""
        body.append(f"<tr{cls}>" + "".join(tds) + "</tr>")
    note_v = 31562
    F.add(debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度", seg="arrears", metric="collected",
          basis="actual", value=note_v * 1000, unit="yen", raw=f"{comma(note_v)}千円", page=pg)
    return f"""
<div class="page land">
 <h1>第２章　債権の現状</h1>
 <h2>１　主要債権の収納状況</h2>
 <p>主要６債権の令和４（2022）年度及び令和５（2023）年度の決算の状況は、表１のとおりです。現年度分はいずれの債権も前年度並み以上の収納率を確保していますが、滞納繰越分は国民健康保険税及び市営住宅使用料で低い水準にあります。</p>
 <div class="cap">表１　主要債権の収納状況（決算）　<span style="font-weight:normal">（単位：千円、％）</span></div>
 <table class="zebra">
  <thead><tr>{h1}</tr><tr>{h2}</tr><tr>{h3}</tr></thead>
  <tbody>{''.join(body)}</tbody>
 </table>
 <p class="note">※１　収納率＝収入済額÷調定額×100（小数点以下第３位を四捨五入）。計欄は主要６債権の合計です。</p>
 <p class="note">※２　市税の令和５年度滞納繰越分収入済額には、差押財産の換価による収入 {comma(note_v)}千円を含みます。</p>
 <p class="note">※３　滞納繰越分の調定額は、前年度末の収入未済額を繰り越したものです。</p>
 {pno(2)}
</div>"""


# ------------------------------------------------------------------ page 4: merged row labels + chart
def page4() -> str:
    pg = 4
    yrs = [(2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度")]
    head1 = '<th rowspan="2">債権名</th><th rowspan="2">区分</th>' + "".join(
        f'<th colspan="2">{lab}</th>' for _, lab in yrs)
    head2 = "".join('<th>不納欠損額<br>（千円）</th><th>収入未済額<br>（千円）</th>' for _ in yrs)
    body = []
    rows = [(n, raw, D[n]) for n, raw, _ in DEBTS] + [(None, "合計", TOT)]
    for n, raw, dd in rows:
        for j, (s, slab) in enumerate(SEGS):
            tds = []
            if j == 0:
                tds.append(f'<td rowspan="3" style="width:92pt">{raw}</td>')
            tds.append(f'<td class="c">{slab}</td>')
            for y, ylab in yrs:
                x = dd[y][s]
                if x["w"] == 0:
                    tds.append('<td class="c">－</td>')
                else:
                    tds.append(f'<td class="num">{comma(x["w"])}</td>')
                    F.add(debt=n, debt_raw=raw, fy=y, fy_raw=ylab, seg=s, metric="written_off", basis="actual",
                          value=x["w"] * 1000, unit="yen", raw=comma(x["w"]), page=pg)
                tds.append(f'<td class="num">{comma(x["o"])}</td>')
                F.add(debt=n, debt_raw=raw, fy=y, fy_raw=ylab, seg=s, metric="outstanding", basis="actual",
                      value=x["o"] * 1000, unit="yen", raw=comma(x["o"]), page=pg)
            style = ' style="background:#f2f2f2;font-weight:bold"' if s == "total" else ""
            body.append(f"<tr{style}>" + "".join(tds) + "</tr>")
    # chart: 収入未済額の推移 (百万円, one decimal)
    series = [(2019, "令和元年度", 1062.4), (2020, "令和２年度", 1011.8)] + [
        (y, ERA[y], round(TOT[y]["total"]["o"] / 1000, 1)) for y in YEARS]
    W, H, x0, y0, bw = 430, 170, 40, 140, 46
    vmax = 1200.0
    svg = [f'<svg width="{W}" height="{H}" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAexGothic">']
    svg.append(f'<line x1="{x0}" y1="{y0}" x2="{W-10}" y2="{y0}" stroke="#333" stroke-width="1"/>')
    for gv in (400, 800, 1200):
        gy = y0 - gv / vmax * 115
        svg.append(f'<line x1="{x0}" y1="{gy:.1f}" x2="{W-10}" y2="{gy:.1f}" stroke="#ccc" stroke-width="0.5"/>')
        svg.append(f'<text x="{x0-4}" y="{gy+3:.1f}" font-size="8" text-anchor="end">{gv:,}</text>')
    for i, (y, lab, v) in enumerate(series):
        bx = x0 + 18 + i * 76
        bh = v / vmax * 115
        svg.append(f'<rect x="{bx}" y="{y0-bh:.1f}" width="{bw}" height="{bh:.1f}" fill="#5b7fb0"/>')
        svg.append(f'<text x="{bx+bw/2}" y="{y0-bh-4:.1f}" font-size="9" text-anchor="middle">{v:,.1f}</text>')
        svg.append(f'<text x="{bx+bw/2}" y="{y0+13}" font-size="8.5" text-anchor="middle">{lab}</text>')
        F.add(debt=None, debt_raw=None, fy=y, fy_raw=lab, seg="total", metric="outstanding", basis="actual",
              value=round(v * 10) * 100000, unit="yen", raw=f"{v:,.1f}", page=pg)
    svg.append("</svg>")
    return f"""
<div class="page">
 <h2>２　収入未済額・不納欠損額の推移</h2>
 <p>主要債権の収入未済額及び不納欠損額の推移は表２のとおりです。滞納繰越分の収入未済額は着実に減少していますが、国民健康保険税は依然として主要債権全体の約４割を占めています。</p>
 <div class="cap">表２　主要債権の不納欠損額及び収入未済額の推移</div>
 <table class="grid" style="width:100%; font-size:8.2pt">
  <thead><tr>{head1}</tr><tr>{head2}</tr></thead>
  <tbody>{''.join(body)}</tbody>
 </table>
 <p class="note">注）「－」は該当がないことを示します。</p>
 <div class="cap" style="margin-top:10pt">図１　主要債権の収入未済額の推移（単位：百万円）</div>
 <div style="text-align:center">{''.join(svg)}</div>
 <p class="note" style="text-align:right">※ 各年度の出納閉鎖後の決算額（主要６債権の合計）</p>
 {pno(3)}
</div>"""


# ------------------------------------------------------------------ page 5: 円 and 千円 tables, previous plan
OTHER = [  # 債権名, 所管課, 収入未済額(円)
    ("生活保護費返還金", "社会福祉課", 28412306),
    ("奨学資金貸付金", "教育総務課", 5127400),
    ("住宅新築資金等貸付金", "建築住宅課", 3846120),
    ("行政財産使用料", "管財課", 318540),
]
PREV = [  # year, label, basis-of-result, 目標収納率, 実績収納率, 目標未済(千円), 実績未済(千円)
    (2022, "令和４年度", "actual", 93.80, None, 900_000, None),
    (2023, "令和５年度", "actual", 94.20, None, 840_000, None),
    (2024, "令和６年度（見込）", "estimate", 94.50, 94.71, 790_000, 768_400),
]


def page5() -> str:
    pg = 5
    # 表３ (円)
    rows3 = []
    for name, ka, v in OTHER:
        rows3.append(f'<tr><td>{name}</td><td>{ka}</td><td class="num">{comma(v)}</td></tr>')
        F.add(debt=name, debt_raw=name, fy=2023, fy_raw="令和５年度末", seg="total", metric="outstanding",
              basis="actual", value=v, unit="yen", raw=comma(v), page=pg)
    osum = sum(v for _, _, v in OTHER)
    rows3.append(f'<tr style="font-weight:bold"><td colspan="2" class="c">計</td><td class="num">{comma(osum)}</td></tr>')
    F.add(debt=None, debt_raw="計", fy=2023, fy_raw="令和５年度末", seg="total", metric="outstanding",
          basis="actual", value=osum, unit="yen", raw=comma(osum), page=pg)
    # 表４ (千円, 会計別)
    d23 = {n: D[n][2023]["total"]["o"] for n, _, _ in DEBTS}
    acc = [
        ("一般会計", d23["市税"] + d23["保育所保育料"] + d23["市営住宅使用料"] + round(osum / 1000)),
        ("国民健康保険特別会計", d23["国民健康保険税"]),
        ("介護保険特別会計", d23["介護保険料"]),
        ("後期高齢者医療特別会計", d23["後期高齢者医療保険料"]),
    ]
    rows4 = []
    for name, v in acc:
        rows4.append(f'<tr><td>{name}</td><td class="num">{comma(v)}</td></tr>')
        F.add(debt=None, debt_raw=name, fy=2023, fy_raw="令和５年度末", seg="total", metric="outstanding",
              basis="actual", value=v * 1000, unit="yen", raw=comma(v), page=pg)
    asum = sum(v for _, v in acc)
    rows4.append(f'<tr style="font-weight:bold"><td class="c">合計</td><td class="num">{comma(asum)}</td></tr>')
    F.add(debt=None, debt_raw="合計", fy=2023, fy_raw="令和５年度末", seg="total", metric="outstanding",
          basis="actual", value=asum * 1000, unit="yen", raw=comma(asum), page=pg)
    # 表５ 第２次計画の目標と実績 (years head rows)
    rows5 = []
    for y, lab, basis, tr, ar_, to, ao in PREV:
        if ar_ is None:
            ar_ = r_of(TOT[y]["total"])
            ao = TOT[y]["total"]["o"]
        d_r = round(ar_ - tr, 2)
        ach = round(ar_ / tr * 100, 1)
        d_o = ao - to
        rows5.append(
            f'<tr><th style="text-align:left">{lab}</th><td class="num">{fr(tr)}</td><td class="num">{fr(ar_)}</td>'
            f'<td class="num">{tri(d_r, "{:.2f}", "▲")}</td><td class="num">{ach:.1f}</td>'
            f'<td class="num">{comma(to)}</td><td class="num">{comma(ao)}</td><td class="num">{tri(d_o, "{:,}", "▲")}</td></tr>')
        fyr = lab
        F.add(debt=None, debt_raw=None, fy=y, fy_raw=fyr, seg="total", metric="collection_rate", basis="target",
              value=tr, unit="percent", raw=fr(tr), page=pg)
        F.add(debt=None, debt_raw=None, fy=y, fy_raw=fyr, seg="total", metric="collection_rate", basis=basis,
              value=ar_, unit="percent", raw=fr(ar_), page=pg)
        F.add(debt=None, debt_raw=None, fy=y, fy_raw=fyr, seg="total", metric="difference", basis=basis,
              value=d_r, unit="points", raw=tri(d_r, "{:.2f}", "▲"), page=pg)
        F.add(debt=None, debt_raw=None, fy=y, fy_raw=fyr, seg="total", metric="achievement_rate", basis=basis,
              value=ach, unit="percent", raw=f"{ach:.1f}", page=pg)
        F.add(debt=None, debt_raw=None, fy=y, fy_raw=fyr, seg="total", metric="outstanding", basis="target",
              value=to * 1000, unit="yen", raw=comma(to), page=pg)
        F.add(debt=None, debt_raw=None, fy=y, fy_raw=fyr, seg="total", metric="outstanding", basis=basis,
              value=ao * 1000, unit="yen", raw=comma(ao), page=pg)
        F.add(debt=None, debt_raw=None, fy=y, fy_raw=fyr, seg="total", metric="difference", basis=basis,
              value=d_o * 1000, unit="yen", raw=tri(d_o, "{:,}", "▲"), page=pg)
    return f"""
<div class="page">
 <h2>３　その他の債権及び会計別の状況</h2>
 <p>主要債権以外にも、生活保護費返還金などの債権に収入未済額が生じています。これらの債権は金額は小さいものの、時効の管理や債務者の状況把握が不十分となりやすいため、債権管理台帳による適正な管理を徹底します。</p>
 <div style="display:flex; gap:14pt; align-items:flex-start; margin-top:4pt">
  <div style="flex:1.15">
   <div class="cap">表３　その他の債権の収入未済額（令和５年度末）</div>
   <table class="grid" style="width:100%; font-size:8.6pt">
    <thead><tr><th>債権名</th><th>所管課</th><th>収入未済額（円）</th></tr></thead>
    <tbody>{''.join(rows3)}</tbody></table>
  </div>
  <div style="flex:1">
   <div class="cap">表４　会計別の収入未済額（令和５年度末）</div>
   <div class="unit">（単位：千円）</div>
   <table class="grid" style="width:100%; font-size:8.6pt">
    <thead><tr><th>会計</th><th>収入未済額</th></tr></thead>
    <tbody>{''.join(rows4)}</tbody></table>
  </div>
 </div>
 <p class="note">※ 表４の一般会計には、表３のその他の債権（千円未満四捨五入）を含みます。</p>
 <h1 style="margin-top:14pt">第３章　計画の目標</h1>
 <h2>１　第２次計画の目標と実績</h2>
 <p>第２次計画では、主要６債権全体の収納率と収入未済額について年度ごとに目標を定めました。令和４年度以降、収納率はいずれの年度も目標を上回り、収入未済額も目標を下回って推移しています。</p>
 <div class="cap">表５　第２次計画の目標と実績（主要６債権計）</div>
 <table class="grid" style="width:100%; font-size:8.6pt">
  <thead>
   <tr><th rowspan="2">年度</th><th colspan="4">収納率（％）</th><th colspan="3">収入未済額（千円）</th></tr>
   <tr><th>目標</th><th>実績</th><th>差</th><th>達成率</th><th>目標</th><th>実績</th><th>差</th></tr>
  </thead>
  <tbody>{''.join(rows5)}</tbody></table>
 <p class="note">※ 達成率＝収納率実績÷目標×100。差の▲は目標を下回った（収入未済額は目標より少ない）ことを示します。令和６年度は１月末時点の決算見込です。</p>
 {pno(4)}
</div>"""


# ------------------------------------------------------------------ targets
TGT = {  # debt: (cur R7,R8,R9), (arr R7,R8,R9), (outstanding R7,R8,R9 千円)
    "市税": ((99.20, 99.25, 99.30), (27.5, 28.0, 28.5), (382000, 370000, 358000)),
    "国民健康保険税": ((95.40, 95.60, 95.80), (21.0, 21.5, 22.0), (360000, 345000, 330000)),
    "介護保険料": ((99.05, 99.10, 99.15), (16.5, 17.0, 17.5), (44000, 42500, 41000)),
    "後期高齢者医療保険料": ((99.50, 99.52, 99.55), (37.0, 37.5, 38.0), (9000, 8700, 8400)),
    "保育所保育料": ((98.75, 98.80, 98.85), (14.0, 14.5, 15.0), (12500, 12000, 11500)),
    "市営住宅使用料": ((97.50, 97.60, 97.70), (10.0, 10.5, 11.0), (35500, 34500, 33500)),
}
TY = [(2025, "R7"), (2026, "R8"), (2027, "R9")]


def page6_targets() -> str:
    pg = 6
    short = {"市税": "市税", "国民健康保険税": "国民健康<br>保険税", "介護保険料": "介護<br>保険料",
             "後期高齢者医療保険料": "後期高齢者<br>医療保険料", "保育所保育料": "保育所<br>保育料",
             "市営住宅使用料": "市営住宅<br>使用料"}
    head = '<th colspan="2">年度・区分</th>' + "".join(f'<th>{short[n]}</th>' for n, _, _ in DEBTS)
    rows = []
    for i, (y, ylab) in enumerate(TY):
        for j, (s, slab) in enumerate([("current", "現年度分"), ("arrears", "滞納繰越分")]):
            tds = [f'<th rowspan="2">{ylab}</th>'] if j == 0 else []
            tds.append(f'<th>{slab}</th>')
            for n, raw, _ in DEBTS:
                v = TGT[n][j][i]
                txt = fr(v) if s == "current" else f"{v:.1f}"
                tds.append(f'<td class="num">{txt}</td>')
                F.add(debt=n, debt_raw=raw, fy=y, fy_raw=ylab, seg=s, metric="collection_rate", basis="target",
                      value=v, unit="percent", raw=txt, page=pg)
            rows.append("<tr>" + "".join(tds) + "</tr>")
    t23 = TOT[2023]
    ref = [("調定額", "assessed", t23["total"]["a"]), ("収入済額", "collected", t23["total"]["c"]),
           ("不納欠損額", "written_off", t23["total"]["w"]), ("収入未済額", "outstanding", t23["total"]["o"])]
    lis = []
    for lab, m, v in ref:
        lis.append(f"<li>{lab}：{comma(v)}千円</li>")
        F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和５年度", seg="total", metric=m, basis="actual",
              value=v * 1000, unit="yen", raw=f"{comma(v)}千円", page=pg)
    for lab, s in (("現年度分収納率", "current"), ("滞納繰越分収納率", "arrears")):
        r = r_of(t23[s])
        lis.append(f"<li>{lab}：{fr(r)}％</li>")
        F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和５年度", seg=s, metric="collection_rate",
              basis="actual", value=r, unit="percent", raw=f"{fr(r)}％", page=pg)
    return f"""
 <h2>２　目標収納率（令和７年度～令和９年度）</h2>
 <p>第３次計画では、債権ごとに現年度分と滞納繰越分の目標収納率を定め、現年度分の確実な収納により新たな滞納の発生を抑えるとともに、滞納繰越分の縮減を図ります。</p>
 <div class="cap">表６　債権別の目標収納率（単位：％）</div>
 <table class="grid" style="width:100%; font-size:8.6pt">
  <thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>
 <div class="ref">
  <div style="font-weight:bold">【参考】令和５年度決算（主要６債権計）</div>
  <ul>{''.join(lis)}</ul>
 </div>"""


# ------------------------------------------------------------------ sheets
def sheet_table(n: str, raw: str, pg: int, *, stacked: bool = False, households=None) -> str:
    d23, d22 = D[n][2023], D[n][2022]
    cur_t, arr_t, out_t = TGT[n]
    head1 = '<tr><th rowspan="2">区分</th><th>決算</th><th colspan="3">目標</th></tr>'
    head2 = '<tr><th>５年度</th><th>令和７年度</th><th>８年度</th><th>９年度</th></tr>'
    fy_lab = {2025: "令和７年度", 2026: "８年度", 2027: "９年度"}
    rows = []
    # 現年・滞繰 rates: value（previous year）
    for j, (s, lab, nd) in enumerate([("current", "現年度分収納率（％）", 2), ("arrears", "滞納繰越分収納率（％）", 2)]):
        r5, r4 = r_of(d23[s]), r_of(d22[s])
        c = f'{fr(r5)}（{fr(r4)}）'
        F.add(debt=n, debt_raw=raw, fy=2023, fy_raw="５年度", seg=s, metric="collection_rate", basis="actual",
              value=r5, unit="percent", raw=fr(r5), page=pg)
        F.add(debt=n, debt_raw=raw, fy=2022, fy_raw="令和４年度決算", seg=s, metric="collection_rate", basis="actual",
              value=r4, unit="percent", raw=fr(r4), page=pg)
        tds = [f'<td>{lab}</td>', f'<td class="num">{c}</td>']
        for i, (y, _) in enumerate(TY):
            v = (cur_t if s == "current" else arr_t)[i]
            txt = fr(v) if s == "current" else f"{v:.1f}"
            tds.append(f'<td class="num">{txt}</td>')
            F.add(debt=n, debt_raw=raw, fy=y, fy_raw=fy_lab[y], seg=s, metric="collection_rate", basis="target",
                  value=v, unit="percent", raw=txt, page=pg)
        rows.append("<tr>" + "".join(tds) + "</tr>")
    if stacked:
        # two figures stacked in one cell: 収入未済額 over 収納率 (計)
        o5, r5 = d23["total"]["o"], r_of(d23["total"])
        tds = ['<td>収入未済額（千円）<br>収納率・計（％）</td>', f'<td class="num">{comma(o5)}<br>{fr(r5)}</td>']
        F.add(debt=n, debt_raw=raw, fy=2023, fy_raw="５年度", seg="total", metric="outstanding", basis="actual",
              value=o5 * 1000, unit="yen", raw=comma(o5), page=pg)
        F.add(debt=n, debt_raw=raw, fy=2023, fy_raw="５年度", seg="total", metric="collection_rate", basis="actual",
              value=r5, unit="percent", raw=fr(r5), page=pg)
        for i, (y, _) in enumerate(TY):
            tds.append(f'<td class="num">{comma(out_t[i])}<br>－</td>')
            F.add(debt=n, debt_raw=raw, fy=y, fy_raw=fy_lab[y], seg="total", metric="outstanding", basis="target",
                  value=out_t[i] * 1000, unit="yen", raw=comma(out_t[i]), page=pg)
        rows.append("<tr>" + "".join(tds) + "</tr>")
    else:
        o5, o4 = d23["total"]["o"], d22["total"]["o"]
        tds = ['<td>収入未済額（千円）</td>', f'<td class="num">{comma(o5)}（{comma(o4)}）</td>']
        F.add(debt=n, debt_raw=raw, fy=2023, fy_raw="５年度", seg="total", metric="outstanding", basis="actual",
              value=o5 * 1000, unit="yen", raw=comma(o5), page=pg)
        F.add(debt=n, debt_raw=raw, fy=2022, fy_raw="令和４年度決算", seg="total", metric="outstanding", basis="actual",
              value=o4 * 1000, unit="yen", raw=comma(o4), page=pg)
        for i, (y, _) in enumerate(TY):
            tds.append(f'<td class="num">{comma(out_t[i])}</td>')
            F.add(debt=n, debt_raw=raw, fy=y, fy_raw=fy_lab[y], seg="total", metric="outstanding", basis="target",
                  value=out_t[i] * 1000, unit="yen", raw=comma(out_t[i]), page=pg)
        rows.append("<tr>" + "".join(tds) + "</tr>")
    if households:
        h5, h4, ht = households
        tds = ['<td>滞納世帯数（世帯）</td>', f'<td class="num">{comma(h5)}（{comma(h4)}）</td>']
        F.add(debt=n, debt_raw=raw, fy=2023, fy_raw="５年度", seg="total", metric="delinquents", basis="actual",
              value=h5, unit="households", raw=comma(h5), page=pg)
        F.add(debt=n, debt_raw=raw, fy=2022, fy_raw="令和４年度決算", seg="total", metric="delinquents", basis="actual",
              value=h4, unit="households", raw=comma(h4), page=pg)
        for i, (y, _) in enumerate(TY):
            tds.append(f'<td class="num">{comma(ht[i])}</td>')
            F.add(debt=n, debt_raw=raw, fy=y, fy_raw=fy_lab[y], seg="total", metric="delinquents", basis="target",
                  value=ht[i], unit="households", raw=comma(ht[i]), page=pg)
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return f"""<table class="grid"><thead>{head1}{head2}</thead><tbody>{''.join(rows)}</tbody></table>
 <div class="note">（　）内は令和４年度決算</div>"""


def items_html(n, raw, pg, section, items, fy=2025, style="list"):
    """items: list of (label, text, status, tag_on_own_line)"""
    out = []
    for label, text, status, own in items:
        tag = f"【{status}】" if status else ""
        if own:
            body = f"{label}{text}<br><span class='tag'>{tag}</span>"
        else:
            body = f"{label}{text}<span class='tag'>{tag}</span>"
        out.append(f"<li>{body}</li>")
        I.add(debt=n, debt_raw=raw, fy=fy, section=section, label=label.strip() or None, text=text,
              status=status, page=pg)
    return '<ul class="items">' + "".join(out) + "</ul>"


def page6() -> str:
    pg = 6
    return f"""
<div class="page">
 {page6_targets()}
 <h1 style="margin-top:10pt">第４章　債権ごとの取組（推進シート）</h1>
 <p>主要６債権について、現状と目標、具体的な取組を推進シートとしてまとめました。取組の末尾には、第２次計画からの区分を【継続】【拡充】【新規】で示しています。</p>
 {sheet_shizei(pg)}
 {pno(5)}
</div>"""


def sheet_hoiku(pg):
    n, raw = "保育所保育料", "保育所保育料"
    its = items_html(n, raw, pg, "主な取組", [
        ("・", "入所申込時及び継続手続時に口座振替の利用を案内し、口座振替率を令和９年度までに85％以上に引き上げる。", "拡充", False),
        ("・", "児童手当からの申出による徴収について、滞納が２か月以上続く世帯に個別に案内する。", "継続", False),
        ("・", "退所後の滞納者には、所管課から債権管理課へ引継ぎ、財産調査に基づく滞納処分を実施する。", "新規", False),
    ])
    return f"""
 <div class="sheet">
  <div style="font-weight:bold; margin-bottom:3pt">（５）債権ごとの取組（保育所保育料）</div>
  <table class="grid" style="margin-bottom:3pt"><tr><th style="width:60pt">所管課</th><td>こども課</td><th style="width:60pt">債権区分</th><td>強制徴収公債権</td></tr></table>
  {sheet_table(n, raw, pg)}
  <div style="font-weight:bold; margin-top:3pt">主な取組</div>
  {its}
 </div>"""


def sheet_shizei(pg):
    n, raw = "市税", "市税"
    its = items_html(n, raw, pg, "主な取組", [
        ("①", "納期限後20日以内に督促状を発送し、督促後も未納の場合は催告書を送付して早期の納付を促す。", "継続", False),
        ("②", "スマートフォン決済アプリ及び地方税統一QRコードによる納付を周知し、納付機会を拡大する。", "拡充", False),
        ("③", "預貯金・給与等の財産調査を滞納初期に実施し、納付資力がありながら納付しない者には速やかに差押えを行う。", "継続", True),
        ("④", "山形県滞納整理機構への移管により、高額・困難案件の整理を進める。", "継続", False),
    ])
    return f"""
 <div class="sheet">
  <div style="font-weight:bold; margin-bottom:3pt">（１）債権ごとの取組（市税）</div>
  <table class="grid" style="margin-bottom:3pt; width:100%"><tr><th style="width:55pt">債権名</th><td>市税</td><th style="width:55pt">所管課</th><td>納税課</td></tr></table>
  {sheet_table(n, raw, pg)}
  <div class="box" style="margin-top:4pt">
   <div style="font-weight:bold">主な取組</div>
   {its}
  </div>
 </div>"""


def sheet_kokuho(pg):
    n, raw = "国民健康保険税", "国民健康保険税"
    sec1, sec2 = "現年度分", "滞納繰越分"
    I_local = []
    body = []
    body.append('<div style="font-weight:bold; margin-top:3pt">１　現年度分</div>')
    body.append('<div style="margin-left:1em">ア　口座振替の推進<span class="tag">【継続】</span></div>')
    I.add(debt=n, debt_raw=raw, fy=2025, section=sec1, label="ア", text="口座振替の推進", status="継続", page=pg)
    body.append('<div style="margin-left:2em">(ｱ)　加入手続時に窓口で口座振替の申込みを受け付ける（ペイジー口座振替受付サービス）。</div>')
    I.add(debt=n, debt_raw=raw, fy=2025, section=sec1, label="ア(ｱ)",
          text="加入手続時に窓口で口座振替の申込みを受け付ける（ペイジー口座振替受付サービス）。", status=None, page=pg)
    body.append('<div style="margin-left:2em">(ｲ)　納付書払いの世帯に口座振替依頼書を同封した勧奨通知を送付する。</div>')
    I.add(debt=n, debt_raw=raw, fy=2025, section=sec1, label="ア(ｲ)",
          text="納付書払いの世帯に口座振替依頼書を同封した勧奨通知を送付する。", status=None, page=pg)
    body.append('<div style="margin-left:1em">イ　納期限後の早期催告として、ＳＭＳによる納付案内を送信する。<span class="tag">【新規】</span></div>')
    I.add(debt=n, debt_raw=raw, fy=2025, section=sec1, label="イ",
          text="納期限後の早期催告として、ＳＭＳによる納付案内を送信する。", status="新規", page=pg)
    body.append('<div style="font-weight:bold; margin-top:3pt">２　滞納繰越分</div>')
    body.append('<div style="margin-left:1em">ア　資格喪失世帯の未納について、喪失後３か月以内に納付相談の案内を送付する。<span class="tag">【継続】</span></div>')
    I.add(debt=n, debt_raw=raw, fy=2025, section=sec2, label="ア",
          text="資格喪失世帯の未納について、喪失後３か月以内に納付相談の案内を送付する。", status="継続", page=pg)
    body.append('<div style="margin-left:1em">イ　市税と一体的に財産調査及び滞納処分を行い、執行停止が相当な案件は速やかに処理する。<span class="tag">【拡充】</span></div>')
    I.add(debt=n, debt_raw=raw, fy=2025, section=sec2, label="イ",
          text="市税と一体的に財産調査及び滞納処分を行い、執行停止が相当な案件は速やかに処理する。", status="拡充", page=pg)
    return f"""
 <div class="sheet">
  <div style="font-weight:bold; margin-bottom:3pt">（２）国民健康保険税</div>
  <table class="grid" style="margin-bottom:3pt; width:100%"><tr><th style="text-align:left">債権名　国民健康保険税</th><th style="text-align:left">所管課　国保年金課</th></tr></table>
  {sheet_table(n, raw, pg, households=(1126, 1203, (1080, 1040, 1000)))}
  {''.join(body)}
 </div>"""


def page7() -> str:
    pg = 7
    return f"""
<div class="page">
 {sheet_kokuho(pg)}
 <div style="font-weight:bold; margin:0 0 2pt 0">（３）債権ごとの取組（介護保険料）</div>
 {sheet_kaigo(pg)}
 {pno(6)}
</div>"""


def sheet_kaigo(pg):
    n, raw = "介護保険料", "介護保険料"
    sec = "介護保険料"
    r1 = [("①", "普通徴収となる65歳到達者に、納付方法と口座振替の案内を個別に送付する。", "継続"),
          ("②", "納期限後１か月で電話による納付案内を行う。", "新規")]
    r2 = [("①", "滞納期間に応じた給付制限の事前周知を徹底し、納付相談につなげる。", "継続"),
          ("②", "時効完成が近い債権を毎月抽出し、財産調査と差押えを優先して行う。", "拡充")]
    cells = []
    for lab, items in (("早期対応", r1), ("滞納整理", r2)):
        parts = []
        for l, t, s in items:
            parts.append(f"{l}{t}【{s}】")
            I.add(debt=n, debt_raw=raw, fy=2025, section=sec, label=l, text=t, status=s, page=pg)
        cells.append(f'<tr><th style="width:55pt">{lab}</th><td>{"<br>".join(parts)}</td></tr>')
    return f"""
 <div class="sheet">
  <table class="grid" style="margin-bottom:3pt; width:100%"><tr><th style="text-align:left">債権名　介護保険料</th><th style="text-align:left">所管課　高齢福祉課</th></tr></table>
  {sheet_table(n, raw, pg, stacked=True)}
  <table class="grid" style="margin-top:4pt">{''.join(cells)}</table>
 </div>"""


def sheet_kouki(pg):
    n, raw = "後期高齢者医療保険料", "後期高齢者医療保険料"
    its = items_html(n, raw, pg, "主な取組", [
        ("(1)", "被保険者証の更新時に未納者への納付相談を実施し、分納誓約の履行状況を毎月確認する。", "継続", False),
        ("(2)", "山形県後期高齢者医療広域連合と連携し、年金からの特別徴収への切替えを進める。", "継続", False),
    ])
    return f"""
 <div class="sheet">
  <div style="font-weight:bold; margin-bottom:3pt">（４）債権ごとの取組（後期高齢者医療保険料）</div>
  {sheet_table(n, raw, pg, stacked=True)}
  <div class="box" style="margin-top:4pt">{its}</div>
 </div>"""


def sheet_jutaku(pg):
    n, raw = "市営住宅使用料", "市営住宅使用料"
    its = items_html(n, raw, pg, "主な取組", [
        ("(1)", "滞納３か月に達した入居者及び連帯保証人に、文書と訪問による納付指導を行う。", "継続", False),
        ("(2)", "退去滞納者の未納分は、支払督促等の法的措置を計画的に実施する。", "拡充", True),
    ])
    return f"""
 <div class="sheet">
  <div style="font-weight:bold; margin-bottom:3pt">（６）債権ごとの取組（市営住宅使用料）</div>
  <table class="grid" style="margin-bottom:3pt"><tr><th style="width:55pt">所管課</th><td>建築住宅課</td></tr></table>
  {sheet_table(n, raw, pg)}
  <div style="font-weight:bold; margin-top:3pt">主な取組</div>
  {its}
 </div>"""


def page8() -> str:
    pg = 8
    return f"""
<div class="page">
 {sheet_kouki(pg)}
 {sheet_hoiku(pg)}
 {sheet_jutaku(pg)}
 {pno(7)}
</div>"""


def main():
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{TITLE}</title>
<style>{CSS}</style></head><body>
{page_cover()}{page2()}{page3()}{page4()}{page5()}{page6()}{page7()}{page8()}
</body></html>"""
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"{STEM}.html"
    src.write_text(html, encoding="utf-8")
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    pdf = PDF_DIR / f"{STEM}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", str(src)], check=True, stderr=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL)
    out, n = write_gold(STEM, kind="plan", family="plan", municipality=CITY, title=TITLE,
                        date="2025-03-01", date_raw="令和７年３月", facts=F, inits=I)
    print(f"{pdf.name}: {n} pages, {len(F.items)} facts, {len(I.items)} initiatives")


if __name__ == "__main__":
    main()
