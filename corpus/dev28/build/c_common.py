"""Shared helpers for the c_* builders of dev28: gold records, LibreOffice conversion, checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ERA = {"令和": 2018, "平成": 1988}
Z2H = str.maketrans("０１２３４５６７８９，．", "0123456789,.")


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, debt_raw=None,
         approx=False, as_of=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def init(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n: int) -> str:
    """△ for negatives, as printed in 増減 columns."""
    return f"△{-n:,}" if n < 0 else f"{n:,}"


def zen(s: str) -> str:
    return s.translate(str.maketrans("0123456789,.%", "０１２３４５６７８９，．％"))


def rate(c, a, nd=1):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(c) * 100 / Decimal(a)).quantize(q, rounding=ROUND_HALF_UP))


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_c_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None):
    import fitz
    pdf = PDF / f"{stem}.pdf"
    doc = fitz.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    texts = [squash(p.get_text()) for p in doc]
    bad = 0
    for f in facts:
        p = f["page"]
        if not (1 <= p <= doc.page_count) or squash(f["raw"]) not in texts[p - 1]:
            bad += 1
            print("  FACT NOT ON PAGE:", p, f["debt_raw"], f["raw"])
    for it in initiatives:
        p = it["page"]
        if squash(it["text"]) not in texts[p - 1]:
            bad += 1
            print("  INITIATIVE NOT ON PAGE:", p, it["text"][:40])
    if minutes:
        for st in minutes["statements"]:
            p = st.get("page")
            if p and squash(st["text"]) not in texts[p - 1]:
                bad += 1
                print("  STATEMENT NOT ON PAGE:", p, st["speaker"], st["text"][:30])
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    size = pdf.stat().st_size
    print(f"{stem}: pages={doc.page_count} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={size//1024}KB problems={bad}")
    return bad
