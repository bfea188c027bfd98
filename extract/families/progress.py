"""Mid-year progress sheets (大阪市 type: 後半の取組 / 具体取組内容の取組状況): kind `progress_report`.

What is read, always by label and layout (see docs/progress.md):
- debts from '債権名 … 整理番号 … 【所管】' lines or '債権名 | name' header cells; a figure or item belongs to the
  last debt named above it (several debts per page), else to the previous page's last debt;
- the fiscal year from the page title's 和暦 (令和２年度後半の取組について, 平成３０年度…, 令和４年２月末), else the
  document's first year;
- rate lines (10月末徴収率 / 決算見込徴収率 / 目標徴収率 with the bracketed 前年度 value) → collection_rate facts,
  segment from the nearest 過年度分 / 現年度分 / 合計 label (progress_facts.segment_at), total without labels;
  rates printed as a table → progress_rates.py;
- ward tables (区役所で徴収事務を行っている債権の状況) → one fact per ward and column, `area` = ward (progress_wards.py);
- 市債権回収対策室 tables → handover / goal / result / progress facts;
- items under 主な取り組み, 取組内容, 取組状況, 進捗状況 headings (also vertical label cells) → initiatives; a list
  without a heading at the top of a page continues the previous page's; segments printed side by side as free
  text are read column by column (progress_columns.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from saiken.extract.families.progress_columns import column_bands
from saiken.extract.families.progress_facts import (MONTH, RATE, month_end, office_facts, office_header, rate_facts,
                                             segment_anchors, segment_over, title_month)
from saiken.extract.families.progress_rates import rate_tables
from saiken.extract.families.progress_text import (ItemSplitter, TextLine, region_lines, section_label, segment_label,
                                            squash, strip_tags)
from saiken.extract.families.progress_wards import ward_facts, ward_rows
from saiken.extract.layout import BBox, Grid, Line, Page
from saiken.extract.pdf import stitch
from saiken.extract.records import Document, DocWarning, Initiative, Kind
from saiken.normalize.errors import NormalizeError
from saiken.normalize.wareki import fiscal_year, parse_date

DEBT_LABEL = r"債権(?:の)?名(?:称)?"
DEBT_LINE = re.compile(rf"{DEBT_LABEL}\s*[:：]?\s*(?P<debt>[^:：\s].*?)\s*(?:整理番号|番号|所管|担当|【|$)")
DEPT_NOTE = re.compile(r"\s*[(（][^()（）]*(?:課|局|部|室|係|所|センター)[)）]\s*$")
ERA_YEAR = r"(?:令和|平成|R|H)\s*[0-9元一二三四五六七八九十]+\s*"
FY_TITLE = re.compile(rf"{ERA_YEAR}年度|(?<!\d)(?:19|20)\d\d\s*年度")
MONTH_TITLE = re.compile(rf"{ERA_YEAR}年\s*\d{{1,2}}\s*月")
AS_OF = re.compile(r"(令和|平成|R|H)\s*[0-9元]+\s*年\s*\d{1,2}\s*月末(現在)?")
MONTH_AS_OF = re.compile(r"\d{1,2}\s*月末\s*現在")
CITY = re.compile(r"(?:^|\s)([^\s0-9、。・()（）]{1,5}?[市町村])(?=債権|未収|資料|\s|$)")
SIGNALS = (
    (re.compile(r"(後半|下半期|年度末に向けた|年度後半)の(債権回収の)?取り?組"), 0.3),
    (re.compile(r"\d{1,2}月末(現在|時点)?の?(徴収率|収納率|収入率)"), 0.25),
    (re.compile(r"決算見込み?の?(徴収率|収納率|収入率)"), 0.15),
    (re.compile(r"目標(徴収率|収納率|収入率)"), 0.1),
    (re.compile(r"区役所で徴収事務"), 0.15),
    (re.compile(r"具体取組内容|取組状況|進捗状況"), 0.1),
)


@dataclass
class _Ctx:
    """What the parse carries from page to page: the current debt and the document's fiscal year."""

    debt: str | None = None
    fy: int | None = None
    fy_raw: str | None = None


@dataclass
class _Flow:
    """The item list being read, carried over a page break when the next page does not start a new sheet."""

    section: str | None = None
    split: ItemSplitter = field(default_factory=ItemSplitter)
    debt: str | None = None
    fy: int | None = None
    body_size: float = 0.0  # the document's usual type size: a free line in larger type is a heading

    def take(self) -> list[Initiative]:
        """The items completed so far, as records (tags removed from the text: the status holds them)."""
        items, self.split.items = self.split.items, []
        return [Initiative(debt_raw=self.debt, fiscal_year=self.fy, section=(self.section or "") + (it.group or ""),
                           label=it.label, text=strip_tags(it.text), status=it.status,  # type: ignore[arg-type]
                           page=it.page) for it in items]

    def close(self) -> list[Initiative]:
        """End the list: the open item is completed and the section closed."""
        self.split.flush()
        out = self.take()
        self.section, self.split.group = None, None
        return out


NUMERIC = re.compile(r"^[△▲\-+]?[\d,.]+\s*[%％]?$")


def figure_grid(g: Grid) -> bool:
    """True for a table of figures (ward table, 回収対策室 table, any grid mostly of numbers): not item text."""
    if ward_rows(g) or office_header(g) is not None:
        return True
    texts = [squash(c.text) for c in g.cells if c.text.strip()]
    nums = sum(1 for t in texts if NUMERIC.match(t))
    return nums >= 6 and nums >= 0.4 * len(texts)


def _in_any(box: tuple[float, float, float, float], grids: list[Grid]) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(g.bbox[0] <= cx <= g.bbox[2] and g.bbox[1] <= cy <= g.bbox[3] for g in grids)


def _cell_debt(g: Grid) -> str | None:
    """The debt of a header grid printing '債権名' in one cell and the name in the next, else None."""
    rows = g.rows()
    for r, row in enumerate(rows):
        for c, t in enumerate(row[:-1]):
            if re.fullmatch(rf"{DEBT_LABEL}[:：]?", squash(t)):
                name = next((v for v in row[c + 1:] if v.strip()), "")
                return _debt_name(name) or None
    return None


def _debt_name(printed: str) -> str:
    """The debt as printed on a 債権名 line, without a trailing bracketed department ('（保険年金課）')."""
    return DEPT_NOTE.sub("", printed.strip()) or printed.strip()


def debt_marks(page: Page) -> list[tuple[float, str]]:
    """(top, debt) of every '債権名 …' line of the page and of every '債権名 | name' header grid (never inside a
    figure table, whose 債権名 column lists several), top to bottom."""
    wide = [g for g in page.grids if g.ncols > 3]
    out = []
    for ln in page.lines:
        if _in_any(ln.bbox, wide):
            continue
        m = DEBT_LINE.search(ln.text)
        if m and m.group("debt").strip():
            out.append((ln.bbox[1], _debt_name(m.group("debt"))))
    for g in wide:
        if not ward_rows(g) and office_header(g) is None and (name := _cell_debt(g)):
            out.append((g.bbox[1], name))
    return sorted(out, key=lambda m: m[0])


def page_debt(page: Page) -> str | None:
    """The first debt named on the page (see debt_marks), else None."""
    marks = debt_marks(page)
    return marks[0][1] if marks else None


def debt_at(marks: list[tuple[float, str]], y: float, default: str | None) -> str | None:
    """The debt governing a figure at height `y`: the last debt named above it, else `default`."""
    above = [name for top, name in marks if top <= y + 1]
    return above[-1] if above else default


def page_year(page: Page) -> tuple[int, str] | None:
    """The fiscal year of the page's first title-like line (outside tables, not a sentence) with a 年度
    expression, else of a '令和4年2月末' date there (January–March belong to the year before), else None."""
    titles = [ln.text for ln in page.lines[:10] if not _in_any(ln.bbox, page.grids)
              and "。" not in ln.text and len(squash(ln.text)) <= 60]
    return title_year(titles)


def title_year(titles: list[str]) -> tuple[int, str] | None:
    """(fiscal year, printed text) of the first title with a 年度 expression, else of the first with a
    '令和4年2月末' date (January–March belong to the year before), else None."""
    for pat in (FY_TITLE, MONTH_TITLE):
        for text in titles:
            m = pat.search(text)
            if m:
                try:
                    return fiscal_year(m.group(0)), m.group(0)
                except NormalizeError:
                    continue
    return None


class ProgressParser:
    """The family parser for 大阪市-type progress sheets."""

    name = "progress"
    kind: Kind = "progress_report"

    def score(self, pages: list[Page]) -> float:
        """0..1 from the family's labels: 後半の取組, 10月末徴収率, 決算見込徴収率, 区役所で徴収事務, 取組状況."""
        text = squash("\n".join(p.text for p in pages))
        return min(1.0, sum(w for pat, w in SIGNALS if pat.search(text)))

    def parse(self, pages: list[Page], doc: Document) -> None:
        """Fill facts, initiatives, warnings and the document fields from the pages."""
        ctx = _Ctx()
        self._document_info(pages, doc, ctx)
        self._tables(pages, doc, ctx)
        sizes = [ln.size for p in pages for ln in p.lines_outside_grids() if ln.size]
        flow = _Flow(body_size=median(sizes) if sizes else 0.0)
        for p in pages:
            yr = page_year(p)
            fy, fy_raw = (yr if yr else (ctx.fy, ctx.fy_raw))
            marks = debt_marks(p)
            carried = ctx.debt
            skip: list[tuple[float, float, float, float]] = []
            if fy is not None:
                anchors = segment_anchors(p)
                table_facts, skip = rate_tables(self._plain_grids(p), lambda y: debt_at(marks, y, carried), fy,
                                                fy_raw or "",
                                                lambda box: segment_over(anchors, box) if anchors else "total")
                doc.facts += table_facts + rate_facts(p, lambda y: debt_at(marks, y, carried), fy, fy_raw or "", skip)
            if yr:  # a new sheet: what the previous page left open ends there
                doc.initiatives += flow.close()
            doc.initiatives += self._initiatives(p, fy, flow, skip, marks)
            ctx.debt = marks[-1][1] if marks else ctx.debt
        doc.initiatives += flow.close()
        for p in pages:
            doc.warnings += [DocWarning(page=p.number, code=c, message=m) for c, m in p.warnings
                             if not any(w.page == p.number and w.code == c for w in doc.warnings)]

    @staticmethod
    def _plain_grids(page: Page) -> list[Grid]:
        """The page's grids that are neither ward tables nor 回収対策室 tables."""
        return [g for g in page.grids if not ward_rows(g) and office_header(g) is None]

    def _document_info(self, pages: list[Page], doc: Document, ctx: _Ctx) -> None:
        info = doc.document
        first = pages[0] if pages else None
        if first and first.lines:
            body = [ln.text for ln in first.lines if not _in_any(ln.bbox, first.grids)] or [first.lines[0].text]
            sheet = [t for t in first.running_text().splitlines() if re.search(r"取り?組|状況", t)]
            info.title = next((t for t in body + sheet if FY_TITLE.search(t) and "債権名" not in t), body[0])
        # the body's first titled year; else the running header's (a sheet title repeated at the same place on
        # every page is taken for a running header and removed from the body)
        yr = next((y for p in pages if (y := page_year(p))), None) or \
            next((y for p in pages if (y := title_year(p.running_text().splitlines()))), None)
        if yr:
            ctx.fy, ctx.fy_raw = yr
        text = "\n".join(p.text for p in pages)
        m = next((a for a in AS_OF.finditer(text) if a.group(2)), None) or AS_OF.search(text)
        if m:
            try:
                d = parse_date(m.group(0))
                info.date_raw = m.group(0)
                mo = MONTH.search(m.group(0))
                info.date = d.iso or (month_end(fiscal_year(m.group(0)), int(mo.group(1))) if mo else None)
            except NormalizeError:
                doc.warnings.append(DocWarning(page=None, code="unparsed_date",
                                               message=f"日付を読み取れません: '{m.group(0)}'"))
        else:
            mm = MONTH_AS_OF.search(text)
            month = MONTH.search(squash(mm.group(0))) if mm else None
            if mm and month and ctx.fy is not None:  # '（12月末現在）' with the year from the title
                info.date_raw = squash(mm.group(0))
                info.date = month_end(ctx.fy, int(month.group(1)))
        running = "\n".join(p.running_text() for p in pages)  # 大阪市 sheets name the city in the running header only
        c = CITY.search(text) or CITY.search(running)
        info.municipality = c.group(1) if c else None

    def _tables(self, pages: list[Page], doc: Document, ctx: _Ctx) -> None:
        """Facts of the ward and 回収対策室 tables (stitched across pages)."""
        by_number = {p.number: p for p in pages}
        debt: str | None = None
        for index, g in enumerate(stitch(pages)):  # index = the table's place in Document.tables
            page = by_number[g.page]
            debt = page_debt(page) or debt
            yr = page_year(page)
            fy = yr[0] if yr else ctx.fy
            if ward_rows(g):
                facts = ward_facts(g, self._table_debt(page, g) or debt, title_month(page, g.bbox), doc.warnings, fy)
                doc.facts += [f.model_copy(update={"table": index}) for f in facts]
            elif office_header(g) is not None and fy is not None:
                doc.facts += office_facts(g, fy, title_month(page, g.bbox), doc.warnings)

    @staticmethod
    def _table_debt(page: Page, g: Grid) -> str | None:
        """The debt printed above a table ('債権名： 国民健康保険料'), else None."""
        for ln in reversed([ln for ln in page.lines if ln.bbox[3] <= g.bbox[1] + 1]):
            m = DEBT_LINE.search(ln.text)
            if m and m.group("debt").strip():
                return _debt_name(m.group("debt"))
        return None

    def _initiatives(self, page: Page, fy: int | None, flow: _Flow, skip: list[tuple[float, float, float, float]],
                     marks: list[tuple[float, str]]) -> list[Initiative]:
        """Items under the page's section headings, region by region in reading order (figure tables skipped).
        A 債権名 line, a figure table or a larger-type heading ends the list; an item list without a heading
        continues the previous page's."""
        def big(ln: Line) -> bool:
            return bool(flow.body_size) and ln.size >= 1.1 * flow.body_size and not section_label(ln.text)

        free = page.lines_outside_grids()
        bands = column_bands(free, page.grids, page.width, stop=lambda ln: big(ln) or bool(DEBT_LINE.search(ln.text)))
        regions: list[tuple[tuple[float, int, float, float], str, list[TextLine]]] = []  # kind: cell / line / stop

        def add(box: BBox, kind: str, lines: list[TextLine]) -> None:
            """Queue a region in reading order: inside a column band, column by column; a region that crosses a
            gutter (a rate table across both blocks) is read where it starts, before the columns to its right."""
            band = next((b for b in bands if b.holds((box[1] + box[3]) / 2)), None)
            first = band.top if band else box[1]
            col = band.column(box[0] + 1 if band.crosses(box) else (box[0] + box[2]) / 2) if band else 0
            regions.append(((first, col, box[1], box[0]), kind, lines))

        for g in page.grids:
            if g.bbox in skip or figure_grid(g):
                add(g.bbox, "stop", [])
                continue
            for c in g.cells:
                add(c.bbox, "cell", region_lines(page, c.bbox))
        for ln in free:
            band = next((b for b in bands if b.holds((ln.bbox[1] + ln.bbox[3]) / 2)), None)
            if band is None or big(ln):
                add(ln.bbox, "stop" if big(ln) else "line", [TextLine(ln.text, ln.bbox)])
                continue
            for piece in band.pieces(ln):
                add(piece.bbox, "line", [piece])
        regions.sort(key=lambda r: r[0])
        pending = list(marks)
        flow.fy = fy
        split = flow.split
        out: list[Initiative] = []
        for (_, _, top, _), kind, lines in regions:
            while pending and pending[0][0] <= top + 1:  # a new debt: the previous one's list ends
                out += flow.close()
                flow.debt = pending.pop(0)[1]
            if kind == "stop":  # a figure table or a heading in larger type
                out += flow.close()
                continue
            in_cell = kind == "cell"
            if in_cell:
                split.flush()
            whole = "".join(ln.text for ln in lines)
            if in_cell and segment_label(whole):  # a (wrapped) 過年度分 / 現年分 label cell
                continue
            if section_label(whole):
                split.flush()
                flow.section, split.group = section_label(whole), None
                continue
            for ln in lines:
                if section_label(ln.text):
                    split.flush()
                    flow.section, split.group = section_label(ln.text), None
                elif flow.section and not self._skip(ln.text):
                    split.feed(ln, page.number)
            if in_cell:
                split.flush()
            out += flow.take()
        return out

    @staticmethod
    def _skip(text: str) -> bool:
        """Lines that are not item text: segment labels, rate lines, 債権名 lines."""
        return bool(segment_label(text) or RATE.search(text) or DEBT_LINE.search(text)
                    or all(segment_label(w) for w in text.split()))


PARSER = ProgressParser()
