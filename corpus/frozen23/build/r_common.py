"""Shared helpers for the r_* builders of frozen23 (gold writing, checking, LibreOffice conversion)."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
OUT.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789,.%()-", "０１２３４５６７８９，．％（）－")


def zen(s: str) -> str:
    return s.translate(ZEN)


def comma(v: int) -> str:
    s = f"{abs(v):,}"
    return ("△" + s) if v < 0 else s


def rate(num: int, den: int, nd: int = 2) -> float:
    return round(num / den * 100 + 1e-12, nd)


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, approx=False, as_of=None,
         debt_raw="same", area=None):
    if debt_raw == "same":
        debt_raw = debt
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
            "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def init(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_r_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    import fitz
    with fitz.open(pdf) as d:
        return [norm(p.get_text()) for p in d]


def find_page(pdf: Path, needle: str, start: int = 1) -> int:
    """1-based page of the first page >= start holding needle (builder layout lookup for flowing tables)."""
    for i, t in enumerate(page_texts(pdf), 1):
        if i >= start and norm(needle) in t:
            return i
    raise ValueError(f"{needle!r} not found in {pdf}")


def write_gold(stem, kind, municipality, title, date, date_raw, facts, initiatives, minutes=None):
    pdf = PDF / f"{stem}.pdf"
    import fitz
    with fitz.open(pdf) as d:
        n = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
            "document": {"kind": kind, "municipality": municipality, "title": title, "date": date,
                         "date_raw": date_raw},
            "facts": facts, "initiatives": initiatives, "minutes": minutes, "tables": [], "warnings": []}
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return check(stem)


def check(stem):
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF / gold["source"]["file"]
    texts = page_texts(pdf)
    bad = []
    assert gold["source"]["pages"] == len(texts)
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == gold["source"]["sha256"]
    for f in gold["facts"]:
        if not (1 <= f["page"] <= len(texts)) or norm(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt_raw"], f["metric"]))
    for it in gold["initiatives"]:
        if not (1 <= it["page"] <= len(texts)) or norm(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:40]))
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if norm(s["text"]) not in "".join(texts):
                bad.append(("stmt", s["speaker"], s["text"][:40]))
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size//1024}KB bad={len(bad)}")
    for b in bad[:30]:
        print("   BAD", b)
    assert size < 1_000_000
    return not bad
