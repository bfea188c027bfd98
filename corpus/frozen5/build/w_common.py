"""Shared helpers for the w_* builders of corpus/frozen5 (gold writing and checking)."""
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

ZEN = str.maketrans("0123456789.,%()", "０１２３４５６７８９．，％（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567' (△ for minus)."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def rate(num: int, den: int) -> float:
    return round(num * 100.0 / den + 1e-9, 2)


def r2(x: float) -> str:
    return f"{x:.2f}"


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None, approx=False, debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt if debt_raw is None else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def I(debt, fy, section, label, text, status, page):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def soffice_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_w5_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [p.get_text() for p in d]


def find_page(pdf: Path, snippet: str) -> int:
    key = nows(snippet)
    for i, t in enumerate(page_texts(pdf), 1):
        if key in nows(t):
            return i
    raise ValueError(f"not found in {pdf.name}: {snippet[:40]}")


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> Path:
    pdf = PDF / f"{stem}.pdf"
    with pymupdf.open(pdf) as d:
        pages = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": pages},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    p = GOLD / f"{stem}.json"
    p.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    check(stem)
    return p


def check(stem: str) -> tuple[int, int, int]:
    g = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF / f"{stem}.pdf"
    texts = [nows(t) for t in page_texts(pdf)]
    bad = []
    for f in g["facts"]:
        if nows(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"], f["metric"]))
    for it in g["initiatives"]:
        if nows(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:30]))
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            if nows(s["text"])[:60] not in texts[s["page"] - 1] and nows(s["text"]) not in "".join(texts):
                bad.append(("stmt", s["page"], s["text"][:30]))
    size = pdf.stat().st_size
    if size > 1_000_000:
        bad.append(("size", size))
    for b in bad:
        print("  BAD", b)
    if bad:
        raise SystemExit(f"{stem}: {len(bad)} check failures")
    print(f"{stem}: pages={len(texts)} facts={len(g['facts'])} initiatives={len(g['initiatives'])} "
          f"size={size // 1024}KB OK")
    return len(texts), len(g["facts"]), len(g["initiatives"])
