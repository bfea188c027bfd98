"""Small PyMuPDF drawing helpers (absolute positions) for the k_ builders."""
from __future__ import annotations

import pymupdf as fitz

from k_common import GOTHIC, MINCHO

FONTS = {"G": fitz.Font(fontfile=GOTHIC), "M": fitz.Font(fontfile=MINCHO)}


class Canvas:
    def __init__(self, page):
        self.page = page
        self.got = set()

    def _ensure(self, font):
        if font not in self.got:
            self.page.insert_font(fontname=font, fontfile={"G": GOTHIC, "M": MINCHO}[font])
            self.got.add(font)

    def width(self, s, size, font="G"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10, font="G", color=(0, 0, 0), align="l", w=None):
        if align != "l" and w is not None:
            tw = self.width(s, size, font)
            x = x + (w - tw) if align == "r" else x + (w - tw) / 2
        self._ensure(font)
        self.page.insert_text((x, y), s, fontsize=size, fontname=font, color=color)

    def rect(self, r, stroke=(0, 0, 0), fill=None, width=0.6):
        self.page.draw_rect(fitz.Rect(r), color=stroke, fill=fill, width=width)

    def line(self, p, q, color=(0, 0, 0), width=0.6):
        self.page.draw_line(fitz.Point(p), fitz.Point(q), color=color, width=width)

    def wrap(self, s, size, w, font="G"):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if self.width(cur + ch, size, font) > w and cur:
                if ch in "、。，．）」』％":  # kinsoku: keep closing marks on the line
                    cur += ch
                    lines.append(cur)
                    cur = ""
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, w, size=10, font="G", lead=1.45, color=(0, 0, 0), indent=0):
        """Write wrapped text starting at baseline y; returns next baseline."""
        first = True
        for ln in self.wrap(s, size, w - indent, font):
            self.text(x + (0 if first else indent), y, ln, size, font, color)
            first = False
            y += size * lead
        return y

    def table(self, x, y, widths, rows, rh=18, size=9, font="G", aligns=None, header_rows=1,
              header_fill=(0.85, 0.85, 0.85), rules="grid", zebra=None, pad=3):
        """rows: list of lists of str (None = merged/blank). Returns bottom y."""
        aligns = aligns or ["l"] + ["r"] * (len(widths) - 1)
        total_w = sum(widths)
        for i, row in enumerate(rows):
            top = y + i * rh
            if i < header_rows and header_fill:
                self.rect((x, top, x + total_w, top + rh), stroke=None, fill=header_fill)
            elif zebra and (i - header_rows) % 2 == 1:
                self.rect((x, top, x + total_w, top + rh), stroke=None, fill=zebra)
            cx = x
            for j, cell in enumerate(row):
                if cell:
                    al = "c" if i < header_rows else aligns[j]
                    self.text(cx + pad, top + rh / 2 + size * 0.36, cell, size, font, align=al,
                              w=widths[j] - 2 * pad)
                cx += widths[j]
        bottom = y + len(rows) * rh
        if rules == "grid":
            for i in range(len(rows) + 1):
                self.line((x, y + i * rh), (x + total_w, y + i * rh))
            cx = x
            for w in widths + [0]:
                self.line((cx, y), (cx, bottom))
                cx += w
        elif rules == "h":
            self.line((x, y), (x + total_w, y), width=1.0)
            self.line((x, y + header_rows * rh), (x + total_w, y + header_rows * rh))
            self.line((x, bottom), (x + total_w, bottom), width=1.0)
        return bottom


def finish(doc, path):
    doc.subset_fonts()
    doc.save(path, garbage=4, deflate=True)
