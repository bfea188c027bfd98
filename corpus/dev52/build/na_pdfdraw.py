"""Tiny PyMuPDF drawing kit for helper na's documents (text stays a real text layer)."""
import pymupdf as fitz

GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"G": fitz.Font(fontfile=GOTH), "M": fitz.Font(fontfile=MIN)}


class Page:
    def __init__(self, doc, w=595.28, h=841.89):
        self.p = doc.new_page(width=w, height=h)
        self.p.insert_font(fontname="G", fontfile=GOTH)
        self.p.insert_font(fontname="M", fontfile=MIN)
        self.w, self.h = w, h

    def tl(self, s, size, font="M"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10, font="M", align="l", color=(0, 0, 0)):
        """y is the baseline; align l/c/r relative to x."""
        w = self.tl(s, size, font)
        if align == "c":
            x -= w / 2
        elif align == "r":
            x -= w
        self.p.insert_text((x, y), s, fontsize=size, fontname=font, color=color)
        return w

    def para(self, x0, y0, x1, s, size=10, font="M", lead=1.6, indent=1):
        """Wrap a paragraph by measured width (Japanese: any char may break). Returns next y (top)."""
        lines, cur = [], "　" * indent
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if self.tl(cur + ch, size, font) > x1 - x0:
                if ch in "、。）」％":  # kinsoku: keep closing marks on the line
                    cur += ch
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        y = y0
        for ln in lines:
            y += size * lead
            self.p.insert_text((x0, y - size * (lead - 1) / 2 - 1), ln, fontsize=size, fontname=font)
        return y

    def rect(self, x0, y0, x1, y1, fill=None, color=(0, 0, 0), width=0.6):
        self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width if color else 0)

    def line(self, x0, y0, x1, y1, width=0.6, color=(0, 0, 0)):
        self.p.draw_line((x0, y0), (x1, y1), color=color, width=width)

    def cell(self, x0, y0, x1, y1, s="", size=8.5, font="M", align="c", fill=None, border=True, pad=3,
             vertical=False):
        if fill is not None or border:
            self.rect(x0, y0, x1, y1, fill=fill, color=(0, 0, 0) if border else None, width=0.5)
        if not s:
            return
        if vertical:
            n = len(s)
            y = (y0 + y1) / 2 - n * size * 1.1 / 2 + size * 0.9
            for ch in s:
                self.text((x0 + x1) / 2, y, ch, size, font, "c")
                y += size * 1.1
            return
        lines = s.split("\n")
        lh = size * 1.25
        y = (y0 + y1) / 2 - len(lines) * lh / 2 + size * 0.92
        for ln in lines:
            if align == "c":
                self.text((x0 + x1) / 2, y, ln, size, font, "c")
            elif align == "r":
                self.text(x1 - pad, y, ln, size, font, "r")
            else:
                self.text(x0 + pad, y, ln, size, font, "l")
            y += lh
        assert max(self.tl(l, size, font) for l in lines) < (x1 - x0) + 1, (s, x1 - x0)


def save(doc, path):
    doc.subset_fonts()
    doc.save(path, garbage=4, deflate=True)
