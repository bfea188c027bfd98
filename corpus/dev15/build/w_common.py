"""Shared helpers for the w_ builders of corpus/dev15: gold records, LibreOffice conversion, checks.

Gold is generated from the same data the builders print from; `check` then verifies that every
fact's `raw` and every initiative's `text` occur (whitespace removed) on its page of the PDF.
"""
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
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, approx=False, as_of=None,
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
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    with fitz.open(pdf) as doc:
        pages = doc.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    return gold


def check(stem: str) -> tuple[int, int, int, list[str]]:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    errors = []
    with fitz.open(PDF / f"{stem}.pdf") as doc:
        texts = [nows(p.get_text()) for p in doc]
        if doc.page_count != gold["source"]["pages"]:
            errors.append("page count")
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or nows(f["raw"]) not in texts[p - 1]:
            errors.append(f"fact raw not on page {p}: {f['raw']} ({f['debt']} {f['metric']})")
    for i in gold["initiatives"]:
        p = i["page"]
        if not (1 <= p <= len(texts)) or nows(i["text"]) not in texts[p - 1]:
            errors.append(f"initiative not on page {p}: {i['text'][:30]}")
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            p = s.get("page")
            if p and nows(s["text"])[:20] not in texts[p - 1]:
                errors.append(f"statement start not on page {p}: {s['text'][:20]}")
    return len(texts), len(gold["facts"]), len(gold["initiatives"]), errors
