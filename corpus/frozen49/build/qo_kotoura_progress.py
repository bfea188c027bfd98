"""琴浦町 町税等の収納対策 取組状況（中間報告） -> HTML/CSS -> chromium.  Run from corpus/frozen49."""
import sys
sys.path.insert(0, "build")
from qo_common import Gold, c, p, rate, sgn, chromium_pdf, PDF

STEM = "qo_kotoura_progress_1"
TITLE = "令和5年度 町税等の収納対策 取組状況（中間報告）"
g = Gold(STEM, "progress_report", "progress", "琴浦町", TITLE, "2024-03-15", "令和6年3月15日")
ASOF, ASOF_LY = "2024-02-29", "2023-02-28"

CSS = """
@page { size: A4; margin: 0; }
body { margin:0; font-family:'IPAexGothic','Noto Sans CJK JP',sans-serif; font-size:9.6pt; color:#111; }
.page { width:210mm; height:296mm; box-sizing:border-box; padding:16mm 16mm 14mm; position:relative; page-break-after:always; overflow:hidden; }
.page:last-child { page-break-after:auto; }
.rh { position:absolute; top:7mm; left:16mm; right:16mm; font-size:8pt; color:#555; text-align:right; border-bottom:0.4pt solid #999; }
.pf { position:absolute; bottom:7mm; left:0; right:0; text-align:center; font-size:9pt; }
.stamp { position:absolute; top:14mm; right:16mm; border:1.2pt solid #a00; color:#a00; padding:1.5mm 3mm; font-size:10pt; }
h1 { font-size:15pt; margin:10mm 0 5mm; text-align:center; font-weight:normal; }
h2 { font-size:11.5pt; margin:5mm 0 2mm; border-bottom:1pt solid #333; padding-bottom:0.8mm; }
h3 { font-size:10pt; margin:3mm 0 1mm; }
table { border-collapse:collapse; width:100%; }
td, th { border:0.5pt solid #444; padding:1.1mm 1.5mm; font-weight:normal; }
th { background:#e4ecdf; }
td.n { text-align:right; }
.hr td, .hr th { border:none; }
.hr thead th { border-top:1pt solid #000; border-bottom:0.6pt solid #000; background:none; }
.hr tbody tr:last-child td { border-bottom:1pt solid #000; }
.unit { text-align:right; font-size:8.5pt; margin:1mm 0; }
.note { font-size:8.3pt; line-height:1.45; margin:1mm 0; }
ul.b { margin:1mm 0 2mm; padding-left:5mm; line-height:1.7; }
.flex { display:flex; gap:5mm; }
.flex > div { flex:1; }
"""
pages = []


def page(body, no, stamp=False):
    rh = f'<div class="rh">{TITLE}</div>'
    st = '<div class="stamp">令和6年2月末現在</div>' if stamp else ""
    pages.append(f'<div class="page">{rh}{st}{body}<div class="pf">- {no} -</div></div>')


# monthly cumulative data for 町税 現年分 (千円): assessed fixed per year, collected cumulative
ASS, ASS_LY = 2184350, 2161820
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末"]
END = {"4月末": "04-30", "5月末": "05-31", "6月末": "06-30", "7月末": "07-31", "8月末": "08-31", "9月末": "09-30",
       "10月末": "10-31", "11月末": "11-30", "12月末": "12-31", "1月末": "01-31", "2月末": "02-29"}
SHARE = [0.042, 0.205, 0.318, 0.452, 0.538, 0.601, 0.688, 0.742, 0.815, 0.871, 0.934]
SHARE_LY = [0.040, 0.201, 0.313, 0.447, 0.531, 0.596, 0.683, 0.738, 0.809, 0.866, 0.930]
OFF = [1187, -2315, 4120, -1733, 2891, -3562, 1408, -2277, 3315, -1196, 2734]
COL = [round(ASS * s) + o for s, o in zip(SHARE, OFF)]
COL_LY = [round(ASS_LY * s) - o // 2 + 311 for s, o in zip(SHARE_LY, OFF)]


def asof(m, ly=False):
    y = (2023 if not ly else 2022) if m not in ("1月末", "2月末") else (2024 if not ly else 2023)
    e = END[m]
    if ly and m == "2月末":
        e = "02-28"
    return f"{y}-{e}"


# debts: (debt, printed, short, cur(ass, col) now, cur ly, arr(ass, col) now, arr ly, estimate rate cur, R4 決算 cur rate)
DEBTS = [
    ("町税", "町税", "町税", (ASS, COL[-1]), (ASS_LY, COL_LY[-1]), (98210, 21604), (104533, 20118), 99.05, 98.91),
    ("国民健康保険税", "国民健康保険税", "国保税", (412806, 346114), (421530, 352690), (121455, 18930), (126012, 17807), 93.80, 93.62),
    ("介護保険料", "介護保険料", "介護料", (498210, 462903), (491377, 456012), (12033, 2158), (12690, 2044), 99.10, 99.02),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢", (201442, 185330), (194208, 178350), (1810, 705), (1942, 688), 99.55, 99.48),
    ("保育料", "保育所保育料", "保育料", (16012, 14305), (17150, 15280), (3211, 402), (3490, 397), 98.40, 98.22),
]

# ---------------- page 1: stamp, 【収納率】 bullets, table 今年度/前年度 (rate first), year-end estimates
P = 1
d0 = DEBTS[0]
cr, cr_ly = rate(d0[3][1], d0[3][0]), rate(d0[4][1], d0[4][0])
ar, ar_ly = rate(d0[5][1], d0[5][0]), rate(d0[6][1], d0[6][0])
b = f"<h1>{TITLE}</h1>"
b += '<p style="text-align:right">令和6年3月15日<br>琴浦町 税務課</p>'
b += "<h2>１　町税の収納状況</h2>"
b += "<h3>【収納率】令和6年2月末時点</h3><ul class='b'>"
b += f"<li>現年分　{g.f(P, '町税', '町税', 2023, '令和6年2月末', 'current', 'collection_rate', 'interim', cr, 'percent', p(cr) + '％', as_of=ASOF)}" \
     f"（前年同月 {g.f(P, '町税', '町税', 2022, '前年同月', 'current', 'collection_rate', 'interim', cr_ly, 'percent', p(cr_ly) + '％', as_of=ASOF_LY)}）</li>"
b += f"<li>滞繰分　{g.f(P, '町税', '町税', 2023, '令和6年2月末', 'arrears', 'collection_rate', 'interim', ar, 'percent', p(ar) + '％', as_of=ASOF)}" \
     f"（前年同月 {g.f(P, '町税', '町税', 2022, '前年同月', 'arrears', 'collection_rate', 'interim', ar_ly, 'percent', p(ar_ly) + '％', as_of=ASOF_LY)}）</li></ul>"
dpt = round(cr - cr_ly, 2)
b += (f"<p style='line-height:1.7'>　現年分の収納率は前年同月比{g.f(P, '町税', '町税', 2023, '令和5年度', 'current', 'difference', 'interim', dpt, 'points', f'{dpt:.2f}ポイント', as_of=ASOF)}"
      f"{'上昇' if dpt >= 0 else '低下'}した。年度末の現年分収納率は"
      f"{g.f(P, '町税', '町税', 2023, '令和5年度', 'current', 'collection_rate', 'estimate', d0[7], 'percent', p(d0[7]) + '％')}を見込んでいる。</p>")
b += "<h2>２　主な債権の収納状況（現年分）</h2><div class='unit'>（単位：％）</div>"
b += ("<table class='hr'><thead><tr><th>債権名</th><th>今年度</th><th>前年度</th><th>差</th><th>決算見込</th><th>前年度決算</th></tr></thead><tbody>")
for dn, full, short, now, ly, an, aly, est, r4 in DEBTS:
    r, rl = rate(now[1], now[0]), rate(ly[1], ly[0])
    dd = round(r - rl, 2)
    b += (f"<tr><td>{full}</td><td class='n'>{g.f(P, dn, full, 2023, '今年度', 'current', 'collection_rate', 'interim', r, 'percent', p(r), as_of=ASOF)}</td>"
          f"<td class='n'>{g.f(P, dn, full, 2022, '前年度', 'current', 'collection_rate', 'interim', rl, 'percent', p(rl), as_of=ASOF_LY)}</td>"
          f"<td class='n'>{g.f(P, dn, full, 2023, '今年度', 'current', 'difference', 'interim', dd, 'points', sgn(dd, minus='▲', plus='＋'), as_of=ASOF)}</td>"
          f"<td class='n'>{g.f(P, dn, full, 2023, '令和5年度', 'current', 'collection_rate', 'estimate', est, 'percent', p(est))}</td>"
          f"<td class='n'>{g.f(P, dn, full, 2022, '令和4年度', 'current', 'collection_rate', 'actual', r4, 'percent', p(r4))}</td></tr>")
b += "</tbody></table>"
b += "<p class='note'>※ 今年度は令和6年2月末、前年度は令和5年2月末（前年同月）の数値。差は今年度－前年度（ポイント、▲は低下）。</p>"
b += "<h2>３　滞納繰越分の状況</h2><div class='unit'>（単位：千円）</div>"
b += "<table><tr><th>債権名</th><th>調定額</th><th>収入済額</th><th>収納率（％）</th><th>前年同月 収入済額</th><th>増減（増減率）</th></tr>"
for dn, full, short, now, ly, an, aly, est, r4 in DEBTS:
    rr = rate(an[1], an[0])
    df = an[1] - aly[1]
    pc = round(df / aly[1] * 100, 1)
    b += (f"<tr><td>{short}</td><td class='n'>{g.f(P, dn, short, 2023, '令和6年2月末', 'arrears', 'assessed', 'interim', an[0] * 1000, 'yen', c(an[0]), as_of=ASOF)}</td>"
          f"<td class='n'>{g.f(P, dn, short, 2023, '令和6年2月末', 'arrears', 'collected', 'interim', an[1] * 1000, 'yen', c(an[1]), as_of=ASOF)}</td>"
          f"<td class='n'>{g.f(P, dn, short, 2023, '令和6年2月末', 'arrears', 'collection_rate', 'interim', rr, 'percent', p(rr), as_of=ASOF)}</td>"
          f"<td class='n'>{g.f(P, dn, short, 2022, '前年同月', 'arrears', 'collected', 'interim', aly[1] * 1000, 'yen', c(aly[1]), as_of=ASOF_LY)}</td>"
          f"<td class='n'>{g.f(P, dn, short, 2023, '令和6年2月末', 'arrears', 'difference', 'interim', df * 1000, 'yen', c(df), as_of=ASOF)}（{'△' if pc < 0 else ''}{abs(pc):.1f}％）</td></tr>")
b += "</table><p class='note'>国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料</p>"
page(b, P, stamp=True)

# ---------------- page 2: monthly cumulative table (this year beside last year) + line chart with labels
P = 2
b = "<h2>４　町税（現年分）の月別収納状況</h2>"
b += (f"<p>　調定額　今年度 {g.f(P, '町税', '町税', 2023, '今年度', 'current', 'assessed', 'interim', ASS * 1000, 'yen', c(ASS) + '千円', as_of=ASOF)}"
      f"　前年度 {g.f(P, '町税', '町税', 2022, '前年度', 'current', 'assessed', 'interim', ASS_LY * 1000, 'yen', c(ASS_LY) + '千円', as_of=ASOF_LY)}（各年2月末の調定額）</p>")
b += "<div class='unit'>（収入済額：千円、収納率：％、累計）</div>"
b += "<table><tr><th rowspan='2'>月</th><th colspan='2'>令和5年度</th><th colspan='2'>令和4年度</th><th rowspan='2'>収納率の差</th></tr>"
b += "<tr><th>収入済額</th><th>収納率</th><th>収入済額</th><th>収納率</th></tr>"
pts = []
for k, m in enumerate(MONTHS):
    a1, a0 = asof(m), asof(m, True)
    r1_, r0_ = rate(COL[k], ASS), rate(COL_LY[k], ASS_LY)
    pts.append((r1_, r0_))
    dd = round(r1_ - r0_, 2)
    b += (f"<tr><td style='text-align:center'>{m}</td>"
          f"<td class='n'>{g.f(P, '町税', '町税', 2023, m, 'current', 'collected', 'interim', COL[k] * 1000, 'yen', c(COL[k]), as_of=a1)}</td>"
          f"<td class='n'>{g.f(P, '町税', '町税', 2023, m, 'current', 'collection_rate', 'interim', r1_, 'percent', p(r1_), as_of=a1)}</td>"
          f"<td class='n'>{g.f(P, '町税', '町税', 2022, m, 'current', 'collected', 'interim', COL_LY[k] * 1000, 'yen', c(COL_LY[k]), as_of=a0)}</td>"
          f"<td class='n'>{g.f(P, '町税', '町税', 2022, m, 'current', 'collection_rate', 'interim', r0_, 'percent', p(r0_), as_of=a0)}</td>"
          f"<td class='n'>{g.f(P, '町税', '町税', 2023, m, 'current', 'difference', 'interim', dd, 'points', sgn(dd), as_of=a1)}</td></tr>")
b += "</table><p class='note'>※ 2月末は令和6年2月29日現在（前年度は令和5年2月28日現在）。</p>"
# line chart (this year) with data labels for 9月末, 12月末, 2月末
Wd, Hd = 560, 210
svg = f"<svg width='{Wd}' height='{Hd}' style='display:block;margin:3mm auto'>"
svg += f"<line x1='40' y1='180' x2='{Wd-10}' y2='180' stroke='#333'/><line x1='40' y1='10' x2='40' y2='180' stroke='#333'/>"
xs = [60 + k * 46 for k in range(11)]
for series, col_, dash in ((0, "#2b6a2b", ""), (1, "#999", "4,3")):
    path = " ".join(f"{x},{180 - pts[k][series] * 1.6}" for k, x in enumerate(xs))
    svg += f"<polyline points='{path}' fill='none' stroke='{col_}' stroke-width='2' stroke-dasharray='{dash}'/>"
for k in (5, 8, 10):
    m = MONTHS[k]
    v = pts[k][0]
    raw = g.f(P, "町税", "町税", 2023, m, "current", "collection_rate", "interim", v, "percent", p(v), as_of=asof(m))
    svg += f"<text x='{xs[k]}' y='{180 - v * 1.6 - 8}' font-size='11' text-anchor='middle'>{raw}</text>"
for k, x in enumerate(xs):
    svg += f"<text x='{x}' y='196' font-size='10' text-anchor='middle'>{MONTHS[k].replace('末', '')}</text>"
svg += "<text x='60' y='24' font-size='10'>― 令和5年度　- - 令和4年度</text></svg>"
b += svg + "<p class='note' style='text-align:center'>図　町税（現年分）収納率の推移（％）</p>"
page(b, P)

# ---------------- page 3: 取組状況 per debt (items, status) + year-end estimate table in 千円 (rate before amounts)
P = 3
b = "<h2>５　取組の実施状況</h2>"
ITEMS = [
    ("町税", [("①", "鳥取県中部県税事務所との共同催告を6月と11月に実施した。", "継続"),
             ("②", "給与照会を年度当初に前倒しし、給与差押えを前年度より早く開始した。", "拡充"),
             ("③", "スマートフォン決済の利用者は2月末で前年同月の約1.4倍となった。", None)]),
    ("国民健康保険税", [("(1)", "保険証更新時の納付相談を全件面談で実施した。", "継続"),
                 ("(2)", "分納誓約の不履行者に対し、差押予告書を送付した。", "新規")]),
    ("保育料", [("ア", "児童手当からの特別徴収について、申出書の提出を保護者に案内した。", "継続")]),
]
for dn, its in ITEMS:
    b += f"<h3>{dn}</h3><ul class='b' style='list-style:none;padding-left:2mm'>"
    for lab, t, stt in its:
        b += f"<li>{lab}　{t}{'【' + stt + '】' if stt else ''}</li>"
        g.i(P, dn, 2023, "取組の実施状況", lab, t, stt)
    b += "</ul>"
b += "<h2>６　年度末の見込（令和5年度）</h2>"
b += "<table><tr><th>債権名</th><th>収納率（％）</th><th>調定額見込（千円）</th><th>収入見込（千円）</th><th>前年度決算 収納率（％）</th></tr>"
for dn, full, short, now, ly, an, aly, est, r4 in DEBTS:
    ea = round(now[0] * 1.002)
    ec = round(ea * est / 100)
    er = rate(ec, ea)
    b += (f"<tr><td>{full}</td><td class='n'>{g.f(P, dn, full, 2023, '令和5年度', 'current', 'collection_rate', 'estimate', est, 'percent', p(est))}</td>"
          f"<td class='n'>{g.f(P, dn, full, 2023, '令和5年度', 'current', 'assessed', 'estimate', ea * 1000, 'yen', c(ea))}</td>"
          f"<td class='n'>{g.f(P, dn, full, 2023, '令和5年度', 'current', 'collected', 'estimate', ec * 1000, 'yen', c(ec))}</td>"
          f"<td class='n'>{g.f(P, dn, full, 2022, '前年度決算', 'current', 'collection_rate', 'actual', r4, 'percent', p(r4))}</td></tr>")
b += "</table><p class='note'>※ 現年分。調定額見込は2月末の調定額に3月の異動見込を加えたもの。</p>"
b += "<h2>【参考】収入未済額の推移（決算）</h2><div class='unit'>（単位：千円）</div>"
b += "<table class='hr' style='width:70%'><thead><tr><th>債権名</th><th>年度</th><th>収入未済額</th><th>うち滞納繰越分</th></tr></thead><tbody>"
LONG = [("町税", "R3", 2021, 104533, 78120), ("町税", "R4", 2022, 98210, 72604),
        ("国民健康保険税", "R3", 2021, 126012, 99318), ("国民健康保険税", "R4", 2022, 121455, 97210),
        ("介護保険料", "R3", 2021, 12690, 9215), ("介護保険料", "R4", 2022, 12033, 8846)]
for dn, yr, fy, o, oa in LONG:
    b += (f"<tr><td>{dn}</td><td>{yr}</td><td class='n'>{g.f(P, dn, dn, fy, yr, 'total', 'outstanding', 'actual', o * 1000, 'yen', c(o))}</td>"
          f"<td class='n'>{g.f(P, dn, dn, fy, yr, 'arrears', 'outstanding', 'actual', oa * 1000, 'yen', c(oa))}</td></tr>")
b += "</tbody></table><p class='note'>※ 各年度末。R4年度末の収入未済額は翌年度の滞納繰越分調定額と一致する。</p>"
page(b, P)

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
out = PDF / f"{STEM}.pdf"
chromium_pdf(html, out)
g.write(out)
