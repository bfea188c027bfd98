"""総社市債権管理対策会議 資料 (取組個票 per debt) → committee_material.

Tool chain: HTML/CSS → chromium --headless --print-to-pdf.
Run from corpus/frozen33:  python3 build/fj_soja_committee.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fj_common import GOTHIC, MINCHO, PDF_DIR, WORK, Doc, chromium_pdf, comma, rate  # noqa: E402

STEM = "fj_soja_committee_1"
CITY = "総社市"
d = Doc(STEM, seed=3302)
R = d.rng

YEARS = [2021, 2022, 2023, 2024]          # 決算
TY = 2025                                  # 目標年度 (令和7年度)
YL = {2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度", 2025: "令和7年度"}

# name, short, canonical, dept, class, cur assessed 2021 (千円), growth, cur rate 2021, step,
# arrears assessed 2021, arr rate 2021, arr step, write-off share of arrears assessed
DEBTS = [
    ("市税", "市税", "市税", "税務課", "強制徴収公債権", 8_952_300, 0.012, 98.86, 0.11, 311_400, 24.9, 1.3, 0.030),
    ("国民健康保険税", "国保税", "国民健康保険料", "税務課・保険年金課", "強制徴収公債権", 1_652_800, -0.018, 94.48, 0.27,
     262_500, 17.8, 1.1, 0.055),
    ("介護保険料", "介護料", "介護保険料", "長寿介護課", "強制徴収公債権", 1_418_600, 0.015, 99.18, 0.05, 40_300, 15.2, 1.2, 0.090),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "保険年金課", "強制徴収公債権", 818_900, 0.028, 99.58, 0.03,
     6_480, 40.1, 0.8, 0.040),
    ("保育料", "保育料", "保育料", "こども課", "強制徴収公債権", 209_700, -0.025, 98.79, 0.09, 18_150, 12.4, 1.1, 0.060),
    ("市営住宅使用料", "住宅使用料", "市営住宅使用料", "建築住宅課", "私債権", 165_200, -0.01, 97.12, 0.21, 42_380, 10.3, 1.2,
     0.020),
    ("下水道使用料", "下水道使用料", "下水道使用料", "下水道課", "私債権", 1_081_400, 0.006, 99.02, 0.06, 21_160, 29.6, 0.2,
     0.050),
]

# ---------------------------------------------------------------- data model (千円)
data: dict[str, dict[int, dict]] = {}
for (name, short, canon, dept, cls, ca, g, cr, cs, aa, ar, ast, wos) in DEBTS:
    data[name] = {}
    arr_ass = aa
    for i, y in enumerate(YEARS):
        cur_ass = int(round(ca * (1 + g) ** i * (1 + R.uniform(-0.004, 0.004))))
        cur_rate = cr + cs * i + R.uniform(-0.03, 0.03)
        cur_col = int(round(cur_ass * cur_rate / 100))
        arr_rate = ar + ast * i + R.uniform(-0.4, 0.4)
        arr_col = int(round(arr_ass * arr_rate / 100))
        wo = int(round(arr_ass * wos * R.uniform(0.85, 1.15)))
        cur_out = cur_ass - cur_col
        arr_out = arr_ass - arr_col - wo
        data[name][y] = dict(cur_ass=cur_ass, cur_col=cur_col, cur_out=cur_out, arr_ass=arr_ass,
                             arr_col=arr_col, arr_out=arr_out, wo=wo)
        arr_ass = cur_out + arr_out          # 翌年度の滞納繰越分調定額
    # 令和7年度 目標
    last = data[name][2024]
    t_cur = rate(last["cur_col"], last["cur_ass"]) + round(R.uniform(0.03, 0.12), 2)
    t_arr = rate(last["arr_col"], last["arr_ass"]) + round(R.uniform(0.3, 1.5), 2)
    cur_ass = int(round(last["cur_ass"] * (1 + g)))
    arr_ass = last["cur_out"] + last["arr_out"]
    cur_col = int(round(cur_ass * t_cur / 100))
    arr_col = int(round(arr_ass * t_arr / 100))
    wo = int(round(arr_ass * wos))
    data[name][TY] = dict(cur_ass=cur_ass, cur_col=cur_col, cur_out=cur_ass - cur_col, arr_ass=arr_ass,
                          arr_col=arr_col, arr_out=arr_ass - arr_col - wo, wo=wo, t_cur=round(t_cur, 2),
                          t_arr=round(t_arr, 2))
    # 令和6年度の目標 (現年度分) for the 達成状況 table
    data[name]["t2024"] = round(rate(last["cur_col"], last["cur_ass"]) + R.choice([-0.12, -0.06, 0.04, 0.08, 0.15]), 2)


def tot(v: dict) -> dict:
    return dict(ass=v["cur_ass"] + v["arr_ass"], col=v["cur_col"] + v["arr_col"], out=v["cur_out"] + v["arr_out"],
                wo=v["wo"])


META = {n: (s, c, dp, cl) for (n, s, c, dp, cl, *_rest) in DEBTS}

# ---------------------------------------------------------------- html helpers
CSS = f"""
@font-face {{ font-family: G; src: url('file://{GOTHIC}'); }}
@font-face {{ font-family: M; src: url('file://{MINCHO}'); }}
* {{ font-synthesis: none; }}
@page {{ size: A4; margin: 14mm 14mm 12mm 14mm; }}
body {{ font-family: G; font-size: 9.5pt; color: #111; margin: 0; }}
.page {{ height: 268mm; position: relative; break-after: page; overflow: visible; }}
.page:last-child {{ break-after: auto; }}
.pno {{ position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }}
.tag {{ position: absolute; top: 0; right: 0; border: 1.2px solid #000; padding: 1mm 4mm; font-size: 11pt; }}
h1 {{ font-size: 15pt; margin: 0 0 3mm 0; }}
h2 {{ font-size: 12pt; margin: 4mm 0 2mm 0; border-left: 5px solid #2a5c8a; padding-left: 2mm; }}
h3 {{ font-size: 10.5pt; margin: 3mm 0 1.5mm 0; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 0.6px solid #444; padding: 0.8mm 1.2mm; }}
th {{ background: #dfe8f1; font-weight: normal; text-align: center; }}
td.n {{ text-align: right; white-space: nowrap; }}
tr.z:nth-child(even) td {{ background: #f1f5f9; }}
tr.sum td {{ background: #fbf3dc; font-weight: bold; }}
.note {{ font-size: 8.3pt; margin: 1mm 0; }}
.unit {{ text-align: right; font-size: 8.5pt; margin-bottom: 0.8mm; }}
.box {{ border: 1.2px solid #222; padding: 2mm 3mm; margin: 3mm 0; }}
.strip td {{ padding: 1.5mm 2mm; font-size: 10.5pt; }}
.strip td.l {{ background: #2a5c8a; color: #fff; text-align: center; width: 17mm; }}
.vert {{ writing-mode: vertical-rl; text-align: center; letter-spacing: 2mm; background: #dfe8f1; width: 9mm; }}
.small td, .small th {{ font-size: 7.6pt; padding: 0.6mm 0.7mm; }}
.stack {{ line-height: 1.35; }}
ol.items {{ margin: 0; padding-left: 0; list-style: none; }}
ol.items li {{ margin: 0 0 1.6mm 0; padding-left: 1.2em; text-indent: -1.2em; line-height: 1.45; }}
"""

pages_html: list[str] = []


def page(inner: str, tag: str | None = None, number: bool = True):
    n = len(pages_html) + 1
    assert n == d.page, (n, d.page)
    t = f'<div class="tag">{tag}</div>' if tag else ""
    pn = f'<div class="pno">- {n} -</div>' if number else ""
    pages_html.append(f'<div class="page">{t}{inner}{pn}</div>')
    d.page += 1


def td(x: str, cls: str = "n") -> str:
    return f'<td class="{cls}">{x}</td>'


# ---------------------------------------------------------------- page 1: cover, 次第, 目次
TOC = [("資料１", "令和６年度 主要債権の収納状況（決算）", 2), ("資料２", "収入未済額の推移及び目標の達成状況", 3),
       ("資料３", "取組個票　No.1 市税", 4), ("", "取組個票　No.2 国民健康保険税", 5),
       ("", "取組個票　No.3 介護保険料", 6), ("", "取組個票　No.4 市営住宅使用料", 7)]
toc_rows = "".join(
    f'<tr><td style="border:none;width:18mm">{a}</td><td style="border:none;border-bottom:1px dotted #888">{b}</td>'
    f'<td style="border:none;text-align:right;width:16mm">{p}ページ</td></tr>' for a, b, p in TOC)
cover = f"""
<div style="height:40mm"></div>
<div style="text-align:center;font-size:13pt">令和７年度</div>
<div style="text-align:center;font-size:20pt;margin:3mm 0 2mm 0;font-weight:bold">第１回 総社市債権管理対策会議</div>
<div style="text-align:center;font-size:14pt;margin-bottom:12mm">会　議　資　料</div>
<div style="width:120mm;margin:0 auto;font-size:11pt;line-height:1.9">
日　時　令和７年７月２２日（火）午後２時から<br>場　所　総社市役所　本庁舎３階　大会議室</div>
<div style="width:140mm;margin:10mm auto 0 auto;font-size:11pt;line-height:1.9">
<b>次　第</b><br>１　開　会<br>２　議　題<br>
　（１）令和６年度 主要債権の収納状況について<br>
　（２）令和７年度 債権別取組個票について<br>
　（３）滞納整理強化月間（１２月）の実施について<br>３　その他<br>４　閉　会</div>
<div style="width:140mm;margin:10mm auto 0 auto;font-size:11pt">
<div style="font-weight:bold;margin-bottom:2mm">目　次</div>
<table style="width:100%">{toc_rows}</table></div>
"""
page(cover, number=False)

# ---------------------------------------------------------------- page 2: summary table (debts as rows)
FY = 2024
rows = []
sums = dict(cur_ass=0, cur_col=0, arr_ass=0, arr_col=0)
for name, *_ in DEBTS:
    short, canon, dept, cls = META[name]
    v = data[name][FY]
    kw = dict(debt=canon, debt_raw=short, fy=FY, fy_raw="令和６年度", basis="actual")
    label = short + ('<span style="font-size:7pt">※1</span>' if name == "市税" else "")
    cells = [f'<td>{label}</td>']
    for seg, a, c in (("current", v["cur_ass"], v["cur_col"]), ("arrears", v["arr_ass"], v["arr_col"]),
                      ("total", v["cur_ass"] + v["arr_ass"], v["cur_col"] + v["arr_col"])):
        cells.append(td(d.yen(a * 1000, metric="assessed", segment=seg, **kw)))
        cells.append(td(d.yen(c * 1000, metric="collected", segment=seg, **kw)))
        r_ = rate(c, a)
        mark = '<span style="font-size:7pt">※3</span>' if (name == "下水道使用料" and seg == "arrears") else ""
        cells.append(td(d.pct(r_, segment=seg, **kw) + mark))
    for k in sums:
        sums[k] += v[k]
    rows.append('<tr class="z">' + "".join(cells) + "</tr>")
kw = dict(debt=None, debt_raw="合計", fy=FY, fy_raw="令和６年度", basis="actual")
cells = ["<td>合計</td>"]
for seg, a, c in (("current", sums["cur_ass"], sums["cur_col"]), ("arrears", sums["arr_ass"], sums["arr_col"]),
                  ("total", sums["cur_ass"] + sums["arr_ass"], sums["cur_col"] + sums["arr_col"])):
    cells += [td(d.yen(a * 1000, metric="assessed", segment=seg, **kw)),
              td(d.yen(c * 1000, metric="collected", segment=seg, **kw)), td(d.pct(rate(c, a), segment=seg, **kw))]
rows.append('<tr class="sum">' + "".join(cells) + "</tr>")
tw = data["市税"]
foot1 = (f'※1　市税の不納欠損額は '
         + d.yen(tw[2024]["wo"] * 1000, metric="written_off", debt="市税", debt_raw="市税", fy=2024,
                 fy_raw="令和６年度", suffix="千円")
         + "（前年度 "
         + d.yen(tw[2023]["wo"] * 1000, metric="written_off", debt="市税", debt_raw="市税", fy=2023,
                 fy_raw="前年度", suffix="千円")
         + "）である。")
p2 = f"""
<div class="tag">資料１</div>
<h1>令和６年度　主要債権の収納状況（決算）</h1>
<p style="margin:0 0 3mm 0;line-height:1.6">　令和６年度決算における主要７債権の現年度分、滞納繰越分及び合計の調定額、収入済額及び収納率は、次のとおりである。</p>
<div class="unit">（単位：千円、％）</div>
<table class="small">
<tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">計</th></tr>
<tr><th>調定額<span style="font-size:6.5pt">※2</span></th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th>
<th>調定額</th><th>収入済額</th><th>収納率</th></tr>
{''.join(rows)}
</table>
<div class="note">（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料</div>
<div class="note">{foot1}</div>
<div class="note">※2　調定額は、還付未済額を含まない。</div>
<div class="note">※3　令和６年度に行った大口滞納事案の一括納付を含む。</div>
"""


def seven(y: int, seg: str) -> float:
    keys = {"current": ("cur_col", "cur_ass"), "arrears": ("arr_col", "arr_ass")}
    if seg == "total":
        c = sum(data[n][y]["cur_col"] + data[n][y]["arr_col"] for n, *_ in DEBTS)
        a = sum(data[n][y]["cur_ass"] + data[n][y]["arr_ass"] for n, *_ in DEBTS)
    else:
        c = sum(data[n][y][keys[seg][0]] for n, *_ in DEBTS)
        a = sum(data[n][y][keys[seg][1]] for n, *_ in DEBTS)
    return rate(c, a)


up_cur = seven(2024, "current") > seven(2023, "current")
up_arr = seven(2024, "arrears") > seven(2023, "arrears")
assert up_cur and up_arr, (seven(2024, "current"), seven(2023, "current"), seven(2024, "arrears"), seven(2023, "arrears"))
k6 = data["国民健康保険税"]
assert rate(k6[2024]["cur_col"], k6[2024]["cur_ass"]) > rate(k6[2023]["cur_col"], k6[2023]["cur_ass"])
p2 += """<h2>概況</h2>
<div style="line-height:1.7">　主要７債権の合計では、現年度分・滞納繰越分ともに前年度の収納率を上回った。特に国保税は、口座振替の勧奨と
納期限後の早期催告を徹底したことにより、現年度分の収納率が上昇している。一方、住宅使用料は、退去者の滞納分が
滞納繰越分に残っており、連帯保証人への請求を含めた対応が課題となっている。</div>"""
# bar chart with data labels: 合計収納率 R3..R6
bars = ""
ABBR = {2021: "R3", 2022: "R4", 2023: "R5", 2024: "R6"}
for y in YEARS:
    r_ = seven(y, "total")
    h = (r_ - 90) * 9  # mm above the 90% base line
    lab = d.pct(r_, debt=None, debt_raw=None, fy=y, fy_raw=ABBR[y], segment="total", basis="actual")
    bars += (f'<div style="display:flex;flex-direction:column;justify-content:flex-end;align-items:center;width:24mm">'
             f'<div style="font-size:9pt;margin-bottom:1mm">{lab}</div>'
             f'<div style="width:13mm;height:{h:.1f}mm;background:#4f7fb0"></div></div>')
xl = "".join(f'<div style="width:24mm;text-align:center;font-size:9pt">{ABBR[y]}</div>' for y in YEARS)
p2 += f"""<h2>主要７債権の合計収納率の推移（％）</h2>
<div style="margin:2mm 0 0 20mm;width:110mm">
<div style="display:flex;align-items:flex-end;height:60mm;border-left:1px solid #333;border-bottom:1px solid #333;padding-left:4mm">{bars}</div>
<div style="display:flex;padding-left:4mm">{xl}</div>
<div class="note" style="margin-top:2mm">※縦軸の起点は９０％。R3～R6は各年度の決算値（現年度分及び滞納繰越分の計）。</div></div>"""
page(p2)

# ---------------------------------------------------------------- page 3: 推移・増減, 達成状況, 【参考】
rows = []
s5 = s6 = w5 = w6 = 0
for name, *_ in DEBTS:
    short, canon, dept, cls = META[name]
    o5 = tot(data[name][2023])["out"]
    o6 = tot(data[name][2024])["out"]
    x5, x6 = data[name][2023]["wo"], data[name][2024]["wo"]
    s5, s6, w5, w6 = s5 + o5, s6 + o6, w5 + x5, w6 + x6
    k = dict(debt=canon, debt_raw=short, basis="actual")
    rows.append('<tr class="z"><td>' + short + "</td>"
                + td(d.yen(o5 * 1000, metric="outstanding", fy=2023, fy_raw="令和5年度", **k))
                + td(d.yen(o6 * 1000, metric="outstanding", fy=2024, fy_raw="令和6年度", **k))
                + td(d.yen((o6 - o5) * 1000, metric="difference", fy=2024, fy_raw="増減", **k))
                + td(d.yen(x5 * 1000, metric="written_off", fy=2023, fy_raw="令和5年度", **k))
                + td(d.yen(x6 * 1000, metric="written_off", fy=2024, fy_raw="令和6年度", **k))
                + td(d.yen((x6 - x5) * 1000, metric="difference", fy=2024, fy_raw="増減", **k)) + "</tr>")
k = dict(debt=None, debt_raw="合計", basis="actual")
rows.append('<tr class="sum"><td>合計</td>'
            + td(d.yen(s5 * 1000, metric="outstanding", fy=2023, fy_raw="令和5年度", **k))
            + td(d.yen(s6 * 1000, metric="outstanding", fy=2024, fy_raw="令和6年度", **k))
            + td(d.yen((s6 - s5) * 1000, metric="difference", fy=2024, fy_raw="増減", **k))
            + td(d.yen(w5 * 1000, metric="written_off", fy=2023, fy_raw="令和5年度", **k))
            + td(d.yen(w6 * 1000, metric="written_off", fy=2024, fy_raw="令和6年度", **k))
            + td(d.yen((w6 - w5) * 1000, metric="difference", fy=2024, fy_raw="増減", **k)) + "</tr>")
t1 = "".join(rows)

rows = []
for name, *_ in DEBTS:
    short, canon, dept, cls = META[name]
    v6, v5 = data[name][2024], data[name][2023]
    act = rate(v6["cur_col"], v6["cur_ass"])
    prev = rate(v5["cur_col"], v5["cur_ass"])
    tgt = data[name]["t2024"]
    k = dict(debt=canon, debt_raw=short, segment="current")
    ach = f"{act / tgt * 100:.1f}"
    rows.append('<tr class="z"><td>' + short + "</td>"
                + td(d.pct(tgt, fy=2024, fy_raw="令和６年度", basis="target", **k))
                + td(d.pct(act, fy=2024, fy_raw="令和６年度", basis="actual", **k) + "（"
                     + d.pct(prev, fy=2023, fy_raw="前年度", basis="actual", **k) + "）")
                + td(d.pct(round(act - tgt, 2), fy=2024, fy_raw="令和６年度", basis="actual", metric="difference",
                           unit="points", **k))
                + td(ach) + td("達成" if act >= tgt else "未達成", "c") + "</tr>")
t2 = "".join(rows)

# 全会計 (all of the city's debts, beyond the seven above)
all_ass = 31_882_416_000
all_col = 30_902_155_000
all_wo = 61_243_000
all_out = all_ass - all_col - all_wo
kk = dict(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", basis="actual")
ref = ("<b>【参考】令和６年度　全会計の債権の状況（決算）</b><br>"
       "・調定額：" + d.yen(all_ass, metric="assessed", suffix="千円", **kk) + "<br>"
       "・収入済額：" + d.yen(all_col, metric="collected", suffix="千円", **kk) + "<br>"
       "・不納欠損額：" + d.yen(all_wo, metric="written_off", suffix="千円", **kk) + "<br>"
       "・収入未済額：" + d.yen(all_out, metric="outstanding", suffix="千円", **kk) + "<br>"
       "・収納率：" + d.pct(rate(all_col, all_ass), suffix="％", **kk))
p3 = f"""
<div class="tag">資料２</div>
<h1>収入未済額の推移及び目標の達成状況</h1>
<h3>（１）収入未済額及び不納欠損額の前年度比較</h3>
<div class="unit">単位：千円（△は減）</div>
<table class="small">
<tr><th rowspan="2">債権名</th><th colspan="3">収入未済額</th><th colspan="3">不納欠損額</th></tr>
<tr><th>令和5年度</th><th>令和6年度</th><th>増減</th><th>令和5年度</th><th>令和6年度</th><th>増減</th></tr>
{t1}</table>
<h3 style="margin-top:5mm">（２）令和６年度 目標収納率（現年度分）の達成状況</h3>
<div class="unit">単位：％、ポイント</div>
<table class="small">
<tr><th>債権名</th><th>目標</th><th>実績（前年度実績）</th><th>実績−目標</th><th>達成率</th><th>評価</th></tr>
{t2}</table>
<div class="note">※達成率＝実績÷目標×100</div>
<div class="box" style="width:95mm;line-height:1.7">{ref}</div>
"""
page(p3)


# ---------------------------------------------------------------- 個票 helpers
def strip(name: str, no: int) -> str:
    short, canon, dept, cls = META[name]
    return (f'<div style="font-size:12pt;font-weight:bold;margin-bottom:2mm">取組個票　No.{no}</div>'
            f'<table class="strip"><tr><td class="l">債権名</td><td>{name}</td><td class="l">所管課</td>'
            f'<td>{dept}</td><td class="l">債権区分</td><td>{cls}</td></tr></table>')


def trend_table(name: str, extra_rows: str = "") -> str:
    short, canon, dept, cls = META[name]
    head = "".join(f"<th>{YL[y]}<br>決算</th>" for y in YEARS) + f"<th>{YL[TY]}<br>目標</th>"
    body = ""
    for seg, segl in (("current", "現年度分"), ("arrears", "滞納繰越分")):
        p = "cur" if seg == "current" else "arr"
        for mi, (metric, ml) in enumerate((("assessed", "調定額"), ("collected", "収入済額"),
                                           ("collection_rate", "収納率"))):
            tr = "<tr>" + (f'<th rowspan="3" style="width:8mm">{segl}</th>' if mi == 0 else "") + f"<th>{ml}</th>"
            for y in YEARS + [TY]:
                v = data[name][y]
                basis = "target" if y == TY else "actual"
                k = dict(debt=canon, debt_raw=name, fy=y, fy_raw=YL[y], segment=seg, basis=basis)
                if metric == "collection_rate":
                    r_ = v[f"t_{p}"] if y == TY else rate(v[f"{p}_col"], v[f"{p}_ass"])
                    tr += td(d.pct(r_, **k))
                else:
                    key = f"{p}_ass" if metric == "assessed" else f"{p}_col"
                    tr += td(d.yen(v[key] * 1000, metric=metric, **k))
            body += tr + "</tr>"
    tr = '<tr><th colspan="2">収入未済額（計）</th>'
    for y in YEARS + [TY]:
        v = data[name][y]
        tr += td(d.yen((v["cur_out"] + v["arr_out"]) * 1000, metric="outstanding", debt=canon, debt_raw=name, fy=y,
                       fy_raw=YL[y], basis="target" if y == TY else "actual"))
    body += tr + "</tr>" + extra_rows
    return (f'<div class="unit">（単位：千円、％）</div><table class="small"><tr><th colspan="2">区分</th>{head}</tr>'
            f"{body}</table>")


def target_block(name: str) -> str:
    short, canon, dept, cls = META[name]
    v = data[name][TY]
    k = dict(debt=canon, debt_raw=name, fy=TY, fy_raw="令和７年度", basis="target")
    cells = ""
    for seg, p in (("current", "cur"), ("arrears", "arr")):
        cells += ('<td class="n stack">' + d.yen(v[f"{p}_out"] * 1000, metric="outstanding", segment=seg, **k)
                  + "<br>" + d.pct(v[f"t_{p}"], segment=seg, **k) + "</td>")
    t = tot(v)
    cells += ('<td class="n stack">' + d.yen(t["out"] * 1000, metric="outstanding", segment="total", **k) + "<br>"
              + d.pct(rate(t["col"], t["ass"]), segment="total", **k) + "</td>")
    return ('<table class="small" style="width:120mm"><tr><th>令和７年度目標</th><th>現年度分</th><th>滞納繰越分</th>'
            f'<th>計</th></tr><tr><th class="stack">収入未済額（千円）<br>収納率（％）</th>{cells}</tr></table>')


def items_block(name: str, items: list[tuple[str, str | None]], section="取組内容") -> str:
    short, canon, dept, cls = META[name]
    marks = "①②③④⑤⑥⑦⑧"
    lis = ""
    for i, (text, st) in enumerate(items):
        d.init(text, debt=canon, debt_raw=name, fy=TY, section=section, label=marks[i], status=st)
        tag = f"【{st}】" if st else ""
        lis += f"<li>{marks[i]}{text}{tag}</li>"
    return (f'<table><tr><td class="vert">{section}</td><td style="padding:2mm 3mm">'
            f'<ol class="items">{lis}</ol></td></tr></table>')



def results_block(title: str, rows: list[tuple[str, int, int]]) -> str:
    body = "".join(f'<tr class="z"><td>{a}</td>{td(comma(b))}{td(comma(c))}{td(comma(c - b))}</tr>' for a, b, c in rows)
    return (f'<h3>{title}</h3><div class="unit">（単位：件）</div><table class="small" style="width:130mm">'
            f"<tr><th>項目</th><th>令和5年度</th><th>令和6年度</th><th>増減</th></tr>{body}</table>")


# ---------------------------------------------------------------- page 4: 市税 (three-level header table)
TAXES = [("個人市民税", "個人市民税", 0.44), ("法人市民税", "法人市民税", 0.09), ("固定資産税", "固定資産税", 0.41),
         ("軽自動車税", "軽自動車税", 0.06)]


def tax_split(y: int) -> list[tuple[str, dict]]:
    """Split 市税 into 税目; the largest (個人市民税) takes the remainder so the 税目 add up to 市税計."""
    import random as _r
    v = data["市税"][y]
    rr = _r.Random(y)
    parts = {}
    for lab, canon, share in TAXES[1:]:
        ca = int(round(v["cur_ass"] * share))
        cc = min(int(round(ca * (v["cur_col"] / v["cur_ass"] + rr.uniform(-0.004, 0.001)))), ca)
        aa = int(round(v["arr_ass"] * share))
        ac = int(round(aa * (v["arr_col"] / v["arr_ass"] + rr.uniform(-0.04, 0.04))))
        parts[lab] = dict(cur_ass=ca, cur_col=cc, arr_ass=aa, arr_col=ac)
    first = {k_: v[k_] - sum(p[k_] for p in parts.values()) for k_ in ("cur_ass", "cur_col", "arr_ass", "arr_col")}
    return [(TAXES[0][0], first)] + [(lab, parts[lab]) for lab, _c, _s in TAXES[1:]]


head1 = '<tr><th rowspan="3">税目</th>' + "".join(f'<th colspan="6">{YL[y]}（決算）</th>' for y in (2023, 2024)) + "</tr>"
head2 = "<tr>" + '<th colspan="3">現年課税分</th><th colspan="3">滞納繰越分</th>' * 2 + "</tr>"
head3 = "<tr>" + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 4 + "</tr>"
body = ""
split = {y: tax_split(y) for y in (2023, 2024)}
for i in range(len(TAXES) + 1):
    cells = ""
    for y in (2023, 2024):
        if i < len(TAXES):
            lab, v = split[y][i]
            canon, raw = TAXES[i][1], TAXES[i][0]
        else:
            lab, v, canon, raw = "市税計", data["市税"][y], "市税", "市税計"
        for seg, p in (("current", "cur"), ("arrears", "arr")):
            k = dict(debt=canon, debt_raw=raw, fy=y, fy_raw=YL[y], segment=seg, basis="actual")
            cells += td(d.yen(v[f"{p}_ass"] * 1000, metric="assessed", **k))
            cells += td(d.yen(v[f"{p}_col"] * 1000, metric="collected", **k))
            cells += td(d.pct(rate(v[f"{p}_col"], v[f"{p}_ass"]), **k))
    label = TAXES[i][0] if i < len(TAXES) else "市税計"
    body += f'<tr class="{"sum" if i == len(TAXES) else "z"}"><td>{label}</td>{cells}</tr>'
tax3 = f'<div class="unit">（単位：千円、％）</div><table class="small">{head1}{head2}{head3}{body}</table>'

p4 = strip("市税", 1)
p4 += "<h3>１　収納状況の推移</h3>" + trend_table("市税")
p4 += "<h3>２　税目別の収納状況</h3>" + tax3
p4 += "<h3>３　目標</h3>" + target_block("市税")
p4 += "<h3>４　取組</h3>" + items_block("市税", [
    ("納期内納付を促すため、広報紙、市ホームページ及びＳＮＳで納期限を周知する。", "継続"),
    ("督促状発送後、未納者に対して電話及びＳＭＳによる早期催告を実施する。", "拡充"),
    ("滞納繰越となった事案について、財産調査を早期に行い、差押え等の滞納処分を徹底する。", "継続"),
    ("地方税統一ＱＲコードを活用したスマートフォン決済による納付を案内する。", "新規"),
])
page(p4, tag="資料３")

# ---------------------------------------------------------------- page 5: 国民健康保険税 (with 滞納世帯数)
hh = {2021: 1_284, 2022: 1_203, 2023: 1_137, 2024: 1_058, 2025: 990}
extra = '<tr><th colspan="2">滞納世帯数（世帯）</th>'
for y in YEARS + [TY]:
    extra += td(d.count(hh[y], "households", debt="国民健康保険料", debt_raw="国民健康保険税", fy=y, fy_raw=YL[y],
                        basis="target" if y == TY else "actual"))
extra += "</tr>"
p5 = strip("国民健康保険税", 2)
p5 += "<h3>１　収納状況の推移</h3>" + trend_table("国民健康保険税", extra)
p5 += "<h3>２　目標</h3>" + target_block("国民健康保険税")
p5 += "<h3>３　取組</h3>" + items_block("国民健康保険税", [
    ("新規加入世帯に対し、加入手続の際に口座振替の申込みを勧奨する。", "継続"),
    ("短期被保険者証の更新時に納付相談を行い、分納計画の履行状況を確認する。", "継続"),
    ("納期限後３０日を経過した未納世帯に対し、コールセンターから電話催告を行う。", "拡充"),
    ("滞納繰越分のうち、財産調査により換価可能な財産が判明したものは速やかに差し押さえる。", "継続"),
    ("マイナ保険証への移行に合わせ、資格確認書の交付時に納付状況の確認を行う。", "新規"),
])
v6 = data["国民健康保険税"][2024]
v5 = data["国民健康保険税"][2023]
r6, r5 = rate(v6["cur_col"], v6["cur_ass"]), rate(v5["cur_col"], v5["cur_ass"])
p5 += ('<h3>４　課題</h3><div style="line-height:1.7">　被保険者数の減少により調定額は減少しているが、所得の低い世帯の割合が'
       "高く、滞納繰越分の収納率は他の税目と比べて低い水準にある。令和６年度の現年度分の収納率は、前年度から"
       + d.pct(round(r6 - r5, 2), metric="difference", unit="points", debt="国民健康保険料", debt_raw="国民健康保険税",
               fy=2024, fy_raw="令和６年度", segment="current", suffix="ポイント")
       + "上昇したものの、県内市の平均を下回っている。</div>")
p5 += results_block("５　令和６年度の主な取組実績", [("督促状発送件数", 9_842, 9_315), ("電話催告件数", 3_120, 3_884),
                                                ("財産調査件数", 1_452, 1_506), ("差押件数", 208, 231),
                                                ("執行停止件数", 96, 88)])
page(p5)

# ---------------------------------------------------------------- page 6: 介護保険料
p6 = strip("介護保険料", 3)
p6 += "<h3>１　収納状況の推移</h3>" + trend_table("介護保険料")
p6 += "<h3>２　目標</h3>" + target_block("介護保険料")
p6 += "<h3>３　取組</h3>" + items_block("介護保険料", [
    ("普通徴収の被保険者に対し、年金からの特別徴収への切替え時期を個別に案内する。", "継続"),
    ("滞納期間に応じた給付制限の内容を周知し、早期の納付を促す。", "継続"),
    ("６５歳到達者への通知に口座振替依頼書を同封する。", "新規"),
])
p6 += ('<div class="box" style="line-height:1.7"><b>【参考】給付制限の状況（令和６年度末）</b><br>'
       "・償還払いへの変更：１２人<br>・給付額の減額：７人<br>・保険給付の一時差止め：０人</div>")
p6 += results_block("４　令和６年度の主な取組実績", [("督促状発送件数", 4_215, 4_102), ("催告書発送件数", 1_388, 1_342),
                                                ("特別徴収切替案内件数", 612, 655), ("差押件数", 14, 17)])
page(p6)

# ---------------------------------------------------------------- page 7: 市営住宅使用料
p7 = strip("市営住宅使用料", 4)
p7 += "<h3>１　収納状況の推移</h3>" + trend_table("市営住宅使用料")
p7 += "<h3>２　目標</h3>" + target_block("市営住宅使用料")
p7 += "<h3>３　取組</h3>" + items_block("市営住宅使用料", [
    ("入居時の説明会で口座振替の利用を原則とし、納付方法を丁寧に説明する。", "継続"),
    ("３か月以上滞納している入居者に対し、連帯保証人へ同時に通知する。", "継続"),
    ("退去済み滞納者の所在調査を行い、支払督促の申立てを実施する。", "拡充"),
    ("高額・長期滞納者に対しては、明渡し請求訴訟の提起を検討する。", "継続"),
])
p7 += ('<h3>４　課題</h3><div style="line-height:1.7">　滞納繰越分のうち、退去済みの者に係る分が約６割を占めており、'
       "所在不明となる事案も増えている。法的措置に要する事務量が増加していることから、債権管理担当との連携を強化する。</div>")
p7 += results_block("５　令和６年度の主な取組実績", [("催告書発送件数", 486, 452), ("連帯保証人への通知件数", 73, 81),
                                                ("臨戸訪問件数", 118, 142), ("支払督促申立件数", 3, 5),
                                                ("明渡し請求訴訟件数", 1, 2)])
page(p7)


def build():
    html = (f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>'
            + "".join(pages_html) + "</body></html>")
    src = WORK / f"{STEM}.html"
    src.write_text(html, encoding="utf-8")
    chromium_pdf(src, PDF_DIR / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
    d.write_gold(kind="committee_material", family="kobetsu", municipality=CITY,
                 title="令和７年度 第１回 総社市債権管理対策会議 会議資料", date="2025-07-22",
                 date_raw="令和７年７月２２日（火）")
