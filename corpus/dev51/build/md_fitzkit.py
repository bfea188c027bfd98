"""Tiny drawing kit on PyMuPDF for helper md's committee paper (text stays a real text layer)."""
from __future__ import annotations

import fitz

GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"G": fitz.Font(fontfile=GOTH), "M": fitz.Font(fontfile=MIN)}
NOSTART = set("。、，．）」】』％:：・")
BLACK = (0, 0, 0)


class Page:
    def __init__(self, doc: fitz.Document, w: float = 595.28, h: float = 841.89):
        self.pg = doc.new_page(width=w, height=h)
        self.pg.insert_font(fontname="G", fontfile=GOTH)
        self.pg.insert_font(fontname="M", fontfile=MIN)
        self.w, self.h = w, h

    # ---- text ---------------------------------------------------------------
    def tlen(self, s: str, size: float, font: str = "M") -> float:
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10.0, font="M", align="l", color=BLACK):
        w = self.tlen(s, size, font)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.pg.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
        return w

    def wrap(self, s: str, width: float, size: float, font: str = "M", indent: float = 0) -> list[str]:
        out = []
        for para in s.split("\n"):
            line = ""
            first = True
            for ch in para:
                lim = width - (0 if first else indent)
                if line and self.tlen(line + ch, size, font) > lim and ch not in NOSTART:
                    out.append(line)
                    line = ""
                    first = False
                line += ch
            out.append(line)
        return out

    def para(self, x, y, width, s, size=10.0, font="M", lh=1.55, indent=0.0, hang=0.0):
        """Draw wrapped text; first line starts at x+indent, later lines at x+hang. Returns y after."""
        lines = self.wrap(s, width - max(indent, 0), size, font, indent=hang - indent)
        for i, ln in enumerate(lines):
            self.text(x + (indent if i == 0 else hang), y + size, ln, size, font)
            y += size * lh
        return y

    # ---- shapes -------------------------------------------------------------
    def rect(self, x0, y0, x1, y1, fill=None, width=0.6, color=BLACK):
        self.pg.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color if width else None, fill=fill,
                          width=width or 0)

    def line(self, x0, y0, x1, y1, width=0.6, color=BLACK, dashes=None):
        self.pg.draw_line((x0, y0), (x1, y1), color=color, width=width, dashes=dashes)

    def cell(self, x0, y0, x1, y1, s="", size=8.5, font="M", align="c", fill=None, border=0.6,
             pad=2.5, lh=1.3, valign="m"):
        if fill is not None or border:
            self.rect(x0, y0, x1, y1, fill=fill, width=border)
        if not s:
            return
        lines = self.wrap(s, x1 - x0 - 2 * pad, size, font)
        hgt = len(lines) * size * lh
        if valign == "m":
            yy = (y0 + y1) / 2 - hgt / 2
        else:
            yy = y0 + pad
        for ln in lines:
            base = yy + size * (lh - 1) / 2 + size * 0.88
            if align == "l":
                self.text(x0 + pad, base, ln, size, font)
            elif align == "r":
                self.text(x1 - pad, base, ln, size, font, align="r")
            else:
                self.text((x0 + x1) / 2, base, ln, size, font, align="c")
            yy += size * lh

    def grid(self, x, y, widths, heights, cells, size=8.5, border=0.6):
        """cells: (row, col, text, opts) with opts rs, cs, align, fill, font, size."""
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        for r, col, s, o in cells:
            rs, cs = o.get("rs", 1), o.get("cs", 1)
            self.cell(xs[col], ys[r], xs[col + cs], ys[r + rs], s, size=o.get("size", size),
                      font=o.get("font", "M"), align=o.get("align", "c"), fill=o.get("fill"),
                      border=o.get("border", border), valign=o.get("valign", "m"))
        return ys[-1]
