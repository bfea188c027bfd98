#!/usr/bin/env python3
"""gb_kitaakita_committee_1: 北秋田市債権管理委員会の資料 (kind committee_material).

Tool chain: HTML/CSS (inline SVG chart) -> chromium --headless --print-to-pdf.
Run from corpus/dev44:  python3 build/gb_kitaakita_committee.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gb_common import (Gold, PDF_DIR, WORK, comma, f1, f2, oku_man, rate, tri)  # noqa: E402

STEM = "gb_kitaakita_committee_1"
G = Gold(STEM, "committee_material", "kobetsu", "北秋田市", "令和７年度第２回北秋田市債権管理委員会 資料",
         "2025-11-18", "令和７年１１月１８日（火）")

THOUSAND = 1000

# ---------------------------------------------------------------- data (千円)
# 取組個票の4債権: 令和4〜6年度の推移。滞納繰越分調定額(t+1) = 収入未済額(t)
HIST = {
    "市税": dict(raw="市税", dept="税務課", cls="強制徴収公債権", arr0=118402,
               cur=[3468215, 3489730, 3512468], cr=[.9889, .9901, .9912], ar=[.2104, .2198, .2286],
               wo=[11876, 10455, 9842],
               tgt={2023: (99.00, 22.00), 2024: (99.10, 23.00), 2025: (99.15, 23.50)}, out_tgt=104000,
               interim={2025: (1812345, 51.62, 14876, 13.45), 2024: (1785210, 50.97, 13402, 11.58)}),
    "国民健康保険料": dict(raw="国民健康保険税", dept="税務課", cls="強制徴収公債権", arr0=171530,
                    cur=[631872, 620114, 612345], cr=[.9458, .9497, .9531], ar=[.1705, .1789, .1862],
                    wo=[17342, 16120, 14905],
                    tgt={2023: (95.00, 18.00), 2024: (95.30, 19.00), 2025: (95.50, 19.50)}, out_tgt=121000,
                    interim={2025: (268914, 43.92, 21456, 16.20), 2024: (262180, 42.81, 20112, 13.80)}),
    "介護保険料": dict(raw="介護保険料", dept="長寿支援課", cls="強制徴収公債権", arr0=14321,
                  cur=[581204, 590876, 598765], cr=[.9905, .9914, .9923], ar=[.2311, .2420, .2507],
                  wo=[2890, 2655, 2481],
                  tgt={2023: (99.10, 24.00), 2024: (99.20, 25.00), 2025: (99.25, 25.50)}, out_tgt=10800,
                  interim={2025: (301245, 50.12, 1987, 16.99), 2024: (296874, 49.87, 1765, 13.82)}),
    "住宅使用料": dict(raw="市営住宅使用料", dept="都市計画課", cls="私債権", arr0=22865,
                  cur=[88912, 87654, 86543], cr=[.9702, .9725, .9748], ar=[.1105, .1158, .1213],
                  wo=[1980, 1802, 1650],
                  tgt={2023: (97.30, 11.50), 2024: (97.50, 12.50), 2025: (97.60, 12.80)}, out_tgt=16500,
                  interim={2025: (43108, 49.81, 1432, 8.24), 2024: (42265, 48.22, 1190, 6.20)}),
}
YEARS = [2022, 2023, 2024]
for d in HIST.values():
    arr = d["arr0"]
    d["rows"] = {}
    for fy, ca, cr, ar, wo in zip(YEARS, d["cur"], d["cr"], d["ar"], d["wo"]):
        cc, ac = round(ca * cr), round(arr * ar)
        out = ca + arr - cc - ac - wo
        d["rows"][fy] = dict(ca=ca, cc=cc, aa=arr, ac=ac, wo=wo, out=out)
        arr = out

# 令和6年度決算 債権別 (個票の4債権は上の推移から)
OTHER = [  # canonical, printed, cur_ass, cur_rate, arr_ass, arr_rate, wo
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 265187, .9961, 2318, .4513, 212),
    ("保育所保育料", "保育料", 48219, .9903, 3512, .1496, 387),
    ("水道料金", "水道料金", 811907, .9862, 18644, .5531, 1027),
    ("下水道使用料", "下水道使用料", 346052, .9873, 7915, .5207, 402),
    ("奨学金貸付金", "奨学資金貸付金", 15206, .8806, 9731, .0812, 0),
]
ORDER = ["市税", "国民健康保険料", "後期高齢者医療保険料", "介護保険料", "保育所保育料", "住宅使用料",
         "水道料金", "下水道使用料", "奨学金貸付金"]
R6 = {}
for k, d in HIST.items():
    r = d["rows"][2024]
    R6[k] = dict(raw=d["raw"], **r)
for k, raw, ca, cr, aa, ar, wo in OTHER:
    cc, ac = round(ca * cr), round(aa * ar)
    R6[k] = dict(raw=raw, ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, out=ca + aa - cc - ac - wo)
for k in ORDER:
    r = R6[k]
    r["ta"], r["tc"] = r["ca"] + r["aa"], r["cc"] + r["ac"]
    r["prev"] = r["aa"]                      # 前年度末収入未済額 = 当年度滞納繰越分調定額
TOT = {key: sum(R6[k][key] for k in ORDER) for key in ("ca", "cc", "aa", "ac", "wo", "out", "ta", "tc", "prev")}
TOT_RATE = rate(TOT["tc"], TOT["ta"])
PREV_TOT_RATE = round(TOT_RATE - 0.52, 2)     # 令和5年度の収納率(計)。文中のみに印字

# 収入未済額の推移(百万円) 平成30〜令和6年度。R5, R6 は表と一致
TREND = [(2018, "H30", 412.6), (2019, "R元", 398.1), (2020, "R2", 384.7), (2021, "R3", 369.5),
         (2022, "R4", 352.3), (2023, "R5", round(TOT["prev"] / 1000, 1)), (2024, "R6", round(TOT["out"] / 1000, 1))]

# ---------------------------------------------------------------- html helpers
pages: list[str] = []
P = 1


def fact(debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw):
    return G.fact(P, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw)


def yen_k(debt, debt_raw, fy, fy_raw, seg, metric, basis, v, **kw):
    """a 千円 figure printed without unit; returns the printed text"""
    return fact(debt, debt_raw, fy, fy_raw, seg, metric, basis, v * THOUSAND, "yen", comma(v), **kw)


def pct(debt, debt_raw, fy, fy_raw, seg, basis, v, metric="collection_rate", sign="", **kw):
    return fact(debt, debt_raw, fy, fy_raw, seg, metric, basis, v, "percent", f2(v) + sign, **kw)


CSS = """
@page { size: A4; margin: 13mm 14mm 12mm 14mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 9.6pt; color: #111; margin: 0; }
.page { break-after: page; position: relative; }
.page:last-child { break-after: auto; }
.docno { text-align: right; font-size: 9pt; }
.box { border: 1.2px solid #000; padding: 2mm 4mm; display: inline-block; }
h1 { font-size: 15pt; text-align: center; margin: 8mm 0 4mm; font-weight: bold; }
h2 { font-size: 12pt; margin: 4mm 0 2mm; border-left: 5px solid #355f8c; padding-left: 2mm; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; }
table { border-collapse: collapse; }
table.t { width: 100%; font-size: 8.6pt; }
table.t th, table.t td { border: 0.8px solid #333; padding: 0.8mm 1.2mm; }
table.t th { background: #dde6f0; font-weight: normal; }
table.t td.n { text-align: right; }
table.t tr.sum td, table.t tr.sum th { background: #f3f3f3; font-weight: bold; }
.unit { text-align: right; font-size: 8.4pt; margin: 0 0 0.6mm; }
.note { font-size: 8.2pt; margin: 1mm 0; }
.vt { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1px; width: 5mm; text-align: center; }
table.lv { width: 100%; margin: 2mm 0 1mm; font-size: 9.4pt; }
table.lv th { background: #355f8c; color: #fff; border: 0.8px solid #355f8c; padding: 1mm 2mm; font-weight: normal; width: 15mm; }
table.lv td { border: 0.8px solid #355f8c; padding: 1mm 2mm; }
.sankou { border: 1px solid #000; padding: 2mm 4mm; margin: 3mm 0; }
.sankou ul { margin: 1mm 0 0 0; padding-left: 5mm; }
.items td { vertical-align: top; line-height: 1.45; }
.items p { margin: 0 0 1mm; }
.prose { line-height: 1.65; text-indent: 1em; margin: 1mm 0; }
.kadai { border: 1px dashed #555; padding: 1.5mm 3mm; margin: 2mm 0; line-height: 1.55; font-size: 9pt; }
.stk td { text-align: right; line-height: 1.35; }
.sp { margin: 1.2mm 0 1.2mm 0; line-height: 1.6; padding-left: 1em; text-indent: -1em; }
"""


def page(html: str):
    global P
    pages.append(f'<div class="page">{html}</div>')
    P += 1


# ================================================================ page 1: 次第 + 【参考】
h = ['<div class="docno">令和７年１１月１８日</div>',
     '<h1>令和７年度第２回<br>北秋田市債権管理委員会　次第</h1>',
     '<table style="margin:3mm auto 4mm; font-size:10.5pt; line-height:1.9">',
     '<tr><td style="width:20mm">日　時</td><td>令和７年１１月１８日（火）　午後１時３０分から</td></tr>',
     '<tr><td>場　所</td><td>北秋田市役所　第２会議室</td></tr></table>',
     '<h2>１　開　会</h2><h2>２　委員長あいさつ</h2>',
     '<h2>３　議　題</h2>',
     '<div style="line-height:1.9; padding-left:6mm">',
     '（１）令和６年度決算における債権の状況について　……　資料１<br>',
     '（２）主要債権の取組個票（令和７年度上半期）について　……　資料２<br>',
     '（３）令和７年度第１回委員会（書面開催）の結果について　……　資料３<br>',
     '（４）その他</div>',
     '<h2>４　閉　会</h2>']
ta, tc = TOT["ta"], TOT["tc"]
h += ['<div class="sankou"><b>【参考】令和６年度決算の概要（対象９債権の計）</b><ul>',
      f'<li>調定額：{fact(None, None, 2024, "令和６年度", "total", "assessed", "actual", ta * THOUSAND, "yen", comma(ta) + "千円")}</li>',
      f'<li>収入済額：{fact(None, None, 2024, "令和６年度", "total", "collected", "actual", tc * THOUSAND, "yen", comma(tc) + "千円")}</li>',
      f'<li>不納欠損額：{fact(None, None, 2024, "令和６年度", "total", "written_off", "actual", TOT["wo"] * THOUSAND, "yen", comma(TOT["wo"]) + "千円")}</li>',
      f'<li>収入未済額：{fact(None, None, 2024, "令和６年度", "total", "outstanding", "actual", TOT["out"] * THOUSAND, "yen", comma(TOT["out"]) + "千円")}</li>',
      f'<li>収納率：{fact(None, None, 2024, "令和６年度", "total", "collection_rate", "actual", TOT_RATE, "percent", f2(TOT_RATE) + "％")}</li>',
      '</ul></div>',
      '<div class="note">配付資料　資料１　令和６年度決算における債権の状況／資料２　主要債権の取組個票／'
      '資料３　令和７年度第１回委員会（書面開催）の結果</div>']
page("".join(h))

# ================================================================ page 2: 資料1 左半分 (現年度分 | 滞納繰越分)
h = ['<div class="docno"><span class="box">資料１</span></div>',
     '<h2>１　令和６年度決算における債権別の収納状況</h2>',
     '<p class="prose">市が保有する債権のうち、収入未済額が生じている主要９債権について、令和６年度決算の状況を取りまとめた。'
     '表は横に長いため、２ページに分けて掲載する（右側の列は次ページ）。</p>',
     '<div class="unit">（単位：千円、％）</div>',
     '<table class="t"><tr><th rowspan="3">債権名</th><th colspan="6">令和６年度決算</th></tr>',
     '<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th></tr>',
     '<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>']
for k in ORDER:
    r = R6[k]
    a = [yen_k(k, r["raw"], 2024, "令和６年度", "current", "assessed", "actual", r["ca"]),
         yen_k(k, r["raw"], 2024, "令和６年度", "current", "collected", "actual", r["cc"]),
         pct(k, r["raw"], 2024, "令和６年度", "current", "actual", rate(r["cc"], r["ca"])),
         yen_k(k, r["raw"], 2024, "令和６年度", "arrears", "assessed", "actual", r["aa"]),
         yen_k(k, r["raw"], 2024, "令和６年度", "arrears", "collected", "actual", r["ac"]),
         pct(k, r["raw"], 2024, "令和６年度", "arrears", "actual", rate(r["ac"], r["aa"]))]
    h.append(f'<tr><th style="text-align:left">{r["raw"]}</th>' + "".join(f'<td class="n">{x}</td>' for x in a) + "</tr>")
a = [yen_k(None, "合計", 2024, "令和６年度", "current", "assessed", "actual", TOT["ca"]),
     yen_k(None, "合計", 2024, "令和６年度", "current", "collected", "actual", TOT["cc"]),
     pct(None, "合計", 2024, "令和６年度", "current", "actual", rate(TOT["cc"], TOT["ca"])),
     yen_k(None, "合計", 2024, "令和６年度", "arrears", "assessed", "actual", TOT["aa"]),
     yen_k(None, "合計", 2024, "令和６年度", "arrears", "collected", "actual", TOT["ac"]),
     pct(None, "合計", 2024, "令和６年度", "arrears", "actual", rate(TOT["ac"], TOT["aa"]))]
h.append('<tr class="sum"><th>合計</th>' + "".join(f'<td class="n">{x}</td>' for x in a) + "</tr></table>")
h.append('<div class="note">※　収納率は、収入済額を調定額で除したもの（小数点第３位を四捨五入）。</div>')
h.append('<div class="note">※　国民健康保険税は国民健康保険特別会計、水道料金・下水道使用料は各事業会計、その他は一般会計に属する。</div>')
# 現年度分の収納率が最も高い/低い債権を文で
cur_rates = {k: rate(R6[k]["cc"], R6[k]["ca"]) for k in ORDER}
lo = min(cur_rates, key=cur_rates.get)
h.append('<h3>【現年度分の状況】</h3>')
h.append('<p class="prose">現年度分の収納率は、後期高齢者医療保険料が'
         + pct("後期高齢者医療保険料", "後期高齢者医療保険料", 2024, "令和６年度", "current", "actual", cur_rates["後期高齢者医療保険料"], sign="％")
         + 'と最も高く、' + R6[lo]["raw"] + 'が'
         + pct(lo, R6[lo]["raw"], 2024, "令和６年度", "current", "actual", cur_rates[lo], sign="％")
         + 'と最も低い。奨学資金貸付金は、卒業後の返還開始直後に未納となる事例が多く、返還開始前からの周知が課題となっている。</p>')
page("".join(h))

# ================================================================ page 3: 資料1 右側の列 + 文 + グラフ
h = ['<div class="docno"><span class="box">資料１</span></div>',
     '<h3>（前ページの表の続き：計・不納欠損額・収入未済額）</h3>',
     '<div class="unit">（単位：千円、％）</div>',
     '<table class="t"><tr><th rowspan="2">債権名</th><th colspan="3">計（現年度分＋滞納繰越分）</th>'
     '<th rowspan="2">不納欠損額</th><th rowspan="2">収入未済額<br>（Ａ）</th><th rowspan="2">前年度末<br>収入未済額（Ｂ）</th>'
     '<th rowspan="2">増減<br>（Ａ）－（Ｂ）</th></tr>',
     '<tr><th>調定額</th><th>収入済額</th><th>収納率</th></tr>']


def right_row(k, raw, r, cls=""):
    a = [yen_k(k, raw, 2024, "令和６年度", "total", "assessed", "actual", r["ta"]),
         yen_k(k, raw, 2024, "令和６年度", "total", "collected", "actual", r["tc"]),
         pct(k, raw, 2024, "令和６年度", "total", "actual", rate(r["tc"], r["ta"])),
         yen_k(k, raw, 2024, "令和６年度", "total", "written_off", "actual", r["wo"]) if r["wo"] else "－",
         yen_k(k, raw, 2024, "令和６年度", "total", "outstanding", "actual", r["out"]),
         yen_k(k, raw, 2023, "前年度末", "total", "outstanding", "actual", r["prev"]),
         fact(k, raw, 2024, "令和６年度", "total", "difference", "actual", (r["out"] - r["prev"]) * THOUSAND, "yen",
              tri(r["out"] - r["prev"]))]
    return f'<tr class="{cls}"><th style="text-align:left">{raw}</th>' + "".join(f'<td class="n">{x}</td>' for x in a) + "</tr>"


for k in ORDER:
    h.append(right_row(k, R6[k]["raw"], R6[k]))
h.append(right_row(None, "合計", TOT, "sum") + "</table>")
h.append('<div class="note">※　増減欄の△は減少を示す。</div>')
out_a = round(TOT["out"] * THOUSAND, -6)
diff_a = round((TOT["prev"] - TOT["out"]) * THOUSAND, -6)
h.append('<h3>【全体の状況】</h3><p class="prose">令和６年度末の収入未済額は、対象９債権の計で約'
         + fact(None, None, 2024, "令和６年度末", "total", "outstanding", "actual", out_a, "yen", oku_man(out_a), approx=True)
         + 'となり、前年度末から約'
         + fact(None, None, 2024, "令和６年度末", "total", "difference", "actual", -diff_a, "yen", oku_man(diff_a) + "減少", approx=True)
         + 'した。収納率（計）は'
         + fact(None, None, 2024, "令和６年度末", "total", "collection_rate", "actual", TOT_RATE, "percent", f2(TOT_RATE) + "％")
         + 'で、前年度（'
         + fact(None, None, 2023, "前年度", "total", "collection_rate", "actual", PREV_TOT_RATE, "percent", f2(PREV_TOT_RATE) + "％")
         + '）から'
         + fact(None, None, 2024, "令和６年度末", "total", "difference", "actual", round(TOT_RATE - PREV_TOT_RATE, 2), "points", f2(TOT_RATE - PREV_TOT_RATE) + "ポイント上昇")
         + 'した。市税の滞納繰越分は、差押えの早期着手により収入未済額が'
         + fact("市税", "市税", 2024, "令和６年度末", "total", "difference", "actual",
                (R6["市税"]["out"] - R6["市税"]["prev"]) * THOUSAND, "yen", comma(R6["市税"]["prev"] - R6["市税"]["out"]) + "千円減少")
         + 'している。</p>')
# SVG bar chart
W, H0, base, left = 600, 230, 190, 50
maxv = 440.0
bw = 46
svg = [f'<svg width="{W}" height="{H0}" viewBox="0 0 {W} {H0}" xmlns="http://www.w3.org/2000/svg" '
       'style="font-family:IPAexGothic,sans-serif">',
       f'<line x1="{left}" y1="{base}" x2="{W - 10}" y2="{base}" stroke="#333" stroke-width="1"/>']
for i, (fy, lab, v) in enumerate(TREND):
    x = left + 12 + i * 76
    hgt = v / maxv * 150
    col = "#355f8c" if fy >= 2023 else "#8fa9c6"
    svg.append(f'<rect x="{x}" y="{base - hgt:.1f}" width="{bw}" height="{hgt:.1f}" fill="{col}"/>')
    raw = f"{v:,.1f}"
    fact(None, None, fy, lab, "total", "outstanding", "actual", round(v * 1_000_000), "yen", raw)
    svg.append(f'<text x="{x + bw / 2}" y="{base - hgt - 4:.1f}" font-size="11" text-anchor="middle">{raw}</text>')
    svg.append(f'<text x="{x + bw / 2}" y="{base + 15}" font-size="11" text-anchor="middle">{lab}</text>')
svg.append(f'<text x="{left - 8}" y="{base + 15}" font-size="10" text-anchor="end">年度</text></svg>')
h.append('<h3>図１　収入未済額の推移（対象９債権の計）</h3><div class="unit">（単位：百万円）</div>')
h.append('<div style="border:1px solid #999; padding:2mm; text-align:center">' + "".join(svg) + '</div>')
h.append('<div class="note">※　平成30年度から令和３年度までは、当時の対象債権の数値を現在の対象債権に組み替えて集計した。</div>')
page("".join(h))

# ================================================================ pages 4-7: 取組個票
INIT = {
    "市税": {
        "現年度分": [("①", "納期限後20日を目安に督促状を発送し、未納者には２か月以内に文書催告と電話催告を行う。", "継続", False),
                 ("②", "スマートフォン決済アプリ及び地方税統一QRコードによる納付を周知し、納め忘れを防ぐ。", "拡充", True),
                 ("③", "新規滞納者については、滞納額が少額のうちに納付相談へつなげ、分割納付の場合も年度内完納を原則とする。", "継続", False)],
        "滞納繰越分": [("①", "滞納繰越となった事案は、４月中に財産調査に着手し、預貯金・給与等の差押えを早期に行う。", "継続", False),
                  ("②", "高額・困難事案は秋田県地方税滞納整理機構へ引き継ぎ、共同で滞納処分を進める。", "継続", False),
                  ("③", "生活困窮等により納付が困難な者には執行停止を適切に行い、徴収の見込みのない債権の整理を進める。", "新規", True)],
        "kadai": "滞納繰越分の収納率は{arr}と目標（{tgt}）を下回ったため、差押えの早期着手を徹底する。",
    },
    "国民健康保険料": {
        "現年度分": [("①", "口座振替の勧奨を加入手続の窓口で必ず行い、口座振替の加入率を高める。", "継続", False),
                 ("②", "短期被保険者証の更新時に納付相談を行い、分割納付の計画を立てさせる。", "継続", False),
                 ("③", "コンビニエンスストア納付に加え、スマートフォン決済の利用を案内する。", "拡充", True)],
        "滞納繰越分": [("①", "市税と国民健康保険税の重複滞納者は税務課で一元的に滞納整理を行う。", "継続", False),
                  ("②", "不動産を所有する滞納者については、参加差押えを含めて公売の準備を進める。", "新規", False),
                  ("③", "資格喪失後の滞納者には、転出先の確認を行ったうえで文書催告を行う。", "継続", True)],
        "kadai": "滞納繰越分の収納率は{arr}で目標（{tgt}）に届かなかった。所得の低い世帯の滞納が多く、早期の納付相談が課題である。",
    },
    "介護保険料": {
        "現年度分": [("①", "普通徴収の未納者に対し、納期ごとに催告書を送付する。", "継続", False),
                 ("②", "年金からの特別徴収へ切り替わるまでの期間は、口座振替の利用を勧める。", "継続", True)],
        "滞納繰越分": [("①", "給付制限の対象となる前に、ケアマネジャーと連携して納付を働きかける。", "拡充", False),
                  ("②", "時効が近い債権は、納付誓約により時効の更新を図る。", "継続", False)],
        "kadai": "滞納繰越分の収納率は{arr}となり、目標（{tgt}）を上回った。",
    },
    "住宅使用料": {
        "現年度分": [("①", "滞納が２か月に達した入居者には、連帯保証人にも通知して納付を求める。", "継続", False),
                 ("②", "入居時の説明会で口座振替の利用を案内する。", "継続", False)],
        "滞納繰越分": [("①", "６か月以上の滞納者で誠意のない者には、明渡し請求訴訟を提起する。", "継続", False),
                  ("②", "退去者の滞納分は、弁護士への回収委託を検討する。", "新規", True)],
        "kadai": "滞納繰越分の収納率は{arr}で、目標（{tgt}）を下回った。退去者の滞納分が収入未済額の多くを占める。",
    },
}
YR = {2022: "R4", 2023: "R5", 2024: "R6", 2025: "R7"}
for n, (k, d) in enumerate(HIST.items(), start=1):
    raw = d["raw"]
    rows = d["rows"]
    h = [f'<div class="docno"><span class="box">資料２</span></div>',
         f'<h2>主要債権の取組個票（{n}／４）</h2>',
         f'<table class="lv"><tr><th>債権名</th><td>{raw}</td><th>所管課</th><td>{d["dept"]}</td>'
         f'<th>債権区分</th><td>{d["cls"]}</td></tr></table>',
         '<h3>１　収納状況の推移</h3><div class="unit">単位：千円、％</div>',
         '<table class="t"><tr><th colspan="2">区分</th>'
         + "".join(f'<th>{YR[fy]}決算</th>' for fy in YEARS) + '<th>R7目標</th></tr>']
    for seg, segname in (("current", "現年度分"), ("arrears", "滞納繰越分")):
        ka, kc = ("ca", "cc") if seg == "current" else ("aa", "ac")
        for j, (lab, met) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate"))):
            cells = []
            for fy in YEARS:
                r = rows[fy]
                if met == "assessed":
                    cells.append(yen_k(k, raw, fy, YR[fy], seg, met, "actual", r[ka]))
                elif met == "collected":
                    cells.append(yen_k(k, raw, fy, YR[fy], seg, met, "actual", r[kc]))
                else:
                    cells.append(pct(k, raw, fy, YR[fy], seg, "actual", rate(r[kc], r[ka])))
            if met == "collection_rate":
                t = d["tgt"][2025][0 if seg == "current" else 1]
                cells.append(pct(k, raw, 2025, "R7", seg, "target", t))
            else:
                cells.append("－")
            first = f'<th rowspan="3" class="vt">{segname}</th>' if j == 0 else ""
            h.append(f'<tr>{first}<th>{lab}</th>' + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
    cells = [yen_k(k, raw, fy, YR[fy], "total", "written_off", "actual", rows[fy]["wo"]) for fy in YEARS] + ["－"]
    h.append('<tr><th colspan="2">不納欠損額</th>' + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>")
    cells = [yen_k(k, raw, fy, YR[fy], "total", "outstanding", "actual", rows[fy]["out"]) for fy in YEARS]
    cells.append(yen_k(k, raw, 2025, "R7", "total", "outstanding", "target", d["out_tgt"]))
    h.append('<tr class="sum"><th colspan="2">収入未済額</th>' + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr></table>")

    # 2 目標の達成状況
    h.append('<h3>２　目標の達成状況</h3><div class="unit">単位：％</div>')
    h.append('<table class="t"><tr><th>年度</th><th>区分</th><th>目標収納率</th><th>実績収納率</th><th>達成率</th></tr>')
    for fy in (2023, 2024):
        r = rows[fy]
        for i, (seg, segname, ka, kc) in enumerate((("current", "現年度分", "ca", "cc"), ("arrears", "滞納繰越分", "aa", "ac"))):
            t = d["tgt"][fy][i]
            act = rate(r[kc], r[ka])
            ach = round(act / t * 100 + 1e-9, 1)
            yl = f'<th rowspan="2">{YR[fy]}</th>' if i == 0 else ""
            h.append(f'<tr>{yl}<th>{segname}</th><td class="n">{pct(k, raw, fy, YR[fy], seg, "target", t)}</td>'
                     f'<td class="n">{pct(k, raw, fy, YR[fy], seg, "actual", act)}</td>'
                     f'<td class="n">{fact(k, raw, fy, YR[fy], seg, "achievement_rate", "actual", ach, "percent", f1(ach))}</td></tr>')
    h.append('</table><div class="note">※　達成率＝実績収納率÷目標収納率×100</div>')

    # 3 上半期 (stacked cells: amount over rate)
    h.append('<h3>３　令和７年度上半期の状況（９月末現在）</h3>')
    h.append('<table class="t stk"><tr><th style="width:34%">区分</th><th>現年度分<br>（収入済額／収納率）</th>'
             '<th>滞納繰越分<br>（収入済額／収納率）</th></tr>')
    for fy, lab, as_of in ((2025, "令和７年９月末", "2025-09-30"), (2024, "前年同期（令和６年９月末）", "2024-09-30")):
        cc, cr_, ac, ar_ = d["interim"][fy]
        fr = "令和７年９月末" if fy == 2025 else "令和６年９月末"
        c1 = (fact(k, raw, fy, fr, "current", "collected", "interim", cc * THOUSAND, "yen", comma(cc) + "千円", as_of=as_of)
              + "<br>" + fact(k, raw, fy, fr, "current", "collection_rate", "interim", cr_, "percent", f2(cr_) + "％", as_of=as_of))
        c2 = (fact(k, raw, fy, fr, "arrears", "collected", "interim", ac * THOUSAND, "yen", comma(ac) + "千円", as_of=as_of)
              + "<br>" + fact(k, raw, fy, fr, "arrears", "collection_rate", "interim", ar_, "percent", f2(ar_) + "％", as_of=as_of))
        h.append(f'<tr><th style="text-align:left">{lab}</th><td>{c1}</td><td>{c2}</td></tr>')
    h.append('</table>')

    # 課題 (prose with figures)
    r6 = rows[2024]
    arr_act = rate(r6["ac"], r6["aa"])
    tgt_arr = d["tgt"][2024][1]
    txt = INIT[k]["kadai"].format(
        arr=pct(k, raw, 2024, "令和６年度", "arrears", "actual", arr_act, sign="％"),
        tgt=pct(k, raw, 2024, "令和６年度", "arrears", "target", tgt_arr, sign="％"))
    h.append(f'<div class="kadai"><b>課題</b>　{txt}</div>')

    # 4 取組 (numbered several per cell, tags after 。, or alone on the next line)
    h.append('<h3>４　令和７年度の主な取組</h3>')
    h.append('<table class="t items"><tr><th style="width:50%">現年度分</th><th>滞納繰越分</th></tr><tr>')
    for segname in ("現年度分", "滞納繰越分"):
        ps = []
        for lab, text, status, alone in INIT[k][segname]:
            tag = f"【{status}】" if status else ""
            ps.append(f'<p>{lab}{text}' + (f'<br>{tag}' if alone else tag) + '</p>')
            G.init(P, k, raw, 2025, f"令和７年度の主な取組（{segname}）", lab, text, status)
        h.append("<td>" + "".join(ps) + "</td>")
    h.append("</tr></table>")
    page("".join(h))

# ================================================================ page 8: 第1回委員会(書面開催)の結果
kok = R6["国民健康保険料"]
kok_arr = rate(kok["ac"], kok["aa"])
sz_out = R6["市税"]["out"]
ATT = [("委員長", "副市長"), ("委員", "総務部長"), ("委員", "財務部長"), ("委員", "市民生活部長"),
       ("委員", "健康福祉部長"), ("委員", "子ども・若者支援部長"), ("委員", "産業部長"), ("委員", "建設部長"),
       ("事務局", "財務部収納対策課長"), ("事務局", "財務部収納対策課債権管理係長"), ("事務局", "財務部収納対策課主査")]
AGENDA = ["令和６年度の債権管理の実績について", "令和７年度の主要債権の取組方針について", "債権の放棄について（報告）"]
MATS = ["資料１　令和６年度債権管理実績", "資料２　令和７年度主要債権取組方針（案）", "資料３　債権放棄の状況"]
ST = [
    ("産業部長", "議題（１）について",
     "市税の収入未済額は" + "{sz}" + "千円まで減っているが、減少の要因は不納欠損によるものか、それとも滞納繰越分の収納が進んだことによるものか。"),
    ("収納対策課長", "議題（１）について",
     "不納欠損額は前年度より減っており、滞納繰越分の収入済額が増えたことが主な要因である。４月から財産調査に着手し、差押えを早めたことが効果を上げたと考えている。"),
    ("健康福祉部長", "議題（２）について",
     "国民健康保険税の滞納繰越分の収納率は" + "{kk}" + "にとどまっている。低所得の世帯への対応として、どのような取組を考えているか。"),
    ("収納対策課長", "議題（２）について",
     "短期被保険者証の更新の機会をとらえて納付相談を行い、分割納付の計画を立てていただく。あわせて、生活再建の支援が必要な方は福祉の窓口へつなぐ。"),
    ("副市長", "全体について",
     "各課は取組方針に沿って上半期の進捗を確認し、第２回委員会で報告すること。"),
]
h = ['<div class="docno"><span class="box">資料３</span></div>',
     '<h2>令和７年度第１回北秋田市債権管理委員会（書面開催）の結果について</h2>',
     '<h3>１　開催方法</h3>',
     '<p class="prose">議題が報告事項を中心としていたため書面開催とし、令和７年６月２０日付けで各委員へ資料を送付し、'
     '同年７月４日までに意見の提出を受けた。</p>',
     '<h3>２　委員等</h3>',
     '<p class="prose">委員８名、事務局３名</p>',
     '<table class="t" style="width:80%; margin-left:6mm"><tr><th style="width:25%">区分</th><th>職名</th></tr>']
for role, title in ATT:
    h.append(f'<tr><td>{role}</td><td>{title}</td></tr>')
h.append('</table>')
h.append('<h3>３　議題</h3><div style="padding-left:6mm; line-height:1.7">'
         + "".join(f'（{i}）{a}<br>' for i, a in enumerate(AGENDA, 1)) + '</div>')
h.append('<h3>４　資料</h3><div style="padding-left:6mm; line-height:1.7">' + "<br>".join(MATS) + '</div>')
h.append('<h3>５　主な意見と回答</h3>')
statements = []
P8 = P
for sp, sec, text in ST:
    if "{sz}" in text:
        text = text.replace("{sz}", G.fact(P8, "市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual",
                                           sz_out * THOUSAND, "yen", comma(sz_out) + "千円")[:-2])
    if "{kk}" in text:
        text = text.replace("{kk}", G.fact(P8, "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "arrears",
                                           "collection_rate", "actual", kok_arr, "percent", f2(kok_arr) + "％"))
    statements.append({"speaker": sp, "section": sec, "text": text})
cur_sec = None
for s in statements:
    if s["section"] != cur_sec:
        cur_sec = s["section"]
        h.append(f'<p style="margin:1.5mm 0 0.5mm; font-weight:bold">【{cur_sec}】</p>')
    h.append(f'<p class="sp">○{s["speaker"]}　{s["text"]}</p>')
page("".join(h))
G.minutes = {"title": "令和７年度第１回北秋田市債権管理委員会（書面開催）の結果について", "meeting_number": 1,
             "date": "2025-06-20", "method": "書面開催",
             "attendees": [{"role": r, "title": t} for r, t in ATT],
             "agenda": AGENDA, "materials": MATS, "statements": statements}

# ================================================================ render
html = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>令和７年度第２回北秋田市債権管理委員会 資料</title>'
        f'<style>{CSS}</style></head><body>' + "".join(pages) + "</body></html>")
src = WORK / f"{STEM}.html"
src.write_text(html, encoding="utf-8")
PDF_DIR.mkdir(parents=True, exist_ok=True)
out = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True)
G.write(out)
print("expected pages:", P - 1)
