"""Printed labels of 推進シート-type plans mapped to the contract's metric, segment, basis and count unit.

Every function reads a folded label ('収入率(%)', '滞納者数(単位:人)', '収入未済の目標額(円)(全体：現年+滞納繰越)')
and returns None when the label does not say; the callers decide the default.
"""
from __future__ import annotations

import calendar
import re

from saiken.normalize.errors import NormalizeError
from saiken.normalize.text import fold
from saiken.normalize.wareki import ERA_BASE, fiscal_year

# order matters: 還付未済 before 未済, 収入未済 before 収入済, rates before amounts
_METRICS = (
    ("還付未済", "refund_outstanding"), ("未済", "outstanding"), ("未収金", "outstanding"),
    ("収納率", "collection_rate"), ("収入率", "collection_rate"), ("徴収率", "collection_rate"),
    ("調定", "assessed"), ("収入済", "collected"), ("収納済", "collected"), ("徴収済", "collected"),
    ("収納額", "collected"), ("収入額", "collected"), ("徴収額", "collected"),
    ("不納欠損", "written_off"),
    ("滞納者", "delinquents"), ("滞納世帯", "delinquents"), ("滞納件数", "delinquents"), ("未納者", "delinquents"),
    ("未納世帯", "delinquents"),
    ("差額", "difference"), ("増減", "difference"), ("前年度比", "difference"), ("対前年", "difference"),
)
#: metrics printed once per segment (現年 | 調定額 …): a row without its own segment label inherits the one above
PER_SEGMENT = ("assessed", "collected", "collection_rate")
_CURRENT = ("現年",)
_ARREARS = ("滞納繰越", "滞繰", "過年度", "繰越")
_TOTAL = ("合計", "全体", "計")
_COUNT_UNITS = (("世帯", "households"), ("件", "cases"), ("人", "persons"), ("者", "persons"))


_ERA_YEAR = re.compile(r"(令和|平成|R|H)\s*(元|\d{1,2})(?!\d)")
_BARE_YEAR = re.compile(r"^\s*(元|\d{1,2})\s*年度")
_WESTERN_YEAR = re.compile(r"((?:19|20)\d\d)\s*年度")
_COMPARISON = re.compile(r"(令和|平成|R|H)\s*(元|\d+)\D{0,4}[-−‐－]\s*(令和|平成|R|H)\s*(元|\d+)")


def metric_of(label: str) -> str | None:
    """The metric a row or column label names ('調定額' → 'assessed', 'R3-H29' → 'difference'); None for text
    rows (補足説明…)."""
    t = fold(label).replace(" ", "")
    found = next((m for key, m in _METRICS if key in t), None)
    if found is None and _COMPARISON.search(t):
        return "difference"
    return found


def year_of(text: str) -> int | None:
    """The fiscal year a text names first (令和7年度, R7, H29, 2017年度, and 平成32年度 as printed before the era
    changed → 2020); None when it names none."""
    try:
        return fiscal_year(text)
    except (NormalizeError, ValueError):
        pass
    t = fold(text)
    m = _ERA_YEAR.search(t)
    if m and m.group(1) in ("平成", "H") and m.group(2) != "元":
        return ERA_BASE[m.group(1)] + int(m.group(2))
    m = _WESTERN_YEAR.search(t)
    return int(m.group(1)) if m else None


def years_along(texts: list[str]) -> list[int | None]:
    """Fiscal years of a run of headers (a header row, or row labels down a column): an era-less one ('6年度' after
    '令和5年度') takes the era of the last header before it that printed one; None where a text names no year."""
    base: int | None = None
    out: list[int | None] = []
    for t in texts:
        year = year_of(t) if t else None
        if year is not None:
            m = _ERA_YEAR.search(fold(t))
            base = ERA_BASE[m.group(1)] if m else None
        elif base is not None and (bare := _BARE_YEAR.match(fold(t))):
            year = base + (1 if bare.group(1) == "元" else int(bare.group(1)))
        out.append(year)
    return out


#: whole segment labels, matched regardless of character order when the label reads as none of the keys: a
#: vertical (縦書き) label that wraps into two columns comes out of the page model scrambled ('滞越納繰')
_SCRAMBLE_KEYS = (("滞納繰越", "arrears"), ("滞納繰越分", "arrears"), ("過年度分", "arrears"), ("過年度", "arrears"), ("現年度分", "current"),
                  ("現年度", "current"), ("現年分", "current"), ("合計", "total"))


def _unscrambled(t: str) -> str | None:
    """The segment of a label whose characters are exactly those of a whole segment word in another order."""
    key = sorted(t)
    return next((seg for word, seg in _SCRAMBLE_KEYS if sorted(word) == key), None)


def segment_of(label: str) -> str | None:
    """current / arrears / total as a label states it; a label naming both 現年 and 滞納繰越 is the total; a
    whole-label segment word with its characters out of order (a wrapped vertical label) still counts."""
    t = fold(label).replace(" ", "")
    cur = any(k in t for k in _CURRENT)
    arr = any(k in t for k in _ARREARS)
    if cur and arr:
        return "total"
    if cur:
        return "current"
    if arr:
        return "arrears"
    if any(t.startswith(k) or t.endswith(k) for k in _TOTAL) or "全体" in t:
        return "total"
    return _unscrambled(t)


def is_segment_label(label: str) -> bool:
    """True for a cell that only names a segment (現年, 滞納繰越分, 計): the left column of a 5-year table."""
    t = re.sub(r"[\s()（）分]", "", fold(label))
    return bool(t) and segment_of(t) is not None and metric_of(t) is None and len(t) <= 6


_AS_OF = re.compile(r"(?:(令和|平成|R|H)\s*(元|\d+)\s*年\s*)?(\d{1,2})\s*月\s*末")


def as_of_of(text: str, fiscal_year: int | None) -> str | None:
    """ISO month end of a 途中集計 header ('令和6年度(12月末)', '令和7年2月末現在'); None when it names no 月末.

    Without a printed year the month is placed in `fiscal_year` (January–March in the next calendar year)."""
    m = _AS_OF.search(fold(text))
    if not m:
        return None
    month = int(m.group(3))
    if m.group(1):
        year = ERA_BASE[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))
    elif fiscal_year is not None:
        year = fiscal_year + (1 if month <= 3 else 0)
    else:
        return None
    if not 1 <= month <= 12:
        return None
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def count_unit(label: str) -> str:
    """persons / households / cases for a count row, from its (単位:人) note or its wording (滞納世帯数)."""
    t = fold(label)
    note = re.search(r"単位\s*[:：]?\s*([^)）]+)", t)
    where = note.group(1) if note else t
    return next((u for key, u in _COUNT_UNITS if key in where), "persons")
