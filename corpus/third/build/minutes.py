"""Build the third minutes set (corpus/third/pdf + gold) from corpus/third/build/minutes_data.py.

    python corpus/third/build/minutes.py

saitama_minutes_031 is typed in Word (python-docx, converted by LibreOffice) like the corpus edition;
aoba_minutes_r7_1 is laid out from HTML by PyMuPDF's Story with ruled tables. The gold of each is written from the
same data; the page of each statement and table row is looked up in the built PDF, in reading order.
"""
from __future__ import annotations

import hashlib
import html
import io
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import pymupdf
from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import minutes_data as D  # noqa: E402
from corpus.build.minutes import FONT_BODY, FONT_HEAD, _page_field, _para, _set_font  # noqa: E402
from corpus.build.office import BUILD_OUT, to_pdf  # noqa: E402
from saiken.extract.records import (  # noqa: E402
    Attendee, Document, DocumentInfo, Fact, Minutes, Source, Statement, Table,
)
from saiken.normalize.text import fold  # noqa: E402

THIRD = ROOT / "corpus" / "third"


# --------------------------------------------------------------------------------------------- gold helpers

def _plain(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))


class PageFinder:
    """Looks printed texts up in a PDF in reading order (white space ignored); `find` returns the 1-based page."""

    def __init__(self, pdf: Path) -> None:
        with pymupdf.open(pdf) as d:
            self.texts = [_plain(p.get_text()) for p in d]
        self.page, self.pos = 0, 0

    def find(self, text: str) -> int:
        """Page of the next occurrence of `text` from the last one found; raises LookupError when absent."""
        probe = _plain(text)
        for k in range(self.page, len(self.texts)):
            at = self.texts[k].find(probe, self.pos if k == self.page else 0)
            if at >= 0:
                self.page, self.pos = k, at + len(probe)
                return k + 1
        raise LookupError(f"「{text}」が PDF にありません")


def _source(pdf: Path) -> Source:
    with pymupdf.open(pdf) as d:
        pages = d.page_count
    return Source(file=pdf.name, sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(), pages=pages)


def _statements(finder: PageFinder, sections: tuple[D.Section, ...],
                on_table: object = None) -> list[Statement]:
    """Gold statements, each paged where its label (or first words) is printed; `on_table` is called after a
    statement that presents a table."""
    out = []
    for sec in sections:
        finder.find(sec.heading)
        for say in sec.says:
            page = finder.find(say.label or say.paras[0][:15])
            out.append(Statement(speaker=say.speaker, section=fold(sec.title), page=page,
                                 text="\n".join(fold(p) for p in say.paras)))
            for p in say.paras:
                finder.find(p[-8:])
            if say.table_after and callable(on_table):
                on_table()
    return out


def write_gold(doc: Document, path: Path) -> None:
    """Write a gold JSON validated through the record model, atomically."""
    Document.model_validate(doc.model_dump())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.part")
    tmp.write_text(json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)


# --------------------------------------------------------------------------------------------- さいたま市 (Word)

def _labelled(doc: object, label: str, value: str) -> None:
    """A heading that prints its value on the same line: ゴシック label, 明朝 value."""
    p = _para(doc, label + "　", font=FONT_HEAD, bold=True)
    _set_font(p.add_run(value), FONT_BODY, 10.5)


def build_a_docx(path: Path) -> Path:
    """The さいたま市 edition as the secretariat types it in Word."""
    doc = DocxDocument()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(30), Mm(25), Mm(25), Mm(25)
    style = doc.styles["Normal"]
    _set_font(style, FONT_BODY, 10.5)
    style.paragraph_format.line_spacing = Pt(17)
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _set_font(head.add_run(D.A_HEADER), FONT_BODY, 9)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(foot)
    for k, line in enumerate(D.A_TITLE_LINES):
        _para(doc, line, font=FONT_HEAD, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
              after=12 if k else 2)
    for label, value in D.A_HEAD_PARTS:
        _labelled(doc, label, value)
    _para(doc, D.A_ATTENDEE_HEADING, font=FONT_HEAD, bold=True)
    for role, titles in D.A_ATTENDEES:
        _para(doc, f"{role}　　" + "、".join(titles), left=6, first=-5)
    _para(doc, "５　議　題", font=FONT_HEAD, bold=True)
    for k, item in enumerate(D.A_AGENDA, 1):
        _para(doc, f"（{'１２３４５６７８９'[k - 1]}）{item}", left=1)
    _para(doc, "６　資　料", font=FONT_HEAD, bold=True)
    for item in D.A_MATERIALS:
        _para(doc, item, left=1)
    _para(doc, "")
    _para(doc, D.A_DISCUSSION_HEADING, font=FONT_HEAD, bold=True)
    for section in D.A_SECTIONS:
        _para(doc, section.heading, left=0.5, font=FONT_HEAD)
        for say in section.says:
            for k, text in enumerate(say.paras):
                if k == 0 and say.label:
                    _para(doc, say.label + text, left=1)
                else:
                    _para(doc, text, left=1, first=1)
        _para(doc, "")
    _para(doc, "以　上", align=WD_ALIGN_PARAGRAPH.RIGHT)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def gold_a(pdf: Path) -> Document:
    """Gold of the さいたま市 edition."""
    finder = PageFinder(pdf)
    finder.find(D.A_DISCUSSION_HEADING)
    minutes = Minutes(
        title=D.A_TITLE, meeting_number=31, date=D.A_DATE, method=D.A_METHOD,
        attendees=[Attendee(role=role, title=t) for role, titles in D.A_ATTENDEES for t in titles],
        agenda=[fold(a) for a in D.A_AGENDA], materials=[fold(m) for m in D.A_MATERIALS],
        statements=_statements(finder, D.A_SECTIONS))
    return Document(source=_source(pdf), minutes=minutes,
                    document=DocumentInfo(kind="minutes", family="minutes", municipality="さいたま市",
                                          title=D.A_TITLE, date=D.A_DATE, date_raw=D.A_DATE_RAW))


# --------------------------------------------------------------------------------------------- あおば市 (Story)

FONTS = ("/usr/share/fonts/opentype/ipaexfont-mincho", "/usr/share/fonts/opentype/ipaexfont-gothic")
CSS = """
@font-face {font-family: mincho; src: url(ipaexm.ttf);}
@font-face {font-family: gothic; src: url(ipaexg.ttf);}
* {font-family: mincho; font-size: 10.5pt; line-height: 1.45;}
h1 {font-family: gothic; font-size: 13pt; text-align: center; margin: 0 0 12pt 0;}
p {margin: 0 0 2pt 0;}
p.h {font-family: gothic; margin: 6pt 0 2pt 0;}
p.sub {font-family: gothic; margin: 6pt 0 2pt 6pt;}
p.in {margin-left: 12pt;}
p.say {margin-left: 12pt; margin-bottom: 4pt;}
p.caption {font-family: gothic; font-size: 9.5pt; margin: 4pt 0 2pt 12pt;}
table {border-collapse: collapse; margin-left: 6pt;}
td, th {border: 0.7pt solid black; padding: 1pt 3pt; font-size: 9pt; line-height: 1.25;}
table.stat td, table.stat th {font-size: 8pt; padding: 1pt 2pt;}
th {font-family: gothic; text-align: center;}
td.num {text-align: right;}
"""


def _row(cells: list[str], tag: str, spans: dict[int, str]) -> str:
    return "<tr>" + "".join(f"<{tag}{spans.get(k, '')}>{html.escape(c)}</{tag}>" for k, c in enumerate(cells)
                            if c or k in spans or tag == "td") + "</tr>"


def _attendee_table() -> str:
    rows = D.B_ATTENDEE_TABLE
    out = [_row(list(rows[0]), "th", {})]
    for k, r in enumerate(rows[1:], 1):
        span = 1
        while k + span < len(rows) and not rows[k + span][0]:
            span += 1
        cells = list(r) if r[0] else list(r[1:])
        spans = {0: f" rowspan='{span}'"} if r[0] and span > 1 else {}
        out.append("<tr>" + "".join(f"<td{spans.get(j, '')}>{html.escape(c)}</td>" for j, c in enumerate(cells))
                   + "</tr>")
    return f"<table>{''.join(out)}</table>"


def _stat_table() -> str:
    rows = D.b_table_rows()
    head = ("<tr><th rowspan='2' style='width: 66pt'>債権名</th><th colspan='3'>現年度分</th><th colspan='3'>過年度分</th>"
            "<th colspan='2'>計</th></tr><tr>" + "".join(f"<th style='width: {w}pt'>{t}</th>" for t, w in
                                              zip(rows[1][1:], (58, 58, 28, 58, 58, 28, 28, 30))) + "</tr>")
    body = "".join("<tr><td>" + html.escape(r[0]) + "</td>" + "".join(f"<td class='num'>{c}</td>" for c in r[1:])
                   + "</tr>" for r in rows[2:])
    return f"<p class='caption'>{html.escape(D.B_TABLE_CAPTION)}</p><table class='stat'>{head}{body}</table>"


def b_html() -> str:
    """The あおば市 議事録 as HTML."""
    out = [f"<h1>{html.escape(D.B_TITLE)}</h1>"]
    out += [f"<p class='h'>{html.escape(label)}　<span style='font-family: mincho'>{html.escape(v)}</span></p>"
            for label, v in D.B_HEAD_PARTS]
    out += [f"<p class='h'>{D.B_ATTENDEE_HEADING}</p>", _attendee_table(), "<p class='h'>5. 議題</p>"]
    out += [f"<p class='in'>{html.escape(a)}</p>" for a in D.B_AGENDA]
    out += ["<p class='h'>6. 配付資料</p>"] + [f"<p class='in'>{html.escape(m)}</p>" for m in D.B_MATERIALS]
    out.append(f"<p class='h'>{D.B_DISCUSSION_HEADING}</p>")
    for sec in D.B_SECTIONS:
        out.append(f"<p class='sub'>{html.escape(sec.heading)}</p>")
        for say in sec.says:
            out += [f"<p class='say'>{html.escape((say.label or '') if k == 0 else '　')}{html.escape(t)}</p>"
                    for k, t in enumerate(say.paras)]
            if say.table_after:
                out.append(_stat_table())
    out.append("<p style='text-align: right'>以上</p>")
    return "".join(out)


def render(body: str, dest: Path, header: str) -> Path:
    """Lay the HTML out on A4 pages with Story, then print the running header and page numbers."""
    archive = pymupdf.Archive()
    for folder in FONTS:
        archive.add(folder)
    rect = pymupdf.paper_rect("a4")
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    story = pymupdf.Story(html=body, user_css=CSS, archive=archive)
    more = 1
    while more:
        device = writer.begin_page(rect)
        more, _ = story.place(rect + (56, 70, -56, -60))
        story.draw(device)
        writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buffer.getvalue())
    font = pymupdf.Font(fontfile=f"{FONTS[0]}/ipaexm.ttf")
    for page in doc:
        page.wrap_contents()
        tw = pymupdf.TextWriter(page.rect)
        tw.append((page.rect.width - 56 - font.text_length(header, 8), 44), header, font=font, fontsize=8)
        label = f"- {page.number + 1} -"
        tw.append(((page.rect.width - font.text_length(label, 9)) / 2, page.rect.height - 34), label, font=font,
                  fontsize=9)
        tw.write_text(page)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(".pdf.part")
    doc.subset_fonts()  # whole CJK fonts would make the PDF 15 MB
    doc.save(tmp, garbage=3, deflate=True)
    doc.close()
    tmp.replace(dest)
    return dest


def _b_facts(finder: PageFinder) -> tuple[list[Fact], Table]:
    """Facts of the statistics table (each row paged where it is printed) and the table's rows."""
    rows = D.b_table_rows()
    cols = [("current", "assessed"), ("current", "collected"), ("current", "collection_rate"),
            ("arrears", "assessed"), ("arrears", "collected"), ("arrears", "collection_rate"),
            ("total", "collection_rate"), ("total", "difference")]
    facts: list[Fact] = []
    first = 0
    for r in rows[2:]:
        page = finder.find(r[0] + r[1])
        first = first or page
        for (segment, metric), raw in zip(cols, r[1:]):
            number = Decimal(raw.replace(",", "").replace("%", "").replace("▲", "-"))
            unit = "yen" if metric in ("assessed", "collected") else "points" if metric == "difference" else "percent"
            facts.append(Fact(debt_raw=r[0], fiscal_year=2024, fiscal_year_raw="令和6年度", segment=segment,
                              metric=metric, basis="estimate", value=int(number) if unit == "yen" else float(number),
                              unit=unit, raw=raw, page=page))
    return facts, Table(page=first, bbox=(0, 0, 0, 0), rows=rows)


def gold_b(pdf: Path) -> Document:
    """Gold of the あおば市 議事録."""
    finder = PageFinder(pdf)
    finder.find(D.B_DISCUSSION_HEADING)
    found: dict[str, object] = {}

    def on_table() -> None:
        found["facts"], found["table"] = _b_facts(finder)

    statements = _statements(finder, D.B_SECTIONS, on_table)
    role = ""
    attendees = []
    for r in D.B_ATTENDEE_TABLE[1:]:
        role = r[0] or role
        attendees.append(Attendee(role=role, title=r[1], name=r[2]))
    minutes = Minutes(title=D.B_TITLE, meeting_number=1, date=D.B_DATE, method=D.B_METHOD, attendees=attendees,
                      agenda=list(D.B_AGENDA), materials=list(D.B_MATERIALS), statements=statements)
    people = Table(page=1, bbox=(0, 0, 0, 0), rows=[list(r) for r in D.B_ATTENDEE_TABLE])
    return Document(source=_source(pdf), minutes=minutes, facts=found["facts"],  # type: ignore[arg-type]
                    tables=[people, found["table"]],  # type: ignore[list-item]
                    document=DocumentInfo(kind="minutes", family="minutes", municipality="あおば市", title=D.B_TITLE,
                                          date=D.B_DATE, date_raw=D.B_DATE_RAW))


def main() -> int:
    """Build both PDFs and write their gold files."""
    a_pdf = to_pdf(build_a_docx(BUILD_OUT / f"{D.A_STEM}.docx"), THIRD / "pdf" / f"{D.A_STEM}.pdf",
                   profile="minutes3")
    b_pdf = render(b_html(), THIRD / "pdf" / f"{D.B_STEM}.pdf", D.B_HEADER)
    for stem, pdf, make in ((D.A_STEM, a_pdf, gold_a), (D.B_STEM, b_pdf, gold_b)):
        doc = make(pdf)
        write_gold(doc, THIRD / "gold" / f"{stem}.json")
        m = doc.minutes
        print(f"{pdf.relative_to(ROOT)}: {doc.source.pages} ページ, 出席者 {len(m.attendees) if m else 0}, 発言 "
              f"{len(m.statements) if m else 0} (ページ {sorted({s.page for s in m.statements}) if m else []}), "
              f"事実 {len(doc.facts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
