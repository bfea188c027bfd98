"""Shared helpers for helper pd's dev56 documents: number formatting and a gold recorder.

Every printed figure goes through Gold.f(), which returns the printed text and records the
fact with the page currently being drawn, so the gold is made from the same data as the PDF.
"""
from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

ZEN = str.maketrans("0123456789.,%-+", "０１２３４５６７８９．，％－＋")


def zen(s: str) -> str:
    return s.translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def rate(coll: int, ass: int, d: int = 2) -> float:
    return round(coll * 100.0 / ass + 1e-9, d) if ass else 0.0


def fr(x: float, d: int = 2) -> str:
    return f"{x:.{d}f}"


def tri(x, d=None, mark="△", plus="") -> str:
    """signed number with a triangle for minus: △1,234 / △0.35"""
    if d is None:
        s = f"{abs(int(x)):,}"
    else:
        s = f"{abs(x):.{d}f}"
    if x < 0 or (d is not None and round(x, d) < 0):
        return mark + s
    return plus + s


def wareki(fy: int) -> str:
    r = fy - 2018
    return "令和元" if r == 1 else f"令和{r}"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.page = 1
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def f(self, raw, metric, value, unit, fy, fy_raw, seg="total", basis="actual", debt=None,
          debt_raw=None, as_of=None, approx=False, area=None, page=None):
        if unit == "yen":
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page or self.page, "area": area,
                           "bbox": None, "table": None})
        return raw

    def i(self, text, debt, fy, section, label, status=None, debt_raw=None, page=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                           "section": section, "label": label, "text": text, "status": status,
                           "page": page or self.page})
        return text

    def write(self, pdf: Path, out: Path, pages: int):
        data = pdf.read_bytes()
        g = {"schema_version": "1.1",
             "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
             "document": self.doc, "facts": self.facts, "initiatives": self.inits,
             "minutes": self.minutes, "tables": [], "warnings": []}
        out.write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")


def check(pdf: Path, gold: Path) -> list[str]:
    """every fact raw and initiative text occurs on its page (whitespace removed)"""
    import fitz
    doc = fitz.open(pdf)
    texts = ["".join(p.get_text().split()) for p in doc]
    g = json.loads(gold.read_text(encoding="utf-8"))
    bad = []
    for f in g["facts"]:
        r = "".join(f["raw"].split())
        if not (1 <= f["page"] <= len(texts)) or r not in texts[f["page"] - 1]:
            bad.append(f"fact p{f['page']} {f['raw']!r} {f['metric']} {f['debt_raw']}")
    for it in g["initiatives"]:
        t = "".join(it["text"].split())
        if t not in texts[it["page"] - 1]:
            bad.append(f"init p{it['page']} {it['text'][:30]!r}")
    return bad
