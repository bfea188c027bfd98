"""A small layout helper over openpyxl worksheets, as office staff build forms in Excel.

`SheetWriter` places text in cells (merged when spanning), applies borders, wrapping and fonts, and sets
explicit row heights from an estimate of the wrapped line count: LibreOffice does not grow rows for
wrapped text in merged cells, so without heights the text would be clipped.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break, RowBreak
from openpyxl.worksheet.worksheet import Worksheet

FONT = "IPAexGothic"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CHARS_PER_UNIT = 0.75  # full-width characters per column-width unit at 9 pt (measured with LibreOffice)


def text_width(text: str) -> float:
    """Width of a line in full-width characters (half-width characters count one half)."""
    return sum(0.5 if unicodedata.east_asian_width(c) in "NaH" else 1.0 for c in text)


def line_count(text: str, width_units: float, size: float) -> int:
    """How many lines `text` wraps into in a cell `width_units` wide at font `size`."""
    cap = max(1.0, width_units * CHARS_PER_UNIT * 9.0 / size - 1.0)
    return sum(max(1, math.ceil(text_width(part) / cap)) for part in text.split("\n"))


@dataclass
class SheetWriter:
    """Writes a form into one worksheet; `heights` collects the height each row needs."""

    ws: Worksheet
    widths: list[float]
    size: float = 9.0
    heights: dict[int, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for i, w in enumerate(self.widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w

    def put(self, row: int, col: int, text: str, rowspan: int = 1, colspan: int = 1, *, border: bool = True,
            bold: bool = False, size: float | None = None, align: str = "left", valign: str = "top") -> None:
        """Write `text` at (row, col) (1-based), merging rowspan x colspan cells, and record the row height it needs."""
        size = size or self.size
        cell = self.ws.cell(row=row, column=col, value=text)
        cell.font = Font(name=FONT, size=size, bold=bold)
        cell.alignment = Alignment(wrap_text=True, horizontal=align, vertical=valign)
        if rowspan > 1 or colspan > 1:
            self.ws.merge_cells(start_row=row, start_column=col, end_row=row + rowspan - 1,
                                end_column=col + colspan - 1)
        if border:
            for r in range(row, row + rowspan):
                for c in range(col, col + colspan):
                    self.ws.cell(row=r, column=c).border = BOX
        width = sum(self.widths[col - 1:col - 1 + colspan])
        need = line_count(text, width, size) * size * 1.45 + 5
        per_row = need / rowspan
        for r in range(row, row + rowspan):
            self.heights[r] = max(self.heights.get(r, 0.0), per_row)

    def blank(self, row: int, height: float = 8.0) -> None:
        """Reserve an empty spacer row."""
        self.heights[row] = max(self.heights.get(row, 0.0), height)

    def finish(self, landscape: bool, header_right: str = "", one_page: bool = True,
               title_rows: str | None = None, breaks: tuple[int, ...] = ()) -> None:
        """Apply row heights and the page setup: A4, margins, running header and the page-number footer."""
        for r, h in self.heights.items():
            self.ws.row_dimensions[r].height = round(h, 1)
        ps = self.ws.page_setup
        ps.paperSize = self.ws.PAPERSIZE_A4
        ps.orientation = "landscape" if landscape else "portrait"
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth = 1
        ps.fitToHeight = 1 if one_page else 0
        m = self.ws.page_margins
        m.left = m.right = 0.5
        m.top = m.bottom = 0.7
        m.header = m.footer = 0.3
        if header_right:
            self.ws.oddHeader.right.text = header_right
            self.ws.oddHeader.right.size = 10
        self.ws.oddFooter.center.text = "- &P -"
        if title_rows:
            self.ws.print_title_rows = title_rows
        if breaks:
            rb = RowBreak()
            for b in breaks:
                rb.append(Break(id=b))
            self.ws.row_breaks = rb
        self.ws.print_options.horizontalCentered = True
