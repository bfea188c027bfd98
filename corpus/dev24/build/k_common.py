"""Shared helpers of the k_ builders (dev24): fact records, gold writing, LibreOffice conversion, checks.

The gold is written from the same data the builders print from; `check` verifies every fact `raw`
and every initiative text against the PyMuPDF text of its page (whitespace removed).
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

ZEN = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")


def zen(s: str) -> str:
    """Half-width digits and signs to full-width (as some offices type them)."""
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """Integer with thousands separators; negative with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def pct(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def rate(num: int, den: int, nd: int = 2) -> float:
    return round(num / den * 100 + 1e-9, nd)


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, approx=False, as_of=None,
         debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


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


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> Path:
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    with fitz.open(pdf) as doc:
        pages = doc.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    path = GOLD / f"{stem}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(stem: str) -> tuple[int, int, int, int]:
    """Check the gold of `stem` against its PDF; returns (pages, facts, initiatives, errors)."""
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    with fitz.open(PDF / f"{stem}.pdf") as doc:
        texts = [_squash(p.get_text()) for p in doc]
        size = (PDF / f"{stem}.pdf").stat().st_size
    errors = 0
    # one fact per printed occurrence: count the occurrences of each raw on its page
    need: dict[tuple[int, str], int] = {}
    for f in gold["facts"]:
        k = (f["page"], _squash(f["raw"]))
        need[k] = need.get(k, 0) + 1
    for (page, raw), n in need.items():
        have = texts[page - 1].count(raw) if 0 < page <= len(texts) else 0
        if have == 0:
            errors += 1
            print(f"  {stem}: fact raw {raw!r} not on page {page}")
        elif have < n:
            # the same string may be a part of a longer number; only flag clear shortfalls
            print(f"  {stem}: note: raw {raw!r} printed {have}x on page {page}, gold has {n}")
    for it in gold["initiatives"]:
        t = _squash(it["text"])
        if t not in texts[it["page"] - 1]:
            errors += 1
            print(f"  {stem}: initiative not on page {it['page']}: {it['text'][:40]}")
    if gold.get("minutes"):
        for st in gold["minutes"]["statements"]:
            t = _squash(st["text"])[:30]
            if not any(t in x for x in texts):
                errors += 1
                print(f"  {stem}: statement not found: {st['text'][:30]}")
    if size > 1_000_000:
        errors += 1
        print(f"  {stem}: PDF too large ({size} bytes)")
    return len(texts), len(gold["facts"]), len(gold["initiatives"]), errors
