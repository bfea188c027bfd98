"""Whole-scope figures stated in sentences (「全会計で約26億3,600万円」, 「約107億円（令和2年度）」) against the
grand-total (合計・計) rows of the document's tables for the same year, and 「前年度から約X円の減」 against the change
of those totals. The sentence's scope may differ from the table's (a subset of debts), so these are `warning`s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from saiken.audit.corpus import AuditDoc
from saiken.audit.intervals import Interval, fact_interval, fact_printed
from saiken.audit.keys import TOTAL_WORDS, norm_name
from saiken.audit.textscan import compact
from saiken.extract.lexicon import LEXICON
from saiken.extract.records import Fact
from saiken.normalize.text import fold

ALL_DEBTS = re.compile("^(?:" + LEXICON.all_debts.pattern + "|全市)$")  # as the lexicon, and 全市
_AMOUNT = r"(約)?(?:([0-9][0-9,]*(?:\.[0-9]+)?)億)?(?:([0-9][0-9,]*(?:\.[0-9]+)?)万)?円"
_CHANGE = re.compile(r"前年度末?(?:から|比|と比べて?|に比べて?)、?" + _AMOUNT + r"の?(減|増)")


@dataclass
class TotalClaim:
    """A sentence figure, the table totals of its year it was compared with, and the gap found (None if it fits)."""

    fact: Fact
    sentence: str
    totals: list[Fact]
    printed: str
    expected: Interval | None


def significant_interval(value: Fraction, approx: bool, step: Fraction) -> Interval:
    """A 約 figure stands for ± the place of its last non-zero digit (約26億3,600万 → ±100万); else ± its step."""
    if not approx or value == 0:
        return Interval(value - step, value + step)
    place = Fraction(1)
    while (abs(value) / (place * 10)).denominator == 1 and place * 10 <= abs(value):
        place *= 10
    place = max(place, step)
    return Interval(value - place, value + place)


def _prose_interval(f: Fact) -> Interval:
    p = fact_printed(f)
    return significant_interval(p.value, p.approx, p.step) if p.approx else p.interval()


def _amount(groups: tuple[str | None, ...]) -> tuple[Fraction, bool, Fraction] | None:
    approx, oku, man = groups
    if not oku and not man:
        return None
    value = Fraction(0)
    step = Fraction(10**8)
    if oku:
        value += Fraction(oku.replace(",", "")) * 10**8
        step = Fraction(10**8, 10 ** (len(oku.split(".")[1]) if "." in oku else 0))
    if man:
        value += Fraction(man.replace(",", "")) * 10**4
        step = Fraction(10**4)
    return value, bool(approx), step


def _grand_totals(doc: AuditDoc, f: Fact, year: int | None) -> list[Fact]:
    return [t for t in doc.doc.facts if t.table is not None and t.fiscal_year == year and t.metric == f.metric
            and (t.segment or "total") == (f.segment or "total") and (t.basis or "actual") == (f.basis or "actual")
            and not t.area and TOTAL_WORDS.match(norm_name(t.debt_raw)) and t.unit == f.unit]


def total_claims(doc: AuditDoc) -> list[TotalClaim]:
    """Every whole-scope sentence figure (no debt) with its year's table grand totals, and its change claim."""
    out: list[TotalClaim] = []
    for f in doc.doc.facts:
        if f.table is not None or f.debt or f.debt_raw and not ALL_DEBTS.match(norm_name(f.debt_raw)) \
                or f.unit != "yen" or f.area:
            continue  # (a sentence naming the debts together, 全債権の収入未済額, is whole-scope too)
        totals = _grand_totals(doc, f, f.fiscal_year)
        if not totals:
            continue
        text = compact(fold(doc.page_text(f.page)))
        raw = compact(fold(f.raw))
        at = text.find(raw)
        if at < 0:
            continue
        start = text.rfind("。", 0, at) + 1
        end = text.find("。", at)
        sentence = text[start:end if end >= 0 else len(text)]
        mine = _prose_interval(f)
        if not any(fact_interval(t).overlaps(mine) for t in totals):
            best = min(totals, key=lambda t: fact_interval(t).distance(mine))
            out.append(TotalClaim(f, sentence, [best], f.raw, fact_interval(best)))
            continue
        out += _change_claims(doc, f, sentence[sentence.find(raw) + len(raw):], sentence, totals, mine)
    return out


def _change_claims(doc: AuditDoc, f: Fact, rest: str, sentence: str, totals: list[Fact],
                   mine: Interval) -> list[TotalClaim]:
    """「前年度から約X円の減」 after the figure, against this year's matching total minus the previous year's."""
    m = _CHANGE.search(rest)
    amount = _amount(m.groups()[:3]) if m else None
    if m is None or amount is None:
        return []
    value, approx, step = amount
    said = significant_interval(value, approx, step) if approx else Interval(value - step, value + step)
    changes = []
    for t in (t for t in totals if fact_interval(t).overlaps(mine)):
        prev = [p for p in _grand_totals(doc, f, (f.fiscal_year or 0) - 1) if p.table == t.table]
        for p in prev:
            d = fact_interval(p) - fact_interval(t)
            changes.append((t, p, d if m.group(4) == "減" else -d))
    if not changes or any(c.overlaps(said) for _, _, c in changes):
        return []
    t, p, c = min(changes, key=lambda x: x[2].distance(said))
    return [TotalClaim(f, sentence, [t, p], m.group(0), c)]
