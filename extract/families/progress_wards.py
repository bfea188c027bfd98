"""Ward tables of the progress-sheet family (区役所で徴収事務を行っている債権の状況): one fact per ward and column.

A ward table is a grid with at least five rows whose label cell (the first column, or the second after a No.
column) is a ward name or a total (…区, 24区合計, 合計, 全市) and that hold numbers. Each value column is read
from its header text (merged header cells repeated): the year from the 和暦 (a `前年度` column without a year is
the year before the newest, a column with no year at all the page's year), the segment from 過年度 / 現年度 /
滞納繰越 / 合計, the month from `N月末` (else the title's `（N月末現在）`), a difference column from 比 / 差 / 増減 /
(A)-(B), and the debt from a header naming a debt of the dictionary (two debts side by side), else the table's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from saiken.extract.families.progress_facts import DASH, MONTH, cell_page, month_end, year_of
from saiken.extract.families.progress_text import SEGMENTS, squash
from saiken.extract.layout import Grid
from saiken.extract.records import DocWarning, Fact
from saiken.normalize.amounts import parse_rate
from saiken.normalize.debts import match_debt
from saiken.normalize.errors import NormalizeError

WARD = re.compile(r"(区|合計|計|全市|全体)$")
TOTAL_ROW = re.compile(r"(合計|計|全市|全体)$")
DIFF = re.compile(r"比|差|増減|[)）]\s*[-－ー−]\s*[(（]")
PREVIOUS = re.compile(r"前年|昨年")
MIN_ROWS = 5


def _ward_hits(rows: list[list[str]], col: int) -> list[int]:
    return [r for r, row in enumerate(rows) if len(row) > col + 2 and WARD.search(squash(row[col]))
            and sum(1 for v in row[col + 1:] if re.search(r"\d", v)) >= 2]


def label_column(g: Grid) -> int | None:
    """The column holding the ward names (0, or 1 after a No. column), else None when `g` is no ward table."""
    rows = g.rows()
    for col in (0, 1):
        if len(_ward_hits(rows, col)) >= MIN_ROWS:
            return col
    return None


def ward_rows(g: Grid) -> list[int]:
    """Row indexes of a ward table's data rows (label a ward name or a total), empty when it is not one."""
    col = label_column(g)
    return [] if col is None else _ward_hits(g.rows(), col)


@dataclass(slots=True)
class Column:
    """What one value column of a ward table holds."""

    fiscal_year: int | None
    fiscal_year_raw: str | None
    segment: str | None
    diff: bool
    month: int | None
    debt: str | None = None
    previous: bool = False


def header_parts(g: Grid, first_data: int) -> list[list[str]]:
    """Per column, the distinct header cell texts above `first_data`, top to bottom (merged cells repeated)."""
    filled = g.filled_rows()
    return [list(dict.fromkeys(filled[r][c] for r in range(first_data) if filled[r][c])) for c in range(g.ncols)]


@lru_cache(maxsize=256)
def header_debt(text: str) -> str | None:
    """The debt a header cell names ('国民健康保険税（現年課税分）' → '国民健康保険税'), else None."""
    name = re.sub(r"[(（][^)）]*[)）]", "", squash(text))
    if len(name) < 2 or re.search(r"\d|年度|月末|率|区", name):
        return None
    m = match_debt(name)
    return name if m.canonical and m.score >= 0.9 else None


def _segment(head: str) -> str | None:
    t = squash(head)
    return next((s for k, s in sorted(SEGMENTS.items(), key=lambda kv: -len(kv[0])) if k in t), None)


def ward_columns(parts: list[list[str]], title_month: int | None, fy: int | None = None) -> list[Column]:
    """The meaning of each value column from its header cells; a difference column takes the newest year, a
    `前年度` column the year before it, a column without a year the newest year (else `fy`)."""
    cols = []
    for p in parts:
        h = " ".join(p)
        month = MONTH.search(squash(h))
        diff = bool(DIFF.search(h))
        y, y_raw = (None, None) if diff else year_of(h)
        debt = next((d for d in map(header_debt, p) if d), None)
        cols.append(Column(y, y_raw, _segment(h), diff, int(month.group(1)) if month else title_month, debt,
                           not diff and y is None and bool(PREVIOUS.search(h))))
    years = [(c.fiscal_year, c.fiscal_year_raw, c.month) for c in cols if c.fiscal_year]
    newest = max(years, key=lambda y: y[0] or 0) if years else (fy, None, None)
    for c in cols:
        if c.fiscal_year is None and newest[0] is not None:
            c.fiscal_year = newest[0] - 1 if c.previous else newest[0]
            c.fiscal_year_raw = newest[1] if not c.previous else None
        c.month = c.month or newest[2]
    return cols


def ward_facts(g: Grid, debt: str | None, title_month: int | None, warnings: list[DocWarning],
               fy: int | None = None) -> list[Fact]:
    """One fact per ward and value column of a ward table; unreadable cells become warnings."""
    data = ward_rows(g)
    lc = label_column(g)
    if not data or lc is None:
        return []
    cols = ward_columns(header_parts(g, data[0]), title_month, fy)
    rows = g.rows()
    out: list[Fact] = []
    for r in data:
        label = squash(rows[r][lc])
        area = None if TOTAL_ROW.search(label) else label  # 24区合計: the whole city's wards, area null (spec)
        for k in range(lc + 1, g.ncols):
            raw = rows[r][k].strip()
            col = cols[k]
            page = cell_page(g.cell(r, k), g)
            if not raw or DASH.match(squash(raw)):
                continue
            try:
                val = parse_rate(raw).value
            except NormalizeError:
                warnings.append(DocWarning(page=page, code="unparsed_cell",
                                           message=f"{label} の数値を読み取れません: '{raw}'"))
                continue
            out.append(Fact(debt_raw=col.debt or debt, fiscal_year=col.fiscal_year,
                            fiscal_year_raw=col.fiscal_year_raw, segment=col.segment,  # type: ignore[arg-type]
                            metric="difference" if col.diff else "collection_rate",
                            basis="interim" if col.month else "actual",
                            as_of=month_end(col.fiscal_year, col.month) if col.month and col.fiscal_year else None,
                            value=val, unit="points" if col.diff else "percent", raw=raw, page=page, area=area))
    return out
