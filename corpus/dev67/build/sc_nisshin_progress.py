"""sc_nisshin_progress_1: 令和5年度 債権管理の取組状況（2月末現在）; HTML/CSS -> chromium --print-to-pdf."""
import subprocess, shutil, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from sc_common import Gold, zen, comma, rate, pct

STEM = "sc_nisshin_progress_1"
CITY = "日進市"
g = Gold()
FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
pages = []


def tri(v, nd=2, sign=True):
    s = f"{abs(v):.{nd}f}"
    return ("▲" + s) if v < 0 else (("＋" + s) if sign else s)

# ------------------------------------------------------------------ data (千円, 2月末累計)
M = {  # debt: (prev cur a, c, prev arr a, c, now cur a, c, now arr a, c)
    "市税": (9812340, 9568102, 702115, 182905, 9954870, 9740615, 668420, 185314),
    "国民健康保険税": (1845210, 1593560, 642880, 118214, 1812455, 1560190, 615302, 120487),
    "介護保険料": (1402115, 1368920, 41208, 9876, 1436880, 1404372, 39115, 10102),
    "後期高齢者医療保険料": (912440, 905113, 6215, 2487, 948302, 941226, 5988, 2601),
}
R = {}
for d, (pa, pc, paa, pac, na, nc, naa, nac) in M.items():
    R[d] = {"prev": {"current": (pa, pc), "arrears": (paa, pac), "total": (pa + paa, pc + pac)},
            "now": {"current": (na, nc), "arrears": (naa, nac), "total": (na + naa, nc + nac)}}
tax = R["市税"]
tax_now_tr = rate(*tax["now"]["total"][::-1][::-1][1:2] + tax["now"]["total"][0:1]) if False else rate(tax["now"]["total"][1], tax["now"]["total"][0])
tax_prev_tr = rate(tax["prev"]["total"][1], tax["prev"]["total"][0])
tax_cr = rate(tax["now"]["current"][1], tax["now"]["current"][0])
tax_ar = rate(tax["now"]["arrears"][1], tax["now"]["arrears"][0], 1)
kok_cr = rate(R["国民健康保険税"]["now"]["current"][1], R["国民健康保険税"]["now"]["current"][0])
kok_pcr = rate(R["国民健康保険税"]["prev"]["current"][1], R["国民健康保険税"]["prev"]["current"][0])
tax_out_now = tax["now"]["total"][0] - tax["now"]["total"][1]
tax_out_prev = tax["prev"]["total"][0] - tax["prev"]["total"][1]

YE = [  # debt, short, R4 out, R4 rate, R5 target, R5 est out, R5 est rate
    ("市税", "市税", 528740, 97.12, 97.30, 505100, 97.35),
    ("国民健康保険税", "国保税", 312615, 81.35, 81.80, 301220, 81.62),
    ("介護保険料", "介護保険料", 36208, 98.02, 98.10, 35400, 98.08),
    ("後期高齢者医療保険料", "後期高齢", 4912, 99.41, 99.45, 4850, 99.43),
    ("保育料", "保育料", 18430, 96.54, 96.80, 17260, 96.91),
    ("下水道使用料", "下水道使用料", 22874, 97.88, 98.00, 22150, 97.95),
    ("市営住宅使用料", "住宅使用料", 14821, 88.16, 88.50, 14300, 88.71),
]
R4_OUT_ALL = sum(r[2] for r in YE)
R5_OUT_ALL = sum(r[5] for r in YE)

CSS = """
@font-face { font-family: G; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@font-face { font-family: M; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@page { size: A4; margin: 0; }
body { margin: 0; font-family: M; font-size: 10pt; }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 14mm 16mm 12mm 16mm; position: relative;
        page-break-after: always; overflow: hidden; }
.hd { position: absolute; top: 6mm; right: 16mm; font-size: 8pt; color: #444; font-family: G; }
.ft { position: absolute; bottom: 6mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1 { font-family: G; font-size: 15pt; text-align: center; margin: 4mm 0 2mm; }
h2 { font-family: G; font-size: 11.5pt; margin: 5mm 0 2mm; border-left: 5px solid #2a5d8f; padding-left: 2mm; }
h3 { font-family: G; font-size: 10.5pt; margin: 3mm 0 1.5mm; }
p { margin: 1mm 0; line-height: 1.55; text-indent: 1em; }
table { border-collapse: collapse; width: 100%; font-size: 8.3pt; }
th, td { border: 0.6pt solid #555; padding: 0.8mm 1.2mm; }
th { background: #dbe5f1; font-family: G; font-weight: normal; }
td.n { text-align: right; }
.zebra td, .zebra th { border: none; }
.zebra tr:nth-child(even) td { background: #eef3f8; }
.zebra thead th { background: #2a5d8f; color: #fff; }
.panels { display: flex; gap: 4mm; margin: 2mm 0; }
.panel { flex: 1; border: 1.2pt solid #2a5d8f; border-radius: 2mm; padding: 2mm; text-align: center; }
.panel .l { font-family: G; font-size: 8.5pt; color: #2a5d8f; }
.panel .v { font-family: G; font-size: 18pt; margin: 1mm 0; }
.panel .s { font-size: 8.5pt; }
.box { border: 0.8pt solid #333; padding: 2mm 3mm; margin: 2mm 0; }
.note { font-size: 7.8pt; margin: 0.8mm 0; text-indent: 0; }
.unit { text-align: right; font-size: 8pt; margin: 0; }
ul { margin: 1mm 0 1mm 4mm; padding-left: 4mm; } li { margin: 0.6mm 0; }
.kv td { font-size: 9pt; } .kv th { width: 18%; }
"""


def page(n, body):
    pages.append(f'<div class="page"><div class="hd">令和5年度　債権管理の取組状況</div>{body}<div class="ft">- {n} -</div></div>')

# ------------------------------------------------------------------ page 1
P = 1
b = ['<h1>令和5（2023）年度 債権管理の取組状況<br><span style="font-size:11pt">（令和6年2月末現在）</span></h1>',
     '<p style="text-align:right;text-indent:0">令和6年3月　日進市 総務部 債権管理課</p>',
     '<h2>１　概要</h2>']
p1 = g.f(P, "市税", "市税", FY, "令和6年2月末", "total", "collection_rate", "interim", tax_now_tr, "percent", pct(tax_now_tr) + "％", as_of=ASOF)
d1v = round(tax_now_tr - tax_prev_tr, 2)
d1 = g.f(P, "市税", "市税", FY, "令和6年2月末", "total", "difference", "interim", d1v, "points", tri(d1v) + "ポイント", as_of=ASOF)
oku = round(R4_OUT_ALL / 100000, 1)
p2 = g.f(P, None, "主要7債権", PFY, "令和4年度決算", "total", "outstanding", "actual", int(round(oku * 1e8)), "yen", f"{oku}億円")
d3v = round(kok_cr - kok_pcr, 2)
p3 = g.f(P, "国民健康保険税", "国民健康保険税", FY, "令和6年2月末", "current", "collection_rate", "interim", kok_cr, "percent", pct(kok_cr) + "％", as_of=ASOF)
d3 = g.f(P, "国民健康保険税", "国民健康保険税", FY, "令和6年2月末", "current", "difference", "interim", d3v, "points", tri(d3v) + "ポイント", as_of=ASOF)
b.append(f'''<div class="panels">
<div class="panel"><div class="l">市税 収納率（令和6年2月末）</div><div class="v">{p1}</div><div class="s">前年同月比 {d1}</div></div>
<div class="panel"><div class="l">主要7債権 収入未済額（令和4年度決算）</div><div class="v">{p2}</div><div class="s">令和5年度決算見込で縮減へ</div></div>
<div class="panel"><div class="l">国民健康保険税 現年分収納率（令和6年2月末）</div><div class="v">{p3}</div><div class="s">前年同月比 {d3}</div></div>
</div>''')
b.append('<h3>【収納率】令和6年2月末時点（市税）</h3><ul>')
b.append(f'<li>現年分　{g.f(P, "市税", "市税", FY, "令和6年2月末", "current", "collection_rate", "interim", tax_cr, "percent", pct(tax_cr) + "％", as_of=ASOF)}</li>')
b.append(f'<li>滞繰分　{g.f(P, "市税", "市税", FY, "令和6年2月末", "arrears", "collection_rate", "interim", tax_ar, "percent", f"{tax_ar:.1f}％", as_of=ASOF)}</li>')
b.append(f'<li>合計　　{g.f(P, "市税", "市税", FY, "令和6年2月末", "total", "collection_rate", "interim", tax_now_tr, "percent", pct(tax_now_tr) + "％", as_of=ASOF)}</li></ul>')
o_now = round(tax_out_now * 1000, -5); o_diff = round((tax_out_prev - tax_out_now) * 1000, -5)


def okuman(y):
    o, m = divmod(y // 10000, 10000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")
r_on = "約" + okuman(o_now); r_od = "約" + okuman(o_diff)
g.f(P, "市税", "市税", FY, "令和6年2月末", "total", "outstanding", "interim", o_now, "yen", r_on, as_of=ASOF, approx=True)
g.f(P, "市税", "市税", FY, "令和6年2月末", "total", "difference", "interim", -o_diff, "yen", r_od, as_of=ASOF, approx=True)
b.append(f'<p>2月末の市税の収入未済額は{r_on}で、前年同月から{r_od}減少した。現年分は納期内納付の勧奨と口座振替の推進により、'
         f'前年同月を上回って推移している。一方、国民健康保険税の現年分は前年同月比{tri(d3v)}ポイントと、わずかに下回っている。</p>')
g.f(P, "国民健康保険税", "国民健康保険税", FY, "令和6年2月末", "current", "difference", "interim", d3v, "points", tri(d3v) + "ポイント", as_of=ASOF)
b.append('<p>本報告は、日進市債権管理計画（2022年度～2024年度）に基づき、各債権所管課の取組状況と数値を取りまとめたものである。'
         '数値は令和6年2月末現在の速報値であり、決算数値とは異なる場合がある。</p>')
b.append('<h2>２　報告の構成</h2><ul><li>主要債権の収納状況（2月末）…2ページ</li><li>年度末見込み…3ページ</li>'
         '<li>月別収納状況（市税）…4ページ</li><li>債権別の主な取組状況…5ページ</li></ul>')
page(P, "".join(b))

# ------------------------------------------------------------------ page 2
P = 2
b = ['<h2>３　主要債権の収納状況（2月末）</h2>',
     '<table><thead><tr><th rowspan="3">債権名</th><th rowspan="3">区分</th><th colspan="6">2月末現在</th><th rowspan="3">差<br>収納率<br>（ポイント）</th></tr>'
     '<tr><th colspan="3">令和4年度（前年同月）</th><th colspan="3">令和5年度（本年度）</th></tr>'
     '<tr><th>調定額※<br>（千円）</th><th>収入済額<br>（千円）</th><th>収納率<br>（％）</th><th>調定額※<br>（千円）</th><th>収入済額<br>（千円）</th><th>収納率<br>（％）</th></tr></thead><tbody>']
SEGL = {"current": "現年", "arrears": "滞繰", "total": "計"}
for d, rr in R.items():
    for k, seg in enumerate(("current", "arrears", "total")):
        row = "<tr>" + (f'<th rowspan="3">{d}</th>' if k == 0 else "") + f"<td>{SEGL[seg]}</td>"
        rates = {}
        for yr, fy, fyr, ao in (("prev", PFY, "令和4年度（前年同月）", PASOF), ("now", FY, "令和5年度（本年度）", ASOF)):
            a, c = rr[yr][seg]
            rt = rate(c, a); rates[yr] = rt
            row += f'<td class="n">{g.f(P, d, d, fy, fyr, seg, "assessed", "interim", a * 1000, "yen", comma(a), as_of=ao)}</td>'
            row += f'<td class="n">{g.f(P, d, d, fy, fyr, seg, "collected", "interim", c * 1000, "yen", comma(c), as_of=ao)}</td>'
            row += f'<td class="n">{g.f(P, d, d, fy, fyr, seg, "collection_rate", "interim", rt, "percent", pct(rt), as_of=ao)}</td>'
        dv = round(rates["now"] - rates["prev"], 2)
        row += f'<td class="n">{g.f(P, d, d, FY, "令和5年度", seg, "difference", "interim", dv, "points", tri(dv, sign=False), as_of=ASOF)}</td></tr>'
        b.append(row)
# 合計 row (計 only)
tot = {yr: [sum(R[d][yr]["total"][i] for d in R) for i in (0, 1)] for yr in ("prev", "now")}
row = '<tr style="font-weight:bold"><th colspan="2">合計</th>'
rts = {}
for yr, fy, ao in (("prev", PFY, PASOF), ("now", FY, ASOF)):
    a, c = tot[yr]; rt = rate(c, a); rts[yr] = rt
    row += f'<td class="n">{g.f(P, None, "合計", fy, "令和4年度" if yr == "prev" else "令和5年度", "total", "assessed", "interim", a * 1000, "yen", comma(a), as_of=ao)}</td>'
    row += f'<td class="n">{g.f(P, None, "合計", fy, "令和4年度" if yr == "prev" else "令和5年度", "total", "collected", "interim", c * 1000, "yen", comma(c), as_of=ao)}</td>'
    row += f'<td class="n">{g.f(P, None, "合計", fy, "令和4年度" if yr == "prev" else "令和5年度", "total", "collection_rate", "interim", rt, "percent", pct(rt), as_of=ao)}</td>'
dv = round(rts["now"] - rts["prev"], 2)
row += f'<td class="n">{g.f(P, None, "合計", FY, "令和5年度", "total", "difference", "interim", dv, "points", tri(dv, sign=False), as_of=ASOF)}</td></tr>'
b.append(row + "</tbody></table>")
b.append('<p class="note">※ 調定額は、各年度の2月末現在の調定額から還付未済額を除いたもの。▲は前年同月を下回ったことを示す。</p>')
b.append('<p class="note">前年同月は令和5年2月末、本年度は令和6年2月末の数値。</p>')
# prose under table with figures
kk = R["国民健康保険税"]["now"]["arrears"]
b.append('<h3>（分析）</h3>')
b.append(f'<p>国民健康保険税の滞納繰越分は、2月末で収入済額が{comma(kk[1])}千円となり、収納率は{pct(rate(kk[1], kk[0]))}％となった。'
         '被保険者数の減少により調定額は縮小しているが、現年分の収納率は前年同月をやや下回っており、3月の催告強化月間で挽回を図る。</p>')
g.f(P, "国民健康保険税", "国民健康保険税", FY, "令和6年2月末", "arrears", "collected", "interim", kk[1] * 1000, "yen", comma(kk[1]) + "千円", as_of=ASOF)
g.f(P, "国民健康保険税", "国民健康保険税", FY, "令和6年2月末", "arrears", "collection_rate", "interim", rate(kk[1], kk[0]), "percent", pct(rate(kk[1], kk[0])) + "％", as_of=ASOF)
page(P, "".join(b))

# ------------------------------------------------------------------ page 3
P = 3
b = ['<h2>４　年度末見込み</h2><p class="unit">（上段：収入未済額（千円）、下段：収納率（％））</p>',
     '<table><thead><tr><th>区分</th>' + "".join(f"<th>{r[1]}</th>" for r in YE) + "</tr></thead><tbody>"]
row = '<tr><th>令和4年度<br>決算</th>'
for d, s, o4, r4, t5, o5, r5 in YE:
    row += (f'<td class="n">{g.f(P, d, s, PFY, "令和4年度", "total", "outstanding", "actual", o4 * 1000, "yen", comma(o4))}<br>'
            f'{g.f(P, d, s, PFY, "令和4年度", "total", "collection_rate", "actual", r4, "percent", pct(r4))}</td>')
b.append(row + "</tr>")
row = '<tr><th>令和5年度<br>目標</th>'
for d, s, o4, r4, t5, o5, r5 in YE:
    row += f'<td class="n">－<br>{g.f(P, d, s, FY, "令和5年度", "total", "collection_rate", "target", t5, "percent", pct(t5))}</td>'
b.append(row + "</tr>")
row = '<tr><th>令和5年度<br>決算見込</th>'
for d, s, o4, r4, t5, o5, r5 in YE:
    row += (f'<td class="n">{g.f(P, d, s, FY, "令和5年度", "total", "outstanding", "estimate", o5 * 1000, "yen", comma(o5))}<br>'
            f'{g.f(P, d, s, FY, "令和5年度", "total", "collection_rate", "estimate", r5, "percent", pct(r5))}</td>')
b.append(row + "</tr>")
row = '<tr><th>収入未済額<br>前年度比</th>'
for d, s, o4, r4, t5, o5, r5 in YE:
    rv = round(o5 / o4 * 100, 1)
    row += f'<td class="n">{g.f(P, d, s, FY, "令和5年度", "total", "ratio_prev_year", "estimate", rv, "percent", f"{rv:.1f}％")}</td>'
b.append(row + "</tr></tbody></table>")
b.append('<p class="note">国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料。'
         '前年度比は令和5年度決算見込の収入未済額を令和4年度決算の収入未済額で除したもの。</p>')
b.append(f'<p>主要7債権の令和5年度決算見込の収入未済額は{comma(R5_OUT_ALL)}千円で、令和4年度決算から'
         f'{comma(R4_OUT_ALL - R5_OUT_ALL)}千円の減少となる見込みである。</p>')
g.f(P, None, None, FY, "令和5年度決算見込", "total", "outstanding", "estimate", R5_OUT_ALL * 1000, "yen", comma(R5_OUT_ALL) + "千円")
g.f(P, None, None, FY, "令和5年度決算見込", "total", "difference", "estimate", -(R4_OUT_ALL - R5_OUT_ALL) * 1000, "yen", comma(R4_OUT_ALL - R5_OUT_ALL) + "千円")
# long-format table in 百万円
R3 = {"市税": 561.3, "国民健康保険税": 330.9}
R3_ALL = 985.2
b.append('<h3>（参考）収入未済額の推移</h3><p class="unit">単位：百万円</p>')
b.append('<table style="width:60%"><thead><tr><th>債権</th><th>年度</th><th>収入未済額</th></tr></thead><tbody>')
for d in ("市税", "国民健康保険税"):
    yr = next(r for r in YE if r[0] == d)
    for fy, fyr, v, basis in ((2021, "R3", R3[d], "actual"), (PFY, "R4", round(yr[2] / 1000, 1), "actual"),
                              (FY, "R5見込", round(yr[5] / 1000, 1), "estimate")):
        b.append(f'<tr><td>{d}</td><td>{fyr}</td><td class="n">{g.f(P, d, d, fy, fyr, "total", "outstanding", basis, int(round(v * 1e6)), "yen", f"{v:,.1f}")}</td></tr>')
for fy, fyr, v, basis in ((2021, "R3", R3_ALL, "actual"), (PFY, "R4", round(R4_OUT_ALL / 1000, 1), "actual"),
                          (FY, "R5見込", round(R5_OUT_ALL / 1000, 1), "estimate")):
    b.append(f'<tr><td>主要7債権計</td><td>{fyr}</td><td class="n">{g.f(P, None, "主要7債権計", fy, fyr, "total", "outstanding", basis, int(round(v * 1e6)), "yen", f"{v:,.1f}")}</td></tr>')
b.append("</tbody></table>")
page(P, "".join(b))

# ------------------------------------------------------------------ page 4 monthly
P = 4
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
ENDS = ["04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31", "01-31", "02-28", "03-31"]
FR_PREV = [0.118, 0.236, 0.342, 0.441, 0.523, 0.604, 0.688, 0.761, 0.842, 0.907, None, 0.9852]
FR_NOW = [0.121, 0.241, 0.349, 0.447, 0.531, 0.611, 0.693, 0.768, 0.849, 0.913, None, None]
pa, pc = tax["prev"]["current"]; na, nc = tax["now"]["current"]
b = ['<h2>５　月別収納状況（市税・現年分、累計）</h2>',
     '<table class="zebra"><thead><tr><th rowspan="2">月</th><th colspan="2">前年度（令和4年度）</th><th colspan="2">本年度（令和5年度）</th></tr>'
     '<tr><th>収納額（千円）</th><th>収納率（％）</th><th>収納額（千円）</th><th>収納率（％）</th></tr></thead><tbody>']
chart = []
for k, m in enumerate(MONTHS):
    yp = 2022 if k < 9 else 2023; yn = yp + 1
    ep = ENDS[k]; en = ENDS[k] if ep != "02-28" else "02-29"
    cp = pc if FR_PREV[k] is None else int(round(pa * FR_PREV[k]))
    rp = rate(cp, pa)
    cells = [f'<td>{m}</td>',
             f'<td class="n">{g.f(P, "市税", "市税", PFY, "前年度（令和4年度）", "current", "collected", "interim", cp * 1000, "yen", comma(cp), as_of=f"{yp}-{ep}")}</td>',
             f'<td class="n">{g.f(P, "市税", "市税", PFY, "前年度（令和4年度）", "current", "collection_rate", "interim", rp, "percent", pct(rp), as_of=f"{yp}-{ep}")}</td>']
    if k == 11:
        cells += ['<td class="n">－</td>', '<td class="n">－</td>']
    else:
        cn = nc if FR_NOW[k] is None else int(round(na * FR_NOW[k]))
        rn = rate(cn, na)
        cells += [f'<td class="n">{g.f(P, "市税", "市税", FY, "本年度（令和5年度）", "current", "collected", "interim", cn * 1000, "yen", comma(cn), as_of=f"{yn}-{en}")}</td>',
                  f'<td class="n">{g.f(P, "市税", "市税", FY, "本年度（令和5年度）", "current", "collection_rate", "interim", rn, "percent", pct(rn), as_of=f"{yn}-{en}")}</td>']
        chart.append((m, rn, f"{yn}-{en}"))
    b.append("<tr>" + "".join(cells) + "</tr>")
b.append("</tbody></table>")
b.append('<p class="note">収納率は各年度2月末現在の現年分調定額に対する累計収納額の割合。令和5年度の3月末は集計前のため「－」とした。</p>')
# bar chart (svg) with data labels
W, H, x0, y0 = 640, 230, 40, 200
svg = [f'<svg width="170mm" height="62mm" viewBox="0 0 {W} {H}" xmlns="http://www.w3.org/2000/svg" style="font-family:G">',
       f'<text x="{W/2}" y="14" font-size="13" text-anchor="middle">本年度 市税現年分 累計収納率の推移（％）</text>',
       f'<line x1="{x0}" y1="{y0}" x2="{W-10}" y2="{y0}" stroke="#333"/>']
bw = (W - x0 - 20) / len(chart)
for k, (m, rn, ao) in enumerate(chart):
    h = rn / 100 * 160
    x = x0 + k * bw + 6
    svg.append(f'<rect x="{x:.1f}" y="{y0-h:.1f}" width="{bw-12:.1f}" height="{h:.1f}" fill="#6d9ac4"/>')
    svg.append(f'<text x="{x+(bw-12)/2:.1f}" y="{y0-h-4:.1f}" font-size="10.5" text-anchor="middle">{pct(rn)}</text>')
    svg.append(f'<text x="{x+(bw-12)/2:.1f}" y="{y0+14:.1f}" font-size="10.5" text-anchor="middle">{m}</text>')
    g.f(P, "市税", "市税", FY, "本年度", "current", "collection_rate", "interim", rn, "percent", pct(rn), as_of=ao)
svg.append("</svg>")
b.append('<div style="margin-top:4mm">' + "".join(svg) + "</div>")
page(P, "".join(b))

# ------------------------------------------------------------------ page 5 initiatives
P = 5
SEC = "債権別の主な取組状況"
b = [f'<h2>６　{SEC}</h2>',
     '<table class="kv"><tr><th>債権名</th><td>市税</td><th>所管課</th><td>税務課・債権管理課</td></tr></table>',
     '<table style="margin-top:1.5mm"><thead><tr><th style="width:8%">番号</th><th>項目</th><th style="width:9%"></th></tr></thead><tbody>']
items = [("①", "納期限後20日以内の督促状発送と、納期限から2か月経過時点での文書催告を徹底する。", "継続", "◎"),
         ("②", "預貯金・給与等の財産調査を電子照会で行い、納付資力のある滞納者には速やかに差押えを執行する。", "拡充", "◎"),
         ("③", "スマートフォン決済アプリによる納付を軽自動車税以外の税目にも広げ、納付機会を拡大する。", "新規", "○"),
         ("④", "高額滞納案件を愛知県地方税滞納整理機構へ引き継ぎ、徴収困難案件の早期解決を図る。", "継続", "△")]
for lab, txt, stt, mark in items:
    b.append(f'<tr><td style="text-align:center">{lab}</td><td>{txt}【{stt}】</td><td style="text-align:center">{mark}</td></tr>')
    g.i(P, "市税", FY, SEC, lab, txt, stt)
b.append('</tbody></table><p class="note">◎：計画どおり実施　○：一部実施　△：未実施・検討中</p>')
# 国保
b.append('<table style="margin-top:3mm"><tr><th style="text-align:left">債権名　国民健康保険税</th></tr><tr><td>')
kitems = [("(1)", "短期被保険者証の更新時に納付相談を行い、分割納付の誓約を取り付ける。", "継続"),
          ("(2)", "資格喪失届の提出時に未納額を通知し、転出前の完納を促す。", None),
          ("(3)", "コールセンターによる現年分の電話催告を、夜間・休日にも実施する。", "拡充")]
for lab, txt, stt in kitems:
    b.append(f'<div style="margin:0.8mm 0">{lab}　{txt}' + (f"【{stt}】" if stt else "") + "</div>")
    g.i(P, "国民健康保険税", FY, SEC, lab, txt, stt)
nk = R["国民健康保険税"]["now"]
kout = nk["total"][0] - nk["total"][1]; kout_arr = nk["arrears"][0] - nk["arrears"][1]
b.append('</td></tr></table>')
b.append('<table style="margin-top:1.5mm"><thead><tr><th>項目</th><th>2月末実績</th><th>備考</th></tr></thead><tbody>')
b.append(f'<tr><td>収入未済額</td><td class="n">{g.f(P, "国民健康保険税", "国民健康保険税", FY, "2月末実績", "total", "outstanding", "interim", kout * 1000, "yen", comma(kout) + "千円", as_of=ASOF)}</td>'
         f'<td>うち滞納繰越分 {g.f(P, "国民健康保険税", "国民健康保険税", FY, "2月末実績", "arrears", "outstanding", "interim", kout_arr * 1000, "yen", comma(kout_arr) + "千円", as_of=ASOF)}</td></tr>')
b.append(f'<tr><td>滞納世帯数</td><td class="n">{g.f(P, "国民健康保険税", "国民健康保険税", FY, "2月末実績", "total", "delinquents", "interim", 1024, "households", "1,024世帯", as_of=ASOF)}</td>'
         f'<td>うち滞納繰越分のみの世帯 {g.f(P, "国民健康保険税", "国民健康保険税", FY, "2月末実績", "arrears", "delinquents", "interim", 388, "households", "388世帯", as_of=ASOF)}</td></tr>')
b.append(f'<tr><td>差押件数</td><td class="n">{g.f(P, "国民健康保険税", "国民健康保険税", FY, "2月末実績", "total", "seizures", "interim", 96, "cases", "96件", as_of=ASOF)}</td><td>うち預貯金 71件</td></tr>')
b.append('</tbody></table>')
# 住宅
b.append('<h3>（３）債権ごとの取組み（市営住宅使用料）</h3>')
jitems = [("ア", "滞納3か月で連帯保証人へ通知し、滞納額の拡大を防ぐ。", "継続"),
          ("イ", "6か月以上の長期滞納者には明渡請求を前提とした最終催告を行う。", None),
          ("ウ", "退去者の未納分は、支払督促の申立てと少額訴訟を組み合わせて回収する。", "新規")]
for lab, txt, stt in jitems:
    b.append(f'<div style="margin:0.8mm 0 0.8mm 3mm">{lab}　{txt}' + (f"<br>【{stt}】" if stt else "") + "</div>")
    g.i(P, "市営住宅使用料", FY, "債権ごとの取組み（市営住宅使用料）", lab, txt, stt)
page(P, "".join(b))

html = f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
Path("/tmp/sc_work").mkdir(exist_ok=True)
hp = Path("/tmp/sc_work") / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf=/tmp/sc_work/{STEM}.pdf", f"file://{hp}"], check=True, capture_output=True)
shutil.copy(f"/tmp/sc_work/{STEM}.pdf", f"pdf/{STEM}.pdf")
g.write(STEM, {"kind": "progress_report", "family": "progress", "municipality": CITY,
               "title": "令和5（2023）年度 債権管理の取組状況（令和6年2月末現在）", "date": "2024-02-29",
               "date_raw": "令和6年2月末現在"})
