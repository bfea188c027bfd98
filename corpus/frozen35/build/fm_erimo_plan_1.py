"""fm_erimo_plan_1: えりも町債権回収・整理計画 (plan) — HTML/CSS -> chromium --print-to-pdf.

Run from corpus/frozen35:  python3 build/fm_erimo_plan_1.py
"""
from __future__ import annotations

import html
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fm_common import FONT_G, FONT_M, Gold, PDF_DIR, WORK, check, com, oku_man, rate, round_to, zdig  # noqa: E402

STEM = "fm_erimo_plan_1"
TOWN = "えりも町"
G = Gold(STEM, "plan", "plan", TOWN, "えりも町債権回収・整理計画", "2025-03-01", "令和７年３月")

# ---------------------------------------------------------------- data
YEARS = list(range(2017, 2024))
DEBTS = {
    "町税": dict(short="町税", Ac=512_000_000, g=0.006, rc=[98.55, 98.60, 98.72, 98.70, 98.81, 98.86, 98.93],
               ra=[17.5, 18.4, 19.0, 17.6, 20.2, 21.5, 22.8], W=[3.1e6, 2.9e6, 2.6e6, 2.4e6, 2.2e6, 2.3e6, 2.0e6],
               O0=40_500_000, dept="総務課税務係"),
    "国民健康保険税": dict(short="国保税", Ac=158_000_000, g=-0.02, rc=[94.1, 94.5, 94.9, 95.0, 95.4, 95.6, 95.9],
                    ra=[16.2, 17.0, 17.9, 17.1, 18.8, 19.5, 20.9], W=[2.2e6, 2.0e6, 1.9e6, 1.7e6, 1.6e6, 1.5e6, 1.6e6],
                    O0=20_800_000, dept="総務課税務係"),
    "介護保険料": dict(short="介護料", Ac=94_000_000, g=0.01, rc=[99.05, 99.10, 99.12, 99.08, 99.15, 99.20, 99.22],
                  ra=[10.5, 11.2, 11.9, 10.8, 12.4, 13.0, 13.6], W=[0.35e6, 0.3e6, 0.28e6, 0.3e6, 0.25e6, 0.22e6, 0.2e6],
                  O0=1_650_000, dept="保健福祉課介護保険係"),
    "後期高齢者医療保険料": dict(short="後期高齢", Ac=41_000_000, g=0.02, rc=[99.5, 99.55, 99.6, 99.52, 99.58, 99.6, 99.62],
                       ra=[30, 32, 33, 31, 34, 36, 38], W=[0.05e6] * 7, O0=310_000, dept="町民課保険医療係"),
    "保育所保育料": dict(short="保育料", Ac=11_000_000, g=-0.06, rc=[97.2, 97.5, 97.9, 98.0, 98.2, 98.4, 98.5],
                   ra=[12, 13, 14, 12.5, 15, 16, 17], W=[0.1e6] * 7, O0=820_000, dept="保健福祉課子育て支援係"),
    "町営住宅使用料": dict(short="住宅使用料", Ac=61_000_000, g=-0.01, rc=[95.2, 95.4, 95.7, 95.9, 96.1, 96.3, 96.6],
                    ra=[13, 14, 14.5, 13.8, 15.2, 16, 17], W=[0.6e6, 0.5e6, 0.7e6, 0.4e6, 0.5e6, 0.45e6, 0.4e6],
                    O0=4_900_000, dept="建設水道課管理係"),
    "水道料金": dict(short="水道料", Ac=112_000_000, g=-0.008, rc=[98.6, 98.7, 98.75, 98.8, 98.85, 98.9, 98.95],
                 ra=[35, 36, 37, 35.5, 38, 39, 40], W=[0.2e6] * 7, O0=2_400_000, dept="建設水道課上下水道係"),
    "下水道使用料": dict(short="下水道料", Ac=58_000_000, g=-0.006, rc=[98.7, 98.75, 98.8, 98.82, 98.86, 98.9, 98.94],
                   ra=[34, 35, 36, 35, 37, 38, 39], W=[0.1e6] * 7, O0=1_150_000, dept="建設水道課上下水道係"),
}
DELINQ = {2022: 232, 2023: 214}  # 全債権の滞納者数（実人数）

random.seed(3501)
S = {}
for n, d in DEBTS.items():
    o = d["O0"]
    S[n] = {}
    for i, y in enumerate(YEARS):
        ac = int(d["Ac"] * (1 + d["g"]) ** i) + random.randint(0, 999) * 1000 + random.randint(0, 999)
        cc = int(ac * (d["rc"][i] + random.uniform(-.03, .03)) / 100)
        aa = o
        ca = int(aa * (d["ra"][i] + random.uniform(-.3, .3)) / 100)
        w = int(d["W"][i]) + random.randint(0, 999)
        o = ac + aa - cc - ca - w
        S[n][y] = dict(Ac=ac, Cc=cc, Aa=aa, Ca=ca, W=w, O=o, At=ac + aa, Ct=cc + ca, Ua=aa - ca - w, Uc=ac - cc)
TOT = {y: sum(S[n][y]["O"] for n in S) for y in YEARS}


def k(y):
    return int(round(y / 1000))


def man(y):
    return int(round(y / 10000))


def hyaku(y):  # 百万円 one decimal
    return round(y / 1_000_000 + 1e-9, 1)


def e(s):
    return html.escape(str(s))


pages: list[str] = []

# ---------------------------------------------------------------- page 1
P = 1
t22r = rate(sum(S["町税"][2022][x] for x in ("Ct",)), S["町税"][2022]["At"])
t23r = rate(S["町税"][2023]["Ct"], S["町税"][2023]["At"])
t23r1 = round(t23r, 1)
dpt = round(t23r1 - round(t22r, 1), 1)
o23m, o22m = man(TOT[2023]), man(TOT[2022])
raw_p1 = f"{t23r1:.1f}"
raw_p1d = f"＋{dpt:.1f}ポイント"
raw_p2 = f"{o23m:,}"
raw_p2d = f"▲{o22m - o23m:,}万円"
raw_p3 = f"{DELINQ[2023]}"
raw_p3d = f"▲{DELINQ[2022] - DELINQ[2023]}人"
G.fact(P, "町税", "町税", 2023, "令和５年度", "total", "collection_rate", "actual", t23r1, "percent", raw_p1)
G.fact(P, "町税", "町税", 2023, "令和５年度", "total", "difference", "actual", dpt, "points", raw_p1d)
G.fact(P, None, "全債権", 2023, "令和５年度末", "total", "outstanding", "actual", o23m * 10000, "yen", raw_p2)
G.fact(P, None, "全債権", 2023, "令和５年度末", "total", "difference", "actual", -(o22m - o23m) * 10000, "yen", raw_p2d)
G.fact(P, None, "全債権", 2023, "令和５年度末", "total", "delinquents", "actual", DELINQ[2023], "persons", raw_p3)
G.fact(P, None, "全債権", 2023, "令和５年度末", "total", "difference", "actual", -(DELINQ[2022] - DELINQ[2023]),
       "persons", raw_p3d)
ac_tax_oku = round(S["町税"][2023]["Ac"] / 1e8, 1)
raw_oku = f"約{ac_tax_oku}億円"
G.fact(P, "町税", "町税", 2023, "令和５年度", "current", "assessed", "actual", int(ac_tax_oku * 1e8), "yen", raw_oku,
       approx=True)
pages.append(f"""
<div class="titlebox"><div class="t1">えりも町債権回収・整理計画</div>
<div class="t2">令和７（2025）年度～令和９（2027）年度</div></div>
<p class="right">令和７年３月<br>えりも町</p>
<h2>１　計画策定の目的</h2>
<p class="body">町の債権は、町税をはじめ、国民健康保険税、介護保険料、使用料など多岐にわたり、その多くは住民サービスを
支える貴重な財源となっています。本町の令和５年度の町税の現年課税分調定額は{raw_oku}で、基幹産業である漁業の
水揚げの動向に左右されやすく、安定した収入の確保が課題となっています。</p>
<p class="body">この計画は、えりも町債権管理条例に基づき、町が保有する債権について、年度ごとの回収と整理の目標を定め、
進捗を確認しながら計画的に債権管理を進めることで、町民負担の公平性を確保することを目的として策定するものです。</p>
<h2>２　計画期間</h2>
<p class="body">令和７（2025）年度から令和９（2027）年度までの３年間とします。なお、毎年度、前年度の決算を踏まえて
目標と取組を見直します。</p>
<h2>３　計画の対象とする債権</h2>
<p class="body">町が保有する債権のうち、令和５年度決算において収入未済額がある次の８債権を対象とします。</p>
<p class="ind">町税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料、町営住宅使用料、水道料金、下水道使用料</p>
<h2>４　令和５年度決算の概要</h2>
<div class="panels">
 <div class="panel"><div class="pl">町税 収納率</div><div class="ps">令和５年度（現年課税分＋滞納繰越分）</div>
  <div class="pv">{raw_p1}<span class="pu">％</span></div><div class="pd">前年度比 {raw_p1d}</div></div>
 <div class="panel"><div class="pl">収入未済額（全債権）</div><div class="ps">令和５年度末</div>
  <div class="pv">{raw_p2}<span class="pu">万円</span></div><div class="pd">前年度比 {raw_p2d}</div></div>
 <div class="panel"><div class="pl">滞納者数（全債権・実人数）</div><div class="ps">令和５年度末</div>
  <div class="pv">{raw_p3}<span class="pu">人</span></div><div class="pd">前年度比 {raw_p3d}</div></div>
</div>
<p class="note">※ 滞納者数は、複数の債権を滞納している者を１人として数えています。</p>
""")

# ---------------------------------------------------------------- page 2: chart + 百万円 table
P = 2
bars = []
LAB = {2017: "H29", 2018: "H30", 2019: "R元", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5"}
vmax = max(man(TOT[y]) for y in YEARS)
W_, H_ = 600, 230
x0, y0, bw, gap = 50, 200, 50, 28
svg = [f'<svg width="160mm" height="62mm" viewBox="0 0 {W_} {H_}" xmlns="http://www.w3.org/2000/svg">',
       f'<line x1="{x0 - 10}" y1="{y0}" x2="{W_ - 10}" y2="{y0}" stroke="#333" stroke-width="1"/>']
for i, y in enumerate(YEARS):
    v = man(TOT[y])
    h = v / vmax * 160
    x = x0 + i * (bw + gap)
    fill = "#2f5d8a" if y == 2023 else "#8fb0cf"
    svg.append(f'<rect x="{x}" y="{y0 - h:.1f}" width="{bw}" height="{h:.1f}" fill="{fill}"/>')
    svg.append(f'<text x="{x + bw / 2}" y="{y0 - h - 5:.1f}" font-size="13" text-anchor="middle">{v:,}</text>')
    svg.append(f'<text x="{x + bw / 2}" y="{y0 + 17}" font-size="13" text-anchor="middle">{LAB[y]}</text>')
    G.fact(P, None, None, y, LAB[y], "total", "outstanding", "actual", v * 10000, "yen", f"{v:,}")
svg.append("</svg>")
peak = max(YEARS, key=lambda y: TOT[y])
red = man(TOT[peak]) - man(TOT[2023])
dif1 = round_to(TOT[2022] - TOT[2023], 100_000)
raw_t1 = f"{man(TOT[2023]):,}万円"
raw_t2 = "約" + oku_man(dif1)
raw_t3 = f"{red:,}万円"
G.fact(P, None, None, 2023, "令和５年度末", "total", "outstanding", "actual", man(TOT[2023]) * 10000, "yen", raw_t1)
G.fact(P, None, None, 2023, "令和５年度末", "total", "difference", "actual", -dif1, "yen", raw_t2, approx=True)
G.fact(P, None, None, 2023, None, "total", "difference", "actual", -red * 10000, "yen", raw_t3)
# table in 百万円
t1rows = []
for n in DEBTS:
    a, b = hyaku(S[n][2022]["O"]), hyaku(S[n][2023]["O"])
    dd = round(b - a, 1)
    ra_, rb_ = f"{a:.1f}", f"{b:.1f}"
    rd = f"▲{-dd:.1f}" if dd < 0 else ("－" if dd == 0 else f"{dd:.1f}")
    G.fact(P, n, DEBTS[n]["short"], 2022, "R4", "total", "outstanding", "actual", int(round(a * 1e6)), "yen", ra_)
    G.fact(P, n, DEBTS[n]["short"], 2023, "R5", "total", "outstanding", "actual", int(round(b * 1e6)), "yen", rb_)
    if dd != 0:
        G.fact(P, n, DEBTS[n]["short"], 2023, "R5", "total", "difference", "actual", int(round(dd * 1e6)), "yen", rd)
    t1rows.append(f"<tr><td class='l'>{e(DEBTS[n]['short'])}</td><td>{ra_}</td><td>{rb_}</td><td>{rd}</td></tr>")
ta, tb = hyaku(TOT[2022]), hyaku(TOT[2023])
td_ = round(tb - ta, 1)
G.fact(P, None, "合計", 2022, "R4", "total", "outstanding", "actual", int(round(ta * 1e6)), "yen", f"{ta:.1f}")
G.fact(P, None, "合計", 2023, "R5", "total", "outstanding", "actual", int(round(tb * 1e6)), "yen", f"{tb:.1f}")
G.fact(P, None, "合計", 2023, "R5", "total", "difference", "actual", int(round(td_ * 1e6)), "yen", f"▲{-td_:.1f}")
t1rows.append(f"<tr class='sum'><td>合計</td><td>{ta:.1f}</td><td>{tb:.1f}</td><td>▲{-td_:.1f}</td></tr>")
pages.append(f"""
<h2>５　債権の状況</h2>
<h3>（１）収入未済額の推移</h3>
<div class="cap">図１　収入未済額（全債権）の推移（単位：万円）</div>
<div class="chart">{''.join(svg)}</div>
<div class="src">出典：えりも町各会計歳入歳出決算書（各年度末現在）</div>
<p class="body">令和５年度末の収入未済額は{raw_t1}で、前年度から{raw_t2}減少しました。収入未済額が最も多かった
{ {2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2018: "平成30年度", 2017: "平成29年度"}[peak]}と比べると{raw_t3}の縮減となっており、滞納繰越分の整理が着実に進んでいます。</p>
<h3>（２）債権別の収入未済額</h3>
<div class="cap">表１　債権別収入未済額（単位：百万円）</div>
<table class="box small">
<tr><th>債権名</th><th>R4</th><th>R5</th><th>増減</th></tr>
{''.join(t1rows)}
</table>
<div class="src">出典：えりも町各会計歳入歳出決算書　※ 百万円未満を四捨五入しているため、合計が一致しない場合があります。</div>
""")

# ---------------------------------------------------------------- pages 3-4: long-format table split over two pages
LONG_HDR = ("<tr><th>債権名</th><th>年度</th><th>収納率<br>（％）</th><th>調定額<br>（千円）</th><th>収入済額<br>（千円）</th>"
            "<th>不納欠損額<br>（千円）</th><th>収入未済額<br>（千円）</th><th>備考</th></tr>")
long_rows = []
for n in DEBTS:
    for y in (2021, 2022, 2023):
        long_rows.append((n, y))


def long_tr(P, n, y):
    d = S[n][y]
    sh = DEBTS[n]["short"]
    yl = {2021: "R3", 2022: "R4", 2023: "R5"}[y]
    rr = rate(d["Ct"], d["At"])
    G.fact(P, n, sh, y, yl, "total", "collection_rate", "actual", rr, "percent", f"{rr:.2f}")
    cells = [sh, yl, f"{rr:.2f}"]
    for met, key in (("assessed", "At"), ("collected", "Ct"), ("written_off", "W"), ("outstanding", "O")):
        v = k(d[key])
        G.fact(P, n, sh, y, yl, "total", met, "actual", v * 1000, "yen", com(v))
        cells.append(com(v))
    note = ""
    if y == 2023 and n in ("町税", "国民健康保険税", "町営住宅使用料"):
        ua = k(d["Ua"])
        note = f"うち滞納繰越分 {com(ua)}千円"
        G.fact(P, n, sh, y, yl, "arrears", "outstanding", "actual", ua * 1000, "yen", f"{com(ua)}千円")
    cells.append(note)
    tds = "".join(f"<td class='{'l' if i in (0, 7) else ('c' if i == 1 else '')}'>{e(c)}</td>" for i, c in enumerate(cells))
    return f"<tr>{tds}</tr>"


P = 3
rows3 = "".join(long_tr(P, n, y) for n, y in long_rows[:15])
pages.append(f"""
<h3>（３）債権別の収納状況（令和３年度～令和５年度）</h3>
<p class="body">債権別の収納状況は次のとおりです。収納率は、現年度分と滞納繰越分を合わせた収入済額を調定額で除したものです。</p>
<div class="contd">表２　債権別の収納状況</div>
<table class="zebra">
{LONG_HDR}
{rows3}
</table>
<p class="cont">（次ページに続く）</p>
""")
P = 4
rows4 = "".join(long_tr(P, n, y) for n, y in long_rows[15:])
# 参考 box: 12月末 interim
ref_items = []
INTERIM = {"町税": (78.35, 77.91), "国民健康保険税": (70.12, 69.48), "介護保険料": (81.06, 80.77),
           "町営住宅使用料": (72.40, 73.15)}
for n, (a, b) in INTERIM.items():
    sh = DEBTS[n]["short"]
    ra_, rb_ = f"{a:.2f}％", f"{b:.2f}％"
    G.fact(P, n, sh, 2024, "令和６年12月末", "current", "collection_rate", "interim", a, "percent", ra_, as_of="2024-12-31")
    G.fact(P, n, sh, 2023, "前年同期", "current", "collection_rate", "interim", b, "percent", rb_, as_of="2023-12-31")
    ref_items.append(f"<li>{e(sh)}：{ra_}（前年同期 {rb_}）</li>")
pages.append(f"""
<p class="contd">表２　債権別の収納状況（前ページからの続き）</p>
<table class="zebra">
{LONG_HDR}
{rows4}
</table>
<p class="note">※ 国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、
住宅使用料＝町営住宅使用料、水道料＝水道料金、下水道料＝下水道使用料</p>
<div class="ref"><div class="reft">【参考】令和６年度　現年課税（賦課）分の収納率（令和６年12月末現在）</div>
<ul>{''.join(ref_items)}</ul>
<div class="refn">※ 前年同期は令和５年12月末現在の数値です。</div></div>
<p class="body">令和６年度の現年分の収納状況は、町営住宅使用料を除き前年同期を上回って推移しており、
年度末に向けて催告と納付相談を継続します。</p>
""")

# ---------------------------------------------------------------- page 5: 町税
P = 5
n = "町税"
d23, d24e = S[n][2023], None
# 決算見込 (estimate) for R6
est = dict(Ac=536_214_000, Cc=530_906_000, Aa=d23["O"], Ca=5_861_000)
est["At"], est["Ct"] = est["Ac"] + est["Aa"], est["Cc"] + est["Ca"]


def blk(vals, b, fy, fyr):
    out = []
    for lab, seg, a, c in (("現年課税分", "current", "Ac", "Cc"), ("滞納繰越分", "arrears", "Aa", "Ca"), ("計", "total", "At", "Ct")):
        va, vc = k(vals[a]), k(vals[c])
        rr = rate(vals[c], vals[a])
        G.fact(P, n, n, fy, fyr, seg, "assessed", b, va * 1000, "yen", com(va))
        G.fact(P, n, n, fy, fyr, seg, "collected", b, vc * 1000, "yen", com(vc))
        G.fact(P, n, n, fy, fyr, seg, "collection_rate", b, rr, "percent", f"{rr:.2f}")
        out.append((lab, com(va), com(vc), f"{rr:.2f}"))
    return out


b1 = blk(d23, "actual", 2023, "令和５年度")
b2 = blk(est, "estimate", 2024, "令和６年度")
rows_ab = "".join(f"<tr><td class='l'>{x[0]}</td><td>{x[1]}</td><td>{x[2]}</td><td>{x[3]}</td>"
                  f"<td class='l'>{y[0]}</td><td>{y[1]}</td><td>{y[2]}</td><td>{y[3]}</td></tr>" for x, y in zip(b1, b2))
# targets vs results with 達成率 (previous plan), years as rows
TR = {2021: 98.70, 2022: 98.80, 2023: 98.90}
tr_rows = []
for y in (2021, 2022, 2023):
    res = rate(S[n][y]["Cc"], S[n][y]["Ac"])
    tgt = TR[y]
    ach = round(res / tgt * 100, 1)
    yl = {2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度"}[y]
    mark = "※1" if y == 2023 else ""
    G.fact(P, n, n, y, yl, "current", "collection_rate", "target", tgt, "percent", f"{tgt:.2f}")
    G.fact(P, n, n, y, yl, "current", "collection_rate", "actual", res, "percent", f"{res:.2f}")
    tr_rows.append(f"<tr><td>{yl}</td><td>{tgt:.2f}</td><td>{res:.2f}{mark}</td><td>{ach:.1f}</td></tr>")
# new targets, stacked figures (amount over rate)
NT = {2025: (99.00, 23_400), 2026: (99.05, 22_600), 2027: (99.10, 21_800)}
nt_cells = []
for y, (rr, oo) in NT.items():
    yl = {2025: "令和７年度", 2026: "令和８年度", 2027: "令和９年度"}[y]
    G.fact(P, n, n, y, yl, "current", "collection_rate", "target", rr, "percent", f"{rr:.2f}％")
    G.fact(P, n, n, y, yl, "total", "outstanding", "target", oo * 1000, "yen", f"{com(oo)}千円")
    nt_cells.append((yl, f"{com(oo)}千円", f"{rr:.2f}％"))
nt_html = ("<tr><th>区分</th>" + "".join(f"<th>{c[0]}</th>" for c in nt_cells) + "</tr>"
           "<tr><td class='l'>収入未済額<br>現年課税分収納率</td>" +
           "".join(f"<td><div>{c[1]}</div><div>{c[2]}</div></td>" for c in nt_cells) + "</tr>")
TAX_ITEMS = [
    ("ア", "納期限後20日以内の督促状発送と、督促後10日を経過しても納付のない者への電話催告を徹底する。", "継続"),
    ("イ", "給与・預貯金・生命保険等の財産調査を滞納発生から３か月以内に行い、資力のある滞納者には差押えを執行する。", "継続"),
    ("ウ", "漁業者の水揚げ時期に合わせた分割納付計画の設定を進め、納付の履行を確認する。", "拡充"),
    ("エ", "eLTAXを利用した地方税統一QRコード納付及びスマートフォン決済を周知し、納期内納付を促す。", "新規"),
]
items_html = "".join(f"<p class='item'>{lab}　{e(t)}【{st}】</p>" for lab, t, st in TAX_ITEMS)
for lab, t, st in TAX_ITEMS:
    G.init(P, n, 2025, "目標達成に向けた取組", lab, t, st)
pages.append(f"""
<h2>６　債権ごとの取組み（町税）</h2>
<table class="grid">
<tr><th class="hv" colspan="8">債権名　町税　　　　所管　総務課税務係　　　　区分　強制徴収公債権</th></tr>
<tr class="two"><th colspan="4">令和５年度（決算）</th><th colspan="4">令和６年度（決算見込）</th></tr>
<tr><th>区分</th><th>調定額※2</th><th>収入済額</th><th>収納率</th><th>区分</th><th>調定額※2</th><th>収入済額</th><th>収納率</th></tr>
{rows_ab}
</table>
<p class="note">単位：調定額・収入済額は千円、収納率は％　※2 調定額は、減額更正後の額です。</p>
<h3>（１）前計画の目標と実績（現年課税分収納率）</h3>
<table class="grid narrow">
<tr><th>年度</th><th>目標（％）</th><th>実績（％）</th><th>達成率（％）</th></tr>
{''.join(tr_rows)}
</table>
<p class="note">※1 令和５年度の実績は、過去10年間で最も高い収納率です。</p>
<h3>（２）目標</h3>
<table class="grid stack">{nt_html}</table>
<h3>（３）目標達成に向けた取組</h3>
<div class="itembox">{items_html}</div>
""")

# ---------------------------------------------------------------- page 6: 国保税 and 介護保険料
P = 6
sec_html = []
for n, titles in (("国民健康保険税", [
        ("滞納の未然防止", [("国民健康保険への加入手続の際に、口座振替の申込みを受け付ける。", "継続"),
                      ("納税通知書に口座振替の申込書と納付方法の案内を同封する。", None)]),
        ("滞納整理の強化", [("短期被保険者証の交付時に納付相談を行い、分割納付の誓約を取る。", "継続"),
                      ("滞納額30万円以上の世帯について、北海道と共同で滞納整理を行う。", "新規")])]),
                  ("介護保険料", [
        ("普通徴収者への対応", [("特別徴収に切り替わるまでの間の普通徴収者に対し、口座振替を勧奨する。", "継続")]),
        ("滞納者への対応", [("納付が滞っている者に対し、給付制限の内容を説明し、早期の納付を促す。", "拡充")])])):
    sh = DEBTS[n]["short"]
    d = S[n][2023]
    rc, ra = rate(d["Cc"], d["Ac"]), rate(d["Ca"], d["Aa"])
    prc, pra = rate(S[n][2022]["Cc"], S[n][2022]["Ac"]), rate(S[n][2022]["Ca"], S[n][2022]["Aa"])
    G.fact(P, n, n, 2023, "令和５年度", "current", "collection_rate", "actual", rc, "percent", f"{rc:.2f}")
    G.fact(P, n, n, 2022, "令和４年度", "current", "collection_rate", "actual", prc, "percent", f"（{prc:.2f}）")
    G.fact(P, n, n, 2023, "令和５年度", "arrears", "collection_rate", "actual", ra, "percent", f"{ra:.2f}")
    G.fact(P, n, n, 2022, "令和４年度", "arrears", "collection_rate", "actual", pra, "percent", f"（{pra:.2f}）")
    oo = k(d["O"])
    G.fact(P, n, n, 2023, "令和５年度", "total", "outstanding", "actual", oo * 1000, "yen", com(oo))
    tg = {"国民健康保険税": [(96.00, 21.00), (96.10, 21.50), (96.20, 22.00)],
          "介護保険料": [(99.25, 14.00), (99.30, 14.50), (99.35, 15.00)]}[n]
    tg_cells = []
    for i, y in enumerate((2025, 2026, 2027)):
        yl = wl = {2025: "令和７年度", 2026: "令和８年度", 2027: "令和９年度"}[y]
        G.fact(P, n, n, y, yl, "current", "collection_rate", "target", tg[i][0], "percent", f"{tg[i][0]:.2f}")
        G.fact(P, n, n, y, yl, "arrears", "collection_rate", "target", tg[i][1], "percent", f"{tg[i][1]:.2f}")
        tg_cells.append((wl, tg[i]))
    body = ""
    for ti, (title, its) in enumerate(titles):
        body += f"<p class='pt'>{e(title)}</p>"
        for j, (t, st) in enumerate(its):
            lab = "・"
            body += f"<p class='item2'>・{e(t)}</p>" + (f"<p class='tagline'>【{st}】</p>" if st else "")
            G.init(P, n, 2025, title, lab, t, st)
    sec_html.append(f"""
<h2>６　債権ごとの取組み（{n}）</h2>
<div class="two-col">
<div><table class="grid">
<tr><th colspan="2">令和５年度決算（　）内は前年度</th></tr>
<tr><td class="l">現年課税分収納率（％）</td><td>{rc:.2f}（{prc:.2f}）</td></tr>
<tr><td class="l">滞納繰越分収納率（％）</td><td>{ra:.2f}（{pra:.2f}）</td></tr>
<tr><td class="l">収入未済額（千円）</td><td>{com(oo)}</td></tr>
</table></div>
<div><table class="grid">
<tr><th>目標収納率（％）</th>{''.join(f'<th>{c[0]}</th>' for c in tg_cells)}</tr>
<tr><td class="l">現年分</td>{''.join(f'<td>{c[1][0]:.2f}</td>' for c in tg_cells)}</tr>
<tr><td class="l">滞納繰越分</td>{''.join(f'<td>{c[1][1]:.2f}</td>' for c in tg_cells)}</tr>
</table></div>
</div>
<div class="plain">{body}</div>
""")
pages.append("".join(sec_html))

# ---------------------------------------------------------------- page 7: targets overview (debts as columns) + other orientation
P = 7
TG_ALL = {"町税": (99.00, 99.05, 99.10), "国民健康保険税": (96.00, 96.10, 96.20), "介護保険料": (99.25, 99.30, 99.35),
          "後期高齢者医療保険料": (99.62, 99.64, 99.66), "保育所保育料": (98.60, 98.70, 98.80),
          "町営住宅使用料": (96.80, 97.00, 97.20), "水道料金": (99.00, 99.05, 99.10), "下水道使用料": (99.00, 99.05, 99.10)}
names = list(DEBTS)
head = "<tr><th>区分</th>" + "".join(f"<th>{e(DEBTS[m]['short'])}</th>" for m in names) + "</tr>"
body = ""
for i, y in enumerate((2025, 2026, 2027)):
    yl = {2025: "令和７年度", 2026: "令和８年度", 2027: "令和９年度"}[y]
    tds = ""
    for m in names:
        v = TG_ALL[m][i]
        if m in ("町税", "国民健康保険税", "介護保険料") and i == 0:
            pass
        G.fact(P, m, DEBTS[m]["short"], y, yl, "current", "collection_rate", "target", v, "percent", f"{v:.2f}")
        tds += f"<td>{v:.2f}</td>"
    body += f"<tr><td class='l'>{yl}<br>現年度分収納率（％）</td>{tds}</tr>"
# other orientation: debts as rows, years as columns, metric only in caption (収入未済額の目標, 万円)
OT = {"町税": (2_340, 2_260, 2_180), "国民健康保険税": (2_560, 2_470, 2_380), "介護保険料": (330, 315, 300),
      "後期高齢者医療保険料": (38, 36, 34), "保育所保育料": (60, 55, 50), "町営住宅使用料": (950, 910, 870),
      "水道料金": (250, 240, 230), "下水道使用料": (135, 130, 125)}
ot_rows = ""
sums = [0, 0, 0]
for m in names:
    tds = ""
    for i, y in enumerate((2025, 2026, 2027)):
        v = OT[m][i]
        sums[i] += v
        G.fact(P, m, DEBTS[m]["short"], y, ["R7", "R8", "R9"][i], "total", "outstanding", "target", v * 10000, "yen",
               f"{v:,}")
        tds += f"<td>{v:,}</td>"
    ot_rows += f"<tr><td class='l'>{e(DEBTS[m]['short'])}</td>{tds}</tr>"
for i, y in enumerate((2025, 2026, 2027)):
    G.fact(P, None, "計", y, ["R7", "R8", "R9"][i], "total", "outstanding", "target", sums[i] * 10000, "yen",
           f"{sums[i]:,}")
ot_rows += "<tr class='sum'><td>計</td>" + "".join(f"<td>{s:,}</td>" for s in sums) + "</tr>"
pages.append(f"""
<h2>７　数値目標の一覧</h2>
<p class="body">各債権の現年度分収納率の目標（表３）と、収入未済額の目標（表４）は次のとおりです。</p>
<div class="cap">表３　現年度分収納率の目標</div>
<table class="grid small">{head}{body}</table>
<div class="side">
<div><div class="cap">表４　収入未済額の目標（各年度末、単位：万円）</div>
<table class="grid small">
<tr><th>債権名</th><th>R7</th><th>R8</th><th>R9</th></tr>
{ot_rows}
</table></div>
<div class="sidenote"><p class="pt">進行管理</p>
<p class="body">目標の達成状況は、毎年度の決算確定後に債権管理推進会議で検証し、その結果を町ホームページで公表します。</p>
<p class="body">収納率が目標を下回った債権については、所管課が原因を分析し、翌年度の取組に反映させます。</p></div>
</div>
""")

# ---------------------------------------------------------------- html
CSS = f"""
@font-face {{ font-family: 'IPAexG'; src: url('file://{FONT_G}'); }}
@font-face {{ font-family: 'IPAexM'; src: url('file://{FONT_M}'); }}
@page {{ size: A4; margin: 16mm 17mm 16mm 17mm; }}
* {{ font-weight: normal !important; font-style: normal; }}
body {{ font-family: 'IPAexM'; font-size: 10pt; line-height: 1.55; color: #111; }}
.page {{ page-break-after: always; position: relative; }}
.page:last-child {{ page-break-after: auto; }}
h2 {{ font-family: 'IPAexG'; font-size: 12.5pt; margin: 10px 0 5px; border-left: 6px solid #2f5d8a; padding-left: 6px; }}
h3 {{ font-family: 'IPAexG'; font-size: 10.5pt; margin: 9px 0 4px; }}
p.body {{ text-indent: 1em; margin: 3px 0; }}
p.ind {{ margin: 3px 0 3px 2em; }}
p.right {{ text-align: right; font-family: 'IPAexG'; margin: 0 0 6px; }}
.titlebox {{ border: 2px solid #2f5d8a; padding: 12px; text-align: center; margin: 4px 0 8px; }}
.t1 {{ font-family: 'IPAexG'; font-size: 20pt; font-weight: bold; }}
.t2 {{ font-family: 'IPAexG'; font-size: 12pt; margin-top: 4px; }}
.panels {{ display: flex; gap: 10px; margin: 6px 0; }}
.panel {{ flex: 1; border: 1px solid #2f5d8a; border-radius: 6px; padding: 8px; text-align: center; background: #f3f7fb; }}
.pl {{ font-family: 'IPAexG'; font-size: 10.5pt; font-weight: bold; }}
.ps {{ font-size: 8pt; color: #333; }}
.pv {{ font-family: 'IPAexG'; font-size: 22pt; color: #2f5d8a; margin: 2px 0; }}
.pu {{ font-size: 11pt; margin-left: 2px; }}
.pd {{ font-size: 9pt; }}
.note {{ font-size: 8.5pt; margin: 3px 0; }}
.cap {{ font-family: 'IPAexG'; font-size: 9.5pt; margin: 6px 0 2px; }}
.src {{ font-size: 8pt; margin: 2px 0 6px; }}
.chart {{ border: 1px solid #999; padding: 4px; }}
table {{ border-collapse: collapse; }}
table.box {{ border: 1.5px solid #333; }}
table.box th, table.box td {{ border: 1px solid #999; padding: 2px 10px; text-align: right; font-size: 9pt; }}
table.box th {{ background: #dde6ef; text-align: center; font-family: 'IPAexG'; }}
td.l {{ text-align: left !important; }}
td.c {{ text-align: center !important; }}
tr.sum td {{ font-family: 'IPAexG'; background: #eef2f6; text-align: right; }}
tr.sum td:first-child {{ text-align: center; }}
table.zebra {{ width: 100%; font-size: 8.6pt; }}
table.zebra th {{ background: #2f5d8a; color: #fff; font-family: 'IPAexG'; font-weight: normal; padding: 3px 4px; }}
table.zebra td {{ padding: 3px 6px; text-align: right; }}
table.zebra tr:nth-child(odd) td {{ background: #e8eef5; }}
.cont {{ text-align: right; font-size: 8.5pt; }}
.contd {{ font-family: 'IPAexG'; font-size: 9.5pt; margin: 0 0 3px; }}
.ref {{ border: 1.5px solid #444; padding: 6px 10px; margin: 10px 0; }}
.reft {{ font-family: 'IPAexG'; font-size: 10pt; }}
.ref ul {{ margin: 4px 0; padding-left: 1.2em; list-style: none; }}
.ref li:before {{ content: '・'; margin-left: -1em; }}
.refn {{ font-size: 8.5pt; }}
table.grid {{ width: 100%; font-size: 8.8pt; }}
table.grid th, table.grid td {{ border: 1px solid #666; padding: 3px 5px; text-align: right; }}
table.grid th {{ background: #dde6ef; text-align: center; font-family: 'IPAexG'; font-weight: normal; }}
table.grid th.hv {{ background: #c9d7e6; text-align: left; font-size: 10pt; }}
table.grid.narrow {{ width: 60%; }}
table.grid.small {{ font-size: 8.4pt; }}
table.grid.stack td div {{ line-height: 1.35; }}
tr.two th {{ background: #eef2f6; }}
.itembox {{ border: 1px solid #444; padding: 5px 10px; }}
p.item {{ margin: 2px 0 2px 1.2em; text-indent: -1.2em; }}
.two-col {{ display: flex; gap: 8px; }}
.two-col > div {{ flex: 1; }}
.plain {{ margin: 4px 0 10px; }}
p.pt {{ font-family: 'IPAexG'; margin: 4px 0 1px; }}
p.item2 {{ margin: 1px 0 0 2em; text-indent: -1em; }}
p.tagline {{ margin: 0 0 2px; text-align: right; }}
.side {{ display: flex; gap: 10px; }}
.side > div:first-child {{ flex: 1.2; }}
.sidenote {{ flex: 1; border: 1px dashed #666; padding: 6px; margin-top: 22px; }}
"""
html_doc = ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" +
            "".join(f"<div class='page'>{p}</div>" for p in pages) + "</body></html>")
hp = WORK / f"{STEM}.html"
hp.write_text(html_doc, encoding="utf-8")
pdf = PDF_DIR / f"{STEM}.pdf"
PDF_DIR.mkdir(parents=True, exist_ok=True)
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", str(hp)], check=True, capture_output=True)
gp = G.write(pdf)
sys.exit(1 if check(pdf, gp) else 0)
