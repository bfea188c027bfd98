"""A small PyMuPDF page writer for helper qh's documents (text wrapping with simple kinsoku, explicit pages)."""
from __future__ import annotations

import pymupdf

MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
NO_START = set("、。，．）」』】％・ー～ぁぃぅぇぉっゃゅょァィゥェォッャュョ:;,.)%")


class Writer:
    def __init__(self, width=595.3, height=841.9, margin=(62, 56, 62, 56), size=10.5, leading=1.75):
        self.doc = pymupdf.open()
        self.W, self.H = width, height
        self.ml, self.mt, self.mr, self.mb = margin
        self.size = size
        self.leading = leading
        self.fonts = {"m": pymupdf.Font(fontfile=MINCHO), "g": pymupdf.Font(fontfile=GOTHIC)}
        self.page = None
        self.y = 0
        self.n = 0

    # -- pages ---------------------------------------------------------------------------
    def new_page(self, footer=True):
        self.page = self.doc.new_page(width=self.W, height=self.H)
        self.page.insert_font(fontname="m", fontfile=MINCHO)
        self.page.insert_font(fontname="g", fontfile=GOTHIC)
        self.n += 1
        self.y = self.mt
        if footer:
            s = f"－{self.n}－"
            self.text(self.W / 2 - self.tl(s, 9) / 2, self.H - 34, s, 9)
        return self.n

    @property
    def bottom(self):
        return self.H - self.mb

    def tl(self, s, size=None, font="m"):
        return self.fonts[font].text_length(s, fontsize=size or self.size)

    def text(self, x, y, s, size=None, font="m", color=(0, 0, 0)):
        self.page.insert_text((x, y), s, fontname=font, fontsize=size or self.size, color=color)

    # -- flowing text --------------------------------------------------------------------------
    # A figure registered for the gold is wrapped in MARK_A … MARK_B inside the text: it is never split
    # across lines, and para() returns the page on which each marked figure was drawn, in order.
    MARK_A, MARK_B = "\x01", "\x02"

    def tokens(self, s):
        out, i = [], 0
        while i < len(s):
            if s[i] == self.MARK_A:
                j = s.index(self.MARK_B, i)
                out.append(s[i:j + 1])
                i = j + 1
            else:
                out.append(s[i])
                i += 1
        return out

    def plain(self, tok):
        return tok.replace(self.MARK_A, "").replace(self.MARK_B, "")

    def wrap(self, s, width, size, font):
        """-> list of lines, each a list of tokens."""
        lines, cur, curw = [], [], 0.0
        for tok in self.tokens(s):
            if tok == "\n":
                lines.append(cur)
                cur, curw = [], 0.0
                continue
            w = self.tl(self.plain(tok), size, font)
            if curw + w > width and cur and not (len(tok) == 1 and tok in NO_START):
                lines.append(cur)
                cur, curw = [tok], w
            else:
                cur.append(tok)
                curw += w
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, indent=0, first=None, size=None, font="m", after=2, hang=None, auto=False):
        """indent: left indent (pt); first: first-line indent (default = indent); hang: continuation indent.
        auto: start a new page when the text reaches the bottom, else raise OverflowError.
        Returns the pages of the marked figures, in order."""
        size = size or self.size
        first = indent if first is None else first
        cont = indent if hang is None else hang
        x0 = self.ml
        allw = self.W - self.mr - x0
        lines = self.wrap(s, allw - first, size, font)
        if len(lines) > 1:     # re-wrap the continuation with its own width
            rest = "".join("".join(t) for t in lines[1:])
            lines = lines[:1] + self.wrap(rest, allw - cont, size, font)
        step = size * self.leading
        pages = []
        for i, toks in enumerate(lines):
            if self.y + step > self.bottom:
                if not auto:
                    raise OverflowError(f"page {self.n} overflows at: {''.join(toks)[:20]}")
                self.new_page()
            self.y += step
            pages += [self.n for t in toks if t.startswith(self.MARK_A)]
            self.text(x0 + (first if i == 0 else cont), self.y - size * 0.35, "".join(self.plain(t) for t in toks), size, font)
        self.y += after
        return pages

    def gap(self, h):
        self.y += h

    def save(self, path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)
