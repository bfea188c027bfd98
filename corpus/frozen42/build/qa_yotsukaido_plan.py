"""qa_yotsukaido_plan_1: 債権管理計画（令和７～９年度） (HTML/CSS with SVG chart → chromium --print-to-pdf).

Run from corpus/frozen42:  python3 build/qa_yotsukaido_plan.py
"""
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qa_common import PDF_DIR, WORK, Gold, comma, rate, zen

STEM = "qa_yotsukaido_plan_1"
CITY = "四街道市"
G = Gold(STEM, "plan", "keikaku", CITY, "四街道市債権管理計画（令和７年度～令和９年度）", "2025-03-01", "令和７年３月")
YEARS = [2019, 2020, 2021, 2022, 2023]


def yr(y, paren=True):
    n = "元" if y == 2019 else str(y - 2018)
    return f"令和{n}（{y}）年度" if paren else f"令和{n}年度"


def simulate(cur0, growth, rc, ra, wo, out0):
    res, out = {}, out0
    for k, y in enumerate(YEARS):
        ca = int(round(cur0 * (1 + growth) ** k, -3))
        cc = int(round(ca * rc[k] / 100 - 1234 * (k + 1), -2))
        aa = out
        ac = int(round(aa * ra[k] / 100, -2))
        w = int(round(aa * wo[k] / 100, -2))
        out = (ca - cc) + (aa - ac - w)
        res[y] = dict(ca=ca, cc=cc, aa=aa, ac=ac, w=w, out=out, a=ca + aa, c=cc + ac)
    return res


D = {
    "市税": simulate(13_862_415_000, 0.011, [98.95, 98.71, 99.02, 99.11, 99.20], [27.4, 26.1, 28.3, 29.6, 30.8],
                     [8.4, 7.9, 8.1, 7.5, 7.2], 561_208_300),
    "国民健康保険税": simulate(2_618_204_000, -0.021, [92.84, 93.10, 93.52, 93.88, 94.21], [21.3, 20.6, 22.8, 23.9, 25.1],
                         [12.6, 12.1, 11.4, 10.9, 10.2], 802_419_600),
    "介護保険料": simulate(2_041_336_000, 0.017, [99.10, 99.05, 99.16, 99.22, 99.28], [13.8, 14.1, 15.0, 15.9, 16.6],
                      [22.4, 21.6, 20.8, 20.1, 19.5], 40_512_800),
    "後期高齢者医療保険料": simulate(1_146_802_000, 0.034, [99.48, 99.46, 99.51, 99.55, 99.58], [33.2, 34.0, 35.1, 36.4, 37.0],
                            [10.4, 9.8, 9.9, 9.1, 8.7], 8_916_400),
    "保育料": simulate(231_408_000, -0.028, [98.62, 98.80, 98.91, 99.04, 99.12], [17.5, 18.4, 19.2, 20.6, 21.4],
                     [5.9, 6.4, 5.2, 5.8, 5.1], 19_604_200),
    "生活保護費返還金": simulate(38_512_000, 0.02, [72.4, 71.8, 73.5, 74.2, 75.0], [6.2, 6.8, 7.1, 7.4, 7.9],
                         [4.1, 3.8, 4.4, 4.0, 3.6], 96_218_500),
}
SHORT = {"市税": "市税", "国民健康保険税": "国保税", "介護保険料": "介護料", "後期高齢者医療保険料": "後期高齢",
         "保育料": "保育料", "生活保護費返還金": "生保返還金"}
DEPT = {"市税": "収税課", "国民健康保険税": "収税課", "介護保険料": "高齢者支援課", "後期高齢者医療保険料": "国保年金課",
        "保育料": "保育課", "生活保護費返還金": "社会福祉課"}
ACC = [("一般会計", ["市税", "保育料", "生活保護費返還金"]), ("国民健康保険特別会計", ["国民健康保険税"]),
       ("介護保険特別会計", ["介護保険料"]), ("後期高齢者医療特別会計", ["後期高齢者医療保険料"])]
ORDER = [n for _, ns in ACC for n in ns]
EST24 = {"市税": (99.22, 31.50), "国民健康保険税": (94.30, 25.80), "介護保険料": (99.30, 17.00),
         "後期高齢者医療保険料": (99.60, 37.50), "保育料": (99.15, 22.00), "生活保護費返還金": (75.50, 8.20)}
TGT = {"市税": [(99.25, 32.00), (99.30, 33.00), (99.35, 34.00)],
       "国民健康保険税": [(94.40, 26.50), (94.60, 27.50), (94.80, 28.50)],
       "介護保険料": [(99.32, 17.50), (99.35, 18.00), (99.40, 18.50)],
       "後期高齢者医療保険料": [(99.62, 38.00), (99.64, 38.50), (99.66, 39.00)],
       "保育料": [(99.20, 22.50), (99.25, 23.00), (99.30, 23.50)],
       "生活保護費返還金": [(76.00, 8.50), (76.50, 9.00), (77.00, 9.50)]}
OUT_TGT = {"市税": (298_000, 285_000, 272_000), "国民健康保険税": (560_000, 535_000, 510_000)}


def k(v):
    return int(round(v / 1000))


pages = []   # (css class, html)
cur = []


def page(cls=""):
    pages.append((cls, "\n".join(cur)))
    cur.clear()
    G.page += 1


def h(s):
    cur.append(s)


# ================================================================ p1 cover
h('<div class="cover"><div class="cv1">四街道市債権管理計画</div><div class="cv2">令和７年度～令和９年度</div>'
  '<div class="cv3">（２０２５年度～２０２７年度）</div><div class="cv4">令和７年３月</div><div class="cv5">四　街　道　市</div></div>')
page()
# ================================================================ p2 目次 (page numbers = PDF pages)
TOC = [("第１章　計画の概要", 3), ("　１　計画策定の趣旨", 3), ("　２　計画の期間及び対象債権", 3),
       ("第２章　債権の現状", 4), ("　３　収入未済額の状況", 4), ("　４　主要債権の収納状況の推移", 5),
       ("第３章　計画の目標", 6), ("第４章　債権ごとの取組み", 7), ("　５　債権ごとの取組み（市税）", 7),
       ("　５　債権ごとの取組み（国民健康保険税）", 8)]
h('<h1 class="toc-h">目　次</h1><div class="toc">' +
  "".join(f'<div class="tl {"t1" if not t.startswith("　") else "t2"}"><span>{t}</span><span class="dots"></span>'
          f'<span class="pn">{p}</span></div>' for t, p in TOC) + "</div>")
page()
# ================================================================ p3 第1章 (2段組, prose figures in both columns)
tot = {y: dict(a=sum(D[n][y]["a"] for n in ORDER), c=sum(D[n][y]["c"] for n in ORDER),
               o=sum(D[n][y]["out"] for n in ORDER)) for y in YEARS}


def okuman(v, step=1_000_000):
    v = int(round(v / step)) * step
    m = v // 10000
    o, r = divmod(m, 10000)
    return (f"{zen(o)}億" if o else "") + (f"{zen(comma(r))}万" if r else "") + "円", v


s23, v23 = okuman(tot[2023]["o"])
s19, v19 = okuman(tot[2019]["o"])
sd, vd = okuman(tot[2019]["o"] - tot[2023]["o"])
t_r23, t_r22 = rate(D["市税"][2023]["c"], D["市税"][2023]["a"]), rate(D["市税"][2022]["c"], D["市税"][2022]["a"])
dpt = round(t_r23 - t_r22, 2)
k_r23 = rate(D["国民健康保険税"][2023]["cc"], D["国民健康保険税"][2023]["ca"])
h('<h1>第１章　計画の概要</h1><div class="two">')
h("<h2>１　計画策定の趣旨</h2>")
h("<p>本市では、平成２９年度に四街道市債権管理条例を制定し、市の債権の管理に関する事務の処理について統一的な基準を定め、"
  "全庁的な債権管理の適正化に取り組んできた。前計画（令和４年度～令和６年度）の期間中には、口座振替の推進や"
  "キャッシュレス決済の導入、滞納処分の強化などにより、収入未済額の縮減に一定の成果を上げている。</p>")
h("<p>市全体の主要６債権の収入未済額は、" + yr(2023) + "末で" +
  G.f(f"約{s23}", v23, debt=None, debt_raw="主要６債権", fy=2023, fy_raw=yr(2023), metric="outstanding", approx=True) +
  "となり、" + yr(2019) + "末の" +
  G.f(f"約{s19}", v19, debt=None, debt_raw="主要６債権", fy=2019, fy_raw=yr(2019), metric="outstanding", approx=True) +
  "から" + G.f(f"約{sd}", -vd, debt=None, debt_raw="主要６債権", fy=2023, fy_raw=yr(2023), metric="difference",
              approx=True) + "の減少となった。</p>")
h("<p>一方で、市税の収納率は" + G.f(f"{zen(f'{t_r23:.2f}')}％", t_r23, debt="市税", fy=2023, fy_raw="５年度",
                                  metric="collection_rate") +
  "（５年度）で、前年度比" + G.f(f"{zen(f'{dpt:.2f}')}ポイント", dpt, debt="市税", fy=2023, fy_raw="５年度",
                              metric="difference", unit="points") +
  "の上昇にとどまり、県内市の平均を下回る状況が続いている。</p>")
h("<p>国民健康保険税についても、現年課税分の収納率は" +
  G.f(f"{zen(f'{k_r23:.2f}')}％", k_r23, debt="国民健康保険税", fy=2023, fy_raw="令和５年度", seg="current",
      metric="collection_rate") +
  "まで改善したものの、滞納繰越分の圧縮には時間を要している。このような状況を踏まえ、引き続き計画的な債権管理を進めるため、"
  "本計画を策定する。</p>")
h("<h2>２　計画の期間及び対象債権</h2>")
h("<p>計画期間は、令和７（２０２５）年度から令和９（２０２７）年度までの３年間とする。対象債権は、令和５年度末に"
  "収入未済額が生じている債権のうち、金額の大きい主要６債権とし、その他の債権は各所管課の債権管理台帳により管理する。</p>")
wo_tot = sum(D[n][2023]["w"] for n in ORDER)
sw, vw = okuman(wo_tot, 100_000)
h("<p>なお、令和５年度の主要６債権の不納欠損額は" +
  G.f(f"約{sw}", vw, debt=None, debt_raw="主要６債権", fy=2023, fy_raw="令和５年度", metric="written_off",
      approx=True) +
  "であり、執行停止の適正な運用と併せ、債権放棄の手続についても本計画の中で基準を明確にする。</p>")
h("<p>計画の進捗は、副市長を委員長とする債権管理推進委員会で毎年度検証し、その結果を公表する。</p>")
h("</div>")
page()
# ================================================================ p4 第2章: 会計 outer header (54), boxed table + 出典 (34), line chart (25)
h("<h1>第２章　債権の現状</h1><h2>３　収入未済額の状況</h2>")
rows = ""
for acc, names in ACC:
    for j, n in enumerate(names):
        tr = "<tr>"
        if j == 0:
            tr += f'<td rowspan="{len(names)}" class="acc">{acc}</td>'
        tr += f"<td class='l'>{SHORT[n]}</td><td class='l'>{DEPT[n]}</td>"
        for y in (2021, 2022, 2023):
            v = k(D[n][y]["out"])
            tr += "<td>" + G.f(comma(v), v * 1000, debt=n, debt_raw=SHORT[n], fy=y, fy_raw=yr(y, False),
                               metric="outstanding") + "</td>"
        d_ = k(D[n][2023]["out"]) - k(D[n][2022]["out"])
        tr += "<td>" + G.f(("△" if d_ < 0 else "") + comma(abs(d_)), d_ * 1000, debt=n, debt_raw=SHORT[n], fy=2023,
                           fy_raw=yr(2023, False), metric="difference") + "</td></tr>"
        rows += tr
sums = {y: sum(k(D[n][y]["out"]) for n in ORDER) for y in (2021, 2022, 2023)}
tr = '<tr class="sum"><td colspan="3">合　計</td>'
for y in (2021, 2022, 2023):
    tr += "<td>" + G.f(comma(sums[y]), sums[y] * 1000, debt=None, debt_raw="合計", fy=y, fy_raw=yr(y, False),
                       metric="outstanding") + "</td>"
dd = sums[2023] - sums[2022]
tr += "<td>" + G.f(("△" if dd < 0 else "") + comma(abs(dd)), dd * 1000, debt=None, debt_raw="合計", fy=2023,
                   fy_raw=yr(2023, False), metric="difference") + "</td></tr>"
rows += tr
h('<div class="boxcap">表１　会計別・債権別の収入未済額（各年度末）</div><div class="box">'
  '<div class="unit">（単位：千円）</div><table class="t"><tr><th>会計</th><th>債権名</th><th>所管課</th>'
  '<th>令和３年度</th><th>令和４年度</th><th>令和５年度</th><th>前年度比</th></tr>' + rows + "</table>"
  '<div class="legend">国保税：国民健康保険税　介護料：介護保険料　後期高齢：後期高齢者医療保険料　生保返還金：生活保護費返還金</div></div>'
  '<div class="src">出典：四街道市歳入歳出決算書（各年度）、債権管理台帳</div>')
# SVG line chart with data labels
h('<h3>図１　市税及び国民健康保険税の収納率の推移（現年課税分・滞納繰越分の合計）</h3>')
W_, H_ = 620, 240
x0, y0, xw, yh = 60, 20, 520, 160
lo, hi = 70.0, 100.0
svg = [f'<svg width="{W_}" height="{H_}" viewBox="0 0 {W_} {H_}" xmlns="http://www.w3.org/2000/svg" font-family="G" font-size="11">']
for t in (70, 80, 90, 100):
    yy = y0 + yh - (t - lo) / (hi - lo) * yh
    svg.append(f'<line x1="{x0}" y1="{yy}" x2="{x0 + xw}" y2="{yy}" stroke="#ccc"/><text x="{x0 - 8}" y="{yy + 4}" text-anchor="end">{t}</text>')
svg.append(f'<text x="{x0 - 40}" y="{y0 - 6}">（％）</text>')
for n, col, dy in (("市税", "#1f4e9a", -8), ("国民健康保険税", "#c0392b", 16)):
    pts = []
    for j, y in enumerate(YEARS):
        v = rate(D[n][y]["c"], D[n][y]["a"])
        xx = x0 + 40 + j * (xw - 80) / 4
        yy = y0 + yh - (v - lo) / (hi - lo) * yh
        pts.append((xx, yy))
        lab = G.f(f"{v:.2f}", v, debt=n, fy=y, fy_raw="R" + ("元" if y == 2019 else str(y - 2018)),
                  metric="collection_rate")
        svg.append(f'<circle cx="{xx}" cy="{yy}" r="3.5" fill="{col}"/>'
                   f'<text x="{xx}" y="{yy + dy}" text-anchor="middle" fill="{col}">{lab}</text>')
    svg.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' % (col, " ".join(f"{a},{b}" for a, b in pts)))
for j, y in enumerate(YEARS):
    xx = x0 + 40 + j * (xw - 80) / 4
    svg.append(f'<text x="{xx}" y="{y0 + yh + 18}" text-anchor="middle">R{"元" if y == 2019 else y - 2018}</text>')
svg.append(f'<rect x="{x0 + 150}" y="{y0 + yh + 30}" width="10" height="10" fill="#1f4e9a"/><text x="{x0 + 165}" y="{y0 + yh + 39}">市税</text>')
svg.append(f'<rect x="{x0 + 230}" y="{y0 + yh + 30}" width="10" height="10" fill="#c0392b"/><text x="{x0 + 245}" y="{y0 + yh + 39}">国民健康保険税</text>')
svg.append("</svg>")
h('<div class="chart">' + "".join(svg) + "</div>")
page()
# ================================================================ p5 landscape wide table, years descending (42, 52, 44)
h("<h2>４　主要債権の収納状況の推移</h2>")
h('<div class="capline">表２　債権別の調定額・収入済額・収納率（現年課税分・滞納繰越分の合計）<span class="unitr">（単位：千円、％）</span></div>')
ys_desc = list(reversed(YEARS))
th1 = '<tr><th rowspan="2">債権名</th>' + "".join(f'<th colspan="3">{yr(y)}</th>' for y in ys_desc) + "</tr>"
th2 = "<tr>" + "<th>収納率</th><th>調定額</th><th>収入済額</th>" * len(ys_desc) + "</tr>"
body = ""
for i, n in enumerate(ORDER):
    tr = f'<tr class="{"z" if i % 2 else ""}"><td class="l">{SHORT[n]}</td>'
    for y in ys_desc:
        d = D[n][y]
        kw = dict(debt=n, debt_raw=SHORT[n], fy=y, fy_raw=yr(y))
        rr = rate(d["c"], d["a"])
        tr += ("<td>" + G.f(f"{rr:.2f}", rr, metric="collection_rate", **kw) + "</td><td>" +
               G.f(comma(k(d["a"])), k(d["a"]) * 1000, metric="assessed", **kw) + "</td><td>" +
               G.f(comma(k(d["c"])), k(d["c"]) * 1000, metric="collected", **kw) + "</td>")
    body += tr + "</tr>"
tr = '<tr class="sum"><td class="l">計</td>'
for y in ys_desc:
    a = sum(k(D[n][y]["a"]) for n in ORDER); c = sum(k(D[n][y]["c"]) for n in ORDER)
    kw = dict(debt=None, debt_raw="計", fy=y, fy_raw=yr(y))
    rr = rate(c, a)
    tr += ("<td>" + G.f(f"{rr:.2f}", rr, metric="collection_rate", **kw) + "</td><td>" +
           G.f(comma(a), a * 1000, metric="assessed", **kw) + "</td><td>" +
           G.f(comma(c), c * 1000, metric="collected", **kw) + "</td>")
body += tr + "</tr>"
h('<table class="t wide">' + th1 + th2 + body + "</table>")
h('<p class="note">※収納率は小数点以下第３位を四捨五入。計の収納率は千円単位の合計額から算出。年度は新しい順に掲載。</p>')
# not-segmented current/arrears rates for R5 in a compact row-year table (years head rows; variation 44)
h('<div class="capline">表３　市税の区分別収納率の推移（単位：％）</div>')
rows3 = ""
for y in YEARS:
    d = D["市税"][y]
    kw = dict(debt="市税", fy=y, fy_raw=yr(y), metric="collection_rate")
    rc_, ra_ = rate(d["cc"], d["ca"]), rate(d["ac"], d["aa"])
    rows3 += (f"<tr><td class='l'>{yr(y)}</td><td>" + G.f(f"{rc_:.2f}", rc_, seg="current", **kw) + "</td><td>" +
              G.f(f"{ra_:.2f}", ra_, seg="arrears", **kw) + "</td><td>" +
              G.f(f"{rate(d['c'], d['a']):.2f}", rate(d["c"], d["a"]), seg="total", **dict(kw, metric="collection_rate")) +
              "</td></tr>")
h('<table class="t narrow"><tr><th>年度</th><th>現年課税分</th><th>滞納繰越分</th><th>合計</th></tr>' + rows3 + "</table>")
page("land")
# ================================================================ p6 第3章 目標 (targets per year; hlines-only table)
h("<h1>第３章　計画の目標</h1>")
h("<p class='body'>各債権の所管課は、令和５年度の実績及び令和６年度の決算見込みを基に、計画期間の各年度の目標収納率を次のとおり設定する。"
  "目標は現年度分と滞納繰越分に分けて定め、現年度分の収納率の向上を最優先とする。</p>")
th = ('<tr><th rowspan="2">債権名</th><th rowspan="2">区分</th><th>令和５年度</th><th>令和６年度</th>'
      '<th colspan="3">目標</th></tr><tr><th>実績</th><th>見込</th><th>令和７年度</th><th>令和８年度</th><th>令和９年度</th></tr>')
body = ""
for n in ORDER:
    d = D[n][2023]
    for j, (lab, sg) in enumerate((("現年度分", "current"), ("滞納繰越分", "arrears"))):
        tr = "<tr>"
        if j == 0:
            tr += f'<td rowspan="2" class="l">{n}</td>'
        act = rate(d["cc"], d["ca"]) if sg == "current" else rate(d["ac"], d["aa"])
        kw = dict(debt=n, seg=sg, metric="collection_rate")
        tr += f"<td class='l'>{lab}</td><td>" + G.f(f"{act:.2f}", act, fy=2023, fy_raw="令和５年度", **kw) + "</td>"
        tr += "<td>" + G.f(f"{EST24[n][j]:.2f}", EST24[n][j], fy=2024, fy_raw="令和６年度", basis="estimate", **kw) + "</td>"
        for t_, y in zip(TGT[n], (2025, 2026, 2027)):
            tr += "<td>" + G.f(f"{t_[j]:.2f}", t_[j], fy=y, fy_raw=yr(y, False), basis="target", **kw) + "</td>"
        body += tr + "</tr>"
h('<div class="capline">表４　目標収納率<span class="unitr">（単位：％）</span></div>')
h('<table class="t hl">' + th + body + "</table>")
h("<p class='note'>※令和６年度見込は、令和６年１２月末の実績を基に推計した。</p>")
h('<div class="capline">表５　収入未済額の目標（単位：千円）</div>')
rows5 = ""
for j, y in enumerate((2025, 2026, 2027)):
    rows5 += f"<tr><td class='l'>{yr(y)}</td>"
    for n in ("市税", "国民健康保険税"):
        v = OUT_TGT[n][j]
        rows5 += "<td>" + G.f(comma(v), v * 1000, debt=n, fy=y, fy_raw=yr(y), metric="outstanding", basis="target") + "</td>"
    rows5 += "</tr>"
h('<table class="t narrow"><tr><th>年度</th><th>市税</th><th>国民健康保険税</th></tr>' + rows5 + "</table>")
h("<p class='note'>※収入未済額の目標は、各年度末の現年度分と滞納繰越分の合計額。</p>")
page()


# ================================================================ p7-p8 推進シート (memo numbering, tags)
def sheet(n, status_txt, groups, boxed=None):
    d, d5 = D[n][2023], D[n][2022]
    h(f"<h1>第４章　債権ごとの取組み</h1>" if n == "市税" else "")
    h(f"<h2>５　債権ごとの取組み（{n}）</h2>")
    h("<h3>（１）現状と課題</h3>")
    h(f"<p class='memo'>{status_txt}</p>")
    h("<h3>（２）具体的な取組</h3>")
    for g_lab, g_title, items in groups:
        h(f"<p class='m1'>{g_lab}　{g_title}</p>")
        for lab, t, st in items:
            G.i(t, debt=n, fy=2025, section="具体的な取組", label=f"{g_lab}{lab}", status=st)
            if st and len(t) > 44:
                h(f"<p class='m2'><span class='lb'>{lab}</span>{t}<br>【{st}】</p>")   # tag alone on a line
            else:
                h(f"<p class='m2'><span class='lb'>{lab}</span>{t}" + (f"【{st}】" if st else "") + "</p>")
    if boxed:
        h('<div class="ibox"><div class="ibt">' + boxed[0] + "</div>")
        for t in boxed[1]:
            G.i(t, debt=n, fy=2025, section=boxed[0], label="・", status=None)
            h(f"<p class='bl'>・{t}</p>")
        h("</div>")


d = D["市税"]
o23, o22 = k(d[2023]["out"]), k(d[2022]["out"])
sheet("市税",
      "ア　令和５年度末の収入未済額は" +
      G.f(f"{comma(o23)}千円", o23 * 1000, debt="市税", fy=2023, fy_raw="令和５年度", metric="outstanding") +
      "で、前年度末と比べ" + G.f(f"{comma(o22 - o23)}千円", (o23 - o22) * 1000, debt="市税", fy=2023,
                                fy_raw="令和５年度", metric="difference") +
      "減少した。<br>イ　滞納繰越分では、少額の滞納が長期化している事案が多く、早期の財産調査と処分の判断が課題である。",
      [("ア", "現年度分の取組", [
          ("(ｱ)", "納期限経過後の督促状発送から１か月以内に、ＳＭＳ及び電話による催告を行う。", "継続"),
          ("(ｲ)", "口座振替の新規申込みをＷｅｂで受け付け、納税通知書に案内を同封する。", "拡充"),
          ("(ｳ)", "地方税統一ＱＲコードを活用したキャッシュレス納付の周知を、広報紙と市ホームページで年４回行う。", "新規")]),
       ("イ", "滞納繰越分の取組", [
          ("(ｱ)", "滞納繰越となった事案は、６月末までに全件の財産調査に着手し、預貯金等の差押えを行う。", "継続"),
          ("(ｲ)", "差し押さえるべき財産がない事案は、生活状況を確認のうえ執行停止を適正に判断する。", "継続")])],
      boxed=("【重点取組】", ["千葉県滞納整理推進機構への派遣研修を通じ、職員の滞納整理の技術を高める。",
                          "高額滞納者（５０万円以上）の進行管理表を作成し、毎月の進捗を課内で共有する。"]))
page()
d = D["国民健康保険税"]
kc = rate(d[2023]["cc"], d[2023]["ca"]); ka = rate(d[2023]["ac"], d[2023]["aa"])
sheet("国民健康保険税",
      "ア　令和５年度の収納率は、現年課税分" +
      G.f(f"{kc:.2f}％", kc, debt="国民健康保険税", fy=2023, fy_raw="令和５年度", seg="current", metric="collection_rate") +
      "、滞納繰越分" + G.f(f"{ka:.2f}％", ka, debt="国民健康保険税", fy=2023, fy_raw="令和５年度", seg="arrears",
                         metric="collection_rate") +
      "であった。<br>イ　被保険者の所得の減少と高齢化により、分納が長期化する傾向にあり、分納誓約の履行管理が課題である。",
      [("ア", "現年度分の取組", [
          ("(ｱ)", "国民健康保険の加入手続の際に、窓口で口座振替の申込みを受け付ける。", "継続"),
          ("(ｲ)", "納期限から２か月を経過した未納世帯に対し、納付相談を案内する文書を送付する。", "継続"),
          ("(ｳ)", "資格喪失の届出時に未納額を確認し、その場で納付又は納付計画の相談を行う体制を整える。", "新規")]),
       ("イ", "滞納繰越分の取組", [
          ("(ｱ)", "分納誓約の不履行者には、不履行から１か月以内に催告し、改善がない場合は滞納処分に移行する。", "拡充"),
          ("(ｲ)", "居所不明者について、住民票の調査等により所在を確認する。", "継続")])])
h("<p class='note'>※各取組の実施状況は、債権管理推進委員会において毎年度報告する。</p>")
page()

CSS = """
@font-face { font-family: M; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@font-face { font-family: G; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@page { size: A4; margin: 18mm 18mm 16mm 18mm; }
@page land { size: A4 landscape; margin: 14mm 14mm 12mm 14mm; }
body { font-family: M; font-size: 10pt; line-height: 1.6; }
.pg { break-after: page; position: relative; }
.pg:last-child { break-after: auto; }
.land { page: land; }
h1 { font-family: G; font-size: 14pt; border-bottom: 2px solid #1f4e9a; margin: 0 0 4mm; padding-bottom: 1mm; }
h2 { font-family: G; font-size: 11.5pt; margin: 3mm 0 2mm; }
h3 { font-family: G; font-size: 10pt; margin: 3mm 0 1mm; }
p { margin: 0 0 1.5mm; }
.two { column-count: 2; column-gap: 9mm; text-align: justify; }
.two p { text-indent: 1em; }
.cover { text-align: center; padding-top: 70mm; }
.cv1 { font-family: G; font-size: 26pt; letter-spacing: 0.1em; }
.cv2 { font-family: G; font-size: 16pt; margin-top: 8mm; } .cv3 { font-size: 12pt; }
.cv4 { font-size: 14pt; margin-top: 90mm; } .cv5 { font-family: G; font-size: 16pt; margin-top: 4mm; }
.toc-h { text-align: center; border: none; margin-top: 20mm; }
.toc { width: 80%; margin: 10mm auto; font-size: 11pt; }
.tl { display: flex; align-items: baseline; padding: 2mm 0; } .t1 { font-family: G; margin-top: 2mm; }
.tl .dots { flex: 1; border-bottom: 1px dotted #555; margin: 0 2mm; } .tl .pn { width: 2em; text-align: right; }
table.t { border-collapse: collapse; width: 100%; font-size: 8.8pt; }
table.t th { background: #dfe6f1; border: 0.6pt solid #444; font-family: G; font-weight: normal; padding: 1.5mm 1mm; }
table.t td { border: 0.6pt solid #444; padding: 1.2mm 1.5mm; text-align: right; }
table.t td.l, table.t td.acc { text-align: left; } table.t td.acc { font-family: G; font-size: 8pt; }
table.t tr.sum td { background: #f3f0e0; font-family: G; text-align: right; }
table.t tr.sum td:first-child { text-align: center; }
table.t tr.z td { background: #f4f6fa; }
table.wide { font-size: 8pt; } table.wide td { padding: 1.2mm 1mm; }
table.narrow { width: 60%; }
table.hl th, table.hl td { border: none; } table.hl th { background: none; border-top: 1.2pt solid #000; border-bottom: 0.8pt solid #000; }
table.hl tr:last-child td { border-bottom: 1.2pt solid #000; }
.boxcap { font-family: G; margin-top: 2mm; }
.box { border: 1.2pt solid #1f4e9a; padding: 2mm 3mm; margin-top: 1mm; }
.unit, .unitr { font-size: 8.5pt; } .unit { text-align: right; } .unitr { float: right; font-family: M; }
.legend { font-size: 8pt; margin-top: 1mm; }
.src { font-size: 8pt; text-align: right; margin-bottom: 3mm; }
.capline { font-family: G; margin: 3mm 0 1mm; }
.note { font-size: 8.3pt; margin-top: 1mm; }
.body { text-indent: 1em; }
.chart { margin-top: 1mm; }
.memo { padding-left: 2em; text-indent: -1em; }
.m1 { font-family: G; padding-left: 1em; margin-top: 2mm; }
.m2 { padding-left: 4.2em; text-indent: -2.2em; } .lb { display: inline-block; width: 2.2em; text-indent: 0; }
.ibox { border: 1pt solid #333; padding: 2mm 4mm; margin: 4mm 2em 0; background: #fafafa; }
.ibt { font-family: G; }
.bl { padding-left: 1em; text-indent: -1em; }
.pno { position: absolute; }
"""
html = ("<!doctype html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" +
        "".join(f'<div class="pg {c}">{p}</div>' for c, p in pages) + "</body></html>")
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", hp.as_uri()], check=True, capture_output=True)
G.write(pdf)
