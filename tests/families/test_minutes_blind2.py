"""Regression tests for the miss found by the round-2 blind minutes (corpus/blind, 第30回さいたま市 議事要旨):
an attendee table under a title row spanning the table (出席者（本部長・本部員10名・事務局3名）), with one
区分 | 職名 row per role whose 職名 cell lists several titles wrapped over lines; and the same list without
column headers. Also the variants probed after it: speaker labels between dashes or 〔〕, and statements printed
as a 発言者 | 発言要旨 table continued on the next page."""
from __future__ import annotations

import pytest

from saiken.extract.families.minutes import _label_rows
from saiken.extract.families.minutes_people import _titles, table_attendees
from saiken.extract.families.minutes_speech import is_speech_table, speech_lines
from saiken.extract.families.minutes_text import TextLine, blocks, speaker_label
from saiken.extract.layout import Cell, Grid, Page
from saiken.extract.records import Attendee


def _cell(r: int, c: int, text: str, colspan: int = 1) -> Cell:
    return Cell(r, c, text, text, (c, r, c + colspan, r + 1), colspan=colspan)


def role_grid(title_row: bool, header: bool) -> Grid:
    """本部長 | 副市長 / 本部員 | 総務局長、財政局長・子ども未来局長 / 事務局 | 収納対策課長, with optional rows above."""
    cells: list[Cell] = []
    r = 0
    if title_row:
        cells.append(_cell(r, 0, "出席者(本部長・本部員3名・事務局1名)", colspan=2))
        r += 1
    if header:
        cells += [_cell(r, 0, "区 分"), _cell(r, 1, "職 名")]
        r += 1
    for role, titles in (("本部長", "副市長"), ("本部員", "総務局長、財政局長・子ども未来局長"), ("事務局", "収納対策課長")):
        cells += [_cell(r, 0, role), _cell(r, 1, titles)]
        r += 1
    return Grid(page=1, bbox=(0, 0, 2, r), nrows=r, ncols=2, cells=cells)


EXPECTED = [Attendee(role="本部長", title="副市長"), Attendee(role="本部員", title="総務局長"),
            Attendee(role="本部員", title="財政局長"), Attendee(role="本部員", title="子ども未来局長"),
            Attendee(role="事務局", title="収納対策課長")]


def test_attendee_table_under_a_spanning_title_row() -> None:
    assert table_attendees(role_grid(title_row=True, header=True)) == EXPECTED


def test_attendee_table_without_column_headers() -> None:
    assert table_attendees(role_grid(title_row=False, header=False)) == EXPECTED
    assert table_attendees(role_grid(title_row=True, header=False)) == EXPECTED


def test_attendee_table_is_not_read_as_label_rows() -> None:
    """Its 事務局 row must not become a separate attendee part (that split 税務 / 部収納対策課主幹)."""
    assert _label_rows(role_grid(title_row=True, header=True), 1) == []


def test_titles_split_at_nakaguro_only_between_titles() -> None:
    assert _titles("市民・スポーツ文化局長、総務局長・財政局長") == ["市民・スポーツ文化局長", "総務局長", "財政局長"]


def test_a_label_value_table_is_no_attendee_list() -> None:
    cells = [_cell(0, 0, "開催日時"), _cell(0, 1, "令和4年7月27日(水)"), _cell(1, 0, "場所"), _cell(1, 1, "特別会議室")]
    assert table_attendees(Grid(page=1, bbox=(0, 0, 2, 2), nrows=2, ncols=2, cells=cells)) == []


def test_speaker_labels_between_dashes_and_tortoise_brackets() -> None:
    assert speaker_label("－ 本部長 －") == ("本部長", "")
    assert speaker_label("〔財政局長〕「市税」は、") == ("財政局長", "「市税」は、")
    assert speaker_label("- 2 -") is None  # a page number
    assert speaker_label("- 継続 -") is None
    assert speaker_label("（単位：億円）") is None  # 横手市 (dev46): the unit note over a 別表, no speaker


def speech_grid(page: int, header: bool, rows: list[tuple[str, str]]) -> Grid:
    """発言者 | 発言要旨 rows (a '' speaker continues the block above), with the header row when asked."""
    cells = [_cell(0, 0, "発言者"), _cell(0, 1, "発言要旨")] if header else []
    for r, (who, said) in enumerate(rows, start=int(header)):
        cells += [_cell(r, 0, who), _cell(r, 1, said)]
    n = len(rows) + int(header)
    return Grid(page=page, bbox=(70, 100, 520, 100 + 20 * n), nrows=n, ncols=2, cells=cells)


def test_statements_printed_as_a_speech_table_continue_on_the_next_page() -> None:
    first = speech_grid(2, True, [("財政局長", "「市税」は、収納率が上昇した。"), ("本部長", "効果を伺いたい。")])
    rest = speech_grid(3, False, [("", "引き続き伺う。"), ("子ども未来局長", "減少している。")])
    assert is_speech_table(first) and not is_speech_table(rest)
    pages = [Page(2, 595, 842, [], [first], ""), Page(3, 595, 842, [], [rest], "")]
    lines = [TextLine(n, p.text, p.x0, p.size) for n, printed in speech_lines(pages).items() for p in printed]
    got = [(b.speaker, b.page, "".join(ln.text for ln in b.lines)) for b in blocks(lines)]
    assert got == [("財政局長", 2, "「市税」は、収納率が上昇した。"), ("本部長", 2, "効果を伺いたい。引き続き伺う。"),
                   ("子ども未来局長", 3, "減少している。")]


def test_a_speech_table_is_no_label_table() -> None:
    assert _label_rows(speech_grid(2, True, [("委員", "意見を述べた。")]), 2) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("・財政局長：「市税」は", ("財政局長", "「市税」は")),
    ("◎本部長", ("本部長", "")),
    ("●本部長 効果を伺いたい。", ("本部長", "効果を伺いたい。")),
    ("・電話催告：強化", None),
    ("・財政局長から説明があった。", None),
    ("● 電話催告を強化する。", None),
])
def test_speaker_labels_after_list_marks(text: str, expected: tuple[str, str] | None) -> None:
    assert speaker_label(text) == expected


def test_role_and_title_pairs_set_in_two_columns() -> None:
    """横手市 (dev46): 本部長 | 副市長 | 本部員 | 建設部長 rows, a role and a title twice a row (a table or text lines):
    each pair one person, not the row's first role with its last title."""
    from saiken.extract.families.minutes_people import _groups
    rows = [("本部長", "副市長", "本部員", "建設部長"), ("本部員", "市民福祉部長", "事務局", "収納課長"),
            ("本部員", "商工観光部長", "", "")]
    cells = [_cell(r, c, t) for r, row in enumerate(rows) for c, t in enumerate(row)]
    got = table_attendees(Grid(page=1, bbox=(0, 0, 4, 3), nrows=3, ncols=4, cells=cells))
    assert got == [Attendee(role="本部長", title="副市長"), Attendee(role="本部員", title="建設部長"),
                   Attendee(role="本部員", title="市民福祉部長"), Attendee(role="事務局", title="収納課長"),
                   Attendee(role="本部員", title="商工観光部長")]
    lines = [TextLine(1, "副本部長 財務部長 本部員 上下水道部長", 100, 9.5)]
    assert _groups(lines, None) == [("副本部長", "財務部長"), ("本部員", "上下水道部長")]


def test_a_list_of_titles_closing_on_a_manager_and_holding_two_part_titles() -> None:
    """柳川市 (dev65): 「総務部長・市民部長・保健・福祉部長・こども・子育て部長・…・会計管理者」: 会計管理者 is a title, so the
    list splits at ・ and the two-part titles stay whole."""
    got = _titles("総務部長・市民部長・保健・福祉部長・こども・子育て部長・教育部長・会計管理者")
    assert got == ["総務部長", "市民部長", "保健・福祉部長", "こども・子育て部長", "教育部長", "会計管理者"]
