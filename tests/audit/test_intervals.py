"""Printed figures as intervals: rounding and truncation accepted, 千円 tables ±500円."""
from fractions import Fraction

import pytest

from saiken.audit.intervals import Interval, fact_interval, parse_printed
from saiken.extract.records import Fact


@pytest.mark.parametrize(("raw", "value", "unit", "lo", "hi"), [
    ("95.33%", 95.33, "percent", Fraction("95.325"), Fraction("95.34")),
    ("1,924,838", 1924838000, "yen", 1924837500, 1924839000),
    ("1,924,838千円", 1924838000, "yen", 1924837500, 1924839000),
    ("1,924,838千円", 1924838, "yen", 1924837500, 1924839000),  # unit printed but not applied to value
    ("約93.8億円", 9380000000, "yen", 9370000000, 9390000000),
    ("△ 1,513,812", -1513812000, "yen", -1513813000, -1513811500),
])
def test_fact_interval(raw: str, value: float, unit: str, lo: Fraction, hi: Fraction) -> None:
    f = Fact(metric="outstanding", value=value, unit=unit, raw=raw, page=1)  # type: ignore[arg-type]
    assert fact_interval(f) == Interval(Fraction(lo), Fraction(hi))


def test_rate_truncation_accepted() -> None:
    rate = fact_interval(Fact(metric="collection_rate", value=98.73, unit="percent", raw="98.73%", page=1))
    assert rate.overlaps(Interval.point(Fraction("98.7399")))  # truncated 98.7399… prints 98.73
    assert not rate.overlaps(Interval.point(Fraction("98.7401")))


@pytest.mark.parametrize(("text", "value"), [("△ 1,513,812", -1513812), ("12.5%", Fraction("12.5")), ("1,23", None)])
def test_parse_printed(text: str, value: Fraction | int | None) -> None:
    p = parse_printed(text)
    assert (p.value if p else None) == value
