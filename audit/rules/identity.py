"""identity_mismatch: 収入未済額 ≠ 調定額 − 収入済額 − 不納欠損額 (+ 還付未済額), only when all are printed."""
from __future__ import annotations

from itertools import product

from audit.context import AuditContext, fact_label
from audit.intervals import Interval, fact_interval, fmt_fact_interval
from audit.keys import base_key, checkable, group, pick_partners, segment_of
from extract.records import Fact, Finding

RULE = "identity_mismatch"
_PARTS = ("assessed", "collected", "written_off")


def expected_outstanding(assessed: Fact, collected: Fact, written_off: Fact, refund: Fact | None) -> Interval:
    """調定額 − 収入済額 − 不納欠損額 (+ 還付未済額) over the printed intervals."""
    i = fact_interval(assessed) - fact_interval(collected) - fact_interval(written_off)
    return i + fact_interval(refund) if refund is not None else i


def check(ctx: AuditContext) -> list[Finding]:
    """Every 収入未済額 with 調定額, 収入済額 and 不納欠損額 of the same key in its table or page."""
    out: list[Finding] = []
    for doc in ctx.docs:
        facts = [(i, f) for i, f in enumerate(doc.doc.facts) if checkable(f) and f.unit == "yen"]
        for _, items in group(facts, lambda f: base_key(f) + (segment_of(f),)).items():
            by = {m: [x for x in items if x[1].metric == m]
                  for m in _PARTS + ("outstanding", "refund_outstanding")}
            for _, o in by["outstanding"]:
                cands = [[f for _, f in pick_partners(o, by[m])] for m in _PARTS]
                if not all(cands):
                    continue
                refunds: list[Fact | None] = [f for _, f in pick_partners(o, by["refund_outstanding"])] or [None]
                combos = [(p, expected_outstanding(*p, r)) for p in product(*cands) for r in refunds]
                want = fact_interval(o)
                if any(e.overlaps(want) for _, e in combos):
                    continue
                (a, c, w), e = min(combos, key=lambda t: t[1].distance(want))
                out.append(ctx.finding(
                    RULE, doc, [o, a, c, w],
                    f"{fact_label(o)}（{o.raw}）が調定額（{a.raw}）−収入済額（{c.raw}）−不納欠損額（{w.raw}）"
                    "と一致しません", printed=o.raw, expected=fmt_fact_interval(o, e)))
    return out
