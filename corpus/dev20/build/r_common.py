"""Shared helpers for the r_* builders of corpus/dev20: office conversion, facts, gold writing and checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"


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


def rate(num, den, places=2) -> Decimal:
    q = Decimal(1).scaleb(-places)
    return (Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP)


def comma(n) -> str:
    return f"{int(n):,}"


ZEN = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def fact(debt, fy, fy_raw, segment, metric, basis, value, unit, raw, page,
         as_of=None, approx=False, debt_raw=None, area=None):
    if debt_raw is None:
        debt_raw = debt
    if isinstance(value, Decimal):
        value = float(value)
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def initiative(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    import fitz
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


def check(stem: str) -> list[str]:
    """raw of every fact and text of every initiative must occur on its page (whitespace removed, NFKC)."""
    import fitz
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(PDF / f"{stem}.pdf")
    pages = [_norm(p.get_text()) for p in doc]
    errs = []
    for f in gold["facts"]:
        if _norm(f["raw"]) not in pages[f["page"] - 1]:
            errs.append(f"fact p{f['page']} {f['debt']} {f['metric']} raw {f['raw']!r} not on page")
    for i in gold["initiatives"]:
        if _norm(i["text"]) not in pages[i["page"] - 1]:
            errs.append(f"initiative p{i['page']} {i['label']} {i['text'][:30]!r} not on page")
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if s.get("page") and _norm(s["text"])[:40] not in pages[s["page"] - 1]:
                errs.append(f"statement p{s['page']} {s['speaker']} start not on page")
    size = (PDF / f"{stem}.pdf").stat().st_size
    if size > 1_000_000:
        errs.append(f"pdf too large: {size}")
    print(f"{stem}: pages={doc.page_count} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size} errors={len(errs)}")
    for e in errs:
        print("  ", e)
    return errs
