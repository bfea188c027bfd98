"""python-docx helpers for the g2 builders."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def new_doc(font="IPAexMincho", size=10.5, landscape=False, margins=20):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0); st.paragraph_format.space_before = Pt(0)
    s = d.sections[0]
    s.page_width, s.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
    for a in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, a, Mm(margins))
    return d

def run_font(r, font=None, size=None, bold=False):
    if font:
        r.font.name = font; r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if size: r.font.size = Pt(size)
    r.bold = bold
    return r

def para(d, text="", size=None, bold=False, align=None, font=None, indent=0, before=0, after=0):
    p = d.add_paragraph()
    if text:
        run_font(p.add_run(text), font, size, bold)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent: p.paragraph_format.left_indent = Pt(indent)
    p.paragraph_format.space_before = Pt(before); p.paragraph_format.space_after = Pt(after)
    return p

def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def _field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)

def header_footer(d, header=None, footer_fmt="－ {PAGE} －", size=9):
    s = d.sections[0]
    if header:
        p = s.header.paragraphs[0]; p.text = ""; run_font(p.add_run(header), None, size)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = s.footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = footer_fmt.split("{PAGE}")
    run_font(p.add_run(pre), None, size)
    r = p.add_run(); run_font(r, None, size); _field(r, "PAGE")
    run_font(p.add_run(post), None, size)

def set_cell_border(cell, **kw):
    """kw: top/bottom/left/right = 'single'|'nil'."""
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders"); tcPr.append(b)
    for edge, val in kw.items():
        e = OxmlElement(f"w:{edge}"); e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), "6"); e.set(qn("w:color"), "000000")
        b.append(e)

def table(d, rows, widths=None, size=9, grid=True, align=None, header_rows=0, bold_header=True):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    if grid: t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            run_font(p.add_run(str(v)), None, size, bold=(bold_header and i < header_rows))
            a = (align[j] if align else ("r" if j > 0 and i >= header_rows else "c" if i < header_rows else None))
            if a == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif a == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if widths:
        for j, w in enumerate(widths):
            for i in range(len(rows)):
                t.cell(i, j).width = Mm(w)
    for i in range(header_rows):
        trPr = t.rows[i]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
    return t

def box(d, lines, size=10, width_mm=170):
    t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
    c = t.cell(0, 0); c.width = Mm(width_mm)
    c.text = ""
    for k, ln in enumerate(lines):
        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
        run_font(p.add_run(ln), None, size)
    return t
