"""Small PyMuPDF drawing kit for helper ma's documents: wrapped Japanese text, ruled/zebra tables, charts."""
from __future__ import annotations

import pymupdf

from ma_common import GOTHIC, MINCHO

FONTS = {"G": GOTHIC, "M": MINCHO}
_measure = {k: pymupdf.Font(fontfile=v) for k, v in FONTS.items()}
A4 = pymupdf.paper_rect("a4")


def tlen(s: str, size: float, font: str = "M") -> float:
    return _measure[font].text_length(s, fontsize=size)


class Canvas:
    def __init__(self, doc: pymupdf.Document, landscape: bool = False):
        r = A4 if not landscape else pymupdf.Rect(0, 0, A4.height, A4.width)
        self.page = doc.new_page(width=r.width, height=r.height)
        for k, v in FONTS.items():
            self.page.insert_font(fontname=k, fontfile=v)
        self.W, self.H = r.width, r.height

    # -- text --------------------------------------------------------------------------
    def text(self, x, y, s, size=10.0, font="M", color=(0, 0, 0), align="l", width=None):
        """Draw one line; y is the baseline. align r/c needs width (box from x)."""
        if align != "l":
            w = tlen(s, size, font)
            if align == "r":
                x = x + width - w
            else:
                x = x + (width - w) / 2
        self.page.insert_text((x, y), s, fontsize=size, fontname=font, color=color)
        return tlen(s, size, font)

    def wrap_lines(self, s, width, size=10.0, font="M", indent=0.0, hang=0.0):
        """Character-based line breaking with simple kinsoku (no 。、）」 at a line start)."""
        lines, cur, first = [], "", True
        no_start = "。、，．）」』】％ー・"
        for ch in s:
            avail = width - (indent if first else hang)
            if tlen(cur + ch, size, font) > avail and cur:
                if ch in no_start:
                    cur += ch
                    lines.append(cur)
                    cur, first = "", False
                    continue
                lines.append(cur)
                cur, first = ch, False
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, width, s, size=10.0, font="M", lead=1.6, indent=None, hang=0.0, color=(0, 0, 0)):
        """Paragraph from top y; returns the y below it. indent defaults to one character."""
        if indent is None:
            indent = size
        lines = self.wrap_lines(s, width, size, font, indent, hang)
        for i, ln in enumerate(lines):
            y += size * lead
            self.text(x + (indent if i == 0 else hang), y - size * (lead - 1) / 2 - 1, ln, size, font, color)
        return y

    # -- shapes ------------------------------------------------------------------------
    def rect(self, x0, y0, x1, y1, fill=None, stroke=(0, 0, 0), width=0.6):
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=stroke, fill=fill, width=width if stroke else 0)

    def line(self, x0, y0, x1, y1, width=0.6, color=(0, 0, 0), dashes=None):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width, dashes=dashes)

    def footer(self, no):
        self.text(0, self.H - 24, f"－ {no} －", 9, "M", align="c", width=self.W)

    # -- tables ------------------------------------------------------------------------
    def table(self, x, y, widths, rows, heights, size=8.2, font="G", rules=True, grid=(0.3, 0.3, 0.3),
              line_w=0.5):
        """rows: list of rows; each cell None (covered by a span) or dict(t=text, al='l'|'r'|'c', cs, rs,
        fill, size, font, color, pad). heights: one height per row. Returns the bottom y."""
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        # fills first, then text, then rules
        cells = []
        for r, row in enumerate(rows):
            c = 0
            for cell in row:
                if cell is not None:
                    cs, rs = cell.get("cs", 1), cell.get("rs", 1)
                    box = (xs[c], ys[r], xs[c + cs], ys[r + rs])
                    cells.append((box, cell))
                c += 1
        for box, cell in cells:
            if cell.get("fill"):
                self.rect(*box, fill=cell["fill"], stroke=None)
        for box, cell in cells:
            t = cell.get("t", "")
            if t == "":
                continue
            sz = cell.get("size", size)
            fn = cell.get("font", font)
            pad = cell.get("pad", 3)
            lines = t.split("\n")
            lh = sz * 1.25
            total = lh * len(lines)
            top = (box[1] + box[3]) / 2 - total / 2
            for i, ln in enumerate(lines):
                base = top + lh * (i + 1) - sz * 0.28
                self.text(box[0] + pad, base, ln, sz, fn, cell.get("color", (0, 0, 0)), align=cell.get("al", "l"),
                          width=box[2] - box[0] - 2 * pad)
        if rules:
            for box, cell in cells:
                self.rect(*box, fill=None, stroke=grid, width=line_w)
        return ys[-1]

    # -- charts ------------------------------------------------------------------------
    def bars(self, x, y, w, h, labels, values, vmin, vmax, fmtv, color=(0.36, 0.5, 0.65), size=8.0):
        """Vertical bar chart with data labels over the bars; returns the printed data labels."""
        self.line(x, y + h, x + w, y + h, 0.8)
        n = len(values)
        slot = w / n
        out = []
        for i, (lab, v) in enumerate(zip(labels, values)):
            bh = (v - vmin) / (vmax - vmin) * (h - 16)
            bx = x + i * slot + slot * 0.25
            self.rect(bx, y + h - bh, bx + slot * 0.5, y + h, fill=color, stroke=None)
            s = fmtv(v)
            out.append(s)
            self.text(bx - 10, y + h - bh - 3, s, size, "G", align="c", width=slot * 0.5 + 20)
            self.text(x + i * slot, y + h + size + 3, lab, size, "G", align="c", width=slot)
        return out
