"""Build sj_ako_progress_1: 令和5年度 債権管理の取組状況（中間報告, 2月末） (HTML/CSS -> Chromium)."""
import subprocess, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from sj_common import Gold, zen, c, rate, SET

STEM = "sj_ako_progress_1"
CITY = "赤穂市"
TITLE = "令和５年度 債権管理の取組状況（中間報告）"
g = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-02-29", "令和６年２月末現在")
NOW, PREV = "2024-02-29", "2023-02-28"   # leap-year February end vs previous year's
FY, PFY = 2023, 2022


def coll_for(asm, r):
    x = round(asm * r / 100)
    assert rate(x, asm) == r, (asm, r, rate(x, asm))
    return x


def sgn(v, nd=2, plus="＋"):
    return (plus if v > 0 else "△" if v < 0 else "±") + f"{abs(v):.{nd}f}"


# debt: (full, abbr?, 所管課, [prev: cur_asm, cur_rate, arr_asm, arr_rate], [now: ...])
DEBTS = [("市税", "税務課", (5412380, 89.41, 398720, 18.62), (5486910, 89.62, 371240, 19.85)),
         ("国民健康保険税", "保険年金課", (1268440, 80.51, 301260, 16.24), (1241870, 80.15, 289410, 17.02)),
         ("介護保険料", "介護保険課", (912630, 90.88, 41230, 12.11), (928410, 91.04, 39860, 13.40)),
         ("後期高齢者医療保険料", "保険年金課", (602410, 95.12, 6620, 30.51), (618920, 95.30, 5980, 33.75))]
data = {}
for name, ka, pv, nw in DEBTS:
    d = {}
    for key, (ca, cr, aa, ar) in (("prev", pv), ("now", nw)):
        cc, ac = coll_for(ca, cr), coll_for(aa, ar)
        d[key] = {"current": (ca, cc, cr), "arrears": (aa, ac, ar),
                  "total": (ca + aa, cc + ac, rate(cc + ac, ca + aa))}
    data[name] = d

css = """
@page { size: A4; margin: 14mm 15mm 12mm 15mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 9.5pt; color: #111; margin: 0; }
.page { position: relative; height: 268mm; page-break-after: always; }
.page:last-child { page-break-after: auto; }
.run { font-size: 7.5pt; color: #555; text-align: right; border-bottom: 0.5pt solid #999; margin-bottom: 3mm; }
.foot { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 8.5pt; }
h1 { font-size: 15pt; margin: 2mm 0 4mm 0; }
h2 { font-size: 11.5pt; border-left: 4pt solid #2f5597; padding-left: 2mm; margin: 4mm 0 2mm 0; }
.stamp { position: absolute; right: 0; top: 8mm; border: 1.2pt solid #c00; color: #c00; padding: 1mm 3mm; font-size: 10pt; }
.panels { display: flex; gap: 4mm; margin: 3mm 0; }
.panel { flex: 1; border: 1pt solid #2f5597; border-radius: 2mm; padding: 2mm 3mm; background: #f3f6fb; }
.panel .lb { font-size: 8.5pt; color: #2f5597; }
.panel .v { font-size: 17pt; font-weight: bold; margin: 1mm 0; }
.panel .s { font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 1mm 0 2mm 0; }
th { background: #dfe6f1; border: 0.5pt solid #666; padding: 1mm; font-weight: bold; }
td { border: 0.5pt solid #666; padding: 0.8mm 1.2mm; text-align: right; }
td.l { text-align: left; } td.c { text-align: center; }
tr.tot td { background: #eeeeee; font-weight: bold; }
table.zebra td, table.zebra th { border: none; }
table.zebra tr:nth-child(even) td { background: #eef2f8; }
table.zebra th { background: #2f5597; color: #fff; }
.note { font-size: 7.8pt; margin: 0 0 2mm 0; }
.box { border: 0.8pt solid #333; padding: 2mm 3mm; margin: 2mm 0; }
p { margin: 1mm 0 2mm 0; line-height: 1.55; }
.kv td { text-align: left; } .kv th { width: 16%; }
"""
pages = []
RUN = '<div class="run">令和５年度 債権管理の取組状況（中間報告）　赤穂市</div>'


def page(n, body):
    pages.append(f'<div class="page">{RUN}{body}<div class="foot">- {n} -</div></div>')


# ---------------- page 1 ----------------
P = 1
b = ['<div class="stamp">令和６年２月末現在</div>', f"<h1>{TITLE}</h1>",
     "<p>本市では、赤穂市債権管理方針に基づき、全庁で債権の適正な管理と収入未済額の縮減に取り組んでいます。"
     "今年度２月末までの主要債権の収納状況と取組の進捗を取りまとめましたので報告します。</p>",
     '<div class="panels">']
sz = data["市税"]["now"]["current"][2]; sp = data["市税"]["prev"]["current"][2]
kz = data["国民健康保険税"]["now"]["current"][2]; kp = data["国民健康保険税"]["prev"]["current"][2]
b.append(f'<div class="panel"><div class="lb">市税 収納率（現年課税分）令和５年度２月末</div><div class="v">{sz:.2f}％</div>'
         f'<div class="s">前年同月比 {sgn(round(sz - sp, 2))}ポイント</div></div>')
g.f(P, "市税", "市税", FY, "令和５年度", "current", "collection_rate", "interim", sz, "percent", f"{sz:.2f}％", NOW)
g.f(P, "市税", "市税", FY, "令和５年度", "current", "difference", "interim", round(sz - sp, 2), "points", f"{sgn(round(sz - sp, 2))}ポイント", NOW)
b.append(f'<div class="panel"><div class="lb">国民健康保険税 収納率（現年分）令和５年度２月末</div><div class="v">{kz:.2f}％</div>'
         f'<div class="s">前年同月比 {sgn(round(kz - kp, 2))}ポイント</div></div>')
g.f(P, "国民健康保険税", "国民健康保険税", FY, "令和５年度", "current", "collection_rate", "interim", kz, "percent", f"{kz:.2f}％", NOW)
g.f(P, "国民健康保険税", "国民健康保険税", FY, "令和５年度", "current", "difference", "interim", round(kz - kp, 2), "points", f"{sgn(round(kz - kp, 2))}ポイント", NOW)
b.append('<div class="panel"><div class="lb">収入未済額（全債権）令和４年度決算</div><div class="v">8.7億円</div>'
         '<div class="s">前年度決算から約5,400万円の縮減</div></div></div>')
g.f(P, None, None, 2022, "令和４年度", "total", "outstanding", "actual", 870000000, "yen", "8.7億円")
g.f(P, None, None, 2022, "令和４年度", "total", "difference", "actual", -54000000, "yen", "約5,400万円", None, True)

b.append("<h2>１　主要債権の収納状況（２月末累計）</h2>")
b.append('<table><tr><th rowspan="2">債権名</th><th rowspan="2">区分</th><th colspan="3">前年度</th><th colspan="3">今年度</th><th rowspan="2">差<br>（ポイント）</th></tr>'
         '<tr><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th></tr>')
SEGL = {"current": "現年分", "arrears": "滞繰分", "total": "計"}
for name, ka, pv, nw in DEBTS:
    for k, seg in enumerate(("current", "arrears", "total")):
        pa, pc, pr = data[name]["prev"][seg]; na, nc, nr = data[name]["now"][seg]
        df = round(nr - pr, 2)
        cls = ' class="tot"' if seg == "total" else ""
        first = f'<td class="l" rowspan="3">{name}</td>' if k == 0 else ""
        b.append(f'<tr{cls}>{first}<td class="c">{SEGL[seg]}</td><td>{c(pa)}</td><td>{c(pc)}</td><td>{pr:.2f}</td>'
                 f'<td>{c(na)}</td><td>{c(nc)}</td><td>{nr:.2f}</td><td>{sgn(df, 2, "")}</td></tr>')
        for fy, fyr, asof, (a_, c_, r_) in ((PFY, "前年度", PREV, (pa, pc, pr)), (FY, "今年度", NOW, (na, nc, nr))):
            g.f(P, name, name, fy, fyr, seg, "assessed", "interim", a_ * 1000, "yen", c(a_), asof)
            g.f(P, name, name, fy, fyr, seg, "collected", "interim", c_ * 1000, "yen", c(c_), asof)
            g.f(P, name, name, fy, fyr, seg, "collection_rate", "interim", r_, "percent", f"{r_:.2f}", asof)
        g.f(P, name, name, FY, "今年度", seg, "difference", "interim", df, "points", sgn(df, 2, ""), NOW)
b.append("</table>")
b.append('<div class="note">※ 前年度は令和５年２月末、今年度は令和６年２月末の累計額です。差は今年度収納率から前年度収納率を差し引いたものです。</div>')
page(1, "".join(b))

# ---------------- page 2: monthly + chart ----------------
P = 2
months = [(4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31), (11, 30), (12, 31), (1, 31), (2, None)]
prev_r = [8.12, 17.05, 26.31, 35.44, 44.02, 52.87, 61.33, 69.85, 78.20, 84.06, 89.41]
now_r = [8.30, 17.41, 26.52, 35.30, 44.28, 53.16, 61.70, 70.02, 78.65, 84.31, 89.62]
b = ["<h2>２　月別収納状況（市税 現年課税分・累計収納率）</h2>",
     '<div class="note" style="text-align:right">（単位：％）</div><table><tr><th>区分</th>']
b += [f"<th>{m}月末</th>" for m, _ in months] + ["</tr>"]
for lab, arr, fy in (("前年度", prev_r, PFY), ("今年度", now_r, FY)):
    b.append(f'<tr><td class="c">{lab}</td>' + "".join(f"<td>{v:.2f}</td>" for v in arr) + "</tr>")
    for (m, dd), v in zip(months, arr):
        y = fy + (1 if m <= 3 else 0)
        if dd is None:
            dd = 29 if y % 4 == 0 else 28
        g.f(P, "市税", "市税", fy, lab, "current", "collection_rate", "interim", v, "percent", f"{v:.2f}", f"{y}-{m:02d}-{dd:02d}")
b.append('<tr class="tot"><td class="c">増減</td>' + "".join(f"<td>{sgn(round(n - p, 2), 2, '')}</td>" for n, p in zip(now_r, prev_r)) + "</tr></table>")
for (m, dd), n, p in zip(months, now_r, prev_r):
    y = FY + (1 if m <= 3 else 0)
    dd = dd or 29
    g.f(P, "市税", "市税", FY, "今年度", "current", "difference", "interim", round(n - p, 2), "points", sgn(round(n - p, 2), 2, ""), f"{y}-{m:02d}-{dd:02d}")
b.append('<div class="note">※ 前年度は令和４年度、今年度は令和５年度の各月末時点の累計です。</div>')
assert now_r[-1] == data["市税"]["now"]["current"][2] and prev_r[-1] == data["市税"]["prev"]["current"][2]

# bar chart with data labels (百万円, one decimal)
hist = [("H30", 2018, 1024.6), ("令和元", 2019, 998.3), ("R2", 2020, 1012.8), ("R3", 2021, 925.6), ("R4", 2022, 871.4)]
b.append("<h2>３　収入未済額の推移（全債権・各年度決算）</h2>")
W, H, base = 520, 200, 170
svg = [f'<svg width="{W}" height="{H+20}" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAexGothic">',
       f'<line x1="40" y1="{base}" x2="{W-10}" y2="{base}" stroke="#333"/>',
       f'<text x="{W-10}" y="12" font-size="10" text-anchor="end">（単位：百万円）</text>']
for k, (lab, fy, v) in enumerate(hist):
    x = 70 + k * 90; h = v / 1100 * 140
    svg.append(f'<rect x="{x}" y="{base-h}" width="44" height="{h}" fill="#5b7fbf"/>')
    svg.append(f'<text x="{x+22}" y="{base-h-4}" font-size="11" text-anchor="middle">{v:,.1f}</text>')
    svg.append(f'<text x="{x+22}" y="{base+16}" font-size="10.5" text-anchor="middle">{lab}年度</text>')
    g.f(P, None, None, fy, f"{lab}年度", "total", "outstanding", "actual", round(v * 1e6), "yen", f"{v:,.1f}")
svg.append("</svg>")
b.append("".join(svg))
b.append("<p>令和４年度決算における全債権の収入未済額は約8億7,100万円で、令和３年度から約5,400万円減少しました。"
         "平成30年度と比べると約1億5,300万円の縮減となり、滞納繰越分の整理が進んだことが主な要因です。</p>")
g.f(P, None, None, 2022, "令和４年度", "total", "outstanding", "actual", 871000000, "yen", "約8億7,100万円", None, True)
g.f(P, None, None, 2022, "令和４年度", "total", "difference", "actual", -54000000, "yen", "約5,400万円", None, True)
g.f(P, None, None, 2022, "令和４年度", "total", "difference", "actual", -153000000, "yen", "約1億5,300万円", None, True)
page(2, "".join(b))

# ---------------- page 3: per-debt sheets ----------------
P = 3
b = ["<h2>４　債権ごとの取組状況</h2>",
     '<table class="kv"><tr><th>債権名</th><td>国民健康保険税</td><th>所管課</th><td>市民部 保険年金課</td></tr></table>']
k = data["国民健康保険税"]
kc, ka_ = k["now"]["current"][2], k["now"]["arrears"][2]
kcp, kap = k["prev"]["current"][2], k["prev"]["arrears"][2]
est_c, est_a, tg_c, tg_a, act_c, act_a = 93.10, 21.5, 93.50, 22.0, 93.22, 20.8
b.append('<table><tr><th>区分</th><th>２月末収納率（前年同月）</th><th>決算見込</th><th>目標</th><th>前年度決算</th></tr>'
         f'<tr><td class="c">現年分</td><td>{kc:.2f}（{kcp:.2f}）</td><td>{est_c:.2f}</td><td>{tg_c:.2f}</td><td>{act_c:.2f}</td></tr>'
         f'<tr><td class="c">滞繰分</td><td>{ka_:.2f}（{kap:.2f}）</td><td>{est_a:.1f}</td><td>{tg_a:.1f}</td><td>{act_a:.1f}</td></tr></table>'
         '<div class="note">（単位：％）　決算見込は令和５年度末の推計値</div>')
N = "国民健康保険税"
for seg, a, ap, e, t_, ac in (("current", kc, kcp, f"{est_c:.2f}", f"{tg_c:.2f}", f"{act_c:.2f}"), ("arrears", ka_, kap, f"{est_a:.1f}", f"{tg_a:.1f}", f"{act_a:.1f}")):
    g.f(P, N, N, FY, "令和５年度", seg, "collection_rate", "interim", a, "percent", f"{a:.2f}", NOW)
    g.f(P, N, N, PFY, "前年同月", seg, "collection_rate", "interim", ap, "percent", f"{ap:.2f}", PREV)
    g.f(P, N, N, FY, "令和５年度", seg, "collection_rate", "estimate", float(e), "percent", e)
    g.f(P, N, N, FY, "令和５年度", seg, "collection_rate", "target", float(t_), "percent", t_)
    g.f(P, N, N, PFY, "前年度決算", seg, "collection_rate", "actual", float(ac), "percent", ac)
items = [("①", "納期限後２０日以内に督促状を発送し、未納が続く世帯には翌月に文書と電話で催告する。", "継続", "◎"),
         ("②", "財産調査を早期に行い、預貯金・給与等の差押えを優先して実施する。", "継続", "○"),
         ("③", "スマートフォン決済アプリによる納付を令和５年１０月から導入した。", "新規", "◎"),
         ("④", "資格喪失後も未納が残る世帯への納付案内を、喪失手続時に窓口で行う。", "拡充", "△")]
b.append('<table><tr><th style="width:6%">No.</th><th>内容</th><th style="width:8%"></th></tr>')
for lab, tx, st, pr in items:
    b.append(f'<tr><td class="c">{lab}</td><td class="l">{tx}【{st}】</td><td class="c">{pr}</td></tr>')
    g.i(P, N, FY, "債権ごとの取組状況", lab, tx, st)
b.append('</table><div class="note">◎：計画どおり実施　○：一部実施　△：実施に向け調整中</div>')

b.append('<table class="kv" style="margin-top:5mm"><tr><th colspan="4" style="text-align:left">債権名　市営住宅使用料　（所管課：建設部 住宅営繕課）</th></tr></table>')
J = "市営住宅使用料"
ja, jc, jaa, jac = 168240, 152117, 42380, 5361
jr, jar = rate(jc, ja), rate(jac, jaa)
b.append('<table><tr><th>区分</th><th>調定額（円）</th><th>収入済額（円）</th><th>収納率</th></tr>'
         f'<tr><td class="c">現年分</td><td>{c(ja*1000)}</td><td>{c(jc*1000)}</td><td>{jr:.2f}％</td></tr>'
         f'<tr><td class="c">滞繰分</td><td>{c(jaa*1000)}</td><td>{c(jac*1000)}</td><td>{jar:.2f}％</td></tr></table>'
         '<div class="note">令和６年２月末現在</div>')
for seg, a, cc_, r_ in (("current", ja, jc, jr), ("arrears", jaa, jac, jar)):
    g.f(P, J, J, FY, "令和６年２月末", seg, "assessed", "interim", a * 1000, "yen", c(a * 1000), NOW)
    g.f(P, J, J, FY, "令和６年２月末", seg, "collected", "interim", cc_ * 1000, "yen", c(cc_ * 1000), NOW)
    g.f(P, J, J, FY, "令和６年２月末", seg, "collection_rate", "interim", r_, "percent", f"{r_:.2f}％", NOW)
items2 = [("(1)", "入居者の家賃滞納が３か月に達した時点で、連帯保証人へ通知し納付指導を依頼する。", "継続"),
          ("(2)", "退去滞納者の所在調査を行い、支払督促の申立て対象を年度内に選定する。", "継続"),
          ("(3)", "収入申告の未提出世帯へ個別訪問し、家賃減免制度の案内と併せて納付相談を行う。", "新規")]
b.append('<div class="box"><b>今年度の主な取組</b><br>')
for lab, tx, st in items2:
    b.append(f"{lab}　{tx}【{st}】<br>")
    g.i(P, J, FY, "今年度の主な取組", lab, tx, st)
b.append("</div>")
page(3, "".join(b))

# ---------------- page 4: district table + closing ----------------
P = 4
b = ["<h2>５　地区別の収納状況（国民健康保険税 現年分）</h2>",
     '<div class="note" style="text-align:right">２月末現在・単位：千円、％</div>',
     '<table class="zebra"><tr><th>地区</th><th>調定額</th><th>収入済額</th><th>今年度収納率</th><th>前年度収納率</th><th>増減</th></tr>']
dist = [("赤穂地区", 612440, 80.42, 80.90), ("坂越地区", 198310, 81.37, 81.02), ("高雄地区", 96820, 82.15, 82.77),
        ("有年地区", 88450, 79.64, 80.31), ("尾崎地区", 245850, 78.95, 79.12)]
assert sum(d[1] for d in dist) == data[N]["now"]["current"][0]
sa = sc = 0
tot_c = data[N]["now"]["current"][1]
for di, (nm, a, r_, pr) in enumerate(dist):
    if di < len(dist) - 1:
        cc_ = coll_for(a, r_)
    else:
        cc_ = tot_c - sc; r_ = rate(cc_, a)
    sa += a; sc += cc_
    df = round(r_ - pr, 2)
    b.append(f'<tr><td class="c">{nm}</td><td>{c(a)}</td><td>{c(cc_)}</td><td>{r_:.2f}</td><td>{pr:.2f}</td><td>{sgn(df, 2, "")}</td></tr>')
    g.f(P, N, None, FY, "今年度", "current", "assessed", "interim", a * 1000, "yen", c(a), NOW, area=nm)
    g.f(P, N, None, FY, "今年度", "current", "collected", "interim", cc_ * 1000, "yen", c(cc_), NOW, area=nm)
    g.f(P, N, None, FY, "今年度", "current", "collection_rate", "interim", r_, "percent", f"{r_:.2f}", NOW, area=nm)
    g.f(P, N, None, PFY, "前年度", "current", "collection_rate", "interim", pr, "percent", f"{pr:.2f}", PREV, area=nm)
    g.f(P, N, None, FY, "今年度", "current", "difference", "interim", df, "points", sgn(df, 2, ""), NOW, area=nm)
tr = rate(sc, sa)
assert sc == data[N]["now"]["current"][1], (sc, data[N]["now"]["current"][1])
b.append(f'<tr><td class="c"><b>市全体</b></td><td>{c(sa)}</td><td>{c(sc)}</td><td>{tr:.2f}</td><td>{kcp:.2f}</td><td>{sgn(round(tr-kcp,2),2,"")}</td></tr></table>')
g.f(P, N, "市全体", FY, "今年度", "current", "assessed", "interim", sa * 1000, "yen", c(sa), NOW)
g.f(P, N, "市全体", FY, "今年度", "current", "collected", "interim", sc * 1000, "yen", c(sc), NOW)
g.f(P, N, "市全体", FY, "今年度", "current", "collection_rate", "interim", tr, "percent", f"{tr:.2f}", NOW)
g.f(P, N, "市全体", PFY, "前年度", "current", "collection_rate", "interim", kcp, "percent", f"{kcp:.2f}", PREV)
g.f(P, N, "市全体", FY, "今年度", "current", "difference", "interim", round(tr - kcp, 2), "points", sgn(round(tr - kcp, 2), 2, ""), NOW)
b.append("<h2>６　今後の取組方針</h2>"
         "<p>年度末に向けて、次の取組を全庁で実施します。</p>"
         "<p>（１）３月を滞納整理強化月間とし、各所管課で休日の納付相談窓口を開設する。<br>"
         "（２）債権管理課が高額滞納案件の引継ぎを受け、差押え等の滞納処分を集中的に行う。<br>"
         "（３）徴収の見込みがない債権について、執行停止及び不納欠損の判断を年度内に行う。</p>")
for lab, tx in (("（１）", "３月を滞納整理強化月間とし、各所管課で休日の納付相談窓口を開設する。"),
                ("（２）", "債権管理課が高額滞納案件の引継ぎを受け、差押え等の滞納処分を集中的に行う。"),
                ("（３）", "徴収の見込みがない債権について、執行停止及び不納欠損の判断を年度内に行う。")):
    g.i(P, None, FY, "今後の取組方針", lab, tx, None)
page(4, "".join(b))

html = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{css}</style></head><body>{"".join(pages)}</body></html>'
work = Path("/tmp/sj_work"); work.mkdir(exist_ok=True)
hp = work / f"{STEM}.html"; hp.write_text(html, encoding="utf-8")
out = SET / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", hp.as_uri()], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
sys.exit(0 if g.write(out) else 1)
