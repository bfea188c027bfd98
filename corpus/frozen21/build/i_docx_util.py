"""python-docx helpers for the i_* builders."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def new_doc(font="IPAexMincho", size=10.5, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    s = d.sections[0]
    s.page_width, s.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
    s.left_margin = s.right_margin = Mm(20)
    s.top_margin = Mm(20)
    s.bottom_margin = Mm(18)
    return d


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)


def header_footer(d, header_text=None, footer_fmt=("－ ", " －")):
    s = d.sections[0]
    if header_text:
        p = s.header.paragraphs[0]
        p.text = header_text
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in p.runs:
            r.font.size = Pt(8)
    p = s.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(footer_fmt[0])
    field(p, "PAGE")
    p.add_run(footer_fmt[1])


def para(d, text="", bold=False, size=None, align=None, indent_mm=None, first_mm=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm is not None:
        p.paragraph_format.left_indent = Mm(indent_mm)
    if first_mm is not None:
        p.paragraph_format.first_line_indent = Mm(first_mm)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_borders(table, inside_v=True, inside_h=True, outer=True, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, on in (("top", outer), ("left", outer and inside_v), ("bottom", outer),
                     ("right", outer and inside_v), ("insideH", inside_h), ("insideV", inside_v)):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def table(d, rows, widths_mm=None, size=9, align_right_from=None, borders=True, header_rows=0, bold_rows=()):
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if borders:
        set_borders(t)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            lines = str(v).split("\n")
            p = c.paragraphs[0]
            for k, ln in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                run = p.add_run(ln)
                run.font.size = Pt(size)
                run.bold = i in bold_rows
                if align_right_from is not None and j >= align_right_from and i >= header_rows:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if widths_mm:
        t.autofit = False
        for j, w in enumerate(widths_mm):
            t.columns[j].width = Mm(w)
            for i in range(len(rows)):
                t.cell(i, j).width = Mm(w)
    for i in range(header_rows):
        trPr = t.rows[i]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
    return t


def merge(t, r0, c0, r1, c1, text=None, size=9):
    c = t.cell(r0, c0).merge(t.cell(r1, c1))
    if text is not None:
        for p in c.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        c.paragraphs[0].text = ""
        lines = text.split("\n")
        p = c.paragraphs[0]
        for k, ln in enumerate(lines):
            if k:
                p = c.add_paragraph()
            r = p.add_run(ln); r.font.size = Pt(size)
    return c
