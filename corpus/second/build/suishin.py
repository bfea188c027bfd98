"""Second-set 推進シート plan: a fictional city (北浦市) rendered from HTML+CSS with PyMuPDF's Story.

It checks that the suishin parser generalises: another tool chain (no office suite), other debts, years and
numbers, label variants (収入率 for 収納率, 滞繰分/現年分, 収入額, 合計, R2 and 令和元年度 headers, a 見込 column),
5-year figures in 千円 from a (単位：千円) note, arrears rows before current ones, a three-year 目標 table,
取組 items tagged 【継続】【新規】【拡充】 with ● bullets, and a 債権一覧 split over two pages whose continuation
has no repeated header.

    python corpus/second/build/suishin.py   → corpus/second/pdf/kitaura_suishin.pdf + corpus/second/gold/kitaura_suishin.json
"""
from __future__ import annotations

import hashlib
import html
import sys
from pathlib import Path
from typing import Any

import pymupdf

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from corpus.build.suishin import (printed_number, sheet_facts, sheet_initiatives, verify_pages,  # noqa: E402
                                  write_gold)
from saiken.extract.records import Document, Fact, Source  # noqa: E402

STEM = "kitaura_suishin"
CSS = """
* { font-family: sans-serif; font-size: 9pt; }
h1 { font-size: 15pt; text-align: center; margin: 4pt 0 8pt 0; }
h2 { font-size: 11pt; margin: 8pt 0 4pt 0; }
p { margin: 2pt 0; }
p.date, p.city { text-align: center; font-size: 12pt; }
p.unit { text-align: right; font-size: 8pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid black; padding: 2pt 3pt; vertical-align: top; }
th { font-weight: normal; background-color: #e8e8e8; text-align: center; }
td.n { text-align: right; }
"""

LEDGER_HEADER = ["債権名", "所管課", "区分", "R4年度末収入未済額(千円)", "備考"]
LEDGER = [
    ["市民税", "収納課", "強", "812,406", "個人・法人"], ["固定資産税", "収納課", "強", "455,120", ""],
    ["国民健康保険税", "保険年金課", "強", "603,877", "現年・滞繰"], ["介護保険料", "介護保険課", "強", "98,214", ""],
    ["後期高齢者医療保険料", "保険年金課", "強", "12,650", ""], ["保育所保育料", "保育課", "強", "41,302", ""],
    ["市営住宅使用料", "住宅課", "私", "77,815", "駐車場使用料を含む"], ["下水道使用料", "下水道課", "強", "35,008", ""],
    ["奨学金貸付金", "教育総務課", "私", "18,441", ""], ["生活保護費返還金", "生活福祉課", "強・非", "129,553", ""],
    ["児童扶養手当返還金", "子育て支援課", "私", "9,870", ""], ["学校給食費", "学務課", "私", "6,122", ""],
    ["母子父子寡婦福祉資金貸付金", "子育て支援課", "私", "15,009", ""], ["病院診療費", "市民病院医事課", "私", "52,376", ""],
    ["し尿処理手数料", "環境課", "強", "1,204", ""], ["道路占用料", "道路管理課", "強", "833", ""],
    ["行政財産使用料", "財産管理課", "非", "2,417", ""], ["災害援護資金貸付金", "福祉総務課", "私", "24,915", ""],
]
LEDGER_TOTAL = ["合計", "", "", "2,397,132", ""]
LEDGER_SPLIT = 11  # rows on the first page; the rest continue on the next page without a header

SHEETS: list[dict[str, Any]] = [
    {"debt": "国民健康保険税", "dept": "保険年金課", "unit": "(単位：千円)",
     "five_year": {"years": ["令和元年度", "R2", "R3", "R4", "R5(見込)"], "rows": [
         ["滞繰分", "調定額", "1,402,118", "1,288,540", "1,150,662", "1,021,305", "950,000"],
         ["", "収入額", "251,880", "240,113", "236,904", "229,518", "220,000"],
         ["", "収入率", "17.96%", "18.63%", "20.59%", "22.47%", "23.16%"],
         ["現年分", "調定額", "5,880,215", "5,701,334", "5,655,087", "5,498,760", "5,400,000"],
         ["", "収入額", "5,402,377", "5,283,990", "5,270,411", "5,150,925", "5,070,000"],
         ["", "収入率", "91.87%", "92.68%", "93.20%", "93.67%", "93.89%"],
         ["合計", "調定額", "7,282,333", "6,989,874", "6,805,749", "6,520,065", "6,350,000"],
         ["", "収入額", "5,654,257", "5,524,103", "5,507,315", "5,380,443", "5,290,000"],
         ["", "収入率", "77.64%", "79.03%", "80.92%", "82.52%", "83.31%"],
         ["不納欠損額", "", "134,011", "127,440", "112,580", "97,815", "90,000"],
         ["収入未済額", "", "1,494,065", "1,338,331", "1,185,854", "1,041,807", "970,000"],
         ["滞納世帯数", "", "6,812", "6,350", "5,977", "5,418", "5,100"]]},
     "target": {"years": ["R6", "R7", "R8"], "rows": [
         ["現年分", "収入率", "94.10%", "94.30%", "94.50%"],
         ["滞繰分", "収入率", "23.50%", "24.00%", "24.50%"],
         ["収入未済額目標(千円)", "", "925,000", "880,000", "840,000"]]},
     "measures": {"header": ["R5年度の取組", "R6～R8年度の取組"], "rows": [
         {"label": "滞納抑制", "cells": [
             ["【継続】口座振替の原則化を進め、新規加入世帯に申込書を同封する。",
              "【継続】納付案内センターによる電話催告を現年度分の未納者に行う。"],
             ["【拡充】スマートフォン決済の対象を全税目に広げる。",
              "【新規】SMSによる納期前の案内を始める。"]]},
         {"label": "徴収強化", "cells": [
             ["【継続】財産調査を滞納初期から行い、預貯金・給与の差押えを進める。"],
             ["【拡充】電子照会で預貯金調査を迅速化し、差押件数を増やす。",
              "【新規】高額滞納案件を収納課特別整理班へ引き継ぐ。"]]}]}},
    {"debt": "保育所保育料", "dept": "保育課", "unit": "(単位：円)",
     "five_year": {"years": ["令和元年度", "R2", "R3", "R4", "R5(見込)"], "rows": [
         ["滞繰分", "調定額", "58,410,220", "55,102,840", "49,877,310", "45,210,900", "41,300,000"],
         ["", "収入額", "6,120,400", "6,588,210", "7,015,330", "7,402,118", "7,500,000"],
         ["", "収入率", "10.48%", "11.96%", "14.07%", "16.37%", "18.16%"],
         ["現年分", "調定額", "402,775,100", "331,206,450", "298,114,800", "287,500,210", "280,000,000"],
         ["", "収入額", "396,880,310", "327,410,230", "295,702,100", "285,611,020", "278,300,000"],
         ["", "収入率", "98.54%", "98.85%", "99.19%", "99.34%", "99.39%"],
         ["合計", "調定額", "461,185,320", "386,309,290", "347,992,110", "332,711,110", "321,300,000"],
         ["", "収入額", "403,000,710", "333,998,440", "302,717,430", "293,013,138", "285,800,000"],
         ["", "収入率", "87.38%", "86.46%", "86.99%", "88.07%", "88.95%"],
         ["不納欠損額", "", "3,081,770", "2,433,540", "3,063,780", "2,395,072", "2,300,000"],
         ["収入未済額", "", "55,102,840", "49,877,310", "42,210,900", "37,302,900", "33,200,000"],
         ["滞納者数(単位:人)", "", "1,204", "1,118", "1,003", "917", "880"]]},
     "target": {"years": ["R6", "R7", "R8"], "rows": [
         ["現年分", "収入率", "99.40%", "99.45%", "99.50%"],
         ["滞繰分", "収入率", "18.50%", "19.00%", "19.50%"],
         ["収入未済額目標(千円)", "", "30,500", "28,000", "25,800"]]},
     "measures": {"header": ["R5年度の取組", "R6～R8年度の取組"], "rows": [
         {"label": "滞納抑制", "cells": [
             ["【継続】入所申込時に口座振替の手続を案内する。"],
             ["【継続】入所申込時に口座振替の手続を案内する。", "【新規】電子申請で口座振替を受け付ける。"]]},
         {"label": "徴収強化", "cells": [
             ["【継続】児童手当からの申出徴収を勧める。", "【拡充】分納誓約の履行確認を毎月行う。"],
             ["【拡充】滞納処分の執行停止案件を毎年度見直す。"]]}]}},
]


def esc(text: str) -> str:
    """HTML-escaped text with line breaks."""
    return html.escape(text).replace("\n", "<br/>")


LEDGER_WIDTHS = (26, 18, 10, 22, 24)  # percent of the table width, the same on both pages


def row_html(cells: list[str], numeric: set[int], tag: str = "td") -> str:
    """One 債権一覧 row with fixed column widths; numeric columns are right-aligned."""
    def attrs(k: int) -> str:
        cls = ' class="n"' if k in numeric and tag == "td" else ""
        return f'{cls} style="width: {LEDGER_WIDTHS[k]}%"'
    return "<tr>" + "".join(f"<{tag}{attrs(k)}>{esc(c)}</{tag}>" for k, c in enumerate(cells)) + "</tr>"


def ledger_html(rows: list[list[str]], header: bool) -> str:
    """A part of the 債権一覧."""
    head = row_html(LEDGER_HEADER, set(), "th") if header else ""
    return "<table>" + head + "".join(row_html(r, {3}) for r in rows) + "</table>"


def value_table(years: list[str], rows: list[list[str]]) -> str:
    """A year-columns table with a merged segment column (rowspan) and label cells spanning two columns."""
    out = ['<table><tr><th colspan="2"></th>' + "".join(f"<th>{esc(y)}</th>" for y in years) + "</tr>"]
    i = 0
    while i < len(rows):
        r = rows[i]
        if r[1]:
            span = 1
            while i + span < len(rows) and rows[i + span][0] == "" and rows[i + span][1]:
                span += 1
            for k, sub in enumerate(rows[i:i + span]):
                seg = f'<td rowspan="{span}">{esc(r[0])}</td>' if k == 0 else ""
                out.append("<tr>" + seg + f"<td>{esc(sub[1])}</td>"
                           + "".join(f'<td class="n">{esc(v)}</td>' for v in sub[2:]) + "</tr>")
            i += span
        else:
            out.append(f'<tr><td colspan="2">{esc(r[0])}</td>' + "".join(f'<td class="n">{esc(v)}</td>' for v in r[2:])
                       + "</tr>")
            i += 1
    return "".join(out) + "</table>"


def measures_table(m: dict[str, Any]) -> str:
    """The 取組 table: ● bullet per item."""
    out = ["<table><tr><th></th>" + "".join(f"<th>{esc(h)}</th>" for h in m["header"]) + "</tr>"]
    for row in m["rows"]:
        cells = "".join("<td>" + "<br/>".join("●" + esc(it) for it in items) + "</td>" for items in row["cells"])
        out.append(f'<tr><td>{esc(row["label"])}</td>{cells}</tr>')
    return "".join(out) + "</table>"


def pages_html() -> list[str]:
    """The HTML of each printed page."""
    pages = [
        "<h1>北浦市債権管理推進計画（第3期）</h1><p class='date'>令和6年3月</p><p class='city'>北浦市</p>"
        "<h2>1 債権の状況（令和4年度決算）</h2><p>本市が保有する債権の収入未済額は次のとおりである。</p>"
        + ledger_html(LEDGER[:LEDGER_SPLIT], True),
        ledger_html(LEDGER[LEDGER_SPLIT:] + [LEDGER_TOTAL], False)
        + "<h2>2 計画期間</h2><p>令和6年度から令和8年度までの3年間とする。</p>",
    ]
    for s in SHEETS:
        pages.append(
            f"<h1>推進シート</h1><table><tr><th>債権名</th><td>{esc(s['debt'])}</td><th>所管課</th>"
            f"<td>{esc(s['dept'])}</td></tr></table>"
            f"<h2>1 直近5か年の収納状況</h2><p class='unit'>{esc(s['unit'])}</p>"
            + value_table(s["five_year"]["years"], s["five_year"]["rows"])
            + "<p>収入率は年々上昇している。</p>")
        pages.append("<h2>2 目標</h2>" + value_table(s["target"]["years"], s["target"]["rows"])
                     + "<h2>3 目標実現に向けた取組</h2>" + measures_table(s["measures"]))
    return pages


def render(dest: Path) -> Path:
    """Place each page's HTML on its own A4 page (failing if it does not fit) and number the pages."""
    writer_path = dest.with_suffix(".pdf.part")
    writer = pymupdf.DocumentWriter(str(writer_path))
    mediabox = pymupdf.paper_rect("a4")
    where = mediabox + (50, 60, -50, -60)
    for body in pages_html():
        story = pymupdf.Story(html=body, user_css=CSS)
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
        if more:
            raise RuntimeError("1ページに収まりません: " + body[:40])
    writer.close()
    doc = pymupdf.open(writer_path)
    for n, page in enumerate(doc, 1):
        page.insert_text((280, 815), f"- {n} -", fontsize=9)
        page.insert_text((400, 35), "北浦市債権管理推進計画", fontsize=8, fontname="japan")
    doc.save(dest, garbage=3, deflate=True)
    writer_path.unlink()
    return dest


def gold(pdf: Path) -> Document:
    """The gold record from the data above."""
    doc = Document(source=Source(file=pdf.name, sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(),
                                 pages=pymupdf.open(pdf).page_count))
    doc.document.kind = "plan"
    doc.document.family = "suishin"
    doc.document.municipality = "北浦市"
    doc.document.title = "北浦市債権管理推進計画（第3期）"
    doc.document.date, doc.document.date_raw = "2024-03-01", "令和6年3月"
    for k, row in enumerate(LEDGER + [LEDGER_TOTAL]):
        doc.facts.append(Fact(debt=None if row[0] == "合計" else row[0], debt_raw=row[0], fiscal_year=2022,
                              fiscal_year_raw="R4年度末", segment="total", metric="outstanding", basis="actual",
                              value=printed_number(row[3], 1000), unit="yen", raw=row[3],  # type: ignore[arg-type]
                              page=1 if k < LEDGER_SPLIT else 2))
    for i, s in enumerate(SHEETS):
        doc.facts += sheet_facts(s, 3 + 2 * i)
        doc.initiatives += sheet_initiatives(s, 4 + 2 * i)
    return doc


def main() -> int:
    """Build the PDF and its gold; exit 1 when a gold value is not on its page."""
    dest = ROOT / "corpus" / "second" / "pdf" / f"{STEM}.pdf"
    dest.parent.mkdir(parents=True, exist_ok=True)
    pdf = render(dest)
    doc = gold(pdf)
    problems = verify_pages(doc, pdf)
    write_gold(doc, ROOT / "corpus" / "second" / "gold" / f"{STEM}.json")
    print(f"{pdf}: {doc.source.pages} pages, {len(doc.facts)} facts, {len(doc.initiatives)} initiatives")
    for p in problems[:20]:
        print("NG", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
