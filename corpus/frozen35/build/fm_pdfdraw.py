"""Tiny PyMuPDF drawing layer used by helper fm's PyMuPDF-built documents."""
from __future__ import annotations

import fitz

from fm_common import FONT_G, FONT_M

FONTS = {"G": fitz.Font(fontfile=FONT_G), "M": fitz.Font(fontfile=FONT_M)}


class Page:
    def __init__(self, doc, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        self.p.insert_font(fontname="G", fontfile=FONT_G)
        self.p.insert_font(fontname="M", fontfile=FONT_M)

    # -- text --------------------------------------------------------------
    def width(self, s, size, font="M"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10, font="M", align="l", color=(0, 0, 0)):
        """y is the baseline."""
        if align == "r":
            x = x - self.width(s, size, font)
        elif align == "c":
            x = x - self.width(s, size, font) / 2
        self.p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def wrap(self, s, width, size, font="M", indent=0.0):
        lines, cur = [], ""
        avail = width - indent
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                avail = width
                continue
            if self.width(cur + ch, size, font) > avail and cur:
                # keep closing punctuation on the line (kinsoku, simple)
                if ch in "、。）」】％":
                    cur += ch
                    lines.append(cur)
                    cur = ""
                    avail = width
                    continue
                lines.append(cur)
                cur = ch
                avail = width
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, width, s, size=10, font="M", lead=1.6, first=0.0, hang=0.0):
        """Wrapped paragraph; first = first-line indent (pt); hang = indent of following lines. Returns next y."""
        lines = self.wrap(s, width - hang, size, font, indent=first - hang)
        for i, ln in enumerate(lines):
            self.text(x + (first if i == 0 else hang), y + size, ln, size, font)
            y += size * lead
        return y

    # -- drawing -------------------------------------------------------------
    def rect(self, x0, y0, x1, y1, fill=None, color=(0, 0, 0), width=0.6):
        self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width)

    def line(self, x0, y0, x1, y1, color=(0, 0, 0), width=0.6, dashes=None):
        self.p.draw_line((x0, y0), (x1, y1), color=color, width=width, dashes=dashes)

    def table(self, x, y, widths, rows, rowh=16, size=8.5, border=(0, 0, 0), grid=True):
        """rows: list of rows; each row a list of cells (None = covered by a span).
        cell: str or dict(t=, a='l'|'c'|'r', f=font, fill=rgb, cs=colspan, rs=rowspan, s=size, h=rowheight-mult)."""
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        hs = []
        for r in rows:
            mult = max((c.get("h", 1) if isinstance(c, dict) else 1) for c in r if c is not None) if any(
                c is not None for c in r) else 1
            hs.append(rowh * mult)
        ys = [y]
        for h in hs:
            ys.append(ys[-1] + h)
        for ri, r in enumerate(rows):
            for ci, c in enumerate(r):
                if c is None:
                    continue
                if not isinstance(c, dict):
                    c = {"t": c}
                cs, rs = c.get("cs", 1), c.get("rs", 1)
                x0, x1 = xs[ci], xs[ci + cs]
                y0, y1 = ys[ri], ys[ri + rs]
                if c.get("fill") is not None:
                    self.rect(x0, y0, x1, y1, fill=c["fill"], color=None, width=0)
                if grid:
                    self.rect(x0, y0, x1, y1, color=border, width=0.5)
                t = str(c.get("t", ""))
                sz = c.get("s", size)
                fnt = c.get("f", "M")
                al = c.get("a", "c")
                lines = t.split("\n")
                tot_h = len(lines) * sz * 1.25
                ty = (y0 + y1) / 2 - tot_h / 2 + sz * 0.95
                for ln in lines:
                    if al == "l":
                        self.text(x0 + 3, ty, ln, sz, fnt)
                    elif al == "r":
                        self.text(x1 - 3, ty, ln, sz, fnt, align="r")
                    else:
                        self.text((x0 + x1) / 2, ty, ln, sz, fnt, align="c")
                    ty += sz * 1.25
        return ys[-1]
