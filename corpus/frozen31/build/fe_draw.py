"""Small PyMuPDF drawing kit for helper fe's documents (text, wrapped text, grid tables, bars)."""
from __future__ import annotations

import pymupdf as fitz

from fe_common import GOTHIC, MINCHO

FONTS = {"G": GOTHIC, "M": MINCHO}
_FONT_OBJ = {k: fitz.Font(fontfile=v) for k, v in FONTS.items()}
NO_LINE_START = set("。、，．）」』】％・：！？ー")


class Canvas:
    def __init__(self, doc: fitz.Document, width=842, height=595):
        self.doc = doc
        self.page = doc.new_page(width=width, height=height)
        for k, v in FONTS.items():
            self.page.insert_font(fontname=k, fontfile=v)
        self.w, self.h = width, height

    # ------------------------------------------------------------ text
    @staticmethod
    def width(s: str, size: float, font="G") -> float:
        return _FONT_OBJ[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=9, font="G", align="left", color=(0, 0, 0)):
        """y is the baseline."""
        if align != "left":
            w = self.width(s, size, font)
            x = x - w if align == "right" else x - w / 2
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    @classmethod
    def wrap(cls, s: str, maxw: float, size=9, font="G") -> list[str]:
        out = []
        for para in s.split("\n"):
            line = ""
            for ch in para:
                if line and cls.width(line + ch, size, font) > maxw and ch not in NO_LINE_START:
                    out.append(line)
                    line = ch
                else:
                    line += ch
            out.append(line)
        return out

    def para(self, x, y, s, maxw, size=9, font="G", lead=1.45, indent2=0.0):
        """Draw wrapped text from baseline y; continuation lines indented by indent2. Returns next y."""
        lines = self.wrap(s, maxw, size, font)
        first = True
        for ln in lines:
            self.text(x + (0 if first else indent2), y, ln, size, font)
            y += size * lead
            first = False
        return y

    def vtext(self, cx, cy, s, size=9, font="G"):
        """Vertical (stacked) text centred at (cx, cy)."""
        n = len(s)
        step = size * 1.05
        y0 = cy - step * n / 2 + size * 0.85
        for i, ch in enumerate(s):
            self.text(cx, y0 + i * step, ch, size, font, align="center")

    # ------------------------------------------------------------ shapes
    def rect(self, x0, y0, x1, y1, fill=None, color=(0, 0, 0), width=0.6):
        self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width)

    def line(self, x0, y0, x1, y1, color=(0, 0, 0), width=0.6, dashes=None):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width, dashes=dashes)

    # ------------------------------------------------------------ tables
    def table(self, x0, y0, colw, rowh, cells, border=True, size=8.5, grid_color=(0, 0, 0)):
        """cells: list of dict(r, c, rs=1, cs=1, text, align, font, size, fill, vertical, lines).
        Returns the bottom y.  Cell text is drawn after all fills so that nothing hides it."""
        xs = [x0]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y0]
        for h in rowh:
            ys.append(ys[-1] + h)
        for c in cells:
            if c.get("fill"):
                r0, c0 = c["r"], c["c"]
                r1, c1 = r0 + c.get("rs", 1), c0 + c.get("cs", 1)
                self.rect(xs[c0], ys[r0], xs[c1], ys[r1], fill=c["fill"], color=None, width=0)
        for c in cells:
            r0, c0 = c["r"], c["c"]
            r1, c1 = r0 + c.get("rs", 1), c0 + c.get("cs", 1)
            X0, Y0, X1, Y1 = xs[c0], ys[r0], xs[c1], ys[r1]
            if border and not c.get("noborder"):
                self.rect(X0, Y0, X1, Y1, color=grid_color, width=0.5)
            t = c.get("text", "")
            if t == "":
                continue
            sz = c.get("size", size)
            font = c.get("font", "M")
            if c.get("vertical"):
                self.vtext((X0 + X1) / 2, (Y0 + Y1) / 2, t, sz, font)
                continue
            pad = 3
            lines = self.wrap(t, X1 - X0 - 2 * pad, sz, font) if c.get("wrap") else t.split("\n")
            lh = sz * 1.3
            total = lh * len(lines)
            valign = c.get("valign", "middle")
            if valign == "top":
                by = Y0 + pad + sz
            else:
                by = (Y0 + Y1) / 2 - total / 2 + sz * 0.95
            align = c.get("align", "left")
            for ln in lines:
                if align == "right":
                    self.text(X1 - pad, by, ln, sz, font, "right")
                elif align == "center":
                    self.text((X0 + X1) / 2, by, ln, sz, font, "center")
                else:
                    self.text(X0 + pad, by, ln, sz, font)
                by += lh
        return ys[-1]
