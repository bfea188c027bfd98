"""Shared helpers for helper gc's blind documents (set dev45).

The build scripts keep every printed figure in Python data, draw the PDF from it and write the gold
from the same data (never by reading the PDF back).  Run the scripts from corpus/dev45.
"""
from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

ZEN = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")


def zen(s: str) -> str:
    """Half-width digits and punctuation to full width (as printed in council records)."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def signed(n, fmt="{:,}", minus="△") -> str:
    """△ / ▲ minus sign as Japanese documents print it."""
    if n < 0:
        return minus + fmt.format(-n)
    return fmt.format(n)


def rate(num: int, den: int, nd: int = 2) -> float:
    return round(num / den * 100 + 1e-9, nd)


def rfmt(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def oku_man(yen: int) -> str:
    """12億3,400万円 style, from a yen value that is a multiple of 10,000."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert segment in ("current", "arrears", "total"), segment
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, "interim needs as_of"
        if unit == "yen":
            assert float(value) == int(value), value
            value = int(value)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area,
        })
        return raw

    def initiative(self, page, debt, debt_raw, fy, section, label, text, status):
        assert status in ("継続", "新規", "拡充", None)
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                                 "section": section, "label": label, "text": text,
                                 "status": status, "page": page})

    def write(self, pdf: Path, out: Path):
        import pymupdf
        data = pdf.read_bytes()
        n = pymupdf.open(pdf).page_count
        g = {
            "schema_version": "1.1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": self.doc,
            "facts": self.facts,
            "initiatives": self.initiatives,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
        }
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return g


def nows(s: str) -> str:
    return "".join(str(s).split())


def check_pdf(pdf: Path, gold: dict) -> list[str]:
    """Every raw (and initiative text, statement text) must occur on its page of the text layer."""
    import pymupdf
    doc = pymupdf.open(pdf)
    pages = [nows(p.get_text()) for p in doc]
    pages_n = [unicodedata.normalize("NFKC", t) for t in pages]
    errs = []
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(pages)) or nows(f["raw"]) not in pages[p - 1]:
            errs.append(f"fact p{p} raw {f['raw']!r} not on page ({f['debt_raw']}, {f['metric']})")
    for i in gold["initiatives"]:
        p = i["page"]
        if nows(i["text"]) not in pages[p - 1]:
            errs.append(f"initiative p{p} text not on page: {i['text'][:40]}")
        if i["status"] and nows("【" + i["status"] + "】") not in pages[p - 1]:
            errs.append(f"initiative p{p} tag not on page")
    m = gold.get("minutes")
    if m:
        import re
        alltext = re.sub(r"[－-][0-9０-９]+[－-]", "", "".join(pages))
        for s in m["statements"]:
            if nows(s["text"]) not in alltext:
                errs.append(f"statement of {s['speaker']} not in text: {s['text'][:30]}")
    return errs
