"""Figures printed in running text, bullets and text cells: 「収入未済額は約26億3,600万円（令和5年度）」,
「2月末収納率 40.2%（前年同月 38.9%）」, bullets 「現年分 98.1％」 under a heading 【収納率】令和6年12月末時点.

Each figure's key is read from the words printed before it in its clause (saiken.extract.statkeys.key_of over the lexicon),
then from the bracketed heading above it (【収納率】, 【滞納繰越分】), the header of the table column it is printed in,
and the page: the nearest word wins. A parenthesis 「（前年同月 38.9%）」「（前年度決算：43.8%）」 restates the figure
before it for the previous year: same metric and segment, the year before, the basis the parenthesis names, and an
interim date moved back a year (the month end recomputed: 2月末 of 2024 is the 29th). The debt is the one the page
outline gives the place (saiken.extract.scope), or a debt name printed in the clause. A figure whose metric is not printed
anywhere around it, or whose unit does not fit its metric (a rate in 円), gives no fact: nothing is guessed.
Lines that are rows of a table drawn without rules (three figures or more with no words between them) are left to
the table reader.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from statistics import median
from typing import Callable, Sequence

from saiken.extract.blocks import Block, blocks, page_gutters
from saiken.extract.layout import BBox, Page
from saiken.extract.panels import in_panel, panels
from saiken.extract.lexicon import LEXICON
from saiken.extract.records import CORE_METRICS, Fact
from saiken.extract.running import in_band, inside_grid
from saiken.extract.scope import Mark, is_debt_name, marks, title_debt
from saiken.extract.statables import SECTION_BEFORE_YEAR_END, caption_above
from saiken.extract.statkeys import (BRACKET_NOTE, METRICS, MONEY_METRICS, NOTE_START, OPENING, PREVIOUS, Key, bracket_notes,
                              era_of, key_of, merge, month_end_year_before, noted, unit_of, year_of)
from saiken.normalize.amounts import Amount, find_amounts
from saiken.normalize.text import despace, fold
from saiken.normalize.wareki import find_years, fiscal_year_of

HEADING = re.compile(r"^\s*[【\[〔■◆◇□●]")
NEW_SECTION = re.compile(r"^\s*(?:[【\[〔■◆]|[0-9]{1,2}(?:\s|[.．](?![0-9.]+(?:\s|%|$)))|[(（][0-9]{1,2}[)）]|"
                         r"第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[章節部]|[0-9]{1,2}[-－][0-9]{1,2}\s)")  # 第1章, 1-1 趣旨  # 3.12月末の…
# (a data label 24.83 is no section's number)
REFERENCE = re.compile(r"^\s*[(（【\[]\s*参\s*考\s*[)）】\]]")  # （参考）: an aside opening a block of its own
YEAR_AFTER = re.compile(r"\s*[(（]\s*((?:令和|平成|R|H)\s*[0-9元]+\s*年度?(?:末)?|(?:19|20)[0-9]{2}\s*年度(?:末)?)"
                        r"\s*(?:決算|実績|末)?\s*"
                        r"(?:[(（][^()（）]{1,12}[)）])?\s*[)）]")  # 約139億円（平成28年度（2016年度））
#: after a figure: a change (7.29%増, 2.5億円減), a threshold (100万円以上, 1億円を超えた) or a count's rate: no fact.
NOT_A_LEVEL = re.compile(r"\s*[)）]?\s*(?:の)?(?:増|減|上昇|低下|改善|悪化|増加|減少|縮減|削減|圧縮|以上|以下|未満|超|を超え|台|"
                         r"ポイント|pt|の(?:増|減)|程度の(?:増|減)|から|より(?:増|減|改善|上昇|低下))")
#: right after a figure: the direction of a change (0.30ポイントの増, 約5,100万円減少, 0.65ポイント下回った)
MOVE_AFTER = re.compile(rf"\s*[)）]?\s*(?:程度)?\s*(?:の)?\s*(?:(?P<up>{LEXICON.rises.pattern})|(?P<down>{LEXICON.falls.pattern}))")
BASE_AFTER = re.compile(r"\s*[)）]?\s*(?:から|より)")  # 平成26年度（約38億1,000万円）から: the level, bracketed
#: 「令和4年度の99.11%から改善」「4年度の18.7%から5年度は21.3%に」: the level a figure moved from (not 「…から算出」)
FROM_LEVEL = re.compile(r"\s*[)）]?\s*(?:から|より)、?[^。、]{0,16}?(?:[0-9]|改善|上昇|向上|上が|下が|低下|減少|増加|悪化|縮減|削減|圧縮)")
PER_HEAD = re.compile(r"当たり|あたり")  # （市税一人当たり換算16万6,420円）: a figure per head, no restatement
PARTICLES = re.compile(r"うち|次いで|続いて|[はがのもでとをに]")
BOUND_END = re.compile(r"\s*(?:以下|以上)\s*(?:。?\s*$|[、，,／/]|\s)")  # a bound ending its clause (not 100万円以上の事案)
TARGET_BOUND = re.compile(r"\s*(?:以下|以上|未満)\s*(?:と(?:する|し|なる)|に(?:縮減|抑制|する|引き下げ)|を目標|を目指)")
#: right after a figure: it is what another figure is compared with (「令和5年度決算の99.03％を上回る見込み」): the
#: estimate is of the other figure, not of this one.
COMPARED_AFTER = re.compile(r"\s*[)）]?\s*を\s*(?:上回|下回)")
ESTIMATE_AFTER = re.compile(r"\s*(?:程度)?\s*(?:と|に|まで)?[^。、]{0,8}見込(?:み|まれ|ん)")
LIST_TARGET = re.compile(r"(?:\s*[、，,]\s*[^、。，,\d]{0,12}?[0-9][0-9,.]*\s*[%％]?)+\s*を[^。、,，]{0,12}目標")
THIS_YEAR = re.compile(r"本年|今年")
TABLE_NOTE = re.compile(rf"{NOTE_START.pattern}|単\s*位\s*[:：]|(?:本年度|前年度|今期|前年同期|今年度)(?:欄)?は")  # a note on
# a table's columns
AS_AT = re.compile(r"月\s*末?\s*(?:日\s*)?(?:現在|時点)")  # 令和6年2月末現在, 12月31日時点: the day the figures are as of
TARGET_AFTER = re.compile(r"\s*(?:を|と|まで)[^。、,，]{0,12}目標(?!を下回|を上回|に(?:届|達))")
LIST_LEAD = re.compile(r"(?:次|以下|下記)の[^。]{0,12}?(?:とおり|を定め|を設定|を掲げ)[^。]{0,12}。\s*$")  # a list follows
#: a list item opening on a place (○恵那地域の収納率は…, ・北区では…): the area its figures are for
AREA_LEAD = re.compile(r"^\s*[○◯・●•◆■]?\s*((?!各|全|他|周辺|市内|町内|県内|同|本|当)[一-鿿ァ-ヶー]{1,6}?"
                       r"(?:地域|地区|支所|出張所|区))(?:では|の|は|で)")
LIST_MARK = re.compile(r"^\s*[○◯・●•◆■]")
RESULTS_OF = re.compile(r"((?:令和|平成|R|H)\s*[0-9元]+\s*年度)\s*(?:の)?\s*(?:実績|決算(?!見込)|末)")
UNITS = {"collection_rate": ("percent",), "delinquents": ("persons", "households", "cases")}


@dataclass
class _Place:
    """A run of text to read: its page, box, text and the keys that govern it from outside (heading, column)."""

    page: int
    bbox: BBox
    text: str
    outer: Key
    y: float
    debt: str | None = None  # the debt the place's column or row header names (a table with debts as columns)
    notes: dict[str, Key] = field(default_factory=dict)  # what bracketed figures are (（）内は前年度同期 in a header)
    percent: bool = False  # a note beside the place says its bare figures are percentages (単位：%)


def _heading_key(text: str, era: str | None) -> Key | None:
    """The key a heading gives the lines below it, None for other lines: a bracketed heading (【収納率】令和6年12月末
    時点), or a short block of vocabulary alone (収納率 | 収入未済額 printed over two columns). A heading naming two
    metrics names none."""
    if _has_figure(text) or HEADING.match(text) and re.search(r"[^】\]〕】][はがをにのと]$", text.rstrip()) \
            and len(despace(HEADING_BRACKET.sub("", text))) > 6:
        return None  # 「【市営住宅使用料】2月末の現年度分収納率は」: a sentence wrapped, its figure on the next line
    k = key_of(text, None, era)
    bare = len(despace(text)) <= 12 and not k.rest and not text.rstrip().endswith("。")
    if not (HEADING.match(text) or bare):
        return None
    if k.metrics > 1:
        k = replace(k, metric=None)
    return k if (k.metric or k.segment or (HEADING.match(text) or bare and (NEW_SECTION.match(text) or k.fiscal_year and not k.as_of))
                 and k.basis and not k.rest) else None  # 【目標】, （２）目標, 令和６年度 数値目標: the basis of the lines under it


def _has_figure(text: str) -> bool:
    """True when the text prints a figure: an amount with a unit, or a number of 100 or more ((1) is a label)."""
    return any(a.unit != "count" or a.value >= 100 for a in find_amounts(text))


def _unit_fits(metric: str, a: Amount) -> bool:
    if metric in MONEY_METRICS:
        return a.unit == "yen"
    return a.unit in UNITS.get(metric, (a.unit,))


def _table_row(text: str, amounts: list[Amount]) -> bool:
    """True for text of three figures or more most of which have nothing but spaces between them (the rows of a table
    drawn without rules)."""
    if len(amounts) < 3:
        return False
    gaps = [text[a.span[1]:b.span[0]] for a, b in zip(amounts, amounts[1:]) if a.span and b.span]
    empty = sum(1 for g in gaps if not despace(g) or despace(g) in "()（）")
    return 2 * empty > len(gaps)  # rows of figures, perhaps with their next row's label between them




def named_debt(clause: str) -> str | None:
    """A debt name printed in a clause (「国民健康保険税の現年分は」 → 国民健康保険税), the words naming all debts together
    as printed (全会計の収入未済額 → 全会計; '' for 市税等), else None."""
    quoted = re.findall(r"[「『]([^」』]{2,30})[」』]", clause)  # 「保育施設等利用者負担額」は: named as the subject
    words = [w.lstrip("・●○◆■-") for w in re.split(r"における|において|に係る|に関する|につきまして(?:は)?|について|であり|でございます|ですが|^うち|委員長?|[課部局室]長|"
                                                  r"(?:^|(?<=[、，,\s]))(?:まず|次に|次いで|また|なお|さらに|続いて|最後に|特に|とりわけ|中でも|なかでも|一方)|"
                                                  r"で$|[\s、。はがのもと：:「」『』()（）【】〔〕]",
                                                  clause.replace("うち", "、")) if w.lstrip("・●○◆■-")]
    by = re.search(r"([^\s、。はがのもとを：:「」『』()（）]{2,20})で\s*$", clause)  # …目標収納率を市税で98.00%
    named = next((w for w in quoted if is_debt_name(w)), None) or \
        (by.group(1) if by and is_debt_name(by.group(1), known_only=True) else None) or \
        next((w for w in words if is_debt_name(w, known_only=True)), None) or \
        next((w[:i] for w in words if (i := _metric_at(w)) > 0 and is_debt_name(w[:i], known_only=True)), None) or \
        next((d for w in words if (d := SEGMENT_TAIL.sub("", w)) != w and is_debt_name(d, known_only=True)), None) or \
        next((w for w in words if LEXICON.account.fullmatch(w)), None)  # このうち一般会計は1,234.5百万円
    if named and named.endswith("等") and not quoted:
        return named  # 市税等の収入未済額: the debts together, as printed (debt null)
    together = LEXICON.all_debts.search(clause) if named is None else None
    return together.group(0) if together else named  # 全会計の収入未済額: the debts together, as printed


def _qualified(rest: str) -> str:
    """What a clause names besides its metric words, particles and the account a debt is of (国民健康保険事業特別会計の
    国民健康保険料: the debt alone)."""
    return LEXICON.account.sub("", PARTICLES.sub("", despace(rest)))


def _aside(name: str, sentence: str) -> bool:
    """True when a sentence names a debt only beside its subject (水道料金と一括で請求し, 市税を優先して), never as it."""
    at = re.escape(name)
    return bool(re.search(at + r"\s*(?:と|を|に|から|へ|より)", sentence)) and \
        not re.search(at + r"\s*(?:は|が|の|について|につきまして|では|も)", sentence)


LEAD_LABEL = re.compile(r"\s*[・●○◆■◇□-]?\s*([^\s:：、。]{2,8})[\s:：]")  # a bullet's first word, before a blank or colon
BRACKET_LEAD = re.compile(r"\s*[・●○◆■◇□-]?\s*[【〔\[＜<]([^】〕\]＞>]{2,8})[】〕\]＞>]")  # 【現年分】調定額…
SEGMENT_TOPIC = re.compile(r"(?:^|。)\s*(?:また|なお|一方)?[、,]?\s*(?:[^、。,]{0,24}?の)?([^、。,\s]{2,8}?)(?:は|では)[、,]")
# 現年度分は、 / 健康福祉部長：国民健康保険税の滞納繰越分は、
SEGMENT_TAIL = re.compile(r"(?:現年課税分|現年度分|現年分|滞納繰越分|過年度分|滞繰分|全体)$")  # 市税現年課税分の収納率, 市税全体の


def _time(k: Key) -> Key:
    """The time a key gives (year, basis and date stamp go on together), nothing else of it."""
    return Key(fiscal_year=k.fiscal_year, fiscal_year_raw=k.fiscal_year_raw, basis=k.basis, as_of=k.as_of)


def _last_metric(text: str) -> str | None:
    """The metric of the metric word printed last in the text (the longer word where two end together)."""
    found = [(text.rfind(w) + len(w), len(w), m) for w, m in METRICS if w in text]
    return max(found)[2] if found else None


def _metric_at(word: str) -> int:
    """Where the first metric word of a word starts (市税滞納者数 → 2), -1 when it holds none."""
    found = [i for w, _ in LEXICON.metrics if (i := word.find(w)) >= 0]
    return min(found, default=-1)


def _dated_month_end(as_of: str, date: str) -> str:
    """The month end a year-less 「2月末」 means in a document dated `date`: the latest one not after it."""
    y, m = int(as_of[:4]), int(as_of[5:7])
    dy, dm = int(date[:4]), int(date[5:7])
    year = dy if m <= dm else dy - 1
    return f"{year:04d}-{m:02d}-{calendar.monthrange(year, m)[1]:02d}" if as_of.endswith(
        f"-{calendar.monthrange(y, m)[1]:02d}") else f"{year:04d}-{as_of[5:]}"


def read_place(place: _Place, debt: str | None, year: Key, date: str | None = None,
               last_rate: Fact | None = None, above: Fact | None = None, speech: bool = False) -> list[Fact]:
    """The facts of one paragraph, bullet or text cell (see module docstring). `above`: the last figure of the line
    right above, when this one is no bullet of its own (・徴収率…：93.63％ / 令和5年度決算：92.57％).

    Within a paragraph a year, date or basis printed earlier keeps governing later sentences (「令和6年度の収納率は
    80.39%で、…。収入未済額は約19億円」), and a clause naming only a debt or segment takes the metric of the figure
    before it (「市税の現年分の収納率は52.31%で、国民健康保険税の現年分は38.42%」).
    """
    text = fold(place.text)
    amounts = [a for a in find_amounts(text) if a.span and not (  # 主要5債権, 3債権: a number inside a noun
        a.unit == "count" and re.match(r"[一-鿿]", text[a.span[1]:a.span[1] + 1]))]
    if unit_of(re.sub(r"^.*?(?=[(（]?\s*単\s*位\s*[:：])", "", text)) == "%" and re.search(r"単\s*位\s*[:：]", text):
        place.percent = True  # 現年度分 95.20（94.85） 滞納繰越分 22.00（21.50） （単位：％）: its own note
    for o, k in bracket_notes(text).items():  # 現年度分 98.90（98.85） … ※（　）内は令和６年度決算見込: its own note
        place.notes.setdefault(o, k)
    if place.percent or place.outer.metric == "collection_rate" and BULLET.match(place.text):
        # ・現年分 93.48（93.31） under 「（単位：%…）」 or a bullet under 【収納率】令和6年2月末時点: bare decimals are rates
        amounts = [replace(a, unit="percent") if a.unit == "count" and a.decimals and a.value <= 100 else a
                   for a in amounts]
    if not amounts or _table_row(text, amounts) and "(" not in place.notes:  # 99.21%(99.08%) under （）内は前年度
        return []
    paired = _compared_years(place, text, debt)
    if paired:  # the figures of a comparison of two years are read as a pair, the others as usual
        span = COMPARED.search(text).span()  # type: ignore[union-attr]
        amounts = [a for a in amounts if not span[0] <= a.span[0] < span[1]]  # type: ignore[index]
    era = era_of(text) or year.fiscal_year_raw and era_of(year.fiscal_year_raw)
    lead = BRACKET_LEAD.match(text) or LEAD_LABEL.match(text)  # 「・現年課税分　調定額：…　収入済額：…」,
    # 「【現年分】調定額 1,412,880千円／収入済額…」: the bullet's segment covers its figures
    lead_segment = key_of(lead.group(1)).segment if lead and not key_of(lead.group(1)).metric and not \
        re.match(r"\s*約?\s*[0-9△▲]", text[lead.end():]) else None  # (not 「現年分 95.00% … 収入未済額 …」: its own)
    topics = {m.end(): k.segment for m in SEGMENT_TOPIC.finditer(text)
              if (k := key_of(m.group(1))).segment and not k.metric}  # 「現年度分は、調定額…に対し収入額…」
    respective = _respective(text)  # 「保育料及び市営住宅使用料は、…それぞれ約1,150万円、約2,080万円」: one debt each
    out: list[Fact] = []
    levels: dict[bool, list[Fact]] = {}  # the rates (True) and amounts (False) read as levels: what a change is of
    restated: dict[bool, Fact] = {}  # a level of the year before restated after the last level (前年同期の19.02％を)
    prev: Key | None = None
    compared = False  # the figure before was a level compared from (令和元年度の約38億円から…): its year is its own
    before_level: Key | None = None  # the figure before that one
    fitting: dict[bool, Key] = {}  # the last figure read of each kind (a rate, an amount): what a bare figure parallels
    prev_debt: str | None = None
    running = year
    now = fiscal_year_of(int(date[:4]), int(date[5:7])) if date else None  # 本年９月末: of the document's year
    start = 0
    for a in amounts:
        s, e = a.span  # type: ignore[misc]
        label = LEXICON.table_only.sub("・", text[start:s])  # 滞納額 of some cases is no 収入未済額 of the debt
        start = e
        after = YEAR_AFTER.match(text, e)
        if after:
            start = after.end()
        elif bound := BOUND_END.match(text, e):
            start = bound.end()  # 現年分 99.65%以上/滞繰分 42.00%以上: the bound is the figure's, not the next one's
        clause = re.split(r"[。]", label)[-1]
        pieces = [p for p in re.split(r"[、，,]", clause) if p.strip()] or [clause]
        keys = [key_of(p, now if now is not None and THIS_YEAR.search(p) else running.fiscal_year, era or None)
                for p in reversed(pieces)]
        near = merge(*keys[:2])  # a metric is named in the figure's clause or the one before it,
        if keys[0].metrics > 1:  # 「調定額に対する収納率は…が89.37%」: of two metric words, the one nearer the figure
            near = replace(near, metric=_last_metric(pieces[-1]) or near.metric)
        topic = keys[-1] if len(keys) > 2 and re.search(r"[はが]\s*$", pieces[0]) else Key()  # or by its topic (…は,)
        own = replace(merge(*keys), metric=near.metric or topic.metric, rest=keys[0].rest,
                      previous=keys[0].previous)  # the nearest words win
        if keys[0].fiscal_year is not None and keys[0].as_of is None and own.as_of is not None:
            own = replace(own, as_of=None, basis=keys[0].basis)  # 「12月末の状況を確認し、市税の令和５年度の収納率を
            # 97.0％と見込んだ」: the figure's own year, not the month end of the clause before
        for part in re.split(r"[。]", label)[:-1]:  # sentences before the figure's own: their year or date governs
            subject = named_debt(part)
            if subject and not _aside(subject, part):  # 「国民健康保険税についてお答えいたします。」: the debt the next
                prev_debt = subject  # sentences speak of (not 「水道料金と一括で請求しており」: another debt aside)
            k = key_of(part, running.fiscal_year, era or None)
            if k.fiscal_year is None and k.as_of and not k.previous and not _has_figure(part):
                k = replace(k, fiscal_year=fiscal_year_of(int(k.as_of[:4]), int(k.as_of[5:7])))  # 「12月末現在の状況を
            if k.fiscal_year is not None and not k.previous:  # 報告する。」: the month end of the year read so far
                running = _time(k)  # 「令和6年度の決算見込では…。」: year and basis go on together
        paren = bool(re.search(r"[(（][^)）]*$", clause))
        named = named_debt(clause)
        pairs = next((names for at, end, names in respective if at <= s < end), None)
        if pairs:  # 「…それぞれ約1,150万円、約2,080万円」: the debts in the order the sentence named them
            named = pairs.pop(0)
        if named is not None:
            prev_debt = named  # the subject of the sentence (「市税」は、…) carries on even past figures not read
        move = MOVE_AFTER.match(text, e)
        if a.unit == "points" or move and a.unit == "yen":  # 「…は98.95％で、前年度比0.21ポイント増」「約4,330万円
            read = levels.get(a.unit == "points", [])  # 減少」: a change, of the last level of its kind read
            if read:
                out.append(_change(a, read, restated.get(a.unit == "points"), move, place))
            elif a.unit == "points" and own.metric == "collection_rate" \
                    and (k := merge(own, place.outer, running)).fiscal_year is not None:
                value = _signed(a, move)
                out.append(Fact(debt_raw=named or prev_debt or debt, fiscal_year=k.fiscal_year,  # 「現年度分の収納率は
                                fiscal_year_raw=k.fiscal_year_raw, segment=k.segment or "total",  # 前年度比0.12ポイント
                                metric="difference", basis=k.basis or "actual",  # 上昇」 with no rate printed: the
                                as_of=k.as_of if k.basis == "interim" else None, value=value, unit="points",  # change
                                approx=a.approx, raw=a.raw, page=place.page, bbox=place.bbox))  # type: ignore[arg-type]
            continue
        if TARGET_BOUND.match(text, e) or "target" in (year.basis, own.basis, prev and prev.basis) \
                and BOUND_END.match(text, e):
            own = replace(own, basis="target")  # 「…収入未済額を42.7億円以下とする」, 【数値目標】・収入未済額 1,520,000千円以下,
            # 令和６年度 数値目標 / 現年分 99.25％以上　滞繰分 31.00％以上
        elif NOT_A_LEVEL.match(text, e) and not ((PREVIOUS.search(clause) or own.fiscal_year is not None
                                                  and FROM_LEVEL.match(text, e) and "平均" not in clause)
                                                 and BASE_AFTER.match(text, e)) or \
                re.search(r"(?:から|比|差|[+＋])\s*(?:約)?\s*$", clause) or _arrow_result(clause):
            continue  # (「前年同期の21.08%から改善」 is the year before's level, kept)
        inside = re.split(r"[(（]", clause)[-1] if paren else ""
        short = len(despace(inside)) <= 16 and not PER_HEAD.search(inside)
        if paren and (prev is None or not short) and not (short and (pk := key_of(inside, None, era or None)).metric
                                                           and pk.fiscal_year is not None):
            continue  # a figure inside a parenthesis that restates nothing: (実施件数334件、…⇒収納率54.8%), (回収額
            # 21,460千円) of some cases; one naming its own year and metric is read (（5年度の不納欠損額 27,948千円）)
        if after is not None:
            own = merge(key_of(after.group(1)), own)
        if TARGET_AFTER.match(text, e) or LIST_TARGET.match(text, e):  # 「収入率99.41%を各年度の目標値として設定」,
            # 「現年分94.50％、滞繰分28.00％を目標とし」
            own = replace(own, basis="target")
        elif own.basis in (None, "actual") and (a.raw.endswith("程度") or ESTIMATE_AFTER.match(text, e)
                                                 and not COMPARED_AFTER.match(text, e)):
            own = replace(own, basis="estimate")  # 「約108億円程度まで縮減できる見込み」
        elif own.basis is None and not SETTLED.search(clause) and _estimate_ends(text, e) \
                and not FROM_LEVEL.match(text, e):  # (not 「前年度末の1億3,410万円から…縮減する見込み」: the level from)
            own = replace(own, basis="estimate")  # 「現年課税分が99.21％、…、全体で95.33％となる見込みでございます。」
        restates = paren or bool(PREVIOUS.search(clause)) and own.fiscal_year is None and (
            len(despace(clause)) <= 12 or len(despace(pieces[-1])) <= 12 and PREVIOUS.search(pieces[-1])
            and not PARTICLES.sub("", despace(keys[0].rest)))  # (…下回りましたが、現年課税分は前年同期の77.90％;
        # not 接触率が前年度の41％)
        if prev is None and restates and above is not None and above.page == place.page and _unit_fits(above.metric, a):
            prev = Key(fiscal_year=above.fiscal_year, fiscal_year_raw=above.fiscal_year_raw, basis=above.basis,
                       as_of=above.as_of, segment=above.segment, metric=above.metric)  # 92.57% over 前年同期 92.26%
            prev_debt = prev_debt or above.debt_raw
        if prev is not None and prev.metric and not _unit_fits(prev.metric, a) and fitting.get(a.unit == "percent"):
            prev = fitting[a.unit == "percent"]  # 「…収入未済額は約3億円。次に、国保ですが、現年課税分が96.12%」: the rate before
        note = place.notes.get(OPENING.get(clause.rstrip()[-1:], "")) if paren and clause.strip() else None
        if paren and note is not None and prev is not None and not own.metric:
            k = noted(prev, note)  # 3,456,789千円（3,400,120千円） under 「（）内は前年度同期」
            if k is None:
                continue
            named = named or prev_debt
        elif restates and prev is not None and not own.metric:
            k = merge(own, replace(prev, basis=None, as_of=None, fiscal_year=None, fiscal_year_raw=None))
            if paren and prev.metric == "collected" and a.unit == "percent" and not despace(inside):
                k = replace(k, metric="collection_rate")  # 収入済額 1,368,402千円（96.85%）: the rate it makes
            if PREVIOUS.search(clause) and own.fiscal_year is None and prev.fiscal_year is not None:
                basis = own.basis or ("actual" if prev.basis == "estimate" else prev.basis)  # (the year before a
                # 決算見込 is settled)
                as_of = month_end_year_before(prev.as_of) if basis == "interim" else None
                k = replace(k, fiscal_year=prev.fiscal_year - 1, fiscal_year_raw=PREVIOUS.search(clause).group(0),
                            basis=basis, as_of=as_of)
            else:
                k = merge(k, prev)
            named = named or prev_debt
        elif not own.metric and prev is not None and (named or own.segment or own.basis) and \
                (not PARTICLES.sub("", despace(own.rest)) or named and named in own.rest
                 and len(_qualified(own.rest)) - len(named) <= 2):
            # 「国民健康保険税の現年分は38.42%」「…99.39%となり、目標の99.35%」: the metric of the figure before
            like = before_level if compared and before_level is not None else prev  # (not a level compared from:
            k = merge(replace(own, rest=""), replace(like, segment=None if (named or own.segment) else like.segment,
                                                     basis=None if own.basis else like.basis))  # …から縮減。このうち市税が…)
        elif prev is None and above is not None and own.fiscal_year is not None and not own.metric and not named \
                and not PARTICLES.sub("", despace(own.rest)) and _unit_fits(above.metric, a):
            # 「令和5年度決算：92.57％」 under 「・徴収率（令和6年度決算見込）：93.63％」: the metric of the line above
            k = merge(own, Key(metric=above.metric, segment=above.segment))
            named = above.debt_raw
        elif (after is not None or own.fiscal_year is not None and  # 「4年度の18.7%から5年度は21.3%に」: from … to
              not re.sub(r"から|より", "", PARTICLES.sub("", despace(own.rest)))) \
                and not own.metric and prev is not None and prev.metric and not named:
            # 「約139億円（平成28年度）と比較すると」「平成28年度の約139億円と比較すると」: the figure before's metric,
            # another year
            k = merge(key_of(after.group(1)) if after else own,
                      replace(prev, fiscal_year=None, fiscal_year_raw=None, as_of=None, basis=None))
        else:
            only_debt = bool(named) and not _qualified(own.rest).replace(despace(named), "")
            if not own.metric and PARTICLES.sub("", despace(own.rest)) and not only_debt:
                continue  # the words before the figure name something, but no metric: not ours to guess
            if own.fiscal_year is not None and own.fiscal_year != running.fiscal_year:
                running = Key()  # 「…2月末の収納率は….令和4年度末の収入未済額は」: its own year, not the time before
            k = merge(own, place.outer, running)
            if k.metric is None and a.unit == "percent" and not own.change and prev is None and not place.outer.metric \
                    and (own.segment in ("current", "arrears") or own.segment == "total" and last_rate is not None):
                # 「現年課税分が95.08%、滞納繰越分が29.47%」 with the 収納率 named in the speech before (合計 96.75% after
                k = replace(k, metric="collection_rate")  # them): a segment's rate
                outer_time = place.outer.fiscal_year is not None or place.outer.as_of or place.outer.basis
                if last_rate is not None and own.fiscal_year is None and own.as_of is None and not own.basis \
                        and not outer_time and not year.basis:  # (a cell under 令和7年度 数値目標, a line under
                    # 「３　令和７年度の目標（単位：％）」, is of its own time)
                    k = replace(k, fiscal_year=last_rate.fiscal_year, fiscal_year_raw=last_rate.fiscal_year_raw,
                                basis=last_rate.basis, as_of=last_rate.as_of)  # …of the same time as the rates before
                    running = _time(k)  # and so are the figures after them in the paragraph
        if own.fiscal_year is not None and not own.previous and not BASE_AFTER.match(text, e) \
                and not COMPARED_AFTER.match(text, e):
            running = _time(own)  # (not the year of a level compared from: 「令和5年度の約15億円から…縮減。市税の収納率は」,
            # nor of one compared with: 「令和5年度決算の99.03％を上回る見込み。年度末の収入未済額は」)
        if named is None:
            named = prev_debt  # 「市税」は、…収納率が99.28%となり、…。収入未済額は約45億円: the subject carries on
        elif named and debt and debt != named and despace(debt) in despace(named):
            named = debt  # 現年度保育料(児童福祉費負担金) on the sheet of 児童福祉費負担金: the sheet's debt
        prev_debt = named
        if lead_segment and k.segment is None:
            k = replace(k, segment=lead_segment)
        topic_segment = next((seg for end, seg in sorted(topics.items(), reverse=True)
                              if end <= s and "。" not in text[end:s]), None)
        if topic_segment and k.segment is None:  # the sentence's topic segment covers each figure of it
            k = replace(k, segment=topic_segment)
        metric = k.metric
        if metric is None or metric not in CORE_METRICS or k.change or not _unit_fits(metric, a):
            continue
        if not restates:
            compared = bool(BASE_AFTER.match(text, e)) and own.fiscal_year is not None  # 令和元年度の約38億円から
            before_level = prev if compared else None
            prev = k  # a restatement (前年同期の51.86%) does not become the figure the next clause parallels
            fitting[a.unit == "percent"] = k
        if k.fiscal_year is None:
            continue
        if date and k.basis == "estimate" and own.fiscal_year is None and not k.previous and not restates \
                and not year_of(text[text.rfind("。", 0, s) + 1:s])[0] and place.outer.fiscal_year is None \
                and (speech or MINUTES_SPEAKER.match(place.text)):  # 「現時点での決算見込みとしては、…93.40％」 in a
                # meeting (a paragraph of a speech, its speaker's mark on the line above or not): the
            k = replace(k, fiscal_year=_estimated_year(date), fiscal_year_raw=None)  # year of the meeting's 決算見込
        if date and k.as_of and not year_of(clause)[0] and not k.previous and not restates:
            as_of = _dated_month_end(k.as_of, date)  # 「2月末で86.45%」 in a meeting of 2024-03-12: 2024-02-29
            fy = int(as_of[:4]) - (1 if int(as_of[5:7]) < 4 else 0)
            k = replace(k, as_of=as_of, fiscal_year=fy)
            prev = k  # the restatement that follows (前年同期は85.90%) goes back a year from this date
            if own.as_of:  # 「12月末時点の…。…収入未済額は約21億円」: the month end governs the sentences after it
                running = _time(k)
        basis = k.basis or "actual"
        fact = Fact(debt_raw=(named or None) if named is not None else debt, fiscal_year=k.fiscal_year,
                    fiscal_year_raw=k.fiscal_year_raw, segment=k.segment or "total", metric=metric,  # type: ignore[arg-type]
                    basis=basis, as_of=k.as_of if basis == "interim" else None, value=a.value,  # type: ignore[arg-type]
                    unit=a.unit, approx=a.approx, raw=a.raw, page=place.page, bbox=place.bbox)  # type: ignore[arg-type]
        out.append(fact)
        if a.unit in ("percent", "yen") and not restates:
            levels.setdefault(a.unit == "percent", []).append(fact)
            restated.pop(a.unit == "percent", None)
        elif a.unit in ("percent", "yen"):
            restated[a.unit == "percent"] = fact
    return out + paired


def _side_by_side(page_marks: list[Mark]) -> bool:
    """True when a page's heading marks stand in columns: some pair of them with no horizontal overlap."""
    lines = [m for m in page_marks if not m.boxed]
    return any(a.x1 <= b.x0 or b.x1 <= a.x0 for i, a in enumerate(lines) for b in lines[i + 1:])


def _signed(a: Amount, move: re.Match[str] | None) -> float:
    """A change's value signed by the word after it (減少, 下回った), else as printed."""
    return a.value if move is None else abs(a.value) if move.group("up") else -abs(a.value)


def _change(a: Amount, levels: list[Fact], restated: Fact | None, move: re.Match[str] | None, place: _Place) -> Fact:
    """The change `a` printed after the levels it compares: dated and keyed like the newer of the last two when they
    are levels of one figure (「令和元年度の約20.6億円から令和5年度の約15.7億円へ、約4.9億円縮減」), else like the last;
    of the segment and debt of a level of the year before restated right before it (「滞納繰越分は前年同期の19.02％を
    0.58ポイント下回り」: of 滞納繰越分 at that time). Its sign from the word after it (減少, 下回った) or as printed."""
    level = levels[-1]
    if len(levels) > 1 and (o := levels[-2]).metric == level.metric and o.segment == level.segment \
            and o.debt_raw == level.debt_raw and (o.fiscal_year or 0, o.as_of or "") > (level.fiscal_year or 0, level.as_of or ""):
        level = o  # (「約107億円であった。…約139億円（平成28年度）と比較すると約32億円の減」: of the 107億円)
    if restated is not None:
        level = level.model_copy(update=dict(segment=restated.segment, debt_raw=restated.debt_raw or level.debt_raw))
    value = _signed(a, move)
    return level.model_copy(update=dict(metric="difference", value=value, unit="points" if a.unit == "points" else "yen",
                                        approx=a.approx, raw=a.raw, page=place.page, bbox=place.bbox))


#: Two debts a sentence opens on (保育料及び市営住宅使用料は、), then それぞれ before their figures.
RESPECTIVE = re.compile(r"(?:^|[。\s])([^\s、。はがのを及と]{2,16})(?:及び|および|と|、)([^\s、。はがのを]{2,16})(?:は|が|の)[^。]*?それぞれ")


def _respective(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, [debt, debt]) of each sentence that opens on two debts and gives their figures after それぞれ, in
    that order; the list is used up figure by figure."""
    out = []
    for m in RESPECTIVE.finditer(text):
        if is_debt_name(despace(m.group(1))) and is_debt_name(despace(m.group(2))):
            end = text.find("。", m.end())
            out.append((m.end(), end if end >= 0 else len(text), [m.group(1), m.group(2)]))
    return out


def _figure_only(text: str) -> bool:
    """True for a line that prints a figure and nothing else (a panel's big 92.57%)."""
    found = [a for a in find_amounts(text) if a.span]
    return len(found) == 1 and not re.sub(r"[\s()（）]", "", text[:found[0].span[0]] + text[found[0].span[1]:])


def _is_label(text: str) -> bool:
    """True for a short line naming a metric and no figure (2月末徴収率（現年課税分）)."""
    return len(despace(text)) <= 30 and not _has_figure(text) and key_of(text).metrics == 1 and "。" not in text


def _under(box: BBox, above: BBox) -> bool:
    """True when `box` lies right under `above` in its column (within three of its lines), on one page."""
    lh = max(above[3] - above[1], 1.0)
    return 0 <= box[1] - above[3] <= 3 * lh and min(box[2], above[2]) - max(box[0], above[0]) > 0


def _arrow_result(clause: str) -> bool:
    """True when the figure follows an arrow as the result of what comes before it (…⇒収納率54.8%), not as the next
    year of a series (R4 91.02％ → R5 91.48％ → R6見込 91.80％: a year after the arrow)."""
    arrow = re.search(r"[⇒→][^⇒→]*$", clause)
    return arrow is not None and key_of(arrow.group(0)).fiscal_year is None


SETTLED = re.compile(r"決算(?!見込)|実績")
SENTENCE_ESTIMATE = re.compile(r"見込(?:み|まれ)(?:で(?:す|ございます|ある)|となって(?:いる|います|おります)|ます|る)?\s*$")


def _estimate_ends(text: str, end: int) -> bool:
    """True when the figure's sentence ends saying it is an estimate (「…、全体で95.33％となる見込みでございます」) and
    prints no year of its own after the figure."""
    stop = text.find("。", end)
    rest = text[end:stop if stop >= 0 else len(text)]
    return bool(SENTENCE_ESTIMATE.search(rest)) and not year_of(rest)[0]


def _estimated_year(date: str) -> int:
    """The 年度 a 決算見込 spoken of at a meeting on `date` is for: the year just closed while its accounts are
    being settled (April–August), else the meeting's own 年度 (so the calendar year before, until September)."""
    year, month = int(date[:4]), int(date[5:7])
    return year - 1 if month < 9 else year


ERA_YEAR = r"(?:令和|平成|R|H)\s*[0-9元]+\s*年度"
COMPARED = re.compile(rf"(?P<y1>{ERA_YEAR})と(?P<y2>{ERA_YEAR})の比較[^。]*?[(（][^()（）⇒→]*?(?P<a>[^()（）⇒→]+?)\s*[⇒→]"
                      r"\s*(?P<b>[^()（）⇒→]+?)\s*[)）]\s*(?:の)?(?P<what>[^。、]{0,12})")


def _compared_years(place: _Place, text: str, debt: str | None) -> list[Fact]:
    """The two figures of a comparison of two years (「平成29年度と令和3年度の比較では、約36.1%（約93.8億円⇒約59.9億円）
    の収入未済額が減少」): the first year's figure and the second's; [] when the paragraph holds none."""
    m = COMPARED.search(text)
    if not m:
        return []
    k = key_of(m.group("what"))
    if k.metric is None:  # 「収入未済額は、令和元年度と令和5年度の比較では、約27.1%（約76.2億円⇒約55.5億円）減少した」
        k = key_of(re.split(r"[。]", text[:m.start()])[-1])
    out: list[Fact] = []
    for year, part in ((m.group("y1"), m.group("a")), (m.group("y2"), m.group("b"))):
        found = find_amounts(part)
        fy, raw = year_of(year)
        if not found or k.metric not in CORE_METRICS or not _unit_fits(k.metric, found[-1]) or fy is None:
            return []
        a = found[-1]
        out.append(Fact(debt_raw=named_debt(text[:m.start()]) or debt, fiscal_year=fy, fiscal_year_raw=raw,
                        segment=k.segment or "total", metric=k.metric, basis="actual", value=a.value,  # type: ignore[arg-type]
                        unit=a.unit, approx=a.approx, raw=a.raw, page=place.page, bbox=place.bbox))  # type: ignore[arg-type]
    return out


BLOCK_START = re.compile(r"^\s*(?:[・●○◎◆◇■□※【\[〔(（①-⑳•]|[0-9]{1,2}(?:[\s、)）](?!\s*(?:年|月|日|億|万|千|百|件|人|世帯|%|％|ポイント))|"
                         r"[.．](?![0-9]))|[ア-ン][\s.．、)）])")  # (「6 年度で27.63％…」 goes on a line 「…令和」)


#: The day and hour a meeting was held (令和6年9月12日(木曜日) 午前10時00分 開会): it dates no figure.
MEETING_DAY = re.compile(r"[0-9]+\s*月\s*[0-9]+\s*日.*(?:[0-9]+\s*時|開会|開催|開議)")
#: The title of a council meeting's record (令和7年9月定例会 …決算特別委員会記録): its date is the meeting's, not the figures'.
MEETING_TITLE = re.compile(r"定例会|臨時会|委員会記録|会議録|議事録")
#: A paragraph of minutes opening with its speaker (（収納課長）…, ○大島収納課長 …): it goes on from the speech before.
MINUTES_SPEAKER = re.compile(r"^\s*(?:[(（][^()（）]{1,15}[)）]|[○◯〇◎◆]\s*\S{1,15})")
#: How a question of a council record ends (「…について伺います。」「…教えてください。」「…どうですか。」).
QUESTION = re.compile(r"(?:伺います|伺いたい|お聞きします|お尋ねします|ください|ですか|ますか|でしょうか|のか)[。?？]?$")
#: How a line ends that breaks off a sentence (a particle or comma): the next line continues it.
#: A line opening a speech with its words after the speaker's mark (not the mark alone, nor a ○ heading).
SPEECH_OPENING = re.compile(r"^\s*[○◯〇]\s*\S{1,20}[\s　]+\S.{8,}[^。]$")
UNFINISHED = ("、", "が", "は", "の", "を", "に", "と", "で", "も")


NUMBERINGS = (("paren", re.compile(r"^\s*[(（][0-9０-９]{1,2}[)）]")), ("number", re.compile(r"^\s*[0-9０-９]{1,2}[\s　.．、]")),
              ("kana", re.compile(r"^\s*[ア-ン][\s　.．、]")), ("circled", re.compile(r"^\s*[①-⑳]")))


def _numbering(text: str) -> str | None:
    """The kind of number a heading or list item opens with: (1), 1, ア, ①; None for none."""
    return next((name for name, pattern in NUMBERINGS if pattern.match(text)), None)


def _paragraphs(page: Page) -> list[_Place]:
    """Blocks of text outside tables, a line wrapped onto the next joined to it (the next line, in the same column,
    does not open a bullet, a heading or a speaker and starts no further right): 「収入未済額は約19億1,900万\n円」."""
    out: list[_Place] = []
    runs = [r for r in blocks(page) if not in_panel(page, r.bbox)]  # a panel is read as a whole (_places)
    last_in_column: list[tuple[Block, _Place]] = []
    for run in runs:
        size = run.size
        prev_pair = next((pp for pp in reversed(last_in_column)
                          if min(pp[0].bbox[2], run.bbox[2]) - max(pp[0].bbox[0], run.bbox[0]) > 0
                          and -0.3 * size <= run.bbox[1] - pp[0].bbox[3] < 1.2 * size), None)  # lines set tight touch
        joins = False
        if prev_pair is not None and not BLOCK_START.match(run.text) and abs(run.size - prev_pair[0].size) < 0.6:
            prev = prev_pair[0]
            column = [r for r in runs if abs(r.bbox[1] - prev.bbox[1]) < 8 * size and r is not prev
                      and min(r.bbox[2], prev.bbox[2]) - max(r.bbox[0], prev.bbox[0]) > 0]
            edge = max((r.bbox[2] for r in column), default=prev.bbox[2] + 3 * size) - 3 * size
            ended = prev.text.rstrip().endswith(("。", ":", "：", "」")) or (
                bool(BLOCK_START.match(prev.text)) and len(despace(prev.text)) <= 40  # a heading: (1)令和4年度…
                and not prev.text.rstrip().endswith(UNFINISHED)  # 「○課長(氏名) 市税の収納率は、現年課税分が」
                and not SPEECH_OPENING.match(prev.text)  # 「○中川保険年金課長　…の収納率は令和」: a speech goes on
                and not (CONTINUED.match(run.text) and not prev.text.rstrip().endswith("。")))
            # (「○恵那地域は95.64％（前年度95.81％）\nで、0.17ポイントの低下」: no line opens on 「で、」)
            joins = run.bbox[0] <= prev.bbox[0] + 2 * size and (not ended or prev.bbox[2] >= edge) \
                and _heading_key(prev.text, None) is None  # (「令和６年度 数値目標」 heads 「現年分 99.25％以上」)
        if joins and prev_pair is not None:
            place = prev_pair[1]
            b = place.bbox
            place.text += run.text
            place.bbox = (min(b[0], run.bbox[0]), b[1], max(b[2], run.bbox[2]), run.bbox[3])
        else:
            place = _Place(page.number, run.bbox, run.text, Key(), run.bbox[1])
            out.append(place)
        last_in_column.append((run, place))
    _share_notes(out)
    return out


def _note_line(text: str) -> bool:
    """True for a line that only says what the figures near it are: (単位：%。( )内は前年同月の数値), ( )内は前年同月."""
    t = fold(text)
    return len(despace(t)) <= 40 and bool(BRACKET_NOTE.search(t) or re.search(r"単\s*位\s*[:：]", t)) \
        and not find_amounts(BRACKET_NOTE.sub("", re.sub(r"単\s*位\s*[:：][^。)）]*", "", ERA_YEARS.sub(
            "", re.sub(r"^\s*[0-9]{1,2}[\s.．]", "", t)))))  # (「３　令和７年度の目標（単位：％）」 over its figures)


def _share_notes(places: list[_Place]) -> None:
    """Give the lines of a list the note printed under (or over) it: what its bracketed figures are, and a 単位：%
    that makes its bare figures rates (・現年分 93.48（93.31） over 「（単位：%。（ ）内は前年同月の数値）」)."""
    for note in places:
        if not _note_line(note.text):
            continue
        notes = bracket_notes(fold(note.text))
        percent = unit_of(fold(note.text)) == "%"
        column = sorted((p for p in places if min(p.bbox[2], note.bbox[2] + 200) - max(p.bbox[0], note.bbox[0] - 40) > 0),
                        key=lambda p: p.bbox[1])  # the note's own column (a block beside it is no part of its list)
        i = column.index(note)
        for step in (-1, 1):
            k, last = i + step, note
            while 0 <= k < len(column):
                p = column[k]
                gap = (last.bbox[1] - p.bbox[3]) if step < 0 else (p.bbox[1] - last.bbox[3])
                if gap > 12 or not (BULLET.match(p.text) or SEGMENT_FIGURES.match(fold(p.text))) or _note_line(p.text):
                    break  # (a bullet, or a line of figures each after its segment: 現年度分 95.20（94.85） 滞納繰越分 …)
                for o, key in notes.items():
                    p.notes.setdefault(o, key)
                p.percent = p.percent or percent
                k, last = k + step, p


#: A line of figures each printed after its segment (現年度分 95.20（94.85） 滞納繰越分 22.00（21.50）).
#: A year printed with its era (令和７年度, R7): no figure of a note line.
ERA_YEARS = re.compile(r"(?:令和|平成|R|H)\s*[0-9元]{1,2}\s*年度?")
SEGMENT_FIGURES = re.compile(r"^\s*(?:現年課税分|現年度分|現年分|滞納繰越分|過年度分|滞繰分)\s*[:：]?\s*[0-9]")


#: How an item of a list of figures ends (現年分 98.51%): a line naming its own figure after it is the next item;
#: the opening of a line that goes on with the sentence above (a particle and a comma, or a comma)
CONTINUED = re.compile(r"\s*(?:[でにとがをはもへ][、，,]|[、，,])")
#: after a line broken mid-word (…28.5%とな|り、収入未済額は…, 国民健康保険|税の…) it is the same sentence.
LIST_END = re.compile(r"[0-9%円人件帯)）]\s*$")


def _leads(line: str) -> bool:
    """True for a short line of a text cell that dates the lines below it (令和6年2月末日時点, 現年度分(令和6年1月31日
    現在)) and prints no figure."""
    k = key_of(line)
    label = k.metric is not None and re.search(r"[率額数]\s*[:：]?\s*$", line) is not None  # ・12月末収納率 over 現年分 …
    return (k.fiscal_year is not None or k.as_of is not None or label) and not _has_figure(line) \
        and len(despace(line)) <= 30


def _names_own_figure(line: str, before: str) -> bool:
    """True for a line that labels a figure of its own (滞納繰越分収納率 20.33%) after text that printed one: an item
    of a list of figures, not the wrapped end of the line before."""
    found = [a for a in find_amounts(fold(line)) if a.span]
    if not found or not _has_figure(before):
        return False
    k = key_of(fold(line)[:found[0].span[0]])  # type: ignore[index]
    return bool(k.metric or k.segment)


def _heads_above(rows: list[list[str]], row: int, col: int, span: int = 1) -> list[str]:
    """The header cells printed above a text cell in its column, nearest first: the short label cells without figures
    from the top of the table down to the cell (実績又は効果（）内は前年度同期 over 現年分). A cell spanning columns
    headed apart (現年度分 | 滞納繰越分) takes none of those heads. Below a row of prose (取組方針 | …。) the label cells
    right above the cell head it too (令和7年度 数値目標 over 現年分 99.25%)."""
    def run(order: range) -> list[str]:
        out: list[str] = []
        for r in order:
            over = {rows[r][j] for j in range(col, min(col + span, len(rows[r])))}
            if len(over) > 1:
                continue
            t = rows[r][col] if col < len(rows[r]) else ""
            if not despace(t) or _has_figure(t) or len(despace(BRACKET_NOTE.sub("", t))) > 30:
                break  # (「４　令和７年度の取組方針」 heading a box prints no figure)
            if t not in out:
                out.append(t)
        return out

    near = run(range(row - 1, -1, -1))
    return near + [t for t in run(range(row))[::-1] if t not in near]


def _panel_time(lines: Sequence[str]) -> Key:
    """The time a key-figure panel's own date line gives its figures (令和6年度決算 under 約4.3億円), wherever in the
    panel it is printed: a line that names a year or month end and nothing else."""
    for line in lines:
        k = key_of(line)
        if (k.fiscal_year is not None or k.as_of) and not k.metric and not k.segment \
                and not PARTICLES.sub("", despace(k.rest)):
            return _time(k)
    return Key()


def _places(page: Page) -> list[_Place]:
    """Paragraphs outside tables and the text cells of tables (with their column's header), top to bottom."""
    out = _paragraphs(page)
    out.extend(_Place(page.number, p.bbox, p.text, _panel_time(p.lines), p.bbox[1]) for p in panels(page))
    for g in page.grids:
        rows = g.filled_rows()
        if g.nrows == 1 and g.ncols > 1 and all(_heading_key(c.text, None) for c in g.cells):
            # 過年度分 | 現年度分 drawn as a one-row table over two blocks of text: headings over their own span
            out.extend(_Place(page.number, c.bbox, c.text, Key(), c.bbox[1]) for c in g.cells)
            continue
        prose = any("。" in c.text for c in g.cells)
        caption = key_of(caption_above(page, g))  # 【収納率の推移（計）】 over a box of 「R4 91.02％ → R5 91.48％」
        caption_metric = caption.metric if caption.metrics == 1 else None
        for c in g.cells:
            t = c.text
            if prose and c.colspan == g.ncols and g.ncols > 1 and key_of(t).fiscal_year is not None \
                    and len(despace(t)) <= 40 and "。" not in t:  # 議題(1) 令和6年度決算における… across a table of
                out.append(_Place(page.number, c.bbox, t, Key(), c.bbox[1]))  # speeches: dates the rows below it
                continue
            if not t or not re.search(r"[぀-ヿ一-鿿]", t) or not find_amounts(t):
                continue
            heads = _heads_above(rows, c.row, c.col, c.colspan)  # the column's header cells, nearest first
            head = heads[-1] if heads else ""
            side = g.cell(c.row, 0) if c.col > 0 else None  # a row header (過年度分 over the row's cells)
            side_text = side.text if side is not None and side is not c else ""
            notes = bracket_notes(side_text, *heads)
            heads = [BRACKET_NOTE.sub("", h) for h in heads]
            head, side_text = BRACKET_NOTE.sub("", head), BRACKET_NOTE.sub("", side_text)
            outer = merge(*(key_of(h) for h in heads if len(despace(h)) <= 12))
            if 0 < len(despace(side_text)) <= 12 and not find_amounts(side_text):
                outer = merge(outer, key_of(side_text))  # the column's head is nearer: its time wins
            pure = [k for h in heads if (k := key_of(h)).metrics == 1 and not k.rest and len(despace(h)) <= 8]
            # a column header dates and segments a text cell; it names the metric only when it is nothing else (徴収率)
            short = len(despace(t)) <= 60 and "。" not in t  # (a caption's metric is no guess for a cell of prose)
            outer = replace(outer, metric=pure[0].metric if pure else caption_metric if short else None)
            if outer.segment is None:  # a segment named in a long header: 前年同期との比較（過年度分・全市）
                outer = replace(outer, segment=next((s for h in heads if (s := key_of(h).segment)), None))
            named = head.strip() if is_debt_name(head) else None
            paras: list[str] = []
            for line in c.lines or [t]:  # a cell's wrapped lines joined; each bullet, numbered item or date line apart
                if paras and not BLOCK_START.match(line) and not paras[-1].rstrip().endswith("。") \
                        and not _leads(line) and not _leads(paras[-1]) and (
                            not LIST_END.search(paras[-1]) or not _names_own_figure(line, paras[-1])):
                    paras[-1] += line
                else:
                    paras.append(line)
            lead = Key()
            said = Key()  # the year a sentence of the cell dated (「令和6年度決算における…。市税は、…」): the next go on
            label = ""  # 「・12月末収納率」 over 現年分 66.2% / 滞納繰越分 17.4%: read before each line below it
            for i, para in enumerate(paras):
                k = key_of(para)
                if _leads(para):
                    if k.fiscal_year is None and k.as_of is None:
                        label = para.strip()
                        continue
                    # 「令和6年2月末日時点」 on a line of its own: dates the cell's lines below it
                    lead = replace(_time(k), segment=k.segment)
                    continue
                text = f"{label} {para}" if label and not BLOCK_START.match(para) else para
                label = label if text != para else ""
                out.append(_Place(page.number, c.bbox, text, merge(lead, outer, said), c.bbox[1] + i * 0.01, named,
                                  notes))
                if not BLOCK_START.match(para):
                    for sentence in para.split("。"):
                        s = key_of(sentence)
                        if s.fiscal_year is not None and not s.previous and _has_figure(sentence):
                            said = _time(s)
    return sorted(out, key=_reading_order(page))


def _column_zone(page: Page, gx: float, first: int, last: int) -> tuple[float, float]:
    """The top and bottom of the part of a page set in two columns: from the lines the gutter cuts (`first` to
    `last`), up and down over the lines that keep to one side of it (a column's heading, its last short line), up to a
    line across the gutter, a table or the page's header or footer band."""
    def apart(i: int) -> bool:
        ln = page.lines[i]
        return (ln.bbox[2] <= gx or ln.bbox[0] >= gx) and not in_band(ln, page) and not inside_grid(ln, page)

    lo, hi = first, last
    while lo > 0 and apart(lo - 1):
        lo -= 1
    while hi + 1 < len(page.lines) and apart(hi + 1):
        hi += 1
    return min(page.lines[i].bbox[1] for i in range(lo, hi + 1)) - 1, \
        max(page.lines[i].bbox[3] for i in range(lo, hi + 1)) + 1


def _reading_order(page: Page) -> Callable[[_Place], tuple[float, int, float]]:
    """The sort key of a page's places: top to bottom, but in the part of a page set in two columns the left column's
    places before the right's (a paragraph at the top of the right column goes on from the foot of the left one)."""
    cuts = page_gutters(page)
    if not cuts:
        return lambda p: (p.y, 0, p.y)
    gx = median(x for xs in cuts.values() for x in xs)
    top, bottom = _column_zone(page, gx, min(cuts), max(cuts))

    def key(p: _Place) -> tuple[float, int, float]:
        if top <= p.bbox[1] and p.bbox[3] <= bottom and (p.bbox[2] <= gx or p.bbox[0] >= gx):
            return top, int(p.bbox[0] >= gx), p.y
        return p.y, 0, p.y
    return key


@dataclass
class _Subject:
    """The debt running text speaks of across paragraphs: the one a question of a council record asked about (its
    answer speaks of it), the one the last speech named (the next speech goes on with it), and the subject of a
    sentence a page break cut (「…における一般会計及び特別会計」 / 「の収入未済額の合計は…」)."""

    asked: str | None = None
    spoken: str | None = None
    broken: str = ""  # the last paragraph's text when it broke off without a full stop
    speaking: bool = False  # inside a speech (its later paragraphs carry no ○ mark)

    def debt_of(self, place: _Place, outline: str | None, first_on_page: bool) -> str | None:
        """The debt a paragraph's figures belong to when it names none itself (`outline`: the page outline's), and
        the state moved on past it."""
        text = fold(place.text)
        named = named_debt(text)
        if self.broken and first_on_page and re.match(r"^[のはがをにと、]", place.text):
            place.debt = place.debt or named_debt(re.split(r"。", self.broken)[-1])
        asked = self.asked if self.asked and named is None else None
        speech = bool(MINUTES_SPEAKER.match(place.text))
        if not speech and len(despace(place.text)) <= 30 and "。" not in place.text:
            self.speaking = False  # a heading between speeches: what follows is no one's speech
        goes_on = self.speaking and not speech  # 「　今年度の収納状況でございますが、…」: a paragraph of the speech
        own = place.debt or asked or outline or (self.spoken if named is None and (speech or goes_on) else None)
        self.speaking = self.speaking or bool(re.match(r"\s*[○◯〇◎]", place.text))  # a speaker's mark opens one
        self.broken = text if not place.text.rstrip().endswith(("。", "」", ")", "）")) else ""
        label_only = len(despace(place.text)) <= 20 and "。" not in place.text and MINUTES_SPEAKER.match(place.text)
        if re.search(r"[぀-ヿ一-鿿]{2}", place.text) and not label_only:  # a lone ○ or 「○長根介護保険課長」 between
            # the question and its answer changes nothing
            self.asked = (named or asked or self.spoken) if QUESTION.search(place.text.rstrip()) else None
            self.spoken = named or (own if own != outline else self.spoken)
        return own


@dataclass
class _Heading:
    """A bracketed heading (【収納率】令和6年12月末時点, 【現年度分】) and the horizontal span it governs."""

    x0: float
    x1: float
    metric: Key  # the heading that names a metric (and its date)
    sub: Key  # a heading below it that names a segment or another period only


BULLET = re.compile(r"^\s*[・●•]")
HEADING_BRACKET = re.compile(r"^\s*[【\[〔][^】\]〕]*[】\]〕]")  # 【市営住宅使用料】 opening a line
#: A line of a meeting's list of materials (・資料２　主要債権の収納状況（令和７年９月末現在）): it dates no speech.
MATERIAL = re.compile(r"^\s*[・･]?\s*(?:資料|参考資料)\s*[0-9０-９]")
CONNECTIVE = re.compile(r"^\s*(?:(?:一方で?|また|なお|さらに|加えて)[、,]|このうち|そのうち)")


def _debts_together(text: str) -> str | None:
    """The words naming debts together that a heading prints (重点5債権, 主要7債権), as printed; None for one debt."""
    named = named_debt(fold(text))
    return named if named and LEXICON.all_debts.fullmatch(named) else None


def _printed_year(text: str, era: str | None) -> Key | None:
    """The one year a bullet prints (令和5年度 in its text or bracketed after its figure), None if it prints
    none or several, or only the year before."""
    keys = [key_of(m.group(1), None, era) for m in YEAR_AFTER.finditer(fold(text))] + [key_of(text, None, era)]
    years = {k.fiscal_year for k in keys if k.fiscal_year is not None and not k.previous}
    if len(years) != 1:
        return None
    k = next(k for k in keys if k.fiscal_year is not None and not k.previous)
    return Key(fiscal_year=k.fiscal_year, fiscal_year_raw=k.fiscal_year_raw)  # the year only: each bullet its basis


def _before_figures(text: str) -> str:
    """The text before its first figure (folded)."""
    t = fold(text)
    first = next((a for a in find_amounts(t) if a.span), None)
    return t[:first.span[0]] if first is not None else t  # type: ignore[index]


def _governing(headings: list[_Heading], place: _Place) -> _Heading | None:
    """The latest heading printed over the place's own horizontal span (a heading of the block beside does not
    govern it)."""
    return next((h for h in reversed(headings) if min(h.x1, place.bbox[2]) - max(h.x0, place.bbox[0]) > 0), None)


def text_facts(pages: list[Page], fiscal_year: int | None = None, date: str | None = None) -> list[Fact]:
    """Facts of every line and text cell of the document (see module docstring). A figure no printed year governs
    belongs to `fiscal_year` (the 年度 of the document's date), else to the year of the document's first dated
    heading."""
    ms: list[Mark] = marks(pages)
    page_marks: dict[int, list[Mark]] = {}
    for m in ms:
        page_marks.setdefault(m.page, []).append(m)
    out: list[Fact] = []
    headings: list[_Heading] = []
    debt: str | None = title_debt(pages)  # a document about one debt, named in its title, until a mark says other
    doc_year = Key(fiscal_year=fiscal_year, fiscal_year_raw=None)
    page_year = Key()  # the year of the latest dated heading: it governs until the next, across pages
    talk = _Subject()
    last_rate: Fact | None = None  # the last collection rate read: the time of a bare segment's rate after it
    bullet_year = Key()  # the year a bullet of the list printed: the list's later bullets that print none take it
    block_debt: str | None = None  # the debts together a heading names (【参考】重点5債権の…), over its block
    read: list[Fact] = []
    spoken: list[Fact] | None = None  # the facts of the first paragraph with figures of the speech or section read
    labels: list[_Place] = []  # short lines naming a metric with no figure (over a figure alone below them)
    recent: list[tuple[BBox, list[Fact]]] = []  # the last places that gave figures, with their boxes
    suspended: Key | None = None  # the month end a year-end estimate section set aside (back after it)
    aside: Key | None = None  # the year a dated 【参考】 heading set aside (back at the next section)
    basis_level: str | None = None  # the numbering of the section heading that set page_year's basis (its
    # sub-sections keep it)
    list_key: tuple[Key, str | None] | None = None  # what the sentence leading a list (「国民健康保険税の現年度分に
    # ついて、…収納率を地域別にみると、次のとおりである。」) names: the metric, segment and debt of its items
    listed_heads: tuple[str, int, float] | None = None  # (numbering, page, bottom) of the place before, a numbered
    # heading with no figure: a heading of the same numbering right under it is the next item of one list; the
    # first item's year governs what follows (議題 (1) 令和7年度上半期の収納状況 (2) … (3) 令和8年度方針(案))
    for page in pages:
        page_start = len(out)  # the page's own facts begin here
        block_debt = None
        page_era = era_of(page.text)
        first_on_page = True
        on_page: list[Mark] = []  # the page's marks read so far
        columns = _side_by_side(page_marks.get(page.number, []))  # marks of two columns: each governs its own
        for place in _places(page):
            while ms and (ms[0].page, ms[0].y) <= (page.number, place.y + 1):
                if ms[0].name != debt:
                    headings = []
                on_page.append(ms.pop(0))
                debt = on_page[-1].name
            reach = [m for m in on_page if m.reaches(place.bbox[0], place.bbox[2], columns)
                     and m.y <= place.y + 1]  # two 個票 side by side: the box over the place's own half (read in
            mine = reach[-1].name if reach else debt  # column order, not one further down the other column)
            own_debt = talk.debt_of(place, mine, first_on_page)
            if first_on_page and len(despace(place.text)) <= 40 and not _has_figure(place.text) \
                    and "。" not in place.text:
                block_debt = _debts_together(place.text)  # the page's title: 資料１　主要４債権の収納状況（全体）
            first_on_page = False
            era = era_of(place.text) or page_era
            titled = SECTION_BEFORE_YEAR_END.sub("", place.text)  # 「５　年度末の見込み」: no year 5 in it
            hk = _heading_key(titled, era)
            if hk is not None and HEADING.match(place.text):  # 【収納率】令和6年2月29日時点（主要７債権の合計）: the
                block_debt = _debts_together(place.text)  # bullets under it are of those debts together
            if hk is not None and hk.as_of is None and hk.fiscal_year is None and \
                    (yr := page_year.fiscal_year or doc_year.fiscal_year) is not None and \
                    (dated := key_of(place.text, yr, era)).as_of:  # ２　未収金残高（９月末） in a report of 令和5年度
                hk = replace(hk, fiscal_year=int(dated.as_of[:4]) - (1 if int(dated.as_of[5:7]) < 4 else 0),
                             basis="interim", as_of=dated.as_of)
            if hk is not None:
                over = _governing(headings, place)
                if hk.metric or over is None:
                    headings.append(_Heading(place.bbox[0], place.bbox[2], hk if hk.metric else Key(),
                                             Key() if hk.metric else hk))
                else:  # 【滞納繰越分】, 【参考】令和5年度決算 under 【収納率】令和6年12月末時点: its own segment or period
                    dated = hk.fiscal_year is not None or hk.basis is not None
                    metric = Key(metric=over.metric.metric) if dated else over.metric
                    headings.append(_Heading(place.bbox[0], place.bbox[2], metric, hk))
                if hk.fiscal_year is not None:
                    aside = page_year if REFERENCE.match(place.text) else None  # (a 【参考】 block dates itself only)
                    page_year = Key(fiscal_year=hk.fiscal_year, fiscal_year_raw=hk.fiscal_year_raw)
                continue
            first = key_of(titled, None, era)
            heading_like = len(despace(place.text)) <= 40 and not place.text.rstrip().endswith("。")
            if heading_like and NEW_SECTION.match(place.text) and not _has_figure(place.text) \
                    and not LEXICON.status_tag.search(place.text) or REFERENCE.match(place.text):
                # 「【参考】令和5年度決算の状況」「(3) 滞納処分の目標」「（参考）令和6年度の滞納者数は…」: the headings
                # above it govern its span no more
                headings = [h for h in headings if min(h.x1, place.bbox[2]) - max(h.x0, place.bbox[0]) <= 0]
                block_debt = None if _has_figure(place.text) else _debts_together(place.text)
                # 【参考】重点5債権の徴収率及び収入未済額: the lines under it are of those debts together
            if block_debt and own_debt == debt:
                own_debt = block_debt
            sibling = listed_heads is not None and heading_like and _numbering(place.text) == listed_heads[0] \
                and listed_heads[1] == page.number and not any(listed_heads[2] < g.bbox[1] < place.y for g in page.grids)
            # (2) right under (1) with nothing between: an item of a list (議題), not a section of its own
            listed_heads = (_numbering(place.text), page.number, place.bbox[3]) \
                if heading_like and _numbering(place.text) and not _has_figure(place.text) else None
            if aside is not None and heading_like and NEW_SECTION.match(place.text) and not REFERENCE.match(place.text) \
                    and first.fiscal_year is None and not _has_figure(place.text):
                page_year, aside = aside, None  # 「（３）その他の債権」 after 「【参考】令和４年度決算…」: the year before the aside
            if first.fiscal_year is not None and heading_like and not _has_figure(place.text) \
                    and not MEETING_DAY.search(fold(place.text)) and not MEETING_TITLE.search(place.text) \
                    and not MATERIAL.match(place.text) and not sibling \
                    and not re.fullmatch(r"\D*[0-9]+\s*年", fold(first.fiscal_year_raw or "")):  # 令和6年 決算特別委員会記録
                aside = page_year if REFERENCE.match(place.text) else None  # (a 【参考】 block dates itself only)
                page_year = Key(fiscal_year=first.fiscal_year, fiscal_year_raw=first.fiscal_year_raw)
                if first.as_of and (HEADING.match(place.text) or NEW_SECTION.match(place.text)  # 【参考】…（令和6年12月末）
                                    or AS_AT.search(place.text)):  # （中間報告　令和6年2月末現在） under the title
                    page_year = replace(page_year, basis="interim", as_of=first.as_of)
                elif (first.basis == "target" and first.metric is None or first.basis == "estimate") \
                        and NEW_SECTION.match(place.text):
                    page_year = replace(page_year, basis=first.basis)  # （２）目標（令和11年度） over its bullets,
                    basis_level = _numbering(place.text)
                    # (2)議題1 令和5年度決算見込における… over the speeches of that item
                if doc_year.fiscal_year is None:
                    doc_year = page_year
            elif heading_like and NEW_SECTION.match(place.text) and not _has_figure(place.text) and \
                    page_year.basis in ("target", "estimate") and first.basis is None and first.as_of is None and \
                    basis_level in (None, _numbering(place.text)):
                page_year = replace(page_year, basis=None) if suspended is None else suspended  # 「３　現状と課題」
                # after 「２　目標の達成状況」: its own (not 「（１）市税」 under 「５　年度末の見込み」: a part of it);
                # 「６　取組状況」 after 「５　年度末の見込み」: the month end before it again
                suspended = None
            elif heading_like and NEW_SECTION.match(place.text) and not _has_figure(place.text) and \
                    page_year.fiscal_year is not None and first.fiscal_year is None and first.as_of is None and \
                    first.basis == "estimate" and first.metric is None and page_year.as_of:
                suspended, basis_level = page_year, _numbering(place.text)
                page_year = replace(page_year, basis="estimate", as_of=None)  # 「５　年度末の見込み」 after
                # 「２　主要債権の収納状況（令和７年２月末現在）」: the year's estimates, no month end
            elif heading_like and NEW_SECTION.match(place.text) and not _has_figure(place.text) and \
                    (yr := page_year.fiscal_year or doc_year.fiscal_year) is not None and \
                    (dated := key_of(place.text, yr, era)).as_of and dated.fiscal_year is None:
                # 「３．12月末の収納状況」 in a report of 令和6年度: the figures under it are as of that month end
                page_year = Key(fiscal_year=yr, fiscal_year_raw=page_year.fiscal_year_raw or doc_year.fiscal_year_raw,
                                basis="interim", as_of=dated.as_of)
            if place.outer.basis == "actual" and place.outer.fiscal_year is None and page_year.basis == "interim" \
                    and page_year.as_of:  # 実績 over a cell under 「１ 令和6年度上半期の取組状況（9月末現在）」: so far
                place.outer = replace(place.outer, basis=None)
            gov = _governing(headings, place)
            heading, sub = (gov.metric, gov.sub) if gov is not None else (Key(), Key())
            ctx = merge(place.outer, sub, heading)
            place.outer = ctx
            bullet = BULLET.match(place.text)
            listed = bullet_year if bullet else Key()
            base = merge(_time(sub), _time(heading), listed, page_year, doc_year)
            if MINUTES_SPEAKER.match(place.text) or heading_like and not _has_figure(place.text):
                spoken = None  # a new speech or section: what its first paragraph dates goes on over the later ones
            goes_back = CONNECTIVE.match(MINUTES_SPEAKER.sub("", place.text, count=1))  # (○課長　このうち市税は…)
            before = next((f for b, f in reversed(recent) if f[0].page == place.page and min(b[2], place.bbox[2]) >
                           max(b[0], place.bbox[0])), None)  # the figures read last in this column (text in two)
            earlier = before if before and goes_back else spoken if spoken and not bullet else None
            latest = max((f for f in earlier or () if f.basis == "actual" and f.fiscal_year is not None),
                         key=lambda f: f.fiscal_year, default=None)  # the paragraph's own year, not one it compares
            if earlier and latest is not None and earlier[0].basis == "actual" and earlier[0].page == place.page and \
                    _printed_year(_before_figures(place.text), era) is None:  # (令和７年度から… after its figures: its own)
                base = merge(Key(fiscal_year=latest.fiscal_year, fiscal_year_raw=latest.fiscal_year_raw), base)
                # 「一方、国民健康保険税の収入未済額は…」 opening a paragraph, or 「主な債権のうち市税につきましては、…」
                # further on in a speech: the year the paragraph before (the speech's first) opened on
            elif earlier and goes_back and earlier[0].basis == "interim" and earlier[0].as_of and \
                    earlier[0].page == place.page and _printed_year(_before_figures(place.text), era) is None \
                    and key_of(_before_figures(place.text), None, era).as_of is None:
                base = merge(Key(fiscal_year=earlier[0].fiscal_year, fiscal_year_raw=earlier[0].fiscal_year_raw,
                                 basis="interim", as_of=earlier[0].as_of), base)  # 「一方、国民健康保険税の現年分
                # 収納率は78.52％」 after 「令和6年2月末現在の…」: the same month end
            listed_rate = read[-1] if bullet and read and read[-1].metric == "collection_rate" and \
                read[-1].segment in ("current", "arrears") else None  # ・全体 97.9％ after ・現年度分 / ・過年度分 bullets
            over = next((lb for lb in reversed(labels) if lb.page == place.page and _under(place.bbox, lb.bbox)),
                        None) if _figure_only(place.text) else None
            if over is not None:
                place = replace(place, text=f"{over.text} {place.text}")  # a panel's 2月末徴収率（現年課税分） over 92.57%
            labels = [*labels[-8:], place] if _is_label(place.text) else labels
            up = next((f for f in reversed(out[page_start:]) if f.bbox is not None and _under(place.bbox, f.bbox)),
                      None)  # the figure right above, in this column (panels side by side)
            if list_key is not None and not LIST_MARK.match(place.text):
                list_key = None
            if list_key is not None:  # an item of the list the sentence above led: its metric, segment and debt
                place.outer = merge(place.outer, list_key[0])
                own_debt = list_key[1] or own_debt
            at = AREA_LEAD.match(place.text)
            area = at.group(1) if at and not is_debt_name(at.group(1), known_only=True) else None
            read = read_place(replace(place, text=place.text[:at.start(1)] + place.text[at.end():]) if area else place,
                              own_debt, base, date, last_rate or listed_rate,
                              None if bullet else up or (before[-1] if before else None),  # (this column's)
                              speech=talk.speaking)
            if area:  # ○恵那地域の収納率は99.21％, ○岩村地域は96.88％: the place's figures are for it, read without it
                read = [f.model_copy(update={"area": area}) for f in read]
            if not bullet:
                bullet_year = Key()
            elif own := _printed_year(place.text, era):  # ・収入未済額：約9億5,267万円（令和5年度）: the bullets below
                bullet_year = own  # it that print no year are of the same year
            out.extend(read)
            if read:
                recent = [*recent[-8:], (place.bbox, read)]
            if read and (MINUTES_SPEAKER.match(place.text) or spoken is None and not bullet):
                spoken = read  # the first paragraph with figures of a speech or of a section
            last_rate = next((f for f in reversed(read) if f.metric == "collection_rate" and f.basis != "target"
                              and not PREVIOUS.search(f.fiscal_year_raw or "")), last_rate)  # not 前年同期's
            lead = LIST_LEAD.search(fold(place.text))
            if lead and not _has_figure(place.text) and not LIST_MARK.match(place.text):
                k = key_of(place.text, None, era)
                list_key = (Key(metric=k.metric, segment=k.segment), named_debt(place.text.split("について")[0]))
            if lead and not _has_figure(place.text) and len(years := find_years(place.text)) == 1:
                page_year = Key(fiscal_year=years[0].fiscal_year, fiscal_year_raw=years[0].raw,
                                basis="target" if "目標" in lead.group(0) else None)  # 「…令和９年度に向けて、次の目標を
                # 定める。」 over （１）…収入率を99.30％以上とする。
            stated = RESULTS_OF.search(fold(place.text))
            if stated and not _has_figure(place.text) and not _note_line(place.text) \
                    and not TABLE_NOTE.search(fold(place.text)):  # 「令和5年度の実績を報告する」: the year the text reports
                # (not 「※3月末の前年度欄は令和5年度決算の収納率。」 or 「本年度は令和6年度、前年度は令和5年度の実績。」: notes
                # on a table's columns)
                k = key_of(stated.group(1), None, era)
                if k.fiscal_year is not None:
                    page_year = Key(fiscal_year=k.fiscal_year, fiscal_year_raw=k.fiscal_year_raw)
    return out
