"""Shared helpers for helper pr's blind documents (set dev62).

Run the build scripts from corpus/dev62:  python3 build/pr_<stem>.py
Each script draws its PDF and writes the gold from the same data.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/dev62
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/pr_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,-%()", "０１２３４５６７８９．，－％（）")


def zen(s: str) -> str:
    """Half-width digits (and . , - % ( )) to full-width."""
    return str(s).translate(ZEN)


def comma(v: int) -> str:
    return f"{v:,}"


def tri(v, fmt="{:,}", mark="△") -> str:
    """Signed number with △ (or ▲) for minus."""
    if v < 0:
        return mark + fmt.format(-v)
    return fmt.format(v)


def rate(c, a, nd=2):
    return round(c * 100.0 / a + 1e-12, nd)


def fnum(v, nd=2) -> str:
    return f"{v:.{nd}f}"


# ------------------------------------------------------------------ gold
class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts = []
        self.initiatives = []
        self.minutes = None

    def fact(self, page, raw, value, metric, *, debt=None, debt_raw=None, fy=None, fy_raw=None,
             segment="total", basis="actual", as_of=None, unit=None, approx=False, area=None):
        if unit is None:
            unit = "percent" if metric == "collection_rate" else "yen"
        f = {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
             "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
             "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}
        self.facts.append(f)
        return raw

    def init(self, page, text, *, debt, fy, section, label=None, status=None, debt_raw=None):
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                                 "fiscal_year": fy, "section": section, "label": label,
                                 "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path, pages: int):
        h = hashlib.sha256(pdf_path.read_bytes()).hexdigest()
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": h, "pages": pages},
               "document": self.doc, "facts": self.facts, "initiatives": self.initiatives,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {p} : {len(self.facts)} facts, {len(self.initiatives)} initiatives, {pages} pages")
        return p


# ------------------------------------------------------------------ check
def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(stem: str) -> int:
    """Every raw / initiative text / statement must occur on its page (whitespace removed)."""
    import fitz
    g = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(PDF_DIR / f"{stem}.pdf")
    texts = [squash(p.get_text()) for p in doc]
    bad = 0
    for f in g["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            print("MISSING fact", f["page"], f["raw"], f["metric"], f.get("debt"))
    for i in g["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            bad += 1
            print("MISSING init", i["page"], i["text"][:40])
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            if squash(s["text"]) not in texts[s["page"] - 1]:
                bad += 1
                print("MISSING stmt", s["page"], s["speaker"], s["text"][:30])
    print(f"{stem}: {len(doc)} pages, {len(g['facts'])} facts, {len(g['initiatives'])} initiatives, "
          f"{bad} missing, size {(PDF_DIR / f'{stem}.pdf').stat().st_size} bytes")
    return bad
