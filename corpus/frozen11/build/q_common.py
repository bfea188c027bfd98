"""Shared helpers for the q_* builders: fact registration, page resolution, gold output and checks.

Each builder registers every printed figure of the six metrics with `Gold.fact(...)` while it writes
the document, giving an `anchor` (a string printed only once, on the same page as the figure) when the
page is decided by the layout engine. After the PDF exists, `Gold.finish(pdf)` resolves the pages,
checks every raw string and initiative text against PyMuPDF's page text, and writes the gold JSON.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    """LibreOffice headless conversion, own profile directory."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_q_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


class Gold:
    def __init__(self, stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, raw, *, debt, fy, fy_raw, seg, metric, basis, value, unit,
             approx=False, as_of=None, page=None, anchor=None, debt_raw=None, area=None):
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area, "_anchor": anchor})
        return raw

    def init(self, text, *, debt, fy, section, label, status=None, page=None):
        self.inits.append({"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def finish(self, pdf: Path) -> dict:
        doc = fitz.open(pdf)
        texts = [squash(p.get_text()) for p in doc]
        errors = []

        def find_page(s):
            s = squash(s)
            hits = [i + 1 for i, t in enumerate(texts) if s in t]
            return hits

        for f in self.facts:
            if f["page"] is None:
                hits = find_page(f["_anchor"])
                if len(hits) > 1:
                    hits = [h for h in hits if squash(f["raw"]) in texts[h - 1]]
                if len(hits) != 1:
                    errors.append(f"anchor {f['_anchor']!r}: pages {hits}")
                    continue
                f["page"] = hits[0]
            if squash(f["raw"]) not in texts[f["page"] - 1]:
                errors.append(f"raw {f['raw']!r} not on page {f['page']}")
        for it in self.inits:
            hits = find_page(it["text"])
            if it["page"] is None:
                if len(hits) != 1:
                    errors.append(f"initiative {it['text'][:20]!r}: pages {hits}")
                    continue
                it["page"] = hits[0]
            elif it["page"] not in hits:
                errors.append(f"initiative {it['text'][:20]!r} not on page {it['page']}")
        facts = [{k: v for k, v in f.items() if not k.startswith("_")} for f in self.facts]
        gold = {
            "schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": len(doc)},
            "document": self.doc,
            "facts": facts,
            "initiatives": self.inits,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
        }
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
        size = pdf.stat().st_size
        print(f"{self.stem}: pages={len(doc)} facts={len(facts)} initiatives={len(self.inits)} "
              f"size={size}B errors={len(errors)}")
        for e in errors:
            print("  ERROR", e)
        if size >= 1_000_000:
            print("  ERROR pdf too large")
        return gold


# ---- number formatting -------------------------------------------------------------------------
ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    return s.translate(ZEN)


def sen(n: int) -> str:
    return f"{n:,}"


def rate(collected: int, assessed: int, nd=1) -> float:
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(collected) * 100 / Decimal(assessed)).quantize(q, rounding=ROUND_HALF_UP))


def oku_man(yen: int) -> str:
    """1,234,560,000 -> '12億3,456万円' (rounded down to 万)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"
