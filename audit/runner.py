"""Run every audit rule over a folder of converted documents and return the findings, sorted and de-duplicated."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from saiken.audit.context import AuditContext
from saiken.audit.corpus import AuditDoc, load_documents
from saiken.audit.rules import ALL
from saiken.dataset.files import normal_mode
from saiken.extract.records import Finding

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def audit_documents(docs: list[AuditDoc]) -> list[Finding]:
    """Findings of every rule over these documents, one per (rule, document, page, printed value)."""
    ctx = AuditContext(docs)
    seen: set[tuple[str, str, int | None, str | None]] = set()
    out: list[Finding] = []
    for rule in ALL:
        for f in rule.check(ctx):
            key = (f.rule, f.document, f.page, f.printed)
            if key not in seen:
                seen.add(key)
                out.append(f)
    from saiken.audit.ocr import review  # OCR'd figures breaking an identity: likely misreads (warning)

    out = [review(f) for f in out]
    out.sort(key=lambda f: (f.document, f.page or 0, _SEVERITY_ORDER[f.severity], f.rule))
    return out


def run_audit(out_dir: Path) -> tuple[list[Finding], list[str]]:
    """Findings over OUT_DIR/*.json, and one Japanese line per file that could not be read."""
    docs, skipped = load_documents(out_dir)
    return audit_documents(docs), skipped


def write_json(findings: list[Finding], path: Path) -> None:
    """findings.json: the contract's list of findings, written atomically (temp file then rename)."""
    data = [f.model_dump(mode="json") for f in findings]
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def atomic_write_text(path: Path, text: str) -> None:
    """Write a text file through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        normal_mode(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
