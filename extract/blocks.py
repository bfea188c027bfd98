"""Blocks of printed text: each line of a page split where a wide gap separates blocks printed side by side.

A page line in the page model runs across the whole page width; where a document prints two or three blocks
side by side (決算見込 | 目標 | 【参考】 | 取組状況), the words of one line belong to different blocks. The text
reader and the item reader read these blocks, never the whole line, so a heading or a figure of one block does not
govern the words of its neighbour.
"""
from __future__ import annotations

from dataclasses import dataclass

from saiken.extract.layout import BBox, Page, centre_inside


COLUMN_GAP = 4.0  # a gap of this many characters' width splits a printed line into blocks side by side


@dataclass
class Block:
    """Words of one printed line that belong to one block (a line of a column beside other columns)."""

    text: str
    bbox: BBox
    size: float


def blocks(page: Page) -> list[Block]:
    """The page's lines split at wide gaps into blocks side by side; blocks inside a table are left out (its cells
    are read as cells). A line printed across two or three blocks (決算見込 | 目標 | 【参考】) is not one sentence."""
    def inside(b: BBox) -> bool:
        return any(centre_inside(b, g.bbox) for g in page.grids)

    out: list[Block] = []
    for ln in page.lines:
        size = ln.size or 10.0
        words = [w for w in ln.words if w.text.strip()] or []
        groups: list[list] = []  # type: ignore[type-arg]
        for w in words:
            if groups and w.bbox[0] - groups[-1][-1].bbox[2] < COLUMN_GAP * size:
                groups[-1].append(w)
            else:
                groups.append([w])
        if not groups:
            continue
        if len(groups) == 1:
            runs = [Block(ln.text, ln.bbox, size)]
        else:
            runs = [Block(" ".join(w.text for w in g), (g[0].bbox[0], min(w.bbox[1] for w in g), g[-1].bbox[2],
                                                       max(w.bbox[3] for w in g)), size) for g in groups]
        out.extend(r for r in runs if not inside(r.bbox))
    return out
