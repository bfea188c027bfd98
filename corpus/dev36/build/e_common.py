"""Shared helpers for the e_ documents of dev36: facts, gold writing, LibreOffice conversion, checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

Z = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def zen(s: str) -> str:
    """Half-width digits/commas to full-width."""
    return s.translate(Z)


def yen_k(v: int) -> str:
    return f"{v:,}"


def pct(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def rate(c: int, a: int, nd: int = 2) -> float:
    return round(c / a * 100 + 1e-9, nd)


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None, approx=False,
         debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


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


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = pymupdf.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    check(stem)
    return gold


def check(stem: str) -> None:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = pymupdf.open(PDF / f"{stem}.pdf")
    texts = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    ntexts = [_n(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or re.sub(r"\s+", "", f["raw"]) not in texts[p - 1]:
            bad += 1
            print("  FACT NOT ON PAGE:", p, f["raw"], f["debt"], f["metric"], f["fiscal_year"])
    for it in gold["initiatives"]:
        p = it["page"]
        if _n(it["text"]) not in ntexts[p - 1]:
            bad += 1
            print("  INIT NOT ON PAGE:", p, it["text"][:40])
    size = (PDF / f"{stem}.pdf").stat().st_size
    print(f"{stem}: pages={doc.page_count} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size//1024}KB bad={bad}")
    if bad:
        raise SystemExit(1)
