"""Ruled tables from the lines a page draws: segments → connected frames → cell grids with merged cells.

Office exports (Excel, Word, LibreOffice) draw every border as a stroked line or a thin filled rectangle.
We collect the horizontal and vertical segments, merge collinear pieces, group the segments that touch
into frames, and lay each frame's distinct x and y positions out as an elementary grid. Two neighbouring
elementary cells belong to one merged cell when no drawn border separates them.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pymupdf

TOL = 1.5  # points: positions closer than this are the same line
THIN = 2.5  # points: a filled rectangle thinner than this is a line


@dataclass(slots=True)
class Seg:
    """An axis-aligned segment: horizontal (y fixed, a..b along x) or vertical (x fixed, a..b along y)."""

    horizontal: bool
    pos: float
    a: float
    b: float


@dataclass(slots=True)
class Frame:
    """One ruled table's elementary grid and the merged regions over it."""

    xs: list[float]
    ys: list[float]
    regions: list[tuple[int, int, int, int]]  # (row, col, rowspan, colspan)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])


def _segments(page: pymupdf.Page) -> list[Seg]:
    segs: list[Seg] = []

    def line(x0: float, y0: float, x1: float, y1: float) -> None:
        if abs(y0 - y1) <= TOL and abs(x1 - x0) > TOL:
            segs.append(Seg(True, (y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x0 - x1) <= TOL and abs(y1 - y0) > TOL:
            segs.append(Seg(False, (x0 + x1) / 2, min(y0, y1), max(y0, y1)))

    def rect(r: pymupdf.Rect, stroked: bool) -> None:
        if r.width <= THIN and r.height > THIN:
            line((r.x0 + r.x1) / 2, r.y0, (r.x0 + r.x1) / 2, r.y1)
        elif r.height <= THIN and r.width > THIN:
            line(r.x0, (r.y0 + r.y1) / 2, r.x1, (r.y0 + r.y1) / 2)
        elif stroked:
            line(r.x0, r.y0, r.x1, r.y0)
            line(r.x0, r.y1, r.x1, r.y1)
            line(r.x0, r.y0, r.x0, r.y1)
            line(r.x1, r.y0, r.x1, r.y1)

    rot = page.rotation_matrix if page.rotation else None  # drawings come in unrotated coordinates
    for d in page.get_drawings():
        stroked = d.get("type") in ("s", "fs") and (d.get("color") is not None or d.get("type") == "fs")
        for item in d.get("items", ()):
            op = item[0]
            if op == "l":
                p, q = (item[1], item[2]) if rot is None else (item[1] * rot, item[2] * rot)
                if d.get("type") != "f":
                    line(p.x, p.y, q.x, q.y)
            elif op == "re":
                rect(pymupdf.Rect(item[1]) * rot if rot is not None else pymupdf.Rect(item[1]), stroked)
            elif op == "qu":
                rect(item[1].rect * rot if rot is not None else item[1].rect, stroked)
    return segs


def _merge(segs: Iterable[Seg]) -> list[Seg]:
    """Collinear overlapping or touching segments joined into one."""
    out: list[Seg] = []
    for s in sorted(segs, key=lambda s: (s.horizontal, round(s.pos / TOL), s.a)):
        if out:
            o = out[-1]
            if o.horizontal == s.horizontal and abs(o.pos - s.pos) <= TOL and s.a <= o.b + TOL:
                o.b = max(o.b, s.b)
                continue
        out.append(Seg(s.horizontal, s.pos, s.a, s.b))
    return out


def _touch(h: Seg, v: Seg) -> bool:
    return h.a - TOL <= v.pos <= h.b + TOL and v.a - TOL <= h.pos <= v.b + TOL


def _components(segs: list[Seg]) -> list[list[Seg]]:
    parent = list(range(len(segs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hs = [i for i, s in enumerate(segs) if s.horizontal]
    vs = [i for i, s in enumerate(segs) if not s.horizontal]
    for i in hs:
        for j in vs:
            if _touch(segs[i], segs[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[Seg]] = {}
    for i, s in enumerate(segs):
        groups.setdefault(find(i), []).append(s)
    return list(groups.values())


def _cluster(values: Iterable[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= TOL * 1.5:
            continue
        out.append(v)
    return out


def _covered(segs: list[Seg], pos: float, a: float, b: float) -> bool:
    """True when drawn segments at `pos` cover most of a..b."""
    need = (b - a) * 0.6
    got = 0.0
    for s in segs:
        if abs(s.pos - pos) <= TOL * 1.5:
            got += max(0.0, min(b, s.b) - max(a, s.a))
    return got >= need


def _frame(group: list[Seg]) -> Frame | None:
    hs = [s for s in group if s.horizontal]
    vs = [s for s in group if not s.horizontal]
    if len(hs) < 2 or len(vs) < 2:
        return None
    ys = _cluster(s.pos for s in hs)
    xs = _cluster(s.pos for s in vs)
    if len(ys) < 2 or len(xs) < 2:
        return None
    nr, nc = len(ys) - 1, len(xs) - 1
    parent = list(range(nr * nc))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(nr):
        for c in range(nc):
            if c + 1 < nc and not _covered(vs, xs[c + 1], ys[r], ys[r + 1]):
                parent[find(r * nc + c)] = find(r * nc + c + 1)
            if r + 1 < nr and not _covered(hs, ys[r + 1], xs[c], xs[c + 1]):
                parent[find(r * nc + c)] = find((r + 1) * nc + c)
    spans: dict[int, list[int]] = {}
    for i in range(nr * nc):
        root = find(i)
        r, c = divmod(i, nc)
        b = spans.setdefault(root, [r, c, r, c])
        b[0], b[1], b[2], b[3] = min(b[0], r), min(b[1], c), max(b[2], r), max(b[3], c)
    regions = sorted({(b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1) for b in spans.values()})
    if len(regions) < 2:
        return None  # a plain box around text, not a table
    return Frame(xs, ys, regions)


def page_frames(page: pymupdf.Page) -> list[Frame]:
    """Every ruled table on the page as a Frame, top to bottom."""
    segs = _merge(_segments(page))
    frames = [f for g in _components(segs) if (f := _frame(g)) is not None]
    return sorted(frames, key=lambda f: (round(f.ys[0]), f.xs[0]))
