"""A generic reader for statistical debt tables: 調定額 / 収入済額 / 収入未済額 / 収納率 by debt, year and segment.

`read_table(grid, context)` turns one ruled table into facts, working only from its labels and layout:
- header rows are the rows before the first row whose cells (from its first figure on) are mostly figures;
  each value column's key comes from all its header cells (lowest first, Grid.filled_rows) and the caption;
- the label columns left of the first value column give each row's key: the innermost label that names something
  is the debt (会計 → 款 → 債権), segment words (現年/滞繰/計) and metric words beside it refine the row; a row that
  only spans the table (【市税】) labels the rows below it;
- in a table whose rows name debts, a 合計/計 row keeps its printed word as `debt_raw`; in a one-debt table
  (metrics or years as rows) 計 is the segment and the debt comes from the context;
- values are parsed with saiken.normalize.amounts (unit from the cell, the header, the row label, the caption or the
  table's unit note); '-' / '―' / blank give no fact; other unreadable text gives a DocWarning.
`context_for(pages, grid)` builds the `TableContext` from the text printed above the table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from saiken.extract.docinfo import document_stamp, page_stamp
from saiken.extract.panels import in_panel
from saiken.extract.blocks import gap_runs
from saiken.extract.layout import Cell, Grid, Line, Page, Word, centre_inside
from saiken.extract.lexicon import LEXICON
from saiken.extract.records import CORE_METRICS, DocWarning, Fact
from saiken.extract.scope import debt_of_grids, is_debt_name
from saiken.extract.statkeys import (ARREARS, AS_OF, CHANGE, CURRENT, METRICS, MONEY_METRICS, OPENING, PREVIOUS, SAME_TIME, NOTE_START, SECTION_TITLE, UNIT_NOTE, SEGMENT_PAREN, Key, as_of_of, basis_of,
                                     bracket_notes,
                                     era_of, key_of, merge, metrics_of, month_end_year_before, noted, own_segment, unit_of,
                                     year_before, year_of)
from saiken.normalize.amounts import Amount, find_amounts, parse_amount
from saiken.normalize.errors import NormalizeError
from saiken.normalize.text import despace as _squash, fold
from saiken.normalize.wareki import fiscal_year_of

FIGURE = re.compile(r"(?:約|概ね)?[△▲\-+]?\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:千円|万円|億円|百万円|円|%|ポイント|pt|人|世帯|件|回)?"
                    r"(?:以上|以下|未満)?")  # (a target's bound: 99.00以上, 122,000,000以下)
NOT_FIGURE = re.compile(r"年|月|日|第|位")
BARE_YEAR = re.compile(r"^[(（]?(?:19[89][0-9]|20[0-9]{2})[)）]?$")  # 2019, (2019) under 令和元年度
DASH = re.compile(r"^[\s\-－―‐ー—–一/／…・]*$|^(?:皆増|皆減|該当なし|なし|対象外)$")
MARKS = re.compile(r"[()（）\s※*＊]|注[0-9]*")
ATTRIBUTE_HEAD = re.compile(r"債権区分|種別|所管|所属|担当|課名|部局|根拠|備考|摘要|^No\.?$|^番号$|^項番$|^順位$")
DEBT_HEADS = (re.compile(r"債権名|債権の名称"), re.compile(r"債権の種類|債権$"),  # 債権の種類 | 債権名: the name, not the class
              re.compile(r"^(?!.*(?:会計|款)).*(?:名称|科目|費目)"))
DEBT_CLASS = re.compile(r"^[A-D]?[(（]?(?:非?強制徴収)?公?債権[)）]?$|^私債権$|^[A-D]$|^[A-D][(（].*[)）]$")
CLASS_HEAD = re.compile(r"債権区分|債権の種別|種別")
CLASS_ROW = re.compile(r"^[A-D]?[(（]?(?:非?強制徴収公債権|私債権)[)）]?(?:小計|計)?$")  # a row for one class of debts
OFFICE_CELL = re.compile(r"^(?:所管課|所管|担当課)[:：]?\S*[課室局部係所]$")  # 所管課 税務課
STRIP_CELL = re.compile(r"^(?:債権名|債権の名称)[:：]?(\S{2,30})$")  # a label and its value in one cell (債権名 市税)
CAPTION_DEBT = re.compile(r"債権(?:名|の名称)\s*[:：]?\s*([^\s:：()（）]{2,30})")
UNIT_CELL = re.compile(r"^[(（]?(?:人|件|円|千円|万円|百万円|億円|%|％|世帯|回|ポイント)[)）]?$")
TOPIC_LIST = re.compile(r"(?:目標|実績|決算|見込|状況)(?:額|値)?(?:及び|と|並びに|・)")  # 達成状況及び…目標: topics
COUNT_HEAD = re.compile(r"[(（]?(?:件数|人数|世帯数|件|人|世帯|債務者数)(?:[(（][^()（）]*[)）])?[)）]?")  # a column of counts
COLLECTING = re.compile(r"(?:収納|徴収|収入)状況")  # a caption of how debts are being collected
OTHER_RATE = re.compile(r"(?:進捗|達成|達成見込|構成|執行|加入|利用|実施|回収)率|構成比|割合")  # rates of other things
FIGURES_ARE = re.compile(r"(?:数値|数字|金額|値|額)\s*(?:は|：|:)")  # ※ 数値は各年度末の収入未済額
ACCOUNT_KIND = re.compile(r"(?:一般|特別|企業|公営企業|事業)(?:会計)?")  # a row's account printed short
ACCOUNT = re.compile(r"(?:会計|事業)$")  # 一般会計 | 国民健康保険事業(会計): accounts as columns, named like debts
ALL_WARDS = re.compile(r"^(?:(?:[0-9]+区|全区)(?:合計|計)|全市|市全体|全区|(?:全市|市)(?:合計|計))$")
AREA = re.compile(r"^(?:[0-9]+区(?:合計|計)|[^0-9\s]{1,5}区|全市|市全体|(?:全市|市)(?:合計|計))$")
RATE_METRICS = frozenset({"collection_rate", "achievement_rate"})
COUNT_METRICS = frozenset({"delinquents", "delinquent_cases", "seizure_cases"})
BREAKDOWN = re.compile(r"^うち\s*(\S*)")  # うち個人市民税: a part of the row above
TOTALS = ("計", "合計", "総計")  # a total row or column printed as such
MONEY_UNITS = ("円", "千円", "万円", "億円", "百万円")


@dataclass
class TableContext:
    """What the text around a table says: its page, caption (heading and notes above), unit note, and the
    defaults for figures whose labels do not say (fiscal year, basis, as_of, segment, debt of a one-debt table)."""

    page: int
    caption: str = ""
    unit: str | None = None
    fiscal_year: int | None = None
    fiscal_year_raw: str | None = None
    basis: str | None = None
    as_of: str | None = None
    segment: str | None = None
    debt: str | None = None
    table: int | None = None  # index of the table in Document.tables, copied to Fact.table
    era: str | None = None  # the era of years printed without one (3年度): the table's, caption's or page's
    column_heads: dict[int, str] = field(default_factory=dict)  # headings printed above the table over columns
    footnote: str = ""  # the ※/notes printed right below the table
    metric: str | None = None  # the metric of an earlier table of the same layout (one per debt, unit noted once)

    def key(self) -> Key:
        """The context as a key (the caption's own words first, then the defaults given)."""
        cap = key_of(PAPER_DATE.sub("", FORMULA_ASIDE.sub("", UNIT_ASIDE.sub(r"\1", UNIT_STATEMENT.sub(
            " ", self.caption)))), self.fiscal_year,
                     self.era)  # (the metric a unit note's
        dated = [m for m in YEAR_BASIS.finditer(self.caption) if "内は" not in self.caption[max(0, m.start() - 8):m.start()]]
        # (not 「（ ）内は令和4年度決算の収納率」: a note of what the bracketed figures are)
        listed = len(dated) >= 2 and bool(re.fullmatch(r"\s*(?:[・、,，]|と|及び|および)\s*",
                                                       self.caption[dated[-2].end():dated[-1].start()]))
        if listed:  # 「令和6年度決算・令和5年度決算」 over 前年度 | 本年度: a list of the years the columns show, the
            newest = max((key_of(m.group(0), self.fiscal_year, self.era) for m in dated[-2:]),  # newest is 本年度
                         key=lambda k: k.fiscal_year or 0)
            if newest.fiscal_year is not None:
                cap = replace(cap, fiscal_year=newest.fiscal_year, fiscal_year_raw=newest.fiscal_year_raw,
                              basis=newest.basis)
        elif len(dated) >= 1 and (last := key_of(dated[-1].group(0), self.fiscal_year, self.era)).fiscal_year \
                is not None and dated[-1].start() > 0 and key_of(self.caption[:dated[-1].start()], None, self.era) \
                .fiscal_year not in (None, last.fiscal_year) and not COMPARES.search(self.caption[dated[-1].end():]):
            cap = replace(cap, fiscal_year=last.fiscal_year, fiscal_year_raw=last.fiscal_year_raw, basis=last.basis)
            # 「2 令和7年度の目標と進捗」 over 「令和6年度 決算」 right over the table: the nearer heading's year
        if cap.metrics > 1:  # aside names, 単位：%（収入未済額の行は千円）, is that row's, not the table's)  # a caption naming several metrics (※収納率は現年度分。…収入済額の割合): none of them, and
            own = [m.start() for m in re.finditer(r"表\s*[0-9０-９]+", self.caption)]
            last = key_of(UNIT_ASIDE.sub(r"\1", self.caption[own[-1]:]), self.fiscal_year, self.era) if own else None
            lead = SEGMENT_BEFORE.search(_squash(self.caption))  # 滞納繰越分の収入済額及び収納率: of both
            cap = replace(cap, metric=last.metric, segment=last.segment or cap.segment) if last is not None \
                and last.metrics <= 1 \
                and last.metric else replace(cap, metric=None, segment=key_of(lead.group(1)).segment if lead else
                                             cap.segment if DEBT_SEGMENT.search(self.caption)
                                             or SCOPE_SEGMENT.search(self.caption)
                                             or SEGMENT_SCOPE.search(self.caption) else None)
            # no segment for every column either; (3)不納欠損処分の状況 over 表1 町全体の収入未済額の推移: the table's own
            # numbered title names one
        if re.search(r"比較", self.caption) and not re.search(r"差|増減", self.caption):
            cap = replace(cap, change=None)  # 「…の徴収率（前年同期比較）」: the two years side by side, no difference
        if TOPIC_LIST.search(self.caption):
            cap = replace(cap, basis=None)  # 「目標及び具体処理策」: a title naming topics, not the figures' basis
        given = Key(fiscal_year=self.fiscal_year, fiscal_year_raw=self.fiscal_year_raw, basis=self.basis,
                    as_of=self.as_of, segment=self.segment, unit=self.unit, metric=self.metric)
        return merge(cap, given)


#: A debt and its segment in brackets (市税（現年課税分）の月別収納状況): the segment of every column of the table.
SEGMENT_WORD_PATTERN = r"(?:現年(?:度)?(?:課税)?分|滞納繰越分|過年度分)"
DEBT_SEGMENT = re.compile(r"[^\s()（）]{2,12}[(（]" + SEGMENT_WORD_PATTERN + r"[)）]|[(（][^\s()（）]{2,12}\s+"
                          + SEGMENT_WORD_PATTERN + r"(?:[、,][^()（）]*)?[)）]")  # 市税（現年課税分）, （国民健康保険税　現年課税分）
#: A caption's bracket opening on the segment its whole table is of: （現年度分・１２月末現在）
SEGMENT_SCOPE = re.compile(r"[(（]\s*" + SEGMENT_WORD_PATTERN + r"\s*[・、,，][^()（）]{2,40}[)）]")
#: A segment named before a list of metrics it qualifies (滞納繰越分の収入済額及び収納率).
SEGMENT_BEFORE = re.compile(r"(現年課税分|現年度分|現年分|滞納繰越分|滞繰分|過年度分)の[^。、]{0,6}(?:調定額|収入済額|収納額|収納率|"
                            r"徴収率|収入未済額)(?:及び|と|・)")
#: A sentence comparing the years it names (令和5年度の決算見込を、令和4年度決算及び令和5年度の目標と比較すると): its
#: first year is the table's, the later ones are what it is compared with.
COMPARES = re.compile(r"^[^。]*(?:比較|比べ|対比)")
#: A year with its basis printed right after it (令和6年度 決算, R7（目標）).
YEAR_BASIS = re.compile(r"(?:令和|平成|R|H)\s*[0-9元]+\s*年度?\s*[(（]?\s*(?:決算見込|決算|実績|目標|見込)")
#: The day a paper is dated, printed over its tables (総務常任委員会資料 令和7年9月16日): no date the figures are as of.
PAPER_DATE = re.compile(r"(?:令和|平成|R|H)\s*[0-9元]+\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日(?!\s*(?:現在|時点|末|付))")
#: A formula in brackets defining the figures (収入済額累計÷年間調定額): no metric of the table's own.
FORMULA_ASIDE = re.compile(r"[(（][^()（）]*[÷×/／][^()（）]*[)）]")


@dataclass
class _Row:
    """The key of one data row: its debt as printed (None: the context's) and its label key."""

    debt: str | None
    key: Key
    words: str  # all label text, for units such as 世帯
    area: str | None = None  # a ward the row is for (北区, 24区合計); None for the whole municipality


@dataclass
class _Layout:
    """Where a table's header, labels and values are."""

    header: int
    labels: list[int]
    values: list[int]
    debt_col: int | None
    keys: dict[int, Key] = field(default_factory=dict)


#: The words a bracket opens with before its figure, saying what that figure is: 92.57%（前年同期 92.26%）.
NOTE_WORDS = r"(?:前年(?:度)?同(?:期|月)|前年度(?:決算|実績)?|前年|昨年度|目標|見込み?|計画|" \
             r"(?:R[0-9元]{1,2}年?度?|令和[0-9元]{1,2}年度?)(?:決算|実績)?)"  # 決算見込（令和4年度決算）
INLINE_NOTE = re.compile(rf"(?<=[(（]){NOTE_WORDS}[:：]?(?=[△▲\-+]?[0-9])")


def is_figure(text: str) -> bool:
    """True for a cell that holds only figures (1,234 / 95.4% / △500 / 1,234千円 (1,100千円), 92.57%（前年同期 92.26%）),
    not a year."""
    s = INLINE_NOTE.sub("", _squash(text))
    if not s or not re.search(r"[0-9]", s) or BARE_YEAR.match(s) or NOT_FIGURE.search(s):
        return False
    return not MARKS.sub("", FIGURE.sub("", s))


def is_dash(text: str) -> bool:
    """True for a cell that prints no figure on purpose (-, ―, 皆減, blank)."""
    return bool(DASH.match(_squash(text)))


def _figure_column_start(rows: list[list[str]], c: int) -> int | None:
    """The first row of column c from which (nearly) every printed cell is a figure or a dash; None if none."""
    for r, row in enumerate(rows):
        if not is_figure(row[c]):
            continue
        below = [x[c] for x in rows[r:] if _squash(x[c])]
        if 5 * sum(is_figure(x) or is_dash(x) for x in below) >= 4 * len(below):
            return r
        return None
    return None


def header_rows(rows: list[list[str]]) -> int:
    """How many rows head the table: the rows before the first one that is mostly figures from its first figure
    on, or before the first row of a column that holds figures from there down, whichever comes first."""
    found = len(rows)
    for i, row in enumerate(rows):
        cells = [c for c in row if _squash(c)]
        first = next((k for k, c in enumerate(cells) if is_figure(c)), None)
        if first is not None and 2 * sum(is_figure(c) or is_dash(c) for c in cells[first:]) >= len(cells[first:]):
            found = i
            break
    starts = [s for c in range(len(rows[0]) if rows else 0) if (s := _figure_column_start(rows, c)) is not None]
    h = min([found, *starts])
    while h > 1 and (SECTION_TITLE.fullmatch(_squash(rows[h - 1][0])) and len({_squash(t) for t in rows[h - 1]}) == 1
                     or is_debt_name(_squash(rows[h - 1][0]), known_only=True)
                     and not any(_squash(t) for t in rows[h - 1][1:])):
        h -= 1  # 【一般会計】 right over the first rows: the first section's row, no heading of the columns; so is
        # 「市　税」 alone in the label column over its 現年課税分 / 滞納繰越分 / 計 rows
    return h


def _serial(rows: list[list[str]], header: int, c: int) -> bool:
    """True for a column of row numbers (1, 2, 3 … down the body, under a header merged over it and the names)."""
    body = [_squash(r[c]) for r in rows[header:] if _squash(r[c])]
    return len(body) >= 3 and all(re.fullmatch(r"[0-9]{1,2}[.．]?", x) for x in body) and \
        [int(x.rstrip(".．")) for x in body] == list(range(int(body[0].rstrip(".．")), int(body[0].rstrip(".．")) + len(body)))


def _figures(rows: list[list[str]], header: int, c: int, raw: list[list[str]]) -> bool:
    """True for a column of figures: some, and at least as many as cells of words (a schedule's ① | 取組実施 | 研修実施
    under month numbers is none: a circled number is a mark)."""
    cells = [r for r in range(header, len(rows)) if _squash(rows[r][c]) and not is_dash(rows[r][c])]
    n = sum(1 for r in cells if (is_figure(rows[r][c]) or re.search(r"[0-9](?:%|千円|万円|億円|円)$", _squash(rows[r][c]))
                                 or len(parts := rows[r][c].split()) == 2 and all(map(is_figure, parts)))  # 95.62 / 95.35
            and not re.fullmatch(r"[①-⑳]", _squash(raw[r][c])))  # (過去最高 98.6% ends on its figure)
    return n > 0 and 2 * n >= len(cells)


def _second_half(rows: list[list[str]], lay: _Layout) -> int | None:
    """The first column of a second half printed beside the first in the same grid: a column right of the values
    whose header repeats the label column's and whose body holds labels, not figures."""
    if not lay.labels or lay.header == 0:
        return None
    c0, h = lay.labels[0], lay.header - 1
    head = _squash(rows[h][c0])  # the bottom header row: a title or unit row above may differ (令和4年度決算 | (単位：%))
    for c in range(lay.values[0] + 1, len(rows[0])):
        body = [rows[r][c] for r in range(lay.header, len(rows)) if _squash(rows[r][c])]
        if head and _squash(rows[h][c]) == head and body and not any(is_figure(x) for x in body):
            return c
    return None


def in_halves(grid: Grid) -> bool:
    """True for a grid holding two tables side by side (a repeated 債権名 column); each half is read on its own."""
    rows = grid.filled_rows()
    lay = _layout(grid, rows)
    return lay is not None and _second_half(rows, lay) is not None


def _year_of_date(iso: str) -> int:
    """The 年度 of an ISO date (Jan–Mar belong to the year before)."""
    return fiscal_year_of(int(iso[:4]), int(iso[5:7]))


def _dated_by_caption(lay: _Layout, stamp: str | None, rows: list[list[str]]) -> None:
    """Column dates read one year behind the caption's 現在 date made the caption's: R5.2月末 | R4.2月末 under
    「（令和6年2月29日現在）」 print 年度 with the month (令和5年度の2月末), not calendar years. Not when a column says
    it is the year before (前年同期(R6.9月末) in the right-hand part of a table of 令和7年9月末現在)."""
    dated = {c: k for c, k in lay.keys.items() if k.as_of and k.fiscal_year is not None}
    if stamp is None or not dated or stamp in {k.as_of for k in dated.values()} or any(
            PREVIOUS.search("".join(rows[r][c] for r in range(lay.header))) for c in dated):
        return
    if month_end_year_before(stamp) == max(k.as_of for k in dated.values()):
        for c, k in dated.items():
            lay.keys[c] = year_before(k, -1)


def _strip_cell(text: str) -> bool:
    """True for a cell holding a sheet's label and its value together (債権名 市税, 所管課 税務課)."""
    m = STRIP_CELL.match(_squash(text))
    return bool(m) and is_debt_name(m.group(1)) or bool(OFFICE_CELL.match(_squash(text)))


def _columns(grid: Grid, a: int, b: int) -> Grid:
    """The grid's columns a..b-1 as a grid of their own (a cell spanning past them is cut to them)."""
    cells = [replace(c, col=max(c.col, a) - a, colspan=min(c.col + c.colspan, b) - max(c.col, a))
             for c in grid.cells if c.col < b and c.col + c.colspan > a]
    return replace(grid, ncols=b - a, cells=cells)


def _layout(grid: Grid, rows: list[list[str]]) -> _Layout | None:
    """Header rows, label and value columns of a table; None when no column holds figures."""
    h = header_rows(rows)
    spanning = {r for r in range(h) if grid.ncols > 1 and len({_squash(t) for t in rows[r]}) == 1}  # a title row
    heads = [" ".join(dict.fromkeys(_squash(rows[r][c]) for r in range(h) if _squash(rows[r][c]) and r not in spanning
                                    and not _strip_cell(rows[r][c])))  # (nor the sheet's strip 債権名 市税 | 所管課 税務課)
             for c in range(grid.ncols)]
    attribute = {c for c in range(grid.ncols) if ATTRIBUTE_HEAD.search(heads[c]) or _serial(rows, h, c)}
    small = any(re.fullmatch(r"[0-9]{1,2}", _squash(x)) for row in rows[h:] for x in row)  # ① folds to 1
    raw = grid.filled_rows(raw=True) if small else rows
    values = [c for c in range(grid.ncols) if c not in attribute and _figures(rows, h, c, raw)]
    if not values:
        return None
    labels = [c for c in range(values[0]) if c not in attribute]
    labels = [c for i, c in enumerate(labels) if not (i and re.fullmatch(r"会計(?:区分)?", heads[c]) and all(
        ACCOUNT_KIND.fullmatch(_squash(r[c])) for r in rows[h:] if _squash(r[c]) and _squash(r[c]) != _squash(r[0])))]  # 区分 | 会計 (市税 | 一般): the
    # account beside the debt is an attribute of its row, not its name (not 会計区分 | 国民健康保険: the names)
    if not labels:  # 債権区分 | 調定額 …, rows 強制徴収公債権 / 私債権 / 合計: the classes are the rows' labels
        labels = [c for c in range(values[0]) if CLASS_HEAD.search(heads[c]) and not _serial(rows, h, c)][:1]
    debt_col = next((c for pattern in DEBT_HEADS for c in labels if pattern.search(heads[c])), None)
    return _Layout(header=h, labels=labels, values=values, debt_col=debt_col)


#: Segment words a label column may print one glyph a row.
SEGMENT_WORDS = ("現年分", "現年度分", "現年課税分", "滞繰分", "滞納繰越分", "過年度分", "過年分", "合計")
SEGMENT_WORD = re.compile("|".join(SEGMENT_WORDS))


def _unfold_vertical_labels(rows: list[list[str]], lay: _Layout) -> None:
    """A segment set vertically, one glyph a row, in a narrow column the label column took in (現 | 調定額, 年 | 収入
    済額, 分 | 収納率 read 調定額現 / 年 収入済額 / 分収納率): each of those rows labelled by the segment and its metric.
    In place, label columns only."""
    for c in lay.labels:
        found: dict[int, tuple[str, str]] = {}  # row: (the stray glyphs, the label without them)
        for r in range(lay.header, len(rows)):
            t = _squash(rows[r][c])
            word = max((w for w, _ in METRICS if w in t), key=len, default="")  # the label's metric word
            i = t.find(word) if word else -1
            glyphs = t[:i] + t[i + len(word):] if word else ""  # 年 収入済額度: 年 before it, 度 after it
            if word and 1 <= len(glyphs) <= 3 and re.fullmatch(r"[一-鿿]+", glyphs) and not key_of(t[:i]).metric \
                    and not key_of(word).segment and len(metrics_of(word)) == 1:
                found[r] = (glyphs, word)
        run: list[int] = []
        for r in [*sorted(found), None]:
            if r is not None and (not run or r == run[-1] + 1):
                run.append(r)
                continue
            start = 0
            for end in range(1, len(run) + 1):  # 現年分 then 滞繰分 down one column: a word each
                word = "".join(found[x][0] for x in run[start:end])
                longer = "".join(found[x][0] for x in run[start:end + 1])
                if (end - start >= 2 or len(word) >= 2) and SEGMENT_WORD.fullmatch(word) and not (
                        end < len(run) and any(w.startswith(longer) for w in SEGMENT_WORDS)):
                    for x in run[start:end]:
                        rows[x][c] = f"{word} {found[x][1]}"
                    start = end
            run = [r] if r is not None else []


def _plot_area(grid: Grid) -> bool:
    """True for a chart's plot area framed by its grid lines and read as a grid of one or two columns: most of its
    filled cells hold several data labels scattered over them (89.47 84.21 / 69.84 63.10 55.63)."""
    if grid.ncols > 2:
        return False
    filled = [c for c in grid.cells if _squash(c.text)]
    scattered = [c for c in filled if len(re.findall(r"(?<![0-9.,])[0-9][0-9,]*\.?[0-9]*", c.text)) >= 2]
    return len(filled) >= 3 and 2 * len(scattered) > len(filled)


def _join_split_dates(rows: list[list[str]], lay: _Layout) -> None:
    """A group heading whose year and month end fell into two cells (令和4年度 | 2月末現在(B) 2月末現在(B), printed
    「令和４年度　２月末現在（Ｂ）」 over three columns): the year and the date, over all of them. In place, header rows
    above the lowest only."""
    for r in range(lay.header - 1):
        row = rows[r]
        for c in range(len(row) - 1):
            year, date = key_of(row[c]), key_of(row[c + 1])
            if year.fiscal_year is not None and year.as_of is None and AS_OF.search(row[c + 1]) \
                    and date.fiscal_year is None and not re.search(r"[0-9元]\s*年", row[c + 1]) \
                    and _squash(row[c]) != _squash(row[c + 1]) and len(_squash(row[c])) <= 12:
                joined, part = f"{row[c]} {row[c + 1]}", _squash(row[c + 1])
                row[c] = joined
                for d in range(c + 1, len(row)):
                    if _squash(row[d]) != part:
                        break
                    row[d] = joined


def _fill_group_heads(rows: list[list[str]], lay: _Layout) -> None:
    """A blank group heading over the first column of a run of sub-heads that repeats under the next group
    (　| 現年分 現年分 | 滞繰分 滞繰分 滞繰分 over R6.9末 | 前年同期 | 増減 | R6.9末 | 前年同期 | 増減) is the group's
    to its right: the group heading was drawn over all its columns and cut short. In place, header rows only."""
    if lay.header < 2:
        return
    bottom = [_squash(t) for t in rows[lay.header - 1]]
    for r in range(lay.header - 1):
        row = rows[r]
        for c in lay.values:
            if _squash(row[c]) or c + 1 >= len(row) or not _squash(row[c + 1]):
                continue
            group = row[c + 1]
            starts = [k for k in lay.values if k > c + 1 and _squash(row[k]) and _squash(row[k]) != _squash(group)
                      and _squash(row[k - 1]) != _squash(row[k])]  # where the next group begins
            if not starts:
                continue
            n = starts[0] - c  # the group's width with the blank column taken in
            if bottom[c:c + n] == bottom[starts[0]:starts[0] + n] and bottom[c]:
                row[c] = group
    _fill_cycle_heads(rows, lay, bottom)
    _fill_segment_pairs(rows, lay, bottom)


def _fill_segment_pairs(rows: list[list[str]], lay: _Layout, bottom: list[str]) -> None:
    """A heading printed in the first of its unmerged cells over segment sub-heads (前年同月比 | 　 over 現年度分 |
    滞納繰越分): the blank cells right of it whose sub-heads are segments too are the heading's. In place."""
    for r in range(lay.header - 1):
        row = rows[r]
        for c in lay.values:
            if not _squash(row[c]) or any(_squash(rows[m][c]) for m in range(r + 1, lay.header - 1)) \
                    or not key_of(bottom[c]).segment:
                continue
            for d in range(c + 1, len(row)):
                if d not in lay.values or _squash(row[d]) or any(_squash(rows[m][d]) for m in range(r + 1, lay.header - 1)) \
                        or not bottom[d] or not (k := key_of(bottom[d])).segment or k.metric or k.fiscal_year \
                        or any(_squash(rows[m][d]) != _squash(rows[m][c]) for m in range(r)):
                    break  # (under a heading row above that does not run on over it: not this group's)
                row[d] = row[c]


def _fill_cycle_heads(rows: list[list[str]], lay: _Layout, bottom: list[str]) -> None:
    """Group headings each printed in one cell of its group, the group's other cells blank, over sub-heads that
    repeat (　| 現年度分 | 　| 　| 滞納繰越分 | 　 over 調定額 | 収入済額 | 収納率 ×3: a header whose cells were not
    merged): each heading is its whole group's, the group being one cycle of the repeating sub-heads; a heading
    alone over a run of cycles, set in its middle cycle (令和6年2月末現在 over all three), is every cycle's. In
    place."""
    vals = [c for c in lay.values if c < len(bottom)]
    i = 0
    while i < len(vals):
        best: tuple[int, int] | None = None  # (run length, period) of the longest repeating run from vals[i]
        for p in range(2, 7):
            n = 0
            while i + n + p < len(vals) and vals[i + n + p] == vals[i] + n + p and bottom[vals[i + n]] \
                    and bottom[vals[i + n]] == bottom[vals[i + n + p]]:
                n += 1
            length = (n + p) // p * p
            if n >= p and (best is None or length > best[0]):
                best = (length, p)
        if best is None:
            i += 1
            continue
        run = vals[i:i + best[0]]
        _fill_run(rows, lay, [run[k:k + best[1]] for k in range(0, len(run), best[1])])
        i += best[0]


def _fill_run(rows: list[list[str]], lay: _Layout, blocks: list[list[int]]) -> None:
    """_fill_cycle_heads over one run of repeating cycles (`blocks`)."""
    run = [c for b in blocks for c in b]
    for r in reversed(range(lay.header - 1)):  # (lowest first: a heading row's groups follow the filled row below)
        row = rows[r]
        labels = [c for c in run if _squash(row[c])]
        if len({_squash(row[c]) for c in labels}) == 1 and len(blocks) % 2 == 1 and \
                all(c in blocks[len(blocks) // 2] for c in labels):
            for c in run:
                row[c] = row[labels[0]]
            continue
        for block in blocks:
            named = {_squash(row[c]) for c in block if _squash(row[c])}
            if len(named) == 1:
                text = next(row[c] for c in block if _squash(row[c]))
                for c in block:
                    row[c] = row[c] if _squash(row[c]) else text
        _fill_upper_groups(rows, r, blocks, lay.header)


def _fill_upper_groups(rows: list[list[str]], r: int, blocks: list[list[int]], header: int) -> None:
    """A heading row over a middle row that itself cycles (令和5年度 | 令和4年度, each printed once over its
    現年度分 | 滞納繰越分 pair of 調定額 | 収入済額 | 収納率 cycles): each heading is its whole group of cycles, the
    groups being the middle row's own period. In place."""
    if r + 1 >= header - 1:
        return  # no middle row between this one and the repeating sub-heads
    row, below = rows[r], rows[r + 1]
    named = [i for i, b in enumerate(blocks) if any(_squash(row[c]) for c in b)]
    if not named or len(named) == len(blocks) or len(blocks) % len(named):
        return
    k = len(blocks) // len(named)
    mid = [_squash(below[b[0]]) for b in blocks]
    if not all(mid) or any(mid[i] != mid[i % k] for i in range(len(blocks))) or len(set(mid[:k])) < 2:
        return  # the middle row does not cycle with that period
    for g in range(0, len(blocks), k):
        heads = [i for i in range(g, g + k) if i in named]
        if len(heads) != 1:
            return
    for g in range(0, len(blocks), k):
        text = next(row[c] for i in range(g, g + k) for c in blocks[i] if _squash(row[c]))
        for i in range(g, g + k):
            for c in blocks[i]:
                row[c] = row[c] if _squash(row[c]) else text


BRACKET_TIME = re.compile(r"[(（]\s*(?:前年同月|前年同期|前年度|前年|前期)(?:末|値|実績)?\s*[)）]")


def _without_bracket_time(text: str) -> str:
    """A header without the bracket that says what the cells' bracketed figures are (収納率(前年同月)(%) → 収納率(%)):
    the cells' own figures are of the column's time (the bracket's figures are read by its note)."""
    bare = BRACKET_TIME.sub("", text)
    return bare if _squash(bare) else text


def _wrapped_heads(cells: list[str]) -> list[str]:
    """A column's header cells top down, a cell whose bracket the cell under it closes joined to it (調定額(百万 / 円)
    → 調定額(百万円), the second cell left empty)."""
    out = list(cells)
    for i in range(len(out) - 1):
        t = out[i]
        if t.count("(") + t.count("（") > t.count(")") + t.count("）") and re.match(r"^[^()（）]{0,4}[)）]", out[i + 1]):
            out[i], out[i + 1] = t + out[i + 1], ""
    return out


def _column_keys(rows: list[list[str]], lay: _Layout, year: int | None, era: str | None = None,
                 above: dict[int, str] | None = None) -> None:
    """Each value column's key from its header cells, the lowest cell first, then the heading printed above the
    table over that column (決算 | 目標 side by side)."""
    col_era = era
    before: set[int] = set()  # 前年同月 columns under a spanning date, dated a year before it
    for c in lay.values:
        texts = [t for t in reversed(_wrapped_heads([rows[r][c] for r in range(lay.header)])) if not _sentence(t)] + \
            ([above[c]] if above and c in above else [])  # (a sentence the table's box takes in is no heading)
        texts = _year_over_month(texts)
        if any(re.search(r"[0-9][(（]\s*[△▲-]?[0-9]", _squash(rows[r][c])) for r in range(lay.header, len(rows))):
            texts = [_without_bracket_time(t) for t in texts]  # 収納率(前年同月)(%) over 84.56(84.21): the bracket's
        col_era = next((e for e in map(era_of, texts) if e), col_era)  # 平成30年度 | 令和元年度 | 2年度: the nearest era
        first = merge(*(key_of(t, None, col_era) for t in texts))
        yr = first.fiscal_year if first.fiscal_year is not None else year
        keys = [key_of(t, yr, col_era) for t in texts]
        k = merge(*keys)
        dated = next((i for i, x in enumerate(keys) if x.fiscal_year is not None and not x.previous), None)
        if dated is not None and any(x.previous and x.fiscal_year is None for x in keys[:dated]) \
                and _spanning(rows, lay.header - 1 - dated, c):  # (6年9月末 over 前年同月 in its own column: that date)
            row_years = [key_of(t, None, col_era).fiscal_year for t in rows[lay.header - 1 - dated]]
            if any(y is not None and y > (keys[dated].fiscal_year or 0) for y in row_years):
                k = replace(k, previous=False)  # 令和5年度 | 令和4年度 over 前年度収納率: the heading is the year before
            else:
                k = year_before(k)  # 前年同月 under 「令和6年2月29日現在」 spanning 2月末 | 前年同月: that date a year before
                before.add(c)
        if k.change and k.metric and any(FORMULA.match(_squash(t)) for t in texts) and not any(
                CHANGE.search(_squash(t)) for t in texts if not FORMULA.match(_squash(t))):
            k = replace(k, change=None)  # 収入未済額 over (A)-(B): how the amount is worked out, no change column
        if k.as_of and k.fiscal_year is None and not k.previous:  # 「10月末」 under 令和7年: the 年度 of that month end
            y, m = int(k.as_of[:4]), int(k.as_of[5:7])
            k = replace(k, fiscal_year=y - 1 if m < 4 else y)
        lay.keys[c] = k
    _years_carried_right(lay)
    for c in lay.values:  # 差(R6-R5) right of R7目標: the difference of the results of R6 (決算), not a target
        k = lay.keys[c]
        if k.change == "difference" and k.fiscal_year is not None:
            same = {lay.keys[d].basis for d in lay.values if d != c and not lay.keys[d].change
                    and lay.keys[d].fiscal_year == k.fiscal_year and lay.keys[d].basis}
            if len(same) == 1 and k.basis != (b := next(iter(same))):
                lay.keys[c] = replace(k, basis=b)
    for i, c in enumerate(lay.values):  # R2目標 | 実績 | 達成率: the 達成率 is of the result left of it (its year, basis)
        k = lay.keys[c]
        if k.metric == "achievement_rate" and not k.change and (k.fiscal_year is None or k.basis is None):
            left = next((lay.keys[d] for d in reversed(lay.values[:i]) if lay.keys[d].basis not in (None, "target")
                         and not lay.keys[d].change), None)
            if left is not None:
                lay.keys[c] = merge(k, Key(fiscal_year=left.fiscal_year, fiscal_year_raw=left.fiscal_year_raw,
                                           basis=left.basis, as_of=left.as_of))
    for i, c in enumerate(lay.values):  # 目標 | 実績 | 差: the 差 of a result from its target is of the result's basis
        k = lay.keys[c]
        if k.change == "difference" and k.basis is None and i >= 2 and \
                lay.keys[lay.values[i - 2]].basis == "target" and lay.keys[lay.values[i - 1]].basis == "actual" \
                and not lay.keys[lay.values[i - 1]].change:
            lay.keys[c] = replace(k, basis="actual")
    for i, c in enumerate(lay.values[:-1]):  # 目標額 | 収納額: a target with no metric is of the figure right of it
        k, right = lay.keys[c], lay.keys[lay.values[i + 1]]
        if k.basis == "target" and not k.metric and not k.change and right.metric and right.basis in (None, "actual") \
                and not right.change and lay.values[i + 1] == c + 1:
            lay.keys[c] = replace(k, metric=right.metric)
    rate_metric = {lay.keys[c].segment for c in lay.values if lay.keys[c].metric == "collection_rate"}
    for c in lay.values:  # 令和4年度(2月末) over 現年度分 | 滞納繰越分 | 計 with 83.77 | 17.40 | 68.08 beside 収納率 columns
        k = lay.keys[c]  # of those segments: the same rates, that year
        if k.segment in rate_metric and not k.metric and not k.change and k.fiscal_year is not None \
                and c in _rate_columns(rows, lay):
            lay.keys[c] = replace(k, metric="collection_rate")
    for i, c in enumerate(lay.values):  # a 前年度比 column without a metric compares the figure left of it;
        k = lay.keys[c]  # a 前年同月 column beside 収納率 (現年分 | 収納率 | 前年同月) prints the same rate a year before
        head = "".join(rows[r][c] for r in range(lay.header))
        dated_before = bool(PREVIOUS.search(head) and SAME_TIME.search(head))  # 前年同期R5.2月末
        if (k.change or k.previous and k.fiscal_year is None or c in before or dated_before) and not k.metric and i > 0:
            left = lay.keys[lay.values[i - 1]]
            if k.change or left.segment == k.segment:
                lay.keys[c] = merge(k, Key(metric=left.metric, segment=left.segment))
    if year is not None and any(k.basis == "estimate" and k.fiscal_year in (None, year) for k in lay.keys.values()):
        for c in lay.values:  # 決算見込み | 目標 | 決算 with no year over 決算: this year is not closed, 決算 is last year's
            k = lay.keys[c]
            if k.basis == "actual" and k.fiscal_year in (None, year) and not k.change and not any(
                    year_of(rows[r][c])[0] for r in range(lay.header)) and not (above and year_of(above.get(c, ""))[0]):
                lay.keys[c] = replace(k, fiscal_year=year - 1, fiscal_year_raw=None)
    dated = [k for k in lay.keys.values() if k.fiscal_year is not None and not k.change]
    if dated:  # a change column (対前年同月比) is dated like the latest figure it compares; its metric too
        latest = max(dated, key=lambda k: (k.fiscal_year or 0, k.as_of or ""))
        latest = replace(latest, segment=None, unit=None)
        for i, c in enumerate(lay.values):
            k = lay.keys[c]
            if k.change:
                group = []  # the dated columns left of it, back to the change column before (R6.2末 | R5.2末 | 差);
                plain = False  # a run of change columns (前年同月比: 現年度分 | 滞納繰越分 | 計) shares one group
                undated = False  # a column of the group with no year of its own (本年度目標 | 決算見込 | 見込-目標)
                for d in reversed(lay.values[:i]):
                    if lay.keys[d].change:
                        if plain:
                            break
                        continue
                    plain = True
                    if lay.keys[d].fiscal_year is not None:
                        group.append(lay.keys[d])
                    else:
                        undated = True
                if not group and i > 0 and lay.keys[lay.values[i - 1]].fiscal_year is None or \
                        len(group) < 2 and undated and lay.keys[lay.values[i - 1]].fiscal_year is None:
                    continue  # 調定額 | … | 収入未済額 | 前年度比 | 収納率 | R6目標: dated like the undated figures left of it
                same = [x for x in group if k.segment and x.segment == k.segment and x.metric] if not k.metric else []
                own = max(same or group, key=lambda x: (x.fiscal_year or 0, x.as_of or "", x.basis != "target")) \
                    if len(group) >= 2 \
                    else None  # (the nearest of its own segment: 前年同月比 滞納繰越分 compares 滞納繰越分's 収納率)
                if own is not None and k.fiscal_year is not None and (own.fiscal_year or 0) > k.fiscal_year and \
                        not year_of(rows[lay.header - 1][c])[0]:
                    k = replace(k, fiscal_year=None, fiscal_year_raw=None, as_of=None)  # 令和5年度 収納率 | 令和4年度
                    # 前年度収納率 | 差 with the older heading spread over 差: it compares them, of the newer year
                lay.keys[c] = merge(k, replace(own, segment=None, unit=None) if own is not None else latest)
            elif k.previous and k.fiscal_year is None:  # 令和3年度2月末収納率 | 前年度2月末収納率: the year before
                lay.keys[c] = merge(k, year_before(replace(latest, metric=None, basis=k.basis or latest.basis)))


def _sentence(text: str) -> bool:
    """True for prose in a header cell (令和8年度の目標収納率は、…において設定 / した。): a sentence the table's box was drawn
    around, no heading of a column."""
    t = _squash(text)
    return t.endswith("。") or len(t) > 30 and "、" in t


FORMULA = re.compile(r"^[(（]?[A-ZＡ-Ｚ][)）]?\s*[-－−―]\s*[(（]?[A-ZＡ-Ｚ][)）]?$")  # (A)-(B) under a column's name


def _years_carried_right(lay: _Layout) -> None:
    """R2目標 | 実績 | 達成率 | R3目標 | 実績 | …: where columns naming a year and a basis together repeat, each followed
    by columns of another basis and no year, those columns take the year of the one left of them."""
    dated = [c for c in lay.values if lay.keys[c].fiscal_year is not None and lay.keys[c].basis and not lay.keys[c].change]
    at = [lay.values.index(c) for c in dated]
    if len(dated) < 2 or at[0] != 0 or any(b - a < 2 for a, b in zip(at, at[1:])) or any(
            lay.keys[c].fiscal_year is not None and c not in dated for c in lay.values):
        return  # (groups repeat: each dated column followed by its own undated ones)
    last: Key | None = None
    for c in lay.values:
        k = lay.keys[c]
        if c in dated:
            last = k
        elif last is not None and k.fiscal_year is None and k.basis and k.basis != last.basis and not k.change:
            lay.keys[c] = replace(k, fiscal_year=last.fiscal_year, fiscal_year_raw=last.fiscal_year_raw)


CALENDAR_YEAR = re.compile(r"^(?:令和|平成|R|H)\s*[0-9元]{1,2}\s*年$")


def _year_over_month(texts: list[str]) -> list[str]:
    """A column's header texts (lowest first) with a calendar year wrapped over its month end read as one date
    (令和6年 / 2月末: 2024-02-29, not 2月末 of 令和6年度)."""
    out = list(texts)
    for i in range(len(out) - 1):
        if CALENDAR_YEAR.match(_squash(out[i + 1])) and re.match(r"^[0-9]{1,2}月", _squash(out[i])):
            out[i], out[i + 1] = _squash(out[i + 1]) + _squash(out[i]), ""
    return out


def _spanning(rows: list[list[str]], r: int, c: int) -> bool:
    """True when header cell (r, c) runs over a neighbouring column too (its text repeated there), or lies outside
    the header rows (a heading above the table)."""
    if not 0 <= r < len(rows):
        return True
    t = _squash(rows[r][c])
    return any(0 <= k < len(rows[r]) and _squash(rows[r][k]) == t for k in (c - 1, c + 1))


def _corner_unit(rows: list[list[str]], lay: _Layout) -> str | None:
    """The unit a header cell prints for the whole table ((単位：千円) in the corner), else None."""
    for r in range(lay.header):
        for c, t in enumerate(rows[r]):
            u = unit_of(t)
            if u and (not key_of(t).metric or c < lay.values[0]) and len(_squash(t)) <= 12:
                return u  # (収入未済額（千円） in the corner over columns of debts: the whole table's unit too)
    return None


def _section(row: list[str]) -> str | None:
    """The text of a row that is one label spanning the table (【市税】, 一般会計), else None."""
    texts = {_squash(c) for c in row if _squash(c)}
    if len(texts) != 1:
        return None
    text = texts.pop()
    return None if is_figure(text) else text


def _carry_labels(rows: list[list[str]], lay: _Layout) -> dict[int, list[str]]:
    """Each data row's label texts; an empty label left of a printed one repeats the row above (a group label
    printed once over rows the PDF does not merge)."""
    rows = _centred_labels(rows, lay)
    out: dict[int, list[str]] = {}
    above: list[str] = ["" for _ in lay.labels]
    for r in range(lay.header, len(rows)):
        texts = [rows[r][c] for c in lay.labels]
        inner = max((k for k, t in enumerate(texts) if _squash(t)), default=-1)
        texts = [above[k] if k < inner and not _squash(t) else t for k, t in enumerate(texts)]
        out[r] = texts
        if inner >= 0:
            above = texts
    return out


def _centred_labels(rows: list[list[str]], lay: _Layout) -> list[list[str]]:
    """The rows with a group label printed in the middle of its group (現年 | 市税 滞繰 | 計: the name set level
    with the second of three unmerged rows) moved up to the group's first row. Groups run from one 現年 row of the
    innermost label column to its 計 row (or the next 現年); unchanged where a group holds more than one label."""
    if len(lay.labels) < 2:
        return rows
    seg_col, outer = lay.labels[-1], lay.labels[:-1]
    starts = [r for r in range(lay.header, len(rows)) if key_of(rows[r][seg_col]).segment == "current"]
    if len(starts) < 2:
        return rows
    out = [list(r) for r in rows]
    ends = [next((r + 1 for r in range(a, b) if key_of(rows[r][seg_col]).segment == "total"), b)
            for a, b in zip(starts, starts[1:] + [len(rows)])]  # (a group closes with its 計 row: 合計 below is none)
    bounds = list(zip(starts, ends))
    for c in outer:
        placed = [[r for r in range(a, b) if _squash(rows[r][c])] for a, b in bounds]
        if not any(p and p[0] != a for p, (a, _) in zip(placed, bounds)) or any(len(p) > 1 for p in placed) \
                or any(_squash(rows[r][c]) for r in range(lay.header, starts[0])):
            continue
        for p, (a, _) in zip(placed, bounds):
            if p and p[0] != a:
                out[a][c], out[p[0]][c] = rows[p[0]][c], ""
    return out


#: A note giving one column's unit (※前年差はポイント): no change of the table's.
UNIT_STATEMENT = re.compile(r"[※*＊]\s*[^\s、。※]{1,10}は\s*(?:ポイント|百万円|千円|万円|億円|円|%|％)(?:単位)?(?:です|である)?")
UNIT_ASIDE = re.compile(r"(単\s*位\s*[:：]\s*[^()（）\s]*)\s*[(（][^()（）]*[)）]")
MONEY_IN_LIST = re.compile(r"(?:単\s*位|(?:未済|済|定|欠損)額)\s*[:：][^)）]*?(百万円|千円|万円|億円)")  # a unit note
# listing rates and money; （収入未済額：令和5年度末、千円）: the amount's time and unit
MONEY_NOTE = re.compile(r"(?:額|金|残高)\s*(?:の(?:単位|行|欄|列))?\s*(?:は|[:：])\s*(千円|万円|億円|百万円|円)")
SERIAL = re.compile(r"^\s*(?:[0-9０-９]{1,2}[\s.．、)）]\s*|[(（][0-9０-９]{1,2}[)）]\s*|[①-⑳]\s*)(?=\S{2})(?!債権)")
SETTLED_OR_ESTIMATE = re.compile(r"決算[(（]見込み?[)）]")  # the year's result, or its estimate while unsettled
AREA_HEAD = re.compile(r"(?:地区|地域|区名|行政区|支所|支所名|区域|地区名|支所・出張所)(?:別|名)?")


def _area_labels(rows: list[list[str]], lay: _Layout, carried: dict[int, list[str]]) -> dict[int, str | None]:
    """The area of each data row of a label column headed 地区 / 支所 (the rows name places, not debts), the label
    blanked in `carried`; a total row (合計, 全市) is the whole municipality (None)."""
    out: dict[int, str | None] = {}
    for k, c in enumerate(lay.labels):
        if lay.header == 0 or not _area_head(rows[lay.header - 1][c]):
            continue
        for r, texts in carried.items():
            place = _squash(texts[k])
            if place and not is_figure(place):
                out[r] = _area_of(place)
                carried[r] = texts[:k] + [""] + texts[k + 1:]
    return out


#: A caption of a table of places (市税（現年度分）の支所別収納状況, 地区別徴収状況) whose label column is headed 区分.
AREA_BY = re.compile(r"(?:地区|支所|地域|行政区|区|出張所)別")
PLACE_NAME = re.compile(r"(?:支所|出張所|地区|地域|区|本庁|庁舎|センター)$")


def _places_listed(labels: list[str]) -> bool:
    """True when most labels of a column name places (本庁, 樋脇支所, 北区), its totals aside."""
    named = [t for t in labels if t and not is_figure(t) and _area_of(t) is not None]
    return len(named) >= 2 and 2 * sum(1 for t in named if PLACE_NAME.search(BRACKETED.sub("", t))) > len(named)


def _prose(text: str) -> bool:
    """True for a label cell holding sentences (現状と課題 | 令和5年度末の収入未済額は…。 beside 滞納者数 | 3,412人):
    it names no key of the figures beside it."""
    return "。" in text and len(_squash(text)) > 40


def _area_head(text: str) -> bool:
    """True for the head of a column of places (地区, 支所名), its office in brackets or not (地域(担当))."""
    return bool(AREA_HEAD.fullmatch(re.sub(r"※\s*[0-9０-９]*$", "", BRACKETED.sub("", _squash(text)))))  # (地区※1)


BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def _area_of(place: str) -> str | None:
    """The area a row of places is for, None for the whole municipality (合計, 全市, 計(市全体))."""
    words = [place, BRACKETED.sub("", place), *re.findall(r"[(（]([^()（）]*)[)）]", place)]
    return None if any(w in (*TOTALS, "全体", "全市", "市全体", "町全体", "村全体") or ALL_WARDS.match(w) for w in words if w) \
        else place


#: the label of a sheet's label/value box (債権名 | 市税 | 所管課 | 税務課 / 債権の種類 | 強制徴収公債権 | R5 収入未済額 | …)
SHEET_LABEL = re.compile(r"債権の?(?:種類|種別|区分|名称|分類)|債権名|所管(?:課|部署)?|担当(?:課|部署)?|根拠(?:法令)?|"
                         r"法的根拠|時効(?:期間)?|徴収方法")


def _no_debt(label: str) -> bool:
    """True for a row label that names no debt, account or total though it names something (今期(R6.2月末) over a
    chart's bars of the debts): the column's debt is the figure's."""
    s = _squash(label)
    return not is_debt_name(s, known_only=True) and not ACCOUNT.search(s) and s not in (*TOTALS, "全体") \
        and key_of(label).as_of is not None


def _names(text: str, key: Key) -> bool:
    """True when a label names a debt or an account (not vocabulary, a debt class, a ward, a unit or a number)."""
    s = _squash(text)
    return (key.names_something and not DEBT_CLASS.match(s) and not AREA.match(s) and not is_figure(text)
            and not UNIT_CELL.match(s) and not SHEET_LABEL.fullmatch(s))


#: A debt label that ends with its segment: 「市税 現年課税分」 (the rows below it print 滞納繰越分 and 計 alone).
FUSED_SEGMENT = re.compile(rf"^(.+?)\s*((?:{CURRENT.pattern}|{ARREARS.pattern})分)$")


def fused_segment(text: str) -> tuple[str, str] | None:
    """(debt, segment word) of a label that prints a debt and then its segment (市税 現年課税分); None otherwise."""
    m = FUSED_SEGMENT.match(_squash(text))
    k = key_of(m.group(1)) if m else None
    if m is None or k is None or not k.names_something or k.segment or k.metric or BREAKDOWN.fullmatch(m.group(1)):
        return None  # うち現年課税分: a part of the row above, no debt of its own
    return m.group(1), m.group(2)


def _fused_groups(carried: dict[int, list[str]]) -> None:
    """Split 「市税 現年課税分」 into its debt and segment labels, and give that debt to the rows under it that print a
    segment alone (滞納繰越分, 計), in place."""
    group: str | None = None
    for r in sorted(carried):
        texts = [t for t in carried[r] if _squash(t)]
        fused = fused_segment(texts[-1]) if texts else None
        if fused is not None:
            group = fused[0]
            carried[r] = carried[r][:-1] + [fused[0], fused[1]]
        elif group is not None and len(texts) == 1 and (k := key_of(texts[0])).segment and not k.names_something \
                and not k.metric:
            carried[r] = carried[r][:-1] + [group, texts[0]]
        else:
            group = None


def _row(labels: list[str], debt_col_text: str | None, by_debt: bool, year: int | None,
         era: str | None = None) -> _Row:
    """A data row's key from its label texts (outermost first); see the module docstring for 合計 rows."""
    keyed = [(t, key_of(t, year, era)) for t in dict.fromkeys(t for t in labels if _squash(t))]
    named = [t for t, k in keyed if _names(t, k)]
    debt = debt_col_text if debt_col_text and _squash(debt_col_text) in map(_squash, named) and not (
        ACCOUNT.search(_squash(debt_col_text)) and _squash(named[-1]) != _squash(debt_col_text)) else (
        named[-1] if named else None)  # (一般会計 | 市税 under one 債権名 heading over both: the debt, not the account)
    if debt is None and not any(_squash(t) in (*TOTALS, "小計") or SHEET_LABEL.fullmatch(_squash(t)) for t in labels):
        debt = next((t for t, _ in keyed if CLASS_ROW.match(_squash(t))), None)  # 強制徴収公債権 | 126,616,496:
        # the class's figures, its printed name kept (強制徴収公債権 | 小計 is that class's 小計, as printed; not the
        # value of a sheet's 債権の種類 label)
    if debt_col_text and _squash(debt_col_text) in ("合計", "総計", "全体"):
        debt = debt_col_text  # 合計 in the 債権名 column under 下水道事業会計 | 資本的収入 carried down: all debts
    if debt is not None and _squash(debt) in (*TOTALS, "全体"):
        debt = _squash(debt)  # 合　計 printed letter-spaced: 合計
    elif debt is not None and SERIAL.match(debt):
        debt = SERIAL.sub("", debt)  # 「1 市税」: the row's number printed in the name's cell
    if debt is not None and any(_squash(t) == "小計" for t in labels) and _squash(debt) not in TOTALS \
            and not _squash(debt).endswith(("小計", "合計", "総計")):
        group = re.sub(r"^[【〔\[＜<](.*)[】〕\]＞>]$", r"\1", _squash(named[0] if named else debt))  # (【特別会計】)
        debt = "小計" if "債権" in group else f"{group}小計"  # 一般会計 | (諸収入 |) 小計: the account's subtotal
        # as printed (the outermost group the row closes), not the account; a class's (非強制・私債権 | 小計): 小計
    if debt is None and by_debt:
        debt = next((t for t, k in keyed if k.segment == "total" and not k.metric), None)
    if debt is None and (together := LEXICON.all_debts.search("".join(_squash(t) for t in labels))):
        debt = together.group(0)  # 収入未済額（全会計）: the debts together, as printed
    inner = [replace(k, segment=None) if by_debt and _squash(t) == "小計" and debt is not None
             and _squash(debt).endswith("小計") else k for t, k in reversed(keyed) if t != debt or k.metric]
    # (一般会計 | 小計 in a table by debt under 「現年度分の状況」: the account's subtotal of the column's segment)
    if debt is not None:
        own = key_of(debt, year, era)
        if by_debt and debt not in named and (_squash(debt) in ("全体", "合計", "総計", "計", "全債権")
                                              or _squash(debt).endswith("小計")):
            own = replace(own, segment=None)  # the all-debts row of a table by debt: its segment is the column's
        inner.append(own if debt not in named else replace(own, segment=own_segment(_squash(debt))))
    area = next((_squash(t) for t, _ in reversed(keyed) if AREA.match(_squash(t))), None)
    if area and ALL_WARDS.match(area):
        area = None  # 24区合計: the whole municipality
    return _Row(debt=debt, key=merge(*inner), words="".join(labels), area=area)


#: a note saying the table holds one segment only (※ 現年分のうち普通徴収分のみ。)
ONLY_SEGMENT = re.compile(r"(?:(現年(?:度)?(?:課税)?分|滞納繰越分)(?:のうち[^。]{0,20})?のみ|(?:すべて|全て)\s*"
                          r"(現年(?:度)?(?:課税)?分|滞納繰越分)に係る)")  # (不納欠損額はすべて滞納繰越分に係るもの)
REMARK_HEAD = re.compile(r"備考|摘要")  # a column of notes beside the figures


def _remark_facts(cell: Cell, row: _Row, base: Key, ctx: TableContext, money: str | None,
                  beside: Key | None = None) -> list[Fact]:
    """The amounts a note cell names (うち滞納繰越分 549,401 千円, 不納欠損見込 45,600 千円): each keyed by the words
    before it first (segment, metric, basis), then by its row and the table; amounts of money only. `beside`: the
    key of the column left of the note, of whose figure a うち… amount is a part (its metric and time)."""
    out: list[Fact] = []
    text = fold(cell.text)
    start = 0
    for a in find_amounts(text):
        if a.span is None:
            continue
        label, start = text[start:a.span[0]], a.span[1]
        if a.unit != "yen":
            continue
        own = key_of(label, row.key.fiscal_year, ctx.era)
        part = beside if beside is not None and "うち" in label else Key()
        metric = own.metric or row.key.metric or base.metric or part.metric
        if metric not in MONEY_METRICS:
            continue
        key = merge(own, row.key, Key(fiscal_year=part.fiscal_year, fiscal_year_raw=part.fiscal_year_raw,
                                      basis=part.basis, as_of=part.as_of), base)  # 計（見込） | うち滞納繰越分…: 見込
        f = _fact(replace(cell, text=a.raw), replace(key, metric=metric), row, ctx, metric, money)
        if isinstance(f, Fact):
            out.append(f)
    return out


def _hint(metric: str, keys: list[Key]) -> str | None:
    """The unit hint for a figure of `metric`: the first printed unit of the right kind among the keys."""
    units = [k.unit for k in keys if k.unit]
    if any(k.change for k in keys) and units and units[0] in ("%", "ポイント"):
        return units[0]  # a 前年度比 (ポイント) column under a (単位：千円) table compares rates
    if metric in RATE_METRICS:
        return "%"
    if metric in MONEY_METRICS:
        return next((u for u in units if u in MONEY_UNITS), None)
    return next((u for u in units if u not in MONEY_UNITS), None)


def _unit(metric: str, change: str | None, a: Amount, words: str) -> str:
    """The record unit of a figure: bare money is yen, counts of 世帯 households, a change of a rate points."""
    if metric in MONEY_METRICS and a.unit == "count":
        return "yen"
    if metric in COUNT_METRICS and a.unit == "count":
        return "households" if "世帯" in words else "cases" if metric in ("delinquent_cases", "seizure_cases") \
            else "persons"
    if change == "change_rate":
        return "percent"  # 増減率 △10.6: per cent of the figure before, whatever that figure is
    if change and (a.unit == "points" or (a.unit in ("percent", "count") and metric in RATE_METRICS)):
        return "points"
    return a.unit


def _fact(cell: Cell, key: Key, row: _Row, ctx: TableContext, metric: str, money: str | None = None
          ) -> Fact | DocWarning | None:
    """The fact one value cell prints under its merged key (`money`: the amounts' unit where a note gives rates and
    amounts each their own); a warning when it does not parse; None for '-'."""
    text = cell.text
    if is_dash(text):
        return None
    page = cell.page or ctx.page
    try:
        a = parse_amount(text, _hint(metric, [key]) or (money if metric in MONEY_METRICS else None))
    except NormalizeError:
        return DocWarning(page=page, code="unparsed_cell",
                          message=f"表の数値を読み取れませんでした({row.debt or ctx.debt or ''} {metric}): {text[:40]}")
    if a.unit in ("cases", "persons", "households") and (metric in RATE_METRICS or metric in MONEY_METRICS) \
            and not key.change:
        return None  # 412件 under a caption of 収納率: a count printed with its unit is no rate or amount
    basis = key.basis or "actual"
    name = key.change or metric
    if name == "difference" and metric in MONEY_METRICS and a.unit == "percent":  # 前年度比 | 収入済額(%): no
        name = "ratio_to_previous" if 50 <= a.value <= 200 and not re.search(r"[-+△▲＋－−]", a.raw) \
            else "change_rate"  # amount's difference but its ratio to the year before (102.3), or a change in per cent
    if name == "delinquents" and "件" in row.words and not re.search(r"人|世帯", row.words):
        name = "delinquent_cases"  # a count of cases (件) is no count of delinquents
    return Fact(debt_raw=row.debt or ctx.debt, fiscal_year=key.fiscal_year, fiscal_year_raw=key.fiscal_year_raw,
                segment=key.segment or ("total" if metric in CORE_METRICS or metric in COUNT_METRICS else None),  # type: ignore[arg-type]
                metric=name, basis=basis, as_of=key.as_of if basis == "interim" else None,  # type: ignore[arg-type]
                value=a.value, unit=_unit(metric, key.change, a, row.words), approx=a.approx,  # type: ignore[arg-type]
                raw=a.raw, page=page, area=row.area, bbox=cell.bbox, table=ctx.table)


BARE_RATE = re.compile(r"[0-9]{1,3}\.[0-9]{1,2}")  # a rate printed without its sign (94.6, 99.20)


def _rates_only(rows: list[list[str]], lay: _Layout) -> bool:
    """True when every figure of the table is a rate printed without its sign: 0–100 with one or two decimals
    (94.6 | 95.0 | 71.2 under 令和6年度決算 | 令和7年度目標 | 12月末現在), and no header names an amount or unit."""
    cells = [_squash(rows[r][c]) for r in range(lay.header, len(rows)) for c in lay.values if _squash(rows[r][c])]
    heads = "".join(rows[r][c] for r in range(lay.header) for c in range(len(rows[r])))
    return len(cells) >= 4 and all(BARE_RATE.fullmatch(t) and float(t) <= 100 for t in cells) \
        and not unit_of(heads) and not re.search(r"額|円|件|人", heads)


#: A caption or note that says the table holds collection rates (（収納率は％、収入未済額は千円）).
RATE_WORD = re.compile(r"収納率|徴収率|収入率")


def _rate_columns(rows: list[list[str]], lay: _Layout) -> set[int]:
    """Value columns whose every figure is a rate printed without its sign (98.84 | 26.45 under 現年 | 滞繰 beside
    收入未済額 | 312,614) and whose header names no amount or unit."""
    out = set()
    for c in lay.values:
        cells = [_squash(rows[r][c]) for r in range(lay.header, len(rows)) if _squash(rows[r][c])]
        head = "".join(rows[r][c] for r in range(lay.header))
        if len(cells) >= 2 and all(BARE_RATE.fullmatch(t) and float(t) <= 100 for t in cells) \
                and not unit_of(head) and not re.search(r"額|円|件|人|世帯", head):
            out.add(c)
    return out


def _percent(text: str, unit: str | None) -> bool:
    """True for a figure printed as a percentage, by its own sign or the table's unit (単位：％)."""
    return "%" in text or "％" in text or unit == "%" and is_figure(text) and "円" not in text


def bracketed(cell: Cell, notes: dict[str, Key]) -> tuple[Cell, Key] | None:
    """The figure a value cell prints in brackets after its own (99.30%(99.35%)) as a cell of its own, with the note
    that says what it is; None when the cell prints none or no note covers its bracket."""
    text = cell.text
    found = [a for a in find_amounts(text) if a.span]
    if len(found) < 2:
        return None
    first, second = found[0], found[1]
    between = text[first.span[1]:second.span[0]].strip()  # type: ignore[index]
    inline = re.search(r"([(（【〔])\s*(\S[^()（）]*?)\s*[:：]?\s*$", between)  # （前年同期 92.26%）: the bracket says
    if inline and re.fullmatch(NOTE_WORDS, _squash(inline.group(2))):
        return replace(cell, text=text[second.span[0]:second.span[1]]), key_of(inline.group(2))  # type: ignore[index]
    if not between or between[-1] not in OPENING or OPENING[between[-1]] not in notes:
        return None
    return replace(cell, text=text[second.span[0]:second.span[1]]), notes[OPENING[between[-1]]]  # type: ignore[index]


HEAD_BRACKET = re.compile(r"^(?P<own>.*?\S)\s*[(（](?P<inner>[^()（）]{2,8})[)）]$")


NOTED_BASIS = re.compile(r"((?:(?:令和|平成|R|H)\s*[0-9元]{1,2}(?:年度)?\s*[・、,]?\s*)+)\s*(?:は|:|：)\s*"
                         r"(決算見込み?|見込み?|推計|決算額?|実績|目標|計画)")


#: A note saying what a header word stands for: 本年度は令和６年度決算見込、前年度は令和５年度決算.
NOTED_WORD = re.compile(r"(?P<word>本年度|今年度|当年度|前年度|今期|当期|前年同期)\s*(?:は|[=＝:：])\s*(?P<year>(?:令和|平成|R|H)\s*[0-9元]{1,2}"
                        r"\s*年度)\s*(?:の?\s*(?P<basis>決算見込み?|見込み?|推計|決算額?|実績|目標|計画))?")  # (not 今期＝令和6年2月末:
# a month end, for the caption's own reading)


def _noted_words(note: str, rows: list[list[str]], lay: _Layout) -> None:
    """Header words a caption or note says the year (and basis) of, read as that year and basis (※ 本年度は令和６年度
    決算見込、前年度は令和５年度決算 under 前年度 | 本年度 | 差: 令和5年度決算 | 令和6年度決算見込 | 差). In place."""
    this_year_noted = bool(re.search(r"(?:本|今|当)年度\s*(?:は|[=＝:：])", fold(note)))
    for m in NOTED_WORD.finditer(fold(note)) if lay.header else ():
        word, year = m.group("word"), key_of(m.group("year")).fiscal_year
        for r in range(lay.header):
            for c in lay.values:
                if re.fullmatch(re.escape(word) + r"末?", _squash(rows[r][c])):  # (本年度末: that year's end)
                    rows[r][c] = m.group("year") + (m.group("basis") if basis_of(m.group("basis") or "") in (
                        "estimate", "target") else "")  # (…の実績 over month ends: that year's month ends, not 決算)
                elif word == "前年度" and re.fullmatch(r"(?:本|今|当)年度末?", _squash(rows[r][c])) and year is not None \
                        and not this_year_noted:
                    rows[r][c] = f"{year + 1}年度"  # 令和7年度（前年度：令和6年度） over 本年度 | 前年度


def _noted_bases(note: str, era: str | None) -> list[tuple[int, str]]:
    """(year, basis) pairs a footnote states (※ R6は決算見込。R4・R5は決算額。 → (2024, estimate), (2022, actual),
    (2023, actual))."""
    out = []
    for m in NOTED_BASIS.finditer(fold(note)):
        basis = basis_of(m.group(2))
        for part in re.split(r"[・、,]", m.group(1)):
            k = key_of(part, None, era)
            if basis and k.fiscal_year is not None:
                out.append((k.fiscal_year, basis))
    return out


def _note_heads(rows: list[list[str]], lay: _Layout) -> dict[int, dict[str, Key]]:
    """Columns whose header names in brackets what the bracketed figures of its cells are (収納率（前年同月） over
    92.65（92.31））: that header read without the bracket (in `rows`), and {'(': its key}."""
    out: dict[int, dict[str, Key]] = {}
    for c in lay.values:
        body = [_squash(rows[r][c]) for r in range(lay.header, len(rows)) if _squash(rows[r][c])]
        paired = sum(1 for t in body if re.fullmatch(r"[^()（）]*[0-9][^()（）]*[(（][^()（）]*[0-9][^()（）]*[)）]", t))
        if not body or 2 * paired < len(body):
            continue
        for r in reversed(range(lay.header)):
            m = HEAD_BRACKET.match(_squash(rows[r][c]))
            if m and re.fullmatch(NOTE_WORDS, m.group("inner")):
                rows[r][c] = m.group("own")
                out[c] = {"(": key_of(m.group("inner"))}
                break
    return out


def _bracketed_metric(*heads: str) -> dict[str, Key]:
    """A header naming the metric of the figures printed in brackets after the column's own (収入済額（収納率）over
    45,102,844（93.54%）): {'(': that metric}; empty for any other header."""
    for head in heads:
        m = HEAD_BRACKET.match(_squash(head))
        if m and (inner := key_of(m.group("inner"))).metrics == 1 and not inner.rest and \
                (own := key_of(m.group("own"))).metric and own.metric != inner.metric:
            return {"(": Key(metric=inner.metric)}
    return {}


STACK_PAIRED = re.compile(r"[(（]\s*上\s*段\s*[:：]?\s*(?P<u1>百万円|千円|万円|億円|円|%|％)\s*[)）][^()（）]{1,12}?"
                          r"[(（]\s*下\s*段\s*[:：]?\s*(?P<u2>百万円|千円|万円|億円|円|%|％)\s*[)）]")
STACK_NOTE = re.compile(r"上\s*段\s*[:：]?\s*(?P<top>[^\s:：()（）、,/／]+)\s*(?:[(（](?P<tu>[^)）]{1,4})[)）]|"
                        r"(?P<tu2>百万円|千円|万円|億円|円|%|％)(?=\s*[、,/／\s]))?\s*[、,/／]?\s*"
                        r"下\s*段\s*[:：]?\s*(?P<low>[^\s:：()（）、,/／]+)\s*(?:[(（](?P<lu>[^)）]{1,4})[)）]|"
                        r"(?P<lu2>百万円|千円|万円|億円|円|%|％)(?![^\s)）、,]))?")  # (上段：収入済額 千円、下段：収納率 %)


def stacked_metrics(note: str) -> list[tuple[str, str | None]]:
    """The metric and unit of each line of a cell printing two figures one over the other, from a note such as
    「上段：収入済額（千円）　下段：収納率（%）」; empty when the note names no metric for both."""
    m = STACK_NOTE.search(note)
    if not m:
        m = STACK_PAIRED.search(note)  # 収入済額（上段：千円）と収納率（下段：％）: each metric with its line's unit
        top, low = (_in_order(part)[-1:] for part in (note[:m.start("u1")], note[m.end("u1"):m.start("u2")])) \
            if m else ([], [])
        return [(top[0], m.group("u1")), (low[0], m.group("u2"))] if m and top and low and top != low else []
    top, low = key_of(m.group("top")), key_of(m.group("low"))
    if top.metric and low.metric:
        return [(top.metric, m.group("tu") or m.group("tu2")), (low.metric, m.group("lu") or m.group("lu2"))]
    units = [unit_of(m.group("top")), unit_of(m.group("low"))]
    named = _in_order(note[:m.start()])[-2:]  # 「収入済額と収納率（上段：千円　下段：%）」: the metrics named before
    if all(units) and len(named) == 2:
        return [(named[0], units[0]), (named[1], units[1])]
    return []


STACK_YEARS = re.compile(r"上\s*段\s*(?:[:：]|は)\s*(?P<top>[^\s:：、,/／]{2,14}?)\s*(?:の数値|の実績|の決算)?\s*[、,/／\s]\s*"
                         r"下\s*段\s*(?:[:：]|は)\s*(?P<low>[^\s:：、,/／。]{2,14}?)\s*(?:の数値|の実績|の決算)?(?=[\s。)）]|$)")


def stacked_years(note: str) -> list[Key]:
    """The year of each line of a cell printing two figures one over the other, from a note such as 「上段：令和6年度、
    下段：令和5年度」; empty when the note names no year for both."""
    m = STACK_YEARS.search(re.sub(r"(?<=[0-9元])\s+(?=[年月])", "", note))  # (令和6 年度 as extracted)
    if not m:
        return []
    top, low = key_of(m.group("top")), key_of(m.group("low"))
    return [top, low] if top.fiscal_year and low.fiscal_year and top.fiscal_year != low.fiscal_year \
        and not top.metric and not low.metric else []


def _pair_position(grid: Grid, rows: list[list[str]], lay: _Layout, r: int) -> int | None:
    """0 or 1 for a row of a table printing each debt on two rows, its label on the upper only (市税 | … over 　 | …,
    or merged over both); None for a row not in such a pair."""
    def named(i: int) -> bool:
        return lay.header <= i < len(rows) and any(
            (cell := grid.cell(i, c)) is not None and cell.row == i and _squash(cell.text) for c in lay.labels)

    if not lay.labels or not any(is_figure(rows[r][c]) for c in lay.values):
        return None
    if named(r) and r + 1 < len(rows) and not named(r + 1) and (r + 2 >= len(rows) or named(r + 2)):
        return 0
    if not named(r) and named(r - 1) and (r + 1 >= len(rows) or named(r + 1)):
        return 1
    return None


def _in_order(text: str) -> list[str]:
    """The metrics a text names, in the order last printed."""
    found = metrics_of(text)
    return sorted(found, key=lambda m: max((text.rfind(w) for w, n in METRICS if n == m and w in text), default=0))


UNIT_PAREN = re.compile(r"\s*[(（]\s*(?:%|％|千円|円|万円|百万円|億円|人|件|世帯)\s*[)）]\s*$")  # 市税（％）: its unit


def _column_debts(rows: list[list[str]], lay: _Layout, era: str | None) -> dict[int, str]:
    """The debt each value column names in its header (a table with one debt per column: 市税 | 国民健康保険税 | 計);
    empty unless two columns or more name one."""
    out: dict[int, str] = {}
    for c in lay.values:
        for r in reversed(range(lay.header)):
            t = rows[r][c]
            k = key_of(t, None, era)
            if _names(t, k) and not k.metric and not k.change and (is_debt_name(t) or ACCOUNT.search(_squash(t))):
                out[c] = UNIT_PAREN.sub("", t).strip() or t.strip()  # 市税（％）: 市税
                break
            if _squash(t) in TOTALS and not k.metric:
                out[c] = _squash(t)
                break
            if re.fullmatch(r"その他(?:の)?(?:債権)?", _squash(t)) or LEXICON.all_debts.fullmatch(_squash(t)):
                out[c] = _squash(t)  # 市税 | 国民健康保険税 | その他 | 4債権計: the rest, the debts together
                break
            whole = re.sub(r"(?:合計|総計|計)$", "", _squash(t))
            if whole != _squash(t) and is_debt_name(whole, known_only=True):  # 市税計: the debt's own total column
                out[c] = whole
                break
            if k.metric and k.metrics == 1 and is_debt_name(_squash(k.rest), known_only=True):
                out[c] = _squash(k.rest)  # 市税収納率（現年） | 国保税収納率（現年）: the debt before the metric
                break
    named = [c for c, t in out.items() if _squash(t) not in TOTALS]
    return out if len(named) >= 2 else {}


def structure(grid: Grid) -> tuple[int, list[int], list[int]] | None:
    """(header rows, label columns, value columns) of a table of figures; None when it holds no figures."""
    lay = _layout(grid, grid.filled_rows())
    return None if lay is None else (lay.header, lay.labels, lay.values)


def is_statistical(grid: Grid) -> bool:
    """True for a table of figures whose headers or row labels name a metric (a 別表, not a list of people)."""
    rows = grid.filled_rows()
    lay = _layout(grid, rows)
    if lay is None or lay.header == 0:
        return False
    heads = [rows[r][c] for r in range(lay.header) for c in range(grid.ncols)]
    labels = [rows[r][c] for r in range(lay.header, grid.nrows) for c in lay.labels]
    return any(key_of(t).metric for t in heads + labels)


def _label_over_figure(grid: Grid) -> Grid | None:
    """A one-column table of labels each over its figure (令和6年度末(実績) / 431,227千円 / 令和7年度末(見込) / …) laid
    out as one header row over one row of figures, each label over its own; None for any other table."""
    rows = grid.rows()
    if grid.ncols != 1 or len(rows) < 4 or len(rows) % 2 or not all(
            bool(is_figure(r[0])) == (k % 2 == 1) and _squash(r[0]) for k, r in enumerate(rows)):
        return None
    cells = sorted(grid.cells, key=lambda c: c.row)
    return Grid(page=grid.page, bbox=grid.bbox, nrows=2, ncols=len(rows) // 2, pages=grid.pages,
                cells=[replace(c, row=c.row % 2, col=c.row // 2, rowspan=1, colspan=1) for c in cells])


TITLE_ROW = re.compile(r"^\s*(?:(?:別表|表|図表)\s*[0-9]{1,2}(?:[-－][0-9]{1,2})?\s+\S|[0-9]{1,2}[\s.．、]\s*[^\s0-9]"
                       r"(?!.*(?:[0-9][0-9,]{3,}|[0-9]\.[0-9]|[%％])).{3,}$)")
# (別表３　市税の収入未済額の推移, or a numbered heading alone: 3 地域別の市税(現年度分))


def _title_row(grid: Grid) -> tuple[Grid, str] | None:
    """The grid without its first row, and that row's text, when the first row is the table's numbered title (別表３
    市税の収入未済額の推移) caught between the rules; None otherwise."""
    first = [c for c in grid.cells if c.row == 0]
    if grid.nrows < 3 or not first or not TITLE_ROW.match(first[0].text) \
            or any(c.rowspan > 1 for c in first) or any(_squash(c.text) for c in first[1:]):
        return None
    cells = [replace(c, row=c.row - 1) for c in grid.cells if c.row > 0]
    return replace(grid, nrows=grid.nrows - 1, cells=cells, bbox=(grid.bbox[0], first[0].bbox[3], *grid.bbox[2:])), \
        first[0].text.strip()


def read_table(grid: Grid, context: TableContext) -> tuple[list[Fact], list[DocWarning]]:
    """The facts of one statistical table and the warnings for value cells that do not parse.

    Only cells whose column or row names a metric give facts; a table without figures gives nothing.
    """
    grid = _label_over_figure(grid) or grid
    titled = _title_row(grid)
    if titled is not None:  # 「別表３　市税の収入未済額の推移」 ruled in as the table's first row: its caption
        grid, title = titled
        unit = UNIT_CAPTION.search(context.caption)
        caption = f"{title} {unit.group(0)}" if unit else title  # (the lines above it, 【参考】…（令和６年８月末現在）,
        # belong to what is above; a unit note among them is the table's)
        context = replace(context, caption=caption, debt=context.debt or caption_debt(title))
    rows = grid.filled_rows()
    lay = _layout(grid, rows)
    if lay is None or _plot_area(grid):
        return [], []
    half = _second_half(rows, lay)
    if half is not None:  # 債権名 | R4 | R5 | 増減 | 債権名 | R4 | R5 | 増減: two tables side by side in one grid
        left, right = (read_table(_columns(grid, a, b), replace(context, column_heads={
            c - a: h for c, h in context.column_heads.items() if a <= c < b})) for a, b in ((0, half), (half, grid.ncols)))
        return left[0] + right[0], left[1] + right[1]
    era = next((e for e in map(era_of, [" ".join(r) for r in rows]) if e), None) or era_of(context.caption) or context.era
    corner = re.search(r"[(（]([^()（）]{2,20})[)）]", rows[0][0]) if rows and rows[0] and lay.header else None
    if context.debt is None and corner and (LEXICON.all_debts.fullmatch(_squash(corner.group(1)))
                                             or is_debt_name(_squash(corner.group(1)), known_only=True)):
        context = replace(context, debt=_squash(corner.group(1)))  # 区分(市全体) in the corner: the table's scope
    below = UNIT_CAPTION.search(context.footnote) or re.search(r"^\s*単\s*位\s*[:：]\s*\S+", context.footnote)  # (単位：千円),
    # 単位：百万円（収納率は％） under the table
    context = replace(context, era=era, unit=context.unit or _corner_unit(rows, lay) or
                      (unit_of(below.group(0)) if below else None))
    base = context.key()
    money = next((m.group("u1") or m.group("u2") for m in UNIT_NOTE.finditer(context.caption)
                  if (m.group("u1") or m.group("u2")).endswith("円")), None) or (  # （徴収率の単位：％、収入未済額の単位：千円）
        (m := MONEY_NOTE.search(context.caption)) and m.group(1)) or (  # 単位：収入率は%、収入未済額は千円
        (m := MONEY_IN_LIST.search(context.caption)) and m.group(1))  # (単位：%、百万円)
    stacked = stacked_metrics(f"{context.caption} {context.footnote}")
    stacked_keys = stacked_years(f"{context.caption} {context.footnote}")
    note = key_of(context.footnote)
    if base.metric is None and note.metrics == 1 and FIGURES_ARE.search(context.footnote) and not any(
            key_of(t).metric for row in rows for t in row if not is_figure(t)):
        base = replace(base, metric=note.metric)  # ※数値は各年度末の収入未済額 under a table no label of which names one
    if base.metric is None:  # 「目標収納率(%)及び収入未済額の目標(千円)」 over 現年課税分 | 滞納繰越分 | 収入未済額 rows: the
        named = metrics_of(context.caption)  # caption's metric no label of the table names is the other rows'
        printed = {m for row in rows for t in row if not is_figure(t) for m in metrics_of(t)}
        others = [m for m in named if m not in printed]
        if len(named) == 2 and len(others) == 1:
            base = replace(base, metric=others[0])
    only = ONLY_SEGMENT.search(context.footnote)
    only_metric = key_of(re.split(r"[。)）]", context.footnote[:only.start()])[-1]).metric if only else None
    only_segment = key_of(only.group(1) or only.group(2)).segment if only and only_metric else None
    # (「不納欠損額はすべて滞納繰越分に係るもの。」: that metric's figures are of that segment, the others not)
    if base.segment is None and only and only_metric is None:  # ※ 現年分のうち普通徴収分のみ。: every figure of the table is of that segment
        base = replace(base, segment=key_of(only.group(1) or only.group(2)).segment)
    noted_heads = _note_heads(rows, lay)
    for r in range(lay.header):  # the sheet's strip drawn as the table's first row (債権名 市税 | 所管課 税務課): no
        rows[r] = ["" if _strip_cell(t) else t for t in rows[r]]  # heading of its columns (the outline has it)
    _unfold_vertical_labels(rows, lay)
    _join_split_dates(rows, lay)
    _fill_group_heads(rows, lay)
    _noted_words(f"{context.caption} {context.footnote}", rows, lay)  # (表２ 月別収納状況　前年度：令和４年度　本年度：令和５年度)
    _column_keys(rows, lay, base.fiscal_year, era, context.column_heads)
    _dated_by_caption(lay, as_of_of(context.caption, None), rows)
    for year, basis in _noted_bases(context.footnote, era):  # 「※ R6は決算見込（令和7年5月31日現在）。R4・R5は決算額。」
        for c, k in lay.keys.items():
            if k.fiscal_year == year and k.basis in (None, "actual") and not k.change:
                lay.keys[c] = replace(k, basis=basis)
    if as_of_of(context.caption, None) is None and as_of_of(context.caption, 2000) is not None:
        for c, k in lay.keys.items():  # 「…の状況（10月末現在）」 over H30年度 | H29年度: each year's own 10月末
            if k.fiscal_year is not None and k.basis is None and not k.change:
                lay.keys[c] = replace(k, basis="interim", as_of=as_of_of(context.caption, k.fiscal_year))
    sections: dict[int, str] = {}
    current: str | None = None
    for r in range(lay.header, grid.nrows):
        sec = _section(rows[r])
        starts = any((cell := grid.cell(r, c)) is not None and cell.row == r and _squash(cell.text)
                     for c in range(grid.ncols))  # a row holding only the rest of a label merged from above: none
        if sec is not None and starts and not any(is_figure(rows[r][c]) for c in lay.values):
            current = sec
        elif current is not None:
            sections[r] = current

    carried = _carry_labels(rows, lay)
    places = _area_labels(rows, lay, carried)  # 地区 | 倉敷, 水島: the rows' areas, not debts
    place_col = lay.debt_col if lay.debt_col is not None else 0 if not lay.labels and 0 not in lay.values else None
    area_col = place_col is not None and lay.header > 0 and _area_head(rows[lay.header - 1][place_col])  # 地域(担当)
    if not area_col and place_col is None and len(lay.labels) == 1:
        place_col = lay.labels[0]  # (区分 | 本庁, 樋脇支所 …: the one label column)
    by_place = not area_col and place_col is not None and bool(AREA_BY.search(_squash(context.caption))) \
        and _places_listed([_squash(rows[r][place_col]) for r in range(lay.header, grid.nrows)])  # type: ignore[index]
    if area_col or by_place:
        for r in range(lay.header, grid.nrows):
            place = _squash(rows[r][place_col])  # type: ignore[index]
            if place and not is_figure(place):
                places[r] = _area_of(place)
                if by_place and r in carried and place_col in lay.labels:  # (区分 | 本庁, 樋脇支所 … 計 under
                    k = lay.labels.index(place_col)  # 「支所別収納状況」: the 計 row is all places, not all segments)
                    carried[r] = carried[r][:k] + [""] + carried[r][k + 1:]
    rates = context.unit is None and _rates_only(rows, lay)
    rate_cols = _rate_columns(rows, lay) if RATE_WORD.search(f"{context.caption} {context.footnote}") else set()
    _fused_groups(carried)  # 市税 over 「市税 現年課税分」, 「滞納繰越分」, 「計」

    def labels(r: int) -> list[str]:
        return ([sections[r]] if r in sections else []) + [t for t in carried[r] if not _prose(t)]

    figured = [r for r in range(lay.header, grid.nrows) if any(is_figure(rows[r][c]) for c in lay.values)]
    named_cols = _column_debts(rows, lay, era)
    by_debt = any(_names(t, key_of(t, None, era)) and (
        is_debt_name(_squash(t), known_only=True) if named_cols else is_debt_name(_squash(t)) if context.debt else True)
                  or CLASS_ROW.match(_squash(t)) for r in figured for t in labels(r)
                  if _squash(t) and not BREAKDOWN.match(_squash(t)))  # うち個人市民税 under 現年度分: a part of a row;
    # (under 市税 | 国民健康保険税 | … columns, a row 差押件数（令和6年度） or 目標の達成（○/×） names no debt of its own;
    # on the sheet of one debt, 収納の状況 down the label column is no debt)
    col_debt = {} if by_debt else named_cols
    for c, name in col_debt.items():
        if _squash(name) in TOTALS or _squash(name) != _squash(rows[lay.header - 1][c]) and \
                re.search(r"計$", _squash(rows[lay.header - 1][c])):  # 計 | 市税計: no segment of the row's figure
            lay.keys[c] = replace(lay.keys[c], segment=None)
    facts: list[Fact] = []
    warnings: list[DocWarning] = []
    row_era = era
    parent_segment: str | None = None  # the segment of the last row that named one (the row a うち row is part of)
    parent_debt: str | None = None  # the debt of the last row not a うち row
    above_metric: str | None = None  # the metric of the last row that named one
    caption_notes = bracket_notes(context.caption, *context.column_heads.values(), context.footnote, era=era)  # (※( )内は前年同期 under it)
    column_notes = {c: {**_bracketed_metric(*(rows[r][c] for r in range(lay.header))),
                        **bracket_notes(*(rows[r][c] for r in range(lay.header)), era=era), **noted_heads.get(c, {})}
                    for c in lay.values}
    counts = {c for c in lay.values if any(COUNT_HEAD.fullmatch(_squash(rows[r][c])) for r in range(lay.header))}
    newest = max((k.fiscal_year for k in lay.keys.values() if k.fiscal_year is not None), default=None)
    head_stacks = {c: [(m, None) for m in named] for c in lay.values  # 「収入済額 / 収納率」 over 30,678,901 / 45.27%:
                   if len(named := _in_order(" ".join(rows[r][c] for r in range(lay.header)))) == 2}  # a line each
    remarks = [c for c in range(lay.values[0] + 1, grid.ncols) if c not in lay.values and REMARK_HEAD.search(
        " ".join(_squash(rows[h][c]) for h in range(lay.header)))]
    ward_debts: set[str | None] = set()  # the debts of the rows read so far that name a ward
    rate_left: dict[int, int] = {}  # per row, the last column read as a rate (a 差 column right of it compares them)
    result_basis: str | None = None  # the basis of the last row of results (実績 / 実績見込) read
    rate_above: dict[int, int] = {}  # per column, the last row read as a rate (a 差 row under it compares them)
    for r in range(lay.header, grid.nrows):
        if any(LEADERS.search(t) for t in labels(r)):
            continue  # 収入未済額の推移 ・・・・・・ 2: a line of a table of contents, its page number no figure
        debt_text = rows[r][lay.debt_col] if lay.debt_col is not None and not area_col else None
        row_era = next((e for e in map(era_of, labels(r)) if e), row_era)  # years down the rows: the nearest era
        part = next((BREAKDOWN.match(_squash(x)) for x in reversed(labels(r)) if _squash(x)), None)
        row = _row(labels(r), debt_text, by_debt, base.fiscal_year, row_era)
        if not by_debt and context.debt and row.debt and not is_debt_name(_squash(row.debt)) \
                and not ACCOUNT.search(_squash(row.debt)) and not re.search(r"計$|全体", _squash(row.debt)):
            row = replace(row, debt=None)  # 収納の状況 down the label column of the sheet of 市税: that sheet's debt
        own = [_squash(t) for t in carried[r] if _squash(t)]
        if r in sections and own in (["合計"], ["総計"]):
            row = replace(row, debt=own[0], key=replace(row.key, segment=None) if by_debt else row.key)  # 合計 after
            # the last section row (下水道事業会計, printed alone over its debts): all debts, not that section (in a
            # table by debt, of the column's segment)
        if stacked_keys and (pos := _pair_position(grid, rows, lay, r)) is not None:  # 市税 | 201,456,000 … over 　 |
            year = stacked_keys[pos]  # 223,981,400 … under 「上段：令和６年度決算、下段：令和５年度決算」: each row its year
            row = replace(row, key=replace(row.key, fiscal_year=year.fiscal_year, fiscal_year_raw=year.fiscal_year_raw))
        if r in places:
            row = replace(row, area=places[r])
        if row.area:
            ward_debts.add(row.debt)
        elif row.debt is not None and _squash(row.debt) in TOTALS and len(ward_debts) == 1 and None not in ward_debts:
            row = replace(row, debt=next(iter(ward_debts)))  # 国民健康保険料 | 堺区 … 美原区, then 計: that debt in all
            # its wards
        part_key = key_of(part.group(1)) if part and part.group(1) else None
        if part_key is not None and by_debt and part_key.segment and not _names(part.group(1), part_key):
            row = replace(row, debt=parent_debt, key=replace(row.key, segment=part_key.segment))  # うち現年分 under
            # 特別区民税: the debt above, that segment
        elif part and part.group(1):  # うち個人市民税 under 現年度分: that debt, the segment of the row it is part of
            row = replace(row, debt=part.group(1), key=replace(row.key, segment=row.key.segment or parent_segment))
        else:
            parent_debt = row.debt
            parent_segment = row.key.segment or parent_segment
        if row.key.basis in ("actual", "estimate") and row.key.metric != "achievement_rate":
            result_basis = row.key.basis
        elif row.key.metric == "achievement_rate" and row.key.basis is None and result_basis:
            row = replace(row, key=replace(row.key, basis=result_basis))  # 目標 / 実績見込 / 達成率 rows: the rate
            # of the result above it (an estimate's)
        if row.key.metric:
            above_metric = row.key.metric
        elif (row.key.previous and not row.key.fiscal_year or row.key.change) and above_metric:  # 収納率 | 前年同期 | 差
            row = replace(row, key=replace(row.key, metric=above_metric))  # rows; 増減(R6-R5) under 収入未済額 rows
        if row.debt is None and by_debt:  # 合計 printed in the 所属 column of a table by debt
            total = next((t for t in rows[r][:lay.values[0]] if _squash(t) in (*TOTALS, "全体")), None)
            row = replace(row, debt=total) if total is not None else row
        row_stack = next(([(m, None) for m in two] for t in labels(r) if len(two := _in_order(t)) == 2), [])
        # 収入済額 / 収納率 in one label cell over 139,723.2 / 98.94%: a line each
        for c in remarks:  # 備考 | うち滞納繰越分 549,401 千円: an amount a note cell names, keyed by its own words
            cell = grid.cell(r, c)
            if cell is not None and cell.row == r and cell.col == c:
                left = max((v for v in lay.values if v < c), default=None)
                facts.extend(_remark_facts(cell, row, base, context, money,
                                           lay.keys[left] if left is not None else None))
        for c in lay.values:
            here = replace(row, debt=col_debt[c]) if c in col_debt and (row.debt is None or _no_debt(row.debt)) else row
            cell = grid.cell(r, c)
            if cell is None or cell.row != r or cell.col != c or not _squash(cell.text):
                continue
            if not is_figure(cell.text) and len(_squash(cell.text)) > 24 and re.search(r"[。、]", cell.text):
                continue  # a sentence across the value columns (主な取組 | (1)納期限後の早期催告として、…): no figure
            col = lay.keys[c]
            key = merge(col, here.key, base)
            if col.basis == "actual" and here.key.basis == "estimate" and col.fiscal_year is None:
                key = replace(key, basis="estimate")  # 目標 | 実績 over a row 令和6年度（見込）: that row's result is an estimate
            if "平均" in here.words or any("平均" in rows[h][c] for h in range(lay.header)):
                key = replace(key, fiscal_year=None, fiscal_year_raw=None)  # 5年平均: of no one year
            if col.fiscal_year_raw is None and col.fiscal_year is not None and here.key.fiscal_year_raw \
                    and here.key.fiscal_year is not None and col.as_of:
                key = replace(key, fiscal_year=here.key.fiscal_year, fiscal_year_raw=here.key.fiscal_year_raw)
                # 12月末 | 1月末 over rows 令和5年度 / 令和4年度: the month ends of the row's year
            if (col.previous or here.key.previous) and here.key.fiscal_year is None and not here.key.change and (
                    col.fiscal_year is None or here.key.previous and col.fiscal_year_raw is None and col.as_of):
                key = year_before(key)  # (4月末 | 5月末 … dated by the caption, over rows 本年度 / 前年度)
            if key.basis == "actual" and base.basis == "interim" and base.as_of and key.fiscal_year == base.fiscal_year \
                    and not any("決算" in rows[r][c] for r in range(lay.header)):
                key = replace(key, basis="interim", as_of=base.as_of)  # 回収実績額 under 「…（12月末現在）」: so far
            if key.as_of and key.fiscal_year is not None and _year_of_date(key.as_of) != key.fiscal_year:
                key = replace(key, as_of=month_end_year_before(key.as_of, _year_of_date(key.as_of) - key.fiscal_year))
                # 10月末徴収率 | 前年度(平成30年度): that year's 10月末
            if key.basis == "estimate" and SETTLED_OR_ESTIMATE.search(_squash(here.words)) and \
                    key.fiscal_year is not None and key.fiscal_year < newest:
                key = replace(key, basis="actual")  # 決算(見込) under 前年度(平成30年度): that year is settled
            if key.basis is None and key.fiscal_year is not None and context.fiscal_year is not None \
                    and key.fiscal_year > context.fiscal_year:
                key = replace(key, basis="target")  # R7年度 … R11年度 in a paper of 令和6年度: no result yet
            if not col.metric and any(OTHER_RATE.search(_squash(rows[r][c])) for r in range(lay.header)):
                continue  # 目標 | 実績 | 達成率 under a caption of 収納率: the rate of something else
            metric = col.metric or here.key.metric or base.metric
            if not col.metric and metric in MONEY_METRICS and c in counts:
                continue  # 収入未済額 | 件数: a count beside the amounts, none of the table's money
            if metric is None and (key.segment or COLLECTING.search(context.caption) or c in col_debt
                                   and key.unit in ("%", "％", "percent")) and (key.basis or key.fiscal_year is not None
                                                                             and context.fiscal_year is not None
                                                                             and key.fiscal_year < context.fiscal_year) \
                    and not key.change and (_percent(cell.text, key.unit) or key.unit is None and (rates or c in rate_cols)) \
                    and not any(OTHER_RATE.search(_squash(rows[r][c])) for r in range(lay.header)):
                metric = "collection_rate"  # 実績見込 現年度分 | 99.30%: a dated rate by segment of a debt is its collection
                # rate; so is a dated rate under a caption of how the debt is collected (市税の区別収納状況)
            elif metric is None and key.change and (rate_left.get(r) == c - 1 or rate_above.get(c) in (r - 1, r - 2)):
                metric = "collection_rate"  # R6.2末 | R5.2末 | 差 beside those rates: their difference, in points
                # (or a 差 row under rows of rates: R5年度 / R4年度 / 差 over 4月末 … 3月末)
            if metric == "collection_rate" and not key.change:
                rate_left[r] = c
                rate_above[c] = r
            lines = [ln for ln in cell.lines if _squash(ln)]
            two = stacked if stacked and not col.metric else head_stacks.get(c, []) or ([] if col.metric else row_stack)
            if two and len(lines) == 2 and all(is_figure(ln) or is_dash(ln) for ln in lines) \
                    and any(is_figure(ln) for ln in lines):  # (「-」 over 94.25: no amount, a rate)
                for ln, (m, unit) in zip(lines, two):  # 97,520,118 over 99.09 under 「上段：収入済額（千円）
                    out = _fact(replace(cell, text=ln), replace(key, metric=m), here, context, m, unit or money)
                    if isinstance(out, Fact):  # 下段：収納率（%）」: each line its own metric
                        facts.append(out)
                continue
            if stacked_keys and metric is not None and len(lines) == 2 and all(is_figure(ln) for ln in lines):
                for ln, year in zip(lines, stacked_keys):  # 512,873 over 521,334 under 「上段：令和6年度、下段：令和5年度」:
                    out = _fact(replace(cell, text=ln), replace(key, metric=metric, fiscal_year=year.fiscal_year,
                                fiscal_year_raw=year.fiscal_year_raw), here, context, metric, money)
                    if isinstance(out, Fact):  # each line its year's
                        facts.append(out)
                continue
            if stacked and len(lines) == 1 and metric is None and BARE_RATE.fullmatch(_squash(lines[0])):
                metric = next((m for m, unit in stacked if unit in ("%", "％")), None)  # 99.20 alone: the rate line
            if metric is None:
                continue
            key = replace(key, metric=metric, change=col.change or here.key.change)
            if only_segment and metric == only_metric and key.segment is None and not key.change:
                key = replace(key, segment=only_segment)
            out = _fact(cell, key, here, context, metric, money)
            if isinstance(out, Fact):
                facts.append(out)
            elif out is not None:
                warnings.append(out)
            notes = {**caption_notes, **column_notes[c], **bracket_notes(*labels(r), era=era)}
            other = bracketed(cell, notes) if isinstance(out, Fact) else None
            if other is not None and (k2 := noted(key, other[1])) is not None:  # 99.30%(99.35%) under （）内は目標
                out2 = _fact(other[0], k2, here, context, k2.metric or metric, money)
                if isinstance(out2, Fact):
                    facts.append(out2)
    checked_differences(facts)
    return facts, warnings


def checked_differences(facts: list[Fact]) -> None:
    """A difference of a row that the printed figures of two consecutive years of the same row work out to (前年度比
    △44,668 = 令和6年度 − 令和5年度, printed right of 令和7年度見込) is of the later of those years, with its basis,
    when the year the column gave it does not work out and one pair of years does (the latest of several, when the
    column's year is later than all)."""
    rows: dict[tuple[int, int | None, int], list[Fact]] = {}
    for f in facts:
        if f.bbox is not None:
            rows.setdefault((f.page, f.table, round((f.bbox[1] + f.bbox[3]) / 4)), []).append(f)  # (centres 2pt
            # apart: one row)
    for row in rows.values():
        by_unit: dict[str, dict[int, list[Fact]]] = {}  # the row's figures of each unit, by year
        for f in row:
            if f.fiscal_year is not None and f.metric in CORE_METRICS:
                by_unit.setdefault(f.unit, {}).setdefault(f.fiscal_year, []).append(f)
        for d in (f for f in row if f.metric == "difference" and f.fiscal_year is not None):
            unit = "percent" if d.unit == "points" else d.unit
            years = by_unit.get(unit, {})
            once = {y: own[0] for y, fs in years.items()
                    if len(own := [f for f in fs if f.basis != "target"] if len(fs) > 1 else fs) == 1}  # (a bracketed
            # target of the same year is no figure of the pair)
            tol = 0.011 if unit == "percent" else 1000.5 if all(f.value % 1000 == 0 for f in once.values()) else 1.0

            def works(y: int) -> bool:
                return y in once and y - 1 in once and abs(once[y].value - once[y - 1].value - d.value) <= tol

            own_year = years.get(d.fiscal_year, [])
            if works(d.fiscal_year) or any(abs(a.value - b.value - d.value) <= tol for a in own_year for b in own_year):
                continue  # (差(見込-目標) of one year's two figures)
            fits = [y for y in once if works(y)]
            if fits and (len(fits) == 1 or d.fiscal_year > max(fits)):  # (steady steps fit several pairs: the latest
                f = once[max(fits)]  # below the year the column gave)
                d.fiscal_year, d.fiscal_year_raw, d.basis, d.as_of = f.fiscal_year, f.fiscal_year_raw, f.basis, f.as_of


def _headings(page: Page, grid: Grid) -> list[tuple[float, float, str]]:
    """(top, bottom, text) of what is printed above the grid: lines outside tables and one-row tables
    (債権名：国民健康保険料 boxes, those over the grid's own span: two 個票 side by side have a box each), down from
    the nearest larger table above."""
    top = grid.bbox[1]
    above = [g for g in page.grids if g.bbox[3] <= top + 1 and g.bbox != grid.bbox]
    floor = max((g.bbox[3] for g in above if g.nrows > 1), default=0.0)
    out = [(b[1], b[3], text) for b, text in _runs_for(page, grid) if b[1] >= floor - 1 and b[3] <= top + 2]
    out += [(g.bbox[1], g.bbox[3], " ".join(c.text for c in g.cells)) for g in above
            if g.nrows == 1 and g.bbox[1] >= floor - 1 and g.bbox[0] < grid.bbox[2] and g.bbox[2] > grid.bbox[0]]
    return sorted(out)


def _runs_for(page: Page, grid: Grid) -> list[tuple[tuple[float, float, float, float], str]]:
    """(bbox, text) of the printed lines outside tables that may head `grid`. A line whose words fall apart at a
    wide gap (two headings side by side: (1) 未収金残高の推移 … (2) 数値目標 徴収率) is cut there, and each run
    heads the table nearest across the page among those right below it (and its twin: two halves of one table
    side by side share their heading); a whole line heads every table, as printed."""
    out = []
    for whole, line, runs in _page_runs(page):
        if whole:
            out.append(line)
            continue
        own = [(box, text) for box, text, best in runs if best is not None and best.bbox[:2] == grid.bbox[:2]]
        twins = [text for _, text, best in runs if best is not None and _twin(best, grid)]
        mine = own if own and twins and all(key_of(t).fiscal_year is not None for t in [own[0][1], *twins]) else [
            (box, text) for box, text, best in runs
            if best is not None and (best.bbox[:2] == grid.bbox[:2] or _twin(best, grid))]  # (twins each under
        # a year of its own, 令和４年度決算 | 令和５年度決算見込: each its own)
        if mine:  # the runs of one line that head this table, left to right, as one line
            out.append(((mine[0][0][0], min(b[1] for b, _ in mine), mine[-1][0][2], max(b[3] for b, _ in mine)),
                        " ".join(t for _, t in mine)))
    return out


def _page_runs(page: Page) -> list:  # type: ignore[type-arg]
    """Each line outside tables as (whole, (bbox, text), [(bbox, text, the table nearest below) per run]); read once
    per page (every table of the page asks)."""
    if "heading runs" in page.views:
        return page.views["heading runs"]
    out: list = []  # type: ignore[type-arg]
    for ln in page.lines:
        words = [w for w in ln.words if w.text.strip()]
        outside = [w for w in words if not any(centre_inside(w.bbox, g.bbox) for g in page.grids)]
        if len(gap_runs(words, ln.size or 10.0)) <= 1 and len(outside) == len(words):  # (a line without its words:
            if not any(centre_inside(ln.bbox, g.bbox) for g in page.grids):  # as a whole)
                out.append((True, (ln.bbox, ln.text), []))
            continue
        runs = []
        size = ln.size or 10.0
        below_line = [g for g in page.grids if g.bbox[1] >= ln.bbox[3] - 2]
        top = min((g.bbox[1] for g in below_line), default=0.0)
        side = [g for g in below_line if g.bbox[1] <= top + 3 * size]  # the tables right below the line
        for run in (piece for r in gap_runs(outside, size) for piece in _split_over_tables(r, side)):
            box = (run[0].bbox[0], min(w.bbox[1] for w in run), run[-1].bbox[2], max(w.bbox[3] for w in run))
            below = [g for g in page.grids if g.bbox[1] >= box[3] - 2]
            first = min((g.bbox[1] for g in below), default=0.0)
            near = [g for g in below if g.bbox[1] <= first + 3 * (ln.size or 10.0)]  # the tables right below the run
            best = min(near, key=lambda g: (_apart(box, g.bbox), g.bbox[1])) if near else None
            runs.append((box, " ".join(w.text for w in run), best))
        out.append((False, None, runs))
    page.views["heading runs"] = out
    return out


def _split_over_tables(run: list, tables: list[Grid]) -> list[list]:  # type: ignore[type-arg]
    """A run of words cut where it passes from over one table to over another beside it: (単位：千円) at the right edge
    of the left table and 【収納率の推移(計)】 over the right one, a narrow gap apart."""
    def over(w: object) -> Grid | None:
        cx = (w.bbox[0] + w.bbox[2]) / 2  # type: ignore[attr-defined]
        return next((g for g in tables if g.bbox[0] - 2 <= cx <= g.bbox[2] + 2), None)

    out = [[run[0]]]
    for a, b in zip(run, run[1:]):
        ga, gb = over(a), over(b)
        if ga is not None and gb is not None and ga is not gb and ga.bbox[2] <= b.bbox[0] + 2:
            out.append([b])
        else:
            out[-1].append(b)
    return out


def _twin(a: Grid, b: Grid) -> bool:
    """True for two halves of one table printed side by side: the same top and the same header row."""
    return abs(a.bbox[1] - b.bbox[1]) <= 2 and bool(a.cells) and a.rows()[0] == b.rows()[0]


def _apart(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Horizontal distance between two boxes (0 where they overlap across the page)."""
    return max(0.0, a[0] - b[2], b[0] - a[2])


SECTION_HEADING = re.compile(r"^\s*(?:第?[0-9]{1,2}[\s.．、章]|[(（][0-9]{1,2}[)）]|[■◆●【])")
BULLET = re.compile(r"\s*(?:[・●○◦‐\-]|[①-⑳](?!\S*[表票]))")


SECTION_BEFORE_YEAR_END = re.compile(r"^\s*[0-9]{1,2}[.．]?\s+(?=年度末\S{3})")  # a section's number before 年度末…
NOTE_LINE = re.compile(r"\s*(?:※|注[)）:：\s０-９0-9])")
LEAD_IN = re.compile(r"(?:次|以下|下記)の(?:とおり|通り)(?:である|です|となっている|となっています)?。\s*$")


#: A note defining the words of a table's header (今期＝令和7年9月末、前年同期＝令和6年9月末。): the table's caption.
DEFINES = re.compile(r"(?:今期|前期|本年度|前年度|当年度|今年度|前年同期|前年同月|当期)\s*[=＝]\s*(?:令和|平成|R|H|[0-9])")


def caption_above(page: Page, grid: Grid, max_lines: int = 3, max_chars: int = 80) -> str:
    """The heading lines printed right above the table (its title, 債権名 box and unit note); prose is not taken.

    Lines are taken upwards from the table while they are short (at most `max_chars`), do not end a sentence
    (。) and are not list items (・ ● ① …), up to `max_lines`, and never above the previous table on the page.
    """
    taken: list[str] = []
    above = list(reversed(_headings(page, grid)))
    stop = len(above)
    sectioned = False  # the caption opens with its section's own heading: nothing above it is the table's
    for i, (top, bottom, text) in enumerate(above):  # (the lines of a row of key-figure panels are no caption)
        prose = text.rstrip().endswith("。") and not re.match(r"\s*(?:※|注|\(注)", text) and not DEFINES.search(text) \
            and not re.search(r"[(（]\s*単\s*位\s*[:：]", text)  # 各債権の決算額の推移（単位：千円、％）。年度は新しい順。
        if prose and LEAD_IN.search(text) and len(_squash(text)) <= max_chars and len(taken) < max_lines:
            taken.insert(0, text)  # 「会計別・債権別の収入未済額は次のとおりである。」: the sentence says what the table is
            stop = i + 1
            break
        if taken and NOTE_START.match(text) \
                and (re.match(r"\s*表\s*[0-9０-９]+", taken[0]) or any(
                    g is not grid and g.bbox[3] <= grid.bbox[1] + 1 and g.bbox[0] < grid.bbox[2] and grid.bbox[0] < g.bbox[2]
                    for g in page.grids)):
            stop = i  # （注）債権名の略称… above 「表３ 生活保護費返還金の内訳」: the note of the table before
            break
        if taken and (re.match(r"\s*表\s*[0-9０-９]+(?:[-－‐][0-9０-９]+)?\s", taken[0]) and
                      key_of(taken[0]).fiscal_year is not None or UNIT_CAPTION.search(" ".join(taken))) \
                and re.search(r"[0-9]\s*[%％]", fold(text)):
            stop = i  # 「合計　78.8％（前年同月 78.0％…）」 over 「表１　主要債権の収納状況（…令和7年12月末現在…）」: the
            break  # bullets of rates above a dated numbered title are the text's, not the table's
        if len(_squash(text)) > max_chars or prose or BULLET.match(text) or len(taken) == max_lines \
                or in_panel(page, (grid.bbox[0], top, grid.bbox[2], bottom)) \
                or LEXICON.status_tag.search(text) or taken and NOTE_LINE.match(text) and \
                text.rstrip().endswith("。"):  # an item (…を行う。【継続】) is no caption, nor a note sentence above
            # the table's heading (the table before's ※…。; 「※ 特定債権…の状況(千円)」 is a caption)
            stop = i
            break
        taken.insert(0, SECTION_BEFORE_YEAR_END.sub("", text))  # 「２　年度末の見込みと目標」: no year 2 in it
        if SECTION_HEADING.match(text) and not text.lstrip().startswith("【"):
            stop = i + 1  # 「2 収入未済額の目標(単位：千円)」: what is above the section's heading is another's
            sectioned = True
            break
    if key_of(" ".join(taken)).fiscal_year is None and sectioned and not any(
            g.bbox[3] <= grid.bbox[1] + 1 and g.nrows > 1 and g.bbox != grid.bbox for g in page.grids):
        title = next((t for _, _, t in above[stop:] if _bracket_title_year(t) is not None), None) or next((
            t for _, _, t in reversed(above[stop:]) if len(_squash(t)) <= 40 and "。" not in t
            and not re.match(r"\s*資料", t)), None)  # the page's title over its sections (令和６年度 主要債権の
        if title is not None and (tk := key_of(title)).fiscal_year is not None and tk.metric is None and not tk.as_of \
                and not NOTE_LINE.match(title):  # 目標（案）: a year, and no metric of a table of its own)
            taken.insert(0, title)
    if sectioned and key_of(" ".join(taken)).metric is None:  # 「収納率（単位：％）。達成率＝…」 over （１）市税 and its
        note = next((first for _, _, t in above[stop:stop + 3] if re.search(r"単\s*位\s*[:：]", first := t.split("。")[0])
                     and key_of(first).metrics == 1 and len(_squash(first)) <= max_chars), None)  # table, （２）… and
        if note is not None:  # theirs: the metric of them all
            taken.insert(0, note)
    if key_of(" ".join(taken)).segment is None:  # ４　地区別の収納状況（市税・現年課税分） over its lead-in and 表５:
        scope = next((m for _, _, t in above[stop:stop + 6] if SECTION_HEADING.match(t)  # the section's segment
                      and (m := SCOPE_SEGMENT.search(t))), None)
        if scope is not None:
            taken.append(scope.group(1))
    if key_of(" ".join(taken)).fiscal_year is None and not sectioned:  # 「2 主な債権の状況(令和5年度決算)」 above a sentence of lead-in
        heading = next((t for _, _, t in above[stop:stop + 10] if SECTION_HEADING.match(t) and
                        not t.rstrip().endswith("。") and len(_squash(t)) <= 40
                        and not re.match(r"\s*【[^】]{1,8}(?:率|額)】", t)), None)  # (not 【収納率】令和7年9月末時点
        # over bullets of rates: the bullets' heading, not the section's)
        hk = key_of(heading) if heading is not None else Key()
        if heading is not None and (hk.fiscal_year is not None or hk.metric and not key_of(" ".join(taken)).metric):
            taken.insert(0, heading)  # 「(1)目標収納率」 above its lead-in sentence: the metric of the table
    return " ".join(taken)


#: a heading's bracket naming a debt and a segment: （市税・現年課税分）
#: a debt named first in a heading's bracket before its segment: （市税・現年度分、累計収納率）
SCOPE_DEBT = re.compile(r"[(（]([^()（）・、]{2,16})[・、](?:現年(?:度)?(?:課税)?分|滞納繰越分|過年度分)")
SCOPE_SEGMENT = re.compile(r"[(（][^()（）・、]{2,16}[・、](現年(?:度)?(?:課税)?分|滞納繰越分|過年度分)[)）]")
CAPTION_SUBJECT = re.compile(r"(?:^|\s)(?:表\s*[0-9]+|[(（][0-9]{1,2}[)）]|[0-9]{1,2}[.．\s])?\s*(?:【[^】]{1,6}】|[(（]参考[)）])?"
                             r"\s*([^\s:：()（）の【】]{2,20})の")  # (【参考】市税収納率の推移: 市税)


LEADERS = re.compile(r"[・…‥.．･]{4,}")  # the dotted leader of a 目次 line
UNIT_CAPTION = re.compile(r"[(（]\s*単\s*位\s*[:：][^)）]*[)）]")


#: A debt right before the collection it is about (地区別の市税収納状況, 国保税滞納状況).
#: A debt broken down by area in a title: 地域別の市税（現年度分）, 地区別の国民健康保険税.
PER_AREA_OF = re.compile(r"(?:地域|地区|区|支所|行政区)別の([^\s:：()（）の、。]{2,12}?)(?:[(（]|$|の|における)")
COLLECTING_OF = re.compile(r"(?:^|[のは別)）\s])([^\s:：()（）の、。別]{2,12}?)(?:の)?(?:収納|徴収|収入|滞納)(?:状況|実績)")


METRIC_END = re.compile("(?:" + "|".join(sorted({re.escape(w) for w, _ in METRICS}, key=len, reverse=True)) + ")$")


def _debt_part(subject: str) -> str:
    """A title's subject without the segment and metric words it runs on into (市税現年分収納率 → 市税)."""
    bare = re.sub(SEGMENT_WORD_PATTERN + "$", "", METRIC_END.sub("", subject))
    return bare or subject


#: a table's number in its title: 表3, 表2-1, 表A
TABLE_NO = r"表\s*(?:[0-9０-９]+(?:[-－‐][0-9０-９]+)?|[A-ZＡ-Ｚ](?![A-Za-zＡ-Ｚａ-ｚ]))"


def caption_debt(caption: str) -> str | None:
    """The debt a caption names in a 債権名：国民健康保険料 label, as the subject of a table title (表2 市税の収入
    未済額等の推移; 全会計 for all debts together, as printed) or in its brackets (地区別収納状況（町税）), else None
    (市税等の…: several debts)."""
    m = CAPTION_DEBT.search(caption)
    if m:
        return m.group(1)
    tabled = {_squash(m.group(1)) for m in re.finditer(TABLE_NO + r"\s+([^\s()（）]{2,12})(?:[(（]|\s*$)",
                                                         UNIT_CAPTION.sub("", caption).strip())
              if is_debt_name(_squash(m.group(1)), known_only=True)}  # 表3 市税(現年度分)地区別収納状況; …。 表2 国民健康保険税
    if len(tabled) == 1:  # (the table's own numbered title, not the heading over it and its twin: (参考)主要2債権の…
        return tabled.pop()  # 表A 市税)
    subject = next((w for m in reversed(list(CAPTION_SUBJECT.finditer(caption)))  # (市税現年分の…: 市税)
                    if (is_debt_name(w := _debt_part(m.group(1)), known_only=True) or LEXICON.all_debts.fullmatch(w))
                    and not w.endswith("等")), None)  # (1)全会計の…: all, as printed; the nearest the table (主要2債権の
    # 目標 over 表4 市税の目標: 市税)
    together = re.search(r"[(（](" + LEXICON.all_debts.pattern + r")[)）]", caption)  # 収入未済額（全会計）の目標
    if subject or together:
        return subject or together.group(1)  # type: ignore[union-attr]
    named = {_squash(m.group(1)) for m in re.finditer(r"[(（]([^()（）、,・]{2,20}?)(?:\s+" + SEGMENT_WORD_PATTERN
                                                       + r")?(?:[、,・]([^()（）]*))?[)）]", UNIT_CAPTION.sub("", caption))
             if is_debt_name(_squash(m.group(1)), known_only=True) and not (
                 m.group(2) and is_debt_name(_squash(re.split(r"[、,・]", m.group(2))[0]), known_only=True))} | {
        # (（国民健康保険税　現年課税分）, （市税 現年課税分・累計収納率）, （市税 現年課税分、
        # ２月末現在）: the debt)
        _squash(m.group(1)) for m in SCOPE_DEBT.finditer(caption) if is_debt_name(_squash(m.group(1)), known_only=True)
    } | tabled
    if len(named) == 1:
        return named.pop()  # 表7 地区別収納状況（町税）: the debt in the title's brackets
    stated = {m.group(1) for pattern in (COLLECTING_OF, PER_AREA_OF) for m in pattern.finditer(_squash(caption))
              if is_debt_name(m.group(1), known_only=True)}
    if len(stated) == 1:
        return stated.pop()  # 表3 地区別の市税収納状況: the debt whose collection the title is about
    bare = SEGMENT_PAREN.sub("", UNIT_CAPTION.sub("", caption)).strip()  # 「（単位：千円、%）　国民健康保険税（現年課税分）」:
    bare = SERIAL.sub("", re.sub("^" + TABLE_NO + r"\s*", "", bare)).strip()  # 表3, 表A, (1), 1: a name alone
    return bare if is_debt_name(bare, known_only=True) else None


def _title_year(text: str) -> int | None:
    """The year a page's title opens with (令和６年度　主要債権の収納状況, 資料１　令和６年度　債権の状況（決算）), None
    for other lines (dated papers, sentences, figures)."""
    m = re.match(r"\s*(?:資料\s*[0-9]{1,2}\s*)?((?:令和|平成|R|H)\s*[0-9元]{1,2}\s*年度)\s*[^\s0-9]", fold(text))
    if m is None or len(_squash(text)) > 40 or "。" in text or find_amounts(fold(text)[m.end():]) or \
            len(rest := _squash(re.sub(r"[(（][^()（）]*[)）]", "", fold(text)[m.end(1):]))) < 4 or \
            re.search(r"[0-9]", rest):
        return None  # (not 「令和4年度（令和5年2月末）　令和5年度（…）」, headings over columns)
    return key_of(m.group(1)).fiscal_year


def _bracket_title_year(text: str) -> int | None:
    """The year a numbered title closes on in brackets (資料１　主要債権の状況（令和6年度決算）), None for other lines."""
    m = re.fullmatch(r"\s*(?:資料\s*[0-9]{1,2}|[0-9]{1,2}[\s.．]|[(（][0-9]{1,2}[)）])\s*([^\s0-9。、][^。0-9]{1,30}?)\s*[(（]\s*"
                     r"((?:令和|平成|R|H)\s*[0-9元]{1,2}\s*年度)\s*(?:決算|実績|末)?\s*[)）]\s*", fold(text))
    return key_of(m.group(2)).fiscal_year if m else None


def _title_subject(text: str) -> str | None:
    """The debt a page's title is about when it opens with it: 国民健康保険料の収納対策（令和６年度）."""
    m = re.match(r"\s*([^\s:：()（）の]{2,20})の", text)
    return _squash(m.group(1)) if m and len(_squash(text)) <= 40 and is_debt_name(_squash(m.group(1)), known_only=True) \
        else None


def _phrases(ln: Line, size: float) -> list[Word]:
    """The words of a line joined where less than a character apart (a heading printed with spaces inside it)."""
    out: list[Word] = []
    for w in (w for w in ln.words if _squash(w.text)):
        if out and w.bbox[0] - out[-1].bbox[2] < size:
            last = out[-1]
            out[-1] = Word(last.text + w.text, last.raw + w.raw, (last.bbox[0], min(last.bbox[1], w.bbox[1]), w.bbox[2],
                                                                  max(last.bbox[3], w.bbox[3])), last.size)
        else:
            out.append(w)
    return out


def column_heads(page: Page, grid: Grid) -> tuple[dict[int, str], list[str]]:
    """Headings printed side by side right above a table, each over its own columns (決算 | 目標, 前年度 | 今年度):
    ({column: heading}, the lines they were read from). A line counts when two of its words or more say a basis,
    segment or year; each column takes the word whose span (from it to the next such word) holds its centre."""
    spans: dict[int, tuple[float, float]] = {}
    for c in grid.cells:
        if c.colspan == 1 and (c.page or grid.page) == grid.page:
            lo, hi = spans.get(c.col, (c.bbox[0], c.bbox[2]))
            spans[c.col] = (min(lo, c.bbox[0]), max(hi, c.bbox[2]))
    out: dict[int, str] = {}
    used: list[str] = []
    top = grid.bbox[1]
    for ln in page.lines_outside_grids():
        size = ln.size or 10.0
        if not top - 1.8 * size <= ln.bbox[3] <= top + 2:
            continue
        if not (ln.bbox[0] >= grid.bbox[0] - 5 and ln.bbox[2] <= grid.bbox[2] + 5):
            mine = [w for w in ln.words if _squash(w.text) and grid.bbox[0] - 2 <= (w.bbox[0] + w.bbox[2]) / 2
                    <= grid.bbox[2] + 2]  # 令和４年度決算 over this table, 令和５年度決算見込 over the one beside it
            if len(mine) == 1 and len(_squash(mine[0].text)) <= 12 and key_of(mine[0].text).fiscal_year is not None \
                    and not key_of(mine[0].text).metric and any(
                        g is not grid and g.bbox[1] >= ln.bbox[3] - 2 and g.bbox[0] - 2 <= (w.bbox[0] + w.bbox[2]) / 2
                        <= g.bbox[2] + 2 for w in ln.words if w is not mine[0] for g in page.grids):
                for c in spans:
                    out[c] = (out[c] + " " + mine[0].text) if c in out else mine[0].text
                used.append(mine[0].text)
            continue
        if re.search(r"[0-9]\s*日", ln.text):
            continue  # a line carrying a date (令和7年1月20日) is a title or a stamp, not headings over columns
        phrases = _phrases(ln, size)  # (「令和4 年度(令和5 年2 月末)」 printed with spaces: one heading)
        keyed = sorted((w for w in phrases if len(_squash(w.text)) <= 20 and not (k := key_of(w.text)).metric
                        and (k.basis or k.segment or k.fiscal_year is not None)), key=lambda w: w.bbox[0])
        spread = all(b.bbox[0] - a.bbox[2] >= 2 * size for a, b in zip(keyed, keyed[1:]))
        if len(keyed) < 2 or not spread or len(keyed) < len(phrases) - 1:
            continue  # a title line (1 令和6年度 主要債権の…(決算)), not headings over columns
        for c, (lo, hi) in spans.items():
            centre = (lo + hi) / 2
            for i, w in enumerate(keyed):
                end = keyed[i + 1].bbox[0] if i + 1 < len(keyed) else grid.bbox[2] + 1
                if w.bbox[0] - 2 * size <= centre < end:
                    out[c] = (out[c] + " " + w.text) if c in out else w.text
        used.append(ln.text)
    return out, used


#: a caption naming its table's own time, which a month end stamped elsewhere on the page does not govern
OWN_TIME = re.compile(r"各?年度末|決算|見込|目標|計画値")


def context_for(pages: list[Page], grid: Grid, table: int | None = None, debt: str | None = None,
                fiscal_year: int | None = None) -> TableContext:
    """The TableContext of a grid: its page, the caption above it (with its unit note), the headings printed over
    its columns and the defaults given."""
    page = next((p for p in pages if p.number == grid.page), None)
    caption = caption_above(page, grid) if page is not None else ""
    heads, used = column_heads(page, grid) if page is not None else ({}, [])
    for text in used:  # a heading over some columns is not the whole table's
        caption = caption.replace(text, " ")
    stamp = document_stamp(pages) or (page_stamp(page) if page is not None and not OWN_TIME.search(caption)
                                       else None)  # （令和7年12月末現在）
    # under the title, or alone on the table's page: the figures nothing else dates are interim
    if stamp:
        fiscal_year = int(stamp[:4]) - (1 if int(stamp[5:7]) < 4 else 0)
    elif page is not None:  # 「令和６年度　主要債権の収納状況」 titling the page of a paper of 令和7年度: its tables' year
        fiscal_year = next((y for ln in page.lines_outside_grids()[:3] if ln.bbox[3] <= grid.bbox[1]
                            and (y := _title_year(ln.text)) is not None), fiscal_year)
        fiscal_year = next((y for ln in reversed(page.lines_outside_grids()) if ln.bbox[3] <= grid.bbox[1]
                            and (y := _bracket_title_year(ln.text)) is not None), fiscal_year)  # the nearest
    named = caption_debt(caption)
    footnote = footnote_below(page, grid) if page is not None else ""
    if named is None and debt is None and (together := re.match(
            rf"(?:※|[(（]?注[0-9]*[)）]?)?({LEXICON.all_debts.pattern})の(?:合計|計)", _squash(footnote))):
        named = together.group(1)  # 「※ 主要5債権の合計。」 under the table: the debts together
    if named is None and debt is None and page is not None:  # 国民健康保険料の収納対策（令和６年度）
        debt = next((d for ln in page.lines_outside_grids()[:3] if ln.bbox[3] <= grid.bbox[1]  # at the page's top:
                     and not re.match(r"\s*資料", ln.text) and (d := _title_subject(ln.text))), None)  # its tables' debt
    return TableContext(page=grid.page, caption=caption, debt=named or debt, fiscal_year=fiscal_year,
                        basis="interim" if stamp else None, as_of=stamp,
                        table=table, column_heads=heads, footnote=footnote,
                        era=next((e for e in (era_of(p.text) for p in [page, *pages] if p is not None) if e), None))


FOOTNOTE = re.compile(r"^\s*(?:※|\*|＊|注[0-9０-９]*[\s:：.．)）]|[(（]注|[(（]?\s*単\s*位\s*[:：]|[(（]\s*[)）]\s*内?は|[(（]?\s*上\s*段\s*(?:[:：]|は))")
# (（　）内は令和４年度決算 under the table: what its bracketed figures are)  # (単位：千円), 単位：百万円 below too


def footnote_below(page: Page, grid: Grid, max_lines: int = 3) -> str:
    """The note lines (※…, 注…) printed right below the table, before any other line or table."""
    bottom = grid.bbox[3]
    below = [g.bbox[1] for g in page.grids if g.bbox[1] >= bottom - 1 and g.bbox != grid.bbox]
    ceiling = min(below, default=float("inf"))
    lines = sorted((ln for ln in page.lines_outside_grids() if bottom - 2 <= ln.bbox[1] < ceiling
                    and min(ln.bbox[2], grid.bbox[2]) - max(ln.bbox[0], grid.bbox[0]) > 0), key=lambda ln: ln.bbox[1])
    out: list[str] = []
    prev = bottom  # the bottom of the last line taken
    for ln in lines[:max_lines]:
        if not FOOTNOTE.match(ln.text) and not out:
            break
        if out and FOOTNOTE.match(ln.text) is None and ln.bbox[1] - prev > 1.6 * (ln.bbox[3] - ln.bbox[1]):
            break
        out.append(ln.text)
        prev = ln.bbox[3]
    return " ".join(out)


def table_contexts(pages: list[Page], grids: list[Grid], debts: list[str | None],
                   fiscal_year: int | None = None) -> list[TableContext]:
    """The context of every grid, in order, each table repeating an earlier one's header taking its unit (see
    `like_before`): what every reader of the document's tables shares, worked out once."""
    seen: dict[tuple[str, ...], TableContext] = {}
    out: list[TableContext] = []
    titles = _dated_titles(pages)
    for i, g in enumerate(grids):
        ctx = like_before(seen, g, context_for(pages, g, table=i, debt=debts[i], fiscal_year=fiscal_year))
        carried = titles.get(g.page)
        if carried is not None and ctx.key().fiscal_year in (None, fiscal_year) and \
                key_of(ctx.caption).fiscal_year is None and ctx.as_of is None and \
                not any(year_of(t)[0] for row in g.rows()[:4] for t in row):  # (a table printing its own years: its own)
            ctx = replace(ctx, fiscal_year=carried.fiscal_year, fiscal_year_raw=carried.fiscal_year_raw,
                          basis=ctx.basis or carried.basis,
                          as_of=ctx.as_of or (carried.as_of if carried.basis == "interim" else None))
            # 資料２ …の状況（令和４年度決算） or 資料１ …の収納状況（令和６年２月末現在） on the page before, its
            # (2) on this page: the part's year and basis
        if out and not _squash(ctx.caption) and _stacked_under(grids[i - 1], g):
            before = out[-1]  # 表2 債権別収納率の推移（現年度分 | 滞納繰越分 as two tables one right under the other)
            ctx = replace(ctx, caption=before.caption, debt=ctx.debt or before.debt, unit=ctx.unit or before.unit,
                          fiscal_year=before.fiscal_year, basis=ctx.basis or before.basis, as_of=ctx.as_of or before.as_of)
        if out and CONTINUED.search(ctx.caption) and grids[i - 1].page < g.page:
            before = out[-1]  # 「（前ページの表の続き：計・不納欠損額・収入未済額）」: the right-hand columns of the table
            earlier = UNIT_CAPTION.sub(" ", before.caption) if UNIT_CAPTION.search(ctx.caption) else before.caption
            ctx = replace(ctx, caption=f"{earlier} {ctx.caption}", debt=ctx.debt or before.debt,  # before (表3（続き）…
                          fiscal_year=before.fiscal_year, basis=ctx.basis or before.basis,  # （単位：％）: its own unit,
                          as_of=ctx.as_of or before.as_of)  # not 千円 of the first part)
        out.append(ctx)
    return out


def _stacked_under(above: Grid, grid: Grid) -> bool:
    """True for a table set right under another of the same width and columns, with no caption between: the second
    half of one table (its 滞納繰越分 block under the 現年度分 one)."""
    return above.page == grid.page and above.ncols == grid.ncols and abs(above.bbox[0] - grid.bbox[0]) <= 3 \
        and abs(above.bbox[2] - grid.bbox[2]) <= 3 and 0 <= grid.bbox[1] - above.bbox[3] <= 12


def _dated_titles(pages: list[Page]) -> dict[int, Key]:
    """For each page that opens with no dated title of its own, the key of the dated title a page before opened
    with (資料２ 区役所で徴収事務を行っている債権の状況（令和４年度決算）): a part of the paper running on over pages.
    A title counts when it is among a page's first three lines outside tables, short, and names a year and a basis."""
    out: dict[int, Key] = {}
    last: Key | None = None
    for page in pages:
        heads = [ln.text for ln in page.lines_outside_grids()[:3]]
        own = next((k for t in heads if len(_squash(t)) <= 50 and "。" not in t
                    and (k := key_of(t)).fiscal_year is not None and (k.basis in ("actual", "estimate") or k.basis
                                                                         == "interim" and re.search(r"末|現在|時点", t))),
                   None)  # (a month end the part is as of, not the day the paper is dated)
        if own is not None:
            last = own
        elif last is not None and not any(re.match(r"\s*資料\s*[0-9０-９]", t) for t in heads):
            out[page.number] = last
        else:
            last = None
    return out


#: a caption saying its table goes on from the page before (（続き）, 前ページの表の続き, 表１（続）)
CONTINUED = re.compile(r"表\s*[0-9０-９]*(?:[-－‐][0-9０-９]+)?\s*[(（]\s*続き?\s*[)）]|[(（][^()（）]{0,12}表の続き[^()（）]*[)）]"
                       r"|前ページの表の続き|前(?:頁|ページ)からの続き|^\s*[(（]\s*続き?\s*[)）]")  # (not 資料1(続き): the paper goes on)


def read_tables(pages: list[Page], grids: list[Grid], debt: str | None = None,
                debts: list[str | None] | None = None, fiscal_year: int | None = None,
                contexts: list[TableContext] | None = None) -> tuple[list[Fact], list[DocWarning]]:
    """Facts and warnings of every grid (grids[i] is Document.tables[i]) read with its caption as context and
    the debt the page outline gives it (saiken.extract.scope; `debts` when already read), unless `debt` is given for all;
    `fiscal_year` (the document's 年度) dates figures nothing else dates; `contexts` when already worked out."""
    facts: list[Fact] = []
    warnings: list[DocWarning] = []
    if contexts is None:
        scoped = [debt] * len(grids) if debt is not None else debts if debts is not None else debt_of_grids(pages, grids)
        contexts = table_contexts(pages, grids, scoped, fiscal_year)
    for g, ctx in zip(grids, contexts):
        f, w = read_table(g, ctx)
        facts.extend(f)
        warnings.extend(w)
    return facts, warnings


def like_before(seen: dict[tuple[str, ...], TableContext], grid: Grid, ctx: TableContext) -> TableContext:
    """The context of a table whose header row repeats an earlier table's (one table per debt, the unit noted over
    the first only): the unit and metric the earlier one's caption gave, where its own caption gives none."""
    rows = grid.filled_rows()
    if not rows or is_figure(" ".join(rows[0])):
        return ctx
    sig = tuple(_squash(t) for t in rows[0])
    own = ctx.key()
    if own.unit or own.metric:
        seen.setdefault(sig, ctx)
        return ctx
    before = seen.get(sig)
    if before is None:
        return ctx
    k = before.key()
    return replace(ctx, unit=k.unit, metric=k.metric)
