"""Printed labels of 推進シート-type plans mapped to the contract's metric, segment, basis and count unit.

Every function reads a folded label ('収入率(%)', '滞納者数(単位:人)', '収入未済の目標額(円)(全体：現年+滞納繰越)')
and returns None when the label does not say; the callers decide the default.
"""
from __future__ import annotations

import re

from normalize.text import fold

# order matters: 収入未済 before 収入済, rates before amounts
_METRICS = (
    ("未済", "outstanding"), ("未収金", "outstanding"),
    ("収納率", "collection_rate"), ("収入率", "collection_rate"), ("徴収率", "collection_rate"),
    ("調定", "assessed"), ("収入済", "collected"), ("収納額", "collected"), ("収入額", "collected"),
    ("不納欠損", "written_off"),
    ("滞納者数", "delinquents"), ("滞納世帯数", "delinquents"), ("滞納件数", "delinquents"),
    ("差額", "difference"), ("増減", "difference"), ("前年度比", "difference"),
)
_CURRENT = ("現年",)
_ARREARS = ("滞納繰越", "滞繰", "過年度", "繰越")
_TOTAL = ("合計", "全体", "計")
_COUNT_UNITS = (("世帯", "households"), ("件", "cases"), ("人", "persons"), ("者", "persons"))


def metric_of(label: str) -> str | None:
    """The metric a row or column label names ('調定額' → 'assessed'); None for text rows (補足説明…)."""
    t = fold(label).replace(" ", "")
    return next((m for key, m in _METRICS if key in t), None)


def segment_of(label: str) -> str | None:
    """current / arrears / total as a label states it; a label naming both 現年 and 滞納繰越 is the total."""
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
    return None


def is_segment_label(label: str) -> bool:
    """True for a cell that only names a segment (現年, 滞納繰越分, 計): the left column of a 5-year table."""
    t = re.sub(r"[\s()（）分]", "", fold(label))
    return bool(t) and segment_of(t) is not None and metric_of(t) is None and len(t) <= 6


def basis_of(text: str) -> str | None:
    """target / estimate / actual as a heading, header or label says it; None when it says nothing."""
    t = fold(text)
    if "目標" in t:
        return "target"
    if "見込" in t or "推計" in t:
        return "estimate"
    if "決算" in t or "実績" in t:
        return "actual"
    return None


def count_unit(label: str) -> str:
    """persons / households / cases for a count row, from its (単位:人) note or its wording (滞納世帯数)."""
    t = fold(label)
    note = re.search(r"単位\s*[:：]?\s*([^)）]+)", t)
    where = note.group(1) if note else t
    return next((u for key, u in _COUNT_UNITS if key in where), "persons")
