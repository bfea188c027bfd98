"""era_mismatch: a 和暦 year and the Western year printed beside it (令和3年度（2021年度）) disagree."""
from __future__ import annotations

import re

from saiken.audit.context import AuditContext
from saiken.audit.textscan import compact, folded_pages
from saiken.extract.records import Fact, Finding
from saiken.normalize.text import fold

RULE = "era_mismatch"
_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925, "R": 2018, "H": 1988, "S": 1925}
_ERA = r"(令和|平成|昭和|R|H|S)(元|[0-9]{1,2})"
_SINGLE = re.compile(_ERA + r"年度?[(（]([0-9]{4})年?度?[)）]")
_RANGE = re.compile(_ERA + r"(?:年度?)?[～〜~\-ー－](?:(令和|平成|昭和|R|H|S))?(元|[0-9]{1,2})年度?"
                    r"[(（]([0-9]{4})年?度?[～〜~\-ー－]([0-9]{4})年?度?[)）]")


def western(era: str, year: str) -> int:
    """The Western year of an era year (令和元 → 2019)."""
    return _BASE[era] + (1 if year == "元" else int(year))


def _pairs(lines: list[str]) -> list[tuple[str, str, str, int]]:
    """(matched text, era, era year, printed Western year) for each pair on one line or in one cell."""
    out = []
    for line in lines:
        flat = compact(line)
        out += [(m.group(0), m.group(1), m.group(2), int(m.group(3))) for m in _SINGLE.finditer(flat)]
        for m in _RANGE.finditer(flat):
            out.append((m.group(0), m.group(1), m.group(2), int(m.group(5))))
            out.append((m.group(0), m.group(3) or m.group(1), m.group(4), int(m.group(6))))
    return out


def check(ctx: AuditContext) -> list[Finding]:
    """Every era year with a Western year in brackets beside it that does not match."""
    out: list[Finding] = []
    for doc in ctx.docs:
        seen: set[tuple[int, str]] = set()
        cells: dict[int, list[str]] = {}
        for t in doc.doc.tables:
            cells.setdefault(t.page, []).extend(fold(c) for r in t.rows for c in r)
        for page, text in folded_pages(doc):
            for raw, era, year, printed in _pairs(text.split("\n") + cells.get(page, [])):
                expected = western(era, year)
                if expected == printed or (page, raw) in seen:
                    continue
                seen.add((page, raw))
                fact = Fact(metric="era_year", value=printed, unit="count", raw=raw, page=page)
                out.append(ctx.finding(RULE, doc, [fact], f"「{raw}」の和暦{era}{year}年は西暦{expected}年です",
                                       printed=str(printed), expected=str(expected), explainable=False))
    return out
