"""Shared helpers for the j_ builders of corpus/dev24: LibreOffice conversion, fact records, gold writing and checking.

Each builder keeps its printed figures in one data structure, prints the document from it and writes the
gold from the same data; `write_gold` then checks every fact's raw text and every initiative's text against
the text PyMuPDF extracts from the page the gold names.
"""
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
ROOT = HERE.parent                      # corpus/dev24
OUT = HERE / "out"                      # intermediate files (git-ignored)
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise RuntimeError("soffice not found")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def era_year(s: str) -> int:
    """令和6年度 / R6 / 令和元年度 / 平成30年度 -> Western start year of the 年度."""
    s = unicodedata.normalize("NFKC", s)
    m = re.search(r"(令和|R|平成|H)\s*(元|\d+)", s)
    if not m:
        raise ValueError(s)
    n = 1 if m.group(2) == "元" else int(m.group(2))
    return n + (2018 if m.group(1) in ("令和", "R") else 1988)


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, as_of=None, approx=False,
         debt_raw="__same__", area=None):
    return {"debt": debt, "debt_raw": debt if debt_raw == "__same__" else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis,
            "as_of": as_of, "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    import pymupdf
    with pymupdf.open(pdf) as doc:
        return [squash(p.get_text()) for p in doc]


def check(pdf: Path, gold: dict) -> list[str]:
    texts = page_texts(pdf)
    errs = []
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or squash(f["raw"]) not in texts[p - 1]:
            errs.append(f"fact raw {f['raw']!r} not on page {p} ({f['debt_raw']}, {f['fiscal_year_raw']}, {f['metric']})")
    for i in gold["initiatives"]:
        p = i["page"]
        if not (1 <= p <= len(texts)) or squash(i["text"]) not in texts[p - 1]:
            errs.append(f"initiative text not on page {p}: {i['text'][:30]}")
    m = gold.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            p = s.get("page")
            if squash(s["text"]) not in texts[p - 1] and squash(s["text"]) not in alltext:
                errs.append(f"statement text not found: {s['speaker']} {s['text'][:30]}")
    return errs


def write_gold(stem: str, pdf: Path, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    import pymupdf
    data = pdf.read_bytes()
    with pymupdf.open(pdf) as d:
        pages = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    errs = check(pdf, gold)
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = len(data)
    print(f"{stem}: {pages} pages, {len(facts)} facts, {len(initiatives)} initiatives, "
          f"{len(minutes['statements']) if minutes else 0} statements, {size // 1024} KiB")
    if size > 1_000_000:
        errs.append(f"PDF too large: {size} bytes")
    for e in errs:
        print("  CHECK FAILED:", e)
    if not errs:
        print("  all checks passed")
    return gold
