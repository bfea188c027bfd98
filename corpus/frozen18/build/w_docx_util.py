"""python-docx helpers (borders, fields, fonts) for the w_ builders."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new_doc(font="IPAexMincho", size=10.5, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    s = d.sections[0]
    if landscape:
        s.page_width, s.page_height = Mm(297), Mm(210)
    else:
        s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(20)
    s.top_margin = Mm(20)
    s.bottom_margin = Mm(18)
    return d


def run_font(run, font=None, size=None, bold=False):
    if font:
        run.font.name = font
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    return run


def para(d, text="", align=None, size=None, bold=False, font=None, indent_mm=None, first_mm=None, after=0):
    p = d.add_paragraph()
    if text:
        run_font(p.add_run(text), font, size, bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm is not None:
        p.paragraph_format.left_indent = Mm(indent_mm)
    if first_mm is not None:
        p.paragraph_format.first_line_indent = Mm(first_mm)
    p.paragraph_format.space_after = Pt(after)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._r.append(e)


def header_footer(d, head_text, foot_fmt=("－ ", " －"), head_align="r"):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = head_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if head_align == "r" else WD_ALIGN_PARAGRAPH.LEFT
    for r in hp.runs:
        r.font.size = Pt(8.5)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(foot_fmt[0])
    add_field(fp, "PAGE")
    fp.add_run(foot_fmt[1])


def set_borders(table, top=True, bottom=True, left=True, right=True, insideH=True, insideV=True, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for name, on in (("top", top), ("left", left), ("bottom", bottom), ("right", right),
                     ("insideH", insideH), ("insideV", insideV)):
        el = OxmlElement(f"w:{name}")
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), str(sz)); el.set(qn("w:space"), "0"); el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, align=None, size=None, bold=False, font=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run_font(p.add_run(ln), font, size, bold)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)


def col_widths(table, mms):
    for row in table.rows:
        for c, w in zip(row.cells, mms):
            c.width = Mm(w)


def box(d, lines, size=10, font=None, width_mm=170):
    """One-cell bordered box holding several paragraphs."""
    t = d.add_table(rows=1, cols=1)
    set_borders(t)
    c = t.rows[0].cells[0]
    c.width = Mm(width_mm)
    c.text = ""
    for i, ln in enumerate(lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        run_font(p.add_run(ln), font, size)
    return t
