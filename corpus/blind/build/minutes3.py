"""Build corpus/blind/pdf/saitama_minutes_027_r3.pdf: a 書面開催 議事要旨 made in Word (python-docx → LibreOffice).

Producer style differs from earlier rounds: A4 portrait, 10.5pt 明朝 with Word-like spacing, a running header and a
centred page number, and the 回答書 comments in a Word table with a two-row merged header (shaded, repeated on each
page), a thick outer border, thin horizontal inner lines and no vertical lines in the body.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "corpus" / "build"))

import minutes3_data as D  # noqa: E402
from office import to_pdf  # noqa: E402

STEM = "saitama_minutes_027_r3"
FONT = "IPAexMincho"
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _font(run, size: float = 10.5, bold: bool = False) -> None:
    """Set a run's Latin and East Asian font."""
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), FONT)


def para(doc_or_cell, text: str = "", indent_mm: float = 0, first_mm: float = 0, size: float = 10.5,
         bold: bool = False, align=None, after: float = 0):
    """Add a paragraph with Word-like spacing (single line, no space before)."""
    p = doc_or_cell.add_paragraph()
    fmt = p.paragraph_format
    fmt.left_indent = Mm(indent_mm)
    fmt.first_line_indent = Mm(first_mm)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if text:
        _font(p.add_run(text), size, bold)
    return p


def _page_field(p) -> None:
    """Append a PAGE field wrapped as 「－ n －」."""
    _font(p.add_run("－ "), 9)
    run = p.add_run()
    _font(run, 9)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._element.append(el)
    _font(p.add_run(" －"), 9)


def _borders(parent, tag: str, spec: dict[str, tuple[str, int]]) -> None:
    """Write a w:tblBorders / w:tcBorders element: {side: (val, size in eighths of a point)}."""
    el = OxmlElement(tag)
    for side, (val, sz) in spec.items():
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), val)
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        el.append(b)
    parent.append(el)


def _shade(cell, fill: str = "D9D9D9") -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def _cell_text(cell, text: str, bold: bool = False, center: bool = False) -> None:
    cell.paragraphs[0].text = ""
    _font(cell.paragraphs[0].add_run(text), 9.5, bold)
    if center:
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def qa_table(doc) -> None:
    """The 回答書 table: two header rows (merged), repeated on each page; no vertical lines in the body."""
    t = doc.add_table(rows=2, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = t._tbl.tblPr
    _borders(tblpr, "w:tblBorders", {"top": ("single", 12), "left": ("single", 12), "bottom": ("single", 12),
                                     "right": ("single", 12), "insideH": ("single", 4), "insideV": ("nil", 0)})
    widths = [Mm(10), Mm(28), Mm(62), Mm(62)]
    h0, h1 = t.rows
    a = h0.cells[0].merge(h1.cells[0])
    b = h0.cells[1].merge(h1.cells[1])
    c = h0.cells[2].merge(h0.cells[3])
    _cell_text(a, "No.", True, True)
    _cell_text(b, "提出者", True, True)
    _cell_text(c, "回答書の内容", True, True)
    _cell_text(h1.cells[2], "意見・質問", True, True)
    _cell_text(h1.cells[3], "事務局の回答", True, True)
    for row in (h0, h1):
        _repeat_header(row)
        for cell in row.cells:
            _shade(cell)
            _borders(cell._tc.get_or_add_tcPr(), "w:tcBorders", {"left": ("single", 4), "right": ("single", 4)})
    for i, (who, q, ans) in enumerate(D.QA, 1):
        cells = t.add_row().cells
        _cell_text(cells[0], str(i).translate(FW), center=True)
        _cell_text(cells[1], who)
        _cell_text(cells[2], q)
        _cell_text(cells[3], ans)
    t.autofit = False
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for w, cell in zip(widths, row.cells):
            cell.width = w


def build_docx(path: Path) -> None:
    """Write the .docx."""
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin = sec.bottom_margin = Mm(30)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.header_distance = sec.footer_distance = Mm(15)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(hp.add_run(D.RUNNING_HEADER), 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(fp)

    para(doc, D.TITLE, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    para(doc, "１　開催方法", bold=True)
    para(doc, f"第{str(D.MEETING).translate(FW)}回さいたま市債権回収対策本部会は、新型コロナウイルス感染症の感染拡大"
              f"防止のため{D.METHOD}とし、{D.SENT}付けで各本部員に資料を送付し、{D.DEADLINE}までに"
              "回答書を電子メールにより事務局へ提出する形式で実施した。", indent_mm=4, first_mm=4, after=6)
    n = len(D.MEMBERS)
    para(doc, f"２　出席者（本部長・本部員{str(n).translate(FW)}名・事務局{str(len(D.SECRETARIAT)).translate(FW)}名）",
         bold=True)
    para(doc, f"本部長：{D.CHIEF[1]}", indent_mm=4)
    para(doc, "本部員：" + "・".join(D.MEMBERS), indent_mm=20, first_mm=-16)
    para(doc, "事務局：" + "・".join(D.SECRETARIAT), indent_mm=4, after=6)
    para(doc, "３　議　題", bold=True)
    for i, item in enumerate(D.AGENDA, 1):
        para(doc, f"（{str(i).translate(FW)}）{item}", indent_mm=4)
    para(doc, "", after=0)
    para(doc, "４　資　料", bold=True)
    for m in D.MATERIALS:
        para(doc, m, indent_mm=4)
    para(doc, "", after=0)
    para(doc, "５　意見及び質問（回答書による）", bold=True)
    para(doc, f"（１）{D.SECTION1}", indent_mm=2)
    for who, texts in D.REPORTS:
        para(doc, f"（{who}）", indent_mm=6)
        for t in texts:
            para(doc, t, indent_mm=8, first_mm=4)
        para(doc)
    para(doc, f"（２）{D.SECTION2}", indent_mm=2, after=4)
    qa_table(doc)
    para(doc)
    para(doc, f"（３）{D.SECTION3}", indent_mm=2)
    para(doc, f"（{D.CHIEF[0]}）", indent_mm=6)
    for t in D.CHIEF_COMMENT:
        para(doc, t, indent_mm=8, first_mm=4)
    para(doc)
    para(doc, "以　上", align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.save(path)


def main() -> Path:
    """Build the PDF and return its path."""
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    src = out / f"{STEM}.docx"
    build_docx(src)
    return to_pdf(src, ROOT / "corpus" / "blind" / "pdf" / f"{STEM}.pdf", profile="minutes3blind")


if __name__ == "__main__":
    print(main())
