"""Rates printed as a table instead of rate lines: segments on one axis, rate kinds on the other.

    区分       | 10月末収納率 | 前年度10月末 | 決算見込収納率 | 前年度決算 | 目標収納率 | 前年度目標
    現年課税分 | 52.4%        | 51.9%        | 93.0%          | 92.8%      | 93.5%      | 93.2%

(or the same table transposed). A value cell's meaning comes from its row label and its column header: the one
naming a rate kind (N月末…率, 決算見込…率, 目標…率, 前年度…) gives metric basis, month and year; the other a
segment (現年度分, 滞納繰越分, 合計 …). A bare `前年度` header takes the kind of the nearest rate column before it.
A table with a single unlabelled data row is the whole debt (segment total).
A table may also print rate kinds × years (区分 | 令和元年度 | 前年度（平成30年度）) under a free 過年度分 / 現年度分
label, two such tables touching in one ruled block: each value cell reads its row label from the nearest label cell
to its left, its year from the column header, and its segment from the label above its block.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from saiken.extract.families.progress_facts import MONTH, NUM, RATE_HEAD, rate_fact, year_of
from saiken.extract.families.progress_text import segment_label, squash
from saiken.extract.layout import BBox, Grid
from saiken.extract.records import Fact

VALUE = re.compile(rf"^\s*{NUM}\s*$")


@dataclass(slots=True)
class Kind:
    """What a header names: the rate label, whether it is the previous year's, its month and its own year."""

    label: str
    previous: bool
    month: int | None
    year: int | None


def kind_of(text: str) -> Kind | None:
    """The rate kind a header cell names ('10月末収納率', '前年度決算', '前年度'), else None."""
    t = squash(text)
    m = RATE_HEAD.search(t)
    if not m:
        return None
    month = MONTH.search(m.group(0))
    y = year_of(t)[0]
    return Kind(m.group(0), bool(m.group("prev")), int(month.group(1)) if month else None, y)


def _header_parts(g: Grid, first_data: int) -> list[list[str]]:
    """Per column, the distinct texts of its header cells, top to bottom (a merged group header repeated)."""
    filled = g.filled_rows()
    return [list(dict.fromkeys(filled[r][c] for r in range(first_data) if filled[r][c])) for c in range(g.ncols)]


def _column_heads(g: Grid, first_data: int) -> tuple[list[str], list[str | None]]:
    """Per column, the header text without a stacked segment cell, and that segment: a merged 過年度分 / 現年度分
    group header over year or rate-kind sub-headers ('過年度分' over '令和4年度') gives ('令和4年度', 'arrears')."""
    heads: list[str] = []
    segs: list[str | None] = []
    for parts in _header_parts(g, first_data):
        seg = next((s for s in map(segment_label, parts) if s), None)
        rest = [p for p in parts if not segment_label(p)]
        heads.append("".join(rest) if seg and rest else "".join(parts))
        segs.append(seg)
    return heads, segs


def _settled(label: str) -> str:
    """A 決算見込 row read in a previous-year column: that year is closed, so its figure is the settled 決算."""
    return re.sub(r"[(（]?見込み?[)）]?", "", label) if "決算" in label else label


def _inherit(kinds: list[Kind | None]) -> list[Kind | None]:
    """A bare 前年度 / 前年同期 takes the label and month of the nearest rate kind before it."""
    out: list[Kind | None] = []
    last: Kind | None = None
    for k in kinds:
        if k and not k.previous:
            last = k
        elif k and k.previous and last and not re.search(r"月末|同月|同期|決算|目標|実績|見込", k.label):
            k = Kind(k.label + last.label, True, last.month, k.year)
        elif k and k.previous and last and k.month is None:
            k = Kind(k.label, True, last.month, k.year)
        out.append(k)
    return out


def _first_data_row(g: Grid) -> int | None:
    rows = g.rows()
    for r in range(1, g.nrows):
        if any(VALUE.match(v) for v in rows[r][1:]):
            return r
    return None


def _label_col(filled: list[list[str]], r: int, c: int) -> int:
    """The column of a value cell's row label: the nearest non-value cell to its left (two tables set side by side
    in one ruled block each keep their own 区分 column); 0 when there is none."""
    for k in range(c - 1, -1, -1):
        if filled[r][k].strip() and not VALUE.match(filled[r][k]):
            return k
    return 0


def _row_label(filled: list[list[str]], r: int, c: int) -> str:
    """The label text of a value cell's row (see `_label_col`)."""
    return filled[r][_label_col(filled, r, c)]


def _block_box(g: Grid, filled: list[list[str]], r: int, c: int) -> BBox | None:
    """The box of the side-by-side block a value cell belongs to in its row: its label cell to its last value."""
    k = _label_col(filled, r, c)
    end = next((j for j in range(c + 1, g.ncols) if not VALUE.match(filled[r][j])), g.ncols) - 1
    boxes = {(cell.row, cell.col): cell.bbox for cell in g.cells}
    first, last = boxes.get((r, k)), boxes.get((r, end)) or boxes.get((r, c))
    if first is None or last is None:
        return None
    return (first[0], min(first[1], last[1]), last[2], max(first[3], last[3]))


def _year_column(head: str, fy: int) -> tuple[int, bool] | None:
    """A column header naming only a year ('令和元年度', '前年度（平成30年度）', '前年度'): (year, previous)."""
    t = squash(head)
    previous = bool(re.search(r"前年|昨年", t))
    y = year_of(t)[0]
    if y is None and not previous:
        return None
    y = y if y is not None else fy - 1
    return y, previous or y < fy


def _year_only(k: Kind | None) -> bool:
    """True for a header kind that names no rate at all (a bare 前年度 heading over a year column)."""
    return k is not None and k.previous and not re.search(r"月末|同月|同期|決算|目標|実績|見込|率", k.label)


def rate_table_facts(g: Grid, debt: str | None, fy: int, fy_raw: str,
                     segment_of: Callable[[BBox], str | None] | None = None) -> list[Fact]:
    """Facts of a rate table (empty when `g` is not one): one per value cell.

    Besides segments × rate kinds, a table may print rate kinds × years (区分 | 令和元年度 | 前年度（平成30年度）)
    under a free segment label: the year comes from the column header, the segment from `segment_of(block box)`
    (the value cell's 区分 column through its last value column).
    """
    first = _first_data_row(g)
    if first is None:
        return []
    rows, filled = g.rows(), g.filled_rows()
    heads, head_segs = _column_heads(g, first)
    col_kinds = _inherit([kind_of(h) for h in heads])
    col_kinds = [None if _year_only(k) else k for k in col_kinds]
    data = range(first, g.nrows)
    row_kinds: dict[tuple[int, int], Kind | None] = {}
    for c in range(1, g.ncols):  # each value column reads the labels of its own 区分 column, top to bottom
        kinds = _inherit([kind_of(_row_label(filled, r, c)) for r in range(g.nrows)])
        row_kinds.update({(r, c): kinds[r] for r in data})
    if not any(col_kinds[1:]) and not any(row_kinds.values()):
        return []
    lone = len([r for r in data if any(VALUE.match(v) for v in rows[r][1:])]) == 1
    out: list[Fact] = []
    for r in data:
        for c in range(1, g.ncols):
            raw = rows[r][c]
            if not VALUE.match(raw):
                continue
            label = _row_label(filled, r, c)
            kind, seg_text = (col_kinds[c], label) if col_kinds[c] else (row_kinds[(r, c)], heads[c])
            if kind is None:
                continue
            seg = segment_label(seg_text) or (None if col_kinds[c] else head_segs[c])
            seg = seg or ("total" if lone and not squash(seg_text) else None)
            year = None if col_kinds[c] else _year_column(heads[c], fy)
            block = _block_box(g, filled, r, c) if seg is None and year and segment_of else None
            if block is not None and segment_of is not None:
                seg = segment_of(block)
            if seg is None:
                continue
            label_text = kind.label
            if year:
                y, previous = year
                label_text = _settled(kind.label) if previous else kind.label
            else:
                previous = kind.previous
                y = kind.year or fy
                y = y - 1 if kind.previous and not kind.year else y
            out.append(rate_fact(label_text, raw, y, fy_raw, seg, debt, g.page, kind.month, previous))
    return out


def rate_tables(grids: list[Grid], debt_at: Callable[[float], str | None], fy: int, fy_raw: str,
                segment_of: Callable[[BBox], str | None] | None = None) -> tuple[list[Fact], list[BBox]]:
    """Facts of every rate table among `grids` (`debt_at(top)` names the debt of a table at that height) and the
    boxes of those tables (their lines are not re-read as rate lines); `segment_of(box)` names the segment of a
    value cell whose table prints no segment label."""
    facts: list[Fact] = []
    boxes: list[BBox] = []
    for g in grids:
        f = rate_table_facts(g, debt_at(g.bbox[1]), fy, fy_raw, segment_of)
        if f:
            facts += f
            boxes.append(g.bbox)
    return facts, boxes
