"""Helpers shared by the e_* builders of dev14: fact/initiative records, gold writing and checking."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"


def fact(debt, fy, fy_raw, segment, metric, basis, value, unit, raw, page, *, debt_raw=None,
         as_of=None, approx=False, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": segment, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def initiative(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = pymupdf.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def check(stem: str) -> tuple[int, int, int]:
    """Every fact raw and initiative text must occur on its page (whitespace removed)."""
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = pymupdf.open(PDF / f"{stem}.pdf")
    texts = [nows(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        if not (1 <= f["page"] <= len(texts)) or nows(f["raw"]) not in texts[f["page"] - 1]:
            print("  MISSING fact", f["page"], f["raw"], f["debt_raw"], f["metric"]); bad += 1
    for i in gold["initiatives"]:
        if nows(i["text"]) not in texts[i["page"] - 1]:
            print("  MISSING initiative", i["page"], i["text"][:40]); bad += 1
    m = gold.get("minutes")
    if m:
        pages = [p.get_text().splitlines() for p in doc]
        common = set(pages[0]).intersection(*map(set, pages[1:])) if len(pages) > 1 else set()
        keep = lambda ln: ln not in common and not re.fullmatch(r"\s*[－\-ー]\s*\d+\s*[－\-ー]\s*", ln)
        alltext = "".join(nows("".join(ln for ln in lines if keep(ln))) for lines in pages)
        for s in m["statements"]:
            if nows(s["text"]) not in alltext:
                print("  MISSING statement", s["speaker"], s["text"][:30]); bad += 1
    size = (PDF / f"{stem}.pdf").stat().st_size
    print(f"{stem}: pages={doc.page_count} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size//1024}KB problems={bad}")
    assert size < 1_000_000
    return doc.page_count, len(gold["facts"]), len(gold["initiatives"]), bad
