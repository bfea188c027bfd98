"""Audit test helpers: copies of corpus gold Documents to plant errors in, small Documents, the rule context."""
from __future__ import annotations

from pathlib import Path

import pytest

from saiken.audit.context import AuditContext
from saiken.audit.corpus import AuditDoc
from saiken.extract.records import Document, PageText, Source, Table

GOLD = Path(__file__).resolve().parents[3] / "corpus" / "gold"


def gold(stem: str) -> AuditDoc:
    """A fresh copy of a corpus gold document (skips the test when it is not there yet)."""
    path = GOLD / f"{stem}.json"
    if not path.exists():
        pytest.skip(f"{path.name} not written yet")
    return AuditDoc(path.name, Document.model_validate_json(path.read_text(encoding="utf-8")))


def small_doc(name: str = "t.json", pages: list[str] | None = None, tables: list[Table] | None = None,
              municipality: str | None = "テスト市") -> AuditDoc:
    """A small Document built in the test: page texts and tables."""
    doc = Document(source=Source(file=name.replace(".json", ".pdf"), sha256=name, pages=max(1, len(pages or []))),
                   pages=[PageText(page=i + 1, text=t) for i, t in enumerate(pages or [])], tables=tables or [])
    doc.document.municipality = municipality
    return AuditDoc(name, doc)


def ctx(*docs: AuditDoc) -> AuditContext:
    """The context rules receive."""
    return AuditContext(list(docs))
