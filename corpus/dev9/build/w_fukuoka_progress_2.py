"""福岡市 令和６年度 債権管理の取組状況（中間報告）— 12月末 interim figures, PyMuPDF Story (HTML) A4 portrait.

Modelled on 福岡市's own reporting of 市税収入率 (市長会見 2019-07-09) and the 決算特別委員会 質疑 on 滞納対策
(みらい福岡市議団 報告), laid out as a 中間報告 with segment × period tables.
"""
from __future__ import annotations

import html
from pathlib import Path

import fitz

from w_common import (OUT, PDF_DIR, fact, find_page, initiative, oku_man, oku_man_value, page_texts, write_gold, zen)

STEM = "w_fukuoka_progress_2"
CITY = "福岡市"
GFONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MFONT = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

# 12月末 interim collection rates: debt -> (cur R5, cur R6, arr R5, arr R6)
RATES = {
    "市税": ("87.12", "87.45", "23.95", "24.81"),
    "国民健康保険料": ("71.36", "71.90", "14.22", "15.07"),
    "介護保険料": ("80.54", "80.61", "11.30", "12.02"),
    "後期高齢者医療保険料": ("84.70", "84.92", "30.15", "29.64"),
    "保育所保育料": ("78.02", "78.55", "18.40", "19.86"),
    "市営住宅使用料": ("90.13", "90.48", "9.85", "10.47"),
}
OUT_TOTAL_R6 = 4_126_318_450   # 12月末 収入未済額（全会計）
OUT_TOTAL_R5 = 4_339_052_110
ZEI_DELINQ = 18452

KOKUHO = {  # side-by-side block 令和５年度（決算） | 令和６年度（目標）
    "cur": ("93.88", "94.20"), "arr": ("27.15", "28.00"), "out": (2_645_120, 2_500_000)}
JUTAKU = {"cur": ("98.71", "98.90"), "arr": ("21.34", "23.00"), "out": (312_460, 290_000)}

INIT_KOKUHO = [
    ("(1)", "納期限後の早期催告を徹底し、電話催告センターによる夜間・休日の架電を継続する。", "継続"),
    ("(2)", "財産調査の結果、納付資力があると判断される世帯には、預貯金等の差押えを速やかに執行する。", "拡充"),
    ("(3)", "スマートフォン決済アプリによる納付を全期別に拡大し、納付機会を確保する。", "新規"),
]
INIT_JUTAKU = [
    ("①", "滞納初期の段階で連帯保証人にも通知を行い、分納誓約の履行を確認する。", "継続"),
    ("②", "６か月以上の滞納者で納付に応じない者には、明渡請求訴訟の提起を検討する。", "継続"),
]
INIT_ALL = [
    ("・", "債権管理研修（基礎編・実践編）を開催し、所管課職員の徴収実務の習熟を図る。", "継続"),
    ("・", "回収困難案件の債権管理課への移管基準を見直し、移管件数の拡大を図る。", "拡充"),
    ("・", "全庁共通の債権管理システムの導入に向けた仕様検討を開始する。", "新規"),
]

CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
body {font-family: M; font-size: 10pt; line-height: 1.45;}
h1 {font-family: G; font-size: 15pt; text-align: center; margin: 4pt 0 2pt 0;}
h2 {font-family: G; font-size: 12pt; margin: 12pt 0 4pt 0;}
h3 {font-family: G; font-size: 10.5pt; margin: 8pt 0 2pt 0;}
p {margin: 2pt 0 2pt 0;}
.r {text-align: right;}
.c {text-align: center;}
.note {font-size: 8.5pt;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 2pt 4pt; font-size: 9.5pt;}
th {font-family: G; text-align: center; font-weight: normal;}
td.n {text-align: right;}
.box td {padding: 5pt 8pt;}
.sp {font-size: 4pt; margin: 0;}
"""


def esc(s: str) -> str:
    return html.escape(s)


def diff(a: str, b: str) -> str:
    d = round(float(b) - float(a), 2)
    return ("△" if d < 0 else "") + f"{abs(d):.2f}"


def html_doc() -> str:
    H = []
    H.append('<p class="r">令和７年２月<br/>福岡市財政局税務部収納対策課</p>')
    H.append("<h1>令和６年度　債権管理の取組状況（中間報告）</h1>")
    H.append("<h2>１　概要</h2>")
    H.append("<p>　本市では、福岡市債権管理条例に基づき、市税をはじめとする市の債権について、収入未済額の縮減と"
             "収納率の向上に全庁を挙げて取り組んでいる。令和６年１２月末現在の全会計の収入未済額は"
             f"約{oku_man(OUT_TOTAL_R6)}で、前年同月（約{oku_man(OUT_TOTAL_R5)}）と比べ縮減している。</p>")
    H.append("<p>　主な債権の１２月末時点の収納率は表１のとおりであり、現年分はすべての債権で前年同月を上回っている。</p>")
    H.append("<h2>２　主な債権の収納率（１２月末時点）</h2>")
    H.append('<p class="r note">表１　（単位：％）</p>')
    H.append("<table><tr><th rowspan='2'>債権名</th><th colspan='3'>現年分</th><th colspan='3'>滞納繰越分</th></tr>")
    H.append("<tr><th>R5.12末</th><th>R6.12末</th><th>差</th><th>R5.12末</th><th>R6.12末</th><th>差</th></tr>")
    for d, (c5, c6, a5, a6) in RATES.items():
        H.append(f"<tr><td>{esc(d)}</td><td class='n'>{c5}</td><td class='n'>{c6}</td><td class='n'>{diff(c5, c6)}</td>"
                 f"<td class='n'>{a5}</td><td class='n'>{a6}</td><td class='n'>{diff(a5, a6)}</td></tr>")
    H.append("</table>")
    H.append("<p class='note'>※ 差は R6.12末 − R5.12末（ポイント）。△はマイナス。</p>")
    H.append("<p class='note'>※ 収納率は、12月末までの収入済額を調定額で除して算出している。</p>")
    H.append("<h2>３　市税の状況</h2>")
    H.append("<h3>【収納率】令和6年12月末時点</h3>")
    c5, c6, a5, a6 = RATES["市税"]
    H.append(f"<p>・現年分　　　{c6}％（前年同月　{c5}％）</p>")
    H.append(f"<p>・滞納繰越分　{a6}％（前年同月　{a5}％）</p>")
    H.append("<p>　現年分は、納期内納付の勧奨と早期の催告により前年同月を上回った。滞納繰越分についても、"
             "高額滞納案件の集中処理により改善している。</p>")
    # 国保
    H.append("<h2>４　債権ごとの取組（国民健康保険料）</h2>")
    H.append("<table><tr><th>債権名</th><td>国民健康保険料</td><th>所管課</th><td>保健医療局保険年金課</td></tr></table>")
    H.append("<p class='sp'>&#160;</p>")
    H.append(block("国民健康保険料", KOKUHO))
    H.append("<h3>主な取組</h3>")
    for lab, tx, st in INIT_KOKUHO:
        if st == "新規":
            H.append(f"<p>{lab}　{esc(tx)}<br/>【{st}】</p>")
        else:
            H.append(f"<p>{lab}　{esc(tx)}【{st}】</p>")
    # 住宅
    H.append("<h2>５　債権ごとの取組（市営住宅使用料）</h2>")
    H.append("<table><tr><th>債権名</th><td>市営住宅使用料</td><th>所管課</th><td>住宅都市局住宅管理課</td></tr></table>")
    H.append("<p class='sp'>&#160;</p>")
    H.append(block("市営住宅使用料", JUTAKU))
    cell = "<br/>".join(f"{lab}{esc(tx)}【{st}】" for lab, tx, st in INIT_JUTAKU)
    H.append(f"<p class='sp'>&#160;</p><table><tr><td>{cell}</td></tr></table>")
    # 全庁
    H.append("<h2>６　全庁的な取組</h2>")
    items = "<br/>".join(f"{lab}{esc(tx)}【{st}】" for lab, tx, st in INIT_ALL)
    H.append(f"<table class='box'><tr><td>{items}</td></tr></table>")
    H.append("<p class='sp'>&#160;</p>")
    H.append("<table class='box'><tr><td>【参考】市税の滞納整理状況（令和６年１２月末）<br/>"
             f"・滞納者数：{ZEI_DELINQ:,}人<br/>・差押件数：3,906件<br/>・インターネット公売：42件</td></tr></table>")
    return "".join(H)


def block(debt, d) -> str:
    cur, arr, out = d["cur"], d["arr"], d["out"]
    return ("<table><tr><th>項目</th><th>令和５年度（決算）</th><th>令和６年度（目標）</th></tr>"
            f"<tr><td>現年分収納率</td><td class='n'>{cur[0]}％</td><td class='n'>{cur[1]}％</td></tr>"
            f"<tr><td>滞納繰越分収納率</td><td class='n'>{arr[0]}％</td><td class='n'>{arr[1]}％</td></tr>"
            f"<tr><td>収入未済額</td><td class='n'>{out[0]:,}千円</td><td class='n'>{out[1]:,}千円</td></tr></table>")


def build() -> Path:
    arch = fitz.Archive()
    arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))
    arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho"))
    story = fitz.Story(html=html_doc(), user_css=CSS, archive=arch)
    tmp = OUT / f"{STEM}.raw.pdf"
    writer = fitz.DocumentWriter(str(tmp))
    mb = fitz.paper_rect("a4")
    where = mb + (56, 62, -56, -60)
    more = 1
    while more:
        dev = writer.begin_page(mb)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = fitz.open(tmp)
    n = doc.page_count
    for i, page in enumerate(doc, 1):
        page.insert_font(fontname="G", fontfile=GFONT)
        page.insert_text((56, 40), "令和６年度 債権管理の取組状況（中間報告）", fontname="G", fontsize=8)
        page.draw_line((56, 46), (539, 46), width=0.5)
        page.insert_text((280, 815), f"{i} / {n}", fontname="G", fontsize=9)
    doc.subset_fonts()
    dest = PDF_DIR / f"{STEM}.pdf"
    doc.save(dest, garbage=4, deflate=True)
    doc.close()
    return dest


def gold(pdf: Path):
    texts = page_texts(pdf)
    F, I = [], []
    p = find_page(texts, "１　概要")
    F.append(fact(None, 2024, "令和６年１２月末", "total", "outstanding", "interim", oku_man_value(OUT_TOTAL_R6), "yen",
                  "約" + oku_man(OUT_TOTAL_R6), p, as_of="2024-12-31", approx=True))
    F.append(fact(None, 2023, "前年同月", "total", "outstanding", "interim", oku_man_value(OUT_TOTAL_R5), "yen",
                  "約" + oku_man(OUT_TOTAL_R5), p, as_of="2023-12-31", approx=True))
    p = find_page(texts, "R5.12末", "R6.12末")
    for d, (c5, c6, a5, a6) in RATES.items():
        F.append(fact(d, 2023, "R5.12末", "current", "collection_rate", "interim", float(c5), "percent", c5, p,
                      as_of="2023-12-31"))
        F.append(fact(d, 2024, "R6.12末", "current", "collection_rate", "interim", float(c6), "percent", c6, p,
                      as_of="2024-12-31"))
        F.append(fact(d, 2023, "R5.12末", "arrears", "collection_rate", "interim", float(a5), "percent", a5, p,
                      as_of="2023-12-31"))
        F.append(fact(d, 2024, "R6.12末", "arrears", "collection_rate", "interim", float(a6), "percent", a6, p,
                      as_of="2024-12-31"))
    c5, c6, a5, a6 = RATES["市税"]
    p = find_page(texts, "【収納率】令和6年12月末時点")
    F.append(fact("市税", 2024, "令和6年12月末", "current", "collection_rate", "interim", float(c6), "percent", c6 + "％",
                  p, as_of="2024-12-31"))
    F.append(fact("市税", 2023, "前年同月", "current", "collection_rate", "interim", float(c5), "percent", c5 + "％",
                  p, as_of="2023-12-31"))
    F.append(fact("市税", 2024, "令和6年12月末", "arrears", "collection_rate", "interim", float(a6), "percent", a6 + "％",
                  p, as_of="2024-12-31"))
    F.append(fact("市税", 2023, "前年同月", "arrears", "collection_rate", "interim", float(a5), "percent", a5 + "％",
                  p, as_of="2023-12-31"))
    for debt, D, inits, head in (("国民健康保険料", KOKUHO, INIT_KOKUHO, "４　債権ごとの取組（国民健康保険料）"),
                                 ("市営住宅使用料", JUTAKU, INIT_JUTAKU, "５　債権ごとの取組（市営住宅使用料）")):
        p = find_page(texts, head)
        for k, seg in (("cur", "current"), ("arr", "arrears")):
            a, b = D[k]
            F.append(fact(debt, 2023, "令和５年度（決算）", seg, "collection_rate", "actual", float(a), "percent", a + "％", p))
            F.append(fact(debt, 2024, "令和６年度（目標）", seg, "collection_rate", "target", float(b), "percent", b + "％", p))
        a, b = D["out"]
        F.append(fact(debt, 2023, "令和５年度（決算）", "total", "outstanding", "actual", a * 1000, "yen", f"{a:,}千円", p))
        F.append(fact(debt, 2024, "令和６年度（目標）", "total", "outstanding", "target", b * 1000, "yen", f"{b:,}千円", p))
        for lab, tx, st in inits:
            I.append(initiative(debt, 2024, "主な取組" if debt == "国民健康保険料" else head, lab, tx, st,
                                find_page(texts, tx)))
    p = find_page(texts, "６　全庁的な取組")
    for lab, tx, st in INIT_ALL:
        I.append(initiative(None, 2024, "全庁的な取組", lab, tx, st, find_page(texts, tx)))
    p = find_page(texts, f"{ZEI_DELINQ:,}人")
    F.append(fact("市税", 2024, "令和６年１２月末", "total", "delinquents", "interim", ZEI_DELINQ, "persons",
                  f"{ZEI_DELINQ:,}人", p, as_of="2024-12-31"))
    document = {"kind": "progress_report", "municipality": CITY, "title": "令和６年度　債権管理の取組状況（中間報告）",
                "date": "2025-02-01", "date_raw": "令和７年２月"}
    return write_gold(STEM, pdf, document, F, I)


if __name__ == "__main__":
    pdf = build()
    g = gold(pdf)
    print(STEM, g["source"]["pages"], "pages", len(g["facts"]), "facts", len(g["initiatives"]), "initiatives")
