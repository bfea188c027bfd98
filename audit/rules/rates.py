"""rate_mismatch: a printed 収納率 that no 収入済額 ÷ 調定額 inside the printed precisions reaches (a rate stated
in a sentence against the table's amounts is a claim_mismatch)."""
from __future__ import annotations

from saiken.audit.context import AuditContext, fact_label
from saiken.audit.intervals import Interval, fact_interval, fmt_fact_interval, shown
from saiken.audit.keys import base_key, checkable, group, pick_partners, segment_of
from saiken.audit.textscan import is_prose_fact
from saiken.extract.records import Fact, Finding

RULE = "rate_mismatch"
CLAIM = "claim_mismatch"


def rate_interval(collected: Fact, assessed: Fact) -> Interval | None:
    """100 × collected ÷ assessed over the printed intervals (None when 調定額 may be 0)."""
    q = fact_interval(collected) / fact_interval(assessed)
    return q.scale(100) if q is not None else None


def check(ctx: AuditContext) -> list[Finding]:
    """Every rate whose same-key 調定額 and 収入済額 (same table or page) cannot produce it."""
    out: list[Finding] = []
    for doc in ctx.docs:
        facts = [(i, f) for i, f in enumerate(doc.doc.facts) if checkable(f)]
        for _, items in group(facts, lambda f: base_key(f) + (segment_of(f),)).items():
            by = {m: [x for x in items if x[1].metric == m] for m in ("assessed", "collected", "collection_rate")}
            for _, rate in by["collection_rate"]:
                if rate.unit != "percent":
                    continue
                assessed = pick_partners(rate, [x for x in by["assessed"] if x[1].unit == "yen"])
                collected = pick_partners(rate, [x for x in by["collected"] if x[1].unit == "yen"])
                pairs = [(a, c) for _, a in assessed for _, c in collected]
                if not pairs:
                    continue
                want = fact_interval(rate)
                computed = [(a, c, rate_interval(c, a)) for a, c in pairs]
                if any(q is None or q.overlaps(want) for _, _, q in computed):
                    continue
                a, c, q = min(computed, key=lambda t: t[2].distance(want) if t[2] else 0)
                assert q is not None
                out.append(ctx.finding(
                    CLAIM if is_prose_fact(doc, rate) else RULE, doc, [rate, c, a],
                    f"{fact_label(rate)}（{shown(rate)}）が収入済額÷調定額（{shown(c)}÷{shown(a)}）と一致しません",
                    printed=shown(rate), expected=fmt_fact_interval(rate, q)))
    return out
