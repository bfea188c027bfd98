"""Shared helpers for the c_ builders of dev17: fact recording, page assignment, gold writing, checks."""
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

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"


def nz(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


class Rec:
    """Collects facts and initiatives in reading order; pages are assigned from the PDF afterwards
    by a forward-only cursor over the page texts (each item's raw/text must follow the previous one)."""

    def __init__(self):
        self.items = []  # ("fact"|"init"|"mark", dict)

    def mark(self, text):
        """An anchor text that moves the cursor (e.g. a heading) without producing a record."""
        self.items.append(("mark", {"text": text}))

    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False,
             as_of=None, debt_raw=None, area=None):
        self.items.append(("fact", {
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": None, "area": area}))

    def init(self, debt, fy, section, label, text, status):
        self.items.append(("init", {"debt": debt, "fiscal_year": fy, "section": section,
                                    "label": label, "text": text, "status": status, "page": None}))

    def assign_pages(self, pdf: Path):
        doc = pymupdf.open(pdf)
        pages = [nz(p.get_text()) for p in doc]
        pi, pos = 0, 0
        for kind, d in self.items:
            needle = nz(d["raw"] if kind == "fact" else d["text"])
            while pi < len(pages):
                k = pages[pi].find(needle, pos)
                if k >= 0:
                    pos = k + len(needle)
                    d["page"] = pi + 1
                    break
                pi, pos = pi + 1, 0
            else:
                raise SystemExit(f"not found in order: {kind} {needle!r}")
        return len(pages)

    def facts(self):
        return [d for k, d in self.items if k == "fact"]

    def inits(self):
        return [d for k, d in self.items if k == "init"]


def write_gold(pdf: Path, gold: Path, document: dict, rec: Rec, minutes=None):
    npages = rec.assign_pages(pdf)
    data = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                   "pages": npages},
        "document": document,
        "facts": rec.facts(),
        "initiatives": rec.inits(),
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    gold.parent.mkdir(parents=True, exist_ok=True)
    gold.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    check(pdf, gold)
    return data


def check(pdf: Path, gold: Path):
    d = json.loads(gold.read_text(encoding="utf-8"))
    doc = pymupdf.open(pdf)
    pages = [nz(p.get_text()) for p in doc]
    bad = 0
    for f in d["facts"]:
        if nz(f["raw"]) not in pages[f["page"] - 1]:
            print("FACT MISSING", f); bad += 1
    for i in d["initiatives"]:
        if nz(i["text"]) not in pages[i["page"] - 1]:
            print("INIT MISSING", i); bad += 1
    size = pdf.stat().st_size
    print(f"{pdf.name}: pages={len(pages)} facts={len(d['facts'])} initiatives={len(d['initiatives'])} "
          f"size={size} bad={bad}")
    assert bad == 0 and size < 1_000_000
