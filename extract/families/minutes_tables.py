"""Facts from the statistical tables printed inside minutes (収納状況の表 shown at the meeting).

A table is read from its header words, never from positions: the header rows are those above the first
row holding a number; each numeric column is mapped from its header text to a metric (調定額 → assessed,
収入率 → collection_rate, 増減 → difference …), a fiscal year (令和6年度, R6 …) and a basis (目標, 見込,
決算, N月末 → interim with `as_of`). The text columns give the debt (a merged cell covers its rows; a column
naming the managing office, 所管局 or 担当課, is not the debt) and the segment (現年分, 滞繰分, 計). The unit comes from the caption or header ((単位：千円)). A cell that should
hold a number but cannot be read becomes a DocWarning naming page and cell text.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from extract.layout import Cell, Grid, Page
from extract.pdf import stitch
from extract.records import Basis, Document, DocWarning, Fact, Segment
from normalize.amounts import Amount, parse_amount, parse_rate, table_unit
from normalize.errors import NormalizeError
from normalize.wareki import fiscal_year

METRICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("difference", re.compile(r"増減|差引|前年(?:同期|同月|度)?比|比較")),
    ("collection_rate", re.compile(r"収納率|収入率|徴収率")),
    ("written_off", re.compile(r"不納欠損")),
    ("outstanding", re.compile(r"収入未済|未収金|未収入|滞納額")),
    ("assessed", re.compile(r"調定")),
    ("collected", re.compile(r"収入済|収納済|収納額|収入額|徴収額")),
    ("delinquents", re.compile(r"滞納者数|滞納世帯数")),
)
SEGMENTS: tuple[tuple[Segment, re.Pattern[str]], ...] = (
    ("arrears", re.compile(r"滞繰|滞納繰越|過年")),
    ("current", re.compile(r"現年")),
    ("total", re.compile(r"^(?:合計|小計|計|全体|総計)$|^計")),
)
BASES: tuple[tuple[Basis, re.Pattern[str]], ...] = (
    ("target", re.compile(r"目標")),
    ("estimate", re.compile(r"見込|推計")),
    ("interim", re.compile(r"[0-9]{1,2}月末|[0-9]{1,2}月[0-9]{1,2}日(?:現在|時点)")),
    ("actual", re.compile(r"決算|実績")),
)
#: Header words of the column that names the debt, and of a column that names who manages it (所管局, 担当課).
DEBT_HEADER = re.compile(r"債権|名称|科目|費目|税目|項目")
OWNER_HEADER = re.compile(r"所管|担当|所属|部局|局名|課名|部署|組織")
#: How the name of an office ends (財政局, 収納対策課, 教育委員会): a column of these names the manager, not the debt.
OWNER_NAME = re.compile(r"(?:局|部|課|室|委員会|事務所|区役所|本部)$")
EMPTY = re.compile(r"^[\s\-－―‐ー—/／]*$")
NUMBER = re.compile(r"[0-9]")
CAPTION_GAP = 40.0  # points above a table where its caption and unit note are printed


@dataclass(slots=True)
class Column:
    """What a numeric column holds, read from its header text."""

    index: int
    header: str
    metric: str
    fiscal_year: int | None
    fiscal_year_raw: str | None
    basis: Basis
    as_of: str | None
    segment: Segment | None = None  # when the header names it (現年度分 | 調定額 …): segments as column groups
    points: bool = False  # a difference of rates, in points


def _numeric(text: str) -> bool:
    return bool(NUMBER.search(text)) and not re.search(r"[一-龥ぁ-んァ-ン]{2,}", text.replace("ポイント", ""))


def header_size(g: Grid) -> int:
    """Number of header rows: the rows above the first one with a number right of the first column."""
    for r, row in enumerate(g.rows()):
        if any(_numeric(t) for t in row[1:]):
            return r
    return g.nrows


def _header_texts(g: Grid, n: int) -> list[str]:
    filled = g.filled_rows()
    out = []
    for c in range(g.ncols):
        parts: list[str] = []
        for r in range(n):
            t = filled[r][c]
            if t and t not in parts:
                parts.append(t)
        out.append(" ".join(parts))
    return out


def _month_end(fy: int, text: str) -> str | None:
    m = re.search(r"([0-9]{1,2})月末", text)
    if not m:
        return None
    month = int(m.group(1))
    year = fy if month >= 4 else fy + 1
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _year(text: str) -> tuple[int | None, str | None]:
    m = re.search(r"(?:令和|平成|R|H)\s*(?:[0-9]+|元)\s*年?度?|(?:19|20)[0-9]{2}\s*年度", text)
    if not m:
        return None, None
    try:
        return fiscal_year(m.group(0)), m.group(0)
    except (NormalizeError, ValueError):
        return None, None


def columns(headers: list[str], context: str) -> list[Column]:
    """The numeric columns a table's header texts describe; the caption `context` gives year and basis when
    the header does not."""
    out: list[Column] = []
    years = [y for y in (_year(h)[0] for h in headers) if y is not None]
    for i, h in enumerate(headers):
        metric = next((name for name, p in METRICS if p.search(h.replace(" ", ""))), None)
        if metric is None:
            continue
        fy, fy_raw = _year(h)
        if fy is None:
            fy, fy_raw = (max(years), None) if years else _year(context)
        basis = next((b for b, p in BASES if p.search(h)), None) or \
            next((b for b, p in BASES if p.search(context)), "actual")
        as_of = None
        if basis == "interim" and fy is not None:
            as_of = _month_end(fy, h) or _month_end(fy, context)
        points = metric == "difference" and (bool(re.search(r"ポイント|率|pt", h)) or
                                             bool(out and out[-1].metric == "collection_rate"))
        segment = next((seg for seg in map(segment_of, h.split()) if seg), None)
        out.append(Column(i, h, metric, fy, fy_raw, basis, as_of, segment, points))
    return out


def segment_of(text: str) -> Segment | None:
    """current / arrears / total for a row label (現年分, 滞繰分, 計), None when the label names none."""
    t = re.sub(r"\s+", "", text)
    return next((s for s, p in SEGMENTS if p.search(t)), None)


def row_year(text: str) -> tuple[int | None, str | None]:
    """(fiscal year, printed year) when a row label is a year (令和5年度, R5, 2023年度), else (None, None)."""
    t = re.sub(r"\s+", "", text)
    fy, raw = _year(t)
    if raw is None or len(t) > len(raw.replace(" ", "")) + 4:  # 令和5年度(決算) still counts; a debt name does not
        return None, None
    return fy, raw


def row_debt(label_texts: list[str], previous: str | None) -> str | None:
    """The debt a data row is for: its first label that names no segment; a row whose labels name only a
    segment continues the debt above (a merged or visually merged cell, also over a page break), except a
    grand total (合計 alone), which is for no single debt."""
    names = [t for t in label_texts if segment_of(t) is None]
    if names:
        return names[0]
    if label_texts and len(label_texts) == 1 and segment_of(label_texts[0]) == "total" and \
            not label_texts[0].startswith("計"):
        return None
    return previous


def _owner_column(header: str, values: list[str]) -> bool:
    """True for a label column naming the office that manages each debt: its header says so (所管局), or
    most of its names end like an office's (財政局, 保育課, 教育委員会)."""
    h = header.replace(" ", "")
    if DEBT_HEADER.search(h):
        return False
    if OWNER_HEADER.search(h):
        return True
    names = {v.replace(" ", "") for v in values if v.strip() and segment_of(v) is None and row_year(v)[0] is None}
    return len(names) >= 2 and sum(bool(OWNER_NAME.search(n)) for n in names) >= 0.8 * len(names)


def debt_label_columns(headers: list[str], labels: list[int], rows: list[list[str]]) -> list[int]:
    """The label columns in the order they name a row's debt: a column headed 債権名/名称 first, then the others;
    a column naming the managing office (所管局) is left out unless no other label column remains."""
    values = {i: [row[i] for row in rows] for i in labels}
    kept = [i for i in labels if not _owner_column(headers[i], values[i])] or labels
    return sorted(kept, key=lambda i: not DEBT_HEADER.search(headers[i].replace(" ", "")))


def _caption(g: Grid, pages: dict[int, Page]) -> str:
    page = pages.get(g.page)
    if page is None:
        return ""
    top = g.bbox[1]
    return " ".join(ln.text for ln in page.lines if top - CAPTION_GAP <= ln.bbox[3] <= top + 1)


def _value(cell: Cell, col: Column, unit_hint: str | None) -> Amount:
    text = cell.text.replace(" ", "")
    if col.metric == "collection_rate":
        return parse_rate(text)
    if col.points:
        a = parse_rate(text)
        return Amount(a.value, "points", a.approx, a.raw, a.decimals, a.scale)
    return parse_amount(text, unit_hint)


def is_statistical(g: Grid) -> bool:
    """True when a grid is a statistical table: header rows above its first numeric row name a metric."""
    n = header_size(g)
    return 0 < n < g.nrows and bool(columns(_header_texts(g, n), ""))


def table_facts(g: Grid, index: int, caption: str) -> tuple[list[Fact], list[DocWarning]]:
    """Facts and warnings of one statistical table (none when its header names no metric)."""
    n = header_size(g)
    if n == 0 or n >= g.nrows:
        return [], []
    headers = _header_texts(g, n)
    cols = columns(headers, caption)
    if not cols:
        return [], []
    numeric = {c.index for c in cols}
    labels = [i for i in range(g.ncols) if i not in numeric]
    note = table_unit(caption) or table_unit(" ".join(headers))
    hint = note.unit if note else None
    filled = g.filled_rows()
    naming = debt_label_columns(headers, labels, filled[n:])
    facts: list[Fact] = []
    warnings: list[DocWarning] = []
    debt: str | None = None
    for r in range(n, g.nrows):
        label_texts = [filled[r][i] for i in labels if filled[r][i]]
        year, year_raw = next(((y, raw) for y, raw in map(row_year, label_texts) if y is not None), (None, None))
        label_texts = [t for t in label_texts if row_year(t)[0] is None]
        row_segment = next((s for s in map(segment_of, label_texts) if s), None)
        debt = row_debt([t for i in naming if (t := filled[r][i]) and row_year(t)[0] is None], debt)
        for col in cols:
            cell = g.cell(r, col.index)
            if cell is None or cell.row != r or EMPTY.match(cell.text):
                continue
            try:
                amount = _value(cell, col, hint)
            except NormalizeError:
                warnings.append(DocWarning(page=cell.page or g.page, code="unparsed_cell",
                                           message=f"数値として読めないセルがあります（{col.header}・{debt or ''}）: "
                                                   f"「{cell.raw}」"))
                continue
            fy, fy_raw = (year, year_raw) if year is not None and col.fiscal_year_raw is None else \
                (col.fiscal_year, col.fiscal_year_raw)
            facts.append(Fact(debt_raw=debt, fiscal_year=fy, fiscal_year_raw=fy_raw,
                              segment=row_segment or col.segment, metric=col.metric, basis=col.basis, as_of=col.as_of,
                              value=amount.value, unit=amount.unit, approx=amount.approx, raw=cell.raw.strip(),
                              page=cell.page or g.page, bbox=cell.bbox, table=index))
    return facts, warnings


def add_facts(pages: list[Page], doc: Document) -> None:
    """Append the facts (and unreadable-cell warnings) of every statistical table in the document."""
    by_number = {p.number: p for p in pages}
    for index, g in enumerate(stitch(pages)):
        facts, warnings = table_facts(g, index, _caption(g, by_number))
        doc.facts.extend(facts)
        doc.warnings.extend(warnings)
