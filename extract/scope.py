"""The page outline's scope: which debt governs each table of a document.

A debt is named for the tables below it by
- a label/value box (債権名 | 市税 | 所管課名 | 納税課), drawn as a small table or printed as a line;
- a cell or line holding label and value together (債権名：介護保険料, 債権名　国民健康保険料);
- a heading whose parenthesis holds a debt's name (５ 債権ごとの取組（保育所保育料）) or that ends with one after the
  part's number (４ 債権ごとの取組（1） 特別区民税), or a short heading that is
  a name of the debt dictionary (（２）国民健康保険料, 【市税】).
A mark governs the tables below it on its page (on a page holding two debts side by side, the tables of its own
half) and, on the following pages, the tables until the next mark or
until a table whose rows name several debts (a new, multi-debt part of the document): the debt never leaks
into an unrelated table. Where no mark governs a table, its debt stays unknown (None).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

from saiken.extract.blocks import blocks
from saiken.extract.layout import Grid, Page
from saiken.extract.lexicon import LEXICON
from saiken.extract.running import in_band
from saiken.normalize.debts import load_dictionary, name_key
from saiken.normalize.text import despace, fold

LABELS = frozenset(LEXICON.debt_labels)
LABEL_LINE = re.compile(r"^(?:" + "|".join(sorted(map(re.escape, LABELS), key=len, reverse=True)) +
                        r")\s*(?:[:：]\s*|\s+)(\S+?)(?=\s|所管|担当|所属|$)")
LABEL_INSIDE = re.compile(r"\s(?:" + "|".join(sorted(map(re.escape, LABELS), key=len, reverse=True)) +
                          r")\s*[:：]\s*(\S+?)(?=\s|所管|担当|所属|$)")  # a page header's …（中間報告）　債権名：X
PROSE_VALUE = re.compile(r"[、。，,]|及び|並びに")
PAREN = re.compile(r"[(（]([^()（）]{2,30})[)）]\s*$")
NUMBERING = re.compile(r"^\s*(?:第?[0-9]+[.．、)）章節]?|[(（](?:[0-9一二三四五六七八九十]+|[ア-ン])[)）]|[①-⑳]|[■□●◆◇○・【\[]|"
                       r"[ア-ン](?:[.．)）]|\s))\s*")  # (memo numbering: ア　市税, (ア) 市税)
FIGURE_CELL = re.compile(r"^[△▲\-]?[0-9][0-9,.]*%?$")


@dataclass(frozen=True)
class Mark:
    """A printed debt name and where it is: page and top y."""

    page: int
    y: float
    name: str
    x0: float = 0.0  # left and right of the printed name's line (its column, on a page set in two) or of its box
    x1: float = float("inf")  # (債権名 | 市税: a 個票 of a page holding two side by side); a cell's 債権名：X spans the page
    boxed: bool = False  # a label/value box: it governs only what is below its own span

    def reaches(self, x0: float, x1: float, columns: bool = False) -> bool:
        """True unless the mark is a box beside the span (x0, x1) (the box of the other 個票 on the page), or, on a page
        set in columns (`columns`: marks side by side), a heading of the other column."""
        return not (self.boxed or columns) or self.x0 < x1 and self.x1 > x0


@cache
def _known(name: str) -> bool:
    """True when the dictionary knows the name (exactly or with a qualifier)."""
    return load_dictionary().knows(name, qualified=True)


def is_debt_name(text: str, known_only: bool = False) -> bool:
    """True for text that names a debt: a dictionary name, or (unless `known_only`) a name ending as debts do
    (…料, …税, …貸付金)."""
    t = despace(text)
    if not 2 <= len(t) <= 30 or FIGURE_CELL.match(t) or t in LABELS:
        return False
    if any(word in t for word, _ in LEXICON.metrics):
        return False  # 未収入金, 収入未済額: a metric, not a debt
    return _known(t) or not known_only and bool(LEXICON.debt_name_end.search(t))


def _is_label(text: str) -> bool:
    """True for a label cell naming the debt, numbered or qualified as printed (1. 債権名及び(債権区分))."""
    core = re.sub(r"(?:及び|・|[(（]).*$", "", NUMBERING.sub("", despace(text)))
    return core in LABELS


def _value_beside(g: Grid, row: int, col: int) -> str | None:
    """The first filled cell right of (row, col) in a label/value box, or the cell below a label header."""
    for c in sorted((c for c in g.cells if c.row == row and c.col > col), key=lambda c: c.col):
        if despace(c.text):
            t = despace(c.text)
            return None if t in LABELS or FIGURE_CELL.match(t) else c.text.strip()
    return None


def _box_marks(page: Page) -> list[Mark]:
    """Marks of small label/value boxes and of cells holding 債権名：X on a page."""
    out: list[Mark] = []
    for g in page.grids:
        small = g.nrows <= 3
        for c in g.cells:
            t = despace(c.text)
            if small and _is_label(t) and (name := _value_beside(g, c.row, c.col)):
                out.append(Mark(page.number, c.bbox[1], name, g.bbox[0], g.bbox[2], boxed=True))
            elif (m := LABEL_LINE.match(c.text.strip())) and not FIGURE_CELL.match(m.group(1)):
                out.append(Mark(page.number, c.bbox[1], m.group(1)))
    return out


def _line_marks(page: Page) -> list[Mark]:
    """Marks printed as lines outside tables: 債権名：X, a heading ending in (X), a heading that is a debt name. A line
    of the header band that names none whole may name one in a block of its own (個票4　下水道使用料（料金課） beside
    the document's title)."""
    out: list[Mark] = []
    wide = blocks(page)  # the same lines cut at wide gaps too
    for ln in blocks(page, wide_gaps=False):  # lines outside tables, cut at the gutter of a page set in two columns
        band = in_band(ln, page)
        pieces = [b for b in wide if b.bbox[1] < ln.bbox[3] and b.bbox[3] > ln.bbox[1]
                  and ln.bbox[0] - 1 <= b.bbox[0] and b.bbox[2] <= ln.bbox[2] + 1]
        named = [(b, n) for b in pieces if len(pieces) > 1 and (n := _line_name(b.text.strip(), band)) is not None]
        if len(named) >= 2:  # (1) 市税　　　(2) 国民健康保険税: headings side by side, each over its own span
            out.extend(Mark(page.number, ln.bbox[1], n, b.bbox[0], b.bbox[2]) for b, n in named)
            continue
        name = _line_name(ln.text.strip(), band)
        if name is None and band:  # the line's blocks, cut at wide gaps
            name = next((n for b in pieces if len(pieces) > 1 and (n := _line_name(b.text.strip(), band)) is not None),
                        None)
        elif name is None and len(named) == 1 and NUMBERING.match(named[0][0].text):  # a numbered heading of one
            b, n = named[0]  # column level with a line of the other: (2)…(国民健康保険料)　　■主な取組
            out.append(Mark(page.number, ln.bbox[1], n, b.bbox[0], b.bbox[2]))
            continue
        if name is None and _known(despace(ln.text)) and len(despace(ln.text)) <= 15 and _opens_below(page, ln):
            name = ln.text.strip()  # 保育料 alone on its line over ・ bullets or its paragraph: that debt's heading
        if name is not None:
            out.append(Mark(page.number, ln.bbox[1], name, ln.bbox[0], ln.bbox[2]))
    return out


def _opens_below(page: Page, ln: Block) -> bool:  # type: ignore[name-defined]
    """True when the next line under `ln` in its column opens a bullet, a numbered item or a paragraph of prose
    (・…, (1)…, ①…, 現年分収納率は…): the line heads it; not a figure or another name (a legend, a list of names)."""
    size = ln.bbox[3] - ln.bbox[1]
    below = sorted((o for o in page.lines if o.bbox[1] > ln.bbox[3] - 1 and o.bbox[1] - ln.bbox[3] < 1.5 * size
                    and min(o.bbox[2], ln.bbox[2] + 200) - max(o.bbox[0], ln.bbox[0]) > 0), key=lambda o: o.bbox[1])
    if not below:
        return False
    text = below[0].text.strip()
    return bool(re.match(r"(?:[・●○◆■-]|[(（][0-9０-９]{1,2}[)）]|[①-⑳])", text)) or \
        len(despace(text)) >= 15 and bool(re.search(r"[はがをにで]", text)) and not _known(despace(text))


def _line_name(text: str, band: bool) -> str | None:
    """The debt a line outside tables names as a mark (see _line_marks), else None; `band`: the line is in the
    page's header band."""
    if (m := LABEL_LINE.match(text) or LABEL_INSIDE.search(text)) and not FIGURE_CELL.match(m.group(1)) \
            and not PROSE_VALUE.search(m.group(1)):  # (対象債権　一般会計、特別会計及び…に属す: a definition)
        return m.group(1)
    if len(despace(text)) > 40 or text.endswith("。") or re.search(r"。\s*[【\[]?[^。]{0,4}[】\]]?\s*$", text) \
            or LEXICON.status_tag.search(text):
        return None  # (ウ　市税の財産調査結果を共有し、…行う。【拡充】: an item that names a debt, no heading)
    if (p := PAREN.search(text)) and is_debt_name(p.group(1)) and "単位" not in p.group(1):
        return p.group(1)
    if p and len(parts := re.split(r"[・、]", p.group(1))) == 2 and _known(despace(parts[0])) and \
            re.fullmatch(r"現年(?:度)?(?:課税)?分|滞納繰越分|過年度分", despace(parts[1])):
        return parts[0]  # ４　地区別の収納状況（市税・現年課税分）: the debt, then the segment
    if (t := TAIL_NAME.search(OFFICE.sub("", text).rstrip())) and is_debt_name(t.group(1)) and "単位" not in text:
        return t.group(1)  # ４ 債権ごとの取組（1） 特別区民税, 推進シート③　市営住宅使用料（住宅課）
    if (m := re.match(r"^\s*([^\s―—－\-:：]{2,20})\s*[―—－]\s*\S", text)) and _known(despace(m.group(1))):
        return m.group(1)  # 保育所保育料　―　児童手当からの徴収: the debt, then the measure's title
    bare = NUMBERING.sub("", text).strip("】]】 ")
    if bare != text.strip() and re.search(r"\s(?:[(（](?:[0-9]{1,2}|[ア-ン])[)）]|[①-⑳])\s*\S", bare):
        return None  # (ア) 市税 (イ) 国民健康保険税 (ウ) 介護保険料: a list of the debts, no heading of one
    if bare != text.strip() and len(parts := re.split(r"[・、]|及び", despace(bare))) >= 2 \
            and all(_known(p) for p in parts):
        return despace(bare)  # （３）介護保険料・後期高齢者医療保険料: those debts together, as printed
    first = re.split(r"\s+|(?=所管|担当課)", bare)[0] if bare else ""
    if bare != text.strip() and (_known(despace(bare)) or _known(despace(OFFICE.sub("", bare)))):
        return bare  # (1)市税 and (1)市税（収納課）
    if bare != text.strip() and first and _known(despace(first)) and re.match(
            r"^\s*(?:所管|担当|[(（])", bare[len(first):] or " "):  # (1)市税 所管課：納税課
        return first
    if (bare != text.strip() or band) and len(words := bare.split()) >= 2 \
            and _known(despace(last := OFFICE.sub("", words[-1]) or words[-1])) and not LINE_FIGURE.search(text):
        return last  # ２　債権別の状況　市税: the part's name, then the debt's; a sheet's header 推進シート　保育所保育料（…）
    if bare != text.strip() and (sub := SUBJECT.match(re.sub(r"^参考[】\]]?\s*", "", bare))) \
            and _known(despace(SEGMENT_PAREN.sub("", sub.group(1)))) \
            and not sub.group(1).endswith("等") and not (BULLET_MARK.match(text) and LINE_FIGURE.search(text)):
        # ３ 市税の状況, (2)国民健康保険料について; not a bullet of figures (・特別区民税（滞納繰越分）の収入率：34.2％)
        return SEGMENT_PAREN.sub("", sub.group(1)) or sub.group(1)  # (３ 市税（現年課税分）の地区別徴収状況: 市税)
    if (own := BOX_TITLE.fullmatch(despace(text))) and _known(own.group(1)):
        return own.group(1)  # 市税の状況 over a box of its figures: a title of that debt alone on its line
    return None


BOX_TITLE = re.compile(r"([^\s、。：:]{2,12})の(?:状況|収納状況|取組状況|取組み?|概要|現状)")


LINE_FIGURE = re.compile(r"[0-9][0-9,.]*\s*(?:%|％|円|千円|万円|億円|件|人)")
METRIC_AFTER = re.compile("^の?(?:" + "|".join(re.escape(w) for w, _ in LEXICON.metrics) + ")")
SEGMENT_AFTER = re.compile(r"^\((?:現年|滞納|滞繰|過年度|繰越)")


CAPTION_GAP = 45.0  # points above a table where its caption lines are


def _caption_debt(page: Page | None, g: Grid) -> str | None:
    """The debt a table's own caption names (地区別の市税収納率 / 市税（現年課税分） over a table of wards), else None:
    it governs that table only, whatever mark governs the page."""
    if page is None:
        return None
    for ln in sorted(page.lines, key=lambda ln: -ln.bbox[3]):
        if not (g.bbox[1] - CAPTION_GAP <= ln.bbox[3] <= g.bbox[1] + 1) or ln.bbox[2] < g.bbox[0] or ln.bbox[0] > g.bbox[2]:
            continue
        text = ln.text.strip()
        if len(despace(text)) <= 40 and not text.endswith(("。", "、")) and not LINE_FIGURE.search(text) \
                and (name := _subject_debt(text)):
            return name
    return None


def _subject_debt(text: str) -> str | None:
    """The one dictionary debt a heading names right before a metric word (地区別の市税収納率) or a bracketed
    segment (市税（現年課税分）), else None."""
    key = name_key(text)
    index = load_dictionary().index
    hits = {(i, k) for k in index if len(k) >= 2 and k in key for i in range(len(key))
            if key.startswith(k, i) and (METRIC_AFTER.match(key[i + len(k):]) or SEGMENT_AFTER.match(key[i + len(k):]))}
    found = {index[k] for _, k in hits}
    found = {n for n in found if not any(n != m and n in m for m in found)}
    if len(found) != 1:
        return None
    name = found.pop()
    i, k = max(((i, k) for i, k in hits if index[k] == name), key=lambda h: len(h[1]))
    printed = unicodedata.normalize("NFKC", despace(fold(text)))
    return printed[i:i + len(k)] if len(printed) == len(key) else name  # as printed (町税, not 市税)


#: A heading ending with a debt's name after the part's number: ４ 債権ごとの取組（1） 特別区民税, …取組① 市税.
TAIL_NAME = re.compile(r"\S\s*(?:[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]|[①-⑳])\s*([^\s0-9０-９(（)）、。]{2,30})\s*$")
BULLET_MARK = re.compile(r"^\s*[・●○◦▪■□◆◇•]")
SEGMENT_PAREN = re.compile(r"[(（](?:現年|滞納|滞繰|過年度|繰越)[^()（）]*[)）]$")  # 市税（現年課税分）
SUBJECT = re.compile(r"^([^\s、。のはにと]{2,20}?)(?:の|について|に係る|に関する)")


OFFICE = re.compile(r"[(（][^()（）]*(?:課|室|係|局|部|担当|センター)[)）]$")


def marks(pages: list[Page]) -> list[Mark]:
    """Every debt mark of the document in reading order (a trailing (保険年金課) office name dropped)."""
    out = [replace(m, name=OFFICE.sub("", m.name) or m.name) for p in pages for m in _box_marks(p) + _line_marks(p)]
    return sorted(out, key=lambda m: (m.page, m.y))


def _multi_debt(g: Grid) -> bool:
    """True for a table whose rows (first column) or header name two or more debts."""
    rows = g.rows()
    first = [r[0] for r in rows if r and r[0]]
    head = rows[0] if rows else []
    return sum(is_debt_name(t) for t in first) >= 2 or sum(is_debt_name(t) for t in head) >= 2


def debt_of_grids(pages: list[Page], grids: list[Grid]) -> list[str | None]:
    """The debt governing each grid (see module docstring), None where none does."""
    ms = marks(pages)
    by_page = {p.number: p for p in pages}
    out: list[str | None] = []
    current: Mark | None = None
    k = 0
    for g in sorted(range(len(grids)), key=lambda i: (grids[i].page, grids[i].bbox[1])):
        grid = grids[g]
        while k < len(ms) and (ms[k].page, ms[k].y) < (grid.page, grid.bbox[1] + 1):
            current = ms[k]
            k += 1
        if _multi_debt(grid):
            out.append((g, None))  # type: ignore[arg-type]
            if current is not None and current.page != grid.page:
                current = None
            continue
        own = _caption_debt(by_page.get(grid.page), grid)
        above = [m for m in ms[:k] if m.page == grid.page and m.reaches(grid.bbox[0], grid.bbox[2])]
        if above:  # headings side by side ((1) 市税 | (2) 国民健康保険税 over two tables): the one over the table's span
            beside = [m for m in above if abs(m.y - above[-1].y) < 4]
            over = [m for m in beside if m.x0 < grid.bbox[2] and m.x1 > grid.bbox[0]]
            if len(beside) > 1 and over:
                above = [*above[:-len(beside)], over[-1]]
        governing = above[-1] if above else current  # two 個票 side by side: the mark over the table's own half
        out.append((g, own or (governing.name if governing is not None else None)))  # type: ignore[arg-type]
    return [name for _, name in sorted(out)]  # type: ignore[misc]


def title_debt(pages: list[Page]) -> str | None:
    """The one debt a document's title names (令和7年度市税収納率向上対策 → 市税), else None: the default debt of a
    document about one debt, where no mark names another."""
    from saiken.extract.kinds import title_lines  # the outline's title; imported here to keep scope free of kinds at load
    title = despace(" ".join(ln.text for ln in title_lines(pages)))
    d = load_dictionary()
    key = re.sub(r"([^\s]{2,12}?)(?:以外|外)", "", name_key(title))  # 市税外滞納金: not about 市税
    found = {d.index[k] for k in d.index if len(k) >= 2 and k in key}
    found = {n for n in found if not any(n != m and n in m for m in found)}  # 国民健康保険税 over 保険税
    return found.pop() if len(found) == 1 else None
