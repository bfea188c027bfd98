"""Direct PDF drawing with PyMuPDF for fp's documents: text, wrapped CJK text, grid tables, bars."""
from __future__ import annotations

import pymupdf as fitz

from fp_common import GOTHIC, MINCHO

FONTS = {"g": ("ipag", GOTHIC), "m": ("ipam", MINCHO)}
_FONT_OBJ = {k: fitz.Font(fontfile=v[1]) for k, v in FONTS.items()}

A4 = (595.28, 841.89)
A4L = (841.89, 595.28)


def tlen(s, size, font="g"):
    return _FONT_OBJ[font].text_length(s, fontsize=size)


def wrap(s, width, size, font="g"):
    """split a CJK string into lines that fit `width` (simple kinsoku for 、。）)."""
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if tlen(cur + ch, size, font) > width and cur:
            if ch in "、。）」％】":
                cur += ch
                lines.append(cur)
                cur = ""
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Canvas:
    def __init__(self, doc, size=A4):
        self.doc = doc
        self.page = doc.new_page(width=size[0], height=size[1])
        self.W, self.H = size

    def text(self, x, y, s, size=9, font="g", align="l", color=(0, 0, 0)):
        """y is the baseline."""
        w = tlen(s, size, font)
        if align == "c":
            x -= w / 2
        elif align == "r":
            x -= w
        name, file = FONTS[font]
        self.page.insert_text((x, y), s, fontsize=size, fontname=name, fontfile=file, color=color)
        return w

    def para(self, x, y, width, s, size=9, font="g", lead=1.5, indent_first=0, hang=0, color=(0, 0, 0)):
        """wrapped paragraph; returns the y after the last line. `hang`: indent of continuation lines."""
        lines = []
        first_w = width - indent_first
        ls = wrap(s, first_w, size, font)
        if ls:
            lines.append((indent_first, ls[0]))
            rest = "".join(ls[1:])
            if rest:
                for ln in wrap(rest, width - hang, size, font):
                    lines.append((hang, ln))
        for dx, ln in lines:
            y += size * lead
            self.text(x + dx, y - size * (lead - 1) / 2 - 1, ln, size, font, color=color)
        return y

    def rect(self, r, fill=None, stroke=(0, 0, 0), width=0.5):
        self.page.draw_rect(fitz.Rect(r), color=stroke, fill=fill, width=width if stroke else 0)

    def line(self, p0, p1, width=0.5, color=(0, 0, 0), dashes=None):
        self.page.draw_line(p0, p1, color=color, width=width, dashes=dashes)

    def vtext(self, rect, s, size=8, font="g"):
        """縦書き: one character per line, centred in rect."""
        x0, y0, x1, y1 = rect
        n = len(s)
        h = n * size * 1.05
        y = (y0 + y1) / 2 - h / 2 + size
        for ch in s:
            self.text((x0 + x1) / 2, y, ch, size, font, align="c")
            y += size * 1.05

    def cell(self, rect, s, size=8, font="g", align="c", fill=None, stroke=(0, 0, 0), width=0.5,
             valign="c", pad=3, vertical=False, lead=1.25, color=(0, 0, 0)):
        x0, y0, x1, y1 = rect
        if fill or stroke:
            self.rect(rect, fill=fill, stroke=stroke, width=width)
        if s is None or s == "":
            return
        if vertical:
            self.vtext(rect, s, size, font)
            return
        lines = []
        for part in str(s).split("\n"):
            lines += wrap(part, x1 - x0 - 2 * pad, size, font) if tlen(part, size, font) > x1 - x0 - 2 * pad else [part]
        h = len(lines) * size * lead
        if valign == "c":
            y = (y0 + y1) / 2 - h / 2
        elif valign == "t":
            y = y0 + pad
        else:
            y = y1 - pad - h
        for ln in lines:
            y += size * lead
            by = y - size * (lead - 1) / 2 - size * 0.12
            if align == "l":
                self.text(x0 + pad, by, ln, size, font, color=color)
            elif align == "r":
                self.text(x1 - pad, by, ln, size, font, align="r", color=color)
            else:
                self.text((x0 + x1) / 2, by, ln, size, font, align="c", color=color)

    def grid(self, x, y, colw, rowh, cells, size=8, font="g", stroke=(0, 0, 0), width=0.5):
        """cells: list of dict(r, c, rs=1, cs=1, t=text, align, fill, vertical, size, font)."""
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in rowh:
            ys.append(ys[-1] + h)
        for cdef in cells:
            r, c_ = cdef["r"], cdef["c"]
            rs, cs = cdef.get("rs", 1), cdef.get("cs", 1)
            rect = (xs[c_], ys[r], xs[c_ + cs], ys[r + rs])
            self.cell(rect, cdef.get("t", ""), size=cdef.get("size", size), font=cdef.get("font", font),
                      align=cdef.get("align", "c"), fill=cdef.get("fill"), stroke=cdef.get("stroke", stroke),
                      width=cdef.get("width", width), vertical=cdef.get("vertical", False),
                      valign=cdef.get("valign", "c"), color=cdef.get("color", (0, 0, 0)))
        return ys[-1]
