"""cross_doc_mismatch: the same municipality, debt, year, segment, metric, basis (and area) printed with
values that differ beyond the precision of both (a 千円 table against a 円 table included).

Also compares two places of one document (a summary table against a debt's sheet), except figures from
ward tables; when one of the two is a figure stated in a sentence, the finding is a claim_mismatch. An account's
(会計) figure is compared with the sum of the debts a breakdown table lists under it (`saiken.audit.accounts`). Targets and estimates may be revised between documents, and two documents of different dates may restate a
result (a corrected 決算, another scope): those differences are `warning`; within one document they are `error`.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from pathlib import Path

from saiken.audit.accounts import account_checks
from saiken.audit.context import AuditContext, fact_label
from saiken.audit.corpus import AuditDoc
from saiken.audit.intervals import fact_interval, fmt_fact_interval, fmt_interval, shown
from saiken.audit.keys import checkable, debt_key, norm_name, segment_of
from saiken.audit.textscan import is_prose_fact
from saiken.extract.records import Fact, Finding

RULE = "cross_doc_mismatch"
CLAIM = "claim_mismatch"


def _key(doc: AuditDoc, f: Fact) -> tuple[Hashable, ...]:
    return (norm_name(doc.municipality), debt_key(f), f.fiscal_year, segment_of(f), f.metric, f.basis or "actual",
            f.as_of, norm_name(f.area), f.unit)


def _ward_tables(doc: AuditDoc) -> set[int]:
    return {f.table for f in doc.doc.facts if f.area and f.table is not None}


def check(ctx: AuditContext) -> list[Finding]:
    """One finding per pair of places whose printed intervals do not overlap."""
    groups: dict[tuple[Hashable, ...], list[tuple[AuditDoc, Fact]]] = defaultdict(list)
    for doc in ctx.docs:
        wards = _ward_tables(doc)
        for f in doc.doc.facts:
            if checkable(f) and f.metric != "difference" and not (f.table is not None and f.table in wards and not f.area):
                groups[_key(doc, f)].append((doc, f))
    out: list[Finding] = []
    seen: set[tuple[str, int, str, int]] = set()
    for key, items in groups.items():
        for i, (da, fa) in enumerate(items):
            for db, fb in items[i + 1:]:
                same_doc = da.name == db.name
                if not same_doc and not key[0]:
                    continue  # two documents of unknown municipality
                if same_doc and (fa.table == fb.table and fa.table is not None or fa.page == fb.page and fa.table is None):
                    continue
                if fact_interval(fa).overlaps(fact_interval(fb)):
                    continue
                place = (da.name, fa.page, db.name, fb.page)
                if place in seen:
                    continue
                seen.add(place)
                revisable = fa.basis in ("target", "estimate") or fa.approx or fb.approx or not same_doc
                where = "同じ資料の別の箇所" if same_doc else f"「{db.name}」"
                prose = same_doc and is_prose_fact(da, fa) != is_prose_fact(db, fb)
                out.append(ctx.finding(
                    CLAIM if prose else RULE, da, [fa, fb],
                    f"{fact_label(fa)}が{where}（{fb.page}ページ）と異なります：{shown(fa)} と {shown(fb)}",
                    printed=shown(fa), expected=fmt_fact_interval(fa, fact_interval(fb)),
                    severity="warning" if revisable else "error",
                    other=[{"document": Path(db.name).stem, "page": fb.page}], explainable=False))
    for doc in ctx.docs:
        out.extend(_account_findings(ctx, doc))
    return out


def _account_findings(ctx: AuditContext, doc: AuditDoc) -> list[Finding]:
    """Account figures that the sum of their debts in the document's breakdown table does not reach."""
    out: list[Finding] = []
    for c in account_checks(doc):
        if c.total.overlaps(fact_interval(c.account)):
            continue
        pages = sorted({p.page for p in c.parts})
        raws = "＋".join(shown(p) for p in c.parts[:3]) + ("…" if len(c.parts) > 3 else "")
        out.append(ctx.finding(
            RULE, doc, [c.account, *c.parts],
            f"{fact_label(c.account)}（{shown(c.account)}）が内訳表の同じ会計の{len(c.parts)}債権の合計（{raws}）と"
            f"異なります", printed=shown(c.account), expected=fmt_interval(c.total, 0, "円"),
            other=[{"document": Path(doc.name).stem, "page": p} for p in pages], explainable=False))
    return out
