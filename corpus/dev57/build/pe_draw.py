"""Tiny PyMuPDF layout helpers (grid tables, wrapped text) for helper pe's documents."""
from __future__ import annotations

import pymupdf

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG = pymupdf.Font(fontfile=GOTHIC)
FM = pymupdf.Font(fontfile=MINCHO)


def setup(page):
    page.insert_font(fontname="g", fontfile=GOTHIC)
    page.insert_font(fontname="m", fontfile=MINCHO)


def width(s, size, font="m"):
    return (FG if font == "g" else FM).text_length(s, fontsize=size)


def text(page, x, y, s, size=10, font="m", color=(0, 0, 0)):
    page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)


def wrap(s, size, maxw, font="m", indent2=0.0):
    """Greedy character wrap (Japanese); returns list of lines."""
    lines, cur = [], ""
    first = True
    for ch in s:
        lim = maxw - (0 if first else indent2)
        if width(cur + ch, size, font) > lim and cur:
            lines.append(cur)
            cur = ch
            first = False
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(page, x, y, s, size=10, maxw=480, font="m", lead=1.6, indent2=0.0, color=(0, 0, 0)):
    """Write a wrapped paragraph starting at baseline y; returns next baseline."""
    for k, ln in enumerate(wrap(s, size, maxw, font, indent2)):
        text(page, x + (indent2 if k else 0), y, ln, size, font, color)
        y += size * lead
    return y


def grid(page, x, y, colw, rowh, cells, size=8, font="m", lines="all", border=0.6,
         header_rows=0, shade=(0.88, 0.88, 0.88), zebra=None):
    """cells: list of dicts r, c, text, rs=1, cs=1, al='l'|'c'|'r', fill=None, font=None, size=None,
    lines=[...] for multi-line text.  rowh: list of row heights.  lines: 'all' | 'hrule' | 'none'."""
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    ys = [y]
    for h in rowh:
        ys.append(ys[-1] + h)
    if zebra:
        for r in range(header_rows, len(rowh)):
            if (r - header_rows) % 2 == 1:
                page.draw_rect(pymupdf.Rect(xs[0], ys[r], xs[-1], ys[r + 1]), color=None, fill=zebra)
    for c in cells:
        r0, c0 = c["r"], c["c"]
        rs, cs = c.get("rs", 1), c.get("cs", 1)
        rect = pymupdf.Rect(xs[c0], ys[r0], xs[c0 + cs], ys[r0 + rs])
        fill = c.get("fill")
        if fill is None and r0 < header_rows and shade:
            fill = shade
        if fill:
            page.draw_rect(rect, color=None, fill=fill)
        if lines == "all":
            page.draw_rect(rect, color=(0, 0, 0), width=border)
        fs = c.get("size", size)
        fn = c.get("font", font)
        txt = c.get("lines") or [c.get("text", "")]
        txt = [t for t in txt]
        if c.get("wrap"):
            out = []
            for t in txt:
                out += wrap(t, fs, rect.width - 6, fn)
            txt = out
        n = len(txt)
        lh = fs * 1.3
        top = rect.y0 + (rect.height - n * lh) / 2 + fs * 0.95
        if c.get("valign") == "top":
            top = rect.y0 + 3 + fs
        for k, t in enumerate(txt):
            tw = width(t, fs, fn)
            al = c.get("al", "l")
            if al == "r":
                tx = rect.x1 - 3 - tw
            elif al == "c":
                tx = rect.x0 + (rect.width - tw) / 2
            else:
                tx = rect.x0 + 3
            text(page, tx, top + k * lh, t, fs, fn)
    if lines == "hrule":
        page.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), width=1.0)
        page.draw_line((xs[0], ys[header_rows]), (xs[-1], ys[header_rows]), width=0.6)
        page.draw_line((xs[0], ys[-1]), (xs[-1], ys[-1]), width=1.0)
    return ys[-1]
