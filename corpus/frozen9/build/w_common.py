"""Shared helpers for the w_ builders: LibreOffice conversion, gold assembly and gold checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import fitz

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"


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


def strip(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as d:
        return [strip(p.get_text()) for p in d]


def locate(texts: list[str], ctx: str) -> int:
    """1-based page whose text holds ctx (whitespace removed); ctx must be on exactly one page."""
    c = strip(ctx)
    hits = [i + 1 for i, t in enumerate(texts) if c in t]
    if len(hits) != 1:
        raise SystemExit(f"locate: {ctx!r} found on pages {hits}")
    return hits[0]


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, approx=False, as_of=None,
      debt_raw=None, ctx=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": None, "_ctx": ctx}


def I(debt, fy, section, label, text, status, page=None, ctx=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page, "_ctx": ctx}


def finish(stem: str, pdf: Path, document: dict, facts: list, inits: list, minutes=None) -> dict:
    texts = page_texts(pdf)
    problems = []
    for x in facts + inits:
        if x["page"] is None:
            x["page"] = locate(texts, x["_ctx"] or (x.get("raw") or x.get("text")))
        x.pop("_ctx", None)
    for f in facts:
        if strip(f["raw"]) not in texts[f["page"] - 1]:
            problems.append(f"fact raw {f['raw']!r} not on page {f['page']}")
    for i in inits:
        if strip(i["text"]) not in texts[i["page"] - 1]:
            problems.append(f"initiative text {i['text'][:30]!r} not on page {i['page']}")
    if minutes:
        for s in minutes["statements"]:
            if s.get("page") is None:
                s["page"] = locate(texts, s["text"][:25])
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": inits, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    size = pdf.stat().st_size
    status = "OK" if not problems else "FAIL"
    print(f"{stem}: {status} pages={len(texts)} facts={len(facts)} initiatives={len(inits)} size={size}")
    for p in problems:
        print("  ", p)
    return gold


def man(yen: int) -> str:
    """Yen as 億/万 text: 985,600,000 -> 9億8,560万"""
    oku, rest = divmod(yen, 100_000_000)
    manv = rest // 10_000
    s = ""
    if oku:
        s += f"{oku}億"
    if manv:
        s += f"{manv:,}万"
    return s


def rate(c, a) -> float:
    from decimal import Decimal, ROUND_HALF_UP
    return float((Decimal(c) * 100 / Decimal(a)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def rate1(c, a) -> float:
    from decimal import Decimal, ROUND_HALF_UP
    return float((Decimal(c) * 100 / Decimal(a)).quantize(Decimal("0.1"), ROUND_HALF_UP))
