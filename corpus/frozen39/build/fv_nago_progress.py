"""fv: 名護市 市税等の収納状況及び収納対策の取組状況（令和6年2月末現在） -- HTML/CSS -> chromium.
Run from corpus/frozen39:  python3 build/fv_nago_progress.py"""
import os, subprocess, sys, shutil, calendar
sys.path.insert(0, os.path.dirname(__file__))
from fv_common import Gold, c, r, rate, fr, zen

STEM = "fv_nago_progress_1"
WORK = "/tmp/fv_work/" + STEM
os.makedirs(WORK, exist_ok=True)
CUR, PRV = 2023, 2022
ASOF = {CUR: "2024-02-29", PRV: "2023-02-28"}
G = Gold("progress_report", "名護市", "令和５年度 市税等の収納状況及び収納対策の取組状況（令和６年２月末現在）",
         "2024-03-15", "令和６年３月１５日", family="torikumi")
# (short, full, debt, ca cur/prv, cur rate cur/prv, aa cur/prv, arr rate cur/prv, ye current, ye arrears, wo est)
SPEC = [("市税", "市税", "市税", (7420000, 7250000), (92.35, 91.88), (612000, 655000), (19.6, 18.4), 98.31, 24.8, 21000),
        ("国保税", "国民健康保険税", "国民健康保険税", (1380000, 1402000), (78.52, 77.94), (702000, 748000), (14.2, 13.6), 93.05, 18.9, 42000),
        ("介護料", "介護保険料", "介護保険料", (1120000, 1098000), (91.81, 91.47), (61000, 63500), (15.1, 14.0), 98.42, 19.6, 6100),
        ("後期高齢", "後期高齢者医療保険料", "後期高齢者医療保険料", (520000, 503000), (93.92, 93.61), (8200, 8900), (28.3, 26.9), 99.35, 33.0, 500),
        ("保育料", "保育料", "保育料", (61000, 66000), (88.24, 87.51), (38000, 41000), (9.8, 9.1), 97.40, 12.6, 2900),
        ("住宅使用料", "市営住宅使用料", "市営住宅使用料", (265000, 262000), (90.53, 89.92), (96000, 101000), (10.5, 9.7), 96.80, 14.1, 3400)]
D = []
for k, (sh, full, debt, ca, crt, aa, art, yec, yea, wo) in enumerate(SPEC):
    d = dict(sh=sh, full=full, debt=debt, y={})
    for i, fy in enumerate((CUR, PRV)):
        a1 = ca[i] + (k * 131 + i * 57) % 613
        c1 = int(round(a1 * crt[i] / 100))
        a2 = aa[i] + (k * 71 + i * 29) % 311
        c2 = int(round(a2 * art[i] / 100))
        d["y"][fy] = dict(ca=a1, cc=c1, aa=a2, ac=c2, ta=a1 + a2, tc=c1 + c2)
    y = d["y"][CUR]
    # year-end estimate
    eca = y["ca"] + 3500 + k * 210
    ecc = int(round(eca * yec / 100))
    eac = int(round(y["aa"] * yea / 100))
    d["est"] = dict(ta=eca + y["aa"], tc=ecc + eac, wo=wo + k * 17, ca=eca, cc=ecc, aa=y["aa"], ac=eac)
    d["est"]["out"] = d["est"]["ta"] - d["est"]["tc"] - d["est"]["wo"]
    d["est"]["aout"] = y["aa"] - eac - d["est"]["wo"]
    # last year's settled figures (決算)
    p = d["y"][PRV]
    pca = p["ca"] + 2800 + k * 150
    pcc = int(round(pca * (yec - 0.22 - 0.05 * k) / 100))
    pac = int(round(p["aa"] * (yea - 0.9) / 100))
    d["prev_final_rate"] = rate(pcc + pac, pca + p["aa"])
    D.append(d)
TOT = {fy: {k: sum(d["y"][fy][k] for d in D) for k in ("ca", "cc", "aa", "ac", "ta", "tc")} for fy in (CUR, PRV)}

pages = []
# ---------------- page 1 ----------------
PG = 1
out_c = TOT[CUR]["ta"] - TOT[CUR]["tc"]
out_p = TOT[PRV]["ta"] - TOT[PRV]["tc"]
oc_man = int(round(out_c / 1000.0)) * 100  # 万円 rounded to 100万
op_man = int(round(out_p / 1000.0)) * 100
dman = op_man - out_c // 1 * 0 - oc_man
rt_c, rt_p = rate(TOT[CUR]["tc"], TOT[CUR]["ta"]), rate(TOT[PRV]["tc"], TOT[PRV]["ta"])
dpt = r(rt_c - rt_p)


def oku_man(man):
    o, m = divmod(man, 10000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")


s = D[0]
sy, sp = s["y"][CUR], s["y"][PRV]
sc_r, sa_r, st_r = rate(sy["cc"], sy["ca"]), rate(sy["ac"], sy["aa"]), rate(sy["tc"], sy["ta"])
pc_r, pa_r, pt_r = rate(sp["cc"], sp["ca"]), rate(sp["ac"], sp["aa"]), rate(sp["tc"], sp["ta"])
s_out = sy["ta"] - sy["tc"]
s_out_man = int(round(s_out / 10.0))
s_out_p = sp["ta"] - sp["tc"]
s_dman = int(round((s_out_p - s_out) / 10.0))
A = ASOF[CUR]
p1 = f"""
<div class="head"><div>資料</div><div>令和６年３月１５日<br>総務部 納税課</div></div>
<h1>令和５年度 市税等の収納状況及び<br>収納対策の取組状況（令和６年２月末現在）</h1>
<h2>１　概要</h2>
<p>　令和６年２月末現在の市税等（６債権）の収入未済額は約{oku_man(oc_man)}で、前年同月から約{oku_man(op_man - oc_man)}減少した。
全体の収納率は{rt_c:.2f}％となり、前年同月比{dpt:.2f}ポイント上昇している。現年分は口座振替の加入促進の効果により全債権で前年同月を上回った一方、
滞納繰越分は高額事案の分納が続いており、年度末に向けて財産調査と滞納処分を集中的に実施する。</p>
<h2>２　市税の状況</h2>
<div class="pan">
 <div class="bx"><div class="bt">【収納率】令和６年２月末時点</div><ul>
  <li>現年分　{sc_r:.2f}％（前年同月 {pc_r:.2f}％）</li>
  <li>滞納繰越分　{sa_r:.2f}％（前年同月 {pa_r:.2f}％）</li>
  <li>合計　{st_r:.2f}％（前年同月 {pt_r:.2f}％）</li></ul></div>
 <div class="bx"><div class="bt">【収入未済額】令和６年２月末時点</div><ul>
  <li>合計　{s_out_man:,}万円</li>
  <li>前年同月比　▲{s_dman:,}万円</li></ul>
  <p class="sm">※ 現年分の収入未済額には納期未到来分を含む。</p></div>
</div>
<p>　市税の現年分収納率は、個人市民税の特別徴収分が堅調に推移したことから前年同月比{r(sc_r - pc_r):.2f}ポイントの上昇となった。
年度末の現年分収納率は{D[0]['est']['cc'] and rate(D[0]['est']['cc'], D[0]['est']['ca']):.2f}％を見込んでおり、前年度決算を上回る見通しである。</p>
<h2>３　債権別の状況</h2>
<p>　各債権の調定額・収入済額・収納率は表１（次頁）のとおり。国保税は滞納繰越分の調定額が前年同期より減少し、
収納率は{rate(D[1]['y'][CUR]['ac'], D[1]['y'][CUR]['aa']):.2f}％と{r(rate(D[1]['y'][CUR]['ac'], D[1]['y'][CUR]['aa']) - rate(D[1]['y'][PRV]['ac'], D[1]['y'][PRV]['aa'])):.2f}ポイント改善した。</p>
"""
G.fact(PG, None, None, CUR, "令和６年２月末", "total", "outstanding", "interim", oc_man * 10000, "yen", f"約{oku_man(oc_man)}", approx=True, as_of=A)
G.fact(PG, None, None, CUR, "令和６年２月末", "total", "difference", "interim", -(op_man - oc_man) * 10000, "yen", f"約{oku_man(op_man - oc_man)}減少", approx=True, as_of=A)
G.fact(PG, None, None, CUR, "令和６年２月末", "total", "collection_rate", "interim", rt_c, "percent", f"{rt_c:.2f}％", as_of=A)
G.fact(PG, None, None, CUR, "令和６年２月末", "total", "difference", "interim", dpt, "points", f"{dpt:.2f}ポイント", as_of=A)
for seg, v1, v0 in (("current", sc_r, pc_r), ("arrears", sa_r, pa_r), ("total", st_r, pt_r)):
    G.fact(PG, "市税", "市税", CUR, "令和６年２月末", seg, "collection_rate", "interim", v1, "percent", f"{v1:.2f}％", as_of=A)
    G.fact(PG, "市税", "市税", PRV, "前年同月", seg, "collection_rate", "interim", v0, "percent", f"{v0:.2f}％", as_of=ASOF[PRV])
G.fact(PG, "市税", "市税", CUR, "令和６年２月末", "total", "outstanding", "interim", s_out_man * 10000, "yen", f"{s_out_man:,}万円", as_of=A)
G.fact(PG, "市税", "市税", CUR, "令和６年２月末", "total", "difference", "interim", -s_dman * 10000, "yen", f"▲{s_dman:,}万円", as_of=A)
G.fact(PG, "市税", "市税", CUR, "令和６年２月末", "current", "difference", "interim", r(sc_r - pc_r), "points", f"{r(sc_r - pc_r):.2f}ポイント", as_of=A)
ec = rate(D[0]['est']['cc'], D[0]['est']['ca'])
G.fact(PG, "市税", "市税", CUR, "年度末", "current", "collection_rate", "estimate", ec, "percent", f"{ec:.2f}％")
kr1 = rate(D[1]['y'][CUR]['ac'], D[1]['y'][CUR]['aa'])
kr0 = rate(D[1]['y'][PRV]['ac'], D[1]['y'][PRV]['aa'])
G.fact(PG, "国民健康保険税", "国保税", CUR, "令和６年２月末", "arrears", "collection_rate", "interim", kr1, "percent", f"{kr1:.2f}％", as_of=A)
G.fact(PG, "国民健康保険税", "国保税", CUR, "令和６年２月末", "arrears", "difference", "interim", r(kr1 - kr0), "points", f"{r(kr1 - kr0):.2f}ポイント", as_of=A)
pages.append(p1)

# ---------------- page 2: 表1 ----------------
PG = 2
rows = []
SEGN = [("current", "現年分", "ca", "cc"), ("arrears", "滞繰分", "aa", "ac"), ("total", "計", "ta", "tc")]


def t1rows(d, name, debt, raw):
    out = []
    for i, (seg, sl, ka, kc) in enumerate(SEGN):
        y1, y0 = d[CUR], d[PRV]
        r1, r0 = rate(y1[kc], y1[ka]), rate(y0[kc], y0[ka])
        dif = r(r1 - r0)
        cells = [c(y0[ka]), c(y1[ka]), c(y0[kc]), c(y1[kc]), f"{r0:.2f}", f"{r1:.2f}", fr(dif, 2, "▲")]
        for fy, key, met in ((PRV, ka, "assessed"), (CUR, ka, "assessed"), (PRV, kc, "collected"), (CUR, kc, "collected")):
            fyr = "前年同期" if fy == PRV else "今期"
            G.fact(PG, debt, raw, fy, fyr, seg, met, "interim", d[fy][key] * 1000, "yen", c(d[fy][key]), as_of=ASOF[fy])
        G.fact(PG, debt, raw, PRV, "前年同期", seg, "collection_rate", "interim", r0, "percent", f"{r0:.2f}", as_of=ASOF[PRV])
        G.fact(PG, debt, raw, CUR, "今期", seg, "collection_rate", "interim", r1, "percent", f"{r1:.2f}", as_of=A)
        G.fact(PG, debt, raw, CUR, "今期", seg, "difference", "interim", dif, "points", fr(dif, 2, "▲"), as_of=A)
        lab = f'<td rowspan="3" class="dn">{name}</td>' if i == 0 else ""
        cls = ' class="sub"' if seg == "total" else ""
        out.append(f"<tr{cls}>{lab}<td class='sg'>{sl}</td>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
    return out


for d in D:
    rows += t1rows(d["y"], d["sh"], d["debt"], d["sh"])
rows += t1rows(TOT, "合計", None, "合計")
p2 = f"""
<h2>表１　債権別収納状況（令和６年２月末現在・前年同月比較）</h2>
<table class="t1">
<thead><tr><th rowspan="2">債権</th><th rowspan="2">区分</th><th colspan="2">調定額（千円）</th><th colspan="2">収入済額（千円）</th><th colspan="3">収納率（％）</th></tr>
<tr><th>前年同期</th><th>今期</th><th>前年同期</th><th>今期</th><th>前年同期</th><th>今期</th><th>差</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<p class="sm">凡例：国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料<br>
※ 前年同期は令和５年２月末、今期は令和６年２月末の累計。差は今期－前年同期（▲は低下）。</p>
"""
pages.append(p2)

# ---------------- page 3: 月別 ----------------
PG = 3
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
CURVE = [0.062, 0.148, 0.262, 0.371, 0.455, 0.538, 0.611, 0.689, 0.806, 0.862, None, None]
sm = D[0]["y"]


def cum(fy, idx):
    ca, cc = sm[fy]["ca"], sm[fy]["cc"]
    fe = cc / ca
    if idx == 10:
        return cc
    if idx == 11:
        return int(round(ca * (0.9790 if fy == PRV else 0)))
    adj = 1.0 if fy == CUR else 0.996
    return int(round(ca * fe * CURVE[idx] / 0.9235 * adj))


def mend(fy, m):
    y = fy if m >= 4 else fy + 1
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


head = "".join(f"<th>{m}月末</th>" for m in MONTHS)
trs = []
for fy, lab in ((CUR, "本年度"), (PRV, "前年度")):
    amt, rt = [], []
    for i, m in enumerate(MONTHS):
        if fy == CUR and m == 3:
            amt.append("－"); rt.append("－"); continue
        v = cum(fy, i)
        mil = r(v / 1000, 1)
        rr = rate(v, sm[fy]["ca"])
        amt.append(f"{mil:,.1f}"); rt.append(f"{rr:.2f}")
        fyr = "本年度" if fy == CUR else "前年度"
        G.fact(PG, "市税", "市税", fy, fyr, "current", "collected", "interim", mil * 1e6, "yen", f"{mil:,.1f}", as_of=mend(fy, m))
        G.fact(PG, "市税", "市税", fy, fyr, "current", "collection_rate", "interim", rr, "percent", f"{rr:.2f}", as_of=mend(fy, m))
    trs.append(f"<tr><td rowspan='2' class='dn'>{lab}</td><td class='sg'>収納額</td>" + "".join(f"<td>{x}</td>" for x in amt) + "</tr>")
    trs.append(f"<tr><td class='sg'>収納率</td>" + "".join(f"<td>{x}</td>" for x in rt) + "</tr>")
p3 = f"""
<h2>表２　市税（現年分）月別収納状況（累計）</h2>
<p class="sm right">本年度：令和５年度　前年度：令和４年度　（収納額：百万円、収納率：％）</p>
<table class="t2"><thead><tr><th colspan="2">区分</th>{head}</tr></thead><tbody>{''.join(trs)}</tbody></table>
<p class="sm">※ 収納率は各月末の累計収納額を当該年度の現年分調定額（令和６年２月末現在）で除したもの。前年度３月末は出納整理期間前の数値。</p>
<h2>４　月別の推移について</h2>
<p>　本年度は、１２月の滞納整理強化月間において休日納付相談窓口を３回開設したほか、夜間電話催告を延べ１，１５２件実施した。
その結果、１２月末の累計収納率は前年度同月を上回り、２月末まで同様の傾向が続いている。</p>
<p>　３月は出納整理期間に向けて、納期限を過ぎた第３期分までの未納者に対する催告書の一斉発送と、給与・預金の差押えを集中的に実施する予定である。</p>
"""
pages.append(p3)

# ---------------- page 4: chart + 見込 + 円 table ----------------
PG = 4
bars = []
W, H = 560, 220
maxv = max((d["y"][CUR]["ta"] - d["y"][CUR]["tc"]) for d in D) / 1000
svg = [f'<svg width="{W}" height="{H}" xmlns="http://www.w3.org/2000/svg" font-family="IPAexGothic" font-size="11">',
       f'<line x1="40" y1="{H-30}" x2="{W-10}" y2="{H-30}" stroke="#000"/>']
bw = 50
for i, d in enumerate(D):
    v = (d["y"][CUR]["ta"] - d["y"][CUR]["tc"]) / 1000.0
    mil = r(v, 1)
    h = (H - 60) * v / maxv
    x = 60 + i * 82
    svg.append(f'<rect x="{x}" y="{H-30-h:.1f}" width="{bw}" height="{h:.1f}" fill="#7f9fbf"/>')
    svg.append(f'<text x="{x + bw/2}" y="{H-34-h:.1f}" text-anchor="middle">{mil:,.1f}</text>')
    svg.append(f'<text x="{x + bw/2}" y="{H-14}" text-anchor="middle">{d["sh"]}</text>')
    G.fact(PG, d["debt"], d["sh"], CUR, "令和６年２月末", "total", "outstanding", "interim", mil * 1e6, "yen", f"{mil:,.1f}", as_of=A)
svg.append('</svg>')
t3 = []
for d in D:
    e = d["est"]
    er = rate(e["tc"], e["ta"])
    pr = d["prev_final_rate"]
    t3.append(f"<tr><td class='dn'>{d['full']}</td><td>{er:.2f}（{pr:.2f}）</td><td>{c(e['ta'])}</td><td>{c(e['tc'])}</td><td>{c(e['wo'])}</td><td>{c(e['out'])}</td></tr>")
    G.fact(PG, d["debt"], d["full"], CUR, "令和５年度", "total", "collection_rate", "estimate", er, "percent", f"{er:.2f}")
    G.fact(PG, d["debt"], d["full"], PRV, "前年度決算", "total", "collection_rate", "actual", pr, "percent", f"{pr:.2f}")
    for key, met in (("ta", "assessed"), ("tc", "collected"), ("wo", "written_off"), ("out", "outstanding")):
        G.fact(PG, d["debt"], d["full"], CUR, "令和５年度", "total", met, "estimate", e[key] * 1000, "yen", c(e[key]))
s_aout = D[0]["est"]["aout"]
G.fact(PG, "市税", "市税", CUR, "令和５年度", "arrears", "outstanding", "estimate", s_aout * 1000, "yen", f"{c(s_aout)}千円")
# 円 table
YEN = [("学校給食費", "学校給食費", 248316000, 96.12, 95.80), ("下水道使用料", "下水道使用料", 611250400, 95.47, 95.31)]
t4 = []
for nm, debt, ass, rt1, rt0 in YEN:
    col = int(round(ass * rt1 / 100))
    rr = rate(col, ass)
    t4.append(f"<tr><td class='dn'>{nm}</td><td>{c(ass)}</td><td class='stk'>{c(col)}<br>{rr:.2f}％</td><td>{rt0:.2f}％</td></tr>")
    G.fact(PG, debt, nm, CUR, "今期", "current", "assessed", "interim", ass, "yen", c(ass), as_of=A)
    G.fact(PG, debt, nm, CUR, "今期", "current", "collected", "interim", col, "yen", c(col), as_of=A)
    G.fact(PG, debt, nm, CUR, "今期", "current", "collection_rate", "interim", rr, "percent", f"{rr:.2f}％", as_of=A)
    G.fact(PG, debt, nm, PRV, "前年同期", "current", "collection_rate", "interim", rt0, "percent", f"{rt0:.2f}％", as_of=ASOF[PRV])
p4 = f"""
<h2>図１　債権別収入未済額（令和６年２月末現在）</h2>
<p class="sm right">（単位：百万円）</p>
<div class="chart">{''.join(svg)}</div>
<div class="two">
<div class="l">
<h3>表３　令和５年度 決算見込</h3>
<p class="sm right">（単位：千円）</p>
<table class="t3 zebra"><thead><tr><th>債権名</th><th>収納率（％）※1<br>（前年度決算）</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額※2</th></tr></thead>
<tbody>{''.join(t3)}</tbody></table>
<p class="sm">※1 現年分と滞納繰越分の合計。（　）内は令和４年度決算。<br>※2 うち市税の滞納繰越分 {c(s_aout)}千円</p>
</div>
<div class="r">
<h3>表４　その他の債権（現年分・２月末）</h3>
<p class="sm right">（単位：円）</p>
<table class="t3 zebra"><thead><tr><th>債権名</th><th>調定額</th><th>収入済額<br>収納率</th><th>前年同期<br>収納率</th></tr></thead>
<tbody>{''.join(t4)}</tbody></table>
</div></div>
"""
pages.append(p4)

# ---------------- page 5: 取組 + counts ----------------
PG = 5
CNT = [("市税", "市税", "滞納者数（人）", "persons", "delinquents", 2184, 2391), ("国民健康保険税", "国保税", "滞納世帯数（世帯）", "households", "delinquents", 1472, 1603)]
SEIZ = {"市税": (612, 548), "国民健康保険税": (205, 187)}
t5 = []
for debt, raw, lab, unit, met, v1, v0 in CNT:
    s1, s0 = SEIZ[debt]
    t5.append(f"<tr><td>{raw}</td><td>{lab}</td><td>{c(v0)}</td><td>{c(v1)}</td><td>{c(v1 - v0)}</td><td>{c(s0)}</td><td>{c(s1)}</td></tr>")
    G.fact(PG, debt, raw, PRV, "前年同期", "total", met, "interim", v0, unit, c(v0), as_of=ASOF[PRV])
    G.fact(PG, debt, raw, CUR, "今期", "total", met, "interim", v1, unit, c(v1), as_of=A)
    G.fact(PG, debt, raw, CUR, "今期", "total", "difference", "interim", v1 - v0, unit, c(v1 - v0), as_of=A)
    G.fact(PG, debt, raw, PRV, "前年同期", "total", "seizures", "interim", s0, "cases", c(s0), as_of=ASOF[PRV])
    G.fact(PG, debt, raw, CUR, "今期", "total", "seizures", "interim", s1, "cases", c(s1), as_of=A)
INITS = [
    ("市税", "市税", "（１）市税", [
        ("・", "３月の滞納整理強化期間に、休日納付相談窓口を本庁舎及び各支所で開設する。", "継続", False),
        ("・", "給与照会の回答があった滞納者のうち分納不履行者については、速やかに給与の差押えを行う。", "継続", False),
        ("・", "年度末見込で収納率が前年度決算を下回る税目について、課内の進行管理会議を毎週開催し、着手状況を確認する。", "新規", True)]),
    ("国民健康保険税", "国保税", "（２）国民健康保険税", [
        ("・", "短期被保険者証の更新対象世帯に対し、更新前に納付相談の案内を送付する。", "継続", False),
        ("・", "所得未申告世帯に申告勧奨を行い、軽減判定の適正化により現年分の滞納発生を抑制する。", "拡充", False)]),
    ("介護保険料", "介護保険料", "（３）介護保険料", [
        ("・", "普通徴収の未納者に対し、年金特別徴収への切替え時期を案内したうえで、分納計画を作成する。", "継続", False)]),
]
sec_html = []
for debt, raw, title, items in INITS:
    lis = []
    for lab, t, st, alone in items:
        tag = f"<br>【{st}】" if alone else f"【{st}】"
        lis.append(f"<li>{t}{tag}</li>")
        G.init(PG, debt, CUR, title, lab, t, st, debt_raw=raw)
    sec_html.append(f"<h3>{title}</h3><ul class='dot'>{''.join(lis)}</ul>")
BOXI = [("①", "退去予定者との面談時に未納額を確定し、敷金との相殺後の残額について支払計画書を徴取する。", "継続"),
        ("②", "滞納６か月以上の入居者のうち、納付相談に応じない者について明渡請求訴訟の準備に着手する。", "拡充")]
for lab, t, st in BOXI:
    G.init(PG, "市営住宅使用料", CUR, "（４）市営住宅使用料", lab, t, st, debt_raw="市営住宅使用料")
p5 = f"""
<h2>５　今後の収納対策（令和６年３月以降）</h2>
{''.join(sec_html)}
<h3>（４）市営住宅使用料</h3>
<div class="ibox">{''.join(f'<p>{lab}{t}【{st}】</p>' for lab, t, st in BOXI)}</div>
<h2>６　滞納者数及び差押件数</h2>
<table class="hr"><thead><tr><th>債権</th><th>区分</th><th>前年同期</th><th>今期</th><th>増減</th><th>差押件数<br>前年同期</th><th>差押件数<br>今期</th></tr></thead>
<tbody>{''.join(t5)}</tbody></table>
<p class="sm">※ 差押件数は年度当初からの累計（件）。</p>
"""
pages.append(p5)

CSS = """
@page { size: A4; margin: 16mm 15mm 14mm 15mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP'; font-size: 10.5pt; line-height: 1.55; color: #000; }
.page { page-break-after: always; height: 262mm; position: relative; }
.page:last-child { page-break-after: auto; }
.pno { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
.head { display: flex; justify-content: space-between; font-size: 10pt; }
.head div:last-child { text-align: right; }
h1 { font-size: 15pt; text-align: center; margin: 14px 0 18px; }
h2 { font-size: 12pt; margin: 14px 0 6px; border-left: 6px solid #446; padding-left: 6px; }
h3 { font-size: 11pt; margin: 10px 0 4px; }
p { margin: 4px 0; text-align: justify; }
.sm { font-size: 8.5pt; }
.right { text-align: right; }
.pan { display: flex; gap: 10px; margin: 6px 0; }
.bx { flex: 1; border: 1px solid #000; padding: 6px 8px; }
.bt { font-weight: bold; }
.bx ul { margin: 4px 0 0 0; padding-left: 18px; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
.t1 th, .t1 td, .t2 th, .t2 td { border: 0.6px solid #000; padding: 2px 4px; }
th { background: #dde3ea; font-weight: bold; text-align: center; }
td { text-align: right; }
td.dn, td.sg { text-align: center; }
tr.sub td { background: #f1f1f1; }
.t2 td, .t2 th { font-size: 8pt; padding: 2px 2px; }
.chart { margin: 4px 0 10px 20px; }
.two { display: flex; gap: 12px; }
.two .l { flex: 2.3; } .two .r { flex: 1.25; }
td.dn { white-space: nowrap; } .t3 td { white-space: nowrap; }
.zebra th { border-top: 1px solid #000; border-bottom: 1px solid #000; }
.zebra td { padding: 3px 4px; border: none; }
.zebra tbody tr:nth-child(odd) td { background: #eef2f6; }
.zebra tbody tr:last-child td { border-bottom: 1px solid #000; }
td.stk { line-height: 1.3; }
.t3 { font-size: 8.5pt; }
ul.dot { list-style: none; padding-left: 1em; margin: 2px 0; }
ul.dot li { text-indent: -1em; margin: 2px 0; }
ul.dot li::before { content: "・"; }
.ibox { border: 1.2px solid #000; padding: 6px 10px; margin: 4px 0 8px; }
.hr th { background: none; border-top: 1.2px solid #000; border-bottom: 0.8px solid #000; padding: 3px; }
.hr td { border: none; padding: 3px; } .hr tbody tr:last-child td { border-bottom: 1.2px solid #000; }
"""
html = "<html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + "".join(
    f"<div class='page'>{p}<div class='pno'>- {i + 1} -</div></div>" for i, p in enumerate(pages)) + "</body></html>"
hp = os.path.join(WORK, STEM + ".html")
open(hp, "w", encoding="utf-8").write(html)
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={os.path.abspath('pdf/' + STEM + '.pdf')}", "file://" + hp],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
out = G.write(STEM, f"pdf/{STEM}.pdf")
print(STEM, out["source"]["pages"], "pages", len(G.facts), "facts", len(G.inits), "initiatives")
