"""Table-level checks on `Document.tables` (grids of cell text): 合計・計 rows against the rows they total,
and difference columns (差額, (A)−(B), 増減, 対前年比) against the columns they subtract.

Work is in printed units (every cell of a column shares the table's unit), so no unit note is needed.
Tables continued across pages (`Table.continued_from`) are joined first. Merged label cells are filled
down only when every label cell to their left is empty too (a rowspan), never across a new group.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from saiken.audit.corpus import AuditDoc
from saiken.audit.intervals import Printed, fmt_interval, interval_sum, parse_printed
from saiken.extract.records import Fact, Finding
from saiken.normalize.text import fold

if TYPE_CHECKING:
    from saiken.audit.context import AuditContext

_TOTAL = re.compile(r"^(?:合計|総計|総合計|計|小計|全体|[0-9]+区合計|全区合計|全市計)(?:[①-⑳]|\([A-Z0-9]\))?$")
_PART_EXCLUDE = re.compile(r"^[(（]?(?:うち|内|再掲)")
_DASH = re.compile(r"^[-－―ー‐─]$")
_DIFF = re.compile(r"差額|差引|差(?:[(（][^)）]*[)）])?$|増減|対前年|前年度?比|前年同月比|[(（]?[A-Z][)）]?[-−－ー][(（]?[A-Z][)）]?|[RHSＲＨ][0-9]+[-−－][RHSＲＨ][0-9]+")
_AB = re.compile(r"[(（]?([A-Z])[)）]?\s*[-−－ー]\s*[(（]?([A-Z])[)）]?")
_SPACES = re.compile(r"\s+")


def _clean(s: str) -> str:
    return _SPACES.sub("", s or "")


def is_total_label(s: str) -> bool:
    """True for 合計・計・小計・総計・24区合計 cells (spaces and ①/(A) markers ignored)."""
    return bool(_TOTAL.match(_clean(s).replace("（", "(").replace("）", ")")))


@dataclass
class TableView:
    """A (joined) table: header rows, body rows with their pages, numbers parsed once."""

    index: int
    header: list[list[str]]
    body: list[list[str]]
    pages: list[int]
    numbers: list[list[Printed | None]]

    @property
    def width(self) -> int:
        return max((len(r) for r in self.header + self.body), default=0)

    def column_headers(self) -> list[str]:
        """Each column's header rows joined, merged header cells filled rightward."""
        cols = [""] * self.width
        for row in self.header:
            last = ""
            for j in range(self.width):
                cell = _clean(row[j]) if j < len(row) else ""
                last = cell or last
                cols[j] += last
        return cols

    def bottom_headers(self) -> list[str]:
        """The last header row's cells (sub-labels such as 過年度・現年度), '' where none."""
        if not self.header:
            return [""] * self.width
        row = self.header[-1]
        return [_clean(row[j]) if j < len(row) else "" for j in range(self.width)]


def _is_number_cell(cell: str) -> bool:
    return parse_printed(cell) is not None


def _views(doc: AuditDoc) -> list[TableView]:
    tables = doc.doc.tables
    chains: list[list[int]] = []
    follows = {t.continued_from: i for i, t in enumerate(tables) if t.continued_from is not None}
    for i, t in enumerate(tables):
        if t.continued_from is None or not 0 <= t.continued_from < len(tables):
            chain = [i]
            while chain[-1] in follows and follows[chain[-1]] not in chain:
                chain.append(follows[chain[-1]])
            chains.append(chain)
    views = []
    for chain in chains:
        rows: list[list[str]] = []
        pages: list[int] = []
        for i in chain:
            rows += tables[i].rows
            pages += row_pages(doc, i)
        views.append(_view(chain[0], rows, pages))
    return views


def row_pages(doc: AuditDoc, index: int) -> list[int]:
    """The page of each row of a table; a table stitched across pages (`Table.pages`) is followed page by page,
    a row going to the first page (not before the previous row's) whose text holds all its figures."""
    table = doc.doc.tables[index]
    spanned = sorted(set(table.pages or [])) or [table.page]
    if len(spanned) == 1:
        return [table.page] * len(table.rows)
    texts = {p: _compact(doc.page_text(p)) for p in spanned}
    out: list[int] = []
    current = spanned[0]
    for row in table.rows:
        figures = [_compact(c) for c in row if parse_printed(c) is not None]
        hits = [p for p in spanned if p >= current and figures and all(f in texts[p] for f in figures)]
        current = hits[0] if hits else current
        out.append(current)
    return out


def _compact(s: str) -> str:
    return _SPACES.sub("", fold(s or ""))


def _view(index: int, rows: list[list[str]], pages: list[int]) -> TableView:
    first = next((k for k, r in enumerate(rows) if sum(_is_number_cell(c) for c in r) >= 1), len(rows))
    header, body, bpages = rows[:first], [list(r) for r in rows[first:]], pages[first:]
    width = max((len(r) for r in rows), default=0)
    for r in body:
        r += [""] * (width - len(r))
    lead = 0  # label columns before the first numeric column
    while lead < width and not any(_is_number_cell(r[lead]) for r in body):
        lead += 1
    prev: list[str] = [""] * lead
    for r in body:
        for j in range(lead):
            if r[j].strip() == "" and all(r[k].strip() == "" for k in range(j)) and j < len(prev):
                r[j] = prev[j]
        prev = r[:lead]
    numbers = [[parse_printed(c) for c in r] for r in body]
    return TableView(index, header, body, bpages, numbers)


def _cell_fact(view: TableView, row: int, col: int, metric: str) -> Fact:
    """A stand-in fact for a table cell, so findings carry the printed value and its page."""
    p = view.numbers[row][col]
    assert p is not None
    return Fact(metric=metric, value=float(p.value), unit="count", raw=view.body[row][col].strip(),
                page=view.pages[row], table=view.index)


def _labels(view: TableView, row: int) -> dict[int, str]:
    return {j: _clean(c) for j, c in enumerate(view.body[row]) if _clean(c) and view.numbers[row][j] is None}


def _block(view: TableView, t: int, col: int, sub: dict[int, str]) -> list[int]:
    """Rows the total in label column `col` of row t totals: rows with the same labels `sub` and no total word
    in `col`, up to the previous row with the same total word there (else downward)."""
    word = _labels(view, t)[col]

    def matches(k: int) -> bool:
        lab = _labels(view, k)
        return all(lab.get(j) == v for j, v in sub.items())

    def walk(rng: range) -> list[int]:
        parts = []
        for k in rng:
            lab = _labels(view, k)
            if not matches(k):
                continue
            if is_total_label(lab.get(col, "")):
                if lab[col] == word:
                    break
                continue
            if not any(_PART_EXCLUDE.match(v) for v in lab.values()):
                parts.append(k)
        return parts

    return walk(range(t - 1, -1, -1)) or walk(range(t + 1, len(view.body)))


def _is_rate_column(view: TableView, col: int, headers: list[str]) -> bool:
    """A column of rates or of rate differences (率, %, ポイント): never additive."""
    return ("率" in headers[col] or "ポイント" in headers[col]
            or any("%" in r[col] or "％" in r[col] for r in view.body))


def _is_non_additive(view: TableView, col: int, headers: list[str]) -> bool:
    """A rate column, or a difference column (対前年同月比(A)-(B)) whose operands are rate columns."""
    if _is_rate_column(view, col, headers):
        return True
    if not _DIFF.search(headers[col]):
        return False
    diff_cols = {c for c, h in enumerate(headers) if _DIFF.search(h)}
    return any(_is_rate_column(view, a, headers) or _is_rate_column(view, b, headers)
               for a, b, _ in _diff_operands(view, col, headers, diff_cols))


def _is_rate_row(view: TableView, rows: list[int]) -> bool:
    """True when a label of any of the rows names a rate (収納率（％） rows of a 計 block are not additive)."""
    return any("率" in v or "ポイント" in v for k in rows for v in _labels(view, k).values())


def _not_a_sum(total: Printed, vals: list[Printed]) -> bool:
    """A total below its largest non-negative part is an average or a rate (a table printed in %), not a sum."""
    return total.value >= 0 and all(v.value >= 0 for v in vals) and total.interval().hi < max(v.value for v in vals)


def table_sum_findings(ctx: AuditContext, doc: AuditDoc, rule: str) -> list[Finding]:
    """合計・計 rows whose printed figure no sum of the rows above (or below) reaches.

    A row with two total labels (合計 … 計: the grand total of a table of debts by segment) is checked both ways:
    against the 合計 rows of each segment, and against every debt's 計 row."""
    out: list[Finding] = []
    for view in _views(doc):
        headers = view.column_headers()
        for t in range(len(view.body)):
            lab = _labels(view, t)
            total_cols = [j for j, v in lab.items() if is_total_label(v)]
            for c in total_cols:
                sub = {j: v for j, v in lab.items() if j != c}
                parts = _block(view, t, c, sub)
                if len(parts) >= 2:
                    out.extend(_sum_row(ctx, doc, rule, view, headers, t, parts, lab[c], sub))
    return out


def _sum_row(ctx: AuditContext, doc: AuditDoc, rule: str, view: TableView, headers: list[str], t: int,
             parts: list[int], word: str, sub: dict[int, str]) -> list[Finding]:
    """One finding per numeric cell of total row t that no sum of the part rows' cells reaches."""
    out: list[Finding] = []
    if _is_rate_row(view, [t] + parts):
        return out
    for col, total in enumerate(view.numbers[t]):
        if total is None or "%" in view.body[t][col] or "％" in view.body[t][col]:
            continue
        vals = _column_values(view, parts, col)
        if vals is None or _is_non_additive(view, col, headers) or _not_a_sum(total, vals):
            continue
        s = interval_sum([v.interval() for v in vals])
        if s.overlaps(total.interval()):
            continue
        name = word if not sub else "・".join(sub.values()) + "の" + word
        out.append(ctx.finding(
            rule, doc, [_cell_fact(view, t, col, "table_total")],
            f"表の「{name}」の値（{view.body[t][col].strip()}、{headers[col] or f'{col + 1}列目'}）が"
            f"{len(vals)}行の合計と一致しません", printed=view.body[t][col].strip(),
            expected=fmt_interval(s, _decimals(total))))
    return out


def _decimals(p: Printed) -> int:
    d, step = 0, p.step
    while step < 1:
        step *= 10
        d += 1
    return d


def _column_values(view: TableView, rows: list[int], col: int) -> list[Printed] | None:
    vals = []
    for k in rows:
        p = view.numbers[k][col]
        cell = _clean(view.body[k][col])
        if p is None:
            if cell and not _DASH.match(cell):
                return None
            continue
        vals.append(p)
    return vals if len(vals) >= 2 else None


def _diff_operands(view: TableView, d: int, headers: list[str], diff_cols: set[int]) -> list[tuple[int, int, bool]]:
    """(a, b, signed) column pairs a printed difference column may be a − b of."""
    bottom = view.bottom_headers()
    numeric = [c for c in range(d) if c not in diff_cols and any(r[c] is not None for r in view.numbers)]
    m = _AB.search(headers[d])
    if m:
        a = [c for c in numeric if f"({m.group(1)})" in headers[c].replace("（", "(").replace("）", ")")]
        b = [c for c in numeric if f"({m.group(2)})" in headers[c].replace("（", "(").replace("）", ")")]
        if bottom[d]:
            a = [c for c in a if bottom[c] == bottom[d]] or a
            b = [c for c in b if bottom[c] == bottom[d]] or b
        if a and b:
            return [(a[-1], b[-1], True)]
    same = [c for c in numeric if bottom[d] and bottom[c] == bottom[d]]
    pair = same[-2:] if len(same) >= 2 else numeric[-2:]
    if len(pair) != 2 or _is_rate_column(view, pair[0], headers) != _is_rate_column(view, pair[1], headers):
        return []  # 収入未済額 and 収納率 side by side: not two values of one quantity
    if "ポイント" in headers[d] and not _is_rate_column(view, pair[0], headers):
        return []
    return [(pair[0], pair[1], False)]


def table_diff_findings(ctx: AuditContext, doc: AuditDoc, rule: str) -> list[Finding]:
    """Difference columns whose printed value no difference of their operand columns reaches."""
    out: list[Finding] = []
    for view in _views(doc):
        headers = view.column_headers()
        diff_cols = {c for c, h in enumerate(headers) if _DIFF.search(h)}
        for d in sorted(diff_cols):
            for a, b, signed in _diff_operands(view, d, headers, diff_cols):
                out.extend(_diff_rows(ctx, doc, rule, view, headers, d, a, b, signed))
    return out


def _diff_rows(ctx: AuditContext, doc: AuditDoc, rule: str, view: TableView, headers: list[str],
               d: int, a: int, b: int, signed: bool) -> list[Finding]:
    out = []
    for k, row in enumerate(view.numbers):
        pd, pa, pb = row[d], row[a], row[b]
        if pd is None or pa is None or pb is None:
            continue
        if not _same_scale(view.body[k][d], headers[d], view.body[k][a], view.body[k][b]):
            continue  # a ratio column (前年度比 105%), not a difference
        want = pd.interval()
        options = [pa.interval() - pb.interval()] + ([] if signed else [pb.interval() - pa.interval()])
        if any(o.overlaps(want) for o in options):
            continue
        best = min(options, key=lambda o: o.distance(want))
        out.append(ctx.finding(
            rule, doc, [_cell_fact(view, k, d, "difference")],
            f"差の列「{headers[d]}」の値（{view.body[k][d].strip()}）が「{headers[a] or a + 1}」"
            f"（{view.body[k][a].strip()}）と「{headers[b] or b + 1}」（{view.body[k][b].strip()}）の差と一致しません",
            printed=view.body[k][d].strip(), expected=fmt_interval(best, _decimals(pd))))
    return out


def _is_pct(cell: str) -> bool:
    return "%" in cell or "％" in cell or "ポイント" in cell


def _same_scale(diff: str, header: str, a: str, b: str) -> bool:
    """True when a difference cell can be a − b: both in %/points, or both plain; a plain cell under a 差・増減
    header (not 比) or a (ポイント) header is the points difference of two % cells."""
    if _is_pct(diff) == (_is_pct(a) or _is_pct(b)):
        return True
    points_header = "ポイント" in header or ("比" not in header and ("差" in header or "増減" in header))
    return not _is_pct(diff) and _is_pct(a) and _is_pct(b) and points_header
