"""python-docx helpers for helper "e" builders (Japanese fonts, page numbers, ruled tables, one-cell boxes)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def set_font(run, name: str, size: float | None = None, bold: bool = False):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def new_doc(font: str, size: float = 10.5, landscape: bool = False, margins_mm=(20, 20, 20, 20)) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Mm(m) for m in margins_mm]
    doc._e_font = font
    return doc


def para(doc_or_cell, text: str = "", *, size=None, bold=False, align="left", indent_mm=0, first_mm=0,
         before=0, after=0, font=None):
    p = doc_or_cell.add_paragraph()
    p.alignment = ALIGN[align]
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if indent_mm:
        p.paragraph_format.left_indent = Mm(indent_mm)
    if first_mm:
        p.paragraph_format.first_line_indent = Mm(first_mm)
    if text:
        r = p.add_run(text)
        set_font(r, font or _font(doc_or_cell), size, bold)
    return p


def _font(obj):
    d = obj
    while not hasattr(d, "_e_font"):
        d = getattr(d, "_parent", None) or getattr(d, "part", None)
        if d is None:
            return "IPAex明朝"
        if hasattr(d, "document"):
            d = d.document
    return d._e_font


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def _field(run, instr: str):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def header_footer(doc, header: str | None, footer_fmt: str = "- {PAGE} -", size=9):
    sec = doc.sections[0]
    font = doc._e_font
    if header:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_font(hp.add_run(header), font, size)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, _, post = footer_fmt.partition("{PAGE}")
    set_font(fp.add_run(pre), font, size)
    r = fp.add_run()
    set_font(r, font, size)
    _field(r, "PAGE")
    set_font(fp.add_run(post), font, size)


def table(doc, rows: list[list[str]], widths_mm: list[float], *, size=9, header_rows=1, aligns=None,
          bold_first_col=False, merges=()):
    """Ruled table. aligns: per column 'left'/'right'/'center'. merges: ((r0,c0,r1,c1), ...)."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths_mm):
        t.columns[j].width = Mm(w)
    font = doc._e_font
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths_mm[j])
            p = c.paragraphs[0]
            al = "center" if i < header_rows else ((aligns or ["left"] * len(row))[j])
            p.alignment = ALIGN[al]
            lines = str(txt).split("\n")
            for k, ln in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                    p.alignment = ALIGN[al]
                set_font(p.add_run(ln), font, size, bold=(i < header_rows))
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        keep = a.text
        m = a.merge(t.cell(r1, c1))
        # merged cells concatenate paragraphs; keep the first text only
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
    return t


def box(doc, lines: list[str], width_mm: float, *, size=9.5, bold_first=False):
    """One-cell bordered box holding several paragraphs."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width = Mm(width_mm)
    c = t.cell(0, 0)
    c.width = Mm(width_mm)
    trpr = t.rows[0]._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    trpr.append(cs)
    font = doc._e_font
    for k, ln in enumerate(lines):
        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
        set_font(p.add_run(ln), font, size, bold=(bold_first and k == 0))
    return t
