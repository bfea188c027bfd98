"""Small PyMuPDF drawing helpers (text wrapping with kinsoku, ruled tables with spans,
vertical header cells) used by helper qj's build scripts."""
from __future__ import annotations

import pymupdf as fitz

from qj_lib import FONT_G, FONT_M

FONTS = {"G": FONT_G, "M": FONT_M}
_FOBJ = {k: fitz.Font(fontfile=v) for k, v in FONTS.items()}
NO_START = set("、。，．）」』】〕・：；？！ー％")
NO_END = set("（「『【〔")

A4 = (595.28, 841.89)


def tlen(s, fs, font="M"):
    return _FOBJ[font].text_length(s, fontsize=fs)


NUMCH = set("0123456789,.％%")


def _tokens(para):
    """Characters, with runs of half-width digits (and , . %) kept together as one token."""
    out = []
    for ch in para:
        if out and ch in NUMCH and out[-1] and out[-1][-1] in NUMCH and out[-1][0] in "0123456789":
            out[-1] += ch
        else:
            out.append(ch)
    return out


def wrap(text, width, fs, font="M"):
    lines = []
    for para in text.split("\n"):
        cur = ""
        for ch in _tokens(para):
            if tlen(cur + ch, fs, font) <= width:
                cur += ch
                continue
            if ch[0] in NO_START and cur:
                # hang the punctuation on this line (slight overflow, as word processors do)
                cur += ch
                lines.append(cur)
                cur = ""
                continue
            if cur and cur[-1] in NO_END:
                lines.append(cur[:-1])
                cur = cur[-1] + ch
                continue
            lines.append(cur)
            cur = ch
        lines.append(cur)
    return lines


class Page:
    def __init__(self, doc, landscape=False, margin=(48, 50, 48, 50)):
        w, h = A4
        if landscape:
            w, h = h, w
        self.page = doc.new_page(width=w, height=h)
        for k, f in FONTS.items():
            self.page.insert_font(fontname=k, fontfile=f)
        self.W, self.H = w, h
        self.ml, self.mt, self.mr, self.mb = margin
        self.y = self.mt
        self.x0 = self.ml
        self.x1 = w - self.mr

    @property
    def width(self):
        return self.x1 - self.x0

    def text(self, x, y, s, fs=10, font="M", color=(0, 0, 0)):
        self.page.insert_text((x, y), s, fontname=font, fontsize=fs, color=color)

    def center(self, y, s, fs=10, font="M", x0=None, x1=None, color=(0, 0, 0)):
        x0 = self.x0 if x0 is None else x0
        x1 = self.x1 if x1 is None else x1
        w = tlen(s, fs, font)
        self.text(x0 + (x1 - x0 - w) / 2, y, s, fs, font, color)

    def right(self, y, s, fs=10, font="M", x1=None):
        x1 = self.x1 if x1 is None else x1
        self.text(x1 - tlen(s, fs, font), y, s, fs, font)

    def para(self, s, fs=10, font="M", lh=1.7, indent=0, x=None, w=None, first_indent=None, after=2):
        """Wrapped paragraph at the cursor; hanging indent `indent`, first line at first_indent."""
        x = self.x0 if x is None else x
        w = self.width if w is None else w
        fi = indent if first_indent is None else first_indent
        lines = wrap(s, w - indent, fs, font)
        # the first line may start further left (hanging label)
        out = []
        if fi != indent and lines:
            first = wrap(s, w - fi, fs, font)[0]
            rest = s[len(first):]
            out = [(fi, first)] + [(indent, t) for t in wrap(rest, w - indent, fs, font)] if rest else [(fi, first)]
        else:
            out = [(indent, t) for t in lines]
        for ind, t in out:
            self.y += fs * lh
            self.text(x + ind, self.y - fs * (lh - 1) / 2 - 1, t, fs, font)
        self.y += after
        return self.y

    def heading(self, s, fs=12, font="G", before=6, after=4, bar=False):
        self.y += before + fs
        if bar:
            self.page.draw_rect(fitz.Rect(self.x0, self.y - fs, self.x0 + 4, self.y + 2), color=None, fill=(0.2, 0.35, 0.55))
            self.text(self.x0 + 9, self.y, s, fs, font)
        else:
            self.text(self.x0, self.y, s, fs, font)
        self.y += after
        return self.y

    def hline(self, x0, x1, y, w=0.6, color=(0, 0, 0)):
        self.page.draw_line((x0, y), (x1, y), color=color, width=w)

    def rect(self, r, w=0.6, fill=None, color=(0, 0, 0)):
        self.page.draw_rect(fitz.Rect(r), color=color, fill=fill, width=w)

    def footer(self, s):
        self.center(self.H - 25, s, 9, "M")

    # ------------------------------------------------------------------ tables
    def table(self, colw, rows, rowh=16, fs=8, x=None, y=None, font="M", head_fill=(0.86, 0.89, 0.93),
              head_rows=0, lw=0.5, pad=3, rules=True):
        """rows: list of rows; a cell is a str or a dict(t=, cs=1, rs=1, al='l'|'c'|'r', fill=, v=False, f=font).
        rowh: int or list per row.  Returns bottom y."""
        x = self.x0 if x is None else x
        y = self.y if y is None else y
        nrow = len(rows)
        hs = rowh if isinstance(rowh, list) else [rowh] * nrow
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in hs:
            ys.append(ys[-1] + h)
        occ = [[False] * len(colw) for _ in range(nrow)]
        for r, row in enumerate(rows):
            c = 0
            for cell in row:
                while c < len(colw) and occ[r][c]:
                    c += 1
                if c >= len(colw):
                    raise ValueError(f"row {r} too many cells: {row}")
                if not isinstance(cell, dict):
                    cell = {"t": cell}
                cs, rs = cell.get("cs", 1), cell.get("rs", 1)
                for rr in range(r, r + rs):
                    for cc in range(c, c + cs):
                        occ[rr][cc] = True
                rect = fitz.Rect(xs[c], ys[r], xs[c + cs], ys[r + rs])
                fill = cell.get("fill", head_fill if r < head_rows else None)
                if fill:
                    self.page.draw_rect(rect, color=None, fill=fill, width=0)
                if rules:
                    self.page.draw_rect(rect, color=(0, 0, 0), width=lw)
                t = str(cell.get("t", ""))
                al = cell.get("al", "c" if r < head_rows else ("l" if c == 0 else "r"))
                f = cell.get("f", font)
                cfs = cell.get("fs", fs)
                if cell.get("v"):
                    chars = list(t)
                    lh = cfs * 1.15
                    ty = rect.y0 + (rect.height - lh * len(chars)) / 2 + cfs
                    for ch in chars:
                        self.text(rect.x0 + (rect.width - tlen(ch, cfs, f)) / 2, ty, ch, cfs, f)
                        ty += lh
                    c += cs
                    continue
                lines = []
                for part in t.split("\n"):
                    lines += wrap(part, rect.width - 2 * pad, cfs, f)
                lh = cfs * 1.3
                ty = rect.y0 + (rect.height - lh * len(lines)) / 2 + cfs * 0.98
                if (rect.height - lh * len(lines)) < -1:
                    raise ValueError(f"cell text does not fit: {t!r}")
                for ln in lines:
                    w = tlen(ln, cfs, f)
                    if al == "r":
                        tx = rect.x1 - pad - w
                    elif al == "c":
                        tx = rect.x0 + (rect.width - w) / 2
                    else:
                        tx = rect.x0 + pad
                    self.text(tx, ty, ln, cfs, f)
                    ty += lh
                c += cs
        self.y = ys[-1]
        return self.y
