"""Figures printed as the data labels of a chart (収入未済額の推移 as bars, 収納率の推移 as a line).

A chart drawn as vector graphics leaves on the page its axis labels, its data labels and its title as words. The
axis is a line of three or more year labels (H30 R1 R2 …, 令和元年度 2年度 …) outside every table; the chart is the
region above it, up to its title (図1 …, a heading that names a metric: 「(2)収入未済額(全会計)の推移」). Each data
label is the figure printed over one year label (within half the labels' spacing across the page): the value-axis
ticks (0, 1,000, 2,000) stand left of the first year and belong to none. A chart with two figures over one year
(two series) is left unread: which series each belongs to is not printed on the axis.

The chart becomes a table of one row (the years as its header, the data labels as its figures) with the title, the
legend and the axis unit ((億円), 単位：百万円) as its caption, and is read by the shared table reader like any
other table: metric, unit, segment, basis and debt come from the same words in the same way.
"""
from __future__ import annotations

import re
from statistics import median

from saiken.extract.layout import Cell, Grid, Line, Page, Word, centre_inside
from saiken.extract.records import DocWarning, Fact
from saiken.extract.textfacts import named_debt
from saiken.extract.statables import TableContext, is_figure, read_table
from saiken.extract.statkeys import key_of
from saiken.normalize.text import despace

YEAR_LABEL = re.compile(r"(?:令和|平成|[RHＲＨ])\s*(?:[0-9０-９]{1,2}|元)(?:年度?)?|(?:19|20)[0-9]{2}(?:年度?)?|[0-9]{1,2}年度")
TITLE = re.compile(r"^\s*(?:図|グラフ)\s*[0-9０-９]*|推移|の状況|グラフ")
MAX_HEIGHT = 360.0  # points: a chart is no taller than this above its axis


def _is_year_label(word: Word) -> bool:
    return bool(YEAR_LABEL.fullmatch(despace(word.text))) and key_of(word.text).fiscal_year is not None


def _axis_lines(page: Page) -> list[Line]:
    """Lines of three or more year labels and nothing else, outside tables, spaced evenly across the page."""
    out = []
    for ln in page.lines:
        words = [w for w in ln.words if w.text.strip()]
        if len(words) < 3 or not all(_is_year_label(w) for w in words):
            continue
        if any(centre_inside(ln.bbox, g.bbox) for g in page.grids):
            continue
        centres = [(w.bbox[0] + w.bbox[2]) / 2 for w in words]
        steps = [b - a for a, b in zip(centres, centres[1:])]
        if min(steps) > 0 and max(steps) <= 1.6 * min(steps):
            out.append(ln)
    return out


def _region(page: Page, axis: Line) -> tuple[list[Line], list[Line]] | None:
    """(title lines, lines between the title and the axis) of the chart over `axis`; None when no title heads it."""
    above = sorted((ln for ln in page.lines if ln.bbox[3] <= axis.bbox[1] + 1 and axis.bbox[1] - ln.bbox[1] <= MAX_HEIGHT),
                   key=lambda ln: -ln.bbox[1])
    size = axis.size or 10.0
    plots = [g for g in page.grids if -1 <= axis.bbox[1] - g.bbox[3] <= 2 * size
             and g.bbox[0] < axis.bbox[2] and axis.bbox[0] < g.bbox[2]]  # the plot area's gridlines, read as a table
    inside: list[Line] = []
    for ln in above:
        if any(centre_inside(ln.bbox, g.bbox) for g in page.grids if g not in plots):
            return None
        words = [w for w in ln.words if w.text.strip()]
        if TITLE.search(ln.text) and not all(is_figure(w.text) for w in words):
            return [ln], inside
        if len(despace(ln.text)) > 40 or ln.text.rstrip().endswith("。"):
            return None  # prose: no chart title above the labels
        inside.append(ln)
    return None


def _chart_grid(page: Page, axis: Line, inside: list[Line]) -> tuple[Grid, str] | None:
    """The chart as a one-row table, and the words of its legend and axis unit; None for two series or none."""
    years = [w for w in axis.words if w.text.strip()]
    centres = [(w.bbox[0] + w.bbox[2]) / 2 for w in years]
    half = median(b - a for a, b in zip(centres, centres[1:])) / 2
    values: dict[int, Word] = {}
    notes: list[str] = []
    for ln in inside:
        for w in ln.words:
            if not w.text.strip():
                continue
            if not is_figure(w.text):
                notes.append(w.text)
                continue
            cx = (w.bbox[0] + w.bbox[2]) / 2
            k = min(range(len(years)), key=lambda i: abs(centres[i] - cx))
            if abs(centres[k] - cx) > half:
                continue  # a tick of the value axis
            if k in values:
                return None  # two figures over one year: two series
            values[k] = w
    if len(values) < 2:
        return None
    cells = [Cell(row=0, col=0, text="", raw="", bbox=axis.bbox, page=page.number)]
    cells += [Cell(row=0, col=i + 1, text=w.text, raw=w.raw, bbox=w.bbox, lines=[w.text], page=page.number)
              for i, w in enumerate(years)]
    cells += [Cell(row=1, col=0, text="", raw="", bbox=axis.bbox, page=page.number)]
    cells += [Cell(row=1, col=k + 1, text=w.text, raw=w.raw, bbox=w.bbox, lines=[w.text], page=page.number)
              for k, w in sorted(values.items())]
    top = min(w.bbox[1] for w in values.values())
    bbox = (min(axis.bbox[0], *(w.bbox[0] for w in values.values())), top, axis.bbox[2], axis.bbox[3])
    return Grid(page=page.number, bbox=bbox, nrows=2, ncols=len(years) + 1, cells=cells), " ".join(notes)


def chart_facts(pages: list[Page], fiscal_year: int | None = None) -> tuple[list[Fact], list[DocWarning]]:
    """The facts of every chart's data labels (see module docstring)."""
    facts: list[Fact] = []
    warnings: list[DocWarning] = []
    for page in pages:
        for axis in _axis_lines(page):
            region = _region(page, axis)
            if region is None:
                continue
            title, inside = region
            chart = _chart_grid(page, axis, inside)
            if chart is None:
                continue
            grid, notes = chart
            caption = " ".join(ln.text for ln in title) + (" " + notes if notes else "")
            debt = named_debt(" ".join(ln.text for ln in title)) or None
            got, warned = read_table(grid, TableContext(page=page.number, caption=caption, fiscal_year=fiscal_year,
                                                        debt=debt))
            facts.extend(got)
            warnings.extend(warned)
    return facts, warnings

