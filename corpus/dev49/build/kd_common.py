"""Shared helpers for helper kd's blind documents (set dev49).

Every printed number that is a gold fact is produced through Gold.fact(...), which returns
the printed text and records the fact with the page the builder puts it on, so the PDF and
the gold come from the same data. Run the build scripts from corpus/dev49.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ZEN = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")


def zen(s: str) -> str:
    """Full-width digits (and , . % - parentheses)."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n: int, mark: str = "△") -> str:
    """Signed integer with a triangle for minus."""
    return f"{mark}{abs(n):,}" if n < 0 else f"{n:,}"


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    return round(collected / assessed * 100 + 1e-12, nd)


def fmt_rate(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def fmt_diff(v: float, nd: int = 2, mark: str = "△", plus: str = "") -> str:
    v = round(v, nd)
    if v < 0:
        return f"{mark}{abs(v):.{nd}f}"
    return f"{plus}{v:.{nd}f}"


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    # ------------------------------------------------------------------ facts
    def fact(self, page: int, raw: str, value, *, debt, debt_raw, fy: int, fy_raw: str,
             seg: str, metric: str, basis: str, unit: str, approx: bool = False,
             as_of: str | None = None, area: str | None = None, printed: str | None = None):
        """Record one fact; return the text to print (printed, default raw)."""
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, "interim needs as_of"
        if unit == "yen":
            value = int(round(value))
        elif unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None,
        })
        return printed if printed is not None else raw

    def init(self, page: int, text: str, *, debt, debt_raw, fy: int, section: str, label,
             status=None):
        assert status in (None, "継続", "新規", "拡充")
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                                 "section": section, "label": label, "text": text,
                                 "status": status, "page": page})

    # ------------------------------------------------------------------ output
    def write(self, pdf_path: Path, gold_path: Path):
        import pymupdf as fitz
        data = Path(pdf_path).read_bytes()
        with fitz.open(pdf_path) as d:
            npages = d.page_count
        out = {
            "schema_version": "1.1",
            "source": {"file": Path(pdf_path).name, "sha256": hashlib.sha256(data).hexdigest(),
                       "pages": npages},
            "document": self.doc,
            "facts": self.facts,
            "initiatives": self.initiatives,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
            "pages": [],
        }
        Path(gold_path).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                   encoding="utf-8")
        return out


# ---------------------------------------------------------------------- checks
def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(pdf_path: Path, gold_path: Path, verbose: bool = True) -> int:
    """Every fact raw and every initiative text must occur on its page's text layer."""
    import pymupdf as fitz
    g = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    bad = 0
    with fitz.open(pdf_path) as d:
        texts = [squash(p.get_text()) for p in d]
        assert g["source"]["pages"] == d.page_count
    for f in g["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or squash(f["raw"]) not in texts[p - 1]:
            bad += 1
            if verbose:
                print("RAW MISSING", p, repr(f["raw"]), f["debt_raw"], f["metric"])
    for i in g["initiatives"]:
        p = i["page"]
        t = squash(i["text"])
        if not (1 <= p <= len(texts)) or t not in texts[p - 1]:
            bad += 1
            if verbose:
                print("INIT MISSING", p, i["text"][:40])
    m = g.get("minutes")
    if m:
        for s in m.get("statements", []):
            if not any(squash(s["text"]) in t for t in texts):
                bad += 1
                print("STATEMENT MISSING", s["text"][:30])
    if verbose:
        print(f"{Path(pdf_path).name}: {len(g['facts'])} facts, {len(g['initiatives'])} "
              f"initiatives, {bad} problems")
    return bad


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)
