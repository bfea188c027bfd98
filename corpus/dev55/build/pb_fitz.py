"""Small PyMuPDF drawing helpers (text, cells, wrapped paragraphs) for helper pb's documents."""
import pymupdf as fitz

FG = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
_F = {"g": fitz.Font(fontfile=FG), "m": fitz.Font(fontfile=FM)}
_FILE = {"g": FG, "m": FM}


def tlen(s, size, font="g"):
    return _F[font].text_length(s, fontsize=size)


def text(page, x, y, s, size=9, font="g", align="l", w=0, color=(0, 0, 0)):
    """baseline y; align l/c/r inside [x, x+w]"""
    tl = tlen(s, size, font)
    if align == "r":
        x = x + w - tl
    elif align == "c":
        x = x + (w - tl) / 2
    page.insert_text((x, y), s, fontname="F" + font, fontfile=_FILE[font], fontsize=size, color=color)


def wrap(s, width, size, font="g"):
    lines = []
    for para in s.split("\n"):
        cur = ""
        for ch in para:
            if tlen(cur + ch, size, font) > width and cur:
                # keep closing punctuation on the line
                if ch in "、。）」】":
                    cur += ch
                    lines.append(cur)
                    cur = ""
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def para(page, x, y, s, width, size=9, font="g", lead=1.55, indent2=0):
    """wrapped paragraph from top y; returns the y below it. indent2: hanging indent of
    continuation lines."""
    first = True
    out_y = y
    for ln in wrap(s, width, size, font) if not indent2 else _hang(s, width, size, font, indent2):
        out_y += size * lead
        text(page, x + (0 if first else indent2), out_y - size * (lead - 1) / 2 - 1, ln, size, font)
        first = False
    return out_y


def _hang(s, width, size, font, indent2):
    first = wrap(s, width, size, font)[0]
    rest = s[len(first):]
    return [first] + (wrap(rest, width - indent2, size, font) if rest else [])


def cell(page, r, s="", size=8, font="g", align="c", fill=None, border=0.6, valign="m",
         lead=1.3, pad=3, color=(0, 0, 0)):
    r = fitz.Rect(r)
    if fill is not None or border:
        page.draw_rect(r, color=(0, 0, 0) if border else None, fill=fill,
                       width=border if border else 0)
    if s == "" or s is None:
        return
    lines = []
    for part in str(s).split("\n"):
        lines += wrap(part, r.width - 2 * pad, size, font)
    h = len(lines) * size * lead
    if valign == "m":
        y = r.y0 + (r.height - h) / 2
    else:
        y = r.y0 + pad
    for ln in lines:
        y += size * lead
        text(page, r.x0 + pad, y - size * (lead - 1) - 1, ln, size, font, align, r.width - 2 * pad,
             color)


def vcell(page, r, s, size=8, fill=None, border=0.6):
    """a header cell with its label written vertically (縦書き), one character per line"""
    r = fitz.Rect(r)
    page.draw_rect(r, color=(0, 0, 0), fill=fill, width=border)
    h = len(s) * size * 1.15
    y = r.y0 + (r.height - h) / 2
    for ch in s:
        y += size * 1.15
        text(page, r.x0, y - 2, ch, size, "g", "c", r.width)


def hline(page, x0, x1, y, w=0.6):
    page.draw_line((x0, y), (x1, y), color=(0, 0, 0), width=w)
