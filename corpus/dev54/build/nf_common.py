"""Shared helpers for helper nf's dev54 documents (facts, number formatting, gold writing, checks).

Run the build scripts from corpus/dev54:  python3 build/nf_<city>_<kind>_1.py
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
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/nf_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def zen(s: str) -> str:
    """Half-width digits to full-width (as many city papers print them)."""
    return str(s).translate(ZEN)


def rnd(x, nd=2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(collected, assessed, nd=2) -> float:
    return rnd(Decimal(collected) * 100 / Decimal(assessed), nd)


def comma(n: int) -> str:
    return f"{n:,}"


def signed(n, nd=None, minus="△", plus="") -> str:
    """Difference text: △ for minus (or ▲), optional plus sign."""
    if nd is None:
        s = f"{abs(n):,}"
    else:
        s = f"{abs(n):,.{nd}f}"
    if n < 0:
        return minus + s
    return plus + s


def pct(v, nd=2) -> str:
    return f"{v:.{nd}f}"


def oku_man(yen: int) -> str:
    """1,234,000,000 -> 12億3,400万円 (value must be a multiple of 10,000)."""
    yen = int(round(yen))
    oku, rest = divmod(yen, 100_000_000)
    man = rest // 10_000
    s = ""
    if oku:
        s += f"{oku}億"
    if man:
        s += f"{man:,}万"
    return s + "円"


class Facts:
    """Collects facts while the document is drawn; page is set by the drawer."""

    def __init__(self):
        self.items: list[dict] = []
        self.page = 1

    def add(self, raw, value, metric, unit, *, debt=None, debt_raw=None, fy=None, fy_raw=None,
            segment="total", basis="actual", as_of=None, approx=False, area=None, page=None):
        if unit in ("yen", "persons", "households", "cases"):
            value = int(value)
        else:
            value = float(value)
        self.items.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw,
            "page": page if page is not None else self.page, "area": area,
        })
        return raw


class Inits:
    def __init__(self):
        self.items: list[dict] = []
        self.page = 1

    def add(self, text, *, debt=None, debt_raw=None, fy=None, section=None, label=None, status=None, page=None):
        self.items.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status,
                           "page": page if page is not None else self.page})
        return text


def write_gold(stem, *, kind, family, municipality, title, date, date_raw, facts, inits, minutes=None):
    pdf = PDF_DIR / f"{stem}.pdf"
    data = pdf.read_bytes()
    import pymupdf as fitz
    with fitz.open(pdf) as d:
        n = d.page_count
    gold = {
        "schema_version": "1.1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
        "document": {"kind": kind, "family": family, "municipality": municipality, "title": title,
                     "date": date, "date_raw": date_raw},
        "facts": facts, "initiatives": inits, "minutes": minutes,
        "tables": [], "warnings": [], "pages": [],
    }
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def _n(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", str(s or "")))


def check(stem) -> int:
    """Every raw and every initiative/statement text occurs on its page (whitespace removed)."""
    import pymupdf as fitz
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    with fitz.open(PDF_DIR / f"{stem}.pdf") as d:
        texts = [_n(p.get_text()) for p in d]
        size = (PDF_DIR / f"{stem}.pdf").stat().st_size
    bad = 0
    for f in gold["facts"]:
        if _n(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            print("RAW MISSING", stem, f["page"], f["raw"], f["metric"], f["debt_raw"])
    tags = re.compile(r"【(継続|新規|拡充)】")
    for i in gold["initiatives"]:
        t = _n(tags.sub("", i["text"]))
        if t not in texts[i["page"] - 1]:
            bad += 1
            print("INIT MISSING", stem, i["page"], i["text"][:40])
    m = gold.get("minutes") or {}
    for s in m.get("statements") or []:
        if _n(s["text"]) not in texts[s["page"] - 1]:
            bad += 1
            print("STATEMENT MISSING", stem, s["page"], s["text"][:40])
    print(f"{stem}: pages={len(texts)} size={size/1024:.0f}KB facts={len(gold['facts'])} "
          f"initiatives={len(gold['initiatives'])} problems={bad}")
    return bad
