"""kd_shikokuchuo_progress_1: 四国中央市 市税等の収納状況及び収納対策の進捗状況 (progress_report).

Tool chain: HTML/CSS written here -> chromium --headless --print-to-pdf.
Run from corpus/dev49:  python3 build/kd_shikokuchuo_progress.py
"""
from __future__ import annotations

import calendar
import subprocess
import sys
from pathlib import Path

sys.dont_write_bytecode = True          # no __pycache__ beside the build scripts
sys.path.insert(0, str(Path(__file__).resolve().parent))
from kd_common import Gold, check, comma, rate, fmt_rate  # noqa: E402

STEM = "kd_shikokuchuo_progress_1"
OUT_PDF = Path("pdf") / f"{STEM}.pdf"
OUT_GOLD = Path("gold") / f"{STEM}.json"
WORK = Path("/tmp/kd_work")

G = Gold(STEM, "progress_report", "progress", "四国中央市",
         "令和5年度 市税等の収納状況及び収納対策の進捗状況について", "2024-03-19", "令和6年3月19日")

FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"       # 2月末 of a leap year / 前年同月

# 債権: abbreviation printed in tables, full name, canonical debt
DEBTS = [
    ("市税", "市税", "市税"),
    ("国保税", "国民健康保険税", "国民健康保険料"),
    ("介護料", "介護保険料", "介護保険料"),
    ("後期高齢", "後期高齢者医療保険料", "後期高齢者医療保険料"),
    ("保育料", "保育所保育料", "保育所保育料"),
    ("住宅使用料", "市営住宅使用料", "住宅使用料"),
    ("下水道", "下水道使用料", "下水道使用料"),
    ("給食費", "学校給食費", "学校給食費"),
]
# 2月末 (千円): (cur_assessed, cur_collected, arr_assessed, arr_collected)
THIS = {
    "市税": (12846512, 11798230, 612408, 130871),
    "国保税": (2012466, 1679412, 498215, 71644),
    "介護料": (1652310, 1601048, 58412, 9215),
    "後期高齢": (702118, 690226, 9815, 3106),
    "保育料": (118402, 112875, 21406, 3415),
    "住宅使用料": (268415, 249702, 86214, 9884),
    "下水道": (1204518, 1121632, 42615, 18207),
    "給食費": (302614, 276104, 8906, 2417),
}
PREV = {
    "市税": (12701344, 11624519, 655902, 132625),
    "国保税": (2089107, 1756280, 521780, 69870),
    "介護料": (1630228, 1577406, 60115, 8844),
    "後期高齢": (688902, 676035, 10226, 2988),
    "保育料": (124615, 118004, 23812, 3598),
    "住宅使用料": (271806, 251911, 90118, 10206),
    "下水道": (1189302, 1104817, 44208, 17903),
    "給食費": (298815, 271906, 9412, 2398),
}
# 学校給食費 in yen (表４); rounds to the 千円 figures above
KYUSHOKU_YEN = {"cur": (302614250, 276104480), "arr": (8906120, 2417350)}
# 年度末見込 (rates): prev actual, target, estimate — current / arrears
OUTLOOK = {
    "市税": ((98.92, 99.00, 99.05), (24.81, 25.00, 26.10)),
    "国保税": ((92.15, 92.50, 91.80), (16.42, 17.00, 16.60)),
    "介護料": ((98.71, 98.80, 98.85), (18.66, 19.00, 18.90)),
    "後期高齢": ((99.52, 99.55, 99.58), (35.10, 35.00, 36.20)),
    "保育料": ((97.84, 98.00, 97.60), (19.35, 20.00, 18.40)),
    "住宅使用料": ((96.02, 96.50, 96.10), (13.28, 14.00, 13.50)),
    "下水道": ((97.36, 97.50, 97.55), (45.12, 45.00, 46.30)),
    "給食費": ((97.95, 98.00, 98.10), (30.44, 30.00, 31.20)),
}
EST_OUTSTANDING_YEN = 1_284_000_000   # 年度末の収入未済額（推計）

CSS = """
@page { size: A4; margin: 0; }
@page land { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "IPAexGothic", "Noto Sans CJK JP", sans-serif; font-size: 9.5pt;
       color: #111; }
.page { width: 210mm; height: 296mm; padding: 16mm 17mm 12mm 17mm; position: relative;
        page-break-after: always; overflow: hidden; }
.page.land { page: land; width: 297mm; height: 209mm; padding: 13mm 14mm 10mm 14mm; }
.foot { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1 { font-size: 14.5pt; text-align: center; margin: 6mm 0 1mm 0; font-weight: normal; }
.sub { text-align: center; font-size: 11pt; margin-bottom: 5mm; }
.issuer { text-align: right; font-size: 9pt; line-height: 1.5; }
h2 { font-size: 11.5pt; margin: 5mm 0 2mm 0; font-weight: bold; border-left: 5px solid #2e5d8a;
     padding-left: 2mm; }
h3 { font-size: 10pt; margin: 3mm 0 1.5mm 0; font-weight: bold; }
p { margin: 1mm 0 2mm 0; line-height: 1.65; text-indent: 1em; }
.cap { font-size: 9.5pt; margin: 3mm 0 1mm 0; display: flex; justify-content: space-between; }
table { border-collapse: collapse; width: 100%; font-size: 8.3pt; }
th, td { padding: 1.2mm 1.5mm; }
table.rule th, table.rule td { border: 0.6pt solid #555; }
table.zebra { border-top: 1.2pt solid #2e5d8a; border-bottom: 1.2pt solid #2e5d8a; }
table.zebra th { background: #2e5d8a; color: #fff; font-weight: normal; }
table.zebra tbody tr:nth-child(even) td { background: #e8eef5; }
th { background: #dde3ea; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; }
td.l { text-align: left; }
tr.sum td { font-weight: bold; border-top: 1pt solid #333; }
.note { font-size: 7.8pt; line-height: 1.5; margin: 1mm 0; }
.twocol { display: flex; gap: 7mm; }
.twocol > div { flex: 1; }
.twocol p { text-indent: 1em; font-size: 9pt; }
.item { margin: 0.8mm 0 0.8mm 1em; text-indent: -1em; line-height: 1.55; font-size: 9pt; }
.box { border: 0.8pt solid #333; padding: 2mm 3mm; margin: 2mm 0; }
"""


def month_end(y, m):
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def oku_man(yen: int) -> str:
    """約12億3,400万円 style (rounded to 100万円)."""
    man = round(yen / 1_000_000) * 100
    oku, rest = divmod(man, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")


def seg_vals(t):
    ca, cc, aa, ac = t
    return {"cur": (ca, cc), "arr": (aa, ac), "tot": (ca + aa, cc + ac)}


SEG = {"cur": "current", "arr": "arrears", "tot": "total"}


def tri(v, nd=2):
    return f"△{abs(v):.{nd}f}" if v < 0 else f"{v:.{nd}f}"


def tri_i(v):
    return f"△{abs(v):,}" if v < 0 else f"{v:,}"


def page(n, body, land=False):
    cls = "page land" if land else "page"
    return f'<div class="{cls}">{body}<div class="foot">－ {n} －</div></div>'


# ============================================================================ page 1
def p1():
    P = 1
    h = ['<div class="issuer">令和6年3月19日<br>四国中央市 市税等収納対策推進本部<br>事務局（財務部 収納課）</div>',
         "<h1>令和5年度 市税等の収納状況及び収納対策の進捗状況について</h1>",
         '<div class="sub">（令和6年2月末現在）</div>', "<h2>１　概要</h2>"]
    t, p = seg_vals(THIS["市税"]), seg_vals(PREV["市税"])
    rc, rpc = rate(t["cur"][1], t["cur"][0]), rate(p["cur"][1], p["cur"][0])
    ra, rpa = rate(t["arr"][1], t["arr"][0]), rate(p["arr"][1], p["arr"][0])
    kw = dict(debt="市税", debt_raw="市税", fy=FY, fy_raw="令和6年2月末", basis="interim", as_of=ASOF)
    dc, da = round(rc - rpc, 2), round(ra - rpa, 2)
    assert dc > 0 and da > 0
    s1 = ("令和6年2月末現在における市税の収納率は、現年課税分が"
          + G.fact(P, f"{rc:.2f}％", rc, seg="current", metric="collection_rate", unit="percent", **kw)
          + "で、前年同月と比べ"
          + G.fact(P, f"{dc:.2f}ポイント上昇", dc, seg="current", metric="difference", unit="points", **kw)
          + "し、滞納繰越分は"
          + G.fact(P, f"{ra:.2f}％", ra, seg="arrears", metric="collection_rate", unit="percent", **kw)
          + "で"
          + G.fact(P, f"{da:.2f}ポイント改善", da, seg="arrears", metric="difference", unit="points", **kw)
          + "した。")
    out_this = sum((v[0] - v[1] + v[2] - v[3]) for v in THIS.values()) * 1000
    out_prev = sum((v[0] - v[1] + v[2] - v[3]) for v in PREV.values()) * 1000
    a_this = oku_man(out_this)
    diff = round(out_this / 1e6) * 1e6 - round(out_prev / 1e6) * 1e6
    kw2 = dict(debt=None, debt_raw=None, fy=FY, fy_raw="2月末時点", seg="total", basis="interim",
               as_of=ASOF, unit="yen", approx=True)
    s2 = ("主要8債権の収入未済額（2月末時点）は約"
          + G.fact(P, a_this, round(out_this / 1e6) * 1e6, metric="outstanding", **kw2)
          + "で、前年同月から約"
          + G.fact(P, oku_man(abs(int(diff))) + "減少", diff, metric="difference", **kw2)
          + "している。国保税は現年度分の収納率が前年同月を下回っており、"
          "年度末に向けて納付催告と滞納処分を強化する。")
    assert diff < 0
    h += [f"<p>{s1}</p>", f"<p>{s2}</p>"]

    h.append('<div class="cap"><span>表１　主要債権の収納率の状況（2月末）</span><span>（単位：％、ポイント）</span></div>')
    rows = ['<table class="rule"><thead><tr><th rowspan="2">債権</th><th colspan="3">現年度分</th>'
            '<th colspan="3">滞納繰越分</th></tr><tr><th>前年度</th><th>本年度</th><th>差</th>'
            '<th>前年度</th><th>本年度</th><th>差</th></tr></thead><tbody>']
    for ab, full, canon in DEBTS:
        t, p = seg_vals(THIS[ab]), seg_vals(PREV[ab])
        cells = [f'<td class="l">{ab}</td>']
        for sk in ("cur", "arr"):
            r_now, r_prev = rate(t[sk][1], t[sk][0]), rate(p[sk][1], p[sk][0])
            d = round(r_now - r_prev, 2)
            base = dict(debt=canon, debt_raw=ab, seg=SEG[sk], basis="interim")
            cells.append('<td class="n">' + G.fact(P, fmt_rate(r_prev), r_prev, fy=PFY, fy_raw="前年度",
                                                   as_of=PASOF, metric="collection_rate", unit="percent", **base) + "</td>")
            cells.append('<td class="n">' + G.fact(P, fmt_rate(r_now), r_now, fy=FY, fy_raw="本年度",
                                                   as_of=ASOF, metric="collection_rate", unit="percent", **base) + "</td>")
            cells.append('<td class="n">' + G.fact(P, tri(d), d, fy=FY, fy_raw="本年度", as_of=ASOF,
                                                   metric="difference", unit="points", **base) + "</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append("</tbody></table>")
    h += rows
    h.append('<div class="note">（注）前年度欄は前年同月末の数値。差は本年度－前年度（△は減）。<br>'
             '国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、'
             '住宅使用料：市営住宅使用料、下水道：下水道使用料、給食費：学校給食費</div>')
    h.append("<h2>２　収納状況の詳細</h2><p>債権別の調定額、収入済額及び収納率は表２（次ページ）、"
             "市税の月別の収納状況は表３、国保税の地域別の状況は表５のとおりである。</p>")
    return page(P, "".join(h))


# ============================================================================ page 2 (landscape)
def p2():
    P = 2
    h = ['<h2>表２　債権別収納状況（令和6年2月末現在）</h2>',
         '<div class="cap"><span></span><span>（単位：千円、％）</span></div>',
         '<table class="zebra"><thead><tr><th rowspan="2">債権</th><th colspan="3">現年度分</th>'
         '<th colspan="3">滞納繰越分</th><th colspan="4">計</th></tr><tr>'
         + "".join("<th>調定額</th><th>収入済額</th><th>収納率</th>" for _ in range(2))
         + "<th>調定額</th><th>収入済額</th><th>収納率</th><th>収入未済額</th></tr></thead><tbody>"]
    sums = {"cur": [0, 0], "arr": [0, 0], "tot": [0, 0]}
    kwb = dict(fy=FY, fy_raw="令和6年2月末", basis="interim", as_of=ASOF)

    def cells_for(vals, debt, debt_raw):
        out = []
        for sk in ("cur", "arr", "tot"):
            a, c = vals[sk]
            kw = dict(debt=debt, debt_raw=debt_raw, seg=SEG[sk], **kwb)
            out.append(G.fact(P, comma(a), a * 1000, metric="assessed", unit="yen", **kw))
            out.append(G.fact(P, comma(c), c * 1000, metric="collected", unit="yen", **kw))
            out.append(G.fact(P, fmt_rate(rate(c, a)), rate(c, a), metric="collection_rate",
                              unit="percent", **kw))
            if sk == "tot":
                out.append(G.fact(P, comma(a - c), (a - c) * 1000, metric="outstanding", unit="yen", **kw))
        return out

    for ab, full, canon in DEBTS:
        v = seg_vals(THIS[ab])
        for sk in sums:
            sums[sk][0] += v[sk][0]
            sums[sk][1] += v[sk][1]
        cs = cells_for(v, canon, ab)
        h.append(f'<tr><td class="l">{ab}</td>' + "".join(f'<td class="n">{c}</td>' for c in cs) + "</tr>")
    cs = cells_for({k: tuple(v) for k, v in sums.items()}, None, "合計")
    h.append('<tr class="sum"><td class="l">合計</td>' + "".join(f'<td class="n">{c}</td>' for c in cs) + "</tr>")
    h.append("</tbody></table>")
    other = 38412
    h.append('<div class="note" style="margin-top:3mm">※1　収入済額には、2月末までに還付した額を含まない。<br>'
             "※2　上記のほか、その他の債権（11債権）の収入未済額は "
             + G.fact(P, f"{other:,}千円", other * 1000, debt=None, debt_raw="その他", seg="total",
                      metric="outstanding", unit="yen", **kwb)
             + " である。<br>※3　債権名の略称は表１の（注）による。</div>")
    h.append('<div class="note">出典：各債権所管課からの2月末報告（財務会計システム及び各債権管理システムの集計）</div>')
    return page(P, "".join(h), land=True)


# ============================================================================ page 3
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
RATE_THIS = [12.35, 24.61, 33.82, 45.10, 53.26, 60.84, 67.45, 74.12, 82.36, 86.95, None, None]
RATE_PREV = [12.08, 24.12, 33.55, 44.71, 52.94, 60.40, 67.02, 73.85, 82.04, 86.61, None, 98.86]


def p3():
    P = 3
    h = ['<h2>表３　令和5年度 市税（現年課税分）月別収納状況（累計）</h2>']
    ca, cc = THIS["市税"][0], THIS["市税"][1]
    pa, pc = PREV["市税"][0], PREV["市税"][1]
    h.append('<table class="rule"><thead><tr><th rowspan="2">月末</th><th colspan="2">本年度</th>'
             '<th colspan="2">前年度</th><th rowspan="2">差（ポイント）</th></tr><tr>'
             '<th>収納額（千円）</th><th>収納率（％）</th><th>収納額（千円）</th><th>収納率（％）</th></tr>'
             '</thead><tbody>')
    for i, m in enumerate(MONTHS):
        y_this = FY if m >= 4 else FY + 1
        y_prev = PFY if m >= 4 else PFY + 1
        base = dict(debt="市税", debt_raw="市税", seg="current", basis="interim")
        cells = [f'<td>{m}月末</td>']
        r_now = None
        if m == 3:
            cells += ['<td class="n">－</td>', '<td class="n">－</td>']
        else:
            c_now = cc if m == 2 else round(ca * RATE_THIS[i] / 100)
            r_now = rate(c_now, ca)
            kw = dict(fy=FY, fy_raw="本年度", as_of=month_end(y_this, m), **base)
            cells.append('<td class="n">' + G.fact(P, comma(c_now), c_now * 1000, metric="collected",
                                                   unit="yen", **kw) + "</td>")
            cells.append('<td class="n">' + G.fact(P, fmt_rate(r_now), r_now, metric="collection_rate",
                                                   unit="percent", **kw) + "</td>")
        c_prev = pc if m == 2 else round(pa * RATE_PREV[i] / 100)
        r_prev = rate(c_prev, pa)
        kw = dict(fy=PFY, fy_raw="前年度", as_of=month_end(y_prev, m), **base)
        cells.append('<td class="n">' + G.fact(P, comma(c_prev), c_prev * 1000, metric="collected",
                                               unit="yen", **kw) + "</td>")
        cells.append('<td class="n">' + G.fact(P, fmt_rate(r_prev), r_prev, metric="collection_rate",
                                               unit="percent", **kw) + "</td>")
        if r_now is None:
            cells.append('<td class="n">－</td>')
        else:
            d = round(r_now - r_prev, 2)
            cells.append('<td class="n">' + G.fact(P, tri(d), d, fy=FY, fy_raw="本年度",
                                                   as_of=month_end(y_this, m), metric="difference",
                                                   unit="points", **base) + "</td>")
        h.append("<tr>" + "".join(cells) + "</tr>")
    h.append("</tbody></table>")
    h.append('<div class="note">※収納率は、各年度2月末現在の調定額（本年度 '
             + G.fact(P, f"{ca:,}千円", ca * 1000, debt="市税", debt_raw="市税", fy=FY, fy_raw="本年度",
                      seg="current", metric="assessed", basis="interim", as_of=ASOF, unit="yen")
             + "、前年度 "
             + G.fact(P, f"{pa:,}千円", pa * 1000, debt="市税", debt_raw="市税", fy=PFY, fy_raw="前年度",
                      seg="current", metric="assessed", basis="interim", as_of=PASOF, unit="yen")
             + "）に対する割合。3月末は前年度のみ。</div>")

    # 表４ in yen beside the 千円 table
    h.append('<h2 style="margin-top:7mm">表４　学校給食費の収納状況（令和6年2月末現在）</h2>')
    h.append('<table class="rule" style="width:80%"><thead><tr><th>区分</th><th>調定額（円）</th>'
             '<th>収入済額（円）</th><th>収入未済額（円）</th><th>収納率（％）</th></tr></thead><tbody>')
    tot = [0, 0]
    for sk, lab in [("cur", "現年度分"), ("arr", "滞納繰越分"), ("tot", "計")]:
        a, c = (tot if sk == "tot" else KYUSHOKU_YEN[sk])
        if sk != "tot":
            tot[0] += a
            tot[1] += c
            assert round(a / 1000) == {"cur": THIS["給食費"][0], "arr": THIS["給食費"][2]}[sk]
        kw = dict(debt="学校給食費", debt_raw="学校給食費", fy=FY, fy_raw="令和6年2月末", seg=SEG[sk],
                  basis="interim", as_of=ASOF)
        cls = ' class="sum"' if sk == "tot" else ""
        h.append(f"<tr{cls}><td>{lab}</td>"
                 + f'<td class="n">{G.fact(P, comma(a), a, metric="assessed", unit="yen", **kw)}</td>'
                 + f'<td class="n">{G.fact(P, comma(c), c, metric="collected", unit="yen", **kw)}</td>'
                 + f'<td class="n">{G.fact(P, comma(a - c), a - c, metric="outstanding", unit="yen", **kw)}</td>'
                 + f'<td class="n">{G.fact(P, fmt_rate(rate(c, a)), rate(c, a), metric="collection_rate", unit="percent", **kw)}</td></tr>')
    h.append("</tbody></table>")
    h.append('<div class="note">※学校給食費は、令和5年度から公会計化しており、円単位で管理している。</div>')
    return page(P, "".join(h))


# ============================================================================ page 4
AREAS = [("川之江地域", 612304, 508902, 636410, 534120, 586, 48),
         ("三島地域", 905118, 758615, 938215, 790512, 842, 71),
         ("土居地域", 401226, 333420, 417652, 350805, 371, 29),
         ("新宮地域", 93818, 78475, 96830, 80843, 64, 6)]
DELINQ = [("市税", 4812, 4655, 1124), ("介護料", 1206, 1158, 36), ("後期高齢", 318, 297, 12),
          ("保育料", 142, 131, 4), ("住宅使用料", 226, 219, None), ("下水道", 1085, 1012, None),
          ("給食費", 402, 388, None)]
CANON = {ab: canon for ab, full, canon in DEBTS}


def delinq_table(P, rows, with_total):
    h = ['<table class="rule"><thead><tr><th rowspan="2">債権</th><th colspan="3">滞納者数（人）</th>'
         '<th rowspan="2">差押件数（件）<br>本年度</th></tr><tr><th>前年同月</th><th>本年度</th>'
         '<th>増減</th></tr></thead><tbody>']
    for ab, pv, nv, seiz in rows:
        base = dict(debt=CANON.get(ab), debt_raw=ab, seg="total", unit="persons")
        d = nv - pv
        h.append(f'<tr><td class="l">{ab}</td>'
                 + f'<td class="n">{G.fact(P, comma(pv), pv, fy=PFY, fy_raw="前年同月", metric="delinquents", basis="interim", as_of=PASOF, **base)}</td>'
                 + f'<td class="n">{G.fact(P, comma(nv), nv, fy=FY, fy_raw="本年度", metric="delinquents", basis="interim", as_of=ASOF, **base)}</td>'
                 + f'<td class="n">{G.fact(P, tri_i(d), d, fy=FY, fy_raw="本年度", metric="difference", basis="interim", as_of=ASOF, **base)}</td>'
                 + f'<td class="n">{"－" if seiz is None else f"{seiz:,}"}</td></tr>')
    if with_total:
        pv = sum(r[1] for r in DELINQ)
        nv = sum(r[2] for r in DELINQ)
        sz = sum(r[3] or 0 for r in DELINQ)
        base = dict(debt=None, debt_raw="計（延べ）", seg="total", unit="persons")
        h.append('<tr class="sum"><td class="l">計（延べ）</td>'
                 + f'<td class="n">{G.fact(P, comma(pv), pv, fy=PFY, fy_raw="前年同月", metric="delinquents", basis="interim", as_of=PASOF, **base)}</td>'
                 + f'<td class="n">{G.fact(P, comma(nv), nv, fy=FY, fy_raw="本年度", metric="delinquents", basis="interim", as_of=ASOF, **base)}</td>'
                 + f'<td class="n">{G.fact(P, tri_i(nv - pv), nv - pv, fy=FY, fy_raw="本年度", metric="difference", basis="interim", as_of=ASOF, **base)}</td>'
                 + f'<td class="n">{sz:,}</td></tr>')
    h.append("</tbody></table>")
    return "".join(h)


def p4():
    P = 4
    h = ['<h2>表５　国保税（現年度分）の地域別収納状況（令和6年2月末現在）</h2>']
    h.append('<table class="zebra"><thead><tr><th rowspan="2">地域</th><th rowspan="2">調定額（千円）</th>'
             '<th rowspan="2">収入済額（千円）</th><th colspan="3">収納率（％）</th>'
             '<th rowspan="2">滞納世帯数（世帯）</th><th rowspan="2">差押件数（件）</th></tr>'
             '<tr><th>本年度</th><th>前年同月</th><th>差</th></tr></thead><tbody>')
    tot = [0, 0, 0, 0, 0, 0]
    for name, a, c, pa, pc, hh, sz in AREAS + [("計", None, None, None, None, None, None)]:
        if name == "計":
            a, c, pa, pc, hh, sz = tot
            area = None
        else:
            for i, v in enumerate((a, c, pa, pc, hh, sz)):
                tot[i] += v
            area = name
        rn, rp = rate(c, a), rate(pc, pa)
        d = round(rn - rp, 2)
        base = dict(debt="国民健康保険料", debt_raw="国保税", seg="current", area=area)
        kn = dict(fy=FY, fy_raw="本年度", basis="interim", as_of=ASOF, **base)
        cls = ' class="sum"' if name == "計" else ""
        h.append(f"<tr{cls}><td>{name}</td>"
                 + f'<td class="n">{G.fact(P, comma(a), a * 1000, metric="assessed", unit="yen", **kn)}</td>'
                 + f'<td class="n">{G.fact(P, comma(c), c * 1000, metric="collected", unit="yen", **kn)}</td>'
                 + f'<td class="n">{G.fact(P, fmt_rate(rn), rn, metric="collection_rate", unit="percent", **kn)}</td>'
                 + f'<td class="n">{G.fact(P, fmt_rate(rp), rp, fy=PFY, fy_raw="前年同月", basis="interim", as_of=PASOF, metric="collection_rate", unit="percent", **base)}</td>'
                 + f'<td class="n">{G.fact(P, tri(d), d, metric="difference", unit="points", **kn)}</td>'
                 + f'<td class="n">{G.fact(P, comma(hh), hh, **{**kn, "seg": "total"}, metric="delinquents", unit="households")}</td>'
                 + f'<td class="n">{sz:,}</td></tr>')
    h.append("</tbody></table>")
    assert tot[0] == THIS["国保税"][0] and tot[1] == THIS["国保税"][1]
    assert tot[2] == PREV["国保税"][0] and tot[3] == PREV["国保税"][1]
    h.append('<div class="note">※地域は、納税義務者（世帯主）の住所地による。川之江地域・土居地域・新宮地域は各窓口センターで'
             "納付相談を受け付けている。<br>※滞納世帯数は、現年度分又は滞納繰越分に未納のある世帯の数。</div>")
    h.append('<p style="margin-top:3mm">地域別では、新宮地域を除くすべての地域で前年同月の収納率を下回っており、特に土居地域と川之江地域での'
             "低下が大きい。口座振替の利用率が低い世帯への個別の勧奨を進める。</p>")
    h.append('<h2 style="margin-top:6mm">表６　債権別の滞納者数及び差押件数（2月末）</h2>')
    h.append(delinq_table(P, DELINQ[:4], False))
    h.append('<div class="note" style="text-align:right">（次ページへ続く）</div>')
    return page(P, "".join(h))


# ============================================================================ page 5 (2段組)
def p5():
    P = 5
    h = ['<h3>表６　債権別の滞納者数及び差押件数（2月末）（続き）</h3>', delinq_table(P, DELINQ[4:], True),
         '<div class="note">※国保税の滞納世帯数は表５のとおり。計は各債権の滞納者数の延べ人数。</div>',
         "<h2>３　主な収納対策の取組状況</h2>"]
    sec = "主な収納対策の取組状況"
    # left column: 市税
    t = seg_vals(THIS["市税"])
    kw = dict(debt="市税", debt_raw="市税", fy=FY, fy_raw="2月末", basis="interim", as_of=ASOF)
    left = ["<h3>（１）市税</h3>",
            "<p>滞納繰越分は、財産調査に基づく差押えを計画的に進めた結果、2月末までの収入済額が"
            + G.fact(P, f"{t['arr'][1]:,}千円", t["arr"][1] * 1000, seg="arrears", metric="collected",
                     unit="yen", **kw)
            + "となり、差押件数は前年同月より増加した。現年課税分の収入未済額は"
            + G.fact(P, f"{t['cur'][0] - t['cur'][1]:,}千円", (t["cur"][0] - t["cur"][1]) * 1000,
                     seg="current", metric="outstanding", unit="yen", **kw)
            + "で、3月末の最終納期に向けて納付を促している。</p>"]
    items_l = [("ア", "12月を滞納整理強化月間とし、管理職を含む職員による臨戸訪問と夜間納付相談を実施した。"),
               ("イ", "愛媛地方税滞納整理機構へ高額・困難案件を引き継ぎ、同機構と連携して処分を進めた。"),
               ("ウ", "スマートフォン決済による納付を開始し、若年層の納期内納付の促進を図った。")]
    for lab, text in items_l:
        G.init(P, text, debt="市税", debt_raw="市税", fy=FY, section=sec, label=lab)
        left.append(f'<div class="item">{lab}　{text}</div>')
    # right column: 国保税
    t, p = seg_vals(THIS["国保税"]), seg_vals(PREV["国保税"])
    rn, rp = rate(t["cur"][1], t["cur"][0]), rate(p["cur"][1], p["cur"][0])
    d = round(rn - rp, 2)
    assert d < 0
    kw = dict(debt="国民健康保険料", debt_raw="国保税", fy=FY, fy_raw="2月末", basis="interim", as_of=ASOF)
    right = ["<h3>（２）国保税</h3>",
             "<p>現年度分の収納率は"
             + G.fact(P, f"{rn:.2f}％", rn, seg="current", metric="collection_rate", unit="percent", **kw)
             + "で、前年同月を"
             + G.fact(P, f"{abs(d):.2f}ポイント下回った", d, seg="current", metric="difference",
                      unit="points", **kw)
             + "。滞納繰越分の収入済額は"
             + G.fact(P, f"{t['arr'][1]:,}千円", t["arr"][1] * 1000, seg="arrears", metric="collected",
                      unit="yen", **kw)
             + "で、前年同月をやや上回っている。</p>"]
    items_r = [("ア", "資格喪失後も未納が残る世帯に対し、文書と電話による納付催告を集中的に行った。", "継続"),
               ("イ", "短期被保険者証の交付時に納付相談を行い、分割納付の履行状況を毎月確認した。", "継続"),
               ("ウ", "市税と重複して滞納している世帯については、収納課で一元的に滞納整理を行った。", "拡充")]
    for lab, text, st in items_r:
        G.init(P, text, debt="国民健康保険料", debt_raw="国保税", fy=FY, section=sec, label=lab, status=st)
        right.append(f'<div class="item">{lab}　{text}【{st}】</div>')
    h.append('<div class="twocol"><div>' + "".join(left) + "</div><div>" + "".join(right) + "</div></div>")
    # full-width: other debts
    h.append("<h3>（３）その他の債権</h3>")
    items_o = [("ア", "介護料", "介護保険料", "介護保険料", "普通徴収の被保険者に対し、年金からの特別徴収へ移行するまでの間の納付勧奨を行った。"),
               ("イ", "住宅使用料", "市営住宅使用料", "住宅使用料", "3か月以上の滞納者に対し連帯保証人への通知を行い、明渡請求を含めた法的措置を2件実施した。"),
               ("ウ", "下水道", "下水道使用料", "下水道使用料", "水道料金の督促と連携した催告を行い、閉栓者の転居先調査を進めた。")]
    for lab, ab, full, canon, text in items_o:
        G.init(P, text, debt=canon, debt_raw=full, fy=FY, section=sec, label=lab)
        h.append(f'<div class="item">{lab}　{full}：{text}</div>')
    return page(P, "".join(h))


# ============================================================================ page 6
def p6():
    P = 6
    h = ["<h2>４　年度末の見込み</h2>",
         '<div class="cap"><span>表７　主要債権の収納率の見込み</span><span>（単位：％、ポイント）</span></div>',
         '<table class="rule"><thead><tr><th rowspan="2">債権</th><th colspan="4">現年度分</th>'
         '<th colspan="4">滞納繰越分</th></tr><tr>'
         + "<th>前年度決算</th><th>本年度目標</th><th>決算見込</th><th>見込－目標</th>" * 2
         + "</tr></thead><tbody>"]
    for ab, full, canon in DEBTS:
        cells = [f'<td class="l">{ab}</td>']
        for sk, (pa, tg, es) in zip(("cur", "arr"), OUTLOOK[ab]):
            base = dict(debt=canon, debt_raw=ab, seg=SEG[sk], metric="collection_rate", unit="percent")
            d = round(es - tg, 2)
            cells += ['<td class="n">' + G.fact(P, fmt_rate(pa), pa, fy=PFY, fy_raw="前年度決算", basis="actual", **base) + "</td>",
                      '<td class="n">' + G.fact(P, fmt_rate(tg), tg, fy=FY, fy_raw="本年度目標", basis="target", **base) + "</td>",
                      '<td class="n">' + G.fact(P, fmt_rate(es), es, fy=FY, fy_raw="決算見込", basis="estimate", **base) + "</td>",
                      '<td class="n">' + G.fact(P, tri(d), d, fy=FY, fy_raw="決算見込", basis="estimate",
                                                **{**base, "metric": "difference", "unit": "points"}) + "</td>"]
        h.append("<tr>" + "".join(cells) + "</tr>")
    h.append("</tbody></table>")
    h.append('<div class="note">※前年度決算は令和4年度の決算額による。決算見込は2月末の実績と前年度の3月・出納整理期間の'
             "収納実績を基に推計した。</div>")
    n_below = sum(1 for ab in OUTLOOK for (pa, tg, es) in OUTLOOK[ab] if es < tg)
    h.append(f"<p>決算見込が目標を下回る区分は{n_below}区分あり、特に国保税と保育料の現年度分では目標との差が大きい。"
             "年度末の主要8債権の収入未済額は約"
             + G.fact(P, oku_man(EST_OUTSTANDING_YEN), EST_OUTSTANDING_YEN, debt=None, debt_raw=None, fy=FY,
                      fy_raw="年度末", seg="total", metric="outstanding", basis="estimate", unit="yen",
                      approx=True)
             + "と推計している。</p>")
    h.append("<h2>５　今後の取組</h2>")
    sec = "今後の取組"
    items = [("(1)", "出納整理期間（4月・5月）における現年度分の未納者への一斉催告"),
             ("(2)", "財産調査の結果に基づく差押えの早期執行と、換価の推進"),
             ("(3)", "納付資力のない滞納者についての執行停止の適正な判断"),
             ("(4)", "令和6年度からの収納対策推進本部の取組方針（案）の策定")]
    for lab, text in items:
        G.init(P, text, debt=None, debt_raw=None, fy=FY, section=sec, label=lab)
        h.append(f'<div class="item">{lab}　{text}</div>')
    h.append('<div class="box note" style="margin-top:6mm">問合せ先　四国中央市 財務部 収納課 収納対策係</div>')
    return page(P, "".join(h))


def main():
    html = ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>"
            + G.doc["title"] + f"</title><style>{CSS}</style></head><body>"
            + p1() + p2() + p3() + p4() + p5() + p6() + "</body></html>")
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"{STEM}.html"
    src.write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={OUT_PDF.resolve()}", src.resolve().as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    G.write(OUT_PDF, OUT_GOLD)
    return check(OUT_PDF, OUT_GOLD)


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
