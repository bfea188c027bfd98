"""Mid-year progress report of a city's 収納対策 (HTML/CSS -> chromium --print-to-pdf).  Run from corpus/dev64."""
import calendar
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pv_common import ROOT, WORK, Gold, c, rate, pct, tri, check  # noqa: E402

STEM = "pv_shiso_progress_1"
CITY = "宍粟市"
TITLE = "令和7年度 市税等収納対策の取組状況（中間報告）"
DOC_TITLE_RUN = "令和7年度 市税等収納対策の取組状況"
g = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2025-12-31", "令和7年12月末現在")
AS7, AS6 = "2025-12-31", "2024-12-31"
K = 1000  # 千円

# ---------------------------------------------------------------- data (千円)
# canonical, short (tables), full (text), section, (cur a, c), (arr a, c), R6 12月末 rates (cur, arr), R6 scale
D = [
    ("市税", "市税", "市税", "一般会計", (3_812_450, 3_215_876), (152_340, 37_480), (83.93, 23.85), 0.985),
    ("保育料", "保育料", "保育所保育料", "一般会計", (98_760, 79_512), (6_420, 1_188), (81.02, 17.40), 1.012),
    ("市営住宅使用料", "住宅使用料", "市営住宅使用料", "一般会計", (61_230, 50_118), (12_870, 1_462), (82.15, 12.03), 1.004),
    ("国民健康保険税", "国保税", "国民健康保険税", "特別会計", (812_340, 583_262), (168_450, 28_930), (72.15, 16.42), 1.021),
    ("介護保険料", "介護料", "介護保険料", "特別会計", (712_560, 601_423), (18_230, 3_512), (84.20, 18.95), 0.992),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "特別会計", (402_310, 343_158), (3_215, 1_102), (85.12, 33.20), 0.978),
    ("水道料金", "水道料金", "水道料金", "企業会計", (512_880, 425_671), (21_560, 12_876), (83.05, 58.90), 1.003),
    ("下水道使用料", "下水道使用料", "下水道使用料", "企業会計", (398_450, 330_118), (16_430, 9_912), (82.70, 60.12), 1.001),
]
ROWS = []
for canon, short, full, sec, cur, arr, r6, k6 in D:
    r = dict(debt=canon, short=short, full=full, sec=sec)
    r["cur"] = dict(a=cur[0], c=cur[1]); r["arr"] = dict(a=arr[0], c=arr[1])
    r["tot"] = dict(a=cur[0] + arr[0], c=cur[1] + arr[1])
    # R6 amounts (not printed) from the R6 rates
    r6c = dict(a=round(cur[0] * k6)); r6c["c"] = round(r6c["a"] * r6[0] / 100)
    r6a = dict(a=round(arr[0] * (k6 + 0.06))); r6a["c"] = round(r6a["a"] * r6[1] / 100)
    r["p_cur"], r["p_arr"] = r6c, r6a
    r["p_tot"] = dict(a=r6c["a"] + r6a["a"], c=r6c["c"] + r6a["c"])
    ROWS.append(r)
for r in ROWS:
    for k in ("cur", "arr", "tot", "p_cur", "p_arr", "p_tot"):
        r[k]["r"] = rate(r[k]["c"], r[k]["a"])


def agg(rows):
    out = {}
    for k in ("cur", "arr", "tot", "p_cur", "p_arr", "p_tot"):
        a = sum(r[k]["a"] for r in rows); cc = sum(r[k]["c"] for r in rows)
        out[k] = dict(a=a, c=cc, r=rate(cc, a))
    return out


SECS = ["一般会計", "特別会計", "企業会計"]
SUB = {s: agg([r for r in ROWS if r["sec"] == s]) for s in SECS}
ALL = agg(ROWS)
TAX = ROWS[0]
KOK = ROWS[3]
SEG = [("cur", "current", "現年分"), ("arr", "arrears", "滞納繰越分"), ("tot", "total", "計")]

# ---------------------------------------------------------------- html helpers
CSS = """
@font-face { font-family: G; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@font-face { font-family: M; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@page { size: A4; margin: 0; }
@page land { size: A4 landscape; margin: 0; }
body { margin: 0; font-family: M; font-size: 10pt; color: #111; }
.page { width: 210mm; height: 297mm; padding: 16mm 17mm 14mm 17mm; box-sizing: border-box; position: relative;
        page-break-after: always; overflow: hidden; }
.page.land { page: land; width: 297mm; height: 210mm; padding: 12mm 12mm 12mm 12mm; }
.run { position: absolute; top: 7mm; right: 17mm; font-size: 7.5pt; color: #444; font-family: G; }
.foot { position: absolute; bottom: 7mm; left: 0; right: 0; text-align: center; font-size: 8pt; }
h1 { font-family: G; font-size: 15pt; text-align: center; margin: 4mm 0 1mm; }
.sub { text-align: center; font-size: 10pt; margin-bottom: 5mm; }
h2 { font-family: G; font-size: 11.5pt; border-left: 5px solid #2d5b8a; padding-left: 6px; margin: 5mm 0 2.5mm; }
h3 { font-family: G; font-size: 10.5pt; margin: 3.5mm 0 1.5mm; }
table { border-collapse: collapse; }
.t td, .t th { border: 0.6pt solid #555; padding: 1.2mm 1.6mm; font-size: 8.5pt; }
.t th { background: #dbe5f1; font-family: G; font-weight: normal; }
.num { text-align: right; white-space: nowrap; }
.z tbody tr:nth-child(even) td { background: #f0f3f7; }
.z td, .z th { border: none; padding: 1.1mm 1.3mm; font-size: 7.4pt; }
.z th { background: #2d5b8a; color: #fff; font-family: G; font-weight: normal; border: 0.4pt solid #fff; }
.z tr.sec td { background: #fff; font-family: G; padding-top: 2mm; }
.z tr.subt td { background: #e3e9f0; font-family: G; }
.z tr.grand td { background: #c9d6e6; font-family: G; }
.note { font-size: 7.8pt; margin-top: 1.2mm; line-height: 1.45; }
.panels { display: flex; gap: 4mm; margin: 3mm 0 4mm; }
.panel { flex: 1; border: 1.2pt solid #2d5b8a; border-radius: 2mm; padding: 2.5mm 3mm; text-align: center; }
.panel .lab { font-family: G; font-size: 8.5pt; color: #2d5b8a; }
.panel .big { font-family: G; font-size: 17pt; margin: 1mm 0; }
.panel .cmp { font-size: 8.5pt; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.5pt solid #aaa; text-align: justify; line-height: 1.6; }
.cols p { margin: 0 0 2mm; text-indent: 1em; }
ul.b { margin: 1mm 0 3mm 0; padding-left: 6mm; }
.box { border: 0.8pt solid #333; padding: 2.5mm 4mm; margin: 2mm 0 3mm; line-height: 1.55; }
.st td, .st th { border: 0.6pt solid #555; padding: 1.4mm 2mm; font-size: 8.8pt; vertical-align: top; }
.st th { background: #eee; font-family: G; font-weight: normal; }
.st td.mk { text-align: center; font-size: 11pt; width: 12mm; vertical-align: middle; }
p.t2 { margin: 0.8mm 0 0.8mm 5mm; text-indent: -5mm; line-height: 1.55; }
"""
PAGES = []


class Page:
    def __init__(self, land=False):
        self.n = len(PAGES) + 1
        self.land = land
        self.html = []
        PAGES.append(self)

    def add(self, s):
        self.html.append(s)

    def render(self):
        cls = "page land" if self.land else "page"
        return (f'<div class="{cls}"><div class="run">{DOC_TITLE_RUN}（令和7年12月末現在）</div>'
                + "".join(self.html) + f'<div class="foot">- {self.n} -</div></div>')


def F(page, r, fy, fyr, seg, metric, basis, value, unit, raw, as_of=None, area=None, debt_raw=None, approx=False):
    debt = r["debt"] if isinstance(r, dict) and "debt" in r else r
    dr = debt_raw if debt_raw is not None else (r.get("short") if isinstance(r, dict) else r)
    g.fact(page.n, debt, dr, fy, fyr, seg, metric, basis, value, unit, raw, as_of=as_of, approx=approx, area=area)
    return raw


# ================================================================ page 1: 概要（パネル・2段組）
p = Page()
p.add(f"<h1>{TITLE}</h1><div class='sub'>令和7年12月末現在　宍粟市 市民部 税務課</div>")
p.add("<h2>１　概要</h2>")
oi = sum(r["tot"]["a"] - r["tot"]["c"] for r in ROWS)  # 千円, 12月末 収入未済額
oi_oku = round(oi * K / 1e8, 2)
d_tax = round(TAX["cur"]["r"] - TAX["p_cur"]["r"], 2)
d_kok = round(KOK["cur"]["r"] - KOK["p_cur"]["r"], 2)
p.add("<div class='panels'>")
p.add(f"<div class='panel'><div class='lab'>市税 収納率（現年分）令和7年12月末</div>"
      f"<div class='big'>{F(p, TAX, 2025, '令和7年', 'current', 'collection_rate', 'interim', TAX['cur']['r'], 'percent', pct(TAX['cur']['r']) + '％', AS7)}</div>"
      f"<div class='cmp'>前年同月比 {F(p, TAX, 2025, '令和7年', 'current', 'difference', 'interim', d_tax, 'points', ('＋' if d_tax >= 0 else '△') + f'{abs(d_tax):.2f}ポイント', AS7)}</div></div>")
p.add(f"<div class='panel'><div class='lab'>全債権 収入未済額　令和7年12月末</div>"
      f"<div class='big'>{F(p, None, 2025, '令和7年', 'total', 'outstanding', 'interim', round(oi_oku * 1e8), 'yen', f'{oi_oku:.2f}億円', AS7, debt_raw='全債権')}</div>"
      f"<div class='cmp'>（8債権の合計）</div></div>")
p.add(f"<div class='panel'><div class='lab'>国保税 収納率（現年分）令和7年12月末</div>"
      f"<div class='big'>{F(p, KOK, 2025, '令和7年', 'current', 'collection_rate', 'interim', KOK['cur']['r'], 'percent', pct(KOK['cur']['r']) + '％', AS7)}</div>"
      f"<div class='cmp'>前年同月比 {F(p, KOK, 2025, '令和7年', 'current', 'difference', 'interim', d_kok, 'points', ('＋' if d_kok >= 0 else '△') + f'{abs(d_kok):.2f}ポイント', AS7)}</div></div>")
p.add("</div>")
p.add("<h3>【収納率】令和7年12月末時点（市税）</h3><ul class='b'>")
for k, seg, lab in SEG:
    lab2 = {"cur": "現年分", "arr": "滞繰分", "tot": "合計"}[k]
    p.add(f"<li>{lab2}　{F(p, TAX, 2025, '令和7年', seg, 'collection_rate', 'interim', TAX[k]['r'], 'percent', pct(TAX[k]['r']) + '％', AS7)}</li>")
p.add("</ul>")
dc = TAX["cur"]["c"] - TAX["p_cur"]["c"]
dka = KOK["arr"]["c"] - KOK["p_arr"]["c"]
p.add("<h3>主な状況</h3><div class='cols'>")
p.add(f"<p>市税の現年分は、12月末の収入済額が{F(p, TAX, 2025, '12月末', 'current', 'collected', 'interim', TAX['cur']['c'] * K, 'yen', c(TAX['cur']['c']) + '千円', AS7)}で、"
      f"前年同月より{F(p, TAX, 2025, '12月末', 'current', 'difference', 'interim', dc * K, 'yen', c(abs(dc)) + '千円', AS7)}{'増加' if dc > 0 else '減少'}しました。"
      f"収納率は前年同月比{F(p, TAX, 2025, '12月末', 'current', 'difference', 'interim', d_tax, 'points', f'{d_tax:.2f}ポイント', AS7)}上昇しており、口座振替とスマートフォン決済の利用拡大が寄与していると考えられます。</p>")
p.add(f"<p>滞納繰越分は、調定額{F(p, TAX, 2025, '12月末', 'arrears', 'assessed', 'interim', TAX['arr']['a'] * K, 'yen', c(TAX['arr']['a']) + '千円', AS7)}に対し、"
      f"収入済額は{F(p, TAX, 2025, '12月末', 'arrears', 'collected', 'interim', TAX['arr']['c'] * K, 'yen', c(TAX['arr']['c']) + '千円', AS7)}です。"
      "高額案件を中心に財産調査と差押えを進め、換価可能な財産のない案件は執行停止を検討しています。</p>")
p.add(f"<p>国民健康保険税の現年分収納率は{F(p, KOK, 2025, '12月末', 'current', 'collection_rate', 'interim', KOK['cur']['r'], 'percent', pct(KOK['cur']['r']) + '％', AS7, debt_raw='国民健康保険税')}で、"
      f"前年同月を{F(p, KOK, 2025, '12月末', 'current', 'difference', 'interim', d_kok, 'points', f'{abs(d_kok):.2f}ポイント', AS7, debt_raw='国民健康保険税')}下回りました。税率改定に伴う１世帯当たり税額の増加が影響しているとみられます。</p>")
p.add(f"<p>一方、国民健康保険税の滞納繰越分の収入済額は前年同月から{F(p, KOK, 2025, '12月末', 'arrears', 'difference', 'interim', dka * K, 'yen', c(abs(dka)) + '千円', AS7, debt_raw='国民健康保険税')}"
      f"{'増加' if dka > 0 else '減少'}しています。年度末に向けて、短期被保険者証の更新時の納付相談を徹底します。"
      "その他の債権は概ね前年並みで推移しており、各所管課で催告の時期を揃えて取り組んでいます。</p>")
p.add("</div>")

# ================================================================ page 2 (landscape): 債権別収納状況
p = Page(land=True)
p.add("<h2>２　債権別の収納状況（令和7年12月末現在）</h2>")
th = ("<table class='z' style='width:100%'><thead>"
      "<tr><th rowspan='3'>会計</th><th rowspan='3'>債権名</th><th colspan='9'>令和7年12月末</th>"
      "<th colspan='3'>令和6年12月末</th><th colspan='3'>差（ポイント）</th></tr>"
      "<tr><th colspan='3'>現年分</th><th colspan='3'>滞納繰越分</th><th colspan='3'>計</th>"
      "<th>現年分</th><th>滞繰分</th><th>計</th><th>現年分</th><th>滞繰分</th><th>計</th></tr><tr>"
      + "<th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th>" * 3
      + "<th>収納率（％）</th>" * 3 + "<th>収納率</th>" * 3 + "</tr></thead><tbody>")
body = []


def row_cells(pg, r, lab, debt, dr, fyr7="令和7年12月末", fyr6="令和6年12月末"):
    cells = []
    for k, seg, _ in SEG:
        x = r[k]
        cells.append(F(pg, debt, 2025, fyr7, seg, "assessed", "interim", x["a"] * K, "yen", c(x["a"]), AS7, debt_raw=dr))
        cells.append(F(pg, debt, 2025, fyr7, seg, "collected", "interim", x["c"] * K, "yen", c(x["c"]), AS7, debt_raw=dr))
        cells.append(F(pg, debt, 2025, fyr7, seg, "collection_rate", "interim", x["r"], "percent", pct(x["r"]), AS7, debt_raw=dr))
    for k, seg, _ in SEG:
        x = r["p_" + k]
        cells.append(F(pg, debt, 2024, fyr6, seg, "collection_rate", "interim", x["r"], "percent", pct(x["r"]), AS6, debt_raw=dr))
    for k, seg, _ in SEG:
        dd = round(r[k]["r"] - r["p_" + k]["r"], 2)
        cells.append(F(pg, debt, 2025, fyr7, seg, "difference", "interim", dd, "points", tri(dd, 2), AS7, debt_raw=dr))
    return "".join(f"<td class='num'>{x}</td>" for x in cells)


SUBLAB = {"一般会計": "一般会計計", "特別会計": "特別会計計", "企業会計": "企業会計計"}
for s in SECS:
    rows = [r for r in ROWS if r["sec"] == s]
    body.append(f"<tr class='sec'><td colspan='17'>【{s}】</td></tr>")
    for i, r in enumerate(rows):
        body.append(f"<tr><td></td><td>{r['short']}</td>{row_cells(p, r, r['short'], r['debt'], r['short'])}</tr>")
    body.append(f"<tr class='subt'><td></td><td>{SUBLAB[s]}</td>{row_cells(p, SUB[s], SUBLAB[s], None, SUBLAB[s])}</tr>")
body.append(f"<tr class='grand'><td colspan='2'>総計</td>{row_cells(p, ALL, '総計', None, '総計')}</tr>")
p.add(th + "".join(body) + "</tbody></table>")
p.add("<div class='note'>※ 差は令和7年12月末の収納率から令和6年12月末の収納率を差し引いたもの（△は低下）。<br>"
      "※ 国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、住宅使用料：市営住宅使用料、保育料：保育所保育料<br>"
      "※ 水道料金及び下水道使用料は、上下水道事業会計（企業会計）に属する債権であり、12月末は11月調定分までの数値です。</div>")

# ================================================================ page 3: 月別収納状況・グラフ
p = Page()
p.add("<h2>３　月別収納状況（市税・現年分）</h2>")
MON = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
R7 = [8.12, 18.45, 30.21, 41.87, 50.33, 58.92, 67.40, 75.86, TAX["cur"]["r"]]
R6 = [7.95, 18.02, 29.88, 41.20, 49.95, 58.41, 66.90, 75.32, TAX["p_cur"]["r"], 88.74, 93.10, 98.45]
R5 = [7.80, 17.66, 29.40, 40.85, 49.50, 57.96, 66.35, 74.90, 83.51, 88.30, 92.81, 98.21]


def eom(fy, m):
    y = fy if m >= 4 else fy + 1
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


t = ["<table class='t' style='width:88%;margin:0 auto'><thead><tr><th>月末</th><th>令和7年度（％）</th>"
     "<th>令和6年度（％）</th><th>令和5年度（％）</th><th>前年度差（ポイント）</th></tr></thead><tbody>"]
for i, m in enumerate(MON):
    cells = []
    if i < len(R7):
        cells.append(F(p, TAX, 2025, "令和7年度", "current", "collection_rate", "interim", R7[i], "percent", pct(R7[i]), eom(2025, m)))
    else:
        cells.append("－")
    cells.append(F(p, TAX, 2024, "令和6年度", "current", "collection_rate", "interim", R6[i], "percent", pct(R6[i]), eom(2024, m)))
    cells.append(F(p, TAX, 2023, "令和5年度", "current", "collection_rate", "interim", R5[i], "percent", pct(R5[i]), eom(2023, m)))
    if i < len(R7):
        dd = round(R7[i] - R6[i], 2)
        cells.append(F(p, TAX, 2025, "令和7年度", "current", "difference", "interim", dd, "points", tri(dd, 2), eom(2025, m)))
    else:
        cells.append("－")
    t.append(f"<tr><td style='text-align:center'>{m}月末</td>" + "".join(f"<td class='num'>{x}</td>" for x in cells) + "</tr>")
t.append("</tbody></table>")
p.add("".join(t))
p.add("<div class='note' style='margin-left:6%'>※ 各月末時点の累計収納率（収入済額÷調定額）。令和5年度の2月末は令和6年2月29日現在。</div>")

# bar chart with data labels (SVG)
p.add("<h3 style='margin-top:6mm'>主要債権の現年分収納率の比較（12月末）</h3>")
CH = ROWS[:6]
W, H, X0, Y0 = 600, 230, 40, 200
svg = [f"<svg width='170mm' height='66mm' viewBox='0 0 {W} {H}' xmlns='http://www.w3.org/2000/svg' style='font-family:G'>"]
svg.append(f"<line x1='{X0}' y1='{Y0}' x2='{W - 10}' y2='{Y0}' stroke='#333'/>")
for v in (0, 25, 50, 75, 100):
    y = Y0 - v * 1.7
    svg.append(f"<line x1='{X0}' y1='{y}' x2='{W - 10}' y2='{y}' stroke='#ddd'/><text x='{X0 - 4}' y='{y + 3}' font-size='9' text-anchor='end'>{v}</text>")
bw = 30
for i, r in enumerate(CH):
    x = X0 + 18 + i * 92
    for j, (k, col, fy, fyr, asof) in enumerate((("cur", "#2d5b8a", 2025, "令和7年12月末", AS7), ("p_cur", "#a9bcd6", 2024, "令和6年12月末", AS6))):
        v = r[k]["r"]
        h = v * 1.7
        xx = x + j * (bw + 4)
        svg.append(f"<rect x='{xx}' y='{Y0 - h}' width='{bw}' height='{h}' fill='{col}'/>")
        lab = F(p, r, fy, fyr, "current", "collection_rate", "interim", v, "percent", pct(v), asof)
        svg.append(f"<text x='{xx + bw / 2}' y='{Y0 - h - 3}' font-size='9' text-anchor='middle'>{lab}</text>")
    svg.append(f"<text x='{x + bw + 2}' y='{Y0 + 14}' font-size='10' text-anchor='middle'>{r['short']}</text>")
svg.append(f"<rect x='{W - 190}' y='4' width='10' height='10' fill='#2d5b8a'/><text x='{W - 176}' y='13' font-size='9'>令和7年12月末</text>")
svg.append(f"<rect x='{W - 100}' y='4' width='10' height='10' fill='#a9bcd6'/><text x='{W - 86}' y='13' font-size='9'>令和6年12月末</text>")
svg.append(f"<text x='4' y='12' font-size='9'>（％）</text></svg>")
p.add("".join(svg))

# ================================================================ page 4: 地区別（市税現年分）・滞納者数
p = Page()
p.add("<h2>４　地区別の状況（市税・現年分）</h2>")
AREAS = ["山崎地区", "一宮地区", "波賀地区", "千種地区"]
SH_A = [0.612, 0.205, 0.098]
SH_C = [0.6135, 0.2043, 0.0978]
pa = [round(TAX["cur"]["a"] * s) for s in SH_A]; pa.append(TAX["cur"]["a"] - sum(pa))
pc = [round(TAX["cur"]["c"] * s) for s in SH_C]; pc.append(TAX["cur"]["c"] - sum(pc))
PREV_R = [84.21, 83.60, 83.02, 84.75]
DEL_NOW = [412, 138, 71, 52]
DEL_PREV = [437, 142, 80, 49]
SEIZ = [58, 17, 9, 6]
t = ["<table class='t' style='width:100%'><thead><tr><th>地区</th><th>調定額（千円）</th><th>収入済額（千円）</th>"
     "<th>収納率（前年同月）<br>（％）</th><th>差<br>（ポイント）</th><th>差押件数<br>（件）</th></tr></thead><tbody>"]
rows4 = [(AREAS[i], pa[i], pc[i], PREV_R[i], SEIZ[i]) for i in range(4)]
for name, a, cc, pr, sz in rows4:
    rr = rate(cc, a)
    dd = round(rr - pr, 2)
    cells = [F(p, TAX, 2025, "令和7年12月末", "current", "assessed", "interim", a * K, "yen", c(a), AS7, area=name),
             F(p, TAX, 2025, "令和7年12月末", "current", "collected", "interim", cc * K, "yen", c(cc), AS7, area=name),
             F(p, TAX, 2025, "令和7年12月末", "current", "collection_rate", "interim", rr, "percent", pct(rr), AS7, area=name)
             + "（" + F(p, TAX, 2024, "前年同月", "current", "collection_rate", "interim", pr, "percent", pct(pr), AS6, area=name) + "）",
             F(p, TAX, 2025, "令和7年12月末", "current", "difference", "interim", dd, "points", tri(dd, 2), AS7, area=name),
             str(sz)]
    t.append(f"<tr><td>{name}</td>" + "".join(f"<td class='num'>{x}</td>" for x in cells) + "</tr>")
x = TAX["cur"]; px = TAX["p_cur"]; dd = round(x["r"] - px["r"], 2)
cells = [F(p, TAX, 2025, "令和7年12月末", "current", "assessed", "interim", x["a"] * K, "yen", c(x["a"]), AS7),
         F(p, TAX, 2025, "令和7年12月末", "current", "collected", "interim", x["c"] * K, "yen", c(x["c"]), AS7),
         F(p, TAX, 2025, "令和7年12月末", "current", "collection_rate", "interim", x["r"], "percent", pct(x["r"]), AS7)
         + "（" + F(p, TAX, 2024, "前年同月", "current", "collection_rate", "interim", px["r"], "percent", pct(px["r"]), AS6) + "）",
         F(p, TAX, 2025, "令和7年12月末", "current", "difference", "interim", dd, "points", tri(dd, 2), AS7),
         str(sum(SEIZ))]
t.append("<tr style='font-family:G'><td>計</td>" + "".join(f"<td class='num'>{x}</td>" for x in cells) + "</tr></tbody></table>")
p.add("".join(t))
p.add("<div class='note'>※ 収納率欄の（　）内は前年同月（令和6年12月末）の収納率。差押件数は件数であり、金額ではありません。</div>")
p.add("<h3 style='margin-top:6mm'>地区別の滞納者数（市税）</h3>")
t = ["<table class='t' style='width:70%'><thead><tr><th>地区</th><th>前年同期</th><th>今期</th><th>増減</th></tr></thead><tbody>"]
for i, name in enumerate(AREAS + ["計"]):
    pv_ = DEL_PREV[i] if i < 4 else sum(DEL_PREV)
    nv = DEL_NOW[i] if i < 4 else sum(DEL_NOW)
    area = name if i < 4 else None
    cells = [F(p, TAX, 2024, "前年同期", "total", "delinquents", "interim", pv_, "persons", f"{pv_:,}人", AS6, area=area),
             F(p, TAX, 2025, "今期", "total", "delinquents", "interim", nv, "persons", f"{nv:,}人", AS7, area=area),
             F(p, TAX, 2025, "今期", "total", "difference", "interim", nv - pv_, "persons", tri(nv - pv_, 0, "▲") + "人", AS7, area=area)]
    t.append(f"<tr><td>{name}</td>" + "".join(f"<td class='num'>{x}</td>" for x in cells) + "</tr>")
t.append("</tbody></table>")
p.add("".join(t))
p.add("<div class='note'>※ 今期は令和7年12月末、前年同期は令和6年12月末の実人数（▲は減少）。</div>")
p.add(f"<div class='box' style='margin-top:6mm'>地区別にみると、滞納者数は山崎地区で前年同期から{F(p, TAX, 2025, '今期', 'total', 'difference', 'interim', DEL_NOW[0] - DEL_PREV[0], 'persons', f'{DEL_PREV[0] - DEL_NOW[0]}人', AS7, area='山崎地区')}減少した一方、"
      f"千種地区では{F(p, TAX, 2025, '今期', 'total', 'difference', 'interim', DEL_NOW[3] - DEL_PREV[3], 'persons', f'{DEL_NOW[3] - DEL_PREV[3]}人', AS7, area='千種地区')}増加しました。千種地区については、支所と連携した夜間・休日の納付相談を１月に実施します。</div>")

# ================================================================ page 5: 年度末見込
p = Page()
p.add("<h2>５　年度末（令和7年度決算）の見込み</h2>")
p.add("<div class='note' style='text-align:right'>収納率の単位：％、金額の単位：千円</div>")
EST = []  # canonical row, R6 決算 rate, R7 目標 rate, 見込 収入済 (千円), 見込 調定 (千円)
PAR = {"市税": (98.62, 98.70, 0.9885), "保育料": (97.10, 97.30, 0.9738), "市営住宅使用料": (87.42, 88.00, 0.8790),
       "国民健康保険税": (88.95, 89.50, 0.8921), "介護保険料": (98.88, 99.00, 0.9895), "後期高齢者医療保険料": (99.51, 99.55, 0.9958)}
t = ["<table class='t' style='width:100%'><thead><tr><th rowspan='2'>債権名</th><th colspan='3'>収納率（現年分＋滞納繰越分）</th>"
     "<th rowspan='2'>年度末見込<br>上段：収入済額<br>下段：収納率</th></tr>"
     "<tr><th>令和6年度決算</th><th>令和7年度目標</th><th>差（見込－目標）</th></tr></thead><tbody>"]
for r in ROWS[:6]:
    r6, tg, er = PAR[r["debt"]]
    a_est = r["tot"]["a"]
    c_est = round(a_est * er)
    rr = rate(c_est, a_est)
    dd = round(rr - tg, 2)
    cells = [F(p, r, 2024, "令和6年度決算", "total", "collection_rate", "actual", r6, "percent", pct(r6), debt_raw=r["full"]),
             F(p, r, 2025, "令和7年度目標", "total", "collection_rate", "target", tg, "percent", pct(tg), debt_raw=r["full"]),
             F(p, r, 2025, "令和7年度", "total", "difference", "estimate", dd, "points", tri(dd, 2), debt_raw=r["full"]),
             F(p, r, 2025, "年度末見込", "total", "collected", "estimate", c_est * K, "yen", c(c_est), debt_raw=r["full"]) + "<br>"
             + F(p, r, 2025, "年度末見込", "total", "collection_rate", "estimate", rr, "percent", pct(rr), debt_raw=r["full"])]
    t.append(f"<tr><td>{r['full']}</td>" + "".join(f"<td class='num'>{x}</td>" for x in cells) + "</tr>")
    EST.append((r, r6, tg, c_est, rr))
t.append("</tbody></table>")
p.add("".join(t))
p.add("<div class='note'>※ 年度末見込は、12月末までの実績に前年度の1月～3月の収納実績の伸びを乗じて推計したもの。</div>")
p.add("<h3 style='margin-top:5mm'>年度末見込の収入済額（前年度決算との比較）</h3>")
p.add("<table class='t' style='width:80%'><thead><tr><th>債権名</th><th>令和7年度見込（千円）</th><th>令和6年度決算（千円）</th><th>前年度比（％）</th></tr></thead><tbody>")
PREV_COL = {"市税": 3_861_220, "国民健康保険税": 892_410, "介護保険料": 719_030}
for r, r6, tg, c_est, rr in EST:
    if r["debt"] not in PREV_COL:
        continue
    pcv = PREV_COL[r["debt"]]
    ratio = round(c_est * 100 / pcv, 1)
    p.add(f"<tr><td>{r['full']}</td><td class='num'>{F(p, r, 2025, '令和7年度見込', 'total', 'collected', 'estimate', c_est * K, 'yen', c(c_est), debt_raw=r['full'])}</td>"
          f"<td class='num'>{F(p, r, 2024, '令和6年度決算', 'total', 'collected', 'actual', pcv * K, 'yen', c(pcv), debt_raw=r['full'])}</td>"
          f"<td class='num'>{ratio:.1f}</td></tr>")
p.add("</tbody></table>")
p.add("<div class='note'>※ 前年度比は令和7年度見込÷令和6年度決算（％）。</div>")
p.add(f"<div class='box'>年度末の見込みでは、市税の収納率は{F(p, TAX, 2025, '令和7年度', 'total', 'collection_rate', 'estimate', EST[0][4], 'percent', pct(EST[0][4]) + '％')}となり、"
      f"目標の{F(p, TAX, 2025, '令和7年度', 'total', 'collection_rate', 'target', EST[0][2], 'percent', pct(EST[0][2]) + '％')}を上回る見込みです。"
      f"国民健康保険税は目標を{F(p, KOK, 2025, '令和7年度', 'total', 'difference', 'estimate', round(EST[3][4] - EST[3][2], 2), 'points', f'{abs(round(EST[3][4] - EST[3][2], 2)):.2f}ポイント', debt_raw='国民健康保険税')}下回る見込みのため、2月の滞納整理強化月間に重点的に取り組みます。</div>")

# ================================================================ page 6: 取組の進捗
p = Page()
p.add("<h2>６　主な取組の進捗状況</h2>")
FY = 2025
sec1 = "（１）債権ごとの取組状況（市税）"
p.add(f"<h3>{sec1}</h3>")
ITEMS1 = [("①", "コンビニ収納とスマートフォン決済の周知を納税通知書に同封し、納期内納付を促す。", "継続", "◎"),
          ("②", "滞納初期の電話催告を毎月２回に増やし、督促状発送後１か月以内に接触を図る。", "拡充", "○"),
          ("③", "金融機関への預貯金照会を電子化し、財産調査に要する期間を短縮する。", "新規", "○"),
          ("④", "換価可能な財産がない滞納者については、生活状況を調査したうえで執行停止を適正に判断する。", "継続", "△")]
p.add("<table class='st' style='width:100%'><thead><tr><th>取組内容</th><th></th></tr></thead><tbody>")
for lab, tx, stt, mk in ITEMS1:
    p.add(f"<tr><td>{lab}{tx}【{stt}】</td><td class='mk'>{mk}</td></tr>")
    g.init(p.n, "市税", "市税", FY, sec1, lab, tx, stt)
p.add("</tbody></table><div class='note'>◎：実施済　○：実施中　△：検討中</div>")
sec2 = "（２）債権ごとの取組状況（国民健康保険税）"
p.add(f"<h3>{sec2}</h3><div class='box'>")
ITEMS2 = [("・", "短期被保険者証の更新時に窓口で納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
          ("・", "納付が途絶えた分納誓約者に対し、翌月中に文書と電話で履行を催告する。", "拡充"),
          ("・", "国民健康保険の資格を喪失した世帯の未納分について、転出先の住所を調査し、文書催告を行う。", "新規")]
for lab, tx, stt in ITEMS2:
    p.add(f"<p class='t2'>{lab}{tx}<br>【{stt}】</p>")
    g.init(p.n, "国民健康保険税", "国民健康保険税", FY, sec2, lab, tx, stt)
p.add("</div>")
sec3 = "（３）債権ごとの取組状況（保育所保育料）"
p.add(f"<h3>{sec3}</h3>")
ITEMS3 = [("ア", "入所時の説明会で口座振替の利用を依頼し、口座振替率の向上を図る。", "継続"),
          ("イ", "児童手当からの特別徴収（申出徴収）を、滞納のある保護者に個別に案内する。", "継続"),
          ("ウ", "卒園後に残る未納分は、所管課から税務課へ引き継ぎ、市税と併せて納付相談を行う。", None)]
for lab, tx, stt in ITEMS3:
    tag = f"【{stt}】" if stt else ""
    p.add(f"<p class='t2'>{lab}　{tx}{tag}</p>")
    g.init(p.n, "保育料", "保育所保育料", FY, sec3, lab, tx, stt)
p.add("<h3>（４）全庁的な取組</h3>")
ITEMS4 = [("(1)", "２月を滞納整理強化月間とし、税務課と債権所管課が合同で臨戸訪問を行う。", "継続"),
          ("(2)", "債権管理研修を１月に開催し、所管課職員の滞納処分・法的措置の知識を高める。", "拡充")]
for lab, tx, stt in ITEMS4:
    p.add(f"<p class='t2'>{lab}　{tx}【{stt}】</p>")
    g.init(p.n, None, None, FY, "（４）全庁的な取組", lab, tx, stt)

# ---------------------------------------------------------------- build
html = "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" \
       + "".join(pg.render() for pg in PAGES) + "</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = ROOT / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", hp.as_uri()], check=True, capture_output=True)
g.write(pdf)
sys.exit(1 if check(STEM) else 0)
