"""PyMuPDF drawing helpers (text boxes, ruled tables, panels) for the o_ builders."""
import pymupdf

GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"


class Pg:
    def __init__(self, page):
        self.p = page
        self.reg = set()

    def _f(self, font):
        if font not in self.reg:
            self.p.insert_font(fontname=font, fontfile=GOTH if font == "G" else MIN)
            self.reg.add(font)
        return font

    def text(self, x, y, s, size=10, font="G", color=(0, 0, 0)):
        self.p.insert_text((x, y), s, fontname=self._f(font), fontsize=size, color=color)

    def rect(self, r, fill=None, color=(0, 0, 0), width=0.6):
        self.p.draw_rect(pymupdf.Rect(r), color=color, fill=fill, width=width)

    def line(self, a, b, width=0.6, color=(0, 0, 0)):
        self.p.draw_line(a, b, color=color, width=width)

    def box(self, r, s, size=10, font="G", align=0, fill=None, border=True, pad=3, color=(0, 0, 0),
            valign="top", bw=0.6, lh=1.25):
        r = pymupdf.Rect(r)
        if fill is not None or border:
            self.p.draw_rect(r, color=(0, 0, 0) if border else None, fill=fill, width=bw)
        inner = pymupdf.Rect(r.x0 + pad, r.y0 + pad, r.x1 - pad, r.y1 - pad + 2)
        if valign == "middle":
            n = s.count("\n") + 1
            h = n * size * lh
            off = max(0, (inner.height - h) / 2)
            inner = pymupdf.Rect(inner.x0, inner.y0 + off, inner.x1, inner.y1 + 1)
        rc = self.p.insert_textbox(inner, s, fontname=self._f(font), fontsize=size, align=align, color=color,
                                   lineheight=lh)
        if rc < 0:
            raise ValueError(f"text does not fit ({rc:.1f}): {s[:30]!r} in {r}")
        return rc

    def table(self, x, y, colw, rows, rowh=16, size=8.5, align=None, header_rows=1, hfill=(0.85, 0.85, 0.85),
              grid="full", zebra=None, font="G", heights=None, merges=()):
        """merges: list of (r0, c0, r1, c1) — text of (r0,c0) drawn over the merged rect."""
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y]
        for i in range(len(rows)):
            ys.append(ys[-1] + (heights[i] if heights else rowh))
        covered = {}
        for r0, c0, r1, c1 in merges:
            for i in range(r0, r1 + 1):
                for j in range(c0, c1 + 1):
                    covered[(i, j)] = (r0, c0, r1, c1)
        for i, row in enumerate(rows):
            for j in range(len(colw)):
                m = covered.get((i, j))
                if m and (i, j) != (m[0], m[1]):
                    continue
                if m:
                    r = pymupdf.Rect(xs[m[1]], ys[m[0]], xs[m[3] + 1], ys[m[2] + 1])
                else:
                    r = pymupdf.Rect(xs[j], ys[i], xs[j + 1], ys[i + 1])
                fill = None
                if i < header_rows and hfill:
                    fill = hfill
                elif zebra and (i - header_rows) % 2 == 1:
                    fill = zebra
                s = row[j] if j < len(row) else ""
                a = 1 if i < header_rows else {"l": 0, "c": 1, "r": 2}[(align or "l" * len(colw))[j]]
                if fill:
                    self.p.draw_rect(r, color=None, fill=fill, width=0)
                if grid == "full":
                    self.p.draw_rect(r, color=(0, 0, 0), width=0.5)
                if s:
                    self.box(r, s, size=size, font=font, align=a, border=False, pad=2, valign="middle")
        if grid == "h":
            for k, yy in enumerate(ys):
                w = 0.9 if k in (0, header_rows, len(ys) - 1) else 0.4
                self.line((xs[0], yy), (xs[-1], yy), width=w)
        return ys[-1]


def finish(doc, path):
    doc.subset_fonts()
    doc.save(path, garbage=4, deflate=True)
