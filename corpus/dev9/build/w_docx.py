"""python-docx helpers for the dev9 w_* builders (Japanese fonts, ruled tables, boxes, page numbers)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

MINCHO = "IPAexMincho"
GOTHIC = "IPAexGothic"


def new_doc(font=MINCHO, size=10.5, landscape=False, margins_mm=(20, 20, 20, 20)) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(2)
    pf.line_spacing = 1.15
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Mm(m) for m in margins_mm]
    return doc


def run_font(run, font=None, size=None, bold=None):
    if font:
        run.font.name = font
        rpr = run._element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), font)
        rfonts.set(qn("w:ascii"), font)
        rfonts.set(qn("w:hAnsi"), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    return run


def para(doc_or_cell, text="", font=None, size=None, bold=None, align=None, indent_mm=None, first_mm=None,
         before=None, after=None):
    p = doc_or_cell.add_paragraph()
    if text:
        run_font(p.add_run(text), font, size, bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm is not None:
        p.paragraph_format.left_indent = Mm(indent_mm)
    if first_mm is not None:
        p.paragraph_format.first_line_indent = Mm(first_mm)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def set_cell(cell, text, font=None, size=None, bold=None, align=None, shade=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run_font(p.add_run(line), font, size, bold)
        p.paragraph_format.space_after = Pt(0)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if shade:
        tcPr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)
    return cell


def table(doc, rows, cols, widths_mm=None, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths_mm:
        for r in t.rows:
            for i, w in enumerate(widths_mm):
                r.cells[i].width = Mm(w)
    return t


def box(doc, lines, font=None, size=None, width_mm=None):
    """One-cell bordered box holding several paragraphs."""
    t = table(doc, 1, 1, [width_mm] if width_mm else None)
    cell = t.cell(0, 0)
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        bold = False
        if isinstance(line, tuple):
            line, bold = line
        run_font(p.add_run(line), font, size, bold)
        p.paragraph_format.space_after = Pt(1)
    return t


def _field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def page_footer(section, prefix="- ", suffix=" -", font=MINCHO, size=9):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run(prefix), font, size)
    r = run_font(p.add_run(), font, size)
    _field(r, "PAGE")
    run_font(p.add_run(suffix), font, size)


def page_header(section, text, font=MINCHO, size=8.5, align="right"):
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else WD_ALIGN_PARAGRAPH.LEFT
    run_font(p.add_run(text), font, size)


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
