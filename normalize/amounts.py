"""Amounts, counts and rates as printed: 1,924,838千円, 約15億5,600万円, △500, 95.44%, 0.2ポイント, 1,320件.

Policy:
- Money is returned in yen: an int when the yen value is whole (1,924,838千円 → 1924838000), a float otherwise
  (a unit cost of 60.5円). `scale` is the yen per printed unit of the smallest part (千円 → 1000, 15億5,600万円 →
  10000) and `decimals` the digits printed after the point, so the precision printed is 10**-decimals * scale yen.
- Percentages and points keep the printed number (95.44), counts are ints. △, ▲ and - are minus signs.
- 約 / 概ね / おおむね / およそ before, or 程度 / 前後 / 余り after, set `approx`.
- A number printed without a unit takes `unit_hint` (a table's (単位：千円) note); without a hint it is a 'count'.
- Years and dates (令和3年度, R7.3.31, 10月末), ordinals (第3回) and labels (1頁) are not amounts: `find_amounts`
  skips them.
- Text with no number (―, 空欄, 令和7年度) raises `NormalizeError`; nothing else is raised.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal

from .errors import NormalizeError
from .text import fold
from .wareki import find_years

__all__ = [
    "ROUNDING_MODES",
    "Amount",
    "UnitNote",
    "find_amounts",
    "parse_amount",
    "parse_rate",
    "rounding_of",
    "table_unit",
]

#: Multipliers printed inside an amount, longest first (千万 before 千 and 万).
_BIG = {"兆": 10**12, "億": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3}
#: Printed unit → record unit.
_UNITS = {
    "円": "yen", "%": "percent", "パーセント": "percent", "ポイント": "points", "pt": "points",
    "世帯": "households", "件数": "cases", "件": "cases", "人": "persons", "名": "persons",
    "回": "count", "通": "count", "か所": "count", "箇所": "count", "ヶ所": "count", "カ所": "count", "社": "count",
}
#: Rounding words of a unit note → the `decimal` rounding mode they describe.
ROUNDING_MODES = {"half_up": ROUND_HALF_UP, "down": ROUND_DOWN, "up": ROUND_UP}
_ROUNDING_WORDS = (("四捨五入", "half_up"), ("切り捨て", "down"), ("切捨", "down"), ("切り上げ", "up"), ("切上", "up"))

_NUM = r"[0-9](?:[0-9]|,(?=[0-9]{3}))*(?:\.[0-9]+)?"
_BIG_RE = "|".join(sorted(_BIG, key=len, reverse=True))
_UNIT_RE = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(?P<pre>約|概ね|おおむね|およそ)?\s*(?P<sign>[△▲\-])?\s*(?P<pre2>約)?\s*"
    rf"(?P<body>{_NUM}(?:\s*(?:{_BIG_RE})(?:\s*{_NUM})?)*)"
    rf"\s*(?P<unit>{_UNIT_RE})?(?P<post>程度|前後|余り)?"
)
#: Words after a unitless number that make it a date part, an ordinal or a label rather than an amount.
_NOT_AMOUNT_AFTER = re.compile(r"\s*(?:月|日|年|時|分|号|条|項|位|次|頁|ページ|か年|カ年|か月|カ月|ヶ月|歳|期|区|/\d)")
_PART = re.compile(rf"({_NUM})\s*({_BIG_RE})?")
_HINT = re.compile(rf"^\s*(?P<big>{_BIG_RE})?\s*(?P<unit>{_UNIT_RE})\s*$")
_NOTE = re.compile(
    rf"単位\s*[:：]?\s*(?P<u1>(?:{_BIG_RE})?(?:{_UNIT_RE}))"
    rf"|[(（]\s*(?P<u2>(?:{_BIG_RE})?円)\s*[)）]"
)


@dataclass(frozen=True)
class Amount:
    """A printed number with its unit: value (yen, percent, points or a count), approx flag, printed text.

    `decimals`: digits printed after the point; `scale`: yen (or units) per printed unit of the smallest part;
    `span`: start and end in `fold(text)` when found by `find_amounts`.
    """

    value: int | float
    unit: str
    approx: bool
    raw: str
    decimals: int = 0
    scale: int = 1
    span: tuple[int, int] | None = None

    @property
    def precision(self) -> Decimal:
        """The smallest step the printed figure can express, in the value's unit (千円 → 1000 yen, 95.44% → 0.01)."""
        return Decimal(1).scaleb(-self.decimals) * self.scale


@dataclass(frozen=True)
class UnitNote:
    """A table's unit note ((単位：千円)): printed unit, scale in yen or units, record unit, rounding if stated.

    `rounding` is 'half_up' (四捨五入), 'down' (切捨て) or 'up' (切上げ), a key of ROUNDING_MODES; None when the note
    does not say.
    """

    unit: str
    scale: int
    kind: str
    rounding: str | None
    raw: str


def _hint(unit_hint: str | None) -> tuple[str, int] | None:
    """(record unit, multiplier) of a unit hint such as '千円' or '%'; None for no hint or an unknown one."""
    if not unit_hint:
        return None
    m = _HINT.match(fold(unit_hint).replace("単位", "").strip(" :：()（）"))
    if m is None:
        return None
    return _UNITS[m["unit"]], _BIG.get(m["big"] or "", 1)


def _whole(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _build(m: re.Match[str], unit_hint: str | None) -> Amount:
    parts = _PART.findall(m["body"])
    total = Decimal(0)
    scale = 1
    decimals = 0
    for i, (num, big) in enumerate(parts):
        mult = _BIG.get(big, 1)
        total += Decimal(num.replace(",", "")) * mult
        if i == len(parts) - 1:
            scale = mult
            decimals = len(num.split(".")[1]) if "." in num else 0
    unit = _UNITS[m["unit"]] if m["unit"] else None
    if unit is None:
        hinted = _hint(unit_hint)
        if hinted is not None:
            unit, mult = hinted
            total *= mult
            scale *= mult
        else:
            unit = "count"
    if m["sign"]:
        total = -total
    if unit in ("percent", "points"):  # a rate keeps the printed number; multipliers do not apply
        value: int | float = float(total)
        scale = 1
    else:
        value = _whole(total)
    return Amount(
        value=value, unit=unit, approx=bool(m["pre"] or m["pre2"] or m["post"]), raw=m.group().strip(),
        decimals=decimals, scale=scale, span=(m.start(), m.end()),
    )


def find_amounts(text: str, unit_hint: str | None = None) -> list[Amount]:
    """Every amount, count or rate in the text, in order, skipping year and date expressions."""
    folded = fold(text)
    years = [(y.start, y.end) for y in find_years(folded)]
    out: list[Amount] = []
    for m in _AMOUNT.finditer(folded):
        body_start = m.start("body")
        if any(s <= body_start < e for s, e in years):
            continue
        if body_start > 0 and folded[body_start - 1] in ".0123456789第":
            continue
        if not m["unit"] and _NOT_AMOUNT_AFTER.match(folded, m.end("body")):
            continue
        out.append(_build(m, unit_hint))
    return out


def parse_amount(text: str, unit_hint: str | None = None) -> Amount:
    """The first amount in the text (a table cell or a phrase); NormalizeError when it holds no number.

    '1,924,838千円' → 1924838000 yen; '1,924,838' with unit_hint '千円' → the same; '約40.2億円' → 4020000000 yen,
    approx, decimals 1, scale 100000000; '△500' → -500; '95.44%' → 95.44 percent.
    """
    found = find_amounts(text, unit_hint)
    if not found:
        raise NormalizeError(f"数値がありません: '{text}'")
    return found[0]


def parse_rate(text: str) -> Amount:
    """A rate: '95.44%' and a bare '95.44' → percent, '0.2ポイント' → points; NormalizeError for other units or none."""
    amount = parse_amount(text, unit_hint="%")
    if amount.unit not in ("percent", "points"):
        raise NormalizeError(f"率ではありません: '{text}'")
    return amount


def rounding_of(text: str) -> str | None:
    """The rounding a note states (四捨五入 → 'half_up', 切捨て → 'down', 切上げ → 'up'); None when it states none."""
    folded = fold(text)
    return next((mode for word, mode in _ROUNDING_WORDS if word in folded), None)


def table_unit(text: str) -> UnitNote | None:
    """The unit note in a table caption or header ((単位：千円), 単位:円, （千円）) with its rounding; None when absent."""
    folded = fold(text)
    m = _NOTE.search(folded)
    if m is None:
        return None
    printed = m["u1"] or m["u2"]
    hm = _HINT.match(printed)
    if hm is None:  # pragma: no cover - _NOTE only matches what _HINT reads
        return None
    return UnitNote(
        unit=printed, scale=_BIG.get(hm["big"] or "", 1), kind=_UNITS[hm["unit"]], rounding=rounding_of(folded),
        raw=m.group(),
    )
