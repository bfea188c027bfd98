"""Running headers, footers and page numbers: found in the top and bottom bands, moved to `Page.running`.

A band line is running when it is a page number ("- 3 -", "p.3", "3 / 12", "3ページ") or when its text, digits
masked, recurs in the bands of enough pages. Removed lines stay readable in `Page.running` (a city's name is
often printed only there).
"""
from __future__ import annotations

import re
from collections import Counter

from saiken.extract.layout import Line, Page

BAND = 0.09  # share of the page height at top and bottom where running headers/footers live
DASHES = "\\-－―‐‑‒–—−ー"
PAGE_NO = re.compile(
    rf"^[\s{DASHES}]*(?:[pP]\.?\s*)?[(（]?\d{{1,4}}[)）]?(?:\s*/\s*\d{{1,4}})?(?:\s*ページ|\s*頁)?[\s{DASHES}]*$")


def signature(text: str) -> str:
    """The text without spaces and with every digit run masked: equal for 'p.3' and 'p.12'."""
    return re.sub(r"\d+", "#", text.replace(" ", ""))


def in_band(line: Line, page: Page) -> bool:
    """True when the line lies wholly in the top or bottom band of the page."""
    return page.height > 0 and (line.bbox[3] <= page.height * BAND or line.bbox[1] >= page.height * (1 - BAND))


def inside_grid(line: Line, page: Page) -> bool:
    """True when the line's centre lies inside one of the page's tables."""
    cx, cy = (line.bbox[0] + line.bbox[2]) / 2, (line.bbox[1] + line.bbox[3]) / 2
    return any(g.bbox[0] <= cx <= g.bbox[2] and g.bbox[1] <= cy <= g.bbox[3] for g in page.grids)


def remove_running(pages: list[Page], keep_text_codes: tuple[str, ...] = ("unmapped_glyphs",)) -> None:
    """Move running headers/footers and page numbers from each page's lines to `running`; rebuild `text`.

    A page carrying a warning in `keep_text_codes` keeps its `text` (it was read by another engine).
    """
    counts: Counter[str] = Counter()
    for p in pages:
        counts.update({signature(ln.text) for ln in p.lines if in_band(ln, p) and not inside_grid(ln, p)})
    need = max(2, int(len(pages) * 0.4 + 0.5))
    for p in pages:
        keep: list[Line] = []
        dropped: list[Line] = []
        for ln in p.lines:
            if in_band(ln, p) and not inside_grid(ln, p) and (
                    PAGE_NO.match(ln.text) or (len(pages) > 1 and counts[signature(ln.text)] >= need)):
                dropped.append(ln)
            else:
                keep.append(ln)
        if dropped:
            p.lines = keep
            p.running = dropped
            if not any(c in keep_text_codes for c, _ in p.warnings):
                p.text = "\n".join(ln.text for ln in keep)
