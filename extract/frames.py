"""A table's skeleton: segments, the elementary grid they span, and the merged regions over it.

Shared by the ruled-table finder (extract/grids.py: every border drawn) and the rules-only finder
(extract/rules.py: horizontal rules drawn, column boundaries read from text gaps). Both reduce to the
same question: which neighbouring elementary cells does no border (drawn or inferred) separate?
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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
