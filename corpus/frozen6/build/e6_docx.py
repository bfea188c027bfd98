"""python-docx helpers (Japanese fonts, ruled tables, header/footer page numbers) for the e_ builders."""
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


def set_font(run, name=MINCHO, size=None, bold=False):
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
    run.bold = bold


def new_doc(landscape=False, margins=(20, 20, 18, 18)):
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = (Mm(m) for m in margins)
    st = d.styles["Normal"]
    st.font.name = MINCHO
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), MINCHO)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(2)
    pf.line_spacing = 1.15
    return d


def para(d, text="", size=10.5, bold=False, font=MINCHO, align=None, indent_mm=None, first_mm=None,
         space_after=2):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm is not None:
        p.paragraph_format.left_indent = Mm(indent_mm)
    if first_mm is not None:
        p.paragraph_format.first_line_indent = Mm(first_mm)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def _borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trPr.append(el)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trPr.append(el)


def table(d, rows, widths_mm, size=9, header_rows=1, align=None, font=MINCHO, merges=(), shade_header=True):
    """rows: list of lists of str (None = part of a merge). align: per-column 'l'/'c'/'r'."""
    ncol = len(widths_mm)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(t)
    t.autofit = False
    fix_widths(t, widths_mm)
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    for i, row in enumerate(rows):
        cant_split(t.rows[i])
        if i < header_rows:
            repeat_header(t.rows[i])
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths_mm[j])
            if val is None:
                continue
            p = c.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            lines = str(val).split("\n")
            for k, ln in enumerate(lines):
                r = p.add_run(ln)
                set_font(r, GOTHIC if i < header_rows else font, size, False)
                if k < len(lines) - 1:
                    r.add_break()
            a = "c" if i < header_rows else (align[j] if align else "l")
            p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                           "r": WD_ALIGN_PARAGRAPH.RIGHT}[a]
            if i < header_rows and shade_header:
                shade(c)
    return t


def fix_widths(t, widths_mm):
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))


def box(d, lines, width_mm, size=9.5, font=MINCHO):
    """One-cell bordered box holding several paragraphs."""
    t = d.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(t)
    fix_widths(t, [width_mm])
    c = t.cell(0, 0)
    c.width = Mm(width_mm)
    first = True
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(1)
        r = p.add_run(ln)
        set_font(r, font, size)
    return t


def _field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def header_footer(d, header_text=None, footer_fmt=("－ ", " －"), size=9):
    s = d.sections[0]
    if header_text:
        hp = s.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_font(hp.add_run(header_text), MINCHO, size)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run(footer_fmt[0]), MINCHO, size)
    r = fp.add_run()
    set_font(r, MINCHO, size)
    _field(r, "PAGE")
    set_font(fp.add_run(footer_fmt[1]), MINCHO, size)
