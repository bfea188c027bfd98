"""Splitting a 取組 cell of a 推進シート into items, and reading an item's 【継続】【新規】【拡充】 tag.

A cell's lines (Cell.lines, folded) start a new item where a line begins with a bullet (・ ● ○ ◆ ■ ◇ □ ※ is
not a bullet) or with a status tag; lines before the first bullet form an item of their own. A cell without
bullets is one item.
"""
from __future__ import annotations

import re

BULLETS = "・●○◆◇■□◎"
TAG = re.compile(r"^\s*【(継続|新規|拡充)】\s*")
_TAG_ANYWHERE = re.compile(r"【(継続|新規|拡充)】")


def join_lines(lines: list[str]) -> str:
    """Lines of one item joined as cell text is: '' between lines, a space between two ASCII alphanumerics."""
    out = ""
    for ln in (x.strip() for x in lines):
        if not ln:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and ln[0].isascii() and ln[0].isalnum():
            out += " "
        out += ln
    return out


def _starts_item(line: str) -> bool:
    s = line.lstrip()
    return bool(s) and (s[0] in BULLETS or bool(TAG.match(s)))


def split_items(lines: list[str]) -> list[str]:
    """The items of a cell, bullets removed, each joined into one string (empty cells give [])."""
    groups: list[list[str]] = []
    for ln in lines:
        if not ln.strip():
            continue
        if _starts_item(ln) or not groups:
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
    """(status, text without the tag) for an item that carries 【継続】/【新規】/【拡充】; (None, item) otherwise."""
    m = TAG.match(item)
    if m:
        return m.group(1), item[m.end():].strip()
    m = _TAG_ANYWHERE.search(item)
    if m and m.end() == len(item.rstrip()):
        return m.group(1), item[:m.start()].strip()
    return None, item
