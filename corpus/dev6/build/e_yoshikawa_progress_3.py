"""e_yoshikawa_progress_3: 債権管理の取組状況（中間報告） (progress_report), PyMuPDF Story (one flowing story), A4 portrait.

Modelled on 吉川市 収納課債権管理係「徴収事務移管状況報告」
(https://www.city.yoshikawa.saitama.jp/index.cfm/23,58198,119,671,html): 〔債権名〕 bracketed paragraphs giving what
was taken over from which 課 and a 「…現在の…は…」 status sentence; extended with an interim table as of the leap-year
令和６年２月２９日 (前年同期 = 令和５年２月末), 【収納率】令和６年２月２９日現在 bullets labelled only by segment, a
prose total with 約, and (1)/(2) and ア/イ 取組 items with tags after the 。 (one wrapped).
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_common import FONT_G, FONT_M, F, I, PDF, c, locate, page_texts, rate, raw_norm, write_gold, zen  # noqa: E402

STEM = "e_yoshikawa_progress_3"
CITY = "吉川市"
TITLE = "令和５年度 債権管理の取組状況（中間報告）"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"

# debt -> [(区分, 調定額, 収入済額, 前年同期収納率)]  (円)
T1 = [
    ("市税", [("現年分", 10_824_516_300, 10_079_301_220, 92.85), ("滞納繰越分", 412_880_150, 88_402_310, 19.83)]),
    ("国民健康保険税", [("現年分", 1_902_448_600, 1_526_116_900, 79.64), ("滞納繰越分", 398_112_470, 61_720_850, 14.92)]),
    ("介護保険料", [("現年分", 1_288_047_900, 1_207_306_410, 93.41), ("滞納繰越分", 52_330_810, 6_941_200, 12.10)]),
    ("後期高齢者医療保険料", [("現年分", 702_115_300, 672_894_760, 95.60), ("滞納繰越分", 9_846_500, 3_012_400, 28.77)]),
    ("保育料", [("現年分", 168_902_450, 155_418_300, 91.88), ("滞納繰越分", 21_455_900, 2_604_120, 10.45)]),
    ("学校給食費", [("現年分", 412_006_800, 396_284_150, 96.02), ("滞納繰越分", 13_384_260, 1_905_400, 12.77)]),
]
TOTAL_OUT_R4 = 1_234_000_000  # 約12億3,400万円

MOVE = [  # 〔債権〕, 課, 件数, 差押, 支払督促
    ("後期高齢者医療保険料", "国保年金課", 21, 3, 0),
    ("介護保険料", "長寿支援課", 131, 41, 0),
    ("保育料", "保育幼稚園課", 34, 9, 2),
    ("学校給食費", "教育総務課", 96, 6, 13),
    ("生活保護費返還金", "地域福祉課", 15, 2, 3),
]

INITS = [
    ("市税", "(1)", "ア", [
        ("ア", "納期限後の早期催告を自動音声電話で実施し、現年分の滞納の発生を抑制する。", "継続", False),
        ("イ", "滞納繰越分の高額案件について、県との共同徴収により捜索及びインターネット公売を実施する。", "拡充", True),
        ("ウ", "地方税共通納税システムによる法人市民税の電子納付の利用を勧奨する。", "新規", False)]),
    ("国民健康保険税", "(2)", "ア", [
        ("ア", "資格取得時に口座振替の申込みを窓口で受け付け、口座振替率の向上を図る。", "継続", False),
        ("イ", "滞納世帯のうち納付約束の不履行者に対し、財産調査を行った上で差押えを執行する。", "継続", False)]),
    ("介護保険料", "(3)", "ア", [
        ("ア", "時効到来前の債権を抽出し、催告と納付相談を集中的に実施する。", "新規", False),
        ("イ", "給付制限の事前通知を活用し、分割納付による自主納付を促す。", "継続", True)]),
]

CSS = """
@font-face {font-family: mincho; src: url(ipaexm.ttf);}
@font-face {font-family: gothic; src: url(ipaexg.ttf);}
body {font-family: mincho; font-size: 10pt; line-height: 1.45;}
h1 {font-family: gothic; font-size: 15pt; text-align: center; margin: 6pt 0 4pt 0;}
h2 {font-family: gothic; font-size: 11.5pt; margin: 10pt 0 4pt 0;}
h3 {font-family: gothic; font-size: 10.5pt; margin: 7pt 0 3pt 0;}
p {margin: 0 0 3pt 0;}
p.ind {margin-left: 14pt;}
p.item {margin-left: 22pt; text-indent: -22pt;}
table {border-collapse: collapse; margin: 3pt 0 6pt 0; width: 100%;}
td, th {border: 0.6pt solid black; padding: 1.5pt 4pt; font-size: 9pt; line-height: 1.25;}
th {font-family: gothic; background-color: #e2e2e2; text-align: center;}
td.n {text-align: right;}
.note {font-size: 8.5pt;}
.right {text-align: right;}
.center {text-align: center;}
"""


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html():
    h = [f"<h1>{TITLE}</h1>",
         "<p class='center'>（令和６年２月２９日現在）</p>",
         "<p class='right'>令和６年３月</p><p class='right'>吉川市総務部収納課債権管理係</p>",
         "<h2>１　はじめに</h2>",
         "<p>　本市では、市税以外の未収債権について、各担当課で徴収が困難となった事案の徴収事務を収納課債権管理係が"
         "引き受け、滞納処分や支払督促により回収を図っている。令和４年度決算における市全体の収入未済額は"
         "約12億3,400万円で、前年度から約8,600万円減少したが、依然として多額であることから、"
         "令和５年度も全庁的な取組を継続している。</p>",
         "<h2>２　主要債権の収納状況</h2>",
         "<p>表１　主要債権の収納状況（令和６年２月２９日現在）</p>",
         "<p class='right note'>（単位：円）</p>",
         "<table><tr><th>債権名</th><th>区分</th><th>調定額</th><th>収入済額</th><th>収納率</th>"
         "<th>前年同期<br>収納率</th><th>増減</th></tr>"]
    for debt, rows in T1:
        for k, (seg, a, col, prev) in enumerate(rows):
            rv = rate(col, a)
            diff = round(rv - prev, 2)
            dname = f"<td rowspan='2'>{debt}</td>" if k == 0 else ""
            h.append(f"<tr>{dname}<td>{seg}</td><td class='n'>{c(a)}</td><td class='n'>{c(col)}</td>"
                     f"<td class='n'>{rv:.2f}%</td><td class='n'>{prev:.2f}%</td>"
                     f"<td class='n'>{'△' if diff < 0 else ''}{abs(diff):.2f}</td></tr>")
    h.append("</table>")
    h.append("<p class='note'>※ 前年同期は令和５年２月末現在。増減はポイント。</p>")
    h.append("<h2>３　徴収事務の移管状況</h2>")
    h.append("<p>　令和５年度に各担当課から徴収事務の移管を受けた状況は、次のとおりである。</p>")
    for debt, ka, n, sa, sh in MOVE:
        h.append(f"<p>〔{debt}〕</p><p class='ind'>{ka}より{zen(n)}件の徴収事務の移管を受けた。"
                 f"令和６年２月２９日現在、差押えを{zen(sa)}件、支払督促の申立てを{zen(sh)}件行っている。</p>")
    h.append("<h2>４　主要債権の取組状況</h2>")
    for debt, num, _, items in INITS:
        rows = dict(T1)[debt]
        h.append(f"<h3>{num}　{debt}</h3>")
        h.append("<p>【収納率】令和６年２月２９日現在</p>")
        for seg, a, col, prev in rows:
            rv = rate(col, a)
            h.append(f"<p class='ind'>・{seg}　{zen(f'{rv:.2f}')}％（前年同期 {zen(f'{prev:.2f}')}％）</p>")
        h.append("<p>【取組】</p>")
        for lab, t, tag, wrap in items:
            tagtxt = f"<br>【{tag}】" if wrap else f"【{tag}】"
            h.append(f"<p class='item'>{lab}　{esc(t)}{tagtxt}</p>")
    h.append("<p class='right'>以上</p>")
    return "<body>" + "".join(h) + "</body>"


def render(out: Path):
    w, hgt = 595, 842
    arch = pymupdf.Archive()
    arch.add(open(FONT_M, "rb").read(), "ipaexm.ttf")
    arch.add(open(FONT_G, "rb").read(), "ipaexg.ttf")
    story = pymupdf.Story(html=html(), user_css=CSS, archive=arch)
    mediabox = pymupdf.Rect(0, 0, w, hgt)
    where = mediabox + (62, 62, -62, -58)
    bio = io.BytesIO()
    writer = pymupdf.DocumentWriter(bio)
    more = 1
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", bio.getvalue())
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="go", fontfile=FONT_G)
        page.insert_font(fontname="mi", fontfile=FONT_M)
        page.insert_text((62, 40), "債権管理の取組状況（中間報告）", fontname="go", fontsize=8)
        page.draw_line((62, 46), (w - 62, 46), width=0.4)
        s = f"{i + 1}／{n}"
        fw = pymupdf.Font(fontfile=FONT_M)
        page.insert_text(((w - fw.text_length(s, fontsize=9)) / 2, hgt - 28), s, fontname="mi", fontsize=9)
    doc.subset_fonts()
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out, garbage=4, deflate=True)
    return out


def gold(pdf: Path):
    texts = page_texts(pdf)
    facts, inits = [], []
    p = locate(pdf, "約12億3,400万円")
    facts.append(F(None, 2022, "令和４年度", "total", "outstanding", "actual", TOTAL_OUT_R4, "yen", "約12億3,400万円",
                   p, approx=True, debt_raw=None))
    p_t = locate(pdf, "表１")
    for debt, rows in T1:
        for seg, a, col, prev in rows:
            sg = "current" if seg == "現年分" else "arrears"
            pr = next(i for i in range(p_t, len(texts) + 1) if raw_norm(c(a)) in texts[i - 1])
            rv = rate(col, a)
            for metric, v, unit, raw in (("assessed", a, "yen", c(a)), ("collected", col, "yen", c(col)),
                                         ("collection_rate", rv, "percent", f"{rv:.2f}%")):
                facts.append(F(debt, 2023, "令和６年２月２９日", sg, metric, "interim", v, unit, raw, pr, as_of=AS_OF))
            facts.append(F(debt, 2022, "前年同期", sg, "collection_rate", "interim", prev, "percent", f"{prev:.2f}%",
                           pr, as_of=AS_OF_PREV))
    for debt, num, _, items in INITS:
        ph = locate(pdf, f"{num}　{debt}")
        for seg, a, col, prev in dict(T1)[debt]:
            sg = "current" if seg == "現年分" else "arrears"
            rv = rate(col, a)
            line = f"・{seg}　{zen(f'{rv:.2f}')}％（前年同期 {zen(f'{prev:.2f}')}％）"
            pl = next(i for i in range(ph, len(texts) + 1) if raw_norm(line) in texts[i - 1])
            facts.append(F(debt, 2023, "令和６年２月２９日", sg, "collection_rate", "interim", rv, "percent",
                           f"{zen(f'{rv:.2f}')}％", pl, as_of=AS_OF))
            facts.append(F(debt, 2022, "前年同期", sg, "collection_rate", "interim", prev, "percent",
                           f"{zen(f'{prev:.2f}')}％", pl, as_of=AS_OF_PREV))
        for lab, t, tag, wrap in items:
            inits.append(I(debt, 2023, f"主要債権の取組状況（{debt}）", f"{num}{lab}", t, tag, locate(pdf, t)))
    doc = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2024-03-01",
           "date_raw": "令和６年３月"}
    return write_gold(STEM, pdf, doc, facts, inits)


def main():
    pdf = render(PDF / f"{STEM}.pdf")
    gold(pdf)


if __name__ == "__main__":
    main()
