"""Tagged 取組 items (【継続】【新規】【拡充】, also 〔継続〕 or [継続]) out of the lines of one 取組 cell.

The cell is a numbered outline: (1) > ① > ア) / ア > ・ (bullets carry no label of their own). A tag at the
end of an item closes it: the item starts at the last labelled line before the tag, unless that line has an
untagged sibling between the previous tag and this one (①②③④ listed under a tagged (5)): then the whole
parent block is the item. A tag that opens its line (after the label, if any: `(1)【継続】督促状…`,
`【新規】…`) leads its item instead: the item runs to the next labelled, tagged or note (※, (参考)) line.
Labels are only recognised at the start of a line, so "(9月移管)" inside a sentence never opens an item.
A labelled line outside every tagged item, with no sub-items of its own, whose siblings (same level, same parent)
carry tags is an item too, with status None (the contract's "else null": a tag the author left off).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

TAG = re.compile(r"[【〔\[]\s*(継続|新規|拡充)\s*[】〕\]]")
NOTE = re.compile(r"^\s*(?:※|[(（](?:参考|注)[)）]|注[)）:：])")
# (pattern, level); a bullet (level 4) opens a block but adds nothing to the label path
LABELS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"^[(（]\s*([0-9０-９]{1,2})\s*[)）]"), 1),
    (re.compile(r"^([①-⑳])"), 2),
    (re.compile(r"^[(（]?([ア-ン])(?:[)）.．]|\s(?=\S))"), 3),
    (re.compile(r"^([・●○◆■])"), 4),
)


@dataclass(frozen=True)
class Outline:
    """One line's outline label: level 1..4 and the label as it enters the path ('' for bullets)."""

    level: int
    label: str
    printed: str


@dataclass(frozen=True)
class TaggedItem:
    """One item: label path ((2)①ア), text without label and tag, status (None: untagged), first line's index."""

    label: str | None
    text: str
    status: str | None
    line: int


def outline_of(line: str) -> Outline | None:
    """The outline label a line starts with, or None for a continuation or plain line."""
    s = line.lstrip()
    for pat, level in LABELS:
        m = pat.match(s)
        if m:
            if level == 1:
                label = f"({int(m.group(1).translate(str.maketrans('０１２３４５６７８９', '0123456789')))})"
            else:
                label = "" if level == 4 else m.group(1)
            return Outline(level, label, m.group(0))
    return None


def _path_label(path: dict[int, str]) -> str | None:
    text = "".join(path[k] for k in sorted(path) if k < 4)
    return text or None


def _start_of_item(labelled: list[tuple[int, Outline]]) -> int | None:
    """Which of the segment's labelled line starts opens the item closed by the tag (see module docstring)."""
    if not labelled:
        return None
    last = labelled[-1][1]
    if not any(o.level == last.level for _, o in labelled[:-1]):
        return len(labelled) - 1
    parents = [k for k, (_, o) in enumerate(labelled) if o.level < last.level]
    return parents[-1] if parents else 0


def tagged_items(lines: list[str]) -> list[TaggedItem]:
    """Every tagged item in the cell's lines, and every untagged leaf line among tagged siblings, in line order
    (other untagged text is context: headings, introductions, notes).

    Lines are joined first, so a tag broken over two lines (【 / 継続】) is still found.
    """
    joined = "".join(lines)
    marks: list[tuple[int, int, Outline]] = []  # (offset, line index, outline) of labelled line starts
    paths: list[dict[int, str]] = []  # the label path in force after each mark
    path: dict[int, str] = {}
    pos = 0
    for n, line in enumerate(lines):
        o = outline_of(line)
        if o is not None:
            path = {k: v for k, v in path.items() if k < o.level}
            path[o.level] = o.label
            marks.append((pos + len(line) - len(line.lstrip()), n, o))
            paths.append(dict(path))
        pos += len(line)
    starts = _line_starts(lines)
    items: list[TaggedItem] = []
    spans: list[tuple[int, int]] = []  # joined-text offsets each tagged item covers, label to tag
    heads: set[int] = set()  # the marks that open a tagged item
    seg_start = 0
    for m in TAG.finditer(joined):
        if m.start() < seg_start:
            continue
        lead = _leading(lines, starts, marks, m)
        if lead is not None:
            n, end = lead
            before = [k for k, (off, _, _) in enumerate(marks) if off <= starts[n]]
            body = joined[m.end():end].strip()
            if body:
                items.append(TaggedItem(_path_label(paths[before[-1]]) if before else None, body, m.group(1), n))
                spans.append((starts[n], end))
                heads.update(k for k in before[-1:] if marks[k][1] == n)
            seg_start = end
            continue
        inside = [k for k, (off, _, _) in enumerate(marks) if seg_start <= off < m.start()]
        pick = _start_of_item([(marks[k][0], marks[k][2]) for k in inside])
        if pick is None:
            before = [k for k, (off, _, _) in enumerate(marks) if off < seg_start]
            label = _path_label(paths[before[-1]]) if before else None
            start, printed, line_no = seg_start, "", _line_at(lines, seg_start)
        else:
            k = inside[pick]
            label = _path_label(paths[k])
            start, line_no, printed = marks[k][0], marks[k][1], marks[k][2].printed
        body = joined[start:m.start()].strip()
        if printed and body.startswith(printed):
            body = body[len(printed):].strip()
        if body:
            items.append(TaggedItem(label, body, m.group(1), line_no))
            spans.append((start, m.end()))
            heads.update(inside[pick:pick + 1] if pick is not None else [])
        seg_start = m.end()
    items += _untagged_siblings(joined, marks, paths, spans, heads)
    return sorted(items, key=lambda it: it.line)


def _untagged_siblings(joined: str, marks: list[tuple[int, int, Outline]], paths: list[dict[int, str]],
                       spans: list[tuple[int, int]], heads: set[int]) -> list[TaggedItem]:
    """Items (status None) of labelled lines that no tagged item covers, that have no sub-items, and that have a
    sibling (same level and parent labels) opening a tagged item."""
    def parent(k: int) -> dict[int, str]:
        return {lv: v for lv, v in paths[k].items() if lv < marks[k][2].level}

    out: list[TaggedItem] = []
    for k, (off, line_no, o) in enumerate(marks):
        nxt = marks[k + 1] if k + 1 < len(marks) else None
        if any(a <= off < b for a, b in spans) or (nxt is not None and nxt[2].level > o.level):
            continue
        if not any(j != k and marks[j][2].level == o.level and parent(j) == parent(k) for j in heads):
            continue
        end = nxt[0] if nxt else len(joined)
        tag = TAG.search(joined, off, end)
        body = joined[off:tag.start() if tag else end].strip()[len(o.printed):].strip()
        if body:
            out.append(TaggedItem(_path_label(paths[k]), body, None, line_no))
    return out


def _line_starts(lines: list[str]) -> list[int]:
    """Offset of each line in the joined text (plus the end of the text)."""
    out, pos = [], 0
    for line in lines:
        out.append(pos)
        pos += len(line)
    return out + [pos]


def _leading(lines: list[str], starts: list[int], marks: list[tuple[int, int, Outline]],
             tag: re.Match[str]) -> tuple[int, int] | None:
    """(line index, end offset) of the item a tag leads: the tag opens its line (after the line's label) and text
    follows it; the item ends before the next labelled, tagged or note line. None for a closing tag."""
    n = _line_at(lines, tag.start())
    label = next((o.printed for off, k, o in marks if k == n), "")
    head = lines[n].lstrip()
    if head.startswith(label):
        head = head[len(label):].lstrip()
    if not head.startswith(tag.group(0)) or not head[len(tag.group(0)):].strip():
        return None
    for k in range(n + 1, len(lines)):
        if outline_of(lines[k]) or TAG.match(lines[k].lstrip()) or NOTE.match(lines[k]):
            return n, starts[k]
    return n, starts[-1]


def _line_at(lines: list[str], offset: int) -> int:
    """Index of the line holding character `offset` of the joined text."""
    pos = 0
    for n, line in enumerate(lines):
        pos += len(line)
        if offset < pos:
            return n
    return max(0, len(lines) - 1)
