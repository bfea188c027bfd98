"""python-docx helpers for the w_ builders (fonts, ruled tables, header/footer page numbers)."""
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
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(a), name)


def new_doc(landscape=False, margins=(20, 20, 22, 20)):
    d = Document()
    s = d.sections[0]
    s.page_height, s.page_width = Mm(297), Mm(210)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_height, s.page_width = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = (Mm(m) for m in margins)
    st = d.styles["Normal"]
    st.font.name = MINCHO
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    return d


def para(d_or_cell, text="", *, font=MINCHO, size=10.5, bold=False, align=None, indent_mm=0,
         first_mm=0, space_before=0, space_after=2):
    p = d_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm:
        pf.first_line_indent = Mm(first_mm)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _field(run, instr):
    for tag, txt in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), tag)
            run._element.append(e)
        elif txt == instr:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = instr
            run._element.append(e)
        else:
            e = OxmlElement("w:t")
            e.text = txt
            run._element.append(e)


def header_footer(d, header_text=None, footer_fmt="- {} -", size=9):
    s = d.sections[0]
    if header_text:
        hp = s.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_font(hp.add_run(header_text), MINCHO, size)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = footer_fmt.split("{}")
    if pre:
        set_font(fp.add_run(pre), MINCHO, size)
    r = fp.add_run()
    set_font(r, MINCHO, size)
    _field(r, "PAGE")
    if post:
        set_font(fp.add_run(post), MINCHO, size)


def table(d, rows, *, widths_mm=None, size=9, header_rows=1, align_num=True, font=MINCHO, shade_header=True,
          merges=()):
    """rows: list of lists of str. merges: ((r0,c0,r1,c1), ...) merged after filling (text of r0,c0 kept)."""
    nr, nc = len(rows), max(len(r) for r in rows)
    t = d.add_table(rows=nr, cols=nc)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j in range(nc):
            txt = r[j] if j < len(r) else ""
            c = t.cell(i, j)
            p = c.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            if txt:
                set_font(p.add_run(txt), GOTHIC if i < header_rows else font, size, False)
            if i < header_rows or j == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if i < header_rows else WD_ALIGN_PARAGRAPH.LEFT
            elif align_num:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i < header_rows and shade_header:
                tcpr = c._tc.get_or_add_tcPr()
                sh = OxmlElement("w:shd")
                sh.set(qn("w:val"), "clear")
                sh.set(qn("w:fill"), "E7E6E6")
                tcpr.append(sh)
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        b = t.cell(r1, c1)
        keep = a.text
        m = a.merge(b)
        # merge concatenates paragraphs; keep only the first one's text
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
    if widths_mm:
        for j, w in enumerate(widths_mm):
            for i in range(nr):
                t.cell(i, j).width = Mm(w)
    return t


def box(d, lines, *, size=9.5, font=MINCHO, width_mm=170, first_bold=True):
    """A one-cell bordered table holding several paragraphs."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    c.width = Mm(width_mm)
    first = True
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        set_font(p.add_run(ln), GOTHIC if (first and first_bold) else font, size, False)
        first = False
    return t
