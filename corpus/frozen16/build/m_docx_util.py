"""python-docx helpers for the m_ builders (fonts, borders, headers, page numbers)."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new_doc(font="IPAex明朝", size=10.5, landscape=False, margins=(20, 20, 18, 18)):
    d = Document()
    sec = d.sections[0]
    if landscape:
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Mm(x) for x in margins]
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for k in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(k), font)
    pf = st.paragraph_format
    pf.space_after = Pt(0); pf.space_before = Pt(0); pf.line_spacing = 1.15
    return d


def para(d, text="", bold=False, size=None, align=None, indent_mm=None, first_mm=None, font=None, space_before=0):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size: r.font.size = Pt(size)
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm is not None: p.paragraph_format.left_indent = Mm(indent_mm)
    if first_mm is not None: p.paragraph_format.first_line_indent = Mm(first_mm)
    if space_before: p.paragraph_format.space_before = Pt(space_before)
    return p


def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def header_footer(d, header_text=None, footer_fmt=("－ ", " －")):
    sec = d.sections[0]
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.text = header_text
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs: r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(footer_fmt[0]); _field(fp.add_run(), "PAGE"); fp.add_run(footer_fmt[1])


def set_cell_border(cell, **kw):
    """kw: top/bottom/left/right = 'single'|'nil'|'double', sz in eighths of pt via tuple."""
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders"); tcPr.append(b)
    for edge in ("top", "left", "bottom", "right"):
        if edge in kw:
            v = kw[edge]
            val, sz = (v if isinstance(v, tuple) else (v, 4))
            el = b.find(qn(f"w:{edge}"))
            if el is None:
                el = OxmlElement(f"w:{edge}"); b.append(el)
            el.set(qn("w:val"), val); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), "000000")


def table_borders(t, mode="grid"):
    """mode grid: all lines; 'hrules': horizontal lines only; 'none'."""
    tbl = t._tbl
    tblPr = tbl.tblPr
    el = OxmlElement("w:tblBorders")
    edges = {"grid": ["top", "left", "bottom", "right", "insideH", "insideV"],
             "hrules": ["top", "bottom", "insideH"], "none": []}[mode]
    for e in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        x = OxmlElement(f"w:{e}")
        x.set(qn("w:val"), "single" if e in edges else "nil")
        x.set(qn("w:sz"), "4"); x.set(qn("w:color"), "000000")
        el.append(x)
    tblPr.append(el)


def cell_text(cell, text, size=None, bold=False, align=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold
        if size: r.font.size = Pt(size)
        if align == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def col_widths(t, widths_mm):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)
