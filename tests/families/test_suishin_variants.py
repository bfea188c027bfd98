"""Unit tests of the 推進シート parser on wording and layouts of other editions (third set and plausible variants)."""
from __future__ import annotations

import pytest

from saiken.extract.families.suishin import DEBT_LINE
from saiken.extract.families.suishin_items import split_items, status_of
from saiken.extract.families.suishin_labels import as_of_of, metric_of, year_of, years_along
from saiken.extract.families.suishin_tables import Context, Out, is_figure, is_measures, layout_of, read_figure_table, \
    read_measures
from saiken.extract.layout import Cell, Grid

NO_CONTEXT = Context(text="", unit=None, year=None, year_raw=None, basis=None)


def _grid(rows: list[list[str]], spans: dict[tuple[int, int], tuple[int, int]] | None = None) -> Grid:
    """A grid from rows; `spans` maps (row, col) to (rowspan, colspan); covered slots must hold ''."""
    spans = spans or {}
    covered = {(r + i, c + k) for (r, c), (rs, cs) in spans.items() for i in range(rs) for k in range(cs)} - set(spans)
    cells = [Cell(row=r, col=c, text=t, raw=t, bbox=(c * 10, r * 10, c * 10 + 10, r * 10 + 10), lines=t.split("\n"),
                  page=1, rowspan=spans.get((r, c), (1, 1))[0], colspan=spans.get((r, c), (1, 1))[1])
             for r, row in enumerate(rows) for c, t in enumerate(row) if (r, c) not in covered]
    return Grid(page=1, bbox=(0, 0, 10 * len(rows[0]), 10 * len(rows)), nrows=len(rows), ncols=len(rows[0]),
                cells=cells)


def _facts(grid: Grid, debt: str | None = "市税", ctx: Context = NO_CONTEXT) -> list[tuple]:
    out = Out([], [], [])
    read_figure_table(grid, ctx, debt, 0, out)
    return [(f.debt_raw, f.fiscal_year, f.segment, f.metric, f.basis, f.as_of, f.value, f.unit) for f in out.facts]


@pytest.mark.parametrize("label, metric", [
    ("収納済額", "collected"), ("徴収済額", "collected"), ("還付未済額", "refund_outstanding"),
    ("滞納者数(人)", "delinquents"), ("未納者数", "delinquents"), ("R3-H29", "difference"),
    ("令和5年度～令和9年度", None),
])
def test_metric_variants(label: str, metric: str | None) -> None:
    assert metric_of(label) == metric


def test_years_carry_the_era_and_read_pre_reiwa_years() -> None:
    assert years_along(["", "平成31年度(2019年度)", "32年度", "33年度"]) == [None, 2019, 2020, 2021]
    assert years_along(["令和2年度", "3年度", "令和6年度(12月末)"]) == [2020, 2021, 2024]
    assert years_along(["32年度"]) == [None]
    assert year_of("平成34年度") == 2022 and year_of("(2018年度)") == 2018


def test_as_of_of_month_ends() -> None:
    assert as_of_of("令和6年度(12月末)", 2024) == "2024-12-31"
    assert as_of_of("R6(2月末)", 2024) == "2025-02-28"
    assert as_of_of("令和7年2月末現在", None) == "2025-02-28"
    assert as_of_of("令和6年度", 2024) is None


def test_figures() -> None:
    assert all(is_figure(t) for t in ("1,924,838千円", "△ 1,513", "▲2,000", "97.87%", "7,122", "0.5ポイント"))
    assert not any(is_figure(t) for t in ("令和3年度", "(R3-H29)", "同左", "-", ""))


def test_numbered_items_and_plain_paragraphs() -> None:
    assert split_items(["①口座振替を勧める。", "②電話催告を行う。また、文書で", "催告する。"]) == [
        "①口座振替を勧める。", "②電話催告を行う。また、文書で催告する。"]
    assert split_items(["新たな滞納を防ぐため、口座振替を", "勧める。", "あわせて、納付相談を行う。"]) == [
        "新たな滞納を防ぐため、口座振替を勧める。", "あわせて、納付相談を行う。"]
    assert split_items(["①平成24年度にサービスを始め、", "②平成26年度に規則を改めた。"]) == [
        "①平成24年度にサービスを始め、②平成26年度に規則を改めた。"]


@pytest.mark.parametrize("item", ["【新規】SMS催告", "[新規]SMS催告", "〔新規〕SMS催告", "(新規)SMS催告", "SMS催告〔新規〕"])
def test_tag_spellings(item: str) -> None:
    assert status_of(item) == ("新規", "SMS催告")


def test_debt_line() -> None:
    m = DEBT_LINE.match("債権名:介護保険料 所管課:介護保険課")
    assert m is not None and m.group(1) == "介護保険料"
    assert DEBT_LINE.match("債権名称") is None


def test_unmerged_segment_cells_carry_down_and_corner_unit() -> None:
    g = _grid([["(単位:千円)", "", "平成28年度", "29年度"],
               ["現年度分", "調定額", "1,000", "2,000"], ["", "収納済額", "900", "1,800"],
               ["過年度分", "徴収率", "10.00%", "11.00%"], ["不納欠損額", "", "5", "6"]], {(0, 0): (1, 2), (4, 0): (1, 2)})
    facts = _facts(g)
    assert ("市税", 2017, "current", "collected", "actual", None, 1800000, "yen") in facts
    assert ("市税", 2016, "arrears", "collection_rate", "actual", None, 10.0, "percent") in facts
    assert ("市税", 2017, "total", "written_off", "actual", None, 6000, "yen") in facts


def test_years_down_with_an_interim_row() -> None:
    g = _grid([["年度", "現年分", "", "不納欠損額"], ["", "調定額", "収納率", ""],
               ["令和4年度", "6,000", "98.00%", "30"], ["5年度", "6,100", "98.50%", "31"],
               ["令和6年度(12月末)", "4,000", "70.00%", "-"]], {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (2, 1)})
    facts = _facts(g, ctx=Context(text="(単位:千円)", unit="千円", year=None, year_raw=None, basis=None))
    assert ("市税", 2023, "current", "collection_rate", "actual", None, 98.5, "percent") in facts
    assert ("市税", 2022, "total", "written_off", "actual", None, 30000, "yen") in facts
    assert ("市税", 2024, "current", "assessed", "interim", "2024-12-31", 4000000, "yen") in facts
    assert len(facts) == 8


def test_two_row_header_by_debt() -> None:
    g = _grid([["債権の名称", "令和4年度", "", "令和5年度", ""], ["", "調定額", "収納率", "調定額", "収納率"],
               ["介護保険料", "100", "99.00%", "110", "99.10%"], ["合計", "300", "90.00%", "310", "91.00%"]],
              {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)})
    facts = _facts(g, debt=None)
    assert ("介護保険料", 2023, "total", "collection_rate", "actual", None, 99.1, "percent") in facts
    assert ("合計", 2022, "total", "assessed", "actual", None, 100 * 3, "yen") in facts
    assert len(facts) == 8


def test_one_year_target_table() -> None:
    g = _grid([["項目", "令和9年度目標"], ["現年分収納率", "99.10%"], ["収入未済額(千円)", "85,000"]])
    assert _facts(g) == [("市税", 2027, "current", "collection_rate", "target", None, 99.1, "percent"),
                         ("市税", 2027, "total", "outstanding", "target", None, 85000000, "yen")]


def test_measures_with_a_status_column_and_the_year_in_the_heading() -> None:
    g = _grid([["方策", "取組内容", "区分"], ["滞納抑制", "口座振替を勧める。", "継続"], ["", "QR決済を始める。", "新規"]],
              {(1, 0): (2, 1)})
    assert is_measures(g) and layout_of(g) is None
    out = Out([], [], [])
    read_measures(g, "介護保険料", Context(text="3 令和7年度以降の取組", unit=None, year=2025, year_raw="", basis=None),
                  out)
    assert [(i.section, i.fiscal_year, i.status, i.text) for i in out.initiatives] == [
        ("滞納抑制", 2025, "継続", "口座振替を勧める。"), ("滞納抑制", 2025, "新規", "QR決済を始める。")]


def test_measures_with_a_tagged_status_column_before_the_text_and_a_result_column() -> None:
    g = _grid([["方策", "区分", "取組内容", "令和5年度の実施状況"],
               ["滞納抑制の方策", "【継続】", "口座振替を勧める", "1,214件登録した"],
               ["", "(拡充)", "QR決済を広げる", "全ての納付書で利用可能とした"]], {(1, 0): (2, 1)})
    assert is_measures(g) and layout_of(g) is None
    out = Out([], [], [])
    read_measures(g, "介護保険料", NO_CONTEXT, out)
    assert [(i.section, i.fiscal_year, i.status, i.text) for i in out.initiatives] == [
        ("滞納抑制の方策", 2023, "継続", "口座振替を勧める"), ("滞納抑制の方策", 2023, "拡充", "QR決済を広げる")]


def test_measures_table_named_by_its_heading_only() -> None:
    g = _grid([["", "令和4年度", "令和5年度以降"], ["滞納抑制", "・口座振替を勧める。", "・QR決済を始める。"]])
    assert not is_measures(g) and is_measures(g, "7. 目標実現に向けた取組")
    out = Out([], [], [])
    read_measures(g, "市税", NO_CONTEXT, out)
    assert [(i.fiscal_year, i.section, i.text) for i in out.initiatives] == [
        (2022, "滞納抑制", "口座振替を勧める。"), (2023, "滞納抑制", "QR決済を始める。")]


def test_debt_name_below_its_label_in_a_box() -> None:
    from saiken.extract.families.suishin import _name_beside
    g = _grid([["債権名", "所管課名"], ["市税", "納税課"]])
    assert _name_beside(g, g.cells[0]) == "市税"
    g = _grid([["債権名", "国民健康保険料", "所管課名", "国保年金課"]])
    assert _name_beside(g, g.cells[0]) == "国民健康保険料"


def _line(text: str, x0: float, y0: float) -> "Line":
    from saiken.extract.layout import Line, Word
    words, x = [], x0
    for w in text.split(" "):
        words.append(Word(text=w, raw=w, bbox=(x, y0, x + 10 * len(w), y0 + 10)))
        x += 10 * len(w) + 5
    return Line(text=text, raw=text, bbox=(x0, y0, x, y0 + 10), words=words)


def test_debt_name_from_the_line_when_the_grid_lost_the_label_column() -> None:
    """A 債権名 box whose grid came out without its label cell (blind round 2, pages 4/6/8): the label word lies
    outside the grid, so the box's line still names the debt; a header line inside a figure table does not."""
    from saiken.extract.families.suishin import _debt_marks
    from saiken.extract.layout import Page
    box = _grid([["介護保険料", "所管課名", "介護保険事業担当"]])
    box.bbox = (120, 70, 540, 84)
    box_line = _line("債権名 介護保険料 所管課名 介護保険事業担当", 60, 72)
    table = _grid([["債権の名称", "平成25年度", "平成29年度"], ["市税", "5,512,345", "3,438,650"]])
    table.bbox = (50, 200, 540, 240)
    header_line = _line("債権の名称 平成25年度 平成29年度", 55, 202)
    page = Page(number=4, width=595, height=842, lines=[box_line, header_line], grids=[box, table], text="")
    assert _debt_marks([page]) == [(4, 72, "介護保険料")]
