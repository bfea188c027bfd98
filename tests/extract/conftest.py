"""Drawing helpers for page-model tests: PDFs made here with PyMuPDF (ruled grids, rules-only tables, text)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pymupdf
import pytest

W, H = 595, 842


class Drawing:
    """A PDF under construction: add pages, draw rules and text, save."""

    def __init__(self) -> None:
        self.doc = pymupdf.open()

    def page(self, width: float = W, height: float = H) -> pymupdf.Page:
        """A new blank page."""
        return self.doc.new_page(width=width, height=height)

    @staticmethod
    def text(page: pymupdf.Page, x: float, y: float, s: str, size: float = 9, rotate: int = 0) -> None:
        """Japanese text with its baseline starting at (x, y)."""
        page.insert_text((x, y), s, fontname="japan", fontsize=size, rotate=rotate)

    @staticmethod
    def hline(page: pymupdf.Page, x0: float, x1: float, y: float, width: float = 0.6) -> None:
        """A horizontal rule."""
        page.draw_line((x0, y), (x1, y), width=width)

    @staticmethod
    def grid(page: pymupdf.Page, xs: Sequence[float], ys: Sequence[float],
             skip_v: frozenset[tuple[int, int]] = frozenset()) -> None:
        """Every line of a grid; skip_v holds (row, x-index) vertical pieces left out."""
        for y in ys:
            page.draw_line((xs[0], y), (xs[-1], y), width=0.5)
        for j, x in enumerate(xs):
            for r in range(len(ys) - 1):
                if (r, j) not in skip_v:
                    page.draw_line((x, ys[r]), (x, ys[r + 1]), width=0.5)

    def rows(self, page: pymupdf.Page, xs: Sequence[float], ys: Sequence[float],
             cells: Sequence[Sequence[str]], pad: float = 4) -> None:
        """Cell texts written row by row into the slots of a grid (row r between ys[r] and ys[r+1])."""
        for r, row in enumerate(cells):
            for c, s in enumerate(row):
                if s:
                    self.text(page, xs[c] + pad, (ys[r] + ys[r + 1]) / 2 + 3, s)

    def save(self, path: Path) -> Path:
        """Write the PDF and return its path."""
        self.doc.save(path)
        self.doc.close()
        return path


@pytest.fixture
def drawing() -> Callable[[], Drawing]:
    """A factory of fresh Drawing objects."""
    return Drawing
