"""Unit tests of the 取組個票/取組方針 parser helpers, with strings from the 静岡市 seed."""
from __future__ import annotations

from pathlib import Path

import pytest

from saiken.extract.families.kobetsu import PARSER
from saiken.extract.families.kobetsu_items import outline_of, tagged_items
from saiken.extract.families.kobetsu_rates import (box_figures, is_dash, point_figures, rank_of, rate_hits, rate_metric,
                                            segment_of)
from saiken.extract.layout import Cell, Grid, Page
from saiken.extract.records import Document, Source

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("line", "level", "label"), [
    ("(2)現年度滞納整理の強化", 1, "(2)"),
    ("（３）納期前納付の促進", 1, "(3)"),
    ("①納税課・清水市税事務所", 2, "①"),
    ("ア)電話による直接催告強化期間(15日)を設定し", 3, "ア"),
    ("・新規滞納の発生防止のため", 4, ""),
])
def test_outline_labels(line: str, level: int, label: str) -> None:
    o = outline_of(line)
    assert o is not None and (o.level, o.label) == (level, label)


@pytest.mark.parametrize("line", ["年6回(5月、7月、9月、11月、1月、3月)の一斉催告毎に", "(9月移管)の早期着手", "実施する。"])
def test_no_label_in_plain_lines(line: str) -> None:
    assert outline_of(line) is None


def test_items_take_the_label_path() -> None:
    lines = ["(2)現年度滞納整理の強化", "①納税課・清水市税事務所", "年6回の一斉催告毎に以下の取組みを組織的に", "実施する。",
             "ア)電話による直接催告強化期間(15日)を設定し、早期に納付を促す【継続】",
             "イ)携帯電話の登録がある滞納者に対して、SMSによる催告を実施し、早期に納付", "を促す【継続】",
             "②滞納対策課", "ア)滞納繰越1年目事案の9月移管【継続】", "イ)高額事案(本税30万円以上)の随時移管【拡充】"]
    items = tagged_items(lines)
    assert [(i.label, i.status) for i in items] == [("(2)①ア", "継続"), ("(2)①イ", "継続"), ("(2)②ア", "継続"),
                                                    ("(2)②イ", "拡充")]
    assert items[1].text == "携帯電話の登録がある滞納者に対して、SMSによる催告を実施し、早期に納付を促す"


def test_tag_broken_over_two_lines() -> None:
    lines = ["①入院患者に対し、出産育児一時金直接制度の活用について勧奨する。【", "継続】",
             "②「診療費のお知らせ」(催告書)の発送を実施する。【継続】"]
    assert [(i.label, i.status) for i in tagged_items(lines)] == [("①", "継続"), ("②", "継続")]


def test_untagged_sub_list_belongs_to_the_tagged_parent() -> None:
    lines = ["(4)SMS催告による初期滞納者の早期解消", "SMSによる催告を引き続き実施する。", "【継続】",
             "(5)令和8年6月使用分からの水道料金・下水道使用料の増額改定の周知", "①市のホームページ及び広報誌への掲載",
             "②検針時に新料金の案内チラシ配布", "今後も、更なる納期内納付を促進する。【新規】"]
    items = tagged_items(lines)
    assert [(i.label, i.status) for i in items] == [("(4)", "継続"), ("(5)", "新規")]
    assert items[1].text.startswith("令和8年6月使用分から") and "②検針時" in items[1].text


def test_bullets_inherit_the_path_and_intro_is_not_an_item() -> None:
    lines = ["各区子育て支援課と連携し、以下のとおり実施する。", "(1)現年度分については文書催告を実施する。【継続】",
             "(4)外国人滞納者に対する取組", "①日本語学校と連携し、滞納解消を図る。",
             "・日本語学校から委任状を提出してもらう。【拡充】", "・口座振替登録を働きかけてもらう。【拡充】"]
    items = tagged_items(lines)
    assert [(i.label, i.text[:6]) for i in items] == [("(1)", "現年度分につ"), ("(4)①", "日本語学校か"),
                                                      ("(4)①", "口座振替登録")]


def test_rate_hits_with_targets_and_rank() -> None:
    hits = rate_hits("現年度分収納率 94.58%(95.44%)滞納繰越分収納率 21.54%(24.48%)合計収納率 88.05%(89.24%)")
    assert [(h.label, h.value, h.paren) for h in hits] == [
        ("現年度分収納率", "94.58%", "95.44%"), ("滞納繰越分収納率", "21.54%", "24.48%"), ("合計収納率", "88.05%", "89.24%")]
    last = rate_hits("現年度分収納率 99.65%滞納繰越分収納率 46.87%合計収納率 99.34%【令和6年度:3位】")[-1]
    assert last.note == "令和6年度:3位" and rank_of(last.note) == (2024, 3)
    assert rank_of("令和6年度:-") is None


def test_dash_in_parentheses_is_no_target() -> None:
    h = rate_hits("現年度分収納率 99.22%(-)")[0]
    assert h.paren == "-" and is_dash(h.paren)


@pytest.mark.parametrize(("label", "segment", "metric"), [
    ("現年度分収納率", "current", "collection_rate"), ("滞繰分収入率", "arrears", "collection_rate"),
    ("合計収納率", "total", "collection_rate"), ("全体収入率", "total", "collection_rate"),
    ("保護費からの充当及び分納誓約による分納の実施割合", None, "rate"),
])
def test_segment_and_metric(label: str, segment: str | None, metric: str) -> None:
    assert segment_of(label) == segment
    assert rate_metric(label) == metric


def test_bare_total_label_inherits_the_metric() -> None:
    assert rate_metric("合計", "collection_rate") == "collection_rate"
    assert rate_metric("合計") == "rate"


def test_point_figures_of_the_kouki_sheet() -> None:
    lines = ["令和7年度現年度分収納率", "令和8年2月末時点", "・収納額 8,707,613,800円", "(8,034,959,410円)",
             "・収納率 81.00%", "(79.41%)", "滞納繰越分収納率", "令和8年2月末時点", "・収入未済額 69,888,950円",
             "(52,370,350円)"]
    figs, bad = point_figures(lines)
    assert bad == []
    assert [(f.segment, f.metric, f.fiscal_year, f.as_of, f.value) for f in figs] == [
        ("current", "collected", 2025, "2026-02-28", 8707613800), ("current", "collected", 2024, "2025-02-28", 8034959410),
        ("current", "collection_rate", 2025, "2026-02-28", 81.0), ("current", "collection_rate", 2024, "2025-02-28", 79.41),
        ("arrears", "outstanding", 2025, "2026-02-28", 69888950), ("arrears", "outstanding", 2024, "2025-02-28", 52370350)]


def test_period_rates_and_counts_are_not_point_figures() -> None:
    lines = ["・催告による納付約束 253件(218件)", "・期間中収納率※", "滞納繰越分 7.60%(7.32%)"]
    assert point_figures(lines) == ([], [])


def test_box_figures_in_oku_yen() -> None:
    figs, _ = box_figures("収入未済額", ["令和6年度:約 40.2 億円", "①前年度比約 2.5 億円減"])
    assert [(f.metric, f.fiscal_year, f.value, f.approx) for f in figs] == [
        ("outstanding", 2024, 4_020_000_000, True), ("difference", 2024, -250_000_000, True)]


def _cell(row: int, col: int, text: str, colspan: int = 1) -> Cell:
    return Cell(row=row, col=col, text=text, raw=text, bbox=(0, 0, 1, 1), colspan=colspan, lines=text.split("\n"),
                page=3)


def _policy_page(estimate: str) -> Page:
    cells = [_cell(0, 0, "債権名"), _cell(0, 1, "市税"), _cell(0, 2, "介護保険料"),
             _cell(1, 0, "※令和7年度実績推計()内は数値目標"), _cell(1, 1, estimate), _cell(1, 2, "合計収納率 99.16%(99.19%)"),
             _cell(2, 0, "令和8年度数値目標"), _cell(2, 1, "合計収納率 99.34%"), _cell(2, 2, "合計収納率 99.20%"),
             _cell(3, 0, "数値目標の達成に向けた取組"), _cell(3, 1, "(1)口座振替を勧奨する。【継続】", colspan=2)]
    grid = Grid(page=3, bbox=(0, 0, 1, 1), nrows=4, ncols=3, cells=cells, pages=[3])
    return Page(number=3, width=842, height=595, lines=[], grids=[grid], text="取組方針 実績推計")


def test_parse_synthetic_policy_table_and_merged_items() -> None:
    doc = Document(source=Source(file="x.pdf", sha256="0", pages=1))
    PARSER.parse([_policy_page("合計収納率 99.32%(99.32%)")], doc)
    assert {(f.debt_raw, f.fiscal_year, f.basis, f.value) for f in doc.facts} == {
        ("市税", 2025, "estimate", 99.32), ("市税", 2025, "target", 99.32), ("市税", 2026, "target", 99.34),
        ("介護保険料", 2025, "estimate", 99.16), ("介護保険料", 2025, "target", 99.19), ("介護保険料", 2026, "target", 99.20)}
    assert [(i.debt_raw, i.fiscal_year, i.label) for i in doc.initiatives] == [("市税", 2026, "(1)"), ("介護保険料", 2026, "(1)")]


def test_unreadable_rate_cell_becomes_a_warning() -> None:
    doc = Document(source=Source(file="x.pdf", sha256="0", pages=1))
    PARSER.parse([_policy_page("集計中")], doc)
    assert [(w.page, w.code) for w in doc.warnings] == [(3, "unparsed_cell")]
    assert "集計中" in doc.warnings[0].message


def test_score_recognises_the_family_and_ignores_plain_text() -> None:
    from saiken.extract.pdf import load_pages

    pages = load_pages(ROOT / "corpus" / "pdf" / "shizuoka_committee_r8_1.pdf")
    assert PARSER.score(pages) >= 0.9
    plain = Page(number=1, width=595, height=842, lines=[], grids=[], text="会議のお知らせ 令和7年度 第1回")
    assert PARSER.score([plain]) < 0.3


# ---- variants of other editions (third set) ------------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ["令和6年2月末日時点", "・調定額：3,456,789千円（3,400,120千円）"],
    ["令和7年度（12月末時点）", "・調定額 3,456,789千円(前年同期 3,400,120千円)"],
    ["令和6年2月末日時点", "・調定額：3,456,789千円（3,400,", "120千円）"],
])
def test_point_figures_stamp_and_previous_variants(lines: list[str]) -> None:
    figs, bad = point_figures(lines, "current")
    assert bad == []
    assert [(f.segment, f.metric, f.value, f.previous) for f in figs] == [
        ("current", "assessed", 3_456_789_000, False), ("current", "assessed", 3_400_120_000, True)]
    assert figs[0].fiscal_year - 1 == figs[1].fiscal_year


def test_year_less_stamp_takes_the_heading_year() -> None:
    figs, _ = point_figures(["令和7年度（12月末時点）", "・収納率 89.58%(89.19%)"])
    assert [(f.fiscal_year, f.as_of) for f in figs] == [(2025, "2025-12-31"), (2024, "2024-12-31")]
    assert point_figures(["（12月末時点）", "・収納率 89.58%(89.19%)"]) == ([], [])


def test_segment_prefix_and_change_in_parentheses() -> None:
    figs, _ = point_figures(["令和7年12月末現在", "・現年分収納率 96.41%(96.06%)", "・滞繰分収納率 18.20%(前年度比 2.45ポイント増)"])
    assert [(f.segment, f.value, f.previous) for f in figs] == [
        ("current", 96.41, False), ("current", 96.06, True), ("arrears", 18.20, False)]


def test_heading_and_stamp_on_one_line() -> None:
    figs, _ = point_figures(["滞納繰越分（令和6年1月31日現在）", "・収納額 12,345,678円 (前年度 11,000,500円)"])
    assert [(f.segment, f.as_of, f.value) for f in figs] == [
        ("arrears", "2024-01-31", 12_345_678), ("arrears", "2023-01-31", 11_000_500)]


def test_bracket_variants_and_leading_tags() -> None:
    items = tagged_items(["①児童手当からの申出徴収を入園説明", "会で案内する。〔継続〕", "②電話催告を行う。[新規]"])
    assert [(i.label, i.text, i.status) for i in items] == [("①", "児童手当からの申出徴収を入園説明会で案内する。", "継続"),
                                                             ("②", "電話催告を行う。", "新規")]
    items = tagged_items(["(1)【継続】督促状発送後、早期に文書", "催告を行う。", "(2)【新規】臨戸訪問を実施する。",
                          "【拡充】連帯保証人への請求を早期", "に行う。", "(参考)進捗は四半期ごとに報告する。"])
    assert [(i.label, i.text, i.status) for i in items] == [
        ("(1)", "督促状発送後、早期に文書催告を行う。", "継続"), ("(2)", "臨戸訪問を実施する。", "新規"),
        ("(2)", "連帯保証人への請求を早期に行う。", "拡充")]


def test_katakana_label_with_a_space() -> None:
    items = tagged_items(["(1)給水停止の実施", "ア 給水停止予告を行う。【継続】", "イ 再催告する。【継続】"])
    assert [(i.label, i.text) for i in items] == [("(1)ア", "給水停止予告を行う。"), ("(1)イ", "再催告する。")]


def _grid(cells: list[Cell], nrows: int, ncols: int, page: int = 3) -> Grid:
    return Grid(page=page, bbox=(0, 0, 1, 1), nrows=nrows, ncols=ncols, cells=cells, pages=[page])


def test_policy_sub_labels_actual_row_money_target_and_continued_table() -> None:
    """Second label column with bare rates, a 実績 row (actual), a 千円 target, items continued on the next page."""
    c = _cell
    first = _grid([c(0, 0, "債権名", colspan=2), c(0, 2, "奨学金貸付金"),
                   Cell(row=1, col=0, text="令和6年度実績()内は目標", raw="", bbox=(0, 0, 1, 1), rowspan=2, page=3),
                   c(1, 1, "現年度分"), c(1, 2, "97.00%(97.50%)"), c(2, 1, "合計"), c(2, 2, "60.10%(-)"),
                   c(3, 0, "令和7年度収入未済額目標", colspan=2), c(3, 2, "38,500千円"),
                   c(4, 0, "具体的な取組", colspan=2), c(4, 2, "(1)口座振替を案内する。【継続】\n(2)連帯保証人への")], 5, 3)
    rest = _grid([c(0, 0, "債権名"), c(0, 1, "奨学金貸付金"), c(1, 0, ""), c(1, 1, "請求を早期に行う。【拡充】")], 2, 2, page=4)
    page3 = Page(number=3, width=842, height=595, lines=[], grids=[first], text="")
    page4 = Page(number=4, width=842, height=595, lines=[], grids=[rest], text="")
    doc = Document(source=Source(file="x.pdf", sha256="0", pages=2))
    PARSER.parse([page3, page4], doc)
    assert {(f.fiscal_year, f.segment, f.metric, f.basis, f.value) for f in doc.facts} == {
        (2024, "current", "collection_rate", "actual", 97.0), (2024, "current", "collection_rate", "target", 97.5),
        (2024, "total", "collection_rate", "actual", 60.1), (2025, "total", "outstanding", "target", 38_500_000)}
    assert [(i.label, i.text, i.status, i.page, i.fiscal_year) for i in doc.initiatives] == [
        ("(1)", "口座振替を案内する。", "継続", 3, 2025), ("(2)", "連帯保証人への請求を早期に行う。", "拡充", 3, 2025)]


def test_sheet_header_variants_and_sub_column_segment() -> None:
    c = _cell
    head = _grid([c(0, 0, "債権名"), c(0, 1, "国民健康保険料"), c(0, 2, "所管部局"), c(0, 3, "保健福祉局")], 1, 4)
    body = _grid([c(0, 0, "実施期間"), c(0, 1, "実績又は効果", colspan=2), c(1, 1, "現年分"), c(1, 2, "滞納繰越分"),
                  c(2, 0, "11月"), c(2, 1, "令和6年2月末日時点\n・収納率：87.14%(86.76%)"),
                  c(2, 2, "令和6年2月末日時点\n・収納率：18.52%(17.90%)")], 3, 3)
    doc = Document(source=Source(file="x.pdf", sha256="0", pages=1))
    PARSER.parse([Page(number=3, width=842, height=595, lines=[], grids=[head, body], text="")], doc)
    assert {(f.debt_raw, f.segment, f.fiscal_year, f.value) for f in doc.facts} == {
        ("国民健康保険料", "current", 2023, 87.14), ("国民健康保険料", "current", 2022, 86.76),
        ("国民健康保険料", "arrears", 2023, 18.52), ("国民健康保険料", "arrears", 2022, 17.90)}
