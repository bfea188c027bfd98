"""python-docx helpers (fonts, shading, borders, merged cells) and LibreOffice conversion for helper qi."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

MINCHO = "IPAexMincho"
GOTHIC = "IPAexGothic"
AL = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
      "j": WD_ALIGN_PARAGRAPH.JUSTIFY}


def font(run, name=MINCHO, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name)


def new_doc(margins_mm=(20, 20, 20, 20)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = MINCHO
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Mm(x) for x in margins_mm]
    return doc


def para(doc_or_cell, text="", size=10.5, fnt=MINCHO, align="l", bold=False, indent_cm=0.0, first_cm=0.0,
         before=0, after=0, line=None):
    p = doc_or_cell.add_paragraph()
    if text:
        font(p.add_run(text), fnt, size, bold)
    p.alignment = AL[align]
    pf = p.paragraph_format
    if indent_cm:
        pf.left_indent = Cm(indent_cm)
    if first_cm:
        pf.first_line_indent = Cm(first_cm)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = line
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def shade(cell, hex_fill="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_borders(cell, **kw):
    """cell_borders(cell, top='single', bottom='nil', ...)"""
    tcPr = cell._element.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for side, val in kw.items():
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), "8")
            e.set(qn("w:color"), "000000")
        b.append(e)


def table_borders(table, val="single", inner=True):
    tblPr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        v = val if (inner or side in ("top", "left", "bottom", "right")) else "nil"
        e.set(qn("w:val"), v)
        if v != "nil":
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def set_cell(cell, text, size=9, fnt=MINCHO, align="l", fill=None, bold=False, valign="c"):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = AL[align]
        p.paragraph_format.line_spacing = 1.0 if len(lines) == 1 and len(ln) < 40 else 1.25
        if ln:
            font(p.add_run(ln), fnt, size, bold)
    cell.vertical_alignment = {"c": WD_CELL_VERTICAL_ALIGNMENT.CENTER, "t": WD_CELL_VERTICAL_ALIGNMENT.TOP}[valign]
    if fill:
        shade(cell, fill)


def make_table(doc, nrows, ncols, widths_cm, border="single", row_h_cm=None):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    if border:
        table_borders(t, border)
    for row in t.rows:
        for j, w in enumerate(widths_cm):
            row.cells[j].width = Cm(w)
        if row_h_cm:
            row.height = Cm(row_h_cm)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    # column grid widths (LibreOffice reads tblGrid)
    grid = t._element.find(qn("w:tblGrid"))
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[j] * 567)))
    return t


def tabs(p, stops):
    """stops: list of (cm, 'l'|'r'|'c')."""
    for pos, a in stops:
        p.paragraph_format.tab_stops.add_tab_stop(
            Cm(pos), {"l": WD_TAB_ALIGNMENT.LEFT, "r": WD_TAB_ALIGNMENT.RIGHT, "c": WD_TAB_ALIGNMENT.CENTER}[a])


def footer_page_number(section, first_blank=True):
    section.different_first_page_header_footer = first_blank
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("- ")
    font(r, MINCHO, 9)
    r = p.add_run()
    font(r, MINCHO, 9)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), tag)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        r._element.append(e)
    r = p.add_run(" -")
    font(r, MINCHO, 9)


def to_pdf(src: Path, dest: Path):
    out = Path("/tmp/qi_work/lo")
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/qi_work/lo_profile",
                    "--convert-to", "pdf", "--outdir", str(out), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(out / (src.stem + ".pdf"), dest)
