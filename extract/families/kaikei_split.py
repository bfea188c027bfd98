"""Re-cut naming cells that the ruled grid merged because the body draws no vertical (or horizontal) line there.

Offices often draw tables with horizontal lines only in the body (債権名 | 区分 | 令和元年度 … with 現年分 / 滞納繰越分 /
計 under one debt name). The grid then sees one cell spanning the 債権名 and 区分 columns and the three rows, with
text like "現年分特別区民税 滞納繰越分計". When the header row has one cell per column and the value columns have one
cell per row, the words inside such a cell are put back where they are printed: per column (header x-extents) and
per row (the y-extents of the row's single-row cells). A column whose words all sit in one row (a vertically
centred debt name) stays merged over the whole span.
"""
from __future__ import annotations

from dataclasses import replace

from saiken.extract.layout import BBox, Cell, Grid, Page, Word

Span = tuple[float, float]


def _centre(b: BBox) -> tuple[float, float]:
    return (b[0] + b[2]) / 2, (b[1] + b[3]) / 2


def _index(spans: dict[int, Span], v: float) -> int | None:
    return next((k for k, (a, b) in spans.items() if a <= v <= b), None)


def _col_spans(grid: Grid, header_rows: int) -> dict[int, Span]:
    """x-extent of each column that has a header cell of its own."""
    return {c.col: (c.bbox[0], c.bbox[2]) for c in grid.cells if c.row < header_rows and c.colspan == 1}


def _row_spans(grid: Grid, page: int) -> dict[int, Span]:
    """y-extent of each row that has a single-row cell on `page`."""
    return {c.row: (c.bbox[1], c.bbox[3]) for c in grid.cells if c.rowspan == 1 and (c.page or grid.page) == page}


def _words_in(page: Page, box: BBox) -> list[Word]:
    return [w for ln in page.lines for w in ln.words
            if box[0] <= _centre(w.bbox)[0] <= box[2] and box[1] <= _centre(w.bbox)[1] <= box[3]]


def _join(words: list[Word], raw: bool) -> str:
    ordered = sorted(words, key=lambda w: (round(w.bbox[1]), w.bbox[0]))
    return "".join(w.raw if raw else w.text for w in ordered)


def _recut(cell: Cell, page: Page, cols: dict[int, Span], rows: dict[int, Span]) -> list[Cell] | None:
    """The cells a merged naming cell really holds, or None when its words cannot be placed."""
    slots: dict[tuple[int, int], list[Word]] = {}
    for w in _words_in(page, cell.bbox):
        x, y = _centre(w.bbox)
        r, k = _index(rows, y), _index(cols, x)
        if r is None or k is None or not (cell.row <= r < cell.row + cell.rowspan) \
                or not (cell.col <= k < cell.col + cell.colspan):
            return None
        slots.setdefault((r, k), []).append(w)
    out: list[Cell] = []
    for k in range(cell.col, cell.col + cell.colspan):
        used = sorted(r for (r, kk) in slots if kk == k)
        if len(used) == 1:  # one text in the column: it names the whole span (a centred debt name)
            words = slots[(used[0], k)]
            out.append(_cell(cell, cell.row, k, words, cell.rowspan, cols, (cell.bbox[1], cell.bbox[3])))
        else:
            out += [_cell(cell, r, k, slots.get((r, k), []), 1, cols, rows[r])
                    for r in range(cell.row, cell.row + cell.rowspan)]
    return out if sum(1 for c in out if c.text) > 1 else None


def _cell(src: Cell, row: int, col: int, words: list[Word], rowspan: int, cols: dict[int, Span], ys: Span) -> Cell:
    text = _join(words, raw=False)
    return Cell(row=row, col=col, text=text, raw=_join(words, raw=True), bbox=(cols[col][0], ys[0], cols[col][1], ys[1]),
                rowspan=rowspan, colspan=1, lines=[text] if text else [], page=src.page)


def split_label_cells(grid: Grid, pages: list[Page], header_rows: int, label_cols: list[int]) -> Grid:
    """The grid with body cells merged over several naming columns and rows re-cut from their printed words."""
    cols = _col_spans(grid, header_rows)
    cells: list[Cell] = []
    recut: list[Cell] = []
    for c in grid.cells:
        span = range(c.col, c.col + c.colspan)
        new = None
        if c.row >= header_rows and c.colspan > 1 and c.rowspan > 1 and all(k in cols and k in label_cols for k in span):
            page_no = c.page or grid.page
            rows = _row_spans(grid, page_no)
            if all(r in rows for r in range(c.row, c.row + c.rowspan)):
                new = _recut(c, pages[page_no - 1], cols, rows)
        cells += new or [c]
        recut += [c] if new else []
    if not recut:
        return grid
    # the grid may also hold empty cells inside the re-cut area (slots it saw a line around): drop them
    kept = [c for c in cells if c.text or not any(_covers(m, c) for m in recut)]
    return replace(grid, cells=kept)


def _covers(merged: Cell, c: Cell) -> bool:
    return c is not merged and merged.row <= c.row < merged.row + merged.rowspan \
        and merged.col <= c.col < merged.col + merged.colspan
