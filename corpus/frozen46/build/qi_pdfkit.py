"""A small PyMuPDF drawing kit (text, wrapped CJK text, grid tables) for helper qi."""
from __future__ import annotations

import fitz

from qi_common import GOTHIC, MINCHO

A4 = (595.28, 841.89)
BLACK = (0, 0, 0)
GREY = (0.85, 0.85, 0.85)
LIGHT = (0.94, 0.94, 0.94)
BLUE = (0.84, 0.90, 0.97)

FONTS = {"G": fitz.Font(fontfile=GOTHIC), "M": fitz.Font(fontfile=MINCHO)}
FILES = {"G": GOTHIC, "M": MINCHO}

KINSOKU_HEAD = set("、。，．）」』】〕％・：ー")
KINSOKU_TAIL = set("（「『【〔")


class Doc:
    def __init__(self, fonts=("G",)):
        self.doc = fitz.open()
        self.page = None
        self.fonts = fonts

    def new_page(self, landscape=False):
        w, h = A4
        if landscape:
            w, h = h, w
        self.page = self.doc.new_page(width=w, height=h)
        for k in self.fonts:
            self.page.insert_font(fontname=k, fontfile=FILES[k])
        return self.page

    @property
    def w(self):
        return self.page.rect.width

    @property
    def h(self):
        return self.page.rect.height

    # -- text -------------------------------------------------------------
    def width(self, s, size=10, font="G"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10, font="G", align="l", color=BLACK):
        """y is the baseline."""
        if align != "l":
            tw = self.width(s, size, font)
            x = x - tw if align == "r" else x - tw / 2
        self.page.insert_text((x, y), s, fontsize=size, fontname=font, color=color)

    def wrap(self, s, width, size=10, font="G"):
        return [ln for _, ln in self._break(s, width, width, size, font)]

    def _break(self, s, w_first, w_rest, size, font):
        """CJK line breaking: no line starts with a closing mark, none ends with an opening one."""
        out = []
        for para in s.split("\n"):
            cur = ""
            first = True
            for ch in para:
                lim = w_first if first else w_rest
                if self.width(cur + ch, size, font) > lim and cur:
                    if ch in KINSOKU_HEAD:
                        out.append((first, cur + ch))
                        cur = ""
                        first = False
                        continue
                    carry = ""
                    while cur and cur[-1] in KINSOKU_TAIL:
                        carry = cur[-1] + carry
                        cur = cur[:-1]
                    out.append((first, cur))
                    cur = carry + ch
                    first = False
                else:
                    cur += ch
            out.append((first, cur))
        return out

    def para(self, x, y, s, width, size=10, font="G", lead=1.55, indent=0, hang=0):
        """Wrapped paragraph from top y; returns the y below it. indent: first line, hang: others."""
        yy = y
        for para in s.split("\n"):
            for isfirst, line in self._break(para, width - indent, width - hang, size, font):
                yy += size * lead
                self.text(x + (indent if isfirst else hang), yy - size * (lead - 1) / 2 - size * 0.12, line, size, font)
        return yy

    def rect(self, r, fill=None, stroke=BLACK, width=0.6):
        self.page.draw_rect(fitz.Rect(r), color=stroke, fill=fill, width=width)

    def line(self, x0, y0, x1, y1, width=0.6, color=BLACK):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width)

    # -- tables -----------------------------------------------------------
    def table(self, x, y, colw, rowh, cells, size=8.5, font="G", border=True, hlines=None,
              zebra=None, pad=3, lead=1.3):
        """Grid table.  cells: list of dicts r, c, rs, cs, t (text), a (align l/c/r),
        fill, v (vertical text), sz (size).  rowh: list of row heights.  Returns bottom y."""
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in rowh:
            ys.append(ys[-1] + h)
        if zebra:
            for r in range(len(rowh)):
                if r in zebra:
                    self.page.draw_rect(fitz.Rect(xs[0], ys[r], xs[-1], ys[r + 1]), color=None, fill=zebra[r], width=0)
        for cell in cells:
            r, cc = cell["r"], cell["c"]
            rs, cs = cell.get("rs", 1), cell.get("cs", 1)
            R = fitz.Rect(xs[cc], ys[r], xs[cc + cs], ys[r + rs])
            if cell.get("fill"):
                self.page.draw_rect(R, color=None, fill=cell["fill"], width=0)
            if border:
                self.page.draw_rect(R, color=BLACK, width=0.5)
            t = cell.get("t", "")
            if t == "" or t is None:
                continue
            sz = cell.get("sz", size)
            fnt = cell.get("f", font)
            if cell.get("v"):
                chars = list(t)
                total = len(chars) * sz * 1.05
                yy = R.y0 + (R.height - total) / 2 + sz * 0.9
                for ch in chars:
                    self.text(R.x0 + R.width / 2, yy, ch, sz, fnt, "c")
                    yy += sz * 1.05
                continue
            a = cell.get("a", "l")
            lines = []
            for part in str(t).split("\n"):
                lines.extend(self.wrap(part, R.width - 2 * pad, sz, fnt))
            lh = sz * lead
            total = lh * len(lines)
            if cell.get("top"):
                yy = R.y0 + pad + sz * 0.95
            else:
                yy = R.y0 + (R.height - total) / 2 + sz * 0.95 + (lh - sz) / 2
            for ln in lines:
                if a == "r":
                    self.text(R.x1 - pad, yy, ln, sz, fnt, "r")
                elif a == "c":
                    self.text(R.x0 + R.width / 2, yy, ln, sz, fnt, "c")
                else:
                    self.text(R.x0 + pad, yy, ln, sz, fnt)
                yy += lh
        if hlines:
            for r in hlines:
                self.line(xs[0], ys[r], xs[-1], ys[r], 0.8)
        return ys[-1]

    def footer(self, s, size=9):
        self.text(self.w / 2, self.h - 28, s, size, "G", "c")

    def save(self, path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)


def simple_rows(rows, start_r=0):
    """rows: list of lists of (text, align[, fill]) or plain strings -> cells."""
    cells = []
    for r, row in enumerate(rows):
        for cidx, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, dict):
                d = dict(v)
                d.setdefault("r", r + start_r)
                d.setdefault("c", cidx)
                cells.append(d)
                continue
            if isinstance(v, tuple):
                t, a = v[0], v[1]
                d = dict(r=r + start_r, c=cidx, t=t, a=a)
                if len(v) > 2:
                    d["fill"] = v[2]
            else:
                d = dict(r=r + start_r, c=cidx, t=v, a="l")
            cells.append(d)
    return cells
