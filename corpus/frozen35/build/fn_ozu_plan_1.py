"""第３次大洲市債権管理計画 (plan) — HTML/CSS → chromium --print-to-pdf.

Run from corpus/frozen35:  python3 build/fn_ozu_plan_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fn_common import PDF_DIR, Gold, comma, fr, html_to_pdf, rate  # noqa: E402
from fn_series import add, series  # noqa: E402

STEM = "fn_ozu_plan_1"
CITY = "大洲市"
YEARS = [2021, 2022, 2023, 2024]

DEBTS = [  # key, printed name, 会計
    ("市税", "市税", "一般"),
    ("保育料", "保育料", "一般"),
    ("市営住宅使用料", "市営住宅使用料", "一般"),
    ("国民健康保険税", "国民健康保険税", "特別"),
    ("介護保険料", "介護保険料", "特別"),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "特別"),
]
S = {
    "市税": series(YEARS, [5012300, 5038450, 5061220, 5047880], [98.61, 98.72, 98.84, 98.96],
                  410520, [21.5, 23.0, 24.6, 26.1], [22410, 20150, 18320, 16540]),
    "国民健康保険税": series(YEARS, [1248600, 1221340, 1190880, 1162450], [93.85, 94.12, 94.40, 94.71],
                      352400, [17.2, 18.0, 19.1, 20.4], [9850, 9420, 8910, 8120]),
    "介護保険料": series(YEARS, [985420, 998760, 1006540, 1015300], [98.75, 98.82, 98.90, 98.97],
                    36880, [16.8, 17.5, 18.3, 19.2], [2150, 2040, 1980, 1870]),
    "後期高齢者医療保険料": series(YEARS, [452300, 461880, 478520, 496340], [99.62, 99.66, 99.69, 99.72],
                         4120, [40.5, 42.0, 43.8, 45.1], [180, 160, 150, 140]),
    "保育料": series(YEARS, [68450, 64220, 61880, 58730], [98.20, 98.35, 98.48, 98.60],
                  21340, [14.2, 15.0, 16.1, 17.3], [1850, 1620, 1480, 1350]),
    "市営住宅使用料": series(YEARS, [142560, 140880, 139120, 137650], [97.05, 97.22, 97.36, 97.51],
                      58420, [11.5, 12.4, 13.2, 14.1], [3120, 2980, 2760, 2540]),
}
# other debts of the general account, outstanding only (千円) and written off (千円)
SCHOLAR = {2022: 28450, 2023: 27120, 2024: 25880}
OTHER = {2022: 41230, 2023: 39870, 2024: 38440}
OTHER_WO = {2022: 1240, 2023: 1110, 2024: 960}      # 奨学金・その他 written off, for the 円 table total
YEN_ADJ = {("市税", 2022): -437, ("市税", 2023): 215, ("市税", 2024): -68,
           ("国民健康保険税", 2022): 312, ("国民健康保険税", 2023): -144, ("国民健康保険税", 2024): 471}


def sub_total(acc, y):
    parts = [S[k][y]["tot"]["o"] for k, _n, a in DEBTS if a == acc]
    if acc == "一般":
        parts += [SCHOLAR[y], OTHER[y]]
    return sum(parts)


def grand(y):
    return sub_total("一般", y) + sub_total("特別", y)


def wo_yen(k, y):
    return S[k][y]["tot"]["w"] * 1000 + YEN_ADJ[(k, y)]


def wo_all_yen(y):
    return (sum(S[k][y]["tot"]["w"] for k, *_ in DEBTS) + OTHER_WO[y]) * 1000 + YEN_ADJ[("市税", y)] + \
        YEN_ADJ[("国民健康保険税", y)] + 118


# areas of the city (旧市町村の区域), 市税 令和６年度
AREAS = [("大洲地域", 0.68, 0), ("長浜地域", 0.15, 93.85), ("肱川地域", 0.11, 94.40), ("河辺地域", 0.06, 92.60)]


def area_rows():
    t = S["市税"][2024]["tot"]
    rows = []
    ra = rc = ro = 0
    for name, share, r in AREAS[1:]:
        a = round(t["a"] * share)
        c = round(a * r / 100)
        w = round(t["w"] * share)
        o = a - c - w
        rows.append((name, a, c, o))
        ra, rc, ro = ra + a, rc + c, ro + o
    rows.insert(0, ("大洲地域", t["a"] - ra, t["c"] - rc, t["o"] - ro))
    return [(n, a, c, o, rate(c, a)) for n, a, c, o in rows]


def oozu_share_words():
    ar = area_rows()
    share = ar[0][3] / sum(r[3] for r in ar)
    return "約" + "０１２３４５６７８９"[round(share * 10)] + "割"


TARGETS = {  # (現年度分, 滞納繰越分, 収入未済額千円) for R8..R10
    "市税": {2026: (99.05, 28.00, 235000), 2027: (99.10, 29.00, 222000), 2028: (99.15, 30.00, 210000)},
    "国民健康保険税": {2026: (95.00, 21.50, 312000), 2027: (95.20, 22.50, 298000), 2028: (95.40, 23.50, 285000)},
    "介護保険料": {2026: (99.05, 20.00, 42500), 2027: (99.10, 21.00, 41000), 2028: (99.15, 22.00, 39500)},
    "市営住宅使用料": {2026: (97.70, 15.00, 35000), 2027: (97.85, 16.00, 33500), 2028: (98.00, 17.00, 32000)},
}
WAREKI = {2021: "令和３", 2022: "令和４", 2023: "令和５", 2024: "令和６", 2026: "令和８", 2027: "令和９", 2028: "令和１０"}

INITS = {
    "市税": [
        ("（１）", "滞納の未然防止", [
            ("ア", "口座振替・キャッシュレス納付の推進", [
                ("(ｱ)", "納税通知書に口座振替依頼書を同封し、新規の申込みを促す。", "継続"),
                ("(ｲ)", "スマートフォン決済に加え、地方税お支払サイトによるクレジットカード納付を周知する。", "拡充"),
            ]),
            ("イ", "納期内納付の周知", [
                ("(ｱ)", "広報おおず、ホームページ及びＳＮＳで各税目の納期限を周知する。", "継続"),
            ]),
        ]),
        ("（２）", "滞納整理の強化", [
            ("ア", "納付資力のある滞納者に対し、預貯金・給与の差押えを速やかに行う。", "継続"),
            ("イ", "愛媛地方税滞納整理機構への移管を活用し、高額・困難事案を整理する。", "継続"),
            ("ウ", "財産のない滞納者は滞納処分の執行停止を適切に行い、不納欠損につなげる。", "新規"),
        ]),
    ],
    "国民健康保険税": [
        ("（１）", "現年度分の徴収強化", [
            ("ア", "納期限後の早期催告", [
                ("(ｱ)", "督促状の発送後１か月以内に文書催告を行う。", "継続"),
                ("(ｲ)", "電話催告に自動音声を用い、職員は納付相談に専念する。", "新規"),
            ]),
            ("イ", "口座振替の勧奨", [
                ("(ｱ)", "加入の手続時に口座振替の登録を案内する。", "継続"),
            ]),
        ]),
        ("（２）", "滞納繰越分の整理", [
            ("ア", "税務課と連携し、市税と併せて滞納処分を行う。", "継続"),
            ("イ", "居所不明や生活困窮の事案は執行停止を検討する。", "継続"),
        ]),
    ],
    "介護保険料": [
        ("（１）", "普通徴収の被保険者への対応", [
            ("ア", "年金からの特別徴収に移るまでの間、口座振替を勧奨する。", "継続"),
            ("イ", "滞納による給付制限の内容をパンフレットで周知する。", "拡充"),
        ]),
        ("（２）", "滞納者への対応", [
            ("ア", "時効の近い滞納分について、年２回の一斉催告を行う。", "継続"),
        ]),
    ],
    "市営住宅使用料": [
        ("（１）", "入居者への対応", [
            ("ア", "滞納が２か月に達した時点で面談し、分納計画を作成する。", "継続"),
            ("イ", "連帯保証人に滞納の状況を通知し、納付への協力を求める。", "継続"),
        ]),
        ("（２）", "退去者への対応", [
            ("ア", "所在を調査したうえで、支払督促の申立てを行う。", "新規"),
        ]),
    ],
}

G = Gold(STEM, "plan", "plan", CITY, "第３次大洲市債権管理計画", "2026-03-01", "令和８年３月")

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'IPAexMincho', serif; font-size: 10pt; color: #000; }
.page { width: 210mm; height: 296.5mm; padding: 17mm 17mm 14mm 17mm; position: relative; overflow: hidden;
        page-break-after: always; }
.page:last-child { page-break-after: auto; }
.pn { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
h1 { font-family: 'IPAexGothic'; font-size: 13.5pt; margin: 0 0 4mm 0; border-bottom: 1.5pt solid #1f4e79; padding-bottom: 1.5mm; }
h2 { font-family: 'IPAexGothic'; font-size: 11pt; margin: 4mm 0 2mm 0; }
h3 { font-family: 'IPAexGothic'; font-size: 10pt; margin: 3mm 0 1.5mm 0; }
p { margin: 0 0 2mm 0; text-indent: 1em; line-height: 1.6; text-align: justify; }
.two { column-count: 2; column-gap: 8mm; column-rule: 0.5pt solid #999; }
.two p { font-size: 10.5pt; line-height: 1.85; margin-bottom: 3mm; }
.two h2 { margin-top: 5mm; }
table { border-collapse: collapse; font-family: 'IPAexGothic'; font-size: 8.3pt; }
th, td { border: 0.6pt solid #333; padding: 1.2mm 1.5mm; }
th { background: #e4ebf3; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; }
td.l { text-align: left; }
tr.sec td { background: #f3f3f3; }
tr.sub td { background: #fafafa; }
tr.tot td { background: #e9e9e9; }
h1, h2, h3, th, b, strong { font-weight: normal; }
.cap { font-family: 'IPAexGothic'; font-size: 9.5pt; margin: 2mm 0 1mm 0; }
.unit { font-family: 'IPAexGothic'; font-size: 8pt; text-align: right; margin-bottom: 0.5mm; }
.src { font-size: 8pt; margin-top: 1mm; }
.box { border: 0.8pt solid #333; padding: 3mm 4mm 2mm 4mm; }
.fn { font-size: 8pt; margin-top: 2mm; line-height: 1.5; }
.toc td { border: none; font-family: 'IPAexMincho'; font-size: 11pt; padding: 2mm 1mm; }
.side { display: flex; gap: 6mm; align-items: flex-start; }
.memo { font-size: 9pt; line-height: 1.55; margin: 0; }
.memo .l1 { font-family: 'IPAexGothic'; margin: 1.5mm 0 0.5mm 0; }
.memo .l2 { margin-left: 1em; padding-left: 1.5em; text-indent: -1.5em; }
.memo .l3 { margin-left: 2.5em; padding-left: 2em; text-indent: -2em; }
.sheet { border: 1pt solid #1f4e79; padding: 2.5mm 3.5mm; margin-bottom: 3mm; }
.sheet h2 { margin-top: 0; color: #1f4e79; }
"""


def page(n, inner):
    return f'<div class="page">{inner}<div class="pn">- {n} -</div></div>'


def cover():
    return ('<div class="page" style="padding-top:70mm;text-align:center;">'
            '<div style="font-family:IPAexGothic;font-size:26pt;letter-spacing:2pt;">第３次大洲市債権管理計画</div>'
            '<div style="font-family:IPAexGothic;font-size:14pt;margin-top:10mm;">'
            '令和８（2026）年度～令和１０（2028）年度</div>'
            '<div style="font-size:13pt;margin-top:95mm;">令和８年３月</div>'
            '<div style="font-family:IPAexGothic;font-size:18pt;margin-top:8mm;">大　洲　市</div></div>')


def p2():
    toc = [("第１章　計画の策定にあたって", 2), ("第２章　債権の現状", 3), ("第３章　計画の目標", 6),
           ("第４章　債権ごとの取組", 7)]
    rows = "".join(f'<tr><td>{t}</td><td style="width:95mm;border-bottom:1pt dotted #666"></td>'
                   f'<td style="text-align:right">{pn}</td></tr>' for t, pn in toc)
    body = (f'<div style="text-align:center;font-family:IPAexGothic;font-size:15pt;margin:4mm 0 5mm 0;">目　次</div>'
            f'<table class="toc" style="margin:0 auto 10mm auto;">{rows}</table>'
            '<h1>第１章　計画の策定にあたって</h1>'
            '<h2>１　計画策定の趣旨</h2>'
            '<p>本市では、市の債権を適正に管理し、市民負担の公平性と健全な財政運営を確保するため、'
            '平成29（2017）年４月に「大洲市債権管理条例」を施行しました。あわせて、平成30年度から令和２年度までを期間とする'
            '第１次計画を、令和三年度から令和７年度までを期間とする第２次計画を策定し、全庁的に収納率の向上と'
            '収入未済額の縮減に取り組んできました。</p>'
            '<p>第２次計画の期間中、市税や国民健康保険税の収納率は上昇を続け、収入未済額も着実に減少しました。'
            'その一方で、少額の滞納が多くの債権で発生していることや、私債権の回収手続が所管課ごとに異なることなど、'
            '引き続き取り組むべき課題も残っています。</p>'
            '<p>このため、第２次計画の成果と課題を踏まえ、令和８年度からの３年間に取り組む目標と具体的な取組を定める'
            '「第３次大洲市債権管理計画」を策定するものです。</p>'
            '<h2>２　計画の期間</h2>'
            '<p>本計画の期間は、令和８（2026）年度から令和１０（2028）年度までの３年間とします。'
            '社会経済情勢の変化や制度改正があった場合は、必要に応じて見直しを行います。</p>'
            '<h2>３　対象とする債権</h2>'
            '<p>市が保有する債権のうち、令和６年度決算において収入未済額が生じている２２債権を対象とします。'
            'このうち、収入未済額の大きい市税、国民健康保険税、介護保険料及び市営住宅使用料の４債権を重点債権とし、'
            '第４章で債権ごとの取組を定めます。</p>'
            '<h2>４　計画の位置付け</h2>'
            '<p>本計画は、大洲市債権管理条例第５条に基づく計画であり、「大洲市行財政改革大綱」に掲げる'
            '自主財源の確保に向けた取組の一つとして位置付けます。</p>')
    return page(2, body)


def oku_man(sen_yen: int) -> tuple[str, int]:
    man = round(sen_yen / 10)
    o, m = divmod(man, 10000)
    return (f"{o}億" if o else "") + f"{m:,}万円", man * 10000


def man_only(sen_yen: int) -> tuple[str, int]:
    man = round(sen_yen / 10)
    return f"{man:,}万円", man * 10000


def p3():
    n = 3
    t6, t5 = grand(2024), grand(2023)
    s6, v6 = oku_man(t6)
    d = t5 - t6
    sd, vd = man_only(d)
    G.fact(None, None, 2024, "令和６（2024）年度", "total", "outstanding", "actual", v6, "yen", f"約{s6}", n, approx=True)
    G.fact(None, None, 2024, "令和６（2024）年度", "total", "difference", "actual", -vd, "yen", f"約{sd}", n, approx=True)
    # 2021 → 2024 reduction (no 2021 grand total modelled for 奨学金/その他: stated only as a change)
    G.fact(None, None, 2024, "令和６（2024）年度", "total", "difference", "actual", -210000000, "yen", "約２億１,０００万円", n,
           approx=True)
    tx = S["市税"][2024]["tot"]
    tx5 = S["市税"][2023]["tot"]
    dx = round(tx["r"] - tx5["r"], 2)
    kx = S["国民健康保険税"][2024]["tot"]
    kx5 = S["国民健康保険税"][2023]["tot"]
    dk = round(kx["r"] - kx5["r"], 1)
    G.fact("市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", tx["r"], "percent", f"{fr(tx['r'])}％", n)
    G.fact("市税", "市税", 2024, "令和６年度", "total", "difference", "actual", dx, "points", f"{fr(dx)}ポイント", n)
    G.fact("国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "collection_rate", "actual", kx["r"], "percent",
           f"{fr(kx['r'])}％", n)
    G.fact("国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "difference", "actual", dk, "points",
           f"{dk:.1f}ポイント", n)
    cur_rate6 = S["市税"][2024]["cur"]["r"]
    arr_rate6 = S["市税"][2024]["arr"]["r"]
    G.fact("市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", cur_rate6, "percent", f"{fr(cur_rate6)}％", n)
    G.fact("市税", "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", arr_rate6, "percent", f"{fr(arr_rate6)}％", n)
    w6, w5 = wo_all_yen(2024), wo_all_yen(2023)
    sw6, vw6 = man_only(round(w6 / 1000))
    sw5, vw5 = man_only(round(w5 / 1000))
    G.fact(None, None, 2024, "令和６年度", "total", "written_off", "actual", vw6, "yen", f"約{sw6}", n, approx=True)
    G.fact(None, None, 2023, "前年度", "total", "written_off", "actual", vw5, "yen", f"約{sw5}", n, approx=True)
    ar = area_rows()
    naga = next(r for r in ar if r[0] == "長浜地域")
    kawa = next(r for r in ar if r[0] == "河辺地域")
    G.fact("市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", naga[4], "percent", f"{fr(naga[4])}％", n,
           area="長浜地域")
    G.fact("市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", kawa[4], "percent", f"{fr(kawa[4])}％", n,
           area="河辺地域")
    # footnote figures
    xo = S["市税"][2024]["tot"]["o"]
    xa = S["市税"][2024]["arr"]["o"]
    G.fact("市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual", xo * 1000, "yen", f"{comma(xo)}千円", n)
    G.fact("市税", "市税", 2024, "令和６年度", "arrears", "outstanding", "actual", xa * 1000, "yen", f"{comma(xa)}千円", n)
    hk = S["国民健康保険税"][2024]["tot"]["o"]
    G.fact("国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual", hk * 1000, "yen",
           f"{comma(hk)}千円", n)
    kokuho_share = "０１２３４５６７８９"[int(S["国民健康保険税"][2024]["tot"]["o"] / t6 * 10)] + "割余り"
    chart = rate_chart(n)
    body = (
        '<h1>第２章　債権の現状</h1><div class="two">'
        '<h2>１　収入未済額の推移</h2>'
        f'<p>令和６（2024）年度決算における市全体の収入未済額は約{s6}で、前年度から約{sd}減少しました。'
        f'第２次計画の初年度である３年度と比べると約２億１,０００万円の縮減となり、計画期間を通じて'
        '毎年度減少しています。※1</p>'
        '<p>会計別にみると、一般会計では市税の滞納繰越分の縮減が進んだ一方、特別会計では国民健康保険税の'
        f'収入未済額が全体の{kokuho_share}を占めており、引き続き重点的な対応が必要です。</p>'
        '<h2>２　収納率の状況</h2>'
        f'<p>令和６年度の市税の収納率は{fr(tx["r"])}％で、前年度比{fr(dx)}ポイント上昇しました。'
        f'内訳は、現年課税分が{fr(cur_rate6)}％、滞納繰越分が{fr(arr_rate6)}％で、いずれも第２次計画の目標を上回っています。</p>'
        f'<p>国民健康保険税の収納率は{fr(kx["r"])}％で、前年度から{dk:.1f}ポイント改善しました。加入者の減少が続くなか、'
        '口座振替の勧奨と早期の催告を組み合わせた取組が成果を上げています。</p>'
        '<h2>３　不納欠損の状況</h2>'
        f'<p>令和６年度の不納欠損額は市全体で約{sw6}となり、前年度の約{sw5}から減少しました。'
        '滞納処分の執行停止後３年を経過したもの及び時効が完成したものについて、法令に基づき適正に処理しています。</p>'
        '<h2>４　地域別の状況</h2>'
        f'<p>市税の収納率を地域別にみると、長浜地域が{fr(naga[4])}％、河辺地域が{fr(kawa[4])}％と、大洲地域に比べて'
        'やや低い水準にあります。支所と本庁の連携を強め、訪問による納付相談の機会を確保します。</p>'
        '<h2>５　これまでの課題</h2>'
        '<p>第２次計画の検証から、①現年度分の少額滞納の早期解消、②私債権の法的措置の統一的な運用、'
        '③徴収担当職員の専門性の継承、の３点を今後の課題として整理しました。</p>'
        '</div>'
        f'<div class="fn">※1 令和６年度の収入未済額のうち、市税は{comma(xo)}千円（うち滞納繰越分 {comma(xa)}千円）、'
        f'国民健康保険税は{comma(hk)}千円です。</div>' + chart)
    return page(n, body)


def rate_chart(n):
    """SVG line chart with data labels: 収納率（現年度分＋滞納繰越分）の推移."""
    W, H, x0, x1, y0, y1 = 560, 250, 60, 520, 40, 200
    lo, hi = 70.0, 100.0
    xs = {y: x0 + (x1 - x0) * i / 3 for i, y in enumerate(YEARS)}

    def yv(v):
        return y1 - (y1 - y0) * (v - lo) / (hi - lo)
    parts = [f'<svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" style="font-family:IPAexGothic;font-size:11px">']
    for v in range(70, 101, 10):
        parts.append(f'<line x1="{x0 - 20}" x2="{x1 + 20}" y1="{yv(v):.1f}" y2="{yv(v):.1f}" stroke="#ccc" stroke-width="0.6"/>')
        parts.append(f'<text x="{x0 - 26}" y="{yv(v) + 4:.1f}" text-anchor="end">{v}</text>')
    for k, col, dy in (("市税", "#1f4e79", -8), ("国民健康保険税", "#c55a11", 16)):
        pts = " ".join(f"{xs[y]:.1f},{yv(S[k][y]['tot']['r']):.1f}" for y in YEARS)
        parts.append(f'<polyline points="{pts}" fill="none" stroke="{col}" stroke-width="2"/>')
        for y in YEARS:
            v = S[k][y]["tot"]["r"]
            parts.append(f'<circle cx="{xs[y]:.1f}" cy="{yv(v):.1f}" r="3" fill="{col}"/>')
            parts.append(f'<text x="{xs[y]:.1f}" y="{yv(v) + dy:.1f}" text-anchor="middle">{fr(v)}</text>')
            G.fact(k, k, y, f"R{y - 2018}", "total", "collection_rate", "actual", v, "percent", fr(v), n)
    for y in YEARS:
        parts.append(f'<text x="{xs[y]:.1f}" y="{y1 + 22}" text-anchor="middle">R{y - 2018}</text>')
    parts.append(f'<line x1="{x1 - 150}" x2="{x1 - 130}" y1="{H - 12}" y2="{H - 12}" stroke="#1f4e79" stroke-width="2"/>'
                 f'<text x="{x1 - 126}" y="{H - 8}">市税</text>'
                 f'<line x1="{x1 - 90}" x2="{x1 - 70}" y1="{H - 12}" y2="{H - 12}" stroke="#c55a11" stroke-width="2"/>'
                 f'<text x="{x1 - 66}" y="{H - 8}">国民健康保険税</text></svg>')
    return ('<div class="cap" style="margin-top:6mm">図１　市税及び国民健康保険税の収納率の推移（現年度分＋滞納繰越分、単位：％）</div>'
            + "".join(parts))


def p4():
    n = 4
    years = [2024, 2023, 2022]   # descending
    head = "".join(f"<th>{WAREKI[y]}（{y}）年度</th>" for y in years)
    rows = []

    def add_row(label, vals, cls="", key=None, raw=None):
        tds = "".join(f'<td class="n">{comma(v)}</td>' for v in vals)
        rows.append(f'<tr class="{cls}"><td class="l">{label}</td>{tds}</tr>')
        for y, v in zip(years, vals):
            G.fact(key, raw if raw is not None else label, y, f"{WAREKI[y]}（{y}）年度", "total", "outstanding", "actual",
                   v * 1000, "yen", comma(v), n)

    rows.append('<tr class="sec"><td class="l" colspan="4">【一般会計】</td></tr>')
    for k, nm, acc in DEBTS:
        if acc == "一般":
            add_row("　" + nm, [S[k][y]["tot"]["o"] for y in years], key=k, raw=nm)
    add_row("　奨学金貸付金", [SCHOLAR[y] for y in years], key="奨学金貸付金", raw="奨学金貸付金")
    add_row("　その他", [OTHER[y] for y in years], key=None, raw="その他")
    add_row("小計", [sub_total("一般", y) for y in years], "sub", key=None, raw="小計")
    rows.append('<tr class="sec"><td class="l" colspan="4">【特別会計】</td></tr>')
    for k, nm, acc in DEBTS:
        if acc == "特別":
            add_row("　" + nm, [S[k][y]["tot"]["o"] for y in years], key=k, raw=nm)
    add_row("小計", [sub_total("特別", y) for y in years], "sub", key=None, raw="小計")
    add_row("合計", [grand(y) for y in years], "tot", key=None, raw="合計")
    t1 = (f'<div class="cap">表１　会計別・債権別の収入未済額の推移</div><div class="unit">（単位：千円）</div>'
          f'<div class="box" style="padding:2mm"><table style="width:100%"><tr><th>区分</th>{head}</tr>{"".join(rows)}</table></div>'
          '<div class="src">出典：各年度 大洲市歳入歳出決算書（財政課調べ）</div>')
    # 表２ areas: rate first, unit inside headers
    ar = area_rows()
    trs = []
    for name, a, c, o, r in ar:
        trs.append(f'<tr><td class="l">{name}</td><td class="n">{fr(r)}</td><td class="n">{comma(a)}</td>'
                   f'<td class="n">{comma(c)}</td><td class="n">{comma(o)}</td></tr>')
        for met, v, u in (("collection_rate", r, "percent"), ("assessed", a, "yen"), ("collected", c, "yen"),
                          ("outstanding", o, "yen")):
            G.fact("市税", "市税", 2024, "令和６年度", "total", met, "actual", v if u == "percent" else v * 1000, u,
                   fr(v) if u == "percent" else comma(v), n, area=name)
    t = S["市税"][2024]["tot"]
    trs.append(f'<tr class="tot"><td class="l">計</td><td class="n">{fr(t["r"])}</td><td class="n">{comma(t["a"])}</td>'
               f'<td class="n">{comma(t["c"])}</td><td class="n">{comma(t["o"])}</td></tr>')
    for met, v, u in (("collection_rate", t["r"], "percent"), ("assessed", t["a"], "yen"), ("collected", t["c"], "yen"),
                      ("outstanding", t["o"], "yen")):
        G.fact("市税", "市税", 2024, "令和６年度", "total", met, "actual", v if u == "percent" else v * 1000, u,
               fr(v) if u == "percent" else comma(v), n)
    t2 = ('<div class="cap">表２　地域別の市税収納状況（令和６年度決算）</div>'
          '<table><tr><th>地域</th><th>収納率<br>（％）</th><th>調定額<br>（千円）</th><th>収入済額<br>（千円）</th>'
          f'<th>収入未済額<br>（千円）</th></tr>{"".join(trs)}</table>'
          '<div class="src">※ 地域は合併前の旧市町村の区域</div>')
    # 表３ in 円, years as rows
    trs3 = []
    for y in (2022, 2023, 2024):
        a, b, c = wo_yen("市税", y), wo_yen("国民健康保険税", y), wo_all_yen(y)
        trs3.append(f'<tr><td class="l" style="white-space:nowrap">{WAREKI[y]}年度</td><td class="n">{comma(a)}</td><td class="n">{comma(b)}</td>'
                    f'<td class="n">{comma(c)}</td></tr>')
        G.fact("市税", "市税", y, f"{WAREKI[y]}年度", "total", "written_off", "actual", a, "yen", comma(a), n)
        G.fact("国民健康保険税", "国保税", y, f"{WAREKI[y]}年度", "total", "written_off", "actual", b, "yen", comma(b), n)
        G.fact(None, "市全体", y, f"{WAREKI[y]}年度", "total", "written_off", "actual", c, "yen", comma(c), n)
    t3 = ('<div class="cap">表３　不納欠損額の推移</div><div class="unit">（単位：円）</div>'
          '<table><tr><th>年度</th><th>市税</th><th>国保税</th><th>市全体</th></tr>'
          f'{"".join(trs3)}</table>')
    body = (t1 + '<div style="height:5mm"></div>'
            f'<div class="side"><div style="flex:1.35">{t2}</div><div style="flex:1">{t3}</div></div>'
            '<p style="margin-top:4mm">表１のとおり、収入未済額は３か年とも減少しており、特に一般会計の市税と特別会計の'
            '国民健康保険税の減少額が大きくなっています。表２の地域別では、収入未済額の' + oozu_share_words() + 'が大洲地域に集中しています。</p>')
    return page(n, body)


SEG_ROWS = [("cur", "現年度分"), ("arr", "滞納繰越分")]
MAIN6 = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料", "市営住宅使用料"]


def p5():
    n = 5
    yrs = [(2022, "令和４年度"), (2023, "５年度")]
    h1 = "".join(f'<th colspan="4">{lab}</th>' for _y, lab in yrs)
    h2 = "<th>調定額</th><th>収入済額</th><th>収納率</th><th>収入未済額</th>" * 2
    trs = []
    for k in MAIN6:
        for i, (seg, lab) in enumerate(SEG_ROWS):
            first = f'<td class="l" rowspan="2">{k}</td>' if i == 0 else ""
            tds = ""
            for y, ylab in yrs:
                d = S[k][y][seg]
                tds += (f'<td class="n">{comma(d["a"])}</td><td class="n">{comma(d["c"])}</td>'
                        f'<td class="n">{fr(d["r"])}</td><td class="n">{comma(d["o"])}</td>')
                sg = "current" if seg == "cur" else "arrears"
                for met, kk in (("assessed", "a"), ("collected", "c"), ("outstanding", "o")):
                    G.fact(k, k, y, ylab, sg, met, "actual", d[kk] * 1000, "yen", comma(d[kk]), n)
                G.fact(k, k, y, ylab, sg, "collection_rate", "actual", d["r"], "percent", fr(d["r"]), n)
            trs.append(f'<tr>{first}<td>{lab}</td>{tds}</tr>')
    body = ('<div class="cap">表４　主要債権の収納状況の推移</div><div class="unit">（単位：千円、％）</div>'
            f'<table style="width:100%;font-size:7.8pt"><tr><th rowspan="2">債権名</th><th rowspan="2">区分</th>{h1}</tr>'
            f'<tr>{h2}</tr>{"".join(trs)}</table>'
            '<div class="src">※ 令和６年度は次ページに続く。収入未済額は不納欠損額を除いた額。</div>'
            '<p style="margin-top:5mm">表４のとおり、主要６債権の現年度分収納率はいずれも上昇傾向にあります。'
            '滞納繰越分は、財産調査の早期化と滞納処分の徹底により、すべての債権で収納率が改善しています。</p>'
            '<p>一方、国民健康保険税の滞納繰越分は調定額が大きく、収納率も他の債権に比べて低い水準にとどまっています。'
            '保険年金課と税務課の連携による一体的な滞納整理が引き続き必要です。</p>')
    return page(n, body)


def p6():
    n = 6
    y = 2024
    trs = []
    for k in MAIN6:
        for i, (seg, lab) in enumerate(SEG_ROWS):
            first = f'<td class="l" rowspan="2">{k}</td>' if i == 0 else ""
            d = S[k][y][seg]
            trs.append(f'<tr>{first}<td>{lab}</td><td class="n">{comma(d["a"])}</td><td class="n">{comma(d["c"])}</td>'
                       f'<td class="n">{fr(d["r"])}</td><td class="n">{comma(d["w"])}</td><td class="n">{comma(d["o"])}</td></tr>')
            sg = "current" if seg == "cur" else "arrears"
            for met, kk in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
                G.fact(k, k, y, "６年度", sg, met, "actual", d[kk] * 1000, "yen", comma(d[kk]), n)
            G.fact(k, k, y, "６年度", sg, "collection_rate", "actual", d["r"], "percent", fr(d["r"]), n)
    t4 = ('<div class="cap">表４（続き）</div><div class="unit">（単位：千円、％）</div>'
          '<table style="width:100%;font-size:7.8pt"><tr><th rowspan="2">債権名</th><th rowspan="2">区分</th>'
          '<th colspan="5">６年度</th></tr><tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>不納欠損額</th>'
          f'<th>収入未済額</th></tr>{"".join(trs)}</table>')
    # 表５ long format, years head rows
    trs5 = []
    for k, tg in TARGETS.items():
        for yy, (c, a, o) in tg.items():
            ylab = f"{WAREKI[yy]}（{yy}）"
            trs5.append(f'<tr><td class="l">{k}</td><td>{ylab}</td><td class="n">{fr(c)}</td><td class="n">{fr(a)}</td>'
                        f'<td class="n">{comma(o)}</td></tr>')
            G.fact(k, k, yy, ylab, "current", "collection_rate", "target", c, "percent", fr(c), n)
            G.fact(k, k, yy, ylab, "arrears", "collection_rate", "target", a, "percent", fr(a), n)
            G.fact(k, k, yy, ylab, "total", "outstanding", "target", o * 1000, "yen", comma(o), n)
    t5 = ('<h1 style="margin-top:6mm">第３章　計画の目標</h1>'
          '<p>重点債権ごとに、計画期間の各年度における現年度分・滞納繰越分の収納率と、年度末の収入未済額の目標を'
          '次のとおり定めます。</p>'
          '<div class="cap">表５　重点債権の年度別目標</div>'
          '<table style="width:100%"><tr><th>債権名</th><th>年度</th><th>現年度分収納率（％）</th>'
          f'<th>滞納繰越分収納率（％）</th><th>収入未済額（千円）</th></tr>{"".join(trs5)}</table>'
          '<div class="src">※ 収入未済額の目標は各年度の決算（出納閉鎖後）の額。</div>')
    return page(n, t4 + t5)


def memo(k, n):
    out = []
    for l1, t1, kids in INITS[k]:
        out.append(f'<div class="l1">{l1}{t1}</div>')
        for l2, t2, sub in kids:
            if isinstance(sub, list):
                out.append(f'<div class="l2">{l2}　{t2}</div>')
                for l3, t3, st in sub:
                    out.append(f'<div class="l3">{l3}　{t3}【{st}】</div>')
                    G.init(k, k, 2026, "債権ごとの取組", f"{l1}{l2}{l3}".replace("（", "(").replace("）", ")"), t3, st, n)
            else:
                out.append(f'<div class="l2">{l2}　{t2}【{sub}】</div>')
                G.init(k, k, 2026, "債権ごとの取組", f"{l1}{l2}".replace("（", "(").replace("）", ")"), t2, sub, n)
    return '<div class="memo">' + "".join(out) + "</div>"


def sheet(k, idx, n):
    # left: metric in the row headers, years across
    rows = [("調定額（千円）", "assessed", "a"), ("収入済額（千円）", "collected", "c"), ("収納率（％）", "collection_rate", "r"),
            ("収入未済額（千円）", "outstanding", "o")]
    trs = []
    for lab, met, kk in rows:
        tds = ""
        for y in (2023, 2024):
            v = S[k][y]["tot"][kk]
            s = fr(v) if kk == "r" else comma(v)
            tds += f'<td class="n">{s}</td>'
            G.fact(k, k, y, f"{WAREKI[y]}年度", "total", met, "actual", v if kk == "r" else v * 1000,
                   "percent" if kk == "r" else "yen", s, n)
        trs.append(f'<tr><th style="text-align:left">{lab}</th>{tds}</tr>')
    left = ('<div class="cap">現状（現年度分＋滞納繰越分）</div>'
            f'<table><tr><th></th><th>令和５年度</th><th>令和６年度</th></tr>{"".join(trs)}</table>')
    # right: years as rows
    trs2 = []
    for yy, (c, a, o) in TARGETS[k].items():
        trs2.append(f'<tr><th>R{yy - 2018}</th><td class="n">{fr(c)}</td><td class="n">{fr(a)}</td><td class="n">{comma(o)}</td></tr>')
        G.fact(k, k, yy, f"R{yy - 2018}", "current", "collection_rate", "target", c, "percent", fr(c), n)
        G.fact(k, k, yy, f"R{yy - 2018}", "arrears", "collection_rate", "target", a, "percent", fr(a), n)
        G.fact(k, k, yy, f"R{yy - 2018}", "total", "outstanding", "target", o * 1000, "yen", comma(o), n)
    right = ('<div class="cap">目標</div>'
             '<table><tr><th>年度</th><th>現年度分<br>収納率（％）</th><th>滞納繰越分<br>収納率（％）</th>'
             f'<th>収入未済額<br>（千円）</th></tr>{"".join(trs2)}</table>')
    return (f'<div class="sheet"><h2>{idx}　推進シート（{k}）</h2>'
            f'<div class="side"><div>{left}</div><div>{right}</div></div>'
            f'<h3>取組内容</h3>{memo(k, n)}</div>')


def p7():
    n = 7
    return page(n, '<h1>第４章　債権ごとの取組</h1>' + sheet("市税", "１", n) + sheet("国民健康保険税", "２", n))


def p8():
    n = 8
    return page(n, sheet("介護保険料", "３", n) + sheet("市営住宅使用料", "４", n) +
                '<p style="margin-top:3mm">各推進シートの取組状況は、毎年度、大洲市債権管理推進会議において進捗を確認し、'
                'その結果を市ホームページで公表します。</p>')


def main():
    pages = [cover(), p2(), p3(), p4(), p5(), p6(), p7(), p8()]
    html = (f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>第３次大洲市債権管理計画</title>'
            f'<style>{CSS}</style></head><body>{"".join(pages)}</body></html>')
    out = PDF_DIR / f"{STEM}.pdf"
    html_to_pdf(html, out)
    G.write(out)


if __name__ == "__main__":
    main()
