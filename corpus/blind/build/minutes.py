"""Build the blind minutes PDF (corpus/blind/pdf/<STEM>.pdf) from minutes_data: python-docx → LibreOffice.

The layout is what a city office produces in Word: a running header and a "－ n －" page footer, numbered
headings with indented bodies, speaker labels on their own line (one inline, one with half-width
parentheses), a closing section with no speaker label, and a landscape 別表 whose header cells are merged
(所管局 and 債権名 spanning rows, 令和４年度決算 spanning columns), repeated on the next page.

    python corpus/blind/build/minutes.py && python corpus/blind/build/minutes_gold.py  # gold carries the PDF hash
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

from corpus.build.office import to_pdf  # noqa: E402
from minutes_data import (  # noqa: E402
    FRONT, PROCEEDINGS, RUNNING_HEADER, STEM, TABLE, TABLE_TITLE, TITLE, UNIT_NOTE, diff_points, rows_with_total,
)

FALLBACK = "IPAexMincho"


def _font(run_el: object, size: float | None = None) -> None:
    """Set the Japanese and Latin fonts (and size) of a run."""
    run = run_el  # docx.text.run.Run
    run.font.name = FALLBACK  # type: ignore[attr-defined]
    rpr = run._element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), FALLBACK)
    if size:
        run.font.size = Pt(size)  # type: ignore[attr-defined]


def para(doc: DocxDocument | _Cell, text: str, *, left: float = 0.0, first: float = 0.0, size: float = 12,
         align: int | None = None, bold: bool = False) -> Paragraph:
    """Add a paragraph with a left indent and first-line indent in characters (12pt each)."""
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing = 1.15
    fmt.left_indent = Pt(12 * left)
    fmt.first_line_indent = Pt(12 * first)
    fmt.space_after = Pt(0)
    fmt.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    _font(r, size)
    return p


def _page_field(p: Paragraph) -> None:
    """Append a PAGE field to a paragraph."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def header_footer(doc: DocxDocument) -> None:
    """Running header at the top right and "－ n －" centred in the footer."""
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(hp.add_run(RUNNING_HEADER), 9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(fp.add_run("－ "), 10)
    _page_field(fp)
    _font(fp.add_run(" －"), 10)


def body(doc: DocxDocument) -> None:
    """Title, the numbered front matter and the 議事概要 with its speaker blocks."""
    para(doc, TITLE, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    para(doc, "")
    for heading, lines in FRONT:
        para(doc, heading)
        for line in lines:
            para(doc, line, left=2, first=-1 if "：" in line[:4] else 0)
        para(doc, "")
    para(doc, "７　議事概要")
    for heading, intro, speeches in PROCEEDINGS:
        para(doc, heading, left=1)
        if intro:
            para(doc, intro, left=2, first=1)
        for sp in speeches:
            first, *rest = sp.paragraphs
            if sp.label and sp.inline:
                para(doc, sp.label + first, left=2)
            else:
                if sp.label:
                    para(doc, sp.label, left=2)
                para(doc, first, left=2, first=1)
            for text in rest:
                para(doc, text, left=2, first=1)
            para(doc, "")
    para(doc, "以上", align=WD_ALIGN_PARAGRAPH.RIGHT)


def _shade(cell: _Cell) -> None:
    """Grey background for a header cell."""
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "D9D9D9")
    tcpr.append(shd)


def _set(cell: _Cell, text: str, *, align: int = WD_ALIGN_PARAGRAPH.CENTER, size: float = 9) -> None:
    """Write a cell's text (newline-separated lines become paragraphs)."""
    first, *rest = text.split("\n")
    p = cell.paragraphs[0]
    p.alignment = align
    _font(p.add_run(first), size)
    for line in rest:
        q = cell.add_paragraph()
        q.alignment = align
        _font(q.add_run(line), size)


def _repeat_header(table: Table, n: int) -> None:
    """Mark the first n rows as header rows repeated on each page."""
    for row in table.rows[:n]:
        trpr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trpr.append(el)


def _widths(t: Table) -> None:
    """Fixed column widths (grid and cells) and a minimum row height, as set in Word's table properties."""
    t.autofit = False
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), WIDTHS):
        col.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        row.height = Cm(ROW_HEIGHT)
        for i, cell in enumerate(row.cells):
            cell.width = Cm(WIDTHS[i])


def _num(v: object) -> str:
    """A 千円 figure with thousands separators, or "－" for none."""
    return "－" if v is None else f"{int(v):,}"  # type: ignore[call-overload]


WIDTHS = [2.4, 3.6, 2.3, 3.0, 3.0, 2.4, 2.7, 1.8, 2.2, 1.8]
ROW_HEIGHT = 0.62


def annex(doc: DocxDocument) -> None:
    """The landscape 別表 with merged header cells and 所管局 / 債権名 cells spanning rows."""
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(doc, TABLE_TITLE, size=12, bold=True)
    para(doc, UNIT_NOTE, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    body_rows = [(d, r) for d in TABLE for r in rows_with_total(d)]
    t = doc.add_table(rows=2 + len(body_rows), cols=len(WIDTHS))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(t)
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, text in ((0, "所管局"), (1, "債権名"), (2, "区分"), (8, "令和３年度\n収納率"), (9, "増減")):
        merged = h0[i].merge(h1[i])
        _set(merged, text)
    top = h0[3].merge(h0[7])
    _set(top, "令和４年度決算")
    for i, text in zip(range(3, 8), ("調定額", "収入済額", "不納欠損額", "収入未済額", "収納率")):
        _set(h1[i], text)
    for cell in list(h0) + list(h1):
        _shade(cell)
    _repeat_header(t, 2)
    for k, (d, r) in enumerate(body_rows):
        cells = t.rows[2 + k].cells
        _set(cells[2], str(r["segment"]))
        for i, col in zip(range(3, 7), ("assessed", "collected", "written_off", "outstanding")):
            _set(cells[i], _num(r[col]), align=WD_ALIGN_PARAGRAPH.RIGHT)
        _set(cells[7], str(r["rate"]), align=WD_ALIGN_PARAGRAPH.RIGHT)
        _set(cells[8], str(r["prev_rate"]), align=WD_ALIGN_PARAGRAPH.RIGHT)
        _set(cells[9], diff_points(str(r["rate"]), str(r["prev_rate"])), align=WD_ALIGN_PARAGRAPH.RIGHT)
    _merge_runs(t, [d.bureau for d, _ in body_rows], 0)
    _merge_runs(t, [d.name for d, _ in body_rows], 1)
    para(doc, "※収納率は、収入済額を調定額で除した数値を小数点第３位で四捨五入したものです。", size=9)
    para(doc, "※金額は千円未満を切り捨てているため、合計が一致しない場合があります。", size=9)


def _merge_runs(t: Table, labels: list[str], col: int) -> None:
    """Merge body cells of a column over each run of equal labels and write the label once."""
    start = 0
    for k in range(1, len(labels) + 1):
        if k == len(labels) or labels[k] != labels[start]:
            cell = t.cell(2 + start, col)
            if k - 1 > start:
                cell = cell.merge(t.cell(2 + k - 1, col))
            _set(cell, labels[start])
            start = k


def build(out_dir: Path = ROOT / "corpus" / "blind") -> Path:
    """Write the .docx under corpus/blind/build/out and convert it to corpus/blind/pdf/<STEM>.pdf."""
    doc = new_docx()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    header_footer(doc)
    body(doc)
    annex(doc)
    src = out_dir / "build" / "out" / f"{STEM}.docx"
    src.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(src))
    return to_pdf(src, out_dir / "pdf" / f"{STEM}.pdf", profile="minutesblind")


if __name__ == "__main__":
    print(build())
