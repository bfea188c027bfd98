"""na_kesennuma_plan_1: 気仙沼市債権管理計画（令和７年度～令和９年度） — HTML/CSS -> chromium --print-to-pdf.
Run from corpus/dev52:  python3 build/na_kesennuma_plan.py"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from na_common import HERE, Gold, check, comma, f2, pct, tri, zen  # noqa: E402

STEM = "na_kesennuma_plan_1"
WORK = Path("/tmp/na_work/a")
WORK.mkdir(parents=True, exist_ok=True)
G = Gold(STEM, "plan", "keikaku", "気仙沼市", "気仙沼市債権管理計画（令和７年度～令和９年度）",
         "2025-03-01", "令和７年３月")

# ---------------------------------------------------------------- data
YEARS = [2019, 2020, 2021, 2022, 2023]
# debt key -> (printed name, canonical debt, section)
D = {
    "tax": ("市税", "市税", "一般会計"),
    "hoiku": ("保育所保育料", "保育料", "一般会計"),
    "jutaku": ("市営住宅使用料", "市営住宅使用料", "一般会計"),
    "saigai": ("災害援護資金貸付金", "災害援護資金貸付金", "一般会計"),
    "kokuho": ("国民健康保険税", "国民健康保険料", "特別会計"),
    "kaigo": ("介護保険料", "介護保険料", "特別会計"),
    "kouki": ("後期高齢者医療保険料", "後期高齢者医療保険料", "特別会計"),
    "suido": ("水道料金", "水道料金", "企業会計"),
    "gesui": ("下水道使用料", "下水道使用料", "企業会計"),
}
SECTIONS = ["一般会計", "特別会計", "企業会計"]
# 収入未済額 in units of 0.1 百万円 (100,000円), 令和元年度..令和5年度
OUT = {
    "tax": [5123, 4987, 4712, 4558, 4306], "hoiku": [124, 118, 109, 97, 88],
    "jutaku": [386, 412, 449, 463, 471], "saigai": [2154, 2368, 2513, 2627, 2705],
    "kokuho": [3562, 3415, 3228, 3051, 2894], "kaigo": [284, 271, 259, 246, 232],
    "kouki": [68, 65, 61, 58, 53], "suido": [883, 846, 812, 789, 754], "gesui": [645, 620, 597, 578, 561],
}
OUT_OLD = {2017: 14523, 2018: 13986}  # totals for the chart only (H29, H30)
TOT = [sum(OUT[k][i] for k in D) for i in range(5)]

# 決算・決算見込・目標 in 千円 for the five main debts (p6): per year (A_cur, C_cur, A_arr, C_arr)
# R5 actual arrears collections are derived so that 未済 matches table 1 (written off as given)
WO5 = {"tax": 14206, "kokuho": 21873, "kaigo": 3102, "kouki": 1450, "hoiku": 804}
CUR5 = {"tax": (6215432, 98.60), "kokuho": (1384215, 93.12), "kaigo": (1032480, 99.05),
        "kouki": (512364, 99.38), "hoiku": (98415, 97.46)}
OFF5 = {"tax": -19, "kokuho": 23, "kaigo": -8, "kouki": 11, "hoiku": 4}   # 千円 offset inside rounding
OFF4 = {"tax": 12, "kokuho": -31, "kaigo": 17, "kouki": -6, "hoiku": 9}
MAIN = ["tax", "kokuho", "kaigo", "kouki", "hoiku"]
P6 = {}
for k in MAIN:
    ac, r = CUR5[k]
    cc = round(ac * r / 100)
    aa = OUT[k][3] * 100 + OFF4[k]
    o5 = OUT[k][4] * 100 + OFF5[k]
    ca = aa - WO5[k] - (o5 - (ac - cc))
    P6[(k, 2023)] = (ac, cc, aa, ca)
# estimates (2024) and targets (2025): assessed and rates chosen, collections from rates
EST = {"tax": (6248000, 98.70, 420500, 22.50), "kokuho": (1352000, 93.40, 287600, 29.50),
       "kaigo": (1041000, 99.10, 22600, 33.50), "kouki": (523000, 99.40, 5200, 38.50),
       "hoiku": (91200, 97.60, 8700, 26.00)}
TGT = {"tax": (6260000, 98.80, 405000, 24.00), "kokuho": (1330000, 93.60, 271000, 30.00),
       "kaigo": (1050000, 99.15, 21900, 34.00), "kouki": (530000, 99.45, 5100, 39.00),
       "hoiku": (88000, 97.80, 8200, 28.00)}
for fy, src in ((2024, EST), (2025, TGT)):
    for k in MAIN:
        ac, rc, aa, ra = src[k]
        P6[(k, fy)] = (ac, round(ac * rc / 100), aa, round(aa * ra / 100))


def rates(k, fy):
    ac, cc, aa, ca = P6[(k, fy)]
    return pct(cc, ac), pct(ca, aa), pct(cc + ca, ac + aa)


# table 2: total collection rates 令和元..令和5 (R5 from P6, R4 市税 = R5 - 0.30)
T2 = {"tax": [91.84, 92.27, 92.65, None, None], "kokuho": [78.35, 79.62, 80.88, 81.20, None],
      "kaigo": [96.92, 97.05, 97.21, 97.38, None], "kouki": [98.31, 98.42, 98.55, 98.63, None],
      "hoiku": [89.15, 89.88, 90.37, 90.72, None]}
for k in MAIN:
    T2[k][4] = rates(k, 2023)[2]
T2["tax"][3] = round(T2["tax"][4] - 0.30, 2)

# 第1次計画の検証 (現年度分): (R4 target, R4 actual, R5 target, R5 actual)
VER = {"tax": (98.50, 98.52, 98.70, None), "kokuho": (92.80, 92.61, 93.00, None),
       "kaigo": (98.80, 98.86, 98.90, None), "kouki": (99.30, 99.34, 99.35, None),
       "hoiku": (97.50, 97.21, 97.50, None), "jutaku": (96.00, 95.42, 96.20, 95.87),
       "suido": (99.00, 99.08, 99.10, 99.15), "gesui": (98.90, 98.97, 99.00, 99.04)}
for k in MAIN:
    VER[k] = VER[k][:3] + (rates(k, 2023)[0],)
# 目標 R7..R9 (現年, 滞繰) : R7 from P6 for the main debts
TG = {"jutaku": ((96.40, 18.00), (96.60, 19.00), (96.80, 20.00)),
      "suido": ((99.20, 45.00), (99.25, 46.00), (99.30, 47.00)),
      "gesui": ((99.10, 42.00), (99.15, 43.00), (99.20, 44.00))}
STEP = {"tax": (0.10, 1.00), "kokuho": (0.20, 1.00), "kaigo": (0.05, 0.50), "kouki": (0.05, 1.00),
        "hoiku": (0.10, 1.00)}
for k in MAIN:
    r7 = (rates(k, 2025)[0], rates(k, 2025)[1])
    s = STEP[k]
    TG[k] = (r7, (round(r7[0] + s[0], 2), round(r7[1] + s[1], 2)),
             (round(r7[0] + 2 * s[0], 2), round(r7[1] + 2 * s[1], 2)))


def m1(v):  # 0.1 百万円 units -> "1,206.4"
    return f"{v / 10:,.1f}"


def yen01(v):  # 0.1 百万円 units -> yen
    return v * 100000


def ku(v):
    return comma(v)


P = []  # page html


def page(html, land=False):
    n = len(P) + 1
    foot = "" if n == 1 else f'<div class="foot">－ {n} －</div>'
    P.append(f'<section class="page{" land" if land else ""}">{html}{foot}</section>')
    return n


def F(*a, **k):
    return G.fact(*a, **k)


# ---------------------------------------------------------------- p1 cover
page("""<div class="cover"><div class="ctitle">気仙沼市債権管理計画</div>
<div class="csub">令和７年度～令和９年度</div><div class="cslogan">～ 負担の公平と健全な財政運営のために ～</div>
<div class="cdate">令和７年３月</div><div class="corg">気 仙 沼 市</div></div>""")

# ---------------------------------------------------------------- p2 目次 + 趣旨
pn = 2
tot5, tot4 = TOT[4], TOT[3]
oku5 = round(tot5 / 10)            # 百万円
diff_man = round((tot5 - tot4) * 10 / 100) * 100  # 万円, to 100万円
t_oku, t_man = divmod(oku5, 100)
txt_total = f"約{t_oku}億{t_man * 100:,}万円"
F(pn, None, None, 2023, "令和5年度", "total", "outstanding", "actual", oku5 * 1_000_000, "yen", txt_total, approx=True)
txt_diff = f"約{-diff_man:,}万円"
F(pn, None, None, 2023, "令和5年度", "total", "difference", "actual", diff_man * 10000, "yen", txt_diff, approx=True)
r5tax, r4tax = T2["tax"][4], T2["tax"][3]
F(pn, "市税", "市税", 2023, "令和5年度", "total", "collection_rate", "actual", r5tax, "percent", f"{f2(r5tax)}％")
F(pn, "市税", "市税", 2023, "令和5年度", "total", "difference", "actual", round(r5tax - r4tax, 2), "points", "0.30ポイント")
page(f"""<h2 class="toc">目　　次</h2>
<table class="toc"><tr><td>１　計画策定の趣旨</td><td class="dots"></td><td>2</td></tr>
<tr><td>２　債権の現状</td><td class="dots"></td><td>3</td></tr>
<tr><td>３　第１次計画の検証</td><td class="dots"></td><td>5</td></tr>
<tr><td>４　数値目標</td><td class="dots"></td><td>6</td></tr>
<tr><td>５　債権ごとの取組み</td><td class="dots"></td><td>7</td></tr></table>
<h2>１　計画策定の趣旨</h2>
<h3>（１）これまでの経緯</h3>
<p>本市では、令和４（2022）年度から令和６（2024）年度までを期間とする第１次気仙沼市債権管理計画に基づき、
市税をはじめとする各債権の収納率向上と収入未済額の縮減に全庁を挙げて取り組んできました。</p>
<p>その結果、令和5年度決算における収入未済額の合計は{txt_total}となり、前年度から{txt_diff}減少しました。
また、市税の収納率（現年度分と滞納繰越分の合計）は{f2(r5tax)}％で、前年度比0.30ポイント上昇しています。</p>
<h3>（２）計画の位置付けと期間</h3>
<p class="ind">ア　位置付け</p>
<p class="ind2">気仙沼市債権管理条例第５条に基づく計画として、各債権の目標と取組を定めます。</p>
<p class="ind">イ　計画期間</p>
<p class="ind2">(ｱ)　令和７（2025）年度から令和９（2027）年度までの３か年とします。</p>
<p class="ind2">(ｲ)　社会経済情勢の変化や関係法令の改正があった場合は、必要に応じて見直します。</p>
<h3>（３）対象債権</h3>
<p>令和５年度決算において収入未済額が生じている債権のうち、表１に掲げる９債権を対象とします。
なお、東日本大震災に係る災害援護資金貸付金は、償還期限の到来に伴い収入未済額が増加していることから、引き続き重点債権と位置付けます。</p>
""")

# ---------------------------------------------------------------- p3 表1 (section rows, 百万円)
pn = 3
rows = []
yr_raw = ["令和元年度", "２年度", "３年度", "４年度", "５年度"]
for sec in SECTIONS:
    rows.append(f'<tr class="sec"><td colspan="7">【{sec}】</td></tr>')
    keys = [k for k in D if D[k][2] == sec]
    for k in keys:
        name, canon, _ = D[k]
        cells = []
        for i, fy in enumerate(YEARS):
            cells.append(F(pn, canon, name, fy, yr_raw[i], "total", "outstanding", "actual",
                           yen01(OUT[k][i]), "yen", m1(OUT[k][i])))
        d = OUT[k][4] - OUT[k][3]
        cells.append(F(pn, canon, name, 2023, "５年度", "total", "difference", "actual", yen01(d), "yen",
                       tri(d, m1)))
        rows.append(f'<tr><td class="nm">{name}</td>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    sub = [sum(OUT[k][i] for k in keys) for i in range(5)]
    cells = []
    for i, fy in enumerate(YEARS):
        cells.append(F(pn, None, "小計", fy, yr_raw[i], "total", "outstanding", "actual",
                       yen01(sub[i]), "yen", m1(sub[i])))
    d = sub[4] - sub[3]
    cells.append(F(pn, None, "小計", 2023, "５年度", "total", "difference", "actual", yen01(d), "yen",
                   tri(d, m1)))
    rows.append('<tr class="sub"><td class="nm">小計</td>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
cells = []
for i, fy in enumerate(YEARS):
    cells.append(F(pn, None, "合計", fy, yr_raw[i], "total", "outstanding", "actual", yen01(TOT[i]), "yen",
                   m1(TOT[i])))
d = TOT[4] - TOT[3]
cells.append(F(pn, None, "合計", 2023, "５年度", "total", "difference", "actual", yen01(d), "yen", tri(d, m1)))
rows.append('<tr class="tot"><td class="nm">合計</td>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
oku_txt = f"約{round(TOT[4] / 1000, 1)}億円"
F(pn, None, None, 2023, "令和５年度", "total", "outstanding", "actual", round(TOT[4] / 1000, 1) * 1e8, "yen",
  oku_txt, approx=True)
sg = OUT["saigai"][4]
sg_txt = f"約{sg // 1000}億{(sg % 1000) * 10:,}万円"
F(pn, "災害援護資金貸付金", "災害援護資金貸付金", 2023, "令和５年度", "total", "outstanding", "actual",
  yen01(sg), "yen", sg_txt, approx=True)
page(f"""<h2>２　債権の現状</h2>
<h3>（１）収入未済額の推移</h3>
<p>各年度の決算における収入未済額を会計別に整理すると、表１のとおりです。令和５年度末の収入未済額の合計は{oku_txt}で、
減少傾向が続いています。一方、災害援護資金貸付金は償還期限の到来に伴って増加が続き、令和５年度末には{sg_txt}と、
一般会計の収入未済額の約３分の１を占めています。</p>
<div class="cap">表１　会計別・債権別 収入未済額の推移（各年度決算、単位：百万円）</div>
<div class="box"><table class="t1"><tr><th>区　分</th><th>令和元年度</th><th>２年度</th><th>３年度</th><th>４年度</th><th>５年度</th>
<th>増減<br>（５年度－４年度）</th></tr>{"".join(rows)}</table></div>
<div class="src">出典：各年度の気仙沼市一般会計・特別会計歳入歳出決算書及び水道事業・下水道事業決算書より財政課作成<br>
※　百万円未満を四捨五入しているため、内訳と小計・合計が一致しない場合があります。</div>
""")

# ---------------------------------------------------------------- p4 chart + 表2 (years head rows)
pn = 4
chart_years = [(2017, "H29", OUT_OLD[2017]), (2018, "H30", OUT_OLD[2018])] + \
    [(fy, f"R{i + 1}", TOT[i]) for i, fy in enumerate(YEARS)]
W, H, X0, Y0, BW = 560, 230, 40, 200, 46
bars = []
mx = 16.0
for j, (fy, lab, v) in enumerate(chart_years):
    o = round(v / 1000, 1)
    h = o / mx * 170
    x = X0 + 20 + j * 72
    bars.append(f'<rect x="{x}" y="{Y0 - h:.1f}" width="{BW}" height="{h:.1f}" fill="#5b7fa6"/>'
                f'<text x="{x + BW / 2}" y="{Y0 - h - 5:.1f}" text-anchor="middle" class="lab">{o}</text>'
                f'<text x="{x + BW / 2}" y="{Y0 + 16}" text-anchor="middle" class="ax">{lab}</text>')
    F(pn, None, None, fy, lab, "total", "outstanding", "actual", o * 1e8, "yen", f"{o}")
svg = (f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}"><line x1="{X0}" y1="{Y0}" x2="{W - 10}" y2="{Y0}" '
       f'stroke="#333"/>{"".join(bars)}</svg>')
t2rows = []
for i, fy in enumerate(YEARS):
    lab = f"令和{'元' if i == 0 else zen(i + 1)}（{fy}）年度"
    cells = [F(pn, D[k][1], ab, fy, lab, "total", "collection_rate", "actual", T2[k][i], "percent", f2(T2[k][i]))
             for k, ab in zip(MAIN, ["市税", "国保税", "介護", "後期", "保育料"])]
    t2rows.append(f"<tr><td class='nm'>{lab}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
page(f"""<h3>（２）収入未済額合計の推移</h3>
<div class="cap">図１　収入未済額（全会計合計）の推移　（単位：億円）</div>
<div class="chart">{svg}</div>
<div class="src">※　Ｈ＝平成、Ｒ＝令和。各年度の決算額（出納閉鎖後）による。</div>
<h3>（３）主な債権の収納率の推移</h3>
<p>市税及び保険料等の収納率（現年度分と滞納繰越分の合計）は、表２のとおり、いずれも上昇傾向にあります。</p>
<div class="cap">表２　主な債権の収納率の推移（現年度分＋滞納繰越分、決算、単位：％）</div>
<table class="t2"><tr><th>年　度</th><th>市税</th><th>国保税</th><th>介護</th><th>後期</th><th>保育料</th></tr>{"".join(t2rows)}</table>
<div class="src">（凡例）国保税＝国民健康保険税、介護＝介護保険料、後期＝後期高齢者医療保険料、保育料＝保育所保育料</div>
""")

# ---------------------------------------------------------------- p5 検証 (targets vs results, 2-column prose)
pn = 5
vrows = []
for k in ["tax", "kokuho", "kaigo", "kouki", "hoiku", "jutaku", "suido", "gesui"]:
    name, canon, _ = D[k]
    t4, a4, t5, a5 = VER[k]
    c = [F(pn, canon, name, 2022, "令和４年度", "current", "collection_rate", "target", t4, "percent", f2(t4)),
         F(pn, canon, name, 2022, "令和４年度", "current", "collection_rate", "actual", a4, "percent", f2(a4)),
         f"{a4 / t4 * 100:.1f}",
         F(pn, canon, name, 2023, "令和５年度", "current", "collection_rate", "target", t5, "percent", f2(t5)),
         F(pn, canon, name, 2023, "令和５年度", "current", "collection_rate", "actual", a5, "percent", f2(a5)),
         f"{a5 / t5 * 100:.1f}"]
    vrows.append(f"<tr><td class='nm'>{name}</td>" + "".join(f"<td>{x}</td>" for x in c) + "</tr>")


def said(k):
    name, canon, _ = D[k]
    t5, a5 = VER[k][2], VER[k][3]
    d = round(a5 - t5, 2)
    r1 = F(pn, canon, name, 2023, "令和５年度", "current", "collection_rate", "actual", a5, "percent", f"{f2(a5)}％")
    r2 = F(pn, canon, name, 2023, "令和５年度", "current", "collection_rate", "target", t5, "percent", f"{f2(t5)}％")
    r3 = F(pn, canon, name, 2023, "令和５年度", "current", "difference", "actual", d, "points", f"{f2(abs(d))}ポイント")
    word = "上回りました" if d >= 0 else "下回りました"
    return f"{name}の現年度分収納率は{r1}で、目標の{r2}を{r3}{word}。"


col1 = said("tax") + "口座振替の推進と早期の財産調査が効果を上げたものと考えられます。" + said("kokuho") + \
    "新規加入者への納付案内の遅れが課題として残りました。"
col2 = said("hoiku") + "卒園後の未納が残ることから、在園中の早期納付指導が必要です。" + said("jutaku") + \
    "災害公営住宅への入居者の高齢化に伴い、生活状況に応じた丁寧な納付相談が求められます。"
page(f"""<h2>３　第１次計画の検証</h2>
<p>第１次計画で設定した現年度分の目標収納率と実績は、表３のとおりです。達成率は、実績を目標で除して算出しています。</p>
<div class="cap">表３　目標収納率と実績の比較（現年度分、単位：％）</div>
<table class="t3"><tr><th rowspan="2">債権名</th><th colspan="3">令和４年度</th><th colspan="3">令和５年度</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>実績</th><th>達成率</th></tr>{"".join(vrows)}</table>
<h3>検証結果の概要</h3>
<div class="two"><p>{col1}</p><p>{col2}</p></div>
""")

# ---------------------------------------------------------------- p6 landscape: 3-level header, merged rows
pn = 6
hdr = """<tr><th rowspan="3" colspan="2">債権名・区分</th><th colspan="3">令和5年度</th><th colspan="3">令和6年度</th>
<th colspan="3">令和7年度</th></tr>
<tr><th colspan="3">決算</th><th colspan="3">決算見込</th><th colspan="3">目標</th></tr>
<tr>""" + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 3 + "</tr>"
BAS = {2023: "actual", 2024: "estimate", 2025: "target"}
lrows = []
for k in MAIN:
    name, canon, _ = D[k]
    for si, (seg, segl) in enumerate([("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")]):
        cells = []
        for fy in (2023, 2024, 2025):
            ac, cc, aa, ca = P6[(k, fy)]
            a, c = {"current": (ac, cc), "arrears": (aa, ca), "total": (ac + aa, cc + ca)}[seg]
            fr = f"令和{fy - 2018}年度"
            cells += [F(pn, canon, name, fy, fr, seg, "assessed", BAS[fy], a * 1000, "yen", ku(a)),
                      F(pn, canon, name, fy, fr, seg, "collected", BAS[fy], c * 1000, "yen", ku(c)),
                      F(pn, canon, name, fy, fr, seg, "collection_rate", BAS[fy], pct(c, a), "percent", f2(pct(c, a)))]
        first = f'<td rowspan="3" class="nm vm">{name}</td>' if si == 0 else ""
        cls = ' class="tot"' if seg == "total" else ""
        lrows.append(f"<tr{cls}>{first}<td class='seg'>{segl}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
page(f"""<h2>４　数値目標</h2>
<p>計画初年度である令和７年度の目標は、令和５年度決算及び令和６年度決算見込を踏まえ、主な５債権について次のとおり設定します。
（金額の単位：千円、収納率の単位：％）</p>
<table class="t6">{hdr}{"".join(lrows)}</table>
<div class="src">※　令和６年度は令和７年１月末の実績を基にした決算見込額です。収納率は小数点以下第３位を四捨五入しています。</div>
""", land=True)

# ---------------------------------------------------------------- p7 targets R9..R7 (descending) + 取組 (市税・国保)
pn = 7
trows = []
for k in ["tax", "kokuho", "kaigo", "kouki", "hoiku", "jutaku", "suido", "gesui"]:
    name, canon, _ = D[k]
    for si, (seg, segl) in enumerate([("current", "現年度分"), ("arrears", "滞納繰越分")]):
        cells = []
        for fy, j in ((2027, 2), (2026, 1), (2025, 0)):
            v = TG[k][j][si]
            cells.append(F(pn, canon, name, fy, f"令和{fy - 2018}年度", seg, "collection_rate", "target", v,
                           "percent", f"{f2(v)}％"))
        first = f'<td rowspan="2" class="nm">{name}</td>' if si == 0 else ""
        trows.append(f"<tr>{first}<td class='seg'>{segl}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
SEC = "債権ごとの取組み"
IT = {
    "tax": [("(1)ア", "納期内納付を促すため、口座振替の勧奨とスマートフォン決済の周知を強化する。", "継続"),
            ("(1)イ", "新たに納税義務者となった市民に対し、納付方法の案内文書を送付する。", "新規"),
            ("(2)ア", "滞納発生後３か月以内に財産調査に着手し、差押えを含む滞納処分を早期に実施する。", "拡充"),
            ("(2)イ", "預貯金調査の電子化により、調査期間を短縮する。", "継続")],
    "kokuho": [("(1)ア", "資格取得時に口座振替の手続を案内し、窓口での即時登録を進める。", "継続"),
               ("(1)イ", "短期被保険者証の交付時に納付相談を行い、分納計画の履行状況を管理する。", "継続"),
               ("(2)ア", "市税と一体的に滞納整理を行い、高額・長期滞納者への滞納処分を徹底する。", "拡充")],
}


def items(k):
    name, canon, _ = D[k]
    out = []
    groups = {"(1)": "（１）滞納の未然防止", "(2)": "（２）滞納整理の強化"}
    seen = set()
    for lab, text, st in IT[k]:
        g = lab[:3]
        if g not in seen:
            seen.add(g)
            out.append(f'<p class="ind">{groups[g]}</p>')
        G.init(pn, canon, name, None, f"{SEC}（{name}）", lab, text, st)
        out.append(f'<p class="ind2">{lab[3:]}　{text}【{st}】</p>')
    return "".join(out)


p7 = f"""<div class="cap">表４　計画期間の目標収納率（年度の新しい順）</div>
<table class="t7"><tr><th>債権名</th><th>区分</th><th>令和9年度</th><th>令和8年度</th><th>令和7年度</th></tr>{"".join(trows)}</table>
<h2>５　債権ごとの取組み（市税）</h2>{items("tax")}
<h2>５　債権ごとの取組み（国民健康保険税）</h2>{items("kokuho")}"""
page(p7)

# ---------------------------------------------------------------- p8 取組 (others) + 参考 box
pn = 8
IT.update({
    "kaigo": [("(1)ア", "年金からの特別徴収に切り替わるまでの間の普通徴収者に対し、口座振替を勧奨する。", "継続"),
              ("(2)ア", "滞納期間に応じた給付制限の内容を周知し、早期の納付につなげる。", "継続")],
    "hoiku": [("(1)ア", "児童手当からの徴収を申出により実施し、滞納の発生を防ぐ。", "継続"),
              ("(2)ア", "卒園者の未納分については、卒園前に納付計画を作成する。", "新規")],
    "saigai": [("(1)ア", "償還が困難な借受人について生活状況を調査し、少額償還や支払猶予を適切に適用する。", "継続"),
               ("(2)ア", "保証人への請求を計画的に行い、履行の見込みがない債権は法令に基づき整理する。", "拡充")],
})
sa_a, sa_c = 318420, 47908
sa_out = sa_a - sa_c
assert abs(sa_out - OUT["saigai"][4] * 100) < 50
ref = [F(pn, "災害援護資金貸付金", "災害援護資金貸付金", 2023, "令和５年度", "total", "assessed", "actual",
         sa_a * 1000, "yen", f"{comma(sa_a)}千円"),
       F(pn, "災害援護資金貸付金", "災害援護資金貸付金", 2023, "令和５年度", "total", "collected", "actual",
         sa_c * 1000, "yen", f"{comma(sa_c)}千円"),
       F(pn, "災害援護資金貸付金", "災害援護資金貸付金", 2023, "令和５年度", "total", "collection_rate", "actual",
         pct(sa_c, sa_a), "percent", f"{f2(pct(sa_c, sa_a))}％"),
       F(pn, "災害援護資金貸付金", "災害援護資金貸付金", 2023, "令和５年度", "total", "outstanding", "actual",
         sa_out * 1000, "yen", f"{comma(sa_out)}千円")]
page(f"""<h2>５　債権ごとの取組み（介護保険料）</h2>{items("kaigo")}
<h2>５　債権ごとの取組み（保育所保育料）</h2>{items("hoiku")}
<h2>５　債権ごとの取組み（災害援護資金貸付金）</h2>{items("saigai")}
<div class="ref"><div class="reft">【参考】災害援護資金貸付金の償還状況（令和５年度決算）</div>
<ul><li>調定額：{ref[0]}</li><li>収入済額：{ref[1]}</li><li>収納率：{ref[2]}</li>
<li>年度末償還未済額：{ref[3]}</li><li>借受人数：412人（うち少額償還適用者 187人）</li></ul></div>
<p class="end">担当　気仙沼市総務部財政課債権管理担当</p>
""")

CSS = """
@page { size: A4; margin: 0 }
@page land { size: A4 landscape; margin: 0 }
body { margin: 0; font-family: "IPAexMincho", serif; font-size: 10.5pt; line-height: 1.55; color: #111; }
.page { width: 210mm; height: 297mm; padding: 18mm 20mm 16mm 20mm; box-sizing: border-box; position: relative;
        overflow: hidden; page-break-after: always; }
.page.land { page: land; width: 297mm; height: 210mm; padding: 13mm 14mm; }
.foot { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h2 { font-family: "IPAexGothic"; font-size: 13pt; margin: 10px 0 6px; border-bottom: 1.5px solid #234; }
h3 { font-family: "IPAexGothic"; font-size: 11pt; margin: 8px 0 4px; }
p { margin: 3px 0; text-indent: 1em; }
p.ind { text-indent: 0; margin-left: 1em; font-family: "IPAexGothic"; }
p.ind2 { text-indent: -1.5em; margin-left: 2.8em; }
.cover { text-align: center; padding-top: 70mm; }
.ctitle { font-family: "IPAexGothic"; font-size: 28pt; letter-spacing: 2px; }
.csub { font-size: 16pt; margin-top: 10mm; }
.cslogan { font-size: 12pt; margin-top: 12mm; color: #345; }
.cdate { font-size: 14pt; margin-top: 70mm; }
.corg { font-family: "IPAexGothic"; font-size: 16pt; margin-top: 6mm; }
table { border-collapse: collapse; }
th, td { border: 0.8px solid #333; padding: 2px 5px; }
th { background: #e6e9ee; font-family: "IPAexGothic"; font-weight: normal; }
td { text-align: right; } td.nm, td.seg { text-align: left; } td.vm { vertical-align: middle; }
table.toc { width: 70%; margin: 6mm auto 8mm; } table.toc td { border: none; text-align: left; padding: 3px; }
table.toc td:last-child { text-align: right; width: 2em; } td.dots { border-bottom: 1px dotted #666 !important; width: 40%; }
h2.toc { text-align: center; border: none; letter-spacing: 4px; }
.cap { font-family: "IPAexGothic"; font-size: 9.5pt; margin: 8px 0 3px; }
.box { border: 1.5px solid #234; padding: 3px; }
.t1 { width: 100%; font-size: 8.8pt; } .t1 th { font-size: 8.5pt; }
tr.sec td { background: #f3f1e8; text-align: left; font-family: "IPAexGothic"; }
tr.sub td { background: #f7f7f7; } tr.tot td { font-family: "IPAexGothic"; background: #eef2f6; }
.src { font-size: 8.3pt; margin-top: 3px; line-height: 1.4; }
.chart { text-align: center; } .chart .lab { font-size: 11px; font-family: "IPAexGothic"; } .chart .ax { font-size: 11px; }
.t2, .t3, .t7 { width: 100%; font-size: 9.5pt; }
.t6 { width: 100%; font-size: 8.4pt; }
.two { column-count: 2; column-gap: 8mm; column-rule: 0.5px solid #999; font-size: 10pt; }
.ref { border: 1.2px solid #444; padding: 4px 10px; margin-top: 10px; background: #fafafa; }
.reft { font-family: "IPAexGothic"; } .ref ul { margin: 2px 0 2px 0; padding-left: 1.5em; }
.end { text-align: right; margin-top: 8mm; }
"""

html = f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(P)}</body></html>"
(WORK / f"{STEM}.html").write_text(html, encoding="utf-8")
pdf = HERE / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", str(WORK / f"{STEM}.html")], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
gp = G.write(pdf)
bad = check(pdf, gp)
print(STEM, "facts", len(G.facts), "initiatives", len(G.inits), "problems", len(bad))
for b in bad[:30]:
    print("  ", b)
