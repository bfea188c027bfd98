"""fk_seto_progress_1: 収納状況（２月末）と後半の取組の中間報告 (HTML/CSS -> chromium --print-to-pdf).

Run from corpus/frozen34:  python3 build/fk_seto_progress.py
"""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fk_common import Gold, PDF_DIR, WORK, c, chromium_pdf, fr, rate, rnd, tri, zen  # noqa: E402

STEM = "fk_seto_progress_1"
CITY = "瀬戸市"
TITLE = "令和５年度 市税等の収納状況及び後半の取組について（令和６年２月末現在）"
G = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-02-29", "令和６年２月末現在")
ASOF, PREV_ASOF = "2024-02-29", "2023-02-28"
FY, PFY = 2023, 2022

# ------------------------------------------------------------------ data (千円)
# 市税 現年課税分: month-end cumulative 調定額 (hidden) and 収納率 target -> 収入済額
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
MEND = {"4月末": (4, 30), "5月末": (5, 31), "6月末": (6, 30), "7月末": (7, 31), "8月末": (8, 31), "9月末": (9, 30),
        "10月末": (10, 31), "11月末": (11, 30), "12月末": (12, 31), "1月末": (1, 31), "2月末": (2, 28), "3月末": (3, 31)}
ASS5 = [15802340, 16120455, 21298770, 21320410, 21331205, 21338950, 21341120, 21343880, 21344905, 21345210, 21345600]
RT5 = [.0984, .2615, .3102, .4177, .4935, .5590, .6248, .6812, .7685, .8240, .9241]
ASS4 = [15640120, 15955310, 21046215, 21068750, 21077302, 21082115, 21084390, 21086205, 21087140, 21087902, 21088310, 21090455]
RT4 = [.0971, .2588, .3085, .4150, .4902, .5571, .6220, .6795, .7660, .8221, .9223, .9786]


def month_asof(m, fy):
    mo, d = MEND[m]
    y = fy if mo >= 4 else fy + 1
    if mo == 2 and y % 4 == 0:
        d = 29
    return f"{y}-{mo:02d}-{d:02d}"


MON5 = [(a, round(a * r)) for a, r in zip(ASS5, RT5)]
MON4 = [(a, round(a * r)) for a, r in zip(ASS4, RT4)]

# main debts at 2月末: (printed name, canonical, cur_a, cur_c, arr_a, arr_c) for 今期 and 前年同期
MAIN = [
    ("市税", "市税", (ASS5[-1], MON5[-1][1], 1102450, 258806), (ASS4[10], MON4[10][1], 1215880, 276410)),
    ("国民健康保険税", "国民健康保険料", (3488120, 3012455, 905316, 177812), (3562048, 3061890, 968702, 183540)),
    ("介護保険料", "介護保険料", (2604855, 2463208, 58412, 11356), (2571330, 2428507, 61205, 11490)),
]


def seg(a, col):
    return dict(a=a, c=col, r=rate(col, a))


def main_rows(t):
    ca, cc, aa, ac = t
    return {"current": seg(ca, cc), "arrears": seg(aa, ac), "total": seg(ca + aa, cc + ac)}


# その他の債権（２月末）: name, canonical, cur_a, cur_rate, arr_a, arr_rate, prev_cur_rate, prev_arr_rate
OTHERS = [
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 1298450, .9412, 9815, .3520, 93.95, 34.87),
    ("保育料", "保育料", 268420, .9305, 21584, .1482, 93.21, 14.30),
    ("放課後児童クラブ利用料", "放課後児童クラブ利用料", 64210, .9388, 1840, .3011, 93.52, 29.88),
    ("市営住宅使用料", "市営住宅使用料", 238905, .9246, 48770, .1205, 92.18, 11.74),
    ("住宅新築資金等貸付金", "住宅新築資金等貸付金", 5120, .6850, 84512, .0188, 66.41, 1.95),
    ("下水道使用料", "下水道使用料", 2014388, .8971, 52340, .3345, 89.42, 32.80),
    ("下水道事業受益者負担金", "下水道事業受益者負担金", 38450, .9120, 12240, .1540, 91.35, 15.82),
    ("農業集落排水施設使用料", "農業集落排水施設使用料", 42310, .9018, 1924, .2810, 89.87, 27.45),
    ("生活保護費返還金", "生活保護費返還金", 31845, .4120, 162380, .0415, 40.85, 3.98),
    ("児童扶養手当返還金", "児童扶養手当返還金", 4218, .3715, 18840, .0520, 35.60, 5.31),
    ("学校給食費", "学校給食費", 612410, .9385, 8412, .2210, 93.70, 21.55),
    ("し尿処理手数料", "し尿処理手数料", 18230, .9120, 2018, .2285, 91.05, 22.40),
]
OTHER_REST = ("その他", None, 96420, .8815, 14236, .1620, 88.02, 15.95)

# 年度末見込（収納率％）: name, canon, 目標(現,滞), 見込(現,滞), R4決算(現,滞), 収入未済額見込(百万円)
OUTLOOK = [
    ("市税", "市税", (98.90, 27.50), (98.95, 27.10), (98.84, 26.42), 812.4),
    ("国民健康保険税", "国民健康保険料", (93.80, 22.00), (93.65, 22.35), (93.41, 21.18), 725.6),
    ("介護保険料", "介護保険料", (98.80, 21.00), (98.86, 21.40), (98.71, 20.95), 38.7),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (99.60, 40.00), (99.64, 41.20), (99.58, 39.86), 4.9),
    ("保育料", "保育料", (98.90, 17.00), (98.72, 16.80), (98.85, 16.27), 19.3),
]

# 滞納者数（人）・差押件数（件）: 今期 and 前年同月
DELQ = [("市税", "市税", 6412, 6895, 1284, 1190), ("国民健康保険税", "国民健康保険料", 3105, 3320, 602, 571),
        ("介護保険料", "介護保険料", 1188, 1236, 42, 35)]

# ------------------------------------------------------------------ html helpers
PAGES: list[str] = []
PAGE = 0


def F(raw, value, unit, metric, basis, segm, fy, fy_raw, debt=None, debt_raw=None, as_of=None, approx=False, area=None):
    return G.f(PAGE, raw, value, unit, metric, basis, segm, fy, fy_raw, debt, debt_raw, as_of, approx, area)


def e(s):
    return html.escape(str(s))


def new_page(body, footer=True):
    n = len(PAGES) + 1
    PAGES.append(f'<section class="page">{body}'
                 + (f'<div class="pno">－{n}－</div>' if footer else "") + "</section>")


CSS = """
@page { size: A4; margin: 14mm 15mm 12mm 15mm; }
* { box-sizing: border-box; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 9.5pt; color: #000; margin: 0; }
section.page { position: relative; height: 262mm; overflow: visible; page-break-after: always; break-after: page; }
section.page:last-child { page-break-after: auto; break-after: auto; }
.pno { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
h1 { font-size: 14pt; text-align: center; margin: 2mm 0 1mm; }
.sub { text-align: right; font-size: 9.5pt; margin-bottom: 4mm; }
h2 { font-size: 11pt; margin: 5mm 0 2mm; border-left: 4px solid #1f4e79; padding-left: 2mm; }
h3 { font-size: 10pt; margin: 3mm 0 1.5mm; }
p { margin: 1mm 0; line-height: 1.6; text-indent: 1em; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th, td { border: 0.6pt solid #444; padding: 1.2mm 1.5mm; }
th { background: #dce6f0; font-weight: bold; text-align: center; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.l { text-align: left; }
td.c { text-align: center; }
table.zebra th, table.zebra td { border: none; padding: 1.6mm 1.5mm; }
table.zebra thead th { background: #1f4e79; color: #fff; }
table.zebra tbody tr:nth-child(even) td { background: #eaf0f7; }
table.zebra { border-top: 1.2pt solid #1f4e79; border-bottom: 1.2pt solid #1f4e79; }
.unit { text-align: right; font-size: 8pt; margin: 1mm 0; }
.note { font-size: 8pt; margin: 1mm 0; line-height: 1.4; text-indent: 0; }
.box { border: 1pt solid #000; padding: 2mm 4mm; margin: 2mm 0; }
.box ul { margin: 1mm 0; padding-left: 5mm; }
.box li { list-style: none; line-height: 1.7; }
.kv { font-weight: bold; }
ol.items { margin: 1mm 0 2mm; padding-left: 0; }
ol.items li { list-style: none; margin: 1mm 0 1mm 2em; text-indent: -2em; line-height: 1.55; }
.tag { font-weight: bold; }
"""

# ------------------------------------------------------------------ page 1
PAGE = 1
b = [f"<h1>{e(TITLE.split('（')[0])}</h1>", '<div class="sub">（令和６年２月末現在）<br>瀬戸市 財務部 収納課</div>']
b.append("<h2>１　収納状況の概要</h2>")
s5 = main_rows(MAIN[0][2])
s4 = main_rows(MAIN[0][3])
lines = []
for segm, lab in (("current", "現年分"), ("arrears", "滞繰分"), ("total", "合計")):
    lines.append(f"<li>{lab}　" + F(fr(s5[segm]["r"]) + "％", s5[segm]["r"], "percent", "collection_rate", "interim", segm, FY,
                                      "令和６年２月末", "市税", "市税", ASOF)
                 + "（前年同月 " + F(fr(s4[segm]["r"]) + "％", s4[segm]["r"], "percent", "collection_rate", "interim", segm, PFY,
                                      "前年同月", "市税", "市税", PREV_ASOF) + "）</li>")
b.append('<div class="box"><div class="kv">【収納率】令和６年２月末時点（市税）</div><ul>' + "".join(lines) + "</ul></div>")
dt = rnd(s5["total"]["r"] - s4["total"]["r"], 2)
dc = rnd(s5["current"]["r"] - s4["current"]["r"], 2)
k5, k4 = main_rows(MAIN[1][2]), main_rows(MAIN[1][3])
dk = rnd(k5["total"]["r"] - k4["total"]["r"], 2)
out5 = s5["total"]["a"] - s5["total"]["c"]
out4 = s4["total"]["a"] - s4["total"]["c"]
man5 = int(rnd(out5 / 10000, 0))          # 千円 -> 千万円 units
b.append("<p>市税の２月末現在の収納率は、合計で前年同月比"
         + F(fr(dt) + "ポイント", dt, "points", "difference", "interim", "total", FY, "前年同月比", "市税", "市税", ASOF)
         + "上昇し、このうち現年分は"
         + F(fr(dc) + "ポイント", dc, "points", "difference", "interim", "current", FY, "前年同月比", "市税", "市税", ASOF)
         + "の上昇となった。２月末時点の未収額（調定額から収入済額を差し引いた額）は"
         + F(f"約{man5 // 10}億{(man5 % 10) * 1000:,}万円" if man5 % 10 else f"約{man5 // 10}億円",
             man5 * 10000000, "yen", "outstanding", "interim", "total", FY, "２月末", "市税", "市税", ASOF, approx=True)
         + "で、納期内納付の定着と滞納整理の早期着手の効果が表れている。</p>")
b.append("<p>国民健康保険税は、被保険者数の減少により調定額が縮小する中、合計の収納率が前年同月比"
         + F(fr(dk) + "ポイント", dk, "points", "difference", "interim", "total", FY, "前年同月比", "国民健康保険料", "国民健康保険税", ASOF)
         + "の上昇となった。介護保険料は、おおむね前年並みで推移している。</p>")

b.append('<h3>表１　主要債権の収納状況（令和６年２月末現在・前年同期比較）</h3>')
t = ['<table><thead><tr><th rowspan="2">債権名</th><th rowspan="2">区分</th><th colspan="3">前年同期</th>'
     '<th colspan="3">今期</th><th rowspan="2">増減<br>（ポイント）</th></tr><tr>'
     '<th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th>'
     '<th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th></tr></thead><tbody>']
for name, canon, now, prev in MAIN:
    rn, rp = main_rows(now), main_rows(prev)
    for i, (segm, lab) in enumerate((("current", "現年分"), ("arrears", "滞繰分"), ("total", "計"))):
        row = "<tr>"
        if i == 0:
            row += f'<td rowspan="3" class="c">{e(name)}</td>'
        row += f'<td class="c">{lab}</td>'
        for d, fy, fyr, asof in ((rp[segm], PFY, "前年同期", PREV_ASOF), (rn[segm], FY, "今期", ASOF)):
            row += f'<td class="n">{F(c(d["a"]), d["a"] * 1000, "yen", "assessed", "interim", segm, fy, fyr, canon, name, asof)}</td>'
            row += f'<td class="n">{F(c(d["c"]), d["c"] * 1000, "yen", "collected", "interim", segm, fy, fyr, canon, name, asof)}</td>'
            row += f'<td class="n">{F(fr(d["r"]), d["r"], "percent", "collection_rate", "interim", segm, fy, fyr, canon, name, asof)}</td>'
        diff = rnd(rn[segm]["r"] - rp[segm]["r"], 2)
        row += f'<td class="n">{F(tri(diff, "{:.2f}"), diff, "points", "difference", "interim", segm, FY, "今期", canon, name, ASOF)}</td></tr>'
        t.append(row)
t.append("</tbody></table>")
b.append("".join(t))
b.append('<div class="note">※ 前年同期は令和５年２月末現在、今期は令和６年２月末現在の累計額。増減の△は低下を示す。</div>')
new_page("".join(b))

# ------------------------------------------------------------------ page 2: monthly table
PAGE = 2
b = ["<h2>２　月別収納状況（市税・現年課税分）</h2>",
     '<div class="unit">（累計）</div>',
     '<table><thead><tr><th rowspan="2">月</th><th colspan="2">令和５年度</th><th colspan="2">令和４年度</th>'
     '<th rowspan="2">収納率の差<br>（ポイント）</th></tr><tr><th>収入済額（千円）</th><th>収納率（％）</th>'
     '<th>収入済額（千円）</th><th>収納率（％）</th></tr></thead><tbody>']
for i, m in enumerate(MONTHS):
    row = f'<tr><td class="c">{m}</td>'
    r5 = None
    if i < len(MON5):
        a, col = MON5[i]
        r5 = rate(col, a)
        row += f'<td class="n">{F(c(col), col * 1000, "yen", "collected", "interim", "current", FY, "令和５年度", "市税", "市税", month_asof(m, FY))}</td>'
        row += f'<td class="n">{F(fr(r5), r5, "percent", "collection_rate", "interim", "current", FY, "令和５年度", "市税", "市税", month_asof(m, FY))}</td>'
    else:
        row += '<td class="c">－</td><td class="c">－</td>'
    a, col = MON4[i]
    r4 = rate(col, a)
    row += f'<td class="n">{F(c(col), col * 1000, "yen", "collected", "interim", "current", PFY, "令和４年度", "市税", "市税", month_asof(m, PFY))}</td>'
    row += f'<td class="n">{F(fr(r4), r4, "percent", "collection_rate", "interim", "current", PFY, "令和４年度", "市税", "市税", month_asof(m, PFY))}</td>'
    if r5 is not None:
        d = rnd(r5 - r4, 2)
        row += f'<td class="n">{F(tri(d, "{:.2f}"), d, "points", "difference", "interim", "current", FY, "令和５年度", "市税", "市税", month_asof(m, FY))}</td>'
    else:
        row += '<td class="c">－</td>'
    b.append(row + "</tr>")
b.append("</tbody></table>")
b.append('<div class="note">※ 各月末の累計額。収納率＝収入済額÷各月末の調定額。令和５年度３月末は集計前のため「－」とした。</div>')
# small chart-free commentary + delinquents table
b.append("<h3>月別の動向</h3>")
feb5, feb4 = rate(MON5[10][1], MON5[10][0]), rate(MON4[10][1], MON4[10][0])
dec5, dec4 = rate(MON5[8][1], MON5[8][0]), rate(MON4[8][1], MON4[8][0])
b.append("<p>12月末の収納率は" + F(fr(dec5) + "％", dec5, "percent", "collection_rate", "interim", "current", FY, "12月末", "市税", "市税", "2023-12-31")
         + "で前年同月（" + F(fr(dec4) + "％", dec4, "percent", "collection_rate", "interim", "current", PFY, "前年同月", "市税", "市税", "2022-12-31")
         + "）を上回った。年末の一斉催告と夜間・休日の納税相談窓口の開設により、12月から２月にかけて前年を上回るペースで収納が進んでいる。"
           "２月末は" + F(fr(feb5) + "％", feb5, "percent", "collection_rate", "interim", "current", FY, "２月末", "市税", "市税", ASOF)
         + "となり、年度末には目標の98.90％を上回る見込みである。</p>")
G.f(PAGE, "98.90％", 98.90, "percent", "collection_rate", "target", "current", FY, "年度末", "市税", "市税")
# bar chart of 2月末 rates (SVG text = data labels)
HIST = [("令和元年度", 2019, 91.68, "2020-02-29"), ("令和２年度", 2020, 90.95, "2021-02-28"),
        ("令和３年度", 2021, 91.87, "2022-02-28"), ("令和４年度", 2022, rate(MON4[10][1], MON4[10][0]), "2023-02-28"),
        ("令和５年度", 2023, feb5, ASOF)]
svg = ['<svg width="170mm" height="62mm" viewBox="0 0 640 235" xmlns="http://www.w3.org/2000/svg" '
       'style="font-family:IPAexGothic">',
       '<text x="320" y="16" text-anchor="middle" font-size="13" font-weight="bold">図　２月末現在の現年分収納率の推移（市税・単位：％）</text>',
       '<line x1="60" y1="200" x2="620" y2="200" stroke="#000" stroke-width="1"/>']
for lv in (89, 90, 91, 92, 93):
    yv = 200 - (lv - 89) * 38
    svg.append(f'<line x1="60" y1="{yv}" x2="620" y2="{yv}" stroke="#ccc" stroke-width="0.6"/>'
               f'<text x="52" y="{yv + 4}" text-anchor="end" font-size="10">{lv}.0</text>')
for i, (lab, fy, v, asof) in enumerate(HIST):
    x = 95 + i * 110
    hgt = (v - 89) * 38
    svg.append(f'<rect x="{x}" y="{200 - hgt:.1f}" width="50" height="{hgt:.1f}" fill="{"#1f4e79" if i == 4 else "#8eaacb"}"/>')
    svg.append(f'<text x="{x + 25}" y="{194 - hgt:.1f}" text-anchor="middle" font-size="11">'
               + F(fr(v), v, "percent", "collection_rate", "interim", "current", fy, lab, "市税", "市税", asof) + "</text>")
    svg.append(f'<text x="{x + 25}" y="218" text-anchor="middle" font-size="11">{lab}</text>')
svg.append("</svg>")
b.append('<div style="margin:3mm 0 2mm">' + "".join(svg) + "</div>")
b.append('<h3>表２　滞納者数及び差押えの状況（２月末）</h3>')
t = ['<table><thead><tr><th rowspan="2">債権名</th><th colspan="2">滞納者数（人）</th><th colspan="2">差押件数（件）</th></tr>'
     '<tr><th>今期</th><th>前年同期</th><th>今期</th><th>前年同期</th></tr></thead><tbody>']
for name, canon, dn, dp, sn, sp in DELQ:
    t.append(f'<tr><td class="l">{e(name)}</td>'
             f'<td class="n">{F(c(dn), dn, "persons", "delinquents", "interim", "total", FY, "今期", canon, name, ASOF)}</td>'
             f'<td class="n">{F(c(dp), dp, "persons", "delinquents", "interim", "total", PFY, "前年同期", canon, name, PREV_ASOF)}</td>'
             f'<td class="n">{c(sn)}</td><td class="n">{c(sp)}</td></tr>')
t.append("</tbody></table>")
b.append("".join(t))
b.append('<div class="note">※ 滞納者数は２月末時点で滞納額を有する実人数。差押件数は４月からの累計。</div>')
new_page("".join(b))

# ------------------------------------------------------------------ pages 3-4: 一覧 broken across pages
HEAD = ('<table class="zebra"><thead><tr><th>債権名</th><th>区分</th><th>調定額（千円）</th><th>収入済額（千円）</th>'
        '<th>収納率（％）</th><th>前年同月<br>収納率（％）</th><th>増減<br>（ポイント）</th></tr></thead><tbody>')


def other_rows(entry, bold=False):
    name, canon, ca, crt, aa, art, pcr, par = entry
    cc, ac = round(ca * crt), round(aa * art)
    rows = []
    for segm, lab, a, col, prev in (("current", "現年分", ca, cc, pcr), ("arrears", "滞繰分", aa, ac, par)):
        r_ = rate(col, a)
        d = rnd(r_ - prev, 2)
        draw = name
        rows.append("<tr>"
                    + f'<td class="l">{e(name) if segm == "current" else ""}</td><td class="c">{lab}</td>'
                    + f'<td class="n">{F(c(a), a * 1000, "yen", "assessed", "interim", segm, FY, "令和５年度", canon, draw, ASOF)}</td>'
                    + f'<td class="n">{F(c(col), col * 1000, "yen", "collected", "interim", segm, FY, "令和５年度", canon, draw, ASOF)}</td>'
                    + f'<td class="n">{F(fr(r_), r_, "percent", "collection_rate", "interim", segm, FY, "令和５年度", canon, draw, ASOF)}</td>'
                    + f'<td class="n">{F(fr(prev), prev, "percent", "collection_rate", "interim", segm, PFY, "前年同月", canon, draw, PREV_ASOF)}</td>'
                    + f'<td class="n">{F(tri(d, "{:.2f}"), d, "points", "difference", "interim", segm, FY, "令和５年度", canon, draw, ASOF)}</td></tr>')
    return rows, (ca, cc, aa, ac)


PAGE = 3
b = ["<h2>３　その他の債権の収納状況</h2>"]
b.append("<p>後期高齢者医療保険料、保育料及び学校給食費は、口座振替の利用が多く、現年分はおおむね前年同月並みで推移している。"
         "市営住宅使用料は、退去者の滞納繰越分が収納率を押し下げており、連帯保証人への請求と法的措置の準備を進めている。"
         "生活保護費返還金及び児童扶養手当返還金は、受給中の方からの分割返還が中心であり、収納率は低い水準にとどまっている。</p>")
b += ['<h3>表３　債権別収納状況一覧（令和６年２月末現在）</h3>', HEAD]
sums = [0, 0, 0, 0]
for entry in OTHERS[:10]:
    rows, v = other_rows(entry)
    b += rows
    sums = [x + y for x, y in zip(sums, v)]
b.append("</tbody></table>")
b.append('<div class="note" style="text-align:right">（次ページへ続く）</div>')
new_page("".join(b))

PAGE = 4
b = ['<h3>表３　債権別収納状況一覧（令和６年２月末現在）（続き）</h3>', HEAD]
for entry in OTHERS[10:]:
    rows, v = other_rows(entry)
    b += rows
    sums = [x + y for x, y in zip(sums, v)]
rows, v = other_rows(OTHER_REST)
b += rows
sums = [x + y for x, y in zip(sums, v)]
ca, cc, aa, ac = sums
segsum = [("current", "現年分", ca, cc), ("arrears", "滞繰分", aa, ac), ("total", "計", ca + aa, cc + ac)]
for i, (segm, lab, a, col) in enumerate(segsum):
    r_ = rate(col, a)
    b.append('<tr style="font-weight:bold">' + f'<td class="l">{"合計" if i == 0 else ""}</td><td class="c">{lab}</td>'
             + f'<td class="n">{F(c(a), a * 1000, "yen", "assessed", "interim", segm, FY, "令和５年度", None, "合計", ASOF)}</td>'
             + f'<td class="n">{F(c(col), col * 1000, "yen", "collected", "interim", segm, FY, "令和５年度", None, "合計", ASOF)}</td>'
             + f'<td class="n">{F(fr(r_), r_, "percent", "collection_rate", "interim", segm, FY, "令和５年度", None, "合計", ASOF)}</td>'
             + '<td class="c">－</td><td class="c">－</td></tr>')
b.append("</tbody></table>")
b.append('<div class="note">※ 「その他」は上記以外の使用料・手数料・貸付金等19債権の合計。合計欄は表３に掲げる債権の合計。</div>')

b.append('<h3>表４　年度末の収納率見込（令和５年度）</h3>')
t = ['<table><thead><tr><th rowspan="2">債権名</th><th colspan="2">目標</th><th colspan="2">決算見込</th>'
     '<th colspan="2">令和４年度決算</th><th rowspan="2">収入未済額<br>見込</th></tr><tr>'
     + "<th>現年分</th><th>滞繰分</th>" * 3 + "</tr></thead><tbody>"]
for name, canon, tg, es, ac_, outm in OUTLOOK:
    row = f'<tr><td class="l">{e(name)}</td>'
    for vals, basis, fy, fyr in ((tg, "target", FY, "目標"), (es, "estimate", FY, "決算見込"), (ac_, "actual", PFY, "令和４年度決算")):
        for v, segm in zip(vals, ("current", "arrears")):
            row += f'<td class="n">{F(fr(v), v, "percent", "collection_rate", basis, segm, fy, fyr, canon, name)}</td>'
    row += f'<td class="n">{F(fr(outm, 1), int(round(outm * 1e6)), "yen", "outstanding", "estimate", "total", FY, "見込", canon, name)}</td></tr>'
    t.append(row)
t.append("</tbody></table>")
b.append("".join(t))
b.append('<div class="note">※ 収納率の単位は％、収入未済額見込の単位は百万円（百万円未満を四捨五入した小数第１位まで）。</div>')
b.append("<h3>年度末に向けた見通し</h3>")
b.append("<p>市税の年度末の収入未済額は" + F("約8億1,200万円", 812000000, "yen", "outstanding", "estimate", "total", FY, "年度末", "市税", "市税", approx=True)
         + "となる見込みであり、令和４年度決算の" + F("約8億7,500万円", 875000000, "yen", "outstanding", "actual", "total", PFY, "令和４年度決算", "市税", "市税", approx=True)
         + "から" + F("約6,300万円", -63000000, "yen", "difference", "estimate", "total", FY, "年度末", "市税", "市税", approx=True)
         + "の縮減となる。国民健康保険税は、滞繰分の収納率が目標を"
         + F("0.35ポイント", 0.35, "points", "difference", "estimate", "arrears", FY, "決算見込", "国民健康保険料", "国民健康保険税")
         + "上回る見込みである一方、現年分は目標に届かない見込みであるため、３月の短期被保険者証の更新時の納付相談を徹底する。"
           "保育料は、現年分の見込みが目標を下回っていることから、卒園予定児童の保護者への個別の働きかけを強める。</p>")
new_page("".join(b))

# ------------------------------------------------------------------ page 5: 後半の取組
PAGE = 5
b = ["<h2>４　後半（１月～３月）の取組</h2>"]
ACTS = [
    ("市税", "市税", "市税", [
        ("(1)", "年度末一斉催告", "２月中旬に現年分の未納者全員へ催告書を送付し、３月の納期限までに完納するよう促す。", "継続"),
        ("(2)", "滞納処分の強化", "財産調査で預貯金等が判明した滞納者は、３月末までに差押えを執行する。給与照会の対象を拡大して実施する。", "拡充"),
        ("(3)", "休日納税相談の実施", "２月と３月の第４日曜日に休日納税相談窓口を開設し、分納相談に応じる。", "継続"),
        ("(4)", "電子納付の周知", "地方税統一ＱＲコードによるスマートフォン決済を、催告書の同封チラシで案内する。", "新規")]),
    ("国民健康保険税", "国民健康保険料", "国民健康保険税", [
        ("(1)", "短期被保険者証更新時の納付相談", "３月の短期被保険者証の更新時に来庁を求め、分納計画の見直しと口座振替の登録を進める。", "継続"),
        ("(2)", "資格喪失者への催告", "社会保険加入等で資格を喪失した方の未納分について、文書と電話で納付を求める。", "拡充")]),
    ("介護保険料", "介護保険料", "介護保険料", [
        ("(1)", "普通徴収未納者への電話催告", "普通徴収の未納者に対し、会計年度任用職員による電話催告を集中的に実施する。", None),
        ("(2)", "給付制限の事前周知", "滞納が続くと給付制限の対象となることを、ケアマネジャーと連携して丁寧に説明する。", None)]),
    ("保育料", "保育料", "保育料", [
        ("(1)", "年度末精算", "卒園予定児童の保護者に対し、３月中の完納を個別に依頼する。", "継続"),
        ("(2)", "児童手当からの特別徴収", "滞納のある世帯に対し、２月支給分の児童手当からの徴収について同意を求める。", "継続")]),
]
for name, canon, draw, items in ACTS:
    b.append(f"<h3>●{e(name)}</h3><ol class='items'>")
    for lab, head, text, stt in items:
        tag = f"【{stt}】" if stt else ""
        b.append(f"<li>{lab}{e(head)}　{e(text)}<span class='tag'>{tag}</span></li>")
        G.init(PAGE, canon, FY, "後半（１月～３月）の取組", lab, f"{head}　{text}", stt, debt_raw=draw)
    b.append("</ol>")
b.append('<div class="box"><div class="kv">【参考】令和５年度 市税の目標</div><ul>'
         + "<li>現年分収納率：" + F("98.90％", 98.90, "percent", "collection_rate", "target", "current", FY, "令和５年度", "市税", "市税") + "</li>"
         + "<li>滞繰分収納率：" + F("27.50％", 27.50, "percent", "collection_rate", "target", "arrears", FY, "令和５年度", "市税", "市税") + "</li>"
         + "<li>収入未済額：" + F("約8億円", 800000000, "yen", "outstanding", "target", "total", FY, "令和５年度", "市税", "市税", approx=True) + "以下</li>"
         + "</ul></div>")
new_page("".join(b))

# ------------------------------------------------------------------ build
doc = f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(PAGES)}</body></html>"
WORK.mkdir(parents=True, exist_ok=True)
h = WORK / f"{STEM}.html"
h.write_text(doc, encoding="utf-8")
PDF_DIR.mkdir(parents=True, exist_ok=True)
chromium_pdf(h, PDF_DIR / f"{STEM}.pdf")
G.write()
