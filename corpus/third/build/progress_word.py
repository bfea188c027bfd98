"""Edition B of the third set (南浦市 平成30年度 10月末) written as a .docx (python-docx), the way a secretariat
types it in Word: paragraphs that flow over page breaks, a rate table per debt (segments as rows), rate lines
under 【現年度分】 headings for the second debt, and a ward table with two debts side by side whose header row
repeats on the next page. `build_docx` writes the file.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document as Docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable

from corpus.third.build import progress_content as C

FONT = "IPAexGothic"
SPACER_LINES = 10
RATE_HEAD = ["区分", "10月末収納率", "前年度10月末", "決算見込収納率", "前年度決算", "目標収納率", "前年度目標"]
RATE_LINE = {"interim": "10月末収納率 {v}(前年度同期 {p})", "estimate": "決算見込み収納率 {v}(前年度決算 {p})",
             "target": "目標収納率 {v}(前年度目標 {p})"}


def item_text(it: C.Item) -> str:
    """An item as printed: [継続](1)text, or ・text[継続] when the tag closes the item."""
    tag = C.B_TAG.format(it.status) if it.status else ""
    return f"{it.label}{it.text}{tag}" if it.tag_at_end else f"{tag}{it.label}{it.text}"


def _font(doc: Docx) -> None:
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    style.paragraph_format.space_after = Pt(0)


def para(doc: Docx, text: str, *, bold: bool = False, size: float | None = None, after: float = 0,
         center: bool = False) -> None:
    """One paragraph in the document's font."""
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _borders(t: DocxTable) -> None:
    t.style = "Table Grid"


def _repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cell(t: DocxTable, r: int, c: int, text: str, center: bool = True) -> None:
    cell = t.cell(r, c)
    cell.text = text
    for p in cell.paragraphs:
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def rate_table(doc: Docx, d: C.Debt) -> None:
    """Rates as a table: one row per segment, this year's and the previous year's values in their own columns."""
    t = doc.add_table(rows=1 + len(d.blocks), cols=len(RATE_HEAD))
    _borders(t)
    for c, h in enumerate(RATE_HEAD):
        _cell(t, 0, c, h)
    for r, b in enumerate(d.blocks, start=1):
        _cell(t, r, 0, b.segment)
        for k, rate in enumerate(b.rates):
            _cell(t, r, 1 + 2 * k, rate.value)
            _cell(t, r, 2 + 2 * k, rate.prev)


def rate_paragraphs(doc: Docx, d: C.Debt) -> None:
    """Rates as lines under a 【segment】 heading per block."""
    for b in d.blocks:
        para(doc, f"【{b.segment}】", bold=True)
        for rate in b.rates:
            para(doc, "　" + RATE_LINE[rate.kind].format(v=rate.value, p=rate.prev))
        para(doc, "")


def items(doc: Docx, d: C.Debt) -> None:
    para(doc, C.B_SECTION, bold=True, after=4)
    for it in d.items:
        para(doc, item_text(it), after=8)


def ward_table(doc: Docx) -> None:
    """Two debts side by side (current-year segment each), the 計 row first; header rows repeat on a new page."""
    para(doc, C.B_WARD_TITLE, bold=True, size=12, after=6)
    rows = C.b_ward_rows()
    t = doc.add_table(rows=2 + len(rows), cols=7)
    _borders(t)
    t.cell(0, 0).merge(t.cell(1, 0))
    _cell(t, 0, 0, "区名")
    for c0, name in ((1, f"{C.B_KOKUHO.name}（{C.B_KOKUHO.blocks[0].segment}）"),
                     (4, f"{C.B_KAIGO.name}（{C.B_KAIGO.blocks[0].segment}）")):
        t.cell(0, c0).merge(t.cell(0, c0 + 2))
        _cell(t, 0, c0, name)
        for k, h in enumerate(["H30年度", "H29年度", "差"]):
            _cell(t, 1, c0 + k, h)
    for r in (0, 1):
        _repeat_header(t.rows[r])
    for r, (ward, vals) in enumerate(rows, start=2):
        _cell(t, r, 0, ward)
        for k, v in enumerate(vals, start=1):
            _cell(t, r, k, v)
        t.rows[r].height = Mm(11)
    para(doc, "※ 差は H30年度 − H29年度（ポイント）")


def build_docx(dest: Path) -> Path:
    """Write edition B as a .docx at `dest`."""
    doc = Docx()
    _font(doc)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(20)
    hp = sec.header.paragraphs[0]
    hp.text = C.B_HEADER
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, C.B_TITLE, bold=True, size=14, after=10, center=True)
    para(doc, f"債権名：{C.B_KOKUHO.name}（{C.B_KOKUHO.dept}）", bold=True, after=4)
    rate_table(doc, C.B_KOKUHO)
    para(doc, "")
    items(doc, C.B_KOKUHO)
    for _ in range(SPACER_LINES):  # blank lines typed between the debts: the last 介護 item runs onto page 2
        para(doc, "")
    para(doc, f"債権名：{C.B_KAIGO.name}（{C.B_KAIGO.dept}）", bold=True, after=4)
    rate_paragraphs(doc, C.B_KAIGO)
    items(doc, C.B_KAIGO)
    para(doc, "")
    ward_table(doc)
    dest.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(dest))
    return dest
