"""Shared helpers for helper fy's blind documents (gold recording, number formatting, checks).

Run the build scripts from corpus/frozen41:  python3 build/fy_<city>_<kind>.py
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/frozen41
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/fy_work")
WORK.mkdir(parents=True, exist_ok=True)

FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,-%()", "０１２３４５６７８９．，－％（）")


def zen(s: str) -> str:
    """Full-width digits (and . , - % parentheses)."""
    return str(s).translate(ZEN)


def zd(s) -> str:
    """Full-width digits only."""
    return str(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def comma(v: int) -> str:
    return f"{v:,}"


def tri(v, fmt="{:,}", minus="△") -> str:
    """Signed figure with △/▲ for minus."""
    return (minus + fmt.format(-v)) if v < 0 else fmt.format(v)


def rate(c, a, nd=2) -> float:
    return round(c / a * 100 + 1e-12, nd)


def fmt_rate(r, nd=2) -> str:
    return f"{r:.{nd}f}"


def reiwa(fy: int) -> str:
    n = fy - 2018
    return "令和元" if n == 1 else f"令和{n}"


def heisei(fy: int) -> str:
    return f"平成{fy - 1988}"


class Gold:
    def __init__(self, stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": municipality, "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, *, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
             approx=False, as_of=None, area=None):
        if isinstance(value, float) and unit == "yen":
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
                           "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area})
        return raw

    def init(self, *, debt, fy, section, label, text, status, page):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
                           "status": status, "page": page})

    def write(self, pdf: Path):
        import fitz
        data = pdf.read_bytes()
        n = fitz.open(pdf).page_count
        out = {"schema_version": "1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD_DIR.mkdir(exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{self.stem}: {n} pages, {len(self.facts)} facts, {len(self.inits)} initiatives")
        bad = check(pdf, out)
        for b in bad[:40]:
            print("  MISSING", b)
        if bad:
            print(f"  {len(bad)} problems")
        return bad


def _strip(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(pdf: Path, gold: dict) -> list:
    import fitz
    doc = fitz.open(pdf)
    texts = [_strip(p.get_text()) for p in doc]
    bad = []
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or _strip(f["raw"]) not in texts[p - 1]:
            bad.append(("fact", p, f["raw"], f["debt_raw"], f["metric"]))
    for i in gold["initiatives"]:
        p = i["page"]
        if not (1 <= p <= len(texts)) or _strip(i["text"]) not in texts[p - 1]:
            bad.append(("init", p, i["text"][:40]))
    m = gold.get("minutes")
    if m:
        full = "".join(texts)
        for s in m["statements"]:
            if _strip(s["text"])[:30] not in full:
                bad.append(("stmt", s["speaker"], s["text"][:30]))
    return bad
