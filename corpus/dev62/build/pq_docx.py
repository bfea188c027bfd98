"""python-docx helpers used by pq_takikawa_plan_1 (Word memo look, converted by LibreOffice)."""
from __future__ import annotations

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm

MIN = "IPAexMincho"
GOT = "IPAexGothic"
ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
         "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}


def font(run, name=MIN, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    return run


def para(doc_or_cell, text="", size=10.5, name=MIN, bold=False, align="l", before=0, after=0,
         indent=0, first=0, line=None, keep=False):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.left_indent = Mm(indent)
    if first:
        pf.first_line_indent = Mm(first)
    if line:
        pf.line_spacing = Pt(line)
    if keep:
        pf.keep_with_next = True
    p.alignment = ALIGN[align]
    if text:
        font(p.add_run(text), name, size, bold)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def borders(table, **sides):
    """sides: top, bottom, left, right, insideH, insideV -> size in eighths of a point (0 = none)."""
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        sz = sides.get(side, 4)
        if sz:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def cell_border(cell, **sides):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, sz in sides.items():
        e = OxmlElement(f"w:{side}")
        if sz:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcpr.append(b)


def cell_margins(table, top=20, bottom=20, left=60, right=60):
    tblpr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for side, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblpr.append(m)


def set_text(cell, text, size=8, name=MIN, bold=False, align="c", valign="c", line=None):
    cell.text = ""
    lines = text.split("\n") if isinstance(text, str) else text
    p = cell.paragraphs[0]
    for i, t in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = ALIGN[align]
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        if line:
            p.paragraph_format.line_spacing = Pt(line)
        font(p.add_run(t), name, size, bold)
    cell.vertical_alignment = {"c": WD_CELL_VERTICAL_ALIGNMENT.CENTER,
                               "t": WD_CELL_VERTICAL_ALIGNMENT.TOP}[valign]
    return cell


def widths(table, mm_list):
    table.autofit = False
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mm_list):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for cell, w in zip(row.cells, mm_list):
            cell.width = Mm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def row_height(row, mm):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:trHeight")
    e.set(qn("w:val"), str(int(mm * 56.7)))
    e.set(qn("w:hRule"), "atLeast")
    trpr.append(e)


def page_field(paragraph, size=9):
    font(paragraph.add_run("－ "), MIN, size)
    r = paragraph.add_run()
    font(r, MIN, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    font(paragraph.add_run(" －"), MIN, size)
