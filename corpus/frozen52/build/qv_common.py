"""Shared helpers for helper qv's blind documents (set frozen52).

Gold facts are registered while the build scripts lay out the pages, from the same numbers that
are printed, never by reading the PDF back.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
SET = HERE.parent
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%-+()", "０１２３４５６７８９．，％－＋（）")


def zen(s: str) -> str:
    """Half-width digits to full-width (as many Word memos print them)."""
    return str(s).translate(ZEN)


def c(v: int) -> str:
    """Comma-grouped integer with △ for minus."""
    return ("△" if v < 0 else "") + f"{abs(v):,}"


def r2(v: float) -> str:
    return f"{v:.2f}"


def rate(num: int, den: int, nd: int = 2) -> float:
    return round(num / den * 100 + 1e-9, nd)


ERA = {"R": 2018, "H": 1988}


def wy(fy: int) -> str:
    """Western fiscal year -> 令和N年度 (2019 -> 令和元年度)."""
    n = fy - 2018
    return f"令和{'元' if n == 1 else n}年度"


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, page, raw, value, unit, metric, basis, fy, fy_raw=None, segment="total",
             debt=None, debt_raw=None, approx=False, as_of=None, area=None):
        if isinstance(value, float) and unit in ("yen", "persons", "households", "cases"):
            value = int(round(value))
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": segment, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area})
        return raw

    def init(self, page, text, debt=None, fy=None, section=None, label=None, status=None,
             debt_raw=None):
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                                 "section": section, "label": label, "text": text,
                                 "status": status, "page": page})

    def write(self, pdf_path: Path):
        data = pdf_path.read_bytes()
        n = pymupdf.open(pdf_path).page_count
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(),
                          "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.initiatives,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        p = SET / "gold" / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return p


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(pdf_path: Path, gold_path: Path) -> list[str]:
    """Every raw and every initiative text must occur on its page's text layer."""
    d = pymupdf.open(pdf_path)
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    pages = [squash(p.get_text()) for p in d]
    bad = []
    for f in g["facts"]:
        if not (1 <= f["page"] <= len(pages)) or squash(f["raw"]) not in pages[f["page"] - 1]:
            bad.append(f"fact p{f['page']} raw={f['raw']!r}")
    for i in g["initiatives"]:
        if not (1 <= i["page"] <= len(pages)) or squash(i["text"]) not in pages[i["page"] - 1]:
            bad.append(f"init p{i['page']} text={i['text'][:30]!r}")
    m = g.get("minutes")
    if m:
        alltext = "".join(pages)
        for s in m["statements"]:
            if squash(s["text"]) not in alltext:
                bad.append(f"statement {s['speaker']} {s['text'][:30]!r}")
    return bad


# ---------------------------------------------------------------- PyMuPDF drawing helpers
class Canvas:
    """Small layout kit for drawing city-style pages directly with PyMuPDF."""

    def __init__(self):
        self.doc = pymupdf.open()
        self.fg = pymupdf.Font(fontfile=GOTHIC)
        self.fm = pymupdf.Font(fontfile=MINCHO)
        self.page = None
        self.pno = 0

    def new_page(self, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.page = self.doc.new_page(width=w, height=h)
        self.page.insert_font(fontname="G", fontfile=GOTHIC)
        self.page.insert_font(fontname="M", fontfile=MINCHO)
        self.pno += 1
        return self.page

    def font(self, f):
        return self.fg if f == "G" else self.fm

    def width(self, s, size, f="G"):
        return self.font(f).text_length(s, size)

    def text(self, x, y, s, size=9, f="G", color=(0, 0, 0), align="l", w=0):
        tw = self.width(s, size, f)
        if align == "c":
            x = x + (w - tw) / 2
        elif align == "r":
            x = x + w - tw
        self.page.insert_text((x, y), s, fontname=f, fontsize=size, color=color)

    def wrap(self, s, width, size, f="G"):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if self.width(cur + ch, size, f) > width and cur:
                # keep closing punctuation on the line (kinsoku)
                if ch in "、。）」％":
                    cur += ch
                    lines.append(cur)
                    cur = ""
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, width, size=9, f="M", lead=1.55, indent=0):
        """Wrapped paragraph; returns the y below it."""
        first = True
        for ln in self.wrap(s, width - indent, size, f):
            self.text(x + (indent if not first else 0), y + size, ln, size, f)
            y += size * lead
            first = False
        return y

    def rect(self, r, fill=None, stroke=(0, 0, 0), lw=0.6):
        self.page.draw_rect(pymupdf.Rect(r), color=stroke, fill=fill, width=lw)

    def line(self, p, q, lw=0.6, color=(0, 0, 0)):
        self.page.draw_line(pymupdf.Point(p), pymupdf.Point(q), color=color, width=lw)

    def cell(self, x, y, w, h, s="", size=8, f="G", align="c", fill=None, stroke=(0, 0, 0),
             lw=0.5, vertical=False, pad=2.5):
        if fill is not None or stroke is not None:
            self.rect((x, y, x + w, y + h), fill=fill, stroke=stroke, lw=lw)
        if not s:
            return
        if vertical:
            chars = list(s)
            step = size * 1.15
            y0 = y + (h - step * len(chars)) / 2 + size
            for i, ch in enumerate(chars):
                self.text(x, y0 + i * step, ch, size, f, align="c", w=w)
            return
        lines = []
        for part in str(s).split("\n"):
            lines += self.wrap(part, w - 2 * pad, size, f) or [""]
        step = size * 1.3
        y0 = y + (h - step * len(lines)) / 2 + size * 0.95
        for i, ln in enumerate(lines):
            self.text(x + pad, y0 + i * step, ln, size, f, align=align, w=w - 2 * pad)

    def header_footer(self, head, foot):
        w = self.page.rect.width
        h = self.page.rect.height
        if head:
            self.text(0, 28, head, 7.5, "G", color=(0.35, 0.35, 0.35), align="r", w=w - 40)
            self.line((40, 32), (w - 40, 32), 0.4, (0.5, 0.5, 0.5))
        self.text(0, h - 24, foot, 8, "G", align="c", w=w)

    def save(self, path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)
