"""A very small PyMuPDF layout kit used by helper fc's build scripts (text, wrapped paragraphs,
grid tables with spans / shading / vertical cells, bar and line charts)."""
from __future__ import annotations

import fitz

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": fitz.Font(fontfile=GOTHIC), "m": fitz.Font(fontfile=MINCHO)}
NAMES = {"g": "ipag", "m": "ipam"}
FILES = {"g": GOTHIC, "m": MINCHO}
NO_START = set("、。，．）」』】％・ー")


class Canvas:
    def __init__(self):
        self.doc = fitz.open()
        self.page = None

    def new_page(self, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.page = self.doc.new_page(width=w, height=h)
        for k in FONTS:
            self.page.insert_font(fontname=NAMES[k], fontfile=FILES[k])
        return self.page

    # ------------------------------------------------------------------ text
    @staticmethod
    def width(s, size, font="m"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10.5, font="m", color=(0, 0, 0), align="left", w=None):
        if align != "left" and w is not None:
            tw = self.width(s, size, font)
            x = x + (w - tw) / 2 if align == "center" else x + w - tw
        self.page.insert_text((x, y), s, fontname=NAMES[font], fontsize=size, color=color)

    def wrap(self, s, w, size, font="m", indent=0.0):
        lines, cur, first = [], "", True
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur, first = "", False
                continue
            limit = w - (indent if first else 0)
            if self.width(cur + ch, size, font) > limit and cur:
                if ch in NO_START:       # simple 禁則: keep the mark on this line
                    cur += ch
                    continue
                lines.append(cur)
                cur, first = ch, False
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, w, s, size=10.5, font="m", lead=1.65, indent=0.0, hang=0.0):
        """Wrapped paragraph; y is the first baseline. indent: first-line indent; hang: other lines."""
        lines = self.wrap(s, w - hang, size, font, indent - hang)
        for i, ln in enumerate(lines):
            dx = indent if i == 0 else hang
            self.text(x + dx, y, ln, size, font)
            y += size * lead
        return y

    # ------------------------------------------------------------------ shapes
    def rect(self, r, fill=None, color=(0, 0, 0), width=0.6):
        self.page.draw_rect(fitz.Rect(*r), color=color, fill=fill, width=width)

    def line(self, p1, p2, color=(0, 0, 0), width=0.6):
        self.page.draw_line(fitz.Point(*p1), fitz.Point(*p2), color=color, width=width)

    # ------------------------------------------------------------------ tables
    def table(self, x, y, colw, rows, rowh, size=9.0, font="g", border=True, line_w=0.5):
        """rows: list of rows, each a list of cells; a cell is a str or a dict
        {t, cs, rs, fill, align ('l','c','r'), vert (bool), bold(font 'g'), size}.
        Cells covered by a span must be given as None. rowh: height or list of heights.
        Returns the bottom y."""
        if not isinstance(rowh, (list, tuple)):
            rowh = [rowh] * len(rows)
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in rowh:
            ys.append(ys[-1] + h)
        for ri, row in enumerate(rows):
            for ci, cell in enumerate(row):
                if cell is None:
                    continue
                if not isinstance(cell, dict):
                    cell = {"t": str(cell)}
                cs, rs = cell.get("cs", 1), cell.get("rs", 1)
                r = (xs[ci], ys[ri], xs[ci + cs], ys[ri + rs])
                if cell.get("fill"):
                    self.rect(r, fill=cell["fill"], color=None, width=0)
                if border:
                    self.rect(r, width=line_w)
                t = cell.get("t", "")
                if not t:
                    continue
                fs = cell.get("size", size)
                fn = cell.get("font", font)
                pad = 3
                if cell.get("vert"):
                    cols = t.split("\n")
                    n = max(len(x) for x in cols)
                    step = min(fs * 1.15, (r[3] - r[1] - 4) / n)
                    fs = min(fs, step / 1.05)
                    gap = fs * 1.25
                    for j, colt in enumerate(cols):      # 縦書き: columns run right to left
                        cx = (r[0] + r[2]) / 2 - fs / 2 + (len(cols) - 1) * gap / 2 - j * gap
                        cy = (r[1] + r[3]) / 2 - len(colt) * step / 2 + fs * 0.9
                        for k, ch in enumerate(colt):
                            self.text(cx, cy + k * step, ch, fs, fn)
                    continue
                lines = []
                for part in t.split("\n"):
                    lines += self.wrap(part, r[2] - r[0] - 2 * pad, fs, fn)
                lh = fs * 1.3
                top = (r[1] + r[3]) / 2 - len(lines) * lh / 2 + fs * 0.95
                if cell.get("valign") == "top":
                    top = r[1] + pad + fs
                al = cell.get("align", "l")
                for k, ln in enumerate(lines):
                    tw = self.width(ln, fs, fn)
                    if al == "r":
                        tx = r[2] - pad - tw
                    elif al == "c":
                        tx = (r[0] + r[2] - tw) / 2
                    else:
                        tx = r[0] + pad
                    self.text(tx, top + k * lh, ln, fs, fn)
        return ys[-1]

    # ------------------------------------------------------------------ charts
    def bar_chart(self, box, cats, vals, labels, color=(0.27, 0.45, 0.72), size=8.5, vmax=None):
        x0, y0, x1, y1 = box
        self.rect(box, width=0.4, color=(0.5, 0.5, 0.5))
        base = y1 - 18
        top = y0 + 18
        vmax = vmax or max(vals) * 1.15
        n = len(vals)
        slot = (x1 - x0 - 20) / n
        self.line((x0 + 10, base), (x1 - 10, base), width=0.6)
        for i, (c_, v, lab) in enumerate(zip(cats, vals, labels)):
            bx = x0 + 10 + slot * i + slot * 0.22
            bw = slot * 0.56
            bh = (base - top) * v / vmax
            self.rect((bx, base - bh, bx + bw, base), fill=color, color=None, width=0)
            self.text(bx - 10, base - bh - 3, lab, size, "g", align="center", w=bw + 20)
            self.text(bx - 14, base + 11, c_, size - 0.5, "g", align="center", w=bw + 28)

    def line_chart(self, box, cats, vals, labels, vmin, vmax, color=(0.8, 0.3, 0.1), size=8.5):
        x0, y0, x1, y1 = box
        self.rect(box, width=0.4, color=(0.5, 0.5, 0.5))
        base, top = y1 - 18, y0 + 20
        n = len(vals)
        slot = (x1 - x0 - 20) / n
        self.line((x0 + 10, base), (x1 - 10, base), width=0.6)
        pts = []
        for i, v in enumerate(vals):
            px = x0 + 10 + slot * (i + 0.5)
            py = base - (base - top) * (v - vmin) / (vmax - vmin)
            pts.append((px, py))
        for a, b in zip(pts, pts[1:]):
            self.line(a, b, color=color, width=1.4)
        for (px, py), c_, lab in zip(pts, cats, labels):
            self.page.draw_circle(fitz.Point(px, py), 2.2, color=color, fill=color)
            self.text(px - 20, py - 6, lab, size, "g", align="center", w=40)
            self.text(px - 20, base + 11, c_, size - 0.5, "g", align="center", w=40)

    def save(self, path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)
