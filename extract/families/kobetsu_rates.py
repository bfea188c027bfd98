"""Reading the figures of 取組方針 and 取組個票 cells: rate lines, 政令市順位 and 時点 figures.

Text passed in is folded (saiken.normalize.text.fold). Labels decide segment and metric:
現年 → current, 滞納繰越・滞繰・過年度 → arrears, 合計・全体・計 → total; 収納率・収入率・徴収率 → collection_rate,
any other rate → "rate"; 調定額 → assessed, 収入済額・収納額 → collected, 収入未済額 → outstanding, 不納欠損額 → written_off.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from saiken.extract.statkeys import month_end_year_before
from saiken.normalize.amounts import parse_amount
from saiken.normalize.errors import NormalizeError
from saiken.normalize.wareki import fiscal_year, parse_date

RATE = re.compile(r"(?P<value>[0-9]{1,3}(?:\.[0-9]+)?)\s*[%％]")
PAREN = re.compile(r"^\s*[(（](?P<inner>[^()（）]*)[)）]")
RANK = re.compile(r"^\s*【(?P<inner>[^】]*)】")
DASH = re.compile(r"^[\s\-－―‐ー−—–一]*$")
RANK_VALUE = re.compile(r"([0-9]+)\s*位")
MONEY_LABELS = (("調定額", "assessed"), ("収入未済額", "outstanding"), ("未収金残高", "outstanding"),
                ("不納欠損額", "written_off"), ("収入済額", "collected"), ("収納額", "collected"))
RATE_WORDS = ("収納率", "収入率", "徴収率")
COUNT_LABELS = (("滞納者数", "delinquents"), ("滞納世帯数", "delinquents"), ("滞納人数", "delinquents"))
FIGURE_LABELS = "調定額|収入未済額|未収金残高|不納欠損額|収入済額|収納額|収納率|収入率|徴収率|" + "|".join(
    w for w, _ in COUNT_LABELS)
AMOUNT = r"[△▲\-]?[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:円|千円|万円|億円|%|人|世帯)"
# the tokens of a 実績 cell, in reading order: a 時点 stamp, a 年度 heading, a segment word, a labelled figure
ERA_YEAR = r"(?:令和|平成|R|H)\s*[0-9元]+\s*年"
CELL_TOKEN = re.compile(
    rf"(?P<stamp>(?P<date>(?:{ERA_YEAR}\s*)?[0-9]{{1,2}}\s*月\s*(?:[0-9]{{1,2}}\s*日|末日?)?)\s*(?:時点|現在))"
    r"|(?P<fy>(?:令和|平成|R|H)\s*[0-9元]+\s*年度)"
    r"|(?P<seg>現年度分|現年分|現年度|現年|滞納繰越分|滞納繰越|滞繰分|滞繰|過年度分|合計|全体)"
    rf"|(?<![期間中])(?P<label>{FIGURE_LABELS})\s*[:：]?\s*(?P<amount>{AMOUNT})"
    r"(?:\s*[(（](?P<prev>[^()（）]*)[)）])?")
COUNTED = frozenset(m for _, m in COUNT_LABELS)
PREV_WORDS = re.compile(r"^\s*(?:前年度同期|前年同期|前年度|前年|(?:令和|平成|R|H)\s*[0-9元]+\s*年度?)?\s*[:：]?\s*")
NOT_PREVIOUS = re.compile(r"比|増|減|差|ポイント")


def segment_of(label: str) -> str | None:
    """The contract segment a label names: current, arrears, total, or None."""
    if "現年" in label:
        return "current"
    if any(w in label for w in ("滞納繰越", "滞繰", "過年度")):
        return "arrears"
    if any(w in label for w in ("合計", "全体", "総計")) or re.search(r"(^|[^合])計", label):
        return "total"
    return None


def rate_metric(label: str, previous: str | None = None, default: str = "rate") -> str:
    """collection_rate for 収納率/収入率/徴収率 labels, else `default` (the generic "rate").

    A label that is only a segment word (計, 合計, 滞繰分) takes the metric of the rate printed before it.
    """
    if any(w in label for w in RATE_WORDS):
        return "collection_rate"
    if previous and segment_of(label) and len(label) <= 4:
        return previous
    return default


def is_dash(text: str) -> bool:
    """True for cells or parentheses that print no figure on purpose (-, －, ―, 一)."""
    return bool(DASH.match(text))


@dataclass(frozen=True)
class RateHit:
    """One rate printed in a cell: its label, value text, the parenthesised text after it and a 【…】 note."""

    label: str
    value: str
    paren: str | None
    note: str | None


def rate_hits(text: str) -> list[RateHit]:
    """Every 'label 99.63%(99.63%)【令和6年度:3位】' in a cell's text, in order."""
    hits: list[RateHit] = []
    pos = 0
    for m in RATE.finditer(text):
        if m.start() < pos:
            continue
        label = text[pos:m.start()].strip(" ・:：")
        rest = text[m.end():]
        paren = note = None
        p = PAREN.match(rest)
        if p:
            paren = p.group("inner").strip()
            rest = rest[p.end():]
        r = RANK.match(rest)
        if r:
            note = r.group("inner").strip()
            rest = rest[r.end():]
        hits.append(RateHit(label, m.group(0), paren, note))
        pos = len(text) - len(rest)
    return hits


def rank_of(note: str) -> tuple[int | None, int] | None:
    """(fiscal year, rank) from a 【令和6年度:3位】 note; None when it holds no rank (【令和6年度:-】)."""
    m = RANK_VALUE.search(note)
    if not m:
        return None
    try:
        year: int | None = fiscal_year(note)
    except NormalizeError:
        year = None
    return year, int(m.group(1))


@dataclass(frozen=True)
class Figure:
    """A labelled figure of a 取組個票 cell at a 時点, with the previous year's figure printed after it."""

    segment: str | None
    metric: str
    fiscal_year: int | None
    fiscal_year_raw: str | None
    as_of: str
    value: float | int
    unit: str
    raw: str
    previous: bool  # the parenthesised figure of the previous year


def _stamp(date: str, year: int | None) -> tuple[str, int] | None:
    """(ISO date, fiscal year) of a 時点 date ('令和8年2月末', '12月末' with the 年度 `year` in force); a month end
    when no day is printed. None when the date names no year and no 年度 is known."""
    if re.match(ERA_YEAR, date):
        try:
            d = parse_date(date.replace("末日", "末"))
        except NormalizeError:
            return None
        if d.year is None or d.month is None:
            return None
        y, month, day = d.year, d.month, d.day
    else:
        m = re.match(r"([0-9]{1,2})\s*月\s*(?:([0-9]{1,2})\s*日)?", date)
        if year is None or m is None:
            return None
        month, day = int(m.group(1)), int(m.group(2)) if m.group(2) else None
        y = year if month >= 4 else year + 1
    if not 1 <= month <= 12:
        return None
    day = day or calendar.monthrange(y, month)[1]
    return f"{y:04d}-{month:02d}-{day:02d}", (y if month >= 4 else y - 1)


def _metric(label: str) -> str:
    if label in RATE_WORDS:
        return "collection_rate"
    return next(m for w, m in MONEY_LABELS + COUNT_LABELS if w == label)


def _previous(paren: str | None) -> str | None:
    """The previous year's figure inside parentheses ('8,034,959,410円', '前年度 94.80%'), None for a change (比/増)."""
    if paren is None or NOT_PREVIOUS.search(paren) or not re.search(r"[0-9]", paren):
        return None
    return PREV_WORDS.sub("", paren).strip() or None


def point_figures(lines: list[str], segment: str | None = None) -> tuple[list[Figure], list[str]]:
    """The 時点 figures of one cell (e.g. 令和8年2月末時点 ・収納額 8,707,613,800円 (8,034,959,410円)).

    The cell's lines are read as one text (figures wrapped over two lines still count). Figures count only
    after a 時点/現在 stamp (令和8年2月末日時点, or 12月末時点 under a 令和7年度 heading); the segment is the last
    segment word before the figure (a heading 滞納繰越分, a prefix 現年分収納率) or `segment` (the column's or row's
    区分), the year the last 年度 before it, else the stamp's. The parenthesised figure is the previous year's.
    Returns the figures and the texts that looked like figures but did not parse.
    """
    out: list[Figure] = []
    bad: list[str] = []
    year: int | None = None
    year_raw: str | None = None
    as_of: tuple[str, int] | None = None
    prefix: tuple[int, str | None] | None = None  # (end offset, segment) of a word printed right before a label
    for m in CELL_TOKEN.finditer("".join(lines)):
        after = CELL_TOKEN.match(m.string, m.end()) if m.group("seg") else None
        if after is not None and after.group("label"):
            prefix = (m.end(), segment_of(m.group("seg")))  # 滞繰分収納率: this figure's segment, not a heading
        elif m.group("stamp"):
            as_of = _stamp(m.group("date"), year)
        elif m.group("fy"):
            year_raw = m.group("fy")
            try:
                year = fiscal_year(year_raw)
            except NormalizeError:
                year = None
        elif m.group("seg"):
            segment = segment_of(m.group("seg"))
        elif as_of is not None:
            fy = year if year is not None else as_of[1]
            metric = _metric(m.group("label"))
            seg = prefix[1] if prefix and prefix[0] == m.start() else segment
            if seg is None:
                seg = "total"  # 滞納者数, 収入未済額 with no segment word: every debtor, the whole debt (as the shared layer)
            for text, previous in ((m.group("amount"), False), (_previous(m.group("prev")), True)):
                if text is None:
                    continue
                try:
                    a = parse_amount(text)
                except NormalizeError:
                    bad.append(text)
                    continue
                out.append(Figure(seg, metric, fy - 1 if previous else fy,
                                  "前年度" if previous else year_raw, month_end_year_before(as_of[0]) if previous else as_of[0],
                                  a.value, a.unit, text.strip(), previous))
    return out, bad


@dataclass(frozen=True)
class BoxFigure:
    """A figure of a summary box headed by a metric (収納率 / 収入未済額): the year's value or a change."""

    metric: str
    fiscal_year: int
    fiscal_year_raw: str
    value: float | int
    unit: str
    approx: bool
    raw: str


YEAR_VALUE = re.compile(r"^(?P<year>(?:令和|平成|R|H)\s*[0-9元]+\s*年度)\s*[:：]\s*(?P<value>.+)$")
CHANGE = re.compile(r"(?P<value>(?:約\s*)?[△▲\-]?[0-9][0-9,.]*\s*(?:億円|万円|千円|円|%|ポイント))\s*(?P<dir>増|減|上昇|下降)?")


def box_figures(head: str, lines: list[str]) -> tuple[list[BoxFigure], list[str]]:
    """Figures of a box whose heading names a metric: '令和6年度:97.81%', '①前年度比 0.22%増', 'ピーク時(…)から 7.29%増'.

    Changes of a rate are points (metric "difference", or "difference_from_peak" when measured from a ピーク);
    the year is the one of the box's first 'year: value' line. Returns the figures and unparsed texts.
    """
    head = head.strip()
    metric = "collection_rate" if head in RATE_WORDS else next((m for w, m in MONEY_LABELS if w == head), None)
    out: list[BoxFigure] = []
    bad: list[str] = []
    if metric is None:
        return out, bad
    year: tuple[int, str] | None = None
    for line in lines:
        m = YEAR_VALUE.match(line.strip(" ・-"))
        try:
            if m:
                year = (fiscal_year(m.group("year")), m.group("year"))
                a = parse_amount(m.group("value"))
                out.append(BoxFigure(metric, year[0], year[1], a.value, a.unit, a.approx, m.group("value").strip()))
                continue
            c = CHANGE.search(line)
            if c is None or year is None or not any(w in line for w in ("比", "から", "より")):
                continue
            a = parse_amount(c.group("value"))
            sign = -1 if c.group("dir") in ("減", "下降") else 1
            unit = "points" if a.unit in ("percent", "points") else a.unit
            name = "difference_from_peak" if "ピーク" in line else "difference"
            out.append(BoxFigure(name, year[0], year[1], sign * a.value, unit, a.approx, c.group(0).strip()))
        except NormalizeError:
            bad.append(line)
    return out, bad
