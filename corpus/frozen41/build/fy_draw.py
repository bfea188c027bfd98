"""Small PyMuPDF drawing helpers (grid tables, wrapped text) for helper fy's documents."""
import fitz

from fy_common import FONT_G, FONT_M

_FONTS = {"G": fitz.Font(fontfile=FONT_G), "M": fitz.Font(fontfile=FONT_M)}


def setup(page):
    page.insert_font(fontname="G", fontfile=FONT_G)
    page.insert_font(fontname="M", fontfile=FONT_M)


def tlen(s, fs, f="M"):
    return _FONTS[f].text_length(s, fontsize=fs)


def wrap(text, width, fs, f="M"):
    """Character wrap (keeps runs of ASCII digits/punctuation together)."""
    lines = []
    for para in text.split("\n"):
        tokens, buf = [], ""
        for ch in para:
            if ch.isascii() and (ch.isalnum() or ch in ".,%-()"):
                buf += ch
            else:
                if buf:
                    tokens.append(buf)
                    buf = ""
                tokens.append(ch)
        if buf:
            tokens.append(buf)
        cur = ""
        for t in tokens:
            if tlen(cur + t, fs, f) > width and cur:
                # avoid starting a line with 。、）
                if t in "。、）」』":
                    cur += t
                    continue
                lines.append(cur)
                cur = t
            else:
                cur += t
        lines.append(cur)
    return lines


def text(page, x, y, s, fs=10, f="M", color=(0, 0, 0)):
    page.insert_text((x, y + fs * 0.88), s, fontname=f, fontsize=fs, color=color)


def para(page, x, y, width, s, fs=10, f="M", lh=1.55, indent=0):
    lines = wrap(s, width - indent, fs, f)
    for i, ln in enumerate(lines):
        text(page, x + (indent if i else 0), y + i * fs * lh, ln, fs, f)
    return y + len(lines) * fs * lh


def grid(page, x, y, widths, rows, rh=16, fs=8, f="M", header_rows=1, head_fill=(0.85, 0.88, 0.93),
         line=0.5, pad=2.5, rule=True):
    """rows: list of lists; cell = str | dict(t=, cs=, rs=, al='l'|'c'|'r', fill=, f=, v=bool(vertical)) | None.
    rh: number or list of row heights. Returns bottom y."""
    n = len(rows)
    hs = rh if isinstance(rh, list) else [rh] * n
    ys = [y]
    for h in hs:
        ys.append(ys[-1] + h)
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    for ri, row in enumerate(rows):
        for ci, cell in enumerate(row):
            if cell is None:
                continue
            c = cell if isinstance(cell, dict) else {"t": cell}
            cs, rs = c.get("cs", 1), c.get("rs", 1)
            x0, x1 = xs[ci], xs[ci + cs]
            y0, y1 = ys[ri], ys[ri + rs]
            fill = c.get("fill", head_fill if ri < header_rows else None)
            r = fitz.Rect(x0, y0, x1, y1)
            if fill:
                page.draw_rect(r, color=None, fill=fill, width=0)
            if rule:
                page.draw_rect(r, color=(0, 0, 0), width=line)
            t = str(c.get("t", ""))
            ff = c.get("f", "G" if ri < header_rows else f)
            cfs = c.get("fs", fs)
            al = c.get("al", "c" if ri < header_rows else ("l" if ci == 0 else "r"))
            if c.get("v"):  # vertical (縦書き): one character per line
                chars = list(t)
                th = len(chars) * cfs * 1.15
                ty = y0 + (y1 - y0 - th) / 2
                for k, ch in enumerate(chars):
                    text(page, (x0 + x1) / 2 - cfs / 2, ty + k * cfs * 1.15, ch, cfs, ff)
                continue
            lines = wrap(t, x1 - x0 - 2 * pad, cfs, ff) if t else []
            th = len(lines) * cfs * 1.3
            ty = y0 + (y1 - y0 - th) / 2 + cfs * 0.15
            if c.get("top"):
                ty = y0 + pad
            for k, ln in enumerate(lines):
                w = tlen(ln, cfs, ff)
                if al == "l":
                    tx = x0 + pad
                elif al == "r":
                    tx = x1 - pad - w
                else:
                    tx = (x0 + x1 - w) / 2
                text(page, tx, ty + k * cfs * 1.3, ln, cfs, ff)
    return ys[-1]
