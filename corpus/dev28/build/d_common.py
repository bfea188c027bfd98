"""Shared helpers for the d_ builders of dev28: fact records, page location, gold checks."""
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


def nz(s: str) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, ctx=None, as_of=None,
         approx=False, debt_raw=None, area=None, page=None):
    """One gold fact; `ctx` is a printed string that locates the page (defaults to raw)."""
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area, "_ctx": ctx or raw}


def page_texts(pdf: Path) -> list[str]:
    doc = fitz.open(pdf)
    return [nz(p.get_text()) for p in doc]


def locate(items: list[dict], texts: list[str], key: str) -> list[str]:
    """Fill `page` for each item from its context string; returns error messages."""
    errs = []
    for it in items:
        if it.get("page"):
            continue
        c = nz(it.get("_ctx") or it.get(key))
        hits = [i + 1 for i, t in enumerate(texts) if c in t]
        if len(hits) != 1:
            errs.append(f"locate {hits}: {it.get('_ctx') or it.get(key)!r}")
            continue
        it["page"] = hits[0]
    return errs


def check(doc_gold: dict, texts: list[str]) -> list[str]:
    errs = []
    for f in doc_gold["facts"]:
        p = f["page"]
        if not p or nz(f["raw"]) not in texts[p - 1]:
            errs.append(f"fact raw not on page {p}: {f['raw']!r} ({f['debt']}, {f['metric']})")
        if f["basis"] == "interim" and not f["as_of"]:
            errs.append(f"interim without as_of: {f['raw']}")
    for it in doc_gold["initiatives"]:
        p = it["page"]
        if not p or nz(it["text"]) not in texts[p - 1]:
            errs.append(f"initiative text not on page {p}: {it['text'][:40]!r}")
    m = doc_gold.get("minutes")
    if m:
        for s in m["statements"]:
            p = s.get("page")
            if p and nz(s["text"])[:30] not in texts[p - 1]:
                errs.append(f"statement start not on page {p}: {s['text'][:30]!r}")
    return errs


def write_gold(stem: str, pdf: Path, document: dict, facts, initiatives, minutes=None) -> dict:
    texts = page_texts(pdf)
    errs = locate(facts, texts, "raw") + locate(initiatives, texts, "text")
    if minutes:
        errs += locate(minutes["statements"], texts, "text")
    for f in facts:
        f.pop("_ctx", None)
    for it in initiatives:
        it.pop("_ctx", None)
    if minutes:
        for s in minutes["statements"]:
            s.pop("_ctx", None)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    errs += check(gold, texts)
    out = ROOT / "gold" / f"{stem}.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={size // 1024}KB errors={len(errs)}")
    for e in errs:
        print("  ERR", e)
    return gold


def rate(c, a, nd=2):
    """収納率 as printed: collected / assessed, rounded half up to nd places."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(c) * 100 / Decimal(a)).quantize(q, rounding=ROUND_HALF_UP))


def comma(n: int) -> str:
    s = f"{abs(n):,}"
    return ("△" + s) if n < 0 else s
