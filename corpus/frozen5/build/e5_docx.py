"""python-docx helpers for the e_* builders (Japanese fonts, grid tables, shading, page fields)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

MIN = "IPAexMincho"
GOT = "IPAexGothic"
ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}


def new_doc(landscape=False, margins=(20, 18, 20, 18)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = MIN
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    t, r, b, l = margins
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = Mm(t), Mm(r), Mm(b), Mm(l)
    sec.header_distance = Mm(8)
    sec.footer_distance = Mm(8)
    return doc


def font(run, name=MIN, size=None, bold=False):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    return run


def para(doc_or_cell, text="", *, size=None, bold=False, align="l", gothic=False, indent_mm=None, space_after=0):
    p = doc_or_cell.add_paragraph()
    p.alignment = ALIGN[align]
    if indent_mm is not None:
        p.paragraph_format.left_indent = Mm(indent_mm)
    p.paragraph_format.space_after = Pt(space_after)
    if text:
        font(p.add_run(text), GOT if gothic else MIN, size, bold)
    return p


def cell_text(cell, text, *, size=9, align="l", gothic=False, bold=False, shade=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = ALIGN[align]
        font(p.add_run(line), GOT if gothic else MIN, size, bold)
    if shade:
        tcPr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)
    return cell


def table(doc, rows, cols, widths_mm=None, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths_mm:
        t.autofit = False
        tblPr = t._tbl.tblPr
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblPr.append(lay)
        tw = tblPr.find(qn("w:tblW"))
        if tw is None:
            tw = OxmlElement("w:tblW")
            tblPr.append(tw)
        tw.set(qn("w:type"), "dxa")
        tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths_mm[j] * 56.7)))
        for j, w in enumerate(widths_mm):
            for c in t.columns[j].cells:
                c.width = Mm(w)
    return t


def field(run, instr):
    for tag, val in (("begin", None), ("instr", instr), ("separate", None), ("end", None)):
        if tag == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = val
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        run._r.append(el)


def header_footer(doc, header_text="", footer="page", size=8.5):
    sec = doc.sections[0]
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        font(hp.add_run(header_text), GOT, size)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == "page":
        font(fp.add_run("- "), MIN, 9)
        r = font(fp.add_run(), MIN, 9)
        field(r, "PAGE")
        font(fp.add_run(" -"), MIN, 9)
    elif footer == "page_of":
        r = font(fp.add_run(), MIN, 9)
        field(r, "PAGE")
        font(fp.add_run(" / "), MIN, 9)
        r = font(fp.add_run(), MIN, 9)
        field(r, "NUMPAGES")


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def merge_row(t, r, c1, c2):
    return t.cell(r, c1).merge(t.cell(r, c2))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def no_split(t):
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        trPr.append(el)
