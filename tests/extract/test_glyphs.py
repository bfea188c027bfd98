"""Unmappable glyphs (U+FFFD): the pdfplumber fallback for the page text, the warning, and tables kept."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import saiken.extract.pdf as pdf_mod
from saiken.extract.chars import Char, CharStats
from saiken.extract.pdf import load_pages


def _table_pdf(tmp_path: Path, drawing: Callable[[], Any]) -> Path:
    d = drawing()
    p = d.page()
    xs, ys = [60, 200, 340], [100, 120, 140, 160]
    d.grid(p, xs, ys)
    d.rows(p, xs, ys, [["債権名", "調定額"], ["市税", "1,000"], ["保育料", "400"]])
    return d.save(tmp_path / "g.pdf")


def _spoil(n: int) -> Callable[[Any], tuple[list[Char], CharStats]]:
    """page_chars with the first n glyphs turned into U+FFFD, as PyMuPDF returns unmappable glyphs."""
    real = pdf_mod.page_chars

    def fake(page: Any) -> tuple[list[Char], CharStats]:
        chars, stats = real(page)
        for ch in chars[:n]:
            ch.c = ch.raw = "\ufffd"
        stats.unmapped = n
        return chars, stats
    return fake


@pytest.mark.parametrize("fallback", ["市税 1,000 読み直した本文", None], ids=["pdfplumber_reads", "nobody_reads"])
def test_unmapped_glyphs_fallback_and_warning(tmp_path: Path, drawing: Callable[[], Any],
                                              monkeypatch: pytest.MonkeyPatch, fallback: str | None) -> None:
    pdf = _table_pdf(tmp_path, drawing)
    monkeypatch.setattr(pdf_mod, "page_chars", _spoil(5))
    monkeypatch.setattr(pdf_mod, "_fallback_text", lambda path, index: fallback)
    page = load_pages(pdf)[0]
    codes = dict(page.warnings)
    assert "unmapped_glyphs" in codes
    if fallback:
        assert page.text == fallback and "pdfplumber" in codes["unmapped_glyphs"]
    else:
        assert "\ufffd" in page.text and "読み取れない文字が残ります" in codes["unmapped_glyphs"]
    assert len(page.grids) == 1 and page.grids[0].rows()[1:] == [["市税", "1,000"], ["保育料", "400"]]


def test_a_few_unmapped_glyphs_keep_text_and_tables(tmp_path: Path, drawing: Callable[[], Any],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = _table_pdf(tmp_path, drawing)
    monkeypatch.setattr(pdf_mod, "page_chars", _spoil(1))
    page = load_pages(pdf)[0]
    assert "unmapped_glyphs" not in dict(page.warnings)
    assert page.grids[0].rows()[2] == ["保育料", "400"]


def test_fallback_rejects_pdfminer_cid_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class _Page:
        def extract_text(self) -> str:
            return "(cid:1234)(cid:88) 収納率"

    class _Pdf:
        pages = [_Page()]

        def __enter__(self) -> "_Pdf":
            return self

        def __exit__(self, *a: object) -> None:
            return None

    import pdfplumber
    monkeypatch.setattr(pdfplumber, "open", lambda path, pages=None: _Pdf())
    assert pdf_mod._fallback_text(tmp_path / "x.pdf", 0) is None
