"""Japanese document conventions for drafts: 和暦 years, amounts in 円/千円 with △, rates, full-width digits.

Every function returns the printed text; `None` never becomes a number here (the caller shows a placeholder).
和暦 conversion itself lives in saiken.normalize.wareki; this module only adds the print options templates ask for.
"""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from saiken.normalize import wareki

#: Yen per printed unit for the units a template may ask for.
YEN_UNITS: dict[str, int] = {"円": 1, "千円": 1000, "万円": 10000, "百万円": 1000000, "億円": 100000000}

_FW = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def fullwidth(text: str) -> str:
    """`text` with ASCII digits, '.', ',', '%', '-' and parentheses in full width (令和９年度, ９５．４４％)."""
    return text.translate(_FW)


def _sign(negative: bool, body: str, minus: str) -> str:
    return f"{minus}{body}" if negative else body


def format_yen(value: float, unit: str = "円", minus: str = "△", fw: bool = False) -> str:
    """An amount of yen printed in `unit` (円, 千円, 万円…) with thousands separators, rounded half up; △ for minus."""
    if unit not in YEN_UNITS:
        raise ValueError(f"単位 '{unit}' は使えません（{'・'.join(YEN_UNITS)}）")
    scaled = (Decimal(str(value)) / YEN_UNITS[unit]).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    text = _sign(scaled < 0, f"{abs(int(scaled)):,}", minus)
    return fullwidth(text) if fw else text


def format_rate(value: float, decimals: int = 2, suffix: str = "%", minus: str = "△", fw: bool = False) -> str:
    """A percentage (95.44 → '95.44%'), rounded half up to `decimals`; △ for minus."""
    q = Decimal(1).scaleb(-decimals) if decimals else Decimal(1)
    scaled = Decimal(str(value)).quantize(q, rounding=ROUND_HALF_UP)
    text = _sign(scaled < 0, f"{abs(scaled):.{decimals}f}{suffix}", minus)
    return fullwidth(text) if fw else text


def format_count(value: float, suffix: str = "", fw: bool = False) -> str:
    """A count (persons, households, cases) with thousands separators: 27,971 (+ suffix such as '人')."""
    text = _sign(value < 0, f"{abs(int(round(value))):,}{suffix}", "△")
    return fullwidth(text) if fw else text


def nendo(year: int, fw: bool = False) -> str:
    """The 和暦 年度 label: 2027 → '令和9年度', 2019 → '令和元年度' (full-width digits with fw)."""
    return wareki.format_fiscal_year(year, fullwidth=fw)


def wadate(iso: str, weekday: bool = True, fw: bool = False) -> str:
    """An ISO date (2026-06-03) as 令和8年6月3日(水); raises ValueError on anything else."""
    return wareki.format_date(dt.date.fromisoformat(iso), weekday=weekday, fullwidth=fw)


def nendo_with_western(year: int, fw: bool = False) -> str:
    """'令和9年度 (2027年度)', as plan tables print their year headers."""
    text = f"{nendo(year)} ({year}年度)"
    return fullwidth(text) if fw else text
