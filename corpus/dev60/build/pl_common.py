"""Shared helpers for helper pl's blind documents (run build scripts from corpus/dev60)."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pymupdf

ZEN = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def zen(s) -> str:
    """Full-width digits (全角)."""
    return str(s).translate(ZEN)


def kc(x, nd=0) -> str:
    """1234567 -> '1,234,567'; negative with △."""
    neg = x < 0
    s = f"{abs(x):,.{nd}f}"
    return ("△" + s) if neg else s


def rate(c, a, nd=2) -> float:
    return round(c / a * 100 + 1e-9, nd)


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def f(self, page, raw, value, unit, metric, fy, fy_raw, seg, basis, debt=None, debt_raw=None,
          approx=False, as_of=None, area=None):
        """Record one fact and return raw for printing."""
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area})
        return raw

    def i(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path, gold_dir: Path):
        data = pdf_path.read_bytes()
        npages = len(pymupdf.open(pdf_path))
        out = {"schema_version": "1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": npages},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        (gold_dir / f"{self.stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return out


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(pdf_path: Path, gold: dict) -> list[str]:
    """Every raw and every initiative text must occur on its page (whitespace removed)."""
    doc = pymupdf.open(pdf_path)
    pages = [nows(p.get_text()) for p in doc]
    bad = []
    for f in gold["facts"]:
        if nows(f["raw"]) not in pages[f["page"] - 1]:
            bad.append(f"fact p{f['page']} {f['raw']!r}")
    for it in gold["initiatives"]:
        if nows(it["text"]) not in pages[it["page"] - 1]:
            bad.append(f"init p{it['page']} {it['text'][:30]!r}")
    m = gold.get("minutes")
    if m:
        alltext = "".join(pages)
        for s in m["statements"]:
            if nows(s["text"]) not in alltext:
                bad.append(f"statement {s['speaker']} {s['text'][:30]!r}")
    return bad
