"""python-docx helpers (Japanese fonts, borders, shading) for helper fw's documents."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

MINCHO = "IPAex明朝"
GOTHIC = "IPAexゴシック"


def new_doc(font=MINCHO, size=10.5, margins=(20, 20, 20, 20)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Mm(x) for x in margins]
    return d


def set_font(run, font=None, size=None, bold=None):
    if font:
        run.font.name = font
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    return run


def para(d, text="", font=None, size=None, bold=None, align=None, indent_mm=0, first_mm=0,
         before=0, after=0):
    p = d.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm:
        pf.first_line_indent = Mm(first_mm)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def _border_el(tag, val="single", sz=4, color="000000"):
    e = OxmlElement(tag)
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "0")
    e.set(qn("w:color"), color)
    return e


def cell_borders(cell, top=None, bottom=None, left=None, right=None):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for name, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        if v is None:
            continue
        for old in b.findall(qn(f"w:{name}")):
            b.remove(old)
        if v == 0:
            b.append(_border_el(f"w:{name}", "nil"))
        else:
            b.append(_border_el(f"w:{name}", "single", v))


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def table_borders(table, sz=4, inside=True):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for name in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if name.startswith("inside") and not inside:
            b.append(_border_el(f"w:{name}", "nil"))
        else:
            b.append(_border_el(f"w:{name}", "single", sz))
    tblPr.append(b)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for name in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b.append(_border_el(f"w:{name}", "nil"))
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def fill_cell(cell, text, font=None, size=9, bold=None, align=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        set_font(p.add_run(ln), font, size, bold)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return cell


def col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    gcs = grid.findall(qn("w:gridCol"))
    for gc, w in zip(gcs, widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            if i < len(row.cells):
                row.cells[i].width = Mm(w)


def grid_table(d, rows, widths, size=8.5, header_rows=1, align_num=True, shade_header=True,
               font=None, borders=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if borders:
        table_borders(t)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is None:
                continue
            num = align_num and i >= header_rows and j > 0 and _numlike(v)
            fill_cell(t.cell(i, j), v, font=font, size=size,
                      align="right" if num else ("center" if i < header_rows else None))
            if shade_header and i < header_rows:
                shade(t.cell(i, j))
    col_widths(t, widths)
    return t


def _numlike(v):
    s = str(v).replace(",", "").replace("△", "").replace("▲", "").replace(".", "").replace("％", "")
    s = s.replace("（", "").replace("）", "").replace("－", "").replace("\n", "").replace("%", "")
    return s.isdigit() or v in ("－", "-")


def section_landscape(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    return s


def section_portrait(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    return s


def set_columns(section, n=2, space_mm=8):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), str(int(space_mm * 56.7)))


def footer_page_numbers(section, text_fmt="－ {} －"):
    """simple centred page number field in the footer"""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = text_fmt.split("{}")
    p.add_run(pre)
    r = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)
    p.add_run(post)
