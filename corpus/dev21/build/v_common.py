"""Shared helpers for the v_ builders of dev21: number formatting, gold records, PDF conversion and checks.

The builders print from their own data and build the gold from the same data; `check` then verifies that
every fact's raw text and every initiative's text occur on the page the gold names.
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
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"

_Z = str.maketrans("0123456789,.%()", "０１２３４５６７８９，．％（）")


def zen(s: str) -> str:
    """ASCII digits and , . % ( ) to full width."""
    return str(s).translate(_Z)


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n: int) -> str:
    """Comma figure with △ for minus."""
    return ("△" + f"{-n:,}") if n < 0 else f"{n:,}"


def okuman(yen: int) -> str:
    """2345000000 -> '23億4,500万円'; 23400000 -> '2,340万円' (yen rounded to 万 by the caller)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


def rate(num: int, den: int, nd: int = 1) -> float:
    """Rounded percentage as printed (half up)."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None, approx=False,
         debt_raw="__same__", area=None):
    return {"debt": debt, "debt_raw": debt if debt_raw == "__same__" else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def init(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def soffice_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    import fitz
    pdf = PDF_DIR / f"{stem}.pdf"
    with fitz.open(pdf) as d:
        pages = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": pages},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def check(stem: str) -> tuple[int, int, int, int]:
    """Every raw / initiative text on its page (whitespace removed, NFKC on both sides). Returns counts."""
    import fitz
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF_DIR / f"{stem}.pdf"
    bad = []
    with fitz.open(pdf) as d:
        texts = [_norm(p.get_text()) for p in d]
        raws = [re.sub(r"\s+", "", p.get_text()) for p in d]
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or re.sub(r"\s+", "", f["raw"]) not in raws[p - 1]:
            bad.append(("fact", p, f["raw"], f.get("debt"), f["metric"]))
    for i in gold["initiatives"]:
        p = i["page"]
        if not (1 <= p <= len(texts)) or _norm(i["text"]) not in texts[p - 1]:
            bad.append(("init", p, i["text"][:40]))
    for b in bad:
        print("  MISSING", b)
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size/1024:.0f}KB bad={len(bad)}")
    if size > 1_000_000:
        print("  PDF TOO LARGE")
    return len(texts), len(gold["facts"]), len(gold["initiatives"]), len(bad)
