"""Regression tests for the misses found by the round-3 blind minutes (corpus/blind, 第27回さいたま市 議事要旨,
書面開催): the 回答書 comments printed as a Word table with a two-row header (No.｜提出者 merged over both rows,
「回答書の内容」 over 「意見・質問｜事務局の回答」), repeated on the next page, where the last row runs on under the
repeated header as one cell spanning every column (the body has no vertical rules); and a number broken at the
line end (１ / ５％)."""
from __future__ import annotations

import pytest

from saiken.extract.families.minutes_speech import _answerer, is_speech_table, speech_lines
from saiken.extract.families.minutes_text import TextLine, blocks, join_lines
from saiken.extract.layout import Cell, Grid, Line, Page, Word

X = [70.0, 100.0, 180.0, 350.0, 520.0]  # column edges: No. | 提出者 | 意見・質問 | 事務局の回答


def _cell(r: int, c: int, text: str, top: float, rowspan: int = 1, colspan: int = 1) -> Cell:
    return Cell(r, c, text, text, (X[c], top + 20 * r, X[c + colspan], top + 20 * (r + rowspan)),
                rowspan=rowspan, colspan=colspan, lines=[text] if text else [])


def _header(top: float) -> list[Cell]:
    """The two header rows; No. and 提出者 print as one merged cell, as the page model reads them."""
    return [_cell(0, 0, "No. 提出者", top, rowspan=2, colspan=2), _cell(0, 2, "回答書の内容", top, colspan=2),
            _cell(1, 2, "意見・質問", top), _cell(1, 3, "事務局の回答", top)]


def _grid(page: int, cells: list[Cell], nrows: int, top: float) -> Grid:
    return Grid(page=page, bbox=(X[0], top, X[-1], top + 20 * nrows), nrows=nrows, ncols=4, cells=cells)


def _pages() -> list[Page]:
    top = 100.0
    rows = [("1", "市民局長", "理由を示されたい。", "時効の完成です。"), ("2", "副教育長", "市外転出の事案が", "所在調査は")]
    cells = _header(top)
    for r, texts in enumerate(rows, start=2):
        cells += [_cell(r, c, t, top) for c, t in enumerate(texts)]
    first = _grid(2, cells, 4, top)
    # page 3: the header again, then the rest of row 2 as one cell over all four columns
    rest = _cell(2, 0, "多い。 可能です。", top, colspan=4)
    words = [Word("多い。", "多い。", (190, 150, 230, 160)), Word("可能です。", "可能です。", (360, 150, 420, 160))]
    line = Line("多い。 可能です。", "多い。 可能です。", (190, 150, 420, 160), words, 10.0)
    second = _grid(3, [*_header(top), rest], 3, top)
    return [Page(2, 595, 842, [], [first], ""), Page(3, 595, 842, [line], [second], "")]


def test_a_two_row_header_with_a_reply_column_is_a_speech_table() -> None:
    assert is_speech_table(_pages()[0].grids[0])


def test_replies_become_statements_and_a_split_row_is_put_back_together() -> None:
    lines = [TextLine(n, p.text, p.x0, p.size) for n, printed in speech_lines(_pages()).items() for p in printed]
    got = [(b.speaker, b.page, "".join(ln.text for ln in b.lines)) for b in blocks(lines)]
    assert got == [("市民局長", 2, "理由を示されたい。"), ("事務局", 2, "時効の完成です。"),
                   ("副教育長", 2, "市外転出の事案が多い。"), ("事務局", 2, "所在調査は可能です。")]


@pytest.mark.parametrize(("header", "speaker"), [
    ("事務局の回答", "事務局"), ("回答", "事務局"), ("所管課回答", "所管課"), ("質問・回答", None), ("意見・質問", None),
])
def test_reply_columns_name_their_speaker(header: str, speaker: str | None) -> None:
    assert _answerer(header) == speaker


def test_a_number_broken_at_the_line_end_is_joined_without_a_space() -> None:
    lines = [TextLine(1, "未納世帯の割合は1", 80, 10.5), TextLine(1, "5%前後で推移。Web", 80, 10.5),
             TextLine(1, "口座振替を開始。", 80, 10.5)]
    assert join_lines(lines) == "未納世帯の割合は15%前後で推移。Web口座振替を開始。"
    assert join_lines([TextLine(1, "ASP", 80, 10.5), TextLine(1, "Web", 80, 10.5)]) == "ASP Web"


def test_the_kind_of_speech_bracketed_before_its_speaker() -> None:
    """伊賀市 (dev37): 「〔説明〕収納推進課債権管理係長」 alone on its line opens that official's explanation; 〔質疑〕 alone is
    no speaker."""
    from saiken.extract.families.minutes_text import speaker_label
    assert speaker_label("〔説明〕収納推進課債権管理係長") == ("収納推進課債権管理係長", "")
    assert speaker_label("〔説明〕収納推進課長 資料１により説明する。") == ("収納推進課長", "資料１により説明する。")
    assert speaker_label("〔質疑〕") is None
