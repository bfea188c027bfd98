"""Shared helpers for the m_ builders of dev19: fact registry, LibreOffice conversion, gold writing and checks.

Each builder prints its document from the same data it registers here, so the gold follows what is printed.
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

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"

SEG = {"現年": "current", "滞繰": "arrears", "計": "total"}


def yen(v: int) -> str:
    """1234567 -> '1,234,567'; negatives with △."""
    return ("△" if v < 0 else "") + f"{abs(v):,}"


def z(s: str) -> str:
    """Half-width digits/punctuation -> full-width (全角)."""
    return s.translate(str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－"))


class Facts:
    def __init__(self):
        self.facts: list[dict] = []
        self.inits: list[dict] = []

    def add(self, raw: str, *, page: int, debt, fy: int, fy_raw, segment: str, metric: str, basis: str,
            value, unit: str, as_of=None, approx=False, debt_raw=None, area=None) -> str:
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": segment, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area})
        return raw

    def init(self, *, page: int, debt, fy: int, section: str, label, text: str, status=None):
        self.inits.append({"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_m_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def resolve_pages(pdf: Path, reg: Facts) -> list[str]:
    """page 0: the one page whose text holds raw (must be unique); page -1: the last page."""
    doc = pymupdf.open(pdf)
    pages = [norm(p.get_text()) for p in doc]
    errs = []
    for f in reg.facts + reg.inits:
        key = f.get("raw") or f.get("text")
        if f["page"] == -1:
            f["page"] = len(pages)
        elif f["page"] == 0:
            hits = [i + 1 for i, t in enumerate(pages) if norm(key) in t]
            if len(hits) != 1:
                errs.append(f"cannot place {key!r}: pages {hits}")
            else:
                f["page"] = hits[0]
    return errs


def check(pdf: Path, reg: Facts, strip=()) -> list[str]:
    doc = pymupdf.open(pdf)
    pages = [norm(p.get_text()) for p in doc]
    errs = []
    need: dict[tuple[int, str], int] = {}
    for f in reg.facts:
        p = f["page"]
        if not (1 <= p <= len(pages)):
            errs.append(f"fact page out of range: {f}")
            continue
        k = (p, norm(f["raw"]))
        need[k] = need.get(k, 0) + 1
    for (p, r), n in need.items():
        have = pages[p - 1].count(r)
        if have < n:
            errs.append(f"p{p}: raw {r!r} needed {n}x, found {have}x")
    for i in reg.inits:
        t = norm(i["text"])
        if t not in pages[i["page"] - 1]:
            errs.append(f"p{i['page']}: initiative text not found: {i['text'][:40]}")
    return errs


def write_gold(name: str, pdf: Path, reg: Facts, document: dict, minutes=None, strip=()) -> dict:
    errs = resolve_pages(pdf, reg)
    doc = pymupdf.open(pdf)
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                   "pages": doc.page_count},
        "document": document,
        "facts": reg.facts,
        "initiatives": reg.inits,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    dest = ROOT / "gold" / f"{name}.json"
    dest.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    errs += check(pdf, reg)
    if minutes:
        pages = "".join(norm(p.get_text()) for p in doc)
        for pat in strip:
            pages = re.sub(pat, "", pages)
        for s in minutes["statements"]:
            if norm(s["text"]) not in pages:
                errs.append(f"statement text not found: {s['speaker']} {s['text'][:30]}")
    size = pdf.stat().st_size
    print(f"{name}: pages={doc.page_count} facts={len(reg.facts)} initiatives={len(reg.inits)} "
          f"size={size//1024}KB errors={len(errs)}")
    for e in errs:
        print("  ", e)
    if size > 1_000_000:
        print("   PDF over 1 MB!")
    return gold
