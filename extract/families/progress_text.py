"""Text helpers of the progress-sheet family: lines of a page region, labels, and item splitting.

A progress sheet prints its items (主な取り組み, 取組内容, 取組状況) as wrapped text inside big merged cells or as
free text: an item starts at a label ((1), ①, ・) or after a blank line (a paragraph gap); a label printed alone on
its line (（１） above a list of ・ items) prefixes the next item's label; ＜都市整備局＞-style lines are group headings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from saiken.extract.layout import BBox, Page
from saiken.extract.lines import join_words
from saiken.normalize.text import despace as squash

KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
ITEM_LABEL = re.compile(
    rf"^\s*((?:[(（](?:[0-9一二三四五六七八九十]{{1,3}}|[{KANA}])[)）]|[①-⑳]|[・○◯◎◆◇▶►●]|[0-9]{{1,2}}[.．)）](?!\d)"
    rf"|[{KANA}](?=[\s、.．)）]))\s*)+")
GROUP = re.compile(r"^[＜<〈].{1,30}[＞>〉]$")
TAG_WORDS = r"(継続|新規|拡充)"
TAG = re.compile(rf"[【\[［〔〈<＜(（]\s*{TAG_WORDS}\s*[】\]］〕〉>＞)）]")
LEAD_TAG = re.compile(rf"^\s*{TAG.pattern}\s*")
SEGMENTS = {
    "過年度分": "arrears", "過年度": "arrears", "滞納繰越分": "arrears", "滞納繰越": "arrears", "滞繰分": "arrears",
    "滞繰": "arrears", "現年度分": "current", "現年度": "current", "現年分": "current", "現年課税分": "current",
    "現年度課税分": "current", "合計": "total",
}
"""Segment words looked for inside longer texts (table headers); longest first wins."""
SEGMENT_LABELS = {**SEGMENTS, "計": "total", "全体": "total", "総計": "total"}
"""Texts that are a segment label by themselves (a label cell, a word before a rate line)."""
MARKS = "●■◆○◎□◇▼▽★☆・"
BRACKETS = "【】[]［］〔〕<>＜＞〈〉()（）"
SECTION = re.compile(r"^(?:(?:後半|下半期|今後|年度末に向けて|年度末に向けた)の?)?(?:主な|重点|具体的な?)?"
                     r"取り?組み?(?:の?(?:内容|状況|事項)|み)?$|^(?:進捗|実施)状況$")


def _bare(text: str) -> str:
    """The text without white space, leading marks (●, ■), enclosing brackets and a trailing colon."""
    t = squash(text).lstrip(MARKS).rstrip(":：")
    while len(t) > 2 and t[0] in BRACKETS and t[-1] in BRACKETS:
        t = t[1:-1]
    return t


def section_label(text: str) -> str | None:
    """The section name when `text` is a section heading (●主な取り組み, 取組状況（10月末）, 【主な取組内容】,
    進捗状況（２月末）), else None; the name keeps a trailing bracketed note and drops marks and brackets."""
    t = _bare(text)
    core = re.sub(r"[(（][^)）]*[)）]$", "", t)
    return t if len(t) <= 20 and SECTION.match(core) else None


def segment_label(text: str) -> str | None:
    """'arrears' / 'current' / 'total' when `text` is only a segment label (過年度分, 現年分, 【滞納繰越分】, 合計 …),
    else None."""
    return SEGMENT_LABELS.get(_bare(text))


def strip_tags(text: str) -> str:
    """The item text without its 【継続】 / [新規] / 〔拡充〕 tags (the status field carries them)."""
    return TAG.sub("", text).strip()


@dataclass(slots=True)
class TextLine:
    """One visual line of a region: folded text and its box."""

    text: str
    bbox: BBox


def region_lines(page: Page, bbox: BBox) -> list[TextLine]:
    """The page's lines cut to the words whose centre lies inside `bbox`, top to bottom."""
    out: list[TextLine] = []
    for ln in page.lines:
        words = [w for w in ln.words
                 if bbox[0] - 1 <= (w.bbox[0] + w.bbox[2]) / 2 <= bbox[2] + 1
                 and bbox[1] - 1 <= (w.bbox[1] + w.bbox[3]) / 2 <= bbox[3] + 1]
        if words:
            box = (min(w.bbox[0] for w in words), min(w.bbox[1] for w in words),
                   max(w.bbox[2] for w in words), max(w.bbox[3] for w in words))
            out.append(TextLine(line_text([w.text for w in words]), box))
    return out


def line_text(words: list[str]) -> str:
    """The words of a line joined as the page model joins them, but keeping the gap after a leading bare label
    ('ア 差押件数…', '1 滞納処分…'), which is what tells a label from the first letters of a sentence."""
    if len(words) > 1 and ITEM_LABEL.fullmatch(words[0] + " "):
        return words[0] + " " + join_words(words[1:])
    return join_words(words)


@dataclass(slots=True)
class Item:
    """One 取組 item: group heading, label as printed (folded, no spaces), text, status tag and page."""

    group: str | None
    label: str | None
    text: str
    page: int

    @property
    def status(self) -> str | None:
        """继続/新規/拡充 from the first 【…】 tag in the text, else None."""
        m = TAG.search(self.text)
        return m.group(1) if m else None


@dataclass
class ItemSplitter:
    """Accumulates lines into items; `feed` one line at a time, `flush` at the end of a text region."""

    page: int = 0
    group: str | None = None
    items: list[Item] = field(default_factory=list)
    _label: str = ""
    _parts: list[str] = field(default_factory=list)
    _last: TextLine | None = None
    _heights: list[float] = field(default_factory=list)
    _x0: float = 0.0  # left edge of the current item's first line

    def _sub_bullet(self, line: TextLine, label: str) -> bool:
        """True for an indented ・ line inside a numbered item (① …, (1) …): part of that item."""
        h = median(self._heights) if self._heights else 0.0
        return (bool(self._parts) and label.startswith("・") and not self._label.endswith("・")
                and line.bbox[0] > self._x0 + 0.5 * h)

    def flush(self) -> None:
        """Close the item being built (an item with only a label is kept pending for the next one)."""
        text = "".join(self._parts).strip()
        if text:
            self.items.append(Item(self.group, self._label or None, text, self.page))
            self._label = ""
        self._parts = []
        self._last = None

    def _gap(self, line: TextLine) -> bool:
        if self._last is None or not self._heights:
            return False
        h = median(self._heights)
        return line.bbox[1] - self._last.bbox[3] > 0.5 * h

    def feed(self, line: TextLine, page: int) -> None:
        """Add one line: a label or a paragraph gap starts a new item, a group heading starts a new group."""
        text = line.text.strip()
        if not text:
            return
        if GROUP.match(squash(text)):
            self.flush()
            self.group = squash(text)
            return
        tag = LEAD_TAG.match(text)
        if tag:  # 【継続】(1)… : the tag opens the item, the label follows it
            text = text[tag.end():]
        m = ITEM_LABEL.match(text)
        if m and self._sub_bullet(line, squash(m.group(0))) and not self._gap(line) and not tag:
            m = None
        if m or tag or self._gap(line):
            self.flush()
            self.page = page
        if not self._parts and not self._label:
            self.page = page
            self._x0 = line.bbox[0]
        if m:
            self._label += squash(m.group(0))
            text = text[m.end():].strip()
            if not text and not tag:  # a label alone on its line: it prefixes the next item's label
                self._last = line
                self._heights.append(line.bbox[3] - line.bbox[1])
                return
        if tag:
            text = tag.group(0).strip() + text
        self._parts.append(text if not self._parts else join_words([self._parts[-1][-1:], text])[1:])
        self._last = line
        self._heights.append(line.bbox[3] - line.bbox[1])
