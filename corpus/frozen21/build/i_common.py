"""Shared helpers for the i_* builders of corpus/frozen21 (gold writing and checking)."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pymupdf as fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%()-+", "０１２３４５６７８９．，％（）－＋")


def zen(s) -> str:
    return str(s).translate(ZEN)


def comma(n) -> str:
    if isinstance(n, float):
        return f"{n:,.1f}"
    return f"{n:,}"


def tri(n) -> str:
    """△ for minus, with comma."""
    return ("△" + comma(-n)) if n < 0 else comma(n)


def rate(c, a, nd=2) -> float:
    return round(c / a * 100 + 1e-12, nd)


class Gold:
    def __init__(self):
        self.facts = []
        self.inits = []

    def f(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
          as_of=None, approx=False, debt_raw=None, area=None):
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area})

    def i(self, debt, fy, section, label, text, status, page):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def write_gold(stem, kind, muni, title, date, date_raw, g: Gold, minutes=None):
    pdf = PDF_DIR / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = fitz.open(pdf)
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
        "document": {"kind": kind, "municipality": muni, "title": title, "date": date, "date_raw": date_raw},
        "facts": g.facts, "initiatives": g.inits, "minutes": minutes, "tables": [], "warnings": [],
    }
    GOLD_DIR.mkdir(exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return check(stem)


def check(stem):
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(PDF_DIR / f"{stem}.pdf")
    texts = [nows(p.get_text()) for p in doc]
    bad = []
    for f in gold["facts"]:
        if not (1 <= f["page"] <= len(texts)) or nows(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"], f["metric"]))
    for it in gold["initiatives"]:
        if not (1 <= it["page"] <= len(texts)) or nows(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:30]))
    size = (PDF_DIR / f"{stem}.pdf").stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(gold['facts'])} inits={len(gold['initiatives'])} "
          f"size={size} bad={len(bad)}")
    for b in bad[:20]:
        print("   BAD", b)
    return not bad and size < 1_000_000
