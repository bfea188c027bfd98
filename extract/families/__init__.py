"""Family parsers: one module per document family, each working from labels and layout.

A family module exposes a module-level `PARSER` object with:
- `name: str` (e.g. "kobetsu"), `kind: Kind` (the contract's document kind);
- `score(pages: list[Page]) -> float`: 0..1, how sure the content (titles, labels, table headers) is
  of this family; never looks at the file name;
- `parse(pages: list[Page], doc: Document) -> None`: appends facts, initiatives, minutes and warnings
  to `doc` and fills `doc.document` (title, municipality, date, date_raw).
"""
from __future__ import annotations

import importlib
from typing import Protocol

from saiken.extract.layout import Page
from saiken.extract.records import Document, Kind

MODULES = ("kobetsu", "progress", "suishin", "kaikei", "minutes")


class FamilyParser(Protocol):
    """What a family module's PARSER provides."""

    name: str
    kind: Kind

    def score(self, pages: list[Page]) -> float: ...

    def parse(self, pages: list[Page], doc: Document) -> None: ...


def parsers() -> list[FamilyParser]:
    """Every family parser that is installed, in MODULES order."""
    out: list[FamilyParser] = []
    for name in MODULES:
        try:
            mod = importlib.import_module(f"saiken.extract.families.{name}")
        except ModuleNotFoundError as e:
            if e.name == f"saiken.extract.families.{name}":
                continue
            raise
        out.append(mod.PARSER)
    return out
