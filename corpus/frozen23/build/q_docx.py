"""python-docx helpers (Japanese fonts, tables, borders) for the q_ builders."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def set_font(run, name="IPAexMincho", size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(a), name)


def new_doc(landscape=False, margins=20):
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Mm(margins))
    st = d.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.font.size = Pt(10.5)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.append(rf)
    rf.set(qn("w:eastAsia"), "IPAexMincho")
    return d


def para(d, text="", size=10.5, bold=False, align=None, font="IPAexMincho", indent_mm=None, first_mm=None, space_after=2):
    p = d.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent_mm is not None:
        pf.left_indent = Mm(indent_mm)
    if first_mm is not None:
        pf.first_line_indent = Mm(first_mm)
    return p


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, size=9, bold=False, align=None, font="IPAexMincho"):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        set_font(p.add_run(line), font, size, bold)
        p.paragraph_format.space_after = Pt(0)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def borders(table, inside_v=True, inside_h=True, outer=True, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        on = {"insideV": inside_v, "insideH": inside_h}.get(edge, outer)
        if edge in ("left", "right") and not inside_v:
            on = False
        el.set(qn("w:val"), "single" if on else "nil")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def header_footer(d, head=None, foot=None, size=8):
    s = d.sections[0]
    if head:
        p = s.header.paragraphs[0]
        set_font(p.add_run(head), "IPAexGothic", size)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if foot is not None:
        p = s.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if foot:
            set_font(p.add_run(foot), "IPAexMincho", size)
        r = p.add_run()
        set_font(r, "IPAexMincho", size)
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
        r._r.append(f1); r._r.append(it); r._r.append(f2)


def col_widths(table, widths_mm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color)
    tcPr.append(sh)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true")
    trPr.append(h)
