"""Small python-docx helpers (Japanese fonts, page-number field, grid tables) for the w_* builders."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def set_font(run, name, size=None, bold=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def new_doc(font, size=10.5, landscape=False, margins=(20, 20, 20, 20)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Mm(m) for m in margins)
    return doc


def para(doc_or_cell, text="", font="IPAexMincho", size=10.5, bold=False, align="left", indent_mm=0,
         first_mm=0, space_before=0, space_after=0):
    p = doc_or_cell.add_paragraph()
    p.alignment = ALIGN[align]
    pf = p.paragraph_format
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm:
        pf.first_line_indent = Mm(first_mm)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    return p


def add_field(paragraph, instr, font, size):
    r = paragraph.add_run()
    set_font(r, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._element.append(f1)
    r._element.append(it)
    r._element.append(f2)


def header_footer(doc, header_text, font, footer_fmt=("－ ", " －"), header_align="right"):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = ALIGN[header_align]
    set_font(hp.add_run(header_text), font, 9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run(footer_fmt[0]), font, 9)
    add_field(fp, "PAGE", font, 9)
    set_font(fp.add_run(footer_fmt[1]), font, 9)


def table(doc, rows, widths_mm, font="IPAexGothic", size=9, aligns=None, bold_rows=(), merges=()):
    t = doc.add_table(rows=len(rows), cols=len(widths_mm))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            c.width = Mm(widths_mm[j])
            p = c.paragraphs[0]
            p.paragraph_format.space_before = Pt(2)
            p.paragraph_format.space_after = Pt(2)
            a = (aligns[j] if aligns else "center") if i not in bold_rows else "center"
            if isinstance(a, (list, tuple)):
                a = a[i]
            p.alignment = ALIGN[a]
            for k, line in enumerate(str(val).split("\n")):
                if k:
                    p = c.add_paragraph()
                    p.alignment = ALIGN[a]
                    p.paragraph_format.space_after = Pt(2)
                set_font(p.add_run(line), font, size, i in bold_rows)
    for j, w in enumerate(widths_mm):
        for row in t.rows:
            row.cells[j].width = Mm(w)
    return t


def boxed(doc, lines, width_mm, font="IPAexMincho", size=10, title=None):
    """A one-cell bordered box holding paragraphs."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    c.width = Mm(width_mm)
    first = True
    for item in ([(title, True)] if title else []) + [(ln, False) for ln in lines]:
        text, bold = item
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        p.paragraph_format.space_before = Pt(2)
        p.paragraph_format.space_after = Pt(2)
        set_font(p.add_run(text), font, size, bold)
    return t
