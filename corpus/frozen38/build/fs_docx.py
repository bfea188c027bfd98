"""python-docx helpers (fs documents): fonts, borders, page breaks, LibreOffice conversion."""
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from fs_common import WORK


def new_doc(font="IPAex明朝", size=10.5, margins=(20, 20, 22, 22)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Mm(x) for x in margins]
    return d


def para(d, text="", size=None, bold=False, align=None, font=None, indent_mm=None,
         first_mm=None, space_before=0, space_after=0, tabs=None, color=None):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm is not None:
        p.paragraph_format.left_indent = Mm(indent_mm)
    if first_mm is not None:
        p.paragraph_format.first_line_indent = Mm(first_mm)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(space_after)
    for pos, al in (tabs or []):
        p.paragraph_format.tab_stops.add_tab_stop(
            Mm(pos), {"r": WD_TAB_ALIGNMENT.RIGHT, "l": WD_TAB_ALIGNMENT.LEFT,
                      "c": WD_TAB_ALIGNMENT.CENTER}[al])
    if text:
        run(p, text, size=size, bold=bold, font=font, color=color)
    return p


def run(p, text, size=None, bold=False, font=None, color=None):
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if font:
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cell_border(cell, **kw):
    """cell_border(cell, top='single', bottom='nil', ...)"""
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for edge in ("top", "left", "bottom", "right"):
        if edge in kw:
            e = OxmlElement(f"w:{edge}")
            v = kw[edge]
            e.set(qn("w:val"), v)
            if v != "nil":
                e.set(qn("w:sz"), "8")
                e.set(qn("w:color"), "000000")
            b.append(e)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def table(d, rows, widths_mm, size=9, style="Table Grid", align=None, header_rows=1,
          bold_header=True, shade_header=None, font=None):
    """rows: list of lists of str. align: list per column ('l','c','r')."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            cl = t.cell(i, j)
            cl.width = Mm(widths_mm[j])
            p = cl.paragraphs[0]
            lines = str(txt).split("\n")
            for k, ln in enumerate(lines):
                if k:
                    p = cl.add_paragraph()
                run(p, ln, size=size, bold=(bold_header and i < header_rows), font=font)
                a = (align[j] if align else "l") if i >= header_rows else "c"
                p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                               "r": WD_ALIGN_PARAGRAPH.RIGHT}[a]
            if shade_header and i < header_rows:
                shade(cl, shade_header)
    for j, w in enumerate(widths_mm):
        t.columns[j].width = Mm(w)
    return t


def landscape_section(d, margins=(15, 15, 18, 18)):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Mm(x) for x in margins]
    return s


def portrait_section(d, margins=(20, 20, 22, 22)):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Mm(x) for x in margins]
    return s


def footer_page_numbers(section, fmt="- {} -"):
    """centered page number field in the footer"""
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = fmt.split("{}")
    p.add_run(pre)
    r = p.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), tag)
            r._r.append(e)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
            r._r.append(e)
    p.add_run(post)


def to_pdf(docpath, stem):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, docpath],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    src = os.path.join(WORK, os.path.splitext(os.path.basename(docpath))[0] + ".pdf")
    from fs_common import SET
    dst = os.path.join(SET, "pdf", stem + ".pdf")
    shutil.copy(src, dst)
    return dst
