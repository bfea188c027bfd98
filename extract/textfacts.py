"""Figures printed in running text, bullets and text cells: 「収入未済額は約26億3,600万円（令和5年度）」,
「2月末収納率 40.2%（前年同月 38.9%）」, bullets 「現年分 98.1％」 under a heading 【収納率】令和6年12月末時点.

Each figure's key is read from the words printed before it in its clause (extract.statkeys.key_of over the lexicon),
then from the bracketed heading above it (【収納率】, 【滞納繰越分】), the header of the table column it is printed in,
and the page: the nearest word wins. A parenthesis 「（前年同月 38.9%）」「（前年度決算：43.8%）」 restates the figure
before it for the previous year: same metric and segment, the year before, the basis the parenthesis names, and an
interim date moved back a year (the month end recomputed: 2月末 of 2024 is the 29th). The debt is the one the page
outline gives the place (extract.scope), or a debt name printed in the clause. A figure whose metric is not printed
anywhere around it, or whose unit does not fit its metric (a rate in 円), gives no fact: nothing is guessed.
Lines that are rows of a table drawn without rules (three figures or more with no words between them) are left to
the table reader.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from extract.layout import BBox, Page
from extract.records import CORE_METRICS, Fact
from extract.scope import Mark, is_debt_name, marks
from extract.statkeys import MONEY_METRICS, Key, era_of, key_of, merge
from normalize.amounts import Amount, find_amounts
from normalize.text import despace, fold

HEADING = re.compile(r"^\s*[【\[〔■◆◇□●]")
PREVIOUS = re.compile(r"前年(?:度)?(?:同月|同期|同時期)?|昨年(?:度)?")
SAME_TIME = re.compile(r"同月|同期|同時期")
YEAR_AFTER = re.compile(r"^\s*[(（]\s*((?:令和|平成|R|H)\s*[0-9元]+\s*年度?(?:末)?|(?:19|20)[0-9]{2}\s*年度)\s*[)）]")
#: after a figure: a change (7.29%増, 2.5億円減), a threshold (100万円以上, 1億円を超えた) or a count's rate: no fact.
NOT_A_LEVEL = re.compile(r"^\s*(?:の)?(?:増|減|上昇|低下|改善|悪化|増加|減少|縮減|削減|圧縮|以上|以下|未満|超|を超え|を上回|を下回|"
                         r"ポイント|pt|の(?:増|減)|程度の(?:増|減))")
UNITS = {"collection_rate": ("percent",), "delinquents": ("persons", "households", "cases")}


@dataclass
class _Place:
    """A run of text to read: its page, box, text and the keys that govern it from outside (heading, column)."""

    page: int
    bbox: BBox
    text: str
    outer: Key
    y: float


def _heading_key(text: str, era: str | None) -> Key | None:
    """The key a bracketed heading line gives the lines below it (【収納率】令和6年12月末時点), None for other lines."""
    if not HEADING.match(text) or len(find_amounts(text)) > 0:
        return None
    k = key_of(text, None, era)
    return k if (k.metric or k.segment) else None


def _shift(as_of: str | None) -> str | None:
    """The same month end (or day) one year earlier: 2025-02-28 → 2024-02-29."""
    if not as_of:
        return None
    y, m, d = (int(x) for x in as_of.split("-"))
    last = calendar.monthrange(y, m)[1]
    prev_last = calendar.monthrange(y - 1, m)[1]
    day = prev_last if d == last else min(d, prev_last)
    return f"{y - 1:04d}-{m:02d}-{day:02d}"


def _unit_fits(metric: str, a: Amount) -> bool:
    if metric in MONEY_METRICS:
        return a.unit == "yen"
    return a.unit in UNITS.get(metric, (a.unit,))


def _table_row(text: str, amounts: list[Amount]) -> bool:
    """True for a line of three figures or more with nothing but spaces between them (an unruled table row)."""
    if len(amounts) < 3:
        return False
    gaps = [text[a.span[1]:b.span[0]] for a, b in zip(amounts, amounts[1:]) if a.span and b.span]
    return all(not despace(g) or despace(g) in "()（）" for g in gaps)


def read_place(place: _Place, debt: str | None, year: Key) -> list[Fact]:
    """The facts of one line or text cell (see module docstring)."""
    text = fold(place.text)
    amounts = [a for a in find_amounts(text) if a.span]
    if not amounts or _table_row(text, amounts):
        return []
    era = era_of(text) or year.fiscal_year_raw and era_of(year.fiscal_year_raw)
    out: list[Fact] = []
    prev: Key | None = None
    start = 0
    for a in amounts:
        s, e = a.span  # type: ignore[misc]
        label = text[start:s]
        start = e
        after = YEAR_AFTER.match(text, e)
        if after:
            start = after.end()
        clause = re.split(r"[。、]", label)[-1] if re.search(r"[。]", label) else label
        own = key_of(clause, year.fiscal_year, era or None)
        paren = bool(re.search(r"[(（][^)）]*$", clause))
        if NOT_A_LEVEL.match(text, e) or re.search(r"(?:から|比|差|⇒|→)\s*(?:約)?\s*$", clause):
            prev = None
            continue
        if paren and (prev is None or len(despace(clause)) > 16):
            continue  # a figure inside a parenthesis that restates nothing: (実施件数334件、…⇒収納率54.8%)
        if after is not None:
            own = merge(key_of(after.group(1)), own)
        if paren and prev is not None and not own.metric:
            k = merge(own, replace(prev, basis=None, as_of=None, fiscal_year=None, fiscal_year_raw=None))
            if PREVIOUS.search(clause) and own.fiscal_year is None and prev.fiscal_year is not None:
                basis = own.basis or (prev.basis if SAME_TIME.search(clause) or not own.basis else None)
                as_of = _shift(prev.as_of) if basis == "interim" else None
                k = replace(k, fiscal_year=prev.fiscal_year - 1, fiscal_year_raw=PREVIOUS.search(clause).group(0),
                            basis=basis, as_of=as_of)
            else:
                k = merge(k, prev)
        else:
            if not own.metric and own.rest:
                continue  # the words before the figure name something, but no metric: not ours to guess
            k = merge(own, place.outer, year)
            prev = k
        metric = k.metric
        if metric is None or metric not in CORE_METRICS or k.change or not _unit_fits(metric, a):
            continue
        if k.fiscal_year is None:
            continue
        named = next((w for w in re.split(r"[\s、。はがの：:]", clause) if is_debt_name(w)), None)
        basis = k.basis or "actual"
        out.append(Fact(debt_raw=named or debt, fiscal_year=k.fiscal_year, fiscal_year_raw=k.fiscal_year_raw,
                        segment=k.segment or "total", metric=metric, basis=basis,  # type: ignore[arg-type]
                        as_of=k.as_of if basis == "interim" else None, value=a.value, unit=a.unit,  # type: ignore[arg-type]
                        approx=a.approx, raw=a.raw, page=place.page, bbox=place.bbox))
    return out


def _places(page: Page) -> list[_Place]:
    """Lines outside tables and the text cells of tables (with their column's header), top to bottom."""
    out = [_Place(page.number, ln.bbox, ln.text, Key(), ln.bbox[1]) for ln in page.lines_outside_grids()]
    for g in page.grids:
        rows = g.rows()
        for c in g.cells:
            t = c.text
            if not t or not re.search(r"[぀-ヿ一-鿿]", t) or not find_amounts(t):
                continue
            head = rows[0][c.col] if c.row > 0 and c.col < len(rows[0]) else ""
            outer = key_of(head) if len(despace(head)) <= 12 and not find_amounts(head) else Key()
            outer = replace(outer, metric=None)  # a column header dates and segments a text cell, never names its metric
            for i, line in enumerate(c.lines or [t]):
                out.append(_Place(page.number, c.bbox, line, outer, c.bbox[1] + i * 0.01))
    return sorted(out, key=lambda p: p.y)


def text_facts(pages: list[Page]) -> list[Fact]:
    """Facts of every line and text cell of the document (see module docstring)."""
    ms: list[Mark] = marks(pages)
    out: list[Fact] = []
    heading: Key = Key()
    sub: Key = Key()
    debt: str | None = None
    doc_year = Key()
    for page in pages:
        page_year = Key()
        for place in _places(page):
            while ms and (ms[0].page, ms[0].y) <= (page.number, place.y + 1):
                if ms[0].name != debt:
                    heading, sub = Key(), Key()
                debt = ms.pop(0).name
            era = era_of(place.text) or era_of(page.text)
            hk = _heading_key(place.text, era)
            if hk is not None:
                if hk.metric:
                    heading, sub = hk, Key()
                else:
                    sub = hk
                if hk.fiscal_year is not None:
                    page_year = Key(fiscal_year=hk.fiscal_year, fiscal_year_raw=hk.fiscal_year_raw)
                continue
            first = key_of(place.text, None, era)
            if first.fiscal_year is not None and not find_amounts(place.text):
                page_year = Key(fiscal_year=first.fiscal_year, fiscal_year_raw=first.fiscal_year_raw)
                if doc_year.fiscal_year is None:
                    doc_year = page_year
            ctx = merge(place.outer, sub, heading)
            place.outer = ctx
            base = merge(Key(fiscal_year=heading.fiscal_year, fiscal_year_raw=heading.fiscal_year_raw,
                             as_of=heading.as_of, basis=heading.basis), page_year, doc_year)
            out.extend(read_place(place, debt, base))
    return out
