"""ne_yame_progress_1: 八女市 令和5年度 収納状況及び収納対策の取組状況（中間報告, 令和6年2月末現在）.

HTML/CSS -> chromium --headless --print-to-pdf.  Run from corpus/dev54:
    python3 build/ne_yame_progress_1.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ne_common import Gold, PDF_DIR, WORK, comma, tri, rate, pct, check  # noqa: E402

STEM = "ne_yame_progress_1"
G = Gold(STEM, "progress_report", "progress", "八女市",
         "令和５年度 市税等の収納状況及び収納対策の取組状況（中間報告）", "2024-03-22", "令和6年3月22日")
ASOF, ASOF_P = "2024-02-29", "2023-02-28"   # 令和6年2月末 (leap year) and 前年同月

# abbreviation as printed in tables, canonical name, section (一般会計/特別会計)
DEBTS = [
    ("市税", "市税", "一般会計"),
    ("保育料", "保育料", "一般会計"),
    ("住宅使用料", "市営住宅使用料", "一般会計"),
    ("国保税", "国民健康保険税", "特別会計"),
    ("介護料", "介護保険料", "特別会計"),
    ("後期高齢", "後期高齢者医療保険料", "特別会計"),
]
# 円: current 調定額, target rate; arrears 調定額, target rate  (2月末)  -- this year / last year
RAW = {
    "市税": dict(now=(5912348700, 91.84, 268114520, 24.61), prev=(5861207300, 91.52, 281930448, 23.08)),
    "保育料": dict(now=(142880400, 88.46, 9775210, 21.33), prev=(151204300, 88.10, 10884500, 19.76)),
    "市営住宅使用料": dict(now=(165306000, 89.72, 28450800, 10.84), prev=(168911600, 90.01, 29994100, 11.37)),
    "国民健康保険税": dict(now=(1082455100, 84.37, 395612870, 19.84), prev=(1104338600, 83.85, 412006115, 18.92)),
    "介護保険料": dict(now=(812406500, 90.12, 31884200, 15.37), prev=(798551300, 89.96, 33102650, 14.58)),
    "後期高齢者医療保険料": dict(now=(598771200, 91.05, 4105300, 35.22), prev=(571338400, 90.88, 4486900, 33.91)),
}
V = {}
for name, d in RAW.items():
    V[name] = {}
    for k in ("now", "prev"):
        ca, cr, aa, ar = d[k]
        cc, ac = round(ca * cr / 100), round(aa * ar / 100)
        V[name][k] = dict(ca=ca, cc=cc, cr=pct(cc, ca), aa=aa, ac=ac, ar=pct(ac, aa),
                          ta=ca + aa, tc=cc + ac, tr=pct(cc + ac, ca + aa))
        assert V[name][k]["cr"] == cr and V[name][k]["ar"] == ar, name


def group(names):
    out = {}
    for k in ("now", "prev"):
        s = {f: sum(V[n][k][f] for n in names) for f in ("ca", "cc", "aa", "ac", "ta", "tc")}
        s["cr"], s["ar"], s["tr"] = pct(s["cc"], s["ca"]), pct(s["ac"], s["aa"]), pct(s["tc"], s["ta"])
        out[k] = s
    return out


GEN = group([c for a, c, s in DEBTS if s == "一般会計"])
SPE = group([c for a, c, s in DEBTS if s == "特別会計"])
ALL = group([c for a, c, s in DEBTS])

pages: list[str] = []


def fnow(p, debt, raw_name, seg, metric, value, unit, raw, fy_raw="令和6年2月末", area=None, approx=False):
    return G.fact(p, debt, raw_name, 2023, fy_raw, seg, metric, "interim", value, unit, raw,
                  as_of=ASOF, area=area, approx=approx)


def fprev(p, debt, raw_name, seg, metric, value, unit, raw, fy_raw="前年同月", area=None):
    return G.fact(p, debt, raw_name, 2022, fy_raw, seg, metric, "interim", value, unit, raw,
                  as_of=ASOF_P, area=area)


def oku_man(v: int) -> str:
    oku, man = divmod(v // 10000, 10000)
    return (f"{oku}億" if oku else "") + (f"{man:,}万円" if man else "円")


def approx_man(v: int) -> int:
    return round(v / 10000) * 10000


# ------------------------------------------------------------------ page 1: 概要
P = 1
sz = V["市税"]
d_cr = round(sz["now"]["cr"] - sz["prev"]["cr"], 2)
d_ar = round(sz["now"]["ar"] - sz["prev"]["ar"], 2)
cc_m = approx_man(sz["now"]["cc"])
dcc_m = approx_man(sz["now"]["cc"] - sz["prev"]["cc"])
s_cr = fnow(P, "市税", "市税", "current", "collection_rate", sz["now"]["cr"], "percent", rate(sz["now"]["cr"]) + "％", "令和6年2月末現在")
s_dcr = fnow(P, "市税", "市税", "current", "difference", d_cr, "points", rate(d_cr) + "ポイント", "令和6年2月末現在")
s_ar = fnow(P, "市税", "市税", "arrears", "collection_rate", sz["now"]["ar"], "percent", rate(sz["now"]["ar"]) + "％", "令和6年2月末現在")
s_dar = fnow(P, "市税", "市税", "arrears", "difference", d_ar, "points", rate(d_ar) + "ポイント", "令和6年2月末現在")
s_cc = fnow(P, "市税", "市税", "current", "collected", cc_m, "yen", "約" + oku_man(cc_m), "令和6年2月末現在", approx=True)
s_dcc = fnow(P, "市税", "市税", "current", "difference", dcc_m, "yen", "約" + oku_man(dcc_m), "令和6年2月末現在", approx=True)
assert d_cr > 0 and d_ar > 0 and dcc_m > 0
kk = V["国民健康保険税"]
box1 = []
for lab, seg, key in [("現年分", "current", "cr"), ("滞繰分", "arrears", "ar"), ("合計", "total", "tr")]:
    s = rate(sz["now"][key]) + "％"
    fnow(P, "市税", "市税", seg, "collection_rate", sz["now"][key], "percent", s, "令和6年2月末時点")
    box1.append(f"<li>{lab}　{s}</li>")
box2 = []
for lab, seg, key in [("現年分", "current", "cr"), ("滞繰分", "arrears", "ar")]:
    s = rate(kk["now"][key]) + "％"
    sp = rate(kk["prev"][key]) + "％"
    fnow(P, "国民健康保険税", "国民健康保険税", seg, "collection_rate", kk["now"][key], "percent", s, "令和6年2月末時点")
    fprev(P, "国民健康保険税", "国民健康保険税", seg, "collection_rate", kk["prev"][key], "percent", sp, "前年同月")
    box2.append(f"<li>{lab}　{s}（前年同月 {sp}）</li>")
all_tr = rate(ALL["now"]["tr"]) + "％"
fnow(P, None, None, "total", "collection_rate", ALL["now"]["tr"], "percent", all_tr, "令和6年2月末現在")
pages.append(f"""
<div class="page">
<p class="right">令和6年3月22日<br>八女市収納対策推進本部会議 資料1</p>
<h1>令和５年度 市税等の収納状況及び<br>収納対策の取組状況（中間報告）</h1>
<p class="center sub">― 令和6年2月末現在 ―</p>
<p class="right">財務部 収納対策課</p>
<h2>１　概要</h2>
<p class="prose">　本報告は、「八女市市税等収納対策実施計画（令和5年度）」に基づき、市税及び主な税外収入の令和6年2月末現在の収納状況と、上半期以降の取組の実施状況を取りまとめたものです。</p>
<p class="prose">　令和6年2月末現在の市税の収納率は、現年課税分が{s_cr}で前年同月を{s_dcr}上回り、滞納繰越分は{s_ar}で前年同月から{s_dar}上昇しました。現年課税分の収入済額は{s_cc}で、前年同月と比べて{s_dcc}増加しています。</p>
<p class="prose">　対象６債権全体の収納率（現年分と滞繰分の計）は{all_tr}です。国民健康保険税及び市営住宅使用料は、滞納繰越分の調定額は縮減しているものの、年度末に向けて一層の納付勧奨が必要な状況です。</p>
<h3>（１）市税</h3>
<div class="kbox"><p class="kh">【収納率】令和6年2月末時点</p><ul>{''.join(box1)}</ul></div>
<h3>（２）国民健康保険税</h3>
<div class="kbox"><p class="kh">【収納率】令和6年2月末時点</p><ul>{''.join(box2)}</ul></div>
<p class="note">※ 収納率は、収入済額を調定額で除して算出しています（小数点以下第3位を四捨五入）。</p>
<div class="folio">- 1 -</div>
</div>""")

# ------------------------------------------------------------------ page 2: 2段組 債権別の状況
P = 2
paras = []
for abbr, name, sec in DEBTS:
    v = V[name]
    dc = round(v["now"]["cr"] - v["prev"]["cr"], 2)
    s1 = fnow(P, name, name, "current", "collection_rate", v["now"]["cr"], "percent", rate(v["now"]["cr"]) + "％", "2月末")
    word = "上昇" if dc >= 0 else "低下"
    s2 = fnow(P, name, name, "current", "difference", dc, "points", rate(abs(dc)) + "ポイント" + word, "2月末")
    s3 = fnow(P, name, name, "arrears", "collection_rate", v["now"]["ar"], "percent", rate(v["now"]["ar"]) + "％", "2月末")
    s4 = fprev(P, name, name, "arrears", "collection_rate", v["prev"]["ar"], "percent", rate(v["prev"]["ar"]) + "％")
    cm = approx_man(v["now"]["cc"])
    s5 = fnow(P, name, name, "current", "collected", cm, "yen", "約" + oku_man(cm), "2月末", approx=True)
    extra = {
        "市税": "個人市民税の特別徴収分が堅調に推移しています。",
        "保育料": "児童手当からの徴収の同意取得を進めています。",
        "市営住宅使用料": "退去者の滞納分の回収が遅れています。",
        "国民健康保険税": "資格喪失者の未納が依然として多い状況です。",
        "介護保険料": "普通徴収の未納者への早期催告が効果を上げています。",
        "後期高齢者医療保険料": "口座振替への切替えが進んでいます。",
    }[name]
    paras.append(f"""<h4>{name}</h4><p class="prose">　現年分収納率は2月末で{s1}となり、前年同月と比べ{s2}しました。
    現年分の収入済額は{s5}です。滞納繰越分の収納率は{s3}（前年同月{s4}）です。{extra}</p>""")
pages.append(f"""
<div class="page">
<h2>２　債権別の状況（令和6年2月末）</h2>
<div class="cols">{''.join(paras)}
<h4>今後の見通し</h4><p class="prose">　3月以降は、出納整理期間を含めて、納付催告と財産調査・差押えを集中的に実施し、各債権の年度目標の達成を目指します。</p>
</div>
<div class="folio">- 2 -</div>
</div>""")

# ------------------------------------------------------------------ page 3: 表1 (sections, 前年同期|今期|差) + 表2 円 / 表3 千円
P = 3
rows = []


def t1row(label, debt, raw, v, cls=""):
    tds = []
    for seg, key in [("current", "cr"), ("arrears", "ar")]:
        a, b = v["prev"][key], v["now"][key]
        dv = round(b - a, 2)
        tds.append(f'<td class="num">{fprev(P, debt, raw, seg, "collection_rate", a, "percent", rate(a), "前年同期")}</td>')
        tds.append(f'<td class="num">{fnow(P, debt, raw, seg, "collection_rate", b, "percent", rate(b), "今期")}</td>')
        tds.append(f'<td class="num">{fnow(P, debt, raw, seg, "difference", dv, "points", tri(dv, 2, "▲"), "今期")}</td>')
    rows.append(f'<tr class="{cls}"><td class="lab">{label}</td>{"".join(tds)}</tr>')


for sec, grp in [("一般会計", GEN), ("特別会計", SPE)]:
    rows.append(f'<tr class="sec"><td colspan="7">【{sec}】</td></tr>')
    for abbr, name, s in DEBTS:
        if s == sec:
            t1row("　" + abbr, name, abbr, V[name])
    t1row("　小計", None, "小計", grp, "sub")
t1row("合計", None, "合計", ALL, "tot")
t1 = "".join(rows)
# 表2: 市税 in 円 ; 表3: 国保税 in 千円 with 収納率 first
t2 = []
for lab, seg, a, c, r in [("現年課税分", "current", "ca", "cc", "cr"), ("滞納繰越分", "arrears", "aa", "ac", "ar"),
                          ("計", "total", "ta", "tc", "tr")]:
    v = sz["now"]
    t2.append(f'<tr><td class="lab">{lab}</td>'
              f'<td class="num">{fnow(P, "市税", "市税", seg, "assessed", v[a], "yen", comma(v[a]), "令和6年2月末現在")}</td>'
              f'<td class="num">{fnow(P, "市税", "市税", seg, "collected", v[c], "yen", comma(v[c]), "令和6年2月末現在")}</td>'
              f'<td class="num">{fnow(P, "市税", "市税", seg, "collection_rate", v[r], "percent", rate(v[r]), "令和6年2月末現在")}</td></tr>')
t3 = []
for lab, seg, a, c in [("現年課税分", "current", "ca", "cc"), ("滞納繰越分", "arrears", "aa", "ac"), ("計", "total", "ta", "tc")]:
    v = kk["now"]
    ak, ck = round(v[a] / 1000), round(v[c] / 1000)
    r = pct(ck, ak)
    t3.append(f'<tr><td class="lab">{lab}</td>'
              f'<td class="num">{fnow(P, "国民健康保険税", "国保税", seg, "collection_rate", r, "percent", rate(r), "令和6年2月末現在")}</td>'
              f'<td class="num">{fnow(P, "国民健康保険税", "国保税", seg, "collected", ck * 1000, "yen", comma(ck), "令和6年2月末現在")}</td>'
              f'<td class="num">{fnow(P, "国民健康保険税", "国保税", seg, "assessed", ak * 1000, "yen", comma(ak), "令和6年2月末現在")}</td></tr>')
pages.append(f"""
<div class="page">
<h2>３　債権別収納率の前年同期比較</h2>
<p class="cap">表1　債権別収納率（令和6年2月末現在・令和5年2月末との比較）<span class="unit">（単位：％）</span></p>
<table class="t1">
<thead><tr><th rowspan="2">債権</th><th colspan="3">現年分</th><th colspan="3">滞繰分</th></tr>
<tr><th>前年同期</th><th>今期</th><th>差</th><th>前年同期</th><th>今期</th><th>差</th></tr></thead>
<tbody>{t1}</tbody></table>
<p class="note">（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料。差の▲は前年同期を下回ったもの。</p>
<div class="pair">
<div><p class="cap">表2　市税の収納状況（令和6年2月末現在）</p>
<table class="t2"><thead><tr><th>区分</th><th>調定額（円）</th><th>収入済額（円）</th><th>収納率（％）</th></tr></thead>
<tbody>{''.join(t2)}</tbody></table></div>
<div><p class="cap">表3　国保税の収納状況（令和6年2月末現在）</p>
<table class="t2"><thead><tr><th>区分</th><th>収納率（％）</th><th>収入済額（千円）</th><th>調定額（千円）</th></tr></thead>
<tbody>{''.join(t3)}</tbody></table></div>
</div>
<p class="note">※ 表3は千円未満を四捨五入して表示しており、収納率は表示単位の金額で算出しています。</p>
<div class="folio">- 3 -</div>
</div>""")

# ------------------------------------------------------------------ page 4: 月別収納状況 + chart
P = 4
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
END_NOW = ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31",
           "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31"]
END_PREV = ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31",
            "2022-11-30", "2022-12-31", "2023-01-31", "2023-02-28", "2023-03-31"]
NOW = [8.12, 21.45, 33.87, 45.62, 53.41, 58.93, 66.27, 71.58, 79.04, 84.66, sz["now"]["cr"], None]
PREV = [8.03, 21.11, 33.52, 45.30, 53.18, 58.71, 65.94, 71.20, 78.81, 84.39, sz["prev"]["cr"], 96.74]
r_now, r_prev, r_diff = [], [], []
for i, m in enumerate(MONTHS):
    if NOW[i] is None:
        r_now.append('<td class="num">－</td>')
        r_diff.append('<td class="num">－</td>')
    else:
        s = G.fact(P, "市税", "市税", 2023, "令和5年度", "current", "collection_rate", "interim", NOW[i], "percent",
                   rate(NOW[i]), as_of=END_NOW[i])
        r_now.append(f'<td class="num">{s}</td>')
        dv = round(NOW[i] - PREV[i], 2)
        s = G.fact(P, "市税", "市税", 2023, "令和5年度", "current", "difference", "interim", dv, "points",
                   tri(dv, 2, "▲"), as_of=END_NOW[i])
        r_diff.append(f'<td class="num">{s}</td>')
    s = G.fact(P, "市税", "市税", 2022, "令和4年度", "current", "collection_rate", "interim", PREV[i], "percent",
               rate(PREV[i]), as_of=END_PREV[i])
    r_prev.append(f'<td class="num">{s}</td>')
# SVG line chart, data labels on this year's line
W, H, X0, Y0 = 640, 300, 50, 260
def px(i): return X0 + 20 + i * 47
def py(v): return Y0 - (v / 100) * 230
svg = [f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" xmlns="http://www.w3.org/2000/svg">']
for g in range(0, 101, 20):
    svg.append(f'<line x1="{X0}" y1="{py(g):.1f}" x2="{W - 20}" y2="{py(g):.1f}" stroke="#ccc" stroke-width="0.6"/>')
    svg.append(f'<text x="{X0 - 6}" y="{py(g) + 4:.1f}" font-size="10" text-anchor="end">{g}</text>')
pts_p = " ".join(f"{px(i):.1f},{py(v):.1f}" for i, v in enumerate(PREV))
pts_n = " ".join(f"{px(i):.1f},{py(v):.1f}" for i, v in enumerate(NOW) if v is not None)
svg.append(f'<polyline points="{pts_p}" fill="none" stroke="#999" stroke-width="1.5" stroke-dasharray="5,3"/>')
svg.append(f'<polyline points="{pts_n}" fill="none" stroke="#1f4e99" stroke-width="2"/>')
for i, v in enumerate(NOW):
    svg.append(f'<text x="{px(i):.1f}" y="{Y0 + 18}" font-size="10" text-anchor="middle">{MONTHS[i].replace("末", "")}</text>')
    if v is None:
        continue
    svg.append(f'<circle cx="{px(i):.1f}" cy="{py(v):.1f}" r="3" fill="#1f4e99"/>')
    s = G.fact(P, "市税", "市税", 2023, "令和5年度", "current", "collection_rate", "interim", v, "percent", rate(v),
               as_of=END_NOW[i])
    svg.append(f'<text x="{px(i) - 4:.1f}" y="{py(v) - 8:.1f}" font-size="9.5" text-anchor="end" fill="#1f4e99">{s}</text>')
svg.append(f'<line x1="{W - 190}" y1="20" x2="{W - 165}" y2="20" stroke="#1f4e99" stroke-width="2"/>'
           f'<text x="{W - 160}" y="24" font-size="10">令和5年度</text>'
           f'<line x1="{W - 100}" y1="20" x2="{W - 75}" y2="20" stroke="#999" stroke-width="1.5" stroke-dasharray="5,3"/>'
           f'<text x="{W - 70}" y="24" font-size="10">令和4年度</text>')
svg.append("</svg>")
pages.append(f"""
<div class="page">
<h2>４　月別収納状況（市税・現年課税分）</h2>
<p class="cap">表4　月別収納率の推移（累計）<span class="unit">（単位：％）</span></p>
<table class="t4"><thead><tr><th>区分</th>{''.join(f'<th>{m}</th>' for m in MONTHS)}</tr></thead>
<tbody><tr><td class="lab">令和5年度</td>{''.join(r_now)}</tr>
<tr><td class="lab">令和4年度</td>{''.join(r_prev)}</tr>
<tr class="sub"><td class="lab">差</td>{''.join(r_diff)}</tr></tbody></table>
<p class="note">※ 各月末時点の累計収納率。3月末の令和5年度分は集計前のため「－」としています。</p>
<p class="cap">図1　市税（現年課税分）累計収納率の推移（％）</p>
<div class="chart">{''.join(svg)}</div>
<p class="prose">　12月末時点では前年同月を0.23ポイント上回っており、2月末まで前年を上回る水準で推移しています。</p>
<div class="folio">- 4 -</div>
</div>""")
G.fact(P, "市税", "市税", 2023, "12月末", "current", "difference", "interim", round(NOW[8] - PREV[8], 2), "points",
       "0.23ポイント", as_of="2023-12-31")
assert round(NOW[8] - PREV[8], 2) == 0.23

# ------------------------------------------------------------------ page 5 (landscape): 地区別 市税
P = 5
AREAS = [("八女地区", 0.64, 0.10, 0.9), ("立花地区", 0.11, -0.35, 1.8), ("黒木地区", 0.13, -0.20, -1.2),
         ("上陽地区", 0.05, 0.25, 2.6), ("矢部地区", 0.03, -0.60, -3.1), ("星野地区", 0.04, 0.15, 0.4)]
DELQ = [1412, 268, 331, 97, 64, 73]


def split(total_k, shares):
    out, acc = [], 0
    for i, s in enumerate(shares):
        v = 0 if i == 0 else round(total_k * s)
        out.append(v)
        acc += v
    out[0] = total_k - acc
    return out


def area_block(v):
    """千円 figures per area: (ca, cc, aa, ac) lists; city totals = round(円/1000)."""
    ca_t, cc_t = round(v["ca"] / 1000), round(v["cc"] / 1000)
    aa_t, ac_t = round(v["aa"] / 1000), round(v["ac"] / 1000)
    ca = split(ca_t, [a[1] for a in AREAS])
    aa = split(aa_t, [a[1] for a in AREAS])
    cc = [0] + [round(ca[i] * (v["cr"] + AREAS[i][2]) / 100) for i in range(1, len(AREAS))]
    cc[0] = cc_t - sum(cc)      # the largest area takes the rounding remainder
    ac = [0] + [round(aa[i] * (v["ar"] + AREAS[i][3]) / 100) for i in range(1, len(AREAS))]
    ac[0] = ac_t - sum(ac)
    return dict(ca=ca, cc=cc, aa=aa, ac=ac, tot=(ca_t, cc_t, aa_t, ac_t))


AB_NOW, AB_PREV = area_block(sz["now"]), area_block(sz["prev"])
trs = []


def cellset(block, i, which):
    out = []
    if i is None:
        ca, cc, aa, ac = block["tot"]
    else:
        ca, cc, aa, ac = block["ca"][i], block["cc"][i], block["aa"][i], block["ac"][i]
    return ca, cc, pct(cc, ca), aa, ac, pct(ac, aa)


for i in list(range(len(AREAS))) + [None]:
    label = AREAS[i][0] if i is not None else "計"
    area = label if i is not None else None
    tds = []
    for block, f, fyr in [(AB_NOW, fnow, "令和5年度"), (AB_PREV, fprev, "前年同期")]:
        ca, cc, cr, aa, ac, ar = cellset(block, i, 0)
        for seg, a, c, r in [("current", ca, cc, cr), ("arrears", aa, ac, ar)]:
            tds.append(f'<td class="num">{f(P, "市税", "市税", seg, "assessed", a * 1000, "yen", comma(a), fyr, area=area)}</td>')
            tds.append(f'<td class="num">{f(P, "市税", "市税", seg, "collected", c * 1000, "yen", comma(c), fyr, area=area)}</td>')
            tds.append(f'<td class="num">{f(P, "市税", "市税", seg, "collection_rate", r, "percent", rate(r), fyr, area=area)}</td>')
    dq = DELQ[i] if i is not None else sum(DELQ)
    tds.append(f'<td class="num">{fnow(P, "市税", "市税", "total", "delinquents", dq, "persons", comma(dq), "令和5年度", area=area)}</td>')
    trs.append(f'<tr class="{"tot" if i is None else ""}"><td class="lab">{label}</td>{"".join(tds)}</tr>')
# city totals in 千円 must give the same rates as the 円 table
assert pct(AB_NOW["tot"][1], AB_NOW["tot"][0]) == sz["now"]["cr"]
assert pct(AB_NOW["tot"][3], AB_NOW["tot"][2]) == sz["now"]["ar"]
# prose: best and worst arrears rate among the areas
_ar = [(pct(AB_NOW["ac"][i], AB_NOW["aa"][i]), AREAS[i][0]) for i in range(len(AREAS))]
_hi, _lo = max(_ar), min(_ar)
_cr = [(pct(AB_NOW["cc"][i], AB_NOW["ca"][i]), AREAS[i][0]) for i in range(len(AREAS))]
_chi = max(_cr)
AREA_PROSE = ("<p class='prose'>　滞納繰越分の収納率は、" + _hi[1] + "が"
              + fnow(P, "市税", "市税", "arrears", "collection_rate", _hi[0], "percent", rate(_hi[0]) + "％", "令和6年2月末", area=_hi[1])
              + "で最も高く、" + _lo[1] + "が"
              + fnow(P, "市税", "市税", "arrears", "collection_rate", _lo[0], "percent", rate(_lo[0]) + "％", "令和6年2月末", area=_lo[1])
              + "で最も低くなっています。現年課税分は" + _chi[1] + "の"
              + fnow(P, "市税", "市税", "current", "collection_rate", _chi[0], "percent", rate(_chi[0]) + "％", "令和6年2月末", area=_chi[1])
              + "が最も高くなっています。滞納者数は市全体で"
              + fnow(P, "市税", "市税", "total", "delinquents", sum(DELQ), "persons", comma(sum(DELQ)) + "人", "令和6年2月末")
              + "です。</p>")
sub = "<th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th>"
pages.append(f"""
<div class="page land">
<h2>５　地区別の収納状況（市税）</h2>
<p class="cap">表5　地区別 市税収納状況（令和6年2月末現在及び前年同期）</p>
<table class="t5"><thead>
<tr><th rowspan="3">地区</th><th colspan="6">令和5年度（令和6年2月末）</th><th colspan="6">前年同期（令和5年2月末）</th><th rowspan="3">滞納者数<br>（人）</th></tr>
<tr><th colspan="3">現年課税分</th><th colspan="3">滞納繰越分</th><th colspan="3">現年課税分</th><th colspan="3">滞納繰越分</th></tr>
<tr>{sub * 4}</tr></thead>
<tbody>{''.join(trs)}</tbody></table>
{AREA_PROSE}
<p class="note">※ 地区は旧市町村の区域（八女地区は本庁、その他は各支所の所管区域）。滞納者数は令和6年2月末現在の実人数。</p>
<p class="note">※ 金額は千円未満を四捨五入しているため、地区の合計と計が一致しない場合があります。</p>
<div class="folio">- 5 -</div>
</div>""")

# ------------------------------------------------------------------ page 6: 決算見込 (stacked cells, 備考 figures, footnote)
P = 6
EST = {  # 現年分: prev actual rate, target rate, estimated collected (千円), est assessed (千円), arrears est collected (千円)
    "市税": (98.87, 98.95, 6018440, 98.98, 68215),
    "保育料": (97.62, 97.80, 151260, 97.71, 2610),
    "市営住宅使用料": (96.95, 97.10, 178940, 96.62, 3390),
    "国民健康保険税": (93.41, 93.80, 1187310, 93.86, 84120),
    "介護保険料": (98.46, 98.60, 889850, 98.63, 5410),
    "後期高齢者医療保険料": (99.38, 99.45, 654180, 99.41, 1590),
}
trs = []
for abbr, name, sec in DEBTS:
    pa, tg, ea, er, arr = EST[name]
    ec = round(ea * er / 100)
    r = pct(ec, ea)
    d = round(r - tg, 2)
    c1 = G.fact(P, name, abbr, 2022, "令和4年度決算", "current", "collection_rate", "actual", pa, "percent", rate(pa))
    c2 = G.fact(P, name, abbr, 2023, "令和5年度目標", "current", "collection_rate", "target", tg, "percent", rate(tg))
    c3 = G.fact(P, name, abbr, 2023, "決算見込", "current", "collected", "estimate", ec * 1000, "yen", comma(ec))
    c4 = G.fact(P, name, abbr, 2023, "決算見込", "current", "collection_rate", "estimate", r, "percent", rate(r))
    c5 = G.fact(P, name, abbr, 2023, "決算見込", "current", "difference", "estimate", d, "points", tri(d, 2, "▲"))
    c6 = G.fact(P, name, abbr, 2023, "決算見込", "arrears", "collected", "estimate", arr * 1000, "yen", comma(arr) + "千円")
    trs.append(f'<tr><td class="lab">{abbr}</td><td class="num">{c1}</td><td class="num">{c2}</td>'
               f'<td class="num stack">{c3}<br>{c4}</td><td class="num">{c5}</td>'
               f'<td class="rem">うち滞納繰越分見込 {c6}</td></tr>')
    EST[name] = (pa, tg, ea, r, arr, ec)
fn = G.fact(P, "市税", "市税", 2023, "決算見込", "current", "assessed", "estimate", EST["市税"][2] * 1000, "yen",
            comma(EST["市税"][2]) + "千円")
fn2 = G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "決算見込", "current", "assessed", "estimate",
             EST["国民健康保険税"][2] * 1000, "yen", comma(EST["国民健康保険税"][2]) + "千円")
DEC = {"市税": (NOW[8], PREV[8]), "保育料": (74.62, 74.18), "市営住宅使用料": (81.35, 81.90),
       "国民健康保険税": (66.48, 65.87), "介護保険料": (75.21, 75.02), "後期高齢者医療保険料": (72.93, 72.60)}
dec_rows = []
for abbr, name, sec in DEBTS:
    a, b = DEC[name]
    dv = round(a - b, 2)
    dec_rows.append(
        f'<tr><td class="lab">{abbr}</td>'
        f'<td class="num">{G.fact(P, name, abbr, 2023, "令和5年12月末", "current", "difference", "interim", dv, "points", tri(dv, 2, "▲"), as_of="2023-12-31")}</td>'
        f'<td class="num">{G.fact(P, name, abbr, 2023, "令和5年12月末", "current", "collection_rate", "interim", a, "percent", rate(a), as_of="2023-12-31")}</td>'
        f'<td class="num">{G.fact(P, name, abbr, 2022, "令和4年12月末", "current", "collection_rate", "interim", b, "percent", rate(b), as_of="2022-12-31")}</td></tr>')
pages.append(f"""
<div class="page">
<h2>６　令和5年度決算見込（現年分）</h2>
<p class="cap">表6　現年分の決算見込と目標</p>
<table class="t6"><thead><tr><th>債権</th><th>令和4年度決算<br>収納率（％）</th><th>令和5年度目標<br>収納率（％）</th>
<th>決算見込<br>上段：収入済額（千円）<br>下段：収納率（％）</th><th>見込－目標<br>（ポイント）</th><th>備考</th></tr></thead>
<tbody>{''.join(trs)}</tbody></table>
<p class="note">※ 決算見込は、令和6年2月末の実績に過去3か年の3月～5月の収納実績を加えて推計したもの。</p>
<p class="note">※ 調定額見込は、市税（現年課税分）{fn}、国保税（現年課税分）{fn2}。</p>
<p class="note">※ 略称は表1の注のとおり。</p>
<p class="cap">表7　（参考）12月末時点の現年分収納率<span class="unit">（単位：％）</span></p>
<table class="t6 narrow"><thead><tr><th>債権</th><th>増減</th><th>令和5年12月末</th><th>令和4年12月末</th></tr></thead>
<tbody>{''.join(dec_rows)}</tbody></table>
<p class="note">※ 増減は令和5年12月末から令和4年12月末を差し引いたもの（▲は減）。</p>
<div class="folio">- 6 -</div>
</div>""")

# ------------------------------------------------------------------ page 7: 取組状況
P = 7
SEC = "主な取組の実施状況"
ITEMS = {
    "市税": [("(1)", "現年課税分の未納者に対し、納期限後1か月以内に電話催告を行う。", "継続",
             "2月末までに延べ4,215件の電話催告を実施"),
            ("(2)", "給与照会・預金調査を一斉に行い、財産が判明した滞納者から順に差押えを執行する。", "継続",
             "差押件数 412件（前年同期 388件）"),
            ("(3)", "福岡県と共同で、高額滞納者の合同催告及び捜索を実施する。", "拡充",
             "11月に合同催告、1月に捜索2件を実施"),
            ("(4)", "スマートフォン決済（地方税統一QRコード）の利用を広報やめ及び市ホームページで周知する。", "新規",
             "利用件数 6,082件")],
    "国民健康保険税": [("(1)", "資格喪失届の受付時に未納分の納付相談を行う。", "継続", "窓口相談 318件"),
                ("(2)", "短期被保険者証の更新時に分納誓約の履行状況を確認する。", "継続", "更新対象 205世帯")],
}
PLAIN = {  # items under plain titles (no 取組 header)
    "保育料": [("・", "児童手当からの徴収について、入所時に保護者の同意を得る。", "継続"),
            ("・", "退所者の未納分は、卒園前に納付計画を作成する。", "新規")],
    "介護保険料": [("・", "普通徴収の未納者に納期限後2週間で催告書を送付する。", "継続")],
    "後期高齢者医療保険料": [("・", "口座振替の勧奨チラシを納入通知書に同封する。", "拡充")],
    "市営住宅使用料": [("・", "滞納3か月以上の入居者に面談を行い、分納の誓約を求める。", "継続"),
                ("・", "退去滞納者の債権を債権回収会社へ委託する。", "新規")],
}
rows = []
for name, items in ITEMS.items():
    rows.append(f'<tr class="sec"><td colspan="2">{name}</td></tr>')
    for lab, body, st, res in items:
        rows.append(f'<tr><td class="lab2">{lab} {body}【{st}】</td><td class="rem">{res}</td></tr>')
        G.init(P, name, name, 2023, SEC, lab, body, st)
plain = []
for name, items in PLAIN.items():
    lis = []
    for lab, body, st in items:
        lis.append(f"<li>{body}【{st}】</li>")
        G.init(P, name, name, 2023, "その他の債権", lab, body, st)
    plain.append(f"<p class='pt'>{name}</p><ul class='plain'>{''.join(lis)}</ul>")
pages.append(f"""
<div class="page">
<h2>７　{SEC}</h2>
<table class="t7"><thead><tr><th>取組内容</th><th>2月末までの実施状況</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<h3>その他の債権</h3>
{''.join(plain)}
<div class="folio">- 7 -</div>
</div>""")

CSS = """
@page { size: A4 portrait; margin: 16mm 16mm 14mm 16mm; }
@page wide { size: A4 landscape; margin: 12mm 12mm 10mm 12mm; }
body { font-family: 'IPAexGothic', sans-serif; font-size: 9.5pt; color: #000; }
.page { break-after: page; position: relative; height: 258mm; padding-top: 0.1px; box-sizing: border-box; }
.page.land { page: wide; height: 180mm; }
.page:last-child { break-after: auto; }
h1 { font-size: 17pt; text-align: center; margin: 18mm 0 4mm; line-height: 1.5; }
h2 { font-size: 12.5pt; border-left: 6px solid #1f4e99; padding-left: 6px; margin: 6mm 0 3mm; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
h4 { font-size: 10pt; margin: 2mm 0 1mm; background: #e8eef7; padding: 1px 4px; }
.right { text-align: right; margin: 0; }
.center { text-align: center; }
.sub { font-size: 12pt; margin-bottom: 8mm; }
.prose { font-family: 'IPAexMincho', serif; font-size: 10pt; line-height: 1.75; margin: 1mm 0 2mm; }
.note { font-family: 'IPAexMincho', serif; font-size: 8.5pt; margin: 1mm 0; }
.kbox { border: 1px solid #000; padding: 2mm 4mm; margin: 2mm 0 3mm; width: 110mm; }
.kbox .kh { margin: 0 0 1mm; font-weight: bold; }
.kbox ul { margin: 0; padding-left: 6mm; list-style: '・'; }
.cols { column-count: 2; column-gap: 9mm; column-rule: 0.5px solid #999; }
.cols h4 { break-after: avoid; }
.cap { font-size: 10pt; font-weight: bold; margin: 4mm 0 1mm; }
.unit { float: right; font-weight: normal; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.8px solid #000; padding: 1.2mm 1.5mm; font-size: 9pt; }
th { background: #d9d9d9; font-weight: normal; }
td.num { text-align: right; white-space: nowrap; }
td.lab { white-space: nowrap; }
tr.sec td { background: #eef3e6; font-weight: bold; }
tr.sub td { background: #f2f2f2; }
tr.tot td { background: #e0e0e0; font-weight: bold; }
.pair { display: flex; gap: 6mm; }
.pair > div { flex: 1; }
.t2 th, .t2 td { font-size: 8.3pt; padding: 1mm; }
.t4 th, .t4 td { font-size: 8pt; padding: 1mm 0.8mm; }
.t5 th, .t5 td { font-size: 8pt; padding: 1mm 1mm; }
.t6 td.stack { line-height: 1.5; }
td.rem { font-size: 8.5pt; white-space: nowrap; }
.t7 td.rem { white-space: normal; }
table.narrow { width: 60%; }
td.lab2 { font-size: 9pt; }
.t7 td { vertical-align: top; }
.pt { font-weight: bold; margin: 3mm 0 1mm; }
ul.plain { margin: 0 0 2mm; padding-left: 6mm; list-style: '・'; font-family: 'IPAexMincho', serif; }
.chart { margin: 2mm 0; }
.folio { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
"""
html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
WORK.mkdir(parents=True, exist_ok=True)
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
PDF_DIR.mkdir(parents=True, exist_ok=True)
out = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", str(hp)], check=True, capture_output=True)
gp = G.write(out)
bad = check(out, gp)
import fitz  # noqa: E402
n = len(fitz.open(out))
print(out, n, "pages", len(G.facts), "facts", len(G.initiatives), "initiatives", out.stat().st_size, "bytes")
print("\n".join(bad[:40]) or "all raws found")
