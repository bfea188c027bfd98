"""上山市 令和7年度 債権管理の取組状況（中間報告） (progress_report): HTML/CSS -> chromium --print-to-pdf.
Run from corpus/dev66:  python3 build/sa_progress.py"""
import sys, subprocess, calendar
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sa_common import Gold, c, r2, rate, zen, check, ROOT

STEM = "sa_kaminoyama_progress_1"
G = Gold(STEM, "progress_report", "progress", "上山市", "令和7年度 債権管理の取組状況（中間報告）",
         "2026-01-30", "令和8年1月30日")
HEAD = "令和7年度 債権管理の取組状況（中間報告）"
pages = []

# ---------------------------------------------------------------- data (千円), 現年度分 12月末
# key: (label printed, canonical, A_prev, C_prev, A_now, C_now)
ROWS = [("市税", "市税", 3584120, 2911873, 3611457, 2951204),
        ("国保税", "国民健康保険料", 598341, 421877, 587926, 418563),
        ("介護保険料", "介護保険料", 421508, 328942, 425117, 334220),
        ("後期高齢", "後期高齢者医療保険料", 214877, 169530, 219340, 174318),
        ("保育料", "保育料", 71236, 54021, 68844, 52967),
        ("住宅使用料", "市営住宅使用料", 62418, 46135, 61903, 46402),
        ("水道料金", "水道料金", 804526, 598713, 811284, 607733),
        ("下水道使用料", "下水道使用料", 512034, 380267, 516710, 386855)]
ASOF_NOW, ASOF_PREV = "2025-12-31", "2024-12-31"
css = """
@page { size: A4; margin: 0 }
body { margin: 0; font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 9.5pt; color: #111 }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 14mm 18mm 12mm 18mm; position: relative;
        page-break-after: always; overflow: hidden }
.page:last-child { page-break-after: auto }
.rh { font-size: 8pt; color: #555; border-bottom: 0.5pt solid #777; padding-bottom: 2mm; margin-bottom: 5mm; text-align: right }
.pf { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt }
h1 { font-size: 16pt; text-align: center; margin: 6mm 0 2mm }
h2 { font-size: 12pt; margin: 5mm 0 2mm; border-left: 4pt solid #3a6; padding-left: 2mm }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm }
p { line-height: 1.65; margin: 1mm 0 2mm; text-indent: 1em }
table { border-collapse: collapse; width: 100%; font-size: 8.3pt; margin: 1mm 0 1mm }
th { background: #dde8dd; font-weight: normal; padding: 1.2mm 1mm; border: 0.5pt solid #888 }
td { padding: 1.1mm 1.5mm; border: 0.5pt solid #888 }
table.zebra th { border: none; border-bottom: 0.8pt solid #333 }
table.zebra td { border: none }
table.zebra tr:nth-child(even) td { background: #f0f4f0 }
table.zebra tr.sum td { border-top: 0.8pt solid #333; font-weight: bold }
td.n { text-align: right } td.c { text-align: center }
.cap { font-size: 9.5pt; font-weight: bold; margin: 3mm 0 1mm }
.unit { text-align: right; font-size: 8pt }
.note { font-size: 8pt; line-height: 1.5; margin: 1mm 0 }
.box { border: 0.8pt solid #333; padding: 2mm 4mm; margin: 2mm 0; font-size: 9pt; line-height: 1.7 }
.box b { display: block }
ul { margin: 1mm 0 2mm 0; padding-left: 6mm; line-height: 1.7 }
.meta { text-align: right; line-height: 1.6 }
"""


def page(body):
    n = len(pages) + 1
    pages.append(f'<div class="page"><div class="rh">{HEAD}</div>{body}<div class="pf">- {n} -</div></div>')


# ---------------------------------------------------------------- page 1
PG = 1
totA_p = sum(r[2] for r in ROWS); totC_p = sum(r[3] for r in ROWS)
totA_n = sum(r[4] for r in ROWS); totC_n = sum(r[5] for r in ROWS)
col_oku = round(totC_n * 1000, -5)
dcol = round((totC_n - totC_p) * 1000, -6)


def okuman(v):
    o, m = divmod(int(v) // 10000, 10000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")


G.f(PG, None, None, 2025, "令和7年12月末", "current", "collected", "interim", col_oku, "yen", f"約{okuman(col_oku)}",
    as_of=ASOF_NOW, approx=True)
G.f(PG, None, None, 2025, "令和7年12月末", "current", "difference", "interim", dcol, "yen", f"約{okuman(dcol)}",
    as_of=ASOF_NOW, approx=True)
tax = ROWS[0]
# 市税 segment figures at 12月末
TAXA = {"current": (3611457, 2951204), "arrears": (186734, 41023)}
TAXP = {"current": (3584120, 2911873), "arrears": (201455, 40877)}
for d in (TAXA, TAXP):
    d["total"] = (d["current"][0] + d["arrears"][0], d["current"][1] + d["arrears"][1])
tr = {s: round(rate(TAXA[s][1], TAXA[s][0]), 1) for s in TAXA}
tp = {s: round(rate(TAXP[s][1], TAXP[s][0]), 1) for s in TAXP}
bul = ""
for s, lab in (("current", "現年分"), ("arrears", "滞繰分"), ("total", "合計")):
    d = round(tr[s] - tp[s], 1)
    G.f(PG, "市税", "市税", 2025, "令和7年12月末時点", s, "collection_rate", "interim", tr[s], "percent", f"{tr[s]}％", as_of=ASOF_NOW)
    G.f(PG, "市税", "市税", 2024, "前年同月", s, "collection_rate", "interim", tp[s], "percent", f"{tp[s]}％", as_of=ASOF_PREV)
    G.f(PG, "市税", "市税", 2025, "令和7年12月末時点", s, "difference", "interim", d, "points",
        f"{'＋' if d >= 0 else '▲'}{abs(d)}ポイント", as_of=ASOF_NOW)
    bul += f"<li>{lab}　{tr[s]}％（前年同月 {tp[s]}％、{'＋' if d >= 0 else '▲'}{abs(d)}ポイント）</li>"
rows = ""
for lab, canon, ap, cp, an, cn in ROWS + [("合計", None, totA_p, totC_p, totA_n, totC_n)]:
    rp, rn = rate(cp, ap), rate(cn, an)
    d = round(rn - rp, 2)
    ds = ("△" if d < 0 else "") + r2(abs(d))
    cls = ' class="sum"' if lab == "合計" else ""
    rows += (f"<tr{cls}><td>{lab}</td><td class='n'>{c(ap)}</td><td class='n'>{c(an)}</td><td class='n'>{c(cp)}</td>"
             f"<td class='n'>{c(cn)}</td><td class='n'>{r2(rp)}</td><td class='n'>{r2(rn)}</td><td class='n'>{ds}</td></tr>")
    for fy, asof, m, v, fyr in ((2024, ASOF_PREV, "assessed", ap * 1000, "前年同期"), (2025, ASOF_NOW, "assessed", an * 1000, "今期"),
                               (2024, ASOF_PREV, "collected", cp * 1000, "前年同期"), (2025, ASOF_NOW, "collected", cn * 1000, "今期")):
        G.f(PG, canon, lab, fy, fyr, "current", m, "interim", v, "yen", c(v // 1000), as_of=asof)
    G.f(PG, canon, lab, 2024, "前年同期", "current", "collection_rate", "interim", rp, "percent", r2(rp), as_of=ASOF_PREV)
    G.f(PG, canon, lab, 2025, "今期", "current", "collection_rate", "interim", rn, "percent", r2(rn), as_of=ASOF_NOW)
    G.f(PG, canon, lab, 2025, "今期", "current", "difference", "interim", d, "points", ds, as_of=ASOF_NOW)
page(f"""
<h1>令和７年度　債権管理の取組状況（中間報告）</h1>
<div class="meta">令和8年1月30日<br>上山市 財務課 収納対策室</div>
<h2>１　概要</h2>
<p>上山市債権管理条例に基づき、令和7年度の主要債権の収納状況と取組の進み具合を取りまとめました。令和7年12月末現在の主要8債権（現年度分）の収入済額は約{okuman(col_oku)}で、前年同月と比べて約{okuman(dcol)}増加しています。</p>
<h3>（１）市税</h3>
<div style="font-weight:bold;margin-left:2mm">【収納率】令和7年12月末時点</div>
<ul>{bul}</ul>
<div class="cap">表１　主要債権の収納状況（現年度分・令和7年12月末現在と前年同月の比較）</div>
<table class="zebra">
<tr><th rowspan="2">債権名</th><th colspan="2">調定額（千円）</th><th colspan="2">収入済額（千円）</th><th colspan="3">収納率（％）</th></tr>
<tr><th>前年同期</th><th>今期</th><th>前年同期</th><th>今期</th><th>前年同期</th><th>今期</th><th>差</th></tr>
{rows}</table>
<div class="note">※ 前年同期は令和6年12月末、今期は令和7年12月末の累計。差は今期と前年同期の収納率の差（ポイント）。<br>
※ 国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料。</div>
""")

# ---------------------------------------------------------------- page 2 monthly, districts
PG = 2
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
MCUM = {2023: [8.1, 16.9, 25.3, 33.8, 41.9, 50.2, 58.6, 66.9, 79.4, 86.8, 93.5, 97.6],
        2024: [8.3, 17.2, 25.7, 34.2, 42.4, 50.8, 59.1, 67.4, 81.2, 88.1, 94.4, 98.1],
        2025: [8.5, 17.4, 26.0, 34.6, 42.9, 51.3, 59.7, 68.0, 81.7, None, None, None]}


def month_end(fy, m):
    y = fy + 1 if m <= 3 else fy
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


head = "".join(f"<th>{m}月末</th>" for m in MONTHS)
mrows = ""
for fy in (2023, 2024, 2025):
    fyr = f"令和{fy - 2018}年度"
    tds = ""
    for m, v in zip(MONTHS, MCUM[fy]):
        if v is None:
            tds += "<td class='c'>－</td>"
        else:
            tds += f"<td class='n'>{v}</td>"
            G.f(PG, "市税", "市税", fy, fyr, "current", "collection_rate", "interim", v, "percent", str(v),
                as_of=month_end(fy, m))
    mrows += f"<tr><td>{fyr}</td>{tds}</tr>"
AREAS = [("上山", 921340, 756102, 212), ("宮生", 402118, 330917, 88), ("中川", 286530, 233611, 71),
         ("東", 512704, 419870, 126), ("本庄", 498233, 408112, 119), ("西郷", 611872, 497650, 152),
         ("山元", 378660, 304942, 104)]
assert sum(a[1] for a in AREAS) == 3611457 and sum(a[2] for a in AREAS) == 2951204, (sum(a[1] for a in AREAS), sum(a[2] for a in AREAS))
arows = ""
for nm, a, cc, dl in AREAS:
    rt = rate(cc, a)
    sz = round(dl * 0.21)
    arows += (f"<tr><td>{nm}地区</td><td class='n'>{c(a * 1000)}</td><td class='n'>{c(cc * 1000)}</td><td class='n'>{r2(rt)}</td>"
              f"<td class='n'>{dl}</td><td class='n'>{sz}</td></tr>")
    ar = f"{nm}地区"
    G.f(PG, "市税", "市税", 2025, "令和7年12月末", "current", "assessed", "interim", a * 1000, "yen", c(a * 1000), as_of=ASOF_NOW, area=ar)
    G.f(PG, "市税", "市税", 2025, "令和7年12月末", "current", "collected", "interim", cc * 1000, "yen", c(cc * 1000), as_of=ASOF_NOW, area=ar)
    G.f(PG, "市税", "市税", 2025, "令和7年12月末", "current", "collection_rate", "interim", rt, "percent", r2(rt), as_of=ASOF_NOW, area=ar)
    G.f(PG, "市税", "市税", 2025, "令和7年12月末", "current", "delinquents", "interim", dl, "persons", str(dl), as_of=ASOF_NOW, area=ar)
    G.f(PG, "市税", "市税", 2025, "令和7年12月末", None, "seizures", "interim", sz, "cases", str(sz), as_of=ASOF_NOW, area=ar)
dl_tot = sum(a[3] for a in AREAS)
sz_tot = sum(round(a[3] * 0.21) for a in AREAS)
arows += (f"<tr style='font-weight:bold'><td>計</td><td class='n'>{c(3611457000)}</td><td class='n'>{c(2951204000)}</td>"
          f"<td class='n'>{r2(rate(2951204, 3611457))}</td><td class='n'>{dl_tot}</td><td class='n'>{sz_tot}</td></tr>")
G.f(PG, "市税", "市税", 2025, "令和7年12月末", "current", "assessed", "interim", 3611457000, "yen", c(3611457000), as_of=ASOF_NOW)
G.f(PG, "市税", "市税", 2025, "令和7年12月末", "current", "collected", "interim", 2951204000, "yen", c(2951204000), as_of=ASOF_NOW)
G.f(PG, "市税", "市税", 2025, "令和7年12月末", "current", "collection_rate", "interim", rate(2951204, 3611457), "percent",
    r2(rate(2951204, 3611457)), as_of=ASOF_NOW)
G.f(PG, "市税", "市税", 2025, "令和7年12月末", "current", "delinquents", "interim", dl_tot, "persons", str(dl_tot), as_of=ASOF_NOW)
G.f(PG, "市税", "市税", 2025, "令和7年12月末", None, "seizures", "interim", sz_tot, "cases", str(sz_tot), as_of=ASOF_NOW)
page(f"""
<h2>２　市税の月別収納状況</h2>
<p>市税（現年度分）の累計収納率の推移は次のとおりです。令和7年度は12月末で{MCUM[2025][8]}％となり、前年同月を{round(MCUM[2025][8] - MCUM[2024][8], 1)}ポイント上回っています。</p>
<div class="cap">表２　月別収納状況（市税・現年度分、累計収納率）</div><div class="unit">（単位：％）</div>
<table><tr><th>年度</th>{head}</tr>{mrows}</table>
<div class="note">※ 各月末時点の累計。令和7年度の1月末以降は未確定のため「－」とした。令和5年度の2月末はうるう年のため2月29日現在。</div>
<div class="cap" style="margin-top:6mm">表３　地区別の市税収納状況（現年度分・令和7年12月末現在）</div><div class="unit">（単位：円、％、人、件）</div>
<table><tr><th>地区</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>滞納者数</th><th>差押件数</th></tr>{arows}</table>
<div class="note">※ 地区は納税義務者の住所地による。滞納者数は12月末時点で現年度分に未納のある実人数。</div>
""")
G.f(PG, "市税", "市税", 2025, "令和7年度", "current", "collection_rate", "interim", MCUM[2025][8], "percent",
    f"{MCUM[2025][8]}％", as_of=ASOF_NOW)
G.f(PG, "市税", "市税", 2025, "令和7年度", "current", "difference", "interim", round(MCUM[2025][8] - MCUM[2024][8], 1),
    "points", f"{round(MCUM[2025][8] - MCUM[2024][8], 1)}ポイント", as_of=ASOF_NOW)

# ---------------------------------------------------------------- page 3 per-debt sections, estimates
PG = 3
# year-end estimates (決算見込) per debt, current / arrears, with R6 actual in brackets
EST = [("市税", "市税", (98.95, 98.81), (21.4, 20.3)),
       ("国民健康保険税", "国民健康保険料", (95.10, 94.62), (18.6, 17.9)),
       ("保育料", "保育料", (98.50, 97.90), (24.0, 22.8)),
       ("市営住宅使用料", "市営住宅使用料", (96.20, 96.35), (12.5, 11.9))]
erows = ""
for lab, canon, (ce, ca), (ae, aa) in EST:
    erows += (f"<tr><td>{lab}</td><td class='n'>{r2(ce)}（{r2(ca)}）</td><td class='n'>{ae}（{aa}）</td></tr>")
    G.f(PG, canon, lab, 2025, "令和7年度決算見込", "current", "collection_rate", "estimate", ce, "percent", f"{r2(ce)}（")
    G.f(PG, canon, lab, 2024, "令和6年度決算", "current", "collection_rate", "actual", ca, "percent", f"（{r2(ca)}）")
    G.f(PG, canon, lab, 2025, "令和7年度決算見込", "arrears", "collection_rate", "estimate", ae, "percent", f"{ae}（")
    G.f(PG, canon, lab, 2024, "令和6年度決算", "arrears", "collection_rate", "actual", aa, "percent", f"（{aa}）")
k = ROWS[1]
kA, kC = k[4], k[5]
kr = rate(kC, kA)
ko_est = 118.4  # 百万円, year-end estimate of outstanding (total)
ko_act = 131.7
G.f(PG, "国民健康保険料", "国民健康保険税", 2025, "令和7年12月末", "current", "assessed", "interim", kA * 1000, "yen", f"{c(kA)}千円", as_of=ASOF_NOW)
G.f(PG, "国民健康保険料", "国民健康保険税", 2025, "令和7年12月末", "current", "collected", "interim", kC * 1000, "yen", f"{c(kC)}千円", as_of=ASOF_NOW)
G.f(PG, "国民健康保険料", "国民健康保険税", 2025, "令和7年12月末", "current", "collection_rate", "interim", kr, "percent", f"{r2(kr)}％", as_of=ASOF_NOW)
G.f(PG, "国民健康保険料", "国民健康保険税", 2025, "令和7年度末見込", "total", "outstanding", "estimate", ko_est * 1e6, "yen", f"{ko_est}百万円")
G.f(PG, "国民健康保険料", "国民健康保険税", 2024, "令和6年度末", "total", "outstanding", "actual", ko_act * 1e6, "yen", f"{ko_act}百万円")
G.f(PG, "国民健康保険料", "国民健康保険税", 2025, "令和7年度末", "total", "difference", "estimate", round((ko_est - ko_act) * 1e6), "yen", "1,330万円", approx=True)
h = ROWS[4]
hA, hC = h[4], h[5]
G.f(PG, "保育料", "保育料", 2025, "令和7年12月末", "current", "collection_rate", "interim", rate(hC, hA), "percent", f"{r2(rate(hC, hA))}％", as_of=ASOF_NOW)
hd = 37
G.f(PG, "保育料", "保育料", 2025, "令和7年12月末", "total", "delinquents", "interim", hd, "households", f"{zen(hd)}世帯", as_of=ASOF_NOW)
G.f(PG, "保育料", "保育料", 2024, "前年同月", "total", "delinquents", "interim", 44, "households", f"{zen(44)}世帯", as_of=ASOF_PREV)
page(f"""
<h2>３　年度末の見込みと債権ごとの状況</h2>
<div class="cap">表４　令和7年度決算見込（収納率）</div><div class="unit">（単位：％）</div>
<table style="width:75%"><tr><th>債権名</th><th>現年度分</th><th>滞納繰越分</th></tr>{erows}</table>
<div class="note">※ 括弧内は令和6年度決算。決算見込は12月末実績と前年度の1月～5月の収納実績から推計した。</div>
<h3>（１）債権ごとの状況（国民健康保険税）</h3>
<p>12月末の現年度分収納率は前年同月とほぼ同水準で推移しています。資格喪失世帯への催告を前倒しした結果、年度末の収入未済額（現年度分・滞納繰越分の計）は{ko_est}百万円となる見込みで、令和6年度末の{ko_act}百万円から約1,330万円縮減する見通しです。</p>
<div class="box"><b>【参考】国民健康保険税の状況（令和7年12月末）</b>
・調定額：{c(kA)}千円（現年度分）<br>・収入済額：{c(kC)}千円（現年度分）<br>・収納率：{r2(kr)}％（現年度分）</div>
<h3>（２）債権ごとの状況（保育料）</h3>
<p>現年度分の12月末収納率は{r2(rate(hC, hA))}％です。滞納のある世帯は１２月末で{zen(hd)}世帯となり、前年同月の{zen(44)}世帯から減少しました。児童手当からの特別徴収の申出を受ける件数が増えています。</p>
""")

# ---------------------------------------------------------------- page 4 取組 status
PG = 4
items = [("市税", "市税", "（１）", "ア", "滞納発生から1か月以内の文書催告と、2か月目の電話催告を全件で実施する。", "継続", "実施中"),
         ("市税", "市税", "（１）", "イ", "給与・年金の差押えを優先し、滞納処分の件数を前年度並み以上とする。", "継続", "実施中"),
         ("市税", "市税", "（１）", "ウ", "山形県と合同で滞納整理を行い、高額滞納案件の早期解決を図る。", "拡充", "実施済"),
         ("国民健康保険料", "国民健康保険税", "（２）", "ア", "資格喪失世帯への催告書送付を10月から8月に前倒しする。", "拡充", "実施済"),
         ("国民健康保険料", "国民健康保険税", "（２）", "イ", "口座振替の新規申込者にキャッシュレス納付の案内を同封する。", "新規", "実施中"),
         ("保育料", "保育料", "（３）", "ア", "児童手当からの特別徴収について入所時に説明し、申出を勧奨する。", "継続", "実施中"),
         ("市営住宅使用料", "市営住宅使用料", "（４）", "ア", "滞納3か月以上の入居者と面談し、分割納付計画を作成する。", "継続", "実施中"),
         ("市営住宅使用料", "市営住宅使用料", "（４）", "イ", "明渡し請求訴訟の対象者を選定し、顧問弁護士と協議する。", "新規", "検討中")]
trs, last = "", None
groups = {}
for it in items:
    groups.setdefault(it[2], []).append(it)
for g, its in groups.items():
    for j, (canon, lab, g_, sub, t, st, prog) in enumerate(its):
        first = f"<td rowspan='{len(its)}'>{g}{lab}</td>" if j == 0 else ""
        trs += f"<tr>{first}<td>{sub}　{t}【{st}】</td><td class='c'>{prog}</td></tr>"
        G.i(PG, canon, 2025, "取組の進捗状況", f"{g}{sub}", t, st, debt_raw=lab)
plain = [("市税", "市税", "コンビニ収納の対象を軽自動車税（種別割）以外の全税目に広げる準備を進める。"),
         (None, None, "債権管理研修を2月に開催し、各課の担当職員に時効管理の手順を周知する。"),
         (None, None, "回収見込みのない私債権について、債権放棄の手続を年度内に行う。")]
lis = ""
for canon, lab, t in plain:
    lis += f"<li>{t}</li>"
    G.i(PG, canon, 2025, "今後の取組", "・", t, None, debt_raw=lab)
page(f"""
<h2>４　取組の進捗状況</h2>
<p>令和7年度当初に定めた取組の12月末における進み具合は次のとおりです。</p>
<table><tr><th style="width:26%">債権</th><th>取組内容</th><th style="width:12%"></th></tr>{trs}</table>
<div class="note">※ 右欄は12月末時点の状況（実施済／実施中／検討中）。</div>
<h3>今後の取組</h3>
<ul style="list-style:none;padding-left:2mm">{''.join('<li>・' + t + '</li>' for _, _, t in plain)}</ul>
<h3>参考　令和6年度決算の状況</h3>
<p>令和6年度決算における主要8債権の収入未済額は7億2,640万円で、前年度から3,180万円の減少となりました。このうち市税は2億1,560万円、国民健康保険税は1億3,170万円です。</p>
""")
G.f(PG, None, None, 2024, "令和6年度決算", "total", "outstanding", "actual", 726400000, "yen", "7億2,640万円")
G.f(PG, None, None, 2024, "令和6年度決算", "total", "difference", "actual", -31800000, "yen", "3,180万円")
G.f(PG, "市税", "市税", 2024, "令和6年度決算", "total", "outstanding", "actual", 215600000, "yen", "2億1,560万円")
G.f(PG, "国民健康保険料", "国民健康保険税", 2024, "令和6年度決算", "total", "outstanding", "actual", 131700000, "yen", "1億3,170万円")

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{css}</style></head><body>{''.join(pages)}</body></html>"
hp = Path("/tmp/sa_work/sa_progress.html")
hp.write_text(html, encoding="utf-8")
out = ROOT / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", str(hp)], check=True, capture_output=True)
gp = G.write(out)
check(out, gp)
