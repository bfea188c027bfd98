"""python-docx helpers for the b_* builders (fonts, borders, page-number fields, table cells)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FONT = "IPAex明朝"
GOTHIC = "IPAexゴシック"


def set_font(run, name=FONT, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rfonts.set(qn(a), name)


def new_doc(landscape=False, margins=(20, 20, 20, 20)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Mm(m) for m in margins]
    return doc


def para(doc_or_cell, text="", size=10.5, bold=False, align=None, font=FONT, indent_mm=None,
         space_after=2, first_line_mm=None, break_before=False):
    p = doc_or_cell.add_paragraph()
    if break_before:
        p.paragraph_format.page_break_before = True
    if text:
        # a "\n" inside text becomes a line break within the paragraph
        parts = text.split("\n")
        for k, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold)
            if k < len(parts) - 1:
                r.add_break()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent_mm is not None:
        pf.left_indent = Mm(indent_mm)
    if first_line_mm is not None:
        pf.first_line_indent = Mm(first_line_mm)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(par, instr, size=9):
    r = par.add_run()
    set_font(r, FONT, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._element.append(f1); r._element.append(it); r._element.append(f2)


def header_footer(doc, header_text, footer_fmt=("－ ", " －")):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(header_text); set_font(r, FONT, 8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(footer_fmt[0]); set_font(r, FONT, 9)
    add_field(fp, "PAGE")
    r = fp.add_run(footer_fmt[1]); set_font(r, FONT, 9)


def cell_text(cell, text, size=9, bold=False, align=None, font=FONT):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = str(text).split("\n")
    for k, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold)
        if k < len(parts) - 1:
            r.add_break()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)


def shade(cell, color="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit"); el.set(qn("w:val"), "true")
    trPr.append(el)


def table(doc, rows, cols, widths_mm=None, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths_mm:
        t.autofit = False
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
            gc.set(qn("w:w"), str(int(w * 56.7)))
        for row in t.rows:
            for c, w in zip(row.cells, widths_mm):
                c.width = Mm(w)
    return t


def row_height(row, mm):
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    row.height = Mm(mm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
