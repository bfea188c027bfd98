"""Small PyMuPDF drawing kit for the j_ builders: text, wrapped paragraphs, ruled tables."""
from __future__ import annotations

import fitz

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": fitz.Font(fontfile=GOTHIC), "m": fitz.Font(fontfile=MINCHO)}
NAMES = {"g": "ipag", "m": "ipam"}


def use(page):
    page.insert_font(fontname="ipag", fontfile=GOTHIC)
    page.insert_font(fontname="ipam", fontfile=MINCHO)


def width(s, size, f="m"):
    return FONTS[f].text_length(s, fontsize=size)


def text(page, x, y, s, size=10, f="m", align="l", color=(0, 0, 0)):
    """y is the baseline; align l/r/c relative to x."""
    w = width(s, size, f)
    if align == "r":
        x -= w
    elif align == "c":
        x -= w / 2
    page.insert_text((x, y), s, fontsize=size, fontname=NAMES[f], color=color)
    return w


def wrap(s, w, size, f="m"):
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        if width(cur + ch, size, f) > w and cur:
            if ch in "、。）」％":
                cur += ch; lines.append(cur); cur = ""; continue
            if cur.endswith("【"):
                lines.append(cur[:-1]); cur = "【" + ch
            else:
                lines.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(page, x, y, w, s, size=10, f="m", lead=1.5, indent_first=0, hang=0):
    """Wrapped paragraph with top at y; returns the new y (below the paragraph)."""
    lines = wrap(s, w - hang, size, f)
    for i, ln in enumerate(lines):
        y += size * lead if i else size * 1.1
        text(page, x + (indent_first if i == 0 else hang), y, ln, size, f)
    return y + size * 0.5


def hline(page, x0, x1, y, w=0.6):
    page.draw_line((x0, y), (x1, y), width=w)


def vline(page, x, y0, y1, w=0.6):
    page.draw_line((x, y0), (x, y1), width=w)


def table(page, x, y, cols, rows, size=9, f="m", rh=16, rules="grid", aligns=None, spans=None, heavy=(),
          row_heights=None, skip_h=()):
    """Draw a table. cols: widths. rows: list of lists of cell strings (None = covered by span).
    spans: {(r, c): (rowspan, colspan)}. rules: grid | horiz | none. Returns bottom y."""
    spans = spans or {}
    xs = [x]
    for w_ in cols:
        xs.append(xs[-1] + w_)
    hs = row_heights or [rh] * len(rows)
    ys = [y]
    for h in hs:
        ys.append(ys[-1] + h)
    covered = set()
    for (r, c_), (rs, cs) in spans.items():
        for i in range(r, r + rs):
            for j in range(c_, c_ + cs):
                if (i, j) != (r, c_):
                    covered.add((i, j))
    for r, row in enumerate(rows):
        for c_, val in enumerate(row):
            if (r, c_) in covered or val is None or val == "":
                continue
            rs, cs = spans.get((r, c_), (1, 1))
            x0, x1 = xs[c_], xs[c_ + cs]
            y0, y1 = ys[r], ys[r + rs]
            al = (aligns[c_] if aligns else "l")
            if isinstance(val, tuple):
                val, al = val
            lines = str(val).split("\n")
            if al == "v":  # vertical writing, one char per line
                lines = list(str(val))
                al = "c"
            total = len(lines) * size * 1.2
            by = (y0 + y1) / 2 - total / 2 + size * 0.95
            for ln in lines:
                if al == "r":
                    text(page, x1 - 3, by, ln, size, f, "r")
                elif al == "c":
                    text(page, (x0 + x1) / 2, by, ln, size, f, "c")
                else:
                    text(page, x0 + 3, by, ln, size, f, "l")
                by += size * 1.2
    if rules == "none":
        return ys[-1]
    # horizontal rules
    for r in range(len(rows) + 1):
        if r in skip_h:
            continue
        wgt = 1.2 if r in heavy or r in (0, len(rows)) else 0.5
        if rules == "grid":
            # skip segments inside rowspans
            for c_ in range(len(cols)):
                inside = any(rr < r < rr + rs and cc <= c_ < cc + cs for (rr, cc), (rs, cs) in spans.items())
                if not inside:
                    hline(page, xs[c_], xs[c_ + 1], ys[r], wgt)
        else:
            x0 = xs[0]
            for (rr, cc), (rs, cs) in spans.items():
                if cc == 0 and rr < r < rr + rs:
                    x0 = max(x0, xs[cs])
            hline(page, x0, xs[-1], ys[r], wgt)
    if rules == "grid":
        for c_ in range(len(cols) + 1):
            for r in range(len(rows)):
                inside = any(cc < c_ < cc + cs and rr <= r < rr + rs for (rr, cc), (rs, cs) in spans.items())
                if not inside:
                    vline(page, xs[c_], ys[r], ys[r + 1], 0.5)
    return ys[-1]


def box(page, x0, y0, x1, y1, w=0.8):
    page.draw_rect(fitz.Rect(x0, y0, x1, y1), width=w)


def finish(doc, path):
    doc.subset_fonts()
    doc.save(path, garbage=4, deflate=True)
