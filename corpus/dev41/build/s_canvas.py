"""Tiny PyMuPDF drawing layer for helper s's builders (text, rules, shaded cells, wrapping)."""
from __future__ import annotations

import pymupdf as fitz

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
_FONTS = {"G": fitz.Font(fontfile=GOTHIC), "M": fitz.Font(fontfile=MINCHO)}
NO_START = set("、。，．）」』】％,.)")


def width(s: str, size: float, f: str = "M") -> float:
    return _FONTS[f].text_length(s, size)


def wrap(s: str, w: float, size: float, f: str = "M") -> list[str]:
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if width(cur + ch, size, f) > w and cur:
            if ch in NO_START:          # 行頭禁則: hang the mark on this line
                cur += ch
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, doc, w=595, h=842):
        self.p = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        self.p.insert_font(fontname="G", fontfile=GOTHIC)
        self.p.insert_font(fontname="M", fontfile=MINCHO)

    def t(self, x, y, s, size=10.5, f="M", color=(0, 0, 0)):
        self.p.insert_text((x, y), s, fontname=f, fontsize=size, color=color)

    def tr(self, xr, y, s, size=10.5, f="M"):
        self.t(xr - width(s, size, f), y, s, size, f)

    def tc(self, xc, y, s, size=10.5, f="M"):
        self.t(xc - width(s, size, f) / 2, y, s, size, f)

    def rect(self, x0, y0, x1, y1, fill=None, lw=0.6, color=(0, 0, 0)):
        self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color if lw else None, fill=fill, width=lw)

    def line(self, x0, y0, x1, y1, lw=0.6, color=(0, 0, 0)):
        self.p.draw_line((x0, y0), (x1, y1), color=color, width=lw)

    def para(self, x, y, w, s, size=10.5, f="M", lh=1.65, indent=0.0, hang=0.0):
        """Write a paragraph; first line starts at x+indent, later lines at x+hang. Returns next baseline."""
        first = True
        rest = s
        out_y = y
        # wrap first line with its own width, then the rest
        lines = wrap(rest, w - indent, size, f)
        if lines:
            self.t(x + indent, out_y, lines[0], size, f)
            out_y += size * lh
            rest2 = "".join(lines[1:])
            for ln in wrap(rest2, w - hang, size, f):
                self.t(x + hang, out_y, ln, size, f)
                out_y += size * lh
        return out_y

    def vtext(self, xc, ytop, s, size=9, f="G", gap=1.15):
        """Vertical text, one character per line."""
        y = ytop + size
        for ch in s:
            self.tc(xc, y, ch, size, f)
            y += size * gap

    def header_footer(self, head: str, num: int, foot_fmt="－ {} －"):
        self.t(self.w - 56 - width(head, 8, "G"), 30, head, 8, "G", color=(0.35, 0.35, 0.35))
        self.line(56, 35, self.w - 56, 35, 0.4, (0.5, 0.5, 0.5))
        self.tc(self.w / 2, self.h - 28, foot_fmt.format(num), 9, "M")
