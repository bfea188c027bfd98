"""A small PyMuPDF page writer (helper qk): flowing lines, wrapping, simple ruled tables."""
import unicodedata
import pymupdf
from qk_common import GOTHIC, MINCHO


def cw(ch, size):
    return size if unicodedata.east_asian_width(ch) in "WFA" else size * 0.55


def width(s, size):
    return sum(cw(c, size) for c in s)


class Writer:
    def __init__(self, gold, landscape=False, header=None, footer=True, top=60):
        self.doc = pymupdf.open()
        self.g = gold
        self.header = header
        self.footer = footer
        self.top = top
        self.page = None
        self.new_page(landscape, first=True)

    def new_page(self, landscape=False, first=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.page = self.doc.new_page(width=w, height=h)
        self.page.insert_font(fontname="G", fontfile=GOTHIC)
        self.page.insert_font(fontname="M", fontfile=MINCHO)
        self.W, self.H = w, h
        self.x0, self.x1 = 56, w - 56
        self.y = self.top
        n = self.doc.page_count
        if not first:
            self.g.page = n
        if self.header:
            self.text(self.header, self.x1 - width(self.header, 8), 30, 8, "G")
        if self.footer:
            s = f"- {n} -"
            self.text(s, w / 2 - width(s, 9) / 2, h - 28, 9)

    def text(self, s, x, y, size=10.5, font="M", color=(0, 0, 0)):
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def wrap(self, s, size, maxw):
        lines, cur, cwid = [], "", 0
        for ch in s:
            if ch == "\n":
                lines.append(cur); cur, cwid = "", 0; continue
            w = cw(ch, size)
            if cwid + w > maxw and cur:
                if ch in "、。）」％":  # no line-start punctuation
                    cur += ch; lines.append(cur); cur, cwid = "", 0; continue
                lines.append(cur); cur, cwid = "", 0
            cur += ch; cwid += w
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, size=10.5, indent=0, hang=0, font="M", gap=4, lead=1.6, x1=None, center=False):
        x1 = x1 or self.x1
        maxw = x1 - self.x0 - indent
        lines = self.wrap(s, size, maxw)
        for k, ln in enumerate(lines):
            if self.y + size * lead > self.H - 50:
                raise RuntimeError(f"page overflow on page {self.doc.page_count}: {ln}")
            self.y += size * lead
            x = self.x0 + indent + (hang if k else 0)
            if center:
                x = (self.W - width(ln, size)) / 2
            self.text(ln, x, self.y, size, font)
        self.y += gap
        return s

    def rule(self, x0=None, x1=None, w=0.6):
        self.page.draw_line((x0 or self.x0, self.y), (x1 or self.x1, self.y), width=w)

    def table(self, rows, widths, size=9, head=1, rules="grid", align=None, fill_head=(0.88, 0.88, 0.88), rowh=None, zebra=False, x0=None):
        """rows: list of lists of str (None = empty); rules: grid | horiz | none."""
        x0 = x0 if x0 is not None else self.x0
        tw = sum(widths)
        top = self.y
        for i, row in enumerate(rows):
            lines = [self.wrap(str(c or ""), size, widths[j] - 6) for j, c in enumerate(row)]
            h = rowh or max(1, max(len(l) for l in lines)) * size * 1.35 + 6
            if self.y + h > self.H - 50:
                raise RuntimeError(f"table overflow on page {self.doc.page_count}")
            r = pymupdf.Rect(x0, self.y, x0 + tw, self.y + h)
            if i < head and fill_head and rules != "none":
                self.page.draw_rect(r, color=None, fill=fill_head)
            elif zebra and (i - head) % 2 == 1:
                self.page.draw_rect(r, color=None, fill=(0.95, 0.95, 0.95))
            x = x0
            for j, ls in enumerate(lines):
                al = (align[j] if align else ("l" if j == 0 else "r")) if i >= head else "c"
                yy = self.y + (h - len(ls) * size * 1.35) / 2 + size
                for ln in ls:
                    wl = width(ln, size)
                    xx = x + 3 if al == "l" else (x + widths[j] - 3 - wl if al == "r" else x + (widths[j] - wl) / 2)
                    self.text(ln, xx, yy, size, "G" if i < head else "M")
                    yy += size * 1.35
                if rules == "grid":
                    self.page.draw_rect(pymupdf.Rect(x, self.y, x + widths[j], self.y + h), width=0.5)
                x += widths[j]
            if rules == "horiz" and (i == 0 or i == head):
                self.page.draw_line((x0, self.y), (x0 + tw, self.y), width=0.8)
            self.y += h
        if rules == "horiz":
            self.page.draw_line((x0, self.y), (x0 + tw, self.y), width=0.8)
        self.y += 4
        return top

    def save(self, path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)
        n = self.doc.page_count
        self.doc.close()
        return n
