"""Shared helpers for helper fz's blind documents (set frozen41).

Every build script registers each printed figure through Gold.fact(), which returns the
string to print; the gold JSON is therefore written from the same data that draws the PDF.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/fz_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    """Half-width digits to full-width (as council records print them)."""
    return s.translate(ZEN)


def comma(v: int) -> str:
    s = f"{abs(v):,}"
    return s


def tri(v, fmt="{:,}", minus="△"):
    """Signed number with a Japanese minus mark."""
    if v < 0:
        return minus + fmt.format(-v)
    return fmt.format(v)


def rate(c, a, nd=2):
    return round(c * 100.0 / a + 1e-12, nd)


def mk(assessed, r, written_off=0):
    """Return dict of consistent figures for an assessed amount and a rough rate (percent)."""
    c = int(round(assessed * r / 100.0))
    return {"A": assessed, "C": c, "W": written_off, "U": assessed - c - written_off}


class Gold:
    def __init__(self, stem, kind, municipality, title, date, date_raw, family):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None
        self.page = 1

    # -- facts -------------------------------------------------------------------------
    def fact(self, raw, value, metric, *, debt=None, debt_raw=None, fy=None, fy_raw=None,
             seg="total", basis="actual", unit=None, approx=False, as_of=None, area=None, page=None):
        if unit is None:
            unit = "percent" if metric == "collection_rate" else ("households" if metric == "delinquents" else "yen")
        if isinstance(value, float) and unit == "yen":
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw,
                           "page": page if page is not None else self.page, "area": area,
                           "bbox": None, "table": None})
        return raw

    def init(self, text, *, debt=None, fy=None, section=None, label=None, status=None, page=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page if page is not None else self.page})
        return text

    # -- output ------------------------------------------------------------------------
    def write(self, pdf_path: Path):
        import pymupdf
        data = pdf_path.read_bytes()
        n = len(pymupdf.open(pdf_path))
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        problems = check(p, pdf_path)
        print(f"{self.stem}: {n} pages, {len(self.facts)} facts, {len(self.inits)} initiatives, "
              f"{len(problems)} problems")
        for x in problems[:40]:
            print("  ", x)
        return problems


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(gold_path: Path, pdf_path: Path):
    """Every raw on its page, every initiative text on its page, values sane."""
    import pymupdf
    g = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    doc = pymupdf.open(pdf_path)
    texts = [squash(p.get_text()) for p in doc]
    probs = []
    for f in g["facts"]:
        pg = f["page"]
        if not (1 <= pg <= len(texts)):
            probs.append(f"bad page {pg} for {f['raw']}")
            continue
        if squash(f["raw"]) not in texts[pg - 1]:
            where = [i + 1 for i, t in enumerate(texts) if squash(f["raw"]) in t]
            probs.append(f"raw {f['raw']!r} not on p.{pg} (found on {where})")
    for it in g["initiatives"]:
        pg = it["page"]
        if squash(it["text"]) not in texts[pg - 1]:
            where = [i + 1 for i, t in enumerate(texts) if squash(it["text"]) in t]
            probs.append(f"initiative not on p.{pg} (found on {where}): {it['text'][:30]}")
    if g.get("minutes"):
        for s in g["minutes"]["statements"]:
            if squash(s["text"])[:40] not in "".join(texts):
                probs.append(f"statement text not found: {s['text'][:30]}")
    return probs


# ------------------------------------------------------------------ PyMuPDF drawing helper
FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"


class Canvas:
    """Tiny layout helper over PyMuPDF: A4 pages, IPAex fonts, wrapped text and ruled tables."""

    def __init__(self, gold: Gold):
        import pymupdf
        self.pm = pymupdf
        self.doc = pymupdf.open()
        self.g = gold
        self.fonts = {"g": pymupdf.Font(fontfile=FONT_G), "m": pymupdf.Font(fontfile=FONT_M)}
        self.page = None
        self.n = 0

    def new_page(self, landscape=False, number=True):
        w, h = (842, 595) if landscape else (595, 842)
        self.page = self.doc.new_page(width=w, height=h)
        self.page.insert_font(fontname="g", fontfile=FONT_G)
        self.page.insert_font(fontname="m", fontfile=FONT_M)
        self.n += 1
        self.g.page = self.n
        self.W, self.H = w, h
        if number:
            self.text(w / 2, h - 28, f"- {self.n} -", 9, "m", align="c")
        return self.page

    def tl(self, s, size, font="m"):
        return self.fonts[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10.5, font="m", align="l", color=(0, 0, 0), w=None):
        """Baseline text; align l/c/r (c and r relative to x, or to the box [x, x+w] if w)."""
        L = self.tl(s, size, font)
        if w is not None:
            if align == "c":
                x = x + (w - L) / 2
            elif align == "r":
                x = x + w - L
        else:
            if align == "c":
                x -= L / 2
            elif align == "r":
                x -= L
        self.page.insert_text((x, y), s, fontsize=size, fontname=font, color=color)
        return L

    def wrap_lines(self, s, width, size, font="m", indent_next=0):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur); cur = ""; continue
            lim = width - (indent_next if lines else 0)
            if self.tl(cur + ch, size, font) > lim and cur:
                if ch in "、。，．）」』％":  # kinsoku: keep closing marks on the line
                    cur += ch; continue
                lines.append(cur); cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, width, size=10.5, font="m", leading=1.6, indent_next=0, first_indent=0):
        lines = self.wrap_lines(" " * 0 + s, width - first_indent, size, font, indent_next - first_indent) \
            if first_indent else self.wrap_lines(s, width, size, font, indent_next)
        for i, ln in enumerate(lines):
            dx = first_indent if i == 0 else indent_next
            self.text(x + dx, y, ln, size, font)
            y += size * leading
        return y

    def rect(self, x0, y0, x1, y1, fill=None, color=(0, 0, 0), width=0.6):
        self.page.draw_rect(self.pm.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width)

    def line(self, x0, y0, x1, y1, width=0.6, color=(0, 0, 0)):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width)

    def table(self, x, y, widths, rows, size=8.5, rh=15, font="m", aligns=None, fills=None, grid=True,
              bold_rows=(), spans=None, hrules_only=False, vcenter=True):
        """rows: list of lists of str (or None for a cell covered by a span).
        spans: {(r, c): (rowspan, colspan)}. fills: {r: rgb} or {(r, c): rgb}. Returns bottom y."""
        spans = spans or {}
        fills = fills or {}
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        nrows = len(rows)
        rhs = rh if isinstance(rh, list) else [rh] * nrows
        ys = [y]
        for h in rhs:
            ys.append(ys[-1] + h)
        covered = set()
        for (r, c), (rs, cs) in spans.items():
            for i in range(r, r + rs):
                for j in range(c, c + cs):
                    if (i, j) != (r, c):
                        covered.add((i, j))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if (r, c) in covered:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                x0, x1 = xs[c], xs[c + cs]
                y0, y1 = ys[r], ys[r + rs]
                f = fills.get((r, c), fills.get(r))
                if f:
                    self.page.draw_rect(self.pm.Rect(x0, y0, x1, y1), color=None, fill=f, width=0)
                if grid and not hrules_only:
                    self.page.draw_rect(self.pm.Rect(x0, y0, x1, y1), color=(0, 0, 0), width=0.5)
                if cell is None or cell == "":
                    continue
                al = (aligns[c] if aligns else ("l" if c == 0 else "r"))
                if isinstance(cell, tuple):  # (text, align)
                    cell, al = cell
                fnt = "g" if r in bold_rows else font
                lines = cell.split("\n")
                wrapped = []
                for ln in lines:
                    wrapped += self.wrap_lines(ln, x1 - x0 - 6, size, fnt)
                th = len(wrapped) * size * 1.25
                ty = (y0 + (y1 - y0 - th) / 2 + size * 0.95) if vcenter else y0 + size + 3
                for ln in wrapped:
                    self.text(x0 + 3, ty, ln, size, fnt, align=al, w=x1 - x0 - 6)
                    ty += size * 1.25
        if hrules_only:
            self.line(xs[0], ys[0], xs[-1], ys[0], 1.0)
            self.line(xs[0], ys[1], xs[-1], ys[1], 0.6)
            self.line(xs[0], ys[-1], xs[-1], ys[-1], 1.0)
        return ys[-1]

    def save(self, path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)
