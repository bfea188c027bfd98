"""Small drawing layer over PyMuPDF for helper kb's documents: text, wrapped text, grid tables
with spans, shading, vertical (stacked) labels and simple charts. Fonts: IPAex Gothic / Mincho."""
from __future__ import annotations

import fitz

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": fitz.Font(fontfile=GOTHIC), "m": fitz.Font(fontfile=MINCHO)}
FILES = {"g": GOTHIC, "m": MINCHO}
NOSTART = set("。、）」』】，．,.%％・ー")


class Page:
    def __init__(self, doc: fitz.Document, landscape: bool = False):
        w, h = (842, 595) if landscape else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        for k, f in FILES.items():
            self.p.insert_font(fontname="kb" + k, fontfile=f)

    # ---- text ----------------------------------------------------------------------------
    def width(self, s: str, size: float, font: str = "g") -> float:
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x: float, y: float, s: str, size: float = 10, font: str = "g", align: str = "l",
             color=(0, 0, 0)):
        """y is the baseline."""
        if align == "r":
            x -= self.width(s, size, font)
        elif align == "c":
            x -= self.width(s, size, font) / 2
        self.p.insert_text((x, y), s, fontsize=size, fontname="kb" + font, color=color)

    def wrap(self, s: str, width: float, size: float, font: str = "g") -> list[str]:
        out = []
        for para in s.split("\n"):
            line = ""
            for ch in para:
                if self.width(line + ch, size, font) > width and line:
                    if ch in NOSTART:          # keep closing marks on the line
                        line += ch
                        continue
                    out.append(line)
                    line = ch
                else:
                    line += ch
            out.append(line)
        return out

    def para(self, x: float, y: float, s: str, width: float, size: float = 10, font: str = "g",
             lead: float = 1.5, indent2: float = 0.0) -> float:
        """wrapped paragraph from top y; returns the y below it. indent2: hanging indent of later lines."""
        lines = self.wrap(s, width, size, font)
        if indent2 and len(lines) > 1:
            rest = "".join(lines[1:])
            lines = lines[:1] + self.wrap(rest, width - indent2, size, font)
        for i, ln in enumerate(lines):
            self.text(x + (indent2 if i else 0), y + size + i * size * lead, ln, size, font)
        return y + len(lines) * size * lead

    # ---- shapes --------------------------------------------------------------------------
    def rect(self, r, width: float = 0.6, fill=None, color=(0, 0, 0)):
        self.p.draw_rect(fitz.Rect(*r), color=color, fill=fill, width=width)

    def line(self, x0, y0, x1, y1, width: float = 0.6, color=(0, 0, 0), dashes=None):
        self.p.draw_line((x0, y0), (x1, y1), color=color, width=width, dashes=dashes)

    def cell_text(self, r, s: str, size: float = 8.5, font: str = "g", align: str = "c", valign: str = "m",
                  pad: float = 3, lead: float = 1.3, vertical: bool = False, color=(0, 0, 0)):
        x0, y0, x1, y1 = r
        if vertical:                      # 縦書き: one character per line, centred
            chars = list(s)
            h = len(chars) * size * 1.1
            ty = y0 + (y1 - y0 - h) / 2
            for i, ch in enumerate(chars):
                self.text((x0 + x1) / 2, ty + size + i * size * 1.1 - 1, ch, size, font, "c", color)
            return
        lines = self.wrap(s, x1 - x0 - 2 * pad, size, font) if s else []
        h = len(lines) * size * lead
        if valign == "m":
            ty = y0 + (y1 - y0 - h) / 2
        elif valign == "t":
            ty = y0 + pad
        else:
            ty = y1 - h - pad
        for i, ln in enumerate(lines):
            by = ty + size + i * size * lead - size * 0.15
            if align == "l":
                self.text(x0 + pad, by, ln, size, font, "l", color)
            elif align == "r":
                self.text(x1 - pad, by, ln, size, font, "r", color)
            else:
                self.text((x0 + x1) / 2, by, ln, size, font, "c", color)

    def grid(self, x0: float, y0: float, colw: list[float], rowh: list[float], cells: list[dict],
             lw: float = 0.5, rules: bool = True):
        """cells: dict(r, c, rs=1, cs=1, t='', align, fill, size, font, vertical, valign).
        Draws fills, then texts, then borders of every cell (rules=False: no borders)."""
        xs = [x0]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y0]
        for h in rowh:
            ys.append(ys[-1] + h)
        for cl in cells:
            r, c_ = cl["r"], cl["c"]
            rr = (xs[c_], ys[r], xs[c_ + cl.get("cs", 1)], ys[r + cl.get("rs", 1)])
            if cl.get("fill"):
                self.p.draw_rect(fitz.Rect(*rr), color=None, fill=cl["fill"], width=0)
        for cl in cells:
            r, c_ = cl["r"], cl["c"]
            rr = (xs[c_], ys[r], xs[c_ + cl.get("cs", 1)], ys[r + cl.get("rs", 1)])
            self.cell_text(rr, cl.get("t", ""), cl.get("size", 8.5), cl.get("font", "g"), cl.get("align", "c"),
                           cl.get("valign", "m"), vertical=cl.get("vertical", False), lead=cl.get("lead", 1.3))
            if rules and not cl.get("noborder"):
                self.p.draw_rect(fitz.Rect(*rr), color=(0, 0, 0), width=lw)
        return xs, ys
