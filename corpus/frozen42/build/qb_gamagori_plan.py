"""qb_gamagori_plan_1: 蒲郡市債権管理計画（令和7～9年度）. HTML/CSS (two-column page, SVG chart) -> chromium."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qb_common import *  # noqa

STEM = "qb_gamagori_plan_1"
G = Gold(STEM, "plan", "plan", "蒲郡市", "蒲郡市債権管理計画（令和7（2025）年度～令和9（2027）年度）",
         "2025-03-01", "令和7年3月")
YEARS = [2019, 2020, 2021, 2022, 2023]
YL = {2019: "令和元年度", 2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度"}
YR = {2019: "R1", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5"}
# name, short, kaikei, ka, first arrears asd (千円), current asd per year, cur rate, arr rate, write-off share
DEBTS = [
    ("市税", "市税", "一般会計", "納税課", 612480,
     [12412380, 12198450, 12356720, 12541830, 12688410], [98.92, 98.98, 99.05, 99.12, 99.18],
     [24.1, 25.6, 27.2, 28.4, 29.9], [0.112, 0.105, 0.098, 0.094, 0.089]),
    ("保育所保育料", "保育料", "一般会計", "子育て支援課", 21340,
     [168420, 121350, 112860, 108740, 104210], [97.61, 97.95, 98.12, 98.36, 98.55],
     [17.2, 18.4, 19.8, 21.1, 22.3], [0.081, 0.076, 0.071, 0.066, 0.062]),
    ("市営住宅使用料", "住宅使用料", "一般会計", "建築住宅課", 38920,
     [268310, 265140, 262870, 259930, 256480], [96.12, 96.48, 96.80, 97.02, 97.31],
     [11.8, 12.5, 13.4, 14.2, 15.1], [0.048, 0.044, 0.051, 0.046, 0.042]),
    ("国民健康保険税", "国保税", "国民健康保険事業特別会計", "保険年金課", 498760,
     [2012340, 1978620, 1941270, 1897810, 1852460], [93.45, 93.88, 94.21, 94.62, 94.95],
     [20.4, 21.8, 23.1, 24.2, 25.6], [0.138, 0.129, 0.121, 0.114, 0.108]),
    ("介護保険料", "介護保険料", "介護保険事業特別会計", "長寿課", 41280,
     [1612450, 1634870, 1651320, 1678940, 1701230], [99.08, 99.14, 99.21, 99.27, 99.33],
     [15.8, 16.9, 17.6, 18.8, 19.7], [0.224, 0.211, 0.203, 0.191, 0.183]),
]


def model(d):
    out = {}
    arr_asd = d[4]
    for i, y in enumerate(YEARS):
        ac = d[5][i]
        cc = round(ac * d[6][i] / 100)
        aa = arr_asd
        ca = round(aa * d[7][i] / 100)
        wa = round(aa * d[8][i])
        cur = dict(asd=ac, col=cc, wo=0, out=ac - cc)
        arr = dict(asd=aa, col=ca, wo=wa, out=aa - ca - wa)
        tot = {k: cur[k] + arr[k] for k in cur}
        for s in (cur, arr, tot):
            s["rate"] = rate(s["col"], s["asd"], 2)
        out[y] = {"current": cur, "arrears": arr, "total": tot}
        arr_asd = tot["out"]
    return out


DATA = {d[0]: model(d) for d in DEBTS}
DEBT = {d[0]: d for d in DEBTS}
CITY = {y: {k: sum(DATA[n][y]["total"][k] for n in DATA) for k in ("asd", "col", "wo", "out")} for y in YEARS}
for y in YEARS:
    CITY[y]["rate"] = rate(CITY[y]["col"], CITY[y]["asd"], 2)
ARR_OUT_23 = sum(DATA[n][2023]["arrears"]["out"] for n in DATA)
# R6 見込 and R7-R9 目標 (rates, current / arrears)
EST = {"市税": (99.20, 30.5), "保育料": (98.60, 23.0), "住宅使用料": (97.40, 15.8), "国保税": (95.10, 26.4), "介護保険料": (99.35, 20.2)}
TGT = {"市税": [(99.22, 31.0), (99.25, 32.0), (99.30, 33.0)], "保育料": [(98.65, 23.5), (98.70, 24.0), (98.80, 25.0)],
       "住宅使用料": [(97.45, 16.0), (97.55, 16.5), (97.65, 17.0)], "国保税": [(95.20, 27.0), (95.35, 28.0), (95.50, 29.0)],
       "介護保険料": [(99.36, 20.5), (99.38, 21.0), (99.40, 21.5)]}
TY = [(2025, "R7"), (2026, "R8"), (2027, "R9")]

CSS = """
@page { size: A4; margin: 16mm 16mm 16mm 16mm;
  @bottom-center { content: counter(page); font-size: 9pt; } }
@page cover { margin: 0; @bottom-center { content: none; } }
body { font-family: 'IPAexMincho', 'Noto Serif CJK JP'; font-size: 10pt; line-height: 1.6; color:#111; }
.page { page-break-after: always; }
.page:last-child { page-break-after: auto; }
.cover { page: cover; height: 280mm; overflow: hidden; display:flex; flex-direction:column; justify-content:center; align-items:center; }
.cover h1 { font-family:'IPAexGothic'; font-size: 26pt; margin:0; }
.cover .period { font-size: 15pt; margin-top: 8mm; }
.cover .date { font-size: 14pt; margin-top: 70mm; }
h2 { font-family:'IPAexGothic'; font-size: 13pt; border-bottom: 2px solid #3a6b35; padding-bottom: 1mm; margin: 2mm 0 3mm; }
h3 { font-family:'IPAexGothic'; font-size: 11pt; margin: 3mm 0 1.5mm; }
.toc td { border: none; padding: 1.5mm 2mm; }
.toc td.dots { border-bottom: 1px dotted #555; width: 60%; }
.two { column-count: 2; column-gap: 8mm; column-rule: 0.5px solid #999; text-align: justify; }
.two p { margin: 0 0 2mm; text-indent: 1em; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; line-height: 1.35; }
td, th { border: 0.6pt solid #444; padding: 1.5px 3px; }
th { background: #e4eee2; font-weight: normal; font-family:'IPAexGothic'; }
td.n { text-align: right; }
.cap { font-family:'IPAexGothic'; font-size: 10pt; margin: 3mm 0 1mm; }
.boxed { border: 1.2px solid #000; padding: 2mm; }
.src { font-size: 8pt; text-align: right; margin-top: 1mm; }
.note { font-size: 8pt; }
.fn { font-size: 8pt; border-top: 0.5px solid #666; margin-top: 3mm; padding-top: 1mm; }
.sheet { border: 1.2px solid #3a6b35; padding: 2mm 3mm; margin-bottom: 3mm; }
.items p { margin: 0.5mm 0 0.5mm 2.2em; text-indent: -2.2em; }
.unit { text-align:right; font-size: 8pt; }
"""

html = []
P = 0


def newpage(cls=""):
    global P
    P += 1
    html.append(f'<div class="page {cls}">')


def endpage():
    html.append("</div>")


def oku_man(v_thousand):
    man = round(v_thousand / 10)
    return (f"{man // 10000}億" if man >= 10000 else "") + f"{man % 10000:,}万円", man * 10000


# ------------------------------------------------------------------ p1 cover
newpage("cover")
html.append('<h1>蒲郡市債権管理計画</h1><div class="period">令和7（2025）年度～令和9（2027）年度</div>'
            '<div class="date">令和7年3月<br>蒲　郡　市</div>')
endpage()

# ------------------------------------------------------------------ p2 目次 + 第1章
newpage()
html.append('<h2>目　次</h2><table class="toc">')
for t, pg in [("第1章　計画の概要", 2), ("第2章　債権の現状と課題", 3), ("　表1　会計別・債権別の収入未済額の推移", 4),
              ("　表2　債権別収納率の推移及び目標", 5), ("　表3　債権別・年度別の収納状況", 6),
              ("第3章　債権別推進シート", 7)]:
    html.append(f'<tr><td>{t}</td><td class="dots"></td><td style="text-align:right">{pg}</td></tr>')
html.append('</table>')
html.append('<h2>第1章　計画の概要</h2>')
html.append('<h3>１　計画策定の趣旨</h3><p>　本市では、平成29年度に「蒲郡市債権管理基本方針」を定め、市税をはじめとする各債権の収入未済額の縮減に取り組んできた。'
            'この結果、収入未済額は着実に減少しているが、国民健康保険税及び市営住宅使用料の滞納繰越分は依然として多額であり、'
            '負担の公平性の確保と自主財源の確保の観点から、全庁的な債権管理を一層推進する必要がある。</p>')
html.append('<h3>２　計画期間</h3><p>　令和7（2025）年度から令和9（2027）年度までの3年間とする。</p>')
html.append('<h3>３　対象債権</h3><p>　市税、保育所保育料、市営住宅使用料、国民健康保険税及び介護保険料の5債権（以下「主要債権」という。）を対象とし、'
            'その他の債権は各所管課の債権管理台帳により進行管理を行う。</p>')
html.append('<h3>４　推進体制</h3><p>　副市長を委員長とする蒲郡市債権管理推進委員会において、毎年度、目標の達成状況を検証し、'
            '必要に応じて取組の見直しを行う（PDCAサイクル）。</p>')
endpage()

# ------------------------------------------------------------------ p3 two-column prose
newpage()
html.append('<h2>第2章　債権の現状と課題</h2><div class="two">')
c23, c22 = CITY[2023], CITY[2022]
o_s, o_v = oku_man(c23["out"])
d_s, d_v = oku_man(c22["out"] - c23["out"])
dr = round(c23["rate"] - c22["rate"], 2)
peak = 2413000  # 千円, H29
pk_s, pk_v = oku_man(peak)
tax = DATA["市税"]
nhi = DATA["国民健康保険税"]
paras = [
    f'令和5（2023）年度決算における主要債権の収入未済額は約{o_s}で、前年度から約{d_s}減少した。収入未済額が最も多かった'
    f'平成29（2017）年度の約{pk_s}と比べると、この6年間で大きく縮減が進んでいる。',
    f'主要債権全体の収納率※1は{p(c23["rate"],2)}％で、前年度比{p(dr,2)}ポイント上昇した。令和元年度の{p(CITY[2019]["rate"],2)}％から'
    f'毎年度改善しており、特に令和二年度以降は新型コロナウイルス感染症の影響による徴収猶予の特例が終了した後も、納付相談の強化により'
    '滞納の長期化を抑えることができた。',
    f'市税は、現年課税分の収納率が{p(tax[2023]["current"]["rate"],2)}％と高い水準にある一方、滞納繰越分は{p(tax[2023]["arrears"]["rate"],2)}％'
    f'にとどまっている。H29に導入した滞納整理の進行管理システムにより、財産調査から滞納処分までの期間は短縮された。',
    f'国民健康保険税の収入未済額は{c(nhi[2023]["total"]["out"])}千円で、主要債権全体の約{round(nhi[2023]["total"]["out"]/c23["out"]*100)}％を占める。'
    f'収納率（計）は{p(nhi[2023]["total"]["rate"],2)}％で、前年度より{p(round(nhi[2023]["total"]["rate"]-nhi[2022]["total"]["rate"],2),2)}ポイント改善したが、'
    '被保険者の高齢化と所得の減少により、分納による長期化案件が増加している。',
    '市営住宅使用料及び保育所保育料は私債権又は非強制徴収公債権であり、強制徴収の手段が限られる。'
    '支払督促等の法的措置と、時効管理の徹底による適正な債権整理が課題である。',
    '以上を踏まえ、本計画では、①新たな滞納を生まない仕組みづくり、②滞納繰越分の計画的な縮減、③回収困難な債権の適正な整理、の3点を基本方針とし、'
    '第3章の推進シートにより債権ごとの目標と取組を定める。（2017年度比較は決算統計による。）',
]
for s in paras:
    html.append(f'<p>{s}</p>')
html.append('</div>')
html.append(f'<div class="fn">※1 収納率＝収入済額÷調定額（現年度分と滞納繰越分の合計）。令和5年度末の収入未済額のうち滞納繰越分 {c(ARR_OUT_23)}千円。</div>')
G.fact(P, None, None, 2023, "令和5（2023）年度", "total", "outstanding", "actual", o_v, "yen", f"約{o_s}", approx=True)
G.fact(P, None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", -d_v, "yen", f"約{d_s}減少", approx=True)
G.fact(P, None, None, 2017, "平成29（2017）年度", "total", "outstanding", "actual", pk_v, "yen", f"約{pk_s}", approx=True)
G.fact(P, None, None, 2023, "令和5（2023）年度", "total", "collection_rate", "actual", c23["rate"], "percent", f'{p(c23["rate"],2)}％で、前年度比')
G.fact(P, None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", dr, "points", f'前年度比{p(dr,2)}ポイント上昇')
G.fact(P, None, None, 2019, "令和元年度", "total", "collection_rate", "actual", CITY[2019]["rate"], "percent", f'{p(CITY[2019]["rate"],2)}％から')
G.fact(P, "市税", "市税", 2023, "令和5（2023）年度", "current", "collection_rate", "actual", tax[2023]["current"]["rate"], "percent",
       f'{p(tax[2023]["current"]["rate"],2)}％と高い')
G.fact(P, "市税", "市税", 2023, "令和5（2023）年度", "arrears", "collection_rate", "actual", tax[2023]["arrears"]["rate"], "percent",
       f'{p(tax[2023]["arrears"]["rate"],2)}％にとどまって')
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和5（2023）年度", "total", "outstanding", "actual", nhi[2023]["total"]["out"] * 1000,
       "yen", f'{c(nhi[2023]["total"]["out"])}千円')
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和5（2023）年度", "total", "collection_rate", "actual", nhi[2023]["total"]["rate"],
       "percent", f'収納率（計）は{p(nhi[2023]["total"]["rate"],2)}％')
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和5（2023）年度", "total", "difference", "actual",
       round(nhi[2023]["total"]["rate"] - nhi[2022]["total"]["rate"], 2), "points",
       f'{p(round(nhi[2023]["total"]["rate"]-nhi[2022]["total"]["rate"],2),2)}ポイント改善')
G.fact(P, None, None, 2023, "令和5年度末", "arrears", "outstanding", "actual", ARR_OUT_23 * 1000, "yen", f"滞納繰越分{c(ARR_OUT_23)}千円")
endpage()

# ------------------------------------------------------------------ p4 表1 + chart
newpage()
html.append('<div class="cap">表1　会計別・債権別の収入未済額の推移（単位：百万円）</div><div class="boxed"><table>')
html.append('<tr><th>会計</th><th>債権名</th><th>所管課</th>' + "".join(f'<th>{YR[y]}</th>' for y in YEARS) +
            '<th>5年平均</th><th>増減額<br>（R5－R1）</th><th>増減率<br>（％）</th></tr>')
groups = [("一般会計", ["市税", "保育所保育料", "市営住宅使用料"]), ("国民健康保険事業特別会計", ["国民健康保険税"]),
          ("介護保険事業特別会計", ["介護保険料"])]


def mil(v_thousand):
    return round(v_thousand / 1000, 1)


for kaikei, names in groups:
    for i, n in enumerate(names):
        d = DEBT[n]
        html.append('<tr>')
        if i == 0:
            html.append(f'<td rowspan="{len(names)}">{kaikei}</td>')
        html.append(f'<td>{d[1] if n != "国民健康保険税" else n}</td><td>{d[3]}</td>')
        vals = [mil(DATA[n][y]["total"]["out"]) for y in YEARS]
        for y, v in zip(YEARS, vals):
            html.append(f'<td class="n">{v:,.1f}</td>')
            G.fact(P, n, d[1] if n != "国民健康保険税" else n, y, YR[y], "total", "outstanding", "actual", v * 1e6, "yen", f"{v:,.1f}")
        avg = round(sum(vals) / 5, 1)
        dlt = round(vals[-1] - vals[0], 1)
        dr_ = round(dlt / vals[0] * 100, 1)
        html.append(f'<td class="n">{avg:,.1f}</td><td class="n">{tri(dlt, "△", 1)}</td><td class="n">{tri(dr_, "△", 1)}</td></tr>')
        G.fact(P, n, d[1] if n != "国民健康保険税" else n, 2023, "R5－R1", "total", "difference", "actual", dlt * 1e6, "yen", tri(dlt, "△", 1))
tv = [mil(CITY[y]["out"]) for y in YEARS]
tavg = round(sum(tv) / 5, 1)
tdl = round(tv[-1] - tv[0], 1)
html.append('<tr><th colspan="3">合　計</th>' + "".join(f'<td class="n"><b>{v:,.1f}</b></td>' for v in tv) +
            f'<td class="n">{tavg:,.1f}</td><td class="n">{tri(tdl, "△", 1)}</td><td class="n">{tri(round(tdl / tv[0] * 100, 1), "△", 1)}</td></tr>')
for y, v in zip(YEARS, tv):
    G.fact(P, None, "合計", y, YR[y], "total", "outstanding", "actual", v * 1e6, "yen", f"{v:,.1f}")
G.fact(P, None, "合計", 2023, "R5－R1", "total", "difference", "actual", tdl * 1e6, "yen", tri(tdl, "△", 1))
html.append('</table></div><div class="src">出典：蒲郡市歳入歳出決算書（各年度）、各所管課の債権管理台帳</div>')
html.append('<p class="note">※ 百万円未満を四捨五入しているため、合計と内訳が一致しない場合がある。国民健康保険税は国民健康保険事業特別会計、'
            '介護保険料は介護保険事業特別会計に属する。</p>')
# SVG bar chart (億円, one decimal)
oku = [round(CITY[y]["out"] / 100000, 1) for y in YEARS]
svg = ['<svg width="600" height="250" viewBox="0 0 600 250" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAexGothic">',
       '<text x="300" y="18" text-anchor="middle" font-size="13">主要債権の収入未済額の推移（億円）</text>',
       '<line x1="60" y1="215" x2="570" y2="215" stroke="#333"/>']
mx = max(oku) * 1.15
for i, (y, v) in enumerate(zip(YEARS, oku)):
    h = v / mx * 175
    x = 90 + i * 95
    svg.append(f'<rect x="{x}" y="{215-h:.1f}" width="50" height="{h:.1f}" fill="#7aa874"/>')
    svg.append(f'<text x="{x+25}" y="{215-h-5:.1f}" text-anchor="middle" font-size="12">{v:.1f}</text>')
    svg.append(f'<text x="{x+25}" y="233" text-anchor="middle" font-size="11">{YL[y]}</text>')
    G.fact(P, None, None, y, YL[y], "total", "outstanding", "actual", v * 1e8, "yen", f"{v:.1f}")
svg.append('</svg>')
html.append('<div style="margin-top:5mm;text-align:center">' + "".join(svg) + '</div>')
html.append(f'<p>　令和5年度末の収入未済額は約{oku[-1]:.1f}億円（表1では{tv[-1]:,.1f}百万円）となっている。</p>')
G.fact(P, None, None, 2023, "令和5年度末", "total", "outstanding", "actual", oku[-1] * 1e8, "yen", f"約{oku[-1]:.1f}億円", approx=True)
G.fact(P, None, None, 2023, "令和5年度末", "total", "outstanding", "actual", tv[-1] * 1e6, "yen", f"表1では{tv[-1]:,.1f}百万円")
endpage()

# ------------------------------------------------------------------ p5 表2 (left columns: R1-R5 actual)
SEGS = [("current", "現年"), ("arrears", "滞繰"), ("total", "計")]
newpage()
html.append('<div class="cap">表2　債権別収納率の推移及び目標（単位：％）</div>')
html.append('<table><tr><th rowspan="2">債権名</th><th rowspan="2">区分</th><th colspan="5">実績</th></tr><tr>' +
            "".join(f'<th>{YL[y]}</th>' for y in YEARS) + '</tr>')
for d in DEBTS:
    n = d[0]
    for j, (s, sl) in enumerate(SEGS):
        html.append('<tr>')
        if j == 0:
            html.append(f'<td rowspan="3">{d[1]}</td>')
        html.append(f'<td>{sl}</td>')
        for y in YEARS:
            v = DATA[n][y][s]["rate"]
            html.append(f'<td class="n">{p(v,2)}</td>')
            G.fact(P, n, d[1], y, YL[y], s, "collection_rate", "actual", v, "percent", p(v, 2))
        html.append('</tr>')
html.append('</table><p class="note">※ 表2は次頁に続く（令和6年度見込及び令和7年度以降の目標）。保育料は保育所保育料、住宅使用料は市営住宅使用料、'
            '国保税は国民健康保険税。</p>')
html.append('<h3>収納率の目標設定の考え方</h3><p>　現年度分は過去5年間の伸び率の平均を基に、滞納繰越分は令和6年度見込みに毎年度0.5～1.0ポイントを'
            '上積みした水準を目標とする。いずれも国・県の平均収納率を下回らないことを前提とする。</p>')
endpage()

# ------------------------------------------------------------------ p6 表2 continued (right-hand columns) + 表3 part 1
newpage()
html.append('<div class="cap">表2　債権別収納率の推移及び目標（続き）（単位：％）</div>')
html.append('<table><tr><th rowspan="2">債権名</th><th rowspan="2">区分</th><th>見込</th><th colspan="3">目標</th></tr><tr>'
            '<th>令和6年度</th>' + "".join(f'<th>令和{fy-2018}年度</th>' for fy, _ in TY) + '</tr>')
for d in DEBTS:
    n = d[0]
    for j, (s, sl) in enumerate(SEGS[:2]):
        html.append('<tr>')
        if j == 0:
            html.append(f'<td rowspan="2">{d[1]}</td>')
        html.append(f'<td>{sl}</td>')
        ev = EST[d[1]][j]
        html.append(f'<td class="n">{p(ev, 2 if j == 0 else 1)}</td>')
        G.fact(P, n, d[1], 2024, "令和6年度", s, "collection_rate", "estimate", ev, "percent", p(ev, 2 if j == 0 else 1))
        for (fy, _), tg in zip(TY, TGT[d[1]]):
            v = tg[j]
            html.append(f'<td class="n">{p(v, 2 if j == 0 else 1)}</td>')
            G.fact(P, n, d[1], fy, f"令和{fy-2018}年度", s, "collection_rate", "target", v, "percent", p(v, 2 if j == 0 else 1))
        html.append('</tr>')
html.append('</table>')
LONG = [(n, y) for n in DATA for y in sorted(YEARS, reverse=True)]


def longtable(rows, cont=False):
    html.append(f'<div class="cap">表3　債権別・年度別の収納状況（計）{"（続き）" if cont else ""}</div>')
    html.append('<table><tr><th>債権名</th><th>年度</th><th>収納率（％）</th><th>調定額（千円）</th><th>収入済額（千円）</th>'
                '<th>収入未済額（千円）</th></tr>')
    for n, y in rows:
        d = DEBT[n]
        r = DATA[n][y]["total"]
        yl = f"{YL[y]}（{y}）"
        html.append(f'<tr><td>{n}</td><td>{yl}</td><td class="n">{p(r["rate"],2)}</td><td class="n">{c(r["asd"])}</td>'
                    f'<td class="n">{c(r["col"])}</td><td class="n">{c(r["out"])}</td></tr>')
        G.fact(P, n, n, y, yl, "total", "collection_rate", "actual", r["rate"], "percent", p(r["rate"], 2))
        G.fact(P, n, n, y, yl, "total", "assessed", "actual", r["asd"] * 1000, "yen", c(r["asd"]))
        G.fact(P, n, n, y, yl, "total", "collected", "actual", r["col"] * 1000, "yen", c(r["col"]))
        G.fact(P, n, n, y, yl, "total", "outstanding", "actual", r["out"] * 1000, "yen", c(r["out"]))
    html.append('</table>')


longtable(LONG[:12])
endpage()

# ------------------------------------------------------------------ p7 表3 continued + 推進シート（市税）
newpage()
longtable(LONG[12:], cont=True)
html.append('<p class="note">※ 年度は降順。収入未済額は不納欠損額を除いた額。</p>')


def sheet(n, items, unit="千円", extra_rows=None):
    d = DEBT[n]
    D = DATA[n]
    html.append(f'<h2 style="font-size:11.5pt">第3章　債権別推進シート（{n}）</h2><div class="sheet">')
    html.append(f'<table><tr><th style="width:38%;text-align:left">債権名　{n}</th><th style="text-align:left">所管課　{d[3]}</th>'
                f'<th style="text-align:left">会計　{d[2]}</th></tr></table>')
    html.append(f'<div class="cap">（１）現状（令和5年度決算、括弧内は令和4年度）　単位：{unit}、％</div>')
    html.append('<table><tr><th>区分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>')
    for s, sl in (("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")):
        r, r0 = D[2023][s], D[2022][s]
        cells = []
        for k, m in (("asd", "assessed"), ("col", "collected"), ("wo", "written_off"), ("out", "outstanding")):
            if k == "wo" and r[k] == 0:
                cells.append("－")
                continue
            cells.append(c(r[k]))
            G.fact(P, n, n, 2023, "令和5年度", s, m, "actual", r[k] * 1000, "yen", c(r[k]))
        cells.append(f'{p(r["rate"],2)}（{p(r0["rate"],2)}）')
        G.fact(P, n, n, 2023, "令和5年度", s, "collection_rate", "actual", r["rate"], "percent", f'{p(r["rate"],2)}（')
        G.fact(P, n, n, 2022, "令和4年度", s, "collection_rate", "actual", r0["rate"], "percent", f'（{p(r0["rate"],2)}）')
        html.append(f'<tr><td>{sl}</td>' + "".join(f'<td class="n">{x}</td>' for x in cells) + '</tr>')
    html.append('</table>')
    html.append('<div class="cap">（２）目標</div><table><tr><th>年度</th><th>現年度分収納率（％）</th><th>滞納繰越分収納率（％）</th>'
                f'<th>収入未済額（{unit}）</th></tr>')
    out0 = D[2023]["total"]["out"]
    for i, ((fy, yl), tg) in enumerate(zip(TY, TGT[d[1]])):
        ot = round(out0 * (0.95 - 0.05 * i) / 100) * 100
        html.append(f'<tr><td>令和{fy-2018}（{fy}）年度</td><td class="n">{p(tg[0],2)}</td><td class="n">{p(tg[1],1)}</td>'
                    f'<td class="n">{c(ot)}</td></tr>')
        fyr = f"令和{fy-2018}（{fy}）年度"
        G.fact(P, n, n, fy, fyr, "current", "collection_rate", "target", tg[0], "percent", p(tg[0], 2))
        G.fact(P, n, n, fy, fyr, "arrears", "collection_rate", "target", tg[1], "percent", p(tg[1], 1))
        G.fact(P, n, n, fy, fyr, "total", "outstanding", "target", ot * 1000, "yen", c(ot))
    html.append('</table><div class="cap">（３）取組内容</div><div class="items">')
    parent = ""
    for lab, tx, st in items:
        html.append(f'<p>{lab}　{tx}{"【" + st + "】" if st else ""}</p>')
        if lab.startswith("(") and st is None and n == "市税":
            parent = lab          # sub-heading such as (1) 納期内納付の推進
            continue
        G.init(P, n, 2025, "取組内容", parent + lab.strip("　"), tx, st)
    html.append('</div></div>')


sheet("市税", [("(1)", "納期内納付の推進", None),
              ("　ア", "口座振替の新規申込みを窓口及びWeb口座振替受付サービスで勧奨する。", "継続"),
              ("　イ", "コンビニ納付及びスマートフォン決済の利用を周知する。", "継続"),
              ("(2)", "滞納繰越分の縮減", None),
              ("　ア", "滞納発生後6か月以内の財産調査を徹底し、差押え可能な財産を早期に把握する。", "拡充"),
              ("　イ", "愛知県と連携した個人住民税の共同徴収を実施する。", "新規")])
endpage()

# ------------------------------------------------------------------ p8 推進シート（国保税）
newpage()
sheet("国民健康保険税", [("①", "資格喪失時に未納額を通知し、窓口で納付相談を行う。", "継続"),
                       ("②", "短期被保険者証の交付対象世帯に対し、交付時の納付相談を徹底する。", "継続"),
                       ("③", "滞納処分の執行停止後3年を経過する案件を毎年度抽出し、適正に不納欠損処理を行う。", "新規")])
html.append('<p class="note">※ 目標の収入未済額は令和5年度末を基準に毎年度5％程度の縮減を見込んだもの。</p>')
endpage()

src = WORK / f"{STEM}.html"
src.write_text(f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>'
               + "\n".join(html) + "</body></html>", encoding="utf-8")
pdf = PDF_DIR / f"{STEM}.pdf"
chromium(src, pdf)
G.save(pdf)
print(STEM, "pages", P, "facts", len(G.facts), "inits", len(G.inits))
for b in check(STEM):
    print("BAD", b)
