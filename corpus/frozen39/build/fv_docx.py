"""fv: small python-docx helpers (fonts, shading, sections with literal footers)."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def set_font(run, name="IPAex明朝", size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)


def para(doc_or_cell, text="", size=10.5, bold=False, font="IPAex明朝", align=None, indent=0, first=0, space_after=2):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.left_indent = Pt(indent)
    if first:
        pf.first_line_indent = Pt(first)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def shade(cell, color="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def cell_text(cell, text, size=9, bold=False, align=None, font="IPAexゴシック"):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        run = p.add_run(ln)
        set_font(run, font, size, bold)
        if i < len(lines) - 1:
            run.add_break()
    p.paragraph_format.space_after = Pt(0)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def new_section(doc, footer_text=None, landscape=False, first=False):
    sec = doc.sections[0] if first else doc.add_section(WD_SECTION.NEW_PAGE)
    sec.page_width, sec.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)
    ft = sec.footer
    ft.is_linked_to_previous = False
    p = ft.paragraphs[0]
    p.text = ""
    if footer_text:
        set_font(p.add_run(footer_text), "IPAex明朝", 9)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return sec


def no_borders(table):
    tbl = table._element
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def col_widths(table, widths_mm):
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def row_heights(table, mm=8):
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT as VA
    table.autofit = False
    for row in table.rows:
        row.height = Mm(mm)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for cl in row.cells:
            cl.vertical_alignment = VA.CENTER
