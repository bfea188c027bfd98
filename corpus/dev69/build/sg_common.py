"""Shared helpers for helper sg's blind documents (gold registry, number formatting, checks).

Run the build scripts from corpus/dev69:  python3 build/sg_<city>_<kind>_1.py
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

import fitz  # PyMuPDF

HERE = Path(__file__).resolve().parent
SET = HERE.parent
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    return s.translate(ZEN)


def k(v: int) -> str:
    """thousands separator, △ for minus"""
    return ("△" if v < 0 else "") + f"{abs(int(v)):,}"


def r2(x: float) -> str:
    return f"{x:.2f}"


def rate(c, a, nd=2):
    return round(c / a * 100 + 1e-9, nd)


def signed(x, nd=2, plus="＋", minus="△"):
    s = f"{abs(x):.{nd}f}"
    return (minus if x < 0 else plus if x > 0 else "") + s


def wareki(fy: int) -> str:
    n = fy - 2018
    return "令和元年度" if n == 1 else f"令和{n}年度"


class Gold:
    def __init__(self, stem, kind, municipality, title, date, date_raw, family=None):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        if family:
            self.doc["family"] = family
        self.facts = []
        self.inits = []
        self.minutes = None

    def f(self, page, debt, fy, seg, metric, basis, value, unit, raw, debt_raw="", fyraw=None,
          approx=False, as_of=None, area=None):
        if debt_raw == "":
            debt_raw = debt
        if unit == "yen":
            value = int(round(value))
        elif unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fyraw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})
        return raw

    def i(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf: Path):
        data = pdf.read_bytes()
        d = fitz.open(pdf)
        out = {"schema_version": "1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(),
                          "pages": d.page_count},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        gp = SET / "gold" / f"{self.stem}.json"
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        bad = check(pdf, out)
        print(f"{self.stem}: {d.page_count} pages, {len(pdf.read_bytes())//1024} KB, "
              f"{len(self.facts)} facts, {len(self.inits)} initiatives, {len(bad)} problems")
        for b in bad[:40]:
            print("  MISSING", b)
        return bad


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(pdf: Path, gold: dict):
    d = fitz.open(pdf)
    texts = [squash(p.get_text()) for p in d]
    bad = []
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or squash(f["raw"]) not in texts[p - 1]:
            bad.append(("fact", p, f["raw"], f["metric"], f["debt"]))
    for it in gold["initiatives"]:
        p = it["page"]
        if not (1 <= p <= len(texts)) or squash(it["text"]) not in texts[p - 1]:
            bad.append(("init", p, it["text"][:30]))
    return bad
