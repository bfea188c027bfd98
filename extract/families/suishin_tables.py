"""Reading the tables of a 推進シート-type plan into facts and initiatives, from their header words.

A *figure table* is any ruled table whose leading rows (its header band) hold no figures and whose columns below
hold figures. Each column is named by its header band (the texts of its header rows joined: '令和4年度 調定額'),
each row by its label cells on the left (segment | metric, a fiscal year, or a debt). One reader covers every
shape met in these plans, never by position:
- years across (直近5か年の収納状況, 目標): year headers (平成29年度(2017年度), R6, 32年度 after 平成31年度) over
  the figures, segment and metric in the row labels (現年 | 調定額, 不納欠損額, 収入未済の目標額(円));
- years down (収納状況の推移): year row labels, segment and metric in the header band (現年分 / 収納率);
- one debt per row (債権一覧, 特定債権の状況): a label column headed 債権の名称/債権名, metric (and year) in the header;
- 取組 tables (header cells naming 取組/取り組み, no figures): each cell's items, the tag or a 継続/新規/拡充 column
  giving the status.
Years, units and basis come from the header and label cells, else from the table's corner cells, else from the
heading and notes printed just above the table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from saiken.extract.families.suishin_items import STATUSES, split_items, status_of
from saiken.extract.families.suishin_labels import (PER_SEGMENT, as_of_of, count_unit, is_segment_label,
                                             metric_of, segment_of, year_of, years_along)
from saiken.extract.statkeys import basis_of
from saiken.extract.layout import Cell, Grid, Page
from saiken.extract.records import DocWarning, Fact, Initiative
from saiken.normalize.amounts import parse_amount, parse_rate, table_unit
from saiken.normalize.errors import NormalizeError
from saiken.normalize.text import fold

CONTEXT_LINES = 3  # heading and notes read above a table for its unit and basis
YEAR_CONTEXT_LINES = 6  # … and for its fiscal year
HEADER_ROWS = 4  # a header band has at most this many rows
NAME_LABELS = ("債権の名称", "債権名称", "債権名", "名称", "債権", "対象債権")
DASHES = re.compile(r"^[\s\-－―‐ー—–/／]*$")
FIGURE = re.compile(r"^(?:約)?[△▲\-−]?[\d,]*\d(?:\.\d+)?(?:%|円|千円|万円|億円|人|世帯|件|ポイント)?$")
MEASURE_WORD = re.compile(r"取り?組み?")


@dataclass
class Context:
    """What the lines just above a table say: its unit note, fiscal year and basis."""

    text: str
    unit: str | None
    year: int | None
    year_raw: str | None
    basis: str | None
    heading: str = ""  # the nearest line above the table


@dataclass
class Out:
    """Where readers put their results."""

    facts: list[Fact]
    initiatives: list[Initiative]
    warnings: list[DocWarning]


@dataclass
class Layout:
    """Where a figure table's header, label and value columns are."""

    header: int  # number of header rows (the first data row)
    heads: list[str]  # each column's header band text
    years: list[int | None]  # each column's fiscal year from its header (era carried along the row)
    values: list[int]  # columns holding figures under a year or metric header
    labels: list[int]  # columns left of the first value column
    name_col: int | None  # the label column headed 債権名/債権の名称, if any

    @property
    def corner(self) -> str:
        """The header texts over the label columns ('(単位：千円)', '年度', '目標')."""
        return " ".join(self.heads[c] for c in self.labels if self.heads[c])


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))


def is_figure(text: str) -> bool:
    """True for a cell that is only a printed figure ('1,924,838千円', '△ 1,513', '97.87%', '7,122')."""
    return bool(FIGURE.match(_squeeze(text)))


def _is_dash(text: str) -> bool:
    return bool(DASHES.match(text))


def _is_name_label(text: str) -> bool:
    t = re.sub(r"[()（）]", "", _squeeze(text))
    return t in NAME_LABELS or t.startswith(("債権名", "債権の名称"))


def context_of(grid: Grid, page: Page) -> Context:
    """The context of `grid` from the last lines printed above it on its first page (below any earlier table)."""
    top = grid.bbox[1]
    floor = max((g.bbox[3] for g in page.grids if g.bbox[3] <= top + 1 and g is not grid), default=0.0)
    above = [ln for ln in page.lines_outside_grids() if floor - 1 <= ln.bbox[1] and ln.bbox[3] <= top + 1]
    lines = [ln.text for ln in above[-CONTEXT_LINES:]]
    unit = next((u.unit for t in reversed(lines) if (u := table_unit(t)) is not None), None)
    year, year_raw = None, None
    for t in reversed([ln.text for ln in above[-YEAR_CONTEXT_LINES:]]):
        year = year_of(t)
        if year is not None:
            year_raw = t
            break
    text = " ".join(lines)
    return Context(text=text, unit=unit, year=year, year_raw=year_raw, basis=basis_of(text),
                   heading=lines[-1] if lines else "")


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


def layout_of(grid: Grid) -> Layout | None:
    """The layout of a figure table; None for tables without a header band over figure columns."""
    rows = grid.rows()
    header = next((r for r in range(min(HEADER_ROWS + 1, grid.nrows)) if any(is_figure(t) for t in rows[r])), 0)
    if header == 0:
        return None
    filled = grid.filled_rows()
    heads = [" ".join(dict.fromkeys(filled[r][c] for r in range(header) if filled[r][c])) for c in range(grid.ncols)]
    years = years_along(heads)
    values = [c for c in range(grid.ncols)
              if (years[c] is not None or metric_of(heads[c]) is not None) and not _is_name_label(heads[c])
              and any(is_figure(rows[r][c]) for r in range(header, grid.nrows))]
    if not values:
        return None
    labels = list(range(min(values)))
    name_col = next((c for c in labels if _is_name_label(heads[c])), None)
    return Layout(header, heads, years, values, labels, name_col)


def _split_label(labels: list[str]) -> tuple[str | None, str]:
    """(segment label, rest) of a row's label cells: 現年 | 調定額 → ('現年', '調定額')."""
    if len(labels) >= 2 and is_segment_label(labels[0]):
        return labels[0], " ".join(labels[1:])
    return None, " ".join(labels)


def _is_debt_label(label: str, year: int | None) -> bool:
    """A row label that names neither metric, segment, year nor basis: a debt ('市税') in a table by debt."""
    return bool(label) and year is None and metric_of(label) is None and segment_of(label) is None \
        and basis_of(label) is None and not is_figure(label)


def _fact(out: Out, cell: Cell, *, debt: str | None, year: int | None, year_raw: str | None, segment: str,
          metric: str, basis: str, as_of: str | None, label: str, unit_hint: str | None, table: int) -> None:
    text = cell.text.strip()
    if not text or _is_dash(text):
        return
    try:
        value, unit, approx = read_value(text, metric, label, unit_hint)
    except NormalizeError:
        out.warnings.append(DocWarning(page=cell.page, code="unparsed_cell",
                                       message=f"数値として読めないセルがあります: 「{cell.raw}」（{debt or ''} {label}）"))
        return
    out.facts.append(Fact(debt_raw=debt, fiscal_year=year, fiscal_year_raw=year_raw,  # type: ignore[arg-type]
                          segment=segment, metric=metric, basis=basis, as_of=as_of, value=value, unit=unit,
                          approx=approx, raw=cell.raw, page=cell.page, bbox=cell.bbox, table=table))


def read_figure_table(grid: Grid, ctx: Context, debt: str | None, table: int, out: Out) -> None:
    """Facts of a figure table (see the module docstring); `debt` is the sheet's debt for rows naming none."""
    lay = layout_of(grid)
    if lay is None:
        return
    rows, filled = grid.rows(), grid.filled_rows()
    corner = lay.corner
    corner_unit = next((u.unit for t in [corner, *lay.heads] if (u := table_unit(t)) is not None
                        and "単位" in u.raw), None)
    data = range(lay.header, grid.nrows)
    row_labels = {r: [t for t in dict.fromkeys(filled[r][c] for c in lay.labels if c != lay.name_col) if t]
                  for r in data}
    row_years = dict(zip(data, years_along([" ".join(row_labels[r]) for r in data])))
    carried: str | None = None
    for r in data:
        if not any(is_figure(rows[r][c]) for c in lay.values):
            continue
        name = filled[r][lay.name_col].strip() if lay.name_col is not None else None
        if lay.name_col is not None and not name:
            continue
        seg_label, label = _split_label(row_labels[r])
        first_blank = bool(lay.labels) and not filled[r][lay.labels[0]] and lay.labels[0] != lay.name_col
        if seg_label is not None:
            carried = seg_label
        elif not first_blank:
            carried = None
        row_debt = name or (label if _is_debt_label(label, row_years[r]) else debt)
        for c in lay.values:
            cell = grid.cell(r, c)
            if cell is None or (cell.row, cell.col) != (r, c):
                continue
            head = lay.heads[c]
            metric = metric_of(label) or (metric_of(seg_label) if seg_label else None) or metric_of(head)
            if metric is None:
                continue
            seg = seg_label or (carried if first_blank and metric in PER_SEGMENT else None)
            segment = segment_of(seg or "") or segment_of(head) or segment_of(label) or "total"
            year, year_raw = lay.years[c], head
            if year is None:
                year, year_raw = (row_years[r], label) if row_years[r] is not None else (year_of(corner), corner)
            if year is None:
                year, year_raw = ctx.year, ctx.year_raw
            as_of = as_of_of(head, year) or as_of_of(label, year)
            basis = "interim" if as_of else (basis_of(label) or basis_of(head) or basis_of(corner) or ctx.basis
                                             or "actual")
            col_unit = u.unit if (u := table_unit(head)) is not None else None
            _fact(out, cell, debt=row_debt, year=year, year_raw=year_raw, segment=segment, metric=metric,
                  basis=basis, as_of=as_of, label=f"{label} {head}".strip(),
                  unit_hint=col_unit or corner_unit or ctx.unit, table=table)


def _measure_header_row(grid: Grid) -> int | None:
    """The first of the first two rows with a cell naming 取組 (取り組み), None when neither has one."""
    rows = grid.rows()
    return next((r for r in range(min(2, grid.nrows)) if any(MEASURE_WORD.search(_squeeze(t)) for t in rows[r])), None)


def is_measures(grid: Grid, heading: str = "") -> bool:
    """A 取組 table: no figure columns, and a header cell among its first two rows naming 取組 (取り組み), or the
    heading just above naming it over a first row of years (7. 目標実現に向けた取組 over 令和4年度 | 令和5年度以降)."""
    if layout_of(grid) is not None:
        return False
    if _measure_header_row(grid) is not None:
        return True
    return grid.nrows >= 2 and bool(MEASURE_WORD.search(_squeeze(heading))) \
        and any(y is not None for y in years_along(grid.rows()[0]))


def _bare_status(text: str) -> str | None:
    """The status a cell holds when it says nothing but 継続/新規/拡充, bare or tagged (【継続】, (新規) …)."""
    t = _squeeze(text)
    if t in STATUSES:
        return t
    status, rest = status_of(t)
    return status if status and not rest else None


def _status_column(grid: Grid, first: int) -> int | None:
    """A column whose cells below the header only say 継続/新規/拡充 (the status of the items in its row)."""
    rows = grid.rows()
    for c in range(grid.ncols):
        cells = [rows[r][c] for r in range(first, grid.nrows)]
        if any(_squeeze(t) for t in cells) and all(_bare_status(t) or not _squeeze(t) for t in cells):
            return c
    return None


def read_measures(grid: Grid, debt: str | None, ctx: Context, out: Out) -> None:
    """Initiatives of a 取組 table: one per item of each cell under a 取組/内容 header."""
    rows, filled = grid.rows(), grid.filled_rows()
    h = _measure_header_row(grid) or 0
    heads = [" ".join(dict.fromkeys(filled[r][c] for r in range(h + 1) if filled[r][c])) for c in range(grid.ncols)]
    status_col = _status_column(grid, h + 1)
    years = years_along(heads)
    cols = [c for c, t in enumerate(heads) if c != status_col and (MEASURE_WORD.search(_squeeze(t)) or "内容" in t)] \
        or [c for c in range(1, grid.ncols) if c != status_col and years[c] is not None] \
        or [c for c in range(1, grid.ncols) if c != status_col]
    if len(cols) > 1 and cols[0] == 0:
        cols = cols[1:]
    if not cols:
        return
    first = min(cols)
    header_years = {y for y in years if y is not None}
    # a 取組 column without a year of its own reports on the one year the header names (令和5年度の実施状況)
    table_year = header_years.pop() if len(header_years) == 1 else ctx.year
    for r in range(h + 1, grid.nrows):
        section = " ".join(dict.fromkeys(t for c, t in enumerate(filled[r][:first]) if t and c != status_col)) or None
        row_status = _bare_status(rows[r][status_col]) if status_col is not None else None
        for c in cols:
            cell = grid.cell(r, c)
            if cell is None or (cell.row, cell.col) != (r, c):
                continue
            for item in split_items(cell.lines or [cell.text]):
                status, text = status_of(item)
                status = status or row_status
                out.initiatives.append(Initiative(debt_raw=debt, fiscal_year=years[c] or table_year, section=section,
                                                  label=None, text=text, status=status,  # type: ignore[arg-type]
                                                  page=cell.page))
