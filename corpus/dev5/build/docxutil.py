"""python-docx helpers (fonts, ruled tables, header/footer with page numbers)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def set_font(run, name="IPAexMincho", size=None, bold=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def new_doc(landscape=False, base="IPAexMincho", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = base
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), base)
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
    else:
        s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(20)
    s.top_margin = s.bottom_margin = Mm(20)
    return d


def para(d, text="", size=None, bold=False, align=None, font="IPAexMincho", space_after=2, indent_mm=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if indent_mm:
        p.paragraph_format.left_indent = Mm(indent_mm)
    return p


def _fld(run, instr):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    run._r.append(b); run._r.append(t); run._r.append(e)


def header_footer(d, header_text, footer_fmt=("－ ", " －")):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run(header_text), "IPAexGothic", 8)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run(footer_fmt[0]), "IPAexMincho", 9)
    r = fp.add_run(); set_font(r, "IPAexMincho", 9); _fld(r, "PAGE")
    set_font(fp.add_run(footer_fmt[1]), "IPAexMincho", 9)


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color)
    tcPr.append(sh)


def table(d, rows, widths_mm=None, size=9, header_rows=1, aligns=None, font="IPAexMincho", merges=()):
    """rows: list of lists of str. merges: ((r0,c0,r1,c1), ...) merged after filling (text of top-left kept)."""
    nr, nc = len(rows), max(len(r) for r in rows)
    t = d.add_table(rows=nr, cols=nc)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j in range(nc):
            txt = row[j] if j < len(row) else ""
            cell = t.cell(i, j)
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            if txt:
                r = p.add_run(txt)
                set_font(r, "IPAexGothic" if i < header_rows else font, size, i < header_rows)
            a = (aligns[j] if aligns else ("l" if j == 0 else "r")) if i >= header_rows else "c"
            p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                           "c": WD_ALIGN_PARAGRAPH.CENTER}[a]
            if i < header_rows:
                shade(cell)
    for (r0, c0, r1, c1) in merges:
        a, b = t.cell(r0, c0), t.cell(r1, c1)
        keep = a.text
        m = a.merge(b)
        # remove duplicated texts produced by merge: keep first paragraph only
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
    if widths_mm:
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            if j < len(widths_mm):
                gc.set(qn("w:w"), str(int(widths_mm[j] * 56.7)))
        for j, w in enumerate(widths_mm):
            t.columns[j].width = Mm(w)
            for i in range(nr):
                t.cell(i, j).width = Mm(w)
    return t
