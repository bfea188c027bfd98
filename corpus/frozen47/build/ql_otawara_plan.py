"""ql_otawara_plan_1: 第２次大田原市債権管理計画 (令和7～9年度). HTML/CSS -> chromium.
Run from corpus/frozen47:  python3 build/ql_otawara_plan.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ql_common import ROOT, WORK, Gold, c, check, chromium, rate

STEM = "ql_otawara_plan_1"
g = Gold(STEM, "plan", "plan", "大田原市", "第２次大田原市債権管理計画", "2025-03-01", "令和7年3月")

# 会計, debt, abbr, dept, assessed(千円), collected, written_off   (令和5年度決算, 現年+滞繰)
T1 = [
    ("一般会計", "市税", "市税", "収税課", 10_386_412, 9_826_434, 28_466),
    ("一般会計", "保育料", "保育料", "保育課", 186_204, 181_377, 914),
    ("一般会計", "市営住宅使用料", "住宅使用料", "建築住宅課", 98_716, 86_095, 1_233),
    ("一般会計", "生活保護費返還金", "生保返還金", "社会福祉課", 64_318, 12_947, 3_804),
    ("国民健康保険特別会計", "国民健康保険税", "国保税", "収税課", 2_317_645, 1_878_201, 39_612),
    ("介護保険特別会計", "介護保険料", "介護料", "高齢者幸福課", 1_216_853, 1_193_470, 5_140),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢", "保険年金課", 842_117, 836_305, 418),
    ("水道事業会計", "水道料金", "水道料金", "水道課", 1_604_380, 1_577_826, 2_207),
]
DATA = []
for kk, debt, ab, dept, a, col, wo in T1:
    DATA.append(dict(kaikei=kk, debt=debt, ab=ab, dept=dept, a=a, col=col, wo=wo, r=rate(col, a, 2), o=a - col - wo))
TOT = dict(a=sum(d["a"] for d in DATA), col=sum(d["col"] for d in DATA), wo=sum(d["wo"] for d in DATA))
TOT["r"] = rate(TOT["col"], TOT["a"], 2)
TOT["o"] = TOT["a"] - TOT["col"] - TOT["wo"]
PREV_O = TOT["o"] + 96_214  # 令和4年度末
PREV_R = round(TOT["r"] - 0.41, 2)

CSS = """
@page { size: A4; margin: 16mm 16mm 16mm 16mm; }
@page land { size: A4 landscape; margin: 12mm 14mm; }
body { font-family: 'IPAexMincho', serif; font-size: 10pt; line-height: 1.55; margin: 0; }
.pg { page-break-after: always; position: relative; }
.land { page: land; }
h1 { font-family: 'IPAexGothic'; font-size: 13pt; margin: 4px 0 8px; }
h2 { font-family: 'IPAexGothic'; font-size: 11pt; margin: 10px 0 4px; }
h3 { font-family: 'IPAexGothic'; font-size: 10pt; margin: 8px 0 2px; }
table { border-collapse: collapse; font-size: 8.5pt; }
td, th { border: 0.6pt solid #000; padding: 2px 4px; }
th { background: #e4e4e4; font-weight: normal; font-family: 'IPAexGothic'; }
td.n { text-align: right; }
.hr td, .hr th { border: none; background: none; }
.hr thead tr:first-child th { border-top: 1.2pt solid #000; }
.hr thead tr:last-child th { border-bottom: 0.8pt solid #000; }
.hr tbody tr:last-child td { border-bottom: 1.2pt solid #000; }
.cover { text-align: center; padding-top: 60mm; height: 170mm; }
.cover .t { font-family: 'IPAexGothic'; font-size: 24pt; }
.toc td { border: none; padding: 3px 6px; font-size: 10pt; }
.box { border: 1pt solid #000; padding: 6px 10px; margin: 6px 0; }
.cap { font-family: 'IPAexGothic'; font-size: 9pt; margin: 6px 0 2px; }
.src { font-size: 8pt; margin: 2px 0 6px; }
.two { display: flex; gap: 14px; }
.two > div { flex: 1; }
.note { font-size: 8pt; }
.foot { text-align: center; font-size: 8pt; margin-top: 8px; }
p { margin: 3px 0; text-indent: 1em; }
.ind1 { margin-left: 1em; } .ind2 { margin-left: 2em; } .ind3 { margin-left: 3em; }
"""
H = []
add = H.append

# ---------- p1 cover ----------
add('<div class="pg cover"><div class="t">第２次大田原市債権管理計画</div><div style="font-size:14pt;margin-top:14px">'
    '令和７（2025）年度～令和９（2027）年度</div><div style="margin-top:80mm;font-size:14pt">令和７年３月<br>大　田　原　市</div></div>')

# ---------- p2 目次 + 第1章 ----------
P = 2
o_oku = round(TOT["o"] / 100_000) * 100_000  # 千円 -> nearest 1億円? use 万円 rounding below
o_man = round(TOT["o"] / 10) * 10  # 千円 rounded to 万円
d_man = round((PREV_O - TOT["o"]) / 10) * 10


def okuman(sen):
    """千円 value rounded to 万円 -> 約X億Y万円"""
    man = sen // 10
    oku, rest = divmod(man, 10_000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")


s_o = f"約{okuman(o_man)}"
s_d = f"約{okuman(d_man)}"
g.f(P, None, None, 2023, "令和５年度", "total", "outstanding", "actual", o_man * 1000, "yen", s_o, approx=True)
g.f(P, None, None, 2023, "令和５年度", "total", "difference", "actual", -d_man * 1000, "yen", s_d, approx=True)
s_r = f"{TOT['r']:.2f}％"
s_p = f"{TOT['r'] - PREV_R:.2f}ポイント"
g.f(P, None, None, 2023, "令和５年度", "total", "collection_rate", "actual", TOT["r"], "percent", s_r)
g.f(P, None, None, 2023, "令和５年度", "total", "difference", "actual", round(TOT["r"] - PREV_R, 2), "points", s_p)
g.f(P, None, None, 2022, "令和４年度", "total", "collection_rate", "actual", PREV_R, "percent", f"{PREV_R:.2f}％")
add(f'''<div class="pg"><h1 style="text-align:center">目　　次</h1>
<table class="toc" style="margin:0 auto 14px">
<tr><td>第１章　計画の概要</td><td>……………………………………</td><td>２</td></tr>
<tr><td>第２章　債権の現状</td><td>……………………………………</td><td>３</td></tr>
<tr><td>第３章　数値目標</td><td>……………………………………</td><td>４</td></tr>
<tr><td>第４章　債権ごとの推進シート</td><td>……………………………………</td><td>６</td></tr>
</table>
<h1>第１章　計画の概要</h1>
<h2>１　計画策定の趣旨</h2>
<p>本市は、平成29（2017）年度に大田原市債権管理条例を施行し、令和二年度までを期間とする第１次計画に基づき、債権の適正な管理と収入未済額の縮減に全庁で取り組んできました。第１次計画の期間を延長して取組を継続した結果、一定の成果が見られた一方で、新型コロナウイルス感染症の影響を受けた3年度以降、分納や徴収猶予の案件が増え、滞納繰越分の整理に時間を要しています。</p>
<p>こうした状況を踏まえ、市民負担の公平性を確保し、安定した財源を確保するため、第２次大田原市債権管理計画を策定します。</p>
<h2>２　計画の期間</h2>
<p>本計画の期間は、令和７（2025）年度から令和９（2027）年度までの３か年とします。社会経済情勢の変化や法令の改正などがあった場合は、必要に応じて見直しを行います。</p>
<h2>３　対象とする債権</h2>
<p>令和５（2023）年度決算において収入未済額が生じている債権のうち、主要な８債権を対象とします（第２章　表１）。</p>
<h2>４　これまでの成果</h2>
<p>令和５年度決算における対象債権全体の収入未済額は{s_o}で、前年度から{s_d}減少しました。全体の収納率は{s_r}となり、令和４年度の{PREV_R:.2f}％から{s_p}上昇しています。</p>
<p>しかし、国民健康保険税と生活保護費返還金は収入未済額が依然として大きく、対象債権全体の収入未済額の過半を市税と国民健康保険税が占めていることから、引き続き重点的な対応が必要です。</p>
<h2>５　計画の推進体制</h2>
<p>副市長を委員長とする大田原市債権管理推進委員会において、毎年度、数値目標の達成状況と取組の進捗を確認し、その結果を公表します。</p>
<div class="foot">－ ２ －</div></div>''')

# ---------- p3 第2章 table1 + table2 ----------
P = 3
rows_html = []
groups = {}
for d in DATA:
    groups.setdefault(d["kaikei"], []).append(d)
for kk, ds in groups.items():
    for j, d in enumerate(ds):
        cells = ""
        if j == 0:
            cells += f'<td rowspan="{len(ds)}" style="font-size:7.5pt">{kk}</td>'
        vals = [c(d["a"]), c(d["col"]), f"{d['r']:.2f}", c(d["wo"]), c(d["o"])]
        for met, v, s in zip(["assessed", "collected", "collection_rate", "written_off", "outstanding"],
                             [d["a"], d["col"], d["r"], d["wo"], d["o"]], vals):
            if met == "collection_rate":
                g.f(P, d["debt"], d["ab"], 2023, "令和５年度", "total", met, "actual", v, "percent", s)
            else:
                g.f(P, d["debt"], d["ab"], 2023, "令和５年度", "total", met, "actual", v * 1000, "yen", s)
        cells += f'<td>{d["ab"]}</td><td>{d["dept"]}</td>' + "".join(f'<td class="n">{v}</td>' for v in vals)
        rows_html.append(f"<tr>{cells}</tr>")
tv = [c(TOT["a"]), c(TOT["col"]), f"{TOT['r']:.2f}", c(TOT["wo"]), c(TOT["o"])]
for met, v, s in zip(["assessed", "collected", "collection_rate", "written_off", "outstanding"],
                     [TOT["a"], TOT["col"], TOT["r"], TOT["wo"], TOT["o"]], tv):
    g.f(P, None, "合計", 2023, "令和５年度", "total", met, "actual", v if met == "collection_rate" else v * 1000,
        "percent" if met == "collection_rate" else "yen", s)
rows_html.append('<tr><th colspan="3">合　計</th>' + "".join(f'<td class="n"><b>{v}</b></td>' for v in tv) + "</tr>")

# table2: 市税 years as rows, descending, 百万円
T2 = [(2023, "令和５年度", 10_386.4, 9_826.4), (2022, "令和４年度", 10_241.7, 9_672.0), (2021, "令和３年度", 10_105.2, 9_520.1),
      (2020, "令和２年度", 10_318.6, 9_689.2), (2019, "令和元年度", 10_226.9, 9_578.5), (2018, "平成30年度", 10_157.3, 9_476.8)]
t2rows = []
for fy, fyr, a, col in T2:
    r = rate(col, a, 2)
    label = f"{fyr}（{fy}）" if fy in (2023, 2019) else fyr
    g.f(P, "市税", "市税", fy, fyr, "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")
    g.f(P, "市税", "市税", fy, fyr, "total", "assessed", "actual", a * 1_000_000, "yen", f"{a:,.1f}")
    g.f(P, "市税", "市税", fy, fyr, "total", "collected", "actual", col * 1_000_000, "yen", f"{col:,.1f}")
    t2rows.append(f'<tr><td>{label}</td><td class="n">{r:.2f}</td><td class="n">{a:,.1f}</td><td class="n">{col:,.1f}</td></tr>')
add(f'''<div class="pg"><h1>第２章　債権の現状</h1>
<div class="cap">表１　対象債権の収納状況（令和５年度決算・現年度分と滞納繰越分の合計）</div>
<table style="width:100%"><thead><tr><th>会計</th><th>債権名</th><th>所管課</th><th>調定額（千円）</th><th>収入済額（千円）</th>
<th>収納率（％）</th><th>不納欠損額（千円）</th><th>収入未済額（千円）</th></tr></thead><tbody>{"".join(rows_html)}</tbody></table>
<div class="note">（凡例）国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、住宅使用料：市営住宅使用料、生保返還金：生活保護費返還金</div>
<div class="cap" style="margin-top:14px">表２　市税の収納状況の推移（現年度分＋滞納繰越分）</div>
<table class="hr" style="width:75%"><thead><tr><th>年度</th><th>収納率（％）</th><th>調定額（百万円）</th><th>収入済額（百万円）</th></tr></thead>
<tbody>{"".join(t2rows)}</tbody></table>
<p style="margin-top:8px">市税の収納率は、令和２年度に徴収猶予の特例の影響で一時的に伸びが鈍化したものの、その後は着実に改善しています。</p>
<div class="foot">－ ３ －</div></div>''')

# ---------- p4-5 landscape 数値目標 ----------
# per debt: (cur rate, arr rate, outstanding 百万円) for R5 actual, R6 estimate, R7..R9 target
TG = {
    "市税": [(99.21, 27.84), (99.25, 28.5), (99.30, 29.0), (99.35, 30.0), (99.40, 31.0)],
    "保育料": [(98.92, 24.10), (98.95, 25.0), (99.00, 26.0), (99.05, 27.0), (99.10, 28.0)],
    "市営住宅使用料": [(96.47, 15.62), (96.60, 16.0), (96.80, 17.0), (97.00, 18.0), (97.20, 19.0)],
    "生活保護費返還金": [(58.30, 5.12), (59.00, 5.5), (60.00, 6.0), (61.00, 6.5), (62.00, 7.0)],
    "国民健康保険税": [(94.18, 23.06), (94.40, 23.5), (94.70, 24.5), (95.00, 25.5), (95.30, 26.5)],
    "介護保険料": [(99.12, 20.41), (99.15, 21.0), (99.20, 22.0), (99.25, 23.0), (99.30, 24.0)],
    "後期高齢者医療保険料": [(99.64, 41.20), (99.65, 42.0), (99.68, 43.0), (99.70, 44.0), (99.72, 45.0)],
    "水道料金": [(99.08, 62.35), (99.10, 63.0), (99.15, 64.0), (99.20, 65.0), (99.25, 66.0)],
}
# outstanding path: R5 actual from table1; later years decline factors
FACT = {"市税": [1, .95, .9, .86, .82], "保育料": [1, .96, .92, .88, .84], "市営住宅使用料": [1, .97, .94, .91, .88],
        "生活保護費返還金": [1, .99, .98, .97, .96], "国民健康保険税": [1, .94, .89, .85, .81],
        "介護保険料": [1, .96, .92, .88, .85], "後期高齢者医療保険料": [1, .95, .9, .85, .8], "水道料金": [1, .97, .94, .91, .88]}
YRS = [(2023, "令和５年度", "実績", "actual"), (2024, "令和６年度", "見込", "estimate"), (2025, "令和７年度", "目標", "target"),
       (2026, "令和８年度", "目標", "target"), (2027, "令和９年度", "目標", "target")]
OUTM = {}
for d in DATA:
    base = d["o"] / 1000  # 百万円
    OUTM[d["debt"]] = [round(base * f, 1) for f in FACT[d["debt"]]]
OUTM["__total"] = [round(sum(OUTM[d["debt"]][k] for d in DATA), 1) for k in range(5)]


def land_page(P, yidx, cont):
    head1 = "".join(f'<th colspan="3">{YRS[k][1]}（{YRS[k][2]}）</th>' for k in yidx)
    head2 = "".join('<th>現年度分収納率</th><th>滞納繰越分収納率</th><th>収入未済額</th>' for _ in yidx)
    body = []
    for d in DATA:
        cells = f'<td>{d["ab"]}</td>'
        for k in yidx:
            fy, fyr, bl, basis = YRS[k]
            cr, ar = TG[d["debt"]][k]
            om = OUTM[d["debt"]][k]
            s1, s2, s3 = f"{cr:.2f}", f"{ar:.2f}" if k == 0 else f"{ar:.1f}", f"{om:,.1f}"
            g.f(P, d["debt"], d["ab"], fy, fyr, "current", "collection_rate", basis, cr, "percent", s1)
            g.f(P, d["debt"], d["ab"], fy, fyr, "arrears", "collection_rate", basis, ar, "percent", s2)
            g.f(P, d["debt"], d["ab"], fy, fyr, "total", "outstanding", basis, round(om * 1_000_000), "yen", s3)
            cells += f'<td class="n">{s1}</td><td class="n">{s2}</td><td class="n">{s3}</td>'
        body.append(f"<tr>{cells}</tr>")
    cells = '<th>合計</th>'
    for k in yidx:
        fy, fyr, bl, basis = YRS[k]
        om = OUTM["__total"][k]
        g.f(P, None, "合計", fy, fyr, "total", "outstanding", basis, round(om * 1_000_000), "yen", f"{om:,.1f}")
        cells += f'<td class="n">－</td><td class="n">－</td><td class="n"><b>{om:,.1f}</b></td>'
    body.append(f"<tr>{cells}</tr>")
    title = "第３章　数値目標" if not cont else "第３章　数値目標（続き）"
    intro = ('<p>各債権の所管課は、令和５年度の実績と令和６年度の見込を基に、計画期間の各年度における現年度分・滞納繰越分の収納率及び'
             '収入未済額の目標を次のとおり定めます。</p>') if not cont else ""
    return (f'<div class="pg land"><h1>{title}</h1>{intro}<div class="cap">表３　債権別の数値目標'
            f'{"（つづき）" if cont else ""}　（収納率：％、収入未済額：百万円）</div>'
            f'<table style="width:100%"><thead><tr><th rowspan="2">債権名</th>{head1}</tr><tr>{head2}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>'
            f'<div class="note">※収入未済額は各年度末の見込額又は目標額（百万円未満四捨五入）。'
            f'{"令和８年度及び令和９年度は次ページに掲載。" if not cont else ""}</div>'
            f'<div class="foot">－ {"４" if not cont else "５"} －</div></div>')


add(land_page(4, [0, 1, 2], False))
add(land_page(5, [3, 4], True))

# ---------- p6-7 推進シート ----------
SHEETS = {
    "市税": dict(page=6, no="（１）", dept="収税課", hist=[(2021, "令和３年度", 612_480), (2022, "令和４年度", 568_315),
                                                       (2023, "令和５年度", None)],
               peak=(2017, "平成29年度（2017年度）", 703_900),
               items=[("（１）", "早期着手の徹底", [
                   ("ア", "納期限後20日以内の督促状発送と、督促後１か月以内の文書催告を徹底する。", "継続"),
                   ("イ", "新規滞納者には電話・SMSによる早期の納付勧奨を行う。", "拡充")]),
                      ("（２）", "滞納処分の強化", [
                   ("ア", "財産調査を早期に行い、次の区分に応じて処分を進める。", "継続")]),
                      ("", "", [("(ｱ)", "預貯金・給与等の換価が容易な財産は速やかに差し押さえる。", "継続"),
                                ("(ｲ)", "不動産は参加差押えを含め、公売を視野に入れて処分を進める。", "新規")]),
                      ("（３）", "納付環境の整備", [
                   ("ア", "地方税統一QRコードを活用したスマートフォン決済の周知を図る。", "拡充")])]),
    "国民健康保険税": dict(page=7, no="（２）", dept="収税課・保険年金課",
                    hist=[(2021, "令和３年度", 498_116), (2022, "令和４年度", 421_940), (2023, "令和５年度", None)],
                    peak=(2017, "平成29年度（2017年度）", 591_200),
                    items=[("（１）", "現年度分の確保", [
                        ("ア", "資格取得時に口座振替の申込みを必ず案内する。", "継続"),
                        ("イ", "納税通知書発送時に納付方法の案内を同封する。", "継続")]),
                           ("（２）", "滞納繰越分の整理", [
                        ("ア", "市税と一体で財産調査を行い、滞納処分を実施する。", "継続"),
                        ("イ", "納付資力がない世帯は執行停止を適正に判断し、整理を進める。", "新規")])]),
}
for debt, S in SHEETS.items():
    P = S["page"]
    d = next(x for x in DATA if x["debt"] == debt)
    k5 = TG[debt][0]
    k9 = TG[debt][4]
    om9 = OUTM[debt][4]
    # left block (決算) / right block (目標) side by side
    L = [("調定額", "assessed", d["a"]), ("収入済額", "collected", d["col"]), ("収納率", "collection_rate", d["r"]),
         ("収入未済額", "outstanding", d["o"])]
    lrows = ""
    for lab, met, v in L:
        if met == "collection_rate":
            s = f"{v:.2f}％"
            g.f(P, debt, debt, 2023, "令和５年度", "total", met, "actual", v, "percent", s)
        else:
            s = f"{c(v)}千円"
            g.f(P, debt, debt, 2023, "令和５年度", "total", met, "actual", v * 1000, "yen", s)
        lrows += f'<tr><th>{lab}</th><td class="n">{s}</td></tr>'
    s1, s2, s3 = f"{k9[0]:.2f}％", f"{k9[1]:.1f}％", f"{om9:,.1f}百万円"
    g.f(P, debt, debt, 2027, "令和９年度", "current", "collection_rate", "target", k9[0], "percent", s1)
    g.f(P, debt, debt, 2027, "令和９年度", "arrears", "collection_rate", "target", k9[1], "percent", s2)
    g.f(P, debt, debt, 2027, "令和９年度", "total", "outstanding", "target", round(om9 * 1_000_000), "yen", s3)
    rrows = (f'<tr><th>現年度分収納率</th><td class="n">{s1}</td></tr><tr><th>滞納繰越分収納率</th><td class="n">{s2}</td></tr>'
             f'<tr><th>収入未済額</th><td class="n">{s3}</td></tr>')
    # boxed table with ratio column
    hist = S["hist"]
    hist[2] = (2023, "令和５年度", d["o"])
    hr = ""
    prev = None
    for fy, fyr, v in hist:
        s = c(v)
        g.f(P, debt, debt, fy, fyr, "total", "outstanding", "actual", v * 1000, "yen", s)
        if prev:
            ratio = round(v / prev * 100, 1)
            rs = f"{ratio:.1f}％"
            g.f(P, debt, debt, fy, fyr, "total", "ratio_prev_year", "actual", ratio, "percent", rs)
        else:
            rs = "－"
        hr += f'<tr><td>{fyr}</td><td class="n">{s}</td><td class="n">{rs}</td></tr>'
        prev = v
    # prose with 億円 / 万円
    oku = f"{d['o'] / 100_000:.1f}億円"
    g.f(P, debt, debt, 2023, "令和５年度末", "total", "outstanding", "actual", round(d["o"] / 100_000, 1) * 100_000_000, "yen",
        f"約{oku}", approx=True)
    pk_fy, pk_raw, pk_v = S["peak"]
    red_man = round((pk_v - d["o"]) / 10) * 10
    s_red = f"約{okuman(red_man)}"
    g.f(P, debt, debt, pk_fy, pk_raw, "total", "outstanding", "actual", pk_v * 1000, "yen", f"{okuman(pk_v // 10 * 10)}")
    g.f(P, debt, debt, 2023, "令和５年度", "total", "difference", "actual", -red_man * 1000, "yen", s_red, approx=True)
    items_html = ""
    for lab1, title, its in S["items"]:
        if lab1:
            items_html += f'<div class="ind1">{lab1}　{title}</div>'
        for lab2, text, st in its:
            cls = "ind3" if lab2.startswith("(") else "ind2"
            items_html += f'<div class="{cls}">{lab2}　{text}【{st}】</div>'
            full = (lab1 + lab2) if not lab2.startswith("(") else ("（２）ア" + lab2)
            g.i(P, debt, 2025, "具体的な取組", full, text, st)
    add(f'''<div class="pg"><h1>第４章　債権ごとの推進シート</h1>
<h2>{S["no"]}債権ごとの取組（{debt}）</h2>
<div class="box">所管課：{S["dept"]}　　　債権区分：強制徴収公債権</div>
<div class="two"><div><h3>令和５年度決算</h3><table style="width:100%">{lrows}</table></div>
<div><h3>令和９年度目標</h3><table style="width:100%">{rrows}</table></div></div>
<h3>１　現状と課題</h3>
<p>令和５年度末の収入未済額は約{oku}で、ピークであった{pk_raw}の{okuman(pk_v // 10 * 10)}から{s_red}縮減しました。3年度以降は分納案件の管理に多くの事務量を要しており、少額滞納の早期解消が課題です。</p>
<div class="cap">収入未済額の推移（単位：千円）</div>
<div class="box" style="padding:4px"><table style="width:100%"><tr><th>年度</th><th>収入未済額</th><th>前年度比</th></tr>{hr}</table></div>
<div class="src">出典：大田原市歳入歳出決算書（各年度）</div>
<h3>２　具体的な取組</h3>
{items_html}
<div class="foot">－ {"６" if P == 6 else "７"} －</div></div>''')

html = f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(H)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = ROOT / "pdf" / f"{STEM}.pdf"
chromium(hp, pdf)
gp = g.write(pdf)
sys.exit(0 if check(pdf, gp) else 1)
