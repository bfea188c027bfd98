"""Shared helpers for the g_ builders of corpus/dev18: facts, gold writing and the raw-text check.

Each builder prints its PDF from its own data and builds the gold from the same data.
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


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, debt_raw=None, as_of=None,
         approx=False, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def init(debt, fy, section, label, text, status, page, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "section": section, "label": label, "text": text, "status": status, "page": page}


def rate(num, den, nd=1):
    """Percentage rounded half-up to nd decimals, as a float."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(num) * 100 / Decimal(den)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def comma(n: int) -> str:
    s = f"{abs(n):,}"
    return ("△" + s) if n < 0 else s


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def soffice_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def locate(pdf: Path, needles):
    """For each needle, the list of 1-based pages whose text contains it (whitespace removed, NFKC)."""
    doc = fitz.open(pdf)
    texts = [squash(p.get_text()) for p in doc]
    return {n: [i + 1 for i, t in enumerate(texts) if squash(n) in t] for n in needles}


def check(pdf: Path, gold: dict) -> list[str]:
    doc = fitz.open(pdf)
    texts = [squash(p.get_text()) for p in doc]
    errs = []
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or squash(f["raw"]) not in texts[p - 1]:
            errs.append(f"fact raw {f['raw']!r} not on page {p} ({f['debt_raw']} {f['metric']} {f['fiscal_year']})")
    for it in gold["initiatives"]:
        p = it["page"]
        if not (1 <= p <= len(texts)) or squash(it["text"]) not in texts[p - 1]:
            errs.append(f"initiative text not on page {p}: {it['text'][:30]}")
    return errs


def write_gold(stem: str, pdf: Path, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    data = pdf.read_bytes()
    npages = len(fitz.open(pdf))
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": npages},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    errs = check(pdf, gold)
    for e in errs:
        print("CHECK:", e)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = pdf.stat().st_size
    print(f"{stem}: pages={npages} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={size // 1024}KB check={'OK' if not errs else f'{len(errs)} errors'}")
    return gold
