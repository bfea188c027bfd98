"""Tables ruled with horizontal lines only (Word styles without vertical borders, booktabs-like layouts).

Horizontal rules of the same extent, stacked on the page and joined by no vertical line, outline a table
candidate. Its rows are the bands between rules (one row per band when most bands hold one text line, as
in Word tables with a rule under every row; otherwise one row per text line, as under a booktabs
midrule). Its columns are the x gaps shared by every body row; a header word running over a gap makes a
cell spanning columns, and a header label with nothing under it spans the header rows. A candidate whose
rows do not fall into at least two columns (prose between two lines, an underlined heading) is dropped.
"""
from __future__ import annotations

from collections.abc import Sequence
import re
from statistics import median

from saiken.extract.chars import Char
from saiken.extract.frames import TOL, Frame, Seg, cluster, regions
from saiken.extract.gaps import TextRow, band_chars, columns_of, line_bands, place, shared_gaps, text_rows
from saiken.extract.lines import make_lines

MIN_RULE = 60.0  # points: a rule shorter than this only subdivides a table (a booktabs \cmidrule)
EXTENT_TOL = 4.0  # points: rules of one table start and end within this
BBox = tuple[float, float, float, float]


def min_gap(chars: Sequence[Char], share: float = 0.8) -> float:
    """The narrowest x gap that separates two columns: most (`share`) of a character of the usual size."""
    sizes = [c.size for c in chars[:400] if c.size > 0]
    return max(3.0, share * median(sizes)) if sizes else 6.0


FIGURE_END = re.compile(r"[0-9%％]")
FIGURE_START = re.compile(r"[0-9△▲\-]")


def _figure_gaps(chars: Sequence[Char], body: list[TextRow], found: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Narrow gaps between columns of figures set close (99.08 99.15 99.22, four points apart): a gap no word of
    the body covers, with a figure ending on its left and one starting on its right in every body row."""
    rows = [[c for c in chars if r.y0 <= c.cy <= r.y1 and not c.c.isspace()] for r in body]
    spans = sorted((c.x0, c.x1) for row in rows for c in row)  # glyph by glyph: close figures read as one word
    out: list[tuple[float, float]] = []
    if not spans:
        return out
    candidates = []
    end = spans[0][1]
    for a, b in spans[1:]:
        if a - end >= 1.5:
            candidates.append((end, a))
        end = max(end, b)
    for lo, hi in candidates:
        if any(a <= lo and hi <= b for a, b in found):
            continue
        sides = 0
        for row in rows:
            left = max((c for c in row if c.x1 <= lo + 0.5), key=lambda c: c.x1, default=None)
            right = min((c for c in row if c.x0 >= hi - 0.5), key=lambda c: c.x0, default=None)
            if left is None or right is None:
                continue
            if not (FIGURE_END.match(left.c) and FIGURE_START.match(right.c) and right.x0 - left.x1 < 2 * (left.size or 9)):
                break
            sides += 1
        else:
            if sides >= 2:
                out.append((lo, hi))
    return out


def _groups(rules: list[Seg]) -> list[list[Seg]]:
    """Long rules grouped by extent (start and end within EXTENT_TOL), each group top to bottom."""
    groups: list[list[Seg]] = []
    for s in sorted(rules, key=lambda s: s.pos):
        for g in groups:
            if abs(g[0].a - s.a) <= EXTENT_TOL and abs(g[0].b - s.b) <= EXTENT_TOL:
                g.append(s)
                break
        else:
            groups.append([s])
    return [g for g in groups if len(g) >= 2]


def _stacked(group: list[Seg], rules: Sequence[Seg]) -> list[Seg]:
    """Rules of the same table as `group` that start or end where it does: row rules drawn past a merged label
    column (210.8–782 under 54–782, the label cell 令和7年2月末 spanning six rows), below the group's header rule and
    down to the last such rule no farther below the one before than the group's own rules are apart."""
    a, b = group[0].a, group[0].b
    ys = sorted(s.pos for s in group)
    if len(ys) < 3:
        return []
    reach = max(y1 - y0 for y0, y1 in zip(ys, ys[1:]))
    shares = sorted((s for s in rules if s not in group and a - TOL <= s.a and s.b <= b + TOL and s.pos > ys[1] + TOL
                     and (abs(s.a - a) <= EXTENT_TOL or abs(s.b - b) <= EXTENT_TOL)), key=lambda s: s.pos)
    out: list[Seg] = []
    last = ys[-1]
    for s in shares:
        if s.pos > last + reach:
            break
        out.append(s)
        last = max(last, s.pos)
    return out


BETWEEN_TABLES = re.compile(r"^\s*(?:※|注|[(（]\s*(?:参考|注)|【|単\s*位\s*[:：]|表\s*[0-9０-９]|[0-9０-９]+\s*[.．、]\s*\S)")


def _split_at_notes(group: list[Seg], chars: Sequence[Char]) -> list[list[Seg]]:
    """Rules of one extent cut where a band far taller than the rows apart opens with a note or a heading (※…,
    （参考）…, 単位：%): two tables of the same width one under the other, not one table (名取川市 別表)."""
    ys = sorted(s.pos for s in group)
    if len(ys) < 4:
        return [group]
    usual = median(b - a for a, b in zip(ys, ys[1:]))
    x0, x1 = group[0].a, group[0].b
    cuts = [(a, b) for a, b in zip(ys, ys[1:]) if b - a > 1.6 * usual and _note_band(
        make_lines(band_chars(chars, x0, a, x1, b)), b - a > 2.5 * usual)
        or _note_band(make_lines(band_chars(chars, x0, a, x1, b)), False)]  # (表2 滞納繰越分 alone between two
    # rules, a row's height apart: the next table's caption)
    parts: list[list[Seg]] = []
    rest = sorted(group, key=lambda s: s.pos)
    for a, b in cuts:
        parts.append([s for s in rest if s.pos <= a + TOL])
        rest = [s for s in rest if s.pos >= b - TOL]
    parts.append(rest)
    return [p for p in parts if len(p) >= 2]


def _note_band(lines: list, tall: bool) -> bool:  # type: ignore[type-arg]
    """True for the lines of a band between two tables: one opening with a note or heading in a band far taller than
    the rows; in a band less tall, a caption line alone (表5　調定額・収入済額等の推移（決算）　単位：百万円)."""
    if tall:
        return any(BETWEEN_TABLES.match(ln.text) for ln in lines)
    return len(lines) == 1 and bool(re.match(r"^\s*表\s*[0-9０-９]", lines[0].text)) and \
        not re.search(r"[0-9][0-9,]{3,}|[0-9]\.[0-9]", lines[0].text)


MARKS = frozenset("○◯〇×✕△▲◎－-―ー")


def _marks_only(row_chars: Sequence[Char]) -> bool:
    """True for a row whose figures are only marks (目標の達成見込 | ○ | × …), besides its label."""
    marks = [c for c in row_chars if c.c in MARKS]
    return len(marks) >= 2 and not any(c.c.isdigit() for c in row_chars)


def _inside(s: Seg, box: BBox) -> bool:
    return box[1] - TOL <= s.pos <= box[3] + TOL and s.a < box[2] and s.b > box[0]


def _one_row(chars: Sequence[Char], x0: float, x1: float, top: float, bottom: float) -> bool:
    """True for a band of two or three lines of which one holds figures: a row whose label wraps
    (下水道使用料収納率（現年度 | 99.10 … over 分）)."""
    lines = make_lines(band_chars(chars, x0, top, x1, bottom))
    return len(lines) <= 3 and sum(1 for ln in lines if re.search(r"[0-9]", ln.text)) <= 1


def _figure_lines(chars: Sequence[Char], x0: float, x1: float, top: float, bottom: float) -> int:
    """How many text lines of a band hold a figure (the body of a table ruled only under its header and above its
    total: 市税 … 97.64 / 国民健康保険税 … 86.12 between two rules)."""
    return sum(1 for ln in make_lines(band_chars(chars, x0, top, x1, bottom)) if re.search(r"[0-9][0-9,.]*[0-9]", ln.text))


def _labelled_rows(chars: Sequence[Char], x0: float, x1: float, top: float, bottom: float) -> int:
    """How many text lines of a band open with a label and hold a figure (小計 … / 国民健康保険料 … between two
    rules: two rows; 1,234 over (1,100) stacked in one row's cells: none)."""
    return sum(1 for ln in make_lines(band_chars(chars, x0, top, x1, bottom))
               if re.search(r"[0-9][0-9,.]*[0-9]", ln.text) and not re.match(r"\s*[△▲(（\-]?[0-9]", ln.text))


def _boundaries(chars: Sequence[Char], x0: float, x1: float, ys: list[float]) -> tuple[list[float], set[float]]:
    """Row boundaries over the rules `ys`, and the subset inferred between text lines (not drawn)."""
    per_band = [line_bands(chars, x0, x1, top, bottom) for top, bottom in zip(ys, ys[1:])]
    one_line = sum(1 for cuts, top, bottom in zip(per_band, ys, ys[1:])
                   if len(cuts) <= 2 or _one_row(chars, x0, x1, top, bottom))
    ruled_rows = len(per_band) > 2 and one_line * 2 >= len(per_band)
    out = [ys[0]]
    inferred: set[float] = set()
    for k, (cuts, top, bottom) in enumerate(zip(per_band, ys, ys[1:])):
        many = (len(cuts) > 3 or len(cuts) == 3 and _labelled_rows(chars, x0, x1, top, bottom) == 2) \
            and _figure_lines(chars, x0, x1, top, bottom) >= 2  # rows of figures under one rule (two: each its label)
        inner = [] if ruled_rows and (k > 0 or len(ys) < 4) and not many else cuts[1:-1]  # header lines: own rows
        out.extend(inner)
        inferred.update(inner)
        out.append(cuts[-1])
    return out, inferred


def _header_cuts(xs: list[float], rows: list[TextRow], ys: list[float], inferred: set[float],
                 header_rows: int, grouped: Sequence[set[float]] = ()) -> list[Seg]:
    """Inferred row cuts as segments: across the body; in the header only over columns with text below or under
    a line of group headings (`grouped`: the boundaries each header line's headings run over)."""
    out: list[Seg] = []
    for r in range(1, len(ys) - 1):
        y = ys[r]
        if y not in inferred:
            continue
        over = grouped[r - 1] if r - 1 < len(grouped) else set()
        for c in range(len(xs) - 1):
            below = rows[r]
            if r >= header_rows or any(xs[c] <= (a + b) / 2 <= xs[c + 1] for a, b in below.words) or \
                    xs[c] in over or xs[c + 1] in over:
                out.append(Seg(True, y, xs[c], xs[c + 1]))
    return out


def _rules_under(r: int, ys: list[float], hs: list[Seg]) -> list[Seg]:
    """Rules drawn under row r: between its top and the middle of the next row."""
    if r + 2 >= len(ys):
        return []
    low = (ys[r + 1] + ys[r + 2]) / 2
    return [s for s in hs if ys[r] < s.pos <= low]


def _headings(row: TextRow) -> list[tuple[float, float]]:
    """The row's words with letter-spaced pieces joined (債　権　名 is one heading; 調定額 | 収入済額 a glyph's width
    apart are two)."""
    words: list[tuple[float, float]] = []
    height = row.y1 - row.y0
    for a, b in sorted(row.words):
        if words and a - words[-1][1] < height and min(b - a, words[-1][1] - words[-1][0]) < height:
            words[-1] = (words[-1][0], b)
        else:
            words.append((a, b))
    return words


def _runs(centres: list[float], home: list[int], xs: list[float], c0: int, c1: int) -> list[tuple[int, int]]:
    """Columns c0..c1 cut into one contiguous run per heading (in order), each run holding its heading's column
    `home` and centred on the heading as nearly as can be: a group heading is centred over the columns it spans."""
    best: tuple[float, list[tuple[int, int]]] = (float("inf"), [])

    def walk(i: int, start: int, cost: float, acc: list[tuple[int, int]]) -> None:
        nonlocal best
        last = i == len(centres) - 1
        for end in ([c1] if last else range(home[i], home[i + 1])):
            if end < home[i]:
                continue
            c = cost + abs((xs[start] + xs[end + 1]) / 2 - centres[i])
            if c >= best[0]:
                continue
            if last:
                best = (c, acc + [(start, end)])
            else:
                walk(i + 1, end + 1, c, acc + [(start, end)])

    if centres and all(c0 <= h <= c1 for h in home) and home == sorted(home) and len(set(home)) == len(home):
        walk(0, c0, 0.0, [])
    return best[1]


def _spans(row: TextRow, xs: list[float], rules: list[Seg]) -> set[float]:
    """Column boundaries that a header row's headings run over, where rules drawn under the row show the groups:
    the columns under a rule are shared out among the headings above it, each heading over a contiguous run centred
    on it (強制徴収公債権 over 市税 … 介護保険料 and 非強制徴収公債権 over 保育所保育料, one rule under both)."""
    out: set[float] = set()
    for lo, hi in _merged(rules):
        cols = [c for c in range(len(xs) - 1) if min(xs[c + 1], hi) - max(xs[c], lo) > (xs[c + 1] - xs[c]) / 2]
        heads = [(a, b) for a, b in _headings(row) if lo <= (a + b) / 2 <= hi]
        if len(cols) < 2 or not heads:
            continue
        centres = [(a + b) / 2 for a, b in heads]
        home = [next((c for c in cols if xs[c] <= m < xs[c + 1]), -1) for m in centres]
        for s, e in _runs(centres, home, xs, cols[0], cols[-1]):
            out.update(xs[k] for k in range(s + 1, e + 1))
    return out


def _merged(rules: list[Seg]) -> list[tuple[float, float]]:
    """The x extents of collinear rules, touching ones joined."""
    out: list[list[float]] = []
    for s in sorted(rules, key=lambda s: s.a):
        if out and s.a <= out[-1][1] + TOL:
            out[-1][1] = max(out[-1][1], s.b)
        else:
            out.append([s.a, s.b])
    return [(a, b) for a, b in out]


def _grouped(xs: list[float], row: TextRow, lower: list[TextRow]) -> set[float]:
    """Column boundaries a header line of group headings runs over, no rule showing its spans: each heading covers
    the headings below it that lie nearer to it than to its neighbours (現年度分 over 調定額 … 前年同期, 滞納繰越分 over the
    next four; a lone 5年度（令和6年2月29日現在） over all of them)."""
    words = _headings(row)
    if not words or not lower:
        return set()
    centres = [(a + b) / 2 for a, b in words]
    below = sorted({(a + b) / 2 for r in lower for a, b in r.words})
    out: set[float] = set()
    for i, c in enumerate(centres):
        lo = (centres[i - 1] + c) / 2 if i else float("-inf")
        hi = (c + centres[i + 1]) / 2 if i + 1 < len(centres) else float("inf")
        cols = sorted({k for m in below if lo < m < hi for k in range(len(xs) - 1) if xs[k] <= m < xs[k + 1]})
        own = columns_of(TextRow(row.y0, row.y1, [words[i]]), xs)
        if len(cols) >= 2 and own <= set(range(cols[0], cols[-1] + 1)):
            out.update(xs[k] for k in range(max(cols[0] + 1, 2), cols[-1] + 1))  # never over the label column
    return out


def _join_header_lines(xs: list[float], ys: list[float], rows: list[TextRow], inferred: set[float],
                       header_rows: int) -> tuple[list[float], list[TextRow], int]:
    """Header lines that share no column with any other header line are one header row (a label set between two
    lines of headings); a line of group headings (現年度分 | 滞納繰越分 over 調定額 …) stays a row of its own."""
    keep = [ys[0]]
    joined = [rows[0]]
    for r in range(1, len(rows)):
        y, row = ys[r], rows[r]
        below = set().union(*(columns_of(x, xs) for x in rows[r + 1:header_rows]))
        if r < header_rows and y in inferred and not columns_of(row, xs) & (columns_of(joined[-1], xs) | below):
            joined[-1] = TextRow(joined[-1].y0, row.y1, joined[-1].words + row.words)
            header_rows -= 1
            continue
        keep.append(y)
        joined.append(row)
    keep.append(ys[-1])
    return keep, joined, header_rows


CAPTION_WORDS = re.compile(r"単\s*位\s*[:：]|計画期間\s*[:：]|[:：]\s*令和")  # a unit note, a plan period: a caption
NUMBERED = re.compile(r"^\s*(?:[0-9０-９]{1,2}\s+|[(（][0-9０-９]{1,2}[)）])\S")  # 1 収納状況の推移, (2) 目標
SHEET_DEBT = re.compile(r"^\s*債権(?:の)?名(?:称)?\s*[:：]?\s*(\S+)")


def _caption_band(text: str) -> bool:
    """True for a line printed between two rules over a table that is no row of it: the table's numbered caption or
    unit note, or the sheet's 債権名 line (債権名　国民健康保険税（保険年金課）)."""
    from saiken.extract.scope import is_debt_name  # (scope reads the page model: imported when needed)

    if re.search(r"[0-9][0-9,]{3,}|[0-9]\.[0-9]", text):
        return False  # figures: a row
    debt = SHEET_DEBT.match(text)
    if CAPTION_WORDS.search(text) or NUMBERED.search(text):
        return True
    return bool(debt and is_debt_name(re.sub(r"[(（].*$", "", debt.group(1)), known_only=True))


def rules_table(group: list[Seg], others: list[Seg], chars: Sequence[Char], fills: Sequence[BBox] = ()) -> Frame | None:
    """The table outlined by `group` (same-extent rules); `others` may hold partial rules inside it, `fills` the
    page's shaded rectangles (a header cell shaded on its own shows where the cell ends)."""
    x0, x1 = min(s.a for s in group), max(s.b for s in group)
    group = group + _stacked(group, others)
    rule_ys = cluster(s.pos for s in group)
    if len(rule_ys) < 2:
        return None
    if len(rule_ys) >= 3:  # a page header's underline of the same width above the table is no top rule: white space
        first = make_lines(band_chars(chars, x0, rule_ys[0], x1, rule_ys[1]))  # under it, then a band far taller
        bands = sorted(b - a for a, b in zip(rule_ys, rule_ys[1:]))  # than the table's rows (or blank for lines),
        gap = first[0].bbox[1] - rule_ys[0] if first else 0.0  # or nothing at all under it (the part of a table
        if not first and rule_ys[1] - rule_ys[0] > 2 * TOL or len(rule_ys) >= 4 and first and \
                gap > 1.2 * max(first[0].size, 6.0) and (rule_ys[1] - rule_ys[0] > 2 * bands[len(bands) // 2]
                                                         or gap > 2.0 * max(first[0].size, 6.0)):  # on the next page)
            rule_ys = rule_ys[1:]
            group = [s for s in group if s.pos > rule_ys[0] - TOL]
    while len(rule_ys) >= 4:  # bands over the header that hold the sheet's 債権名 line or the table's caption (1 収納状況
        band = make_lines(band_chars(chars, x0, rule_ys[0], x1, rule_ys[1]))  # の推移 (単位：千円、%)), ruled like rows
        if len(band) == 1 and _caption_band(band[0].text):
            rule_ys = rule_ys[1:]
            group = [s for s in group if s.pos > rule_ys[0] - TOL]
        else:
            break
    ys, inferred = _boundaries(chars, x0 - 2, x1 + 2, rule_ys)
    heads = [s for s in others if len(rule_ys) >= 3 and x0 - TOL <= s.a and s.b <= x1 + TOL
             and rule_ys[0] + 3 < s.pos < rule_ys[1] - 3]  # rules drawn under part of the header
    if heads:  # (under 現年度分 | 滞納繰越分, not under 債権名): row cuts
        drawn = cluster(s.pos for s in heads)  # an inferred cut that leaves no text between it and a drawn one
        near = {y for y in inferred if any(not band_chars(chars, x0, min(y, d), x1, max(y, d)) for d in drawn)}
        ys, inferred = sorted({y for y in ys if y not in near} | set(drawn)), inferred - near  # is the same cut
    rows = text_rows(chars, x0 - 2, x1 + 2, ys)
    header_rows = sum(1 for y in ys if y < rule_ys[1]) if len(rule_ys) >= 3 else 0
    body = [r for r in rows[header_rows:] if r.words]
    if len(body) < 2 or (len(rule_ys) == 2 and len(body) < 3):
        return None
    own = band_chars(chars, x0 - 2, ys[0], x1 + 2, ys[-1])  # the table's own type size: small print, narrow gaps
    spaced = [r for r in body if not _marks_only(band_chars(chars, x0 - 2, r.y0, x1 + 2, r.y1))] or body
    gaps = shared_gaps(spaced, min_gap(own, 0.6) if own else min_gap(chars))  # (a row of ○ / × centred under the
    # headers, beside right-aligned figures, cuts no column of its own)
    close = _figure_gaps(own, body, gaps)
    gaps = sorted(gaps + close)
    ends = [e for s in heads for e in (s.a, s.b)]  # where a header rule starts or ends inside a gap, the boundary
    ends += [e for f in fills if rule_ys[0] - TOL <= f[1] and f[3] <= rule_ys[1] + TOL and len(rule_ys) >= 3
             and f[2] - f[0] < x1 - x0 - TOL for e in (f[0], f[2])]  # and so does the side of a shaded header cell
    cuts = [next((e for e in ends if lo < e < hi), x) for (lo, hi), x in zip(gaps, place(gaps, rows))]
    xs = [x0, *(g for g in cuts if x0 < g < x1), x1]
    if len(xs) < 3:
        return None
    if sum(1 for r in body if len(columns_of(r, xs)) >= 2) < max(2, 0.6 * len(body)):
        return None
    if header_rows > 1:
        ys, rows, header_rows = _join_header_lines(xs, ys, rows, inferred, header_rows)
    partial = [s for s in others if x0 - TOL <= s.a and s.b <= x1 + TOL and ys[0] < s.pos < ys[-1]
               and s.b - s.a < x1 - x0 - EXTENT_TOL]
    grouped = [set() if _rules_under(k, ys, partial) else _grouped(xs, rows[k], rows[k + 1:header_rows])
               for k in range(max(0, header_rows - 1))]  # drawn rules show the groups (_spans)
    shaded = [_shaded_edges(xs, rows[k], fills) for k in range(header_rows)]
    grouped = [g - shaded[k] for k, g in enumerate(grouped)]  # 令和5年度 over 目標※1 in one shaded cell: no group
    hs = list(group) + partial + _header_cuts(xs, rows, ys, inferred, header_rows, grouped)
    spans = [_spans(rows[k], xs, _rules_under(k, ys, partial)) - shaded[k] for k in range(header_rows)]
    between = {x for x in xs if any(lo <= x <= hi for lo, hi in close)}  # (words of close figures run over them)
    vs = [Seg(False, x, r.y0, r.y1) for x in xs for k, r in enumerate(rows)
          if (x in between and k >= header_rows or not r.crosses(x) or k < header_rows and x in shaded[k])
          and not (k < header_rows and x in spans[k])
          and not (k < len(grouped) and x in grouped[k])]
    vs += [Seg(False, x, ys[0], ys[-1]) for x in (x0, x1)]
    return Frame(xs, ys, regions(xs, ys, hs, vs))


def _shaded_edges(xs: list[float], row: TextRow, fills: Sequence[BBox]) -> set[float]:
    """Column boundaries that the side of a shaded cell runs down across the row: a heading does not span them."""
    return {x for x in xs[1:-1] for f in fills if f[1] <= row.y0 + TOL and row.y1 - TOL <= f[3]
            and (abs(f[0] - x) <= 4 * TOL or abs(f[2] - x) <= 4 * TOL) and f[2] - f[0] < xs[-1] - xs[0] - TOL}
    # (a boundary found from the text's gaps lies a few points off the drawn edge)


def rule_frames(hsegs: Sequence[Seg], chars: Sequence[Char], taken: Sequence[BBox],
                fills: Sequence[BBox] = ()) -> list[Frame]:
    """Tables outlined by horizontal rules alone (see module docstring), outside the boxes in `taken`."""
    free = [s for s in hsegs if not any(_inside(s, b) for b in taken)]
    out: list[Frame] = []
    boxes = list(taken)
    groups = [(part, g) for g in _groups([s for s in free if s.b - s.a >= MIN_RULE]) for part in _split_at_notes(g, chars)]
    for g, whole in sorted(groups, key=lambda gw: gw[0][0].a - gw[0][0].b):
        siblings = [s for s in whole if s not in g]  # (the other table of a group cut at a caption: not this one's)
        f = rules_table(g, [s for s in free if s not in g and s not in siblings], chars, fills)
        if f is not None and not any(b[1] < f.ys[-1] and f.ys[0] < b[3] and b[0] < f.xs[-1] and f.xs[0] < b[2]
                                     for b in boxes):
            out.append(f)
            boxes.append(f.bbox)
    return out
