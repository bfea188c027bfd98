"""fd_tsuruga_committee_1: 債権管理対策会議の資料 with one 取組個票 per debt.

Tool chain: HTML/CSS -> chromium --headless --print-to-pdf.
Run from corpus/frozen30:  python3 build/fd_tsuruga_committee_1.py
"""
from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fd_common import (Gold, PDF_DIR, WORK, check, num, rate, rdiff, series, tri,  # noqa: E402
                       write_gold)

STEM = "fd_tsuruga_committee_1"
CITY = "敦賀市"
TITLE = "令和７年度第２回敦賀市債権管理対策会議資料"
g = Gold()
E = html.escape

YEARS = [2022, 2023, 2024]
CANON = {"市税": "市税", "国民健康保険税": "国民健康保険料", "介護保険料": "介護保険料",
         "後期高齢者医療保険料": "後期高齢者医療保険料", "保育料": "保育所保育料",
         "市営住宅使用料": "市営住宅使用料", "下水道使用料": "下水道使用料"}
# figures in 千円: current 調定額 per year, current rates, first arrears 調定額, arrears rates, write-off share
S = {
    "市税": series(YEARS, [10012840, 10158322, 10284516], [98.91, 99.02, 99.10], 402318,
                  [24.60, 26.15, 27.88], [0.071, 0.066, 0.060]),
    "国民健康保険税": series(YEARS, [1451208, 1428763, 1402835], [93.88, 94.12, 94.31], 336512,
                      [19.84, 21.02, 22.45], [0.062, 0.058, 0.058]),
    "介護保険料": series(YEARS, [1587603, 1601452, 1618240], [99.02, 99.08, 99.15], 46210,
                    [21.40, 22.80, 23.90], [0.150, 0.152, 0.148]),
    "後期高齢者医療保険料": series(YEARS, [688214, 701338, 712455], [99.58, 99.62, 99.67], 6120,
                         [38.50, 40.20, 41.10], [0.055, 0.060, 0.058]),
    "保育料": series(YEARS, [175210, 171588, 168402], [98.92, 99.01, 99.10], 9802,
                  [22.10, 24.30, 25.60], [0.070, 0.072, 0.073]),
    "市営住宅使用料": series(YEARS, [221340, 218065, 214780], [97.12, 97.30, 97.46], 32804,
                      [14.20, 15.10, 15.90], [0.040, 0.041, 0.040]),
    "下水道使用料": series(YEARS, [1071205, 1079882, 1085340], [99.38, 99.42, 99.45], 15102,
                     [36.20, 37.40, 38.10], [0.058, 0.056, 0.058]),
}
DEBTS = list(S)
# 令和７年９月末 (interim) : 調定額 (total) and 収入済額 (total), and the same month a year earlier
INTERIM = {
    "市税": ((10562410, 4976022), (10452180, 4899121)),
    "国民健康保険税": ((1618402, 583190), (1652317, 580944)),
    "介護保険料": ((1652210, 810331), (1638804, 800112)),
    "後期高齢者医療保険料": ((722508, 352310), (716944, 347126)),
    "保育料": ((176040, 84233), (177210, 84012)),
    "市営住宅使用料": ((244820, 109312), (247066, 108227)),
    "下水道使用料": ((1099350, 526421), (1093288, 521390)),
}
CITYTAX_SEP = {"current": (10352045, 4937419), "arrears": (210365, 38603)}  # 市税 9月末 split (sum = total)
assert sum(v[0] for v in CITYTAX_SEP.values()) == INTERIM["市税"][0][0]
assert sum(v[1] for v in CITYTAX_SEP.values()) == INTERIM["市税"][0][1]
TARGETS = {  # 収納率目標 (現年, 滞繰) per year
    "市税": {2023: (99.00, 25.00), 2024: (99.10, 27.00), 2025: (99.15, 28.50)},
    "国民健康保険税": {2023: (94.00, 20.50), 2024: (94.40, 22.00), 2025: (94.50, 23.00)},
    "介護保険料": {2025: (99.20, 24.50)},
    "保育料": {2025: (99.15, 26.00)},
    "市営住宅使用料": {2025: (97.60, 16.50)},
}

SEGJ = {"current": "現年度分", "arrears": "滞納繰越分", "total": "計"}


def F(page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, as_of=None, debt_raw=None):
    return g.fact(page, CANON.get(debt) if debt else None, debt_raw or debt, fy, fy_raw, seg, metric,
                  basis, value, unit, raw, as_of=as_of)


def reiwa(y, zen_=False):
    return f"令和{y - 2018}年度"


# ---------------------------------------------------------------- CSS
CSS = """
@font-face { font-family: 'IPAexG'; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@font-face { font-family: 'IPAexM'; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@page { size: A4; margin: 14mm 14mm 12mm 14mm; }
body { font-family: 'IPAexG'; font-size: 9pt; line-height: 1.45; }
.page { page-break-after: always; height: 268mm; position: relative; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.tag { position: absolute; right: 0; top: 0; border: 1px solid #000; padding: 0.5mm 3mm; font-size: 10pt; }
.pno { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 8.5pt; }
h1 { font-size: 15pt; text-align: center; margin: 14mm 0 4mm 0; }
h2 { font-size: 12pt; margin: 2mm 0 3mm 0; border-bottom: 2px solid #1f3864; padding-bottom: 1mm; }
h3 { font-size: 10pt; margin: 4mm 0 1.5mm 0; }
table { border-collapse: collapse; }
table.t { width: 100%; font-size: 8.2pt; }
table.t th, table.t td { border: 0.6px solid #444; padding: 1mm 1.2mm; }
table.t th { background: #d9e2f3; font-weight: normal; text-align: center; }
table.t td.n { text-align: right; white-space: nowrap; }
table.t td.l { white-space: nowrap; }
table.zebra tbody tr:nth-child(even) td { background: #f2f2f2; }
table.zebra th, table.zebra td { border: none; border-bottom: 0.4px solid #bbb; }
table.zebra thead th { background: #1f3864; color: #fff; border-right: 0.4px solid #fff; }
table.zebra tr.sum td { border-top: 1.4px solid #000; font-weight: bold; background: #fff2cc; }
.unit { text-align: right; font-size: 8pt; margin: 0 0 0.5mm 0; }
.ref { border: 1.2px solid #000; padding: 2mm 4mm; margin-top: 5mm; font-size: 9pt; }
.ref b { display: block; margin-bottom: 1mm; }
.strip { width: 100%; margin-bottom: 3mm; font-size: 9.5pt; }
.strip td { border: 1px solid #000; padding: 1.5mm 2mm; }
.strip td.k { background: #d9d9d9; width: 16mm; text-align: center; }
.strip td.v { font-weight: bold; }
.vert { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 0.2em; background: #d9e2f3;
        text-align: center; width: 8mm; }
td.items { font-size: 8.8pt; line-height: 1.55; }
.items p { margin: 0 0 1.2mm 0; padding-left: 1.2em; text-indent: -1.2em; }
.side { display: flex; gap: 5mm; }
.side > div { flex: 1; }
.box { border: 1.5px solid #1f3864; padding: 2mm 3mm; margin-top: 2mm; }
.box .bt { font-weight: bold; color: #1f3864; margin-bottom: 1mm; }
.bul { margin: 1mm 0 0 3mm; }
.note { font-size: 7.8pt; margin-top: 0.6mm; }
.cover td { padding: 1mm 3mm; vertical-align: top; font-size: 10.5pt; }
"""


# ---------------------------------------------------------------- page 1: 次第
def page_cover():
    return f"""<div class="page">
<h1>令和７年度 第２回敦賀市債権管理対策会議</h1>
<div style="text-align:center;font-size:11pt;margin-bottom:8mm">次　　第</div>
<table class="cover" style="margin-left:12mm">
<tr><td>日　時</td><td>令和７年１１月１９日（水）　午後２時から</td></tr>
<tr><td>場　所</td><td>市役所６階　会議室６Ａ</td></tr>
<tr><td>１</td><td>開会</td></tr>
<tr><td>２</td><td>議題<br>（１）主要債権の収納状況について（令和６年度決算・令和７年９月末）　……　資料１・資料２<br>
（２）主要債権の取組個票について　……　資料３<br>（３）滞納整理強化月間（１２月）の実施について</td></tr>
<tr><td>３</td><td>その他</td></tr>
<tr><td>４</td><td>閉会</td></tr>
</table>
<h3 style="margin-top:12mm">【取組個票】</h3>
<table class="cover" style="margin-left:12mm">
<tr><td>１　市税</td><td>……　４ページ</td></tr>
<tr><td>２　国民健康保険税</td><td>……　５ページ</td></tr>
<tr><td>３　介護保険料</td><td>……　６ページ</td></tr>
<tr><td>４　保育料</td><td>……　７ページ</td></tr>
<tr><td>５　市営住宅使用料</td><td>……　８ページ</td></tr>
</table>
<h3 style="margin-top:10mm">【委員】</h3>
<table class="cover" style="margin-left:12mm">
<tr><td>会　長</td><td>副市長</td></tr>
<tr><td>委　員</td><td>総務部長、企画政策部長、市民生活部長、福祉保健部長、こども未来部長、都市整備部長、上下水道部長、教育部長</td></tr>
<tr><td>事務局</td><td>総務部税務課（債権管理担当）</td></tr>
</table>
<div class="pno">－1－</div></div>"""


# ---------------------------------------------------------------- page 2: 資料１ summary
def page_summary(pg=2):
    y = 2024
    rows = []
    tot = {s: [0, 0] for s in ("current", "arrears", "total")}
    for d in DEBTS:
        cells = [f'<td class="l">{E(d)}</td>']
        for s in ("current", "arrears", "total"):
            a, c, w, o, r = S[d][y][s]
            tot[s][0] += a
            tot[s][1] += c
            cells.append(f'<td class="n">{F(pg, d, y, "令和６年度", s, "assessed", "actual", a * 1000, "yen", num(a))}</td>')
            cells.append(f'<td class="n">{F(pg, d, y, "令和６年度", s, "collected", "actual", c * 1000, "yen", num(c))}</td>')
            cells.append(f'<td class="n">{F(pg, d, y, "令和６年度", s, "collection_rate", "actual", r, "percent", f"{r:.2f}")}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    cells = ['<td class="l">計</td>']
    for s in ("current", "arrears", "total"):
        a, c = tot[s]
        r = rate(c, a)
        for metric, v, unit, raw in (("assessed", a * 1000, "yen", num(a)), ("collected", c * 1000, "yen", num(c)),
                                     ("collection_rate", r, "percent", f"{r:.2f}")):
            cells.append(f'<td class="n">{g.fact(pg, None, "計", y, "令和６年度", s, metric, "actual", v, unit, raw)}</td>')
    rows.append('<tr class="sum">' + "".join(cells) + "</tr>")
    # 参考 box
    out_total = sum(S[d][y]["total"][3] for d in DEBTS)
    out_prev = sum(S[d][y - 1]["total"][3] for d in DEBTS)
    wo_total = sum(S[d][y]["total"][2] for d in DEBTS)
    ref = [
        "収入未済額の合計（令和６年度末）：" + g.fact(pg, None, None, y, "令和６年度末", "total", "outstanding", "actual", out_total * 1000, "yen", f"{num(out_total)}千円"),
        "収入未済額の合計（令和５年度末）：" + g.fact(pg, None, None, y - 1, "令和５年度末", "total", "outstanding", "actual", out_prev * 1000, "yen", f"{num(out_prev)}千円"),
        "前年度末からの増減：" + g.fact(pg, None, None, y, "令和６年度末", "total", "difference", "actual", (out_total - out_prev) * 1000, "yen", f"{tri(out_total - out_prev)}千円"),
        "不納欠損額の合計（令和６年度）：" + g.fact(pg, None, None, y, "令和６年度", "total", "written_off", "actual", wo_total * 1000, "yen", f"{num(wo_total)}千円"),
    ]
    return f"""<div class="page"><div class="tag">資料１</div>
<h2>１　主要債権の収納状況（令和６年度決算）</h2>
<div class="unit">（単位：千円、％）</div>
<table class="t zebra">
<thead>
<tr><th rowspan="3">債権名</th><th colspan="9">令和６年度決算</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>
</thead><tbody>{''.join(rows)}</tbody></table>
<div class="note">注）収納率＝収入済額÷調定額。調定額・収入済額は千円未満を四捨五入しているため、合計が一致しない場合がある。</div>
<div class="ref"><b>【参考】主要７債権の状況</b>{'<br>'.join('・' + x for x in ref)}</div>
<h3 style="margin-top:7mm">２　今後の進め方</h3>
<div style="font-size:9pt;line-height:1.7">　各債権所管課は、取組個票（資料３）に掲げた令和７年度の取組を着実に実施し、
１２月の滞納整理強化月間の結果を次回会議（令和８年２月予定）で報告する。また、収入未済額が前年度末から増加した債権については、
事務局（税務課債権管理担当）によるヒアリングを実施する。</div>
<div class="pno">－2－</div></div>"""


# ---------------------------------------------------------------- page 3: 資料２ long table + interim
def page_long(pg=3):
    rows = []
    for d in ["市税", "国民健康保険税", "介護保険料", "保育料", "市営住宅使用料"]:
        for i, y in enumerate(YEARS):
            o = S[d][y]["total"][3]
            fyr = reiwa(y)
            cells = [f'<td class="l">{E(d)}</td>' if i == 0 else '<td class="l"></td>', f"<td>{fyr}</td>",
                     f'<td class="n">{F(pg, d, y, fyr, "total", "outstanding", "actual", o * 1000, "yen", num(o))}</td>']
            if i == 0:
                cells.append('<td class="n">－</td>')
            else:
                dv = o - S[d][YEARS[i - 1]]["total"][3]
                cells.append(f'<td class="n">{F(pg, d, y, fyr, "total", "difference", "actual", dv * 1000, "yen", tri(dv))}</td>')
            note = ""
            if y == 2024:
                oa = S[d][y]["arrears"][3]
                note = "うち滞納繰越分 " + F(pg, d, y, fyr, "arrears", "outstanding", "actual", oa * 1000, "yen", f"{num(oa)}千円")
            cells.append(f"<td>{note}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
    # interim table with stacked cells
    irows = []
    for d in DEBTS:
        (a1, c1), (a0, c0) = INTERIM[d]
        r1, r0 = rate(c1, a1), rate(c0, a0)
        st1 = (F(pg, d, 2025, "令和７年９月末", "total", "collected", "interim", c1 * 1000, "yen", num(c1), as_of="2025-09-30")
               + "<br>" + F(pg, d, 2025, "令和７年９月末", "total", "collection_rate", "interim", r1, "percent", f"{r1:.2f}%", as_of="2025-09-30"))
        st0 = (F(pg, d, 2024, "令和６年９月末", "total", "collected", "interim", c0 * 1000, "yen", num(c0), as_of="2024-09-30")
               + "<br>" + F(pg, d, 2024, "令和６年９月末", "total", "collection_rate", "interim", r0, "percent", f"{r0:.2f}%", as_of="2024-09-30"))
        dd = rdiff(r1, r0)
        dcell = F(pg, d, 2025, "令和７年９月末", "total", "difference", "interim", dd, "points", tri(dd, "▲", 2), as_of="2025-09-30")
        irows.append(f'<tr><td class="l">{E(d)}</td><td class="n">{st1}</td><td class="n">{st0}</td><td class="n">{dcell}</td></tr>')
    return f"""<div class="page"><div class="tag">資料２</div>
<h2>１　債権別 収入未済額の推移（令和４年度～令和６年度）</h2>
<table class="t" style="width:100%">
<thead><tr><th style="width:26%">債権名</th><th style="width:14%">年度</th><th>収入未済額（千円）</th><th>前年度比増減（千円）</th><th style="width:30%">備考</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<div class="note">※ 収入未済額は各年度の出納閉鎖時点。△は減少を示す。</div>
<h2 style="margin-top:6mm">２　令和７年度上半期（９月末）の収納状況</h2>
<div class="unit">上段：収入済額（千円）　下段：収納率　※現年度分と滞納繰越分の計</div>
<table class="t">
<thead><tr><th>債権名</th><th>令和７年９月末</th><th>令和６年９月末（前年同月）</th><th>収納率の差（ポイント）</th></tr></thead>
<tbody>{''.join(irows)}</tbody></table>
<div class="note">▲は前年同月を下回っていることを示す。</div>
<div class="pno">－3－</div></div>"""


# ---------------------------------------------------------------- sheets
def strip(debt, dept, kind, combined=False):
    if combined:
        return (f'<table class="strip"><tr><td class="v">債権名　{E(debt)}</td><td>所管課　{E(dept)}</td>'
                f'<td>債権区分　{E(kind)}</td></tr></table>')
    return (f'<table class="strip"><tr><td class="k">債権名</td><td class="v">{E(debt)}</td><td class="k">所管課</td>'
            f'<td>{E(dept)}</td><td class="k">債権区分</td><td>{E(kind)}</td></tr></table>')


def trend_table(pg, debt, yraw):
    """Rows merged vertically by segment, one column per year."""
    rows = []
    spec = [("current", [("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate")]),
            ("arrears", [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"), ("収納率", "collection_rate")]),
            ("total", [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
                       ("収入未済額", "outstanding"), ("収納率", "collection_rate")])]
    idx = {"assessed": 0, "collected": 1, "written_off": 2, "outstanding": 3, "collection_rate": 4}
    for seg, mets in spec:
        for j, (lab, m) in enumerate(mets):
            cells = []
            if j == 0:
                cells.append(f'<td rowspan="{len(mets)}" style="text-align:center;background:#f2f2f2">{SEGJ[seg]}</td>')
            cells.append(f'<td class="l">{lab}</td>')
            for y in YEARS:
                v = S[debt][y][seg][idx[m]]
                if m == "collection_rate":
                    raw = F(pg, debt, y, yraw[y], seg, m, "actual", v, "percent", f"{v:.2f}")
                else:
                    raw = F(pg, debt, y, yraw[y], seg, m, "actual", v * 1000, "yen", num(v))
                cells.append(f'<td class="n">{raw}</td>')
            rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{E(yraw[y])}</th>" for y in YEARS)
    return (f'<div class="unit">（単位：千円、％）</div><table class="t"><thead><tr><th colspan="2">区分</th>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def target_table(pg, debt, years_raw):
    rows = []
    for y, (tc, ta) in sorted(TARGETS[debt].items()):
        yr = years_raw[y]
        c = [f"<td>{yr}</td>",
             f'<td class="n">{F(pg, debt, y, yr, "current", "collection_rate", "target", tc, "percent", f"{tc:.2f}")}</td>']
        if y in S[debt]:
            rc = S[debt][y]["current"][4]
            c.append(f'<td class="n">{F(pg, debt, y, yr, "current", "collection_rate", "actual", rc, "percent", f"{rc:.2f}")}</td>')
            c.append(f'<td class="n">{rc / tc * 100:.1f}</td>')
        else:
            c += ['<td class="n">－</td>', '<td class="n">－</td>']
        c.append(f'<td class="n">{F(pg, debt, y, yr, "arrears", "collection_rate", "target", ta, "percent", f"{ta:.2f}")}</td>')
        if y in S[debt]:
            ra = S[debt][y]["arrears"][4]
            c.append(f'<td class="n">{F(pg, debt, y, yr, "arrears", "collection_rate", "actual", ra, "percent", f"{ra:.2f}")}</td>')
            c.append(f'<td class="n">{ra / ta * 100:.1f}</td>')
        else:
            c += ['<td class="n">－</td>', '<td class="n">－</td>']
        rows.append("<tr>" + "".join(c) + "</tr>")
    return ('<div class="unit">（収納率・達成率：％）</div><table class="t"><thead>'
            '<tr><th rowspan="2">年度</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th></tr>'
            '<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>実績</th><th>達成率</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def items_cell(pg, debt, section, items):
    """items: (label, text, status, tag_style) ; tag_style 'after' | 'newline' | None."""
    ps = []
    for label, text, status, style in items:
        g.init(pg, CANON[debt], debt, 2025, section, label, text.strip("　"), status)
        tag = f"【{status}】" if status else ""
        if style == "newline":
            ps.append(f"<p>{label}{E(text)}<br>{tag}</p>")
        else:
            ps.append(f"<p>{label}{E(text)}{tag}</p>")
    return "".join(ps)


def sheet_citytax(pg=4):
    d = "市税"
    yraw = {y: reiwa(y) for y in YEARS}
    (a, c) = CITYTAX_SEP["current"], CITYTAX_SEP["arrears"]
    sep = {s: CITYTAX_SEP[s] for s in CITYTAX_SEP}
    ra = {s: rate(sep[s][1], sep[s][0]) for s in sep}
    ta, tc = INTERIM[d][0]
    rt = rate(tc, ta)
    bullets = [
        "現年分　" + F(pg, d, 2025, "令和７年９月末", "current", "collection_rate", "interim", ra["current"], "percent", f"{ra['current']:.2f}％", as_of="2025-09-30"),
        "滞繰分　" + F(pg, d, 2025, "令和７年９月末", "arrears", "collection_rate", "interim", ra["arrears"], "percent", f"{ra['arrears']:.2f}％", as_of="2025-09-30"),
        "合　計　" + F(pg, d, 2025, "令和７年９月末", "total", "collection_rate", "interim", rt, "percent", f"{rt:.2f}％", as_of="2025-09-30"),
    ]
    sec = "令和７年度の取組"
    items = [
        ("①", "納期限後２０日以内に督促状を発付し、督促後も納付のない者には早期に文書催告と電話催告を行う。", "継続", "after"),
        ("②", "預貯金・給与の照会を電子化し、財産が判明した滞納者には速やかに差押えを執行する。", "拡充", "after"),
        ("③", "差し押さえた不動産・動産はインターネット公売により換価を進める。", "継続", "after"),
        ("④", "市県民税の特別徴収義務者の指定を徹底し、普通徴収からの切替えを促す。", "新規", "after"),
    ]
    return f"""<div class="page"><div class="tag">資料３－１</div>
<h2>取組個票　１</h2>
{strip(d, "税務課", "強制徴収公債権")}
<h3>１　収納状況の推移</h3>
{trend_table(pg, d, yraw)}
<h3>２　目標と実績</h3>
{target_table(pg, d, {2023: "令和５年度", 2024: "令和６年度", 2025: "令和７年度"})}
<div class="box" style="width:55%"><div class="bt">【収納率】令和７年９月末時点</div>
{''.join(f'<div class="bul">・{b}</div>' for b in bullets)}</div>
<h3>３　取組内容</h3>
<table class="t"><tr><td class="vert">取組内容</td><td class="items">{items_cell(pg, d, sec, items)}</td></tr></table>
<div class="pno">－4－</div></div>"""


def sheet_kokuho(pg=5):
    d = "国民健康保険税"
    yraw = {2022: "R4", 2023: "R5", 2024: "R6"}
    sec = "令和７年度の取組"
    cur = [("①", "口座振替の勧奨を加入手続時に必ず行い、新規加入世帯の口座振替率を高める。", "継続", "after"),
           ("②", "納期限後の未納者に対し、委託による電話催告を夜間・休日にも実施する。", "拡充", "after")]
    arr = [("①", "短期被保険者証の更新時に納付相談を行い、分割納付の履行状況を毎月確認する。", "継続", "after"),
           ("②", "市税と重複する滞納者は税務課と共同で財産調査を行い、一括して滞納処分を進める。", "新規", "after")]
    return f"""<div class="page"><div class="tag">資料３－２</div>
<h2>取組個票　２</h2>
{strip(d, "保険年金課", "強制徴収公債権", combined=True)}
<h3>１　収納状況の推移</h3>
{trend_table(pg, d, yraw)}
<h3>２　目標と実績</h3>
{target_table(pg, d, {2023: "R5", 2024: "R6", 2025: "R7"})}
<h3>３　令和７年度の取組</h3>
<table class="t"><thead><tr><th style="width:18%">区分</th><th>取組内容</th></tr></thead>
<tr><td style="text-align:center">現年度分</td><td class="items">{items_cell(pg, d, sec, cur)}</td></tr>
<tr><td style="text-align:center">滞納繰越分</td><td class="items">{items_cell(pg, d, sec, arr)}</td></tr></table>
<div class="pno">－5－</div></div>"""


def block(pg, debt, y, yraw):
    rows = []
    for s in ("current", "arrears", "total"):
        a, c, w, o, r = S[debt][y][s]
        rows.append(f"<tr><td>{SEGJ[s]}</td>"
                    f'<td class="n">{F(pg, debt, y, yraw, s, "assessed", "actual", a * 1000, "yen", num(a))}</td>'
                    f'<td class="n">{F(pg, debt, y, yraw, s, "collected", "actual", c * 1000, "yen", num(c))}</td>'
                    f'<td class="n">{F(pg, debt, y, yraw, s, "outstanding", "actual", o * 1000, "yen", num(o))}</td>'
                    f'<td class="n">{F(pg, debt, y, yraw, s, "collection_rate", "actual", r, "percent", f"{r:.2f}")}</td></tr>')
    return ('<table class="t"><thead><tr><th>区分</th><th>調定額</th><th>収入済額</th><th>収入未済額</th><th>収納率</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def sheet_kaigo(pg=6):
    d = "介護保険料"
    tc, ta = TARGETS[d][2025]
    sec = "令和７年度の取組"
    items = [
        ("(1)", "普通徴収の被保険者に対し、年金からの特別徴収へ切り替わるまでの間の口座振替を勧奨する。", "継続", "after"),
        ("(2)", "滞納が１年を超える被保険者には給付制限の事前通知を送付し、納付相談につなげる。", "継続", "newline"),
        ("(3)", "時効が近い債権を月次で抽出し、納付誓約による時効の更新を図る。", "新規", "after"),
    ]
    return f"""<div class="page"><div class="tag">資料３－３</div>
<h2>取組個票　３</h2>
{strip(d, "長寿健康課", "強制徴収公債権")}
<h3>１　収納状況（単位：千円、％）</h3>
<div class="side"><div><div style="text-align:center;font-weight:bold;border:1px solid #444;background:#fce4d6">令和５年度決算</div>{block(pg, d, 2023, "令和５年度")}</div>
<div><div style="text-align:center;font-weight:bold;border:1px solid #444;background:#fce4d6">令和６年度決算</div>{block(pg, d, 2024, "令和６年度")}</div></div>
<h3>２　令和７年度の目標</h3>
<table class="t" style="width:60%"><tr><th>目標収納率（現年度分）</th><td class="n">{F(pg, d, 2025, "令和７年度", "current", "collection_rate", "target", tc, "percent", f"{tc:.2f}％")}</td></tr>
<tr><th>目標収納率（滞納繰越分）</th><td class="n">{F(pg, d, 2025, "令和７年度", "arrears", "collection_rate", "target", ta, "percent", f"{ta:.2f}％")}</td></tr></table>
<h3>３　令和７年度の取組</h3>
<div class="items" style="font-size:9pt">{items_cell(pg, d, sec, items)}</div>
<h3>４　課題</h3>
<div style="font-size:9pt">　滞納繰越分は、生活困窮等により納付が難しい高齢者世帯が多く、執行停止の判断を適切に行う必要がある。</div>
<div class="pno">－6－</div></div>"""


def sheet_hoiku(pg=7):
    d = "保育料"
    y = 2024
    yr = "2024年度"
    idx = {"assessed": 0, "collected": 1, "collection_rate": 4}
    # left: metric rows x segment columns
    lrows = []
    for lab, m in (("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate")):
        cells = [f"<th>{lab}</th>"]
        for s in ("current", "arrears", "total"):
            v = S[d][y][s][idx[m]]
            raw = (F(pg, d, y, yr, s, m, "actual", v, "percent", f"{v:.2f}") if m == "collection_rate"
                   else F(pg, d, y, yr, s, m, "actual", v * 1000, "yen", num(v)))
            cells.append(f'<td class="n">{raw}</td>')
        lrows.append("<tr>" + "".join(cells) + "</tr>")
    # right: segment rows x metric columns
    rrows = []
    for s in ("current", "arrears", "total"):
        a, c, w, o, r = S[d][y][s]
        wcell = F(pg, d, y, yr, s, "written_off", "actual", w * 1000, "yen", num(w)) if w else "－"
        rrows.append(f"<tr><th>{SEGJ[s]}</th><td class='n'>{wcell}</td>"
                     f"<td class='n'>{F(pg, d, y, yr, s, 'outstanding', 'actual', o * 1000, 'yen', num(o))}</td></tr>")
    # multi-year rates
    mrows = []
    for s in ("current", "arrears", "total"):
        cells = [f"<td>{SEGJ[s]}</td>"]
        for yy in YEARS:
            v = S[d][yy][s][4]
            cells.append(f'<td class="n">{F(pg, d, yy, f"{yy}年度", s, "collection_rate", "actual", v, "percent", f"{v:.2f}")}</td>')
        mrows.append("<tr>" + "".join(cells) + "</tr>")
    tc, ta = TARGETS[d][2025]
    sec = "重点取組"
    items = [
        ("ア", "　入園時に口座振替の申込みを必須とし、振替不能時は翌月に再振替を行う。", "継続", "after"),
        ("イ", "　保護者の同意を得て児童手当からの特別徴収を行う。", "継続", "after"),
        ("ウ", "　卒園後の滞納者には、税務課への徴収移管を予告する催告書を送付する。", "新規", "after"),
    ]
    return f"""<div class="page"><div class="tag">資料３－４</div>
<h2>取組個票　４</h2>
{strip(d, "子ども子育て課", "強制徴収公債権")}
<h3>１　2024年度決算の状況（単位：千円、％）</h3>
<div class="side"><div><table class="t"><thead><tr><th></th><th>現年度分</th><th>滞納繰越分</th><th>計</th></tr></thead>
<tbody>{''.join(lrows)}</tbody></table></div>
<div style="flex:0.8"><table class="t"><thead><tr><th>区分</th><th>不納欠損額</th><th>収入未済額</th></tr></thead>
<tbody>{''.join(rrows)}</tbody></table></div></div>
<h3>２　収納率の推移（％）</h3>
<table class="t" style="width:70%"><thead><tr><th>区分</th>{''.join(f'<th>{yy}年度</th>' for yy in YEARS)}</tr></thead>
<tbody>{''.join(mrows)}</tbody></table>
<h3>３　2025年度の目標</h3>
<div style="font-size:9pt">　現年度分の収納率 {F(pg, d, 2025, "2025年度", "current", "collection_rate", "target", tc, "percent", f"{tc:.2f}％")}、
滞納繰越分の収納率 {F(pg, d, 2025, "2025年度", "arrears", "collection_rate", "target", ta, "percent", f"{ta:.2f}％")} を目標とする。</div>
<div class="box"><div class="bt">重点取組</div><div class="items">{items_cell(pg, d, sec, items)}</div></div>
<div class="pno">－7－</div></div>"""


# 市営住宅使用料: 円-level figures for 令和６年度 (consistent with the 千円 series to within 1千円)
JYU_YEN = {}
for s, extra in (("current", (412, 187)), ("arrears", (655, 348))):
    a, c, w, o, r = S["市営住宅使用料"][2024][s]
    ay = a * 1000 - extra[0]
    cy = c * 1000 - extra[1]
    JYU_YEN[s] = (ay, cy, rate(cy, ay))


def sheet_jutaku(pg=8):
    d = "市営住宅使用料"
    lrows = []
    for s in ("current", "arrears"):
        ay, cy, ry = JYU_YEN[s]
        lrows.append(f"<tr><td>{SEGJ[s]}</td>"
                     f"<td class='n'>{F(pg, d, 2024, '令和６年度', s, 'assessed', 'actual', ay, 'yen', num(ay))}</td>"
                     f"<td class='n'>{F(pg, d, 2024, '令和６年度', s, 'collected', 'actual', cy, 'yen', num(cy))}</td>"
                     f"<td class='n'>{F(pg, d, 2024, '令和６年度', s, 'collection_rate', 'actual', ry, 'percent', f'{ry:.2f}')}</td></tr>")
    rrows = []
    for y, yr in zip(YEARS, ["4年度", "5年度", "6年度"]):
        o = S[d][y]["total"][3]
        oa = S[d][y]["arrears"][3]
        rrows.append(f"<tr><td class='l'>{yr}</td><td class='n'>{F(pg, d, y, yr, 'total', 'outstanding', 'actual', o * 1000, 'yen', num(o))}</td>"
                     f"<td class='n'>{F(pg, d, y, yr, 'arrears', 'outstanding', 'actual', oa * 1000, 'yen', num(oa))}</td></tr>")
    tc, ta = TARGETS[d][2025]
    sec = "課題と対応策"
    acts1 = [("①", "滞納３か月の時点で連帯保証人にも納付を求める通知を送付する。", "継続", "after"),
             ("②", "滞納６か月以上の入居者には明渡請求を前提とした最終催告を行う。", "拡充", "after")]
    acts2 = [("①", "退去者の転居先を住民票等で調査し、文書と訪問により納付を求める。", "継続", "after"),
             ("②", "少額訴訟・支払督促の申立てを弁護士と連携して計画的に行う。", "新規", "after")]
    return f"""<div class="page"><div class="tag">資料３－５</div>
<h2>取組個票　５</h2>
{strip(d, "住宅政策課", "私債権")}
<h3>１　収納状況</h3>
<div class="side"><div style="flex:1.35"><div class="note" style="font-size:8.5pt">令和６年度決算</div><table class="t"><thead><tr><th>区分</th><th>調定額（円）</th><th>収入済額（円）</th><th>収納率（％）</th></tr></thead>
<tbody>{''.join(lrows)}</tbody></table></div>
<div><div class="note" style="font-size:8.5pt">収入未済額の推移（令和４～６年度）</div><table class="t"><thead><tr><th>年度</th><th>収入未済額（千円）</th><th>うち滞納繰越分（千円）</th></tr></thead>
<tbody>{''.join(rrows)}</tbody></table></div></div>
<div class="note">※ 千円表示の表は千円未満を四捨五入。</div>
<h3>２　令和７年度の目標</h3>
<table class="t" style="width:70%"><thead><tr><th>区分</th><th>目標収納率（％）</th></tr></thead>
<tr><td>現年度分</td><td class="n">{F(pg, d, 2025, "令和７年度", "current", "collection_rate", "target", tc, "percent", f"{tc:.2f}")}</td></tr>
<tr><td>滞納繰越分</td><td class="n">{F(pg, d, 2025, "令和７年度", "arrears", "collection_rate", "target", ta, "percent", f"{ta:.2f}")}</td></tr></table>
<h3>３　課題と対応策</h3>
<table class="t"><thead><tr><th style="width:38%">課題</th><th>対応策</th></tr></thead>
<tr><td>入居中の滞納者のうち、滞納が長期化している世帯が多い。</td><td class="items">{items_cell(pg, d, sec, acts1)}</td></tr>
<tr><td>退去者の滞納分は所在が把握しにくく、回収が進んでいない。</td><td class="items">{items_cell(pg, d, sec, acts2)}</td></tr></table>
<div class="pno">－8－</div></div>"""


def build():
    pages = [page_cover(), page_summary(), page_long(), sheet_citytax(), sheet_kokuho(), sheet_kaigo(),
             sheet_hoiku(), sheet_jutaku()]
    doc = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
    src = WORK / f"{STEM}.html"
    src.write_text(doc, encoding="utf-8")
    out = PDF_DIR / f"{STEM}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "--allow-file-access-from-files", src.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    document = {"kind": "committee_material", "family": "committee", "municipality": CITY, "title": TITLE,
                "date": "2025-11-19", "date_raw": "令和７年１１月１９日"}
    write_gold(STEM, document, g)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
