"""pm_obu_plan_1: 第2次大府市債権管理計画 (HTML/CSS -> chromium --print-to-pdf). Run from corpus/dev61."""
import random, subprocess, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from pm_common import Doc, reiwa, yen_sep, zen, HERE

STEM = "pm_obu_plan_1"
D = Doc(STEM, "plan", "keikaku", "大府市", "第2次大府市債権管理計画", "2025-03-01", "令和7年3月")
rnd = random.Random(61)
YEARS = [2019, 2020, 2021, 2022, 2023]
# (会計, full name, short, 所管課, current assessed 千円 in 2023, cur rate, arrears share)
DEBTS = [
    ("一般会計", "市税", "市税", "収納課", 16284512, 99.42, 0.019, 0.32),
    ("一般会計", "保育料", "保育料", "子育て支援課", 412806, 98.96, 0.030, 0.27),
    ("一般会計", "市営住宅使用料", "住宅使用料", "建築住宅課", 98114, 96.80, 0.120, 0.18),
    ("国民健康保険事業特別会計", "国民健康保険税", "国保税", "保険医療課", 2215870, 95.61, 0.140, 0.26),
    ("介護保険事業特別会計", "介護保険料", "介護料", "高齢障がい支援課", 1962433, 99.18, 0.012, 0.24),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢", "保険医療課", 1188702, 99.65, 0.004, 0.40),
]
data = {}   # (debt, fy, seg) -> dict(a,c,w,o) in 千円
for acct, name, short, ka, a23, r23, arr, arr_rate in DEBTS:
    for k, fy in enumerate(YEARS):
        g = 1 - 0.012 * (2023 - fy)
        a = int(a23 * g * (1 + rnd.uniform(-0.004, 0.004)))
        r = r23 - 0.09 * (2023 - fy) + rnd.uniform(-0.03, 0.03)
        c = int(a * r / 100)
        cur = dict(a=a, c=c, w=0, o=a - c)
        aa = int(a23 * arr * (1 + 0.04 * (2023 - fy)) * (1 + rnd.uniform(-0.02, 0.02)))
        ac = int(aa * (arr_rate - 0.004 * (2023 - fy) + rnd.uniform(-0.01, 0.01)))
        aw = int(aa * rnd.uniform(0.05, 0.09))
        ar = dict(a=aa, c=ac, w=aw, o=aa - ac - aw)
        tot = {m: cur[m] + ar[m] for m in "acwo"}
        data[(name, fy, "current")], data[(name, fy, "arrears")], data[(name, fy, "total")] = cur, ar, tot
def R(d):
    return round(d["c"] / d["a"] * 100, 2)
TOT = {fy: {m: sum(data[(n[1], fy, "total")][m] for n in DEBTS) for m in "acwo"} for fy in YEARS}
SHORT = {d[1]: d[2] for d in DEBTS}

CSS = """
@page { size: A4; margin: 16mm 15mm 14mm 15mm; }
@page land { size: A4 landscape; margin: 12mm 12mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 9.5pt; line-height: 1.5; color:#111; }
.page { page-break-after: always; position: relative; }
.land { page: land; }
h1 { font-size: 20pt; text-align:center; margin-top: 60mm; }
h2 { font-size: 12.5pt; border-left: 6px solid #2a5d9f; padding-left: 6px; margin: 10px 0 6px; }
h3 { font-size: 10.5pt; margin: 8px 0 4px; }
table { border-collapse: collapse; margin: 4px 0; }
td, th { border: 1px solid #444; padding: 2px 5px; }
th { background: #dfe7f2; font-weight: normal; white-space: nowrap; }
td.n { text-align: right; }
.cap { font-size: 9pt; margin-top: 6px; }
.note { font-size: 8pt; }
.panels { display: flex; gap: 8px; margin: 6px 0; }
.panel { flex: 1; border: 2px solid #2a5d9f; border-radius: 6px; padding: 4px 8px; text-align:center; }
.panel .big { font-size: 16pt; font-weight: bold; color:#2a5d9f; }
.two { display:flex; gap: 12px; }
.strip td { padding: 3px 10px; }
.pn { position: absolute; bottom: -6mm; width: 100%; text-align:center; font-size: 8pt; }
.toc td { border: none; padding: 3px 12px; }
ul.items { margin: 2px 0 2px 0; padding-left: 1.2em; }
"""
pages = []

# ---- p1 cover + 目次
D.page = 1
pages.append(f"""<div class="page"><h1>第２次大府市債権管理計画<br><span style="font-size:13pt">令和７（2025）年度～令和９（2027）年度</span></h1>
<p style="text-align:center;font-size:13pt;margin-top:20mm">令和７年３月<br>大　府　市</p>
<h3 style="margin-top:30mm">目　次</h3>
<table class="toc"><tr><td>１　計画策定の趣旨と計画期間</td><td>……………………</td><td>2</td></tr>
<tr><td>２　債権の現状</td><td>……………………</td><td>2</td></tr>
<tr><td>３　会計別・債権別の状況（令和５年度決算）</td><td>……………………</td><td>3</td></tr>
<tr><td>４　計画の目標</td><td>……………………</td><td>4</td></tr>
<tr><td>５　債権ごとの取組</td><td>……………………</td><td>5</td></tr></table></div>""")

# ---- p2 現状
D.page = 2
t23, t22 = TOT[2023], TOT[2022]
r23, r22 = R(t23), R(t22)
o23_man = round(t23["o"] / 100) * 100   # 千円 -> rounded to 10万円 (百万円 0.1)
def oku_man(k):   # 千円 -> '4億8,200万円' style, rounded to 100万円
    man = round(k / 10 / 100) * 100
    oku, rest = divmod(man, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円"), man * 10000
s_o, v_o = oku_man(t23["o"])
dman = round((t22["o"] - t23["o"]) / 10 / 100) * 100
s_d = f"{dman:,}万円"
dpt = round(r23 - r22, 2)
p2 = ["""<div class="page"><h2>１　計画策定の趣旨と計画期間</h2>
<p>　本市では、平成29年度に「大府市債権管理条例」を施行し、令和２年度から令和６年度までを期間とする第１次計画に基づき、全庁的に債権の適正な管理と収入未済額の縮減に取り組んできました。第１次計画の成果と課題を踏まえ、引き続き市民負担の公平性を確保するため、第２次計画を策定します。計画期間は、令和７（2025）年度から令和９（2027）年度までの３年間とします。</p>
<h2>２　債権の現状</h2>"""]
p2.append(f"""<p>　令和５（2023）年度決算における全債権の収入未済額は約{D.f('約'+s_o, v_o, 'outstanding', 'yen', fy=2023, fy_raw='令和５（2023）年度', approx=True)[1:]}で、前年度から約{D.f('約'+s_d, -dman*10000, 'difference', 'yen', fy=2023, fy_raw='令和５（2023）年度', approx=True)[1:]}減少しました。全体の収納率は{D.f(f'{r23:.2f}％', r23, 'collection_rate', 'percent', fy=2023, fy_raw='令和５（2023）年度')}で、前年度比{D.f(f'{dpt:.2f}ポイント', dpt, 'difference', 'points', fy=2023, fy_raw='令和５（2023）年度')}上昇しています。</p>""")
wo = round(t23["w"] / 10)
p2.append(f"""<div class="panels">
<div class="panel">全体収納率（令和５年度）<br><span class="big">{D.f(f'{r23:.2f}％', r23, 'collection_rate', 'percent', fy=2023, fy_raw='令和５年度')}</span><br>前年度比＋{D.f(f'{dpt:.2f}ポイント', dpt, 'difference', 'points', fy=2023, fy_raw='令和５年度')}</div>
<div class="panel">収入未済額（令和５年度末）<br><span class="big">{D.f(f'{round(t23["o"]/100000,1)}億円', int(round(t23["o"]/100000,1)*100000000), 'outstanding', 'yen', fy=2023, fy_raw='令和５年度末')}</span></div>
<div class="panel">不納欠損額（令和５年度）<br><span class="big">{D.f(f'{wo:,}万円', wo*10000, 'written_off', 'yen', fy=2023, fy_raw='令和５年度')}</span></div></div>""")
# summary table: years head rows, units in column headers, 平均 row, 増減額/増減率
rows = []
for fy in YEARS:
    t = TOT[fy]; yr = reiwa(fy); r = R(t)
    cells = [D.f(yen_sep(t["a"]), t["a"]*1000, "assessed", "yen", fy=fy, fy_raw=yr, debt_raw="全債権"),
             D.f(yen_sep(t["c"]), t["c"]*1000, "collected", "yen", fy=fy, fy_raw=yr, debt_raw="全債権"),
             D.f(f"{r:.2f}", r, "collection_rate", "percent", fy=fy, fy_raw=yr, debt_raw="全債権"),
             D.f(yen_sep(t["w"]), t["w"]*1000, "written_off", "yen", fy=fy, fy_raw=yr, debt_raw="全債権"),
             D.f(yen_sep(t["o"]), t["o"]*1000, "outstanding", "yen", fy=fy, fy_raw=yr, debt_raw="全債権")]
    if fy > YEARS[0]:
        dd = t["o"] - TOT[fy-1]["o"]; pr = round(dd / TOT[fy-1]["o"] * 100, 1)
        cells += [D.f(yen_sep(dd), dd*1000, "difference", "yen", fy=fy, fy_raw=yr, debt_raw="全債権"),
                  D.f(("△" if pr < 0 else "") + f"{abs(pr):.1f}", pr, "change_rate", "percent", fy=fy, fy_raw=yr, debt_raw="全債権")]
    else:
        cells += ["－", "－"]
    rows.append(f"<tr><th>{yr}</th>" + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
avg_r = round(sum(R(TOT[fy]) for fy in YEARS) / 5, 2)
avg_o = round(sum(TOT[fy]["o"] for fy in YEARS) / 5)
rows.append(f"""<tr><th>5年平均</th><td class="n">－</td><td class="n">－</td><td class="n">{D.f(f'{avg_r:.2f}', avg_r, 'average_collection_rate', 'percent', fy_raw='5年平均', debt_raw='全債権')}</td><td class="n">－</td><td class="n">{D.f(yen_sep(avg_o), avg_o*1000, 'average_outstanding', 'yen', fy_raw='5年平均', debt_raw='全債権')}</td><td class="n">－</td><td class="n">－</td></tr>""")
p2.append("""<div class="cap">表１　全債権の収納状況の推移（一般会計及び特別会計の合計）</div>
<table><tr><th>年度</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th><th>不納欠損額（千円）</th><th>収入未済額（千円）</th><th>増減額（千円）</th><th>増減率（％）</th></tr>""" + "".join(rows) + "</table><div class='note'>※増減額・増減率は収入未済額の対前年度比較。5年平均は令和元年度から令和５年度までの単純平均。</div>")
# bar chart (SVG) of outstanding in 百万円 with data labels
bars = []
mx = max(TOT[fy]["o"] for fy in YEARS)
for k, fy in enumerate(YEARS):
    v = round(TOT[fy]["o"] / 1000, 1)
    h = TOT[fy]["o"] / mx * 110
    x = 60 + k * 90
    lab = D.f(f"{v:,.1f}", int(round(v * 10)) * 100000, "outstanding", "yen", fy=fy, fy_raw=reiwa(fy), debt_raw="全債権")
    bars.append(f'<rect x="{x}" y="{140-h}" width="46" height="{h}" fill="#7ea6d8"/><text x="{x+23}" y="{134-h}" font-size="10" text-anchor="middle">{lab}</text><text x="{x+23}" y="156" font-size="10" text-anchor="middle">{reiwa(fy)[:-1]}</text>')
p2.append(f"""<div class="cap">図１　収入未済額の推移（単位：百万円）</div>
<svg width="520" height="165" style="font-family:IPAexGothic"><line x1="40" y1="140" x2="510" y2="140" stroke="#333"/>{''.join(bars)}</svg>
<div class="note">出典：各年度決算書（大府市）</div>""")
pages.append("".join(p2) + "<div class='pn'>- 2 -</div></div>")

# ---- p3 landscape wide table (会計 outer header, debt, 所管課; three-level header)
D.page = 3
fy = 2023; yr = "令和５年度"
hdr = """<table style="font-size:8.3pt"><tr><th rowspan="3">会計</th><th rowspan="3">債権名</th><th rowspan="3">所管課</th><th colspan="11">令和５年度決算</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="5">計</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>不納欠損額</th><th>収入未済額</th></tr>"""
body = []
acct_rows = {}
for d in DEBTS: acct_rows.setdefault(d[0], []).append(d)
for acct, ds in acct_rows.items():
    for j, (a_, name, short, ka, *_ ) in enumerate(ds):
        cells = []
        for seg in ("current", "arrears", "total"):
            x = data[(name, fy, seg)]
            kw = dict(debt=name, debt_raw=short, fy=fy, fy_raw=yr, seg=seg)
            cells += [D.f(yen_sep(x["a"]), x["a"]*1000, "assessed", "yen", **kw),
                      D.f(yen_sep(x["c"]), x["c"]*1000, "collected", "yen", **kw),
                      D.f(f"{R(x):.2f}", R(x), "collection_rate", "percent", **kw)]
            if seg == "total":
                cells += [D.f(yen_sep(x["w"]), x["w"]*1000, "written_off", "yen", **kw),
                          D.f(yen_sep(x["o"]), x["o"]*1000, "outstanding", "yen", **kw)]
        lead = f'<th rowspan="{len(ds)}" style="font-size:7.5pt">{acct.replace("事業特別会計", "事業<br>特別会計").replace("医療特別会計", "医療<br>特別会計")}</th>' if j == 0 else ""
        body.append(f"<tr>{lead}<td>{short}</td><td>{ka}</td>" + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
t = TOT[fy]
cur = {m: sum(data[(d[1], fy, 'current')][m] for d in DEBTS) for m in "acwo"}
arr = {m: sum(data[(d[1], fy, 'arrears')][m] for d in DEBTS) for m in "acwo"}
cells = []
for seg, x in (("current", cur), ("arrears", arr), ("total", t)):
    kw = dict(debt_raw="合計", fy=fy, fy_raw=yr, seg=seg)
    cells += [D.f(yen_sep(x["a"]), x["a"]*1000, "assessed", "yen", **kw), D.f(yen_sep(x["c"]), x["c"]*1000, "collected", "yen", **kw),
              D.f(f"{R(x):.2f}", R(x), "collection_rate", "percent", **kw)]
    if seg == "total":
        cells += [D.f(yen_sep(x["w"]), x["w"]*1000, "written_off", "yen", **kw), D.f(yen_sep(x["o"]), x["o"]*1000, "outstanding", "yen", **kw)]
body.append('<tr style="font-weight:bold"><th colspan="3">合計</th>' + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
pages.append(f"""<div class="page land"><h2>３　会計別・債権別の状況（令和５年度決算）</h2>
<div class="cap" style="text-align:right">単位：千円、％</div>{hdr}{''.join(body)}</table>
<div class="note">（凡例）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料<br>
※収入未済額＝調定額－収入済額－不納欠損額。還付未済額は含まない。</div></div>""")

# ---- p4 目標
D.page = 4
TGT = {}
for acct, name, short, *_ in DEBTS:
    base = R(data[(name, 2023, "current")])
    TGT[name] = [round(base + 0.05 * (k + 1) + (0.03 if base < 97 else 0), 2) for k in range(3)]
tyears = [2025, 2026, 2027]
head = "".join(f"<th>{d[2]}</th>" for d in DEBTS)
def _act(d):
    v = R(data[(d[1], 2023, "current")])
    return D.f(f"{v:.2f}", v, "collection_rate", "percent", debt=d[1], debt_raw=d[2], fy=2023, fy_raw="令和５年度実績", seg="current")
rr = ["<tr><th>令和５年度実績</th>" + "".join(f'<td class="n">{_act(d)}</td>' for d in DEBTS) + "</tr>"]
for k, fy in enumerate(tyears):
    yr = reiwa(fy, True) + "目標"
    rr.append(f"<tr><th>{yr}</th>" + "".join(f'<td class="n">{D.f(f"{TGT[d[1]][k]:.2f}", TGT[d[1]][k], "collection_rate", "percent", debt=d[1], debt_raw=d[2], fy=fy, fy_raw=yr, seg="current", basis="target")}</td>' for d in DEBTS) + "</tr>")
# outstanding targets (metric in row header) beside
o_t = [int(t23["o"] * f / 1000) * 1000 for f in (0.96, 0.93, 0.90)]
left = "<table><tr><th></th>" + "".join(f"<th>{reiwa(fy)}</th>" for fy in tyears) + "</tr><tr><th>収入未済額（千円）</th>" + "".join(
    f'<td class="n">{D.f(yen_sep(v), v*1000, "outstanding", "yen", fy=fy, fy_raw=reiwa(fy), basis="target", debt_raw="全債権")}</td>' for fy, v in zip(tyears, o_t)) + "</tr></table>"
# first plan: targets vs results with 達成率 (years 令和2..5 -> plan years R2-R5), plus footnote
fp = []
for fy in (2020, 2021, 2022, 2023):
    res = R(TOT[fy]); tg = round(res + rnd.choice([-0.12, 0.08, 0.15, -0.05]), 2); ach = round(res / tg * 100, 1)
    yr = ("R" + str(fy - 2018))
    mark = "※1" if fy == 2023 else ""
    fp.append(f"<tr><th>{yr}</th><td class='n'>{D.f(f'{tg:.2f}', tg, 'collection_rate', 'percent', fy=fy, fy_raw=yr, basis='target', debt_raw='全債権')}</td><td class='n'>{D.f(f'{res:.2f}', res, 'collection_rate', 'percent', fy=fy, fy_raw=yr, debt_raw='全債権')}{mark}</td><td class='n'>{D.f(f'{ach:.1f}', ach, 'achievement_rate', 'percent', fy=fy, fy_raw=yr, debt_raw='全債権')}</td></tr>")
arr23 = R(arr)
pages.append(f"""<div class="page"><h2>４　計画の目標</h2>
<p>　第１次計画期間の実績を踏まえ、債権ごとに現年度分の収納率の目標を定めるとともに、全債権の収入未済額について年度ごとの目標額を設定します。</p>
<h3>（１）第１次計画の目標と実績（全債権）</h3>
<table><tr><th>年度</th><th>目標収納率</th><th>実績収納率※2</th><th>達成率</th></tr>{''.join(fp)}</table>
<div class="note">※1 うち滞納繰越分の収納率 {D.f(f'{arr23:.2f}％', arr23, 'collection_rate', 'percent', fy=2023, fy_raw='R5', seg='arrears', debt_raw='全債権')}<br>※2 収納率（％）＝収入済額÷調定額×100。達成率（％）＝実績÷目標×100。</div>
<h3>（２）第２次計画の目標</h3>
<div class="two" style="font-weight:bold"><div style="flex:1.1">ア　収入未済額の目標（全債権）</div><div style="flex:2">イ　現年度分収納率の目標（単位：％）</div></div>
<div class="two"><div style="flex:1.1">{left}<div class="note">※令和５年度末収入未済額 {D.f(yen_sep(t23['o'])+'千円', t23['o']*1000, 'outstanding', 'yen', fy=2023, fy_raw='令和５年度末', debt_raw='全債権')} を基準に毎年度縮減</div></div>
<div style="flex:2"><table><tr><th>区分</th>{head}</tr>{''.join(rr)}</table></div></div>
<h3>（３）目標達成に向けた全庁的な取組</h3>
<ul class="items">""" + "".join(f"<li>{D.i(tx, section='目標達成に向けた全庁的な取組', label=lb)}</li>" for lb, tx in [
    ("ア", "債権管理担当者研修を年２回開催し、督促・催告から滞納処分、債権放棄に至る事務の標準化を図る。"),
    ("イ", "口座振替、スマートフォン決済など納付手段の周知を強化し、期限内納付を推進する。"),
    ("ウ", "債権管理システムにより債権ごとの進捗を四半期ごとに把握し、債権管理対策会議で点検する。")]) + "</ul><div class='pn'>- 4 -</div></div>")

# ---- p5/p6 推進シート
SHEETS = {
    "市税": [("①", "現年度分の滞納者には督促状発送後１か月以内に文書催告を行い、早期の納付を促す。", "継続"),
             ("②", "財産調査を徹底し、預貯金・給与等の差押えを迅速に執行する。", "継続"),
             ("③", "ＱＲコード付き納付書によるスマートフォン決済の利用を拡大する。", "拡充")],
    "国民健康保険税": [("①", "資格取得時に窓口で口座振替の申込みを受け付け、口座振替率の向上を図る。", "継続"),
             ("②", "愛知県滞納整理機構への移管により、高額・困難案件の滞納処分を進める。", "継続"),
             ("③", "短期被保険者証の交付時に納付相談を行い、分割納付の履行管理を徹底する。", "新規")],
    "介護保険料": [("①", "普通徴収の新規滞納者に対し、電話催告を集中的に実施する。", "継続"),
             ("②", "給付制限の周知と併せて、滞納者への納付指導を行う。", "新規")],
    "保育料": [("①", "児童手当からの特別徴収（申出徴収）を勧奨する。", "継続"),
             ("②", "退園者の滞納について、市税と同様に財産調査を行い滞納処分を執行する。", "拡充")],
}
sheet_html = {5: [], 6: []}
for pg, names in ((5, ["市税", "国民健康保険税"]), (6, ["介護保険料", "保育料"])):
    D.page = pg
    for name in names:
        ka = [d for d in DEBTS if d[1] == name][0][3]
        cols = [(2021, "令和３年度", "actual", "決算"), (2022, "令和４年度", "actual", "決算"), (2023, "令和５年度", "actual", "決算"),
                (2024, "令和６年度", "estimate", "見込"), (2025, "令和７年度", "target", "目標"), (2026, "令和８年度", "target", "目標"), (2027, "令和９年度", "target", "目標")]
        est = {seg: round(R(data[(name, 2023, seg)]) + (0.04 if seg == "current" else 0.5), 2) for seg in ("current", "arrears")}
        o24 = int(data[(name, 2023, "total")]["o"] * 0.97)
        tg_arr = [round(est["arrears"] + 0.6 * (k + 1), 2) for k in range(3)]
        otg = [int(o24 * (1 - 0.03 * (k + 1))) for k in range(3)]
        trs = []
        for label, seg, metric in (("収納率（現年度分）（％）", "current", "collection_rate"), ("収納率（滞納繰越分）（％）", "arrears", "collection_rate"), ("収入未済額（千円）", "total", "outstanding")):
            tds = []
            for k, (fy, yr, basis, b) in enumerate(cols):
                kw = dict(debt=name, debt_raw=name, fy=fy, fy_raw=yr, seg=seg, basis=basis)
                if basis == "actual":
                    x = data[(name, fy, seg)]
                    v = R(x) if metric == "collection_rate" else x["o"]
                elif basis == "estimate":
                    v = est[seg] if metric == "collection_rate" else o24
                else:
                    v = (TGT[name][k-4] if seg == "current" else tg_arr[k-4]) if metric == "collection_rate" else otg[k-4]
                if metric == "collection_rate":
                    tds.append(D.f(f"{v:.2f}", v, metric, "percent", **kw))
                else:
                    tds.append(D.f(yen_sep(v), v*1000, metric, "yen", **kw))
            trs.append(f"<tr><th style='text-align:left'>{label}</th>" + "".join(f"<td class='n'>{c}</td>" for c in tds) + "</tr>")
        o23, o22 = data[(name, 2023, "total")]["o"], data[(name, 2022, "total")]["o"]
        dd = o22 - o23
        kw = dict(debt=name, debt_raw=name, fy=2023, fy_raw="令和５年度末")
        kadai = (f"令和５年度末の収入未済額は{D.f(yen_sep(o23)+'千円', o23*1000, 'outstanding', 'yen', **kw)}で、前年度より"
                 f"{D.f(yen_sep(abs(dd))+'千円', -dd*1000, 'difference', 'yen', **kw)}{'減少' if dd > 0 else '増加'}した。"
                 "滞納繰越分の縮減に向け、早期着手と滞納処分の徹底が課題である。")
        items = "".join(f"<div>{lb}　{D.i(tx + '【' + st + '】', debt=name, section='推進シート（' + name + '）', label=lb, status=st)}</div>" for lb, tx, st in SHEETS[name])
        sheet_html[pg].append(f"""<h2>５　債権ごとの取組（{name}）</h2>
<table class="strip"><tr><th>債権名</th><td style="width:150px">{name}</td><th>所管課</th><td style="width:120px">{ka}</td></tr></table>
<table style="font-size:8.5pt"><tr><th>区分</th>""" + "".join(f"<th>{yr}<br>{b}</th>" for fy, yr, basis, b in cols) + "</tr>" + "".join(trs) + f"""</table>
<table style="width:100%"><tr><th style="width:16%">現状と課題</th><td>{kadai}</td></tr>
<tr><th>具体的な取組</th><td>{items}</td></tr></table>""")
for pg in (5, 6):
    pages.append(f"<div class='page'>{''.join(sheet_html[pg])}<div class='pn'>- {pg} -</div></div>")

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = Path("/tmp/pm_work/pm_obu_plan_1.html"); hp.write_text(html, encoding="utf-8")
pdf = HERE / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", hp.as_uri()], check=True, capture_output=True)
sys.exit(1 if D.write(pdf) else 0)
