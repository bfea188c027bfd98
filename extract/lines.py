"""Characters → words → lines, in reading order.

Lines are built from the glyph boxes rather than the PDF's own text objects, so a cell whose text was
drawn in pieces, or a label written one character per line (縦書き), comes out as readers see it.
Text set in vertical writing (glyphs running top to bottom: line direction (0, 1), or wmode 1) becomes one
Line per column, read top to bottom, the columns right to left.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from saiken.extract.chars import Char
from saiken.extract.layout import Line, Word
from saiken.normalize.debts import load_dictionary


def _words(chars: list[Char]) -> list[Word]:
    """Split a line's characters (sorted by x) into words at gaps wider than half a character."""
    words: list[Word] = []
    cur: list[Char] = []
    for ch in chars:
        space = ch.c.isspace()
        if cur:
            last = cur[-1]
            size = ch.size if ch.size > last.size else last.size
            if space or ch.x0 - last.x1 > 0.5 * (size if size > 1.0 else 1.0):
                words.append(_word(cur))
                cur = []
        if not space:
            cur.append(ch)
    if cur:
        words.append(_word(cur))
    return words


def _word(chars: list[Char]) -> Word:
    first = chars[0]
    x0, y0, x1, y1, size, vertical = first.x0, first.y0, first.x1, first.y1, first.size, first.vertical
    for c in chars:  # (one pass: this runs for every word of every page)
        if c.x0 < x0:
            x0 = c.x0
        if c.y0 < y0:
            y0 = c.y0
        if c.x1 > x1:
            x1 = c.x1
        if c.y1 > y1:
            y1 = c.y1
        if c.size > size:
            size = c.size
        vertical = vertical or c.vertical
    return Word(text="".join([c.c for c in chars]), raw="".join([c.raw for c in chars]), bbox=(x0, y0, x1, y1),
                size=size, vertical=vertical)


DASH_ALONE = re.compile(r"[-－―‐−]")  # a line of a cell holding only a dash (no figure)


def join_words(parts: Sequence[str]) -> str:
    """Join text pieces with '' (Japanese) or one space between two ASCII alphanumerics or a word gap."""
    out = ""
    for p in parts:
        if not p:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and p[0].isascii() and p[0].isalnum() \
                or DASH_ALONE.fullmatch(out.split(" ")[-1] if out else "x") and p[0].isdigit():
            out += " "  # (「-」 over 「94.25」 in a cell of two lines: a blank figure, then a rate; no minus sign)
        out += p
    return out


def _vertical_lines(chars: list[Char]) -> list[Line]:
    """Vertical-writing glyphs as columns (right to left), each read top to bottom."""
    cols: list[tuple[float, float, list[Char]]] = []
    for ch in sorted(chars, key=lambda c: (-c.cx, c.y0)):
        if ch.c.isspace():
            continue
        for i in range(len(cols) - 1, max(-1, len(cols) - 3), -1):
            x0, x1, members = cols[i]
            w = min(ch.x1 - ch.x0, x1 - x0)
            if min(ch.x1, x1) - max(ch.x0, x0) >= 0.5 * max(w, 0.1):
                members.append(ch)
                cols[i] = (min(x0, ch.x0), max(x1, ch.x1), members)
                break
        else:
            cols.append((ch.x0, ch.x1, [ch]))
    out = []
    for _, _, members in cols:
        members.sort(key=lambda c: c.y0)
        w = _word(members)
        out.append(Line(w.text, w.raw, w.bbox, [w], w.size))
    return out


def make_lines(chars: list[Char]) -> list[Line]:
    """Group characters into visual lines (top to bottom), each with its words (left to right); vertical
    writing comes as one line per column, right to left, placed where the columns start."""
    if not chars:
        return []
    if any(c.vertical for c in chars):
        vertical = _vertical_lines([c for c in chars if c.vertical])
        lines = _horizontal_lines([c for c in chars if not c.vertical])
        top = min(ln.bbox[1] for ln in vertical)
        before = [ln for ln in lines if ln.bbox[1] < top]
        return before + vertical + [ln for ln in lines if ln.bbox[1] >= top]
    return _horizontal_lines(chars)


def _horizontal_lines(chars: list[Char]) -> list[Line]:
    """Characters grouped into horizontal lines, top to bottom."""
    if not chars:
        return []
    rows: list[list] = []  # [y0, y1, members]
    for ch in sorted(chars, key=lambda c: (c.cy, c.x0)):
        if not rows and ch.c.isspace():
            continue
        cy0, cy1 = ch.y0, ch.y1
        for i in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            row = rows[i]
            y0, y1 = row[0], row[1]
            # same line: they overlap by half the lower height (written out: the hot loop of every page)
            h = cy1 - cy0 if cy1 - cy0 < y1 - y0 else y1 - y0
            if (cy1 if cy1 < y1 else y1) - (cy0 if cy0 > y0 else y0) >= 0.5 * (h if h > 0.1 else 0.1):
                row[2].append(ch)
                if ch.c.isspace():
                    break  # (a space's box may run over two wrapped lines: it widens neither into the other)
                if cy0 < y0:
                    row[0] = cy0
                if cy1 > y1:
                    row[1] = cy1
                break
        else:
            rows.append([cy0, cy1, [ch]])
    lines: list[Line] = []
    for _, _, members in rows:
        members.sort(key=lambda c: c.x0)
        words = _words(members)
        if not words:
            continue
        text = " ".join(w.text for w in words)
        raw = " ".join(w.raw for w in words)
        bbox = (min(w.bbox[0] for w in words), min(w.bbox[1] for w in words),
                max(w.bbox[2] for w in words), max(w.bbox[3] for w in words))
        lines.append(Line(text, raw, bbox, words, max(w.size for w in words)))
    lines.sort(key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    return lines


def _stacked_columns(chars: list[Char], lines: list[Line]) -> bool:
    """True for upright CJK glyphs stacked in two or three columns (Excel's 縦書き wrapped in a short cell).

    Read as rows they would look like short lines; what gives them away is a first row that does not fill
    every column (the right-hand column starts higher), which wrapped horizontal text never shows.
    """
    if len(lines) == 1 and lines[0].bbox[3] - lines[0].bbox[1] < 1.8 * (lines[0].size or 10.0) \
            or len(lines) >= 2 and max(len(ln.text.replace(" ", "")) for ln in lines) > 3:
        return False  # (most cells: one line of text, or rows wider than the three columns a narrow cell stacks)
    glyphs = [c for c in chars if not c.c.isspace()]
    if not glyphs or any(c.c.isascii() for c in glyphs):
        return False
    size = sorted(c.x1 - c.x0 for c in glyphs)[len(glyphs) // 2]
    columns: list[float] = []
    for x in sorted(c.x0 for c in glyphs):
        if not columns or x - columns[-1] > size / 2:
            columns.append(x)
    members = [[c for c in glyphs if abs(c.x0 - x) <= size / 2] for x in columns]
    if 2 <= len(columns) <= 3 and _offset_columns(members, size):
        return True
    if len(lines) == 2:
        return False  # (most cells of two lines: wrapped text)
    if len(lines) == 1:  # columns set half a glyph apart in height (介護保 / 険料 centred) read as one line
        return 2 <= len(columns) <= 3 and all(len(m) >= 2 for m in members) and \
            max(c.y1 for c in glyphs) - min(c.y0 for c in glyphs) >= 2 * size
    if len(lines) < 3:
        return False
    widths = [len(ln.text.replace(" ", "")) for ln in lines]
    if not (2 <= len(columns) <= 3 and max(widths) <= len(columns)):
        return False
    if widths[0] < len(columns):
        return True
    last = [c for c in glyphs if c.cy >= lines[-1].bbox[1]]
    mid = (min(c.x0 for c in glyphs) + max(c.x1 for c in glyphs)) / 2
    centred = abs((min(c.x0 for c in last) + max(c.x1 for c in last)) / 2 - mid) < size / 2  # (国民健 / 康保険 / 税
    # centred under wrapped rows: either reading, the dictionary tells)
    if widths[-1] < len(columns) and min(c.x0 for c in last) > columns[0] + size / 2 and not centred:
        return True  # the bottom row lacks its left glyph: the last (left) column is the shorter one (介護保 / 険料)
    down = "".join(ln.text for ln in _vertical_lines(glyphs)).replace(" ", "")
    across = "".join(ln.text for ln in lines).replace(" ", "")
    known = load_dictionary().knows
    return known(down) and not known(across)  # a full block (下水道 / 使用料): the reading that names a debt


def _offset_columns(members: list[list[Char]], size: float) -> bool:
    """True for columns of glyphs each stacked tight, whose glyphs sit at heights no row shares (現状と課 / 題, the
    short column centred beside the long one): vertical writing, not rows of wrapped text (国民健 / 康保険 / 税)."""
    for m in members:
        ys = sorted(c.y0 for c in m)
        if any(b - a > 1.6 * size for a, b in zip(ys, ys[1:])):
            return False  # (a column of glyphs set apart: not one stack)
    rows: list[float] = []
    for y in sorted(c.y0 for m in members for c in m):
        if not rows or y - rows[-1] > size / 4:
            rows.append(y)
    return max(len(m) for m in members) >= 2 and len(rows) > max(len(m) for m in members)


def cell_lines(chars: list[Char]) -> list[Line]:
    """A cell's lines; stacked upright glyphs in several columns are read as vertical columns, right to left."""
    lines = make_lines(chars)
    return _vertical_lines(chars) if _stacked_columns(chars, lines) else lines


def cell_text(lines: list[Line], raw: bool = False) -> str:
    """A cell's text: its lines joined as wrapped Japanese text (no separator; a space between ASCII words)."""
    return join_words([(ln.raw if raw else ln.text) for ln in lines])
