"""Shared helpers for helper s's dev41 builders: facts, gold writing, text-layer checks."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/dev41
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/s_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s) -> str:
    """半角 digits → 全角 digits."""
    return str(s).translate(ZEN)


def yen_k(v: int) -> str:
    """Format a 千円 figure with commas; negatives with △."""
    return ("△" + f"{-v:,}") if v < 0 else f"{v:,}"


def pct(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    # round half up like an office spreadsheet
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(collected) * 100 / Decimal(assessed)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


class Facts:
    def __init__(self):
        self.items: list[dict] = []

    def add(self, *, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
            as_of=None, approx=False, area=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        if basis == "interim":
            assert as_of, raw
        self.items.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None,
        })


class Inits:
    def __init__(self):
        self.items: list[dict] = []

    def add(self, *, debt, debt_raw=None, fy, section, label, text, status, page):
        self.items.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    import pymupdf as fitz
    doc = fitz.open(str(pdf))
    return [squash(p.get_text()) for p in doc]


TAG = re.compile(r"【(継続|新規|拡充)】")


def check(pdf: Path, facts: list[dict], inits: list[dict], tables: list[dict] | None = None) -> list[str]:
    """Every raw / initiative text on its page of the PDF's own text layer."""
    texts = page_texts(pdf)
    errs = []
    for f in facts:
        p = f["page"]
        if not (1 <= p <= len(texts)) or squash(f["raw"]) not in texts[p - 1]:
            errs.append(f"fact raw not on p.{p}: {f['raw']!r} ({f['debt_raw']}, {f['metric']})")
    for i in inits:
        p = i["page"]
        t = squash(i["text"])
        if not (1 <= p <= len(texts)) or t not in texts[p - 1]:
            errs.append(f"initiative text not on p.{p}: {i['text'][:40]!r}")
    return errs


def write_gold(stem: str, pdf: Path, document: dict, facts: list[dict], inits: list[dict],
               tables: list[dict] | None = None, minutes=None, warnings=None) -> Path:
    import pymupdf as fitz
    n = len(fitz.open(str(pdf)))
    gold = {
        "schema_version": "1.1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
        "document": document,
        "facts": facts,
        "initiatives": inits,
        "minutes": minutes,
        "tables": tables or [],
        "warnings": warnings or [],
    }
    out = GOLD_DIR / f"{stem}.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def finish(stem: str, pdf: Path, document: dict, F: Facts, I: Inits, tables=None):
    errs = check(pdf, F.items, I.items)
    # duplicates of (page, fy, seg, metric, basis, debt, value) would make one-to-one matching ambiguous only
    # when values are equal, which is harmless; report counts
    out = write_gold(stem, pdf, document, F.items, I.items, tables)
    print(f"{pdf.name}: {len(F.items)} facts, {len(I.items)} initiatives -> {out.name}")
    if errs:
        print("CHECK FAILED:")
        for e in errs:
            print("  ", e)
        raise SystemExit(1)
    print("check: all raws and initiative texts found on their pages")
