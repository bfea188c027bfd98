"""越前市債権管理計画（令和7年度～令和9年度） — HTML/CSS (named landscape pages, 2段組) -> chromium.

Run from corpus/frozen45:  python3 build/qg_echizen_plan_1.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qg_common import GOTHIC, MINCHO, PDF_DIR, WORK, Gold, c, check, tri, trif  # noqa: E402

STEM = "qg_echizen_plan_1"
CITY = "越前市"
TITLE = "越前市債権管理計画（令和7年度～令和9年度）"
g = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和７年３月")
F = g.fact


def man_s(thousand):
    m = round(thousand / 10)
    o, r = divmod(m, 10000)
    return (f"{o}億" if o else "") + (f"{r:,}万" if r else "") + "円"


def dual(fy):
    n = fy - 2018
    return f"令和{'元' if n == 1 else n}（{fy}）年度" if fy >= 2019 else f"平成{fy - 1988}（{fy}）年度"


# ---------------------------------------------------------------- data
# 会計, debt, printed (full), short, 所管課, R4 outstanding, R5 outstanding (千円)
ACC = [
    ("一般会計", [("市税", "市税", "市税", "税務課", 198450, 176320),
              ("保育料", "保育料", "保育料", "保育課", 5840, 5210),
              ("市営住宅使用料", "市営住宅使用料", "住宅使用料", "建築住宅課", 31260, 29870),
              ("生活保護費返還金", "生活保護費返還金", "生保返還金", "社会福祉課", 42180, 44930),
              ("学校給食費", "学校給食費", "給食費", "教育振興課", 2980, 2640)]),
    ("国民健康保険事業特別会計", [("国民健康保険税", "国民健康保険税", "国保税", "税務課", 412570, 386210)]),
    ("介護保険事業特別会計", [("介護保険料", "介護保険料", "介護料", "長寿福祉課", 28640, 27980)]),
    ("後期高齢者医療特別会計", [("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢", "保険年金課", 4120, 3860)]),
    ("下水道事業会計", [("下水道使用料", "下水道使用料", "下水道", "上下水道課", 21870, 20420)]),
    ("水道事業会計", [("水道料金", "水道料金", "水道", "上下水道課", 19340, 18760)]),
]
TOT4 = sum(d[4] for _, ds in ACC for d in ds)
TOT5 = sum(d[5] for _, ds in ACC for d in ds)
H30_TOTAL = 1243000  # 千円 (約12億4,300万円)
# 市税の収納率の推移 (H30..R5)
TAXR = {2018: (99.02, 21.40, 96.84), 2019: (99.10, 23.85, 97.12), 2020: (99.05, 22.10, 97.30),
        2021: (99.18, 25.60, 97.71), 2022: (99.24, 27.34, 98.32), 2023: (99.31, 29.12, 98.62)}
YLAB = {2018: "H30", 2019: "R元", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5"}
# targets: short -> {period: (cur, arr, outstanding)}; R5 = 決算, R6 = 見込, R7-R9 = 目標
TG = {
    "市税": {2023: (99.31, 29.12, 176320), 2024: (99.33, 30.00, 162000), 2025: (99.35, 30.50, 150000),
           2026: (99.38, 31.00, 140000), 2027: (99.40, 31.50, 130000)},
    "国保税": {2023: (94.12, 20.46, 386210), 2024: (94.30, 21.00, 365000), 2025: (94.50, 21.50, 345000),
            2026: (94.70, 22.00, 325000), 2027: (95.00, 22.50, 305000)},
    "介護料": {2023: (99.06, 17.85, 27980), 2024: (99.10, 18.50, 27000), 2025: (99.15, 19.00, 26000),
            2026: (99.20, 19.50, 25000), 2027: (99.25, 20.00, 24000)},
    "後期高齢": {2023: (99.68, 31.20, 3860), 2024: (99.70, 32.00, 3700), 2025: (99.72, 33.00, 3500),
             2026: (99.74, 34.00, 3300), 2027: (99.75, 35.00, 3100)},
    "保育料": {2023: (99.41, 19.82, 5210), 2024: (99.45, 21.00, 4900), 2025: (99.50, 22.00, 4600),
            2026: (99.55, 23.00, 4300), 2027: (99.60, 24.00, 4000)},
    "住宅使用料": {2023: (96.84, 10.37, 29870), 2024: (97.00, 11.00, 28500), 2025: (97.20, 12.00, 27000),
              2026: (97.40, 13.00, 25500), 2027: (97.60, 14.00, 24000)},
    "給食費": {2023: (99.52, 14.60, 2640), 2024: (99.55, 15.50, 2450), 2025: (99.60, 16.00, 2300),
            2026: (99.65, 16.50, 2150), 2027: (99.70, 17.00, 2000)},
    "下水道": {2023: (99.12, 38.40, 20420), 2024: (99.15, 39.00, 19800), 2025: (99.20, 40.00, 19000),
            2026: (99.25, 41.00, 18200), 2027: (99.30, 42.00, 17500)},
    "水道": {2023: (99.21, 41.75, 18760), 2024: (99.25, 42.50, 18200), 2025: (99.30, 43.00, 17500),
           2026: (99.35, 44.00, 16800), 2027: (99.40, 45.00, 16000)},
}
FULL = {d[2]: d[0] for _, ds in ACC for d in ds}
for k in TG:
    assert TG[k][2023][2] == [d[5] for _, ds in ACC for d in ds if d[2] == k][0], k
assert TG["市税"][2023][0] == TAXR[2023][0] and TG["市税"][2023][1] == TAXR[2023][1]

CSS = f"""
@font-face {{ font-family: 'QM'; src: url('file://{MINCHO}'); }}
@font-face {{ font-family: 'QG'; src: url('file://{GOTHIC}'); }}
@page {{ size: A4 portrait; margin: 20mm 18mm 18mm 18mm;
  @bottom-center {{ content: counter(page); font-family: 'QM'; font-size: 9pt; }} }}
@page cover {{ @bottom-center {{ content: none; }} }}
@page wide {{ size: A4 landscape; margin: 15mm 15mm 14mm 15mm; }}
body {{ font-family: 'QM'; font-size: 10pt; line-height: 1.7; margin: 0; }}
.cover {{ page: cover; text-align: center; }}
.wide {{ page: wide; }}
.pb {{ break-before: page; }}
h1 {{ font-family: 'QG'; font-size: 14pt; border-bottom: 2px solid #2f4f7f; padding-bottom: 1mm; margin: 0 0 4mm 0; }}
h2 {{ font-family: 'QG'; font-size: 11.5pt; margin: 4mm 0 1.5mm 0; }}
h3 {{ font-family: 'QG'; font-size: 10.5pt; margin: 2.5mm 0 1mm 0; }}
p {{ margin: 0 0 1.5mm 0; text-align: justify; }}
p.ind {{ text-indent: 1em; }}
.cols {{ column-count: 2; column-gap: 9mm; column-rule: 0.5px solid #999; font-size: 9.6pt; }}
.toc td {{ padding: 2.5mm 2mm; font-size: 11.5pt; }}
.toc td.p {{ text-align: right; width: 18mm; }}
.toc td.d {{ border-bottom: 1px dotted #000; }}
table.t {{ border-collapse: collapse; width: 100%; font-size: 8.6pt; line-height: 1.3; }}
table.t th, table.t td {{ border: 0.7px solid #000; padding: 0.9mm 1.3mm; }}
table.t th {{ font-family: 'QG'; font-weight: normal; background: #dfe6f0; text-align: center; }}
table.t td.n {{ text-align: right; }}
table.t tr.sub td {{ background: #f4f1e4; font-family: 'QG'; }}
table.t tr.all td {{ background: #e3e3e3; font-family: 'QG'; }}
.cap {{ font-family: 'QG'; font-size: 10pt; margin: 3mm 0 1mm 0; }}
.unit {{ text-align: right; font-size: 8.5pt; margin: -5mm 0 0.5mm 0; }}
.fn {{ font-size: 8.3pt; margin: 0.5mm 0 0 0; }}
.lv {{ font-size: 9pt; margin: 0 0 1mm 0; }}
.item {{ padding-left: 2.2em; text-indent: -2.2em; margin: 0 0 0.8mm 0; font-size: 9.4pt; }}
.sub {{ padding-left: 4.4em; text-indent: -2.2em; margin: 0 0 0.8mm 0; font-size: 9.4pt; }}
"""

html: list[str] = []
H = html.append

# ================================================================= page 1: cover
H('<div class="cover">')
H('<div style="height:62mm"></div>')
H('<p style="text-align:center;font-family:QG;font-size:26pt;margin:0">越前市債権管理計画</p>')
H('<p style="text-align:center;font-size:14pt;margin:6mm 0 0 0">令和７（2025）年度～令和９（2027）年度</p>')
H('<div style="height:120mm"></div>')
H('<p style="text-align:center;font-size:14pt">令和７年３月</p>')
H('<p style="text-align:center;font-family:QG;font-size:16pt">越　前　市</p>')
H("</div>")

# ================================================================= page 2: 目次
H('<div class="pb"></div>')
H("<h1>目　次</h1>")
TOC = [("第１章", "計画の策定にあたって", "3"), ("第２章", "債権の現状", "4"), ("第３章", "計画の目標", "5"),
       ("第４章", "債権ごとの取組", "7")]
H('<table class="toc" style="width:100%;margin-top:8mm">')
for a, b, pno in TOC:
    H(f'<tr><td style="width:22mm;font-family:QG">{a}</td><td class="d">{b}</td><td class="p">{pno}</td></tr>')
H("</table>")

# ================================================================= page 3: 第1章 (2段組)
P = 3
H('<div class="pb"></div>')
H("<h1>第１章　計画の策定にあたって</h1>")
red = H30_TOTAL - TOT5
r5, r4 = TAXR[2023], TAXR[2022]
dtot = round(r5[2] - r4[2], 2)
k5 = TG["国保税"][2023]
H('<div class="cols">')
H("<h2>１　計画策定の趣旨</h2>")
H('<p class="ind">本市は、平成２８年に「越前市債権管理条例」を制定し、市が保有する債権の適正な管理と収入未済額の縮減に'
  "全庁を挙げて取り組んできました。第１次計画（令和４年度～令和６年度）の期間中には、債権管理課による困難案件の"
  "引継ぎや、各課合同の財産調査を実施し、一定の成果を上げています。</p>")
H(f'<p class="ind">本市の収入未済額は、平成30（2018）年度決算の約{man_s(H30_TOTAL)}から、令和５（2023）年度決算では'
  f"約{man_s(TOT5)}となり、約{man_s(red)}縮減しました。一方で、国民健康保険税や生活保護費返還金など、"
  "収入未済額の縮減が進まない債権も残っています。</p>")
F(P, None, None, 2018, "平成30（2018）年度決算", "total", "outstanding", "actual", H30_TOTAL * 1000, "yen",
  f"約{man_s(H30_TOTAL)}", approx=True)
F(P, None, None, 2023, "令和５（2023）年度決算", "total", "outstanding", "actual", round(TOT5 / 10) * 10000, "yen",
  f"約{man_s(TOT5)}", approx=True)
F(P, None, None, 2023, "令和５（2023）年度決算", "total", "difference", "actual", -round(red / 10) * 10000, "yen",
  f"約{man_s(red)}", approx=True)
H('<p class="ind">こうした状況を踏まえ、市民負担の公平性の確保と安定した財源の確保を図るため、第２次となる本計画を'
  "策定し、債権ごとの目標と取組を定めて、進捗を管理します。</p>")
H("<h2>２　計画期間</h2>")
H('<p class="ind">令和７（2025）年度から令和９（2027）年度までの３年間とします。社会経済情勢の変化や制度改正が'
  "あった場合には、必要に応じて見直しを行います。</p>")
H("<h2>３　対象債権</h2>")
H('<p class="ind">令和５年度決算において収入未済額が生じている債権のうち、第２章に掲げる１０債権を対象とします。</p>')
H("<h2>４　現状と基本方針</h2>")
H("<h3>（１）収納率の状況</h3>")
H(f'<p class="ind">市税の収納率は、令和５（2023）年度決算で{r5[2]:.2f}％となり、前年度比{dtot:.2f}ポイント上昇しました。'
  f"このうち滞納繰越分は{r5[1]:.2f}％で、５年前と比べて大きく改善しています。"
  f"国民健康保険税の現年課税分の収納率は{k5[0]:.2f}％で、県内他市と比べて低い水準にあります。</p>")
F(P, "市税", "市税", 2023, "令和５（2023）年度決算", "total", "collection_rate", "actual", r5[2], "percent", f"{r5[2]:.2f}％")
F(P, "市税", "市税", 2023, "令和５（2023）年度決算", "total", "difference", "actual", dtot, "points", f"{dtot:.2f}ポイント")
F(P, "市税", "市税", 2023, "令和５（2023）年度決算", "arrears", "collection_rate", "actual", r5[1], "percent", f"{r5[1]:.2f}％")
F(P, "国民健康保険税", "国民健康保険税", 2023, "令和５（2023）年度決算", "current", "collection_rate", "actual", k5[0], "percent",
  f"{k5[0]:.2f}％")
H("<h3>（２）基本方針</h3>")
H('<p class="item">ア　新たな滞納の発生を防ぐため、口座振替やスマートフォン決済など納付しやすい環境を整えます。</p>')
H('<p class="item">イ　滞納が生じた債権には、督促・催告を速やかに行い、資力のある滞納者には法的措置を講じます。</p>')
H('<p class="item">ウ　回収の見込みのない債権は、条例に基づき適正に整理します。</p>')
H('<p class="sub">(ｱ)　執行停止・債権放棄の判断基準を全庁で統一します。</p>')
H('<p class="sub">(ｲ)　整理の結果は、毎年度、議会に報告します。</p>')
H("</div>")

# ================================================================= page 4: 第2章 (会計 outer, 会計計, 総計; rates with 平均)
P = 4
H('<div class="pb"></div>')
H("<h1>第２章　債権の現状</h1>")
H('<p class="cap">表１　会計別・債権別の収入未済額</p>')
H('<p class="unit">（単位：千円、％）</p>')
H('<table class="t"><tr><th>会計</th><th>債権名</th><th>所管課</th><th>令和４（2022）年度</th><th>令和５（2023）年度</th>'
  "<th>増減額</th><th>増減率</th></tr>")
for acc, ds in ACC:
    n = len(ds)
    for i, (debt, raw, short, ka, o4, o5) in enumerate(ds):
        row = "<tr>"
        if i == 0:
            row += f'<td rowspan="{n}" style="width:26mm">{acc}</td>'
        d = o5 - o4
        row += (f"<td>{raw}</td><td>{ka}</td><td class='n'>{c(o4)}</td><td class='n'>{c(o5)}</td>"
                f"<td class='n'>{tri(d)}</td><td class='n'>{trif(d / o4 * 100, 1)}</td></tr>")
        H(row)
        F(P, debt, raw, 2022, "令和４（2022）年度", "total", "outstanding", "actual", o4 * 1000, "yen", c(o4))
        F(P, debt, raw, 2023, "令和５（2023）年度", "total", "outstanding", "actual", o5 * 1000, "yen", c(o5))
        F(P, debt, raw, 2023, "増減額", "total", "difference", "actual", d * 1000, "yen", tri(d))
    s4, s5 = sum(x[4] for x in ds), sum(x[5] for x in ds)
    d = s5 - s4
    H(f"<tr class='sub'><td colspan='3' style='text-align:right;padding-right:6mm'>会計計</td><td class='n'>{c(s4)}</td><td class='n'>{c(s5)}</td>"
      f"<td class='n'>{tri(d)}</td><td class='n'>{trif(d / s4 * 100, 1)}</td></tr>")
    F(P, None, "会計計", 2022, "令和４（2022）年度", "total", "outstanding", "actual", s4 * 1000, "yen", c(s4))
    F(P, None, "会計計", 2023, "令和５（2023）年度", "total", "outstanding", "actual", s5 * 1000, "yen", c(s5))
    F(P, None, "会計計", 2023, "増減額", "total", "difference", "actual", d * 1000, "yen", tri(d))
d = TOT5 - TOT4
H(f"<tr class='all'><td colspan='3'>総計</td><td class='n'>{c(TOT4)}</td><td class='n'>{c(TOT5)}</td>"
  f"<td class='n'>{tri(d)}</td><td class='n'>{trif(d / TOT4 * 100, 1)}</td></tr></table>")
F(P, None, "総計", 2022, "令和４（2022）年度", "total", "outstanding", "actual", TOT4 * 1000, "yen", c(TOT4))
F(P, None, "総計", 2023, "令和５（2023）年度", "total", "outstanding", "actual", TOT5 * 1000, "yen", c(TOT5))
F(P, None, "総計", 2023, "増減額", "total", "difference", "actual", d * 1000, "yen", tri(d))
H('<p class="fn">※ 各年度の決算における収入未済額（出納閉鎖後）。増減は令和５年度－令和４年度、増減率は令和４年度に対する割合（△は減）。</p>')

H('<p class="cap" style="margin-top:6mm">表２　市税の収納率の推移</p>')
H('<p class="unit">（単位：％）</p>')
yrs = sorted(TAXR)
H('<table class="t"><tr><th>区分</th>' + "".join(f"<th>{YLAB[y]}</th>" for y in yrs) + "<th>平均</th><th>増減<br>（R5－H30）</th></tr>")
for k, (lab, seg) in enumerate((("現年課税分", "current"), ("滞納繰越分", "arrears"), ("計", "total"))):
    vals = [TAXR[y][k] for y in yrs]
    avg = round(sum(vals) / len(vals), 2)
    dd = round(vals[-1] - vals[0], 2)
    H(f"<tr><td>{lab}</td>" + "".join(f"<td class='n'>{v:.2f}</td>" for v in vals)
      + f"<td class='n'>{avg:.2f}</td><td class='n'>{trif(dd)}</td></tr>")
    for y, v in zip(yrs, vals):
        F(P, "市税", "市税", y, YLAB[y], seg, "collection_rate", "actual", v, "percent", f"{v:.2f}")
    F(P, "市税", "市税", None, "平均", seg, "collection_rate", "actual", avg, "percent", f"{avg:.2f}")
    F(P, "市税", "市税", 2023, "R5－H30", seg, "difference", "actual", dd, "points", trif(dd))
H("</table>")
H('<p class="fn">※ 平均はH30からR5までの６か年の単純平均。増減はポイント。</p>')

# ================================================================= pages 5-6: 第3章 目標 (landscape, wide table continued)
SH = list(TG)


def target_table(page, periods, first):
    cols = len(periods)
    H('<table class="t"><tr><th rowspan="2" style="width:30mm">債権名</th>'
      + "".join(f"<th colspan='3'>{lab}</th>" for _, lab, _ in periods) + "</tr>")
    H("<tr>" + "<th>現年度分<br>収納率（％）</th><th>滞納繰越分<br>収納率（％）</th><th>収入未済額<br>（千円）</th>" * cols + "</tr>")
    for sh in SH:
        debt = FULL[sh]
        row = f"<tr><td>{sh}</td>"
        for fy, lab, basis in periods:
            cr, ar, out = TG[sh][fy]
            row += f"<td class='n'>{cr:.2f}</td><td class='n'>{ar:.2f}</td><td class='n'>{c(out)}</td>"
            F(page, debt, sh, fy, lab, "current", "collection_rate", basis, cr, "percent", f"{cr:.2f}")
            F(page, debt, sh, fy, lab, "arrears", "collection_rate", basis, ar, "percent", f"{ar:.2f}")
            F(page, debt, sh, fy, lab, "total", "outstanding", basis, out * 1000, "yen", c(out))
        H(row + "</tr>")
    H("</table>")


P = 5
H('<div class="wide">')
H("<h1>第３章　計画の目標</h1>")
H('<p style="font-size:9.6pt">各債権の所管課は、令和５年度決算と令和６年度の見込みを基に、令和７年度から令和９年度までの'
  "各年度の目標を次のとおり定めます。目標は、現年度分の収納率、滞納繰越分の収納率及び年度末の収入未済額の３項目とします。</p>")
H('<p class="cap">表３　債権別の目標（その１）</p>')
target_table(P, [(2023, "令和５年度　決算", "actual"), (2024, "令和６年度　見込", "estimate"), (2025, "令和７年度　目標", "target")], True)
H('<p class="fn">※ 国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、住宅使用料：市営住宅使用料、'
  "給食費：学校給食費、下水道：下水道使用料、水道：水道料金</p>")
H('<p class="fn">※ 令和８年度及び令和９年度の目標は次ページ（表３その２）に掲載</p>')
H("</div>")
P = 6
H('<div class="wide pb">')
H('<p class="cap">表３　債権別の目標（その２）</p>')
H('<table class="t"><tr><th rowspan="2" style="width:30mm">債権名</th><th colspan="3">令和８年度　目標</th>'
  '<th colspan="3">令和９年度　目標</th><th rowspan="2" style="width:62mm">目標設定の考え方</th></tr>')
H("<tr>" + "<th>現年度分<br>収納率（％）</th><th>滞納繰越分<br>収納率（％）</th><th>収入未済額<br>（千円）</th>" * 2 + "</tr>")
REASON = {"市税": "過去５年の改善幅を踏まえ、毎年度0.02～0.03ポイントの向上を見込む。",
          "国保税": "口座振替の原則化により現年度分の向上を図る。",
          "介護料": "普通徴収者の口座振替加入を進める。",
          "後期高齢": "現状の高い水準を維持する。",
          "保育料": "児童手当からの徴収を活用する。",
          "住宅使用料": "退去者分の法的措置により滞納繰越分を縮減する。",
          "給食費": "児童手当からの徴収を活用する。",
          "下水道": "水道料金と一体で徴収する。",
          "水道": "給水停止の運用を徹底する。"}
for sh in SH:
    debt = FULL[sh]
    row = f"<tr><td>{sh}</td>"
    for fy in (2026, 2027):
        lab = f"令和{fy - 2018}年度　目標"
        cr, ar, out = TG[sh][fy]
        row += f"<td class='n'>{cr:.2f}</td><td class='n'>{ar:.2f}</td><td class='n'>{c(out)}</td>"
        F(P, debt, sh, fy, lab, "current", "collection_rate", "target", cr, "percent", f"{cr:.2f}")
        F(P, debt, sh, fy, lab, "arrears", "collection_rate", "target", ar, "percent", f"{ar:.2f}")
        F(P, debt, sh, fy, lab, "total", "outstanding", "target", out * 1000, "yen", c(out))
    H(row + f"<td style='font-size:7.8pt'>{REASON[sh]}</td></tr>")
H("</table>")
tgt_tot = sum(TG[sh][2027][2] for sh in SH)
H(f'<p style="margin-top:4mm;font-size:9.6pt">これらの目標を達成した場合、令和９（2027）年度末の対象債権の収入未済額は'
  f"合計で約{man_s(tgt_tot)}となり、令和５（2023）年度決算から約{man_s(TOT5 - tgt_tot)}の縮減となります。</p>")
F(P, None, None, 2027, "令和９（2027）年度末", "total", "outstanding", "target", round(tgt_tot / 10) * 10000, "yen",
  f"約{man_s(tgt_tot)}", approx=True)
F(P, None, None, 2027, "令和９（2027）年度末", "total", "difference", "target", -round((TOT5 - tgt_tot) / 10) * 10000, "yen",
  f"約{man_s(TOT5 - tgt_tot)}", approx=True)
H("</div>")

# ================================================================= pages 7-8: 第4章 債権ごとの取組
SHEETS = [
    ("市税", "市税", "税務課", "強制徴収公債権",
     "現年度分の収納率は高い水準にあるが、滞納繰越分には高額で納税資力に乏しい案件が残っている。",
     [("ア", "滞納処分の強化", [("(ｱ)", "財産調査を督促状発送後１か月以内に開始し、預貯金等の差押えを早期に行う。", "継続"),
                              ("(ｲ)", "不動産の差押え案件は、インターネット公売により換価を進める。", "拡充")]),
      ("イ", "納付しやすい環境の整備", [("(ｱ)", "スマートフォン決済の対象を軽自動車税から全税目に広げる。", "新規")]),
      ("ウ", "滞納整理の適正化", [("(ｱ)", "財産のない滞納者は執行停止とし、滞納額を整理する。", None)])]),
    ("国民健康保険税", "国民健康保険税", "税務課・保険年金課", "強制徴収公債権",
     "被保険者の減少が続く中で、滞納世帯の多くが低所得世帯であり、分割納付の不履行が課題となっている。",
     [("ア", "口座振替の原則化", [("(ｱ)", "加入の届出時に口座振替の手続を案内し、原則として口座振替とする。", "新規")]),
      ("イ", "納付相談の充実", [("(ｱ)", "分割納付の不履行者には翌月中に連絡し、納付計画を見直す。", "継続"),
                              ("(ｲ)", "保険年金課と税務課で納付相談の記録を共有する。", "継続")])]),
    ("介護保険料", "介護保険料", "長寿福祉課", "強制徴収公債権",
     "普通徴収の被保険者に滞納が集中しており、給付制限の周知も十分とはいえない。",
     [("ア", "滞納の未然防止", [("(ｱ)", "６５歳到達時の通知に口座振替の依頼書を同封する。", "継続")]),
      ("イ", "滞納者への対応", [("(ｱ)", "給付制限の予告を行い、介護支援専門員と連携して納付を働きかける。", "拡充")])]),
    ("市営住宅使用料", "市営住宅使用料", "建築住宅課", "私債権",
     "収入未済額の約７割が退去者分であり、所在不明者や連帯保証人の高齢化により回収が難しくなっている。",
     [("ア", "入居者の滞納対策", [("(ｱ)", "滞納２か月で連帯保証人にも通知し、３か月で明渡しを前提とした面談を行う。", "継続")]),
      ("イ", "退去者の滞納対策", [("(ｱ)", "所在の判明している退去者には支払督促を申し立てる。", "拡充"),
                              ("(ｲ)", "回収の見込みのない債権は、条例に基づき放棄する。", "新規")])]),
]
SHORTOF = {"市税": "市税", "国民健康保険税": "国保税", "介護保険料": "介護料", "市営住宅使用料": "住宅使用料"}
O4 = {d[0]: d[4] for _, ds in ACC for d in ds}
O5 = {d[0]: d[5] for _, ds in ACC for d in ds}

for si, (debt, raw, ka, cls, issue, items) in enumerate(SHEETS):
    if si % 2 == 0:
        H('<div class="pb"></div>')
        P = 7 + si // 2
        if si == 0:
            H("<h1>第４章　債権ごとの取組</h1>")
    H(f"<h2>（{si + 1}）債権ごとの取組（{raw}）</h2>")
    H(f'<p class="lv">所管課：{ka}　　債権区分：{cls}</p>')
    sh = SHORTOF[debt]
    H('<table class="t" style="width:100%"><tr><th style="width:30mm">年度</th><th style="width:9mm">区分</th><th>現年度分収納率（％）</th>'
      "<th>滞納繰越分収納率（％）</th><th>収入未済額（千円）</th><th style='width:70mm'>現状と課題</th></tr>")
    for k, (fy, blab, basis) in enumerate(((2023, "実績", "actual"), (2025, "目標", "target"), (2026, "目標", "target"),
                                           (2027, "目標", "target"))):
        cr, ar, out = TG[sh][fy]
        extra = ""
        if k == 0:
            d = O5[debt] - O4[debt]
            txt = (f"令和５年度末の収入未済額は{c(O5[debt])}千円で、前年度より{c(abs(d))}千円"
                   f"{'減少' if d < 0 else '増加'}した。{issue}")
            extra = f"<td rowspan='4' style='font-size:8pt;vertical-align:top'>{txt}</td>"
            F(P, debt, raw, 2023, "令和５年度末", "total", "outstanding", "actual", O5[debt] * 1000, "yen", f"{c(O5[debt])}千円")
            F(P, debt, raw, 2023, "令和５年度末", "total", "difference", "actual", d * 1000, "yen", f"{c(abs(d))}千円")
        H(f"<tr><td>{dual(fy)}</td><td style='text-align:center'>{blab}</td><td class='n'>{cr:.2f}</td>"
          f"<td class='n'>{ar:.2f}</td><td class='n'>{c(out)}</td>{extra}</tr>")
        F(P, debt, raw, fy, dual(fy), "current", "collection_rate", basis, cr, "percent", f"{cr:.2f}")
        F(P, debt, raw, fy, dual(fy), "arrears", "collection_rate", basis, ar, "percent", f"{ar:.2f}")
        F(P, debt, raw, fy, dual(fy), "total", "outstanding", basis, out * 1000, "yen", c(out))
    H("</table>")
    H('<h3 style="margin-top:2mm">取組内容</h3>')
    for lab, title, subs in items:
        H(f'<p class="item">{lab}　{title}</p>')
        for sl, t, tag in subs:
            tg = f"【{tag}】" if tag else ""
            H(f'<p class="sub">{sl}　{t}{tg}</p>')
            g.init(P, debt, 2025, f"取組内容　{lab}　{title}", f"{lab}{sl}", t, tag)

# ---------------------------------------------------------------- build
doc = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{"".join(html)}</body></html>'
hp = WORK / f"{STEM}.html"
hp.write_text(doc, encoding="utf-8")
pdf = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", f"file://{hp}"], check=True, stdout=subprocess.DEVNULL,
               stderr=subprocess.DEVNULL)
gp = g.write(pdf)
sys.exit(1 if check(pdf, gp) else 0)
