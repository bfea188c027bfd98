"""Tables drawn with no rules at all: columns of figures aligned by position only (an Excel range printed
without borders, a statistical block typed with tabs).

A run of three or more consecutive text lines that each hold two or more figures, whose words leave shared
column gaps, is a table body; the lines just above it that hold no figure and whose words sit over those
columns (元年度 | 2年度 | …) are its header. The block is handed to the rules-only reader (extract/rules.py) as
if ruled above the header, under the header and under every row (a row label wrapped onto a line of its own stays
in its row), so it gets the same columns, spans and header rows as a table ruled with horizontal lines only.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from saiken.extract.chars import Char
from saiken.extract.frames import Frame, Seg
from saiken.extract.layout import Line
from saiken.extract.lines import make_lines
from saiken.extract.rules import CAPTION_WORDS, rules_table
from saiken.extract.statkeys import NOTE_START, segment_of  # 「※ 市税の内訳 … 16,394,802 千円」 under the rows: a note, no row

BBox = tuple[float, float, float, float]
FIGURE = re.compile(r"^[△▲▼\-－−]?[0-9０-９][0-9０-９,，.．]*\s*(?:%|％|円|千円|人|件|世帯|百万円)?(?:以上|以下|未満)?"
                    r"(?:[(（][△▲▼\-－−]?[0-9０-９][0-9０-９,，.．]*[)）])?$")  # 52.84（52.31）: the year before bracketed
MIN_BODY = 3  # lines of figures: fewer is a sentence or two, not a table


def _figure(text: str) -> bool:
    """A figure of a statistical table: a number with a separator, a sign, a unit or three digits (seat numbers
    1 番, 16 番 of a members' list are not)."""
    text = text.strip()
    if re.fullmatch(r"(?:19|20)[0-9]{2}", text):
        return False  # 2023 | 2024 | 2025: a header of years
    return bool(FIGURE.match(text)) and (bool(re.search(r"[,，.．%％円人件帯△▲▼]", text)) or
                                         len(re.sub(r"\D", "", text)) >= 3)


def _figures(line: Line) -> int:
    return sum(1 for w in line.words if _figure(w.text))


DASH_WORD = re.compile(r"^[-－―—‐ー–]$")  # a cell printing no figure on purpose


def _row_figures(line: Line) -> int:
    """Figure cells of a body row: its figures, and its dashes where it has a figure too (平成30年度 468,652 － －:
    the first year has no 増減)."""
    n = _figures(line)
    return n + sum(1 for w in line.words if DASH_WORD.match(w.text.strip())) if n else 0


SMALL_COUNT = re.compile(r"^[0-9０-９]{1,3}$")  # 96 | 104: counts of one to three digits


def _loose(text: str) -> bool:
    """A figure, or a small count (96 | 104) that is one in a row between rows of figures."""
    return _figure(text) or bool(SMALL_COUNT.match(text.strip()))


def _loose_figures(line: Line) -> int:
    """Figures of a row between rows of figures: small counts too (差押件数（件） 96 104 between 1,862 | 1,795 and
    41,230 | 37,690)."""
    return sum(1 for w in line.words if _loose(w.text))


def _overlaps(box: BBox, taken: Sequence[BBox]) -> bool:
    return any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in taken)


def _header(lines: list[Line], start: int, x0: float, x1: float) -> int:
    """Index of the first header line above lines[start]: up to two lines of two or more words, no figure,
    close above (two lines' height) and inside the body's width (a unit note alone at the right edge is no header)."""
    first = start
    for k in range(start - 1, max(-1, start - 3), -1):
        ln, below = lines[k], lines[k + 1]
        gap = below.bbox[1] - ln.bbox[3]
        if len(ln.words) < 2 or _figures(ln) or gap > 2.0 * max(ln.size, 6.0) or \
                ln.bbox[0] < x0 - 40 or ln.bbox[2] > x1 + 40 or CAPTION_WORDS.search(ln.text):
            break  # (「計画期間：令和7年度～令和9年度　単位：%」 over the header is the table's caption)
        first = k
    return first


def _wrapped(lines: list[Line], j: int) -> bool:
    """True for the wrapped end of a row label (後期高齢者医療 | figures… over 保険料): one word, no figure, starting
    where the row above starts, with a row of figures after it."""
    ln, above = lines[j], lines[j - 1]
    return len(ln.words) == 1 and not _figures(ln) and abs(ln.bbox[0] - above.bbox[0]) <= max(ln.size, 6.0) \
        and j + 1 < len(lines) and _figures(lines[j + 1]) >= 2


def _group_head(lines: list[Line], k: int) -> bool:
    """True for a debt's name on a line of its own over rows labelled by segment (市　税 over 現年課税分 | figures…,
    滞納繰越分 | …, 計 | …): a row of its own, not part of the header nor the wrapped end of the row above."""
    if not 0 <= k < len(lines) - 1:
        return False
    ln, below = lines[k], lines[k + 1]
    figures = [w.bbox[0] for w in below.words if _figure(w.text)]
    return not _figures(ln) and len(figures) >= 2 and ln.bbox[2] < min(figures) and segment_of(ln.text) is None \
        and segment_of(below.words[0].text) is not None and below.bbox[1] - ln.bbox[3] <= 1.5 * max(ln.size, 6.0)


def _aligned(body: list[Line]) -> bool:
    """True when two or more figure columns line up down the body: right edges (figures are set flush right)
    or left edges shared by three quarters of the lines. Bullets of `label：figure` pairs do not."""
    for side in (2, 0):
        edges = [[w.bbox[side] for w in ln.words if _loose(w.text)] for ln in body]
        for ref in (edges[0], edges[-1]):  # the first row's figures, or the last's (a 合計 row with fewer)
            if sum(1 for x in ref if sum(any(abs(x - y) <= 3 for y in e) for e in edges) >= 0.75 * len(body)) >= 2:
                return True
    return False


PROSE = re.compile(r"。|[ぁ-ん]{3,}")  # (not うち現年分: a row label)


def _beside_prose(lines: list[Line]) -> float | None:
    """Where a block's lines start once the prose set beside them in another column is left out: the left edge of
    what follows a wide gap after words of prose (no figure among them), in two lines or more; None when no line
    opens on prose so set apart."""
    cuts = []
    for ln in lines:
        ws = sorted((w for w in ln.words if w.text.strip()), key=lambda w: w.bbox[0])
        for k in range(1, len(ws)):
            left = ws[:k]
            if ws[k].bbox[0] - ws[k - 1].bbox[2] >= 2 * max(ln.size, 6.0) and \
                    PROSE.search("".join(w.text for w in left)) and not any(_figure(w.text) for w in left):
                cuts.append(ws[k].bbox[0])
                break
    return min(cuts) if len(cuts) >= 2 else None


MIN_LISTED = 4  # rows of a list with one figure column (a 参考資料 list of debts with their 収入未済額)


def _listed(ln: Line, size: float) -> bool:
    """A row of a list set without rules whose last column alone holds a figure: three words or more, apart from each
    other by a character's width at least, the figure the last."""
    ws = [w for w in ln.words if w.text.strip()]
    return len(ws) >= 3 and _figure(ws[-1].text) and not any(_figure(w.text) for w in ws[:-1]) and all(
        b.bbox[0] - a.bbox[2] >= size for a, b in zip(ws, ws[1:])) and not NOTE_START.match(ln.text)


def _list_frames(lines: list[Line], chars: Sequence[Char], taken: Sequence[BBox]) -> list[Frame]:
    """Lists set without rules whose rows print one figure, in the last column (債権名 | 所管課 | 根拠法令 | 区分 | 収入未済額
    over 市税 | 税務課 | 地方税法 | 強 | 90,787): four rows or more, their first words and figures aligned, under a header
    line of as many words, its last one over the figures."""
    out: list[Frame] = []
    i = 0
    while i < len(lines):
        size = max(lines[i].size, 6.0)
        j = i
        while j < len(lines) and _listed(lines[j], size) and (j == i or (
                lines[j].bbox[1] - lines[j - 1].bbox[3] <= 1.5 * size
                and abs(lines[j].words[0].bbox[0] - lines[i].words[0].bbox[0]) <= 3
                and abs(lines[j].words[-1].bbox[2] - lines[i].words[-1].bbox[2]) <= 3
                and len(lines[j].words) == len(lines[i].words))):
            j += 1
        if j - i < MIN_LISTED or i == 0:
            i = max(j, i + 1)
            continue
        head = lines[i - 1]
        right = lines[i].words[-1].bbox
        if len(head.words) != len(lines[i].words) or _figures(head) or \
                lines[i].bbox[1] - head.bbox[3] > 1.5 * size or not (head.words[-1].bbox[0] <= right[2] + 3
                                                                      and head.words[-1].bbox[2] >= right[0] - 3):
            i = j
            continue
        x0 = min(ln.bbox[0] for ln in lines[i - 1:j]) - 1
        x1 = max(ln.bbox[2] for ln in lines[i - 1:j]) + 1
        ys = [head.bbox[1] - 1, (head.bbox[3] + lines[i].bbox[1]) / 2] + \
            [(a.bbox[3] + b.bbox[1]) / 2 for a, b in zip(lines[i:j], lines[i + 1:j])] + [lines[j - 1].bbox[3] + 1]
        frame = rules_table([Seg(True, y, x0, x1) for y in ys], [], chars)
        if frame is not None and not _overlaps(frame.bbox, [*taken, *(f.bbox for f in out)]):
            out.append(frame)
        i = j
    return out


def bare_frames(chars: Sequence[Char], taken: Sequence[BBox]) -> list[Frame]:
    """Tables with no rules among `chars` outside the boxes in `taken` (see module docstring)."""
    free = [c for c in chars if not _overlaps((c.x0, c.y0, c.x1, c.y1), taken)]
    lines = [ln for ln in make_lines(free) if ln.words]
    out: list[Frame] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and not NOTE_START.match(lines[j].text) and (
                _row_figures(lines[j]) >= 2 or j > i and (_wrapped(lines, j) or _group_head(lines, j))
                or j > i and _loose_figures(lines[j]) >= 2 and j + 1 < len(lines) and _figures(lines[j + 1]) >= 2) and (
                j == i or lines[j].bbox[1] - lines[j - 1].bbox[3] <= 1.5 * max(lines[j].size, 6.0)):
            j += 1
        while j > i and _row_figures(lines[j - 1]) < 2:
            j -= 1
        x0 = min((ln.bbox[0] for ln in lines[i:j]), default=0.0)
        x1 = max((ln.bbox[2] for ln in lines[i:j]), default=0.0)
        short = j - i == MIN_BODY - 1 and all(_figures(ln) >= 3 for ln in lines[i:j]) and _header(lines, i, x0, x1) < i
        if j - i < MIN_BODY and not short:  # two rows of three figures or more under a header are a table too
            i = max(j, i + 1)
            continue
        if not _aligned(lines[i:j]):
            i = j
            continue
        while i > 0 and _group_head(lines, i - 1):
            i -= 1  # 市　税 over the first rows: the first group's name
        body = lines[i:j]
        h = _header(lines, i, x0, x1)
        head = lines[h:i]
        x0 = min([x0, *(ln.bbox[0] for ln in head)]) - 1
        cut = _beside_prose([*head, *body])
        if cut is not None:  # a table in the right column of a page set in two: the left column's prose is no part
            x0 = max(x0, cut - 1)  # of it
        x1 = max([x1, *(ln.bbox[2] for ln in head)]) + 1
        top = lines[h].bbox[1] - 1
        bottom = body[-1].bbox[3] + 1
        rows = [(a.bbox[3] + b.bbox[1]) / 2 for k, (a, b) in enumerate(zip(body, body[1:]))
                if _loose_figures(b) >= 2 or _row_figures(b) >= 2 or _group_head(body, k + 1)]  # a rule under
        ys = [top] + ([(head[-1].bbox[3] + body[0].bbox[1]) / 2] if head else []) + rows + [bottom]  # each row
        frame = rules_table([Seg(True, y, x0, x1) for y in ys], [], chars)
        if frame is not None and not _overlaps(frame.bbox, [*taken, *(f.bbox for f in out)]):
            out.append(frame)
        i = j
    return out + _list_frames(lines, chars, [*taken, *(f.bbox for f in out)])
