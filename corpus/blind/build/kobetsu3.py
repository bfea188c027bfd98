"""Build the round-3 blind 静岡市 committee material (令和7年度第2回, October) as a Word file and convert it to PDF.

Producer differs from earlier rounds: python-docx, A4 landscape, 10.5pt, thick outer/thin inner borders, shaded
header row repeated on every page of a split table, a body table without vertical lines, dotted inner lines.
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "corpus" / "build"))
import kobetsu3_data as D  # noqa: E402
from office import to_pdf  # noqa: E402

STEM = "shizuoka_committee_r7_2_kobetsu_r3"
FONT = "IPAexMincho"


def zen(s: str) -> str:
    """Full-width digits, as typed in Word body text."""
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def set_font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = FONT
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)


def para(doc_or_cell, text, size=10.5, bold=False, align=None, space_after=0):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text)
    set_font(r, size, bold)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.line_spacing = 1.0
    return p


def cell_text(cell, text, size=10.5, bold=False, align=None, shade=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        set_font(r, size, bold)
        p.paragraph_format.space_after = Pt(0)
        if align:
            p.alignment = align
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


def borders(table, outer="single", outer_sz=12, inside_h="single", inside_v="single", inner_sz=4):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, val, sz in (("top", outer, outer_sz), ("left", outer, outer_sz), ("bottom", outer, outer_sz),
                          ("right", outer, outer_sz), ("insideH", inside_h, inner_sz),
                          ("insideV", inside_v, inner_sz)):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)
    c = OxmlElement("w:cantSplit")
    trPr.append(c)


def widths(table, mm):
    for row in table.rows:
        for c, w in zip(row.cells, mm):
            c.width = Mm(w)


def page_field(paragraph):
    run = paragraph.add_run("－ ")
    set_font(run, 9)
    r = paragraph.add_run()
    set_font(r, 9)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            r._r.append(f)
        else:
            t = OxmlElement("w:instrText")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r._r.append(t)
    run = paragraph.add_run(" －")
    set_font(run, 9)


def setup(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.left_margin = s.right_margin = Mm(20)
    s.top_margin, s.bottom_margin = Mm(18), Mm(15)
    s.different_first_page_header_footer = True
    h = s.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(h.add_run("令和７年度第２回 静岡市債権管理委員会 資料"), 9)
    f = s.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(f)
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)
    st.font.name = FONT
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cover(doc):
    for _ in range(3):
        para(doc, "")
    para(doc, D.TITLE, 18, True, WD_ALIGN_PARAGRAPH.CENTER, 12)
    para(doc, "日時　" + D.DATE_RAW + "　１０：００～１１：３０", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "場所　静岡庁舎　本館３階　第一委員会室", 12, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=18)
    para(doc, "次　　第", 14, True, WD_ALIGN_PARAGRAPH.CENTER, 8)
    para(doc, "１　【報告】令和６年度　主要債権の収入未済額の状況　…………　資料１", 12)
    para(doc, "２　【議題】令和７年度　滞納整理強化期間実施計画（取組個票）　…………　資料２", 12)
    para(doc, "３　その他", 12, space_after=12)
    para(doc, "今後の予定", 12, True)
    para(doc, "　第３回債権管理委員会（令和８年１月予定）　令和８年度事業計画、債権放棄に関する審議", 12)


def settlement(doc):
    para(doc, "資料１", 12, True, WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "令和６年度　主要債権の収入未済額の状況", 14, True, WD_ALIGN_PARAGRAPH.CENTER, 6)
    para(doc, "主要８債権の令和６年度決算に基づく収入未済額の状況は次のとおりである。", 10.5, space_after=6)
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t = doc.add_table(rows=2, cols=9)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t)
    head = ["債権名", "債権区分", "区分", "令和６年度決算", "", "", "", "", "令和５年度\n収納率"]
    sub = ["", "", "", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", ""]
    for i, txt in enumerate(head):
        cell_text(t.rows[0].cells[i], txt, 10, True, WD_ALIGN_PARAGRAPH.CENTER, "D9D9D9")
    for i, txt in enumerate(sub):
        cell_text(t.rows[1].cells[i], txt, 10, True, WD_ALIGN_PARAGRAPH.CENTER, "D9D9D9")
    for i in (0, 1, 2, 8):
        t.cell(0, i).merge(t.cell(1, i))
    t.cell(0, 3).merge(t.cell(0, 7))
    cell_text(t.cell(0, 3), "令和６年度決算", 10, True, WD_ALIGN_PARAGRAPH.CENTER)
    for i, txt in ((0, "債権名"), (1, "債権区分"), (2, "区分"), (8, "令和５年度\n収納率")):
        cell_text(t.cell(0, i), txt, 10, True, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    right = WD_ALIGN_PARAGRAPH.RIGHT
    for entry in D.SETTLEMENT:
        first = len(t.rows)
        for seg, label, a, c, w, o, r in D.rows_for(entry):
            row = t.add_row()
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            row.height = Mm(6.8)
            cells = row.cells
            cell_text(cells[2], label, 10.5)
            for k, v in enumerate((a, c, w, o)):
                cell_text(cells[3 + k], f"{v:,}", 10.5, align=right)
            cell_text(cells[7], r, 10.5, align=right)
            cell_text(cells[8], f"{entry[4]:.2f}" if seg == "total" else "－", 10.5, align=right)
        t.cell(first, 0).merge(t.cell(first + 2, 0))
        t.cell(first, 1).merge(t.cell(first + 2, 1))
        cell_text(t.cell(first, 0), entry[0], 10.5)
        cell_text(t.cell(first, 1), entry[2], 9)
    widths(t, [46, 30, 24, 30, 30, 26, 30, 18, 22])
    para(doc, "※収入未済額＝調定額－収入済額－不納欠損額。端数処理のため合計が一致しない場合がある。", 9)


def kobetsu_page(doc, k):
    name, _canon, dept, section, cls, rates, period, items, goal = k
    para(doc, "資料２　取組個票", 10.5, True, WD_ALIGN_PARAGRAPH.RIGHT)
    t = doc.add_table(rows=1, cols=8)
    borders(t)
    for i, (txt, shade) in enumerate((("債権名", "DDEBF7"), (name, None), ("所属", "DDEBF7"), (dept, None),
                                      ("総括課", "DDEBF7"), (section, None), ("債権区分", "DDEBF7"), (cls, None))):
        cell_text(t.rows[0].cells[i], txt, 10.5, bool(shade), WD_ALIGN_PARAGRAPH.CENTER, shade)
    widths(t, [20, 60, 16, 40, 18, 44, 22, 37])
    para(doc, "")
    para(doc, "１．令和７年度 数値目標と上半期の収納状況", 10.5, True, space_after=2)
    settled = {r[0]: r[6] for r in D.rows_for(next(e for e in D.SETTLEMENT if e[0] == name))}
    t = doc.add_table(rows=1, cols=5)
    borders(t, inside_v="nil")
    for i, txt in enumerate(("区分", "令和６年度決算", "令和７年度数値目標", "令和７年９月末現在", "前年同期\n（令和６年９月末）")):
        cell_text(t.rows[0].cells[i], txt, 10.5, True, WD_ALIGN_PARAGRAPH.CENTER, "F2F2F2")
    for seg, label in (("current", "現年度分収納率"), ("arrears", "滞納繰越分収納率"), ("total", "合計収納率")):
        _, target, now, prior = rates[seg]
        cells = t.add_row().cells
        cell_text(cells[0], label)
        for i, v in enumerate((settled[seg], target, now, prior)):
            cell_text(cells[1 + i], v + "％", align=WD_ALIGN_PARAGRAPH.RIGHT)
    widths(t, [60, 45, 45, 45, 45])
    para(doc, "")
    para(doc, "２．令和７年度 滞納整理強化期間実施計画", 10.5, True, space_after=2)
    t = doc.add_table(rows=2, cols=3)
    borders(t, inside_h="dotted", inside_v="dotted", inner_sz=6)
    for i, txt in enumerate(("実施期間", "取組内容", "目標")):
        cell_text(t.rows[0].cells[i], txt, 10.5, True, WD_ALIGN_PARAGRAPH.CENTER, "F2F2F2")
    cells = t.rows[1].cells
    cell_text(cells[0], zen(period).replace("～", "\n～") if "①" not in period else period.replace("　", "\n"))
    cell_text(cells[1], "\n".join(f"{lab}{txt}【{st}】" for lab, txt, st in items))
    cell_text(cells[2], goal)
    widths(t, [55, 150, 52])


def build(out_dir: Path) -> Path:
    doc = Document()
    setup(doc)
    cover(doc)
    page_break(doc)
    settlement(doc)
    for k in D.KOBETSU:
        page_break(doc)
        kobetsu_page(doc, k)
    src = HERE / "out" / f"{STEM}.docx"
    src.parent.mkdir(exist_ok=True)
    doc.save(src)
    return to_pdf(src, out_dir / f"{STEM}.pdf", profile="kobetsublind3")


if __name__ == "__main__":
    print(build(ROOT / "corpus" / "blind" / "pdf"))
