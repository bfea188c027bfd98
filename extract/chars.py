"""Characters of a page's text layer, cleaned of the known traps of Japanese PDFs.

`page_chars` reads PyMuPDF's rawdict once per page and returns `Char`s with their boxes, after:
- fake bold (the same glyph drawn twice, offset by a fraction of a point) deduplicated;
- Kangxi radicals / CJK Radicals Supplement characters folded to unified ideographs (⽬ → 目);
- glyphs the font cannot map (U+FFFD, or pdfminer's `(cid:NNN)`) counted.
Each trap found is counted in the returned `CharStats`, which the page turns into warnings.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pymupdf

from saiken.normalize.text import fold_char, is_radical

TEXT_FLAGS = (pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_MEDIABOX_CLIP)


@dataclass(slots=True)
class Char:
    """One glyph: folded text `c`, printed text `raw`, box, font size and writing direction."""

    c: str
    raw: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    vertical: bool = False

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass(slots=True)
class CharStats:
    """Counts of the traps met on one page."""

    radicals: int = 0
    fake_bold: int = 0
    unmapped: int = 0
    samples: list[str] = field(default_factory=list)


def _dedupe_fake_bold(chars: list[Char], stats: CharStats) -> list[Char]:
    """Drop a glyph that repeats the previous same glyph within a third of its size (fake bold)."""
    seen: dict[str, dict[tuple[int, int], list[Char]]] = {}  # glyph → 4-pt cell → the glyphs kept there
    out: list[Char] = []
    for ch in chars:
        if ch.c.isspace():
            out.append(ch)
            continue
        kx, ky = int(ch.x0 // 4), int(ch.y0 // 4)
        cells = seen.get(ch.c)
        if cells is None:
            seen[ch.c] = {(kx, ky): [ch]}
        elif _repeats(cells, ch, kx, ky):
            stats.fake_bold += 1
            continue
        else:
            cells.setdefault((kx, ky), []).append(ch)
        out.append(ch)
    return out


_AROUND = tuple((dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))


def _repeats(cells: dict[tuple[int, int], list[Char]], ch: Char, kx: int, ky: int) -> bool:
    """True when a kept glyph of the same character lies within a third of ch's size (its cell or a neighbour)."""
    tol = max(ch.size, 3.0) / 3
    for dx, dy in _AROUND:
        for o in cells.get((kx + dx, ky + dy), ()):
            if abs(o.x0 - ch.x0) < tol and abs(o.y0 - ch.y0) < tol:
                return True
    return False


def page_chars(page: pymupdf.Page) -> tuple[list[Char], CharStats]:
    """Every glyph of the page's text layer, cleaned (see module docstring), with the trap counts."""
    stats = CharStats()
    chars: list[Char] = []
    raw: dict[str, Any] = page.get_text("rawdict", flags=TEXT_FLAGS)
    rot = page.rotation_matrix if page.rotation else None  # text comes in unrotated coordinates
    for block in raw.get("blocks", ()):
        for line in block.get("lines", ()):
            dx, dy = line.get("dir", (1, 0))
            vertical = abs(dy) > abs(dx)
            if rot is not None:
                vertical = not vertical if page.rotation in (90, 270) else vertical
            for span in line.get("spans", ()):
                size = float(span.get("size", 0.0))
                for g in span.get("chars", ()):
                    c = g["c"]
                    if c == "\ufffd":
                        stats.unmapped += 1
                    elif is_radical(c):
                        stats.radicals += 1
                        if len(stats.samples) < 5:
                            stats.samples.append(c)
                    x0, y0, x1, y1 = g["bbox"] if rot is None else tuple(pymupdf.Rect(g["bbox"]) * rot)
                    chars.append(Char(fold_char(c), c, x0, y0, x1, y1, size, vertical))
    return _dedupe_fake_bold(chars, stats), stats
