"""Minimal PyMuPDF drawing helpers (text with CJK wrapping, ruled/zebra tables with spans)."""
import fitz

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"G": fitz.Font(fontfile=GOTHIC), "M": fitz.Font(fontfile=MINCHO)}
A4 = (595.28, 841.89)
NOBREAK_START = set("、。，．）」』】％,.)ー・")


class Page:
    def __init__(self, doc, landscape=False):
        w, h = A4
        self.p = doc.new_page(width=h if landscape else w, height=w if landscape else h)
        self.p.insert_font(fontname="G", fontfile=GOTHIC)
        self.p.insert_font(fontname="M", fontfile=MINCHO)
        self.w, self.h = self.p.rect.width, self.p.rect.height

    def tlen(self, s, size, font="M"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=9, font="M", align="left", color=(0, 0, 0), width=None):
        """y is the baseline."""
        if align != "left" and width is not None:
            L = self.tlen(s, size, font)
            x = x + (width - L) / 2 if align == "center" else x + width - L
        self.p.insert_text((x, y), s, fontsize=size, fontname=font, color=color)

    def wrap(self, s, width, size, font="M"):
        lines = []
        for para in s.split("\n"):
            line = ""
            for ch in para:
                if self.tlen(line + ch, size, font) > width and line:
                    if ch in NOBREAK_START:      # keep closing punctuation on the line
                        line += ch
                        continue
                    lines.append(line)
                    line = ch
                else:
                    line += ch
            lines.append(line)
        return lines

    def para(self, x, y, s, width, size=9, font="M", lead=1.5, indent=0.0, hang=0.0, color=(0, 0, 0)):
        """Wrapped paragraph from top y; returns the y below it. indent: first line, hang: others."""
        first_w = width - indent
        lines = self.wrap(s, first_w, size, font)
        if len(lines) > 1 and hang:
            rest = "".join(lines[1:])
            lines = lines[:1] + self.wrap(rest, width - hang, size, font)
        yy = y + size
        for k, ln in enumerate(lines):
            self.p.insert_text((x + (indent if k == 0 else hang), yy), ln, fontsize=size, fontname=font, color=color)
            yy += size * lead
        return yy - size * lead + size * 0.5 + 2

    def rect(self, r, fill=None, color=(0, 0, 0), width=0.6):
        self.p.draw_rect(fitz.Rect(r), color=color, fill=fill, width=width)

    def line(self, a, b, width=0.6, color=(0, 0, 0)):
        self.p.draw_line(a, b, color=color, width=width)

    def table(self, x, y, widths, rows, row_h=16, size=8, font="M", border=True, zebra=None,
              header_rows=0, header_fill=(0.86, 0.89, 0.94), pad=3, hlines_only=False):
        """rows: list of rows; a cell is str or dict(t=, cs=, rs=, al=, fill=, font=, v=(vertical), sz=).
        None marks a cell covered by a span. row_h may be a list. Returns bottom y."""
        n = len(rows)
        hs = row_h if isinstance(row_h, list) else [row_h] * n
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in hs:
            ys.append(ys[-1] + h)
        for ri, row in enumerate(rows):
            ci = 0
            for cell in row:
                if cell is None:
                    ci += 1
                    continue
                c = cell if isinstance(cell, dict) else {"t": cell}
                cs, rs = c.get("cs", 1), c.get("rs", 1)
                r = fitz.Rect(xs[ci], ys[ri], xs[ci + cs], ys[ri + rs])
                fill = c.get("fill")
                if fill is None and ri < header_rows:
                    fill = header_fill
                if fill is None and zebra and ri >= header_rows and (ri - header_rows) % 2 == 1:
                    fill = zebra
                if fill:
                    self.p.draw_rect(r, color=None, fill=fill, width=0)
                if border and not hlines_only:
                    self.p.draw_rect(r, color=(0.2, 0.2, 0.2), width=0.5)
                t = str(c.get("t", ""))
                sz = c.get("sz", size)
                fn = c.get("font", "G" if ri < header_rows else font)
                al = c.get("al", "center" if ri < header_rows else ("left" if ci == 0 else "right"))
                if c.get("v"):  # vertical (縦書き) header: one character per line
                    chars = list(t)
                    total = len(chars) * sz * 1.1
                    yy = r.y0 + (r.height - total) / 2 + sz
                    for ch in chars:
                        self.text(r.x0 + (r.width - sz) / 2, yy, ch, sz, fn)
                        yy += sz * 1.1
                else:
                    lines = []
                    for part in t.split("\n"):
                        lines += self.wrap(part, r.width - 2 * pad, sz, fn)
                    total = len(lines) * sz * 1.25
                    yy = r.y0 + (r.height - total) / 2 + sz * 0.98
                    for ln in lines:
                        self.text(r.x0 + pad, yy, ln, sz, fn, align=al, width=r.width - 2 * pad)
                        yy += sz * 1.25
                ci += cs
        if hlines_only:
            self.line((xs[0], ys[0]), (xs[-1], ys[0]), 0.8)
            self.line((xs[0], ys[header_rows]), (xs[-1], ys[header_rows]), 0.6)
            self.line((xs[0], ys[-1]), (xs[-1], ys[-1]), 0.8)
        return ys[-1]
