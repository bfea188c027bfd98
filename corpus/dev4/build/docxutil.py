"""python-docx helpers used by the dev4 Word builders (fonts, borders, page fields)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def new_doc(font="IPAex明朝", size=10.5, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = Mm(20)
    sec.bottom_margin = Mm(18)
    return d


def para(d, text="", size=None, bold=False, align=None, font=None, indent_mm=None, space_after=2):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm:
        p.paragraph_format.left_indent = Mm(indent_mm)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def add_field(run, instr):
    for kind, txt in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
            run._r.append(e)
        elif txt == instr:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = instr
            run._r.append(e)
        else:
            e = OxmlElement("w:t")
            e.text = txt
            run._r.append(e)


def header_footer(d, head, foot_prefix="－ ", foot_suffix=" －"):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(foot_prefix)
    add_field(fp.add_run(), "PAGE")
    fp.add_run(foot_suffix)


def table(d, rows, widths_mm=None, size=9, align_right_from=1, merges=(), bold_rows=(0,), shade_rows=(0,)):
    nr, nc = len(rows), max(len(r) for r in rows)
    t = d.add_table(rows=nr, cols=nc)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(nc):
            txt = row[j] if j < len(row) else ""
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            lines = str(txt).split("\n")
            for k, ln in enumerate(lines):
                r = p.add_run(ln)
                r.font.size = Pt(size)
                if i in bold_rows:
                    r.bold = True
                if k < len(lines) - 1:
                    r.add_break()
            if i not in bold_rows and j >= align_right_from and align_right_from >= 0:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif i in bold_rows:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i in shade_rows:
                tcPr = cell._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:fill"), "D9E2F3")
                tcPr.append(shd)
    for (a, b, c2, d2) in merges:
        keep = t.cell(a, b).text
        m = t.cell(a, b).merge(t.cell(c2, d2))
        # merged cell text: keep the first cell's text only
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
    if widths_mm:
        t.autofit = False
        for j, w in enumerate(widths_mm):
            t.columns[j].width = Mm(w)
            for i in range(nr):
                t.cell(i, j).width = Mm(w)
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        trPr.append(cs)
    return t


def box(d, lines, size=9.5, width_mm=170):
    """A one-cell bordered box holding several lines."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    cell.width = Mm(width_mm)
    p = cell.paragraphs[0]
    for k, ln in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(size)
    return t
