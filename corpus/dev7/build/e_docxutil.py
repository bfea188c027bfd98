"""python-docx helpers (fonts, borders, page fields, boxes) for helper e's builders."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def new_doc(font="IPAexMincho", size=10.5, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = Mm(20)
    sec.bottom_margin = Mm(18)
    return d


def set_run_font(run, font=None, size=None, bold=None):
    if font:
        run.font.name = font
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(a), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    return run


def para(d_or_cell, text="", *, font=None, size=None, bold=None, align=None, indent_mm=None,
         first_mm=None, before=None, after=None):
    p = d_or_cell.add_paragraph()
    if text:
        parts = text.split("\n")
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_run_font(r, font, size, bold)
            if i < len(parts) - 1:
                r.add_break()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm is not None:
        p.paragraph_format.left_indent = Mm(indent_mm)
    if first_mm is not None:
        p.paragraph_format.first_line_indent = Mm(first_mm)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def footer_page(d, fmt="－ {} －", size=9):
    sec = d.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = fmt.split("{}")
    set_run_font(p.add_run(pre), size=size)
    r = p.add_run(); set_run_font(r, size=size); add_field(r, "PAGE")
    set_run_font(p.add_run(post), size=size)


def header_text(d, text, size=9, align="right"):
    p = d.sections[0].header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else WD_ALIGN_PARAGRAPH.LEFT
    set_run_font(p.add_run(text), size=size)


def cell_text(cell, text, *, size=None, bold=None, align=None, font=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = str(text).split("\n")
    for i, t in enumerate(parts):
        r = p.add_run(t)
        set_run_font(r, font, size, bold)
        if i < len(parts) - 1:
            r.add_break()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return cell


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def table(d, rows, *, widths_mm=None, size=9, header_rows=1, aligns=None, shade_header=True, repeat_header=False):
    """rows: list of lists; None in a cell means 'merge with left'; '^' means 'merge with above'."""
    nr, nc = len(rows), max(len(r) for r in rows)
    t = d.add_table(rows=nr, cols=nc)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j in range(nc):
            v = r[j] if j < len(r) else ""
            if v is None or v == "^":
                continue
            al = "center" if i < header_rows else (aligns[j] if aligns else None)
            cell_text(t.cell(i, j), v, size=size, align=al)
            if i < header_rows and shade_header:
                shade(t.cell(i, j))
    # merges
    for i, r in enumerate(rows):
        for j in range(nc):
            v = r[j] if j < len(r) else ""
            if v is None:
                k = j - 1
                while rows[i][k] is None:
                    k -= 1
                t.cell(i, k).merge(t.cell(i, j))
    for j in range(nc):
        for i, r in enumerate(rows):
            if j < len(r) and r[j] == "^":
                k = i - 1
                while rows[k][j] == "^":
                    k -= 1
                a = t.cell(k, j)
                keep = a.text
                m = a.merge(t.cell(i, j))
                # merged cell keeps text of top; remove empty paragraphs added by merge
                for p in m.paragraphs[1:]:
                    if not p.text:
                        p._element.getparent().remove(p._element)
    if widths_mm:
        for row in t.rows:
            for j, w in enumerate(widths_mm):
                if j < len(row.cells):
                    row.cells[j].width = Mm(w)
    if repeat_header:
        for i in range(header_rows):
            trPr = t.rows[i]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
    return t


def box(d, lines, *, size=10, width_mm=None, font=None):
    """one-cell bordered box holding several paragraphs"""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = t.cell(0, 0)
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        parts = ln.split("\n")
        for i, s in enumerate(parts):
            r = p.add_run(s); set_run_font(r, font, size)
            if i < len(parts) - 1:
                r.add_break()
    if width_mm:
        cell.width = Mm(width_mm)
    return t
