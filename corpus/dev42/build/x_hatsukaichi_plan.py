"""第３次廿日市市債権管理計画 — HTML (inline SVG charts) → headless Chromium.

Run from corpus/dev42: python3 build/x_hatsukaichi_plan.py
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from x_common import PDF_DIR, WORK, Gold, check, chromium, comma, pct, rate, zen  # noqa: E402

STEM = "x_hatsukaichi_plan_1"
RUN = "第３次廿日市市債権管理計画"
E = html.escape

# ------------------------------------------------------------------ data (千円)
YEARS = [(2018, "平成30年度"), (2019, "令和元年度"), (2020, "令和２年度"), (2021, "令和３年度"),
         (2022, "令和４年度"), (2023, "令和５年度"), (2024, "令和６年度")]
TAX = [512880, 488310, 471220, 452640, 421930, 390250, 363730]
GEN_OTHER = [315400, 308220, 296880, 281450, 270110, 258760, 250590]
ACCOUNTS = [
    ("国民健康保険特別会計", [402660, 388120, 371330, 352980, 334510, 309870, 291200]),
    ("介護保険特別会計", [31220, 30110, 29450, 28760, 26990, 25340, 24090]),
    ("後期高齢者医療特別会計", [6880, 6540, 6310, 6020, 5880, 5710, 5570]),
]
SEWER = ("下水道事業会計", [64330, 62120, 60480, 58910, 56220, 54010, 52330])
GENERAL = [a + b for a, b in zip(TAX, GEN_OTHER)]
TOTAL = [GENERAL[i] + sum(v[i] for _, v in ACCOUNTS) + SEWER[1][i] for i in range(7)]

# 表３: outstanding R6 by segment
SEG_TABLE = [
    ("市税", "市税", 98420, 265310), ("国民健康保険税", "国民健康保険税", 72660, 218540),
    ("介護保険料", "介護保険料", 9880, 14210), ("後期高齢者医療保険料", "後期高齢者医療保険料", 3120, 2450),
    ("保育所保育料", "保育所保育料", 2310, 8920), ("市営住宅使用料", "市営住宅使用料", 3870, 41660),
    ("下水道使用料", "下水道使用料", 21450, 30880), ("学校給食費", "学校給食費", 1980, 4350),
    (None, "その他（17債権）", 26540, 160960),
]
assert sum(c + a for _, _, c, a in SEG_TABLE) == TOTAL[-1]

# 表２: assessed / outstanding / written-off (R4, R5, R6), total segment
MAIN = [
    ("市税", [(13511880, 421930, 26880), (13702550, 390250, 24110), (13856220, 363730, 21040)]),
    ("国民健康保険税", [(3098440, 334510, 44380), (3005660, 309870, 41020), (2912330, 291200, 38650)]),
    ("介護保険料", [(1621550, 26990, 4760), (1640220, 25340, 4380), (1652880, 24090, 4120)]),
    ("後期高齢者医療保険料", [(1021770, 5880, 700), (1068330, 5710, 640), (1104560, 5570, 610)]),
]

# 表４: 現年分 target / actual for R5, R6; 表５ arrears R6 actual and targets R8-R10
PLAN = [
    ("市税", (99.20, 99.25, 99.30, 99.34), 27.85, (99.35, 99.40, 99.45), (29.00, 30.00, 31.00)),
    ("国民健康保険税", (94.50, 94.21, 94.80, 94.66), 22.41, (94.90, 95.10, 95.30), (23.50, 24.50, 25.50)),
    ("介護保険料", (99.10, 99.18, 99.20, 99.22), 20.63, (99.25, 99.30, 99.35), (21.50, 22.00, 22.50)),
    ("後期高齢者医療保険料", (99.60, 99.63, 99.65, 99.61), 41.28, (99.65, 99.70, 99.70), (42.00, 43.00, 44.00)),
    ("保育所保育料", (99.00, 98.72, 99.10, 99.15), 18.94, (99.20, 99.25, 99.30), (20.00, 21.00, 22.00)),
    ("市営住宅使用料", (98.00, 97.86, 98.20, 98.31), 12.07, (98.35, 98.40, 98.50), (13.00, 14.00, 15.00)),
    ("下水道使用料", (98.50, 98.64, 98.60, 98.69), 35.52, (98.70, 98.75, 98.80), (36.50, 37.50, 38.50)),
    ("学校給食費", (99.50, 99.58, 99.60, 99.55), 30.16, (99.60, 99.65, 99.70), (31.00, 32.00, 33.00)),
]

INITS = [
    ("1", "適正な債権管理の推進", [
        ("（１）", "債権管理台帳の整備", [
            ("ア", "全債権について、統一様式の債権管理台帳への移行を令和８年度中に完了する。", "新規"),
            ("イ", "台帳の記載内容を年１回点検し、時効の管理漏れを防止する。", "継続")]),
        ("（２）", "職員の能力向上", [
            ("ア", "新任職員向けの基礎研修と、担当者向けの実務研修を毎年度実施する。", "継続"),
            ("イ", "困難事案について、弁護士による相談の機会を設け、対応事例を庁内で共有する。", "拡充")]),
    ]),
    ("2", "滞納の未然防止と早期対応", [
        ("（１）", None, [(None, "口座振替やスマートフォン決済など、納付方法の拡大と利用促進を図る。", "拡充")]),
        ("（２）", None, [(None, "納期限の経過後は速やかに督促状を発送し、電話・文書による早期の催告を行う。", "継続")]),
    ]),
    ("3", "滞納整理の強化", [
        ("（１）", None, [(None, "強制徴収公債権は、財産調査に基づく差押えを着実に実施する。", "継続")]),
        ("（２）", None, [(None, "非強制徴収公債権及び私債権は、支払督促等の法的措置を計画的に行う。", "継続")]),
        ("（３）", None, [(None, "徴収の見込みがない債権は、債権管理条例に基づき、放棄を含めて適正に整理する。", "継続")]),
    ]),
]

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'IPAexMincho', serif; font-size: 10.5pt; color: #000; }
.page { width: 210mm; height: 297mm; padding: 22mm 18mm 18mm 18mm; position: relative;
        page-break-after: always; overflow: hidden; }
.run { position: absolute; top: 9mm; left: 18mm; right: 18mm; font-size: 8pt; color: #555;
       font-family: 'IPAexGothic'; border-bottom: 0.5pt solid #888; padding-bottom: 1mm; }
.run span { float: right; }
.foot { position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1 { font-family: 'IPAexGothic'; font-size: 15pt; border-left: 6pt solid #2b5c8a; padding-left: 6pt;
     margin: 0 0 5mm 0; }
h2 { font-family: 'IPAexGothic'; font-size: 12pt; margin: 5mm 0 2mm 0; }
p { margin: 0 0 2mm 0; text-indent: 1em; line-height: 1.6; }
.cols { column-count: 2; column-gap: 8mm; }
.cap { font-family: 'IPAexGothic'; font-size: 9.5pt; margin: 3mm 0 1mm 0; }
.box { border: 0.8pt solid #333; padding: 2mm; }
.src { font-size: 8pt; margin-top: 1mm; text-align: right; }
.note { font-size: 8pt; margin: 1mm 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; }
td, th { padding: 1.2mm 1.5mm; }
th { font-family: 'IPAexGothic'; font-weight: normal; background: #dde6f0; }
td.n { text-align: right; font-family: 'IPAexGothic'; }
table.hr th, table.hr td { border-top: 0.5pt solid #000; border-bottom: 0.5pt solid #000; }
table.hr tr.tot td { border-top: 1.2pt double #000; font-weight: bold; }
table.grid th, table.grid td { border: 0.5pt solid #000; }
table.zebra tr:nth-child(even) td { background: #f0f0f0; }
table.zebra th { border-bottom: 1pt solid #000; }
table.zebra tr:last-child td { border-bottom: 1pt solid #000; }
.vert { writing-mode: vertical-rl; text-orientation: upright; width: 7mm; padding: 1mm 0;
        font-family: 'IPAexGothic'; text-align: center; }
.memo { line-height: 1.65; }
.memo .l1 { font-family: 'IPAexGothic'; margin-top: 3mm; }
.memo .l2 { margin-left: 1.2em; }
.memo .l3 { margin-left: 3.2em; text-indent: -1.2em; }
.memo .l2b { margin-left: 3.2em; text-indent: -2.2em; }
.grp td { font-family: 'IPAexGothic'; background: #f3f3f3; }
.cover { display: flex; flex-direction: column; align-items: center; justify-content: center; }
"""


class Doc:
    def __init__(self, g: Gold):
        self.g = g
        self.pages: list[str] = []

    def page(self, body: str, printed: int | None, running=True):
        run = f'<div class="run">{RUN}<span>廿日市市</span></div>' if running else ""
        foot = f'<div class="foot">－ {printed} －</div>' if printed else ""
        self.pages.append(f'<div class="page">{run}{body}{foot}</div>')
        return len(self.pages)  # PDF page number of the page just added

    @property
    def next(self):
        return len(self.pages) + 1


def fyr(fy):
    return dict(YEARS)[fy] if fy in dict(YEARS) else f"令和{zen(fy - 2018)}年度"


def build():
    g = Gold(STEM, "plan", "kaikei", "廿日市市", RUN + "（令和８年度～令和10年度）", "2026-03-01", "令和８年３月")
    d = Doc(g)

    # ---------------------------------------------------------- p1 cover
    d.page('<div class="cover" style="height:100%">'
           '<div style="font-family:IPAexGothic;font-size:26pt;margin-top:60mm">第３次</div>'
           '<div style="font-family:IPAexGothic;font-size:30pt;margin:4mm 0">廿日市市債権管理計画</div>'
           '<div style="font-size:14pt">（令和８年度～令和10年度）</div>'
           '<div style="flex:1"></div>'
           '<div style="font-size:14pt">令和８年３月</div>'
           '<div style="font-family:IPAexGothic;font-size:18pt;margin:4mm 0 30mm 0">廿　日　市　市</div></div>',
           None, running=False)

    # ---------------------------------------------------------- p2 目次
    toc = [("第１章　計画の策定にあたって", 1), ("　1-1　計画策定の趣旨", 1), ("　1-2　計画の期間と対象債権", 1),
           ("第２章　債権管理の現状", 2), ("　2-1　会計別の収入未済額", 2), ("　2-2　主要債権の収納状況", 4),
           ("第３章　計画の目標", 5), ("　3-1　第２次計画の達成状況", 5), ("　3-2　目標収納率", 5),
           ("第４章　債権管理の取組", 6)]
    rows = "".join(f'<tr><td style="padding:2.5mm 0">{E(t)}</td><td style="border-bottom:1pt dotted #000;width:60%"></td>'
                   f'<td class="n" style="width:10mm">{n}</td></tr>' for t, n in toc)
    d.page(f'<h1 style="border:none;text-align:center;font-size:18pt;margin-top:15mm">目　　次</h1>'
           f'<table style="font-size:11pt;margin-top:10mm">{rows}</table>', None)

    # ---------------------------------------------------------- p3 第１章 (printed 1)
    pg = d.next
    o6, o3 = TOTAL[-1], TOTAL[3]

    def oku(k):
        man = round(k / 1000) * 100
        o, m = divmod(man, 10000)
        return f"約{o}億{m:,}万円", man * 10000

    t6, v6 = oku(o6)
    t3, v3 = oku(o3)
    td, _ = oku(o3 - o6)
    td = td.replace("約0億", "約")
    body = f"""<h1>第１章　計画の策定にあたって</h1>
<h2>1-1　計画策定の趣旨</h2>
<div class="cols">
<p>本市では、平成30年３月に廿日市市債権管理条例を制定し、市の債権全般について、発生から消滅までの管理を適正に行うための全庁的な取組を進めてきました。</p>
<p>令和５年３月に策定した第２次計画（令和５年度～令和７年度）では、対象債権ごとに目標収納率と具体的な取組を定め、進捗を毎年度確認してきました。</p>
<p>その結果、令和６年度決算における対象債権全体の収入未済額は{t6}となり、第２次計画の基準とした令和３年度決算の{t3}から{td}縮減しました。また、全体の収納率は94.6％で、前年度から0.8ポイント上昇しています。</p>
<p>一方で、滞納繰越分の収納率は債権によって差が大きく、少額で多数の事案を抱える債権や、債務者の所在が不明な事案も残っています。</p>
<p>こうした状況を踏まえ、市民負担の公平性の確保と自主財源の確保を図るため、第２次計画の取組を検証したうえで、第３次計画を策定するものです。</p>
</div>
<h2>1-2　計画の期間と対象債権</h2>
<p style="text-indent:0">（１）計画の期間</p>
<p>令和８（2026）年度から令和10（2028）年度までの３か年とします。国の制度改正や社会経済情勢の変化があった場合は、必要に応じて見直します。</p>
<p style="text-indent:0">（２）対象債権</p>
<p>令和６年度決算において収入未済額が生じている25債権を対象とします。このうち、収入未済額が大きい８債権を主要債権として、個別に目標収納率を設定します。</p>
<div class="box" style="margin-top:4mm;font-size:9.5pt"><b style="font-family:IPAexGothic">【債権の分類】</b><br>
・強制徴収公債権：市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料、下水道使用料 ほか<br>
・非強制徴収公債権：生活保護費返還金、児童扶養手当返還金 ほか<br>
・私債権：市営住宅使用料、学校給食費、奨学金貸付金 ほか</div>"""
    d.page(body, 1)
    g.fact(pg, t6, v6, fy=2024, fy_raw="令和６年度決算", metric="outstanding", approx=True)
    g.fact(pg, t3, v3, fy=2021, fy_raw="令和３年度決算", metric="outstanding", approx=True)
    g.fact(pg, "94.6％", 94.6, fy=2024, fy_raw="令和６年度決算")

    # ---------------------------------------------------------- p4/p5 表１ (wide table continued) + chart
    def table1(cols, title_suffix, pgno):
        head = "".join(f'<th>{E(yr)}<br><span style="font-size:7.5pt">({fy}年度)</span></th>'
                       for fy, yr in (YEARS[i] for i in cols))
        trs = []

        def row(label, vals, debt=None, debt_raw=None, cls="", first=""):
            tds = "".join(f'<td class="n">{comma(vals[i])}</td>' for i in cols)
            for i in cols:
                fy, yr = YEARS[i]
                g.fact(pgno, comma(vals[i]), vals[i] * 1000, debt=debt, debt_raw=debt_raw, fy=fy,
                       fy_raw=yr, metric="outstanding")
            return f'<tr class="{cls}">{first}<td>{E(label)}</td>{tds}</tr>'

        trs.append(row("一般会計", GENERAL, debt_raw="一般会計", first='<td></td>'))
        trs.append(row("　うち市税", TAX, debt="市税", debt_raw="市税", first='<td></td>'))
        for k, (name, vals) in enumerate(ACCOUNTS):
            first = '<td class="vert" rowspan="3">特別会計</td>' if k == 0 else ""
            trs.append(row(name.replace("特別会計", ""), vals, debt_raw=name.replace("特別会計", ""), first=first))
        trs.append(row("下水道事業会計", SEWER[1], debt_raw=SEWER[0], first="<td></td>"))
        trs.append(row("合　計", TOTAL, debt_raw="合計", cls="tot", first="<td></td>"))
        return (f'<div class="cap">表１　会計別収入未済額の推移{title_suffix}（単位：千円）</div>'
                f'<div class="box"><table class="hr"><tr><th style="width:7mm"></th><th>会計区分</th>{head}</tr>'
                f'{"".join(trs)}</table></div>'
                '<div class="src">資料：廿日市市各会計歳入歳出決算書</div>')

    pg = d.next
    body = f"""<h1>第２章　債権管理の現状</h1>
<h2>2-1　会計別の収入未済額</h2>
<p>会計別の収入未済額は、全ての会計で減少傾向が続いています。特に一般会計では、市税の滞納繰越分の縮減が進んだことにより、平成30年度と比べて大きく減少しました。</p>
{table1([0, 1, 2, 3], "", pg)}
<p class="note" style="margin-top:2mm">※ 国民健康保険・介護保険・後期高齢者医療の各欄は、それぞれの特別会計の合計額。下水道事業会計は令和２年度から公営企業会計に移行。</p>
<p style="margin-top:4mm">令和４年度以降の推移は、次ページのとおりです。</p>"""
    d.page(body, 2)

    pg = d.next
    bars = ""
    maxv = max(TOTAL)
    for i, (fy, yr) in enumerate(YEARS):
        v = round(TOTAL[i] / 1000)
        h = v / (maxv / 1000) * 150
        x = 50 + i * 68
        lab = comma(v)
        bars += (f'<rect x="{x}" y="{190 - h:.1f}" width="40" height="{h:.1f}" fill="#4f81bd"/>'
                 f'<text x="{x + 20}" y="{184 - h:.1f}" font-size="10" text-anchor="middle">{lab}</text>'
                 f'<text x="{x + 20}" y="206" font-size="9.5" text-anchor="middle">{"H30" if fy == 2018 else "R" + ("元" if fy == 2019 else str(fy - 2018))}</text>')
        g.fact(pg, lab, v * 1000000, debt_raw="合計", fy=fy, fy_raw=yr, metric="outstanding")
    svg = (f'<svg width="520" height="215" viewBox="0 0 520 215" font-family="IPAexGothic">'
           f'<line x1="40" y1="190" x2="520" y2="190" stroke="#000" stroke-width="0.8"/>{bars}</svg>')
    body = f"""{table1([4, 5, 6], "（続き）", pg)}
<div class="cap" style="margin-top:7mm">図１　収入未済額（合計）の推移（単位：百万円）</div>
<div class="box" style="text-align:center">{svg}</div>
<div class="src">資料：廿日市市各会計歳入歳出決算書（千円未満を四捨五入して百万円単位で表示）</div>
<p style="margin-top:4mm">収入未済額の合計は、平成30年度の{comma(round(TOTAL[0] / 1000))}百万円から令和６年度には{comma(round(TOTAL[-1] / 1000))}百万円まで減少しており、６年間で約{round((TOTAL[0] - TOTAL[-1]) / TOTAL[0] * 100)}％縮減しました。</p>"""
    d.page(body, 3)
    # the prose repeats the first and last bar: facts on this page too
    g.fact(pg, f"{comma(round(TOTAL[0] / 1000))}百万円", round(TOTAL[0] / 1000) * 1000000, debt_raw=None, fy=2018,
           fy_raw="平成30年度", metric="outstanding")
    g.fact(pg, f"{comma(round(TOTAL[-1] / 1000))}百万円", round(TOTAL[-1] / 1000) * 1000000, debt_raw=None, fy=2024,
           fy_raw="令和６年度", metric="outstanding")

    # ---------------------------------------------------------- p6 表２ (metric rows, years across) + 表３
    pg = d.next
    yrs3 = [(2022, "令和４年度"), (2023, "令和５年度"), (2024, "令和６年度")]
    trs = ""
    for name, vals in MAIN:
        trs += f'<tr class="grp"><td colspan="4">{E(name)}</td></tr>'
        a = [v[0] for v in vals]
        c = [v[0] - v[1] - v[2] for v in vals]
        r = [rate(ci, ai) for ci, ai in zip(c, a)]
        for lab, arr, metric in (("調定額", a, "assessed"), ("収入済額", c, "collected"), ("収納率（％）", r, "collection_rate")):
            tds = ""
            for k, (fy, yr) in enumerate(yrs3):
                t = pct(arr[k]) if metric == "collection_rate" else comma(arr[k])
                mark = "※2" if (name == "国民健康保険税" and metric == "collection_rate" and fy == 2024) else ""
                tds += f'<td class="n">{t}{mark}</td>'
                g.fact(pg, t, arr[k] if metric == "collection_rate" else arr[k] * 1000, debt=name, debt_raw=name,
                       fy=fy, fy_raw=yr, metric=metric)
            lab_h = lab + ("※1" if metric == "assessed" else "")
            trs += f'<tr><td style="padding-left:5mm">{lab_h}</td>{tds}</tr>'
    t2 = (f'<div class="cap">表２　主要債権の収納状況の推移（単位：千円）</div>'
          f'<table class="grid"><tr><th style="width:34%">区分</th>'
          + "".join(f"<th>{yr}</th>" for _, yr in yrs3) + f"</tr>{trs}</table>"
          '<p class="note">※1 調定額は現年分と滞納繰越分の合計。収納率＝収入済額÷調定額。<br>'
          '※2 令和６年度から国民健康保険税の賦課限度額を引き上げたことによる調定額の増減を含む。</p>')
    trs = ""
    sc = sa = 0
    for debt, printed, cu, ar in SEG_TABLE:
        trs += (f'<tr><td>{E(printed)}</td><td class="n">{comma(cu)}</td><td class="n">{comma(ar)}</td>'
                f'<td class="n">{comma(cu + ar)}</td></tr>')
        for seg, v in (("current", cu), ("arrears", ar), ("total", cu + ar)):
            g.fact(pg, comma(v), v * 1000, debt=debt, debt_raw=printed if debt else "その他", fy=2024,
                   fy_raw="令和６年度決算", segment=seg, metric="outstanding")
        sc += cu
        sa += ar
    trs += (f'<tr><td><b>合計</b></td><td class="n"><b>{comma(sc)}</b></td><td class="n"><b>{comma(sa)}</b></td>'
            f'<td class="n"><b>{comma(sc + sa)}</b></td></tr>')
    for seg, v in (("current", sc), ("arrears", sa), ("total", sc + sa)):
        g.fact(pg, comma(v), v * 1000, debt_raw="合計", fy=2024, fy_raw="令和６年度決算", segment=seg,
               metric="outstanding")
    t3 = (f'<div class="cap" style="margin-top:4mm">表３　債権別収入未済額（令和６年度決算）（単位：千円）</div>'
          f'<table class="zebra"><tr><th style="width:40%">債権名</th><th>現年分</th><th>滞納繰越分</th><th>計</th></tr>'
          f"{trs}</table>")
    d.page(f'<h2 style="margin-top:0">2-2　主要債権の収納状況</h2>{t2}{t3}', 4)

    # ---------------------------------------------------------- p7 第３章 表４ (target|actual|達成率) + 表５
    pg = d.next
    trs = ""
    for name, (t5, a5, t6, a6), *_ in PLAN:
        cells = ""
        for fy, t, a in ((2023, t5, a5), (2024, t6, a6)):
            ach = f"{a / t * 100:.1f}"
            cells += f'<td class="n">{pct(t)}</td><td class="n">{pct(a)}</td><td class="n">{ach}</td>'
            g.fact(pg, pct(t), t, debt=name, debt_raw=name, fy=fy, fy_raw=f"令和{zen(fy - 2018)}年度",
                   segment="current", basis="target")
            g.fact(pg, pct(a), a, debt=name, debt_raw=name, fy=fy, fy_raw=f"令和{zen(fy - 2018)}年度",
                   segment="current", basis="actual")
        mark = "○" if a6 >= t6 else "×"
        trs += f'<tr><td>{E(name)}</td>{cells}<td style="text-align:center">{mark}</td></tr>'
    t4 = ('<div class="cap">表４　第２次計画における現年分収納率の目標と実績（単位：％）</div>'
          '<table class="grid"><tr><th rowspan="2">債権名</th><th colspan="3">令和５年度</th><th colspan="3">令和６年度</th>'
          '<th rowspan="2">達成<br>状況</th></tr><tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th><th>実績</th>'
          f'<th>達成率</th></tr>{trs}</table>'
          '<p class="note">※ 達成率＝実績÷目標×100。達成状況は令和６年度の実績が目標以上のものを○とした。</p>')
    trs = ""
    for name, (t5, a5, t6, a6), arr6, tcur, tarr in PLAN:
        for k, (seg, lab, act, tg) in enumerate((("current", "現年分", a6, tcur), ("arrears", "滞納繰越分", arr6, tarr))):
            first = f'<td rowspan="2">{E(name)}</td>' if k == 0 else ""
            trs += (f'<tr>{first}<td>{lab}</td><td class="n">{pct(act)}</td>'
                    + "".join(f'<td class="n">{pct(x)}</td>' for x in tg) + "</tr>")
            g.fact(pg, pct(act), act, debt=name, debt_raw=name, fy=2024, fy_raw="令和６年度実績", segment=seg,
                   basis="actual")
            for fy, x in zip((2026, 2027, 2028), tg):
                g.fact(pg, pct(x), x, debt=name, debt_raw=name, fy=fy, fy_raw=f"令和{zen(fy - 2018)}年度",
                       segment=seg, basis="target")
    t5 = ('<div class="cap" style="margin-top:3mm">表５　主要債権の目標収納率（単位：％）</div>'
          '<table class="grid"><tr><th>債権名</th><th>区分</th><th>令和６年度<br>実績</th><th>令和８年度<br>目標</th>'
          f'<th>令和９年度<br>目標</th><th>令和10年度<br>目標</th></tr>{trs}</table>')
    d.page(f'<h1>第３章　計画の目標</h1><h2>3-1　第２次計画の達成状況</h2>{t4}'
           f'<h2>3-2　目標収納率</h2><p>主要債権について、令和６年度の実績を基準に、各年度の目標収納率を次のとおり定めます。</p>{t5}',
           5)

    # ---------------------------------------------------------- p8 第４章 取組 (memo layout)
    pg = d.next
    memo = ""
    for n1, t1, subs in INITS:
        memo += f'<div class="l1">{n1}　{E(t1)}</div>'
        for n2, t2_, items in subs:
            if t2_:
                memo += f'<div class="l2">{n2}　{E(t2_)}</div>'
                for n3, t, st in items:
                    memo += f'<div class="l3">{n3}　{E(t)}【{st}】</div>'
                    g.init(pg, t, section=t1, label=f"{n1}{n2}{n3}", status=st)
            else:
                for _, t, st in items:
                    memo += f'<div class="l2b">{n2}{E(t)}【{st}】</div>'
                    g.init(pg, t, section=t1, label=f"{n1}{n2}", status=st)
    ref = ('<div class="box" style="margin-top:6mm;font-size:9.5pt"><b style="font-family:IPAexGothic">【参考】令和６年度の主な実績</b><br>'
           '・差押件数：1,284件<br>・滞納者数（令和６年度末）：4,318人<br>・不納欠損額：約1億1,040万円<br>'
           '・債権管理研修の受講者：延べ312人</div>')
    d.page(f'<h1>第４章　債権管理の取組</h1><p>第３章の目標を達成するため、次の取組を全庁で進めます。'
           f'各取組の末尾の【　】は、第２次計画からの区分を示します。</p><div class="memo">{memo}</div>{ref}', 6)
    g.fact(pg, "4,318人", 4318, fy=2024, fy_raw="令和６年度末", metric="delinquents", unit="persons")
    g.fact(pg, "約1億1,040万円", 110400000, fy=2024, fy_raw="令和６年度", metric="written_off", approx=True)

    src = WORK / f"{STEM}.html"
    src.write_text(f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{RUN}</title>'
                   f"<style>{CSS}</style></head><body>{''.join(d.pages)}</body></html>", encoding="utf-8")
    dst = PDF_DIR / f"{STEM}.pdf"
    chromium(src, dst)
    g.write(dst)
    return check(dst, g)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
