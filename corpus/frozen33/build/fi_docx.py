"""python-docx helpers for helper fi's documents (fonts, shading, page breaks, PDF conversion)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"


def new_doc(margins=(20, 20, 18, 18)):
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Mm(m) for m in margins]
    st = d.styles["Normal"]
    st.font.name = MINCHO
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    return d


def font(run, name=MINCHO, size=None, bold=False, color=None):
    run.font.name = name
    run._element.get_or_add_rPr()
    rf = run._element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); run._element.rPr.append(rf)
    rf.set(qn("w:eastAsia"), name); rf.set(qn("w:ascii"), name); rf.set(qn("w:hAnsi"), name)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)
    return run


def para(doc_or_cell, text="", size=None, f=MINCHO, align=None, indent_mm=0, first_mm=0, before=0, after=0,
         bold=False, keep=False, line=None):
    p = doc_or_cell.add_paragraph()
    if text:
        font(p.add_run(text), f, size, bold)
    pf = p.paragraph_format
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.left_indent = Mm(indent_mm)
    pf.first_line_indent = Mm(first_mm)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if keep:
        pf.keep_with_next = True
    if line:
        pf.line_spacing = line
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def shade(cell, hexcolor="DCE3EE"):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def vert(cell):
    tcPr = cell._element.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRlV")
    tcPr.append(td)


def no_borders(table):
    tbl = table._element
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def cell_borders(cell, **edges):
    """edges: top/bottom/left/right = size in eighths of a point (0 = none)."""
    tcPr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge, sz in edges.items():
        e = OxmlElement(f"w:{edge}")
        if sz:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcPr.append(b)


def set_cell(cell, text, size=9, f=MINCHO, align="c", bold=False, fill=None, v=False):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        font(p.add_run(ln), f, size, bold)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        p.paragraph_format.line_spacing = 1.0
    if fill:
        shade(cell, fill)
    if v:
        vert(cell)
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def col_widths(table, widths_mm):
    table.autofit = False
    grid = table._element.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips if hasattr(Mm(w), "twips") else Mm(w) / 635)))
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            if i < len(row.cells):
                row.cells[i].width = Mm(w)


def row_height(table, mm):
    from docx.shared import Mm as _Mm
    for r in table.rows:
        r.height = _Mm(mm)


def to_pdf(docx_path: Path, pdf_path: Path):
    outdir = Path(docx_path).parent
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                   check=True, capture_output=True)
    shutil.copy(outdir / (Path(docx_path).stem + ".pdf"), pdf_path)


__all__ = ["new_doc", "font", "para", "page_break", "shade", "vert", "no_borders", "cell_borders", "set_cell",
           "col_widths", "row_height", "to_pdf", "MINCHO", "GOTHIC", "Mm", "Pt", "WD_ORIENT", "WD_TABLE_ALIGNMENT"]


def page_number_footer(section, size=9, fmt="- {} -"):
    """Centered page number field in the section footer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH as _A
    p = section.footer.paragraphs[0]
    p.alignment = _A.CENTER
    pre, post = fmt.split("{}")
    font(p.add_run(pre), MINCHO, size)
    r = p.add_run()
    font(r, MINCHO, size)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); r._element.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._element.append(e)
    font(p.add_run(post), MINCHO, size)


def set_columns(section, num=2, space_mm=8, sep=True):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_mm * 56.7)))
    if sep:
        cols.set(qn("w:sep"), "1")


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    w, h = section.page_width, section.page_height
    if w > h:
        section.page_width, section.page_height = h, w
