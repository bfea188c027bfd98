"""City-wide 債権管理計画 with 会計・債権別 tables and an SVG chart (HTML -> chromium)."""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz

from fa_common import PDF_DIR, WORK, Gold, comma, finish, rate, zen

STEM = "fa_fujisawa_plan_1"
CITY = "藤沢市"
TITLE = "藤沢市債権管理計画（2024年度～2026年度）"

# 債権別（令和４年度決算、円）: account, debt, A, C, W
ROWS = [
    ("一般会計", "市税", 95418236510, 94321884216, 98412330),
    ("一般会計", "保育所保育料", 1284631200, 1262018540, 1184300),
    ("一般会計", "生活保護費返還金", 498214620, 79102384, 6725850),
    ("一般会計", "市営住宅使用料", 1012437600, 962014230, 2216400),
    ("一般会計", "児童扶養手当返還金", 41286330, 9821400, 512000),
    ("一般会計", "母子父子寡婦福祉資金貸付金", 132584100, 38412600, 0),
    ("国民健康保険事業特別会計", "国民健康保険料", 19826431250, 17684520160, 161284300),
    ("介護保険事業特別会計", "介護保険料", 15284116400, 15112483200, 24318600),
    ("後期高齢者医療事業特別会計", "後期高齢者医療保険料", 7341028600, 7322184300, 3120400),
    ("下水道事業会計", "下水道使用料", 8462115300, 8438201640, 1984200),
]
ACC_ORDER = ["一般会計", "国民健康保険事業特別会計", "介護保険事業特別会計", "後期高齢者医療事業特別会計", "下水道事業会計"]
ACC_PREV = {  # 収入未済額（千円）R2, R3
    "一般会計": (1986412, 1901886), "国民健康保険事業特別会計": (2388214, 2174630),
    "介護保険事業特別会計": (168412, 157206), "後期高齢者医療事業特別会計": (19844, 17218),
    "下水道事業会計": (25118, 23602),
}
RATE_HIST = [(2020, "2020年度", 96.4), (2021, "2021年度", 96.8)]
TGT = [  # debt, (2022 cur, 2024, 2025, 2026), (2022 arr, 2024, 2025, 2026)
    ("市税", (99.31, 99.35, 99.40, 99.45), (31.84, 32.50, 33.00, 33.50)),
    ("国民健康保険料", (95.02, 95.20, 95.40, 95.60), (27.16, 27.50, 28.00, 28.50)),
    ("介護保険料", (99.44, 99.45, 99.48, 99.50), (22.61, 23.00, 23.50, 24.00)),
    ("保育所保育料", (99.12, 99.20, 99.25, 99.30), (28.40, 29.00, 29.50, 30.00)),
    ("市営住宅使用料", (98.86, 98.90, 98.95, 99.00), (12.74, 13.00, 13.50, 14.00)),
]

CSS = """
@page { size: A4; margin: 0; }
body { margin:0; font-family: 'IPAexGothic','Noto Sans CJK JP',sans-serif; font-size: 10pt; color:#111; }
.page { width: 210mm; height: 296mm; position: relative; page-break-after: always; box-sizing: border-box;
        padding: 20mm 18mm 18mm 18mm; overflow: hidden; }
.hdr { position:absolute; top:9mm; left:18mm; right:18mm; font-size:7.5pt; color:#555; border-bottom:0.4pt solid #999;
       display:flex; justify-content:space-between; }
.ftr { position:absolute; bottom:8mm; left:0; right:0; text-align:center; font-size:9pt; }
h1 { font-size: 17pt; text-align:center; margin: 6mm 0 4mm; font-family:'IPAexMincho',serif; }
h2 { font-size: 12.5pt; border-left: 5pt solid #2f5f8a; padding-left: 6pt; margin: 5mm 0 2.5mm; }
h3 { font-size: 11pt; margin: 3mm 0 1.5mm; }
p { margin: 0 0 2mm; line-height: 1.55; text-align: justify; }
.two { column-count: 2; column-gap: 8mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th { background:#dfe8f1; font-weight: normal; padding: 2pt 3pt; border-top: 0.8pt solid #333; border-bottom: 0.8pt solid #333; }
td { padding: 2.2pt 3pt; border-bottom: 0.4pt solid #aaa; }
td.n { text-align: right; }
tr.z td { background: #f5f5f5; }
tr.sub td { background: #eef2f6; font-weight: bold; }
.unit { text-align:right; font-size:8pt; margin: 0 0 1mm; }
.note { font-size: 8pt; margin: 1mm 0 0; line-height: 1.45; }
.ref { border: 0.8pt solid #333; padding: 3mm 4mm; margin: 4mm 0; }
.ref p { margin: 0 0 1mm; }
.memo p { margin: 0 0 1.2mm; }
.i1 { padding-left: 1em; } .i2 { padding-left: 2.5em; text-indent: -1.5em; } .i3 { padding-left: 4em; text-indent: -1.5em; }
.tag { display:block; text-align:right; }
"""


def page(n, right, body):
    return (f'<div class="page"><div class="hdr"><span>藤沢市債権管理計画（2024年度～2026年度）</span><span>{right}</span></div>'
            f'{body}<div class="ftr">{n}</div></div>')


def build():
    g = Gold(STEM, "plan", "plan", CITY, TITLE, "2024-04-01", "令和６年４月")
    acc = {a: [0, 0, 0, 0] for a in ACC_ORDER}
    rows = []
    for a, d, A, C, Wd in ROWS:
        O = A - C - Wd
        rows.append((a, d, A, C, Wd, O))
        for i, v in enumerate((A, C, Wd, O)):
            acc[a][i] += v
    tot = [sum(acc[a][i] for a in ACC_ORDER) for i in range(4)]
    acc_k = {a: round(acc[a][3] / 1000) for a in ACC_ORDER}
    tot_k3 = sum(acc_k.values())
    tot_prev = [sum(ACC_PREV[a][i] for a in ACC_ORDER) for i in (0, 1)]
    out_m = round(tot[3] / 100000) / 10  # 百万円, 1 decimal
    dec_m = round((tot_prev[1] * 1000 - tot[3]) / 100000) / 10
    rate22 = rate(tot[1], tot[0], 1)
    P = []

    # ---------------- page 1: purpose (two columns) + figures in running text
    p1 = g_page = 1
    t_out = f"{out_m:,.1f}百万円"
    body = f"""
<h1>藤沢市債権管理計画<br><span style="font-size:12pt">（2024年度～2026年度）</span></h1>
<p style="text-align:right">令和６年４月　藤沢市 財務部 債権管理課</p>
<h2>第１章　計画の基本的な考え方</h2>
<div class="two">
<h3>1-1　計画策定の目的</h3>
<p>　市の債権は、市税をはじめ保険料、使用料、貸付金など多岐にわたり、その適正な管理は、市民負担の公平性の確保と健全な財政運営の基礎となるものである。本市では、これまで債権ごとに所管課が回収に取り組み、債権管理課が高額・困難事案の移管を受けて滞納整理を行ってきた。</p>
<p>　令和４年度（2022年度）決算における全会計の収入未済額は{t_out}で、前年度から{dec_m:,.1f}百万円減少した。全会計の収納率は{rate22:.1f}％となり、前年度の{RATE_HIST[1][2]:.1f}％を上回ったが、国民健康保険料や生活保護費返還金などでは依然として多額の収入未済額が残っている。</p>
<h3>1-2　計画の位置付け</h3>
<p>　本計画は、藤沢市債権管理条例第５条に基づく計画であり、「藤沢市行財政改革２０２４」の個別計画として位置付ける。</p>
<h3>1-3　計画の期間</h3>
<p>　2024年度（令和６年度）から2026年度（令和８年度）までの３年間とする。</p>
<h3>1-4　対象とする債権</h3>
<p>　市が有する金銭債権のうち、2022年度決算において収入未済額がある債権とする。ただし、下水道事業会計の債権は、下水道使用料に限り対象とする。</p>
<h3>1-5　目標</h3>
<p>　計画期間の最終年度である2026年度に、全会計の収納率９６．５％以上、収入未済額４０億円以下を目指す。</p>
</div>
"""
    g.fact(1, None, "全会計", 2022, "令和４年度（2022年度）", "total", "outstanding", "actual", round(out_m * 1_000_000), "yen", t_out)
    g.fact(1, None, "全会計", 2022, "令和４年度（2022年度）", "total", "collection_rate", "actual", rate22, "percent", f"{rate22:.1f}％")
    g.fact(1, None, "全会計", 2021, "前年度", "total", "collection_rate", "actual", RATE_HIST[1][2], "percent", f"{RATE_HIST[1][2]:.1f}％")
    g.fact(1, None, "全会計", 2026, "2026年度", "total", "collection_rate", "target", 96.5, "percent", "９６．５％以上")
    g.fact(1, None, "全会計", 2026, "2026年度", "total", "outstanding", "target", 4_000_000_000, "yen", "４０億円以下")
    P.append(page(1, "第１章", body))

    # ---------------- page 2: 会計別 table + chart + footnote figure
    seiho = [r for r in rows if r[1] == "生活保護費返還金"][0]
    seiho_k = round(seiho[5] / 1000)
    trs = ""
    for i, a in enumerate(ACC_ORDER):
        v2, v3 = ACC_PREV[a]
        v4 = acc_k[a]
        cls = ' class="z"' if i % 2 else ""
        trs += f"<tr{cls}><td>{a}</td><td class=n>{comma(v2)}</td><td class=n>{comma(v3)}</td><td class=n>{comma(v4)}</td><td class=n>{comma(v4 - v3)}</td></tr>"
        g.fact(2, None, a, 2020, "令和２年度", "total", "outstanding", "actual", v2 * 1000, "yen", comma(v2))
        g.fact(2, None, a, 2021, "令和３年度", "total", "outstanding", "actual", v3 * 1000, "yen", comma(v3))
        g.fact(2, None, a, 2022, "令和４年度", "total", "outstanding", "actual", v4 * 1000, "yen", comma(v4))
    trs += (f"<tr class=sub><td>合計</td><td class=n>{comma(tot_prev[0])}</td><td class=n>{comma(tot_prev[1])}</td>"
            f"<td class=n>{comma(tot_k3)}</td><td class=n>{comma(tot_k3 - tot_prev[1])}</td></tr>")
    g.fact(2, None, "合計", 2020, "令和２年度", "total", "outstanding", "actual", tot_prev[0] * 1000, "yen", comma(tot_prev[0]))
    g.fact(2, None, "合計", 2021, "令和３年度", "total", "outstanding", "actual", tot_prev[1] * 1000, "yen", comma(tot_prev[1]))
    g.fact(2, None, "合計", 2022, "令和４年度", "total", "outstanding", "actual", tot_k3 * 1000, "yen", comma(tot_k3))
    g.fact(2, "生活保護費返還金", "生活保護費返還金", 2022, "令和４年度", "total", "outstanding", "actual", seiho_k * 1000, "yen", f"{comma(seiho_k)}千円")
    # SVG line chart of 全会計 収納率
    pts = RATE_HIST + [(2022, "2022年度", rate22)]
    svg = ['<svg width="480" height="230" viewBox="0 0 480 230" xmlns="http://www.w3.org/2000/svg" style="font-family:IPAexGothic">',
           '<text x="240" y="18" font-size="12" text-anchor="middle">図１　全会計の収納率の推移（％）</text>',
           '<rect x="50" y="30" width="400" height="160" fill="none" stroke="#999" stroke-width="0.6"/>']
    lo, hi = 96.0, 97.5

    def yy(v):
        return 190 - (v - lo) / (hi - lo) * 160
    for k in (96.0, 96.5, 97.0, 97.5):
        svg.append(f'<line x1="50" x2="450" y1="{yy(k):.1f}" y2="{yy(k):.1f}" stroke="#ddd" stroke-width="0.5"/>')
        svg.append(f'<text x="44" y="{yy(k) + 3:.1f}" font-size="8" text-anchor="end">{k:.1f}</text>')
    xs = [120, 250, 380]
    path = " ".join(f"{'M' if i == 0 else 'L'}{x},{yy(v):.1f}" for i, (x, (_, _, v)) in enumerate(zip(xs, pts)))
    svg.append(f'<path d="{path}" fill="none" stroke="#2f5f8a" stroke-width="2"/>')
    for x, (fy, lab, v) in zip(xs, pts):
        svg.append(f'<circle cx="{x}" cy="{yy(v):.1f}" r="3.5" fill="#2f5f8a"/>')
        svg.append(f'<text x="{x}" y="{yy(v) - 9:.1f}" font-size="10" text-anchor="middle">{v:.1f}</text>')
        svg.append(f'<text x="{x}" y="206" font-size="9" text-anchor="middle">{lab}</text>')
        g.fact(2, None, "全会計", fy, lab, "total", "collection_rate", "actual", v, "percent", f"{v:.1f}")
    svg.append("</svg>")
    body = f"""
<h2>第２章　債権の現状</h2>
<h3>2-1　会計別の収入未済額</h3>
<p>　会計別の収入未済額の推移は表１のとおりである。一般会計では生活保護費返還金が増加傾向にある一方、国民健康保険事業特別会計は３年連続で減少した。</p>
<div class="unit">表１　会計別収入未済額の推移（単位：千円）</div>
<table><tr><th>会計</th><th>令和２年度</th><th>令和３年度</th><th>令和４年度</th><th>増減（R4－R3）</th></tr>{trs}</table>
<p class="note">※　一般会計には生活保護費返還金を含む。同返還金の令和４年度末の収入未済額は{comma(seiho_k)}千円で、一般会計の収入未済額の約４分の１を占める。<br>
※　増減欄の「△」は減少を示す。</p>
<h3>2-2　収納率の推移</h3>
<p>　全会計の収納率は、口座振替の推進や滞納処分の強化により、図１のとおり上昇を続けている。</p>
<div style="text-align:center">{''.join(svg)}</div>
"""
    P.append(page(2, "第２章", body))

    # ---------------- pages 3-4: 債権別 table (円), cut by a page break, header not repeated
    def trow(r, k):
        a, d, A, C, Wd, O = r
        rr = rate(C, A, 2)
        return (f"<tr{' class=z' if k % 2 else ''}><td>{d}</td><td class=n>{comma(A)}</td><td class=n>{comma(C)}</td>"
                f"<td class=n>{comma(Wd) if Wd else '－'}</td><td class=n>{comma(O)}</td><td class=n>{rr:.2f}</td></tr>")

    def facts_for(pg, label, debt, A, C, Wd, O):
        fy, fr = 2022, "令和４年度"
        g.fact(pg, debt, label, fy, fr, "total", "assessed", "actual", A, "yen", comma(A))
        g.fact(pg, debt, label, fy, fr, "total", "collected", "actual", C, "yen", comma(C))
        if Wd:
            g.fact(pg, debt, label, fy, fr, "total", "written_off", "actual", Wd, "yen", comma(Wd))
        g.fact(pg, debt, label, fy, fr, "total", "outstanding", "actual", O, "yen", comma(O))
        g.fact(pg, debt, label, fy, fr, "total", "collection_rate", "actual", rate(C, A, 2), "percent", f"{rate(C, A, 2):.2f}")

    head = "<tr><th>会計・債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>"
    gen = [r for r in rows if r[0] == "一般会計"]
    rest = [r for r in rows if r[0] != "一般会計"]
    t3 = head + "<tr class=sub><td colspan=6>一般会計</td></tr>"
    for k, r in enumerate(gen):
        t3 += trow(r, k)
        facts_for(3, r[1], r[1], *r[2:])
    a = acc["一般会計"]
    t3 += (f"<tr class=sub><td>小計</td><td class=n>{comma(a[0])}</td><td class=n>{comma(a[1])}</td><td class=n>{comma(a[2])}</td>"
           f"<td class=n>{comma(a[3])}</td><td class=n>{rate(a[1], a[0], 2):.2f}</td></tr>")
    facts_for(3, "一般会計 小計", None, *a)
    t4 = ""
    for k, r in enumerate(rest):
        t4 += f"<tr class=sub><td colspan=6>{r[0]}</td></tr>" + trow(r, 0)
        facts_for(4, r[1], r[1], *r[2:])
    t4 += (f"<tr class=sub><td>合計</td><td class=n>{comma(tot[0])}</td><td class=n>{comma(tot[1])}</td><td class=n>{comma(tot[2])}</td>"
           f"<td class=n>{comma(tot[3])}</td><td class=n>{rate(tot[1], tot[0], 2):.2f}</td></tr>")
    facts_for(4, "合計", None, *tot)
    body3 = f"""
<h3>2-3　債権別の状況（令和４年度決算）</h3>
<p>　主な債権の令和４年度決算の状況は表２のとおりである。収納率は収入済額を調定額で除したもので、単位は％である。</p>
<div class="unit">表２　債権別の調定額・収入済額等（単位：円）</div>
<table>{t3}</table>
<div class="ref"><p><b>【参考】一般会計の主な特徴</b></p>
<p>・生活保護費返還金：収納率が低く、収入未済額の大半は保護廃止後の返還分</p>
<p>・母子父子寡婦福祉資金貸付金：償還期間が長く、分割償還の遅れが累積</p>
<p>・児童扶養手当返還金：受給資格喪失の届出遅れによる過払いが中心</p></div>
"""
    body4 = f"""
<table style="margin-top:6mm">{t4}</table>
<p class="note">※　下水道事業会計は公営企業会計であり、調定額・収入済額は消費税及び地方消費税を含む。</p>
<h3>2-4　課題</h3>
<div class="memo">
<p>１　早期対応の徹底</p>
<p class="i2">（１）現年度分の未納が翌年度に繰り越されると回収が難しくなるため、納期限後の早い段階で催告を行う必要がある。</p>
<p class="i2">（２）口座振替やキャッシュレス納付の利用を広げ、納め忘れを防ぐ必要がある。</p>
<p>２　滞納繰越分の整理</p>
<p class="i2">（１）資力のある滞納者には滞納処分や法的措置を確実に行う一方、生活困窮などで回収の見込みがない債権は、執行停止や債権放棄により整理する必要がある。</p>
<p>３　職員の知識と体制</p>
<p class="i2">（１）非強制徴収公債権・私債権の所管課では、法的措置の経験が少なく、対応が遅れる傾向がある。</p>
</div>
"""
    P.append(page(3, "第２章", body3))
    P.append(page(4, "第２章", body4))

    # ---------------- page 5: targets table (debts as rows, segment x year groups)
    th = ("<tr><th rowspan=2>債権名</th><th colspan=4>現年分</th><th colspan=4>滞納繰越分</th></tr>"
          "<tr><th>2022年度<br>実績</th><th>2024年度</th><th>2025年度</th><th>2026年度</th>"
          "<th>2022年度<br>実績</th><th>2024年度</th><th>2025年度</th><th>2026年度</th></tr>")
    tb = ""
    years = [(2022, "2022年度", "actual"), (2024, "2024年度", "target"), (2025, "2025年度", "target"), (2026, "2026年度", "target")]
    for k, (d, cur, arr) in enumerate(TGT):
        tb += f"<tr{' class=z' if k % 2 else ''}><td>{d}</td>" + "".join(f"<td class=n>{v:.2f}</td>" for v in cur + arr) + "</tr>"
        for seg, vals in (("current", cur), ("arrears", arr)):
            for (fy, fr, basis), v in zip(years, vals):
                g.fact(5, d, d, fy, fr, seg, "collection_rate", basis, v, "percent", f"{v:.2f}")
    body5 = f"""
<h2>第３章　目標</h2>
<h3>3-1　重点債権の目標収納率</h3>
<p>　収入未済額が多い債権及び市民生活に身近な債権を重点債権とし、区分ごとに年度別の目標収納率を次のとおり定める。</p>
<div class="unit">表３　重点債権の目標収納率（単位：％）</div>
<table>{th}{tb}</table>
<p class="note">※　2022年度は決算による実績。2023年度は計画策定時に決算が確定していないため記載していない。</p>
<h3>3-2　目標設定の考え方</h3>
<div class="two">
<p>　現年分は、前計画期間における最も高い収納率を基準とし、毎年度０．０５ポイント程度の上昇を目指す。</p>
<p>　滞納繰越分は、過去３年間の平均的な上昇幅を踏まえ、毎年度０．５ポイントの上昇を目指す。ただし、債権放棄などによる整理が進むと分母が小さくなり収納率が変動するため、収入未済額の推移と併せて評価する。</p>
</div>
"""
    P.append(page(5, "第３章", body5))

    # ---------------- page 6: measures in memo layout with tags
    measures = [
        ("1", "全庁的な取組", None, [
            ("（１）", "債権管理マニュアルを改訂し、督促から債権放棄までの事務の流れを統一する。", "継続"),
            ("（２）", "所管課職員を対象に、支払督促や強制執行の実務研修を年２回実施する。", "拡充"),
            ("（３）", "債権管理システムを導入し、所管課ごとの滞納情報を一元的に把握する。", "新規")]),
        ("2", "国民健康保険料の取組", "国民健康保険料", [
            ("ア", "資格取得の届出時に口座振替の手続を案内し、その場で受け付ける。", "継続"),
            ("イ", "納付相談の予約をオンラインで受け付け、夜間・休日の相談枠を設ける。", "新規")]),
        ("3", "生活保護費返還金の取組", "生活保護費返還金", [
            ("ア", "保護受給中の返還金は、本人の申出に基づき保護費と調整して徴収する。", "継続"),
            ("イ", "保護廃止者には、廃止決定時に返還計画を作成して分割納付を促す。", "拡充")]),
    ]
    html_m = ""
    for num, head_, debt, items in measures:
        html_m += f"<p>{zen(num)}　{head_}</p>"
        for lab, t, st in items:
            cls = "i2" if lab.startswith("（") else "i3"
            html_m += f'<p class="{cls}">{lab}{t}<span class="tag">【{st}】</span></p>'
            g.init(6, debt, 2024, head_, lab, t, st)
    body6 = f"""
<h2>第４章　具体的な取組</h2>
<p>　第３章の目標を達成するため、次の取組を進める。【継続】は前計画から引き続き実施するもの、【拡充】は内容を広げて実施するもの、【新規】は本計画で新たに実施するものである。</p>
<div class="memo">{html_m}</div>
<h2>第５章　計画の進行管理</h2>
<p>　副市長を委員長とする債権管理推進委員会において、毎年度、債権ごとの目標の達成状況を確認し、その結果を市ホームページで公表する。</p>
"""
    P.append(page(6, "第４章・第５章", body6))

    html = f"<!DOCTYPE html><html lang=ja><head><meta charset=utf-8><style>{CSS}</style></head><body>{''.join(P)}</body></html>"
    hp = WORK / (STEM + ".html")
    hp.write_text(html, encoding="utf-8")
    tmp = WORK / (STEM + "_raw.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={tmp}", str(hp)], check=True, capture_output=True)
    src = fitz.open(tmp)
    if src.page_count > 6:  # drop a trailing blank page produced by the last page break
        src.delete_pages(list(range(6, src.page_count)))
    src.subset_fonts()
    out = PDF_DIR / (STEM + ".pdf")
    src.save(out, garbage=4, deflate=True)
    finish(g, out)


if __name__ == "__main__":
    build()
