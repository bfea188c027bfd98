"""Minimal PyMuPDF drawing helpers (tables with merged cells, wrapped text, vertical text)."""
import fitz

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": fitz.Font(fontfile=GOTHIC), "m": fitz.Font(fontfile=MINCHO)}
NOSTART = set("、。，．）」』】％")


def setup(page):
    page.insert_font(fontname="g", fontfile=GOTHIC)
    page.insert_font(fontname="m", fontfile=MINCHO)


def tlen(s, size, font="m"):
    return FONTS[font].text_length(s, fontsize=size)


def text(page, x, y, s, size=10, font="m", align="l", color=(0, 0, 0)):
    w = tlen(s, size, font)
    if align == "r":
        x -= w
    elif align == "c":
        x -= w / 2
    page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
    return w


def wrap(s, width, size, font="m", indent2=0):
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        lim = width - (indent2 if lines else 0)
        if tlen(cur + ch, size, font) > lim and cur and ch not in NOSTART:
            carry = ""
            while cur and cur[-1] in "【「（":
                carry = cur[-1] + carry; cur = cur[:-1]
            lines.append(cur); cur = carry + ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(page, x, y, s, width, size=10, font="m", lead=1.6, indent2=0):
    """wrapped paragraph; returns y after the last line"""
    for i, ln in enumerate(wrap(s, width, size, font, indent2)):
        page.insert_text((x + (indent2 if i else 0), y + size), ln, fontname=font, fontsize=size)
        y += size * lead
    return y


def vtext(page, cx, y0, s, size=9, font="g"):
    """vertical (縦書き) label: one character per line, centred on cx"""
    for i, ch in enumerate(s):
        text(page, cx, y0 + size + i * size * 1.15, ch, size, font, "c")


def table(page, x, y, widths, rows, rh=16, size=8.5, font="m", header_rows=1, fill_header=(0.85, 0.85, 0.85),
          zebra=None, rules="grid", lw=0.5):
    """rows: list of lists; a cell is str or dict(t=, cs=colspan, rs=rowspan, a='l|c|r', fill=, b=bold, v=vertical,
    lines=[...] for stacked text). None marks a cell covered by a span. Returns y of the table bottom.
    rules: 'grid' (all), 'none' (no lines), 'hhead' (horizontal rules over and under the header and at the end)"""
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    hs = rh if isinstance(rh, list) else [rh] * len(rows)
    ys = [y]
    for h in hs:
        ys.append(ys[-1] + h)
    for ri, row in enumerate(rows):
        ci = 0
        for cell in row:
            if cell is None:
                ci += 1; continue
            c = cell if isinstance(cell, dict) else {"t": cell}
            cs, rs = c.get("cs", 1), c.get("rs", 1)
            r = fitz.Rect(xs[ci], ys[ri], xs[ci + cs], ys[ri + rs])
            fill = c.get("fill")
            if fill is None and ri < header_rows and fill_header:
                fill = fill_header
            if fill is None and zebra and ri >= header_rows and (ri - header_rows) % 2 == 1:
                fill = zebra
            if fill:
                page.draw_rect(r, color=None, fill=fill, width=0)
            if rules == "grid":
                page.draw_rect(r, color=(0, 0, 0), width=lw)
            f = "g" if (c.get("b") or ri < header_rows) else font
            sz = c.get("size", size)
            t = c.get("t", "")
            a = c.get("a", "c" if ri < header_rows else ("r" if _numlike(t) else "l"))
            if c.get("v"):
                n = len(t)
                vtext(page, r.x0 + r.width / 2, r.y0 + (r.height - n * sz * 1.15) / 2 - 2, t, sz, f)
            else:
                lines = c.get("lines") or ([t] if tlen(t, sz, f) <= r.width - 4 or c.get("nowrap") else wrap(t, r.width - 5, sz, f))
                lh = sz * 1.25
                ty = r.y0 + (r.height - lh * len(lines)) / 2 + sz * 0.95
                for ln in lines:
                    if a == "r":
                        text(page, r.x1 - 3, ty, ln, sz, f, "r")
                    elif a == "c":
                        text(page, (r.x0 + r.x1) / 2, ty, ln, sz, f, "c")
                    else:
                        text(page, r.x0 + 3, ty, ln, sz, f, "l")
                    ty += lh
            ci += 1
    if rules == "hhead":
        for yy in (ys[0], ys[header_rows], ys[-1]):
            page.draw_line((xs[0], yy), (xs[-1], yy), color=(0, 0, 0), width=0.8)
    return ys[-1]


def _numlike(t):
    t = str(t).replace(",", "").replace(".", "").replace("△", "").replace("▲", "").replace("%", "").replace("％", "")
    return t.strip().isdigit() or t.strip() in ("－", "-")
