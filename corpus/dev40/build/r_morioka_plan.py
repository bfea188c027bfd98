"""第３次盛岡市債権管理計画（令和７年度～令和１０年度） — HTML → chromium --print-to-pdf.

Run from corpus/dev40:  python3 build/r_morioka_plan.py
Writes pdf/r_morioka_plan_1.pdf and gold/r_morioka_plan_1.json (intermediate HTML in /tmp/r_work).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from r_common import PDF_DIR, WORK, Gold, check, comma, rate, tri, zen  # noqa: E402

STEM = "r_morioka_plan_1"
CITY = "盛岡市"
TITLE = "第３次盛岡市債権管理計画（令和７年度～令和１０年度）"

# ---- 表１ 会計別収入未済額 (千円), fiscal years 2017..2023 ------------------------------------
YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023]
YHEAD = {2017: ("平成29年度", "(2017年度)"), 2018: ("平成30年度", "(2018年度)"), 2019: ("令和元年度", "(2019年度)"),
         2020: ("令和2年度", "(2020年度)"), 2021: ("令和3年度", "(2021年度)"), 2022: ("令和4年度", "(2022年度)"),
         2023: ("令和5年度", "(2023年度)")}
KAIKEI = [
    ("一般会計", [1842310, 1722442, 1611905, 1508118, 1412905, 1310447, 1208330]),
    ("国民健康保険事業特別会計", [1012440, 931225, 862118, 790562, 722315, 658940, 612904]),
    ("介護保険事業特別会計", [118330, 110205, 103772, 97418, 93902, 91650, 88214]),
    ("後期高齢者医療特別会計", [16880, 16204, 15530, 14802, 14093, 13769, 13459]),
]
TOTALS = [sum(k[1][i] for k in KAIKEI) for i in range(len(YEARS))]

# ---- 表２ 主要債権の収納状況 (千円): (A, C, W) for 令和3..5 ------------------------------------
MAIN = [
    ("市税", "市税", {2021: (62845120, 61502337, 98412), 2022: (63410552, 62168904, 91205),
                     2023: (64102338, 62955120, 88731)}),
    ("国民健康保険税", "国民健康保険税", {2021: (8912446, 8011205, 190334), 2022: (8705118, 7880412, 176905),
                                 2023: (8498220, 7735106, 162448)}),
    ("介護保険料", "介護保険料", {2021: (5612330, 5498102, 21440), 2022: (5688915, 5578330, 20114),
                           2023: (5735402, 5628771, 19502)}),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", {2021: (2402118, 2384905, 3120), 2022: (2498760, 2482011, 2980),
                                       2023: (2611402, 2595338, 2605)}),
    ("保育所保育料", "保育所保育料", {2021: (1205446, 1188302, 2115), 2022: (1150223, 1135980, 1902),
                               2023: (1098117, 1085440, 1755)}),
    ("市営住宅使用料", "市営住宅使用料", {2021: (712508, 668415, 4802), 2022: (705336, 663920, 4511),
                                 2023: (698102, 659774, 4220)}),
]
SPLIT_AT = 5   # debts on page 5; the rest continue on page 6 without a repeated header

# ---- 数値目標 R7..R10 ------------------------------------------------------------------------
TGT_YEARS = [2025, 2026, 2027, 2028]
TGT_ZEI = {"current": [99.30, 99.35, 99.40, 99.45], "arrears": [30.00, 31.00, 32.00, 33.00],
           "total": [98.30, 98.40, 98.50, 98.60]}
TGT_KOKUHO = {"current": [94.80, 95.00, 95.20, 95.40], "arrears": [27.00, 28.00, 29.00, 30.00],
              "total": [90.50, 90.90, 91.30, 91.70]}
TGT_OTHER = [("介護保険料", [98.20, 98.25, 98.30, 98.35]), ("後期高齢者医療保険料", [99.40, 99.42, 99.44, 99.46]),
             ("保育所保育料", [98.90, 99.00, 99.10, 99.20]), ("市営住宅使用料", [94.60, 94.80, 95.00, 95.20])]
# 前計画の目標 (total) for R4, R5
OLD_TGT = {"市税": (97.80, 98.00), "国民健康保険税": (90.00, 90.50), "介護保険料": (97.90, 98.00),
           "後期高齢者医療保険料": (99.20, 99.30), "保育所保育料": (98.60, 98.70), "市営住宅使用料": (93.80, 94.60)}

INITS = [
    ("市税", "納税課", [
        ("ア", "納期限後の早期催告を徹底し、現年課税分の滞納を翌年度に繰り越さないよう取り組む。", "継続"),
        ("イ", "預貯金照会の電子化（ピッタリサービス等）を活用し、財産調査を迅速に行う。", "拡充"),
        ("ウ", "滞納処分の執行停止について判断基準を整理し、徴収見込みのない案件の整理を進める。", "継続")]),
    ("国民健康保険税", "国保年金課", [
        ("ア", "資格喪失後の未納者に対し、喪失届出時に納付方法を案内する。", "継続"),
        ("イ", "納税課との共同催告を年２回実施し、高額滞納世帯の財産調査を行う。", "継続"),
        ("ウ", "スマートフォン決済による納付を導入し、若年層の納付機会を広げる。", "新規")]),
    ("保育所保育料", "子育てあんしん課", [
        ("ア", "児童手当からの特別徴収の同意書を入所手続の際に取得する。", "継続"),
        ("イ", "滞納のある世帯には、継続入所の手続の際に面談を行い納付計画を立てる。", "継続")]),
    ("市営住宅使用料", "建築住宅課", [
        ("ア", "滞納初期の段階で電話及び訪問による催告を行う。", "継続"),
        ("イ", "長期滞納者には明渡請求及び訴えの提起を行う。", "継続"),
        ("ウ", "退去者の滞納分について、債権回収会社への委託を試行する。", "新規")]),
]
COMMON_INITS = [
    ("(1)", "債権管理条例に基づき、全庁の債権管理台帳を年１回点検し、結果を債権管理推進会議に報告する。", "継続"),
    ("(2)", "債権管理研修を階層別に実施し、私債権の法的措置に関する実務研修を加える。", "拡充"),
    ("(3)", "強制徴収公債権の滞納整理の一部を納税課に引き継ぐ仕組みを検討する。", "新規"),
]

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Noto Serif CJK JP', 'IPAexMincho', serif; font-size: 10.5pt; color: #111; }
.page { width: 210mm; height: 297mm; position: relative; padding: 20mm 20mm 18mm 20mm; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.rh { position: absolute; top: 9mm; left: 20mm; right: 20mm; font-size: 7.5pt; color: #555; border-bottom: 0.4pt solid #888; padding-bottom: 1mm; display: flex; justify-content: space-between; font-family: 'Noto Sans CJK JP', sans-serif; }
.pf { position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1 { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 15pt; border-left: 6pt solid #1f4e79; padding-left: 3mm; margin: 2mm 0 4mm 0; }
h2 { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 12pt; margin: 5mm 0 2mm 0; color: #1f4e79; }
h3 { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 10.5pt; margin: 3mm 0 1.5mm 0; }
p { margin: 1mm 0; text-indent: 1em; line-height: 1.65; }
.cap { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 9.5pt; margin: 3mm 0 1mm 0; }
.framed { border: 0.8pt solid #333; padding: 3mm; margin: 2mm 0; }
.src { font-size: 8pt; text-align: right; margin-top: 1mm; }
.note { font-size: 8.5pt; margin: 1mm 0; text-indent: -1em; padding-left: 1em; line-height: 1.5; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; }
th, td { border: 0.5pt solid #444; padding: 1.2mm 1.5mm; }
th { background: #dde6f0; font-family: 'Noto Sans CJK JP', sans-serif; font-weight: normal; }
td.n { text-align: right; }
td.l { text-align: left; }
tr.sum td { background: #f1f1f1; font-family: 'Noto Sans CJK JP', sans-serif; }
.vert { writing-mode: vertical-rl; text-orientation: upright; width: 7mm; padding: 1mm 0.5mm; letter-spacing: 2pt; }
.cover { text-align: center; }
.cover .t1 { margin-top: 70mm; font-family: 'Noto Sans CJK JP', sans-serif; font-size: 26pt; letter-spacing: 2pt; }
.cover .t2 { margin-top: 8mm; font-size: 13pt; }
.cover .t3 { margin-top: 95mm; font-size: 13pt; }
.cover .t4 { margin-top: 6mm; font-family: 'Noto Sans CJK JP', sans-serif; font-size: 18pt; letter-spacing: 6pt; }
.toc { width: 100%; margin-top: 10mm; font-size: 11pt; }
.toc div { display: flex; line-height: 2.2; }
.toc .dots { flex: 1; border-bottom: 1pt dotted #555; margin: 0 2mm 2.2mm 2mm; }
.toc .i1 { padding-left: 0; font-family: 'Noto Sans CJK JP', sans-serif; }
.toc .i2 { padding-left: 8mm; }
.two { column-count: 2; column-gap: 8mm; column-rule: 0.4pt solid #999; }
.two h3 { break-after: avoid; }
.two .it { margin: 0 0 1.6mm 0; padding-left: 1.2em; text-indent: -1.2em; line-height: 1.55; font-size: 9.8pt; break-inside: avoid; }
.side { display: flex; gap: 5mm; align-items: flex-start; }
.side > div { flex: 1; }
"""


def page(no, body, cover=False):
    if cover:
        return f'<div class="page cover">{body}</div>'
    return (f'<div class="page"><div class="rh"><span>第３次盛岡市債権管理計画</span>'
            f'<span>令和７年３月</span></div>{body}<div class="pf">{zen(no - 2)}</div></div>')


def svg_bar(values_m, labels):
    """Vector bar chart (values in 百万円) with data labels."""
    W, H = 560, 250
    x0, y0, x1, y1 = 50, 30, 540, 215
    vmax = 3500
    bw = (x1 - x0) / len(values_m)
    out = [f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" xmlns="http://www.w3.org/2000/svg" '
           f'style="font-family:Noto Sans CJK JP;font-size:10px">']
    out.append(f'<text x="{W/2}" y="14" text-anchor="middle" style="font-size:11.5px">'
               f'図１　全会計の収入未済額の推移（単位：百万円）</text>')
    for t in range(0, vmax + 1, 500):
        yy = y1 - (y1 - y0) * t / vmax
        out.append(f'<line x1="{x0}" y1="{yy:.1f}" x2="{x1}" y2="{yy:.1f}" stroke="#ccc" stroke-width="0.6"/>')
        out.append(f'<text x="{x0-5}" y="{yy+3:.1f}" text-anchor="end" fill="#444">{t:,}</text>')
    out.append(f'<line x1="{x0}" y1="{y1}" x2="{x1}" y2="{y1}" stroke="#000" stroke-width="1"/>')
    for i, (v, lab) in enumerate(zip(values_m, labels)):
        h = (y1 - y0) * v / vmax
        bx = x0 + i * bw + bw * 0.2
        out.append(f'<rect x="{bx:.1f}" y="{y1-h:.1f}" width="{bw*0.6:.1f}" height="{h:.1f}" fill="#5b8cc0"/>')
        out.append(f'<text x="{bx+bw*0.3:.1f}" y="{y1-h-4:.1f}" text-anchor="middle">{v:,.1f}</text>')
        out.append(f'<text x="{bx+bw*0.3:.1f}" y="{y1+14}" text-anchor="middle">{lab}</text>')
    out.append("</svg>")
    return "".join(out)


RATE_HIST = [("市税", {2019: 96.95, 2020: 97.38}), ("国民健康保険税", {2019: 88.12, 2020: 88.90})]


def svg_line(series, years):
    """Vector line chart of collection rates; series = [(name, {fy: value}), ...]."""
    W, H = 560, 230
    x0, y0, x1, y1 = 50, 40, 520, 200
    lo, hi = 86.0, 100.0
    out = [f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" xmlns="http://www.w3.org/2000/svg" '
           f'style="font-family:Noto Sans CJK JP;font-size:10px">']
    out.append(f'<text x="{W/2}" y="14" text-anchor="middle" style="font-size:11.5px">'
               f'図２　市税・国民健康保険税の収納率の推移（単位：％）</text>')
    for t in range(86, 101, 2):
        yy = y1 - (y1 - y0) * (t - lo) / (hi - lo)
        out.append(f'<line x1="{x0}" y1="{yy:.1f}" x2="{x1}" y2="{yy:.1f}" stroke="#ddd" stroke-width="0.6"/>')
        out.append(f'<text x="{x0-5}" y="{yy+3:.1f}" text-anchor="end" fill="#444">{t}</text>')
    step = (x1 - x0) / len(years)
    colors = ["#c0504d", "#1f4e79"]
    for si, (name, vals) in enumerate(series):
        pts = []
        for i, y in enumerate(years):
            v = vals[y]
            px = x0 + step * (i + 0.5)
            py = y1 - (y1 - y0) * (v - lo) / (hi - lo)
            pts.append((px, py, v))
        out.append('<polyline fill="none" stroke="%s" stroke-width="1.8" points="%s"/>'
                   % (colors[si], " ".join(f"{a:.1f},{b:.1f}" for a, b, _ in pts)))
        for px, py, v in pts:
            out.append(f'<rect x="{px-3:.1f}" y="{py-3:.1f}" width="6" height="6" fill="{colors[si]}"/>')
            dy = -7 if si == 0 else 15
            out.append(f'<text x="{px:.1f}" y="{py+dy:.1f}" text-anchor="middle">{v:.2f}</text>')
        out.append(f'<rect x="{x1-95}" y="{y0+40+si*16-8}" width="14" height="3" fill="{colors[si]}"/>')
        out.append(f'<text x="{x1-77}" y="{y0+40+si*16-4}">{name}</text>')
    for i, y in enumerate(years):
        out.append(f'<text x="{x0 + step * (i + 0.5):.1f}" y="{y1+15}" text-anchor="middle">R{y-2018}</text>')
    out.append(f'<line x1="{x0}" y1="{y1}" x2="{x1}" y2="{y1}" stroke="#000" stroke-width="1"/>')
    out.append("</svg>")
    return "".join(out)


def build():
    g = Gold(STEM, "plan", CITY, TITLE, "2025-03-01", "令和７年３月")
    pages = []

    # ---------- p1 cover ----------
    pages.append(page(1, '<div class="t1">第３次<br>盛岡市債権管理計画</div>'
                         '<div class="t2">令和７年度（2025年度）～令和10年度（2028年度）</div>'
                         '<div class="t3">令和７年３月</div><div class="t4">盛　岡　市</div>', cover=True))
    # ---------- p2 目次 ----------
    toc = [("i1", "第１章　計画の概要", 1), ("i2", "1-1　策定の趣旨", 1), ("i2", "1-2　計画期間と対象債権", 1),
           ("i1", "第２章　債権の現状と課題", 1), ("i2", "2-1　収入未済額の推移", 1),
           ("i2", "2-2　主要債権の収納状況", 3), ("i1", "第３章　目標と取組", 4), ("i2", "3-1　数値目標", 4),
           ("i2", "3-2　前計画の達成状況", 5), ("i2", "3-3　具体的な取組", 5)]
    body = '<h1 style="border:none;text-align:center;font-size:16pt;margin-top:10mm">目　　次</h1><div class="toc">'
    for cls, t, n in toc:
        body += f'<div class="{cls}"><span>{t}</span><span class="dots"></span><span>{zen(n)}</span></div>'
    body += "</div>"
    pages.append(f'<div class="page">{body}</div>')

    # ---------- p3: 第１章 + 表１ (前半) ----------
    pno = 3
    b = ('<h1>第１章　計画の概要</h1><h2>1-1　策定の趣旨</h2>'
         '<p>本市では、平成２７年に盛岡市債権管理条例を制定し、第１次計画（平成２８年度～令和２年度）及び'
         '第２次計画（令和３年度～令和６年度）に基づき、全庁的な債権管理の適正化に取り組んできた。'
         'この結果、全会計の収入未済額は着実に減少しているが、税外債権の一部では滞納繰越分の収納率が'
         '低い水準にとどまっている。第２次計画の期間満了に伴い、引き続き市民負担の公平性を確保するため、'
         '第３次計画を策定する。</p>'
         '<h2>1-2　計画期間と対象債権</h2>'
         '<p>計画期間は、令和７年度（2025年度）から令和10年度（2028年度）までの４年間とする。'
         '対象は、令和５年度決算において収入未済額が生じている全ての債権とし、このうち収入未済額の大きい'
         '６債権を「主要債権」として数値目標を設定する。</p>'
         '<h1 style="margin-top:7mm">第２章　債権の現状と課題</h1><h2>2-1　収入未済額の推移</h2>'
         '<p>会計別の収入未済額の推移は表１のとおりである。</p>')
    first = YEARS[:4]
    rest = YEARS[4:]

    def kaikei_table(years, cont=False, diff=False):
        h = '<table><tr><th style="width:34%">会計</th>'
        for y in years:
            a, bb = YHEAD[y]
            h += f'<th>{a}<br>{bb}</th>'
        if diff:
            h += '<th>増減<br>(R5－R4)</th>'
        h += '</tr>'
        for name, vals in KAIKEI + [("合計", TOTALS)]:
            cls = ' class="sum"' if name == "合計" else ""
            h += f'<tr{cls}><td class="l">{name}</td>'
            for y in years:
                v = vals[YEARS.index(y)]
                h += f'<td class="n">{comma(v)}</td>'
                a, bb = YHEAD[y]
                g.fact(pno, None, name, y, a + bb, "total", "outstanding", "actual", v * 1000, "yen", comma(v))
            if diff:
                h += f'<td class="n">{tri(vals[-1] - vals[-2])}</td>'
            h += '</tr>'
        return h + '</table>'

    b += ('<div class="cap">表１　会計別収入未済額の推移（単位：千円）</div><div class="framed">'
          + kaikei_table(first) + '<div class="src">→ 次ページへ続く</div></div>'
          '<div class="src">資料：各年度盛岡市歳入歳出決算書</div>')
    pages.append(page(pno, b))

    # ---------- p4: 表１（続き）+ 図１ ----------
    pno = 4
    b = ('<div class="cap">表１　会計別収入未済額の推移（続き）（単位：千円）</div><div class="framed">'
         + kaikei_table(rest, diff=True) + '</div><div class="src">資料：各年度盛岡市歳入歳出決算書</div>')
    ms = [round(t / 1000, 1) for t in TOTALS]
    labs = ["H29", "H30", "R1", "R2", "R3", "R4", "R5"]
    b += '<div style="margin-top:6mm;text-align:center">' + svg_bar(ms, labs) + '</div>'
    for y, m, lab in zip(YEARS, ms, labs):
        g.fact(pno, None, None, y, lab, "total", "outstanding", "actual", round(m * 1_000_000), "yen", f"{m:,.1f}")

    def oku(v_thousand):
        m = round(v_thousand / 1000)
        o, man = divmod(m, 100)
        return (f"約{o}億{man * 100:,}万円" if man else f"約{o}億円"), m * 1_000_000
    s23, v23 = oku(TOTALS[-1])
    s17, v17 = oku(TOTALS[0])
    b += ('<p>令和５年度末の全会計の収入未済額は' + s23 + 'となり、平成29年度末の' + s17 +
          'から着実に縮減している。一方で、国民健康保険事業特別会計の収入未済額は全体の約３分の１を占めており、'
          '引き続き重点的な対応が必要である。</p>'
          '<p>また、税外債権では、市営住宅使用料や保育所保育料の滞納繰越分について、少額・長期の案件が'
          '累積している。これらについては、法的措置と執行停止等による整理を並行して進める必要がある。</p>')
    g.fact(pno, None, None, 2023, "令和５年度末", "total", "outstanding", "actual", v23, "yen", s23, approx=True)
    g.fact(pno, None, None, 2017, "平成29年度末", "total", "outstanding", "actual", v17, "yen", s17, approx=True)
    pages.append(page(pno, b))

    # ---------- p5/p6: 表２ long format (cut without repeated header) ----------
    def long_rows(debts, pno_):
        h = ""
        for name, canon, yrs in debts:
            for k, y in enumerate(sorted(yrs)):
                A, C, W = yrs[y]
                O = A - C - W
                r = rate(C, A)
                h += "<tr>"
                if k == 0:
                    h += f'<td class="l" rowspan="3">{name}</td>'
                ylab = f"{y - 2018}年度"
                h += (f'<td>{ylab}</td><td class="n">{comma(A)}</td><td class="n">{comma(C)}</td>'
                      f'<td class="n">{comma(W)}</td><td class="n">{comma(O)}</td><td class="n">{r:.2f}</td></tr>')
                for met, val, unit, raw in (("assessed", A * 1000, "yen", comma(A)),
                                            ("collected", C * 1000, "yen", comma(C)),
                                            ("written_off", W * 1000, "yen", comma(W)),
                                            ("outstanding", O * 1000, "yen", comma(O)),
                                            ("collection_rate", r, "percent", f"{r:.2f}")):
                    g.fact(pno_, canon, name, y, ylab, "total", met, "actual", val, unit, raw)
        return h

    pno = 5
    HY = [2019, 2020, 2021, 2022, 2023]
    hist = []
    for name, h0 in RATE_HIST:
        yrs = next(m[2] for m in MAIN if m[0] == name)
        vals = dict(h0)
        for y in (2021, 2022, 2023):
            vals[y] = rate(yrs[y][1], yrs[y][0])
        hist.append((name, vals))
        for y in HY:
            g.fact(pno, name, name, y, f"R{y - 2018}", "total", "collection_rate", "actual", vals[y], "percent",
                   f"{vals[y]:.2f}")
    colg = ('<colgroup><col style="width:22%"><col style="width:9%"><col style="width:16%"><col style="width:16%">'
            '<col style="width:12%"><col style="width:14%"><col style="width:11%"></colgroup>')
    b = ('<h2>2-2　主要債権の収納状況</h2>'
         '<p>主要債権の令和３年度から令和５年度までの決算の状況は表２のとおりである。市税は収納率が'
         '３年連続で上昇したが、国民健康保険税は加入者の減少に伴い調定額が減少するなか、収納率は横ばいで推移している。</p>'
         '<div style="text-align:center;margin:2mm 0">' + svg_line(hist, HY) + '</div>'
         '<div class="cap">表２　主要債権の決算の推移（令和３年度～令和５年度）（単位：千円、％）</div>'
         f'<table>{colg}<tr><th>債権名</th><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th>'
         '<th>収入未済額</th><th>収納率</th></tr>' + long_rows(MAIN[:SPLIT_AT], pno) + '</table>')
    pages.append(page(pno, b))

    pno = 6
    b = (f'<table>{colg}' + long_rows(MAIN[SPLIT_AT:], pno) + '</table>'
         '<div class="note">※１ 収納率は、収入済額を調定額で除して算出した（現年度分と滞納繰越分の合計）。</div>'
         '<div class="note">※２ 生活保護費返還金は、主要債権に含めていない。同返還金の令和５年度末の収入未済額は'
         ' 86,412千円である。</div>'
         '<h1 style="margin-top:7mm">第３章　目標と取組</h1><h2>3-1　数値目標</h2>'
         '<p>計画期間の各年度における主要債権の目標収納率を次のとおり定める。</p>')
    g.fact(pno, "生活保護費返還金", "生活保護費返還金", 2023, "令和５年度末", "total", "outstanding", "actual",
           86412000, "yen", "86,412千円")
    # side-by-side: metric rows x years across (市税)  |  years rows x metric columns (国民健康保険税)
    left = ('<div><div class="cap">(1) 市税</div><table><tr><th colspan="2">区分</th>'
            + "".join(f"<th>R{y - 2018}</th>" for y in TGT_YEARS) + "</tr>")
    segl = {"current": "収納率（現年課税分）", "arrears": "収納率（滞納繰越分）", "total": "収納率（合計）"}
    for k, seg in enumerate(("current", "arrears", "total")):
        left += "<tr>"
        if k == 0:
            left += '<th class="vert" rowspan="3">目標値</th>'
        left += f'<td class="l">{segl[seg]}</td>'
        for y, v in zip(TGT_YEARS, TGT_ZEI[seg]):
            left += f'<td class="n">{v:.2f}</td>'
            g.fact(pno, "市税", "市税", y, f"R{y - 2018}", seg, "collection_rate", "target", v, "percent", f"{v:.2f}")
        left += "</tr>"
    left += "</table></div>"
    right = ('<div><div class="cap">(2) 国民健康保険税</div><table><tr><th>年度</th><th>現年課税分</th>'
             '<th>滞納繰越分</th><th>合計</th></tr>')
    for i, y in enumerate(TGT_YEARS):
        right += f'<tr><td>R{y - 2018}</td>'
        for seg in ("current", "arrears", "total"):
            v = TGT_KOKUHO[seg][i]
            right += f'<td class="n">{v:.2f}</td>'
            g.fact(pno, "国民健康保険税", "国民健康保険税", y, f"R{y - 2018}", seg, "collection_rate", "target", v,
                   "percent", f"{v:.2f}")
        right += "</tr>"
    right += "</table></div>"
    b += ('<div class="cap" style="text-align:right;font-size:8pt">（単位：％）</div><div class="side">'
          + left + right + "</div>")
    b += ('<div class="cap">(3) その他の主要債権（合計の収納率）</div><table><tr><th style="width:34%">債権名</th>'
          + "".join(f"<th>令和{zen(y - 2018)}年度</th>" for y in TGT_YEARS) + "</tr>")
    for name, vs in TGT_OTHER:
        b += f'<tr><td class="l">{name}</td>'
        for y, v in zip(TGT_YEARS, vs):
            b += f'<td class="n">{v:.2f}</td>'
            g.fact(pno, name, name, y, f"令和{zen(y - 2018)}年度", "total", "collection_rate", "target", v, "percent",
                   f"{v:.2f}")
        b += "</tr>"
    b += '</table><div class="note">※ 目標値は、過去５年間の収納率の伸びと中核市の平均値を踏まえて設定した。</div>'
    pages.append(page(pno, b))

    # ---------- p7: 前計画の達成状況 (目標|実績|達成率 per year) + 共通の取組 ----------
    pno = 7
    b = ('<h2>3-2　前計画の達成状況</h2>'
         '<p>第２次計画で定めた目標収納率（合計）に対する令和４年度及び令和５年度の実績は、表３のとおりである。</p>'
         '<div class="cap">表３　目標収納率の達成状況（単位：％）</div>'
         '<table><tr><th rowspan="2" style="width:24%">債権名</th><th colspan="3">令和４年度</th>'
         '<th colspan="3">令和５年度</th><th rowspan="2">達成<br>状況</th></tr>'
         '<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>実績</th><th>達成率</th></tr>')
    for name, canon, yrs in MAIN:
        b += f'<tr><td class="l">{name}</td>'
        ok = True
        for i, y in enumerate((2022, 2023)):
            t = OLD_TGT[name][i]
            A, C, W = yrs[y]
            r = rate(C, A)
            ach = round(r / t * 100, 1)
            ok = r >= t
            b += f'<td class="n">{t:.2f}</td><td class="n">{r:.2f}</td><td class="n">{ach:.1f}</td>'
            g.fact(pno, canon, name, y, f"令和{zen(y - 2018)}年度", "total", "collection_rate", "target", t, "percent",
                   f"{t:.2f}")
            g.fact(pno, canon, name, y, f"令和{zen(y - 2018)}年度", "total", "collection_rate", "actual", r, "percent",
                   f"{r:.2f}")
        b += f'<td>{"○" if ok else "×"}</td></tr>'
    b += ('</table><div class="note">※ 達成率＝実績÷目標×100。達成状況は令和５年度の実績が目標以上のものを○とした。</div>'
          '<h2>3-3　具体的な取組</h2><h3>(1) 全庁共通の取組</h3>')
    for lab, t, st in COMMON_INITS:
        b += f'<div class="note" style="text-indent:-2em;padding-left:2em;font-size:10pt">{lab}　{t}【{st}】</div>'
        g.init(pno, None, None, None, "全庁共通の取組", lab, t, st)
    pages.append(page(pno, b))

    # ---------- p8: 債権別の取組 (two columns) ----------
    pno = 8
    b = '<h3>(2) 債権別の取組</h3><div class="two">'
    for k, (name, ka, its) in enumerate(INITS):
        b += f'<h3>{"①②③④"[k]} {name}（{ka}）</h3>'
        for lab, t, st in its:
            if name == "国民健康保険税" and lab == "イ":
                b += f'<div class="it">{lab}　{t}<br><span style="margin-left:1.2em">【{st}】</span></div>'
            else:
                b += f'<div class="it">{lab}　{t}【{st}】</div>'
            g.init(pno, name, name, None, "債権別の取組", f"(2){'①②③④'[k]}{lab}", t, st)
    b += '</div>'
    b += ('<div class="framed" style="margin-top:8mm;font-size:9.5pt">【計画の進行管理】<br>'
          '・進捗状況の確認：毎年度、決算確定後に債権管理推進会議で確認する。<br>'
          '・結果の公表：各年度の実績は市ホームページで公表する。<br>'
          '・計画の見直し：社会経済情勢の変化等を踏まえ、必要に応じて見直す。</div>')
    pages.append(page(pno, b))

    html = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{TITLE}</title>' \
           f'<style>{CSS}</style></head><body>{"".join(pages)}</body></html>'
    hp = WORK / f"{STEM}.html"
    hp.write_text(html, encoding="utf-8")
    out = PDF_DIR / f"{STEM}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", str(hp)], check=True, capture_output=True)
    g.write()
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
