"""Shared helpers for helper kb's blind documents (set dev48).

Facts and initiatives are registered while the page content is composed, so the gold
comes from the same data that draws the PDF (never from reading the PDF back)."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

FW = str.maketrans("0123456789,.%()-", "０１２３４５６７８９，．％（）－")


def zen(s: str) -> str:
    """half-width digits and punctuation to full-width (as printed in many council records)."""
    return str(s).translate(FW)


def c(n: int) -> str:
    """1234567 -> '1,234,567'; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(int(n)):,}"


def rate(num: float, den: float, nd: int = 2) -> float:
    return round(num / den * 100 + 1e-12, nd)


def pct(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def reiwa(fy: int) -> str:
    n = fy - 2018
    return "令和元" if n == 1 else f"令和{n}"


def heisei(fy: int) -> str:
    return f"平成{fy - 1988}"


def norm_ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.document = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                         "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None
        self.page = 1

    # ---- facts -------------------------------------------------------------------------
    def fact(self, raw: str, value, unit: str, metric: str, debt, debt_raw, fy, fy_raw, segment: str,
             basis: str, as_of=None, approx: bool = False, area=None, page=None) -> str:
        if unit in ("yen", "persons", "households", "cases"):
            value = int(round(value))
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw,
                           "page": page or self.page, "area": area, "bbox": None, "table": None})
        return raw

    def init(self, text: str, debt, fy, section: str, label, status=None, page=None, debt_raw=None):
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                                 "fiscal_year": fy, "section": section, "label": label,
                                 "text": text, "status": status, "page": page or self.page})
        return text

    # ---- output --------------------------------------------------------------------------
    def write(self, pdf_path: Path, gold_path: Path, pages: int):
        sha = hashlib.sha256(pdf_path.read_bytes()).hexdigest()
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": sha, "pages": pages},
               "document": self.document,
               "facts": self.facts,
               "initiatives": self.initiatives,
               "minutes": self.minutes,
               "tables": [], "warnings": [], "pages": []}
        gold_path.parent.mkdir(parents=True, exist_ok=True)
        gold_path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def check_pdf(pdf_path: Path, gold_path: Path) -> int:
    """every raw (and every initiative text and statement text) occurs on its page, whitespace removed."""
    import fitz
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = fitz.open(pdf_path)
    texts = [norm_ws(p.get_text()) for p in doc]
    bad = 0
    for f in g["facts"]:
        if norm_ws(f["raw"]) not in texts[f["page"] - 1]:
            print("RAW MISSING", f["page"], f["raw"], f["metric"], f["debt_raw"])
            bad += 1
    for i in g["initiatives"]:
        if norm_ws(i["text"]) not in texts[i["page"] - 1]:
            print("INIT MISSING", i["page"], i["text"][:40])
            bad += 1
    m = g.get("minutes") or {}
    for s in m.get("statements") or []:
        if norm_ws(s["text"]) not in texts[s["page"] - 1]:
            print("STATEMENT MISSING", s["page"], s["speaker"], s["text"][:40])
            bad += 1
    if len(doc) != g["source"]["pages"]:
        print("PAGE COUNT", len(doc), g["source"]["pages"])
        bad += 1
    print(f"{pdf_path.name}: pages={len(doc)} facts={len(g['facts'])} initiatives={len(g['initiatives'])} problems={bad}")
    return bad
