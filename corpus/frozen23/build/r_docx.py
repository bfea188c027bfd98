"""Small python-docx helpers (Japanese fonts, borders, cell text) for the r_* builders."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def new_doc(font="IPAexMincho", size=10.5, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), font)
    pf = st.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = Mm(18)
    sec.bottom_margin = Mm(18)
    return d


def run_font(run, font=None, size=None, bold=None):
    if font:
        run.font.name = font
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(k), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    return run


def para(d_or_cell, text="", *, font=None, size=None, bold=None, align=None, indent=None, first=None,
         space_before=None):
    p = d_or_cell.add_paragraph()
    if text:
        run_font(p.add_run(text), font, size, bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Mm(first)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_cell(cell, text, *, size=None, bold=None, align=None, font=None, shade=None):
    """Put text into a cell; '\n' makes separate paragraphs."""
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        run_font(p.add_run(line), font, size, bold)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if shade:
        tcpr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcpr.append(shd)
    return cell


def borders(table, mode="grid", sz=4):
    """mode: grid | horizontal (only horizontal rules) | none | box (outer only)."""
    tbl = table._element
    tblPr = tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    on = {"grid": ("top", "left", "bottom", "right", "insideH", "insideV"),
          "horizontal": ("top", "bottom", "insideH"),
          "box": ("top", "left", "bottom", "right"),
          "none": ()}[mode]
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        if edge in on:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def widths(table, mm_list):
    table.autofit = False
    grid = table._element.find(qn("w:tblGrid"))
    if grid is not None:
        for gc, w in zip(grid.findall(qn("w:gridCol")), mm_list):
            gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, mm_list):
            c.width = Mm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def footer_page_number(d, prefix="－ ", suffix=" －", header_text=None, size=9):
    sec = d.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run(prefix), size=size)
    r = p.add_run()
    run_font(r, size=size)
    for t, v in (("begin", None), (None, "PAGE"), ("end", None)):
        if t:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), t)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = v
            r._element.append(it)
    run_font(p.add_run(suffix), size=size)
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run_font(hp.add_run(header_text), size=size)
