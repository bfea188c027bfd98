#!/usr/bin/env python3
"""第３次室蘭市債権管理計画 — HTML/CSS → chromium.  Run from corpus/frozen31."""
from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fe_common import (Gold, PDF_DIR, WORK, chromium_pdf, comma, era, era_both, oku_man, page_count,  # noqa: E402
                       rate, signed, zen)

STEM = "fe_muroran_plan_1"
CITY = "室蘭市"
TITLE = "第３次室蘭市債権管理計画"
YEARS = [2018, 2019, 2020, 2021, 2022]
EST = 2023
TYEARS = [2024, 2025, 2026]

# ------------------------------------------------------------------ data (千円)
# name, 区分, 現年調定2018, growth, 現年率, 滞繰調定2018, 滞繰率, 不納欠損
SPEC = [
    ("市税", "強制徴収公債権", 9812400, 0.006, [97.62, 97.80, 97.71, 98.02, 98.21], 402300,
     [20.15, 21.40, 20.86, 22.93, 24.81], [21400, 18600, 16200, 14800, 12900]),
    ("国民健康保険料", "強制徴収公債権", 2412600, -0.025, [93.84, 94.12, 94.60, 94.95, 95.12], 512800,
     [19.42, 20.36, 21.85, 23.16, 24.36], [31200, 28400, 25600, 22900, 20400]),
    ("介護保険料", "強制徴収公債権", 1984200, 0.012, [98.71, 98.80, 98.86, 98.94, 99.03], 52600,
     [16.20, 17.05, 17.92, 18.84, 19.65], [6800, 6200, 5900, 5400, 5100]),
    ("後期高齢者医療保険料", "強制徴収公債権", 1016800, 0.021, [99.38, 99.41, 99.47, 99.52, 99.56], 8900,
     [35.60, 37.24, 38.15, 40.02, 41.37], [620, 580, 540, 500, 460]),
    ("保育料", "強制徴収公債権", 286400, -0.080, [98.12, 98.30, 98.46, 98.61, 98.74], 24800,
     [14.85, 15.62, 16.40, 17.28, 18.05], [1900, 1700, 1500, 1300, 1200]),
    ("市営住宅使用料", "私債権", 918600, -0.015, [97.02, 97.18, 97.35, 97.51, 97.66], 128400,
     [11.26, 11.84, 12.42, 13.05, 13.71], [5200, 4800, 6100, 4300, 3900]),
    ("下水道使用料", "強制徴収公債権", 2265800, -0.006, [98.64, 98.70, 98.77, 98.82, 98.88], 41200,
     [55.20, 56.48, 57.31, 58.46, 59.25], [2100, 1900, 1800, 1650, 1500]),
    ("水道料金", "私債権", 2842300, -0.006, [98.72, 98.79, 98.85, 98.91, 98.96], 46800,
     [58.10, 59.32, 60.15, 61.08, 61.94], [2600, 2400, 2200, 2050, 1900]),
]
# 推進シート: (現年, 滞繰) 見込2023, 目標2024-26, 収入未済額の目標は別途計算
SHEETS = {
    "市税": dict(dept="納税課", est=(98.25, 25.40), tg=[(98.30, 26.00), (98.40, 27.00), (98.50, 28.00)]),
    "国民健康保険料": dict(dept="保険年金課", est=(95.20, 24.90), tg=[(95.40, 25.50), (95.60, 26.50), (95.80, 27.50)]),
    "介護保険料": dict(dept="介護福祉課", est=(99.05, 20.10), tg=[(99.08, 20.50), (99.12, 21.00), (99.15, 21.50)]),
    "市営住宅使用料": dict(dept="住宅課", est=(97.70, 14.05), tg=[(97.75, 14.50), (97.85, 15.00), (97.95, 15.50)]),
}


def series():
    out = {}
    for name, kind, cas0, g, crs, aas0, ars, wos in SPEC:
        rows = {}
        # 滞納繰越調定の初年度値は、各債権の収入未済額がほぼ横ばいから緩やかに減少する水準に置く
        aas = round((cas0 * (1 - crs[0] / 100) - wos[0]) / (ars[0] / 100) * 1.06, -2)
        for i, y in enumerate(YEARS):
            cas = round(cas0 * (1 + g) ** i)
            ccol, acol = round(cas * crs[i] / 100), round(aas * ars[i] / 100)
            wo = wos[i]
            o_c, o_a = cas - ccol, aas - acol - wo
            rows[y] = dict(cas=cas, ccol=ccol, cr=rate(ccol, cas), aas=aas, acol=acol, ar=rate(acol, aas),
                           tas=cas + aas, tcol=ccol + acol, tr=rate(ccol + acol, cas + aas), wo=wo,
                           out=o_c + o_a, out_a=o_a)
            aas = o_c + o_a
        out[name] = dict(kind=kind, rows=rows)
    return out


D = series()
TOT = {}
for y in YEARS:
    t = {k: sum(D[n]["rows"][y][k] for n in D) for k in ("cas", "ccol", "aas", "acol", "tas", "tcol", "wo", "out")}
    t.update(cr=rate(t["ccol"], t["cas"]), ar=rate(t["acol"], t["aas"]), tr=rate(t["tcol"], t["tas"]))
    TOT[y] = t
for n, sh in SHEETS.items():
    last = D[n]["rows"][2022]["out"]
    sh["eout"] = round(last * 0.96, -2)
    sh["tout"] = [round(last * f, -2) for f in (0.92, 0.88, 0.84)]

E = html.escape

CSS = """
@page { size: A4; margin: 16mm 17mm 14mm 17mm; }
@page wide { size: A4 landscape; margin: 12mm 14mm 10mm 14mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "IPAexMincho", serif; font-size: 10pt; line-height: 1.6; color: #111; }
h1, h2, h3, h4, .g { font-family: "IPAexGothic", sans-serif; font-weight: normal; }
.page { position: relative; height: 265mm; break-after: page; overflow: hidden; }
.page.last { break-after: auto; }
.wide { page: wide; height: 186mm; }
.pno { position: absolute; bottom: 0; left: 0; right: 0; text-align: center; font-size: 9pt; }
h2 { font-size: 13pt; border-bottom: 1.5px solid #1f3b63; padding-bottom: 2px; margin: 0 0 8px; }
h3 { font-size: 11pt; margin: 10px 0 4px; }
p { margin: 0 0 6px; text-indent: 1em; text-align: justify; }
.cols { column-count: 2; column-gap: 9mm; column-rule: 0.5px solid #999; }
.cols h3 { break-after: avoid; }
.ref { border: 1px solid #333; padding: 6px 10px; margin: 8px 0; break-inside: avoid; }
.ref .t { font-family: "IPAexGothic"; margin-bottom: 2px; }
.ref div { text-indent: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6px solid #333; padding: 2px 4px; font-size: 8.6pt; line-height: 1.3; }
th { background: #dfe7f2; font-family: "IPAexGothic"; font-weight: normal; text-align: center; }
td.n { text-align: right; white-space: nowrap; }
td.c { text-align: center; }
tr.tot td { background: #eeeeee; }
.unit { text-align: right; font-size: 8.5pt; margin: 2px 0; }
.cap { font-family: "IPAexGothic"; font-size: 10pt; margin: 4px 0 3px; }
.box { border: 1.2px solid #1f3b63; padding: 6px; }
.src { font-size: 8.5pt; margin-top: 3px; }
.note { font-size: 8.5pt; text-indent: 0; margin: 2px 0; }
.cover { text-align: center; padding-top: 70mm; }
.cover .t1 { font-family: "IPAexGothic"; font-size: 26pt; letter-spacing: 2px; }
.cover .t2 { font-size: 14pt; margin-top: 10mm; }
.cover .t3 { font-size: 14pt; margin-top: 80mm; }
.toc { width: 80%; margin: 14mm auto; font-size: 11pt; }
.toc div { display: flex; margin: 5px 0; }
.toc .dots { flex: 1; border-bottom: 1px dotted #555; margin: 0 6px 6px; }
.sheet th.lab { width: 21%; }
.items div { text-indent: -1.3em; padding-left: 1.3em; margin: 2px 0; font-size: 9.6pt; }
svg text { font-family: "IPAexGothic"; }
"""


def build():
    g = Gold(STEM, {"kind": "plan", "family": "plan", "municipality": CITY,
                    "title": f"{TITLE}（令和６（2024）年度～令和８（2026）年度）", "date": "2024-03-01",
                    "date_raw": "令和６年３月"})
    F = g.fact
    pages = []

    # ================================================================== p1 cover
    pages.append("""<section class="page"><div class="cover">
      <div class="t1">第３次室蘭市債権管理計画</div>
      <div class="t2">令和６（2024）年度～令和８（2026）年度</div>
      <div class="t3">令和６年３月<br>室　蘭　市</div></div></section>""")

    # ================================================================== p2 目次
    toc = [("１　計画策定の趣旨", 3), ("２　計画期間", 3), ("３　債権の現状", 3), ("４　主要債権の収納状況", 4),
           ("５　収納状況の推移", 5), ("６　債権ごとの目標及び取組", 7)]
    rows = "".join(f'<div><span>{E(t)}</span><span class="dots"></span><span>{p}</span></div>' for t, p in toc)
    pages.append(f"""<section class="page"><h2 style="text-align:center;border:none;margin-top:20mm">目　　次</h2>
      <div class="toc">{rows}</div>
      <div class="ref" style="width:80%;margin:18mm auto 0"><div class="t">【計画の位置付け】</div>
      <div>本計画は、室蘭市債権管理条例第５条に基づき、市の債権の管理に関する事務の適正化と
      収入未済額の縮減を図るための行動計画として策定するものです。</div></div>
      <div class="pno">－ ２ －</div></section>""")

    # ================================================================== p3 two columns
    p = 3
    o20, o22 = TOT[2020]["out"] * 1000, TOT[2022]["out"] * 1000
    t20, v20 = oku_man(o20)
    t22, v22 = oku_man(o22)
    td, vd = oku_man(v20 - v22)
    tax, kok = D["市税"]["rows"], D["国民健康保険料"]["rows"]
    tr22, tr21 = tax[2022]["tr"], tax[2021]["tr"]
    dtax = round(tr22 - tr21, 2)
    dk = round(kok[2022]["ar"] - kok[2021]["ar"], 1)
    fy22 = era_both(2022, True)
    assert dtax > 0 and dk > 0 and v20 > v22, (dtax, dk, v20, v22)
    col1 = f"""
      <h3>１　計画策定の趣旨</h3>
      <p>本市では、平成30年３月に「室蘭市債権管理条例」を制定し、第１次計画（平成30（2018）年度～令和２（2020）年度）
      及び第２次計画（令和３（2021）年度～令和５（2023）年度）に基づいて、全庁的に債権管理の適正化に取り組んできました。</p>
      <p>第２次計画の期間中、計画の対象とする８債権の収入未済額は、令和２（2020）年度末の
      {F(p, "約" + t20, v20, fy=2020, fy_raw="令和２（2020）年度末", metric="outstanding", basis="actual", unit="yen", approx=True)}
      から、{E(fy22)}末には
      {F(p, "約" + t22, v22, fy=2022, fy_raw=fy22 + "末", metric="outstanding", basis="actual", unit="yen", approx=True)}
      となり、２年間で{F(p, "約" + td, -vd, fy=2022, metric="difference", basis="actual", unit="yen", approx=True)}減少しました。</p>
      <p>一方で、新型コロナウイルス感染症の影響を受けた納付困難者への対応や、滞納の長期化した私債権の整理など、
      引き続き取り組むべき課題が残っています。こうした状況を踏まえ、第３次計画を策定し、収納率の向上と
      収入未済額の縮減をさらに進めます。</p>
      <h3>２　計画期間</h3>
      <p>令和６（2024）年度から令和８（2026）年度までの３年間とします。社会経済情勢の変化や制度改正があった場合は、
      必要に応じて計画を見直します。</p>"""
    col2 = f"""
      <h3>３　債権の現状</h3>
      <p>{E(fy22)}決算における市税の収納率（現年度分と滞納繰越分の合計）は
      {F(p, f"{tr22:.2f}％", tr22, debt="市税", fy=2022, fy_raw=fy22, metric="collection_rate", basis="actual", unit="percent")}で、
      前年度比{F(p, f"{dtax:.2f}ポイント", dtax, debt="市税", fy=2022, metric="difference", basis="actual", unit="points")}上昇しました。
      国民健康保険料は、現年度分の収納率が
      {F(p, f"{kok[2022]['cr']:.2f}％", kok[2022]["cr"], debt="国民健康保険料", fy=2022, segment="current", metric="collection_rate", basis="actual", unit="percent")}、
      滞納繰越分が
      {F(p, f"{kok[2022]['ar']:.2f}％", kok[2022]["ar"], debt="国民健康保険料", fy=2022, segment="arrears", metric="collection_rate", basis="actual", unit="percent")}
      となり、滞納繰越分は前年度から{F(p, f"{dk:.1f}ポイント", dk, debt="国民健康保険料", fy=2022, segment="arrears", metric="difference", basis="actual", unit="points")}改善しました。</p>
      <p>私債権である市営住宅使用料は、退去者の未納分が滞納繰越分の多くを占めており、滞納繰越分の収納率は
      {F(p, f"{D['市営住宅使用料']['rows'][2022]['ar']:.2f}％", D["市営住宅使用料"]["rows"][2022]["ar"], debt="市営住宅使用料", fy=2022, segment="arrears", metric="collection_rate", basis="actual", unit="percent")}
      にとどまっています。</p>
      <div class="ref"><div class="t">【参考】{E(fy22)}末の状況</div>
      <div>・収入未済額（８債権計）：{F(p, comma(TOT[2022]['out']) + "千円", TOT[2022]["out"] * 1000, debt=None, debt_raw="８債権計", fy=2022, metric="outstanding", basis="actual", unit="yen")}</div>
      <div>・不納欠損額（８債権計）：{F(p, comma(TOT[2022]['wo']) + "千円", TOT[2022]["wo"] * 1000, debt=None, debt_raw="８債権計", fy=2022, metric="written_off", basis="actual", unit="yen")}</div>
      <div>・収納率（８債権計）：{F(p, f"{TOT[2022]['tr']:.2f}％", TOT[2022]["tr"], debt=None, debt_raw="８債権計", fy=2022, metric="collection_rate", basis="actual", unit="percent")}</div>
      </div>
      <p>債権の種類ごとの詳しい収納状況は、次ページ以降の表のとおりです。</p>"""
    pages.append(f"""<section class="page"><h2>第１章　計画の基本的事項</h2>
      <div class="cols">{col1}{col2}</div><div class="pno">－ ３ －</div></section>""")

    # ================================================================== p4 landscape: 3-level header table
    p = 4
    yrs = [2021, 2022]
    head1 = '<tr><th rowspan="3" style="width:13%">債権名</th>' + "".join(
        f'<th colspan="6">{E(era_both(y, True))}</th>' for y in yrs) + "</tr>"
    head2 = "<tr>" + "".join('<th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th>' for _ in yrs) + "</tr>"
    head3 = "<tr>" + "".join("<th>調定額</th><th>収入済額</th><th>収納率</th>" * 2 for _ in yrs) + "</tr>"
    body = ""
    for n in list(D) + ["合計"]:
        is_t = n == "合計"
        tds = f"<td>{E(n)}</td>"
        for y in yrs:
            r = TOT[y] if is_t else D[n]["rows"][y]
            kw = dict(debt=None if is_t else n, debt_raw=n, fy=y, fy_raw=era_both(y, True), basis="actual")
            for seg, keys in (("current", ("cas", "ccol", "cr")), ("arrears", ("aas", "acol", "ar"))):
                tds += f'<td class="n">{F(p, comma(r[keys[0]]), r[keys[0]] * 1000, segment=seg, metric="assessed", unit="yen", **kw)}</td>'
                tds += f'<td class="n">{F(p, comma(r[keys[1]]), r[keys[1]] * 1000, segment=seg, metric="collected", unit="yen", **kw)}</td>'
                tds += f'<td class="n">{F(p, f"{r[keys[2]]:.2f}", r[keys[2]], segment=seg, metric="collection_rate", unit="percent", **kw)}</td>'
        body += f'<tr class="{"tot" if is_t else ""}">{tds}</tr>'
    pages.append(f"""<section class="page wide"><h2>第２章　債権の状況</h2>
      <h3>４　主要債権の収納状況</h3>
      <div class="cap">表１　主要債権の現年度分・滞納繰越分の収納状況</div>
      <div class="unit">（単位：千円、％）</div>
      <div class="box"><table>{head1}{head2}{head3}{body}</table></div>
      <div class="src">出典：室蘭市各会計歳入歳出決算書（令和３年度・令和４年度）をもとに財政課で作成</div>
      <p class="note" style="margin-top:6px">※ 水道料金及び下水道使用料は公営企業会計（税抜）。保育料は児童福祉法第56条に基づく保育所等の利用者負担額。</p>
      <div class="pno">－ ４ －</div></section>""")

    # ================================================================== p5-p6 long-format table
    def long_table(p, names):
        head = ('<tr><th style="width:17%">債権名</th><th style="width:15%">年度</th><th>調定額</th><th>収入済額</th>'
                '<th>不納欠損額</th><th>収入未済額</th><th style="width:9%">収納率</th></tr>')
        body = ""
        for n in names:
            for i, y in enumerate(YEARS):
                r = D[n]["rows"][y]
                yl = era(y) + f"<br>（{y}年度）"
                kw = dict(debt=n, fy=y, fy_raw=era(y), basis="actual", segment="total")
                first = f'<td rowspan="{len(YEARS)}">{E(n)}</td>' if i == 0 else ""
                body += (f"<tr>{first}<td class='c'>{yl}</td>"
                         f"<td class='n'>{F(p, comma(r['tas']), r['tas'] * 1000, metric='assessed', unit='yen', **kw)}</td>"
                         f"<td class='n'>{F(p, comma(r['tcol']), r['tcol'] * 1000, metric='collected', unit='yen', **kw)}</td>"
                         f"<td class='n'>{F(p, comma(r['wo']), r['wo'] * 1000, metric='written_off', unit='yen', **kw)}</td>"
                         f"<td class='n'>{F(p, comma(r['out']), r['out'] * 1000, metric='outstanding', unit='yen', **kw)}</td>"
                         f"<td class='n'>{F(p, format(r['tr'], '.2f'), r['tr'], metric='collection_rate', unit='percent', **kw)}</td></tr>")
        return f"<table>{head}{body}</table>"

    names = list(D)
    pages.append(f"""<section class="page"><h3 style="margin-top:0">５　収納状況の推移</h3>
      <p>平成30（2018）年度から令和４（2022）年度までの５年間の収納状況（現年度分と滞納繰越分の合計）は、次のとおりです。</p>
      <div class="unit">（単位：千円、％）</div>
      {long_table(5, names[:4])}
      <div class="pno">－ ５ －</div></section>""")
    # line chart (市税 合計収納率) on p6
    p = 6
    pts = [(y, D["市税"]["rows"][y]["tr"]) for y in YEARS]
    W, H, L, B = 470, 170, 50, 140
    import math
    lo = math.floor(min(v for _, v in pts)) - 1.0
    hi = math.ceil(max(v for _, v in pts)) + 0.5
    xy = [(L + 20 + i * 95, B - (v - lo) / (hi - lo) * 110) for i, (_, v) in enumerate(pts)]
    svg = [f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" xmlns="http://www.w3.org/2000/svg">',
           f'<line x1="{L}" y1="{B}" x2="{W - 10}" y2="{B}" stroke="#333" stroke-width="0.8"/>',
           f'<line x1="{L}" y1="20" x2="{L}" y2="{B}" stroke="#333" stroke-width="0.8"/>',
           '<polyline fill="none" stroke="#1f5fa8" stroke-width="2" points="' + " ".join(f"{x:.1f},{y:.1f}" for x, y in xy) + '"/>']
    for (y, v), (x, yy) in zip(pts, xy):
        lab = F(p, f"{v:.2f}", v, debt="市税", fy=y, fy_raw=era(y), metric="collection_rate", basis="actual", unit="percent")
        svg.append(f'<circle cx="{x:.1f}" cy="{yy:.1f}" r="3" fill="#1f5fa8"/>')
        svg.append(f'<text x="{x:.1f}" y="{yy - 8:.1f}" font-size="10" text-anchor="middle">{lab}</text>')
        svg.append(f'<text x="{x:.1f}" y="{B + 16}" font-size="9.5" text-anchor="middle">{E(era(y).replace("年度", ""))}</text>')
    svg.append(f'<text x="{L - 6}" y="16" font-size="9" text-anchor="end">（％）</text></svg>')
    pages.append(f"""<section class="page"><h3 style="margin-top:0">５　収納状況の推移（続き）</h3>
      <div class="unit">（単位：千円、％）</div>
      {long_table(6, names[4:])}
      <div class="cap" style="margin-top:10px">図１　市税の収納率（現年度分と滞納繰越分の合計）の推移</div>
      {''.join(svg)}
      <div class="pno">－ ６ －</div></section>""")

    # ================================================================== p7-p8 推進シート
    def sheet(p, n, idx):
        sh = SHEETS[n]
        rows = D[n]["rows"]
        kind = D[n]["kind"]
        cols = [("2022", "実績"), ("2023", "見込")] + [(str(y), "目標") for y in TYEARS]
        hdr = "<tr><th class='lab'>区分</th>" + "".join(
            f"<th>{E(era(int(y), True, suffix=''))}（{y}）<br>年度{b}</th>" for y, b in cols) + "</tr>"
        vals = {"cur": [], "arr": [], "out": []}
        a = rows[2022]
        kwa = dict(debt=n, fy=2022, fy_raw=era_both(2022, True), basis="actual")
        vals["cur"].append(F(p, f"{a['cr']:.2f}", a["cr"], segment="current", metric="collection_rate", unit="percent", **kwa))
        vals["arr"].append(F(p, f"{a['ar']:.2f}", a["ar"], segment="arrears", metric="collection_rate", unit="percent", **kwa))
        vals["out"].append(F(p, comma(a["out"]), a["out"] * 1000, metric="outstanding", unit="yen", **kwa))
        kwe = dict(debt=n, fy=2023, fy_raw=era_both(2023, True), basis="estimate")
        vals["cur"].append(F(p, f"{sh['est'][0]:.2f}", sh["est"][0], segment="current", metric="collection_rate", unit="percent", **kwe))
        vals["arr"].append(F(p, f"{sh['est'][1]:.2f}", sh["est"][1], segment="arrears", metric="collection_rate", unit="percent", **kwe))
        vals["out"].append(F(p, comma(int(sh["eout"])), int(sh["eout"]) * 1000, metric="outstanding", unit="yen", **kwe))
        for y, (c_, a_), o_ in zip(TYEARS, sh["tg"], sh["tout"]):
            kwt = dict(debt=n, fy=y, fy_raw=era_both(y, True), basis="target")
            vals["cur"].append(F(p, f"{c_:.2f}", c_, segment="current", metric="collection_rate", unit="percent", **kwt))
            vals["arr"].append(F(p, f"{a_:.2f}", a_, segment="arrears", metric="collection_rate", unit="percent", **kwt))
            vals["out"].append(F(p, comma(int(o_)), int(o_) * 1000, metric="outstanding", unit="yen", **kwt))
        trs = ""
        for key, lab in (("cur", "現年度分収納率（％）"), ("arr", "滞納繰越分収納率（％）"), ("out", "収入未済額（千円）※")):
            trs += f"<tr><th class='lab' style='text-align:left'>{lab}</th>" + "".join(
                f"<td class='n'>{v}</td>" for v in vals[key]) + "</tr>"
        oa = a["out_a"]
        status_text = {
            "市税": [("①", "納期限から20日以内に督促状を発送し、その後１か月以内に文書催告を行う初期対応を徹底する。", "継続", "end"),
                    ("②", "給与照会・預貯金照会の電子化を進め、財産調査から差押えまでの期間を短縮する。", "拡充", "alone"),
                    ("③", "胆振地方滞納整理機構への引継ぎ基準を見直し、高額・困難案件の早期移管を図る。", "新規", "end")],
            "国民健康保険料": [("①", "資格確認書の交付時に窓口で納付相談を行い、分割納付の計画を立てる。", "新規", "end"),
                         ("②", "口座振替の原則化を進め、新規加入世帯に口座振替の手続を案内する。", "継続", "alone"),
                         ("③", "滞納繰越分のうち時効の近い案件を優先して財産調査を行う。", "継続", "end")],
            "介護保険料": [("①", "普通徴収の被保険者に口座振替を勧奨し、特別徴収への切替時期を個別に案内する。", "継続", "end"),
                      ("②", "給付制限の内容を記載した催告書を、時効の到来前に送付する。", "拡充", "end")],
            "市営住宅使用料": [("①", "滞納３か月の時点で連帯保証人にも通知し、早期の納付を求める。", "継続", "end"),
                         ("②", "退去者の未納分は転居先を調査したうえで、支払督促の申立てを行う。", "拡充", "alone"),
                         ("③", "回収の見込みがない退去者の債権は、債権管理条例に基づく放棄を検討する。", "新規", "end")],
        }[n]
        items = ""
        for lab, t, st, mode in status_text:
            g.init(p, t, debt=n, fy=2024, section="目標達成に向けた取組", label=lab, status=st)
            tag = f"【{st}】"
            items += f"<div>{lab}{E(t)}{'<br>' if mode == 'alone' else ''}{tag}</div>"
        return f"""<h3>（{zen(str(idx))}）債権ごとの目標及び取組（{E(n)}）</h3>
          <table style="width:70%;margin-bottom:4px"><tr><th style="width:18%">所管課</th><td>{E(sh['dept'])}</td>
          <th style="width:18%">債権区分</th><td>{E(kind)}</td></tr></table>
          <p class="note" style="text-indent:1em">現状と課題：令和４年度末の滞納繰越分の収入未済額は
          {F(p, comma(oa) + "千円", oa * 1000, debt=n, fy=2022, segment="arrears", metric="outstanding", basis="actual", unit="yen")}
          であり、滞納の長期化を防ぐための初期対応と、整理が必要な案件の見極めが課題である。</p>
          <div class="cap">ア　数値目標</div>
          <table class="sheet">{hdr}{trs}</table>
          <p class="note">※ 収入未済額は各年度末（出納整理期間経過後）の額。令和５（2023）年度は見込み。</p>
          <div class="cap">イ　目標達成に向けた取組</div>
          <div class="items">{items}</div>"""

    pages.append(f"""<section class="page"><h2>第３章　債権ごとの目標及び取組</h2>
      {sheet(7, "市税", 1)}{sheet(7, "国民健康保険料", 2)}<div class="pno">－ ７ －</div></section>""")
    pages.append(f"""<section class="page last"><h2>第３章　債権ごとの目標及び取組（続き）</h2>
      {sheet(8, "介護保険料", 3)}{sheet(8, "市営住宅使用料", 4)}<div class="pno">－ ８ －</div></section>""")

    doc = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{E(TITLE)}</title>
      <style>{CSS}</style></head><body>{''.join(pages)}</body></html>"""
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"{STEM}.html"
    src.write_text(doc, encoding="utf-8")
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    dest = PDF_DIR / f"{STEM}.pdf"
    chromium_pdf(src, dest)
    g.write(dest, page_count(dest))
    print(dest, page_count(dest), len(g.facts), "facts", len(g.initiatives), "initiatives")


if __name__ == "__main__":
    build()
