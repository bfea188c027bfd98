"""Tiny PyMuPDF drawing kit for helper nb (text, wrapped prose, table cells, bars)."""
from __future__ import annotations

import pymupdf as fitz

from nb_common import FONT_G, FONT_M

FG = fitz.Font(fontfile=FONT_G)
FM = fitz.Font(fontfile=FONT_M)
NUM = set("0123456789,.０１２３４５６７８９，．")
NO_START = set("、。，．）」』】％ー・：）ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.)%")


class Page:
    def __init__(self, doc, landscape=False, number=True):
        w, h = (842, 595) if landscape else (595, 842)
        self.page = doc.new_page(width=w, height=h)
        self.page.insert_font(fontname="g", fontfile=FONT_G)
        self.page.insert_font(fontname="m", fontfile=FONT_M)
        self.no = doc.page_count
        self.w, self.h = w, h
        if number:
            self.text(0, h - 28, f"－ {self.no} －", 9, align="c", w=w)

    # ---- text -------------------------------------------------------
    def tlen(self, s, size, font="g"):
        return (FG if font == "g" else FM).text_length(s, fontsize=size)

    def text(self, x, y, s, size=9, font="g", color=(0, 0, 0), align="l", w=None):
        tl = self.tlen(s, size, font)
        if align == "c":
            x = x + (w - tl) / 2
        elif align == "r":
            x = x + w - tl
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
        return tl

    def lines(self, s, width, size, font="m", indent=0):
        out, cur = [], ""
        avail = width - indent
        for ch in s:
            if ch == "\n":
                out.append(cur)
                cur = ""
                avail = width
                continue
            if self.tlen(cur + ch, size, font) > avail and ch not in NO_START and cur:
                k = len(cur)
                if ch in NUM:
                    while k > 0 and cur[k - 1] in NUM:
                        k -= 1
                if 0 < k < len(cur):
                    out.append(cur[:k])
                    cur = cur[k:] + ch
                else:
                    out.append(cur)
                    cur = ch
                avail = width
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, width, s, size=9.5, font="m", lead=1.65, indent=None, hang=0):
        """Wrapped paragraph; indent = first-line indent in points; hang = indent of following lines."""
        first = size if indent is None else indent
        ls = self.lines(s, width - hang, size, font, indent=first - hang)
        for i, ln in enumerate(ls):
            self.text(x + (first if i == 0 else hang), y, ln, size, font)
            y += size * lead
        return y

    def heading(self, x, y, s, size=11):
        self.text(x, y, s, size, "g")
        return y + size * 1.9

    # ---- shapes -----------------------------------------------------
    def rect(self, r, fill=None, stroke=(0, 0, 0), width=0.5):
        self.page.draw_rect(fitz.Rect(r), color=stroke, fill=fill, width=width)

    def line(self, a, b, width=0.5, color=(0, 0, 0)):
        self.page.draw_line(fitz.Point(a), fitz.Point(b), color=color, width=width)

    def cell(self, r, s, size=7.5, align="c", fill=None, font="g", border=True, vertical=False,
             pad=3, lead=1.2, color=(0, 0, 0)):
        r = fitz.Rect(r)
        if fill is not None or border:
            self.rect(r, fill=fill, stroke=(0, 0, 0) if border else None, width=0.5)
        if s is None or s == "":
            return
        if vertical:
            chars = list(s)
            step = size * 1.1
            y = r.y0 + (r.height - step * len(chars)) / 2 + size * 0.88
            for ch in chars:
                self.text(r.x0, y, ch, size, font, align="c", w=r.width, color=color)
                y += step
            return
        parts = str(s).split("\n")
        total = size * lead * len(parts)
        y = r.y0 + (r.height - total) / 2 + size * 0.92
        for p in parts:
            if align == "c":
                self.text(r.x0, y, p, size, font, align="c", w=r.width, color=color)
            elif align == "r":
                self.text(r.x0, y, p, size, font, align="r", w=r.width - pad, color=color)
            else:
                self.text(r.x0 + pad, y, p, size, font, color=color)
            y += size * lead


def grid(x0, y0, widths, heights):
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [y0]
    for h in heights:
        ys.append(ys[-1] + h)

    def r(row, col, rs=1, cs=1):
        return (xs[col], ys[row], xs[col + cs], ys[row + rs])
    r.xs, r.ys = xs, ys
    return r


def finish(doc, path):
    doc.subset_fonts()
    doc.save(str(path), garbage=4, deflate=True)
