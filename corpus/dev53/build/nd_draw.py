"""Small PyMuPDF drawing kit for helper nd (text, wrapped text, grid tables with spans)."""
from __future__ import annotations

import pymupdf

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"G": pymupdf.Font(fontfile=GOTHIC), "M": pymupdf.Font(fontfile=MINCHO)}
FILES = {"G": GOTHIC, "M": MINCHO}
BLACK = (0, 0, 0)


class Canvas:
    def __init__(self, doc: pymupdf.Document, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.page = doc.new_page(width=w, height=h)
        for k, f in FILES.items():
            self.page.insert_font(fontname=k, fontfile=f)
        self.W, self.H = w, h

    # ------------------------------------------------------------------ text
    def width(self, s, size, font="G"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=9.5, font="G", color=BLACK, align="l", w=None, bold=False):
        """Draw one line; y is the top of the line box. Bold = fill+stroke (no duplicated text)."""
        if align != "l":
            tw = self.width(s, size, font)
            if align == "c":
                x = x + (w - tw) / 2
            else:
                x = x + w - tw
        kw = dict(render_mode=2, border_width=0.03) if bold else {}
        self.page.insert_text((x, y + size * 0.88), s, fontname=font, fontsize=size, color=color, **kw)

    def wrap(self, s, size, w, font="G", indent=0.0, hang=0.0):
        """Greedy character wrap with simple kinsoku (no line may start with 。、）」)."""
        lines, cur = [], ""
        limit = w - indent
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                limit = w - indent - hang
                continue
            if self.width(cur + ch, size, font) > limit and cur:
                if ch in "。、）」』，．％】":
                    cur += ch
                    lines.append(cur)
                    cur = ""
                    limit = w - indent - hang
                    continue
                lines.append(cur)
                cur = ch
                limit = w - indent - hang
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, w, s, size=9.5, font="M", lead=1.55, indent=0.0, hang=0.0, color=BLACK):
        """Wrapped paragraph; returns the y below it. indent: first line, hang: following lines."""
        lines = self.wrap(s, size, w, font, indent, hang)
        for i, ln in enumerate(lines):
            dx = indent if i == 0 else hang
            self.text(x + dx, y + i * size * lead, ln, size, font, color)
        return y + len(lines) * size * lead

    # ------------------------------------------------------------------ shapes
    def rect(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.6):
        self.page.draw_rect(pymupdf.Rect(x, y, x + w, y + h), color=stroke, fill=fill, width=lw)

    def line(self, x0, y0, x1, y1, lw=0.6, color=BLACK):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=lw)

    # ------------------------------------------------------------------ tables
    def table(self, x, y, colw, rows, rowh=15.0, size=8.5, font="G", grid=True, hfill=None, zebra=None,
              lw=0.5, pad=2.5):
        """rows: list of rows; a row is a list of cells or a dict {"cells": [...], "h": height, "fill": color}.
        cell: str or dict(t=, cs=1, rs=1, al='l'|'c'|'r', fill=, size=, bold=, font=).
        Returns the y below the table."""
        nrows = len(rows)
        heights = []
        norm_rows = []
        for r in rows:
            if isinstance(r, dict):
                heights.append(r.get("h", rowh))
                norm_rows.append((r["cells"], r.get("fill")))
            else:
                heights.append(rowh)
                norm_rows.append((r, None))
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        occ = [[False] * len(colw) for _ in range(nrows)]
        for ri, (cells, rfill) in enumerate(norm_rows):
            ci = 0
            for c in cells:
                while ci < len(colw) and occ[ri][ci]:
                    ci += 1
                if ci >= len(colw):
                    raise ValueError(f"row {ri} has too many cells")
                if not isinstance(c, dict):
                    c = {"t": c}
                cs, rs = c.get("cs", 1), c.get("rs", 1)
                for rr in range(ri, ri + rs):
                    for cc in range(ci, ci + cs):
                        occ[rr][cc] = True
                x0, x1 = xs[ci], xs[ci + cs]
                y0, y1 = ys[ri], ys[ri + rs]
                fill = c.get("fill", rfill)
                if fill is None and zebra and ri % 2 == 0 and not c.get("head"):
                    fill = zebra
                if fill is not None:
                    self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=None, fill=fill, width=0)
                if grid:
                    self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=BLACK, width=lw)
                t = str(c.get("t", ""))
                if t:
                    sz = c.get("size", size)
                    fnt = c.get("font", font)
                    lines = []
                    for part in t.split("\n"):
                        lines += self.wrap(part, sz, x1 - x0 - 2 * pad, fnt) or [""]
                    lead = sz * 1.3
                    th = len(lines) * lead
                    va = c.get("va", "m")
                    ty = y0 + pad if va == "t" else y0 + (y1 - y0 - th) / 2 + (lead - sz) / 2
                    al = c.get("al", "l")
                    for ln in lines:
                        self.text(x0 + pad, ty, ln, sz, fnt, c.get("color", BLACK), align=al, w=x1 - x0 - 2 * pad,
                                  bold=c.get("bold", False))
                        ty += lead
                ci += cs
        return ys[-1]
