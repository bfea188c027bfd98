"""下関市-style 債権管理計画 (世田谷区 family: 会計・款・債権 tables, 収入未済額 by account, prose figures).

PyMuPDF Story (HTML) + direct vector drawing (charts) + one landscape page placed on a portrait page with /Rotate 90.
Modelled on city plans such as 第2次廿日市市債権管理計画 (https://www.city.hatsukaichi.hiroshima.jp/soshiki/8/92922.html),
第2期宇部市債権管理計画 (http://www.city.ube.yamaguchi.jp/houdou/shuno/h30/karikeikaku.html) and the 京都市
経済総務委員会資料 「債権管理の取組状況」 (expydoc.com/doc/11524024).  Figures are invented.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s_common import (PDF_DIR, Facts, check, comma, oku_man, page_texts, pct, rate, resolve_pages,  # noqa: E402
                      write_gold, zen)

STEM = "s_shimonoseki_keikaku_1"
CITY = "下関市"
TITLE = "下関市債権管理計画（令和８年度～令和１０年度）"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

# ---------------------------------------------------------------- data
# 会計 -> list of (款, 債権名, A, C, W) in 円, 令和6年度決算
UCHI = [
    ("一般会計", [
        ("市税", "市税", 41_528_364_210, 40_631_845_920, 84_215_630),
        ("分担金及び負担金", "保育所保育料", 2_184_650_400, 2_151_238_700, 3_884_200),
        ("使用料及び手数料", "市営住宅使用料", 1_862_447_300, 1_748_921_560, 6_102_840),
        ("諸収入", "生活保護費返還金", 402_318_655, 96_412_870, 11_230_000),
        ("－", "その他", 1_214_880_120, 1_181_345_060, 2_031_300),
    ]),
    ("国民健康保険事業特別会計", [("国民健康保険料", "国民健康保険料", 9_856_214_030, 7_912_604_880, 105_833_210)]),
    ("介護保険事業特別会計", [("保険料", "介護保険料", 7_412_835_600, 7_295_312_480, 15_402_300)]),
    ("後期高齢者医療事業特別会計", [("後期高齢者医療保険料", "後期高齢者医療保険料", 3_215_602_400, 3_197_085_300, 2_601_900)]),
    ("母子父子寡婦福祉資金貸付事業特別会計", [("諸収入", "母子父子寡婦福祉資金貸付金償還金", 245_810_330, 38_227_140, 1_805_400)]),
    ("水道事業会計", [("営業収益", "水道料金", 7_845_620_100, 7_612_044_380, 4_188_250)]),
    ("下水道事業会計", [("営業収益", "下水道使用料", 6_624_731_800, 6_482_211_330, 3_960_560)]),
]
ACCOUNTS = [a for a, _ in UCHI]
OUT_R6 = {a: round(sum(x[2] - x[3] - x[4] for x in rows) / 1e5) for a, rows in UCHI}  # in 0.1 百万円
TAX_OUT_R6 = round((41_528_364_210 - 40_631_845_920 - 84_215_630) / 1e5)
# prior years R2..R5 in 0.1 百万円 units
HIST = {
    "一般会計": [16_512, 15_804, 14_936, 13_902],
    "うち市税": [10_988, 10_215, 9_402, 8_731],
    "国民健康保険事業特別会計": [23_415, 21_960, 20_528, 19_344],
    "介護保険事業特別会計": [1_284, 1_215, 1_146, 1_088],
    "後期高齢者医療事業特別会計": [221, 204, 188, 171],
    "母子父子寡婦福祉資金貸付事業特別会計": [2_486, 2_341, 2_215, 2_122],
    "水道事業会計": [2_755, 2_604, 2_487, 2_376],
    "下水道事業会計": [1_702, 1_611, 1_520, 1_458],
}
YEARS = [2020, 2021, 2022, 2023, 2024]
YEAR_HEAD = ["令和2年度", "3年度", "4年度", "5年度", "6年度"]


def series(acc):
    if acc == "うち市税":
        return HIST[acc] + [TAX_OUT_R6]
    return HIST[acc] + [OUT_R6[acc]]


TOTALS = [sum(series(a)[i] for a in ACCOUNTS) for i in range(5)]  # 0.1 百万円
TAX_RATES = [96.21, 96.85, 97.12, 97.48]  # R2..R5 市税 合計収納率
TAX_RATE_R6 = rate(40_631_845_920, 41_528_364_210)
TAX_RATES.append(TAX_RATE_R6)

TOTAL_A = sum(x[2] for _, rows in UCHI for x in rows)
TOTAL_C = sum(x[3] for _, rows in UCHI for x in rows)
TOTAL_W = sum(x[4] for _, rows in UCHI for x in rows)
TOTAL_O = TOTAL_A - TOTAL_C - TOTAL_W

# targets table: debt -> seg -> (R5目標, R5実績, R6目標, R6実績, R8, R9, R10)
TARGETS = {
    "市税": {"現年分": (99.30, 99.34, 99.35, 99.38, 99.40, 99.42, 99.45),
             "滞繰分": (30.00, 29.12, 31.00, 31.86, 32.00, 33.00, 34.00),
             "計": (97.40, 97.48, 97.70, TAX_RATE_R6, 97.90, 98.00, 98.10)},
    "国民健康保険料": {"現年分": (93.80, 93.52, 94.00, 93.95, 94.20, 94.40, 94.60),
                 "滞繰分": (22.00, 21.46, 22.50, 22.81, 23.00, 23.50, 24.00),
                 "計": (80.50, 79.88, 80.80, rate(7_912_604_880, 9_856_214_030), 81.00, 81.40, 81.80)},
    "介護保険料": {"現年分": (99.20, 99.18, 99.25, 99.27, 99.30, 99.32, 99.35),
              "滞繰分": (20.00, 19.42, 20.50, 21.05, 21.50, 22.00, 22.50),
              "計": (98.30, 98.29, 98.35, rate(7_295_312_480, 7_412_835_600), 98.45, 98.50, 98.55)},
    "市営住宅使用料": {"現年分": (98.80, 98.71, 98.90, 98.62, 99.00, 99.05, 99.10),
                "滞繰分": (16.00, 15.23, 16.50, 15.96, 17.00, 17.50, 18.00),
                "計": (94.30, 94.18, 94.40, rate(1_748_921_560, 1_862_447_300), 94.50, 94.60, 94.70)},
}
SEGMAP = {"現年分": "current", "滞繰分": "arrears", "計": "total"}

INIT_TAX = [
    ("１－１", "納期内納付の推進", "口座振替やスマートフォン決済の利用を促進し、新規滞納の発生を防ぐ。", "通年", "継続"),
    ("１－２", "初期滞納への対応", "督促状の発付後、ＳＭＳ催告と電話催告を組み合わせ、早期の自主納付を促す。", "４月～３月", "拡充"),
    ("２－１", "滞納処分の強化", "財産調査を徹底し、預貯金・給与等の差押えを早期に実施する。", "通年", "継続"),
    ("２－２", "執行停止の適正化", "生活困窮等により徴収の見込みがない案件は、滞納処分の執行停止を適正に行う。", "随時", "新規"),
]
INIT_KOKUHO = [
    ("(ｱ)", "資格確認書の交付時に未納世帯と納付相談を行い、分納誓約の履行を管理する。", "継続"),
    ("(ｲ)", "差押可能な財産が判明した世帯には、差押予告を経て速やかに滞納処分を行う。", "継続"),
    ("(ｳ)", "納付書に地方税統一ＱＲコードを印字し、納付方法を拡大する。", "新規"),
]
INIT_JUTAKU = [
    ("①", "滞納３か月の時点で連帯保証人に通知し、入居者・保証人との面談を行う。", "継続", True),
    ("②", "滞納６か月以上の入居者には、明渡請求及び訴えの提起を行う。", "継続", False),
    ("③", "退去者の滞納分について、弁護士への回収委託を開始する。", "新規", False),
]

CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
body {font-family: M; font-size: 10pt; line-height: 1.5;}
h1 {font-family: G; font-size: 18pt; text-align: center; margin-top: 120pt;}
h2 {font-family: G; font-size: 12.5pt; margin-top: 10pt; margin-bottom: 4pt;}
h3 {font-family: G; font-size: 11pt; margin-top: 8pt; margin-bottom: 3pt;}
p {margin-top: 2pt; margin-bottom: 2pt; text-indent: 10pt;}
table {border-collapse: collapse; width: 100%; font-size: 8.5pt;}
td, th {border: 0.6pt solid black; font-size: inherit; padding: 1.5pt 3pt;}
th {font-family: G; background-color: #e6e6e6; text-align: center;}
td.n {text-align: right;}
td.c {text-align: center;}
.unit {text-align: right; font-size: 8.5pt; text-indent: 0;}
.note {font-size: 8pt; text-indent: 0;}
.box {border: 0.8pt solid black; padding: 5pt;}
"""


def m1(v01):
    """0.1百万円 units -> '1,234.5'"""
    return f"{v01 // 10:,}.{v01 % 10}"


def render(html, width, height, margin=(56, 60, 56, 56)):
    """HTML -> list of pages in a temporary document."""
    arch = fitz.Archive()
    arch.add(FONT_M.rsplit("/", 1)[0])
    arch.add(FONT_G.rsplit("/", 1)[0])
    story = fitz.Story(html=html, user_css=CSS, archive=arch)
    buf = io.BytesIO()
    w = fitz.DocumentWriter(buf)
    mediabox = fitz.Rect(0, 0, width, height)
    where = fitz.Rect(margin[3], margin[0], width - margin[1], height - margin[2])
    more = True
    while more:
        dev = w.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
    w.close()
    return fitz.open("pdf", buf.getvalue())


def build():
    facts = Facts()
    F = facts.add
    inits = []

    def fact(**kw):
        ctx = kw.pop("ctx", None)
        after = kw.pop("after", None)
        F(page=None, **kw)
        if ctx:
            facts.items[-1]["_ctx"] = ctx
        if after:
            facts.items[-1]["_after"] = after

    # ------------------------------------------------------------ part 1 (cover + 趣旨 + 会計 table)
    out_man = round(TOTAL_O / 1e6) * 1_000_000  # rounded to 100万円
    wo_man = TOTAL_W // 10_000 * 10_000  # printed with 余
    tax_pt = round(TAX_RATE_R6 - TAX_RATES[3], 2)
    p1 = f"""
<h1>{TITLE.replace('（', '<br>（')}</h1>
<p style="text-align:center;text-indent:0;margin-top:200pt;font-family:G;font-size:12pt">令和８年３月</p>
<p style="text-align:center;text-indent:0;font-family:G;font-size:12pt">下 関 市</p>
<p style="page-break-after:always"></p>
<h2>１　計画策定の趣旨</h2>
<p>本市では、平成２７年に債権管理条例を制定し、全庁的な債権管理の適正化に取り組んできた。令和３年３月には前計画（令和３年度～令和６年度）を策定し、主要債権ごとに目標収納率を定めて収納対策を進めてきた結果、収入未済額は着実に減少している。</p>
<p>令和６年度決算における本市の収入未済額は、全会計で約{oku_man(out_man)}となり、ピーク時の平成２２年度（約８６億円）から大きく縮減した。また、同年度の不納欠損額は{oku_man(wo_man)}余であった。</p>
<p>市税の収納率は、令和６年度に{pct(TAX_RATE_R6)}％となり、前年度（{pct(TAX_RATES[3])}％）から+{pct(tax_pt)}ポイント上昇した。一方で、国民健康保険料の滞納繰越分など、依然として収納率の低い債権も残されている。</p>
<p>こうした状況を踏まえ、前計画の成果と課題を検証し、新たに本計画を策定するものである。</p>
<h2>２　計画期間</h2>
<p>計画期間：令和８年度～令和１０年度（３か年）</p>
<p>なお、社会経済情勢の変化や関係法令の改正等に応じ、必要な見直しを行う。</p>
<h2>３　債権の現状</h2>
<h3>（１）会計別の収入未済額の推移</h3>
<p class="unit">（単位：百万円）</p>
<table><tr><th>会計</th>{''.join(f'<th>{h}</th>' for h in YEAR_HEAD)}<th>対前年度</th></tr>
"""
    rows_html = ""
    order = ["一般会計", "うち市税"] + ACCOUNTS[1:]
    for acc in order:
        s = series(acc)
        d = s[4] - s[3]
        dtxt = ("△" if d < 0 else "") + m1(abs(d))
        label = "　うち市税" if acc == "うち市税" else acc
        rows_html += f"<tr><td>{label}</td>" + "".join(f'<td class="n">{m1(v)}</td>' for v in s) + f'<td class="n">{dtxt}</td></tr>'
        for fy, fyr, v in zip(YEARS, YEAR_HEAD, s):
            fact(debt="市税" if acc == "うち市税" else None, debt_raw="市税" if acc == "うち市税" else acc,
                 fy=fy, fy_raw=fyr, seg="total", metric="outstanding", basis="actual", value=v * 100_000,
                 unit="yen", raw=m1(v), after="会計別の収入未済額の推移", ctx=label.strip() + "".join(m1(x) for x in s))
    d = TOTALS[4] - TOTALS[3]
    rows_html += "<tr><td><b>合計</b></td>" + "".join(f'<td class="n"><b>{m1(v)}</b></td>' for v in TOTALS) + \
                 f'<td class="n"><b>{("△" if d < 0 else "") + m1(abs(d))}</b></td></tr>'
    for fy, fyr, v in zip(YEARS, YEAR_HEAD, TOTALS):
        fact(debt=None, debt_raw="合計", fy=fy, fy_raw=fyr, seg="total", metric="outstanding", basis="actual",
             value=v * 100_000, unit="yen", raw=m1(v), after="会計別の収入未済額の推移",
             ctx="合計" + "".join(m1(x) for x in TOTALS))
    p1 += rows_html + "</table><p class='note'>※各年度の決算額。対前年度は令和６年度と令和５年度の差（△は減）。うち市税は一般会計の内数。</p>"

    # prose facts
    fact(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度決算", seg="total", metric="outstanding", basis="actual",
         value=out_man, unit="yen", approx=True, raw="約" + oku_man(out_man))
    fact(debt=None, debt_raw=None, fy=2010, fy_raw="平成２２年度", seg="total", metric="outstanding", basis="actual",
         value=8_600_000_000, unit="yen", approx=True, raw="約８６億円")
    fact(debt=None, debt_raw=None, fy=2024, fy_raw="同年度", seg="total", metric="written_off", basis="actual",
         value=wo_man, unit="yen", approx=True, raw=oku_man(wo_man) + "余", ctx="不納欠損額は" + oku_man(wo_man) + "余")
    fact(debt="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate", basis="actual",
         value=TAX_RATE_R6, unit="percent", raw=pct(TAX_RATE_R6) + "％", ctx="令和６年度に" + pct(TAX_RATE_R6) + "％")
    fact(debt="市税", fy=2023, fy_raw="前年度", seg="total", metric="collection_rate", basis="actual",
         value=TAX_RATES[3], unit="percent", raw=pct(TAX_RATES[3]) + "％", ctx="前年度（" + pct(TAX_RATES[3]) + "％）")

    # ------------------------------------------------------------ part 2 (charts page) drawn directly
    # ------------------------------------------------------------ part 3 (内訳 table, spans a page break)
    p3 = """<h3>（３）債権別の収入未済額の内訳（令和６年度決算）</h3>
<p class="unit">（単位：円、％）</p>
<table style="font-size:7.5pt"><tr><th width="17%">会計</th><th width="10%">款</th><th width="15%">債権名</th><th width="13%">調定額</th><th width="13%">収入済額</th><th width="10%">不納欠損額</th><th width="12%">収入未済額</th><th width="7%">収納率</th></tr>
"""
    A3 = "債権別の収入未済額の内訳"
    for acc, rows in UCHI:
        for i, (kan, name, a, c, w) in enumerate(rows):
            o = a - c - w
            r = rate(c, a)
            acc_cell = f'<td rowspan="{len(rows) + (1 if len(rows) > 1 else 0)}">{acc}</td>' if i == 0 else ""
            p3 += f"<tr>{acc_cell}<td>{kan}</td><td>{name}</td>" + "".join(
                f'<td class="n">{comma(v)}</td>' for v in (a, c, w, o)) + f'<td class="n">{pct(r)}</td></tr>'
            debt = None if name == "その他" else name
            for met, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
                fact(debt=debt, debt_raw=name, fy=2024, fy_raw="令和６年度決算", seg="total", metric=met, basis="actual",
                     value=v, unit="yen", raw=comma(v), after=A3)
            fact(debt=debt, debt_raw=name, fy=2024, fy_raw="令和６年度決算", seg="total", metric="collection_rate",
                 basis="actual", value=r, unit="percent", raw=pct(r), after=A3,
                 ctx=comma(o) + pct(r))
        if len(rows) > 1:
            sa, sc, sw = (sum(x[k] for x in rows) for k in (2, 3, 4))
            so = sa - sc - sw
            p3 += '<tr><td colspan="2" class="c"><b>小計</b></td>' + "".join(
                f'<td class="n"><b>{comma(v)}</b></td>' for v in (sa, sc, sw, so)) + f'<td class="n"><b>{pct(rate(sc, sa))}</b></td></tr>'
            for met, v in (("assessed", sa), ("collected", sc), ("written_off", sw), ("outstanding", so)):
                fact(debt=None, debt_raw=acc, fy=2024, fy_raw="令和６年度決算", seg="total", metric=met, basis="actual",
                     value=v, unit="yen", raw=comma(v), after=A3)
            fact(debt=None, debt_raw=acc, fy=2024, fy_raw="令和６年度決算", seg="total", metric="collection_rate",
                 basis="actual", value=rate(sc, sa), unit="percent", raw=pct(rate(sc, sa)), after=A3,
                 ctx=comma(so) + pct(rate(sc, sa)))
    p3 += '<tr><td colspan="3" class="c"><b>合計</b></td>' + "".join(
        f'<td class="n"><b>{comma(v)}</b></td>' for v in (TOTAL_A, TOTAL_C, TOTAL_W, TOTAL_O)) + \
        f'<td class="n"><b>{pct(rate(TOTAL_C, TOTAL_A))}</b></td></tr></table>'
    for met, v in (("assessed", TOTAL_A), ("collected", TOTAL_C), ("written_off", TOTAL_W), ("outstanding", TOTAL_O)):
        fact(debt=None, debt_raw="合計", fy=2024, fy_raw="令和６年度決算", seg="total", metric=met, basis="actual",
             value=v, unit="yen", raw=comma(v), after=A3)
    fact(debt=None, debt_raw="合計", fy=2024, fy_raw="令和６年度決算", seg="total", metric="collection_rate",
         basis="actual", value=rate(TOTAL_C, TOTAL_A), unit="percent", raw=pct(rate(TOTAL_C, TOTAL_A)), after=A3,
         ctx=comma(TOTAL_O) + pct(rate(TOTAL_C, TOTAL_A)))
    p3 += "<p class='note'>※収入未済額＝調定額－収入済額－不納欠損額。水道事業会計及び下水道事業会計は税込額。</p>"

    # ------------------------------------------------------------ part 4 (landscape targets page)
    A4 = "主要債権の収納率の目標"
    p4 = f"""<h2>４　{A4}</h2>
<p style="text-indent:0">前計画期間の達成状況を踏まえ、本計画期間における主要債権の目標収納率を次のとおり定める。</p>
<p class="unit">（単位：％）</p>
<table>
<tr><th rowspan="3">債権名</th><th rowspan="3">区分</th><th colspan="6">前計画期間</th><th colspan="3">計画期間：令和８年度～令和１０年度</th></tr>
<tr><th colspan="3">令和５年度</th><th colspan="3">令和６年度</th><th>令和８年度</th><th>令和９年度</th><th>令和10年度</th></tr>
<tr><th>目標</th><th>実績</th><th>達成</th><th>目標</th><th>実績</th><th>達成</th><th>目標値</th><th>目標値</th><th>目標値</th></tr>
"""
    for debt, segs in TARGETS.items():
        for i, (seg, vals) in enumerate(segs.items()):
            t5, a5, t6, a6, r8, r9, r10 = vals
            first = f'<td rowspan="3">{debt}</td>' if i == 0 else ""
            ok5 = "○" if a5 >= t5 else "×"
            ok6 = "○" if a6 >= t6 else "×"
            p4 += f"<tr>{first}<td class='c'>{seg}</td>" + "".join(
                f"<td class='n'>{x}</td>" for x in (pct(t5), pct(a5), ok5, pct(t6), pct(a6), ok6, pct(r8), pct(r9), pct(r10))) + "</tr>"
            ctx = seg + "".join((pct(t5), pct(a5), ok5, pct(t6), pct(a6)))
            for v, fy, fyr, b in ((t5, 2023, "令和５年度", "target"), (a5, 2023, "令和５年度", "actual"),
                                  (t6, 2024, "令和６年度", "target"), (a6, 2024, "令和６年度", "actual"),
                                  (r8, 2026, "令和８年度", "target"), (r9, 2027, "令和９年度", "target"),
                                  (r10, 2028, "令和10年度", "target")):
                fact(debt=debt, fy=fy, fy_raw=fyr, seg=SEGMAP[seg], metric="collection_rate", basis=b, value=v,
                     unit="percent", raw=pct(v), after=A4, ctx=ctx if fy < 2026 else pct(r8) + pct(r9) + pct(r10))
    p4 += "</table><p class='note'>※達成欄は、実績が目標以上のものを○、目標未満のものを×とした。令和７年度は前計画の検証期間とし、目標を設定していない。</p>"

    # ------------------------------------------------------------ part 5 (取組)
    p5 = "<h2>５　債権ごとの取組</h2><h3>（１）債権ごとの取組（市税）</h3>"
    p5 += "<table><tr><th width='26%'>取組項目</th><th width='52%'>内容</th><th width='12%'>実施時期</th><th width='10%'>区分</th></tr>"
    for lab, item, text, when, kb in INIT_TAX:
        p5 += f"<tr><td>{lab}　{item}</td><td>{text}</td><td class='c'>{when}</td><td class='c'>{kb}</td></tr>"
        inits.append({"debt": "市税", "debt_raw": "市税", "fiscal_year": 2026, "section": "債権ごとの取組（市税）",
                      "label": lab, "text": text, "status": kb, "page": None, "_after": "債権ごとの取組（市税）"})
    p5 += "</table>"
    p5 += "<h3>（２）債権ごとの取組（国民健康保険料）</h3><div class='box'>"
    for lab, text, st in INIT_KOKUHO:
        p5 += f"<p style='text-indent:0'>{lab}　{text}【{st}】</p>"
        inits.append({"debt": "国民健康保険料", "debt_raw": "国民健康保険料", "fiscal_year": 2026,
                      "section": "債権ごとの取組（国民健康保険料）", "label": lab, "text": text, "status": st, "page": None,
                      "_after": "債権ごとの取組（国民健康保険料）"})
    p5 += "</div>"
    p5 += "<h3>（３）債権ごとの取組（市営住宅使用料）</h3><p style='text-indent:0;font-family:G'>取組内容</p>"
    for lab, text, st, wrap in INIT_JUTAKU:
        tag = f"<br>【{st}】" if wrap else f"【{st}】"
        p5 += f"<p style='text-indent:0;margin-left:10pt'>{lab}　{text}{tag}</p>"
        inits.append({"debt": "市営住宅使用料", "debt_raw": "市営住宅使用料", "fiscal_year": 2026,
                      "section": "債権ごとの取組（市営住宅使用料）", "label": lab, "text": text, "status": st, "page": None,
                      "_after": "債権ごとの取組（市営住宅使用料）"})
    p5 += "<p class='note' style='margin-top:12pt'>※各取組の進捗は、毎年度、債権管理推進会議において確認し、結果を公表する。</p>"

    # ------------------------------------------------------------ assemble
    W, H = 595, 842
    d1 = render("<body>" + p1 + "</body>", W, H)
    d3 = render("<body>" + p3 + "</body>", W, H)
    d4 = render("<body>" + p4 + "</body>", 842, 595, margin=(40, 40, 40, 40))
    d5 = render("<body>" + p5 + "</body>", W, H)
    doc = fitz.open()
    doc.insert_pdf(d1)
    # chart page
    cp = doc.new_page(width=W, height=H)
    cp.insert_font(fontname="G", fontfile=FONT_G)
    cp.insert_font(fontname="M", fontfile=FONT_M)
    cp.insert_text((56, 80), "（２）収入未済額及び市税収納率の推移", fontname="G", fontsize=11)
    # bar chart
    x0, y0, cw, ch = 90, 130, 420, 230
    cp.insert_text((x0, y0 - 12), "収入未済額（全会計）の推移　単位：億円", fontname="G", fontsize=9.5)
    cp.draw_rect(fitz.Rect(x0 - 30, y0 - 30, x0 + cw + 20, y0 + ch + 40), color=(0.4, 0.4, 0.4), width=0.5)
    base = y0 + ch
    cp.draw_line((x0, base), (x0 + cw, base), color=(0, 0, 0), width=0.7)
    maxv = 70.0
    bw = cw / 5 * 0.5
    labels = []
    for i, v01 in enumerate(TOTALS):
        oku = round(v01 / 1000, 1)  # 0.1百万円 -> 億円
        labels.append(oku)
        cx = x0 + cw / 5 * (i + 0.5)
        hgt = ch * oku / maxv
        cp.draw_rect(fitz.Rect(cx - bw / 2, base - hgt, cx + bw / 2, base), color=None, fill=(0.35, 0.5, 0.75))
        lab = f"{oku:.1f}"
        cp.insert_text((cx - len(lab) * 2.6, base - hgt - 4), lab, fontname="M", fontsize=9)
        cp.insert_text((cx - 6, base + 14), f"R{YEARS[i] - 2018}", fontname="M", fontsize=9)
        fact(debt=None, debt_raw="全会計", fy=YEARS[i], fy_raw=f"R{YEARS[i] - 2018}", seg="total", metric="outstanding",
             basis="actual", value=int(round(oku * 1e8)), unit="yen", raw=lab, after="収入未済額（全会計）の推移")
    # line chart
    y1 = 470
    cp.insert_text((x0, y1 - 12), "市税収納率（現年分＋滞納繰越分）の推移（％）", fontname="G", fontsize=9.5)
    cp.draw_rect(fitz.Rect(x0 - 30, y1 - 30, x0 + cw + 20, y1 + ch + 40), color=(0.4, 0.4, 0.4), width=0.5)
    lb = y1 + ch
    cp.draw_line((x0, lb), (x0 + cw, lb), color=(0, 0, 0), width=0.7)
    lo, hi = 95.5, 98.5
    pts = []
    for i, v in enumerate(TAX_RATES):
        cx = x0 + cw / 5 * (i + 0.5)
        cy = lb - ch * (v - lo) / (hi - lo)
        pts.append(fitz.Point(cx, cy))
        cp.insert_text((cx - 6, lb + 14), f"R{YEARS[i] - 2018}", fontname="M", fontsize=9)
    cp.draw_polyline(pts, color=(0.8, 0.2, 0.2), width=1.2)
    for i, (pt, v) in enumerate(zip(pts, TAX_RATES)):
        cp.draw_circle(pt, 2.5, color=(0.8, 0.2, 0.2), fill=(0.8, 0.2, 0.2))
        cp.insert_text((pt.x - 12, pt.y - 7), pct(v), fontname="M", fontsize=9)
        fact(debt="市税", fy=YEARS[i], fy_raw=f"R{YEARS[i] - 2018}", seg="total", metric="collection_rate",
             basis="actual", value=v, unit="percent", raw=pct(v), after="市税収納率（現年分＋滞納繰越分）の推移")
    cp.insert_text((56, y1 + ch + 70), "※収入未済額は各年度決算（億円未満は四捨五入）。", fontname="M", fontsize=8)
    doc.insert_pdf(d3)
    # landscape page via /Rotate 90
    rp = doc.new_page(width=W, height=H)
    rp.set_rotation(90)
    rp.show_pdf_page((rp.rect * rp.derotation_matrix).normalize(), d4, 0, rotate=90)
    doc.insert_pdf(d5)
    # running header / footer
    n = len(doc)
    for i, pg in enumerate(doc):
        if i == 0:
            continue
        pg.insert_font(fontname="M", fontfile=FONT_M)
        r = pg.rect
        if pg.rotation == 90:
            # write in the rotated (visual) frame
            m = pg.derotation_matrix
            hp = fitz.Point(r.width - 260, 24) * m
            fp = fitz.Point(r.width / 2 - 12, r.height - 18) * m
            pg.insert_text(hp, "下関市債権管理計画", fontname="M", fontsize=8, rotate=90)
            pg.insert_text(fp, f"- {i} -", fontname="M", fontsize=9, rotate=90)
        else:
            pg.insert_text((r.width - 150, 30), "下関市債権管理計画", fontname="M", fontsize=8)
            pg.insert_text((r.width / 2 - 12, r.height - 24), f"- {i} -", fontname="M", fontsize=9)
    doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    texts = page_texts(pdf)
    errs = resolve_pages(facts.items, texts)
    sq = ["".join(t.split()) for t in texts]
    for it in inits:
        a = "".join(it.pop("_after").split())
        start = next(i for i, t in enumerate(sq) if a in t)
        key = "".join(it["text"].split())
        it["page"] = next((i + 1 for i, t in enumerate(sq) if i >= start and key in t), None)
        if it["page"] is None:
            errs.append("init not found " + it["text"][:20])
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2026-03-01", "date_raw": "令和８年３月"}
    write_gold(STEM, document, facts.items, inits)
    return errs


if __name__ == "__main__":
    errs = build()
    n, nf, ni, e2 = check(STEM)
    print(STEM, "pages", n, "facts", nf, "initiatives", ni)
    for e in errs + e2:
        print("ERR", e)
