"""Small PyMuPDF drawing layer used by kd_tsurugi_committee.py (text, wrapped text, grids)."""
from __future__ import annotations

import pymupdf as fitz

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": fitz.Font(fontfile=GOTHIC), "m": fitz.Font(fontfile=MINCHO)}
FILES = {"g": GOTHIC, "m": MINCHO}
NO_START = set("、。，．）」』】％,.)")


class Canvas:
    def __init__(self, doc: fitz.Document, width=595, height=842):
        self.page = doc.new_page(width=width, height=height)
        self.page.insert_font(fontname="g", fontfile=GOTHIC)   # only the font the pages use
        self.w, self.h = width, height

    # -------------------------------------------------------------- text
    def tl(self, s, size=9, font="g"):
        return FONTS[font].text_length(s, fontsize=size)

    def t(self, x, y, s, size=9, font="g", color=(0, 0, 0), align="left", width=None):
        """Text with its baseline at y. align center/right uses width from x."""
        if align != "left":
            L = self.tl(s, size, font)
            if align == "center":
                x = x + (width - L) / 2
            else:
                x = x + width - L
        self.page.insert_text((x, y), s, fontsize=size, fontname=font, color=color)

    def lines_for(self, s, width, size=9, font="g", indent_next=0.0):
        out, cur = [], ""
        avail = width
        for ch in s:
            if ch == "\n":
                out.append(cur)
                cur = ""
                avail = width - indent_next
                continue
            if self.tl(cur + ch, size, font) > avail and cur:
                if ch in NO_START:          # keep closing punctuation on the line
                    cur += ch
                    continue
                out.append(cur)
                cur = ch
                avail = width - indent_next
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def wrap(self, x, y, width, s, size=9, font="g", leading=1.55, indent_next=0.0,
             color=(0, 0, 0)):
        """Wrapped paragraph; y is the first baseline; returns the baseline after the last line."""
        lines = self.lines_for(s, width, size, font, indent_next)
        for i, ln in enumerate(lines):
            self.t(x + (indent_next if i else 0), y, ln, size, font, color)
            y += size * leading
        return y

    # -------------------------------------------------------------- shapes
    def rect(self, x0, y0, x1, y1, fill=None, color=(0, 0, 0), width=0.6):
        self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width)

    def line(self, x0, y0, x1, y1, color=(0, 0, 0), width=0.6):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width)

    # -------------------------------------------------------------- cells and grids
    def cell_text(self, x0, y0, x1, y1, text, size=8, font="g", align="center", vertical=False,
                  pad=3):
        if text is None or text == "":
            return
        if vertical:                       # 縦書き: one character a line
            chars = list(text)
            lh = size * 1.15
            total = lh * len(chars)
            y = y0 + (y1 - y0 - total) / 2 + size
            for ch in chars:
                self.t(x0, y, ch, size, font, align="center", width=x1 - x0)
                y += lh
            return
        lines = []
        for part in str(text).split("\n"):
            lines += self.lines_for(part, x1 - x0 - 2 * pad, size, font) or [""]
        lh = size * 1.3
        total = lh * len(lines) - (lh - size)
        y = y0 + (y1 - y0 - total) / 2 + size * 0.88
        for ln in lines:
            if align == "left":
                self.t(x0 + pad, y, ln, size, font)
            elif align == "right":
                self.t(x0 + pad, y, ln, size, font, align="right", width=x1 - x0 - 2 * pad)
            else:
                self.t(x0, y, ln, size, font, align="center", width=x1 - x0)
            y += lh

    def grid(self, x, y, widths, heights, cells, size=8, font="g", border=0.6, rules=True):
        """cells: list of rows; each a list of dicts or str or None (None = covered by a span).
        dict keys: t (text), cs, rs (spans), a (align), f (fill), v (vertical), s (size)."""
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        for r, row in enumerate(cells):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                if isinstance(cell, str):
                    cell = {"t": cell}
                cs, rs = cell.get("cs", 1), cell.get("rs", 1)
                x0, x1 = xs[c], xs[c + cs]
                y0, y1 = ys[r], ys[r + rs]
                if cell.get("f") is not None:
                    self.rect(x0, y0, x1, y1, fill=cell["f"], color=None, width=0)
                if rules:
                    self.rect(x0, y0, x1, y1, width=border)
                self.cell_text(x0, y0, x1, y1, cell.get("t"), cell.get("s", size), font,
                               cell.get("a", "center"), cell.get("v", False))
        return ys[-1]
