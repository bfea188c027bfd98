"""Shared helpers for the o_* builders of corpus/dev31: number notation, fact records, LibreOffice
conversion, page lookup and the gold check (every raw / initiative text must be on its page)."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
SIX = {"assessed", "collected", "collection_rate", "written_off", "outstanding", "delinquents"}

_FW = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def fw(s) -> str:
    """ASCII digits and punctuation to full width (全角)."""
    return str(s).translate(_FW)


def comma(n) -> str:
    """Integer with thousands separators; negative as △."""
    n = int(n)
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def pct(x, nd=2) -> str:
    return f"{x:.{nd}f}"


def rate(collected, assessed, nd=2) -> float:
    return round(collected / assessed * 100 + 1e-9, nd)


def norm(s) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s or "")))


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, approx=False, as_of=None,
         debt_raw=None, area=None):
    assert metric in SIX, metric
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


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


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as d:
        return [norm(p.get_text()) for p in d]


def find_page(texts, needle, start=1) -> int:
    """First 1-based page >= start whose text holds needle (whitespace-free, NFKC)."""
    n = norm(needle)
    for i in range(start - 1, len(texts)):
        if n in texts[i]:
            return i + 1
    raise ValueError(f"not found from page {start}: {needle!r}")


def write_gold(stem, pdf: Path, document, facts, initiatives, minutes=None):
    data = pdf.read_bytes()
    with fitz.open(pdf) as d:
        pages = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    check(pdf, gold)
    p = GOLD / f"{stem}.json"
    p.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{stem}: pages={pages} facts={len(facts)} initiatives={len(initiatives)} "
          f"statements={len((minutes or {}).get('statements') or [])} size={len(data)//1024}KB")
    return gold


def check(pdf: Path, gold):
    texts = page_texts(pdf)
    bad = []
    for f in gold["facts"]:
        if norm(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt_raw"]))
    for it in gold["initiatives"]:
        if norm(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:40]))
    for s in (gold.get("minutes") or {}).get("statements") or []:
        if norm(s["text"])[:30] not in texts[s["page"] - 1]:
            bad.append(("stmt", s["page"], s["text"][:40]))
    if bad:
        for b in bad[:30]:
            print("  MISSING", b)
        raise SystemExit(f"{pdf.name}: {len(bad)} gold items not found on their page")
    if pdf.stat().st_size > 1_000_000:
        raise SystemExit(f"{pdf.name}: too large")
