"""Build the round-2 blind PDF: 第1次 尼崎市債権管理推進計画 (平成31年2月) with three 債権管理推進シート.

A Word document as a 法務 secretariat would type it (python-docx): cover, 計画の概要, 債権一覧 with a merged
header, 全庁において取り組むべき事項, then one 推進シート per debt with the 直近5か年 table (two layouts), the
目標 table and the 取組 table; running header, page-number footer, full-width digits in headings.
Run: python corpus/blind/build/suishin2_r2.py  → corpus/blind/pdf/amagasaki_suishin_r2_h31.pdf
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import suishin2_data as D  # noqa: E402
from corpus.build.office import to_pdf  # noqa: E402

STEM = "amagasaki_suishin_r2_h31"
FONT = "IPAexMincho"
GOTHIC = "IPAexGothic"
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def set_font(run, name: str = FONT, size: float | None = None, bold: bool = False) -> None:
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(doc, text: str, size: float = 10.5, bold: bool = False, align=None, font: str = FONT, indent_mm=0):
    p = doc.add_paragraph()
    set_font(p.add_run(text), font, size, bold)
    if align is not None:
        p.alignment = align
    if indent_mm:
        p.paragraph_format.left_indent = Mm(indent_mm)
    p.paragraph_format.space_after = Pt(3)
    return p


def heading(doc, text: str, size: float = 12) -> None:
    para(doc, text.translate(FW), size, True, font=GOTHIC)


def cell_text(cell, text: str, size: float = 8.5, bold: bool = False, align=None) -> None:
    """Put text (lines split on '\n' as separate paragraphs) into a table cell."""
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        set_font(p.add_run(line), FONT, size, bold)
        p.paragraph_format.space_after = Pt(0)
        if align is not None:
            p.alignment = align


def table(doc, rows: int, cols: int, widths_mm: list[float]):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, w in enumerate(widths_mm):
        t.columns[i].width = Mm(w)
    for row in t.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)
    return t


def page_field(paragraph) -> None:
    """Append a PAGE field, as Word's 'ページ番号' button does."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def header_footer(section) -> None:
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    set_font(hp.add_run("第１次尼崎市債権管理推進計画"), FONT, 8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    set_font(fp.add_run("－ "), FONT, 9)
    page_field(fp)
    set_font(fp.add_run(" －"), FONT, 9)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def cover(doc) -> None:
    for _ in range(8):
        para(doc, "")
    for line in ("尼崎市債権管理推進計画",):
        para(doc, line, 26, True, WD_ALIGN_PARAGRAPH.CENTER, GOTHIC)
    for _ in range(10):
        para(doc, "")
    para(doc, "平成３１年２月", 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "尼　崎　市", 16, True, WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_page_break()


def overview(doc) -> None:
    heading(doc, "1　計画策定の趣旨")
    para(doc, "本市が保有する債権の収入未済額は、平成29年度決算において約93.8億円に上っている。公正かつ公平な市民負担の"
              "確保と健全な行財政運営の実現のため、全庁的に取り組むべき事項と、特に収入未済額の大きい債権について"
              "所管課が取り組むべき事項を定め、計画的に債権管理を推進するため本計画を策定する。", indent_mm=4)
    heading(doc, "2　計画の概要")
    para(doc, "(1) 計画の期間", bold=True)
    para(doc, "平成31年度から平成34年度までの4か年とする。", indent_mm=6)
    para(doc, "(2) 計画の対象となる債権", bold=True)
    para(doc, "本市が保有する債権のうち、平成29年度決算において収入未済が生じているもの（78債権）とする。"
              "このうち、尼崎市債権管理推進会議において取組の進捗を確認する債権（以下「特定債権」という。）は、"
              "平成29年度決算において収入未済額が1億円以上のもの（11債権）とする。", indent_mm=6)
    para(doc, "(3) 市全体の目標", bold=True)
    para(doc, "平成34年度末の収入未済額を70億円以下とする。", indent_mm=6)
    heading(doc, "3　本市の収入未済額の状況")
    para(doc, "特定債権の収入未済額の推移　（単位：千円、千円未満四捨五入）", 9.5)
    rows = D.debt_list()
    t = table(doc, len(rows) + 3, 5, [52, 30, 30, 30, 18])
    hdr = t.rows[0].cells
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(0, 2))
    t.cell(0, 4).merge(t.cell(1, 4))
    cell_text(t.cell(0, 0), "債権の名称", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(0, 1), "収入未済額", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(hdr[3], "増減", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(0, 4), "種別", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 1), "平成25年度決算", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 2), "平成29年度決算", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 3), "(H29－H25)", align=WD_ALIGN_PARAGRAPH.CENTER)
    right = WD_ALIGN_PARAGRAPH.RIGHT
    for i, (name, cls, h25, h29) in enumerate(rows, start=2):
        cell_text(t.cell(i, 0), name)
        cell_text(t.cell(i, 1), f"{h25:,}", align=right)
        cell_text(t.cell(i, 2), f"{h29:,}", align=right)
        d = h29 - h25
        cell_text(t.cell(i, 3), f"△{-d:,}" if d < 0 else f"{d:,}", align=right)
        cell_text(t.cell(i, 4), cls, align=WD_ALIGN_PARAGRAPH.CENTER)
    s25, s29 = sum(r[2] for r in rows), sum(r[3] for r in rows)
    last = len(rows) + 2
    cell_text(t.cell(last, 0), "合計", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(last, 1), f"{s25:,}", align=right)
    cell_text(t.cell(last, 2), f"{s29:,}", align=right)
    cell_text(t.cell(last, 3), f"△{s25 - s29:,}", align=right)
    para(doc, "※ 種別　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", 8.5)
    doc.add_page_break()


def zencho(doc) -> None:
    heading(doc, "4　全庁において取り組むべき事項")
    para(doc, "【凡例：強制徴収公債権＝強・非強制徴収公債権＝非・私債権＝私】", 9)
    for label, head, cls, body in D.ZENCHO:
        para(doc, f"{label}　{head}【{cls}】", 10.5, True)
        para(doc, body, indent_mm=6)
    heading(doc, "5　特定債権について取り組むべき事項")
    para(doc, "特定債権のうち、次の3債権に係る取組の具体的内容は、次頁以降の債権管理推進シートに定めるとおりである。"
              "推進会議において適宜進捗を確認し、目標の達成に至らない可能性がある場合は取組内容の見直しを行う。", indent_mm=4)
    doc.add_page_break()


def year_head(year: int, fullwidth: bool) -> str:
    text = f"{D.heisei(year)}\n({year}年度)"
    return text.translate(FW) if fullwidth else text


def fmt(v) -> str:
    return f"{v:,}"


def actual_table(doc, s: D.Sheet) -> None:
    L = s.labels
    blocks = [("current", s.current), ("arrears", s.arrears), ("total", s.all)]
    if s.layout == "blocks":
        metrics = [("assessed", "assessed"), ("collected", "collected"), ("written_off", "written_off"),
                   ("outstanding", "outstanding"), ("rate", "rate")]
    else:
        metrics = [("assessed", "assessed"), ("collected", "collected"), ("rate", "rate")]
    tail = [] if s.layout == "blocks" else ["written_off", "outstanding"]
    nrows = 1 + len(blocks) * len(metrics) + len(tail) + 1
    t = table(doc, nrows, 7, [14, 22, 27, 27, 27, 27, 27])
    t.cell(0, 0).merge(t.cell(0, 1))
    for j, y in enumerate(D.ACTUAL_YEARS):
        cell_text(t.cell(0, 2 + j), year_head(y, s.fullwidth_years), align=WD_ALIGN_PARAGRAPH.CENTER)
    right = WD_ALIGN_PARAGRAPH.RIGHT
    r = 1
    for seg, data in blocks:
        t.cell(r, 0).merge(t.cell(r + len(metrics) - 1, 0))
        cell_text(t.cell(r, 0), L[seg], align=WD_ALIGN_PARAGRAPH.CENTER)
        for key, _ in metrics:
            label = L[key] if key != "outstanding" else "収入未済額"
            cell_text(t.cell(r, 1), label)
            values = {"assessed": data.assessed, "collected": data.collected, "written_off": data.written_off,
                      "outstanding": data.outstanding(), "rate": data.rates()}[key]
            for j, v in enumerate(values):
                cell_text(t.cell(r, 2 + j), f"{v}%" if key == "rate" else fmt(v), align=right)
            r += 1
    for key in tail:
        t.cell(r, 0).merge(t.cell(r, 1))
        cell_text(t.cell(r, 0), L[key])
        values = s.all.written_off if key == "written_off" else s.all.outstanding()
        for j, v in enumerate(values):
            cell_text(t.cell(r, 2 + j), fmt(v), align=right)
        r += 1
    t.cell(r, 0).merge(t.cell(r, 1))
    cell_text(t.cell(r, 0), s.delinquent_label)
    for j, v in enumerate(s.delinquents):
        cell_text(t.cell(r, 2 + j), fmt(v), align=right)


def target_table(doc, s: D.Sheet) -> None:
    t = table(doc, 5, 6, [18, 30, 28, 28, 28, 28])
    t.cell(0, 0).merge(t.cell(0, 1))
    for j, y in enumerate(D.TARGET_YEARS):
        cell_text(t.cell(0, 2 + j), year_head(y, s.fullwidth_years), align=WD_ALIGN_PARAGRAPH.CENTER)
    right = WD_ALIGN_PARAGRAPH.RIGHT
    cell_text(t.cell(1, 0), s.labels["current"], align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 1), f"{s.labels['rate']}(%)")
    cell_text(t.cell(2, 0), s.labels["arrears"], align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(2, 1), f"{s.labels['rate']}(%)")
    for j in range(4):
        cell_text(t.cell(1, 2 + j), f"{s.target_current[j]}%", align=right)
        cell_text(t.cell(2, 2 + j), f"{s.target_arrears[j]}%", align=right)
        cell_text(t.cell(3, 2 + j), f"{fmt(s.target_outstanding[j])} {s.unit}", align=right)
    t.cell(3, 0).merge(t.cell(3, 1))
    cell_text(t.cell(3, 0), f"収入未済の目標額({s.unit})\n(現年＋滞納繰越)")
    t.cell(4, 0).merge(t.cell(4, 1))
    t.cell(4, 2).merge(t.cell(4, 5))
    cell_text(t.cell(4, 0), "補足説明")
    cell_text(t.cell(4, 2), s.target_note)


def measures_table(doc, s: D.Sheet) -> None:
    t = table(doc, 1 + len(s.measures), 3, [26, 70, 74])
    cell_text(t.cell(0, 1), "平成30年度の取組", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(0, 2), "平成31年度～平成34年度の取組", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, (row, (now, plan)) in enumerate(s.measures.items(), start=1):
        cell_text(t.cell(i, 0), row)
        cell_text(t.cell(i, 1), "\n".join(now))
        cell_text(t.cell(i, 2), "\n".join(text for _, text in plan))


def sheet(doc, s: D.Sheet) -> None:
    para(doc, "債権管理推進シート", 11, True, WD_ALIGN_PARAGRAPH.RIGHT, GOTHIC)
    t = table(doc, 1, 4, [24, 60, 24, 62])
    for i, text in enumerate(("債権名", s.debt, "所管課名", s.division)):
        cell_text(t.cell(0, i), text, size=10, bold=i in (0, 2))
    para(doc, "")
    heading(doc, "1. 債権の概要", 10.5)
    para(doc, s.kind, 9.5, indent_mm=4)
    para(doc, s.overview, 9.5, indent_mm=4)
    heading(doc, "2. 平成30年度の債権管理に係る体制", 10.5)
    for line in s.staff:
        para(doc, line, 9.5, indent_mm=4)
    heading(doc, "3. 直近5か年の収納状況", 10.5)
    para(doc, f"(単位：{s.unit})", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    actual_table(doc, s)
    heading(doc, "4. 収納状況に関する説明（滞納の要因分析を含む。）", 10.5)
    for line in s.explanation:
        para(doc, line, 9.5, indent_mm=4)
    doc.add_page_break()
    para(doc, "債権管理推進シート", 11, True, WD_ALIGN_PARAGRAPH.RIGHT, GOTHIC)
    heading(doc, "5. 目標", 10.5)
    target_table(doc, s)
    para(doc, "")
    heading(doc, "6. 目標実現に向けた取組", 10.5)
    measures_table(doc, s)


def build(dest_dir: Path) -> Path:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = sec.bottom_margin = Mm(20)
    header_footer(sec)
    cover(doc)
    overview(doc)
    zencho(doc)
    for i, s in enumerate(D.SHEETS):
        sheet(doc, s)
        if i < len(D.SHEETS) - 1:
            doc.add_page_break()
    out = ROOT / "corpus" / "blind" / "build" / "out"
    out.mkdir(parents=True, exist_ok=True)
    src = out / f"{STEM}.docx"
    doc.save(src)
    return to_pdf(src, dest_dir / f"{STEM}.pdf", profile="suishinblind2")


if __name__ == "__main__":
    print(build(ROOT / "corpus" / "blind" / "pdf"))
