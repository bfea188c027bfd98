"""Small PyMuPDF drawing kit (IPAex fonts) for helper nc's documents."""
from __future__ import annotations

import pymupdf

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": pymupdf.Font(fontfile=GOTHIC), "m": pymupdf.Font(fontfile=MINCHO)}
NOSTART = set("、。，．）」』】％・ー")
NOEND = set("【（「『")

GREY = (0.85, 0.85, 0.85)
LIGHT = (0.94, 0.94, 0.94)
BLUE = (0.86, 0.91, 0.97)
BLACK = (0, 0, 0)


class Canvas:
    def __init__(self, doc: pymupdf.Document, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.page = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        self.page.insert_font(fontname="g", fontfile=GOTHIC)
        self.page.insert_font(fontname="m", fontfile=MINCHO)

    # --- text -----------------------------------------------------------------------------
    def width(self, s, size, font="g"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=9, font="m", color=BLACK, align="l"):
        if align == "r":
            x -= self.width(s, size, font)
        elif align == "c":
            x -= self.width(s, size, font) / 2
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def lines_for(self, s, width, size, font="m", indent2=0):
        out, cur = [], ""
        for ch in s:
            lim = width - (indent2 if out else 0)
            if self.width(cur + ch, size, font) > lim and cur:
                if ch in NOSTART:
                    cur += ch
                    continue
                carry = ""
                while cur and cur[-1] in NOEND:
                    carry = cur[-1] + carry
                    cur = cur[:-1]
                out.append(cur)
                cur = carry + ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, width, s, size=9.5, font="m", lead=1.6, indent2=0, color=BLACK):
        """Wrap s into width starting with baseline y; returns the baseline after the last line."""
        for i, ln in enumerate(self.lines_for(s, width, size, font, indent2)):
            self.text(x + (indent2 if i else 0), y, ln, size, font, color)
            y += size * lead
        return y

    def rect(self, x0, y0, x1, y1, fill=None, color=BLACK, width=0.6):
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width)

    def line(self, x0, y0, x1, y1, color=BLACK, width=0.6):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width)

    # --- tables -----------------------------------------------------------------------------
    def table(self, x, y, colw, rowh, cells, size=8, font="g", border=True, zebra=None,
              hrows=0, hfill=GREY, lw=0.5):
        """cells: dicts r, c, t, rs, cs, al (l/c/r), fill, vert, size, font.
        rowh: number or list. Returns the bottom y."""
        nrows = 1 + max(c["r"] + c.get("rs", 1) - 1 for c in cells)
        if not isinstance(rowh, (list, tuple)):
            rowh = [rowh] * nrows
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in rowh:
            ys.append(ys[-1] + h)
        if zebra:
            for r in range(hrows, nrows):
                if (r - hrows) % 2 == 1:
                    self.rect(xs[0], ys[r], xs[-1], ys[r + 1], fill=zebra, color=None, width=0)
        for c in cells:
            r, k, rs, cs = c["r"], c["c"], c.get("rs", 1), c.get("cs", 1)
            x0, x1, y0, y1 = xs[k], xs[k + cs], ys[r], ys[r + rs]
            fill = c.get("fill", hfill if r < hrows else None)
            if fill:
                self.rect(x0, y0, x1, y1, fill=fill, color=None, width=0)
            if border:
                self.rect(x0, y0, x1, y1, color=BLACK, width=lw)
            t = c.get("t", "")
            if t == "":
                continue
            sz = c.get("size", size)
            fn = c.get("font", font)
            if c.get("vert"):
                chars = list(t)
                step = sz * 1.15
                ty = (y0 + y1) / 2 - step * len(chars) / 2 + sz * 0.9
                for ch in chars:
                    self.text((x0 + x1) / 2, ty, ch, sz, fn, align="c")
                    ty += step
                continue
            lines = t.split("\n")
            wrapw = c.get("wrap")
            if wrapw:
                lines = [ln for part in lines for ln in self.lines_for(part, (x1 - x0) - 6, sz, fn)]
            lead = sz * 1.3
            ty = (y0 + y1) / 2 - lead * len(lines) / 2 + sz * 0.95
            if c.get("top"):
                ty = y0 + sz + 3
            al = c.get("al", "c")
            for ln in lines:
                if al == "r":
                    self.text(x1 - 3, ty, ln, sz, fn, align="r")
                elif al == "l":
                    self.text(x0 + 3, ty, ln, sz, fn)
                else:
                    self.text((x0 + x1) / 2, ty, ln, sz, fn, align="c")
                ty += lead
        return ys[-1]
