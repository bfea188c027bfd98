"""Reading the tables of a 推進シート-type plan into facts and initiatives, from their header words.

Three table shapes are recognised by their header row, never by position:
- year columns (直近5か年の収納状況, 目標): a header row with fiscal years (平成29年度(2017年度), R6…) over the value
  columns; the row labels on the left name segment and metric (現年 | 調定額, 不納欠損額, 収入未済の目標額(円));
- name rows (債権一覧, 特定債権の状況): a header cell 債権の名称/債権名 and value columns whose headers name a metric
  (収入未済額, 令和3年度 収入未済額, 差額); each row is one debt, 合計 included;
- 取組 tables: header cells with 取組 and a year (令和4年度の取組, 令和5年度～令和9年度の取組); each cell's items.
Years, units and basis come from the header cells, else from the heading and notes printed just above the table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.families.suishin_items import split_items, status_of
from extract.families.suishin_labels import basis_of, count_unit, is_segment_label, metric_of, segment_of
from extract.layout import Cell, Grid, Page
from extract.records import DocWarning, Fact, Initiative
from normalize.amounts import parse_amount, parse_rate, table_unit
from normalize.errors import NormalizeError
from normalize.wareki import fiscal_year

CONTEXT_LINES = 3  # heading and notes read above a table
NAME_LABELS = ("債権の名称", "債権名称", "債権名", "名称")
DASHES = re.compile(r"^[\s\-－―‐ー—–/／]*$")


@dataclass
class Context:
    """What the lines just above a table say: its unit note, fiscal year and basis."""

    text: str
    unit: str | None
    year: int | None
    year_raw: str | None
    basis: str | None


@dataclass
class Out:
    """Where readers put their results."""

    facts: list[Fact]
    initiatives: list[Initiative]
    warnings: list[DocWarning]


def year_of(text: str) -> int | None:
    """The fiscal year a text names first, None when it names none."""
    try:
        return fiscal_year(text)
    except (NormalizeError, ValueError):
        return None


def context_of(grid: Grid, page: Page) -> Context:
    """The context of `grid` from the last lines printed above it on its first page (below any earlier table)."""
    top = grid.bbox[1]
    floor = max((g.bbox[3] for g in page.grids if g.bbox[3] <= top + 1 and g is not grid), default=0.0)
    above = [ln for ln in page.lines_outside_grids() if floor - 1 <= ln.bbox[1] and ln.bbox[3] <= top + 1]
    lines = [ln.text for ln in above[-CONTEXT_LINES:]]
    unit = next((u.unit for t in reversed(lines) if (u := table_unit(t)) is not None), None)
    year, year_raw = None, None
    for t in reversed(lines):
        year = year_of(t)
        if year is not None:
            year_raw = t
            break
    text = " ".join(lines)
    return Context(text=text, unit=unit, year=year, year_raw=year_raw, basis=basis_of(text))


def _is_dash(text: str) -> bool:
    return bool(DASHES.match(text))


def read_value(text: str, metric: str, label: str, unit_hint: str | None) -> tuple[float | int, str, bool]:
    """(value, unit, approx) of a figure cell for `metric`; raises NormalizeError when it is not a number."""
    if metric == "collection_rate" or (metric == "difference" and ("%" in text or "ポイント" in text)):
        a = parse_rate(text)
        return a.value, ("points" if "ポイント" in text or metric == "difference" else "percent"), a.approx
    if metric == "delinquents":
        a = parse_amount(text)
        return int(a.value), count_unit(label), a.approx
    hint = (u.unit if (u := table_unit(label)) is not None else None) or unit_hint
    a = parse_amount(text, hint)
    return (int(a.value) if a.unit in ("yen", "count") else a.value), "yen", a.approx


def _fact(out: Out, cell: Cell, *, debt: str | None, year: int | None, year_raw: str | None, segment: str,
          metric: str, basis: str, label: str, unit_hint: str | None, table: int) -> None:
    text = cell.text.strip()
    if not text or _is_dash(text):
        return
    try:
        value, unit, approx = read_value(text, metric, label, unit_hint)
    except NormalizeError:
        out.warnings.append(DocWarning(page=cell.page, code="unparsed_cell",
                                       message=f"数値として読めないセルがあります: 「{cell.raw}」（{debt or ''} {label}）"))
        return
    out.facts.append(Fact(debt_raw=debt, fiscal_year=year, fiscal_year_raw=year_raw, segment=segment,  # type: ignore[arg-type]
                          metric=metric, basis=basis, value=value, unit=unit, approx=approx,  # type: ignore[arg-type]
                          raw=cell.raw, page=cell.page, bbox=cell.bbox, table=table))


def year_header(grid: Grid) -> tuple[int, dict[int, tuple[int, str]]] | None:
    """(header row, {column: (fiscal year, header text)}) when a row among the first three has two or more
    year headers that name no metric; None for other tables."""
    rows = grid.rows()
    for r in range(min(3, grid.nrows)):
        cols = {c: (y, t) for c, t in enumerate(rows[r]) if t and (y := year_of(t)) is not None and metric_of(t) is None}
        if len(cols) >= 2:
            return r, cols
    return None


def is_measures(grid: Grid) -> bool:
    """A 取組 table: one of its first two rows has a header cell naming 取組 with a year (令和4年度の取組)."""
    return any(any("取組" in t and year_of(t) is not None for t in row) for row in grid.rows()[:2])


def _row_label(filled: list[str], first: int) -> tuple[str | None, str]:
    labels: list[str] = []
    for t in filled[:first]:
        if t and (not labels or labels[-1] != t):
            labels.append(t)
    if len(labels) >= 2 and is_segment_label(labels[0]):
        return labels[0], " ".join(labels[1:])
    return None, " ".join(labels)


def read_year_table(grid: Grid, ctx: Context, debt: str | None, table: int, out: Out) -> None:
    """Facts of a table with fiscal years across (5-year actuals, 目標)."""
    found = year_header(grid)
    if found is None:
        return
    h, cols = found
    first = min(cols)
    filled = grid.filled_rows()
    for r in range(h + 1, grid.nrows):
        seg_label, label = _row_label(filled[r], first)
        metric = metric_of(label) or (metric_of(seg_label) if seg_label else None)
        if metric is None:
            continue
        segment = segment_of(seg_label or "") or segment_of(label) or "total"
        for c, (year, header) in cols.items():
            cell = grid.cell(r, c)
            if cell is None or (cell.row, cell.col) != (r, c):
                continue
            basis = basis_of(label) or basis_of(header) or ctx.basis or "actual"
            _fact(out, cell, debt=debt, year=year, year_raw=header, segment=segment, metric=metric, basis=basis,
                  label=label, unit_hint=ctx.unit, table=table)


def name_header(grid: Grid) -> tuple[int, int] | None:
    """(last header row, name column) of a table listing one debt per row; None for other tables."""
    rows = grid.rows()
    for r in range(min(3, grid.nrows)):
        for c, t in enumerate(rows[r]):
            if t.replace(" ", "") in NAME_LABELS and any(metric_of(x) for x in rows[r]):
                return r, c
    return None


def read_name_table(grid: Grid, ctx: Context, table: int, out: Out) -> None:
    """Facts of a table with one debt per row (債権一覧, 特定債権の状況), one per value column."""
    found = name_header(grid)
    if found is None:
        return
    h, name_col = found
    header = grid.rows()[h]
    filled = grid.filled_rows()
    for r in range(h + 1, grid.nrows):
        name = filled[r][name_col].strip()
        if not name or filled[r] == filled[h]:
            continue
        for c, head in enumerate(header):
            metric = metric_of(head) if c != name_col else None
            cell = grid.cell(r, c)
            if metric is None or cell is None or (cell.row, cell.col) != (r, c):
                continue
            year = year_of(head)
            _fact(out, cell, debt=name, year=year if year is not None else ctx.year,
                  year_raw=head if year is not None else ctx.year_raw, segment=segment_of(head) or "total",
                  metric=metric, basis=basis_of(head) or ctx.basis or "actual", label=head,
                  unit_hint=ctx.unit, table=table)


def read_measures(grid: Grid, debt: str | None, out: Out) -> None:
    """Initiatives of a 取組 table: one per item of each cell under a 取組 header with a year."""
    rows = grid.rows()
    h = next(r for r in range(min(2, grid.nrows)) if any("取組" in t for t in rows[r]))
    cols = {c: year_of(t) for c, t in enumerate(rows[h]) if "取組" in t}
    first = min(cols)
    filled = grid.filled_rows()
    for r in range(h + 1, grid.nrows):
        section = " ".join(dict.fromkeys(t for t in filled[r][:first] if t)) or None
        for c, year in cols.items():
            cell = grid.cell(r, c)
            if cell is None or (cell.row, cell.col) != (r, c):
                continue
            for item in split_items(cell.lines or [cell.text]):
                status, text = status_of(item)
                out.initiatives.append(Initiative(debt_raw=debt, fiscal_year=year, section=section, label=None,
                                                  text=text, status=status, page=cell.page))  # type: ignore[arg-type]
