"""Minimal PyMuPDF drawing helpers (text, wrapped paragraphs, ruled tables, charts) for pq documents."""
from __future__ import annotations

import re

import fitz

GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINC = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": ("ipg", GOTH), "m": ("ipm", MINC)}
_MEAS = {k: fitz.Font(fontfile=v[1]) for k, v in FONTS.items()}
MM = 72 / 25.4
NOSTART = set("、。，．）」』】％%，,.・ー")
NOEND = set("（「『【(")
TOKEN = re.compile(r"【[^】]{1,4}】|[0-9０-９,，.．]+[％%]?|[A-Za-z]+|.", re.S)


def tw(s, size, f="m"):
    return _MEAS[f].text_length(s, fontsize=size)


def wrap(s, width, size, f="m"):
    """Wrap Japanese text by character, keeping numbers whole and avoiding forbidden line starts."""
    lines, cur = [], ""
    for tok in TOKEN.findall(s):
        if tok == "\n":
            lines.append(cur)
            cur = ""
            continue
        if tw(cur + tok, size, f) <= width or not cur:
            cur += tok
        elif tok[0] in NOSTART and len(cur) > 1:
            # oidashi: carry the last character over together with the forbidden line start
            carry = 1
            while carry < len(cur) - 1 and cur[-carry] in NOSTART:
                carry += 1
            lines.append(cur[:-carry])
            cur = cur[-carry:] + tok
        elif tok[0] in NOSTART:
            cur += tok
        else:
            if cur[-1] in NOEND and len(cur) > 1:
                lines.append(cur[:-1])
                cur = cur[-1] + tok
            else:
                lines.append(cur)
                cur = tok
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, doc, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        for k, (name, file) in FONTS.items():
            self.p.insert_font(fontname=name, fontfile=file)
        self.w, self.h = w, h

    def text(self, x, y, s, size=10, f="m", align="l", color=(0, 0, 0)):
        if align == "r":
            x -= tw(s, size, f)
        elif align == "c":
            x -= tw(s, size, f) / 2
        self.p.insert_text((x, y), s, fontsize=size, fontname=FONTS[f][0], color=color)

    def para(self, x, y, width, s, size=10, f="m", lead=1.6, indent=0, hang=0):
        """Wrapped paragraph; first line indented by `indent`, following lines by `hang`. Returns next y."""
        first = True
        for part in s.split("\n"):
            lines = wrap(part, width - max(indent, hang), size, f)
            for i, ln in enumerate(lines):
                off = indent if (first and i == 0) else hang
                self.text(x + off, y + size, ln, size, f)
                y += size * lead
            first = False
        return y

    def line(self, x0, y0, x1, y1, w=0.6, color=(0, 0, 0)):
        self.p.draw_line((x0, y0), (x1, y1), color=color, width=w)

    def rect(self, x0, y0, x1, y1, fill=None, color=(0, 0, 0), w=0.6):
        self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=w)

    def table(self, x, y, widths, rows, size=8, f="m", pad=2.5, lead=1.35, head=1, head_fill=(0.85, 0.89, 0.95),
              rules="grid", aligns=None, fills=None, min_h=0, bold_rows=()):
        """rows: list of lists of str (\\n for line breaks; None = cell covered by a span).
        A cell may be a tuple (text, colspan). rules: grid | hrules (lines only over/under the header and at the end).
        Returns bottom y."""
        ys = [y]
        heights = []
        for row in rows:
            hmax = 0
            ci = 0
            for cell in row:
                if cell is None:
                    ci += 1
                    continue
                txt, span = (cell if isinstance(cell, tuple) else (cell, 1))
                wdt = sum(widths[ci:ci + span]) - 2 * pad
                n = sum(len(wrap(t, wdt, size, f)) or 1 for t in str(txt).split("\n"))
                hmax = max(hmax, n * size * lead + 2 * pad - size * (lead - 1))
                ci += span
            heights.append(max(hmax, min_h))
        xs = [x]
        for wd in widths:
            xs.append(xs[-1] + wd)
        for ri, row in enumerate(rows):
            top = ys[-1]
            bot = top + heights[ri]
            ci = 0
            for cell in row:
                if cell is None:
                    ci += 1
                    continue
                txt, span = (cell if isinstance(cell, tuple) else (cell, 1))
                x0, x1 = xs[ci], xs[ci + span]
                fill = None
                if ri < head and head_fill:
                    fill = head_fill
                elif fills and fills.get(ri):
                    fill = fills[ri]
                if fill:
                    self.p.draw_rect(fitz.Rect(x0, top, x1, bot), color=None, fill=fill, width=0)
                if rules == "grid":
                    self.p.draw_rect(fitz.Rect(x0, top, x1, bot), color=(0, 0, 0), width=0.5)
                al = "c" if ri < head else (aligns[ci] if aligns else "l")
                lines = []
                for t in str(txt).split("\n"):
                    lines += wrap(t, x1 - x0 - 2 * pad, size, f) or [""]
                th = len(lines) * size * lead - size * (lead - 1)
                ty = top + (bot - top - th) / 2 + size * 0.88
                ff = "g" if (ri < head or ri in bold_rows) else f
                for ln in lines:
                    if al == "r":
                        self.text(x1 - pad, ty, ln, size, ff, "r")
                    elif al == "c":
                        self.text((x0 + x1) / 2, ty, ln, size, ff, "c")
                    else:
                        self.text(x0 + pad, ty, ln, size, ff)
                    ty += size * lead
                ci += span
            ys.append(bot)
        if rules == "hrules":
            self.line(xs[0], ys[0], xs[-1], ys[0], 0.9)
            self.line(xs[0], ys[head], xs[-1], ys[head], 0.6)
            self.line(xs[0], ys[-1], xs[-1], ys[-1], 0.9)
        return ys[-1]
