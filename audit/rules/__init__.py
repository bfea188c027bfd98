"""One module per audit rule. Each exposes `RULE` (the rule name in findings) and
`check(ctx: saiken.audit.context.AuditContext) -> list[saiken.extract.records.Finding]`."""
from __future__ import annotations

from types import ModuleType

from saiken.audit.rules import claims, cross_doc, diffs, era, identity, names, rates, sums

ALL: tuple[ModuleType, ...] = (rates, sums, identity, diffs, claims, era, cross_doc, names)
