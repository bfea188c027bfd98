#!/usr/bin/env python3
"""kc_nagareyama_plan_1: 第3次流山市債権管理計画 (kind plan). HTML/CSS -> chromium --print-to-pdf.

Run from corpus/dev49:  python3 build/kc_nagareyama_plan.py
All figures are invented (seeded), internally consistent: rate = collected / assessed,
outstanding = assessed - collected - written_off, arrears assessed of a year = outstanding of the year before.
"""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kc_common import (PDF_DIR, WORK, Gold, check_raws, fmt, fmtd, fmtr, rate, r2)  # noqa: E402

STEM = "kc_nagareyama_plan_1"
CITY = "流山市"
TITLE = "第3次流山市債権管理計画"
rnd = random.Random(4927)

# ----------------------------------------------------------------------------- data
# key, printed full name, abbreviation used in tables, canonical debt, 所管課, public/private
DEBTS = [
    ("tax", "市税", "市税", "市税", "納税課", "公"),
    ("kokuho", "国民健康保険税", "国保税", "国民健康保険税", "保険年金課", "公"),
    ("kaigo", "介護保険料", "介護料", "介護保険料", "介護支援課", "公"),
    ("kouki", "後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "保険年金課", "公"),
    ("hoiku", "保育所保育料", "保育料", "保育所保育料", "保育課", "公"),
    ("gesui", "下水道使用料", "下水道使用料", "下水道使用料", "下水道業務課", "公"),
    ("jutaku", "市営住宅使用料", "住宅使用料", "市営住宅使用料", "住宅政策課", "私"),
]
KEYS = [d[0] for d in DEBTS]
FULL = {d[0]: d[1] for d in DEBTS}
ABBR = {d[0]: d[2] for d in DEBTS}
CANON = {d[0]: d[3] for d in DEBTS}
DEPT = {d[0]: d[4] for d in DEBTS}

YEARS = [2019, 2020, 2021, 2022, 2023]
BASE = {  # current assessed 2019 (千円), growth, current rate, arrears rate, write-off share, arrears 2019
    "tax": (30_112_000, 0.028, 98.92, 29.5, 0.060, 842_000),
    "kokuho": (5_624_000, -0.012, 93.40, 24.0, 0.115, 1_068_000),
    "kaigo": (4_186_000, 0.031, 99.02, 19.5, 0.140, 131_000),
    "kouki": (2_296_000, 0.036, 99.48, 36.0, 0.050, 17_400),
    "hoiku": (512_000, -0.070, 98.40, 15.5, 0.080, 41_800),
    "gesui": (2_648_000, 0.012, 98.85, 41.0, 0.045, 44_600),
    "jutaku": (91_800, 0.004, 96.10, 12.5, 0.060, 37_900),
}
D: dict = {}
for k in KEYS:
    a0, g, rc, ra, w, arr0 = BASE[k]
    D[k] = {}
    arr = arr0
    for i, y in enumerate(YEARS):
        ac = int(round(a0 * (1 + g) ** i * (1 + rnd.uniform(-0.004, 0.004))))
        rcy = rc + 0.11 * i + rnd.uniform(-0.05, 0.05)
        ray = ra + 0.8 * i + rnd.uniform(-0.6, 0.6)
        cc = int(round(ac * rcy / 100))
        ca = int(round(arr * ray / 100))
        wo = int(round(arr * (w + rnd.uniform(-0.01, 0.01))))
        out = ac + arr - cc - ca - wo
        D[k][y] = dict(ac=ac, cc=cc, aa=arr, ca=ca, at=ac + arr, ct=cc + ca, wo=wo, out=out)
        arr = out
# delinquents (persons) for the two detailed sheets
DELQ = {"tax": {2021: 6_214, 2022: 5_873, 2023: 5_536}, "kokuho": {2021: 4_902, 2022: 4_718, 2023: 4_455}}


def tot(y, f):
    return sum(D[k][y][f] for k in KEYS)


# targets (第3次計画): current / arrears rates and outstanding (千円) for 2025-2027
TGT_YEARS = [2025, 2026, 2027]
TGT = {}
for k in KEYS:
    last = D[k][2023]
    rc = rate(last["cc"], last["ac"])
    ra = rate(last["ca"], last["aa"])
    TGT[k] = {}
    for j, y in enumerate(TGT_YEARS):
        step_c = {"tax": 0.05, "kokuho": 0.30, "kaigo": 0.05, "kouki": 0.03, "hoiku": 0.10,
                  "gesui": 0.05, "jutaku": 0.20}[k]
        step_a = {"tax": 1.0, "kokuho": 1.2, "kaigo": 1.0, "kouki": 0.5, "hoiku": 1.5,
                  "gesui": 1.0, "jutaku": 1.0}[k]
        cur = r2(min(99.9, round((rc + step_c * (j + 1)) * 10) / 10), 2)
        arrt = r2(round((ra + step_a * (j + 1)) * 10) / 10, 2)
        unit = 10_000 if last["out"] > 200_000 else 1_000
        outt = int(round(last["out"] * (1 - 0.05 * (j + 1)) / unit)) * unit
        TGT[k][y] = dict(rc=cur, ra=arrt, out=outt)

# previous plan (第2次) targets for 2023, current segment
PREV_TGT = {"tax": 99.10, "kokuho": 94.00, "kaigo": 99.40, "kouki": 99.70, "hoiku": 99.00,
            "gesui": 99.30, "jutaku": 96.50}

G = Gold(STEM, "plan", "plan", CITY, f"{TITLE}（令和7年度～令和9年度）", "2025-03-01", "令和7（2025）年3月")

# ----------------------------------------------------------------------------- html helpers
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONTM = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

CSS = f"""
@font-face {{ font-family: 'KG'; src: url('file://{FONT}'); }}
@font-face {{ font-family: 'KM'; src: url('file://{FONTM}'); }}
@page {{ size: A4 portrait; margin: 14mm 15mm 12mm 15mm; }}
@page land {{ size: A4 landscape; margin: 12mm 12mm 10mm 12mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: 'KM'; font-size: 10.5pt; line-height: 1.55; color: #000; }}
.page {{ break-after: page; position: relative; height: 268mm; overflow: hidden; }}
.page.last {{ break-after: auto; }}
.land {{ page: land; height: 184mm; }}
.pno {{ position: absolute; bottom: 0; left: 0; right: 0; text-align: center; font-size: 9pt; }}
h1 {{ font-family: 'KG'; font-weight: normal; font-size: 13pt; margin: 0 0 6px 0; }}
h2 {{ font-family: 'KG'; font-weight: normal; font-size: 11.5pt; margin: 10px 0 4px 0; }}
h3 {{ font-family: 'KG'; font-weight: normal; font-size: 10.5pt; margin: 8px 0 3px 0; }}
p {{ margin: 2px 0 4px 0; text-indent: 1em; }}
table {{ border-collapse: collapse; font-family: 'KG'; font-size: 8.6pt; }}
th, td {{ border: 0.6pt solid #000; padding: 1.5px 4px; }}
th {{ background: #dfe6ee; font-weight: normal; text-align: center; }}
td.n {{ text-align: right; white-space: nowrap; }}
td.c {{ text-align: center; }}
.cap {{ font-family: 'KG'; font-size: 9.5pt; margin: 6px 0 2px 0; }}
.unit {{ font-family: 'KG'; font-size: 8.5pt; text-align: right; margin: 0 0 1px 0; }}
.src {{ font-size: 8pt; margin: 1px 0 6px 0; }}
.note {{ font-size: 8.2pt; margin: 1px 0; text-indent: 0; }}
.vt {{ writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 2px; }}
.box {{ border: 0.8pt solid #000; padding: 4px 8px; margin: 6px 0; }}
.ref {{ border: 1pt solid #333; padding: 4px 10px; margin: 6px 0; font-family: 'KG'; font-size: 9pt; }}
.ref ul {{ margin: 2px 0 0 0; padding-left: 1.2em; }}
.items {{ margin: 2px 0 4px 0; padding: 0; list-style: none; }}
.items li {{ margin: 1px 0 3px 0; padding-left: 1.6em; text-indent: -1.6em; }}
.sheet-head td, .sheet-head th {{ font-size: 9.5pt; padding: 3px 8px; }}
.cover-title {{ font-family: 'KG'; font-size: 24pt; text-align: center; margin-top: 50mm; }}
.cover-sub {{ font-family: 'KG'; font-size: 14pt; text-align: center; margin-top: 6mm; }}
.cover-date {{ font-family: 'KG'; font-size: 13pt; text-align: center; margin-top: 20mm; }}
.cover-city {{ font-family: 'KG'; font-size: 16pt; text-align: center; margin-top: 6mm; }}
.toc {{ width: 120mm; margin: 22mm auto 0 auto; font-family: 'KG'; font-size: 10.5pt; }}
.toc td {{ border: none; padding: 2px 2px; }}
.toc td.dots {{ border-bottom: 0.6pt dotted #000; width: 60%; }}
"""

pages: list[str] = []  # html per page; facts carry the 1-based index


def P():
    return len(pages) + 1


def td(txt, cls="n", **kw):
    attrs = "".join(f' {k}="{v}"' for k, v in kw.items())
    return f'<td class="{cls}"{attrs}>{txt}</td>'


def fy_label(y):
    r = y - 2018
    return f"令和{'元' if r == 1 else r}年度"


def fy_both(y):
    r = y - 2018
    return f"令和{'元' if r == 1 else r}（{y}）年度"


# ============================================================================ page 1: cover + 目次
toc_rows = [("１　計画策定の趣旨", 2), ("２　計画期間", 2), ("３　対象債権", 2), ("４　債権の現状", 2),
            ("５　計画の目標", 5), ("６　債権ごとの取組", 6), ("７　計画の推進", 8)]
toc = "".join(f'<tr><td style="white-space:nowrap">{t}</td><td style="overflow:hidden;white-space:nowrap;max-width:70mm">{"・" * 40}</td><td style="text-align:right">{p}</td></tr>' for t, p in toc_rows)
pages.append(f"""
<div class="cover-title">{TITLE}</div>
<div class="cover-sub">（令和7年度～令和9年度）</div>
<table class="toc"><tr><td colspan="3" style="text-align:center;font-size:12pt;padding-bottom:6px">目　　次</td></tr>{toc}</table>
<div class="cover-date">令和7（2025）年3月</div>
<div class="cover-city">流　山　市</div>
""")

# ============================================================================ page 2: 趣旨・期間・対象・現状(1)
p = P()
o22, o23 = tot(2022, "out"), tot(2023, "out")
o23_man = int(round(o23 / 1_000.0)) * 1_000              # 千円 -> rounded to 100万円
diff_man = int(round((o23 - o22) / 1_000.0)) * 1_000
approx_out = o23_man * 1000
approx_diff = diff_man * 1000


def oku(yen):
    o, rest = divmod(abs(yen), 100_000_000)
    m = rest // 10_000
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")


raw_out = f"約{oku(approx_out)}"
raw_diff = f"約{oku(approx_diff)}"
G.fact(p, None, None, 2023, "令和5年度", "total", "outstanding", "actual", approx_out, "yen", raw_out, approx=True)
G.fact(p, None, None, 2023, "令和5年度", "total", "difference", "actual", approx_diff, "yen", raw_diff, approx=True)
rc22 = rate(tot(2022, "cc"), tot(2022, "ac"))
rc23 = rate(tot(2023, "cc"), tot(2023, "ac"))
dpt = r2(rc23 - rc22)
G.fact(p, None, None, 2023, "令和5年度", "current", "collection_rate", "actual", rc23, "percent", f"{rc23:.2f}％")
G.fact(p, None, None, 2023, "令和5年度", "current", "difference", "actual", dpt, "points", f"{abs(dpt):.2f}ポイント")

t1_rows = ""
for y in YEARS:
    cells = ""
    for k in KEYS:
        v = D[k][y]["out"]
        cells += td(fmt(v))
        G.fact(p, CANON[k], ABBR[k], y, fy_both(y), "total", "outstanding", "actual", v * 1000, "yen", fmt(v))
    v = tot(y, "out")
    cells += td(fmt(v), style="background:#eef1f4")
    G.fact(p, None, "合計", y, fy_both(y), "total", "outstanding", "actual", v * 1000, "yen", fmt(v))
    t1_rows += f"<tr><th style='text-align:left'>{fy_both(y)}</th>{cells}</tr>"
head1 = "".join(f"<th>{ABBR[k]}</th>" for k in KEYS) + "<th>合計</th>"
pages.append(f"""
<h1>１　計画策定の趣旨</h1>
<p>本市では、平成29年度（2017年度）に「流山市債権管理条例」を施行し、令和元年度からの第1次計画、令和4年度からの第2次計画に基づき、全庁的な債権管理の適正化と収入未済額の縮減に取り組んできました。人口増加に伴い市税をはじめとする各債権の調定額は年々増加しており、新たな滞納の発生を抑えながら、滞納繰越分の整理を着実に進めることが引き続き課題となっています。</p>
<p>こうした状況を踏まえ、市民負担の公平性の確保と安定した財源の確保を目的として、第3次流山市債権管理計画を策定します。</p>
<h1>２　計画期間</h1>
<p>令和7（2025）年度から令和9（2027）年度までの3年間とします。なお、社会経済情勢や制度改正の状況に応じ、必要な見直しを行います。</p>
<h1>３　対象債権</h1>
<p>本計画では、収入未済額の規模が大きく、市の財政運営に与える影響が大きい次の7債権（以下「主要7債権」といいます。）を対象とします。</p>
<p class="note">　市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料、下水道使用料、市営住宅使用料</p>
<p class="note">　※ 表中では、国民健康保険税を「国保税」、介護保険料を「介護料」、後期高齢者医療保険料を「後期高齢」、保育所保育料を「保育料」、市営住宅使用料を「住宅使用料」と略して表記しています。</p>
<h1>４　債権の現状</h1>
<h2>（１）収入未済額の推移</h2>
<p>令和5年度決算における主要7債権の収入未済額は{raw_out}で、前年度から{raw_diff}減少しました。また、主要7債権の現年度分収納率は{rc23:.2f}％となり、前年度に比べ{abs(dpt):.2f}ポイント上昇しています。一方、国民健康保険税は滞納繰越分の残高が依然として大きく、引き続き重点的な取組が必要です。</p>
<div class="cap">表１　主要7債権の収入未済額の推移（決算）</div>
<div class="unit">（単位：千円）</div>
<table style="width:100%"><tr><th>年度</th>{head1}</tr>{t1_rows}</table>
<p class="note">※ 収入未済額は各年度の出納閉鎖時点の額です。</p>
<div class="pno">- 2 -</div>
""")
# the prose diff is negative (減少)
assert approx_diff < 0 and dpt > 0, (approx_diff, dpt)

# ============================================================================ page 3: chart + 【参考】 + 目標収納率の推移 (debts as columns)
p = P()
bars = []
for y in YEARS:
    v = tot(y, "out") * 1000
    lab = f"{v / 1e8:.1f}"
    bars.append((y, v, lab))
    G.fact(p, None, None, y, ("R元" if y == 2019 else f"R{y - 2018}"), "total", "outstanding", "actual",
           int(round(float(lab) * 1e8)), "yen", lab)
mx = max(b[1] for b in bars)
svg = ['<svg width="600" height="215" viewBox="0 0 600 215" xmlns="http://www.w3.org/2000/svg" style="font-family:KG">']
svg.append('<line x1="50" y1="180" x2="580" y2="180" stroke="#000" stroke-width="1"/>')
for i, (y, v, lab) in enumerate(bars):
    h = v / mx * 140
    x = 80 + i * 100
    svg.append(f'<rect x="{x}" y="{180 - h:.1f}" width="50" height="{h:.1f}" fill="#7f9fbf"/>')
    svg.append(f'<text x="{x + 25}" y="{175 - h:.1f}" font-size="12" text-anchor="middle">{lab}</text>')
    svg.append(f'<text x="{x + 25}" y="198" font-size="11" text-anchor="middle">{"R元" if y == 2019 else f"R{y - 2018}"}</text>')
svg.append('<text x="8" y="20" font-size="10">（億円）</text></svg>')

# 【参考】 box: city-wide figures (all debts) -> debt null
all_rate23 = 96.48
all_rate22 = 96.17
G.fact(p, None, None, 2023, "令和5年度", "total", "collection_rate", "actual", all_rate23, "percent", f"{all_rate23:.2f}％")
G.fact(p, None, None, 2022, "令和4年度", "total", "collection_rate", "actual", all_rate22, "percent", f"{all_rate22:.2f}％")
wo23 = tot(2023, "wo")
G.fact(p, None, None, 2023, "令和5年度", "total", "written_off", "actual", wo23 * 1000, "yen", f"{fmt(wo23)}千円")

# 表2: 現年度分収納率の推移 (debts as columns; years as rows; rates w/o %)
t2 = ""
for y in [2021, 2022, 2023]:
    cells = ""
    for k in KEYS:
        v = rate(D[k][y]["cc"], D[k][y]["ac"])
        cells += td(fmtr(v))
        G.fact(p, CANON[k], ABBR[k], y, (f"R{y - 2018}"), "current", "collection_rate", "actual", v, "percent", fmtr(v))
    t2 += f"<tr><th style='text-align:left'>R{y - 2018}</th>{cells}</tr>"
# arrears rates
t2b = ""
for y in [2021, 2022, 2023]:
    cells = ""
    for k in KEYS:
        v = rate(D[k][y]["ca"], D[k][y]["aa"])
        cells += td(fmtr(v))
        G.fact(p, CANON[k], ABBR[k], y, (f"R{y - 2018}"), "arrears", "collection_rate", "actual", v, "percent", fmtr(v))
    t2b += f"<tr><th style='text-align:left'>R{y - 2018}</th>{cells}</tr>"
headk = "".join(f"<th>{ABBR[k]}</th>" for k in KEYS)
pages.append(f"""
<h2>（２）収入未済額の推移（グラフ）</h2>
<div class="cap">図１　主要7債権の収入未済額の推移（各年度決算）</div>
{''.join(svg)}
<div class="ref">【参考】市全体の状況（一般会計及び特別会計の全債権）
<ul><li>収納率（令和5年度）：{all_rate23:.2f}％</li><li>収納率（令和4年度）：{all_rate22:.2f}％</li>
<li>主要7債権の不納欠損額（令和5年度）：{fmt(wo23)}千円</li></ul></div>
<h2>（３）収納率の推移</h2>
<div class="cap">表２　債権別収納率の推移（決算、単位：％）</div>
<table style="width:100%"><tr><th rowspan="2">年度</th><th colspan="7">現年度分</th></tr><tr>{headk}</tr>{t2}</table>
<div style="height:6px"></div>
<table style="width:100%"><tr><th rowspan="2">年度</th><th colspan="7">滞納繰越分</th></tr><tr>{headk}</tr>{t2b}</table>
<p class="note">※ R3＝令和3年度、R4＝令和4年度、R5＝令和5年度。</p>
<p>現年度分の収納率は、各債権とも概ね横ばいから上昇傾向で推移していますが、滞納繰越分は債権により差が大きく、特に保育所保育料及び市営住宅使用料では低い水準にとどまっています。</p>
<div class="pno">- 3 -</div>
""")

# ============================================================================ page 4 (landscape): 令和5年度決算 wide table
p = P()
rows4 = ""
groups = [("公債権", [k for k in KEYS if k != "jutaku"]), ("私債権", ["jutaku"])]
for gname, ks in groups:
    for i, k in enumerate(ks):
        d = D[k][2023]
        vals = []
        for seg, a, c in (("current", "ac", "cc"), ("arrears", "aa", "ca"), ("total", "at", "ct")):
            r = rate(d[c], d[a])
            vals += [fmt(d[a]), fmt(d[c]), fmtr(r)]
            G.fact(p, CANON[k], FULL[k], 2023, "令和5年度", seg, "assessed", "actual", d[a] * 1000, "yen", fmt(d[a]))
            G.fact(p, CANON[k], FULL[k], 2023, "令和5年度", seg, "collected", "actual", d[c] * 1000, "yen", fmt(d[c]))
            G.fact(p, CANON[k], FULL[k], 2023, "令和5年度", seg, "collection_rate", "actual", r, "percent", fmtr(r))
        vals += [fmt(d["wo"]), fmt(d["out"])]
        G.fact(p, CANON[k], FULL[k], 2023, "令和5年度", "total", "written_off", "actual", d["wo"] * 1000, "yen", fmt(d["wo"]))
        G.fact(p, CANON[k], FULL[k], 2023, "令和5年度", "total", "outstanding", "actual", d["out"] * 1000, "yen", fmt(d["out"]))
        vt = f'<th rowspan="{len(ks)}" class="vt">{gname}</th>' if i == 0 else ""
        rows4 += f"<tr>{vt}<th style='text-align:left'>{FULL[k]}</th>{''.join(td(v) for v in vals)}</tr>"
tvals = []
for seg, a, c in (("current", "ac", "cc"), ("arrears", "aa", "ca"), ("total", "at", "ct")):
    A, C = tot(2023, a), tot(2023, c)
    r = rate(C, A)
    tvals += [fmt(A), fmt(C), fmtr(r)]
    G.fact(p, None, "合計", 2023, "令和5年度", seg, "assessed", "actual", A * 1000, "yen", fmt(A))
    G.fact(p, None, "合計", 2023, "令和5年度", seg, "collected", "actual", C * 1000, "yen", fmt(C))
    G.fact(p, None, "合計", 2023, "令和5年度", seg, "collection_rate", "actual", r, "percent", fmtr(r))
tvals += [fmt(tot(2023, "wo")), fmt(tot(2023, "out"))]
G.fact(p, None, "合計", 2023, "令和5年度", "total", "written_off", "actual", tot(2023, "wo") * 1000, "yen", fmt(tot(2023, "wo")))
G.fact(p, None, "合計", 2023, "令和5年度", "total", "outstanding", "actual", tot(2023, "out") * 1000, "yen", fmt(tot(2023, "out")))
rows4 += f"<tr><th colspan='2'>合計</th>{''.join(td(v, style='background:#eef1f4') for v in tvals)}</tr>"
sub = "<th>調定額</th><th>収入済額</th><th>収納率</th>"
pages.append(f"""
<div class="land-inner">
<h2>（４）主要7債権の収納状況（令和5年度決算）</h2>
<div class="cap">表３　主要7債権の調定額・収入済額・収納率等（単位：千円、％）</div>
<div class="box" style="padding:6px">
<table style="width:100%;font-size:8.8pt">
<tr><th rowspan="3" colspan="2">債権名</th><th colspan="11">令和5年度（2023年度）決算</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th><th rowspan="2">不納欠損額</th><th rowspan="2">収入未済額</th></tr>
<tr>{sub}{sub}{sub}</tr>
{rows4}
</table></div>
<div class="src">出典：令和5年度流山市一般会計・特別会計歳入歳出決算書及び各所管課調べ（下水道使用料は下水道事業会計決算による。）</div>
<p class="note">※ 収入未済額＝調定額（計）－収入済額（計）－不納欠損額。千円未満を切り捨てて表示しているため、合計が一致しない場合があります。</p>
<p>令和5年度の主要7債権の収納状況をみると、現年度分の収納率はいずれの債権も高い水準にある一方、滞納繰越分の収納率は債権によって大きく異なります。収入未済額の約半分を国民健康保険税が占めており、市税と合わせて主要7債権の収入未済額の大部分を構成しています。</p>
</div>
<div class="pno">- 4 -</div>
""")

# ============================================================================ page 5: 計画の目標
p = P()
# 表4 目標収納率 (debts as rows) ; two headings side by side: 決算 | 目標
rows5 = ""
for k in KEYS:
    d = D[k][2023]
    rc, ra = rate(d["cc"], d["ac"]), rate(d["ca"], d["aa"])
    cells = td(fmtr(rc)) + td(fmtr(ra))
    G.fact(p, CANON[k], FULL[k], 2023, "令和5年度", "current", "collection_rate", "actual", rc, "percent", fmtr(rc))
    G.fact(p, CANON[k], FULL[k], 2023, "令和5年度", "arrears", "collection_rate", "actual", ra, "percent", fmtr(ra))
    for y in TGT_YEARS:
        t = TGT[k][y]
        cells += td(fmtr(t["rc"])) + td(fmtr(t["ra"]))
        G.fact(p, CANON[k], FULL[k], y, fy_label(y), "current", "collection_rate", "target", t["rc"], "percent", fmtr(t["rc"]))
        G.fact(p, CANON[k], FULL[k], y, fy_label(y), "arrears", "collection_rate", "target", t["ra"], "percent", fmtr(t["ra"]))
    rows5 += f"<tr><th style='text-align:left'>{FULL[k]}</th>{cells}</tr>"
cr = "<th>現年</th><th>滞繰</th>"
# 表5 収入未済額の目標 (unit inside each column header), 削減額 (▲)
rows6 = ""
for k in KEYS:
    a = D[k][2023]["out"]
    cells = td(fmt(a))
    G.fact(p, CANON[k], FULL[k], 2023, "令和5年度実績", "total", "outstanding", "actual", a * 1000, "yen", fmt(a))
    for y in TGT_YEARS:
        v = TGT[k][y]["out"]
        cells += td(fmt(v))
        G.fact(p, CANON[k], FULL[k], y, fy_label(y) + "目標", "total", "outstanding", "target", v * 1000, "yen", fmt(v))
    dd = TGT[k][2027]["out"] - a
    s = ("▲" if dd < 0 else "") + f"{abs(dd):,}"
    cells += td(s)
    G.fact(p, CANON[k], FULL[k], 2027, "令和9年度目標", "total", "difference", "target", dd * 1000, "yen", s)
    rows6 += f"<tr><th style='text-align:left'>{FULL[k]}</th>{cells}</tr>"
A = tot(2023, "out")
cells = td(fmt(A))
G.fact(p, None, "計", 2023, "令和5年度実績", "total", "outstanding", "actual", A * 1000, "yen", fmt(A))
for y in TGT_YEARS:
    v = sum(TGT[k][y]["out"] for k in KEYS)
    cells += td(fmt(v))
    G.fact(p, None, "計", y, fy_label(y) + "目標", "total", "outstanding", "target", v * 1000, "yen", fmt(v))
dd = sum(TGT[k][2027]["out"] for k in KEYS) - A
s = ("▲" if dd < 0 else "") + f"{abs(dd):,}"
cells += td(s)
G.fact(p, None, "計", 2027, "令和9年度目標", "total", "difference", "target", dd * 1000, "yen", s)
rows6 += f"<tr><th>計</th>{cells}</tr>"
# 表6 第2次計画の目標と実績 (令和5年度) with 達成率 (達成率 not a contract metric)
rows7 = ""
for k in KEYS:
    d = D[k][2023]
    act = rate(d["cc"], d["ac"])
    tg = PREV_TGT[k]
    ach = r2(act / tg * 100, 1)
    rows7 += f"<tr><th style='text-align:left'>{ABBR[k]}</th>{td(fmtr(tg))}{td(fmtr(act))}{td(f'{ach:.1f}')}</tr>"
    G.fact(p, CANON[k], ABBR[k], 2023, "令和5年度", "current", "collection_rate", "target", tg, "percent", fmtr(tg))
    G.fact(p, CANON[k], ABBR[k], 2023, "令和5年度", "current", "collection_rate", "actual", act, "percent", fmtr(act))
pages.append(f"""
<h1>５　計画の目標</h1>
<p>主要7債権ごとに、計画期間の各年度における目標収納率及び収入未済額の目標額を次のとおり定めます。目標収納率は、令和5年度決算の実績を基準に、各債権の過去の推移と今後の取組の効果を見込んで設定しました。</p>
<div class="cap">表４　債権別の目標収納率（単位：％）</div>
<table style="width:100%">
<tr><th rowspan="3">債権名</th><th colspan="2">決　算</th><th colspan="6">目　標</th></tr>
<tr><th colspan="2">令和5年度</th><th colspan="2">令和7年度</th><th colspan="2">令和8年度</th><th colspan="2">令和9年度</th></tr>
<tr>{cr * 4}</tr>
{rows5}
</table>
<div class="cap">表５　収入未済額の目標</div>
<table style="width:100%">
<tr><th>債権名</th><th>令和5年度実績<br>収入未済額（千円）</th><th>令和7年度目標<br>収入未済額（千円）</th><th>令和8年度目標<br>収入未済額（千円）</th><th>令和9年度目標<br>収入未済額（千円）</th><th>削減額（千円）<br>（令和9年度－令和5年度）</th></tr>
{rows6}
</table>
<div class="cap">表６　第2次計画の目標と実績（令和5年度・現年度分収納率）</div>
<table style="width:70%">
<tr><th>債権名</th><th>目標収納率（％）</th><th>実績収納率（％）</th><th>達成率（％）</th></tr>
{rows7}
</table>
<p class="note">※ 達成率＝実績収納率÷目標収納率×100</p>
<div class="pno">- 5 -</div>
""")

# ============================================================================ page 6: 債権ごとの取組（市税）
p = P()


def hist_table(k, with_note=False, notes=None, fy_years=(2021, 2022, 2023)):
    """rows merged vertically: 現年度分/滞納繰越分/計 x 調定額/収入済額/収納率, + 不納欠損額, 収入未済額, 滞納者数"""
    pg = P()
    hdr = "".join(f"<th>{fy_both(y)}</th>" for y in fy_years)
    note_h = "<th>備考</th>" if with_note else ""
    out = f"<table style='width:100%'><tr><th colspan='2'>区分</th>{hdr}{note_h}</tr>"
    for seg, segname, a, c in (("current", "現年度分", "ac", "cc"), ("arrears", "滞納繰越分", "aa", "ca"),
                               ("total", "計", "at", "ct")):
        for j, (mname, metric) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("収納率（％）", "collection_rate"))):
            lead = f"<th rowspan='3'>{segname}</th>" if j == 0 else ""
            cells = ""
            for y in fy_years:
                d = D[k][y]
                if metric == "assessed":
                    v, s = d[a], fmt(d[a])
                    G.fact(pg, CANON[k], FULL[k], y, fy_both(y), seg, metric, "actual", v * 1000, "yen", s)
                elif metric == "collected":
                    v, s = d[c], fmt(d[c])
                    G.fact(pg, CANON[k], FULL[k], y, fy_both(y), seg, metric, "actual", v * 1000, "yen", s)
                else:
                    v = rate(d[c], d[a])
                    s = fmtr(v)
                    G.fact(pg, CANON[k], FULL[k], y, fy_both(y), seg, metric, "actual", v, "percent", s)
                cells += td(s)
            nc = td((notes or {}).get((seg, metric), ""), "c", style="font-size:7.8pt;text-align:left") if with_note else ""
            out += f"<tr>{lead}<th style='text-align:left'>{mname}</th>{cells}{nc}</tr>"
    for mname, metric in (("不納欠損額", "written_off"), ("収入未済額", "outstanding")):
        cells = ""
        for y in fy_years:
            v = D[k][y]["wo" if metric == "written_off" else "out"]
            cells += td(fmt(v))
            G.fact(pg, CANON[k], FULL[k], y, fy_both(y), "total", metric, "actual", v * 1000, "yen", fmt(v))
        nc = td((notes or {}).get(("total", metric), ""), "c", style="font-size:7.8pt;text-align:left") if with_note else ""
        out += f"<tr><th colspan='2' style='text-align:left'>{mname}</th>{cells}{nc}</tr>"
    if k in DELQ:
        cells = ""
        for y in fy_years:
            v = DELQ[k][y]
            cells += td(f"{v:,}")
            G.fact(pg, CANON[k], FULL[k], y, fy_both(y), "total", "delinquents", "actual", v, "persons", f"{v:,}")
        nc = td("", "c") if with_note else ""
        out += f"<tr><th colspan='2' style='text-align:left'>滞納者数（人）</th>{cells}{nc}</tr>"
    return out + "</table>"


def tgt_table(k, label):
    pg = P()
    hdr = "".join(f"<th>{fy_label(y)}</th>" for y in TGT_YEARS)
    out = f"<table style='width:100%'><tr><th>{label}</th>{hdr}</tr>"
    for nm, key, seg in (("現年度分収納率（％）", "rc", "current"), ("滞納繰越分収納率（％）", "ra", "arrears")):
        cells = ""
        for y in TGT_YEARS:
            v = TGT[k][y][key]
            cells += td(fmtr(v))
            G.fact(pg, CANON[k], FULL[k], y, fy_label(y), seg, "collection_rate", "target", v, "percent", fmtr(v))
        out += f"<tr><th style='text-align:left'>{nm}</th>{cells}</tr>"
    cells = ""
    for y in TGT_YEARS:
        v = TGT[k][y]["out"]
        cells += td(fmt(v))
        G.fact(pg, CANON[k], FULL[k], y, fy_label(y), "total", "outstanding", "target", v * 1000, "yen", fmt(v))
    out += f"<tr><th style='text-align:left'>収入未済額（千円）</th>{cells}</tr>"
    return out + "</table>"


tax_items = [
    ("①", "督促状発送後、早期に電話催告及びSMSによる納付案内を行い、新たな滞納の発生を抑制する。", "継続"),
    ("②", "財産調査を早期に実施し、給与・預貯金等の差押えを中心とした滞納処分を厳正に執行する。", "継続"),
    ("③", "高額・困難事案を専任の担当に集約し、捜索及びインターネット公売を計画的に実施する。", "拡充"),
    ("④", "スマートフォン決済に加え、地方税統一QRコードを活用した納付の周知を図り、期限内納付を促進する。", "新規"),
    ("⑤", "執行停止の要件を満たす事案については、調査結果に基づき適切に処理し、滞納繰越額の圧縮を図る。", "継続"),
]
items_html = ""
for lab, text, st in tax_items:
    items_html += f"<li>{lab}{text}【{st}】</li>"
    G.init(p, "市税", 2025, "目標達成に向けた取組", lab, text, st)
pages.append(f"""
<h1>６　債権ごとの取組</h1>
<h2>（１）債権ごとの取組（市税）</h2>
<table class="sheet-head" style="width:100%"><tr><th style="width:15%">債権名</th><td>市税</td><th style="width:15%">所管課</th><td>財政部納税課</td></tr></table>
<h3>ア　収納状況の推移</h3>
<div class="unit">（単位：千円）</div>
{hist_table("tax")}
<h3>イ　目標</h3>
{tgt_table("tax", "区分")}
<h3>ウ　目標達成に向けた取組</h3>
<ul class="items">{items_html}</ul>
<div class="pno">- 6 -</div>
""")

# ============================================================================ page 7: 国民健康保険税 (header cell with label+value), 備考 column with figures
p = P()
kd = D["kokuho"][2023]
# 備考 figures (text): split of outstanding into current/arrears origin, and written-off by 執行停止
out_cur = kd["ac"] - kd["cc"]            # current-year part of outstanding (no write-off on current)
out_arr = kd["out"] - out_cur
notes = {("total", "outstanding"): f"うち滞納繰越分 {fmt(out_arr)}千円",
         ("total", "written_off"): f"うち執行停止によるもの {fmt(int(kd['wo'] * 0.62))}千円"}
G.fact(p, "国民健康保険税", "国民健康保険税", 2023, "令和5（2023）年度", "arrears", "outstanding", "actual",
       out_arr * 1000, "yen", fmt(out_arr) + "千円")
hist_k = hist_table("kokuho", with_note=True, notes=notes)
tg_k = tgt_table("kokuho", "目標")
kok_items = [
    ("(1)", "ア", "納期限後20日を経過しても未納の世帯に対し、コールセンターから電話による納付勧奨を行う。", "継続"),
    ("(1)", "イ", "口座振替の利用率向上のため、加入手続時にペイジー口座振替受付サービスを案内する。", "継続"),
    ("(2)", "ア", "滞納繰越分については、財産調査の結果に基づき、預貯金及び生命保険の差押えを優先して行う。", "継続"),
    ("(2)", "イ", "短期被保険者証の更新時に納付相談の機会を設け、分納誓約の履行状況を確認する。", "拡充"),
    ("(3)", "ア", "市税と重複して滞納している世帯は納税課と情報を共有し、一体的に滞納整理を進める。", "新規"),
]
kh = {"(1)": "（１）現年度分の取組", "(2)": "（２）滞納繰越分の取組", "(3)": "（３）体制の強化"}
items_k = ""
cur = None
for g1, g2, text, st in kok_items:
    if g1 != cur:
        items_k += f"<li style='padding-left:0;text-indent:0'>{kh[g1]}</li>"
        cur = g1
    items_k += f"<li style='padding-left:2.6em'>{g2}　{text}【{st}】</li>"
    G.init(p, "国民健康保険税", 2025, "目標達成に向けた取組", f"{g1}{g2}", text, st)
pages.append(f"""
<h2>（２）債権ごとの取組（国民健康保険税）</h2>
<table class="sheet-head" style="width:100%"><tr><th style="text-align:left">債権名　国民健康保険税</th><th style="text-align:left">所管課　健康福祉部保険年金課</th></tr></table>
<h3>ア　収納状況の推移</h3>
<div class="unit">（単位：千円）</div>
{hist_k}
<h3>イ　目標</h3>
{tg_k}
<h3>ウ　目標達成に向けた取組</h3>
<ul class="items">{items_k}</ul>
<div class="pno">- 7 -</div>
""")

# ============================================================================ page 8: 介護・保育・住宅 compact sheets + ７ 計画の推進
p = P()


def compact(k, items, mode, mark2=""):
    """mode 'table': items in a table cell with no 取組 header; mode 'box': items in a box"""
    d22, d23 = D[k][2022], D[k][2023]
    t = TGT[k]
    rc22, rc23 = rate(d22["cc"], d22["ac"]), rate(d23["cc"], d23["ac"])
    ra23 = rate(d23["ca"], d23["aa"])
    G.fact(p, CANON[k], FULL[k], 2023, "令和5年度", "current", "collection_rate", "actual", rc23, "percent", f"{fmtr(rc23)}※1")
    G.fact(p, CANON[k], FULL[k], 2022, "令和4年度", "current", "collection_rate", "actual", rc22, "percent", fmtr(rc22))
    G.fact(p, CANON[k], FULL[k], 2023, "令和5年度", "arrears", "collection_rate", "actual", ra23, "percent", fmtr(ra23))
    G.fact(p, CANON[k], FULL[k], 2023, "令和5年度", "total", "outstanding", "actual", d23["out"] * 1000, "yen", fmt(d23["out"]))
    for y in TGT_YEARS:
        G.fact(p, CANON[k], FULL[k], y, fy_label(y), "current", "collection_rate", "target", t[y]["rc"], "percent", fmtr(t[y]["rc"]))
        G.fact(p, CANON[k], FULL[k], y, fy_label(y), "total", "outstanding", "target", t[y]["out"] * 1000, "yen", fmt(t[y]["out"]))
    tbl = (f"<table style='width:100%'><tr><th>区分</th><th>令和4年度実績</th><th>令和5年度実績</th>"
           + "".join(f"<th>{fy_label(y)}目標</th>" for y in TGT_YEARS) + "</tr>"
           f"<tr><th style='text-align:left'>現年度分収納率（％）</th>{td(fmtr(rc22))}{td(fmtr(rc23) + '※1')}"
           + "".join(td(fmtr(t[y]['rc'])) for y in TGT_YEARS) + "</tr>"
           f"<tr><th style='text-align:left'>滞納繰越分収納率（％）</th>{td('－', 'c')}{td(fmtr(ra23))}"
           + "".join(td('－', 'c') for y in TGT_YEARS) + "</tr>"
           f"<tr><th style='text-align:left'>収入未済額（千円）{mark2}</th>{td('－', 'c')}{td(fmt(d23['out']))}"
           + "".join(td(fmt(t[y]['out'])) for y in TGT_YEARS) + "</tr></table>")
    if mode == "table":
        cell = "<br>".join(f"{lab}　{text}【{st}】" for lab, text, st in items)
        body = f"<table style='width:100%;margin-top:3px'><tr><td style='font-family:KM;font-size:9.2pt;line-height:1.5'>{cell}</td></tr></table>"
    else:
        body = "<div class='box' style='font-size:9.2pt;line-height:1.5'>" + "<br>".join(
            f"{lab}　{text}【{st}】" for lab, text, st in items) + "</div>"
    for lab, text, st in items:
        G.init(p, CANON[k], 2025, "債権ごとの取組", lab, text, st, debt_raw=FULL[k])
    return tbl, body


kaigo_items = [("・", "特別徴収への切替え時期を確認し、普通徴収期間中の未納者へ早期に文書催告を行う。", "継続"),
               ("・", "滞納が2期以上となった被保険者に対し、給付制限の説明を含めた納付相談を実施する。", "継続")]
hoiku_items = [("・", "入所申込時に口座振替の利用を原則とし、振替不能者には翌月中に電話で連絡する。", "継続"),
               ("・", "退所者の未納分は、児童手当からの特別徴収の同意取得を進める。", "新規")]
jutaku_items = [("・", "家賃を3か月以上滞納した入居者に対し、連帯保証人を含めた面談を実施する。", "継続"),
                ("・", "明渡し請求後も納付のない案件は、法的措置（訴えの提起）を速やかに行う。", "拡充")]
t_kaigo, b_kaigo = compact("kaigo", kaigo_items, "table")
t_hoiku, b_hoiku = compact("hoiku", hoiku_items, "box")
t_jutaku, b_jutaku = compact("jutaku", jutaku_items, "table", "※2")
# footnote figures
jd = D["jutaku"][2023]
j_cur_out = jd["ac"] - jd["cc"]
G.fact(p, "市営住宅使用料", "市営住宅使用料", 2023, "令和5年度", "current", "outstanding", "actual",
       j_cur_out * 1000, "yen", f"{fmt(j_cur_out)}千円")
pages.append(f"""
<h2>（３）債権ごとの取組（介護保険料）</h2>
<p class="note">所管課：健康福祉部介護支援課</p>
{t_kaigo}{b_kaigo}
<h2>（４）債権ごとの取組（保育所保育料）</h2>
<p class="note">所管課：子ども家庭部保育課</p>
{t_hoiku}
<div style="font-family:KG;font-size:9.5pt;margin-top:4px">取組の内容</div>{b_hoiku}
<h2>（５）債権ごとの取組（市営住宅使用料）</h2>
<p class="note">所管課：まちづくり推進部住宅政策課</p>
{t_jutaku}{b_jutaku}
<p class="note">※1 令和5年度の現年度分収納率は、令和6年5月31日の出納閉鎖時点の数値です。</p>
<p class="note">※2 市営住宅使用料の令和5年度収入未済額のうち、現年度分は {fmt(j_cur_out)}千円です。</p>
<h1 style="margin-top:8px">７　計画の推進</h1>
<p>本計画の進捗は、副市長を委員長とする流山市債権管理推進委員会において毎年度点検し、結果を公表します。各所管課は年度ごとに取組状況を報告し、目標と実績の差異について要因を分析したうえで、翌年度の取組に反映させます。</p>
<div class="pno">- 8 -</div>
""")

# ----------------------------------------------------------------------------- render
html = ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>"
        + "".join(f"<div class='page{' land' if i == 3 else ''}{' last' if i == len(pages) - 1 else ''}'>{h}</div>"
                  for i, h in enumerate(pages)) + "</body></html>")
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
PDF_DIR.mkdir(parents=True, exist_ok=True)
pdf = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", f"file://{hp}"], check=True, capture_output=True)
gp = G.write(pdf)
bad = check_raws(gp, pdf)
import fitz  # noqa: E402
n = fitz.open(pdf).page_count
print(f"{pdf.name}: {n} pages, {len(G.facts)} facts, {len(G.inits)} initiatives; problems: {len(bad)}")
for b in bad[:40]:
    print("  ", b)
if n != len(pages):
    print(f"  PAGE COUNT MISMATCH: html pages {len(pages)} vs pdf {n}")
