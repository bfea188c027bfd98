"""Direct-drawing helper (PyMuPDF) for the i_* builders."""
import pymupdf as fitz

GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"


class P:
    def __init__(self, page):
        self.p = page
        page.insert_font(fontname="g", fontfile=GOTH)
        page.insert_font(fontname="m", fontfile=MIN)

    def t(self, x, y, s, size=10, font="m", right=False, center=False, color=(0, 0, 0)):
        f = fitz.Font(fontfile=GOTH if font == "g" else MIN)
        w = f.text_length(s, fontsize=size)
        if right:
            x = x - w
        elif center:
            x = x - w / 2
        self.p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def wrap(self, x, y, s, width, size=10, font="m", lead=1.55):
        n = int(width // size)
        lines = [s[i:i + n] for i in range(0, len(s), n)]
        for k, ln in enumerate(lines):
            self.t(x, y + k * size * lead, ln, size, font)
        return y + len(lines) * size * lead

    def h(self, x0, x1, y, w=0.6):
        self.p.draw_line((x0, y), (x1, y), width=w)

    def v(self, x, y0, y1, w=0.6):
        self.p.draw_line((x, y0), (x, y1), width=w)

    def rect(self, r, w=0.6, fill=None):
        self.p.draw_rect(fitz.Rect(r), width=w, fill=fill)



def footer(pp, n):
    pp.t(pp.p.rect.width / 2, pp.p.rect.height - 28, f"- {n} -", 9, center=True)
