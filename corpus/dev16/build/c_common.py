"""Shared helpers for the c_* builders of dev16: LibreOffice conversion, fact records, gold writing and checks."""
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

Z2H = str.maketrans("０１２３４５６７８９", "0123456789")


def zen(s) -> str:
    """半角数字 → 全角数字."""
    return str(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_c_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, as_of=None, approx=False,
         debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def ini(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def nz(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def write_gold(pdf_path: Path, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    import fitz
    doc = fitz.open(pdf_path)
    gold = {"schema_version": "1",
            "source": {"file": pdf_path.name, "sha256": hashlib.sha256(pdf_path.read_bytes()).hexdigest(),
                       "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    texts = [nz(p.get_text()) for p in doc]
    bad = []
    for f in facts:
        if not (1 <= f["page"] <= doc.page_count) or nz(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"], f["metric"]))
    for i in initiatives:
        if not (1 <= i["page"] <= doc.page_count) or nz(i["text"]) not in texts[i["page"] - 1]:
            bad.append(("initiative", i["page"], i["text"][:40]))
    if minutes:
        for s in minutes["statements"]:
            pass
    dest = GOLD / (pdf_path.stem + ".json")
    dest.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = pdf_path.stat().st_size
    print(f"{pdf_path.name}: pages={doc.page_count} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={size // 1024}KB bad={len(bad)}")
    for b in bad:
        print("   BAD", b)
    assert size < 1_000_000
    return gold
