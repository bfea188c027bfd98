"""多治見市債権管理計画（会計・債権別の表とグラフ） — HTML -> Chromium print-to-pdf."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from u_common import Gold, PDF_DIR, WORK, chromium, zen  # noqa: E402

STEM = "u_tajimi_plan_1"
CITY = "多治見市"
TITLE = "多治見市債権管理計画（令和７年度～令和１０年度）"


def r1(c, a):
    return round(c / a * 100 + 1e-9, 1)


# ---- 表2: R5 (令和５年度決算) 債権別 (千円): assessed, collected, written_off ----
T2 = [
    ("一般会計", [("市税", "市税", 11_842_316, 11_582_144, 21_538),
              ("保育所保育料", "保育所保育料", 412_530, 405_218, 1_204),
              ("生活保護費返還金", "生活保護費返還金", 186_420, 21_640, 8_412),
              ("市営住宅使用料", "市営住宅使用料", 98_214, 86_318, 1_942),
              (None, "その他", 64_318, 55_412, 612)]),
    ("国民健康保険特別会計", [("国民健康保険料", "国民健康保険税", 2_014_326, 1_702_518, 42_318)]),
    ("後期高齢者医療特別会計", [("後期高齢者医療保険料", "後期高齢者医療保険料", 1_124_518, 1_118_204, 612)]),
    ("介護保険特別会計", [("介護保険料", "介護保険料", 1_642_380, 1_625_310, 3_218)]),
    ("水道事業会計", [("水道料金", "水道料金", 2_412_630, 2_375_402, 4_812)]),
    ("下水道事業会計", [("下水道使用料", "下水道使用料", 1_512_340, 1_498_210, 2_114)]),
]


def out(a, c, w):
    return a - c - w


acct_r5 = {acc: sum(out(a, c, w) for _, _, a, c, w in rows) for acc, rows in T2}
# ---- 表1: 会計別収入未済額の推移 (千円) R元..R4 invented, R5 from 表2 ----
T1 = {
    "一般会計": [512_318, 488_640, 462_115, 437_902],
    "国民健康保険特別会計": [348_612, 322_418, 301_554, 284_106],
    "後期高齢者医療特別会計": [7_214, 6_902, 6_318, 5_941],
    "介護保険特別会計": [18_604, 17_212, 15_930, 14_718],
    "住宅新築資金等貸付事業特別会計": [12_412, 11_806, 10_924, 10_312],
    "水道事業会計": [41_208, 38_716, 36_102, 34_218],
    "下水道事業会計": [16_318, 15_102, 13_894, 12_906],
}
ACCTS = list(T1.keys())
for acc in ACCTS:
    T1[acc].append(acct_r5.get(acc))  # housing account -> None (統合)
YEARS = [(2019, "令和元年度", "2019年度"), (2020, "令和２年度", "2020年度"), (2021, "令和３年度", "2021年度"),
         (2022, "令和４年度", "2022年度"), (2023, "令和５年度", "2023年度")]
TOTALS = [sum((T1[a][i] or 0) for a in ACCTS) for i in range(5)]

# rates for 図2 (市税, 国保) R元..R4 invented, R5 from 表2
TAX_RATES = [96.9, 97.1, 97.3, 97.5]
KOKU_RATES = [81.2, 82.4, 83.1, 83.8]
tax_r5 = r1(11_582_144, 11_842_316)
koku_r5 = r1(1_702_518, 2_014_326)
TAX_RATES.append(tax_r5)
KOKU_RATES.append(koku_r5)

TARGETS = {  # debt -> (label, R7..R10)
    "市税": ("市税", [97.9, 98.0, 98.1, 98.2]),
    "国民健康保険料": ("国民健康保険税", [84.8, 85.2, 85.6, 86.0]),
    "後期高齢者医療保険料": ("後期高齢者医療保険料", [99.4, 99.4, 99.5, 99.5]),
    "介護保険料": ("介護保険料", [99.0, 99.1, 99.1, 99.2]),
    "水道料金": ("水道料金", [98.5, 98.6, 98.7, 98.8]),
    "下水道使用料": ("下水道使用料", [99.1, 99.1, 99.2, 99.2]),
}

g = Gold(STEM, "plan", "kaikei", CITY, TITLE, "2025-03-01", "令和７年３月")
pages = []

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'IPAexMincho', 'Noto Serif CJK JP', serif; font-size: 10.5pt; color: #111; }
.page { width: 210mm; height: 297mm; position: relative; padding: 20mm 20mm 18mm 20mm; page-break-after: always; overflow: hidden; }
.hdr { position: absolute; top: 9mm; right: 20mm; font-size: 8pt; color: #555; font-family: 'IPAexGothic', sans-serif; }
.ftr { position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1 { font-family: 'IPAexGothic', sans-serif; font-size: 15pt; border-bottom: 2px solid #1f3864; padding-bottom: 2mm; margin: 0 0 4mm 0; }
h2 { font-family: 'IPAexGothic', sans-serif; font-size: 12pt; margin: 5mm 0 2mm 0; color: #1f3864; }
h3 { font-family: 'IPAexGothic', sans-serif; font-size: 10.5pt; margin: 3mm 0 1mm 0; }
p { margin: 0 0 2mm 0; text-indent: 1em; line-height: 1.6; text-align: justify; }
.cols { column-count: 2; column-gap: 8mm; }
.cols p { font-size: 10pt; }
table { border-collapse: collapse; width: 100%; font-family: 'IPAexGothic', sans-serif; font-size: 8.6pt; }
th { background: #d9e2f3; font-weight: normal; border: 0.6pt solid #333; padding: 1.2mm 1mm; }
td { border: 0.6pt solid #333; padding: 1.1mm 1.5mm; line-height: 1.4; }
td.n { text-align: right; }
td.c { text-align: center; }
tr.sub td { background: #f2f2f2; }
tr.tot td { background: #e7e6e6; font-weight: bold; }
.caption { font-family: 'IPAexGothic', sans-serif; font-size: 10pt; font-weight: bold; margin: 3mm 0 1mm 0; }
.box { border: 1pt solid #1f3864; padding: 3mm; }
.src { font-size: 8pt; text-align: right; margin-top: 1mm; font-family: 'IPAexGothic', sans-serif; }
.note { font-size: 8.2pt; margin: 1mm 0 0 0; text-indent: 0; line-height: 1.4; }
.unit { font-size: 8pt; text-align: right; font-family: 'IPAexGothic', sans-serif; }
.toc td { border: none; font-size: 11pt; padding: 2mm 0; font-family: 'IPAexMincho', serif; }
.toc td.pg { text-align: right; width: 12mm; }
ul.items { margin: 0; padding-left: 0; list-style: none; }
ul.items li { margin: 0 0 2mm 0; padding-left: 2.2em; text-indent: -2.2em; line-height: 1.55; }
"""


def page_html(body, n, show_no=True):
    ftr = f'<div class="ftr">－{n}－</div>' if show_no else ""
    hdr = '<div class="hdr">多治見市債権管理計画</div>' if show_no else ""
    return f'<div class="page">{hdr}{body}{ftr}</div>'


# ----------------- p1 cover -----------------
pages.append(page_html("""
<div style="height:75mm"></div>
<div style="text-align:center;font-family:'IPAexGothic';font-size:28pt;font-weight:bold;letter-spacing:2pt">多治見市債権管理計画</div>
<div style="text-align:center;font-size:16pt;margin-top:8mm">（令和７年度～令和１０年度）</div>
<div style="height:95mm"></div>
<div style="text-align:center;font-size:14pt">令和７年３月</div>
<div style="text-align:center;font-size:15pt;margin-top:6mm">多治見市 総務部 税務課 債権管理グループ</div>
""", 1, show_no=False))

# ----------------- p2 目次 -----------------
toc = [("第１章　計画の基本的な考え方", 1), ("1-1　計画策定の趣旨", 1), ("1-2　計画期間", 1), ("1-3　対象とする債権", 1),
       ("第２章　債権管理の現状", 2), ("2-1　会計別の収入未済額の推移", 2), ("2-2　債権別の収納状況", 3),
       ("第３章　目標と取組", 4), ("3-1　目標収納率", 4), ("3-2　全庁的な取組", 5), ("3-3　債権別の重点取組", 5)]
rows = "".join(
    f'<tr><td style="padding-left:{0 if t.startswith("第") else 8}mm">{t}　{"・" * (30 if t.startswith("第") else 28)}</td><td class="pg">{p}</td></tr>'
    for t, p in toc)
pages.append(page_html(f'<h1 style="text-align:center;border:none">目　次</h1><table class="toc">{rows}</table>', 0, show_no=False))

# ----------------- p3 第１章 (two columns) -----------------
PN = 3
tot5 = TOTALS[4]
man = round(tot5 / 10 / 100) * 100  # 千円 -> 万円 rounded to 100万円
o, m = divmod(man, 10000)
tot5_raw = f"約{zen(o)}億{zen(f'{m:,}')}万円"
d45 = TOTALS[3] - TOTALS[4]
dman = round(d45 / 10 / 100) * 100
do, dm = divmod(dman, 10000)
d_raw = (f"約{zen(do)}億" if do else "約") + f"{zen(f'{dm:,}')}万円"
body = f"""
<h1>第１章　計画の基本的な考え方</h1>
<h2>1-1　計画策定の趣旨</h2>
<div class="cols">
<p>本市では、平成２２年４月に多治見市債権管理条例を制定し、市税をはじめとする市の債権について、督促から滞納処分、債権放棄に至るまでの手続を統一的に定め、全庁で適正な管理に取り組んできた。これまでの債権管理計画により、的確な滞納処分と、回収の見込みのない債権の整理を進めた結果、収入未済額は着実に減少している。</p>
<p>令和５年度決算における全会計の収入未済額は{tot5_raw}で、前年度に比べ{d_raw}減少した。また、市税の収納率は{zen(f'{tax_r5:.1f}')}％と、前年度を{zen(f'{round(tax_r5 - TAX_RATES[3], 1):.1f}')}ポイント上回った。</p>
<p>一方、国民健康保険税や生活保護費返還金などでは、滞納の長期化や債務者の生活困窮により、回収が進まない債権が残っている。債権を所管する各課の人員が限られる中で、滞納の初期段階での対応と、専門的な知識を要する事案への組織的な対応を両立させることが課題となっている。</p>
<p>こうした状況を踏まえ、公平・公正な市民負担の確保と健全な財政運営に資するため、令和７年度から４か年の新たな債権管理計画を策定する。</p>
</div>
<h2>1-2　計画期間</h2>
<p>令和７年度から令和１０年度までの４年間とする。社会経済情勢の変化や関係法令の改正があった場合は、必要に応じて見直しを行う。</p>
<h2>1-3　対象とする債権</h2>
<p>本計画は、令和５年度決算において収入未済額が生じている全ての債権を対象とする。このうち、収入未済額の大きい債権及び収納率の向上が特に求められる債権を「重点債権」として、第３章で債権別の取組を定める。</p>
<div class="box" style="margin-top:4mm">
<div style="font-family:'IPAexGothic';font-weight:bold;margin-bottom:1mm">【参考】債権の分類</div>
<ul class="items" style="font-size:9.5pt">
<li>・強制徴収公債権：市税、国民健康保険税、後期高齢者医療保険料、介護保険料、保育所保育料、下水道使用料など</li>
<li>・非強制徴収公債権：生活保護費返還金、児童扶養手当返還金など</li>
<li>・私債権：水道料金、市営住宅使用料、各種貸付金など</li>
</ul></div>
"""
g.fact(None, "全会計", 2023, "令和５年度決算", "total", "outstanding", "actual", man * 10000, "yen", tot5_raw, PN, approx=True)
g.fact("市税", "市税", 2023, "令和５年度決算", "total", "collection_rate", "actual", tax_r5, "percent", f"{zen(f'{tax_r5:.1f}')}％", PN)
pages.append(page_html(body, 1))

# ----------------- p4 第２章 表1 (R元..R3) + 図1 -----------------
PN = 4


def t1_table(idx, extra_diff, page):
    heads = "".join(f"<th>{YEARS[i][1]}<br>({YEARS[i][2]})</th>" for i in idx)
    if extra_diff:
        heads += "<th>増減<br>(R5－R4)</th>"
    body = ""
    for acc in ACCTS:
        cells = ""
        for i in idx:
            v = T1[acc][i]
            if v is None:
                cells += '<td class="c">－</td>'
            else:
                cells += f'<td class="n">{v:,}</td>'
                g.fact(None, acc, YEARS[i][0], YEARS[i][1], "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", page)
        if extra_diff:
            a, b = T1[acc][3], T1[acc][4]
            if b is None:
                cells += '<td class="c">皆減</td>'
            else:
                dd = b - a
                cells += f'<td class="n">{"△" + format(-dd, ",") if dd < 0 else format(dd, ",")}</td>'
        body += f"<tr><td>{acc}</td>{cells}</tr>"
    cells = ""
    for i in idx:
        cells += f'<td class="n">{TOTALS[i]:,}</td>'
        g.fact(None, "合計", YEARS[i][0], YEARS[i][1], "total", "outstanding", "actual", TOTALS[i] * 1000, "yen", f"{TOTALS[i]:,}", page)
    if extra_diff:
        dd = TOTALS[4] - TOTALS[3]
        cells += f'<td class="n">{"△" + format(-dd, ",") if dd < 0 else format(dd, ",")}</td>'
    body += f'<tr class="tot"><td>合　計</td>{cells}</tr>'
    return f'<table><tr><th style="width:38%">会計名</th>{heads}</tr>{body}</table>'


# bar chart SVG
def bar_chart(page):
    W, H = 480, 230
    x0, y0, ch = 50, 30, 160
    vmax = 1200
    bars = ""
    bw = 50
    for i, (fy, raw, west) in enumerate(YEARS):
        v = TOTALS[i] / 1000  # 百万円
        lab = f"{v:,.1f}"
        h = ch * v / vmax
        x = x0 + 20 + i * 82
        bars += f'<rect x="{x}" y="{y0 + ch - h:.1f}" width="{bw}" height="{h:.1f}" fill="#4472c4"/>'
        bars += f'<text x="{x + bw / 2}" y="{y0 + ch - h - 4:.1f}" font-size="10" text-anchor="middle">{lab}</text>'
        bars += f'<text x="{x + bw / 2}" y="{y0 + ch + 14}" font-size="9.5" text-anchor="middle">{raw.replace("年度", "")}</text>'
        g.fact(None, "全会計", fy, raw, "total", "outstanding", "actual", round(v * 10) * 100_000, "yen", lab, page)
    grid = ""
    for k in range(0, 1201, 200):
        yy = y0 + ch - ch * k / vmax
        grid += f'<line x1="{x0}" y1="{yy:.1f}" x2="{W - 10}" y2="{yy:.1f}" stroke="#bbb" stroke-width="0.5"/>'
        grid += f'<text x="{x0 - 5}" y="{yy + 3:.1f}" font-size="8.5" text-anchor="end">{k:,}</text>'
    return (f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" style="font-family:IPAexGothic">'
            f'<text x="{W / 2}" y="14" font-size="11" text-anchor="middle" font-weight="bold">図１　全会計の収入未済額の推移（単位：百万円）</text>'
            f'{grid}{bars}<line x1="{x0}" y1="{y0 + ch}" x2="{W - 10}" y2="{y0 + ch}" stroke="#333"/></svg>')


body = f"""
<h1>第２章　債権管理の現状</h1>
<h2>2-1　会計別の収入未済額の推移</h2>
<p>全会計の収入未済額は、令和元年度以降、毎年度減少している。会計別では、一般会計と国民健康保険特別会計で全体の９割程度を占めている。</p>
<div class="caption">表１　会計別収入未済額の推移（単位：千円）</div>
<div class="box">{t1_table([0, 1, 2], False, PN)}</div>
<div class="src">資料：各年度 多治見市歳入歳出決算書</div>
<p class="note">※ 令和４年度及び令和５年度の数値は次ページに続く。</p>
<div style="margin-top:8mm;text-align:center">{bar_chart(PN)}</div>
"""
pages.append(page_html(body, 2))

# ----------------- p5 表1 続き + 表2 -----------------
PN = 5
t2rows = ""
for acc, rows in T2:
    n = len(rows) + (1 if len(rows) > 1 else 0)
    first = True
    sa = sc = sw = 0
    for debt, label, a, c, w in rows:
        o_ = out(a, c, w)
        rt = r1(c, a)
        sa += a; sc += c; sw += w
        acc_cell = f'<td rowspan="{n}" style="width:22%">{acc}</td>' if first else ""
        first = False
        t2rows += (f'<tr>{acc_cell}<td>{label}</td><td class="n">{a:,}</td><td class="n">{c:,}</td>'
                   f'<td class="n">{w:,}</td><td class="n">{o_:,}</td><td class="n">{rt:.1f}</td></tr>')
        for metric, val in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o_)):
            g.fact(debt, label, 2023, "令和５年度決算", "total", metric, "actual", val * 1000, "yen", f"{val:,}", PN)
        g.fact(debt, label, 2023, "令和５年度決算", "total", "collection_rate", "actual", rt, "percent", f"{rt:.1f}", PN)
    if len(rows) > 1:
        so = sa - sc - sw
        rt = r1(sc, sa)
        t2rows += (f'<tr class="sub"><td>小　計</td><td class="n">{sa:,}</td><td class="n">{sc:,}</td>'
                   f'<td class="n">{sw:,}</td><td class="n">{so:,}</td><td class="n">{rt:.1f}</td></tr>')
        for metric, val in (("assessed", sa), ("collected", sc), ("written_off", sw), ("outstanding", so)):
            g.fact(None, f"{acc} 小計", 2023, "令和５年度決算", "total", metric, "actual", val * 1000, "yen", f"{val:,}", PN)
        g.fact(None, f"{acc} 小計", 2023, "令和５年度決算", "total", "collection_rate", "actual", rt, "percent", f"{rt:.1f}", PN)
GA = sum(a for _, rows in T2 for *_, a, c, w in [(0, 0, *r[2:]) for r in rows])
allrows = [r for _, rows in T2 for r in rows]
GA = sum(r[2] for r in allrows); GC = sum(r[3] for r in allrows); GW = sum(r[4] for r in allrows)
GO = GA - GC - GW
assert GO == TOTALS[4], (GO, TOTALS[4])
grt = r1(GC, GA)
t2rows += (f'<tr class="tot"><td colspan="2">合　計</td><td class="n">{GA:,}</td><td class="n">{GC:,}</td>'
           f'<td class="n">{GW:,}</td><td class="n">{GO:,}</td><td class="n">{grt:.1f}</td></tr>')
for metric, val in (("assessed", GA), ("collected", GC), ("written_off", GW), ("outstanding", GO)):
    g.fact(None, "合計", 2023, "令和５年度決算", "total", metric, "actual", val * 1000, "yen", f"{val:,}", PN)
g.fact(None, "合計", 2023, "令和５年度決算", "total", "collection_rate", "actual", grt, "percent", f"{grt:.1f}", PN)
CHILD = 3_412
body = f"""
<div class="caption">表１　会計別収入未済額の推移（続き）（単位：千円）</div>
<div class="box">{t1_table([3, 4], True, PN)}</div>
<div class="src">資料：各年度 多治見市歳入歳出決算書</div>
<p class="note">※ 住宅新築資金等貸付事業特別会計は、令和５年度から一般会計に統合した。</p>
<h2>2-2　債権別の収納状況</h2>
<p>令和５年度決算における主な債権の収納状況は、表２のとおりである。生活保護費返還金は、返還義務者の多くが保護受給中又は生活困窮の状態にあり、収納率が低い水準にとどまっている。</p>
<div class="caption">表２　主な債権の収納状況（令和５年度決算）（単位：千円、％）</div>
<div class="box"><table>
<tr><th>会計</th><th>債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>
{t2rows}</table></div>
<div class="src">資料：令和５年度 多治見市歳入歳出決算書、各事業会計決算書</div>
<p class="note">※1 調定額及び収入済額は、現年度分と滞納繰越分の合計である。</p>
<p class="note">※2 一般会計の「その他」には、児童扶養手当返還金（収入未済額 {CHILD:,}千円）などを含む。</p>
"""
g.fact("児童扶養手当返還金", "児童扶養手当返還金", 2023, None, "total", "outstanding", "actual", CHILD * 1000, "yen", f"{CHILD:,}千円", PN)
pages.append(page_html(body, 3))

# ----------------- p6 第３章 3-1 目標 (debts as columns) + 図2 line chart -----------------
PN = 6
r5 = {}
for acc, rows in T2:
    for debt, label, a, c, w in rows:
        if debt in TARGETS:
            r5[debt] = r1(c, a)
heads = "".join(f"<th>{TARGETS[k][0]}</th>" for k in TARGETS)
trs = '<tr><td class="c">R5実績</td>' + "".join(f'<td class="n">{r5[k]:.1f}</td>' for k in TARGETS) + "</tr>"
for k in TARGETS:
    g.fact(k, TARGETS[k][0], 2023, "R5実績", "total", "collection_rate", "actual", r5[k], "percent", f"{r5[k]:.1f}", PN)
for i, fy in enumerate((2025, 2026, 2027, 2028)):
    lab = f"R{fy - 2018}目標"
    trs += f'<tr><td class="c">{lab}</td>' + "".join(f'<td class="n">{TARGETS[k][1][i]:.1f}</td>' for k in TARGETS) + "</tr>"
    for k in TARGETS:
        v = TARGETS[k][1][i]
        g.fact(k, TARGETS[k][0], fy, lab, "total", "collection_rate", "target", v, "percent", f"{v:.1f}", PN)


def line_chart(page):
    W, H = 500, 250
    x0, y0, ch = 50, 34, 160
    lo, hi = 75, 100
    def yv(v):
        return y0 + ch - ch * (v - lo) / (hi - lo)
    s = ""
    for k in range(lo, hi + 1, 5):
        s += f'<line x1="{x0}" y1="{yv(k):.1f}" x2="{W - 20}" y2="{yv(k):.1f}" stroke="#ccc" stroke-width="0.5"/>'
        s += f'<text x="{x0 - 5}" y="{yv(k) + 3:.1f}" font-size="8.5" text-anchor="end">{k}</text>'
    for series, name, color, dy in ((TAX_RATES, "市税", "#c00000", -7), (KOKU_RATES, "国民健康保険税", "#2f5597", 14)):
        pts = []
        for i, v in enumerate(series):
            x = x0 + 30 + i * 95
            pts.append(f"{x},{yv(v):.1f}")
            s += f'<circle cx="{x}" cy="{yv(v):.1f}" r="3" fill="{color}"/>'
            s += f'<text x="{x}" y="{yv(v) + dy:.1f}" font-size="9.5" text-anchor="middle" fill="{color}">{v:.1f}</text>'
            g.fact("市税" if name == "市税" else "国民健康保険料", name, YEARS[i][0], YEARS[i][1], "total",
                   "collection_rate", "actual", v, "percent", f"{v:.1f}", page)
        s += f'<polyline points="{" ".join(pts)}" fill="none" stroke="{color}" stroke-width="1.6"/>'
    for i, (fy, raw, west) in enumerate(YEARS):
        s += f'<text x="{x0 + 30 + i * 95}" y="{y0 + ch + 15}" font-size="9.5" text-anchor="middle">{raw.replace("年度", "")}</text>'
    s += f'<rect x="{W - 170}" y="{y0 + ch + 26}" width="10" height="3" fill="#c00000"/><text x="{W - 156}" y="{y0 + ch + 31}" font-size="9">市税</text>'
    s += f'<rect x="{W - 120}" y="{y0 + ch + 26}" width="10" height="3" fill="#2f5597"/><text x="{W - 106}" y="{y0 + ch + 31}" font-size="9">国民健康保険税</text>'
    return (f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" style="font-family:IPAexGothic">'
            f'<text x="{W / 2}" y="14" font-size="11" text-anchor="middle" font-weight="bold">図２　市税及び国民健康保険税の収納率の推移（単位：％）</text>{s}</svg>')


body = f"""
<h1>第３章　目標と取組</h1>
<h2>3-1　目標収納率</h2>
<p>重点債権のうち、強制徴収公債権及び水道料金については、現年度分と滞納繰越分を合わせた収納率の目標を次のとおり定める。目標は、過去５年間の収納率の推移と、本計画の取組による効果を見込んで設定した。</p>
<div class="caption">表３　重点債権の目標収納率（単位：％）</div>
<div class="box"><table><tr><th>年度</th>{heads}</tr>{trs}</table></div>
<p class="note">※ 収納率は、現年度分と滞納繰越分の合計。R5実績は令和５年度決算による。</p>
<div style="margin-top:8mm;text-align:center">{line_chart(PN)}</div>
<div class="src">資料：各年度 多治見市歳入歳出決算書</div>
"""
pages.append(page_html(body, 4))

# ----------------- p7 3-2 全庁的な取組 + 3-3 債権別の重点取組 -----------------
PN = 7
common = [("(1)", "督促状の発送後、１か月以内に文書又は電話による催告を行い、滞納の初期段階での接触を徹底する。", "継続"),
          ("(2)", "債権管理システムを導入し、複数の債権を滞納している者の情報を関係課で共有する。", "新規"),
          ("(3)", "回収の見込みがない債権は、執行停止、徴収停止及び債権放棄の手続により適正に整理する。", "継続"),
          ("(4)", "債権管理研修を年２回実施し、法的措置の実務を担う職員を育成する。", "拡充")]
items = "".join(f"<li>{lab}　{t}【{tag}】</li>" for lab, t, tag in common)
for lab, t, tag in common:
    g.init(None, 2025, "全庁的な取組", lab, f"{t}【{tag}】", tag, PN)
per = [("市税", "市税", [("①", "預貯金等の財産調査をオンラインで行い、滞納処分までの期間を短縮する。", "拡充"),
                        ("②", "地方税統一ＱＲコードによる納付を周知し、納期内納付を促す。", "継続")]),
       ("国民健康保険料", "国民健康保険税", [("①", "資格喪失者の未納分について、喪失後速やかに納付を案内する。", "新規"),
                                  ("②", "納付資力のある高額滞納者は、税務課徴収グループへ移管する。", "継続")]),
       ("生活保護費返還金", "生活保護費返還金", [("①", "保護受給中の返還金は、本人の申出による保護費からの調整を行う。", "継続"),
                                    ("②", "保護廃止後の返還金は、生活状況を確認したうえで分納計画を定める。", "新規")]),
       ("水道料金", "水道料金", [("①", "滞納２か月で給水停止予告を行い、納付相談につなげる。", "継続"),
                           ("②", "転居等による閉栓者の未納分について、住民票調査により請求先を確認する。", "拡充")])]
trs = ""
for debt, label, its in per:
    cell = "<br>".join(f"{lab}　{t}【{tag}】" for lab, t, tag in its)
    trs += f"<tr><td style='width:24%'>{label}</td><td>{cell}</td></tr>"
    for lab, t, tag in its:
        g.init(debt, 2025, "債権別の重点取組", lab, f"{t}【{tag}】", tag, PN)
body = f"""
<h2>3-2　全庁的な取組</h2>
<p>目標の達成に向けて、全ての債権所管課が次の取組を行う。</p>
<div class="box" style="margin:3mm 0 5mm 0"><ul class="items">{items}</ul></div>
<h2>3-3　債権別の重点取組</h2>
<p>重点債権ごとの主な取組は、次のとおりとする。</p>
<table><tr><th>債権名</th><th>重点取組</th></tr>{trs}</table>
<h2>3-4　進行管理</h2>
<p>本計画の進捗は、債権管理推進会議において毎年度確認し、その結果を市ホームページで公表する。</p>
"""
pages.append(page_html(body, 5))

html = f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
dst = PDF_DIR / f"{STEM}.pdf"
chromium(hp, dst)
g.write(dst)
