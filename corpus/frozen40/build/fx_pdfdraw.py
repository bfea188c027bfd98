"""Small PyMuPDF drawing kit used by helper fx's directly drawn documents."""
from __future__ import annotations

import fitz

fitz.TOOLS.mupdf_display_warnings(False) if hasattr(fitz.TOOLS, 'mupdf_display_warnings') else None

from fx_common import FONT_G, FONT_M

FG = fitz.Font(fontfile=FONT_G)
FM = fitz.Font(fontfile=FONT_M)
GRAY = (0.85, 0.85, 0.85)
LIGHT = (0.94, 0.94, 0.94)
DARK = (0.30, 0.36, 0.45)
WHITE = (1, 1, 1)
BLACK = (0, 0, 0)


def setup(page, mincho=False):
    page.insert_font(fontname="g", fontfile=FONT_G)
    if mincho:
        page.insert_font(fontname="m", fontfile=FONT_M)


def tw(text, fs, font="g"):
    return (FG if font == "g" else FM).text_length(text, fontsize=fs)


def text(page, x, y, s, fs=9, font="g", color=BLACK, align="l", width=None):
    """draw one line; y is the baseline"""
    if align != "l" and width:
        w = tw(s, fs, font)
        x = x + (width - w) / 2 if align == "c" else x + width - w
    page.insert_text((x, y), s, fontname=font, fontsize=fs, color=color)


def wrap(s, width, fs, font="g"):
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if tw(cur + ch, fs, font) > width and cur:
            # keep closing punctuation on the line
            if ch in "。、）」】％":
                cur += ch
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(page, x, y, s, width, fs=9, font="g", lh=1.55, indent=0):
    """wrapped paragraph starting with baseline y; returns next baseline"""
    first = True
    for ln in wrap(s, width - indent, fs, font):
        text(page, x + (0 if first else indent), y, ln, fs, font)
        first = False
        y += fs * lh
    return y


def grid(page, x, y, widths, heights, cells, border=True, lw=0.5):
    """cells: dicts r, c, rs, cs, t, al ('l','c','r'), fill, fs, font, color, vert, nob (no border)"""
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [y]
    for h in heights:
        ys.append(ys[-1] + h)
    for cd in cells:
        r, c0 = cd["r"], cd["c"]
        rs, cs = cd.get("rs", 1), cd.get("cs", 1)
        rect = fitz.Rect(xs[c0], ys[r], xs[c0 + cs], ys[r + rs])
        if cd.get("fill"):
            page.draw_rect(rect, color=None, fill=cd["fill"], width=0)
        if border and not cd.get("nob"):
            page.draw_rect(rect, color=BLACK, width=lw)
        t = cd.get("t", "")
        if t == "":
            continue
        fs = cd.get("fs", 8)
        font = cd.get("font", "g")
        color = cd.get("color", BLACK)
        pad = 2.5
        if cd.get("vert"):
            chars = list(t)
            tot = len(chars) * fs * 1.05
            yy = rect.y0 + (rect.height - tot) / 2 + fs * 0.9
            for ch in chars:
                text(page, rect.x0, yy, ch, fs, font, color, "c", rect.width)
                yy += fs * 1.05
            continue
        avail = rect.width - 2 * pad
        lines = []
        for part in t.split("\n"):
            if cd.get("wrap"):
                lines += wrap(part, avail, fs, font)
            else:
                lines.append(part)
        while not cd.get("wrap") and fs > 5 and max(tw(l, fs, font) for l in lines) > avail:
            fs -= 0.25
        lh = fs * 1.3
        al = cd.get("al", "c")
        if cd.get("top"):
            yy = rect.y0 + pad + fs
        else:
            yy = rect.y0 + (rect.height - lh * len(lines)) / 2 + fs * 0.95
        for ln in lines:
            text(page, rect.x0 + pad, yy, ln, fs, font, color, al, avail)
            yy += lh
    return ys[-1]


def box(page, rect, lw=0.8, fill=None, color=BLACK):
    page.draw_rect(fitz.Rect(*rect), color=color, fill=fill, width=lw)


def hline(page, x0, x1, y, lw=0.6):
    page.draw_line((x0, y), (x1, y), color=BLACK, width=lw)
