"""Unit tests of the 取組個票 layouts met in the blind editions built as Word files.

Round 2 (第3回, one sheet per debt): a 取組 row in the 個票's own label/value table, a 決算(実績) header over columns
of bare rates, spaced labels. Round 3 (第2回): a table by debt whose column header starts 債権名 | 債権区分 (not a
個票 header), and tagged items under a 取組内容 column header of a 実施期間 | 取組内容 | 目標 plan table."""
from __future__ import annotations

from saiken.extract.families.kobetsu import PARSER, _header_debt, _unspaced
from saiken.extract.layout import Cell, Grid, Line, Page
from saiken.extract.records import Document, Source


def grid(page: int, rows: list[list[str]], top: float) -> Grid:
    """A grid of one-line cells, one row per list, cells 50pt wide and 20pt high from `top`."""
    cells = [Cell(row=r, col=c, text=t, raw=t, bbox=(c * 50.0, top + r * 20, c * 50.0 + 50, top + r * 20 + 20),
                  lines=[t] if t else [], page=page)
             for r, row in enumerate(rows) for c, t in enumerate(row)]
    return Grid(page=page, bbox=(0.0, top, 50.0 * len(rows[0]), top + 20 * len(rows)), nrows=len(rows),
                ncols=len(rows[0]), cells=cells, pages=[page])


def merge(g: Grid, row: int, col: int, rowspan: int = 1, colspan: int = 1) -> Grid:
    """Merge the cells of a block into its top-left cell (as a drawn merged cell reads)."""
    g.cells = [c for c in g.cells if (c.row, c.col) == (row, col)
               or not (row <= c.row < row + rowspan and col <= c.col < col + colspan)]
    top = g.cell(row, col)
    assert top is not None
    top.rowspan, top.colspan = rowspan, colspan
    return g


def parse(grids: list[Grid], captions: tuple[tuple[str, float], ...] = ()) -> Document:
    """Parse one page holding `grids` and caption lines (text, y) printed between them."""
    lines = [Line(text=t, raw=t, bbox=(0.0, y, 200.0, y + 12), size=10.5) for t, y in captions]
    doc = Document(source=Source(file="x.pdf", sha256="0", pages=1))
    PARSER.parse([Page(number=1, width=600, height=800, lines=lines, grids=grids, text="")], doc)
    return doc


HEADER = [["債権名", "介護保険料", "所属", "保健福祉長寿局", "総括課", "介護保険課", "債権区分", "B"]]


def test_items_row_of_a_sheet_table_belongs_to_the_sheet_debt() -> None:
    items = grid(1, [["取組方針", "滞納の発生防止を図る。"], ["数値目標の達成に向けた取組", ""]], 300)
    items.cells[-1].lines = ["(1)納付環境の充実", "①口座振替を勧奨する。【継続】", "②催告を強化する。【新規】"]
    items.cells[-1].text = "".join(items.cells[-1].lines)
    doc = parse([grid(1, HEADER, 100), items])
    assert [(i.debt_raw, i.label, i.status, i.section) for i in doc.initiatives] == [
        ("介護保険料", "(1)①", "継続", "数値目標の達成に向けた取組"),
        ("介護保険料", "(1)②", "新規", "数値目標の達成に向けた取組")]


def test_result_header_over_bare_rates_is_a_statistics_table() -> None:
    rates = grid(1, [["区分", "決算(実績)", "", "令和7年度"], ["", "令和5年度", "令和6年度", "数値目標"],
                     ["現年度分", "99.58%", "99.63%", "99.70%"], ["合 計", "98.41%", "98.57%", "98.60%"]], 200)
    merge(merge(rates, 0, 0, rowspan=2), 0, 1, colspan=2)
    doc = parse([grid(1, HEADER, 100), rates], (("1 収納率の推移と数値目標", 180),))
    got = {(f.fiscal_year, f.segment, f.basis, f.value) for f in doc.facts if f.metric == "collection_rate"}
    assert {(2023, "current", "actual", 99.58), (2024, "total", "actual", 98.57),
            (2025, "total", "target", 98.6)} <= got
    assert {f.debt_raw for f in doc.facts} == {"介護保険料"}


def test_spaced_labels_are_written_solid_and_prose_is_kept() -> None:
    g = _unspaced(grid(1, [["合 計", "市 税", "電話 催告を 実施する", "SMS 催告"]], 0))
    assert [c.text for c in g.cells] == ["合計", "市税", "電話 催告を 実施する", "SMS 催告"]


def test_column_header_starting_with_debt_name_is_not_a_sheet_header() -> None:
    table = grid(1, [["債権名", "債権区分", "区分", "調定額"], ["市税", "A", "現年度分", "1,000"]], 100)
    assert _header_debt(table) is None
    assert _header_debt(grid(1, HEADER, 100)) == "介護保険料"


def test_items_under_a_plan_column_header_belong_to_the_sheet_debt() -> None:
    plan = grid(1, [["実施期間", "取組内容", "目標"], ["令和7年11月", "", "期間中の滞納処分50件以上"]], 300)
    body = plan.cell(1, 1)
    assert body is not None
    body.lines = ["(1)夜間電話催告を実施す", "る。【継続】", "(2)財産調査を拡大する。【拡充】"]
    body.text = "".join(body.lines)
    doc = parse([grid(1, HEADER, 100), plan], (("2.令和7年度 滞納整理強化期間実施計画", 280),))
    assert [(i.debt_raw, i.label, i.status, i.fiscal_year, i.section) for i in doc.initiatives] == [
        ("介護保険料", "(1)", "継続", 2025, "令和7年度 滞納整理強化期間実施計画"),
        ("介護保険料", "(2)", "拡充", 2025, "令和7年度 滞納整理強化期間実施計画")]
    assert [i.text for i in doc.initiatives] == ["夜間電話催告を実施する。", "財産調査を拡大する。"]


def test_untagged_plan_column_is_left_to_the_other_readers() -> None:
    plan = grid(1, [["実施期間", "取組内容", "実績又は効果"], ["令和7年11月", "電話催告を実施", "収納率 95.00%"]], 300)
    doc = parse([grid(1, HEADER, 100), plan])
    assert doc.initiatives == []
