"""Unit tests of the account-table plan parser's helpers, with strings printed in the 世田谷区 plan."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from saiken.extract.families.kaikei import _date, _municipality, _title
from saiken.extract.families.kaikei_labels import is_blank, is_total, metric_of, segment_of
from saiken.extract.statkeys import basis_of
from saiken.extract.families.kaikei_prose import initiatives
from saiken.extract.families.kaikei_sheets import sheet_initiatives
from saiken.extract.families.kaikei_tables import Caption, RowLabel, Spec, TableReader, header_height, \
    is_number_cell, row_label, value_column
from saiken.extract.layout import Cell, Grid, Line, Page
from saiken.extract.statables import read_tables
from saiken.normalize.text import fold
from saiken.normalize.wareki import find_years


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


@pytest.mark.parametrize(("text", "metric"), [
    ("収入未済額", "outstanding"), ("区の保有する全債権（会計区分ごと）にかかる収入未済額", "outstanding"),
    ("収入率(%)", "collection_rate"), ("目標収納率", "collection_rate"), ("調定額", "assessed"),
    ("収入額", "collected"), ("収入済額", "collected"), ("不納欠損額", "written_off"), ("会計名称", None)])
def test_metric_of(text: str, metric: str | None) -> None:
    assert metric_of(text) == metric


@pytest.mark.parametrize(("text", "segment"), [
    ("現年分", "current"), ("滞繰分", "arrears"), ("滞納繰越分", "arrears"), ("過年度分", "arrears"), ("計", None)])
def test_segment_of(text: str, segment: str | None) -> None:
    assert segment_of(text) == segment


def test_basis_total_blank() -> None:
    assert basis_of("目標収納率") == "target" and basis_of("決算見込") == "estimate" and basis_of("実績") == "actual"
    assert is_total("合  計") and is_total("合計") and not is_total("一般会計")
    assert is_blank("－") and is_blank(" ") and not is_blank("0")


@pytest.mark.parametrize(("text", "number"), [
    ("5,346,229", True), ("△258,110", True), ("98.65", True), ("令和元年度(2019 年度)", False), ("合 計", False)])
def test_is_number_cell(text: str, number: bool) -> None:
    assert is_number_cell(text) is number


def test_header_height() -> None:
    rows = [["会計名称", "令和元年度(2019年度)", "令和2年度(2020年度)"], ["一般会計", "5,346,229", "5,129,583"]]
    assert header_height(rows) == 1
    assert header_height([["一般会計", "5,346,229"]]) == 0


def test_value_column_year_from_header_metric_from_caption() -> None:
    cap = Caption(text="区の保有する全債権(会計区分ごと)にかかる収入未済額 (単位:千円)", year=None,
                  metric="outstanding", unit="千円")
    col = value_column(1, "令和元年度(2019 年度)", cap)
    assert col is not None and (col.year, col.metric, col.unit_hint, col.basis) == (2019, "outstanding", "千円", "actual")
    assert value_column(0, "会計名称", cap) is None
    assert value_column(3, "増減", cap) is None


def test_value_column_year_from_caption() -> None:
    year = find_years("令和2年度(2020年度) 区の保有する全債権にかかる収入未済額内訳")[0]
    col = value_column(4, "収入未済額", Caption(text="", year=year, metric=None, unit="円"))
    assert col is not None and (col.year, col.metric, col.segment) == (2020, "outstanding", None)


def test_row_label_merged_debt_and_segment_cells() -> None:
    g = grid([["会計", "債権の名称", "区分", "収入未済額"],
              [("一般会計", 2, 1), ("市民税（個人）", 2, 1), "現年分", "249,196"],
              [None, None, "計", "628,688"],
              [("合計", 1, 2), None, "計", "3,207,005"],
              [("合  計", 1, 3), None, None, "10,659,597,824"]])
    spec = Spec(header_rows=1, ncols=4, label_cols=[0, 1, 2])
    filled = g.filled_rows(raw=True)
    assert row_label(g, 1, filled[1], spec) == RowLabel("市民税（個人）", "current", None)
    assert row_label(g, 2, filled[2], spec) == RowLabel("市民税（個人）", "total", None)
    assert row_label(g, 3, filled[3], spec) == RowLabel("合計", "total", None)
    assert row_label(g, 4, filled[4], spec) == RowLabel("合計", None, None)


def test_table_reader_reads_kaikei_table_and_warns_on_bad_cell() -> None:
    g = grid([["会計名称", "令和元年度(2019年度)", "令和２年度(2020年度)"],
              ["一般会計", "5,346,229", "5,129,583"],
              ["学校給食費会計", "34,386", "不明"],
              ["合計", "11,639,343", "－"]])
    p = Page(number=1, width=595, height=842, grids=[g], text="",
             lines=[line("区の保有する全債権（会計区分ごと）にかかる収入未済額", 262), line("（単位：千円）", 280)])
    reader = TableReader()
    reader.read([g], [p])
    got = {(f.debt_raw, f.fiscal_year, f.value) for f in reader.facts}
    assert got == {("一般会計", 2019, 5_346_229_000), ("一般会計", 2020, 5_129_583_000),
                   ("学校給食費会計", 2019, 34_386_000), ("合計", 2019, 11_639_343_000)}
    assert all(f.metric == "outstanding" and f.segment == "total" and f.basis == "actual" for f in reader.facts)
    assert [w.code for w in reader.warnings] == ["unparsed_cell"]
    assert "不明" in reader.warnings[0].message






def test_initiatives_items_subsections_and_reference_boxes() -> None:
    pages = [page(["３ プランの目的と考え方", "① 現年分徴収の徹底", "４ 今後の取組み", "（１）適正な債権管理の推進",
                   "① 債権を担当する全所管課に対し、基本的な事項などに", "ついて周知徹底する。",
                   "② 【新規】債権管理研修等で得た知識を活用する。", "〔参考〕世田谷区債権管理連絡会について",
                   "全庁的な取組みによって設置されている。"]),
             page(["（４）私法上の債権における履行確保の強化", "再三の催告にも関わらず納付がない場合は、委任する。",
                   "５ 債権ごとの取組み", "（１）対象の債権", "区が保有する債権は多岐にわたる。"], number=2)]
    got = [(i.label, i.section, i.status, i.text, i.page) for i in initiatives(pages)]
    assert got == [("(1)①", "適正な債権管理の推進", None, "債権を担当する全所管課に対し、基本的な事項などについて周知徹底する。", 1),
                   ("(1)②", "適正な債権管理の推進", "新規", "債権管理研修等で得た知識を活用する。", 1),
                   ("(4)", "私法上の債権における履行確保の強化", None, "再三の催告にも関わらず納付がない場合は、委任する。", 2)]


def test_cover_title_municipality_date(read_facts: Callable[[list[Page]], set[tuple[object, ...]]]) -> None:
    lines = [line("世田谷区債権管理重点プラン", 200, 24), line("（令和４～５年度）", 240, 18),
             line("令和４年３月", 600, 14), line("世田谷区", 620, 16)]
    title = _title(lines)
    assert title == "世田谷区債権管理重点プラン（令和４～５年度）"
    assert _municipality(lines, title) == "世田谷区"
    assert _municipality(lines[:3], "みどり市債権管理適正化プラン") == "みどり市"
    assert _date(lines) == ("2022-03-01", "令和４年３月")


def _family_facts(pages: list[Page]) -> set[tuple[object, ...]]:
    reader = TableReader()
    reader.read([g for p in pages for g in p.grids], pages)
    assert not reader.warnings
    return {(f.debt_raw, f.fiscal_year, f.segment, f.metric, f.basis, f.value) for f in reader.facts}


def _shared_facts(pages: list[Page]) -> set[tuple[object, ...]]:
    facts, warnings = read_tables(pages, [g for p in pages for g in p.grids])
    assert not warnings
    return {(f.debt_raw, f.fiscal_year, f.segment, f.metric, f.basis, f.value) for f in facts
            if f.metric in ("assessed", "collected", "collection_rate", "written_off", "outstanding", "delinquents")}


@pytest.fixture(params=["family", "shared"])
def read_facts(request: pytest.FixtureRequest) -> Callable[[list[Page]], set[tuple[object, ...]]]:
    """(debt_raw, year, segment, metric, basis, value) of every table fact on the pages, as the family's own table
    reader reads them and as the shared layer (saiken.extract.statables) does: both must read these tables."""
    return _family_facts if request.param == "family" else _shared_facts


def test_debt_class_column_is_no_name_and_difference_column_is_not_read(read_facts: Callable[[list[Page]], set[tuple[object, ...]]]) -> None:
    g = grid([["会計", "債権名", "債権の種類", "令和4年度", "令和5年度", "前年度比"],
              ["一般会計", "市営住宅使用料", "私債権", "40,887", "38,204", "△2,683"]])
    p = Page(number=1, width=595, height=842, grids=[g], text="",
             lines=[line("債権別 収入未済額の推移", 262), line("(単位:千円)", 280)])
    assert read_facts([p]) == {("市営住宅使用料", 2022, "total", "outstanding", "actual", 40_887_000),
                               ("市営住宅使用料", 2023, "total", "outstanding", "actual", 38_204_000)}


def test_segment_columns_take_the_caption_metric(read_facts: Callable[[list[Page]], set[tuple[object, ...]]]) -> None:
    g = grid([["会計名称", "債権名", "現年度分", "滞納繰越分", "計"],
              ["一般会計", "特別区民税", "1,021,445,310", "1,702,118,407", "2,723,563,717"]])
    p = Page(number=1, width=595, height=842, grids=[g], text="",
             lines=[line("令和４年度（２０２２年度） 区の保有する全債権にかかる収入未済額内訳", 262), line("（単位：円）", 280)])
    assert read_facts([p]) == {("特別区民税", 2022, seg, "outstanding", "actual", v) for seg, v in
                               (("current", 1_021_445_310), ("arrears", 1_702_118_407), ("total", 2_723_563_717))}


def test_metric_rows_take_the_debt_from_the_heading_above(read_facts: Callable[[list[Page]], set[tuple[object, ...]]]) -> None:
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


def test_result_column_under_a_target_caption(read_facts: Callable[[list[Page]], set[tuple[object, ...]]]) -> None:
    g = grid([["債権名", "区分", "令和5年度実績", "令和7年度"],
              [("市税", 2, 1), "現年度分", "99.31", "99.40"],
              [None, "合計", "97.85", "98.00"]])
    p = Page(number=1, width=595, height=842, grids=[g], text="",
             lines=[line("目標収納率", 262), line("(単位:%)", 280)])
    assert read_facts([p]) == {("市税", 2023, "current", "collection_rate", "actual", 99.31),
                               ("市税", 2025, "current", "collection_rate", "target", 99.4),
                               ("市税", 2023, "total", "collection_rate", "actual", 97.85),
                               ("市税", 2025, "total", "collection_rate", "target", 98.0)}


def test_initiatives_katakana_items_bracket_tags_and_section_wording() -> None:
    pages = [page(["2. 数値目標", "3. 重点的に取り組む事項", "(1)市税", "ア 〔継続〕納期限後20日以内に督促状を",
                   " 送付する。", "イ ［新規］スマートフォン決済を導入する。"]),
             page(["(2)私債権の管理", "支払督促の申立てを計画的に行う。(拡充)", "4. 計画の進行管理", "毎年度確認する。"],
                  number=2)]
    got = [(i.label, i.status, i.text, i.page) for i in initiatives(pages)]
    assert got == [("(1)ア", "継続", "納期限後20日以内に督促状を送付する。", 1),
                   ("(1)イ", "新規", "スマートフォン決済を導入する。", 1),
                   ("(2)", "拡充", "支払督促の申立てを計画的に行う。", 2)]




# ---- misses found by the blind edition (corpus/blind: 令和６～７年度, Word, spaced labels, 個票 with targets) ----
def test_spaced_header_merged_metric_cells_and_row_units(read_facts: Callable[[list[Page]], set[tuple[object, ...]]]) -> None:
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


def test_row_label_reads_a_cell_merged_over_naming_columns_once() -> None:
    g = grid([["区分", "項目", "令和4年度"], [("滞納世帯数", 1, 2), None, "385"]])
    spec = Spec(header_rows=1, ncols=3, label_cols=[0, 1])
    assert row_label(g, 1, g.filled_rows(raw=True)[1], spec) == RowLabel(None, None, "delinquents", "世帯")




def test_sheet_initiatives_per_debt_part() -> None:
    pages = [page(["５ 債権ごとの取組み", "（１）対象の債権", "① 収入未済額が１億円以上の債権とする。",
                   "（１）特別区民税", "■滞納整理に関する取組みの検証", "① 差押えを強化した。",
                   "■目標実現に向けた取組み", "① 【継続】電話催告センターを活用し、納付を促", "す。",
                   "② 財産調査を迅速化する。【拡充】"]),
             page(["（２）区営住宅使用料", "【具体的な取組】", "ア 〔新規〕連帯保証人へ請求する。", "■目標",
                   "① 目標の説明ではない。", "６ 計画の進行管理", "■取組の確認", "① 毎年度確認する。"], number=2)]
    got = [(i.debt_raw, i.section, i.label, i.status, i.text, i.page) for i in sheet_initiatives(pages)]
    assert got == [("特別区民税", "目標実現に向けた取組み", "①", "継続", "電話催告センターを活用し、納付を促す。", 1),
                   ("特別区民税", "目標実現に向けた取組み", "②", "拡充", "財産調査を迅速化する。", 1),
                   ("区営住宅使用料", "具体的な取組", "ア", "新規", "連帯保証人へ請求する。", 2)]


def test_spaced_municipality_on_the_cover() -> None:
    lines = [line("世田谷区債権管理重点プラン", 200, 24), line("令和６年３月", 600, 14), line("世　田　谷　区", 620, 14)]
    assert _municipality(lines, _title(lines)) == "世田谷区"


def test_plan_years_keep_heisei_years_printed_before_the_era_change() -> None:
    from saiken.extract.families.kaikei_labels import plan_years

    got = [(y.raw, y.fiscal_year) for y in plan_years("平成３２年度（２０２０年度）平成33年度 平成31年13月 昭和65年")]
    assert got == [("平成32年度", 2020), ("2020年度", 2020), ("平成33年度", 2021)]




def test_target_table_columns_with_heisei_years_past_the_era() -> None:
    cap = Caption(text="④ 目標", year=None, metric=None, unit=None)
    col = value_column(3, "目標 平成32年度", cap)
    assert col is not None and (col.year, col.basis) == (2020, "target")


def test_sheet_initiatives_numbered_block_titles_and_bullets() -> None:
    pages = [page(["５ 債権ごとの取組み", "（１）特別区民税", "① 収納の現況（推移）", "③ 滞納整理に関する取組みの検証",
                   "・差押えを強化した。", "⑥ 目標実現に向けた取組み", "・【継続】電話催告センターを活用し、納付を",
                   "促す。", "・財産調査を迅速化する。"]),
             page(["（２）保育園保育料", "■目標実現に向けた取組み", "① 【拡充】口座振替を勧奨する。",
                   "② 目標の達成に向けた取組み", "③ 【継続】退園時に誓約書を求める。"], number=2)]
    got = [(i.debt_raw, i.section, i.label, i.status, i.text) for i in sheet_initiatives(pages)]
    assert got == [("特別区民税", "目標実現に向けた取組み", None, "継続", "電話催告センターを活用し、納付を促す。"),
                   ("特別区民税", "目標実現に向けた取組み", None, None, "財産調査を迅速化する。"),
                   ("保育園保育料", "目標実現に向けた取組み", "①", "拡充", "口座振替を勧奨する。"),
                   ("保育園保育料", "目標実現に向けた取組み", "②", None, "目標の達成に向けた取組み"),
                   ("保育園保育料", "目標実現に向けた取組み", "③", "継続", "退園時に誓約書を求める。")]


def test_initiatives_numbered_sentences_are_items() -> None:
    pages = [page(["４ 今後の取組み", "（１）【継続】債権管理台帳を整備し、全所管課へ", "周知徹底する。",
                   "（２）【新規】債権管理条例の制定に向け、手続を整理する。", "５ 債権ごとの取組み"])]
    got = [(i.label, i.status, i.text) for i in initiatives(pages)]
    assert got == [("(1)", "継続", "債権管理台帳を整備し、全所管課へ周知徹底する。"),
                   ("(2)", "新規", "債権管理条例の制定に向け、手続を整理する。")]


def test_cover_date_beside_the_municipality() -> None:
    lines = [line("世田谷区債権管理重点プラン", 200, 24), line("平成３０年３月　世田谷区", 600, 14)]
    assert _date(lines) == ("2018-03-01", "平成３０年３月")
    assert _date([line("世田谷区　令和６年３月", 600, 14)]) == ("2024-03-01", "令和６年３月")
    assert _date([line("平成３０年３月　債権管理課長決定", 600, 14)]) == (None, None)


def test_initiatives_bullets_under_a_subsection_and_tagged_lines_are_no_headings() -> None:
    pages = [page(["４ 今後の取組み", "（１）滞納の未然防止", "口座振替を勧める。", "・【継続】口座振替の勧奨", "・【新規】Web口座振替受付",
                   "〔参考〕口座振替について", "・金融機関の一覧", "５ 債権ごとの取組み", "（１）特別区民税",
                   "⑥ 目標実現に向けた取組み", "（１）【継続】電話催告", "・【拡充】財産調査"])]
    got = [(i.label, i.section, i.status, i.text) for i in initiatives(pages)]
    assert got == [("(1)", "滞納の未然防止", "継続", "口座振替の勧奨"), ("(1)", "滞納の未然防止", "新規", "Web口座振替受付")]
    got = [(i.debt_raw, i.label, i.status, i.text) for i in sheet_initiatives(pages)]
    assert got == [("特別区民税", "(1)", "継続", "電話催告"), ("特別区民税", None, "拡充", "財産調査")]




def test_year_column_without_metric_takes_its_siblings_metric() -> None:
    """令和元年度実績 beside 令和２年度目標収納率 columns reads as a collection rate; mixed metrics drop it."""
    from saiken.extract.families.kaikei_tables import Column, _sibling_metric
    bare = Column(index=2, header="令和元年度実績", year=2019, year_raw="令和元年度", metric=None, own_metric=False,
                  segment=None, basis="actual", unit_hint=None)
    rate = Column(index=3, header="令和2年度目標収納率", year=2020, year_raw="令和2年度", metric="collection_rate",
                  own_metric=True, segment=None, basis="target", unit_hint=None)
    assert [c.metric for c in _sibling_metric([bare, rate])] == ["collection_rate", "collection_rate"]
    assert len(_sibling_metric([bare, rate, Column(**{**rate.__dict__, "metric": "outstanding"})])) == 2
