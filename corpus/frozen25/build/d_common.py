"""Shared helpers for the d_ builders of frozen25: gold bookkeeping, checks, fonts, LibreOffice."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pymupdf as fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")


def zen(s) -> str:
    return str(s).translate(ZEN)


def c(n) -> str:
    """1234567 -> '1,234,567'; negatives with △."""
    n = int(round(n))
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def pct(a, b, nd=2) -> float:
    return round(a / b * 100 + 1e-12, nd)


def fy_of(era: str, y: int) -> int:
    return {"R": 2018, "H": 1988}[era] + y


class Gold:
    def __init__(self, stem, kind, municipality, title, date, date_raw):
        self.stem = stem
        self.document = {"kind": kind, "municipality": municipality, "title": title,
                         "date": date, "date_raw": date_raw}
        self.facts, self.initiatives = [], []
        self.minutes = None

    def fact(self, page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None, debt_raw=None):
        self.facts.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg,
                           "metric": metric, "basis": basis, "as_of": as_of, "value": value,
                           "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area})

    def init(self, page, debt, fy, section, label, text, status):
        self.initiatives.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                                 "text": text, "status": status, "page": page})

    def write(self, pdf: Path):
        data = pdf.read_bytes()
        doc = fitz.open(pdf)
        out = {"schema_version": "1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
               "document": self.document, "facts": self.facts, "initiatives": self.initiatives,
               "minutes": self.minutes, "tables": [], "warnings": []}
        g = ROOT / "gold" / (pdf.stem + ".json")
        g.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return g


def nz(s) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def nz_raw(s) -> str:
    return re.sub(r"\s+", "", s or "")


def check(pdf: Path, gold: Path) -> bool:
    d = json.loads(gold.read_text(encoding="utf-8"))
    doc = fitz.open(pdf)
    texts = [nz_raw(p.get_text()) for p in doc]
    bad = 0
    for f in d["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or nz_raw(f["raw"]) not in texts[p - 1]:
            bad += 1
            print("  FACT MISSING p%s %r %s %s" % (p, f["raw"], f["debt_raw"], f["metric"]))
    for i in d["initiatives"]:
        p = i["page"]
        if nz_raw(i["text"]) not in texts[p - 1]:
            bad += 1
            print("  INIT MISSING p%s %r" % (p, i["text"][:40]))
    m = d.get("minutes")
    if m:
        for s in m["statements"]:
            if nz_raw(s["text"]) not in texts[s["page"] - 1]:
                bad += 1
                print("  STMT MISSING p%s %r" % (s["page"], s["text"][:40]))
    size = pdf.stat().st_size
    print(f"{pdf.name}: pages={doc.page_count} facts={len(d['facts'])} inits={len(d['initiatives'])} "
          f"size={size//1024}KB check={'OK' if not bad else 'FAIL %d' % bad}")
    return bad == 0 and size < 1_000_000


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_d_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def finish_fitz(doc, dest: Path):
    doc.subset_fonts()
    doc.save(dest, garbage=4, deflate=True)


class Canvas:
    """Direct PyMuPDF drawing with IPAex fonts (text boxes, rectangles, simple tables)."""

    def __init__(self, doc, page):
        self.doc, self.page = doc, page
        self.fonts = set()

    def _font(self, name):
        if name not in self.fonts:
            self.page.insert_font(fontname=name, fontfile={"g": GOTHIC, "m": MINCHO}[name])
            self.fonts.add(name)

    def text(self, x0, y0, x1, y1, s, size=10, font="g", align=0, color=(0, 0, 0), lh=1.25, rotate=0):
        r = fitz.Rect(x0, y0, x1, y1)
        self._font(font)
        rc = self.page.insert_textbox(r, s, fontname=font, fontsize=size, align=align, color=color,
                                      lineheight=lh, rotate=rotate)
        if rc < 0:
            raise ValueError(f"text overflow ({rc:.1f}) in {r}: {s[:30]!r}")
        return rc

    def rect(self, x0, y0, x1, y1, fill=None, stroke=(0, 0, 0), width=0.6, radius=None):
        self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=stroke, fill=fill, width=width, radius=radius)

    def line(self, x0, y0, x1, y1, color=(0, 0, 0), width=0.6):
        self.page.draw_line(fitz.Point(x0, y0), fitz.Point(x1, y1), color=color, width=width)

    def table(self, x, y, widths, rows, rowh=16, size=8.5, font="g", aligns=None, head=1,
              head_fill=(0.85, 0.85, 0.85), rules="grid", heights=None, zebra=None, pad=2.5):
        """rows: list of lists of str (None = covered by a merge). Returns bottom y."""
        n = len(widths)
        aligns = aligns or [0] + [2] * (n - 1)
        yy = y
        for ri, row in enumerate(rows):
            h = heights[ri] if heights else rowh
            xx = x
            if zebra and ri >= head and (ri - head) % 2 == 1:
                self.rect(x, yy, x + sum(widths), yy + h, fill=zebra, stroke=None, width=0)
            for ci, cell in enumerate(row):
                w = widths[ci]
                if cell is None:
                    xx += w
                    continue
                span = 1
                while ci + span < n and row[ci + span] is None and not isinstance(cell, tuple):
                    span += 1
                vspan = 1
                txt = cell
                if isinstance(cell, tuple):  # (text, rowspan)
                    txt, vspan = cell
                    span = 1
                ww = sum(widths[ci:ci + span])
                hh = sum((heights[ri + k] if heights else rowh) for k in range(vspan))
                if ri < head and head_fill:
                    self.rect(xx, yy, xx + ww, yy + hh, fill=head_fill, stroke=None, width=0)
                if rules == "grid":
                    self.rect(xx, yy, xx + ww, yy + hh, width=0.5)
                lines = txt.count("\n") + 1
                ty = yy + max(1.0, (hh - lines * size * 1.25) / 2)
                al = 1 if ri < head else aligns[ci]
                self.text(xx + pad, ty - 1, xx + ww - pad, yy + hh + 6, txt, size=size, font=font, align=al)
                xx += w
            if rules == "h" and (ri == 0 or ri == head - 1 or ri == len(rows) - 1):
                pass
            yy += h
        if rules == "h":
            self.line(x, y, x + sum(widths), y, width=0.9)
            hy = y + sum((heights[k] if heights else rowh) for k in range(head))
            self.line(x, hy, x + sum(widths), hy, width=0.5)
            self.line(x, yy, x + sum(widths), yy, width=0.9)
        return yy
