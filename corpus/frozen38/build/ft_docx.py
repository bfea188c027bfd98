"""python-docx helpers for helper ft's Word-based documents."""
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

MIN = "IPAexMincho"
GOT = "IPAexGothic"


def new_doc(size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = MIN
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.15
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(20)
    s.top_margin, s.bottom_margin = Mm(18), Mm(16)
    return d


def font(run, size=None, gothic=False, bold=False):
    f = GOT if gothic else MIN
    run.font.name = f
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), f)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    return run


def para(d, text="", size=None, gothic=False, align=None, indent=None, first=None, before=0, after=0, bold=False):
    p = d.add_paragraph()
    if text:
        font(p.add_run(text), size, gothic, bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf = p.paragraph_format
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, hexcolor):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def vtext(cell):
    """縦書き (tbRlV) text direction"""
    tcPr = cell._element.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRlV")
    tcPr.append(td)


def set_cell(cell, text, size=8, align="l", gothic=False, fill=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        font(p.add_run(ln), size, gothic)
        p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                       "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        p.paragraph_format.line_spacing = 1.0
    if fill:
        shade(cell, fill)


def table(d, nrows, ncols, widths_mm=None, style="Table Grid"):
    t = d.add_table(rows=nrows, cols=ncols)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths_mm:
        t.autofit = False
        tblPr = t._tbl.tblPr
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblPr.append(lay)
        for j, w in enumerate(widths_mm):
            t.columns[j].width = Mm(w)
        for row in t.rows:
            for j, w in enumerate(widths_mm):
                row.cells[j].width = Mm(w)
    return t


def landscape_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.left_margin = s.right_margin = Mm(15)
    s.top_margin, s.bottom_margin = Mm(15), Mm(14)
    return s


def portrait_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(20)
    s.top_margin, s.bottom_margin = Mm(18), Mm(16)
    return s


def add_tabs(p, positions_mm, align="right"):
    from docx.enum.text import WD_TAB_ALIGNMENT
    for pos in positions_mm:
        p.paragraph_format.tab_stops.add_tab_stop(Mm(pos), WD_TAB_ALIGNMENT.RIGHT if align == "right" else WD_TAB_ALIGNMENT.LEFT)


def footer_page_numbers(d):
    for s in d.sections[:1]:
        f = s.footer
        p = f.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run()
        for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
            if tag:
                e = OxmlElement("w:fldChar")
                e.set(qn("w:fldCharType"), tag)
            else:
                e = OxmlElement("w:instrText")
                e.set(qn("xml:space"), "preserve")
                e.text = txt
            r._element.append(e)
        font(r, 9)


def to_pdf(docx_path: Path, out_pdf: Path, ext="docx"):
    outdir = docx_path.parent
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                   check=True, capture_output=True)
    produced = outdir / (docx_path.stem + ".pdf")
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    produced.replace(out_pdf)
    return out_pdf
