"""Shared helpers of helper pt's build scripts (run from corpus/dev63).

Every printed figure that is a fact is produced through Gold.fact(), so the gold JSON is
written from the very data that draws the PDF, never read back from it.
"""
from __future__ import annotations

import hashlib
import json
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # corpus/dev63
PDF_DIR = HERE / "pdf"
GOLD_DIR = HERE / "gold"
WORK = Path("/tmp/pt_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,-%()", "０１２３４５６７８９．，－％（）")


def zen(s: str) -> str:
    """ASCII digits and punctuation to full width (as Word minutes print them)."""
    return str(s).translate(ZEN)


def rnd(x, nd=2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(collected, assessed, nd=2) -> float:
    return rnd(Decimal(collected) * 100 / Decimal(assessed), nd)


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n, nd=None, mark="△", plus="") -> str:
    """A signed number with △/▲ for minus (nd decimals for rates)."""
    if nd is None:
        s = f"{abs(n):,}"
    else:
        s = f"{abs(n):,.{nd}f}"
    if n < 0:
        return mark + s
    return plus + s


def pct(v, nd=2) -> str:
    return f"{v:.{nd}f}"


def oku_man(yen: int) -> str:
    """1,234,560,000 -> '12億3,456万' (no 円)."""
    oku, rest = divmod(yen, 100_000_000)
    man = rest // 10_000
    s = ""
    if oku:
        s += f"{oku}億"
    if man:
        s += f"{man:,}万"
    return s


def wareki(fy: int) -> str:
    if fy >= 2019:
        n = fy - 2018
        return "令和元年度" if n == 1 else f"令和{n}年度"
    return f"平成{fy - 1988}年度"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None
        self.page = 1

    # ---- facts -------------------------------------------------------------
    def fact(self, raw, value, metric, fy, *, unit=None, segment="total", basis="actual",
             debt=None, debt_raw=None, fy_raw=None, as_of=None, approx=False, area=None,
             page=None, out=None):
        """Register one printed figure; returns `out` (default `raw`), the text to print."""
        if unit is None:
            unit = {"collection_rate": "percent", "delinquents": "persons"}.get(metric, "yen")
            if metric == "difference":
                raise ValueError("difference needs an explicit unit")
        if basis == "interim" and not as_of:
            raise ValueError(f"interim without as_of: {raw}")
        if unit == "yen" and int(value) != value:
            raise ValueError(f"yen value not integral: {raw} {value}")
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": int(value) if unit in ("yen", "persons", "households", "cases") else float(value),
            "unit": unit, "approx": approx, "raw": raw,
            "page": page if page is not None else self.page, "area": area,
        })
        return raw if out is None else out

    def init(self, text, *, debt=None, debt_raw=None, fy=None, section=None, label=None,
             status=None, page=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status,
                           "page": page if page is not None else self.page})
        return text

    # ---- output ------------------------------------------------------------
    def write(self, pdf_path: Path, pages: int):
        sha = hashlib.sha256(pdf_path.read_bytes()).hexdigest()
        out = {
            "schema_version": "1",
            "source": {"file": pdf_path.name, "sha256": sha, "pages": pages},
            "document": self.doc,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
        }
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p
