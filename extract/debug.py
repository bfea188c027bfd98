"""Make extraction visible: the tables found on a page drawn over its image (like pdfplumber's debug_tablefinder)."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from saiken.extract.layout import Page
from saiken.extract.pdf import load_pages


def draw_tables(pdf: Path, out_dir: Path, pages: list[int] | None = None, dpi: int = 100) -> list[Path]:
    """PNG images of the chosen pages (1-based; all when None) with every found cell outlined; returns the paths."""
    model = {p.number: p for p in load_pages(pdf)}
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with pymupdf.open(pdf) as doc:
        for number in pages or list(model):
            page = doc.load_page(number - 1)
            for g in model[number].grids:
                page.draw_rect(pymupdf.Rect(g.bbox), color=(0, 0, 1), width=1.5)
                for c in g.cells:
                    color = (1, 0, 0) if (c.rowspan > 1 or c.colspan > 1) else (0, 0.6, 0)
                    page.draw_rect(pymupdf.Rect(c.bbox), color=color, width=0.6)
            dest = out_dir / f"{pdf.stem}_p{number:03d}.png"
            page.get_pixmap(dpi=dpi).save(dest)
            written.append(dest)
    return written


def describe(page: Page) -> str:
    """The page's tables as text: one block per table, one line per row, cells separated by ' | '."""
    out = []
    for k, g in enumerate(page.grids):
        out.append(f"--- 表{k + 1}（{g.nrows}行×{g.ncols}列） bbox={tuple(round(v) for v in g.bbox)}")
        out.extend(" | ".join(row) for row in g.rows())
    return "\n".join(out)
