"""Key-figure panels: boxes printed side by side on a summary page, each stacking its own label, date and one big
figure (市税（現年課税分） / 収納率 / 令和6年2月末 / 89.43％ / 前年同月比 ＋0.31ポイント | 主要6債権 / 収入未済額 / 約42.7億円).

Found from the layout alone, whatever draws the boxes (rectangles, shading, nothing): a line outside tables whose
figures are set larger than the text of the page and stand apart, two or more; the lines just above and below it
that print pieces in two panels or more are cut into the same columns. Each column is one panel, read top to bottom
as one place, so its label, date and figure stay together and never run into the panel beside it.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass

from saiken.extract.layout import BBox, Line, Page, centre_inside
from saiken.normalize.amounts import find_amounts
from saiken.normalize.text import despace

BIG = 1.25  # a panel's figure is set at least this much larger than the page's body text
FIGURE_GAP = 1.5  # figures of two panels stand at least this many of their characters apart
ABOVE, BELOW = 4, 2  # lines of a panel above and below its figure
LINE_GAP = 1.7  # body characters between two lines of one panel at most
SHORT = 16  # characters of a panel's figure piece at most (「約42.7億円」, 「1,310.9百万円」)


@dataclass(frozen=True)
class Panel:
    """One panel: its box and its printed lines, top to bottom."""

    bbox: BBox
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def panels(page: Page) -> list[Panel]:
    """The page's key-figure panels, left to right in each row of panels, rows top to bottom (read once a page)."""
    if "panels" not in page.views:
        page.views["panels"], page.views["panel_rows"] = _panels(page)
    return page.views["panels"]


def in_panel(page: Page, box: BBox) -> bool:
    """True when `box` (a line or block of the page) is printed in a row of panels."""
    panels(page)
    return any(centre_inside(box, row) for row in page.views["panel_rows"])


def _groups(ln: Line) -> list[list]:  # type: ignore[type-arg]
    """The words of a line cut where a gap is FIGURE_GAP of its characters wide."""
    out: list[list] = []  # type: ignore[type-arg]
    for w in (w for w in ln.words if w.text.strip()):
        if out and w.bbox[0] - out[-1][-1].bbox[2] < FIGURE_GAP * (ln.size or 10.0):
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _panels(page: Page) -> tuple[list[Panel], list[BBox]]:
    """The panels, and the box of each row of panels."""
    lines = sorted((ln for ln in page.lines if ln.text.strip()
                    and not any(centre_inside(ln.bbox, g.bbox) for g in page.grids)), key=lambda ln: ln.bbox[1])
    sizes = [ln.size for ln in lines if ln.size]
    if len(sizes) < 4:
        return [], []
    body = statistics.median(sizes)
    out: list[Panel] = []
    rows: list[BBox] = []
    taken: set[int] = set()
    for i, ln in enumerate(lines):
        if i in taken or ln.size < BIG * body:
            continue
        groups = _groups(ln)
        texts = [" ".join(w.text for w in g) for g in groups]
        if len(groups) < 2 or not all(find_amounts(t) and len(despace(t)) <= SHORT for t in texts):
            continue
        centres = [(g[0].bbox[0] + g[-1].bbox[2]) / 2 for g in groups]
        pitch = min(b - a for a, b in zip(centres, centres[1:]))
        bounds = [centres[0] - pitch / 2, *((a + b) / 2 for a, b in zip(centres, centres[1:])), centres[-1] + pitch / 2]

        def columns(other: Line) -> dict[int, list] | None:  # type: ignore[type-arg]
            """The line's words by panel; None when a word lies outside the panels or crosses two of them."""
            cols: dict[int, list] = {}  # type: ignore[type-arg]
            for w in (w for w in other.words if w.text.strip()):
                k = next((k for k in range(len(groups)) if bounds[k] <= w.bbox[0] and w.bbox[2] <= bounds[k + 1]), None)
                if k is None:
                    return None
                cols.setdefault(k, []).append(w)
            return cols if len(cols) >= 2 else None

        stack: list[tuple[int, dict[int, list]]] = [(i, {k: g for k, g in enumerate(groups)})]  # type: ignore[type-arg]
        for step, limit in ((-1, ABOVE), (1, BELOW)):
            j, edge = i, ln
            while 0 <= j + step < len(lines) and abs(j - i) < limit:
                nxt = lines[j + step]
                gap = edge.bbox[1] - nxt.bbox[3] if step < 0 else nxt.bbox[1] - edge.bbox[3]
                limit_gap = LINE_GAP * max(body, nxt.size, edge.size)  # (a big figure sits further from its label)
                heading = nxt.size > (1.1 if step > 0 else BIG) * body  # a heading under the panels is set larger
                cols = columns(nxt) if gap <= limit_gap and not heading else None
                if cols is None:
                    break
                stack.append((j + step, cols))
                j, edge = j + step, nxt
        stack.sort(key=lambda s: lines[s[0]].bbox[1])
        labelled = sum(1 for k in range(len(groups)) if any(
            k in cols and not find_amounts(" ".join(w.text for w in cols[k])) for idx, cols in stack if idx != i))
        if labelled < 2:
            continue  # figures side by side with no label over them: a row of a table drawn without rules
        taken.update(idx for idx, _ in stack)
        for k in range(len(groups)):
            parts = [cols[k] for _, cols in stack if k in cols]
            ws = [w for p in parts for w in p]
            box = (min(w.bbox[0] for w in ws), min(w.bbox[1] for w in ws), max(w.bbox[2] for w in ws),
                   max(w.bbox[3] for w in ws))
            out.append(Panel(box, tuple(" ".join(w.text for w in p) for p in parts)))
        rows.append((bounds[0], min(lines[idx].bbox[1] for idx, _ in stack), bounds[-1],
                     max(lines[idx].bbox[3] for idx, _ in stack)))
    return out, rows
