"""Build the round-2 blind minutes PDF (第30回さいたま市債権回収対策本部会 議事要旨) from a python-docx file.

    python corpus/blind/build/minutes2.py        # writes corpus/blind/pdf/saitama_minutes_030_r2.pdf

The document is made the way a secretariat makes it in Word: IPAex Mincho, a running header, a
「－ n －」 page number field in the footer, an attendee table with a merged title row and wrapped cells,
and full-width digits in the prose.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import minutes2_data as D  # noqa: E402
from corpus.build.office import to_pdf  # noqa: E402

STEM = "saitama_minutes_030_r2"
PDF = ROOT / "corpus" / "blind" / "pdf" / f"{STEM}.pdf"
FONT = "IPAexMincho"
CHAR = Pt(10.5)


def _font(run, size: float = 10.5, bold: bool = False) -> None:
    """Set the Japanese and Latin font of a run."""
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)


def para(doc, text: str, indent: int = 0, first: int = 0, bold: bool = False, size: float = 10.5,
         align=None):
    """Add a paragraph; `indent` and `first` are in characters (10.5pt each)."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = CHAR * indent
    pf.first_line_indent = CHAR * first
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    _font(p.add_run(text), size, bold)
    return p


def _field(paragraph, instr: str) -> None:
    """Append a Word field (e.g. PAGE) to a paragraph."""
    run = paragraph.add_run()
    _font(run, 9)
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", instr), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if tag == "w:fldChar":
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = attr
        run._r.append(el)


def header_footer(doc) -> None:
    """Running header at the top right and 「－ n －」 at the bottom centre of every page."""
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(hp.add_run(D.RUNNING_HEADER), 9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(fp.add_run("－ "), 9)
    _field(fp, "PAGE")
    _font(fp.add_run(" －"), 9)


def _borders(table) -> None:
    """Give every cell a single ruled border (Word's 表 (格子))."""
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


def _cell(cell, text: str, bold: bool = False, center: bool = False) -> None:
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run(text), 10.5, bold)


def attendee_table(doc) -> None:
    """出席者 table: a merged title row, then 区分 | 職名 with the titles wrapped in one cell."""
    n = len(D.ATTENDEE_ROWS[1][1])
    k = len(D.ATTENDEE_ROWS[2][1])
    t = doc.add_table(rows=2 + len(D.ATTENDEE_ROWS), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(t)
    top = t.cell(0, 0).merge(t.cell(0, 1))
    _cell(top, f"出席者（本部長・本部員{n:d}名・事務局{k:d}名）".translate(_FW), bold=True, center=True)
    _cell(t.cell(1, 0), "区　分", center=True)
    _cell(t.cell(1, 1), "職　名", center=True)
    for i, (role, titles) in enumerate(D.ATTENDEE_ROWS, start=2):
        _cell(t.cell(i, 0), role, center=True)
        _cell(t.cell(i, 1), "、".join(titles))
    for row in t.rows:
        row.cells[0].width = Mm(30)
        row.cells[1].width = Mm(130)


_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def build_docx(path: Path) -> Path:
    """Write the minutes as .docx at `path`."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(25)
    header_footer(doc)
    para(doc, D.TITLE, bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "１　開催日時", bold=True)
    para(doc, D.DATE_PRINTED, indent=1)
    para(doc, "")
    para(doc, "２　開催場所及び開催方法", bold=True)
    para(doc, f"{D.PLACE}（{D.METHOD}）", indent=1)
    para(doc, "")
    para(doc, "３　出席者", bold=True)
    attendee_table(doc)
    para(doc, D.ABSENT_NOTE, indent=1)
    para(doc, "")
    para(doc, "４　議　題", bold=True)
    for i, item in enumerate(D.AGENDA, start=1):
        para(doc, f"（{i}）{item}".translate(_FW), indent=1)
    para(doc, "")
    para(doc, "５　配付資料", bold=True)
    for label, name in D.MATERIALS:
        para(doc, f"{label}　{name}", indent=1)
    para(doc, "")
    para(doc, "６　議事の概要", bold=True)
    for i, (heading, blocks) in enumerate(D.PROCEEDINGS, start=1):
        para(doc, f"（{i}）{heading}".translate(_FW), indent=0)
        for speaker, paragraphs in blocks:
            para(doc, f"（{speaker}）", indent=1)
            for text in paragraphs:
                para(doc, text, indent=1, first=1)
            para(doc, "")
    para(doc, "以上", align=WD_ALIGN_PARAGRAPH.RIGHT)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


def main() -> Path:
    """Build the .docx and convert it to the blind PDF."""
    src = build_docx(HERE / "out" / f"{STEM}.docx")
    return to_pdf(src, PDF, profile="minutes2blind")


if __name__ == "__main__":
    print(main())
