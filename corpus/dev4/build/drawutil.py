"""Direct-drawing helpers (PyMuPDF) for the dev4 builders: wrapped CJK text and ruled tables."""
import pymupdf

from common import FONT_G, FONT_M

FM = pymupdf.Font(fontfile=FONT_M)
FG = pymupdf.Font(fontfile=FONT_G)


class Pager:
    def __init__(self, doc, head="", foot=True, width=595, height=842):
        self.doc, self.head, self.foot, self.w, self.h = doc, head, foot, width, height
        self.page = None
        self.n = 0
        self.y = 0

    def new(self):
        self.page = self.doc.new_page(width=self.w, height=self.h)
        self.page.insert_font(fontname="m", fontfile=FONT_M)
        self.page.insert_font(fontname="g", fontfile=FONT_G)
        self.n += 1
        if self.head:
            tw = FM.text_length(self.head, 8)
            self.page.insert_text((self.w - 50 - tw, 32), self.head, fontname="m", fontsize=8)
            self.page.draw_line((50, 36), (self.w - 50, 36), width=0.4)
        if self.foot:
            s = f"- {self.n} -"
            self.page.insert_text((self.w / 2 - FM.text_length(s, 9) / 2, self.h - 28), s, fontname="m", fontsize=9)
        self.y = 60
        return self.n

    def text(self, s, size=10.5, x=50, right=None, bold=False, lh=1.55, indent2=None):
        """Wrapped text from x to right margin; returns nothing, advances y."""
        right = right or self.w - 50
        f, fn = (FG, "g") if bold else (FM, "m")
        x2 = indent2 if indent2 is not None else x
        for para in s.split("\n"):
            line, cx = "", x
            lines = []
            for ch in para:
                if FM.text_length(line + ch, size) > right - cx:
                    lines.append((cx, line))
                    line, cx = ch, x2
                else:
                    line += ch
            lines.append((cx, line))
            for lx, ln in lines:
                self.y += size * lh
                self.page.insert_text((lx, self.y), ln, fontname=fn, fontsize=size)
        self.y += 2

    def wrap(self, s, size, width):
        out = []
        for para in s.split("\n"):
            line = ""
            for ch in para:
                if FM.text_length(line + ch, size) > width:
                    out.append(line)
                    line = ch
                else:
                    line += ch
            out.append(line)
        return out

    def table(self, rows, widths, x=50, size=9, header_rows=1, aligns=None, merges=None, pad=3, lh=1.35,
              fill=(0.87, 0.91, 0.97)):
        """rows: list of lists of str (None = covered by a merge). merges: {(r,c): (rowspan, colspan)}."""
        merges = merges or {}
        aligns = aligns or ["l"] + ["r"] * (len(widths) - 1)
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        # row heights
        heights = []
        for r, row in enumerate(rows):
            h = size * lh + 2 * pad
            for cix, cell in enumerate(row):
                if cell is None:
                    continue
                rs, cs = merges.get((r, cix), (1, 1))
                w = xs[cix + cs] - xs[cix] - 2 * pad
                n = len(self.wrap(str(cell), size, w))
                if rs == 1:
                    h = max(h, n * size * lh + 2 * pad)
            heights.append(h)
        ys = [self.y]
        for h in heights:
            ys.append(ys[-1] + h)
        pg = self.page
        for r, row in enumerate(rows):
            for cix, cell in enumerate(row):
                if cell is None:
                    continue
                rs, cs = merges.get((r, cix), (1, 1))
                rect = pymupdf.Rect(xs[cix], ys[r], xs[cix + cs], ys[r + rs])
                if r < header_rows:
                    pg.draw_rect(rect, color=(0, 0, 0), fill=fill, width=0.5)
                else:
                    pg.draw_rect(rect, color=(0, 0, 0), width=0.5)
                lines = self.wrap(str(cell), size, rect.width - 2 * pad)
                th = len(lines) * size * lh
                ty = rect.y0 + (rect.height - th) / 2 if r < header_rows or len(lines) == 1 else rect.y0 + pad
                al = "c" if r < header_rows else aligns[cix]
                f, fn = (FG, "g") if r < header_rows else (FM, "m")
                for k, ln in enumerate(lines):
                    tw = f.text_length(ln, size)
                    tx = rect.x0 + pad if al == "l" else (rect.x1 - pad - tw if al == "r" else (rect.x0 + rect.x1 - tw) / 2)
                    pg.insert_text((tx, ty + (k + 1) * size * lh - size * (lh - 1) / 2 - 1.5), ln, fontname=fn, fontsize=size)
        self.y = ys[-1] + 4

    def box(self, lines, size=10, x=50, right=None, pad=6, lh=1.5):
        right = right or self.w - 50
        wrapped = []
        for ln in lines:
            wrapped += self.wrap(ln, size, right - x - 2 * pad)
        h = len(wrapped) * size * lh + 2 * pad
        self.page.draw_rect(pymupdf.Rect(x, self.y, right, self.y + h), color=(0, 0, 0), width=0.8)
        yy = self.y + pad
        for ln in wrapped:
            yy += size * lh
            self.page.insert_text((x + pad, yy - size * (lh - 1) / 2 - 1), ln, fontname="m", fontsize=size)
        self.y += h + 6
