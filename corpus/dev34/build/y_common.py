"""Shared helpers for the y_ builders of dev34: LibreOffice conversion, fact records, gold writing and checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_y_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, as_of=None, approx=False,
         debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def yen_k(s: str) -> int:
    """'1,234,567' in 千円 -> yen."""
    return int(round(float(s.replace(",", "").replace("，", "")) * 1000))


def ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


def write_gold(stem: str, pdf: Path, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    doc = pymupdf.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    (ROOT / "gold").mkdir(exist_ok=True)
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def check(pdf: Path, gold: dict) -> int:
    doc = pymupdf.open(pdf)
    texts = [ws(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        if ws(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            print("  FACT NOT FOUND p%d: %s" % (f["page"], f["raw"]))
    for i in gold["initiatives"]:
        if ws(i["text"]) not in texts[i["page"] - 1]:
            bad += 1
            print("  INIT NOT FOUND p%d: %s" % (i["page"], i["text"][:40]))
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            if ws(s["text"]) not in texts[s["page"] - 1]:
                bad += 1
                print("  STATEMENT NOT FOUND p%d: %s" % (s["page"], s["text"][:40]))
    # occurrence counts: a raw printed once must not be claimed by more facts than it occurs on the page
    from collections import Counter
    c = Counter((f["page"], ws(f["raw"])) for f in gold["facts"])
    for (pg, raw), n in c.items():
        occ = texts[pg - 1].count(raw)
        if occ < n:
            print(f"  note p{pg}: raw {raw} claimed {n}x, printed {occ}x (substring count)")
    print(f"{pdf.name}: pages={doc.page_count} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={pdf.stat().st_size//1024}KB problems={bad}")
    return bad
