"""The vocabulary of statistical debt tables: what a header cell, row label or caption says about a figure.

`key_of(text)` reads one label (folded text) into a `Key`: fiscal year (令和6年度, R6, 平成30年度, (2019年度),
a bare 2021), basis (見込/推計 → estimate, 目標 → target, 実績/決算 → actual, 10月末時点 → interim with as_of),
segment (現年 → current, 滞納繰越/滞繰/過年度 → arrears, 計/合計/全体 → total), metric (調定額 → assessed, 収入済額/
収納額/収入額 → collected, 収納率/収入率/徴収率 → collection_rate, 不納欠損額 → written_off, 収入未済額/未収金 →
outstanding, 滞納者数/滞納世帯数 → delinquents), a change word (増減/差/前年度比 → metric "difference", 構成比 → "share"),
the printed unit ((千円), 単位:円, (%)) and what is left (`rest`: a debt or account name, or nothing).
`merge` combines keys with the first key winning field by field.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, fields, replace
from functools import lru_cache

from saiken.extract.lexicon import LEXICON
from saiken.normalize.errors import NormalizeError
from saiken.normalize.wareki import ERA_BASE, find_years, parse_date
from saiken.normalize.text import despace, fold

#: Metric words, longest first where one contains another (収入未済額 before 収入額): extract/lexicon.yaml.
METRICS = LEXICON.metrics
MONEY_METRICS = LEXICON.money_metrics
CHANGE = LEXICON.difference
COMPARISON = re.compile(r"比較")
SHARE = LEXICON.share
CHANGE_RATE = LEXICON.change_rate
CURRENT = LEXICON.segments["current"]
ARREARS = LEXICON.segments["arrears"]
TOTAL = LEXICON.segments["total"]
SEGMENT_PAREN = re.compile(r"[(（〈<【]\s*(現年度?分?|現年課税分|滞納繰越分?|滞繰分?|過年度分?|過年分|合計|計)\s*[)）〉>】]\s*$")
BASES = LEXICON.bases
PREVIOUS = re.compile(r"前年(?:度)?(?:同月|同期|同時期)?|昨年(?:度)?")
SAME_TIME = re.compile(r"同月|同期|同時期")
#: A line that opens a note under or over a table: ※…, ＊…, 注1…, （注）….
NOTE_START = re.compile(r"^\s*(?:※|\*|＊|[(（]?注[)）:：\s0-9０-９])")
SECTION_TITLE = re.compile(r"[【〔\[＜<][^】〕\]＞>0-9]{2,16}[】〕\]＞>]")  # a section's name in brackets: 【特別会計】
ERA = r"(?:令和|平成|R|H)\s*[0-9元]+\s*年\s*"
AS_OF = re.compile(rf"(?P<date>(?P<era>{ERA})?(?<!表)(?<!表\s)(?<!図)(?<!図\s)(?P<month>[0-9]{{1,2}})\s*月\s*(?:(?P<day>[0-9]{{1,2}})\s*日|末日?)?)"
                   r"\s*(?P<tail>時点|現在)?")
UNIT_NOTE = re.compile(r"(?:単位|金額|額(?=\s*[:：]))\s*[:：]?\s*(?P<u1>千円|万円|億円|百万円|円|%|ポイント|人|世帯|件)"
                       r"|[(（]\s*(?P<u2>千円|万円|億円|百万円|円|%|ポイント|人|世帯|件)\s*[)）]")
BARE_YEAR = re.compile(r"(?<![0-9,.])(19[89][0-9]|20[0-9]{2})(?![0-9,.])")
#: Words a label may hold besides the vocabulary above without naming anything (区分, 債権名, の, 及び…).
FILLER = re.compile(r"(?<![一-鿿])同(?![一-鿿])|であります|でございます|(?:会計|債権)別|(?:本|今)年度?|ピーク時|ピーク|年度末|期末|月末|年前|末|参考|年度|時点|現在|単位|区分|項目|債権名|債権の名称|名称|の|及び|および|等|分|額|率|数値|数|値|"
                    r"[0-9元]+|[()（）\[\]【】〈〉<>＜＞《》:：・、,.\s/／A-Za-z※*＊~〜～=＝+＋\-－−△▲•●○◦▪■□◆◇→⇒]")


#: A note on what figures printed in brackets are: （　）内は前年度同期, ( )は目標値, ※【】は政令市順位, 〔 〕内は見込,
#: 括弧内は令和５年度決算 (round brackets).
BRACKET_NOTE = re.compile(r"[※*＊]?\s*(?:(?P<open>[(（〔【\[])\s*[)）〕】\]]|括弧|かっこ|カッコ)\s*(?:内|書き)?\s*(?:の数値|の数字|の値)?\s*(?:は|:|：)\s*[、，]?\s*"
                          r"(?P<what>[^\s、。,()（）【】〔〕\[\]]{1,14})")
OPENING = {"(": "(", "（": "(", "〔": "〔", "【": "【", "[": "〔"}
#: A note showing a cell's form in quotes: 収納率の欄は「今期（前年同期）」 (the bracketed figure is the year before's).
BRACKET_FORM = re.compile(r"[「『]\s*[^「」『』()（）〔〕【】\[\]]{1,10}\s*(?P<open>[(（〔【\[])\s*"
                          r"(?P<what>[^「」『』()（）〔〕【】\[\]\s]{1,12})\s*[)）〕】\]]\s*[」』]")


@dataclass(frozen=True)
class Key:
    """What one label says about the figures under or beside it; None where it says nothing."""

    fiscal_year: int | None = None
    fiscal_year_raw: str | None = None
    basis: str | None = None
    as_of: str | None = None
    segment: str | None = None
    metric: str | None = None
    metrics: int = 0  # how many distinct metric words the label holds (a caption with two names none)
    change: str | None = None  # "difference" (増減・差・前年度比), "change_rate" (増減率) or "share" (構成比・割合)
    unit: str | None = None  # the printed unit of the figures: '千円', '円', '%', '人'
    previous: bool = False  # the label says 前年同期・前年度 without a year: the year before the table's
    rest: str = ""  # the label without its vocabulary: a debt or account name, or ''

    @property
    def names_something(self) -> bool:
        """True when the label is more than vocabulary (a debt, an account, a ward)."""
        return bool(self.rest)


#: A segment named as included in a figure of the whole (滞納繰越分を含めた, 現年分も含む; not 4債権の現年度分を合わせた).
INCLUDING = re.compile(r"分\s*(?:を|も)\s*含(?:め|む)")


def segment_of(text: str) -> str | None:
    """The segment a label names: current, arrears, total, or None."""
    current, arrears = bool(CURRENT.search(text)), bool(ARREARS.search(text))
    if (current or arrears) and INCLUDING.search(text):  # 滞納繰越分を含めた収入未済額: the whole, not the part named
        return "total"
    if current and arrears:  # 現年+滞納繰越, 現年・滞繰計
        return "total"
    if current:
        return "current"
    if arrears:
        return "arrears"
    if TOTAL.search(text):
        return "total"
    if re.fullmatch(r"\s*滞納分?\s*", text):
        return "arrears"  # 現年 | 滞納 | 合計 rows: 滞納 alone is the arrears
    return None


#: segment words by their sorted characters: a word set vertically in two columns of a cell, read in the wrong order
UNSCRAMBLED = {"".join(sorted(w)): w for w in ("滞納繰越分", "現年度分", "現年課税分", "過年度分")}


def own_segment(name: str) -> str | None:
    """The segment a debt label states in a closing parenthesis (市税(現年分)); None for names such as
    住宅手当過年度収入, whose segment words are part of the debt's name."""
    m = SEGMENT_PAREN.search(name)
    return segment_of(m.group(1)) if m else None


def metric_of(text: str) -> tuple[str | None, int]:
    """(metric of the first metric word, number of distinct metrics named) of a label."""
    found = metrics_of(text)
    if not found:
        return None, 0
    first = min(found, key=lambda m: min(text.find(w) for w, mm in METRICS if mm == m and w in text))
    return first, len(found)


def metrics_of(text: str) -> list[str]:
    """The distinct metrics a text names, longer words first (収入未済額 is not also 収入額)."""
    found: list[str] = []
    rest = text
    for word, metric in METRICS:
        i = rest.find(word)
        if i >= 0 and LEXICON.narrowing.search(despace(rest[:i])):
            rest = rest.replace(word, " ")  # 期間中収納率: a narrower figure, no metric of the debt
            continue
        if word in rest:
            rest = rest.replace(word, " ")
            if metric not in found:
                found.append(metric)
    return found


#: The two sides of a difference as printed: 差（目標－見込）, 増減(R6-R5).
OPERANDS = re.compile(r"[(（]([^()（）\-－−―]+)[\-－−―]([^()（）\-－−―]+)[)）]")


def basis_of(text: str) -> str | None:
    """estimate (見込・推計), target (目標), actual (実績・決算) or None; for 差（目標－見込） the basis of the side
    subtracted from (the newer level the difference is keyed like)."""
    m = OPERANDS.search(text)
    if m and (first := next((basis for basis, pattern in BASES if pattern.search(m.group(1))), None)):
        return first
    return next((basis for basis, pattern in BASES if pattern.search(text)), None)


ERALESS = re.compile(r"(?<![0-9０-９.,])([0-9]{1,2}|元)\s*年度")
ERALESS_MONTH = re.compile(r"(?<![0-9０-９.,和成RH])([0-9]{1,2}|元)\s*年\s*(?=[0-9]{1,2}\s*月)")  # 6年9月末


def era_of(text: str) -> str | None:
    """The era of the first era-marked year in a text (令和, 平成, 昭和), else None."""
    return next((m.era for m in find_years(text) if m.era and m.problem is None), None)


def year_of(text: str, era: str | None = None) -> tuple[int | None, str | None]:
    """(fiscal year, printed expression) of the first valid year in a label; a bare 2021 counts; a year printed
    without an era (3年度, 5年度実績) takes `era` (the era of the table, heading or page); (None, None)."""
    for m in find_years(text):
        if m.problem is None:
            return m.fiscal_year, m.raw
    b = BARE_YEAR.search(text)
    if b:
        return int(b.group(1)), b.group(1)
    if era in ERA_BASE and (e := ERALESS.search(text)):
        n = 1 if e.group(1) == "元" else int(e.group(1))
        return ERA_BASE[era] + n, e.group(0)
    return None, None


def as_of_of(text: str, year: int | None) -> str | None:
    """ISO date of a 時点 stamp (令和7年10月末時点, 2月末, 9月30日現在) in a label; the month's last day when no day is
    printed; a month without an era takes the 年度 `year` (Jan–Mar in the next calendar year). None when absent."""
    for m in AS_OF.finditer(text):
        if not (m.group("tail") or "末" in m.group("date") or m.group("day")):
            continue
        month = int(m.group("month"))
        if not 1 <= month <= 12:
            continue
        if m.group("era"):
            try:
                cal = parse_date(m.group("date").replace("末日", "末")).year
            except NormalizeError:
                continue
        elif year is not None:
            cal = year if month >= 4 else year + 1
        else:
            continue
        day = int(m.group("day")) if m.group("day") else calendar.monthrange(cal, month)[1]
        if not 1 <= day <= calendar.monthrange(cal, month)[1]:
            continue
        return f"{cal:04d}-{month:02d}-{day:02d}"
    return None


def unit_of(text: str) -> str | None:
    """The printed unit a label or note gives its figures ((千円), 単位:円, (%), (単位：人)), else None."""
    m = UNIT_NOTE.search(text)
    if m is None:  # a cell of a 単位 column: the unit alone
        m = re.fullmatch(r"\s*(?P<u1>千円|万円|億円|百万円|円|%|ポイント|人|世帯|件)(?P<u2>)\s*", text)
    return (m.group("u1") or m.group("u2")) if m else None


def _rest(text: str) -> str:
    """The label without years, vocabulary, units and filler: what it names, or ''."""
    if re.fullmatch(r"\s*滞納分?\s*", text):
        return ""  # the arrears segment alone (現年 | 滞納 | 合計)
    out = AS_OF.sub(" ", text)  # 令和6年2月末日時点 whole, before its year
    for y in find_years(out):
        if y.raw not in out:
            out = fold(out)  # 令和６年度: the year as found, in 半角
        out = out.replace(y.raw, " ")
    out = COMPARISON.sub(" ", ERALESS.sub(" ", out))  # (前年同月比較: no 較 left over)
    for word, _ in METRICS:  # metric words first: 滞納繰越発生額 holds a segment word
        out = out.replace(word, " ")
    for pattern in (UNIT_NOTE, AS_OF, CHANGE, SHARE, CURRENT, ARREARS, TOTAL, PREVIOUS, *(b for _, b in BASES)):
        out = pattern.sub(" ", out)
    return FILLER.sub("", out)


def _without_metrics(text: str) -> str:
    """The text with its metric words blanked (a segment word inside a metric word is not a segment)."""
    for word, _ in METRICS:
        text = text.replace(word, " ")
    return text


#: A bracket defining the metric before it by others (（調定額から収入済額を差し引いた額）, （…を除いた額）).
DEFINITION_ASIDE = re.compile(r"[(（][^()（）]{0,30}(?:差し?引|除いた|控除し)[^()（）]{0,12}[)）]")


SPACED_OUT = re.compile(r"[^\s0-9]{1,2}(?:\s+[^\s0-9]{1,2}){1,4}")


DOTTED_DATE = re.compile(r"(?<![A-Za-z0-9])(R|H|令和|平成)\s*([0-9]{1,2}|元)\.([0-9]{1,2})(?:\.([0-9]{1,2})(?![0-9.])|"
                         r"(?=\s*(?:末|現在|時点)))")
ERALESS_DOTTED = re.compile(r"(?<![0-9.A-Za-z])([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{1,2})(?![0-9.])")  # 6.2.29: a date
ERA_NAMES = {"R": "令和", "H": "平成", "令和": "令和", "平成": "平成"}


def _undot(m: re.Match[str]) -> str:
    """令和7年12月 (and 29日) for a dotted date: R7.12 printed before 末・現在・時点, R6.2.29 anywhere."""
    return f"{ERA_NAMES[m.group(1)]}{m.group(2)}年{m.group(3)}月" + (f"{m.group(4)}日" if m.group(4) else "")


@lru_cache(maxsize=1 << 16)
def key_of(text: str, year: int | None = None, era: str | None = None) -> Key:
    """Everything one label says (see the module docstring); `year` dates a year-less 時点 stamp; `era` dates a
    year printed without its era (3年度)."""
    if not text.strip():
        return Key()
    if SPACED_OUT.fullmatch(text.strip()):  # 「合　計」「区　分」: a short label spaced out for alignment
        text = despace(text)
    if "".join(sorted(despace(text))) in UNSCRAMBLED:  # 納越分滞繰: 滞納繰越分 set vertically, read column by column
        text = UNSCRAMBLED["".join(sorted(despace(text)))]
    text = BRACKET_NOTE.sub(" ", text)  # （　）内は目標: says what bracketed figures are, nothing of the label's own
    text = DEFINITION_ASIDE.sub(" ", text)  # 未収額（調定額から収入済額を差し引いた額）: the metric, defined
    text = DOTTED_DATE.sub(_undot, text)  # R7.12末 → 令和7年12月末
    printed = text
    if era in ERA_BASE:  # 6年9月末 in a table of 令和: 令和6年9月末
        text = ERALESS_MONTH.sub(lambda m: f"{era}{m.group(1)}年", text)
        text = ERALESS_DOTTED.sub(lambda m: f"{era}{m.group(1)}年{m.group(2)}月{m.group(3)}日", text)  # 6.2.29
    fy, fy_raw = year_of(text, era)
    if fy_raw and era and fy_raw.startswith(era) and fy_raw not in printed and fy_raw[len(era):] in printed:
        fy_raw = fy_raw[len(era):]  # the year as printed, without the era read into it
    metric, n = metric_of(text)
    as_of = as_of_of(text, fy if fy is not None else year)
    change = "change_rate" if CHANGE_RATE.search(text) else "difference" if CHANGE.search(COMPARISON.sub("", text)) \
        else "share" if SHARE.search(text) else None
    # (前年同月比較: the two years set side by side, no difference of its own)
    basis = "interim" if as_of else basis_of(text)
    previous = fy is None and not change and bool(PREVIOUS.search(text))
    if previous and basis is None and SAME_TIME.search(text):
        basis = "interim"
    return Key(fiscal_year=fy, fiscal_year_raw=fy_raw, basis=basis, as_of=as_of, segment=segment_of(_without_metrics(text)),
               metric=metric, metrics=n, change=change, unit=unit_of(text), rest=_rest(text), previous=previous)


def merge(*keys: Key) -> Key:
    """One key from several: each field from the first key that has it (the fiscal year and its text together)."""
    values: dict[str, object] = {}
    previous = False
    for k in keys:
        for name in _MERGED:
            if name not in values and getattr(k, name) is not None:
                values[name] = getattr(k, name)
                if name == "fiscal_year":
                    values["fiscal_year_raw"] = k.fiscal_year_raw
        if k.previous and "fiscal_year" not in values:
            previous = True
    return Key(**values, previous=previous)  # type: ignore[arg-type]


_MERGED = tuple(f.name for f in fields(Key) if f.name not in ("fiscal_year_raw", "metrics", "rest", "previous"))


def month_end_year_before(as_of: str | None, years: int = 1) -> str | None:
    """The same date `years` earlier (later when negative), a month end staying a month end: 2025-02-28 →
    2024-02-29."""
    if not as_of:
        return None
    y, m, d = (int(x) for x in as_of.split("-"))
    last, other_last = calendar.monthrange(y, m)[1], calendar.monthrange(y - years, m)[1]
    day = other_last if d == last else min(d, other_last)
    return f"{y - years:04d}-{m:02d}-{day:02d}"


def year_before(key: Key, years: int = 1) -> Key:
    """A key moved `years` 年度 back (a 前年同期 column of a table dated by its caption); forward when negative."""
    if key.fiscal_year is None:
        return key
    return replace(key, fiscal_year=key.fiscal_year - years, as_of=month_end_year_before(key.as_of, years),
                   previous=False)


def bracket_notes(*texts: str, era: str | None = None) -> dict[str, Key]:
    """What figures printed in brackets are, by opening bracket ('(' for both widths, '【', '〔'), from notes such as
    （　）内は前年度同期 in the given labels, the first text that notes a bracket winning. A year printed without its
    era (( )は6年度実績) is of `era`, else of the era the same text prints (令和7年度末(見込) ( )は6年度実績)."""
    out: dict[str, Key] = {}
    for text in texts:
        for m in [*BRACKET_NOTE.finditer(text or ""), *BRACKET_FORM.finditer(text or "")]:
            out.setdefault(OPENING[m.group("open") or "("], key_of(m.group("what"), None, era or era_of(text)))
    return out


def noted(key: Key, note: Key) -> Key | None:
    """The key of a bracketed figure beside one of `key`, as its note says: the same period a year before
    (前年度同期), another basis of the same year (目標, 見込), another year; None when the note names no figure of
    the debt's (【】は政令市順位)."""
    if note.previous:
        if key.fiscal_year is None:
            return None
        before = year_before(key)  # 令和5年度見込（前年度決算）: the year before, and the basis the note names
        return replace(before, basis=note.basis, as_of=None) if note.basis in ("actual", "target", "estimate") \
            else before
    if note.fiscal_year is not None:
        return replace(key, fiscal_year=note.fiscal_year, fiscal_year_raw=note.fiscal_year_raw,
                       basis=note.basis or key.basis, as_of=note.as_of)
    if note.basis is not None:
        return replace(key, basis=note.basis, as_of=note.as_of if note.basis == "interim" else None)
    if note.metric is not None and not note.rest:
        return replace(key, metric=note.metric)
    return None


__all__ = ["bracket_notes", "noted", "MONEY_METRICS", "Key", "as_of_of", "era_of", "month_end_year_before", "year_before", "basis_of", "key_of", "merge", "metric_of", "own_segment",
           "segment_of", "unit_of", "year_of"]
