"""The 取組方針 table of committee materials: debts side by side, rows of 実績/見込/目標 figures and 取組 items.

Layout read from labels only:
- the header row starts with 債権名 (or 債権の名称 / 債権 / 項目), possibly spanning several label columns;
  every cell right of it names one debt;
- the label columns left of the first debt: the row label (a merged cell spanning sub-rows) and optional
  sub-labels (現年度分 / 滞納繰越分 / 合計) for cells that print a bare rate;
- row kinds from the label: 実績推計/見込/推計 → estimate, 実績/決算 → actual, 目標 → target, 取組 (not
  取組方針) → items; a row with an empty label continues the row above (a row broken over pages);
- a table printed again on the next page with the same debts and no labelled rows (Writer repeats the
  header row but not the merged label columns) continues the table before it: `join` appends its rows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from saiken.extract.layout import Cell, Grid
from saiken.normalize.text import despace as squash

DEBT_HEAD = re.compile(r"^(債権名|債権の名称|債権名称|債権|項目)$")
ESTIMATE_ROW = re.compile(r"実績推計|実績見込|決算見込|見込|推計")
ACTUAL_ROW = re.compile(r"実績|決算")
TARGET_ROW = re.compile(r"数値目標|目標")
ACTION_ROW = re.compile(r"取組(?!方針)")


def row_kind(label: str) -> str | None:
    """What a row label announces: estimate, actual, target, items, or None (取組方針 prose, notes)."""
    if ACTION_ROW.search(label):
        return "items"
    if ESTIMATE_ROW.search(label):
        return "estimate"
    if ACTUAL_ROW.search(label):
        return "actual"
    if TARGET_ROW.search(label):
        return "target"
    return None


@dataclass(frozen=True)
class Header:
    """The header row of a policy table: its index, the first debt column and the debt of each column."""

    row: int
    body_col: int
    debts: dict[int, str]


def header(g: Grid) -> Header | None:
    """The 債権名 header row (first cell a debt-head label, at least one debt right of it), else None."""
    for c in sorted(g.cells, key=lambda c: (c.row, c.col)):
        if c.col != 0 or not DEBT_HEAD.match(squash(c.text)):
            continue
        body = c.colspan
        debts = {k.col: k.text for k in g.cells if k.row == c.row and k.col >= body and squash(k.text)}
        if debts:
            return Header(c.row, body, debts)
    return None


@dataclass(frozen=True)
class RowLabel:
    """A body row's label: the row label proper and the sub-label of a second label column ('' when none)."""

    main: str
    sub: str

    @property
    def full(self) -> str:
        return self.main + self.sub


def row_labels(g: Grid, h: Header, carry: RowLabel | None = None) -> dict[int, RowLabel]:
    """Each body row's label; an empty label continues the row above (or `carry` for the first rows)."""
    rows = g.filled_rows()
    out: dict[int, RowLabel] = {}
    last = carry
    for r in range(h.row + 1, g.nrows):
        parts: list[str] = []
        for k in range(h.body_col):
            t = squash(rows[r][k])
            if t and (not parts or parts[-1] != t):
                parts.append(t)
        if parts:
            last = RowLabel(parts[0], "".join(parts[1:]))
        if last is not None:
            out[r] = last
    return out


def is_policy(g: Grid) -> bool:
    """A policy table: a 債権名 header followed by at least one estimate/actual/target row."""
    h = header(g)
    if h is None:
        return False
    return any(row_kind(lb.full) in ("estimate", "actual", "target") for lb in row_labels(g, h).values())


def continues(prev: Grid, part: Grid) -> bool:
    """True when `part` repeats `prev`'s debt header and has no labelled rows of its own (the rest of a broken table)."""
    hp, hq = header(prev), header(part)
    if hp is None or hq is None:
        return False
    if [squash(t) for t in hp.debts.values()] != [squash(t) for t in hq.debts.values()]:
        return False
    return not row_labels(part, hq)


def join(prev: Grid, part: Grid) -> Grid:
    """`prev` with the body rows of its continuation `part` appended, debt columns matched by their header text."""
    hp, hq = header(prev), header(part)
    assert hp is not None and hq is not None
    where = {squash(t): k for k, t in hp.debts.items()}
    cells = list(prev.cells)
    for c in part.cells:
        if c.row <= hq.row:
            continue
        if c.col >= hq.body_col:
            col = where.get(squash(hq.debts.get(c.col, "")))
            if col is None:
                continue
        else:
            col = 0
        cells.append(Cell(row=prev.nrows + c.row - hq.row - 1, col=col, text=c.text, raw=c.raw, bbox=c.bbox,
                          rowspan=c.rowspan, colspan=1 if col < hp.body_col else c.colspan, lines=c.lines,
                          page=c.page))
    return Grid(page=prev.page, bbox=prev.bbox, nrows=prev.nrows + part.nrows - hq.row - 1, ncols=prev.ncols,
                cells=cells, pages=prev.pages + part.pages)


def row_groups(g: Grid, h: Header, labels: dict[int, RowLabel]) -> dict[tuple[RowLabel, int, int], list[Cell]]:
    """Body cells grouped by (row label, column, colspan), top to bottom: the parts of one logical cell."""
    groups: dict[tuple[RowLabel, int, int], list[Cell]] = {}
    for c in sorted(g.cells, key=lambda c: (c.row, c.col)):
        if c.row in labels and c.col >= h.body_col:
            groups.setdefault((labels[c.row], c.col, c.colspan), []).append(c)
    return groups
