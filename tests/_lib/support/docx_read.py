"""Draft test helpers: corpus gold records and read-back of .docx drafts (texts, tables, placeholders)."""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn

from saiken.extract.records import Document
from saiken.generate.slots import PLACEHOLDER

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "corpus" / "gold"


def gold(stem: str) -> Document:
    """The corpus gold record of one document (the test skips, naming the file, while it is not written yet)."""
    path = GOLD / f"{stem}.json"
    if not path.is_file():
        pytest.skip(f"{path.relative_to(ROOT)} がまだありません（コーパス担当が作成中）")
    return Document.model_validate_json(path.read_text(encoding="utf-8"))


def cell_texts(path: Path) -> list[list[list[str]]]:
    """Every table of a .docx as rows of cell texts (merged cells repeated, as python-docx reads them)."""
    return [[[c.text for c in row.cells] for row in t.rows] for t in open_docx(str(path)).tables]


def all_text(path: Path) -> str:
    """Body paragraphs and table cells of a .docx, one paragraph per line."""
    doc = open_docx(str(path))
    lines = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                lines.extend(p.text for p in c.paragraphs)
    return "\n".join(lines)


def highlighted(path: Path) -> list[str]:
    """Texts of the highlighted runs of a .docx (the placeholders)."""
    body = open_docx(str(path)).element.body
    return ["".join(t.text or "" for t in r.iter(qn("w:t"))) for r in body.iter(qn("w:r"))
            if r.find(f"{qn('w:rPr')}/{qn('w:highlight')}") is not None]


__all__ = ["GOLD", "PLACEHOLDER", "ROOT", "all_text", "cell_texts", "gold", "highlighted"]
