"""Shared helpers for the j_ builders of dev38: facts, gold writing, checks, LibreOffice conversion."""
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
for _d in (OUT, PDF, GOLD):
    _d.mkdir(parents=True, exist_ok=True)

Z = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def zen(s: str) -> str:
    """半角 digits, comma, point and % to 全角."""
    return str(s).translate(Z)


def comma(v, nd=0) -> str:
    return f"{v:,.{nd}f}"


def tri(v, nd=0, mark="△") -> str:
    """Signed number with △/▲ for minus."""
    s = comma(abs(v), nd)
    return (mark + s) if v < 0 else s


def rate(c, a, nd=2) -> float:
    return round(c / a * 100 + 1e-12, nd)


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None, approx=False,
         debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def init(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def to_pdf(src: Path, dest: Path, profile: str = "j_dev38") -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        shutil.copyfile(out, dest)
    return dest


def _nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None,
               rotate_pages=()) -> dict:
    import pymupdf
    pdf = PDF / f"{stem}.pdf"
    doc = pymupdf.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    # checks
    texts = [_nows(p.get_text()) for p in doc]
    bad = 0
    for f in facts:
        if not (1 <= f["page"] <= doc.page_count) or _nows(f["raw"]) not in texts[f["page"] - 1]:
            print("FACT NOT ON PAGE:", f["page"], f["raw"], f["debt"], f["metric"])
            bad += 1
    for it in initiatives:
        if _nows(it["text"]) not in texts[it["page"] - 1]:
            print("INITIATIVE NOT ON PAGE:", it["page"], it["text"][:40])
            bad += 1
    if minutes:
        for st in minutes["statements"]:
            if _nows(st["text"]) not in texts[st["page"] - 1]:
                print("STATEMENT NOT ON PAGE:", st["page"], st["text"][:40])
                bad += 1
    size = pdf.stat().st_size
    if size > 1_000_000:
        print("PDF TOO LARGE", size)
        bad += 1
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{stem}: pages={doc.page_count} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={size} problems={bad}")
    return gold
