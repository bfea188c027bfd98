"""Build the round-3 blind progress sheet as a Word document (python-docx) converted with LibreOffice.

Producer style: A4 portrait, 10.5pt 明朝, Word tables with a thick outer border and thin inner lines, shaded
header rows, the ward table split across pages with its two header rows repeated, running header and page number.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus.build.office import to_pdf  # noqa: E402
from progress3_data import (DEBTS, FY_LABEL, MEETING, MONTH_LABEL, PREV_LABEL, WARDS,  # noqa: E402
                            ward_rates)

STEM = "osaka_progress_r4_feb_r3"
SEGS = (("arrears", "過年度分"), ("current", "現年度分"))
ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def pct(v: float) -> str:
    return f"{v:.1f}%"


def diff(a: float, b: float) -> str:
    d = round(a - b, 1)
    return ("△" if d < 0 else "") + f"{abs(d):.1f}"


def font(run, size: float = 10.5, bold: bool = False, gothic: bool = False) -> None:
    name = "IPAexGothic" if gothic else "IPAexMincho"
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def para(doc_or_cell, text: str, size: float = 10.5, bold=False, gothic=False, align=None, indent_mm=0.0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(2), 1.15
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
        pf.first_line_indent = Mm(-indent_mm)
    if align:
        p.alignment = align
    font(p.add_run(text), size, bold, gothic)
    return p


def borders(table, outer: int = 12, inner: int = 4) -> None:
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, sz in (("top", outer), ("left", outer), ("bottom", outer), ("right", outer),
                     ("insideH", inner), ("insideV", inner)):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def shade(cell, fill: str = "D9D9D9") -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def repeat_header(row) -> None:
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(h)


def set_cell(cell, text: str, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, header=False) -> None:
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        font(p.add_run(line), size, bold or header, gothic=header)
    if header:
        shade(cell)


def page_setup(doc) -> None:
    s = doc.sections[0]
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(20)
    s.top_margin, s.bottom_margin = Mm(22), Mm(18)
    hp = s.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(hp.add_run(MEETING), 9)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("－ "), 9)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    fp._p.append(fld)
    font(fp.add_run(" －"), 9)


def debt_line(doc, d: dict) -> None:
    para(doc, f"債権名　{d['name']}　　整理番号　{d['no'].translate(ZEN)}　　【{d['dept']}】", 10.5, gothic=True)


def rate_table(doc, d: dict) -> None:
    t = doc.add_table(rows=5, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t)
    a, b = t.cell(0, 0), t.cell(1, 0)
    a.merge(b)
    set_cell(t.cell(0, 0), "区　分", header=True)
    for j, (_seg, label) in enumerate(SEGS):
        c = t.cell(0, 1 + 2 * j).merge(t.cell(0, 2 + 2 * j))
        set_cell(c, label, header=True)
        set_cell(t.cell(1, 1 + 2 * j), FY_LABEL, header=True)
        set_cell(t.cell(1, 2 + 2 * j), f"{PREV_LABEL}\n（前年度）", header=True)
    labels = [f"{MONTH_LABEL}徴収率", "決算見込徴収率\n（前年度は決算）", "目標徴収率"]
    for i, label in enumerate(labels):
        set_cell(t.cell(2 + i, 0), label, align=WD_ALIGN_PARAGRAPH.LEFT)
        for j, (seg, _l) in enumerate(SEGS):
            r = d["rates"][seg]
            set_cell(t.cell(2 + i, 1 + 2 * j), pct(r[2 * i]), align=WD_ALIGN_PARAGRAPH.RIGHT)
            set_cell(t.cell(2 + i, 2 + 2 * j), pct(r[2 * i + 1]), align=WD_ALIGN_PARAGRAPH.RIGHT)
    widths = [Mm(46), Mm(31), Mm(31), Mm(31), Mm(31)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def main_items(doc, d: dict) -> None:
    for seg, label in SEGS:
        para(doc, f"【{label}】", 10.5, gothic=True)
        para(doc, "●主な取組", 10.5, gothic=True)
        for k, (tag, head, body) in enumerate(d["main"][seg], 1):
            para(doc, f"（{str(k).translate(ZEN)}）{head}【{tag}】", 10.5, indent_mm=7)
            para(doc, f"　{body}", 10.5, indent_mm=0)


def status_table(doc, d: dict) -> None:
    t = doc.add_table(rows=2, cols=2)
    borders(t)
    set_cell(t.cell(0, 0), "取組内容", header=True)
    set_cell(t.cell(0, 1), f"取組状況（{MONTH_LABEL}）", header=True)
    repeat_header(t.rows[0])
    for j, items in enumerate((d["content"], d["status"])):
        cell = t.cell(1, j)
        set_cell(cell, "\n".join("・" + s for s in items), align=WD_ALIGN_PARAGRAPH.LEFT)
    for row in t.rows:
        row.cells[0].width = row.cells[1].width = Mm(85)


def ward_table(doc, d: dict) -> None:
    para(doc, "")
    para(doc, f"区役所で徴収事務を行っている債権の状況（{MONTH_LABEL}現在）", 10.5, gothic=True)
    para(doc, f"債権名：{d['name']}", 10.5)
    wr = ward_rates(d)
    t = doc.add_table(rows=2, cols=7)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t)
    t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(t.cell(0, 0), "区　名", header=True)
    for j, (_seg, label) in enumerate(SEGS):
        c = t.cell(0, 1 + 3 * j).merge(t.cell(0, 3 + 3 * j))
        set_cell(c, label, header=True)
        set_cell(t.cell(1, 1 + 3 * j), f"{FY_LABEL}\n{MONTH_LABEL}徴収率(A)", 9, header=True)
        set_cell(t.cell(1, 2 + 3 * j), f"{PREV_LABEL}\n{MONTH_LABEL}徴収率(B)", 9, header=True)
        set_cell(t.cell(1, 3 + 3 * j), "対前年同月比\n(A)－(B)", 9, header=True)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    rows = [("24区合計", {s: (d["rates"][s][0], d["rates"][s][1]) for s, _ in SEGS})]
    rows += [(w, wr[w]) for w in WARDS]
    for name, vals in rows:
        row = t.add_row()
        row.height = Mm(8)
        cells = row.cells
        set_cell(cells[0], name, bold=name == "24区合計")
        for j, (seg, _l) in enumerate(SEGS):
            now, prev = vals[seg]
            for k, text in enumerate((pct(now), pct(prev), diff(now, prev))):
                set_cell(cells[1 + 3 * j + k], text, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for row in t.rows:
        for c, w in zip(row.cells, [Mm(26)] + [Mm(24)] * 6):
            c.width = w


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(out_dir: Path) -> Path:
    """Write the .docx and convert it to corpus/blind/pdf/<STEM>.pdf."""
    doc = Document()
    page_setup(doc)
    for i, d in enumerate(DEBTS):
        if i:
            page_break(doc)
        para(doc, f"{FY_LABEL}　年度末に向けた取組について（{MONTH_LABEL}）", 12, gothic=True,
             align=WD_ALIGN_PARAGRAPH.CENTER)
        debt_line(doc, d)
        rate_table(doc, d)
        para(doc, "")
        main_items(doc, d)
        page_break(doc)
        para(doc, f"{FY_LABEL}　未収債権に関する具体取組内容の取組状況（{MONTH_LABEL}）", 12, gothic=True,
             align=WD_ALIGN_PARAGRAPH.CENTER)
        debt_line(doc, d)
        status_table(doc, d)
        if d["wards"]:
            ward_table(doc, d)
    out_dir.mkdir(parents=True, exist_ok=True)
    src = out_dir / f"{STEM}.docx"
    doc.save(src)
    return to_pdf(src, ROOT / "corpus/blind/pdf" / f"{STEM}.pdf", profile="progressblind3")


if __name__ == "__main__":
    print(build(Path(__file__).resolve().parent / "out"))
