"""Shared helpers for the h_ documents of dev29: number formatting, LibreOffice conversion, gold writing and checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def rate(num: int, den: int, nd: int = 2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


def fmt_rate(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def comma(n: int) -> str:
    return f"{n:,}" if n >= 0 else f"△{-n:,}"


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_h_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None, approx=False, area=None, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def nows(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def page_texts(pdf: Path) -> list[str]:
    import fitz
    with fitz.open(pdf) as d:
        return [p.get_text() for p in d]


def find_page(texts: list[str], needle: str, prefer: int | None = None) -> int:
    """1-based page where needle (whitespace-free, NFKC) occurs; prefer a given page if it occurs there."""
    n = nows(needle)
    hits = [i + 1 for i, t in enumerate(texts) if n in nows(t)]
    if not hits:
        raise KeyError(needle)
    if prefer in hits:
        return prefer
    return hits[0]


def write_gold(stem: str, pdf: Path, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    import fitz
    with fitz.open(pdf) as d:
        n = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def check(gold: dict, pdf: Path) -> list[str]:
    texts = [nows(t) for t in page_texts(pdf)]
    errs = []
    for f in gold["facts"]:
        if nows(f["raw"]) not in texts[f["page"] - 1]:
            errs.append(f"fact raw not on page {f['page']}: {f['raw']} ({f['debt_raw']})")
    for it in gold["initiatives"]:
        if nows(it["text"]) not in texts[it["page"] - 1]:
            errs.append(f"initiative text not on page {it['page']}: {it['text'][:30]}")
    m = gold.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if nows(s["text"]) not in alltext:
                errs.append(f"statement not found: {s['speaker']} {s['text'][:30]}")
    size = pdf.stat().st_size
    if size > 1_000_000:
        errs.append(f"pdf too large {size}")
    return errs
