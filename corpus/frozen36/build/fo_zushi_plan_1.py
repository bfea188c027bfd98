"""fo_zushi_plan_1: 債権管理計画（令和７（2025）年度～令和９（2027）年度）.  HTML/CSS -> chromium."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fo_common import ROOT, WORK, Gold, chromium, comma, finish, rate, zen  # noqa: E402

STEM = "fo_zushi_plan_1"
CITY = "逗子市"
TITLE = "逗子市債権管理計画（令和７（2025）年度～令和９（2027）年度）"
g = Gold(STEM, "plan", CITY, TITLE, "2025-03-01", "令和７（2025）年３月", family="plan")


def fy_both(fy):
    n = fy - 2018
    return ("令和元" if n == 1 else f"令和{zen(n)}") + f"（{fy}）年度"


def m1(v):   # 百万円 value (float with one decimal) -> text
    return f"{v:,.1f}"


# ------------------------------------------------------------------ 令和5年度決算 (百万円, exact to 0.1)
SECTIONS = [
    ("一般会計", [("市税", 9805.4, 9498.2, 22.6), ("保育料", 182.3, 176.9, 0.8), ("市営住宅使用料", 61.2, 57.4, 0.3),
              ("生活保護費返還金", 48.7, 19.2, 1.9)]),
    ("特別会計", [("国民健康保険税", 1802.6, 1541.0, 24.1), ("介護保険料", 1402.8, 1383.5, 4.2),
              ("後期高齢者医療保険料", 1015.6, 1011.2, 0.6)]),
]
R4_OUT_TOTAL = 612.4   # 令和4年度末 収入未済額合計 (百万円)


def rec(a, c, w):
    o = round(a - c - w, 1)
    return {"a": a, "c": c, "w": w, "o": o, "r": rate(c, a)}


SEC_DATA = []
grand = {"a": 0.0, "c": 0.0, "w": 0.0}
for sec, items in SECTIONS:
    rows = [(n, rec(a, c, w)) for n, a, c, w in items]
    sa = round(sum(r["a"] for _, r in rows), 1)
    sc = round(sum(r["c"] for _, r in rows), 1)
    sw = round(sum(r["w"] for _, r in rows), 1)
    SEC_DATA.append((sec, rows, rec(sa, sc, sw)))
    grand["a"] += sa
    grand["c"] += sc
    grand["w"] += sw
GRAND = rec(round(grand["a"], 1), round(grand["c"], 1), round(grand["w"], 1))
assert abs(GRAND["o"] - sum(s[2]["o"] for s in SEC_DATA)) < 0.05

# segment collection rates by year (long-format table): debt -> {fy: (current, arrears, total)}
LONG = {
    "市税": {2019: (98.82, 24.10, 96.02), 2020: (98.65, 23.55, 95.88), 2021: (98.91, 25.62, 96.31),
           2022: (98.98, 26.90, 96.55), 2023: (99.05, 28.41, None)},
    "国民健康保険税": {2019: (93.10, 21.40, 81.62), 2020: (93.52, 22.05, 82.40), 2021: (93.88, 23.30, 83.95),
                2022: (94.20, 24.65, 85.12), 2023: (94.62, 25.80, None)},
    "介護保険料": {2019: (98.90, 19.85, 97.30), 2020: (98.95, 20.40, 97.45), 2021: (99.01, 21.70, 97.70),
              2022: (99.08, 22.95, 98.21), 2023: (99.12, 24.10, None)},
}
TOTALS_2023 = {n: r for _, rows, _ in SEC_DATA for n, r in rows}
for d in LONG:
    c, a_, _ = LONG[d][2023]
    LONG[d][2023] = (c, a_, TOTALS_2023[d]["r"])

TGT = {  # fy2023 actual (cur, arr); targets 2025..2027 (cur, arr)
    "市税": ((99.05, 28.41), [(99.10, 30.00), (99.15, 31.00), (99.20, 32.00)]),
    "国民健康保険税": ((94.62, 25.80), [(94.80, 26.50), (95.00, 27.50), (95.20, 28.50)]),
    "介護保険料": ((99.12, 24.10), [(99.15, 25.00), (99.20, 26.00), (99.25, 27.00)]),
    "後期高齢者医療保険料": ((99.55, 41.20), [(99.55, 42.00), (99.60, 43.00), (99.60, 44.00)]),
    "保育料": ((98.80, 20.50), [(98.90, 22.00), (99.00, 23.00), (99.10, 24.00)]),
    "市営住宅使用料": ((97.60, 15.30), [(97.80, 16.00), (98.00, 17.00), (98.20, 18.00)]),
    "生活保護費返還金": ((62.10, 5.20), [(63.00, 5.50), (64.00, 6.00), (65.00, 6.50)]),
}
OUT_TGT = {"市税": (270.0, 258.0, 246.0), "国民健康保険税": (228.0, 218.0, 208.0), "合計": (555.0, 532.0, 508.0)}

# previous plan (令和3~5年度) current-year targets vs results
PREV_PLAN = {"市税": [(98.80, 98.91), (98.90, 98.98), (99.00, 99.05)],
             "国民健康保険税": [(93.80, 93.88), (94.30, 94.20), (94.60, 94.62)],
             "介護保険料": [(99.00, 99.01), (99.05, 99.08), (99.10, 99.12)],
             "保育料": [(98.60, 98.52), (98.70, 98.74), (98.80, 98.80)]}

pages = []

# ================================================================== p1 cover
pages.append(f"""<div class="cover">
<div class="ctitle">逗子市債権管理計画</div>
<div class="csub">令和７（2025）年度～令和９（2027）年度</div>
<div class="cdate">令和７（2025）年３月</div>
<div class="ccity">逗　子　市</div></div>""")

# ================================================================== p2 目次
toc = [("第１章　計画の概要", 1), ("　１　計画策定の趣旨", 1), ("　２　計画の期間及び対象債権", 1),
       ("第２章　債権の現状", 2), ("　１　令和５（2023）年度決算の状況", 2), ("　２　収納率の推移", 2),
       ("第３章　計画の目標", 3), ("　１　目標収納率", 3), ("　２　前計画の目標達成状況", 4),
       ("第４章　取組の基本方針", 4), ("第５章　債権ごとの取組（推進シート）", 5)]
toc_html = "".join(f'<div class="toc"><span>{t}</span><span class="dots"></span><span>{p}</span></div>' for t, p in toc)
pages.append(f"""<h1 class="tc">目　次</h1>{toc_html}
<div class="legend"><b>凡例</b><br>
・本計画中の「収納率」は、収入済額÷調定額×100 により算出し、小数点以下第３位を四捨五入しています。<br>
・金額は、表示単位未満を四捨五入しているため、合計が一致しない場合があります。<br>
・年度は和暦と西暦を併記しています（例：令和５（2023）年度）。</div>""")

# ================================================================== p3 第1章 (2段組)
P = 3
o_total = GRAND["o"]
o_diff = round(o_total - R4_OUT_TOTAL, 1)
man_t = round(o_total * 100)          # 万円
man_d = round(-o_diff * 100)
def okuman(man):
    o, m = divmod(man, 10000)
    return (f"{zen(o)}億" if o else "") + (f"{zen(f'{m:,}')}万円")
tax = TOTALS_2023["市税"]
kok = TOTALS_2023["国民健康保険税"]
col_a = f"""<h2>第１章　計画の概要</h2>
<h3>１　計画策定の趣旨</h3>
<p>（１）背景</p>
<p class="ind">本市では、平成２８（2016）年度に逗子市債権管理条例を施行し、市が保有する債権の適正な管理に取り組んできました。前計画（令和３（2021）年度～令和５（2023）年度）では、主要債権ごとに目標収納率を定め、全庁的に滞納の縮減を進めてきました。</p>
<p class="ind">その結果、{fy_both(2023)}決算における本市の収入未済額は約{okuman(round(man_t, -2))}で、前年度から約{okuman(round(man_d, -2))}減少しました。</p>
<p>（２）課題</p>
<p class="ind">ア　強制徴収公債権</p>
<p class="ind2">（ｱ）市税の収入未済額は{m1(tax['o'])}百万円で、全体の約{zen(round(tax['o'] / o_total * 10))}割を占めています。</p>
<p class="ind2">（ｲ）国民健康保険税は収納率が{kok['r']:.2f}％にとどまり、滞納繰越分の縮減が課題です。</p>
<p class="ind">イ　非強制徴収公債権及び私債権</p>
<p class="ind2">（ｱ）生活保護費返還金は、返還能力の乏しい債務者が多く、収納率が低い水準にあります。</p>"""
g.fact(P, None, None, 2023, "令和５（2023）年度", "total", "outstanding", "actual", round(man_t, -2) * 10000, "yen",
       "約" + okuman(round(man_t, -2)), approx=True)
g.fact(P, None, None, 2023, "令和５（2023）年度", "total", "difference", "actual", -round(man_d, -2) * 10000, "yen",
       "約" + okuman(round(man_d, -2)) + "減少", approx=True)
g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "total", "outstanding", "actual", round(tax["o"] * 1e6), "yen",
       f"{m1(tax['o'])}百万円")
g.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和５（2023）年度", "total", "collection_rate", "actual", kok["r"],
       "percent", f"{kok['r']:.2f}％")
tc, ta = TGT["市税"][1][2]
d_tax = round(LONG["市税"][2023][0] - LONG["市税"][2022][0], 2)
col_b = f"""<h3>２　計画の期間及び対象債権</h3>
<p>（１）計画期間</p>
<p class="ind">{fy_both(2025)}から{fy_both(2027)}までの３か年とします。</p>
<p>（２）対象債権</p>
<p class="ind">{fy_both(2023)}決算において収入未済額が生じている全ての債権（２４債権）を対象とし、このうち収入未済額の大きい７債権を主要債権として推進シートを作成します。</p>
<p>（３）計画の目標</p>
<p class="ind">市税の現年度分収納率は、{fy_both(2023)}に{LONG['市税'][2023][0]:.2f}％となり、前年度比{d_tax:.2f}ポイント上昇しました。本計画では、最終年度の{fy_both(2027)}に現年度分{tc:.2f}％、滞納繰越分{ta:.2f}％を目指します。</p>
<p class="ind">また、全債権の収入未済額を{fy_both(2027)}末に{m1(OUT_TGT['合計'][2])}百万円（約{zen(f"{round(OUT_TGT['合計'][2] / 100, 1):.1f}")}億円）まで縮減することを目標とします。</p>"""
g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "current", "collection_rate", "actual", LONG["市税"][2023][0],
       "percent", f"{LONG['市税'][2023][0]:.2f}％")
g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "current", "difference", "actual", d_tax, "points",
       f"{d_tax:.2f}ポイント")
g.fact(P, "市税", "市税", 2027, "令和９（2027）年度", "current", "collection_rate", "target", tc, "percent", f"{tc:.2f}％")
g.fact(P, "市税", "市税", 2027, "令和９（2027）年度", "arrears", "collection_rate", "target", ta, "percent", f"{ta:.2f}％")
g.fact(P, None, None, 2027, "令和９（2027）年度", "total", "outstanding", "target", round(OUT_TGT["合計"][2] * 1e6), "yen",
       f"{m1(OUT_TGT['合計'][2])}百万円")
g.fact(P, None, None, 2027, "令和９（2027）年度", "total", "outstanding", "target", round(round(OUT_TGT["合計"][2] / 100, 1) * 1e8), "yen", "約" + zen(f"{round(OUT_TGT['合計'][2] / 100, 1):.1f}") + "億円",
       approx=True)
ta0, ta1 = LONG["市税"][2020][1], LONG["市税"][2023][1]
ka0, ka1 = LONG["国民健康保険税"][2020][1], LONG["国民健康保険税"][2023][1]
wo_man = round(GRAND["w"] * 100)
col_c = f"""<h3>３　前計画の主な成果</h3>
<p class="ind">市税の滞納繰越分の収納率は、{fy_both(2020)}の{ta0:.2f}％から{fy_both(2023)}には{ta1:.2f}％となり、{ta1 - ta0:.2f}ポイント改善しました。国民健康保険税の滞納繰越分も{ka0:.2f}％から{ka1:.2f}％へ{ka1 - ka0:.2f}ポイント上昇しています。</p>
<p class="ind">また、市税の滞納者数は{fy_both(2023)}末で{zen('1,842')}人となり、前年度末と比べて{zen('126')}人減少しました。</p>
<p class="ind">一方、{fy_both(2023)}の不納欠損額は主要債権の合計で{zen(f'{wo_man:,}')}万円となっており、徴収の見込みのない債権の整理と、新たな滞納の発生防止を並行して進める必要があります。</p>
<h3>４　計画の推進体制</h3>
<p class="ind">副市長を委員長とする逗子市債権管理推進委員会において、毎年度、推進シートにより各債権の取組状況と目標の達成状況を点検し、その結果を公表します。</p>
<p class="ind">債権所管課だけでは対応が困難な事案は、税務課への徴収移管や、神奈川県及び県内市町村との共同滞納整理を活用して解決を図ります。</p>"""
g.fact(P, "市税", "市税", 2020, "令和２（2020）年度", "arrears", "collection_rate", "actual", ta0, "percent", f"{ta0:.2f}％")
g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "arrears", "collection_rate", "actual", ta1, "percent", f"{ta1:.2f}％")
g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "arrears", "difference", "actual", round(ta1 - ta0, 2), "points",
       f"{ta1 - ta0:.2f}ポイント")
g.fact(P, "国民健康保険税", "国民健康保険税", 2020, "令和２（2020）年度", "arrears", "collection_rate", "actual", ka0, "percent", f"{ka0:.2f}％")
g.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和５（2023）年度", "arrears", "collection_rate", "actual", ka1, "percent", f"{ka1:.2f}％")
g.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和５（2023）年度", "arrears", "difference", "actual", round(ka1 - ka0, 2), "points",
       f"{ka1 - ka0:.2f}ポイント")
g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "total", "delinquents", "actual", 1842, "persons", zen("1,842") + "人")
g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "total", "difference", "actual", -126, "persons", zen("126") + "人減少")
g.fact(P, None, None, 2023, "令和５（2023）年度", "total", "written_off", "actual", wo_man * 10000, "yen", zen(f"{wo_man:,}") + "万円")
pages.append(f'<div class="twocol">{col_a}{col_b}{col_c}</div><div class="pno">－１－</div>')

# ================================================================== p4 第2章: section table + long table (part 1)
P = 4
rows_html = []
for sec, rows, sub in SEC_DATA:
    rows_html.append(f'<tr class="sec"><td colspan="6">【{sec}】</td></tr>')
    for n, r in rows:
        rows_html.append("<tr><th>" + n + "</th>" + "".join(f"<td>{m1(r[k])}</td>" for k in "acwo") + f"<td>{r['r']:.2f}</td></tr>")
        for k, metric in zip("acwo", ("assessed", "collected", "written_off", "outstanding")):
            g.fact(P, n, n, 2023, "令和５（2023）年度", "total", metric, "actual", round(r[k] * 1e6), "yen", m1(r[k]))
        g.fact(P, n, n, 2023, "令和５（2023）年度", "total", "collection_rate", "actual", r["r"], "percent", f"{r['r']:.2f}")
    rows_html.append('<tr class="sub"><th>小計</th>' + "".join(f"<td>{m1(sub[k])}</td>" for k in "acwo") + f"<td>{sub['r']:.2f}</td></tr>")
    for k, metric in zip("acwo", ("assessed", "collected", "written_off", "outstanding")):
        g.fact(P, None, f"{sec}小計", 2023, "令和５（2023）年度", "total", metric, "actual", round(sub[k] * 1e6), "yen", m1(sub[k]))
    g.fact(P, None, f"{sec}小計", 2023, "令和５（2023）年度", "total", "collection_rate", "actual", sub["r"], "percent", f"{sub['r']:.2f}")
rows_html.append('<tr class="tot"><th>合計</th>' + "".join(f"<td>{m1(GRAND[k])}</td>" for k in "acwo") + f"<td>{GRAND['r']:.2f}</td></tr>")
for k, metric in zip("acwo", ("assessed", "collected", "written_off", "outstanding")):
    g.fact(P, None, "合計", 2023, "令和５（2023）年度", "total", metric, "actual", round(GRAND[k] * 1e6), "yen", m1(GRAND[k]))
g.fact(P, None, "合計", 2023, "令和５（2023）年度", "total", "collection_rate", "actual", GRAND["r"], "percent", f"{GRAND['r']:.2f}")

LONG_ROWS = [(d, fy) for d in LONG for fy in sorted(LONG[d])]
SPLIT = 8


def long_rows(part, page):
    out = []
    prev = None
    for d, fy in part:
        c, a_, t = LONG[d][fy]
        name = d if d != prev else ""
        prev = d
        out.append(f"<tr><th class='ln'>{name}</th><td class='c'>{fy_both(fy)}</td><td>{c:.2f}</td><td>{a_:.2f}</td><td>{t:.2f}</td></tr>")
        for sg, v in (("current", c), ("arrears", a_), ("total", t)):
            g.fact(page, d, d, fy, fy_both(fy), sg, "collection_rate", "actual", v, "percent", f"{v:.2f}")
    return "".join(out)


LHEAD = "<thead><tr><th>債権名</th><th>年度</th><th>現年度分（％）</th><th>滞納繰越分（％）</th><th>合計（％）</th></tr></thead>"
pages.append(f"""<h2>第２章　債権の現状</h2>
<h3>１　令和５（2023）年度決算の状況</h3>
<p class="ind">主要債権の決算状況は次のとおりです。収入未済額の合計は{m1(GRAND['o'])}百万円で、うち一般会計が{m1(SEC_DATA[0][2]['o'])}百万円、特別会計が{m1(SEC_DATA[1][2]['o'])}百万円となっています。</p>
<div class="cap">表１　主要債権の決算状況（{fy_both(2023)}）</div>
<table class="t1"><thead><tr><th>債権名</th><th>調定額（百万円）</th><th>収入済額（百万円）</th><th>不納欠損額（百万円）</th>
<th>収入未済額（百万円）</th><th>収納率（％）</th></tr></thead><tbody>{''.join(rows_html)}</tbody></table>
<div class="src">出典：{fy_both(2023)}逗子市一般会計・特別会計歳入歳出決算書</div>
<h3>２　収納率の推移</h3>
<div class="cap">表２　主要３債権の収納率の推移</div>
<table class="t2">{LHEAD}<tbody>{long_rows(LONG_ROWS[:SPLIT], P)}</tbody></table>
<div class="cont">（次ページへ続く）</div>
<div class="pno">－２－</div>""")
g.fact(P, None, "合計", 2023, "令和５（2023）年度", "total", "outstanding", "actual", round(GRAND["o"] * 1e6), "yen",
       f"{m1(GRAND['o'])}百万円")
g.fact(P, None, "一般会計", 2023, "令和５（2023）年度", "total", "outstanding", "actual", round(SEC_DATA[0][2]["o"] * 1e6), "yen",
       f"{m1(SEC_DATA[0][2]['o'])}百万円")
g.fact(P, None, "特別会計", 2023, "令和５（2023）年度", "total", "outstanding", "actual", round(SEC_DATA[1][2]["o"] * 1e6), "yen",
       f"{m1(SEC_DATA[1][2]['o'])}百万円")

# ================================================================== p5 long table (part 2) + targets
P = 5
tg_rows = []
for d, (act, tg) in TGT.items():
    cells = f"<th>{d}</th><td>{act[0]:.2f}</td><td>{act[1]:.2f}</td>"
    g.fact(P, d, d, 2023, "令和５（2023）年度", "current", "collection_rate", "actual", act[0], "percent", f"{act[0]:.2f}")
    g.fact(P, d, d, 2023, "令和５（2023）年度", "arrears", "collection_rate", "actual", act[1], "percent", f"{act[1]:.2f}")
    for i, (c, a_) in enumerate(tg):
        fy = 2025 + i
        cells += f"<td class='tg'>{c:.2f}</td><td class='tg'>{a_:.2f}</td>"
        g.fact(P, d, d, fy, fy_both(fy), "current", "collection_rate", "target", c, "percent", f"{c:.2f}")
        g.fact(P, d, d, fy, fy_both(fy), "arrears", "collection_rate", "target", a_, "percent", f"{a_:.2f}")
    tg_rows.append(f"<tr>{cells}</tr>")
out_rows = []
for d, vals in OUT_TGT.items():
    base = GRAND["o"] if d == "合計" else TOTALS_2023[d]["o"]
    debt = None if d == "合計" else d
    cells = f"<th>{d}</th>"
    for i in (2, 1, 0):
        fy = 2025 + i
        cells += f"<td class='tg'>{m1(vals[i])}</td>"
        g.fact(P, debt, d, fy, fy_both(fy), "total", "outstanding", "target", round(vals[i] * 1e6), "yen", m1(vals[i]))
    cells += f"<td>{m1(base)}</td>"
    g.fact(P, debt, d, 2023, "令和５（2023）年度", "total", "outstanding", "actual", round(base * 1e6), "yen", m1(base))
    out_rows.append(f"<tr>{cells}</tr>")
pages.append(f"""<div class="cap">表２　主要３債権の収納率の推移（続き）</div>
<table class="t2">{LHEAD}<tbody>{long_rows(LONG_ROWS[SPLIT:], P)}</tbody></table>
<h2>第３章　計画の目標</h2>
<h3>１　目標収納率</h3>
<p class="ind">主要債権ごとに、計画期間の各年度の目標収納率を次のとおり定めます。</p>
<div class="cap">表３　主要債権の目標収納率（単位：％）</div>
<table class="t3"><thead>
<tr><th rowspan="3">債権名</th><th colspan="2">令和５（2023）年度決算</th><th colspan="6">目標</th></tr>
<tr><th rowspan="2">現年度分</th><th rowspan="2">滞納繰越分</th><th colspan="2">令和７（2025）年度</th><th colspan="2">令和８（2026）年度</th><th colspan="2">令和９（2027）年度</th></tr>
<tr><th>現年</th><th>滞繰</th><th>現年</th><th>滞繰</th><th>現年</th><th>滞繰</th></tr></thead>
<tbody>{''.join(tg_rows)}</tbody></table>
<div class="cap">表４　収入未済額の目標（単位：百万円）</div>
<table class="t4"><thead><tr><th>区分</th><th>令和９（2027）年度</th><th>令和８（2026）年度</th><th>令和７（2025）年度</th><th>令和５（2023）年度実績</th></tr></thead>
<tbody>{''.join(out_rows)}</tbody></table>
<div class="note">※ 合計は主要７債権以外の債権を含まない。目標年度の数値は各年度末（出納整理期間終了後）の見込額。</div>
<div class="pno">－３－</div>""")

# ================================================================== p6 達成状況 + 基本方針
P = 6
ach_rows = []
for d, yrs in PREV_PLAN.items():
    cells = f"<th>{d}</th>"
    for i, (t, a_) in enumerate(yrs):
        fy = 2021 + i
        ach = round(a_ / t * 100, 2)
        cells += f"<td class='tg'>{t:.2f}</td><td>{a_:.2f}</td><td class='ach'>{ach:.2f}</td>"
        g.fact(P, d, d, fy, fy_both(fy), "current", "collection_rate", "target", t, "percent", f"{t:.2f}")
        g.fact(P, d, d, fy, fy_both(fy), "current", "collection_rate", "actual", a_, "percent", f"{a_:.2f}")
        g.fact(P, d, d, fy, fy_both(fy), "current", "achievement_rate", "actual", ach, "percent", f"{ach:.2f}")
    ach_rows.append(f"<tr>{cells}</tr>")
POL_SEC = "取組の基本方針"
POL = [("(1)", "滞納の未然防止", [("ア", "口座振替やキャッシュレス決済など、納付しやすい環境を整備する。", "継続"),
                              ("イ", "納期限前の納付案内をＳＭＳで送信し、納め忘れを防止する。", "新規")]),
       ("(2)", "早期着手と滞納処分の徹底", [("ア", "督促状の発付後、速やかに財産調査に着手し、納付資力がある滞納者には滞納処分を行う。", "継続")]),
       ("(3)", "債権の適正な整理", [("ア", "徴収の見込みがない債権は、債権管理条例に基づき放棄を含めて適正に整理する。", "拡充")])]
pol_html = ""
for l1, t1, items in POL:
    pol_html += f"<p>{l1.replace('(', '（').replace(')', '）')}{t1}</p>"
    for l2, tx, st in items:
        pol_html += f"<p class='ind'>{l2}　{tx}【{st}】</p>"
        g.init(P, None, None, 2025, POL_SEC, f"{l1}{l2}", tx, st)
t_tax = PREV_PLAN["市税"][2]
pages.append(f"""<h3>２　前計画の目標達成状況</h3>
<p class="ind">前計画期間における現年度分収納率の目標と実績は次のとおりです。市税は３か年とも目標を達成し、{fy_both(2023)}の実績は{zen(f'{t_tax[1]:.2f}')}％で、目標を{zen(f'{t_tax[1]-t_tax[0]:.2f}')}ポイント上回りました。</p>
<div class="cap">表５　前計画の現年度分目標収納率と実績（単位：％）</div>
<table class="t5"><thead>
<tr><th rowspan="2">債権名</th><th colspan="3">令和３（2021）年度</th><th colspan="3">令和４（2022）年度</th><th colspan="3">令和５（2023）年度</th></tr>
<tr>{'<th>目標</th><th>実績</th><th>達成率</th>' * 3}</tr></thead><tbody>{''.join(ach_rows)}</tbody></table>
<div class="note">※ 達成率＝実績÷目標×100</div>
<h2>第４章　取組の基本方針</h2>
<p class="ind">全ての債権所管課が共通して取り組む事項を次のとおり定めます。</p>
{pol_html}
<div class="pno">－４－</div>""")
g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "current", "collection_rate", "actual", t_tax[1], "percent",
       zen(f"{t_tax[1]:.2f}") + "％")
g.fact(P, "市税", "市税", 2023, "令和５（2023）年度", "current", "difference", "actual", round(t_tax[1] - t_tax[0], 2), "points",
       zen(f"{t_tax[1]-t_tax[0]:.2f}") + "ポイント")

# ================================================================== p7-8 推進シート
SHEETS = [
    (7, "市税", "税務課", "（１）", [("①", "現年度分の未納者に対し、納期限後おおむね１か月以内に電話催告を行い、新たな滞納の発生を抑制します。", "継続"),
                                ("②", "預貯金調査を電子化し、早期に差押えを執行します。", "拡充"),
                                ("③", "神奈川県との併任徴収により、高額・困難案件の滞納整理を進めます。", "継続")]),
    (7, "国民健康保険税", "保険健康課", "（２）", [("①", "国民健康保険への加入手続の際に口座振替の申込みを受け付けます。", "継続"),
                                       ("②", "納付相談を通じて分納計画を作成し、履行状況を毎月確認します。", "継続"),
                                       ("③", "滞納繰越分のうち時効が近い事案を優先して財産調査を行います。", "新規")]),
    (8, "保育料", "保育課", "（３）", [("①", "児童手当からの特別徴収を保護者に案内します。", "拡充"),
                               ("②", "退所予定者の未納分について、退所前に納付計画を確認します。", "新規")]),
    (8, "市営住宅使用料", "まちづくり景観課", "（４）", [("①", "滞納３か月以上の入居者に対し、連帯保証人への通知と面談を行います。", "継続"),
                                           ("②", "長期滞納者には明渡請求を含む法的措置を検討します。", "継続")]),
]
SEC5 = "債権ごとの取組（推進シート）"
sheet_html = {7: "", 8: ""}
for page, d, ka, lab, items in SHEETS:
    act, tg = TGT[d]
    r = TOTALS_2023[d]
    for i, (c, a_) in enumerate(tg):
        fy = 2025 + i
        g.fact(page, d, d, fy, fy_both(fy), "current", "collection_rate", "target", c, "percent", f"{c:.2f}％")
        g.fact(page, d, d, fy, fy_both(fy), "arrears", "collection_rate", "target", a_, "percent", f"{a_:.2f}％")
    tgt_lines = "<br>".join(f"{fy_both(2025 + i)}　現年度分 {c:.2f}％　滞納繰越分 {a_:.2f}％" for i, (c, a_) in enumerate(tg))
    man = round(r["o"] * 100)          # 万円
    now_txt = (f"{fy_both(2023)}決算の収入未済額は{m1(r['o'])}百万円（約{okuman(man)}）、"
               f"収納率は{r['r']:.2f}％です。")
    g.fact(page, d, d, 2023, "令和５（2023）年度", "total", "outstanding", "actual", round(r["o"] * 1e6), "yen", f"{m1(r['o'])}百万円")
    g.fact(page, d, d, 2023, "令和５（2023）年度", "total", "outstanding", "actual", man * 10000, "yen", "約" + okuman(man),
           approx=True)
    g.fact(page, d, d, 2023, "令和５（2023）年度", "total", "collection_rate", "actual", r["r"], "percent", f"{r['r']:.2f}％")
    it_html = ""
    for il, tx, st in items:
        it_html += f"<div class='item'>{il}{tx}<span class='tag'>【{st}】</span></div>"
        g.init(page, d, d, 2025, SEC5, il, tx, st)
    sheet_html[page] += f"""<h3>{lab}債権ごとの取組（{d}）</h3>
<table class="ps"><tr><th>所管課</th><td>{ka}</td><th>計画期間</th><td>{fy_both(2025)}～{fy_both(2027)}</td></tr>
<tr><th>現状</th><td colspan="3">{now_txt}</td></tr>
<tr><th>目標</th><td colspan="3">{tgt_lines}</td></tr>
<tr><th>取組内容</th><td colspan="3">{it_html}</td></tr></table>"""
pages.append(f"<h2>第５章　{SEC5}</h2>" + sheet_html[7] + '<div class="pno">－５－</div>')
pages.append(sheet_html[8] + """<div class="note">※ 主要７債権のうち、介護保険料、後期高齢者医療保険料及び生活保護費返還金の推進シートは別冊に掲載しています。</div>
<div class="contact">【問合せ先】逗子市 総務部 債権管理担当（電話 046-873-1111）</div><div class="pno">－６－</div>""")

CSS = """
@page { size: A4; margin: 16mm 17mm 14mm 17mm; }
* { font-weight: normal !important; }
body { font-family: 'IPAexGothic', sans-serif; font-size: 9.6pt; line-height: 1.55; color: #1a1a1a; margin: 0; }
.page { height: 265mm; position: relative; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.pno { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
.cover { text-align: center; padding-top: 70mm; }
.ctitle { font-size: 28pt; font-weight: bold; letter-spacing: 4px; }
.csub { font-size: 15pt; margin-top: 10mm; }
.cdate { font-size: 13pt; margin-top: 80mm; }
.ccity { font-size: 18pt; margin-top: 8mm; letter-spacing: 6px; }
h1.tc { text-align: center; font-size: 16pt; margin: 20mm 0 12mm; }
.toc { display: flex; font-size: 11pt; margin: 3.5mm 12mm; }
.toc .dots { flex: 1; border-bottom: 1px dotted #555; margin: 0 2mm 1.2mm; }
.legend { margin: 25mm 12mm 0; border: 1px solid #666; padding: 4mm; font-size: 9pt; }
h2 { font-size: 12.5pt; border-left: 5px solid #2f5597; padding-left: 2mm; margin: 1mm 0 3mm; }
h3 { font-size: 10.5pt; margin: 3mm 0 1.5mm; color: #1f3864; }
p { margin: 0.8mm 0; }
p.ind { text-indent: 1em; padding-left: 1em; }
p.ind2 { padding-left: 2.5em; text-indent: -1em; }
.twocol { column-count: 2; column-gap: 9mm; column-rule: 0.5px solid #bbb; height: 255mm; }
.cap { font-weight: bold; margin: 3mm 0 1mm; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; }
th, td { border: 0.6px solid #666; padding: 0.8mm 1.6mm; }
thead th { background: #dae3f3; font-weight: normal; }
td { text-align: right; }
td.c { text-align: center; }
tbody th { text-align: left; font-weight: normal; background: #f5f7fb; }
tr.sec td { text-align: left; background: #fff2cc; font-weight: bold; }
tr.sub th, tr.sub td { background: #eeeeee; }
tr.tot th, tr.tot td { background: #d9d9d9; font-weight: bold; }
th.ln { background: #fff; }
td.tg { background: #fff9e6; }
td.ach { color: #1f3864; }
.src, .note, .cont { font-size: 8pt; margin-top: 1mm; }
.cont { text-align: right; }
table.ps { margin-bottom: 5mm; }
table.ps th { width: 20mm; background: #dae3f3; text-align: center; }
table.ps td { text-align: left; }
.item { padding-left: 1em; text-indent: -1em; margin: 0.6mm 0; }
.contact { margin-top: 8mm; border: 1px solid #888; padding: 2mm 4mm; font-size: 9pt; }
"""
body = "".join(f'<div class="page">{p}</div>' for p in pages)
html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{TITLE}</title><style>{CSS}</style></head><body>{body}</body></html>"""
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = ROOT / "pdf" / f"{STEM}.pdf"
chromium(hp, pdf)
finish(g, pdf)
