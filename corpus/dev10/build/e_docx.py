"""python-docx helpers shared by the e_ Word builders (page-number fields, borders, fonts)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def new_doc(font="IPAex明朝", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(20)
    sec.bottom_margin = Mm(18)
    return d


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


def footer_page(sec, pre="- ", post=" -"):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(pre); field(p, "PAGE"); p.add_run(post)


def header_text(sec, text):
    p = sec.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text); r.font.size = Pt(8)


def para(d, text="", bold=False, size=None, align=None, indent_mm=None, first_mm=None, font=None, space_after=2):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold
        if size: r.font.size = Pt(size)
        if font:
            r.font.name = font; r._r.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_after = Pt(space_after); pf.space_before = Pt(0)
    if indent_mm is not None: pf.left_indent = Mm(indent_mm)
    if first_mm is not None: pf.first_line_indent = Mm(first_mm)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def borders(table, sz=4, margin_mm=1.0):
    tbl = table._tbl
    pr = tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}"); el.set(qn("w:w"), str(int(margin_mm * 56.7))); el.set(qn("w:type"), "dxa")
        mar.append(el)
    pr.append(mar)
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), "000000")
        b.append(el)
    pr.append(b)


def cell_text(cell, text, size=9, bold=False, align=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line); r.font.size = Pt(size); r.bold = bold
        p.paragraph_format.space_after = Pt(0)
        if align == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
    tcPr.append(s)


def col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_mm):
            gc.set(qn("w:w"), str(int(widths_mm[i] * 56.7)))
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def landscape_section(d):
    from docx.enum.section import WD_SECTION
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = Mm(18); sec.bottom_margin = Mm(15)
    return sec
