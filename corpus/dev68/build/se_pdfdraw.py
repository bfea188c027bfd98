"""Tiny PyMuPDF drawing helpers (helper se)."""
import fitz

GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG = fitz.Font(fontfile=GOTH)
FM = fitz.Font(fontfile=MIN)


class Pg:
    def __init__(self, doc, w=595, h=842):
        self.p = doc.new_page(width=w, height=h)
        self.p.insert_font(fontname="G", fontfile=GOTH)
        self.p.insert_font(fontname="M", fontfile=MIN)
        self.w, self.h = w, h

    def tl(self, s, fs=9, f="M"):
        return (FG if f == "G" else FM).text_length(s, fontsize=fs)

    def text(self, x, y, s, fs=9, f="M", align="l", color=(0, 0, 0)):
        if align == "r":
            x -= self.tl(s, fs, f)
        elif align == "c":
            x -= self.tl(s, fs, f) / 2
        self.p.insert_text((x, y), s, fontsize=fs, fontname=f, color=color)

    def para(self, x, y, width, s, fs=9, f="M", lh=1.6, indent=True):
        """wrap Japanese text char by char; returns new y"""
        line, lines = ("　" if indent else ""), []
        for ch in s:
            if self.tl(line + ch, fs, f) > width:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
        for ln in lines:
            self.p.insert_text((x, y), ln, fontsize=fs, fontname=f)
            y += fs * lh
        return y

    def rect(self, x0, y0, x1, y1, w=0.6, fill=None, color=(0, 0, 0)):
        self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=w)

    def line(self, x0, y0, x1, y1, w=0.6, color=(0, 0, 0)):
        self.p.draw_line((x0, y0), (x1, y1), color=color, width=w)

    def table(self, x, y, widths, rows, rh=15, fs=8, head=1, spans=None, align=None, shade=(0.86, 0.89, 0.94),
              zebra=None, rules="grid", hf="G", bf="M", rowh=None):
        """rows: list of lists of strings (\n for stacked lines). spans: {(r,c): (rs, cs)}; covered cells are None."""
        spans = spans or {}
        xs = [x]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        hs = [(rowh or {}).get(i, rh) for i in range(len(rows))]
        ys = [y]
        for h_ in hs:
            ys.append(ys[-1] + h_)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                x0, x1, y0, y1 = xs[c], xs[c + cs], ys[r], ys[r + rs]
                fill = None
                if r < head:
                    fill = shade
                elif zebra and (r - head) % 2 == 1:
                    fill = zebra
                if fill:
                    self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=None, fill=fill, width=0)
                if rules == "grid":
                    self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=(0, 0, 0), width=0.5)
                a = "c" if r < head else ((align or {}).get(c, "r"))
                lines = str(cell).split("\n")
                n = len(lines)
                for i, ln in enumerate(lines):
                    ty = (y0 + y1) / 2 + (i - (n - 1) / 2) * (fs * 1.25) + fs * 0.35
                    f = hf if r < head else bf
                    if a == "l":
                        self.text(x0 + 3, ty, ln, fs, f)
                    elif a == "c":
                        self.text((x0 + x1) / 2, ty, ln, fs, f, "c")
                    else:
                        self.text(x1 - 3, ty, ln, fs, f, "r")
        if rules == "hr":
            self.line(xs[0], ys[0], xs[-1], ys[0], 1.0)
            self.line(xs[0], ys[head], xs[-1], ys[head], 1.0)
            self.line(xs[0], ys[-1], xs[-1], ys[-1], 0.6)
        return ys[-1]
