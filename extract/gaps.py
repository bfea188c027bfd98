"""Column structure read from text: the word boxes of a table's rows and the gaps the rows share.

Used where a table draws no (or not every) vertical border: a column boundary is an x position that no
word of the body rows covers; a word of a header row that runs over a boundary is a cell spanning columns.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from saiken.extract.chars import Char
from saiken.extract.lines import make_lines

Span = tuple[float, float]


@dataclass(slots=True)
class TextRow:
    """One row band of a table: its y range and the x spans of its words."""

    y0: float
    y1: float
    words: list[Span]

    def crosses(self, x: float, tol: float = 0.5) -> bool:
        """True when a word of the row runs over x."""
        return any(a < x - tol and b > x + tol for a, b in self.words)

    def both_sides(self, x: float, lo: float, hi: float) -> bool:
        """True when the row has words between lo and x and between x and hi."""
        return (any(lo <= a and b <= x for a, b in self.words)
                and any(x <= a and b <= hi for a, b in self.words))


def band_chars(chars: Sequence[Char], x0: float, y0: float, x1: float, y1: float) -> list[Char]:
    """The visible characters whose centre lies inside the box."""
    return [c for c in chars if x0 <= c.cx <= x1 and y0 <= c.cy <= y1 and not c.c.isspace()]


def text_rows(chars: Sequence[Char], x0: float, x1: float, ys: Sequence[float]) -> list[TextRow]:
    """One TextRow per band between consecutive ys, with the word spans of its characters."""
    inside = sorted(band_chars(chars, x0, ys[0], x1, ys[-1]), key=lambda c: c.cy)
    centres = [c.cy for c in inside]
    out = []
    for top, bottom in zip(ys, ys[1:]):  # (a centre on a band's edge belongs to both bands)
        band = inside[bisect_left(centres, top):bisect_right(centres, bottom)]
        words = [(w.bbox[0], w.bbox[2]) for ln in make_lines(band) for w in ln.words]
        out.append(TextRow(top, bottom, words))
    return out


def shared_gaps(rows: Sequence[TextRow], min_gap: float) -> list[Span]:
    """The x gaps, at least `min_gap` wide, that no word of any row covers (between the words)."""
    spans = sorted(s for r in rows for s in r.words)
    if not spans:
        return []
    out: list[Span] = []
    end = spans[0][1]
    for a, b in spans[1:]:
        if a - end >= min_gap:
            out.append((end, a))
        end = max(end, b)
    return out


def place(gaps: Sequence[Span], rows: Sequence[TextRow]) -> list[float]:
    """A boundary inside each gap: the middle of its leftmost stretch that no word of `rows` covers (a
    heading inside a gap belongs to the column on its right, whose figures are right-aligned), or the gap's
    middle when words of the rows together cover it (a cell spanning the boundary)."""
    out: list[float] = []
    for lo, hi in gaps:
        best = None
        for k in range(len(rows)):  # no room between the words of all rows: the rows from the next one down (a
            free = [(lo, hi)]  # group heading over two columns yields to the column heads under it)
            for r in rows[k:]:
                for a, b in r.words:
                    if a <= lo and b >= hi:
                        continue  # a heading across the whole gap spans the boundary wherever it goes
                    free = [piece for f in free for piece in ((f[0], min(f[1], a)), (max(f[0], b), f[1]))
                            if piece[1] - piece[0] > 0.5]
            best = next((f for f in free if f[1] - f[0] >= 1.5), None)
            if best is not None:
                break
        best = best or (lo, hi)
        out.append((best[0] + best[1]) / 2)
    return out


def columns_of(row: TextRow, xs: Sequence[float]) -> set[int]:
    """The columns (between consecutive xs) that the row's words touch."""
    return {c for a, b in row.words for c in range(len(xs) - 1) if a < xs[c + 1] - 0.5 and b > xs[c] + 0.5}


def line_bands(chars: Sequence[Char], x0: float, x1: float, top: float, bottom: float) -> list[float]:
    """Row boundaries inside a band without rules: one row per text line, cut midway between lines. Lines that
    overlap by a third of their height are staggered lines of one row (a cell wrapped onto two lines, 前年同期 /
    収入済額, beside one-line cells set in the middle of the row): no cut between them."""
    lines = make_lines(band_chars(chars, x0, top, x1, bottom))
    cuts = [top]
    for a, b in zip(lines, lines[1:]):
        overlap = a.bbox[3] - b.bbox[1]
        if overlap > 0.33 * min(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1]):
            continue
        mid = (a.bbox[3] + b.bbox[1]) / 2
        if mid > cuts[-1]:
            cuts.append(mid)
    cuts.append(bottom)
    return cuts
