"""How facts are grouped into checks: the same debt, year, basis, area (and segment or metric)."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable

from saiken.extract.records import Fact

_SPACE = re.compile(r"\s+")
TOTAL_WORDS = re.compile(r"^(合\s*計|総\s*計|計|小\s*計|全体|[0-9０-９]+区合計|全区合計)$")


def norm_name(s: str | None) -> str:
    """A name for matching: NFKC, no white space ('' for None)."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", s or ""))


def debt_key(f: Fact) -> str:
    """The debt a fact is about: canonical name, else the printed one ('' when neither)."""
    return norm_name(f.debt) or norm_name(f.debt_raw)


def segment_of(f: Fact) -> str:
    """The segment, with None read as the whole debt ('total')."""
    return f.segment or "total"


def base_key(f: Fact) -> tuple[Hashable, ...]:
    """Debt, fiscal year, basis, as_of and area: the facts that can enter one arithmetic check."""
    return (debt_key(f), f.fiscal_year, f.basis, f.as_of, norm_name(f.area))


def group(facts: Iterable[tuple[int, Fact]], key: Callable[[Fact], Hashable]) -> dict[Hashable, list[tuple[int, Fact]]]:
    """Facts (with their index) grouped by a key function."""
    out: dict[Hashable, list[tuple[int, Fact]]] = defaultdict(list)
    for i, f in facts:
        out[key(f)].append((i, f))
    return out


def checkable(f: Fact) -> bool:
    """True when a fact has the fields a check needs: a debt and a fiscal year."""
    return bool(debt_key(f)) and f.fiscal_year is not None and not TOTAL_WORDS.match(debt_key(f))


def pick_partners(anchor: Fact, cands: list[tuple[int, Fact]]) -> list[tuple[int, Fact]]:
    """The candidates from the anchor's table if any, else from its page ([] when none is that close)."""
    if anchor.table is not None:
        same = [c for c in cands if c[1].table == anchor.table]
        if same:
            return same
    return [c for c in cands if c[1].page == anchor.page and (c[1].table is None or anchor.table is None
                                                              or c[1].table == anchor.table)]
