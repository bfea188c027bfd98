"""Shared helpers for helper gd's blind documents (set dev45).

Every build script composes its document page by page and records, for each printed
figure, the fact it stands for (with the exact printed string as ``raw``).  The gold JSON
is written from those records, never by reading the PDF back.  ``check_pdf`` then
confirms that every raw (and every initiative text) occurs on its page.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s) -> str:
    """Half-width digits to full-width (全角)."""
    return str(s).translate(ZEN)


def comma(v: int) -> str:
    return f"{v:,}"


def tri(v: int, mark: str = "△") -> str:
    """Integer with comma and △/▲ for minus."""
    return (mark + f"{-v:,}") if v < 0 else f"{v:,}"


def rate(n: int, d: int, nd: int = 2) -> float:
    """Collection rate n/d in percent, rounded half-up to nd decimals."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(n) * 100 / Decimal(d)).quantize(q, rounding=ROUND_HALF_UP))


def rfmt(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def dfmt(v: float, nd: int = 2, mark: str = "△", plus: str = "") -> str:
    """Difference of rates with △ for minus."""
    v = round(v, nd)
    if v < 0:
        return mark + f"{-v:.{nd}f}"
    return plus + f"{v:.{nd}f}"


def reiwa(n: int) -> int:
    return 2018 + n


def heisei(n: int) -> int:
    return 1988 + n


def oku_man(yen: int, unit: int = 100_0000) -> tuple[str, int]:
    """約X億Y,YYY万円 rounded to `unit` yen; returns (text without 約, rounded value)."""
    r = int(round(yen / unit)) * unit
    oku, rest = divmod(r, 100_000_000)
    man = rest // 10_000
    s = ""
    if oku:
        s += f"{oku}億"
    if man:
        s += f"{man:,}万"
    return s + "円", r


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page: int, debt, debt_raw, fy: int, fy_raw, segment, metric, basis,
             value, unit, raw, as_of=None, approx=False, area=None):
        assert raw, "raw must be printed text"
        if unit in ("yen", "persons", "households", "cases"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None,
        })
        return raw

    def init(self, page: int, debt, debt_raw, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page})

    def write(self, pdf_path: Path, out_dir: Path):
        import pymupdf
        data = pdf_path.read_bytes()
        with pymupdf.open(pdf_path) as d:
            n = d.page_count
        out = {
            "schema_version": "1.1",
            "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": self.doc,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
        }
        out_dir.mkdir(parents=True, exist_ok=True)
        p = out_dir / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check_pdf(pdf_path: Path, gold: Gold | dict) -> list[str]:
    """Every fact raw and initiative text must occur on its page (whitespace removed)."""
    import pymupdf
    if isinstance(gold, Gold):
        facts, inits = gold.facts, gold.inits
    else:
        facts, inits = gold["facts"], gold["initiatives"]
    errs = []
    with pymupdf.open(pdf_path) as d:
        texts = [squash(p.get_text()) for p in d]
        if not 2 <= d.page_count <= 8:
            errs.append(f"page count {d.page_count}")
    for f in facts:
        pg = f["page"]
        if not (1 <= pg <= len(texts)) or squash(f["raw"]) not in texts[pg - 1]:
            errs.append(f"fact raw not on p{pg}: {f['raw']!r} ({f['debt']} {f['metric']} {f['fiscal_year']})")
    for i in inits:
        pg = i["page"]
        t = squash(i["text"])
        if not (1 <= pg <= len(texts)) or t not in texts[pg - 1]:
            errs.append(f"initiative text not on p{pg}: {i['text'][:40]!r}")
    return errs
