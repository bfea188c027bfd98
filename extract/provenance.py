"""Provenance: every fact gets the box of the printed text it came from, where the text layer has it.

Family readers that work from lines (prose, bullet lists, text-aligned tables) know a fact's page and printed
text but not always its box. `locate(doc, pages)` finds the box: the table cell or word on the fact's page whose
text holds the fact's printed text, each place given to one fact only (two facts printing the same 95.4% on one
page take the two places in reading order). The review page draws these boxes; the pipeline also uses them to
tell which tables a family parser has read.
"""
from __future__ import annotations

from saiken.extract.layout import BBox, Page
from saiken.extract.records import Document
from saiken.normalize.text import despace, fold


def _key(text: str) -> str:
    return despace(fold(text))


def _places(page: Page) -> list[tuple[str, BBox]]:
    """(folded text, box) of every table cell and every word of the page, cells first."""
    out: list[tuple[str, BBox]] = []
    for g in page.grids:
        out += [(_key(c.text), c.bbox) for c in g.cells if c.text.strip() and (c.page or page.number) == page.number]
    out += [(_key(w.text), w.bbox) for ln in page.lines for w in ln.words]
    out += [(_key(ln.text), ln.bbox) for ln in page.lines]
    return out


def locate(doc: Document, pages: list[Page]) -> None:
    """Fill `bbox` of the facts that have none: an exact place first, else the first place containing the text.
    A place printing the text twice (47.15%(47.15%)) is given to two facts."""
    by_page = {p.number: p for p in pages}
    used: dict[tuple[int, BBox], int] = {}
    for f in doc.facts:
        if f.bbox is not None:
            used[(f.page, f.bbox)] = used.get((f.page, f.bbox), 0) + 1
    cache: dict[int, list[tuple[str, BBox]]] = {}
    for f in doc.facts:
        if f.bbox is not None or f.page not in by_page:
            continue
        raw = _key(f.raw)
        if not raw:
            continue
        if f.page not in cache:
            cache[f.page] = _places(by_page[f.page])
        places = cache[f.page]
        def free(t: str, b: BBox, page: int = f.page) -> bool:  # a place not yet given all the facts it prints
            return used.get((page, b), 0) < max(1, t.count(raw))

        hit = next((b for t, b in places if t == raw and free(t, b)), None) \
            or next((b for t, b in places if raw in t and free(t, b)), None)
        if hit is None:
            hit = next((b for t, b in places if raw in t), None)  # the same text read twice (a prose restatement)
        if hit is not None:
            f.bbox = tuple(round(v, 2) for v in hit)  # type: ignore[assignment]
            used[(f.page, hit)] = used.get((f.page, hit), 0) + 1
