"""Shared helpers for helper ga's blind documents (set dev44).

Run the build scripts from corpus/dev44:  python3 build/ga_yokkaichi_progress_1.py
The gold is written from the same data that draws the PDF; nothing is read back from the PDF
except the page count and sha256 for the `source` block.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/dev44
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/ga_work")
WORK.mkdir(parents=True, exist_ok=True)

FW = str.maketrans("0123456789,.%()-", "０１２３４５６７８９，．％（）－")
KANJI_NUM = "〇一二三四五六七八九十"


def zen(s: str) -> str:
    """Half-width digits and punctuation to full-width (全角) as many city documents print them."""
    return str(s).translate(FW)


def comma(n: int) -> str:
    return f"{int(n):,}"


def tri(n, fmt="{:,}", minus="△") -> str:
    """Signed number with △ (or ▲) for minus, as printed in 増減 columns."""
    if n < 0:
        return minus + fmt.format(-n)
    return fmt.format(n)


def r1(x: float) -> float:
    return float(f"{x:.1f}")


def r2(x: float) -> float:
    return float(f"{x:.2f}")


def rate(coll: int, ass: int, nd: int = 1) -> float:
    """Printed collection rate, rounded half up the way spreadsheets print it."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(coll) * 100 / Decimal(ass)).quantize(q, rounding=ROUND_HALF_UP))


def reiwa(fy: int) -> int:
    return fy - 2018


def fact(debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw, page,
         as_of=None, approx=False, area=None):
    assert segment in ("current", "arrears", "total"), segment
    assert basis in ("actual", "target", "estimate", "interim"), basis
    assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
    if basis == "interim":
        assert as_of, "interim facts need as_of"
    if unit == "yen":
        value = int(round(value))
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": bool(approx), "raw": raw, "page": page,
            "area": area}


def initiative(debt, fy, section, label, text, status, page, debt_raw=None):
    assert status in (None, "継続", "新規", "拡充")
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "section": section, "label": label, "text": text, "status": status, "page": page}


def pdf_info(pdf: Path):
    import pymupdf
    doc = pymupdf.open(pdf)
    n = doc.page_count
    doc.close()
    return hashlib.sha256(pdf.read_bytes()).hexdigest(), n


def write_gold(stem, kind, family, municipality, title, date, date_raw, facts, initiatives,
               minutes=None, tables=None):
    pdf = PDF_DIR / f"{stem}.pdf"
    sha, n = pdf_info(pdf)
    for f in facts:
        assert 1 <= f["page"] <= n, (f, n)
    for i in initiatives:
        assert 1 <= i["page"] <= n, (i, n)
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": sha, "pages": n},
        "document": {"kind": kind, "family": family, "municipality": municipality, "title": title,
                     "date": date, "date_raw": date_raw},
        "facts": facts,
        "initiatives": initiatives,
        "minutes": minutes,
        "tables": tables or [],
        "warnings": [],
    }
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    out = GOLD_DIR / f"{stem}.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(facts)} facts, {len(initiatives)} initiatives, {n} pages")
    return gold


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s or "")
