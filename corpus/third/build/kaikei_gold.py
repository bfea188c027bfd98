"""Gold helpers shared by the third-set kaikei builders: fact records, 取組 labels, and page look-up on the built PDF."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pymupdf

from saiken.extract.records import Document, Fact, Source
from saiken.normalize.text import fold

#: locate(text, first_page=1) → the 1-based page (from first_page on) whose text holds `text` (spacing ignored).
Locate = Callable[..., int]
Torikumi = list[tuple[str, list[tuple[str, str | None, str]]]]


def fact(debt: str | None, year: int, year_raw: str, segment: str, metric: str, basis: str, value: float, unit: str,
         raw: str, page: int, approx: bool = False) -> Fact:
    """One gold fact as records.md defines it."""
    return Fact(debt_raw=debt, fiscal_year=year, fiscal_year_raw=year_raw, segment=segment,  # type: ignore[arg-type]
                metric=metric, basis=basis, value=value, unit=unit, approx=approx, raw=raw,  # type: ignore[arg-type]
                page=page)


def numbered(torikumi: Torikumi) -> list[tuple[str, str, str | None, str]]:
    """(section title, label such as (2)ア, status, text) of each item of a 取組 section description.

    Each entry of `torikumi` is (subsection heading such as （２）滞納の未然防止, [(mark, status, text)]);
    an empty mark means the subsection is one item."""
    out = []
    for heading, items in torikumi:
        head = fold(heading)
        num = head[: head.index(")") + 1]
        for mark, status, text in items:
            out.append((head[len(num):].strip(), num + mark, status, text))
    return out


def squash(text: str) -> str:
    """Folded text without white space (for look-ups in the PDF)."""
    return "".join(fold(text).split())


def locator(pdf_path: Path) -> Locate:
    """A Locate function over the built PDF's pages."""
    with pymupdf.open(pdf_path) as pdf:
        texts = [squash(p.get_text()) for p in pdf]

    def locate(text: str, first_page: int = 1) -> int:
        want = squash(text)
        for k in range(first_page - 1, len(texts)):
            if want in texts[k]:
                return k + 1
        raise SystemExit(f"{pdf_path.name}: '{text}' not found from page {first_page} on")

    return locate


def finish(doc: Document, pdf_path: Path) -> Document:
    """Fill the gold's source block from the built PDF."""
    with pymupdf.open(pdf_path) as pdf:
        pages = pdf.page_count
    doc.source = Source(file=pdf_path.name, sha256=hashlib.sha256(pdf_path.read_bytes()).hexdigest(), pages=pages)
    return doc
