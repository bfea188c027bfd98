"""python-docx helpers for the u_ builders (Japanese fonts, borders, merged cells)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

MINCHO = "IPAex明朝"
GOTHIC = "IPAexゴシック"


def new_doc(landscape=False, margins=(20, 20, 20, 20)):
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Mm(m) for m in margins]
    st = doc.styles["Normal"]
    st.font.name = MINCHO
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    return doc


def font(run, name=MINCHO, size=None, bold=False):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    return run


def para(doc_or_cell, text="", name=MINCHO, size=None, bold=False, align=None, indent_mm=None,
         first_mm=None, space_before=0, space_after=0):
    p = doc_or_cell.add_paragraph()
    if text:
        font(p.add_run(text), name, size, bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if indent_mm is not None:
        pf.left_indent = Mm(indent_mm)
    if first_mm is not None:
        pf.first_line_indent = Mm(first_mm)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    return p


def cell_text(cell, text, name=MINCHO, size=9, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        font(p.add_run(ln), name, size, bold)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return cell


def _borders_el(tag, spec):
    el = OxmlElement(tag)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        v = spec.get(side)
        b = OxmlElement(f"w:{side}")
        if v:
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(v))
            b.set(qn("w:color"), "000000")
        else:
            b.set(qn("w:val"), "nil")
        el.append(b)
    return el


def table_borders(table, **spec):
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    tblPr.append(_borders_el("w:tblBorders", spec))


def cell_borders(cell, **spec):
    tcPr = cell._tc.get_or_add_tcPr()
    el = OxmlElement("w:tcBorders")
    for side, v in spec.items():
        b = OxmlElement(f"w:{side}")
        if v:
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(v))
            b.set(qn("w:color"), "000000")
        else:
            b.set(qn("w:val"), "nil")
        el.append(b)
    tcPr.append(el)


def grid(table, sz=4):
    table_borders(table, top=sz, left=sz, bottom=sz, right=sz, insideH=sz, insideV=sz)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def widths(table, mm_list):
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in table.rows:
        for c, w in zip(row.cells, mm_list):
            c.width = Mm(w)


def page_number_footer(doc, prefix="－ ", suffix=" －"):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run(prefix), MINCHO, 9)
    r = p.add_run()
    font(r, MINCHO, 9)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        r._r.append(el)
    font(p.add_run(suffix), MINCHO, 9)


def header_text(doc, text, align="r", size=8):
    p = doc.sections[0].header.paragraphs[0]
    font(p.add_run(text), MINCHO, size)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "r" else WD_ALIGN_PARAGRAPH.LEFT


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
