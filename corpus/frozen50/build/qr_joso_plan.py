"""qr_joso_plan_1: 債権管理計画 (3 fiscal years) with 推進シート per debt (HTML/CSS -> chromium).
Run from corpus/frozen50:  python3 build/qr_joso_plan.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from qr_common import (Gold, PDF_DIR, WORK, series, rate, c, tri, f2, jp_yen, chromium_pdf)  # noqa: E402

STEM = "qr_joso_plan_1"
CITY = "常総市"
TITLE = "常総市債権管理計画（令和7年度～令和9年度）"
G = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和7年3月")
K = 1000
YEARS = list(range(2018, 2025))   # 2024 = 決算見込

# name, abbr, kind, 所管課, 根拠法令, params
DEBTS = [
    ("市税", "市税", "強", "収納課", "地方税法", (8900000, 0.008, [98.55, 98.6, 98.7, 98.85, 98.95, 99.05, 99.1], 900000, [17, 18.5, 20, 22, 24, 26, 27], [42000, 40000, 39000, 41000, 37000, 36000, 34000])),
    ("国民健康保険税", "国保税", "強", "収納課", "地方税法", (1500000, -0.01, [91.0, 91.5, 92.1, 92.5, 92.9, 94.1, 94.3], 800000, [15, 16, 17, 18.5, 19.5, 21, 22], [61000, 59000, 58000, 56000, 52000, 50000, 47000])),
    ("介護保険料", "介護料", "強", "介護保険課", "介護保険法", (1150000, 0.015, [98.3, 98.4, 98.5, 98.6, 98.7, 98.8, 98.85], 45000, [16, 17, 17.5, 18, 19, 20, 20.5], [7000, 6800, 7100, 6900, 6500, 6300, 6000])),
    ("後期高齢者医療保険料", "後期高齢", "強", "保険年金課", "高齢者の医療の確保に関する法律", (620000, 0.02, [99.3, 99.35, 99.4, 99.45, 99.5, 99.55, 99.6], 7000, [30, 32, 34, 36, 38, 39, 40], [600, 550, 640, 580, 520, 500, 480])),
    ("保育所保育料", "保育料", "強", "こども課", "児童福祉法", (110000, -0.03, [97.5, 97.7, 97.9, 98.1, 98.3, 98.5, 98.6], 28000, [9, 10, 11, 11.5, 12.5, 13.5, 14], [1500, 1600, 1450, 1400, 1350, 1300, 1200])),
    ("下水道事業受益者負担金", "下水道負担金", "強", "下水道課", "都市計画法", (21000, -0.02, [96, 96.3, 96.6, 96.9, 97.1, 97.3, 97.5], 16000, [8, 8.5, 9, 10, 10.5, 11.5, 12], [800, 760, 820, 700, 650, 600, 580])),
    ("生活保護費返還金", "生保返還金", "非", "社会福祉課", "生活保護法", (24000, 0.02, [60, 61, 62, 63, 64, 65, 66], 88000, [3, 3.3, 3.6, 4, 4.3, 4.7, 5], [3000, 2800, 3100, 2900, 2700, 2600, 2500])),
    ("児童扶養手当返還金", "児扶手返還金", "非", "こども課", "児童扶養手当法", (6500, 0.0, [45, 47, 49, 50, 52, 54, 55], 14000, [4, 4.5, 5, 5.5, 6, 6.5, 7], [300, 280, 260, 310, 290, 270, 250])),
    ("市営住宅使用料", "住宅使用料", "私", "都市計画課", "公営住宅法・民法", (135000, -0.005, [95, 95.3, 95.6, 95.9, 96.1, 96.3, 96.5], 42000, [10, 11, 12, 13, 13.5, 14.5, 15], [1400, 1300, 1350, 1250, 1200, 1150, 1100])),
    ("住宅新築資金等貸付金", "住宅新築資金", "私", "人権推進課", "民法", (3000, -0.05, [55, 56, 57, 58, 60, 61, 62], 71000, [1, 1.1, 1.2, 1.4, 1.6, 1.8, 2], [0, 0, 0, 0, 0, 0, 0])),
    ("奨学金貸付金", "奨学金", "私", "学校教育課", "民法", (12000, 0.01, [88, 88.5, 89, 89.5, 90, 90.5, 91], 9500, [10, 11, 11.5, 12, 12.5, 13.5, 14], [0, 0, 0, 0, 0, 0, 0])),
]
D = {}
for i, (n, ab, kd, ka, law, p) in enumerate(DEBTS):
    D[n] = series(YEARS, *p, seed=40 + i)
NAMES = [d[0] for d in DEBTS]
ABBR = {d[0]: d[1] for d in DEBTS}
KIND = {d[0]: d[2] for d in DEBTS}


def tot(fy, names=NAMES):
    s = {k: sum(D[n][fy][k] for n in names) for k in ("ca", "cc", "aa", "ac", "w", "ta", "tc", "out", "aout")}
    s.update(cr=rate(s["cc"], s["ca"]), ar=rate(s["ac"], s["aa"]), tr=rate(s["tc"], s["ta"]))
    return s


def mil(x):       # 千円 -> 百万円 one decimal (printed) and yen value
    v = round(x / 1000, 1)
    return f"{v:,.1f}", int(round(v * 1e6))


pages = []
CSS = """
@font-face { font-family: 'IPAexG'; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@font-face { font-family: 'IPAexM'; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@page { size: A4; margin: 0 }
@page land { size: A4 landscape; margin: 0 }
body { margin: 0; font-family: 'IPAexM'; font-size: 10pt; color: #111; }
.page { width: 210mm; height: 296mm; padding: 14mm 18mm 0 18mm; box-sizing: border-box; position: relative;
        page-break-after: always; overflow: hidden; }
.page.land { page: land; width: 297mm; height: 209mm; padding: 11mm 14mm 0 14mm; }
.hdr { position: absolute; top: 7mm; right: 18mm; font-size: 7.5pt; color: #555; font-family: 'IPAexG'; }
.ftr { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1 { font-family: 'IPAexG'; font-size: 17pt; text-align: center; margin: 6mm 0 2mm 0; }
h2 { font-family: 'IPAexG'; font-size: 12pt; margin: 5mm 0 2mm 0; border-bottom: 1.2px solid #234; padding-bottom: 1mm; }
h3 { font-family: 'IPAexG'; font-size: 10.5pt; margin: 3.5mm 0 1.5mm 0; }
p { margin: 1mm 0; line-height: 1.65; text-indent: 1em; }
table { border-collapse: collapse; font-family: 'IPAexG'; }
td, th { border: 0.6px solid #333; padding: 1.2mm 1.5mm; font-size: 8.5pt; }
th { background: #dde4ee; font-weight: normal; }
td.n { text-align: right; }
.cap { font-family: 'IPAexG'; font-size: 9pt; display: flex; justify-content: space-between; margin-top: 3mm; }
.note { font-size: 7.8pt; margin-top: 1mm; line-height: 1.5; }
.two { column-count: 2; column-gap: 8mm; column-rule: 0.5px solid #999; }
.two p { font-size: 9.5pt; }
.sub td, .sub th { font-weight: bold; background: #f1f1f1; }
.grand td, .grand th { font-weight: bold; background: #e3e3e3; }
.hr td, .hr th { border: none; }
.hr thead th { border-top: 1.2px solid #000; border-bottom: 1.2px solid #000; background: none; }
.hr tbody tr:last-child td { border-bottom: 1.2px solid #000; }
.zebra tbody tr:nth-child(even) td { background: #eef3f8; }
.zebra td, .zebra th { border: none; }
.zebra th { background: #3d5a80; color: #fff; }
.sched td { font-size: 8.2pt; }
.box { border: 1px solid #333; padding: 2mm 3mm; }
"""


def page(body, no, land=False):
    pages.append(f'<div class="page{" land" if land else ""}"><div class="hdr">常総市債権管理計画（令和7年度～令和9年度）</div>'
                 f'{body}<div class="ftr">- {no} -</div></div>')


# ---------------------------------------------------------------- p1 趣旨・期間・現状 (2段組)
P = 1
t23, t22, t19 = tot(2023), tot(2022), tot(2019)
o23s, o23v = jp_yen(t23["out"] * K)
dd_s, dd_v = jp_yen((t22["out"] - t23["out"]) * K)
o19s, o19v = jp_yen(t19["out"] * K)
red_s, red_v = jp_yen(o19v - o23v)
dpt = round(t23["tr"] - t22["tr"], 2)
tax = D["市税"]
tx_s, tx_v = jp_yen(tax[2023]["out"] * K)
kok = D["国民健康保険税"]
kdpt = round(kok[2023]["cr"] - kok[2022]["cr"], 1)
pri = tot(2023, [n for n in NAMES if KIND[n] == "私"])
pr_s, pr_v = jp_yen(pri["out"] * K, 100000)
G.fact(P, None, None, 2023, "令和5（2023）年度", "total", "outstanding", "actual", o23v, "yen", f"約{o23s}", approx=True)
G.fact(P, None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", -dd_v, "yen", f"約{dd_s}減少", approx=True)
G.fact(P, None, None, 2023, "令和5（2023）年度", "total", "collection_rate", "actual", t23["tr"], "percent", f"{t23['tr']:.2f}％")
G.fact(P, None, None, 2023, "令和5（2023）年度", "total", "difference", "actual", dpt, "points", f"前年度比{dpt:.2f}ポイント上昇")
G.fact(P, None, None, 2019, "令和元年度", "total", "outstanding", "actual", o19v, "yen", f"約{o19s}", approx=True)
G.fact(P, None, None, 2023, "令和5（2023）年度", "total", "difference_from_base_year", "actual", -red_v, "yen", f"約{red_s}縮減", approx=True)
G.fact(P, "市税", "市税", 2023, "令和5年度", "total", "outstanding", "actual", tx_v, "yen", f"約{tx_s}", approx=True)
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和5年度", "current", "collection_rate", "actual", kok[2023]["cr"], "percent", f"{kok[2023]['cr']:.2f}％")
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和5年度", "current", "difference", "actual", kdpt, "points", f"{kdpt:.1f}ポイント改善")
G.fact(P, None, "私債権", 2023, "令和5年度", "total", "outstanding", "actual", pr_v, "yen", f"約{pr_s}", approx=True)
body = f"""
<h1>常総市債権管理計画</h1>
<div style="text-align:center;font-family:IPAexG;font-size:10.5pt">～令和7（2025）年度～令和9（2027）年度～</div>
<div style="text-align:right;font-size:9.5pt;margin-top:3mm">令和7年3月　常総市 総務部 収納課</div>
<h2>１　計画策定の趣旨</h2>
<p>本市では、平成30年度に「常総市債権管理条例」を施行し、市が有する債権を適正に管理するための統一的な基準を定めました。
その後、第1次計画に基づき全庁で収納対策に取り組んだ結果、収入未済額は着実に減少してきましたが、
国民健康保険税や非強制徴収公債権、私債権には依然として多額の未収金が残っています。</p>
<p>市民負担の公平性を確保し、自主財源を確実に確保するため、第1次計画の成果と課題を踏まえ、第2次となる本計画を策定します。</p>
<h2>２　計画期間</h2>
<p>本計画の期間は、令和7（2025）年度から令和9（2027）年度までの3年間とします。社会経済情勢や制度改正に応じて、必要な見直しを行います。</p>
<h2>３　債権管理の現状</h2>
<div class="two">
<p>令和5（2023）年度決算における本市の債権全体の収入未済額は約{o23s}で、前年度から約{dd_s}減少しました。
収納率は全体で{t23['tr']:.2f}％となり、前年度比{dpt:.2f}ポイント上昇しています。
令和元年度の約{o19s}と比べると、4年間で約{red_s}縮減したことになります。</p>
<p>これは、滞納処分の徹底や茨城租税債権管理機構への引継ぎ、コンビニ収納・スマートフォン決済の導入による納付機会の拡大が成果を上げたものと考えられます。</p>
<p>債権別にみると、市税の収入未済額は約{tx_s}（令和5年度）で、債権の中で最も多くなっています。
国民健康保険税の現年度分収納率は{kok[2023]['cr']:.2f}％で、前年度から{kdpt:.1f}ポイント改善しました。</p>
<p>一方、生活保護費返還金などの非強制徴収公債権と、市営住宅使用料などの私債権は、滞納処分ができないため回収に時間を要しており、
私債権の収入未済額は約{pr_s}にのぼります。これらの債権は、所管課だけでは専門的な対応が難しく、
法的措置や債権放棄の判断を含めた全庁的な支援体制が必要です。</p>
</div>
<h2>４　計画の基本方針</h2>
<p>（１）現年度分の確実な徴収　（２）滞納繰越分の計画的な整理　（３）私債権等の法的手続の活用　（４）職員の専門性の向上と情報共有　の4つを基本方針とし、債権ごとに推進シートを作成して進捗を管理します。</p>
"""
page(body, P)

# ---------------------------------------------------------------- p2 landscape summary table
P = 2
KLAB = {"強": "強制徴収公債権", "非": "非強制徴収公債権", "私": "私債権"}
cols = [("current", "ca", "assessed"), ("current", "cc", "collected"), ("current", "cr", "collection_rate"),
        ("arrears", "aa", "assessed"), ("arrears", "ac", "collected"), ("arrears", "ar", "collection_rate"),
        ("total", "ta", "assessed"), ("total", "tc", "collected"), ("total", "w", "written_off"),
        ("total", "out", "outstanding"), ("total", "tr", "collection_rate")]


def cells(rec, debt, debt_raw):
    out = []
    for seg, key, met in cols:
        v = rec[key]
        if met == "collection_rate":
            raw = f"{v:.2f}"
            G.fact(P, debt, debt_raw, 2023, "令和5年度", seg, met, "actual", v, "percent", raw)
        else:
            raw, yen = mil(v)
            G.fact(P, debt, debt_raw, 2023, "令和5年度", seg, met, "actual", yen, "yen", raw)
        out.append(f'<td class="n">{raw}</td>')
    return "".join(out)


rows = []
for kd in ("強", "非", "私"):
    group = [n for n in NAMES if KIND[n] == kd]
    for j, n in enumerate(group):
        first = f'<th rowspan="{len(group) + 1}" style="writing-mode:vertical-rl;letter-spacing:2px">{KLAB[kd]}</th>' if j == 0 else ""
        rows.append(f"<tr>{first}<td>{ABBR[n]}</td>{cells(D[n][2023], n, ABBR[n])}</tr>")
    lab = KLAB[kd] + "計"
    rows.append(f'<tr class="sub"><td>{lab}</td>{cells(tot(2023, group), None, lab)}</tr>')
rows.append(f'<tr class="grand"><td colspan="2" style="text-align:center">総計</td>{cells(t23, None, "総計")}</tr>')
body = f"""
<h2>５　債権の種類別の状況</h2>
<div class="cap"><span>表1　債権の種類別・債権別の収納状況（令和5年度決算）</span><span>（単位：百万円、％）</span></div>
<div class="box" style="padding:1.5mm">
<table style="width:100%">
<thead>
<tr><th rowspan="3" style="width:7mm">債権の<br>種類</th><th rowspan="3">債権名</th><th colspan="11">令和5年度決算</th></tr>
<tr><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="5">計</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th>
<th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>
</thead><tbody>{''.join(rows)}</tbody></table></div>
<div class="note">出典：令和5年度常総市歳入歳出決算書及び各債権所管課の調べ（百万円未満を四捨五入しているため、内訳と計が一致しない場合がある。）<br>
（注）国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、下水道負担金：下水道事業受益者負担金、
生保返還金：生活保護費返還金、児扶手返還金：児童扶養手当返還金、住宅使用料：市営住宅使用料、住宅新築資金：住宅新築資金等貸付金、奨学金：奨学金貸付金</div>
"""
page(body, P, land=True)

# ---------------------------------------------------------------- p3 推移 (years as rows, descending years, chart)
P = 3
R = {2018: "平成30", 2019: "令和元", 2020: "令和2", 2021: "令和3", 2022: "令和4", 2023: "令和5"}
tr_rows = []
for fy in range(2019, 2024):
    lab = f"{R[fy]}（{fy}）年度"
    cells_ = []
    for n in ("市税", "国民健康保険税", "介護保険料"):
        v = D[n][fy]["tr"]
        cells_.append(f'<td class="n">{v:.2f}</td>')
        G.fact(P, n, ABBR[n], fy, lab, "total", "collection_rate", "actual", v, "percent", f"{v:.2f}")
    v = tot(fy)["tr"]
    cells_.append(f'<td class="n">{v:.2f}</td>')
    G.fact(P, None, "全体", fy, lab, "total", "collection_rate", "actual", v, "percent", f"{v:.2f}")
    tr_rows.append(f"<tr><th>{lab}</th>{''.join(cells_)}</tr>")
avg = [round(sum(D[n][fy]["tr"] for fy in range(2019, 2024)) / 5, 2) for n in ("市税", "国民健康保険税", "介護保険料")]
avg.append(round(sum(tot(fy)["tr"] for fy in range(2019, 2024)) / 5, 2))
tr_rows.append("<tr class='sub'><th>5年平均</th>" + "".join(f'<td class="n">{a:.2f}</td>' for a in avg) + "</tr>")

out_rows = []
for fy in range(2023, 2017, -1):
    o = tot(fy)["out"]
    lab = f"{R[fy]}年度"
    G.fact(P, None, "全体", fy, lab, "total", "outstanding", "actual", o * K, "yen", c(o))
    if fy > 2018:
        prev = tot(fy - 1)["out"]
        dv = o - prev
        pr = round(dv / prev * 100, 1)
        G.fact(P, None, "全体", fy, lab, "total", "difference", "actual", dv * K, "yen", tri(dv))
        G.fact(P, None, "全体", fy, lab, "total", "change_rate", "actual", pr, "percent", tri(pr, "{:.1f}"))
        ds, ps = tri(dv), tri(pr, "{:.1f}")
    else:
        ds = ps = "－"
    out_rows.append(f'<tr><td>{lab}</td><td class="n">{c(o)}</td><td class="n">{ds}</td><td class="n">{ps}</td></tr>')
out17 = sum(d[5][3] for d in DEBTS)
G.fact(P, None, None, 2017, "平成29年度（2017年度）", "total", "outstanding", "actual", out17 * K, "yen", f"{c(out17)}千円")

# SVG line chart with labels (H30..R5)
xs = list(range(2018, 2024))
vals = [tot(fy)["tr"] for fy in xs]
lo, hi = min(vals) - 0.6, max(vals) + 0.6
W, H = 440, 170
pts = []
svg = [f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" style="font-family:IPAexG">',
       f'<rect x="0.5" y="0.5" width="{W - 1}" height="{H - 1}" fill="none" stroke="#999"/>',
       f'<text x="{W / 2}" y="16" font-size="10" text-anchor="middle">図1　債権全体の収納率の推移（％）</text>']
for i, (fy, v) in enumerate(zip(xs, vals)):
    x = 45 + i * 70
    y = 140 - (v - lo) / (hi - lo) * 100
    pts.append(f"{x:.1f},{y:.1f}")
    lab = {2018: "H30", 2019: "R1"}.get(fy, f"R{fy - 2018}")
    svg.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="#1f4e79"/>')
    svg.append(f'<text x="{x:.1f}" y="{y - 8:.1f}" font-size="9" text-anchor="middle">{v:.2f}</text>')
    svg.append(f'<text x="{x:.1f}" y="160" font-size="9" text-anchor="middle">{lab}</text>')
    G.fact(P, None, None, fy, lab, "total", "collection_rate", "actual", v, "percent", f"{v:.2f}")
svg.insert(3, f'<polyline points="{" ".join(pts)}" fill="none" stroke="#1f4e79" stroke-width="1.6"/>')
svg.insert(3, '<line x1="20" y1="148" x2="430" y2="148" stroke="#333" stroke-width="0.6"/>')
svg.append("</svg>")
body = f"""
<h2>６　収納率・収入未済額の推移</h2>
<div class="cap"><span>表2　収納率（計）の推移</span><span>（単位：％）</span></div>
<table style="width:100%">
<thead><tr><th>年度</th><th>市税</th><th>国保税</th><th>介護料</th><th>全体</th></tr></thead>
<tbody>{''.join(tr_rows)}</tbody></table>
<div class="note">※ 全体は、表1の全債権の合計による。</div>
<div style="display:flex;gap:6mm;margin-top:3mm">
<div style="flex:1">
<div class="cap"><span>表3　収入未済額（全体）の推移</span></div>
<table class="hr" style="width:100%">
<thead><tr><th>年度</th><th>収入未済額（千円）</th><th>増減額（千円）</th><th>増減率（％）</th></tr></thead>
<tbody>{''.join(out_rows)}</tbody></table>
<div class="note">※ 第1次計画の基準年度である平成29年度（2017年度）の収入未済額は{c(out17)}千円である。</div>
</div></div>
<div style="margin-top:4mm;text-align:center">{''.join(svg)}</div>
"""
page(body, P)

# ---------------------------------------------------------------- p4-6 推進シート
sheet_spec = [
    ("市税", "収納課", {"cr": [99.15, 99.20, 99.25], "ar": [28.0, 29.0, 30.0], "out": [520000, 490000, 460000]},
     [("ア", "現年度分の滞納を生まない取組", [
         ("(ｱ)", "納期限後の督促状発送から10日以内に電話・SMSによる一斉催告を行う。", None, ["実施", "→", "→"]),
         ("(ｲ)", "口座振替とスマートフォン決済の利用を、転入・新規課税の機会に案内する。", "拡充", ["実施", "→", "→"])]),
      ("イ", "滞納繰越分の整理", [
          ("(ｱ)", "滞納繰越1年目の案件は上半期に財産調査を終え、差押えを執行する。", None, ["実施", "→", "→"]),
          ("(ｲ)", "高額・困難案件を茨城租税債権管理機構へ計画的に引き継ぐ。", None, ["○", "○", "○"]),
          ("(ｳ)", "徴収の見込みがない案件は執行停止を行い、不納欠損処理を適正に進める。", "新規", ["検討", "実施", "→"])])]),
    ("国民健康保険税", "収納課・保険年金課", {"cr": [94.50, 94.80, 95.00], "ar": [23.0, 24.0, 25.0], "out": [470000, 440000, 415000]},
     [("ア", "納付機会の確保", [
         ("(ｱ)", "資格取得の届出時に口座振替の手続を同時に受け付ける。", None, ["実施", "→", "→"]),
         ("(ｲ)", "社会保険加入による資格喪失世帯へ、喪失手続時に未納分の納付を案内する。", "新規", ["実施", "→", "→"])]),
      ("イ", "滞納処分の強化", [
          ("(ｱ)", "市税と重複する滞納世帯は収納課で一元的に滞納処分を行う。", None, ["実施", "→", "→"]),
          ("(ｲ)", "分納誓約の不履行世帯に差押予告を送付し、応じない場合は差押えを執行する。", "拡充", ["実施", "→", "→"])])]),
    ("保育所保育料", "こども課", {"cr": [98.70, 98.80, 98.90], "ar": [15.0, 16.0, 17.0], "out": [29000, 27000, 25000]},
     [("ア", "現年度分の確保", [
         ("(ｱ)", "入所決定時に口座振替の申込みを原則とし、未申込みの世帯に個別に勧奨する。", None, ["実施", "→", "→"]),
         ("(ｲ)", "児童手当からの特別徴収（申出による徴収）を積極的に案内する。", None, ["○", "○", "○"])]),
      ("イ", "卒園・退所者の滞納整理", [
          ("(ｱ)", "卒園・退所者の滞納案件を収納課へ引き継ぎ、滞納処分を行う。", "新規", ["検討", "実施", "→"])])]),
]
for si, (debt, ka, tg, groups) in enumerate(sheet_spec):
    P = 4 + si
    d = D[debt]
    e = d[2024]   # 決算見込 -> targets above it
    tg = {"cr": [round(e["cr"] + k * 0.1, 2) for k in (1, 2, 3)],
          "ar": [float(round(e["ar"]) + k) for k in (1, 2, 3)],
          "out": [int(round(e["out"] * f, -3)) for f in (0.95, 0.9, 0.85)]}
    # (１) 現状: metric in the row header, years as columns
    yrs = [(2021, "令和3年度", "actual", "決算"), (2022, "令和4年度", "actual", "決算"),
           (2023, "令和5年度", "actual", "決算"), (2024, "令和6年度", "estimate", "見込")]
    head = "".join(f"<th>{yl}<br>{bl}</th>" for _, yl, _, bl in yrs)
    trs = []
    for lab, key, seg, met in (("現年度分収納率（％）", "cr", "current", "collection_rate"),
                               ("滞納繰越分収納率（％）", "ar", "arrears", "collection_rate"),
                               ("収入未済額（千円）", "out", "total", "outstanding")):
        tds = []
        for fy, yl, basis, _ in yrs:
            v = d[fy][key]
            if met == "collection_rate":
                raw = f"{v:.2f}"
                G.fact(P, debt, debt, fy, yl, seg, met, basis, v, "percent", raw)
            else:
                raw = c(v)
                G.fact(P, debt, debt, fy, yl, seg, met, basis, v * K, "yen", raw)
            tds.append(f'<td class="n">{raw}</td>')
        trs.append(f"<tr><th style='text-align:left'>{lab}</th>{''.join(tds)}</tr>")
    # (２) 目標: years as rows, metrics as columns (other orientation)
    trt = []
    for i, fy in enumerate((2025, 2026, 2027)):
        yl = f"令和{fy - 2018}年度"
        G.fact(P, debt, debt, fy, yl, "current", "collection_rate", "target", tg["cr"][i], "percent", f"{tg['cr'][i]:.2f}")
        G.fact(P, debt, debt, fy, yl, "arrears", "collection_rate", "target", tg["ar"][i], "percent", f"{tg['ar'][i]:.2f}")
        G.fact(P, debt, debt, fy, yl, "total", "outstanding", "target", tg["out"][i] * K, "yen", c(tg["out"][i]))
        trt.append(f"<tr><th>{yl}</th><td class='n'>{tg['cr'][i]:.2f}</td><td class='n'>{tg['ar'][i]:.2f}</td>"
                   f"<td class='n'>{c(tg['out'][i])}</td></tr>")
    # (３) schedule
    sch = []
    for glab, gtitle, its in groups:
        sch.append(f"<tr><td colspan='5' style='background:#f3f3f3'>{glab}　{gtitle}</td></tr>")
        for lab, txt, tag, marks in its:
            tagline = f"<br>【{tag}】" if tag else ""
            sch.append(f"<tr><td style='padding-left:5mm'>{lab}　{txt}{tagline}</td><td style='text-align:center'>{ka}</td>"
                       + "".join(f"<td style='text-align:center'>{m}</td>" for m in marks) + "</tr>")
            G.init(P, debt, 2025, "（３）取組み内容とスケジュール", f"（３）{glab}{lab}", txt, tag)
    dd = d[2023]["out"] - d[2022]["out"]
    issue = (f"令和5年度末の収入未済額は{c(d[2023]['out'])}千円で、前年度から{c(abs(dd))}千円{'減少' if dd < 0 else '増加'}した。"
             f"滞納繰越分の収納率は{d[2023]['ar']:.2f}％であり、滞納の長期化を防ぐため、繰越1年目の案件への早期着手が課題である。")
    G.fact(P, debt, debt, 2023, "令和5年度", "total", "outstanding", "actual", d[2023]["out"] * K, "yen", f"{c(d[2023]['out'])}千円")
    G.fact(P, debt, debt, 2023, "令和5年度", "total", "difference", "actual", dd * K, "yen",
           f"{c(abs(dd))}千円{'減少' if dd < 0 else '増加'}")
    G.fact(P, debt, debt, 2023, "令和5年度", "arrears", "collection_rate", "actual", d[2023]["ar"], "percent", f"{d[2023]['ar']:.2f}％")
    body = f"""
<h2>７　債権ごとの取組み（{debt}）</h2>
<table style="width:100%;margin-bottom:2mm"><tr><th style="width:22%">所管課</th><td>{ka}</td><th style="width:18%">区分</th><td>強制徴収公債権</td></tr></table>
<h3>（１）現状と課題</h3>
<table style="width:100%"><thead><tr><th>区分</th>{head}</tr></thead><tbody>{''.join(trs)}</tbody></table>
<p style="font-size:9.3pt">{issue}</p>
<h3>（２）目標</h3>
<table style="width:80%"><thead><tr><th>年度</th><th>現年度分収納率（％）</th><th>滞納繰越分収納率（％）</th><th>収入未済額（千円）</th></tr></thead>
<tbody>{''.join(trt)}</tbody></table>
<h3>（３）取組み内容とスケジュール</h3>
<table class="sched" style="width:100%"><thead><tr><th>取組項目</th><th style="width:20%">担当課</th><th style="width:9%">R7</th><th style="width:9%">R8</th><th style="width:9%">R9</th></tr></thead>
<tbody>{''.join(sch)}</tbody></table>
<div class="note">※ 実施：当該年度に実施　→：継続実施　○：随時実施　検討：実施方法を検討</div>
"""
    page(body, P)

# ---------------------------------------------------------------- p7 参考資料
P = 7
trs = []
for i, (n, ab, kd, ka, law, _) in enumerate(DEBTS, 1):
    o = D[n][2023]["out"]
    G.fact(P, n, n, 2023, "令和5年度末", "total", "outstanding", "actual", o * K, "yen", c(o))
    trs.append(f"<tr><td style='text-align:center'>{i}</td><td>{n}</td><td>{ka}</td><td>{law}</td>"
               f"<td style='text-align:center'>{kd}</td><td class='n'>{c(o)}</td></tr>")
G.fact(P, None, "合計", 2023, "令和5年度末", "total", "outstanding", "actual", t23["out"] * K, "yen", c(t23["out"]))
body = f"""
<h2>参考資料　計画の対象債権一覧</h2>
<div class="cap"><span>対象債権と収入未済額（令和5年度末）</span><span>（単位：千円）</span></div>
<table class="zebra" style="width:100%">
<thead><tr><th>No</th><th>債権名</th><th>所管課</th><th>根拠法令</th><th>区分</th><th>収入未済額</th></tr></thead>
<tbody>{''.join(trs)}
<tr><td></td><td colspan="4" style="text-align:center;font-weight:bold">合計</td><td class="n" style="font-weight:bold">{c(t23['out'])}</td></tr></tbody></table>
<div class="note">区分　強：強制徴収公債権（地方税の滞納処分の例により処分できるもの）　非：非強制徴収公債権　私：私債権</div>
<h3>用語の説明</h3>
<p style="font-size:9pt">調定額：地方公共団体が収入すべき金額を決定した額。収入済額：調定額のうち実際に収入された額。
不納欠損額：時効の完成や執行停止の継続などにより、徴収することができなくなった額。収入未済額：調定額から収入済額と不納欠損額を差し引いた額。
収納率：収入済額を調定額で除した割合。</p>
"""
page(body, P)

html = f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
out = PDF_DIR / f"{STEM}.pdf"
chromium_pdf(hp, out)
G.write(out)
