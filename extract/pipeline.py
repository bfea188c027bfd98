"""PDF → Document: page model, classifier, generic layer, family parser, normalization.

Documents no family claims (kind `unknown`) get facts from every statistical table (saiken.extract.statables).
`convert(path)` is the one library call behind `saiken extract`; it raises `InputError` subclasses for
files that cannot be converted and records every problem inside a document as a `DocWarning`.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from saiken import normalize
from saiken.normalize.debts import match_debt
from saiken.extract.errors import NoTextLayer
from saiken.extract.families import FamilyParser, parsers
from saiken.extract import docinfo
from saiken.extract.items import CONTENT_HEADS, item_debt, items_of, marker_kind, subject_debt
from saiken.extract.lexicon import LEXICON
from saiken.extract.kinds import running_kind, title_kind
from saiken.extract.layout import Grid, Page, centre_inside
from saiken.extract.pdf import load_pages, stitch
from saiken.extract.provenance import locate
from saiken.extract.scope import debt_of_grids
from saiken.extract.charts import chart_facts
from saiken.extract.textfacts import text_facts
from saiken.normalize.text import despace, fold
from saiken.normalize.wareki import fiscal_year_of
from saiken.extract.records import CORE_METRICS, Document, DocumentInfo, DocWarning, Fact, PageText, Source, Table
from saiken.extract.statables import (YEAR_BASIS, TableContext, checked_differences, in_halves, is_figure, read_table,
                                       read_tables, structure, table_contexts)
from saiken.extract.statkeys import key_of

MIN_SCORE = 0.5  # below this no family claims the document: the shared layer reads it alone


def sha256_of(path: Path) -> str:
    """The hex sha256 of the file's bytes."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def classify(pages: list[Page]) -> tuple[FamilyParser | None, float]:
    """The family parser whose score is highest (None when none reaches MIN_SCORE), with that score."""
    best: FamilyParser | None = None
    best_score = 0.0
    for p in parsers():
        s = p.score(pages)
        if s > best_score:
            best, best_score = p, s
    if best_score < MIN_SCORE:
        return None, best_score
    return best, best_score


def table_record(g: Grid) -> Table:
    """The contract's Table for a grid (stitched tables keep every page in `pages`)."""
    return Table(page=g.page, bbox=g.bbox, rows=g.rows(), raw_rows=g.rows(raw=True),
                 pages=g.pages if len(g.pages) > 1 else None)


def generic_document(path: Path, pages: list[Page], digest: str) -> Document:
    """The generic layer every PDF gets: source, tables (stitched across pages), page texts and page warnings."""
    doc = Document(source=Source(file=path.name, sha256=digest, pages=len(pages)))
    doc.tables = [table_record(g) for g in stitch(pages)]
    doc.pages = [PageText(page=p.number, text=p.text) for p in pages]
    for p in pages:
        doc.warnings.extend(DocWarning(page=p.number, code=c, message=m) for c, m in p.warnings)
    return doc


def convert(path: Path | str, ocr: str = "auto", families: bool = True) -> Document:
    """Convert one PDF into a Document (see module docstring); `ocr`: auto, always or never (extract/ocr.py);
    `families=False` reads with the shared layer alone (how a layout no family knows is read; measured in tests)."""
    path = Path(path)
    pages = load_pages(path, ocr)
    if not any(p.text.strip() for p in pages):
        if any(c == "ocr_unavailable" for p in pages for c, _ in p.warnings):
            from saiken.extract.ocr import OcrUnavailable
            raise OcrUnavailable(path, f"{len(pages)}ページとも文字がありません")
        raise NoTextLayer(path, f"{len(pages)}ページとも文字がありません")
    doc = _convert_pages(path, pages, families)
    if any(p.ocr for p in pages):
        from saiken.extract.ocr import mark_facts
        mark_facts(doc, pages)
    return doc


def _convert_pages(path: Path, pages: list[Page], families: bool = True) -> Document:
    doc = generic_document(path, pages, sha256_of(path))
    grids = stitch(pages)
    scoped = debt_of_grids(pages, grids)  # the debt each table's page outline gives it, read once
    year = docinfo.document_year(pages)
    contexts = table_contexts(pages, grids, scoped, year)  # each table's context, read once
    _annotate_tables(pages, doc, contexts)
    family, _ = classify(pages) if families else (None, 0.0)
    kind = title_kind(pages)
    if kind == "minutes" and families and (family is None or family.kind != "minutes"):  # a council record or
        family = next((p for p in parsers() if p.kind == "minutes"), None)  # minutes no signal claimed, or one whose
        # 別表 of figures made another family's signals win: the title says what the document is
    if family is None:
        doc.document = DocumentInfo(kind=kind or running_kind(pages) or "unknown")
        docinfo.fill(doc.document, pages)
        _generic_facts(pages, doc, contexts)
        _add_chart_facts(pages, doc, year)
        _add_text_facts(pages, doc)
        _add_items(pages, doc)
        locate(doc, pages)
        _record_inside(pages, doc)
        return _dated_and_named(doc, pages, year)
    doc.document = DocumentInfo(kind=family.kind, family=family.name)
    try:
        family.parse(pages, doc)
        locate(doc, pages)
        _unread_tables(pages, doc, contexts)
        checked_differences(doc.facts)  # (the family's 前年度比 columns too)
        _add_chart_facts(pages, doc, year)
        _add_text_facts(pages, doc)
        _add_items(pages, doc)
    except Exception as e:  # a parser bug must not lose the document: keep the generic layer and its tables' facts
        doc.warnings.append(DocWarning(page=None, code="parser_error",
                                       message=f"{family.name} の解析中にエラーが発生しました（表の数値だけを汎用の方法で"
                                               f"読み取りました）: {type(e).__name__}: {e}"))
        doc.facts, doc.initiatives, doc.minutes = [], [], None
        _generic_facts(pages, doc, contexts)
    if kind is not None:
        doc.document.kind = kind  # what the title says the document is wins over the layout's family
    _record_inside(pages, doc)
    docinfo.fill(doc.document, pages)
    return _dated_and_named(doc, pages, year)


def _dated_and_named(doc: Document, pages: list[Page], year: int | None) -> Document:
    """The last steps of either reading: figures of an open year as interim, none dated past the document's years
    as results, then debts and years normalized."""
    _not_yet_settled(doc, docinfo.document_stamp(pages), pages)
    _drop_impossible_years(doc, year)
    _no_results_ahead(doc, year)
    return normalize.run(doc, aliases=normalize.legend_aliases([p.text for p in pages]))


def _not_yet_settled(doc: Document, stamp: str | None, pages: Sequence[Page] = ()) -> None:
    """In a report as of a month end (令和６年２月末時点における収納状況), a figure of that month end's own 年度 read as a
    result is that year's figure so far: the year is not closed at the report's time; so is one on a page stamped
    with a month end of its own (「令和7年12月末現在」 in the page's corner). Without such a date, in a plan a result
    no printed year dates, given the 年度 of the plan's own date (令和7年3月: 2024), is of the year before: the
    results a plan states are of a closed year."""
    if not stamp:
        stamps = {p.number: s for p in pages if (s := docinfo.page_stamp(p))}
        doc.facts = [_so_far(f, stamps[f.page]) if f.page in stamps else f for f in doc.facts]
        date = doc.document.date
        if not date or not re.match(r"\d{4}-\d{2}", date) or doc.document.kind != "plan":
            return
        own = int(date[:4]) - (1 if int(date[5:7]) < 4 else 0)
        doc.facts = [f.model_copy(update=dict(fiscal_year=own - 1, fiscal_year_raw=None)) if f.basis == "actual"
                     and f.fiscal_year == own and f.fiscal_year_raw in (None, doc.document.date_raw) else f
                     for f in doc.facts]  # (a year read from the plan's date: its date as the year's text)
        return
    doc.facts = [_so_far(f, stamp) for f in doc.facts]


def _so_far(f: Fact, stamp: str) -> Fact:
    """A result of the 年度 still open at `stamp` as that year's figure so far (interim, as of the stamp)."""
    return f.model_copy(update=dict(basis="interim", as_of=stamp)) \
        if f.basis == "actual" and f.fiscal_year == fiscal_year_of(int(stamp[:4]), int(stamp[5:7])) and f.as_of is None \
        else f


YEARS_AHEAD = 20  # no plan sets targets further than this past its own year


def _drop_impossible_years(doc: Document, year: int | None) -> None:
    """Figures dated far past the document's 年度 (R5.2月末 read by OCR as R52月末: 令和52年) are no figures of it: left
    out, with a warning naming the page and the year as read."""
    ceiling = (year or date.today().year) + YEARS_AHEAD
    bad = [f for f in doc.facts if f.fiscal_year is not None and f.fiscal_year > ceiling]
    if not bad:
        return
    gone = {id(f) for f in bad}
    doc.facts = [f for f in doc.facts if id(f) not in gone]
    for page in sorted({f.page for f in bad}):
        raw = next(f.fiscal_year_raw or str(f.fiscal_year) for f in bad if f.page == page)
        doc.warnings.append(DocWarning(page=page, code="implausible_year",
                                       message=f"ありえない年度（{raw}）と読めた数値を出力していません。元の資料で確かめてください"))


def _no_results_ahead(doc: Document, year: int | None) -> None:
    """A result of a 年度 after the one the document is dated in cannot have been printed: such a figure (数値目標　令和８年度
    94.50％ in a plan of 令和7年3月, read without the heading's basis) is a target."""
    if year is None:
        return
    doc.facts = [f.model_copy(update=dict(basis="target")) if f.basis == "actual" and f.fiscal_year is not None
                 and f.fiscal_year > year else f for f in doc.facts]


def _generic_facts(pages: list[Page], doc: Document, contexts: list[TableContext]) -> None:
    """Facts of every statistical table, read without family knowledge (saiken.extract.statables)."""
    facts, warnings = read_tables(pages, stitch(pages), contexts=contexts)
    doc.facts.extend(facts)
    doc.warnings.extend(warnings)




#: a label that is a year (3 年度, R5, 令和元年度): a family that took it for a debt misread the table
YEAR_LABEL = re.compile(r"\s*(?:令和|平成|[RH])?\s*[0-9０-９元]{1,2}\s*(?:年度?)?\s*")


def _unread_tables(pages: list[Page], doc: Document, contexts: list[TableContext]) -> None:
    """Facts of the tables the family parser left unread, by the generic reader: a layout the family was not
    written for still gives its figures. A table counts as read when a family fact of the six metrics lies in it
    (a family that read only a 増減 column has not read the table); a cell the family read is not read twice."""
    grids = stitch(pages)
    owner: dict[int, list] = {}  # the family's facts of the six metrics read from each table
    for f in doc.facts:
        if f.metric not in CORE_METRICS:
            continue
        i = f.table if f.table is not None else next(
            (i for i, g in enumerate(grids) if f.bbox is not None and f.page in (g.pages or [g.page])
             and centre_inside(f.bbox, g.bbox)), None)
        if i is not None:
            owner.setdefault(i, []).append(f)
    for i, (g, ctx) in enumerate(zip(grids, contexts)):
        theirs = owner.get(i, [])
        facts, warnings = read_table(g, ctx)
        ours = [f for f in facts if f.metric in CORE_METRICS]
        if theirs and len(ours) < 2 * len(theirs) and not (len(ours) >= len(theirs) and _keyed(ours) > _keyed(theirs)) \
                and not _other_scale(ours, theirs) and not _other_debt(ours, theirs, ctx.debt) \
                and not _rates_as_money(ours, theirs) and not _other_basis(ours, theirs, _caption_basis(ctx.caption)) \
                and not any(f.debt_raw and (key_of(f.debt_raw).metric or YEAR_LABEL.fullmatch(f.debt_raw))
                            for f in theirs) \
                and not in_halves(g) and _clashes(theirs) <= _clashes(ours) \
                and _settled_ahead(theirs, ctx.fiscal_year) <= _settled_ahead(ours, ctx.fiscal_year) \
                and not _targets_behind(theirs, ours, ctx.fiscal_year):
            seen = {(f.page, f.bbox) for f in doc.facts if f.bbox is not None}
            doc.facts.extend(f for f in facts if f.metric in ("difference", "change_rate", "ratio_to_previous")
                             and (f.page, f.bbox) not in seen)
            continue  # the family read the table (and as fully: its figures carry a debt and a year as often); a
            # table in two halves side by side is always the shared reader's (a family pairs one half's figures with
            # the other half's names). A 増減 or 増減率 column it left is the shared reader's.
        mine = {(f.page, f.bbox) for f in facts if f.bbox is not None}
        gone = {id(f) for f in theirs} | {id(f) for f in doc.facts if f.bbox is not None and (f.page, f.bbox) in mine}
        doc.facts = [f for f in doc.facts if id(f) not in gone]  # the family read a part of it only (one column of
        # five, or only its 増減 column): the shared reader reads it all
        seen = {(f.page, f.bbox) for f in doc.facts if f.bbox is not None}
        doc.facts.extend(f for f in facts if (f.page, f.bbox) not in seen)
        doc.warnings.extend(warnings)


def _other_debt(ours: list, theirs: list, outline: str | None) -> bool:
    """True when the page outline names the table's debt (a heading （国民健康保険税）, a 債権名 box), the shared reader's
    figures carry it, and most of the family's carry another (the debt of the sheet before, carried on)."""
    if not outline:
        return False
    d = despace(outline)

    def same(name: str | None) -> bool:
        n = despace(name or "")
        return bool(n) and (n == d or n in d or d in n)

    other = sum(1 for f in theirs if f.debt_raw and not same(f.debt_raw))
    return 2 * other > len(theirs) and 2 * sum(1 for f in ours if same(f.debt_raw)) > len(ours)


def _other_scale(ours: list, theirs: list) -> bool:
    """True when most money cells both readers read differ by a power of ten: one of them missed the table's unit
    note (（金額：千円、率：％）), and the shared reader, which reads the notes over and under a table, read it."""
    mine = {(f.page, f.bbox): f.value for f in ours if f.unit == "yen" and f.bbox}
    common = [(mine[(f.page, f.bbox)], f.value) for f in theirs if f.unit == "yen" and (f.page, f.bbox) in mine]
    scaled = sum(1 for a, b in common if a and b and a != b and max(a, b) / min(a, b) in (1000, 10000, 1000000))
    return bool(common) and 2 * scaled > len(common)


def _rates_as_money(ours: list, theirs: list) -> bool:
    """True when most cells both readers read are rates to the shared reader and sums of money to the family (99.15
    under 「目標収納率(%)及び収入未済額の目標(千円)」 read as 99,150 yen)."""
    mine = {(f.page, f.bbox): f.unit for f in ours if f.bbox}
    common = [(mine[(f.page, f.bbox)], f) for f in theirs if (f.page, f.bbox) in mine]
    wrong = sum(1 for unit, f in common if unit == "percent" and f.unit == "yen" and re.search(r"\.[0-9]{1,2}$", f.raw))
    return bool(common) and 2 * wrong > len(common)


def _caption_basis(caption: str) -> str | None:
    """The basis a table's caption prints with a year (（令和5年度決算）, 令和7年度目標), the last one; None when none."""
    found = list(YEAR_BASIS.finditer(fold(caption)))
    return key_of(found[-1].group(0)).basis if found else None


def _other_basis(ours: list, theirs: list, printed: str | None) -> bool:
    """True when the table's caption prints a basis (債権別の収納状況（令和5年度決算）), the shared reader gave it to most
    cells both readers read, and the family another (a chapter heading's 目標 carried over the table)."""
    if printed is None:
        return False
    mine = {(f.page, f.bbox): f.basis for f in ours if f.bbox}
    common = [(mine[(f.page, f.bbox)], f.basis) for f in theirs if (f.page, f.bbox) in mine]
    return bool(common) and 2 * sum(1 for a, b in common if a == printed != b) > len(common)


def _clashes(facts: list) -> int:
    """How many figures share their key with another figure of the same table (two printed values cannot be one
    fact: a reader that gave 現年分 to the 滞納繰越分 row too has lost a key)."""
    keys = [(f.debt_raw, f.area, f.fiscal_year, f.segment, f.metric, f.basis, f.as_of) for f in facts]
    return len(keys) - len(set(keys))


def _settled_ahead(facts: list, year: int | None) -> int:
    """How many figures are results (決算・実績) of a year after the document's own: a plan's targets read as results."""
    return sum(1 for f in facts if year is not None and f.basis == "actual" and (f.fiscal_year or 0) > year)


def _targets_behind(theirs: list, ours: list, year: int | None) -> bool:
    """True when the family read as targets of a year before the document's own at least two figures the shared
    reader read as that year's results, cell for cell: a 決算 column under a chapter on 数値目標."""
    settled = {(f.page, f.bbox) for f in ours if f.bbox and f.basis == "actual"}
    return year is not None and sum(1 for f in theirs if f.basis == "target" and (f.fiscal_year or year) < year
                                    and (f.page, f.bbox) in settled) >= 2


def _keyed(facts: list) -> int:
    """How many facts carry a debt and a year (a table read without its sheet's debt has none)."""
    return sum(1 for f in facts if f.debt_raw is not None and f.fiscal_year is not None
               and not is_figure(f.debt_raw))  # (a figure read as the debt: none)


#: Titles of a meeting that reviews the closed accounts of the year before (決算特別委員会, 決算審査特別委員会).
SETTLEMENT = re.compile(r"決算(?:審査)?(?:特別|常任)?委員会|決算認定|決算審査")


#: A page of a meeting's papers that records a meeting (前回会議（書面開催）の結果について, …委員会 議事要旨).
RECORD_TITLE = re.compile(r"(?:会議|委員会|本部会|協議会)[^。]{0,30}(?:の結果について|議事要旨|議事録|会議録|議事概要|会議要旨)")


def _record_inside(pages: list[Page], doc: Document) -> None:
    """The minutes of a meeting recorded on later pages of a committee's papers (資料３ 第1回…会議（書面開催）の結果
    について: how it was held, who took part, the agenda and the opinions given): read by the minutes reader from
    that page on, into doc.minutes; the document's kind stays as it is."""
    if doc.minutes is not None or doc.document.kind == "minutes":
        return
    for k, page in enumerate(pages[1:], start=1):
        if any(RECORD_TITLE.search(despace(ln.text)) for ln in page.lines_outside_grids()[:4]):
            reader = next((p for p in parsers() if p.kind == "minutes"), None)  # the minutes family's reader
            if reader is None:
                return
            scratch = Document(source=doc.source)
            reader.parse(pages[k:], scratch)
            if scratch.minutes is not None and (scratch.minutes.statements or len(scratch.minutes.attendees) >= 2):
                doc.minutes = scratch.minutes
            return


def _add_chart_facts(pages: list[Page], doc: Document, year: int | None) -> None:
    """Figures printed as a chart's data labels (saiken.extract.charts) that no table reading took; `year`: the 年度
    of the document's date."""
    facts, warnings = chart_facts(pages, year)
    seen = {(f.page, f.bbox) for f in doc.facts if f.bbox is not None}
    doc.facts.extend(f for f in facts if (f.page, f.bbox) not in seen)
    doc.warnings.extend(warnings)


def _add_text_facts(pages: list[Page], doc: Document) -> None:
    """Figures of running text, bullets and text cells (saiken.extract.textfacts) that no other reader took. An output fact
    stands for one printed number: a figure is added only while the page prints its text more often than the
    facts already read from that page hold it."""
    texts = {p.number: fold(p.text) for p in pages}
    held: dict[tuple[int, str], int] = {}
    for f in doc.facts:
        k = (f.page, despace(fold(f.raw)))
        held[k] = held.get(k, 0) + 1
    date = doc.document.date or (doc.minutes.date if doc.minutes else None)
    year = None
    if date and re.match(r"\d{4}-\d{2}", date):
        year = int(date[:4]) - (1 if int(date[5:7]) < 4 else 0)
        title = (doc.document.title or "") + (doc.minutes.title or "" if doc.minutes else "")
        if SETTLEMENT.search(despace(title)):
            year -= 1  # a 決算特別委員会 of September 2024 reviews the figures of 2023
    dated = date if "日" in (doc.document.date_raw or "") else None  # a paper dated to the day (令和8年2月9日)
    held_on = doc.minutes.date if doc.minutes and doc.minutes.date else dated  # that date dates a year-less 「2月末」
    tabled: dict[tuple, list] = {}  # the figures of the page's tables, by page, metric and value
    for f in doc.facts:
        if f.table is not None and f.metric in CORE_METRICS:
            tabled.setdefault((f.page, f.metric, f.value), []).append(f)
    for f in text_facts(pages, year, held_on if held_on and re.match(r"\d{4}-\d{2}-\d{2}$", held_on) else None):
        k = (f.page, despace(fold(f.raw)))
        twins = [t for t in tabled.get((f.page, f.metric, f.value), []) if t.segment == f.segment]
        if twins and _distinctive(f) and len({(t.fiscal_year, t.basis, t.as_of, t.segment) for t in twins}) == 1 \
                and not (f.basis == "target" and twins[0].basis != "target"
                         and f.fiscal_year == twins[0].fiscal_year):  # (a target of the year that happens to equal a
            # result printed in the table: （94.85） under 「（ ）内は令和6年度の目標収納率」 stays a target)
            t = twins[0]  # 「滞納繰越分の収納率は22.86％と目標（23.00％）を下回った」 under a table printing 22.86 as
            f = f.model_copy(update=dict(fiscal_year=t.fiscal_year, fiscal_year_raw=t.fiscal_year_raw,  # R6決算:
                                         basis=t.basis, as_of=t.as_of, segment=t.segment,  # the same figure
                                         debt_raw=f.debt_raw or t.debt_raw))
        pattern = r"(?<![0-9,.])" + r"\s*".join(map(re.escape, k[1]))  # not inside 3,456,789 nor 78998.91%
        printed = max(1, len(re.findall(pattern, texts.get(f.page, ""))))  # a figure wrapped in a cell is printed once
        if held.get(k, 0) >= printed:
            continue
        held[k] = held.get(k, 0) + 1
        doc.facts.append(f)


def _distinctive(f: Fact) -> bool:
    """True for a figure unlikely to be printed twice by chance: a rate with two decimals, an amount of 1,000 or more."""
    if f.unit == "percent":
        return bool(re.search(r"\.[0-9]{2}", fold(f.raw)))
    return f.unit == "yen" and abs(f.value) >= 1000


#: An item's text running on into another's number: two columns of items read across as one line (…Web ① 強制…).
TWO_ITEMS = re.compile(r"\S\s+(?:[①-⑳]|[(（][0-9０-９]{1,2}[)）])\s*\S")
#: what a family may take for an item but is none: a figure after its label (調定額：348,584,150円), a 【参考】 heading
NO_MEASURE = re.compile(r"^[^。]{1,24}[:：]\s*[約△▲]?\s*[0-9][0-9,.]*\s*(?:円|千円|万円|億円|%|人|件|世帯)?$|【参考】")


def _item_key(text: str) -> str:
    return re.sub(r"[\s、。,.・]", "", text)[:24]


def _add_items(pages: list[Page], doc: Document) -> None:
    """取組 items of the shared item reader (saiken.extract.items) that no family reader took. Where the family found items,
    only tagged ones (【継続】…, unmistakably 取組) are added; where it found none (a layout it was not written for), all.
    An item both read, under a debt the family carried from a page before, takes the page outline's debt."""
    shared = items_of(pages)
    if doc.document.kind == "minutes":  # ○中川委員長 …: a speaker's mark, no item of a list
        shared = [i for i in shared if i.label not in ("○", "◯", "〇")]
    shared_pages = {i.page for i in shared}
    doc.initiatives = [i for i in doc.initiatives if len(_item_key(i.text)) >= 4 and not i.text.startswith("【参考】")
                       or i.page in shared_pages]  # (a wrapped tail 「た。」 or a 【参考】 heading the
    # family read as an item is none, where the shared reader has no items to put instead)
    for i in doc.initiatives:  # 「ウ 後期高齢者医療保険料：被保険者証の更新時に…」: the debt the item opens on is its debt,
        if named := item_debt(i.text):  # as the shared reader reads it
            i.debt_raw, i.text = named
    whole = {}  # the shared reader's items by page
    for i in shared:
        whole.setdefault(i.page, []).append(_item_key(i.text))
    pieces: dict[int, int] = {}  # family items that are a part of one shared item, by page: lines of it read apart
    for i in doc.initiatives:
        k = _item_key(i.text)
        if k and any(k in w and len(k) < 0.8 * len(w) for w in whole.get(i.page, ())):
            pieces[i.page] = pieces.get(i.page, 0) + 1
    broken = {i.page for i in doc.initiatives if not _item_key(i.text) or NO_MEASURE.search(i.text)
              or TWO_ITEMS.search(i.text)} & shared_pages | {p for p, n in pieces.items() if n >= 2}
    if broken:  # a family item with no text (a tag wrapped onto its own line read as an item): the page's items
        doc.initiatives = [i for i in doc.initiatives if i.page not in broken] + \
            [i for i in shared if i.page in broken]  # as the shared reader reads them
    debts = {_item_key(i.text): i.debt_raw for i in shared if i.debt_raw}
    statuses = {_item_key(i.text): i.status for i in shared if i.status}
    texts_of = {p.number: p.text for p in pages}
    on_page: dict[tuple[int, str], set[str]] = {}
    for i in shared:
        if i.debt_raw:
            on_page.setdefault((i.page, _item_key(i.text)), set()).add(i.debt_raw)
    for i in doc.initiatives:  # an item the family read with another debt than the page outline gives the same item
        outline = on_page.get((i.page, _item_key(i.text)), set())  # on its page (the sheet before's, carried on)
        if len(outline) == 1 and i.debt_raw and i.debt_raw not in outline and \
                _bare(i.debt_raw)[:6] not in _bare(texts_of.get(i.page, "")):  # (not printed on the page at all)
            i.debt_raw = next(iter(outline))
    for i in doc.initiatives:  # an item the family read without its debt or status: the shared reader's
        if i.debt_raw is None and debts.get(_item_key(i.text)):
            i.debt_raw = debts[_item_key(i.text)]
        if i.status is None and statuses.get(_item_key(i.text)):
            i.status = statuses[_item_key(i.text)]  # type: ignore[assignment]
    family_debts: dict[int, set[str | None]] = {}  # page: the debts of the family's items there
    for i in doc.initiatives:
        family_debts.setdefault(i.page, set()).add(i.debt_raw)
    texts = [_item_key(i.text) for i in doc.initiatives]
    lists = {(i.page, i.debt_raw, marker_kind(i.label or "")) for i in doc.initiatives}
    for it in shared:
        k = _item_key(it.text)
        if family_debts and it.status is None and (it.page, it.debt_raw, marker_kind(it.label or "")) not in lists and not (
                it.page not in family_debts and _measures_head(it.section, it.debt_raw) and marker_kind(it.label or "") != "bullet"):
            continue  # (a tagged item the family left out is added, and an untagged one of a list it read: ウ after
            # its ア【継続】 イ【拡充】, or a numbered one under a column or heading 取組項目 on a page it read none
            # from; ・ points there are a measure's details)
        if any(k and (k in t or t in k) and (k[:4] == t[:4] or min(len(k), len(t)) >= 0.6 * max(len(k), len(t)))
               for t in texts if t):
            continue  # (not a measure whose middle is a short title read elsewhere: 「滞納が続く被保険者に対し、給付制限の
            # 事前説明を…行う。」 beside 給付制限の事前説明 in a schedule)
        doc.initiatives.append(it)
        lists.add((it.page, it.debt_raw, marker_kind(it.label or "")))
    _subject_debts(doc)


def _subject_debts(doc: Document) -> None:
    """An item whose sentence opens on a debt as its subject is that debt's (「(2) 国保税の滞納繰越分について、…」 in a
    list of measures of several debts), whatever heading it is under."""
    def same(a: str, b: str | None) -> bool:
        return b is not None and (a == b or (ca := match_debt(a).canonical) is not None and ca == match_debt(b).canonical)

    for i in doc.initiatives:
        if (named := subject_debt(i.text)) and not same(named, i.debt_raw):  # (国保税 under 国民健康保険税: as it was)
            i.debt_raw, i.debt = named, None


def _measures_head(section: str | None, debt: str | None) -> bool:
    """True for a short column header or heading that names the measures under it (取組項目, 主な取組, 取組内容), or a
    内容 column of items each of a debt (債権名 | No. | 内容)."""
    bare = re.sub(r"[\s【】〔〕■◆●]", "", section or "")
    return 0 < len(bare) <= 8 and (re.search(r"(?:取り?組み?(?:項目|内容)?|対策|方策)$", bare) is not None
                                   or bare in CONTENT_HEADS and bool(debt))  # (not 取組の効果, 取組事項と課題)


def _bare(text: str) -> str:
    """Text folded with blanks and list punctuation removed (母子・父子・寡婦福祉資金 → 母子父子寡婦福祉資金)."""
    return re.sub(r"[\s・、,，()（）]", "", fold(text))


def _annotate_tables(pages: list[Page], doc: Document, contexts: list[TableContext]) -> None:
    """Each table's structure as the shared layer reads it (header rows, label and value columns, caption, headings
    over columns, the debt the page outline gives it), kept on the table record for users and later stages."""
    grids = stitch(pages)
    for g, t, ctx in zip(grids, doc.tables, contexts):
        found = structure(g)
        if found is None:
            continue
        t.header_rows, t.label_columns, t.value_columns = found[0], found[1], found[2]
        t.caption = ctx.caption.strip() or None
        t.column_heads = ctx.column_heads or None
        t.debt = ctx.debt
