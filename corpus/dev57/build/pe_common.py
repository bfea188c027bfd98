"""Shared helpers for helper pe's blind documents (set dev57).

Facts and initiatives are recorded while the build script lays out the page, so the gold
comes from the same data as the PDF (never read back from the PDF).
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def comma(v: float, nd: int = 0) -> str:
    s = f"{abs(v):,.{nd}f}"
    return ("△" if v < 0 else "") + s


def sgn(v: float, nd: int = 0, minus="△", plus="") -> str:
    s = f"{abs(v):,.{nd}f}"
    return (minus if v < 0 else plus) + s


def reiwa(fy: int) -> str:
    n = fy - 2018
    return "令和元" if n == 1 else f"令和{n}"


def wareki_fy(fy: int) -> str:
    return reiwa(fy) + "年度"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def f(self, page, raw, *, debt, debt_raw, fy, fy_raw, seg, metric, basis, value,
          unit, approx=False, as_of=None, area=None):
        """Record a fact and return the printed text."""
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None})
        return raw

    def i(self, page, text, *, debt, debt_raw=None, fy, section, label, status=None, printed=None):
        """Record an initiative; returns the printed text (label + text + tag)."""
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page})
        return printed if printed is not None else text

    def write(self, pdf_path: Path, gold_path: Path):
        import pymupdf
        data = pdf_path.read_bytes()
        with pymupdf.open(pdf_path) as d:
            n = d.page_count
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        gold_path.parent.mkdir(parents=True, exist_ok=True)
        gold_path.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return out


def nows(s: str) -> str:
    return re.sub(r"\s+", "", str(s))


def check(pdf_path: Path, gold: dict) -> list[str]:
    """Every raw / initiative text / statement must occur on its page (whitespace removed)."""
    import pymupdf
    bad = []
    with pymupdf.open(pdf_path) as d:
        pages = [nows(p.get_text()) for p in d]
        npg = d.page_count
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= npg) or nows(f["raw"]) not in pages[p - 1]:
            bad.append(f"fact p{p} raw {f['raw']!r} ({f['debt_raw']} {f['metric']} {f['fiscal_year']})")
    for it in gold["initiatives"]:
        p = it["page"]
        if nows(it["text"]) not in pages[p - 1]:
            bad.append(f"init p{p} {it['text'][:40]!r}")
    m = gold.get("minutes")
    if m:
        alltext = "".join(pages)
        for s in m["statements"]:
            if nows(s["text"]) not in (pages[s["page"] - 1] if s.get("page") else alltext):
                bad.append(f"statement p{s.get('page')} {s['text'][:30]!r}")
    if not (2 <= npg <= 8):
        bad.append(f"page count {npg}")
    if pdf_path.stat().st_size >= 2_000_000:
        bad.append("pdf too large")
    return bad
