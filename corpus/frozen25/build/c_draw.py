"""PyMuPDF direct-drawing helpers for the c_* builders (text wrapping, ruled tables, boxes, charts)."""
from __future__ import annotations

import fitz

from c_common import GOTHIC, MINCHO

FONTS = {"G": GOTHIC, "M": MINCHO}
_F = {k: fitz.Font(fontfile=v) for k, v in FONTS.items()}


_DONE = {}


def setup(page):
    """Fonts are registered lazily on first use (an unused embedded font would not be subset)."""
    _DONE.pop(id(page), None)


def _ensure(page, font):
    key = (page.parent.name, id(page.parent), page.number)
    got = _DONE.setdefault(key, set())
    if font not in got:
        page.insert_font(fontname=font, fontfile=FONTS[font])
        got.add(font)


def tlen(s, size, font="G"):
    return _F[font].text_length(s, fontsize=size)


def text(page, x, y, s, size=10, font="G", color=(0, 0, 0), align="l", w=None, rotate=0, morph=None):
    """Baseline text at (x, y); align r/c inside width w."""
    if align != "l" and w:
        L = tlen(s, size, font)
        x = x + (w - L) if align == "r" else x + (w - L) / 2
    _ensure(page, font)
    pt = fitz.Point(x, y)
    if page.rotation:
        pt = pt * page.derotation_matrix
        rotate = page.rotation
    page.insert_text(pt, s, fontsize=size, fontname=font, color=color, rotate=rotate, morph=morph)


def drect(page, r, **kw):
    r = fitz.Rect(r)
    if page.rotation:
        r = r * page.derotation_matrix
    page.draw_rect(r, **kw)


def wrap(s, width, size, font="G"):
    lines = []
    for part in str(s).split("\n"):
        cur = ""
        for ch in part:
            if tlen(cur + ch, size, font) > width and cur:
                if ch in "、。，．）」％":  # kinsoku: keep closing marks on the line
                    cur += ch
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def para(page, x, y, w, s, size=10, font="G", lh=1.45, color=(0, 0, 0), indent=0.0):
    """Wrapped paragraph; first baseline at y + size. Returns y below the paragraph."""
    lines = wrap(s, w - indent, size, font)
    yy = y
    for i, ln in enumerate(lines):
        text(page, x + (indent if i else 0) if False else x + (0 if i == 0 else indent), yy + size, ln, size, font, color)
        yy += size * lh
    return yy


def rect(page, r, width=0.6, color=(0, 0, 0), fill=None):
    drect(page, r, color=color, fill=fill, width=width)


def line(page, p1, p2, width=0.6, color=(0, 0, 0)):
    a, b = fitz.Point(p1), fitz.Point(p2)
    if page.rotation:
        a, b = a * page.derotation_matrix, b * page.derotation_matrix
    page.draw_line(a, b, color=color, width=width)


def table(page, x, y, widths, rows, size=8.5, font="G", pad=2.5, lh=1.3, rules="grid", header_rows=1,
          shade=(0.85, 0.85, 0.85), aligns=None, zebra=None, min_h=None, merges=None, valign="c"):
    """Draw a table; rows: lists of strings (None = covered by a merge). merges: {(r,c): (rowspan, colspan)}.
    rules: grid | h (horizontal only) | none. Returns bottom y."""
    merges = merges or {}
    n = len(widths)
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    # row heights from single-span cells
    hs = []
    for r, row in enumerate(rows):
        h = min_h or (size * lh + 2 * pad)
        for ci, v in enumerate(row):
            if v is None or merges.get((r, ci), (1, 1))[0] > 1:
                continue
            span = merges.get((r, ci), (1, 1))[1]
            w = xs[ci + span] - xs[ci] - 2 * pad
            k = len(wrap(v, w, size, font))
            h = max(h, k * size * lh + 2 * pad)
        hs.append(h)
    ys = [y]
    for h in hs:
        ys.append(ys[-1] + h)
    covered = set()
    for (r, ci), (rs, cs) in merges.items():
        for a in range(r, r + rs):
            for b in range(ci, ci + cs):
                if (a, b) != (r, ci):
                    covered.add((a, b))
    for r, row in enumerate(rows):
        for ci, v in enumerate(row):
            if (r, ci) in covered:
                continue
            rs, cs = merges.get((r, ci), (1, 1))
            x0, x1, y0, y1 = xs[ci], xs[ci + cs], ys[r], ys[r + rs]
            fill = None
            if r < header_rows and shade:
                fill = shade
            elif zebra and (r - header_rows) % 2 == 1:
                fill = zebra
            if fill:
                drect(page, (x0, y0, x1, y1), color=None, fill=fill, width=0)
            if rules == "grid":
                drect(page, (x0, y0, x1, y1), color=(0, 0, 0), width=0.5)
            if v is None or v == "":
                continue
            al = (aligns[ci] if aligns else "l") if r >= header_rows else "c"
            lines = wrap(v, x1 - x0 - 2 * pad, size, font)
            th = len(lines) * size * lh
            ty = y0 + ((y1 - y0) - th) / 2 if valign == "c" else y0 + pad
            for ln in lines:
                text(page, x0 + pad, ty + size * 1.02, ln, size, font, align=al, w=x1 - x0 - 2 * pad)
                ty += size * lh
    if rules == "h":
        for r in range(len(rows) + 1):
            wdt = 0.9 if r in (0, header_rows, len(rows)) else 0.4
            line(page, (xs[0], ys[r]), (xs[-1], ys[r]), width=wdt)
    return ys[-1]


def box(page, x, y, w, lines, size=9, font="G", pad=6, lh=1.45, title=None, border=0.8, fill=None):
    """One bordered box with wrapped lines; returns bottom y."""
    yy = y + pad
    all_lines = []
    for s in lines:
        all_lines.append(wrap(s, w - 2 * pad, size, font))
    h = sum(len(l) for l in all_lines) * size * lh + 2 * pad + (size * lh if title else 0)
    drect(page, (x, y, x + w, y + h), color=(0, 0, 0), fill=fill, width=border)
    if title:
        text(page, x + pad, yy + size, title, size, font)
        yy += size * lh
    for ls in all_lines:
        for ln in ls:
            text(page, x + pad, yy + size, ln, size, font)
            yy += size * lh
    return y + h


def finish(doc, path):
    doc.subset_fonts()
    doc.save(path, garbage=4, deflate=True)
