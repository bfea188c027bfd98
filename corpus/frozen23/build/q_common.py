"""Shared helpers for the q_ builders of frozen23: gold fact records, LibreOffice conversion, gold writing/checking."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, approx=False, as_of=None, area=None, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def I(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def yen_k(v):  # 千円 integer -> yen
    return int(round(v * 1000))


def comma(v, dec=0):
    return f"{v:,.{dec}f}"


Z = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def zen(s):
    return s.translate(Z)


def rate(c, a, nd=2):
    return round(c / a * 100 + 1e-12, nd)


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def nows(s):
    return re.sub(r"\s+", "", s or "")


def write_gold(stem, document, facts, initiatives=(), minutes=None):
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = pymupdf.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
            "document": document, "facts": list(facts), "initiatives": list(initiatives),
            "minutes": minutes, "tables": [], "warnings": []}
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return check(stem)


def check(stem):
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = pymupdf.open(PDF / f"{stem}.pdf")
    texts = [nows(p.get_text()) for p in doc]
    bad = []
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or nows(f["raw"]) not in texts[p - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"], f["metric"]))
    for it in gold["initiatives"]:
        p = it["page"]
        if not (1 <= p <= len(texts)) or nows(it["text"]) not in texts[p - 1]:
            bad.append(("init", it["page"], it["text"][:30]))
    m = gold.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if nows(s["text"]) not in alltext:
                bad.append(("stmt", s["speaker"], s["text"][:30]))
    size = (PDF / f"{stem}.pdf").stat().st_size
    print(f"{stem}: pages={doc.page_count} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size//1024}KB bad={len(bad)}")
    for b in bad[:40]:
        print("   BAD", b)
    return not bad and size < 1_000_000
