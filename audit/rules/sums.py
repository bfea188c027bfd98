"""sum_mismatch: 現年分 + 滞納繰越分 ≠ 計 among facts, and 合計・計 rows of tables ≠ the rows they total."""
from __future__ import annotations

from saiken.audit.context import AuditContext, fact_label
from saiken.audit.intervals import fact_interval, fmt_fact_interval, shown
from saiken.audit.keys import base_key, checkable, group, pick_partners
from saiken.audit.tables import table_sum_findings
from saiken.extract.records import Finding

RULE = "sum_mismatch"
ADDITIVE = ("assessed", "collected", "written_off", "outstanding", "delinquents")


def check(ctx: AuditContext) -> list[Finding]:
    """Segment sums over facts, then total rows over the document's tables."""
    out: list[Finding] = []
    for doc in ctx.docs:
        facts = [(i, f) for i, f in enumerate(doc.doc.facts)
                 if checkable(f) and f.metric in ADDITIVE and f.unit not in ("percent", "points")]
        for _, items in group(facts, lambda f: base_key(f) + (f.metric, f.unit)).items():
            seg = {s: [x for x in items if x[1].segment == s] for s in ("current", "arrears", "total")}
            for _, total in seg["total"]:
                cur = pick_partners(total, seg["current"])
                arr = pick_partners(total, seg["arrears"])
                combos = [(c, a, fact_interval(c) + fact_interval(a)) for _, c in cur for _, a in arr]
                want = fact_interval(total)
                if not combos or any(s.overlaps(want) for _, _, s in combos):
                    continue
                c, a, s = min(combos, key=lambda t: t[2].distance(want))
                out.append(ctx.finding(
                    RULE, doc, [total, c, a],
                    f"{fact_label(total)}（{shown(total)}）が現年分（{shown(c)}）＋滞納繰越分（{shown(a)}）と一致しません",
                    printed=shown(total), expected=fmt_fact_interval(total, s)))
        out.extend(table_sum_findings(ctx, doc, RULE))
    return out

