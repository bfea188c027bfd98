"""What every rule receives: the documents, their scope notes, and one way to build a finding."""
from __future__ import annotations

from dataclasses import dataclass, field

from saiken.audit.corpus import AuditDoc
from saiken.audit.keys import debt_key
from saiken.audit.notes import Note, explaining_note, find_notes
from saiken.extract.records import Fact, Finding, Severity


@dataclass
class AuditContext:
    """The documents under audit, with their scope notes found once."""

    docs: list[AuditDoc]
    notes: dict[str, list[Note]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for d in self.docs:
            self.notes.setdefault(d.name, find_notes(d))

    def finding(self, rule: str, doc: AuditDoc, facts: list[Fact], message: str, *, printed: str | None,
                expected: str | None, severity: Severity = "error", page: int | None = None,
                other: list[dict[str, object]] | None = None, explainable: bool = True) -> Finding:
        """A finding on the first fact's page; an `error` a scope note explains becomes `info`, note quoted."""
        first = facts[0] if facts else None
        debt = (first.debt or first.debt_raw) if first else None
        note = None
        if explainable and severity == "error":
            n = explaining_note(self.notes.get(doc.name, []), facts, debt)
            if n is not None:
                severity, note = "info", n.text
                message += f"（資料の注記で説明されている可能性があります：「{n.text}」）"
        return Finding(rule=rule, severity=severity, document=doc.name,
                       page=page if page is not None else (first.page if first else None),
                       debt=debt, fiscal_year=first.fiscal_year if first else None, printed=printed,
                       expected=expected, message=message, facts=list(facts), note=note, other=other or [])


def fact_label(f: Fact) -> str:
    """A short Japanese description of a fact for messages: 債権・年度・区分・項目."""
    from saiken.audit.labels import METRIC_JA, SEGMENT_JA
    parts = [debt_key(f) or "（債権不明）"]
    if f.fiscal_year is not None:
        parts.append(f"{f.fiscal_year}年度")
    if f.segment:
        parts.append(SEGMENT_JA.get(f.segment, f.segment))
    parts.append(METRIC_JA.get(f.metric, f.metric))
    return " ".join(parts)
