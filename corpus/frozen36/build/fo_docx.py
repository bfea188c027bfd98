"""Small python-docx helpers for helper fo's Word-based documents."""
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

GOTH = "IPAexGothic"
MIN = "IPAexMincho"


def new_doc(margin_mm=15):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(s, side, Mm(margin_mm))
    s.top_margin, s.bottom_margin = Mm(14), Mm(12)
    st = doc.styles["Normal"]
    st.font.name = MIN
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    return doc


def font(run, name=MIN, size=10, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(doc_or_cell, text="", name=MIN, size=10, bold=False, align=None, before=0, after=0, indent_mm=None,
         first_mm=None, color=None):
    p = doc_or_cell.add_paragraph()
    if text:
        font(p.add_run(text), name, size, bold, color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if indent_mm is not None:
        p.paragraph_format.left_indent = Mm(indent_mm)
    if first_mm is not None:
        p.paragraph_format.first_line_indent = Mm(first_mm)
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def vertical(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRlV")
    tcPr.append(td)


def valign(cell, v="center"):
    tcPr = cell._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), v)
    tcPr.append(va)


def cell_text(cell, text, name=GOTH, size=8.5, bold=False, align=None, bg=None, lines=None):
    """Write text into a cell (lines: several paragraphs)."""
    cell.text = ""
    p0 = cell.paragraphs[0]
    items = lines if lines is not None else [text]
    for i, t in enumerate(items):
        p = p0 if i == 0 else cell.add_paragraph()
        if t:
            font(p.add_run(t), name, size, bold)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if bg:
        shade(cell, bg)
    valign(cell)
    return cell


def borders(table, sz=4, color="404040"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def widths(table, mm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(mm):
            row.cells[i].width = Mm(w)
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(mm):
            gc.set(qn("w:w"), str(int(mm[i] * 56.7)))


def cell_margins(table, mm=0.8):
    tblPr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for side in ("top", "bottom"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(int(mm * 56.7 * 0.4)))
        el.set(qn("w:type"), "dxa")
        m.append(el)
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(int(mm * 56.7)))
        el.set(qn("w:type"), "dxa")
        m.append(el)
    tblPr.append(m)


def landscape_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.left_margin = s.right_margin = Mm(14)
    s.top_margin, s.bottom_margin = Mm(14), Mm(12)
    return s


def portrait_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(15)
    s.top_margin, s.bottom_margin = Mm(14), Mm(12)
    return s


def footer_text(section, text):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.text = ""
    font(p.add_run(text), GOTH, 8)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


__all__ = ["Document", "Mm", "Pt", "WD_TABLE_ALIGNMENT", "new_doc", "font", "para", "shade", "vertical",
           "cell_text", "borders", "no_borders", "widths", "cell_margins", "landscape_section",
           "portrait_section", "footer_text", "GOTH", "MIN", "valign"]
