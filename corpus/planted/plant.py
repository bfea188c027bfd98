"""Planting one error in a PDF page the way a careless editor would: find a printed figure, black it out
(text only: table rules and other drawings stay) and print a different figure at the same baseline and size,
in IPAex Gothic or Mincho as the original span was (PyMuPDF's built-in "japan" CJK font gives every glyph a
full-em width, which would push a right-aligned figure into the next cell), falling back to "japan".

`Plant` names a target by its printed text (and, when that text is not unique on the page, a longer piece of
text around it); `apply_plant` fails loudly when the target cannot be found exactly once, so a corpus change
never yields a gold file that no longer matches its PDF.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pymupdf


class PlantError(Exception):
    """A target that is missing, ambiguous or could not be rewritten."""


@dataclass(frozen=True)
class Plant:
    """One planted change: on `page` (1-based) of `stem`, the printed `old` becomes `new`.

    `near` is a longer printed text containing `old` that picks the occurrence (default: `old` must be a whole
    word of its own, e.g. a table cell); `nth` picks among several candidates in reading order (default: the match must be unique).
    `kind`, `detail` and `other` (extra (stem, page) places of the same error) go to the gold file; `also` names
    the other checks the change breaks, as (kind, page).
    """

    stem: str
    page: int
    old: str
    new: str
    kind: str
    detail: str
    near: str | None = None
    nth: int | None = None
    other: tuple[tuple[str, int], ...] = field(default_factory=tuple)
    also: tuple[tuple[str, int], ...] = field(default_factory=tuple)

    def gold(self) -> list[dict[str, object]]:
        """The planted error as score.py reads it from GOLD_DIR/<stem>.audit.json, plus one entry for each other
        check the change breaks (`also`: (kind, page), e.g. the 合計 row of a list whose entry was changed)."""
        places = [{"document": s, "page": p} for s, p in self.other]
        main = {"page": self.page, "kind": self.kind, "detail": self.detail, "other": places}
        knock_on = [{"page": page, "kind": kind, "detail": f"{self.detail}（この変更の結果）",
                     "other": [{"document": self.stem, "page": self.page}]} for kind, page in self.also]
        return [main] + knock_on


def _reading_order(r: pymupdf.Rect) -> tuple[float, float]:
    return (round(r.y0, 0), r.x0)


def _whole_word(page: pymupdf.Page, rect: pymupdf.Rect, text: str) -> bool:
    """True when a word of the page equal to `text` covers `rect` (so '1,000' is not found inside '11,000')."""
    for w in page.get_text("words"):
        wr = pymupdf.Rect(w[:4])
        if wr.intersects(rect) and w[4].strip() == text:
            return True
    return False


def find_target(page: pymupdf.Page, plant: Plant) -> pymupdf.Rect:
    """The rectangle of the figure a plant rewrites (PlantError unless there is exactly one match)."""
    hits = page.search_for(plant.old)
    if plant.near:
        areas = page.search_for(plant.near)
        hits = [h for h in hits if any(a.contains(h) or (h & a).get_area() >= 0.8 * h.get_area() for a in areas)]
    else:
        hits = [h for h in hits if _whole_word(page, h, plant.old)]
    hits.sort(key=_reading_order)
    if (len(hits) != 1) if plant.nth is None else (len(hits) <= plant.nth):
        raise PlantError(f"{plant.stem} p.{plant.page}: 「{plant.old}」の候補が {len(hits)} 件です")
    return hits[plant.nth or 0]


_FONT_FILES = {"mincho": Path("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"),
               "gothic": Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")}


def _font(original: str) -> tuple[str, str | None]:
    """(fontname, fontfile) for new text replacing a span printed in `original`."""
    style = "mincho" if any(k in original.lower() for k in ("mincho", "明朝", "serif")) else "gothic"
    path = _FONT_FILES[style]
    return (f"ipaex{style[0]}", str(path)) if path.exists() else ("japan", None)


def _span_style(page: pymupdf.Page, rect: pymupdf.Rect) -> tuple[pymupdf.Point, float, str]:
    """The baseline origin of the first glyph inside `rect`, its font size and font name."""
    raw = page.get_text("rawdict")
    for block in raw.get("blocks", ()):
        for line in block.get("lines", ()):
            for span in line.get("spans", ()):
                for ch in span.get("chars", ()):
                    if rect.contains(pymupdf.Rect(ch["bbox"]).tl + (0.5, 0.5)) or \
                            pymupdf.Rect(ch["bbox"]).intersects(rect) and \
                            abs(pymupdf.Rect(ch["bbox"]).x0 - rect.x0) < 1.0:
                        return pymupdf.Point(ch["origin"]), float(span["size"]), str(span.get("font", ""))
    raise PlantError(f"文字の位置が読めません: {rect}")


def apply_plant(doc: pymupdf.Document, plant: Plant) -> None:
    """Rewrite one figure on its page: redact the printed text, insert the new one at the same origin."""
    page = doc[plant.page - 1]
    rect = find_target(page, plant)
    origin, size, original = _span_style(page, rect)
    fontname, fontfile = _font(original)
    inner = pymupdf.Rect(rect.x0 + 0.3, rect.y0 + 0.15 * rect.height, rect.x1 - 0.3, rect.y1 - 0.15 * rect.height)
    page.add_redact_annot(inner, fill=False)
    page.apply_redactions(images=0, graphics=0)
    font = pymupdf.Font(fontfile=fontfile) if fontfile else pymupdf.Font(fontname)
    width = font.text_length(plant.new, fontsize=size)
    x = rect.x1 - width if _is_number(plant.old) else origin.x  # keep right-aligned figures aligned
    page.insert_text(pymupdf.Point(x, origin.y), plant.new, fontname=fontname, fontfile=fontfile, fontsize=size)


def _is_number(s: str) -> bool:
    return all(c in "0123456789,.△▲%-" for c in s)
