"""第３次燕市債権管理計画 (plan) -- HTML/CSS -> chromium --headless --print-to-pdf.

Run from corpus/dev51:  python3 build/md_tsubame_plan.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from md_common import PDF_DIR, WORK, Gold, c, oku_man, rate, r2, zen  # noqa: E402

STEM = "md_tsubame_plan_1"
g = Gold(STEM, "plan", "plan", "燕市", "第３次燕市債権管理計画", "2025-03-01", "令和７年３月")

# ----------------------------------------------------------------------------- data
# 令和5年度決算 (千円): short label printed in tables, full name, canonical debt, section,
# current assessed/collected, arrears assessed/collected, written off (total), of which arrears
DEBTS = [
    ("市税", "市税", "市税", "一般", 8_921_436, 8_851_012, 412_587, 118_453, 38_912, 38_912),
    ("保育料", "保育所保育料", "保育料", "一般", 412_356, 408_437, 18_234, 4_512, 1_203, 1_203),
    ("住宅使用料", "市営住宅使用料", "市営住宅使用料", "一般", 98_765, 96_592, 21_456, 3_987, 2_345, 2_345),
    ("生保返還金", "生活保護費返還金", "生活保護費返還金", "一般", 52_341, 38_765, 96_543, 6_123, 4_321, 4_321),
    ("給食費", "学校給食費", "学校給食費", "一般", 345_678, 344_295, 6_543, 1_234, 0, 0),
    ("国保税", "国民健康保険税", "国民健康保険料", "特別", 1_987_654, 1_865_437, 612_345, 121_987, 45_678, 44_321),
    ("介護料", "介護保険料", "介護保険料", "特別", 1_876_543, 1_860_112, 45_678, 9_876, 6_543, 6_210),
    ("後期高齢", "後期高齢者医療保険料", "後期高齢者医療保険料", "特別", 765_432, 762_216, 9_876, 3_210, 987, 987),
]
CANON = {d[0]: d[2] for d in DEBTS} | {d[1]: d[2] for d in DEBTS}
FULL = {d[0]: d[1] for d in DEBTS}

# 対象債権全体の推移 (千円): assessed, collected, written off
YEARS = [  # (fy, printed label, basis)
    (2019, "令和元年度", "actual"), (2020, "２年度", "actual"), (2021, "３年度", "actual"),
    (2022, "４年度", "actual"), (2023, "５年度", "actual"), (2024, "６年度（見込）", "estimate"),
]
TOT = {
    2019: (15_212_340, 13_872_115, 112_345),
    2020: (15_398_765, 14_063_210, 121_234),
    2021: (15_502_118, 14_238_764, 108_765),
    2022: (15_611_902, 14_371_554, 104_321),
    2024: (15_745_000, 14_612_000, 98_000),
}
a5 = sum(d[4] + d[6] for d in DEBTS)
c5 = sum(d[5] + d[7] for d in DEBTS)
w5 = sum(d[8] for d in DEBTS)
TOT[2023] = (a5, c5, w5)
OUT = {y: TOT[y][0] - TOT[y][1] - TOT[y][2] for y in TOT}


def mil(k: int) -> str:  # 千円 -> 百万円 with one decimal
    return f"{k / 1000:,.1f}"


def mil_val(k: int) -> int:
    return int(round(k / 1000, 1) * 1_000_000)


# ----------------------------------------------------------------------------- html
CSS = """
@page { size: A4 portrait; margin: 14mm 16mm 12mm 16mm; }
@page land { size: A4 landscape; margin: 11mm 12mm 10mm 12mm; }
* { box-sizing: border-box; }
body { font-family: 'IPAexMincho', serif; font-size: 10.2pt; line-height: 1.55; margin: 0; color: #000; }
.page { height: 270mm; position: relative; overflow: hidden; break-after: page; }
.land { page: land; height: 188mm; }
.pno { position: absolute; bottom: 0; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1, h2, h3, h4 { font-family: 'IPAexGothic', sans-serif; font-weight: normal; margin: 0; }
h2 { font-size: 13pt; margin: 2mm 0 2mm 0; }
h3 { font-size: 11pt; margin: 3mm 0 1.5mm 0; }
h4 { font-size: 10.2pt; margin: 2mm 0 1mm 0; }
p { margin: 0 0 1.5mm 0; text-indent: 1em; }
table { border-collapse: collapse; }
td, th { border: 0.6pt solid #000; padding: 0.6mm 1.4mm; font-weight: normal; }
th { font-family: 'IPAexGothic', sans-serif; background: #e3e3e3; text-align: center; }
td.n { text-align: right; font-family: 'IPAexGothic', sans-serif; white-space: nowrap; }
.cap { font-family: 'IPAexGothic', sans-serif; font-size: 9.6pt; margin: 2mm 0 0.8mm 0; }
.unit { float: right; font-size: 8.6pt; font-family: 'IPAexMincho', serif; }
.note { font-size: 8.4pt; line-height: 1.4; margin: 0.8mm 0 0 0; text-indent: 0; }
.box { border: 0.9pt solid #000; padding: 2mm 3mm; margin: 1mm 0 2mm 0; }
.small td, .small th { font-size: 8.6pt; }
.nw th { white-space: nowrap; }
"""


def page(body: str, n: int | None, land: bool = False) -> str:
    cls = "page land" if land else "page"
    pno = f'<div class="pno">－ {n} －</div>' if n else ""
    return f'<section class="{cls}">{body}{pno}</section>'


pages: list[str] = []

# ---- page 1: cover ------------------------------------------------------------
g.page = 1
pages.append(page("""
<div style="height:70mm"></div>
<div style="text-align:center;font-family:'IPAexGothic';font-size:16pt">第３次</div>
<div style="text-align:center;font-family:'IPAexGothic';font-size:30pt;letter-spacing:2mm;margin-top:4mm">燕市債権管理計画</div>
<div style="text-align:center;font-size:13pt;margin-top:8mm">令和７年度（2025年度）～令和９年度（2027年度）</div>
<div style="height:95mm"></div>
<div style="text-align:center;font-size:14pt">令和７年３月</div>
<div style="text-align:center;font-family:'IPAexGothic';font-size:16pt;margin-top:4mm;letter-spacing:4mm">燕　市</div>
""", None))

# ---- page 2: 目次, 趣旨, 期間, 対象 ----------------------------------------------------
g.page = 2
toc = [("１　計画策定の趣旨", 2), ("２　計画の期間", 2), ("３　債権の現状", 3),
       ("（１）収入未済額等の推移", 3), ("（２）債権別の状況（令和５年度決算）", 4),
       ("（３）地区別の状況（市税）", 5), ("４　目標", 6), ("５　債権ごとの取組み", 7)]
toc_html = "".join(
    f'<div style="display:flex;margin:0.6mm 0 0.6mm {"8mm" if t.startswith("（") else "0"}">'
    f'<span>{t}</span><span style="flex:1;border-bottom:1pt dotted #000;margin:0 2mm 1.6mm 2mm"></span>'
    f'<span>{p}</span></div>' for t, p in toc)
o19 = OUT[2019] * 1000
o23 = OUT[2023] * 1000
t19, v19 = oku_man(o19)
t23, v23 = oku_man(o23)
td_, vd = oku_man(v19 - v23)
s_o19 = g.f("約" + zen(t19), v19, "yen", "outstanding", "actual", 2019, "令和元年度", "total", None, None, approx=True)
s_o23 = g.f("約" + zen(t23), v23, "yen", "outstanding", "actual", 2023, "令和５年度", "total", None, None, approx=True)
s_od = g.f("約" + zen(td_), -vd, "yen", "difference", "actual", 2023, "令和５年度", "total", None, None, approx=True)
pages.append(page(f"""
<h2 style="text-align:center;letter-spacing:6mm;margin-bottom:4mm">目　次</h2>
<div style="width:140mm;margin:0 auto 6mm auto">{toc_html}</div>
<h2>１　計画策定の趣旨</h2>
<p>本市では、平成29年４月に「燕市債権管理条例」を施行し、第１次計画（平成29（2017）年度～令和元（2019）年度）及び第２次計画（令和２（2020）年度～令和６（2024）年度）に基づいて、全庁的に債権の適正な管理と収納率の向上に取り組んできました。</p>
<p>その結果、対象債権全体の収入未済額は、令和元年度末の{s_o19}から令和５年度末には{s_o23}となり、{s_od}縮減しました。</p>
<p>一方で、国民健康保険税や生活保護費返還金などでは、滞納繰越分の収納率が依然として低い水準にとどまっており、新たな滞納の発生を防ぐ取組と、長期化した滞納事案の整理を引き続き進める必要があります。</p>
<p>そこで、第２次計画の成果と課題を踏まえ、令和７（2025）年度から３か年の取組と目標を定める「第３次燕市債権管理計画」を策定します。</p>
<h2>２　計画の期間</h2>
<p>令和７（2025）年度から令和９（2027）年度までの３年間とします。なお、社会経済情勢の変化や関係法令の改正等に応じて、必要な見直しを行います。</p>
<h2>３　対象債権</h2>
<p>令和５年度決算において収入未済額が生じている債権のうち、金額や件数が大きく、重点的に管理すべき次の８債権を本計画の対象とします。</p>
<div class="box" style="font-size:9.6pt;line-height:1.6">
一般会計　　市税、保育所保育料、市営住宅使用料、生活保護費返還金、学校給食費<br>
特別会計　　国民健康保険税、介護保険料、後期高齢者医療保険料
</div>
""", 2))

# ---- page 3: 推移 (years head rows), chart, prose ------------------------------------------
g.page = 3
rows = []
for fy, lab, basis in YEARS:
    a, col, w = TOT[fy]
    o = OUT[fy]
    cells = [
        g.f(mil(a), mil_val(a), "yen", "assessed", basis, fy, lab, "total", None, None),
        g.f(mil(col), mil_val(col), "yen", "collected", basis, fy, lab, "total", None, None),
        g.f(mil(w), mil_val(w), "yen", "written_off", basis, fy, lab, "total", None, None),
        g.f(mil(o), mil_val(o), "yen", "outstanding", basis, fy, lab, "total", None, None),
        g.f(r2(rate(col, a)), rate(col, a), "percent", "collection_rate", basis, fy, lab, "total", None, None),
    ]
    rows.append(f"<tr><th style='text-align:left'>{lab}</th>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + "</tr>")
tab1 = f"""
<div class="cap" style="width:150mm;margin-left:auto;margin-right:auto">表１　対象債権全体の決算状況の推移<span class="unit">（単位：百万円、％）</span></div>
<div style="border:1.2pt solid #000;padding:2mm;width:150mm;margin:0 auto">
<table style="width:100%">
<tr><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>
{''.join(rows)}
</table></div>
<div class="note" style="width:150mm;margin:0.8mm auto 0 auto">出典：燕市各年度歳入歳出決算書（対象８債権の合計。令和６年度は令和７年１月末時点の見込額）</div>
"""
# bar chart of 収入未済額 with data labels
W, H = 520, 210
bx0, by0 = 48, 20
maxv = 1400.0
bars = []
bw = 46
gap = (W - bx0 - 20 - bw * 6) / 5
for i, (fy, lab, basis) in enumerate(YEARS):
    o = OUT[fy]
    v = o / 1000
    h = (H - by0 - 30) * v / maxv
    x = bx0 + i * (bw + gap)
    y = H - 30 - h
    fill = "#8c8c8c" if basis == "actual" else "#d0d0d0"
    xlab = "R" + str(fy - 2018) if fy > 2019 else "R元"
    lbl = g.f(mil(o), mil_val(o), "yen", "outstanding", basis, fy, xlab, "total", None, None)
    bars.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw}" height="{h:.1f}" fill="{fill}" stroke="#000" stroke-width="0.6"/>'
                f'<text x="{x + bw / 2:.1f}" y="{y - 4:.1f}" font-size="10" text-anchor="middle">{lbl}</text>'
                f'<text x="{x + bw / 2:.1f}" y="{H - 14}" font-size="9.5" text-anchor="middle">{xlab}</text>')
axis = "".join(f'<line x1="{bx0 - 4}" x2="{W - 10}" y1="{H - 30 - (H - by0 - 30) * t / maxv:.1f}" y2="{H - 30 - (H - by0 - 30) * t / maxv:.1f}" stroke="#bbb" stroke-width="0.5"/>'
               f'<text x="{bx0 - 8}" y="{H - 27 - (H - by0 - 30) * t / maxv:.1f}" font-size="8.5" text-anchor="end">{t:,}</text>'
               for t in (0, 400, 800, 1200))
chart = f"""
<div class="cap" style="text-align:center;margin-top:4mm">図１　収入未済額の推移（単位：百万円）</div>
<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" style="display:block;margin:0 auto;font-family:IPAexGothic">
{axis}<line x1="{bx0 - 4}" x2="{W - 10}" y1="{H - 30}" y2="{H - 30}" stroke="#000" stroke-width="0.8"/>{''.join(bars)}
<text x="{bx0}" y="{H - 1}" font-size="8.5" text-anchor="start">※R6は見込（淡色）</text>
</svg>"""
o22 = OUT[2022] * 1000
t23b = f"{round(o23 / 100_000_000, 1)}億円"
v23b = int(round(o23 / 100_000_000, 1) * 100_000_000)
dd, vdd = oku_man(o22 - o23, 1_000_000)
r22 = rate(TOT[2022][1], TOT[2022][0])
r23 = rate(TOT[2023][1], TOT[2023][0])
dpt = round(r23 - r22, 2)
prose3 = (f"<p>令和５年度の対象債権全体の収入未済額は"
          f"{g.f('約' + t23b, v23b, 'yen', 'outstanding', 'actual', 2023, '令和５年度', 'total', None, None, approx=True)}"
          f"で、前年度から{g.f('約' + dd, -vdd, 'yen', 'difference', 'actual', 2023, '令和５年度', 'total', None, None, approx=True)}減少しました。"
          f"また、収納率は{g.f(r2(r23) + '％', r23, 'percent', 'collection_rate', 'actual', 2023, '令和５年度', 'total', None, None)}"
          f"となり、前年度比{g.f(r2(dpt) + 'ポイント', dpt, 'points', 'difference', 'actual', 2023, '令和５年度', 'total', None, None)}上昇しています。</p>"
          "<p>収入未済額は５年連続で減少していますが、その約半数を国民健康保険税が占めており、特に滞納繰越分の圧縮が課題となっています。</p>")
pages.append(page(f"""
<h2>３　債権の現状</h2>
<h3>（１）収入未済額等の推移</h3>
<p>対象債権全体の調定額、収入済額、不納欠損額及び収入未済額の推移は、表１のとおりです。</p>
{tab1}
{chart}
{prose3}
""", 3))

# ---- page 4 (landscape): 債権別の状況 ------------------------------------------------------------
g.page = 4
FY5, FY5R = 2023, "令和５年度"
rows = []


def debt_row(label, ca, cc, aa, ac, w, debt, draw, note="－", mark_rate=False):
    ta, tc = ca + aa, cc + ac
    o = ta - tc - w
    cells = [
        g.f(c(ca), ca * 1000, "yen", "assessed", "actual", FY5, FY5R, "current", debt, draw),
        g.f(c(cc), cc * 1000, "yen", "collected", "actual", FY5, FY5R, "current", debt, draw),
        g.f(r2(rate(cc, ca)), rate(cc, ca), "percent", "collection_rate", "actual", FY5, FY5R, "current", debt, draw),
        g.f(c(aa), aa * 1000, "yen", "assessed", "actual", FY5, FY5R, "arrears", debt, draw),
        g.f(c(ac), ac * 1000, "yen", "collected", "actual", FY5, FY5R, "arrears", debt, draw),
        g.f(r2(rate(ac, aa)), rate(ac, aa), "percent", "collection_rate", "actual", FY5, FY5R, "arrears", debt, draw),
        g.f(c(ta), ta * 1000, "yen", "assessed", "actual", FY5, FY5R, "total", debt, draw),
        g.f(c(tc), tc * 1000, "yen", "collected", "actual", FY5, FY5R, "total", debt, draw),
        g.f(r2(rate(tc, ta)), rate(tc, ta), "percent", "collection_rate", "actual", FY5, FY5R, "total", debt, draw),
        (g.f(c(w), w * 1000, "yen", "written_off", "actual", FY5, FY5R, "total", debt, draw) if w else "－"),
        g.f(c(o), o * 1000, "yen", "outstanding", "actual", FY5, FY5R, "total", debt, draw),
    ]
    if mark_rate:
        cells[8] += "<sup>※2</sup>"
    return cells, note


def sect(title):
    rows.append(f"<tr><th colspan='13' style='text-align:left;background:#f2f2f2'>{title}</th></tr>")


sub_tot = {}
for secname, key in (("【一般会計】", "一般"), ("【特別会計】", "特別")):
    sect(secname)
    s = [0, 0, 0, 0, 0]
    for d in DEBTS:
        if d[3] != key:
            continue
        short, full, canon, _, ca, cc, aa, ac, w, wa = d
        note = "－"
        if short in ("国保税", "介護料", "生保返還金"):
            note = "不納欠損額のうち滞納繰越分 " + g.f(c(wa) + "千円", wa * 1000, "yen", "written_off", "actual", FY5, FY5R, "arrears", canon, short)
        cells, note = debt_row(short, ca, cc, aa, ac, w, canon, short, note, mark_rate=(short == "市税"))
        rows.append(f"<tr><td>{short}</td>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + f"<td style='font-size:7.6pt'>{note}</td></tr>")
        for i, v in enumerate((ca, cc, aa, ac, w)):
            s[i] += v
    sub_tot[key] = s
    cells, _ = debt_row("小計", *s, None, "小計")
    rows.append("<tr style='background:#f7f7f7'><td style='text-align:center'>小計</td>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + "<td></td></tr>")
tt = [sub_tot["一般"][i] + sub_tot["特別"][i] for i in range(5)]
cells, _ = debt_row("合計", *tt, None, "合計")
rows.append("<tr style='background:#e9e9e9'><td style='text-align:center'>合計</td>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + "<td></td></tr>")
assert tt[0] + tt[2] == TOT[2023][0] and tt[1] + tt[3] == TOT[2023][1]
sizewo = DEBTS[0][9]
fn3 = g.f(c(sizewo) + "千円", sizewo * 1000, "yen", "written_off", "actual", FY5, FY5R, "arrears", "市税", "市税")
legend = "、".join(f"{d[0]}＝{d[1]}" for d in DEBTS if d[0] != d[1])
pages.append(page(f"""
<h3 style="margin-top:0">（２）債権別の状況（令和５年度決算）</h3>
<div class="cap">表２　対象債権の債権別決算状況</div>
<table class="small" style="width:100%">
<tr><th rowspan="3" style="width:21mm">債権名</th><th colspan="11">令和５年度決算</th><th rowspan="3" style="width:38mm">備考</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="5">計</th></tr>
<tr><th>調定額<br>（千円）</th><th>収入済額<br>（千円）<sup>※1</sup></th><th>収納率<br>（％）</th>
<th>調定額<br>（千円）</th><th>収入済額<br>（千円）<sup>※1</sup></th><th>収納率<br>（％）</th>
<th>調定額<br>（千円）</th><th>収入済額<br>（千円）<sup>※1</sup></th><th>収納率<br>（％）</th><th>不納欠損額<br>（千円）<sup>※3</sup></th><th>収入未済額<br>（千円）</th></tr>
{''.join(rows)}
</table>
<div class="note">（注）表中の略称は次のとおりです。{legend}</div>
<div class="note">※1　収入済額は、還付未済額を控除した額です。</div>
<div class="note">※2　市税の収納率は、国民健康保険税を含まない市税全体（現年度分及び滞納繰越分）の率です。</div>
<div class="note">※3　市税の不納欠損額のうち滞納繰越分 {fn3}（地方税法第15条の７第４項及び第18条第１項によるもの）。</div>
""", 4, land=True))

# ---- page 5: 地区別 + 2段組 ---------------------------------------------------------------
g.page = 5
DIST = [  # 地区, assessed, collected, written off (千円), 滞納者数, previous-year rate
    ("燕地区", 5_620_118, 5_396_702, 23_012, 1_123, 95.61),
    ("吉田地区", 2_345_678, 2_258_765, 9_876, 498, 96.02),
]
sa = DEBTS[0][4] + DEBTS[0][6]
sc = DEBTS[0][5] + DEBTS[0][7]
sw = DEBTS[0][8]
DIST.append(("分水地区", sa - DIST[0][1] - DIST[1][1], sc - DIST[0][2] - DIST[1][2], sw - DIST[0][3] - DIST[1][3], 301, 95.80))
rows = []
tot_p = 0
for name, a, col, w, ppl, prev in DIST:
    o = a - col - w
    tot_p += ppl
    cells = [g.f(c(a), a * 1000, "yen", "assessed", "actual", FY5, FY5R, "total", "市税", "市税", area=name),
             g.f(c(col), col * 1000, "yen", "collected", "actual", FY5, FY5R, "total", "市税", "市税", area=name),
             g.f(r2(rate(col, a)), rate(col, a), "percent", "collection_rate", "actual", FY5, FY5R, "total", "市税", "市税", area=name),
             g.f(c(o), o * 1000, "yen", "outstanding", "actual", FY5, FY5R, "total", "市税", "市税", area=name),
             g.f(c(ppl), ppl, "persons", "delinquents", "actual", FY5, FY5R, "total", "市税", "市税", area=name)]
    rows.append(f"<tr><td>{name}</td>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + "</tr>")
so = sa - sc - sw
cells = [g.f(c(sa), sa * 1000, "yen", "assessed", "actual", FY5, FY5R, "total", "市税", "市税"),
         g.f(c(sc), sc * 1000, "yen", "collected", "actual", FY5, FY5R, "total", "市税", "市税"),
         g.f(r2(rate(sc, sa)), rate(sc, sa), "percent", "collection_rate", "actual", FY5, FY5R, "total", "市税", "市税"),
         g.f(c(so), so * 1000, "yen", "outstanding", "actual", FY5, FY5R, "total", "市税", "市税"),
         g.f(c(tot_p), tot_p, "persons", "delinquents", "actual", FY5, FY5R, "total", "市税", "市税")]
rows.append("<tr style='background:#eee'><td>計</td>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + "</tr>")
(dn1, a1, c1, w1, p1, pr1), (dn2, a2, c2, w2, p2, pr2), (dn3, a3, c3, w3, p3, pr3) = DIST
t1, v1 = oku_man((a1 - c1 - w1) * 1000)
t2, v2 = oku_man((a2 - c2 - w2) * 1000)
t3, v3 = oku_man((a3 - c3 - w3) * 1000)
rt1, rt3 = rate(c1, a1), rate(c3, a3)
d1, d3 = round(rt1 - pr1, 2), round(rt3 - pr3, 2)
colL = (f"<p>燕地区は市税調定額の約６割を占め、収入未済額は"
        f"{g.f('約' + t1, v1, 'yen', 'outstanding', 'actual', FY5, None, 'total', '市税', '市税', approx=True, area='燕地区')}"
        f"です。収納率は{g.f(r2(rt1) + '％', rt1, 'percent', 'collection_rate', 'actual', FY5, None, 'total', '市税', '市税', area='燕地区')}"
        f"で、前年度比{g.f(r2(d1) + 'ポイント', d1, 'points', 'difference', 'actual', FY5, None, 'total', '市税', '市税', area='燕地区')}上昇しました。"
        "事業所の多い地区であり、法人の滞納が長期化する傾向が見られることから、法人事案の早期着手と捜索等の実施を重点的に行います。</p>"
        f"<p>吉田地区の収入未済額は{g.f('約' + t2, v2, 'yen', 'outstanding', 'actual', FY5, None, 'total', '市税', '市税', approx=True, area='吉田地区')}"
        "で、個人住民税の普通徴収分の滞納が中心となっています。給与支払報告書の提出状況を確認し、特別徴収への切替えを事業所に働きかけます。</p>")
colR = (f"<p>分水地区の収納率は{g.f(r2(rt3) + '％', rt3, 'percent', 'collection_rate', 'actual', FY5, None, 'total', '市税', '市税', area='分水地区')}"
        f"で、前年度比{g.f(r2(d3) + 'ポイント', d3, 'points', 'difference', 'actual', FY5, None, 'total', '市税', '市税', area='分水地区')}上昇しました。"
        f"収入未済額は{g.f('約' + t3, v3, 'yen', 'outstanding', 'actual', FY5, None, 'total', '市税', '市税', approx=True, area='分水地区')}"
        f"、滞納者数は{g.f(c(p3) + '人', p3, 'persons', 'delinquents', 'actual', FY5, None, 'total', '市税', '市税', area='分水地区')}"
        "で、高齢者世帯の固定資産税の滞納が多くを占めています。</p>"
        "<p>各地区とも、滞納者の生活実態を丁寧に把握したうえで、分割納付の相談や福祉部門へのつなぎを行い、納付資力のない事案については滞納処分の執行停止を適正に判断します。</p>")
TREND = [(2018, "H30", 2_512), (2019, "R元", 2_431), (2020, "R2", 2_388), (2021, "R3", 2_201), (2022, "R4", 2_046), (2023, "R5", tot_p)]
tr_head = "".join(f"<th>{lab}</th>" for _, lab, _ in TREND)
tr_cells = "".join(f"<td class='n'>{g.f(c(v), v, 'persons', 'delinquents', 'actual', fy, lab, 'total', '市税', '市税')}</td>" for fy, lab, v in TREND)
trend = f"""
<div class="cap" style="margin-top:5mm">（参考）市税の滞納者数の推移<span class="unit">（単位：人、各年度５月31日現在の実人数）</span></div>
<table style="width:100%"><tr><th style="width:28mm">年度</th>{tr_head}</tr><tr><th>滞納者数</th>{tr_cells}</tr></table>
<div class="note">（注）H30は平成30年度、R元は令和元年度、R2以降は令和２年度以降を表します。</div>"""
pages.append(page(f"""
<h3 style="margin-top:0">（３）地区別の状況（市税）</h3>
<p>市税の収納状況を地区別（合併前の旧市町の区域）に見ると、表３のとおりです。</p>
<div class="cap" style="width:170mm">表３　地区別の市税の決算状況（令和５年度）</div>
<table class="nw" style="width:170mm">
<tr><th style="width:24mm">地区</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th><th>収入未済額（千円）</th><th>滞納者数（人）</th></tr>
{''.join(rows)}
</table>
<div class="note">（注）調定額・収入済額は現年度分と滞納繰越分の合計。滞納者数は令和６年５月31日現在の実人数。</div>
<h4 style="margin-top:5mm">地区ごとの状況と課題</h4>
<div style="column-count:2;column-gap:8mm;column-rule:0.5pt solid #999">{colL}{colR}</div>
{trend}
""", 5))

# ---- page 6: 目標 ---------------------------------------------------------------------------------
g.page = 6
R6E = {"市税": 99.25, "保育料": 99.10, "住宅使用料": 97.90, "生保返還金": 75.20, "給食費": 99.62,
       "国保税": 94.10, "介護料": 99.15, "後期高齢": 99.60}
TGT = {  # 現年度分 目標収納率 R7, R8, R9
    "市税": (99.30, 99.35, 99.40), "保育料": (99.15, 99.20, 99.25), "住宅使用料": (98.00, 98.10, 98.20),
    "生保返還金": (76.00, 77.00, 78.00), "給食費": (99.65, 99.70, 99.70), "国保税": (94.30, 94.50, 94.70),
    "介護料": (99.20, 99.25, 99.30), "後期高齢": (99.62, 99.65, 99.68)}
rows = []
for i, d in enumerate(DEBTS):
    short, canon = d[0], d[2]
    r5 = rate(d[5], d[4])
    cells = [g.f(r2(r5), r5, "percent", "collection_rate", "actual", 2023, "R5", "current", canon, short),
             g.f(r2(R6E[short]), R6E[short], "percent", "collection_rate", "estimate", 2024, "R6", "current", canon, short)]
    for j, fy in enumerate((2025, 2026, 2027)):
        cells.append(g.f(r2(TGT[short][j]), TGT[short][j], "percent", "collection_rate", "target", fy, f"R{fy - 2018}", "current", canon, short))
    bg = "#f0f0f0" if i % 2 else "#ffffff"
    rows.append(f"<tr style='background:{bg}'><td style='border:none'>{short}</td>" + "".join(f"<td class='n' style='border:none'>{x}</td>" for x in cells) + "</tr>")
tab4 = f"""
<div class="cap">表４　債権別の目標収納率（現年度分）<span class="unit">（単位：％）</span></div>
<table style="width:100%;border-top:1.2pt solid #000;border-bottom:1.2pt solid #000">
<tr style="background:#5a5a5a;color:#fff"><th style="border:none;background:#5a5a5a;color:#fff">債権名</th><th style="border:none;background:#5a5a5a;color:#fff">R5実績</th><th style="border:none;background:#5a5a5a;color:#fff">R6見込</th><th style="border:none;background:#5a5a5a;color:#fff">R7目標</th><th style="border:none;background:#5a5a5a;color:#fff">R8目標</th><th style="border:none;background:#5a5a5a;color:#fff">R9目標</th></tr>
{''.join(rows)}
</table>"""
# 収入未済額の目標: years as rows (descending), debts as columns
OUTT = {  # 千円: 市税, 国保税, 介護料, 後期高齢, その他
    2027: (268_000, 470_000, 38_000, 5_500, 110_000),
    2026: (285_000, 495_000, 40_500, 5_800, 116_000),
    2025: (300_000, 520_000, 43_000, 6_100, 122_000),
    2024: (312_000, 545_000, 44_800, 6_200, 127_000),
}
o5 = {}
for d in DEBTS:
    o5[d[0]] = d[4] + d[6] - d[5] - d[7] - d[8]
OUTT[2023] = (o5["市税"], o5["国保税"], o5["介護料"], o5["後期高齢"],
              sum(v for k, v in o5.items() if k not in ("市税", "国保税", "介護料", "後期高齢")))
assert sum(OUTT[2024]) == OUT[2024]
cols = [("市税", "市税"), ("国保税", "国民健康保険料"), ("介護料", "介護保険料"), ("後期高齢", "後期高齢者医療保険料"), ("その他", None)]
rows = []
for fy, lab, basis in ((2027, "令和９年度目標", "target"), (2026, "令和８年度目標", "target"),
                       (2025, "令和７年度目標", "target"), (2024, "令和６年度見込", "estimate"), (2023, "令和５年度実績", "actual")):
    vals = OUTT[fy]
    cells = [g.f(c(v), v * 1000, "yen", "outstanding", basis, fy, lab, "total", canon, short) for (short, canon), v in zip(cols, vals)]
    cells.append(g.f(c(sum(vals)), sum(vals) * 1000, "yen", "outstanding", basis, fy, lab, "total", None, "合計"))
    rows.append(f"<tr><th style='text-align:left;background:#f3f3f3'>{lab}</th>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + "</tr>")
tab5 = f"""
<div class="cap">表５　収入未済額の目標（各年度末）</div>
<table style="width:100%">
<tr><th>収入未済額（千円）</th>{''.join(f'<th>{s}</th>' for s, _ in cols)}<th>合計</th></tr>
{''.join(rows)}
</table>
<div class="note">（注）「その他」は、保育所保育料、市営住宅使用料、生活保護費返還金及び学校給食費の合計です。</div>"""
t27, v27 = oku_man(sum(OUTT[2027]) * 1000)
tdf, vdf = oku_man((sum(OUTT[2023]) - sum(OUTT[2027])) * 1000)
r5all = rate(sum(d[5] for d in DEBTS), sum(d[4] for d in DEBTS))
pages.append(page(f"""
<h2>４　目標</h2>
<h3>（１）目標収納率</h3>
<p>現年度分の収納率は、新たな滞納の発生を防ぐうえで最も重要な指標であることから、債権ごとに各年度の目標収納率を定めます。対象債権全体の現年度分収納率は、令和５年度実績で{g.f(r2(r5all) + '％', r5all, 'percent', 'collection_rate', 'actual', 2023, '令和５年度', 'current', None, None)}です。</p>
{tab4}
<div class="note">（注）R5は令和５年度、R6は令和６年度（見込）を表します。目標は各年度の決算時点で評価します。</div>
<h3 style="margin-top:5mm">（２）収入未済額の縮減目標</h3>
<p>計画最終年度の令和９年度末には、対象債権全体の収入未済額を{g.f('約' + t27, v27, 'yen', 'outstanding', 'target', 2027, '令和９年度', 'total', None, None, approx=True)}とすることを目標とし、令和５年度末から{g.f('約' + tdf, -vdf, 'yen', 'difference', 'target', 2027, '令和９年度', 'total', None, None, approx=True)}の縮減を目指します。</p>
{tab5}
""", 6))

# ---- pages 7, 8: 債権ごとの取組み ------------------------------------------------------------
SEC = "取組内容"


def strip(name_cell: str, dept: str, kubun: str) -> str:
    return (f"<table style='width:100%;margin:1mm 0 2mm 0'><tr>{name_cell}"
            f"<th style='width:18mm'>所管課</th><td>{dept}</td><th style='width:18mm'>債権区分</th><td>{kubun}</td></tr></table>")


def perf_table(short, canon, series):
    """series: list of (fy, label, basis, cur_rate, arr_rate, outstanding 千円)."""
    head1 = "".join(f"<th>{lab}</th>" for _, lab, _, _, _, _ in series)
    head2 = "".join(f"<th style='font-size:8pt'>{ {'actual': '実績', 'estimate': '見込', 'target': '目標'}[b]}</th>" for _, _, b, _, _, _ in series)
    r_cur = "".join(f"<td class='n'>{g.f(r2(cr), cr, 'percent', 'collection_rate', b, fy, lab, 'current', canon, short)}</td>" for fy, lab, b, cr, _, _ in series)
    r_arr = "".join(f"<td class='n'>{g.f(r2(ar), ar, 'percent', 'collection_rate', b, fy, lab, 'arrears', canon, short)}</td>" for fy, lab, b, _, ar, _ in series)
    r_out = "".join(f"<td class='n'>{g.f(c(o), o * 1000, 'yen', 'outstanding', b, fy, lab, 'total', canon, short)}</td>" for fy, lab, b, _, _, o in series)
    vt = "writing-mode:vertical-rl;text-orientation:upright;margin:0 auto;letter-spacing:1mm"
    return f"""
<table class="small" style="width:100%">
<tr><th colspan="2" rowspan="2">区分</th>{head1}</tr>
<tr>{head2}</tr>
<tr><th rowspan="2" style="width:7mm;padding:1mm 0"><div style="{vt}">収納率</div></th><th style="text-align:left">現年度分（％）</th>{r_cur}</tr>
<tr><th style="text-align:left">滞納繰越分（％）</th>{r_arr}</tr>
<tr><th style="padding:1mm 0"><div style="{vt}">金額</div></th><th style="text-align:left">収入未済額（千円）</th>{r_out}</tr>
</table>"""


def series_for(short, r3, r4, a3, a4, o3, o4, a6, o6, tg_arr, tg_out):
    d = next(x for x in DEBTS if x[0] == short)
    r5 = rate(d[5], d[4])
    a5_ = rate(d[7], d[6])
    o5_ = d[4] + d[6] - d[5] - d[7] - d[8]
    s = [(2021, "令和３年度", "actual", r3, a3, o3), (2022, "令和４年度", "actual", r4, a4, o4),
         (2023, "令和５年度", "actual", r5, a5_, o5_), (2024, "令和６年度", "estimate", R6E[short], a6, o6)]
    for j, fy in enumerate((2025, 2026, 2027)):
        s.append((fy, f"令和{zen(str(fy - 2018))}年度", "target", TGT[short][j], tg_arr[j], tg_out[j]))
    return s


# page 7: 市税 and 国民健康保険税
g.page = 7
s_tax = series_for("市税", 99.05, 99.14, 25.12, 27.48, 351_204, 338_915, 29.10, 312_000, (30.00, 31.00, 32.00), (300_000, 285_000, 268_000))
ach = [("現年度分", 99.30, rate(DEBTS[0][5], DEBTS[0][4])), ("滞納繰越分", 27.00, rate(DEBTS[0][7], DEBTS[0][6]))]
ach_rows = "".join(
    f"<tr><td>{k}</td><td class='n'>{g.f(r2(t) + '％', t, 'percent', 'collection_rate', 'target', 2023, '令和５年度', 'current' if k == '現年度分' else 'arrears', '市税', '市税')}</td>"
    f"<td class='n'>{g.f(r2(a) + '％', a, 'percent', 'collection_rate', 'actual', 2023, '令和５年度', 'current' if k == '現年度分' else 'arrears', '市税', '市税')}</td>"
    f"<td class='n'>{a / t * 100:.1f}％</td></tr>" for k, t, a in ach)
tax_items = [
    ("（１）", "現年度分の滞納発生の抑制", [
        ("ア", "口座振替・キャッシュレス納付の利用促進", [
            ("(ｱ)", "納税通知書にWeb口座振替受付サービスの案内を同封し、口座振替への切替えを勧奨する。", "継続"),
            ("(ｲ)", "地方税統一QRコードを活用したスマートフォン決済の周知を、広報紙及び市公式LINEで行う。", "拡充"),
        ]),
        ("イ", "納期限後の早期催告", [
            ("(ｱ)", "督促状発送後20日を経過しても納付がない者に対し、SMSによる催告を実施する。", "新規"),
        ]),
    ]),
    ("（２）", "滞納繰越分の縮減", [
        ("ア", "財産調査の早期着手と差押えの徹底", [
            ("(ｱ)", "預貯金等の電子照会を活用し、滞納繰越１年目の事案について９月までに財産調査を終える。", "継続"),
            ("(ｲ)", "高額・長期の事案は新潟県地方税徴収機構への引継ぎを検討する。", "継続"),
        ]),
        ("イ", "滞納処分の執行停止の適正な判断", [
            ("(ｱ)", "生活困窮等により納付資力のない事案は、財産調査の結果を踏まえて執行停止を行う。", "継続"),
        ]),
    ]),
]
tax_html = ""
for l1, t1_, subs in tax_items:
    tax_html += f"<div style='margin:0.6mm 0 0 0'>{l1}{t1_}</div>"
    for l2, t2_, leaves in subs:
        tax_html += f"<div style='margin-left:5mm'>{l2}　{t2_}</div>"
        for l3, txt, st in leaves:
            g.init("市税", 2025, SEC, l1.replace("（", "(").replace("）", ")") + l2 + l3, txt, st, debt_raw="市税")
            tax_html += f"<div style='margin-left:16mm;text-indent:-6mm;padding-left:0'>{l3}　{txt}【{st}】</div>"
d_kk = next(x for x in DEBTS if x[0] == "国保税")
s_kk = series_for("国保税", 93.12, 93.48, 17.85, 18.92, 612_430, 590_118, 20.50, 545_000, (21.00, 22.00, 23.00), (520_000, 495_000, 470_000))
kk_hh = [(2022, "令和４年度", 1_684), (2023, "令和５年度", 1_592)]
hh_cells = "".join(f"<td class='n'>{g.f(c(h) + '世帯', h, 'households', 'delinquents', 'actual', fy, lab, 'total', '国民健康保険料', '国民健康保険税')}</td>" for fy, lab, h in kk_hh)
kk_items = [
    ("①", "短期被保険者証の交付時に納付相談を行い、分割納付の履行状況を毎月確認する。", "継続"),
    ("②", "18歳到達時や転入時などの資格取得時に、口座振替の申込みを窓口で案内する。", "拡充"),
    ("③", "滞納繰越分は、財産調査の結果に基づき差押えを優先し、少額の預貯金も対象とする。", "継続"),
    ("④", "市税と重複する滞納者は税務課収納係と情報を共有し、一体的に滞納整理を行う。", "新規"),
]
kk_cell = ""
for lab, txt, st in kk_items:
    g.init("国民健康保険料", 2025, "債権ごとの取組み（国民健康保険税）", lab, txt, st, debt_raw="国民健康保険税")
    kk_cell += f"<div style='padding-left:1.1em;text-indent:-1.1em'>{lab}{txt}【{st}】</div>"
pages.append(page(f"""
<h2>５　債権ごとの取組み</h2>
<h3>５－１　債権ごとの取組み（市税）</h3>
{strip('<th style="width:18mm">債権名</th><td>市税</td>', '税務課（収納係）', '強制徴収公債権')}
{perf_table('市税', '市税', s_tax)}
<div class="cap" style="margin-top:2mm">第２次計画の目標達成状況（令和５年度）</div>
<table class="small" style="width:110mm"><tr><th>区分</th><th>目標収納率</th><th>実績</th><th>達成率</th></tr>{ach_rows}</table>
<h4>取組内容</h4>
<div style="font-size:9.4pt;line-height:1.5">{tax_html}</div>
<h3 style="margin-top:3mm">５－２　債権ごとの取組み（国民健康保険税）</h3>
{strip('<th colspan="2" style="text-align:left">債権名　国民健康保険税</th>', '保険年金課', '強制徴収公債権')}
{perf_table('国保税', '国民健康保険料', s_kk)}
<table class="small" style="width:100%;margin-top:2mm">
<tr><th style="width:34mm">滞納世帯数</th><th>令和４年度</th><th>令和５年度</th><th rowspan="2" style="width:96mm;text-align:left;font-weight:normal;background:#fff;font-family:IPAexMincho;font-size:8.8pt;line-height:1.45">{kk_cell}</th></tr>
<tr><td>（各年度５月末）</td>{hh_cells}</tr>
</table>
""", 7))

# page 8: 介護保険料, 保育所保育料, 市営住宅使用料
g.page = 8
s_kg = series_for("介護料", 99.02, 99.08, 20.15, 20.88, 70_512, 69_004, 22.00, 44_800, (23.00, 24.00, 25.00), (43_000, 40_500, 38_000))
kg_items = [
    ("・", "年金からの特別徴収に切り替わるまでの普通徴収期間に、納付案内を個別に送付する。", "継続"),
    ("・", "滞納が続く被保険者には、給付制限の内容を説明したうえで納付相談を行う。", "継続"),
    ("・", "滞納繰越分の財産調査を地域包括支援センターと連携して進める。", "新規"),
]
kg_html = ""
for lab, txt, st in kg_items:
    g.init("介護保険料", 2025, "主な取組", lab, txt, st, debt_raw="介護保険料")
    kg_html += f"<div style='padding-left:1em;text-indent:-1em'>{lab}{txt}</div><div style='text-align:right;margin-top:-0.4mm'>【{st}】</div>"
d_hk = next(x for x in DEBTS if x[0] == "保育料")
hk_o = d_hk[4] + d_hk[6] - d_hk[5] - d_hk[7] - d_hk[8]
hk_items = [
    ("(1)", "児童手当からの特別徴収（申出による徴収）を入園説明会で案内する。", "継続"),
    ("(2)", "卒園予定児童の滞納は、年度内の完納に向けて１月までに納付相談を行う。", "拡充"),
]
hk_html = ""
for lab, txt, st in hk_items:
    g.init("保育料", 2025, "債権ごとの取組み（保育所保育料）", lab, txt, st, debt_raw="保育所保育料")
    hk_html += f"<div style='padding-left:2em;text-indent:-2em'>{lab}　{txt}【{st}】</div>"
hk_ppl = 38
ref_box = (f"<div class='box' style='font-size:9pt;line-height:1.55'>【参考】保育所保育料の状況（令和５年度末）<br>"
           f"・収入未済額：{g.f(c(hk_o) + '千円', hk_o * 1000, 'yen', 'outstanding', 'actual', 2023, '令和５年度', 'total', '保育料', '保育所保育料')}<br>"
           f"・現年度分収納率：{g.f(r2(rate(d_hk[5], d_hk[4])) + '％', rate(d_hk[5], d_hk[4]), 'percent', 'collection_rate', 'actual', 2023, '令和５年度', 'current', '保育料', '保育所保育料')}<br>"
           f"・滞納者数：{g.f(str(hk_ppl) + '人', hk_ppl, 'persons', 'delinquents', 'actual', 2023, '令和５年度', 'total', '保育料', '保育所保育料')}</div>")
d_jt = next(x for x in DEBTS if x[0] == "住宅使用料")
jt_cur = rate(d_jt[5], d_jt[4])
jt_items = [
    ("ア", "滞納３か月で連帯保証人への通知を行い、６か月以上の滞納者には明渡請求を視野に入れた納付指導を行う。", "継続"),
    ("イ", "退去者の滞納分は、支払督促の申立てにより債務名義を取得する。", "継続"),
    ("ウ", "入居者の収入申告時に、口座振替への切替えを案内する。", "新規"),
]
jt_html = ""
for lab, txt, st in jt_items:
    g.init("市営住宅使用料", 2025, "取組内容", lab, txt, st, debt_raw="市営住宅使用料")
    jt_html += f"<div style='padding-left:1.3em;text-indent:-1.3em'>{lab}　{txt}【{st}】</div>"
pages.append(page(f"""
<h3 style="margin-top:0">５－３　債権ごとの取組み（介護保険料）</h3>
{strip('<th style="width:18mm">債権名</th><td>介護保険料</td>', '長寿福祉課', '強制徴収公債権')}
{perf_table('介護料', '介護保険料', s_kg)}
<div style="display:flex;gap:3mm;margin-top:2mm;font-size:9.2pt;line-height:1.45">
<div style="flex:0 0 22mm;border:0.6pt solid #000;background:#e3e3e3;font-family:IPAexGothic;text-align:center;padding-top:2mm">主な取組</div>
<div style="flex:1;border:0.6pt solid #000;padding:1mm 2mm">{kg_html}</div></div>
<h3 style="margin-top:4mm">５－４　債権ごとの取組み（保育所保育料）</h3>
{strip('<th style="width:18mm">債権名</th><td>保育所保育料</td>', 'こども課', '強制徴収公債権')}
<div style="display:flex;gap:4mm"><div style="flex:1;font-size:9.2pt;line-height:1.5">{hk_html}</div><div style="flex:0 0 72mm">{ref_box}</div></div>
<h3 style="margin-top:3mm">５－５　債権ごとの取組み（市営住宅使用料）</h3>
{strip('<th style="width:18mm">債権名</th><td>市営住宅使用料</td>', '都市計画課', '非強制徴収公債権')}
<p>現年度分の収納率は令和５年度に{g.f(r2(jt_cur) + '％', jt_cur, 'percent', 'collection_rate', 'actual', 2023, '令和５年度', 'current', '市営住宅使用料', '市営住宅使用料')}となり、令和９年度の目標{g.f(r2(TGT['住宅使用料'][2]) + '％', TGT['住宅使用料'][2], 'percent', 'collection_rate', 'target', 2027, '令和９年度', 'current', '市営住宅使用料', '市営住宅使用料')}の達成に向けて、次の取組を進めます。</p>
<div style="font-size:9.2pt;line-height:1.5;border:0.9pt solid #000;padding:1.5mm 3mm">{jt_html}</div>
""", 8))

# ----------------------------------------------------------------------------- render
html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
src = WORK / f"{STEM}.html"
src.write_text(html, encoding="utf-8")
pdf = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", src.as_uri()], check=True, capture_output=True, timeout=180)
out = g.write(pdf)
print(pdf, out, len(g.facts), "facts", len(g.initiatives), "initiatives")
