"""Unit tests of the progress-sheet rules for other editions: label, bracket and tag variants, rates printed as a
table, ward tables with a No. column, a 前年度 column without a year and two debts side by side, debt lines."""
from __future__ import annotations

import pytest

from saiken.extract.families.progress import DEBT_LINE, _debt_name, figure_grid
from saiken.extract.families.progress_facts import RATE, _basis
from saiken.extract.families.progress_rates import rate_table_facts
from saiken.extract.families.progress_text import ITEM_LABEL, ItemSplitter, TextLine, line_text, section_label, \
    segment_label, strip_tags
from saiken.extract.families.progress_wards import header_debt, label_column, ward_columns, ward_facts
from saiken.extract.layout import Cell, Grid
from saiken.normalize.text import fold


def grid(rows: list[list[str]], page: int = 1) -> Grid:
    """A grid of one-slot cells, 40 x 10 points each."""
    cells = [Cell(row=r, col=c, text=t, raw=t, bbox=(40.0 * c, 10.0 * r, 40.0 * c + 40, 10.0 * r + 10), page=page)
             for r, row in enumerate(rows) for c, t in enumerate(row)]
    return Grid(page=page, bbox=(0, 0, 40.0 * len(rows[0]), 10.0 * len(rows)), nrows=len(rows), ncols=len(rows[0]),
                cells=cells)


@pytest.mark.parametrize("line, val, plabel, pval, basis", [
    ("２月末収納率　40.2％　（前年同月　38.9％）", "40.2%", "前年同月", "38.9%", "interim"),
    ("決算見込収納率：45.0％（前年度決算：43.8％）", "45.0%", "前年度決算", "43.8%", "actual"),
    ("10 月末収納率 97.0%(前年度同期 96.8%)", "97.0%", "前年度同期", "96.8%", "interim"),
    ("決算見込み収納率 98.1%(前年度決算 98.0%)", "98.1%", "前年度決算", "98.0%", "actual"),
    ("12月末現在の徴収率 91.2％（昨年度12月末 91.6％）", "91.2%", "昨年度12月末", "91.6%", "interim"),
])
def test_rate_line_variants(line: str, val: str, plabel: str, pval: str, basis: str) -> None:
    m = RATE.search(fold(line))
    assert m is not None
    assert (m.group("val"), m.group("plabel").replace(" ", ""), m.group("pval")) == (val, plabel, pval)
    assert _basis(m.group("plabel"), True) == basis


@pytest.mark.parametrize("text, expected", [
    ("【主な取組内容】", "主な取組内容"), ("進捗状況（２月末）", "進捗状況(2月末)"), ("主な取組み", "主な取組み"),
    ("◆今後の取組", "今後の取組"), ("区役所で徴収事務を行っている債権の状況（10月末現在）", None),
])
def test_section_label_variants(text: str, expected: str | None) -> None:
    assert section_label(fold(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("【滞納繰越分】", "arrears"), ("〔現年度分〕", "current"), ("合計", "total"), ("計", "total"),
    ("滞納繰越", "arrears"), ("現年課税分", "current"), ("市税合計額", None)])
def test_segment_label_variants(text: str, expected: str | None) -> None:
    assert segment_label(text) == expected


@pytest.mark.parametrize("text, label", [
    ("1.返還開始前の説明会で", "1."), ("ア 差押件数の目標", "ア "), ("(ア)給与の差押え", "(ア)"),
    ("○高額滞納事案", "○"), ("アドバイザーの活用", None), ("2.4ポイントの減", None)])
def test_item_label_variants(text: str, label: str | None) -> None:
    m = ITEM_LABEL.match(text)
    assert (m.group(0) if m else None) == label


def test_a_lone_leading_label_word_keeps_its_gap() -> None:
    assert line_text(["ア", "差押件数の目標"]) == "ア 差押件数の目標"
    assert line_text(["アドバイザー", "の活用"]) == "アドバイザーの活用"


@pytest.mark.parametrize("text, status", [
    ("〔継続〕高額滞納事案の早期着手", "継続"), ("[新規](4)コールセンターの設置", "新規"),
    ("・65歳到達者に口座振替を案内する。[新規]", "新規"), ("・口座振替を勧める。", None)])
def test_tag_spellings_give_the_status_and_leave_the_text(text: str, status: str | None) -> None:
    split = ItemSplitter(page=1)
    split.feed(TextLine(fold(text), (80, 100, 400, 106)), 1)
    split.flush()
    item = split.items[0]
    assert item.status == status
    assert "継続" not in strip_tags(item.text) and "新規" not in strip_tags(item.text)


def test_debt_line_without_number_and_department_note() -> None:
    m = DEBT_LINE.search(fold("債権名：市税　　所管：財政局税務部収税課"))
    assert m is not None and m.group("debt") == "市税"
    assert _debt_name("国民健康保険税(保険年金課)") == "国民健康保険税"
    assert _debt_name("生活保護費返還金(保護費収入)") == "生活保護費返還金(保護費収入)"


def test_rates_printed_as_a_table() -> None:
    g = grid([["区分", "10月末収納率", "前年度10月末", "決算見込収納率", "前年度決算", "目標収納率", "前年度"],
              ["現年課税分", "52.4%", "51.9%", "93.0%", "92.8%", "93.5%", "93.2%"],
              ["合計", "43.1%", "42.5%", "76.6%", "76.0%", "77.3%", "76.8%"]])
    facts = rate_table_facts(g, "国民健康保険税", 2018, "平成30年度")
    got = {(f.segment, f.fiscal_year, f.basis, f.as_of, f.value) for f in facts}
    assert ("current", 2018, "interim", "2018-10-31", 52.4) in got
    assert ("current", 2017, "interim", "2017-10-31", 51.9) in got
    assert ("total", 2017, "actual", None, 76.0) in got
    assert ("total", 2017, "target", None, 76.8) in got  # a bare 前年度 takes the kind before it
    assert len(facts) == 12


def test_rates_table_transposed() -> None:
    g = grid([["", "現年度分", "滞納繰越分"], ["2月末徴収率", "84.9%", "22.7%"], ["前年同月", "85.3%", "23.5%"]])
    got = {(f.segment, f.fiscal_year, f.basis, f.as_of, f.value) for f in rate_table_facts(g, None, 2021, "")}
    assert got == {("current", 2021, "interim", "2022-02-28", 84.9), ("arrears", 2021, "interim", "2022-02-28", 22.7),
                   ("current", 2020, "interim", "2021-02-28", 85.3), ("arrears", 2020, "interim", "2021-02-28", 23.5)}


def test_ward_table_with_number_column_and_previous_year_without_a_year() -> None:
    rows = [["No.", "区名", "令和3年度2月末収納率", "令和3年度2月末収納率", "前年度2月末収納率", "前年度2月末収納率"],
            ["", "", "現年度", "滞納繰越", "現年度", "滞納繰越"]]
    rows += [[str(k), f"{w}区", "85.0%", "22.0%", "84.0%", "21.0%"] for k, w in enumerate("東西南北中", 1)]
    rows += [["", "合計", "85.0%", "22.0%", "84.0%", "21.0%"]]
    g = grid(rows)
    assert label_column(g) == 1
    facts = ward_facts(g, "国民健康保険料", None, [], 2021)
    assert len(facts) == 24
    assert {f.area for f in facts} == {"東区", "西区", "南区", "北区", "中区", None}  # the total row is city-wide
    assert {(f.fiscal_year, f.segment, f.as_of) for f in facts if f.area is None} == {
        (2021, "current", "2022-02-28"), (2021, "arrears", "2022-02-28"),
        (2020, "current", "2021-02-28"), (2020, "arrears", "2021-02-28")}


def test_ward_columns_take_their_debt_from_the_header() -> None:
    cols = ward_columns([["区名"], ["国民健康保険税(現年課税分)", "H30年度"], ["国民健康保険税(現年課税分)", "差"],
                         ["介護保険料(現年度分)", "H29年度"]], 10)
    assert [(c.debt, c.segment, c.fiscal_year, c.diff) for c in cols[1:]] == [
        ("国民健康保険税", "current", 2018, False), ("国民健康保険税", "current", 2018, True),
        ("介護保険料", "current", 2017, False)]
    assert header_debt("H30年度") is None and header_debt("区名") is None


def test_a_grid_of_numbers_is_no_item_text() -> None:
    assert figure_grid(grid([["計", "53.5%", "53.4%", "0.1"], ["東区", "50.0%", "49.5%", "0.5"]]))
    assert not figure_grid(grid([["取組内容", "・差押件数：13,000件"], ["取組状況", "・差押件数：4,121件"]]))


def test_rate_tables_by_year_side_by_side_take_the_segment_above_each_block() -> None:
    """Rates printed as rate kinds × years (区分 | 令和元年度 | 前年度（平成30年度）), two segments' tables touching in
    one ruled block, the segment label printed above each: the year comes from the header, the segment from the
    block's label, 決算（見込） of the previous year is settled (actual)."""
    g = grid([["区分", "令和元年度", "前年度(平成30年度)", "区分", "平成30年度(前年度)", "令和元年度"],
              ["10月末徴収率", "97.2%", "97.0%", "10月末徴収率", "10.9%", "11.4%"],
              ["決算(見込)徴収率", "98.3%", "98.2%", "決算(見込)徴収率", "16.8%", "17.2%"],
              ["目標徴収率", "98.3%", "98.1%", "目標徴収率", "16.5%", "17.2%"]])
    blocks: list[tuple[float, float, float, float]] = []

    def segment_of(box: tuple[float, float, float, float]) -> str:
        blocks.append(box)
        return "current" if box[0] < 120 else "arrears"

    facts = rate_table_facts(g, "介護保険料", 2019, "令和元年度", segment_of)
    got = {(f.segment, f.fiscal_year, f.basis, f.value) for f in facts}
    assert got == {("current", 2019, "interim", 97.2), ("current", 2018, "interim", 97.0),
                   ("current", 2019, "estimate", 98.3), ("current", 2018, "actual", 98.2),
                   ("current", 2019, "target", 98.3), ("current", 2018, "target", 98.1),
                   ("arrears", 2018, "interim", 10.9), ("arrears", 2019, "interim", 11.4),
                   ("arrears", 2018, "actual", 16.8), ("arrears", 2019, "estimate", 17.2),
                   ("arrears", 2018, "target", 16.5), ("arrears", 2019, "target", 17.2)}
    assert len(facts) == 12
    assert {(b[0], b[2]) for b in blocks} == {(0.0, 120.0), (120.0, 240.0)}  # 区分 column through last value


@pytest.mark.parametrize("label, previous, basis", [
    ("決算(見込)徴収率", False, "estimate"), ("決算(見込)徴収率", True, "actual"), ("決算見込徴収率", True, "estimate")])
def test_settled_or_estimated_label(label: str, previous: bool, basis: str) -> None:
    assert _basis(label, previous) == basis
    assert RATE.search(fold(f"{label} 98.3%")) is not None
