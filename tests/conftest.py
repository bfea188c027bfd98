"""Shared fixtures: small PDFs made on the fly (never from a developer's disk)."""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# `support.score` (a copy of the official scorer) is importable from every test; only tests/_lib goes on
# sys.path, so test folders named like the packages (tests/audit, tests/normalize) never shadow them.
sys.path.insert(0, str(Path(__file__).resolve().parent / "_lib"))


def make_text_pdf(path: Path, pages: list[str]) -> Path:
    """A PDF with one page per string, Japanese text set in PyMuPDF's built-in CJK font."""
    doc = pymupdf.open()
    for text in pages:
        page = doc.new_page(width=595, height=842)
        page.insert_text((72, 100), text, fontname="japan", fontsize=11)
    doc.save(path)
    doc.close()
    return path


@pytest.fixture
def good_pdf(tmp_path: Path) -> Path:
    """A one-page text PDF that converts (kind unknown)."""
    return make_text_pdf(tmp_path / "good.pdf", ["会議のお知らせ 令和7年度 第1回"])
