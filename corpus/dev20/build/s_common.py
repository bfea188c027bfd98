"""Shared helpers for the s_ builders of dev20: LibreOffice conversion, number formatting, gold writing, checks.

Gold is written from the same data the builders print from; `check` then verifies every fact's raw text and
every initiative's text on its page (PyMuPDF text, whitespace removed).
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
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

Z = str.maketrans("0123456789,.%()-", "０１２３４５６７８９，．％（）－")


def zen(s: str) -> str:
    """Half-width digits and punctuation to full width (as Word documents of city offices print them)."""
    return str(s).translate(Z)


def comma(n: int) -> str:
    neg = n < 0
    s = f"{abs(n):,}"
    return ("△" + s) if neg else s


def oku_man(yen: int) -> str:
    """1842000000 -> 18億4,200万円 (yen rounded to 万 by the caller)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


def rate(num: int, den: int, nd: int = 2) -> float:
    return round(num / den * 100 + 1e-12, nd)


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_s_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, approx=False, as_of=None,
         debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def init(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def nw(s: str) -> str:
    return re.sub(r"\s+", "", s)


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    with pymupdf.open(pdf) as d:
        pages = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def check(stem: str) -> tuple[int, int, int, list[str]]:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    errs = []
    with pymupdf.open(PDF / f"{stem}.pdf") as d:
        texts = [nw(p.get_text()) for p in d]
        npages = d.page_count
    size = (PDF / f"{stem}.pdf").stat().st_size
    if size > 1_000_000:
        errs.append(f"PDF too large: {size}")
    for f in gold["facts"]:
        if not (1 <= f["page"] <= npages) or nw(f["raw"]) not in texts[f["page"] - 1]:
            errs.append(f"fact raw not on page {f['page']}: {f['raw']} ({f['debt']} {f['metric']})")
    for i in gold["initiatives"]:
        if nw(i["text"]) not in texts[i["page"] - 1]:
            errs.append(f"initiative not on page {i['page']}: {i['text'][:40]}")
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if nw(s["text"]) not in "".join(texts[s["page"] - 1:s["page"] + 1]):
                errs.append(f"statement not on page {s['page']}: {s['text'][:40]}")
    return npages, len(gold["facts"]), len(gold["initiatives"]), errs
