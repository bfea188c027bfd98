"""python-docx helpers for the dev6 (helper e) builders."""
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


def set_font(run, name=MINCHO, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)


def new_doc(landscape=False, margins_mm=(20, 20, 20, 20)):
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Mm(x) for x in margins_mm]
    st = d.styles["Normal"]
    st.font.name = MINCHO
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    return d


def para(d_or_cell, text="", *, font=MINCHO, size=10.5, bold=False, align=None, indent_mm=0,
         first_mm=None, space_before=0, space_after=2, breaks=()):
    """add a paragraph; `breaks` = substrings before which a manual line break is inserted"""
    p = d_or_cell.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm is not None:
        pf.first_line_indent = Mm(first_mm)
    parts = [text]
    for b in breaks:
        new = []
        for part in parts:
            if b in part:
                i = part.index(b)
                new += [part[:i], "\n", part[i:]]
            else:
                new.append(part)
        parts = new
    for part in parts:
        if part == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
        elif part:
            set_font(p.add_run(part), font, size, bold)
    return p


def cell_text(cell, text, *, font=MINCHO, size=10, bold=False, align=None, lines=None):
    cell.text = ""
    p = cell.paragraphs[0]
    items = lines if lines is not None else [text]
    for k, t in enumerate(items):
        if k:
            p = cell.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_font(p.add_run(t), font, size, bold)


def shade(cell, fill="D9D9D9"):
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def table(d, rows, cols, widths_mm=None, style="Table Grid"):
    t = d.add_table(rows=rows, cols=cols)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths_mm:
        for row in t.rows:
            for i, w in enumerate(widths_mm):
                row.cells[i].width = Mm(w)
    return t


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def header_footer(d, header_text=None, page_fmt=("- ", " -")):
    s = d.sections[0]
    if header_text:
        hp = s.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_font(hp.add_run(header_text), MINCHO, 8.5)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run(page_fmt[0]), MINCHO, 9)
    r = fp.add_run()
    set_font(r, MINCHO, 9)
    _field(r, "PAGE")
    set_font(fp.add_run(page_fmt[1]), MINCHO, 9)


def boxed(d, lines, *, width_mm=170, font=MINCHO, size=10, bold_first=False):
    """one-cell bordered box holding several paragraphs"""
    t = table(d, 1, 1, [width_mm])
    cell = t.rows[0].cells[0]
    cell.text = ""
    for k, ln in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        set_font(p.add_run(ln), font, size, bold_first and k == 0)
    return t


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
