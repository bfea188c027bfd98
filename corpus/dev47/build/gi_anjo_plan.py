"""gi_anjo_plan_1: 第２次安城市債権管理計画 (kind plan), HTML/CSS -> chromium --print-to-pdf.

Run from corpus/dev47:  python3 build/gi_anjo_plan.py
All figures are invented; the data below draws the PDF and writes the gold.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gi_common import (GOTHIC, MINCHO, PDF_DIR, Gold, comma, html_to_pdf, pct, rate, tri, zen)  # noqa: E402

STEM = "gi_anjo_plan_1"
rnd = random.Random(4711)

# ---------------------------------------------------------------- data
# key, printed name, canonical debt, section, unit of simulation ("yen" for the 推進シート debts)
DEBTS = [
    ("tax", "市税", "市税", "納税課", "k"),
    ("nhi", "国民健康保険税", "国民健康保険料", "国保年金課", "y"),
    ("late", "後期高齢者医療保険料", "後期高齢者医療保険料", "国保年金課", "k"),
    ("care", "介護保険料", "介護保険料", "高齢福祉課", "y"),
    ("nurs", "保育料", "保育料", "保育課", "y"),
    ("house", "市営住宅使用料", "市営住宅使用料", "建築課", "k"),
    ("sewer", "下水道使用料", "下水道使用料", "下水道管理課", "k"),
    ("other", "その他", None, "各課", "k"),
]
# current assessed at 2017 (千円), growth, current rate 2017, yearly gain, arrears assessed 2017 (千円),
# arrears rate 2017, yearly gain, written-off share of arrears
PARAM = {
    "tax":   (31_850_000, 0.008, 99.05, 0.05, 905_000, 24.8, 0.9, 0.055),
    "nhi":   (5_120_000, -0.012, 94.20, 0.30, 690_000, 19.2, 1.1, 0.060),
    "late":  (1_820_000, 0.032, 99.42, 0.03, 14_800, 40.5, 0.8, 0.040),
    "care":  (4_480_000, 0.021, 98.80, 0.07, 112_000, 14.6, 0.6, 0.150),
    "nurs":  (1_240_000, -0.035, 98.60, 0.08, 61_500, 12.4, 0.7, 0.065),
    "house": (192_000, -0.010, 97.20, 0.06, 44_300, 10.5, 0.4, 0.050),
    "sewer": (2_385_000, 0.006, 98.90, 0.04, 41_200, 35.0, 0.7, 0.030),
    "other": (805_000, 0.010, 97.90, 0.05, 102_500, 8.2, 0.3, 0.040),
}
YEARS = list(range(2017, 2025))          # 2024 = 令和6年度 決算見込
# (current, arrears) rate shocks: some debts fall behind the year before
DIP = {("nurs", 2023): (-0.35, -3.2), ("house", 2023): (-0.5, -2.6), ("late", 2023): (-0.08, -4.0)}


def remainder(lo, hi):
    return rnd.randint(lo, hi)


def simulate():
    """Per debt and year: cur/arr assessed, collected, written-off, outstanding (yen or 千円)."""
    data = {}
    for key, name, canon, sec, u in DEBTS:
        a0, g, r0, dr, arr0, ar0, dar, wsh = PARAM[key]
        rows = {}
        prev_out = None
        for i, y in enumerate(YEARS):
            cur_a = int(a0 * (1 + g) ** i * rnd.uniform(0.995, 1.005))
            cur_r = min(99.9, r0 + dr * i + rnd.uniform(-0.04, 0.04))
            arr_a = arr0 if prev_out is None else int(prev_out * rnd.uniform(0.965, 0.99))
            arr_r = ar0 + dar * i + rnd.uniform(-0.5, 0.5)
            dc, da = DIP.get((key, y), (0.0, 0.0))
            cur_r += dc
            arr_r += da
            if u == "y":       # yen, remainders chosen so that 千円 truncation adds up exactly
                cur_a = cur_a * 1000 + remainder(300, 499)
                arr_a = (arr_a if prev_out is None else arr_a // 1000) * 1000 + remainder(300, 499)
                cur_c = int(cur_a * cur_r / 100) // 1000 * 1000 + remainder(0, 149)
                arr_c = int(arr_a * arr_r / 100) // 1000 * 1000 + remainder(0, 149)
                arr_w = int(arr_a * wsh * rnd.uniform(0.85, 1.15)) // 1000 * 1000 + remainder(0, 149)
            else:
                cur_c = int(cur_a * cur_r / 100)
                arr_c = int(arr_a * arr_r / 100)
                arr_w = int(arr_a * wsh * rnd.uniform(0.85, 1.15))
            out = cur_a - cur_c + arr_a - arr_c - arr_w
            rows[y] = dict(cur_a=cur_a, cur_c=cur_c, arr_a=arr_a, arr_c=arr_c, w=arr_w, out=out,
                           cur_o=cur_a - cur_c, arr_o=arr_a - arr_c - arr_w)
            prev_out = out
        data[key] = rows
    return data


DATA = simulate()
UNIT = {k: u for k, _, _, _, u in DEBTS}


def k(key, y, f):
    """Figure in 千円 (yen debts truncated; remainders make the sums exact)."""
    v = DATA[key][y][f]
    return v // 1000 if UNIT[key] == "y" else v


def yen(key, y, f):
    v = DATA[key][y][f]
    return v if UNIT[key] == "y" else v * 1000


def rates(key, y):
    d = DATA[key][y]
    return (rate(d["cur_c"], d["cur_a"]), rate(d["arr_c"], d["arr_a"]),
            rate(d["cur_c"] + d["arr_c"], d["cur_a"] + d["arr_a"]))


def total_k(y, f):
    return sum(k(key, y, f) for key, *_ in DEBTS)


def total_rate(y):
    a = total_k(y, "cur_a") + total_k(y, "arr_a")
    c = total_k(y, "cur_c") + total_k(y, "arr_c")
    return rate(c, a)


NAME = {key: name for key, name, *_ in DEBTS}
CANON = {key: canon for key, _, canon, *_ in DEBTS}
SECT = {key: sec for key, _, _, sec, _ in DEBTS}

# targets of the new plan (令和7-10) for the major debts: current, arrears, total rates; outstanding (千円)
TARGET = {}
for key in ("tax", "nhi", "care", "nurs"):
    c24, a24, t24 = rates(key, 2024)
    step_c = {"tax": 0.02, "nhi": 0.25, "care": 0.05, "nurs": 0.06}[key]
    step_a = {"tax": 0.8, "nhi": 1.0, "care": 0.6, "nurs": 0.7}[key]
    out24 = k(key, 2024, "out")
    rows = {}
    for i, y in enumerate(range(2025, 2029), start=1):
        ct = round(c24 + step_c * i, 2)
        at = round(a24 + step_a * i, 2)
        # total target rate from the 2024 shape with target rates
        d = DATA[key][2024]
        tt = round((d["cur_a"] * ct + d["arr_a"] * at) / (d["cur_a"] + d["arr_a"]), 2)
        ot = int(round(out24 * (1 - 0.045 * i), -3))
        rows[y] = dict(cur=ct, arr=at, tot=tt, out=ot, arr_out=int(round(ot * 0.62, -3)))
    TARGET[key] = rows
# city-wide targets (全債権)
ALL_T = {}
for i, y in enumerate(range(2025, 2029), start=1):
    ALL_T[y] = dict(rate=round(total_rate(2024) + 0.08 * i, 2),
                    out=int(round(total_k(2024, "out") * (1 - 0.04 * i), -3)))
# previous plan's targets (令和5, 令和6) of total collection rate
PREV_T = {}
for key, *_ in DEBTS:
    if key == "other":
        continue
    t23 = rates(key, 2023)[2]
    t24 = rates(key, 2024)[2]
    off = {"tax": (-0.16, -0.12), "nhi": (0.44, 0.21), "late": (0.32, -0.10), "care": (-0.11, -0.15),
           "nurs": (0.52, -0.17), "house": (0.35, 0.18), "sewer": (-0.13, -0.12)}[key]
    PREV_T[key] = {2023: round(t23 + off[0], 2), 2024: round(t24 + off[1], 2)}
MET = [NAME[k] for k in PREV_T if PREV_T[k][2023] <= rates(k, 2023)[2] and PREV_T[k][2024] <= rates(k, 2024)[2]]
MISS = [NAME[k] for k in PREV_T if NAME[k] not in MET]
DELINQ = {"nhi": {y: 2150 - 95 * i + rnd.randint(-20, 20) for i, y in enumerate(YEARS)},
          "care": {y: 1480 - 40 * i + rnd.randint(-15, 15) for i, y in enumerate(YEARS)},
          "nurs": {y: 236 - 12 * i + rnd.randint(-4, 4) for i, y in enumerate(YEARS)}}

# ---------------------------------------------------------------- helpers for text
G = Gold(STEM, "plan", "keikaku", "安城市", "第２次安城市債権管理計画", "2025-03-01", "令和７年３月")


def oku_man(yen_v: int) -> str:
    """1234000000 -> 12億3,400万円 (rounded to 100万円 beforehand)."""
    oku, man = divmod(yen_v // 10000, 10000)
    if oku and man:
        return f"{oku}億{man:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{man:,}万円"


def round_m(v: int, unit=1_000_000) -> int:
    return int(round(v / unit)) * unit


ERA_HEAD = {2019: "令和元年度", 2020: "R2年度", 2021: "３年度", 2022: "４年度", 2023: "５年度", 2024: "６年度見込"}
ERA_FULL = {2017: "平成29年度", 2018: "平成30年度", 2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度",
            2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度", 2025: "令和７年度", 2026: "令和８年度",
            2027: "令和９年度", 2028: "令和10年度"}

CSS = f"""
@font-face {{ font-family: 'G'; src: url('file://{GOTHIC}'); }}
@font-face {{ font-family: 'M'; src: url('file://{MINCHO}'); }}
@page {{ size: A4; margin: 0; }}
@page land {{ size: A4 landscape; margin: 0; }}
body {{ margin: 0; font-family: 'M'; font-size: 10.5pt; color: #000; }}
.page {{ width: 210mm; height: 297mm; box-sizing: border-box; padding: 18mm 17mm 16mm 17mm;
        position: relative; break-after: page; }}
.land {{ page: land; width: 297mm; height: 210mm; box-sizing: border-box; padding: 13mm 14mm 12mm 14mm;
        position: relative; break-after: page; }}
.folio {{ position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9.5pt; }}
h1 {{ font-family: 'G'; font-size: 14pt; margin: 0 0 3mm 0; font-weight: normal; }}
h2 {{ font-family: 'G'; font-size: 12pt; margin: 4mm 0 2mm 0; font-weight: normal; }}
h3 {{ font-family: 'G'; font-size: 10.5pt; margin: 3mm 0 1.5mm 0; font-weight: normal; }}
p {{ margin: 0 0 1.5mm 0; line-height: 1.55; text-indent: 1em; text-align: justify; }}
p.ni {{ text-indent: 0; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 0.6pt solid #333; padding: 0.7mm 1.2mm; font-weight: normal; }}
th {{ background: #d9e2f3; font-family: 'G'; text-align: center; }}
td.n {{ text-align: right; font-family: 'G'; white-space: nowrap; }}
.cap {{ font-family: 'G'; font-size: 10pt; margin: 2mm 0 1mm 0; }}
.unit {{ text-align: right; font-size: 8.5pt; margin: 0 0 0.5mm 0; }}
.note {{ font-size: 8.5pt; line-height: 1.45; margin: 0.8mm 0 0 0; text-indent: 0; }}
.box {{ border: 0.8pt solid #000; padding: 2mm 4mm; margin: 3mm 0; }}
.two {{ column-count: 2; column-gap: 9mm; column-rule: 0.4pt solid #888; column-fill: auto; height: 82mm; }}
.two p {{ font-size: 10pt; }}
.brk {{ break-before: column; }}
"""


def page(body: str, folio: str | None, cls="page") -> str:
    f = f'<div class="folio">{folio}</div>' if folio else ""
    return f'<div class="{cls}">{body}{f}</div>'


pages = []

# ---------------------------------------------------------------- p1 cover
G.page = 1
pages.append(page("""
<div style="height:70mm"></div>
<div style="font-family:'G'; font-size:20pt; text-align:center; letter-spacing:2pt">第２次</div>
<div style="font-family:'G'; font-size:30pt; text-align:center; letter-spacing:3pt; margin-top:6mm">安城市債権管理計画</div>
<div style="font-family:'G'; font-size:15pt; text-align:center; margin-top:8mm">（令和７年度～令和10年度）</div>
<div style="height:95mm"></div>
<div style="font-size:15pt; text-align:center">令和７年３月</div>
<div style="font-family:'G'; font-size:18pt; text-align:center; margin-top:6mm; letter-spacing:8pt">安城市</div>
""", None))

# ---------------------------------------------------------------- p2 目次 + 第1章
G.page = 2
toc = [("１　計画策定の趣旨", "1"), ("２　本市の債権の状況", "2"), ("３　債権別の収納状況", "3"),
       ("４　前計画の検証と数値目標", "4"), ("５　債権ごとの取組み", "5"),
       ("　（１）国民健康保険税", "5"), ("　（２）介護保険料", "6"), ("　（３）保育料", "7")]
toc_html = "".join(
    f'<tr><td style="border:none;padding:0.8mm 0">{t}</td>'
    f'<td style="border:none;padding:0.8mm 0;color:#555">{"・" * 28}</td>'
    f'<td style="border:none;padding:0.8mm 0;text-align:right">{n}</td></tr>' for t, n in toc)
p2 = f"""
<div style="font-family:'G'; font-size:15pt; text-align:center; letter-spacing:10pt; margin:2mm 0 5mm 0">目次</div>
<table style="margin:0 auto 9mm auto; font-family:'G'; font-size:10.5pt">{toc_html}</table>
<h1>１　計画策定の趣旨</h1>
<h3>（１）計画策定の背景</h3>
<p>本市では、平成28年４月に「安城市債権管理条例」を施行し、市の債権を適正に管理するための統一的な基準を定めるとともに、令和３年３月に「安城市債権管理計画」（以下「前計画」という。）を策定し、全庁を挙げて収納率の向上と収入未済額の縮減に取り組んできた。</p>
<p>前計画の期間においては、口座振替の勧奨やスマートフォン決済の導入など納付しやすい環境の整備を進めるとともに、財産調査に基づく滞納処分を着実に実施した結果、収入未済額は減少傾向にある。一方で、物価高騰の影響などにより納付が困難な市民の増加も懸念されることから、引き続き計画的な債権管理が求められている。</p>
<p>このような状況を踏まえ、前計画の成果と課題を検証したうえで、今後の債権管理の方向性と債権ごとの数値目標及び具体的な取組を示すため、「第２次安城市債権管理計画」（以下「本計画」という。）を策定する。</p>
<h3>（２）計画の期間</h3>
<p>本計画の期間は、令和７（2025）年度から令和10（2028）年度までの４年間とする。ただし、社会経済情勢の変化や制度改正等により必要が生じた場合は、計画期間中であっても見直しを行う。</p>
<h3>（３）対象とする債権</h3>
<p>本計画は、令和５年度決算において収入未済額が生じている債権を対象とし、このうち収入未済額が大きい次の債権を「重点債権」として、債権ごとに数値目標と取組を定める。</p>
<p class="ni" style="padding-left:2em">市税、国民健康保険税、後期高齢者医療保険料、介護保険料、保育料、市営住宅使用料、下水道使用料</p>
<p>なお、重点債権以外の債権についても、各債権所管課において本計画の考え方に沿った債権管理を行うものとする。</p>
"""
pages.append(page(p2, "－ 1 －"))

# ---------------------------------------------------------------- p3 第2章: chart + two columns + 参考
G.page = 3
chart_years = list(range(2018, 2024))
chart_lab = {2018: "H30", 2019: "R元", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5"}
chart_fy_raw = {2018: "H30", 2019: "R元", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5"}
vals = {y: round(total_k(y, "out") / 1000, 1) for y in chart_years}   # 百万円, 1 decimal
vmax = max(vals.values())
bars = []
W, H0, top = 150, 46, 8          # mm
bw = 14
for i, y in enumerate(chart_years):
    h = vals[y] / vmax * 36
    x = 18 + i * 21
    raw = f"{vals[y]:,.1f}"
    G.fact(raw, round(vals[y] * 1_000_000), "yen", "outstanding", fy=y, fy_raw=chart_fy_raw[y])
    bars.append(
        f'<rect x="{x}" y="{top + 38 - h:.2f}" width="{bw}" height="{h:.2f}" fill="#5b7fb9"/>'
        f'<text x="{x + bw / 2}" y="{top + 38 - h - 1.2:.2f}" font-size="3.1" text-anchor="middle" font-family="G">{raw}</text>'
        f'<text x="{x + bw / 2}" y="{top + 42.5}" font-size="3.2" text-anchor="middle" font-family="G">{chart_lab[y]}</text>')
svg = (f'<svg width="{W}mm" height="{H0 + 6}mm" viewBox="0 0 {W} {H0 + 6}" xmlns="http://www.w3.org/2000/svg">'
       f'<line x1="14" y1="{top + 38}" x2="{W - 6}" y2="{top + 38}" stroke="#333" stroke-width="0.3"/>'
       f'<text x="2" y="5" font-size="3.1" font-family="G">（百万円）</text>'
       f'<text x="{W - 6}" y="{top + 47}" font-size="3.1" text-anchor="end" font-family="G">（年度）</text>'
       + "".join(bars) + "</svg>")

o23, o22, o18 = total_k(2023, "out") * 1000, total_k(2022, "out") * 1000, total_k(2018, "out") * 1000
r23, r22 = total_rate(2023), total_rate(2022)
o23r, do_r, d18_r = round_m(o23), round_m(o23 - o22), round_m(o23 - o18)
dr = round(r23 - r22, 2)
assert do_r < 0 and d18_r < 0 and dr > 0, (do_r, d18_r, dr)
tax_o23, tax_o22 = k("tax", 2023, "out") * 1000, k("tax", 2022, "out") * 1000
tax_c23 = rates("tax", 2023)[0]
nhi_a23, nhi_a22 = rates("nhi", 2023)[1], rates("nhi", 2022)[1]
nhi_c23 = rates("nhi", 2023)[0]
care_o23 = round_m(yen("care", 2023, "out"), 100_000)

left = (
    f'<h3>（１）全体の状況</h3>'
    f'<p>令和５年度決算における対象債権全体の収入未済額は約'
    + G.fact(oku_man(o23r), o23r, "yen", "outstanding", fy=2023, fy_raw="令和５年度", approx=True)
    + "で、前年度から約"
    + G.fact(oku_man(-do_r), do_r, "yen", "difference", fy=2023, fy_raw="令和５年度", approx=True)
    + "減少した。また、現年度分と滞納繰越分を合わせた収納率は"
    + G.fact(f"{pct(r23)}％", r23, "percent", "collection_rate", fy=2023, fy_raw="令和５年度")
    + "となり、前年度比"
    + G.fact(f"{dr:.2f}ポイント", dr, "points", "difference", fy=2023, fy_raw="令和５年度")
    + "上昇している。</p>"
    f'<p>平成30年度（2018年度）と比較すると、収入未済額は約'
    + G.fact(oku_man(-d18_r), d18_r, "yen", "difference", fy=2023, fy_raw="令和５年度", approx=True)
    + "縮減しており、前計画に基づく全庁的な取組が一定の成果を上げたものと評価できる。</p>"
    "<p>一方で、収入未済額の大半は市税と国民健康保険税の滞納繰越分が占めており、滞納が長期化した事案の整理が引き続き課題となっている。</p>"
)
right = (
    '<h3 class="brk">（２）主な債権の状況</h3>'
    "<p>市税は、現年課税分の収納率が"
    + G.fact(f"{pct(tax_c23)}％", tax_c23, "percent", "collection_rate", debt="市税", debt_raw="市税",
             fy=2023, fy_raw="令和５年度", segment="current")
    + "と高い水準を維持している。収入未済額は約"
    + G.fact(oku_man(round_m(tax_o23)), round_m(tax_o23), "yen", "outstanding", debt="市税", debt_raw="市税",
             fy=2023, fy_raw="令和５年度", approx=True)
    + "で、前年度から約"
    + G.fact(oku_man(-round_m(tax_o23 - tax_o22)), round_m(tax_o23 - tax_o22), "yen", "difference",
             debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度", approx=True)
    + "の減少となった。</p>"
    "<p>国民健康保険税は、滞納繰越分の収納率が"
    + G.fact(f"{pct(nhi_a23)}％", nhi_a23, "percent", "collection_rate", debt="国民健康保険料",
             debt_raw="国民健康保険税", fy=2023, fy_raw="令和５年度", segment="arrears")
    + "と前年度から"
    + G.fact(f"{nhi_a23 - nhi_a22:.2f}ポイント", round(nhi_a23 - nhi_a22, 2), "points", "difference",
             debt="国民健康保険料", debt_raw="国民健康保険税", fy=2023, fy_raw="令和５年度", segment="arrears")
    + "改善した一方、現年課税分は"
    + G.fact(f"{pct(nhi_c23)}％", nhi_c23, "percent", "collection_rate", debt="国民健康保険料",
             debt_raw="国民健康保険税", fy=2023, fy_raw="令和５年度", segment="current")
    + "にとどまっており、新たな滞納の発生防止が課題である。</p>"
    "<p>介護保険料は、普通徴収の被保険者を中心に滞納が生じており、収入未済額は約"
    + G.fact(oku_man(care_o23), care_o23, "yen", "outstanding", debt="介護保険料",
             debt_raw="介護保険料", fy=2023, fy_raw="令和５年度", approx=True)
    + "となっている。</p>"
)
A23 = (total_k(2023, "cur_a") + total_k(2023, "arr_a")) * 1000
C23 = (total_k(2023, "cur_c") + total_k(2023, "arr_c")) * 1000
W23 = total_k(2023, "w") * 1000
okuA, okuC = round(A23 / 1e8, 1), round(C23 / 1e8, 1)
okuW = round(W23 / 1e8, 2)
sanko = (
    '<div class="box"><div style="font-family:\'G\'">【参考】令和５年度決算の概要（対象債権全体）</div>'
    '<div style="padding-left:1em; line-height:1.6">'
    "・調定額：約" + G.fact(f"{okuA:,.1f}億円", round(okuA * 1e8), "yen", "assessed", fy=2023, fy_raw="令和５年度", approx=True)
    + "<br>・収入済額：約" + G.fact(f"{okuC:,.1f}億円", round(okuC * 1e8), "yen", "collected", fy=2023, fy_raw="令和５年度", approx=True)
    + "<br>・不納欠損額：約" + G.fact(f"{okuW:.2f}億円", round(okuW * 1e8), "yen", "written_off", fy=2023, fy_raw="令和５年度", approx=True)
    + "<br>・収入未済額：約" + G.fact(f"{o23 / 1e8:.1f}億円", round(o23 / 1e8, 1) * 1e8, "yen", "outstanding", fy=2023, fy_raw="令和５年度", approx=True)
    + "</div></div>")
p3 = f"""
<h1>２　本市の債権の状況</h1>
<div class="cap">図１　対象債権全体の収入未済額の推移（各年度決算）</div>
<div style="text-align:center">{svg}</div>
<div class="note" style="text-align:right">※ 各年度の出納閉鎖時点の額。百万円未満を四捨五入している。</div>
<div class="two" style="margin-top:3mm">{left}{right}</div>
{sanko}
"""
pages.append(page(p3, "－ 2 －"))

# ---------------------------------------------------------------- p4 landscape summary table
G.page = 4
hdr = """
<tr><th rowspan="3" style="width:33mm">債権名</th><th colspan="11">令和５年度決算</th><th style="width:15mm">令和４年度<br>決算</th><th rowspan="3" style="width:13mm">前年度比<br>（差）</th><th rowspan="3" style="width:38mm">備考</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="5">計</th><th>計</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th>
<th>調定額<span style="font-size:7pt">※1</span></th><th>収入済額</th><th>収納率</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>
"""
body = []
for i, (key, name, canon, sec, u) in enumerate(DEBTS):
    dn = dict(debt=canon, debt_raw=name, fy=2023, fy_raw="令和５年度")
    rc, ra, rt = rates(key, 2023)
    rt22 = rates(key, 2022)[2]
    tot_a = k(key, 2023, "cur_a") + k(key, 2023, "arr_a")
    tot_c = k(key, 2023, "cur_c") + k(key, 2023, "arr_c")
    cells = [
        G.fact(comma(k(key, 2023, "cur_a")), k(key, 2023, "cur_a") * 1000, "yen", "assessed", segment="current", **dn),
        G.fact(comma(k(key, 2023, "cur_c")), k(key, 2023, "cur_c") * 1000, "yen", "collected", segment="current", **dn),
        G.fact(pct(rc), rc, "percent", "collection_rate", segment="current", **dn),
        G.fact(comma(k(key, 2023, "arr_a")), k(key, 2023, "arr_a") * 1000, "yen", "assessed", segment="arrears", **dn),
        G.fact(comma(k(key, 2023, "arr_c")), k(key, 2023, "arr_c") * 1000, "yen", "collected", segment="arrears", **dn),
        G.fact(pct(ra), ra, "percent", "collection_rate", segment="arrears", **dn) + ('<span style="font-size:7pt">※2</span>' if key == "tax" else ""),
        G.fact(comma(tot_a), tot_a * 1000, "yen", "assessed", **dn),
        G.fact(comma(tot_c), tot_c * 1000, "yen", "collected", **dn),
        G.fact(pct(rt), rt, "percent", "collection_rate", **dn),
        G.fact(comma(k(key, 2023, "w")), k(key, 2023, "w") * 1000, "yen", "written_off", **dn),
        G.fact(comma(k(key, 2023, "out")), k(key, 2023, "out") * 1000, "yen", "outstanding", **dn),
        G.fact(pct(rt22), rt22, "percent", "collection_rate", debt=canon, debt_raw=name, fy=2022, fy_raw="令和４年度"),
        G.fact(tri(round(rt - rt22, 2), 2), round(rt - rt22, 2), "points", "difference", **dn),
    ]
    note = ""
    if key == "nhi":
        v = k(key, 2023, "arr_o")
        note = "うち滞納繰越分 " + G.fact(f"{comma(v)}千円", v * 1000, "yen", "outstanding", segment="arrears", **dn)
    elif key == "house":
        v = int(k(key, 2023, "out") * 0.58)
        note = "うち退去者分 " + G.fact(f"{comma(v)}千円", v * 1000, "yen", "outstanding", **dn)
    elif key == "other":
        note = "重点債権以外の42債権"
    bg = ' style="background:#eef2f8"' if i % 2 else ""
    body.append(f"<tr{bg}><td>{name}</td>" + "".join(f'<td class="n">{c}</td>' for c in cells)
                + f'<td style="font-size:7.5pt">{note}</td></tr>')
# 合計 row
dn = dict(debt=None, debt_raw="合計", fy=2023, fy_raw="令和５年度")
ta, tc = total_k(2023, "cur_a") + total_k(2023, "arr_a"), total_k(2023, "cur_c") + total_k(2023, "arr_c")
rc = rate(total_k(2023, "cur_c"), total_k(2023, "cur_a"))
ra = rate(total_k(2023, "arr_c"), total_k(2023, "arr_a"))
rt, rt22 = total_rate(2023), total_rate(2022)
cells = [
    G.fact(comma(total_k(2023, "cur_a")), total_k(2023, "cur_a") * 1000, "yen", "assessed", segment="current", **dn),
    G.fact(comma(total_k(2023, "cur_c")), total_k(2023, "cur_c") * 1000, "yen", "collected", segment="current", **dn),
    G.fact(pct(rc), rc, "percent", "collection_rate", segment="current", **dn),
    G.fact(comma(total_k(2023, "arr_a")), total_k(2023, "arr_a") * 1000, "yen", "assessed", segment="arrears", **dn),
    G.fact(comma(total_k(2023, "arr_c")), total_k(2023, "arr_c") * 1000, "yen", "collected", segment="arrears", **dn),
    G.fact(pct(ra), ra, "percent", "collection_rate", segment="arrears", **dn),
    G.fact(comma(ta), ta * 1000, "yen", "assessed", **dn),
    G.fact(comma(tc), tc * 1000, "yen", "collected", **dn),
    G.fact(pct(rt), rt, "percent", "collection_rate", **dn),
    G.fact(comma(total_k(2023, "w")), total_k(2023, "w") * 1000, "yen", "written_off", **dn),
    G.fact(comma(total_k(2023, "out")), total_k(2023, "out") * 1000, "yen", "outstanding", **dn),
    G.fact(pct(rt22), rt22, "percent", "collection_rate", debt=None, debt_raw="合計", fy=2022, fy_raw="令和４年度"),
    G.fact(tri(round(rt - rt22, 2), 2), round(rt - rt22, 2), "points", "difference", **dn),
]
body.append('<tr style="background:#d9e2f3"><td style="font-family:\'G\'">合計</td>'
            + "".join(f'<td class="n">{c}</td>' for c in cells) + "<td></td></tr>")
fp_tax = int(k("tax", 2023, "arr_a") * 0.41)
p4 = f"""
<h1>３　債権別の収納状況</h1>
<p>重点債権及びその他の債権について、令和５年度決算における現年度分・滞納繰越分別の収納状況は表１のとおりである。対象債権全体の収納率は前年度を上回ったが、債権によっては前年度を下回ったものもある。</p>
<div class="cap">表１　債権別収納状況（令和５年度決算）</div>
<div class="unit">（単位：千円、％）</div>
<div style="border:1.2pt solid #000; padding:1.5mm">
<table style="width:100%; font-size:8.2pt">{hdr}{''.join(body)}</table>
</div>
<div class="note">出典：令和５年度安城市一般会計・特別会計歳入歳出決算書を基に納税課作成</div>
<div class="note">※1 調定額は、還付未済額を除いた額である。　※2 市税の滞納繰越分の調定額には、大口滞納事案に係る
{G.fact(f"{comma(fp_tax)}千円", fp_tax * 1000, "yen", "assessed", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度", segment="arrears")}を含む。</div>
<div class="note">※3 収納率は、収入済額を調定額で除して算出し、小数点以下第３位を四捨五入している。前年度比の△は低下を示す。</div>
"""
pages.append(page(p4, "－ 3 －", cls="land"))

# ---------------------------------------------------------------- p5 第4章
G.page = 5
rows5 = []
for key, name, canon, sec, u in DEBTS:
    if key == "other":
        continue
    t23, t24 = PREV_T[key][2023], PREV_T[key][2024]
    a23, e24 = rates(key, 2023)[2], rates(key, 2024)[2]
    ach23, ach24 = round(a23 / t23 * 100, 1), round(e24 / t24 * 100, 1)
    d23 = dict(debt=canon, debt_raw=name, fy=2023, fy_raw="令和５年度")
    d24 = dict(debt=canon, debt_raw=name, fy=2024, fy_raw="令和６年度")
    rows5.append(
        f"<tr><td>{name}</td>"
        f'<td class="n">{G.fact(pct(t23), t23, "percent", "collection_rate", basis="target", **d23)}</td>'
        f'<td class="n">{G.fact(pct(a23), a23, "percent", "collection_rate", basis="actual", **d23)}</td>'
        f'<td class="n">{ach23:.1f}</td>'
        f'<td class="n">{G.fact(pct(t24), t24, "percent", "collection_rate", basis="target", **d24)}</td>'
        f'<td class="n">{G.fact(pct(e24), e24, "percent", "collection_rate", basis="estimate", **d24)}</td>'
        f'<td class="n">{ach24:.1f}</td></tr>')
t3 = []
for y in range(2025, 2029):
    cells = "".join(
        f'<td class="n">{G.fact(pct(TARGET[key][y]["tot"]), TARGET[key][y]["tot"], "percent", "collection_rate", debt=CANON[key], debt_raw=NAME[key], fy=y, fy_raw=ERA_FULL[y], basis="target")}</td>'
        for key in ("tax", "nhi", "care", "nurs"))
    t3.append(f"<tr><th>{ERA_FULL[y]}</th>{cells}</tr>")
t4r = "".join(f'<td class="n">{G.fact(pct(ALL_T[y]["rate"]), ALL_T[y]["rate"], "percent", "collection_rate", debt=None, debt_raw="全債権", fy=y, fy_raw=ERA_FULL[y].replace("令和", "R").replace("年度", ""), basis="target")}</td>' for y in range(2025, 2029))
t4o = "".join(f'<td class="n">{G.fact(comma(ALL_T[y]["out"]), ALL_T[y]["out"] * 1000, "yen", "outstanding", debt=None, debt_raw="全債権", fy=y, fy_raw=ERA_FULL[y].replace("令和", "R").replace("年度", ""), basis="target")}</td>' for y in range(2025, 2029))
p5 = f"""
<h1>４　前計画の検証と数値目標</h1>
<h3>（１）前計画の目標達成状況</h3>
<p>前計画では、重点債権ごとに現年度分と滞納繰越分を合わせた収納率の目標を定めて取り組んできた。令和５年度の実績及び令和６年度の決算見込みと目標との比較は表２のとおりである。</p>
<div class="cap">表２　目標収納率と実績の比較（現年度分＋滞納繰越分）</div>
<div class="unit">（単位：％）</div>
<table style="width:100%; font-size:9pt">
<tr><th rowspan="2" style="width:42mm">債権名</th><th colspan="3">令和５年度</th><th colspan="3">令和６年度</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>決算見込</th><th>達成率</th></tr>
{''.join(rows5)}
</table>
<div class="note">※ 達成率は、実績（決算見込）を目標で除して算出した。令和６年度は令和７年１月末時点の見込みである。</div>
<p style="margin-top:2mm">{'、'.join(MET)}は両年度とも目標を達成した一方、{'、'.join(MISS)}は目標に届かなかった年度がある。目標未達成の債権については、滞納の要因分析を行い、本計画の取組に反映させる。</p>
<h3>（２）本計画の数値目標</h3>
<p>本計画では、重点債権のうち収入未済額の大きい４債権について、各年度の目標収納率（現年度分＋滞納繰越分）を表３のとおり定める。また、対象債権全体の目標を表４のとおりとする。</p>
<div style="display:flex; gap:6mm; align-items:flex-start">
<div style="flex:0 0 84mm">
<div class="cap">表３　重点債権の目標収納率</div>
<div class="unit">（単位：％）</div>
<table style="width:100%; font-size:8.8pt">
<tr><th>年度</th><th>市税</th><th>国民健康<br>保険税</th><th>介護<br>保険料</th><th>保育料</th></tr>
{''.join(t3)}
</table></div>
<div style="flex:1">
<div class="cap">表４　対象債権全体の数値目標</div>
<div class="unit">&nbsp;</div>
<table style="width:100%; font-size:8.8pt">
<tr><th style="width:27mm">区分</th><th>R7</th><th>R8</th><th>R9</th><th>R10</th></tr>
<tr><th style="text-align:left; white-space:nowrap">収納率（％）</th>{t4r}</tr>
<tr><th style="text-align:left; white-space:nowrap">収入未済額（千円）</th>{t4o}</tr>
</table>
<div class="note">※ 表４は全債権（重点債権以外を含む。）の目標である。</div>
</div></div>
"""
pages.append(page(p5, "－ 4 －"))


# ---------------------------------------------------------------- p6-p8 推進シート
def sheet(key, pg, folio, items_html_fn):
    G.page = pg
    name, canon, sec = NAME[key], CANON[key], SECT[key]
    kubun = {"nhi": "強制徴収公債権", "care": "強制徴収公債権", "nurs": "強制徴収公債権"}[key]
    years = [2019, 2020, 2021, 2022, 2023, 2024]
    fyraw = ERA_HEAD

    def basis(y):
        return "estimate" if y == 2024 else "actual"

    def line(label, seg, f):
        cells = []
        for y in years:
            d = dict(debt=canon, debt_raw=name, fy=y, fy_raw=fyraw[y], basis=basis(y), segment=seg)
            if f == "rate":
                r = rates(key, y)[{"current": 0, "arrears": 1, "total": 2}[seg]]
                cells.append(G.fact(pct(r), r, "percent", "collection_rate", **d))
            elif f == "deli":
                v = DELINQ[key][y]
                cells.append(G.fact(comma(v), v, "households", "delinquents", **d))
            else:
                dd = DATA[key][y]
                if f == "a":
                    v = {"current": dd["cur_a"], "arrears": dd["arr_a"], "total": dd["cur_a"] + dd["arr_a"]}[seg]
                    m = "assessed"
                elif f == "c":
                    v = {"current": dd["cur_c"], "arrears": dd["arr_c"], "total": dd["cur_c"] + dd["arr_c"]}[seg]
                    m = "collected"
                elif f == "w":
                    v, m = dd["w"], "written_off"
                else:
                    v, m = dd["out"], "outstanding"
                cells.append(G.fact(comma(v), v, "yen", m, **d))
        return f"<td>{label}</td>" + "".join(f'<td class="n">{c}</td>' for c in cells)

    tbl = f"""
<table style="width:100%; font-size:7.9pt">
<tr><th colspan="2">区分</th>{''.join(f'<th>{fyraw[y]}</th>' for y in years)}</tr>
<tr><th rowspan="3" style="width:7mm">現年度分</th>{line('調定額（円）', 'current', 'a')}</tr>
<tr>{line('収入済額（円）', 'current', 'c')}</tr>
<tr>{line('収納率（％）', 'current', 'rate')}</tr>
<tr><th rowspan="3">滞納繰越分</th>{line('調定額（円）', 'arrears', 'a')}</tr>
<tr>{line('収入済額（円）', 'arrears', 'c')}</tr>
<tr>{line('収納率（％）', 'arrears', 'rate')}</tr>
<tr><th rowspan="5">計</th>{line('調定額（円）', 'total', 'a')}</tr>
<tr>{line('収入済額（円）', 'total', 'c')}</tr>
<tr>{line('収納率（％）', 'total', 'rate')}</tr>
<tr>{line('不納欠損額（円）', 'total', 'w')}</tr>
<tr>{line('収入未済額（円）', 'total', 'o')}</tr>
<tr><th colspan="2">滞納世帯数（世帯）</th>{''.join('<td class="n">' + G.fact(comma(DELINQ[key][y]), DELINQ[key][y], 'households', 'delinquents', debt=canon, debt_raw=name, fy=y, fy_raw=fyraw[y], basis=basis(y)) + '</td>' for y in years)}</tr>
</table>"""
    trows = []
    for y in range(2025, 2029):
        t = TARGET[key][y]
        d = dict(debt=canon, debt_raw=name, fy=y, fy_raw=ERA_FULL[y], basis="target")
        note = ""
        if y == 2028:
            note = "うち滞納繰越分 " + G.fact(f"{comma(t['arr_out'])}千円", t["arr_out"] * 1000, "yen", "outstanding", segment="arrears", **d)
        trows.append(
            f"<tr><th>{ERA_FULL[y]}</th>"
            f'<td class="n">{G.fact(pct(t["cur"]), t["cur"], "percent", "collection_rate", segment="current", **d)}</td>'
            f'<td class="n">{G.fact(pct(t["arr"]), t["arr"], "percent", "collection_rate", segment="arrears", **d)}</td>'
            f'<td class="n">{G.fact(comma(t["out"]), t["out"] * 1000, "yen", "outstanding", **d)}</td>'
            f'<td style="font-size:8pt">{note}</td></tr>')
    d23, d22 = DELINQ[key][2023], DELINQ[key][2022]
    status = (
        "<p>令和５年度の滞納世帯数は"
        + G.fact(f"{comma(d23)}世帯", d23, "households", "delinquents", debt=canon, debt_raw=name, fy=2023, fy_raw="令和５年度")
        + "で、前年度から"
        + G.fact(f"{d22 - d23}世帯", d23 - d22, "households", "difference", debt=canon, debt_raw=name, fy=2023, fy_raw="令和５年度")
        + "減少した。" + {
            "nhi": "所得の低い世帯や加入期間の短い世帯で滞納が生じやすく、現年度分の早期納付の働きかけが重要である。</p>",
            "care": "普通徴収の被保険者のうち、年金額が少ない方や新たに65歳に到達した方に滞納が多い傾向にある。</p>",
            "nurs": "退園後に滞納が長期化する事案が多く、在園中の早期対応と児童手当からの徴収が重要である。</p>"}[key])
    body = f"""
<h1>５　債権ごとの取組み（{name}）</h1>
<table style="width:100%; font-size:9.5pt; margin-bottom:2mm">
<tr><th style="width:20mm">債権名</th><td style="font-family:'G'">{name}</td><th style="width:20mm">所管課</th><td>{sec}</td>
<th style="width:20mm">債権区分</th><td>{kubun}</td></tr></table>
<h3>（１）収納状況の推移</h3>
{tbl}
<div class="note">※ ６年度は令和７年１月末時点の決算見込額である。</div>
<h3>（２）現状と課題</h3>
{status}
<h3>（３）数値目標</h3>
<table style="width:100%; font-size:8.8pt">
<tr><th style="width:26mm">年度</th><th>現年度分<br>目標収納率（％）</th><th>滞納繰越分<br>目標収納率（％）</th><th>収入未済額<br>目標（千円）</th><th style="width:50mm">備考</th></tr>
{''.join(trows)}
</table>
<h3>（４）目標達成に向けた取組</h3>
{items_html_fn(key)}
"""
    pages.append(page(body, folio))


SEC = "目標達成に向けた取組"


def items_nhi(key):
    name, canon = NAME[key], CANON[key]
    it = lambda txt, lab, st: G.initiative(txt, debt=canon, debt_raw=name, fy=2025, section=SEC, label=lab, status=st)  # noqa: E731
    out = ['<div style="font-size:9.5pt; line-height:1.5">']
    out.append("<div>ア　滞納の未然防止</div>")
    out.append(f'<div style="padding-left:2.2em;text-indent:-1.6em">(ｱ) {it("納付書にスマートフォン決済用の二次元コードを印字し、納期限内の納付を促す。", "ア(ｱ)", "継続")}【継続】</div>')
    out.append(f'<div style="padding-left:2.2em;text-indent:-1.6em">(ｲ) {it("加入手続の際に、窓口でWeb口座振替受付サービスによる口座振替の申込みを勧奨する。", "ア(ｲ)", "拡充")}【拡充】</div>')
    out.append("<div>イ　滞納整理の強化</div>")
    out.append(f'<div style="padding-left:2.2em;text-indent:-1.6em">(ｱ) {it("現年度分の未納者に対し、納期限後１か月以内に文書催告とSMSによる催告を行う。", "イ(ｱ)", "継続")}【継続】</div>')
    out.append(f'<div style="padding-left:2.2em;text-indent:-1.6em">(ｲ) {it("滞納繰越分については、早期に財産調査を行い、預貯金や給与等の差押えを実施する。", "イ(ｲ)", "継続")}【継続】</div>')
    out.append(f'<div style="padding-left:2.2em;text-indent:-1.6em">(ｳ) {it("納税課と合同で高額滞納事案の捜索を実施する。", "イ(ｳ)", "新規")}<br>【新規】</div>')
    out.append("<div>ウ　執行停止・不納欠損の適正化</div>")
    out.append(f'<div style="padding-left:2.2em;text-indent:-1.6em">(ｱ) {it("資力の乏しい滞納者については、生活状況を調査したうえで滞納処分の執行停止を適正に行う。", "ウ(ｱ)", "継続")}【継続】</div>')
    out.append("</div>")
    return "".join(out)


def items_care(key):
    name, canon = NAME[key], CANON[key]
    it = lambda txt, lab, st: G.initiative(txt, debt=canon, debt_raw=name, fy=2025, section="区分・実施内容", label=lab, status=st)  # noqa: E731
    r1 = (f"①{it('65歳到達者への通知に口座振替依頼書を同封し、口座振替を勧奨する。', '①', '継続')}【継続】<br>"
          f"②{it('年金からの特別徴収に切り替わるまでの間、納付案内を送付する。', '②', '新規')}【新規】")
    r2 = (f"①{it('督促状の発送後、未納者に電話催告と文書催告を行う。', '①', '継続')}【継続】<br>"
          f"②{it('滞納繰越分のある被保険者について預貯金調査を行い、差押えを実施する。', '②', '拡充')}【拡充】<br>"
          f"③{it('給付制限の対象となる滞納者には、窓口で制度を説明し納付相談につなげる。', '③', '継続')}【継続】")
    return f"""
<table style="width:100%; font-size:9.2pt">
<tr><th style="width:34mm">区分</th><th>令和７年度以降の実施内容</th></tr>
<tr><td>滞納の未然防止</td><td style="line-height:1.5">{r1}</td></tr>
<tr><td>徴収の強化</td><td style="line-height:1.5">{r2}</td></tr>
</table>"""


def items_nurs(key):
    name, canon = NAME[key], CANON[key]
    it = lambda txt, st: G.initiative(txt, debt=canon, debt_raw=name, fy=2025, section="収納対策の方向性", label="・", status=st)  # noqa: E731
    return f"""
<div class="box" style="font-size:9.5pt; line-height:1.55; margin-top:1mm">
<div style="font-family:'G'">収納対策の方向性</div>
・{it('入園の際に口座振替を原則とし、申込みを案内する。', '継続')}【継続】<br>
・{it('児童手当からの特別徴収について、保護者の申出による充当を積極的に案内する。', '拡充')}<br>【拡充】<br>
・{it('退園者の滞納分は、退園時に分納誓約を取り、履行状況を毎月確認する。', '新規')}【新規】<br>
・{it('強制徴収公債権として、財産調査と滞納処分を計画的に実施する。', '継続')}【継続】
</div>"""


sheet("nhi", 6, "－ 5 －", items_nhi)
sheet("care", 7, "－ 6 －", items_care)
sheet("nurs", 8, "－ 7 －", items_nurs)

html = f'<html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{"".join(pages)}</body></html>'
pdf = PDF_DIR / f"{STEM}.pdf"
html_to_pdf(html, pdf, STEM)
n = G.write(pdf)
print(STEM, "pages", n, "facts", len(G.facts), "initiatives", len(G.initiatives))
