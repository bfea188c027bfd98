"""Shared helpers of helper pu's build scripts (gold bookkeeping, number formatting, checks).

Run the build scripts from corpus/dev64:  python3 build/pu_<city>_<kind>_1.py
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/dev64
WORK = Path("/tmp/pu_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def zen(s: str) -> str:
    return s.translate(ZEN)


def c(n: int) -> str:
    """1234567 -> 1,234,567 ; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(int(n)):,}"


def r2(x: float) -> str:
    return f"{x:.2f}"


def r1(x: float) -> str:
    return f"{x:.1f}"


def rate(col: int, ass: int, nd: int = 2) -> float:
    return round(col / ass * 100, nd) if ass else 0.0


def signed(x: float, nd: int = 2, mark="△") -> str:
    s = f"{abs(x):.{nd}f}"
    return (mark + s) if x < 0 else s


def wareki(fy: int) -> str:
    r = fy - 2018
    return "令和元年度" if r == 1 else f"令和{r}年度"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area, "bbox": None, "table": None})

    def init(self, page, debt, debt_raw, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path):
        import fitz
        data = pdf_path.read_bytes()
        n = fitz.open(pdf_path).page_count
        out = {"schema_version": "1", "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(),
                                                 "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits, "minutes": self.minutes,
               "tables": [], "warnings": []}
        p = ROOT / "gold" / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return p


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def check(pdf_path: Path, gold: Gold) -> int:
    """Every raw and every initiative text must occur on its page (whitespace removed)."""
    import fitz
    doc = fitz.open(pdf_path)
    texts = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    bad = 0
    for f in gold.facts:
        if not (1 <= f["page"] <= len(texts)) or re.sub(r"\s+", "", f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            print("RAW MISSING", f["page"], f["raw"], f["debt_raw"], f["metric"])
    for i in gold.inits:
        if re.sub(r"\s+", "", i["text"]) not in texts[i["page"] - 1]:
            bad += 1
            print("INIT MISSING", i["page"], i["text"][:40])
    print(f"{pdf_path.name}: {doc.page_count} pages, {len(gold.facts)} facts, {len(gold.inits)} initiatives, "
          f"{bad} problems, {pdf_path.stat().st_size // 1024} KB")
    return bad
