"""Unit tests of the 推進シート parser's prose readers (全庁 items, city-wide 収入未済額) and of vertical segment labels,
from the blind edition (corpus/blind: 第2次計画の中間見直し) misses."""
from __future__ import annotations

import pytest

from saiken.extract.families.suishin_labels import is_segment_label, segment_of
from saiken.extract.families.suishin_prose import citywide_facts, citywide_items
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


def test_citywide_outstanding_target_and_comparison() -> None:
    page = _page(2, ["特定債権の収入未済額は、令和元年度と令和5 年度の比較では、約27.1%(約76.2",
                     "億円⇒約55.5 億円)減少した。現年度が約25.3億円から約12.8億円と減少した。",
                     "令和9 年度末の収入未済額を40.5 億円以下とする。"])
    got = {(f.fiscal_year, f.basis, f.segment, f.metric, f.value, f.approx) for f in citywide_facts([page])}
    assert got == {(2019, "actual", "total", "outstanding", 7_620_000_000, True),
                   (2023, "actual", "total", "outstanding", 5_550_000_000, True),
                   (2027, "target", "total", "outstanding", 4_050_000_000, False)}


def test_comparison_of_other_amounts_is_not_outstanding() -> None:
    page = _page(2, ["市税収入は、令和元年度と令和5年度の比較では、約3.1%(約250.1億円⇒約257.9億円)増加した。"])
    assert citywide_facts([page]) == []
