"""取組 items wherever they are printed: numbered or bulleted lists under a 取組 heading, in table cells (a debt
column beside an items column, several numbered items in one cell), and in boxes.

An item starts at a line that opens with a numbering mark (①, (1), ア, ・, 1.) or with a status tag before one
(【継続】(1)…); the lines after it, up to the next mark, a heading or a note (※), continue it. Items are split by
their numbering, never by punctuation: a tag printed after the 。, wrapped onto the next line (【\n継続】) or alone on
a line belongs to the item before it. A list counts as 取組 when the heading above it or its column's header names
取組 (lexicon `item_headings`), or when its items carry status tags. The debt is the row's debt-name cell in a table,
else the one the page outline gives the place (saiken.extract.scope); the section is the heading or column header.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import get_args

from saiken.extract.blocks import Block, across_gutter, blocks, gap_runs, page_gutters
from saiken.extract.layout import BBox, Cell, Grid, Page
from saiken.extract.lexicon import LEXICON
from saiken.extract.records import Initiative, Status
from saiken.extract.scope import is_debt_name, marks, title_debt
from saiken.extract.statkeys import year_of
from saiken.normalize.text import despace

KANA_ORDER = "アイウエオカキクケコサシスセソタチツテトナニヌネノ"  # ア, イ, ウ … item marks in order
MARKER = re.compile(r"^\s*(?:" + LEXICON.status_tag.pattern + r")?\s*(" + LEXICON.item_marker + r")\s*")
TAG = LEXICON.status_tag
TAG_END = re.compile(rf"(?:{TAG.pattern})\s*$")  # a line closed by its status tag
SPLIT_TAG = re.compile(r"[【〔\[]\s*$")
YEAR_HEAD = re.compile(r"^(?:令和|平成|R|H)?[0-9元]{1,4}年度?$|^(?:令和|平成)[0-9元]+年度[(（][0-9]{4}[)）]$")  # 令和7年度, R8
CONTENT_HEADS = frozenset({"内容", "概要", "取組内容", "実施内容", "具体的な内容", "取組の内容"})  # the item's text column
NUMBER_CELL = re.compile(r"[0-9]{1,2}(?:[-‐‑‒–—－][0-9]{1,2}){0,2}")  # a numbering cell: 1, 1-1, 1‒2
#: A mark of how far an item has gone (◎：実施済　○：実施中　△：未着手), in a column of its own.
PROGRESS_MARK = re.compile(r"[-◎○〇△×▲●]|実施済み?|実施中|未着手|完了|未実施|検討中")
BARE_STATUS = re.compile("|".join(get_args(Status)))  # a status printed without brackets in a column of its own
BRACKET_HEADING = re.compile(r"\s*【[^【】]{0,24}(?:" + LEXICON.item_headings.pattern + r")[^【】]{0,8}】\s*")  # 【介護保険料の取組】
#: a numbered section of measures for every debt (6 全庁共通取組の実施状況, 8-4 …私債権に共通する取組)
COMMON_HEADING = re.compile(r"^\s*(?:第?[0-9]{1,2}(?:[-－][0-9]{1,2})?[\s.．]|[(（][0-9]{1,2}[)）]).*(?:全庁|共通|全債権)")
PAGE_NUMBER = re.compile(r"[-－—‐]?[0-9]{1,3}[-－—‐]?|[0-9]{1,3}/[0-9]{1,3}")  # a page's number at its foot: - 4 -
UNIT_LINE = re.compile(r"^\s*[(（]?\s*単\s*位\s*[:：]")
NOTE = re.compile(r"^\s*(?:※|注|\(注|（注)")
HEADING_NUMBER = re.compile(r"^\s*(?:第?[0-9０-９]{1,2}(?:[-－][0-9]{1,2})?[\s.．、章節]|[(（][0-9]{1,2}[)）]|[①-⑳]|[■◆●【]|[ア-ン][\s.．])")


#: An item that opens with the debt it is about: 「介護保険料：普通徴収の被保険者に…」.
ITEM_DEBT = re.compile(r"^\s*([^\s:：、。()（）]{2,20})\s*[:：]\s*")
#: Where a cell's line runs on into the next numbered item: a number mark right after a sentence end or a tag.
RUN_ON = re.compile(r"(?<=[。】])\s*(?=[①-⑳]|[(（][0-9０-９]{1,2}[)）])")


@dataclass
class _Line:
    text: str
    bbox: BBox
    page: int


@dataclass
class _Item:
    label: str
    parts: list[str] = field(default_factory=list)
    page: int = 0
    y: float = 0.0
    x: tuple[float, float] = (0.0, 0.0)  # left and right of its first line (which column of the page it is in)
    wraps: list[float] = field(default_factory=list)  # left of each line it continues on


def _outdented(cur: _Item, ln: _Line) -> bool:
    """True for a line set out left of a finished item's mark, where none of its own wrapped lines started: a paragraph
    or caption under the list (「なお、…」, 「表8 …の推移」), not the item wrapping back to a first-line-indent margin."""
    return ln.page == cur.page and ln.bbox[0] < cur.x[0] - 1.5 and not any(abs(w - ln.bbox[0]) <= 1.5 for w in cur.wraps)


def _is_heading(text: str) -> bool:
    """A short title line: numbered or bracketed, no sentence end and no status tag (「(3) 取組内容」「4 今後の取組」)."""
    t = despace(text)
    return 0 < len(t) <= 32 and not t.endswith("。") and not TAG.search(t) and not t.endswith(("】", "]")) \
        and re.search(r"[ぁ-ヿ一-鿿]", t) is not None  # (not a figure of a table's row left outside it: 80.15)


def _is_title(text: str) -> bool:
    """A plain title line (上半期の振り返り, 今後の課題): short, no punctuation, no tag."""
    t = despace(text)
    return 0 < len(t) <= 16 and not re.search(r"[。、，,：:]", t) and not TAG.search(t)


def _next_kana(cur: _Item, text: str) -> re.Match[str] | None:
    """The mark of a line opening on the kana after the finished item's (イ …。 then ウコールセンター…), read like MARKER
    (group 2 the mark), though no blank follows it."""
    if not cur.parts[-1].rstrip().endswith(("。", "】")) or len(cur.label) != 1 or cur.label not in KANA_ORDER:
        return None
    after = KANA_ORDER[KANA_ORDER.index(cur.label) + 1:][:1]
    return re.match(r"^\s*()(" + after + ")", text) if after else None


def split_items(lines: list[_Line]) -> list[_Item]:
    """Items of a run of lines, split at numbering marks (see module docstring)."""
    out: list[_Item] = []
    cur: _Item | None = None
    for ln in lines:
        text = ln.text.strip()
        if not text:
            continue
        if NOTE.match(text) or UNIT_LINE.match(text):
            cur = None  # a note (※…) or a unit note of a table that follows ((単位：千円)): no part of the item
            continue
        m = MARKER.match(text) or (_next_kana(cur, text) if cur is not None else None)
        only_tag = TAG.fullmatch(despace(text)) or (cur is not None and re.fullmatch(r"[継新拡][続規充][】〕\])）]", despace(text)))
        if m and cur is not None and marker_kind(m.group(2)) == "bullet" and marker_kind(cur.label) == "numbered" \
                and ln.bbox[0] > cur.x[0] + 6 and not TAG.search(text):
            cur.parts.append(text)  # an untagged ・ set in under 1-1 …: a point of that measure
        elif m and not only_tag:
            cur = _Item(label=m.group(2), parts=[text[:m.start(2)] + text[m.end():]], page=ln.page, y=ln.bbox[1],
                        x=(ln.bbox[0], ln.bbox[2]))
            out.append(cur)
        elif cur is not None:
            done = TAG.search(cur.parts[-1][-8:]) is not None  # the item closed with its tag: 「…行った。【継続】」
            if not only_tag and (done or cur.parts[-1].rstrip().endswith("。")) and \
                    (text.startswith(("【", "■", "◆")) or done or _is_title(text) or _outdented(cur, ln)):
                cur = None  # a heading or another block follows the finished item (上半期の振り返り)
                continue
            cur.parts.append(text)
            cur.wraps.append(ln.bbox[0])
    return out


SUBJECT = re.compile(r"^([^\s、。はがのをにと・]{2,20}?)(?:の|は|について)")


def _subject(text: str) -> str | None:
    """The debt an item names first as its subject (市営住宅使用料の3か月以上の滞納者について…), for an item no outline
    mark governs; None when it opens otherwise (口座振替と…, 督促状の発付後…)."""
    m = SUBJECT.match(text)
    return m.group(1) if m and is_debt_name(m.group(1)) else None


def _unmarked(lines: list[_Line]) -> list[_Item]:
    """Items of a list printed without marks under a 取組 heading (its numbering drawn, not in the text layer): two or
    more sentences, each starting a line at the run's left edge and ending with 。 within three lines."""
    lines = [ln for ln in lines if not PAGE_NUMBER.fullmatch(despace(ln.text))]
    if not lines or any(MARKER.match(ln.text) for ln in lines) or not despace(lines[-1].text).endswith("。"):
        return []
    out: list[_Item] = []
    for ln in lines:
        if abs(ln.bbox[0] - lines[0].bbox[0]) > 2 or ln.page != lines[0].page:
            return []
        if not out or despace(out[-1].parts[-1]).endswith("。"):
            out.append(_Item(label="", parts=[ln.text.strip()], page=ln.page, y=ln.bbox[1], x=(ln.bbox[0], ln.bbox[2])))
        elif len(out[-1].parts) < 3:
            out[-1].parts.append(ln.text.strip())
        else:
            return []
    return out if len(out) >= 2 else []


def _closes_on_measures(text: str) -> bool:
    """True for a numbered title that ends on 取組 (「8-4 非強制徴収公債権及び私債権に共通する取組」): the heading of the
    measures under it, however long, not a measure (ア/(ア) titles are measures)."""
    m = MARKER.match(text)
    return bool(m) and marker_kind(m.group(2)) not in ("kana", "paren_kana", "bullet") \
        and re.search(r"取り?組み?(?:内容|事項)?$", despace(text)) is not None


def item_debt(text: str) -> tuple[str, str] | None:
    """(debt, text after it) of an item that opens on the debt it is about (「介護保険料：普通徴収の被保険者に…」),
    else None."""
    m = ITEM_DEBT.match(text)
    return (m.group(1), text[m.end():]) if m and is_debt_name(m.group(1)) and len(text) > m.end() else None


SUBJECT_DEBT = re.compile(r"^([^\s、。のはと・]{2,14}?)(?:の(?:現年(?:度|課税)?分|滞納繰越分|過年度分|滞納分|未納分)について|"
                          r"について|は、|に係る|に関する)")
# (not 「水道料金の督促と連携した催告を…」 on the sheet of 下水道使用料, nor 「介護保険料の滞納と重複する滞納者について」:
# a debt named in passing)


def subject_debt(text: str) -> str | None:
    """The debt an item's sentence opens on as its topic (「国保税の滞納繰越分について、…」, 「市税は、…」), else None."""
    m = SUBJECT_DEBT.match(despace(text))
    return m.group(1) if m and is_debt_name(m.group(1), known_only=True) else None


def _debt_in_parens(text: str) -> bool:
    """True for a heading that ends naming a debt in parentheses ((1)債権ごとの取組(市税))."""
    m = re.search(r"[(（]([^()（）]{2,16})[)）]$", text)
    return bool(m) and is_debt_name(m.group(1))


def marker_kind(label: str) -> str:
    """The kind of an item's numbering (①, (1), ア, ・, 1.): items of one list share it."""
    t = despace(label)
    for kind, pattern in (("circled", r"[①-⑳]"), ("paren", r"[(（][0-9]+[)）]"), ("paren_kana", r"[(（][ア-ン][)）]"),
                          ("kana", r"[ア-ン]"), ("numbered", r"[0-9]+[-‐‑‒–—－][0-9]+"),
                          ("digit", r"[0-9]+"), ("bullet", r"[・●○◆■•]"), ("latin", r"[a-hａ-ｈ]")):
        if re.match(pattern, t):
            return kind
    return t


def _keep(text: str, status: str | None, listing: bool) -> bool:
    """An item is a measure: tagged, or in a 取組 list and a sentence (。) or a long phrase, not a table title."""
    t = despace(text)
    return len(t) >= 8 and (bool(status) or listing and (t.endswith("。") or len(t) >= 30))


def _finish(it: _Item) -> tuple[str, str | None]:
    """(text without tags, status) of an item."""
    joined = ""
    for part in it.parts:
        joined += part if not joined or re.search(r"[぀-ヿ一-鿿】〕\])）。、]$", joined) else " " + part
    tags = [m.group(1) for m in TAG.finditer(joined)]
    text = TAG.sub("", joined)
    text = re.sub(r"\s+", " ", text).strip()
    return text, (tags[0] if tags else None)


def _lines_of(column: list[Block]) -> list[Block]:
    """A column's blocks but its tags set apart on the right (the next line lines up with the text, not the tag)."""
    return [x for x in column if not TAG.fullmatch(despace(x.text))] or column


def _page_lines(page: Page) -> list[_Line]:
    """The page's text outside tables, block by block in reading order: a column of 取組 beside a column of figures
    is read as its own run of lines."""
    runs = sorted(blocks(page), key=lambda b: (b.bbox[1], b.bbox[0]))  # top to bottom: tags set apart on the right too
    columns: list[list[Block]] = []
    for b in runs:  # group the blocks into columns by horizontal overlap, each column top to bottom
        tag = TAG.fullmatch(despace(b.text)) is not None
        near = 2 if tag else 1  # a tag alone, set right under a short last line
        height = b.bbox[3] - b.bbox[1]
        under = next((c for c in reversed(columns) if 0 <= b.bbox[1] - c[-1].bbox[3] <= 1.5 * height
                      and min(x.bbox[0] for x in c) <= b.bbox[0] and MARKER.match(c[-1].text)), None) if tag else None
        col = under or next((c for c in reversed(columns) if any(
            min(x.bbox[2], b.bbox[2]) - max(x.bbox[0], b.bbox[0]) > 0 for x in _lines_of(c)[-near:])
            and b.bbox[1] >= c[-1].bbox[1]), None)  # (a tag right under an item's line goes with it, not with a note
        # printed at the right edge far above: （金額の行は百万円、率の行は%）)
        if col is None and tag:  # right-aligned on the line under its item: the column whose last line is right above
            col = next((c for c in reversed(columns) if 0 <= b.bbox[1] - c[-1].bbox[3] <= 1.5 * height
                        and min(x.bbox[0] for x in c) <= b.bbox[0]), None)  # (or in a column of tags right of them)
        if col is None:
            columns.append([b])
        else:
            col.append(b)
    ordered = sorted(columns, key=lambda c: (c[0].bbox[1], c[0].bbox[0]))
    return [_Line(b.text, b.bbox, page.number) for c in ordered for b in c]


def items_of(pages: list[Page]) -> list[Initiative]:
    """Every 取組 item of the document (see module docstring)."""
    ms = marks(pages)
    default = title_debt(pages)  # a document about one debt (市税収納率向上対策), until a mark names another
    out: list[Initiative] = []

    by_number = {p.number: p for p in pages}

    page_lines = {p.number: _page_lines(p) for p in pages}  # (each page's lines assembled once)
    common = [(ln.page, ln.bbox[1], ln.bbox[0], ln.bbox[2]) for p in pages for ln in page_lines[p.number]
              if COMMON_HEADING.search(ln.text)
              and _is_heading(ln.text) and "、" not in ln.text and LEXICON.item_headings.search(ln.text)]  # 6 全庁共通取組の
    # 実施状況: of no one debt (not an item's first line 「(3) 地方税共通納税システムと…」)

    def debt_at(page: int, y: float, x: tuple[float, float] | None = None) -> str | None:
        def order(p: int, my: float, x0: float, x1: float) -> tuple[int, int, float] | None:
            """Where a heading stands in reading order from the place (page, y, x): one in the page's left column
            comes before all of its right column (a list running on at the top of the right column is under it);
            None for one of the other column that does not (the right column, seen from the left)."""
            if x is None or p != page or not (across_gutter(by_number[page], (x0, my, x1, my), (x[0], y, x[1], y))
                                              or page_gutters(by_number[page]) and (x1 <= x[0] or x0 >= x[1])):
                return p, 0, my  # (an item over the top of the right column, above the first line the gutter cuts)
            return (p, -1, my) if x1 <= x[0] else None

        here = (page, 0, y + 1)
        name, at = default, (0, 0, 0.0)
        for m in ms:
            k = order(m.page, m.y, m.x0, m.x1)
            if k is not None and at <= k <= here and not (x is not None and m.page == page and not m.reaches(*x)):
                name, at = m.name, k  # (not the box of the other 個票 on a page holding two)
        return None if any(at < k <= here for c in common if (k := order(*c)) is not None) else name

    section: str | None = None
    listing = False
    last_text: int | None = None  # the last item read from the text of the page before
    for page in pages:
        run: list[_Line] = []

        def flush() -> None:
            found = [(it, *_finish(it)) for it in split_items(run) or (_unmarked(run) if listing else [])]
            tagged = {marker_kind(it.label) for it, _, status in found if status}  # ・…【継続】 ・…【継続】 ・…。: a list
            kept = {marker_kind(it.label) for it, text, status in found if listing and _keep(text, status, True)}
            for it, text, status in found:  # of measures, the untagged one of them too; under a 取組 heading, the
                # short items of a list whose other items are measures ((2) 差押えの早期執行と、換価の推進)
                if not _keep(text, status, listing or marker_kind(it.label) in tagged) and not (
                        marker_kind(it.label) in kept and len(despace(text)) >= 8):
                    continue
                if named := item_debt(text):  # ア　介護保険料：普通徴収の被保険者に…: that debt's
                    out.append(Initiative(debt_raw=named[0], fiscal_year=year_of(section or "")[0],
                                          section=section, label=it.label, text=named[1],
                                          status=status, page=it.page))  # type: ignore[arg-type]
                    continue
                out.append(Initiative(debt_raw=debt_at(it.page, it.y, it.x) or _subject(text),
                                      fiscal_year=year_of(section or "")[0],
                                      section=section, label=it.label, text=text, status=status,  # type: ignore[arg-type]
                                      page=it.page))
            run.clear()

        lines = page_lines[page.number]
        if lines and TAG.fullmatch(despace(lines[0].text)) and last_text is not None and \
                out[last_text].status is None and out[last_text].page == page.number - 1:
            out[last_text].status = TAG.fullmatch(despace(lines[0].text)).group(1)  # type: ignore[union-attr,assignment]
            lines = lines[1:]  # 【継続】 carried over the page break: the status of the last item before it
        for i, ln in enumerate(lines):
            t = ln.text.strip()
            if run and ln.bbox[1] < run[-1].bbox[1] - 2:
                flush()  # the reading went back up the page: a column of its own, no more of the items before
            after = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
            if after and not MARKER.match(after) and not HEADING_NUMBER.match(after) and (
                    TAG.search(after) or after.endswith("。")) and abs(lines[i + 1].bbox[1] - ln.bbox[3]) < 12 \
                    and (ln.bbox[2] >= lines[i + 1].bbox[2] - 2 or not LEXICON.item_headings.search(t)
                         or marker_kind(t) in ("kana", "paren_kana")):  # (a short line numbered (3) naming 取組
                # over a sentence is the list's heading: 「(3)目標達成に向けた全庁的な取組」; 「イ 閉栓者の未納対策」 over its
                # sentence is an item's title)
                run.append(ln)  # 「(1) 12月を…差」 wrapped onto 「押えを…行った。【継続】」: an item, not a heading
                continue
            if HEADING_NUMBER.match(t) and _is_heading(t) and not MARKER.match(t) or BRACKET_HEADING.fullmatch(t) or (
                    _is_heading(t) and not MARKER.match(t) and LEXICON.item_headings.search(t) and len(despace(t)) <= 24):
                flush()
                section = re.sub(r"^\s*(?:第?[0-9]{1,2}(?:[-－][0-9]{1,2})?[\s.．、]|[(（][0-9]{1,2}[)）]|[■◆●])\s*", "", t)
                listing = bool(LEXICON.item_headings.search(t))
                continue
            if HEADING_NUMBER.match(t) and _is_heading(t) and MARKER.match(t) and (
                    not listing or LEXICON.item_headings.search(t) and (len(despace(t)) <= 16 or _debt_in_parens(t)
                                                                        or _closes_on_measures(t))):
                flush()  # a numbered heading such as (1) 収納状況の推移: a new section that holds no items
                section = MARKER.sub("", t)
                listing = bool(LEXICON.item_headings.search(t))
                continue
            run.append(ln)
        flush()
        last_text = len(out) - 1 if out and out[-1].page == page.number else None
        out.extend(_cell_items(page, debt_at))
    return out


def _tag_closed(lines: list[str]) -> list[list[str]]:
    """The lines of a cell cut after each line that ends with a status tag, when two or more do and the last does:
    measures printed one after another without numbering; otherwise all lines as one."""
    ends = [k for k, ln in enumerate(lines) if TAG_END.search(ln)]
    if len(ends) < 2 or ends[-1] != len(lines) - 1:
        return [lines]
    out, start = [], 0
    for k in ends:
        out.append(lines[start:k + 1])
        start = k + 1
    return out


def _heading_over(page: Page, g: Grid, cell: Cell) -> str:
    """The heading printed right above a one-row table over this cell's span: a line's run of words (cut at wide
    gaps) whose middle lies over the cell, within two lines' height above the table; '' when none."""
    for ln in sorted(page.lines, key=lambda ln: -ln.bbox[3]):
        if not (g.bbox[1] - 30 <= ln.bbox[3] <= g.bbox[1] + 1):
            continue
        for run in gap_runs([w for w in ln.words if w.text.strip()], ln.size or 10.0):
            mid = (run[0].bbox[0] + run[-1].bbox[2]) / 2
            if cell.bbox[0] <= mid <= cell.bbox[2]:
                return " ".join(w.text for w in run)
    return ""


def _marker_rows(g, page: Page, debt_at) -> list[Initiative] | None:  # type: ignore[no-untyped-def]
    """Items of a table whose first column holds only the numbering (ア | text, (1) | text): one item a row; None
    when the table is not such a list."""
    rows = g.rows()
    across = bool(rows) and not any(despace(h) for h in rows[0][1:]) and despace(rows[0][0]) in CONTENT_HEADS
    head = rows[0] if rows and (not despace(rows[0][0]) or across) and any(
        LEXICON.item_headings.search(despace(h)) or despace(h) in ("項目", "内容") for h in rows[0]) else None
    rows = rows[1:] if head else rows  # (a header row 　| 項目 | 　 over the list, or 取組内容 alone across it)
    if g.ncols < 2 or len(rows) < 2 or not all(re.fullmatch(LEXICON.item_marker, despace(r[0]) or "-") for r in rows):
        return None
    progress = g.ncols >= 3 and all(PROGRESS_MARK.fullmatch(despace(r[-1]) or "-") for r in rows) \
        and any(despace(r[-1]) for r in rows)  # ア | 短期被保険者証の… | ◎: its progress, no part of the item
    found = []
    for r, row in enumerate(rows):
        bare = BARE_STATUS.fullmatch(despace(row[-1])) if g.ncols >= 3 else None  # ・ | 保育所等の…縮減する。 | 継続
        body = " ".join(t for t in (row[1:-1] if bare or progress else row[1:]) if t.strip())
        text, status = _finish(_Item(label=despace(row[0]), parts=[body]))
        found.append((r, despace(row[0]), text, status or (bare.group(0) if bare else None)))
    if not any(st for *_, st in found) and not (progress and head):
        return []  # an untagged numbered table: not known to be 取組
    cell = g.cell(0, 1)
    debt = debt_at(page.number, (cell.bbox[1] if cell else g.bbox[1]), (g.bbox[0], g.bbox[2]))
    return [Initiative(debt_raw=debt, section=None, label=label,
                       text=text, status=status, page=page.number)  # type: ignore[arg-type]
            for _, label, text, status in found if len(despace(text)) >= 8]


def _cell_items(page: Page, debt_at) -> list[Initiative]:  # type: ignore[no-untyped-def]
    """Items in table cells: a column headed by 取組 words, or cells whose items carry status tags."""
    out: list[Initiative] = []
    tagged_text = any(TAG.search(ln.text) for ln in page.lines_outside_grids())  # measures listed in the text
    for g in page.grids:
        rows = g.rows()
        if not rows:
            continue
        listed = _marker_rows(g, page, debt_at)
        if listed is not None:
            out.extend(listed)
            continue
        head = rows[0]
        headed = not any(len(despace(h)) > 20 or TAG.search(h) for h in head)  # a first row of content is no header
        body = [r for r in rows[1:] if len({despace(t) for t in r if despace(t)}) > 1]  # (not a section row across
        status_col = next((c for c in range(g.ncols) if body and all(  # the table: １ 滞納の未然防止)
            BARE_STATUS.fullmatch(despace(r[c]) or "-") or TAG.fullmatch(despace(r[c])) for r in body)
            and any(despace(r[c]) for r in body)), None)  # (継続 or 【継続】 in a column of its own)
        progress_col = next((c for c in range(g.ncols) if body and c != status_col and all(
            PROGRESS_MARK.fullmatch(despace(r[c]) or "-") for r in body) and any(despace(r[c]) for r in body)), None)
        # (取組項目 | ◎ | 備考: the items' progress marks, in a column with no header of its own)
        schedule = {c for c in range(g.ncols) if body and headed and not tagged_text and c < len(head)
                    and YEAR_HEAD.search(despace(head[c]))
                    and all(len(despace(r[c])) <= 4 and not re.search(r"[0-9]", despace(r[c])) for r in body)
                    and any(despace(r[c]) for r in body)}  # 取組項目 | 担当課 | 令和7年度 (○, →, 実施, 検討) | …: a
        # schedule of the items, year by year (where the page's text lists the measures with their tags, the
        # schedule restates them by short titles: no items of its own)
        content_col = next((c for c, h in enumerate(head) if headed and despace(h) in CONTENT_HEADS), None)
        title_col = next((c for c, h in enumerate(head) if headed and content_col is not None and c != content_col
                          and LEXICON.item_headings.search(despace(h))), None)  # 取組項目 | 内容: the item is the 内容
        number_col = next((c for c in range(g.ncols) if body and c != status_col and all(
            NUMBER_CELL.fullmatch(despace(r[c])) for r in body)), None)  # No. | 1-1, 1-2: the items' numbering
        debt_col = next((c for pattern in (r"債権名|名称", r"債権|区分") for c, h in enumerate(head)
                         if re.search(pattern, despace(h)) and c != status_col), None)  # 区分 | 債権名: the name
        sheet = next((v for row in rows for k, t in enumerate(row[:-1]) if re.fullmatch(r"債権名|債権の名称", despace(t))
                      and (v := next((x for x in row[k + 1:] if despace(x)), "")) and is_debt_name(despace(v))), None)
        # (債権名 | 国民健康保険税 | 所管課 | 税務課 as the first row of a sheet drawn as one table: its items' debt)
        sections: dict[int, str] = {}  # row: the debt a row spanning the table names (市税 over its measures' rows)
        current: str | None = None
        for r, row in enumerate(rows):
            texts = {despace(t) for t in row if despace(t)}
            if len(texts) == 1 and g.ncols > 1 and is_debt_name(next(iter(texts)), known_only=True):
                current = next(t for t in row if despace(t)).strip()
            sections[r] = current
        for cell in g.cells:
            if cell.row == 0 and g.nrows > 1 and headed or cell.col == title_col:
                continue  # (the title cell of an item whose 内容 is beside it: its numbering labels the item)
            header = head[cell.col] if cell.col < len(head) and g.nrows > 1 else ""
            if len(despace(header)) > 20 or MARKER.match(header):
                header = ""  # the first row holds content, not column headers
            if not header and g.nrows == 1:
                header = _heading_over(page, g, cell)  # (3)上半期の取組実績 | (4)下半期の取組 over a box in two
            listing = bool(LEXICON.item_headings.search(despace(header))) or despace(header) in CONTENT_HEADS \
                or despace(header).endswith("内容")  # 主な内容, 実施内容
            lines = [_Line(part, cell.bbox, cell.page or page.number) for t in (cell.lines or [cell.text])
                     for part in RUN_ON.split(t) if part.strip()]  # 「…高める。【継続】②納付書に…」: two items
            items = split_items(lines)
            opening = next((k for k, ln in enumerate(lines) if MARKER.match(ln.text)), None)
            if opening and "".join(ln.text for ln in lines[:opening]).rstrip().endswith("。") and all(
                    marker_kind(it.label) == "bullet" for it in items):  # 「…差押えを執行する。」 then ・ points of it:
                items = [_Item(label="", parts=[ln.text for ln in lines], page=cell.page or page.number,
                               y=cell.bbox[1])]  # one measure, its points joined to it
            marked = listing and (progress_col is not None and progress_col != cell.col
                                  or bool(schedule) and cell.col not in schedule)
            if not items and (TAG.search(cell.text) or listing and (cell.text.rstrip().endswith("。") or (
                    status_col is not None and status_col != cell.col and len(despace(cell.text)) >= 20)) or marked) \
                    and not MARKER.match(cell.text) and not NOTE.match(cell.text):  # (its 。 set out of the cell)
                items = [_Item(label="", parts=part, page=cell.page or page.number, y=cell.bbox[1])
                         for part in _tag_closed(list(cell.lines or [cell.text]))]  # one measure in a cell without
                # numbering, closed by its tag or, in a column headed 取組, its full stop; several, each closed by its
                # tag, one after another (…勧める。【継続】 / 納期限後20日以内に…催告する。【継続】)
            if not items:
                continue
            debt = None
            together = False
            if debt_col is not None and debt_col != cell.col:
                row_text = rows[cell.row][debt_col] if cell.row < len(rows) else ""
                r = cell.row
                while not row_text and r > 0:  # a debt cell merged over several rows
                    r -= 1
                    row_text = rows[r][debt_col]
                debt = row_text if row_text and is_debt_name(row_text) else None
                together = bool(LEXICON.all_debts.fullmatch(despace(row_text)))  # 全債権: of no one debt
            finished = [(it, *_finish(it)) for it in items]
            tagged = {marker_kind(it.label) for it, _, status in finished if status}  # (ア)…【継続】 (イ)…【拡充】
            for it, text, status in finished:  # (ウ)…。: a list of measures, the untagged one of them too
                if status is None and status_col is not None and status_col != cell.col and cell.row < len(rows):
                    status = TAG.sub(r"\1", despace(rows[cell.row][status_col])) or None  # 実施内容 | 区分: 継続 in a
                    # column of its own
                if not (_keep(text, status, listing or marker_kind(it.label) in tagged)
                        or marked and len(despace(text)) >= 8):
                    continue  # (a short 取組項目 beside its ◎ / ○ is a measure too)
                label = it.label or (despace(rows[cell.row][number_col]) if number_col is not None and
                                     number_col != cell.col and cell.row < len(rows) else "")
                if not label and title_col is not None and cell.row < len(rows) and \
                        (mark := MARKER.match(rows[cell.row][title_col].strip())):
                    label = despace(mark.group(0))  # (ア)普通徴収者への勧奨 | 65歳到達者に…
                if debt is None and sections.get(cell.row):
                    debt = sections[cell.row]  # under a section row 国民健康保険税 spanning the table
                if debt is None and header and is_debt_name(despace(header), known_only=True):
                    debt = header  # 区分 | 保育所保育料 | 市営住宅使用料 over cells of measures: each column's debt
                here = sheet or debt_at(page.number, cell.bbox[1], (cell.bbox[0], cell.bbox[2]))  # (the box of its half)
                out.append(Initiative(debt_raw=debt or (None if together else here),
                                      fiscal_year=year_of(header)[0], section=header or None, label=label,
                                      text=text, status=status, page=cell.page or page.number))  # type: ignore[arg-type]
    return out
