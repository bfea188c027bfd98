"""Direct PyMuPDF drawing helper (text with CJK wrapping, ruled tables, boxes) for the w_* builders."""
from __future__ import annotations

import pymupdf

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": ("ipg", GOTHIC), "m": ("ipm", MINCHO)}
_measure = {k: pymupdf.Font(fontfile=v[1]) for k, v in FONTS.items()}


class Canvas:
    def __init__(self, width=595, height=842, margin=(56, 60, 56, 60), header=None, footer=True):
        self.doc = pymupdf.open()
        self.w, self.h = width, height
        self.ml, self.mt, self.mr, self.mb = margin
        self.header = header
        self.footer = footer
        self.page = None
        self.pno = 0
        self.new_page()

    @property
    def right(self):
        return self.w - self.mr

    def new_page(self):
        self.page = self.doc.new_page(width=self.w, height=self.h)
        self.pno += 1
        self.y = self.mt
        if self.header:
            self._put(self.header, self.right - self.tw(self.header, "m", 8.5), 34, "m", 8.5)
        if self.footer:
            s = f"－ {self.pno} －"
            self._put(s, (self.w - self.tw(s, "m", 9)) / 2, self.h - 30, "m", 9)

    def tw(self, s, f="m", size=10.5):
        return _measure[f].text_length(s, fontsize=size)

    def _put(self, s, x, y, f="m", size=10.5, color=(0, 0, 0)):
        name, file = FONTS[f]
        self.page.insert_text((x, y), s, fontname=name, fontfile=file, fontsize=size, color=color)

    def need(self, h):
        if self.y + h > self.h - self.mb:
            self.new_page()

    def wrap(self, s, width, f="m", size=10.5):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if self.tw(cur + ch, f, size) > width and cur:
                # keep closing punctuation on the line
                if ch in "。、）」％":
                    cur += ch
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def text(self, s, f="m", size=10.5, indent=0, align="left", gap=3, hanging=0, lead=1.45):
        width = self.right - self.ml - indent
        lines = self.wrap(s, width, f, size)
        pages = set()
        for i, ln in enumerate(lines):
            self.need(size * lead)
            x = self.ml + indent + (hanging if i else 0)
            if align == "right":
                x = self.right - self.tw(ln, f, size)
            elif align == "center":
                x = (self.w - self.tw(ln, f, size)) / 2
            self._put(ln, x, self.y + size, f, size)
            pages.add(self.pno)
            self.y += size * lead
        self.y += gap
        return pages

    def table(self, rows, widths, size=9, rh=18, x0=None, header_rows=0, f="m", shade_rows=(), keep=True):
        """rows: list of rows; a row is a list of cells (text, span, align) or None for a covered cell."""
        x0 = self.ml if x0 is None else x0
        pages = []
        head = rows[:header_rows]

        if keep and len(rows) * rh < self.h - self.mt - self.mb:
            self.need(len(rows) * rh)

        def draw_row(row, shaded):
            for j, cell in enumerate(row):
                if cell is None:
                    continue
                x = x0 + sum(widths[:j])
                txt, span, align = cell
                w = sum(widths[j:j + span])
                r = pymupdf.Rect(x, self.y, x + w, self.y + rh)
                if shaded:
                    self.page.draw_rect(r, color=(0, 0, 0), fill=(0.88, 0.88, 0.88), width=0.6)
                else:
                    self.page.draw_rect(r, color=(0, 0, 0), width=0.6)
                lines = txt.split("\n") if txt else []
                for k, ln in enumerate(lines):
                    tw = self.tw(ln, f, size)
                    if align == "right":
                        tx = x + w - 4 - tw
                    elif align == "center":
                        tx = x + (w - tw) / 2
                    else:
                        tx = x + 4
                    ty = self.y + (rh - len(lines) * size * 1.25) / 2 + size * (1.0 + 1.25 * k) - 1
                    self._put(ln, tx, ty, f, size)
            self.y += rh

        for i, row in enumerate(rows):
            if self.y + rh > self.h - self.mb:
                self.new_page()
                for hr in head:
                    draw_row(hr, True)
            draw_row(row, i < header_rows or i in shade_rows)
            pages.append(self.pno)
        self.y += 4
        return pages

    def box(self, lines, size=10, f="m", pad=8, indent=0, gap=6, lead=1.5):
        """One-cell bordered box holding wrapped paragraphs; returns the page of each paragraph."""
        width = self.right - self.ml - 2 * pad - indent
        wrapped = []
        for item in lines:
            if isinstance(item, tuple):
                s, hang = item
            else:
                s, hang = item, 0
            wrapped.append((self.wrap(s, width - hang, f, size), hang))
        h = sum(len(w) for w, _ in wrapped) * size * lead + 2 * pad
        self.need(h)
        top = self.y
        self.y += pad
        pages = []
        for wl, hang in wrapped:
            for k, ln in enumerate(wl):
                self._put(ln, self.ml + pad + indent + (hang if k else 0), self.y + size, f, size)
                self.y += size * lead
            pages.append(self.pno)
        self.y += pad
        self.page.draw_rect(pymupdf.Rect(self.ml + indent, top, self.right, self.y), color=(0, 0, 0), width=0.8)
        self.y += gap
        return pages

    def save(self, path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)
