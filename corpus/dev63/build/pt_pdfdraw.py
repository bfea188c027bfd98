"""A small drawing kit on PyMuPDF for helper pt's documents: wrapped text, tables, charts."""
from __future__ import annotations

import re

import pymupdf

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"G": pymupdf.Font(fontfile=GOTHIC), "M": pymupdf.Font(fontfile=MINCHO)}
BLACK = (0, 0, 0)
NO_START = set("、。，．）」』】％%,.・ー")
TOKEN = re.compile(r"[0-9A-Za-z.,%△▲＋+\-()（）]+|.", re.S)


class Page:
    def __init__(self, doc, landscape=False, margin=42):
        w, h = (842, 595) if landscape else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        self.loaded = set()
        self.w, self.h, self.m = w, h, margin

    # ---------------------------------------------------------------- text
    def text(self, x, y, s, size=9, font="G", bold=False, color=BLACK, align="l", width=None):
        """Baseline at y. align l/c/r within [x, x+width]."""
        if font not in self.loaded:
            self.p.insert_font(fontname=font, fontfile={"G": GOTHIC, "M": MINCHO}[font])
            self.loaded.add(font)
        tl = FONTS[font].text_length(s, size)
        if align == "c" and width:
            x = x + (width - tl) / 2
        elif align == "r" and width:
            x = x + width - tl
        kw = dict(render_mode=2, border_width=0.03) if bold else {}
        self.p.insert_text((x, y), s, fontname=font, fontsize=size, color=color, fill=color, **kw)
        return tl

    def wrap(self, s, width, size, font="G"):
        out = []
        for part in s.split("\n"):
            line = ""
            for tok in TOKEN.findall(part):
                if line and FONTS[font].text_length(line + tok, size) > width and tok[0] not in NO_START:
                    out.append(line)
                    line = tok
                else:
                    line += tok
            out.append(line)
        return out

    def para(self, x, y, width, s, size=9, font="G", lh=1.6, indent=0, first=0, bold=False):
        """Top-left at y; returns the y below the paragraph."""
        lines = self.wrap(s, width - indent - max(first, 0), size, font)
        # re-wrap following lines with the full width (first line may be indented differently)
        if first != 0 and len(lines) > 1:
            head = self.wrap(s, width - indent - first, size, font)[0]
            rest = s.replace("\n", "")[len(head):]
            lines = [head] + self.wrap(rest, width - indent, size, font)
        yy = y + size
        for i, ln in enumerate(lines):
            self.text(x + indent + (first if i == 0 else 0), yy, ln, size, font, bold)
            yy += size * lh
        return yy - size * lh + size * 0.6

    def rect(self, x0, y0, x1, y1, fill=None, color=BLACK, width=0.5, radius=None):
        self.p.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width,
                         radius=radius)

    def line(self, x0, y0, x1, y1, width=0.5, color=BLACK, dashes=None):
        self.p.draw_line((x0, y0), (x1, y1), color=color, width=width, dashes=dashes)

    def footer(self, n):
        self.text(0, self.h - 22, f"－ {n} －", 8.5, align="c", width=self.w)

    # --------------------------------------------------------------- table
    def table(self, x, y, colw, rows, *, size=8.0, pad=2.6, lh=1.35, border="grid", header_rows=1,
              hdr_bg=(0.88, 0.88, 0.88), zebra=None, min_h=None, lw=0.5):
        """rows: list of rows of cells (str or dict t, cs, rs, al, bg, b, v, sz).
        border: grid | none | hrules.  Returns y below the table."""
        nrow = len(rows)
        occ = {}
        cells = []  # (r, c, cell)
        for r, row in enumerate(rows):
            c = 0
            for cell in row:
                if isinstance(cell, str) or cell is None:
                    cell = {"t": cell or ""}
                while (r, c) in occ:
                    c += 1
                cs, rs = cell.get("cs", 1), cell.get("rs", 1)
                for dr in range(rs):
                    for dc in range(cs):
                        occ[(r + dr, c + dc)] = True
                cells.append((r, c, cell))
                c += cs
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        # row heights
        hts = [min_h or size * lh + 2 * pad] * nrow
        for r, c, cell in cells:
            if cell.get("rs", 1) != 1:
                continue
            sz = cell.get("sz", size)
            wdt = xs[c + cell.get("cs", 1)] - xs[c] - 2 * pad
            if cell.get("v"):
                need = len(cell["t"]) * sz * 1.08 + 2 * pad
            else:
                need = len(self.wrap(cell["t"], wdt, sz)) * sz * lh + 2 * pad - sz * (lh - 1) + 1
            hts[r] = max(hts[r], need)
        for r, c, cell in cells:
            rs = cell.get("rs", 1)
            if rs == 1:
                continue
            sz = cell.get("sz", size)
            if cell.get("v"):
                need = len(cell["t"]) * sz * 1.08 + 2 * pad
            else:
                wdt = xs[c + cell.get("cs", 1)] - xs[c] - 2 * pad
                need = len(self.wrap(cell["t"], wdt, sz)) * sz * lh + 2 * pad
            have = sum(hts[r:r + rs])
            if need > have:
                hts[r + rs - 1] += need - have
        ys = [y]
        for hh in hts:
            ys.append(ys[-1] + hh)
        # backgrounds
        for r, c, cell in cells:
            x0, x1 = xs[c], xs[c + cell.get("cs", 1)]
            y0, y1 = ys[r], ys[r + cell.get("rs", 1)]
            bg = cell.get("bg")
            if bg is None and r < header_rows and hdr_bg:
                bg = hdr_bg
            if bg is None and zebra and r >= header_rows and (r - header_rows) % 2 == 1:
                bg = zebra
            if bg:
                self.p.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=None, fill=bg, width=0)
        # text
        for r, c, cell in cells:
            x0, x1 = xs[c], xs[c + cell.get("cs", 1)]
            y0, y1 = ys[r], ys[r + cell.get("rs", 1)]
            sz = cell.get("sz", size)
            al = cell.get("al", "c" if r < header_rows else "l")
            t = cell["t"]
            if cell.get("v"):
                n = len(t)
                ty = (y0 + y1) / 2 - n * sz * 1.08 / 2 + sz * 0.9
                for ch in t:
                    self.text(x0, ty, ch, sz, align="c", width=x1 - x0, bold=cell.get("b", False))
                    ty += sz * 1.08
                continue
            lines = self.wrap(t, x1 - x0 - 2 * pad, sz)
            th = len(lines) * sz * lh - sz * (lh - 1)
            ty = (y0 + y1) / 2 - th / 2 + sz * 0.88
            if cell.get("top"):
                ty = y0 + pad + sz * 0.88
            for ln in lines:
                self.text(x0 + pad, ty, ln, sz, align=al, width=x1 - x0 - 2 * pad, bold=cell.get("b", False))
                ty += sz * lh
        # rules
        if border == "grid":
            for r, c, cell in cells:
                x0, x1 = xs[c], xs[c + cell.get("cs", 1)]
                y0, y1 = ys[r], ys[r + cell.get("rs", 1)]
                self.p.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=BLACK, width=lw)
        elif border == "hrules":
            self.line(xs[0], ys[0], xs[-1], ys[0], 1.0)
            self.line(xs[0], ys[header_rows], xs[-1], ys[header_rows], 0.7)
            self.line(xs[0], ys[-1], xs[-1], ys[-1], 1.0)
        return ys[-1]

    # --------------------------------------------------------------- charts
    def bar_chart(self, x, y, w, h, labels, values, *, vmin, vmax, fmt, title=None, color=(0.32, 0.49, 0.72),
                  colors=None, size=7.5, unit=None):
        """Vertical bars with data labels above the bars; returns y below."""
        if title:
            self.text(x, y + 10, title, 9, bold=True)
            y += 16
        top, bot = y + 12, y + h - 16
        self.line(x + 26, bot, x + w, bot, 0.6)
        self.line(x + 26, top, x + 26, bot, 0.6)
        for k in range(5):
            v = vmin + (vmax - vmin) * k / 4
            yy = bot - (bot - top) * k / 4
            self.text(x, yy + 2.5, f"{v:.1f}", 6.5, align="r", width=23)
            if k:
                self.line(x + 26, yy, x + w, yy, 0.3, color=(0.7, 0.7, 0.7), dashes="[2] 0")
        n = len(values)
        slot = (w - 30) / n
        for i, (lab, v) in enumerate(zip(labels, values)):
            bx = x + 30 + slot * i + slot * 0.18
            bw = slot * 0.64
            by = bot - (bot - top) * (v - vmin) / (vmax - vmin)
            col = colors[i] if colors else color
            self.p.draw_rect(pymupdf.Rect(bx, by, bx + bw, bot), color=None, fill=col, width=0)
            self.text(bx - 6, by - 3, fmt(v), size, align="c", width=bw + 12)
            self.text(bx - 8, bot + 10, lab, 7, align="c", width=bw + 16)
        if unit:
            self.text(x, top - 4, unit, 6.5)
        return y + h

    def line_chart(self, x, y, w, h, labels, values, *, vmin, vmax, fmt, title=None, color=(0.78, 0.33, 0.18),
                   size=7.5, unit=None, dashed_last=False):
        if title:
            self.text(x, y + 10, title, 9, bold=True)
            y += 16
        top, bot = y + 12, y + h - 16
        self.line(x + 26, bot, x + w, bot, 0.6)
        self.line(x + 26, top, x + 26, bot, 0.6)
        for k in range(5):
            v = vmin + (vmax - vmin) * k / 4
            yy = bot - (bot - top) * k / 4
            self.text(x, yy + 2.5, f"{v:.0f}", 6.5, align="r", width=23)
            if k:
                self.line(x + 26, yy, x + w, yy, 0.3, color=(0.7, 0.7, 0.7), dashes="[2] 0")
        n = len(values)
        slot = (w - 30) / n
        pts = []
        for i, v in enumerate(values):
            px = x + 30 + slot * (i + 0.5)
            py = bot - (bot - top) * (v - vmin) / (vmax - vmin)
            pts.append((px, py))
        for i in range(n - 1):
            dash = "[3] 0" if dashed_last and i == n - 2 else None
            self.line(*pts[i], *pts[i + 1], 1.4, color=color, dashes=dash)
        for (px, py), v, lab in zip(pts, values, labels):
            self.p.draw_circle((px, py), 2.2, color=color, fill=color)
            self.text(px - 20, py - 5, fmt(v), size, align="c", width=40)
            self.text(px - 20, bot + 10, lab, 7, align="c", width=40)
        if unit:
            self.text(x, top - 4, unit, 6.5)
        return y + h
