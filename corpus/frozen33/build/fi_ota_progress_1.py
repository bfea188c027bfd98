"""太田市 令和5年度 市税等収納対策の取組状況（中間報告） — HTML/CSS printed with headless Chromium.

Run from corpus/frozen33:  python3 build/fi_ota_progress_1.py
"""
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fi_common import Gold, PDF_DIR, WORK, check_pdf, comma, oku_man, rate, signed  # noqa: E402

STEM = "fi_ota_progress_1"
CITY = "太田市"
TITLE = "令和5年度 市税等収納対策の取組状況（中間報告）"
G = Gold(STEM, "progress_report", "shinchoku", CITY, TITLE, "2024-03-22", "令和6年3月22日")
NOW, PREV = "2024-02-29", "2023-02-28"       # 令和6年2月末 (leap year) and 前年同月
FY, FYP = 2023, 2022


def r2(x):
    return f"{x:.2f}"


# ------------------------------------------------------------------ data (千円)
# debt, canonical, short label, prev(cur a, rate, arr a, rate), now(cur a, rate, arr a, rate)
SPEC = [
    ("市税", "市税", (38905220, 92.61, 2134560, 26.80), (39612480, 92.84, 1986310, 27.90)),
    ("国民健康保険税", "国民健康保険税", (6214330, 80.12, 2412900, 19.45), (6021870, 80.95, 2265140, 20.61)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (2684100, 91.40, 38420, 41.20), (2806550, 91.62, 36980, 43.05)),
    ("介護保険料", "介護保険料", (4655200, 90.88, 152300, 17.90), (4731420, 91.10, 147860, 18.75)),
    ("保育所保育料", "保育所保育料", (512300, 93.10, 48900, 14.20), (489700, 93.45, 45210, 15.30)),
    ("市営住宅使用料", "市営住宅使用料", (298640, 91.72, 121550, 9.80), (295110, 92.01, 116420, 10.55)),
]


def mk(t):
    ca, cr, aa, ar = t
    cur = dict(a=ca, c=int(round(ca * cr / 100)))
    arr = dict(a=aa, c=int(round(aa * ar / 100)))
    for s in (cur, arr):
        s["o"] = s["a"] - s["c"]
    tot = {k: cur[k] + arr[k] for k in "aco"}
    return {"cur": cur, "arr": arr, "tot": tot}


D = {n: {"prev": mk(p), "now": mk(q)} for n, _, p, q in SPEC}
CANON = {n: c for n, c, _, _ in SPEC}
NAMES = [s[0] for s in SPEC]
SUM = {}
for when in ("prev", "now"):
    SUM[when] = {seg: {k: sum(D[n][when][seg][k] for n in NAMES) for k in "aco"} for seg in ("cur", "arr", "tot")}
SEGN = {"cur": "current", "arr": "arrears", "tot": "total"}
SEGL = {"cur": "現年分", "arr": "滞繰分", "tot": "計"}
# 令和4年度決算 rates, 令和5年度 目標 and 決算見込 (percent)
YE = {
    "市税": dict(act=(98.91, 27.95, 95.32), tgt=(99.00, 29.00, 95.60), est=(99.02, 29.40, 95.71)),
    "国民健康保険税": dict(act=(92.85, 20.10, 75.38), tgt=(93.20, 21.50, 76.40), est=(93.35, 21.80, 76.95)),
    "後期高齢者医療保険料": dict(act=(99.48, 42.30, 98.82), tgt=(99.50, 43.00, 98.90), est=(99.52, 44.10, 98.93)),
    "介護保険料": dict(act=(98.86, 18.40, 96.23), tgt=(98.90, 19.00, 96.40), est=(98.95, 19.20, 96.51)),
    "保育所保育料": dict(act=(99.12, 14.90, 91.38), tgt=(99.20, 16.00, 91.80), est=(99.25, 16.10, 92.21)),
    "市営住宅使用料": dict(act=(97.40, 10.20, 72.66), tgt=(97.50, 11.00, 73.20), est=(97.58, 11.35, 73.64)),
}

CSS = """
@font-face { font-family: 'M'; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@font-face { font-family: 'G'; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: 'M'; font-size: 10pt; color: #000; }
.page { width: 210mm; height: 296.5mm; padding: 19mm 17mm 12mm 17mm; box-sizing: border-box; position: relative;
        page-break-after: always; break-after: page; overflow: hidden; }
.page:last-child { page-break-after: auto; break-after: auto; }
h1 { font-family: 'G'; font-size: 15pt; text-align: center; margin: 6mm 0 5mm 0; font-weight: normal; }
h2 { font-family: 'G'; font-size: 12pt; margin: 5mm 0 2mm 0; font-weight: normal; border-bottom: 1.2px solid #1f3b66; padding-bottom: 1mm; }
h3 { font-family: 'G'; font-size: 10.5pt; margin: 3mm 0 1.5mm 0; font-weight: normal; }
p { margin: 0 0 1.5mm 0; line-height: 1.6; text-indent: 1em; text-align: justify; }
.top { text-align: right; font-size: 9.5pt; line-height: 1.5; }
.doc { position: absolute; right: 17mm; top: 9mm; border: 1px solid #000; padding: 0.5mm 3mm; font-family: 'G'; font-size: 10pt; }
.foot { position: absolute; bottom: 7mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
table { border-collapse: collapse; font-size: 8.6pt; }
th, td { border: 0.6px solid #333; padding: 1.2mm 1.5mm; }
th { font-family: 'G'; font-weight: normal; background: #dfe6f0; }
td.n { text-align: right; white-space: nowrap; }
td.c { text-align: center; white-space: nowrap; }
.t3 { table-layout: fixed; font-size: 8pt; } .t3 th { white-space: nowrap; } .t3 td, .t3 th { padding: 1.1mm 1mm; }
.cap { font-family: 'G'; font-size: 9.5pt; margin: 3mm 0 1mm 0; }
.unit { float: right; font-family: 'M'; font-size: 8.5pt; }
.note { font-size: 8.3pt; line-height: 1.45; margin: 1mm 0 0 0; }
.bracket { font-family: 'G'; margin: 2mm 0 1mm 2mm; }
ul.seg { list-style: none; margin: 0 0 1mm 6mm; padding: 0; line-height: 1.6; }
.ref { border: 1px solid #444; padding: 2mm 4mm; margin: 3mm 0; }
.ref .t { font-family: 'G'; }
.two { column-count: 2; column-gap: 8mm; column-rule: 0.5px solid #999; }
.two p { font-size: 9.3pt; }
.two h3 { break-after: avoid; }
.item { margin: 0 0 1.2mm 0; padding-left: 1.2em; text-indent: -1.2em; line-height: 1.55; font-size: 9.3pt; }
.side { display: flex; gap: 6mm; align-items: flex-start; }
tr.sub td { background: #f4f6f9; }
"""

pages = []          # list of html strings
pn = 0


def page(body, doc_label="資料３"):
    global pn
    pn += 1
    pages.append(f'<div class="page"><div class="doc">{doc_label}</div>{body}<div class="foot">- {pn} -</div></div>')


def F(page_no, n, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, as_of=None, debt_raw=None):
    debt = CANON.get(n, n) if n else None
    return G.fact(page_no, debt, debt_raw if debt_raw is not None else n, fy, fy_raw, seg, metric, basis, value, unit, raw,
                  approx=approx, as_of=as_of)


# ------------------------------------------------------------------ page 1
P = 1
tax = D["市税"]
cr_n, cr_p = rate(tax["now"]["cur"]["c"], tax["now"]["cur"]["a"]), rate(tax["prev"]["cur"]["c"], tax["prev"]["cur"]["a"])
ar_n, ar_p = rate(tax["now"]["arr"]["c"], tax["now"]["arr"]["a"]), rate(tax["prev"]["arr"]["c"], tax["prev"]["arr"]["a"])
tr_n, tr_p = rate(tax["now"]["tot"]["c"], tax["now"]["tot"]["a"]), rate(tax["prev"]["tot"]["c"], tax["prev"]["tot"]["a"])
d_c, d_a, d_t = round(cr_n - cr_p, 2), round(ar_n - ar_p, 2), round(tr_n - tr_p, 2)
o_now_t, o_now = oku_man(tax["now"]["tot"]["o"] * 1000)
o_prev_t, o_prev = oku_man(tax["prev"]["tot"]["o"] * 1000)
o_dif_t, o_dif = oku_man(abs(o_now - o_prev))
assert o_now < o_prev
allr_n = rate(SUM["now"]["tot"]["c"], SUM["now"]["tot"]["a"]); allr_p = rate(SUM["prev"]["tot"]["c"], SUM["prev"]["tot"]["a"])
body = f"""
<div class="top">令和6年3月22日<br>総務部 納税課・債権管理課</div>
<h1>{TITLE}</h1>
<h2>１　はじめに</h2>
<p>本市では「太田市債権管理方針」に基づき、市税をはじめとする主要6債権について、年度ごとに収納率の目標を定めて収納対策に取り組んでいる。本報告は、令和5年度の取組状況と収納実績を令和6年2月末現在で取りまとめ、年度末に向けた見込みと今後の取組を示すものである。</p>
<p>2月末現在の主要6債権全体の収納率は{r2(allr_n)}％で、前年同月の{r2(allr_p)}％を上回っている。市税の収入未済額は約{o_now_t}となり、前年同月の約{o_prev_t}から約{o_dif_t}減少した。</p>
"""
F(P, None, FY, None, "total", "collection_rate", "interim", allr_n, "percent", f"{r2(allr_n)}％", as_of=NOW, debt_raw="主要6債権全体")
F(P, None, FYP, "前年同月", "total", "collection_rate", "interim", allr_p, "percent", f"{r2(allr_p)}％", as_of=PREV, debt_raw="主要6債権全体")
F(P, "市税", FY, None, "total", "outstanding", "interim", o_now, "yen", f"約{o_now_t}", approx=True, as_of=NOW)
F(P, "市税", FYP, "前年同月", "total", "outstanding", "interim", o_prev, "yen", f"約{o_prev_t}", approx=True, as_of=PREV)
F(P, "市税", FY, None, "total", "difference", "interim", -o_dif, "yen", f"約{o_dif_t}", approx=True, as_of=NOW)
body += f"""
<h2>２　市税の収納状況（令和6年2月末現在）</h2>
<div class="bracket">【収納率】令和6年2月末時点</div>
<ul class="seg">
<li>・現年分　{r2(cr_n)}％（前年同月比 {d_c:.2f}ポイント上昇）</li>
<li>・滞繰分　{r2(ar_n)}％（前年同月比 {d_a:.2f}ポイント上昇）</li>
<li>・合　計　{r2(tr_n)}％（前年同月比 {d_t:.2f}ポイント上昇）</li>
</ul>
"""
for seg, v, dd in (("current", cr_n, d_c), ("arrears", ar_n, d_a), ("total", tr_n, d_t)):
    F(P, "市税", FY, "令和6年2月末", seg, "collection_rate", "interim", v, "percent", f"{r2(v)}％", as_of=NOW)
    F(P, "市税", FY, "令和6年2月末", seg, "difference", "interim", dd, "points", f"{dd:.2f}ポイント", as_of=NOW)
    assert dd > 0
body += '<div class="bracket">【収入未済額】令和6年2月末時点</div><ul class="seg">'
for seg in ("cur", "arr"):
    t_, v_ = oku_man(tax["now"][seg]["o"] * 1000)
    body += f"<li>・{SEGL[seg]}　約{t_}</li>"
    F(P, "市税", FY, "令和6年2月末", SEGN[seg], "outstanding", "interim", v_, "yen", f"約{t_}", approx=True, as_of=NOW)
body += "</ul>"
# metric-in-row-header table (千円) beside the other orientation (円)
t1 = '<div><div class="cap">表１　市税の状況（2月末）</div><table style="width:80mm">'
t1 += '<tr><th>区分</th><th>前年同月</th><th>今月</th><th>増減</th></tr>'
for lab, k in (("調定額（千円）", "a"), ("収入済額（千円）", "c"), ("収入未済額（千円）", "o"), ("収納率（％）", "r")):
    if k == "r":
        a_, b_ = tr_p, tr_n
        t1 += f'<tr><th>{lab}</th><td class="n">{r2(a_)}</td><td class="n">{r2(b_)}</td><td class="n">{signed(d_t, "▲", 2)}</td></tr>'
        F(P, "市税", FYP, "前年同月", "total", "collection_rate", "interim", a_, "percent", r2(a_), as_of=PREV)
        F(P, "市税", FY, "今月", "total", "collection_rate", "interim", b_, "percent", r2(b_), as_of=NOW)
        F(P, "市税", FY, None, "total", "difference", "interim", d_t, "points", signed(d_t, "▲", 2), as_of=NOW)
    else:
        a_, b_ = tax["prev"]["tot"][k], tax["now"]["tot"][k]
        t1 += f'<tr><th>{lab}</th><td class="n">{comma(a_)}</td><td class="n">{comma(b_)}</td><td class="n">{signed(b_ - a_, "▲")}</td></tr>'
        m = {"a": "assessed", "c": "collected", "o": "outstanding"}[k]
        F(P, "市税", FYP, "前年同月", "total", m, "interim", a_ * 1000, "yen", comma(a_), as_of=PREV)
        F(P, "市税", FY, "今月", "total", m, "interim", b_ * 1000, "yen", comma(b_), as_of=NOW)
        F(P, "市税", FY, None, "total", "difference", "interim", (b_ - a_) * 1000, "yen", signed(b_ - a_, "▲"), as_of=NOW)
t1 += "</table></div>"
# 国民健康保険税 in yen, metrics as columns
kk = D["国民健康保険税"]
rng = random.Random(5)


def yen_of(s):
    for _ in range(10000):
        a_ = s["a"] * 1000 + rng.randint(-499, 499)
        c_ = s["c"] * 1000 + rng.randint(-499, 499)
        if rate(c_, a_) == rate(s["c"], s["a"]) and round((a_ - c_) / 1000) == s["o"]:
            return dict(a=a_, c=c_, o=a_ - c_)
    raise SystemExit("yen fit")


ky = {w: yen_of(kk[w]["tot"]) for w in ("prev", "now")}
t2 = '<div><div class="cap">表２　国民健康保険税の状況（2月末）</div><table style="width:92mm">'
t2 += '<tr><th>区分</th><th>調定額（円）</th><th>収入済額（円）</th><th>収納率（％）</th></tr>'
for w, lab, fy, asof in (("prev", "前年同月", FYP, PREV), ("now", "今月", FY, NOW)):
    s = ky[w]; rv = rate(s["c"], s["a"])
    t2 += f'<tr><th>{lab}</th><td class="n">{comma(s["a"])}</td><td class="n">{comma(s["c"])}</td><td class="n">{r2(rv)}</td></tr>'
    F(P, "国民健康保険税", fy, lab, "total", "assessed", "interim", s["a"], "yen", comma(s["a"]), as_of=asof)
    F(P, "国民健康保険税", fy, lab, "total", "collected", "interim", s["c"], "yen", comma(s["c"]), as_of=asof)
    F(P, "国民健康保険税", fy, lab, "total", "collection_rate", "interim", rv, "percent", r2(rv), as_of=asof)
da, dc = ky["now"]["a"] - ky["prev"]["a"], ky["now"]["c"] - ky["prev"]["c"]
dr = round(rate(ky["now"]["c"], ky["now"]["a"]) - rate(ky["prev"]["c"], ky["prev"]["a"]), 2)
t2 += f'<tr><th>増減</th><td class="n">{signed(da, "▲")}</td><td class="n">{signed(dc, "▲")}</td><td class="n">{signed(dr, "▲", 2)}</td></tr></table></div>'
F(P, "国民健康保険税", FY, None, "total", "difference", "interim", da, "yen", signed(da, "▲"), as_of=NOW)
F(P, "国民健康保険税", FY, None, "total", "difference", "interim", dc, "yen", signed(dc, "▲"), as_of=NOW)
F(P, "国民健康保険税", FY, None, "total", "difference", "interim", dr, "points", signed(dr, "▲", 2), as_of=NOW)
body += f'<div class="side">{t1}{t2}</div>'
body += '<p class="note">※ 表１は千円未満を四捨五入しているため、合計が一致しない場合がある。表２の国民健康保険税は現年分と滞繰分の合計。▲はマイナスを示す。</p>'
page(body)

# ------------------------------------------------------------------ pages 2-3: table split across pages (header repeated)
COLG = '<colgroup><col style="width:22mm"><col style="width:11mm">' + '<col style="width:21mm"><col style="width:21mm"><col style="width:13mm">' * 2 + '<col style="width:13mm"><col style="width:20mm"></colgroup>'
HEADROW = ('<tr><th rowspan="2">債権名</th><th rowspan="2">区分</th><th colspan="3">前年同期</th><th colspan="3">本年度</th>'
           '<th rowspan="2" style="white-space:normal">増減<br>（ポイント）</th><th rowspan="2" style="width:30mm">備考</th></tr>'
           '<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>')
NOTES = {
    ("市税", "arr"): lambda: f"前年度決算 {r2(YE['市税']['act'][1])}％",
    ("国民健康保険税", "tot"): lambda: f"うち滞納繰越分 {comma(D['国民健康保険税']['now']['arr']['o'])}千円（未済額）",
    ("介護保険料", "arr"): lambda: f"前年度決算 {r2(YE['介護保険料']['act'][1])}％",
    ("市営住宅使用料", "tot"): lambda: f"未済額 {comma(D['市営住宅使用料']['now']['tot']['o'])}千円",
}


def note_fact(P, n, seg):
    if (n, seg) == ("市税", "arr"):
        v = YE["市税"]["act"][1]
        F(P, "市税", FYP, "前年度", "arrears", "collection_rate", "actual", v, "percent", f"{r2(v)}％")
    elif (n, seg) == ("国民健康保険税", "tot"):
        v = D["国民健康保険税"]["now"]["arr"]["o"]
        F(P, "国民健康保険税", FY, None, "arrears", "outstanding", "interim", v * 1000, "yen", f"{comma(v)}千円", as_of=NOW)
    elif (n, seg) == ("介護保険料", "arr"):
        v = YE["介護保険料"]["act"][1]
        F(P, "介護保険料", FYP, "前年度", "arrears", "collection_rate", "actual", v, "percent", f"{r2(v)}％")
    elif (n, seg) == ("市営住宅使用料", "tot"):
        v = D["市営住宅使用料"]["now"]["tot"]["o"]
        F(P, "市営住宅使用料", FY, None, "total", "outstanding", "interim", v * 1000, "yen", f"{comma(v)}千円", as_of=NOW)


def rows_for(P, names, total=False):
    h = ""
    for n in names:
        src = SUM if n == "合計" else D[n]
        for i, seg in enumerate(("cur", "arr", "tot")):
            a, b = src["prev"][seg], src["now"][seg]
            ra, rb = rate(a["c"], a["a"]), rate(b["c"], b["a"])
            dd = round(rb - ra, 2)
            cls = ' class="sub"' if seg == "tot" else ""
            head = f'<th rowspan="3" style="writing-mode:vertical-rl;letter-spacing:1px">{n}</th>' if i == 0 and n == "合計" else (
                f'<td rowspan="3" style="text-align:center">{n}</td>' if i == 0 else "")
            key = (n, seg)
            note = NOTES[key]() if key in NOTES else ""
            h += (f'<tr{cls}>{head}<td class="c">{SEGL[seg]}</td><td class="n">{comma(a["a"])}</td><td class="n">{comma(a["c"])}</td>'
                  f'<td class="n">{r2(ra)}</td><td class="n">{comma(b["a"])}</td><td class="n">{comma(b["c"])}</td>'
                  f'<td class="n">{r2(rb)}</td><td class="n">{signed(dd, "▲", 2)}</td><td style="font-size:7.6pt;line-height:1.3">{note}</td></tr>')
            dn = None if n == "合計" else n
            for w, fy, asof, s_, rr in (("prev", FYP, PREV, a, ra), ("now", FY, NOW, b, rb)):
                raw_y = "前年同期" if w == "prev" else "本年度"
                F(P, dn, fy, raw_y, SEGN[seg], "assessed", "interim", s_["a"] * 1000, "yen", comma(s_["a"]), as_of=asof, debt_raw=n)
                F(P, dn, fy, raw_y, SEGN[seg], "collected", "interim", s_["c"] * 1000, "yen", comma(s_["c"]), as_of=asof, debt_raw=n)
                F(P, dn, fy, raw_y, SEGN[seg], "collection_rate", "interim", rr, "percent", r2(rr), as_of=asof, debt_raw=n)
            F(P, dn, FY, None, SEGN[seg], "difference", "interim", dd, "points", signed(dd, "▲", 2), as_of=NOW, debt_raw=n)
            if key in NOTES:
                note_fact(P, n, seg)
    return h


P = 2
body = """<h2>３　債権別の収納状況</h2>
<p>主要6債権の2月末現在の収納状況は表３のとおりである。全ての債権で現年分・滞繰分ともに前年同期の収納率を上回っている。</p>
<div class="cap">表３　債権別収納状況（令和6年2月末現在。前年同期は令和5年2月末）<span class="unit">（単位：千円、％）</span></div>
<table class="t3" style="width:100%">""" + COLG + HEADROW + rows_for(P, NAMES[:3]) + "</table>"
body += '<p class="note">※ 表３は次ページに続く。</p>'
# 【参考】 box
R4O = SUM["now"]["arr"]["a"]            # 令和4年度末の収入未済額 = 令和5年度の滞納繰越調定
R4OA = int(round(R4O * 0.7126))
sh = D["後期高齢者医療保険料"]
body += f"""<div class="ref"><div class="t">【参考】令和4年度決算の収納率（主要6債権計）</div>
<div>・現年分：{r2(98.12)}％　・滞繰分：{r2(23.64)}％　・合計：{r2(93.05)}％</div>
<div>・収入未済額：{comma(R4O)}千円（うち滞納繰越分 {comma(R4OA)}千円）</div></div>"""
for seg, v in (("current", 98.12), ("arrears", 23.64), ("total", 93.05)):
    F(P, None, FYP, "令和4年度", seg, "collection_rate", "actual", v, "percent", f"{r2(v)}％", debt_raw="主要6債権計")
F(P, None, FYP, "令和4年度", "total", "outstanding", "actual", R4O * 1000, "yen", f"{comma(R4O)}千円", debt_raw="主要6債権計")
F(P, None, FYP, "令和4年度", "arrears", "outstanding", "actual", R4OA * 1000, "yen", f"{comma(R4OA)}千円", debt_raw="主要6債権計")
page(body)

P = 3
body = """<div class="cap">表３　債権別収納状況（令和6年2月末現在。前年同期は令和5年2月末）（続き）<span class="unit">（単位：千円、％）</span></div>
<table class="t3" style="width:100%">""" + COLG + HEADROW + rows_for(P, NAMES[3:] + ["合計"]) + "</table>"
kr = D["国民健康保険税"]["now"]["arr"]
body += (f'<p class="note">※1 増減は本年度の収納率から前年同期の収納率を差し引いたもの（▲は低下）。<br>'
         f'※2 令和4年度決算における国民健康保険税の収入未済額は {comma(D["国民健康保険税"]["now"]["arr"]["a"])}千円。</p>')
F(P, "国民健康保険税", FYP, "令和4年度", "total", "outstanding", "actual", D["国民健康保険税"]["now"]["arr"]["a"] * 1000, "yen", f"{comma(D['国民健康保険税']['now']['arr']['a'])}千円")
# footnote figure: part of collected -> not one of the six as a standalone debt/segment? it is collected (part). Not recorded.
# year-end estimates vs targets
body += """<h2>４　年度末の見込み</h2>
<p>2月末までの実績と前年度の3月から5月（出納整理期間）までの収納の推移を基に、令和5年度の決算見込みを推計した。全ての債権で目標収納率（計）を上回る見込みである。</p>
<div class="cap">表４　令和5年度の目標収納率と決算見込<span class="unit">（単位：％）</span></div>
<table style="width:100%"><tr><th rowspan="2">債権名</th><th colspan="3">R4決算</th><th colspan="3">R5目標</th><th colspan="3">R5決算見込</th></tr>
<tr><th>現年分</th><th>滞繰分</th><th>計</th><th>現年分</th><th>滞繰分</th><th>計</th><th>現年分</th><th>滞繰分</th><th>計</th></tr>"""
for n in NAMES:
    y = YE[n]
    body += f'<tr><td>{n}</td>' + "".join(f'<td class="n">{r2(v)}</td>' for v in y["act"] + y["tgt"] + y["est"]) + "</tr>"
    for basis, key, fy, fr in (("actual", "act", FYP, "R4"), ("target", "tgt", FY, "R5"), ("estimate", "est", FY, "R5")):
        for seg, v in zip(("current", "arrears", "total"), y[key]):
            F(P, n, fy, fr, seg, "collection_rate", basis, v, "percent", r2(v))
    assert y["est"][2] >= y["tgt"][2]
body += "</table>"
body += '<p class="note">※ 決算見込は、令和6年2月末時点の推計値である。</p>'
page(body)

# ------------------------------------------------------------------ page 4: monthly table + chart
P = 4
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
END = {"prev": ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31", "2022-11-30",
                "2022-12-31", "2023-01-31", "2023-02-28", "2023-03-31"],
       "now": ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31", "2023-11-30",
               "2023-12-31", "2024-01-31", "2024-02-29", None]}
RP = [8.92, 21.48, 33.05, 44.21, 50.83, 56.94, 63.81, 69.02, 76.53, 84.12, None, 97.64]
RN = [9.11, 21.86, 33.42, 44.87, 51.30, 57.61, 64.20, 69.58, 77.04, 84.65, None, None]
AP = [38102300, 38233450, 38410200, 38702810, 38751920, 38790340, 38822100, 38851470, 38880290, 38893350, None, 38941200]
AN = [38790420, 38955130, 39120880, 39408910, 39470260, 39511370, 39540880, 39568320, 39590170, 39603920, None, None]
body = """<h2>５　市税（現年課税分）の月別収納状況</h2>
<p>現年課税分の収納率は、年度当初から前年同月を上回って推移している。特に12月末以降は、催告書の2回目送付とスマートフォン決済の利用拡大により前年同月との差が広がった。</p>
<div class="cap">表５　月別収納状況（市税・現年課税分、累計）<span class="unit">（単位：千円、％）</span></div>
<table style="width:100%"><tr><th rowspan="2">月</th><th colspan="2">令和4年度</th><th colspan="2">令和5年度</th><th rowspan="2">収納率の差<br>（ポイント）</th></tr>
<tr><th>収入済額（累計）</th><th>収納率</th><th>収入済額（累計）</th><th>収納率</th></tr>"""
for i, mth in enumerate(MONTHS):
    cells = []
    vals = {}
    for w, R, A, fy, fyr in (("prev", RP, AP, FYP, "令和4年度"), ("now", RN, AN, FY, "令和5年度")):
        if i == 10:
            s = D["市税"][w]["cur"]; c_, r_ = s["c"], rate(s["c"], s["a"])
        elif R[i] is None:
            cells += ["－", "－"]; vals[w] = None; continue
        else:
            c_ = int(round(A[i] * R[i] / 100)); r_ = rate(c_, A[i])
        vals[w] = r_
        cells += [comma(c_), r2(r_)]
        F(P, "市税", fy, fyr, "current", "collected", "interim", c_ * 1000, "yen", comma(c_), as_of=END[w][i], debt_raw="市税（現年課税分）")
        F(P, "市税", fy, fyr, "current", "collection_rate", "interim", r_, "percent", r2(r_), as_of=END[w][i], debt_raw="市税（現年課税分）")
    if vals["now"] is not None:
        dd = round(vals["now"] - vals["prev"], 2)
        cells.append(signed(dd, "▲", 2))
        F(P, "市税", FY, None, "current", "difference", "interim", dd, "points", signed(dd, "▲", 2), as_of=END["now"][i], debt_raw="市税（現年課税分）")
    else:
        cells.append("－")
    body += f'<tr><td class="c">{mth}</td>' + "".join(f'<td class="n">{c}</td>' for c in cells) + "</tr>"
body += "</table>"
body += '<p class="note">※ 収納率は各月末の調定額に対する収入済額の割合。令和5年度の3月末は集計前のため「－」とした。</p>'
# line chart of 2月末 rate by year
CH = [("R元", 2019, "2020-02-29", 91.74), ("R2", 2020, "2021-02-28", 91.12), ("R3", 2021, "2022-02-28", 92.20),
      ("R4", 2022, "2023-02-28", rate(D["市税"]["prev"]["cur"]["c"], D["市税"]["prev"]["cur"]["a"])),
      ("R5", 2023, "2024-02-29", rate(D["市税"]["now"]["cur"]["c"], D["市税"]["now"]["cur"]["a"]))]
W, H = 560, 210
lo, hi = 90.5, 93.5
svg = [f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" style="font-family:M;font-size:11px">']
for t in (91.0, 91.5, 92.0, 92.5, 93.0):
    yy = 180 - (t - lo) / (hi - lo) * 150
    svg.append(f'<line x1="50" y1="{yy:.1f}" x2="{W - 20}" y2="{yy:.1f}" stroke="#ccc" stroke-width="0.6"/>')
    svg.append(f'<text x="44" y="{yy + 4:.1f}" text-anchor="end" font-size="10">{t:.1f}</text>')
pts = []
for i, (lab, fy, asof, v) in enumerate(CH):
    x = 100 + i * 100
    yy = 180 - (v - lo) / (hi - lo) * 150
    pts.append((x, yy))
    svg.append(f'<text x="{x}" y="198" text-anchor="middle">{lab}</text>')
    svg.append(f'<text x="{x}" y="{yy - 9:.1f}" text-anchor="middle" font-size="11.5">{r2(v)}</text>')
    F(P, "市税", fy, lab, "current", "collection_rate", "interim", v, "percent", r2(v), as_of=asof, debt_raw="市税（現年課税分）")
svg.append('<polyline fill="none" stroke="#1f5fa8" stroke-width="2" points="' + " ".join(f"{x},{y:.1f}" for x, y in pts) + '"/>')
for x, y in pts:
    svg.append(f'<circle cx="{x}" cy="{y:.1f}" r="3.5" fill="#1f5fa8"/>')
svg.append('<line x1="50" y1="180" x2="540" y2="180" stroke="#333" stroke-width="0.8"/></svg>')
body += '<div class="cap">図１　各年度2月末時点の現年課税分収納率の推移（市税）（単位：％）</div>' + "".join(svg)
page(body)

# ------------------------------------------------------------------ page 5-6: two-column 取組 report
P = 5
INITS = {
    "市税": [
        ("①", "納期限から20日を経過した未納者に督促状を送付し、その後も未納の者には催告書を月2回送付した。", "拡充"),
        ("②", "滞納繰越分の高額事案について、年度前半に預貯金・給与調査を終え、10月以降に差押えを集中的に実施した。", "継続"),
        ("③", "スマートフォン決済及びクレジットカード納付の案内を納税通知書に同封し、キャッシュレス納付の利用を促した。", "継続"),
    ],
    "国民健康保険税": [
        ("①", "資格取得の届出時に、窓口で口座振替の申込みを受け付けた。", "新規"),
        ("②", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認した。", "継続"),
        ("③", "納税課との合同催告を年2回実施し、財産が判明した世帯の差押えを進めた。", "継続"),
    ],
    "介護保険料": [
        ("①", "普通徴収の未納者に対し、給付制限の内容を記載した催告書を送付した。", "拡充"),
        ("②", "時効完成が近い滞納分を毎月抽出し、納付誓約の取得を優先して進めた。", "継続"),
    ],
    "保育所保育料": [
        ("①", "児童手当からの特別徴収（申出徴収）の申出を入所時に勧奨した。", "継続"),
        ("②", "卒園した世帯の滞納分について、納税課と連携して財産調査を実施した。", "新規"),
    ],
    "市営住宅使用料": [
        ("①", "3か月以上の滞納者に対し、連帯保証人への通知と住宅訪問を同時に実施した。", "継続"),
        ("②", "納付指導に応じない長期滞納者2世帯について、明渡請求訴訟を提起した。", "継続"),
    ],
}


def sec_html(P, n, prose_parts):
    h = f"<h3>債権ごとの取組状況（{n}）</h3>"
    for pp in prose_parts:
        h += f"<p>{pp}</p>"
    for lab, t, tag in INITS[n]:
        h += f'<div class="item">{lab}{t}【{tag}】</div>'
        G.init(P, CANON[n], FY, f"債権ごとの取組状況（{n}）", lab, f"{t}【{tag}】", tag)
    return h


def prose_for(P, n):
    s = D[n]
    rn = rate(s["now"]["cur"]["c"], s["now"]["cur"]["a"]); rp = rate(s["prev"]["cur"]["c"], s["prev"]["cur"]["a"])
    an = rate(s["now"]["arr"]["c"], s["now"]["arr"]["a"])
    dd = round(rn - rp, 2)
    ot, ov = oku_man(s["now"]["tot"]["o"] * 1000, 100_000 if s["now"]["tot"]["o"] < 1_000_000 else 1_000_000)
    F(P, n, FY, None, "current", "collection_rate", "interim", rn, "percent", f"{r2(rn)}％", as_of=NOW)
    F(P, n, FY, None, "current", "difference", "interim", dd, "points", f"{dd:.2f}ポイント", as_of=NOW)
    F(P, n, FY, None, "arrears", "collection_rate", "interim", an, "percent", f"{r2(an)}％", as_of=NOW)
    F(P, n, FY, None, "total", "outstanding", "interim", ov, "yen", f"約{ot}", approx=True, as_of=NOW)
    return (f"2月末の現年分収納率は{r2(rn)}％で、前年同月から{dd:.2f}ポイント改善した。滞繰分収納率は{r2(an)}％、"
            f"収入未済額は約{ot}である。")


body = '<h2>６　債権ごとの取組状況</h2><div class="two">'
body += sec_html(P, "市税", [prose_for(P, "市税"), "差押えは2月末までに1,184件（前年同期1,097件）実施し、うち預貯金の差押えが8割を占めている。"])
body += sec_html(P, "国民健康保険税", [prose_for(P, "国民健康保険税")])
body += sec_html(P, "介護保険料", [prose_for(P, "介護保険料")])
body += "</div>"
DQ = [("市税", "滞納者数（人）", "persons", 9842, 9315, 1097, 1184), ("国民健康保険税", "滞納世帯数（世帯）", "households", 5120, 4867, 402, 455),
      ("介護保険料", "滞納者数（人）", "persons", 1874, 1802, 12, 15), ("保育所保育料", "滞納世帯数（世帯）", "households", 118, 109, 0, 2),
      ("市営住宅使用料", "滞納世帯数（世帯）", "households", 162, 151, 0, 0)]
body += '''<div class="cap" style="margin-top:5mm">表６　滞納者数及び差押件数（2月末現在）</div>
<table style="width:100%"><tr><th rowspan="2">債権名</th><th rowspan="2">単位</th><th colspan="3">滞納者数・滞納世帯数</th><th colspan="3">差押件数（件）</th></tr>
<tr><th>前年同期</th><th>本年度</th><th>増減</th><th>前年同期</th><th>本年度</th><th>増減</th></tr>'''
for n, lab, unit, p_, q_, sp, sq in DQ:
    body += (f'<tr><td>{n}</td><td class="c">{lab.split("（")[1][:-1]}</td><td class="n">{comma(p_)}</td><td class="n">{comma(q_)}</td>'
             f'<td class="n">{signed(q_ - p_, "▲")}</td><td class="n">{comma(sp)}</td><td class="n">{comma(sq)}</td><td class="n">{signed(sq - sp, "▲")}</td></tr>')
    F(P, n, FYP, "前年同期", "total", "delinquents", "interim", p_, unit, comma(p_), as_of=PREV)
    F(P, n, FY, "本年度", "total", "delinquents", "interim", q_, unit, comma(q_), as_of=NOW)
    F(P, n, FY, None, "total", "difference", "interim", q_ - p_, unit, signed(q_ - p_, "▲"), as_of=NOW)
body += '</table><p class="note">※ 滞納者数は、2月末現在で納期限を過ぎた未納額がある者の実人数（国民健康保険税、保育所保育料及び市営住宅使用料は世帯数）。</p>'
page(body)

P = 6
body = '<div class="two">'
body += sec_html(P, "保育所保育料", [prose_for(P, "保育所保育料")])
body += sec_html(P, "市営住宅使用料", [prose_for(P, "市営住宅使用料")])
body += "</div>"
MEMO = [
    ("（１）", "滞納の未然防止", [
        ("ア", "口座振替の推進", [("(ｱ)", "Web口座振替受付サービスの周知を、納税通知書と市ホームページで行う。", "継続"),
                            ("(ｲ)", "国民健康保険税の口座振替率を、令和6年度末までに60％とする。", "新規")]),
        ("イ", "納付機会の拡大", [("(ｱ)", "地方税統一QRコードによる納付を、市税以外の債権にも順次広げる。", "拡充")])]),
    ("（２）", "滞納整理の強化", [
        ("ア", "財産調査の効率化", [("(ｱ)", "預貯金照会を電子照会に一本化し、調査から差押えまでの期間を短縮する。", "継続")]),
        ("イ", "債権間の連携", [("(ｱ)", "複数の債権を滞納している者の情報を債権管理課に集約し、一元的に滞納整理を行う。", "拡充")])]),
]
body += '<h2>７　今後の取組（令和6年度に向けて）</h2>'
for l1, t1_, subs in MEMO:
    body += f'<h3>{l1}{t1_}</h3>'
    for l2, t2_, its in subs:
        body += f'<div class="item" style="margin-left:4mm">{l2}　{t2_}</div>'
        for l3, t3, tag in its:
            body += f'<div class="item" style="margin-left:9mm">{l3}　{t3}【{tag}】</div>'
            G.init(P, None, 2024, f"７　今後の取組（令和6年度に向けて）{l1}{t1_}", f"{l1}{l2}{l3}", f"{t3}【{tag}】", tag, debt_raw=None)
body += '<p style="margin-top:4mm">以上の取組により、令和6年度は主要6債権全体の収納率（計）を前年度決算見込から0.30ポイント以上引き上げることを目標とする。</p>'
G.fact(P, None, "主要6債権全体", 2024, "令和6年度", "total", "difference", "target", 0.30, "points", "0.30ポイント")
page(body)

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>{TITLE}</title><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", hp.as_uri()], check=True, capture_output=True)
import fitz  # noqa: E402
n = fitz.open(pdf).page_count
gp = G.write(pdf, n)
errs = check_pdf(pdf, gp)
print(f"{STEM}: pages={n} facts={len(G.facts)} initiatives={len(G.inits)} errors={errs}")
