"""Tests of the generic statistics-table reader (extract/statables.py, extract/statkeys.py).

Grids are built here with saiken.extract.layout.Grid/Cell from header wordings of the seeds (尼崎市 直近5か年の収納状況,
世田谷区 会計・款・債権名, 大阪市 10月末徴収率 by ward, 静岡市 収入未済額); one table is drawn with PyMuPDF and read
through the real page model.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest

from saiken.extract.layout import Cell, Grid
from saiken.extract.pdf import load_pages, stitch
from saiken.extract.records import Fact
from saiken.extract.statables import TableContext, caption_debt, header_rows, is_figure, read_table, read_tables
from saiken.extract.statkeys import key_of
from support.cases import ROOT

FONT = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
Span = tuple[int, int, int, int]  # row, col, rowspan, colspan


def grid(rows: list[list[str]], spans: tuple[Span, ...] = (), page: int = 3) -> Grid:
    """A Grid of the given texts; a span's covered slots must hold '' in `rows`."""
    size = {(r, c): (rs, cs) for r, c, rs, cs in spans}
    covered: set[tuple[int, int]] = set()
    cells: list[Cell] = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = size.get((r, c), (1, 1))
            covered |= {(i, j) for i in range(r, r + rs) for j in range(c, c + cs)}
            cells.append(Cell(row=r, col=c, text=text, raw=text, bbox=(c * 60.0, r * 20.0, c * 60.0 + 60, r * 20.0 + 20),
                              rowspan=rs, colspan=cs, lines=[text], page=page))
    return Grid(page=page, bbox=(0, 0, 60.0 * len(rows[0]), 20.0 * len(rows)), nrows=len(rows), ncols=len(rows[0]),
                cells=cells)


def keyed(facts: list[Fact]) -> dict[tuple, float | int]:
    """Facts as {(debt_raw, area, year, segment, metric, basis, as_of, unit): value}."""
    return {(f.debt_raw, f.area, f.fiscal_year, f.segment, f.metric, f.basis, f.as_of, f.unit): f.value for f in facts}


@pytest.mark.parametrize(("text", "expected"), [
    ("1,924,838", True), ("95.44%", True), ("△ 1,513,812", True), ("1,924,838 千円", True), ("27,971", True),
    ("令和3年度", False), ("2021", False), ("市税", False), ("10月末", False), ("-", False), ("第3位", False),
])
def test_is_figure(text: str, expected: bool) -> None:
    assert is_figure(text) is expected


@pytest.mark.parametrize(("text", "field", "value"), [
    ("平成29年度 (2017年度)", "fiscal_year", 2017),
    ("令和元年度(2019年度)", "fiscal_year", 2019),
    ("R6", "fiscal_year", 2024),
    ("令和7年度 見込", "basis", "estimate"),
    ("令和6年度決算", "basis", "actual"),
    ("目標収納率", "basis", "target"),
    ("令和8年2月末時点", "as_of", "2026-02-28"),
    ("令和8年2月末時点", "fiscal_year", 2025),
    ("現年課税分", "segment", "current"),
    ("過年度分", "segment", "arrears"),
    ("収入未済額計", "segment", "total"),
    ("収入未済の目標額(円)(現年+滞納繰越)", "segment", "total"),
    ("一般会計", "segment", None),
    ("収入済額", "metric", "collected"),
    ("収入額", "metric", "collected"),
    ("徴収率", "metric", "collection_rate"),
    ("滞納世帯数(単位：世帯)", "metric", "delinquents"),
    ("未収金", "metric", "outstanding"),
    ("差額(R3-H29)", "change", "difference"),
    ("見込-目標", "change", "difference"),  # いすみ市: one figure less another
    ("(A)-(B)", "change", "difference"),
    ("Ｒ７－Ｒ６", "change", "difference"),  # 岡崎市: the target year less the year before
    ("R6.2.29", "as_of", "2024-02-29"),  # いなべ市: a dotted date with its day, no 末 or 現在 after it
    ("R5.2.28", "fiscal_year", 2022),
    ("5.2.28", "as_of", None),  # no era printed or known: no date
    ("過年分", "segment", "arrears"),  # 徳島市
    ("構成比", "change", "share"),
    ("差押件数", "change", None),
    ("(単位:千円)", "unit", "千円"),
    ("国民健康保険料(税)", "rest", "国民健康保険料税"),
    ("債権名", "rest", ""),
])
def test_key_of_seed_labels(text: str, field: str, value: object) -> None:
    assert getattr(key_of(text), field) == value


def test_year_less_stamp_takes_the_given_year() -> None:
    assert key_of("10月末時点", 2025).as_of == "2025-10-31"
    assert key_of("2月末現在", 2025).as_of == "2026-02-28"


def test_header_ends_at_first_figure_row_even_with_text_columns() -> None:
    rows = [["No.", "債権の名称", "収入未済額", "種別", "課", "債権の概要"],
            ["1", "市税", "1,924,838 千円", "強", "納税課", "市民税、固定資産税、軽自動車税等"]]
    assert header_rows(rows) == 1


def test_western_years_in_brackets_under_era_years_head_the_table() -> None:
    """河北市's 推進シート: 令和元年度 over (2019); the bracketed years are no figures."""
    rows = [["区 分", "区 分", "決 算", "決 算"], ["区 分", "区 分", "令和元年度", "令和2年度"],
            ["区 分", "区 分", "(2019)", "(2020)"], ["現年度分", "収入率", "99.08", "99.19"]]
    assert header_rows(rows) == 3
    assert not is_figure("(2019)") and not is_figure("（2023）") and is_figure("(2,019)")


def test_five_year_trend_metrics_as_rows() -> None:
    """尼崎市 3. 直近5か年の収納状況: segments and metrics as row labels, years as columns, debt from the context."""
    rows = [["", "", "平成29年度 (2017年度)", "令和元年度 (2019年度)"],
            ["現年", "調定額", "23,715,354,769", "24,984,330,812"],
            ["", "収入済額", "23,211,347,543", "24,548,964,786"],
            ["", "収入率", "97.87%", "98.26%"],
            ["計", "調定額", "25,603,373,362", "26,546,816,461"],
            ["不納欠損額", "", "244,345,166", "195,616,562"],
            ["収入未済額計", "", "3,438,649,611", "2,507,155,365"],
            ["滞納者数(単位:人)", "", "27,971", "24,049"]]
    g = grid(rows, ((0, 0, 1, 2), (1, 0, 3, 1), (5, 0, 1, 2), (6, 0, 1, 2), (7, 0, 1, 2)))
    facts, warnings = read_table(g, TableContext(page=3, caption="3. 直近5か年の収納状況 (単位:円)", debt="市税"))
    got = keyed(facts)
    assert not warnings and len(facts) == 14
    assert got[("市税", None, 2017, "current", "assessed", "actual", None, "yen")] == 23715354769
    assert got[("市税", None, 2019, "current", "collection_rate", "actual", None, "percent")] == 98.26
    assert got[("市税", None, 2019, "total", "assessed", "actual", None, "yen")] == 26546816461
    assert got[("市税", None, 2017, "total", "outstanding", "actual", None, "yen")] == 3438649611
    assert got[("市税", None, 2019, "total", "delinquents", "actual", None, "persons")] == 24049
    assert {f.fiscal_year_raw for f in facts} == {"平成29年度", "令和元年度"}
    assert all(f.page == 3 and f.bbox is not None for f in facts)


def test_debts_as_rows_with_split_header_total_row_and_bad_cells() -> None:
    """静岡市-type 収入未済額の状況: 調定額 split into 現年分/滞納繰越分/計, a 合計 row, △, '-' and an unreadable cell."""
    rows = [["債権名", "調定額", "", "", "収入未済額", "収納率"],
            ["", "現年分", "滞納繰越分", "計", "", ""],
            ["市税", "120,000", "8,000", "128,000", "6,500", "94.92%"],
            ["介護保険料", "30,000", "-", "30,000", "△12", "非公表"],
            ["合計", "150,000", "8,000", "158,000", "6,488", "95.89"]]
    g = grid(rows, ((0, 0, 2, 1), (0, 1, 1, 3), (0, 4, 2, 1), (0, 5, 2, 1)), page=4)
    ctx = TableContext(page=4, caption="令和6年度 主要債権の収入未済額の状況 (単位：千円)", table=2)
    facts, warnings = read_table(g, ctx)
    got = keyed(facts)
    assert got[("市税", None, 2024, "arrears", "assessed", "actual", None, "yen")] == 8_000_000
    assert got[("市税", None, 2024, "total", "outstanding", "actual", None, "yen")] == 6_500_000
    assert got[("市税", None, 2024, "total", "collection_rate", "actual", None, "percent")] == 94.92
    assert got[("介護保険料", None, 2024, "total", "outstanding", "actual", None, "yen")] == -12_000
    assert ("介護保険料", None, 2024, "arrears", "assessed", "actual", None, "yen") not in got
    assert got[("合計", None, 2024, "current", "assessed", "actual", None, "yen")] == 150_000_000
    assert got[("合計", None, 2024, "total", "collection_rate", "actual", None, "percent")] == 95.89
    assert [(w.page, w.code) for w in warnings] == [(4, "unparsed_cell")] and "非公表" in warnings[0].message
    assert {f.table for f in facts} == {2}


def test_total_in_the_debt_column_under_carried_account_labels_is_all_debts() -> None:
    """宮浜市's 会計別・款別 table: 合計 in the 債権名 column, the 会計 and 款 columns blank (not merged) above it."""
    rows = [["会計", "款", "債権名", "令和4年度", "令和5年度"],
            ["下水道事業会計", "営業収益", "下水道使用料", "40,330,100", "37,640,200"],
            ["", "資本的収入", "受益者負担金", "6,201,000", "5,420,000"],
            ["", "", "下水道事業会計 小計", "46,531,100", "43,060,200"],
            ["", "", "合計", "2,251,204,117", "2,143,046,385"]]
    ctx = TableContext(page=3, caption="(2)会計別・款別の収入未済額 (単位：円)")
    facts, _ = read_table(grid(rows, (), page=3), ctx)
    assert {(f.debt_raw, f.fiscal_year, f.value) for f in facts if f.value > 1e9} == {
        ("合計", 2022, 2_251_204_117), ("合計", 2023, 2_143_046_385)}
    assert ("受益者負担金", 2023, 5_420_000) in {(f.debt_raw, f.fiscal_year, f.value) for f in facts}


def test_account_hierarchy_gives_the_innermost_debt() -> None:
    """世田谷区: 会計名称 → 款名称等 → 債権名 merged down the rows; the 債権名 column is the debt."""
    rows = [["会計名称", "款名称等", "", "債権名", "収入未済額"],
            ["一般会計", "特別区税", "特別区民税", "特別区民税", "2,917,397,082"],
            ["", "", "軽自動車税", "軽自動車税(種別割)", "38,126,963"],
            ["", "諸収入", "生活保護費", "生活保護費", "1,622,670,441"]]
    g = grid(rows, ((0, 1, 1, 2), (1, 0, 3, 1), (1, 1, 2, 1)))
    facts, _ = read_table(g, TableContext(page=3, caption="令和2年度(2020年度) 区の保有する全債権にかかる収入未済額内訳 (単位：円)"))
    assert [(f.debt_raw, f.fiscal_year, f.segment, f.metric, f.value) for f in facts] == [
        ("特別区民税", 2020, "total", "outstanding", 2917397082),
        ("軽自動車税(種別割)", 2020, "total", "outstanding", 38126963),
        ("生活保護費", 2020, "total", "outstanding", 1622670441)]


def test_segment_column_inside_each_debt_group_and_names_holding_segment_words() -> None:
    """A 区分 column (現年分/滞繰分/計) printed once per debt; a debt named ...過年度収入 keeps segment total."""
    rows = [["会計", "債権の名称", "区分", "調定額", "収入率(%)"],
            ["一般会計", "市民税(個人)", "現年分", "18,452,310", "98.65"],
            ["", "", "滞繰分", "612,845", "32.35"],
            ["", "", "計", "19,065,155", "96.52"],
            ["", "住宅手当過年度収入", "", "333", ""]]
    facts, _ = read_table(grid(rows), TableContext(page=2, caption="令和5年度 債権別の収入状況(単位：千円)"))
    got = keyed(facts)
    assert got[("市民税(個人)", None, 2023, "arrears", "assessed", "actual", None, "yen")] == 612_845_000
    assert got[("市民税(個人)", None, 2023, "total", "collection_rate", "actual", None, "percent")] == 96.52
    assert got[("住宅手当過年度収入", None, 2023, "total", "assessed", "actual", None, "yen")] == 333_000


def test_ward_table_interim_rates_and_changes() -> None:
    """大阪市: 10月末徴収率 of two years by ward (area; the 24区合計 row is city-wide), 対前年同月比 in points."""
    rows = [["", "令和2年度10月末徴収率(A)", "", "対前年同月比(A)-(B)"],
            ["", "過年度", "現年度", "現年度"],
            ["24区合計", "15.3%", "86.0%", "-2.4%"],
            ["北区", "17.3%", "85.2%", "-4.2%"]]
    g = grid(rows, ((0, 1, 1, 2),))
    ctx = TableContext(page=3, caption="区役所で徴収事務を行っている債権の状況(10月末現在) 債権名： 国民健康保険料",
                       debt=caption_debt("債権名： 国民健康保険料"))
    got = keyed(read_table(g, ctx)[0])
    assert got[("国民健康保険料", None, 2020, "arrears", "collection_rate", "interim", "2020-10-31", "percent")] == 15.3
    assert got[("国民健康保険料", "北区", 2020, "current", "collection_rate", "interim", "2020-10-31", "percent")] == 85.2
    assert got[("国民健康保険料", "北区", 2020, "current", "difference", "interim", "2020-10-31", "points")] == -4.2


def test_metric_from_caption_and_estimate_columns() -> None:
    """A one-metric table (収納率の推移) with 決算/見込/目標 columns and debts as rows."""
    rows = [["債権名", "令和5年度決算", "令和6年度見込", "令和7年度目標"],
            ["国民健康保険料", "94.12", "94.50", "95.00"]]
    facts, _ = read_table(grid(rows), TableContext(page=1, caption="主要債権の収納率の推移"))
    assert [(f.fiscal_year, f.basis, f.metric, f.value, f.unit) for f in facts] == [
        (2023, "actual", "collection_rate", 94.12, "percent"), (2024, "estimate", "collection_rate", 94.5, "percent"),
        (2025, "target", "collection_rate", 95.0, "percent")]


def test_tables_without_metrics_give_nothing() -> None:
    """A schedule (months as headers) and a member list give no facts and no warnings."""
    schedule = grid([["取組等", "4", "5", "6"], ["債権管理委員会", "", "①", ""]])
    members = grid([["委員長", "副市長"], ["委員", "財政局長"]])
    for g in (schedule, members):
        assert read_table(g, TableContext(page=1)) == ([], [])


def test_drawn_pdf_through_the_page_model(tmp_path: Path) -> None:
    """A ruled table drawn with PyMuPDF under a caption: read via load_pages + stitch, pages and caption kept."""
    pdf = tmp_path / "table.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="ipa", fontfile=str(FONT))
    page.insert_text((50, 80), "令和6年度 債権別の収入未済額 (単位：千円)", fontname="ipa", fontsize=10)
    rows = [["債権名", "収入未済額", "収納率"], ["市税", "1,924,838", "98.73%"], ["水道料金", "38,500", "99.10%"]]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            rect = pymupdf.Rect(50 + c * 150, 100 + r * 24, 200 + c * 150, 124 + r * 24)
            page.draw_rect(rect, color=(0, 0, 0), width=0.8)
            page.insert_text((rect.x0 + 4, rect.y1 - 7), text, fontname="ipa", fontsize=10)
    doc.save(pdf)
    doc.close()
    pages = load_pages(pdf)
    facts, warnings = read_tables(pages, stitch(pages))
    assert not warnings
    assert sorted((f.debt_raw, f.fiscal_year, f.metric, f.value, f.page, f.table) for f in facts) == [
        ("市税", 2024, "collection_rate", 98.73, 1, 0), ("市税", 2024, "outstanding", 1924838000, 1, 0),
        ("水道料金", 2024, "collection_rate", 99.1, 1, 0), ("水道料金", 2024, "outstanding", 38500000, 1, 0)]


def test_caption_stops_at_list_items_and_points_header_is_a_unit() -> None:
    """Bullets above a table are not its caption; a 前年度比(ポイント) header names its unit (not the table's 千円)."""
    from saiken.extract.statables import BULLET
    from saiken.extract.statkeys import unit_of

    assert unit_of("前年度比(ポイント)") == "ポイント"

    assert BULLET.match("・②ピーク時(平成21年度)から7.29%増")
    assert BULLET.match("①前年度比 0.22%増")
    assert not BULLET.match("■ 主要債権の収入未済額（単位：千円）")
    assert not BULLET.match("【参考②】 令和6年度決算見込")


def test_label_spaced_out_for_alignment_is_read_as_one_word() -> None:
    from saiken.extract.statkeys import key_of

    assert (key_of("合　計").segment, key_of("合　計").rest) == ("total", "")
    assert key_of("収 入 済 額").metric == "collected"
    assert key_of("市税").rest == "市税"


def _hgrid(rows: list[list[str]], merged: tuple[tuple[int, int, int, int], ...] = ()) -> Grid:
    """A grid of the rows; `merged` cells (row, col, rowspan, colspan) cover the slots right and below them."""
    covered = {(r + i, c + j) for r, c, rs, cs in merged for i in range(rs) for j in range(cs)} - \
        {(r, c) for r, c, _, _ in merged}
    spans = {(r, c): (rs, cs) for r, c, rs, cs in merged}
    cells = [Cell(r, c, t, t, (c * 10.0, r * 10.0, c * 10.0 + 10, r * 10.0 + 10), *spans.get((r, c), (1, 1)), page=1)
             for r, row in enumerate(rows) for c, t in enumerate(row) if (r, c) not in covered]
    return Grid(page=1, bbox=(0, 0, 10.0 * len(rows[0]), 10.0 * len(rows)), nrows=len(rows), ncols=len(rows[0]),
                cells=cells)


def test_minutes_annex_columns_from_header_words() -> None:
    """別表 of a committee's minutes (みなと市): the caption dates the columns, R5 is the year before, 増減(ポイント)
    compares the rate left of it and is dated like the latest column."""
    g = _hgrid([["債権名", "区分", "R6(9月末)", "", "R5(9月末)", "増減(ポイント)"],
                ["", "", "調定額", "収入率", "収入率", ""],
                ["市税", "現年分", "48,215,330", "57.87", "57.62", "0.25"],
                ["", "滞繰分", "2,104,552", "18.92", "17.95", "0.97"]],
               ((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 2), (0, 5, 2, 1)))
    facts, _ = read_table(g, TableContext(page=1, caption="表1 主な債権の収納状況(令和6年9月末現在)(単位：千円)"))
    got = {(f.debt_raw, f.segment, f.metric, f.fiscal_year, f.basis, f.as_of, f.unit): f.value for f in facts}
    assert got[("市税", "current", "assessed", 2024, "interim", "2024-09-30", "yen")] == 48_215_330_000
    assert got[("市税", "current", "collection_rate", 2023, "interim", "2023-09-30", "percent")] == 57.62
    assert got[("市税", "arrears", "difference", 2024, "interim", "2024-09-30", "points")] == 0.97


def test_previous_same_time_column_is_the_year_before_with_the_month_end_recomputed() -> None:
    """前年同期収納率 beside 収納率 under a caption dated 令和6年2月末: the year before, as of 2023-02-28; and a
    caption of 令和7年2月末 gives 2024-02-29 for the year before (leap year)."""
    g = _hgrid([["債権名", "区分", "収納率", "前年同期収納率"], ["市税", "現年分", "52.31", "51.86"]])
    facts, _ = read_table(g, TableContext(page=1, caption="別表 主要債権の収納状況(令和7年2月末現在) (単位：%)"))
    got = {(f.metric, f.fiscal_year, f.as_of): f.value for f in facts}
    assert got == {("collection_rate", 2024, "2025-02-28"): 52.31, ("collection_rate", 2023, "2024-02-29"): 51.86}


def test_difference_column_without_metric_compares_the_column_left_of_it() -> None:
    g = _hgrid([["債権名", "計", "前年度比"], ["", "徴収率", ""], ["市税", "97.02%", "▲0.10"]],
               ((0, 0, 2, 1), (0, 2, 2, 1)))
    facts, _ = read_table(g, TableContext(page=1, caption="表 主要債権の徴収実績(令和6年度決算見込)"))
    got = {(f.segment, f.metric, f.basis, f.unit): f.value for f in facts}
    assert got == {("total", "collection_rate", "estimate", "percent"): 97.02,
                   ("total", "difference", "estimate", "points"): -0.1}


def test_era_less_years_take_the_era_of_the_table() -> None:
    g = _hgrid([["年度", "調定額", "収納率"], ["令和2年度", "6,120,880", "98.40%"], ["3年度", "6,216,280", "98.60%"]])
    facts, _ = read_table(g, TableContext(page=1, caption="1 収納状況の推移 (単位：千円)", debt="介護保険料"))
    assert sorted({f.fiscal_year for f in facts}) == [2020, 2021]


def test_debts_as_columns() -> None:
    """One debt per column (市税 | 国民健康保険税 | 計), years and metrics as rows: each figure takes its column's debt;
    the 計 column is all debts together (debt null)."""
    g = _hgrid([["区分", "", "市税", "国民健康保険税", "計"],
                ["収入未済額", "5年度実績", "1,200,000", "800,000", "2,000,000"],
                ["", "6年度実績", "1,100,000", "750,000", "1,850,000"],
                ["収納率", "5年度実績", "98.1", "91.5", "96.0"]], ((1, 0, 2, 1),))
    facts, _ = read_table(g, TableContext(page=1, caption="表2 債権別の状況 (単位：千円、％) 令和6年度", era="令和"))
    got = {(f.debt_raw, f.fiscal_year, f.metric): f.value for f in facts}
    assert got[("市税", 2023, "outstanding")] == 1_200_000_000
    assert got[("国民健康保険税", 2024, "outstanding")] == 750_000_000
    assert got[("国民健康保険税", 2023, "collection_rate")] == 91.5
    assert got[("計", 2023, "outstanding")] == 2_000_000_000


def test_side_by_side_headings_above_the_table_key_their_columns() -> None:
    """決算 | 目標 printed above the table over their own columns (not as header cells): each column takes the
    heading it sits under; the caption line over the whole width does not decide the basis."""
    g = _hgrid([["債権名", "令和5年度", "令和6年度", "令和7年度"],
                ["市税", "98.50", "98.70", "98.90"]])
    ctx = TableContext(page=1, caption="収納率の推移 (単位：％)",
                       column_heads={1: "決算", 2: "目標", 3: "目標"})
    facts, _ = read_table(g, ctx)
    got = {(f.fiscal_year, f.basis): f.value for f in facts}
    assert got == {(2023, "actual"): 98.5, (2024, "target"): 98.7, (2025, "target"): 98.9}


def test_bracketed_figures_follow_the_note_in_the_row_label() -> None:
    """西遠市-style 取組方針 table (debts as columns): 99.30%(99.35%) under 「令和7年度実績見込（）内は目標」 is the
    estimate and, in brackets, the target; 【】は政令市順位 gives no figure; a rate by segment is the collection rate."""
    g = grid([["債権名", "", "後期高齢者医療保険料", "保育所保育料"],  # as the page model folds them
              ["令和7 年度実績見込( )内は目標", "現年度分", "99.30%(99.35%)", "98.52%(98.60%)"],
              ["", "滞納繰越分", "41.20%(40.00%)", "19.85%(-)"],
              ["令和8 年度目標【】は政令市順位", "合計", "98.85%【令和6 年度:5 位】", "95.10%"]],
             spans=((0, 0, 1, 2),))
    facts, warnings = read_table(g, TableContext(page=3))
    got = [(f.debt_raw, f.fiscal_year, f.segment, f.metric, f.basis, f.value) for f in facts]
    assert got == [
        ("後期高齢者医療保険料", 2025, "current", "collection_rate", "estimate", 99.3),
        ("後期高齢者医療保険料", 2025, "current", "collection_rate", "target", 99.35),
        ("保育所保育料", 2025, "current", "collection_rate", "estimate", 98.52),
        ("保育所保育料", 2025, "current", "collection_rate", "target", 98.6),
        ("後期高齢者医療保険料", 2025, "arrears", "collection_rate", "estimate", 41.2),
        ("後期高齢者医療保険料", 2025, "arrears", "collection_rate", "target", 40.0),
        ("保育所保育料", 2025, "arrears", "collection_rate", "estimate", 19.85),
        ("後期高齢者医療保険料", 2026, "total", "collection_rate", "target", 98.85),
        ("保育所保育料", 2026, "total", "collection_rate", "target", 95.1)]
    assert warnings == []


def test_percent_by_segment_without_a_basis_names_no_metric() -> None:
    """大阪市 ward table (区名 | 現年度分 令和元年度 …): no word says what the percentages are; nothing is guessed."""
    g = grid([["区名", "現年度分", "過年度分"], ["", "令和元年度", "令和元年度"], ["北区", "99.8%", "13.8%"]],
             spans=((0, 0, 2, 1),))
    assert read_table(g, TableContext(page=6))[0] == []


def test_caption_names_the_debt_as_its_subject() -> None:
    assert caption_debt("表2 市税の収入未済額等の推移(単位：千円)") == "市税"
    assert caption_debt("(1)国民健康保険料の状況") == "国民健康保険料"
    assert caption_debt("表1 市税等の収納率の推移(単位：%)") is None  # several debts
    assert caption_debt("2 主な債権の状況(令和5年度決算)") is None
    assert caption_debt("5 地区別の収納状況(令和6年2月末現在) 表7 地区別収納状況(町税) (単位：円、%)") == "町税"  # みやき町
    assert caption_debt("表3 収納率の推移(市税)(国民健康保険税)") is None  # two debts: neither
    assert caption_debt("主要2債権の目標(収入未済額を含む) 表4 市税の目標") == "市税"  # みどり市: the nearer subject
    assert caption_debt("資料1(続き) 令和7年度の収納状況(12月末現在) 表3 市税(現年度分)地区別収納状況") == "市税"  # 鹿屋市


def test_footnote_gives_the_metric_of_a_table_whose_labels_name_none() -> None:
    """鹿児島-style 数値目標 table: years over one row of figures; 「※ 数値は各年度末の収入未済額」 below it."""
    g = grid([["令和5年度(実績)", "令和7年度", "令和8年度"], ["3,621,430", "3,450,000", "3,300,000"]])
    ctx = TableContext(page=3, caption="(1)数値目標(単位：千円)", debt="市税", footnote="※ 数値は各年度末の収入未済額")
    got = [(f.fiscal_year, f.metric, f.basis, f.value) for f in read_table(g, ctx)[0]]
    assert got == [(2023, "outstanding", "actual", 3621430000), (2025, "outstanding", "target", 3450000000),
                   (2026, "outstanding", "target", 3300000000)]
    # a footnote about a 差 column does not name the metric of a table whose rows do (宮古島-style)
    g2 = grid([["区分", "決算"], ["現年度分", "97.82"], ["収入未済額(千円)", "112,402"]])
    ctx2 = TableContext(page=3, caption="(単位：%)", footnote="※ 差は、実績から目標を差し引いたもの（収入未済額は千円）。")
    assert [f.metric for f in read_table(g2, ctx2)[0]] == ["collection_rate", "outstanding"]


def test_a_table_repeating_an_earlier_header_takes_its_unit() -> None:
    """結城-style sheets, one per debt: 単位：% printed over the first table only."""
    from saiken.extract.statables import like_before
    head = ["区分", "現年度分", "滞納繰越分"]
    first = grid([head, ["令和4年度 決算", "93.9", "18.6"]])
    second = grid([head, ["令和4年度 決算", "98.4", "21.3"]])
    seen: dict = {}
    c1 = like_before(seen, first, TableContext(page=2, caption="2 主な債権の状況と取組 単位：%", debt="国民健康保険税"))
    c2 = like_before(seen, second, TableContext(page=2, caption="債権名 保育所保育料", debt="保育所保育料"))
    assert c2.unit == "%"
    got = [(f.debt_raw, f.segment, f.metric, f.value) for f in read_table(second, c2)[0]]
    assert got == [("保育所保育料", "current", "collection_rate", 98.4), ("保育所保育料", "arrears", "collection_rate", 21.3)]
    assert read_table(first, c1)[0]


def test_debt_total_column_and_arrears_written_alone() -> None:
    """福山-style 決算 table: 市税計 is 市税's own total column (its rows keep their segment); 四万十/福山 rate rows
    現年 | 滞納 | 合計 — 滞納 alone is the arrears segment, no debt."""
    g = grid([["区分", "項目", "市民税", "固定資産税", "市税計"],
              ["現年課税分", "調定額", "36,482,115", "33,905,482", "77,504,471"],
              ["滞納繰越分", "収入済額", "298,220", "251,644", "611,583"]])
    got = {(f.debt_raw, f.segment, f.metric, f.value) for f in read_table(g, TableContext(page=1, unit="千円"))[0]}
    assert ("市税", "current", "assessed", 77_504_471_000) in got and ("市税", "arrears", "collected", 611_583_000) in got
    rates = grid([["", "2024年度(令和6年度)"], ["", "決算"], ["現年", "99.31"], ["滞納", "29.32"], ["合計", "97.47"]])
    got = [(f.debt_raw, f.segment, f.value) for f in read_table(rates, TableContext(page=1, debt="市税", caption="(単位%)"))[0]]
    assert got == [("市税", "current", 99.31), ("市税", "arrears", 29.32), ("市税", "total", 97.47)]


def test_accounts_as_columns() -> None:
    """練馬-style 会計別収入未済額の推移: one account per column, years as rows."""
    g = grid([["年度", "一般会計", "国民健康保険事業会計", "合計"], ["令和2年度", "3,601", "4,488", "8,702"]])
    ctx = TableContext(page=1, caption="(1)会計別収入未済額の推移(単位：百万円)")
    got = [(f.debt_raw, f.fiscal_year, f.metric, f.value) for f in read_table(g, ctx)[0]]
    assert got == [("一般会計", 2020, "outstanding", 3_601_000_000), ("国民健康保険事業会計", 2020, "outstanding", 4_488_000_000),
                   ("合計", 2020, "outstanding", 8_702_000_000)]


def test_dotted_dates_and_stamps() -> None:
    assert key_of("R7.12末").as_of == "2025-12-31" and key_of("R7.12末").fiscal_year == 2025
    assert key_of("R6.2.29現在").as_of == "2024-02-29" and key_of("R6.2.29現在").fiscal_year == 2023
    from saiken.extract.docinfo import STAMP
    assert STAMP.match("（令和7年12月末現在）") and not STAMP.match("令和7年度 徴収対策中間報告")


def test_debt_label_fused_with_its_segment() -> None:
    from saiken.extract.statables import fused_segment
    assert fused_segment("市税 現年課税分") == ("市税", "現年課税分")
    assert fused_segment("国民健康保険税 現年課\n税分") == ("国民健康保険税", "現年課税分")
    assert fused_segment("滞納繰越分") is None
    assert fused_segment("収納率 現年分") is None  # a metric, not a debt


def test_year_end_words_name_nothing() -> None:
    from saiken.extract.statkeys import key_of
    assert not key_of("年度末未収金残高").names_something
    assert key_of("年度末未収金残高").metric == "outstanding"


def test_table_cut_by_a_page_break_gets_its_top_rule() -> None:
    """The continuation of a table on the next page (dev13, ふじみ野市): the first row has its verticals but no top
    rule, and its label column is the rest of a cell merged on the page before."""
    from saiken.extract.frames import Seg
    from saiken.extract.grids import frames_from_segments
    xs = [66.0, 107.8, 142.9, 195.5, 257.6]
    segs = [Seg(False, x, 62.0, 78.5) for x in xs[1:]]  # row 0: verticals only, from the label column's right edge
    segs += [Seg(False, x, 77.9, 110.4) for x in xs]  # rows 1-2: every vertical
    segs += [Seg(True, 77.9, 107.8, 257.6), Seg(True, 93.8, 66.0, 257.6), Seg(True, 110.4, 66.0, 257.6)]
    (frame,) = frames_from_segments(segs)
    assert frame.ys[0] == 62.0 and len(frame.ys) == 4


def test_a_sentence_across_the_value_columns_gives_no_figure() -> None:
    """主な取組 | (1)納期限後の早期催告として、… spanning the rate columns (dev12): the (1) is no rate."""
    from saiken.extract.layout import Cell, Grid
    from saiken.extract.statables import TableContext, read_table
    texts = [["区分", "令和6年度決算見込", "令和6年度目標"], ["現年度分", "99.41%", "99.45%"],
             ["主な取組", "(1)納期限後の早期催告として、督促状の発送後10日以内に電話催告を行う。", ""]]
    cells = [Cell(r, c, t, t, (c * 60.0, r * 20.0, c * 60.0 + 60, r * 20.0 + 20), colspan=2 if (r, c) == (2, 1) else 1)
             for r, row in enumerate(texts) for c, t in enumerate(row) if (r, c) != (2, 2)]
    grid = Grid(page=3, bbox=(0.0, 0.0, 180.0, 60.0), nrows=3, ncols=3, cells=cells)
    facts, _ = read_table(grid, TableContext(page=3, caption="【収納率】令和6年12月末時点", debt="市税"))
    assert sorted(f.value for f in facts) == [99.41, 99.45]


@pytest.mark.parametrize(("text", "era", "field", "value"), [
    ("6年9月末", "令和", "as_of", "2024-09-30"),  # さくら市-type 徴収率 table: 6年9月末 | 5年9月末 in a 令和 paper
    ("6年9月末", "令和", "fiscal_year_raw", "6年9月末"),
    ("5年12月末", "令和", "fiscal_year", 2023),
    ("千円", None, "unit", "千円"),  # a cell of a 単位 column (指標名 | 単位 | 令和4年度 …)
    ("(参考)合計 徴収率令和6年度実績", None, "rest", ""),  # （参考） names nothing
    ("滞納繰越額", None, "metric", "assessed"),  # the arrears brought forward, in a table header
])
def test_key_of_labels_of_other_cities(text: str, era: str | None, field: str, value: object) -> None:
    assert getattr(key_of(text, None, era), field) == value


def test_previous_year_column_under_a_spanning_date_takes_the_metric_on_its_left() -> None:
    """今治市-type cover table: 5年度（令和6年2月29日現在） over 現年度分 | 滞納繰越分 over 徴収率 | 前年同期."""
    g = _hgrid([["債権名", "5年度(令和6年2月29日現在)", "", "", ""],
                ["", "現年度分", "", "滞納繰越分", ""],
                ["", "徴収率", "前年同期", "徴収率", "前年同期"],
                ["市税", "93.6", "93.2", "25.8", "24.8"]],
               ((0, 0, 3, 1), (0, 1, 1, 4), (1, 1, 1, 2), (1, 3, 1, 2)))
    facts, _ = read_table(g, TableContext(page=1, caption="1 主要債権の徴収状況 単位：千円、%"))
    got = {(f.fiscal_year, f.segment, f.metric, f.as_of): f.value for f in facts}
    assert got[(2023, "current", "collection_rate", "2024-02-29")] == 93.6
    assert got[(2022, "current", "collection_rate", "2023-02-28")] == 93.2
    assert got[(2022, "arrears", "collection_rate", "2023-02-28")] == 24.8


def test_settled_year_beside_an_estimate_is_the_year_before() -> None:
    """決算見込み | 目標 | 決算 with no year over 決算 in a paper of 令和5年度: this year is not closed yet."""
    g = _hgrid([["", "決算見込み", "目標", "決算"], ["現年度分", "98.6", "98.8", "98.4"]])
    facts, _ = read_table(g, TableContext(page=5, caption="■ 決算見込み及び目標 単位：% 令和5年度", debt="下水道使用料"))
    got = {(f.fiscal_year, f.basis): f.value for f in facts}
    assert got == {(2023, "estimate"): 98.6, (2023, "target"): 98.8, (2022, "actual"): 98.4}


def test_a_note_giving_rates_and_amounts_their_own_units() -> None:
    g = _hgrid([["債権名", "徴収率", "収入未済額"], ["市税", "99.08", "612,487"]])
    facts, _ = read_table(g, TableContext(page=3, caption="別表 主要債権の収納状況（徴収率の単位：％、収入未済額の単位：千円）"
                                                     " 令和6年度"))
    got = {f.metric: f.value for f in facts}
    assert got == {"collection_rate": 99.08, "outstanding": 612_487_000}


def test_numbered_and_qualified_debt_label_cells_name_the_sheet() -> None:
    """東大阪市-type 個票: 「1. 債権名及び(債権区分) | 国民健康保険料（強制徴収公債権） | 所属(課又は担当) | …」."""
    from saiken.extract.scope import _is_label

    assert _is_label("1. 債権名及び(債権区分)") and _is_label("債権名") and _is_label("（1）対象債権")
    assert not _is_label("所属(課又は担当)") and not _is_label("債権区分")


def test_a_caption_saying_comparison_makes_no_difference_column() -> None:
    g = _hgrid([["", "現年度分", "", "過年度分", ""], ["債権名", "R6.2末", "R5.2末", "R6.2末", "R5.2末"],
                ["市税", "88.4%", "88.1%", "24.6%", "23.9%"]], ((0, 1, 1, 2), (0, 3, 1, 2)))
    facts, _ = read_table(g, TableContext(page=1, caption="債権別の徴収率（２月末時点の前年同期比較）", era="令和"))
    got = {(f.segment, f.as_of, f.metric): f.value for f in facts}
    assert got[("current", "2024-02-29", "collection_rate")] == 88.4
    assert got[("arrears", "2023-02-28", "collection_rate")] == 23.9


def test_caption_opening_with_its_section_heading_takes_nothing_from_above(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """いすみ市: 【主要４債権全体の徴収率】 and its bullets above 「２　未収金残高（収入未済額）の見込み」 are another
    section's; the table under the heading is of 収入未済額."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.statables import caption_above
    d = drawing()
    p = d.page()
    for i, s in enumerate(["【主要４債権全体の徴収率】令和６年12月末時点", "・現年度分　77.3％（前年同期　76.9％）",
                           "２　未収金残高（収入未済額）の見込み", "（単位：千円）"]):
        d.text(p, 50, 80 + 16 * i, s)
    xs, ys = [50, 150, 250, 350], [150, 170, 190]
    d.grid(p, xs, ys)
    d.rows(p, xs, ys, [["債権名", "令和5年度決算", "令和6年度目標"], ["市税", "268,540", "240,000"]])
    page = load_pages(d.save(tmp_path / "c.pdf"))[0]
    caption = caption_above(page, page.grids[0])
    assert "未収金残高" in caption and "徴収率" not in caption


def test_row_numbers_under_a_header_merged_over_the_names_are_no_figures() -> None:
    """たつの市: 債権名 printed over the row numbers and the names (1 | 市税 | 税務課 | 88.74 …)."""
    rows = [["債 権 名", "債 権 名", "所 管 課", "今年度", "前年同期"],
            ["1", "市税", "税務課", "88.74", "88.31"],
            ["2", "国民健康保険税", "国保医療年金課", "79.35", "78.90"],
            ["3", "介護保険料", "高年福祉課", "91.06", "90.88"]]
    g = grid(rows, ((0, 0, 1, 2),), page=1)
    facts, _ = read_table(g, TableContext(page=1, caption="1 主要債権の徴収率の状況（令和6年2月末現在） 単位：%"))
    assert {(f.debt_raw, f.value) for f in facts} >= {("市税", 88.74), ("国民健康保険税", 79.35), ("介護保険料", 90.88)}
    assert not any(f.value in (1, 2, 3) for f in facts)


def test_a_lead_in_sentence_right_above_a_table_is_its_caption(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """よしの台市: 「会計別・債権別の収入未済額は次のとおりである。」 over 単位：千円 and a table of years."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.statables import caption_above
    d = drawing()
    p = d.page()
    for i, s in enumerate(["本市の債権は、一般会計のほか特別会計にも及んでいる。", "会計別・債権別の収入未済額は次のとおりである。",
                           "単位：千円"]):
        d.text(p, 50, 80 + 16 * i, s)
    xs, ys = [50, 150, 250, 350], [130, 150, 170]
    d.grid(p, xs, ys)
    d.rows(p, xs, ys, [["債権名", "令和4年度", "令和5年度"], ["市税", "672,422", "578,186"]])
    page = load_pages(d.save(tmp_path / "l.pdf"))[0]
    caption = caption_above(page, page.grids[0])
    assert "収入未済額は次のとおり" in caption and "特別会計にも" not in caption


def test_caption_naming_two_metrics_gives_rows_without_one_the_metric_no_label_names() -> None:
    """よしの台市: 「目標収納率（%）及び収入未済額の目標（千円）」 over 現年課税分 | 滞納繰越分 | 収入未済額 rows."""
    rows = [["", "令和7年度", "令和8年度"], ["現年課税分", "99.15", "99.20"], ["滞納繰越分", "33.00", "34.50"],
            ["収入未済額", "520,000", "480,000"]]
    ctx = TableContext(page=4, caption="(2) 目標 目標収納率(%)及び収入未済額の目標(千円)", debt="市税", fiscal_year=2024)
    got = {(f.segment, f.metric, f.fiscal_year, f.value, f.unit) for f in read_table(grid(rows, (), page=4), ctx)[0]}
    assert ("current", "collection_rate", 2025, 99.15, "percent") in got
    assert ("arrears", "collection_rate", 2026, 34.5, "percent") in got
    assert ("total", "outstanding", 2025, 520_000_000, "yen") in got


def test_a_schedule_under_month_numbers_is_no_table_of_figures() -> None:
    """静岡市's 債権管理事務の主なスケジュール: ① | 取組方針決定 | R7実施報告 under 4 | 5 | 6 …; and a +0.43 difference is a
    figure."""
    rows = [["", "取組等", "実施内容", "4", "5", "6"],
            ["1", "債権管理委員会", "債権全体の総括的な管理", "", "", "①"],
            ["2", "滞納整理強化期間", "債権管理に係る事務を設定した期間に組織を挙げて集中的に行い、収入未済の削減を図る。", "", "",
             "R7実施報告"],
            ["3", "債権管理研修", "債権管理に関するノウハウや知識の向上", "", "研修実施", "研修実施"]]
    facts, warnings = read_table(grid(rows, (), page=4), TableContext(page=4, caption="【参考②】 債権管理事務の主なスケジュール"))
    assert facts == [] and warnings == []
    assert is_figure("+0.43") and is_figure("△0.81") and not is_figure("0.7ポイント増")


def test_a_target_column_with_no_metric_is_of_the_figure_right_of_it() -> None:
    """玉野市: 滞納額(11月末現在) | 目標額 | 収納額 | 達成率(%): the 目標額 is a target of 収納額."""
    rows = [["No.", "所 属", "費 目", "目標額", "収納額"], ["1", "税務課", "市税", "10,000,000", "9,624,310"],
            ["2", "保険年金課", "国民健康保険税", "5,000,000", "4,812,400"], ["3", "長寿介護課", "介護保険料", "1,200,000", "1,085,600"]]
    facts, _ = read_table(grid(rows, (), page=2), TableContext(page=2, caption="所属別の目標額及び実績 (単位：円)", fiscal_year=2024))
    got = {(f.debt_raw, f.metric, f.basis, f.value) for f in facts}
    assert ("市税", "collected", "target", 10_000_000) in got and ("市税", "collected", "actual", 9_624_310) in got


def test_two_halves_side_by_side_in_one_grid_each_take_their_own_labels() -> None:
    """高森市: 債権名 | R4 | R5 | 増減 | 債権名 | R4 | R5 | 増減 in one grid, the right half's debts its own."""
    rows = [["債権名", "R4", "R5", "増減", "債権名", "R4", "R5", "増減"],
            ["市税", "890,181", "782,680", "△107,501", "市営住宅使用料", "131,817", "125,949", "△5,868"],
            ["国民健康保険税", "1,403,371", "1,326,675", "△76,696", "下水道使用料", "39,874", "38,051", "△1,823"]]
    facts, _ = read_table(grid(rows, (), page=2), TableContext(page=2, caption="主要債権の収入未済額（決算） （単位：千円）"))
    got = {(f.debt_raw, f.fiscal_year, f.value) for f in facts if f.metric == "outstanding"}
    assert ("市税", 2023, 782_680_000) in got and ("市営住宅使用料", 2023, 125_949_000) in got
    assert ("市税", 2023, 125_949_000) not in got


def test_a_breakdown_row_under_a_segment_is_that_debt_of_that_segment() -> None:
    """豊浦市's 個票: うち個人市民税 under 現年度分, and 計 the sheet's debt's total."""
    rows = [["区分", "調定額", "収入済額"], ["現年度分", "23,980,410", "21,874,326"],
            ["うち個人市民税", "9,512,300", "8,410,755"], ["滞納繰越分", "846,520", "198,311"], ["計", "24,826,930", "22,072,637"]]
    ctx = TableContext(page=2, caption="2 2月末の調定・収納状況 (単位：千円)", debt="市税", fiscal_year=2023)
    got = {(f.debt_raw, f.segment, f.value) for f in read_table(grid(rows, (), page=2), ctx)[0] if f.metric == "assessed"}
    assert ("個人市民税", "current", 9_512_300_000) in got
    assert ("市税", "total", 24_826_930_000) in got and ("市税", "current", 23_980_410_000) in got


def test_halves_under_a_title_row_and_part_rows_that_name_a_segment() -> None:
    """板橋区: 令和4年度決算 | (単位：%) over 債権名 | R4 | 債権名 | R4; うち現年分 under 特別区民税 is its segment."""
    rows = [["令和4年度決算", "", "(単位：%)", "(単位：%)"], ["債権名", "R4", "債権名", "R4"],
            ["特別区民税", "97.20", "国民健康保険料", "80.67"], ["うち現年分", "99.02", "介護保険料", "98.96"],
            ["うち滞納繰越分", "34.18", "後期高齢者医療保険料", "99.41"], ["保育所保育料", "97.90", "生活保護費返還金", "18.64"]]
    facts, _ = read_table(grid(rows, ((0, 0, 1, 2),), page=2), TableContext(page=2, caption="３ 主要債権の収納率"))
    got = {(f.debt_raw, f.segment, f.value) for f in facts if f.metric == "collection_rate"}
    assert got == {("特別区民税", "total", 97.2), ("特別区民税", "current", 99.02), ("特別区民税", "arrears", 34.18),
                   ("保育所保育料", "total", 97.9), ("国民健康保険料", "total", 80.67), ("介護保険料", "total", 98.96),
                   ("後期高齢者医療保険料", "total", 99.41), ("生活保護費返還金", "total", 18.64)}


def test_a_part_row_printing_a_segment_after_uchi_is_no_debt() -> None:
    """伊勢崎市 別表: うち現年課税分 under 市税 (not a debt 「うち」 with the segment fused to it)."""
    rows = [["債 権 名", "調定額", "収納率"], ["市税", "20,582,678", "95.33"], ["うち現年課税分", "19,402,118", "99.21"],
            ["国民健康保険税", "4,216,335", "90.18"]]
    ctx = TableContext(page=3, caption="別表 主要債権の収納状況(令和6年度決算見込) (単位：千円、%)")
    got = {(f.debt_raw, f.segment, f.basis, f.value) for f in read_table(grid(rows, (), page=3), ctx)[0]}
    assert ("市税", "current", "estimate", 99.21) in got and ("市税", "current", "estimate", 19_402_118_000) in got


def test_a_column_headed_by_area_gives_the_rows_areas() -> None:
    """倉敷市: 地区 | 倉敷 | 水島 rows under a sheet of 国民健康保険料: places, not debts."""
    rows = [["地区", "現年度分", "現年度分", "滞繰分", "滞繰分"], ["地区", "R5(A)", "R4(B)", "R5(A)", "R4(B)"],
            ["倉敷", "82.91", "82.30", "17.88", "17.41"], ["水島", "81.64", "81.02", "16.02", "15.77"]]
    ctx = TableContext(page=3, caption="(4)支所別の収入率(2月末) (単位：%)", debt="国民健康保険料", fiscal_year=2023)
    got = {(f.debt_raw, f.area, f.fiscal_year, f.segment) for f in read_table(grid(rows, ((0, 0, 2, 1),)), ctx)[0]}
    assert ("国民健康保険料", "水島", 2023, "arrears") in got and ("国民健康保険料", "倉敷", 2022, "current") in got
    assert not any(d != "国民健康保険料" for d, *_ in got)


def test_month_end_columns_a_year_behind_the_caption_date_are_fiscal_years() -> None:
    """倉敷市: R5.2月末 | R4.2月末 under 「（令和6年2月29日現在）」 in a report of 令和5年度: 令和5年度の2月末."""
    rows = [["債権名", "R5.2月末", "R4.2月末"], ["市税", "88.64", "88.21"]]
    ctx = TableContext(page=1, caption="１ 主要債権の収入率の状況（令和6年2月29日現在） （単位：％）")
    got = {(f.fiscal_year, f.as_of, f.value) for f in read_table(grid(rows, (), page=1), ctx)[0]}
    assert got == {(2023, "2024-02-29", 88.64), (2022, "2023-02-28", 88.21)}


def test_settled_or_estimate_row_under_the_year_before_is_its_result() -> None:
    """大阪市: 決算(見込)徴収率 × 前年度(平成30年度) is that year's result; 10月末 × 前年度 is that year's 10月末."""
    rows = [["区分", "令和元年度", "前年度(平成30年度)"], ["10月末徴収率", "97.2%", "97.0%"],
            ["決算(見込)徴収率", "98.3%", "98.2%"]]
    ctx = TableContext(page=4, fiscal_year=2019)
    got = {(f.fiscal_year, f.basis, f.as_of, f.value) for f in read_table(grid(rows, (), page=4), ctx)[0]}
    assert got == {(2019, "interim", "2019-10-31", 97.2), (2018, "interim", "2018-10-31", 97.0),
                   (2019, "estimate", None, 98.3), (2018, "actual", None, 98.2)}


def test_money_unit_named_for_the_metric_and_year_difference_column() -> None:
    """にかほ市 「単位：収入率は%、収入未済額は千円」; 岡崎市 Ｒ７－Ｒ６ is a difference, no target."""
    rows = [["区分", "令和6年度", "7年度", "Ｒ７－Ｒ６"], ["現年度分収入率", "99.05", "99.08", "0.03"],
            ["収入未済額(年度末)", "118,000", "114,000", "△4,000"]]
    ctx = TableContext(page=2, caption="(2)目標(計画) 単位：収入率は%、収入未済額は千円", fiscal_year=2023)
    got = {(f.metric, f.fiscal_year, f.value) for f in read_table(grid(rows, (), page=2), ctx)[0]
           if f.metric in ("outstanding", "collection_rate")}
    assert got == {("collection_rate", 2024, 99.05), ("collection_rate", 2025, 99.08),
                   ("outstanding", 2024, 118_000_000), ("outstanding", 2025, 114_000_000)}


def test_a_blank_group_head_over_the_first_column_of_a_repeated_run() -> None:
    """藤沢市 別表2: 現年分 drawn over R6.9末 | 前年同期 | 増減 but cut to two columns; 過年分 is arrears."""
    rows = [["債権名", "", "現年分", "現年分", "過年分", "過年分", "過年分"],
            ["債権名", "R6.9 末", "前年同期", "増減", "R6.9 末", "前年同期", "増減"],
            ["市税", "53.4", "52.9", "0.5", "21.7", "20.3", "1.4"]]
    ctx = TableContext(page=3, caption="別表2 令和6年度上半期の徴収率(9月末) 単位：%")
    got = {(f.segment, f.fiscal_year, f.as_of, f.value) for f in read_table(grid(rows, ((0, 0, 2, 1),)), ctx)[0]
           if f.metric == "collection_rate"}
    assert got == {("current", 2024, "2024-09-30", 53.4), ("current", 2023, "2023-09-30", 52.9),
                   ("arrears", 2024, "2024-09-30", 21.7), ("arrears", 2023, "2023-09-30", 20.3)}


def test_a_row_number_printed_in_the_names_cell_is_no_part_of_the_name() -> None:
    """いなべ市: 「1 市税」「10 住宅新築資金等貸付金償還金」; 「10 債権計」 keeps its number (ten debts together)."""
    rows = [["債 権 名", "R6.2.29"], ["1 市税", "84.19"], ["10 住宅新築資金等貸付金償還金", "57.03"], ["10 債権計", "80.11"]]
    ctx = TableContext(page=1, caption="表1 債権別徴収率の状況 （単位：％）")
    got = [f.debt_raw for f in read_table(grid(rows, (), page=1), ctx)[0]]
    assert got == ["市税", "住宅新築資金等貸付金償還金", "10 債権計"]


def test_a_reader_giving_two_figures_one_key_has_lost_a_key() -> None:
    """豊川市: a family reader gave 現年課税分 to the 滞納繰越分収納率 row too; the shared reader, which keeps the two
    apart, reads that table."""
    from saiken.extract.pipeline import _clashes
    rows = [["区分", "令和5年度"], ["現年課税分収納率(%)", "94.51"], ["滞納繰越分収納率(%)", "21.37"]]
    ours = read_table(grid(rows, (), page=5), TableContext(page=5, debt="国民健康保険税"))[0]
    theirs = [f.model_copy(update={"segment": "current"}) for f in ours]
    assert _clashes(ours) == 0 and _clashes(theirs) == 1


def test_a_subtotal_row_is_the_accounts_subtotal_as_printed() -> None:
    """板橋区: 一般会計 | 小計 | 小計 | 2,605,740,939 is 一般会計小計, not 一般会計 (nor the debt of the row above)."""
    rows = [["会計名", "款", "債権名", "収入未済額"], ["一般会計", "特別区税", "特別区民税", "1,601,694,499"],
            ["一般会計", "小 計", "小 計", "2,605,740,939"], ["介護保険特別会計", "保険料", "介護保険料", "66,012,550"],
            ["介護保険特別会計", "保険料", "小計", "66,012,550"], ["合 計", "合 計", "合 計", "6,906,340,238"]]
    ctx = TableContext(page=1, caption="表2 令和4年度 債権別収入未済額の内訳 (単位：円)")
    got = [f.debt_raw for f in read_table(grid(rows, (), page=1), ctx)[0]]
    assert got == ["特別区民税", "一般会計小計", "介護保険料", "介護保険特別会計小計", "合計"]  # 高洲原市: 款 | 小計 too


def test_accounts_named_as_their_business_head_columns() -> None:
    """高知市: 年度 | 一般会計 | 国民健康保険事業 | 介護保険事業 | 合計 with years down the rows (単位：百万円)."""
    rows = [["年度", "一般会計", "国民健康保険事業", "介護保険事業", "合計"], ["令和元年度", "2,950", "1,402", "215", "4,567"],
            ["2年度", "2,810", "1,311", "203", "4,324"]]
    ctx = TableContext(page=2, caption="(1)会計別の収入未済額の推移 (単位：百万円)")
    got = {(f.debt_raw, f.fiscal_year, f.value) for f in read_table(grid(rows, (), page=2), ctx)[0]}
    assert ("国民健康保険事業", 2020, 1_311_000_000) in got and ("介護保険事業", 2019, 215_000_000) in got


def test_the_total_after_the_last_section_row_is_all_debts() -> None:
    """小田原市 表1: 一般会計 / 国民健康保険事業特別会計 / 下水道事業会計 printed alone over their debts, then 合計."""
    rows = [["会計・債権", "R5", "R6"], ["一般会計", "", ""], ["市税", "1,268,410", "1,234,560"], ["下水道事業会計", "", ""],
            ["下水道使用料", "92,140", "88,730"], ["合計", "3,069,440", "2,982,180"]]
    ctx = TableContext(page=2, caption="表1 会計別・債権別の収入未済額 (単位：千円)")
    got = {(f.debt_raw, f.value) for f in read_table(grid(rows, (), page=2), ctx)[0]}
    assert ("合計", 2_982_180_000) in got and ("下水道使用料", 88_730_000) in got


def test_figures_with_their_own_bracketed_note_on_a_slide() -> None:
    """みやま市 (dev33): debts as columns, 92.57%（前年同期 92.26%） in each cell, dated by the slide's 令和６年２月末現在."""
    rows = [["区分", "市税", "国民健康保険税"], ["現年分 収納率等", "92.57%(前年同期 92.26%)", "82.65%(前年同期 82.13%)"],
            ["滞繰分 未収額(千円)", "245,545(前年同期 268,205)", "230,543(前年同期 243,576)"]]
    assert is_figure(rows[1][1]) and not is_figure("令和5年度")
    ctx = TableContext(page=2, caption="１　主要債権の状況（総括）", fiscal_year=2023, basis="interim", as_of="2024-02-29")
    got = {(f.debt_raw, f.fiscal_year, f.segment, f.metric, f.as_of, f.value) for f in read_table(grid(rows, (), page=2), ctx)[0]}
    assert ("市税", 2023, "current", "collection_rate", "2024-02-29", 92.57) in got
    assert ("市税", 2022, "current", "collection_rate", "2023-02-28", 92.26) in got
    assert ("国民健康保険税", 2022, "arrears", "outstanding", "2023-02-28", 243_576_000) in got


def test_the_city_total_of_a_table_of_wards_and_debts_together_in_a_caption() -> None:
    """東峰市 (dev33): 市　計 over 峰北区 … is the whole city; 北辰市: 「２　収入未済額（全会計）の目標」 names all debts."""
    rows = [["区 分", "令和6年12月末", "令和5年12月末"], ["市 計", "78.4%", "77.8%"], ["峰北区", "79.1%", "78.6%"]]  # (no
    # segment printed: the dated rates of a caption of how the debt is collected (区別収納状況) are its collection rates)
    ctx = TableContext(page=2, caption="3 市税の区別収納状況(12月末)", debt="市税", fiscal_year=2024)
    got = {(f.debt_raw, f.area, f.value) for f in read_table(grid(rows, (), page=2), ctx)[0]}
    assert ("市税", None, 78.4) in got and ("市税", "峰北区", 79.1) in got
    assert caption_debt("2 収入未済額(全会計)の目標 単位：百万円") == "全会計"


def test_a_column_of_labels_each_over_its_figure() -> None:
    """丸亀市 (dev35): a one-column box 令和6年度末（実績） / 431,227千円 / 令和7年度末（見込） / 412,000千円 / 令和7年度目標 /
    400,000千円 under 「２　未収金残高」: each figure is of the label right above it."""
    rows = [["令和6年度末（実績）"], ["431,227千円"], ["令和7年度末（見込）"], ["412,000千円"], ["令和7年度目標"], ["400,000千円"]]
    ctx = TableContext(page=2, caption="２　未収金残高", debt="市税", fiscal_year=2025)
    got = [(f.fiscal_year, f.metric, f.basis, f.value) for f in read_table(grid(rows, (), page=2), ctx)[0]]
    assert got == [(2024, "outstanding", "actual", 431_227_000), (2025, "outstanding", "estimate", 412_000_000),
                   (2025, "outstanding", "target", 400_000_000)]


def test_a_date_over_its_own_column_above_previous_words() -> None:
    """しおかぜ市 (dev37): 6年9月末 over 前年同月 in one column (7年9月末 over 今年度 beside it) is that date itself."""
    rows = [["債権名", "区分", "6 年9 月末", "7 年9 月末"], ["", "", "前年同月", "今年度"],
            ["市税", "現年分", "56.4", "56.8"]]
    ctx = TableContext(page=3, caption="別表 主な債権の収納状況 (単位：%)", fiscal_year=2025, era="令和")
    got = {(f.as_of, f.value) for f in read_table(grid(rows, ((0, 0, 2, 1), (0, 1, 2, 1)), page=3), ctx)[0]}
    assert got == {("2024-09-30", 56.4), ("2025-09-30", 56.8)}


def test_years_down_the_rows_with_debt_and_metric_in_each_header() -> None:
    """飯塚市 (dev39): 年度 | 市税収納率（現年） | 国保税収納率（現年） | 収入未済額: each column is its debt's rate."""
    rows = [["年度", "市税収納率(現年)", "国保税収納率(現年)", "収入未済額"], ["2024(実績)", "99.05", "94.12", "3,048"],
            ["2026", "99.15", "94.50", "2,850"]]
    ctx = TableContext(page=4, caption="計画期間：令和8年度～令和10年度 (単位：%、百万円)", fiscal_year=2025)
    got = {(f.debt_raw, f.fiscal_year, f.metric, f.value) for f in read_table(grid(rows, (), page=4), ctx)[0]}
    assert ("市税", 2024, "collection_rate", 99.05) in got and ("国保税", 2026, "collection_rate", 94.5) in got


def test_a_unit_notes_aside_on_one_rows_amounts_and_counts_under_a_rate_caption() -> None:
    """湖西原市 (dev39): 「単位：%（収入未済額の行は千円）」 over rows of rates and a 収入未済額 row: the rates stay rates, the
    amounts are in 千円; 412件 under a caption naming 収納率 is a count, no rate."""
    rows = [["区分", "項目", "市税", "国保税"], ["現年分", "R8.1月末", "89.42", "79.64"], ["", "R7.1月末", "88.95", "79.88"],
            ["R6決算", "収入未済額", "612,340", "731,205"]]
    ctx = TableContext(page=3, caption="2 主要債権の収納状況(令和8年1月末時点) 単位：%(収入未済額の行は千円)", fiscal_year=2025)
    got = {(f.debt_raw, f.metric, f.value) for f in read_table(grid(rows, (), page=3), ctx)[0]}
    assert ("市税", "collection_rate", 89.42) in got and ("市税", "outstanding", 612_340_000) in got
    rows = [["取組", "実績", "(前年度)"], ["差押件数", "412件", "388件"]]
    ctx = TableContext(page=4, caption="【収納率】令和8年1月末時点 滞納整理強化月間(11月・12月)の実績", debt="市税")
    assert not [f for f in read_table(grid(rows, (), page=4), ctx)[0] if f.metric in ("collection_rate", "outstanding")]


def test_a_dated_year_before_column_and_a_title_stamped_with_its_month_end(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """西条市 (dev39): 「令和5年度 未収金対策の取組状況（令和6年2月末現在）」 over a table 調定額 | 収入済額 | 未収額 |
    徴収率 R6.2月末 | 前年同期 R5.2月末: the amounts are as of the title's month end, the 前年同期 column is the rate of
    2023-02-28."""
    from saiken.extract.docinfo import document_stamp
    d = drawing()
    p = d.page(842, 595)
    d.text(p, 240, 84, "令和5年度 未収金対策の取組状況（令和6年2月末現在）", size=13)
    xs, ys = [40, 140, 240, 340, 440, 540, 640], [150, 175, 195]
    d.grid(p, xs, ys)
    d.rows(p, xs, ys, [["債権名", "調定額", "収入済額", "未収額", "徴収率R6.2月末", "前年同期R5.2月末"],
                       ["市税", "14,095,135", "12,474,541", "1,620,594", "88.50", "88.3"]])
    pages = load_pages(d.save(tmp_path / "s.pdf"))
    assert document_stamp(pages) == "2024-02-29"
    got = {(f.metric, f.basis, f.as_of, f.value) for f in read_tables(pages, stitch(pages), fiscal_year=2023)[0]}
    assert ("assessed", "interim", "2024-02-29", 14_095_135) in got
    assert ("collection_rate", "interim", "2023-02-28", 88.3) in got


def test_a_header_naming_the_metric_in_brackets_reads_the_bracketed_rate() -> None:
    """いわき市 (dev41) 表2: 収入済額（収納率） over 45,102,844（93.54%）: the amount collected and, in brackets, the
    collection rate of the same row."""
    g = grid([["債権名", "区分", "調定額", "収入済額(収納率)"],
              ["市税", "現年度分", "48,215,630", "45,102,844(93.54%)"],
              ["", "滞納繰越分", "2,184,512", "512,306(23.45%)"]], spans=((1, 0, 2, 1),))
    facts, _ = read_table(g, TableContext(page=3, fiscal_year=2023, caption="表2 主要債権の調定額・収入済額等（令和6年2月末現在）（単位：千円）"))
    got = [(f.segment, f.metric, f.value) for f in facts]
    assert ("current", "collected", 45102844000) in got and ("current", "collection_rate", 93.54) in got
    assert ("arrears", "collection_rate", 23.45) in got


def test_a_calendar_year_wrapped_over_its_month_end_is_one_date() -> None:
    """相模原市 (dev40): 令和6年 / 2月末 in one header cell over 前年同月: the rates of 2024-02-29 (令和5年度) and a year
    before; 令和5年度目標 beside them."""
    g = grid([["債権名", "令和6年", "", "令和5年度"], ["", "2月末", "前年同月", "目標"], ["市税", "95.12", "94.87", "99.10"]],
             spans=((0, 0, 2, 1), (0, 2, 1, 1)))
    facts, _ = read_table(g, TableContext(page=2, caption="主要債権の収納率の状況（令和6年2月末現在） （単位：%、ポイント）"))
    got = [(f.raw, f.fiscal_year, f.basis, f.as_of) for f in facts]
    assert got == [("95.12", 2023, "interim", "2024-02-29"), ("94.87", 2022, "interim", "2023-02-28"),
                   ("99.10", 2023, "target", None)]


def test_debts_as_columns_with_rows_of_counts_and_marks_below() -> None:
    """宇都宮市 (dev40): 項目 | 市税 | 国民健康保険税 …, rows of 目標収納率 and 実績収納率（ ）内は令和5年度, and below them
    目標の達成（○/×） and 差押件数（令和6年度）: those rows name no debt, the columns do."""
    g = grid([["項目", "市税", "国民健康保険税"],
              ["令和6年度 目標収納率", "97.10", "80.00"],
              ["令和6年度 実績収納率( )内は令和5年度", "97.29(96.96)", "79.69(78.45)"],
              ["目標の達成(○/×)", "○", "×"],
              ["差押件数(令和6年度)", "3,120件", "1,208件"]])
    facts, _ = read_table(g, TableContext(page=3, caption="目標収納率に対する実績 (単位：%)"))
    got = [(f.debt_raw, f.fiscal_year, f.basis, f.value) for f in facts if f.metric == "collection_rate"]
    assert got[:4] == [("市税", 2024, "target", 97.1), ("国民健康保険税", 2024, "target", 80.0),
                       ("市税", 2024, "actual", 97.29), ("市税", 2023, "actual", 96.96)]


def test_two_figures_stacked_in_a_cell_under_an_upper_and_lower_line_note() -> None:
    """宇都宮市 (dev40) 取組個票: 「上段：収入済額（千円）　下段：収納率（%）」 over cells of 97,520,118 / 99.09; a target
    cell holding the rate alone; 収納の状況 down the label column of the sheet of 市税 is no debt."""
    g = grid([["収納の状況", "区分", "令和5年度決算", "令和7年度目標"],
              ["", "現年課税分", "97,520,118", "99.20"]], spans=((0, 0, 2, 1),))
    g.cells[-2] = replace(g.cells[-2], lines=["97,520,118", "99.09"], text="97,520,118 99.09")
    facts, _ = read_table(g, TableContext(page=4, debt="市税", caption="1 収納状況と目標 上段：収入済額(千円) 下段：収納率(%)"))
    got = [(f.debt_raw, f.fiscal_year, f.metric, f.basis, f.value) for f in facts]
    assert got == [("市税", 2023, "collected", "actual", 97520118000), ("市税", 2023, "collection_rate", "actual", 99.09),
                   ("市税", 2025, "collection_rate", "target", 99.2)]


def test_a_family_reading_a_plans_targets_as_results_gives_the_table_to_the_shared_reader() -> None:
    """盛岡市 (dev40): 令和7年度 … 令和10年度 targets in a plan of 令和6年度 read as 決算 by a family: results of years
    to come cannot be, the shared reader's targets are kept (pipeline._settled_ahead counts them)."""
    from saiken.extract.pipeline import _settled_ahead
    theirs = [Fact(debt_raw="介護保険料", fiscal_year=y, segment="total", metric="collection_rate", basis="actual",
                   value=98.2, unit="percent", raw="98.20", page=6) for y in (2025, 2026)]
    ours = [f.model_copy(update={"basis": "target"}) for f in theirs]
    assert _settled_ahead(theirs, 2024) == 2 and _settled_ahead(ours, 2024) == 0 and _settled_ahead(theirs, None) == 0


def test_a_header_naming_what_its_bracketed_figures_are() -> None:
    """たつの市 (dev43) 別表: 収納率（前年同月） over 92.65（92.31）: the rate as of the table's date and, in brackets, the
    same month a year before; the header's bracket is no key of the column."""
    g = grid([["債権名", "区分", "収納率(前年同月)"], ["市税", "現年分", "92.65(92.31)"], ["", "滞繰分", "27.87(26.02)"]],
             spans=((1, 0, 2, 1),))
    facts, _ = read_table(g, TableContext(page=5, caption="別表 主要債権の収納状況（令和6年2月末現在）（単位：千円、%）"))
    got = [(f.raw, f.fiscal_year, f.segment, f.as_of) for f in facts]
    assert got == [("92.65", 2023, "current", "2024-02-29"), ("92.31", 2022, "current", "2023-02-28"),
                   ("27.87", 2023, "arrears", "2024-02-29"), ("26.02", 2022, "arrears", "2023-02-28")]


def test_a_footnote_says_what_the_bracketed_figures_are() -> None:
    """つくば市 (dev42) 取組個票: 38.55（37.96） under 令和7年9月末, and under the table 「※ 途中経過欄の( )内は前年同期
    (令和6年9月末)の収納率。」: the bracket is the same month end a year before."""
    g = grid([["区分", "", "令和7年9月末"], ["現年分", "収納率", "38.55(37.96)"]])
    facts, _ = read_table(g, TableContext(page=4, caption="1 収納状況 (単位：千円、%)",
                                          footnote="※ 途中経過欄の( )内は前年同期(令和6年9月末)の収納率。"))
    assert [(f.raw, f.fiscal_year, f.as_of) for f in facts] == [("38.55", 2025, "2025-09-30"), ("37.96", 2024, "2024-09-30")]


def test_a_formula_under_a_metric_is_no_change_and_a_units_only_stack_note() -> None:
    """豊中市 (dev42): 収入未済額 over (A)-(B) is the amount outstanding, not a difference; 「収入済額と収納率（上段：千円
    下段：%）」 over cells of 7,454,405 / 88.61: the metrics named before the note, in order, with its units."""
    from saiken.extract.statables import stacked_metrics
    g = grid([["債権名", "区分", "調定額", "収入未済額"], ["", "", "(A)", "(A)-(B)"], ["保育所保育料", "現年分", "612,340", "37,965"]])
    facts, _ = read_table(g, TableContext(page=2, caption="主要債権の収納状況（令和6年2月末）（単位：千円、%）"))
    assert [(f.metric, f.value) for f in facts] == [("assessed", 612340000), ("outstanding", 37965000)]
    assert stacked_metrics("【収納率】令和6年2月末時点 単位：% 収入済額と収納率 (上段：千円 下段：%)") == [
        ("collected", "千円"), ("collection_rate", "%")]


def test_a_footnote_gives_the_basis_of_a_years_column() -> None:
    """宇部市 (dev43) slide: R4 | R5 | R6※ under 「※ R6は決算見込（令和7年5月31日現在）。R4・R5は決算額。」: R6 is an
    estimate, R4 and R5 settled; the marker printed beside a figure (230,947※2) is no part of it."""
    g = grid([["区分", "R4", "R5", "R6※"], ["現年度分収納率(%)", "99.02", "99.12", "99.21"],
              ["収入未済額(千円)", "298,540", "262,410", "230,947※2"]])
    facts, _ = read_table(g, TableContext(page=3, debt="市税", caption="(1) 収納状況の推移",
                                          footnote="※ R6は決算見込(令和7年5月31日現在)。R4・R5は決算額。 ※2 徴収猶予の特例により猶予した額を含む。"))
    assert [(f.fiscal_year, f.basis, f.value) for f in facts if f.fiscal_year == 2024] == [
        (2024, "estimate", 99.21), (2024, "estimate", 230947000)]
    assert {f.basis for f in facts if f.fiscal_year in (2022, 2023)} == {"actual"}


def test_a_debt_name_set_level_with_the_middle_row_of_its_group() -> None:
    """ひたちなか市 (dev40): 現年 | 市税 滞繰 | 計 in unmerged rows, the name printed level with 滞繰: the 現年 row is 市税's
    too, not the debt above's; 合計 below the last group stays 合計."""
    g = grid([["債権名", "", "調定額"], ["", "現年", "52,318,442"], ["市税", "滞繰", "2,614,380"], ["", "計", "54,932,822"],
              ["", "現年", "9,842,116"], ["国民健康保険税", "滞繰", "3,204,557"], ["", "計", "13,046,673"],
              ["合計", "", "81,080,605"]])
    facts, _ = read_table(g, TableContext(page=2, caption="主要債権の収納状況（令和6年2月末）（単位：千円）"))
    assert [(f.debt_raw, f.segment) for f in facts] == [
        ("市税", "current"), ("市税", "arrears"), ("市税", "total"), ("国民健康保険税", "current"),
        ("国民健康保険税", "arrears"), ("国民健康保険税", "total"), ("合計", "total")]


def test_an_achievement_rate_column_under_a_rate_caption_is_no_collection_rate() -> None:
    """八王子市 (dev41) 表4 目標収納率と実績（現年度分・滞納繰越分の合計）: 目標 | 実績 | 達成率 per year; 達成率 (実績÷目標×100)
    is the rate of something else, not a target collection rate: `achievement_rate`, of the result left of it."""
    g = grid([["債権名", "令和4年度", "", ""], ["", "目標", "実績", "達成率"], ["市税", "97.80", "97.96", "100.2"]],
             spans=((0, 0, 2, 1), (0, 1, 1, 3)))
    facts, _ = read_table(g, TableContext(page=6, caption="表4 目標収納率と実績(現年度分・滞納繰越分の合計) (単位：%)"))
    assert [(f.raw, f.metric, f.basis, f.segment) for f in facts] == [
        ("97.80", "collection_rate", "target", "total"), ("97.96", "collection_rate", "actual", "total"),
        ("100.2", "achievement_rate", "actual", "total")]


def test_a_unit_note_listing_a_rate_and_money_scales_the_amounts() -> None:
    """金沢市 (dev41) 表2 主要債権の数値目標 (単位：%、百万円): 収入未済額 2,150.0 is 2,150 million yen."""
    g = grid([["債権名", "区分", "R7"], ["市税", "現年分収納率", "98.95"], ["", "収入未済額", "2,150.0"]], spans=((1, 0, 2, 1),))
    facts, _ = read_table(g, TableContext(page=5, fiscal_year=2024, caption="表2 主要債権の数値目標 (単位：%、百万円)"))
    assert [(f.metric, f.value) for f in facts] == [("collection_rate", 98.95), ("outstanding", 2150000000)]


@pytest.mark.parametrize("caption, debt", [
    ("(単位：千円、%) 国民健康保険税(現年課税分)", "国民健康保険税"), ("(1) 市税", "市税"), ("表3 収納状況", None),
    ("表2 市税の収入未済額等の推移", "市税")])
def test_a_caption_that_is_a_debt_name(caption: str, debt: str | None) -> None:
    """みよし市 (dev43): two small tables side by side, each under its debt's name and segment (国民健康保険税（現年課税分）
    | 介護保険料（現年度分）), the unit note printed on the same line."""
    assert caption_debt(caption) == debt


def test_repeated_year_groups_and_a_table_of_contents() -> None:
    """呉市 (dev43) 前計画の目標と実績: R2目標 | 実績 | 達成率 | R3目標 | 実績 | 達成率: each 実績 is of the year left of it;
    a 目次 read as a table (収入未済額の推移 ・・・・・ 2) gives no figure."""
    g = grid([["区分", "R2目標", "実績", "達成率", "R3目標", "実績", "達成率"],
              ["現年分", "92.80", "92.95", "100.16", "93.20", "93.40", "100.21"]])
    facts, _ = read_table(g, TableContext(page=6, fiscal_year=2024, debt="国民健康保険料",
                                          caption="(4)前計画の目標と実績(単位：%)"))
    assert [(f.raw, f.fiscal_year, f.basis) for f in facts if f.metric == "collection_rate"] == [
        ("92.80", 2020, "target"), ("92.95", 2020, "actual"), ("93.20", 2021, "target"), ("93.40", 2021, "actual")]
    assert [(f.raw, f.fiscal_year, f.basis) for f in facts if f.metric == "achievement_rate"] == [
        ("100.16", 2020, "actual"), ("100.21", 2021, "actual")]
    toc = grid([["目次", ""], ["収入未済額の推移 ・・・・・・・・・・・・", "2"], ["収納率の推移 ・・・・・・・・・・・・", "3"]])
    assert read_table(toc, TableContext(page=2, fiscal_year=2024))[0] == []


def test_a_difference_column_compares_the_rates_left_of_it() -> None:
    """船橋市 (dev41) 総括表: 現年分 R6.2末 | R5.2末 | 差 … 年度末(合計) 5年度目標 | 6年度目標 under （単位：%、ポイント）:
    each 差 is the difference of the two month ends left of it (令和5年度, as of 2024-02-29), in points."""
    g = grid([["債権名", "現年分", "", "", "年度末(合計)", ""], ["", "R6.2末", "R5.2末", "差", "5年度目標", "6年度目標"],
              ["市税", "92.84", "92.65", "0.19", "96.00", "96.30"]], spans=((0, 0, 2, 1), (0, 1, 1, 3), (0, 4, 1, 2)))
    facts, _ = read_table(g, TableContext(page=7, fiscal_year=2023, caption="(単位：%、ポイント)"))
    diff = [(f.metric, f.fiscal_year, f.as_of, f.unit, f.value) for f in facts if f.raw == "0.19"]
    assert diff == [("difference", 2023, "2024-02-29", "points", 0.19)]


def test_change_column_beside_undated_amounts_is_dated_like_them() -> None:
    """宇部-style 【参考】 list: 収入未済額 | 前年度比 | 収納率 | 令和6年度目標収納率: the 前年度比 of the caption's year and
    basis (決算見込), not of the target group right of it."""
    rows = [["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "前年度比", "収納率", "令和6年度 目標収納率(現年度分)", ""],
            ["", "", "", "", "", "", "", "目標", "見込"],
            ["市税", "21,845,600", "21,583,453", "31,200", "230,947", "△31,463", "98.80", "99.20", "99.21"]]
    g = grid(rows, tuple((0, c, 2, 1) for c in range(7)) + ((0, 7, 1, 2),))
    ctx = TableContext(page=7, caption="【参考】債権別収入未済額一覧(令和6年度決算見込) (単位：千円、%)")
    got = keyed(read_table(g, ctx)[0])
    assert got[("市税", None, 2024, "total", "difference", "estimate", None, "yen")] == -31463000
    assert got[("市税", None, 2024, "total", "outstanding", "estimate", None, "yen")] == 230947000
    assert got[("市税", None, 2024, "current", "collection_rate", "target", None, "percent")] == 99.2


def test_bracket_note_with_a_year_printed_without_its_era() -> None:
    """東大阪市-style (dev42): 「令和7年度末(見込) ( )は6年度実績」 over 収納率: 98.90（99.08） — the bracketed rate is of
    令和6年度, settled."""
    rows = [["区分", "令和7年度末(見込) ( )は6年度実績", ""], ["", "収納率", "収入未済額"],
            ["現年課税分", "98.90 (99.08)", "1,234,567"]]
    g = grid(rows, ((0, 0, 2, 1), (0, 1, 1, 2)))
    got = keyed(read_table(g, TableContext(page=3, caption="2 令和7年度の収納状況(単位：千円、%)", debt="市税"))[0])
    assert got[("市税", None, 2025, "current", "collection_rate", "estimate", None, "percent")] == 98.9
    assert got[("市税", None, 2024, "current", "collection_rate", "actual", None, "percent")] == 99.08


def test_group_heads_printed_in_one_cell_of_their_unmerged_group() -> None:
    """四日市市-style (dev45): a header whose cells were not merged, each group name in one cell of its three, the
    date alone over the middle group; the sub-heads repeat 調定額 | 収入済額 | 収納率."""
    rows = [["債権名", "", "", "", "", "令和6年2月末現在", "", "", "", ""],
            ["", "", "現年度分", "", "", "滞納繰越分", "", "", "合計", ""],
            ["", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"],
            ["市税", "42,846,999", "41,517,156", "96.90", "1,590,752", "430,184", "27.04", "44,437,751",
             "41,947,340", "94.40"]]
    got = keyed(read_table(grid(rows), TableContext(page=2, caption="(単位：千円、%)"))[0])
    assert got[("市税", None, 2023, "current", "assessed", "interim", "2024-02-29", "yen")] == 42846999000
    assert got[("市税", None, 2023, "arrears", "collection_rate", "interim", "2024-02-29", "percent")] == 27.04
    assert got[("市税", None, 2023, "total", "collected", "interim", "2024-02-29", "yen")] == 41947340000


def test_table_continued_on_the_next_page_takes_the_first_parts_caption() -> None:
    """北秋田市 (dev44): 「（前ページの表の続き：計・不納欠損額・収入未済額）」 over the right-hand columns: of 令和6年度決算
    as the first part's caption says, not of the paper's year (令和7年度)."""
    pdf = ROOT / "corpus/dev44/pdf/gb_kitaakita_committee_1.pdf"
    pages = load_pages(pdf)
    got = {(f.debt_raw, f.fiscal_year, f.metric, f.basis, f.value) for f in read_tables(pages, stitch(pages))[0]
           if f.page == 3}
    assert ("市税", 2024, "outstanding", "actual", 111942000) in got
    assert ("市税", 2023, "outstanding", "actual", 117804000) in got
    from saiken.extract.statables import CONTINUED
    assert CONTINUED.search("表1（続き）") and not CONTINUED.search("資料1(続き) 令和7年度の収納状況")  # the paper goes on


def test_header_drawn_apart_over_an_unruled_first_row_and_the_ruled_rows() -> None:
    """四日市市 (dev45): the header drawn as a table of its own, the 市税 row printed without rules, the other rows
    ruled: one table, 市税 its first row."""
    pages = load_pages(ROOT / "corpus/dev45/pdf/gc_yokkaichi_committee_1.pdf")
    g = next(g for g in stitch(pages) if g.page == 2)
    rows = g.rows()
    assert rows[3][:4] == ["市税", "42,846,999", "41,517,156", "96.90"]
    assert rows[4][0] == "国民健康保険税" and rows[2][1] == "調定額※1"


def test_columns_said_to_be_the_year_before_stay_a_year_before_the_captions_date() -> None:
    """みなかみ町 別表 (dev44): 「前年同期(R6.9月末)」 under a caption of 令和7年9月末現在 is 令和6年度's 9月末, not moved
    up to the caption's year; 増減(R7-R6) is of 令和7年度."""
    rows = [["債権名", "前年同期(R6.9月末)収納率", "", "増減(R7-R6)", ""],
            ["", "現年度分", "滞納繰越分", "現年度分", "滞納繰越分"],
            ["町税", "55.96", "16.20", "0.42", "2.22"]]
    g = grid(rows, ((0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 1, 2)), page=4)
    ctx = TableContext(page=4, caption="別表 主要債権の収納状況(令和7年9月末現在)(続き) (単位：円、%、ポイント)",
                       fiscal_year=2025)
    got = {(f.fiscal_year, f.segment, f.metric, f.value) for f in read_table(g, ctx)[0]}
    assert (2024, "current", "collection_rate", 55.96) in got
    assert (2025, "arrears", "difference", 2.22) in got


def test_two_tables_side_by_side_each_under_a_year_of_its_own() -> None:
    """四日市市 (dev44): 表2's two tables of one layout side by side, 「令和４年度決算」 over the left, 「令和５年度決算見込」
    over the right, one line: each its own year and basis (not the title's 令和5年度 for both)."""
    pages = load_pages(ROOT / "corpus/dev44/pdf/ga_yokkaichi_progress_1.pdf")
    got = {(f.debt_raw, f.fiscal_year, f.metric, f.basis, f.value) for f in read_tables(pages, stitch(pages))[0]
           if f.page == 3}
    assert ("市税", 2022, "collection_rate", "actual", 97.76) in got
    assert ("市税", 2023, "collection_rate", "estimate", 97.7) in got


def test_two_figures_stacked_under_a_header_naming_two_metrics() -> None:
    """おいらせ町 (dev45): 「収入済額 / 収納率」 over 30,678,901 / 45.27% and 「前年同期の収入済額／収納率」: each line its
    own metric, the bracket-less 前年同期 of the year before."""
    rows = [["債権名", "調定額", "収入済額 収納率", "前年同期の収入済額／収納率"],
            ["町営住宅使用料", "67,765,432", "30,678,901 45.27%", "29,321,098 44.02%"]]
    g = grid(rows, page=2)
    g.cells = [replace(c, lines=c.text.split(" ")) if c.row == 1 and c.col >= 2 else c for c in g.cells]
    ctx = TableContext(page=2, caption="(2)その他の債権(現年度分及び滞納繰越分の計) (単位：円)", fiscal_year=2025,
                       basis="interim", as_of="2025-09-30")
    got = {(f.fiscal_year, f.metric, f.value) for f in read_table(g, ctx)[0]}
    assert {(2025, "collected", 30678901), (2025, "collection_rate", 45.27), (2024, "collected", 29321098),
            (2024, "collection_rate", 44.02)} <= got


def test_a_pages_title_with_its_month_end_dates_the_page(tmp_path: Path, drawing) -> None:  # type: ignore[no-untyped-def]
    """おいらせ町 (dev45): 「主要債権の収納状況（令和７年９月末現在）」 at the top of page 2, over (1) and (2) sections."""
    from saiken.extract.docinfo import page_stamp
    d = drawing()
    p = d.page()
    d.text(p, 200, 60, "主要債権の収納状況（令和７年９月末現在）", size=12)
    d.text(p, 50, 90, "（１）強制徴収公債権の現年度分")
    xs, ys = [50, 200, 300], [100, 120, 140]
    d.grid(p, xs, ys)
    d.rows(p, xs, ys, [["債権名", "収納率（％）"], ["町税", "52.28"]])
    page = load_pages(d.save(tmp_path / "s.pdf"))[0]
    assert page_stamp(page) == "2025-09-30"


def test_a_sentence_taken_into_the_tables_box_heads_no_column() -> None:
    """鹿屋市 (dev46): the box drawn from the lead sentence 「令和8年度の目標収納率は、…において設定 / した。」 down to the
    table: its lines are no headings, the rows' own year and basis (令和7年度 見込 | 令和8年度 目標) date the figures."""
    rows = [["令和8年度の目標収納率は、令和7年度の決算見込及び過去3か年の実績の伸びを踏まえ、各債権所管課において設定",
             "", "", "", ""],
            ["した。", "", "", "", "(単位：%)"],
            ["債権名", "年度", "区分", "現年度分", "滞納繰越分"],
            ["市税", "令和7年度", "見込", "99.21", "29.40"],
            ["市税", "令和8年度", "目標", "99.25", "30.00"]]
    g = grid(rows, ((0, 0, 1, 5),), page=8)
    got = keyed(read_table(g, TableContext(page=8, caption="資料3 令和8年度 主要債権の目標収納率(案)"))[0])
    assert got[("市税", None, 2025, "current", "collection_rate", "estimate", None, "percent")] == 99.21
    assert got[("市税", None, 2026, "arrears", "collection_rate", "target", None, "percent")] == 30.0


def test_achievement_rate_column_is_its_own_metric() -> None:
    """四日市市 表３ (dev44): 目標 | 実績 | 達成率 per year under a caption of 収納率: the 達成率 is `achievement_rate` (a
    result over its target), never a collection rate."""
    rows = [["債権名", "4年度", "", ""], ["", "目標", "実績", "達成率"], ["市税", "98.85", "98.90", "100.1"]]
    g = grid(rows, ((0, 0, 2, 1), (0, 1, 1, 3)))
    got = keyed(read_table(g, TableContext(page=3, caption="表3 現年度分収納率の目標と実績(令和3～5年度) (単位：%)"))[0])
    assert got[("市税", None, 2022, "current", "achievement_rate", "actual", None, "percent")] == 100.1
    assert got[("市税", None, 2022, "current", "collection_rate", "target", None, "percent")] == 98.85
    assert not any(k[4] == "collection_rate" and v == 100.1 for k, v in got.items())
    assert key_of("達成見込率").metric == "achievement_rate"  # 石岡市 (dev44): R5見込 | 差(見込-目標) | 達成見込率


def test_the_corner_cells_bracket_names_the_tables_scope() -> None:
    """入間市 (dev45): 「区分(市全体)」 in the corner over 調定額 | 収入済額 … rows by year: the figures are the whole city's."""
    rows = [["区分(市全体)", "令和3年度", "令和4年度"], ["調定額", "38,912,345", "39,345,678"],
            ["収納率", "93.36", "94.09"]]
    got = keyed(read_table(grid(rows), TableContext(page=3, caption="表2-2 (単位：千円、%)"))[0])
    assert got[("市全体", None, 2021, "total", "assessed", "actual", None, "yen")] == 38912345000
    assert got[("市全体", None, 2022, "total", "collection_rate", "actual", None, "percent")] == 94.09


def _page_with_table(path: Path, lines: list[tuple[float, str, float]], top: float, rows: list[list[str]]) -> Path:
    """A one-page PDF: text lines (y, text, size) at x=50, then a ruled table of `rows` from `top` down."""
    doc = pymupdf.open()
    page = doc.new_page()
    for y, text, size in lines:
        page.insert_text((50, y), text, fontname="japan", fontsize=size)
    xs = [50, 200, 300, 400][:len(rows[0]) + 1]
    ys = [top + 20 * r for r in range(len(rows) + 1)]
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y), width=0.5)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            page.insert_text((xs[c] + 4, ys[r] + 14), text, fontname="japan", fontsize=9)
    doc.save(path)
    return path


def test_a_pages_dated_title_over_its_numbered_sections_dates_their_tables(tmp_path: Path) -> None:
    """四日市市 資料３ (dev45): 「令和６年度 主要債権の目標（案）」 over 「（１）目標収納率」 and its table: the targets are of
    令和6年度 (the title's year; no metric of its own)."""
    pages = load_pages(_page_with_table(tmp_path / "t.pdf", [(60, "令和６年度 主要債権の目標（案）", 12),
                                                             (90, "（１）目標収納率", 10)],
                                        100, [["区分", "市税", "介護保険料"], ["現年度分収納率", "99.18", "99.20"]]))
    got = {(f.debt_raw, f.fiscal_year, f.segment, f.basis, f.value) for f in read_tables(pages, stitch(pages))[0]}
    assert ("市税", 2024, "current", "target", 99.18) in got


def test_rows_of_places_under_a_bracketed_area_head_are_areas() -> None:
    """尾道市 (dev44) 表3 地域別の市税…: 「地域(担当)」 over 尾道地域(本庁), 因島地域(因島総合支所) …: each row is an area of the
    city's 市税 (the caption's debt), the 合計 row the whole city."""
    rows = [["地域(担当)", "調定額", "収納率"], ["尾道地域(本庁)", "12,867,808", "96.79"],
            ["因島地域(因島総合支所)", "2,789,662", "97.37"], ["合計", "15,657,470", "96.89"]]
    ctx = TableContext(page=5, caption="表3 地域別の市税の調定額・収入済額等(令和4年度決算) (単位：千円、%)", debt="市税")
    got = {(f.debt_raw, f.area, f.metric, f.value) for f in read_table(grid(rows), ctx)[0]}
    assert ("市税", "尾道地域(本庁)", "assessed", 12867808000) in got
    assert ("市税", None, "collection_rate", 96.89) in got
    from saiken.extract.statables import _area_of
    assert _area_of("計(市全体)") is None and _area_of("北茂安地区") == "北茂安地区"  # 栃木市 (dev45)


def test_a_pages_title_about_one_debt_names_its_tables_debt(tmp_path: Path) -> None:
    """岩国市 資料２ (dev45): 「国民健康保険料の収納対策（令和６年度）」 at the page's top, 「１　令和５年度決算の状況」 over a
    table by segment: the table is of 国民健康保険料."""
    pages = load_pages(_page_with_table(tmp_path / "k.pdf", [(60, "資料２", 9), (80, "国民健康保険料の収納対策（令和６年度）", 12),
                                                             (100, "１　令和５年度決算の状況", 10)],
                                        110, [["区分", "調定額（千円）", "収納率（％）"], ["現年度分", "2,968,540", "93.12"]]))
    got = {(f.debt_raw, f.fiscal_year, f.segment, f.metric) for f in read_tables(pages, stitch(pages))[0]}
    assert ("国民健康保険料", 2023, "current", "collection_rate") in got


def test_a_bracket_note_under_the_table_dates_its_bracketed_figures() -> None:
    """米沢市 推進シート (dev46): 「（　）内は令和４年度決算」 printed under the table is its footnote; 99.18（99.10） under
    5年度 決算 is 令和5年度 and, in brackets, 令和4年度."""
    from saiken.extract.statables import FOOTNOTE
    assert FOOTNOTE.match("（　）内は令和４年度決算") and FOOTNOTE.match("( )は前年同月")
    rows = [["区分", "決算", "目標"], ["", "5年度", "令和7年度"], ["現年度分収納率(%)", "99.18(99.10)", "99.20"]]
    ctx = TableContext(page=6, caption="(1)債権ごとの取組(市税)", debt="市税", fiscal_year=2024,
                       footnote="(　)内は令和4年度決算")
    got = {(f.fiscal_year, f.basis, f.value) for f in read_table(grid(rows), ctx)[0]}
    assert {(2023, "actual", 99.18), (2022, "actual", 99.1), (2025, "target", 99.2)} <= got


def test_amounts_named_in_a_remarks_column() -> None:
    """入間市 表３－２ (dev45): 備考 「うち滞納繰越分 549,401 千円」 is the row's year's arrears outstanding; 「不納欠損見込
    45,600 千円」 the year's estimated write-off; the 収入未済額 column is read as before."""
    rows = [["債権名", "年度", "収入未済額", "備考"],
            ["市税", "令和５年度（実績）", "763,381", "うち滞納繰越分 549,401 千円"],
            ["市税", "令和６年度（見込）", "704,500", "不納欠損見込 45,600 千円"]]
    got = keyed(read_table(grid(rows), TableContext(page=5, caption="表３－２ 収入未済額の目標（債権別・年度別） (単位：千円)"))[0])
    assert got[("市税", None, 2023, "arrears", "outstanding", "actual", None, "yen")] == 549401000
    assert got[("市税", None, 2024, "total", "written_off", "estimate", None, "yen")] == 45600000
    assert got[("市税", None, 2023, "total", "outstanding", "actual", None, "yen")] == 763381000


def test_a_change_row_under_rows_of_one_metric() -> None:
    """鹿屋市 表2 (dev46): 不納欠損額(令和6年度) | 収入未済額(令和5年度) | 収入未済額(令和6年度) | 増減(R6-R5) rows under
    debts as columns: the 増減 row is the 収入未済額's difference, of 令和6年度."""
    pages = load_pages(ROOT / "corpus/dev46/pdf/gg_kanoya_committee_1.pdf")
    got = {(f.debt_raw, f.fiscal_year, f.metric, f.value) for f in read_tables(pages, stitch(pages))[0] if f.page == 2}
    assert ("市税", 2024, "difference", -44513000) in got


def test_a_note_that_the_table_holds_one_segment_only() -> None:
    """みやき町 表5 (dev46): 「※ 現年分のうち普通徴収分のみ。」 under 区分 | 介護保険料 | 後期高齢者医療保険料 rows: the
    figures are 現年分."""
    rows = [["区分", "介護保険料", "後期高齢者医療保険料"], ["調定額(円)", "41,205,300", "52,318,400"],
            ["収納率(%)", "89.41", "97.71"]]
    ctx = TableContext(page=3, caption="表5 普通徴収分の収納状況(2月末)", fiscal_year=2023, basis="interim",
                       as_of="2024-02-29", footnote="※ 現年分のうち普通徴収分のみ。")
    got = {(f.debt_raw, f.segment, f.metric, f.value) for f in read_table(grid(rows), ctx)[0]}
    assert ("介護保険料", "current", "collection_rate", 89.41) in got


def test_a_sections_bracket_of_debt_and_segment_scopes_its_table() -> None:
    """福島市 (dev47): 「４　地区別の収納状況（市税・現年課税分）」 over a lead-in sentence and 表５ by district: the table's
    figures are 市税's 現年課税分; the paper, titled 取組状況 with （令和６年２月末現在） on the line under its title and
    資料２ above it, is a progress report."""
    from saiken.extract.kinds import title_kind
    from saiken.extract.scope import _line_name
    assert _line_name("４　地区別の収納状況（市税・現年課税分）", False) == "市税"
    pages = load_pages(ROOT / "corpus/dev47/pdf/gh_fukushima_progress_1.pdf")
    assert title_kind(pages) == "progress_report"
    got = {(f.debt_raw, f.area, f.segment, f.metric, f.value) for f in read_tables(pages, stitch(pages))[0] if f.page == 5}
    assert ("市税", "中央地区", "current", "collection_rate", 91.95) in got


def test_a_dated_part_title_runs_on_to_the_next_page() -> None:
    """堺市 資料２ (dev47): 「区役所で徴収事務を行っている債権の状況（令和４年度決算）」 on page 3 over (1); its (2) 保育料 table
    on page 4 prints no year: of 令和4年度, settled (not the paper's 令和5年度)."""
    pages = load_pages(ROOT / "corpus/dev47/pdf/gi_sakai_committee_1.pdf")
    got = {(f.debt_raw, f.area, f.fiscal_year, f.basis, f.metric, f.value) for f in read_tables(pages, stitch(pages))[0]
           if f.page == 4}
    assert any(d and "保育料" in d and a == "堺区" and y == 2022 and b == "actual" and m == "assessed" and v == 421272000
               for d, a, y, b, m, v in got)
    pages = load_pages(ROOT / "corpus/third/pdf/wakaba_kaikei_plan_r6_7.pdf")  # a table printing its own years
    got = {(f.fiscal_year, f.basis, f.value) for f in read_tables(pages, stitch(pages))[0] if f.page == 7}
    assert (2020, "actual", 80212334000) in got  # (令和2年度 | 令和3年度 …: its own, not a title's 見込 carried on)


def test_a_segment_word_set_vertically_and_read_out_of_order() -> None:
    """安城市 推進シート (dev47): 滞納繰越分 set vertically in two columns of a merged label cell comes out 納越分滞繰: still
    滞納繰越分, with nothing else named."""
    k = key_of("納越分滞繰")
    assert (k.segment, k.rest, k.metric) == ("arrears", "", None)
    assert key_of("分年現度").segment == "current" and key_of("市税").segment is None


def test_rows_of_places_under_a_caption_by_place_and_a_plain_head() -> None:
    """薩摩川内市 (dev56) p3: 「２　市税（現年度分）の支所別収納状況」 over 区分 | 調定額 … with rows 本庁, 樋脇支所 … 計: each row
    is its place (area), and the 計 row the whole city's figure of the same segment, not all segments'."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.area, f.segment) for f in
           convert(ROOT / "corpus/dev56/pdf/pc_satsumasendai_committee_1.pdf").facts if f.page == 3}
    assert ("8,883,447", "本庁", "current") in got and ("550,726", "樋脇支所", "current") in got
    assert ("11,972,300", None, "current") in got


def test_a_sections_debt_and_segment_cover_a_numbered_tables_columns_of_metrics() -> None:
    """新発田市 (dev56) p4: 「５　市税（現年課税分）の月別収納状況」 over 「表５　月別収納状況（累計）　収入済額：千円　収納率：％」:
    the table's columns name two metrics, and every figure is of the section's segment (現年課税分)."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.segment, f.as_of) for f in
           convert(ROOT / "corpus/dev56/pdf/pd_shibata_progress_1.pdf").facts if f.page == 4 and f.metric == "collected"}
    assert ("1,080,731", "current", "2023-04-30") in got and ("12,189,642", "current", "2024-02-29") in got


def test_a_note_over_a_numbered_title_is_the_table_befores() -> None:
    """稲沢市 (dev56) p4: 「（注）債権名の略称　国保税：…、生保返還金：生活保護費返還金」 under 表２ and over 「表３　生活保護費
    返還金の内訳（令和５年度決算）」: 表３'s caption is its own title, its debt the one the title names."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.statables import caption_above
    from support.cases import ROOT
    page = load_pages(ROOT / "corpus/dev56/pdf/pd_inazawa_plan_1.pdf")[3]
    assert caption_above(page, page.grids[1]) == "表3 生活保護費返還金の内訳(令和5年度決算)"


def test_a_five_year_average_and_a_change_in_per_cent() -> None:
    """北広島市 (dev55) p5: 令和2年度 … 令和6年度 | 5年平均 | 増減(R6-R5) | 増減率(%): the average is of no one year, the
    増減率 a change in per cent (change_rate), not a difference in points."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.fiscal_year, f.metric, f.unit) for f in
           convert(ROOT / "corpus/dev55/pdf/pa_kitahiroshima_committee_1.pdf").facts if f.page == 5}
    assert ("8,892,049", None, "assessed", "yen") in got
    assert ("△10.6", 2024, "change_rate", "percent") in got
    assert ("164,656", 2024, "difference", "yen") in got


def test_a_caption_sentence_holding_the_unit_note() -> None:
    """高梁市 (dev57) p4: 「各債権の決算額の推移（単位：千円、％）。年度は新しい順。…」 over the table: a sentence, and still the
    table's caption (its unit note): the amounts are thousands of yen."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.value) for f in convert(ROOT / "corpus/dev57/pdf/pf_takahashi_plan_1.pdf").facts if f.page == 4}
    assert ("2,893,115", 2893115000) in got


def test_year_headings_printed_with_spaces_over_column_pairs_and_counts_of_seizures() -> None:
    """長岡京市 (dev57) p5: 「令和4 年度(令和5 年2 月末)」 | 「令和5 年度(令和6 年2 月末)」 printed with spaces over
    滞納者数 | 差押件数 pairs: each pair takes its heading's year and month end; 差押件数 is a count of seizures
    (seizure_cases), no count of delinquents."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.fiscal_year, f.metric, f.as_of) for f in
           convert(ROOT / "corpus/dev57/pdf/pe_nagaokakyo_minutes_1.pdf").facts if f.page == 5 and f.debt_raw == "市税"}
    assert ("1,284", 2022, "delinquents", "2023-02-28") in got and ("1,196", 2023, "delinquents", "2024-02-29") in got
    assert ("371", 2023, "seizure_cases", "2024-02-29") in got


def test_a_caption_naming_debt_and_segment_in_brackets_over_a_two_metric_table() -> None:
    """豊見城市 (dev58) p4: 「別表１　月別収納状況（市税・現年分）」 over a table noted 「上段：収入済額（千円）、下段：収納率（％）」:
    every figure is of 現年分."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.segment, f.as_of) for f in
           convert(ROOT / "corpus/dev58/pdf/ph_tomigusuku_minutes_1.pdf").facts if f.page == 4}
    assert ("315,873", "current", "2024-04-30") in got and ("4.85", "current", "2024-04-30") in got


def test_a_caption_naming_its_debt_first_in_the_bracket_of_its_segment() -> None:
    """大館市 (dev58) p5: 「(1)月別収納状況（市税・現年度分、累計収納率）」: the table is 市税's."""
    from saiken.extract.statables import caption_debt
    assert caption_debt("(1)月別収納状況(市税・現年度分、累計収納率) 本年度：令和5年度 前年度：令和4年度 単位：%") == "市税"
    assert caption_debt("(3)地区別の状況(市税・現年度分、令和6年2月末現在) (単位：千円、%)") == "市税"


def test_a_caption_listing_two_years_dates_this_year_column_by_the_newest() -> None:
    """武雄市 (dev58) p4: 「(1)現年度分の収納率（令和6年度決算・令和5年度決算）」 over 前年度 | 本年度: 本年度 is 令和6年度
    (恵庭市 (dev52): 「（令和6年度決算・令和7年度目標）」 over 前年度実績 | 本年度目標: 本年度 is 令和7年度)."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.fiscal_year) for f in convert(ROOT / "corpus/dev58/pdf/ph_takeo_minutes_1.pdf").facts if f.page == 4}
    assert ("98.97", 2023) in got and ("99.12", 2024) in got


def test_a_unit_note_naming_the_metric_over_numbered_tables_of_each_debt() -> None:
    """安芸高田市 (dev57) p5: 「収納率（単位：％）。達成率＝…」 over （１）市税, （２）国民健康保険税, （３）介護保険料 each over a
    table of 決算 | 目標 | 決算見込 | 達成率 by segment: the figures are collection rates."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.debt_raw, f.metric, f.basis) for f in
           convert(ROOT / "corpus/dev57/pdf/pf_akitakata_progress_1.pdf").facts if f.page == 5}
    assert ("99.12", "市税", "collection_rate", "actual") in got and ("93.60", "国民健康保険税", "collection_rate", "target") in got


def test_a_table_without_rules_whose_middle_row_holds_small_counts() -> None:
    """荒尾市 (dev56) p5: 「(2)滞納の状況」 printed with no rules: 滞納世帯数 1,862 | 1,795, 差押件数 96 | 104, 不納欠損額
    41,230 | 37,690: one table of three rows (96 is a count of two digits); the family's reading that took
    差押件数（件） for a debt gives way to the shared reader's."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.fiscal_year, f.metric, f.debt_raw) for f in
           convert(ROOT / "corpus/dev56/pdf/pc_arao_plan_1.pdf").facts if f.page == 5}
    assert ("96", 2021, "seizure_cases", "国民健康保険税") in got and ("41,230", 2021, "written_off", "国民健康保険税") in got


def test_a_dash_over_a_rate_in_a_cell_of_two_lines_is_no_negative_amount() -> None:
    """羽曳野市 (dev57) p5: rows 「現年度分収入済額（千円）収納率（％）」 whose 見込 / 目標 cells print 「-」 over 94.25: no
    amount, and a rate of 94.25 (not an amount of -94.25)."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.fiscal_year, f.basis, f.metric, f.value) for f in
           convert(ROOT / "corpus/dev57/pdf/pe_habikino_committee_1.pdf").facts if f.page == 5}
    assert (2024, "estimate", "collection_rate", 94.25) in got and not any(v < 0 for *_, v in got if _[2] == "collected")


def test_a_note_line_under_a_table_without_rules_is_not_its_row() -> None:
    """摂津市 (dev59) p4: a table printed without rules, then 「※ 市税の内訳 現年課税分 調定額 16,394,802 千円、…」: the
    note is no row, so the columns of the rows are found (6 columns, not 2)."""
    from saiken.extract.pdf import load_pages
    from support.cases import ROOT
    g = load_pages(ROOT / "corpus/dev59/pdf/pj_settsu_minutes_1.pdf")[3].grids[0]
    assert (g.nrows, g.ncols) == (10, 6) and g.rows()[1][:2] == ["市税", "16,842,519"]


def test_a_prose_label_cell_beside_rows_of_indicators_gives_them_no_key() -> None:
    """日野市 (dev59) p3: 「現状と課題」 prose (…前年度比0.06ポイント上昇…) spanning the rows 滞納者数 | 3,412人 and 差押件数 |
    1,284件: the rows are counts of 令和5年度末, not differences; the prose under 「３　現状と課題」 after 「２　目標の達成状況」
    is no target."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.metric, f.basis) for f in convert(ROOT / "corpus/dev59/pdf/pi_hino_committee_1.pdf").facts
           if f.page == 3}
    assert ("3,412人", "delinquents", "actual") in got and ("1,284件", "seizure_cases", "actual") in got
    assert ("391,455千円", "outstanding", "actual") in got


def test_a_note_under_one_table_is_not_the_caption_of_the_table_below() -> None:
    """摂津市 (dev59) p4: 「※ 市税の内訳 … 調定額 16,394,802 千円…」 under the first table and over 「収入未済額の前年度比較」:
    the second table's caption is its own title, and its rows read (令和5年度 421,560 for 市税)."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.fiscal_year, f.metric) for f in convert(ROOT / "corpus/dev59/pdf/pj_settsu_minutes_1.pdf").facts
           if f.page == 4}
    assert ("421,560", 2023, "outstanding") in got and ("△48,732", 2024, "difference") in got


def test_a_group_heading_of_the_year_before_over_a_column_of_last_years_rate() -> None:
    """五所川原市 (dev60) p4: 令和5年度 | 令和4年度 group headings, 前年度収納率 under 令和4年度: that column is 令和4年度's
    (the heading is already the year before), not 令和3年度."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.fiscal_year, f.as_of) for f in convert(ROOT / "corpus/dev60/pdf/pk_goshogawara_progress_1.pdf").facts
           if f.page == 4 and f.metric == "collection_rate"}
    assert ("7.61", 2022, "2022-04-30") in got and ("7.85", 2023, "2023-04-30") in got


def test_a_rows_estimate_under_a_results_column() -> None:
    """網走市 (dev60) p3: 年度 | 目標 | 実績 | 差 | 達成率 with a row 令和6年度（見込）: that row's 実績 is an estimate (the
    other rows' are results)."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.fiscal_year, f.metric, f.basis) for f in
           convert(ROOT / "corpus/dev60/pdf/pk_abashiri_committee_1.pdf").facts if f.page == 3 and f.table is not None}
    assert ("98.71", 2023, "collection_rate", "actual") in got
    assert ("98.85", 2024, "collection_rate", "estimate") in got
    assert ("98.85", 2024, "collection_rate", "actual") not in got


def test_the_debt_name_column_beside_a_column_of_debt_classes() -> None:
    """恵那市 (dev64) p3: 債権の種類 (強制徴収公債権 merged over its rows) | 債権名 | 所管課 | 調定額 …: each row is the debt the
    債権名 column names, not its class nor its office."""
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.debt_raw, f.metric) for f in
           convert(ROOT / "corpus/dev64/pdf/pu_ena_plan_1.pdf", families=False).facts if f.page == 3}
    assert ("6,184,320", "市税", "assessed") in got and ("1,218,530", "水道料金", "assessed") in got
    assert not any(d in ("税務課", "強制徴収公債権") for _, d, _ in got)


def test_a_numbered_title_closing_on_its_year_dates_the_tables_under_it() -> None:
    """香美市 (dev65) p1, a paper of 令和7年度: 「資料１　主要債権の状況（令和6年度決算）」 over panels and 「(1) 債権別の収納状況」:
    the table is 令和6年度's; p4: 「上段：令和6年度、下段：令和5年度」 under a table of two figures a cell gives each line
    its year."""
    from saiken.extract.pipeline import convert
    from saiken.extract.statables import _bracket_title_year, stacked_years
    assert _bracket_title_year("資料１　主要債権の状況（令和6年度決算）") == 2024
    assert _bracket_title_year("(1) 債権別の収納状況") is None
    assert [k.fiscal_year for k in stacked_years("上段：令和6年度、下段：令和5年度")] == [2024, 2023]
    assert stacked_years("上段：収入済額（千円）　下段：収納率（%）") == []
    got = {(f.page, f.raw, f.fiscal_year, f.metric) for f in
           convert(ROOT / "corpus/dev65/pdf/pw_kami_committee_1.pdf", families=False).facts}
    assert (1, "2,187,456", 2024, "assessed") in got
    assert (4, "512,873", 2024, "assessed") in got and (4, "521,334", 2023, "assessed") in got
    assert (4, "82.75", 2023, "collection_rate") in got


def test_monthly_tables_and_charts_of_a_debt_named_with_its_segment_and_a_ratio_to_the_year_before() -> None:
    """熱海市 (dev64): p3 「（２）市税現年分の月別収納状況（累計）」 and the chart 「図　市税現年分収納率の推移（本年度、％）」 over
    4月 … 2月 are 市税's, each label the rate at its month's end; p2 前年度比 | 収入済額(%) 102.3 is a ratio to the year
    before, 収納率(ポイント) 0.47 a difference."""
    from saiken.extract.pipeline import convert
    assert caption_debt("図　市税現年分収納率の推移（本年度、％）") == "市税"
    assert caption_debt("国民健康保険税滞納繰越分の収納状況") == "国民健康保険税"
    assert caption_debt("収入未済額の推移") is None
    facts = convert(ROOT / "corpus/dev64/pdf/pu_atami_progress_1.pdf", families=False).facts
    got = [(f.page, f.raw, f.debt_raw, f.metric, f.as_of) for f in facts]
    assert got.count((3, "39.85", "市税", "collection_rate", "2023-06-30")) == 2  # the table's and the chart's
    assert (2, "102.3", "市税", "ratio_to_previous", "2024-02-29") in got
    assert (2, "0.47", "市税", "difference", "2024-02-29") in got


def test_debts_on_two_rows_dated_by_a_note_and_a_header_naming_its_bracketed_figures() -> None:
    """大阪狭山市 (dev64) p5: 市税 | 201,456,000 … over an unlabelled row 223,981,400 …, under 「上段：令和６年度決算、
    下段：令和５年度決算」: each row its year. 宍粟市 (dev64) p4: 収納率(前年同月)(%) over 84.56(84.21): 84.56 is the
    column's own month end, 84.21 the same month a year before."""
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.debt_raw, f.fiscal_year, f.metric) for f in
           convert(ROOT / "corpus/dev64/pdf/pv_osakasayama_minutes_1.pdf", families=False).facts if f.page == 5}
    assert ("201,456,000", "市税", 2024, "assessed") in got and ("223,981,400", "市税", 2023, "assessed") in got
    assert ("11.60", "住宅使用料", 2023, "collection_rate") in got
    rates = {(f.raw, f.area, f.as_of) for f in convert(ROOT / "corpus/dev64/pdf/pv_shiso_progress_1.pdf").facts
             if f.page == 4 and f.metric == "collection_rate"}
    assert ("84.56", "山崎地区", "2025-12-31") in rates and ("84.21", "山崎地区", "2024-12-31") in rates


def test_a_sheets_label_value_box_names_no_debt_of_its_own() -> None:
    """恵那市 (dev64) p6: 債権名 | 市税 | 所管課 | 税務課 over 債権の種類 | 強制徴収公債権 | R5 収入未済額 | 127,490 千円: the
    figure is 市税's, not of 「債権の種類」 nor of the class the box names."""
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.debt_raw, f.fiscal_year, f.metric) for f in
           convert(ROOT / "corpus/dev64/pdf/pu_ena_plan_1.pdf", families=False).facts if f.page == 6}
    assert ("127,490 千円", "市税", 2023, "outstanding") in got
    assert not any(d in ("債権の種類", "強制徴収公債権") for _, d, _, _ in got)


def test_bullets_of_rates_above_a_dated_numbered_title_are_no_part_of_its_caption() -> None:
    """上山市 (dev66) p1: 「合計　78.8％（前年同月 78.0％、＋0.8ポイント）」 bullets, then 「表１　主要債権の収納状況（現年度分・
    令和7年12月末現在と前年同月の比較）」 over the table: its caption is the title alone, so its rows are 現年度分."""
    from saiken.extract.statables import context_for
    pages = load_pages(ROOT / "corpus/dev66/pdf/sa_kaminoyama_progress_1.pdf")
    ctx = context_for(pages, pages[0].grids[0], fiscal_year=2025)
    assert ctx.caption == "表1 主要債権の収納状況(現年度分・令和7年12月末現在と前年同月の比較)"
    assert ctx.key().segment == "current"


def test_a_caption_bracket_opening_on_the_segment_dates_and_scopes_a_table_of_two_metrics() -> None:
    """小矢部市 (dev67) p4: 「別表２　令和７年度　主な債権の収納状況（現年度分・１２月末現在）」 with 「（収納率：％、収入未済額：
    千円）」 over 収納率 | 収入未済額 groups: every figure is 現年度分's, though the caption names two metrics."""
    from saiken.extract.statables import context_for
    pages = load_pages(ROOT / "corpus/dev67/pdf/sc_oyabe_minutes_1.pdf")
    assert context_for(pages, pages[3].grids[0], fiscal_year=2025).key().segment == "current"


def test_a_change_rate_column_the_family_left_is_the_shared_readers() -> None:
    """郡上市 (dev67) p4: 債権名 | 令和5年度 … 令和元年度 | 5年平均 | 増減額(R5-R1) | 増減率(%): the family reads the years and
    the 増減額; the 増減率 △18.9 is added as the shared reader reads it (a change in per cent, of 令和5年度)."""
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.fiscal_year, f.metric, f.unit) for f in
           convert(ROOT / "corpus/dev67/pdf/sc_gujo_plan_1.pdf").facts if f.page == 4}
    assert ("△18.9", 2023, "change_rate", "percent") in got and ("△38,309", 2023, "difference", "yen") in got


def test_a_bracket_giving_an_amounts_time_and_unit() -> None:
    """郡上市 (dev67) p8: 「参考資料　市の債権一覧」 「（収入未済額：令和5年度末、千円）」 over 債権名 | … | 収入未済額: 164,101
    is 164,101千円 at the end of 令和5年度."""
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.debt_raw, f.fiscal_year, f.value) for f in
           convert(ROOT / "corpus/dev67/pdf/sc_gujo_plan_1.pdf", families=False).facts if f.page == 8}
    assert ("164,101", "市税", 2023, 164101000) in got


def test_a_target_table_with_a_debt_per_column_in_per_cent_and_an_achievement_row_of_an_estimate() -> None:
    """郡上市 (dev67) p6: 「表5 第3期計画の数値目標」 年度 | 市税(%) | 国民健康保険税(%) … over R7目標 rows: collection-rate
    targets of each column's debt (named without its unit); the table above: 令和6年度 | 目標 / 実績見込 / 達成率 rows: the
    達成率 99.9 is of the estimate."""
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.debt_raw, f.fiscal_year, f.metric, f.basis) for f in
           convert(ROOT / "corpus/dev67/pdf/sc_gujo_plan_1.pdf", families=False).facts if f.page == 6}
    assert ("97.70", "市税", 2025, "collection_rate", "target") in got
    assert ("99.9", "市税", 2024, "achievement_rate", "estimate") in got


def test_a_difference_of_two_results_right_of_a_target_column_is_of_the_results() -> None:
    """加西市 (dev67) p3: 区分 | R3決算 … R6決算 | R7目標 | 差(R6-R5): the 差 2,269 is the difference of 令和6年度's results, an
    actual, not a target like the column left of it."""
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.fiscal_year, f.metric, f.basis) for f in
           convert(ROOT / "corpus/dev67/pdf/sd_kasai_committee_1.pdf", families=False).facts if f.page == 3}
    assert ("2,269", 2024, "difference", "actual") in got and ("0.08", 2024, "difference", "actual") in got


def test_a_difference_row_under_two_rows_of_monthly_rates() -> None:
    """南丹市 (dev67) p3: 市税現年課税分 | 区分 | 4月末 … 3月末 over R5年度 / R4年度 / 差 rows: the 差 0.23 is the difference of
    the April-end rates, in points."""
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.fiscal_year, f.metric, f.unit, f.as_of) for f in
           convert(ROOT / "corpus/dev67/pdf/sd_nantan_progress_1.pdf", families=False).facts if f.page == 3}
    assert ("0.23", 2023, "difference", "points", "2023-04-30") in got


def test_a_difference_is_dated_by_the_two_years_its_figure_works_out_to() -> None:
    """大船渡市 (dev66) p4: 決算 令和3年度 … 令和6年度 | 見込 令和7年度 | 前年度比: △44,668 is 令和6年度 − 令和5年度 (the
    figures work it out; 令和7年度 − 令和6年度 does not), so it is 令和6年度's actual. 宜野湾市 (dev51) p5: 差(見込-目標) 0.50
    of 令和6年度's two figures stays that year's."""
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.fiscal_year, f.basis) for f in
           convert(ROOT / "corpus/dev66/pdf/sa_ofunato_committee_1.pdf").facts if f.page == 4 and f.metric == "difference"}
    assert ("△44,668", 2024, "actual") in got
    kept = {(f.raw, f.fiscal_year) for f in convert(ROOT / "corpus/dev51/pdf/mc_ginowan_committee_1.pdf").facts
            if f.page == 5 and f.metric == "difference"}
    assert ("0.50", 2024) in kept


def test_a_unit_wrapped_across_two_header_rows() -> None:
    """泉大津市 (dev67) p3: header 「調定額(百万」 over 「円)」: the column is in 百万円 (16,215.4 is 16,215,400,000 yen)."""
    from saiken.extract.statables import _wrapped_heads
    assert _wrapped_heads(["調定額(百万", "円)"]) == ["調定額(百万円)", ""]
    assert _wrapped_heads(["収納率", "(%)"]) == ["収納率", "(%)"]
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.fiscal_year, f.metric, f.value) for f in
           convert(ROOT / "corpus/dev67/pdf/sd_izumiotsu_plan_1.pdf", families=False).facts if f.page == 3}
    assert ("16,215.4", 2019, "assessed", 16215400000) in got


def test_a_caption_naming_its_own_year_ends_is_not_governed_by_the_pages_month_end() -> None:
    """八潮市 (dev66) p5: 「別表２　収納率の状況（令和7年9月末現在）」 then 「別表３　滞納者数及び差押件数の推移 / 各年度末現在」
    over 令和5年度末 | 令和6年度末: the second table's figures are year-end results, not of 9月末."""
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.fiscal_year, f.metric, f.basis) for f in
           convert(ROOT / "corpus/dev66/pdf/sb_yashio_minutes_1.pdf", families=False).facts if f.page == 5}
    assert ("3,528", 2023, "delinquents", "actual") in got and ("57.12", 2025, "collection_rate", "interim") in got


def test_a_family_that_reads_a_year_label_as_a_debt_gives_way() -> None:
    """東松島市 (dev66) p2: rows 平成29(2017)年度 … 令和二年度 | 3 年度 | 4 年度 | 2023 年度: a family reading 「3 年度」 as a
    debt gives the table to the shared reader (7,298.4 is 令和3年度's 調定額)."""
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.fiscal_year, f.debt_raw) for f in
           convert(ROOT / "corpus/dev66/pdf/sa_higashimatsushima_plan_1.pdf").facts if f.page == 2}
    assert ("7,298.4", 2021, None) in got


def test_a_bar_chart_of_the_debts_side_by_side_with_two_periods() -> None:
    """宍粟市 (dev64) p3: 「主要債権の現年分収納率の比較（12月末）」, bars over 市税 | 保育料 | … with the legend 令和7年12月末 |
    令和6年12月末: each label is that debt's rate at that month end. 八千代市 (dev55) p3: a chart whose legend is
    今期(R6.2月末) | 前年同期: the debt is the bar's category, not the legend entry."""
    from saiken.extract.charts import chart_facts
    pages = load_pages(ROOT / "corpus/dev64/pdf/pv_shiso_progress_1.pdf", "never")
    got = {(f.raw, f.debt_raw, f.metric, f.segment, f.as_of) for f in chart_facts(pages, 2025)[0] if f.page == 3}
    assert ("84.35", "市税", "collection_rate", "current", "2025-12-31") in got
    assert ("83.93", "市税", "collection_rate", "current", "2024-12-31") in got
    from saiken.extract.pipeline import convert
    debts = {f.debt_raw for f in convert(ROOT / "corpus/dev55/pdf/pb_yachiyo_progress_1.pdf").facts
             if f.page == 3 and f.raw == "88.85"}
    assert debts and not any(d and "今期" in d for d in debts)


def test_a_page_stamped_with_a_month_end_in_its_corner_dates_the_tables_under_key_figure_panels() -> None:
    """相生市 (dev69) p2: 「令和7年12月末現在」 in the page's corner, three key-figure panels, then 「表1 債権別収納状況」
    with 今年度 | 前年度: the panels' lines are no caption of the table, so the stamp dates it (今年度 is 令和7年12月末,
    前年度 the month end a year before); the panel dated 令和6年度決算 is that year's result. p4, a table the family
    reads, is as of the stamp too."""
    from saiken.extract.pipeline import convert
    facts = convert(ROOT / "corpus/dev69/pdf/sh_aioi_progress_1.pdf").facts
    got = {(f.page, f.raw, f.fiscal_year, f.basis, f.as_of) for f in facts}
    assert (2, "76.11", 2025, "interim", "2025-12-31") in got and (2, "75.47", 2024, "interim", "2024-12-31") in got
    assert (2, "約4.3億円", 2024, "actual", None) in got
    assert (4, "3,984,215,400", 2025, "interim", "2025-12-31") in got


def test_a_month_end_stamp_in_the_running_footer_dates_the_whole_report() -> None:
    """尾張旭市 (dev69): 「令和7年12月末現在」 printed in the running footer of the first pages (removed from the page
    text as running): the report is as of that month end, so its 今期 | 前年同期 table is 令和7年12月末's."""
    from saiken.extract.docinfo import document_stamp
    from saiken.extract.pipeline import convert
    path = ROOT / "corpus/dev69/pdf/sg_owariasahi_progress_1.pdf"
    assert document_stamp(load_pages(path)) == "2025-12-31"
    got = {(f.raw, f.fiscal_year, f.basis, f.as_of) for f in convert(path).facts if f.page == 2}
    assert ("83.13", 2025, "interim", "2025-12-31") in got and ("82.69", 2024, "interim", "2024-12-31") in got


def test_the_debt_of_a_table_named_in_its_title_by_letter_or_by_area() -> None:
    """桐生市 (dev50) p2: 「表A　市税」 and 「表B　国民健康保険税」 over two tables side by side: each table that debt's.
    木津川市 (dev61) p2: 「3 地域別の市税(現年度分)収納状況(令和6年度)」 ruled in as the table's first row: its title, so
    each area's row is of 市税's current year."""
    from saiken.extract.pipeline import convert
    from saiken.extract.statables import caption_debt
    assert caption_debt("(単位：%) 表B 国民健康保険税") == "国民健康保険税"
    assert caption_debt("3 地域別の市税(現年度分)") == "市税"
    got = {(f.raw, f.debt_raw) for f in convert(ROOT / "corpus/dev50/pdf/mb_kiryu_committee_1.pdf").facts if f.page == 2}
    assert ("99.01", "市税") in got and ("94.20", "国民健康保険税") in got
    got = {(f.raw, f.debt_raw, f.area, f.segment) for f in
           convert(ROOT / "corpus/dev61/pdf/pm_kizugawa_committee_1.pdf").facts if f.page == 2}
    assert ("99.25", "市税", "木津地域", "current") in got


def test_a_table_without_rules_in_the_right_column_beside_prose_and_its_bracketed_caption() -> None:
    """笠間市 (dev59) p4, two columns: the left one prose (…被保険者に滞納が集中しており / 課題です。 / エ 下水道使用料),
    the right one 「【参考】市税収納率の推移（単位：％）」 over 区分 | H29 | R元 | R3 | R5 set without rules: the table is
    the right column's alone, of 市税, its unsigned rates under （単位：％） collection rates of settled years.
    板橋区 (frozen18) p2: 「うち現年分」 in a row label is no prose, so its table keeps its label column."""
    from saiken.extract.pipeline import convert
    g = load_pages(ROOT / "corpus/dev59/pdf/pi_kasama_plan_1.pdf")[3].grids[0]
    assert [c.strip() for c in g.rows()[0]] == ["区分", "H29", "R 元", "R3", "R5"]
    got = {(f.raw, f.debt_raw, f.segment, f.fiscal_year) for f in
           convert(ROOT / "corpus/dev59/pdf/pi_kasama_plan_1.pdf").facts if f.page == 4 and f.table is not None}
    assert ("98.62", "市税", "current", 2017) in got and ("96.43", "市税", "total", 2023) in got
    g = load_pages(ROOT / "corpus/frozen18/pdf/v_itabashi_plan_1.pdf")[1].grids[1]
    assert any("特別区民税" in c for r in g.rows() for c in r)


def test_a_caption_of_both_segments_together_and_a_note_on_one_metric_only() -> None:
    """角田市 (dev68): 「表2 主な債権の収納率の推移(現年度分・滞納繰越分の計、単位：%)」 is of the total, also for the family
    that reads the table; p6 「注)不納欠損額は全て滞納繰越分に係るもの。」 makes 不納欠損額 the arrears', not 収入未済額."""
    from saiken.extract.pipeline import convert
    facts = convert(ROOT / "corpus/dev68/pdf/se_kakuda_plan_1.pdf").facts
    got = {(f.page, f.raw, f.metric, f.segment) for f in facts}
    assert (3, "94.14", "collection_rate", "total") in got
    assert (6, "162,005", "outstanding", "total") in got and (6, "7,302", "written_off", "arrears") in got


@pytest.mark.parametrize("caption, debt", [
    ("2 月別収納状況(市税 現年課税分・累計収納率) (単位：%)", "市税"),  # 赤穂市 (dev70) p2
    ("地区別(介護保険料・後期高齢者医療保険料)", None),  # two debts together: no one debt
    ("表7 地区別収納状況（町税）", "町税"), ("（国民健康保険税　現年課税分）", "国民健康保険税"),
])
def test_the_debt_in_a_captions_brackets_before_its_segment_and_metric(caption: str, debt: str | None) -> None:
    from saiken.extract.statables import caption_debt
    assert caption_debt(caption) == debt


def test_bullets_of_rates_and_their_bracketed_heading_above_a_caption_are_not_the_tables() -> None:
    """留萌市 (dev68) p6: 「【収納率】令和7年9月末時点」 over 「現年分 48.21%(前年同月 47.90%)」 / 「滞繰分 15.40%…」, then
    「収納状況の推移(単位：千円、%)」 over R4 | R5 | R6 tables of 現年度分 and 滞納繰越分: the tables are settled years',
    not as of 9月末, and each is its own heading's segment."""
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.fiscal_year, f.segment, f.basis, f.as_of) for f in
           convert(ROOT / "corpus/dev68/pdf/se_rumoi_committee_1.pdf").facts if f.page == 6}
    assert ("424,916", 2022, "current", "actual", None) in got and ("17,289", 2022, "arrears", "actual", None) in got


def test_a_chart_whose_axis_mixes_era_less_years_and_an_estimates_bar() -> None:
    """遠野市 (dev68) p2: 「４ 収入未済額の推移（全債権）」, bars labelled 468.5 … 398.6 over 令和元年度 | 令和2年度 | 3年度 |
    4年度 | 5年度見込: each label is that year's outstanding amount, the last an estimate."""
    from saiken.extract.charts import chart_facts
    pages = load_pages(ROOT / "corpus/dev68/pdf/se_tono_progress_1.pdf", "never")
    got = {(f.raw, f.fiscal_year, f.basis) for f in chart_facts(pages, 2023)[0] if f.page == 2}
    assert ("437.9", 2021, "actual") in got and ("398.6", 2023, "estimate") in got


def test_no_result_of_a_year_after_the_documents_own() -> None:
    """御所市 (dev69) p5, a plan dated 令和7年3月: 「数値目標　現年分収納率　令和７年度 94.30％　令和８年度 94.50％　令和９年度
    94.70％」: the later years' figures are targets too, not results no one could have printed yet."""
    from saiken.extract.pipeline import convert
    got = {(f.raw, f.fiscal_year, f.basis) for f in
           convert(ROOT / "corpus/dev69/pdf/sh_gose_plan_1.pdf").facts if f.page == 5}
    assert ("94.50%", 2026, "target") in got and ("94.70%", 2027, "target") in got
    assert not any(basis == "actual" and year > 2024 for _, year, basis in got)
