"""A tiny PyMuPDF drawing kit (text, wrapped text, cells, stacked vertical labels) for helper fn."""
from __future__ import annotations

import fitz

from fn_common import GOTHIC, MINCHO

FONTS = {"G": GOTHIC, "M": MINCHO}
_MEASURE = {k: fitz.Font(fontfile=v) for k, v in FONTS.items()}
NO_START = set("。、，．）」』】％:：・ー")


def tw(s: str, fs: float, font: str = "G") -> float:
    return _MEASURE[font].text_length(s, fontsize=fs)


def wrap(s: str, width: float, fs: float, font: str = "G") -> list[str]:
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if cur and tw(cur + ch, fs, font) > width and ch not in NO_START:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, doc: fitz.Document, w=595.28, h=841.89):
        self.p = doc.new_page(width=w, height=h)
        for k, v in FONTS.items():
            self.p.insert_font(fontname=k, fontfile=v)
        self.w, self.h = w, h

    def text(self, x, y, s, fs=9.0, font="G", align="left", color=(0, 0, 0), width=None):
        """y is the baseline."""
        if align != "left":
            w = tw(s, fs, font)
            if align == "center":
                x = x + (width - w) / 2 if width else x - w / 2
            elif align == "right":
                x = x + width - w if width else x - w
        self.p.insert_text((x, y), s, fontname=font, fontsize=fs, color=color)

    def para(self, x, y, s, width, fs=9.0, font="G", lead=1.55, indent_first=0.0, hang=0.0):
        """Wrapped paragraph; returns the y after it. hang: indent of the continuation lines."""
        lines = wrap(s, width - hang, fs, font) if not indent_first else None
        if lines is None:
            first = wrap(s, width - indent_first, fs, font)[0]
            rest = s[len(first):]
            lines = [first] + (wrap(rest, width - hang, fs, font) if rest else [])
        for i, ln in enumerate(lines):
            dx = indent_first if (i == 0 and indent_first) else (hang if i else 0)
            self.text(x + dx, y + fs, ln, fs, font)
            y += fs * lead
        return y

    def rect(self, r, fill=None, color=(0, 0, 0), width=0.5):
        if fill is None and color is None:
            return
        self.p.draw_rect(fitz.Rect(r), color=color, fill=fill, width=width if color else 0)

    def line(self, a, b, color=(0, 0, 0), width=0.5):
        self.p.draw_line(fitz.Point(a), fitz.Point(b), color=color, width=width)

    def cell(self, r, s="", fs=8.0, align="center", fill=None, border=(0, 0, 0), font="G", pad=3.0,
             lines=None, lead=1.3, valign="middle", bold=False):
        x0, y0, x1, y1 = r
        if fill is not None or border is not None:
            self.rect(r, fill=fill, color=border)
        if lines is None:
            lines = []
            for part in str(s).split("\n"):
                lines += wrap(part, x1 - x0 - 2 * pad, fs, font) or [""]
        h = len(lines) * fs * lead
        if valign == "middle":
            y = y0 + (y1 - y0 - h) / 2
        else:
            y = y0 + pad
        for ln in lines:
            base = y + fs * (lead - 1) / 2 + fs * 0.88
            if align == "left":
                self.text(x0 + pad, base, ln, fs, font)
            elif align == "right":
                self.text(x0, base, ln, fs, font, align="right", width=x1 - x0 - pad)
            else:
                self.text(x0, base, ln, fs, font, align="center", width=x1 - x0)
            if bold:
                pass
            y += fs * lead

    def vcell(self, r, s, fs=8.0, fill=None, border=(0, 0, 0), font="G"):
        """縦書き label: one character a line, centred."""
        x0, y0, x1, y1 = r
        self.rect(r, fill=fill, color=border)
        h = len(s) * fs * 1.1
        y = y0 + (y1 - y0 - h) / 2
        for ch in s:
            self.text(x0, y + fs * 0.95, ch, fs, font, align="center", width=x1 - x0)
            y += fs * 1.1
