"""Figures of the progress-sheet family: rate lines, ward tables and the 回収対策室 tables.

- Rate lines: '10月末徴収率 15.3%（前年度10月末 16.3%）', '決算見込徴収率 …（前年度決算 …）', '目標徴収率 …（前年度目標 …）'
  (収納率 / 収入率, 決算見込み, 前年同月 / 前年度同期, colons and spaces accepted). The segment comes from the
  nearest 過年度分 / 現年度分 / 合計 label: one to the left in the same band (a merged label cell), else the closest
  one above in the same column; a page without segment labels is the whole debt (total).
- Ward tables: progress_wards.py; rates printed as a table: progress_rates.py.
- 回収対策室 tables: a grid whose header names 徴収目標額 / 徴収実績 / 進捗率; columns mapped by header words,
  amounts scaled by the header's unit note (百万円), a bracketed second rate is the previous year's (参考).
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass

from saiken.extract.families.progress_text import segment_label, squash
from saiken.extract.layout import BBox, Cell, Grid, Page
from saiken.extract.records import DocWarning, Fact
from saiken.normalize.amounts import parse_amount, parse_rate, table_unit
from saiken.normalize.errors import NormalizeError
from saiken.normalize.wareki import fiscal_year

NUM = r"[△▲\-]?\d+(?:\.\d+)?\s*[%％]"
KIND = r"(?:(?P<month>\d{1,2})\s*月末(?:現在|時点)?の?|決算\s*[(（]?\s*見込み?\s*[)）]?の?|目標(?:の)?)"
PREV = r"(?:前年度?|昨年度?)\s*(?:同月末?|同期|\d{1,2}\s*月末(?:現在|時点)?|決算見込み?|決算|目標|実績)?"
RATE = re.compile(
    rf"(?P<label>{KIND}\s*(?:徴収率|収納率|収入率))\s*[:：]?\s*(?P<val>{NUM})"
    rf"(?:\s*[(（]\s*(?P<plabel>{PREV})\s*[:：]?\s*(?P<pval>{NUM})\s*[)）])?")
RATE_HEAD = re.compile(rf"^(?:(?P<prev>{PREV})|{KIND}\s*(?:徴収率|収納率|収入率))")
DASH = re.compile(r"^[-―－ー—‐/／]*$")
MONTH = re.compile(r"(\d{1,2})月末")


def month_end(fy: int, month: int) -> str:
    """ISO date of the last day of `month` in fiscal year `fy` (January–March fall in fy + 1)."""
    y = fy + 1 if month <= 3 else fy
    return f"{y:04d}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}"


def _basis(label: str, previous: bool) -> str:
    if "月末" in label or "同月" in label or "同期" in label:
        return "interim"
    if "目標" in label:
        return "target"
    if previous and re.search(r"決算\s*[(（]\s*見込", label):  # 決算（見込）: settled for the previous year
        return "actual"
    return "actual" if previous and "見込" not in label else "estimate"


@dataclass(slots=True)
class Anchor:
    """A segment label on the page and the box it governs (its cell when it sits alone in one)."""

    segment: str
    bbox: BBox


def segment_anchors(page: Page) -> list[Anchor]:
    """Every segment label of the page, with its cell's box when the label fills a grid cell."""
    cells = [c for g in page.grids for c in g.cells if segment_label(c.text)]
    out = [Anchor(segment_label(c.text) or "", c.bbox) for c in cells]
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

    def overlap(a: Anchor) -> float:
        return max(0.0, min(a.bbox[2], box[2]) - max(a.bbox[0], box[0]))

    return min(pool, key=lambda a: (round((box[1] - a.bbox[3]) + (0 if over else abs(a.bbox[0] - box[0]))),
                                    -overlap(a))).segment


def segment_over(anchors: list[Anchor], block: BBox) -> str | None:
    """The segment governing a block of a table (a 区分 column and its value columns): a label to its left in the
    same band, else the closest label above whose left edge or centre falls inside the block's width."""
    cy = (block[1] + block[3]) / 2
    left = [a for a in anchors if a.bbox[1] - 2 <= cy <= a.bbox[3] + 2 and a.bbox[2] <= block[0] + 2]
    if left:
        return max(left, key=lambda a: a.bbox[2]).segment
    above = [a for a in anchors if a.bbox[3] <= block[1] + 2
             and (block[0] - 6 <= a.bbox[0] < block[2] - 2 or block[0] <= (a.bbox[0] + a.bbox[2]) / 2 <= block[2])]
    return min(above, key=lambda a: block[1] - a.bbox[3]).segment if above else None


def _word_box(page_line_words: list[tuple[int, int, BBox]], start: int, end: int) -> BBox:
    boxes = [b for s, e, b in page_line_words if s < end and e > start]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def rate_facts(page: Page, debt_at: Callable[[float], str | None], fy: int, fy_raw: str,
               skip: list[BBox] | None = None) -> list[Fact]:
    """Facts of every rate line on the page (this year's and the bracketed previous year's value), except lines
    inside the boxes `skip` (rate tables read on their own). `debt_at(top)` names the debt governing a line at
    that height. A page without any segment label is the whole debt: segment total."""
    anchors = segment_anchors(page)
    out: list[Fact] = []
    for ln in page.lines:
        if any(_inside(ln.bbox, b) for b in skip or []):
            continue
        spans: list[tuple[int, int, BBox]] = []
        pos = 0
        for w in ln.words:
            spans.append((pos, pos + len(w.text), w.bbox))
            pos += len(w.text) + 1
        for m in RATE.finditer(ln.text):
            box = _word_box(spans, m.start(), m.end())
            seg = segment_at(anchors, box) if anchors else "total"
            month = int(m.group("month")) if m.group("month") else None
            debt = debt_at(ln.bbox[1])
            out.append(rate_fact(m.group("label"), m.group("val"), fy, fy_raw, seg, debt, page.number, month, False))
            if m.group("pval"):
                plabel = squash(m.group("plabel"))
                pm = MONTH.search(plabel)
                out.append(rate_fact(plabel, m.group("pval"), fy - 1, plabel, seg, debt, page.number,
                                 int(pm.group(1)) if pm else month, True))
    return out


def rate_fact(label: str, raw: str, fy: int, fy_raw: str, seg: str | None, debt: str | None, page: int,
              month: int | None, previous: bool) -> Fact:
    """One collection_rate fact from a printed rate label ('10月末徴収率', '前年度決算') and value."""
    basis = _basis(label, previous)
    return Fact(debt_raw=debt, fiscal_year=fy, fiscal_year_raw=fy_raw, segment=seg,  # type: ignore[arg-type]
                metric="collection_rate", basis=basis,  # type: ignore[arg-type]
                as_of=month_end(fy, month) if basis == "interim" and month else None,
                value=parse_rate(raw).value, unit="percent", raw=raw.strip(), page=page)


def year_of(text: str) -> tuple[int | None, str | None]:
    """The fiscal year of the first 和暦 / Western year expression in `text` and that expression, else Nones."""
    m = re.search(r"(令和|平成|R|H)\s*[0-9元]+\s*年度?|\d{4}\s*年度", text)
    if not m:
        return None, None
    try:
        return fiscal_year(m.group(0)), m.group(0)
    except NormalizeError:
        return None, None


def cell_page(c: Cell | None, g: Grid) -> int:
    """The page a cell is printed on (a table stitched across pages has cells on several)."""
    return c.page if c is not None and c.page else g.page


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
        if "目標額" in t and ("実績" in t or "効果額" in t):
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
            out += _office_cell(raw, heads[k], spec, debt, total, fy, month, cell_page(g.cell(r, k), g), warnings)
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

