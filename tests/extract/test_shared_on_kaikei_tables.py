"""The shared layer (saiken.extract.statables) on the account-table plans' tables: the cases the 世田谷区-type family's
own table reader was written for, read by the shared reader (tables of other cities in this layout are read by it)."""
from __future__ import annotations


from saiken.extract.layout import Cell, Grid, Line, Page
from saiken.extract.statables import read_tables
from saiken.normalize.text import fold

def line(text: str, y: float, size: float = 10.5) -> Line:
    """A folded line at height y (raw keeps the printed text)."""
    return Line(text=fold(text), raw=text, bbox=(60, y, 500, y + 10), size=size)


def page(texts: list[str], number: int = 1, grids: list[Grid] | None = None) -> Page:
    """A page holding the lines one below the other."""
    lines = [line(t, 100 + 14 * k) for k, t in enumerate(texts)]
    return Page(number=number, width=595, height=842, lines=lines, grids=grids or [], text="\n".join(texts))


def grid(rows: list[list[tuple[str, int, int] | str | None]], top: float = 300) -> Grid:
    """A grid from rows of cells: 'text', (text, rowspan, colspan), or None for a covered slot."""
    cells = []
    for r, row in enumerate(rows):
        for c, spec in enumerate(row):
            if spec is None:
                continue
            text, rs, cs = (spec, 1, 1) if isinstance(spec, str) else spec
            cells.append(Cell(row=r, col=c, text=fold(text), raw=text, rowspan=rs, colspan=cs, page=1,
                              bbox=(60 + 80 * c, top + 20 * r, 60 + 80 * (c + cs), top + 20 * (r + rs))))
    return Grid(page=1, bbox=(60, top, 60 + 80 * len(rows[0]), top + 20 * len(rows)), nrows=len(rows),
                ncols=len(rows[0]), cells=cells, pages=[1])


def test_account_table_read_and_a_bad_cell_warned() -> None:
    g = grid([["会計名称", "令和元年度(2019年度)", "令和２年度(2020年度)"],
              ["一般会計", "5,346,229", "5,129,583"],
              ["学校給食費会計", "34,386", "不明"],
              ["合計", "11,639,343", "－"]])
    p = Page(number=1, width=595, height=842, grids=[g], text="",
             lines=[line("区の保有する全債権（会計区分ごと）にかかる収入未済額", 262), line("（単位：千円）", 280)])
    facts, warnings = read_tables([p], [g])
    got = {(f.debt_raw, f.fiscal_year, f.value) for f in facts}
    assert got == {("一般会計", 2019, 5_346_229_000), ("一般会計", 2020, 5_129_583_000),
                   ("学校給食費会計", 2019, 34_386_000), ("合計", 2019, 11_639_343_000)}
    assert all(f.metric == "outstanding" and f.segment == "total" and f.basis == "actual" for f in facts)
    assert [w.code for w in warnings] == ["unparsed_cell"]
    assert "不明" in warnings[0].message


def read_facts(pages: list[Page]) -> set[tuple[object, ...]]:
    """(debt_raw, year, segment, metric, basis, value) of every table fact on the pages, as the shared layer reads
    them (the family reads no figures of its own)."""
    facts, warnings = read_tables(pages, [g for p in pages for g in p.grids])
    assert not warnings
    return {(f.debt_raw, f.fiscal_year, f.segment, f.metric, f.basis, f.value) for f in facts
            if f.metric in ("assessed", "collected", "collection_rate", "written_off", "outstanding", "delinquents")}


def test_debt_class_column_is_no_name_and_difference_column_is_not_read() -> None:
    g = grid([["会計", "債権名", "債権の種類", "令和4年度", "令和5年度", "前年度比"],
              ["一般会計", "市営住宅使用料", "私債権", "40,887", "38,204", "△2,683"]])
    p = Page(number=1, width=595, height=842, grids=[g], text="",
             lines=[line("債権別 収入未済額の推移", 262), line("(単位:千円)", 280)])
    assert read_facts([p]) == {("市営住宅使用料", 2022, "total", "outstanding", "actual", 40_887_000),
                               ("市営住宅使用料", 2023, "total", "outstanding", "actual", 38_204_000)}


def test_segment_columns_take_the_caption_metric() -> None:
    g = grid([["会計名称", "債権名", "現年度分", "滞納繰越分", "計"],
              ["一般会計", "特別区民税", "1,021,445,310", "1,702,118,407", "2,723,563,717"]])
    p = Page(number=1, width=595, height=842, grids=[g], text="",
             lines=[line("令和４年度（２０２２年度） 区の保有する全債権にかかる収入未済額内訳", 262), line("（単位：円）", 280)])
    assert read_facts([p]) == {("特別区民税", 2022, seg, "outstanding", "actual", v) for seg, v in
                               (("current", 1_021_445_310), ("arrears", 1_702_118_407), ("total", 2_723_563_717))}


def test_metric_rows_take_the_debt_from_the_heading_above() -> None:
    g = grid([["区分", "項目", "令和3年度", "令和4年度"],
              [("現年分", 2, 1), "調定額", "82,004,511", "83,560,220"],
              [None, "収納率（％）", "98.78", "98.78"],
              [("計", 1, 1), "収入未済額", "2,253,185", "2,210,982"]])
    target = grid([["区分", "令和６年度目標", "令和７年度目標"], ["滞繰分収納率（％）", "36.00", "37.00"]], top=500)
    p = Page(number=2, width=595, height=842, grids=[g, target], text="",
             lines=[line("（１）特別区民税", 230), line("① 収納の現況（推移）", 250), line("（単位：千円）", 280),
                    line("② 目標", 480)])
    g.page = target.page = 2
    first = page(["５ 債権ごとの取組み"], number=1)
    assert read_facts([first, p]) == {
        ("特別区民税", 2021, "current", "assessed", "actual", 82_004_511_000),
        ("特別区民税", 2022, "current", "assessed", "actual", 83_560_220_000),
        ("特別区民税", 2021, "current", "collection_rate", "actual", 98.78),
        ("特別区民税", 2022, "current", "collection_rate", "actual", 98.78),
        ("特別区民税", 2021, "total", "outstanding", "actual", 2_253_185_000),
        ("特別区民税", 2022, "total", "outstanding", "actual", 2_210_982_000),
        ("特別区民税", 2024, "arrears", "collection_rate", "target", 36.0),
        ("特別区民税", 2025, "arrears", "collection_rate", "target", 37.0)}


def test_result_column_under_a_target_caption() -> None:
    g = grid([["債権名", "区分", "令和5年度実績", "令和7年度"],
              [("市税", 2, 1), "現年度分", "99.31", "99.40"],
              [None, "合計", "97.85", "98.00"]])
    p = Page(number=1, width=595, height=842, grids=[g], text="",
             lines=[line("目標収納率", 262), line("(単位:%)", 280)])
    assert read_facts([p]) == {("市税", 2023, "current", "collection_rate", "actual", 99.31),
                               ("市税", 2025, "current", "collection_rate", "target", 99.4),
                               ("市税", 2023, "total", "collection_rate", "actual", 97.85),
                               ("市税", 2025, "total", "collection_rate", "target", 98.0)}


def test_spaced_header_merged_metric_cells_and_row_units() -> None:
    """'区 分' merged over two naming columns; 滞納者数(人) under (単位：千円) counts persons; 収入額(千円) rows
    of a table with no unit note are in 千円; neither label becomes a debt name."""
    hist = grid([[("区 分", 1, 2), None, "令和4年度(決算)"],
                 [("合 計", 2, 1), "調定額", "138,083,325"],
                 [None, "収納率", "97.77%"],
                 [("滞納者数(人)", 1, 2), None, "20,877"]])
    target = grid([[("区 分", 1, 2), None, "令和6年度目標"],
                   [("収納率", 2, 1), "現年分", "99.20%"],
                   [None, "合計", "97.95%"],
                   [("収入額(千円)", 1, 2), None, "135,912,000"]], top=500)
    p = Page(number=2, width=595, height=842, grids=[hist, target], text="",
             lines=[line("(1)特別区民税", 230), line("■収納の現況(推移)", 260), line("(単位：千円)", 280),
                    line("財産調査を進め、滞納繰越分の滞納処分を着実に執行した。", 470), line("■目標", 485)])
    hist.page = target.page = 2
    first = page(["5 債権ごとの取組み"], number=1)
    assert read_facts([first, p]) == {
        ("特別区民税", 2022, "total", "assessed", "actual", 138_083_325_000),
        ("特別区民税", 2022, "total", "collection_rate", "actual", 97.77),
        ("特別区民税", 2022, "total", "delinquents", "actual", 20_877),
        ("特別区民税", 2024, "current", "collection_rate", "target", 99.2),
        ("特別区民税", 2024, "total", "collection_rate", "target", 97.95),
        ("特別区民税", 2024, "total", "collected", "target", 135_912_000_000)}


