"""Small PyMuPDF drawing kit for helper ff's documents: wrapped CJK text, ruled tables, charts."""
from __future__ import annotations

import re

import pymupdf

from ff_common import GOTHIC, MINCHO

FONTS = {"G": pymupdf.Font(fontfile=GOTHIC), "M": pymupdf.Font(fontfile=MINCHO)}
TOKEN = re.compile(r"[0-9０-９,，.．％%△▲]+|[A-Za-zＡ-Ｚａ-ｚ]+|.", re.S)
NO_START = set("、。，．）」』】％%・ー")


def tw(text: str, size: float, font: str = "G") -> float:
    return FONTS[font].text_length(text, fontsize=size)


def setup(page: pymupdf.Page):
    page.insert_font(fontname="G", fontfile=GOTHIC)
    page.insert_font(fontname="M", fontfile=MINCHO)


def text(page, x, y, s, size=10, font="G", color=(0, 0, 0), align="left", width=None):
    """Baseline text. align right/center uses width (box width starting at x)."""
    if align == "right":
        x = x + width - tw(s, size, font)
    elif align == "center":
        x = x + (width - tw(s, size, font)) / 2
    page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)


def wrap(s: str, size: float, width: float, font: str = "G", indent: float = 0.0) -> list[str]:
    lines, cur, curw = [], "", indent
    for tok in TOKEN.findall(s):
        if tok == "\n":
            lines.append(cur)
            cur, curw = "", 0.0
            continue
        w = tw(tok, size, font)
        if curw + w > width and cur and tok[0] not in NO_START:
            lines.append(cur)
            cur, curw = "", 0.0
        cur += tok
        curw += w
    if cur:
        lines.append(cur)
    return lines


def para(page, x, y, width, s, size=10, font="M", lead=1.6, indent=0.0, hang=0.0):
    """Wrapped paragraph starting at baseline y; returns the next baseline.
    indent: first-line indent; hang: indent of the following lines."""
    first = True
    rest = s
    out_y = y
    lines = wrap(rest, size, width - hang, font, indent=indent - hang if indent > hang else 0)
    for ln in lines:
        dx = indent if first else hang
        text(page, x + dx, out_y, ln, size, font)
        out_y += size * lead
        first = False
    return out_y


def table(page, x, y, widths, rows, size=8.5, rowh=16, header_rows=1, aligns=None, shade=(0.85, 0.89, 0.93),
          spans=None, font="G", bold_rows=(), zebra=False, lw=0.6):
    """Draw a ruled table. rows: list of lists of str (str may contain '\n' for stacked lines).
    spans: {(r, c): (rowspan, colspan)}; covered cells are skipped. Returns the bottom y.
    rowh may be a list of per-row heights."""
    spans = spans or {}
    covered = set()
    for (r, c), (rs, cs) in spans.items():
        for i in range(r, r + rs):
            for j in range(c, c + cs):
                if (i, j) != (r, c):
                    covered.add((i, j))
    hs = rowh if isinstance(rowh, list) else [rowh] * len(rows)
    ys = [y]
    for h in hs:
        ys.append(ys[-1] + h)
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            rect = pymupdf.Rect(xs[c], ys[r], xs[c + cs], ys[r + rs])
            fill = None
            if r < header_rows or (aligns and aligns[c] == "h"):
                fill = shade
            elif zebra and (r - header_rows) % 2 == 1:
                fill = (0.95, 0.95, 0.95)
            page.draw_rect(rect, color=(0, 0, 0), fill=fill, width=lw)
            lines = str(cell).split("\n") if cell is not None else [""]
            n = len(lines)
            al = "center" if r < header_rows else (aligns[c] if aligns else "left")
            if al == "h":
                al = "center"
            lh = size * 1.25
            top = rect.y0 + (rect.height - n * lh) / 2 + size * 0.95
            for k, ln in enumerate(lines):
                fnt = font
                if al == "right":
                    text(page, rect.x0 + 2, top + k * lh, ln, size, fnt, align="right", width=rect.width - 5)
                elif al == "center":
                    text(page, rect.x0, top + k * lh, ln, size, fnt, align="center", width=rect.width)
                else:
                    text(page, rect.x0 + 3, top + k * lh, ln, size, fnt)
    return ys[-1]


def vtext(page, x, y, s, size=9, font="G", lead=1.1):
    """Vertical text drawn one character per line (top to bottom)."""
    for i, ch in enumerate(s):
        text(page, x, y + i * size * lead, ch, size, font)
