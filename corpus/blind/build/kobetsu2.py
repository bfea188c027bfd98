"""Build the round-2 blind committee material (Word → PDF): 令和7年度第3回静岡市債権管理委員会 (令和8年1月).

    python corpus/blind/build/kobetsu2.py      # writes corpus/blind/pdf/shizuoka_committee_r7_3_kobetsu_r2.pdf

Made the way a secretariat makes it in Word: a 次第 page with the member list, then 資料１ (one 取組個票 per
debt on its own page: a header row, the 収納率の推移と数値目標 table with merged two-row headers, the 令和6年度決算
table in 千円, the 取組 table with wrapped multi-paragraph cells), and 資料２ (債権放棄の審議). Running header and a
"－ n －" page-number footer. The gold (corpus/blind/gold/<stem>.json) is written by kobetsu2_gold.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document as Docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

from corpus.build.office import to_pdf  # noqa: E402
from kobetsu2_data import (AGENDA, DATE_RAW, DEBTS, MEMBERS, RATE_COLUMNS, RUNNING_HEADER, SEGMENTS,  # noqa: E402
                           TITLE, WAIVERS, Debt)

STEM = "shizuoka_committee_r7_3_kobetsu_r2"
PDF = HERE.parents[0] / "pdf" / f"{STEM}.pdf"
FONT = "IPAexGothic"
ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(text: str) -> str:
    """Full-width digits, as typed in Word body text."""
    return text.translate(ZEN)


def set_font(run, size: float = 10.5, bold: bool = False) -> None:
    """Give a run the Japanese font (east-Asian slot included), size and weight."""
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), FONT)


def para(container, text: str = "", size: float = 10.5, bold: bool = False, align=None, space: float = 0):
    """Add a paragraph with one run of text."""
    p = container.add_paragraph()
    p.paragraph_format.space_after = Pt(space)
    p.paragraph_format.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), size, bold)
    return p


def cell_text(cell, lines: list[str] | str, size: float = 9.5, bold: bool = False, align=None) -> None:
    """Write one or more paragraphs into a table cell (replacing its empty first paragraph)."""
    lines = [lines] if isinstance(lines, str) else lines
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if align is not None:
            p.alignment = align
        set_font(p.add_run(line), size, bold)


def shade(cell, fill: str = "D9D9D9") -> None:
    """Grey background for a header cell."""
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def grid_table(doc, rows: int, cols: int, widths_mm: list[float]):
    """A ruled table with fixed column widths."""
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for col, w in zip(t.columns, widths_mm):
        col.width = Mm(w)
    for row in t.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)
    return t


def page_field(paragraph) -> None:
    """Insert a PAGE field into a paragraph."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = paragraph.add_run("1")
    set_font(run, 10)
    fld.append(run._element)
    paragraph._p.append(fld)


def setup(doc) -> None:
    """A4 portrait, office margins, running header and page-number footer."""
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(head.add_run(RUNNING_HEADER), 9)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(foot.add_run("－ "), 10)
    page_field(foot)
    set_font(foot.add_run(" －"), 10)


def cover(doc) -> None:
    """次第 and 委員名簿."""
    para(doc, zen(TITLE), 16, True, WD_ALIGN_PARAGRAPH.CENTER, 12)
    para(doc, "日　時　" + zen(DATE_RAW.replace("(", "（").replace(")", "）")) + "　１０：００～１１：３０", 11)
    para(doc, "場　所　静岡庁舎本館３階　第一委員会室", 11, space=12)
    para(doc, "次　　第", 14, True, WD_ALIGN_PARAGRAPH.CENTER, 8)
    for i, (kind, title, ref) in enumerate(AGENDA, 1):
        para(doc, f"{zen(str(i))}　{kind}　{title}　……　{ref}", 11, space=6)
    para(doc, "", space=12)
    para(doc, "静岡市債権管理委員会委員名簿", 12, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "（令和７年４月１日現在）", 10, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t = grid_table(doc, len(MEMBERS) + 1, 2, [30, 70])
    for c, h in zip(t.rows[0].cells, ("区　分", "職　名")):
        cell_text(c, h, 10, True, WD_ALIGN_PARAGRAPH.CENTER)
        shade(c)
    for row, (role, title) in zip(t.rows[1:], MEMBERS):
        cell_text(row.cells[0], role, 10, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(row.cells[1], title, 10)
    para(doc, "事務局：財政局税務部滞納対策課（債権管理担当）", 10, space=0)


def header_row(doc, debt: Debt) -> None:
    """債権名 | … | 所属 | … | 総括課 | … | 債権区分 | …"""
    t = grid_table(doc, 1, 8, [16, 34, 14, 26, 14, 30, 18, 22])
    values = ("債権名", debt.name, "所属", debt.bureau, "総括課", debt.section, "債権区分", debt.klass)
    for i, (c, v) in enumerate(zip(t.rows[0].cells, values)):
        cell_text(c, v, 9, i % 2 == 0)
        if i % 2 == 0:
            shade(c)


def fmt_rate(v: float | None) -> str:
    return "－" if v is None else f"{v:.2f}%"


def rates_table(doc, debt: Debt) -> None:
    """収納率の推移と数値目標, with a two-row merged header."""
    para(doc, "１　収納率の推移と数値目標", 11, True, space=2)
    t = grid_table(doc, 2 + len(SEGMENTS), 6, [26, 28, 28, 28, 28, 36])
    top, sub = t.rows[0].cells, t.rows[1].cells
    top[0].merge(sub[0])
    top[1].merge(top[2])
    top[3].merge(top[4])
    cell_text(top[0], "区　分", 9.5, True, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(top[1], "決算（実績）", 9.5, True, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(top[3], "令和７年度", 9.5, True, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(top[5], "令和８年度", 9.5, True, WD_ALIGN_PARAGRAPH.CENTER)
    labels = [RATE_COLUMNS[0][2], RATE_COLUMNS[1][2]] + [c[3] for c in RATE_COLUMNS[2:]]
    for c, text in zip(sub[1:], labels):
        cell_text(c, text, 9.5, True, WD_ALIGN_PARAGRAPH.CENTER)
    for c in list(top) + list(sub):
        shade(c)
    for row, (label, seg) in zip(t.rows[2:], SEGMENTS):
        cell_text(row.cells[0], label, 9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
        for c, v in zip(row.cells[1:], debt.rate_row(seg)):
            cell_text(c, fmt_rate(v), 9.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "※令和７年度決算見込は、令和７年１２月末時点の収納状況をもとに推計した。", 8.5)
    para(doc, f"※合計収納率の政令市順位【{debt.rank}】", 8.5, space=6)


def ledger_table(doc, debt: Debt) -> None:
    """令和6年度決算の状況 in 千円."""
    para(doc, "２　令和６年度決算の状況", 11, True)
    para(doc, "（単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    heads = ("区　分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率")
    t = grid_table(doc, 1 + len(SEGMENTS), 6, [26, 34, 34, 26, 30, 24])
    for c, h in zip(t.rows[0].cells, heads):
        cell_text(c, h, 9.5, True, WD_ALIGN_PARAGRAPH.CENTER)
        shade(c)
    for row, (label, seg) in zip(t.rows[1:], SEGMENTS):
        led = debt.ledger(seg)
        cell_text(row.cells[0], "計" if seg == "total" else label, 9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
        values = [f"{led.assessed:,}", f"{led.collected:,}", f"{led.written_off:,}", f"{led.outstanding:,}",
                  fmt_rate(led.rate)]
        for c, v in zip(row.cells[1:], values):
            cell_text(c, v, 9.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "", space=4)


def item_lines(debt: Debt) -> list[str]:
    """The 取組 cell as printed: headings on their own line unless they carry a single unlabelled item."""
    lines = []
    for h in debt.headings:
        if h.text:
            lines.append(h.label + h.text)
            lines += [f"{it.label}{it.text}【{it.status}】" for it in h.items]
        else:
            lines += [f"{h.label}{it.text}【{it.status}】" for it in h.items]
    return lines


def policy_table(doc, debt: Debt) -> None:
    """取組方針 and 数値目標の達成に向けた取組 (wrapped, multi-paragraph cell)."""
    para(doc, "３　令和８年度の取組", 11, True, space=2)
    t = grid_table(doc, 2, 2, [30, 144])
    cell_text(t.rows[0].cells[0], "取組方針", 9.5, True)
    cell_text(t.rows[0].cells[1], debt.policy, 9.5)
    cell_text(t.rows[1].cells[0], ["数値目標の達成", "に向けた取組"], 9.5, True)
    cell_text(t.rows[1].cells[1], item_lines(debt), 9.5)
    for row in t.rows:
        shade(row.cells[0])


def waiver_page(doc) -> None:
    """資料２ 債権放棄について."""
    para(doc, "資料２", 10.5, True, WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "債権放棄について（審議）", 14, True, WD_ALIGN_PARAGRAPH.CENTER, 8)
    para(doc, "　静岡市債権管理条例第７条の規定に基づき、次の非強制徴収公債権及び私債権を放棄することについて"
              "審議を願うものである。放棄した債権は、令和７年度決算において不納欠損として処理する。", 10.5, space=8)
    heads = ("No.", "債権名", "区分", "所管課", "件数", "放棄額（円）", "放棄の理由")
    t = grid_table(doc, len(WAIVERS) + 2, 7, [10, 40, 16, 28, 12, 26, 42])
    for c, h in zip(t.rows[0].cells, heads):
        cell_text(c, h, 9, True, WD_ALIGN_PARAGRAPH.CENTER)
        shade(c)
    for i, (row, w) in enumerate(zip(t.rows[1:], WAIVERS), 1):
        name, klass, sec, n, amount, why = w
        for c, v in zip(row.cells, (str(i), name, klass, sec, f"{n}件", f"{amount:,}", why)):
            cell_text(c, v, 9)
    last = t.rows[-1].cells
    last[0].merge(last[3])
    cell_text(last[0], "計", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(last[4], f"{sum(w[3] for w in WAIVERS)}件", 9, True)
    cell_text(last[5], f"{sum(w[4] for w in WAIVERS):,}", 9, True)


def build() -> Path:
    """Write the .docx and convert it; returns the PDF path."""
    doc = Docx()
    setup(doc)
    cover(doc)
    for i, debt in enumerate(DEBTS):
        doc.add_page_break()
        if i == 0:
            para(doc, "資料１", 10.5, True, WD_ALIGN_PARAGRAPH.RIGHT)
            para(doc, "令和８年度　主要債権の管理に関する取組方針（案）", 13, True, WD_ALIGN_PARAGRAPH.CENTER, 6)
        para(doc, f"【取組個票{zen(str(i + 1))}】", 10.5, True, space=2)
        header_row(doc, debt)
        para(doc, "", space=2)
        rates_table(doc, debt)
        ledger_table(doc, debt)
        policy_table(doc, debt)
    doc.add_page_break()
    waiver_page(doc)
    out = HERE / "out"
    out.mkdir(parents=True, exist_ok=True)
    src = out / f"{STEM}.docx"
    doc.save(src)
    return to_pdf(src, PDF, profile="kobetsublind2")


if __name__ == "__main__":
    print(build())
