"""Per-account (会計) totals against the debts a breakdown table lists under that account.

A breakdown table (会計名称 | 款 | … | 債権名 | 収入未済額) names the account in its first column, once per group
(a merged cell); a summary table elsewhere in the document prints one figure per account. When both tables carry
a grand total (合計) that agree, they cover the same debts, so each account's figure must equal the sum of its
debts' figures in the breakdown, within the printed precisions.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass

from saiken.audit.corpus import AuditDoc
from saiken.audit.intervals import Interval, fact_interval, interval_sum
from saiken.audit.keys import TOTAL_WORDS, debt_key, norm_name
from saiken.audit.tables import is_total_label
from saiken.extract.records import Fact


@dataclass
class AccountCheck:
    """One account's printed figure, the breakdown facts under it, and their summed interval."""

    account: Fact
    parts: list[Fact]
    total: Interval


def _scope(f: Fact) -> tuple[Hashable, ...]:
    return (f.fiscal_year, f.metric, f.segment or "total", f.basis or "actual", f.as_of, f.unit)


def _row_accounts(doc: AuditDoc, index: int) -> dict[int, str]:
    """For each fact of table `index`, the account its row sits under: the first column filled down."""
    table = doc.doc.tables[index]
    first: list[str] = []
    last = ""
    for row in table.rows:
        cell = norm_name(row[0]) if row else ""
        last = cell or last
        first.append(last)
    out: dict[int, str] = {}
    for i, f in enumerate(doc.doc.facts):
        if f.table != index or not f.debt_raw:
            continue
        label = norm_name(f.debt_raw)
        rows = [k for k, row in enumerate(table.rows)
                if any(c.strip() == f.raw.strip() for c in row) and any(label == norm_name(c) for c in row[1:])]
        if len(rows) == 1 and first[rows[0]] and first[rows[0]] != label and not is_total_label(first[rows[0]]):
            out[i] = first[rows[0]]
    return out


def _grand_total(doc: AuditDoc, table: int | None, scope: tuple[Hashable, ...]) -> Interval | None:
    facts = [f for f in doc.doc.facts if f.table == table and _scope(f) == scope
             and TOTAL_WORDS.match(norm_name(f.debt_raw))]
    return fact_interval(facts[0]) if len(facts) == 1 else None


def account_checks(doc: AuditDoc) -> list[AccountCheck]:
    """Every account figure with the breakdown rows under it, where both tables' grand totals agree."""
    facts = doc.doc.facts
    out: list[AccountCheck] = []
    for index in {f.table for f in facts if f.table is not None}:
        groups: dict[tuple[Hashable, ...], list[Fact]] = defaultdict(list)
        for i, account in _row_accounts(doc, index).items():
            groups[(account,) + _scope(facts[i])].append(facts[i])
        for (account, *scope), parts in groups.items():
            key = tuple(scope)
            mine = _grand_total(doc, index, key)
            for f in facts:
                if f.table in (None, index) or _scope(f) != key or debt_key(f) != account and \
                        norm_name(f.debt_raw) != account:
                    continue
                theirs = _grand_total(doc, f.table, key)
                if mine is None or theirs is None or not mine.overlaps(theirs):
                    continue
                out.append(AccountCheck(f, parts, interval_sum([fact_interval(p) for p in parts])))
    return out
