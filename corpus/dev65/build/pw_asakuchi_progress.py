"""pw_asakuchi_progress_1: 浅口市 債権管理の取組状況（令和6年2月末現在）, HTML/CSS -> chromium --print-to-pdf.
Run from corpus/dev65:  python3 build/pw_asakuchi_progress.py"""
import sys, subprocess, os
sys.path.insert(0, "build")
from pw_common import Gold, c, rate, r2

STEM = "pw_asakuchi_progress_1"
g = Gold(STEM, "progress_report", "progress", "浅口市", "令和5年度 債権管理の取組状況（令和6年2月末現在）",
         "2024-02-29", "令和6年2月末現在")
HEAD = "令和5年度 債権管理の取組状況"
NOW, PREV = "2024-02-29", "2023-02-28"
FULL = {"市税": "市税", "保育料": "保育所保育料", "住宅使用料": "市営住宅使用料", "国保税": "国民健康保険税",
        "介護料": "介護保険料", "後期高齢": "後期高齢者医療保険料"}
# (千円) now cur(A,C), now arr(A,C), prev cur(A,C), prev arr(A,C)
DATA = {
    "一般会計": {
        "市税": ((2534210, 2341876), (145320, 35095), (2498765, 2299617), (151872, 34210)),
        "保育料": ((68452, 61988), (9874, 2105), (70213, 63107), (10356, 2012)),
        "住宅使用料": ((92310, 83215), (24567, 3412), (93145, 83466), (25874, 3198)),
    },
    "特別会計": {
        "国保税": ((612345, 497125), (178456, 31245), (628912, 507632), (186732, 30578)),
        "介護料": ((487652, 452316), (12456, 2478), (480115, 444362), (13120, 2396)),
        "後期高齢": ((312458, 295617), (3421, 1156), (301874, 285112), (3610, 1088)),
    },
}
SUBT = {"一般会計": "一般会計計", "特別会計": "特別会計計"}

def pages_html(pages):
    css = """
    @page { size: A4; margin: 0; }
    body { margin: 0; font-family: 'IPAexGothic'; color: #111; }
    .page { width: 210mm; height: 296mm; box-sizing: border-box; padding: 16mm 15mm 14mm 15mm; position: relative;
            page-break-after: always; overflow: hidden; }
    .rh { position: absolute; top: 7mm; right: 15mm; font-size: 8pt; color: #555; border-bottom: 0.5pt solid #777; }
    .ft { position: absolute; bottom: 7mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
    h1 { font-size: 16pt; text-align: center; margin: 6mm 0 2mm; }
    h2 { font-size: 12pt; margin: 4mm 0 2mm; border-left: 4pt solid #2a5d8f; padding-left: 2mm; }
    h3 { font-size: 10.5pt; margin: 3mm 0 1.5mm; }
    p, li { font-family: 'IPAexMincho'; font-size: 9.5pt; line-height: 1.6; margin: 0 0 1.5mm; }
    .two { column-count: 2; column-gap: 8mm; } .two > div { break-inside: avoid; }
    table { border-collapse: collapse; width: 100%; font-size: 7.8pt; }
    th, td { border: 0.5pt solid #333; padding: 1.2mm 1.2mm; }
    th { background: #dfe8f2; font-weight: normal; }
    td.n { text-align: right; }
    tr.sec td { background: #f3f3f3; font-weight: bold; }
    tr.sub td { background: #fbf6e6; }
    .cap { font-size: 9.5pt; margin: 2mm 0 1mm; display: flex; justify-content: space-between; }
    .note { font-size: 7.5pt; margin: 1mm 0 2mm; }
    .box { border: 0.8pt solid #333; padding: 2mm 4mm; margin: 2mm 0; }
    .side { display: flex; gap: 6mm; } .side > div { flex: 1; }
    ul { margin: 0; padding-left: 5mm; } 
    .ind1 { padding-left: 4mm; } .ind2 { padding-left: 8mm; } .ind3 { padding-left: 12mm; }
    """
    body = ""
    for k, h in enumerate(pages, 1):
        body += f'<div class="page"><div class="rh">{HEAD}（令和6年2月末現在）</div>{h}<div class="ft">- {k} -</div></div>'
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"

P = []
# ---------------- page 1: 概要 (38, 20, 41, 11) ----------------
pg = 1
s = DATA["一般会計"]["市税"]
rc, ra = rate(s[0][1], s[0][0]), rate(s[1][1], s[1][0])
rt = rate(s[0][1] + s[1][1], s[0][0] + s[1][0])
pc, pa = rate(s[2][1], s[2][0]), rate(s[3][1], s[3][0])
pt = rate(s[2][1] + s[3][1], s[2][0] + s[3][0])
k = DATA["特別会計"]["国保税"]
kO = k[0][0] - k[0][1] + k[1][0] - k[1][1]
kOp = k[2][0] - k[2][1] + k[3][0] - k[3][1]
kO_m = round(kO / 100) * 100  # 千円 -> nearest 10万円 for prose
def oku(v_k):  # 千円 -> 約X億X,XXX万円
    man = round(v_k / 10)
    o, m = divmod(man, 10000)
    return (f"{o}億{m:,}万円" if o else f"{m:,}万円"), man * 10000
kO_txt, kO_val = oku(kO)
dk_txt, dk_val = oku(kOp - kO)
h = f"""<h1>{HEAD}<br><span style="font-size:11pt">（令和6年2月末現在）</span></h1>
<p style="text-align:right">令和6年3月　浅口市 総務部 税務課</p>
<h2>１　概要</h2>
<div class="two">
<div><h3>（１）市税</h3>
<p>令和6年2月末の市税の収納率は、現年課税分が{r2(rc)}％で、前年同月比{r2(rc - pc)}ポイント上昇した。
滞納繰越分は{r2(ra)}％で、前年同月の{r2(pa)}％を下回っており、年度末に向けて滞納繰越分の整理を重点的に進める。</p>
<p>市税全体では収入済額が{c(s[0][1] + s[1][1])}千円となり、前年同月を{c(s[0][1] + s[1][1] - s[2][1] - s[3][1])}千円上回っている。</p>
</div><div><h3>（２）国民健康保険税</h3>
<p>国民健康保険税の収入未済額は2月末で約{kO_txt}となり、前年同月から約{dk_txt}の減少となった。
現年課税分の収納率は{r2(rate(k[0][1], k[0][0]))}％で、前年同月比{r2(rate(k[0][1], k[0][0]) - rate(k[2][1], k[2][0]))}ポイント改善している。</p>
</div><div><h3>（３）その他の債権</h3>
<p>介護保険料、後期高齢者医療保険料はおおむね前年同月並みで推移している。保育所保育料と市営住宅使用料は、
滞納繰越分の収納が前年同月を上回った一方、現年分の収納率が伸び悩んでおり、所管課と連携して催告を強化する。</p>
</div></div>
<div class="box"><b>【収納率】令和6年2月末時点（市税）</b>
<ul><li>現年分　{r2(rc)}％</li><li>滞繰分　{r2(ra)}％</li><li>合計　　{r2(rt)}％</li></ul></div>
<p class="note">※ 収納率は、収入済額を調定額で除したもの。前年同月は令和5年2月末の数値。</p>
"""
F = lambda *a, **kw: g.f(pg, *a, **kw)
F("市税", "市税", 2023, "令和6年2月末", "current", "collection_rate", "interim", rc, "percent", f"{r2(rc)}％", as_of=NOW)
F("市税", "市税", 2023, "令和6年2月末", "current", "difference", "interim", round(rc - pc, 2), "points", f"{r2(rc - pc)}ポイント", as_of=NOW)
F("市税", "市税", 2023, "令和6年2月末", "arrears", "collection_rate", "interim", ra, "percent", f"{r2(ra)}％", as_of=NOW)
F("市税", "市税", 2022, "前年同月", "arrears", "collection_rate", "interim", pa, "percent", f"{r2(pa)}％", as_of=PREV)
F("市税", "市税", 2023, "令和6年2月末", "total", "collected", "interim", (s[0][1] + s[1][1]) * 1000, "yen", f"{c(s[0][1] + s[1][1])}千円", as_of=NOW)
F("市税", "市税", 2023, "令和6年2月末", "total", "difference", "interim", (s[0][1] + s[1][1] - s[2][1] - s[3][1]) * 1000, "yen", f"{c(s[0][1] + s[1][1] - s[2][1] - s[3][1])}千円", as_of=NOW)
F("国民健康保険税", "国民健康保険税", 2023, "2月末", "total", "outstanding", "interim", kO_val, "yen", f"約{kO_txt}", approx=True, as_of=NOW)
F("国民健康保険税", "国民健康保険税", 2023, "2月末", "total", "difference", "interim", -dk_val, "yen", f"約{dk_txt}", approx=True, as_of=NOW)
qk, qkp = rate(k[0][1], k[0][0]), rate(k[2][1], k[2][0])
F("国民健康保険税", "国民健康保険税", 2023, "2月末", "current", "collection_rate", "interim", qk, "percent", f"{r2(qk)}％", as_of=NOW)
F("国民健康保険税", "国民健康保険税", 2023, "2月末", "current", "difference", "interim", round(qk - qkp, 2), "points", f"{r2(qk - qkp)}ポイント", as_of=NOW)
for seg, v in (("current", rc), ("arrears", ra), ("total", rt)):
    F("市税", "市税", 2023, "令和6年2月末時点", seg, "collection_rate", "interim", v, "percent", f"{r2(v)}％", as_of=NOW)
P.append(h)

# ---------------- pages 2-3: 表1 (39, 40, 45, 47, 50, 59, 62, 5, 17, 26) ----------------
def thead():
    return """<tr><th rowspan="2">債権</th><th rowspan="2">区分</th><th colspan="3">前年同月</th><th colspan="3">本年度</th>
<th rowspan="2">収納率の差<br>（ポイント）</th><th rowspan="2">収入済額の<br>前年度比（％）</th></tr>
<tr><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th></tr>"""

def facts_row(pgno, debt, draw, seg, now, prev):
    gf = lambda *a, **kw: g.f(pgno, *a, **kw)
    q, qp = rate(now[1], now[0]), rate(prev[1], prev[0])
    d = round(q - qp, 2)
    ratio = round(now[1] / prev[1] * 100, 1)
    for fy, raw_y, v, asof in ((2022, "前年同月", prev, PREV), (2023, "本年度", now, NOW)):
        gf(debt, draw, fy, raw_y, seg, "assessed", "interim", v[0] * 1000, "yen", c(v[0]), as_of=asof)
        gf(debt, draw, fy, raw_y, seg, "collected", "interim", v[1] * 1000, "yen", c(v[1]), as_of=asof)
        gf(debt, draw, fy, raw_y, seg, "collection_rate", "interim", rate(v[1], v[0]), "percent", r2(rate(v[1], v[0])), as_of=asof)
    ds = ("△" if d < 0 else "") + r2(abs(d))
    gf(debt, draw, 2023, "本年度", seg, "difference", "interim", d, "points", ds, as_of=NOW)
    gf(debt, draw, 2023, "本年度", seg, "collected_ratio", "interim", ratio, "percent", f"{ratio:.1f}", as_of=NOW)
    return (f"<td class='n'>{c(prev[0])}</td><td class='n'>{c(prev[1])}</td><td class='n'>{r2(qp)}</td>"
            f"<td class='n'>{c(now[0])}</td><td class='n'>{c(now[1])}</td><td class='n'>{r2(q)}</td>"
            f"<td class='n'>{ds}</td><td class='n'>{ratio:.1f}</td>")

grand = [0, 0, 0, 0]
def section(pgno, kaikei):
    rows = f"<tr class='sec'><td colspan='10'>【{kaikei}】</td></tr>"
    sub = [0, 0, 0, 0]
    for ab, (nc, na, pc_, pa_) in DATA[kaikei].items():
        deb = FULL[ab]
        tn = (nc[0] + na[0], nc[1] + na[1]); tp = (pc_[0] + pa_[0], pc_[1] + pa_[1])
        for j, (lab, seg, now, prev) in enumerate((("現年", "current", nc, pc_), ("滞繰", "arrears", na, pa_), ("計", "total", tn, tp))):
            first = f"<td rowspan='3'>{ab}</td>" if j == 0 else ""
            rows += f"<tr>{first}<td>{lab}</td>{facts_row(pgno, deb, ab, seg, now, prev)}</tr>"
        for i_, v in enumerate((tn[0], tn[1], tp[0], tp[1])):
            sub[i_] += v; grand[i_] += v
    rows += f"<tr class='sub'><td colspan='2'>{SUBT[kaikei]}</td>{facts_row(pgno, None, SUBT[kaikei], 'total', (sub[0], sub[1]), (sub[2], sub[3]))}</tr>"
    return rows

cap = "<div class='cap'><b>表１　主要債権の収納状況（令和6年2月末現在、前年同月は令和5年2月末）</b></div>"
legend = ("<p class='note'>（注）国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、"
          "住宅使用料：市営住宅使用料。収入済額の前年度比は、本年度の収入済額を前年同月の収入済額で除したもの。</p>")
pg = 2
h = f"<h2>２　主要債権の収納状況</h2>{cap}<table>{thead()}{section(2, '一般会計')}</table>{legend}"
h += """<p>一般会計の債権では、市税の現年課税分が前年同月を上回って推移している。保育所保育料は、
幼児教育・保育の無償化の対象外となる世帯の滞納が一部で長期化しており、児童手当からの徴収の申出を勧めている。</p>"""
P.append(h)
pg = 3
h = f"{cap.replace('</b>', '（続き）</b>')}<table>{thead()}{section(3, '特別会計')}"
h += f"<tr class='sub'><td colspan='2'>総計</td>{facts_row(3, None, '総計', 'total', (grand[0], grand[1]), (grand[2], grand[3]))}</tr></table>{legend}"
# monthly table (46, 2, 4)
months = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末"]
ends = ["04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31", "01-31", "02-29"]
now_m = [8.12, 21.45, 33.80, 45.21, 52.67, 60.18, 66.35, 72.90, 81.74, 86.52, rc]
prev_m = [7.95, 21.02, 33.41, 44.76, 52.30, 59.84, 65.97, 72.41, 81.30, 86.07, pc]
h += "<h3>表２　市税（現年課税分）の月別収納状況（累計、単位：％）</h3><table><tr><th>区分</th>" + "".join(f"<th>{m}</th>" for m in months) + "</tr>"
for lab, fy, arr in (("本年度", 2023, now_m), ("前年度", 2022, prev_m)):
    h += f"<tr><td>{lab}</td>" + "".join(f"<td class='n'>{r2(v)}</td>" for v in arr) + "</tr>"
    for m, e, v in zip(months, ends, arr):
        yy = fy + (1 if e[:2] in ("01", "02") else 0)
        day = e if not (e == "02-29" and fy == 2022) else "02-28"
        g.f(3, "市税", "市税", fy, lab, "current", "collection_rate", "interim", v, "percent", r2(v), as_of=f"{yy}-{day}")
h += "</table><p class='note'>※ 各月末時点の累計収納率。前年度は令和4年度の同月末の数値。</p>"
P.append(h)

# ---------------- page 4: 決算見込 (19, 39, 51, 52, 62, 40, 23, 20) ----------------
pg = 4
EST = {  # 決算見込: cur rate, cur O(千円), arr rate, arr O, total rate ; R4 actual total rate
    "市税": (99.02, 24856, 27.85, 98342, 95.21, 94.96),
    "国保税": (93.60, 39218, 21.40, 84153, 76.12, 75.18),
    "介護料": (98.90, 5364, 24.10, 7926, 96.90, 96.74),
    "後期高齢": (99.60, 1250, 40.20, 1934, 99.12, 99.05),
    "保育料": (97.20, 1917, 25.60, 6985, 88.40, 88.91),
    "住宅使用料": (95.10, 4523, 16.30, 19712, 79.02, 78.40),
}
h = "<h2>３　令和5年度の決算見込</h2><div class='cap'><b>表３　主要債権の決算見込</b><span>（単位：％、百万円）</span></div>"
h += """<table><tr><th rowspan="3">債権</th><th colspan="5">令和5年度決算見込</th><th rowspan="3">令和4年度<br>決算<br>収納率</th><th rowspan="3">差<br>（ポイント）</th></tr>
<tr><th colspan="2">現年分</th><th colspan="2">滞繰分</th><th rowspan="2">計<br>収納率</th></tr>
<tr><th>収納率</th><th>収入未済額</th><th>収納率</th><th>収入未済額</th></tr>"""
for ab, (qc, oc, qa, oa, qt, q4) in EST.items():
    deb = FULL[ab]
    d = round(qt - q4, 2)
    ds = ("△" if d < 0 else "") + r2(abs(d))
    h += (f"<tr><td>{ab}</td><td class='n'>{r2(qc)}</td><td class='n'>{oc / 1000:.1f}</td><td class='n'>{r2(qa)}</td>"
          f"<td class='n'>{oa / 1000:.1f}</td><td class='n'>{r2(qt)}</td><td class='n'>{r2(q4)}</td><td class='n'>{ds}</td></tr>")
    for seg, q, o in (("current", qc, oc), ("arrears", qa, oa)):
        g.f(4, deb, ab, 2023, "令和5年度決算見込", seg, "collection_rate", "estimate", q, "percent", r2(q))
        g.f(4, deb, ab, 2023, "令和5年度決算見込", seg, "outstanding", "estimate", round(o / 1000, 1) * 1000000, "yen", f"{o / 1000:.1f}")
    g.f(4, deb, ab, 2023, "令和5年度決算見込", "total", "collection_rate", "estimate", qt, "percent", r2(qt))
    g.f(4, deb, ab, 2022, "令和4年度決算", "total", "collection_rate", "actual", q4, "percent", r2(q4))
    g.f(4, deb, ab, 2023, "令和5年度決算見込", "total", "difference", "estimate", d, "points", ds)
h += "</table><p class='note'>※ 表３は収納率を収入未済額の前に掲げている。国保税の収入未済額見込（計）のうち滞納繰越分 84,153千円。</p>"
g.f(4, "国民健康保険税", "国保税", 2023, "令和5年度決算見込", "arrears", "outstanding", "estimate", 84153000, "yen", "84,153千円")
kt = EST["国保税"][1] + EST["国保税"][3]
kt_txt, kt_val = oku(kt)
h += (f"<p>国民健康保険税の令和5年度末の収入未済額は、約{kt_txt}（{kt / 1000:.1f}百万円）と見込まれる。"
      f"滞納繰越分の収納率は{r2(EST['国保税'][2])}％にとどまる見込みであり、引き続き財産調査と滞納処分を進める。</p>")
g.f(4, "国民健康保険税", "国民健康保険税", 2023, "令和5年度末", "total", "outstanding", "estimate", kt_val, "yen", f"約{kt_txt}", approx=True)
g.f(4, "国民健康保険税", "国民健康保険税", 2023, "令和5年度末", "total", "outstanding", "estimate", round(kt / 1000, 1) * 1000000, "yen", f"{kt / 1000:.1f}百万円")
g.f(4, "国民健康保険税", "国民健康保険税", 2023, "令和5年度末", "arrears", "collection_rate", "estimate", EST["国保税"][2], "percent", f"{r2(EST['国保税'][2])}％")
# side-by-side tables in 円 and 千円 (40)
kk = (315879650, 313099909)
hk = (78326, 69240)
h += "<div class='side'><div><div class='cap'><b>表４　後期高齢者医療保険料の決算見込</b></div><table>"
h += "<tr><th>区分</th><th>調定額（円）</th><th>収入済額（円）</th><th>収納率（％）</th></tr>"
h += f"<tr><td>計</td><td class='n'>{c(kk[0])}</td><td class='n'>{c(kk[1])}</td><td class='n'>{r2(rate(kk[1], kk[0]))}</td></tr></table></div>"
h += "<div><div class='cap'><b>表５　保育所保育料の決算見込</b></div><table>"
h += "<tr><th>区分</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th></tr>"
h += f"<tr><td>計</td><td class='n'>{c(hk[0])}</td><td class='n'>{c(hk[1])}</td><td class='n'>{r2(rate(hk[1], hk[0]))}</td></tr></table></div></div>"
for deb, ab, v, mul in (("後期高齢者医療保険料", "後期高齢者医療保険料", kk, 1), ("保育所保育料", "保育所保育料", hk, 1000)):
    g.f(4, deb, ab, 2023, "令和5年度決算見込", "total", "assessed", "estimate", v[0] * mul, "yen", c(v[0]))
    g.f(4, deb, ab, 2023, "令和5年度決算見込", "total", "collected", "estimate", v[1] * mul, "yen", c(v[1]))
    g.f(4, deb, ab, 2023, "令和5年度決算見込", "total", "collection_rate", "estimate", rate(v[1], v[0]), "percent", r2(rate(v[1], v[0])))
h += "<p class='note'>※ 表４は円単位、表５は千円単位で表示している。</p>"
P.append(h)

# ---------------- page 5: 債権ごとの取組 (8, 14, 36) ----------------
pg = 5
IN = {
    "市税": [("（１）", "ア", "現年課税分の早期対応", [
        ("(ｱ)", "納期限後20日以内に督促状を送付し、送付後1か月を経過した者に電話催告を行う。", "継続"),
        ("(ｲ)", "新たに滞納となった者へのSMS催告を導入し、早い段階での納付を促す。", "新規")]),
        ("（２）", "イ", "滞納繰越分の整理", [
        ("(ｱ)", "預貯金・給与の照会を電子化し、差押えまでの期間を短縮する。", "拡充"),
        ("(ｲ)", "納付資力のない者は執行停止を適正に行い、徴収の見込みのない案件を整理する。", "継続")])],
    "国民健康保険税": [("（１）", "ア", "口座振替の推進", [
        ("(ｱ)", "加入の届出時に窓口で口座振替の手続を案内する。", "継続")]),
        ("（２）", "イ", "納付相談と滞納処分", [
        ("(ｱ)", "短期被保険者証の更新時に分納計画を見直し、履行状況を管理する。", "継続"),
        ("(ｲ)", "分納の不履行が続く者は財産調査を行い、滞納処分に移行する。", "拡充")])],
}
h = "<h2>４　債権ごとの取組</h2>"
for deb, blocks in IN.items():
    h += f"<h3>（{deb}）</h3>" if False else f"<h3>４－{1 if deb == '市税' else 2}　債権ごとの取組（{deb}）</h3>"
    h += "<p class='ind1'>１　令和5年度後半の取組</p><p class='ind1'>（１）重点的に取り組む項目</p>"
    for lab1, lab2, title, items in blocks:
        h += f"<p class='ind2'>{lab2}　{title}</p>"
        for lab3, t, st in items:
            h += f"<p class='ind3'>{lab3}　{t}【{st}】</p>"
            g.i(5, deb, 2023, "令和5年度後半の取組", f"１（１）{lab2}{lab3}", t, st)
h += """<h3>４－３　その他の債権</h3>
<p class='ind1'>介護保険料、後期高齢者医療保険料、保育所保育料及び市営住宅使用料は、各所管課が作成した年間計画に沿って
催告と納付相談を行っている。年度末の3月を滞納整理強化月間とし、全庁で夜間の電話催告と臨戸訪問を実施する。</p>"""
P.append(h)

html = pages_html(P)
os.makedirs("/tmp/pw_work", exist_ok=True)
open("/tmp/pw_work/asakuchi.html", "w").write(html)
out = f"pdf/{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={os.path.abspath(out)}", "/tmp/pw_work/asakuchi.html"],
               check=True, capture_output=True)
g.write(out, "gold")
