"""Figures of the progress-sheet family: rate lines, ward tables and the 回収対策室 tables.

- Rate lines: '10月末徴収率 15.3%（前年度10月末 16.3%）', '決算見込徴収率 …（前年度決算 …）', '目標徴収率 …（前年度目標 …）'
  (収納率 / 収入率 accepted). The segment comes from the nearest 過年度分 / 現年度分 label: one to the left in the
  same band (a merged label cell), else the closest one above in the same column.
- Ward tables: a grid whose first column holds ward names (…区, 24区合計); each value column is mapped from its
  header text: year from the 和暦, segment from 過年度/現年度, a difference column from 比/差/増減/(A)-(B).
- 回収対策室 tables: a grid whose header names 徴収目標額 / 徴収実績 / 進捗率; columns mapped by header words,
  amounts scaled by the header's unit note (百万円), a bracketed second rate is the previous year's (参考).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from extract.families.progress_text import SEGMENTS, segment_label, squash
from extract.layout import BBox, Cell, Grid, Page
from extract.records import DocWarning, Fact
from normalize.amounts import parse_amount, parse_rate, table_unit
from normalize.errors import NormalizeError
from normalize.wareki import fiscal_year

NUM = r"[△▲\-]?\d+(?:\.\d+)?\s*%"
RATE = re.compile(
    rf"(?P<label>(?:(?P<month>\d{{1,2}})月末|決算見込み?|目標)(?:徴収率|収納率|収入率))\s*(?P<val>{NUM})"
    rf"(?:\s*[(（]\s*(?P<plabel>前年度?\s*(?:\d{{1,2}}月末|決算|目標|実績)?)\s*(?P<pval>{NUM})\s*[)）])?")
DASH = re.compile(r"^[-―－ー—‐/／]*$")
WARD = re.compile(r"(区|合計|計)$")
DIFF = re.compile(r"比|差|増減|[)）]\s*[-－ー−]\s*[(（]")
MONTH = re.compile(r"(\d{1,2})月末")


def month_end(fy: int, month: int) -> str:
    """ISO date of the last day of `month` in fiscal year `fy` (January–March fall in fy + 1)."""
    y = fy + 1 if month <= 3 else fy
    return f"{y:04d}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}"


def _basis(label: str, previous: bool) -> str:
    if "月末" in label:
        return "interim"
    if "目標" in label:
        return "target"
    return "actual" if previous and "見込" not in label else "estimate"


@dataclass(slots=True)
class Anchor:
    """A segment label on the page and the box it governs (its cell when it sits alone in one)."""

    segment: str
    bbox: BBox


def segment_anchors(page: Page) -> list[Anchor]:
    """Every segment label of the page, with its cell's box when the label fills a grid cell."""
    cells = [c for g in page.grids for c in g.cells if segment_label(c.text)]
    out = [Anchor(SEGMENTS[squash(c.text).strip("●■◆【】[]")], c.bbox) for c in cells]
    for ln in page.lines:
        for w in ln.words:
            seg = segment_label(w.text)
            if seg and not any(_inside(w.bbox, c.bbox) for c in cells):
                out.append(Anchor(seg, w.bbox))
    return out


def _inside(b: BBox, outer: BBox) -> bool:
    cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    return outer[0] - 1 <= cx <= outer[2] + 1 and outer[1] - 1 <= cy <= outer[3] + 1


def segment_at(anchors: list[Anchor], box: BBox) -> str | None:
    """The segment governing a figure at `box`: a label to its left in the same band, else the closest above."""
    cy = (box[1] + box[3]) / 2
    left = [a for a in anchors if a.bbox[1] - 2 <= cy <= a.bbox[3] + 2 and a.bbox[2] <= box[0] + 2]
    if left:
        return max(left, key=lambda a: a.bbox[2]).segment
    above = [a for a in anchors if a.bbox[3] <= box[1] + 2]
    if not above:
        return None
    over = [a for a in above if a.bbox[0] - 4 <= box[0] <= a.bbox[2] + 4 or box[0] <= a.bbox[0] <= box[2]]
    pool = over or above
    return min(pool, key=lambda a: (box[1] - a.bbox[3]) + (0 if over else abs(a.bbox[0] - box[0]))).segment


def _word_box(page_line_words: list[tuple[int, int, BBox]], start: int, end: int) -> BBox:
    boxes = [b for s, e, b in page_line_words if s < end and e > start]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def rate_facts(page: Page, debt: str | None, fy: int, fy_raw: str) -> list[Fact]:
    """Facts of every rate line on the page (this year's and the bracketed previous year's value)."""
    anchors = segment_anchors(page)
    out: list[Fact] = []
    for ln in page.lines:
        spans: list[tuple[int, int, BBox]] = []
        pos = 0
        for w in ln.words:
            spans.append((pos, pos + len(w.text), w.bbox))
            pos += len(w.text) + 1
        for m in RATE.finditer(ln.text):
            box = _word_box(spans, m.start(), m.end())
            seg = segment_at(anchors, box)
            month = int(m.group("month")) if m.group("month") else None
            out.append(_rate(m.group("label"), m.group("val"), fy, fy_raw, seg, debt, page.number, month, False))
            if m.group("pval"):
                plabel = squash(m.group("plabel"))
                pm = MONTH.search(plabel)
                out.append(_rate(plabel, m.group("pval"), fy - 1, plabel, seg, debt, page.number,
                                 int(pm.group(1)) if pm else month, True))
    return out


def _rate(label: str, raw: str, fy: int, fy_raw: str, seg: str | None, debt: str | None, page: int,
          month: int | None, previous: bool) -> Fact:
    basis = _basis(label, previous)
    return Fact(debt_raw=debt, fiscal_year=fy, fiscal_year_raw=fy_raw, segment=seg,  # type: ignore[arg-type]
                metric="collection_rate", basis=basis,  # type: ignore[arg-type]
                as_of=month_end(fy, month) if basis == "interim" and month else None,
                value=parse_rate(raw).value, unit="percent", raw=raw.strip(), page=page)


def _header_rows(g: Grid, first_data: int) -> list[str]:
    """Per column, the header cells above `first_data` joined top to bottom (merged cells repeated)."""
    filled = g.filled_rows()
    heads = []
    for c in range(g.ncols):
        parts: list[str] = []
        for r in range(first_data):
            t = filled[r][c]
            if t and (not parts or parts[-1] != t):
                parts.append(t)
        heads.append(" ".join(parts))
    return heads


def ward_rows(g: Grid) -> list[int]:
    """Row indexes of a ward table's data rows (first cell a ward name or 合計), empty when it is not one."""
    rows = g.rows()
    hits = [r for r, row in enumerate(rows) if row and WARD.search(squash(row[0]))
            and sum(1 for v in row[1:] if re.search(r"\d", v)) >= 2]
    return hits if len(hits) >= 5 else []


@dataclass(slots=True)
class Column:
    """What one value column of a ward table holds."""

    fiscal_year: int | None
    fiscal_year_raw: str | None
    segment: str | None
    diff: bool
    month: int | None


def _year_of(text: str) -> tuple[int | None, str | None]:
    m = re.search(r"(令和|平成|R|H)\s*[0-9元]+\s*年度?|\d{4}\s*年度", text)
    if not m:
        return None, None
    try:
        return fiscal_year(m.group(0)), m.group(0)
    except NormalizeError:
        return None, None


def ward_columns(heads: list[str], title_month: int | None) -> list[Column]:
    """The meaning of each value column from its header text; a difference column takes the newest year."""
    cols = []
    for h in heads:
        seg = next((s for k, s in sorted(SEGMENTS.items(), key=lambda kv: -len(kv[0])) if k in squash(h)), None)
        month = MONTH.search(squash(h))
        y, y_raw = (None, None) if DIFF.search(h) else _year_of(h)
        cols.append(Column(y, y_raw, seg, bool(DIFF.search(h)), int(month.group(1)) if month else title_month))
    years = [(c.fiscal_year, c.fiscal_year_raw, c.month) for c in cols if c.fiscal_year]
    newest = max(years, key=lambda y: y[0] or 0) if years else (None, None, None)
    for c in cols:
        if c.diff:
            c.fiscal_year, c.fiscal_year_raw = newest[0], newest[1]
            c.month = c.month or newest[2]
    return cols


def _cell_page(c: Cell | None, g: Grid) -> int:
    return c.page if c is not None and c.page else g.page


def ward_facts(g: Grid, debt: str | None, title_month: int | None, warnings: list[DocWarning]) -> list[Fact]:
    """One fact per ward and value column of a ward table; unreadable cells become warnings."""
    data = ward_rows(g)
    cols = ward_columns(_header_rows(g, data[0]), title_month)
    rows = g.rows()
    out: list[Fact] = []
    for r in data:
        area = squash(rows[r][0])
        for k in range(1, g.ncols):
            raw = rows[r][k].strip()
            col = cols[k]
            page = _cell_page(g.cell(r, k), g)
            if not raw or DASH.match(squash(raw)):
                continue
            try:
                val = parse_rate(raw).value
            except NormalizeError:
                warnings.append(DocWarning(page=page, code="unparsed_cell",
                                           message=f"{area} の数値を読み取れません: '{raw}'"))
                continue
            out.append(Fact(debt_raw=debt, fiscal_year=col.fiscal_year, fiscal_year_raw=col.fiscal_year_raw,
                            segment=col.segment,  # type: ignore[arg-type]
                            metric="collection_rate_diff" if col.diff else "collection_rate",
                            basis="interim" if col.month else "actual",
                            as_of=month_end(col.fiscal_year, col.month) if col.month and col.fiscal_year else None,
                            value=val, unit="points" if col.diff else "percent", raw=raw, page=page, area=area))
    return out


OFFICE_METRICS = (
    (re.compile(r"件数"), "handover_cases", "interim"),
    (re.compile(r"引継金額"), "handover_amount", "interim"),
    (re.compile(r"滞納額"), "investigated_arrears", "interim"),
    (re.compile(r"目標額"), "collection_goal", "target"),
    (re.compile(r"実績|効果額"), "collection_result", "interim"),
    (re.compile(r"進捗率"), "progress_rate", "interim"),
)
MARKER = re.compile(r"^[(（][A-Za-zＡ-Ｚ][)）]")


def office_header(g: Grid) -> int | None:
    """Index of the header row of a 回収対策室 table (it names 目標額 and 実績/効果額), else None."""
    for r, row in enumerate(g.filled_rows()):
        t = squash("".join(row))
        if "目標額" in t and ("実績" in t or "効果額" in t) and not ward_rows(g):
            return r
    return None


def _metric_of(head: str) -> tuple[str, str] | None:
    for pat, metric, basis in OFFICE_METRICS:
        if pat.search(squash(head)):
            return metric, basis
    return None


def office_facts(g: Grid, fy: int, month: int | None, warnings: list[DocWarning]) -> list[Fact]:
    """Facts of a 回収対策室 table: one per figure, the bracketed second rate as the previous year's."""
    h = office_header(g)
    if h is None:
        return []
    filled, rows = g.filled_rows(), g.rows()
    heads = filled[h]
    debt_col = next((k for k, t in enumerate(heads) if squash(t) in ("債権名", "債権")), None)
    out: list[Fact] = []
    for r in range(h + 1, g.nrows):
        first = squash(filled[r][0])
        total = "合計" in first or squash(first).startswith("計")
        debt = None if total or debt_col is None else squash(filled[r][debt_col]) or None
        for k in range(g.ncols):
            spec = _metric_of(heads[k])
            raw = rows[r][k].strip()
            if spec is None or not raw:
                continue
            out += _office_cell(raw, heads[k], spec, debt, total, fy, month, _cell_page(g.cell(r, k), g), warnings)
    return out


def _office_cell(raw: str, head: str, spec: tuple[str, str], debt: str | None, total: bool, fy: int,
                 month: int | None, page: int, warnings: list[DocWarning]) -> list[Fact]:
    metric, basis = spec
    text = MARKER.sub("", raw.strip()).strip()
    parts = [p for p in re.split(r"[(（]([^)）]*)[)）]", text) if p.strip()]
    note = table_unit(head)
    out: list[Fact] = []
    for i, part in enumerate(parts[:2]):
        try:
            if metric == "progress_rate":
                amt = parse_rate(part)
            else:
                amt = parse_amount(part, unit_hint=note.unit if note else ("件" if "件" in head else None))
        except NormalizeError:
            warnings.append(DocWarning(page=page, code="unparsed_cell", message=f"数値を読み取れません: '{raw}'"))
            return out
        y = fy - i
        out.append(Fact(debt_raw=debt, fiscal_year=y, segment="total" if total else None, metric=metric,
                        basis=basis if i == 0 else "interim",  # type: ignore[arg-type]
                        as_of=month_end(y, month) if month and (basis == "interim" or i) else None,
                        value=amt.value, unit=amt.unit if amt.unit != "count" else "cases",  # type: ignore[arg-type]
                        raw=part.strip(), page=page))
    return out


def title_month(page: Page, box: BBox) -> int | None:
    """The month of a '（10月末現在）' note printed above `box` on the page, else None."""
    for ln in reversed([ln for ln in page.lines if ln.bbox[3] <= box[1] + 1]):
        m = MONTH.search(squash(ln.text))
        if m:
            return int(m.group(1))
    return None

