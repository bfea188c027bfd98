"""The per-debt parts (個票) of plans with account tables: which debt a stretch of text is about, and the 取組
lists printed in each part.

A plan prints one part per debt inside a top-level section about the debts one by one (５ 債権ごとの取組み,
債権別の取組, 個票): each part opens with a heading naming the debt ((1)特別区民税, 債権名：国民健康保険料), and
its blocks are titled with a mark (■目標, ■目標実現に向けた取組み, 【具体的な取組】) or a circled number
(⑥ 目標実現に向けた取組み). The ①②… (or ア イ …, or ・ bullet) items of a block whose title names 取組 (not an
evaluation of past 取組: 検証, 実績, 評価) are the debt's initiatives.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from saiken.extract.families.kaikei_labels import BULLET, ITEM, PAREN_ITEM, STATUS_TAG, SUBJECT_HEADING, TOP_HEADING, is_total, \
    segment_of
from saiken.extract.layout import Page
from saiken.extract.records import Initiative
from saiken.extract.scope import is_debt_name

SHEETS_SECTION = re.compile(r"債権(?:ごと|別|毎)|個票|各債権|対象(?:の)?債権")
NOT_SUBJECT = re.compile(r"見方|一覧|対象|概要|について|考え方|目的|状況|取り?組|実績|課題|目標|説明")
BLOCK_HEADING = re.compile(r"^[■□●◆◇▼▽◎]\s*(\S.{0,30})$|^[【〔＜<]\s*([^】〕＞>]{2,30})\s*[】〕＞>]$")
#: A numbered block title of a part (① 収納の現況（推移）, ④ 目標, ⑥ 目標実現に向けた取組み): a circled number
#: before a short title that ends in a block word, with no sentence end and no status tag.
NUMBERED_BLOCK = re.compile(r"^[①-⑳]\s*(\S[^。]{0,28}(?:取り?組み?|現況(?:[(（]推移[)）])?|推移|目標|説明|検証|状況|課題|評価))$")
BLOCK_TORIKUMI = re.compile(r"取り?組")
NOT_ITEMS = re.compile(r"検証|実績|評価|状況|結果|経過|振り?返")
PAREN_NAME = re.compile(r"[(（]([^()（）]{2,30})[)）]\s*$")


@dataclass
class SubjectTracker:
    """Follows the headings line by line: whether the text is inside the per-debt section, and which debt."""

    in_sheets: bool = False
    subject: str | None = None

    def see(self, text: str) -> bool:
        """Take note of a line; True when it was a top-level or debt heading (it starts a new part). A line
        carrying a 【継続】 tag is an item, never a heading."""
        if STATUS_TAG.search(text):
            return False
        if m := TOP_HEADING.match(text):
            self.in_sheets = bool(SHEETS_SECTION.search(m.group(2)))
            named = PAREN_NAME.search(m.group(2))  # ４ 債権ごとの取組（特別区民税）
            self.subject = named.group(1) if self.in_sheets and named and is_debt_name(named.group(1)) else None
            return True
        if self.in_sheets and (m := SUBJECT_HEADING.match(text)):
            name = (m.group(1) or m.group(2)).strip()
            if not is_debt_name(name):
                return False  # (1)収納状況(単位：千円): a part of the debt's sheet, not another debt
            self.subject = None if NOT_SUBJECT.search(name) else name
            return True
        return False


def is_subject_name(name: str) -> bool:
    """False for words that name a 区分 or a total (現年分, 合計) rather than a debt."""
    return not (segment_of(name) or is_total(name))


def status_and_text(body: str) -> tuple[str | None, str]:
    """The 【継続】【新規】【拡充】 tag of an item (first one, at its start or end) and its text without tags."""
    tag = STATUS_TAG.search(body)
    return (tag.group(1) if tag else None), STATUS_TAG.sub("", body).strip()


@dataclass
class _Block:
    """The 取組 items being read in one part: (label, page, lines) each."""

    title: str
    items: list[tuple[str | None, int, list[str]]] = field(default_factory=list)


def block_heading(text: str, block: _Block | None) -> str | None:
    """The title of a block heading (■目標実現に向けた取組み, 【具体的な取組】, ⑥ 目標実現に向けた取組み), else None.

    A circled-number line is a title only outside a 取組 block whose items are numbered the same way."""
    if STATUS_TAG.fullmatch(text):
        return None
    if m := BLOCK_HEADING.match(text):
        return (m.group(1) or m.group(2)).strip()
    numbered_items = block is not None and any(label and ITEM.match(label) for label, _p, _l in block.items)
    if not numbered_items and not STATUS_TAG.search(text) and (m := NUMBERED_BLOCK.match(text)):
        return m.group(1).strip()
    return None


def sheet_initiatives(pages: list[Page]) -> list[Initiative]:
    """The 取組 items of every per-debt part (see module docstring), with the part's debt as `debt_raw`."""
    tracker = SubjectTracker()
    out: list[Initiative] = []
    block: _Block | None = None
    debt: str | None = None

    def flush() -> None:
        if block is None:
            return
        for label, page, lines in block.items:
            status, text = status_and_text("".join(lines))
            if text:
                out.append(Initiative(debt_raw=debt, section=block.title, label=label, text=text,
                                      status=status, page=page))  # type: ignore[arg-type]

    for p in pages:
        for ln in p.lines_outside_grids():
            text = ln.text.strip()
            title = block_heading(text, block) if tracker.in_sheets else None
            if tracker.see(text) or title:
                flush()
                block, debt = None, tracker.subject
                if title and tracker.in_sheets and BLOCK_TORIKUMI.search(title) and not NOT_ITEMS.search(title):
                    block = _Block(title)
                continue
            if block is None:
                continue
            if m := ITEM.match(text):
                block.items.append((m.group(1), p.number, [m.group(2).strip()]))
            elif m := PAREN_ITEM.match(text):  # (1)【継続】… (a debt heading was taken by the tracker above)
                block.items.append((f"({m.group(1)})", p.number, [m.group(2).strip()]))
            elif m := BULLET.match(text):
                block.items.append((None, p.number, [m.group(1).strip()]))
            elif block.items:
                block.items[-1][2].append(text)
    flush()
    return out
