"""PyMuPDF direct drawing helpers (IPAex fonts registered per page)."""
import pymupdf

from common import FONT_G, FONT_M


class Pg:
    def __init__(self, doc, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        self.p.insert_font(fontname="mi", fontfile=FONT_M)
        self.p.insert_font(fontname="go", fontfile=FONT_G)
        self.w, self.h = w, h

    def text(self, x, y, s, size=10, font="mi", color=(0, 0, 0)):
        self.p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def ctext(self, x0, x1, y, s, size=10, font="mi"):
        tl = pymupdf.get_text_length(s, fontname="japan", fontsize=size)  # approx width
        fw = pymupdf.Font(fontfile=FONT_M if font == "mi" else FONT_G)
        tl = fw.text_length(s, fontsize=size)
        self.text(x0 + (x1 - x0 - tl) / 2, y, s, size, font)

    def rtext(self, x1, y, s, size=10, font="mi"):
        fw = pymupdf.Font(fontfile=FONT_M if font == "mi" else FONT_G)
        self.text(x1 - fw.text_length(s, fontsize=size), y, s, size, font)

    def para(self, x0, y0, x1, s, size=10, font="mi", lh=1.5):
        """Wrap s (no hyphenation; CJK per char) into lines within x0..x1; returns new y."""
        fw = pymupdf.Font(fontfile=FONT_M if font == "mi" else FONT_G)
        line = ""
        y = y0
        for ch in s:
            if ch == "\n":
                self.text(x0, y, line, size, font); y += size * lh; line = ""; continue
            if fw.text_length(line + ch, fontsize=size) > (x1 - x0):
                self.text(x0, y, line, size, font); y += size * lh; line = ch
            else:
                line += ch
        if line:
            self.text(x0, y, line, size, font); y += size * lh
        return y

    def rect(self, x0, y0, x1, y1, width=0.7, fill=None):
        self.p.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=(0, 0, 0), width=width, fill=fill)

    def line(self, x0, y0, x1, y1, width=0.6):
        self.p.draw_line((x0, y0), (x1, y1), color=(0, 0, 0), width=width)

    def grid(self, x0, y0, widths, rows, rh=16, size=8.5, header_rows=1, aligns=None, spans=()):
        """Draw a ruled table. rows: lists of str; spans: {(r,c): ncols} horizontal header merges. Returns bottom y."""
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        y = y0
        spans = dict(spans)
        for i, row in enumerate(rows):
            fill = (0.88, 0.88, 0.88) if i < header_rows else None
            j = 0
            while j < len(widths):
                n = spans.get((i, j), 1)
                self.rect(xs[j], y, xs[j + n], y + rh, width=0.5, fill=fill)
                s = row[j] if j < len(row) else ""
                if s:
                    a = "c" if i < header_rows else (aligns[j] if aligns else ("l" if j == 0 else "r"))
                    f = "go" if i < header_rows else "mi"
                    by = y + rh / 2 + size * 0.38
                    if a == "c":
                        self.ctext(xs[j], xs[j + n], by, s, size, f)
                    elif a == "r":
                        self.rtext(xs[j + n] - 3, by, s, size, f)
                    else:
                        self.text(xs[j] + 3, by, s, size, f)
                j += n
            y += rh
        return y
