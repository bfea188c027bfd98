"""Open a PDF once and build the page model: lines, ruled tables, warnings; headers and footers removed.

PyMuPDF does all the parsing (text layer and drawings), one pass per page; pages are built and their
MuPDF objects released one at a time, so memory stays flat on long files. When PyMuPDF cannot map the
glyphs of a page (U+FFFD), pdfplumber (pdfminer) is tried for that page's text before giving up.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import product
from pathlib import Path

import pymupdf

from saiken.extract.chars import Char, CharStats, page_chars
from saiken.extract.errors import Corrupt, EmptyFile, Encrypted, MissingFile, NotPdf
from saiken.extract.frames import Frame, split_stacked_rows
from saiken.extract.grids import page_frames
from saiken.extract.layout import Cell, Grid, Page
from saiken.extract.lines import cell_lines, cell_text, make_lines
from saiken.extract.running import remove_running
from saiken.extract.stitching import stitch
from saiken.normalize.text import fold

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)

SHRINK_EVERY = 8  # pages between emptying MuPDF's object store (fonts, images): keeps memory flat on long files
CID = re.compile(r"\(cid:\d+\)")

__all__ = ["iter_pages", "load_pages", "open_pdf", "remove_running", "stitch"]


def open_pdf(path: Path) -> pymupdf.Document:
    """Open `path` as a PDF, raising the matching InputError for missing, empty, non-PDF, encrypted or broken files."""
    if not path.exists():
        raise MissingFile(path)
    if path.stat().st_size == 0:
        raise EmptyFile(path)
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise NotPdf(path)
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception:  # MuPDF raises plain RuntimeError/FileDataError on broken files
        raise Corrupt(path) from None
    if doc.needs_pass and not doc.authenticate(""):
        doc.close()
        raise Encrypted(path)
    try:
        count = doc.page_count
    except Exception:  # a damaged page tree ("Invalid number of pages")
        doc.close()
        raise Corrupt(path) from None
    if count == 0:
        doc.close()
        raise Corrupt(path, "ページがありません")
    return doc


def _region_bbox(f: Frame, r: int, c: int, rs: int, cs: int) -> tuple[float, float, float, float]:
    return (f.xs[c], f.ys[r], f.xs[c + cs], f.ys[r + rs])


def _slots(edges: list[float], v: float) -> list[int]:
    """The elementary cells (between consecutive edges) holding position v, edges included: one, or two on a rule."""
    i = min(bisect_right(edges, v) - 1, len(edges) - 2)
    return [i - 1, i] if i > 0 and v == edges[i] else [i]


def _grid(f: Frame, chars: list[Char], number: int) -> tuple[Grid, set[int]]:
    """Fill a frame's regions with the characters whose centre lies inside; returns the grid and used ids."""
    boxes = [_region_bbox(f, *reg) for reg in f.regions]
    buckets: list[list[Char]] = [[] for _ in boxes]
    used: set[int] = set()
    slot: dict[tuple[int, int], int] = {}  # elementary cell → the first region covering it
    for k, (r, c, rs, cs) in enumerate(f.regions):
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                slot.setdefault((rr, cc), k)
    x0, y0, x1, y1 = f.bbox
    for ch in chars:
        cx, cy = ch.cx, ch.cy
        if not (x0 <= cx <= x1 and y0 <= cy <= y1):
            continue
        ks = [slot[rc] for rc in product(_slots(f.ys, cy), _slots(f.xs, cx)) if rc in slot]
        if ks:  # (a centre on a rule lies in the cells on both sides: the first region wins)
            buckets[min(ks)].append(ch)
            used.add(id(ch))
    cells = []
    for (r, c, rs, cs), b, members in zip(f.regions, boxes, buckets):
        lines = cell_lines(members)
        cells.append(Cell(row=r, col=c, rowspan=rs, colspan=cs, bbox=b, page=number,
                          text=fold(cell_text(lines)), raw=cell_text(lines, raw=True),
                          lines=[ln.text for ln in lines]))
    return Grid(page=number, bbox=f.bbox, nrows=len(f.ys) - 1, ncols=len(f.xs) - 1, cells=cells,
                pages=[number]), used


def _fallback_text(path: Path, index: int) -> str | None:
    """The page text as pdfplumber (pdfminer) reads it, or None when it cannot map the glyphs either."""
    import pdfplumber

    try:
        with library_log() as log, pdfplumber.open(path, pages=[index + 1]) as pdf:
            text = pdf.pages[0].extract_text() or ""
            _PDFMINER_NOTES.extend(log)
    except Exception:
        return None
    if not text.strip() or CID.search(text) or "\ufffd" in text:
        return None
    return text


_PDFMINER_NOTES: list[str] = []


@contextmanager
def library_log() -> Iterator[list[str]]:
    """pdfminer's log records (e.g. "Could not get FontBBox") collected into a list instead of the terminal."""
    notes: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.WARNING and len(notes) < 20:
                notes.append(record.getMessage())

    log = logging.getLogger("pdfminer")
    handler = Collect()
    saved = log.propagate
    log.addHandler(handler)
    log.propagate = False
    try:
        yield notes
    finally:
        log.removeHandler(handler)
        log.propagate = saved


def _library_warnings() -> list[tuple[str, str]]:
    """The PDF libraries' own messages about the page just read (MuPDF's warnings, pdfminer's log), once each."""
    msgs = [m for m in pymupdf.TOOLS.mupdf_warnings(reset=True).splitlines() if m.strip()]
    msgs += _PDFMINER_NOTES
    _PDFMINER_NOTES.clear()
    if not msgs:
        return []
    uniq = list(dict.fromkeys(msgs))
    more = f" ほか{len(uniq) - 5}件" if len(uniq) > 5 else ""
    return [("pdf_library", "PDFの読み取りで部品の一部に問題がありました（文字や図が欠けていることがあります）: "
             + " / ".join(uniq[:5]) + more)]


def _warnings(stats: CharStats) -> list[tuple[str, str]]:
    out = []
    if stats.radicals:
        out.append(("kangxi_radicals", f"康熙部首などの文字 {stats.radicals} 字を通常の漢字に置き換えました（例: "
                                       f"{''.join(stats.samples)}）"))
    if stats.fake_bold:
        out.append(("fake_bold", f"太字表現のために二重に描かれた文字 {stats.fake_bold} 字を1字にしました"))
    return out


def _build_page(doc: pymupdf.Document, index: int, path: Path, ocr: str = "auto") -> Page:
    page = doc.load_page(index)
    number = index + 1
    chars, stats = page_chars(page)
    if ocr != "never":  # a scanned page: OCR into the same page model (extract/ocr.py)
        from saiken.extract.ocr import build_page

        scanned = build_page(page, number, doc.page_count, chars, ocr)
        if scanned is not None:
            return scanned
    warnings = _warnings(stats)
    fallback: str | None = None
    if stats.unmapped and stats.unmapped >= max(3, len(chars) // 20):
        fallback = _fallback_text(path, index)
        warnings.append(("unmapped_glyphs", f"フォントから文字に変換できないグリフが {stats.unmapped} 個あります"
                         + ("（pdfplumber で読み直しました）" if fallback else "（読み取れない文字が残ります）")))
    grids: list[Grid] = []
    inside: set[int] = set()
    for f in page_frames(page, chars):
        g, used = _grid(split_stacked_rows(f, chars), chars, number)
        grids.append(g)
        inside |= used
    # lines of the text outside tables and of the tables' own text apart: a cell's line set between two lines of small
    # print beside the table (※ notes under the table on its left) joins neither of them
    lines = make_lines(chars) if not inside else sorted(
        make_lines([c for c in chars if id(c) not in inside]) + make_lines([c for c in chars if id(c) in inside]),
        key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    text = fallback if fallback is not None else "\n".join(ln.text for ln in lines)
    rect = page.rect
    return Page(number=number, width=rect.width, height=rect.height, lines=lines, grids=grids,
                text=fold(text), warnings=warnings)


def iter_pages(path: Path, ocr: str = "auto") -> Iterator[Page]:
    """Pages of the PDF one at a time (headers/footers NOT yet removed: see load_pages); `ocr` is auto
    (scanned pages only), always or never (extract/ocr.py)."""
    doc = open_pdf(path)
    try:
        for i in range(doc.page_count):
            try:
                page = _build_page(doc, i, path, ocr)
                if i == 0 and doc.is_repaired:
                    page.warnings.append(("repaired", "PDFの構造が壊れていたため修復して読み取りました。"
                                          "途中で切れている場合はページや文字が欠けていることがあります"))
                page.warnings.extend(_library_warnings())
                yield page
                if i % SHRINK_EVERY == SHRINK_EVERY - 1:
                    pymupdf.TOOLS.store_shrink(100)
            except Exception as e:  # one unreadable page must not lose the rest
                if "number of pages" in str(e) or "page tree" in str(e).lower():
                    raise Corrupt(path) from None  # a damaged page tree: the broken-file message
                _library_warnings()
                yield Page(number=i + 1, width=0, height=0, lines=[], grids=[], text="",
                           warnings=[("page_error", f"このページを読み取れませんでした（{e}）")])
    finally:
        doc.close()


def load_pages(path: Path | str, ocr: str = "auto") -> list[Page]:
    """The page model of a whole PDF (see extract/layout.py); raises InputError subclasses for unusable files."""
    pages = list(iter_pages(Path(path), ocr))
    remove_running(pages)
    return pages
