"""Small PyMuPDF layout helpers (text wrapping, tables, boxes) for helper fi's documents."""
from __future__ import annotations

import re

import fitz

from fi_common import IPAG, IPAM

FONTS = {"G": IPAG, "M": IPAM}
_FOBJ = {k: fitz.Font(fontfile=v) for k, v in FONTS.items()}
NOSTART = set("。、，．）」』】〕・：；％")
NOEND = set("（「『【〔")


def tlen(s, size, f="M"):
    return _FOBJ[f].text_length(s, fontsize=size)


TOKEN = re.compile(r"【[^】]{1,6}】|[0-9０-９][0-9０-９,，.．]*[%％]?|[A-Za-z][A-Za-z0-9\-]*|.", re.S)


def wrap(text, size, width, f="M"):
    """Character wrap that keeps numbers, ASCII words and 【tags】 whole, with simple kinsoku."""
    lines = []
    for para in str(text).split("\n"):
        cur = ""
        for tok in TOKEN.findall(para):
            if tlen(cur + tok, size, f) <= width or not cur:
                cur += tok
            else:
                if tok in NOSTART:           # hang the closing mark on this line
                    cur += tok
                    continue
                if cur and cur[-1] in NOEND:
                    lines.append(cur[:-1]); cur = cur[-1] + tok; continue
                lines.append(cur); cur = tok
        lines.append(cur)
    return lines


NUMERIC = re.compile(r"^[△▲\-+]?[0-9,.]+(※\d?)?$")


class Pager:
    def __init__(self, landscape=False):
        self.doc = fitz.open()
        self.landscape = landscape

    def new(self, landscape=None):
        land = self.landscape if landscape is None else landscape
        w, h = (842, 595) if land else (595, 842)
        p = self.doc.new_page(width=w, height=h)
        for k, v in FONTS.items():
            p.insert_font(fontname=k, fontfile=v)
        return p

    def save(self, path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)
        n = self.doc.page_count
        self.doc.close()
        return n


def text(page, x, y, s, size=10, f="M", color=(0, 0, 0)):
    """One line, baseline at y."""
    page.insert_text((x, y), s, fontname=f, fontsize=size, color=color)


def para(page, x, y, width, s, size=10, f="M", lead=1.55, indent=0, color=(0, 0, 0)):
    """Wrapped paragraph, first baseline at y+size; returns y below the last line."""
    lines = wrap(s, size, width - indent, f)
    yy = y
    for i, ln in enumerate(lines):
        yy += size * lead
        page.insert_text((x + (0 if i == 0 else indent), yy - size * (lead - 1) / 2),
                         ln, fontname=f, fontsize=size, color=color)
    return yy


def hang(page, x, y, width, label, s, size=10, f="M", lead=1.55):
    """Hanging paragraph: label then text, wrapped lines aligned after the label."""
    lw = tlen(label, size, f)
    lines = wrap(s, size, width - lw, f)
    yy = y
    for i, ln in enumerate(lines):
        yy += size * lead
        base = yy - size * (lead - 1) / 2
        if i == 0 and label:
            page.insert_text((x, base), label, fontname=f, fontsize=size)
        page.insert_text((x + lw, base), ln, fontname=f, fontsize=size)
    return yy


def box(page, x0, y0, x1, y1, width=0.8, fill=None, color=(0, 0, 0), dashes=None):
    page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width, dashes=dashes)


def cell_text(page, rect, s, size=8.5, f="M", align="c", vert=False, pad=3, lead=1.3):
    if s is None or s == "":
        return
    if vert:
        chars = [c for c in str(s)]
        h = len(chars) * size * 1.08
        yy = rect.y0 + (rect.height - h) / 2 + size
        for ch in chars:
            w = tlen(ch, size, f)
            page.insert_text((rect.x0 + (rect.width - w) / 2, yy), ch, fontname=f, fontsize=size)
            yy += size * 1.08
        return
    if NUMERIC.match(str(s)):
        while size > 5 and tlen(str(s), size, f) > rect.width - 2 * pad:
            size -= 0.2
    lines = wrap(s, size, rect.width - 2 * pad, f)
    h = len(lines) * size * lead
    yy = rect.y0 + (rect.height - h) / 2 + size * (1 + (lead - 1) / 2) - size * 0.12
    for ln in lines:
        w = tlen(ln, size, f)
        if align == "l":
            xx = rect.x0 + pad
        elif align == "r":
            xx = rect.x1 - pad - w
        else:
            xx = rect.x0 + (rect.width - w) / 2
        page.insert_text((xx, yy), ln, fontname=f, fontsize=size)
        yy += size * lead


def table(page, x, y, widths, rows, heights=None, size=8.5, lw=0.6, rules=True, zebra=None,
          head_fill=None, head_rows=0, min_h=15, pad=3, f="M"):
    """rows: list of lists; a cell is a str or a dict(t=, cs=, rs=, al=, fill=, f=, vert=, size=);
    None marks a cell covered by a span. Returns the bottom y."""
    nr = len(rows)
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    # row heights
    hs = []
    for r, row in enumerate(rows):
        need = min_h
        c = 0
        for cell in row:
            if cell is None:
                c += 1
                continue
            d = cell if isinstance(cell, dict) else {"t": cell}
            cs, rs = d.get("cs", 1), d.get("rs", 1)
            if rs == 1 and not d.get("vert") and not NUMERIC.match(str(d.get("t", ""))):
                wdt = xs[min(c + cs, len(widths))] - xs[c]
                sz = d.get("size", size)
                n = len(wrap(d.get("t", ""), sz, wdt - 2 * pad, d.get("f", f)))
                need = max(need, n * sz * 1.3 + 2 * pad)
            c += 1
        hs.append(heights[r] if heights and heights[r] else need)
    # vertical cells spanning rows may need room
    ys = [y]
    for h in hs:
        ys.append(ys[-1] + h)
    occupied = set()
    for r, row in enumerate(rows):
        if zebra and r >= head_rows and (r - head_rows) % 2 == 1:
            page.draw_rect(fitz.Rect(xs[0], ys[r], xs[-1], ys[r + 1]), color=None, fill=zebra, width=0)
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            if cell is None:
                c += 1
                continue
            d = cell if isinstance(cell, dict) else {"t": cell}
            cs, rs = d.get("cs", 1), d.get("rs", 1)
            rect = fitz.Rect(xs[c], ys[r], xs[c + cs], ys[r + rs])
            fill = d.get("fill")
            if fill is None and head_fill is not None and r < head_rows:
                fill = head_fill
            if fill:
                page.draw_rect(rect, color=None, fill=fill, width=0)
            if rules:
                page.draw_rect(rect, color=(0, 0, 0), width=lw)
            al = d.get("al", "c")
            cell_text(page, rect, d.get("t", ""), size=d.get("size", size), f=d.get("f", f),
                      align=al, vert=d.get("vert", False), pad=pad)
            c += 1
    if not rules:
        page.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), width=1.0)
        if head_rows:
            page.draw_line((xs[0], ys[head_rows]), (xs[-1], ys[head_rows]), width=0.6)
        page.draw_line((xs[0], ys[-1]), (xs[-1], ys[-1]), width=1.0)
    return ys[-1]
