"""Committee materials with 取組個票 and 取組方針 tables (静岡市 type): kind `committee_material`.

What is read, always by label and layout:
- the 個票 header row (債権名 | name | 所属 | … | 債権区分) gives the debt of the page;
- 実績又は効果 cells: figures after a 時点 line (令和8年2月末時点 ・収納額 …円 (前年度 …円)) → interim facts;
- summary boxes headed by a metric (収納率 / 収入未済額) with 'year: value' lines → actual facts and changes;
- 取組方針 tables: a header row starting 債権名 with one debt per column, and rows labelled 実績推計/見込
  (estimate, the parenthesised target of the same year), 数値目標/目標 (target, 【…位】 政令市順位 → rank)
  and 取組 (tagged items, one per debt a merged cell covers). Years come from the row labels' 和暦;
- 取組 rows of a 個票's own label/value table (数値目標の達成に向けた取組 | tagged items) → items of that debt;
- any other table (収入未済額の状況 by debt and segment, a trend of the 個票's debt, a 決算(実績) header over
  columns of bare rates) with saiken.extract.statables, short labels spaced for alignment (合　計) written solid.
"""
from __future__ import annotations

import re
from dataclasses import replace

from saiken.extract.families import kobetsu_policy as policy
from saiken.extract.families.kobetsu_items import tagged_items
from saiken.extract.families.kobetsu_policy import RowLabel, row_kind
from saiken.extract.families.kobetsu_rates import (MONEY_LABELS, box_figures, is_dash, point_figures, rank_of, rate_hits,
                                            rate_metric, segment_of)
from saiken.extract.layout import Cell, Grid, Page
from saiken.extract.pdf import stitch
from saiken.extract.records import Document, DocWarning, Fact, Initiative, Kind
from saiken.extract.statables import context_for, read_table
from saiken.normalize.amounts import parse_amount, parse_rate
from saiken.normalize.errors import NormalizeError
from saiken.normalize.text import fold
from saiken.normalize.wareki import fiscal_year, parse_date
from saiken.normalize.text import despace as _squash

SHEET_KEYS = re.compile(r"^(所属|所管|所管課|所管部局|所管局|担当課|担当|担当部局|総括課|債権区分|債権の区分|部局|課名)$")
MONEY = re.compile(r"[△▲\-]?[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:千円|万円|億円|円)")
SEGMENT_ONLY = re.compile(r"^[<＜〈【\[(]*(現年度分|現年分|現年度|現年|滞納繰越分|滞納繰越|滞繰分|滞繰|過年度分|合計|全体|計)[>＞〉】\])]*$")
EFFECT_HEAD = re.compile(r"実績|効果")
BARE_VALUE = re.compile(r"^[△▲\-]?[0-9][0-9,]*(?:\.[0-9]+)?(?:%|ポイント|千円|万円|億円|円|件|人|世帯)?$|^[-－―ー‐]$")
SPACED_LABEL = re.compile(r"^(?:[^\x00-\x7f] ){1,5}[^\x00-\x7f]$")  # 合 計, 区 分: a label spaced out to fill its cell
CAPTION_HEAD = re.compile(r"(?:^|\s)(【[^】\s]{1,12}】)")  # 【参考②】, 【表2】: a heading that opens a table's title
CAPTION_NUMBER = re.compile(r"(?:^|\s)(?:[0-9]{1,2}\s*[.．、)）]|[(（][0-9]{1,2}[)）]|[①-⑳])\s*")  # 2. / (2) / ②
TITLE_WORDS = re.compile(r"委員会|本部会|会議|協議会")
FULL_DATE = re.compile(r"(令和|平成|[RHＲＨ])\s*[0-9０-９元]+\s*年\s*[0-9０-９]+\s*月\s*[0-9０-９]+\s*日"
                       r"(\s*[(（][月火水木金土日][)）])?")
CJK_GAP = re.compile(r"(?<=[0-9A-Za-z]) (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) (?=[0-9A-Za-z])")
MUNICIPALITY = re.compile(r"([^\s0-9第回年度]{1,8}?[都道府県市区町村])")
SIGNALS = (
    (re.compile(r"取組個票"), 0.25),
    (re.compile(r"滞納整理強化期間"), 0.15),
    (re.compile(r"債権管理委員会|債権管理本部"), 0.15),
    (re.compile(r"実績推計|実績見込"), 0.15),
    (re.compile(r"数値目標の達成に向けた取組|取組方針"), 0.15),
    (re.compile(r"政令市順位"), 0.1),
)


def _header_debt(g: Grid) -> str | None:
    """The debt of a 個票 header (債権名 | 市税 | 所属 | … | 債権区分 | …, in one row or as label/value rows), else None."""
    rows = [[c for c in row if c] for row in g.rows()]
    cells = [_squash(c) for row in rows for c in row]
    if "債権名" not in cells or not any(SHEET_KEYS.match(c) for c in cells):
        return None
    for row in rows:
        keys = [_squash(c) for c in row]
        if "債権名" in keys:
            i = keys.index("債権名")
            if i + 1 >= len(row) or _is_key(keys[i + 1]):
                return None  # 債権名 | 債権区分 | 区分 | …: the column header of a table by debt, not a 個票 header
            return row[i + 1]
    return None


def _is_key(text: str) -> bool:
    """True for a header label of a 個票 or a statistics table (所属, 債権区分, 区分), not a value."""
    return bool(SHEET_KEYS.match(text) or text in ("区分", "債権名"))


def _own_caption(caption: str) -> str:
    """The part of a table's caption from its last bracketed heading (【参考②】 …) on; the lines above that heading
    (the bullets of the box before it: ピーク時(平成21年度)から …) belong to another block, and their years must not
    date the table."""
    starts = [m.start(1) for m in CAPTION_HEAD.finditer(caption)]
    return caption[starts[-1]:] if starts else caption


def _unspaced(g: Grid) -> Grid:
    """The grid with short labels that are spaced out for alignment (合　計, 区　分, 市　税) written solid, so that
    a 合　計 row reads as the total and not as a row named 合 計."""
    cells = [replace(c, text=_squash(c.text)) if SPACED_LABEL.match(c.text) else c for c in g.cells]
    return replace(g, cells=cells)


def _segment_word(text: str) -> str | None:
    """The segment of a cell that holds only a segment word (a 区分 label or sub-header: 現年分, 【滞納繰越分】)."""
    m = SEGMENT_ONLY.match(_squash(text))
    return segment_of(m.group(1)) if m else None


class KobetsuParser:
    """The family parser for 取組個票 / 取組方針 committee materials."""

    name = "kobetsu"
    kind: Kind = "committee_material"

    def score(self, pages: list[Page]) -> float:
        """0..1 from the family's labels: 取組個票, 滞納整理強化期間, 実績推計, 取組方針, header rows."""
        text = _squash("\n".join(p.text for p in pages))
        s = sum(w for pat, w in SIGNALS if pat.search(text))
        if any(_header_debt(g) for p in pages for g in p.grids):
            s += 0.25
        if any(policy.is_policy(g) for p in pages for g in p.grids):
            s += 0.25
        return min(1.0, s)

    def parse(self, pages: list[Page], doc: Document) -> None:
        """Fill doc.document, facts, initiatives and warnings from the pages."""
        self._document_info(pages, doc)
        debt: str | None = None  # the debt of the current 個票 page, from its header row
        debt_page = 0  # the page of that header: a one-debt statistics table there is that debt's
        table: Grid | None = None  # the policy table being read (continued on the next page?)
        for index, g in enumerate(stitch(pages)):
            if table is not None and policy.continues(table, g):
                table = policy.join(table, g)
                continue
            if table is not None:
                self._policy(table, doc)
                table = None
            if policy.is_policy(g):
                table = g
                continue
            named = _header_debt(g)
            if named:
                debt, debt_page = named, g.page
            elif debt and self._sheet_items(pages, g, index, debt, doc):
                continue
            elif debt and self._column_items(pages, g, index, debt, doc):
                self._effects(g, debt, doc)  # 実績/効果 columns beside the 取組内容 column, if any
            elif self._box_head(g):
                self._box(g, doc)
            elif not self._effects(g, debt, doc):
                self._statistics(pages, g, index, debt if debt_page == g.page else None, doc)
        if table is not None:
            self._policy(table, doc)

    # ---- document ----------------------------------------------------------------------------------
    def _document_info(self, pages: list[Page], doc: Document) -> None:
        first = pages[0] if pages else None
        if first is None:
            return
        cands = [ln for ln in first.lines if TITLE_WORDS.search(ln.text)]
        if cands:
            title = CJK_GAP.sub("", max(cands, key=lambda ln: ln.size).text)
            doc.document.title = title
            head = re.sub(r"^.*?年度\s*", "", title)
            head = re.sub(r"^第\s*[0-9]+\s*回\s*", "", head)
            m = MUNICIPALITY.match(head)
            if m:
                doc.document.municipality = m.group(1)
        for ln in first.lines:
            m = FULL_DATE.search(ln.raw)
            if m:
                try:
                    d = parse_date(fold(m.group(0)))
                except NormalizeError:
                    continue
                doc.document.date, doc.document.date_raw = d.iso, CJK_GAP.sub("", m.group(0))
                break

    # ---- 取組方針 tables -----------------------------------------------------------------------------
    def _policy(self, g: Grid, doc: Document) -> None:
        h = policy.header(g)
        assert h is not None
        labels = policy.row_labels(g, h)
        years = {kind: y for lb in labels.values() if (kind := row_kind(lb.full)) and (y := self._year(lb.full))}
        before = years.get("estimate") or years.get("actual")
        target_year = years.get("target") or (before + 1 if before else None)
        for (label, col, span), cells in policy.row_groups(g, h, labels).items():
            names = [h.debts[k] for k in range(col, col + span) if k in h.debts]
            kind = row_kind(label.full)
            if not names or kind is None:
                continue
            if kind == "items":
                self._items(cells, names, label.main, target_year, doc)
                continue
            year = self._year(label.full)
            if year is None and target_year:
                year = target_year if kind == "target" else target_year - 1
            self._rates(cells, names[0], label, kind, year, doc)

    @staticmethod
    def _year(text: str) -> int | None:
        try:
            return fiscal_year(text)
        except NormalizeError:
            return None

    def _rates(self, cells: list[Cell], debt: str, label: RowLabel, basis: str, year: int | None,
               doc: Document) -> None:
        """Rates (and yen amounts) of one policy cell; a bare value takes its segment from the row's sub-label."""
        m = re.search(r"(令和|平成|R|H)\s*[0-9元]+\s*年度?", label.full)
        year_raw = m.group(0) if m else None
        text = "".join(c.text for c in cells)
        hits = rate_hits(text)
        page = cells[0].page or 1
        base = dict(debt_raw=debt, fiscal_year=year, fiscal_year_raw=year_raw, page=page)
        if not hits:
            if not self._amounts(text, label, basis, base, doc) and text.strip() and not is_dash(text):
                self._warn(doc, page, "unparsed_cell", f"{debt} の「{label.full}」欄の数値を読み取れませんでした: {text[:60]}")
            return
        metric: str | None = None
        for h in hits:
            name = h.label if segment_of(h.label) or rate_metric(h.label) != "rate" else label.sub + h.label
            seg = segment_of(name)
            metric = rate_metric(name, metric, default="collection_rate" if seg and not h.label else "rate")
            doc.facts.append(Fact(metric=metric, basis=basis, value=parse_rate(h.value).value, unit="percent",  # type: ignore[arg-type]
                                  raw=h.value, segment=seg, **base))  # type: ignore[arg-type]
            if h.paren is not None and not is_dash(h.paren):
                try:
                    v = parse_rate(h.paren)
                    doc.facts.append(Fact(metric=metric, basis="target", value=v.value, unit="percent",
                                          raw=h.paren, segment=seg, **base))  # type: ignore[arg-type]
                except NormalizeError:
                    self._warn(doc, page, "unparsed_cell", f"{debt} の目標値を読み取れませんでした: ({h.paren})")
            if h.note:
                rank = rank_of(h.note)
                if rank:
                    doc.facts.append(Fact(debt_raw=debt, fiscal_year=rank[0], fiscal_year_raw=None, segment=seg,
                                          metric="rank", basis="actual", value=rank[1], unit="count",
                                          raw=f"{rank[1]}位", page=page))

    @staticmethod
    def _amounts(text: str, label: RowLabel, basis: str, base: dict, doc: Document) -> bool:
        """Yen figures of a policy cell (収入未済額 38,500千円): metric from the cell's or the row's label, segment
        from it (total when none). Returns whether any was read."""
        found = False
        for m in MONEY.finditer(text):
            words = text[:m.start()] + label.full
            metric = next((mt for w, mt in MONEY_LABELS if w in words), None)
            if metric is None:
                continue
            try:
                a = parse_amount(m.group(0))
            except NormalizeError:
                continue
            seg = segment_of(text[:m.start()]) or segment_of(label.full) or "total"
            doc.facts.append(Fact(metric=metric, basis=basis, value=a.value, unit=a.unit, raw=m.group(0),  # type: ignore[arg-type]
                                  segment=seg, **base))  # type: ignore[arg-type]
            found = True
        return found

    def _items(self, cells: list[Cell], debts: list[str], label: str, year: int | None, doc: Document) -> None:
        lines = [ln for c in cells for ln in c.lines]
        pages = [c.page or 1 for c in cells for _ in c.lines]
        for it in tagged_items(lines):
            for debt in debts:
                doc.initiatives.append(Initiative(debt_raw=debt, fiscal_year=year, section=label, label=it.label,
                                                  text=it.text, status=it.status,  # type: ignore[arg-type]
                                                  page=pages[it.line]))

    def _sheet_items(self, pages: list[Page], g: Grid, index: int, debt: str, doc: Document) -> bool:
        """取組 rows of a 個票's label/value table (取組方針 | prose; 数値目標の達成に向けた取組 | tagged items) under
        the 個票 header: items of the 個票's debt, the year from the caption (3 令和8年度の取組). False when the
        table has no such row or the row holds no tagged item."""
        labels = {c.row + k: c for c in g.cells if c.col == 0 and c.colspan < g.ncols for k in range(c.rowspan)}
        rows = sorted(r for r, c in labels.items() if row_kind(_squash(c.text)) == "items")
        cells = [c for r in rows for c in sorted(g.cells, key=lambda c: c.col) if c.row == r and c.col > 0]
        return bool(rows) and self._add_items(pages, g, index, debt, cells, _squash(labels[rows[0]].text), doc)

    def _column_items(self, pages: list[Page], g: Grid, index: int, debt: str, doc: Document) -> bool:
        """Tagged items under a 取組 column header (実施期間 | 取組内容 | 目標) of a table on a 個票 page: items of the
        個票's debt, the section and year from the table's caption (2. 令和7年度 滞納整理強化期間実施計画), else the
        header. False when no header cell of the first row names 取組 or its column holds no tagged item."""
        heads = [c for c in g.cells if c.row == 0 and row_kind(_squash(c.text)) == "items"]
        cols = {c.col + k for c in heads for k in range(c.colspan)}
        cells = [c for c in sorted(g.cells, key=lambda c: (c.row, c.col)) if c.row > 0 and c.col in cols]
        if not cells:
            return False
        caption = _own_caption(context_for(pages, g, table=index, debt=debt).caption)
        numbered = list(CAPTION_NUMBER.finditer(caption))
        heading = (caption[numbered[-1].end():] if numbered else caption.strip().split("\n")[-1]).strip()
        return self._add_items(pages, g, index, debt, cells, heading or _squash(heads[0].text), doc)

    def _add_items(self, pages: list[Page], g: Grid, index: int, debt: str, cells: list[Cell], section: str,
                   doc: Document) -> bool:
        """The tagged items of `cells` as initiatives of `debt`, the year from the table's caption; False when the
        cells hold no tagged item."""
        lines = [ln for c in cells for ln in c.lines]
        found = tagged_items(lines)
        if not found:
            return False
        caption = _own_caption(context_for(pages, g, table=index, debt=debt).caption)
        year = self._year(caption)
        line_pages = [c.page or g.page for c in cells for _ in c.lines]
        for it in found:
            doc.initiatives.append(Initiative(debt_raw=debt, fiscal_year=year, section=section, label=it.label,
                                              text=it.text, status=it.status,  # type: ignore[arg-type]
                                              page=line_pages[it.line]))
        return True

    # ---- summary boxes and 個票 cells ----------------------------------------------------------------
    @staticmethod
    def _box_head(g: Grid) -> bool:
        rows = g.rows()
        return g.ncols == 1 and len(rows) >= 2 and _squash(rows[0][0]) in ("収納率", "収入率", "徴収率", "収入未済額")

    def _box(self, g: Grid, doc: Document) -> None:
        head = g.cell(0, 0)
        assert head is not None
        for c in g.cells:
            if c.row == 0:
                continue
            figures, bad = box_figures(_squash(head.text), c.lines)
            for f in figures:
                doc.facts.append(Fact(fiscal_year=f.fiscal_year, fiscal_year_raw=f.fiscal_year_raw, segment="total",
                                      metric=f.metric, basis="actual", value=f.value, unit=f.unit,  # type: ignore[arg-type]
                                      approx=f.approx, raw=f.raw, page=c.page or g.page))
            for b in bad:
                self._warn(doc, c.page or g.page, "unparsed_cell", f"数値を読み取れませんでした: {b}")

    def _effects(self, g: Grid, debt: str | None, doc: Document) -> bool:
        """Interim figures of a 個票 table's 実績/効果 columns; False when the table has no such column."""
        cols = {c.col + k for c in g.cells if c.row <= 1 and EFFECT_HEAD.search(_squash(c.text))
                for k in range(c.colspan)}
        body = [c for c in g.cells if c.col in cols and c.row >= 2]  # rows 0-1: the header zone
        if not cols or body and all(BARE_VALUE.match(_squash(c.text)) or not _squash(c.text) for c in body):
            return False  # 決算(実績) over columns of bare rates: a statistics table, not 実績 prose
        for c in g.cells:
            if c.col not in cols or c.row <= 1 and EFFECT_HEAD.search(_squash(c.text)):
                continue
            figures, bad = point_figures(c.lines, self._cell_segment(g, c))
            for f in figures:
                doc.facts.append(Fact(debt_raw=debt, fiscal_year=f.fiscal_year, fiscal_year_raw=f.fiscal_year_raw,
                                      segment=f.segment, metric=f.metric, basis="interim", as_of=f.as_of,  # type: ignore[arg-type]
                                      value=f.value, unit=f.unit, raw=f.raw, page=c.page or g.page))  # type: ignore[arg-type]
            for b in bad:
                self._warn(doc, c.page or g.page, "unparsed_cell", f"{debt or ''} の実績欄の数値を読み取れませんでした: {b}")
        return True

    @staticmethod
    def _statistics(pages: list[Page], g: Grid, index: int, debt: str | None, doc: Document) -> None:
        """Figures of any other table read as a statistics table (収入未済額の状況 by debt, a year trend of the
        個票's debt), with the caption above it as context."""
        ctx = context_for(pages, g, table=index, debt=debt)
        ctx.caption = _own_caption(ctx.caption)
        facts, warnings = read_table(_unspaced(g), ctx)
        doc.facts.extend(facts)
        doc.warnings.extend(warnings)

    @staticmethod
    def _cell_segment(g: Grid, cell: Cell) -> str | None:
        """The segment of a 実績 cell from its column's sub-header above it or its row's 区分 label (現年分 / 滞納繰越分)."""
        for c in g.cells:
            above = c.row < cell.row and c.col <= cell.col < c.col + c.colspan
            beside = c.row <= cell.row < c.row + c.rowspan and c is not cell
            if (above or beside) and (seg := _segment_word(c.text)):
                return seg
        return None

    @staticmethod
    def _warn(doc: Document, page: int, code: str, message: str) -> None:
        doc.warnings.append(DocWarning(page=page, code=code, message=message))


PARSER = KobetsuParser()
