"""Blocks of printed text: each line of a page split where a wide gap separates blocks printed side by side.

A page line in the page model runs across the whole page width; where a document prints two or three blocks
side by side (決算見込 | 目標 | 【参考】 | 取組状況), the words of one line belong to different blocks. The text
reader and the item reader read these blocks, never the whole line, so a heading or a figure of one block does not
govern the words of its neighbour. Text set in two columns with a narrow gutter (a gap too narrow to be a wide gap,
but shared by several lines in a row at one place) is cut at the gutter too; the outline reader cuts its lines only
there (a label and its value printed apart stay one line).
"""
from __future__ import annotations

import re

from dataclasses import dataclass

from saiken.extract.layout import BBox, Page, centre_inside


COLUMN_GAP = 4.0  # a gap of this many characters' width splits a printed line into blocks side by side
PANEL_GAP = 2.0  # …and a gap this wide between two figures standing alone (panels side by side)
UNIT_NOTE_END = re.compile(r"^[(（]\s*単\s*位\s*[:：][^()（）]*[)）]$")  # a table's unit note alone
LONE_FIGURE = re.compile(r"^\s*[△▲+\-]?[0-9][0-9,.]*\s*[%％]?\s*$")


@dataclass
class Block:
    """Words of one printed line that belong to one block (a line of a column beside other columns)."""

    text: str
    bbox: BBox
    size: float


def blocks(page: Page, wide_gaps: bool = True) -> list[Block]:
    """The page's lines split at wide gaps into blocks side by side; blocks inside a table are left out (its cells
    are read as cells). A line printed across two or three blocks (決算見込 | 目標 | 【参考】) is not one sentence.
    With `wide_gaps` False, lines are cut only at the gutter of text set in two columns (a label and its value
    printed apart on one line stay one line). Read once per page (the text, item and outline readers all ask)."""
    key = ("blocks", wide_gaps)
    if key not in page.views:
        page.views[key] = _blocks(page, wide_gaps)
    return page.views[key]


def _blocks(page: Page, wide_gaps: bool) -> list[Block]:
    def inside(b: BBox) -> bool:
        return any(centre_inside(b, g.bbox) for g in page.grids)

    out: list[Block] = []
    gutters = page_gutters(page)
    for i, ln in enumerate(page.lines):
        size = ln.size or 10.0
        words = [w for w in ln.words if w.text.strip()]
        outside = [w for w in words if not inside(w.bbox)]  # a table cell's words on the line are the table's
        groups = gap_runs(outside, size, wide_gaps, gutters.get(i, ()))
        if not groups and not ln.text.strip() or words and not outside:
            continue
        if len(groups) <= 1 and len(outside) == len(words):  # (a line without its words: as a whole)
            runs = [Block(ln.text, ln.bbox, size)]
        else:
            runs = [Block(" ".join(w.text for w in g), (g[0].bbox[0], min(w.bbox[1] for w in g), g[-1].bbox[2],
                                                       max(w.bbox[3] for w in g)),
                          max((w.size for w in g if w.size), default=size)) for g in groups]  # (its own words'
            # size: a heading of the column beside it set larger is not this block's)
        out.extend(r for r in runs if not inside(r.bbox))
    return out


def gap_runs(words: list, size: float, wide_gaps: bool = True, cuts: tuple | list = ()) -> list[list]:  # type: ignore[type-arg]
    """The words of one line grouped into runs, cut where a gap is COLUMN_GAP characters wide (with `wide_gaps`)
    and at the x positions `cuts` (a gutter)."""
    runs: list[list] = []  # type: ignore[type-arg]
    for w in words:
        gap = w.bbox[0] - runs[-1][-1].bbox[2] if runs else 0.0
        panels = len(runs[-1]) == 1 and LONE_FIGURE.match(runs[-1][0].text) and LONE_FIGURE.match(w.text) \
            if runs else False  # 56.8%      24.1%: the big figures of two panels side by side
        noted = wide_gaps and gap >= size and bool(runs) and UNIT_NOTE_END.search("".join(x.text for x in runs[-1]))
        # (「（単位：千円、%）」 over the table on the left, then 「① 文書催告に…」 of the column on the right)
        if runs and not noted and (not wide_gaps or gap < (PANEL_GAP if panels else COLUMN_GAP) * size) and not any(
                runs[-1][-1].bbox[2] <= x <= w.bbox[0] for x in cuts):
            runs[-1].append(w)
        else:
            runs.append([w])
    return runs


GUTTER_LINES = 3  # a narrow gap is a gutter between two columns of text when this many lines in a row share it
SIDE = 12.0  # characters' width of text a line prints on each side of a gutter (not the gap after a ① or a 1)


def page_gutters(page: Page) -> dict[int, list[float]]:
    """Where the page's lines (by index) are cut by the gutter of text set in two columns (see _gutters)."""
    if "gutters" not in page.views:
        page.views["gutters"] = _gutters(page.lines, [any(centre_inside(ln.bbox, g.bbox) for g in page.grids)
                                                      for ln in page.lines])
    return page.views["gutters"]


def across_gutter(page: Page, a: BBox, b: BBox) -> bool:
    """True when a gutter of the page runs between two boxes printed in its two columns (a box above the first line
    the gutter cuts, such as a slide's title over its panels, is in neither column)."""
    cuts = page_gutters(page)
    if not cuts or min(a[1], b[1]) < min(page.lines[i].bbox[1] for i in cuts) - 1:
        return False
    xs = {x for cut in cuts.values() for x in cut}
    return any(a[2] <= x <= b[0] or b[2] <= x <= a[0] for x in xs)


def _gutters(lines: list, in_table: list[bool]) -> dict[int, list[float]]:  # type: ignore[type-arg]
    """Where lines outside tables are cut by the gutter of text set in two columns (「① 口座振替の勧奨を強化し、…Web
    ① 強制徴収公債権は、…」), by line index: an x that no word crosses over a run of lines, in which at least
    GUTTER_LINES lines print a good length of text on both sides of it."""
    idx = sorted((i for i in range(len(lines)) if not in_table[i] and any(w.text.strip() for w in lines[i].words)),
                 key=lambda i: lines[i].bbox[1])
    words = {i: [w for w in lines[i].words if w.text.strip()] for i in idx}

    def sides(i: int, x: float) -> bool:
        left = [w for w in words[i] if w.bbox[2] <= x]
        right = [w for w in words[i] if w.bbox[0] >= x]
        size = lines[i].size or 10.0
        return bool(left and right) and left[-1].bbox[2] - left[0].bbox[0] >= SIDE * size \
            and right[-1].bbox[2] - right[0].bbox[0] >= SIDE * size and right[0].bbox[0] - left[-1].bbox[2] >= 0.8 * size

    candidates = sorted({round((a.bbox[2] + b.bbox[0]) / 2) for i in idx for a, b in zip(words[i], words[i][1:])
                         if sides(i, (a.bbox[2] + b.bbox[0]) / 2)})
    out: dict[int, list[float]] = {}

    def prose_left(i: int, x: float) -> bool:  # a good length of text left of x, a short piece right of it
        left = [w for w in words[i] if w.bbox[2] <= x]
        right = [w for w in words[i] if w.bbox[0] >= x]
        size = lines[i].size or 10.0
        return bool(left and right) and left[-1].bbox[2] - left[0].bbox[0] >= SIDE * size \
            and right[0].bbox[0] - left[-1].bbox[2] >= 0.8 * size and left[-1].bbox[2] >= x - 3 * size  # (run up
        # to the gutter: a line of the column's prose, not a heading such as 「(4)後期高齢者医療保険料　所管課：…」)

    def headings(i: int, x: float) -> bool:  # a short piece on each side, a wide gap between: each column's heading
        left = [w for w in words[i] if w.bbox[2] <= x]
        right = [w for w in words[i] if w.bbox[0] >= x]
        size = lines[i].size or 10.0
        return bool(left and right) and right[0].bbox[0] - left[-1].bbox[2] >= 3 * size and right[0].bbox[0] - x <= 3 * size

    def one_side(i: int, x: float) -> bool:  # a good length of text on one side only, running up to x or from it
        ws = words[i]
        size = lines[i].size or 10.0
        if ws[-1].bbox[2] <= x:
            return ws[-1].bbox[2] - ws[0].bbox[0] >= SIDE * size and ws[-1].bbox[2] >= x - 3 * size
        return ws[0].bbox[0] >= x and ws[-1].bbox[2] - ws[0].bbox[0] >= SIDE * size and ws[0].bbox[0] <= x + 3 * size

    def flush(run: list[int], x: float) -> None:
        both = [i for i in run if sides(i, x)]
        alone = [i for i in run if i not in both and one_side(i, x)]
        if len(both) >= GUTTER_LINES or len(both) >= 2 and len(alone) >= 2 * GUTTER_LINES:  # (the two columns'
            # lines set at other heights: most lines print on one side of the gutter only) the gutter holds over the
            # whole run: it cuts the lines of the left column's
            for i in (i for i in run if i in both or prose_left(i, x) or headings(i, x)):  # prose beside a short piece
                out.setdefault(i, []).append(x)  # of the right one too (「10億800万円で、…減少し | (歳計外現金を除く。)」),
                # and the two columns' headings on one line (（１）市税 | （２）国保税)

    for x in candidates:
        run: list[int] = []
        for i in idx:
            if any(w.bbox[0] < x < w.bbox[2] for w in words[i]):
                flush(run, x)
                run = []
            else:
                run.append(i)
        flush(run, x)
    return out
