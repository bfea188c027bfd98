"""Shared helpers for helper pq's blind documents (set dev62).

Gold facts and initiatives are recorded while the build scripts lay out the
PDF, from the same data that is drawn; the PDF is never read back for the gold.
"""
from __future__ import annotations

import hashlib
import json
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # corpus/dev62
ZEN = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")


def rnd(x, nd=2) -> float:
    """Round half up (as city spreadsheets do)."""
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(num, den, nd=2) -> float:
    return rnd(Decimal(num) * 100 / Decimal(den), nd) if den else 0.0


def c(v: int) -> str:
    """1234567 -> '1,234,567'; negatives with △."""
    return ("△" if v < 0 else "") + f"{abs(int(v)):,}"


def cm(v: int, mark="▲") -> str:
    return (mark if v < 0 else "") + f"{abs(int(v)):,}"


def r(v: float, nd=2, minus="△", plus="") -> str:
    s = f"{abs(v):.{nd}f}"
    if v < 0:
        return minus + s
    return plus + s


def zen(s: str) -> str:
    return s.translate(ZEN)


def wareki(fy: int) -> str:
    """2019 -> 令和元年度 ; 2023 -> 令和5年度 ; 2017 -> 平成29年度"""
    if fy >= 2019:
        n = fy - 2018
        return "令和" + ("元" if n == 1 else str(n)) + "年度"
    return "平成" + str(fy - 1988) + "年度"


def oku_man(yen: int) -> str:
    """425000000 -> '4億2,500万円' (expects a multiple of 10,000)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


class Gold:
    def __init__(self, stem: str, document: dict):
        self.stem = stem
        self.document = document
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []

    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert segment in ("current", "arrears", "total", None), segment
        assert basis in ("actual", "target", "estimate", "interim"), basis
        if basis == "interim":
            assert as_of, (raw, page)
        if unit in ("yen", "persons", "households", "cases"):
            value = int(round(value))
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None})
        return raw

    def init(self, page, debt, debt_raw, fy, section, label, text, status=None):
        assert status in (None, "継続", "新規", "拡充")
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                                 "section": section, "label": label, "text": text,
                                 "status": status, "page": page})

    def write(self, pdf: Path, pages: int):
        out = {
            "schema_version": "1.1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": pages},
            "document": self.document,
            "facts": self.facts,
            "initiatives": self.initiatives,
            "minutes": None,
            "tables": [],
            "warnings": [],
            "pages": [],
        }
        p = ROOT / "gold" / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p
