"""Statements printed as a ruled table in minutes: 発言者 | 発言要旨 (one row per speaker block).

Some offices write the discussion of their 議事要旨 as a two-column table instead of label lines. The table is
known by its header words (a speaker column: 発言者・委員名・質問者; a statement column: 発言・内容・要旨・意見),
under an optional title row spanning the table; a table on the next page with the same columns and no header
continues it. Each row becomes lines of the minutes stream: a speaker label line （財政局長） followed by the
statement cell's lines, so that sections and page breaks are handled like printed label lines. A row with an
empty speaker cell (a merged cell) continues the block above.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.families.minutes_tables import is_statistical
from extract.layout import Grid, Page

SPEAKER_HEADER = re.compile(r"発言者|発言委員|委員名|質問者|^発言$|^氏名$")
CONTENT_HEADER = re.compile(r"発言|内容|要旨|意見|質疑|概要|説明")


@dataclass(slots=True)
class SpeechTable:
    """Where a speech table's speaker and statement columns are, and its column count."""

    speaker: int
    content: int
    ncols: int


@dataclass(slots=True)
class Printed:
    """One line to add to the minutes stream: text, left edge, font size, and the top of its table."""

    top: float
    text: str
    x0: float
    size: float


def _spans_all(row: list[str]) -> bool:
    return len(row) > 1 and len(set(row)) == 1


def _header(g: Grid) -> tuple[int, SpeechTable] | None:
    """Index of the header row and the columns when the grid is a speech table, else None."""
    rows = g.filled_rows()
    for r, row in enumerate(rows[:3]):
        if _spans_all(row):
            continue
        cells = [re.sub(r"\s+", "", t) for t in row]
        speaker = next((i for i, t in enumerate(cells) if SPEAKER_HEADER.search(t) and len(t) <= 8), None)
        if speaker is None:
            return None
        content = next((i for i, t in enumerate(cells) if i != speaker and CONTENT_HEADER.search(t)
                        and len(t) <= 10), None)
        return (r, SpeechTable(speaker, content, g.ncols)) if content is not None else None
    return None


def is_speech_table(g: Grid) -> bool:
    """True when the grid is a 発言者 | 発言内容 table."""
    return _header(g) is not None


def _rows(g: Grid, first: int, cols: SpeechTable) -> list[Printed]:
    out: list[Printed] = []
    size = 10.0
    for r in range(first, g.nrows):
        who = g.cell(r, cols.speaker)
        said = g.cell(r, cols.content)
        if said is None or said.row != r or not said.text.strip():
            continue
        name = re.sub(r"\s+", "", who.text) if who is not None and who.row == r else ""
        if name:
            out.append(Printed(said.bbox[1], f"({name})", who.bbox[0], size))
        for text in said.lines or [said.text]:
            if text.strip():
                out.append(Printed(said.bbox[1], text.strip(), said.bbox[0], size))
    return out


def speech_lines(pages: list[Page]) -> dict[int, list[Printed]]:
    """Lines of every speech table, by page number; a headerless grid with the same number of columns at the
    top of the page after a speech table continues it."""
    out: dict[int, list[Printed]] = {}
    last: tuple[int, SpeechTable] | None = None  # page and columns of the last speech table
    for p in pages:
        for k, g in enumerate(sorted(p.grids, key=lambda g: g.bbox[1])):
            found = _header(g)
            if found is not None:
                first, cols = found[0] + 1, found[1]
            elif (last is not None and last[0] == p.number - 1 and k == 0 and g.ncols == last[1].ncols
                  and not is_statistical(g)):
                first, cols = 0, last[1]
            else:
                continue
            out.setdefault(p.number, []).extend(_rows(g, first, cols))
            last = (p.number, cols)
    return out
