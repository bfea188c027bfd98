"""Small python-docx helpers shared by fp's Word-based documents."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
         "j": WD_ALIGN_PARAGRAPH.JUSTIFY}


def new_doc(font="IPAexMincho", size=10.5, margins=(22, 20, 22, 20)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    s = d.sections[0]
    s.page_height, s.page_width = Mm(297), Mm(210)
    s.top_margin, s.right_margin, s.bottom_margin, s.left_margin = (Mm(m) for m in margins)
    return d


def _font(run, font=None, size=None, bold=False, color=None):
    if font:
        run.font.name = font
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(k), font)
    if size:
        run.font.size = Pt(size)
    if bold:
        run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(d_or_cell, text="", align="l", size=None, bold=False, font=None, indent=0, first=0,
         before=0, after=0, color=None, keep=False, line=None):
    p = d_or_cell.add_paragraph()
    p.alignment = ALIGN[align]
    pf = p.paragraph_format
    if indent:
        pf.left_indent = Pt(indent)
    if first:
        pf.first_line_indent = Pt(first)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = line
    if keep:
        pf.keep_with_next = True
    if isinstance(text, str):
        text = [(text, {})]
    for t, kw in text:
        r = p.add_run(t)
        _font(r, font=kw.get("font", font), size=kw.get("size", size), bold=kw.get("bold", bold),
              color=kw.get("color", color))
    return p


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def shade(cell, fill):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def vertical(cell):
    """縦書き cell (text rotated, top to bottom)."""
    tcPr = cell._element.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRlV")
    tcPr.append(td)


def borders(table, sz=4, color="000000", inside=True):
    tbl = table._element
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for e in edges:
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


def no_borders(table):
    tblPr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_border(cell, **edges):
    """cell_border(cell, bottom="single:8:000000", top="nil")"""
    tcPr = cell._element.get_or_add_tcPr()
    tb = OxmlElement("w:tcBorders")
    for e, spec in edges.items():
        el = OxmlElement(f"w:{e}")
        parts = spec.split(":")
        el.set(qn("w:val"), parts[0])
        if len(parts) > 1:
            el.set(qn("w:sz"), parts[1])
        if len(parts) > 2:
            el.set(qn("w:color"), parts[2])
        tb.append(el)
    tcPr.append(tb)


def set_text(cell, text, align="l", size=None, bold=False, font=None, fill=None, valign="c", color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = ALIGN[align]
    lines = text.split("\n") if isinstance(text, str) else [text]
    first = True
    for ln in lines:
        if not first:
            p = cell.add_paragraph()
            p.alignment = ALIGN[align]
        first = False
        r = p.add_run(ln)
        _font(r, font=font, size=size, bold=bold, color=color)
    if fill:
        shade(cell, fill)
    cell.vertical_alignment = {"c": WD_CELL_VERTICAL_ALIGNMENT.CENTER, "t": WD_CELL_VERTICAL_ALIGNMENT.TOP,
                               "b": WD_CELL_VERTICAL_ALIGNMENT.BOTTOM}[valign]
    return cell


def col_widths(table, widths_mm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            if i < len(row.cells):
                row.cells[i].width = Mm(w)
    # also write tblGrid
    grid = table._element.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_mm):
            gc.set(qn("w:w"), str(int(widths_mm[i] * 56.7)))


def landscape_section(d, margins=(18, 18, 18, 18)):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.right_margin, s.bottom_margin, s.left_margin = (Mm(m) for m in margins)
    return s


def portrait_section(d, margins=(22, 20, 22, 20)):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.right_margin, s.bottom_margin, s.left_margin = (Mm(m) for m in margins)
    return s


def footer_page_numbers(d, fmt="－ {} －", font="IPAexGothic"):
    """static page numbers are added per page by the caller; here a PAGE field in every footer."""
    for s in d.sections:
        f = s.footer
        p = f.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pre, post = fmt.split("{}")
        r = p.add_run(pre)
        _font(r, font=font, size=9)
        r = p.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
        r._element.append(f1); r._element.append(it); r._element.append(f2)
        _font(r, font=font, size=9)
        r = p.add_run(post)
        _font(r, font=font, size=9)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def row_height(row, mm):
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    row.height = Mm(mm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def all_rows(table, mm):
    for r in table.rows:
        row_height(r, mm)
