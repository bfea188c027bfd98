"""Minimal PyMuPDF drawing kit (text, wrapped paragraphs, ruled tables) for helper pr."""
from __future__ import annotations

import re

import fitz

from pr_common import GOTHIC, MINCHO

FONTS = {"g": fitz.Font(fontfile=GOTHIC), "m": fitz.Font(fontfile=MINCHO)}
NOSTART = set("、。，．）」』】％%・：:ー")
TOKEN = re.compile(r"【(?:継続|新規|拡充)】|[△▲＋+\-]?[0-9０-９][0-9０-９,，.．]*[%％]?|[A-Za-z]+|.", re.S)


def tlen(s, size, font="g"):
    return FONTS[font].text_length(s, fontsize=size)


def wrap(s, width, size, font="g"):
    """Greedy wrap of Japanese text; numbers and Latin words are not split."""
    out = []
    for para in s.split("\n"):
        line = ""
        for tok in TOKEN.findall(para):
            if tlen(line + tok, size, font) <= width or not line:
                line += tok
            elif tok in NOSTART:
                line += tok          # hanging punctuation
            else:
                out.append(line)
                line = tok
        out.append(line)
    return out


class Pg:
    def __init__(self, doc, w=595, h=842):
        self.page = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        self.page.insert_font(fontname="g", fontfile=GOTHIC)
        self.page.insert_font(fontname="m", fontfile=MINCHO)

    # -- primitives
    def text(self, x, y, s, size=10, font="g", color=(0, 0, 0), align="l", width=None):
        if align != "l":
            tw = tlen(s, size, font)
            if align == "r":
                x = x + (width or 0) - tw
            elif align == "c":
                x = x + ((width or 0) - tw) / 2
        self.page.insert_text((x, y), s, fontsize=size, fontname=font, color=color)

    def rect(self, x0, y0, x1, y1, fill=None, stroke=(0, 0, 0), width=0.6, dashes=None):
        sh = self.page.new_shape()
        sh.draw_rect(fitz.Rect(x0, y0, x1, y1))
        sh.finish(color=stroke, fill=fill, width=width, dashes=dashes)
        sh.commit()

    def line(self, x0, y0, x1, y1, width=0.6, color=(0, 0, 0)):
        sh = self.page.new_shape()
        sh.draw_line((x0, y0), (x1, y1))
        sh.finish(color=color, width=width)
        sh.commit()

    def para(self, x, y, width, s, size=10, font="m", lead=1.65, indent=0, hang=0, color=(0, 0, 0)):
        """Paragraph starting with baseline y; first line indented by `indent`, others by `hang`."""
        lines = wrap(s, width - max(indent, hang), size, font)
        for i, ln in enumerate(lines):
            self.text(x + (indent if i == 0 else hang), y, ln, size, font, color)
            y += size * lead
        return y

    # -- table
    def table(self, x, y, colw, rowh, cells, size=8.5, font="g", pad=3, border=0.6,
              lead=1.3, outer=None, hrules_only=False):
        """cells: dicts r, c, rs, cs, t, al (l/c/r), fill, size, font, v (vertical text), b (draw border)."""
        if isinstance(rowh, (int, float)):
            nrows = max(cl["r"] + cl.get("rs", 1) for cl in cells)
            rowh = [rowh] * nrows
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in rowh:
            ys.append(ys[-1] + h)
        for cl in cells:
            r, c, rs, cs = cl["r"], cl["c"], cl.get("rs", 1), cl.get("cs", 1)
            x0, x1, y0, y1 = xs[c], xs[c + cs], ys[r], ys[r + rs]
            if cl.get("fill") is not None:
                self.rect(x0, y0, x1, y1, fill=cl["fill"], stroke=None, width=0)
            if not hrules_only and cl.get("b", True):
                self.rect(x0, y0, x1, y1, fill=None, width=border)
            t = cl.get("t", "")
            if t == "":
                continue
            fs = cl.get("size", size)
            fo = cl.get("font", font)
            al = cl.get("al", "c")
            if cl.get("v"):                       # 縦書き: one character per line, upright
                chars = list(t)
                th = len(chars) * fs * 1.05
                yy = y0 + (y1 - y0 - th) / 2 + fs * 0.88
                for ch in chars:
                    self.text(x0, yy, ch, fs, fo, align="c", width=x1 - x0)
                    yy += fs * 1.05
                continue
            lines = wrap(t, x1 - x0 - 2 * pad, fs, fo)
            th = len(lines) * fs * lead - fs * (lead - 1)
            if cl.get("top"):
                yy = y0 + pad + fs * 0.88
            else:
                yy = y0 + (y1 - y0 - th) / 2 + fs * 0.88
            for ln in lines:
                self.text(x0 + pad, yy, ln, fs, fo, align=al, width=x1 - x0 - 2 * pad)
                yy += fs * lead
        if outer:
            self.rect(xs[0], ys[0], xs[-1], ys[-1], width=outer)
        return ys[-1], xs, ys
