"""Printed figures as intervals: the set of true values a rounded or truncated printed number stands for.

A printed figure with last-digit step s (1 for 円, 1,000 for a 千円 table, 0.01 for 95.33%) stands for
[v − s/2, v + s/2) when rounded and [v, v + s) when truncated toward zero. As in XBRL Calculations 1.1,
a check fails only when no combination of values inside the intervals satisfies it; we accept both
rounding and truncation, so a positive figure stands for the hull [v − s/2, v + s] (closed, to stay on
the safe side). Figures printed with 約 stand for [v − s, v + s].
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from saiken.extract.records import Fact

_NUM = re.compile(r"([0-9][0-9,]*(?:\.[0-9]+)?)\s*(百万円|千円|万円|億円|億|万|千|円|%|％|ポイント|件|人|世帯)?")
_UNIT_SCALE = {"百万円": 10**6, "千円": 1000, "万円": 10**4, "億円": 10**8, "億": 10**8, "万": 10**4, "千": 1000, "円": 1}


@dataclass(frozen=True)
class Interval:
    """A closed interval [lo, hi] of exact rationals."""

    lo: Fraction
    hi: Fraction

    @classmethod
    def point(cls, v: Fraction | int | float) -> Interval:
        """The degenerate interval [v, v]."""
        f = Fraction(v)
        return cls(f, f)

    def __add__(self, o: Interval) -> Interval:
        return Interval(self.lo + o.lo, self.hi + o.hi)

    def __sub__(self, o: Interval) -> Interval:
        return Interval(self.lo - o.hi, self.hi - o.lo)

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __mul__(self, o: Interval) -> Interval:
        c = [self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi]
        return Interval(min(c), max(c))

    def scale(self, k: Fraction | int) -> Interval:
        """The interval multiplied by a constant."""
        return self * Interval.point(k)

    def __truediv__(self, o: Interval) -> Interval | None:
        """The quotient, or None when the divisor interval contains 0 (no bound)."""
        if o.lo <= 0 <= o.hi:
            return None
        return self * Interval(1 / o.hi, 1 / o.lo)

    def overlaps(self, o: Interval) -> bool:
        """True when some value lies in both intervals."""
        return self.lo <= o.hi and o.lo <= self.hi

    def distance(self, o: Interval) -> Fraction:
        """The gap between the intervals (0 when they overlap)."""
        return max(Fraction(0), o.lo - self.hi, self.lo - o.hi)

    @property
    def mid(self) -> Fraction:
        return (self.lo + self.hi) / 2


def interval_sum(items: list[Interval]) -> Interval:
    """The interval of the sum of values taken from each interval."""
    total = Interval.point(0)
    for i in items:
        total = total + i
    return total


@dataclass(frozen=True)
class Printed:
    """A printed number: exact value (in the unit the caller uses), last-digit step, approx flag."""

    value: Fraction
    step: Fraction
    approx: bool = False

    def interval(self) -> Interval:
        """Values the printed figure can stand for (rounding or truncation; ±one step when 約)."""
        v, s = self.value, self.step
        if self.approx:
            return Interval(v - s, v + s)
        if v > 0:
            return Interval(v - s / 2, v + s)
        if v < 0:
            return Interval(v - s, v + s / 2)
        return Interval(-s / 2, s / 2)


def decimals_of(token: str) -> int:
    """Digits printed after the decimal point of a number token ('95.30' → 2)."""
    return len(token.split(".", 1)[1]) if "." in token else 0


def _last_number(raw: str) -> tuple[Fraction, int, str | None] | None:
    hits = list(_NUM.finditer(raw.replace("，", ",").replace("．", ".")))
    if not hits:
        return None
    m = hits[-1]
    tok = m.group(1).replace(",", "")
    try:
        return Fraction(tok), decimals_of(tok), m.group(2)
    except ValueError:
        return None


def fact_printed(fact: Fact) -> Printed:
    """The printed precision of a fact, read from `raw` (decimals, and the yen per printed unit)."""
    value = Fraction(str(fact.value)) if isinstance(fact.value, float) else Fraction(fact.value)
    approx = bool(fact.approx) or "約" in (fact.raw or "")
    parsed = _last_number(fact.raw or "")
    if parsed is None:
        return Printed(value, Fraction(1) if fact.unit not in ("percent", "points") else Fraction(1, 100), approx)
    number, dec, unit = parsed
    step = Fraction(1, 10**dec)
    if fact.unit == "yen":
        if unit in _UNIT_SCALE:
            scale = Fraction(_UNIT_SCALE[unit])
            if scale != 1 and value == number and number != 0:
                value = number * scale  # the unit was printed but not applied to `value`: trust the print
        else:
            scale = _scale_from_value(value, Fraction(number))
        step *= scale
    return Printed(value, step, approx)


def _scale_from_value(value: Fraction, number: Fraction) -> Fraction:
    """The yen per printed unit implied by value ÷ printed number (a (単位：千円) table → 1000)."""
    if number == 0 or value == 0:
        return Fraction(1)
    ratio = abs(value / number)
    for s in (1, 1000, 10**4, 10**6, 10**8):
        if abs(ratio - s) <= Fraction(s, 100):
            return Fraction(s)
    return Fraction(1)


def fact_interval(fact: Fact) -> Interval:
    """The interval of true values a fact's printed figure stands for."""
    return fact_printed(fact).interval()


def parse_printed(text: str) -> Printed | None:
    """A number printed in a table cell or a sentence, in its printed unit; △/▲/- make it negative."""
    t = text.strip().replace("，", ",").replace("．", ".").replace("−", "-").replace("－", "-")
    m = re.fullmatch(r"[(（]?\s*(約)?\s*([△▲-])?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(%|％|ポイント|pt|千円|万円|億円|円|件|人|世帯|回)?\s*[)）]?", t)
    if not m or not re.fullmatch(r"[0-9]{1,3}(,[0-9]{3})*(\.[0-9]+)?|[0-9]+(\.[0-9]+)?", m.group(3)):
        return None
    tok = m.group(3).replace(",", "")
    v = Fraction(tok)
    if m.group(2):
        v = -v
    return Printed(v, Fraction(1, 10 ** decimals_of(tok)), bool(m.group(1)))


def fmt_number(v: Fraction | float, decimals: int = 0) -> str:
    """A number with thousands separators and the given decimals ('1,924,838', '95.33')."""
    return f"{float(v):,.{decimals}f}"


def fmt_interval(i: Interval, decimals: int = 0, suffix: str = "") -> str:
    """An interval as printed-precision text: '95.33%〜95.34%' or one value when both ends agree."""
    a, b = fmt_number(i.lo, decimals), fmt_number(i.hi, decimals)
    return f"{a}{suffix}" if a == b else f"{a}{suffix}〜{b}{suffix}"


def fmt_fact_interval(fact: Fact, i: Interval) -> str:
    """An interval in the unit a fact is printed in: '95.33%〜95.34%', '1,924,837,459円〜1,924,837,460円'."""
    if fact.unit in ("percent", "points"):
        d = decimals_of(_last_token(fact.raw)) if fact.raw else 2
        return fmt_interval(i, d, "%" if fact.unit == "percent" else "ポイント")
    if fact.unit == "yen":
        return fmt_interval(i, 0, "円")
    return fmt_interval(i, 0)


def _last_token(raw: str) -> str:
    parsed = re.findall(r"[0-9][0-9,]*(?:\.[0-9]+)?", raw)
    return parsed[-1] if parsed else ""


def round_to_step(i: Interval, step: Fraction) -> Interval:
    """The interval widened outward to whole steps (what a figure of that precision would print)."""
    import math
    return Interval(Fraction(math.floor(i.lo / step)) * step, Fraction(math.ceil(i.hi / step)) * step)


#: Units of a yen figure by yen per printed unit, for figures printed in a table whose unit note says 千円.
_YEN_SCALES = ((1, "円"), (1000, "千円"), (10000, "万円"), (1000000, "百万円"), (100000000, "億円"))
_UNIT_SUFFIX = {"percent": "%", "points": "ポイント", "persons": "人", "households": "世帯", "cases": "件"}
_HAS_UNIT = re.compile(r"(円|%|％|ポイント|人|件|世帯|名)\s*$")


def shown(fact: Fact) -> str:
    """The printed figure with its unit, as a reader of the report needs it: '1,924,838' in a 千円 table →
    '1,924,838千円'; '95.33' → '95.33%'; a figure that prints its unit is kept ('1,924,838 千円' → '1,924,838千円')."""
    raw = (fact.raw or "").strip()
    if _HAS_UNIT.search(raw):
        return re.sub(r"\s+(?=(円|千円|万円|百万円|億円|%|％|ポイント|人|件|世帯|名)$)", "", raw)
    if fact.unit == "yen":
        number = _last_token(raw)
        if not number:
            return raw
        printed = float(number.replace(",", ""))
        if printed == 0:
            return raw + "円"
        scale = abs(float(fact.value)) / printed
        unit = min(_YEN_SCALES, key=lambda s: abs(s[0] - scale))
        return raw + (unit[1] if abs(unit[0] - scale) <= unit[0] * 0.01 else "")
    return raw + _UNIT_SUFFIX.get(fact.unit or "", "")
