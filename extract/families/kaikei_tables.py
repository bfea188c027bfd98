"""Value tables of plans with account tables (会計別・債権別 収入未済額, 債権ごとの収納状況, 目標収納率).

The header rows are the rows above the first number cell. Columns whose header prints a year (令和元年度(2019年度),
R6, 令和6年度目標), a metric (収入未済額, 収入率) or a 区分 (現年度分, 滞納繰越分, 計) hold values; the other
named columns (会計名称, 款名称等, 債権名, 区分, 項目) name the row. A row's name is its rightmost naming cell that is
not a 区分 (現年分 → segment), a metric (調定額, 収納率(%) → the row's metric) or a debt class (強制徴収公債権).
What the header does not say comes from the caption printed just above the table: the year
(令和２年度（２０２０年度） …内訳), the metric (…にかかる収入未済額), the basis (目標) and the unit note
((単位：千円)); rows naming no debt (a 個票's 調定額 / 収入額 rows) take the debt from the heading of the part
the table is printed in ((1)特別区民税). A metric cell may print the row's unit (収入額(千円), 滞納者数(人)), which
wins over the table's unit note; counts are never read in a yen unit. A part of a table continued on the next page without its header reuses the
columns of the part before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from saiken.extract.families.kaikei_labels import ACCOUNT_HEADER, SUBJECT_HEADING, CLASS_HEADER, DIFF_HEADER, LABEL_HEADER, MONEY_METRICS, \
    compact, in_header, is_blank, is_debt_class, is_money_unit, is_total, label_unit, metric_of, \
    plan_years, segment_of
from saiken.extract.families.kaikei_split import split_label_cells
from saiken.extract.layout import Grid, Line, Page
from saiken.extract.statkeys import basis_of
from saiken.extract.records import Basis, DocWarning, Fact, Segment
from saiken.normalize.amounts import Amount, parse_amount, parse_rate, table_unit
from saiken.normalize.errors import NormalizeError
from saiken.normalize.wareki import YearMatch
from saiken.extract.scope import is_debt_name

CAPTION_GAP = 60.0  # points above a table where its caption and unit note are printed
CAPTION_LINES = 3
MAX_HEADER_ROWS = 3
NUMBER_CELL = re.compile(r"^(?:約)?[△▲\-]?\d[\d,]*(?:\.\d+)?(?:%|ポイント|千円|万円|億円|円|人|件)?$")
METRIC_CELL_LEN = 14  # a naming cell this short that names a metric (収納率(%)) gives the row's metric
SECTION_HEADING = re.compile(r"^(?:第?\d{1,2}章?|[Ⅰ-Ⅹ])[\s.．、]\s*\S")


@dataclass
class Column:
    """A value column: where its year, metric, segment, basis and unit come from."""

    index: int
    header: str
    year: int | None
    year_raw: str | None
    metric: str | None  # None: each row names its metric (調定額, 収納率(%))
    own_metric: bool  # the header itself names the metric (it then wins over a row's)
    segment: Segment | None  # None: the header names none (the row's 区分 or 'total' applies)
    basis: Basis
    unit_hint: str | None


@dataclass
class Spec:
    """How to read one table: header height, the columns naming a row, and the value columns."""

    header_rows: int
    ncols: int
    label_cols: list[int]
    columns: list[Column] = field(default_factory=list)


@dataclass
class Caption:
    """The lines printed just above a table, closest first, and what they say."""

    text: str
    year: YearMatch | None
    metric: str | None
    unit: str | None


def is_number_cell(text: str) -> bool:
    """True when a cell holds only a printed number (5,346,229 / △500 / 95.44%)."""
    return bool(NUMBER_CELL.match(compact(text)))


def header_height(rows: list[list[str]]) -> int:
    """How many leading rows hold no number cell (the header); 0 when the first row already holds numbers."""
    for r, row in enumerate(rows[:MAX_HEADER_ROWS + 1]):
        if any(is_number_cell(t) for t in row):
            return r
    return 0


def caption_lines(page: Page, grid: Grid) -> list[Line]:
    """The lines printed within CAPTION_GAP points above the table, closest first (other tables excluded), up to
    the last line of a paragraph of prose (ending in 。), which belongs to the text before the caption."""
    top = grid.bbox[1]
    lines = [ln for ln in page.lines_outside_grids() if top - CAPTION_GAP <= ln.bbox[3] <= top + 1]
    out: list[Line] = []
    for ln in sorted(lines, key=lambda ln: -ln.bbox[3])[:CAPTION_LINES]:
        if ln.text.rstrip().endswith("。"):
            break
        out.append(ln)
    return out


def read_caption(page: Page, grid: Grid) -> Caption:
    """The caption's year (from the closest line that prints one), metric and unit note."""
    lines = caption_lines(page, grid)
    text = " ".join(ln.text for ln in reversed(lines))
    year = next((ys[0] for ys in (plan_years(ln.text) for ln in lines) if ys), None)
    unit = next((u.unit for u in (table_unit(ln.text) for ln in lines) if u), None)
    return Caption(text=text, year=year, metric=metric_of(text), unit=unit)


def header_texts(grid: Grid, height: int) -> list[str]:
    """Each column's header: the distinct texts of the header rows above it, top to bottom."""
    filled = grid.filled_rows()
    out = []
    for c in range(grid.ncols):
        parts: list[str] = []
        for r in range(height):
            t = filled[r][c]
            if t and t not in parts:
                parts.append(t)
        out.append(" ".join(parts))
    return out


def header_segment(header: str) -> Segment | None:
    """The 区分 a short header names on its own (現年度分, 滞納繰越分, 計); None for any other header."""
    word = compact(header)
    if len(word) > 8:
        return None
    return segment_of(word) or ("total" if is_total(word) else None)


def value_column(index: int, header: str, cap: Caption) -> Column | None:
    """The value column a header describes, or None when it names no year, metric or 区分.

    A column of years only (the metric printed in each row) has metric None."""
    if DIFF_HEADER.search(header):
        return None
    years = plan_years(header)
    own_metric = metric_of(header)
    own_segment = header_segment(header)
    if not years and own_metric is None and (own_segment is None or cap.metric is None):
        return None
    year = years[0] if years else cap.year
    note = table_unit(header)
    return Column(index=index, header=header, year=year.fiscal_year if year else None,
                  year_raw=year.raw if year else None, metric=own_metric or cap.metric, own_metric=bool(own_metric),
                  segment=segment_of(header) or own_segment or segment_of(cap.text),
                  basis=basis_of(header) or basis_of(cap.text) or "actual",  # type: ignore[arg-type]
                  unit_hint=note.unit if note else cap.unit)


def table_spec(page: Page, grid: Grid) -> Spec | None:
    """How to read the grid, or None when it is no value table (no naming column or no value column).

    Columns of years alone are read only when the caption or the naming cells name the metric of each row."""
    height = header_height(grid.rows())
    if height == 0 or height >= grid.nrows:
        return None
    headers = header_texts(grid, height)
    cap = read_caption(page, grid)
    columns = [col for k, h in enumerate(headers) if (col := value_column(k, h, cap)) is not None]
    taken = {c.index for c in columns}
    labels = [k for k, h in enumerate(headers) if k not in taken and (in_header(LABEL_HEADER, h) or not h)]
    if not columns or not labels:
        return None
    if any(c.metric is None for c in columns) and not _rows_name_metrics(grid, height, labels):
        columns = _sibling_metric(columns)
        if not columns:
            return None
    classes = [k for k in labels if in_header(CLASS_HEADER, headers[k]) and not in_header(ACCOUNT_HEADER, headers[k])]
    return Spec(header_rows=height, ncols=grid.ncols, label_cols=[k for k in labels if k not in classes],
                columns=columns)


def _sibling_metric(columns: list[Column]) -> list[Column]:
    """Year columns without a metric take the one metric every other value column names (令和元年度実績 beside
    令和２年度目標収納率, 令和３年度目標収納率); with no such single metric they are dropped."""
    named = {c.metric for c in columns if c.metric is not None}
    if len(named) != 1:
        return [c for c in columns if c.metric is not None]
    metric = named.pop()
    return [c if c.metric is not None else replace(c, metric=metric) for c in columns]


def _rows_name_metrics(grid: Grid, height: int, labels: list[int]) -> bool:
    """True when some naming cell below the header names a metric (調定額, 収納率(%))."""
    rows = grid.rows()
    return any(len(w := compact(rows[r][k])) <= METRIC_CELL_LEN and metric_of(w)
               for r in range(height, grid.nrows) for k in labels)


@dataclass
class RowLabel:
    """What a row's naming cells say: its name (None when it names no debt), 区分, metric and printed unit."""

    name: str | None
    segment: Segment | None
    metric: str | None
    unit: str | None = None  # the unit the metric cell prints (収入額(千円) → 千円, 滞納者数(人) → 人)


def row_label(grid: Grid, row: int, filled: list[str], spec: Spec) -> RowLabel:
    """The row's name, 区分, metric and unit from its naming cells, right to left (see module docstring).

    The name is the rightmost naming cell with text (債権名, else 款, else 会計); 合計 rows are named '合計'.
    A 現年分 / 滞繰分 cell gives the segment, a 計 cell right of another cell (or beside a metric cell) 'total',
    a short metric cell (調定額, 現年分収納率(%), 収入額(千円)) the row's metric and unit; debt classes (私債権)
    are skipped, and so is a cell merged over several naming columns once it has been read."""
    segment: Segment | None = None
    metric: str | None = None
    unit: str | None = None
    read: list[object] = []  # the cells already taken as metric or 区分
    for pos, k in reversed(list(enumerate(spec.label_cols))):
        text = filled[k].strip()
        cell = grid.cell(row, k)
        if not text or any(cell is c for c in read):
            continue
        word = compact(text)
        if metric is None and len(word) <= METRIC_CELL_LEN and (m := metric_of(word)):
            metric, segment, unit = m, segment or segment_of(word), label_unit(word, m)
            read.append(cell)
            continue
        if segment is None and len(word) <= 6 and (seg := segment_of(word)):
            segment = seg
            read.append(cell)
            continue
        if is_debt_class(word):
            continue
        named_left = any(filled[j].strip() and grid.cell(row, j) is not cell for j in spec.label_cols[:pos])
        if is_total(word) and segment is None and (named_left or metric is not None):
            segment = "total"
            continue
        return RowLabel(word if is_total(text) else text, segment, metric, unit)
    return RowLabel(None, segment, metric, unit)


def subject(pages: list[Page], grid: Grid) -> str | None:
    """The debt a table without names is about: the nearest heading above it ((1)特別区民税, 債権名：…), looking
    back over earlier pages but not past the heading of the section (５ 債権ごとの取組み)."""
    for p in reversed(pages[:grid.page]):
        lines = p.lines_outside_grids()
        if p.number == grid.page:
            lines = [ln for ln in lines if ln.bbox[3] <= grid.bbox[1] + 1]
        for ln in sorted(lines, key=lambda ln: -ln.bbox[1]):
            text = ln.text.strip()
            if (m := SUBJECT_HEADING.match(text)) and is_debt_name((m.group(1) or m.group(2)).strip()):
                return (m.group(1) or m.group(2)).strip()
            if SECTION_HEADING.match(text):  # ４ 債権ごとの取組（特別区民税）: the section's own debt, else none
                named = re.search(r"[(（]([^()（）]{2,30})[)）]\s*$", text)
                return named.group(1) if named and is_debt_name(named.group(1)) else None
    return None


def read_amount(text: str, metric: str, hint: str | None) -> Amount:
    """The cell's number in the unit `hint` when it prints none; NormalizeError when it is none or of the wrong kind."""
    if metric == "collection_rate":
        return parse_rate(text)
    amount = parse_amount(text, hint)
    if metric in MONEY_METRICS and amount.unit not in ("yen", "count"):
        raise NormalizeError(f"金額ではありません: '{text}'")
    return amount


@dataclass
class TableReader:
    """Reads every account table of a document in order, carrying column specs over page breaks."""

    facts: list[Fact] = field(default_factory=list)
    warnings: list[DocWarning] = field(default_factory=list)
    _last: tuple[Spec, Grid] | None = None

    def read(self, grids: list[Grid], pages: list[Page]) -> None:
        """Read each stitched grid (index = its place in Document.tables)."""
        for index, grid in enumerate(grids):
            page = pages[grid.page - 1]
            spec = table_spec(page, grid) or self._continued(grid)
            if spec is None:
                self._last = None
                continue
            grid = split_label_cells(grid, pages, spec.header_rows, spec.label_cols)
            self._read_grid(index, grid, spec, pages)
            self._last = (spec, grid)

    def _continued(self, grid: Grid) -> Spec | None:
        """The previous table's spec when this grid continues it on the next page without a header."""
        if self._last is None:
            return None
        spec, prev = self._last
        first = prev.pages[-1] if prev.pages else prev.page
        if grid.ncols != spec.ncols or grid.page != first + 1 or header_height(grid.rows()) != 0:
            return None
        return replace(spec, header_rows=0)

    def _read_grid(self, index: int, grid: Grid, spec: Spec, pages: list[Page]) -> None:
        text_rows, raw_rows, filled = grid.rows(), grid.rows(raw=True), grid.filled_rows(raw=True)
        for col in spec.columns:
            if col.year is None:
                self._warn(grid.page, "no_year", f"表の列「{col.header}」の年度が見出しにも表題にもありません")
        headers = {compact(c.header) for c in spec.columns}
        about: list[str | None] = []  # the table's subject, looked up once when a row names no debt
        labels = {r: row_label(grid, r, filled[r], spec) for r in range(spec.header_rows, grid.nrows)}
        one_debt = not any(lb.name and not is_total(lb.name) for lb in labels.values())
        for r in range(spec.header_rows, grid.nrows):
            label = labels[r]
            if label.name is not None and one_debt and is_total(label.name):
                label = replace(label, name=None)  # 現年分 | 滞繰分 | 計 of one debt: 計 is the segment, not all debts
            if label.name is None:
                if not about:
                    about.append(subject(pages, grid))
                label = replace(label, name=about[0])
            for col in spec.columns:
                text = text_rows[r][col.index]
                if is_blank(text) or compact(text) in headers:
                    continue
                cell = grid.cell(r, col.index)
                page = cell.page if cell and cell.page else grid.page
                self._fact(index, col, label, text, raw_rows[r][col.index], page, cell.bbox if cell else None)

    def _fact(self, index: int, col: Column, row: RowLabel, text: str, raw: str, page: int,
              bbox: tuple[float, float, float, float] | None) -> None:
        metric = col.metric if col.own_metric else (row.metric or col.metric)
        if metric is None:
            return
        hint = row.unit if row.metric == metric and row.unit else col.unit_hint
        if metric not in MONEY_METRICS and is_money_unit(hint):
            hint = label_unit(col.header if col.own_metric else "", metric)  # 滞納者数 under (単位：千円)
        try:
            amount = read_amount(text, metric, hint)
        except NormalizeError:
            self._warn(page, "unparsed_cell", f"{page}ページの表「{row.name or ''}」行「{col.header}」列の値「{raw}」を"
                                              "数値として読めませんでした")
            return
        if col.year is None:
            return
        unit = "yen" if metric in MONEY_METRICS else amount.unit
        self.facts.append(Fact(
            debt_raw=row.name, fiscal_year=col.year, fiscal_year_raw=col.year_raw,
            segment=col.segment or row.segment or "total",
            metric=metric, basis=col.basis, value=amount.value, unit=unit, approx=amount.approx,  # type: ignore[arg-type]
            raw=raw.strip() or text, page=page, bbox=bbox, table=index))

    def _warn(self, page: int, code: str, message: str) -> None:
        w = DocWarning(page=page, code=code, message=message)
        if w not in self.warnings:
            self.warnings.append(w)


def account_tables(grids: list[Grid]) -> int:
    """How many of the grids have an account-table header (会計 column beside value columns); for scoring."""
    n = 0
    for g in grids:
        height = header_height(g.rows())
        if 0 < height < g.nrows and any(in_header(ACCOUNT_HEADER, h) for h in header_texts(g, height)):
            n += 1
    return n
