"""fl_amakusa_plan_1: 第２次天草市債権管理計画（令和７年度～令和９年度） (HTML/CSS -> chromium).

Run from corpus/frozen34:  python3 build/fl_amakusa_plan_1.py
"""
from __future__ import annotations

import html
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fl_common import Gold, PDF_DIR, WORK, chromium_pdf, comma, rate  # noqa: E402

STEM = "fl_amakusa_plan_1"
CITY = "天草市"
g = Gold(STEM, "plan", "plan", CITY, "第２次天草市債権管理計画", "2025-03-01", "令和７年３月")
F = g.fact
E = html.escape

ERA = {2019: "令和元", 2020: "令和２", 2021: "令和３", 2022: "令和４", 2023: "令和５", 2024: "令和６", 2025: "令和７",
       2026: "令和８", 2027: "令和９"}


def both(y):
    return f"{ERA[y]}（{y}）年度"


def plain(y):
    return f"{ERA[y]}年度"


# ------------------------------------------------------------------------------------------------
# data (千円): five years of 決算 per debt; arrears 調定 = previous year's 収入未済額 (計)
# ------------------------------------------------------------------------------------------------
YRS = [2019, 2020, 2021, 2022, 2023]
P = {  # full, abbr, canon, 会計, cur_a R1, growth, cur rates, arr0, arr rates, wo fracs
    "zei": ("市税", "市税", "市税", "一般会計", 7_084_215, 0.006, (0.9862, 0.9858, 0.9881, 0.9893, 0.9905), 468_332,
            (0.1802, 0.1766, 0.1934, 0.2057, 0.2164), (0.081, 0.078, 0.074, 0.069, 0.066)),
    "kok": ("国民健康保険税", "国保税", "国民健康保険料", "国民健康保険特別会計", 1_782_406, -0.019,
            (0.9218, 0.9235, 0.9276, 0.9301, 0.9422), 702_514,
            (0.1455, 0.1402, 0.1518, 0.1602, 0.1688), (0.102, 0.097, 0.094, 0.090, 0.086)),
    "kai": ("介護保険料", "介護料", "介護保険料", "介護保険特別会計", 1_455_820, 0.012,
            (0.9896, 0.9899, 0.9903, 0.9905, 0.9911), 39_204,
            (0.1712, 0.1698, 0.1750, 0.1806, 0.1872), (0.231, 0.226, 0.219, 0.210, 0.204)),
    "kou": ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "後期高齢者医療特別会計", 672_118, 0.021,
            (0.9950, 0.9948, 0.9953, 0.9955, 0.9957), 8_406,
            (0.3705, 0.3688, 0.3842, 0.3910, 0.4021), (0.072, 0.070, 0.066, 0.064, 0.061)),
    "hoi": ("保育料", "保育料", "保育料", "一般会計", 138_266, -0.055, (0.9872, 0.9881, 0.9890, 0.9896, 0.9903), 24_518,
            (0.1206, 0.1188, 0.1259, 0.1312, 0.1377), (0.064, 0.060, 0.058, 0.055, 0.052)),
    "jut": ("市営住宅使用料", "住宅使用料", "市営住宅使用料", "一般会計", 318_540, -0.008,
            (0.9655, 0.9648, 0.9671, 0.9688, 0.9702), 96_874,
            (0.1008, 0.0995, 0.1063, 0.1118, 0.1176), (0.028, 0.026, 0.031, 0.029, 0.027)),
    "sui": ("水道料金", "水道料金", "水道料金", "水道事業会計", 1_361_202, -0.004, (0.9872, 0.9868, 0.9877, 0.9881, 0.9886),
            51_330, (0.4218, 0.4106, 0.4322, 0.4415, 0.4502), (0.052, 0.049, 0.047, 0.045, 0.043)),
}
ORDER = list(P)
KAIKEI = ["一般会計", "国民健康保険特別会計", "介護保険特別会計", "後期高齢者医療特別会計", "水道事業会計"]


def seg(a, c, w=0):
    return dict(a=a, c=c, w=w, o=a - c - w, r=rate(c, a))


DATA = {}
for k, (full, abbr, canon, kk, a1, gr, cr, arr0, ar, wo) in P.items():
    d, arr_a = {}, arr0
    for i, y in enumerate(YRS):
        ca = round(a1 * (1 + gr) ** i)
        cur = seg(ca, round(ca * cr[i]))
        arr = seg(arr_a, round(arr_a * ar[i]), round(arr_a * wo[i]))
        t = seg(cur["a"] + arr["a"], cur["c"] + arr["c"], arr["w"])
        d[y] = {"current": cur, "arrears": arr, "total": t}
        arr_a = t["o"]
    DATA[k] = d


def kaikei_out(kk, y):
    return sum(DATA[k][y]["total"]["o"] for k in ORDER if P[k][3] == kk)


ALL = {y: {m: sum(DATA[k][y]["total"][m] for k in ORDER) for m in "acwo"} for y in YRS}
for y in YRS:
    ALL[y]["r"] = rate(ALL[y]["c"], ALL[y]["a"])

# targets: (current rate, arrears rate, outstanding 千円) for R7, R8, R9
TGT = {
    "zei": [(99.10, 22.50, 320_000), (99.15, 23.50, 305_000), (99.20, 24.50, 290_000)],
    "kok": [(94.40, 17.50, 505_000), (94.60, 18.00, 488_000), (94.80, 18.50, 470_000)],
    "kai": [(99.15, 19.50, 35_000), (99.18, 20.00, 34_000), (99.20, 20.50, 33_000)],
    "kou": [(99.58, 41.00, 6_900), (99.60, 41.50, 6_700), (99.62, 42.00, 6_500)],
    "hoi": [(99.05, 14.50, 12_900), (99.10, 15.00, 12_400), (99.15, 15.50, 11_900)],
    "jut": [(97.10, 12.50, 82_000), (97.20, 13.00, 79_000), (97.30, 13.50, 76_000)],
    "sui": [(98.90, 46.00, 32_500), (98.95, 46.50, 31_700), (99.00, 47.00, 31_000)],
}
TY = [2025, 2026, 2027]

SHEETS = {
    "zei": dict(dept="税務課", dl=(2_412, 2_287, 2_164),
                text=("令和５年度の市税の収入未済額は、滞納繰越分の圧縮が進んだことにより減少傾向にある。"
                      "一方で、固定資産税の相続未登記物件など、納税義務者の特定に時間を要する案件が増えている。"
                      "H29の債権管理条例の施行以降、徴収困難案件の執行停止を計画的に進めてきた。"),
                items=[("１", "納期限後２０日以内に督促状を発送し、その後１か月以内に文書又は電話による催告を行う。", "令和７年度～", "継続"),
                       ("２", "相続人調査を早期に行い、相続人代表者の指定と納税通知書の送付を徹底する。", "令和７年度～", "拡充"),
                       ("３", "滞納処分の執行停止の判断基準を見直し、徴収見込みのない案件の整理を進める。", "令和７年度～", "継続"),
                       ("４", "令和二年度に導入したコンビニ納付に加え、スマートフォン決済の利用を周知する。", "令和８年度～", "新規")]),
    "kok": dict(dept="保険年金課", dl=(1_318, 1_262, 1_205),
                text=("国民健康保険税は、加入者の高齢化と低所得世帯の割合の高さから、他の税目に比べて収納率が低い。"
                      "滞納繰越分の収納率は改善しているが、収入未済額は依然として市の債権の中で大きな割合を占めている。"),
                items=[("１", "短期被保険者証の更新時に納付相談を行い、分割納付の約束と履行確認を徹底する。", "令和７年度～", "継続"),
                       ("２", "税務課と滞納者情報を共有し、市税と一体的に財産調査及び滞納処分を行う。", "令和７年度～", "拡充"),
                       ("３", "所得未申告世帯に申告を勧奨し、軽減判定の漏れによる過大な課税を防ぐ。", "令和７年度～", "継続")]),
    "kai": dict(dept="高齢者支援課", dl=(478, 462, 451),
                text=("介護保険料は、大半が年金からの特別徴収であり、現年度分の収納率は高い水準で推移している。"
                      "普通徴収の未納者には、給付制限の対象となる前の早い段階で納付を促す必要がある。"),
                items=[("１", "普通徴収の未納者に対し、給付制限の内容を記載した催告書を送付する。", "令和７年度～", "継続"),
                       ("２", "６５歳到達者に口座振替依頼書を送付し、口座振替の利用を勧める。", "令和７年度～", "継続"),
                       ("３", "死亡により資格を喪失した被保険者の未納分は、相続人へ速やかに請求する。", "令和８年度～", "新規")]),
}

# ------------------------------------------------------------------------------------------------
CSS = """
@page { size: A4; margin: 16mm 15mm 16mm 15mm;
        @bottom-center { content: "- " counter(page) " -"; font-family: 'IPAexMincho'; font-size: 9pt; } }
@page cover { @bottom-center { content: none; } }
@page land { size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }
body { font-family: 'IPAexMincho', serif; font-size: 10pt; margin: 0; color: #000; }
.page { break-after: page; }
.page:last-child { break-after: auto; }
.cover { page: cover; text-align: center; }
.cover .t1 { margin-top: 75mm; font-size: 26pt; font-family: 'IPAexGothic'; letter-spacing: 2pt; }
.cover .t2 { margin-top: 8mm; font-size: 14pt; }
.cover .t3 { margin-top: 95mm; font-size: 14pt; line-height: 2; }
.land { page: land; }
h1 { font-family: 'IPAexGothic'; font-size: 14pt; margin: 0 0 4mm 0; padding-bottom: 1.5mm; border-bottom: 1.5pt solid #000; }
h2 { font-family: 'IPAexGothic'; font-size: 11.5pt; margin: 5mm 0 2mm 0; }
h3 { font-family: 'IPAexGothic'; font-size: 10.5pt; margin: 3mm 0 1.5mm 0; }
p { margin: 1mm 0; line-height: 1.75; text-indent: 1em; text-align: justify; }
.toc { width: 150mm; margin: 8mm auto; border-collapse: collapse; }
.toc td { padding: 2.2mm 1mm; font-size: 11pt; border-bottom: 0.5pt dotted #666; }
.toc td.pg { text-align: right; width: 15mm; }
table.t { border-collapse: collapse; width: 100%; font-family: 'IPAexGothic'; }
table.t th, table.t td { border: 0.6pt solid #000; padding: 1mm 1.5mm; font-size: 8.5pt; }
table.t th { background: #e6e6e6; font-weight: normal; text-align: center; }
table.t td.n { text-align: right; white-space: nowrap; }
table.t td.c { text-align: center; }
.cap { font-family: 'IPAexGothic'; font-size: 9.5pt; margin: 3mm 0 1mm 0; }
.boxed { border: 1.2pt solid #000; padding: 2.5mm; }
.src { font-size: 8pt; text-align: right; margin-top: 1mm; }
.cols2 { column-count: 2; column-gap: 9mm; column-rule: 0.5pt solid #999; }
.cols2 p { font-size: 9.5pt; }
.note { font-size: 8pt; text-indent: 0; line-height: 1.5; margin: 0.8mm 0; }
.vert { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 3pt; }
.sheethead { display: flex; justify-content: space-between; font-family: 'IPAexGothic'; font-size: 9pt; }
.tag { display: inline-block; margin-top: 0.5mm; }
"""
pages = []

# ---- p1 cover --------------------------------------------------------------------------------
g.page = 1
pages.append(f"""<div class="page cover"><div class="t1">第２次天草市債権管理計画</div>
<div class="t2">計画期間　{both(2025)}～{both(2027)}</div>
<div class="t3">令和７年３月<br>天　草　市</div></div>""")

# ---- p2 目次 + 第１章 -----------------------------------------------------------------------------
g.page = 2
toc = [("第１章　計画の概要", 2), ("第２章　債権管理の現状", 3), ("第３章　計画の目標", 4),
       ("第４章　債権ごとの取組", 5), ("　１　市税", 5), ("　２　国民健康保険税", 6), ("　３　介護保険料", 7)]
toc_html = "".join(f"<tr><td>{E(t)}</td><td class='pg'>{p}</td></tr>" for t, p in toc)
pages.append(f"""<div class="page">
<h1 style="text-align:center;border:none">目　次</h1>
<table class="toc">{toc_html}</table>
<h1 style="margin-top:10mm">第１章　計画の概要</h1>
<h2>１　計画策定の趣旨</h2>
<p>本市では、債権の適正な管理と収入未済額の縮減を図るため、{plain(2022)}から{plain(2024)}までを計画期間とする天草市債権管理計画を策定し、
全庁的に取り組んできた。この間、滞納繰越分の圧縮など一定の成果が見られた一方、相続による納税義務者の不明や、生活困窮による
分割納付の長期化など、新たな課題も生じている。これらの課題に対応し、市民負担の公平性と自主財源の確保を図るため、第２次計画を策定する。</p>
<h2>２　計画の期間</h2>
<p>本計画の期間は、{both(2025)}から{both(2027)}までの３年間とする。ただし、社会情勢の変化や法令の改正等に応じて、必要な見直しを行う。</p>
<h2>３　対象債権</h2>
<p>本計画は、本市が保有する債権のうち、{both(2023)}決算において収入未済額が生じている主要７債権（市税、国民健康保険税、
介護保険料、後期高齢者医療保険料、保育料、市営住宅使用料及び水道料金）を対象とする。</p>
<h2>４　計画の推進体制</h2>
<p>副市長を委員長とする天草市債権管理推進委員会において、毎年度、目標の達成状況と取組の実施状況を点検し、その結果を公表する。</p>
</div>""")

# ---- p3 第２章 (two columns) + boxed table with years as rows ------------------------------------------
g.page = 3
o5, o4 = ALL[2023]["o"] * 1000, ALL[2022]["o"] * 1000
o5r, do_r = round(o5, -5), round(o5 - o4, -5)
assert do_r < 0


def man(yen):
    oku, rest = divmod(abs(yen) // 10000, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万" if rest else "") + "円"


gen5 = round(kaikei_out("一般会計", 2023) * 1000, -5)
z5, z4 = DATA["zei"][2023], DATA["zei"][2022]
dzt = round(z5["total"]["r"] - z4["total"]["r"], 2)
k5, k4 = DATA["kok"][2023], DATA["kok"][2022]
dkc = round(k5["current"]["r"] - k4["current"]["r"], 2)
wo5, wo4 = round(ALL[2023]["w"] * 1000, -5), round(ALL[2022]["w"] * 1000, -5)
col1 = [
    (f"{both(2023)}決算における本市の主要７債権の収入未済額は約{man(o5r)}で、前年度から約{man(do_r)}減少した。"
     f"このうち一般会計に属する債権が約{man(gen5)}を占めている。"),
    (f"市税の収納率は、現年課税分が{z5['current']['r']:.2f}％、滞納繰越分が{z5['arrears']['r']:.2f}％で、"
     f"合計では{z5['total']['r']:.2f}％となり、前年度比{dzt:.2f}ポイント上昇した。"
     "滞納繰越分は、財産調査の徹底と執行停止の計画的な実施により、５年連続で収納率が上昇している。"),
]
col2 = [
    (f"国民健康保険税の現年度分の収納率は{k5['current']['r']:.2f}％で、前年度から{dkc:.2f}ポイント改善した。"
     "口座振替の利用率の向上が主な要因と考えられる。"),
    (f"不納欠損額は、主要７債権の合計で約{man(wo5)}（前年度約{man(wo4)}）であった。"
     "時効の完成による欠損を減らし、執行停止を経た計画的な整理へ移行することが課題である。"),
    ("今後も、現年度分の収納率を高い水準で維持し、新たな滞納の発生を抑えることが重要である。"),
]
F(f"約{man(o5r)}", o5r, "yen", "outstanding", debt=None, debt_raw="主要７債権", fy=2023, fy_raw=both(2023), approx=True)
F(f"約{man(do_r)}減少", do_r, "yen", "difference", debt=None, debt_raw="主要７債権", fy=2023, fy_raw=both(2023),
  approx=True)
F(f"約{man(gen5)}", gen5, "yen", "outstanding", debt=None, debt_raw="一般会計", fy=2023, fy_raw=both(2023), approx=True)
ZD = dict(debt="市税", debt_raw="市税", fy=2023, fy_raw=both(2023))
F(f"{z5['current']['r']:.2f}％", z5["current"]["r"], "percent", "collection_rate", **ZD, segment="current")
F(f"{z5['arrears']['r']:.2f}％", z5["arrears"]["r"], "percent", "collection_rate", **ZD, segment="arrears")
F(f"{z5['total']['r']:.2f}％", z5["total"]["r"], "percent", "collection_rate", **ZD, segment="total")
F(f"{dzt:.2f}ポイント", dzt, "points", "difference", **ZD, segment="total")
KD = dict(debt="国民健康保険料", debt_raw="国民健康保険税", fy=2023, fy_raw=both(2023))
F(f"{k5['current']['r']:.2f}％", k5["current"]["r"], "percent", "collection_rate", **KD, segment="current")
F(f"{dkc:.2f}ポイント", dkc, "points", "difference", **KD, segment="current")
F(f"約{man(wo5)}", wo5, "yen", "written_off", debt=None, debt_raw="主要７債権", fy=2023, fy_raw=both(2023), approx=True)
F(f"約{man(wo4)}", wo4, "yen", "written_off", debt=None, debt_raw="主要７債権", fy=2022, fy_raw="前年度", approx=True)
assert dzt > 0 and dkc > 0
# boxed table: years head rows, 会計 columns
rows = ""
for y in YRS:
    vals = [kaikei_out(kk, y) for kk in KAIKEI]
    tot = sum(vals)
    assert tot == ALL[y]["o"]
    cells = "".join(f"<td class='n'>{comma(v)}</td>" for v in vals) + f"<td class='n'><b>{comma(tot)}</b></td>"
    rows += f"<tr><td class='c'>{both(y)}</td>{cells}</tr>"
    for kk, v in zip(KAIKEI, vals):
        F(comma(v), v * 1000, "yen", "outstanding", debt=None, debt_raw=kk, fy=y, fy_raw=both(y))
    F(comma(tot), tot * 1000, "yen", "outstanding", debt=None, debt_raw="合計", fy=y, fy_raw=both(y))
khead = "".join(f"<th>{E(k)}</th>" for k in ["一般会計", "国民健康保険<br>特別会計", "介護保険<br>特別会計",
                                              "後期高齢者医療<br>特別会計", "水道事業会計", "合計"]).replace("&lt;br&gt;", "<br>")
pages.append(f"""<div class="page">
<h1>第２章　債権管理の現状</h1>
<h2>１　収入未済額と収納率の状況</h2>
<div class="cols2">{''.join(f'<p>{E(t)}</p>' for t in col1 + col2)}</div>
<h2>２　会計別の収入未済額の推移</h2>
<div class="cap">表１　会計別の収入未済額の推移（主要７債権、単位：千円）</div>
<div class="boxed"><table class="t"><tr><th>年度</th>{khead}</tr>{rows}</table></div>
<div class="src">出典：天草市歳入歳出決算書及び水道事業会計決算書（各年度）</div>
<p class="note">※一般会計は市税、保育料及び市営住宅使用料の合計。収入未済額は出納整理期間終了後の額。</p>
</div>""")

# ---- p4 landscape: targets per debt and year -----------------------------------------------------------
g.page = 4
hdr1 = (f"<tr><th rowspan='2'>債権名</th><th colspan='3'>{both(2023)}実績</th>"
        + "".join(f"<th colspan='3'>{both(y)}目標</th>" for y in TY) + "</tr>")
hdr2 = "<tr>" + "<th>現年度分<br>収納率</th><th>滞納繰越分<br>収納率</th><th>収入未済額</th>" * 4 + "</tr>"
body = ""
sum_t = [0, 0, 0]
for k in ORDER + ["sum"]:
    if k == "sum":
        lbl, canon = "合計", None
        d = {"current": {"r": rate(sum(DATA[x][2023]["current"]["c"] for x in ORDER),
                                   sum(DATA[x][2023]["current"]["a"] for x in ORDER))},
             "arrears": {"r": rate(sum(DATA[x][2023]["arrears"]["c"] for x in ORDER),
                                   sum(DATA[x][2023]["arrears"]["a"] for x in ORDER))},
             "total": {"o": ALL[2023]["o"]}}
    else:
        lbl, canon = P[k][1], P[k][2]
        d = DATA[k][2023]
    cells = []
    base = dict(debt=canon, debt_raw=lbl)
    for s_, key in (("current", "r"), ("arrears", "r"), ("total", "o")):
        v = d[s_][key]
        if key == "r":
            cells.append(f"{v:.2f}")
            F(f"{v:.2f}", v, "percent", "collection_rate", **base, fy=2023, fy_raw=both(2023), segment=s_)
        else:
            cells.append(comma(v))
            F(comma(v), v * 1000, "yen", "outstanding", **base, fy=2023, fy_raw=both(2023))
    for i, y in enumerate(TY):
        if k == "sum":
            cells += ["－", "－", comma(sum_t[i])]
            F(comma(sum_t[i]), sum_t[i] * 1000, "yen", "outstanding", **base, fy=y, fy_raw=both(y), basis="target")
            continue
        cr, ar, o = TGT[k][i]
        sum_t[i] += o
        cells += [f"{cr:.2f}", f"{ar:.2f}", comma(o)]
        F(f"{cr:.2f}", cr, "percent", "collection_rate", **base, fy=y, fy_raw=both(y), segment="current", basis="target")
        F(f"{ar:.2f}", ar, "percent", "collection_rate", **base, fy=y, fy_raw=both(y), segment="arrears", basis="target")
        F(comma(o), o * 1000, "yen", "outstanding", **base, fy=y, fy_raw=both(y), basis="target")
    style = " style='font-weight:bold;background:#f3f3f3'" if k == "sum" else ""
    body += f"<tr{style}><td>{E(lbl)}</td>" + "".join(f"<td class='n'>{c}</td>" for c in cells) + "</tr>"
legend = ("（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、"
          "住宅使用料＝市営住宅使用料")
pages.append(f"""<div class="page land">
<h1>第３章　計画の目標</h1>
<p>計画期間の各年度について、債権ごとに現年度分及び滞納繰越分の収納率と、年度末の収入未済額の目標を次のとおり定める。
現年度分の収納率を維持・向上させることで新たな滞納の発生を抑え、滞納繰越分の着実な整理により収入未済額を縮減する。</p>
<div class="cap">表２　債権別の目標（収納率：％、収入未済額：千円）</div>
<table class="t">{hdr1}{hdr2}{body}</table>
<p class="note">{E(legend)}</p>
<p class="note">※合計欄の収納率は、実績のみ記載した。目標の合計欄は各債権の収入未済額目標の合計。</p>
</div>""")

# ---- p5-p7 推進シート per debt ---------------------------------------------------------------------------
SECTION_NO = {"zei": "１", "kok": "２", "kai": "３"}
for pno, k in enumerate(["zei", "kok", "kai"], start=5):
    g.page = pno
    S = SHEETS[k]
    full, abbr, canon = P[k][0], P[k][1], P[k][2]
    base = dict(debt=canon, debt_raw=full)
    rows = ""
    for y in (2021, 2022, 2023):
        d = DATA[k][y]
        t = d["total"]
        rows += (f"<tr><td class='c'>{plain(y)}</td><td class='c'>実績</td><td class='n'>{comma(t['a'])}</td>"
                 f"<td class='n'>{comma(t['c'])}</td><td class='n'>{d['current']['r']:.2f}</td>"
                 f"<td class='n'>{d['arrears']['r']:.2f}</td><td class='n'>{comma(t['o'])}</td>"
                 f"<td class='n'>{comma(S['dl'][y - 2021])}</td></tr>")
        F(comma(t["a"]), t["a"] * 1000, "yen", "assessed", **base, fy=y, fy_raw=plain(y))
        F(comma(t["c"]), t["c"] * 1000, "yen", "collected", **base, fy=y, fy_raw=plain(y))
        F(f"{d['current']['r']:.2f}", d["current"]["r"], "percent", "collection_rate", **base, fy=y, fy_raw=plain(y),
          segment="current")
        F(f"{d['arrears']['r']:.2f}", d["arrears"]["r"], "percent", "collection_rate", **base, fy=y, fy_raw=plain(y),
          segment="arrears")
        F(comma(t["o"]), t["o"] * 1000, "yen", "outstanding", **base, fy=y, fy_raw=plain(y))
        F(comma(S["dl"][y - 2021]), S["dl"][y - 2021], "persons", "delinquents", **base, fy=y, fy_raw=plain(y))
    for i, y in enumerate(TY):
        cr, ar, o = TGT[k][i]
        rows += (f"<tr style='background:#f5f5f5'><td class='c'>{plain(y)}</td><td class='c'>目標</td>"
                 f"<td class='c'>－</td><td class='c'>－</td><td class='n'>{cr:.2f}</td><td class='n'>{ar:.2f}</td>"
                 f"<td class='n'>{comma(o)}</td><td class='c'>－</td></tr>")
        F(f"{cr:.2f}", cr, "percent", "collection_rate", **base, fy=y, fy_raw=plain(y), segment="current", basis="target")
        F(f"{ar:.2f}", ar, "percent", "collection_rate", **base, fy=y, fy_raw=plain(y), segment="arrears", basis="target")
        F(comma(o), o * 1000, "yen", "outstanding", **base, fy=y, fy_raw=plain(y), basis="target")
    table = ("<table class='t'><tr><th rowspan='2'>年度</th><th rowspan='2'>区分</th><th colspan='2'>現年度分＋滞納繰越分</th>"
             "<th colspan='2'>収納率（％）</th><th rowspan='2'>収入未済額<br>（千円）</th><th rowspan='2'>滞納者数<br>（人）</th></tr>"
             "<tr><th>調定額（千円）</th><th>収入済額（千円）</th><th>現年度分</th><th>滞納繰越分</th></tr>" + rows + "</table>")
    items = ""
    for no, txt, when, st in S["items"]:
        items += (f"<tr><td class='c'>{no}</td><td>{E(txt)}<br><span class='tag'>【{st}】</span></td>"
                  f"<td class='c'>{E(when)}</td></tr>")
        g.init(txt, debt=canon, debt_raw=full, fy=2025, section="収納率向上・収入未済額縮減のための方策", label=no,
               status=st)
    itbl = ("<table class='t'><tr><th style='width:9mm'>No.</th><th>実施内容</th><th style='width:28mm'>実施時期</th></tr>"
            + items + "</table>")
    pages.append(f"""<div class="page">
<div class="sheethead"><span>第４章　債権ごとの取組</span><span>推進シート {SECTION_NO[k]}</span></div>
<h1>{SECTION_NO[k]}　債権ごとの取組（{E(full)}）</h1>
<table class="t"><tr><td rowspan="3" class="vert c" style="width:8mm;background:#e6e6e6">基本情報</td>
<th style="width:28mm">債権の名称</th><td>{E(full)}</td></tr>
<tr><th>所管課</th><td>{E(S['dept'])}</td></tr><tr><th>会計区分</th><td>{E(P[k][3])}</td></tr></table>
<h2>（１）収納状況の推移と目標</h2>
{table}
<p class="note">※実績は決算額。{plain(2024)}は決算見込みの確定前のため記載していない。</p>
<h2>（２）現状と課題</h2>
<p>{E(S['text'])}</p>
<h2>（３）収納率向上・収入未済額縮減のための方策</h2>
{itbl}
</div>""")

import re  # noqa: E402
pages = [re.sub(r"(?<=[^>\s])\n(?=[^<\s])", "", p_) for p_ in pages]
doc = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(doc, encoding="utf-8")
chromium_pdf(hp, WORK / f"{STEM}.pdf")
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
import fitz  # noqa: E402
with fitz.open(out) as d:
    assert d.page_count == len(pages), (d.page_count, len(pages))
g.write(out)
print(out, len(g.facts), "facts", len(g.inits), "initiatives")
