"""Shared helpers for the q_ builders of dev25: fact records, LibreOffice conversion, gold writing and checking."""
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
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, as_of=None, approx=False,
         debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def init(debt, fy, section, label, text, status, page):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def yen_k(s: str) -> int:
    """'1,234' (千円) -> yen; △ is minus."""
    neg = s.strip().startswith(("△", "▲", "-"))
    v = int(re.sub(r"[^0-9]", "", s)) * 1000
    return -v if neg else v


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_q_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None,
               expect_pages: int | None = None) -> dict:
    pdf = PDF_DIR / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = fitz.open(pdf)
    n = doc.page_count
    texts = [squash(p.get_text()) for p in doc]
    errors = []
    if expect_pages and n != expect_pages:
        errors.append(f"page count {n} != expected {expect_pages}")
    for f in facts:
        p = f["page"]
        if not (1 <= p <= n) or squash(f["raw"]) not in texts[p - 1]:
            errors.append(f"fact raw not on page {p}: {f['raw']!r} ({f['debt_raw']} {f['metric']} {f['fiscal_year']})")
    for it in initiatives:
        p = it["page"]
        if not (1 <= p <= n) or squash(it["text"]) not in texts[p - 1]:
            errors.append(f"initiative not on page {p}: {it['text'][:40]!r}")
    if minutes:
        for st in minutes["statements"]:
            p = st["page"]
            if squash(st["text"]) not in texts[p - 1]:
                errors.append(f"statement not on page {p}: {st['speaker']} {st['text'][:30]!r}")
    if len(data) > 1_000_000:
        errors.append(f"pdf too large: {len(data)}")
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{stem}: pages={n} facts={len(facts)} initiatives={len(initiatives)} "
          f"statements={len(minutes['statements']) if minutes else 0} size={len(data)}")
    if errors:
        for e in errors:
            print("  ERROR", e)
        raise SystemExit(1)
    return gold
