"""pd_shibata_progress_1: 新発田市 令和５年度 市税等収納対策の取組状況（２月末現在）.
Tool chain: HTML/CSS -> chromium --headless --print-to-pdf.  Run from corpus/dev56.
"""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pd_common import Gold, comma, rate, fr, tri, zen, check  # noqa: E402

STEM = "pd_shibata_progress_1"
WORK = Path("/tmp/pd_work")
WORK.mkdir(exist_ok=True)
g = Gold(STEM, "progress_report", "progress", "新発田市",
         "令和５年度 市税等収納対策の取組状況について（令和６年２月末現在）", "2024-03-15", "令和6年3月15日")

FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
random.seed(56)

# name printed, canonical, current assessed (千円), Feb rate, arrears assessed, Feb rate
DEBTS = [
    ("市税", "市税", 12845310, 94.85, 468220, 27.9),
    ("国民健康保険税", "国民健康保険料", 2412650, 86.2, 612380, 19.4),
    ("介護保険料", "介護保険料", 1986420, 96.1, 58740, 14.2),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 812360, 97.8, 9820, 36.5),
    ("保育料", "保育料", 264180, 93.7, 21460, 22.8),
    ("市営住宅使用料", "市営住宅使用料", 198540, 92.4, 48930, 9.6),
    ("下水道使用料", "下水道使用料", 1524870, 91.8, 31240, 41.3),
]


def mk(ass, r):
    c = int(round(ass * (r + random.uniform(-0.049, 0.049)) / 100))
    return {"a": ass, "c": c, "r": rate(c, ass), "o": ass - c}


D = {}   # D[name][year]['cur'|'arr'|'tot']
for name, canon, ca, cr, aa, ar in DEBTS:
    cur = mk(ca, cr)
    arr = mk(aa, ar)
    pca = int(ca * random.uniform(0.975, 1.01))
    paa = int(aa * random.uniform(1.02, 1.12))
    pcur = mk(pca, cr + random.choice([-0.41, -0.28, -0.35, 0.12, -0.19, -0.52, 0.07]))
    parr = mk(paa, ar + random.uniform(-2.5, 1.2))
    D[name] = {}
    for y, (cu, ar_) in ((FY, (cur, arr)), (PFY, (pcur, parr))):
        tot = {"a": cu["a"] + ar_["a"], "c": cu["c"] + ar_["c"]}
        tot["r"] = rate(tot["c"], tot["a"])
        tot["o"] = tot["a"] - tot["c"]
        D[name][y] = {"cur": cu, "arr": ar_, "tot": tot}


def total(y, seg):
    a = sum(D[n][y][seg]["a"] for n, *_ in DEBTS)
    c = sum(D[n][y][seg]["c"] for n, *_ in DEBTS)
    return {"a": a, "c": c, "r": rate(c, a), "o": a - c}


CANON = {n: c for n, c, *_ in DEBTS}
SEGN = {"cur": "current", "arr": "arrears", "tot": "total"}


def F(raw, metric, value, unit, name, y=FY, seg="tot", basis="interim", yraw=None, **kw):
    as_of = kw.pop("as_of", ASOF if (basis == "interim" and y == FY) else (PASOF if basis == "interim" else None))
    return g.f(raw, metric, value, unit, y, yraw or ("令和５年度" if y == FY else "前年同期"),
               SEGN.get(seg, seg), basis, CANON.get(name) if name else None, kw.pop("draw", name),
               as_of=as_of, **kw)


pages: list[str] = []


def page(html: str):
    pages.append(html)
    g.page += 1


# ---------------------------------------------------------------- page 1
T = total(FY, "tot")
PT = total(PFY, "tot")
sz = D["市税"][FY]["tot"]
psz = D["市税"][PFY]["tot"]
kk = D["国民健康保険税"][FY]["tot"]
pkk = D["国民健康保険税"][PFY]["tot"]
outs_man = round(T["o"] / 10)  # 万円
diff_man = round((PT["o"] - T["o"]) / 10)
p = []
p.append('<div class="hdr"><span>税務課収納対策室</span><span>令和6年3月15日</span></div>')
p.append('<div class="rep">令和５年度第４回 新発田市収納対策本部会議</div>')
p.append('<h1>令和５年度 市税等収納対策の取組状況について<br><small>（令和６年２月末現在）</small></h1>')
p.append('<h2>１　概要</h2>')
p.append('<p class="para">　令和５年度の市税等の収納状況について、令和６年２月末現在の状況を取りまとめた。'
         '市税全体（現年度分＋滞納繰越分）の収納率は'
         + F(f"{fr(sz['r'])}％", "collection_rate", sz["r"], "percent", "市税")
         + 'で、前年同月と比べ'
         + F(f"{fr(sz['r'] - psz['r'])}ポイント", "difference", round(sz['r'] - psz['r'], 2), "points", "市税")
         + ('上昇' if sz['r'] >= psz['r'] else '低下') + 'している。</p>')
man = f"{outs_man // 10000}億{outs_man % 10000:,}万円" if outs_man >= 10000 else f"{outs_man:,}万円"
p.append('<p class="para">　また、主要７債権の収入未済額は'
         + F(f"約{man}", "outstanding", outs_man * 10000, "yen", None, approx=True, draw=None)
         + 'で、前年同月から'
         + F(f"約{diff_man:,}万円", "difference", -diff_man * 10000, "yen", None, approx=True, draw=None)
         + '減少した。国民健康保険税は、滞納繰越分の調定額が減少したことにより、収納率が前年同月を'
         + F(f"{fr(abs(kk['r'] - pkk['r']))}ポイント", "difference", round(kk['r'] - pkk['r'], 2), "points", "国民健康保険税")
         + ('上回って' if kk['r'] >= pkk['r'] else '下回って') + 'いる。</p>')

# panels (49)
T_oku = round(T["o"] / 100000, 1)  # 億円 (千円 / 1e5)
p.append('<div class="panels">')
p.append('<div class="panel"><div class="pl">市税 収納率</div><div class="py">令和6年2月末</div><div class="pv">'
         + F(f"{fr(sz['r'])}%", "collection_rate", sz["r"], "percent", "市税")
         + '</div><div class="pd">前年同月比 '
         + F(f"{tri(sz['r'] - psz['r'], 2, '▲', '＋')}ポイント", "difference", round(sz['r'] - psz['r'], 2), "points", "市税")
         + '</div></div>')
p.append('<div class="panel"><div class="pl">国民健康保険税 収納率</div><div class="py">令和6年2月末</div><div class="pv">'
         + F(f"{fr(kk['r'])}%", "collection_rate", kk["r"], "percent", "国民健康保険税")
         + '</div><div class="pd">前年同月比 '
         + F(f"{tri(kk['r'] - pkk['r'], 2, '▲', '＋')}ポイント", "difference", round(kk['r'] - pkk['r'], 2), "points", "国民健康保険税")
         + '</div></div>')
p.append('<div class="panel"><div class="pl">収入未済額（主要７債権）</div><div class="py">令和6年2月末</div><div class="pv">'
         + F(f"{T_oku}億円", "outstanding", round(T_oku * 100000000), "yen", None, draw="主要７債権")
         + '</div><div class="pd">前年同月 '
         + F(f"{round(PT['o'] / 100000, 1)}億円", "outstanding", round(round(PT['o'] / 100000, 1) * 100000000), "yen", None, y=PFY, draw="主要７債権", yraw="前年同月")
         + '</div></div>')
p.append('</div>')

# bracketed metric heading over segment bullets (11)
sc, sa = D["市税"][FY]["cur"], D["市税"][FY]["arr"]
psc, psa = D["市税"][PFY]["cur"], D["市税"][PFY]["arr"]
p.append('<h2>２　市税の状況</h2>')
p.append('<div class="brk">【収納率】令和6年2月末時点</div><ul class="seg">')
for lab, s, ps, seg in (("現年分", sc, psc, "cur"), ("滞繰分", sa, psa, "arr"), ("合　計", sz, psz, "tot")):
    p.append(f'<li>{lab}　' + F(f"{fr(s['r'])}％", "collection_rate", s["r"], "percent", "市税", seg=seg, yraw="令和6年2月末")
             + f'（前年同月 ' + F(f"{fr(ps['r'])}％", "collection_rate", ps["r"], "percent", "市税", y=PFY, seg=seg, yraw="前年同月") + '）</li>')
p.append('</ul>')
p.append('<p class="para">　現年分は、口座振替の利用促進と納期内納付の呼びかけにより、前年同月とほぼ同水準で推移している。'
         '滞繰分は、年度当初からの財産調査と差押えの早期着手により、前年同月を'
         + F(f"{fr(abs(sa['r'] - psa['r']))}ポイント", "difference", round(sa['r'] - psa['r'], 2), "points", "市税", seg="arr")
         + ('上回った' if sa['r'] >= psa['r'] else '下回った') + '。</p>')
page("\n".join(p))

# ---------------------------------------------------------------- page 2 : summary table
p = ['<h2>３　債権別の収納状況</h2>',
     '<div class="cap">表１　主要債権の収納状況（令和６年２月末現在）<span class="unit">（単位：千円、％）</span></div>',
     '<table class="zebra t1"><thead><tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr>',
     '<tr>' + '<th>調定額</th><th>収入済額</th><th>収納率※1</th>' * 3 + '</tr></thead><tbody>']
for name, *_ in DEBTS:
    row = [f'<td class="l">{name}{"※2" if name == "市税" else ""}</td>']
    for seg in ("cur", "arr", "tot"):
        s = D[name][FY][seg]
        row.append('<td>' + F(comma(s["a"]), "assessed", s["a"] * 1000, "yen", name, seg=seg) + '</td>')
        row.append('<td>' + F(comma(s["c"]), "collected", s["c"] * 1000, "yen", name, seg=seg) + '</td>')
        row.append('<td>' + F(fr(s["r"]), "collection_rate", s["r"], "percent", name, seg=seg) + '</td>')
    p.append('<tr>' + "".join(row) + '</tr>')
row = ['<td class="l">計</td>']
for seg in ("cur", "arr", "tot"):
    s = total(FY, seg)
    row.append('<td>' + F(comma(s["a"]), "assessed", s["a"] * 1000, "yen", None, seg=seg, draw="計") + '</td>')
    row.append('<td>' + F(comma(s["c"]), "collected", s["c"] * 1000, "yen", None, seg=seg, draw="計") + '</td>')
    row.append('<td>' + F(fr(s["r"]), "collection_rate", s["r"], "percent", None, seg=seg, draw="計") + '</td>')
p.append('<tr class="sum">' + "".join(row) + '</tr></tbody></table>')
wo = 18204
p.append('<div class="fn">※1　収納率＝収入済額÷調定額×100（小数点第３位を四捨五入）<br>'
         '※2　市税については、２月末までに不納欠損処分を行った額 '
         + F(f"{comma(wo)}千円", "written_off", wo * 1000, "yen", "市税") + ' を調定額から除いている。</div>')

# delinquents / seizure (48) and estimate table with bracket (27)
p.append('<div class="cap">表２　滞納者数等の状況<span class="unit">（各年２月末現在）</span></div>')
p.append('<table class="t2 zebra"><thead><tr><th rowspan="2">債権名</th><th colspan="3">滞納者数（人）／滞納世帯数（世帯）</th><th colspan="2">差押件数（件）</th></tr>'
         '<tr><th>前年同期</th><th>今期</th><th>増減</th><th>前年同期</th><th>今期</th></tr></thead><tbody>')
DLQ = [("市税", 4218, 3967, "persons", 512, 588), ("国民健康保険税", 2104, 1986, "households", 236, 251),
       ("介護保険料", 1327, 1349, "persons", 41, 38), ("後期高齢者医療保険料", 318, 296, "persons", 12, 15)]
for name, pv, cv, unit, ps, cs in DLQ:
    p.append(f'<tr><td class="l">{name}</td><td>'
             + F(comma(pv), "delinquents", pv, unit, name, y=PFY) + '</td><td>'
             + F(comma(cv), "delinquents", cv, unit, name, yraw="今期") + '</td><td>'
             + F(tri(cv - pv), "difference", cv - pv, unit, name, yraw="今期") + f'</td><td>{ps}</td><td>{cs}</td></tr>')
p.append('</tbody></table><div class="fn">※ 国民健康保険税は滞納世帯数、その他は滞納者数（実人数）。差押件数は年度累計。</div>')
page("\n".join(p))

# ---------------------------------------------------------------- page 3 : previous-year comparison + estimate
p = ['<h2>４　前年同期との比較</h2>',
     '<div class="cap">表３　現年度分の前年同期比較（今期：令和６年２月末、前年同期：令和５年２月末）</div>',
     '<table class="t3 rules"><thead><tr><th rowspan="2">債権名</th><th colspan="3">収納率（％）</th><th colspan="3">収入済額（千円）</th></tr>'
     '<tr><th>前年同期</th><th>今期</th><th>差</th><th>前年同期</th><th>今期</th><th>差</th></tr></thead><tbody>']
for name, *_ in DEBTS:
    c, pc = D[name][FY]["cur"], D[name][PFY]["cur"]
    p.append(f'<tr><td class="l">{name}</td><td>'
             + F(fr(pc["r"]), "collection_rate", pc["r"], "percent", name, y=PFY, seg="cur") + '</td><td>'
             + F(fr(c["r"]), "collection_rate", c["r"], "percent", name, seg="cur", yraw="今期") + '</td><td>'
             + F(tri(round(c["r"] - pc["r"], 2), 2), "difference", round(c["r"] - pc["r"], 2), "points", name, seg="cur", yraw="今期") + '</td><td>'
             + F(comma(pc["c"]), "collected", pc["c"] * 1000, "yen", name, y=PFY, seg="cur") + '</td><td>'
             + F(comma(c["c"]), "collected", c["c"] * 1000, "yen", name, seg="cur", yraw="今期") + '</td><td>'
             + F(tri(c["c"] - pc["c"]), "difference", (c["c"] - pc["c"]) * 1000, "yen", name, seg="cur", yraw="今期") + '</td></tr>')
p.append('</tbody></table><div class="fn">※ 差の△はマイナス（前年同期を下回ったもの）を示す。</div>')

# year-end estimate vs target, previous actual in brackets (27), interim rate too
p.append('<div class="cap">表４　令和５年度末の収納率見込み（現年度分＋滞納繰越分）<span class="unit">単位：％</span></div>')
p.append('<table class="t4 zebra"><thead><tr><th>債権名</th><th>令和５年度目標</th><th>決算見込<br>（令和４年度決算）</th><th>見込と目標の差</th></tr></thead><tbody>')
EST = {}
for name, *_ in DEBTS:
    t = D[name][FY]["tot"]
    est = round(t["r"] + (100 - t["r"]) * random.uniform(0.42, 0.58), 2)
    prev_act = round(est - random.choice([0.21, -0.14, 0.33, 0.08, -0.27, 0.45, 0.12]), 2)
    tgt = round(prev_act + random.choice([0.30, 0.20, 0.50, 0.10, 0.25]), 2)
    EST[name] = (tgt, est, prev_act)
    p.append(f'<tr><td class="l">{name}</td><td>'
             + F(fr(tgt), "collection_rate", tgt, "percent", name, basis="target", yraw="令和５年度") + '</td><td>'
             + F(fr(est), "collection_rate", est, "percent", name, basis="estimate", yraw="令和５年度")
             + '（' + F(fr(prev_act), "collection_rate", prev_act, "percent", name, y=PFY, basis="actual", yraw="令和４年度") + '）</td><td>'
             + F(tri(round(est - tgt, 2), 2), "difference", round(est - tgt, 2), "points", name, basis="estimate", yraw="令和５年度")
             + '</td></tr>')
p.append('</tbody></table><div class="fn">※ 決算見込は、令和６年２月末の収納実績に前年度３月から出納整理期間までの収納実績を加味して推計した。</div>')
page("\n".join(p))

# ---------------------------------------------------------------- page 4 : monthly table (46) + chart (25)
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
ISO = {"4月末": "04-30", "5月末": "05-31", "6月末": "06-30", "7月末": "07-31", "8月末": "08-31", "9月末": "09-30",
       "10月末": "10-31", "11月末": "11-30", "12月末": "12-31", "1月末": "01-31", "3月末": "03-31"}


def iso(y, m):
    if m == "2月末":
        return f"{y + 1}-02-29" if (y + 1) % 4 == 0 else f"{y + 1}-02-28"
    mo = int(m.split("月")[0])
    return f"{y + 1 if mo <= 3 else y}-{ISO[m]}"


shares = [0.082, 0.205, 0.318, 0.401, 0.497, 0.562, 0.648, 0.731, 0.823, 0.876, None, None]
MON = {}
for y in (FY, PFY):
    cur = D["市税"][y]["cur"]
    vals = []
    for i, m in enumerate(MONTHS):
        if m == "2月末":
            vals.append(cur["c"])
        elif m == "3月末":
            vals.append(None if y == FY else int(cur["a"] * 0.9871))
        else:
            vals.append(int(cur["a"] * (shares[i] + random.uniform(-0.0041, 0.0046))))
    MON[y] = vals
p = ['<h2>５　市税（現年課税分）の月別収納状況</h2>',
     '<div class="cap">表５　月別収納状況（累計）<span class="unit">収入済額：千円　収納率：％</span></div>',
     '<table class="t5 zebra"><thead><tr><th rowspan="2">月</th><th colspan="2">令和５年度</th><th colspan="2">令和４年度</th><th rowspan="2">収納率の差</th></tr>'
     '<tr><th>収入済額</th><th>収納率</th><th>収入済額</th><th>収納率</th></tr></thead><tbody>']
for i, m in enumerate(MONTHS):
    cells = [f'<td class="l">{m}</td>']
    rr = {}
    for y in (FY, PFY):
        v = MON[y][i]
        if v is None:
            cells += ['<td>－</td>', '<td>－</td>']
            continue
        r = rate(v, D["市税"][y]["cur"]["a"])
        rr[y] = r
        yr = "令和５年度" if y == FY else "令和４年度"
        cells.append('<td>' + F(comma(v), "collected", v * 1000, "yen", "市税", y=y, seg="cur", yraw=yr, as_of=iso(y, m)) + '</td>')
        cells.append('<td>' + F(fr(r), "collection_rate", r, "percent", "市税", y=y, seg="cur", yraw=yr, as_of=iso(y, m)) + '</td>')
    if len(rr) == 2:
        d = round(rr[FY] - rr[PFY], 2)
        cells.append('<td>' + F(tri(d, 2, "▲"), "difference", d, "points", "市税", seg="cur", yraw="令和５年度", as_of=iso(FY, m)) + '</td>')
    else:
        cells.append('<td>－</td>')
    p.append('<tr>' + "".join(cells) + '</tr>')
p.append('</tbody></table><div class="fn">※ 収納率は各年度の現年課税分調定額（２月末現在）に対する累計収入済額の割合。▲は前年度を下回ったもの。</div>')

# bar chart of 市税 収入未済額 (百万円)
CH = [("H30年度", 2018, 742, "actual"), ("R元年度", 2019, 705, "actual"), ("R2年度", 2020, 688, "actual"),
      ("R3年度", 2021, 641, "actual"), ("R4年度", 2022, 603, "actual"), ("R5見込", 2023, 566, "estimate")]
bars = []
W, H0 = 560, 200
for k, (lab, y, v, b) in enumerate(CH):
    x = 40 + k * 85
    h = v * 0.22
    col = "#7a9cc6" if b == "actual" else "#c9d7ea"
    bars.append(f'<rect x="{x}" y="{H0 - h}" width="48" height="{h}" fill="{col}" stroke="#345"/>')
    bars.append(f'<text x="{x + 24}" y="{H0 - h - 5}" text-anchor="middle" font-size="12">'
                + F(str(v), "outstanding", v * 1000000, "yen", "市税", y=y, basis=b, yraw=lab, as_of=None) + '</text>')
    bars.append(f'<text x="{x + 24}" y="{H0 + 16}" text-anchor="middle" font-size="11">{lab}</text>')
p.append('<div class="cap">図１　市税収入未済額の推移（決算、単位：百万円）</div>')
p.append(f'<svg width="{W}" height="{H0 + 26}" class="chart"><line x1="30" y1="{H0}" x2="{W - 10}" y2="{H0}" stroke="#000"/>'
         + "".join(bars) + '</svg>')
p.append('<div class="fn">※ R5見込は令和５年度決算見込額。</div>')
page("\n".join(p))

# ---------------------------------------------------------------- page 5 : districts (37) stacked (28) + 2-column prose (38)
AREAS = [("本庁管内", 0.742), ("豊浦地区", 0.108), ("紫雲寺地区", 0.064), ("加治川地区", 0.086)]
p = ['<h2>６　地区別の収納状況（市税・現年課税分）</h2>',
     '<div class="cap">表６　地区別収納状況<span class="unit">（単位：千円、％）</span></div>',
     '<table class="t6 rules"><thead><tr><th rowspan="2">地区</th><th colspan="2">今期（令和６年２月末）</th><th colspan="2">前年同期（令和５年２月末）</th></tr>'
     '<tr><th>調定額</th><th>収入済額<br>収納率</th><th>調定額</th><th>収入済額<br>収納率</th></tr></thead><tbody>']
split = {}
for y in (FY, PFY):
    cur = D["市税"][y]["cur"]
    ra, rc = cur["a"], cur["c"]
    out = []
    for j, (ar, sh) in enumerate(AREAS):
        if j < len(AREAS) - 1:
            a = int(cur["a"] * sh)
            c = int(a * (cur["r"] / 100 + random.uniform(-0.012, 0.008)))
            ra -= a
            rc -= c
        else:
            a, c = ra, rc
        out.append((a, c, rate(c, a)))
    split[y] = out
for j, (ar, _) in enumerate(AREAS):
    cells = [f'<td class="l">{ar}</td>']
    for y in (FY, PFY):
        a, c, r = split[y][j]
        yr = "令和６年２月末" if y == FY else "令和５年２月末"
        cells.append('<td>' + F(comma(a), "assessed", a * 1000, "yen", "市税", y=y, seg="cur", yraw=yr, area=ar) + '</td>')
        cells.append('<td class="stk">' + F(comma(c), "collected", c * 1000, "yen", "市税", y=y, seg="cur", yraw=yr, area=ar)
                     + '<br>' + F(fr(r), "collection_rate", r, "percent", "市税", y=y, seg="cur", yraw=yr, area=ar) + '</td>')
    p.append('<tr>' + "".join(cells) + '</tr>')
cells = ['<td class="l">計</td>']
for y in (FY, PFY):
    cur = D["市税"][y]["cur"]
    yr = "令和６年２月末" if y == FY else "令和５年２月末"
    cells.append('<td>' + F(comma(cur["a"]), "assessed", cur["a"] * 1000, "yen", "市税", y=y, seg="cur", yraw=yr) + '</td>')
    cells.append('<td class="stk">' + F(comma(cur["c"]), "collected", cur["c"] * 1000, "yen", "市税", y=y, seg="cur", yraw=yr)
                 + '<br>' + F(fr(cur["r"]), "collection_rate", cur["r"], "percent", "市税", y=y, seg="cur", yraw=yr) + '</td>')
p.append('<tr class="sum">' + "".join(cells) + '</tr></tbody></table>')
p.append('<div class="fn">※ 地区は納税義務者の住所地による。収入済額欄は上段が収入済額、下段が収納率。</div>')

p.append('<h2>７　その他の主な債権の状況</h2><div class="two">')
for name in ("介護保険料", "後期高齢者医療保険料", "保育料", "市営住宅使用料", "下水道使用料"):
    c, pc = D[name][FY]["cur"], D[name][PFY]["cur"]
    a, pa = D[name][FY]["arr"], D[name][PFY]["arr"]
    d = round(c["r"] - pc["r"], 2)
    p.append(f'<p class="para"><b>【{name}】</b>２月末の現年度分収納率は'
             + F(f"{fr(c['r'])}％", "collection_rate", c["r"], "percent", name, seg="cur")
             + 'で、前年同月比'
             + F(f"{fr(abs(d))}ポイント", "difference", d, "points", name, seg="cur")
             + ('の上昇' if d >= 0 else 'の低下') + 'となった。滞納繰越分の収入済額は'
             + F(f"{comma(a['c'])}千円", "collected", a["c"] * 1000, "yen", name, seg="arr")
             + 'で、前年同月の'
             + F(f"{comma(pa['c'])}千円", "collected", pa["c"] * 1000, "yen", name, y=PFY, seg="arr", yraw="前年同月")
             + 'と比べ' + ('増加' if a['c'] >= pa['c'] else '減少') + 'している。</p>')
p.append('</div>')
page("\n".join(p))

# ---------------------------------------------------------------- page 6 : initiatives (14) + 参考 box (9)
S = "後半の主な取組"
p = ['<h2>８　後半の主な取組</h2>', '<h3>（１）市税</h3>', '<div class="items">']
its = [("①", "滞納繰越分の高額事案（50万円以上）について、財産調査を完了したものから順次差押えを執行する。", "継続"),
       ("②", "出納閉鎖に向けて、現年度分未納者へ３月に一斉催告を行い、納付約束の履行状況を確認する。", "拡充"),
       ("③", "スマートフォン決済アプリによる納付の案内を催告書に同封し、納付機会を拡大する。", "新規")]
for lab, t, st in its:
    p.append(f'<p class="it">{lab}　' + g.i(t, "市税", FY, S, lab, st) + f'【{st}】</p>')
p.append('</div><h3>（２）国民健康保険税</h3><div class="items">')
its = [("ア", "短期被保険者証の更新時に納付相談を行い、分割納付の計画を確認する。", "継続"),
       ("イ", "資格喪失後の未納世帯に対し、文書と電話による催告を集中的に実施する。", None),
       ("ウ", "滞納繰越分のうち時効が近い事案を抽出し、差押えまたは執行停止の判断を年度内に行う。", "拡充")]
for lab, t, st in its:
    tail = f'<br><span class="tag">【{st}】</span>' if st else ""
    p.append(f'<p class="it">{lab}　' + g.i(t, "国民健康保険料", FY, S, lab, st, debt_raw="国民健康保険税") + f'{tail}</p>')
p.append('</div><h3>（３）介護保険料・後期高齢者医療保険料</h3><div class="items">')
its = [("・", "普通徴収の未納者に対し、口座振替の勧奨を年金支給月に合わせて行う。", "介護保険料", "継続"),
       ("・", "後期高齢者医療保険料の滞納者へ、保険証の更新通知に合わせて納付相談を案内する。", "後期高齢者医療保険料", None)]
for lab, t, dn, st in its:
    p.append(f'<p class="it">{lab}　' + g.i(t, dn, FY, S, lab, st) + (f'【{st}】' if st else "") + '</p>')
p.append('</div>')
psa = D["市税"][FY]["arr"]
p.append('<div class="ref"><div class="refh">【参考】市税滞納繰越分の状況（令和６年２月末）</div><ul>'
         '<li>滞納繰越分調定額：' + F(f"{comma(psa['a'])}千円", "assessed", psa["a"] * 1000, "yen", "市税", seg="arr") + '</li>'
         '<li>滞納繰越分収入済額：' + F(f"{comma(psa['c'])}千円", "collected", psa["c"] * 1000, "yen", "市税", seg="arr") + '</li>'
         '<li>滞納繰越分収入未済額：' + F(f"{comma(psa['o'])}千円", "outstanding", psa["o"] * 1000, "yen", "市税", seg="arr") + '</li>'
         '<li>差押件数（累計）：588件</li></ul></div>')
page("\n".join(p))

CSS = """
@page { size: A4; margin: 14mm 15mm 12mm 15mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP'; font-size: 10.5pt; color: #111; margin:0; }
.pg { position: relative; height: 268mm; page-break-after: always; overflow: hidden; }
.pg:last-child { page-break-after: auto; }
.folio { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
.hdr { display:flex; justify-content: space-between; font-size: 9.5pt; }
.rep { text-align:right; font-size: 9.5pt; margin-top: 2mm; border:1px solid #333; display:inline-block; padding:1mm 3mm; float:right;}
h1 { clear: both; text-align:center; font-size: 15pt; margin: 10mm 0 6mm; font-family: 'IPAexMincho'; }
h1 small { font-size: 12pt; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; border-left: 5px solid #2f5d8a; padding-left: 2mm; }
h3 { font-size: 11pt; margin: 3mm 0 1mm; }
.para { text-indent: 0; line-height: 1.65; margin: 1mm 0; }
.panels { display:flex; gap: 4mm; margin: 4mm 0; }
.panel { flex:1; border: 2px solid #2f5d8a; border-radius: 3mm; padding: 2mm; text-align:center; background:#f1f5fa; }
.pl { font-weight: bold; font-size: 10pt; } .py { font-size: 8.5pt; color:#333; }
.pv { font-size: 18pt; font-weight: bold; color:#1d3d61; margin: 1mm 0; } .pd { font-size: 9pt; }
.brk { font-weight:bold; margin-top: 2mm; }
ul.seg { margin: 1mm 0 1mm 6mm; padding:0; list-style: '・'; line-height:1.6;}
.cap { font-weight: bold; margin: 4mm 0 1mm; font-size: 10pt; display:flex; justify-content: space-between;}
.unit { font-weight: normal; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
td, th { padding: 1.2mm 1.5mm; text-align: right; }
th { text-align: center; background: #2f5d8a; color: #fff; font-weight: normal; border: 1px solid #fff; }
td.l { text-align: left; }
.zebra tbody tr:nth-child(even) { background: #e8eef6; }
.zebra tr.sum { background: #cfdcec; font-weight: bold; }
.rules th { background: #dde4ec; color:#000; border: 1px solid #555; }
.rules td { border: 1px solid #555; }
.rules tr.sum td { border-top: 2px double #000; }
td.stk { line-height: 1.35; }
.fn { font-size: 8.5pt; margin-top: 1mm; line-height: 1.5; }
.two { column-count: 2; column-gap: 8mm; column-rule: 1px solid #999; font-size: 10pt; }
.two .para { margin: 0 0 2mm; }
.items .it { margin: 1mm 0 1mm 4mm; line-height: 1.6; text-indent: -4mm; padding-left: 4mm; }
.tag { margin-left: 8mm; }
.ref { border: 1.5px solid #000; padding: 2mm 4mm; margin-top: 6mm; }
.refh { font-weight: bold; } .ref ul { margin: 1mm 0 0 4mm; padding: 0; list-style: '・'; line-height: 1.7; }
.chart { display:block; margin: 2mm auto; }
.t1 td, .t1 th { font-size: 8pt; padding: 1mm 1mm; }
"""
html = ["<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>", CSS, "</style></head><body>"]
for k, body in enumerate(pages, 1):
    html.append(f'<div class="pg">{body}<div class="folio">－ {k} －</div></div>')
html.append("</body></html>")
hp = WORK / f"{STEM}.html"
hp.write_text("\n".join(html), encoding="utf-8")
pdf = Path("pdf") / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf.resolve()}", hp.as_uri()], check=True, capture_output=True)
import fitz  # noqa: E402
n = len(fitz.open(pdf))
assert n == len(pages), (n, len(pages))
gp = Path("gold") / f"{STEM}.json"
g.write(pdf, gp, n)
bad = check(pdf, gp)
print(STEM, "pages", n, "facts", len(g.facts), "inits", len(g.inits), "bad", len(bad))
for b in bad[:30]:
    print("  ", b)
