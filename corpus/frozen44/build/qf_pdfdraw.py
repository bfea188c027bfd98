"""Small PyMuPDF drawing helpers (helper qf)."""
import pymupdf

from qf_common import GOTHIC, MINCHO

FONTS = {"g": pymupdf.Font(fontfile=GOTHIC), "m": pymupdf.Font(fontfile=MINCHO)}


class Pg:
    def __init__(self, doc, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        self.p.insert_font(fontname="g", fontfile=GOTHIC)
        self.p.insert_font(fontname="m", fontfile=MINCHO)
        self.w, self.h = w, h

    def tw(self, s, size, font="m"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=9, font="m", align="l", color=(0, 0, 0)):
        if align == "c":
            x -= self.tw(s, size, font) / 2
        elif align == "r":
            x -= self.tw(s, size, font)
        self.p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def rect(self, x0, y0, x1, y1, fill=None, width=0.6, color=(0, 0, 0)):
        self.p.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width)

    def line(self, x0, y0, x1, y1, width=0.6):
        self.p.draw_line((x0, y0), (x1, y1), color=(0, 0, 0), width=width)

    def wrap(self, s, width, size, font="m"):
        out, cur = [], ""
        for ch in s:
            if ch == "\n":
                out.append(cur); cur = ""; continue
            if self.tw(cur + ch, size, font) > width and cur:
                # keep closing punctuation on the same line
                if ch in "、。）」％":
                    cur += ch; out.append(cur); cur = ""; continue
                out.append(cur); cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def cell(self, x0, y0, x1, y1, s="", size=8.5, align="c", fill=None, font="m", border=True, pad=3,
             valign="m", lh=1.25, vertical=False):
        if fill is not None or border:
            self.p.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=(0, 0, 0) if border else None,
                             fill=fill, width=0.5)
        if s == "":
            return
        if vertical:
            lines = list(s)
        else:
            lines = []
            for part in str(s).split("\n"):
                lines += self.wrap(part, x1 - x0 - 2 * pad, size, font)
        tot = len(lines) * size * lh
        if valign == "m":
            y = y0 + (y1 - y0 - tot) / 2 + size * 0.95
        else:
            y = y0 + pad + size * 0.95
        for ln in lines:
            if align == "c":
                self.text((x0 + x1) / 2, y, ln, size, font, "c")
            elif align == "r":
                self.text(x1 - pad, y, ln, size, font, "r")
            else:
                self.text(x0 + pad, y, ln, size, font)
            y += size * lh

    def para(self, x0, y, width, s, size=9, font="m", lh=1.45, indent=0, hang=0):
        """wrap paragraph; first line indent `indent` pt, following lines `hang` pt. returns new y"""
        first = True
        lines = self.wrap(s, width - indent, size, font)
        # re-wrap remaining with hang width
        rest = "".join(lines[1:])
        out = lines[:1] + (self.wrap(rest, width - hang, size, font) if rest else [])
        for ln in out:
            self.text(x0 + (indent if first else hang), y, ln, size, font)
            first = False
            y += size * lh
        return y
