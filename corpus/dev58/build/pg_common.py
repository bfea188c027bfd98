"""Shared helpers for helper pg's blind documents (dev58).

Gold facts are registered while the build scripts lay out the document, from the
same numbers that are drawn, never by reading the PDF back.
"""
from __future__ import annotations

import hashlib
import json
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/dev58
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/pg_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567'; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(int(n)):,}"


def rnd(x: float, nd: int = 1) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(col: int, asd: int, nd: int = 1) -> float:
    return rnd(Decimal(col) * 100 / Decimal(asd), nd) if asd else 0.0


def fr(x: float, nd: int = 1) -> str:
    return f"{x:.{nd}f}"


def sfr(x: float, nd: int = 1, minus: str = "△", plus: str = "") -> str:
    """signed difference: △0.3 / 0.3 (or +0.3 with plus='+')."""
    x = rnd(x, nd)
    if x < 0:
        return minus + f"{-x:.{nd}f}"
    return plus + f"{x:.{nd}f}"


def oku_man(yen: int) -> str:
    """512300000 -> '5億1,230万円' (to 万円)."""
    man = int(round(yen / 10000))
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             as_of=None, approx=False, area=None):
        if unit == "yen":
            value = int(value)
        elif unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = float(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})
        return raw

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pages: int):
        pdf = PDF_DIR / f"{self.stem}.pdf"
        sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
        out = {"schema_version": "1",
               "source": {"file": pdf.name, "sha256": sha, "pages": pages},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        (GOLD_DIR / f"{self.stem}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{self.stem}: {len(self.facts)} facts, {len(self.inits)} initiatives")
