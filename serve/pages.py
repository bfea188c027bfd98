"""PDF pages for the review screen: rendered PNGs (cached on disk), words under a click, boxes for facts.

Boxes are in PDF points with the origin at the top left of the page (as pdfplumber and PyMuPDF give them), so the
page view draws them with an SVG whose viewBox is the page size: no scaling on the server.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pymupdf

from saiken.extract.records import Document

ZOOM = 1.5  # 108 dpi: readable figures at a screen-sized page
_render_lock = threading.Lock()  # MuPDF contexts are not shared across threads


def page_png(pdf: Path, cache_dir: Path, page: int) -> Path:
    """The PNG of a 1-based page, rendered once and kept in `cache_dir`; IndexError for a page not in the PDF."""
    out = cache_dir / f"{page}.png"
    if out.is_file():
        return out
    with _render_lock:
        if out.is_file():
            return out
        with pymupdf.open(pdf) as doc:
            if not 1 <= page <= doc.page_count:
                raise IndexError(page)
            pix = doc[page - 1].get_pixmap(matrix=pymupdf.Matrix(ZOOM, ZOOM), alpha=False)
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = cache_dir / f".{page}.png.part"
            pix.save(tmp, output="png")
            tmp.replace(out)
    return out


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page."""
    with _render_lock, pymupdf.open(pdf) as doc:
        return [(p.rect.width, p.rect.height) for p in doc]


def word_at(pdf: Path, page: int, x: float, y: float) -> dict[str, Any] | None:
    """The word under (x, y) on a page (or the nearest within 12 points), with its box and the figure it reads as.

    A number split into several words by the PDF (1,924 838) is joined with its neighbours on the same line.
    """
    with _render_lock, pymupdf.open(pdf) as doc:
        if not 1 <= page <= doc.page_count:
            return None
        p = doc[page - 1]
        words = p.get_text("words")
        text_all = p.get_text()
    best, dist = None, 12.0
    for w in words:
        x0, y0, x1, y1 = w[:4]
        dx = max(x0 - x, 0, x - x1)
        dy = max(y0 - y, 0, y - y1)
        d = (dx * dx + dy * dy) ** 0.5
        if d <= dist:
            best, dist = w, d
    if best is None:
        return None
    x0, y0, x1, y1, text = best[:5]
    return {"text": text, "bbox": [round(v, 2) for v in (x0, y0, x1, y1)], **guess(text, text_all)}


def guess(text: str, page_text: str = "") -> dict[str, Any]:
    """The value and unit a printed word reads as (the page's 単位 note applies to bare numbers)."""
    from saiken.normalize.amounts import find_amounts, table_unit
    note = table_unit(page_text) if page_text else None
    hint = note.unit if note is not None else None
    found = find_amounts(text, hint)
    if not found:
        return {"value": None, "unit": None, "approx": False}
    a = found[0]
    return {"value": a.value, "unit": a.unit, "approx": a.approx}


def fill_boxes(pdf: Path, doc: Document) -> int:
    """Give a box to every fact that has none, where its printed text is found on its page; returns how many.

    Facts of one page with the same text take that text's places in reading order (within their table's box when
    they came from a table), so two equal figures on a page get two different boxes.
    """
    missing: dict[int, list[int]] = {}
    for i, f in enumerate(doc.facts):
        if f.bbox is None and f.raw.strip():
            missing.setdefault(f.page, []).append(i)
    if not missing:
        return 0
    filled = 0
    with _render_lock, pymupdf.open(pdf) as pdoc:
        for page, idxs in missing.items():
            if not 1 <= page <= pdoc.page_count:
                continue
            p = pdoc[page - 1]
            used: set[tuple[float, float]] = set()
            hits_of: dict[str, list[Any]] = {}
            for i in idxs:
                f = doc.facts[i]
                raw = f.raw.strip()
                if raw not in hits_of:
                    rects = p.search_for(raw) or []
                    hits_of[raw] = sorted(rects, key=lambda r: (round(r.y0), r.x0))
                table = doc.tables[f.table] if f.table is not None and 0 <= f.table < len(doc.tables) else None
                for r in hits_of[raw]:
                    if (r.x0, r.y0) in used:
                        continue
                    if table is not None and table.page == page and not _inside(r, table.bbox):
                        continue
                    used.add((r.x0, r.y0))
                    f.bbox = (round(r.x0, 2), round(r.y0, 2), round(r.x1, 2), round(r.y1, 2))
                    filled += 1
                    break
    return filled


def _inside(r: Any, box: tuple[float, float, float, float], slack: float = 3.0) -> bool:
    return r.x0 >= box[0] - slack and r.y0 >= box[1] - slack and r.x1 <= box[2] + slack and r.y1 <= box[3] + slack
