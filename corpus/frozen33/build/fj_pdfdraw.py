"""Tiny PyMuPDF drawing kit for helper fj (text, wrapped paragraphs, grid tables with spans, bars)."""
from __future__ import annotations

import fitz

from fj_common import GOTHIC, MINCHO

FONTS = {"G": fitz.Font(fontfile=GOTHIC), "M": fitz.Font(fontfile=MINCHO)}
FILES = {"G": GOTHIC, "M": MINCHO}


def setup(page):
    for k, f in FILES.items():
        page.insert_font(fontname=k, fontfile=f)


def width(s: str, size: float, font: str = "G") -> float:
    return FONTS[font].text_length(s, fontsize=size)


def text(page, x, y, s, size=10, font="G", align="left", color=(0, 0, 0), rotate=0):
    """y is the baseline."""
    w = width(s, size, font)
    if align == "right":
        x -= w
    elif align == "center":
        x -= w / 2
    page.insert_text((x, y), s, fontsize=size, fontname=font, color=color, rotate=rotate)
    return w


def wrap(s: str, size: float, maxw: float, font: str = "G", indent: str = "") -> list[str]:
    """Greedy character wrap (Japanese), keeping 、。） off the start of a line."""
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = indent
            continue
        if width(cur + ch, size, font) > maxw and cur.strip():
            if ch in "、。）」％":
                cur += ch
                lines.append(cur)
                cur = indent
                continue
            lines.append(cur)
            cur = indent + ch
        else:
            cur += ch
    if cur.strip():
        lines.append(cur)
    return lines


def para(page, x, y, s, maxw, size=10, font="M", lead=1.6, first_indent=True, hang="") -> float:
    """Draw a wrapped paragraph from top y; returns the new y (top of next line)."""
    body = ("　" if first_indent else "") + s
    for line in wrap(body, size, maxw, font, indent=hang):
        text(page, x, y + size, line, size, font)
        y += size * lead
    return y


def rect(page, x0, y0, x1, y1, fill=None, color=(0, 0, 0), width_=0.6):
    page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width_)


def table(page, x, y, widths, rows, row_h=15, size=8, font="G", grid=True, header_rows=1,
          head_fill=(0.86, 0.9, 0.95), zebra=None, line_color=(0.3, 0.3, 0.3)):
    """rows: list of rows; a cell is a str or a dict(t=str, cs=1, rs=1, a='left'|'right'|'center',
    fill=rgb, lines=[str,...]); None is an optional placeholder for a cell covered by a span.
    Returns the bottom y."""
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    nrows = len(rows)
    hs = list(row_h) if isinstance(row_h, (list, tuple)) else [row_h] * nrows
    ys = [y]
    for h in hs:
        ys.append(ys[-1] + h)
    covered = set()
    for ri, row in enumerate(rows):
        ci = 0
        for cell in row:
            while (ri, ci) in covered:
                ci += 1
            if cell is None:      # placeholder for a spanned cell (position comes from `covered`)
                continue
            c = cell if isinstance(cell, dict) else {"t": cell}
            cs, rs = c.get("cs", 1), c.get("rs", 1)
            for dr in range(rs):
                for dc in range(cs):
                    if dr or dc:
                        covered.add((ri + dr, ci + dc))
            x0, x1 = xs[ci], xs[ci + cs]
            y0, y1 = ys[ri], ys[ri + rs]
            fill = c.get("fill")
            if fill is None and ri < header_rows:
                fill = head_fill
            if fill is None and zebra and ri >= header_rows and (ri - header_rows) % 2 == 1:
                fill = zebra
            if fill:
                page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=None, fill=fill, width=0)
            if grid:
                page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=line_color, width=0.5)
            lines = c.get("lines") or [c.get("t", "")]
            a = c.get("a") or ("center" if ri < header_rows else "left")
            sz = c.get("size", size)
            fn = c.get("font", font)
            total_h = len(lines) * sz * 1.25
            ty = (y0 + y1) / 2 - total_h / 2 + sz * 0.95
            for ln in lines:
                if a == "right":
                    text(page, x1 - 3, ty, ln, sz, fn, "right")
                elif a == "center":
                    text(page, (x0 + x1) / 2, ty, ln, sz, fn, "center")
                else:
                    text(page, x0 + 3, ty, ln, sz, fn)
                ty += sz * 1.25
            ci += cs
    return ys[-1]


def vbars(page, x, y, w, h, labels, values, vmin, vmax, fmt, size=8, color=(0.31, 0.5, 0.69),
          bar_w=0.55):
    """Vertical bar chart with data labels over each bar; (x, y) is the top-left of the plot area."""
    n = len(values)
    page.draw_line((x, y + h), (x + w, y + h), color=(0, 0, 0), width=0.8)
    page.draw_line((x, y), (x, y + h), color=(0, 0, 0), width=0.8)
    slot = w / n
    for i, (lab, v) in enumerate(zip(labels, values)):
        bh = (v - vmin) / (vmax - vmin) * h
        cx = x + slot * (i + 0.5)
        page.draw_rect(fitz.Rect(cx - slot * bar_w / 2, y + h - bh, cx + slot * bar_w / 2, y + h), color=None,
                       fill=color)
        text(page, cx, y + h - bh - 3, fmt[i], size, "G", "center")
        text(page, cx, y + h + size + 3, lab, size, "G", "center")
    # axis ticks
    for t in (vmin, vmax):
        yy = y + h - (t - vmin) / (vmax - vmin) * h
        text(page, x - 3, yy + 3, f"{t:g}", 7, "G", "right")
