"""Shared helpers for the x_ documents of dev27: gold records, LibreOffice conversion, checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    return s.translate(ZEN)


def comma(v: int) -> str:
    s = f"{abs(v):,}"
    return ("△" + s) if v < 0 else s


def pct(num: int, den: int, nd: int = 2) -> float:
    return round(num / den * 100 + 1e-9, nd)


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, approx=False, as_of=None,
         debt_raw="same", area=None):
    return {"debt": debt, "debt_raw": debt if debt_raw == "same" else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def initiative(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def _n(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def write_gold(pdf: Path, document: dict, facts, initiatives, minutes=None) -> dict:
    import fitz
    doc = fitz.open(pdf)
    pages = [_n(p.get_text()) for p in doc]
    bad = []
    for f in facts:
        if _n(f["raw"]) not in pages[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt_raw"], f["metric"]))
    for i in initiatives:
        if _n(i["text"]) not in pages[i["page"] - 1]:
            bad.append(("initiative", i["page"], i["text"][:40]))
    if minutes:
        for s in minutes["statements"]:
            if _n(s["text"]) not in pages[s["page"] - 1]:
                bad.append(("statement", s["page"], s["text"][:40]))
    g = {"schema_version": "1",
         "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                    "pages": len(doc)},
         "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
         "tables": [], "warnings": []}
    GOLD.mkdir(exist_ok=True)
    (GOLD / (pdf.stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
    for b in bad:
        print("CHECK FAILED", b)
    print(f"{pdf.name}: pages={len(doc)} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={pdf.stat().st_size} bad={len(bad)}")
    return g
