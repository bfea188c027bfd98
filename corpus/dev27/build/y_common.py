"""Helpers shared by the y_ builders of dev27: fact records, gold writing and checking."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, approx=False, as_of=None,
         debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def kyen(s: str) -> int:
    """'1,234,567' (千円) -> yen; △ is minus."""
    neg = s.startswith("△")
    v = int(s.lstrip("△").replace(",", "")) * 1000
    return -v if neg else v


def soffice_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_y_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True, timeout=300)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / (src.stem + ".pdf"), dest)
    return dest


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = fitz.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    check(stem)
    return gold


def check(stem: str) -> None:
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    gold = json.loads((ROOT / "gold" / f"{stem}.json").read_text())
    doc = fitz.open(pdf)
    texts = [squash(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        if not (1 <= f["page"] <= len(texts)) or squash(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            print("FACT NOT ON PAGE", f["page"], f["raw"], f["debt"], f["metric"])
    for i in gold["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            bad += 1
            print("INITIATIVE NOT ON PAGE", i["page"], i["text"][:40])
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if squash(s["text"]) not in squash("".join(texts)):
                bad += 1
                print("STATEMENT NOT FOUND", s["speaker"], s["text"][:40])
    size = pdf.stat().st_size
    print(f"{stem}: pages={doc.page_count} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size} problems={bad}")
    assert size < 1_000_000
