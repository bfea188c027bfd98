"""nf_chikusei_plan_1: 筑西市債権管理計画（令和７年度～令和９年度）.

Tool chain: HTML/CSS -> chromium --headless --print-to-pdf (named landscape page, SVG chart, vertical cells,
two-column page).  Run from corpus/dev54:
    python3 build/nf_chikusei_plan_1.py
Every page is a fixed-size box, so the page of each figure is known when the HTML is written (checked afterwards).
All figures are invented.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from nf_common import PDF_DIR, WORK, Facts, Inits, check, comma, oku_man, pct, rate, rnd, signed, write_gold, zen  # noqa: E402

STEM = "nf_chikusei_plan_1"
F = Facts()
I = Inits()
TITLE = "筑西市債権管理計画（令和７年度～令和９年度）"
PLAN_FY = 2025

# ------------------------------------------------------------------ data
# key: full name, short name, canonical, section, 所管課
DEBTS = {
    "shizei": ("市税", "市税", "市税", "一般会計", "収税課"),
    "hoiku": ("保育所保育料", "保育料", "保育所保育料", "一般会計", "こども課"),
    "jutaku": ("市営住宅使用料", "住宅使用料", "住宅使用料", "一般会計", "建築課"),
    "kyushoku": ("学校給食費", "給食費", "学校給食費", "一般会計", "学務課"),
    "kokuho": ("国民健康保険税", "国保税", "国民健康保険料", "特別会計", "保険年金課"),
    "kaigo": ("介護保険料", "介護料", "介護保険料", "特別会計", "介護保険課"),
    "kouki": ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "特別会計", "保険年金課"),
}
ORDER = ["shizei", "hoiku", "jutaku", "kyushoku", "kokuho", "kaigo", "kouki"]
GEN = ["shizei", "hoiku", "jutaku", "kyushoku"]
SPE = ["kokuho", "kaigo", "kouki"]

# 円 data for the two 推進シート debts: year -> (cur_A, cur_C, arr_adj, arr_C, WO); 2021 arrears A given
YEN = {
    "shizei": {"arr0": 1012405660,
               2021: (12842516300, 12677402118, 0, 221830412, 58412300),
               2022: (13021880450, 12880130772, 3120450, 204118905, 42108660),
               2023: (13215402880, 13084612045, 2655210, 193020336, 39806412)},
    "kokuho": {"arr0": 1102506330,
               2021: (2905330120, 2724812406, 0, 206115780, 118405220),
               2022: (2812640300, 2648220115, 1220300, 198602330, 96310540),
               2023: (2745118660, 2596004221, 905440, 190812660, 88120330)},
}


def yen_years(k):
    out = {}
    arrA = YEN[k]["arr0"]
    prev_out = None
    for y in (2021, 2022, 2023):
        cA, cC, adj, aC, wo = YEN[k][y]
        if prev_out is not None:
            arrA = prev_out + adj
        tA, tC = cA + arrA, cC + aC
        o = tA - tC - wo
        out[y] = {"cur": (cA, cC), "arr": (arrA, aC), "tot": (tA, tC), "wo": wo, "out": o}
        prev_out = o
    return out


YY = {k: yen_years(k) for k in YEN}

# 令和５年度決算（千円）: cur A, cur C, arr A, arr C, WO
K5 = {
    "hoiku": (226410, 222118, 30215, 4820, 2310),
    "jutaku": (178520, 171902, 52406, 6115, 3208),
    "kyushoku": (512330, 509842, 10418, 2205, 812),
    "kaigo": (2120445, 2106312, 48330, 9880, 7406),
    "kouki": (1012118, 1009045, 6920, 2315, 604),
}
for k in YEN:
    d = YY[k][2023]
    K5[k] = (round(d["cur"][0] / 1000), round(d["cur"][1] / 1000), round(d["arr"][0] / 1000),
             round(d["arr"][1] / 1000), round(d["wo"] / 1000))


def k5(k):
    cA, cC, aA, aC, wo = K5[k]
    tA, tC = cA + aA, cC + aC
    return {"A": tA, "C": tC, "WO": wo, "OUT": tA - tC - wo, "arrA": aA,
            "cur_r": rate(cC, cA), "arr_r": rate(aC, aA), "tot_r": rate(tC, tA)}


def rates(k, y):
    """(current, arrears) collection rate of year y: 円 data for 推進シート debts, 千円 otherwise."""
    if k in YY and y in YY[k]:
        d = YY[k][y]
        return rate(d["cur"][1], d["cur"][0]), rate(d["arr"][1], d["arr"][0])
    if y == 2023:
        v = k5(k)
        return v["cur_r"], v["arr_r"]
    return HIST_R[k][y]


# history of rates H29..R4 for the debts without 円 data (current, arrears)
HIST_R = {
    "shizei": {2017: (98.42, 19.88), 2018: (98.61, 21.05), 2019: (98.70, 21.92), 2020: (98.55, 20.64)},
    "kokuho": {2017: (91.85, 14.02), 2018: (92.40, 15.11), 2019: (92.96, 15.80), 2020: (93.21, 16.22)},
    "hoiku": {2017: (97.12, 12.40), 2018: (97.35, 13.05), 2019: (97.80, 13.92), 2020: (97.61, 14.10),
              2021: (97.88, 14.85), 2022: (98.02, 15.33)},
    "jutaku": {2017: (94.10, 8.52), 2018: (94.45, 9.10), 2019: (95.02, 9.88), 2020: (95.30, 10.41),
               2021: (95.62, 10.95), 2022: (96.01, 11.30)},
    "kyushoku": {2017: (99.12, 16.40), 2018: (99.20, 17.85), 2019: (99.28, 18.62), 2020: (99.31, 19.40),
                 2021: (99.38, 20.15), 2022: (99.45, 20.88)},
    "kaigo": {2017: (98.90, 16.05), 2018: (99.02, 16.88), 2019: (99.10, 17.52), 2020: (99.15, 18.30),
              2021: (99.21, 19.02), 2022: (99.28, 19.74)},
    "kouki": {2017: (99.45, 28.10), 2018: (99.50, 29.36), 2019: (99.56, 30.22), 2020: (99.58, 31.05),
              2021: (99.61, 31.80), 2022: (99.63, 32.66)},
}
# 収入未済額の推移（百万円, 1 decimal）H29..R4; R3/R4 of 市税・国保税 and all R5 come from the data above
HIST_OUT = {
    "shizei": {2017: 1121.6, 2018: 1012.3, 2019: 934.8, 2020: 902.5},
    "kokuho": {2017: 1248.3, 2018: 1172.6, 2019: 1118.4, 2020: 1084.9},
    "hoiku": {2017: 41.2, 2018: 39.8, 2019: 37.5, 2020: 36.1, 2021: 34.6, 2022: 31.9},
    "jutaku": {2017: 71.5, 2018: 68.2, 2019: 64.0, 2020: 60.3, 2021: 57.4, 2022: 52.6},
    "kyushoku": {2017: 14.8, 2018: 13.9, 2019: 13.1, 2020: 12.2, 2021: 11.5, 2022: 10.8},
    "kaigo": {2017: 58.6, 2018: 55.1, 2019: 52.9, 2020: 50.2, 2021: 46.8, 2022: 44.1},
    "kouki": {2017: 8.9, 2018: 8.1, 2019: 7.4, 2020: 6.6, 2021: 5.8, 2022: 5.2},
}
YEARS = list(range(2017, 2024))
YLAB = {2017: ("H29", "2017"), 2018: ("H30", "2018"), 2019: ("R元", "2019"), 2020: ("R2", "2020"),
        2021: ("R3", "2021"), 2022: ("R4", "2022"), 2023: ("R5", "2023")}


def out_m(k, y):
    """収入未済額（百万円, 1 decimal)."""
    if y == 2023:
        return rnd(k5(k)["OUT"] / 1000, 1)
    if k in YY and y in YY[k]:
        return rnd(YY[k][y]["out"] / 1e6, 1)
    return HIST_OUT[k][y]


def out_tot(y):
    return rnd(sum(out_m(k, y) for k in ORDER), 1)


EST6 = {"shizei": (99.06, 25.1), "kokuho": (94.70, 23.4), "hoiku": (98.05, 15.8), "jutaku": (96.20, 11.5),
        "kyushoku": (99.52, 21.4), "kaigo": (99.36, 20.3), "kouki": (99.69, 33.4)}
TGT = {"shizei": ((99.10, 99.15, 99.20), (26.0, 27.0, 28.0)),
       "kokuho": ((94.80, 95.00, 95.20), (24.0, 25.0, 26.0)),
       "hoiku": ((98.20, 98.40, 98.60), (16.5, 17.5, 18.5)),
       "jutaku": ((96.50, 96.80, 97.00), (12.0, 13.0, 14.0)),
       "kyushoku": ((99.55, 99.60, 99.65), (22.0, 23.0, 24.0)),
       "kaigo": ((99.40, 99.45, 99.50), (21.0, 22.0, 23.0)),
       "kouki": ((99.72, 99.74, 99.76), (34.0, 35.0, 36.0))}
TGT_OUT = {"shizei": (620000, 585000, 550000), "kokuho": (680000, 655000, 630000), "hoiku": (27000, 25000, 23000),
           "jutaku": (44000, 41000, 38000), "kyushoku": (7500, 7000, 6500), "kaigo": (36000, 34000, 32000),
           "kouki": (4300, 4100, 3900)}
PREV_PLAN = {  # 前計画（令和４～６年度）目標 (現年分)
    "shizei": {2022: 98.85, 2023: 98.95, 2024: 99.05},
    "kokuho": {2022: 94.30, 2023: 94.40, 2024: 94.60},
}

# ------------------------------------------------------------------ html helpers
CSS = """
@page { size: A4; margin: 0 }
@page land { size: A4 landscape; margin: 0 }
* { box-sizing: border-box; }
body { margin: 0; font-family: "IPAexMincho"; font-size: 10pt; color: #111; }
.page { width: 210mm; height: 297mm; padding: 17mm 17mm 14mm 17mm; position: relative; overflow: hidden;
        break-after: page; }
.page.land { page: land; width: 297mm; height: 210mm; padding: 13mm 15mm 12mm 15mm; }
.pno { position: absolute; bottom: 7mm; left: 0; right: 0; text-align: center; font-size: 8.5pt;
       font-family: "IPAexGothic"; }
h1 { font-family: "IPAexGothic"; font-size: 14pt; margin: 0 0 4mm 0; border-bottom: 1.2pt solid #1f3864;
     padding-bottom: 1.5mm; color: #1f3864; }
h2 { font-family: "IPAexGothic"; font-size: 11.5pt; margin: 4mm 0 2mm 0; }
h3 { font-family: "IPAexGothic"; font-size: 10.5pt; margin: 3mm 0 1.5mm 0; }
p { margin: 0 0 1.6mm 0; line-height: 1.62; text-indent: 1em; text-align: justify; }
p.ni { text-indent: 0; }
.cap { font-family: "IPAexGothic"; font-size: 9.5pt; margin: 3mm 0 1mm 0; display: flex;
       justify-content: space-between; }
.cap span.u { font-family: "IPAexMincho"; font-size: 8.5pt; }
table.t { border-collapse: collapse; width: 100%; font-family: "IPAexGothic"; font-size: 8.3pt; }
table.t th, table.t td { border: 0.6pt solid #444; padding: 1.2mm 1.4mm; }
table.t th { background: #dce3ef; font-weight: normal; text-align: center; }
table.t td.n { text-align: right; white-space: nowrap; }
table.t td.c { text-align: center; }
table.t tr.sec td { background: #eef1f6; font-weight: bold; }
table.t tr.sub td { background: #f3f3f3; }
table.t tr.tot td { background: #e4e4e4; font-weight: bold; }
.note { font-size: 8pt; line-height: 1.5; margin: 1mm 0 0 0; text-indent: 0; }
.src { font-size: 8pt; text-align: right; margin-top: 1mm; }
.vt { writing-mode: vertical-rl; margin: 0 auto; letter-spacing: 0.2em; }
.two { column-count: 2; column-gap: 8mm; column-rule: 0.5pt solid #bbb; }
.box { border: 0.9pt solid #333; padding: 2.5mm 3.5mm; margin: 2mm 0; }
.box .hd { font-family: "IPAexGothic"; font-size: 9.5pt; margin-bottom: 1.5mm; }
.item { margin: 0 0 1.2mm 1.6em; text-indent: -1.6em; line-height: 1.55; text-align: left; }
.tag { margin: 0 0 1.2mm 1.6em; }
.kv { border-collapse: collapse; font-family: "IPAexGothic"; font-size: 9pt; width: 100%; margin-bottom: 2mm; }
.kv td { border: 0.8pt solid #333; padding: 1.5mm 2.5mm; }
.kv td.k { background: #1f3864; color: #fff; width: 22mm; text-align: center; }
.toc { width: 80%; margin: 4mm auto 0 auto; font-size: 11pt; }
.toc td { padding: 2mm 0; border-bottom: 0.5pt dotted #777; }
.toc td.pg { text-align: right; width: 12mm; }
.framebox { border: 0.9pt solid #333; padding: 2mm; }
"""

PAGES: list[str] = []
cur: list[str] = []


def start_page(land=False):
    global cur
    cur = [f'<div class="page{" land" if land else ""}">']
    F.page = I.page = len(PAGES) + 1


def end_page(number=True):
    n = len(PAGES) + 1
    if number:
        cur.append(f'<div class="pno">- {n} -</div>')
    cur.append("</div>")
    PAGES.append("\n".join(cur))


def h(s):
    cur.append(s)


def dkw(k, short=False):
    full, sh, canon, _, _ = DEBTS[k]
    return {"debt": canon, "debt_raw": sh if short else full}


# ================================================================== page 1: cover
start_page()
h('<div style="height:70mm"></div>')
h('<div style="text-align:center;font-family:IPAexGothic;font-size:26pt;letter-spacing:0.1em;">筑西市債権管理計画</div>')
h('<div style="text-align:center;font-family:IPAexGothic;font-size:15pt;margin-top:6mm;">'
  '（令和７年度～令和９年度）</div>')
h('<div style="margin:30mm auto 0 auto;width:110mm;border-top:1pt solid #1f3864;border-bottom:1pt solid #1f3864;'
  'padding:4mm 0;text-align:center;font-size:11pt;line-height:1.8;">公平・公正な負担の確保と<br>'
  '持続可能な財政基盤の確立に向けて</div>')
h('<div style="position:absolute;bottom:45mm;left:0;right:0;text-align:center;font-family:IPAexGothic;'
  'font-size:14pt;line-height:2.2;">令和７年３月<br>筑　西　市</div>')
end_page(number=False)

# ================================================================== page 2: 目次 + 第１章 (two columns)
start_page()
h('<div style="text-align:center;font-family:IPAexGothic;font-size:14pt;letter-spacing:0.6em;">目　次</div>')
toc = [("第１章　計画の概要", 2), ("第２章　債権の現状", 3), ("第３章　前計画の検証", 5), ("第４章　計画の目標", 6),
       ("第５章　債権ごとの取組", 7)]
h('<table class="toc">' + "".join(f'<tr><td>{a}</td><td class="pg">{b}</td></tr>' for a, b in toc) + "</table>")
h('<div style="height:7mm"></div>')
h("<h1>第１章　計画の概要</h1>")
t23, t17, t22 = out_tot(2023), out_tot(2017), out_tot(2022)
v23 = int(round(t23 * 1e6, -6))   # to 100万円 for the text
v17 = int(round(t17 * 1e6, -6))
red = v17 - v23
sz = k5("shizei")
sz_out = round(sz["OUT"] * 1000, -6)
sz_out22 = round(YY["shizei"][2022]["out"], -6)
sz_dd = sz_out22 - sz_out
sz_c23, sz_a23 = rates("shizei", 2023)
sz_c22, sz_a22 = rates("shizei", 2022)
sz_cd = rnd(sz_c23 - sz_c22)
kh_c23, kh_a23 = rates("kokuho", 2023)
kh_c22, _ = rates("kokuho", 2022)
kh_cd = rnd(kh_c23 - kh_c22)
F.add("約" + oku_man(v23), v23, "outstanding", "yen", debt=None, debt_raw=None, fy=2023,
      fy_raw="令和５（2023）年度", basis="actual", approx=True)
F.add("約" + oku_man(v17), v17, "outstanding", "yen", debt=None, debt_raw=None, fy=2017,
      fy_raw="平成29年度（2017年度）", basis="actual", approx=True)
F.add("約" + oku_man(red), -red, "difference", "yen", debt=None, debt_raw=None, fy=2023,
      fy_raw="令和５（2023）年度", basis="actual", approx=True)
F.add("約" + oku_man(sz_out), sz_out, "outstanding", "yen", fy=2023, fy_raw="令和５年度", basis="actual", approx=True,
      **dkw("shizei"))
F.add("約" + oku_man(sz_dd), -sz_dd, "difference", "yen", fy=2023, fy_raw="令和５年度", basis="actual", approx=True,
      **dkw("shizei"))
zc = zen(pct(sz_c23)) + "％"
F.add(zc, sz_c23, "collection_rate", "percent", fy=2023, fy_raw="令和５年度", segment="current", basis="actual",
      **dkw("shizei"))
F.add(f"{pct(sz_cd)}ポイント", sz_cd, "difference", "points", fy=2023, fy_raw="令和５年度", segment="current",
      basis="actual", **dkw("shizei"))
F.add(f"{pct(kh_c23)}％", kh_c23, "collection_rate", "percent", fy=2023, fy_raw="令和５年度", segment="current",
      basis="actual", **dkw("kokuho"))
F.add(f"{pct(kh_cd)}ポイント", kh_cd, "difference", "points", fy=2023, fy_raw="令和５年度", segment="current",
      basis="actual", **dkw("kokuho"))
h('<div class="two">')
h("<h3>１　計画策定の趣旨</h3>")
h("<p>本市では、平成30年３月に「筑西市債権管理基本方針」を定め、市税をはじめとする各種債権について、"
  "滞納の未然防止と早期の回収に取り組んできました。令和４年度からは「筑西市債権管理計画（令和４年度～令和６年度）」"
  "（以下「前計画」といいます。）に基づき、債権ごとに目標収納率を定めて進行管理を行っています。</p>")
h(f"<p>その結果、令和５（2023）年度決算における対象債権の収入未済額は約{oku_man(v23)}となり、"
  f"平成29年度（2017年度）の約{oku_man(v17)}と比べ約{oku_man(red)}減少しました。</p>")
h("<p>一方で、物価の上昇などにより生活に困窮する世帯が増えており、滞納の早期発見と、"
  "納付が困難な方への生活再建支援との両立が求められています。こうした状況を踏まえ、前計画の成果と課題を検証し、"
  "新たに本計画を策定するものです。</p>")
h("<h3>２　計画の期間</h3>")
h("<p>令和７（2025）年度から令和９（2027）年度までの３年間とします。</p>")
h("<h3>３　対象とする債権</h3>")
h("<p>令和５年度決算において収入未済額がある債権のうち、収入未済額が500万円以上の７債権（市税、保育所保育料、"
  "市営住宅使用料、学校給食費、国民健康保険税、介護保険料及び後期高齢者医療保険料）を対象とします。</p>")
h("<h3>４　主要債権の動向</h3>")
h(f"<p>市税の収入未済額は、令和５年度決算で約{oku_man(sz_out)}となり、前年度から約{oku_man(sz_dd)}減少しました。"
  f"現年課税分の収納率は{zc}で、前年度比{pct(sz_cd)}ポイント上昇しています。</p>")
h(f"<p>国民健康保険税の現年分収納率は{pct(kh_c23)}％で、前年度比{pct(kh_cd)}ポイントの改善となりましたが、"
  "県内市平均を下回る状況が続いており、引き続き重点的な対策が必要です。</p>")
h("<h3>５　計画の推進体制</h3>")
h("<p>副市長を委員長とする筑西市債権管理対策委員会において、年２回進捗を確認し、結果を公表します。</p>")
h("</div>")
end_page()

# ================================================================== page 3: 第２章 表１ (years head rows) + chart
start_page()
h("<h1>第２章　債権の現状</h1>")
h("<h2>１　収入未済額の推移</h2>")
h('<div class="cap"><span>表１　対象債権の収入未済額の推移（各年度決算）</span><span class="u">単位：百万円</span></div>')
rows = ['<table class="t"><tr><th>年度</th>' + "".join(f"<th>{DEBTS[k][1]}</th>" for k in ORDER) + "<th>合計</th></tr>"]
for y in YEARS:
    a, b = YLAB[y]
    cells = [f'<td class="c">{a}（{b}）</td>']
    for k in ORDER:
        v = out_m(k, y)
        raw = f"{v:,.1f}"
        cells.append(f'<td class="n">{raw}</td>')
        F.add(raw, round(v * 1e6), "outstanding", "yen", fy=y, fy_raw=f"{a}（{b}）", basis="actual", **dkw(k, True))
    tv = out_tot(y)
    cells.append(f'<td class="n"><b>{tv:,.1f}</b></td>')
    F.add(f"{tv:,.1f}", round(tv * 1e6), "outstanding", "yen", debt=None, debt_raw="合計", fy=y,
          fy_raw=f"{a}（{b}）", basis="actual")
    rows.append("<tr>" + "".join(cells) + "</tr>")
rows.append("</table>")
h("".join(rows))
h('<p class="note">（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、'
  "住宅使用料＝市営住宅使用料、給食費＝学校給食費。百万円未満を四捨五入しているため、合計と内訳が一致しない場合がある。</p>")

# SVG bar chart of the totals with data labels
h('<div class="cap" style="margin-top:5mm"><span>図１　収入未済額（合計）の推移</span><span class="u">単位：百万円</span></div>')
W, H_ = 600, 250
x0, y0b, y_top = 50, 215, 25
vmax = 3000
bw = 46
svg = [f'<svg width="176mm" height="73mm" viewBox="0 0 {W} {H_}" xmlns="http://www.w3.org/2000/svg" '
       'style="font-family:IPAexGothic">']
for gv in (0, 1000, 2000, 3000):
    gy = y0b - gv / vmax * (y0b - y_top)
    svg.append(f'<line x1="{x0}" y1="{gy:.1f}" x2="{W - 10}" y2="{gy:.1f}" stroke="#ccc" stroke-width="0.6"/>')
    svg.append(f'<text x="{x0 - 6}" y="{gy + 4:.1f}" font-size="10" text-anchor="end" fill="#555">{gv:,}</text>')
step = (W - 10 - x0) / len(YEARS)
for i, y in enumerate(YEARS):
    tv = out_tot(y)
    bx = x0 + i * step + (step - bw) / 2
    by = y0b - tv / vmax * (y0b - y_top)
    svg.append(f'<rect x="{bx:.1f}" y="{by:.1f}" width="{bw}" height="{y0b - by:.1f}" fill="#5b7bb0"/>')
    svg.append(f'<text x="{bx + bw / 2:.1f}" y="{by - 5:.1f}" font-size="11" text-anchor="middle">{tv:,.1f}</text>')
    svg.append(f'<text x="{bx + bw / 2:.1f}" y="{y0b + 16}" font-size="11" text-anchor="middle">{YLAB[y][0]}</text>')
    F.add(f"{tv:,.1f}", round(tv * 1e6), "outstanding", "yen", debt=None, debt_raw=None, fy=y, fy_raw=YLAB[y][0],
          basis="actual")
svg.append(f'<line x1="{x0}" y1="{y0b}" x2="{W - 10}" y2="{y0b}" stroke="#333" stroke-width="1"/>')
svg.append("</svg>")
h("".join(svg))
dd = rnd(out_tot(2017) - out_tot(2023), 1)
dd_oku = rnd(dd / 100, 1)
F.add(f"約{dd_oku}億円", -round(dd_oku * 1e8), "difference", "yen", debt=None, debt_raw=None, fy=2023,
      fy_raw="令和５年度", basis="actual", approx=True)
h(f"<p>収入未済額の合計は、平成29年度から令和５年度までの６年間で約{dd_oku}億円減少しました。特に市税及び国民健康保険税は、"
  "滞納処分の強化と執行停止の適正な運用により、滞納繰越額の圧縮が進んでいます。</p>")
end_page()

# ================================================================== page 4: 表２ section rows + 備考
start_page()
h("<h2>２　令和５年度決算における債権別の状況</h2>")
h('<div class="cap"><span>表２　債権別の決算状況（令和５年度）</span><span class="u"></span></div>')
hdr = ["債権名", "調定額※1<br>（千円）", "収入済額<br>（千円）", "不納欠損額<br>（千円）", "収入未済額<br>（千円）",
       "収納率<br>（％）", "備考"]
rows = ['<table class="t"><tr>' + "".join(f"<th>{x}</th>" for x in hdr) + "</tr>"]


def row_vals(keys):
    vals = [k5(k) for k in keys]
    A = sum(v["A"] for v in vals)
    C = sum(v["C"] for v in vals)
    WO = sum(v["WO"] for v in vals)
    return {"A": A, "C": C, "WO": WO, "OUT": A - C - WO, "tot_r": rate(C, A)}


def add_row(label, v, kw, cls="", note=""):
    cells = [f"<td>{label}</td>"]
    for key, met in (("A", "assessed"), ("C", "collected"), ("WO", "written_off"), ("OUT", "outstanding")):
        raw = comma(v[key])
        cells.append(f'<td class="n">{raw}</td>')
        F.add(raw, v[key] * 1000, met, "yen", fy=2023, fy_raw="令和５年度", basis="actual", **kw)
    raw = pct(v["tot_r"])
    cells.append(f'<td class="n">{raw}</td>')
    F.add(raw, v["tot_r"], "collection_rate", "percent", fy=2023, fy_raw="令和５年度", basis="actual", **kw)
    cells.append(f'<td style="font-size:7.5pt">{note}</td>')
    rows.append(f'<tr class="{cls}">' + "".join(cells) + "</tr>")


for sec, keys in (("一般会計", GEN), ("特別会計", SPE)):
    rows.append(f'<tr class="sec"><td colspan="7">【{sec}】</td></tr>')
    for k in keys:
        v = k5(k)
        note = f"うち滞納繰越分<br>{comma(v['arrA'])}千円"
        F.add(f"{comma(v['arrA'])}千円", v["arrA"] * 1000, "assessed", "yen", fy=2023, fy_raw="令和５年度",
              segment="arrears", basis="actual", **dkw(k))
        add_row("　" + DEBTS[k][0], v, dkw(k), note=note)
    add_row("　　小計", row_vals(keys), {"debt": None, "debt_raw": sec + "小計"}, "sub")
add_row("合計", row_vals(ORDER), {"debt": None, "debt_raw": "合計"}, "tot")
rows.append("</table>")
h("".join(rows))
wo_sz_imm = 4812
F.add(f"{comma(wo_sz_imm)}千円", wo_sz_imm * 1000, "written_off", "yen", fy=2023, fy_raw="令和５年度", basis="actual",
      **dkw("shizei"))
h('<p class="note">※1 調定額は現年度分と滞納繰越分の合計。備考欄の「うち滞納繰越分」は調定額の内数である。<br>'
  f"※2 市税の不納欠損額のうち、地方税法第15条の７第５項による即時消滅分は {comma(wo_sz_imm)}千円である。<br>"
  "（注）収入未済額＝調定額－収入済額－不納欠損額。千円未満を四捨五入しているため、計と内訳が一致しない場合がある。</p>")
h('<p class="src">出典：令和５年度筑西市一般会計・特別会計歳入歳出決算書</p>')

h("<h2>３　現状の課題</h2>")
h("<p>表２のとおり、収入未済額の約８割を市税と国民健康保険税が占めています。両債権とも、滞納繰越分の収納率が"
  "現年分に比べて低く、滞納が長期化するほど回収が難しくなる傾向がみられます。</p>")
h("<p>また、保育所保育料や市営住宅使用料などの非強制徴収債権は、滞納処分ができないため、督促後の催告や"
  "連帯保証人への請求、支払督促などの法的措置を計画的に行う必要があります。所管課によって債権管理の経験に"
  "差があることから、収税課による助言と研修の充実が求められます。</p>")
h("<p>さらに、学校給食費は令和５年度から公会計化により市の債権となったことから、滞納が生じた場合の対応手順を"
  "整備し、学校と連携した早期の納付勧奨を行うことが課題です。</p>")
end_page()

# ================================================================== page 5 (landscape): 表３ rates H29..R5 + 第３章 表４
start_page(land=True)
h('<div class="cap" style="margin-top:0"><span>表３　債権別収納率の推移（現年度分・滞納繰越分）</span>'
  '<span class="u">単位：％</span></div>')
hdr = "".join(f"<th>{YLAB[y][0]}<br>({YLAB[y][1]})</th>" for y in YEARS)
rows = [f'<table class="t" style="font-size:8pt"><tr><th>債権名</th><th>区分</th>{hdr}<th>増減<br>(R5－H29)</th></tr>']
for k in ORDER:
    for j, (seg, lab) in enumerate((("current", "現年"), ("arrears", "滞繰"))):
        cells = []
        if j == 0:
            cells.append(f'<td rowspan="2">{DEBTS[k][0]}</td>')
        cells.append(f'<td class="c">{lab}</td>')
        for y in YEARS:
            v = rates(k, y)[j]
            cells.append(f'<td class="n">{pct(v)}</td>')
            F.add(pct(v), v, "collection_rate", "percent", fy=y, fy_raw=YLAB[y][0], segment=seg, basis="actual",
                  **dkw(k))
        d = rnd(rates(k, 2023)[j] - rates(k, 2017)[j])
        cells.append(f'<td class="n">{signed(d, 2, plus="+")}</td>')
        F.add(signed(d, 2, plus="+"), d, "difference", "points", fy=2023, fy_raw="R5－H29", segment=seg,
              basis="actual", **dkw(k))
        rows.append("<tr>" + "".join(cells) + "</tr>")
rows.append("</table>")
h("".join(rows))
h('<p class="note">（注）R元は令和元年度を示す。増減の単位はポイント。</p>')
h('<h1 style="margin-top:4mm">第３章　前計画の検証</h1>')
h('<div style="display:flex;gap:8mm;align-items:flex-start">')
h('<div style="flex:1.25">')
h('<div class="cap"><span>表４　前計画の目標達成状況（現年分収納率）</span><span class="u">単位：％</span></div>')
rows = ['<table class="t"><tr><th rowspan="2">年度</th><th colspan="3">市税</th><th colspan="3">国民健康保険税</th></tr>'
        '<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>実績</th><th>達成率</th></tr>']
for y in (2022, 2023, 2024):
    lab = {2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度（見込）"}[y]
    cells = [f'<td class="c">{lab}</td>']
    for k in ("shizei", "kokuho"):
        tg = PREV_PLAN[k][y]
        ac = EST6[k][0] if y == 2024 else rates(k, y)[0]
        ach = rate(ac, tg)
        basis = "estimate" if y == 2024 else "actual"
        cells += [f'<td class="n">{pct(tg)}</td>', f'<td class="n">{pct(ac)}</td>', f'<td class="n">{pct(ach)}</td>']
        F.add(pct(tg), tg, "collection_rate", "percent", fy=y, fy_raw=lab, segment="current", basis="target", **dkw(k))
        F.add(pct(ac), ac, "collection_rate", "percent", fy=y, fy_raw=lab, segment="current", basis=basis, **dkw(k))
        F.add(pct(ach), ach, "achievement_rate", "percent", fy=y, fy_raw=lab, segment="current", basis=basis,
              **dkw(k))
    rows.append("<tr>" + "".join(cells) + "</tr>")
rows.append("</table>")
h("".join(rows))
h('<p class="note">（注）達成率＝実績÷目標×100。令和６年度は令和７年１月末現在の見込値。</p>')
h("</div>")
h('<div style="flex:1">')
h("<p style='margin-top:3mm'>市税は、前計画の３年間を通じて現年分の目標をおおむね達成する見込みです。特に令和５年度は、"
  "納期限後の早期催告と預貯金調査の集中実施により、目標を上回りました。</p>")
h("<p>国民健康保険税は、令和４年度に目標を下回ったものの、令和５年度以降は口座振替の原則化と市税との一元的な滞納整理"
  "の効果により改善しています。ただし、滞納繰越分は目標との差が大きく、本計画でも重点債権として位置付けます。</p>")
h("</div></div>")
end_page()

# ================================================================== page 6: 第４章 目標
start_page()
h("<h1>第４章　計画の目標</h1>")
h("<h2>１　目標収納率</h2>")
h("<p>前計画の実績と県内他市の状況を踏まえ、債権ごとに次のとおり目標収納率を定めます。</p>")
h('<div class="cap"><span>表５　債権別の目標収納率</span><span class="u">単位：％</span></div>')
rows = ['<table class="t"><tr><th rowspan="2" style="width:8mm"></th><th rowspan="2">債権名</th><th rowspan="2">区分</th>'
        '<th colspan="2">実績・見込</th><th colspan="3">目標</th></tr>'
        '<tr><th>R5実績</th><th>R6見込</th><th>R7</th><th>R8</th><th>R9</th></tr>']
for sec, keys in (("一般会計", GEN), ("特別会計", SPE)):
    first = True
    for k in keys:
        for j, (seg, lab) in enumerate((("current", "現年"), ("arrears", "滞繰"))):
            cells = []
            if first:
                cells.append(f'<td rowspan="{2 * len(keys)}" style="background:#eef1f6"><div class="vt">{sec}</div></td>')
                first = False
            if j == 0:
                cells.append(f'<td rowspan="2">{DEBTS[k][0]}</td>')
            cells.append(f'<td class="c">{lab}</td>')
            nd = 2 if seg == "current" else 1
            a5 = rates(k, 2023)[j]
            e6 = EST6[k][j]
            cells.append(f'<td class="n">{pct(a5)}</td>')
            cells.append(f'<td class="n">{e6:.{nd}f}</td>')
            F.add(pct(a5), a5, "collection_rate", "percent", fy=2023, fy_raw="R5実績", segment=seg, basis="actual",
                  **dkw(k))
            F.add(f"{e6:.{nd}f}", e6, "collection_rate", "percent", fy=2024, fy_raw="R6見込", segment=seg,
                  basis="estimate", **dkw(k))
            for i, y in enumerate((2025, 2026, 2027)):
                tg = TGT[k][j][i]
                cells.append(f'<td class="n">{tg:.{nd}f}</td>')
                F.add(f"{tg:.{nd}f}", tg, "collection_rate", "percent", fy=y, fy_raw=f"R{y - 2018}", segment=seg,
                      basis="target", **dkw(k))
            rows.append("<tr>" + "".join(cells) + "</tr>")
rows.append("</table>")
h("".join(rows))
h("<h2>２　収入未済額の目標</h2>")
h('<div class="cap"><span>表６　収入未済額の目標（各年度末）</span><span class="u">単位：千円</span></div>')
rows = ['<table class="t"><tr><th>債権名</th><th>R5実績</th><th>R7目標</th><th>R8目標</th><th>R9目標</th>'
        '<th>縮減額<br>(R9－R5)</th></tr>']
tot = [0, 0, 0, 0]
for k in ORDER:
    o5 = k5(k)["OUT"]
    vals = [o5, *TGT_OUT[k]]
    tot = [a + b for a, b in zip(tot, vals)]
    d = vals[3] - vals[0]
    cells = [f"<td>{DEBTS[k][0]}</td>"]
    for i, v in enumerate(vals):
        cells.append(f'<td class="n">{comma(v)}</td>')
        y = (2023, 2025, 2026, 2027)[i]
        F.add(comma(v), v * 1000, "outstanding", "yen", fy=y, fy_raw=("R5実績", "R7目標", "R8目標", "R9目標")[i],
              basis="actual" if i == 0 else "target", **dkw(k))
    cells.append(f'<td class="n">{signed(d)}</td>')
    F.add(signed(d), d * 1000, "difference", "yen", fy=2027, fy_raw="R9－R5", basis="target", **dkw(k))
    rows.append("<tr>" + "".join(cells) + "</tr>")
d = tot[3] - tot[0]
cells = ["<td>合計</td>"]
for i, v in enumerate(tot):
    cells.append(f'<td class="n">{comma(v)}</td>')
    y = (2023, 2025, 2026, 2027)[i]
    F.add(comma(v), v * 1000, "outstanding", "yen", debt=None, debt_raw="合計", fy=y,
          fy_raw=("R5実績", "R7目標", "R8目標", "R9目標")[i], basis="actual" if i == 0 else "target")
cells.append(f'<td class="n">{signed(d)}</td>')
F.add(signed(d), d * 1000, "difference", "yen", debt=None, debt_raw="合計", fy=2027, fy_raw="R9－R5", basis="target")
rows.append('<tr class="tot">' + "".join(cells) + "</tr></table>")
h("".join(rows))
goal = round(tot[3] * 1000, -8)
F.add("約" + oku_man(goal), goal, "outstanding", "yen", debt=None, debt_raw=None, fy=2027, fy_raw="令和９年度末",
      basis="target", approx=True)
h(f"<p style='margin-top:2mm'>本計画の最終年度である令和９年度末には、対象債権の収入未済額を約{oku_man(goal)}まで縮減することを"
  "目指します。</p>")
h("<h2>３　全庁的な取組</h2>")
ALL = [("（１）", "滞納整理強化月間の実施", "毎年12月を強化月間とし、全ての債権所管課が一斉に催告と財産調査を行います。"),
       ("（２）", "債権管理研修の充実", "新任職員向けと実務者向けの研修を年２回実施し、非強制徴収債権の法的措置の手順を共有します。"),
       ("（３）", "納付環境の整備", "スマートフォン決済や口座振替のWeb受付の対象債権を拡大し、納付しやすい環境を整えます。")]
for lab, title_, body in ALL:
    h(f'<div class="item"><b style="font-family:IPAexGothic;font-weight:normal">{lab}{title_}</b><br>{body}</div>')
    I.add(body, fy=PLAN_FY, section="全庁的な取組", label=lab.replace("（", "(").replace("）", ")"))
end_page()

# ================================================================== page 7: 推進シート（市税）
start_page()
h("<h1>第５章　債権ごとの取組</h1>")
h('<h2>５－１　債権ごとの取組（市税）</h2>')
h('<table class="kv"><tr><td class="k">債権名</td><td>市税</td><td class="k">所管課</td><td>財務部収税課</td>'
  '<td class="k">区分</td><td>強制徴収公債権</td></tr></table>')
h('<div class="cap"><span>（１）直近３か年の収納状況</span><span class="u">単位：円</span></div>')
yy = YY["shizei"]
rows = ['<table class="t" style="font-size:8pt"><tr><th colspan="2">区分</th>'
        + "".join(f"<th>{lab}</th>" for lab in ("令和３年度", "令和４年度", "令和５年度")) + "</tr>"]
for seg, lab, key in (("current", "現年", "cur"), ("arrears", "滞納繰越", "arr"), ("total", "計", "tot")):
    for i_m, (mlab, met) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate"))):
        cells = []
        if i_m == 0:
            cells.append(f'<td rowspan="3" class="c" style="background:#eef1f6">{lab}</td>')
        cells.append(f'<td class="c">{mlab}</td>')
        for y in (2021, 2022, 2023):
            A, C = yy[y][key]
            if met == "collection_rate":
                v = rate(C, A)
                raw = f"{pct(v)}%"
                F.add(raw, v, met, "percent", fy=y, fy_raw=f"令和{y - 2018}年度".translate(str.maketrans("345", "３４５")),
                      segment=seg, basis="actual", **dkw("shizei"))
            else:
                v = A if met == "assessed" else C
                raw = comma(v)
                F.add(raw, v, met, "yen", fy=y, fy_raw=f"令和{y - 2018}年度".translate(str.maketrans("345", "３４５")),
                      segment=seg, basis="actual", **dkw("shizei"))
            cells.append(f'<td class="n">{raw}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
for mlab, met, key in (("不納欠損額", "written_off", "wo"), ("収入未済額", "outstanding", "out")):
    cells = [f'<td colspan="2" class="c">{mlab}</td>']
    for y in (2021, 2022, 2023):
        v = yy[y][key]
        cells.append(f'<td class="n">{comma(v)}</td>')
        F.add(comma(v), v, met, "yen", fy=y, fy_raw=f"令和{y - 2018}年度".translate(str.maketrans("345", "３４５")),
              basis="actual", **dkw("shizei"))
    rows.append("<tr>" + "".join(cells) + "</tr>")
rows.append("</table>")
h("".join(rows))
h('<div class="cap"><span>（２）目標</span><span class="u">単位：千円、％</span></div>')
rows = ['<table class="t"><tr><th>区分</th><th>令和７（2025）年度</th><th>令和８（2026）年度</th><th>令和９（2027）年度</th></tr>']
for j, (seg, lab) in enumerate((("current", "現年分収納率"), ("arrears", "滞納繰越分収納率"))):
    nd = 2 if j == 0 else 1
    cells = [f"<td>{lab}</td>"]
    for i, y in enumerate((2025, 2026, 2027)):
        tg = TGT["shizei"][j][i]
        cells.append(f'<td class="n">{tg:.{nd}f}</td>')
        F.add(f"{tg:.{nd}f}", tg, "collection_rate", "percent", fy=y, fy_raw=f"令和{zen(str(y - 2018))}（{y}）年度",
              segment=seg, basis="target", **dkw("shizei"))
    rows.append("<tr>" + "".join(cells) + "</tr>")
cells = ["<td>収入未済額（年度末）</td>"]
for i, y in enumerate((2025, 2026, 2027)):
    v = TGT_OUT["shizei"][i]
    cells.append(f'<td class="n">{comma(v)}</td>')
    F.add(comma(v), v * 1000, "outstanding", "yen", fy=y, fy_raw=f"令和{zen(str(y - 2018))}（{y}）年度", basis="target",
          **dkw("shizei"))
rows.append("<tr>" + "".join(cells) + "</tr></table>")
h("".join(rows))
SZ_ITEMS = [
    ("①", "現年課税分の新たな滞納を抑えるため、納期限後の早期催告にSMS（ショートメッセージ）を活用する。", "拡充", False),
    ("②", "預貯金等照会の電子化サービスの利用を広げ、財産調査から差押えまでの期間を短縮する。", "新規", False),
    ("③", "高額・困難事案は茨城租税債権管理機構への移管を継続するとともに、移管後も機構と情報を共有し、"
     "分納中の事案の履行状況を管理する。", "継続", False),
    ("④", "執行停止の要件に該当する事案は、財産調査の結果を踏まえて速やかに処分し、滞納繰越額の圧縮を図る。", "継続", True),
]
h('<div class="box"><div class="hd">（３）目標達成に向けた取組</div>')
for lab, body, tag, alone in SZ_ITEMS:
    if alone:
        h(f'<div class="item">{lab}　{body}</div><div class="tag">【{tag}】</div>')
    else:
        h(f'<div class="item">{lab}　{body}【{tag}】</div>')
    I.add(body, fy=PLAN_FY, section="目標達成に向けた取組", label=lab, status=tag, **dkw("shizei"))
h("</div>")
end_page()

# ================================================================== page 8: 推進シート（国民健康保険税）+ その他
start_page()
h('<h2 style="margin-top:0">５－２　債権ごとの取組（国民健康保険税）</h2>')
h('<table class="t" style="margin-bottom:2mm"><tr><th style="text-align:left;padding-left:3mm">債権名　国民健康保険税</th>'
  '<th style="text-align:left;padding-left:3mm">所管課　保険年金課</th></tr></table>')
h('<div class="cap"><span>（１）令和５年度の状況と目標</span><span class="u">単位：千円、％</span></div>')
kh = YY["kokuho"][2023]
kv = k5("kokuho")
rows = ['<table class="t"><tr><th>区分</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>R7目標</th><th>R8目標</th>'
        '<th>R9目標</th></tr>']
for j, (seg, lab, key) in enumerate((("current", "現年分", "cur"), ("arrears", "滞納繰越分", "arr"))):
    A = round(kh[key][0] / 1000)
    C = round(kh[key][1] / 1000)
    r_ = rates("kokuho", 2023)[j]
    nd = 2 if j == 0 else 1
    cells = [f"<td>{lab}</td>", f'<td class="n">{comma(A)}</td>', f'<td class="n">{comma(C)}</td>',
             f'<td class="n">{pct(r_)}</td>']
    for met, raw, v, unit in (("assessed", comma(A), A * 1000, "yen"), ("collected", comma(C), C * 1000, "yen"),
                              ("collection_rate", pct(r_), r_, "percent")):
        F.add(raw, v, met, unit, fy=2023, fy_raw="令和５年度", segment=seg, basis="actual", **dkw("kokuho"))
    for i, y in enumerate((2025, 2026, 2027)):
        tg = TGT["kokuho"][j][i]
        cells.append(f'<td class="n">{tg:.{nd}f}</td>')
        F.add(f"{tg:.{nd}f}", tg, "collection_rate", "percent", fy=y, fy_raw=f"R{y - 2018}目標", segment=seg,
              basis="target", **dkw("kokuho"))
    rows.append("<tr>" + "".join(cells) + "</tr>")
rows.append("</table>")
h("".join(rows))
kh_deli = (3412, 3268)
F.add(f"{comma(kh_deli[1])}世帯", kh_deli[1], "delinquents", "households", fy=2023, fy_raw="令和５年度末",
      basis="actual", **dkw("kokuho"))
F.add(f"{comma(kh_deli[0])}世帯", kh_deli[0], "delinquents", "households", fy=2022, fy_raw="令和４年度末",
      basis="actual", **dkw("kokuho"))
h(f'<p class="note">※ 令和５年度末の滞納世帯数は{comma(kh_deli[1])}世帯（令和４年度末 {comma(kh_deli[0])}世帯）。'
  f"不納欠損額は{comma(kv['WO'])}千円。</p>")
F.add(f"{comma(kv['WO'])}千円", kv["WO"] * 1000, "written_off", "yen", fy=2023, fy_raw="令和５年度末", basis="actual",
      **dkw("kokuho"))
KH_ITEMS = [
    ("(1)", "資格確認書の交付時に納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
    ("(2)", "口座振替の原則化を進め、加入手続の際の口座登録を徹底する。", "拡充"),
    ("(3)", "市税と国民健康保険税を併せて滞納している世帯は、収税課で一元的に滞納整理を行う。", "継続"),
]
h('<div class="box"><div class="hd">（２）目標達成に向けた取組</div>')
for lab, body, tag in KH_ITEMS:
    h(f'<div class="item">{lab}　{body}【{tag}】</div>')
    I.add(body, fy=PLAN_FY, section="目標達成に向けた取組", label=lab, status=tag, **dkw("kokuho"))
h("</div>")

h('<h2>５－３　その他の債権</h2>')
h('<div class="cap"><span>表７　その他の債権の目標と内容</span><span class="u">目標は現年分収納率（％）</span></div>')
OTHER = {
    "kaigo": ["普通徴収への切替時に口座振替を勧奨する。", "滞納期間に応じた給付制限を適正に運用する。"],
    "kouki": ["資格取得時に口座振替依頼書を送付し、早期の口座登録を促す。"],
    "hoiku": ["児童手当からの申出徴収を保護者に案内する。", "退所者の滞納分は、支払督促などの法的措置を含めて回収を進める。"],
    "jutaku": ["滞納が３か月に達した時点で連帯保証人に通知する。", "長期滞納者には住宅の明渡し請求を行う。"],
    "kyushoku": ["就学援助制度の案内と併せて、学校と連携した納付相談を行う。"],
}
rows = ['<table class="t"><tr><th style="width:30mm">債権名（所管課）</th><th style="width:15mm">R7</th>'
        '<th style="width:15mm">R9</th><th>主な内容</th></tr>']
for k in ["kaigo", "kouki", "hoiku", "jutaku", "kyushoku"]:
    full, sh, canon, _, ka = DEBTS[k]
    items = OTHER[k]
    body = "<br>".join(f"{'アイウ'[i]}　{t}" for i, t in enumerate(items))
    t7, t9 = TGT[k][0][0], TGT[k][0][2]
    rows.append(f"<tr><td>{full}<br>（{ka}）</td><td class='n'>{pct(t7)}</td><td class='n'>{pct(t9)}</td>"
                f"<td style='font-family:IPAexMincho;font-size:8.3pt'>{body}</td></tr>")
    F.add(pct(t7), t7, "collection_rate", "percent", fy=2025, fy_raw="R7", segment="current", basis="target", **dkw(k))
    F.add(pct(t9), t9, "collection_rate", "percent", fy=2027, fy_raw="R9", segment="current", basis="target", **dkw(k))
    for i, t in enumerate(items):
        I.add(t, fy=PLAN_FY, section="その他の債権", label="アイウ"[i], **dkw(k))
rows.append("</table>")
h("".join(rows))
h('<p class="note" style="margin-top:3mm">※ 各債権の詳細な実施計画は、債権所管課が毎年度作成する「債権管理実施計画」に定める。</p>')
end_page()

# ------------------------------------------------------------------ render
html = ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>" + TITLE + "</title><style>" + CSS
        + "</style></head><body>" + "\n".join(PAGES) + "</body></html>")
src = WORK / f"{STEM}.html"
src.write_text(html, encoding="utf-8")
PDF_DIR.mkdir(parents=True, exist_ok=True)
out = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", str(src)], check=True, capture_output=True, timeout=180)

write_gold(STEM, kind="plan", family="plan", municipality="筑西市", title=TITLE, date="2025-03-01",
           date_raw="令和７年３月", facts=F.items, inits=I.items)
sys.exit(1 if check(STEM) else 0)
