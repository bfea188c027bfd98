"""Minimal PyMuPDF drawing kit (text, wrapped paragraphs, grid tables with spans, bar charts)."""
import pymupdf as fitz

from fo_common import GOTHIC, MINCHO

FONTS = {"G": fitz.Font(fontfile=GOTHIC), "M": fitz.Font(fontfile=MINCHO)}
A4 = (595.28, 841.89)


class Pg:
    def __init__(self, doc, landscape=False):
        w, h = A4
        self.page = doc.new_page(width=h if landscape else w, height=w if landscape else h)
        self.page.insert_font(fontname="G", fontfile=GOTHIC)
        self.page.insert_font(fontname="M", fontfile=MINCHO)
        self.w, self.h = self.page.rect.width, self.page.rect.height

    def width(self, text, size, font="M"):
        return FONTS[font].text_length(text, fontsize=size)

    def text(self, x, y, s, size=10, font="M", color=(0, 0, 0), align="l", w=None):
        if align != "l":
            tw = self.width(s, size, font)
            if align == "c":
                x = x + (w - tw) / 2
            elif align == "r":
                x = x + w - tw
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def para(self, x, y, w, s, size=10, font="M", lead=1.6, indent=1, color=(0, 0, 0)):
        """Wrap Japanese text at character level; returns the y below the paragraph."""
        lines, cur = [], "　" * indent
        num = set("0123456789０１２３４５６７８９.,．，")
        for ch in s:
            if self.width(cur + ch, size, font) > w:
                if ch in "。、」）％":
                    cur += ch
                    lines.append(cur)
                    cur = ""
                    continue
                k = len(cur)
                if ch in num:
                    while k > 0 and cur[k - 1] in num:
                        k -= 1
                    if k == 0 or len(cur) - k > 12:
                        k = len(cur)
                lines.append(cur[:k])
                cur = cur[k:] + ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        for ln in lines:
            y += size * lead
            self.text(x, y, ln, size, font, color)
        return y + size * 0.4

    def rect(self, x0, y0, x1, y1, fill=None, color=(0, 0, 0), width=0.6):
        self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width)

    def line(self, x0, y0, x1, y1, color=(0, 0, 0), width=0.6):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width)

    def grid(self, x, y, colw, rowh, cells, size=8, border=(0.3, 0.3, 0.3), lw=0.5, rules=True):
        """cells: dicts {r, c, text, rs=1, cs=1, align='c'|'l'|'r', fill=None, font='M', size=None, vert=False}.
        rowh: list of row heights. Returns bottom y."""
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in rowh:
            ys.append(ys[-1] + h)
        for c in cells:
            r0, c0 = c["r"], c["c"]
            r1, c1 = r0 + c.get("rs", 1), c0 + c.get("cs", 1)
            X0, X1, Y0, Y1 = xs[c0], xs[c1], ys[r0], ys[r1]
            if c.get("fill"):
                self.page.draw_rect(fitz.Rect(X0, Y0, X1, Y1), color=None, fill=c["fill"], width=0)
            if rules:
                self.page.draw_rect(fitz.Rect(X0, Y0, X1, Y1), color=border, width=lw)
            t = c.get("text", "")
            if t == "":
                continue
            sz = c.get("size") or size
            fnt = c.get("font", "M")
            if c.get("vert"):
                chars = list(t)
                tot = len(chars) * sz * 1.05
                yy = Y0 + (Y1 - Y0 - tot) / 2 + sz * 0.9
                for ch in chars:
                    self.text(X0, yy, ch, sz, fnt, align="c", w=X1 - X0)
                    yy += sz * 1.05
                continue
            lines = t.split("\n")
            tot = len(lines) * sz * 1.2
            yy = Y0 + (Y1 - Y0 - tot) / 2 + sz * 0.95
            for ln in lines:
                al = c.get("align", "c")
                pad = 2.5
                self.text(X0 + pad, yy, ln, sz, fnt, align=al, w=X1 - X0 - 2 * pad)
                yy += sz * 1.2
        return ys[-1]


def save(doc, path):
    doc.subset_fonts()
    doc.save(str(path), garbage=4, deflate=True)
