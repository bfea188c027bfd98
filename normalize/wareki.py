"""和暦 years, fiscal years (年度) and dates: parsing and formatting.

Reads 明治〜令和 with 元年, full-width and kanji numerals (令和二年度, 平成三十一年), abbreviations (R7, H29,
R6.10.1, R7.3.31), Western years (2017年度, 令和6(2024)年度), dates with weekdays (令和8年6月3日(水)),
month-level dates (令和8年2月末, 令和7年9月), and ranges whose second half omits the era or the year
(令和7年11月1日(土)~12月26日(金), 令和4～5年度, 平成30～令和3年度).

Policy for unreadable or ambiguous input (`fiscal_year`, `parse_date`, `parse_date_range` raise
`NormalizeError`; `find_years` reports it in `YearMatch.problem` and never raises):
- no era and no Western year (a bare 3年度) → not a year expression: NormalizeError "年の表記がありません";
- era year 0 (令和0年) → NormalizeError;
- an era year past the era's end (平成32年, written before the 2019 era change for 2020) or a date outside the
  era's real dates (平成31年5月1日, 令和元年4月30日) → NormalizeError; `find_years` still returns it, with the
  proleptic Western year in `year` and the reason in `problem`, so a parser can keep the value with a warning;
- an impossible month or day (13月, 2月30日) → NormalizeError.
明治 is taken to start on 1868-01-01 (the era was proclaimed retroactively to the start of the year).
A fiscal year (年度) is the Western year in which it starts: January–March dates belong to the previous 年度;
a calendar year printed without a month (令和7年) is taken as that year.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .errors import NormalizeError
from .numerals import KANJI_NUMERAL_CHARS, read_int, to_fullwidth
from .text import fold

__all__ = [
    "ERAS",
    "ERA_BASE",
    "DateValue",
    "Era",
    "YearMatch",
    "era_of",
    "find_dates",
    "find_years",
    "fiscal_year",
    "fiscal_year_of",
    "format_date",
    "format_fiscal_year",
    "parse_date",
    "parse_date_range",
]


@dataclass(frozen=True)
class Era:
    """One Japanese era: name, one-letter abbreviation, first and last day (None: still current)."""

    name: str
    abbr: str
    start: dt.date
    end: dt.date | None

    @property
    def last_year(self) -> int | None:
        """The highest era year that exists (平成 → 31), None for the current era."""
        return None if self.end is None else self.end.year - self.start.year + 1

    def western(self, era_year: int) -> int:
        """The Western calendar year of an era year (令和7 → 2025)."""
        return self.start.year + era_year - 1


ERAS: tuple[Era, ...] = (
    Era("明治", "M", dt.date(1868, 1, 1), dt.date(1912, 7, 29)),
    Era("大正", "T", dt.date(1912, 7, 30), dt.date(1926, 12, 24)),
    Era("昭和", "S", dt.date(1926, 12, 25), dt.date(1989, 1, 7)),
    Era("平成", "H", dt.date(1989, 1, 8), dt.date(2019, 4, 30)),
    Era("令和", "R", dt.date(2019, 5, 1), None),
)
_BY_KEY = {e.name: e for e in ERAS} | {e.abbr: e for e in ERAS}
#: The year before each era's first, by name and abbreviation: era year n is ERA_BASE[era] + n (令和 → 2018).
ERA_BASE = {key: e.start.year - 1 for key, e in _BY_KEY.items()}
WEEKDAYS = "月火水木金土日"


@dataclass(frozen=True)
class YearMatch:
    """One year expression found in a text, with its span in the text given (after folding: same length).

    `year` is the Western calendar year; `fiscal_year` the 年度 it denotes (a January–March month moves it back
    one); `fiscal` is True when 年度 was printed; `printed_western` the Western year printed inside the
    expression (令和6(2024)年度 → 2024); `problem` a Japanese reason when the expression cannot be right.
    """

    raw: str
    start: int
    end: int
    year: int
    era: str | None = None
    era_year: int | None = None
    fiscal: bool = False
    month: int | None = None
    printed_western: int | None = None
    problem: str | None = None

    @property
    def fiscal_year(self) -> int:
        """The 年度 (Western start year) this expression denotes."""
        if self.month is not None and not self.fiscal:
            return fiscal_year_of(self.year, self.month)
        return self.year


@dataclass(frozen=True)
class DateValue:
    """A date as printed: year, month and day (None when not printed), ISO text when complete, the raw text.

    `qualifier` keeps 末 / 上旬 / 中旬 / 下旬 / 頃; `weekday` the printed weekday character (水).
    """

    year: int
    month: int | None
    day: int | None
    iso: str | None
    raw: str
    era: str | None = None
    qualifier: str | None = None
    weekday: str | None = None

    @property
    def date(self) -> dt.date | None:
        """The date, None when month or day was not printed."""
        return None if self.iso is None else dt.date.fromisoformat(self.iso)

    @property
    def start_iso(self) -> str:
        """ISO text of the first day the value covers (令和5年2月 → 2023-02-01, 令和7年 → 2025-01-01)."""
        return dt.date(self.year, self.month or 1, self.day or 1).isoformat()

    @property
    def fiscal_year(self) -> int:
        """The 年度 the date belongs to (令和8年2月末 → 2025); the calendar year when no month was printed."""
        return self.year if self.month is None else fiscal_year_of(self.year, self.month)

    @property
    def weekday_ok(self) -> bool | None:
        """Whether the printed weekday agrees with the date; None when either is missing."""
        d = self.date
        if d is None or self.weekday is None:
            return None
        return WEEKDAYS[d.weekday()] == self.weekday


def fiscal_year_of(year: int, month: int) -> int:
    """The 年度 of a calendar month: January–March belong to the previous year's 年度."""
    return year - 1 if month <= 3 else year


def era_of(day: dt.date) -> Era:
    """The era in force on a date; NormalizeError before 1868."""
    for era in reversed(ERAS):
        if day >= era.start:
            return era
    raise NormalizeError(f"明治より前の日付は和暦にできません: {day.isoformat()}")


# ---------------------------------------------------------------------------------------------------- patterns
_K = f"[{KANJI_NUMERAL_CHARS}]"
_N = rf"(?:\d{{1,2}}(?!\d)|{_K}{{1,3}})"  # a month/day/era-year number
_ERA_NAMES = "|".join(e.name for e in ERAS)
_WD = rf"(?:\s*[(（]\s*(?P<wd>[{WEEKDAYS}])(?:曜日?)?\s*(?:[・･,、]?\s*祝日?)?\s*[)）])"
_Q = r"(?P<q>末|上旬|中旬|下旬|初旬|頃)"
_HEAD = (
    rf"(?:(?P<era>{_ERA_NAMES})|(?<![A-Za-z])(?P<abbr>[HR]|[MTS](?=\s*\.?\s*\d+\s*[./年])))"
    rf"\s*\.?\s*(?P<ey>元|\d{{1,2}}(?!\d)|{_K}{{1,4}})"
    rf"(?:\s*[(（]\s*(?P<pw>\d{{4}})\s*(?:年度?)?\s*[)）])?"
    rf"|(?<!\d)(?P<wy>(?:18|19|20|21)\d{{2}})(?!\d)"
    rf"(?:\s*[(（]\s*(?:{_ERA_NAMES}|[HR])\s*(?:元|\d{{1,2}}|{_K}{{1,4}})\s*(?:年度?)?\s*[)）])?"
)
_BODY = (
    rf"(?:\s*(?P<nendo>年度)"
    rf"|\s*(?P<nen>年)(?:\s*[(（]\s*\d{{4}}\s*年?\s*[)）](?=\s*{_N}\s*月))?"  # 令和6年(2024年)9月9日
    rf"(?:\s*(?P<m1>{_N})\s*月(?:\s*(?P<d1>{_N})\s*日|\s*{_Q})?)?"
    rf"|(?P<dot>[./])(?P<m2>\d{{1,2}})(?!\d)(?:[./](?P<d2>\d{{1,2}})(?!\d))?)?"
)
_TEMPORAL = re.compile(rf"(?:{_HEAD}){_BODY}{_WD}?")
_SEP = re.compile(r"\s*(?:~|〜|～|-|－|–|から)\s*")
_TAIL = re.compile(
    rf"(?:(?P<ty>元|\d{{1,4}}(?!\d)|{_K}{{1,4}})\s*(?P<tsuf>年度|年)(?![月\d])"
    rf"|(?P<m1>{_N})\s*月(?:\s*(?P<d1>{_N})\s*日|\s*{_Q})?"
    rf"|(?P<d1b>{_N})\s*日){_WD}?"
)


@dataclass(frozen=True)
class _Temporal:
    """A parsed year or date expression (internal: both `find_years` and `parse_date` build on it)."""

    start: int
    end: int
    year: int
    era: Era | None
    era_year: int | None
    fiscal: bool
    has_suffix: bool
    month: int | None
    day: int | None
    qualifier: str | None
    weekday: str | None
    printed_western: int | None
    problem: str | None


def _num(text: str | None) -> int | None:
    return None if text is None else read_int(text)


def _check(era: Era | None, era_year: int | None, year: int, month: int | None, day: int | None) -> str | None:
    """The reason the expression cannot be right, or None."""
    if month is not None and not 1 <= month <= 12:
        return f"{month}月は存在しません"
    if day is not None and month is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return f"{year}年{month}月{day}日は存在しません"
    if era is None or era_year is None:
        return None
    if era_year < 1:
        return f"{era.name}{era_year}年は存在しません"
    last = era.last_year
    if last is not None and era_year > last:
        return f"{era.name}{era_year}年は{era.name}の範囲外です（{era.end}まで）"
    if month is None:
        return None
    first = dt.date(year, month, day or 1)
    final = dt.date(year, month, day or 28)
    if final < era.start or (era.end is not None and first > era.end):
        when = f"{era.name}{_era_year_text(era_year)}年{month}月{'' if day is None else f'{day}日'}"
        return f"{when}は{era.name}の範囲外です（{era.start}〜{era.end or ''}）"
    return None


def _from_match(m: re.Match[str]) -> _Temporal | None:
    """Build a _Temporal from a _TEMPORAL match; None when the match is not a year expression after all."""
    g = m.groupdict()
    era: Era | None = None
    era_year: int | None = None
    has_suffix = bool(g["nendo"] or g["nen"] or g["dot"])
    month = _num(g["m1"] or g["m2"])
    day = _num(g["d1"] or g["d2"])
    try:
        if g["wy"]:
            year = int(g["wy"])
            if g["dot"] and day is None:  # 2025.3 is a number, not a date
                return None
        else:
            era = _BY_KEY[g["era"] or g["abbr"]]
            era_year = read_int(g["ey"])
            year = era.western(era_year)
    except NormalizeError:
        return None
    return _Temporal(
        start=m.start(), end=m.end(), year=year, era=era, era_year=era_year, fiscal=bool(g["nendo"]),
        has_suffix=has_suffix, month=month, day=day, qualifier=g["q"], weekday=g["wd"],
        printed_western=int(g["pw"]) if g["pw"] else None, problem=_check(era, era_year, year, month, day),
    )


def _tail(prev: _Temporal, m: re.Match[str]) -> _Temporal | None:
    """The second half of a range that omits the era or the year, read in the context of the first half."""
    g = m.groupdict()
    try:
        if g["ty"]:
            n = read_int(g["ty"])
            if n >= 1000:
                era, era_year, year = None, None, n
            elif prev.era is not None and prev.era_year is not None:
                era, era_year, year = prev.era, n, prev.era.western(n)
            else:
                return None
            month = day = None
        else:
            if prev.month is None and not prev.has_suffix:
                return None
            era, era_year, year = prev.era, prev.era_year, prev.year
            month = _num(g["m1"]) if g["m1"] else prev.month
            day = _num(g["d1"] or g["d1b"])
            if month is None:
                return None
            if (month, day or 0) < (prev.month or 0, prev.day or 0):  # 11月1日～3月31日: into the next year
                year += 1
                if era_year is not None:
                    era_year += 1
    except NormalizeError:
        return None
    return _Temporal(
        start=m.start(), end=m.end(), year=year, era=era, era_year=era_year, fiscal=g["tsuf"] == "年度",
        has_suffix=True, month=month, day=day, qualifier=g["q"], weekday=g["wd"], printed_western=None,
        problem=_check(era, era_year, year, month, day),
    )


def _scan(text: str) -> list[tuple[_Temporal, _Temporal | None]]:
    """Every year/date expression in folded text, each with the range end that follows it (or None)."""
    out: list[tuple[_Temporal, _Temporal | None]] = []
    pos = 0
    while True:
        m = _TEMPORAL.search(text, pos)
        if m is None:
            return out
        first = _from_match(m)
        if first is None:
            pos = m.start() + 1
            continue
        second: _Temporal | None = None
        sep = _SEP.match(text, first.end)
        if sep is not None:
            nxt = _TEMPORAL.match(text, sep.end())
            second = _from_match(nxt) if nxt is not None else None
            if second is None or not second.has_suffix:
                tail = _TAIL.match(text, sep.end())
                second = _tail(first, tail) if tail is not None else None
        if not first.has_suffix:
            if second is None or not second.has_suffix:
                if first.era is None or first.era_year is None:  # a bare 2022 is a number, not a year
                    pos = m.end()
                    continue
            elif second.fiscal:
                first = replace(first, fiscal=True)
        out.append((first, second))
        pos = (second.end if second is not None else first.end)
        if pos <= m.start():
            pos = m.start() + 1


def _year_match(text: str, t: _Temporal) -> YearMatch:
    return YearMatch(
        raw=text[t.start:t.end], start=t.start, end=t.end, year=t.year, era=t.era.name if t.era else None,
        era_year=t.era_year, fiscal=t.fiscal, month=t.month, printed_western=t.printed_western, problem=t.problem,
    )


def _date_value(text: str, t: _Temporal) -> DateValue:
    ok = t.month is not None and t.day is not None and not t.problem  # 13月, 2月30日: no ISO date (the caller raises)
    iso = dt.date(t.year, t.month, t.day).isoformat() if ok else None
    return DateValue(
        year=t.year, month=t.month, day=t.day, iso=iso, raw=text[t.start:t.end],
        era=t.era.name if t.era else None, qualifier=t.qualifier, weekday=t.weekday,
    )


# ---------------------------------------------------------------------------------------------------- public API
def find_years(text: str) -> list[YearMatch]:
    """Every year expression in the text, in order, with spans into `fold(text)`; problems flagged, never raised.

    令和元年度(2019年度) gives two matches (2019 and 2019); 令和4～5年度 gives two (2022, 2023), both fiscal.
    """
    folded = fold(text)
    out: list[YearMatch] = []
    for first, second in _scan(folded):
        out.append(_year_match(folded, first))
        if second is not None:
            out.append(_year_match(folded, second))
    return out


def _first_valid(matches: list[YearMatch], text: str) -> YearMatch:
    if not matches:
        raise NormalizeError(f"年の表記がありません: '{text}'")
    m = matches[0]
    if m.problem:
        raise NormalizeError(f"{m.problem}: '{text}'")
    return m


def fiscal_year(text: str) -> int:
    """The 年度 (Western start year) of the first year expression in the text; NormalizeError when none or invalid.

    令和7年度 → 2025, R7 → 2025, 令和元年 → 2019, (2017年度) → 2017, 令和8年2月末 → 2025.
    """
    return _first_valid(find_years(text), text).fiscal_year


def _dates(text: str) -> list[tuple[DateValue, DateValue | None, str | None]]:
    folded = fold(text)
    out: list[tuple[DateValue, DateValue | None, str | None]] = []
    for first, second in _scan(folded):
        problem = first.problem or (second.problem if second is not None else None)
        out.append((_date_value(folded, first), None if second is None else _date_value(folded, second), problem))
    return out


def find_dates(text: str) -> list[DateValue]:
    """Every readable date or year expression in the text, in order (range ends included); invalid ones skipped."""
    out: list[DateValue] = []
    for first, second, problem in _dates(text):
        if problem is None:
            out.append(first)
            if second is not None:
                out.append(second)
    return out


def parse_date(text: str) -> DateValue:
    """The first date in the text (令和8年6月3日(水), R6.10.1, 令和8年2月末, 2025年3月31日); NormalizeError if none.

    A year without month (令和7年度) is returned with month and day None; `iso` is None unless the day is printed.
    """
    found = _dates(text)
    if not found:
        raise NormalizeError(f"日付の表記がありません: '{text}'")
    first, _, problem = found[0]
    if problem:
        raise NormalizeError(f"{problem}: '{text}'")
    return first


def parse_date_range(text: str) -> tuple[DateValue, DateValue]:
    """The first range in the text (令和7年11月1日(土)~12月26日(金)); the second half inherits era, year and month.

    A second half earlier in the year than the first (令和7年12月～3月) is taken to be in the next year.
    NormalizeError when the text holds no range.
    """
    for first, second, problem in _dates(text):
        if second is None:
            continue
        if problem:
            raise NormalizeError(f"{problem}: '{text}'")
        return first, second
    raise NormalizeError(f"期間の表記がありません: '{text}'")


def _era_year_text(era_year: int) -> str:
    return "元" if era_year == 1 else str(era_year)


def format_fiscal_year(year: int, fullwidth: bool = False) -> str:
    """The 年度 in 和暦: 2027 → 令和9年度, 2019 → 令和元年度 (the era in force at the end of that calendar year)."""
    era = era_of(dt.date(year, 12, 31))
    out = f"{era.name}{_era_year_text(year - era.start.year + 1)}年度"
    return to_fullwidth(out) if fullwidth else out


def format_date(date: dt.date | DateValue, weekday: bool = True, fullwidth: bool = False) -> str:
    """A date in 和暦: 令和8年6月3日(水); a DateValue without day or month prints as 令和8年2月 / 令和8年."""
    if isinstance(date, DateValue):
        if date.month is None or date.day is None:
            day1 = dt.date(date.year, date.month or 12, 1 if date.month else 31)
            era = era_of(day1)
            out = f"{era.name}{_era_year_text(date.year - era.start.year + 1)}年"
            if date.month is not None:
                out += f"{date.month}月"
            return to_fullwidth(out) if fullwidth else out
        date = dt.date(date.year, date.month, date.day)
    era = era_of(date)
    out = f"{era.name}{_era_year_text(date.year - era.start.year + 1)}年{date.month}月{date.day}日"
    if weekday:
        out += f"({WEEKDAYS[date.weekday()]})"
    return to_fullwidth(out) if fullwidth else out
