"""Japanese print conventions: amounts in 円/千円 with △, rates, counts, 和暦 years, full width."""
from __future__ import annotations

import pytest

from saiken.generate.jpformat import format_count, format_rate, format_yen, fullwidth, nendo, nendo_with_western, wadate


@pytest.mark.parametrize(("value", "unit", "expected"), [
    (1924838000, "千円", "1,924,838"),
    (1924837459, "千円", "1,924,837"),
    (1924837500, "千円", "1,924,838"),  # half up
    (-1513812000, "千円", "△1,513,812"),
    (81046941, "円", "81,046,941"),
    (0, "円", "0"),
    (4270000000, "億円", "43"),
])
def test_format_yen(value: int, unit: str, expected: str) -> None:
    assert format_yen(value, unit) == expected


def test_format_yen_rejects_unknown_unit() -> None:
    with pytest.raises(ValueError, match="単位 'ドル'"):
        format_yen(1, "ドル")


@pytest.mark.parametrize(("value", "expected"), [(95.44, "95.44%"), (98.5, "98.50%"), (0.125, "0.13%"),
                                                 (-0.2, "△0.20%"), (100, "100.00%")])
def test_format_rate(value: float, expected: str) -> None:
    assert format_rate(value) == expected


@pytest.mark.parametrize(("year", "fw", "expected"), [(2027, False, "令和9年度"), (2019, False, "令和元年度"),
                                                      (2018, False, "平成30年度"), (2027, True, "令和９年度")])
def test_nendo(year: int, fw: bool, expected: str) -> None:
    assert nendo(year, fw) == expected


def test_other_conventions() -> None:
    assert nendo_with_western(2023) == "令和5年度 (2023年度)"
    assert format_count(27971, "人") == "27,971人"
    assert fullwidth("第29回 95.44%") == "第２９回 ９５．４４％"
    assert wadate("2026-06-03") == "令和8年6月3日(水)"
