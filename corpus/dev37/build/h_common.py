"""Shared helpers for the h_ builders of dev37: facts, gold writing, LibreOffice conversion, checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

Z2H = str.maketrans("０１２３４５６７８９，．", "0123456789,.")
H2Z = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def zen(s: str) -> str:
    return str(s).translate(H2Z)


def rate(num: int, den: int, nd: int = 1) -> float:
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


def fmt_rate(v: float, nd: int = 1) -> str:
    return f"{v:.{nd}f}"


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, approx=False, as_of=None,
         debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def initiative(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


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


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    import pymupdf as fitz
    pdf = PDF / f"{stem}.pdf"
    doc = fitz.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def check(stem: str) -> tuple[int, int, int]:
    """Every raw / initiative text / statement text must occur on its page (whitespace removed)."""
    import pymupdf as fitz
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(PDF / f"{stem}.pdf")
    texts = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    bad = []
    for f in gold["facts"]:
        if re.sub(r"\s+", "", f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"], f["metric"]))
    for i in gold["initiatives"]:
        if re.sub(r"\s+", "", i["text"]) not in texts[i["page"] - 1]:
            bad.append(("init", i["page"], i["text"][:40]))
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if re.sub(r"\s+", "", s["text"]) not in texts[s["page"] - 1]:
                bad.append(("stmt", s["page"], s["text"][:40]))
    for b in bad:
        print("MISSING", b)
    size = (PDF / f"{stem}.pdf").stat().st_size
    print(f"{stem}: pages={doc.page_count} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size//1024}KB bad={len(bad)}")
    assert size < 1_000_000
    return doc.page_count, len(gold["facts"]), len(gold["initiatives"])
