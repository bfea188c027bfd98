"""美唄市-style 債権管理計画 (世田谷-type plan: 会計・款・債権 tables, prose figures, 目標収納率, 債権ごとの取組).

Built directly with PyMuPDF (fitz.Story HTML), one Story per page so that every printed figure's page is known.
Layout ideas: years running down the rows with accounts across (as in 千葉市's 滞納額 table), horizontal rules only;
a 会計・款・債権名 table with 小計 rows per account and a 合計 row, cut by a page break without its header repeated;
a 目標収納率 table with one debt per column and no % signs (単位：％); 【参考】 boxes with `label：value` bullets.
Prose figures follow the style of 美唄市's published 決算 summaries (「収納率は93.3%と前年度比較で1.0ポイントの減」).
All figures are invented and internally consistent.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from j_common import OUT, PDF_DIR, fact, write_gold  # noqa: E402

STEM = "j_bibai_plan_1"
CITY = "美唄市"
TITLE = "美唄市債権管理計画（令和７年度～令和９年度）"
DATE, DATE_RAW = "2025-03-01", "令和７年３月"

# ---- 令和5年度 債権別 (円): account, 款, debt, collected, written_off, outstanding ----
ROWS = [
    ("一般会計", "市税", "市税", 2_365_118_420, 4_812_300, 91_548_700),
    ("一般会計", "分担金及び負担金", "保育所保育料", 61_240_800, 310_500, 3_912_650),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 318_774_100, 1_205_800, 28_604_250),
    ("一般会計", "使用料及び手数料", "住宅駐車場使用料", 6_812_000, 0, 415_000),
    ("一般会計", "諸収入", "生活保護費返還金", 14_006_330, 2_884_120, 246_310_870),
    ("一般会計", "諸収入", "奨学資金貸付金元利収入", 9_880_500, 0, 31_225_400),
    ("一般会計", "諸収入", "学校給食費", 88_415_600, 96_300, 28_108_010),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", 612_440_900, 12_035_700, 160_881_300),
    ("国民健康保険特別会計", "諸収入", "一般被保険者返納金", 1_130_200, 0, 2_888_530),
    ("介護保険特別会計", "保険料", "介護保険料", 498_215_600, 2_112_400, 17_310_440),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 322_517_800, 840_200, 11_745_180),
]
ACCOUNTS = ["一般会計", "国民健康保険特別会計", "介護保険特別会計", "後期高齢者医療特別会計"]
# 会計別収入未済額の推移 (千円) for 令和元～4年度; 令和5年度 is derived from ROWS
HIST = {
    "令和元年度": (512_300, 241_870, 20_115, 14_402),
    "２年度": (498_760, 228_430, 19_880, 13_950),
    "３年度": (470_215, 215_020, 18_640, 12_870),
    "４年度": (452_880, 206_440, 17_930, 12_115),
}
# 目標収納率 (％): debt -> {segment: (5年度実績, R7, R8, R9)}; 合計 5年度実績 derived from ROWS
TARGET_DEBTS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "市営住宅使用料"]
TGT = {
    "市税": {"current": (99.12, 99.15, 99.20, 99.25), "arrears": (31.40, 32.00, 32.50, 33.00),
             "total": (None, 96.30, 96.45, 96.60)},
    "国民健康保険税": {"current": (94.86, 95.00, 95.20, 95.40), "arrears": (24.11, 25.00, 25.50, 26.00),
                 "total": (None, 79.60, 80.20, 80.80)},
    "介護保険料": {"current": (99.41, 99.45, 99.50, 99.55), "arrears": (19.78, 20.00, 20.50, 21.00),
              "total": (None, 96.80, 96.90, 97.00)},
    "後期高齢者医療保険料": {"current": (99.62, 99.65, 99.70, 99.70), "arrears": (33.50, 34.00, 34.50, 35.00),
                   "total": (None, 96.60, 96.70, 96.80)},
    "市営住宅使用料": {"current": (97.85, 98.00, 98.10, 98.20), "arrears": (12.34, 13.00, 13.50, 14.00),
                "total": (None, 91.90, 92.10, 92.30)},
}


def yen(v):
    return f"{v:,}"


def k_round(v):
    return (v + 500) // 1000


def assessed(r):
    return r[3] + r[4] + r[5]


def rate2(c, a):
    return round(c / a * 100 + 1e-9, 2)


CSS = """
@font-face {font-family: m; src: url(ipaexm.ttf);}
@font-face {font-family: g; src: url(ipaexg.ttf);}
body {font-family: m; font-size: 10pt; line-height: 1.45;}
h1 {font-family: g; font-size: 17pt; text-align: center; margin: 0;}
h2 {font-family: g; font-size: 12.5pt; margin: 10pt 0 4pt 0;}
h3 {font-family: g; font-size: 11pt; margin: 8pt 0 3pt 0;}
p {margin: 2pt 0 2pt 0; text-indent: 1em;}
table {border-collapse: collapse; width: 100%; font-size: 8.6pt;}
td, th {padding: 2pt 3pt;}
.grid td, .grid th {border: 0.6pt solid black;}
.hr td, .hr th {border-top: 0.6pt solid black; border-bottom: 0.6pt solid black;}
th {font-family: g; font-weight: normal; text-align: center; background-color: #e6e6e6;}
.r {text-align: right;}
.l {text-align: left;}
.c {text-align: center;}
.unit {text-align: right; font-size: 8.5pt; margin: 0;}
.box {border: 0.8pt solid black; padding: 4pt 6pt; margin: 4pt 0 6pt 0;}
.box p {text-indent: 0; margin: 1pt 0;}
.note {font-size: 8.5pt; text-indent: 0;}
.item {text-indent: -1.5em; margin-left: 1.5em;}
.sub {background-color: #f2f2f2;}
"""

ARCH = pymupdf.Archive()
ARCH.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-mincho"))
ARCH.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))

A4 = pymupdf.paper_rect("a4")
BODY = pymupdf.Rect(56, 62, A4.width - 56, A4.height - 56)


def render(pages_html, path):
    writer = pymupdf.DocumentWriter(str(path))
    for n, html in enumerate(pages_html, 1):
        dev = writer.begin_page(A4)
        for rect, part in ((BODY, html),
                           (pymupdf.Rect(56, 28, A4.width - 56, 50),
                            '<p style="text-align:right;font-size:8pt;text-indent:0">美唄市債権管理計画</p>'),
                           (pymupdf.Rect(56, A4.height - 44, A4.width - 56, A4.height - 20),
                            f'<p style="text-align:center;font-size:9pt;text-indent:0">－ {n} －</p>')):
            story = pymupdf.Story(html=part, user_css=CSS, archive=ARCH)
            more, _ = story.place(rect)
            if more:
                raise RuntimeError(f"page {n}: content does not fit")
            story.draw(dev)
        writer.end_page()
    writer.close()


def build():
    facts, inits = [], []
    pages = []

    by_acc = {a: [r for r in ROWS if r[0] == a] for a in ACCOUNTS}
    acc_out = {a: sum(r[5] for r in by_acc[a]) for a in ACCOUNTS}
    r5 = tuple(k_round(acc_out[a]) for a in ACCOUNTS)
    hist = dict(HIST)
    hist["５年度"] = r5
    tot_r5_yen = sum(r[5] for r in ROWS)
    tot_r1 = sum(HIST["令和元年度"])

    # ---------------- page 1 ----------------
    approx_r5 = round(tot_r5_yen, -5)           # 約6億2,300万円
    approx_r1 = round(tot_r1 * 1000, -5)

    def oku(v):
        o, m = divmod(v // 10_000, 10_000)
        return f"{o}億{m:,}万円" if m else f"{o}億円"

    shizei = ROWS[0]
    shizei_rate = round(shizei[3] / assessed(shizei) * 100 + 1e-9, 1)
    p1 = f"""
<h1>{TITLE}</h1>
<p style="text-align:center;text-indent:0">令和７年３月　美唄市</p>
<div class="box"><p><b>目次</b></p>
<p>１　計画策定の趣旨 ……………… 1</p><p>２　債権の状況 ……………… 2</p>
<p>３　計画の目標 ……………… 4</p><p>４　債権ごとの取組 ……………… 5</p><p>５　全庁的な取組 ……………… 6</p></div>
<h2>１　計画策定の趣旨</h2>
<p>本市では、市税をはじめ、保険税（料）、使用料、貸付金など多種多様な債権を保有しています。これらの債権は市の財政運営を支える重要な財源であり、市民負担の公平性を確保する観点からも、適正な管理と確実な回収が求められています。</p>
<p>本市の債権全体の収入未済額は、令和５年度決算で約{oku(approx_r5)}となり、平成31年度（令和元年度）の約{oku(approx_r1)}から縮減が進んでいます。しかしながら、生活保護費返還金や貸付金などの非強制徴収債権では収入未済額が横ばいで推移しており、引き続き全庁的な取組が必要です。</p>
<p>また、市税の収納率は令和５年度に{shizei_rate}％となり、前年度比較で0.4ポイントの増となりました。</p>
<p>このため、これまでの取組の成果と課題を踏まえ、令和７年度から令和９年度までの３か年を計画期間とする本計画を策定し、収納率の向上と収入未済額の縮減に取り組みます。</p>
<h3>（１）計画期間</h3><p>令和７年度（2025年度）から令和９年度（2027年度）までの３年間</p>
<h3>（２）対象とする債権</h3><p>令和５年度決算において収入未済額が生じている債権のうち、市が直接管理する債権（公営企業会計に属する債権を除く。）</p>
"""
    pages.append(p1)
    facts.append(fact(None, 2023, "令和５年度決算", "total", "outstanding", "actual", approx_r5, "yen",
                      f"約{oku(approx_r5)}", 1, approx=True, debt_raw=None))
    facts.append(fact(None, 2019, "平成31年度（令和元年度）", "total", "outstanding", "actual", approx_r1, "yen",
                      f"約{oku(approx_r1)}", 1, approx=True, debt_raw=None))
    facts.append(fact("市税", 2023, "令和５年度", "total", "collection_rate", "actual", shizei_rate, "percent",
                      f"{shizei_rate}％", 1))

    # ---------------- page 2: 会計別推移 (years down rows) + start of 債権別 table ----------------
    head = "".join(f"<th>{a}</th>" for a in ACCOUNTS) + "<th>合計</th><th>対前年度</th>"
    rows_html = ""
    prev_total = None
    for y, vals in hist.items():
        total = sum(vals)
        diff = "－" if prev_total is None else ("△" if total < prev_total else "") + f"{abs(total - prev_total):,}"
        cells = "".join(f'<td class="r">{v:,}</td>' for v in vals)
        rows_html += f'<tr><td class="c">{y}</td>{cells}<td class="r">{total:,}</td><td class="r">{diff}</td></tr>'
        prev_total = total
        fy = 2019 if y == "令和元年度" else 2018 + int(y[0].translate(str.maketrans("０１２３４５６７８９", "0123456789")))
        for a, v in zip(ACCOUNTS, vals):
            facts.append(fact(None, fy, y, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", 2, debt_raw=a))
        facts.append(fact(None, fy, y, "total", "outstanding", "actual", total * 1000, "yen", f"{total:,}", 2,
                          debt_raw="合計"))

    def detail_rows(rows, page):
        html = ""
        for acc in ACCOUNTS:
            rs = [r for r in rows if r[0] == acc]
            if not rs:
                continue
            n = len(rs) + (1 if acc_last_page[acc] == page else 0)
            for i, r in enumerate(rs):
                a = assessed(r)
                first = f'<td rowspan="{n}" class="c">{acc}</td>' if i == 0 else ""
                html += (f'<tr>{first}<td class="l">{r[1]}</td><td class="l">{r[2]}</td><td class="r">{yen(a)}</td>'
                         f'<td class="r">{yen(r[3])}</td><td class="r">{yen(r[4])}</td><td class="r">{yen(r[5])}</td></tr>')
                for metric, v in (("assessed", a), ("collected", r[3]), ("written_off", r[4]), ("outstanding", r[5])):
                    facts.append(fact(r[2], 2023, "令和５年度", "total", metric, "actual", v, "yen", yen(v), page))
            if acc_last_page[acc] == page:
                allr = by_acc[acc]
                s = [sum(assessed(r) for r in allr), sum(r[3] for r in allr), sum(r[4] for r in allr),
                     sum(r[5] for r in allr)]
                html += ('<tr class="sub"><td colspan="2" class="c">小計</td>'
                         + "".join(f'<td class="r">{yen(v)}</td>' for v in s) + "</tr>")
                for metric, v in zip(("assessed", "collected", "written_off", "outstanding"), s):
                    facts.append(fact(None, 2023, "令和５年度", "total", metric, "actual", v, "yen", yen(v), page,
                                      debt_raw=f"{acc}　小計"))
        return html

    split = 5       # first 5 rows of ROWS on page 2, rest on page 3 (no header repeated)
    part1, part2 = ROWS[:split], ROWS[split:]
    acc_last_page = {a: (2 if all(r in part1 for r in by_acc[a]) else 3) for a in ACCOUNTS}
    det_head = ('<tr><th>会計</th><th>款</th><th>債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th>'
                '<th>収入未済額</th></tr>')
    p2 = f"""
<h2>２　債権の状況</h2>
<h3>（１）会計別収入未済額の推移</h3>
<p class="unit">（単位：千円）</p>
<table class="hr"><tr><th>年度</th>{head}</tr>{rows_html}</table>
<p class="note">※各年度の決算額。千円未満を四捨五入しているため、合計と内訳が一致しない場合がある。</p>
<p>収入未済額は５年連続で減少しています。特に国民健康保険特別会計では、滞納整理の強化と口座振替の推進により、令和元年度から約３割の縮減となりました。一方、一般会計では、生活保護費返還金の収入未済額が増加傾向にあります。</p>
<div class="box"><p>〔参考〕債権の分類</p>
<p>・強制徴収公債権：地方税の滞納処分の例により、市が自ら差押え等の強制徴収を行うことができる債権（市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料など）</p>
<p>・非強制徴収公債権：公法上の原因により発生するが、強制徴収の規定がない債権（生活保護費返還金（法第63条）など）</p>
<p>・私債権：契約など私法上の原因により発生する債権（市営住宅使用料、奨学資金貸付金、学校給食費など）。回収には裁判所の手続が必要となる。</p></div>
<p>債権の性質によって時効期間や回収の手段が異なるため、本計画では、債権の分類ごとに取組の方向性を整理しています。</p>
<h3>（２）令和５年度決算における債権別の状況</h3>
<p class="unit">（単位：円）</p>
<table class="grid">{det_head}{detail_rows(part1, 2)}</table>
"""
    pages.append(p2)
    total_row = [sum(assessed(r) for r in ROWS), sum(r[3] for r in ROWS), sum(r[4] for r in ROWS), tot_r5_yen]
    p3 = f"""
<table class="grid">{detail_rows(part2, 3)}
<tr class="sub"><td colspan="3" class="c">合　計</td>{''.join(f'<td class="r">{yen(v)}</td>' for v in total_row)}</tr></table>
<p class="note">※収入未済額＝調定額－収入済額－不納欠損額（還付未済額を除く。）</p>
<p>令和５年度の債権全体の調定額は{yen(total_row[0])}円、収入済額は{yen(total_row[1])}円で、収入未済額は{yen(total_row[3])}円となっています。強制徴収公債権（市税、国民健康保険税、介護保険料、後期高齢者医療保険料及び保育所保育料）が収入未済額の約半分を占めています。</p>
<h3>（３）これまでの主な取組と課題</h3>
<p>前計画期間（令和４年度～令和６年度）においては、市税等の滞納整理の一元化、納付方法の多様化（スマートフォン決済・コンビニ収納）、私債権の訴訟手続の活用などに取り組みました。</p>
<p>一方で、債権所管課ごとに滞納整理の進め方に差があること、徴収停止や債権放棄の判断基準の運用が十分でないことなどが課題として残っています。</p>
"""
    for metric, v in zip(("assessed", "collected", "written_off", "outstanding"), total_row):
        facts.append(fact(None, 2023, "令和５年度", "total", metric, "actual", v, "yen", yen(v), 3, debt_raw="合計"))
    for metric, v in (("assessed", total_row[0]), ("collected", total_row[1]), ("outstanding", total_row[3])):
        facts.append(fact(None, 2023, "令和５年度", "total", metric, "actual", v, "yen", f"{yen(v)}円", 3,
                          debt_raw=None))
    pages.append(p3)

    # ---------------- page 4: targets (debt per column, no % sign) ----------------
    derived_total = {}
    for dname in TARGET_DEBTS:
        r = next(x for x in ROWS if x[2] == dname)
        derived_total[dname] = rate2(r[3], assessed(r))
    body = ""
    labels = ("5年度実績", "R7目標", "R8目標", "R9目標")
    segnames = (("current", "現年分"), ("arrears", "滞繰分"), ("total", "合計"))
    for seg, segname in segnames:
        for i, lab in enumerate(labels):
            first = f'<td rowspan="4" class="c">{segname}</td>' if i == 0 else ""
            cells = ""
            for dname in TARGET_DEBTS:
                v = TGT[dname][seg][i]
                if v is None:
                    v = derived_total[dname]
                cells += f'<td class="r">{v:.2f}</td>'
                fy = (2023, 2025, 2026, 2027)[i]
                basis = "actual" if i == 0 else "target"
                facts.append(fact(dname, fy, lab, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", 4))
            body += f"<tr>{first}<td class=\"c\">{lab}</td>{cells}</tr>"
    dhead = "".join(f"<th>{d}</th>" for d in TARGET_DEBTS)
    p4 = f"""
<h2>３　計画の目標</h2>
<p>主要な５債権について、計画期間の各年度の目標収納率を次のとおり設定します。目標は、令和元年度から令和５年度までの実績の推移に、本計画の取組による改善効果を加味して設定しています。</p>
<h3>主要債権の目標収納率</h3>
<p class="unit">（単位：％）</p>
<table class="grid"><tr><th colspan="2">区分</th>{dhead}</tr>{body}</table>
<p class="note">※5年度実績は令和５年度決算の数値。収納率＝収入済額÷調定額（小数点第3位を四捨五入）。</p>
<p class="note">※市営住宅使用料の滞繰分には、退去者の滞納家賃を含む。</p>
<p>目標の達成状況は、毎年度、美唄市債権管理推進会議において検証し、その結果を公表します。</p>
"""
    pages.append(p4)

    # ---------------- pages 5-6: 債権ごとの取組 ----------------
    def ref_box(dname, cur, arr):
        r = next(x for x in ROWS if x[2] == dname)
        lines = [f"・調定額：{yen(assessed(r))}円", f"・収入未済額：{yen(r[5])}円",
                 f"・収納率（現年分）：{cur:.2f}％", f"・収納率（滞繰分）：{arr:.2f}％"]
        return r, '<div class="box"><p>【参考】令和５年度決算</p>' + "".join(f"<p>{x}</p>" for x in lines) + "</div>"

    PER_DEBT = [
        ("市税", "税務課", [
            ("①", "現年度分の滞納者に対し、納期限後30日以内に文書催告を行い、早期の納付を促します。", "継続"),
            ("②", "財産調査を徹底し、換価しやすい預貯金・給与等の差押えを優先して実施します。", "継続"),
            ("③", "地方税統一QRコードを活用したスマートフォン決済の利用を周知します。", "拡充"),
        ]),
        ("国民健康保険税", "市民課・税務課", [
            ("①", "国民健康保険の資格取得時に口座振替の申込みを勧奨します。", "継続"),
            ("②", "滞納世帯の所得・資産状況を把握し、担税力がある世帯には滞納処分を行います。", "継続"),
            ("③", "生活困窮が原因の滞納者を福祉部門の相談窓口につなぎます。", "新規"),
        ]),
        ("市営住宅使用料", "都市整備課", [
            ("①", "滞納が3か月に達した入居者と連帯保証人に納付指導を行います。", "継続"),
            ("②", "悪質な長期滞納者に対しては、住宅明渡請求及び滞納家賃の支払請求訴訟を提起します。", "継続"),
            ("③", "退去者の滞納家賃について、所在調査の上で回収困難なものは徴収停止を検討します。", "新規"),
        ]),
        ("学校給食費", "教育委員会学校教育課", [
            ("①", "児童手当からの徴収（申出徴収）を保護者に案内します。", "継続"),
            ("②", "卒業生の未納分については、卒業前に納付計画を作成します。", "拡充"),
        ]),
    ]
    page_of = {"市税": 5, "国民健康保険税": 5, "市営住宅使用料": 6, "学校給食費": 6}
    html_by_page = {5: '<h2>４　債権ごとの取組</h2>', 6: ""}
    for n, (dname, ka, items) in enumerate(PER_DEBT, 1):
        pg = page_of[dname]
        if dname in TGT:
            cur, arr = TGT[dname]["current"][0], TGT[dname]["arrears"][0]
        else:
            cur, arr = 98.71, 9.86
        r, box = ref_box(dname, cur, arr)
        facts.append(fact(dname, 2023, "令和５年度決算", "total", "assessed", "actual", assessed(r), "yen",
                          f"{yen(assessed(r))}円", pg))
        facts.append(fact(dname, 2023, "令和５年度決算", "total", "outstanding", "actual", r[5], "yen",
                          f"{yen(r[5])}円", pg))
        facts.append(fact(dname, 2023, "令和５年度決算", "current", "collection_rate", "actual", cur, "percent",
                          f"{cur:.2f}％", pg))
        facts.append(fact(dname, 2023, "令和５年度決算", "arrears", "collection_rate", "actual", arr, "percent",
                          f"{arr:.2f}％", pg))
        lines = ""
        for lab, text, st in items:
            lines += f'<p class="item">{lab}　{text}【{st}】</p>'
            inits.append({"debt": dname, "fiscal_year": None, "section": f"債権ごとの取組（{dname}）", "label": lab,
                          "text": text, "status": st, "page": pg})
        html_by_page[pg] += (f"<h3>（{n}）債権ごとの取組（{dname}）</h3><p style=\"text-indent:0\">所管課：{ka}</p>{box}"
                             f"<p style=\"text-indent:0\">＜今後の取組＞</p>"
                             f'<div class="box">{lines}</div>')
    general = [
        ("（１）", "債権管理体制の強化", [
            ("ア", "債権管理推進会議において、各債権の目標と実績を年２回点検します。", None),
            ("イ", "債権管理マニュアルを改訂し、徴収停止・債権放棄の判断基準を明確にします。", None),
        ]),
        ("（２）", "職員の専門性の向上", [
            ("ア", "新任担当者向けの債権管理研修を毎年度実施します。", None),
            ("イ", "滞納処分や訴訟手続の事例を庁内で共有します。", None),
        ]),
    ]
    g_html = "<h2>５　全庁的な取組</h2>"
    for num, sec, items in general:
        g_html += f"<h3>{num}{sec}</h3>"
        for lab, text, st in items:
            g_html += f'<p class="item">{lab}　{text}</p>'
            inits.append({"debt": None, "fiscal_year": None, "section": sec, "label": f"{num}{lab}", "text": text,
                          "status": st, "page": 6})
    html_by_page[6] += g_html
    pages.append(html_by_page[5])
    pages.append(html_by_page[6])

    raw_pdf = OUT / f"{STEM}.raw.pdf"
    OUT.mkdir(parents=True, exist_ok=True)
    render(pages, raw_pdf)
    doc = pymupdf.open(raw_pdf)
    doc.set_metadata({"title": TITLE, "author": "美唄市", "creator": "Microsoft Word"})
    doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    doc.save(pdf, garbage=4, deflate=True)
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": DATE, "date_raw": DATE_RAW}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
