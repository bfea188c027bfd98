"""Second-set progress sheet (fictional 北浜市, R6年度 12月末) made with another tool chain: HTML + CSS laid out by
PyMuPDF's Story, running header and page numbers stamped afterwards.

    python corpus/second/build/progress.py

It checks that the progress parser generalizes: other city, debts, year and month, label variants (収入率,
滞繰分 / 現年分, R6年度, ■主な取組, 取組状況（12月末）), 【継続】【新規】【拡充】 tags, △ minus, a ward table with
another column order (現年分 block first, 増減 column inside each block) split across two pages with its header
repeated. Writes corpus/second/pdf/kitahama_progress_r6_dec.pdf and corpus/second/gold/kitahama_progress_r6_dec.json.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus.build import progress_data as D  # noqa: E402
from corpus.build import progress_gold as G  # noqa: E402
from saiken.extract.records import Document, DocumentInfo, Source, Table  # noqa: E402

STEM = "kitahama_progress_r6_dec"
FONT_DIR = "/usr/share/fonts/opentype/ipaexfont-gothic"
FY, MONTH = 2024, 12
TITLE = "R6年度後半の取組について"
HEADER = "北浜市 債権管理推進会議（R6.12月末）"
PAGE = pymupdf.paper_rect("a4-l")
WHERE = PAGE + (40, 50, -40, -50)
CSS = """
@font-face {font-family: jp; src: url(ipaexg.ttf);}
* {font-family: jp; font-size: 9pt;}
h1 {font-size: 13pt; margin: 0 0 4pt 0;}
p {margin: 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 2pt 4pt; vertical-align: top;}
th {font-weight: normal; text-align: center;}
td.num {text-align: right;}
td.lab {width: 22pt; text-align: center; vertical-align: middle;}
"""

SHEETS = [
    D.Sheet(
        debt="下水道使用料", number="112", dept="上下水道局お客さまサービス課", title=TITLE, layout="stacked",
        blocks=[
            D.Block("滞繰分", [D.Rate("12月末収入率", "18.4％", "前年度12月末", "17.9％"),
                              D.Rate("決算見込収入率", "27.5％", "前年度決算", "26.8％"),
                              D.Rate("目標収入率", "28.0％", "前年度目標", "27.0％")], [
                "【継続】（１）給水停止予告の活用\n　長期滞納者に給水停止予告を送付し、納付相談につなげる。",
                "【拡充】（２）債権回収業務委託の対象拡大\n　委託対象を転出者の滞納案件まで広げ、居所調査と電話催告を行う。",
            ]),
            D.Block("現年分", [D.Rate("12月末収入率", "91.2％", "前年度12月末", "91.6％"),
                              D.Rate("決算見込収入率", "98.1％", "前年度決算", "98.3％"),
                              D.Rate("目標収入率", "98.4％", "前年度目標", "98.4％")], [
                "【新規】（１）スマートフォン決済の導入\n　令和６年10月からスマートフォン決済を導入し、納付機会を拡大する。",
                "【継続】（２）口座振替の勧奨\n　開栓時に口座振替の申込を案内し、加入率の向上を図る。",
            ]),
        ],
        items=[],
        content=["・滞納者の生活状況を把握し、分割納付の履行管理を徹底する。",
                 "・転出者について住民票の照会を行い、居所の判明した者に催告書を送付する。"],
        status=["【継続】・給水停止予告の送付件数：1,208件（前年同期：1,150件）",
                "【新規】・スマートフォン決済による納付件数：3,416件（10月～12月）"],
    ),
    D.Sheet(
        debt="国民健康保険税", number="031", dept="保険年金課", title=TITLE, layout="side",
        blocks=[
            D.Block("滞繰分", [D.Rate("12月末収入率", "21.7％", "前年度12月末", "22.9％"),
                              D.Rate("決算見込収入率", "30.3％", "前年度決算", "31.0％"),
                              D.Rate("目標収入率", "31.5％", "前年度目標", "31.5％")]),
            D.Block("現年分", [D.Rate("12月末収入率", "78.6％", "前年度12月末", "79.2％"),
                              D.Rate("決算見込収入率", "93.8％", "前年度決算", "94.0％"),
                              D.Rate("目標収入率", "94.5％", "前年度目標", "94.2％")]),
        ],
        items=["【継続】①差押えの早期実施\n　財産調査で判明した預貯金・給与を速やかに差し押さえる。",
               "【拡充】②短期被保険者証の更新時の納付相談\n　更新窓口に納付相談の担当を置き、分納誓約につなげる。",
               "【新規】③コンビニ納付の周知\n　納付書にコンビニ納付の案内を同封する。"],
        content=["①差押えの早期実施\n　財産調査を集約し、差押えまでの期間を短縮する。",
                 "②納付相談の充実\n　夜間・休日の納付相談窓口を開設する。"],
        status=["・差押件数：842件（前年同期：790件）",
                "・夜間・休日の納付相談件数：265件"],
    ),
]

WARD = D.WardTable("国民健康保険税", D.ward_rows("""
全区合計 21.7% 78.6% 22.9% 79.2% △1.2% △0.6%
北区 20.4% 80.1% 21.0% 80.3% △0.6% △0.2%
中央区 23.9% 76.2% 24.8% 77.9% △0.9% △1.7%
南区 19.5% 77.4% 21.6% 78.0% △2.1% △0.6%
東区 22.8% 79.9% 22.1% 79.5% 0.7% 0.4%
西区 18.2% 75.3% 20.3% 76.8% △2.1% △1.5%
港区 25.6% 81.2% 24.9% 81.0% 0.7% 0.2%
浜区 21.1% 78.8% 23.4% 79.9% △2.3% △1.1%
山手区 24.3% 80.6% 25.0% 80.4% △0.7% 0.2%
緑区 20.9% 77.7% 22.2% 78.6% △1.3% △0.9%
泉区 17.6% 74.9% 19.8% 76.1% △2.2% △1.2%
桜区 22.4% 79.3% 23.0% 79.8% △0.6% △0.5%
"""))
# the printed column order: 現年分 (R6, R5, 増減), then 滞繰分 (R6, R5, 増減); WARD rows hold 滞繰R6 現年R6 滞繰R5 現年R5
ORDER = [1, 3, 5, 0, 2, 4]
WARD_COLS = [("current", FY, "R6年度"), ("current", FY - 1, "R5年度"), ("current", None, "R6年度"),
             ("arrears", FY, "R6年度"), ("arrears", FY - 1, "R5年度"), ("arrears", None, "R6年度")]
WARD_SPLIT = 7  # rows on the first page of the table; the rest continue on the next page
VERTICAL_STATUS = "<br>".join("取組状況") + "<br><br>" + "<br>".join("（12月末）")


def esc(text: str) -> str:
    """HTML-escaped text with line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def items_html(items: list[str]) -> str:
    """Items as paragraphs with an empty line between them."""
    return "<br><br>".join(esc(i) for i in items)


def debt_html(s: D.Sheet) -> str:
    return f"<p>債権名　{esc(s.debt)}　整理番号　{s.number}　【{esc(s.dept)}】</p>"


def rates_html(b: D.Block) -> str:
    return "<br>".join(esc(r.line()) for r in b.rates)


def plan_page(s: D.Sheet) -> str:
    """The 後半の取組 page: stacked blocks (segment label cell on the left) or side-by-side blocks."""
    out = [f"<h1>{esc(s.title)}</h1>", debt_html(s), "<p>&nbsp;</p>"]
    if s.layout == "stacked":
        out.append("<table>")
        for b in s.blocks:
            out.append(f"<tr><td class='lab' rowspan='3'>{esc(b.segment)}</td><td>{rates_html(b)}</td></tr>"
                       f"<tr><td>■主な取組</td></tr><tr><td>{items_html(b.items)}</td></tr>")
        out.append("</table>")
    else:
        left, right = s.blocks
        out.append(f"<table><tr><th>{esc(left.segment)}</th><th>{esc(right.segment)}</th></tr>"
                   f"<tr><td>{rates_html(left)}</td><td>{rates_html(right)}</td></tr>"
                   f"<tr><td colspan='2'>■主な取組</td></tr><tr><td colspan='2'>{items_html(s.items)}</td></tr></table>")
    return "".join(out)


def status_page(s: D.Sheet) -> str:
    """The 取組内容 / 取組状況（12月末） page with vertical labels."""
    return (f"<h1>R6年度　未収債権に関する具体取組内容の取組状況（12月末）</h1>{debt_html(s)}<p>&nbsp;</p>"
            f"<table><tr><td class='lab'>{'<br>'.join('取組内容')}</td><td>{items_html(s.content)}</td></tr>"
            f"<tr><td class='lab'>{VERTICAL_STATUS}</td><td>{items_html(s.status)}</td></tr></table>")


def ward_head() -> str:
    """The two header rows; fixed widths so that both pages of the table share their column edges."""
    sub = "".join(f"<th style='width: 14%'>{h}</th>" for h in ["R6年度<br>12月末収入率", "R5年度<br>12月末収入率", "増減"] * 2)
    return (f"<tr><th rowspan='2' style='width: 16%'>区名</th><th colspan='3'>現年分</th><th colspan='3'>滞繰分</th></tr>"
            f"<tr>{sub}</tr>")


def ward_part(rows: list[tuple[str, list[str]]], first: bool) -> str:
    """One page's part of the ward table (the header repeated on the continuation)."""
    intro = ("<h1>区役所で徴収事務を行っている債権の状況（12月末現在）</h1>"
             f"<p>債権名：{esc(WARD.debt)}</p><p>&nbsp;</p>") if first else ""
    body = "".join("<tr><td>" + esc(w) + "</td>" + "".join(f"<td class='num'>{esc(v[i])}</td>" for i in ORDER)
                   + "</tr>" for w, v in rows)
    return f"{intro}<table>{ward_head()}{body}</table>" + ("" if first else "<p>※ 増減は R6年度 − R5年度（ポイント）</p>")


def pages_html() -> list[str]:
    """One HTML fragment per printed page."""
    out = []
    for s in SHEETS:
        out += [plan_page(s), status_page(s)]
    out += [ward_part(WARD.rows[:WARD_SPLIT], True), ward_part(WARD.rows[WARD_SPLIT:], False)]
    return out


def render(dest: Path) -> int:
    """Lay out every fragment on its own page(s), stamp header and page numbers; returns the page count."""
    archive = pymupdf.Archive(FONT_DIR)
    writer = pymupdf.DocumentWriter(str(dest))
    for frag in pages_html():
        story = pymupdf.Story(html=frag, user_css=CSS, archive=archive)
        more = True
        while more:
            dev = writer.begin_page(PAGE)
            more, _ = story.place(WHERE)
            story.draw(dev)
            writer.end_page()
            if more:
                raise RuntimeError("a page fragment does not fit on one page")
    writer.close()
    doc = pymupdf.open(dest)
    for i, page in enumerate(doc, start=1):
        page.insert_font(fontname="jp", fontfile=f"{FONT_DIR}/ipaexg.ttf")
        page.insert_text((PAGE.width - 260, 30), HEADER, fontname="jp", fontsize=8)
        page.insert_text((PAGE.width / 2 - 10, PAGE.height - 24), f"- {i} -", fontname="jp", fontsize=9)
    n = doc.page_count
    doc.subset_fonts()  # whole CJK fonts would make the PDF 12 MB
    doc.save(dest.with_suffix(".tmp.pdf"), garbage=3, deflate=True)
    doc.close()
    dest.with_suffix(".tmp.pdf").replace(dest)
    return n


def gold(pdf: Path) -> Document:
    """The gold records from the same data as the pages."""
    doc = Document(source=Source(file=pdf.name, sha256="", pages=1),
                   document=DocumentInfo(kind="progress_report", family="progress", municipality="北浜市",
                                         title=TITLE, date="2024-12-31", date_raw="12月末現在"))
    page = 1
    for s in SHEETS:
        for b in s.blocks:
            for r in b.rates:
                doc.facts += G.rate_facts(s.debt, G.SEGMENTS[b.segment], r.label, r.value, r.prev_label, r.prev_value,
                                          FY, "R6年度", page, MONTH)
            doc.initiatives += G.initiatives(s.debt, "主な取組", b.items, FY, page)
        doc.initiatives += G.initiatives(s.debt, "主な取組", s.items, FY, page)
        doc.initiatives += G.initiatives(s.debt, "取組内容", s.content, FY, page + 1)
        doc.initiatives += G.initiatives(s.debt, "取組状況（12月末）", s.status, FY, page + 1)
        page += 2
    row_pages = [page if k < WARD_SPLIT else page + 1 for k in range(len(WARD.rows))]
    printed = D.WardTable(WARD.debt, [(w, [v[i] for i in ORDER]) for w, v in WARD.rows])
    doc.facts += G.ward_facts(printed, WARD_COLS, FY, row_pages, MONTH)
    head = [["区名", "現年分", "", "", "滞繰分", "", ""],
            [""] + ["R6年度12月末収入率", "R5年度12月末収入率", "増減"] * 2]
    rows = head + [[w] + v for w, v in printed.rows]
    doc.tables.append(Table(page=page, bbox=G.table_bbox(pdf, page), rows=rows, pages=[page, page + 1]))
    return G.finish(doc, pdf)


def main() -> int:
    """Render the PDF, write the gold, check every gold entry against its page."""
    pdf = ROOT / "corpus" / "second" / "pdf" / f"{STEM}.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    n = render(pdf)
    g = gold(pdf)
    problems = G.check_pages(pdf, g)
    if problems:
        print("\n".join(problems[:30]), file=sys.stderr)
        return 1
    G.write(g, ROOT / "corpus" / "second" / "gold" / f"{STEM}.json")
    print(f"{pdf}: {n} pages, {len(g.facts)} facts, {len(g.initiatives)} initiatives")
    return 0


if __name__ == "__main__":
    sys.exit(main())
