"""python-docx helpers for the n_ builders (fonts, borders, page numbers)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def new_doc(font="IPAexMincho", size=10.5, landscape=False, margins=(20, 20, 20, 20)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(2)
    pf.line_spacing = 1.15
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Mm(m) for m in margins]
    return doc


def para(doc_or_cell, text="", *, bold=False, size=None, align=None, indent_mm=None, font=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
            r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm is not None:
        p.paragraph_format.left_indent = Mm(indent_mm)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def header_footer(doc, header_text=None, footer_fmt="－ {PAGE} －"):
    sec = doc.sections[0]
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.text = header_text
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = footer_fmt.split("{PAGE}")
    fp.add_run(pre)
    _field(fp.add_run(), "PAGE")
    fp.add_run(post)


def set_cell_border(cell, **kw):
    """kw: top/bottom/left/right = 'single'|'nil' (size 4)."""
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for edge, val in kw.items():
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "6" if val != "nil" else "0")
        e.set(qn("w:color"), "000000")
        b.append(e)


def table(doc, rows, widths_mm, *, style="grid", size=9, align=None, bold_rows=(), shade_rows=()):
    """style: grid (all rules), hrules (horizontal rules only), none (no rules)."""
    t = doc.add_table(rows=len(rows), cols=len(widths_mm))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if style == "grid":
        t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths_mm[j])
            p = c.paragraphs[0]
            r = p.add_run("" if val is None else str(val))
            r.font.size = Pt(size)
            if i in bold_rows:
                r.bold = True
            a = (align or {}).get(j)
            if a == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif a == "center":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if style == "hrules":
                set_cell_border(c, top="single", bottom="single", left="nil", right="nil")
            elif style == "none":
                set_cell_border(c, top="nil", bottom="nil", left="nil", right="nil")
            if i in shade_rows:
                shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), "D9D9D9")
                c._tc.get_or_add_tcPr().append(shd)
    for j, w in enumerate(widths_mm):
        t.columns[j].width = Mm(w)
    return t


def box(doc, lines, width_mm=170, size=10):
    """A one-cell bordered box holding several paragraphs."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    c.width = Mm(width_mm)
    first = True
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        r = p.add_run(ln)
        r.font.size = Pt(size)
    return t
