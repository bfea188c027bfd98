"""Build corpus/pdf/osaka_progress_r2_oct.pdf and corpus/gold/osaka_progress_r2_oct.json (大阪市 progress sheets).

    python corpus/build/progress.py

The sheets are laid out the way the city's offices make them: an .xlsx (openpyxl) with one sheet per debt
(landscape A4, merged cells, wrapped multi-line cells, the vertically written 取組状況 / 取組内容 labels as one
character per line in a narrow merged column), a ward-table sheet per debt that has one, and the
市債権回収対策室 sheet; LibreOffice converts it to PDF. The content comes from progress_data.py, which is also the
single source of the gold records written by progress_gold.py. Each gold page is checked against the built PDF.
"""
from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus.build import progress_data as D  # noqa: E402
from corpus.build.office import BUILD_OUT, to_pdf  # noqa: E402

STEM = "osaka_progress_r2_oct"
FONT = "IPAexGothic"
SIZE = 9.0
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
PAGE_W, PAGE_H = 842.0, 595.0  # A4 landscape, points
MARGIN_LR, MARGIN_TB = 0.4, 0.7  # inches


def col_points(width_units: float) -> float:
    """The printed width in points of a column of `width_units` (Excel units, as LibreOffice lays them out)."""
    return width_units * 7.05 + 1


def text_lines(text: str, width_pt: float, size: float = SIZE) -> int:
    """A generous estimate of the wrapped lines `text` needs in a cell `width_pt` wide."""
    usable = max(width_pt - 8, size) * 0.9
    n = 0
    for para in text.split("\n"):
        w = sum(size if ord(ch) > 0x2000 else size * 0.6 for ch in para)
        n += max(1, math.ceil(w / usable))
    return n


@dataclass
class SheetWriter:
    """Writes rows top to bottom on one worksheet, tracking page heights for the page breaks."""

    ws: Worksheet
    widths: list[float]  # column widths in Excel units, column A first
    row: int = 1
    page_heights: list[float] = field(default_factory=lambda: [0.0])

    def __post_init__(self) -> None:
        for i, w in enumerate(self.widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w

    def span_width(self, c0: int, c1: int) -> float:
        """Points between the left edge of column c0 and the right edge of column c1 (1-based, inclusive)."""
        return sum(col_points(w) for w in self.widths[c0 - 1:c1])

    def put(self, r0: int, c0: int, r1: int, c1: int, text: str, *, border: bool = True, bold: bool = False,
            size: float = SIZE, center: bool = False) -> None:
        """Write `text` into the merged range (r0,c0)-(r1,c1) with wrapping; draw its outline when `border`."""
        if (r0, c0) != (r1, c1):
            self.ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
        cell = self.ws.cell(row=r0, column=c0, value=text)
        cell.font = Font(name=FONT, size=size, bold=bold)
        cell.alignment = Alignment(wrap_text=True, vertical="center" if center else "top",
                                   horizontal="center" if center else "left")
        if border:
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    self.ws.cell(row=r, column=c).border = Border(
                        left=THIN if c == c0 else None, right=THIN if c == c1 else None,
                        top=THIN if r == r0 else None, bottom=THIN if r == r1 else None)

    def height(self, rows: int, total: float) -> None:
        """Give the next `rows` rows `total` points of height between them and advance."""
        for r in range(self.row, self.row + rows):
            self.ws.row_dimensions[r].height = round(total / rows, 1)
        self.row += rows
        self.page_heights[-1] += total

    def need(self, text: str, c0: int, c1: int, size: float = SIZE, pad: float = 6.0) -> float:
        """Points of height the wrapped `text` needs across columns c0..c1."""
        return text_lines(text, self.span_width(c0, c1), size) * size * 1.4 + pad

    def text_row(self, c0: int, c1: int, text: str, *, border: bool = True, bold: bool = False,
                 size: float = SIZE, rows: int = 1, center: bool = False, min_height: float = 0.0) -> None:
        """One (possibly multi-row) merged text cell across c0..c1 at the current row."""
        self.put(self.row, c0, self.row + rows - 1, c1, text, border=border, bold=bold, size=size, center=center)
        self.height(rows, max(min_height, self.need(text, c0, c1, size)))

    def gap(self, h: float = 6.0) -> None:
        """An empty spacer row."""
        self.height(1, h)

    def page_break(self) -> None:
        """Start a new printed page after the current row."""
        self.ws.row_breaks.append(Break(id=self.row - 1))
        self.page_heights.append(0.0)

    def finish(self, title: str) -> None:
        """Page setup: landscape A4, scale so every page fits, running header and page-number footer."""
        ws = self.ws
        ws.title = title
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        avail_w = PAGE_W - 2 * MARGIN_LR * 72
        avail_h = PAGE_H - 2 * MARGIN_TB * 72
        scale = min(1.0, avail_w / self.span_width(1, len(self.widths)), avail_h / max(self.page_heights))
        ws.page_setup.scale = max(10, int(scale * 100) - 2)
        ws.page_margins.left = ws.page_margins.right = MARGIN_LR
        ws.page_margins.top = ws.page_margins.bottom = MARGIN_TB
        ws.page_margins.header = ws.page_margins.footer = 0.3
        ws.oddHeader.right.text = D.RUNNING_HEADER
        ws.oddHeader.right.size = 8
        ws.oddFooter.center.text = "- &P -"
        ws.oddFooter.center.size = 9
        ws.print_options.horizontalCentered = True


VERTICAL_STATUS = "\n".join("取組状況") + "\n\n" + "\n".join("（10月末）")
VERTICAL_CONTENT = "\n".join(D.CONTENT_LABEL)
DEBT_COLS = [9.0] + [14.0] * 10  # A: labels; B..K: content
LAST = len(DEBT_COLS)
MID = 1 + (LAST - 1) // 2  # last column of the left half (side-by-side blocks)


def debt_line(s: D.Sheet, gap: str = "　") -> str:
    """The printed 債権名 line of a sheet."""
    return f"債権名　{s.debt}{gap}整理番号　{s.number}{gap}【{s.dept}】"


def items_text(items: list[str]) -> str:
    """Items as printed in one cell: a blank line between items."""
    return "\n\n".join(items)


def rates_text(block: D.Block) -> str:
    """The three rate lines of a segment block."""
    return "\n".join(r.line() for r in block.rates)


def write_plan_page_stacked(w: SheetWriter, s: D.Sheet, pages: list[str]) -> None:
    """The 後半の取組 page(s) with blocks one under the other; segment label in column A."""
    w.text_row(2, LAST, s.title, border=False, bold=True, size=12)
    w.text_row(2, LAST, debt_line(s), border=False)
    w.gap()
    for k, b in enumerate(s.blocks):
        if k and s.split_blocks:
            w.page_break()
            pages.append(f"{s.debt}:plan:{b.segment}")
        top = w.row
        w.text_row(2, LAST, rates_text(b))
        w.text_row(2, LAST, "●主な取り組み", bold=True)
        w.text_row(2, LAST, items_text(b.items), rows=3)
        w.put(top, 1, w.row - 1, 1, b.segment, center=True)
        if not s.split_blocks and k + 1 < len(s.blocks):
            w.gap()


def write_plan_page_side(w: SheetWriter, s: D.Sheet) -> None:
    """The 後半の取組 page with the two segment blocks side by side and the shared items below."""
    w.text_row(2, LAST, s.title, border=False, bold=True, size=12)
    w.text_row(2, LAST, debt_line(s), border=False)
    w.gap()
    left, right = s.blocks
    w.put(w.row, 2, w.row, MID, left.segment, center=True)
    w.put(w.row, MID + 1, w.row, LAST, right.segment, center=True)
    w.height(1, 16)
    texts = (rates_text(left), rates_text(right))
    w.put(w.row, 2, w.row, MID, texts[0])
    w.put(w.row, MID + 1, w.row, LAST, texts[1])
    w.height(1, max(w.need(texts[0], 2, MID), w.need(texts[1], MID + 1, LAST)))
    w.text_row(2, LAST, "●主な取り組み", bold=True)
    w.text_row(2, LAST, items_text(s.items), rows=3)


def write_status_page(w: SheetWriter, s: D.Sheet) -> None:
    """The 具体取組内容の取組状況 page: 取組内容 and 取組状況（10月末） rows with vertical labels."""
    w.text_row(2, LAST, D.STATUS_TITLE, border=False, bold=True, size=12)
    w.text_row(2, LAST, debt_line(s, s.status_number_gap), border=False)
    w.put(w.row, LAST - 1, w.row, LAST - 1, "過年度", center=True)
    w.put(w.row, LAST, w.row, LAST, "現年度", center=True)
    w.height(1, 16)
    w.gap()
    for label, items in ((VERTICAL_CONTENT, s.content), (VERTICAL_STATUS, s.status)):
        top = w.row
        text = items_text(items)
        need = max(w.need(text, 2, LAST), w.need(label, 1, 1))
        w.put(top, 2, top + 2, LAST, text)
        w.put(top, 1, top + 2, 1, label, center=True)
        w.height(3, need)


WARD_COLS = [16.0] + [15.0] * 6


def write_ward_sheet(w: SheetWriter, t: D.WardTable) -> None:
    """The 区役所で徴収事務を行っている債権の状況 table: 2 header rows, 24区合計 and 24 wards."""
    w.text_row(1, len(WARD_COLS), D.WARD_TITLE, border=False, bold=True, size=12)
    w.put(w.row, 1, w.row, 1, "債権名：", center=True)
    w.put(w.row, 2, w.row, 3, t.debt, center=True)
    w.height(1, 18)
    w.gap(10)
    heads = ["令和２年度\n10月末徴収率（A）", "令和元年度\n10月末徴収率（B）", "対前年同月比\n(A)－（B）"]
    w.put(w.row, 1, w.row + 1, 1, "", center=True)
    for k, h in enumerate(heads):
        w.put(w.row, 2 + 2 * k, w.row, 3 + 2 * k, h, center=True)
    w.height(1, 30)
    for k in range(3):
        w.put(w.row, 2 + 2 * k, w.row, 2 + 2 * k, "過年度", center=True)
        w.put(w.row, 3 + 2 * k, w.row, 3 + 2 * k, "現年度", center=True)
    w.height(1, 16)
    for ward, vals in t.rows:
        w.put(w.row, 1, w.row, 1, ward, center=True)
        for k, v in enumerate(vals):
            w.put(w.row, 2 + k, w.row, 2 + k, v, center=True)
        w.height(1, 15)


OFFICE_COLS = [13.0, 10.0, 26.0, 10.0, 11.0, 14.0, 13.0, 17.0]


def write_office_sheet(w: SheetWriter) -> None:
    """The 市債権回収対策室の徴収状況 page: two tables and the summary of both."""
    n = len(OFFICE_COLS)
    w.text_row(1, n, D.OFFICE_TITLE, border=False, bold=True, size=12)
    w.text_row(6, n, D.OFFICE_AS_OF, border=False)
    w.text_row(1, n, D.OFFICE_T1_TITLE, border=False, bold=True)
    for c, h in enumerate(D.OFFICE_T1_HEADER, start=1):
        w.put(w.row, c, w.row, c, h, center=True)
    w.height(1, 34)
    for row in D.OFFICE_T1_ROWS:
        for c, v in enumerate(row, start=1):
            w.put(w.row, c, w.row, c, v, center=True)
        w.height(1, 34)
    w.put(w.row, 1, w.row, 3, D.OFFICE_T1_TOTAL[0], center=True)
    for c, v in enumerate(D.OFFICE_T1_TOTAL[1:], start=4):
        w.put(w.row, c, w.row, c, v, center=True)
    w.height(1, 34)
    w.gap(14)
    w.text_row(1, n, D.OFFICE_T2_TITLE, border=False, bold=True)
    t2_cols = [(1, 1), (2, 2), (3, 3), (4, 5), (6, 6), (7, 7), (8, 8)]
    for (c0, c1), h in zip(t2_cols, D.OFFICE_T2_HEADER):
        w.put(w.row, c0, w.row, c1, h, center=True)
    w.height(1, 34)
    for row in D.OFFICE_T2_ROWS:
        for (c0, c1), v in zip(t2_cols, row):
            w.put(w.row, c0, w.row, c1, v, center=True)
        w.height(1, 34)
    for (c0, c1), v in zip([(1, 3)] + t2_cols[3:], D.OFFICE_T2_TOTAL):
        w.put(w.row, c0, w.row, c1, v, center=True)
    w.height(1, 34)
    w.gap(14)
    sum_cols = [(1, 3), (4, 5), (6, 7), (8, 8)]
    for (c0, c1), h in zip(sum_cols, D.OFFICE_SUMMARY_HEADER):
        w.put(w.row, c0, w.row, c1, h, center=True)
    w.height(1, 34)
    for (c0, c1), v in zip(sum_cols, D.OFFICE_SUMMARY_ROW):
        w.put(w.row, c0, w.row, c1, v, center=True)
    w.height(1, 34)


def build_workbook() -> tuple[Workbook, list[str]]:
    """The workbook and the page keys in print order (the gold's page numbers come from their positions)."""
    wb = Workbook()
    first = True
    pages: list[str] = []
    for s in D.SHEETS:
        ws = wb.active if first else wb.create_sheet()
        first = False
        w = SheetWriter(ws, DEBT_COLS)
        pages.append(f"{s.debt}:plan")
        if s.layout == "side":
            write_plan_page_side(w, s)
        else:
            write_plan_page_stacked(w, s, pages)
        w.page_break()
        pages.append(f"{s.debt}:status")
        write_status_page(w, s)
        w.finish(f"{s.number}{s.debt[:6]}")
        if s.ward:
            ww = SheetWriter(wb.create_sheet(), WARD_COLS)
            pages.append(f"{s.debt}:ward")
            write_ward_sheet(ww, s.ward)
            ww.finish(f"{s.number}区別")
    wo = SheetWriter(wb.create_sheet(), OFFICE_COLS)
    pages.append("office")
    write_office_sheet(wo)
    wo.finish("対策室")
    return wb, pages


def main() -> int:
    """Build the .xlsx, convert it, write the gold and check every gold page against the PDF."""
    from corpus.build import progress_gold

    wb, pages = build_workbook()
    xlsx = BUILD_OUT / f"{STEM}.xlsx"
    xlsx.parent.mkdir(parents=True, exist_ok=True)
    wb.save(xlsx)
    pdf = to_pdf(xlsx, ROOT / "corpus" / "pdf" / f"{STEM}.pdf", profile="progress")
    gold = progress_gold.gold_document(pdf, pages)
    problems = progress_gold.check_pages(pdf, gold)
    if problems:
        for p in problems[:30]:
            print(p, file=sys.stderr)
        print(f"{len(problems)} gold entries not found on their page", file=sys.stderr)
        return 1
    progress_gold.write(gold, ROOT / "corpus" / "gold" / f"{STEM}.json")
    print(f"{pdf}: {len(pages)} pages, {len(gold.facts)} facts, {len(gold.initiatives)} initiatives")
    return 0


if __name__ == "__main__":
    sys.exit(main())
