"""The numbered 取組 items of plans with account tables (the figures in their sentences are read by the shared text
reader, saiken.extract.textfacts).

取組 items: the numbered top-level section whose title says it holds the 取組 to come (４ 今後の取組み, 具体的な取組,
取組の方向性); inside it each (n) subsection's ①②… (or ・ bullet) items, or the whole subsection when it has no
items; a (n) line that is a sentence or carries a tag ((1)【継続】…する。) is an item itself. 〔参考〕 boxes are skipped. 【継続】【新規】【拡充】 tags give the status.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from saiken.extract.families.kaikei_labels import BULLET, ITEM, PAREN_ITEM, STATUS_TAG, TOP_HEADING
from saiken.extract.families.kaikei_sheets import status_and_text
from saiken.extract.layout import Line, Page
from saiken.extract.records import Initiative


SUB_HEADING = re.compile(r"^[(（](\d{1,2})[)）]\s*(\S[^。]{0,40})$")
REFERENCE = re.compile(r"^[〔【\[]\s*参考\s*[〕】\]]")
TORIKUMI_SECTION = re.compile(r"(?:今後|これから|具体的な?|重点的?な?|推進する|実施する|主な)(?:の|に)?取り?組|"
                              r"取り?組み?(?:む|の(?:方向|内容|方針)|事項|項目|内容)")
NOT_TORIKUMI = re.compile(r"これまで|実績|評価|債権ごと|債権別")


# ------------------------------------------------------------------------------------------------ 取組 items
@dataclass
class _Item:
    section: str | None
    label: str
    page: int
    lines: list[str] = field(default_factory=list)


@dataclass
class _Walker:
    """State while reading the 取組 section line by line."""

    items: list[_Item] = field(default_factory=list)
    sub_label: str = ""
    sub_title: str | None = None
    sub_items: int = 0
    current: _Item | None = None
    in_reference: bool = False

    def subsection(self, number: str, title: str | None, page: int) -> None:
        self.sub_label, self.sub_title, self.sub_items = f"({number})", title, 0
        self.current = _Item(title, self.sub_label, page)  # the subsection itself, kept if it has no ① items
        self.items.append(self.current)
        self.in_reference = False

    def item(self, mark: str, text: str, page: int) -> None:
        if self.sub_items == 0 and self.sub_title is not None and self.items and self.items[-1].label == self.sub_label:
            self.items.pop()  # the subsection has numbered items: its placeholder (and any lead-in) is no item
        self.sub_items += 1
        self.current = _Item(self.sub_title, self.sub_label + mark, page, [text] if text else [])
        self.items.append(self.current)
        self.in_reference = False

    def text(self, line: str, page: int) -> None:
        if self.in_reference or self.current is None:
            return
        if not self.current.lines:
            self.current.page = page
        self.current.lines.append(line)


def section_lines(pages: list[Page]) -> list[tuple[int, Line]]:
    """The lines of the 取組 section (after its heading, up to the next top-level heading), with their pages."""
    out: list[tuple[int, Line]] = []
    inside = False
    for p in pages:
        for ln in p.lines_outside_grids():
            m = TOP_HEADING.match(ln.text)
            if m and len(m.group(2)) <= 34:
                title = m.group(2)
                if inside:
                    return out
                inside = bool(TORIKUMI_SECTION.search(title)) and not NOT_TORIKUMI.search(title)
                continue
            if inside:
                out.append((p.number, ln))
    return out


def initiatives(pages: list[Page]) -> list[Initiative]:
    """Every 取組 item of the plan's 取組 section (see module docstring)."""
    w = _Walker()
    for page, ln in section_lines(pages):
        text = ln.text.strip()
        if (m := SUB_HEADING.match(text)) and not STATUS_TAG.search(text):
            w.subsection(m.group(1), m.group(2).strip(), page)
        elif m := PAREN_ITEM.match(text):  # a (n) line that is a sentence or carries a 【継続】 tag: the item itself
            w.subsection(m.group(1), None, page)
            w.text(m.group(2).strip(), page)
        elif m := ITEM.match(text):
            w.item(m.group(1), m.group(2).strip(), page)
        elif (m := BULLET.match(text)) and not w.in_reference:
            w.item("", m.group(1).strip(), page)
        elif REFERENCE.match(text):
            w.in_reference = True
        else:
            w.text(text, page)
    out = []
    for it in w.items:
        status, body = status_and_text("".join(it.lines))
        if body:
            out.append(Initiative(section=it.section, label=it.label or None, text=body, status=status,  # type: ignore[arg-type]
                                  page=it.page))
    return out
