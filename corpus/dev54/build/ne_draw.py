"""Small PyMuPDF drawing kit used by ne_nakatsu_committee_1.py (text stays a real text layer)."""
from __future__ import annotations

import pymupdf as fitz

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": ("ipag", GOTHIC, fitz.Font(fontfile=GOTHIC)),
         "m": ("ipam", MINCHO, fitz.Font(fontfile=MINCHO))}
BLACK = (0, 0, 0)
GREY = (0.85, 0.85, 0.85)
LIGHT = (0.94, 0.94, 0.94)
BLUE = (0.86, 0.91, 0.97)


def width(s: str, fs: float, f: str = "g") -> float:
    return FONTS[f][2].text_length(s, fontsize=fs)


def text(page, x, y, s, fs=10, f="g", align="l", color=BLACK):
    """Draw s with its baseline at y; align l/c/r relative to x."""
    w = width(s, fs, f)
    if align == "c":
        x -= w / 2
    elif align == "r":
        x -= w
    name, file, _ = FONTS[f]
    page.insert_text((x, y), s, fontsize=fs, fontname=name, fontfile=file, color=color)
    return w


def wrap(s: str, w: float, fs: float, f: str = "m") -> list[str]:
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if width(cur + ch, fs, f) > w and cur:
            # keep closing punctuation on the line (kinsoku)
            if ch in "。、）」％":
                cur += ch
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(page, x, y, s, w, fs=10, f="m", lead=1.6, indent=0.0, hang=0.0):
    """Paragraph; first line indented by indent, following lines by hang. Returns next y."""
    first = True
    for line in wrap(s, w - max(indent, hang), fs, f):
        text(page, x + (indent if first else hang), y, line, fs, f)
        first = False
        y += fs * lead
    return y


def rect(page, x0, y0, x1, y1, fill=None, lw=0.6, color=BLACK):
    page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=lw)


def line(page, x0, y0, x1, y1, lw=0.6, color=BLACK):
    page.draw_line((x0, y0), (x1, y1), color=color, width=lw)


def table(page, x, y, colw, rowh, cells, fs=8.5, grid=True, lw=0.5):
    """cells: dicts r, c, t (text, may hold \\n), rs, cs, a (l/c/r), fill, v (vertical), fs, f.
    rowh: list of row heights. Returns bottom y."""
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    ys = [y]
    for h in rowh:
        ys.append(ys[-1] + h)
    for c in cells:
        r0, c0 = c["r"], c["c"]
        r1, c1 = r0 + c.get("rs", 1), c0 + c.get("cs", 1)
        x0, x1, y0, y1 = xs[c0], xs[c1], ys[r0], ys[r1]
        if c.get("fill"):
            page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=None, fill=c["fill"], width=0)
        if grid:
            rect(page, x0, y0, x1, y1, lw=lw)
        t = c.get("t", "")
        if not t:
            continue
        cfs = c.get("fs", fs)
        f = c.get("f", "g")
        if c.get("v"):
            chars = [ch for ch in t if ch != "\n"]
            step = min(cfs * 1.08, (y1 - y0 - 4) / len(chars))
            ty = (y0 + y1) / 2 - step * len(chars) / 2 + cfs * 0.88
            for ch in chars:
                text(page, (x0 + x1) / 2, ty, ch, cfs, f, "c")
                ty += step
            continue
        lines = t.split("\n")
        step = cfs * 1.25
        ty = (y0 + y1) / 2 - step * len(lines) / 2 + cfs * 0.92
        a = c.get("a", "c")
        for ln in lines:
            if a == "l":
                text(page, x0 + 3, ty, ln, cfs, f)
            elif a == "r":
                text(page, x1 - 3, ty, ln, cfs, f, "r")
            else:
                text(page, (x0 + x1) / 2, ty, ln, cfs, f, "c")
            ty += step
    return ys[-1]
