"""fh_mihara_progress_1: 三原市 債権管理の取組状況（令和６年２月末現在） (HTML/CSS -> chromium).

    cd corpus/frozen32 && python3 build/fh_mihara_progress_1.py
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fh_common import PDF_DIR, WORK, Gold, chromium_pdf, comma, fr, frd, rate, rnd, zen  # noqa: E402

STEM = "fh_mihara_progress_1"
CITY = "三原市"
TITLE = "令和５年度 債権管理の取組状況について（令和６年２月末現在）"
FY, PFY = 2023, 2022
FEB, PFEB = "2024-02-29", "2023-02-28"
DEC, PDEC = "2023-12-31", "2022-12-31"
OCT, POCT = "2023-10-31", "2022-10-31"

# name printed, canonical, cur ass (千円), cur rate Feb, arr ass, arr rate Feb, prev cur rate, prev arr rate,
# est cur, est arr, target cur, target arr, prev-year assessed factor
D = [
    ("市税", "市税", 12_918_406, 89.85, 412_877, 27.12, 89.51, 25.40, 99.12, 31.50, 99.10, 30.00, 0.992),
    ("国民健康保険税", "国民健康保険料", 2_312_540, 78.64, 501_226, 19.85, 78.20, 18.73, 93.90, 22.10, 94.00, 22.00, 1.018),
    ("介護保険料", "介護保険料", 2_205_318, 91.32, 41_509, 16.40, 91.05, 15.22, 98.95, 19.80, 99.00, 19.00, 0.997),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 1_146_227, 92.47, 6_905, 38.21, 92.30, 35.06, 99.55, 45.00, 99.50, 42.00, 0.978),
    ("保育所保育料", "保育料", 182_440, 89.96, 12_337, 14.85, 89.41, 13.02, 98.60, 18.00, 98.50, 17.00, 1.021),
    ("市営住宅使用料", "市営住宅使用料", 318_652, 88.21, 84_215, 9.87, 87.95, 10.35, 96.80, 12.50, 97.00, 12.00, 1.006),
    ("下水道使用料", "下水道使用料", 1_384_905, 84.30, 38_614, 31.26, 84.02, 29.85, 98.70, 36.00, 98.80, 35.00, 0.995),
    ("農業集落排水施設使用料", "農業集落排水施設使用料", 61_872, 84.55, 2_106, 28.41, 84.10, 27.64, 98.50, 33.00, 98.50, 32.00, 0.990),
    ("奨学金貸付金返還金", "奨学金貸付金", 24_816, 81.27, 18_330, 7.45, 81.90, 6.91, 95.40, 10.00, 95.00, 10.00, 1.012),
]
SPLIT = 8  # rows on page 2; the rest continue on page 3 with the header repeated

# monthly trend (10月末, 12月末) rates; 2月末 comes from D
TREND = {
    "市税": {"cur": [(61.08, 60.75), (74.36, 73.98)], "arr": [(15.84, 14.62), (20.47, 19.03)]},
    "国民健康保険税": {"cur": [(44.12, 43.86), (59.31, 58.95)], "arr": [(10.27, 9.88), (14.66, 13.71)]},
}
# 市税 現年度分 by area at 2月末: share of assessed, rate, previous-year rate
AREAS = [("三原地域", 0.742, 90.12, 89.80), ("本郷地域", 0.128, 89.41, 89.02), ("久井地域", 0.043, 88.06, 88.11),
         ("大和地域", 0.087, 88.73, 88.35)]


def R(fy, z=False):
    n = fy - 2018
    return f"令和{zen(n) if z else n}年度"


def compute():
    rows = []
    for (name, canon, ca, cr, aa, ar, pcr, par, ecr, ear, tcr, tar, pf) in D:
        cc = round(ca * cr / 100)
        ac = round(aa * ar / 100)
        pca = round(ca * pf)
        paa = round(aa * pf * 1.03)
        pcc = round(pca * pcr / 100)
        pac = round(paa * par / 100)
        # year-end estimate
        ecc = round(ca * 1.002 * ecr / 100)
        eca = round(ca * 1.002)
        eac = round(aa * ear / 100)
        ewo = round(aa * 0.035)
        eout = (eca - ecc) + (aa - eac - ewo)
        rows.append(dict(name=name, canon=canon, ca=ca, cc=cc, cr=rate(cc, ca), aa=aa, ac=ac, ar=rate(ac, aa),
                         ta=ca + aa, tc=cc + ac, tr=rate(cc + ac, ca + aa),
                         pcr=pcr, par=par, ptr=rate(pcc + pac, pca + paa), pca=pca, paa=paa, pcc=pcc, pac=pac,
                         eca=eca, ecc=ecc, ecr=rate(ecc, eca), ear=rate(eac, aa), etr=rate(ecc + eac, eca + aa),
                         eac=eac, eout=eout, ewo=ewo, tcr=tcr, tar=tar,
                         aout=aa - ac, paout=paa - pac))
    return rows


CSS = """
@page { size: A4 portrait; margin: 16mm 15mm 14mm 15mm; }
body { font-family: "IPAexGothic"; font-size: 9.5pt; color: #111; margin: 0; }
.page { break-after: page; position: relative; height: 265mm; overflow: hidden; }
.page:last-child { break-after: auto; }
.hdr { font-size: 8pt; color: #555; border-bottom: 1px solid #777; padding-bottom: 2pt; margin-bottom: 8pt;
       display: flex; justify-content: space-between; }
h1 { font-size: 15pt; text-align: center; margin: 18pt 0 4pt 0; letter-spacing: 1pt; }
.sub { text-align: right; font-size: 9.5pt; line-height: 1.5; margin-bottom: 10pt; }
h2 { font-size: 11.5pt; margin: 12pt 0 5pt 0; border-left: 5pt solid #2f5b8a; padding-left: 5pt; }
h3 { font-size: 10pt; margin: 8pt 0 3pt 0; }
p { font-family: "IPAexMincho"; line-height: 1.7; margin: 2pt 0 4pt 0; text-indent: 1em; text-align: justify; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; }
th, td { border: 0.6pt solid #444; padding: 3.2pt 3pt; }
th { background: #dde6f1; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; }
td.l { text-align: left; }
.cap { display: flex; justify-content: space-between; font-size: 9pt; margin: 6pt 0 2pt 0; }
.note { font-size: 7.8pt; line-height: 1.45; margin-top: 2pt; }
.box { border: 1pt solid #2f5b8a; padding: 5pt 10pt; margin: 8pt 0; }
.box .t { font-weight: bold; color: #2f5b8a; }
.box ul { margin: 3pt 0 0 0; padding-left: 14pt; }
.tot td { background: #eef2f8; }
.zebra tr:nth-child(even) td { background: #f2f5f2; }
.zebra td { border: none; } .zebra th { border: none; background: #cfdccf; }
.zebra { border-top: 1.2pt solid #333; border-bottom: 1.2pt solid #333; }
.chart { display: flex; align-items: flex-end; margin: 14pt 0 0 30pt; gap: 22pt; padding-left: 10pt;
         border-left: 0.8pt solid #333; }
.col { width: 80pt; }
.grp { display: flex; align-items: flex-end; justify-content: center; gap: 4pt; height: 170pt; border-bottom: 0.8pt solid #333; }
.col .x { text-align: center; font-size: 7.8pt; margin-top: 3pt; height: 20pt; }
.bar { width: 26pt; position: relative; }
.bar span { position: absolute; top: -12pt; left: -8pt; width: 42pt; text-align: center; font-size: 7.5pt; }
.legend { font-size: 7.8pt; margin: 4pt 0 0 30pt; }
.legend i { display: inline-block; width: 9pt; height: 7pt; margin: 0 3pt 0 8pt; }
.two { column-count: 2; column-gap: 16pt; column-rule: 0.5pt solid #999; }
.two p { font-size: 9pt; }
.two h3 { break-after: avoid; }
.items { font-family: "IPAexMincho"; font-size: 9pt; line-height: 1.6; margin: 0 0 6pt 0; padding-left: 0; list-style: none; }
.items li { padding-left: 1em; text-indent: -1em; }
.side { display: flex; gap: 12pt; align-items: flex-start; }
.side > div { flex: 1; }
.pno { position: absolute; bottom: 0; left: 0; right: 0; text-align: center; font-size: 8pt; }
"""


def build():
    G = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-03-21", "令和６年３月２１日")
    rows = compute()
    H = []
    add = H.append
    e = html.escape

    def hdr(no):
        add(f'<div class="hdr"><span>三原市債権管理推進会議（令和５年度第３回）資料２</span><span>{no}</span></div>')

    # ------------------------------------------------------------------ page 1
    pg = 1
    add('<section class="page">')
    hdr("")
    add(f"<h1>令和５年度　債権管理の取組状況について</h1>")
    add('<div style="text-align:center;font-size:11pt">（令和６年２月末現在）</div>')
    add('<div class="sub">令和６年３月２１日<br>財務部　債権管理課</div>')
    tot = dict(ca=sum(r["ca"] for r in rows), cc=sum(r["cc"] for r in rows), aa=sum(r["aa"] for r in rows),
               ac=sum(r["ac"] for r in rows), pca=sum(r["pca"] for r in rows), pcc=sum(r["pcc"] for r in rows),
               paa=sum(r["paa"] for r in rows), pac=sum(r["pac"] for r in rows))
    cur_r = rate(tot["cc"], tot["ca"])
    pcur_r = rate(tot["pcc"], tot["pca"])
    arr_r = rate(tot["ac"], tot["aa"])
    parr_r = rate(tot["pac"], tot["paa"])
    d_cur = rnd(cur_r - pcur_r)
    d_arr = rnd(arr_r - parr_r, 1)
    aout = tot["aa"] - tot["ac"]
    paout = tot["paa"] - tot["pac"]
    oku_aout = round(aout / 10) * 10000       # 万円単位
    d_out = round((aout - paout) / 10) * 10000

    def okuman(y):
        man = abs(y) // 10000
        o, m = divmod(man, 10000)
        return (f"{o}億{comma(m)}万円" if m else f"{o}億円") if o else f"{comma(m)}万円"

    s1 = f"{fr(cur_r)}％"
    s2 = f"{fr(abs(d_cur))}ポイント"
    s3 = f"{fr(arr_r)}％"
    s4 = f"{abs(d_arr):.1f}ポイント"
    s5 = "約" + okuman(oku_aout)
    s6 = "約" + okuman(d_out)
    add("<h2>１　概要</h2>")
    add(f"<p>令和６年２月末現在の主要９債権の現年度分の収納率は{s1}で、前年同月比{s2}{'上昇' if d_cur >= 0 else '低下'}した。"
        f"滞納繰越分の収納率は{s3}で、前年同月から{s4}{'改善' if d_arr >= 0 else '悪化'}している。"
        f"滞納繰越分の収入未済額は{s5}で、前年同月から{s6}{'減少' if d_out < 0 else '増加'}した。</p>")
    n_ok = sum(1 for r in rows if r["ecr"] >= r["tcr"])
    add("<p>年度末に向けては、３月の出納整理期間までを滞納整理の強化期間と位置付け、各債権所管課において催告と財産調査を集中して実施する。"
        f"現年度分の目標収納率は、市税を含む{zen(n_ok)}債権で達成できる見込みである（６ページ参照）。</p>")
    G.fact(pg, None, None, FY, "令和６年２月末", "current", "collection_rate", "interim", cur_r, "percent", s1, as_of=FEB)
    G.fact(pg, None, None, FY, "令和６年２月末", "current", "difference", "interim", d_cur, "points", s2, as_of=FEB)
    G.fact(pg, None, None, FY, "令和６年２月末", "arrears", "collection_rate", "interim", arr_r, "percent", s3, as_of=FEB)
    G.fact(pg, None, None, FY, "令和６年２月末", "arrears", "difference", "interim", d_arr, "points", s4, as_of=FEB)
    G.fact(pg, None, None, FY, "令和６年２月末", "arrears", "outstanding", "interim", oku_aout, "yen", s5, approx=True, as_of=FEB)
    G.fact(pg, None, None, FY, "令和６年２月末", "arrears", "difference", "interim", d_out, "yen", s6, approx=True, as_of=FEB)
    assert d_cur > 0 and d_arr > 0 and d_out < 0
    # 【収納率】 heading over segment bullets
    sz = rows[0]
    add('<div class="box"><div class="t">【収納率】令和６年２月末時点（市税）</div><ul>')
    for lab, seg, v, pv in (("現年分", "current", sz["cr"], sz["pcr"]), ("滞納繰越分", "arrears", sz["ar"], sz["par"]),
                            ("合計", "total", sz["tr"], sz["ptr"])):
        add(f"<li>{lab}　{fr(v)}％（前年同月 {fr(pv)}％）</li>")
        G.fact(pg, "市税", "市税", FY, "令和６年２月末", seg, "collection_rate", "interim", v, "percent", f"{fr(v)}％", as_of=FEB)
        G.fact(pg, "市税", "市税", PFY, "前年同月", seg, "collection_rate", "interim", pv, "percent", f"{fr(pv)}％", as_of=PFEB)
    add("</ul></div>")
    add('<div class="cap"><span>（参考）１２月の滞納整理強化月間の実施結果（全庁）</span><span>（単位：件）</span></div>')
    add('<table><thead><tr><th>区分</th><th>文書催告</th><th>電話催告</th><th>臨戸訪問</th><th>財産調査</th><th>差押え</th></tr></thead>'
        '<tbody><tr><td class="l">令和５年１２月</td><td class="n">5,284</td><td class="n">3,917</td><td class="n">642</td>'
        '<td class="n">1,806</td><td class="n">213</td></tr><tr><td class="l">令和４年１２月</td><td class="n">5,011</td>'
        '<td class="n">3,402</td><td class="n">701</td><td class="n">1,544</td><td class="n">187</td></tr></tbody></table>')
    # chart: 現年度分収納率 2月末, R4 vs R5, four debts; labels are facts
    add("<h2>図　主要債権の現年度分収納率（各年度２月末）</h2>")
    add('<div style="font-size:7.8pt;margin-left:4pt">（％）</div>')
    add('<div class="chart">')
    lo = 70.0
    for r in rows[:4]:
        add('<div class="col"><div class="grp">')
        for v, col in ((r["pcr"], "#9db4cf"), (r["cr"], "#2f5b8a")):
            h = (v - lo) / (100 - lo) * 150
            add(f'<div class="bar" style="height:{h:.1f}pt;background:{col}"><span>{fr(v)}</span></div>')
        add(f'</div><div class="x">{e(r["name"])}</div></div>')
        G.fact(pg, r["canon"], r["name"], PFY, "令和４年度", "current", "collection_rate", "interim", r["pcr"], "percent",
               fr(r["pcr"]), as_of=PFEB)
        G.fact(pg, r["canon"], r["name"], FY, "令和５年度", "current", "collection_rate", "interim", r["cr"], "percent",
               fr(r["cr"]), as_of=FEB)
    add("</div>")
    add('<div class="legend"><i style="background:#9db4cf"></i>令和４年度（令和５年２月末）'
        '<i style="background:#2f5b8a"></i>令和５年度（令和６年２月末）　※縦軸は70％から表示</div>')
    add(f'<div class="pno">- {pg} -</div></section>')

    # ------------------------------------------------------------------ page 2 (+3): summary, broken table
    def summary_head():
        add('<table><thead><tr><th rowspan="3">債権名</th><th colspan="9">令和５年度（令和６年２月末現在）</th></tr>')
        add('<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr><tr>')
        add("<th>調定額</th><th>収入済額</th><th>収納率</th>" * 3)
        add("</tr></thead><tbody>")

    def summary_row(page, r, total=False):
        cls = ' class="tot"' if total else ""
        add(f'<tr{cls}><td class="l">{e(r["name"])}</td>')
        debt = None if total else r["canon"]
        raw = r["name"]
        for seg, a, c, rt in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar"), ("total", "ta", "tc", "tr")):
            add(f'<td class="n">{comma(r[a])}</td><td class="n">{comma(r[c])}</td><td class="n">{fr(r[rt])}</td>')
            G.fact(page, debt, raw, FY, "令和５年度", seg, "assessed", "interim", r[a] * 1000, "yen", comma(r[a]), as_of=FEB)
            G.fact(page, debt, raw, FY, "令和５年度", seg, "collected", "interim", r[c] * 1000, "yen", comma(r[c]), as_of=FEB)
            G.fact(page, debt, raw, FY, "令和５年度", seg, "collection_rate", "interim", r[rt], "percent", fr(r[rt]), as_of=FEB)
        add("</tr>")

    pg = 2
    add('<section class="page">')
    hdr("")
    add("<h2>２　債権別の収納状況</h2>")
    add("<p>主要９債権の令和６年２月末現在の調定額、収入済額及び収納率は次のとおりである。"
        "調定額は２月末までに調定した額であり、年度末までに増減することがある。</p>")
    # 前年同月 comparison: debts as rows, rates only, 前年同月比 with ▲
    add('<div class="cap"><span>表１　前年同月との比較（収納率）</span><span>（単位：％、ポイント）</span></div>')
    add('<table><thead><tr><th rowspan="2">債権名</th><th colspan="3">令和６年２月末</th><th colspan="3">令和５年２月末（前年同月）</th>'
        '<th colspan="3">前年同月比</th></tr><tr>' + "<th>現年度分</th><th>滞納繰越分</th><th>計</th>" * 3 + "</tr></thead><tbody>")
    for r in rows:
        add(f'<tr><td class="l">{e(r["name"])}</td>')
        cells = []
        for seg, k in (("current", "cr"), ("arrears", "ar"), ("total", "tr")):
            cells.append(fr(r[k]))
            G.fact(pg, r["canon"], r["name"], FY, "令和６年２月末", seg, "collection_rate", "interim", r[k], "percent", fr(r[k]), as_of=FEB)
        for seg, k in (("current", "pcr"), ("arrears", "par"), ("total", "ptr")):
            cells.append(fr(r[k]))
            G.fact(pg, r["canon"], r["name"], PFY, "令和５年２月末", seg, "collection_rate", "interim", r[k], "percent", fr(r[k]),
                   as_of=PFEB)
        for seg, k, pk in (("current", "cr", "pcr"), ("arrears", "ar", "par"), ("total", "tr", "ptr")):
            dv = rnd(r[k] - r[pk])
            cells.append(frd(dv, mark="▲"))
            G.fact(pg, r["canon"], r["name"], FY, "令和６年２月末", seg, "difference", "interim", dv, "points", frd(dv, mark="▲"),
                   as_of=FEB)
        add("".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
    add("</tbody></table>")
    add('<div class="note">※　前年同月比は、令和６年２月末の収納率から令和５年２月末の収納率を差し引いたもの（▲は低下）。</div>')
    add('<div class="cap"><span>表２　債権別収納状況（２月末）</span><span>（単位：千円、％）</span></div>')
    summary_head()
    for r in rows[:SPLIT]:
        summary_row(pg, r)
    add("</tbody></table>")
    add('<div class="note" style="text-align:right">（次ページへ続く）</div>')
    add(f'<div class="pno">- {pg} -</div></section>')

    pg = 3
    add('<section class="page">')
    hdr("")
    add('<div class="cap"><span>表２　債権別収納状況（２月末）（続き）</span><span>（単位：千円、％）</span></div>')
    summary_head()
    for r in rows[SPLIT:]:
        summary_row(pg, r)
    T = dict(name="計", canon=None, ca=tot["ca"], cc=tot["cc"], cr=cur_r, aa=tot["aa"], ac=tot["ac"], ar=arr_r,
             ta=tot["ca"] + tot["aa"], tc=tot["cc"] + tot["ac"], tr=rate(tot["cc"] + tot["ac"], tot["ca"] + tot["aa"]))
    summary_row(pg, T, total=True)
    add("</tbody></table>")
    add('<div class="note">※　奨学金貸付金返還金の現年度分は、令和５年度に償還期日が到来した分。</div>')
    # monthly trend
    add("<h2>３　月別の収納状況の推移</h2>")
    add("<p>市税及び国民健康保険税について、１０月末、１２月末及び２月末の収納率を前年同月と比較した。"
        "１２月末以降、現年度分はいずれの月も前年同月を上回って推移している。</p>")
    months = [("10月末", OCT, POCT), ("12月末", DEC, PDEC), ("２月末", FEB, PFEB)]
    for r in rows[:2]:
        add(f'<div class="cap"><span>表{3 if r["name"] == "市税" else 4}　{e(r["name"])}の月別収納率</span><span>（単位：％）</span></div>')
        add('<table class="zebra"><colgroup><col style="width:16%">' + '<col style="width:14%">' * 6 + '</colgroup>'
            '<thead><tr><th rowspan="2">時点</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th></tr>'
            "<tr>" + "<th>令和５年度</th><th>令和４年度<br>（前年同月）</th><th>差</th>" * 2 + "</tr></thead><tbody>")
        for i, (lab, a, pa) in enumerate(months):
            if i < 2:
                cur = TREND[r["name"]]["cur"][i]
                arr = TREND[r["name"]]["arr"][i]
            else:
                cur = (r["cr"], r["pcr"])
                arr = (r["ar"], r["par"])
            tds = []
            for seg, (v, pv) in (("current", cur), ("arrears", arr)):
                dv = rnd(v - pv)
                tds += [fr(v), fr(pv), frd(dv, mark="▲")]
                G.fact(pg, r["canon"], r["name"], FY, lab, seg, "collection_rate", "interim", v, "percent", fr(v), as_of=a)
                G.fact(pg, r["canon"], r["name"], PFY, "前年同月", seg, "collection_rate", "interim", pv, "percent", fr(pv), as_of=pa)
                G.fact(pg, r["canon"], r["name"], FY, lab, seg, "difference", "interim", dv, "points", frd(dv, mark="▲"), as_of=a)
            add(f'<tr><td class="l">{lab}</td>' + "".join(f'<td class="n">{t}</td>' for t in tds) + "</tr>")
        add("</tbody></table>")
    # side by side: metric in the row header (debts as columns) | debts as rows
    add('<h3>（参考）１２月末時点の収入未済額と収納率</h3><div class="side"><div>')
    add('<table><thead><tr><th>区分</th><th>市税</th><th>国民健康保険税</th></tr></thead><tbody>')
    dec_out = {"市税": (round(rows[0]["ca"] * (1 - TREND["市税"]["cur"][1][0] / 100)),
                       round(rows[0]["aa"] * (1 - TREND["市税"]["arr"][1][0] / 100))),
               "国民健康保険税": (round(rows[1]["ca"] * (1 - TREND["国民健康保険税"]["cur"][1][0] / 100)),
                           round(rows[1]["aa"] * (1 - TREND["国民健康保険税"]["arr"][1][0] / 100)))}
    for k, seg, lab in ((0, "current", "収入未済額（現年度分）（千円）"), (1, "arrears", "収入未済額（滞納繰越分）（千円）")):
        add(f'<tr><th style="text-align:left">{lab}</th>')
        for r in rows[:2]:
            v = dec_out[r["name"]][k]
            add(f'<td class="n">{comma(v)}</td>')
            G.fact(pg, r["canon"], r["name"], FY, "１２月末", seg, "outstanding", "interim", v * 1000, "yen", comma(v), as_of=DEC)
        add("</tr>")
    add("</tbody></table></div><div>")
    add('<table><thead><tr><th>債権名</th><th>現年度分収納率（％）</th><th>滞納繰越分収納率（％）</th></tr></thead><tbody>')
    for r in rows[:2]:
        c, a = TREND[r["name"]]["cur"][1][0], TREND[r["name"]]["arr"][1][0]
        add(f'<tr><td class="l">{e(r["name"])}</td><td class="n">{fr(c)}</td><td class="n">{fr(a)}</td></tr>')
        G.fact(pg, r["canon"], r["name"], FY, "１２月末", "current", "collection_rate", "interim", c, "percent", fr(c), as_of=DEC)
        G.fact(pg, r["canon"], r["name"], FY, "１２月末", "arrears", "collection_rate", "interim", a, "percent", fr(a), as_of=DEC)
    add("</tbody></table></div></div>")
    add("<p>１２月末時点では、市税の滞納繰越分の収入未済額が前年同月を下回っており、差押えの前倒しによる効果が表れている。"
        "国民健康保険税は、資格喪失世帯の未納分が滞納繰越分の収入未済額の約４割を占めていることから、転出先の調査を継続する。</p>")
    add(f'<div class="pno">- {pg} -</div></section>')

    # ------------------------------------------------------------------ page 4: areas + two-column prose
    pg = 4
    add('<section class="page">')
    hdr("")
    add("<h2>４　地域別の状況（市税・現年度分）</h2>")
    add('<div class="cap"><span>表５　地域別の市税（現年度分）収納状況（令和６年２月末）</span><span></span></div>')
    add('<table><thead><tr><th>地域</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th>'
        '<th>前年同月収納率（％）</th><th>差（ポイント）</th></tr></thead><tbody>')
    sz = rows[0]
    rest_a, rest_c = sz["ca"], sz["cc"]
    for i, (area, share, rt, prt) in enumerate(AREAS):
        if i < len(AREAS) - 1:
            a = round(sz["ca"] * share)
            c = round(a * rt / 100)
        else:
            a, c = rest_a, rest_c
        rest_a -= a
        rest_c -= c
        rr = rate(c, a)
        dv = rnd(rr - prt)
        add(f'<tr><td class="l">{area}</td><td class="n">{comma(a)}</td><td class="n">{comma(c)}</td><td class="n">{fr(rr)}</td>'
            f'<td class="n">{fr(prt)}</td><td class="n">{frd(dv, mark="▲")}</td></tr>')
        G.fact(pg, "市税", "市税", FY, "令和６年２月末", "current", "assessed", "interim", a * 1000, "yen", comma(a), as_of=FEB, area=area)
        G.fact(pg, "市税", "市税", FY, "令和６年２月末", "current", "collected", "interim", c * 1000, "yen", comma(c), as_of=FEB, area=area)
        G.fact(pg, "市税", "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", rr, "percent", fr(rr), as_of=FEB, area=area)
        G.fact(pg, "市税", "市税", PFY, "前年同月", "current", "collection_rate", "interim", prt, "percent", fr(prt), as_of=PFEB, area=area)
        G.fact(pg, "市税", "市税", FY, "令和６年２月末", "current", "difference", "interim", dv, "points", frd(dv, mark="▲"),
               as_of=FEB, area=area)
    add(f'<tr class="tot"><td class="l">計</td><td class="n">{comma(sz["ca"])}</td><td class="n">{comma(sz["cc"])}</td>'
        f'<td class="n">{fr(sz["cr"])}</td><td class="n">{fr(sz["pcr"])}</td><td class="n">{frd(rnd(sz["cr"] - sz["pcr"]), mark="▲")}</td></tr>')
    G.fact(pg, "市税", "市税", FY, "令和６年２月末", "current", "assessed", "interim", sz["ca"] * 1000, "yen", comma(sz["ca"]), as_of=FEB)
    G.fact(pg, "市税", "市税", FY, "令和６年２月末", "current", "collected", "interim", sz["cc"] * 1000, "yen", comma(sz["cc"]), as_of=FEB)
    G.fact(pg, "市税", "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", sz["cr"], "percent", fr(sz["cr"]), as_of=FEB)
    G.fact(pg, "市税", "市税", PFY, "前年同月", "current", "collection_rate", "interim", sz["pcr"], "percent", fr(sz["pcr"]), as_of=PFEB)
    G.fact(pg, "市税", "市税", FY, "令和６年２月末", "current", "difference", "interim", rnd(sz["cr"] - sz["pcr"]), "points",
           frd(rnd(sz["cr"] - sz["pcr"]), mark="▲"), as_of=FEB)
    add("</tbody></table>")
    add('<div class="note">※　地域は納税義務者の住所地による。本郷・久井・大和の各地域は、各支所において納付相談を受け付けている。</div>')
    add("<h2>５　債権別の取組状況</h2>")
    add('<div class="two">')
    for r, txt, items in PROSE:
        add(f"<h3>（{e(r)}）</h3>")
        body = txt(rows)
        add(f"<p>{body['text']}</p>")
        for f in body["facts"]:
            debt, debt_raw, fy, fyr, seg, metric, value, unit, raw, approx, as_of = f
            G.fact(pg, debt, debt_raw, fy, fyr, seg, metric, "interim", value, unit, raw, approx=approx, as_of=as_of)
        add('<ul class="items">')
        for lab, it, st in items:
            add(f"<li>{lab}{e(it)}【{st}】</li>")
            canon = [x for x in rows if x["name"] == r][0]["canon"]
            G.init(pg, canon, r, FY, "債権別の取組状況", lab, it, st)
        add("</ul>")
    add("</div>")
    add(f'<div class="pno">- {pg} -</div></section>')

    # ------------------------------------------------------------------ page 5: year-end estimate vs target
    pg = 5
    add('<section class="page">')
    hdr("")
    add("<h2>６　年度末の見込み</h2>")
    add("<p>２月末までの収納実績と例年の３月の収納額を基に、令和５年度（2023年度）決算における収納率を推計した。"
        "目標は、三原市債権管理計画に定める令和５年度の目標収納率である。</p>")
    add('<div class="cap"><span>表６　令和５年度の収納率の見込みと目標</span><span>（単位：％、千円）</span></div>')
    add('<table><thead><tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th>'
        '<th rowspan="2">収入未済額<br>（決算見込）</th></tr><tr>' + "<th>決算見込</th><th>目標</th><th>差</th>" * 2 + "</tr></thead><tbody>")
    for r in rows:
        dc = rnd(r["ecr"] - r["tcr"])
        da = rnd(r["ear"] - r["tar"])
        add(f'<tr><td class="l">{e(r["name"])}</td><td class="n">{fr(r["ecr"])}</td><td class="n">{fr(r["tcr"])}</td>'
            f'<td class="n">{frd(dc, mark="▲")}</td><td class="n">{fr(r["ear"])}</td><td class="n">{fr(r["tar"])}</td>'
            f'<td class="n">{frd(da, mark="▲")}</td><td class="n">{comma(r["eout"])}</td></tr>')
        for seg, v, t, dv in (("current", r["ecr"], r["tcr"], dc), ("arrears", r["ear"], r["tar"], da)):
            G.fact(pg, r["canon"], r["name"], FY, "令和５年度", seg, "collection_rate", "estimate", v, "percent", fr(v))
            G.fact(pg, r["canon"], r["name"], FY, "令和５年度", seg, "collection_rate", "target", t, "percent", fr(t))
            G.fact(pg, r["canon"], r["name"], FY, "令和５年度", seg, "difference", "estimate", dv, "points", frd(dv, mark="▲"))
        G.fact(pg, r["canon"], r["name"], FY, "令和５年度", "total", "outstanding", "estimate", r["eout"] * 1000, "yen", comma(r["eout"]))
    eo = sum(r["eout"] for r in rows)
    add(f'<tr class="tot"><td class="l">計</td><td colspan="6" class="n" style="text-align:center">－</td><td class="n">{comma(eo)}</td></tr>')
    G.fact(pg, None, "計", FY, "令和５年度", "total", "outstanding", "estimate", eo * 1000, "yen", comma(eo))
    add("</tbody></table>")
    s_arr = sum(r["aa"] - r["eac"] - r["ewo"] for r in rows)
    add(f'<div class="note">※　収入未済額（決算見込）の計のうち、滞納繰越分 {comma(s_arr)}千円。'
        "差は決算見込から目標を差し引いたもの（▲は目標未達の見込み）。</div>")
    G.fact(pg, None, "計", FY, "令和５年度", "arrears", "outstanding", "estimate", s_arr * 1000, "yen", f"{comma(s_arr)}千円")
    ok = sum(1 for r in rows if r["ecr"] >= r["tcr"])
    add("<h2>７　今後の取組</h2>")
    add(f"<p>現年度分の目標収納率は、９債権のうち{zen(ok)}債権で達成できる見込みである。目標に達しない見込みの債権については、"
        "３月末までの催告を強化するとともに、次年度当初の滞納繰越分の早期着手に向けた準備を進める。</p>")
    add("<p>また、令和６年度は債権管理計画の最終年度にあたることから、各債権の取組の効果を検証し、次期計画の策定に反映させる。"
        "本会議において、令和６年度の各債権の目標収納率を決定する予定である。</p>")
    add('<div class="box"><div class="t">【参考】令和６年度の目標収納率（案）</div><ul>')
    for name, canon, c, a in (("市税", "市税", 99.15, 31.00), ("国民健康保険税", "国民健康保険料", 94.10, 22.50),
                              ("介護保険料", "介護保険料", 99.00, 20.00)):
        add(f"<li>{name}：現年度分 {fr(c)}％、滞納繰越分 {fr(a)}％</li>")
        G.fact(pg, canon, name, 2024, "令和６年度", "current", "collection_rate", "target", c, "percent", f"{fr(c)}％")
        G.fact(pg, canon, name, 2024, "令和６年度", "arrears", "collection_rate", "target", a, "percent", f"{fr(a)}％")
    add("</ul></div>")
    add('<div class="box"><div class="t">今後のスケジュール（予定）</div><ul>'
        "<li>令和６年４月　令和５年度出納閉鎖に向けた最終催告</li>"
        "<li>令和６年６月　令和５年度決算の確定、債権管理推進会議（第１回）</li>"
        "<li>令和６年１１月　上半期の取組状況の報告</li></ul></div>")
    add(f'<div class="pno">- {pg} -</div></section>')

    doc = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{"".join(H)}</body></html>'
    src = WORK / f"{STEM}.html"
    src.write_text(doc, encoding="utf-8")
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    out = PDF_DIR / f"{STEM}.pdf"
    chromium_pdf(src, out)
    G.write(out)


def _p_shizei(rows):
    r = rows[0]
    a, b = fr(r["cr"]), fr(rnd(r["cr"] - r["pcr"]))
    return {"text": f"市税の２月末の現年度分収納率は{a}％で、前年同月を{b}ポイント上回った。固定資産税の第４期の納期後の催告を１月に前倒しして実施した。",
            "facts": [("市税", "市税", FY, "令和６年２月末", "current", "collection_rate", r["cr"], "percent", f"{a}％", False, FEB),
                      ("市税", "市税", FY, "令和６年２月末", "current", "difference", rnd(r["cr"] - r["pcr"]), "points", f"{b}ポイント", False, FEB)]}


def _p_kokuho(rows):
    r = rows[1]
    out = round((r["aa"] - r["ac"]) / 10)  # 万円
    s = f"約{comma(out)}万円"
    return {"text": f"国民健康保険税の滞納繰越分の収入未済額は、２月末現在で{s}である。資格喪失世帯への文書催告と、給与照会による差押えを継続している。",
            "facts": [("国民健康保険料", "国民健康保険税", FY, "２月末", "arrears", "outstanding", out * 10000, "yen", s, True, FEB)]}


def _p_hoiku(rows):
    r = rows[4]
    a = fr(r["ar"])
    return {"text": f"保育所保育料の滞納繰越分の収納率は{a}％である。卒園児世帯の滞納が多いことから、児童手当からの申出徴収の案内を強化した。",
            "facts": [("保育料", "保育所保育料", FY, "２月末", "arrears", "collection_rate", r["ar"], "percent", f"{a}％", False, FEB)]}


def _p_jutaku(rows):
    r = rows[5]
    a = fr(r["cr"])
    return {"text": f"市営住宅使用料の現年度分収納率は{a}％で、前年同月とほぼ同水準である。長期滞納者には連帯保証人への通知を行っている。",
            "facts": [("市営住宅使用料", "市営住宅使用料", FY, "２月末", "current", "collection_rate", r["cr"], "percent", f"{a}％", False, FEB)]}


def _p_gesui(rows):
    r = rows[6]
    a = fr(r["cr"])
    return {"text": f"下水道使用料の現年度分収納率は{a}％である。水道料金と一体で徴収しており、水道の給水停止と連動した催告を行っている。",
            "facts": [("下水道使用料", "下水道使用料", FY, "２月末", "current", "collection_rate", r["cr"], "percent", f"{a}％", False, FEB)]}


PROSE = [
    ("市税", _p_shizei, [("①", "納期限後の電話催告を休日にも実施し、新たな滞納の発生を抑制する。", "継続"),
                        ("②", "滞納繰越分は預貯金調査の電子照会を活用し、早期に差押えを行う。", "拡充"),
                        ("③", "スマートフォン決済の利用を広報みはらで周知する。", "継続")]),
    ("国民健康保険税", _p_kokuho, [("①", "資格喪失世帯の未納分について、転出先への照会と文書催告を行う。", "継続"),
                              ("②", "短期被保険者証の更新時に納付相談を実施する。", "継続"),
                              ("③", "口座振替の新規加入者に記念品を配布するキャンペーンを行う。", "新規")]),
    ("保育所保育料", _p_hoiku, [("①", "入所申込時に口座振替の申込みを原則とする。", "継続"),
                           ("②", "児童手当からの申出徴収を卒園前に案内する。", "拡充")]),
    ("市営住宅使用料", _p_jutaku, [("①", "滞納３か月で連帯保証人に通知し、納付指導への協力を依頼する。", "継続"),
                              ("②", "退去者の滞納分について、法的措置の対象を選定する。", "新規")]),
    ("下水道使用料", _p_gesui, [("①", "給水停止予告と連動した催告を毎月実施する。", "継続")]),
]

if __name__ == "__main__":
    build()
