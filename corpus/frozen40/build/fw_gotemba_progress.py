"""fw_gotemba_progress_1: 収納対策の取組状況（2月末現在） (HTML/CSS -> chromium)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fw_common import Gold, WORK, PDF_DIR, c, p2, sgn, rate, chromium, subset  # noqa: E402

STEM = "fw_gotemba_progress_1"
CITY = "御殿場市"
TITLE = "令和５年度 市税等の収納状況及び収納対策の取組状況について（令和６年２月末現在）"
g = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-03-15", "令和6年3月15日")
FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"

# key, name, short(raw), cur A now, cur r now, cur A prev, r prev, arr A now, r now, arr A prev, r prev
RAW = [
    ("市税", "市税", 9624310, 91.32, 9548220, 90.91, 846120, 24.58, 892350, 23.77),
    ("国民健康保険税", "国民健康保険税", 1982450, 82.15, 2015880, 81.94, 512360, 21.84, 538410, 20.78),
    ("介護保険料", "介護保険料", 1642880, 92.46, 1618320, 92.31, 36540, 16.92, 38120, 17.35),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 824560, 93.18, 801230, 93.02, 6820, 35.41, 7140, 33.96),
    ("保育所保育料", "保育料", 168940, 97.62, 175310, 97.55, 12480, 19.87, 13950, 18.42),
    ("下水道使用料", "下水道使用料", 1125630, 88.74, 1118460, 88.51, 24310, 31.26, 26870, 30.14),
]


def mk(a, r):
    col = round(a * r / 100)
    assert rate(col, a, 2) == r, (a, r)
    return col


D = []
for name, short, ca, cr, pca, pcr, aa, ar, paa, par in RAW:
    x = dict(name=name, short=short)
    x["now"] = dict(ca=ca, cc=mk(ca, cr), cr=cr, aa=aa, ac=mk(aa, ar), ar=ar)
    x["prev"] = dict(ca=pca, cc=mk(pca, pcr), cr=pcr, aa=paa, ac=mk(paa, par), ar=par)
    for k in ("now", "prev"):
        v = x[k]
        v["ta"], v["tc"] = v["ca"] + v["aa"], v["cc"] + v["ac"]
        v["tr"] = rate(v["tc"], v["ta"], 2)
    D.append(x)
TAX = D[0]

MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末"]
M_NOW = [9.84, 21.36, 30.12, 38.95, 46.20, 54.87, 62.31, 70.44, 77.92, 84.63, 91.32]
M_PREV = [9.91, 21.05, 29.88, 38.71, 46.34, 54.52, 61.97, 70.12, 77.58, 84.25, 90.91]
MDAYS_NOW = ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31",
             "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29"]
MDAYS_PREV = [d.replace("2023-", "2022-", 1) if d.startswith("2023") else d.replace("2024-", "2023-") for d in MDAYS_NOW]
MDAYS_PREV[-1] = "2023-02-28"

CHART = [("H30", 2018, "actual", 1184.6), ("R1", 2019, "actual", 1102.9), ("R2", 2020, "actual", 1063.5),
         ("R3", 2021, "actual", 978.2), ("R4", 2022, "actual", 905.4), ("R5見込", 2023, "estimate", 862.3)]

# 年度末見込: name, short, R4 rate, R4 outstanding(千円), R5 est rate, R5 est outstanding
EST = [("市税", "市税", 96.84, 905412, 97.02, 862318),
       ("国民健康保険税", "国保税", 81.62, 498310, 82.35, 472860),
       ("介護保険料", "介護保険料", 98.91, 31250, 98.96, 29840),
       ("後期高齢者医療保険料", "後期高齢", 99.42, 5980, 99.45, 5720),
       ("保育所保育料", "保育料", 97.68, 12870, 97.92, 11640),
       ("下水道使用料", "下水道使用料", 97.85, 23460, 97.98, 21930)]

SMALL = [("放課後児童クラブ利用料", 18462300, 17985120), ("市営住宅使用料", 52184600, 49631400),
         ("し尿汲取り手数料", 8124500, 7402100)]

DISTRICTS = ["御殿場地区", "富士岡地区", "原里地区", "玉穂地区", "印野地区", "高根地区"]
W_A = [0.398, 0.178, 0.162, 0.131, 0.041, 0.090]
R_CUR = [91.05, 91.62, 91.48, 91.71, 90.84, None]
R_ARR = [23.90, 25.41, 24.86, 25.02, 22.64, None]
R_CUR_P = [90.70, 91.12, 91.10, 91.35, 90.52, None]
R_ARR_P = [23.11, 24.42, 24.10, 24.23, 22.18, None]

INITS = [
    ("市税", "市税", [("(1)", "12月を滞納整理強化月間とし、管理職を含む全職員で電話催告と臨戸訪問を行った。", None),
                    ("(2)", "預貯金・給与等の財産調査を前倒しし、差押えを前年同月より早期に執行した。", "拡充"),
                    ("(3)", "静岡地方税滞納整理機構へ高額案件を移管し、共同で滞納処分を行った。", "継続")]),
    ("国民健康保険税", "国保税", [("(1)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行管理を徹底した。", None),
                          ("(2)", "資格喪失者への未納通知を喪失届の受理から1か月以内に送付した。", "新規")]),
    ("保育所保育料", "保育料", [("(1)", "児童手当からの特別徴収を入所世帯に案内し、同意者を拡大した。", "継続"),
                         ("(2)", "退所者の滞納分について収納課と合同で催告を行った。", None)]),
]


def css():
    return """
@page { size: A4; margin: 16mm 15mm 14mm 15mm; }
@page land { size: A4 landscape; margin: 12mm 14mm; }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 10pt; color: #000; }
h1 { font-size: 14pt; text-align: center; margin: 4mm 0 2mm; line-height: 1.4; }
h2 { font-size: 11.5pt; margin: 5mm 0 2mm; border-left: 5px solid #2d5c8a; padding-left: 2mm; }
.right { text-align: right; }
.page { page-break-after: always; }
.land { page: land; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0; }
th, td { border: 0.6pt solid #555; padding: 1.2mm 1.5mm; font-size: 8.6pt; }
th { background: #d9e2ef; font-weight: normal; }
td.n { text-align: right; }
.zebra tr:nth-child(even) td { background: #f1f4f8; }
.zebra td, .zebra th { border: none; }
.zebra th { background: #2d5c8a; color: #fff; }
.panels { display: flex; gap: 4mm; margin: 3mm 0; }
.panel { flex: 1; border: 1.2pt solid #2d5c8a; border-radius: 3mm; padding: 2mm 3mm; }
.panel .lab { font-size: 8.8pt; color: #2d5c8a; }
.panel .big { font-size: 18pt; font-weight: bold; margin: 1mm 0; }
.panel .sub { font-size: 8.8pt; }
ul { margin: 1mm 0 1mm 6mm; padding: 0; }
p { margin: 1mm 0; line-height: 1.6; text-indent: 1em; }
.note { font-size: 8pt; }
.small td, .small th { font-size: 8pt; }
.t2 th { font-size: 7.8pt; white-space: nowrap; padding: 1mm 1mm; }
.t2 td { white-space: nowrap; }
.t2 td.dn { white-space: normal; min-width: 27mm; }
"""


def page1():
    F = g.fact
    P = 1
    t = TAX["now"]
    tp = TAX["prev"]
    dcur = round(t["cr"] - tp["cr"], 2)
    darr = round(t["ar"] - tp["ar"], 2)
    nhi = D[1]
    dn = round(nhi["now"]["ar"] - nhi["prev"]["ar"], 2)
    h = [f"<div class='page'><div class='right'>令和6年3月15日<br>御殿場市 総務部 収納課</div>",
         f"<h1>令和５年度 市税等の収納状況及び<br>収納対策の取組状況について（令和６年２月末現在）</h1>",
         "<h2>１　概要</h2>",
         f"<p>市税の２月末現在の収納率は、現年課税分が{p2(t['cr'])}％で前年同月比{p2(dcur)}ポイント上昇、"
         f"滞納繰越分が{p2(t['ar'])}％で{p2(darr)}ポイント上昇しています。令和５年度末の市税の収入未済額は約8億6,200万円を見込んでおり、"
         "令和４年度決算から約4,300万円の減少となる見込みです。</p>",
         "<p>国民健康保険税は、現年度分の調定額が被保険者数の減少により前年を下回る中、滞納繰越分の収納率が前年同月を上回っています。"
         "引き続き年度末に向けて現年分の確保と滞納繰越分の縮減に取り組みます。</p>",
         "<div class='panels'>",
         f"<div class='panel'><div class='lab'>市税 現年課税分 収納率（令和６年２月末）</div><div class='big'>{p2(t['cr'])}％</div>"
         f"<div class='sub'>前年同月比＋{p2(dcur)}ポイント</div></div>",
         "<div class='panel'><div class='lab'>市税 収入未済額（令和５年度末見込）</div><div class='big'>8.6億円</div>"
         "<div class='sub'>令和４年度決算 9.1億円</div></div>",
         f"<div class='panel'><div class='lab'>国民健康保険税 滞納繰越分 収納率（令和６年２月末）</div><div class='big'>{p2(nhi['now']['ar'])}％</div>"
         f"<div class='sub'>前年同月比＋{p2(dn)}ポイント</div></div>",
         "</div>",
         "<h2>２　市税の収納率</h2>",
         "<div><b>【収納率】令和6年2月末時点</b></div>",
         f"<ul><li>現年分　{p2(t['cr'])}％</li><li>滞繰分　{p2(t['ar'])}％</li><li>合計　{p2(t['tr'])}％</li></ul>",
         "<div class='note'>※前年同月（令和5年2月末）は、現年分" + f"{p2(tp['cr'])}％、滞繰分{p2(tp['ar'])}％、合計{p2(tp['tr'])}％。</div>",
         ]
    F(P, "市税", "市税", FY, "２月末", "current", "collection_rate", "interim", t["cr"], "percent", f"{p2(t['cr'])}％", as_of=ASOF)
    F(P, "市税", "市税", FY, "２月末", "current", "difference", "interim", dcur, "points", f"{p2(dcur)}ポイント", as_of=ASOF)
    F(P, "市税", "市税", FY, "２月末", "arrears", "collection_rate", "interim", t["ar"], "percent", f"{p2(t['ar'])}％", as_of=ASOF)
    F(P, "市税", "市税", FY, "２月末", "arrears", "difference", "interim", darr, "points", f"{p2(darr)}ポイント", as_of=ASOF)
    F(P, "市税", "市税", FY, "令和５年度", "total", "outstanding", "estimate", 862000000, "yen", "約8億6,200万円", approx=True)
    F(P, "市税", "市税", FY, "令和５年度", "total", "difference", "estimate", -43000000, "yen", "約4,300万円", approx=True)
    # panels
    F(P, "市税", "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", t["cr"], "percent",
      f"{p2(t['cr'])}％", as_of=ASOF)
    F(P, "市税", "市税", FY, "令和６年２月末", "current", "difference", "interim", dcur, "points",
      f"＋{p2(dcur)}ポイント", as_of=ASOF)
    F(P, "市税", "市税", FY, "令和５年度末見込", "total", "outstanding", "estimate", 860000000, "yen", "8.6億円")
    F(P, "市税", "市税", PFY, "令和４年度決算", "total", "outstanding", "actual", 910000000, "yen", "9.1億円")
    F(P, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "arrears", "collection_rate", "interim",
      nhi["now"]["ar"], "percent", f"{p2(nhi['now']['ar'])}％", as_of=ASOF)
    F(P, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "arrears", "difference", "interim", dn, "points",
      f"＋{p2(dn)}ポイント", as_of=ASOF)
    # bullets
    for seg, k, lab in (("current", "cr", "現年分"), ("arrears", "ar", "滞繰分"), ("total", "tr", "合計")):
        F(P, "市税", "市税", FY, "令和6年2月末", seg, "collection_rate", "interim", t[k], "percent", f"{p2(t[k])}％",
          as_of=ASOF)
        F(P, "市税", "市税", PFY, "令和5年2月末", seg, "collection_rate", "interim", tp[k], "percent",
          f"{p2(tp[k])}％", as_of=PASOF)
    h.append("</div>")
    return "\n".join(h)


def page2():
    P = 2
    F = g.fact
    h = ["<div class='page'>", "<h2>３　債権別の収納状況（２月末現在）</h2>",
         "<div class='note'>今期＝令和６年２月末、前年同期＝令和５年２月末</div>",
         "<table class='t2'><tr><th rowspan='2'>債権名</th><th rowspan='2'>区分</th><th colspan='3'>今期</th><th colspan='3'>前年同期</th>"
         "<th rowspan='2'>収納率の差<br>（ポイント）</th></tr>",
         "<tr><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th><th>調定額（千円）</th><th>収入済額（千円）</th>"
         "<th>収納率（％）</th></tr>"]
    for x in D:
        for i, (seg, lab, a, cc, r) in enumerate((("current", "現年度分", "ca", "cc", "cr"),
                                                   ("arrears", "滞納繰越分", "aa", "ac", "ar"),
                                                   ("total", "計", "ta", "tc", "tr"))):
            n, p = x["now"], x["prev"]
            dv = round(n[r] - p[r], 2)
            h.append("<tr>" + (f"<td rowspan='3' class='dn'>{x['short']}</td>" if i == 0 else "") +
                     f"<td>{lab}</td><td class='n'>{c(n[a])}</td><td class='n'>{c(n[cc])}</td><td class='n'>{p2(n[r])}</td>"
                     f"<td class='n'>{c(p[a])}</td><td class='n'>{c(p[cc])}</td><td class='n'>{p2(p[r])}</td>"
                     f"<td class='n'>{sgn(dv, 2)}</td></tr>")
            for per, v, fy, ao, fr in (("now", n, FY, ASOF, "今期"), ("prev", p, PFY, PASOF, "前年同期")):
                F(P, x["name"], x["short"], fy, fr, seg, "assessed", "interim", v[a] * 1000, "yen", c(v[a]), as_of=ao)
                F(P, x["name"], x["short"], fy, fr, seg, "collected", "interim", v[cc] * 1000, "yen", c(v[cc]), as_of=ao)
                F(P, x["name"], x["short"], fy, fr, seg, "collection_rate", "interim", v[r], "percent", p2(v[r]), as_of=ao)
            F(P, x["name"], x["short"], FY, "今期", seg, "difference", "interim", dv, "points", sgn(dv, 2), as_of=ASOF)
    h.append("</table>")
    h.append("<div class='note'>※保育料＝保育所保育料（保育所等利用者負担額）。△は前年同期を下回ったもの。</div>")
    h.append("<h2>（参考）その他の債権の収納状況（令和６年２月末）</h2>")
    h.append("<div class='right note'>単位：円、％</div>")
    h.append("<table class='small'><tr><th>債権名</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>")
    for name, a, col in SMALL:
        r = rate(col, a, 2)
        h.append(f"<tr><td>{name}</td><td class='n'>{c(a)}</td><td class='n'>{c(col)}</td><td class='n'>{p2(r)}</td></tr>")
        F(P, name, name, FY, "令和６年２月末", "total", "assessed", "interim", a, "yen", c(a), as_of=ASOF)
        F(P, name, name, FY, "令和６年２月末", "total", "collected", "interim", col, "yen", c(col), as_of=ASOF)
        F(P, name, name, FY, "令和６年２月末", "total", "collection_rate", "interim", r, "percent", p2(r), as_of=ASOF)
    h.append("</table><div class='note'>※現年度分と滞納繰越分の合計。</div></div>")
    return "\n".join(h)


def page3():
    P = 3
    F = g.fact
    h = ["<div class='page'>", "<h2>４　月別収納状況（市税・現年課税分、累計）</h2>",
         "<div class='right note'>単位：％</div>",
         "<table class='zebra small'><tr><th>年度</th>" + "".join(f"<th>{m}</th>" for m in MONTHS) + "</tr>",
         "<tr><td>令和５年度</td>" + "".join(f"<td class='n'>{p2(v)}</td>" for v in M_NOW) + "</tr>",
         "<tr><td>令和４年度</td>" + "".join(f"<td class='n'>{p2(v)}</td>" for v in M_PREV) + "</tr>",
         "<tr><td>差</td>" + "".join(f"<td class='n'>{sgn(a - b, 2, minus='▲')}</td>" for a, b in zip(M_NOW, M_PREV)) + "</tr>",
         "</table>", "<div class='note'>※差は令和５年度－令和４年度（ポイント）。▲は前年度を下回ったもの。</div>"]
    for i, m in enumerate(MONTHS):
        F(P, "市税", "市税", FY, "令和５年度", "current", "collection_rate", "interim", M_NOW[i], "percent", p2(M_NOW[i]),
          as_of=MDAYS_NOW[i])
        F(P, "市税", "市税", PFY, "令和４年度", "current", "collection_rate", "interim", M_PREV[i], "percent",
          p2(M_PREV[i]), as_of=MDAYS_PREV[i])
        dv = round(M_NOW[i] - M_PREV[i], 2)
        F(P, "市税", "市税", FY, "令和５年度", "current", "difference", "interim", dv, "points", sgn(dv, 2, minus="▲"),
          as_of=MDAYS_NOW[i])
    # bar chart
    W, H, x0, y0 = 620, 260, 60, 220
    mx = 1300
    bars = []
    for i, (lab, fy, basis, v) in enumerate(CHART):
        bh = v / mx * 180
        x = x0 + 20 + i * 90
        col = "#2d5c8a" if basis == "actual" else "#9db7d5"
        bars.append(f"<rect x='{x}' y='{y0 - bh:.1f}' width='50' height='{bh:.1f}' fill='{col}'/>"
                    f"<text x='{x + 25}' y='{y0 - bh - 5:.1f}' font-size='12' text-anchor='middle'>{v:,.1f}</text>"
                    f"<text x='{x + 25}' y='{y0 + 16}' font-size='12' text-anchor='middle'>{lab}</text>")
        F(P, "市税", "市税", fy, lab, "total", "outstanding", basis, round(v * 1_000_000), "yen", f"{v:,.1f}")
    svg = (f"<svg width='{W}' height='{H}' viewBox='0 0 {W} {H}' font-family='IPAexGothic'>"
           f"<line x1='{x0}' y1='{y0}' x2='{W - 10}' y2='{y0}' stroke='#000'/>"
           f"<line x1='{x0}' y1='30' x2='{x0}' y2='{y0}' stroke='#000'/>"
           f"<text x='{x0 - 8}' y='24' font-size='11'>（百万円）</text>" + "".join(bars) + "</svg>")
    h += ["<h2>５　市税の収入未済額の推移</h2>",
          "<div class='note'>図　市税の収入未済額（各年度末、令和５年度は見込み）</div>", svg,
          "<div class='note'>出典：各年度 御殿場市歳入歳出決算書（令和５年度は収納課推計）</div>", "</div>"]
    return "\n".join(h)


def page4():
    P = 4
    F = g.fact
    h = ["<div class='page'>", "<h2>６　年度末の見込み</h2>",
         "<table><tr><th rowspan='2'>債権名</th><th colspan='2'>令和4年度決算</th><th colspan='2'>令和5年度決算見込</th>"
         "<th rowspan='2'>収入未済額の増減<br>（千円）</th></tr>",
         "<tr><th>収納率（％）</th><th>収入未済額（千円）</th><th>収納率（％）</th><th>収入未済額（千円）</th></tr>"]
    s4 = s5 = 0
    for name, short, r4, o4, r5, o5 in EST:
        s4 += o4
        s5 += o5
        h.append(f"<tr><td>{short}</td><td class='n'>{p2(r4)}</td><td class='n'>{c(o4)}</td><td class='n'>{p2(r5)}</td>"
                 f"<td class='n'>{c(o5)}</td><td class='n'>{c(o5 - o4)}</td></tr>")
        F(P, name, short, PFY, "令和4年度決算", "total", "collection_rate", "actual", r4, "percent", p2(r4))
        F(P, name, short, PFY, "令和4年度決算", "total", "outstanding", "actual", o4 * 1000, "yen", c(o4))
        F(P, name, short, FY, "令和5年度決算見込", "total", "collection_rate", "estimate", r5, "percent", p2(r5))
        F(P, name, short, FY, "令和5年度決算見込", "total", "outstanding", "estimate", o5 * 1000, "yen", c(o5))
        F(P, name, short, FY, "令和5年度決算見込", "total", "difference", "estimate", (o5 - o4) * 1000, "yen", c(o5 - o4))
    h.append(f"<tr><th>合計</th><td class='n'>－</td><td class='n'>{c(s4)}</td><td class='n'>－</td><td class='n'>{c(s5)}</td>"
             f"<td class='n'>{c(s5 - s4)}</td></tr></table>")
    F(P, None, "合計", PFY, "令和4年度決算", "total", "outstanding", "actual", s4 * 1000, "yen", c(s4))
    F(P, None, "合計", FY, "令和5年度決算見込", "total", "outstanding", "estimate", s5 * 1000, "yen", c(s5))
    F(P, None, "合計", FY, "令和5年度決算見込", "total", "difference", "estimate", (s5 - s4) * 1000, "yen", c(s5 - s4))
    h.append("<div class='note'>※収納率は現年度分と滞納繰越分の合計。国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、"
             "保育料＝保育所保育料。</div>")
    h.append("<h2>７　主な取組の実施状況</h2>")
    h.append("<table><tr><th style='width:22%'>債権名</th><th>２月末までの実施状況</th></tr>")
    for name, short, items in INITS:
        cell = "<br>".join(f"{lab}{t}" + (f"【{st}】" if st else "") for lab, t, st in items)
        h.append(f"<tr><td>{name}</td><td>{cell}</td></tr>")
        for lab, t, st in items:
            g.init(P, name, FY, "主な取組の実施状況", lab, t, st)
    h.append("</table>")
    h.append("<p>今後は、３月の出納整理期間に向けて、現年分の未納者への一斉催告と、分納誓約の履行確認を重点的に行います。</p>")
    h.append("</div>")
    return "\n".join(h)


def split(total, weights, rates=None, base=None):
    """split total by weights; if rates given, split collected of base by rate (last takes remainder)"""
    out = []
    for i, w in enumerate(weights[:-1]):
        out.append(round(total * w) if rates is None else round(base[i] * rates[i] / 100))
    out.append(total - sum(out))
    return out


def page5():
    P = 5
    F = g.fact
    n, p = TAX["now"], TAX["prev"]
    ca = split(n["ca"], W_A)
    cc = split(n["cc"], W_A, R_CUR, ca)
    aa = split(n["aa"], [0.42, 0.17, 0.15, 0.12, 0.04, 0.10])
    ac = split(n["ac"], None or [0] * 6, R_ARR, aa)
    pca = split(p["ca"], W_A)
    pcc = split(p["cc"], W_A, R_CUR_P, pca)
    paa = split(p["aa"], [0.42, 0.17, 0.15, 0.12, 0.04, 0.10])
    pac = split(p["ac"], [0] * 6, R_ARR_P, paa)
    h = ["<div class='land'>", "<h2>８　地区別の市税収納状況（２月末現在）</h2>",
         "<div class='note'>今期＝令和６年２月末、前年同期＝令和５年２月末。金額の単位は千円、収納率は％、差はポイント。</div>",
         "<table class='small'><tr><th rowspan='3'>地区</th><th colspan='7'>現年課税分</th><th colspan='7'>滞納繰越分</th></tr>",
         "<tr>" + "<th colspan='3'>今期</th><th colspan='3'>前年同期</th><th rowspan='2'>差</th>" * 2 + "</tr>",
         "<tr>" + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 4 + "</tr>"]
    rows = list(zip(DISTRICTS, ca, cc, pca, pcc, aa, ac, paa, pac))
    rows.append(("計", n["ca"], n["cc"], p["ca"], p["cc"], n["aa"], n["ac"], p["aa"], p["ac"]))
    for dname, a1, c1, a2, c2, a3, c3, a4, c4 in rows:
        r1, r2, r3, r4 = rate(c1, a1, 2), rate(c2, a2, 2), rate(c3, a3, 2), rate(c4, a4, 2)
        d1, d2 = round(r1 - r2, 2), round(r3 - r4, 2)
        tag = "th" if dname == "計" else "td"
        h.append(f"<tr><{tag}>{dname}</{tag}>" + "".join(f"<td class='n'>{v}</td>" for v in (
            c(a1), c(c1), p2(r1), c(a2), c(c2), p2(r2), sgn(d1, 2), c(a3), c(c3), p2(r3), c(a4), c(c4), p2(r4),
            sgn(d2, 2))) + "</tr>")
        area = None if dname == "計" else dname
        debt_raw = "市税"
        for seg, A, C, R, fy, ao, fr in (("current", a1, c1, r1, FY, ASOF, "今期"), ("current", a2, c2, r2, PFY, PASOF, "前年同期"),
                                          ("arrears", a3, c3, r3, FY, ASOF, "今期"), ("arrears", a4, c4, r4, PFY, PASOF, "前年同期")):
            F(P, "市税", debt_raw, fy, fr, seg, "assessed", "interim", A * 1000, "yen", c(A), as_of=ao, area=area)
            F(P, "市税", debt_raw, fy, fr, seg, "collected", "interim", C * 1000, "yen", c(C), as_of=ao, area=area)
            F(P, "市税", debt_raw, fy, fr, seg, "collection_rate", "interim", R, "percent", p2(R), as_of=ao, area=area)
        F(P, "市税", debt_raw, FY, "今期", "current", "difference", "interim", d1, "points", sgn(d1, 2), as_of=ASOF, area=area)
        F(P, "市税", debt_raw, FY, "今期", "arrears", "difference", "interim", d2, "points", sgn(d2, 2), as_of=ASOF, area=area)
    h.append("</table>")
    h.append("<div class='note'>※地区は納税義務者の住所地による。法人・市外居住者分は御殿場地区に含めている。</div></div>")
    return "\n".join(h)


def main():
    html = ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>" + css() + "</style></head><body>" +
            page1() + page2() + page3() + page4() + page5() + "</body></html>")
    src = WORK / f"{STEM}.html"
    src.write_text(html, encoding="utf-8")
    raw = WORK / f"{STEM}_raw.pdf"
    chromium(src, raw)
    out = PDF_DIR / f"{STEM}.pdf"
    subset(raw, out)
    g.write(out)


if __name__ == "__main__":
    main()
