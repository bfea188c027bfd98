"""fy_tosa_plan_1: 債権管理計画（令和７年度～令和９年度）(HTML/CSS -> chromium, named landscape pages)."""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fy_common import Gold, WORK, PDF_DIR, comma, rate, tri  # noqa: E402

STEM = "fy_tosa_plan_1"
CITY = "土佐市"
TITLE = "土佐市債権管理計画（令和７年度～令和９年度）"
g = Gold(STEM, "plan", CITY, TITLE, "2025-03-01", "令和７年３月")


def F(**kw):
    return g.fact(**kw)


def wy(fy):  # 令和5（2023）年度
    n = fy - 2018
    return f"令和{'元' if n == 1 else n}（{fy}）年度"


# ---------------- data ----------------
CITYY = {2019: (6512340, 6043120, 18920), 2020: (6621870, 6160450, 21300), 2021: (6587220, 6150980, 17650),
         2022: (6640510, 6222470, 15830), 2023: (6702960, 6299550, 14210)}
CY = {}
for fy, (a, c, w) in CITYY.items():
    CY[fy] = dict(a=a, c=c, w=w, o=a - c - w, r=rate(c, a))
O_2017 = 510240  # 平成29年度末 収入未済額 (千円)
# debts: full, short, R5 cur rate, arr rate, outstanding(千円), targets {fy: (cur, arr, outstanding)}
DEBTS = [
    ("市税", "市税", 99.05, 31.20, 98450, {2025: (99.10, 32.00, 92000), 2026: (99.15, 33.00, 88000), 2027: (99.20, 34.00, 84000)}),
    ("国民健康保険税", "国保税", 94.12, 22.35, 178620, {2025: (94.40, 23.00, 170000), 2026: (94.60, 24.00, 163000), 2027: (94.80, 25.00, 156000)}),
    ("介護保険料", "介護料", 98.64, 18.90, 12380, {2025: (98.70, 20.00, 11800), 2026: (98.75, 21.00, 11300), 2027: (98.80, 22.00, 10800)}),
    ("後期高齢者医療保険料", "後期高齢", 99.52, 40.10, 2140, {2025: (99.55, 41.00, 2000), 2026: (99.58, 42.00, 1900), 2027: (99.60, 43.00, 1800)}),
    ("保育料", "保育料", 98.20, 15.40, 3210, {2025: (98.40, 17.00, 3000), 2026: (98.50, 18.00, 2800), 2027: (98.60, 19.00, 2600)}),
    ("市営住宅使用料", "住宅使用料", 95.31, 12.80, 41260, {2025: (95.60, 14.00, 39000), 2026: (95.80, 15.00, 37000), 2027: (96.00, 16.00, 35000)}),
    ("下水道使用料", "下水道", 98.90, 25.60, 6820, {2025: (99.00, 26.00, 6500), 2026: (99.05, 27.00, 6200), 2027: (99.10, 28.00, 5900)}),
    ("住宅新築資金等貸付金", "住宅新築資金", 61.40, 3.20, 34300, {2025: (62.00, 3.50, 33000), 2026: (62.50, 3.80, 31500), 2027: (63.00, 4.00, 30000)}),
]
OTHER_O = CY[2023]["o"] - sum(d[4] for d in DEBTS)  # その他
pages = []


def page(body, land=False):
    pages.append((body, land))
    return len(pages)


# ---- p1 cover ----
page('<div class="cover"><div class="ct">土佐市債権管理計画</div><div class="cs">（令和７年度～令和９年度）</div>'
     '<div class="cd">令和７年３月</div><div class="cc">土　佐　市</div></div>')

# ---- p2 目次 ----
TOC = [("１　計画の趣旨と現状", 3), ("２　市の債権の状況", 4), ("３　債権別の数値目標", 5),
       ("４　債権別収納率の推移と全庁的な取組", 7), ("５　推進シート（介護保険料）", 8)]
toc = "".join(f'<div class="toc"><span>{t}</span><span class="dots"></span><span>{p}</span></div>' for t, p in TOC)
page(f'<h1 class="c">目　　次</h1>{toc}')

# ---- p3 two-column prose ----
PG = 3
o23 = CY[2023]["o"]
o22 = CY[2022]["o"]
t1_o = f"{o23 // 100000}億{(o23 % 100000) // 10:,}万円"
d17 = O_2017 - o23
d17_txt = f"約{round(d17 / 100000, 1):.1f}億円"
o17_txt = f"約{round(O_2017 / 10000) * 10000 // 100000}億{(round(O_2017 / 10000) * 10000 % 100000) // 10:,}万円"
r23, r22 = CY[2023]["r"], CY[2022]["r"]
dd = round(o22 - o23)
col1 = (f"<p>本市では、平成29年度（2017年度）に「土佐市債権管理方針」を定め、全庁的に収納率の向上と収入未済額の縮減に"
        f"取り組んできた。この結果、{wy(2023)}末の市全体の収入未済額は{t1_o}となり、平成29年度末の{o17_txt}から"
        f"{d17_txt}減少した。</p>"
        "<p>一方、人口減少と高齢化の進行により、市税及び保険料の調定額は伸び悩んでおり、滞納の長期化による徴収困難"
        "案件の割合は高まっている。</p>")
col2 = (f"<p>{wy(2023)}の市全体の収納率は{r23:.2f}％で、前年度比{r23 - r22:.2f}ポイント上昇した。収入未済額も前年度から"
        f"{dd:,}千円減少しており、改善傾向が続いている。</p>"
        "<p>本計画は、これまでの取組を継承しつつ、令和７（2025）年度から令和９（2027）年度までの３年間を計画期間として、"
        "債権ごとの数値目標と具体的な取組を定めるものである。</p>")
F(debt=None, debt_raw=None, fy=2023, fy_raw=wy(2023), seg="total", metric="outstanding", basis="actual",
  value=o23 // 10 * 10000, unit="yen", raw=t1_o, page=PG)
F(debt=None, debt_raw=None, fy=2017, fy_raw="平成29年度", seg="total", metric="outstanding", basis="actual",
  value=round(O_2017 / 10000) * 10000 * 1000, unit="yen", raw=o17_txt, page=PG, approx=True)
F(debt=None, debt_raw=None, fy=2023, fy_raw=wy(2023), seg="total", metric="difference", basis="actual",
  value=-int(round(round(d17 / 100000, 1) * 1e8)), unit="yen", raw=d17_txt, page=PG, approx=True)
F(debt=None, debt_raw=None, fy=2023, fy_raw=wy(2023), seg="total", metric="collection_rate", basis="actual",
  value=r23, unit="percent", raw=f"{r23:.2f}％", page=PG)
F(debt=None, debt_raw=None, fy=2023, fy_raw=wy(2023), seg="total", metric="difference", basis="actual",
  value=round(r23 - r22, 2), unit="points", raw=f"{r23 - r22:.2f}ポイント", page=PG)
F(debt=None, debt_raw=None, fy=2023, fy_raw=wy(2023), seg="total", metric="difference", basis="actual",
  value=-dd * 1000, unit="yen", raw=f"{dd:,}千円", page=PG)
page('<h2>１　計画の趣旨と現状</h2><div class="cols">' + col1 + col2 + '</div>'
     '<h3>（１）計画の位置付け</h3><p class="ind">本計画は、土佐市債権管理条例第５条に基づく計画であり、各債権所管課は'
     '本計画に沿って年度ごとの実施計画を作成する。</p>'
     '<h3>（２）計画の進行管理</h3><p class="ind">債権管理対策会議において、毎年度９月末及び３月末の進捗状況を確認し、'
     '必要に応じて取組の見直しを行う。</p>')

# ---- p4 city-wide table (years head rows) + metric-in-row-header table ----
PG = 4
rows = ""
prev = None
sum_a = sum_c = sum_w = sum_o = 0
for fy in range(2019, 2024):
    v = CY[fy]
    sum_a += v["a"]
    sum_c += v["c"]
    sum_w += v["w"]
    sum_o += v["o"]
    if prev is None:
        dtxt, rtxt = "－", "－"
    else:
        d = v["o"] - prev["o"]
        dr = round(d / prev["o"] * 100, 1)
        dtxt, rtxt = tri(d), tri(dr, "{:.1f}")
        F(debt=None, debt_raw="全会計", fy=fy, fy_raw=wy(fy), seg="total", metric="difference", basis="actual",
          value=d * 1000, unit="yen", raw=dtxt, page=PG)
        F(debt=None, debt_raw="全会計", fy=fy, fy_raw=wy(fy), seg="total", metric="change_rate", basis="actual",
          value=dr, unit="percent", raw=rtxt, page=PG)
    rows += (f'<tr><td class="l">{wy(fy)}</td><td>{v["r"]:.2f}</td><td>{comma(v["a"])}</td><td>{comma(v["c"])}</td>'
             f'<td>{comma(v["w"])}</td><td>{comma(v["o"])}</td><td>{dtxt}</td><td>{rtxt}</td></tr>')
    for m, k in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
        F(debt=None, debt_raw="全会計", fy=fy, fy_raw=wy(fy), seg="total", metric=m, basis="actual",
          value=v[k] * 1000, unit="yen", raw=comma(v[k]), page=PG)
    F(debt=None, debt_raw="全会計", fy=fy, fy_raw=wy(fy), seg="total", metric="collection_rate", basis="actual",
      value=v["r"], unit="percent", raw=f"{v['r']:.2f}", page=PG)
    prev = v
avg = {k: round(x / 5) for k, x in (("a", sum_a), ("c", sum_c), ("w", sum_w), ("o", sum_o))}
avg_r = round(sum(CY[f]["r"] for f in CY) / 5, 2)
rows += (f'<tr class="avg"><td class="l">5年平均</td><td>{avg_r:.2f}</td><td>{comma(avg["a"])}</td><td>{comma(avg["c"])}</td>'
         f'<td>{comma(avg["w"])}</td><td>{comma(avg["o"])}</td><td></td><td></td></tr>')
for m, k in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
    F(debt=None, debt_raw="全会計", fy=2023, fy_raw="5年平均", seg="total", metric="five_year_average_" + m,
      basis="actual", value=avg[k] * 1000, unit="yen", raw=comma(avg[k]), page=PG)
F(debt=None, debt_raw="全会計", fy=2023, fy_raw="5年平均", seg="total", metric="five_year_average_collection_rate",
  basis="actual", value=avg_r, unit="percent", raw=f"{avg_r:.2f}", page=PG)
t1 = ('<div class="cap capu"><span>表１　市全体（全会計）の債権の状況の推移</span><span class="u">（単位：千円、％）</span></div>'
      '<table class="hr"><thead><tr><th>年度</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th>'
      '<th>収入未済額</th><th>増減額</th><th>増減率</th></tr></thead><tbody>' + rows + '</tbody></table>'
      '<div class="note">注）増減額・増減率は収入未済額の対前年度比較。5年平均は各年度の単純平均。</div>')
# metric in row header (one debt, years as columns) beside debt-per-row table
tax_hist = [(2021, 98.71, 30.05, 121340), (2022, 98.92, 30.80, 109870), (2023, 99.05, 31.20, 98450)]
t2 = '<div class="cap">表２　市税の状況</div><table class="g"><thead><tr><th>区分</th>' + "".join(
    f"<th>R{fy - 2018}</th>" for fy, *_ in tax_hist) + '</tr></thead><tbody>'
for lab, idx, seg, m, unit in (("現年度分収納率（％）", 1, "current", "collection_rate", "percent"),
                               ("滞納繰越分収納率（％）", 2, "arrears", "collection_rate", "percent"),
                               ("収入未済額（千円）", 3, "total", "outstanding", "yen")):
    t2 += f'<tr><td class="l">{lab}</td>'
    for row in tax_hist:
        v = row[idx]
        raw = f"{v:.2f}" if unit == "percent" else comma(v)
        t2 += f"<td>{raw}</td>"
        F(debt="市税", debt_raw="市税", fy=row[0], fy_raw=f"R{row[0] - 2018}", seg=seg, metric=m, basis="actual",
          value=v if unit == "percent" else v * 1000, unit=unit, raw=raw, page=PG)
    t2 += "</tr>"
t2 += "</tbody></table>"
t3 = '<div class="cap">表３　債権別収入未済額（令和５年度末）</div><table class="g"><thead><tr><th>債権</th><th>収入未済額（千円）</th></tr></thead><tbody>'
for d in DEBTS:
    t3 += f'<tr><td class="l">{d[0]}</td><td>{comma(d[4])}</td></tr>'
    F(debt=d[0], debt_raw=d[0], fy=2023, fy_raw="令和５年度末", seg="total", metric="outstanding", basis="actual",
      value=d[4] * 1000, unit="yen", raw=comma(d[4]), page=PG)
t3 += f'<tr><td class="l">その他</td><td>{comma(OTHER_O)}</td></tr>'
F(debt=None, debt_raw="その他", fy=2023, fy_raw="令和５年度末", seg="total", metric="outstanding", basis="actual",
  value=OTHER_O * 1000, unit="yen", raw=comma(OTHER_O), page=PG)
t3 += f'<tr class="avg"><td class="l">合計</td><td>{comma(o23)}</td></tr></tbody></table>'
F(debt=None, debt_raw="合計", fy=2023, fy_raw="令和５年度末", seg="total", metric="outstanding", basis="actual",
  value=o23 * 1000, unit="yen", raw=comma(o23), page=PG)
page('<h2>２　市の債権の状況</h2>' + t1 + '<div class="two"><div>' + t2 + '</div><div>' + t3 + '</div></div>'
     '<div class="src">出典：各年度 土佐市決算書（出納整理期間後の確定値）</div>')

# ---- p5/p6 landscape wide table split ----
PG = 5
legend = ("注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料、"
          "下水道＝下水道使用料、住宅新築資金＝住宅新築資金等貸付金")
head5 = ('<tr><th rowspan="2">債権</th><th colspan="3">令和５（2023）年度 実績</th><th colspan="3">令和７（2025）年度 目標</th>'
         '<th colspan="3">令和８（2026）年度 目標</th></tr><tr>' + '<th>現年度分<br>収納率</th><th>滞納繰越分<br>収納率</th><th>収入未済額※1</th>' * 3 + '</tr>')
body5 = ""
for d in DEBTS:
    full, short, cr, ar, o, tg = d
    body5 += f'<tr><td class="l">{short}</td><td>{cr:.2f}</td><td>{ar:.2f}</td><td>{comma(o)}</td>'
    for (fy, basis, fyr, vals) in ((2023, "actual", "令和５（2023）年度", (cr, ar, o)),
                                   (2025, "target", "令和７（2025）年度", tg[2025]),
                                   (2026, "target", "令和８（2026）年度", tg[2026])):
        if fy != 2023:
            body5 += f'<td>{vals[0]:.2f}</td><td>{vals[1]:.2f}</td><td>{comma(vals[2])}</td>'
        F(debt=full, debt_raw=short, fy=fy, fy_raw=fyr, seg="current", metric="collection_rate", basis=basis,
          value=vals[0], unit="percent", raw=f"{vals[0]:.2f}", page=PG)
        F(debt=full, debt_raw=short, fy=fy, fy_raw=fyr, seg="arrears", metric="collection_rate", basis=basis,
          value=vals[1], unit="percent", raw=f"{vals[1]:.2f}", page=PG)
        F(debt=full, debt_raw=short, fy=fy, fy_raw=fyr, seg="total", metric="outstanding", basis=basis,
          value=vals[2] * 1000, unit="yen", raw=comma(vals[2]), page=PG)
    body5 += "</tr>"
foot5 = ('<div class="note">※1 収入未済額は現年度分と滞納繰越分の合計（単位：千円）。収納率の単位は％。'
         '※2 国保税の収入未済額のうち滞納繰越分 142,380千円（令和５年度末）。<br>' + legend + '</div>')
F(debt="国民健康保険税", debt_raw="国保税", fy=2023, fy_raw="令和５年度末", seg="arrears", metric="outstanding",
  basis="actual", value=142380000, unit="yen", raw="142,380千円", page=PG)
page('<h2>３　債権別の数値目標</h2><div class="cap">表４　債権別の実績と目標（収納率：％、収入未済額：千円）</div>'
     '<table class="g wide"><thead>' + head5 + '</thead><tbody>' + body5 + '</tbody></table>' + foot5
     + '<div class="cont">（次頁へ続く）</div>', land=True)
PG = 6
head6 = ('<tr><th rowspan="2">債権</th><th colspan="3">令和９（2027）年度 目標</th><th rowspan="2">令和５年度比<br>収入未済額の増減</th>'
         '<th rowspan="2">備考</th></tr><tr><th>現年度分<br>収納率</th><th>滞納繰越分<br>収納率</th><th>収入未済額※1</th></tr>')
NOTE6 = {"市税": "", "国民健康保険税": "うち滞納繰越分の目標 128,000千円", "住宅新築資金等貸付金": "償還免除分 2,150千円を除く"}
body6 = ""
for d in DEBTS:
    full, short, cr, ar, o, tg = d
    v = tg[2027]
    dd = v[2] - o
    note = NOTE6.get(full, "")
    body6 += (f'<tr><td class="l">{short}</td><td>{v[0]:.2f}</td><td>{v[1]:.2f}</td><td>{comma(v[2])}</td>'
              f'<td>{tri(dd)}</td><td class="l">{note}</td></tr>')
    F(debt=full, debt_raw=short, fy=2027, fy_raw="令和９（2027）年度", seg="current", metric="collection_rate",
      basis="target", value=v[0], unit="percent", raw=f"{v[0]:.2f}", page=PG)
    F(debt=full, debt_raw=short, fy=2027, fy_raw="令和９（2027）年度", seg="arrears", metric="collection_rate",
      basis="target", value=v[1], unit="percent", raw=f"{v[1]:.2f}", page=PG)
    F(debt=full, debt_raw=short, fy=2027, fy_raw="令和９（2027）年度", seg="total", metric="outstanding",
      basis="target", value=v[2] * 1000, unit="yen", raw=comma(v[2]), page=PG)
    F(debt=full, debt_raw=short, fy=2027, fy_raw="令和９（2027）年度", seg="total", metric="difference",
      basis="target", value=dd * 1000, unit="yen", raw=tri(dd), page=PG)
    if full == "国民健康保険税":
        F(debt=full, debt_raw=short, fy=2027, fy_raw="令和９（2027）年度", seg="arrears", metric="outstanding",
          basis="target", value=128000000, unit="yen", raw="128,000千円", page=PG)
page('<div class="cap">表４　債権別の実績と目標（続き）</div>'
     '<table class="g wide2"><thead>' + head6 + '</thead><tbody>' + body6 + '</tbody></table>'
     '<div class="note">※1 前頁に同じ。増減は令和９年度目標から令和５年度実績を差し引いた額（千円、△は減少）。</div>',
     land=True)

# ---- p7 long-format table + 全庁的な取組 (box) ----
PG = 7
LONG = [("市税", [(2021, 98.71, 30.05), (2022, 98.92, 30.80), (2023, 99.05, 31.20)]),
        ("国民健康保険税", [(2021, 93.40, 20.12), (2022, 93.85, 21.40), (2023, 94.12, 22.35)]),
        ("介護保険料", [(2021, 98.31, 16.20), (2022, 98.50, 17.85), (2023, 98.64, 18.90)])]
lt = ('<div class="cap">表５　主要債権の収納率の推移（単位：％）</div><table class="g narrow"><thead><tr><th>債権</th><th>年度</th>'
      '<th>現年度分</th><th>滞納繰越分</th></tr></thead><tbody>')
for full, ys in LONG:
    for fy, cr, ar in sorted(ys, reverse=True):  # 年度 descending
        fyr = f"{fy}年度"
        lt += f'<tr><td class="l">{full}</td><td>{fyr}</td><td>{cr:.2f}</td><td>{ar:.2f}</td></tr>'
        F(debt=full, debt_raw=full, fy=fy, fy_raw=fyr, seg="current", metric="collection_rate", basis="actual",
          value=cr, unit="percent", raw=f"{cr:.2f}", page=PG)
        F(debt=full, debt_raw=full, fy=fy, fy_raw=fyr, seg="arrears", metric="collection_rate", basis="actual",
          value=ar, unit="percent", raw=f"{ar:.2f}", page=PG)
lt += "</tbody></table>"
COMMON = [("(1)", "滞納の未然防止", [("ア", "口座振替の推進と、スマートフォン決済・コンビニ収納の全債権への拡大", "拡充"),
                                  ("イ", "納期限前の納付案内（SMS送信）の試行", "新規")]),
          ("(2)", "滞納整理の強化", [("ア", "債権管理対策会議による進行管理と、所管課への個別ヒアリングの実施", "継続"),
                                  ("イ", "高知県地方税滞納整理機構への困難案件の移管", "継続")]),
          ("(3)", "債権の適正な整理", [("ア", "徴収停止・債権放棄の基準に基づく私債権の整理", "継続")])]
box = '<div class="ibox"><div class="ibt">全庁的な取組</div>'
for lab, title, items in COMMON:
    box += f'<div class="it1">{lab}　{title}</div>'
    for sl, t, stt in items:
        box += f'<div class="it2">{sl}　{t}【{stt}】</div>'
        g.init(debt=None, fy=2025, section="全庁的な取組", label=f"{lab}{sl}", text=t, status=stt, page=PG)
box += "</div>"
page('<h2>４　債権別収納率の推移と全庁的な取組</h2>' + lt +
     '<p class="ind">主要３債権の現年度分収納率は、いずれも３年度連続で上昇している。特に国民健康保険税は2021年度から'
     '0.72ポイント改善した。</p>' + box)
F(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw=None, seg="current", metric="difference",
  basis="actual", value=0.72, unit="points", raw="0.72ポイント", page=PG)

# ---- p8 推進シート（介護保険料） ----
PG = 8
kg = DEBTS[2]
strip = ('<table class="g lv"><tr><th>債権名</th><td>介護保険料</td><th>所管課</th><td>長寿政策課</td><th>根拠法令</th>'
         '<td>介護保険法</td></tr></table>')
tgt = ('<table class="g"><thead><tr><th rowspan="2">区分</th><th>実績</th><th colspan="3">目標</th></tr><tr><th>R5</th>'
       '<th>R7</th><th>R8</th><th>R9</th></tr></thead><tbody>')
for lab, idx, seg, m, unit in (("現年度分収納率（％）", 0, "current", "collection_rate", "percent"),
                               ("滞納繰越分収納率（％）", 1, "arrears", "collection_rate", "percent"),
                               ("収入未済額（千円）", 2, "total", "outstanding", "yen")):
    base = (kg[2], kg[3], kg[4])[idx]
    cells = [(2023, "R5", "actual", base)] + [(fy, f"R{fy - 2018}", "target", kg[5][fy][idx]) for fy in (2025, 2026, 2027)]
    tgt += f'<tr><td class="l">{lab}</td>'
    for fy, fyr, basis, v in cells:
        raw = f"{v:.2f}" if unit == "percent" else comma(v)
        tgt += f"<td>{raw}</td>"
        F(debt="介護保険料", debt_raw="介護保険料", fy=fy, fy_raw=fyr, seg=seg, metric=m, basis=basis,
          value=v if unit == "percent" else v * 1000, unit=unit, raw=raw, page=PG)
    tgt += "</tr>"
tgt += "</tbody></table>"
issue = ("第１号被保険者の普通徴収分で滞納が生じており、令和５年度末の滞納者数は214人である。滞納が２年を超えると"
         "給付制限の対象となるため、早期の納付指導が重要である。")
F(debt="介護保険料", debt_raw="介護保険料", fy=2023, fy_raw="令和５年度末", seg="total", metric="delinquents",
  basis="actual", value=214, unit="persons", raw="214人", page=PG)
ACTS = [("(1)", "新規滞納者に対し、督促状発送後１か月以内に電話催告を行う。", "継続"),
        ("(2)", "年金特別徴収への切替時期を被保険者に個別に通知し、普通徴収期間の滞納を防ぐ。", "新規"),
        ("(3)", "滞納繰越分は、預貯金調査を行い、納付資力のある者には差押えを行う。", "拡充"),
        ("(4)", "給付制限の事前通知に合わせて納付相談の機会を設ける。", None)]
acts = "".join(f'<div class="it2">{lab}　{t}' + (f"【{s}】" if s else "") + "</div>" for lab, t, s in ACTS)
for lab, t, s in ACTS:
    g.init(debt="介護保険料", fy=2025, section="具体的な取組", label=lab, text=t, status=s, page=PG)
page('<h2>５　推進シート</h2><h3>債権ごとの取組（介護保険料）</h3>' + strip +
     '<div class="cap">（１）数値目標</div>' + tgt +
     '<div class="cap">（２）現状と課題</div><div class="pbox">' + issue + '</div>'
     '<div class="cap">（３）具体的な取組</div><div class="pbox">' + acts + '</div>')

CSS = """
@page { size: A4 portrait; margin: 0; }
@page land { size: A4 landscape; margin: 0; }
body { margin:0; font-family:'IPAexMincho'; font-size:10.5pt; }
.pg { width:210mm; height:296.5mm; box-sizing:border-box; padding:20mm 20mm 15mm 20mm; position:relative;
      break-after: page; overflow:hidden; }
.pg.land { page: land; width:297mm; height:209.5mm; padding:14mm 16mm 12mm 16mm; }
.pg:last-child { break-after: auto; }
.pno { position:absolute; bottom:7mm; left:0; right:0; text-align:center; font-size:9pt; }
.cover { text-align:center; padding-top:70mm; }
.ct { font-family:'IPAexGothic'; font-size:28pt; letter-spacing:0.1em; }
.cs { font-family:'IPAexGothic'; font-size:16pt; margin-top:6mm; }
.cd { font-size:14pt; margin-top:90mm; } .cc { font-size:16pt; margin-top:8mm; letter-spacing:0.3em; }
h1.c { text-align:center; font-family:'IPAexGothic'; font-size:16pt; margin:10mm 0 12mm 0; }
h2 { font-family:'IPAexGothic'; font-size:13pt; border-bottom:1.2pt solid #2b4c7e; padding-bottom:1mm; margin:0 0 4mm 0; }
h3 { font-family:'IPAexGothic'; font-size:11pt; margin:4mm 0 2mm 0; }
.toc { display:flex; font-size:12pt; margin:5mm 10mm; } .toc .dots { flex:1; border-bottom:1pt dotted #000; margin:0 2mm 1.2mm 2mm; }
.cols { column-count:2; column-gap:8mm; column-rule:0.3pt solid #aaa; text-align:justify; }
.cols p { margin:0 0 3mm 0; text-indent:1em; line-height:1.7; }
p.ind { text-indent:1em; line-height:1.7; margin:0 0 3mm 0; }
.cap { font-family:'IPAexGothic'; font-size:10pt; margin:4mm 0 1mm 0; }
.capu { display:flex; justify-content:space-between; } .capu .u { font-family:'IPAexMincho'; font-size:8.5pt; }
table { border-collapse:collapse; font-size:8.8pt; }
table.hr { width:100%; }
table.hr th { border-top:1.2pt solid #000; border-bottom:0.8pt solid #000; font-weight:normal; font-family:'IPAexGothic'; padding:1.2mm 1mm; }
table.hr td { padding:1.2mm 1.5mm; text-align:right; }
table.hr tr.avg td { border-top:0.5pt solid #000; }
table.g th { border:0.5pt solid #333; background:#e3e9f2; font-weight:normal; font-family:'IPAexGothic'; padding:1mm; }
table.g td { border:0.5pt solid #333; padding:1mm 1.5mm; text-align:right; }
table.g tr.avg td { background:#f2f2f2; }
td.l { text-align:left !important; }
table.wide { width:100%; font-size:8.6pt; } table.wide2 { width:80%; font-size:8.6pt; }
table.narrow { width:75%; }
table.lv { width:100%; margin-bottom:2mm; } table.lv td { text-align:left; }
.two { display:flex; gap:6mm; margin-top:2mm; } .two > div:first-child { flex:1.4; } .two > div { flex:1; }
.two table { width:100%; }
.note { font-size:8pt; margin-top:1.5mm; line-height:1.5; }
.src { font-size:8pt; text-align:right; margin-top:2mm; }
.cont { text-align:right; font-size:9pt; margin-top:3mm; }
.ibox { border:1pt solid #2b4c7e; padding:3mm 4mm; margin-top:5mm; }
.ibt { font-family:'IPAexGothic'; margin-bottom:2mm; }
.it1 { font-family:'IPAexGothic'; margin:1.5mm 0 1mm 0; } .it2 { margin:0 0 1.2mm 2em; text-indent:-2em; padding-left:2em; line-height:1.6; }
.pbox { border:0.6pt solid #333; padding:2.5mm 3mm; line-height:1.7; }
"""
body = ""
for i, (b, land) in enumerate(pages, 1):
    pno = "" if i == 1 else f'<div class="pno">{i}</div>'
    body += f'<div class="pg{" land" if land else ""}">{b}{pno}</div>'
htmlp = WORK / f"{STEM}.html"
htmlp.write_text(f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head>"
                 f"<body>{body}</body></html>", encoding="utf-8")
pdf = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", htmlp.as_uri()], check=True, capture_output=True)
g.write(pdf)
