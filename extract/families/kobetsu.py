"""Committee materials with 取組個票 and 取組方針 tables (静岡市 type): kind `committee_material`.

What is read, always by label and layout:
- the 個票 header row (債権名 | name | 所属 | … | 債権区分) gives the debt of the page;
- 実績又は効果 cells: figures after a 時点 line (令和8年2月末時点 ・収納額 …円 (前年度 …円)) → interim facts;
- summary boxes headed by a metric (収納率 / 収入未済額) with 'year: value' lines → actual facts and changes;
- 取組方針 tables: a header row starting 債権名 with one debt per column, and rows labelled 実績推計/見込
  (estimate, the parenthesised target of the same year), 数値目標/目標 (target, 【…位】 政令市順位 → rank)
  and 取組 (tagged items, one per debt a merged cell covers). Years come from the row labels' 和暦.
"""
from __future__ import annotations

import re
from extract.families.kobetsu_items import tagged_items
from extract.families.kobetsu_rates import (box_figures, is_dash, point_figures, rank_of, rate_hits, rate_metric,
                                            segment_of)
from extract.layout import Cell, Grid, Page
from extract.pdf import stitch
from extract.records import Document, DocWarning, Fact, Initiative, Kind
from normalize.amounts import parse_rate
from normalize.errors import NormalizeError
from normalize.text import fold
from normalize.wareki import fiscal_year, parse_date

DEBT_HEAD = re.compile(r"^(債権名|債権の名称|債権|項目)$")
ESTIMATE_ROW = re.compile(r"実績推計|実績見込|決算見込|見込|推計")
TARGET_ROW = re.compile(r"数値目標|目標")
ACTION_ROW = re.compile(r"取組(?!方針)")
EFFECT_HEAD = re.compile(r"実績|効果")
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


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _header_debt(g: Grid) -> str | None:
    """The debt of a 個票 header row (債権名 | 市税 | 所属 | …), or None when the grid is not one."""
    for row in g.rows():
        cells = [c for c in row if c]
        keys = {_squash(c) for c in cells}
        if "債権名" in keys and ({"所属", "総括課", "債権区分", "所管課"} & keys):
            i = [_squash(c) for c in cells].index("債権名")
            return cells[i + 1] if i + 1 < len(cells) else None
    return None


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
        if any(self._policy_header(g) is not None for p in pages for g in p.grids):
            s += 0.25
        return min(1.0, s)

    def parse(self, pages: list[Page], doc: Document) -> None:
        """Fill doc.document, facts, initiatives and warnings from the pages."""
        self._document_info(pages, doc)
        debt: str | None = None  # the debt of the current 個票 page, from its header row
        for g in stitch(pages):
            named = _header_debt(g)
            if named:
                debt = named
                continue
            if self._policy_header(g) is not None:
                self._policy(g, doc)
            elif self._box_head(g):
                self._box(g, doc)
            else:
                self._effects(g, debt, doc)

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
                doc.document.date, doc.document.date_raw = d.iso, m.group(0)
                break

    # ---- 取組方針 tables -----------------------------------------------------------------------------
    @staticmethod
    def _policy_header(g: Grid) -> int | None:
        """Row index of a 取組方針 header (債権名 + debts) followed by estimate/target rows, else None."""
        rows = g.filled_rows()
        labels = [_squash(r[0]) for r in rows]
        for i, r in enumerate(rows):
            if DEBT_HEAD.match(_squash(r[0])) and len(r) >= 2 and any(
                    ESTIMATE_ROW.search(x) or TARGET_ROW.search(x) for x in labels[i + 1:]):
                return i
        return None

    def _policy(self, g: Grid, doc: Document) -> None:
        head = self._policy_header(g)
        assert head is not None
        header = g.rows()[head]
        debts = {k: header[k] for k in range(1, g.ncols) if header[k]}
        labels = self._row_labels(g, head)
        target_year = next((self._year(lb) for lb in labels.values() if TARGET_ROW.search(lb)
                            and not ESTIMATE_ROW.search(lb) and self._year(lb)), None)
        for (label, col, span), cells in self._row_groups(g, labels).items():
            names = [debts[k] for k in range(col, col + span) if k in debts]
            if not names:
                continue
            if ESTIMATE_ROW.search(label):
                self._rates(cells, names[0], label, "estimate", doc)
            elif TARGET_ROW.search(label) and not ACTION_ROW.search(label):
                self._rates(cells, names[0], label, "target", doc)
            elif ACTION_ROW.search(label):
                self._items(cells, names, label, target_year, doc)

    @staticmethod
    def _row_labels(g: Grid, head: int) -> dict[int, str]:
        """Each body row's label; a row with an empty label continues the row above (a row broken over pages)."""
        out: dict[int, str] = {}
        rows = g.filled_rows()
        for r in range(head + 1, g.nrows):
            label = _squash(rows[r][0])
            out[r] = label or out.get(r - 1, "")
        return out

    @staticmethod
    def _row_groups(g: Grid, labels: dict[int, str]) -> dict[tuple[str, int, int], list[Cell]]:
        """Body cells grouped by (row label, column, colspan), top to bottom: the parts of one logical cell."""
        groups: dict[tuple[str, int, int], list[Cell]] = {}
        for c in sorted(g.cells, key=lambda c: (c.row, c.col)):
            if c.row in labels and c.col > 0:
                groups.setdefault((labels[c.row], c.col, c.colspan), []).append(c)
        return groups

    @staticmethod
    def _year(text: str) -> int | None:
        try:
            return fiscal_year(text)
        except NormalizeError:
            return None

    def _rates(self, cells: list[Cell], debt: str, label: str, basis: str, doc: Document) -> None:
        year = self._year(label)
        year_raw = m.group(0) if (m := re.search(r"(令和|平成|R|H)\s*[0-9元]+\s*年度?", label)) else None
        text = "".join(c.text for c in cells)
        hits = rate_hits(text)
        page = cells[0].page or 1
        if not hits and text.strip() and not is_dash(text):
            self._warn(doc, page, "unparsed_cell", f"{debt} の「{label}」欄の数値を読み取れませんでした: {text[:60]}")
        metric: str | None = None
        for h in hits:
            seg = segment_of(h.label)
            metric = rate_metric(h.label, metric)
            base = dict(debt_raw=debt, fiscal_year=year, fiscal_year_raw=year_raw, segment=seg, page=page)
            doc.facts.append(Fact(metric=metric, basis=basis, value=parse_rate(h.value).value, unit="percent",
                                  raw=h.value, **base))  # type: ignore[arg-type]
            if h.paren is not None and not is_dash(h.paren):
                try:
                    v = parse_rate(h.paren)
                    doc.facts.append(Fact(metric=metric, basis="target", value=v.value, unit="percent",
                                          raw=h.paren, **base))  # type: ignore[arg-type]
                except NormalizeError:
                    self._warn(doc, page, "unparsed_cell", f"{debt} の目標値を読み取れませんでした: ({h.paren})")
            if h.note:
                rank = rank_of(h.note)
                if rank:
                    doc.facts.append(Fact(debt_raw=debt, fiscal_year=rank[0], fiscal_year_raw=None, segment=seg,
                                          metric="rank", basis="actual", value=rank[1], unit="count",
                                          raw=f"{rank[1]}位", page=page))

    def _items(self, cells: list[Cell], debts: list[str], label: str, year: int | None, doc: Document) -> None:
        lines = [ln for c in cells for ln in c.lines]
        pages = [c.page or 1 for c in cells for _ in c.lines]
        for it in tagged_items(lines):
            for debt in debts:
                doc.initiatives.append(Initiative(debt_raw=debt, fiscal_year=year, section=label, label=it.label,
                                                  text=it.text, status=it.status,  # type: ignore[arg-type]
                                                  page=pages[it.line]))

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

    def _effects(self, g: Grid, debt: str | None, doc: Document) -> None:
        cols = {c.col + k for c in g.cells if c.row <= 1 and EFFECT_HEAD.search(_squash(c.text))
                for k in range(c.colspan)}
        if not cols:
            return
        for c in g.cells:
            if c.col not in cols or c.row <= 1 and EFFECT_HEAD.search(_squash(c.text)):
                continue
            figures, bad = point_figures(c.lines)
            for f in figures:
                doc.facts.append(Fact(debt_raw=debt, fiscal_year=f.fiscal_year, fiscal_year_raw=f.fiscal_year_raw,
                                      segment=f.segment, metric=f.metric, basis="interim", as_of=f.as_of,  # type: ignore[arg-type]
                                      value=f.value, unit=f.unit, raw=f.raw, page=c.page or g.page))  # type: ignore[arg-type]
            for b in bad:
                self._warn(doc, c.page or g.page, "unparsed_cell", f"{debt or ''} の実績欄の数値を読み取れませんでした: {b}")

    @staticmethod
    def _warn(doc: Document, page: int, code: str, message: str) -> None:
        doc.warnings.append(DocWarning(page=page, code=code, message=message))


PARSER = KobetsuParser()
