"""Small PyMuPDF drawing kit for helper qg (tables, wrapped text, vertical labels, bars)."""
from __future__ import annotations

import pymupdf

from qg_common import GOTHIC, MINCHO

FONTS = {"G": pymupdf.Font(fontfile=GOTHIC), "M": pymupdf.Font(fontfile=MINCHO)}
FILES = {"G": GOTHIC, "M": MINCHO}
NOBREAK_HEAD = set("、。，．）」』】％％・ー")


def tlen(s, size, font="M"):
    return FONTS[font].text_length(s, fontsize=size)


def wrap(s: str, width: float, size: float, font="M") -> list[str]:
    out = []
    for para in s.split("\n"):
        line = ""
        for ch in para:
            if tlen(line + ch, size, font) > width and line:
                if ch in NOBREAK_HEAD:  # hang the closing mark on this line
                    line += ch
                    out.append(line)
                    line = ""
                    continue
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
    return out


class Pg:
    def __init__(self, doc, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        for k, f in FILES.items():
            self.p.insert_font(fontname=k, fontfile=f)

    # -- text
    def text(self, x, y, s, size=10, font="M", color=(0, 0, 0), align="l"):
        """y is the top of the line."""
        if align == "c":
            x -= tlen(s, size, font) / 2
        elif align == "r":
            x -= tlen(s, size, font)
        self.p.insert_text((x, y + size * 0.88), s, fontname=font, fontsize=size, color=color)

    def para(self, x, y, width, s, size=10, font="M", lead=1.55, indent=0.0, hang=0.0):
        """Wrapped paragraph starting at top y; first line indented by indent, later lines by hang.
        Returns the y below the paragraph."""
        first = wrap(s, width - indent, size, font)[0] if s else ""
        self.text(x + indent, y, first, size, font)
        rest = s[len(first):]
        if rest:
            for ln in wrap(rest, width - hang, size, font):
                y += size * lead
                self.text(x + hang, y, ln, size, font)
        return y + size * lead

    def vtext(self, x0, y0, x1, y1, s, size=8, font="G"):
        n = len(s)
        step = size * 1.08
        top = (y0 + y1) / 2 - n * step / 2
        for i, ch in enumerate(s):
            self.text((x0 + x1) / 2, top + i * step, ch, size, font, align="c")

    # -- graphics
    def rect(self, r, fill=None, color=(0, 0, 0), width=0.6):
        self.p.draw_rect(pymupdf.Rect(r), color=color, fill=fill, width=width if color else 0)

    def line(self, x0, y0, x1, y1, width=0.6, color=(0, 0, 0)):
        self.p.draw_line((x0, y0), (x1, y1), color=color, width=width)

    def cellbox(self, r, s, size=8, font="M", align="c", fill=None, border=True, vert=False, pad=2.5,
                valign="m", lead=1.3):
        x0, y0, x1, y1 = r
        if fill is not None or border:
            self.rect(r, fill=fill, color=(0, 0, 0) if border else None, width=0.5)
        if not s:
            return
        if vert:
            self.vtext(x0, y0, x1, y1, s, size, font)
            return
        lines = wrap(s, x1 - x0 - 2 * pad, size, font)
        th = len(lines) * size * lead - (lead - 1) * size
        if valign == "m":
            y = (y0 + y1) / 2 - th / 2
        else:
            y = y0 + pad
        for ln in lines:
            if align == "c":
                self.text((x0 + x1) / 2, y, ln, size, font, align="c")
            elif align == "r":
                self.text(x1 - pad, y, ln, size, font, align="r")
            else:
                self.text(x0 + pad, y, ln, size, font)
            y += size * lead


def grid(pg: Pg, x0, y0, colw, rowh, cells, style="grid", zebra=((1, 1, 1), (0.93, 0.95, 0.98)),
         head_rows=0, head_fill=(0.82, 0.86, 0.92)):
    """cells: dicts with r, c, rs, cs, t, al, font, size, vert, fill.
    style: grid (all rules) | zebra (no rules, alternate fills, shaded header) | hrules (rules only around header
    and at the bottom)."""
    xs = [x0]
    for w in colw:
        xs.append(xs[-1] + w)
    ys = [y0]
    for h in rowh:
        ys.append(ys[-1] + h)
    if style == "zebra":
        for r in range(len(rowh)):
            if r < head_rows:
                continue
            f = zebra[(r - head_rows) % 2]
            pg.rect((xs[0], ys[r], xs[-1], ys[r + 1]), fill=f, color=None)
    for cdef in cells:
        r, cc = cdef["r"], cdef["c"]
        rs, cs = cdef.get("rs", 1), cdef.get("cs", 1)
        rect = (xs[cc], ys[r], xs[cc + cs], ys[r + rs])
        fill = cdef.get("fill")
        if fill is None and r < head_rows:
            fill = head_fill
        border = style == "grid"
        if style == "zebra" and r < head_rows:
            pg.rect(rect, fill=fill, color=(1, 1, 1), width=0.8)
            fill = None
        pg.cellbox(rect, cdef.get("t", ""), size=cdef.get("size", 7.6), font=cdef.get("font", "G" if r < head_rows else "M"),
                   align=cdef.get("al", "c"), fill=fill, border=border, vert=cdef.get("vert", False),
                   valign=cdef.get("va", "m"))
    if style == "hrules":
        pg.line(xs[0], ys[0], xs[-1], ys[0], 1.0)
        pg.line(xs[0], ys[head_rows], xs[-1], ys[head_rows], 0.6)
        pg.line(xs[0], ys[-1], xs[-1], ys[-1], 1.0)
    if style == "zebra":
        pg.line(xs[0], ys[-1], xs[-1], ys[-1], 0.8, color=(0.3, 0.35, 0.45))
    return xs, ys
