"""Side-by-side text blocks of the progress-sheet family: 過年度分 | 現年度分 printed as two columns of free text.

The page model joins words at the same height into one line across the whole page, so two blocks printed side by
side (rate lines, ●主な取り組み and the items of each segment, with no ruling around them) come out as lines
holding both columns. A *column band* is a vertical stretch of such lines split by a gutter: an x position that no
word of the stretch crosses and that has words on both sides in several lines. It is only accepted where the layout
says so: a line of the band splits at the gutter into segment or section labels only (`●主な取り組み ●主な取り組み`,
`過年度分 現年度分`), or a header row of segment-label cells (a ruled `過年度分 | 現年度分` row) sits just above it.
Inside a band, each column is read top to bottom before the next one.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from saiken.extract.families.progress_text import TextLine, line_text, section_label, segment_label
from saiken.extract.layout import BBox, Grid, Line

MIN_TWO_SIDED = 2  # lines with words on both sides of a gutter
CENTRE = (0.2, 0.8)  # gutters are looked for in this share of the page width
STEP = 2.0  # points between candidate gutter positions


@dataclass(slots=True)
class ColumnBand:
    """A stretch of the page (top..bottom) printed as columns separated at the `gutters` (x, left to right)."""

    top: float
    bottom: float
    gutters: list[float]

    def holds(self, y: float) -> bool:
        """True when the height `y` lies inside the band."""
        return self.top - 1 <= y <= self.bottom + 1

    def column(self, x: float) -> int:
        """The 0-based column of the horizontal position `x`."""
        return sum(1 for g in self.gutters if x > g)

    def crosses(self, box: BBox) -> bool:
        """True when the box spans one of the gutters (it belongs to no single column)."""
        return any(box[0] + 1 < g < box[2] - 1 for g in self.gutters)

    def pieces(self, line: Line) -> list[TextLine]:
        """The line cut at the gutters: one TextLine per column that has words, left to right."""
        cols: dict[int, list[BBox]] = {}
        texts: dict[int, list[str]] = {}
        for w in line.words:
            k = self.column((w.bbox[0] + w.bbox[2]) / 2)
            cols.setdefault(k, []).append(w.bbox)
            texts.setdefault(k, []).append(w.text)
        return [TextLine(line_text(texts[k]), _union(cols[k])) for k in sorted(cols)]


def _union(boxes: Sequence[BBox]) -> BBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _crosses(line: Line, x: float) -> bool:
    return any(w.bbox[0] < x < w.bbox[2] for w in line.words)


def _two_sided(line: Line, x: float) -> bool:
    return any(w.bbox[2] <= x for w in line.words) and any(w.bbox[0] >= x for w in line.words)


def _best_run(lines: list[Line], xs: list[float], stop: Callable[[Line], bool]) -> tuple[int, int, float] | None:
    """(start, end, x) of the longest-evidenced run of lines none of which crosses a gutter at x."""
    best: tuple[int, int, int, float] | None = None
    for x in xs:
        start, count = 0, 0
        for i in range(len(lines) + 1):
            if i == len(lines) or stop(lines[i]) or _crosses(lines[i], x):
                if count >= MIN_TWO_SIDED and (best is None or count > best[0]):
                    best = (count, start, i, x)
                start, count = i + 1, 0
            elif _two_sided(lines[i], x):
                count += 1
    return None if best is None else (best[1], best[2], best[3])


def _gutters(lines: list[Line], xs: list[float]) -> list[float]:
    """The middles of the x ranges that no word of `lines` crosses and that split several lines in two."""
    free = [x for x in xs if not any(_crosses(ln, x) for ln in lines)
            and sum(1 for ln in lines if _two_sided(ln, x)) >= MIN_TWO_SIDED]
    groups: list[list[float]] = []
    for x in free:
        if groups and x - groups[-1][-1] <= STEP + 0.01:
            groups[-1].append(x)
        else:
            groups.append([x])
    return [(g[0] + g[-1]) / 2 for g in groups]


def _label_split(line: Line, band: ColumnBand) -> bool:
    """True when the line cut at the band's gutters gives two or more pieces that are all headings or labels."""
    parts = band.pieces(line)
    return len(parts) >= 2 and all(section_label(p.text) or segment_label(p.text) for p in parts)


def _header_above(band: ColumnBand, grids: list[Grid], line_height: float) -> bool:
    """True when a ruled row of two or more segment-label cells, split at the gutters, ends just above the band."""
    for g in grids:
        if not (band.top - 2.5 * line_height <= g.bbox[3] <= band.top + 1):
            continue
        rows: dict[int, list[tuple[str, BBox]]] = {}
        for c in g.cells:
            if c.text.strip():
                rows.setdefault(c.row, []).append((c.text, c.bbox))
        for cells in rows.values():
            if (len(cells) >= 2 and all(segment_label(t) for t, _ in cells)
                    and len({band.column((b[0] + b[2]) / 2) for _, b in cells}) == len(cells)):
                return True
    return False


def column_bands(lines: list[Line], grids: list[Grid], width: float,
                 stop: Callable[[Line], bool] = lambda ln: False) -> list[ColumnBand]:
    """The side-by-side bands of a page's free lines (see the module docstring), top to bottom; `stop` marks lines
    that end a band whatever their width (a 債権名 line, a heading in larger type)."""
    lines = sorted((ln for ln in lines if ln.words), key=lambda ln: ln.bbox[1])
    xs = [width * CENTRE[0] + STEP * i for i in range(int(width * (CENTRE[1] - CENTRE[0]) / STEP) + 1)]
    heights = sorted(ln.bbox[3] - ln.bbox[1] for ln in lines) or [10.0]
    line_height = heights[len(heights) // 2]
    bands: list[ColumnBand] = []
    todo = [(0, len(lines))]
    while todo:
        lo, hi = todo.pop()
        run = _best_run(lines[lo:hi], xs, stop)
        if run is None:
            continue
        i0, i1 = lo + run[0], lo + run[1]
        part = lines[i0:i1]
        band = ColumnBand(min(ln.bbox[1] for ln in part), max(ln.bbox[3] for ln in part), _gutters(part, xs))
        if band.gutters and (any(_label_split(ln, band) for ln in part) or _header_above(band, grids, line_height)):
            bands.append(band)
        todo += [(lo, i0), (i1, hi)]
    return sorted(bands, key=lambda b: b.top)
