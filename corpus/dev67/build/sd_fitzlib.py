"""Small PyMuPDF drawing helpers (tables with spans, vertical cells, zebra rows, boxes)."""
import fitz

from sd_common import GOTHIC, MINCHO

_scratch = fitz.open()
_sp = _scratch.new_page(width=2000, height=2000)
_sp.insert_font(fontname="g", fontfile=GOTHIC)
_sp.insert_font(fontname="m", fontfile=MINCHO)


def setup(page, mincho=False):
    page.insert_font(fontname="g", fontfile=GOTHIC)
    if mincho:
        page.insert_font(fontname="m", fontfile=MINCHO)


def text(page, x, y, s, size=10, font="g", color=(0, 0, 0)):
    page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)


def textbox(page, rect, s, size=10, font="g", align=0, valign="top", color=(0, 0, 0), lh=None):
    rect = fitz.Rect(rect)
    kw = dict(fontname=font, fontsize=size, align=align, color=color)
    if lh:
        kw["lineheight"] = lh
    if valign != "top":
        probe = fitz.Rect(0, 0, rect.width, rect.height)
        spare = _sp.insert_textbox(probe, s, **{**kw, "color": (1, 1, 1)})
        _sp.draw_rect(fitz.Rect(0, 0, 2000, 2000), color=None, fill=(1, 1, 1))
        if spare < 0:
            raise ValueError(f"text does not fit: {s!r} in {rect}")
        if valign == "middle":
            rect = fitz.Rect(rect.x0, rect.y0 + spare / 2, rect.x1, rect.y1 + spare / 2)
    rc = page.insert_textbox(rect, s, **kw)
    if rc < 0:
        raise ValueError(f"text does not fit: {s!r} in {rect}")
    return rc


def table(page, x, y, colw, rows, rowh, size=8, borders="all", header_rows=1,
          head_fill=(0.85, 0.85, 0.85), zebra=None, font="g", pad=2):
    """rows: list of lists; a cell is str, None (covered by a span) or dict(t, cs, rs, align, fill, vert, size).
    rowh: number or list. borders: 'all', 'hrule' (lines above/below the header and under the table), 'none'.
    Returns the bottom y."""
    if not isinstance(rowh, (list, tuple)):
        rowh = [rowh] * len(rows)
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    ys = [y]
    for h in rowh:
        ys.append(ys[-1] + h)
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            if cell is None:
                c += 1
                continue
            if not isinstance(cell, dict):
                cell = {"t": cell}
            cs, rs = cell.get("cs", 1), cell.get("rs", 1)
            rect = fitz.Rect(xs[c], ys[r], xs[c + cs], ys[r + rs])
            fill = cell.get("fill")
            if fill is None and r < header_rows and head_fill:
                fill = head_fill
            if fill is None and zebra and r >= header_rows and (r - header_rows) % 2 == 1:
                fill = zebra
            if fill:
                page.draw_rect(rect, color=None, fill=fill)
            if borders == "all":
                page.draw_rect(rect, color=(0, 0, 0), width=0.5)
            t = str(cell.get("t", ""))
            sz = cell.get("size", size)
            align = cell.get("align", 1 if r < header_rows else 0)
            if cell.get("vert"):
                t = "\n".join(list(t))
                align = 1
            inner = fitz.Rect(rect.x0 + pad, rect.y0 + 1, rect.x1 - pad, rect.y1 - 0.5)
            if t:
                textbox(page, inner, t, size=sz, font=cell.get("font", font), align=align,
                        valign=cell.get("valign", "middle"), lh=cell.get("lh"))
            c += 1
    if borders == "hrule":
        page.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), width=0.8)
        page.draw_line((xs[0], ys[header_rows]), (xs[-1], ys[header_rows]), width=0.5)
        page.draw_line((xs[0], ys[-1]), (xs[-1], ys[-1]), width=0.8)
    return ys[-1]


def header_footer(page, left, right, footer):
    w, h = page.rect.width, page.rect.height
    text(page, 40, 28, left, size=7.5, color=(0.3, 0.3, 0.3))
    tw = fitz.get_text_length(right, fontsize=7.5) if False else len(right) * 7.5
    text(page, w - 40 - tw, 28, right, size=7.5, color=(0.3, 0.3, 0.3))
    page.draw_line((40, 32), (w - 40, 32), width=0.4, color=(0.5, 0.5, 0.5))
    textbox(page, fitz.Rect(0, h - 34, w, h - 18), footer, size=9, align=1)
