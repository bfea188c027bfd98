"""和暦 parsing and formatting: strings taken from the five seed documents, policies, and round-trip properties."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saiken.normalize.errors import NormalizeError
from saiken.normalize.wareki import (
    ERAS,
    find_years,
    fiscal_year,
    format_date,
    format_fiscal_year,
    parse_date,
    parse_date_range,
)

# (printed text from a seed document, fiscal year of its first year expression)
FISCAL_YEARS = [
    ("令和7年度 主要債権の収入未済額縮減に向けた取組", 2025),  # shizuoka
    ("令和8年度 第1回静岡市債権管理委員会", 2026),
    ("令和元年度から令和4年度の4か年", 2019),  # amagasaki
    ("平成29年度決算において収入未済が生じているもの", 2017),
    ("本市の収入未済額の状況（令和3年度決算に基づく数値）", 2021),
    ("平成31年2月に策定し", 2018),
    ("令和8年2月末時点", 2025),
    ("※令和7年度第3回債権管理委員会(令和8年1月)時点での推計値", 2025),
    ("令和２年度後半の取組強化の徹底について", 2020),  # osaka
    ("令和４年１月１４日付けで各本部員に資料を送付", 2021),  # saitama
    ("平成２８年度（２０１６年度））と比較", 2016),  # setagaya
    ("令和元年度(2019年度)", 2019),
    ("令和２年度（２０２０年度） 区の保有する全債権", 2020),
    ("平成３０～令和３年度", 2018),
    ("ピーク時(平成 21 年度)から 7.29%増", 2009),
    ("R8実施債権", 2026),
    ("R7から継続:3債権", 2025),
    ("R9.4月 財務会計系", 2027),
    ("【令和6年度:15位】", 2024),
    ("昭和46年8月から平成9年3月まで、本市住宅", 1971),
    ("第3回債権管理委員会(令和9年1月予定)", 2026),
    ("令和５年度からＷＥＢ口座振替を導入", 2023),
    ("令和３年６月より、現年分滞納が２カ月続き", 2021),
    ("(2017年度)", 2017),
    ("令和二年度", 2020),
    ("平成三十一年", 2019),
    ("令和元年", 2019),
    ("H29", 2017),
    ("R7.3.31", 2024),
]


@pytest.mark.parametrize(("text", "expected"), FISCAL_YEARS, ids=[t for t, _ in FISCAL_YEARS])
def test_fiscal_year_of_seed_strings(text: str, expected: int) -> None:
    assert fiscal_year(text) == expected


# (printed text, (year, month, day) of the first date, printed weekday)
DATES = [
    ("令和8年6月3日(水)", (2026, 6, 3), "水"),
    ("(令和8年4月1日現在)", (2026, 4, 1), None),
    ("ネー決済サービス(令和3年1月4日から「LINE", (2021, 1, 4), None),
    ("令和4年4月1日から「au", (2022, 4, 1), None),
    ("令和３年８月２日からスマートフォン決済を開始", (2021, 8, 2), None),
    ("R6.10.1", (2024, 10, 1), None),
    ("この計画の開始時点（令和5年4月1日時点）", (2023, 4, 1), None),
]


@pytest.mark.parametrize(("text", "ymd", "weekday"), DATES, ids=[t for t, _, _ in DATES])
def test_parse_date_of_seed_strings(text: str, ymd: tuple[int, int, int], weekday: str | None) -> None:
    d = parse_date(text)
    assert (d.year, d.month, d.day) == ymd
    assert d.iso == dt.date(*ymd).isoformat()
    assert d.weekday == weekday
    assert d.weekday_ok in (None, True)


@pytest.mark.parametrize(
    ("text", "year", "month", "qualifier", "fy"),
    [("令和8年2月末時点", 2026, 2, "末", 2025), ("令和5年2月", 2023, 2, None, 2022), ("令和7年9月", 2025, 9, None, 2025),
     ("平成30年11月から弁護士法人に", 2018, 11, None, 2018)],
)
def test_month_level_dates_are_partial(text: str, year: int, month: int, qualifier: str | None, fy: int) -> None:
    d = parse_date(text)
    assert (d.year, d.month, d.day, d.iso, d.qualifier, d.fiscal_year) == (year, month, None, None, qualifier, fy)
    assert d.start_iso == f"{year}-{month:02d}-01"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("令和7年11月1日(土)~12月26日(金)", "2025-11-01", "2025-12-26"),
        ("①1回目 令和7年8月1日 ～8月31日", "2025-08-01", "2025-08-31"),
        ("②2回目 令和7年11月1日 ～11月30日", "2025-11-01", "2025-11-30"),
        ("令和7年12月1日～3月31日", "2025-12-01", "2026-03-31"),
    ],
)
def test_ranges_inherit_era_and_year(text: str, first: str, second: str) -> None:
    a, b = parse_date_range(text)
    assert (a.iso, b.iso) == (first, second)


def test_year_ranges_and_western_years_beside_them() -> None:
    found = find_years("令和４～５年度（２０２２～２０２３年度）における債権管理重点プラン")
    assert [(y.year, y.fiscal, y.era) for y in found] == [
        (2022, True, "令和"), (2023, True, "令和"), (2022, True, None), (2023, True, None),
    ]
    assert [y.year for y in find_years("平成29年度と令和3年度の比較")] == [2017, 2021]
    inside = find_years("令和6(2024)年度")[0]
    assert (inside.year, inside.printed_western) == (2024, 2024)


@pytest.mark.parametrize(
    ("text", "reason"),
    [("3年度", "年の表記がありません"), ("令和0年", "存在しません"), ("平成32年度", "範囲外"),
     ("平成31年5月1日", "範囲外"), ("令和元年4月30日", "範囲外"), ("令和7年13月", "存在しません"),
     ("令和7年2月30日", "存在しません"), ("14:00~16:00", "年の表記がありません")],
)
def test_unreadable_or_impossible_years_raise(text: str, reason: str) -> None:
    with pytest.raises(NormalizeError, match=reason):
        fiscal_year(text)


def test_beyond_era_year_is_flagged_by_find_years() -> None:
    (m,) = find_years("平成32年度")
    assert m.year == 2020 and m.problem is not None and "平成" in m.problem


@pytest.mark.parametrize(
    ("year", "text", "wide"),
    [(2027, "令和9年度", "令和９年度"), (2019, "令和元年度", "令和元年度"), (2018, "平成30年度", "平成３０年度"),
     (1989, "平成元年度", "平成元年度"), (1988, "昭和63年度", "昭和６３年度")],
)
def test_format_fiscal_year(year: int, text: str, wide: str) -> None:
    assert format_fiscal_year(year) == text
    assert format_fiscal_year(year, fullwidth=True) == wide


def test_format_date() -> None:
    assert format_date(dt.date(2026, 6, 3)) == "令和8年6月3日(水)"
    assert format_date(dt.date(2026, 6, 3), weekday=False) == "令和8年6月3日"
    assert format_date(dt.date(2019, 5, 1), fullwidth=True) == "令和元年５月１日（水）"
    assert format_date(parse_date("令和8年2月末")) == "令和8年2月"


@settings(max_examples=300)
@given(st.integers(min_value=1868, max_value=2100), st.booleans())
def test_fiscal_year_round_trip(year: int, wide: bool) -> None:
    assert fiscal_year(format_fiscal_year(year, fullwidth=wide)) == year


def test_every_year_round_trips() -> None:
    assert all(fiscal_year(format_fiscal_year(y)) == y for y in range(1868, 2101))


BOUNDARY_DAYS = [e.start + dt.timedelta(days=k) for e in ERAS[1:] for k in (-2, -1, 0, 1)]


@pytest.mark.parametrize("day", BOUNDARY_DAYS, ids=str)
def test_era_boundary_dates_round_trip(day: dt.date) -> None:
    printed = format_date(day)
    back = parse_date(printed)
    assert back.date == day and back.weekday_ok is True


@given(st.dates(min_value=dt.date(1868, 1, 1), max_value=dt.date(2100, 12, 31)), st.booleans())
def test_date_round_trip(day: dt.date, wide: bool) -> None:
    assert parse_date(format_date(day, fullwidth=wide)).date == day


_YEARISH = st.text(alphabet="令和平成昭和大正明治元年度月日末0123456789０１２３４５６７８９一二三十〇()（）~～-.RHST 　", max_size=30)


@given(st.one_of(st.text(max_size=40), _YEARISH))
def test_parsers_raise_only_normalize_error(text: str) -> None:
    for parse in (fiscal_year, parse_date, parse_date_range):
        try:
            parse(text)
        except NormalizeError:
            pass
    assert isinstance(find_years(text), list)  # never raises


@pytest.mark.parametrize("text, iso", [
    ("令和6年(2024年)9月9日(月)", "2024-09-09"),   # 町田市 委員会記録: the Western year in parentheses after the era year
    ("令和6年（2024年）9月9日", "2024-09-09"),
    ("令和６年２月２９日", "2024-02-29"),
])
def test_dates_with_the_western_year_in_parentheses(text: str, iso: str) -> None:
    assert parse_date(text).iso == iso
