"""python-docx helpers (Japanese fonts, borders, page fields) for the x_ builders."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def new_doc(font="IPAexMincho", size=10.5, landscape=False, margins=(2.0, 2.0, 2.0, 2.0)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(m) for m in margins]
    return d


def run_font(run, font=None, size=None, bold=None):
    if font:
        run.font.name = font
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(k), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    return run


def para(d, text="", size=None, bold=False, align=None, font=None, indent=None, first=None, space_after=None):
    p = d.add_paragraph()
    if text:
        run_font(p.add_run(text), font=font, size=size, bold=bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Cm(first)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def _field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._element.append(f1)
    run._element.append(it)
    run._element.append(f2)


def header_footer(d, header_text=None, footer_fmt="- {PAGE} -", size=9):
    sec = d.sections[0]
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run_font(hp.add_run(header_text), size=size)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, _, post = footer_fmt.partition("{PAGE}")
    if pre:
        run_font(fp.add_run(pre), size=size)
    r = fp.add_run()
    run_font(r, size=size)
    _field(r, "PAGE")
    if post:
        run_font(fp.add_run(post), size=size)


def set_borders(table, top=True, bottom=True, left=True, right=True, insideH=True, insideV=True, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    if b is None:
        b = OxmlElement("w:tblBorders")
        tblPr.append(b)
    for name, on in (("top", top), ("left", left), ("bottom", bottom), ("right", right),
                     ("insideH", insideH), ("insideV", insideV)):
        e = OxmlElement(f"w:{name}")
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), "000000")
        b.append(e)


def cell_text(cell, text, size=None, bold=False, align=None, font=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run_font(p.add_run(ln), font=font, size=size, bold=bold)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return cell


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def no_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    gcs = grid.findall(qn("w:gridCol"))
    for gc, w in zip(gcs, widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)
