"""python-docx helpers for qe documents."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

MIN, GOTH = "IPAex明朝", "IPAexゴシック"
MIN, GOTH = "IPAexMincho", "IPAexGothic"


def new_doc(size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = MIN
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), MIN)
    pf = st.paragraph_format
    pf.space_after = Pt(0); pf.space_before = Pt(0); pf.line_spacing = 1.25
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(22)
    s.top_margin, s.bottom_margin = Mm(20), Mm(18)
    return d


def font(run, name=None, size=None, bold=None, color=None):
    if name:
        run.font.name = name
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(d, text="", name=None, size=None, bold=None, align=None, indent=None, first=None, before=None, after=None):
    p = d.add_paragraph()
    if text:
        font(p.add_run(text), name, size, bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.left_indent = Pt(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Pt(first)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cell_borders(cell, **kw):
    """kw: top/bottom/left/right = (val, sz) e.g. ("single", 8) or None for nil"""
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders"); tcPr.append(b)
    for side in ("top", "left", "bottom", "right"):
        if side in kw:
            e = OxmlElement(f"w:{side}")
            v = kw[side]
            if v is None:
                e.set(qn("w:val"), "nil")
            else:
                e.set(qn("w:val"), v[0]); e.set(qn("w:sz"), str(v[1])); e.set(qn("w:color"), v[2] if len(v) > 2 else "000000")
            b.append(e)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def vertical(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    t = OxmlElement("w:textDirection"); t.set(qn("w:val"), "tbRlV")
    tcPr.append(t)


def table_style_none(t):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def table_grid(t, sz=4):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000"); b.append(e)
    tblPr.append(b)


def set_text(cell, text, name=GOTH, size=8.5, align=None, bold=None, pad=2):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for k, ln in enumerate(lines):
        r = p.add_run(ln)
        font(r, name, size, bold)
        if k < len(lines) - 1:
            r.add_break()
    p.paragraph_format.line_spacing = 1.0
    p.paragraph_format.space_before = Pt(pad)
    p.paragraph_format.space_after = Pt(pad)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def widths(t, mm):
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    grid = t._tbl.tblGrid
    for k, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if k < len(mm):
            gc.set(qn("w:w"), str(int(mm[k] * 56.7)))
    for row in t.rows:
        for k, w in enumerate(mm):
            if k < len(row.cells):
                row.cells[k].width = Mm(w)


def landscape_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.left_margin = s.right_margin = Mm(15)
    s.top_margin = s.bottom_margin = Mm(15)
    return s


def portrait_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(22)
    s.top_margin, s.bottom_margin = Mm(20), Mm(18)
    return s


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._element.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._element.append(e)
    font(r, MIN, 9)
