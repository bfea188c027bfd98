"""python-docx helpers for the w_ builders (fonts, ruled tables, boxes, header/footer, page numbers)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}


def new_doc(font="IPAexMincho", size=10.5, landscape=False, margins=(20, 20, 18, 18)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    s = d.sections[0]
    s.page_width, s.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Mm(x) for x in margins]
    return d


def run_font(run, font=None, size=None, bold=None):
    if font:
        run.font.name = font
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def para(d, text="", align="l", size=None, bold=False, font=None, indent=0, space_before=0, space_after=2):
    p = d.add_paragraph()
    p.alignment = ALIGN[align]
    p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(space_after)
    if text:
        r = p.add_run(text)
        run_font(r, font, size, bold)
    return p


def _page_field(paragraph):
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


def header_footer(d, header_text=None, footer_fmt="－ {} －", size=9):
    s = d.sections[0]
    if header_text:
        hp = s.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run(header_text); run_font(r, size=size)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = footer_fmt.split("{}")
    r = fp.add_run(pre); run_font(r, size=size)
    _page_field(fp)
    r = fp.add_run(post); run_font(r, size=size)


def _borders(tbl, sz=4):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def set_cell(cell, text, align="l", size=None, bold=False):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        p.alignment = ALIGN[align]
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        run_font(r, size=size, bold=bold)


def table(d, rows, widths=None, size=9, aligns=None, merges=(), header_rows=1, shade_header=True,
          repeat_header=True):
    """rows: list of lists of str (None = merged away). merges: (r0,c0,r1,c1)."""
    nr, nc = len(rows), max(len(r) for r in rows)
    t = d.add_table(rows=nr, cols=nc)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(t)
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    for i, row in enumerate(rows):
        for j in range(nc):
            v = row[j] if j < len(row) else None
            if v is None:
                continue
            a = "c" if i < header_rows else (aligns[j] if aligns else ("l" if j == 0 else "r"))
            set_cell(t.cell(i, j), v, a, size, bold=False)
            if i < header_rows and shade_header:
                shade(t.cell(i, j))
    if widths:
        for j, w in enumerate(widths):
            for i in range(nr):
                t.cell(i, j).width = Mm(w)
    if repeat_header:
        for i in range(header_rows):
            trPr = t.rows[i]._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
    return t


def box(d, lines, width=170, size=10, title=None):
    """A one-cell bordered box holding text lines."""
    t = d.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(t, sz=8)
    cell = t.cell(0, 0)
    cell.width = Mm(width)
    allines = ([title] if title else []) + list(lines)
    set_cell(cell, "\n".join(allines), "l", size)
    if title:
        cell.paragraphs[0].runs[0].bold = True
    return t
