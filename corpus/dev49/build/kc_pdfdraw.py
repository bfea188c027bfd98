"""Small PyMuPDF drawing helpers for helper kc's documents (text layer is real text, fonts subset)."""
from __future__ import annotations

import fitz

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": fitz.Font(fontfile=GOTHIC), "m": fitz.Font(fontfile=MINCHO)}
FN = {"g": "kcg", "m": "kcm"}
NO_START = set("、。，．）」』】％・：ー")
DIGITISH = set("0123456789０１２３４５６７８９.,．，％%")


def tlen(s: str, size: float, f: str = "m") -> float:
    return FONTS[f].text_length(s, fontsize=size)


class Page:
    def __init__(self, doc: fitz.Document, landscape: bool = False):
        w, h = (842, 595) if landscape else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        for k, path in (("g", GOTHIC), ("m", MINCHO)):
            self.p.insert_font(fontname=FN[k], fontfile=path)
        self.y = 50.0
        self.left, self.right = 52.0, w - 52.0

    # ---------------------------------------------------------------- text
    def text(self, x, y, s, size=10.5, f="m", color=(0, 0, 0)):
        self.p.insert_text((x, y), s, fontname=FN[f], fontsize=size, color=color)

    def ctext(self, cx, y, s, size=10.5, f="m"):
        self.text(cx - tlen(s, size, f) / 2, y, s, size, f)

    def rtext(self, rx, y, s, size=10.5, f="m"):
        self.text(rx - tlen(s, size, f), y, s, size, f)

    def wrap(self, s: str, width: float, size: float, f: str = "m", indent: float = 0.0):
        """character wrap with simple kinsoku and no breaks inside a run of digits"""
        lines, cur = [], ""
        first = True
        i = 0
        while i < len(s):
            ch = s[i]
            avail = width - (indent if first else 0)
            if tlen(cur + ch, size, f) > avail and cur:
                # split point j: kinsoku (no line may start with 、。）％ …) and no break inside a digit run
                j = len(cur)
                for _ in range(3):
                    nxt = cur[j] if j < len(cur) else ch
                    if nxt in NO_START and j > 1:
                        j -= 1
                        continue
                    k = j
                    while k > 1 and cur[k - 1] in DIGITISH and (cur[k] if k < len(cur) else ch) in DIGITISH:
                        k -= 1
                    if k == j:
                        break
                    j = k
                lines.append(cur[:j])
                cur = cur[j:]
                first = False
                continue
            cur += ch
            i += 1
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, x=None, width=None, size=10.5, f="m", lead=1.6, indent=1.0, y=None):
        x = self.left if x is None else x
        width = (self.right - x) if width is None else width
        y = self.y if y is None else y
        ind = size * indent
        lines = self.wrap(s, width, size, f, ind)
        for i, ln in enumerate(lines):
            y += size * lead
            self.text(x + (ind if i == 0 else 0), y, ln, size, f)
        self.y = y + size * 0.3
        return self.y

    def hanging(self, label, s, x=None, width=None, size=10, f="m", lead=1.55, hang=None):
        """label then text, continuation lines indented under the text"""
        x = self.left if x is None else x
        width = (self.right - x) if width is None else width
        hang = tlen(label, size, f) if hang is None else hang
        lines = self.wrap(s, width - hang, size, f)
        y = self.y
        for i, ln in enumerate(lines):
            y += size * lead
            if i == 0:
                self.text(x, y, label, size, f)
            self.text(x + hang, y, ln, size, f)
        self.y = y + size * 0.25
        return self.y

    def heading(self, s, size=12, gap=8):
        self.y += gap + size
        self.text(self.left, self.y, s, size, "g")
        self.y += 4

    # ---------------------------------------------------------------- shapes
    def rect(self, r, fill=None, color=(0, 0, 0), width=0.6):
        self.p.draw_rect(fitz.Rect(*r), color=color, fill=fill, width=width if color else 0)

    def line(self, a, b, width=0.6, color=(0, 0, 0), dashes=None):
        self.p.draw_line(fitz.Point(*a), fitz.Point(*b), color=color, width=width, dashes=dashes)

    # ---------------------------------------------------------------- tables
    def grid(self, x, y, widths, head, body, rh=15.0, hh=15.0, size=8.5, style="rules",
             zebra=(0.93, 0.95, 0.98), head_fill=(0.85, 0.89, 0.94), align=None, bold_rows=()):
        """head: list of (r, c, rs, cs, text) in a header grid of nh rows; body: list of rows (list of str,
        a cell may be a tuple (text, 'l'|'r'|'c') or a list of lines (stacked)). style: 'rules' or 'zebra'."""
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        nh = max((r + rs for r, c, rs, cs, t in head), default=0)
        # header
        for r, c, rs, cs, t in head:
            x0, x1 = xs[c], xs[c + cs]
            y0, y1 = y + r * hh, y + (r + rs) * hh
            self.rect((x0, y0, x1, y1), fill=head_fill, color=(0, 0, 0) if style == "rules" else None)
            lines = t.split("\n")
            tot = len(lines) * (size + 1.5)
            yy = (y0 + y1) / 2 - tot / 2 + size
            for ln in lines:
                self.ctext((x0 + x1) / 2, yy, ln, size, "g")
                yy += size + 1.5
        if style == "zebra" and head:
            self.line((xs[0], y), (xs[-1], y), 1.0)
            self.line((xs[0], y + nh * hh), (xs[-1], y + nh * hh), 0.8)
        yb = y + nh * hh
        for i, row in enumerate(body):
            h = rh
            if any(isinstance(c, list) for c in row):
                h = rh * max(len(c) if isinstance(c, list) else 1 for c in row) * 0.95
            if style == "zebra" and i % 2 == 1:
                self.rect((xs[0], yb, xs[-1], yb + h), fill=zebra, color=None)
            for j, cell in enumerate(row):
                x0, x1 = xs[j], xs[j + 1]
                if style == "rules":
                    self.rect((x0, yb, x1, yb + h), color=(0, 0, 0))
                if cell is None:
                    continue
                lines = cell if isinstance(cell, list) else [cell]
                n = len(lines)
                for k, ln in enumerate(lines):
                    al = None
                    if isinstance(ln, tuple):
                        ln, al = ln
                    al = al or (align[j] if align else ("l" if j == 0 else "r"))
                    f = "g"
                    yy = yb + h / 2 + size / 2 - 1 + (k - (n - 1) / 2) * (size + 2)
                    if al == "l":
                        self.text(x0 + 3, yy, ln, size, f)
                    elif al == "c":
                        self.ctext((x0 + x1) / 2, yy, ln, size, f)
                    else:
                        self.rtext(x1 - 3, yy, ln, size, f)
            yb += h
        if style == "zebra":
            self.line((xs[0], yb), (xs[-1], yb), 1.0)
        return yb
