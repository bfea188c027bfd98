"""Small python-docx helpers for the e_* builders (fonts, borders, merged cells, page-number footer)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def new_doc(font="IPAexMincho", size=10.5, landscape=False, margins=(20, 20, 20, 20)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Mm(m) for m in margins]
    return d


def run(p, text, bold=False, size=None, font=None):
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return r


def para(d_or_cell, text="", bold=False, size=None, align=None, font=None, indent_mm=None, first_mm=None,
         space_before=0, space_after=0):
    p = d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, font=font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if indent_mm is not None:
        pf.left_indent = Mm(indent_mm)
    if first_mm is not None:
        pf.first_line_indent = Mm(first_mm)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _field(p, instr):
    r = p.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    r2._r.append(t)
    r3 = p.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r3._r.append(e)


def header_footer(d, header_text=None, footer_fmt=("- ", " -"), size=9):
    sec = d.sections[0]
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run(hp, header_text, size=size)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, footer_fmt[0], size=size)
    _field(fp, "PAGE")
    run(fp, footer_fmt[1], size=size)


def set_cell_border(cell, sz=4):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:color"), "000000")
        b.append(el)
    tcPr.append(b)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def table(d, rows, widths_mm, size=9, header_rows=1, align_num=True, merges=(), shade_header=True):
    """rows: list of lists of str (None = part of a merge). merges: (r0, c0, r1, c1)."""
    nr, nc = len(rows), len(rows[0])
    t = d.add_table(rows=nr, cols=nc)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            c = t.cell(i, j)
            c.width = Mm(widths_mm[j])
            p = c.paragraphs[0]
            run(p, v, size=size, bold=(i < header_rows))
            if i < header_rows:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if shade_header:
                    shade(c)
            elif align_num and j > 0 and v and (v[0].isdigit() or v[0] in "△－-"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for j, w in enumerate(widths_mm):
        for cell in t.columns[j].cells:
            cell.width = Mm(w)
    return t


def box(d, lines, width_mm=170, size=10, title=None):
    """A one-cell bordered box holding paragraphs (lines: str or (str, kwargs))."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    c.width = Mm(width_mm)
    first = True
    items = ([(title, {"bold": True})] if title else []) + list(lines)
    for ln in items:
        text, kw = (ln, {}) if isinstance(ln, str) else ln
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        run(p, text, size=size, bold=kw.get("bold", False))
        if kw.get("indent") is not None:
            p.paragraph_format.left_indent = Mm(kw["indent"])
        if kw.get("hang") is not None:
            p.paragraph_format.first_line_indent = Mm(-kw["hang"])
    return t
