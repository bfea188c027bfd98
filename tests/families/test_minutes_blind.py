"""Regression tests for the misses found by the blind minutes edition (corpus/blind, 第32回さいたま市 議事要旨):
a 別表 whose first column names the managing office (所管局) and whose row labels contain part words
(教育委員会), and a 別表 line in the 配布資料 list."""
from __future__ import annotations

from saiken.extract.families.minutes import _label_rows
from saiken.extract.families.minutes_text import TextLine, items, speaker_label
from saiken.extract.layout import Cell, Grid
from saiken.extract.statables import TableContext, is_statistical, read_table


def _cell(r: int, c: int, text: str, rowspan: int = 1) -> Cell:
    return Cell(r, c, text, text, (c, r, c + 1, r + rowspan), rowspan=rowspan)


def office_table() -> Grid:
    """所管局 | 債権名 | 区分 | 調定額 | 収納率, the office and the debt merged over three rows."""
    cells = [_cell(0, c, t) for c, t in enumerate(("所管局", "債権名", "区分", "調定額", "収納率"))]
    cells += [_cell(1, 0, "教育委員会", 3), _cell(1, 1, "奨学金貸付金", 3)]
    for r, (seg, amount, rate) in enumerate((("現年度分", "154,320", "90.80"), ("滞納繰越分", "220,415", "13.84"),
                                             ("計", "374,735", "45.53")), start=1):
        cells += [_cell(r, 2, seg), _cell(r, 3, amount), _cell(r, 4, rate)]
    return Grid(page=4, bbox=(0, 0, 5, 4), nrows=4, ncols=5, cells=cells)


def test_debt_comes_from_the_debt_column_not_the_office_column() -> None:
    facts, warnings = read_table(office_table(), TableContext(page=4, caption="別表 令和4年度 主な債権の収納状況(決算) (単位:千円)"))
    assert not warnings
    assert {f.debt_raw for f in facts} == {"奨学金貸付金"}
    assert [(f.segment, f.metric, f.value) for f in facts][:2] == [("current", "assessed", 154320000),
                                                                   ("current", "collection_rate", 90.8)]


def test_statistical_table_gives_no_meeting_data_parts() -> None:
    g = office_table()
    assert is_statistical(g)
    assert _label_rows(g, 4) == []  # 教育委員会 contains 委員 but is no attendee label


def test_annex_line_starts_a_material_item() -> None:
    got = items([TextLine(1, t, 100, 12) for t in ("資料3 区役所との連携(案)", "別 表 令和4年度 主な債権の収納状況(決算)")])
    assert got == ["資料3区役所との連携(案)", "別 表 令和4年度 主な債権の収納状況(決算)"]


def test_speaker_label_with_the_officer_in_inner_parentheses() -> None:
    assert speaker_label("(事務局(収納対策課長))") == ("事務局(収納対策課長)", "")
    assert speaker_label("(1)所管する債権の状況について報告") is None
