"""Direct PyMuPDF drawing helpers for the e_ builders."""
import pymupdf as fitz

GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
_F = {"g": fitz.Font(fontfile=GOTH), "m": fitz.Font(fontfile=MIN)}


class Pg:
    def __init__(self, doc, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        self.p.insert_font(fontname="ipag", fontfile=GOTH)
        self._m = False

    def width(self, s, size, f="g"):
        return _F[f].text_length(s, fontsize=size)

    def t(self, x, y, s, size=9, f="g", align="l", color=(0, 0, 0)):
        """Baseline at y. align l/r/c relative to x."""
        wd = self.width(s, size, f)
        if align == "r":
            x -= wd
        elif align == "c":
            x -= wd / 2
        if f == "m" and not self._m:
            self.p.insert_font(fontname="ipam", fontfile=MIN)
            self._m = True
        self.p.insert_text((x, y), s, fontsize=size, fontname="ipag" if f == "g" else "ipam", color=color)
        return wd

    def wrap(self, x, y, s, width, size=9, f="g", lead=1.45, indent2=0):
        """Wrap text at width; returns y after the last line."""
        line = ""
        first = True
        for ch in s:
            w = width - (0 if first else indent2)
            if self.width(line + ch, size, f) > w:
                self.t(x + (0 if first else indent2), y, line, size, f)
                y += size * lead
                line = ""
                first = False
            line += ch
        if line:
            self.t(x + (0 if first else indent2), y, line, size, f)
            y += size * lead
        return y

    def line(self, x0, y0, x1, y1, w=0.6):
        self.p.draw_line((x0, y0), (x1, y1), color=(0, 0, 0), width=w)

    def rect(self, x0, y0, x1, y1, w=0.6, fill=None):
        self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=(0, 0, 0), fill=fill, width=w)


def save(doc, path):
    doc.subset_fonts()
    doc.save(path, garbage=4, deflate=True)
