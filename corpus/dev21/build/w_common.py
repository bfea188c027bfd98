"""Shared helpers for the w_ builders of dev21: LibreOffice conversion, number formatting, gold writing and checks."""
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

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_w21_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def fact(debt, fy, fy_raw, segment, metric, basis, value, unit, raw, page=None, approx=False, as_of=None,
         debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "fiscal_year_raw": fy_raw, "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": None}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def locate(texts: list[str], *needles: str) -> int:
    """1-based page holding all needles (whitespace removed)."""
    for i, t in enumerate(texts, 1):
        if all(squash(n) in t for n in needles):
            return i
    raise LookupError(needles)


def write_gold(stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str,
               facts: list, initiatives: list, minutes=None) -> dict:
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    with fitz.open(pdf) as d:
        n = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": {"kind": kind, "municipality": municipality, "title": title, "date": date,
                         "date_raw": date_raw},
            "facts": facts, "initiatives": initiatives, "minutes": minutes, "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def check(stem: str) -> tuple[int, int, int]:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    texts = page_texts(PDF / f"{stem}.pdf")
    bad = []
    for f in gold["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"]))
    for it in gold["initiatives"]:
        if squash(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("initiative", it["page"], it["text"][:30]))
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            if squash(s["text"])[:20] not in texts[s["page"] - 1]:
                bad.append(("statement", s["page"], s["text"][:20]))
    if bad:
        for b in bad:
            print("  CHECK FAIL", stem, b)
        raise SystemExit(1)
    size = (PDF / f"{stem}.pdf").stat().st_size
    assert size < 1_000_000, size
    print(f"{stem}: pages={len(texts)} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size//1024}KB OK")
    return len(texts), len(gold["facts"]), len(gold["initiatives"])
