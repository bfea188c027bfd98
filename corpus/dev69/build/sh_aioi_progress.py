"""Build sh_aioi_progress_1: mid-year 債権管理の取組状況（中間報告）, HTML/CSS -> chromium --print-to-pdf.
Run from corpus/dev69:  python3 build/sh_aioi_progress.py"""
import subprocess, sys, calendar
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from sh_common import Gold, cm, rate, pf, zen, ROOT

STEM = "sh_aioi_progress_1"
CITY = "相生市"
TITLE = "令和７年度 債権管理の取組状況（中間報告）"
g = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2026-01-30", "令和８年１月")
AS, ASP = "2025-12-31", "2024-12-31"

# 会計, debt, short, 所管課, this(curA, curC, arrA, arrC), prev(...)  -- yen, as of 12月末
DATA = [
    ("一般会計", "市税", "市税", "税務課", (3984215400, 3124381260, 182604300, 46839720), (3951078200, 3084917105, 201337900, 48715214)),
    ("一般会計", "保育料", "保育料", "子育て支援室", (84512300, 63841270, 6104500, 1123450), (88905600, 66421180, 6890200, 1180640)),
    ("一般会計", "市営住宅使用料", "住宅使用料", "建設管理課", (118460200, 87912400, 24718300, 2401870), (120335800, 89610440, 26104900, 2655010)),
    ("国民健康保険事業特別会計", "国民健康保険税", "国保税", "保険年金課", (742816500, 497613210, 168405200, 31842105), (768104300, 511847260, 179560800, 32918411)),
    ("介護保険事業特別会計", "介護保険料", "介護保険料", "高年介護課", (652330100, 498116842, 14801200, 2985230), (641097700, 488602910, 15930400, 3084612)),
    ("後期高齢者医療事業特別会計", "後期高齢者医療保険料", "後期高齢", "保険年金課", (398615800, 301887430, 3204600, 1011580), (381470300, 288015220, 3518900, 1040713)),
]
SEGS = ("current", "arrears", "total")


def segs(t):
    ca, cc, aa, ac = t
    return {"current": (ca, cc), "arrears": (aa, ac), "total": (ca + aa, cc + ac)}


pages = []
HEAD = '<div class="rh">令和７年度 債権管理の取組状況（中間報告）</div>'


def page(body, n, land=False):
    cls = "page land" if land else "page"
    foot = f'<div class="ft">- {n} -</div>' if n > 1 else ""
    pages.append(f'<div class="{cls}">{HEAD if n > 1 else ""}{body}{foot}</div>')


# ---------------------------------------------------------------- p1 cover + 目次
toc = [("１　収納状況の概要", 2), ("２　月別収納状況（市税・現年分）", 3), ("３　会計別・債権別の収納状況", 4),
       ("４　債権ごとの取組み（国民健康保険税）", 5), ("　　債権ごとの取組み（介護保険料・市営住宅使用料）", 6)]
body = ('<div class="cover"><div class="ctitle">令和７年度<br>債権管理の取組状況<br><span>（中間報告）</span></div>'
        '<div class="cdate">令和８年１月<br>相 生 市<br><span style="font-size:12pt">債権管理推進会議</span></div></div>'
        '<div class="toc"><div class="toch">目　次</div>' +
        "".join(f'<div class="tl"><span>{a}</span><span class="dots"></span><span>{zen(b)}</span></div>' for a, b in toc) + "</div>")
page(body, 1)

# ---------------------------------------------------------------- p2 summary
P = 2
tot = {w: {s: [0, 0] for s in SEGS} for w in ("t", "p")}
for kai, debt, sh, ka, t, pv in DATA:
    for w, v in (("t", t), ("p", pv)):
        for s, (a, c) in segs(v).items():
            tot[w][s][0] += a; tot[w][s][1] += c
tax_t, tax_p = segs(DATA[0][4]), segs(DATA[0][5])
rt, rp = rate(tax_t["current"][1], tax_t["current"][0]), rate(tax_p["current"][1], tax_p["current"][0])
d_tax = round(rt - rp, 2)
nk_t, nk_p = segs(DATA[3][4]), segs(DATA[3][5])
rnt, rnp = rate(nk_t["current"][1], nk_t["current"][0]), rate(nk_p["current"][1], nk_p["current"][0])
d_nk = round(rnt - rnp, 2)
out_all_r6 = 428000000
panels = [
    ("市税（現年分）収納率", f"{rt:.2f}％", f"前年同月比　{'＋' if d_tax >= 0 else '△'}{abs(d_tax):.2f}ポイント", "令和７年12月末"),
    ("国民健康保険税（現年分）収納率", f"{rnt:.2f}％", f"前年同月比　{'＋' if d_nk >= 0 else '△'}{abs(d_nk):.2f}ポイント", "令和７年12月末"),
    ("全債権の収入未済額", "約4.3億円", "前年度比　△2,150万円", "令和６年度決算"),
]
g.f(P, "市税", "市税（現年分）", 2025, "令和７年12月末", "current", "collection_rate", "interim", rt, "percent", f"{rt:.2f}％", as_of=AS)
g.f(P, "市税", "市税（現年分）", 2025, "令和７年12月末", "current", "difference", "interim", d_tax, "points", f"{abs(d_tax):.2f}ポイント", as_of=AS)
g.f(P, "国民健康保険税", "国民健康保険税（現年分）", 2025, "令和７年12月末", "current", "collection_rate", "interim", rnt, "percent", f"{rnt:.2f}％", as_of=AS)
g.f(P, "国民健康保険税", "国民健康保険税（現年分）", 2025, "令和７年12月末", "current", "difference", "interim", d_nk, "points", f"{abs(d_nk):.2f}ポイント", as_of=AS)
g.f(P, None, "全債権", 2024, "令和６年度決算", "total", "outstanding", "actual", out_all_r6, "yen", "約4.3億円", approx=True)
g.f(P, None, "全債権", 2024, "令和６年度決算", "total", "difference", "actual", -21500000, "yen", "△2,150万円")
pan = "".join(f'<div class="panel"><div class="pl">{a}</div><div class="pv">{b}</div><div class="pd">{c}</div><div class="py">{d}</div></div>' for a, b, c, d in panels)
rows = ""
for kai, debt, sh, ka, t, pv in DATA:
    (a1, c1), (a0, c0) = segs(t)["total"], segs(pv)["total"]
    r1, r0 = rate(c1, a1), rate(c0, a0)
    d = round(r1 - r0, 2)
    ratio = round(c1 / c0 * 100, 1)
    k = lambda v: cm(round(v / 1000))
    for fy, asof, fyr, a, c, r_ in ((2025, AS, "今年度", a1, c1, r1), (2024, ASP, "前年度", a0, c0, r0)):
        g.f(P, debt, debt, fy, fyr, "total", "assessed", "interim", round(a / 1000) * 1000, "yen", k(a), as_of=asof)
        g.f(P, debt, debt, fy, fyr, "total", "collected", "interim", round(c / 1000) * 1000, "yen", k(c), as_of=asof)
        g.f(P, debt, debt, fy, fyr, "total", "collection_rate", "interim", r_, "percent", f"{r_:.2f}", as_of=asof)
    g.f(P, debt, debt, 2025, "今年度", "total", "difference", "interim", d, "points", pf(d), as_of=AS)
    g.f(P, debt, debt, 2025, "今年度", "total", "collected_ratio", "interim", ratio, "percent", f"{ratio:.1f}", as_of=AS)
    rows += (f"<tr><td class='l'>{debt}</td><td>{k(a1)}</td><td>{k(c1)}</td><td>{r1:.2f}</td>"
             f"<td>{k(a0)}</td><td>{k(c0)}</td><td>{r0:.2f}</td><td>{pf(d)}</td><td>{ratio:.1f}</td></tr>")
(a1, c1), (a0, c0) = tuple(tot["t"]["total"]), tuple(tot["p"]["total"])
r1, r0 = rate(c1, a1), rate(c0, a0); d = round(r1 - r0, 2); ratio = round(c1 / c0 * 100, 1)
k = lambda v: cm(round(v / 1000))
for fy, asof, fyr, a, c, r_ in ((2025, AS, "今年度", a1, c1, r1), (2024, ASP, "前年度", a0, c0, r0)):
    g.f(P, None, "合計", fy, fyr, "total", "assessed", "interim", round(a / 1000) * 1000, "yen", k(a), as_of=asof)
    g.f(P, None, "合計", fy, fyr, "total", "collected", "interim", round(c / 1000) * 1000, "yen", k(c), as_of=asof)
    g.f(P, None, "合計", fy, fyr, "total", "collection_rate", "interim", r_, "percent", f"{r_:.2f}", as_of=asof)
g.f(P, None, "合計", 2025, "今年度", "total", "difference", "interim", d, "points", pf(d), as_of=AS)
g.f(P, None, "合計", 2025, "今年度", "total", "collected_ratio", "interim", ratio, "percent", f"{ratio:.1f}", as_of=AS)
rows += (f"<tr class='sum'><td class='l'>合計</td><td>{k(a1)}</td><td>{k(c1)}</td><td>{r1:.2f}</td>"
         f"<td>{k(a0)}</td><td>{k(c0)}</td><td>{r0:.2f}</td><td>{pf(d)}</td><td>{ratio:.1f}</td></tr>")
body = ('<div class="stamp">令和７年12月末現在</div><h1>１　収納状況の概要</h1>'
        '<p class="tx">各債権の12月末時点における収納状況は次のとおりである。全体の収納率は前年同月を上回っており、特に市税及び国民健康保険税で改善が見られる。</p>'
        f'<div class="panels">{pan}</div>'
        '<div class="cap">表１　債権別収納状況（現年度分と滞納繰越分の計）<span class="unit">単位：千円、％</span></div>'
        '<table class="t1"><tr><th rowspan=2>債権名</th><th colspan=3>今年度</th><th colspan=3>前年度</th><th rowspan=2>収納率<br>の差</th><th rowspan=2>収入済額<br>前年度比</th></tr>'
        '<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>' + rows + '</table>'
        '<div class="note">※ 収納率の差の単位はポイント。△はマイナス。収入済額前年度比は今年度÷前年度（％）。<br>※ 千円未満を四捨五入しているため、合計が内訳の和と一致しない場合がある。</div>')
page(body, 2)

# ---------------------------------------------------------------- p3 monthly + chart
P = 3
months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
mon = {2023: [8.64, 21.35, 30.12, 39.87, 48.51, 56.93, 63.02, 70.88, 77.61, 84.12, 89.70, 94.85],
       2024: [8.71, 21.62, 30.48, 40.05, 48.93, 57.20, 63.44, 71.15, 78.08, 84.50, 90.03, 95.12],
       2025: [8.90, 21.97, 30.71, 40.52, 49.36, 57.61, 63.90, 71.62, rt]}
mrows = ""
for fy, lab in ((2023, "令和５年度"), (2024, "令和６年度"), (2025, "令和７年度")):
    cells = ""
    for j, m in enumerate(months):
        vals = mon[fy]
        if j < len(vals):
            y_ = fy if m >= 4 else fy + 1
            asof = f"{y_}-{m:02d}-{calendar.monthrange(y_, m)[1]:02d}"
            g.f(P, "市税", "市税", fy, lab, "current", "collection_rate", "interim", vals[j], "percent", f"{vals[j]:.2f}", as_of=asof)
            cells += f"<td>{vals[j]:.2f}</td>"
        else:
            cells += "<td class='c'>－</td>"
    mrows += f"<tr><th class='l'>{lab}</th>{cells}</tr>"
mtab = ('<table class="t2"><tr><th>年度</th>' + "".join(f"<th>{zen(m)}月末</th>" for m in months) + "</tr>" + mrows + "</table>")
# chart: 国保税 現年分 12月末 rates R5..R7
nk_hist = [(2023, "R5", 64.38), (2024, "R6", rnp), (2025, "R7", rnt)]
bars = ""
for j, (fy, lab, v) in enumerate(nk_hist):
    hgt = (v - 50) * 6
    x = 60 + j * 110
    bars += (f'<rect x="{x}" y="{200 - hgt}" width="60" height="{hgt}" fill="{"#4a78b5" if fy == 2025 else "#9bb5d8"}"/>'
             f'<text x="{x + 30}" y="{195 - hgt}" text-anchor="middle" font-size="12">{v:.2f}</text>'
             f'<text x="{x + 30}" y="218" text-anchor="middle" font-size="12">{lab}</text>')
    g.f(P, "国民健康保険税", "国民健康保険税", fy, lab, "current", "collection_rate", "interim", v, "percent", f"{v:.2f}", as_of=f"{fy}-12-31")
svg = (f'<svg width="400" height="230" viewBox="0 0 400 230"><line x1="40" y1="200" x2="380" y2="200" stroke="#333"/>{bars}</svg>')
body = ('<h1>２　月別収納状況（市税・現年分）</h1>'
        '<div class="cap">表２　市税（現年分）月別累計収納率の推移<span class="unit">単位：％</span></div>' + mtab +
        '<div class="note">※ 各月末時点の累計収納率（収入済額÷調定額）。令和７年度の１月末以降は未確定のため「－」としている。<br>'
        '※ 令和５年度の２月末は令和６年２月29日現在の数値。</div>'
        '<p class="tx">令和７年度の12月末の累計収納率は、前年同月及び前々年同月をいずれも上回って推移している。コンビニ納付及びスマートフォン決済の利用件数の増加により、納期内納付が定着しつつある。</p>'
        '<div class="cap">図１　国民健康保険税（現年分）12月末収納率の推移（％）</div>'
        f'<div class="chart">{svg}</div>'
        '<div class="src">出典：税務課・保険年金課　収納管理システム集計</div>')
page(body, 3)

# ---------------------------------------------------------------- p4 landscape 会計別
P = 4
SL = {"current": "現年度分", "arrears": "滞納繰越分", "total": "計"}
hdr = ('<tr><th rowspan=2>会計</th><th rowspan=2>債権名</th><th rowspan=2>所管課</th>' +
       "".join(f"<th colspan=3>{SL[s]}</th>" for s in SEGS) + "</tr><tr>" + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 3 + "</tr>")
body_rows = ""
groups = []
for kai, debt, sh, ka, t, pv in DATA:
    if not groups or groups[-1][0] != kai:
        groups.append((kai, []))
    groups[-1][1].append((debt, ka, t))
grand = {s: [0, 0] for s in SEGS}


def tds(vals, debt, label, bold=False):
    out = ""
    for s in SEGS:
        a, c = vals[s]
        r_ = rate(c, a)
        out += f"<td>{cm(a)}</td><td>{cm(c)}</td><td>{r_:.2f}</td>"
        g.f(P, debt, label, 2025, "令和７年12月末", s, "assessed", "interim", a, "yen", cm(a), as_of=AS)
        g.f(P, debt, label, 2025, "令和７年12月末", s, "collected", "interim", c, "yen", cm(c), as_of=AS)
        g.f(P, debt, label, 2025, "令和７年12月末", s, "collection_rate", "interim", r_, "percent", f"{r_:.2f}", as_of=AS)
    return out


for kai, items in groups:
    n = len(items) + (1 if len(items) > 1 else 0)
    sub = {s: [0, 0] for s in SEGS}
    for j, (debt, ka, t) in enumerate(items):
        v = segs(t)
        for s in SEGS:
            sub[s][0] += v[s][0]; sub[s][1] += v[s][1]; grand[s][0] += v[s][0]; grand[s][1] += v[s][1]
        first = (f"<th class='{'kai' if n > 1 else 'kai2'}' rowspan={n}>{kai}</th>" if j == 0 else "")
        body_rows += f"<tr>{first}<td class='l'>{debt}</td><td class='l'>{ka}</td>{tds(v, debt, debt)}</tr>"
    if len(items) > 1:
        body_rows += f"<tr class='sub'><td class='l' colspan=2>会計計</td>{tds({s: tuple(x) for s, x in sub.items()}, None, '会計計')}</tr>"
body_rows += f"<tr class='sum'><td class='l' colspan=3>総計</td>{tds({s: tuple(x) for s, x in grand.items()}, None, '総計')}</tr>"
body = ('<div class="stamp">令和７年12月末現在</div><h1>３　会計別・債権別の収納状況</h1>'
        '<div class="cap">表３　会計別・債権別収納状況<span class="unit">単位：円、％</span></div>'
        f'<table class="t3">{hdr}{body_rows}</table>'
        '<div class="note">※ 一般会計の会計計は、市税・保育料・市営住宅使用料の合計である。収納率は収入済額÷調定額。</div>')
page(body, 4, land=True)

# ---------------------------------------------------------------- p5-6 debt pages
def debt_block(P, debt, ka, short, est, text_fig, items, heading):
    t, pv = None, None
    for row in DATA:
        if row[1] == debt:
            t, pv = segs(row[4]), segs(row[5])
    h = f'<h1>{heading}</h1>'
    h += f'<table class="box"><tr><th>債権名</th><td>{debt}</td><th>所管課</th><td>{ka}</td></tr></table>'
    h += '<div class="mh">【収納率】令和７年12月末時点</div><ul class="bl">'
    for s, lab in (("current", "現年分"), ("arrears", "滞繰分")):
        r_ = rate(t[s][1], t[s][0]); rp_ = rate(pv[s][1], pv[s][0])
        h += f"<li>{lab}　{r_:.2f}％（前年同月　{rp_:.2f}％）</li>"
        g.f(P, debt, debt, 2025, "令和７年12月末", s, "collection_rate", "interim", r_, "percent", f"{r_:.2f}％", as_of=AS)
        g.f(P, debt, debt, 2024, "前年同月", s, "collection_rate", "interim", rp_, "percent", f"{rp_:.2f}％", as_of=ASP)
    h += "</ul>"
    # estimate table: 令和6年度決算 | 令和7年度決算見込（前年度決算） | 令和7年度目標
    h += ('<div class="cap">年度末の見込み<span class="unit">単位：％</span></div><table class="t4"><tr><th>区分</th><th>令和６年度決算</th>'
          '<th>令和７年度決算見込<br>（前年度決算）</th><th>令和７年度目標</th><th>達成率</th></tr>')
    for s, lab in (("current", "現年分"), ("arrears", "滞繰分")):
        a6, e7, t7 = est[s]
        ach = round(e7 / t7 * 100, 1)
        h += f"<tr><td class='l'>{lab}</td><td>{a6:.2f}</td><td>{e7:.2f}（{a6:.2f}）</td><td>{t7:.2f}</td><td>{ach:.1f}</td></tr>"
        g.f(P, debt, debt, 2024, "令和６年度決算", s, "collection_rate", "actual", a6, "percent", f"{a6:.2f}")
        g.f(P, debt, debt, 2025, "令和７年度決算見込", s, "collection_rate", "estimate", e7, "percent", f"{e7:.2f}")
        g.f(P, debt, debt, 2024, "前年度決算", s, "collection_rate", "actual", a6, "percent", f"（{a6:.2f}）")
        g.f(P, debt, debt, 2025, "令和７年度目標", s, "collection_rate", "target", t7, "percent", f"{t7:.2f}")
        g.f(P, debt, debt, 2025, "令和７年度", s, "achievement_rate", "estimate", ach, "percent", f"{ach:.1f}")
    h += "</table>"
    tx, figs = text_fig
    h += f'<p class="tx">{tx}</p>'
    for f in figs:
        g.f(P, debt, debt, *f[:-1], **f[-1])
    h += '<div class="ih">●後半の主な取組</div><div class="items">'
    for lab, text, st in items:
        tag = f"【{st}】" if st else ""
        h += f'<div class="it"><span class="lb">{lab}</span>{text}{tag}</div>'
        g.i(P, debt, 2025, "後半の主な取組", lab, text, st)
    h += "</div>"
    return h


nk_out = nk_t["total"][0] - nk_t["total"][1]
nk_out_p = nk_p["total"][0] - nk_p["total"][1]
o_man, d_man = round(nk_out / 1e6) * 1e6, round((nk_out_p - nk_out) / 1e6) * 1e6
P5 = debt_block(5, "国民健康保険税", "保険年金課", "国保税",
                {"current": (93.06, 93.40, 93.50), "arrears": (21.84, 22.60, 23.00)},
                (f"12月末の収入未済額は約{cm(int(o_man // 1e4)).replace(',', '')[:-4] if False else ''}{int(o_man // 1e8)}億{int(o_man % 1e8 // 1e4):,}万円で、前年同月から約{int(d_man // 1e4):,}万円減少した。"
                 "資格喪失世帯への早期の納付勧奨と、分納不履行者への差押予告の送付を徹底した効果が表れている。",
                 [(2025, "令和７年12月末", "total", "outstanding", "interim", int(o_man), "yen",
                   f"約{int(o_man // 1e8)}億{int(o_man % 1e8 // 1e4):,}万円", {"approx": True, "as_of": AS}),
                  (2025, "令和７年12月末", "total", "difference", "interim", -int(d_man), "yen",
                   f"約{int(d_man // 1e4):,}万円", {"approx": True, "as_of": AS})]),
                [("①", "財産調査の結果、差押可能な財産が判明した世帯には差押予告書を速やかに送付し、なお納付のない場合は滞納処分を執行する。", "継続"),
                 ("②", "資格喪失の届出の際に窓口で未納額を案内し、その場での納付又は納付相談につなげる。", "新規"),
                 ("③", "分納誓約の不履行が２回続いた世帯について、誓約の取消しと一括納付の催告を行う。", "拡充"),
                 ("④", "コールセンターによる現年分の早期催告を、１月から３月までの期間に重点的に実施する。", None)],
                "４　債権ごとの取組み（国民健康保険税）")
page(P5, 5)
P6a = debt_block(6, "介護保険料", "高年介護課", "介護保険料",
                 {"current": (98.87, 98.95, 99.00), "arrears": (18.42, 19.10, 20.00)},
                 ("普通徴収の現年分は、口座振替の利用率が前年度末から1.2ポイント上昇した。", []),
                 [("①", "年金からの特別徴収に切り替わるまでの期間の普通徴収分について、口座振替の勧奨を行う。", "継続"),
                  ("②", "２年の時効を迎える前に、給付制限の内容を記載した催告書を送付する。", "継続")],
                 "４　債権ごとの取組み（介護保険料）")
P6b = debt_block(6, "市営住宅使用料", "建設管理課", "住宅使用料",
                 {"current": (97.52, 97.60, 98.00), "arrears": (11.06, 10.40, 12.00)},
                 ("滞納繰越分のうち退去者分は、連帯保証人への請求を進めている。", []),
                 [("①", "３か月以上の滞納者に対し、連帯保証人への通知と併せて明渡し請求を予告する。", "拡充")],
                 "４　債権ごとの取組み（市営住宅使用料）")
page(P6a + P6b, 6)

CSS = """
@page { size: A4; margin: 0 }
@page land { size: A4 landscape; margin: 0 }
body { margin:0; font-family: 'IPAexMincho', serif; font-size: 10.5pt; color:#111 }
.page { width:210mm; height:296mm; box-sizing:border-box; padding:18mm 18mm 16mm 18mm; position:relative; page-break-after:always; overflow:hidden }
.page.land { page: land; width:297mm; height:209mm; padding:14mm 14mm 12mm 14mm }
.rh { position:absolute; top:8mm; right:18mm; font-size:8.5pt; color:#555; border-bottom:0.5pt solid #999 }
.land .rh { right:14mm }
.ft { position:absolute; bottom:8mm; left:0; right:0; text-align:center; font-size:9pt }
h1 { font-family:'IPAexGothic'; font-size:14pt; margin:6mm 0 4mm 0; border-left:5pt solid #2f5d8c; padding-left:6pt }
h2 { font-family:'IPAexGothic'; font-size:12pt; margin:5mm 0 3mm 0; border-bottom:1pt solid #2f5d8c }
.stamp { position:absolute; top:14mm; right:18mm; border:1.2pt solid #b00; color:#b00; padding:2pt 8pt; font-family:'IPAexGothic'; font-size:10pt }
.land .stamp { right:14mm; top:15mm }
th.kai2 { background:#eef2f7; font-size:8pt; text-align:left; width:30mm }
.tx { line-height:1.7; text-indent:1em; margin:3mm 0 }
.panels { display:flex; gap:5mm; margin:4mm 0 6mm 0 }
.panel { flex:1; border:1pt solid #2f5d8c; border-radius:4pt; padding:3mm; text-align:center; background:#f1f5fb }
.pl { font-family:'IPAexGothic'; font-size:9pt } .pv { font-family:'IPAexGothic'; font-size:18pt; color:#2f5d8c; margin:2mm 0 }
.pd, .py { font-size:8.5pt }
.cap { font-family:'IPAexGothic'; font-size:10pt; margin:4mm 0 1.5mm 0; display:flex; justify-content:space-between }
.unit { font-family:'IPAexMincho'; font-size:8.5pt }
table { border-collapse:collapse; width:100% }
th, td { border:0.6pt solid #444; padding:2pt 4pt; font-size:9pt; text-align:right }
th { background:#dfe7f1; font-family:'IPAexGothic'; text-align:center; font-weight:normal }
td.l, th.l { text-align:left } td.c { text-align:center }
tr.sum td { background:#eee; font-family:'IPAexGothic' } tr.sub td { background:#f6f6f6 }
.t2 th, .t2 td { font-size:8.5pt; padding:2pt 2pt }
.t3 th, .t3 td { font-size:8pt; padding:2pt 3pt }
.t3 tr:nth-child(even) td { }
th.kai { writing-mode: vertical-rl; background:#eef2f7; font-size:8.5pt; padding:3pt 1pt; width:9mm }
.note { font-size:8.5pt; margin-top:1.5mm; line-height:1.5 }
.src { font-size:8.5pt; text-align:right; margin-top:1mm }
.chart { border:0.8pt solid #444; padding:3mm; text-align:center }
.box th { width:18mm } .box td { text-align:left; width:60mm }
.mh { font-family:'IPAexGothic'; margin:3mm 0 1mm 0 } ul.bl { margin:0 0 2mm 0; padding-left:8mm; line-height:1.6 }
.t4 { width:80% }
.ih { font-family:'IPAexGothic'; margin:3mm 0 1mm 0 }
.items { border:0.8pt solid #666; padding:2mm 3mm } .it { line-height:1.6; padding-left:1.5em; text-indent:-1.5em; margin:1mm 0 }
.lb { display:inline-block; width:1.5em; text-indent:0 }
.cover { height:150mm; display:flex; flex-direction:column; justify-content:space-between; align-items:center; padding-top:40mm }
.ctitle { font-family:'IPAexGothic'; font-size:24pt; text-align:center; line-height:1.6 } .ctitle span { font-size:16pt }
.cdate { font-size:15pt; text-align:center; line-height:1.8 }
.toc { margin:10mm 25mm 0 25mm } .toch { font-family:'IPAexGothic'; font-size:13pt; text-align:center; margin-bottom:4mm }
.tl { display:flex; line-height:2 } .dots { flex:1; border-bottom:1pt dotted #666; margin:0 3mm 2.2mm 3mm }
"""
html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
work = Path("/tmp/sh_work"); work.mkdir(exist_ok=True)
hp = work / "sh_aioi.html"; hp.write_text(html, encoding="utf-8")
out = ROOT / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", hp.as_uri()], check=True, capture_output=True)
ok = g.write(out)
sys.exit(0 if ok else 1)
