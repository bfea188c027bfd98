"""Tiny PyMuPDF layout helper for helper qt (direct drawing, IPAex fonts)."""
import pymupdf

GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINC = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": pymupdf.Font(fontfile=GOTH), "m": pymupdf.Font(fontfile=MINC)}


class Canvas:
    def __init__(self, w=595, h=842, margin=56, footer=None, header=None):
        self.doc = pymupdf.open(); self.W, self.H, self.M = w, h, margin
        self.footer, self.header = footer, header
        self.page = None; self.n = 0

    def new(self, w=None, h=None):
        self.page = self.doc.new_page(width=w or self.W, height=h or self.H)
        for k, f in (("g", GOTH), ("m", MINC)):
            self.page.insert_font(fontname=k, fontfile=f)
        self.n += 1
        pw, ph = self.page.rect.width, self.page.rect.height
        if self.footer:
            self.center(self.footer.format(n=self.n), ph - 28, 9, "m", pw)
        if self.header:
            s = self.header
            self.text(pw - self.M - self.tl(s, 8, "m"), 30, s, 8, "m")
        self.y = self.M
        return self.page

    def tl(self, s, size, font="m"):
        return FONTS[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10.5, font="m", color=(0, 0, 0)):
        self.page.insert_text((x, y), s, fontsize=size, fontname=font, color=color)

    def center(self, s, y, size, font="m", pw=None):
        pw = pw or self.page.rect.width
        self.text((pw - self.tl(s, size, font)) / 2, y, s, size, font)

    def wrap(self, s, width, size, font="m"):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur); cur = ""; continue
            if self.tl(cur + ch, size, font) > width and cur:
                if ch in "、。，．）」』】％":  # kinsoku: keep punctuation on the line
                    cur += ch; lines.append(cur); cur = ""; continue
                lines.append(cur); cur = ch
            else:
                cur += ch
        if cur: lines.append(cur)
        return lines

    def para(self, s, x=None, w=None, size=10.5, font="m", lead=1.6, indent=0, hang=0, after=3):
        x = self.M if x is None else x
        w = (self.page.rect.width - self.M - x) if w is None else w
        first = True
        # first line starts at x+indent ; following lines at x+hang
        lines = []
        rest = s
        l0 = self.wrap(rest, w - indent, size, font)
        if not l0:
            self.y += size * lead; return
        lines.append((x + indent, l0[0]))
        tail = "".join(l0[1:]) if len(l0) > 1 else ""
        # re-wrap the tail at the hang width, preserving explicit newlines is not needed here
        for ln in self.wrap(tail, w - hang, size, font):
            lines.append((x + hang, ln))
        for lx, ln in lines:
            self.y += size * lead
            self.text(lx, self.y, ln, size, font)
        self.y += after
        return self.y

    def table(self, x, colw, rows, size=8.5, font="m", aligns=None, head=1, shade=(0.87, 0.9, 0.95), pad=3, lead=1.35,
              rules="grid", spans=None):
        """rows: list of lists of str. spans: {(r,c): (rowspan, colspan)}; covered cells must be None."""
        spans = spans or {}
        nr, nc = len(rows), len(colw)
        xs = [x]
        for w in colw: xs.append(xs[-1] + w)
        # row heights
        hts = []
        for i, row in enumerate(rows):
            h = 0
            for j, cell in enumerate(row):
                if cell is None: continue
                rs, cs = spans.get((i, j), (1, 1))
                if rs > 1: continue
                w = xs[j + cs] - xs[j] - 2 * pad
                nl = sum(max(1, len(self.wrap(part, w, size, font))) for part in str(cell).split("\n"))
                h = max(h, nl * size * lead + 2 * pad)
            hts.append(max(h, size * lead + 2 * pad))
        ys = [self.y]
        for h in hts: ys.append(ys[-1] + h)
        pg = self.page
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                if cell is None: continue
                rs, cs = spans.get((i, j), (1, 1))
                rect = pymupdf.Rect(xs[j], ys[i], xs[j + cs], ys[i + rs])
                if i < head and shade:
                    pg.draw_rect(rect, color=None, fill=shade, width=0)
                if rules == "grid":
                    pg.draw_rect(rect, color=(0, 0, 0), width=0.6)
                w = rect.width - 2 * pad
                lines = []
                for part in str(cell).split("\n"):
                    lines += self.wrap(part, w, size, font) or [""]
                th = len(lines) * size * lead
                ty = rect.y0 + (rect.height - th) / 2
                al = (aligns[j] if aligns else "l") if i >= head else "c"
                for k, ln in enumerate(lines):
                    lw = self.tl(ln, size, font)
                    lx = rect.x0 + pad if al == "l" else (rect.x1 - pad - lw if al == "r" else rect.x0 + (rect.width - lw) / 2)
                    self.text(lx, ty + (k + 1) * size * lead - size * 0.3, ln, size, font)
        if rules == "hrules":
            pg.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), width=0.9)
            pg.draw_line((xs[0], ys[head]), (xs[-1], ys[head]), width=0.6)
            pg.draw_line((xs[0], ys[-1]), (xs[-1], ys[-1]), width=0.9)
        self.y = ys[-1] + 4
        return self.y

    def save(self, path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)
