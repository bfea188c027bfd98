"""Direct-drawing helpers on PyMuPDF for the w_ builders."""
import pymupdf

GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": pymupdf.Font(fontfile=GOTH), "m": pymupdf.Font(fontfile=MIN)}


class Pager:
    def __init__(self, landscape=False, header=None, footer=True):
        self.doc = pymupdf.open()
        self.w, self.h = (842, 595) if landscape else (595, 842)
        self.header, self.footer = header, footer
        self.page = None

    def new(self):
        self.page = self.doc.new_page(width=self.w, height=self.h)
        for k, f in (("g", GOTH), ("m", MIN)):
            self.page.insert_font(fontname="F" + k, fontfile=f)
        n = self.doc.page_count
        if self.header:
            self.text(self.w - 40, 28, self.header, 8, align="r")
        if self.footer:
            self.text(self.w / 2, self.h - 22, f"- {n} -", 9, align="c")
        return self.page

    def width(self, s, size, font="m"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10, font="m", align="l", color=(0, 0, 0)):
        w = self.width(s, size, font)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.page.insert_text((x, y), s, fontname="F" + font, fontsize=size, color=color)
        return w

    def wrap(self, s, size, width, font="m"):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur); cur = ""; continue
            if self.width(cur + ch, size, font) > width:
                lines.append(cur); cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, size, width, font="m", lead=1.45, indent_next=0):
        lines = self.wrap(s, size, width, font)
        for ln in lines:
            self.text(x, y, ln, size, font)
            y += size * lead
        return y

    def hline(self, x0, x1, y, w=0.6):
        self.page.draw_line((x0, y), (x1, y), width=w)

    def vline(self, x, y0, y1, w=0.6):
        self.page.draw_line((x, y0), (x, y1), width=w)

    def rect(self, x0, y0, x1, y1, w=0.7):
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), width=w)

    def save(self, path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)
