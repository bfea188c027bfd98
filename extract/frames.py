"""A table's skeleton: segments, the elementary grid they span, and the merged regions over it.

Shared by the ruled-table finder (extract/grids.py: every border drawn) and the rules-only finder
(extract/rules.py: horizontal rules drawn, column boundaries read from text gaps). Both reduce to the
same question: which neighbouring elementary cells does no border (drawn or inferred) separate?
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from saiken.extract.chars import Char

TOL = 1.5  # points: positions closer than this are the same line


@dataclass(slots=True)
class Seg:
    """An axis-aligned segment: horizontal (y fixed, a..b along x) or vertical (x fixed, a..b along y)."""

    horizontal: bool
    pos: float
    a: float
    b: float


@dataclass(slots=True)
class Frame:
    """One table's elementary grid and the merged regions over it."""

    xs: list[float]
    ys: list[float]
    regions: list[tuple[int, int, int, int]]  # (row, col, rowspan, colspan)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])


def cluster(values: Iterable[float]) -> list[float]:
    """Sorted distinct positions, those within 1.5 TOL of the previous kept one dropped."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= TOL * 1.5:
            continue
        out.append(v)
    return out


def covered(segs: Sequence[Seg], pos: float, a: float, b: float) -> bool:
    """True when segments at `pos` cover most of a..b."""
    need = (b - a) * 0.6
    got = 0.0
    for s in segs:
        if abs(s.pos - pos) <= TOL * 1.5:
            got += max(0.0, min(b, s.b) - max(a, s.a))
    return got >= need


def regions(xs: Sequence[float], ys: Sequence[float], hs: Sequence[Seg],
            vs: Sequence[Seg]) -> list[tuple[int, int, int, int]]:
    """Merged regions (row, col, rowspan, colspan) of the elementary grid: cells joined where no border runs."""
    nr, nc = len(ys) - 1, len(xs) - 1
    parent = list(range(nr * nc))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(nr):
        for c in range(nc):
            if c + 1 < nc and not covered(vs, xs[c + 1], ys[r], ys[r + 1]):
                parent[find(r * nc + c)] = find(r * nc + c + 1)
            if r + 1 < nr and not covered(hs, ys[r + 1], xs[c], xs[c + 1]):
                parent[find(r * nc + c)] = find((r + 1) * nc + c)
    spans: dict[int, list[int]] = {}
    for i in range(nr * nc):
        root = find(i)
        r, c = divmod(i, nc)
        b = spans.setdefault(root, [r, c, r, c])
        b[0], b[1], b[2], b[3] = min(b[0], r), min(b[1], c), max(b[2], r), max(b[3], c)
    return sorted({(b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1) for b in spans.values()})


STACKED_FIGURE = re.compile(r"^[△▲\-]?[0-9][0-9,]*(?:\.[0-9]+)?[%％]?$")


def split_stacked_rows(f: Frame, chars: Sequence[Char]) -> Frame:
    """The frame with a drawn row that holds two rows of text cut in two: cells painted as rectangles where a
    debt's two rows (現年度分 / 滞納繰越分, 99.12 / 27.80) share one unpainted band. A band is cut where two of its
    cells or more hold two lines of figures and every cell holding two lines breaks between the same two heights;
    a cell whose one line straddles the cut (the debt's name, centred) spans both rows."""
    from saiken.extract.lines import make_lines  # (lines build on frames' neighbours: imported when needed)

    heights = sorted(b - a for a, b in zip(f.ys, f.ys[1:]))
    if len(heights) < 3:
        return f
    usual = heights[len(heights) // 2]
    cuts: dict[int, float] = {}
    bands: dict[int, list[Char]] = {}  # a cut row's characters
    for r in range(len(f.ys) - 1):
        top, bottom = f.ys[r], f.ys[r + 1]
        if bottom - top < 1.7 * usual:
            continue
        band = [ch for ch in chars if top <= ch.cy <= bottom and not ch.c.isspace()]  # (once per tall row)
        digits = [ch for ch in band if ch.c.isdigit()]
        if len(digits) < 4 or max(ch.cy for ch in digits) - min(ch.cy for ch in digits) < 0.8 * digits[0].size:
            continue  # figures on one line only: nothing to cut
        per = []
        for _, c, _, cs in (g for g in f.regions if g[0] == r and g[2] == 1):
            x0, x1 = f.xs[c], f.xs[c + cs]
            per.append(make_lines([ch for ch in band if x0 <= ch.cx <= x1]))
        pairs = [ls for ls in per if len(ls) == 2]
        if any(len(ls) > 2 for ls in per) or sum(1 for ls in pairs if all(
                STACKED_FIGURE.match(ln.text.replace(" ", "")) for ln in ls)) < 2:
            continue
        lo, hi = max(ls[0].bbox[3] for ls in pairs), min(ls[1].bbox[1] for ls in pairs)
        if lo < hi:
            cuts[r], bands[r] = (lo + hi) / 2, band
    if not cuts:
        return f
    ys = sorted([*f.ys, *cuts.values()])
    row = {r: ys.index(f.ys[r]) for r in range(len(f.ys))}
    out = []
    for r, c, rs, cs in f.regions:
        nr = row[r + rs] - row[r]
        if rs == 1 and r in cuts:
            x0, x1 = f.xs[c], f.xs[c + cs]
            mine = [ch for ch in bands[r] if x0 <= ch.cx <= x1]
            if not any(ch.y0 < cuts[r] < ch.y1 for ch in mine):  # nothing straddles the cut: two cells
                out += [(row[r], c, 1, cs), (row[r] + 1, c, 1, cs)]
                continue
        out.append((row[r], c, nr, cs))
    return Frame(f.xs, ys, sorted(out))
