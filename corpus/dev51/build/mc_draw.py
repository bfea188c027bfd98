"""A small PyMuPDF drawing layer for helper mc's documents: text with wrapping, ruled grids with
merged cells, vertical (縦書き) cells, shaded cells, bar charts. Fonts: IPAex Gothic / Mincho (subset on save)."""
from __future__ import annotations

import fitz  # PyMuPDF

from mc_common import GOTHIC, MINCHO

FONTS = {"G": fitz.Font(fontfile=GOTHIC), "M": fitz.Font(fontfile=MINCHO)}
NO_START = set("、。，．）」』】％・ー")


def tlen(s: str, size: float, font: str = "G") -> float:
    return FONTS[font].text_length(s, fontsize=size)


def wrap(s: str, width: float, size: float, font: str = "G") -> list[str]:
    out = []
    for para in s.split("\n"):
        line = ""
        for ch in para:
            if line and tlen(line + ch, size, font) > width and ch not in NO_START:
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
    return out


class Page:
    def __init__(self, doc: fitz.Document, w=595.28, h=841.89):
        self.p = doc.new_page(width=w, height=h)
        self.p.insert_font(fontname="G", fontfile=GOTHIC)
        self.p.insert_font(fontname="M", fontfile=MINCHO)
        self.w, self.h = w, h

    def text(self, x, y, s, size=10, font="G", color=(0, 0, 0), align="left", width=None):
        """y is the top of the line box."""
        tw = tlen(s, size, font)
        if align == "center" and width is not None:
            x = x + (width - tw) / 2
        elif align == "right" and width is not None:
            x = x + width - tw
        self.p.insert_text((x, y + size * 0.88), s, fontname=font, fontsize=size, color=color)
        return y + size

    def para(self, x, y, width, s, size=10, font="M", lh=1.55, indent=True, color=(0, 0, 0), hang=0.0):
        """Wrapped paragraph; returns the y below it. hang: hanging indent (in em) for lines after the first."""
        first = ("　" if indent else "") + s
        lines = wrap(first, width, size, font)
        if hang:
            # rewrap continuation lines narrower
            head = wrap(first, width, size, font)[0]
            rest = first[len(head):]
            lines = [head] + (wrap(rest, width - hang * size, size, font) if rest else [])
        for i, ln in enumerate(lines):
            xx = x + (hang * size if (hang and i > 0) else 0)
            self.text(xx, y, ln, size, font, color)
            y += size * lh
        return y

    def rect(self, r, fill=None, color=(0, 0, 0), width=0.6, dashes=None):
        self.p.draw_rect(fitz.Rect(*r), color=color, fill=fill, width=width, dashes=dashes)

    def line(self, x0, y0, x1, y1, width=0.6, color=(0, 0, 0)):
        self.p.draw_line((x0, y0), (x1, y1), color=color, width=width)

    def grid(self, x, y, colw, rowh, cells, size=8.5, font="G", border=0.6, pad=2.5, lh=1.25):
        """cells: list of dicts {r, c, rs=1, cs=1, t='', align='center'|'left'|'right', fill=None, vert=False,
        size=None, font=None, valign='middle', noborder=False}. Returns (x1, y1) of the grid."""
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in rowh:
            ys.append(ys[-1] + h)
        for c in cells:
            r0, c0 = c["r"], c["c"]
            rs, cs = c.get("rs", 1), c.get("cs", 1)
            R = (xs[c0], ys[r0], xs[c0 + cs], ys[r0 + rs])
            if c.get("fill") is not None:
                self.p.draw_rect(fitz.Rect(*R), color=None, fill=c["fill"], width=0)
            if not c.get("noborder"):
                self.p.draw_rect(fitz.Rect(*R), color=(0, 0, 0), width=border)
            t = c.get("t", "")
            if t == "":
                continue
            sz = c.get("size") or size
            fn = c.get("font") or font
            cw = R[2] - R[0] - 2 * pad
            if c.get("vert"):
                chars = list(t)
                th = len(chars) * sz * 1.05
                yy = R[1] + (R[3] - R[1] - th) / 2
                for ch in chars:
                    self.text(R[0], yy, ch, sz, fn, align="center", width=R[2] - R[0])
                    yy += sz * 1.05
                continue
            lines = wrap(t, cw, sz, fn)
            th = len(lines) * sz * lh
            va = c.get("valign", "middle")
            if va == "top":
                yy = R[1] + pad
            else:
                yy = R[1] + (R[3] - R[1] - th) / 2 + (sz * (lh - 1) / 2)
            al = c.get("align", "center")
            for ln in lines:
                self.text(R[0] + pad, yy, ln, sz, fn, align=al, width=cw)
                yy += sz * lh
        return xs[-1], ys[-1]


def bar_chart(pg: Page, x, y, w, h, labels, values, texts, size=8, fill=(0.62, 0.72, 0.86), est_last=False,
              ymin=None, ymax=None):
    """Vertical bars with a data label over each bar and a category label under it."""
    n = len(values)
    lo = ymin if ymin is not None else 0
    hi = ymax if ymax is not None else max(values) * 1.1
    base = y + h
    pg.line(x, base, x + w, base, 0.8)
    slot = w / n
    bw = slot * 0.5
    for i, (lab, v, t) in enumerate(zip(labels, values, texts)):
        bh = (v - lo) / (hi - lo) * (h - 14)
        bx = x + i * slot + (slot - bw) / 2
        last = est_last and i == n - 1
        pg.rect((bx, base - bh, bx + bw, base), fill=None if last else fill, color=(0.2, 0.3, 0.5), width=0.8,
                dashes="[3 2] 0" if last else None)
        pg.text(bx - 10, base - bh - size - 3, t, size, "G", align="center", width=bw + 20)
        pg.text(bx - 10, base + 3, lab, size, "G", align="center", width=bw + 20)
