"""Shared helpers for the f_* builders of dev36: figures, facts, gold writing and the page-text check."""
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

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    """Half-width digits and signs to full width (as many offices type them)."""
    return s.translate(ZEN)


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    return round(collected / assessed * 100 + 1e-12, nd)


def fmt(n: int | float, nd: int = 0) -> str:
    if nd:
        return f"{n:,.{nd}f}"
    return f"{int(n):,}"


def tri(n: int) -> str:
    """Difference with △ for minus."""
    return ("△" + fmt(-n)) if n < 0 else fmt(n)


def fact(debt, fy, seg, metric, basis, value, unit, raw, page=None, *, debt_raw="same", fy_raw=None,
         as_of=None, approx=False, area=None, anchor=None):
    d = {"debt": debt, "debt_raw": debt if debt_raw == "same" else debt_raw,
         "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis,
         "as_of": as_of, "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
         "area": area}
    if anchor:
        d["_anchor"] = anchor
    return d


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_f_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True,
                       timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as doc:
        return [squash(p.get_text()) for p in doc]


def locate(facts: list, inits: list, texts: list[str]) -> None:
    """Fill in the page of facts/initiatives that have none: the one page whose text holds the anchor
    (or raw).  Raises when that page is not unique."""
    for f in facts + inits:
        if f.get("page"):
            continue
        key = squash(f.pop("_anchor", None) or f.get("raw") or f.get("text"))
        pages = [i + 1 for i, t in enumerate(texts) if key in t]
        if len(pages) != 1:
            raise SystemExit(f"cannot place {key!r}: pages {pages}")
        f["page"] = pages[0]
    for f in facts:
        f.pop("_anchor", None)


def check(pdf: Path, facts: list, inits: list, minutes: dict | None = None) -> list[str]:
    texts = page_texts(pdf)
    bad = []
    for f in facts:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(f"fact p{f['page']} {f['raw']!r}")
    for it in inits:
        if squash(it["text"]) not in texts[it["page"] - 1]:
            bad.append(f"init p{it['page']} {it['text'][:30]!r}")
    if minutes:
        for s in minutes["statements"]:
            if squash(s["text"]) not in texts[s["page"] - 1]:
                bad.append(f"stmt p{s['page']} {s['text'][:30]!r}")
    return bad


def write_gold(stem: str, pdf: Path, document: dict, facts: list, inits: list, minutes=None) -> dict:
    with fitz.open(pdf) as doc:
        n = doc.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
            "document": document, "facts": facts, "initiatives": inits, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    bad = check(pdf, facts, inits, minutes)
    print(f"{stem}: pages={n} facts={len(facts)} initiatives={len(inits)} size={pdf.stat().st_size} "
          f"check={'OK' if not bad else 'FAIL'}")
    for b in bad:
        print("  ", b)
    return gold


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)
