"""Shared helpers for helper na's blind documents (dev52). Run the na_*.py scripts from corpus/dev52."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # corpus/dev52
ZEN = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{int(n):,}"


def tri(n, fmt=comma, mark="△") -> str:
    """A signed number with △/▲ for minus."""
    return (mark + fmt(-n)) if n < 0 else fmt(n)


def pct(c: int, a: int, nd: int = 2) -> float:
    return round(c * 100.0 / a + 1e-12, nd) if a else 0.0


def f2(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def wareki(fy: int) -> str:
    """2025 -> 令和7年度 ; 2019 -> 令和元年度 ; 2018 -> 平成30年度"""
    if fy >= 2019:
        n = fy - 2018
        return f"令和{'元' if n == 1 else n}年度"
    return f"平成{fy - 1988}年度"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert seg in ("current", "arrears", "total"), seg
        if basis == "interim":
            assert as_of, raw
        if unit == "yen":
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area,
                           "bbox": None, "table": None})
        return raw

    def init(self, page, debt, debt_raw, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page})

    def write(self, pdf: Path):
        import pymupdf as fitz
        with fitz.open(pdf) as d:
            pages = d.page_count
        out = {"schema_version": "1.1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                          "pages": pages},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        gp = HERE / "gold" / f"{self.stem}.json"
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return gp


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(pdf: Path, gold: Path) -> list[str]:
    """Every fact's raw and every initiative's text must occur on its page (whitespace removed)."""
    import pymupdf as fitz
    g = json.loads(gold.read_text(encoding="utf-8"))
    bad = []
    with fitz.open(pdf) as d:
        texts = [squash(p.get_text()) for p in d]
        if not 2 <= d.page_count <= 8:
            bad.append(f"page count {d.page_count}")
    if pdf.stat().st_size >= 2_000_000:
        bad.append("pdf too large")
    for f in g["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(f"fact p{f['page']} raw {f['raw']!r} ({f['debt_raw']}, {f['metric']})")
    for i in g["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            bad.append(f"init p{i['page']} {i['text'][:30]!r}")
    return bad
