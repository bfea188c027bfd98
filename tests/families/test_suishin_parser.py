"""Unit tests of the 推進シート parser's helpers, with strings printed in the 尼崎市 plan."""
from __future__ import annotations

import pytest

from saiken.extract.families.suishin import _date, PARSER
from saiken.extract.families.suishin_items import split_items, status_of
from saiken.extract.families.suishin_labels import count_unit, is_segment_label, metric_of, segment_of
from saiken.extract.statkeys import basis_of
from saiken.extract.families.suishin_tables import is_measures, layout_of, read_value
from saiken.extract.layout import Cell, Grid
from saiken.normalize.errors import NormalizeError


@pytest.mark.parametrize("label, metric", [
    ("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate"), ("収入率(%)", "collection_rate"),
    ("不納欠損額", "written_off"), ("収入未済額計", "outstanding"),
    ("収入未済の目標額(円)(全体:現年+滞納繰越)", "outstanding"), ("滞納者数(単位:人)", "delinquents"),
    ("滞納世帯数(単位：世帯)", "delinquents"), ("差額(R3-H29)", "difference"), ("補足説明", None),
])
def test_metric_of(label: str, metric: str | None) -> None:
    assert metric_of(label) == metric


@pytest.mark.parametrize("label, segment", [
    ("現年", "current"), ("滞納繰越", "arrears"), ("滞繰分", "arrears"), ("計", "total"), ("合計", "total"),
    ("収入未済の目標額(円)(現年+滞納繰越)", "total"), ("不納欠損額", None),
])
def test_segment_of(label: str, segment: str | None) -> None:
    assert segment_of(label) == segment


def test_segment_labels_and_basis_and_count_units() -> None:
    assert is_segment_label("滞納繰越") and is_segment_label("現年分") and not is_segment_label("収入済額")
    assert basis_of("6. 目標(収入率は個人市民税、収入未済額は市税全体を記載。)") == "target"
    assert basis_of("2 本市の収入未済額の状況(令和3年度決算に基づく数値)") == "actual"
    assert basis_of("3. 直近5か年の収納状況") is None
    assert count_unit("滞納者数(単位:人)") == "persons"
    assert count_unit("滞納世帯数(単位：世帯)") == "households"
    assert count_unit("滞納者数(単位:件数)") == "cases"


@pytest.mark.parametrize("text, metric, label, hint, expected", [
    ("23,715,354,769", "assessed", "調定額", "円", (23715354769, "yen", False)),
    ("1,924,838 千円", "outstanding", "収入未済額", None, (1924838000, "yen", False)),
    ("△ 1,513,812", "difference", "差額(R3-H29)", "千円", (-1513812000, "yen", False)),
    ("97.87%", "collection_rate", "収入率", None, (97.87, "percent", False)),
    ("1,324,000,000円", "outstanding", "収入未済の目標額(円)", None, (1324000000, "yen", False)),
    ("7,122", "delinquents", "滞納世帯数(単位：世帯)", "円", (7122, "households", False)),
])
def test_read_value(text: str, metric: str, label: str, hint: str | None, expected: tuple) -> None:
    assert read_value(text, metric, label, hint) == expected


def test_read_value_raises_on_text() -> None:
    with pytest.raises(NormalizeError):
        read_value("同左", "assessed", "調定額", "円")


def test_split_items_on_bullets_and_wrapped_lines() -> None:
    lines = ["・個人市民税の更なる滞納の抑制を実現するため、個人住民", "税整理担当内の「現年対策チーム」を1名増員する。",
             "・SMSの活用や電子預貯金照会等、デジタル化を推進し、より", "効率的、効果的な滞納整理を目指す。"]
    assert split_items(lines) == ["個人市民税の更なる滞納の抑制を実現するため、個人住民税整理担当内の「現年対策チーム」を1名増員する。",
                                  "SMSの活用や電子預貯金照会等、デジタル化を推進し、より効率的、効果的な滞納整理を目指す。"]
    assert split_items(["同左"]) == ["同左"]
    assert split_items(["「LINE", "Pay」及び"]) == ["「LINE Pay」及び"]


def test_status_of_tags() -> None:
    assert status_of("【継続】口座振替の原則化を進める。") == ("継続", "口座振替の原則化を進める。")
    assert status_of("SMS催告を始める。【新規】") == ("新規", "SMS催告を始める。")
    assert status_of("同左") == (None, "同左")


def _grid(rows: list[list[str]]) -> Grid:
    cells = [Cell(row=r, col=c, text=t, raw=t, bbox=(c * 10, r * 10, c * 10 + 10, r * 10 + 10), lines=[t], page=1)
             for r, row in enumerate(rows) for c, t in enumerate(row)]
    return Grid(page=1, bbox=(0, 0, 10 * len(rows[0]), 10 * len(rows)), nrows=len(rows), ncols=len(rows[0]),
                cells=cells)


def test_layout_reads_wareki_headers() -> None:
    lay = layout_of(_grid([["", "", "平成29年度(2017年度)", "令和元年度(2019年度)"], ["現年", "調定額", "1", "2"]]))
    assert lay is not None and (lay.header, lay.values, lay.labels, lay.name_col) == (1, [2, 3], [0, 1], None)
    assert lay.years[2:] == [2017, 2019]
    named = layout_of(_grid([["債権の名称", "令和3年度収入未済額"], ["市税", "1"]]))
    assert named is not None and named.name_col == 0 and named.years == [None, 2021]


def test_cover_date() -> None:
    assert _date("令和5年2月") == "2023-02-01"
    assert _date("本市における債権管理の課題に対し、全庁的に取り組むべき事項を定めた") is None


def test_score_needs_tables() -> None:
    assert PARSER.score([]) == 0.0
