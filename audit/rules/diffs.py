"""diff_mismatch: printed differences ((A)−(B) columns, 差額, 増減, 対前年比) against their columns."""
from __future__ import annotations

from saiken.audit.context import AuditContext
from saiken.audit.tables import table_diff_findings
from saiken.extract.records import Finding

RULE = "diff_mismatch"


def check(ctx: AuditContext) -> list[Finding]:
    """Difference columns of every table, row by row."""
    out: list[Finding] = []
    for doc in ctx.docs:
        out.extend(table_diff_findings(ctx, doc, RULE))
    return out
