"""Shared helpers for the v_ builders of corpus/frozen24: facts, gold writing, LibreOffice conversion, checks."""
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
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def zen(s: str) -> str:
    return s.translate(ZEN)


def comma(v: int) -> str:
    return f"{v:,}"


def tri(v: int) -> str:
    """△ for minus."""
    return ("△" + f"{-v:,}") if v < 0 else f"{v:,}"


def rate(c: int, a: int, nd: int = 1) -> float:
    from decimal import Decimal, ROUND_HALF_UP
    if a == 0:
        return 0.0
    q = Decimal(c) * 100 / Decimal(a)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None, approx=False, debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def I(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_v_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def write_gold(stem, kind, muni, title, date, date_raw, facts, inits, minutes=None):
    pdf = PDF / f"{stem}.pdf"
    import fitz
    doc = fitz.open(pdf)
    g = {"schema_version": "1",
         "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": doc.page_count},
         "document": {"kind": kind, "municipality": muni, "title": title, "date": date, "date_raw": date_raw},
         "facts": facts, "initiatives": inits, "minutes": minutes, "tables": [], "warnings": []}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return g


def _n(s):
    return re.sub(r"\s+", "", s or "")


def check(stem, verbose=True):
    import fitz
    g = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(PDF / g["source"]["file"])
    texts = [_n(p.get_text()) for p in doc]
    bad = []
    for f in g["facts"]:
        if not (1 <= f["page"] <= len(texts)) or _n(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"], f["metric"]))
    for i in g["initiatives"]:
        if not (1 <= i["page"] <= len(texts)) or _n(i["text"]) not in texts[i["page"] - 1]:
            bad.append(("init", i["page"], i["text"][:40]))
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            p = s.get("page")
            full = "".join(texts)
            if _n(s["text"]) not in full:
                bad.append(("stmt", p, s["text"][:40]))
    size = (PDF / g["source"]["file"]).stat().st_size
    if size > 1_000_000:
        bad.append(("size", size))
    if verbose:
        print(f"{stem}: pages={doc.page_count} facts={len(g['facts'])} inits={len(g['initiatives'])} size={size} bad={len(bad)}")
        for b in bad[:30]:
            print("   ", b)
    return g, bad
