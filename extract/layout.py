"""The page model every family parser reads: words, lines and ruled tables with coordinates.

`load_pages(path)` (in extract/pdf.py) opens a PDF once and returns one `Page` per page.
Coordinates are PDF points, origin top-left (PyMuPDF's convention), y grows downwards.

Text in `Word.text`, `Line.text`, `Cell.text` is *folded* (saiken.normalize.text.fold: full-width digits and
letters to ASCII, Kangxi radicals to unified ideographs, whitespace squeezed, ①〜⑳ 〜 △ ▲ ㈱ kept);
the printed text is kept in `raw`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

BBox = tuple[float, float, float, float]


def centre_inside(b: BBox, outer: BBox) -> bool:
    """True when the centre of box `b` lies in `outer` (1 pt of slack): a word, line or fact inside a table."""
    cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    return outer[0] - 1 <= cx <= outer[2] + 1 and outer[1] - 1 <= cy <= outer[3] + 1


@dataclass(slots=True)
class Word:
    """A run of characters on one line, as PyMuPDF returns it (Japanese: usually a phrase)."""

    text: str
    raw: str
    bbox: BBox
    size: float = 0.0
    vertical: bool = False
    confidence: float | None = None  # OCR'd words only (extract/ocr.py): the engine's confidence, 0..1


@dataclass(slots=True)
class Line:
    """Words on one visual line, left to right; `text` joins them with a space where there is a gap."""

    text: str
    raw: str
    bbox: BBox
    words: list[Word] = field(default_factory=list)
    size: float = 0.0


@dataclass(slots=True)
class Cell:
    """One cell of a ruled table; a merged cell has rowspan/colspan > 1 and lives at its top-left."""

    row: int
    col: int
    text: str
    raw: str
    bbox: BBox
    rowspan: int = 1
    colspan: int = 1
    lines: list[str] = field(default_factory=list)  # the cell's folded text line by line
    page: int = 0  # 1-based page the cell is printed on (differs within a table stitched across pages)


@dataclass(slots=True)
class Grid:
    """A ruled table on one page (or stitched across pages: `pages`)."""

    page: int
    bbox: BBox
    nrows: int
    ncols: int
    cells: list[Cell]
    pages: list[int] = field(default_factory=list)
    continued_from: int | None = None

    def rows(self, raw: bool = False) -> list[list[str]]:
        """The grid as rows of cell text; a merged cell's text sits at its top-left, covered slots are ''."""
        out = [["" for _ in range(self.ncols)] for _ in range(self.nrows)]
        for c in self.cells:
            out[c.row][c.col] = c.raw if raw else c.text
        return out

    def cell(self, row: int, col: int) -> Cell | None:
        """The cell covering (row, col), merged cells included; None outside the grid."""
        for c in self.cells:
            if c.row <= row < c.row + c.rowspan and c.col <= col < c.col + c.colspan:
                return c
        return None

    def filled_rows(self, raw: bool = False) -> list[list[str]]:
        """Rows where every covered slot repeats its merged cell's text (handy for header lookups)."""
        out = [["" for _ in range(self.ncols)] for _ in range(self.nrows)]
        for c in self.cells:
            for r in range(c.row, c.row + c.rowspan):
                for k in range(c.col, c.col + c.colspan):
                    out[r][k] = c.raw if raw else c.text
        return out


@dataclass(slots=True)
class Page:
    """One page: its lines in reading order (headers/footers removed), its tables and its warnings."""

    number: int  # 1-based
    width: float
    height: float
    lines: list[Line]
    grids: list[Grid]
    text: str
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message)
    running: list[Line] = field(default_factory=list)  # removed running headers/footers and page numbers
    ocr: list[Word] = field(default_factory=list)  # the words OCR read on a scanned page, with confidences
    views: dict = field(default_factory=dict, repr=False, compare=False)  # views read from the page once (blocks,
    # gutters, heading runs), kept by the readers that ask for them; the page itself never changes

    def running_text(self) -> str:
        """The removed running header/footer lines joined by newlines ('' when none): e.g. the issuing city."""
        return "\n".join(ln.text for ln in self.running)

    def lines_outside_grids(self) -> list[Line]:
        """Lines that do not lie inside any table on the page (prose, headings, notes)."""
        return [ln for ln in self.lines if not any(centre_inside(ln.bbox, g.bbox) for g in self.grids)]
