"""qe_yuzawa_progress_1: 湯沢市 市税等収納対策 取組状況（中間報告）令和6年2月末現在.  HTML/CSS -> chromium."""
import sys, calendar
sys.dont_write_bytecode = True
sys.path.insert(0, __import__("os").path.dirname(__file__))
from qe_common import *

STEM = "qe_yuzawa_progress_1"
g = Gold()
FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"

# debt: (canonical, printed, [(seg, assessed_prev, collected_prev, assessed_cur, collected_cur)])
DEBTS = [
    ("市税", "市税", [("current", 4281736500, 4175217300, 4312560400, 4219411800),
                     ("arrears", 236418900, 54136500, 221804300, 54038200)]),
    ("国民健康保険料", "国民健康保険税", [("current", 812453200, 716208100, 798116700, 712465300),
                     ("arrears", 301274800, 39487600, 287530100, 43109800)]),
    ("介護保険料", "介護保険料", [("current", 731902400, 718830200, 738254600, 726371900),
                     ("arrears", 21384500, 3618200, 19877300, 3902400)]),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", [("current", 362118700, 357390900, 371406200, 366981500),
                     ("arrears", 4027300, 1893400, 3692100, 1742800)]),
    ("保育料", "保育料", [("current", 98412000, 96121600, 92350800, 89904400),
                     ("arrears", 12804600, 2016300, 11937200, 2233500)]),
    ("市営住宅使用料", "市営住宅使用料", [("current", 121806000, 111437200, 118932600, 109601300),
                     ("arrears", 38120500, 4561200, 36481900, 5017600)]),
]
SEGJ = {"current": "現年", "arrears": "滞繰", "total": "計"}


def tot(rows, k):
    return sum(r[k] for r in rows)


data = {}
for d, p, rows in DEBTS:
    rr = list(rows)
    rr.append(("total", tot(rows, 1), tot(rows, 2), tot(rows, 3), tot(rows, 4)))
    data[d] = (p, rr)

css = """
@page { size: A4; margin: 16mm 15mm 14mm 15mm; @bottom-center { content: "- " counter(page) " -"; font-size: 9pt; } }
body { font-family: "IPAexMincho"; font-size: 10pt; line-height: 1.55; color:#000; }
h1 { font-family: "IPAexGothic"; font-size: 15pt; text-align:center; margin: 0 0 2mm 0; }
.sub { text-align:center; font-family:"IPAexGothic"; font-size: 11pt; margin-bottom: 3mm; }
.org { text-align:right; font-size: 9.5pt; margin-bottom: 4mm; }
h2 { font-family: "IPAexGothic"; font-size: 12pt; border-bottom: 1.5px solid #333; margin: 4mm 0 2mm 0; padding-bottom: 1mm; }
h3 { font-family: "IPAexGothic"; font-size: 10.5pt; margin: 3mm 0 1mm 0; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.5px solid #999; text-align: justify; }
.cols p { margin: 0 0 2mm 0; text-indent: 1em; }
.panels { display:flex; gap: 4mm; margin: 3mm 0 4mm 0; }
.panel { flex:1; border: 1.5px solid #2a5d8f; border-radius: 3mm; padding: 2mm 3mm; font-family:"IPAexGothic"; }
.panel .lb { font-size: 9pt; background:#2a5d8f; color:#fff; padding: 0.5mm 2mm; border-radius: 1.5mm; display:inline-block; }
.panel .v { font-size: 17pt; font-weight: bold; margin: 1mm 0; }
.panel .n { font-size: 8.5pt; }
table { border-collapse: collapse; font-family: "IPAexGothic"; font-size: 8pt; width: 100%; }
th, td { border: 0.6px solid #444; padding: 1mm 1.2mm; }
th { background: #dde6ef; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; }
td.l, th.l { white-space: nowrap; }
table.mon { font-size: 7.6pt; }
.cap { font-family:"IPAexGothic"; font-size: 9.5pt; margin: 2mm 0 1mm 0; }
.unit { text-align:right; font-size: 8pt; font-family:"IPAexGothic"; }
.note { font-size: 8pt; margin-top: 1mm; }
table.zebra th, table.zebra td { border: none; }
table.zebra thead th { background:#3d6b4f; color:#fff; }
table.zebra tbody tr:nth-child(even) td { background:#e9f1ec; }
table.zebra tbody tr.sum td { border-top: 1.2px solid #3d6b4f; font-weight:bold; }
.box { border: 1px solid #333; padding: 2mm 4mm; margin: 2mm 0 3mm 0; }
.box p { margin: 0.8mm 0 0.8mm 1.2em; text-indent: -1.2em; }
.pb { break-before: page; }
"""
H = []
P = 1
# ---------------- page 1 ----------------
H.append('<h1>令和５年度 市税等の収納対策に係る取組状況（中間報告）</h1>')
H.append('<div class="sub">― 令和６年２月末現在 ―</div>')
H.append('<div class="org">令和６年３月15日<br>湯沢市 総務部 税務課 収納対策室</div>')

ct = data["市税"][1][2]; cc = data["市税"][1][0]; ca = data["市税"][1][1]
r_t, r_tp = rate(ct[4], ct[3]), rate(ct[2], ct[1])
r_c, r_cp = rate(cc[4], cc[3]), rate(cc[2], cc[1])
r_a, r_ap = rate(ca[4], ca[3]), rate(ca[2], ca[1])
# outstanding totals (all debts) in 千円 and prose
out_cur = {d: round((data[d][1][2][3] - data[d][1][2][4]) / 1000) for d in data}
out_prev = {d: round((data[d][1][2][1] - data[d][1][2][2]) / 1000) for d in data}
sum_cur, sum_prev = sum(out_cur.values()), sum(out_prev.values())
man_cur = round(sum_cur / 100) * 100  # 10万円単位 in 千円
diff_man = round((sum_cur - sum_prev) / 100) * 100

def oku(k):  # 千円 -> 「3億4,560万円」
    man = k // 10
    o, m = divmod(man, 10000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")

H.append('<div class="panels">')
H.append(f'<div class="panel"><span class="lb">市税 収納率（２月末）</span><div class="v">{pct(r_t)}％</div>'
         f'<div class="n">前年同月比 ＋{pct(r_t - r_tp)}ポイント</div></div>')
g.f("市税", "市税", FY, "令和５年度", "total", "collection_rate", "interim", r_t, "percent", f"{pct(r_t)}％", P, as_of=ASOF)
g.f("市税", "市税", FY, "令和５年度", "total", "difference", "interim", round(r_t - r_tp, 2), "points", f"＋{pct(r_t - r_tp)}ポイント", P, as_of=ASOF)
kc = data["国民健康保険料"][1][0]
r_k, r_kp = rate(kc[4], kc[3]), rate(kc[2], kc[1])
H.append(f'<div class="panel"><span class="lb">国保税 現年 収納率</span><div class="v">{pct(r_k)}％</div>'
         f'<div class="n">前年同月 {pct(r_kp)}％</div></div>')
g.f("国民健康保険料", "国保税", FY, "令和５年度", "current", "collection_rate", "interim", r_k, "percent", f"{pct(r_k)}％", P, as_of=ASOF)
g.f("国民健康保険料", "国保税", PFY, "前年同月", "current", "collection_rate", "interim", r_kp, "percent", f"{pct(r_kp)}％", P, as_of=PASOF)
H.append(f'<div class="panel"><span class="lb">収入未済額（市税等６債権）</span><div class="v">{oku(man_cur)}</div>'
         f'<div class="n">令和６年２月末現在</div></div>')
g.f(None, "市税等６債権", FY, "令和６年２月末", "total", "outstanding", "interim", man_cur * 1000, "yen", oku(man_cur), P, as_of=ASOF)
H.append('</div>')

H.append('<h2>１ 概要</h2><div class="cols">')
H.append(f'<p>令和６年２月末現在における市税全体の収納率は{pct(r_t)}％で、前年同月の{pct(r_tp)}％と比べ'
         f'{pct(r_t - r_tp)}ポイント上昇した。区分別にみると、現年課税分は{pct(r_c)}％（前年同月{pct(r_cp)}％）、'
         f'滞納繰越分は{pct(r_a)}％（同{pct(r_ap)}％）となっており、いずれも前年同月を上回っている。</p>')
g.f("市税", "市税", FY, "令和６年２月末", "total", "collection_rate", "interim", r_t, "percent", f"{pct(r_t)}％で", P, as_of=ASOF)
g.f("市税", "市税", PFY, "前年同月", "total", "collection_rate", "interim", r_tp, "percent", f"前年同月の{pct(r_tp)}％", P, as_of=PASOF)
g.f("市税", "市税", FY, "令和６年２月末", "total", "difference", "interim", round(r_t - r_tp, 2), "points", f"{pct(r_t - r_tp)}ポイント上昇", P, as_of=ASOF)
g.f("市税", "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", r_c, "percent", f"現年課税分は{pct(r_c)}％", P, as_of=ASOF)
g.f("市税", "市税", PFY, "前年同月", "current", "collection_rate", "interim", r_cp, "percent", f"前年同月{pct(r_cp)}％", P, as_of=PASOF)
g.f("市税", "市税", FY, "令和６年２月末", "arrears", "collection_rate", "interim", r_a, "percent", f"滞納繰越分は{pct(r_a)}％", P, as_of=ASOF)
g.f("市税", "市税", PFY, "前年同月", "arrears", "collection_rate", "interim", r_ap, "percent", f"同{pct(r_ap)}％", P, as_of=PASOF)
H.append('<p>これは、現年度当初から口座振替の勧奨とスマートフォン決済の周知を重ねたことに加え、'
         '滞納繰越分について年末の集中催告と財産調査を前倒しで行ったことによるものと考えられる。'
         '一方、物価高騰の影響により分納を希望する納税者が増えており、納付相談の件数は前年を上回っている。</p>')
ka = data["国民健康保険料"][1][1]
r_ka, r_kap = rate(ka[4], ka[3]), rate(ka[2], ka[1])
H.append(f'<p>国民健康保険税（国保税）の現年課税分の収納率は{pct(r_k)}％で、前年同月比{pct(r_k - r_kp)}ポイント改善した。'
         f'滞納繰越分は{pct(r_ka)}％となっている。資格喪失世帯への早期の納付案内が効果を上げている。</p>')
g.f("国民健康保険料", "国民健康保険税", FY, "令和６年２月末", "current", "collection_rate", "interim", r_k, "percent", f"収納率は{pct(r_k)}％で", P, as_of=ASOF)
g.f("国民健康保険料", "国民健康保険税", FY, "令和６年２月末", "current", "difference", "interim", round(r_k - r_kp, 2), "points", f"前年同月比{pct(r_k - r_kp)}ポイント改善", P, as_of=ASOF)
g.f("国民健康保険料", "国民健康保険税", FY, "令和６年２月末", "arrears", "collection_rate", "interim", r_ka, "percent", f"滞納繰越分は{pct(r_ka)}％", P, as_of=ASOF)
H.append(f'<p>市税、国保税、介護保険料、後期高齢者医療保険料、保育料及び市営住宅使用料の６債権を合わせた'
         f'収入未済額は約{oku(man_cur)}で、前年同月から約{oku(-diff_man)}減少した。'
         f'このうち市税は約{oku(round(out_cur["市税"] / 100) * 100)}である。</p>')
g.f(None, "６債権", FY, "令和６年２月末", "total", "outstanding", "interim", man_cur * 1000, "yen", f"約{oku(man_cur)}", P, as_of=ASOF, approx=True)
g.f(None, "６債権", FY, "令和６年２月末", "total", "difference", "interim", diff_man * 1000, "yen", f"約{oku(-diff_man)}減少", P, as_of=ASOF, approx=True)
g.f("市税", "市税", FY, "令和６年２月末", "total", "outstanding", "interim", round(out_cur["市税"] / 100) * 100 * 1000, "yen",
    f"約{oku(round(out_cur['市税'] / 100) * 100)}", P, as_of=ASOF, approx=True)
H.append('<p>後半は、３月の出納整理期間に向けて、納付約束の不履行者への催告と差押えを重点的に進め、'
         '年度末の収納率を目標の水準まで引き上げることを目指す。詳細は次頁以降のとおりである。</p></div>')

# ---------------- page 2 ----------------
P = 2
H.append('<div class="pb"></div><h2>２ 主な債権の収納状況</h2>')
H.append('<div class="cap">表１ 債権別収納状況（今期：令和５年度２月末　前年同期：令和４年度２月末）</div>')
H.append('<table><thead><tr><th rowspan="2">債権名</th><th rowspan="2">区分</th><th colspan="3">前年同期</th>'
         '<th colspan="3">今期</th><th rowspan="2">収納率<br>増減<br>（ポイント）</th></tr>'
         '<tr><th>調定額（円）</th><th>収入済額（円）</th><th>収納率（％）</th><th>調定額（円）</th><th>収入済額（円）</th><th>収納率（％）</th></tr></thead><tbody>')
for d, (p, rows) in data.items():
    for j, (seg, ap, cp, ac, cc_) in enumerate(rows):
        rp, rc = rate(cp, ap), rate(cc_, ac)
        dif = round(rc - rp, 2)
        lab = f'<td rowspan="3">{p}</td>' if j == 0 else ""
        H.append(f'<tr>{lab}<td>{SEGJ[seg]}</td><td class="n">{c(ap)}</td><td class="n">{c(cp)}</td><td class="n">{pct(rp)}</td>'
                 f'<td class="n">{c(ac)}</td><td class="n">{c(cc_)}</td><td class="n">{pct(rc)}</td><td class="n">{sgn(dif)}</td></tr>')
        for fy, fr, asf, a_, c2, r_ in ((PFY, "前年同期", PASOF, ap, cp, rp), (FY, "今期", ASOF, ac, cc_, rc)):
            g.f(d, p, fy, fr, seg, "assessed", "interim", a_, "yen", c(a_), P, as_of=asf)
            g.f(d, p, fy, fr, seg, "collected", "interim", c2, "yen", c(c2), P, as_of=asf)
            g.f(d, p, fy, fr, seg, "collection_rate", "interim", r_, "percent", pct(r_), P, as_of=asf)
        g.f(d, p, FY, "今期", seg, "difference", "interim", dif, "points", sgn(dif), P, as_of=ASOF)
H.append('</tbody></table><div class="note">※ 収納率増減の△は前年同期を下回ったことを示す。</div>')
H.append('<div class="cap">表２ 収入未済額の状況（令和５年度２月末）</div>')
H.append('<table style="width:70%"><thead><tr><th>債権名</th><th>前年同期 収入未済額（千円）</th><th>今期 収入未済額（千円）</th><th>増減（千円）</th></tr></thead><tbody>')
for d, (p, rows) in data.items():
    a, b = out_prev[d], out_cur[d]
    H.append(f'<tr><td>{p}</td><td class="n">{c(a)}</td><td class="n">{c(b)}</td><td class="n">{c(b - a)}</td></tr>')
    g.f(d, p, PFY, "前年同期", "total", "outstanding", "interim", a * 1000, "yen", c(a), P, as_of=PASOF)
    g.f(d, p, FY, "今期", "total", "outstanding", "interim", b * 1000, "yen", c(b), P, as_of=ASOF)
    g.f(d, p, FY, "今期", "total", "difference", "interim", (b - a) * 1000, "yen", c(b - a), P, as_of=ASOF)
H.append(f'<tr><td>合計</td><td class="n">{c(sum_prev)}</td><td class="n">{c(sum_cur)}</td><td class="n">{c(sum_cur - sum_prev)}</td></tr></tbody></table>')
g.f(None, "合計", PFY, "前年同期", "total", "outstanding", "interim", sum_prev * 1000, "yen", c(sum_prev), P, as_of=PASOF)
g.f(None, "合計", FY, "今期", "total", "outstanding", "interim", sum_cur * 1000, "yen", c(sum_cur), P, as_of=ASOF)
g.f(None, "合計", FY, "今期", "total", "difference", "interim", (sum_cur - sum_prev) * 1000, "yen", c(sum_cur - sum_prev), P, as_of=ASOF)
H.append('<div class="note">※ 収入未済額は調定額から収入済額を差し引いた額を千円未満四捨五入したもの。</div>')

# ---------------- page 3 : monthly ----------------
P = 3
months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
def mend(fy, m):
    y = fy if m >= 4 else fy + 1
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
cur_rate = [17.42, 27.35, 36.88, 45.61, 54.02, 62.47, 70.93, 78.15, 86.02, 91.74, r_c]
prev_rate = [17.05, 26.91, 36.40, 45.22, 53.70, 62.08, 70.51, 77.86, 85.73, 91.38, r_cp, 99.02]
cur_col = [round(cc[3] * x / 100 / 1000) for x in cur_rate[:-1]] + [round(cc[4] / 1000)]
prev_col = [round(cc[1] * x / 100 / 1000) for x in prev_rate[:10]] + [round(cc[2] / 1000), round(cc[1] * 0.9902 / 1000)]
H.append('<div class="pb"></div><h2>３ 月別収納状況（市税 現年課税分）</h2>')
H.append('<div class="cap">表３ 月別累計収納状況（各月末現在・累計）</div><div class="unit">収入済額：千円　収納率：％</div>')
H.append('<table class="mon"><thead><tr><th class="l">年度</th><th class="l">項目</th>' + "".join(f"<th>{m}月末</th>" for m in months) + '</tr></thead><tbody>')
for fy, lab, cols, rates in ((FY, "令和５年度", cur_col, cur_rate), (PFY, "令和４年度", prev_col, prev_rate)):
    H.append(f'<tr><td rowspan="2" class="l">{lab}</td><td class="l">収入済額</td>' + "".join(
        f'<td class="n">{c(cols[k])}</td>' if k < len(cols) else '<td class="n">－</td>' for k in range(12)) + '</tr>')
    H.append('<tr><td class="l">収納率</td>' + "".join(
        f'<td class="n">{pct(rates[k])}</td>' if k < len(rates) else '<td class="n">－</td>' for k in range(12)) + '</tr>')
    for k in range(len(rates)):
        m = months[k]
        g.f("市税", "市税", fy, lab, "current", "collected", "interim", cols[k] * 1000, "yen", c(cols[k]), P, as_of=mend(fy, m))
        g.f("市税", "市税", fy, lab, "current", "collection_rate", "interim", rates[k], "percent", pct(rates[k]), P, as_of=mend(fy, m))
H.append('</tbody></table><div class="note">※ 令和５年度３月末の数値は、出納整理期間終了後に確定する。</div>')
# SVG line chart
W, Hh, x0, y0, yb = 660, 300, 50, 20, 260
def yy(v):  # 10..100
    return yb - (v - 10) / 90 * (yb - y0)
svg = [f'<svg width="{W}" height="{Hh}" viewBox="0 0 {W} {Hh}" style="font-family:IPAexGothic;font-size:9px">']
for t in range(10, 101, 10):
    svg.append(f'<line x1="{x0}" y1="{yy(t):.1f}" x2="{W-10}" y2="{yy(t):.1f}" stroke="#ccc" stroke-width="0.5"/>'
               f'<text x="{x0-6}" y="{yy(t)+3:.1f}" text-anchor="end">{t}</text>')
dx = (W - 10 - x0 - 20) / 11
for k, m in enumerate(months):
    svg.append(f'<text x="{x0+10+k*dx:.1f}" y="{yb+14}" text-anchor="middle">{m}月末</text>')
for rates, col, dash, up in ((prev_rate, "#999", "4,3", 12), (cur_rate, "#c0392b", "", -6)):
    pts = " ".join(f"{x0+10+k*dx:.1f},{yy(v):.1f}" for k, v in enumerate(rates))
    svg.append(f'<polyline points="{pts}" fill="none" stroke="{col}" stroke-width="1.8" stroke-dasharray="{dash}"/>')
    for k, v in enumerate(rates):
        svg.append(f'<circle cx="{x0+10+k*dx:.1f}" cy="{yy(v):.1f}" r="2.2" fill="{col}"/>')
for k, v in enumerate(cur_rate):
    svg.append(f'<text x="{x0+10+k*dx:.1f}" y="{yy(v)-6:.1f}" text-anchor="middle" fill="#c0392b">{pct(v)}</text>')
    g.f("市税", "市税", FY, "令和５年度", "current", "collection_rate", "interim", v, "percent", pct(v), P, as_of=mend(FY, months[k]))
svg.append(f'<rect x="{W-190}" y="{yb-60}" width="170" height="34" fill="#fff" stroke="#999" stroke-width="0.5"/>'
           f'<line x1="{W-182}" y1="{yb-48}" x2="{W-160}" y2="{yb-48}" stroke="#c0392b" stroke-width="1.8"/><text x="{W-155}" y="{yb-45}">令和５年度（ラベルは収納率％）</text>'
           f'<line x1="{W-182}" y1="{yb-34}" x2="{W-160}" y2="{yb-34}" stroke="#999" stroke-width="1.8" stroke-dasharray="4,3"/><text x="{W-155}" y="{yb-31}">令和４年度</text>')
svg.append(f'<text x="{x0-30}" y="{y0-6}">（％）</text></svg>')
H.append('<div class="cap">図１ 市税（現年課税分）累計収納率の推移</div>' + "".join(svg))
H.append(f'<p style="font-size:9.5pt">２月末の現年課税分の累計収納率は{pct(r_c)}％で、前年同月を{pct(r_c - r_cp)}ポイント上回っている。'
         f'12月末時点では{pct(cur_rate[8])}％（前年同月{pct(prev_rate[8])}％）であり、年明け以降も差を維持している。</p>')
g.f("市税", "市税", FY, "２月末", "current", "collection_rate", "interim", r_c, "percent", f"累計収納率は{pct(r_c)}％", P, as_of=ASOF)
g.f("市税", "市税", FY, "２月末", "current", "difference", "interim", round(r_c - r_cp, 2), "points", f"{pct(r_c - r_cp)}ポイント上回って", P, as_of=ASOF)
g.f("市税", "市税", FY, "12月末", "current", "collection_rate", "interim", cur_rate[8], "percent", f"{pct(cur_rate[8])}％（前年", P, as_of=mend(FY, 12))
g.f("市税", "市税", PFY, "前年同月", "current", "collection_rate", "interim", prev_rate[8], "percent", f"前年同月{pct(prev_rate[8])}％", P, as_of=mend(PFY, 12))

# ---------------- page 4 : areas ----------------
P = 4
H.append('<div class="pb"></div><h2>４ 地域別の状況（市税・令和６年２月末現在）</h2>')
H.append('<p style="font-size:9.5pt">市税（現年課税分及び滞納繰越分の合計）について、旧市町村の地域別に収納状況を整理した。滞納者数は２月末時点の実人数である。</p>')
areas = [("湯沢地域", 0.612, 0.6141, 742), ("稲川地域", 0.171, 0.1702, 211), ("雄勝地域", 0.142, 0.1402, 176), ("皆瀬地域", 0.075, None, 87)]
A_tot, C_tot = round(ct[3] / 1000), round(ct[4] / 1000)
rows = []
sa = sc = 0
for k, (ar, fa, fc, dn) in enumerate(areas):
    if fc is None:
        a_, c_ = A_tot - sa, C_tot - sc
    else:
        a_, c_ = round(A_tot * fa), round(C_tot * fc)
    sa += a_; sc += c_
    rows.append((ar, a_, c_, dn))
sash = [418, 97, 64, 21]
H.append('<div class="cap">表４ 地域別市税収納状況</div>')
H.append('<table class="zebra"><thead><tr><th>地域</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th><th>滞納者数（人）</th><th>差押件数（件）</th></tr></thead><tbody>')
for (ar, a_, c_, dn), sp in zip(rows, sash):
    r_ = rate(c_, a_)
    H.append(f'<tr><td>{ar}</td><td class="n">{c(a_)}</td><td class="n">{c(c_)}</td><td class="n">{pct(r_)}</td><td class="n">{dn:,}</td><td class="n">{sp}</td></tr>')
    g.f("市税", "市税", FY, "令和６年２月末", "total", "assessed", "interim", a_ * 1000, "yen", c(a_), P, as_of=ASOF, area=ar)
    g.f("市税", "市税", FY, "令和６年２月末", "total", "collected", "interim", c_ * 1000, "yen", c(c_), P, as_of=ASOF, area=ar)
    g.f("市税", "市税", FY, "令和６年２月末", "total", "collection_rate", "interim", r_, "percent", pct(r_), P, as_of=ASOF, area=ar)
    g.f("市税", "市税", FY, "令和６年２月末", "total", "delinquents", "interim", dn, "persons", f"{dn:,}", P, as_of=ASOF, area=ar)
dn_t = sum(r[3] for r in rows)
H.append(f'<tr class="sum"><td>計</td><td class="n">{c(A_tot)}</td><td class="n">{c(C_tot)}</td><td class="n">{pct(rate(C_tot, A_tot))}</td><td class="n">{dn_t:,}</td><td class="n">{sum(sash)}</td></tr></tbody></table>')
g.f("市税", "計", FY, "令和６年２月末", "total", "assessed", "interim", A_tot * 1000, "yen", c(A_tot), P, as_of=ASOF)
g.f("市税", "計", FY, "令和６年２月末", "total", "collected", "interim", C_tot * 1000, "yen", c(C_tot), P, as_of=ASOF)
g.f("市税", "計", FY, "令和６年２月末", "total", "collection_rate", "interim", rate(C_tot, A_tot), "percent", pct(rate(C_tot, A_tot)), P, as_of=ASOF)
g.f("市税", "計", FY, "令和６年２月末", "total", "delinquents", "interim", dn_t, "persons", f"{dn_t:,}", P, as_of=ASOF)
H.append('<div class="note">※ 収納率は千円単位の数値により算出。差押件数は令和５年４月から２月末までの累計。</div>')
prev_dn = 1297
H.append(f'<p style="font-size:9.5pt">市全体の滞納者数は{dn_t:,}人で、前年同月の{prev_dn:,}人から{prev_dn - dn_t}人減少した。'
         f'雄勝地域及び皆瀬地域では高齢の単身世帯の滞納が多く、訪問による納付相談を継続している。</p>')
g.f("市税", "市税", FY, "令和６年２月末", "total", "delinquents", "interim", dn_t, "persons", f"{dn_t:,}人", P, as_of=ASOF)
g.f("市税", "市税", PFY, "前年同月", "total", "delinquents", "interim", prev_dn, "persons", f"{prev_dn:,}人", P, as_of=PASOF)
g.f("市税", "市税", FY, "令和６年２月末", "total", "difference", "interim", dn_t - prev_dn, "persons", f"{prev_dn - dn_t}人減少", P, as_of=ASOF)

# ---------------- page 5 : year-end estimate + initiatives ----------------
P = 5
H.append('<div class="pb"></div><h2>５ 年度末の収納率見込み</h2>')
H.append('<div class="cap">表５ 債権別収納率の見込み（単位：％）</div>')
H.append('<table><thead><tr><th rowspan="2">債権名</th><th colspan="2">R4決算</th><th colspan="2">R5目標</th><th colspan="2">R5決算見込</th></tr>'
         '<tr>' + '<th>現年</th><th>滞繰</th>' * 3 + '</tr></thead><tbody>')
EST = {  # (prev actual cur, arr), (target cur, arr), (estimate cur, arr)
    "市税": ((99.08, 27.41), (99.15, 28.00), (99.21, 28.63)),
    "国民健康保険料": ((94.62, 16.85), (95.00, 17.50), (95.12, 17.94)),
    "介護保険料": ((99.31, 21.06), (99.35, 22.00), (99.36, 22.41)),
    "後期高齢者医療保険料": ((99.62, 52.38), (99.65, 50.00), (99.63, 51.27)),
    "保育料": ((98.94, 19.73), (99.00, 20.00), (98.87, 21.05)),
    "市営住宅使用料": ((94.15, 14.62), (94.50, 15.00), (94.73, 15.28)),
}
for d, (p, rows_) in data.items():
    e = EST[d]
    cells = []
    for (basis, fy, fr), vals in zip((("actual", PFY, "R4"), ("target", FY, "R5"), ("estimate", FY, "R5")), e):
        for seg, v in zip(("current", "arrears"), vals):
            cells.append(f'<td class="n">{pct(v)}</td>')
            g.f(d, p, fy, fr, seg, "collection_rate", basis, v, "percent", pct(v), P)
    H.append(f'<tr><td>{p}</td>{"".join(cells)}</tr>')
H.append('</tbody></table>')
H.append('<h2>６ 後半の主な取組</h2>')
INITS = [
    ("市税", "（１）市税", [
        ("①", "納付約束の不履行者に対し、２月中に一斉催告を行い、応じない者は財産調査を経て差押えを執行する。", "継続"),
        ("②", "滞納繰越分の高額事案（50万円以上）を収納対策室へ移管し、集中的に滞納整理を進める。", "拡充"),
        ("③", "スマートフォン決済の利用案内を納付書に同封し、期限内納付を促す。", "新規")]),
    ("国民健康保険料", "（２）国民健康保険税", [
        ("①", "資格喪失届の提出時に未納税額を案内し、その場での納付又は納付相談につなげる。", "継続"),
        ("②", "短期被保険者証の更新時に面談を行い、生活状況に応じた分納計画を作成する。", "継続")]),
    ("介護保険料", "（３）介護保険料・後期高齢者医療保険料", [
        ("①", "普通徴収の未納者に対し、地域包括支援センターと連携して早期に接触する。", "拡充")]),
    ("保育料", "（４）保育料", [
        ("①", "児童手当からの特別徴収について、保護者の申出を勧奨する。", "継続")]),
    ("市営住宅使用料", "（５）市営住宅使用料", [
        ("①", "３か月以上の滞納者に対し連帯保証人への通知を行い、なお納付がない場合は明渡請求を検討する。", "継続"),
        ("②", "退去者の未納分について、転居先調査を行い支払督促を申し立てる。", "新規")]),
]
H.append('<div class="box">')
for d, head, items in INITS:
    H.append(f'<h3>{head}</h3>')
    for lab, t, st in items:
        H.append(f'<p>{lab}　{t}【{st}】</p>')
        g.i(d, FY, "後半の主な取組", f"{head[:3]}{lab}", t, st, P, debt_raw=head[3:].split("・")[0])
H.append('</div><div class="note">【継続】前年度から継続する取組　【拡充】内容を拡大する取組　【新規】今年度後半から開始する取組</div>')

html = f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>令和５年度 市税等の収納対策に係る取組状況（中間報告）</title><style>{css}</style></head><body>{"".join(H)}</body></html>'
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
chromium_pdf(hp, PDF / f"{STEM}.pdf")
write_gold(STEM, "progress_report", "湯沢市", "令和５年度 市税等の収納対策に係る取組状況（中間報告）", "2024-03-15", "令和６年３月15日", g)
