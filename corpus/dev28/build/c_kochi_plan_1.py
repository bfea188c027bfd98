"""高知市-style 債権管理計画: PyMuPDF (insert_htmlbox per page + direct vector drawing).

Family: kaikei plan (世田谷区-style: 会計・款・債権 tables, 収入未済額 by account, prose figures),
as another city's template would print it: a trend table with years down the rows and accounts
across, a vector bar chart with data labels in 億円, a landscape 会計 detail table with merged
会計 cells, indented うち rows, 小計 rows and a 合計 row, cut by a page break without its header;
a rate table with one debt per column and only horizontal rules; a table printed in two halves
side by side; a 実績 | 目標 side-by-side heading table; boxed 取組 list and a 【参考】 box; a page
whose text runs in two columns.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from c_common import PDF, comma, fact, init, rate, tri, write_gold  # noqa: E402

STEM = "c_kochi_plan_1"
CITY = "高知市"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
ARCH = fitz.Archive()
ARCH.add(fitz.Archive(str(Path(GOTHIC).parent)))
ARCH.add(fitz.Archive(str(Path(MINCHO).parent)))
CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
body {font-family: M; font-size: 10pt; line-height: 1.5;}
h1 {font-family: G; font-size: 16pt; text-align: center; margin: 0 0 6pt 0;}
h2 {font-family: G; font-size: 12pt; margin: 8pt 0 4pt 0;}
h3 {font-family: G; font-size: 10.5pt; margin: 6pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
table {border-collapse: collapse; width: 100%; font-size: 8.5pt; font-family: G;}
td, th {border: 0.6pt solid black; padding: 1pt 3pt;}
th {background-color: #e6e6e6; font-weight: normal; text-align: center;}
td.n {text-align: right;}
td.c {text-align: center;}
.unit {text-align: right; font-size: 8.5pt; font-family: G; margin: 0;}
table.h td, table.h th {border-left: none; border-right: none; border-top: 0.6pt solid black;
  border-bottom: 0.6pt solid black; background-color: white;}
table.d td, table.d th {padding: 2.8pt 3pt;}
.box {border: 0.8pt solid black; padding: 4pt 6pt; margin: 4pt 0;}
.box p {text-indent: 0; margin: 0 0 2pt 0;}
"""

DOC_DATE, DOC_DATE_RAW = "2025-03-01", "令和７年３月"

# ---- 令和5年度 債権別 (円): name, 調定額, 不納欠損額, 収入未済額 ----
OTHERS = [  # その他の債権: name, R4 未済 (円), R5 未済 (円)
    ("児童扶養手当返還金", 43_512_300, 41_208_115),
    ("災害援護資金貸付金", 201_880_400, 191_503_926),
    ("奨学金貸付金", 98_410_220, 102_366_480),
    ("下水道事業受益者負担金", 71_205_660, 66_815_300),
    ("学校給食費", 37_118_900, 35_471_640),
    ("放課後児童クラブ利用料", 13_050_500, 12_306_200),
    ("行政財産使用料", 9_882_410, 8_915_330),
    ("道路占用料", 5_566_100, 5_102_880),
    ("廃棄物処理手数料", 4_110_250, 3_688_900),
    ("児童手当返還金", 21_094_000, 18_877_500),
]
OTH_R5 = sum(o[2] for o in OTHERS)

ACCOUNTS = [
    ("一般会計", [
        ("市税", 52_318_640_215, 98_412_306, 1_234_564_820, [
            ("うち個人市民税", 19_842_115_300, 52_110_420, 702_318_455),
            ("うち固定資産税", 23_604_882_110, 30_215_880, 398_772_140)]),
        ("生活保護費返還金", 612_480_330, 21_305_118, 402_118_640, []),
        ("保育所保育料", 1_108_422_900, 3_210_500, 48_902_310, []),
        ("市営住宅使用料", 1_782_215_600, 8_118_200, 162_441_080, []),
        ("住宅新築資金等貸付金", 98_223_410, 2_011_000, 84_552_190, []),
        ("その他の債権", 2_315_880_460, 14_620_775, OTH_R5, []),
    ]),
    ("国民健康保険事業特別会計", [
        ("国民健康保険料", 9_873_410_220, 210_552_300, 1_018_734_560, []),
        ("国民健康保険返納金", 24_118_900, 1_204_300, 18_992_410, []),
    ]),
    ("介護保険事業特別会計", [("介護保険料", 8_214_338_700, 62_118_040, 171_205_880, [])]),
    ("後期高齢者医療事業特別会計", [("後期高齢者医療保険料", 3_402_118_560, 5_882_100, 27_405_330, [])]),
    ("母子父子寡婦福祉資金貸付事業特別会計", [("母子父子寡婦福祉資金貸付金", 152_330_800, 0, 104_882_615, [])]),
]
SHORT = {"一般会計": "一般会計", "国民健康保険事業特別会計": "国民健康保険事業",
         "介護保険事業特別会計": "介護保険事業", "後期高齢者医療事業特別会計": "後期高齢者医療事業",
         "母子父子寡婦福祉資金貸付事業特別会計": "母子父子寡婦福祉資金"}


def acc_total(rows, k):
    return sum(r[k] for r in rows)


R5_ACC = {a: acc_total(rows, 3) for a, rows in ACCOUNTS}
TOTAL_R5 = sum(R5_ACC.values())
TOTAL_WO = sum(acc_total(rows, 2) for _, rows in ACCOUNTS)
# 会計別 収入未済額の推移 (百万円), 令和元年度..4年度 invented, 5年度 from the detail table
TREND = {
    "一般会計": [2_950, 2_810, 2_672, 2_551],
    "国民健康保険事業特別会計": [1_402, 1_311, 1_188, 1_105],
    "介護保険事業特別会計": [215, 203, 190, 182],
    "後期高齢者医療事業特別会計": [36, 33, 31, 29],
    "母子父子寡婦福祉資金貸付事業特別会計": [131, 124, 116, 111],
}
for a in TREND:
    TREND[a].append(round(R5_ACC[a] / 1_000_000))
YEARS = [(2019, "令和元年度"), (2020, "2年度"), (2021, "3年度"), (2022, "4年度"), (2023, "5年度")]
TREND_TOT = [sum(TREND[a][i] for a in TREND) for i in range(5)]

RATES = {  # debt: (現年 R3,R4,R5), (滞繰 R3,R4,R5)
    "市税": ((98.95, 99.04, 99.12), (29.81, 31.05, 32.60)),
    "国民健康保険料": ((94.10, 94.52, 94.87), (24.33, 25.10, 26.48)),
    "介護保険料": ((99.02, 99.10, 99.15), (14.20, 15.86, 16.02)),
    "後期高齢者医療保険料": ((99.51, 99.55, 99.58), (41.20, 43.75, 44.10)),
}
TARGETS = {  # debt: 現年 (R5実績, R7, R8, R9), 滞繰 (...)
    "市税": ((99.12, 99.20, 99.25, 99.30), (32.60, 33.50, 34.20, 35.00)),
    "国民健康保険料": ((94.87, 95.10, 95.30, 95.50), (26.48, 27.00, 27.50, 28.00)),
    "介護保険料": ((99.15, 99.20, 99.22, 99.25), (16.02, 16.50, 17.00, 17.50)),
    "後期高齢者医療保険料": ((99.58, 99.60, 99.62, 99.65), (44.10, 44.50, 45.00, 45.50)),
    "保育所保育料": ((98.61, 98.70, 98.80, 98.90), (18.35, 19.00, 19.50, 20.00)),
    "市営住宅使用料": ((96.84, 97.00, 97.20, 97.40), (12.06, 13.00, 14.00, 15.00)),
}


def man_txt(man):
    return f"約{man // 10000}億{man % 10000:,}万円" if man >= 10000 else f"約{man:,}万円"


def oku1(yen):  # 億円, one decimal
    return f"{yen / 100_000_000:.1f}"


class Pager:
    def __init__(self):
        self.doc = fitz.open()
        self.n = 0

    def page(self, landscape=False):
        w, h = fitz.paper_size("a4")
        if landscape:
            w, h = h, w
        p = self.doc.new_page(width=w, height=h)
        self.n += 1
        p.insert_font(fontname="G", fontfile=GOTHIC)
        p.insert_text((w - 190, 30), "高知市債権管理計画（令和７年度～令和９年度）", fontname="G", fontsize=7.5)
        p.draw_line((50, 36), (w - 50, 36), width=0.4)
        p.insert_text((w / 2 - 12, h - 28), f"－ {self.n} －", fontname="G", fontsize=9)
        return p

    def html(self, p, rect, body):
        spare, scale = p.insert_htmlbox(fitz.Rect(rect), body, css=CSS, archive=ARCH, scale_low=0)
        if scale < 1:
            raise SystemExit(f"page {self.n}: content does not fit {rect}")
        if spare < 0:
            raise SystemExit(f"page {self.n}: content does not fit {rect}")
        return spare


def build():
    facts, inits = [], []
    P = Pager()

    # ---------- page 1 ----------
    p = P.page()
    pg = 1
    tot_oku_man = round(TOTAL_R5 / 10_000)        # 万円
    prev_total = TREND_TOT[3] * 1_000_000
    diff_man = round((prev_total - TOTAL_R5) / 10_000, -2)
    zei = ACCOUNTS[0][1][0][3]
    kokuho = ACCOUNTS[1][1][0][3]
    zei_txt = f"{zei // 100_000_000}億{(zei % 100_000_000) // 10_000:,}万円"
    kok_txt = f"{kokuho / 1_000_000:,.1f}百万円"
    tot_txt = f"約{tot_oku_man // 10000}億{round(tot_oku_man % 10000, -2):,}万円"
    body = f"""
<h1>高知市債権管理計画</h1>
<p style="text-align:center;text-indent:0">（令和７年度～令和９年度）</p>
<p style="text-align:right;text-indent:0">{DOC_DATE_RAW}　高知市財務部納税管理課</p>
<h2>１　計画策定の趣旨</h2>
<p>本市では、平成２７年４月に施行した債権管理条例に基づき、全庁的な債権管理の適正化に取り組んできた。市税をはじめとする各債権の収入未済額は年々縮減しているものの、依然として多額の未収金を抱えており、市民負担の公平性の確保と安定した財源確保の観点から、引き続き計画的な取組が求められている。</p>
<p>令和５年度決算における本市の収入未済額は、全会計で{tot_txt}（前年度比{man_txt(int(diff_man))}の減）となった。このうち市税が{zei_txt}、国民健康保険料が{kok_txt}を占め、この２債権で全体の約６割となっている。</p>
<p>市税の収納率は、令和５年度において現年課税分{RATES['市税'][0][2]:.2f}％、滞納繰越分{RATES['市税'][1][2]:.2f}％となり、いずれも前年度を上回った。</p>
<p>こうした状況を踏まえ、令和７年度から令和９年度までの３か年を計画期間とする本計画を策定し、債権ごとの目標と取組を定めて進行管理を行う。</p>
<h2>２　計画の位置付け</h2>
<p>本計画は、高知市行財政改革推進計画の個別計画として位置付け、各年度の取組結果は高知市債権管理推進会議において検証し、必要に応じて見直しを行う。</p>
<h2>３　対象とする債権</h2>
<p>本計画の対象は、令和５年度末において収入未済額を有する全ての債権（４２債権）とし、このうち収入未済額が１億円以上又は滞納者数の多い債権を重点債権とする。</p>
"""
    P.html(p, (60, 50, 535, 800), body)
    facts += [
        fact(None, 2023, "令和５年度", "total", "outstanding", "actual", tot_oku_man // 10000 * 100_000_000 + round(tot_oku_man % 10000, -2) * 10_000,
             "yen", tot_txt, pg, debt_raw=None, approx=True),
        fact("市税", 2023, "令和５年度", "total", "outstanding", "actual", zei // 10_000 * 10_000, "yen", zei_txt, pg),
        fact("国民健康保険料", 2023, "令和５年度", "total", "outstanding", "actual", round(kokuho / 100_000) * 100_000, "yen", kok_txt, pg),
        fact("市税", 2023, "令和５年度", "current", "collection_rate", "actual", RATES["市税"][0][2], "percent",
             f"{RATES['市税'][0][2]:.2f}％", pg),
        fact("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", RATES["市税"][1][2], "percent",
             f"{RATES['市税'][1][2]:.2f}％", pg),
    ]

    # ---------- page 2: trend table (years down the rows) + vector chart ----------
    p = P.page()
    pg = 2
    heads = "".join(f"<th>{SHORT[a]}</th>" for a in TREND)
    rows = ""
    for i, (fy, fyr) in enumerate(YEARS):
        cells = "".join(f'<td class="n">{comma(TREND[a][i])}</td>' for a in TREND)
        rows += f'<tr><td class="c">{fyr}</td>{cells}<td class="n">{comma(TREND_TOT[i])}</td></tr>'
        for a in TREND:
            facts.append(fact(None, fy, fyr, "total", "outstanding", "actual", TREND[a][i] * 1_000_000, "yen",
                              comma(TREND[a][i]), pg, debt_raw=SHORT[a]))
        facts.append(fact(None, fy, fyr, "total", "outstanding", "actual", TREND_TOT[i] * 1_000_000, "yen",
                          comma(TREND_TOT[i]), pg, debt_raw="合計"))
    body = f"""
<h2>４　債権の状況</h2>
<h3>（１）会計別の収入未済額の推移</h3>
<p class="unit">（単位：百万円）</p>
<table><tr><th>年度</th>{heads}<th>合計</th></tr>{rows}</table>
<p style="font-size:8pt;text-indent:0">※各年度の決算額。百万円未満を四捨五入しているため、合計が一致しない場合がある。</p>
<h3>（２）収入未済額（全会計）の推移</h3>
"""
    spare = P.html(p, (60, 50, 535, 800), body)
    top = 800 - spare + 10
    # chart
    x0, y0, x1, y1 = 110, top + 30, 500, top + 250
    p.insert_text((x0 - 40, top + 18), "（億円）", fontname="G", fontsize=8)
    p.draw_rect(fitz.Rect(x1 - 110, top + 8, x1 - 100, top + 16), color=None, fill=(0.35, 0.5, 0.75))
    p.insert_text((x1 - 96, top + 16), "収入未済額（全会計）", fontname="G", fontsize=8)
    vmax = 60
    for g in range(0, vmax + 1, 10):
        yy = y1 - (y1 - y0) * g / vmax
        p.draw_line((x0, yy), (x1, yy), color=(0.75, 0.75, 0.75), width=0.4)
        p.insert_text((x0 - 18, yy + 3), f"{g}", fontname="G", fontsize=7.5)
    p.draw_line((x0, y0), (x0, y1), width=0.6)
    p.draw_line((x0, y1), (x1, y1), width=0.6)
    bw = (x1 - x0) / 5
    for i, (fy, fyr) in enumerate(YEARS):
        yen = TREND_TOT[i] * 1_000_000 if i < 4 else TOTAL_R5
        v = yen / 100_000_000
        lab = oku1(yen)
        bx = x0 + bw * i + bw * 0.25
        by = y1 - (y1 - y0) * v / vmax
        p.draw_rect(fitz.Rect(bx, by, bx + bw * 0.5, y1), color=None, fill=(0.35, 0.5, 0.75))
        p.insert_text((bx + bw * 0.12, by - 4), lab, fontname="G", fontsize=8.5)
        xl = f"R{fy - 2018}" if fy > 2019 else "R元"
        p.insert_text((bx + bw * 0.15, y1 + 12), xl, fontname="G", fontsize=8)
        facts.append(fact(None, fy, xl, "total", "outstanding", "actual", round(float(lab) * 100_000_000), "yen",
                          lab, pg, debt_raw=None))

    # ---------- pages 3-4: detail table, landscape, cut without repeated header ----------
    head = ("<tr><th>会計</th><th>債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th>"
            "<th>収入未済額</th><th>収納率</th></tr>")
    row_html = []   # (html, page_index 0/1)

    def add_row(acc_cell, name, a, w, o, page, *, debt, debt_raw, indent=False, bold=False):
        c = a - w - o
        r = rate(c, a, 2)
        lab = ("　" + name) if indent else name
        st = ' style="font-weight:bold"' if bold else ""
        tds = "".join(f'<td class="n"{st}>{comma(v)}</td>' for v in (a, c, w, o))
        html = f"<tr>{acc_cell}<td{st}>{lab}</td>{tds}<td class=\"n\"{st}>{r:.2f}</td></tr>"
        for metric, v, raw in (("assessed", a, comma(a)), ("collected", c, comma(c)),
                               ("written_off", w, comma(w)), ("outstanding", o, comma(o)),
                               ("collection_rate", r, f"{r:.2f}")):
            facts.append(fact(debt, 2023, "令和５年度", "total", metric, "actual", v,
                              "percent" if metric == "collection_rate" else "yen", raw, page, debt_raw=debt_raw))
        return html

    pages_of = {"一般会計": 3, "国民健康保険事業特別会計": 3}
    html3, html4 = [], []
    for acc, rows in ACCOUNTS:
        page = pages_of.get(acc, 4)
        target = html3 if page == 3 else html4
        span = len(rows) + sum(len(r[4]) for r in rows) + 1
        first = True
        for name, a, w, o, subs in rows:
            acc_cell = f'<td rowspan="{span}" class="c">{acc}</td>' if first else ""
            first = False
            debt = None if name == "その他の債権" else name
            target.append(add_row(acc_cell, name, a, w, o, page, debt=debt, debt_raw=name))
            for sname, sa, sw, so in subs:
                target.append(add_row("", sname, sa, sw, so, page, debt=sname[2:], debt_raw=sname, indent=True))
        sa, sw, so = acc_total(rows, 1), acc_total(rows, 2), acc_total(rows, 3)
        target.append(add_row("", "小計", sa, sw, so, page, debt=None, debt_raw=f"{acc} 小計", bold=True))
    ga = sum(acc_total(r, 1) for _, r in ACCOUNTS)
    html4.append(add_row('<td class="c" style="font-weight:bold">合計</td>', "", ga, TOTAL_WO, TOTAL_R5, 4,
                         debt=None, debt_raw="合計", bold=True))
    p = P.page(landscape=True)
    ga_c = ga - TOTAL_WO - TOTAL_R5
    g_rate = rate(ga_c, ga, 2)
    a_txt, c_txt = f"約{round(ga / 100_000_000):,}億円", f"約{round(ga_c / 100_000_000):,}億円"
    facts.extend([
        fact(None, 2023, "令和５年度", "total", "assessed", "actual", round(ga / 100_000_000) * 100_000_000, "yen", a_txt, 3, approx=True),
        fact(None, 2023, "令和５年度", "total", "collected", "actual", round(ga_c / 100_000_000) * 100_000_000, "yen", c_txt, 3, approx=True),
        fact(None, 2023, "令和５年度", "total", "collection_rate", "actual", g_rate, "percent", f"{g_rate:.2f}％", 3),
    ])
    body = f"""
<h3>（３）令和５年度 債権別の収入未済額の状況</h3>
<p>令和５年度の全会計の調定額は{a_txt}、収入済額は{c_txt}であり、全体の収納率は{g_rate:.2f}％となった。会計別・債権別の内訳は次のとおりである。</p>
<p class="unit">（単位：円、％）</p>
<table class="d" style="font-size:8.5pt">{head}{''.join(html3)}</table>
"""
    P.html(p, (50, 50, 792, 560), body)
    p = P.page(landscape=True)
    body = f"""<table class="d" style="font-size:8.5pt">{''.join(html4)}</table>
<p style="font-size:8pt;text-indent:0">※「その他の債権」は収入未済額が１億円未満の債権の合計である（内訳は次ページ参照）。収納率＝収入済額÷調定額。</p>
"""
    P.html(p, (50, 50, 792, 560), body)

    # ---------- page 5: rate table (debt per column, horizontal rules only) + two halves ----------
    p = P.page()
    pg = 5
    debts = list(RATES)
    head = "<tr><th>区分</th><th>年度</th>" + "".join(f"<th>{d}</th>" for d in debts) + "</tr>"
    rows = ""
    for si, (seg, segname) in enumerate((("current", "現年分"), ("arrears", "滞繰分"))):
        for yi, (fy, fyr) in enumerate(((2021, "R3"), (2022, "R4"), (2023, "R5"))):
            lab = f'<td rowspan="3" class="c">{segname}</td>' if yi == 0 else ""
            cells = ""
            for d in debts:
                v = RATES[d][si][yi]
                cells += f'<td class="n">{v:.2f}</td>'
                facts.append(fact(d, fy, fyr, seg, "collection_rate", "actual", v, "percent", f"{v:.2f}", pg))
            rows += f'<tr>{lab}<td class="c">{fyr}</td>{cells}</tr>'
    half = []
    for part in (OTHERS[:5], OTHERS[5:]):
        t = "<table><tr><th>債権名</th><th>R4</th><th>R5</th><th>増減</th></tr>"
        for name, r4, r5 in part:
            k4, k5 = round(r4 / 1000), round(r5 / 1000)
            t += f'<tr><td>{name}</td><td class="n">{comma(k4)}</td><td class="n">{comma(k5)}</td><td class="n">{tri(k5 - k4)}</td></tr>'
            facts.append(fact(name, 2022, "R4", "total", "outstanding", "actual", k4 * 1000, "yen", comma(k4), pg))
            facts.append(fact(name, 2023, "R5", "total", "outstanding", "actual", k5 * 1000, "yen", comma(k5), pg))
        half.append(t + "</table>")
    body = f"""
<h3>（４）主要債権の収納率の推移（単位：％）</h3>
<table class="h">{head}{rows}</table>
<p style="font-size:8pt;text-indent:0">※現年分は現年課税分（現年度賦課分）、滞繰分は滞納繰越分をいう。</p>
<h3>（５）その他の債権の収入未済額</h3>
<p class="unit">（単位：千円）</p>
"""
    spare = P.html(p, (60, 50, 535, 800), body)
    top = 800 - spare + 4
    P.html(p, (60, top, 292, top + 200), half[0])
    P.html(p, (303, top, 535, top + 200), half[1])
    P.html(p, (60, top + 130, 535, top + 200),
           '<p style="font-size:8pt;text-indent:0">※増減は令和５年度末と令和４年度末の差（△は減少）。</p>')

    # ---------- page 6: targets (実績 | 目標) + boxed 取組 + 【参考】 box ----------
    p = P.page()
    pg = 6
    rows = ""
    for d, (cur, arr) in TARGETS.items():
        for si, (seg, segname, vals) in enumerate((("current", "現年分", cur), ("arrears", "滞納繰越分", arr))):
            lab = f'<td rowspan="2">{d}</td>' if si == 0 else ""
            cells = "".join(f'<td class="n">{v:.2f}%</td>' for v in vals)
            rows += f'<tr>{lab}<td class="c">{segname}</td>{cells}</tr>'
            for v, (fy, fyr, basis) in zip(vals, ((2023, "令和５年度", "actual"), (2025, "令和７年度", "target"),
                                                  (2026, "令和８年度", "target"), (2027, "令和９年度", "target"))):
                facts.append(fact(d, fy, fyr, seg, "collection_rate", basis, v, "percent", f"{v:.2f}%", pg))
    tgt_txt = "約33億円"
    wo_txt = f"約{TOTAL_WO / 100_000_000:.1f}億円"
    ref_out = f"約{oku1(TOTAL_R5)}億円"
    body = f"""
<h2>５　計画の目標</h2>
<p>重点債権ごとに、計画期間の各年度の目標収納率を次のとおり定める。また、全会計の収入未済額を令和９年度末までに{tgt_txt}まで縮減することを目標とする。</p>
<table>
<tr><th rowspan="2">債権名</th><th rowspan="2">区分</th><th>実績</th><th colspan="3">目標</th></tr>
<tr><th>令和５年度</th><th>令和７年度</th><th>令和８年度</th><th>令和９年度</th></tr>
{rows}</table>
<h2>６　全庁的な取組</h2>
<div class="box">
<p>ア　督促状・催告書の発送時期を債権ごとに定め、納期限後の早期の接触を徹底する。【継続】</p>
<p>イ　債権所管課の職員を対象に、滞納処分や法的措置に関する実務研修を年２回開催する。【継続】</p>
<p>ウ　非強制徴収公債権及び私債権について、弁護士への回収委託の対象を拡大する。<br>【拡充】</p>
<p>エ　徴収の見込みのない債権は、債権管理条例に基づく放棄を適切に行い、管理コストを縮減する。【新規】</p>
</div>
<div class="box">
<p style="font-family:G">【参考】令和５年度決算の概要</p>
<p>・収入未済額：{ref_out}</p>
<p>・不納欠損額：{wo_txt}</p>
<p>・対象債権数：４２債権（うち重点債権１０債権）</p>
</div>
"""
    P.html(p, (60, 50, 535, 800), body)
    facts += [
        fact(None, 2027, "令和９年度", "total", "outstanding", "target", 3_300_000_000, "yen", tgt_txt, pg, approx=True),
        fact(None, 2023, "令和５年度", "total", "outstanding", "actual", round(float(oku1(TOTAL_R5)) * 100_000_000),
             "yen", ref_out, pg, approx=True),
        fact(None, 2023, "令和５年度", "total", "written_off", "actual", round(TOTAL_WO / 10_000_000) * 10_000_000,
             "yen", wo_txt, pg, approx=True),
    ]
    sec = "全庁的な取組"
    inits += [
        init(None, 2025, sec, "ア", "督促状・催告書の発送時期を債権ごとに定め、納期限後の早期の接触を徹底する。", "継続", pg),
        init(None, 2025, sec, "イ", "債権所管課の職員を対象に、滞納処分や法的措置に関する実務研修を年２回開催する。", "継続", pg),
        init(None, 2025, sec, "ウ", "非強制徴収公債権及び私債権について、弁護士への回収委託の対象を拡大する。", "拡充", pg),
        init(None, 2025, sec, "エ", "徴収の見込みのない債権は、債権管理条例に基づく放棄を適切に行い、管理コストを縮減する。", "新規", pg),
    ]

    # ---------- page 7: two-column text ----------
    p = P.page()
    pg = 7
    per = [
        ("市税", [("(1)", "納税コールセンターによる現年課税分の早期催告を拡大し、滞納の長期化を防ぐ。", "拡充"),
                 ("(2)", "預貯金・給与の電子照会を全件で行い、財産の判明した滞納者には速やかに差押えを行う。", "継続"),
                 ("(3)", "地方税共通納税システムとスマートフォン決済の利用を広報し、納付機会を広げる。", "継続")]),
        ("国民健康保険料", [("(1)", "口座振替の原則化を徹底し、加入手続の際にWeb口座振替受付を案内する。", "継続"),
                          ("(2)", "資格喪失後の未納者に対して、喪失から３か月以内に文書と電話で催告する。", "新規"),
                          ("(3)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行を管理する。", "継続")]),
        ("介護保険料", [("(1)", "普通徴収の未納者へ年金特別徴収開始までの納付案内を個別に送付する。", "継続"),
                       ("(2)", "長期滞納者に給付制限の内容を説明し、計画的な納付を促す。", "継続")]),
        ("市営住宅使用料", [("(1)", "滞納３か月以上の入居者と連帯保証人に対し、面談による納付指導を行う。", "継続"),
                          ("(2)", "長期高額滞納者には明渡請求訴訟を提起し、退去者の滞納家賃は弁護士に回収を委託する。", "拡充")]),
        ("保育所保育料", [("(1)", "児童手当からの申出徴収を保護者に案内し、滞納の累積を防ぐ。", "継続"),
                        ("(2)", "退園児の保護者には就労先の調査を行い、給与の差押えを検討する。", "新規")]),
    ]
    cols = ["", ""]
    for i, (d, items) in enumerate(per):
        h = f"<h3>７－{i + 1}　債権ごとの取組（{d}）</h3>"
        for lab, text, st in items:
            h += f'<p style="text-indent:-1.5em;margin-left:1.5em">{lab}　{text}【{st}】</p>'
            inits.append(init(d, 2025, f"債権ごとの取組（{d}）", lab, text, st, pg))
        cols[0 if i < 3 else 1] += h
    P.html(p, (60, 50, 535, 80), "<h2>７　債権ごとの主な取組</h2>")
    P.html(p, (60, 82, 290, 800), cols[0])
    P.html(p, (305, 82, 535, 800), cols[1])
    p.draw_line((297.5, 90), (297.5, 700), width=0.3)

    PDF.mkdir(exist_ok=True)
    P.doc.subset_fonts()
    P.doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    document = {"kind": "plan", "municipality": CITY, "title": "高知市債権管理計画（令和７年度～令和９年度）",
                "date": DOC_DATE, "date_raw": DOC_DATE_RAW}
    return write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
