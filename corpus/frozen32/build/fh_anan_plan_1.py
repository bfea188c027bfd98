"""fh_anan_plan_1: 第２次阿南市債権管理計画（令和６～９年度） (HTML/CSS -> chromium, with landscape pages).

    cd corpus/frozen32 && python3 build/fh_anan_plan_1.py
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fh_common import PDF_DIR, WORK, Gold, chromium_pdf, comma, fr, rate, rnd, zen  # noqa: E402

STEM = "fh_anan_plan_1"
CITY = "阿南市"
TITLE = "第２次阿南市債権管理計画"
ACT = [2017, 2018, 2019, 2020, 2021, 2022]
EST = 2023
TGT = [2024, 2025, 2026, 2027]

# canonical, printed, cur0 (千円), growth, current rates 2017..2023, arr0, arrears rates 2017..2023, write-off share,
# targets (current, arrears) 2024..2027
D = [
    ("市税", "市税", 10_812_446, 1.006, [98.62, 98.75, 98.88, 98.70, 99.05, 99.21, 99.25], 512_308,
     [19.84, 21.06, 22.73, 21.90, 24.88, 27.15, 28.00], 0.085,
     [(99.28, 28.50), (99.31, 29.00), (99.34, 29.50), (99.37, 30.00)]),
    ("国民健康保険料", "国民健康保険税", 1_812_775, 0.982, [92.84, 93.12, 93.40, 93.95, 94.21, 94.58, 94.70], 688_412,
     [13.21, 14.05, 15.12, 15.77, 17.40, 18.86, 19.20], 0.110,
     [(94.80, 19.50), (94.90, 20.00), (95.00, 20.50), (95.10, 21.00)]),
    ("介護保険料", "介護保険料", 1_356_209, 1.012, [98.71, 98.80, 98.85, 98.93, 99.02, 99.08, 99.10], 41_736,
     [13.55, 14.20, 15.36, 16.02, 16.91, 17.85, 18.00], 0.180,
     [(99.12, 18.50), (99.14, 19.00), (99.16, 19.50), (99.18, 20.00)]),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 684_320, 1.021, [99.31, 99.35, 99.40, 99.44, 99.47, 99.52, 99.53], 5_904,
     [28.40, 30.12, 33.51, 35.08, 37.63, 40.21, 41.00], 0.150,
     [(99.54, 41.50), (99.55, 42.00), (99.56, 42.50), (99.57, 43.00)]),
    ("保育料", "保育所保育料", 162_508, 0.955, [98.12, 98.30, 98.21, 98.44, 98.61, 98.73, 98.80], 11_205,
     [10.85, 11.62, 12.40, 13.58, 14.21, 15.66, 16.00], 0.060,
     [(98.85, 16.50), (98.90, 17.00), (98.95, 17.50), (99.00, 18.00)]),
    ("市営住宅使用料", "市営住宅使用料", 201_662, 0.988, [95.21, 95.40, 95.62, 95.33, 95.84, 96.02, 96.10], 104_871,
     [7.62, 7.95, 8.31, 8.04, 8.87, 9.45, 9.70], 0.040,
     [(96.20, 10.00), (96.30, 10.50), (96.40, 11.00), (96.50, 11.50)]),
    ("水道料金", "水道料金", 1_734_980, 0.996, [98.41, 98.52, 98.60, 98.49, 98.66, 98.74, 98.78], 47_823,
     [38.62, 39.15, 40.27, 39.85, 41.06, 42.31, 42.50], 0.090,
     [(98.80, 43.00), (98.82, 43.50), (98.84, 44.00), (98.86, 44.50)]),
]
OTHER_GENERAL = {2017: 96_412, 2019: 91_305, 2020: 94_877, 2021: 88_214, 2022: 85_630}  # 一般会計のその他の債権


def jp(fy, style="r"):
    """Year label forms used in this document."""
    if fy < 2019:
        return f"平成{fy - 1988}年度"
    n = fy - 2018
    return "令和元年度" if n == 1 else f"令和{n}年度"


def both(fy):
    n = fy - 2018
    return f"令和{'元' if n == 1 else n}（{fy}）年度" if fy >= 2019 else f"平成{fy - 1988}（{fy}）年度"


def compute():
    out = {}
    for (canon, name, cur0, g, cr, arr0, ar, wo, tg) in D:
        rows = {}
        cur, arr = cur0, arr0
        for i, fy in enumerate(ACT + [EST]):
            if i:
                cur = round(cur * g)
            c = round(cur * cr[i] / 100)
            a = round(arr * ar[i] / 100)
            w = round(arr * wo)
            rows[fy] = dict(ca=cur, cc=c, cr=rate(c, cur), aa=arr, ac=a, ar=rate(a, arr), wo=w,
                            ta=cur + arr, tc=c + a, tr=rate(c + a, cur + arr), out=cur - c + arr - a - w, aout=arr - a - w)
            arr = cur - c + arr - a - w
        # outstanding targets: simulate with target rates, rounded to 1,000千円
        cur_t, arr_t = rows[EST]["ca"], rows[EST]["out"]
        for j, fy in enumerate(TGT):
            cur_t = round(cur_t * g)
            tc, ta = tg[j]
            o = cur_t - round(cur_t * tc / 100) + arr_t - round(arr_t * ta / 100) - round(arr_t * wo)
            rows[fy] = dict(tcr=tc, tar=ta, out=round(o, -3 if o >= 100_000 else -2))
            arr_t = o
        out[canon] = dict(name=name, rows=rows)
    return out


CSS = """
@page { size: A4 portrait; margin: 18mm 17mm 14mm 17mm; }
@page land { size: A4 landscape; margin: 14mm 14mm 12mm 14mm; }
body { font-family: "IPAexMincho"; font-size: 10pt; color: #111; margin: 0; }
.page { break-after: page; position: relative; height: 264mm; overflow: hidden; }
.land { page: land; height: 183mm; }
.page:last-child { break-after: auto; }
.pno { position: absolute; bottom: 0; left: 0; right: 0; text-align: center; font-size: 8.5pt; font-family: "IPAexGothic"; }
.cover { text-align: center; font-family: "IPAexGothic"; }
.cover .t1 { font-size: 15pt; margin-top: 190pt; }
.cover .t2 { font-size: 30pt; margin-top: 14pt; letter-spacing: 3pt; }
.cover .t3 { font-size: 13pt; margin-top: 24pt; }
.cover .t4 { font-size: 14pt; margin-top: 260pt; }
h1 { font-family: "IPAexGothic"; font-size: 14pt; text-align: center; margin: 4pt 0 14pt 0; }
h2 { font-family: "IPAexGothic"; font-size: 12.5pt; margin: 14pt 0 6pt 0; }
h3 { font-family: "IPAexGothic"; font-size: 11pt; margin: 10pt 0 4pt 0.5em; }
h4 { font-family: "IPAexGothic"; font-size: 10pt; margin: 6pt 0 2pt 1.5em; }
p { line-height: 1.75; margin: 2pt 0 4pt 0; text-indent: 1em; text-align: justify; }
.toc { width: 86%; margin: 6pt auto 0 auto; font-family: "IPAexGothic"; font-size: 11pt; }
.toc div { display: flex; margin: 9pt 0; }
.toc .dots { flex: 1; border-bottom: 1px dotted #333; margin: 0 6pt 4pt 6pt; }
table { border-collapse: collapse; width: 100%; font-family: "IPAexGothic"; font-size: 8.6pt; }
th, td { border: 0.6pt solid #333; padding: 3pt 4pt; }
th { background: #e3ecdf; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; }
td.l { text-align: left; }
.land table { font-size: 7.6pt; }
.land th, .land td { padding: 2.6pt 2.5pt; }
.caption { font-family: "IPAexGothic"; font-size: 9.5pt; margin: 8pt 0 3pt 0; display: flex; justify-content: space-between; }
.boxed { border: 1.2pt solid #333; padding: 8pt; }
.src { font-family: "IPAexGothic"; font-size: 8pt; text-align: right; margin-top: 3pt; }
.note { font-family: "IPAexGothic"; font-size: 8pt; line-height: 1.5; margin-top: 3pt; }
.sum td { background: #f1f4ee; }
.ref { box-sizing: border-box; width: 99%; border: 1pt solid #333; padding: 6pt 10pt; margin: 10pt 0; font-family: "IPAexGothic"; font-size: 9.2pt; line-height: 1.6; }
.sheet { box-sizing: border-box; width: 99.5%; border: 1pt solid #555; padding: 6pt 9pt 4pt 9pt; margin-bottom: 10pt; }
.sheet h3 { margin: 0 0 4pt 0; background: #e3ecdf; padding: 3pt 5pt; }
.sheet p { font-size: 9.2pt; line-height: 1.6; }
.sheet table { font-size: 8.2pt; }
.lv1 { font-family: "IPAexGothic"; font-size: 9.5pt; margin: 5pt 0 1pt 0; }
.lv2 { font-family: "IPAexGothic"; font-size: 9.2pt; margin: 2pt 0 1pt 1em; }
.lv3 { font-size: 9.2pt; line-height: 1.55; margin: 0 0 0 2em; padding-left: 1.6em; text-indent: -1.6em; }
.tag { display: block; text-align: right; font-size: 8.6pt; font-family: "IPAexGothic"; }
"""


def build():
    G = Gold(STEM, "plan", "plan", CITY, TITLE + "（令和６年度～令和９年度）", "2024-03-01", "令和６年３月")
    data = compute()
    H = []
    add = H.append
    e = html.escape

    def end(pg):
        add(f'<div class="pno">- {pg} -</div></section>')

    # ---------------------------------------------------------------- p1 cover
    add('<section class="page cover">')
    add('<div class="t1">令和６（2024）年度～令和９（2027）年度</div>')
    add(f'<div class="t2">{TITLE}</div>')
    add('<div class="t3">― 公平で持続可能な財政運営のために ―</div>')
    add('<div class="t4">令和６年３月<br><br>阿　南　市</div></section>')

    # ---------------------------------------------------------------- p2 目次 + 趣旨
    pg = 2
    add('<section class="page">')
    add("<h1>目　　次</h1>")
    toc = [("１　計画策定の趣旨", 2), ("２　計画の期間及び対象債権", 2), ("３　債権の現状", 3),
           ("　　（資料）債権別の収納状況の推移", 4), ("４　計画の目標", 6), ("５　債権ごとの推進シート", 7)]
    add('<div class="toc">' + "".join(f'<div><span>{e(t)}</span><span class="dots"></span><span>{p}</span></div>' for t, p in toc)
        + "</div>")
    add("<h2>１　計画策定の趣旨</h2>")
    add("<p>本市では、平成２９年度に阿南市債権管理条例を施行し、令和２年３月に「阿南市債権管理計画」（以下「第１次計画」という。）を策定して、"
        "全庁的に債権の適正な管理と収納率の向上に取り組んできた。第１次計画の期間中は、新型コロナウイルス感染症の影響による徴収猶予の特例等があったものの、"
        "市税をはじめとする主要債権の収納率は着実に上昇し、収入未済額も縮減している。</p>")
    add("<p>一方で、国民健康保険税や市営住宅使用料など、滞納繰越分の収納率が低い水準にとどまる債権もあり、滞納の長期化と債務者の生活困窮への対応が課題となっている。"
        "こうした状況を踏まえ、第１次計画の成果と課題を検証した上で、第２次阿南市債権管理計画を策定する。</p>")
    add("<h2>２　計画の期間及び対象債権</h2>")
    add("<h3>（１）計画の期間</h3>")
    add("<p>令和６（2024）年度から令和９（2027）年度までの４年間とする。</p>")
    add("<h3>（２）対象債権</h3>")
    add("<p>本市が保有する債権のうち、令和４（2022）年度決算において収入未済額が生じている債権とし、このうち収入未済額が特に大きい７債権を「重点債権」として、"
        "債権ごとに推進シートを作成して進捗を管理する。</p>")
    add("<h3>（３）計画の位置付けと進行管理</h3>")
    add("<p>本計画は、阿南市総合計画及び阿南市行財政改革推進計画における歳入確保の取組を具体化するものである。"
        "各債権所管課は、推進シートに定めた取組を実施し、毎年度９月末及び３月末の状況を債権管理推進本部に報告する。"
        "本部は、目標の達成状況を検証し、必要に応じて取組の見直しを指示する。</p>")
    end(pg)

    # ---------------------------------------------------------------- p3 現状: boxed table (years as rows) + prose
    pg = 3
    add('<section class="page">')
    add("<h2>３　債権の現状</h2>")
    add("<h3>（１）収入未済額の推移</h3>")
    yrs = [2017, 2019, 2020, 2021, 2022]
    acc = {}
    for fy in yrs:
        r = {k: data[k]["rows"][fy] for k in data}
        acc[fy] = {
            "一般会計": r["市税"]["out"] + r["保育料"]["out"] + r["市営住宅使用料"]["out"] + OTHER_GENERAL[fy],
            "国民健康保険事業特別会計": r["国民健康保険料"]["out"] + 2_314,
            "介護保険事業特別会計": r["介護保険料"]["out"] + 612,
            "後期高齢者医療事業特別会計": r["後期高齢者医療保険料"]["out"],
            "水道事業会計": r["水道料金"]["out"],
        }
        acc[fy]["合計"] = sum(acc[fy].values())
    cols = list(acc[2022].keys())
    ylab = {2017: "H29（2017年度）", 2019: "令和元年度", 2020: "令和二年度", 2021: "令和3年度", 2022: "令和4年度"}
    total22, total17 = acc[2022]["合計"], acc[2017]["合計"]
    oku = lambda v: f"{v // 100_000:,}"  # noqa: E731
    a22 = round(total22 / 10_000) * 10_000  # 0.1億円 = 10,000千円
    a17 = round(total17 / 10_000) * 10_000
    s22 = f"約{a22 / 100_000:.1f}億円"
    s17 = f"約{a17 / 100_000:.1f}億円"
    dman = round((total22 - total17) / 10)  # 万円
    o, m = divmod(abs(dman), 10000)
    sdiff = f"約{o}億{comma(m)}万円" if o else f"約{comma(m)}万円"
    add(f"<p>本市の全会計の収入未済額は、平成２９年度の{s17}から令和４（2022）年度には{s22}まで減少し、この５年間で{sdiff}の縮減となった。"
        "特に一般会計では、市税の滞納繰越分の整理が進んだことにより縮減幅が大きい。</p>")
    G.fact(pg, None, None, 2017, "平成２９年度", "total", "outstanding", "actual", a17 * 1000, "yen", s17, approx=True)
    G.fact(pg, None, None, 2022, "令和４（2022）年度", "total", "outstanding", "actual", a22 * 1000, "yen", s22, approx=True)
    G.fact(pg, None, None, 2022, "令和４（2022）年度", "total", "difference", "actual", -abs(dman) * 10000, "yen", sdiff,
           approx=True)
    assert dman < 0
    add('<div class="caption"><span>表１　会計別の収入未済額の推移</span><span>（単位：千円）</span></div>')
    add('<div class="boxed"><table><thead><tr><th>年度</th>' + "".join(f"<th>{e(c)}</th>" for c in cols) + "</tr></thead><tbody>")
    for fy in yrs:
        add(f'<tr><td class="l">{ylab[fy]}</td>' + "".join(
            f'<td class="n">{comma(acc[fy][c])}</td>' for c in cols) + "</tr>")
        for c in cols:
            G.fact(pg, None, c, fy, ylab[fy], "total", "outstanding", "actual", acc[fy][c] * 1000, "yen", comma(acc[fy][c]))
    add("</tbody></table></div>")
    add('<div class="src">出典：各年度　阿南市歳入歳出決算書及び水道事業会計決算書</div>')
    sz22 = data["市税"]["rows"][2022]["out"]
    add(f'<div class="note">※　令和４年度の一般会計の収入未済額のうち、市税分 {comma(sz22)}千円。平成30年度は会計区分の変更があったため掲載していない。</div>')
    G.fact(pg, "市税", "市税", 2022, "令和４年度", "total", "outstanding", "actual", sz22 * 1000, "yen", f"{comma(sz22)}千円")
    # 第１次計画の検証: targets and results side by side with 達成率
    add("<h3>（２）第１次計画の目標の達成状況</h3>")
    add("<p>第１次計画の最終年度である令和４年度の現年度分の目標収納率と実績は、次のとおりである。７債権のうち５債権で目標を達成した。</p>")
    first_t = {"市税": 99.20, "国民健康保険料": 94.80, "介護保険料": 99.05, "後期高齢者医療保険料": 99.50, "保育料": 98.60,
               "市営住宅使用料": 96.30, "水道料金": 98.70}
    add('<div class="caption"><span>表２　第１次計画の目標と実績（令和４年度・現年度分収納率）</span><span>（単位：％）</span></div>')
    add("<table><thead><tr><th>債権名</th><th>目標</th><th>実績</th><th>達成率</th><th>評価</th></tr></thead><tbody>")
    nach = 0
    for k in data:
        t = first_t[k]
        a = data[k]["rows"][2022]["cr"]
        ok = a >= t
        nach += ok
        add(f'<tr><td class="l">{e(data[k]["name"])}</td><td class="n">{fr(t)}</td><td class="n">{fr(a)}</td>'
            f'<td class="n">{fr(rnd(a / t * 100))}</td><td style="text-align:center">{"達成" if ok else "未達成"}</td></tr>')
        G.fact(pg, k, data[k]["name"], 2022, "令和４年度", "current", "collection_rate", "target", t, "percent", fr(t))
        G.fact(pg, k, data[k]["name"], 2022, "令和４年度", "current", "collection_rate", "actual", a, "percent", fr(a))
    add("</tbody></table>")
    assert nach == 5, nach
    add('<div class="note">※　達成率＝実績÷目標×100。評価は、実績が目標以上の場合を「達成」とした。</div>')
    end(pg)

    # ---------------------------------------------------------------- p4-p5 landscape wide table, continued
    names = list(data.keys())

    def wide_page(pg, years, extra, cont):
        add('<section class="page land">')
        cap = "表３　債権別の収納状況の推移（現年度分・滞納繰越分の合計）" + ("（続き）" if cont else "")
        add(f'<div class="caption"><span>（資料）{cap}</span><span>（単位：千円、％）</span></div>')
        add('<table><thead><tr><th rowspan="2">債権名</th>')
        for fy in years:
            add(f'<th colspan="3">{jp(fy) if fy != 2018 else "H30"}</th>')
        if extra:
            add('<th colspan="2">令和4年度</th>')
        add("</tr><tr>" + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * len(years))
        if extra:
            add("<th>不納欠損額</th><th>収入未済額</th>")
        add("</tr></thead><tbody>")
        sums = {fy: [0, 0] for fy in years}
        swo = sout = 0
        for k in names:
            add(f'<tr><td class="l">{e(data[k]["name"])}</td>')
            for fy in years:
                r = data[k]["rows"][fy]
                add(f'<td class="n">{comma(r["ta"])}</td><td class="n">{comma(r["tc"])}</td><td class="n">{fr(r["tr"])}</td>')
                fyr = jp(fy) if fy != 2018 else "H30"
                G.fact(pg, k, data[k]["name"], fy, fyr, "total", "assessed", "actual", r["ta"] * 1000, "yen", comma(r["ta"]))
                G.fact(pg, k, data[k]["name"], fy, fyr, "total", "collected", "actual", r["tc"] * 1000, "yen", comma(r["tc"]))
                G.fact(pg, k, data[k]["name"], fy, fyr, "total", "collection_rate", "actual", r["tr"], "percent", fr(r["tr"]))
                sums[fy][0] += r["ta"]
                sums[fy][1] += r["tc"]
            if extra:
                r = data[k]["rows"][2022]
                add(f'<td class="n">{comma(r["wo"])}</td><td class="n">{comma(r["out"])}</td>')
                G.fact(pg, k, data[k]["name"], 2022, "令和4年度", "total", "written_off", "actual", r["wo"] * 1000, "yen", comma(r["wo"]))
                G.fact(pg, k, data[k]["name"], 2022, "令和4年度", "total", "outstanding", "actual", r["out"] * 1000, "yen", comma(r["out"]))
                swo += r["wo"]
                sout += r["out"]
            add("</tr>")
        add('<tr class="sum"><td class="l">計</td>')
        for fy in years:
            a, c = sums[fy]
            rr = rate(c, a)
            add(f'<td class="n">{comma(a)}</td><td class="n">{comma(c)}</td><td class="n">{fr(rr)}</td>')
            fyr = jp(fy) if fy != 2018 else "H30"
            G.fact(pg, None, "計", fy, fyr, "total", "assessed", "actual", a * 1000, "yen", comma(a))
            G.fact(pg, None, "計", fy, fyr, "total", "collected", "actual", c * 1000, "yen", comma(c))
            G.fact(pg, None, "計", fy, fyr, "total", "collection_rate", "actual", rr, "percent", fr(rr))
        if extra:
            add(f'<td class="n">{comma(swo)}</td><td class="n">{comma(sout)}</td>')
            G.fact(pg, None, "計", 2022, "令和4年度", "total", "written_off", "actual", swo * 1000, "yen", comma(swo))
            G.fact(pg, None, "計", 2022, "令和4年度", "total", "outstanding", "actual", sout * 1000, "yen", comma(sout))
        add("</tr></tbody></table>")
        return sums

    pg = 4
    wide_page(pg, [2018, 2019, 2020], False, False)
    add('<div class="note">※　調定額、収入済額は現年度分と滞納繰越分の合計。水道料金は水道事業会計（税抜）。H30は平成30年度。右側の列は次ページに続く。</div>')
    # segment detail for the latest year below (three-level header)
    add('<div class="caption" style="margin-top:12pt"><span>表３－２　令和4年度の区分別の収納状況</span><span>（単位：千円、％）</span></div>')
    add('<table><thead><tr><th rowspan="3">債権名</th><th colspan="9">令和４（2022）年度</th></tr>'
        '<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr><tr>'
        + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 3 + "</tr></thead><tbody>")
    for k in names:
        r = data[k]["rows"][2022]
        add(f'<tr><td class="l">{e(data[k]["name"])}</td>')
        for seg, a, c, rt in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar"), ("total", "ta", "tc", "tr")):
            add(f'<td class="n">{comma(r[a])}</td><td class="n">{comma(r[c])}</td><td class="n">{fr(r[rt])}</td>')
            G.fact(pg, k, data[k]["name"], 2022, "令和４（2022）年度", seg, "assessed", "actual", r[a] * 1000, "yen", comma(r[a]))
            G.fact(pg, k, data[k]["name"], 2022, "令和４（2022）年度", seg, "collected", "actual", r[c] * 1000, "yen", comma(r[c]))
            G.fact(pg, k, data[k]["name"], 2022, "令和４（2022）年度", seg, "collection_rate", "actual", r[rt], "percent", fr(r[rt]))
        add("</tr>")
    add("</tbody></table>")
    end(pg)
    pg = 5
    wide_page(pg, [2021, 2022], True, True)
    add('<div class="note">※　収入未済額＝調定額－収入済額－不納欠損額。令和２年度は、徴収猶予の特例（約１億２千万円）の影響を含む。</div>')
    # 3年度 era-less in a small table of 徴収猶予? keep a prose block with era-less years
    rz = data["市税"]["rows"]
    d3 = rnd(rz[2021]["ar"] - rz[2020]["ar"])
    s_d3 = f"{d3:.2f}ポイント"
    add(f"<p style='margin-top:10pt'>市税の滞納繰越分の収納率は、２年度に徴収猶予の特例の影響で一時的に低下したが、3年度には{fr(rz[2021]['ar'])}％となり、"
        f"前年度から{s_d3}上昇した。令和4年度も{fr(rz[2022]['ar'])}％と改善が続いている。</p>")
    G.fact(pg, "市税", "市税", 2021, "3年度", "arrears", "collection_rate", "actual", rz[2021]["ar"], "percent", f"{fr(rz[2021]['ar'])}％")
    G.fact(pg, "市税", "市税", 2021, "3年度", "arrears", "difference", "actual", d3, "points", s_d3)
    G.fact(pg, "市税", "市税", 2022, "令和4年度", "arrears", "collection_rate", "actual", rz[2022]["ar"], "percent", f"{fr(rz[2022]['ar'])}％")
    # 図１: SVG bar chart of all-account outstanding (億円, one decimal); the labels are facts
    add('<div class="caption" style="margin-top:10pt"><span>図１　全会計の収入未済額の推移</span><span>（単位：億円）</span></div>')
    W, Hh, x0, base = 560, 190, 50, 165
    svg = [f'<svg width="{W}pt" height="{Hh}pt" viewBox="0 0 {W} {Hh}" xmlns="http://www.w3.org/2000/svg" '
           'style="font-family:IPAexGothic;font-size:9px">']
    svg.append(f'<line x1="{x0}" y1="{base}" x2="{W - 20}" y2="{base}" stroke="#333" stroke-width="0.8"/>')
    for k in range(0, 5):
        yv = base - k * 4 / 16 * 140
        svg.append(f'<line x1="{x0}" y1="{yv:.1f}" x2="{W - 20}" y2="{yv:.1f}" stroke="#bbb" stroke-width="0.4"/>')
        svg.append(f'<text x="{x0 - 6}" y="{yv + 3:.1f}" text-anchor="end">{k * 4}</text>')
    for i, fy in enumerate(yrs):
        v = rnd(acc[fy]["合計"] / 100_000, 1)
        h = v / 16 * 140
        bx = x0 + 30 + i * 95
        svg.append(f'<rect x="{bx}" y="{base - h:.1f}" width="48" height="{h:.1f}" fill="#7a9a6a"/>')
        svg.append(f'<text x="{bx + 24}" y="{base - h - 4:.1f}" text-anchor="middle" font-size="10">{v:.1f}</text>')
        svg.append(f'<text x="{bx + 24}" y="{base + 14}" text-anchor="middle">{ylab[fy]}</text>')
        G.fact(pg, None, None, fy, ylab[fy], "total", "outstanding", "actual", round(v * 100_000_000), "yen", f"{v:.1f}")
    svg.append("</svg>")
    add("".join(svg))
    add('<div class="note">※　表１の合計を億円単位（小数第２位を四捨五入）で表示。</div>')
    end(pg)

    # ---------------------------------------------------------------- p6 目標: long-format table
    pg = 6
    add('<section class="page">')
    add("<h2>４　計画の目標</h2>")
    add("<p>重点債権ごとに、現年度分及び滞納繰越分の目標収納率と、各年度末の収入未済額の目標額を次のとおり定める。"
        "令和５年度は決算見込であり、令和６年度以降が本計画の目標である。</p>")
    add('<div class="caption"><span>表４　重点債権の目標</span><span></span></div>')
    add("<table><thead><tr><th>債権名</th><th>年度</th><th>区分</th><th>現年度分収納率（％）</th><th>滞納繰越分収納率（％）</th>"
        "<th>収入未済額（千円）</th></tr></thead><tbody>")
    long_names = ["市税", "国民健康保険料", "介護保険料", "保育料", "市営住宅使用料"]
    for k in long_names:
        rows = data[k]["rows"]
        for fy in [2022, 2023] + TGT:
            fyl = both(fy)
            if fy == 2022:
                kb, basis = "実績", "actual"
                c, a = rows[fy]["cr"], rows[fy]["ar"]
            elif fy == 2023:
                kb, basis = "決算見込", "estimate"
                c, a = rows[fy]["cr"], rows[fy]["ar"]
            else:
                kb, basis = "目標", "target"
                c, a = rows[fy]["tcr"], rows[fy]["tar"]
            o = rows[fy]["out"]
            add(f'<tr><td class="l">{e(data[k]["name"])}</td><td class="l">{fyl}</td><td style="text-align:center">{kb}</td>'
                f'<td class="n">{fr(c)}</td><td class="n">{fr(a)}</td><td class="n">{comma(o)}</td></tr>')
            G.fact(pg, k, data[k]["name"], fy, fyl, "current", "collection_rate", basis, c, "percent", fr(c))
            G.fact(pg, k, data[k]["name"], fy, fyl, "arrears", "collection_rate", basis, a, "percent", fr(a))
            G.fact(pg, k, data[k]["name"], fy, fyl, "total", "outstanding", basis, o * 1000, "yen", comma(o))
    add("</tbody></table>")
    add('<div class="note">※　後期高齢者医療保険料及び水道料金の目標は、推進シートに記載している。</div>')
    rz22 = data["市税"]["rows"][2022]
    add('<div class="ref">【参考】第１次計画の最終年度（令和４年度）の主な実績<br>'
        f'・市税の収納率（現年度分）：{fr(rz22["cr"])}％<br>'
        f'・市税の不納欠損額：{comma(rz22["wo"])}千円<br>'
        f'・全会計の収入未済額：{s22}</div>')
    G.fact(pg, "市税", "市税", 2022, "令和４年度", "current", "collection_rate", "actual", rz22["cr"], "percent", f'{fr(rz22["cr"])}％')
    G.fact(pg, "市税", "市税", 2022, "令和４年度", "total", "written_off", "actual", rz22["wo"] * 1000, "yen", f'{comma(rz22["wo"])}千円')
    G.fact(pg, None, None, 2022, "令和４年度", "total", "outstanding", "actual", a22 * 1000, "yen", s22, approx=True)
    end(pg)

    # ---------------------------------------------------------------- p7-p8 推進シート
    sheets = [[("市税", SHEETS["市税"]), ("国民健康保険料", SHEETS["国民健康保険料"])],
              [("後期高齢者医療保険料", SHEETS["後期高齢者医療保険料"]), ("水道料金", SHEETS["水道料金"])]]
    for i, group in enumerate(sheets):
        pg = 7 + i
        add('<section class="page">')
        if i == 0:
            add("<h2>５　債権ごとの推進シート</h2>")
        for k, sh in group:
            name = data[k]["name"]
            rows = data[k]["rows"]
            add('<div class="sheet">')
            add(f"<h3>{sh['no']}　債権ごとの取組み（{e(name)}）</h3>")
            add(f'<div class="lv1">１　現状と課題</div>')
            r22 = rows[2022]
            s_out = f"{comma(r22['out'])}千円"
            add(f"<p>令和４年度決算の収入未済額は{s_out}で、現年度分の収納率は{fr(r22['cr'])}％である。{sh['issue']}</p>")
            G.fact(pg, k, name, 2022, "令和４年度", "total", "outstanding", "actual", r22["out"] * 1000, "yen", s_out)
            G.fact(pg, k, name, 2022, "令和４年度", "current", "collection_rate", "actual", r22["cr"], "percent", f"{fr(r22['cr'])}％")
            add('<div class="lv1">２　目標</div>')
            add('<table><thead><tr><th>区分</th>' + "".join(f"<th>{jp(fy)}</th>" for fy in TGT) + "</tr></thead><tbody>")
            for seg, key, lab in (("current", "tcr", "現年度分収納率（％）"), ("arrears", "tar", "滞納繰越分収納率（％）")):
                add(f'<tr><td class="l">{lab}</td>' + "".join(f'<td class="n">{fr(rows[fy][key])}</td>' for fy in TGT) + "</tr>")
                for fy in TGT:
                    G.fact(pg, k, name, fy, jp(fy), seg, "collection_rate", "target", rows[fy][key], "percent", fr(rows[fy][key]))
            add('<tr><td class="l">収入未済額（千円）</td>' + "".join(f'<td class="n">{comma(rows[fy]["out"])}</td>' for fy in TGT)
                + "</tr></tbody></table>")
            for fy in TGT:
                G.fact(pg, k, name, fy, jp(fy), "total", "outstanding", "target", rows[fy]["out"] * 1000, "yen", comma(rows[fy]["out"]))
            add('<div class="lv1">３　取組内容</div>')
            for l2, l2title, subs in sh["items"]:
                add(f'<div class="lv2">{l2}{e(l2title)}</div>')
                for l3, l3title, leaves in subs:
                    if leaves is None:  # ア-level item with its own text
                        text, st, alone = l3title
                        tag = f'<span class="tag">【{st}】</span>' if alone else f"【{st}】"
                        add(f'<div class="lv3">{l3}　{e(text)}{tag}</div>')
                        G.init(pg, k, name, 2024, l2title, f"{l2}{l3}", text, st)
                        continue
                    add(f'<div class="lv3">{l3}　{e(l3title)}</div>')
                    for l4, text, st, alone in leaves:
                        tag = f'<span class="tag">【{st}】</span>' if alone else f"【{st}】"
                        add(f'<div class="lv3" style="margin-left:3.2em">{l4}　{e(text)}{tag}</div>')
                        G.init(pg, k, name, 2024, l3title, f"{l2}{l3}{l4}", text, st)
            add("</div>")
        end(pg)

    doc = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{"".join(H)}</body></html>'
    src = WORK / f"{STEM}.html"
    src.write_text(doc, encoding="utf-8")
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    out = PDF_DIR / f"{STEM}.pdf"
    chromium_pdf(src, out)
    G.write(out)


SHEETS = {
    "市税": dict(no="推進シート１", issue="高額・長期の滞納事案が滞納繰越分の大半を占めており、早期の財産調査と滞納処分の徹底が課題である。", items=[
        ("（１）", "滞納の未然防止", [
            ("ア", "納付環境の充実", [("(ｱ)", "納税通知書にWeb口座振替受付サービスの案内を同封する。", "新規", False),
                              ("(ｲ)", "スマートフォン決済及び地方税統一QRコードによる納付を周知する。", "継続", False)]),
            ("イ", ("新たに納税義務者となった市民に対し、口座振替の利用を勧奨する。", "継続", True), None)]),
        ("（２）", "滞納整理の強化", [
            ("ア", "早期着手", [("(ｱ)", "督促状の発送後、納期限から30日以内に文書催告を行う。", "継続", False),
                            ("(ｲ)", "滞納繰越となった事案は、年度当初に財産調査を完了する。", "拡充", True)]),
            ("イ", ("徳島県との併任徴収により、高額滞納事案の整理を進める。", "継続", False), None)]),
    ]),
    "国民健康保険料": dict(no="推進シート２", issue="被保険者の所得水準が低く、滞納繰越分の収納率が他の債権に比べて低い。", items=[
        ("（１）", "滞納の未然防止", [
            ("ア", ("資格取得時に口座振替の申込みを案内する。", "継続", False), None),
            ("イ", ("短期被保険者証の交付時に納付相談を行う。", "継続", True), None)]),
        ("（２）", "滞納整理の強化", [
            ("ア", "財産調査と滞納処分", [("(ｱ)", "預貯金調査の電子照会を活用し、調査期間を短縮する。", "新規", False),
                                  ("(ｲ)", "納付誓約の不履行者には速やかに差押えを行う。", "継続", False)]),
            ("イ", ("生活困窮者には、自立相談支援機関と連携して納付相談を行う。", "拡充", False), None)]),
    ]),
    "後期高齢者医療保険料": dict(no="推進シート３", issue="年金からの特別徴収が大半であり、普通徴収となる新規加入者の滞納防止が課題である。", items=[
        ("（１）", "普通徴収対象者への対応", [
            ("ア", ("75歳到達の案内に口座振替依頼書を同封する。", "継続", False), None),
            ("イ", ("納期限後の電話催告を早期に行う。", "継続", False), None)]),
        ("（２）", "滞納繰越分の整理", [
            ("ア", ("徴収の見込みがない事案は、執行停止を適正に行う。", "継続", True), None)]),
    ]),
    "水道料金": dict(no="推進シート４", issue="転居による未納が多く、閉栓時の精算の徹底が課題である。", items=[
        ("（１）", "未納の防止", [
            ("ア", ("開栓時に口座振替の申込みを原則とする。", "継続", False), None),
            ("イ", ("閉栓時の精算を窓口とコンビニ納付で確実に行う。", "拡充", False), None)]),
        ("（２）", "滞納整理", [
            ("ア", "給水停止の運用", [("(ｱ)", "給水停止予告を月１回発送し、納付がない場合は給水を停止する。", "継続", False),
                              ("(ｲ)", "転居先不明の事案は、住民票の調査を行う。", "新規", True)])]),
    ]),
}

if __name__ == "__main__":
    build()
