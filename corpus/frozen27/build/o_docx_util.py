"""python-docx helpers (borders, shading, merged cells, fields) for the o_ builders."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def new_doc(font="IPAex明朝", size=10, landscape=False, margins=18):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
    for a in ("left_margin", "right_margin"):
        setattr(s, a, Mm(margins))
    s.top_margin, s.bottom_margin = Mm(margins), Mm(margins - 3)
    s.header_distance, s.footer_distance = Mm(8), Mm(7)
    return d


def para(d, text="", size=None, bold=False, align=None, font=None, before=0, after=0, indent=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    return p


def page_field(p, prefix="- ", suffix=" -"):
    if prefix:
        p.add_run(prefix)
    r = p.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        e = OxmlElement(tag)
        if attr:
            e.set(qn("w:fldCharType"), attr)
        else:
            e.set(qn("xml:space"), "preserve")
            e.text = "PAGE"
        r._r.append(e)
    if suffix:
        p.add_run(suffix)


def header_footer(d, head, foot_page=True, head_align="r", size=8):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = head
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if head_align == "r" else WD_ALIGN_PARAGRAPH.LEFT
    for r in hp.runs:
        r.font.size = Pt(size)
    if foot_page:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp)


def _borders(el, tag, spec):
    b = el.find(qn(tag))
    if b is None:
        b = OxmlElement(tag)
        el.append(b)
    for side, (val, sz) in spec.items():
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)


def table(d, rows, widths=None, size=8.5, grid="full", align=None, header_rows=1, shade_header=None,
          bold_header=False, repeat_header=False):
    """rows: list of lists of str (None = merged into the left / above cell marker handled by merges)."""
    nr, nc = len(rows), max(len(r) for r in rows)
    t = d.add_table(rows=nr, cols=nc)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    if grid == "full":
        spec = {k: ("single", 4) for k in ("top", "left", "bottom", "right", "insideH", "insideV")}
    elif grid == "hrules":
        spec = {"top": ("single", 8), "bottom": ("single", 8), "insideH": ("single", 4),
                "left": ("nil", 0), "right": ("nil", 0), "insideV": ("nil", 0)}
    else:
        spec = {k: ("nil", 0) for k in ("top", "left", "bottom", "right", "insideH", "insideV")}
    _borders(tblPr, "w:tblBorders", spec)
    for i, row in enumerate(rows):
        for j in range(nc):
            txt = row[j] if j < len(row) else ""
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            if txt:
                lines = str(txt).split("\n")
                for k, ln in enumerate(lines):
                    if k:
                        p = cell.add_paragraph()
                    r = p.add_run(ln)
                    r.font.size = Pt(size)
                    if bold_header and i < header_rows:
                        r.bold = True
            if align and j < len(align):
                a = align[j]
                for pp in cell.paragraphs:
                    if a == "r" and i >= header_rows:
                        pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    elif a == "c" or i < header_rows:
                        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if shade_header and i < header_rows:
                shade(cell, shade_header)
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Mm(w)
            for i in range(nr):
                t.cell(i, j).width = Mm(w)
    if repeat_header:
        for i in range(header_rows):
            trPr = t.rows[i]._tr.get_or_add_trPr()
            e = OxmlElement("w:tblHeader")
            e.set(qn("w:val"), "true")
            trPr.append(e)
    return t


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    e = OxmlElement("w:shd")
    e.set(qn("w:val"), "clear")
    e.set(qn("w:color"), "auto")
    e.set(qn("w:fill"), fill)
    tcPr.append(e)


def merge(t, r0, c0, r1, c1):
    a = t.cell(r0, c0)
    keep = a.text
    m = a.merge(t.cell(r1, c1))
    # python-docx joins texts of merged cells; keep only the first
    for p in m.paragraphs[1:]:
        if not p.text.strip():
            p._p.getparent().remove(p._p)
    return m
