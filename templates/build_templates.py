"""(Re)create the draft templates in templates/ with python-docx, so that they are reproducible.

    python templates/build_templates.py            # writes plan_suishin.docx, plan_kobetsu.docx, minutes.docx

The committed .docx files are what staff edit in Word (fonts, wording, layout); rerunning this script overwrites
their edits, so run it only to start over. Every Jinja2 tag is written as one run, as docxtpl needs.
Tags: `{{ x }}` prints text (escaped); `{{r slot|yen }}` prints a value or the highlighted 「（要入力）」;
`{%p … %}`, `{%tr … %}` repeat paragraphs and table rows; `{% vm %}` merges equal cells down a column.
"""
from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from saiken.generate.docx_style import add_page_number, set_a4, set_default_fonts, set_style_fonts  # noqa: E402

HERE = Path(__file__).resolve().parent
#: Fonts staff have in Japanese Word; LibreOffice substitutes IPAex/Noto where they are absent.
MINCHO, GOTHIC = "ＭＳ 明朝", "ＭＳ ゴシック"
LATIN = MINCHO  # digits in the Japanese font: narrower than a substituted Latin font in LibreOffice
Target = DocxDocument | _Cell
#: The paragraph style of table cells: values inserted by tags take its size and fonts.
CELL_STYLE = "表本文"


def new_document(margins: tuple[float, float, float, float], size: float = 10.5) -> DocxDocument:
    """An A4 document with Japanese fonts on the defaults and styles, compact paragraphs and '- N -' page numbers."""
    doc = Document()
    set_a4(doc, *margins)
    set_default_fonts(doc, MINCHO, LATIN)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    set_style_fonts(normal, MINCHO, LATIN)
    for name, pt in (("Title", 14), ("Heading 1", 12), ("Heading 2", 11)):
        st = doc.styles[name]
        st.font.size = Pt(pt)
        st.font.bold = True
        st.font.color.rgb = None
        set_style_fonts(st, GOTHIC, LATIN)
        st.paragraph_format.space_before = Pt(6)
        st.paragraph_format.space_after = Pt(3)
    set_style_fonts(doc.styles["Table Grid"], MINCHO, LATIN)
    cell_style = doc.styles.add_style(CELL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    cell_style.base_style = normal
    cell_style.font.size = Pt(9)
    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number(footer)
    return doc


def para(target: Target, text: str = "", style: str | None = None, bold: bool = False,
         align: WD_ALIGN_PARAGRAPH | None = None, indent: float = 0.0) -> Paragraph:
    """A paragraph whose text (tags included) is one run; reuses a fresh cell's empty first paragraph."""
    if isinstance(target, _Cell) and len(target.paragraphs) == 1 and not target.paragraphs[0].text \
            and not getattr(target, "_used", False):
        p = target.paragraphs[0]
        target._used = True  # type: ignore[attr-defined]
        if style:
            p.style = target.part.document.styles[style]
    else:
        p = target.add_paragraph(style=style)
    if text:
        p.add_run(text).bold = bold
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    return p


def set_landscape(doc: DocxDocument) -> None:
    """Every section A4 landscape (the margins kept)."""
    for section in doc.sections:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)


def page_break(doc: DocxDocument) -> None:
    """A paragraph holding only a page break."""
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(doc: DocxDocument, rows: Sequence[Sequence[str]], widths: Sequence[float],
          center_from: int = 99) -> Table:
    """A ruled table in the cell style; each cell's text is one run (a tag stays whole); columns from
    `center_from` right-aligned below the header row."""
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for col, width in zip(t._tbl.tblGrid.gridCol_lst, widths):
        col.w = Mm(width)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = t.cell(r, c)
            cell.width = Mm(widths[c])
            p = cell.paragraphs[0]
            p.style = doc.styles[CELL_STYLE]
            if value:
                p.add_run(value)
            if c >= center_from and r > 0:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return t


def merge_across(t: Table, row: int, first: int, last: int) -> None:
    """Merge cells first..last of a row, keeping the first cell's text."""
    merged = t.cell(row, first).merge(t.cell(row, last))
    for p in merged.paragraphs[1:]:
        p._p.getparent().remove(p._p)


def cell_lines(cell: _Cell, lines: Sequence[str]) -> None:
    """Replace a cell's content with one paragraph per line (loops such as {%p for %} are lines too)."""
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    first = cell.paragraphs[0]
    for r in first.runs:
        r._r.getparent().remove(r._r)
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph(style=CELL_STYLE)
        p.add_run(line)


def years_row(first: Sequence[str], var: str, n: int) -> list[str]:
    """A header row: the leading labels, then n year cells '{{ var[i]|nendo_w }}'."""
    return [*first, *[f"{{{{ {var}[{i}]|nendo_w }}}}" for i in range(n)]]


def values_row(first: Sequence[str], var: str, flt: str, n: int) -> list[str]:
    """A data row: the leading labels, then n value cells '{{r var[i]|flt }}'."""
    return [*first, *[f"{{{{r {var}[{i}]|{flt} }}}}" for i in range(n)]]


def build_suishin(path: Path) -> None:
    """推進シート (尼崎市 type): one sheet per debt with 収納状況, 目標 and 取組 tables."""
    doc = new_document((15, 15, 15, 15))
    para(doc, "{%p for s in sheets %}")
    para(doc, "債権管理推進シート（{{ year|nendo }}）", style="Title", align=WD_ALIGN_PARAGRAPH.CENTER)
    head = table(doc, [["債権名", "{{ s.name }}", "所管課名", "{{r s.office|text }}"]], (25, 60, 25, 64))
    head.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    para(doc, "1. 債権の概要", style="Heading 2")
    para(doc, "{{r s.overview|text }}", indent=4)
    para(doc, "2. {{ prev_year|nendo }}の債権管理に係る体制", style="Heading 2")
    para(doc, "{{r s.staffing|text }}", indent=4)
    para(doc, "3. 直近5か年の収納状況", style="Heading 2")
    para(doc, "(単位:円)", align=WD_ALIGN_PARAGRAPH.RIGHT)
    w = (15, 17, 29.6, 29.6, 29.6, 29.6, 29.6)
    status = table(doc, [
        years_row(["", ""], "actual_years", 5),
        ["{%tr for g in s.segments %}", "", "", "", "", "", ""],
        ["{%tr for r in g.rows %}", "", "", "", "", "", ""],
        ["{% vm %}{{ g.name }}", "{{ r.label }}", *[f"{{{{r r.cells[{i}]|fig }}}}" for i in range(5)]],
        ["{%tr endfor %}", "", "", "", "", "", ""],
        ["{%tr endfor %}", "", "", "", "", "", ""],
        values_row(["不納欠損額", ""], "s.written_off", "yen", 5),
        values_row(["収入未済額計", ""], "s.outstanding", "yen", 5),
        values_row(["滞納者数(単位:{{ s.delinquents_unit }})", ""], "s.delinquents", "count", 5),
    ], w, center_from=2)
    for row in (6, 7, 8):
        merge_across(status, row, 0, 1)
    para(doc, "{%p if s.scope_note %}")
    para(doc, "※{{ s.scope_note }}", indent=4)
    para(doc, "{%p endif %}")
    para(doc, "4. 収納状況に関する説明(滞納の要因分析を含む。)", style="Heading 2")
    para(doc, "{{r s.explanation|text }}", indent=4)
    para(doc, "5. {{ (year - 2)|nendo }}の債権管理に係る取組の検証", style="Heading 2")
    para(doc, "{{r s.review|text }}", indent=4)
    para(doc, "6. 目標", style="Heading 2")
    target = table(doc, [
        years_row(["", ""], "target_years", 5),
        values_row(["現年", "収入率(%)"], "s.target_current", "rate", 5),
        values_row(["滞納繰越", "収入率(%)"], "s.target_arrears", "rate", 5),
        values_row(["収入未済の目標額(円) (全体：現年+滞納繰越)", ""], "s.target_outstanding", "yen", 5),
        ["補足説明", "", "{{r s.remarks|text }}", "", "", "", ""],
    ], w, center_from=2)
    merge_across(target, 3, 0, 1)
    merge_across(target, 4, 0, 1)
    merge_across(target, 4, 2, 6)
    target.cell(4, 2).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
    para(doc, "7. 目標実現に向けた取組", style="Heading 2")
    measures = table(doc, [
        ["", "{{ prev_year|nendo }}の取組", "{{ year|nendo }}～{{ plan_end|nendo }}の取組"],
        ["{%tr for m in s.measures %}", "", ""],
        ["{{r m.section|text }}", "", ""],
        ["{%tr endfor %}", "", ""],
    ], (30, 72, 72))
    for col, key in ((1, "m.prev"), (2, "m.plan")):
        cell_lines(measures.cell(2, col), [f"{{%p for it in {key}.entries %}}", "・{{ it.text }}{{ it.tag }}",
                                           "{%p endfor %}", f"{{%p if {key}.missing %}}",
                                           f"{{{{r {key}.missing|text }}}}", "{%p endif %}"])
    para(doc, "{%p if not loop.last %}")
    page_break(doc)
    para(doc, "{%p endif %}")
    para(doc, "{%p endfor %}")
    doc.save(str(path))


#: The 取組方針 table: label column and the repeated debt column (widths spread over the page after rendering).
KOBETSU_WIDTHS = (38.0, 4.0, 211.0, 4.0)


def debt_row(label: Sequence[str], value: Sequence[str]) -> list[Sequence[str]]:
    """One row of the side-by-side table: the label cell's lines, then the debt cells repeated by a column loop."""
    return [label, ["{%tc for d in t.debts %}"], value, ["{%tc endfor %}"]]


def build_kobetsu(path: Path) -> None:
    """取組方針 (静岡市 type, A4 landscape as the original): the debts side by side, one column each, at most four
    per table and page; rows: 債権名, 実績推計 (with the 数値目標 in brackets), 数値目標 (with the 政令市順位),
    取組方針 and the 取組 cell as printed (section headings, lead-in sentences, tagged items); the 推計 note
    under each table."""
    doc = new_document((15, 15, 20, 20))
    set_landscape(doc)
    para(doc, "{{ year|nendo }} 主要債権の管理に関する取組方針（案）", style="Title", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "{{ municipality }}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "{%p for t in tables %}")
    rows = [
        debt_row(["債権名"], ["{{ d.name }}"]),
        debt_row(["※{{ prev_year|nendo }}実績推計", "()内は数値目標"],
                 ["{%p for r in d.estimate_rows %}",
                  "{{ r.label }} {{r r.estimate|fig(units=True) }}({{r r.target|fig(units=True) }})", "{%p endfor %}",
                  "{%p for n in d.notes %}", "{{ n }}", "{%p endfor %}"]),
        debt_row(["{{ year|nendo }}数値目標", "{%p if t.ranked %}", "※【】は政令市順位", "{%p endif %}"],
                 ["{%p for r in d.target_rows %}",
                  "{{ r.label }} {{r r.target|fig(units=True) }}{% if loop.last and d.rank %}【{{ d.rank }}】{% endif %}",
                  "{%p endfor %}", "{%p for n in d.notes %}", "{{ n }}", "{%p endfor %}"]),
        debt_row(["取組方針"], ["{%p if not d.shares_left %}", "{{r d.policy|text }}", "{%p endif %}"]),
        debt_row(["数値目標の達成に向けた取組"],
                 ["{%p if not d.shares_left %}",
                  "{%p for b in d.blocks %}", "{{ b.text }}", "{%p endfor %}",
                  "{%p if not d.blocks %}",
                  "{%p for it in d.entries %}",
                  "{% if it.label %}{{ it.label }} {% endif %}{{ it.text }}{{ it.tag }}", "{%p endfor %}",
                  "{%p endif %}",
                  "{%p if not d.blocks and not d.entries %}", "{{r d.entries_missing|text }}", "{%p endif %}",
                  "{%p endif %}"]),
    ]
    t = table(doc, [["" for _ in KOBETSU_WIDTHS] for _ in rows], KOBETSU_WIDTHS)
    for r, cells in enumerate(rows):
        for c, lines in enumerate(cells):
            cell_lines(t.cell(r, c), lines)
    head = t.rows[0]
    head._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # repeated on the pages a long 取組 cell fills
    head.cells[0].paragraphs[0].runs[0].bold = True
    head.cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.cells[2].paragraphs[0].runs[0].bold = True
    para(doc, "{%p if estimate_note %}")
    para(doc, "{{ estimate_note }}")
    para(doc, "{%p endif %}")
    para(doc, "{%p if not loop.last %}")
    page_break(doc)
    para(doc, "{%p endif %}")
    para(doc, "{%p endfor %}")
    doc.save(str(path))


def build_minutes(path: Path) -> None:
    """議事要旨 (さいたま市 type): 開催方法, 出席者, 議題, 資料, 意見及び質問 with speaker blocks, 以上; digits in
    full width where さいたま市 prints them (the title, 開催方法, 出席者 counts, 議題, 資料) unless `fullwidth` is off."""
    doc = new_document((25, 25, 25, 25))
    para(doc, "{{r title|text(fw=fullwidth) }}", style="Title", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "１ 開催方法", style="Heading 2")
    para(doc, "{{r method_text|text(fw=fullwidth) }}", indent=4).paragraph_format.first_line_indent = Mm(3.7)
    para(doc, "２ 出席者{% if attendee_summary %}（{{ attendee_summary|fw(fullwidth) }}）{% endif %}", style="Heading 2")
    para(doc, "{%p for g in attendee_groups %}")
    para(doc, "{{ g.role }}：{{ g.titles }}", indent=4)
    para(doc, "{%p endfor %}")
    para(doc, "{%p if attendees_missing %}")
    para(doc, "{{r attendees_missing|text }}", indent=4)
    para(doc, "{%p endif %}")
    para(doc, "３ 議　題", style="Heading 2")
    para(doc, "{%p for a in agenda %}")
    para(doc, "（{{ loop.index|fw(fullwidth) }}）{{r a|text(fw=fullwidth) }}", indent=4)
    para(doc, "{%p endfor %}")
    para(doc, "４ 資　料", style="Heading 2")
    para(doc, "{%p for m in materials %}")
    para(doc, "{{r m|text(fw=fullwidth) }}", indent=4)
    para(doc, "{%p endfor %}")
    para(doc, "５ 意見及び質問", style="Heading 2")
    para(doc, "{%p for sec in sections %}")
    para(doc, "{%p if sec.title %}")
    para(doc, "（{{ loop.index|fw(fullwidth) }}）{{ sec.title }}", indent=4)
    para(doc, "{%p endif %}")
    para(doc, "{%p for st in sec.statements %}")
    para(doc, "（{{ st.speaker }}）", indent=8)
    para(doc, "{%p for line in st.paragraphs %}")
    para(doc, "{{ line }}", indent=12).paragraph_format.first_line_indent = Mm(3.7)
    para(doc, "{%p endfor %}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p if statements_missing %}")
    para(doc, "{{r statements_missing|text }}", indent=4)
    para(doc, "{%p endif %}")
    para(doc, "")
    para(doc, "以上", align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.save(str(path))


BUILDERS = {"plan_suishin.docx": build_suishin, "plan_kobetsu.docx": build_kobetsu, "minutes.docx": build_minutes}


def main(out_dir: Path = HERE) -> list[Path]:
    """Write every template into `out_dir`; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, build in BUILDERS.items():
        build(out_dir / name)
        paths.append(out_dir / name)
    return paths


if __name__ == "__main__":
    for p in main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(p)
