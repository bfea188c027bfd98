"""Shared helpers for helper px's blind documents (set dev65).

Every figure printed goes through Recorder.f(), which returns the printed text and records the
gold fact; the gold is therefore written from the same data the PDF is drawn from.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ZEN = str.maketrans("0123456789.,%-+", "０１２３４５６７８９．，％－＋")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def rnd(x: float, nd: int = 1) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(num: int, den: int, nd: int = 1) -> float:
    return rnd(num * 100.0 / den, nd) if den else 0.0


def comma(n: int, minus: str = "△") -> str:
    n = int(n)
    return (minus if n < 0 else "") + f"{abs(n):,}"


def fnum(x: float, nd: int = 1, minus: str = "△", plus: str = "") -> str:
    s = f"{abs(x):.{nd}f}"
    if x < 0:
        return minus + s
    return (plus if x > 0 else "") + s


def reiwa(fy: int) -> int:
    return fy - 2018


class Recorder:
    def __init__(self, municipality: str):
        self.municipality = municipality
        self.page = 1
        self.facts: list[dict] = []
        self.inits: list[dict] = []

    def f(self, raw, *, debt, fy, fy_raw, seg, metric, basis, value, unit, debt_raw="__same__",
          as_of=None, approx=False, area=None, page=None):
        if debt_raw == "__same__":
            debt_raw = debt
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw,
            "page": page or self.page, "area": area})
        return raw

    def init(self, text, *, debt, fy, section, label=None, status=None, page=None, debt_raw="__same__"):
        if debt_raw == "__same__":
            debt_raw = debt
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page or self.page})
        return text


def write_gold(stem: str, rec: Recorder, *, kind: str, title: str, date: str, date_raw: str,
               minutes=None):
    pdf = SET / "pdf" / f"{stem}.pdf"
    import pymupdf as fitz
    with fitz.open(pdf) as d:
        pages = d.page_count
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": pages},
        "document": {"kind": kind, "municipality": rec.municipality, "title": title,
                     "date": date, "date_raw": date_raw},
        "facts": rec.facts,
        "initiatives": rec.inits,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    out = SET / "gold" / f"{stem}.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(stem: str) -> list[str]:
    """Every fact's raw and every initiative's text must occur on its page (whitespace removed)."""
    import pymupdf as fitz
    gold = json.loads((SET / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    errs = []
    with fitz.open(SET / "pdf" / f"{stem}.pdf") as d:
        texts = [nows(p.get_text()) for p in d]
        if d.page_count != gold["source"]["pages"]:
            errs.append("page count")
    for x in gold["facts"]:
        if nows(x["raw"]) not in texts[x["page"] - 1]:
            errs.append(f"fact p{x['page']} raw {x['raw']!r} {x['debt']} {x['metric']}")
    for x in gold["initiatives"]:
        if nows(x["text"]) not in texts[x["page"] - 1]:
            errs.append(f"init p{x['page']} {x['text'][:30]!r}")
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if nows(s["text"]) not in texts[s["page"] - 1]:
                errs.append(f"statement p{s['page']} {s['text'][:30]!r}")
    return errs
