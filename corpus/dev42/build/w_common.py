"""Shared helpers for helper w's dev42 builders (gold writing, number formatting, checks)."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/dev42
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/w_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789,.%()-", "０１２３４５６７８９，．％（）－")


def zen(s: str) -> str:
    """ASCII digits and punctuation to full-width (as many Japanese offices type them)."""
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567'; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def rate(num: int, den: int, nd: int = 2) -> float:
    if not den:
        return 0.0
    q = num / den * 100
    return float(f"{q + 1e-9:.{nd}f}")


def pct(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def signed(x: float, nd: int = 2, minus: str = "△") -> str:
    s = f"{abs(x):.{nd}f}"
    return (minus + s) if x < -1e-9 else s


class Gold:
    def __init__(self, kind, family, municipality, title, date, date_raw):
        self.document = {"kind": kind, "family": family, "municipality": municipality,
                         "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
             approx=False, as_of=None, area=None):
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area,
                           "bbox": None, "table": None})

    def init(self, debt, fy, section, label, text, status, page, debt_raw=None):
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                                 "section": section, "label": label, "text": text,
                                 "status": status, "page": page})

    def write(self, pdf: Path):
        import fitz
        doc = fitz.open(pdf)
        out = {"schema_version": "1.1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                          "pages": doc.page_count},
               "document": self.document, "facts": self.facts, "initiatives": self.initiatives,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        g = GOLD_DIR / (pdf.stem + ".json")
        g.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return g


def norm(s: str) -> str:
    return re.sub(r"\s+", "", str(s))


def check(pdf: Path, gold: Gold) -> list[str]:
    """Every raw / initiative text / statement text must occur on its page (whitespace removed)."""
    import fitz
    doc = fitz.open(pdf)
    pages = [norm(p.get_text()) for p in doc]
    errs = []
    for f in gold.facts:
        p = f["page"]
        if not (1 <= p <= len(pages)) or norm(f["raw"]) not in pages[p - 1]:
            errs.append(f"fact raw not on page {p}: {f['raw']!r} ({f['debt']}, {f['metric']}, {f['fiscal_year']})")
    for i in gold.initiatives:
        p = i["page"]
        if norm(i["text"]) not in pages[p - 1]:
            errs.append(f"initiative not on page {p}: {i['text'][:40]!r}")
    if gold.minutes:
        for s in gold.minutes["statements"]:
            p = s["page"]
            if norm(s["text"]) not in pages[p - 1]:
                errs.append(f"statement not on page {p}: {s['text'][:40]!r}")
    return errs


def finish(pdf: Path, gold: Gold):
    errs = check(pdf, gold)
    g = gold.write(pdf)
    print(f"{pdf.name}: {fitz_pages(pdf)} pages, {len(gold.facts)} facts, "
          f"{len(gold.initiatives)} initiatives -> {g.name}")
    for e in errs:
        print("  CHECK:", e)
    if errs:
        raise SystemExit(f"{len(errs)} check failures")


def fitz_pages(pdf):
    import fitz
    return fitz.open(pdf).page_count
