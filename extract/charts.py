"""Figures printed as the data labels of a chart (収入未済額の推移 as bars, 収納率の推移 as a line).

A chart drawn as vector graphics leaves on the page its axis labels, its data labels, its legend and its title as
words. An axis is a run of three or more year labels evenly spaced on one printed line (H30 R元 R2 …, 令和元年度
2年度 …) outside every table; two charts side by side give two runs on one line. The chart is what is printed
over its axis's span across the page, up to its title (図1 …, a heading that names a metric: 「(2)収入未済額(全会計)
の推移」), or up to the axis of the chart printed above it in the same span (panels stacked under one title share
it). Each data label is the figure printed over one year label (within half the labels' spacing): the value-axis
ticks (0, 1,000, 2,000) stand left of the first year and belong to none. A chart with two figures over one year
(two series) is read by its legend of two entries: bars side by side in the legend's order, or a line's rates over
the bars as the entry naming a rate; where the legend does not tell them apart it is left unread.

The chart becomes a table of a row per series (the years as its header, the data labels as its figures) with the title, the
legend and the axis unit ((億円), 単位：百万円) as its caption, and is read by the shared table reader like any
other table: metric, unit, segment, basis and debt come from the same words in the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from saiken.extract.layout import Cell, Grid, Page, Word, centre_inside
from saiken.extract.records import DocWarning, Fact
from saiken.extract.scope import is_debt_name
from saiken.extract.statables import TableContext, caption_debt, is_figure, read_table
from saiken.extract.statkeys import UNIT_NOTE, key_of
from saiken.extract.textfacts import named_debt
from saiken.normalize.text import despace

YEAR_LABEL = re.compile(r"(?:(?:令和|平成|[RHＲＨ])\s*(?:[0-9０-９]{1,2}|元)(?:年度?)?|(?:19|20)[0-9]{2}(?:年度?)?|[0-9]{1,2}年度)"
                        r"(?:[(（]?(?:見込み?|決算見込|推計|目標|計画|実績|決算)[)）]?)?")  # 5年度見込: an estimate's bar
MONTH_LABEL = re.compile(r"[0-9]{1,2}月末?")  # a monthly chart's axis (4月末 … 3月末)
TITLE = re.compile(r"^\s*(?:図|グラフ)\s*[0-9０-９]*|推移|の状況|グラフ|の比較")
MAX_HEIGHT = 500.0  # points: a chart is no taller than this above its axis (a landscape page's chart fills it)


@dataclass
class _Axis:
    """Year labels evenly spaced on one printed line, and the span across the page they mark."""

    years: list[Word]
    top: float
    bottom: float

    @property
    def centres(self) -> list[float]:
        return [_cx(w) for w in self.years]

    @property
    def half(self) -> float:
        c = self.centres
        return median(b - a for a, b in zip(c, c[1:])) / 2

    @property
    def span(self) -> tuple[float, float]:
        return self.centres[0] - self.half, self.centres[-1] + self.half

    def covers(self, x: float) -> bool:
        return self.span[0] <= x <= self.span[1]


def _cx(word: Word) -> float:
    """The centre of a word across the page."""
    return (word.bbox[0] + word.bbox[2]) / 2


def _is_year_label(word: Word) -> bool:
    """A label of the category axis: a year (R5, 令和5年度, 2023年度), a month end (4月末, 12月) or a debt (市税 |
    保育料 | 住宅使用料: bars of the debts side by side); a year without its era (3年度 after 令和2年度) too: the
    chart's era dates it."""
    return bool(YEAR_LABEL.fullmatch(despace(word.text))) and (key_of(word.text).fiscal_year is not None or bool(
        re.match(r"[0-9]{1,2}年度", despace(word.text)))) \
        or bool(MONTH_LABEL.fullmatch(despace(word.text))) or _label_kind(word) == "debt"


def _label_kind(word: Word) -> str:
    """What a category label names: a month, a debt or a year."""
    t = despace(word.text)
    if MONTH_LABEL.fullmatch(t):
        return "month"
    if not YEAR_LABEL.fullmatch(t) and 2 <= len(t) <= 12 and is_debt_name(t, known_only=True):
        return "debt"
    return "year"


def _axes(page: Page) -> list[_Axis]:
    """Every axis of the page: runs of ≥3 evenly spaced year labels on one line, outside tables."""
    out = []
    for ln in page.lines:
        years = [w for w in ln.words if w.text.strip() and _is_year_label(w)
                 and not any(centre_inside(w.bbox, g.bbox) for g in page.grids)]
        runs: list[list[Word]] = []
        for w in years:  # a gap far wider than the run's last step starts another axis (two charts side by side)
            last = runs[-1] if runs else None
            if last and not (len(last) >= 2 and _cx(w) - _cx(last[-1]) > 1.6 * (_cx(last[-1]) - _cx(last[-2]))):
                last.append(w)
            else:
                runs.append([w])
        for run in runs:
            if len({_label_kind(w) for w in run}) > 1:
                continue  # years, months or debts mixed: no one axis
            c = [_cx(w) for w in run]
            steps = [b - a for a, b in zip(c, c[1:])]
            if len(run) >= 3 and min(steps) > 0 and max(steps) <= 1.6 * min(steps):
                out.append(_Axis(run, min(w.bbox[1] for w in run), max(w.bbox[3] for w in run)))
    return sorted(out, key=lambda a: a.top)


def _in_span(page: Page, axis: _Axis, top: float, bottom: float) -> list[tuple[float, list[Word]]]:
    """(line top, words) of the lines between `top` and `bottom` whose words stand over the axis's span (words, such
    as the value axis's unit (億円), a label's width further out too)."""
    out = []
    lo, hi = axis.span
    for ln in page.lines:
        if not (top <= ln.bbox[1] and ln.bbox[3] <= bottom + 1):
            continue
        near = lo - 2 * axis.half, hi + 2 * axis.half
        beside = any(not near[0] <= _cx(w) <= near[1] for w in ln.words if w.text.strip())  # a line running on past
        words = [w for w in ln.words if w.text.strip() and (axis.covers(_cx(w)) or not is_figure(w.text)  # the chart:
                                                             and not beside and near[0] <= _cx(w) <= near[1])]  # prose
        # of the column beside it (・収納率は R5 92.45％ → …), no legend of the chart
        if words:
            out.append((ln.bbox[1], words))
    return sorted(out, key=lambda t: -t[0])


def _region(page: Page, axis: _Axis, axes: list[_Axis]) -> tuple[str, list[Word]] | None:
    """(title, words printed over the axis up to the title or the axis of the panel above); None when no title heads
    the chart or prose or a table is in the way."""
    above = [a for a in axes if a.bottom <= axis.top and a.span[0] < axis.span[1] and axis.span[0] < a.span[1]]
    floor = max((a.bottom for a in above), default=axis.top - MAX_HEIGHT)
    words: list[Word] = []
    for y, line in _in_span(page, axis, axis.top - MAX_HEIGHT, axis.top - 1):
        text = " ".join(w.text for w in line)
        if any(centre_inside(w.bbox, g.bbox) for w in line for g in page.grids if g.bbox[3] < axis.top - 30):
            return None
        if TITLE.search(text) and not all(is_figure(w.text) for w in line):
            lo, hi = axis.span
            near = [w.text for ln in page.lines if abs(ln.bbox[1] - y) <= 1.5 * (axis.bottom - axis.top)
                    for w in ln.words if lo - 2 * axis.half <= w.bbox[0] <= hi + 4 * axis.half]
            unit = None if UNIT_NOTE.search(text) else next((m for t in near if (m := UNIT_NOTE.search(t))), None)
            return (f"{text} {unit.group(0)}" if unit else text), words  # (単位：百万円) out at the chart's right
        if y >= floor:
            if len(despace(text)) > 40 and not all(is_figure(w.text) for w in line) or text.rstrip().endswith("。"):
                return None  # prose: no chart over these labels (a line of many data labels is none)
            words.extend(line)
    return None


def _chart_grid(page: Page, axis: _Axis, words: list[Word], below: list[Word] = ()) -> tuple[Grid, str] | None:  # type: ignore[assignment]
    """The chart as a table (the years as its header, a row of data labels per series), and the words of its legend
    and axis unit; None when no figure stands over two years or more, or when two series cannot be told apart.
    `below`: a legend printed under the axis labels, for telling two series apart."""
    centres, half = axis.centres, axis.half
    per_year: dict[int, list[Word]] = {}
    notes: list[Word] = []
    for w in words:
        if not is_figure(w.text):
            notes.append(w)
            continue
        k = min(range(len(centres)), key=lambda i: abs(centres[i] - _cx(w)))
        if abs(centres[k] - _cx(w)) > half:
            continue  # a tick of the value axis
        per_year.setdefault(k, []).append(w)
    if len(per_year) < 2 or any(len(v) > 2 for v in per_year.values()):
        return None
    text = " ".join(w.text for w in notes)
    if all(len(v) == 1 for v in per_year.values()):
        rows = [(None, {k: v[0] for k, v in per_year.items()})]
    else:
        rows = _series(per_year, notes + list(below), half)
        if rows is None:
            return None  # two figures over one year, whose series the legend does not tell
        text = " ".join(w.text for w in notes if all(w.text != name for name, _ in rows))
    box = (axis.years[0].bbox[0], axis.top, axis.years[-1].bbox[2], axis.bottom)
    cells = [Cell(row=0, col=0, text="", raw="", bbox=box, page=page.number)]
    heads = [re.sub(r"^([0-9]{1,2}月)$", r"\1末", despace(w.text)) for w in axis.years]  # 4月 on a monthly axis: the
    cells += [Cell(row=0, col=i + 1, text=t, raw=w.raw, bbox=w.bbox, lines=[t], page=page.number)  # month's end
              for i, (w, t) in enumerate(zip(axis.years, heads))]
    for r, (name, values) in enumerate(rows, start=1):
        cells.append(Cell(row=r, col=0, text=name or "", raw=name or "", bbox=box, page=page.number))
        cells += [Cell(row=r, col=k + 1, text=w.text, raw=w.raw, bbox=w.bbox, lines=[w.text], page=page.number)
                  for k, w in sorted(values.items())]
    every = [w for _, values in rows for w in values.values()]
    bbox = (box[0], min(w.bbox[1] for w in every), box[2], box[3])
    return Grid(page=page.number, bbox=bbox, nrows=len(rows) + 1, ncols=len(axis.years) + 1, cells=cells), text


def _legend_below(page: Page, axis: _Axis) -> list[Word]:
    """The words of a legend printed right under the axis labels (■ 収入未済額（計） ━ 収納率（計）): no figures."""
    size = axis.bottom - axis.top
    lo, hi = axis.span
    out: list[Word] = []
    for ln in page.lines:
        if axis.bottom - 1 <= ln.bbox[1] <= axis.bottom + 2 * size and lo - 2 * axis.half <= ln.bbox[0] \
                and ln.bbox[2] <= hi + 2 * axis.half and len(despace(ln.text)) <= 40 and "。" not in ln.text \
                and not TITLE.search(ln.text) and not re.match(r"\s*[(（]?[0-9０-９]{1,2}[)）.．\s]", ln.text):
            words = [w for w in ln.words if w.text.strip() and not re.fullmatch(r"[■□━―─●◆▲・\-]+", w.text.strip())]
            if words and all(not is_figure(w.text) and ((k := key_of(w.text)).names_something or k.metric or k.segment)
                             for w in words):
                out.extend(words)
    return out


def _series(per_year: dict[int, list[Word]], notes: list[Word], half: float) -> list[tuple[str, dict[int, Word]]] | None:
    """Two series of data labels by their legend (町税 | 国保税, 収入未済額 | 収納率): bars side by side, the left
    bar the first entry; a line's labels over the bars, the rates the entry naming a rate. None when it is not told."""
    legend = sorted((w for w in notes if key_of(w.text).names_something or key_of(w.text).metric
                     or key_of(w.text).segment or key_of(w.text).as_of or key_of(w.text).fiscal_year),
                    key=lambda w: (round(w.bbox[1] / 4), w.bbox[0]))  # (令和7年12月末 | 令和6年12月末: bars by time)
    if len(legend) != 2:
        return None
    names = [legend[0].text, legend[1].text]
    rate = [key_of(n).metric in ("collection_rate",) for n in names]
    first: dict[int, Word] = {}
    second: dict[int, Word] = {}
    for k, ws in per_year.items():
        if len(ws) == 1:
            continue  # a year with one label only: which series is not told
        a, b = sorted(ws, key=_cx)
        if _cx(b) - _cx(a) >= 0.2 * half:
            first[k], second[k] = a, b  # bars side by side: the legend's order
        elif any(rate) and not all(rate) and _rate_like(a.text) != _rate_like(b.text):
            r, m = (a, b) if _rate_like(a.text) else (b, a)  # a line over the bars: the rate is the rate's
            (first if rate[0] else second)[k], (second if rate[0] else first)[k] = r, m
        else:
            return None
    return [(names[0], first), (names[1], second)] if first and second else None


def _rate_like(text: str) -> bool:
    """True for a data label that reads as a rate: a percent sign, or 0–100 with decimals."""
    t = despace(text)
    return "%" in t or "％" in t or bool(re.fullmatch(r"[0-9]{1,2}(?:\.[0-9]+)|100(?:\.0+)?", t))


def chart_facts(pages: list[Page], fiscal_year: int | None = None) -> tuple[list[Fact], list[DocWarning]]:
    """The facts of every chart's data labels (see module docstring)."""
    facts: list[Fact] = []
    warnings: list[DocWarning] = []
    for page in pages:
        axes = _axes(page)
        for axis in axes:
            region = _region(page, axis, axes)
            if region is None:
                continue
            title, words = region
            chart = _chart_grid(page, axis, words, _legend_below(page, axis))
            if chart is None:
                continue
            grid, notes = chart
            caption = title + (" " + notes if notes else "")
            got, warned = read_table(grid, TableContext(page=page.number, caption=caption, fiscal_year=fiscal_year,
                                                        debt=named_debt(title) or caption_debt(title)))
            facts.extend(got)
            warnings.extend(warned)
    return facts, warnings
