"""identity_mismatch: 収入未済額 ≠ 調定額 − 収入済額 − 不納欠損額 (+ 還付未済額), only when all are printed.

A 計 figure a table leaves out is read from its segments: 調定額 (計) = 現年分 + 滞納繰越分 when the table prints
those two and no 計 row, and a 不納欠損額 printed only under 滞納繰越分 (the 現年分 block has no such row) stands
for the whole; a mismatch that rests on that second reading is a `warning` (現年分 could have a write-off).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import product

from saiken.audit.context import AuditContext, fact_label
from saiken.audit.corpus import AuditDoc
from saiken.audit.intervals import Interval, fact_interval, fmt_fact_interval, shown
from saiken.audit.keys import base_key, checkable, group, pick_partners, segment_of
from saiken.extract.records import Fact, Finding

RULE = "identity_mismatch"
_PARTS = ("assessed", "collected", "written_off")


@dataclass(frozen=True)
class Part:
    """One term of the identity: its interval, the printed facts behind it, and whether it rests on an assumption."""

    interval: Interval
    facts: tuple[Fact, ...]
    assumed: bool = False

    @property
    def raw(self) -> str:
        return "＋".join(shown(f) for f in self.facts)


def _parts(o: Fact, metric: str, by: dict[tuple[str, str], list[tuple[int, Fact]]]) -> list[Part]:
    """The candidates for one term of the identity of 収入未済額 `o`: printed in its segment, or for a 計 the
    現年分 + 滞納繰越分 of its table (a 不納欠損額 printed under 滞納繰越分 alone stands for the 計, assumed)."""
    seg = segment_of(o)
    direct = [Part(fact_interval(f), (f,)) for _, f in pick_partners(o, by.get((seg, metric), []))]
    if direct or seg != "total" or o.table is None:
        return direct
    cur, arr = ([f for _, f in by.get((s, metric), []) if f.table == o.table] for s in ("current", "arrears"))
    if cur and arr:
        return [Part(fact_interval(c) + fact_interval(a), (c, a)) for c, a in product(cur, arr)]
    current_block = any(f.table == o.table for _, f in by.get(("current", "assessed"), []))
    if metric == "written_off" and arr and not cur and current_block:
        return [Part(fact_interval(a), (a,), assumed=True) for a in arr]
    return []


def check(ctx: AuditContext) -> list[Finding]:
    """Every 収入未済額 with 調定額, 収入済額 and 不納欠損額 of the same key in its table or page."""
    out: list[Finding] = []
    for doc in ctx.docs:
        facts = [(i, f) for i, f in enumerate(doc.doc.facts) if checkable(f) and f.unit == "yen"]
        for _, items in group(facts, base_key).items():
            by: dict[tuple[str, str], list[tuple[int, Fact]]] = {}
            for x in items:
                by.setdefault((segment_of(x[1]), x[1].metric), []).append(x)
            for _, o in (x for x in items if x[1].metric == "outstanding"):
                finding = _check_one(ctx, doc, o, by)
                if finding is not None:
                    out.append(finding)
    return out


def _check_one(ctx: AuditContext, doc: AuditDoc, o: Fact, by: dict[tuple[str, str], list[tuple[int, Fact]]]) -> Finding | None:
    """A finding when no combination of the terms' candidates gives the printed 収入未済額 `o`, else None."""
    cands = [_parts(o, m, by) for m in _PARTS]
    if not all(cands):
        return None
    refunds = [fact_interval(f) for _, f in pick_partners(o, by.get((segment_of(o), "refund_outstanding"), []))]
    combos = [(p, p[0].interval - p[1].interval - p[2].interval + r)
              for p in product(*cands) for r in refunds or [Interval.point(0)]]
    want = fact_interval(o)
    if any(e.overlaps(want) for _, e in combos):
        return None
    (a, c, w), e = min(combos, key=lambda t: t[1].distance(want))
    assumed = a.assumed or c.assumed or w.assumed
    return ctx.finding(
        RULE, doc, [o, *a.facts, *c.facts, *w.facts],
        f"{fact_label(o)}（{shown(o)}）が調定額（{shown(a)}）−収入済額（{shown(c)}）−不納欠損額（{shown(w)}）"
        "と一致しません" + ("（現年分の不納欠損額を0として計算）" if assumed else ""),
        printed=shown(o), expected=fmt_fact_interval(o, e), severity="warning" if assumed else "error")
