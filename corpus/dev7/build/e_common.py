"""Shared helpers for helper e's dev7 builders: facts, gold JSON, checks, LibreOffice conversion."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
for d in (OUT, PDF, GOLD):
    d.mkdir(parents=True, exist_ok=True)

Z2H = str.maketrans("０１２３４５６７８９", "0123456789")
H2Z = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s) -> str:
    return str(s).translate(H2Z)


def rate(num, den, nd=2) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return (Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP)


def c(n: int) -> str:
    """comma format, △ for minus"""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, as_of=None, approx=False,
         debt_raw=None):
    if isinstance(value, Decimal):
        value = float(value)
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": None}


def init(debt, fy, section, label, text, status, page):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def norm(s) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s or "")))


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_dev7e_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as doc:
        return [p.get_text() for p in doc]


def check(stem: str, gold: dict) -> list[str]:
    pdf = PDF / f"{stem}.pdf"
    texts = [norm(t) for t in page_texts(pdf)]
    errs = []
    if gold["source"]["pages"] != len(texts):
        errs.append(f"pages {gold['source']['pages']} != {len(texts)}")
    if gold["source"]["sha256"] != hashlib.sha256(pdf.read_bytes()).hexdigest():
        errs.append("sha256 mismatch")
    counts = {}
    for f in gold["facts"]:
        p = f["page"]
        r = norm(f["raw"])
        if not (1 <= p <= len(texts)) or r not in texts[p - 1]:
            errs.append(f"fact raw not on page {p}: {f['raw']} ({f['debt']} {f['metric']} {f['fiscal_year']})")
        counts[(p, r)] = counts.get((p, r), 0) + 1
    for (p, r), n in counts.items():
        if 1 <= p <= len(texts):
            occ = texts[p - 1].count(r)
            if n > occ:
                errs.append(f"page {p}: {n} gold facts with raw {r!r} but {occ} occurrences")
    for i in gold["initiatives"]:
        if norm(i["text"]) not in texts[i["page"] - 1]:
            errs.append(f"initiative not on page {i['page']}: {i['text'][:30]}")
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if norm(s["text"]) not in texts[s["page"] - 1]:
                errs.append(f"statement not on page {s['page']}: {s['speaker']} {s['text'][:30]}")
    # rough sanity: percent facts keep 2 decimals, yen ints
    for f in gold["facts"]:
        if f["unit"] == "yen" and not isinstance(f["value"], int):
            errs.append(f"yen not int: {f}")
    return errs


def write_gold(stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str,
               facts: list, initiatives: list, minutes=None) -> dict:
    pdf = PDF / f"{stem}.pdf"
    with fitz.open(pdf) as doc:
        n = doc.page_count
    gold = {"schema_version": "1",
            "source": {"file": f"{stem}.pdf", "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": n},
            "document": {"kind": kind, "municipality": municipality, "title": title, "date": date,
                         "date_raw": date_raw},
            "facts": facts, "initiatives": initiatives, "minutes": minutes, "tables": [], "warnings": []}
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    errs = check(stem, gold)
    size = pdf.stat().st_size
    print(f"{stem}: pages={n} facts={len(facts)} initiatives={len(initiatives)} size={size//1024}KB "
          f"{'OK' if not errs else 'ERRORS'}")
    for e in errs:
        print("   ", e)
    if size > 1_000_000:
        print("    PDF too large")
    return gold
