"""Small python-docx helpers (Word documents as a city office writes them)."""
from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


class Word:
    def __init__(self, font="IPAexMincho", size=10.5, header="", landscape=False):
        self.doc = doc = Document()
        st = doc.styles["Normal"]
        st.font.name = font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        st.font.size = Pt(size)
        sec = doc.sections[0]
        sec.page_width, sec.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
        sec.left_margin = sec.right_margin = Mm(20)
        sec.top_margin = sec.bottom_margin = Mm(18)
        if header:
            hp = sec.header.paragraphs[0]
            hp.text = header
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for kind, txt in (("begin", None), ("instr", "PAGE"), ("end", None)):
            run = fp.add_run()
            if kind == "instr":
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = txt
            else:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            run._r.append(el)

    def para(self, text="", bold=False, size=None, align=None, indent=None, first=None):
        p = self.doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent is not None:
            p.paragraph_format.left_indent = Mm(indent)
        if first is not None:
            p.paragraph_format.first_line_indent = Mm(first)
        p.paragraph_format.space_after = Pt(3)
        return p

    @staticmethod
    def borders(table):
        pr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
            b.append(e)
        pr.append(b)

    def table(self, rows, widths=None, head_rows=1, right_from=1, size=9.5, merges=(), left_cols=()):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        self.borders(t)
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                p = c.paragraphs[0]
                lines = str(val).split("\n")
                for k, line in enumerate(lines):
                    if k:
                        p = c.add_paragraph()
                    r = p.add_run(line)
                    r.font.size = Pt(size)
                    if i < head_rows:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    elif j >= right_from and j not in left_cols:
                        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if widths:
                    c.width = Mm(widths[j])
        if widths:
            t.autofit = False
            for j, wd in enumerate(widths):
                t.columns[j].width = Mm(wd)
        for (r0, c0, r1, c1) in merges:
            a = t.cell(r0, c0)
            keep = a.text
            m = a.merge(t.cell(r1, c1))
            for p in m.paragraphs[1:]:
                if not p.text.strip():
                    p._p.getparent().remove(p._p)
        return t

    def box(self, lines, width=170, bold_first=False, size=10):
        t = self.doc.add_table(rows=1, cols=1)
        self.borders(t)
        c = t.cell(0, 0)
        c.width = Mm(width)
        t.autofit = False
        t.columns[0].width = Mm(width)
        c.text = ""
        for k, line in enumerate(lines):
            p = c.paragraphs[0] if k == 0 else c.add_paragraph()
            r = p.add_run(line)
            r.font.size = Pt(size)
            r.bold = bold_first and k == 0
        return t

    def pagebreak(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
