"""野々市市 令和6年度 債権管理の取組状況（中間報告） (progress_report) — HTML/CSS + SVG -> chromium."""
import sys, calendar
sys.path.insert(0, "build")
from qn_common import *

STEM = "qn_nonoichi_progress_1"
R = Rec()
TITLE = "令和6年度 債権管理の取組状況（中間報告）"
ASOF, ASOF0 = "2024-12-31", "2023-12-31"
# key, printed, short, CA24, CA23, rc24, rc23, AA24, AA23, ra24, ra23, rc_est, ra_est, wo_est
DEBTS = [
    ("市税", "市税", "市税", 5912400, 5860100, 85.12, 84.78, 168300, 181900, 24.36, 22.91, 99.12, 31.5, 5210),
    ("国民健康保険税", "国民健康保険税", "国保税", 1021300, 1038700, 74.88, 74.10, 201400, 214800, 15.92, 15.27, 94.85, 21.8, 8930),
    ("介護保険料", "介護保険料", "介護保険料", 1189600, 1172300, 80.56, 80.31, 24100, 26300, 12.84, 13.50, 99.02, 18.2, 2140),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢", 612900, 598400, 82.03, 81.66, 5200, 5900, 33.12, 30.05, 99.58, 40.1, 360),
    ("保育料", "保育料", "保育料", 88700, 91200, 80.91, 81.42, 7400, 7900, 14.03, 16.71, 98.41, 22.0, 410),
    ("市営住宅使用料", "市営住宅使用料", "住宅使用料", 54300, 55100, 79.12, 78.45, 12800, 13600, 11.08, 10.29, 97.20, 15.4, 620),
    ("下水道使用料", "下水道使用料", "下水道", 842100, 836500, 72.44, 72.10, 14900, 15700, 27.45, 26.02, 99.05, 35.2, 710),
]
D = {}
for d in DEBTS:
    k = d[0]
    x = {}
    for tag, ca, rc, aa, ra in (("24", d[3], d[5], d[7], d[9]), ("23", d[4], d[6], d[8], d[10])):
        cc, ac = round(ca * rc / 100), round(aa * ra / 100)
        x[tag] = dict(ca=ca, cc=cc, rc=rate(cc, ca), aa=aa, ac=ac, ra=rate(ac, aa), ta=ca + aa, tc=cc + ac, rt=rate(cc + ac, ca + aa),
                      to=ca + aa - cc - ac)
    ca, aa = d[3], d[7]
    cce, ace = round(ca * d[11] / 100), round(aa * d[12] / 100)
    x["est"] = dict(ca=ca, cc=cce, rc=rate(cce, ca), aa=aa, ac=ace, ra=rate(ace, aa), ta=ca + aa, tc=cce + ace,
                    rt=rate(cce + ace, ca + aa), wo=d[13], to=ca + aa - cce - ace - d[13])
    D[k] = x
INFO = {d[0]: d for d in DEBTS}

css = """
@font-face{font-family:G;src:url(file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf)}
@font-face{font-family:M;src:url(file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf)}
@page{size:A4;margin:0}
body{margin:0;font-family:M;font-size:9.5pt;color:#111}
.pg{width:210mm;height:296mm;position:relative;page-break-after:always;box-sizing:border-box;padding:17mm 16mm 14mm 16mm;overflow:hidden}
.rh{position:absolute;top:8mm;left:16mm;right:16mm;font-size:7.5pt;color:#444;border-bottom:0.6px solid #666;font-family:G}
.rf{position:absolute;bottom:7mm;left:0;width:100%;text-align:center;font-size:8.5pt}
h1{font-family:G;font-size:15pt;text-align:center;margin:2mm 0 1mm}
h2{font-family:G;font-size:11pt;margin:4mm 0 2mm;background:#e8edf3;padding:1mm 2mm}
h3{font-family:G;font-size:9.5pt;margin:3mm 0 1mm}
table{border-collapse:collapse;width:100%;margin-bottom:1mm;font-family:G}
td,th{border:0.6px solid #555;padding:0.9mm 1.2mm;font-size:8pt}
th{background:#dfe7ef;font-weight:normal}
td.n{text-align:right;white-space:nowrap}
.two{column-count:2;column-gap:8mm;text-align:justify;line-height:1.65}
.two p{margin:0 0 1.5mm;text-indent:1em}
.panels{display:flex;gap:4mm;margin:3mm 0}
.panel{flex:1;border:1.2px solid #2d5f8b;border-radius:2mm;padding:2mm 3mm;text-align:center;font-family:G}
.panel .l{font-size:8.5pt;color:#2d5f8b}.panel .v{font-size:17pt;margin:1mm 0}.panel .s{font-size:8pt}
.unit{text-align:right;font-size:7.5pt;margin:0}
.note{font-size:7.5pt;margin:0.5mm 0}
ul.k{margin:0.5mm 0 1mm;padding-left:5mm}ul.k li{margin:0.4mm 0;list-style:none}
"""
pages = []


def page(body, n):
    pages.append(f'<div class="pg"><div class="rh">{TITLE}　　野々市市</div>{body}<div class="rf">- {n} -</div></div>')


# ---------------- p1
R.page = 1
t = D["市税"]["24"]; t0 = D["市税"]["23"]
dp = round(t["rc"] - t0["rc"], 2)
kk = D["国民健康保険税"]["24"]; kk0 = D["国民健康保険税"]["23"]
allo = sum(D[k]["24"]["to"] for k in D)
allo0 = sum(D[k]["23"]["to"] for k in D)
ko, ko0 = round(kk["to"] * 1000, -5), round(kk0["to"] * 1000, -5)
left = ("<p>令和6年12月末現在の市税の収納率は、現年分が" +
        R.f(f"{ff(t['rc'])}％", t["rc"], "collection_rate", "percent", "市税", "市税", 2024, None, "current", "interim", ASOF) +
        "で、前年同月比" + R.f(f"{ff(abs(dp))}ポイント", dp, "difference", "points", "市税", "市税", 2024, None, "current", "interim", ASOF) +
        "上昇しました。滞納繰越分は" +
        R.f(f"{ff(t['ra'])}％", t["ra"], "collection_rate", "percent", "市税", "市税", 2024, None, "arrears", "interim", ASOF) +
        "で、前年同月の" +
        R.f(f"{ff(t0['ra'])}％", t0["ra"], "collection_rate", "percent", "市税", "市税", 2023, "前年同月", "arrears", "interim", ASOF0) +
        "を上回っています。</p><p>上半期は、納期限後の早期催告と財産調査の前倒しを重点に取り組みました。特に、個人住民税の普通徴収で新規滞納となった方への文書催告を納期限後20日以内に統一したことで、現年分の未納が早い段階で解消されています。</p>")
right = ("<p>国民健康保険税の12月末の収入未済額は" +
         R.f(f"約{ko // 10**8}億{(ko % 10**8) // 10**4:,}万円", ko, "outstanding", "yen", "国民健康保険税", "国民健康保険税", 2024, None,
             "total", "interim", ASOF, approx=True) +
         "で、前年同月から" +
         R.f(f"約{abs(ko - ko0) // 10**4:,}万円", ko - ko0, "difference", "yen", "国民健康保険税", "国民健康保険税", 2024, None, "total",
             "interim", ASOF, approx=True) +
         ("減少" if ko < ko0 else "増加") + "しました。現年分の収納率は" +
         R.f(f"{ff(kk['rc'])}％", kk["rc"], "collection_rate", "percent", "国民健康保険税", "国民健康保険税", 2024, None, "current", "interim", ASOF) +
         "です。</p><p>後半は、1月から3月を滞納整理強化期間とし、差押えの実施と執行停止の判断を並行して進めるとともに、出納整理期間までの現年分の収納確保に努めます。年度末の見込みは3ページ以降に示します。</p>")
allm = round(allo * 1000 / 10**8, 1)
panels = (f'<div class="panels"><div class="panel"><div class="l">市税 現年分収納率（令和6年12月末）</div><div class="v">'
          + R.f(f"{ff(t['rc'])}％", t["rc"], "collection_rate", "percent", "市税", "市税", 2024, "令和6年", "current", "interim", ASOF)
          + '</div><div class="s">前年同月比 ＋' + R.f(f"{ff(dp)}ポイント", dp, "difference", "points", "市税", "市税", 2024, None,
                                                     "current", "interim", ASOF)
          + '</div></div><div class="panel"><div class="l">収入未済額 全7債権（令和6年12月末）</div><div class="v">'
          + R.f(f"{allm}億円", round(allm * 10**8), "outstanding", "yen", None, None, 2024, "令和6年", "total", "interim", ASOF)
          + f'</div><div class="s">前年同月 ' + R.f(f"{round(allo0 * 1000 / 10**8, 1)}億円", round(round(allo0 * 1000 / 10**8, 1) * 10**8),
                                                 "outstanding", "yen", None, None, 2023, None, "total", "interim", ASOF0)
          + '</div></div><div class="panel"><div class="l">国保税 現年分収納率（令和6年12月末）</div><div class="v">'
          + R.f(f"{ff(kk['rc'])}％", kk["rc"], "collection_rate", "percent", "国民健康保険税", "国保税", 2024, "令和6年", "current", "interim", ASOF)
          + '</div><div class="s">前年同月 ' + R.f(f"{ff(kk0['rc'])}％", kk0["rc"], "collection_rate", "percent", "国民健康保険税", "国保税",
                                                  2023, None, "current", "interim", ASOF0) + "</div></div></div>")
body = (f'<h1>{TITLE}</h1><p style="text-align:center;margin:0 0 3mm">令和7年2月　野々市市 総務部 税務課</p>'
        f'<h2>１　上半期の概況</h2>{panels}<div class="two">{left}{right}</div>')
# item list on p1 bottom: 後半の取組 (plain titles)
ITEMS = [("市税", "ア", "滞納整理強化期間（1月～3月）に預貯金・給与の差押えを集中して実施する。", "継続"),
         ("市税", "イ", "石川県と共同で高額滞納案件の合同捜索を行う。", "新規"),
         ("国民健康保険税", "ア", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
         ("国民健康保険税", "イ", "口座振替の未登録世帯へ申込書を同封した勧奨通知を送付する。", "拡充"),
         ("保育料", "ア", "児童手当からの申出徴収について、未納のある保護者全員に案内する。", "拡充"),
         ("市営住宅使用料", "ア", "滞納6か月以上の入居者に対し、明渡請求の事前通知を行う。", "継続")]
body += "<h2>２　後半の主な取組</h2>"
cur = None
for k, lab, txt, st in ITEMS:
    if k != cur:
        if cur:
            body += "</ul>"
        body += f'<h3>{INFO[k][1]}</h3><ul class="k">'
        cur = k
    R.i(txt, k, 2024, "後半の主な取組", lab, st)
    body += f"<li>{lab}　{txt}【{st}】</li>"
body += "</ul>"
page(body, 1)

# ---------------- p2: three-level header, merged row labels, 前年度/本年度 only
R.page = 2
rows = ""
segs = [("現年分", "ca", "cc", "rc", "current"), ("滞繰分", "aa", "ac", "ra", "arrears"), ("計", "ta", "tc", "rt", "total")]
for k in ["市税", "国民健康保険税", "介護保険料", "保育料"]:
    for i, (sl, a, b, r, seg) in enumerate(segs):
        tr = "<tr>" + (f'<td rowspan="3" style="writing-mode:vertical-rl;text-align:center">{INFO[k][1]}</td>' if i == 0 else "") + f"<td>{sl}</td>"
        for tag, fy, asof, fr in (("23", 2023, ASOF0, "前年度"), ("24", 2024, ASOF, "本年度")):
            x = D[k][tag]
            tr += ('<td class="n">' + R.f(c(x[a]), x[a] * 1000, "assessed", "yen", k, INFO[k][1], fy, fr, seg, "interim", asof) + "</td>"
                   + '<td class="n">' + R.f(c(x[b]), x[b] * 1000, "collected", "yen", k, INFO[k][1], fy, fr, seg, "interim", asof) + "</td>"
                   + '<td class="n">' + R.f(ff(x[r]), x[r], "collection_rate", "percent", k, INFO[k][1], fy, fr, seg, "interim", asof) + "</td>")
        tr += "</tr>"
        rows += tr
hdr = ('<tr><th rowspan="3" colspan="2">債権名・区分</th><th colspan="6">12月末現在</th></tr>'
       '<tr><th colspan="3">前年度</th><th colspan="3">本年度</th></tr>'
       '<tr>' + '<th>調定額</th><th>収入済額</th><th>収納率</th>' * 2 + '</tr>')
body = (f'<h2>３　主な債権の収納状況（12月末）</h2><p class="unit">（単位：千円、％）</p><table>{hdr}{rows}</table>'
        '<p class="note">※ 前年度は令和5年12月末、本年度は令和6年12月末現在の数値。</p>')
# estimate table: metric in row header, debts as columns
ks = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料"]
et = "<tr><th>区分</th>" + "".join(f"<th>{INFO[k][2]}</th>" for k in ks) + "</tr>"
for lab, key, met, isr in (("調定額（見込）", "ta", "assessed", False), ("収入済額（見込）", "tc", "collected", False),
                           ("収納率（見込）", "rt", "collection_rate", True), ("不納欠損額（見込）", "wo", "written_off", False),
                           ("収入未済額（見込）", "to", "outstanding", False)):
    et += f"<tr><td>{lab}</td>"
    for k in ks:
        v = D[k]["est"][key]
        et += '<td class="n">' + (R.f(ff(v), v, met, "percent", k, INFO[k][2], 2024, "令和6年度", "total", "estimate") if isr else
                                  R.f(c(v), v * 1000, met, "yen", k, INFO[k][2], 2024, "令和6年度", "total", "estimate")) + "</td>"
    et += "</tr>"
body += (f'<h2>４　令和6年度の決算見込（全体）</h2><p class="unit">（単位：千円、％）</p><table>{et}</table>'
         '<p class="note">国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料。見込は12月末実績と前年度の1月～5月の収納実績から推計。</p>')
page(body, 2)

# ---------------- p3: monthly cumulative table + chart
R.page = 3
M23 = [8.12, 21.45, 33.10, 41.22, 50.31, 58.92, 67.40, 74.95, None, 88.90, 93.12, 97.65]
M24 = [8.40, 21.88, 33.52, 41.60, 50.77, 59.31, 67.92, 75.36, None]
M23[8] = D["市税"]["23"]["rc"]
M24[8] = D["市税"]["24"]["rc"]
months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
trs = ""
for i, m in enumerate(months):
    def asof(fy):
        yy = fy if m >= 4 else fy + 1
        return f"{yy}-{m:02d}-{calendar.monthrange(yy, m)[1]:02d}"
    a = R.f(ff(M23[i]), M23[i], "collection_rate", "percent", "市税", "市税", 2023, "令和5年度", "current", "interim", asof(2023))
    if i < len(M24):
        b = R.f(ff(M24[i]), M24[i], "collection_rate", "percent", "市税", "市税", 2024, "令和6年度", "current", "interim", asof(2024))
        df = round(M24[i] - M23[i], 2)
        dd = R.f(("△" if df < 0 else "") + ff(abs(df)), df, "difference", "points", "市税", "市税", 2024, "令和6年度", "current", "interim", asof(2024))
    else:
        b = dd = "－"
    trs += f'<tr><td style="text-align:center">{m}月末</td><td class="n">{a}</td><td class="n">{b}</td><td class="n">{dd}</td></tr>'
body = (f'<h2>５　市税（現年分）の月別収納状況</h2><p class="note">各月末時点の累計収納率（％）</p>'
        f'<table style="width:70%"><tr><th>月</th><th>令和5年度</th><th>令和6年度</th><th>差（ポイント）</th></tr>{trs}</table>'
        '<p class="note">※ 令和5年度の2月末は令和6年2月29日現在。</p>')
# bar chart: outstanding trend in 万円
v6 = round(sum(D[k]["est"]["to"] for k in D) / 10)
YRS = [(2020, "R2", round(v6 * 1.2137), "actual"), (2021, "R3", round(v6 * 1.1522), "actual"),
       (2022, "R4", round(v6 * 1.0941), "actual"), (2023, "R5", round(v6 * 1.0418), "actual"), (2024, "R6見込", v6, "estimate")]
mx = v6 * 1.4
svg = '<svg width="160mm" height="70mm" viewBox="0 0 600 260" xmlns="http://www.w3.org/2000/svg" font-family="G">'
svg += '<line x1="50" y1="220" x2="580" y2="220" stroke="#333"/>'
for i, (y, lab, v, basis) in enumerate(YRS):
    x = 80 + i * 100
    h = v / mx * 180
    svg += f'<rect x="{x}" y="{220 - h:.1f}" width="56" height="{h:.1f}" fill="{"#7fa3c7" if basis == "actual" else "#c9d8e8"}"/>'
    raw = R.f(f"{v:,}", v * 10000, "outstanding", "yen", None, None, y, lab, "total", basis)
    svg += f'<text x="{x + 28}" y="{220 - h - 6:.1f}" font-size="13" text-anchor="middle">{raw}</text>'
    svg += f'<text x="{x + 28}" y="240" font-size="13" text-anchor="middle">{lab}</text>'
svg += '</svg>'
body += (f'<h3>図　収入未済額の推移（全7債権、各年度末、単位：万円）</h3>{svg}'
         '<p class="note">R2～R5は決算額、R6は決算見込額。</p>')
page(body, 3)

# ---------------- p4: descending-year table with counts; rate-before-amount table
R.page = 4
DL = [("市税　滞納者数（人）", "市税", 1284, 1372, 1450, "delinquents", "persons"),
      ("国保税　滞納世帯数（世帯）", "国民健康保険税", 836, 902, 958, "delinquents", "households"),
      ("差押件数（件）", None, 312, 405, 388, None, None)]
trs = ""
for lab, k, a, b, cc_, met, unit in DL:
    if met:
        r1 = R.f(c(a), a, met, unit, k, INFO[k][2] if k else None, 2024, "令和6年12月末", "total", "interim", ASOF)
        r2 = R.f(c(b), b, met, unit, k, INFO[k][2], 2023, "令和5年度末", "total", "actual")
        r3 = R.f(c(cc_), cc_, met, unit, k, INFO[k][2], 2022, "令和4年度末", "total", "actual")
    else:
        r1, r2, r3 = c(a), c(b), c(cc_)
    trs += f'<tr><td>{lab}</td><td class="n">{r1}</td><td class="n">{r2}</td><td class="n">{r3}</td></tr>'
body = ('<h2>６　滞納整理の状況</h2><table style="width:80%"><tr><th>区分</th><th>令和6年12月末</th><th>令和5年度末</th><th>令和4年度末</th></tr>'
        f'{trs}</table><p class="note">差押件数は市税及び国保税の合計（年度累計）。</p>')
# rate before amounts table: 滞繰分 of smaller debts (前年同月 vs 今期)
trs = ""
for k in ["後期高齢者医療保険料", "市営住宅使用料", "下水道使用料"]:
    for tag, fy, asof, lab in (("24", 2024, ASOF, "今期"), ("23", 2023, ASOF0, "前年同期")):
        x = D[k][tag]
        trs += (f'<tr><td>{INFO[k][1] if tag == "24" else ""}</td><td>{lab}</td>'
                + '<td class="n">' + R.f(ff(x["ra"]), x["ra"], "collection_rate", "percent", k, INFO[k][1], fy, lab, "arrears", "interim", asof) + "</td>"
                + '<td class="n">' + R.f(c(x["aa"]), x["aa"] * 1000, "assessed", "yen", k, INFO[k][1], fy, lab, "arrears", "interim", asof) + "</td>"
                + '<td class="n">' + R.f(c(x["ac"]), x["ac"] * 1000, "collected", "yen", k, INFO[k][1], fy, lab, "arrears", "interim", asof) + "</td></tr>")
body += ('<h2>７　その他の債権の滞納繰越分（12月末）</h2><p class="unit">（単位：％、千円）</p>'
         f'<table><tr><th>債権名</th><th>区分</th><th>収納率</th><th>調定額</th><th>収入済額</th></tr>{trs}</table>'
         '<p class="note">今期は令和6年12月末、前年同期は令和5年12月末現在。</p>')
page(body, 4)

# ---------------- p5/p6: wide table split, right-hand columns continued
ALL = [d[0] for d in DEBTS]
R.page = 5
trs = ""
for k in ALL:
    x = D[k]["24"]
    trs += (f'<tr><td>{INFO[k][1]}</td>' + "".join(
        '<td class="n">' + (R.f(ff(x[kk_]), x[kk_], "collection_rate", "percent", k, INFO[k][1], 2024, None, seg, "interim", ASOF) if kk_ in ("rc", "ra")
                            else R.f(c(x[kk_]), x[kk_] * 1000, met, "yen", k, INFO[k][1], 2024, None, seg, "interim", ASOF)) + "</td>"
        for kk_, met, seg in (("ca", "assessed", "current"), ("cc", "collected", "current"), ("rc", "collection_rate", "current"),
                              ("aa", "assessed", "arrears"), ("ac", "collected", "arrears"), ("ra", "collection_rate", "arrears"))) + "</tr>")
hdr = ('<tr><th rowspan="2">債権名</th><th colspan="3">現年分</th><th colspan="3">滞繰分</th></tr>'
       '<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>')
body = (f'<h2>８　債権別収納状況一覧（令和6年12月末現在）</h2><p class="unit">（単位：千円、％）</p><table>{hdr}{trs}</table>'
        '<p class="note">（次ページへ続く）</p>')
page(body, 5)
R.page = 6
trs = ""
for k in ALL:
    x = D[k]["24"]
    e = D[k]["est"]
    trs += (f'<tr><td>{INFO[k][1]}</td>'
            + '<td class="n">' + R.f(c(x["ta"]), x["ta"] * 1000, "assessed", "yen", k, INFO[k][1], 2024, None, "total", "interim", ASOF) + "</td>"
            + '<td class="n">' + R.f(c(x["tc"]), x["tc"] * 1000, "collected", "yen", k, INFO[k][1], 2024, None, "total", "interim", ASOF) + "</td>"
            + '<td class="n">' + R.f(ff(x["rt"]), x["rt"], "collection_rate", "percent", k, INFO[k][1], 2024, None, "total", "interim", ASOF) + "</td>"
            + '<td class="n">' + R.f(c(x["to"]), x["to"] * 1000, "outstanding", "yen", k, INFO[k][1], 2024, None, "total", "interim", ASOF) + "</td>"
            + '<td class="n">' + R.f(ff(e["rt"]), e["rt"], "collection_rate", "percent", k, INFO[k][1], 2024, None, "total", "estimate") + "</td></tr>")
tt = {kk_: sum(D[k]["24"][kk_] for k in ALL) for kk_ in ("ta", "tc", "to")}
trt = rate(tt["tc"], tt["ta"])
te = rate(sum(D[k]["est"]["tc"] for k in ALL), sum(D[k]["est"]["ta"] for k in ALL))
trs += ('<tr style="background:#f0f0f0"><td>合計</td>'
        + '<td class="n">' + R.f(c(tt["ta"]), tt["ta"] * 1000, "assessed", "yen", None, "合計", 2024, None, "total", "interim", ASOF) + "</td>"
        + '<td class="n">' + R.f(c(tt["tc"]), tt["tc"] * 1000, "collected", "yen", None, "合計", 2024, None, "total", "interim", ASOF) + "</td>"
        + '<td class="n">' + R.f(ff(trt), trt, "collection_rate", "percent", None, "合計", 2024, None, "total", "interim", ASOF) + "</td>"
        + '<td class="n">' + R.f(c(tt["to"]), tt["to"] * 1000, "outstanding", "yen", None, "合計", 2024, None, "total", "interim", ASOF) + "</td>"
        + '<td class="n">' + R.f(ff(te), te, "collection_rate", "percent", None, "合計", 2024, None, "total", "estimate") + "</td></tr>")
hdr = ('<tr><th rowspan="2">債権名</th><th colspan="4">計（現年分＋滞繰分）</th><th>決算見込</th></tr>'
       '<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>収入未済額</th><th>収納率</th></tr>')
body = (f'<h2>８　債権別収納状況一覧（令和6年12月末現在）（続き）</h2><p class="unit">（単位：千円、％）</p><table>{hdr}{trs}</table>')
page(body, 6)

html = f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{''.join(pages)}</body></html>"
hp = Path("/tmp/qn_work") / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
chromium_pdf(hp, ROOT / "pdf" / f"{STEM}.pdf")
write_gold(STEM, "progress_report", "progress", "野々市市", TITLE, "2025-02-01", "令和7年2月", R)
