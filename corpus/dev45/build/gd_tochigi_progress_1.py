#!/usr/bin/env python3
"""gd_tochigi_progress_1: 栃木市 令和5年度 市税等の収納状況と取組状況（中間報告, 2月末現在）.

Tool chain: HTML/CSS -> chromium --headless --print-to-pdf.  Run from corpus/dev45.
All figures are invented; the gold is written from the same data that draws the pages.
"""
from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gd_common import Gold, check_pdf, comma, dfmt, oku_man, rate, rfmt, tri, zen  # noqa: E402

STEM = "gd_tochigi_progress_1"
WORK = Path("/tmp/gd_work") / STEM
HERE = Path.cwd()
PDF = HERE / "pdf" / f"{STEM}.pdf"

FY, FYP = 2023, 2022                      # 令和5年度, 令和4年度
ASOF, ASOFP = "2024-02-29", "2023-02-28"  # 2月末 (leap year) and 前年同月
ASOF_DEC = "2023-12-31"

g = Gold(STEM, "progress_report", "progress", "栃木市",
         "令和５年度 市税等の収納状況と収納対策の取組状況について（中間報告）",
         "2024-03-15", "令和６年３月１５日")

# ---------------------------------------------------------------- data (千円)
# name(canonical), printed name, (cur_a, cur_c, arr_a, arr_c) R5 2月末, same for R4 2月末
DEBTS = [
    ("市税", "市税", (21_456_789, 19_563_214, 1_123_456, 271_845), (21_102_334, 19_201_877, 1_178_903, 265_412)),
    ("国民健康保険料", "国民健康保険税", (4_012_345, 3_467_890, 1_398_765, 301_234), (4_105_678, 3_529_311, 1_456_210, 296_880)),
    ("介護保険料", "介護保険料", (3_345_678, 3_226_701, 112_345, 20_118), (3_298_765, 3_185_420, 118_902, 19_876)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (1_567_890, 1_531_742, 34_567, 12_005), (1_498_321, 1_462_110, 31_204, 10_456)),
    ("保育所保育料", "保育所保育料", (215_432, 201_876, 45_678, 6_789), (228_765, 212_908, 49_321, 7_012)),
    ("市営住宅使用料", "市営住宅使用料", (268_901, 245_612, 87_654, 9_876), (271_234, 246_890, 91_023, 10_345)),
]
# year-end: (cur target, cur estimate, cur prev actual, arr target, arr estimate, arr prev actual), outstanding estimate 千円
YEAREND = {
    "市税": ((99.10, 99.05, 99.02, 30.00, 30.85, 29.74), 921_034),
    "国民健康保険料": ((93.20, 93.10, 92.88, 24.00, 24.35, 23.41), 1_185_212),
    "介護保険料": ((99.00, 98.95, 98.91, 20.00, 19.84, 19.62), 105_118),
    "後期高齢者医療保険料": ((99.60, 99.58, 99.55, 45.00, 46.12, 44.87), 23_046),
    "保育所保育料": ((98.50, 98.72, 98.40, 16.00, 15.35, 15.88), 37_512),
    "市営住宅使用料": ((95.00, 94.62, 94.81, 12.00, 12.45, 11.96), 86_233),
}
PREV_TARGET_KOKUHO = (93.00, 23.50)
KOUKI_WO = 1_234  # 後期 滞納繰越分 不納欠損額 (2月末まで, 千円) - footnote
# 市税 at 12月末 (千円)
DEC = (21_398_112, 17_088_406, 1_131_877, 224_903)
MONTHS = ["４月", "５月", "６月", "７月", "８月", "９月", "10月", "11月", "12月", "１月", "２月"]
MONTH_END = ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30",
             "2023-10-31", "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29"]
AREAS = ["栃木地域", "大平地域", "藤岡地域", "都賀地域", "西方地域", "岩舟地域"]
AREA_W = [0.551, 0.158, 0.093, 0.076, 0.042, 0.080]
CHART = [("R1", 2019, "2020-02-29", 90.12), ("R2", 2020, "2021-02-28", 89.54), ("R3", 2021, "2022-02-28", 90.48)]


def tot(t):
    a, c, b, d = t
    return a + b, c + d


def split(total: int, weights, jitter):
    vals = [int(total * w * (1 + j)) for w, j in zip(weights, jitter)]
    vals[-1] = total - sum(vals[:-1])
    return vals


def e(s):
    return html.escape(str(s))


# ---------------------------------------------------------------- derived
R = {}
for key, name, cur, prev in DEBTS:
    R[key] = {
        "cur": rate(cur[1], cur[0]), "arr": rate(cur[3], cur[2]), "tot": rate(*reversed(tot(cur))),
        "pcur": rate(prev[1], prev[0]), "parr": rate(prev[3], prev[2]), "ptot": rate(*reversed(tot(prev))),
    }
SUM = tuple(sum(d[2][i] for d in DEBTS) for i in range(4))
SUMP = tuple(sum(d[3][i] for d in DEBTS) for i in range(4))
R["合計"] = {"cur": rate(SUM[1], SUM[0]), "arr": rate(SUM[3], SUM[2]), "tot": rate(*reversed(tot(SUM))),
            "pcur": rate(SUMP[1], SUMP[0]), "parr": rate(SUMP[3], SUMP[2]), "ptot": rate(*reversed(tot(SUMP)))}
DEC_R = (rate(DEC[1], DEC[0]), rate(DEC[3], DEC[2]), rate(DEC[1] + DEC[3], DEC[0] + DEC[2]))
MONTHLY = {
    "市税": [6.12, 21.45, 38.76, 47.90, 55.31, 61.02, 67.44, 72.18, DEC_R[0], 85.03, R["市税"]["cur"]],
    "国民健康保険料": [5.01, 12.34, 20.87, 31.45, 40.12, 48.76, 56.33, 63.90, 70.12, 78.45, R["国民健康保険料"]["cur"]],
    "介護保険料": [8.45, 17.02, 25.61, 34.20, 42.87, 51.46, 60.03, 68.71, 77.30, 85.92, R["介護保険料"]["cur"]],
}
NAME = {k: n for k, n, _, _ in DEBTS}

# ---------------------------------------------------------------- HTML pieces
CSS = """
@page { size: A4; margin: 14mm 15mm 12mm 15mm; }
* { box-sizing: border-box; }
body { font-family: 'IPAexMincho', serif; font-size: 10pt; line-height: 1.55; margin: 0; color: #111; }
.page { page-break-after: always; position: relative; height: 268mm; overflow: hidden; }
.page:last-child { page-break-after: auto; }
h1 { font-family: 'IPAexGothic', sans-serif; font-size: 15pt; text-align: center; margin: 4mm 0 2mm; }
h2 { font-family: 'IPAexGothic', sans-serif; font-size: 11.5pt; margin: 4mm 0 1.5mm; }
h3 { font-family: 'IPAexGothic', sans-serif; font-size: 10.5pt; margin: 2.5mm 0 1mm; }
.right { text-align: right; }
.tag { font-family: 'IPAexGothic', sans-serif; position: absolute; right: 0; top: 0; border: 1px solid #333; padding: 0 3mm; font-size: 10pt; }
.cols { column-count: 2; column-gap: 7mm; column-rule: 0.4pt solid #999; text-align: justify; }
.cols p { margin: 0 0 2mm; text-indent: 1em; }
.box { border: 0.8pt solid #333; padding: 2mm 3mm; margin: 2mm 0; break-inside: avoid; }
.box .hd { font-family: 'IPAexGothic', sans-serif; font-weight: bold; }
.box ul { margin: 0.5mm 0 0 0; padding-left: 4mm; list-style: none; }
table { border-collapse: collapse; width: 100%; font-family: 'IPAexGothic', sans-serif; font-size: 8.4pt; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 9.5pt; padding-bottom: 1mm; }
th, td { padding: 1.1mm 1.2mm; }
.zebra th { background: #2f5d8a; color: #fff; font-weight: normal; border: 0.5pt solid #fff; }
.zebra td { text-align: right; }
.zebra td.n { text-align: left; }
.zebra tbody tr:nth-child(even) td { background: #e6eef6; }
.zebra tr.sum td { background: #c9d8e8; font-weight: bold; }
.ruled th, .ruled td { border: 0.6pt solid #333; }
.ruled th { background: #eee; font-weight: normal; }
.ruled td { text-align: right; }
.ruled td.n, .ruled td.t { text-align: left; }
.unit { text-align: right; font-size: 8.5pt; margin: 0 0 0.5mm; font-family: 'IPAexGothic', sans-serif; }
.note { font-size: 8.2pt; margin: 0.6mm 0 0; line-height: 1.4; }
.vert { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1mm; text-align: center; width: 7mm; }
.frame { border: 1pt solid #333; padding: 2mm; }
.src { font-size: 8pt; text-align: right; margin-top: 0.8mm; }
ol.items, ul.items { margin: 0.5mm 0 1.5mm; padding-left: 0; list-style: none; }
ol.items li, ul.items li { padding-left: 1.2em; text-indent: -1.2em; margin-bottom: 0.6mm; }
.footer { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
"""

pages: list[str] = []


def page_html(body: str, n: int) -> str:
    return f'<div class="page">{body}<div class="footer">- {n} -</div></div>'


# ---------------------------------------------------------------- page 1 (two-column prose)
P = 1
st = R["市税"]
cur, prev = DEBTS[0][2], DEBTS[0][3]
out_now = tot(cur)[0] - tot(cur)[1]
out_prev = tot(prev)[0] - tot(prev)[1]
oku_now, v_now = oku_man(out_now * 1000)
dtxt, dval = oku_man(abs(out_now - out_prev) * 1000)
d_tot = round(st["tot"] - st["ptot"], 2)
r1 = g.fact(P, "市税", "市税", FY, "令和５年度", "total", "collection_rate", "interim", st["tot"], "percent", f"{rfmt(st['tot'])}％", ASOF)
r2 = g.fact(P, "市税", "市税", FY, "令和５年度", "total", "difference", "interim", d_tot, "points", f"{d_tot:.2f}ポイント", ASOF)
r3 = g.fact(P, "市税", "市税", FY, "令和５年度", "current", "collection_rate", "interim", st["cur"], "percent", f"{rfmt(st['cur'])}％", ASOF)
r4 = g.fact(P, "市税", "市税", FYP, "前年同月", "current", "collection_rate", "interim", st["pcur"], "percent", f"{rfmt(st['pcur'])}％", ASOFP)
r5 = g.fact(P, "市税", "市税", FY, "令和５年度", "arrears", "collection_rate", "interim", st["arr"], "percent", f"{rfmt(st['arr'])}％", ASOF)
r6 = g.fact(P, "市税", "市税", FY, "令和５年度", "total", "outstanding", "interim", v_now, "yen", f"約{oku_now}", ASOF, approx=True)
r7 = g.fact(P, "市税", "市税", FY, "令和５年度", "total", "difference", "interim", -dval, "yen", f"約{dtxt}", ASOF, approx=True)
d1 = g.fact(P, "市税", "市税", FY, "令和５年12月末", "current", "collection_rate", "interim", DEC_R[0], "percent", f"{rfmt(DEC_R[0])}％", ASOF_DEC)
d2 = g.fact(P, "市税", "市税", FY, "令和５年12月末", "arrears", "collection_rate", "interim", DEC_R[1], "percent", f"{rfmt(DEC_R[1])}％", ASOF_DEC)
d3 = g.fact(P, "市税", "市税", FY, "令和５年12月末", "total", "collection_rate", "interim", DEC_R[2], "percent", f"{rfmt(DEC_R[2])}％", ASOF_DEC)

kk = R["国民健康保険料"]
k_dcur = round(kk["cur"] - kk["pcur"], 2)
k_darr = round(kk["arr"] - kk["parr"], 2)
k1 = g.fact(P, "国民健康保険料", "国民健康保険税", FY, "令和５年度", "current", "collection_rate", "interim", kk["cur"], "percent", f"{rfmt(kk['cur'])}％", ASOF)
k2 = g.fact(P, "国民健康保険料", "国民健康保険税", FY, "令和５年度", "current", "difference", "interim", k_dcur, "points", f"{abs(k_dcur):.2f}ポイント", ASOF)
k3 = g.fact(P, "国民健康保険料", "国民健康保険税", FY, "令和５年度", "arrears", "collection_rate", "interim", kk["arr"], "percent", f"{rfmt(kk['arr'])}％", ASOF)
k4 = g.fact(P, "国民健康保険料", "国民健康保険税", FYP, "前年同月", "arrears", "collection_rate", "interim", kk["parr"], "percent", f"{rfmt(kk['parr'])}％", ASOF)
k5 = g.fact(P, "国民健康保険料", "国民健康保険税", FY, "令和５年度", "arrears", "difference", "interim", k_darr, "points", f"{k_darr:.2f}ポイント", ASOF)
kai, kou = R["介護保険料"], R["後期高齢者医療保険料"]
c1 = g.fact(P, "介護保険料", "介護保険料", FY, "令和５年度", "current", "collection_rate", "interim", kai["cur"], "percent", f"{rfmt(kai['cur'])}％", ASOF)
c2 = g.fact(P, "介護保険料", "介護保険料", FYP, "前年同月", "current", "collection_rate", "interim", kai["pcur"], "percent", f"{rfmt(kai['pcur'])}％", ASOF)
c3 = g.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", FY, "令和５年度", "current", "collection_rate", "interim", kou["cur"], "percent", f"{rfmt(kou['cur'])}％", ASOF)
kou_d = round(kou["cur"] - kou["pcur"], 2)
c4 = g.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", FY, "令和５年度", "current", "difference", "interim", kou_d, "points", f"{kou_d:.2f}ポイント", ASOF)
ho, ju = R["保育所保育料"], R["市営住宅使用料"]
ju_out = (DEBTS[5][2][0] - DEBTS[5][2][1]) + (DEBTS[5][2][2] - DEBTS[5][2][3])
ju_txt, ju_val = oku_man(ju_out * 1000, 100_000)
h1 = g.fact(P, "保育所保育料", "保育所保育料", FY, "令和５年度", "current", "collection_rate", "interim", ho["cur"], "percent", f"{rfmt(ho['cur'])}％", ASOF)
h2 = g.fact(P, "市営住宅使用料", "市営住宅使用料", FY, "令和５年度", "arrears", "collection_rate", "interim", ju["arr"], "percent", f"{rfmt(ju['arr'])}％", ASOF)
h3 = g.fact(P, "市営住宅使用料", "市営住宅使用料", FY, "令和５年度", "total", "outstanding", "interim", ju_val, "yen", f"約{ju_txt}", ASOF, approx=True)

body = f"""
<div class="tag">資料２</div>
<h1>令和５年度 市税等の収納状況と<br>収納対策の取組状況について（中間報告）</h1>
<p class="right">令和６年３月１５日<br>財務部収納課・各債権所管課</p>
<h2>１　趣旨</h2>
<p style="text-indent:1em;margin:0">本市の主要な債権について、令和６年２月末現在の収納状況と、下半期における収納対策の取組状況を取りまとめ、年度末までの見込みと併せて報告する。なお、数値は速報値であり、決算の数値とは異なる場合がある。</p>
<h2>２　収納状況の概要（令和６年２月末現在）</h2>
<div class="cols">
<h3>（１）市税</h3>
<p>２月末現在の市税全体の収納率は{r1}で、前年同月比{r2}上昇した。内訳をみると、現年課税分は{r3}（前年同月{r4}）と堅調に推移しており、滞納繰越分も{r5}となっている。</p>
<p>収入未済額は{r6}で、前年同月から{r7}の減少となった。高額事案の早期着手と、差押えを中心とした滞納処分の強化が一定の効果を上げているものと考えられる。</p>
<div class="box"><div class="hd">【収納率】令和５年12月末時点</div>
<ul><li>・現年分　{d1}</li><li>・滞繰分　{d2}</li><li>・合計　　{d3}</li></ul></div>
<p>年度末に向けては、出納整理期間を含めた計画的な滞納整理を進め、現年課税分の目標収納率の確保を目指す。</p>
<h3>（２）国民健康保険税</h3>
<p>現年課税分の収納率は{k1}で、前年同月と比べ{k2}上昇した。滞納繰越分は{k3}（前年同月{k4}）で、{k5}改善している。</p>
<p>被保険者数の減少に伴い調定額は減少しているが、口座振替の推進により現年度分の納期内納付は増加傾向にある。</p>
<h3>（３）介護保険料・後期高齢者医療保険料</h3>
<p>介護保険料の現年度分収納率は{c1}（前年同月{c2}）で、ほぼ前年並みとなっている。後期高齢者医療保険料の現年度分収納率は{c3}で、前年同月比{c4}上昇した。</p>
<h3>（４）その他の債権</h3>
<p>保育所保育料の現年度分収納率は{h1}となった。市営住宅使用料は滞納繰越分の収納率が{h2}にとどまり、収入未済額は{h3}となっている。長期滞納者への法的措置を含めた対応が課題である。</p>
</div>
"""
pages.append(page_html(body, P))

# ---------------------------------------------------------------- page 2: summary table + comparison
P = 2
rows = []
for key, name, c, p in DEBTS:
    cells = [f'<td class="n">{e(name)}</td>']
    segs = [("current", c[0], c[1], R[key]["cur"]), ("arrears", c[2], c[3], R[key]["arr"]),
            ("total", c[0] + c[2], c[1] + c[3], R[key]["tot"])]
    for seg, a, col, r in segs:
        ra = g.fact(P, key, name, FY, "令和５年度", seg, "assessed", "interim", a * 1000, "yen", comma(a), ASOF)
        rc = g.fact(P, key, name, FY, "令和５年度", seg, "collected", "interim", col * 1000, "yen", comma(col), ASOF)
        rr = g.fact(P, key, name, FY, "令和５年度", seg, "collection_rate", "interim", r, "percent", rfmt(r), ASOF)
        if key == "後期高齢者医療保険料" and seg == "arrears":
            rc = rc + "※2"
        cells += [f"<td>{ra}</td>", f"<td>{rc}</td>", f"<td>{rr}</td>"]
    rows.append("<tr>" + "".join(cells) + "</tr>")
cells = ['<td class="n">合計</td>']
for seg, a, col, r in [("current", SUM[0], SUM[1], R["合計"]["cur"]), ("arrears", SUM[2], SUM[3], R["合計"]["arr"]),
                       ("total", SUM[0] + SUM[2], SUM[1] + SUM[3], R["合計"]["tot"])]:
    ra = g.fact(P, None, "合計", FY, "令和５年度", seg, "assessed", "interim", a * 1000, "yen", comma(a), ASOF)
    rc = g.fact(P, None, "合計", FY, "令和５年度", seg, "collected", "interim", col * 1000, "yen", comma(col), ASOF)
    rr = g.fact(P, None, "合計", FY, "令和５年度", seg, "collection_rate", "interim", r, "percent", rfmt(r), ASOF)
    cells += [f"<td>{ra}</td>", f"<td>{rc}</td>", f"<td>{rr}</td>"]
rows.append('<tr class="sum">' + "".join(cells) + "</tr>")
wo = g.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", FY, "令和６年２月末", "arrears", "written_off", "interim", KOUKI_WO * 1000, "yen", f"{comma(KOUKI_WO)}千円", ASOF)
t1 = f"""
<table class="zebra">
<caption>表１　主要債権の収納状況（令和６年２月末現在）</caption>
<thead>
<tr><th rowspan="2">区　分</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr>
<tr><th>調定額※1</th><th>収入済額</th><th>収納率</th><th>調定額※1</th><th>収入済額</th><th>収納率</th><th>調定額※1</th><th>収入済額</th><th>収納率</th></tr>
</thead>
<tbody>{''.join(rows)}</tbody></table>
<p class="note">（単位：千円、％）　※1 調定額は２月末現在の額で、還付未済額を含まない。<br>
※2 後期高齢者医療保険料の滞納繰越分は、令和６年２月末までに処理した不納欠損額{wo}を調定額から除いている。</p>
"""
rows = []
for key, name, c, p in DEBTS + [(None, "合計", None, None)]:
    rk = R[key or "合計"]
    cells = [f'<td class="n">{e(name)}</td>']
    for seg, now in (("current", "cur"), ("arrears", "arr"), ("total", "tot")):
        cells.append("<td>" + g.fact(P, key, name, FY, "令和５年度２月末", seg, "collection_rate", "interim", rk[now], "percent", rfmt(rk[now]), ASOF) + "</td>")
    for seg, pv in (("current", "pcur"), ("arrears", "parr"), ("total", "ptot")):
        cells.append("<td>" + g.fact(P, key, name, FYP, "令和４年度２月末", seg, "collection_rate", "interim", rk[pv], "percent", rfmt(rk[pv]), ASOFP) + "</td>")
    for seg, now, pv in (("current", "cur", "pcur"), ("arrears", "arr", "parr"), ("total", "tot", "ptot")):
        d = round(rk[now] - rk[pv], 2)
        cells.append("<td>" + g.fact(P, key, name, FY, "令和５年度２月末", seg, "difference", "interim", d, "points", dfmt(d), ASOF) + "</td>")
    rows.append(("<tr class=\"sum\">" if key is None else "<tr>") + "".join(cells) + "</tr>")
t2 = f"""
<table class="zebra" style="margin-top:5mm">
<caption>表２　収納率の前年同月比較</caption>
<thead>
<tr><th rowspan="2">区　分</th><th colspan="3">令和５年度２月末（Ａ）</th><th colspan="3">令和４年度２月末（Ｂ）</th><th colspan="3">増減（Ａ）－（Ｂ）</th></tr>
<tr><th>現年</th><th>滞繰</th><th>計</th><th>現年</th><th>滞繰</th><th>計</th><th>現年</th><th>滞繰</th><th>計</th></tr>
</thead>
<tbody>{''.join(rows)}</tbody></table>
<p class="note">（単位：％、ポイント）　△は減少を示す。</p>
"""
body = f"""<h2>３　主要債権の収納状況</h2>
<p style="text-indent:1em;margin:0 0 2mm">主要６債権の２月末現在の調定額、収入済額及び収納率は表１のとおりであり、前年同月との比較は表２のとおりである。</p>
{t1}{t2}"""
pages.append(page_html(body, P))

# ---------------------------------------------------------------- page 3: areas + chart
P = 3
cur, prev = DEBTS[0][2], DEBTS[0][3]
J = [0.004, -0.006, 0.011, -0.009, 0.015, 0.0]
J2 = [0.03, -0.05, 0.06, -0.08, 0.04, 0.0]
JP = [0.001, -0.008, 0.004, -0.002, 0.006, 0.0]
JP2 = [-0.02, 0.04, 0.01, -0.03, 0.07, 0.0]
ca, cc, aa, ac = (split(cur[0], AREA_W, [0] * 6), split(cur[1], AREA_W, J), split(cur[2], AREA_W, [0] * 6), split(cur[3], AREA_W, J2))
pca, pcc, paa, pac = (split(prev[0], AREA_W, [0] * 6), split(prev[1], AREA_W, JP), split(prev[2], AREA_W, [0] * 6), split(prev[3], AREA_W, JP2))
rows = []
UPC, DNA = [], []
for i, ar in enumerate(AREAS + ["計"]):
    if ar == "計":
        v = [rate(cur[1], cur[0], 1), rate(cur[3], cur[2], 1), rate(prev[1], prev[0], 1), rate(prev[3], prev[2], 1)]
        area = None
    else:
        v = [rate(cc[i], ca[i], 1), rate(ac[i], aa[i], 1), rate(pcc[i], pca[i], 1), rate(pac[i], paa[i], 1)]
        area = ar
    cells = []
    cells.append("<td>" + g.fact(P, "市税", "市税", FY, "令和５年度", "current", "collection_rate", "interim", v[0], "percent", f"{v[0]:.1f}%", ASOF, area=area) + "</td>")
    cells.append("<td>" + g.fact(P, "市税", "市税", FY, "令和５年度", "arrears", "collection_rate", "interim", v[1], "percent", f"{v[1]:.1f}%", ASOF, area=area) + "</td>")
    cells.append("<td>" + g.fact(P, "市税", "市税", FYP, "令和４年度", "current", "collection_rate", "interim", v[2], "percent", f"{v[2]:.1f}%", ASOFP, area=area) + "</td>")
    cells.append("<td>" + g.fact(P, "市税", "市税", FYP, "令和４年度", "arrears", "collection_rate", "interim", v[3], "percent", f"{v[3]:.1f}%", ASOFP, area=area) + "</td>")
    dc, da = round(v[0] - v[2], 1), round(v[1] - v[3], 1)
    if area:
        UPC.append(dc > 0)
        DNA.append(da < 0)
    cells.append("<td>" + g.fact(P, "市税", "市税", FY, "令和５年度", "current", "difference", "interim", dc, "points", f"{dc:+.1f}".replace("+", "") if dc >= 0 else f"▲{-dc:.1f}", ASOF, area=area) + "</td>")
    cells.append("<td>" + g.fact(P, "市税", "市税", FY, "令和５年度", "arrears", "difference", "interim", da, "points", f"{da:.1f}" if da >= 0 else f"▲{-da:.1f}", ASOF, area=area) + "</td>")
    lead = f'<td class="vert" rowspan="6">総合支所等</td>' if i == 0 else ""
    if ar == "計":
        rows.append(f'<tr style="font-weight:bold"><td class="n" colspan="2">計（市全体）</td>{"".join(cells)}</tr>')
    else:
        rows.append(f'<tr>{lead}<td class="n">{ar}</td>{"".join(cells)}</tr>')
t3 = f"""
<div style="font-family:'IPAexGothic';font-weight:bold;font-size:9.5pt;margin-bottom:1mm">表３　地域別の市税収納率（２月末現在）</div>
<div class="frame">
<table class="ruled">
<thead>
<tr><th colspan="2" rowspan="2">地　域</th><th colspan="2">令和５年度２月末</th><th colspan="2">令和４年度２月末</th><th colspan="2">対前年同月比</th></tr>
<tr><th>現年課税分</th><th>滞納繰越分</th><th>現年課税分</th><th>滞納繰越分</th><th>現年課税分</th><th>滞納繰越分</th></tr>
</thead><tbody>{''.join(rows)}</tbody></table>
</div>
<div class="src">出典：収納管理システム（令和６年３月４日抽出）　▲は低下を示す。</div>
"""
# chart (SVG with data labels)
bars = CHART + [("R4", FYP, ASOFP, R["市税"]["pcur"]), ("R5", FY, ASOF, R["市税"]["cur"])]
W, H, x0, y0 = 560, 230, 60, 190
svg = [f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAexGothic">']
svg.append(f'<line x1="{x0}" y1="{y0}" x2="{W - 20}" y2="{y0}" stroke="#333"/><line x1="{x0}" y1="30" x2="{x0}" y2="{y0}" stroke="#333"/>')
lo, hi = 85.0, 92.0
for t in (86, 88, 90, 92):
    yy = y0 - (t - lo) / (hi - lo) * 150
    svg.append(f'<line x1="{x0}" y1="{yy:.1f}" x2="{W - 20}" y2="{yy:.1f}" stroke="#ccc" stroke-dasharray="3,3"/>')
    svg.append(f'<text x="{x0 - 6}" y="{yy + 4:.1f}" font-size="10" text-anchor="end" fill="#555">{t}</text>')
for i, (lab, fy, asof, v) in enumerate(bars):
    bx = x0 + 30 + i * 95
    hgt = (v - lo) / (hi - lo) * 150
    col = "#2f5d8a" if lab == "R5" else "#8fb0d0"
    svg.append(f'<rect x="{bx}" y="{y0 - hgt:.1f}" width="46" height="{hgt:.1f}" fill="{col}"/>')
    raw = g.fact(P, "市税", "市税（現年課税分）", fy, lab, "current", "collection_rate", "interim", v, "percent", rfmt(v), asof)
    svg.append(f'<text x="{bx + 23}" y="{y0 - hgt - 5:.1f}" font-size="11" text-anchor="middle">{raw}</text>')
    svg.append(f'<text x="{bx + 23}" y="{y0 + 15}" font-size="11" text-anchor="middle">{lab}</text>')
svg.append(f'<text x="{x0 - 40}" y="22" font-size="10">（％）</text></svg>')
body = f"""<h2>４　地域別の収納状況（市税）</h2>
<p style="text-indent:1em;margin:0 0 2mm">市税の収納率を総合支所等の管轄地域別にみると表３のとおりであり、現年課税分では{zen(len(UPC))}地域中{zen(sum(UPC))}地域で前年同月を上回った一方、滞納繰越分では{zen(sum(DNA))}地域で前年同月を下回っている。</p>
{t3}
<h2 style="margin-top:6mm">５　市税（現年課税分）収納率の推移（各年度２月末現在）</h2>
<div style="text-align:center">{''.join(svg)}</div>
<p class="note" style="text-align:center">図１　各年度２月末現在の現年課税分収納率（単位：％）　※Ｒ１は令和２年２月29日現在</p>
"""
pages.append(page_html(body, P))

# ---------------------------------------------------------------- page 4: 国民健康保険税 sheet
P = 4
key, name = "国民健康保険料", "国民健康保険税"
ye, _ = YEAREND[key]
kk = R[key]


def pair(seg, now, nowraw, nbasis, nfy, nas, prev, prevraw, pbasis, pfy, pas, label):
    a = g.fact(P, key, name, nfy, nowraw, seg, "collection_rate", nbasis, now, "percent", rfmt(now), nas)
    b = g.fact(P, key, name, pfy, prevraw, seg, "collection_rate", pbasis, prev, "percent", rfmt(prev), pas)
    return f"{a}（{b}）"


trs = [
    ("２月末収納率", pair("current", kk["cur"], "令和５年度", "interim", FY, ASOF, kk["pcur"], "前年同月", "interim", FYP, ASOFP, ""),
     pair("arrears", kk["arr"], "令和５年度", "interim", FY, ASOF, kk["parr"], "前年同月", "interim", FYP, ASOFP, "")),
    ("決算見込収納率", pair("current", ye[1], "令和５年度", "estimate", FY, None, ye[2], "前年度決算", "actual", FYP, None, ""),
     pair("arrears", ye[4], "令和５年度", "estimate", FY, None, ye[5], "前年度決算", "actual", FYP, None, "")),
    ("目標収納率", pair("current", ye[0], "令和５年度", "target", FY, None, PREV_TARGET_KOKUHO[0], "前年度目標", "target", FYP, None, ""),
     pair("arrears", ye[3], "令和５年度", "target", FY, None, PREV_TARGET_KOKUHO[1], "前年度目標", "target", FYP, None, "")),
]
tb = "".join(f'<tr><td class="t">{a}</td><td>{b}</td><td>{c}</td></tr>' for a, b, c in trs)
k_out = (DEBTS[1][2][0] - DEBTS[1][2][1]) + (DEBTS[1][2][2] - DEBTS[1][2][3])
k_outp = (DEBTS[1][3][0] - DEBTS[1][3][1]) + (DEBTS[1][3][2] - DEBTS[1][3][3])
b1 = g.fact(P, key, name, FY, "２月末現在", "total", "delinquents", "interim", 2481, "households", "2,481世帯", ASOF)
b2 = g.fact(P, key, name, FYP, "前年同月", "total", "delinquents", "interim", 2655, "households", "2,655世帯", ASOFP)
b3 = g.fact(P, key, name, FY, "２月末現在", "total", "outstanding", "interim", k_out * 1000, "yen", f"{comma(k_out)}千円", ASOF)
b4 = g.fact(P, key, name, FYP, "前年同月", "total", "outstanding", "interim", k_outp * 1000, "yen", f"{comma(k_outp)}千円", ASOFP)
dd = round(kk["arr"] - kk["parr"], 2)
p1 = g.fact(P, key, name, FY, "令和５年度", "arrears", "difference", "interim", dd, "points", f"{dd:.2f}ポイント", ASOF)
dk, dk_v = oku_man(abs(k_out - k_outp) * 1000, 100_000)
p2 = g.fact(P, key, name, FY, "令和５年度", "total", "difference", "interim", -dk_v, "yen", f"約{dk}", ASOF, approx=True)
TORI = [
    "11月及び２月を滞納整理強化月間とし、夜間・休日の電話催告と納付相談窓口の時間延長を実施した。",
    "現年度分の未納者に対しては、督促状の発送後１か月以内に文書催告を行い、早期の自主納付を促した。",
    "財産調査の結果、納付資力があると判断した滞納者については、預貯金及び給与の差押えを速やかに実施した。",
    "口座振替が未登録の世帯に対して、キャッシュカードによる口座振替受付サービスの利用を窓口で案内した。",
]
for t in TORI:
    g.init(P, key, name, FY, "取組状況（２月末）", "・", t)
tori = "".join(f"<li>・{t}</li>" for t in TORI)
body = f"""<h2>６　債権別の状況</h2>
<table class="ruled" style="margin-bottom:2mm"><tr>
<th style="width:50%;text-align:left;font-weight:bold">債権名　国民健康保険税</th>
<th style="text-align:left">所管　保険年金課（賦課）・収納課（徴収）</th></tr></table>
<table class="ruled">
<caption>（１）収納率の状況（単位：％）　（　）内は前年同月・前年度の数値</caption>
<thead><tr><th style="width:34%">区　分</th><th>現年課税分</th><th>滞納繰越分</th></tr></thead>
<tbody>{tb}</tbody></table>
<p style="text-indent:1em;margin:2mm 0">滞納繰越分の２月末収納率は前年同月比{p1}上昇した。収入未済額は現年課税分と滞納繰越分の合計で、前年同月から{p2}減少している。</p>
<table class="ruled" style="margin-top:2mm"><tr>
<td class="vert" style="height:48mm;font-family:IPAexGothic;background:#eee">取組状況</td>
<td class="t" style="font-family:IPAexMincho;font-size:9.5pt;padding:2mm 3mm"><ul class="items">{tori}</ul></td></tr></table>
<div class="box" style="margin-top:4mm;width:70%"><div class="hd">【参考】滞納の状況（令和６年２月末現在）</div>
<ul><li>・滞納世帯数：{b1}（前年同月 {b2}）</li>
<li>・収入未済額：{b3}（前年同月 {b4}）</li>
<li>・差押件数：312件（前年同月 287件）</li></ul></div>
<p style="text-indent:1em;margin:2mm 0">年度末に向けては、出納整理期間までに納付が見込まれない滞納世帯を抽出し、財産調査と滞納処分を計画的に進めることで、決算見込収納率の確保を図る。</p>
"""
pages.append(page_html(body, P))

# ---------------------------------------------------------------- page 5: year-end table (debts per column) + monthly table (part 1)
P = 5
keys = [d[0] for d in DEBTS]
head = "".join(f"<th>{e(NAME[k])}</th>" for k in keys)
lines = []
spec = [("現年度分", "目標", 0, "target", "current"), (None, "決算見込", 1, "estimate", "current"),
        (None, "差（見込－目標）", None, "estimate", "current"),
        ("滞納繰越分", "目標", 3, "target", "arrears"), (None, "決算見込", 4, "estimate", "arrears"),
        (None, "差（見込－目標）", None, "estimate", "arrears")]
for grp, lab, idx, basis, seg in spec:
    cells = []
    for k in keys:
        y = YEAREND[k][0]
        if idx is not None:
            v = y[idx]
            cells.append("<td>" + g.fact(P, k, NAME[k], FY, "令和５年度", seg, "collection_rate", basis, v, "percent", rfmt(v)) + "</td>")
        else:
            d = round(y[1] - y[0], 2) if seg == "current" else round(y[4] - y[3], 2)
            cells.append("<td>" + g.fact(P, k, NAME[k], FY, "令和５年度", seg, "difference", "estimate", d, "points", dfmt(d)) + "</td>")
    lead = f'<td class="t" rowspan="3">{grp}</td>' if grp else ""
    lines.append(f"<tr>{lead}<td class=\"t\">{lab}</td>{''.join(cells)}</tr>")
bik = []
for k in keys:
    v = YEAREND[k][1]
    raw = g.fact(P, k, NAME[k], FY, "令和５年度", "total", "outstanding", "estimate", v * 1000, "yen", f"{comma(v)}千円")
    bik.append(f'<td class="t" style="font-size:7.6pt">収入未済額見込<br>{raw}</td>')
lines.append(f'<tr><td class="t" colspan="2">備考</td>{"".join(bik)}</tr>')
t4 = f"""<table class="ruled">
<caption>表４　令和５年度の決算見込と目標収納率（単位：％）</caption>
<thead><tr><th colspan="2">区　分</th>{head}</tr></thead>
<tbody>{''.join(lines)}</tbody></table>
<p class="note">※ 決算見込は、２月末までの実績に前年度の３月～５月の収納実績の傾向を加味して推計したもの。△は目標を下回る見込みを示す。</p>"""


def monthly(lo, hi, P, caption):
    hd = "".join(f"<th>{m}末</th>" for m in MONTHS[lo:hi])
    rows = []
    for k in ("市税", "国民健康保険料", "介護保険料"):
        cells = []
        for i in range(lo, hi):
            v = MONTHLY[k][i]
            cells.append("<td>" + g.fact(P, k, NAME[k], FY, f"{MONTHS[i]}末", "current", "collection_rate", "interim", v, "percent", rfmt(v), MONTH_END[i]) + "</td>")
        rows.append(f'<tr><td class="n">{e(NAME[k])}</td>{"".join(cells)}</tr>')
    return f"""<table class="zebra"><caption>{caption}</caption>
<thead><tr><th>債権名</th>{hd}</tr></thead><tbody>{''.join(rows)}</tbody></table>"""


t5 = monthly(0, 6, P, "表５　現年度分収納率の月別推移（令和５年度、各月末現在、単位：％）")
body = f"""<h2>７　年度末の見込み</h2>
<p style="text-indent:1em;margin:0 0 2mm">２月末までの収納実績をもとに推計した各債権の決算見込収納率と、令和５年度の目標収納率との比較は表４のとおりである。</p>
{t4}
<h2 style="margin-top:6mm">８　現年度分収納率の月別推移</h2>
<p style="text-indent:1em;margin:0 0 2mm">主要３債権の現年度分について、各月末現在の収納率の推移は表５のとおりである（10月以降は次ページ）。</p>
{t5}"""
pages.append(page_html(body, P))

# ---------------------------------------------------------------- page 6: monthly (part 2) + 今後の取組
P = 6
t5b = monthly(6, 11, P, "表５（続き）　現年度分収納率の月別推移（単位：％）")
PLAN = [
    ("（１）市税", "市税", "市税", [
        ("①", "出納整理期間中に納付が見込まれない滞納者に対し、財産調査に基づく差押えを集中的に実施する。", "継続", "same"),
        ("②", "高額・困難事案については、県税事務所との共同催告及び合同公売を活用し、滞納額の圧縮を図る。", "拡充", "wrap"),
        ("③", "令和６年度の当初課税分から、スマートフォン決済アプリによる納付の周知を強化する。", "新規", "alone"),
    ]),
    ("（２）国民健康保険税", "国民健康保険料", "国民健康保険税", [
        ("①", "納付相談の際に分納誓約の内容を見直し、履行状況を毎月確認して不履行者には速やかに催告する。", "継続", "same"),
        ("②", "資格喪失後も未納がある世帯に対して、文書及び電話による納付勧奨を実施する。", "継続", "same"),
    ]),
    ("（３）介護保険料・後期高齢者医療保険料", "介護保険料", "介護保険料・後期高齢者医療保険料", [
        ("①", "普通徴収の未納者について、年金からの特別徴収への切替えを確実に行う。", "継続", "same"),
        ("②", "保険料を滞納している被保険者に対し、給付制限の事前通知とあわせて納付相談を行う。", None, "same"),
    ]),
    ("（４）保育所保育料・市営住宅使用料", "保育所保育料", "保育所保育料・市営住宅使用料", [
        ("・", "保育所保育料は、児童手当からの徴収の申出を勧奨し、滞納の累積を防止する。", "継続", "same"),
        ("・", "市営住宅使用料の長期滞納者については、連帯保証人への請求と明渡請求訴訟の準備を進める。", "拡充", "wrap"),
    ]),
]
blocks = []
for head_, dk_, draw, items in PLAN:
    lis = []
    for lab, text, stt, mode in items:
        debt = "市営住宅使用料" if "市営住宅使用料の" in text else dk_
        g.init(P, debt, draw, FY, "今後の取組", lab, text, stt)
        tag = f"【{stt}】" if stt else ""
        if mode == "alone" and tag:
            lis.append(f"<li>{lab}{text}<br>{tag}</li>")
        elif mode == "wrap" and tag:
            lis.append(f'<li>{lab}{text}<span style="display:inline-block;width:100%;text-align:right">{tag}</span></li>')
        else:
            lis.append(f"<li>{lab}{text}{tag}</li>")
    blocks.append(f"<h3>{head_}</h3><ul class=\"items\">{''.join(lis)}</ul>")
body = f"""{t5b}
<p class="note">※ ２月末は令和６年２月29日現在。</p>
<h2 style="margin-top:6mm">９　今後の取組（３月～出納整理期間）</h2>
<p style="text-indent:1em;margin:0 0 1mm">年度末及び出納整理期間に向けて、各債権において次の取組を進める。</p>
{''.join(blocks)}
<p style="text-indent:1em;margin:3mm 0 0">以上の取組の結果については、令和５年度決算の確定後に改めて報告する。</p>
"""
pages.append(page_html(body, P))

# ---------------------------------------------------------------- render
WORK.mkdir(parents=True, exist_ok=True)
doc = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{e(g.doc['title'])}</title>
<style>{CSS}</style></head><body>{''.join(pages)}</body></html>"""
src = WORK / f"{STEM}.html"
src.write_text(doc, encoding="utf-8")
PDF.parent.mkdir(parents=True, exist_ok=True)
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={PDF}", src.as_uri()], check=True, capture_output=True)
gp = g.write(PDF, HERE / "gold")
errs = check_pdf(PDF, g)
print(f"{STEM}: {len(g.facts)} facts, {len(g.inits)} initiatives -> {gp}")
for x in errs:
    print("  CHECK:", x)
sys.exit(1 if errs else 0)
