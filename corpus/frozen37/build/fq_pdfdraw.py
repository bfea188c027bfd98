"""Small PyMuPDF drawing kit used by helper fq's direct-drawn documents."""
from __future__ import annotations

import fitz

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": fitz.Font(fontfile=GOTHIC), "m": fitz.Font(fontfile=MINCHO)}
FILES = {"g": GOTHIC, "m": MINCHO}


class Canvas:
    def __init__(self, doc: fitz.Document, width=595.28, height=841.89):
        self.page = doc.new_page(width=width, height=height)
        for k, f in FILES.items():
            self.page.insert_font(fontname=k, fontfile=f)
        self.w, self.h = width, height

    def tw(self, s, size, font="g"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=9, font="g", align="left", color=(0, 0, 0)):
        """y is the baseline."""
        if align == "right":
            x -= self.tw(s, size, font)
        elif align == "center":
            x -= self.tw(s, size, font) / 2
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def rect(self, r, fill=None, color=(0, 0, 0), width=0.6):
        self.page.draw_rect(fitz.Rect(r), color=color, fill=fill, width=width)

    def line(self, p0, p1, color=(0, 0, 0), width=0.6, dashes=None):
        self.page.draw_line(p0, p1, color=color, width=width, dashes=dashes)

    def para(self, x, y, width, s, size=9.5, font="m", lead=1.55, indent=1):
        """Wrap Japanese text by character width; returns the next baseline y."""
        lines = []
        for block in s.split("\n"):
            cur = "　" * indent
            for ch in block:
                if self.tw(cur + ch, size, font) > width:
                    if ch in "、。）」％":      # no line-initial punctuation
                        cur += ch
                        lines.append(cur)
                        cur = ""
                        continue
                    lines.append(cur)
                    cur = ch
                else:
                    cur += ch
            if cur:
                lines.append(cur)
        for ln in lines:
            self.text(x, y, ln, size=size, font=font)
            y += size * lead
        return y

    def table(self, x0, y0, widths, rows, row_h=15, size=8, header_rows=1, head_fill=(0.85, 0.89, 0.95),
              zebra=None, font="m", head_font="g", aligns=None, line_w=0.5, heights=None):
        """rows: list of rows; cell = str | dict(t=str, cs=colspan, rs=rowspan, a=align, f=fill, font=, lines=[...]).
        Cells covered by a span must be given as None. Returns bottom y."""
        nrows = len(rows)
        hs = heights or [row_h] * nrows
        ys = [y0]
        for h in hs:
            ys.append(ys[-1] + h)
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                if cell is None:
                    continue
                c = cell if isinstance(cell, dict) else {"t": cell}
                cs, rs = c.get("cs", 1), c.get("rs", 1)
                r = fitz.Rect(xs[j], ys[i], xs[j + cs], ys[i + rs])
                head = i < header_rows
                fill = c.get("f")
                if fill is None and head:
                    fill = head_fill
                if fill is None and zebra and not head and (i - header_rows) % 2 == 1:
                    fill = zebra
                self.page.draw_rect(r, color=(0, 0, 0), fill=fill, width=line_w)
                lines = c.get("lines") or [c.get("t", "")]
                fnt = c.get("font", head_font if head else font)
                sz = c.get("size", size)
                al = c.get("a") or ("center" if head else (aligns[j] if aligns else ("left" if j == 0 else "right")))
                n = len(lines)
                lh = sz * 1.25
                top = (r.y0 + r.y1) / 2 - n * lh / 2 + sz * 0.95
                for k, ln in enumerate(lines):
                    yy = top + k * lh
                    if al == "left":
                        self.text(r.x0 + 2.5, yy, ln, sz, fnt)
                    elif al == "right":
                        self.text(r.x1 - 2.5, yy, ln, sz, fnt, align="right")
                    else:
                        self.text((r.x0 + r.x1) / 2, yy, ln, sz, fnt, align="center")
        return ys[-1]
