"""Shared helpers for helper-u builders: fact records, gold writer, text-layer check."""
import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

import pymupdf as fitz

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/u_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s):
    return str(s).translate(ZEN)


def yen_str(v):
    """format an integer with thousands separators, negative as △"""
    if v < 0:
        return "△" + f"{-v:,}"
    return f"{v:,}"


def rate(num, den, nd=1):
    return round(num / den * 100 + 1e-9, nd)


def rate_str(num, den, nd=1):
    return f"{rate(num, den, nd):.{nd}f}"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts = []
        self.initiatives = []
        self.minutes = None

    def fact(self, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
             as_of=None, approx=False, area=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert metric in ("assessed", "collected", "collection_rate", "written_off",
                          "outstanding", "delinquents"), metric
        if basis == "interim":
            assert as_of, raw
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})

    def init(self, debt, fy, section, label, text, status, page):
        self.initiatives.append({"debt": debt, "fiscal_year": fy, "section": section,
                                 "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path):
        pdf_path = Path(pdf_path)
        data = pdf_path.read_bytes()
        doc = fitz.open(pdf_path)
        n = doc.page_count
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc,
               "facts": self.facts,
               "initiatives": self.initiatives,
               "minutes": self.minutes,
               "tables": [],
               "warnings": []}
        gp = GOLD_DIR / (self.stem + ".json")
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        check(pdf_path, out)
        return out


def _n(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def _raw(s):
    return re.sub(r"\s+", "", s or "")


def check(pdf_path, gold):
    doc = fitz.open(pdf_path)
    pages = [_raw(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        if _raw(f["raw"]) not in pages[f["page"] - 1]:
            print("MISSING fact raw", f["page"], f["raw"], f["debt_raw"], f["metric"])
            bad += 1
    for it in gold["initiatives"]:
        if _raw(it["text"]) not in pages[it["page"] - 1]:
            print("MISSING initiative", it["page"], it["text"][:40])
            bad += 1
    m = gold.get("minutes")
    if m:
        alltext = "".join(pages)
        for s in m["statements"]:
            if _raw(s["text"]) not in pages[s["page"] - 1]:
                print("MISSING statement", s["page"], s["speaker"], s["text"][:40])
                bad += 1
    # duplicates of same key+value make scoring ambiguous but are allowed; report count only
    print(f"{Path(pdf_path).name}: pages={doc.page_count} facts={len(gold['facts'])} "
          f"initiatives={len(gold['initiatives'])} problems={bad}")
    return bad


def soffice(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True)
    return Path(outdir) / (Path(src).stem + ".pdf")


def chromium(html_path, out_pdf):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out_pdf}", str(html_path)], check=True, capture_output=True)


class Canvas:
    """Tiny PyMuPDF drawing helper (text with fonts, boxes, wrapped text, simple tables)."""

    def __init__(self, width, height):
        self.doc = fitz.open()
        self.W, self.H = width, height
        self.fonts = {"G": fitz.Font(fontfile=GOTHIC), "M": fitz.Font(fontfile=MINCHO)}
        self.page = None
        self.pno = 0

    def new_page(self):
        self.page = self.doc.new_page(width=self.W, height=self.H)
        self.page.insert_font(fontname="G", fontfile=GOTHIC)
        self._mincho = False
        self.pno += 1
        return self.pno

    def tlen(self, s, size, font="G"):
        return self.fonts[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10, font="G", color=(0, 0, 0), align="l", width=None):
        if align != "l":
            w = self.tlen(s, size, font)
            if align == "c":
                x = x + (width - w) / 2
            elif align == "r":
                x = x + width - w
        if font == "M" and not self._mincho:
            self.page.insert_font(fontname="M", fontfile=MINCHO)
            self._mincho = True
        self.page.insert_text((x, y), s, fontsize=size, fontname=font, color=color)

    def rect(self, r, fill=None, stroke=(0, 0, 0), width=0.6):
        self.page.draw_rect(fitz.Rect(r), color=stroke, fill=fill, width=width)

    def line(self, p, q, color=(0, 0, 0), width=0.6, dashes=None):
        self.page.draw_line(fitz.Point(p), fitz.Point(q), color=color, width=width, dashes=dashes)

    def wrap(self, s, size, width, font="G", indent_first=0):
        lines, cur = [], ""
        w0 = width - indent_first
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            lim = w0 if not lines else width
            if self.tlen(cur + ch, size, font) > lim:
                # simple kinsoku: keep closing punctuation on the line
                if ch in "。、）」』％":
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

    def para(self, x, y, s, size, width, font="G", lead=1.45, hang=0, color=(0, 0, 0)):
        """wrapped paragraph; hang = indent of continuation lines. returns new y"""
        lines = self.wrap(s, size, width - hang, font) if hang else self.wrap(s, size, width, font)
        for i, ln in enumerate(lines):
            self.text(x + (hang if i else 0), y, ln, size, font, color)
            y += size * lead
        return y

    def save(self, path):
        try:
            self.doc.subset_fonts()
        except Exception:  # subsetting is only a size optimisation
            pass
        self.doc.save(str(path), garbage=4, deflate=True)
