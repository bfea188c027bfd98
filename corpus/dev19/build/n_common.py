"""Shared helpers for the n_ builders of corpus/dev19 (LibreOffice conversion, gold writing, checks)."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    """Half-width digits and signs to full-width (as some offices type them)."""
    return str(s).translate(ZEN)


def rate(num: int, den: int, nd: int = 2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


def fmt_rate(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def comma(n: int) -> str:
    return f"{n:,}"


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


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, approx=False, as_of=None,
         debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": None}


def initiative(debt, fy, section, label, text, status, page):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check_and_write(stem: str, pdf: Path, document: dict, facts: list, initiatives: list,
                    minutes=None) -> dict:
    doc = fitz.open(pdf)
    texts = [nows(p.get_text()) for p in doc]
    bad = []
    for f in facts:
        p = f["page"]
        if not (1 <= p <= len(texts)) or nows(f["raw"]) not in texts[p - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"], f["metric"]))
    for it in initiatives:
        p = it["page"]
        if not (1 <= p <= len(texts)) or nows(it["text"]) not in texts[p - 1]:
            bad.append(("initiative", it["page"], it["text"][:30]))
    if minutes:
        for st in minutes["statements"]:
            p = st.get("page")
            if p and nows(st["text"]) not in "".join(texts[p - 1:p + 1]):
                bad.append(("statement", p, st["text"][:30]))
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                   "pages": len(doc)},
        "document": document,
        "facts": facts,
        "initiatives": initiatives,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(doc)} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={size // 1024}KB problems={len(bad)}")
    for b in bad:
        print("  !!", b)
    return gold
