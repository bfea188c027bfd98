"""Small drawing layer over PyMuPDF for helper mb's documents: text, wrapped paragraphs, grids."""
from __future__ import annotations

import pymupdf as fitz

from mb_common import GOTHIC, MINCHO

FONTS = {"G": fitz.Font(fontfile=GOTHIC), "M": fitz.Font(fontfile=MINCHO)}
FILES = {"G": GOTHIC, "M": MINCHO}
BLACK = (0, 0, 0)
GRAY = (0.35, 0.35, 0.35)
HEAD = (0.84, 0.88, 0.94)   # shaded header cells
ZEBRA = (0.94, 0.95, 0.97)
SUB = (0.93, 0.93, 0.93)


def new_page(doc, landscape=False):
    w, h = (842, 595) if landscape else (595, 842)
    p = doc.new_page(width=w, height=h)
    for k, f in FILES.items():
        p.insert_font(fontname=k, fontfile=f)
    return p


def tlen(text, size, font="G"):
    return FONTS[font].text_length(text, fontsize=size)


def text(page, x, y, s, size=9, font="G", color=BLACK, align="l", w=None):
    """Write one line with its baseline at y; align l/c/r within [x, x+w]."""
    if align != "l" and w is not None:
        L = tlen(s, size, font)
        x = x + (w - L) / 2 if align == "c" else x + w - L
    page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)


NUMCH = set("0123456789,.０１２３４５６７８９，．％%")


def wrap(s, width, size, font="G", indent=0.0):
    """Break a Japanese string into lines no wider than width (character wrap; no break inside a
    number, no line starting with 。、）」】)."""
    out = []
    for para in s.split("\n"):
        line = ""
        first = True
        for ch in para:
            lim = width - (0 if first else indent)
            if line and tlen(line + ch, size, font) > lim and ch not in "。、）)」】":
                cut = len(line)
                while cut > 1 and line[cut - 1] in NUMCH and (ch if cut == len(line) else line[cut]) in NUMCH:
                    cut -= 1
                if cut <= 1:
                    cut = len(line)
                ob = line.rfind("【")
                if ob > 0 and ob > line.rfind("】"):
                    cut = ob
                out.append(line[:cut])
                line = line[cut:] + ch
                first = False
            else:
                line += ch
        out.append(line)
    return out


def para(page, x, y, w, s, size=9, font="G", lead=1.55, indent=0.0, color=BLACK):
    """Paragraph from top y; returns the y under it. indent: hanging indent of later lines."""
    lines = wrap(s, w, size, font, indent)
    for i, ln in enumerate(lines):
        text(page, x + (indent if i else 0), y + size * 0.9 + i * size * lead, ln, size, font, color)
    return y + len(lines) * size * lead


def box(page, rect, fill=None, color=BLACK, width=0.6):
    page.draw_rect(fitz.Rect(rect), color=color, fill=fill, width=width)


def line(page, p0, p1, color=BLACK, width=0.6):
    page.draw_line(p0, p1, color=color, width=width)


def grid(page, x0, y0, colw, rowh, cells, size=8, font="G", border=True, outer=1.0,
         rules=True, pad=2.5):
    """Draw a table. cells: dicts r, c, (rs, cs), t (text, \\n = forced line), a (l/c/r),
    fill, size, vertical (stack the characters), bold. Returns the bottom y."""
    xs = [x0]
    for w in colw:
        xs.append(xs[-1] + w)
    ys = [y0]
    for h in rowh:
        ys.append(ys[-1] + h)
    for c in cells:
        r, k = c["r"], c["c"]
        rs, cs = c.get("rs", 1), c.get("cs", 1)
        R = fitz.Rect(xs[k], ys[r], xs[k + cs], ys[r + rs])
        if c.get("fill"):
            page.draw_rect(R, color=None, fill=c["fill"], width=0)
        if border and c.get("border", True):
            page.draw_rect(R, color=BLACK, width=0.5)
        s = c.get("t", "")
        if s == "":
            continue
        sz = c.get("size", size)
        fn = c.get("font", font)
        if c.get("vertical"):
            chars = [ch for ch in s if ch != "\n"]
            step = sz * 1.15
            top = R.y0 + (R.height - step * len(chars)) / 2
            for i, ch in enumerate(chars):
                text(page, R.x0, top + step * i + sz * 0.9, ch, sz, fn, align="c", w=R.width)
            continue
        lines = []
        for part in s.split("\n"):
            lines += wrap(part, R.width - 2 * pad, sz, fn)
        lead = sz * 1.3
        top = R.y0 + (R.height - lead * len(lines)) / 2 if c.get("v", "m") == "m" else R.y0 + pad
        a = c.get("a", "l")
        for i, ln in enumerate(lines):
            text(page, R.x0 + pad, top + i * lead + sz * 1.0, ln, sz, fn, align=a,
                 w=R.width - 2 * pad)
    if outer and border:
        page.draw_rect(fitz.Rect(xs[0], ys[0], xs[-1], ys[-1]), color=BLACK, width=outer)
    return ys[-1]


def finish(doc, path):
    doc.subset_fonts()
    doc.save(path, garbage=4, deflate=True)
