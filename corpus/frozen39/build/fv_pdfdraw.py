"""fv: tiny PyMuPDF drawing helpers (CJK wrapping, cells, stacked vertical text)."""
import pymupdf as fitz

GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": fitz.Font(fontfile=GOTH), "m": fitz.Font(fontfile=MIN)}


class Pg:
    def __init__(self, doc, landscape=False):
        w, h = fitz.paper_size("a4")
        self.p = doc.new_page(width=h if landscape else w, height=w if landscape else h)
        self.p.insert_font(fontname="g", fontfile=GOTH)
        self.p.insert_font(fontname="m", fontfile=MIN)
        self.W, self.H = self.p.rect.width, self.p.rect.height

    def tw(self, s, size, font="m"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10, font="m", align="l", color=(0, 0, 0)):
        if align == "r":
            x -= self.tw(s, size, font)
        elif align == "c":
            x -= self.tw(s, size, font) / 2
        self.p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def wrap(self, s, width, size, font="m"):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur); cur = ""; continue
            if self.tw(cur + ch, size, font) > width and cur:
                if ch in "、。，．）」％":
                    cur += ch; lines.append(cur); cur = ""; continue
                lines.append(cur); cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, width, size=10, font="m", lead=1.6, indent=0):
        for i, ln in enumerate(self.wrap(s, width - (indent if i == 0 else 0) if False else width, size, font)):
            self.text(x + (indent if i == 0 else 0), y + size, ln, size, font)
            y += size * lead
        return y

    def cell(self, x0, y0, x1, y1, s="", size=8.5, font="g", align="c", fill=None, border=True, lw=0.5, vertical=False, pad=3):
        r = fitz.Rect(x0, y0, x1, y1)
        if fill or border:
            self.p.draw_rect(r, color=(0, 0, 0) if border else None, fill=fill, width=lw)
        if not s:
            return
        if vertical:
            n = len(s)
            top = (y0 + y1) / 2 - n * size * 1.1 / 2
            for i, ch in enumerate(s):
                self.text((x0 + x1) / 2, top + (i + 0.9) * size * 1.1, ch, size, font, "c")
            return
        lines = []
        for part in s.split("\n"):
            lines += self.wrap(part, x1 - x0 - 2 * pad, size, font)
        hh = len(lines) * size * 1.25
        y = (y0 + y1) / 2 - hh / 2 + size * 0.95
        for ln in lines:
            if align == "l":
                self.text(x0 + pad, y, ln, size, font)
            elif align == "r":
                self.text(x1 - pad, y, ln, size, font, "r")
            else:
                self.text((x0 + x1) / 2, y, ln, size, font, "c")
            y += size * 1.25

    def hline(self, x0, x1, y, lw=0.6):
        self.p.draw_line((x0, y), (x1, y), width=lw)
