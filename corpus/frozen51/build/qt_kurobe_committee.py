"""黒部市 債権管理対策会議 資料 (取組個票) — HTML/CSS -> chromium --print-to-pdf. Run from corpus/frozen51."""
import os, random, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qt_common import *

random.seed(5101)
STEM = "qt_kurobe_committee_1"
g = Gold(STEM, "committee_material", "kobetsu", "黒部市", "令和7年度 第1回黒部市債権管理対策会議 資料",
         "2025-07-15", "令和7年7月15日")
YEARS = [2020, 2021, 2022, 2023, 2024]
RY = {y: f"令和{y-2018}年度" for y in YEARS + [2025]}
RY[2020] = "令和2年度"
# debt: (canonical, printed, 所管課, 区分, account, current assessed base, current rate, arrears rate)
DEBTS = [
    ("市税", "市税", "税務課", "強制徴収公債権", "一般", 9380000, 99.32, 27.5),
    ("保育料", "保育料", "こども支援課", "強制徴収公債権", "一般", 96000, 99.05, 21.0),
    ("市営住宅使用料", "市営住宅使用料", "都市計画課", "私債権", "一般", 88000, 97.6, 14.0),
    ("国民健康保険税", "国民健康保険税", "市民課", "強制徴収公債権", "特別", 1020000, 95.8, 24.0),
    ("介護保険料", "介護保険料", "福祉課", "強制徴収公債権", "特別", 1080000, 99.1, 22.0),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "市民課", "強制徴収公債権", "特別", 520000, 99.6, 38.0),
]
D = {}
for name, pr, ka, kubun, acc, base, cr, ar in DEBTS:
    arrears_a = int(base * (1 - cr / 100) * 2.6)
    D[name] = {}
    for k, y in enumerate(YEARS):
        a = int(base * (1 + 0.012 * k) + random.randint(-3000, 3000) * (base // 100000 + 1))
        rr = cr + 0.08 * k + random.uniform(-0.05, 0.05)
        cur = rec(a, int(a * rr / 100), 0)
        aa = arrears_a
        ac = int(aa * (ar + 0.6 * k + random.uniform(-0.4, 0.4)) / 100)
        aw = int(aa * random.uniform(0.05, 0.09))
        arr = rec(aa, ac, aw)
        tot = add(cur, arr)
        D[name][y] = dict(cur=cur, arr=arr, tot=tot)
        arrears_a = tot["o"]
TARGET = {"市税": (99.75, 30.50), "国民健康保険税": (96.30, 27.00), "介護保険料": (99.55, 25.00),
          "市営住宅使用料": (98.20, 18.00)}

CSS = """
@page { size: A4; margin: 12mm 14mm 10mm 14mm; }
body { font-family: 'IPAexGothic'; font-size: 10.5pt; color: #111; margin: 0; }
.page { height: 272mm; position: relative; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.rh { font-size: 8pt; text-align: right; border-bottom: 1px solid #666; padding-bottom: 2px; margin-bottom: 6px; color: #333; }
.ft { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
h1 { font-size: 16pt; text-align: center; margin: 70mm 0 8mm 0; }
h2 { font-size: 12pt; margin: 8px 0 6px 0; border-left: 6px solid #2d5d8a; padding-left: 6px; }
h3 { font-size: 10.5pt; margin: 8px 0 4px 0; }
table { border-collapse: collapse; width: 100%; margin: 2px 0 6px 0; }
td, th { border: 1px solid #444; padding: 3px 3px; font-size: 9pt; }
th { background: #dde6f0; font-weight: normal; }
td.n { text-align: right; }
.unit { text-align: right; font-size: 8pt; margin: 0; }
.strip td { font-size: 9.5pt; padding: 4px; }
.strip th { width: 14%; }
.zebra td, .zebra th { border: none; }
.zebra tr:nth-child(even) td { background: #eef2f6; }
.zebra th { background: #3d6d98; color: #fff; }
.box { border: 1.5px solid #333; padding: 5px 8px; margin: 6px 0; }
.panel { display: inline-block; width: 28%; border: 2px solid #2d5d8a; border-radius: 6px; margin: 0 1.2%; padding: 5px; text-align: center; vertical-align: top; }
.panel .v { font-size: 17pt; font-weight: bold; margin: 3px 0; }
.toc td { border: none; border-bottom: 1px dotted #888; font-size: 11pt; padding: 5px; }
ol.t { margin: 2px 0; padding-left: 0; list-style: none; }
ol.t li { margin: 2px 0 2px 1.2em; text-indent: -1.2em; }
.note { font-size: 8pt; margin: 1px 0; }
"""

pages = []
TITLE = "令和7年度 第1回黒部市債権管理対策会議 資料"


def page(body):
    n = len(pages) + 1
    pages.append(f'<div class="page"><div class="rh">{TITLE}</div>{body}<div class="ft">- {n} -</div></div>')


# ---- p1 cover + 目次
g.page = 1
page(f"""<h1>令和7年度 第1回<br>黒部市債権管理対策会議 資料</h1>
<p style="text-align:center;font-size:12pt">令和7年7月15日（火）<br>黒部市 総務企画部 税務課</p>
<h3 style="margin-top:30mm;text-align:center">目　次</h3>
<table class="toc" style="width:70%;margin:0 auto">
<tr><td>１　令和6年度決算における債権の状況</td><td style="text-align:right">2</td></tr>
<tr><td>２　債権別取組個票（市税）</td><td style="text-align:right">3</td></tr>
<tr><td>３　債権別取組個票（国民健康保険税）</td><td style="text-align:right">5</td></tr>
<tr><td>４　債権別取組個票（介護保険料）</td><td style="text-align:right">6</td></tr>
<tr><td>５　債権別取組個票（市営住宅使用料）</td><td style="text-align:right">7</td></tr>
</table>""")

# ---- p2 summary
g.page = 2
Y = 2024
allc = add(*[D[n][Y]["cur"] for n in D]); alla = add(*[D[n][Y]["arr"] for n in D]); allt = add(allc, alla)
prevt = add(*[D[n][2023]["tot"] for n in D])
dpt = r(allt["r"] - prevt["r"])
o_oku = r(allt["o"] / 100000, 2)  # 千円 -> 億円
dO = allt["o"] - prevt["o"]
panels = f"""<div style="margin:6px 0 10px 0">
<div class="panel">令和6年度 収納率（全体）<div class="v">{g.f(pf(allt['r'])+'％', allt['r'], 'collection_rate', Y, '令和6年度', debt_raw='全体')}</div>前年度比{g.f(('＋' if dpt>=0 else '△')+pf(abs(dpt))+'ポイント', dpt, 'difference', Y, '令和6年度', unit='points', debt_raw='全体')}</div>
<div class="panel">令和6年度 収入未済額<div class="v">{g.f(f'{o_oku:.2f}億円', int(round(o_oku*100000000)), 'outstanding', Y, '令和6年度', debt_raw='全体')}</div>前年度から{g.f(f'約{round(abs(dO)/10):,}万円減少', -round(abs(dO)/10)*10000, 'difference', Y, '令和6年度', approx=True)}</div>
<div class="panel">令和5年度 収納率（全体）<div class="v">{g.f(pf(prevt['r'])+'％', prevt['r'], 'collection_rate', 2023, '令和5年度', debt_raw='全体')}</div>（参考）</div>
</div>"""
assert dO < 0
rows = ""
def srow(label, debt, cur, arr, tot, sub=False):
    global rows
    cells = ""
    for seg, x in (("current", cur), ("arrears", arr), ("total", tot)):
        for m, key in (("assessed", "a"), ("collected", "c")):
            cells += f'<td class="n">{g.f(c(x[key]), x[key]*1000, m, Y, "令和6年度", seg, debt=debt, debt_raw=label)}</td>'
        cells += f'<td class="n">{g.f(pf(x["r"]), x["r"], "collection_rate", Y, "令和6年度", seg, debt=debt, debt_raw=label)}</td>'
    st = ' style="background:#f1f1f1"' if sub else ""
    rows += f"<tr{st}><td>{label}</td>{cells}</tr>"
for sec, acc in (("【一般会計】", "一般"), ("【特別会計】", "特別")):
    rows += f'<tr><td colspan="10" style="background:#fafae8">{sec}</td></tr>'
    names = [d[0] for d in DEBTS if d[4] == acc]
    for n in names:
        srow(n, n, D[n][Y]["cur"], D[n][Y]["arr"], D[n][Y]["tot"])
    srow("小計", None, add(*[D[n][Y]["cur"] for n in names]), add(*[D[n][Y]["arr"] for n in names]),
         add(*[D[n][Y]["tot"] for n in names]), True)
srow("合計", None, allc, alla, allt, True)
page(f"""<h2>１　令和6年度決算における債権の状況</h2>
<p>令和6年度決算における本市の主な債権（6債権）の状況は、次のとおりです。</p>{panels}
<p class="unit">（単位：千円、％）</p>
<table><tr><th rowspan="3">債権名</th><th colspan="9">令和6年度決算</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr>
<tr>{'<th>調定額</th><th>収入済額</th><th>収納率</th>'*3}</tr>{rows}</table>
<p class="note">※ 収納率は収入済額÷調定額により算出しています。金額は千円未満を切り捨てて表示しています。</p>
<p class="note">※ 国民健康保険税、介護保険料及び後期高齢者医療保険料は、それぞれ特別会計に属する債権です。</p>""")

# ---- p3 市税 sheet (1/2)
g.page = 3
n = "市税"
def strip(name, ka, kubun):
    return f"""<table class="strip"><tr><th>債権名</th><td>{name}</td><th>所管課</th><td>{ka}</td><th>債権区分</th><td>{kubun}</td></tr></table>"""
trs = ""
for label, key, m in (("調定額", "a", "assessed"), ("収入済額", "c", "collected"), ("不納欠損額", "w", "written_off"),
                      ("収入未済額", "o", "outstanding"), ("収納率", "r", "collection_rate")):
    tds = ""
    for y in YEARS:
        v = D[n][y]["tot"][key]
        tds += f'<td class="n">{g.f(pf(v) if key=="r" else c(v), v if key=="r" else v*1000, m, y, RY[y], debt=n, debt_raw=n)}</td>'
    dv = D[n][2024]["tot"][key] - D[n][2023]["tot"][key]
    if key == "r":
        dv = r(dv)
        ds = g.f(("△" if dv < 0 else "") + pf(abs(dv)), dv, "difference", 2024, "令和6年度", unit="points", debt=n, debt_raw=n)
    else:
        ds = g.f(c(dv), dv * 1000, "difference", 2024, "令和6年度", debt=n, debt_raw=n)
    if key == "r":
        tg = g.f(pf(TARGET[n][0]), TARGET[n][0], "collection_rate", 2025, "令和7年度", "current", "target", debt=n, debt_raw=n)
    elif key == "o":
        tv = 115000
        tg = g.f(c(tv), tv * 1000, "outstanding", 2025, "令和7年度", "total", "target", debt=n, debt_raw=n)
    else:
        tg = "－"
    trs += f"<tr><th>{label}</th>{tds}<td class='n'>{ds}</td><td class='n'>{tg}</td></tr>"
# chart
bars = ""
vals = [D[n][y]["tot"]["r"] for y in YEARS]
for k, (y, v) in enumerate(zip(YEARS, vals)):
    h = (v - 94) * 28
    x = 40 + k * 90
    bars += f'<rect x="{x}" y="{170-h}" width="46" height="{h}" fill="#5b8fc0"/>'
    bars += f'<text x="{x+23}" y="{165-h}" font-size="11" text-anchor="middle">{g.f(pf(v), v, "collection_rate", y, f"R{y-2018}", debt=n, debt_raw=n)}</text>'
    bars += f'<text x="{x+23}" y="186" font-size="11" text-anchor="middle">R{y-2018}</text>'
chart = f'<svg width="480" height="195" xmlns="http://www.w3.org/2000/svg"><line x1="30" y1="170" x2="470" y2="170" stroke="#333"/>{bars}</svg>'
# district table
AREAS = [("黒部地域", 0.86, 0.0), ("宇奈月地域", 0.14, 0.0)]
cur = D[n][2024]["cur"]
a1 = int(cur["a"] * 0.861); c1 = int(a1 * (cur["r"] + 0.05) / 100)
parts = [("黒部地域", rec(a1, c1)), ("宇奈月地域", rec(cur["a"] - a1, cur["c"] - c1))]
dtr = ""
for ar, x in parts + [("計", cur)]:
    area = None if ar == "計" else ar
    dtr += (f"<tr><td>{ar}</td><td class='n'>{g.f(c(x['a']), x['a']*1000, 'assessed', 2024, '令和6年度', 'current', debt=n, debt_raw=n, area=area)}</td>"
            f"<td class='n'>{g.f(c(x['c']), x['c']*1000, 'collected', 2024, '令和6年度', 'current', debt=n, debt_raw=n, area=area)}</td>"
            f"<td class='n'>{g.f(pf(x['r']), x['r'], 'collection_rate', 2024, '令和6年度', 'current', debt=n, debt_raw=n, area=area)}</td></tr>")
page(f"""<h2>２　債権別取組個票（市税）</h2>{strip('市税', '税務課', '強制徴収公債権')}
<h3>（１）収納状況の推移</h3><p class="unit">（単位：千円、％）</p>
<table><tr><th>区分</th>{''.join(f'<th>{RY[y]}<br>決算</th>' for y in YEARS)}<th>増減<br>（R6－R5）</th><th>令和7年度<br>目標</th></tr>{trs}</table>
<p class="note">※ 現年度分と滞納繰越分の合計。令和7年度目標の収納率は現年度分の目標値です。</p>
<h3>（２）収納率（計）の推移（単位：％）</h3>{chart}
<h3>（３）地域別の状況（令和6年度 現年度分）</h3>
<table style="width:70%"><tr><th>地域</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th></tr>{dtr}</table>
<p class="note">※ 宇奈月地域は宇奈月行政サービスセンターで受け付けた分を含みます。</p>""")

# ---- p4 市税 sheet (2/2)
g.page = 4
t24, t23 = D[n][2024]["tot"], D[n][2023]["tot"]
dd = t23["o"] - t24["o"]
prose = (f"令和6年度末の収入未済額は{g.f(c(t24['o'])+'千円', t24['o']*1000, 'outstanding', 2024, '令和6年度末', debt=n, debt_raw=n)}で、"
         f"前年度より{g.f(c(dd)+'千円減少', -dd*1000, 'difference', 2024, '令和6年度末', debt=n, debt_raw=n)}した。"
         f"滞納繰越分の収納率は{g.f(pf(D[n][2024]['arr']['r'])+'％', D[n][2024]['arr']['r'], 'collection_rate', 2024, '令和6年度末', 'arrears', debt=n, debt_raw=n)}にとどまっており、"
         "高額・困難案件の早期着手と、少額案件の現年度内での解消が課題である。")
init_items = [
    ("①", "納期限後20日以内に督促状を発送し、未納者には翌月中に文書催告を行う。", "継続"),
    ("②", "滞納額100万円以上の案件は担当者を固定し、財産調査から処分までを6か月以内に完了させる。", "継続"),
    ("③", "スマートフォン決済と口座振替の勧奨を、当初納税通知書の送付にあわせて実施する。", "拡充"),
    ("④", "富山県地方税滞納整理機構への移管案件を年間20件程度選定し、共同で滞納整理を進める。", "新規"),
]
lis = ""
for lab, t, st in init_items:
    g.i(t, n, 2025, "令和7年度の取組内容", lab, st, debt_raw=n)
    lis += f"<li>{lab}{t}【{st}】</li>"
cur_t, arr_t = TARGET[n]
ref = (f"<div class='box'>【参考】令和7年度の数値目標<br>・現年度分収納率：{g.f(pf(cur_t)+'％', cur_t, 'collection_rate', 2025, '令和7年度', 'current', 'target', debt=n, debt_raw=n)}"
       f"<br>・滞納繰越分収納率：{g.f(pf(arr_t)+'％', arr_t, 'collection_rate', 2025, '令和7年度', 'arrears', 'target', debt=n, debt_raw=n)}"
       f"<br>・収入未済額：{g.f('115,000千円', 115000000, 'outstanding', 2025, '令和7年度', 'total', 'target', debt=n, debt_raw=n)}以下</div>")
page(f"""<div class="rh" style="border:none;text-align:left;font-weight:bold">２　債権別取組個票（市税）つづき</div>
<h3>（４）現状と課題</h3><table><tr><th style="width:16%">現状と課題</th><td>{prose}</td></tr>
<tr><th>滞納者数</th><td>{g.f(f"{1462:,}人", 1462, 'delinquents', 2024, '令和6年度末', debt=n, debt_raw=n)}（令和6年度末、前年度末 {g.f(f"{1538:,}人", 1538, 'delinquents', 2023, '前年度末', debt=n, debt_raw=n)}）</td></tr>
<tr><th>差押件数</th><td>{g.f('318件', 318, 'seizures', 2024, '令和6年度', unit='cases', debt=n, debt_raw=n)}（うち預貯金 241件）</td></tr></table>
<h3>（５）数値目標</h3>{ref}
<h3>（６）令和7年度の取組内容</h3><ol class="t">{lis}</ol>""")

# ---- p5 国保 sheet: years as rows, rate first
g.page = 5
n = "国民健康保険税"
trs = ""
for y in YEARS:
    x = D[n][y]
    ry = f"令和{y-2018}（{y}）年度"
    trs += f"<tr><td>{ry}</td>"
    for seg, key in (("current", "cur"), ("arrears", "arr")):
        trs += f"<td class='n'>{g.f(pf(x[key]['r']), x[key]['r'], 'collection_rate', y, ry, seg, debt=n, debt_raw='国保税')}</td>"
    for key, m in (("a", "assessed"), ("c", "collected"), ("w", "written_off"), ("o", "outstanding")):
        trs += f"<td class='n'>{g.f(c(x['tot'][key]), x['tot'][key]*1000, m, y, ry, debt=n, debt_raw='国保税')}</td>"
    trs += "</tr>"
items = [("(1)", "国保資格取得時に口座振替の申込みを窓口で受け付け、口座振替率を50％に引き上げる。", "拡充"),
         ("(2)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続"),
         ("(3)", "納税コールセンターによる現年度分未納者への電話催告を、年4回から年6回に増やす。", "新規")]
itr = ""
for lab, t, st in items:
    g.i(t, n, 2025, "令和7年度の取組内容", lab, st, debt_raw="国民健康保険税")
    itr += f"<tr><td style='width:6%;text-align:center'>{lab}</td><td>{t}【{st}】</td></tr>"
cur_t, arr_t = TARGET[n]
page(f"""<h2>３　債権別取組個票（国民健康保険税）</h2>
<table class="strip"><tr><th style="width:auto;text-align:left">債権名　国民健康保険税</th><th style="width:auto;text-align:left">所管課　市民課（保険年金係）</th></tr></table>
<h3>（１）収納状況の推移（国保税）</h3>
<table><tr><th rowspan="2">年度</th><th colspan="2">収納率（％）</th><th colspan="4">現年度分＋滞納繰越分（千円）</th></tr>
<tr><th>現年度分</th><th>滞納繰越分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th></tr>{trs}</table>
<p class="note">※ 国保税＝国民健康保険税（医療給付費分・後期高齢者支援金分・介護納付金分の合計）</p>
<h3>（２）数値目標（令和7（2025）年度）</h3>
<table style="width:60%"><tr><th>現年度分収納率</th><th>滞納繰越分収納率</th></tr>
<tr><td class="n">{g.f(pf(cur_t)+'％', cur_t, 'collection_rate', 2025, '令和7（2025）年度', 'current', 'target', debt=n, debt_raw='国民健康保険税')}</td>
<td class="n">{g.f(pf(arr_t)+'％', arr_t, 'collection_rate', 2025, '令和7（2025）年度', 'arrears', 'target', debt=n, debt_raw='国民健康保険税')}</td></tr></table>
<h3>（３）令和7年度に実施する事項</h3><table>{itr}</table>""")

# ---- p6 介護保険料: two-line cells, zebra
g.page = 6
n = "介護保険料"
trs = ""
for seg, key, lab in (("current", "cur", "現年度分"), ("arrears", "arr", "滞納繰越分"), ("total", "tot", "計")):
    cells = ""
    for k2, m in (("a", "assessed"), ("c", "collected"), ("w", "written_off"), ("o", "outstanding"), ("r", "collection_rate")):
        if key == "cur" and k2 == "w":
            cells += "<td class='n'>－<br>－</td>"; continue
        v6, v5 = D[n][2024][key][k2], D[n][2023][key][k2]
        f6 = pf(v6) if k2 == "r" else c(v6)
        f5 = pf(v5) if k2 == "r" else c(v5)
        s6 = g.f(f6, v6 if k2 == "r" else v6 * 1000, m, 2024, "令和6年度", seg, debt=n, debt_raw="介護料")
        s5 = g.f(f5, v5 if k2 == "r" else v5 * 1000, m, 2023, "令和5年度", seg, debt=n, debt_raw="介護料")
        cells += f"<td class='n'>{s6}<br>{s5}</td>"
    trs += f"<tr><td>{lab}</td>{cells}</tr>"
items = [("ア", "普通徴収の新規対象者に、納付方法と納期の案内を個別に送付する。", "継続"),
         ("イ", "滞納が1年を超えた被保険者には、給付制限の事前通知とあわせて納付相談の機会を設ける。", "継続"),
         ("ウ", "年金からの特別徴収への切替えが遅れる転入者を月次で抽出し、早期に納付書を送付する。", "新規")]
lis = ""
for lab, t, st in items:
    g.i(t, n, 2025, "取組内容", lab, st, debt_raw="介護保険料")
    lis += f"<li>{lab}　{t}<br>【{st}】</li>"
cur_t, arr_t = TARGET[n]
page(f"""<h2>４　債権別取組個票（介護保険料）</h2>{strip('介護保険料', '福祉課', '強制徴収公債権')}
<h3>（１）決算の状況　単位：千円、％</h3>
<table class="zebra"><tr><th>区分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>{trs}</table>
<p class="note">上段：令和6年度、下段：令和5年度</p><p class="note">※ 介護料＝介護保険料（第1号被保険者保険料）</p>
<h3>（２）目標</h3><p>令和7年度は、現年度分収納率{g.f(pf(cur_t)+'％', cur_t, 'collection_rate', 2025, '令和7年度', 'current', 'target', debt=n, debt_raw='介護保険料')}、滞納繰越分収納率{g.f(pf(arr_t)+'％', arr_t, 'collection_rate', 2025, '令和7年度', 'arrears', 'target', debt=n, debt_raw='介護保険料')}を目指す。</p>
<h3>（３）取組内容</h3><ol class="t">{lis}</ol>""")

# ---- p7 市営住宅使用料: 備考 column, schedule, status table
g.page = 7
n = "市営住宅使用料"
trs = ""
for y in (2022, 2023, 2024):
    x = D[n][y]
    bik = g.f(f"うち滞納繰越分 {c(x['arr']['o'])}千円", x['arr']['o'] * 1000, "outstanding", y, RY[y], "arrears", debt=n, debt_raw=n)
    trs += (f"<tr><td>{RY[y]}</td><td class='n'>{g.f(c(x['tot']['a']), x['tot']['a']*1000, 'assessed', y, RY[y], debt=n, debt_raw=n)}</td>"
            f"<td class='n'>{g.f(c(x['tot']['c']), x['tot']['c']*1000, 'collected', y, RY[y], debt=n, debt_raw=n)}</td>"
            f"<td class='n'>{g.f(c(x['tot']['o']), x['tot']['o']*1000, 'outstanding', y, RY[y], debt=n, debt_raw=n)}</td>"
            f"<td class='n'>{g.f(pf(x['tot']['r']), x['tot']['r'], 'collection_rate', y, RY[y], debt=n, debt_raw=n)}</td><td>{bik}</td></tr>")
sched = [("連帯保証人への納付依頼通知の送付", "○", "○", "○", "都市計画課"),
         ("明渡し請求訴訟の提起（滞納6か月以上）", "検討", "実施", "→", "都市計画課・総務課"),
         ("退去者滞納分の債権回収委託", "－", "実施", "→", "都市計画課")]
str_ = ""
for k, (t, a, b, cc, ka) in enumerate(sched, 1):
    g.i(t, n, 2025, "取組スケジュール", f"{k}", None, debt_raw=n)
    str_ += f"<tr><td>{k}</td><td>{t}</td><td style='text-align:center'>{a}</td><td style='text-align:center'>{b}</td><td style='text-align:center'>{cc}</td><td>{ka}</td></tr>"
status = [("入居時説明会で口座振替の申込みを受け付けた", "◎"), ("3か月滞納者への臨戸訪問を実施した", "○"),
          ("退去者の所在調査を実施した", "△")]
stt = ""
for t, m in status:
    g.i(t, n, 2024, "令和6年度取組の実施状況", None, None, debt_raw=n)
    stt += f"<tr><td>{t}</td><td style='text-align:center'>{m}</td></tr>"
page(f"""<h2>５　債権別取組個票（市営住宅使用料）</h2>{strip('市営住宅使用料', '都市計画課', '私債権')}
<h3>（１）収納状況　（金額：千円、収納率：％）</h3>
<table><tr><th>年度</th><th>調定額</th><th>収入済額</th><th>収入未済額</th><th>収納率</th><th>備考</th></tr>{trs}</table>
<p class="note">※ 調定額・収入済額・収入未済額は現年度分と滞納繰越分の合計。令和6年度の不納欠損額は {g.f(c(D[n][2024]['tot']['w'])+'千円', D[n][2024]['tot']['w']*1000, 'written_off', 2024, '令和6年度', debt=n, debt_raw=n)}。</p>
<h3>（２）取組スケジュール</h3>
<table><tr><th>No.</th><th>取組項目</th><th>令和7年度</th><th>令和8年度</th><th>令和9年度</th><th>担当課</th></tr>{str_}</table>
<h3>（３）令和6年度取組の実施状況</h3>
<table style="width:80%"><tr><th>取組</th><th></th></tr>{stt}</table>
<p class="note">◎：達成　○：概ね達成　△：一部未実施</p>""")

html = f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = os.path.join(WORK, STEM + ".html")
open(hp, "w", encoding="utf-8").write(html)
out = os.path.join(SET, "pdf", STEM + ".pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", hp], check=True, capture_output=True)
g.save()
