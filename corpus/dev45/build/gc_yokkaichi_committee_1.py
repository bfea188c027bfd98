#!/usr/bin/env python3
"""gc_yokkaichi_committee_1: 四日市市債権管理推進会議 資料 with 取組個票 (HTML/CSS -> chromium).

Run from corpus/dev45:  python3 build/gc_yokkaichi_committee_1.py
All figures are invented; the layout follows real 債権管理委員会・推進会議 資料 (取組個票 per debt).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gc_common import Gold, comma, rate, rfmt, signed, check_pdf  # noqa: E402

STEM = "gc_yokkaichi_committee_1"
WORK = Path("/tmp/gc_work")
WORK.mkdir(parents=True, exist_ok=True)
PDF = Path("pdf") / f"{STEM}.pdf"
GOLD = Path("gold") / f"{STEM}.json"

G = Gold(STEM, "committee_material", "kobetsu", "四日市市",
         "令和５年度 第３回 四日市市債権管理推進会議", "2024-03-21", "令和６年３月２１日（木）")

AS_OF = "2024-02-29"        # 令和６年２月末 (leap year) -> 令和５年度
AS_OF_PREV = "2023-02-28"   # 前年同月

# ---------------------------------------------------------------- data (千円)
# key: (canonical debt, printed name, 所管課, 債権区分)
DEBTS = {
    "tax": ("市税", "市税", "財政経営部 収納推進課", "強制徴収公債権"),
    "nhi": ("国民健康保険料", "国民健康保険税", "健康福祉部 保険年金課", "強制徴収公債権"),
    "care": ("介護保険料", "介護保険料", "健康福祉部 介護保険課", "強制徴収公債権"),
    "elder": ("後期高齢者医療保険料", "後期高齢者医療保険料", "健康福祉部 保険年金課", "強制徴収公債権"),
    "nursery": ("保育料", "保育所保育料", "こども未来部 保育幼稚園課", "強制徴収公債権"),
    "housing": ("市営住宅使用料", "市営住宅使用料", "都市整備部 市営住宅課", "私債権"),
    "sewer": ("下水道使用料", "下水道使用料", "上下水道局 営業課", "強制徴収公債権"),
}
ORDER = ["tax", "nhi", "care", "elder", "nursery", "housing", "sewer"]
YEARS = [2019, 2020, 2021, 2022, 2023]   # 2023 = 令和５年度見込 (estimate)

# (arrears assessed of 2019, [(current assessed, current rate, arrears rate, write-off share) per year])
PARAMS = {
    "tax": (2451386, [(41520330, 98.92, 24.13, .08), (40218774, 98.61, 23.47, .07), (41902115, 98.98, 26.81, .08),
                      (42611408, 99.08, 28.36, .09), (42984550, 99.15, 30.18, .09)]),
    "nhi": (2104512, [(7215340, 93.52, 18.24, .12), (7102218, 93.18, 18.87, .11), (7011437, 93.96, 19.73, .12),
                      (6954120, 94.31, 20.79, .13), (6912447, 94.62, 21.62, .13)]),
    "care": (190215, [(5012334, 98.91, 14.23, .25), (5098710, 98.95, 15.06, .24), (5156208, 99.02, 16.41, .26),
                      (5198433, 99.11, 17.18, .25), (5221905, 99.18, 18.07, .25)]),
    "elder": (42118, [(2614502, 99.48, 33.12, .20), (2702316, 99.51, 34.25, .21), (2815532, 99.53, 35.61, .19),
                      (2946210, 99.57, 36.84, .20), (3027440, 99.60, 38.17, .20)]),
    "nursery": (95233, [(905421, 98.62, 18.43, .15), (681205, 98.70, 19.58, .16), (642118, 98.77, 21.24, .15),
                        (628904, 98.85, 22.07, .14), (614372, 98.91, 23.39, .15)]),
    "housing": (131502, [(421388, 96.84, 10.22, .10), (416205, 96.95, 10.83, .09), (410347, 97.08, 11.57, .11),
                         (405118, 97.21, 12.41, .10), (402816, 97.33, 13.08, .10)]),
    "sewer": (160220, [(4801325, 99.02, 45.23, .05), (4855910, 99.06, 46.78, .05), (4890211, 99.10, 48.31, .06),
                       (4912605, 99.14, 50.12, .05), (4951830, 99.21, 51.57, .05)]),
}


def build_series(arr0, params):
    rows, arr = {}, arr0
    for y, (ca, cr, ar, wf) in zip(YEARS, params):
        cc = round(ca * cr / 100)
        ac = round(arr * ar / 100)
        wo = round((arr - ac) * wf)
        ou = ca - cc + arr - ac - wo
        rows[y] = dict(ca=ca, cc=cc, aa=arr, ac=ac, wo=wo, out=ou,
                       cr=rate(cc, ca), ar=rate(ac, arr), tr=rate(cc + ac, ca + arr))
        arr = ou
    return rows


S = {k: build_series(*PARAMS[k]) for k in ORDER}

# interim 令和６年２月末 (fy2023) and 前年同月 令和５年２月末 (fy2022)
INT_SHIFT = {"tax": (2.2537, 3.1372), "nhi": (6.9148, 4.7731), "care": (3.6362, 3.8817), "elder": (1.9271, 6.2384),
             "nursery": (3.4153, 5.0692), "housing": (4.1126, 2.6433), "sewer": (4.6275, 8.3351)}
PREV_SHIFT = {"tax": (2.4168, 3.5216), "nhi": (7.2863, 5.2447), "care": (3.5179, 4.3625), "elder": (2.0342, 5.8871),
              "nursery": (3.1764, 5.5128), "housing": (4.2917, 2.4255), "sewer": (4.8836, 8.6142)}


def interim(k, y, shift, factor):
    r = S[k][y]
    ca = round(r["ca"] * factor)
    cc = round(ca * (r["cc"] / r["ca"] * 100 - shift[0]) / 100)
    aa = r["aa"]
    ac = round(aa * (r["ac"] / aa * 100 - shift[1]) / 100)
    return dict(ca=ca, cc=cc, aa=aa, ac=ac, cr=rate(cc, ca), ar=rate(ac, aa),
                ta=ca + aa, tc=cc + ac, tr=rate(cc + ac, ca + aa), out=ca + aa - cc - ac)


I = {k: interim(k, 2023, INT_SHIFT[k], 0.9968) for k in ORDER}
P = {k: interim(k, 2022, PREV_SHIFT[k], 0.9971) for k in ORDER}
TOT_I = {f: sum(I[k][f] for k in ORDER) for f in ("ca", "cc", "aa", "ac", "ta", "tc", "out")}
TOT_I.update(cr=rate(TOT_I["cc"], TOT_I["ca"]), ar=rate(TOT_I["ac"], TOT_I["aa"]), tr=rate(TOT_I["tc"], TOT_I["ta"]))
NO_PREV = {"nursery"}   # 集計方法変更のため前年同月は「－」
TOT_P = {f: sum(P[k][f] for k in ORDER) for f in ("ta", "tc")}   # 計 includes 保育所保育料
TOT_P["tr"] = rate(TOT_P["tc"], TOT_P["ta"])

# 全会計 (all accounts) R4 決算 and history, 千円: major 7 + the other debts
OTHER = {2018: (1402331, 1268540, 21775, 243561), 2019: (1389210, 1261187, 18845, 231908),
         2020: (1377560, 1243905, 17322, 239410), 2021: (1365918, 1238417, 16534, 219022),
         2022: (1351207, 1230114, 15226, 215811)}   # assessed, collected, written off, outstanding


def all_accounts(y):
    oa, oc, ow, oo = OTHER[y]
    if y == 2018:
        return None, None, None, 5134218
    a = sum(S[k][y]["ca"] + S[k][y]["aa"] for k in ORDER) + oa
    c = sum(S[k][y]["cc"] + S[k][y]["ac"] for k in ORDER) + oc
    w = sum(S[k][y]["wo"] for k in ORDER) + ow
    o = a - c - w
    return a, c, w, o


# targets
TARGET23 = {   # 令和５年度目標 (current, arrears, total) and 令和４年度目標 for 国保 brackets
    "tax": (99.10, 30.00, 96.50), "nhi": (94.80, 22.00, 81.20), "care": (99.20, 18.50, 97.10),
    "housing": (97.50, 13.50, 82.50),
}
TARGET22_NHI = (94.50, 21.00, 79.80)
TARGET24 = {
    "tax": (99.18, 31.00, 97.00), "nhi": (94.70, 22.30, 81.50), "care": (99.20, 18.60, 97.20),
    "elder": (99.62, 38.50, 99.10), "nursery": (98.95, 24.00, 94.80), "housing": (97.40, 13.50, 83.00),
    "sewer": (99.22, 52.00, 98.45),
}
OUT_TARGET24 = {"tax": 1210000, "nhi": 1380000, "care": 121000, "elder": 24000, "nursery": 28500,
                "housing": 74000, "sewer": 72000}

# ---------------------------------------------------------------- helpers
def dn(k):
    return DEBTS[k][0]


def dr(k):
    return DEBTS[k][1]


def F(page, k, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw):
    debt = dn(k) if k in DEBTS else None
    debt_raw = dr(k) if k in DEBTS else k
    return G.fact(page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw)


def K(page, k, fy, fy_raw, seg, metric, basis, v_k, **kw):
    """an amount printed in 千円"""
    return F(page, k, fy, fy_raw, seg, metric, basis, v_k * 1000, "yen", comma(v_k), **kw)


def R(page, k, fy, fy_raw, seg, basis, v, nd=2, metric="collection_rate", **kw):
    return F(page, k, fy, fy_raw, seg, metric, basis, v, "percent", rfmt(v, nd), **kw)


def D(page, k, fy, fy_raw, seg, basis, v, nd=2, minus="▲", **kw):
    raw = signed(round(v, nd), "{:." + str(nd) + "f}", minus)
    return F(page, k, fy, fy_raw, seg, "difference", basis, round(v, nd), "points", raw, **kw)


def td(x, cls="num", extra=""):
    return f'<td class="{cls}"{extra}>{x}</td>'


CSS = """
@page { size: A4 portrait; margin: 13mm 14mm 10mm 14mm; }
@page land { size: A4 landscape; margin: 11mm 13mm 9mm 13mm; }
* { box-sizing: border-box; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 9.5pt; margin: 0; color: #111; }
.page { break-after: page; position: relative; height: 272mm; }
.page.last { break-after: auto; }
.land { page: land; height: 188mm; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; text-align: center; font-size: 8.5pt; }
.tag { display: inline-block; border: 1.2pt solid #000; padding: 1px 10px; font-size: 11pt; float: right; }
h1 { font-size: 15pt; text-align: center; margin: 6mm 0 3mm; font-weight: bold; }
h2 { font-size: 12pt; margin: 3mm 0 2mm; border-left: 5pt solid #2f4f7f; padding-left: 5px; }
h3 { font-size: 10pt; margin: 3mm 0 1.5mm; }
table { border-collapse: collapse; }
td, th { border: 0.6pt solid #444; padding: 2px 4px; vertical-align: middle; }
th { background: #dce3ee; font-weight: normal; text-align: center; }
.num { text-align: right; white-space: nowrap; }
.c { text-align: center; }
.unit { text-align: right; font-size: 8pt; margin: 0 0 1mm; }
.zebra { width: 100%; }
.zebra th { border: none; background: #2f4f7f; color: #fff; border-right: 1pt solid #fff; border-bottom: 1pt solid #fff; }
.zebra td { border: none; padding: 6px 6px; font-size: 10pt; }
.zebra th { font-size: 9.5pt; padding: 4px; }
.zebra tbody tr:nth-child(even) td { background: #e8edf4; }
.zebra tbody tr.sum td { background: #c9d4e6; font-weight: bold; border-top: 1.2pt solid #2f4f7f; }
.note { font-size: 8pt; margin: 1mm 0; }
.box { border: 1pt solid #333; padding: 2mm 3mm; margin: 2mm 0; }
.strip { width: 100%; margin-bottom: 2mm; }
.strip th { width: 13%; background: #2f4f7f; color: #fff; }
.strip td { font-size: 10.5pt; }
.sheet { width: 100%; }
.sheet td.num { width: 15%; }
.sheet td, .sheet th { padding: 3px 5px; }
.issue { line-height: 1.6; margin: 0 0 0 4mm; }
.items { margin: 1mm 0 1mm 0; padding: 0; list-style: none; }
.items li { margin: 0 0 1.2mm 0; padding-left: 1.4em; text-indent: -1.4em; line-height: 1.45; }
.vert { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 2pt; width: 8mm; }
.two { display: flex; gap: 6mm; align-items: flex-start; }
.stack td.num { line-height: 1.3; }
.src { font-size: 8pt; text-align: right; margin-top: 1mm; }
"""

pages: list[str] = []


def page(html, land=False, last=False):
    n = len(pages) + 1
    cls = "page" + (" land" if land else "") + (" last" if last else "")
    pages.append(f'<div class="{cls}">{html}<div class="foot">－ {n} －</div></div>')


# ---------------------------------------------------------------- p1 次第・目次
def p1():
    h = """
<div style="text-align:right">令和６年３月２１日</div>
<h1>令和５年度 第３回 四日市市債権管理推進会議</h1>
<div style="text-align:center;font-size:12pt;letter-spacing:6pt;margin-bottom:5mm">次　第</div>
<table style="margin:0 auto 4mm;border:none"><tr><td style="border:none">日時</td><td style="border:none">令和６年３月２１日（木）午後２時００分から</td></tr>
<tr><td style="border:none">場所</td><td style="border:none">四日市市役所本庁舎８階　東委員会室</td></tr></table>
<div style="margin-left:12mm;line-height:2.0;font-size:10.5pt">
１　開　会<br>
２　報告事項<br>
&emsp;（１）主要債権の収納状況（令和６年２月末現在）　……………　資料１（２～３ページ）<br>
&emsp;（２）主要債権の取組個票　……………………………………　資料２（４～７ページ）<br>
３　協議事項<br>
&emsp;（１）令和６年度 主要債権の目標（案）について　……………　資料３（８ページ）<br>
４　その他<br>
５　閉　会
</div>
<div class="box" style="margin:8mm 12mm 0">
<div style="font-weight:bold;margin-bottom:2mm">【取組個票　目次】</div>
<table style="width:100%;border:none;font-size:10pt">
<tr><td style="border:none">No.１　市税</td><td style="border:none;text-align:right">……………　４ページ</td></tr>
<tr><td style="border:none">No.２　国民健康保険税</td><td style="border:none;text-align:right">……………　５ページ</td></tr>
<tr><td style="border:none">No.３　介護保険料</td><td style="border:none;text-align:right">……………　６ページ</td></tr>
<tr><td style="border:none">No.４　市営住宅使用料</td><td style="border:none;text-align:right">……………　７ページ</td></tr>
</table></div>
<div style="margin:8mm 12mm 0;font-size:9pt;line-height:1.7">
<b>構成員</b>　会長：副市長　／　委員：政策推進部長、総務部長、財政経営部長、健康福祉部長、こども未来部長、都市整備部長、上下水道局長<br>
<b>事務局</b>　財政経営部 収納推進課
</div>
"""
    page(h)


# ---------------------------------------------------------------- p2 summary (landscape, 3-level header)
def p2():
    pg = 2
    fy, fr = 2023, "令和６年２月末"
    rows = []
    for k in ORDER + ["計"]:
        d = TOT_I if k == "計" else I[k]
        name = "計" if k == "計" else dr(k)
        cells = [f'<td>{name}</td>']
        for seg, a, c, r in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar"), ("total", "ta", "tc", "tr")):
            cells.append(td(K(pg, k, fy, fr, seg, "assessed", "interim", d[a], as_of=AS_OF)))
            cells.append(td(K(pg, k, fy, fr, seg, "collected", "interim", d[c], as_of=AS_OF)))
            raw = R(pg, k, fy, fr, seg, "interim", d[r], as_of=AS_OF)
            if k == "housing" and seg == "arrears":
                raw += "※2"
            cells.append(td(raw))
        rows.append(f'<tr class="{"sum" if k == "計" else ""}">' + "".join(cells) + "</tr>")
    # footnote figure (※3): part of 国保 arrears assessed
    foot = F(pg, "nhi", fy, fr, "arrears", "assessed", "interim", 8214000, "yen", "8,214千円", as_of=AS_OF)
    G.facts[-1]["debt_raw"] = "国民健康保険税（退職被保険者等分）"
    h = f"""
<span class="tag">資料１</span>
<h2 style="margin-top:1mm">主要債権の収納状況（令和６年２月末現在）</h2>
<div class="unit">（単位：千円、％）</div>
<table class="zebra">
<thead>
<tr><th rowspan="3" style="width:13%">債権名</th><th colspan="9">令和６年２月末現在</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="3">合計</th></tr>
<tr><th>調定額※1</th><th>収入済額</th><th>収納率</th><th>調定額※1</th><th>収入済額</th><th>収納率</th><th>調定額※1</th><th>収入済額</th><th>収納率</th></tr>
</thead>
<tbody>{''.join(rows)}</tbody></table>
<div class="note" style="margin-top:2mm">※1　調定額は、令和６年２月末日までに調定した額の累計である（滞納繰越分は年度当初の繰越額から調定減額分を控除した額）。</div>
<div class="note">※2　市営住宅使用料の滞納繰越分には、退去者に係る分を含む。</div>
<div class="note">※3　国民健康保険税の滞納繰越分の調定額には、退職被保険者等分 {foot} を含む。</div>
<div class="note" style="text-align:right">（次頁に続く）</div>
"""
    page(h, land=True)


# ---------------------------------------------------------------- p3 continuation + 参考
def chart_svg(pg):
    ys = [(2018, "H30"), (2019, "R元"), (2020, "R2"), (2021, "R3"), (2022, "R4")]
    vals = []
    for y, lab in ys:
        o = all_accounts(y)[3]
        m = round(o / 1000, 1)   # 百万円
        raw = f"{m:,.1f}"
        yr_raw = {"H30": "H30", "R元": "R元"}.get(lab, lab)
        G.fact(pg, None, "全会計", y, yr_raw, "total", "outstanding", "actual", round(m * 1000000), "yen", raw)
        vals.append((lab, m, raw))
    W, H, base = 380, 190, 160
    mx = 6000
    bw = 44
    parts = [f'<svg width="{W}" height="{H}" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAexGothic">',
             f'<line x1="30" y1="{base}" x2="{W - 10}" y2="{base}" stroke="#333" stroke-width="1"/>']
    for i, (lab, m, raw) in enumerate(vals):
        x = 45 + i * 66
        hgt = m / mx * 130
        parts.append(f'<rect x="{x}" y="{base - hgt:.1f}" width="{bw}" height="{hgt:.1f}" fill="#5b7db1"/>')
        parts.append(f'<text x="{x + bw / 2}" y="{base - hgt - 4:.1f}" font-size="10" text-anchor="middle">{raw}</text>')
        parts.append(f'<text x="{x + bw / 2}" y="{base + 14}" font-size="10" text-anchor="middle">{lab}</text>')
    parts.append('</svg>')
    return "".join(parts)


def p3():
    pg = 3
    rows = []
    for k in ORDER + ["計"]:
        d = TOT_I if k == "計" else I[k]
        name = "計" if k == "計" else dr(k)
        cells = [f'<td>{name}</td>']
        cells.append(td(K(pg, k, 2023, "令和６年２月末", "total", "outstanding", "interim", d["out"], as_of=AS_OF)))
        if k in NO_PREV:
            cells += [td("－", "c")] * 4
            note = "令和５年度から集計方法を変更したため個別の前年同月比較なし（計には含む）"
        else:
            p = TOT_P if k == "計" else P[k]
            cells.append(td(K(pg, k, 2022, "令和５年２月末", "total", "assessed", "interim", p["ta"], as_of=AS_OF_PREV)))
            cells.append(td(K(pg, k, 2022, "令和５年２月末", "total", "collected", "interim", p["tc"], as_of=AS_OF_PREV)))
            cells.append(td(R(pg, k, 2022, "令和５年２月末", "total", "interim", p["tr"], as_of=AS_OF_PREV)))
            cells.append(td(D(pg, k, 2023, "令和６年２月末", "total", "interim", d["tr"] - p["tr"], as_of=AS_OF)))
            note = ""
        cells.append(f'<td style="font-size:7.5pt">{note}</td>')
        rows.append(f'<tr class="{"sum" if k == "計" else ""}">' + "".join(cells) + "</tr>")
    # 参考 box: 全会計 R4
    a, c, w, o = all_accounts(2022)
    fr = "令和４年度"
    box = [
        f"・調定額：{K(pg, '全会計', 2022, fr, 'total', 'assessed', 'actual', a)}千円",
        f"・収入済額：{K(pg, '全会計', 2022, fr, 'total', 'collected', 'actual', c)}千円",
        f"・不納欠損額：{K(pg, '全会計', 2022, fr, 'total', 'written_off', 'actual', w)}千円",
        f"・収入未済額：{K(pg, '全会計', 2022, fr, 'total', 'outstanding', 'actual', o)}千円",
        f"・収納率：{R(pg, '全会計', 2022, fr, 'total', 'actual', rate(c, a))}％",
    ]
    # 【収納率】 bullets for 市税 (segments only)
    t, p = I["tax"], P["tax"]
    bl = [
        ("現年分", "current", t["cr"], p["cr"]),
        ("滞繰分", "arrears", t["ar"], p["ar"]),
        ("合計", "total", t["tr"], p["tr"]),
    ]
    bullets = []
    for lab, seg, v, pv in bl:
        a1 = R(pg, "tax", 2023, "令和６年２月末", seg, "interim", v, as_of=AS_OF)
        a2 = R(pg, "tax", 2022, "前年同月", seg, "interim", pv, as_of=AS_OF_PREV)
        bullets.append(f"<li>・{lab}　{a1}％（前年同月 {a2}％）</li>")
    h = f"""
<span class="tag">資料１</span>
<h2 style="margin-top:1mm">主要債権の収納状況（令和６年２月末現在）（続き）</h2>
<div class="unit">（単位：千円、％）</div>
<table class="zebra">
<thead>
<tr><th rowspan="2" style="width:13%">債権名</th><th rowspan="2">収入未済額<br>（令和６年２月末）</th><th colspan="3">前年同月（令和５年２月末）・合計</th><th rowspan="2">収納率の差<br>（前年同月比）</th><th rowspan="2" style="width:22%">備考</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th></tr>
</thead>
<tbody>{''.join(rows)}</tbody></table>
<div class="note">※　収納率の差は、令和６年２月末の合計収納率から前年同月の合計収納率を差し引いたもの（▲は低下）。</div>
<div class="two" style="margin-top:3mm">
 <div style="width:50%">
  <div style="font-weight:bold">【参考】収入未済額の推移（全会計・各年度決算）</div>
  <div class="unit">（単位：百万円）</div>
  <div class="box" style="margin-top:0">{chart_svg(pg)}</div>
  <div class="src">出典：各年度 四日市市一般会計・特別会計歳入歳出決算書</div>
 </div>
 <div style="width:48%">
  <div class="box" style="margin-top:0">
   <div style="font-weight:bold;margin-bottom:1mm">【参考】令和４年度決算の状況（全会計）</div>
   {'<br>'.join(box)}
  </div>
  <div class="box">
   <div style="font-weight:bold">市税の状況</div>
   <div style="margin:1mm 0">【収納率】令和６年２月末時点</div>
   <ul class="items">{''.join(bullets)}</ul>
  </div>
 </div>
</div>
"""
    page(h, land=True)


# ---------------------------------------------------------------- sheet helpers
def strip(k, no):
    c, n, dept, kubun = DEBTS[k]
    return (f'<div style="font-weight:bold;font-size:11pt;margin-bottom:1mm">資料２　取組個票　No.{no}</div>'
            f'<table class="strip"><tr><th>債権名</th><td>{n}</td><th>所管課</th><td>{dept}</td>'
            f'<th>債権区分</th><td>{kubun}</td></tr></table>')


def trend_rows(pg, k, cols, ylabels, unit_in_header=False):
    """years as columns: 現年/滞繰 (調定・収入済・収納率), 合計収納率, 不納欠損額, 収入未済額"""
    s = S[k]
    html = []
    u_k = "（千円）" if unit_in_header else ""
    u_p = "（％）" if unit_in_header else ""

    def basis(y):
        return "estimate" if y == 2023 else "actual"

    for seg, lab, a, c, r in (("current", "現年度分", "ca", "cc", "cr"), ("arrears", "滞納繰越分", "aa", "ac", "ar")):
        for i, (mlab, fld, kind) in enumerate(((f"調定額{u_k}", a, "assessed"), (f"収入済額{u_k}", c, "collected"),
                                             (f"収納率{u_p}", r, "rate"))):
            tr = "<tr>" + (f'<th rowspan="3">{lab}</th>' if i == 0 else "") + f"<th>{mlab}</th>"
            for y in cols:
                if kind == "rate":
                    tr += td(R(pg, k, y, ylabels[y], seg, basis(y), s[y][fld]))
                else:
                    tr += td(K(pg, k, y, ylabels[y], seg, kind, basis(y), s[y][fld]))
            html.append(tr + "</tr>")
    tr = f'<tr><th colspan="2">合計収納率{u_p}</th>' + "".join(
        td(R(pg, k, y, ylabels[y], "total", basis(y), s[y]["tr"])) for y in cols) + "</tr>"
    html.append(tr)
    tr = f'<tr><th colspan="2">不納欠損額{u_k}</th>' + "".join(
        td(K(pg, k, y, ylabels[y], "total", "written_off", basis(y), s[y]["wo"])) for y in cols) + "</tr>"
    html.append(tr)
    tr = f'<tr><th colspan="2">収入未済額{u_k}</th>' + "".join(
        td(K(pg, k, y, ylabels[y], "total", "outstanding", basis(y), s[y]["out"])) for y in cols) + "</tr>"
    html.append(tr)
    return "".join(html)


def items_html(pg, k, fy, section, items, label_fmt):
    out = []
    for i, it in enumerate(items):
        text, status = it[0], it[1]
        alone = len(it) > 2 and it[2]
        lab = label_fmt(i)
        G.initiative(pg, dn(k), dr(k), fy, section, lab, text, status)
        tag = f"【{status}】" if status else ""
        if alone:
            out.append(f"<li>{lab}　{text}<br><span style='padding-left:1.4em'>{tag}</span></li>")
        else:
            out.append(f"<li>{lab}　{text}{tag}</li>")
    return '<ul class="items">' + "".join(out) + "</ul>"


CIRC = "①②③④⑤⑥⑦⑧"


def achievement_table(pg, k):
    s = S[k][2023]
    t = TARGET23[k]
    rows = []
    for lab, seg, est, tg in (("現年度分", "current", s["cr"], t[0]), ("滞納繰越分", "arrears", s["ar"], t[1]),
                              ("合計", "total", s["tr"], t[2])):
        rows.append("<tr>" + f"<th>{lab}</th>"
                    + td(R(pg, k, 2023, "令和５年度", seg, "target", tg))
                    + td(R(pg, k, 2023, "令和５年度", seg, "estimate", est))
                    + td(D(pg, k, 2023, "令和５年度", seg, "estimate", est - tg))
                    + td(f"{est / tg * 100:.1f}") + "</tr>")
    return ('<table class="sheet" style="width:75%"><tr><th style="width:22%">区分</th><th>目標</th><th>見込</th>'
            '<th>差（見込－目標）</th><th>達成率</th></tr>' + "".join(rows) + "</table>")


# ---------------------------------------------------------------- p4 市税
def p4():
    pg, k = 4, "tax"
    cols = [2019, 2020, 2021, 2022, 2023]
    yl = {2019: "令和元年度", 2020: "２年度", 2021: "３年度", 2022: "４年度", 2023: "５年度"}
    head = ('<tr><th colspan="2" style="width:25%">区分</th><th>令和元年度</th><th>２年度</th><th>３年度</th>'
            '<th>４年度</th><th>５年度見込</th></tr>')
    items = [
        ("納期限後20日以内に督促状を発送し、その後の電話催告及びSMS催告により初期滞納者への早期接触を図る。", "継続"),
        ("滞納繰越２年目以降の事案は特別滞納整理係へ移管し、財産調査から差押えまでを集中的に行う。", "継続"),
        ("三重地方税管理回収機構への引継ぎ事案を拡大し、高額・困難案件の整理を進める。", "拡充"),
        ("地方税統一QRコードを活用したスマートフォン決済の周知を強化し、納期内納付を促進する。", "継続"),
        ("預貯金等照会の電子化の対象金融機関を拡大し、財産調査事務の効率化を図る。", "新規"),
    ]
    t = TARGET24[k]
    h = (strip(k, "１")
         + '<h3>１　収納状況の推移</h3><div class="unit">（単位：千円、％）</div>'
         + f'<table class="sheet">{head}{trend_rows(pg, k, cols, yl)}</table>'
         + '<div class="note">※　令和元年度から４年度までは決算額、５年度は決算見込額である。</div>'
         + '<div style="font-weight:bold;margin-top:2mm">【現状と課題】</div><p class="issue">現年度分の収納率は上昇傾向にあるが、滞納繰越分には高額・長期の困難案件が残っており、滞納繰越分の圧縮が引き続き課題である。また、納税者の高齢化や単身世帯の増加により、文書催告に反応しない滞納者が増えている。</p>'
         + '<h3>２　令和５年度目標の達成状況（見込）</h3><div class="unit">（単位：％、ポイント）</div>'
         + achievement_table(pg, k)
         + '<h3>３　令和６年度の取組内容</h3>'
         + items_html(pg, k, 2024, "令和６年度の取組内容", items, lambda i: CIRC[i])
         + '<h3>４　令和６年度の目標</h3>'
         + '<div style="margin-left:4mm">目標収納率　現年度分 '
         + R(pg, k, 2024, "令和６年度", "current", "target", t[0]) + '％　／　滞納繰越分 '
         + R(pg, k, 2024, "令和６年度", "arrears", "target", t[1]) + '％　／　合計 '
         + R(pg, k, 2024, "令和６年度", "total", "target", t[2]) + '％</div>')
    page(h)


# ---------------------------------------------------------------- p5 国保
def p5():
    pg, k = 5, "nhi"
    cols = [2019, 2020, 2021, 2022, 2023]
    yl = {2019: "R1", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5"}
    head = ('<tr><th colspan="2" style="width:27%">区分</th><th>R1</th><th>R2</th><th>R3</th>'
            '<th>R4</th><th>R5（見込）</th></tr>')
    s, t, t22 = S[k], TARGET23[k], TARGET22_NHI
    rows = []
    for lab, seg, i in (("現年度分", "current", 0), ("滞納繰越分", "arrears", 1), ("合計", "total", 2)):
        est = (s[2023]["cr"], s[2023]["ar"], s[2023]["tr"])[i]
        act = (s[2022]["cr"], s[2022]["ar"], s[2022]["tr"])[i]
        c1 = (R(pg, k, 2023, "令和５年度", seg, "target", t[i]) + "（"
              + R(pg, k, 2022, "前年度", seg, "target", t22[i]) + "）")
        c2 = (R(pg, k, 2023, "令和５年度", seg, "estimate", est) + "（"
              + R(pg, k, 2022, "前年度", seg, "actual", act) + "）")
        rows.append(f"<tr><th>{lab}</th>{td(c1)}{td(c2)}{td(f'{est / t[i] * 100:.1f}')}</tr>")
    items = [
        ("新規加入世帯に対し、加入手続の際に口座振替の申込みを勧奨する。", "継続", False),
        ("短期被保険者証の更新時に納付相談を実施し、分納誓約の履行状況を確認する。", "継続", True),
        ("資格喪失者に対し、未納分の通知を喪失月の翌月に送付する。", "新規", False),
        ("滞納処分の執行停止の要件に該当する案件を精査し、不納欠損処理を適正に行う。", "継続", False),
    ]
    t24 = TARGET24[k]
    h = ('<div style="font-weight:bold;font-size:11pt;margin-bottom:1mm">資料２　取組個票　No.２</div>'
         '<table class="strip"><tr><td style="width:40%;font-weight:bold">債権名　国民健康保険税</td>'
         '<td>所管課　健康福祉部 保険年金課</td><td>債権区分　強制徴収公債権</td></tr></table>'
         '<h3>１　収納状況の推移</h3>'
         + f'<table class="sheet">{head}{trend_rows(pg, k, cols, yl, unit_in_header=True)}</table>'
         + '<div class="note">※　R1～R4は決算、R5は決算見込。</div>'
         + '<div style="font-weight:bold;margin-top:2mm">【現状と課題】</div><p class="issue">現年度分は口座振替率の向上により改善しているが、被保険者の所得水準が低く、滞納繰越分の収納率は他の強制徴収公債権と比べて低い水準にとどまっている。資格喪失後の未納分の把握が遅れがちなことも課題である。</p>'
         + '<h3>２　令和５年度目標の達成状況</h3><div class="unit">（単位：％）</div>'
         + '<table class="sheet" style="width:85%"><tr><th style="width:18%">区分</th><th>令和５年度目標<br>（前年度目標）</th>'
         '<th>令和５年度見込<br>（前年度決算）</th><th>達成率</th></tr>' + "".join(rows) + "</table>"
         + '<h3>３　令和６年度の取組内容</h3>'
         + items_html(pg, k, 2024, "令和６年度の取組内容", items, lambda i: f"（{i + 1}）")
         + '<h3>４　令和６年度の目標収納率</h3><div style="margin-left:4mm">現年度分 '
         + R(pg, k, 2024, "令和６年度", "current", "target", t24[0]) + '％、滞納繰越分 '
         + R(pg, k, 2024, "令和６年度", "arrears", "target", t24[1]) + '％、合計 '
         + R(pg, k, 2024, "令和６年度", "total", "target", t24[2]) + '％</div>')
    page(h)


# ---------------------------------------------------------------- p6 介護 (stacked cells, vertical labels)
def p6():
    pg, k = 6, "care"
    s = S[k]
    cols = [2019, 2020, 2021, 2022, 2023]
    yl = {y: f"{y}年度" for y in cols}

    def b(y):
        return "estimate" if y == 2023 else "actual"

    head = ('<tr><th colspan="2" style="width:27%">区分</th>' + "".join(f"<th>{y}年度</th>" for y in cols[:-1])
            + "<th>2023年度<br>（見込）</th></tr>")
    rows = []
    for seg, lab, a, c, r in (("current", "現年度分", "ca", "cc", "cr"), ("arrears", "滞納繰越分", "aa", "ac", "ar")):
        tr = f'<tr><th rowspan="2">{lab}</th><th>調定額</th>' + "".join(
            td(K(pg, k, y, yl[y], seg, "assessed", b(y), s[y][a])) for y in cols) + "</tr>"
        rows.append(tr)
        tr = '<tr><th>収入済額<br>収納率</th>' + "".join(
            td(K(pg, k, y, yl[y], seg, "collected", b(y), s[y][c]) + "<br>"
               + R(pg, k, y, yl[y], seg, b(y), s[y][r])) for y in cols) + "</tr>"
        rows.append(tr)
    rows.append('<tr><th colspan="2">不納欠損額</th>' + "".join(
        td(K(pg, k, y, yl[y], "total", "written_off", b(y), s[y]["wo"])) for y in cols) + "</tr>")
    rows.append('<tr><th colspan="2">収入未済額<br>合計収納率</th>' + "".join(
        td(K(pg, k, y, yl[y], "total", "outstanding", b(y), s[y]["out"]) + "<br>"
           + R(pg, k, y, yl[y], "total", b(y), s[y]["tr"])) for y in cols) + "</tr>")
    sec = "課題と今後の対応"
    cur = [("年金からの特別徴収への切替えを確実に行い、普通徴収の対象者を減らす。", "継続"),
           ("65歳到達者への口座振替勧奨通知を誕生月の前月に送付する。", "拡充")]
    arr = [("給付制限（償還払い化）の予告通知を活用し、納付相談につなげる。", "継続"),
           ("時効が迫る案件について、文書及び電話による集中催告を12月に実施する。", "新規")]
    kana = "アイウエ"

    def cell(items):
        out = []
        for i, (text, st) in enumerate(items):
            G.initiative(pg, dn(k), dr(k), 2024, sec, kana[i], text, st)
            out.append(f"{kana[i]}　{text}【{st}】")
        return "<br>".join(out)

    t24 = TARGET24[k]
    h = (strip(k, "３")
         + '<h3>１　収納状況の推移</h3><div class="unit">（単位：千円、％）</div>'
         + '<table class="sheet stack">' + head + "".join(rows) + "</table>"
         + '<div class="note">※　収入済額・収入未済額の欄は上段が金額（千円）、下段が収納率（％）。2023年度は決算見込。</div>'
         + '<div style="font-weight:bold;margin-top:2mm">【現状と課題】</div><p class="issue">特別徴収の対象とならない普通徴収の被保険者に滞納が集中している。滞納が続くと保険給付の制限につながるため、早い段階での納付相談が重要である。</p>'
         + '<h3>２　課題と今後の対応</h3>'
         + '<table class="sheet"><tr><th style="width:10mm">区分</th><th style="width:34%">課題</th><th>令和６年度の対応</th></tr>'
         + '<tr><th class="vert">現年度分</th><td>新規の65歳到達者のうち、特別徴収開始までの普通徴収期間に滞納となる者が多い。</td>'
         + f'<td style="line-height:1.5">{cell(cur)}</td></tr>'
         + '<tr><th class="vert">滞納繰越分</th><td>滞納者の高齢化により、財産調査をしても差押可能な財産が少ない。</td>'
         + f'<td style="line-height:1.5">{cell(arr)}</td></tr></table>'
         + '<h3>３　令和６年度の目標</h3><div class="unit">（単位：％）</div>'
         + '<table class="sheet" style="width:70%"><tr><th></th><th>現年度分</th><th>滞納繰越分</th><th>合計</th></tr>'
         + '<tr><th>目標収納率</th>'
         + td(R(pg, k, 2024, "令和６年度", "current", "target", t24[0]))
         + td(R(pg, k, 2024, "令和６年度", "arrears", "target", t24[1]))
         + td(R(pg, k, 2024, "令和６年度", "total", "target", t24[2])) + "</tr></table>")
    page(h)


# ---------------------------------------------------------------- p7 市営住宅 (円 beside 千円, 備考)
def p7():
    pg, k = 7, "housing"
    s = S[k]
    cols = [2019, 2020, 2021, 2022]
    yl = {2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度"}
    head = ('<tr><th colspan="2" style="width:27%">区分（決算）</th>' + "".join(f"<th>{yl[y]}</th>" for y in cols) + "</tr>")
    e = s[2023]
    left = ('<table class="sheet" style="width:100%"><tr><th>区分</th><th>調定額（千円）</th><th>収入済額（千円）</th>'
            '<th>収納率（％）</th><th style="width:28%">備考</th></tr>')
    for seg, lab, a, c, r in (("current", "現年度分", "ca", "cc", "cr"), ("arrears", "滞納繰越分", "aa", "ac", "ar")):
        note = ""
        if seg == "arrears":
            G.fact(pg, dn(k), "市営住宅使用料（退去者分）", 2023, "令和５年度", "arrears", "assessed", "estimate",
                   31208000, "yen", "31,208千円")
            note = "うち退去者分 調定額 31,208千円"
        left += (f"<tr><th>{lab}</th>" + td(K(pg, k, 2023, "令和５年度", seg, "assessed", "estimate", e[a]))
                 + td(K(pg, k, 2023, "令和５年度", seg, "collected", "estimate", e[c]))
                 + td(R(pg, k, 2023, "令和５年度", seg, "estimate", e[r])) + f'<td style="font-size:7.5pt">{note}</td></tr>')
    left += "</table>"
    # interim in yen
    iv = I[k]
    yen = {"ca": iv["ca"] * 1000 + 412, "cc": iv["cc"] * 1000 + 188, "aa": iv["aa"] * 1000 + 305, "ac": iv["ac"] * 1000 + 96}
    right = ('<table class="sheet" style="width:100%"><tr><th>区分</th><th>調定額（円）</th><th>収入済額（円）</th>'
             '<th>収納率（％）</th></tr>')
    for seg, lab, a, c in (("current", "現年度分", "ca", "cc"), ("arrears", "滞納繰越分", "aa", "ac")):
        right += (f"<tr><th>{lab}</th>"
                  + td(F(pg, k, 2023, "令和６年２月末", seg, "assessed", "interim", yen[a], "yen", comma(yen[a]), as_of=AS_OF))
                  + td(F(pg, k, 2023, "令和６年２月末", seg, "collected", "interim", yen[c], "yen", comma(yen[c]), as_of=AS_OF))
                  + td(R(pg, k, 2023, "令和６年２月末", seg, "interim", rate(yen[c], yen[a]), as_of=AS_OF)) + "</tr>")
    right += "</table>"
    sec = "令和６年度の取組"
    G.initiative(pg, dn(k), dr(k), 2024, sec + "（滞納の未然防止）", "・",
                 "入居説明会において、家賃は口座振替による納付を原則とすることを説明する。", "継続")
    G.initiative(pg, dn(k), dr(k), 2024, sec + "（滞納の未然防止）", "・",
                 "家賃を２か月滞納した入居者には、担当職員が戸別訪問して納付指導を行う。", "継続")
    G.initiative(pg, dn(k), dr(k), 2024, sec + "（退去者の滞納整理）", "・",
                 "連帯保証人への請求を退去後３か月以内に行う。", "継続")
    G.initiative(pg, dn(k), dr(k), 2024, sec + "（退去者の滞納整理）", "・",
                 "退去者滞納家賃の回収業務を弁護士法人へ委託する（令和６年７月開始予定）。", "新規")
    ii = G.initiatives[-4:]
    h = (strip(k, "４")
         + '<h3>１　収納状況の推移</h3><div class="unit">（単位：千円、％）</div>'
         + f'<table class="sheet">{head}{trend_rows(pg, k, cols, yl)}</table>'
         + '<div style="font-weight:bold;margin-top:2mm">【現状と課題】</div><p class="issue">現年度分の収納率は安定して推移しているが、'
         '退去者の滞納家賃が滞納繰越分の多くを占めており、連帯保証人への請求を含めた退去後の早期対応が課題である。</p>'
         + '<h3>２　令和５年度見込と令和６年２月末の状況</h3>'
         + '<div class="two"><div style="width:55%"><div style="font-weight:bold;margin-bottom:1mm">令和５年度見込</div>'
         + left + '</div><div style="width:45%"><div style="font-weight:bold;margin-bottom:1mm">令和６年２月末現在</div>'
         + right + '</div></div>'
         + '<h3>３　令和６年度の取組</h3>'
         + '<div class="box" style="line-height:1.8;font-size:9.5pt"><div style="font-weight:bold">滞納の未然防止</div>'
         + f'<div>・{ii[0]["text"]}【継続】</div><div>・{ii[1]["text"]}【継続】</div>'
         + '<div style="font-weight:bold;margin-top:1.5mm">退去者の滞納整理</div>'
         + f'<div>・{ii[2]["text"]}【継続】</div><div>・{ii[3]["text"]}【新規】</div></div>')
    page(h)


# ---------------------------------------------------------------- p8 資料３ targets
def p8():
    pg = 8
    head = ('<tr><th style="width:17%;white-space:nowrap">区分</th>' + "".join(f"<th>{dr(k)}</th>" for k in ORDER) + "</tr>")
    rows = []
    for lab, seg, i in (("現年度分収納率", "current", 0), ("滞納繰越分収納率", "arrears", 1), ("合計収納率", "total", 2)):
        rows.append(f'<tr><th style="white-space:nowrap">{lab}</th>' + "".join(
            td(R(pg, k, 2024, "令和６年度", seg, "target", TARGET24[k][i])) for k in ORDER) + "</tr>")
    t2 = []
    tot_e = tot_t = 0
    for k in ORDER:
        e = S[k][2023]["out"]
        t = OUT_TARGET24[k]
        tot_e += e
        tot_t += t
        t2.append(f"<tr><td>{dr(k)}</td>" + td(K(pg, k, 2023, "令和５年度", "total", "outstanding", "estimate", e))
                  + td(K(pg, k, 2024, "令和６年度", "total", "outstanding", "target", t))
                  + td(F(pg, k, 2024, "令和６年度", "total", "difference", "target", (t - e) * 1000, "yen",
                         signed(t - e, minus="▲"))) + "</tr>")
    t2.append('<tr style="font-weight:bold"><td>計</td>'
              + td(K(pg, "計", 2023, "令和５年度", "total", "outstanding", "estimate", tot_e))
              + td(K(pg, "計", 2024, "令和６年度", "total", "outstanding", "target", tot_t))
              + td(F(pg, "計", 2024, "令和６年度", "total", "difference", "target", (tot_t - tot_e) * 1000, "yen",
                     signed(tot_t - tot_e, minus="▲"))) + "</tr>")
    h = ('<span class="tag">資料３</span><h2 style="margin-top:1mm">令和６年度 主要債権の目標（案）</h2>'
         '<p style="line-height:1.6">各債権所管課から提出された令和６年度の目標を取りまとめた。目標収納率は、令和５年度の決算見込及び'
         '過去３年間の実績の推移を踏まえて設定している。</p>'
         '<h3>（１）目標収納率</h3><div class="unit">（単位：％）</div>'
         f'<table class="sheet" style="font-size:8.5pt;table-layout:fixed;width:100%">{head}{"".join(rows)}</table>'
         '<h3 style="margin-top:6mm">（２）収入未済額の目標</h3>'
         '<div style="font-size:9pt;margin-bottom:1mm">表　主要債権の収入未済額（令和５年度見込・令和６年度目標）　（単位：千円）</div>'
         '<div class="box" style="padding:2mm">'
         '<table class="sheet" style="width:100%"><tr><th style="width:28%">債権名</th><th>令和５年度見込</th>'
         '<th>令和６年度目標</th><th>増減</th></tr>' + "".join(t2) + "</table></div>"
         '<div class="src">出典：各債権所管課からの報告（令和６年３月１日時点）を基に収納推進課で作成</div>'
         '<div class="note">※　増減は令和６年度目標から令和５年度見込を差し引いたもの（▲は減少）。</div>'
         '<h3 style="margin-top:6mm">（３）今後のスケジュール（予定）</h3>'
         '<table class="sheet" style="width:100%"><tr><th style="width:22%">時期</th><th>内容</th></tr>'
         '<tr><td>令和６年４月</td><td>令和６年度目標の確定及び各債権所管課への通知</td></tr>'
         '<tr><td>令和６年６月</td><td>第１回債権管理推進会議（令和５年度決算の報告、滞納整理強化月間の実施計画）</td></tr>'
         '<tr><td>令和６年10月</td><td>第２回債権管理推進会議（上半期の収納状況、債権管理ヒアリング結果の報告）</td></tr>'
         '<tr><td>令和７年２月</td><td>第３回債権管理推進会議（12月末の収納状況、令和７年度目標（案）の協議）</td></tr></table>')
    page(h, last=True)


def main():
    for f in (p1, p2, p3, p4, p5, p6, p7, p8):
        f()
    html = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{"".join(pages)}</body></html>'
    src = WORK / f"{STEM}.html"
    src.write_text(html, encoding="utf-8")
    PDF.parent.mkdir(exist_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={PDF.resolve()}", str(src)], check=True, capture_output=True, timeout=180)
    g = G.write(PDF, GOLD)
    errs = check_pdf(PDF, g)
    print(f"{STEM}: pages={g['source']['pages']} facts={len(g['facts'])} initiatives={len(g['initiatives'])}")
    for e in errs:
        print("  CHECK:", e)
    return 1 if errs or g["source"]["pages"] != 8 else 0


if __name__ == "__main__":
    sys.exit(main())
