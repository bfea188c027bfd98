"""Shared helpers for helper nc's blind documents (run the build scripts from corpus/dev53).

The gold is written from the same records the build scripts draw from: every figure is
registered with `Gold.fact(...)` at the moment its text is produced, with the page it goes on.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # corpus/dev53

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    """Half-width digits → full-width (全角)."""
    return str(s).translate(ZEN)


def r2(x, nd=2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(collected, assessed, nd=2) -> float:
    return r2(Decimal(collected) * 100 / Decimal(assessed), nd)


def comma(n: int) -> str:
    return f"{int(n):,}"


def tri(n, fmt=comma, mark="△") -> str:
    """Number with △/▲ for minus."""
    return (mark + fmt(-n)) if n < 0 else fmt(n)


def fnum(x, nd=2) -> str:
    return f"{x:.{nd}f}"


def oku_man(yen: int) -> str:
    """1,234,000,000 → 12億3,400万円 (yen must be a multiple of 10,000)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert seg in ("current", "arrears", "total", None), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, raw
        if unit == "yen":
            value = int(value)
        elif unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = float(value)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
            "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area,
            "bbox": None, "table": None})
        return raw

    def init(self, page, debt, debt_raw, fy, section, label, text, status):
        assert status in ("継続", "新規", "拡充", None)
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path):
        import pymupdf
        data = pdf_path.read_bytes()
        with pymupdf.open(pdf_path) as d:
            npages = d.page_count
        out = {
            "schema_version": "1.1",
            "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": npages},
            "document": self.doc,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
            "pages": [],
        }
        gp = ROOT / "gold" / f"{self.stem}.json"
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return gp


def check(pdf_path: Path, gold_path: Path, expect_pages: int | None = None) -> int:
    """Every raw and every initiative text (and statement text) must occur on its page."""
    import pymupdf
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    bad = 0
    with pymupdf.open(pdf_path) as d:
        texts = [nows(unicodedata.normalize("NFC", p.get_text())) for p in d]
        if expect_pages is not None and d.page_count != expect_pages:
            print(f"PAGES: {pdf_path.name} has {d.page_count} pages, expected {expect_pages}")
            bad += 1
    for f in g["facts"]:
        if nows(f["raw"]) not in texts[f["page"] - 1]:
            print("RAW MISSING", f["page"], f["raw"], f["debt_raw"], f["metric"])
            bad += 1
    for i in g["initiatives"]:
        t = nows(i["text"])
        if t not in texts[i["page"] - 1]:
            print("INIT MISSING", i["page"], i["text"][:40])
            bad += 1
    m = g.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if nows(s["text"]) not in alltext:
                print("STATEMENT MISSING", s["speaker"], s["text"][:40])
                bad += 1
    print(f"{pdf_path.name}: {len(g['facts'])} facts, {len(g['initiatives'])} initiatives, "
          f"{len(texts)} pages, {bad} problems")
    return bad
