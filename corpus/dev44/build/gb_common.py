"""Shared helpers for helper gb's blind documents (run the gb_*.py scripts from corpus/dev44).

The gold is written from the same Python data the build scripts draw, never by reading a PDF back.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/dev44
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/gb_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,-%()", "０１２３４５６７８９．，－％（）")


def zen(s) -> str:
    """Full-width digits (and . , - % parentheses)."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{int(n):,}"


def tri(n, fmt=None, mark="△") -> str:
    """Signed number with △/▲ for minus; fmt formats the absolute value."""
    fmt = fmt or comma
    return (mark + fmt(-n)) if n < 0 else fmt(n)


def f2(x) -> str:
    return f"{x:.2f}"


def f1(x) -> str:
    return f"{x:.1f}"


def rate(num, den, nd=2) -> float:
    return round(num / den * 100 + 1e-9, nd)


def reiwa(fy: int) -> int:
    return fy - 2018


def era_year(fy: int, zenkaku=False) -> str:
    """2024 -> 令和6年度; 2019 -> 令和元年度; 2017 -> 平成29年度."""
    if fy >= 2019:
        y = fy - 2018
        s = "令和" + ("元" if y == 1 else (zen(y) if zenkaku else str(y))) + "年度"
    else:
        y = fy - 1988
        s = "平成" + ("元" if y == 1 else (zen(y) if zenkaku else str(y))) + "年度"
    return s


def oku_man(yen: int) -> str:
    """1,234,000,000 -> 12億3,400万円 (yen rounded to 万 by caller)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        if unit == "yen":
            assert float(value).is_integer(), (raw, value)
            value = int(value)
        elif unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = float(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area, "bbox": None, "table": None})
        return raw

    def init(self, page, debt, debt_raw, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path):
        data = pdf_path.read_bytes()
        import pymupdf as fitz  # only to count the pages of the finished file
        with fitz.open(pdf_path) as d:
            n = d.page_count
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{p}: {len(self.facts)} facts, {len(self.inits)} initiatives, {n} pages")
        return p
