"""Shared helpers for helper gf's blind documents (set dev46).

Every build script keeps the figures it prints in Python data; the gold facts are
made from that same data (never by reading the PDF back).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/gf_work")

ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s) -> str:
    """Half-width digits -> full-width digits (commas and points stay)."""
    return str(s).translate(ZEN)


def comma(v: int) -> str:
    return f"{v:,}"


def tri(v, fmt="{:,}", minus="△") -> str:
    """Signed number with △/▲ for minus."""
    s = fmt.format(abs(v))
    return (minus + s) if v < 0 else s


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    return round(collected / assessed * 100 + 1e-9, nd)


def fr(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


class Facts:
    """Collects gold facts."""

    def __init__(self):
        self.items: list[dict] = []

    def add(self, *, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
            approx=False, as_of=None, area=None):
        if unit in ("percent", "points"):
            value = float(value)
        else:
            value = int(value)
        self.items.append({
            "debt": debt, "debt_raw": debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None,
        })


class Inits:
    def __init__(self):
        self.items: list[dict] = []

    def add(self, *, debt, debt_raw=None, fy, section, label, text, status, page):
        self.items.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page})


def write_gold(stem: str, *, kind: str, family: str, municipality: str, title: str, date: str,
               date_raw: str, facts: Facts, inits: Inits, minutes=None):
    pdf = PDF_DIR / f"{stem}.pdf"
    data = pdf.read_bytes()
    import pymupdf as fitz  # only to count pages of the file we wrote
    n = fitz.open(pdf).page_count
    gold = {
        "schema_version": "1.1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
        "document": {"kind": kind, "family": family, "municipality": municipality, "title": title,
                     "date": date, "date_raw": date_raw},
        "facts": facts.items,
        "initiatives": inits.items,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
        "pages": [],
    }
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    out = GOLD_DIR / f"{stem}.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out, n
