"""かほく市債権管理計画（推進シート） — HTML -> chromium --print-to-pdf.  Run from corpus/dev42."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_common import PDF_DIR, WORK, Gold, c, finish, rate, signed, zen  # noqa: E402

STEM = "w_kahoku_plan_1"
CITY = "かほく市"
TITLE = "かほく市債権管理計画"
g = Gold("plan", "suishin", CITY, TITLE, "2025-03-01", "令和７年３月")

Y3 = [(2021, "令和3年度"), (2022, "令和4年度"), (2023, "令和5年度")]

# ------------------------------------------------------------------ data (円) for the 推進シート debts
YEN = {
    "市税": {2021: ((5021334218, 4968102114), (291072406, 150670118), 12804336),
             2022: ((5126880402, 5078224506), (180830056, 58412330), 9204118),
             2023: ((5198402330, 5152774118), (161869504, 55301206), 8412006)},
    "国民健康保険税": {2021: ((912406118, 868204336), (190042204, 38118402), 21336118),
                 2022: ((904118226, 862004118), (174789466, 40226331), 15118406),
                 2023: ((890226118, 851774206), (161558837, 42336118), 12004226)},
}
# (千円) total-segment data for the other debts: year -> (調定, 収入済, 不納欠損)
K = {
    "介護保険料": {2021: (812334, 801226, 1204), 2022: (826118, 815904, 1006), 2023: (838406, 828771, 902)},
    "後期高齢者医療保険料": {2021: (322118, 320884, 112), 2022: (331406, 330202, 98), 2023: (352117, 351006, 87)},
    "保育料": {2021: (98402, 94118, 402), 2022: (92226, 88901, 336), 2023: (88604, 85776, 204)},
    "水道料金": {2021: (612334, 605118, 1118), 2022: (618902, 611774, 1002), 2023: (640118, 633402, 886)},
}
OUT_EARLY = {  # 収入未済額 (千円) 令和元・２年度
    "市税": (262118, 291072), "国民健康保険税": (201336, 190042), "介護保険料": (11204, 10556),
    "後期高齢者医療保険料": (1306, 1218), "保育料": (5118, 4402), "水道料金": (7204, 6770)}
ORDER = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料", "水道料金"]


def tot_yen(d, fy):
    (ca, cc), (aa, ac), wo = YEN[d][fy]
    return ca + aa, cc + ac, wo


def kilo(d, fy):
    """(調定, 収入済, 不納欠損, 収入未済) in 千円 (円 data rounded half-up to 千円, 未済 from the 円 identity)."""
    if d in YEN:
        a, cl, wo = tot_yen(d, fy)
        out = a - cl - wo
        r = lambda x: (x + 500) // 1000  # noqa: E731
        return r(a), r(cl), r(wo), r(out)
    a, cl, wo = K[d][fy]
    return a, cl, wo, a - cl - wo


def trate(d, fy):
    if d in YEN:
        a, cl, _ = tot_yen(d, fy)
        return rate(cl, a)
    a, cl, _ = K[d][fy]
    return rate(cl, a)


# segment rates 令和元〜５年度 (表３)
SEGRATE = {
    "市税": {"cur": [98.92, 98.71], "arr": [24.12, 22.86]},
    "国民健康保険税": {"cur": [94.38, 94.61], "arr": [18.22, 19.04]},
    "介護保険料": {"cur": [99.02, 99.11, 99.18, 99.20, 99.26], "arr": [12.44, 13.02, 14.81, 15.27, 16.02]},
    "保育料": {"cur": [98.41, 98.66, 98.87, 99.02, 99.15], "arr": [10.12, 11.84, 12.36, 13.92, 14.08]},
}
for d in YEN:
    for fy in (2021, 2022, 2023):
        (ca, cc), (aa, ac), _ = YEN[d][fy]
        SEGRATE[d]["cur"].append(rate(cc, ca))
        SEGRATE[d]["arr"].append(rate(ac, aa))

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'IPAexMincho', 'Noto Serif CJK JP', serif; font-size: 10pt; color: #000; }
.page { width: 210mm; height: 297mm; padding: 16mm 17mm 18mm 17mm; position: relative; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.run { position: absolute; top: 7mm; right: 17mm; font-size: 8pt; color: #333; font-family: 'IPAexGothic', sans-serif; }
.foot { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1 { font-family: 'IPAexGothic', sans-serif; font-size: 15pt; margin: 0 0 4mm 0; border-bottom: 2px solid #1f4e79; padding-bottom: 1mm; }
h2 { font-family: 'IPAexGothic', sans-serif; font-size: 12pt; margin: 4mm 0 2mm 0; color: #1f4e79; }
h3 { font-family: 'IPAexGothic', sans-serif; font-size: 10.5pt; margin: 3mm 0 1.5mm 0; }
p { margin: 0 0 1.5mm 0; line-height: 1.6; text-indent: 1em; }
.cols { column-count: 2; column-gap: 8mm; }
.cols p { font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; }
td, th { padding: 1.2mm 1.5mm; }
th { font-family: 'IPAexGothic', sans-serif; font-weight: normal; }
.grid td, .grid th { border: 0.6pt solid #000; }
.grid th { background: #dde6f0; }
.hr td, .hr th { border-top: 0.5pt solid #777; border-bottom: 0.5pt solid #777; }
.hr thead th { border-top: 1.4pt solid #000; border-bottom: 1pt solid #000; background: none; }
.hr tbody tr:last-child td { border-bottom: 1.4pt solid #000; }
.zebra tbody tr:nth-child(even) td { background: #eef2f7; }
.num { text-align: right; font-family: 'IPAexGothic', sans-serif; }
.c { text-align: center; }
.unit { text-align: right; font-size: 8pt; margin: 0 0 0.8mm 0; }
.cap { font-family: 'IPAexGothic', sans-serif; font-size: 9.5pt; margin: 3mm 0 1mm 0; }
.boxed { border: 0.8pt solid #000; padding: 2mm 3mm; }
.src { font-size: 8pt; margin-top: 1mm; }
.note { font-size: 8pt; margin: 0.8mm 0; text-indent: 0; }
.vert { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1pt; width: 7mm; padding: 1mm 0; text-align: center; }
ul.b { margin: 1mm 0 1mm 4mm; padding-left: 4mm; }
ul.b li { margin: 0.6mm 0; line-height: 1.5; }
.item { margin: 0.8mm 0 0.8mm 9mm; text-indent: -4mm; line-height: 1.55; }
.sub { margin: 1.2mm 0 0.5mm 3mm; font-family: 'IPAexGothic', sans-serif; }
.strip td { border: 0.8pt solid #000; padding: 1.6mm 2mm; }
.strip .l { background: #1f4e79; color: #fff; font-family: 'IPAexGothic', sans-serif; width: 22mm; text-align: center; }
"""

pages: list[str] = []


def page(body: str, num: int | None, run: str = "かほく市債権管理計画"):
    foot = f'<div class="foot">－ {num} －</div>' if num else ""
    rh = f'<div class="run">{run}</div>' if run else ""
    pages.append(f'<div class="page">{rh}{body}{foot}</div>')


def F(d, fy, fyr, seg, met, basis, val, unit, raw, pg, **kw):
    g.fact(d if d else None, kw.pop("debt_raw", d), fy, fyr, seg, met, basis, val, unit, raw, pg, **kw)


# ================================================================ p1 cover
page("""
<div style="height:70mm"></div>
<div style="text-align:center;font-family:'IPAexGothic';font-size:28pt;letter-spacing:4pt;">かほく市債権管理計画</div>
<div style="text-align:center;font-family:'IPAexGothic';font-size:15pt;margin-top:6mm;">（令和７年度～令和１１年度）</div>
<div style="margin:22mm auto 0 auto;width:120mm;border-top:1.5pt solid #1f4e79;border-bottom:1.5pt solid #1f4e79;padding:4mm;text-align:center;font-size:11pt;line-height:1.8">
公平・公正な負担の確保と<br>持続可能な財政運営のために</div>
<div style="position:absolute;bottom:45mm;left:0;right:0;text-align:center;font-size:14pt;line-height:2">令和７年３月<br>かほく市</div>
""", None, run="")

# ================================================================ p2 目次
toc = [("第１章　計画の策定にあたって", "1", 0), ("1-1　策定の趣旨", "1", 1), ("1-2　計画の期間", "1", 1),
       ("1-3　対象とする債権", "1", 1),
       ("第２章　債権の現状と課題", "1", 0), ("2-1　債権別の収納状況", "1", 1), ("2-2　収入未済額の推移", "3", 1),
       ("2-3　収納率の推移", "3", 1), ("2-4　課題", "4", 1),
       ("第３章　債権別推進シート", "5", 0), ("3-1　推進シート（市税）", "5", 1),
       ("3-2　推進シート（国民健康保険税）", "6", 1)]
rows = "".join(
    f'<tr><td style="padding:{2.2 if lv == 0 else 1.2}mm 0 0 {0 if lv == 0 else 8}mm;'
    f'{"font-family:IPAexGothic;font-size:11.5pt" if lv == 0 else ""}">{t}'
    f'<span style="float:right">{zen(p)}</span></td></tr>' for t, p, lv in toc)
page(f"""<div style="height:20mm"></div><div style="text-align:center;font-family:'IPAexGothic';font-size:17pt;letter-spacing:12pt;margin-bottom:10mm">目次</div>
<table style="width:150mm;margin:0 auto;font-size:10.5pt"><tbody>{rows}</tbody></table>""", None, run="")

# ================================================================ p3 (body 1)
PG = 3
k5 = {d: kilo(d, 2023) for d in ORDER}
tot5 = sum(v[3] for v in k5.values())
man = (tot5 + 5) // 10                         # 万円
oku, rest = divmod(man, 10000)
s_tot5 = f"約{zen(str(oku))}億{zen(f'{rest:,}')}万円"
zei5 = k5["市税"][3]
s_zei5 = zen(f"{zei5 / 1000:.1f}") + "百万円"
r_zei_cur5 = SEGRATE["市税"]["cur"][4]
r_zei_cur4 = SEGRATE["市税"]["cur"][3]
dpt = round(r_zei_cur5 - r_zei_cur4, 2)
body = f"""
<h1>第１章　計画の策定にあたって</h1>
<div class="cols">
<h2>1-1　策定の趣旨</h2>
<p>本市では、平成２９年度に「かほく市債権管理計画」を策定し、市税をはじめとする債権の適正な管理と収入未済額の縮減に取り組んできました。</p>
<p>令和５年度決算における本市の主要な債権の収入未済額は{s_tot5}で、このうち市税が{s_zei5}を占めています。市税の現年課税分の収納率は{zen(f"{r_zei_cur5:.2f}")}％と、前年度から{zen(f"{dpt:.2f}")}ポイント上昇しましたが、滞納繰越分の縮減は引き続き課題となっています。</p>
<p>前計画の期間が令和６年度で終了することから、これまでの取組の成果と課題を踏まえ、新たな計画を策定するものです。</p>
<h2>1-2　計画の期間</h2>
<p>令和７年度から令和１１年度までの５年間とします。</p>
<h2>1-3　対象とする債権</h2>
<p>市が保有する金銭債権のうち、収入未済額が生じている次の債権を対象とします。</p>
<div class="item">（１）強制徴収公債権</div>
<div class="item">ア　市税　イ　国民健康保険税　ウ　介護保険料　エ　後期高齢者医療保険料　オ　保育料</div>
<div class="item">（２）私債権</div>
<div class="item">ア　水道料金</div>
</div>
"""
F(None, 2023, "令和５年度", "total", "outstanding", "actual", man * 10000, "yen", s_tot5, PG, approx=True, debt_raw=None)
F("市税", 2023, "令和５年度", "total", "outstanding", "actual", round(zei5 / 100) * 100000,
  "yen", s_zei5, PG)
F("市税", 2023, "令和５年度", "current", "collection_rate", "actual", r_zei_cur5, "percent", zen(f"{r_zei_cur5:.2f}") + "％", PG)
F("市税", 2023, "令和５年度", "current", "difference", "actual", dpt, "points", zen(f"{dpt:.2f}") + "ポイント", PG)

# 2-1 long-format table (表１), cut by the page break; header repeated on the next page
long_rows = [(d, fy, fyr) for d in ORDER for fy, fyr in Y3]
split = 9
THEAD1 = ('<thead><tr><th>債権名</th><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th>'
          '<th>収入未済額</th><th>収納率</th></tr></thead>')


def long_table(rows_, pg, caption):
    out = []
    for d, fy, fyr in rows_:
        a, cl, wo, ot = kilo(d, fy)
        rt = trate(d, fy)
        out.append(f'<tr><td>{d}</td><td class="c">{fyr}</td><td class="num">{c(a)}</td><td class="num">{c(cl)}</td>'
                   f'<td class="num">{c(wo)}</td><td class="num">{c(ot)}</td><td class="num">{rt:.2f}</td></tr>')
        for met, val, raw in (("assessed", a * 1000, c(a)), ("collected", cl * 1000, c(cl)),
                              ("written_off", wo * 1000, c(wo)), ("outstanding", ot * 1000, c(ot))):
            F(d, fy, fyr, "total", met, "actual", val, "yen", raw, pg)
        F(d, fy, fyr, "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}", pg)
    return (f'<div class="cap">{caption}</div><div class="unit">（単位：千円、％）</div>'
            f'<table class="hr zebra">{THEAD1}<tbody>{"".join(out)}</tbody></table>')


body += '<h1 style="margin-top:5mm">第２章　債権の現状と課題</h1><h2>2-1　債権別の収納状況</h2>'
body += '<p>直近３か年の債権別の収納状況は表１のとおりです（現年度分と滞納繰越分の合計）。</p>'
body += long_table(long_rows[:split], PG, "表１　債権別収納状況（令和３～５年度決算）")
page(body, 1)

# ================================================================ p4 (body 2)
PG = 4
body = long_table(long_rows[split:], PG, "表１　債権別収納状況（令和３～５年度決算）（続き）")
body += '<p class="note">※ 収納率＝収入済額÷調定額。市税及び国民健康保険税は円単位の決算額から算出しています。</p>'
# 図１ vector bar chart: total 収入未済額 by year (百万円, one decimal)
years5 = [(2019, "R1"), (2020, "R2"), (2021, "R3"), (2022, "R4"), (2023, "R5")]
totals = {}
for fy, _ in years5:
    if fy < 2021:
        totals[fy] = sum(OUT_EARLY[d][fy - 2019] for d in ORDER)
    else:
        totals[fy] = sum(kilo(d, fy)[3] for d in ORDER)
W, H, X0, Y0 = 520, 230, 50, 195
mx = max(totals.values()) / 1000
svg = [f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" xmlns="http://www.w3.org/2000/svg" '
       'style="font-family:IPAexGothic">']
svg.append(f'<line x1="{X0}" y1="{Y0}" x2="{W - 10}" y2="{Y0}" stroke="#000" stroke-width="1"/>')
for gy in (100, 200, 300, 400, 500):
    if gy <= mx * 1.15:
        yy = Y0 - gy / (mx * 1.15) * 160
        svg.append(f'<line x1="{X0}" y1="{yy:.1f}" x2="{W - 10}" y2="{yy:.1f}" stroke="#ccc" stroke-width="0.6"/>')
        svg.append(f'<text x="{X0 - 6}" y="{yy + 4:.1f}" font-size="10" text-anchor="end">{gy}</text>')
for i, (fy, lab) in enumerate(years5):
    v = round(totals[fy] / 1000, 1)
    h = v / (mx * 1.15) * 160
    x = X0 + 25 + i * 90
    svg.append(f'<rect x="{x}" y="{Y0 - h:.1f}" width="44" height="{h:.1f}" fill="#5b87b5"/>')
    svg.append(f'<text x="{x + 22}" y="{Y0 - h - 5:.1f}" font-size="11" text-anchor="middle">{v:.1f}</text>')
    svg.append(f'<text x="{x + 22}" y="{Y0 + 16}" font-size="11" text-anchor="middle">{lab}</text>')
    F(None, fy, lab, "total", "outstanding", "actual", round(v * 1e6), "yen", f"{v:.1f}", PG, debt_raw="合計")
svg.append("</svg>")
body += ('<div class="cap" style="margin-top:6mm">図１　主要債権の収入未済額の推移（単位：百万円）</div>'
         f'<div style="text-align:center">{"".join(svg)}</div>'
         '<p class="note">※ 表２の合計欄の数値を百万円単位（百万円未満四捨五入、小数第１位まで）で表示。</p>')
page(body, 2)

# ================================================================ p5 (body 3): 表２ boxed, 表３ part 1
PG = 5
YL = [(2019, "令和元年度<br>(2019年度)", "令和元年度"), (2020, "令和二年度", "令和二年度"), (2021, "R3", "R3"),
      (2022, "R4", "R4"), (2023, "R5", "R5")]
tr = []
colsum = {fy: 0 for fy, _, _ in YL}
for d in ORDER:
    cells = []
    for fy, _, raw_y in YL:
        v = OUT_EARLY[d][fy - 2019] if fy < 2021 else kilo(d, fy)[3]
        colsum[fy] += v
        cells.append(f'<td class="num">{c(v)}</td>')
        F(d, fy, raw_y, "total", "outstanding", "actual", v * 1000, "yen", c(v), PG)
    dv = kilo(d, 2023)[3] - kilo(d, 2022)[3]
    cells.append(f'<td class="num">{c(dv)}</td>')
    F(d, 2023, "R5", "total", "difference", "actual", dv * 1000, "yen", c(dv), PG)
    tr.append(f'<tr><td>{d}</td>{"".join(cells)}</tr>')
cells = []
for fy, _, raw_y in YL:
    cells.append(f'<td class="num"><b>{c(colsum[fy])}</b></td>')
    F(None, fy, raw_y, "total", "outstanding", "actual", colsum[fy] * 1000, "yen", c(colsum[fy]), PG, debt_raw="合計")
    assert colsum[fy] == totals[fy]
dv = colsum[2023] - colsum[2022]
cells.append(f'<td class="num"><b>{c(dv)}</b></td>')
F(None, 2023, "R5", "total", "difference", "actual", dv * 1000, "yen", c(dv), PG, debt_raw="合計")
tr.append(f'<tr><td class="c"><b>合計</b></td>{"".join(cells)}</tr>')
head = "".join(f"<th>{h}</th>" for _, h, _ in YL)
body = f"""<h2>2-2　収入未済額の推移</h2>
<p>主要な債権の収入未済額は、令和二年度に新型コロナウイルス感染症に係る徴収猶予の影響で増加しましたが、その後は減少が続いています。</p>
<div class="cap">表２　債権別収入未済額の推移（単位：千円）</div>
<div class="boxed"><table class="hr"><thead><tr><th>区分</th>{head}<th>増減<br>(R5-R4)</th></tr></thead>
<tbody>{"".join(tr)}</tbody></table></div>
<div class="src">資料：かほく市各年度歳入歳出決算書、水道事業会計決算書（増減欄の△は減少）</div>
"""
# 表３ part 1 (R1-R3): narrow vertical label column
SDEBTS = [("市税", "市税"), ("国民健康保険税", "国保税"), ("介護保険料", "介護"), ("保育料", "保育料")]


def rate_table(idx, years, extra_diff, pg):
    out = []
    for d, short in SDEBTS:
        for si, (sk, sname, seg) in enumerate((("cur", "現年", "current"), ("arr", "滞繰", "arrears"))):
            tds = ""
            if si == 0:
                tds += f'<td rowspan="2" class="c" style="width:26mm">{d}</td>'
            tds += f'<td class="c" style="width:12mm">{sname}</td>'
            for i in idx:
                v = SEGRATE[d][sk][i]
                tds += f'<td class="num">{v:.2f}</td>'
                fy, _, raw_y = YL[i]
                F(d, fy, raw_y, seg, "collection_rate", "actual", v, "percent", f"{v:.2f}", pg)
            if extra_diff:
                dv = round(SEGRATE[d][sk][4] - SEGRATE[d][sk][3], 2)
                tds += f'<td class="num">{signed(dv)}</td>'
                F(d, 2023, "R5", seg, "difference", "actual", dv, "points", signed(dv), pg)
            out.append(f"<tr>{tds}</tr>")
    hd = "".join(f"<th>{YL[i][1]}</th>" for i in idx) + ("<th>増減</th>" if extra_diff else "")
    return (f'<table class="grid"><thead><tr><th>債権名</th><th class="vert">区分</th>{hd}</tr></thead>'
            f'<tbody>{"".join(out)}</tbody></table>')


body += """<h2>2-3　収納率の推移</h2>
<p>主な強制徴収公債権の収納率は表３のとおりです。現年度分はおおむね横ばい、滞納繰越分は上昇傾向にあります。</p>
<div class="cap">表３　現年度分・滞納繰越分別の収納率の推移（単位：％）</div>"""
body += rate_table([0, 1, 2], YL, False, PG)
body += '<p class="note">（次ページに続く）</p>'
page(body, 3)

# ================================================================ p6 (body 4): 表３ right-hand columns + 課題
PG = 6
body = '<div class="cap">表３　現年度分・滞納繰越分別の収納率の推移（続き）（単位：％、ポイント）</div>'
body += rate_table([3, 4], YL, True, PG)
body += '<p class="note">※ 増減は令和５年度と令和４年度の差（ポイント）。△は低下。</p>'
body += """<h2>2-4　課題</h2>
<div class="item">（１）滞納繰越分の縮減</div>
<p>市税及び国民健康保険税の収入未済額の多くは滞納繰越分であり、長期化・高額化した案件の整理が進んでいません。</p>
<div class="item">（２）初期段階での対応</div>
<p>現年度分の未納を翌年度に繰り越さないよう、督促後の早い段階で催告や納付相談を行う必要があります。</p>
<div class="item">（３）執行停止・不納欠損の適正化</div>
<p>徴収の見込みがない案件については、法令に基づき執行停止や不納欠損を適正に行い、回収可能な案件に注力する必要があります。</p>
"""
page(body, 4)

# ================================================================ p7, p8: 推進シート
SHEETS = [
    dict(d="市税", ka="税務課 収納係", kind="強制徴収公債権", num="3-1",
         plan=[(2022, "令和４年度", 98.90, 30.00), (2023, "令和５年度", 99.00, 32.00)],
         est6=(99.12, 35.10), tgt6=(99.10, 34.00),
         dec=((82.41, 81.97), (21.05, 19.88)),
         tgt=[(99.15, 35.00, 136000), (99.20, 36.00, 128000), (99.25, 37.00, 120000), (99.30, 38.00, 113000),
              (99.35, 39.00, 106000)],
         init_box=[("（１）滞納の未然防止", [
             ("ア", "口座振替とスマートフォン決済の利用を、納税通知書に同封するチラシで案内する。", "継続", "after"),
             ("イ", "新たに納税義務者となった方へ、納期限前にＳＭＳで納付を案内する。", "新規", "alone")]),
             ("（２）滞納整理の強化", [
                 ("ア", "滞納の初期段階で財産調査を行い、納付資力のある滞納者には早期に差押えを行う。", "継続", "after"),
                 ("イ", "石川県地方税滞納整理機構と連携し、高額・困難案件の整理を進める。", "拡充", "wrap"),
                 ("ウ", "執行停止の判断基準を定め、徴収の見込みのない案件を適正に整理する。", "新規", "after")])]),
    dict(d="国民健康保険税", ka="保険医療課 国保係", kind="強制徴収公債権", num="3-2",
         plan=[(2022, "令和４年度", 95.20, 20.00), (2023, "令和５年度", 95.40, 22.00)],
         est6=(95.72, 26.40), tgt6=(95.60, 24.00),
         dec=((71.36, 70.82), (17.44, 16.03)),
         tgt=[(95.80, 27.00, 136000), (95.90, 28.00, 127000), (96.00, 29.00, 119000), (96.10, 30.00, 111000),
              (96.20, 31.00, 104000)],
         init_cols=[("滞納の未然防止", [
             ("資格取得の届出時に、口座振替の申込みを勧める。", "継続"),
             ("納期限後２０日以内に督促状を送付し、未納が続く世帯には電話で催告する。", "継続")]),
             ("徴収の強化", [
                 ("短期被保険者証の交付時に納付相談を行い、分割納付の計画を立てる。", "継続"),
                 ("預貯金・給与の調査を電子照会で行い、滞納処分を迅速に行う。", "新規"),
                 ("時効が近い案件を毎月抽出し、差押え等の時効の更新措置を行う。", "拡充")])]),
]
PG = 7
for sh in SHEETS:
    d = sh["d"]
    body = f'<h1>第３章　債権別推進シート</h1><h2>{sh["num"]}　推進シート（{d}）</h2>' if sh["num"] == "3-1" else \
        f'<h2 style="margin-top:0">{sh["num"]}　推進シート（{d}）</h2>'
    body += (f'<table class="strip"><tr><td class="l">所管課</td><td>{sh["ka"]}</td><td class="l">債権の種類</td>'
             f'<td>{sh["kind"]}</td></tr></table>')
    # (1) 収納状況 円
    body += '<h3>（１）収納状況</h3><div class="unit">（単位：円、％）</div>'
    trs = []
    for si, (seg, sname) in enumerate((("current", "現年課税分"), ("arrears", "滞納繰越分"), ("total", "合計"))):
        for k, mname in enumerate(("調定額", "収入済額", "収納率")):
            tds = f'<td rowspan="3" class="c" style="background:#eef2f7">{sname}</td>' if k == 0 else ""
            tds += f"<td>{mname}</td>"
            for fy, fyr in Y3:
                (ca, cc), (aa, ac), wo = YEN[d][fy]
                a, cl = [(ca, cc), (aa, ac), (ca + aa, cc + ac)][si]
                if k == 0:
                    v, raw, met, unit = a, c(a), "assessed", "yen"
                elif k == 1:
                    v, raw, met, unit = cl, c(cl), "collected", "yen"
                else:
                    v = rate(cl, a); raw = f"{v:.2f}"; met, unit = "collection_rate", "percent"
                tds += f'<td class="num">{raw}</td>'
                F(d, fy, fyr, seg, met, "actual", v, unit, raw, PG)
            trs.append(f"<tr>{tds}</tr>")
    for mname, met in (("不納欠損額", "written_off"), ("収入未済額", "outstanding")):
        tds = f'<td colspan="2" class="c" style="background:#eef2f7">{mname}</td>'
        for fy, fyr in Y3:
            a, cl, wo = tot_yen(d, fy)
            v = wo if met == "written_off" else a - cl - wo
            tds += f'<td class="num">{c(v)}</td>'
            F(d, fy, fyr, "total", met, "actual", v, "yen", c(v), PG)
        trs.append(f"<tr>{tds}</tr>")
    body += (f'<table class="grid"><thead><tr><th colspan="2">区分</th>'
             + "".join(f"<th>{fyr}</th>" for _, fyr in Y3) + f'</tr></thead><tbody>{"".join(trs)}</tbody></table>')
    # (2) 前計画の目標と実績 (目標 | 実績 | 達成率)
    body += '<h3>（２）前計画の目標と実績</h3><div class="unit">（単位：％）</div>'
    hd1 = "".join(f'<th colspan="3">{fyr}</th>' for _, fyr, _, _ in sh["plan"]) + '<th colspan="3">令和６年度（見込）</th>'
    hd2 = "<th>目標</th><th>実績</th><th>達成率※2</th>" * 2 + "<th>目標</th><th>見込</th><th>達成率※2</th>"
    trs = []
    for si, (seg, sname, sk) in enumerate((("current", "現年課税分", "cur"), ("arrears", "滞納繰越分", "arr"))):
        tds = f"<td>{sname}</td>"
        for fy, fyr, tc_, ta_ in sh["plan"]:
            tv = (tc_, ta_)[si]
            av = SEGRATE[d][sk][fy - 2019]
            tds += f'<td class="num">{tv:.2f}</td><td class="num">{av:.2f}</td><td class="num">{av / tv * 100:.1f}</td>'
            F(d, fy, fyr, seg, "collection_rate", "target", tv, "percent", f"{tv:.2f}", PG)
            F(d, fy, fyr, seg, "collection_rate", "actual", av, "percent", f"{av:.2f}", PG)
        tv, ev = sh["tgt6"][si], sh["est6"][si]
        tds += (f'<td class="num">{tv:.2f}</td><td class="num">{ev:.2f}※1</td>'
                f'<td class="num">{ev / tv * 100:.1f}</td>')
        F(d, 2024, "令和６年度", seg, "collection_rate", "target", tv, "percent", f"{tv:.2f}", PG)
        F(d, 2024, "令和６年度", seg, "collection_rate", "estimate", ev, "percent", f"{ev:.2f}※1", PG)
        trs.append(f"<tr>{tds}</tr>")
    body += (f'<table class="grid"><thead><tr><th rowspan="2">区分</th>{hd1}</tr><tr>{hd2}</tr></thead>'
             f'<tbody>{"".join(trs)}</tbody></table>')
    body += ('<p class="note">※1 見込は令和６年１２月末の実績を基に推計。　※2 達成率＝実績（見込）÷目標×100。'
             '</p>')
    # (3) 【収納率】令和６年１２月末時点
    (dc, dcp), (da, dap) = sh["dec"]
    body += (f'<div class="sub" style="margin-top:2.5mm">【収納率】令和６年１２月末時点</div><ul class="b">'
             f'<li>現年課税分　{zen(f"{dc:.2f}")}％（前年同期　{zen(f"{dcp:.2f}")}％）</li>'
             f'<li>滞納繰越分　{zen(f"{da:.2f}")}％（前年同期　{zen(f"{dap:.2f}")}％）</li></ul>')
    for seg, v, pv in (("current", dc, dcp), ("arrears", da, dap)):
        F(d, 2024, "令和６年１２月末", seg, "collection_rate", "interim", v, "percent", zen(f"{v:.2f}") + "％", PG,
          as_of="2024-12-31")
        F(d, 2023, "前年同期", seg, "collection_rate", "interim", pv, "percent", zen(f"{pv:.2f}") + "％", PG,
          as_of="2023-12-31")
    # (4) 計画期間の目標
    yrs = [(2025 + i, f"令和{zen(str(7 + i))}年度") for i in range(5)]
    body += '<h3>（３）計画期間の目標</h3><div class="unit">（単位：％、千円）</div>'
    trs = []
    for ri, (lab, seg, met) in enumerate((("現年課税分収納率", "current", "collection_rate"),
                                         ("滞納繰越分収納率", "arrears", "collection_rate"),
                                         ("収入未済額", "total", "outstanding"))):
        tds = f"<td>{lab}</td>"
        for (fy, fyr), tv in zip(yrs, sh["tgt"]):
            v = tv[ri]
            if met == "outstanding":
                raw = c(v); val = v * 1000; unit = "yen"
            else:
                raw = f"{v:.2f}"; val = v; unit = "percent"
            tds += f'<td class="num">{raw}</td>'
            F(d, fy, fyr, seg, met, "target", val, unit, raw, PG)
        trs.append(f"<tr>{tds}</tr>")
    body += (f'<table class="grid hr"><thead><tr><th>区分</th>' + "".join(f"<th>{y}</th>" for _, y in yrs)
             + f'</tr></thead><tbody>{"".join(trs)}</tbody></table>')
    # (5) 取組
    if "init_box" in sh:
        body += '<h3>（４）目標達成に向けた取組</h3><div class="boxed">'
        for head, items in sh["init_box"]:
            body += f'<div class="sub" style="margin-left:0">{head}</div>'
            for lab, text, st, how in items:
                if how == "after":
                    body += f'<div class="item">{lab}　{text}【{st}】</div>'
                elif how == "alone":
                    body += f'<div class="item">{lab}　{text}</div><div style="text-align:right">【{st}】</div>'
                else:
                    body += f'<div class="item" style="width:150mm">{lab}　{text}<br>【{st}】</div>'
                g.init(d, 2025, "目標達成に向けた取組", head[:3] + lab, text, st, PG)
        body += "</div>"
    else:
        body += '<h3>（４）重点的に取り組む事項</h3>'
        heads = "".join(f"<th>{h}</th>" for h, _ in sh["init_cols"])
        cols = []
        for h, items in sh["init_cols"]:
            li = "".join(f"<li>{t}【{st}】</li>" for t, st in items)
            cols.append(f'<td style="vertical-align:top;width:50%"><ul class="b" style="margin-left:0">{li}</ul></td>')
            for t, st in items:
                g.init(d, 2025, h, "・", t, st, PG)
        body += f'<table class="grid"><thead><tr>{heads}</tr></thead><tbody><tr>{"".join(cols)}</tr></tbody></table>'
    page(body, PG - 2)
    PG += 1

html = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{"".join(pages)}</body></html>'
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", str(hp)], check=True, capture_output=True)
finish(pdf, g)
