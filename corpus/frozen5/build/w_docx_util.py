"""python-docx helpers (Japanese fonts, borders, page-number field) for the w_* builders."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}


def set_font(run, name="IPAexMincho", size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(k), name)


def new_doc(font="IPAexMincho", landscape=False, margins=20):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(margins))
    return doc


def para(doc_or_cell, text="", size=10.5, bold=False, align="l", font="IPAexMincho", space_after=2, indent=None):
    p = doc_or_cell.add_paragraph()
    p.alignment = ALIGN[align]
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


def cell_text(cell, text, size=9, bold=False, align="c", font="IPAexMincho"):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = ALIGN[align]
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(line), font, size, bold)


def table(doc, rows, widths=None, size=9, font="IPAexMincho", aligns=None, bold_rows=(0,)):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            a = (aligns[j] if aligns else "c") if i not in bold_rows else "c"
            cell_text(t.cell(i, j), v, size=size, bold=i in bold_rows, align=a, font=font)
            if widths:
                t.cell(i, j).width = Mm(widths[j])
    return t


def box(doc, lines, size=9.5, font="IPAexMincho", width=170):
    """A one-cell bordered table holding text lines."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cl = t.cell(0, 0)
    cl.width = Mm(width)
    cl.text = ""
    for i, line in enumerate(lines):
        p = cl.paragraphs[0] if i == 0 else cl.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        set_font(p.add_run(line), font, size)
    return t


def add_field(run, instr):
    for tag, text in (("begin", None), ("instr", instr), ("separate", None), ("end", None)):
        if tag == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        run._element.append(el)


def header_footer(doc, header_text=None, footer_fmt="- {PAGE} -", font="IPAexMincho"):
    sec = doc.sections[0]
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_font(hp.add_run(header_text), font, 8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = footer_fmt.split("{PAGE}")
    if pre:
        set_font(fp.add_run(pre), font, 9)
    r = fp.add_run()
    set_font(r, font, 9)
    add_field(r, "PAGE")
    if post:
        set_font(fp.add_run(post), font, 9)


def merge(t, r0, c0, r1, c1, text=None, size=9, bold=True, font="IPAexMincho"):
    m = t.cell(r0, c0).merge(t.cell(r1, c1))
    if text is not None:
        cell_text(m, text, size=size, bold=bold, font=font)
    return m
