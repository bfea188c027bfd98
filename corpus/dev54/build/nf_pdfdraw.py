"""Tiny PyMuPDF drawing layer used by nf_nasushiobara_progress_1.py (text is real text, fonts subset)."""
from __future__ import annotations

import pymupdf as fitz

from nf_common import GOTHIC, MINCHO

FONTS = {"gt": GOTHIC, "mc": MINCHO}
_FONT_OBJ = {k: fitz.Font(fontfile=v) for k, v in FONTS.items()}
BLACK = (0, 0, 0)
GREY = (0.35, 0.35, 0.35)
NOSTART = "、。，．）」』％】ー・："


def tlen(text, size, font="gt"):
    return _FONT_OBJ[font].text_length(text, fontsize=size)


def text(page, x, y, s, size=9, font="gt", color=BLACK, align="left", rotate=0):
    """Baseline at y; align relative to x."""
    w = tlen(s, size, font)
    if align == "center":
        x -= w / 2
    elif align == "right":
        x -= w
    page.insert_text((x, y), s, fontsize=size, fontname=font, fontfile=FONTS[font], color=color, rotate=rotate)
    return w


def wrap(s, width, size, font="gt"):
    lines = []
    for para in s.split("\n"):
        cur = ""
        for ch in para:
            if cur and tlen(cur + ch, size, font) > width and ch not in NOSTART:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def para(page, x, y, s, width, size=9.5, font="mc", lead=1.6, indent=0.0, hang=0.0, color=BLACK):
    """Paragraph starting with its first baseline at y; returns y after the last line."""
    first = True
    for raw_line in s.split("\n"):
        avail_first = width - indent
        lines = []
        cur = ""
        w_lim = avail_first
        for ch in raw_line:
            if cur and tlen(cur + ch, size, font) > w_lim and ch not in NOSTART:
                lines.append((cur, w_lim))
                cur = ch
                w_lim = width - hang
            else:
                cur += ch
        lines.append((cur, w_lim))
        for i, (ln, lim) in enumerate(lines):
            dx = indent if i == 0 else hang
            text(page, x + dx, y, ln, size, font, color)
            y += size * lead
        first = False
    return y


def rect(page, r, fill=None, color=BLACK, width=0.6, dashes=None):
    page.draw_rect(fitz.Rect(r), color=color, fill=fill, width=width, dashes=dashes)


def line(page, p, q, color=BLACK, width=0.6):
    page.draw_line(fitz.Point(p), fitz.Point(q), color=color, width=width)


def cell(page, r, s="", size=8, font="gt", align="center", fill=None, border=True, color=BLACK,
         pad=3, lead=1.25, valign="middle", bwidth=0.5):
    x0, y0, x1, y1 = r
    if fill is not None or border:
        page.draw_rect(fitz.Rect(r), color=BLACK if border else None, fill=fill, width=bwidth)
    if s == "":
        return
    lines = []
    for part in str(s).split("\n"):
        lines.extend(wrap(part, x1 - x0 - 2 * pad, size, font))
    h = len(lines) * size * lead
    if valign == "middle":
        y = y0 + (y1 - y0 - h) / 2 + size * 0.95
    else:
        y = y0 + pad + size * 0.95
    for ln in lines:
        if align == "center":
            text(page, (x0 + x1) / 2, y, ln, size, font, color, "center")
        elif align == "right":
            text(page, x1 - pad, y, ln, size, font, color, "right")
        else:
            text(page, x0 + pad, y, ln, size, font, color)
        y += size * lead


def vcell(page, r, s, size=8, font="gt", fill=None):
    """A header cell with the label set vertically (one character per line)."""
    x0, y0, x1, y1 = r
    page.draw_rect(fitz.Rect(r), color=BLACK, fill=fill, width=0.5)
    n = len(s)
    h = n * size * 1.1
    y = y0 + (y1 - y0 - h) / 2 + size * 0.95
    for ch in s:
        text(page, (x0 + x1) / 2, y, ch, size, font, BLACK, "center")
        y += size * 1.1


def footer(page, n, total=None):
    w = page.rect.width
    h = page.rect.height
    text(page, w / 2, h - 22, f"- {n} -", 8.5, "gt", GREY, "center")
