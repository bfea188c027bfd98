"""python-docx helpers for the e_ builders (fonts, borders, merged cells, page-number footers)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def new_doc(font="IPAex明朝", size=10.5, landscape=False, margins=(20, 20, 18, 18)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Mm(m) for m in margins]
    return d


def run_font(run, font=None, size=None, bold=None):
    if font:
        run.font.name = font
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        rf.set(qn("w:eastAsia"), font)
        rf.set(qn("w:ascii"), font)
        rf.set(qn("w:hAnsi"), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    return run


def para(d, text="", align=None, size=None, bold=None, font=None, indent=None, first=None, before=None,
         after=None):
    p = d.add_paragraph()
    if text:
        run_font(p.add_run(text), font, size, bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Mm(first)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def footer_page_number(d, fmt="- {} -", size=9):
    sec = d.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = fmt.split("{}")
    if pre:
        run_font(p.add_run(pre), size=size)
    r = p.add_run()
    run_font(r, size=size)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        r._element.append(e)
    if post:
        run_font(p.add_run(post), size=size)


def header_text(d, text, size=8.5, align="r"):
    p = d.sections[0].header.paragraphs[0]
    run_font(p.add_run(text), size=size)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "r" else WD_ALIGN_PARAGRAPH.LEFT


def set_cell_border(cell, **kw):
    """kw: top/bottom/left/right = 'single'|'nil'|'double', sz in eighths of a point via key+'_sz'."""
    tcPr = cell._element.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for side in ("top", "left", "bottom", "right"):
        if side in kw:
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), kw[side])
            e.set(qn("w:sz"), str(kw.get(side + "_sz", 4)))
            e.set(qn("w:color"), "000000")
            b.append(e)


def table(d, rows, widths=None, size=9, grid=True, align=None, font=None, header_rows=0, bold_header=True,
          shade_header=False):
    """rows: list of lists of str. align: list of 'l'/'c'/'r' per column."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if grid:
        t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            run_font(p.add_run(str(v)), font, size, bold_header if i < header_rows else None)
            a = (align[j] if align else "l") if i >= header_rows else "c"
            p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                           "r": WD_ALIGN_PARAGRAPH.RIGHT}[a]
            if shade_header and i < header_rows:
                shade(cell, "D9D9D9")
    if widths:
        for j, w in enumerate(widths):
            for r in t.rows:
                r.cells[j].width = Mm(w)
    if header_rows:
        for i in range(header_rows):
            trPr = t.rows[i]._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            h.set(qn("w:val"), "true")
            trPr.append(h)
    return t


def shade(cell, color):
    tcPr = cell._element.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), color)
    tcPr.append(s)


def merge_text(t, r0, c0, r1, c1, text, size=9, align="c", font=None, bold=None):
    m = t.cell(r0, c0).merge(t.cell(r1, c1))
    for p in m.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    p = m.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    run_font(p.add_run(text), font, size, bold)
    p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                   "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    return m


def box(d, lines, size=9.5, width=170, font=None):
    """A one-cell bordered box holding several paragraphs."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = t.cell(0, 0)
    cell.width = Mm(width)
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        bold = None
        if isinstance(ln, tuple):
            ln, bold = ln
        run_font(p.add_run(ln), font, size, bold)
    return t
