"""Shared helpers for helper ka's dev48 documents (gold records, number formats, checks).

The build scripts run from corpus/dev48:  python3 build/ka_<city>_<kind>.py
Each script holds its data once, draws the PDF from it and writes the gold from the
same records (never by reading the PDF back); `check()` then confirms that every raw
and every initiative text occurs on its page of the PDF's text layer.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

WORK = Path("/tmp/ka_work")
WORK.mkdir(parents=True, exist_ok=True)

_ZEN = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def zen(s: str) -> str:
    """Half-width digits, point, comma and % to full-width (全角)."""
    return str(s).translate(_ZEN)


def q(x, nd: int = 2) -> float:
    """Round half up to nd decimals."""
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), ROUND_HALF_UP))


def rate(collected, assessed, nd: int = 2) -> float:
    return float((Decimal(collected) / Decimal(assessed) * 100).quantize(Decimal(1).scaleb(-nd), ROUND_HALF_UP))


def k(yen: int) -> int:
    """Yen to 千円, rounded half up."""
    return int((Decimal(yen) / 1000).quantize(Decimal(1), ROUND_HALF_UP))


def num(n: int, minus: str = "△") -> str:
    """Integer with thousands commas, minus printed as △ / ▲ / -."""
    return (minus if n < 0 else "") + f"{abs(n):,}"


def pct(x: float, nd: int = 2, minus: str = "△", plus: str = "") -> str:
    s = f"{abs(x):.{nd}f}"
    if x < 0 and float(s) != 0:
        return minus + s
    if x > 0 and plus:
        return plus + s
    return s


def wareki(fy: int) -> str:
    """Western fiscal year to 令和/平成 label without 年度 (2019 -> 令和元)."""
    if fy >= 2019:
        n = fy - 2018
        return "令和元" if n == 1 else f"令和{n}"
    return f"平成{fy - 1988}"


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.document = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                         "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, page: int, raw: str, value, unit: str, metric: str, debt, debt_raw, fy: int, fy_raw,
             segment, basis: str, as_of=None, approx: bool = False, area=None):
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert segment in ("current", "arrears", "total", None), segment
        if basis == "interim":
            assert as_of, (raw, page)
        if unit in ("yen", "persons", "households", "cases"):
            value = int(value)
        else:
            value = float(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area, "bbox": None, "table": None})

    def init(self, page: int, debt, debt_raw, fy: int, section: str, label, text: str, status=None):
        assert status in (None, "継続", "新規", "拡充")
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                                 "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path, gold_path: Path):
        import pymupdf
        data = Path(pdf_path).read_bytes()
        with pymupdf.open(pdf_path) as d:
            n = d.page_count
        out = {"schema_version": "1",
               "source": {"file": Path(pdf_path).name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.document, "facts": self.facts, "initiatives": self.initiatives,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        Path(gold_path).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(pdf_path, gold_path) -> int:
    """Every fact's raw and every initiative's text must occur on its page (whitespace removed)."""
    import pymupdf
    g = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    bad = 0
    with pymupdf.open(pdf_path) as d:
        pages = [_flat(p.get_text()) for p in d]
        size = Path(pdf_path).stat().st_size
        assert 2 <= d.page_count <= 8, d.page_count
        assert size < 2_000_000, size
    for f in g["facts"]:
        if _flat(f["raw"]) not in pages[f["page"] - 1]:
            bad += 1
            print("RAW MISSING", f["page"], f["raw"], f["debt_raw"], f["metric"])
    for i in g["initiatives"]:
        if _flat(i["text"]) not in pages[i["page"] - 1]:
            bad += 1
            print("INIT MISSING", i["page"], i["text"][:60])
    print(f"{Path(pdf_path).name}: {len(pages)} pages, {size} bytes, {len(g['facts'])} facts, "
          f"{len(g['initiatives'])} initiatives, {bad} problems")
    return bad
