"""Splitting a 取組 cell of a 推進シート into items, and reading an item's 【継続】【新規】【拡充】 tag.

A cell's lines (Cell.lines, folded) start a new item where a line begins with a bullet (・ ● ○ ◆ ■ ◇ □ ◎; ※ is
not a bullet) or with a status tag; lines before the first bullet form an item of their own. A cell whose first
line starts with a number (① (1) 1.) starts an item at each line opening with a number after a finished sentence.
A cell with neither is split into paragraphs: a line ending with 。 closes one. Tags may be printed 【継続】,
[継続], 〔継続〕, (継続), <継続> or 《継続》.
"""
from __future__ import annotations

import re

from saiken.extract.lines import join_words

BULLETS = "・●○◆◇■□◎"
STATUSES = ("継続", "新規", "拡充")
_OPEN, _CLOSE = r"[【\[〔(<《〈［（＜]", r"[】\]〕)>》〉］）＞]"
TAG = re.compile(rf"^\s*{_OPEN}\s*(継続|新規|拡充)\s*{_CLOSE}\s*")
_TAG_AT_END = re.compile(rf"{_OPEN}\s*(継続|新規|拡充)\s*{_CLOSE}\s*$")
_NUMBER = re.compile(r"^\s*(?:[①-⑳]|[(（]\d{1,2}[)）]|\d{1,2}[.．)）](?!\d))")
_SENTENCE_END = ("。", "．")


def join_lines(lines: list[str]) -> str:
    """Lines of one item joined as cell text is: '' between lines, a space between two ASCII alphanumerics."""
    return join_words([x.strip() for x in lines])


def _bulleted(line: str) -> bool:
    s = line.lstrip()
    return bool(s) and (s[0] in BULLETS or bool(TAG.match(s)))


def _starts(lines: list[str]) -> list[bool]:
    """For each (non-empty) line, whether it opens a new item, by the cell's own convention."""
    if any(_bulleted(ln) for ln in lines):
        return [_bulleted(ln) for ln in lines]
    after_sentence = [False] + [prev.rstrip().endswith(_SENTENCE_END) for prev in lines[:-1]]
    if _NUMBER.match(lines[0]):
        return [k == 0 or (bool(_NUMBER.match(ln)) and after_sentence[k]) for k, ln in enumerate(lines)]
    return after_sentence


def split_items(lines: list[str]) -> list[str]:
    """The items of a cell, bullets removed, each joined into one string (empty cells give [])."""
    lines = [ln for ln in lines if ln.strip()]
    if not lines:
        return []
    groups: list[list[str]] = []
    for ln, start in zip(lines, _starts(lines)):
        if start or not groups:
            groups.append([ln])
        else:
            groups[-1].append(ln)
    items = []
    for g in groups:
        text = join_lines(g).lstrip(BULLETS).strip()
        if text:
            items.append(text)
    return items


def status_of(item: str) -> tuple[str | None, str]:
    """(status, text without the tag) for an item that carries 【継続】/【新規】/【拡充】 (or [継続], 〔継続〕 …) at its
    start or end; (None, item) otherwise."""
    m = TAG.match(item)
    if m:
        return m.group(1), item[m.end():].strip()
    m = _TAG_AT_END.search(item)
    if m:
        return m.group(1), item[:m.start()].strip()
    return None, item
