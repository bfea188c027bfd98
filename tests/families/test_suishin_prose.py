"""Unit tests of the 推進シート parser's prose reader (全庁 items; the city-wide 収入未済額 is the shared reader's) and of vertical segment labels,
from the blind edition (corpus/blind: 第2次計画の中間見直し) misses."""
from __future__ import annotations

import pytest

from saiken.extract.families.suishin_labels import is_segment_label, segment_of
from saiken.extract.families.suishin_prose import citywide_items
from saiken.extract.layout import Line, Page


def _page(number: int, texts: list[str]) -> Page:
    lines = [Line(text=t, raw=t, bbox=(50.0, 20.0 + 12 * i, 500.0, 30.0 + 12 * i)) for i, t in enumerate(texts)]
    return Page(number=number, width=595.0, height=842.0, lines=lines, grids=[], text="\n".join(texts))


@pytest.mark.parametrize("label, segment", [
    ("滞越納繰", "arrears"),  # 縦書き「滞納繰越」 wrapped into two columns, read row by row
    ("度過年分", "arrears"), ("年度現分", "current"), ("滞納繰越", "arrears"), ("現年", "current"), ("計", "total"),
    ("納滞", None),
])
def test_vertical_labels_out_of_order(label: str, segment: str | None) -> None:
    assert segment_of(label) == segment
    assert is_segment_label(label) == (segment is not None)


def test_citywide_items_under_their_heading_across_pages() -> None:
    pages = [
        _page(3, ["3 計画の概要", "ア 計画の期間", "令和5年度から令和9年度まで",
                  "4 全庁において取り組むべき事項", "(1) 【引き続き取り組むべき事項】",
                  "ア 収納率の目標数値の設定【強・非・私】", "債権ごとに目標数値を設定す", "る。",
                  "(2) 新たに取り組む事項", "ア 支払督促の活用【非・私】【新規】"]),
        _page(4, ["市職員による支払督促を行う。", "5 特定債権について", "ア 対象外の項目"]),
    ]
    items = citywide_items(pages)
    assert [(i.label, i.section, i.status, i.text, i.page) for i in items] == [
        ("(1)ア", "引き続き取り組むべき事項", None, "収納率の目標数値の設定【強・非・私】債権ごとに目標数値を設定する。", 3),
        ("(2)ア", "新たに取り組む事項", "新規", "支払督促の活用【非・私】市職員による支払督促を行う。", 3),
    ]
    assert all(i.debt is None for i in items)
