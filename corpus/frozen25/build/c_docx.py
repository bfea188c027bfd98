"""python-docx helpers for the c_* builders (fonts, page numbers, table cells)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def new_doc(font="IPAex明朝", size=10.5, landscape=False, margins=20):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), font)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Mm(margins))
    return d


def set_font(run, font=None, size=None, bold=None):
    if font:
        run.font.name = font
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(a), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def para(d, text="", size=None, bold=False, align=None, font=None, indent_mm=None, first_mm=None, after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm is not None:
        p.paragraph_format.left_indent = Mm(indent_mm)
    if first_mm is not None:
        p.paragraph_format.first_line_indent = Mm(first_mm)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def header_footer(d, header_text=None, footer_fmt="- {} -", size=8):
    sec = d.sections[0]
    if header_text:
        p = sec.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(header_text); r.font.size = Pt(size)
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = footer_fmt.split("{}")
    r = p.add_run(pre); r.font.size = Pt(size)
    r = p.add_run(); r.font.size = Pt(size); _field(r, "PAGE")
    r = p.add_run(post); r.font.size = Pt(size)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def cell_text(cell, text, size=8.5, bold=False, align=None, font=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        set_font(r, font, size, bold)
        p.paragraph_format.space_after = Pt(0)
        if align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(d, rows, widths_mm=None, size=8.5, style="Table Grid", align_num=True, header_rows=1, shade_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            num = align_num and i >= header_rows and j > 0 and _numlike(v)
            cell_text(t.cell(i, j), v, size=size, bold=False, align="r" if num else ("c" if i < header_rows else None))
            if i < header_rows and shade_header:
                shade(t.cell(i, j))
    if widths_mm:
        t.autofit = False
        for j, w in enumerate(widths_mm):
            t.columns[j].width = Mm(w)
        for row in t.rows:
            for j, w in enumerate(widths_mm):
                row.cells[j].width = Mm(w)
    return t


def _numlike(v):
    s = str(v).replace(",", "").replace("，", "").replace(".", "").replace("△", "").replace("%", "").replace("％", "")
    return s[:1].isdigit() or s[:1] in "０１２３４５６７８９" or s in ("－", "-")


def no_borders(t):
    tbl = t._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)


def horizontal_only(t):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e, v in (("top", "single"), ("left", "nil"), ("bottom", "single"), ("right", "nil"),
                 ("insideH", "single"), ("insideV", "nil")):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), v)
        if v == "single":
            x.set(qn("w:sz"), "4"); x.set(qn("w:color"), "000000")
        b.append(x)
    tblPr.append(b)


def repeat_header(t, n=1):
    for i in range(n):
        trPr = t.rows[i]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def box(d, lines, size=9.5, width_mm=170):
    """A one-cell bordered box holding several paragraphs."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "\n".join(lines), size=size)
    t.cell(0, 0).width = Mm(width_mm)
    return t
