"""Small PyMuPDF drawing kit (text, wrapped prose, ruled or zebra tables, bar and line charts) for fl_* builds."""
from __future__ import annotations

import fitz

from fl_common import GOTHIC, MINCHO

FONTS = {"g": fitz.Font(fontfile=GOTHIC), "m": fitz.Font(fontfile=MINCHO)}
NO_START = set("、。，．）」』】％・ー")


def setup(page):
    page.insert_font(fontname="g", fontfile=GOTHIC)
    page.insert_font(fontname="m", fontfile=MINCHO)


def width(s, fs, font="g"):
    return FONTS[font].text_length(s, fontsize=fs)


def text(page, x, y, s, fs=9, font="g", align="l", color=(0, 0, 0)):
    """y is the baseline."""
    w = width(s, fs, font)
    if align == "r":
        x -= w
    elif align == "c":
        x -= w / 2
    page.insert_text((x, y), s, fontsize=fs, fontname=font, color=color)
    return w


def wrap(s, maxw, fs, font="m", indent=0.0):
    lines, cur = [], ""
    for ch in s:
        lim = maxw - (indent if not lines else 0)
        if width(cur + ch, fs, font) > lim and cur:
            if ch in NO_START:
                cur += ch
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(page, x, y, s, maxw, fs=9.5, font="m", lead=1.6, first_indent=0.0, hang=0.0):
    """Wrapped paragraph; returns next y (baseline of the following line).
    first_indent shifts the first line; hang indents continuation lines."""
    lines = []
    cur = ""
    for ch in s:
        lim = maxw - (first_indent if not lines else hang)
        if width(cur + ch, fs, font) > lim and cur:
            if ch in NO_START:
                cur += ch
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    for i, ln in enumerate(lines):
        text(page, x + (first_indent if i == 0 else hang), y, ln, fs, font)
        y += fs * lead
    return y


def table(page, x, y, widths, rows, rh=15.0, fs=8.0, header_rows=1, merges=(), aligns=None, fills=None,
          header_fill=(0.85, 0.89, 0.94), zebra=None, border=(0.25, 0.25, 0.25), lw=0.5, bold_rows=(),
          rules=True, line_h=None):
    """Draw a table.  rows: list of row lists (strings; '\n' stacks lines in a cell; None = covered by a merge).
    merges: (r0, c0, r1, c1) inclusive.  aligns: per column 'l'|'c'|'r' for body rows.  rh: scalar or list.
    Returns the bottom y."""
    nR = len(rows)
    rhs = rh if isinstance(rh, (list, tuple)) else [rh] * nR
    ys = [y]
    for h in rhs:
        ys.append(ys[-1] + h)
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    span = {}
    covered = set()
    for (r0, c0, r1, c1) in merges:
        span[(r0, c0)] = (r1, c1)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered.add((r, c))
    lh = line_h or fs * 1.25
    for r in range(nR):
        for c in range(len(widths)):
            if (r, c) in covered:
                continue
            r1, c1 = span.get((r, c), (r, c))
            rect = fitz.Rect(xs[c], ys[r], xs[c1 + 1], ys[r1 + 1])
            fill = None
            if r < header_rows:
                fill = header_fill
            elif fills and fills.get((r, c)):
                fill = fills[(r, c)]
            elif zebra and (r - header_rows) % 2 == 1:
                fill = zebra
            if fill:
                page.draw_rect(rect, color=None, fill=fill, width=0)
            if rules:
                page.draw_rect(rect, color=border, width=lw)
            s = rows[r][c] if c < len(rows[r]) else ""
            if not s:
                continue
            parts = s.split("\n")
            al = "c" if r < header_rows else (aligns[c] if aligns else "l")
            top = rect.y0 + (rect.height - lh * len(parts)) / 2
            for k, part in enumerate(parts):
                base = top + lh * k + fs * 0.95
                if al == "r":
                    tx = rect.x1 - 2.5
                elif al == "c":
                    tx = (rect.x0 + rect.x1) / 2
                else:
                    tx = rect.x0 + 2.5
                text(page, tx, base, part, fs, "g", al)
    if not rules:
        page.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), color=border, width=0.9)
        page.draw_line((xs[0], ys[header_rows]), (xs[-1], ys[header_rows]), color=border, width=0.6)
        page.draw_line((xs[0], ys[-1]), (xs[-1], ys[-1]), color=border, width=0.9)
    return ys[-1]


def vtext(page, cx, y0, s, fs=9, font="g"):
    """Vertical label (one character per line), centred on cx starting at y0."""
    y = y0
    for ch in s:
        text(page, cx, y + fs, ch, fs, font, "c")
        y += fs * 1.15
    return y
