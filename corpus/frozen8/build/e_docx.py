"""python-docx helpers for the e_* builders: Japanese fonts, page-number footer, ruled tables."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def set_font(run, name="IPAexMincho", size=None, bold=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def new_doc(font="IPAexMincho", size=10.5, landscape=False, margins=(20, 20, 22, 20)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Mm(210), Mm(297)
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = (Mm(m) for m in margins)
    return doc


def para(doc_or_cell, text="", *, size=None, bold=None, align=None, font=None, indent_mm=None, first_mm=None,
         space_before=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        set_font(r, font or "IPAexMincho", size, bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm is not None:
        p.paragraph_format.left_indent = Mm(indent_mm)
    if first_mm is not None:
        p.paragraph_format.first_line_indent = Mm(first_mm)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def add_field(run, instr):
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


def footer_page(doc, fmt=("－ ", " －")):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(fmt[0])
    set_font(r, "IPAexMincho", 9)
    r = p.add_run()
    set_font(r, "IPAexMincho", 9)
    add_field(r, "PAGE")
    r = p.add_run(fmt[1])
    set_font(r, "IPAexMincho", 9)


def header_text(doc, text, align="right"):
    p = doc.sections[0].header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run(text)
    set_font(r, "IPAexGothic", 8)


def shade(cell, color="D9D9D9"):
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcpr.append(shd)


def cell_text(cell, text, *, size=9, bold=None, align=None, font="IPAexMincho"):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        set_font(r, font, size, bold)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def table(doc, rows, cols, widths_mm=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths_mm:
        t.autofit = False
        for col, w in zip(t.columns, widths_mm):
            col.width = Mm(w)
        for row in t.rows:
            for c, w in zip(row.cells, widths_mm):
                c.width = Mm(w)
    return t


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
