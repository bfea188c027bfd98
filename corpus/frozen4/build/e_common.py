"""Shared helpers for the e_* builders of corpus/frozen4 (gold records, page resolution, checks)."""
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

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ERA = {"令和": 2018, "平成": 1988}


def z(s: str) -> str:
    """half-width digits -> full-width digits"""
    return str(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def comma(n: int) -> str:
    return f"{n:,}"


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, anchor=None, page=None,
         as_of=None, approx=False, debt_raw="same"):
    return {"debt": debt, "debt_raw": debt if debt_raw == "same" else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": None, "_anchor": anchor}


def init(debt, fy, section, label, text, status, *, anchor=None, page=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page, "_anchor": anchor}


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_e4_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def resolve_pages(items: list, texts: list[str], key: str):
    """page = explicit page, else the only page holding the anchor (or the item's key text)."""
    for it in items:
        if it.get("page"):
            continue
        a = squash(it.get("_anchor") or it[key])
        hits = [i + 1 for i, t in enumerate(texts) if a in t]
        if len(hits) != 1:
            raise SystemExit(f"anchor {a!r} found on pages {hits} ({it[key]!r})")
        it["page"] = hits[0]


def check(pdf: Path, gold: dict) -> list[str]:
    texts = page_texts(pdf)
    bad = []
    for f in gold["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(f"fact raw {f['raw']!r} not on page {f['page']}")
        if f["basis"] == "interim" and not f["as_of"]:
            bad.append(f"interim without as_of {f}")
    for i in gold["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            bad.append(f"initiative text not on page {i['page']}: {i['text'][:30]}")
    return bad


def write_gold(stem: str, pdf: Path, document: dict, facts: list, inits: list, minutes=None) -> dict:
    texts = page_texts(pdf)
    resolve_pages(facts, texts, "raw")
    resolve_pages(inits, texts, "text")
    for x in facts + inits:
        x.pop("_anchor", None)
    with fitz.open(pdf) as d:
        n = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
            "document": document, "facts": facts, "initiatives": inits, "minutes": minutes,
            "tables": [], "warnings": []}
    bad = check(pdf, gold)
    if bad:
        raise SystemExit("CHECK FAILED\n" + "\n".join(bad))
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{stem}: {n} pages, {len(facts)} facts, {len(inits)} initiatives, {pdf.stat().st_size//1024} KB")
    return gold


def rate(c, a, nd=2):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(c) * 100 / Decimal(a)).quantize(q, rounding=ROUND_HALF_UP))
