"""qv_uki_plan_1: 第2次宇城市債権管理計画 (HTML/CSS -> chromium --print-to-pdf).

Run from corpus/frozen52:  python3 build/qv_uki_plan.py
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qv_common import Gold, SET, c, r2, rate, check  # noqa: E402

STEM = "qv_uki_plan_1"
G = Gold(STEM, "plan", "plan", "宇城市", "第2次宇城市債権管理計画", "2025-03-01", "令和7年3月")
K = 1000
WORK = Path("/tmp/qv_work")
TITLE = "第2次宇城市債権管理計画"

# ------------------------------------------------------------------ data (千円, 令和5年度決算)
# 会計, 債権名, 所管課, 種類, 根拠法令, (調定額, 収入済額, 不納欠損額)
DEBTS = [
    ("一般会計", "市税", "税務課", "強", "地方税法", (6412380, 6298605, 7214)),
    ("一般会計", "保育所保育料", "こども政策課", "強", "児童福祉法", (38215, 36870, 212)),
    ("一般会計", "生活保護費返還金", "福祉課", "非", "生活保護法", (31540, 9842, 1120)),
    ("一般会計", "市営住宅使用料", "住宅課", "私", "公営住宅法・民法", (268410, 239872, 1904)),
    ("一般会計", "住宅新築資金等貸付金", "人権啓発課", "私", "民法", (92318, 6114, 0)),
    ("国民健康保険特別会計", "国民健康保険税", "税務課", "強", "地方税法", (1498226, 1275413, 24806)),
    ("介護保険特別会計", "介護保険料", "高齢介護課", "強", "介護保険法", (1187540, 1171203, 3118)),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "市民課", "強", "高齢者の医療の確保に関する法律",
     (628312, 625918, 402)),
    ("下水道事業会計", "下水道使用料", "下水道課", "強", "地方自治法・下水道法", (512806, 501244, 1045)),
]


def fig(d):
    a, cc, w = d[5]
    return dict(a=a, c=cc, w=w, o=a - cc - w, r=rate(cc, a))


def agg(lst):
    t = dict(a=0, c=0, w=0, o=0)
    for d in lst:
        f = fig(d)
        for k in t:
            t[k] += f[k]
    t["r"] = rate(t["c"], t["a"])
    return t


TOT = agg(DEBTS)
# city-wide trend (千円): 令和元..令和5 ; the last year equals the sum of the debts above
TREND = {2019: (10920418, 10284305, 26110), 2020: (10811702, 10199218, 24305),
         2021: (10794315, 10219877, 19812), 2022: (10726540, 10188361, 17205),
         2023: (TOT["a"], TOT["c"], TOT["w"])}
TR = {fy: dict(a=a, c=cc, w=w, o=a - cc - w) for fy, (a, cc, w) in TREND.items()}
# 平成30年度末 (first plan's start) outstanding
H30_O = 627418


def oku_man(v_thousand):
    """千円 -> 約X億Y,YYY万円 (rounded to 万円)."""
    man = round(v_thousand / 10)
    oku, rest = divmod(man, 10000)
    return (f"{oku}億{rest:,}万円" if oku else f"{rest:,}万円"), man * 10000


pages = []
PG = {}


def page(html, head=True, num=True):
    n = len(pages) + 1
    hdr = f'<div class="run">{TITLE}（令和7年度～令和9年度）</div>' if head else ""
    ftr = f'<div class="foot">- {n - 1} -</div>' if num else ""
    pages.append(f'<div class="page">{hdr}{html}{ftr}</div>')
    return n


# ------------------------------------------------------------------ p1 cover
page("""
<div style="height:70mm"></div>
<div class="covertitle">第2次<br>宇城市債権管理計画</div>
<div class="coversub">令和7（2025）年度　～　令和9（2027）年度</div>
<div style="height:110mm"></div>
<div class="coverdate">令和7年3月</div>
<div class="coverorg">宇　城　市</div>
""", head=False, num=False)

# ------------------------------------------------------------------ p2 目次 + 第1章
P = len(pages) + 1
o_h30 = H30_O
o_r5 = TR[2023]["o"]
t1, v1 = oku_man(o_r5)
t2, v2 = oku_man(o_h30 - o_r5)
G.fact(P, f"約{t1}", v1, "yen", "outstanding", "actual", 2023, "令和5（2023）年度", approx=True)
G.fact(P, f"約{t2}", -v2, "yen", "difference", "actual", 2023, "令和5（2023）年度", approx=True)
t3, v3 = oku_man(o_h30)
G.fact(P, f"約{t3}", v3, "yen", "outstanding", "actual", 2018, "H30", approx=True)
page(f"""
<h2 class="center">目　　次</h2>
<table class="toc">
<tr><td>第1章　計画の概要</td><td>1</td></tr>
<tr><td>第2章　債権の現状</td><td>2</td></tr>
<tr><td>第3章　基本方針と数値目標</td><td>4</td></tr>
<tr><td>第4章　債権ごとの取組</td><td>5</td></tr>
<tr><td>参考資料　債権一覧</td><td>7</td></tr>
</table>
<h1>第1章　計画の概要</h1>
<h3>１　計画策定の趣旨</h3>
<p>本市では、平成29年度（2017年度）に「宇城市債権管理条例」を施行し、H29からR5までを期間とする第1次計画に基づいて、
全庁的な債権管理の適正化に取り組んできました。第1次計画の最終年度である令和5（2023）年度の収入未済額は約{t1}で、
計画開始時の平成30年度末（約{t3}）から約{t2}縮減しました。</p>
<p>一方で、私債権や非強制徴収公債権では長期・少額の未収金が残り、債権の性質に応じた整理の遅れが課題となっています。
このため、令和二年度から始めた債権管理研修の成果を踏まえ、第2次計画を策定するものです。</p>
<h3>２　計画の期間</h3>
<p>令和7（2025）年度から令和9（2027）年度までの3年間とします。</p>
<h3>３　対象とする債権</h3>
<p>令和5年度決算において収入未済額がある9債権を対象とします（参考資料参照）。</p>
<h3>４　第1次計画の目標と実績</h3>
<p class="small">（全債権の合計収納率・単位：％）</p>
<pre class="norule">区分              令和元年度      令和3年度      2023年度
目標              {r2(94.00)}           {r2(94.40)}          {r2(94.80)}
実績              {r2(rate(TR[2019]['c'], TR[2019]['a']))}           {r2(rate(TR[2021]['c'], TR[2021]['a']))}          {r2(rate(TR[2023]['c'], TR[2023]['a']))}</pre>
""")
for fy, fr, t in ((2019, "令和元年度", 94.00), (2021, "令和3年度", 94.40), (2023, "2023年度", 94.80)):
    G.fact(P, r2(t), t, "percent", "collection_rate", "target", fy, fr)
    a = rate(TR[fy]["c"], TR[fy]["a"])
    G.fact(P, r2(a), a, "percent", "collection_rate", "actual", fy, fr)

# ------------------------------------------------------------------ p3 第2章 (1): 会計 x 債権 x 所管課
P = len(pages) + 1
rows = []
ACC = []
for d in DEBTS:
    if d[0] not in ACC:
        ACC.append(d[0])
for acc in ACC:
    ds = [d for d in DEBTS if d[0] == acc]
    for i, d in enumerate(ds):
        f = fig(d)
        cells = "".join(f'<td class="num">{x}</td>' for x in
                        (c(f["a"]), c(f["c"]), r2(f["r"]), c(f["w"]), c(f["o"])))
        head = f'<td rowspan="{len(ds) + (1 if len(ds) > 1 else 0)}" class="acc">{acc}</td>' if i == 0 else ""
        rows.append(f"<tr>{head}<td>{d[1]}</td><td>{d[2]}</td>{cells}</tr>")
        for met, v, u in (("assessed", f["a"] * K, "yen"), ("collected", f["c"] * K, "yen"),
                          ("collection_rate", f["r"], "percent"), ("written_off", f["w"] * K, "yen"),
                          ("outstanding", f["o"] * K, "yen")):
            raw = r2(v) if u == "percent" else c(v // K)
            G.fact(P, raw, v, u, met, "actual", 2023, "令和5（2023）年度", "total", d[1], d[1])
    if len(ds) > 1:
        t = agg(ds)
        cells = "".join(f'<td class="num">{x}</td>' for x in
                        (c(t["a"]), c(t["c"]), r2(t["r"]), c(t["w"]), c(t["o"])))
        rows.append(f'<tr class="sub"><td colspan="2">会計計</td>{cells}</tr>')
        for met, v, u in (("assessed", t["a"] * K, "yen"), ("collected", t["c"] * K, "yen"),
                          ("collection_rate", t["r"], "percent"), ("written_off", t["w"] * K, "yen"),
                          ("outstanding", t["o"] * K, "yen")):
            raw = r2(v) if u == "percent" else c(v // K)
            G.fact(P, raw, v, u, met, "actual", 2023, "令和5（2023）年度", "total", None, "一般会計計")
cells = "".join(f'<td class="num">{x}</td>' for x in
                (c(TOT["a"]), c(TOT["c"]), r2(TOT["r"]), c(TOT["w"]), c(TOT["o"])))
rows.append(f'<tr class="tot"><td colspan="3">総計</td>{cells}</tr>')
for met, v, u in (("assessed", TOT["a"] * K, "yen"), ("collected", TOT["c"] * K, "yen"),
                  ("collection_rate", TOT["r"], "percent"), ("written_off", TOT["w"] * K, "yen"),
                  ("outstanding", TOT["o"] * K, "yen")):
    raw = r2(v) if u == "percent" else c(v // K)
    G.fact(P, raw, v, u, met, "actual", 2023, "令和5（2023）年度", "total", None, "総計")
page(f"""
<h1>第2章　債権の現状</h1>
<h3>１　会計別・債権別の収納状況（令和5（2023）年度決算）</h3>
<table class="grid">
<tr class="hd"><th>会計</th><th>債権名</th><th>所管課</th><th>調定額<br>（千円）</th><th>収入済額<br>（千円）</th>
<th>収納率<br>（％）</th><th>不納欠損額<br>（千円）</th><th>収入未済額<br>（千円）</th></tr>
{''.join(rows)}
</table>
<p class="small">※ 下水道事業会計は令和2年度から公営企業会計へ移行したため、調定額は税抜き額である。</p>
<p>令和5年度の全債権の収納率は{r2(TOT['r'])}％で、収入未済額の{round(fig(DEBTS[5])['o'] / TOT['o'] * 100, 1)}％を
国民健康保険税が、{round(fig(DEBTS[0])['o'] / TOT['o'] * 100, 1)}％を市税が占めています。</p>
""")
G.fact(P, f"{r2(TOT['r'])}％", TOT["r"], "percent", "collection_rate", "actual", 2023, "令和5年度")

# ------------------------------------------------------------------ p4 (2) 種類別, (3) 推移
P = len(pages) + 1
KIND = [("強", "強制徴収公債権"), ("非", "非強制徴収公債権"), ("私", "私債権")]
rows = []
for k, kl in KIND:
    ds = [d for d in DEBTS if d[3] == k]
    for i, d in enumerate(ds):
        f = fig(d)
        head = f'<td rowspan="{len(ds) + 1}" class="acc">{kl}</td>' if i == 0 else ""
        rows.append(f'<tr>{head}<td>{d[1]}</td><td class="num">{r2(f["r"])}</td><td class="num">{c(f["o"])}</td>'
                    f'<td class="num">{c(f["a"])}</td></tr>')
        G.fact(P, r2(f["r"]), f["r"], "percent", "collection_rate", "actual", 2023, "令和5年度", "total", d[1])
        G.fact(P, c(f["o"]), f["o"] * K, "yen", "outstanding", "actual", 2023, "令和5年度", "total", d[1])
        G.fact(P, c(f["a"]), f["a"] * K, "yen", "assessed", "actual", 2023, "令和5年度", "total", d[1])
    t = agg(ds)
    rows.append(f'<tr class="sub"><td>計</td><td class="num">{r2(t["r"])}</td><td class="num">{c(t["o"])}</td>'
                f'<td class="num">{c(t["a"])}</td></tr>')
    G.fact(P, r2(t["r"]), t["r"], "percent", "collection_rate", "actual", 2023, "令和5年度", "total", None, kl + "計")
    G.fact(P, c(t["o"]), t["o"] * K, "yen", "outstanding", "actual", 2023, "令和5年度", "total", None, kl + "計")
    G.fact(P, c(t["a"]), t["a"] * K, "yen", "assessed", "actual", 2023, "令和5年度", "total", None, kl + "計")
rows.append(f'<tr class="tot"><td colspan="2">合計</td><td class="num">{r2(TOT["r"])}</td>'
            f'<td class="num">{c(TOT["o"])}</td><td class="num">{c(TOT["a"])}</td></tr>')
G.fact(P, r2(TOT["r"]), TOT["r"], "percent", "collection_rate", "actual", 2023, "令和5年度", "total", None, "合計")
G.fact(P, c(TOT["o"]), TOT["o"] * K, "yen", "outstanding", "actual", 2023, "令和5年度", "total", None, "合計")
G.fact(P, c(TOT["a"]), TOT["a"] * K, "yen", "assessed", "actual", 2023, "令和5年度", "total", None, "合計")

trow = []
YR = {2019: "令和元（2019）年度", 2020: "2（2020）年度", 2021: "3（2021）年度", 2022: "4（2022）年度",
      2023: "5（2023）年度"}
prev = None
for fy in range(2019, 2024):
    t = TR[fy]
    a, cc, o = round(t["a"] / 1000, 1), round(t["c"] / 1000, 1), round(t["o"] / 1000, 1)
    cells = [f"{a:,.1f}", f"{cc:,.1f}", f"{o:,.1f}"]
    G.fact(P, cells[0], a * 1e6, "yen", "assessed", "actual", fy, YR[fy])
    G.fact(P, cells[1], cc * 1e6, "yen", "collected", "actual", fy, YR[fy])
    G.fact(P, cells[2], o * 1e6, "yen", "outstanding", "actual", fy, YR[fy])
    if prev is None:
        cells += ["－", "－"]
    else:
        d = round(o - prev, 1)
        pr = round(d / prev * 100, 1)
        cells += [("△" if d < 0 else "") + f"{abs(d):,.1f}", ("△" if pr < 0 else "") + f"{abs(pr):.1f}"]
        G.fact(P, cells[3], d * 1e6, "yen", "difference", "actual", fy, YR[fy])
        G.fact(P, cells[4], pr, "percent", "change_rate", "actual", fy, YR[fy])
    prev = o
    trow.append(f"<tr><td>{YR[fy]}</td>" + "".join(f'<td class="num">{x}</td>' for x in cells) + "</tr>")
avg = {k: round(sum(TR[fy][k] for fy in TR) / 5 / 1000, 1) for k in "aco"}
trow.append('<tr class="sub"><td>5年平均</td>' + "".join(
    f'<td class="num">{avg[k]:,.1f}</td>' for k in "aco") + '<td class="num">－</td><td class="num">－</td></tr>')
for k, met in (("a", "assessed"), ("c", "collected"), ("o", "outstanding")):
    G.fact(P, f"{avg[k]:,.1f}", avg[k] * 1e6, "yen", "five_year_average_" + met, "actual", 2023, "5年平均")
t_oku = f"{TR[2023]['o'] / 100000:.1f}億円"
G.fact(P, f"約{t_oku}", round(TR[2023]["o"] / 100000, 1) * 1e8, "yen", "outstanding", "actual", 2023,
       "令和5年度末", approx=True)
page(f"""
<h3>２　債権の種類別の状況（令和5年度決算）</h3>
<table class="grid">
<tr class="hd"><th>債権の種類</th><th>債権名</th><th>収納率（％）</th><th>収入未済額（千円）</th><th>調定額（千円）</th></tr>
{''.join(rows)}
</table>
<h3>３　収入未済額の推移（全債権）</h3>
<div class="caption">表　全債権の調定額・収入済額・収入未済額の推移（単位：百万円、％）</div>
<table class="hrule">
<tr class="hd"><th>年度</th><th>調定額</th><th>収入済額</th><th>収入未済額</th><th>増減額</th><th>増減率</th></tr>
{''.join(trow)}
</table>
<p class="small">出典：宇城市各会計決算書（下水道事業会計は決算報告書）</p>
<p>収入未済額は令和5年度末で約{t_oku}となり、5年間で着実に縮減しています。</p>
""")

# ------------------------------------------------------------------ p5 第3章: two-column prose + targets
P = len(pages) + 1
tax, kok = fig(DEBTS[0]), fig(DEBTS[5])
tax22, kok22 = (98.05, 84.12)
d_tax = round(tax["r"] - tax22, 2)
d_kok = round(kok["r"] - kok22, 2)
G.fact(P, f"{r2(tax['r'])}％", tax["r"], "percent", "collection_rate", "actual", 2023, "令和5年度", "total", "市税")
G.fact(P, f"{r2(d_tax)}ポイント", d_tax, "points", "difference", "actual", 2023, "令和5年度", "total", "市税")
G.fact(P, f"{r2(kok['r'])}％", kok["r"], "percent", "collection_rate", "actual", 2023, "令和5年度", "total",
       "国民健康保険税")
G.fact(P, f"{r2(d_kok)}ポイント", d_kok, "points", "difference", "actual", 2023, "令和5年度", "total",
       "国民健康保険税")
kt, kv = oku_man(kok["o"])
G.fact(P, f"約{kt}", kv, "yen", "outstanding", "actual", 2023, "令和5年度", "total", "国民健康保険税", approx=True)
jt = fig(DEBTS[3])
G.fact(P, f"{c(jt['o'])}千円", jt["o"] * K, "yen", "outstanding", "actual", 2023, "令和5年度", "total",
       "市営住宅使用料")
TG = {  # 目標収納率 (合計), R7..R9
    "市税": (98.35, 98.45, 98.55), "国民健康保険税": (86.20, 86.80, 87.40), "介護保険料": (98.70, 98.75, 98.80),
    "後期高齢者医療保険料": (99.65, 99.68, 99.70), "市営住宅使用料": (89.80, 90.30, 90.80),
    "下水道使用料": (97.90, 98.00, 98.10)}
TO = (432000, 418000, 405000)  # 収入未済額の目標 (千円)
trs = []
for n, ts in TG.items():
    f = fig([d for d in DEBTS if d[1] == n][0])
    trs.append(f"<tr><td>{n}</td><td class='num'>{r2(f['r'])}</td>" +
               "".join(f"<td class='num'>{r2(t)}</td>" for t in ts) + "</tr>")
    G.fact(P, r2(f["r"]), f["r"], "percent", "collection_rate", "actual", 2023, "R5", "total", n)
    for fy, t in zip((2025, 2026, 2027), ts):
        G.fact(P, r2(t), t, "percent", "collection_rate", "target", fy, f"R{fy - 2018}", "total", n)
trs.append("<tr class='sub'><td>収入未済額（全債権・百万円）</td>"
           f"<td class='num'>{TR[2023]['o'] / 1000:,.1f}</td>" +
           "".join(f"<td class='num'>{t / 1000:,.1f}</td>" for t in TO) + "</tr>")
G.fact(P, f"{TR[2023]['o'] / 1000:,.1f}", round(TR[2023]["o"] / 1000, 1) * 1e6, "yen", "outstanding", "actual",
       2023, "R5")
for fy, t in zip((2025, 2026, 2027), TO):
    G.fact(P, f"{t / 1000:,.1f}", t * K, "yen", "outstanding", "target", fy, f"R{fy - 2018}")
page(f"""
<h1>第3章　基本方針と数値目標</h1>
<div class="twocol">
<h3>１　基本方針</h3>
<p>（１）新たな滞納を生まない仕組みづくり<br>口座振替やスマートフォン決済の利用を広げ、納期内納付を定着させます。
令和5年度の市税の収納率は{r2(tax['r'])}％で、前年度比{r2(d_tax)}ポイント上昇しましたが、現年度分の納期内納付率はなお向上の余地があります。</p>
<p>（２）滞納処分と債権整理の両立<br>強制徴収公債権は財産調査を徹底し、差押え等の滞納処分を早期に行います。
国民健康保険税の収納率は{r2(kok['r'])}％と前年度比{r2(d_kok)}ポイント改善したものの、収入未済額は約{kt}と全債権の中で最も大きく、
重点的な取組が必要です。</p>
<p>（３）私債権の適正な管理<br>市営住宅使用料の収入未済額は{c(jt['o'])}千円で、退去者分の回収が課題です。支払督促などの法的措置と、
回収見込みのない債権の放棄を、条例に基づき計画的に進めます。</p>
<p>（４）全庁的な推進体制<br>副市長を会長とする債権管理推進会議において、各債権の目標と実績を年2回点検し、
その結果を次年度の取組に反映します。</p>
</div>
<h3>２　数値目標</h3>
<div class="caption">目標収納率（現年度分＋滞納繰越分、単位：％）</div>
<table class="grid">
<tr class="hd"><th>債権名</th><th>R5実績</th><th>R7目標</th><th>R8目標</th><th>R9目標</th></tr>
{''.join(trs)}
</table>
<div class="box">【参考】計画最終年度の姿<br>・全債権の収入未済額：{TO[2] / 100000:.2f}億円（令和9年度目標）<br>
・市税の収納率：{r2(TG['市税'][2])}％（令和9年度目標）</div>
""")
G.fact(P, f"{TO[2] / 100000:.2f}億円", round(TO[2] / 100000, 2) * 1e8, "yen", "outstanding", "target", 2027, "令和9年度")
G.fact(P, f"{r2(TG['市税'][2])}％", TG["市税"][2], "percent", "collection_rate", "target", 2027, "令和9年度", "total",
       "市税")

# ------------------------------------------------------------------ p6-p7 第4章 推進シート
def split(name, cur_a, cur_r):
    """令和5年度 segment rates consistent with the debt's total: 現年 from its assessed amount and rate."""
    f = fig([d for d in DEBTS if d[1] == name][0])
    cur_c = round(cur_a * cur_r / 100)
    return rate(cur_c, cur_a), rate(f["c"] - cur_c, f["a"] - cur_a)


KZ = split("国民健康保険税", 1287000, 95.12)
TZ = split("市税", 6290000, 99.41)
SHEETS = {
    "国民健康保険税": dict(seg=((2023, "current", KZ[0], (95.40, 95.60, 95.80)),
                          (2023, "arrears", KZ[1], (25.00, 26.00, 27.00))),
                     items=[("ア", "口座振替の推進", [
                         ("(ｱ)", "国保の加入手続の際に、窓口で口座振替の申込みを受け付ける。", "継続"),
                         ("(ｲ)", "Web口座振替受付サービスを導入し、申込みの手間を減らす。", "新規")]),
                            ("イ", "滞納処分の強化", [
                         ("(ｱ)", "納期限後3か月を経過した滞納者の財産調査を全件行う。", "拡充"),
                         ("(ｲ)", "熊本県と連携した合同滞納整理を年2回実施する。", "継続")])]),
    "市税": dict(seg=((2023, "current", TZ[0], (99.45, 99.50, 99.55)),
                    (2023, "arrears", TZ[1], (38.00, 39.00, 40.00))),
               items=[("ア", "納付環境の充実", [
                   ("(ｱ)", "地方税統一QRコードを活用し、スマートフォン決済の利用を拡大する。", "拡充"),
                   ("(ｲ)", "コンビニ収納の利用状況を分析し、納付書の様式を見直す。", None)]),
                      ("イ", "早期着手と滞納整理", [
                   ("(ｱ)", "督促状発送後10日以内に電話催告を開始し、新規滞納の累積を防ぐ。", "継続"),
                   ("(ｲ)", "執行停止の判断基準を明確にし、徴収見込みのない案件の整理を進める。", "新規")])]),
}


def sheet_html(num, name, P):
    d = [x for x in DEBTS if x[1] == name][0]
    s = SHEETS[name]
    rows = []
    for fy, sg, act, ts in s["seg"]:
        sl = "現年度分" if sg == "current" else "滞納繰越分"
        rows.append(f"<tr><td>{sl}</td><td class='num'>{r2(act)}</td>" +
                    "".join(f"<td class='num'>{r2(t)}</td>" for t in ts) + "</tr>")
        G.fact(P, r2(act), act, "percent", "collection_rate", "actual", 2023, "令和5年度", sg, name)
        for fyy, t in zip((2025, 2026, 2027), ts):
            G.fact(P, r2(t), t, "percent", "collection_rate", "target", fyy, f"令和{fyy - 2018}年度", sg, name)
    its = []
    for lab, title, subs in s["items"]:
        its.append(f"<div class='i1'>{lab}　{title}</div>")
        for sl, tx, st in subs:
            tag = f"【{st}】" if st else ""
            its.append(f"<div class='i2'>{sl}　{tx}{tag}</div>")
            G.init(P, tx, name, 2025, "具体的な取組", f"（{num}）{lab}{sl}", st)
    return f"""
<h3>（{num}）債権ごとの取組（{name}）</h3>
<table class="kv"><tr><th>債権名</th><td>{name}</td><th>所管課</th><td>{d[2]}</td><th>根拠法令</th><td>{d[4]}</td></tr></table>
<div class="caption">収納率の実績と目標（％）</div>
<table class="grid"><tr class="hd"><th>区分</th><th>令和5年度（実績）</th><th>令和7年度</th><th>令和8年度</th><th>令和9年度</th></tr>
{''.join(rows)}</table>
<div class="caption">具体的な取組</div>
<div class="items">{''.join(its)}</div>
"""


P = len(pages) + 1
h1 = sheet_html(1, "市税", P)
h2 = sheet_html(2, "国民健康保険税", P)
page(f"<h1>第4章　債権ごとの取組</h1><p>１　主要債権の推進シート</p>{h1}{h2}")

P = len(pages) + 1
kai = fig(DEBTS[6])
sched = [("口座振替・キャッシュレス納付の勧奨", "税務課・高齢介護課", ("○", "→", "→")),
         ("滞納整理強化月間（12月）の実施", "全債権所管課", ("○", "○", "○")),
         ("債権管理研修（新任・実務）", "財政課", ("実施", "実施", "実施")),
         ("私債権の支払督促・少額訴訟の活用", "住宅課・人権啓発課", ("検討", "○", "→")),
         ("徴収困難債権の放棄の審査", "債権管理推進会議", ("", "○", "○"))]
srows = "".join(f"<tr><td class='l'>{i + 1}　{a}</td><td>{b}</td>" + "".join(f"<td>{m}</td>" for m in ms) + "</tr>"
                for i, (a, b, ms) in enumerate(sched))
for i, (a, b, ms) in enumerate(sched):
    G.init(P, a, None, 2025, "取組スケジュール", str(i + 1), None)
kitems = [("(ｱ)", "普通徴収の新規滞納者へ、納期限後1か月以内に文書と電話で催告する。", "継続"),
          ("(ｲ)", "滞納が1年以上続く被保険者には給付制限の事前通知を行い、納付相談につなげる。", "拡充")]
kh = "".join(f"<div class='i2'>{a}　{t}【{s}】</div>" for a, t, s in kitems)
for a, t, s in kitems:
    G.init(P, t, "介護保険料", 2025, "具体的な取組", f"（3）ア{a}", s)
G.fact(P, f"{r2(kai['r'])}％", kai["r"], "percent", "collection_rate", "actual", 2023, "令和5年度", "total", "介護保険料")
G.fact(P, f"{c(kai['o'])}千円", kai["o"] * K, "yen", "outstanding", "actual", 2023, "令和5年度", "total", "介護保険料")
page(f"""
<h3>（3）債権ごとの取組（介護保険料）</h3>
<p>令和5年度の介護保険料の収納率は{r2(kai['r'])}％、収入未済額は{c(kai['o'])}千円です。特別徴収への切替えが進む一方、普通徴収の新規滞納が続いています。</p>
<div class="items"><div class='i1'>ア　普通徴収の滞納対策</div>{kh}</div>
<p>２　全庁的な取組のスケジュール</p>
<table class="grid sched"><tr class="hd"><th>取組項目</th><th>担当課</th><th>R7</th><th>R8</th><th>R9</th></tr>{srows}</table>
<p class="small">○：実施　→：継続実施　検討：実施方法の検討</p>
""")

# ------------------------------------------------------------------ p8 参考資料 (円) beside 千円 box
P = len(pages) + 1
lrows = []
for i, d in enumerate(DEBTS):
    f = fig(d)
    yen = f["o"] * K + (i * 137 % 1000)  # the list is kept to the yen
    lrows.append(f"<tr><td>{i + 1}</td><td class='l'>{d[1]}</td><td>{d[2]}</td><td>{d[4]}</td><td>{d[3]}</td>"
                 f"<td class='num'>{yen:,}</td></tr>")
    G.fact(P, f"{yen:,}", yen, "yen", "outstanding", "actual", 2023, "令和5年度末", "total", d[1])
kb = []
for k, kl in KIND:
    t = agg([d for d in DEBTS if d[3] == k])
    kb.append(f"<tr><td>{kl}</td><td class='num'>{c(t['o'])}</td></tr>")
    G.fact(P, c(t["o"]), t["o"] * K, "yen", "outstanding", "actual", 2023, "令和5年度末", "total", None, kl)
page(f"""
<h1>参考資料　債権一覧</h1>
<div class="caption">対象債権一覧（収入未済額は令和5年度末、単位：円）</div>
<table class="grid">
<tr class="hd"><th>No.</th><th>債権名</th><th>所管課</th><th>根拠法令</th><th>区分</th><th>収入未済額</th></tr>
{''.join(lrows)}</table>
<p class="small">区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権</p>
<div class="caption">区分別の収入未済額（単位：千円）</div>
<table class="grid" style="width:60%"><tr class="hd"><th>区分</th><th>収入未済額</th></tr>{''.join(kb)}</table>
""")

CSS = """
@page { size: A4; margin: 0 }
body { margin: 0; font-family: 'IPAexMincho', serif; font-size: 10pt; }
.page { width: 210mm; height: 297mm; padding: 20mm 18mm 16mm 18mm; box-sizing: border-box; position: relative;
        page-break-after: always; overflow: hidden; }
.run { position: absolute; top: 8mm; right: 18mm; font-size: 7.5pt; color: #555; font-family: 'IPAexGothic'; }
.foot { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1 { font-family: 'IPAexGothic'; font-size: 14pt; border-bottom: 2px solid #2a4d7a; padding-bottom: 2mm; margin: 2mm 0 4mm; }
h2.center { text-align: center; font-family: 'IPAexGothic'; letter-spacing: 4pt; }
h3 { font-family: 'IPAexGothic'; font-size: 11pt; margin: 4mm 0 2mm; }
p { line-height: 1.6; margin: 1.5mm 0; text-indent: 1em; }
.small { font-size: 8pt; text-indent: 0; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; font-size: 8.3pt; }
table.grid td, table.grid th { border: 0.6pt solid #333; padding: 1.2mm 1.5mm; }
table.grid th { background: #dde6f0; font-family: 'IPAexGothic'; font-weight: normal; }
table.hrule td, table.hrule th { padding: 1.2mm 2mm; }
table.hrule tr.hd th { border-top: 1.2pt solid #000; border-bottom: 0.8pt solid #000; font-family: 'IPAexGothic'; font-weight: normal; }
table.hrule tr:last-child td { border-bottom: 1.2pt solid #000; }
td.num { text-align: right; }
td.acc { text-align: center; background: #f1f4f8; width: 18mm; }
td.l { text-align: left; }
tr.sub td { background: #eef0f2; }
tr.tot td { background: #dde1e6; font-family: 'IPAexGothic'; }
table.sched td { text-align: center; }
table.sched td.l { text-align: left; }
table.toc td { padding: 2mm; border-bottom: 0.5pt dotted #777; font-size: 11pt; }
table.toc td:last-child { text-align: right; width: 15mm; }
.caption { font-family: 'IPAexGothic'; font-size: 8.5pt; margin-top: 3mm; }
pre.norule { font-family: 'IPAexMincho'; font-size: 9pt; margin: 1mm 0 0 4mm; line-height: 1.7; }
.twocol { column-count: 2; column-gap: 8mm; column-rule: 0.4pt solid #aaa; }
.twocol p { font-size: 9pt; }
.box { border: 0.8pt solid #333; padding: 2.5mm 4mm; margin-top: 4mm; font-size: 9pt; line-height: 1.7; }
table.kv th { background: #e7e7e7; border: 0.6pt solid #333; font-weight: normal; padding: 1.2mm; width: 16mm; }
table.kv td { border: 0.6pt solid #333; padding: 1.2mm; }
.items { border: 0.6pt solid #333; padding: 2mm 3mm; font-size: 8.8pt; line-height: 1.6; }
.i1 { font-family: 'IPAexGothic'; }
.i2 { padding-left: 5mm; text-indent: -5mm; margin-left: 5mm; }
.covertitle { text-align: center; font-family: 'IPAexGothic'; font-size: 28pt; line-height: 1.5; }
.coversub { text-align: center; font-size: 14pt; margin-top: 8mm; }
.coverdate { text-align: center; font-size: 13pt; }
.coverorg { text-align: center; font-size: 16pt; font-family: 'IPAexGothic'; margin-top: 4mm; }
"""

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
WORK.mkdir(exist_ok=True)
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
out = SET / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", hp.as_uri()], check=True, capture_output=True)
gp = G.write(out)
bad = check(out, gp)
print(STEM, "pages", len(pages), "facts", len(G.facts), "inits", len(G.initiatives), "bad", len(bad))
for b in bad[:30]:
    print("  ", b)
