"""Tables continued across pages joined into one Grid.

The last table of a page and the first table of the next page are one table when their column edges match
and nothing but running headers/footers, a short caption such as （続き）/（単位：千円）, a repeated title or a
「次ページへ続く」 note lies between them. A repeated (multi-row) header on the continuation is dropped.
An unrelated table is not joined: when the next part opens with a row of its own kind (worded unlike the
previous table's first row, yet resembling it more than the previous table's last row) and the previous
table stopped short of the page's usable bottom, the two stay apart.
"""
from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from saiken.extract.layout import Cell, Grid, Line, Page, centre_inside
from saiken.extract.lines import join_words
from saiken.extract.running import BAND, signature
from saiken.extract.statkeys import SECTION_TITLE
from saiken.normalize.text import despace as _squash

EDGE_TOL = 3.0  # points: column edges of two parts of one table agree within this
CAPTION_MAX = 30  # characters: a caption between two parts is at most this long
CAPTION_ABOVE = re.compile(r"続|つづき|単位|continued", re.IGNORECASE)
NOTE_BELOW = re.compile(r"続く|つづく|次[頁ページ]|continued", re.IGNORECASE)
CONT_MARK = re.compile(r"[(（]?\s*(?:続き?|つづき|前[頁ページ]+から(?:の)?続き?)\s*[)）]?")
NUMERIC = re.compile(r"^[\s約△▲\-+±]*[\d,.，．]+\s*(?:%|％|円|千円|件|人|ポイント|pt)?$")
TITLE_GAP = 40.0  # points above a table where its title is looked for


def _col_edges(g: Grid) -> list[float]:
    return sorted({round(c.bbox[0], 0) for c in g.cells} | {round(c.bbox[2], 0) for c in g.cells})


def _shape(row: list[str]) -> tuple[str, ...]:
    """Each cell as '' (empty), 'n' (a number) or 't' (text)."""
    return tuple("" if not c.strip() else "n" if NUMERIC.match(c) else "t" for c in row)


def _titles(page: Page, g: Grid) -> set[str]:
    """Short lines printed just above a table (its title), continuation marks removed."""
    return {_squash(CONT_MARK.sub("", ln.text)) for ln in page.lines
            if g.bbox[1] - TITLE_GAP <= ln.bbox[3] <= g.bbox[1] + 1 and len(ln.text) <= CAPTION_MAX}


def _captions_only(lines: list[Line], pattern: re.Pattern[str], titles: set[str]) -> bool:
    """True when every line is a short caption matching `pattern` or repeating one of `titles`."""
    for ln in lines:
        t = ln.text.strip()
        if len(t) > CAPTION_MAX:
            return False
        if not (pattern.search(t) or _squash(CONT_MARK.sub("", t)) in titles):
            return False
    return True


def repeated_header_rows(whole: Grid, part: Grid) -> int:
    """How many leading rows of `part` repeat the leading rows of `whole` (a header printed again)."""
    a, b = whole.rows(), part.rows()
    n = 0
    while n < min(len(a), len(b) - 1) and [_squash(c) for c in a[n]] == [_squash(c) for c in b[n]] and any(a[n]):
        n += 1
    return n


def usable_bottom(pages: list[Page]) -> dict[float, float]:
    """For each page height, the printable floor: the lowest content (line or table) of any page of that size,
    and at least the top of the footer band."""
    out: dict[float, float] = {}
    for p in pages:
        low = max([ln.bbox[3] for ln in p.lines] + [g.bbox[3] for g in p.grids], default=0.0)
        low = max(low, p.height * (1 - BAND))
        key = round(p.height)
        out[key] = max(out.get(key, 0.0), low)
    return out


def _row_height(g: Grid) -> float:
    heights = sorted(c.bbox[3] - c.bbox[1] for c in g.cells if c.rowspan == 1)
    return heights[len(heights) // 2] if heights else 0.0


def _reaches_bottom(prev: Grid, page: Page, nxt: Grid, floor: float) -> bool:
    """True when too little room was left under `prev` for the next part's first row (a page break)."""
    room = floor - prev.bbox[3]
    first = [c.bbox[3] - c.bbox[1] for c in nxt.cells if c.row == 0]
    need = max(max(first, default=0.0), 2 * _row_height(prev), page.height * 0.03)
    return room <= need


def _similarity(a: list[str], b: list[str]) -> float:
    """How alike two rows read, digits masked (0..1)."""
    return SequenceMatcher(None, signature("|".join(a)), signature("|".join(b)), autojunk=False).ratio()


def _own_header(whole: Grid, nxt: Grid) -> bool:
    """True when `nxt` opens like a new table: its first row, worded differently from `whole`'s first row,
    holds labels only where `whole` ended on figures, or resembles that first row (layout, then wording)
    more than `whole`'s last row."""
    rows = whole.rows()
    head, last, first = rows[0], rows[-1], nxt.rows()[0]
    if [_squash(c) for c in first] == [_squash(c) for c in head]:
        return False
    s_first, s_head, s_last = _shape(first), _shape(head), _shape(last)
    if "n" in s_first:
        return False  # figures: a body row
    if "n" in s_last or (s_first == s_head and s_first != s_last):
        return True  # labels only, where the previous table ended on figures or opened alike
    if s_first == s_last and s_first != s_head:
        return False
    return _similarity(first, head) > _similarity(first, last)


def continues(whole: tuple[Grid, Page], prev: tuple[Grid, Page], nxt: tuple[Grid, Page], floor: float) -> bool:
    """True when `nxt` (first table of its page) continues `prev` (last table of the page before), whose
    stitched whole so far is `whole` (with the page it starts on); `floor` is the usable bottom of prev's page."""
    (prev, prev_page), (nxt, next_page) = prev, nxt
    if prev.ncols != nxt.ncols:
        return False
    a, b = _col_edges(prev), _col_edges(nxt)
    if len(a) != len(b) or abs(a[0] - b[0]) > EDGE_TOL or abs(a[-1] - b[-1]) > EDGE_TOL:
        return False
    below = [ln for ln in prev_page.lines if ln.bbox[1] > prev.bbox[3] + 1]
    above = [ln for ln in next_page.lines if ln.bbox[3] < nxt.bbox[1] - 1]
    titles = _titles(whole[1], whole[0])
    first = _shape(nxt.rows()[0])
    headless = _captions_only(above, CAPTION_ABOVE, titles) and "n" in first and (all(abs(x - y) <= EDGE_TOL for x, y in zip(a, b)) or any(
        _shape(r) == first for r in prev.rows()[1:]))  # columns sized to each page's text, rows alike
    if headless and not _own_header(whole[0], nxt):
        return True  # a part with no header at the top of the page (under its unit note at most), columns as the
        # last table's: its rows go on (even with a remark printed under the part before)
    if not _captions_only(below, NOTE_BELOW, set()) or not _captions_only(above, CAPTION_ABOVE, titles):
        return False
    if any(abs(x - y) > EDGE_TOL for x, y in zip(a, b)):  # columns sized to each part's own text (an HTML table):
        return not above and (all(NOTE_BELOW.search(ln.text) for ln in below) and "n" in _shape(nxt.rows()[0])
                              or repeated_header_rows(whole[0], nxt) > 0)
        # only a part opening on figures with nothing between (but a (次ページへ続く)), or on the header printed again
    if repeated_header_rows(whole[0], nxt):
        return True
    return not _own_header(whole[0], nxt) or _reaches_bottom(prev, prev_page, nxt, floor)


FIGURE = re.compile(r"^[△▲\-]?\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:%|円|千円|人|件|世帯)?$")


def _row_cut_by_the_page(whole: Grid, part: Grid, first: int) -> bool:
    """True when part's row `first` is the rest of whole's last row, which the page break cut in two.

    Word lets a row break across pages: the lines that did not fit (the end of a long label) open the next page
    as a row with no figures, each piece under a cell that has text above it. A new row would bring its figures.
    """
    if part.nrows <= first or whole.nrows == 0:
        return False
    last = whole.rows()[whole.nrows - 1]
    row = part.rows()[first]
    cells = [c for c in part.cells if c.row == first and c.text]
    return (bool(cells) and all(c.rowspan == 1 for c in cells) and any(FIGURE.match(t) for t in last)
            and not any(FIGURE.match(t) for t in row if t) and all(last[k] for k, t in enumerate(row) if t))


def _join_cut_row(whole: Grid, part: Grid, first: int) -> None:
    """Append the pieces of part's row `first` to the cells of whole's last row."""
    for c in part.cells:
        if c.row == first and c.text:
            top = whole.cell(whole.nrows - 1, c.col)
            if top is not None:
                top.text = join_words([top.text, c.text])
                top.raw = join_words([top.raw, c.raw])
                top.lines = [*top.lines, *c.lines]


def _append(whole: Grid, part: Grid, page: int) -> None:
    skip = repeated_header_rows(whole, part)
    if _row_cut_by_the_page(whole, part, skip):
        _join_cut_row(whole, part, skip)
        skip += 1
    for c in part.cells:
        if c.row < skip:
            continue
        whole.cells.append(Cell(row=c.row - skip + whole.nrows, col=c.col, text=c.text, raw=c.raw, bbox=c.bbox,
                                rowspan=c.rowspan, colspan=c.colspan, lines=c.lines, page=c.page))
    whole.nrows += part.nrows - skip
    whole.pages.append(page)


_memo: tuple[list[Page], list[Grid]] | None = None


def stitch(pages: list[Page]) -> list[Grid]:
    """Every table of the document; a table continued on the next page is joined into one Grid (repeated header dropped).

    The pipeline and the family parsers ask for the same document's tables: the last answer is kept with the very
    page objects it was made from (held, so they cannot be replaced by others) and the work is done once per document.
    """
    global _memo
    if _memo is not None and len(_memo[0]) == len(pages) and all(a is b for a, b in zip(_memo[0], pages)):
        return _memo[1]
    grids = _stitch(pages)
    _memo = (list(pages), grids)
    return grids


def _row_tops(g: Grid) -> list[float]:
    return [min((c.bbox[1] for c in g.cells if c.row == r), default=0.0) for r in range(g.nrows)]


def _right_half(left: Grid, right: Grid) -> bool:
    """True when `right` is the rest of `left`'s rows printed beside it: right next to it, row for row at the same
    heights, with no labels of its own (its first column holds figures under a header of debt names)."""
    if right.nrows != left.nrows or right.nrows < 2 or not 0 <= right.bbox[0] - left.bbox[2] <= 30:
        return False
    if any(abs(a - b) > 2.5 for a, b in zip(_row_tops(left), _row_tops(right))):
        return False
    first = [row[0] for row in right.rows()[1:]]
    labels = [row[0] for row in left.rows()[1:]]
    return all(FIGURE.match(_squash(x)) for x in first if _squash(x)) and any(_squash(x) for x in first) and \
        not any(FIGURE.match(_squash(x)) for x in labels if _squash(x))


def _joined(a: Grid, b: Grid, beside: bool) -> Grid:
    """Two grids of one page as one: `b`'s columns right of `a`'s (`beside`), else `b`'s rows under `a`'s."""
    cells = list(a.cells) + [replace(c, col=c.col + a.ncols) if beside else replace(c, row=c.row + a.nrows)
                             for c in b.cells]
    bbox = (min(a.bbox[0], b.bbox[0]), min(a.bbox[1], b.bbox[1]), max(a.bbox[2], b.bbox[2]), max(a.bbox[3], b.bbox[3]))
    return Grid(page=a.page, bbox=bbox, nrows=a.nrows if beside else a.nrows + b.nrows,
                ncols=a.ncols + b.ncols if beside else a.ncols, cells=cells)


def _put_together(grids: list[Grid], page: Page) -> list[Grid]:
    """A page's tables with a table printed in two halves side by side made one (the right half has no labels), and
    rows drawn as a table of their own right under their table put back into it."""
    out: list[Grid] = []
    for g in grids:
        if out and _right_half(out[-1], g):
            out[-1] = _joined(out[-1], g, beside=True)
        elif out and _continues_below(out[-1], g, page):
            out[-1] = _joined(out[-1], g, beside=False)
        elif out and (laid := _header_laid_over(out[-1], g, page)) is not None:
            out[-1] = laid
        else:
            out.append(g)
    return [_rows_printed_above(g, page) or g for g in out]


def _rows_printed_above(grid: Grid, page: Page) -> Grid | None:
    """`grid` with the rows printed without rules right above it put back: a ruled body whose header (a shaded band
    of column names, no lines) and first row (町税 | 99.12 | 21.40 …) are printed on their own. Only for a grid
    opening on a row of figures; lines are taken upwards while each is a row of a label and figures, or of column
    names in three columns or more (a single name between two such lines too: 債権名 set between the band's two
    lines), its words on the grid's columns; a caption, unit note or sentence stops it. None when nothing is
    taken or no line of column names is found."""
    spans = _column_spans(grid)
    if not _opens_on_figures(grid) or spans is None:
        return None
    height = _row_height(grid)
    above = sorted((ln for ln in page.lines if ln.bbox[3] <= grid.bbox[1] + 2 and ln.text.strip()
                    and not any(centre_inside(ln.bbox, g.bbox) for g in page.grids)), key=lambda ln: -ln.bbox[3])
    taken: list[tuple[Line, list[Cell]]] = []
    kinds: list[str] = []
    bottom = grid.bbox[1]
    for ln in above:
        if bottom - ln.bbox[3] > 1.5 * height:
            break
        row = _unruled_row(ln, spans, page.number)
        kind = "row" if row is not None else "head" if (row := _head_row(ln, spans, page.number, 2 if "head" in kinds
                                                                            else 3)) is not None else \
            "name" if (row := _name_cell(ln, spans, page.number)) is not None else None
        if kind is None or row is None:
            break
        taken.append((ln, row))
        kinds.append(kind)
        bottom = ln.bbox[1]
    while kinds and kinds[-1] == "name":  # a lone name is a header's only between lines of column names
        kinds.pop()
        taken.pop()
    if "head" not in kinds:
        return None
    taken.reverse()
    n = len(taken)
    cells = [replace(c, row=k) for k, (_, row) in enumerate(taken) for c in row]
    cells += [replace(c, row=c.row + n) for c in grid.cells]
    top = min(ln.bbox[1] for ln, _ in taken)
    return Grid(page=grid.page, bbox=(grid.bbox[0], top, grid.bbox[2], grid.bbox[3]), nrows=grid.nrows + n,
                ncols=grid.ncols, cells=cells, pages=list(grid.pages))


def _opens_on_figures(g: Grid) -> bool:
    """True for a grid of two rows or more whose first row is a label and figures (no header of its own)."""
    first = _shape(g.rows()[0]) if g.nrows else ()
    return g.nrows >= 2 and bool(first) and first[0] == "t" and "n" in first[1:]


def _column_spans(g: Grid) -> dict[int, tuple[float, float]] | None:
    """Each column's x-span, from its first unmerged cell on the grid's own page; None when a column has none."""
    spans: dict[int, tuple[float, float]] = {}
    for c in g.cells:
        if c.colspan == 1 and (c.page or g.page) == g.page:
            spans.setdefault(c.col, (c.bbox[0], c.bbox[2]))
    return spans if len(spans) == g.ncols else None


def _words_on(line: Line, spans: dict[int, tuple[float, float]]) -> dict[int, list[str]] | None:
    """The line's words by the column their centre falls in; None when one falls in none."""
    texts: dict[int, list[str]] = {}
    for w in line.words:
        if not w.text.strip():
            continue
        centre = (w.bbox[0] + w.bbox[2]) / 2
        col = next((k for k, (x0, x1) in spans.items() if x0 - 1 <= centre <= x1 + 1), None)
        if col is None:
            return None
        texts.setdefault(col, []).append(w.text)
    return texts


def _cells(texts: dict[int, list[str]], line: Line, spans: dict[int, tuple[float, float]], page: int) -> list[Cell]:
    return [Cell(row=0, col=k, text=" ".join(t), raw=" ".join(t), bbox=(spans[k][0], line.bbox[1], spans[k][1],
                 line.bbox[3]), lines=[" ".join(t)], page=page) for k, t in sorted(texts.items())]


def _head_row(line: Line, spans: dict[int, tuple[float, float]], page: int, least: int = 3) -> list[Cell] | None:
    """A line of column names on the columns (`least` or more: two for group names over a line of column names;
    short, no figure, no caption or note)."""
    texts = _words_on(line, spans)
    if texts is None or len(texts) < least or re.search(r"単位|^\s*(?:表|図|※)|。", line.text):
        return None
    if any(NUMERIC.match(_squash(" ".join(t))) or len(_squash(" ".join(t))) > 14 for t in texts.values()):
        return None
    return _cells(texts, line, spans, page)


def _name_cell(line: Line, spans: dict[int, tuple[float, float]], page: int) -> list[Cell] | None:
    """A lone short name in the first column (債権名 set between the lines of a header band)."""
    texts = _words_on(line, spans)
    if texts is None or list(texts) != [min(spans)] or len(_squash(line.text)) > 8 or re.search(r"単位|表|図|※", line.text):
        return None
    return _cells(texts, line, spans, page)


def _continues_below(upper: Grid, lower: Grid, page: Page) -> bool:
    """True when `lower` is more rows of `upper` drawn as a table of its own right under it: as many columns, no
    header of its own (its first row is a label and figures) under a header row, and nothing printed between the
    two (収入未済額の目標(百万円) | 450 | 420 | 390 under 区分 | R6 | R7 | R8)."""
    gap = lower.bbox[1] - upper.bbox[3]
    if lower.ncols != upper.ncols or upper.nrows < 2 or not -2 <= gap <= 24:
        return False
    if any(ln.bbox[1] >= upper.bbox[3] - 1 and ln.bbox[3] <= lower.bbox[1] + 1 and ln.text.strip() for ln in page.lines):
        return False  # a title or a note between them: two tables
    head, first = _shape(upper.rows()[0]), _shape(lower.rows()[0])
    return "n" not in head and first[0] == "t" and "n" in first[1:]


def _header_laid_over(upper: Grid, lower: Grid, page: Page) -> Grid | None:
    """`upper`'s rows laid over `lower`'s columns when `upper` is the header of `lower` drawn as a table of its own
    with column lines of its own (a header whose rules do not meet the body's): it holds no figure, `lower` right
    under it opens on a row of a label and figures, nothing is printed between them and they are about as wide.
    Each header cell spans the body columns it covers (most of their width; else the one it overlaps most); None
    when two header cells would fall on one slot."""
    gap = lower.bbox[1] - upper.bbox[3]
    if not -2 <= gap <= 3 * _row_height(lower) or lower.nrows < 2 or upper.ncols < 3:
        return None
    if any(NUMERIC.match(_squash(c.text)) for c in upper.cells if _squash(c.text)):
        return None
    if not _opens_on_figures(lower):
        return None
    width = min(upper.bbox[2], lower.bbox[2]) - max(upper.bbox[0], lower.bbox[0])
    if width < 0.8 * (upper.bbox[2] - upper.bbox[0]):
        return None
    spans = _column_spans(lower)
    if spans is None:
        return None
    between = [ln for ln in page.lines if ln.bbox[1] >= upper.bbox[3] - 1 and ln.bbox[3] <= lower.bbox[1] + 1
               and ln.text.strip()]
    loose = [_unruled_row(ln, spans, page.number) for ln in between]  # 市税 | 42,846,999 | … printed between them
    if any(row is None for row in loose):  # without rules: a row of the table; anything else (a title, a note)
        return None  # makes two tables
    cells: list[Cell] = []
    taken: set[tuple[int, int]] = set()
    for c in upper.cells:
        over = {k: min(c.bbox[2], x1) - max(c.bbox[0], x0) for k, (x0, x1) in spans.items()}
        cols = [k for k, v in over.items() if v >= 0.5 * (spans[k][1] - spans[k][0])] or \
            [max(over, key=lambda k: over[k])]
        if over[cols[0]] <= 0:
            continue  # (a cell out beside the body's columns)
        a, b = min(cols), max(cols)
        slots = {(r, k) for r in range(c.row, c.row + c.rowspan) for k in range(a, b + 1)}
        if slots & taken:
            return None
        taken |= slots
        cells.extend(_split_over(c, a, b, spans, page) or [replace(c, col=a, colspan=b - a + 1)])
    for k, row in enumerate(loose):
        cells += [replace(c, row=upper.nrows + k) for c in row or ()]
    top = upper.nrows + len(loose)
    cells += [replace(c, row=c.row + top) for c in lower.cells]
    bbox = (min(upper.bbox[0], lower.bbox[0]), upper.bbox[1], max(upper.bbox[2], lower.bbox[2]), lower.bbox[3])
    return Grid(page=lower.page, bbox=bbox, nrows=top + lower.nrows, ncols=lower.ncols, cells=cells)


def _split_over(c: Cell, a: int, b: int, spans: dict[int, tuple[float, float]], page: Page) -> list[Cell] | None:
    """A header cell over body columns a..b whose words stand one over each of them (現年度分 滞納繰越分 in one cell of
    the header's own grid, over the body's 現年度分 | 滞納繰越分 columns) as a cell per column; None otherwise."""
    if a == b:
        return None
    words = [w for ln in page.lines for w in ln.words if w.text.strip() and centre_inside(w.bbox, c.bbox)]
    by_col: dict[int, list[str]] = {}
    for w in sorted(words, key=lambda w: w.bbox[0]):
        cx = (w.bbox[0] + w.bbox[2]) / 2
        k = next((k for k in range(a, b + 1) if spans[k][0] <= cx <= spans[k][1]), None)
        if k is None:
            return None
        by_col.setdefault(k, []).append(w.text)
    if len(words) < 2 or sorted(by_col) != list(range(a, b + 1)):
        return None
    return [replace(c, col=k, colspan=1, text=" ".join(t), raw=" ".join(t), lines=[" ".join(t)])
            for k, t in sorted(by_col.items())]


def _unruled_row(line: Line, spans: dict[int, tuple[float, float]], page: int) -> list[Cell] | None:
    """A line printed without rules between a table's header and its ruled rows as a row of cells on the rows'
    columns (each word in the column its centre falls in): a label first and figures after it; else None."""
    if SECTION_TITLE.fullmatch(_squash(line.text)):  # 【一般会計】 printed alone between the header and the rows:
        first = min(spans)  # a section row over all the columns
        return [Cell(row=0, col=first, text=line.text.strip(), raw=line.text.strip(), bbox=line.bbox, page=page,
                     lines=[line.text.strip()], colspan=len(spans))]
    texts = _words_on(line, spans)
    if texts is None:
        return None
    shape = [("n" if NUMERIC.match(_squash(" ".join(texts[k]))) else "t") for k in sorted(texts)]
    if len(shape) < 3 or shape[0] != "t" or shape.count("n") < 2 or min(texts) != min(spans):
        return None
    return _cells(texts, line, spans, page)


def _stitch(pages: list[Page]) -> list[Grid]:
    floors = usable_bottom(pages)
    by_number = {p.number: p for p in pages}
    out: list[Grid] = []
    last: tuple[Grid, Page] | None = None
    for p in pages:
        for k, g in enumerate(grids := _put_together(p.grids, p)):
            follows = k == 0 and last is not None and last[1].number == p.number - 1
            spanned = _on_columns(g, last[0]) if follows and last is not None and g.ncols < last[0].ncols else None
            if spanned is not None and last is not None and _headless_rest(spanned, last[0], p):
                _append(out[-1], spanned, p.number)  # 合計 over the label columns, the figures under the last page's
            elif (follows and last is not None
                    and continues((out[-1], by_number[out[-1].page]), last, (g, p),
                                  floors.get(round(last[1].height), 0.0))):
                _append(out[-1], g, p.number)
            else:
                out.append(Grid(page=g.page, bbox=g.bbox, nrows=g.nrows, ncols=g.ncols, cells=list(g.cells),
                                pages=[p.number]))
            last = (g, p) if k == len(grids) - 1 else None
        if not p.grids:
            last = None
    return out


def _on_columns(part: Grid, prev: Grid) -> Grid | None:
    """`part` laid on `prev`'s columns, each cell spanning the columns whose edges it shares (a 合計 row cut onto the
    next page, its label cell over the three label columns of the table); None when an edge of it is none of
    prev's."""
    lefts: dict[int, float] = {}
    rights: dict[int, float] = {}
    last_page = prev.pages[-1] if prev.pages else prev.page
    for c in prev.cells:
        if c.colspan == 1 and (c.page or prev.page) == last_page:
            lefts.setdefault(c.col, c.bbox[0])
            rights.setdefault(c.col, c.bbox[2])
    if len(lefts) != prev.ncols or len(rights) != prev.ncols:
        return None
    cells = []
    for c in part.cells:
        start = next((k for k, x in lefts.items() if abs(x - c.bbox[0]) <= EDGE_TOL), None)
        end = next((k for k, x in rights.items() if abs(x - c.bbox[2]) <= EDGE_TOL), None)
        if start is None or end is None or end < start:
            return None
        cells.append(replace(c, col=start, colspan=end - start + 1))
    return Grid(page=part.page, bbox=part.bbox, nrows=part.nrows, ncols=prev.ncols, cells=cells)


def _headless_rest(part: Grid, prev: Grid, page: Page) -> bool:
    """True for rows of figures at the top of a page with nothing above them, not opening on a header of their own."""
    above = [ln for ln in page.lines if ln.bbox[3] < part.bbox[1] - 1]
    return not above and "n" in _shape(part.rows()[0]) and not _own_header(prev, part)
