"""Family parser for plans with 債権管理推進シート (尼崎市 type): kind `plan`.

Such a plan has a body (債権一覧 of 収入未済額 by debt, often over several pages) and one sheet per debt:
債権名/所管課名, a 5-year table of 調定額・収入済額・収納率 by 現年/滞納繰越/計 with 不納欠損額, 収入未済額計 and
滞納者数, a 目標 table, and a 取組 table (令和4年度の取組 / 令和5年度～令和9年度の取組 × 滞納抑制/徴収強化).
The parser recognises the family by these labels (and their usual variants) and reads every table from its header
band and row labels (see suishin_tables), so that other editions (years down or across, 2-row headers, one-year
目標, status columns) read the same way; the debt of a sheet's tables is the last 債権名 printed above them.
The prose outside the tables gives the 全庁 取組 items and the city-wide 収入未済額 figures (suishin_prose).
"""
from __future__ import annotations

import re

from saiken.extract.families.suishin_tables import (NAME_LABELS, Out, context_of, is_figure, is_measures, layout_of,
                                             read_figure_table, read_measures)
from saiken.extract.families.suishin_labels import metric_of
from saiken.extract.families.suishin_prose import citywide_items
from saiken.extract.layout import Cell, Grid, Line, Page
from saiken.extract.pdf import stitch
from saiken.extract.records import Document, Kind
from saiken.normalize.errors import NormalizeError
from saiken.normalize.wareki import parse_date

#: Labels distinctive of the family (headings and table labels of the sheets, with their usual variants) and
#: labels other plans print too, which count half; four distinctive ones are a full match.
SIGNS = tuple(re.compile(p) for p in (
    "推進シート", r"直近\d+(か|ヶ|カ|箇)?年", r"目標(の)?実現に向けた取り?組", r"(収入未済|未収金)(額)?の目標",
    "滞納(の)?抑制"))
COMMON_SIGNS = tuple(re.compile(p) for p in ("徴収(の)?強化", "所管課", "債権(名|の名称)", "目標(の)?達成に向けた取り?組"))
DEBT_LABELS = tuple(t for t in NAME_LABELS if t.startswith("債権") or t == "対象債権")
#: a 債権名 printed as a line or inside one cell: '債権名：介護保険料 所管課：介護保険課'
DEBT_LINE = re.compile(r"^(?:債権の名称|債権名称|債権名|対象債権)\s*(?:[:：]\s*|\s+)(\S+?)(?=\s|所管|担当|$)")
MUNICIPALITY = re.compile(r"(?:第\d+次)?([一-龥]{1,5}?[都道府県市区町村])")


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


class SuishinParser:
    """PARSER of the 推進シート plan family (see module docstring)."""

    name = "suishin"
    kind: Kind = "plan"

    def score(self, pages: list[Page]) -> float:
        """0..1 from the family's labels found (SIGNS, COMMON_SIGNS at half weight) and its two table kinds: figure
        tables with years, and 取組 tables."""
        text = _compact("".join(p.text for p in pages))
        found = sum(1 for s in SIGNS if s.search(text)) + sum(0.5 for s in COMMON_SIGNS if s.search(text))
        labels = min(1.0, found / 4)
        grids = [g for p in pages for g in p.grids]
        years = any((lay := layout_of(g)) is not None and any(y is not None for y in lay.years) for g in grids)
        measures = any(is_measures(g) for g in grids)
        if not (years or measures):
            return 0.0
        return labels * (0.5 + 0.25 * years + 0.25 * measures)

    def parse(self, pages: list[Page], doc: Document) -> None:
        """Fill doc.document, facts, initiatives and warnings from the pages."""
        self._document_info(pages, doc)
        by_number = {p.number: p for p in pages}
        debts = _debt_marks(pages)
        out = Out(doc.facts, doc.initiatives, doc.warnings)
        for k, grid in enumerate(stitch(pages)):
            ctx = context_of(grid, by_number[grid.page])
            debt = _debt_at(debts, grid)
            if is_measures(grid, ctx.heading):
                read_measures(grid, debt, ctx, out)
            else:
                read_figure_table(grid, ctx, debt, k, out)
        doc.initiatives.extend(citywide_items(pages))

    @staticmethod
    def _document_info(pages: list[Page], doc: Document) -> None:
        """Title, municipality and date from the cover: the lines before the first dated line, and the one after."""
        if not pages:
            return
        lines = [ln.text for ln in pages[0].lines]
        title_parts: list[str] = []
        for i, t in enumerate(lines):
            date = _date(t)
            if date is not None:
                doc.document.date_raw = _compact(t)
                doc.document.date = date
                after = [_compact(x) for x in lines[i + 1:i + 3]]
                doc.document.municipality = next((a for a in after if MUNICIPALITY.fullmatch(a)), None)
                break
            title_parts.append(t)
        title = "".join(_compact(t) for t in title_parts)
        if title and ("計画" in title or "シート" in title) and len(title) <= 60:
            doc.document.title = title
        if doc.document.municipality is None and doc.document.title:
            m = MUNICIPALITY.match(doc.document.title)
            doc.document.municipality = m.group(1) if m else None


def _date(line: str) -> str | None:
    """ISO date of a short dated line (令和5年2月 → 2023-02-01, the first of the month when no day is printed)."""
    t = line.strip()
    if len(t) > 16 or "年" not in t:
        return None
    try:
        d = parse_date(t)
    except (NormalizeError, ValueError):
        return None
    if d.year is None or d.month is None:
        return None
    return d.iso or f"{d.year:04d}-{d.month:02d}-{(d.day or 1):02d}"


#: labels printed beside 債権名 in a sheet's header box; when one sits right of 債権名 the name is printed below it
BOX_LABELS = ("所管", "担当", "債権の種類", "種別", "区分", "時効")


def _name_beside(grid: Grid, label: Cell) -> str | None:
    """The debt name a 債権名 label cell points at: the cell to its right, or below it in a box of labels over values."""
    right = grid.cell(label.row, label.col + label.colspan)
    if right is not None and _compact(right.text).startswith(BOX_LABELS):
        right = grid.cell(label.row + label.rowspan, label.col)
    return right.text.strip() if right is not None and _is_name_value(right.text) else None


def _is_name_value(text: str) -> bool:
    """A cell that can be a debt's name: text that is no label, figure or metric heading."""
    t = _compact(text)
    return bool(t) and t not in DEBT_LABELS and not is_figure(t) and metric_of(t) is None


def _debt_marks(pages: list[Page]) -> list[tuple[int, float, str]]:
    """(page, y, name) of every printed 債権名 value: the cell right of a 債権名 label cell (in a box that is not a
    figure or 取組 table), a cell or line '債権名：X'."""
    marks: list[tuple[int, float, str]] = []
    for p in pages:
        for g in p.grids:
            if layout_of(g) is not None or is_measures(g):
                continue
            for c in g.cells:
                if _compact(c.text) in DEBT_LABELS:
                    if name := _name_beside(g, c):
                        marks.append((p.number, c.bbox[1], name))
                elif m := DEBT_LINE.match(c.text):
                    marks.append((p.number, c.bbox[1], m.group(1)))
        for ln in _label_lines(p):
            if (m := DEBT_LINE.match(ln.text)) and _is_name_value(m.group(1)):
                marks.append((p.number, ln.bbox[1], m.group(1)))
    return sorted(marks)


def _inside(b: tuple[float, float, float, float], g: Grid) -> bool:
    x, y = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    return g.bbox[0] - 1 <= x <= g.bbox[2] + 1 and g.bbox[1] - 1 <= y <= g.bbox[3] + 1


def _label_lines(page: Page) -> list[Line]:
    """Lines whose first word lies in no grid: the lines outside the tables, and a 債権名 box's line when the page
    model's grid left out the label column (its label word then sits outside the grid that holds the value)."""
    return [ln for ln in page.lines
            if not any(_inside(ln.words[0].bbox if ln.words else ln.bbox, g) for g in page.grids)]


def _debt_at(marks: list[tuple[int, float, str]], grid: Grid) -> str | None:
    """The last 債権名 printed before the grid (same page above it, or an earlier page)."""
    here = (grid.page, grid.bbox[1])
    name = None
    for page, y, n in marks:
        if (page, y) < here:
            name = n
    return name


PARSER = SuishinParser()
