"""Small PyMuPDF drawing kit (text, wrapped paragraphs, grid tables) used by fh build scripts."""
from __future__ import annotations

import fitz

from fh_common import GOTHIC, MINCHO

A4 = (595.28, 841.89)
_FONTS = {"g": fitz.Font(fontfile=GOTHIC), "m": fitz.Font(fontfile=MINCHO)}
_FILES = {"g": GOTHIC, "m": MINCHO}
KINSOKU = set("、。，．）」』】％・ー々ぁぃぅぇぉっゃゅょ,.)%")


def tlen(s, size, font="g"):
    return _FONTS[font].text_length(s, fontsize=size)


def wrap(s, width, size, font="g"):
    """Greedy character wrap with simple kinsoku (no line starts with 、。）)."""
    out = []
    for para in str(s).split("\n"):
        line = ""
        for ch in para:
            if tlen(line + ch, size, font) > width and line:
                if ch in KINSOKU:
                    line += ch
                    out.append(line)
                    line = ""
                    continue
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
    return out


class Page:
    def __init__(self, doc, landscape=False):
        w, h = A4
        if landscape:
            w, h = h, w
        self.p = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        for k, f in _FILES.items():
            self.p.insert_font(fontname=k, fontfile=f)

    # --- text -------------------------------------------------------------------------------
    def text(self, x, y, s, size=10, font="g", color=(0, 0, 0), align="l", width=None):
        """Single line; y is the baseline. align l/c/r against width when given."""
        if width is not None:
            L = tlen(s, size, font)
            if align == "c":
                x = x + (width - L) / 2
            elif align == "r":
                x = x + width - L
        self.p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def para(self, x, y, s, width, size=10, font="m", leading=1.55, indent=0.0, hang=0.0, color=(0, 0, 0)):
        """Wrapped paragraph; returns the y below it. indent: first line; hang: following lines."""
        lines = []
        first = True
        for chunk in str(s).split("\n"):
            w0 = width - (indent if first else hang)
            ls = wrap(chunk, w0, size, font)
            # wrap again the continuation lines with the hang width
            if len(ls) > 1:
                rest = "".join(ls[1:])
                ls = [ls[0]] + wrap(rest, width - hang, size, font)
            for i, l in enumerate(ls):
                lines.append((indent if (first and i == 0) else hang, l))
            first = False
        for off, l in lines:
            y += size * leading
            self.p.insert_text((x + off, y - size * (leading - 1) / 2 - size * 0.15), l, fontname=font,
                               fontsize=size, color=color)
        return y + size * 0.2

    def rect(self, r, fill=None, stroke=(0, 0, 0), lw=0.6, radius=None):
        self.p.draw_rect(fitz.Rect(r), color=stroke, fill=fill, width=lw, radius=radius)

    def line(self, a, b, lw=0.6, color=(0, 0, 0)):
        self.p.draw_line(fitz.Point(*a), fitz.Point(*b), color=color, width=lw)

    # --- tables -----------------------------------------------------------------------------
    def table(self, x, y, colw, rowh, cells, size=8.5, rules=True, zebra=None, outer=True, font="g",
              lw=0.5, pad=3):
        """cells: dicts r, c, rs, cs, t, al (l/c/r), fill, vert (vertical text), size, font, valign (t/m).
        Returns bottom y."""
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in rowh:
            ys.append(ys[-1] + h)
        if zebra:
            for r in range(len(rowh)):
                if zebra.get(r):
                    self.p.draw_rect(fitz.Rect(xs[0], ys[r], xs[-1], ys[r + 1]), color=None, fill=zebra[r], width=0)
        for c in cells:
            r0, c0 = c["r"], c["c"]
            r1, c1 = r0 + c.get("rs", 1), c0 + c.get("cs", 1)
            box = fitz.Rect(xs[c0], ys[r0], xs[c1], ys[r1])
            if c.get("fill"):
                self.p.draw_rect(box, color=None, fill=c["fill"], width=0)
            if rules:
                self.p.draw_rect(box, color=(0, 0, 0), width=lw)
            t = c.get("t", "")
            if t is None or t == "":
                continue
            sz = c.get("size", size)
            fnt = c.get("font", font)
            if c.get("vert"):
                chars = list(t)
                total = len(chars) * sz * 1.1
                yy = box.y0 + (box.height - total) / 2 + sz
                for ch in chars:
                    self.text(box.x0, yy, ch, sz, fnt, align="c", width=box.width)
                    yy += sz * 1.1
                continue
            lines = []
            for part in str(t).split("\n"):
                lines += wrap(part, box.width - 2 * pad, sz, fnt)
            lh = sz * 1.3
            total = len(lines) * lh
            if c.get("valign", "m") == "t":
                yy = box.y0 + pad + sz
            else:
                yy = box.y0 + (box.height - total) / 2 + sz * 1.0
            al = c.get("al", "c")
            for l in lines:
                self.text(box.x0 + pad, yy, l, sz, fnt, align=al, width=box.width - 2 * pad)
                yy += lh
        if not rules and outer:
            self.p.draw_rect(fitz.Rect(xs[0], ys[0], xs[-1], ys[-1]), color=(0.3, 0.3, 0.3), width=0.6)
        return ys[-1]
