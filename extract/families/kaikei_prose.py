"""The prose of plans with account tables: figures stated in sentences and the numbered 取組 items.

Figures: a sentence naming a metric (収入未済額は約１０７億円, 目標収納率は現年分９９．２％) gives one fact per
amount of that metric's kind, with the year printed right after the amount (約１３９億円（平成２８年度）) or else the
last year before it in the sentence; a sentence without a metric word continues the metric of the one before.
Differences (約３２億円の減) and thresholds (１億円以上) are no facts.

取組 items: the numbered top-level section whose title says it holds the 取組 to come (４ 今後の取組み, 具体的な取組,
取組の方向性); inside it each (n) subsection's ①②… (or ・ bullet) items, or the whole subsection when it has no
items; a (n) line that is a sentence or carries a tag ((1)【継続】…する。) is an item itself. 〔参考〕 boxes are skipped. 【継続】【新規】【拡充】 tags give the status.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from saiken.extract.families.kaikei_labels import BULLET, ITEM, MONEY_METRICS, PAREN_ITEM, STATUS_TAG, TOP_HEADING, basis_of, \
    metric_of, plan_years, segment_of
from saiken.extract.families.kaikei_sheets import SubjectTracker, is_subject_name, status_and_text
from saiken.extract.layout import Line, Page
from saiken.extract.records import Fact, Initiative
from saiken.normalize.amounts import Amount, find_amounts
from saiken.normalize.wareki import YearMatch

SENTENCE_END = re.compile(r"(?<=。)")
NOT_A_FIGURE = re.compile(r"^\s*(?:の|が|を)?\s*(?:減|増|以上|以下|未満|を超|超|に満た|程度の[減増]|の縮減|の削減|増加|減少)")
YEAR_AFTER = re.compile(r"^\s*[(（]")
DEBT_BEFORE = re.compile(r"([^、。,\sの「」()（）]{2,14}?)の(?:目標)?(?:収[納入]率|徴収率|収入未済額)")
TOPIC = re.compile(r"^\s*([^、。,\sの「」()（）]{2,14}?)(?:について|において|で)?は、")

SUB_HEADING = re.compile(r"^[(（](\d{1,2})[)）]\s*(\S[^。]{0,40})$")
REFERENCE = re.compile(r"^[〔【\[]\s*参考\s*[〕】\]]")
TORIKUMI_SECTION = re.compile(r"(?:今後|これから|具体的な?|重点的?な?|推進する|実施する|主な)(?:の|に)?取り?組|"
                              r"取り?組み?(?:む|の(?:方向|内容|方針)|事項|項目|内容)")
NOT_TORIKUMI = re.compile(r"これまで|実績|評価|債権ごと|債権別")


# ------------------------------------------------------------------------------------------------ prose figures
def is_heading(text: str) -> bool:
    """True for a line that starts a new block: １ …, (1) …, ① …, 〔参考〕."""
    return any(p.match(text) for p in (TOP_HEADING, SUB_HEADING, ITEM, REFERENCE))


@dataclass
class Sentence:
    """One sentence of prose and the pages its characters are printed on ((offset, page) at each page start)."""

    text: str
    starts: list[tuple[int, int]]
    subject: str | None = None  # the debt of the per-debt part the sentence is printed in ((1)特別区民税)

    def page_at(self, offset: int) -> int:
        """The page the character at `offset` is printed on."""
        return [page for start, page in self.starts if start <= offset][-1]


def sentences(pages: list[Page]) -> list[Sentence]:
    """The prose (lines outside tables) joined and cut after each 。 and before each heading line; a sentence left
    open at the foot of a page continues on the next page."""
    blocks: list[Sentence] = []
    tracker = SubjectTracker()
    for p in pages:
        for ln in p.lines_outside_grids():
            text = ln.text.strip()
            tracker.see(text)
            if is_heading(text) or not blocks:
                blocks.append(Sentence(text, [(0, p.number)], tracker.subject))
                continue
            last = blocks[-1]
            if last.starts[-1][1] != p.number:
                last.starts.append((len(last.text), p.number))
            last.text += text
    out = []
    for b in blocks:
        offset = 0
        for part in SENTENCE_END.split(b.text):
            if part.strip():
                inner = [(k - offset, pg) for k, pg in b.starts if offset < k < offset + len(part)]
                out.append(Sentence(part, [(0, b.page_at(offset)), *inner], b.subject))
            offset += len(part)
    return out


def year_for(sentence: str, amount: Amount, years: list[YearMatch]) -> YearMatch | None:
    """The year printed in brackets right after the amount, else the last year printed before it."""
    assert amount.span is not None
    start, end = amount.span
    after = [y for y in years if y.start >= end and YEAR_AFTER.match(sentence[end:y.start] + "(")
             and y.start - end <= 2]
    if after:
        return after[0]
    before = [y for y in years if y.end <= start]
    return before[-1] if before else None


def wanted(metric: str, amount: Amount) -> bool:
    """Whether an amount is of the metric's kind (yen for money metrics, percent for rates)."""
    if metric in MONEY_METRICS:
        return amount.unit == "yen"
    if metric == "collection_rate":
        return amount.unit == "percent"
    return amount.unit in ("persons", "households", "cases")


def debt_in(sentence: str, upto: int) -> str | None:
    """The debt a rate or 収入未済額 is stated for (市税の目標収納率 → 市税, or the sentence's topic: 特別区民税は、
    …目標収納率を…), None when the sentence names none."""
    found = [m.group(1) for m in DEBT_BEFORE.finditer(sentence[:upto + 12]) if m.start() < upto]
    topic = TOPIC.match(sentence)  # 特別区民税は、令和３年度の目標収納率を…
    for name in [*found[-1:], *([topic.group(1)] if topic and topic.end() <= upto else [])]:
        if not (re.search(r"\d|年度|全体|全債権|区$|市$|本プラン", name) or not is_subject_name(name) or metric_of(name)):
            return name
    return None


def prose_facts(pages: list[Page]) -> list[Fact]:
    """Facts stated in the sentences of the pages (see module docstring)."""
    out: list[Fact] = []
    carried: str | None = None
    for sentence in sentences(pages):
        s = sentence.text
        metric = metric_of(s) or carried
        carried = metric_of(s)
        if metric is None:
            continue
        years = plan_years(s)
        for amount in find_amounts(s):
            assert amount.span is not None
            if not wanted(metric, amount) or NOT_A_FIGURE.match(s[amount.span[1]:]):
                continue
            year = year_for(s, amount, years)
            if year is None:
                continue
            before = s[:amount.span[0]]
            segs = [(m.start(), seg) for seg_text in ("現年", "滞納繰越", "滞繰", "過年度")
                    for m in re.finditer(seg_text, before) if (seg := segment_of(seg_text))]
            segment = max(segs)[1] if segs else "total"
            out.append(Fact(
                debt_raw=debt_in(s, amount.span[0]) or sentence.subject, fiscal_year=year.fiscal_year, fiscal_year_raw=year.raw,
                segment=segment, metric=metric, basis=basis_of(s) or "actual", value=amount.value,
                unit=amount.unit,  # type: ignore[arg-type]
                approx=amount.approx, raw=amount.raw, page=sentence.page_at(amount.span[0])))
    return out


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
