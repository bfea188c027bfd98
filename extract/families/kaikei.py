"""Family parser for plans with account tables (世田谷区 type: 債権管理重点プラン).

Such a plan prints the 収入未済額 of each 会計 for two or more years (千円, years in the header as
令和元年度(2019年度)), a 内訳 table per 会計/款/債権 with merged cells and a 合計 row, and numbered prose sections
(１ … ４ 今後の取組み with (1)① items, 目標収納率 statements), often followed by one part per debt (個票: 収納の現況,
目標, ■目標実現に向けた取組み). See docs/kaikei.md.
"""
from __future__ import annotations

import re

from saiken.extract.families.kaikei_labels import ACCOUNT_HEADER, DEBT_HEADER, compact, in_header
from saiken.extract.families.kaikei_prose import initiatives
from saiken.extract.families.kaikei_sheets import sheet_initiatives
from saiken.extract.families.kaikei_tables import TableReader, account_tables, header_height, header_texts
from saiken.extract.layout import Line, Page
from saiken.extract.pdf import stitch
from saiken.extract.records import Document, Fact, Kind
from saiken.normalize.errors import NormalizeError
from saiken.normalize.wareki import parse_date

PLAN_TITLE = re.compile(r"(?:債権|収納|徴収|滞納).{0,12}(?:プラン|計画|方針)")
MUNICIPALITY_LINE = re.compile(r"^(?:.{1,4}?[都道府県])?.{1,7}?[市区町村]$")
MUNICIPALITY_PREFIX = re.compile(r"^((?:.{1,4}?[都道府県])?.{1,7}?[市区町村])")
DATE = r"(?:令和|平成)\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
DATE_LINE = re.compile(rf"^{DATE}$")
#: A date and the issuing municipality on one line (平成３０年３月　世田谷区 / 世田谷区　令和４年３月).
DATE_WITH_NAME = re.compile(rf"^(?:(?P<a>{DATE})\s+(?P<name>\S{{2,12}})|(?P<name2>\S{{2,12}})\s+(?P<b>{DATE}))$")
YEARS_NOTE = re.compile(r"^[(（].*年度?[)）]$")
COVER_PAGES = 2  # title, date and municipality are looked for on the first pages only


def _debt_tables(pages: list[Page]) -> int:
    """Tables whose header names both a 会計 column and a 債権 column (the 内訳 table)."""
    n = 0
    for p in pages:
        for g in p.grids:
            height = header_height(g.rows())
            heads = header_texts(g, height) if height else []
            if any(in_header(ACCOUNT_HEADER, h) for h in heads) and any(in_header(DEBT_HEADER, h) for h in heads):
                n += 1
    return n


def _title(lines: list[Line]) -> str | None:
    """The plan's title: the largest line naming a 債権 plan, with a bracketed period line right below it."""
    candidates = [k for k, ln in enumerate(lines) if PLAN_TITLE.search(ln.text)]
    if not candidates:
        return None
    k = max(candidates, key=lambda i: lines[i].size)
    title = lines[k].raw.strip()
    if k + 1 < len(lines) and YEARS_NOTE.match(lines[k + 1].text.strip()):
        title += lines[k + 1].raw.strip()
    return title


def _municipality(lines: list[Line], title: str | None) -> str | None:
    """A line that is only a municipality's name (世田谷区, or spaced out on a cover: 世　田　谷　区), else the
    municipality the title starts with."""
    for ln in lines:
        name = compact(ln.text)
        if MUNICIPALITY_LINE.match(name) and len(name) <= 10:
            return name
    m = MUNICIPALITY_PREFIX.match(title or "")
    return m.group(1) if m else None


def _date(lines: list[Line]) -> tuple[str | None, str | None]:
    """The (ISO, printed) date of the plan from a line holding only a date (令和４年３月), or a date beside the
    municipality's name (平成３０年３月　世田谷区); month-only → day 01."""
    for ln in lines:
        text, raw = ln.text.strip(), ln.raw.strip()
        if not DATE_LINE.match(text):
            m = DATE_WITH_NAME.match(text)
            if not m or not MUNICIPALITY_LINE.match(m.group("name") or m.group("name2")):
                continue
            part = "a" if m.group("a") else "b"
            text = m.group(part)
            raw = raw[m.start(part):m.end(part)] if len(raw) == len(ln.text.strip()) else text
        try:
            d = parse_date(text)
        except NormalizeError:
            continue
        if d.month is None:
            continue
        return d.iso or f"{d.year:04d}-{d.month:02d}-{d.day or 1:02d}", raw.strip()
    return None, None


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """Facts without repeats (the same figure printed twice in one sentence or page)."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for f in facts:
        k = (f.debt_raw, f.fiscal_year, f.segment, f.metric, f.basis, f.value, f.page, f.table)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


class KaikeiParser:
    """Plans with 会計別・債権別 収入未済額 tables (see module docstring)."""

    name = "kaikei"
    kind: Kind = "plan"

    def score(self, pages: list[Page]) -> float:
        """0..1: account tables (会計 column beside year/metric columns), a 内訳 table, and a 債権 plan title."""
        grids = [g for p in pages for g in p.grids]
        accounts = account_tables(grids)
        if not accounts:
            return 0.0
        score = 0.5
        if _debt_tables(pages):
            score += 0.2
        head = "\n".join(p.text for p in pages[:COVER_PAGES])
        if PLAN_TITLE.search(head):
            score += 0.2
        if re.search(r"収入未済額", "\n".join(p.text for p in pages)):
            score += 0.05
        return min(score, 0.95)

    def parse(self, pages: list[Page], doc: Document) -> None:
        """Fill doc.document, facts (tables, then prose), initiatives and warnings."""
        lines = [ln for p in pages[:COVER_PAGES] for ln in p.lines]
        info = doc.document
        info.title = _title(lines)
        info.municipality = _municipality(lines, info.title)
        info.date, info.date_raw = _date(lines)
        reader = TableReader()
        reader.read(stitch(pages), pages)
        facts = list(reader.facts)  # figures of the prose: the shared text reader (pipeline)
        doc.facts.extend(_dedupe(facts))
        doc.warnings.extend(reader.warnings)
        doc.initiatives.extend(initiatives(pages) + sheet_initiatives(pages))


PARSER = KaikeiParser()
