"""Tiny PyMuPDF layout helpers (text, wrapped paragraphs, ruled tables with spans) for helper sg."""
from __future__ import annotations

import fitz

from sg_common import GOTHIC, MINCHO

A4 = fitz.paper_rect("a4")
FONTS = {"G": fitz.Font(fontfile=GOTHIC), "M": fitz.Font(fontfile=MINCHO)}


class Pg:
    def __init__(self, doc, landscape=False):
        r = A4
        w, h = (r.height, r.width) if landscape else (r.width, r.height)
        self.p = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        self.p.insert_font(fontname="G", fontfile=GOTHIC)

    def tw(self, s, size, font="G"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10, font="G", color=(0, 0, 0), align="l", w=None):
        if align == "r":
            x = x - self.tw(s, size, font)
        elif align == "c":
            x = x + (w - self.tw(s, size, font)) / 2
        self.p.insert_text((x, y + size * 0.88), s, fontname=font, fontsize=size, color=color)
        return y + size * 1.5

    def para(self, x, y, w, s, size=10, font="G", lead=1.6, indent=0):
        """wrap by characters; returns the y below the paragraph"""
        line, first = "", True
        lines = []
        for ch in s:
            avail = w - (indent if first else 0)
            if self.tw(line + ch, size, font) > avail and line:
                if ch in "、。）」％":  # keep closing punctuation on the line
                    line += ch
                    ch = ""
                lines.append((line, first))
                line, first = ch, False
            else:
                line += ch
        if line:
            lines.append((line, first))
        for ln, f in lines:
            self.p.insert_text((x + (indent if f else 0), y + size * 0.88), ln, fontname=font,
                               fontsize=size)
            y += size * lead
        return y

    def rect(self, r, fill=None, color=(0, 0, 0), width=0.6):
        self.p.draw_rect(fitz.Rect(r), color=color, fill=fill, width=width)

    def line(self, a, b, width=0.6, color=(0, 0, 0)):
        self.p.draw_line(fitz.Point(a), fitz.Point(b), color=color, width=width)

    def table(self, x, y, widths, rows, rh=16, size=8, heights=None, rules=True, font="G"):
        """rows: list of lists of cells; cell = str | None (covered by a span) |
        dict(t=, cs=1, rs=1, fill=, al='l'|'r'|'c', size=, vert=bool).
        Returns the bottom y."""
        xs = [x]
        for wd in widths:
            xs.append(xs[-1] + wd)
        hs = heights or [rh] * len(rows)
        ys = [y]
        for hh in hs:
            ys.append(ys[-1] + hh)
        for ri, row in enumerate(rows):
            for ci, c in enumerate(row):
                if c is None:
                    continue
                if isinstance(c, str):
                    c = {"t": c}
                cs, rs = c.get("cs", 1), c.get("rs", 1)
                r = fitz.Rect(xs[ci], ys[ri], xs[ci + cs], ys[ri + rs])
                if c.get("fill"):
                    self.p.draw_rect(r, color=None, fill=c["fill"], width=0)
                if rules:
                    self.p.draw_rect(r, color=(0, 0, 0), width=0.5)
                t = c.get("t", "")
                sz = c.get("size", size)
                al = c.get("al", "r" if _numeric(t) else "c")
                if c.get("vert"):
                    n = len(t)
                    yy = (r.y0 + r.y1) / 2 - n * sz * 1.1 / 2
                    for ch in t:
                        self.text(r.x0, yy, ch, sz, font, align="c", w=r.width)
                        yy += sz * 1.1
                    continue
                lines = t.split("\n")
                yy = (r.y0 + r.y1) / 2 - len(lines) * sz * 1.25 / 2 + sz * 0.12
                for ln in lines:
                    if al == "r":
                        self.text(r.x1 - 3, yy, ln, sz, font, align="r")
                    elif al == "l":
                        self.text(r.x0 + 3, yy, ln, sz, font)
                    else:
                        self.text(r.x0, yy, ln, sz, font, align="c", w=r.width)
                    yy += sz * 1.25
        return ys[-1]


def _numeric(t):
    t = t.strip()
    return bool(t) and all(ch in "0123456789,.△▲－-％%()（）＋+ 円千万億" for ch in t) and any(
        ch.isdigit() for ch in t)
