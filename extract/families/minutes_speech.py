"""Statements printed as a ruled table in minutes: 発言者 | 発言要旨 (one row per speaker block).

Some offices write the discussion of their 議事要旨 as a table instead of label lines. The table is known by its
header words (a speaker column: 発言者・委員名・質問者・提出者; a statement column: 発言・内容・要旨・意見), under an
optional title row spanning the table; the header may take two rows (「回答書の内容」 over 「意見・質問｜事務局の
回答」), and a column headed …の回答 / 回答 / 答弁 holds a reply, which becomes the next statement, its speaker
named by the header (事務局の回答 → 事務局). A table on the next page with the same columns, with or without the
repeated header, continues it. Each row becomes lines of the minutes stream: a speaker label line （財政局長）
followed by the statement cell's lines, so that sections and page breaks are handled like printed label lines.
A row with an empty speaker cell (a merged cell, or the rest of a row split by a page break) continues the row
above. Where a row's cell spans several columns (a body without vertical rules split over a page), its words are
put back into the columns by their position under the header cells.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from saiken.extract.statables import is_statistical
from saiken.extract.layout import Cell, Grid, Page
from saiken.normalize.text import despace

SPEAKER_HEADER = re.compile(r"発言者|発言委員|委員名|質問者|提出者|意見者|^発言$|^氏名$")
CONTENT_HEADER = re.compile(r"発言|内容|要旨|意見|質疑|質問|概要|説明")
ANSWER_HEADER = re.compile(r"^(.*?)(?:の)?(?:回答|答弁)(?:内容|要旨)?$")
DEFAULT_ANSWERER = "事務局"
NUMBER = re.compile(r"^[\d０-９.．()（）No№]*$")


@dataclass(slots=True)
class SpeechTable:
    """Where a speech table's speaker and statement columns are, its reply columns (column, speaker) and its
    column count."""

    speaker: int
    content: int
    ncols: int
    answers: list[tuple[int, str]] = field(default_factory=list)


@dataclass(slots=True)
class Printed:
    """One line to add to the minutes stream: text, left edge, font size, and the top of its table."""

    top: float
    text: str
    x0: float
    size: float


@dataclass(slots=True)
class Row:
    """One logical row: the speaker, the statement lines and each reply's (speaker, lines), where it is printed."""

    page: int
    top: float
    x0: float
    speaker: str
    said: list[str]
    replies: list[tuple[str, list[str]]]


def _spans_all(row: list[str]) -> bool:
    return len(row) > 1 and len(set(row)) == 1


def _answerer(header: str) -> str | None:
    """The speaker a reply column names (事務局の回答 → 事務局, 回答 → 事務局); None when it is no reply column."""
    m = ANSWER_HEADER.match(despace(header))
    if m is None or len(header) > 12 or CONTENT_HEADER.search(m.group(1)):  # 質問・回答 is one statement column
        return None
    return m.group(1).strip("・") or DEFAULT_ANSWERER


def _speaker_column(g: Grid, head: Cell, first_body: int) -> int:
    """The column of the speaker header cell holding names: a header spanning No. | 提出者 takes the column whose
    body cells are mostly text rather than numbers."""
    if head.colspan == 1:
        return head.col
    def names(c: int) -> int:
        return sum(1 for r in range(first_body, g.nrows)
                   if (x := g.cell(r, c)) is not None and x.colspan == 1 and x.text.strip()
                   and not NUMBER.match(despace(x.text)))
    return max(range(head.col, head.col + head.colspan), key=names)


def _header(g: Grid) -> tuple[int, SpeechTable] | None:
    """Index of the last header row and the columns when the grid is a speech table, else None."""
    rows = g.filled_rows()
    for r, row in enumerate(rows[:3]):
        if _spans_all(row):
            continue
        cells = [despace(t) for t in row]
        speaker = next((i for i, t in enumerate(cells) if SPEAKER_HEADER.search(t) and len(t) <= 8), None)
        if speaker is None:
            return None
        head = g.cell(r, speaker)
        last = head.row + head.rowspan - 1 if head is not None else r
        for hr in (last, r) if last != r else (r,):
            bottom = [despace(t) for t in rows[hr]]
            spanned = set(range(head.col, head.col + head.colspan)) if head is not None else {speaker}
            answers = [(i, who) for i, t in enumerate(bottom)
                       if i not in spanned and (who := _answerer(t)) is not None]
            taken = spanned | {i for i, _ in answers}
            content = next((i for i, t in enumerate(bottom) if i not in taken and CONTENT_HEADER.search(t)
                            and len(t) <= 10), None)
            if content is not None:
                column = _speaker_column(g, head, last + 1) if head is not None else speaker
                return last, SpeechTable(column, content, g.ncols, answers)
        return None
    return None


def is_speech_table(g: Grid) -> bool:
    """True when the grid is a 発言者 | 発言内容 table."""
    return _header(g) is not None


def _column_ranges(g: Grid) -> dict[int, tuple[float, float]]:
    """Each column's left and right edge, from the grid's single-column cells."""
    out: dict[int, tuple[float, float]] = {}
    for c in g.cells:
        if c.colspan == 1 and c.col not in out:
            out[c.col] = (c.bbox[0], c.bbox[2])
    return out


def _words_in(page: Page, box: tuple[float, float, float, float]) -> list[str]:
    """The page's text inside a box, line by line (words joined without spaces)."""
    out: list[str] = []
    for ln in page.lines:
        words = [w for w in ln.words
                 if box[0] <= (w.bbox[0] + w.bbox[2]) / 2 <= box[2] and box[1] <= (w.bbox[1] + w.bbox[3]) / 2 <= box[3]]
        if words:
            out.append("".join(w.text for w in words))
    return out


def _column_lines(g: Grid, page: Page, r: int, c: int, ranges: dict[int, tuple[float, float]]) -> list[str]:
    """The lines printed in column c of row r; a cell spanning several columns gives only the words under c."""
    cell = g.cell(r, c)
    if cell is None or cell.row != r:
        return []
    if cell.colspan > 1 and c in ranges:
        x0, x1 = ranges[c]
        return _words_in(page, (x0, cell.bbox[1], x1, cell.bbox[3]))
    return [t.strip() for t in (cell.lines or [cell.text]) if t.strip()]


def _rows(g: Grid, page: Page, first: int, cols: SpeechTable,
          ranges: dict[int, tuple[float, float]]) -> list[Row]:
    out: list[Row] = []
    for r in range(first, g.nrows):
        said = _column_lines(g, page, r, cols.content, ranges)
        replies = [(who, _column_lines(g, page, r, c, ranges)) for c, who in cols.answers]
        if not said and not any(lines for _, lines in replies):
            continue
        name = despace("".join(_column_lines(g, page, r, cols.speaker, ranges)))
        cell = g.cell(r, cols.content)
        top, x0 = (cell.bbox[1], cell.bbox[0]) if cell is not None else (g.bbox[1], g.bbox[0])
        out.append(Row(page.number, top, x0, name, said, replies))
    return out


def _merge(rows: list[Row], previous: Row | None) -> list[Row]:
    """Rows with an empty speaker cell joined to the row above (across a page break when `previous` is given);
    a first row without a speaker and nothing above stays as unlabelled lines."""
    out: list[Row] = []
    for row in rows:
        above = out[-1] if out else previous
        if row.speaker or above is None:
            out.append(row)
            continue
        above.said.extend(row.said)
        for k, (_, lines) in enumerate(row.replies):
            if k < len(above.replies):
                above.replies[k][1].extend(lines)
    return out


def _printed(row: Row, size: float = 10.0) -> list[Printed]:
    """The stream lines of one row: label, statement lines, then each reply's label and lines."""
    out: list[Printed] = []
    if row.speaker:
        out.append(Printed(row.top, f"({row.speaker})", row.x0, size))
    out.extend(Printed(row.top, t, row.x0, size) for t in row.said)
    for who, lines in row.replies:
        if lines:
            out.append(Printed(row.top, f"({who})", row.x0, size))
            out.extend(Printed(row.top, t, row.x0, size) for t in lines)
    return out


def speech_lines(pages: list[Page]) -> dict[int, list[Printed]]:
    """Lines of every speech table, by page number; a grid at the top of the page after a speech table, with its
    header repeated or headerless with the same number of columns, continues it (and borrows the column edges
    its header does not show)."""
    rows: list[Row] = []
    last: tuple[int, SpeechTable] | None = None  # page and columns of the last speech table
    ranges: dict[int, tuple[float, float]] = {}  # column edges of the last speech table
    for p in pages:
        for k, g in enumerate(sorted(p.grids, key=lambda g: g.bbox[1])):
            found = _header(g)
            follows = last is not None and last[0] == p.number - 1 and k == 0
            if found is not None:
                first, cols = found[0] + 1, found[1]
            elif follows and g.ncols == last[1].ncols and not is_statistical(g):
                first, cols = 0, last[1]
            else:
                continue
            ranges = {**(ranges if follows else {}), **_column_ranges(g)}
            rows.extend(_merge(_rows(g, p, first, cols, ranges), rows[-1] if follows and rows else None))
            last = (p.number, cols)
    out: dict[int, list[Printed]] = {}
    for row in rows:
        out.setdefault(row.page, []).extend(_printed(row))
    return out
