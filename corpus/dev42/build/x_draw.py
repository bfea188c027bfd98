"""Small PyMuPDF drawing kit for helper x: fonts, wrapped text, ruled and shaded tables."""
from __future__ import annotations

import fitz

from x_common import GOTHIC, MINCHO

FONTS = {"g": GOTHIC, "m": MINCHO}
_M = {k: fitz.Font(fontfile=v) for k, v in FONTS.items()}
NOSTART = set("。、，．）」』】〕,.)%％")


def setup(page):
    for k, v in FONTS.items():
        page.insert_font(fontname=k, fontfile=v)


def width(s, size, font="g"):
    return _M[font].text_length(s, fontsize=size)


def text(page, x, y, s, size=10, font="g", align="l", color=(0, 0, 0), bold=False):
    """Baseline at y; align l/c/r relative to x."""
    w = width(s, size, font)
    if align == "c":
        x -= w / 2
    elif align == "r":
        x -= w
    page.insert_text((x, y), s, fontname=font, fontsize=size, color=color,
                     render_mode=2 if bold else 0, border_width=0.02 if bold else 0.05)
    return w


def wrap(s, size, maxw, font="g"):
    """Split into lines by characters; 【…】 tags stay whole; no line starts with closing punctuation."""
    out = []
    for para in s.split("\n"):
        toks, i = [], 0
        while i < len(para):
            if para[i] == "【" and "】" in para[i:]:
                j = para.index("】", i) + 1
                toks.append(para[i:j])
                i = j
            else:
                toks.append(para[i])
                i += 1
        line = ""
        for t in toks:
            if line and width(line + t, size, font) > maxw and t[0] not in NOSTART:
                out.append(line)
                line = t
            else:
                line += t
        out.append(line)
    return out


def para(page, rect, s, size=10, font="g", lead=1.45, indent=0.0, color=(0, 0, 0), hang=0.0):
    """Wrapped paragraph in rect (x0, y0, x1, ...); returns the y below the last line.
    hang: indent of continuation lines (for numbered items)."""
    x0, y0, x1 = rect[0], rect[1], rect[2]
    y = y0 + size
    lines = wrap(s, size, x1 - x0 - max(indent, hang), font)
    for k, ln in enumerate(lines):
        dx = indent if k == 0 else hang
        text(page, x0 + dx, y, ln, size, font, color=color)
        y += size * lead
    return y - size * lead + size * 0.45


def rect(page, r, fill=None, stroke=(0, 0, 0), w=0.6, dash=None):
    page.draw_rect(fitz.Rect(*r), color=stroke, fill=fill, width=w, dashes=dash)


def line(page, p, q, w=0.6, color=(0, 0, 0)):
    page.draw_line(fitz.Point(*p), fitz.Point(*q), color=color, width=w)


def cell_text(page, r, s, size=9, align="c", font="g", bold=False, pad=3, lead=1.25, valign="m",
              color=(0, 0, 0)):
    """Text inside cell rect r (x0,y0,x1,y1), wrapped, vertically centred."""
    x0, y0, x1, y1 = r
    lines = wrap(s, size, x1 - x0 - 2 * pad, font) if s else []
    h = len(lines) * size * lead
    y = (y0 + (y1 - y0 - h) / 2 if valign == "m" else y0 + pad) + size * 0.95
    for ln in lines:
        if align == "c":
            text(page, (x0 + x1) / 2, y, ln, size, font, "c", color=color, bold=bold)
        elif align == "r":
            text(page, x1 - pad, y, ln, size, font, "r", color=color, bold=bold)
        else:
            text(page, x0 + pad, y, ln, size, font, "l", color=color, bold=bold)
        y += size * lead


def grid(page, x0, y0, widths, heights, cells, size=9, border=True, stroke_w=0.6):
    """cells: list of (row, col, text, opts) with opts keys rs, cs, align, fill, bold, size.
    Returns the bottom y."""
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [y0]
    for h in heights:
        ys.append(ys[-1] + h)
    for (r, c, s, o) in cells:
        rs, cs = o.get("rs", 1), o.get("cs", 1)
        rr = (xs[c], ys[r], xs[c + cs], ys[r + rs])
        if o.get("fill"):
            rect(page, rr, fill=o["fill"], stroke=None)
        if border:
            rect(page, rr, w=stroke_w)
        cell_text(page, rr, s, o.get("size", size), o.get("align", "c"), bold=o.get("bold", False),
                  valign=o.get("valign", "m"))
    return ys[-1]


def header_footer(page, left, right, num, size=8):
    w, h = page.rect.width, page.rect.height
    text(page, 36, 24, left, size, color=(0.3, 0.3, 0.3))
    if right:
        text(page, w - 36, 26, right, 10, align="r")
    text(page, w / 2, h - 18, f"- {num} -", 9, align="c")
