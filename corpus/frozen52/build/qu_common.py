"""Shared helpers for helper qu's blind documents (frozen52).

Gold is written from the same data the build scripts draw with: every printed figure goes
through G.f(), which returns the printed text and records the fact with the page it is put on.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
PDF = SET / "pdf"
GOLD = SET / "gold"
WORK = Path("/tmp/qu_work")
WORK.mkdir(parents=True, exist_ok=True)
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")


def zen(s) -> str:
    return str(s).translate(ZEN)


def cm(n, nd=0) -> str:
    """1234567 -> '1,234,567'; negative with △."""
    if n < 0:
        return "△" + cm(-n, nd)
    return f"{n:,.{nd}f}"


def sgn(n, nd=0, minus="△", plus="") -> str:
    if n < 0:
        return minus + f"{-n:,.{nd}f}"
    return plus + f"{n:,.{nd}f}"


def r2(x, nd=2):
    return round(x + 1e-12, nd)


def wareki(fy: int) -> str:
    r = fy - 2018
    return "令和元年度" if r == 1 else (f"令和{r}年度" if r > 1 else f"平成{fy - 1988}年度")


class Tok(str):
    """A printed string that carries its fact (or initiative) record."""
    rec: dict


class G:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None
        self.page = 1

    # ---- facts
    def f(self, raw, value, unit, metric, fy, fy_raw, segment="total", basis="actual", debt=None,
          debt_raw=None, as_of=None, approx=False, area=None, page=None) -> Tok:
        if unit == "yen":
            value = int(round(value))
        elif unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = round(float(value), 4)
        rec = {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
               "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": segment, "metric": metric,
               "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
               "raw": str(raw), "page": page or self.page, "area": area, "bbox": None, "table": None}
        self.facts.append(rec)
        t = Tok(raw)
        t.rec = rec
        return t

    def init(self, text, debt, fy, section, label=None, status=None, page=None, shown=None) -> Tok:
        rec = {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
               "status": status, "page": page or self.page}
        self.inits.append(rec)
        t = Tok(shown if shown is not None else text)
        t.rec = rec
        return t

    def write(self, pdf_path: Path):
        import fitz
        data = pdf_path.read_bytes()
        n = fitz.open(pdf_path).page_count
        out = {"schema_version": "1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        p = GOLD / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return p


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(stem: str) -> list[str]:
    """raw of every fact and text of every initiative on its page (whitespace removed)."""
    import fitz
    pdf = PDF / f"{stem}.pdf"
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(pdf)
    texts = [squash(p.get_text()) for p in doc]
    bad = []
    if not 2 <= doc.page_count <= 8:
        bad.append(f"pages {doc.page_count}")
    if pdf.stat().st_size >= 2_000_000:
        bad.append("size")
    for f in gold["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(f"fact p{f['page']} raw {f['raw']!r} ({f['metric']} {f['debt_raw']})")
    for i in gold["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            bad.append(f"init p{i['page']} {i['text'][:30]!r}")
    m = gold.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if squash(s["text"])[:40] not in alltext:
                bad.append(f"statement {s['speaker']} {s['text'][:20]!r}")
    return bad


# ---------------------------------------------------------------- PyMuPDF flow layout
class Flow:
    """A tiny paginator for PyMuPDF: wraps Japanese text character by character; tokens (Tok)
    are kept on one line so a fact's raw text never splits over a page."""

    def __init__(self, g: G, font=MINCHO, bold=GOTHIC, size=10.5, margin=(62, 70, 62, 64),
                 header=None, footer=None, width=595.28, height=841.89):
        import fitz
        self.fitz = fitz
        self.g = g
        self.doc = fitz.open()
        self.fontfile, self.boldfile = font, bold
        self.font = fitz.Font(fontfile=font)
        self.bfont = fitz.Font(fontfile=bold)
        self.size = size
        self.ml, self.mt, self.mr, self.mb = margin
        self.W, self.H = width, height
        self.header, self.footer = header, footer
        self.page = None
        self.new_page()

    def new_page(self):
        self.page = self.doc.new_page(width=self.W, height=self.H)
        self.page.insert_font(fontname="F0", fontfile=self.fontfile)
        self.page.insert_font(fontname="F1", fontfile=self.boldfile)
        self.pno = self.doc.page_count
        self.g.page = self.pno
        self.y = self.mt
        if self.header:
            self.header(self)
        if self.footer:
            self.footer(self)

    def ensure(self, h):
        if self.y + h > self.H - self.mb:
            self.new_page()

    def put(self, x, y, s, size=None, bold=False, color=(0, 0, 0)):
        self.page.insert_text((x, y), s, fontname="F1" if bold else "F0", fontsize=size or self.size,
                              color=color)

    def tw(self, s, size=None, bold=False):
        return (self.bfont if bold else self.font).text_length(s, fontsize=size or self.size)

    def para(self, parts, indent=0, first=None, size=None, bold=False, lead=1.7, right=0, after=2):
        """parts: str or list of str/Tok. first: indent of the first line (hanging)."""
        size = size or self.size
        if isinstance(parts, str):
            parts = [parts]
        units = []  # (text, rec or None)
        for p in parts:
            if isinstance(p, Tok):
                units.append((str(p), p.rec))
            else:
                units.extend((ch, None) for ch in str(p))
        x0 = self.ml + (indent if first is None else first)
        maxw = self.W - self.mr - right
        lines, cur, curw, xstart = [], [], 0.0, x0
        for text, rec in units:
            if text == "\n":
                lines.append((xstart, cur)); cur, curw = [], 0.0; xstart = self.ml + indent
                continue
            w = self.tw(text, size, bold)
            if xstart + curw + w > maxw and cur:
                # keep closing punctuation on the line
                if rec is None and text in "、。）」』，．":
                    cur.append((text, rec)); curw += w
                    lines.append((xstart, cur)); cur, curw = [], 0.0; xstart = self.ml + indent
                    continue
                lines.append((xstart, cur)); cur, curw = [], 0.0; xstart = self.ml + indent
            cur.append((text, rec)); curw += w
        if cur:
            lines.append((xstart, cur))
        lh = size * lead
        for xs, items in lines:
            self.ensure(lh)
            x = xs
            s = "".join(t for t, _ in items)
            self.put(x, self.y + size, s, size, bold)
            for t, rec in items:
                if rec is not None:
                    rec["page"] = self.pno
            self.y += lh
        self.y += after

    def gap(self, h):
        self.y += h

    def rule(self, x0=None, x1=None, w=0.6):
        self.page.draw_line((x0 or self.ml, self.y), (x1 or self.W - self.mr, self.y), width=w)

    def table(self, rows, widths, size=9, align=None, shade_rows=(), head_rows=1, rh=None, x0=None,
              borders="grid", zebra=False, head_fill=(0.85, 0.85, 0.85), keep=True, spans=None):
        """rows: list of list of str/Tok; a cell None = covered by a span. spans: {(r,c):(rs,cs)}"""
        spans = spans or {}
        x0 = self.ml if x0 is None else x0
        rh = rh or size * 2.0
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        total_h = rh * len(rows)
        if keep:
            self.ensure(total_h)
        top = self.y
        pg = self.page
        for r, row in enumerate(rows):
            y = top + r * rh
            fill = None
            if r < head_rows:
                fill = head_fill
            elif zebra and (r - head_rows) % 2 == 1:
                fill = (0.93, 0.95, 0.98)
            if r in shade_rows:
                fill = (0.9, 0.9, 0.9)
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                rect = self.fitz.Rect(xs[c], y, xs[c + cs], y + rh * rs)
                if fill:
                    pg.draw_rect(rect, color=None, fill=fill, width=0)
                if borders == "grid":
                    pg.draw_rect(rect, color=(0, 0, 0), width=0.5)
                s = str(cell)
                lines = s.split("\n")
                bold = r < head_rows
                for k, ln in enumerate(lines):
                    w = self.tw(ln, size, bold)
                    a = (align[c] if align else ("r" if r >= head_rows and c > 0 else "c"))
                    if r < head_rows:
                        a = "c"
                    if a == "r":
                        tx = rect.x1 - 3 - w
                    elif a == "c":
                        tx = rect.x0 + (rect.width - w) / 2
                    else:
                        tx = rect.x0 + 3
                    ty = rect.y0 + (rect.height - len(lines) * size * 1.25) / 2 + size * (1.0 + 1.25 * k)
                    self.put(tx, ty, ln, size, bold)
                if isinstance(cell, Tok):
                    cell.rec["page"] = self.pno
        if borders == "hrules":
            pg.draw_line((x0, top), (xs[-1], top), width=0.8)
            pg.draw_line((x0, top + rh * head_rows), (xs[-1], top + rh * head_rows), width=0.5)
            pg.draw_line((x0, top + total_h), (xs[-1], top + total_h), width=0.8)
        self.y = top + total_h + 4

    def save(self, path: Path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)
