"""nd_abiko_plan_1: 我孫子市債権管理計画（第２期） — HTML/CSS -> chromium --print-to-pdf.

Run from corpus/dev53:  python3 build/nd_abiko_plan_1.py
All figures are invented; layout and wording follow real municipal 債権管理計画 (see README_nd.md).
"""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nd_common import (Gold, PDF_DIR, WORK, check, comma, era, era_short, rate, tri, zen,  # noqa: E402
                       oku_man)

STEM = "nd_abiko_plan_1"
CITY = "我孫子市"
TITLE = "我孫子市債権管理計画（第２期）"
G = Gold(STEM, "plan", "keikaku", CITY, TITLE, "2025-03-01", "令和７年３月")

# ----------------------------------------------------------------------------- data
# key: (canonical debt, short label used in tables, full name, 会計, 所管課, 区分)
DEBTS = {
    "shizei": ("市税", "市税", "市税", "一般", "収税課", "強制徴収公債権"),
    "hoiku": ("保育料", "保育料", "保育所保育料", "一般", "保育課", "強制徴収公債権"),
    "jutaku": ("市営住宅使用料", "住宅使用料", "市営住宅使用料", "一般", "建築住宅課", "私債権"),
    "seiho": ("生活保護費返還金", "生保返還金", "生活保護費返還金", "一般", "社会福祉課", "非強制徴収公債権"),
    "kokuho": ("国民健康保険税", "国保税", "国民健康保険税", "特別", "国保年金課", "強制徴収公債権"),
    "kaigo": ("介護保険料", "介護料", "介護保険料", "特別", "高齢者支援課", "強制徴収公債権"),
    "kouki": ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "特別", "国保年金課", "強制徴収公債権"),
}
ORDER = ["shizei", "hoiku", "jutaku", "seiho", "kokuho", "kaigo", "kouki"]
# cur0 (千円), growth, current rate 2017->2023, arrears rate 2017->2023, write-off share of arrears, arrears 2017
SPECS = {
    "shizei": (17350000, 0.006, (98.62, 99.12), (24.5, 31.8), 0.065, 520000),
    "hoiku": (415000, -0.01, (97.90, 98.63), (12.1, 17.4), 0.05, 52000),
    "jutaku": (61500, 0.0, (96.40, 97.55), (9.8, 13.9), 0.04, 27500),
    "seiho": (88000, 0.02, (55.2, 61.4), (4.1, 5.6), 0.03, 236000),
    "kokuho": (3320000, -0.012, (92.40, 94.21), (19.8, 26.3), 0.085, 1180000),
    "kaigo": (2850000, 0.015, (98.70, 99.21), (14.2, 19.6), 0.18, 66000),
    "kouki": (1480000, 0.03, (99.38, 99.62), (33.0, 41.5), 0.09, 11800),
}
YEARS = list(range(2017, 2024))
rnd = random.Random(5301)
D = {}   # D[key][fy] = dict of 千円 integers
for k in ORDER:
    cur0, g, (r0, r1), (a0, a1), w, arr0 = SPECS[k]
    D[k] = {}
    prev_out = None
    for i, fy in enumerate(YEARS):
        t = i / (len(YEARS) - 1)
        ca = round(cur0 * (1 + g) ** i * (1 + rnd.uniform(-0.008, 0.008)))
        cr = r0 + (r1 - r0) * t + rnd.uniform(-0.06, 0.06) * (1 if 0 < i else 0)
        cc = round(ca * cr / 100)
        aa = arr0 if prev_out is None else prev_out
        ar = a0 + (a1 - a0) * t + (rnd.uniform(-0.6, 0.6) if 0 < i else 0)
        ac = round(aa * ar / 100)
        wo = round(aa * w * (1 + rnd.uniform(-0.15, 0.15)))
        ta, tc = ca + aa, cc + ac
        out = ta - tc - wo
        D[k][fy] = dict(ca=ca, cc=cc, aa=aa, ac=ac, ta=ta, tc=tc, wo=wo, out=out,
                        out_arr=aa - ac - wo, out_cur=ca - cc)
        prev_out = out
# delinquents (persons / households) for 推進シート
DELQ = {"shizei": ("滞納者数（人）", "persons", [6120, 5874, 5702, 5511, 5398]),
        "kokuho": ("滞納世帯数（世帯）", "households", [3915, 3788, 3604, 3460, 3391]),
        "kaigo": ("滞納者数（人）", "persons", [1288, 1241, 1230, 1187, 1152])}
# R6 見込 and R7-R9 targets: (cur rate, arr rate, outstanding 千円)
EST6 = {}
TGT = {}
for k in ORDER:
    d5 = D[k][2023]
    cr5, ar5 = rate(d5["cc"], d5["ca"]), rate(d5["ac"], d5["aa"])
    step_c = {"seiho": 0.8, "kokuho": 0.25, "hoiku": 0.08, "jutaku": 0.15}.get(k, 0.04)
    step_a = {"seiho": 0.3, "kouki": 1.0}.get(k, 0.8)
    est_c, est_a = round(cr5 + step_c * 0.5, 2), round(ar5 + step_a * 0.4, 2)
    est_out = round(d5["out"] * 0.975)
    EST6[k] = (est_c, est_a, est_out)
    TGT[k] = {}
    out = est_out
    for j, fy in enumerate((2025, 2026, 2027)):
        out = round(out * (0.955 - 0.004 * j) / 100) * 100
        TGT[k][fy] = (round(est_c + step_c * (j + 1), 2), round(est_a + step_a * (j + 1), 2), out)
# 第1期計画の目標（令和5年度）
PLAN1_T = {"shizei": 99.00, "kokuho": 94.50, "kaigo": 99.10}


def tot(keys, fy, fld):
    return sum(D[k][fy][fld] for k in keys)


GEN = [k for k in ORDER if DEBTS[k][3] == "一般"]
SPE = [k for k in ORDER if DEBTS[k][3] == "特別"]

# ----------------------------------------------------------------------------- html helpers
CSS = """
@page { size: A4 portrait; margin: 16mm 16mm 14mm 16mm;
        @bottom-center { content: "－ " counter(page) " －"; font-family: 'IPAexMincho'; font-size: 9pt; } }
@page :first { @bottom-center { content: none; } }
@page wide { size: A4 landscape; margin: 12mm 12mm 12mm 12mm;
        @bottom-center { content: "－ " counter(page) " －"; font-family: 'IPAexMincho'; font-size: 9pt; } }
body { font-family: 'IPAexMincho'; font-size: 10pt; line-height: 1.55; color: #111; }
h1, h2, h3, h4, .g { font-family: 'IPAexGothic'; }
h2 { font-size: 13pt; border-bottom: 2px solid #2b4f7a; margin: 4mm 0 2mm; padding-bottom: 1mm; }
h3 { font-size: 11pt; margin: 3mm 0 1.5mm; }
h4 { font-size: 10pt; margin: 2mm 0 1mm; }
p { margin: 0 0 1.6mm; text-indent: 1em; }
.page { page-break-after: always; }
.page:last-child { page-break-after: auto; }
.wide { page: wide; }
table { border-collapse: collapse; }
table.t { width: 100%; font-size: 8.6pt; font-family: 'IPAexGothic'; }
table.t th, table.t td { border: 0.6pt solid #333; padding: 0.7mm 1.2mm; }
table.t th { background: #dfe7f1; font-weight: normal; }
table.t td.n { text-align: right; white-space: nowrap; }
table.t tr.sec td { background: #eef1e6; font-weight: bold; }
table.t tr.sub td { background: #f5f5f5; }
table.t tr.tot td { background: #e4e4e4; font-weight: bold; }
table.z { width: 100%; font-size: 8.8pt; font-family: 'IPAexGothic'; }
table.z th { background: #2b4f7a; color: #fff; font-weight: normal; padding: 1mm 1.5mm; }
table.z td { padding: 0.9mm 1.5mm; }
table.z tr:nth-child(even) td { background: #eaf0f7; }
table.z td.n { text-align: right; white-space: nowrap; }
.unit { text-align: right; font-size: 8.5pt; margin: 0 0 0.8mm; font-family: 'IPAexGothic'; }
.note { font-size: 8.3pt; margin: 0.8mm 0 0; line-height: 1.45; }
.box { border: 1pt solid #333; padding: 2mm 3mm; margin: 2mm 0; }
.ref { border: 1pt solid #555; padding: 1.5mm 3mm; margin: 3mm 0; background: #fbfbf4; font-size: 9pt; }
.ref .h { font-family: 'IPAexGothic'; font-weight: bold; }
.cols { column-count: 2; column-gap: 7mm; column-rule: 0.5pt solid #999; }
.panels { display: flex; gap: 4mm; margin: 2mm 0 3mm; }
.panel { flex: 1; border: 1.2pt solid #2b4f7a; border-radius: 2mm; padding: 2mm; text-align: center;
         font-family: 'IPAexGothic'; }
.panel .l { font-size: 9pt; background: #2b4f7a; color: #fff; margin: -2mm -2mm 1.5mm; padding: 1mm;
            border-radius: 1.5mm 1.5mm 0 0; }
.panel .v { font-size: 17pt; font-weight: bold; color: #1d3a5f; }
.panel .s { font-size: 8.5pt; }
.lv { width: 100%; font-family: 'IPAexGothic'; font-size: 9.5pt; margin-bottom: 2mm; }
.lv th { background: #2b4f7a; color: #fff; font-weight: normal; border: 0.8pt solid #2b4f7a; padding: 1.2mm; width: 14%; }
.lv td { border: 0.8pt solid #2b4f7a; padding: 1.2mm 2mm; }
.vt { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1pt; }
ul.k { margin: 0; padding-left: 0; list-style: none; }
ul.k li { margin: 0 0 1mm; padding-left: 2.2em; text-indent: -2.2em; }
.cap { font-family: 'IPAexGothic'; font-size: 9.5pt; margin: 2mm 0 1mm; }
.src { font-size: 8.3pt; text-align: right; margin-top: 0.8mm; }
.toc td { padding: 1.2mm 0; font-size: 10.5pt; }
.toc td.p { text-align: right; width: 10mm; white-space: nowrap; }
.toc td.e { white-space: nowrap; padding-right: 2mm; }
.dots { width: 100%; background: radial-gradient(circle, #555 0.6px, transparent 0.9px) repeat-x left 70% / 5px 5px; }
"""


def fy_lbl(fy):
    return f"{era(fy)}年度"


pages: list[str] = []

# ----------------------------------------------------------------------------- page 1: cover
pages.append(f"""
<div class="page" style="text-align:center; padding-top:55mm;">
 <div class="g" style="font-size:13pt; letter-spacing:2pt;">令和７年度～令和９年度</div>
 <div class="g" style="font-size:26pt; font-weight:bold; margin:8mm 0 4mm; letter-spacing:3pt;">{TITLE}</div>
 <div class="g" style="font-size:12pt;">～ 市民負担の公平性の確保と健全な財政運営に向けて ～</div>
 <div style="height:110mm;"></div>
 <div class="g" style="font-size:14pt;">令和７年３月</div>
 <div class="g" style="font-size:18pt; letter-spacing:6pt; margin-top:4mm;">我 孫 子 市</div>
</div>""")

# ----------------------------------------------------------------------------- page 2: 目次 + 第1章
P = 2
d5 = {k: D[k][2023] for k in ORDER}
d4 = {k: D[k][2022] for k in ORDER}
all_out = {fy: tot(ORDER, fy, "out") for fy in YEARS}
out17_yen = round(all_out[2017] * 1000, -7)
out23_yen = round(all_out[2023] * 1000, -6)
red_yen = round(out17_yen - round(all_out[2023] * 1000, -7), -7)
cr_sz5 = rate(d5["shizei"]["cc"], d5["shizei"]["ca"])
cr_sz4 = rate(d4["shizei"]["cc"], d4["shizei"]["ca"])
cr_kk5 = rate(d5["kokuho"]["cc"], d5["kokuho"]["ca"])
cr_kk4 = rate(d4["kokuho"]["cc"], d4["kokuho"]["ca"])
ar_kk5 = rate(d5["kokuho"]["ac"], d5["kokuho"]["aa"])

assert cr_sz5 > cr_sz4 and cr_kk5 > cr_kk4
r_out17 = G.fact(P, None, None, 2017, "平成29年度", "total", "outstanding", "actual", out17_yen, "yen",
                 "約" + oku_man(out17_yen), approx=True)
r_out23a = G.fact(P, None, None, 2023, "令和5年度", "total", "outstanding", "actual",
                  round(all_out[2023] * 1000, -7), "yen", "約" + oku_man(round(all_out[2023] * 1000, -7)),
                  approx=True)
r_red = G.fact(P, None, None, 2023, "令和5年度", "total", "difference_from_base", "actual", -red_yen, "yen",
               "約" + oku_man(red_yen), approx=True)
r_csz5 = G.fact(P, "市税", "市税", 2023, "令和5年度", "current", "collection_rate", "actual", cr_sz5,
                "percent", f"{cr_sz5:.2f}％")
r_csz_d = G.fact(P, "市税", "市税", 2023, "令和5年度", "current", "difference", "actual",
                 round(cr_sz5 - cr_sz4, 2), "points", f"{cr_sz5 - cr_sz4:.2f}ポイント")
r_ckk5 = G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和5年度", "current", "collection_rate",
                "actual", cr_kk5, "percent", f"{cr_kk5:.2f}％")
r_ckk_d = G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和5年度", "current", "difference", "actual",
                 round(cr_kk5 - cr_kk4, 2), "points", f"{cr_kk5 - cr_kk4:.2f}ポイント")
r_akk5 = G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和5年度", "arrears", "collection_rate",
                "actual", ar_kk5, "percent", f"{ar_kk5:.2f}％")
legend_rows = "".join(
    f"<tr><td>{DEBTS[k][1]}</td><td>{DEBTS[k][2]}</td><td>{DEBTS[k][4]}</td><td>{DEBTS[k][5]}</td>"
    f"<td>{'一般会計' if DEBTS[k][3] == '一般' else '特別会計'}</td></tr>" for k in ORDER)
pages.append(f"""
<div class="page">
 <div class="g" style="text-align:center; font-size:14pt; margin:2mm 0 3mm; letter-spacing:8pt;">目 次</div>
 <table class="toc" style="width:88%; margin:0 auto 4mm;">
  <tr><td class="e">第１章　計画の基本的事項</td><td class="dots"></td><td class="p">２</td></tr>
  <tr><td class="e">第２章　債権の現状と課題</td><td class="dots"></td><td class="p">３</td></tr>
  <tr><td class="e">第３章　計画の目標</td><td class="dots"></td><td class="p">５</td></tr>
  <tr><td class="e">第４章　債権ごとの取組み（債権管理推進シート）</td><td class="dots"></td><td class="p">６</td></tr>
 </table>
 <h2>第１章　計画の基本的事項</h2>
 <h3>１　計画策定の趣旨</h3>
 <div class="cols">
  <p>本市では、平成29年４月に「我孫子市債権管理条例」を施行し、市が保有する債権の管理に関する事務の処理について
  必要な事項を定め、全庁的に適正な債権管理に取り組んできました。令和２（2020）年３月には第１期の債権管理計画を
  策定し、各債権の目標収納率と具体的な取組みを定めて、進捗管理を行ってきました。</p>
  <p>その結果、対象債権全体の収入未済額は、平成29年度の{r_out17}から令和５年度には{r_out23a}となり、
  {r_red}縮減するなど、一定の成果を上げることができました。</p>
  <p>一方で、市税の現年度分収納率は令和５年度に{r_csz5}と前年度比{r_csz_d}の上昇にとどまり、
  国民健康保険税の現年度分収納率は{r_ckk5}（前年度比{r_ckk_d}上昇）、滞納繰越分の収納率は{r_akk5}と、
  依然として他の債権に比べ低い水準にあります。</p>
  <p>このため、第１期計画の成果と課題を踏まえ、引き続き債権の収納率向上と収入未済額の縮減を図るとともに、
  市民負担の公平性を確保するため、第２期の債権管理計画を策定します。</p>
 </div>
 <h3>２　計画期間</h3>
 <p>本計画の期間は、令和７（2025）年度から令和９（2027）年度までの３か年とします。なお、社会経済情勢の変化や
 関係法令の改正などを踏まえ、必要に応じて見直しを行います。</p>
 <h3>３　対象債権</h3>
 <p>本計画の対象は、令和５年度決算において収入未済額が生じている債権のうち、次の７債権とします。
 なお、本計画の表中では、債権名を次の略称で表記します。</p>
 <table class="t" style="width:96%; margin:1mm auto;">
  <tr><th>略称</th><th>債権名</th><th>所管課</th><th>債権の区分</th><th>会計</th></tr>
  {legend_rows}
 </table>
</div>""")

# ----------------------------------------------------------------------------- page 3: 第2章 全体
P = 3
ta5, tc5 = tot(ORDER, 2023, "ta"), tot(ORDER, 2023, "tc")
ta4, tc4 = tot(ORDER, 2022, "ta"), tot(ORDER, 2022, "tc")
tr5, tr4 = rate(tc5, ta5), rate(tc4, ta4)
wo5 = tot(ORDER, 2023, "wo")
o5, o4 = all_out[2023], all_out[2022]
o5_oku = round(o5 / 100000, 1)          # 千円 -> 億円 (1 decimal)
do_oku = round((o5 - o4) / 100000, 1)
wo5_man = round(wo5 * 1000, -7)
assert tr5 > tr4 and o5 < o4
pan1 = G.fact(P, None, None, 2023, "令和５年度", "total", "collection_rate", "actual", tr5, "percent",
              f"{tr5:.2f}％")
pan1d = G.fact(P, None, None, 2023, "令和５年度", "total", "difference", "actual", round(tr5 - tr4, 2), "points",
               f"＋{tr5 - tr4:.2f}ポイント")
pan2 = G.fact(P, None, None, 2023, "令和５年度", "total", "outstanding", "actual", round(o5_oku * 1e8), "yen",
              f"{o5_oku:.1f}億円")
pan2d = G.fact(P, None, None, 2023, "令和５年度", "total", "difference", "actual", round(do_oku * 1e8), "yen",
               f"{tri(do_oku, lambda v: f'{v:.1f}', '▲')}億円")
pan3 = G.fact(P, None, None, 2023, "令和５年度", "total", "written_off", "actual", wo5_man, "yen",
              "約" + oku_man(wo5_man), approx=True)
o5_yen = round(o5 * 1000, -6)
d_yen = round((o4 - o5) * 1000, -6)
pr_o5 = G.fact(P, None, None, 2023, "令和5年度決算", "total", "outstanding", "actual", o5_yen, "yen",
               "約" + oku_man(o5_yen), approx=True)
pr_d = G.fact(P, None, None, 2023, "令和5年度決算", "total", "difference", "actual", -d_yen, "yen",
              "約" + oku_man(d_yen), approx=True)
pr_tr = G.fact(P, None, None, 2023, "令和5年度決算", "total", "collection_rate", "actual", tr5, "percent",
               f"{tr5:.2f}％")
pr_trd = G.fact(P, None, None, 2023, "令和5年度決算", "total", "difference", "actual", round(tr5 - tr4, 2),
                "points", f"{tr5 - tr4:.2f}ポイント")
kk_share = round(d5["kokuho"]["out"] / o5 * 100, 1)
kk_o_yen = round(d5["kokuho"]["out"] * 1000, -6)
pr_kk = G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和5年度決算", "total", "outstanding", "actual",
               kk_o_yen, "yen", "約" + oku_man(kk_o_yen), approx=True)
sz_o_yen = round(d5["shizei"]["out"] * 1000, -6)
pr_sz = G.fact(P, "市税", "市税", 2023, "令和5年度決算", "total", "outstanding", "actual", sz_o_yen, "yen",
               "約" + oku_man(sz_o_yen), approx=True)
# chart: 収入未済額の推移（百万円, 1 decimal）
bars = []
maxv = max(all_out.values()) / 1000
for i, fy in enumerate(YEARS):
    v = round(all_out[fy] / 1000, 1)
    lab = f"{v:,.1f}"
    lbl = era_short(fy) if fy != 2019 else "R元"
    G.fact(P, None, None, fy, lbl, "total", "outstanding", "actual", round(v * 1e6), "yen", lab)
    x = 60 + i * 78
    h = v / maxv * 150
    bars.append(f'<rect x="{x}" y="{190 - h:.1f}" width="44" height="{h:.1f}" fill="{"#2b4f7a" if fy == 2023 else "#8fa9c8"}"/>'
                f'<text x="{x + 22}" y="{184 - h:.1f}" font-size="10" text-anchor="middle">{lab}</text>'
                f'<text x="{x + 22}" y="206" font-size="10.5" text-anchor="middle">{lbl}</text>')
# 【参考】 box: 第1期計画の目標と実績
ref_items = []
for k in ("shizei", "kokuho", "kaigo"):
    nm = DEBTS[k][2]
    act = rate(d5[k]["cc"], d5[k]["ca"])
    t = G.fact(P, DEBTS[k][0], nm, 2023, "令和５年度", "current", "collection_rate", "target", PLAN1_T[k], "percent",
               f"{PLAN1_T[k]:.2f}％")
    a = G.fact(P, DEBTS[k][0], nm, 2023, "令和５年度", "current", "collection_rate", "actual", act, "percent",
               f"{act:.2f}％")
    ref_items.append(f"<li>・{nm}（現年度分）　目標：{t}　／　実績：{a}"
                     f"　{'達成' if act >= PLAN1_T[k] else '未達成'}</li>")
pages.append(f"""
<div class="page">
 <h2>第２章　債権の現状と課題</h2>
 <h3>１　対象債権全体の状況</h3>
 <div class="panels">
  <div class="panel"><div class="l">収納率（全体）　令和５年度</div><div class="v">{pan1}</div>
   <div class="s">前年度比 {pan1d}</div></div>
  <div class="panel"><div class="l">収入未済額　令和５年度</div><div class="v">{pan2}</div>
   <div class="s">前年度比 {pan2d}</div></div>
  <div class="panel"><div class="l">不納欠損額　令和５年度</div><div class="v" style="font-size:14pt">{pan3}</div>
   <div class="s">時効完成・執行停止によるもの</div></div>
 </div>
 <p>令和5年度決算における対象債権全体の収入未済額は{pr_o5}で、前年度から{pr_d}減少しました。
 全体の収納率は{pr_tr}となり、前年度比{pr_trd}改善しています。債権別にみると、市税が{pr_sz}、
 国民健康保険税が{pr_kk}で、この２債権で全体の収入未済額の大半を占めています。</p>
 <p>収入未済額は平成29年度以降、一貫して減少傾向にありますが、減少幅は年々小さくなっており、
 長期滞納案件や生活困窮による徴収困難案件の割合が高まっています。</p>
 <div class="cap">図１　対象債権全体の収入未済額の推移（単位：百万円）</div>
 <svg width="640" height="215" style="font-family:'IPAexGothic'">
  <line x1="40" y1="190" x2="620" y2="190" stroke="#333" stroke-width="1"/>
  {''.join(bars)}
 </svg>
 <div class="ref"><span class="h">【参考】第１期計画の目標（令和５年度）と実績</span>
  <ul class="k" style="margin-top:1mm">{''.join(ref_items)}</ul></div>
 <h3>２　債権別の状況</h3>
 <p>債権別の令和５年度決算の状況は、次ページの表２のとおりです。</p>
</div>""")

# ----------------------------------------------------------------------------- page 4: landscape table
P = 4
rows = []


def seg_cells(lbl, debt, raw_name, vals, cls=""):
    cells = []
    for seg, a, c in (("current", "ca", "cc"), ("arrears", "aa", "ac"), ("total", "ta", "tc")):
        cells.append(G.fact(P, debt, raw_name, 2023, "令和5年度", seg, "assessed", "actual", vals[a] * 1000, "yen",
                            comma(vals[a])))
        cells.append(G.fact(P, debt, raw_name, 2023, "令和5年度", seg, "collected", "actual", vals[c] * 1000, "yen",
                            comma(vals[c])))
        r = rate(vals[c], vals[a])
        cells.append(G.fact(P, debt, raw_name, 2023, "令和5年度", seg, "collection_rate", "actual", r, "percent",
                            f"{r:.2f}"))
    wo = G.fact(P, debt, raw_name, 2023, "令和5年度", "total", "written_off", "actual", vals["wo"] * 1000, "yen",
                comma(vals["wo"]))
    out = G.fact(P, debt, raw_name, 2023, "令和5年度", "total", "outstanding", "actual", vals["out"] * 1000, "yen",
                 comma(vals["out"]))
    if raw_name == "市税":
        out += "<sup>※1</sup>"
    tds = "".join(f'<td class="n">{c}</td>' for c in cells + [wo, out])
    rows.append(f'<tr class="{cls}"><td>{lbl}</td>{tds}</tr>')


def agg(keys):
    v = {f: tot(keys, 2023, f) for f in ("ca", "cc", "aa", "ac", "ta", "tc", "wo", "out")}
    return v


rows.append('<tr class="sec"><td colspan="12">【一般会計】</td></tr>')
for k in GEN:
    seg_cells(DEBTS[k][1], DEBTS[k][0], DEBTS[k][1], D[k][2023])
seg_cells("小計", None, "小計", agg(GEN), "sub")
rows.append('<tr class="sec"><td colspan="12">【特別会計】</td></tr>')
for k in SPE:
    seg_cells(DEBTS[k][1], DEBTS[k][0], DEBTS[k][1], D[k][2023])
seg_cells("小計", None, "小計", agg(SPE), "sub")
seg_cells("合計", None, "合計", agg(ORDER), "tot")
sz_out_arr = D["shizei"][2023]["out_arr"]
fn1 = G.fact(P, "市税", "市税", 2023, "令和5年度", "arrears", "outstanding", "actual", sz_out_arr * 1000, "yen",
             f"{comma(sz_out_arr)}千円")
pages.append(f"""
<div class="page wide">
 <h3 style="margin-top:0">表２　債権別収納状況（令和５年度決算）</h3>
 <div class="unit">（単位：千円、％）</div>
 <table class="t">
  <tr><th rowspan="3" style="width:9%">債権名</th><th colspan="11">令和５年度決算</th></tr>
  <tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th>
      <th rowspan="2">不納欠損額<sup>※2</sup></th><th rowspan="2">収入未済額</th></tr>
  <tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th>
      <th>調定額</th><th>収入済額</th><th>収納率</th></tr>
  {''.join(rows)}
 </table>
 <div class="note">※1　市税の収入未済額のうち、滞納繰越分は{fn1}である。</div>
 <div class="note">※2　不納欠損額は、地方税法第15条の７第４項及び第５項の規定による執行停止後の消滅分並びに時効の完成によるものを含む。</div>
 <div class="note">注　収納率は、収入済額÷調定額×100で算出し、小数点以下第３位を四捨五入している。略称は２ページの表のとおり。</div>
</div>""")

# ----------------------------------------------------------------------------- page 5: 推移 + 目標
P = 5
trend_rows = []
for fy in sorted(YEARS, reverse=True):
    a = tot(ORDER, fy, "ta")
    c = tot(ORDER, fy, "tc")
    o = all_out[fy]
    lbl = f"{era(fy)}年度（{fy}年度）"
    r = rate(c, a)
    cells = [G.fact(P, None, None, fy, lbl, "total", "collection_rate", "actual", r, "percent", f"{r:.2f}"),
             G.fact(P, None, None, fy, lbl, "total", "assessed", "actual", round(a / 1000, 1) * 1e6, "yen",
                    f"{a / 1000:,.1f}"),
             G.fact(P, None, None, fy, lbl, "total", "collected", "actual", round(c / 1000, 1) * 1e6, "yen",
                    f"{c / 1000:,.1f}"),
             G.fact(P, None, None, fy, lbl, "total", "outstanding", "actual", round(o / 1000, 1) * 1e6, "yen",
                    f"{o / 1000:,.1f}")]
    if fy - 1 in all_out:
        dd = round(o / 1000, 1) - round(all_out[fy - 1] / 1000, 1)
        dd = round(dd, 1)
        cells.append(G.fact(P, None, None, fy, lbl, "total", "difference", "actual", round(dd * 1e6), "yen",
                            tri(dd, lambda v: f"{v:,.1f}", "▲")))
    else:
        cells.append("－")
    trend_rows.append("<tr><td>" + lbl + "</td>" + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
tg_rows = []
for k in ORDER:
    nm = DEBTS[k][2]
    deb = DEBTS[k][0]
    c5 = rate(d5[k]["cc"], d5[k]["ca"])
    a5 = rate(d5[k]["ac"], d5[k]["aa"])
    cells = [G.fact(P, deb, nm, 2023, "令和５年度", "current", "collection_rate", "actual", c5, "percent", f"{c5:.2f}"),
             G.fact(P, deb, nm, 2023, "令和５年度", "arrears", "collection_rate", "actual", a5, "percent", f"{a5:.2f}")]
    for fy in (2025, 2026, 2027):
        tc, ta_, _ = TGT[k][fy]
        cells.append(G.fact(P, deb, nm, fy, f"{era(fy)}年度", "current", "collection_rate", "target", tc, "percent",
                            f"{tc:.2f}"))
        cells.append(G.fact(P, deb, nm, fy, f"{era(fy)}年度", "arrears", "collection_rate", "target", ta_, "percent",
                            f"{ta_:.2f}"))
    tg_rows.append(f"<tr><td>{nm}</td>" + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
tot_t9 = sum(TGT[k][2027][2] for k in ORDER)
t9_yen = round(tot_t9 * 1000, -7)
r_t9 = G.fact(P, None, None, 2027, "令和９年度", "total", "outstanding", "target", t9_yen, "yen",
              "約" + oku_man(t9_yen), approx=True)
r_t9b = G.fact(P, None, None, 2023, "令和５年度", "total", "outstanding", "actual", o5_yen, "yen",
               "約" + oku_man(o5_yen), approx=True)
pages.append(f"""
<div class="page">
 <h3 style="margin-top:0">３　収入未済額の推移</h3>
 <div class="cap">表３　対象債権全体の収納率及び収入未済額の推移</div>
 <div class="box" style="padding:2mm">
 <div class="unit">（単位：％、百万円）</div>
 <table class="z">
  <tr><th>年度</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収入未済額</th><th>前年度比増減</th></tr>
  {''.join(trend_rows)}
 </table>
 </div>
 <div class="src">出典：我孫子市一般会計・特別会計歳入歳出決算書（各年度）</div>
 <h2>第３章　計画の目標</h2>
 <h3>１　目標収納率</h3>
 <p>各債権の目標収納率は、過去５か年の収納率の推移及び県内他市の状況を踏まえ、次のとおり設定します。</p>
 <div class="cap">表４　債権別の目標収納率（単位：％）</div>
 <table class="t">
  <tr><th rowspan="3">債権名</th><th colspan="2">決　算</th><th colspan="6">目　標</th></tr>
  <tr><th colspan="2">令和５年度</th><th colspan="2">令和７年度</th><th colspan="2">令和８年度</th>
      <th colspan="2">令和９年度</th></tr>
  <tr><th>現年度分</th><th>滞納繰越分</th><th>現年度分</th><th>滞納繰越分</th><th>現年度分</th><th>滞納繰越分</th>
      <th>現年度分</th><th>滞納繰越分</th></tr>
  {''.join(tg_rows)}
 </table>
 <h3>２　収入未済額の目標</h3>
 <p>各債権の目標収納率を達成することにより、令和９年度末の対象債権全体の収入未済額を{r_t9}とし、
 令和５年度決算の{r_t9b}から着実に縮減することを目指します。</p>
</div>""")

# ----------------------------------------------------------------------------- pages 6-8: 推進シート
SHEETS = {
    "shizei": dict(sec="abc", items=[
        ("ア", "滞納の未然防止", [
            ("(ｱ)", "納税通知書にＷｅｂ口座振替受付サービスの案内を同封し、口座振替の利用を促進する。", "継続"),
            ("(ｲ)", "スマートフォン決済アプリによる納付の対象税目を、固定資産税・都市計画税にも拡大する。", "拡充"),
            ("(ｳ)", "納期限後20日以内に未納者へＳＭＳによる催告を送信し、早期の自主納付を促す。", "新規"),
        ]),
        ("イ", "滞納整理の強化", [
            ("(ｱ)", "滞納繰越分の高額事案（50万円以上）を担当職員ごとに割り当て、進行管理を徹底する。", "継続"),
            ("(ｲ)", "預貯金照会の電子化（ｐｉｐｉｔＬＩＮＱ）を活用し、財産調査を迅速化する。", "新規"),
            ("(ｳ)", "千葉県滞納整理推進機構への事案引継ぎを行い、困難案件の解消を図る。", "継続"),
        ]),
    ]),
    "kokuho": dict(sec="table"),
    "kaigo": dict(sec="box"),
}


def sheet(k, P, heading_no):
    deb, short, nm, kai, ka, kubun = DEBTS[k]
    yrs = [2019, 2020, 2021, 2022, 2023]
    body = []

    def row(label_cells, fld_a, fld_c, seg):
        a = [G.fact(P, deb, nm, fy, f"{era(fy)}年度", seg, "assessed", "actual", D[k][fy][fld_a] * 1000, "yen",
                    comma(D[k][fy][fld_a])) for fy in yrs]
        c = [G.fact(P, deb, nm, fy, f"{era(fy)}年度", seg, "collected", "actual", D[k][fy][fld_c] * 1000, "yen",
                    comma(D[k][fy][fld_c])) for fy in yrs]
        rr = []
        for fy in yrs:
            r = rate(D[k][fy][fld_c], D[k][fy][fld_a])
            rr.append(G.fact(P, deb, nm, fy, f"{era(fy)}年度", seg, "collection_rate", "actual", r, "percent",
                             f"{r:.2f}"))
        body.append(f'<tr><td rowspan="3" class="vt" style="text-align:center">{label_cells}</td><td>調定額</td>'
                    + "".join(f'<td class="n">{x}</td>' for x in a) + "</tr>")
        body.append("<tr><td>収入済額</td>" + "".join(f'<td class="n">{x}</td>' for x in c) + "</tr>")
        body.append("<tr><td>収納率</td>" + "".join(f'<td class="n">{x}</td>' for x in rr) + "</tr>")

    row("現年", "ca", "cc", "current")
    row("滞繰", "aa", "ac", "arrears")
    row("計", "ta", "tc", "total")
    wo = [G.fact(P, deb, nm, fy, f"{era(fy)}年度", "total", "written_off", "actual", D[k][fy]["wo"] * 1000, "yen",
                 comma(D[k][fy]["wo"])) for fy in yrs]
    out = [G.fact(P, deb, nm, fy, f"{era(fy)}年度", "total", "outstanding", "actual", D[k][fy]["out"] * 1000, "yen",
                  comma(D[k][fy]["out"])) for fy in yrs]
    body.append('<tr><td colspan="2">不納欠損額</td>' + "".join(f'<td class="n">{x}</td>' for x in wo) + "</tr>")
    body.append('<tr><td colspan="2">収入未済額</td>' + "".join(f'<td class="n">{x}</td>' for x in out) + "</tr>")
    lab, unit, vals = DELQ[k]
    dl = [G.fact(P, deb, nm, fy, f"{era(fy)}年度", "total", "delinquents", "actual", v, unit, comma(v))
          for fy, v in zip(yrs, vals)]
    body.append(f'<tr><td colspan="2">{lab}</td>' + "".join(f'<td class="n">{x}</td>' for x in dl) + "</tr>")
    # targets
    ec, ea, eo = EST6[k]
    trow_c = [G.fact(P, deb, nm, 2024, "令和６年度", "current", "collection_rate", "estimate", ec, "percent", f"{ec:.2f}")]
    trow_a = [G.fact(P, deb, nm, 2024, "令和６年度", "arrears", "collection_rate", "estimate", ea, "percent", f"{ea:.2f}")]
    trow_o = [G.fact(P, deb, nm, 2024, "令和６年度", "total", "outstanding", "estimate", eo * 1000, "yen", comma(eo))]
    for fy in (2025, 2026, 2027):
        tc, ta_, to = TGT[k][fy]
        trow_c.append(G.fact(P, deb, nm, fy, f"{era(fy)}年度", "current", "collection_rate", "target", tc, "percent",
                             f"{tc:.2f}"))
        trow_a.append(G.fact(P, deb, nm, fy, f"{era(fy)}年度", "arrears", "collection_rate", "target", ta_, "percent",
                             f"{ta_:.2f}"))
        trow_o.append(G.fact(P, deb, nm, fy, f"{era(fy)}年度", "total", "outstanding", "target", to * 1000, "yen",
                             comma(to)))
    tg = (f"<tr><td>現年度分収納率（％）</td>" + "".join(f'<td class="n">{x}</td>' for x in trow_c) + "</tr>"
          f"<tr><td>滞納繰越分収納率（％）</td>" + "".join(f'<td class="n">{x}</td>' for x in trow_a) + "</tr>"
          f"<tr><td>収入未済額（千円）</td>" + "".join(f'<td class="n">{x}</td>' for x in trow_o) + "</tr>")
    # initiatives
    spec = SHEETS[k]
    if spec["sec"] == "abc":
        parts = []
        for a_lbl, a_title, items in spec["items"]:
            lis = []
            for lbl, text, st in items:
                G.init(P, deb, 2025, "取組内容", f"(3){a_lbl}{lbl}", text, st)
                lis.append(f"<li>{lbl}　{text}【{st}】</li>")
            parts.append(f'<h4 style="margin-left:1em">{a_lbl}　{a_title}</h4><ul class="k" style="margin-left:2em">'
                         + "".join(lis) + "</ul>")
        ini = "".join(parts)
    elif spec["sec"] == "table":
        cells = {
            "滞納抑制の方策": [
                ("①", "４月の資格取得時に口座振替依頼書を窓口で受け付け、納付方法を口座振替へ誘導する。", "継続"),
                ("②", "納税通知書の発送時期に合わせ、コンビニ収納及びスマートフォン決済の案内チラシを同封する。", "継続"),
                ("③", "現年度分の未納者のうち、初めて滞納となった世帯に対し、電話による納付勧奨を行う。", "新規"),
            ],
            "徴収強化の方策": [
                ("①", "財産調査の結果、差押可能財産が判明した世帯については、速やかに差押えを執行する。", "継続"),
                ("②", "納付誓約の不履行世帯に対して、分納額の見直しと差押予告書の送付を徹底する。", "拡充"),
                ("③", "市税と国保税の重複滞納者について、収税課と合同で滞納整理を行う。", "継続"),
            ],
        }
        trs = []
        for sec, items in cells.items():
            lines = []
            for lbl, text, st in items:
                G.init(P, deb, 2025, sec, lbl, text, st)
                lines.append(f"{lbl}{text}<br>【{st}】")
            trs.append(f'<tr><th style="width:20%">{sec}</th><td>{"<br>".join(lines)}</td></tr>')
        ini = '<table class="t" style="font-size:9pt">' + "".join(trs) + "</table>"
    else:
        items = [
            ("・", "65歳到達時の普通徴収期間中の未納を防ぐため、年金からの特別徴収開始までの納付案内を送付する。", "継続"),
            ("・", "滞納期間に応じた給付制限（償還払い化等）の事前通知を行い、納付相談につなげる。", "継続"),
            ("・", "滞納繰越分について、年金振込口座の預金調査を行い、差押えを実施する。", "拡充"),
            ("・", "介護保険料の催告書を、封筒の色を変えたものに改め、開封率の向上を図る。", "新規"),
        ]
        lis = []
        for lbl, text, st in items:
            G.init(P, deb, 2025, "取組内容", lbl, text, st)
            lis.append(f"<li>{lbl}{text}【{st}】</li>")
        ini = '<div class="box"><div class="g" style="margin-bottom:1mm">取組内容</div><ul class="k">' + "".join(lis) + "</ul></div>"
    return f"""
<div class="page">
 <h2 style="margin-top:0">{heading_no}　債権ごとの取組み（{nm}）</h2>
 <div class="g" style="text-align:right; font-size:9pt;">債権管理推進シート</div>
 <table class="lv"><tr><th>債権名</th><td>{nm}</td><th>所管課</th><td>{ka}</td><th>債権の区分</th><td>{kubun}</td></tr></table>
 <h3>（１）収納状況の推移</h3>
 <div class="unit">（単位：千円、％、{'世帯' if unit == 'households' else '人'}）</div>
 <table class="t">
  <tr><th colspan="2">区分</th>{''.join(f'<th>{era(fy)}年度</th>' for fy in yrs)}</tr>
  {''.join(body)}
 </table>
 <h3>（２）目標</h3>
 <table class="t">
  <tr><th rowspan="2">区分</th><th>見込</th><th colspan="3">目標</th></tr>
  <tr><th>令和６年度</th><th>令和７年度</th><th>令和８年度</th><th>令和９年度</th></tr>
  {tg}
 </table>
 <h3>（３）取組内容</h3>
 {ini}
</div>"""


pages.append(sheet("shizei", 6, "４"))
pages.append(sheet("kokuho", 7, "４"))
pages.append(sheet("kaigo", 8, "４"))

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"


def main():
    WORK.mkdir(parents=True, exist_ok=True)
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    hp = WORK / f"{STEM}.html"
    hp.write_text(html, encoding="utf-8")
    pdf = PDF_DIR / f"{STEM}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", hp.as_uri()], check=True, capture_output=True)
    gp = G.write(pdf)
    bad = check(pdf, gp)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
