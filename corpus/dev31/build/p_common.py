"""Shared helpers for the p_ builders of dev31: LibreOffice conversion, fact records, gold writing and checking."""
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
OUT = HERE / "out"
ROOT = HERE.parent
ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def comma(v: int) -> str:
    return f"{v:,}"


def rate(num: int, den: int, nd: int = 2) -> float:
    """collected / assessed as a percentage, rounded half up to nd decimals."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(num) * 100 / Decimal(den)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


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


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None, approx=False,
      area=None, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def strip_ws(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = fitz.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    # check: raw of each fact and text of each initiative / statement occur on their page
    texts = [strip_ws(p.get_text()) for p in doc]
    bad = []
    for f in facts:
        if strip_ws(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"]))
    for it in initiatives:
        if strip_ws(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("initiative", it["page"], it["text"][:40]))
    if minutes:
        for st in minutes["statements"]:
            if strip_ws(st["text"]) not in texts[st["page"] - 1]:
                bad.append(("statement", st["page"], st["text"][:40]))
    if len(data) > 1_000_000:
        bad.append(("size", 0, len(data)))
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    print(f"{stem}: pages={doc.page_count} facts={len(facts)} initiatives={len(initiatives)} "
          f"statements={len(minutes['statements']) if minutes else 0} size={len(data)} bad={len(bad)}")
    for b in bad[:30]:
        print("  BAD", b)
    return gold
