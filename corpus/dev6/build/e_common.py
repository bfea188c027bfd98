"""dev6 (helper e) shared helpers: number formats, gold records, LibreOffice conversion, gold writing and checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

_ZEN = str.maketrans("0123456789.,%()", "０１２３４５６７８９．，％（）")


def zen(s) -> str:
    """half-width digits etc. -> full-width"""
    return str(s).translate(_ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567'; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def rate(a: int, b: int, nd: int = 2) -> float:
    """a / b * 100 rounded half-up to nd decimals."""
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP))


def fmt(v: float, nd: int = 2) -> str:
    return ("△" if v < 0 else "") + f"{abs(v):.{nd}f}"


def oku_man(yen: int) -> str:
    """yen (multiple of 10,000) -> '26億3,600万円'"""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


def round_man(yen: int, unit: int = 100) -> int:
    """round yen to `unit` 万円 (half-up) and return yen"""
    step = unit * 10000
    return int((Decimal(yen) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * step


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, approx=False, as_of=None,
      debt_raw="same", area=None):
    return {"debt": debt, "debt_raw": debt if debt_raw == "same" else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def I(debt, fy, section, label, text, status, page):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_dev6e_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def norm(s) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s or "")))


def raw_norm(s) -> str:
    """whitespace removed only (no NFKC): raw must occur as printed"""
    return re.sub(r"\s+", "", str(s or ""))


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [raw_norm(p.get_text()) for p in d]


def locate(pdf: Path, snippet: str) -> int:
    """1-based page where the snippet (whitespace removed) occurs; first match."""
    s = raw_norm(snippet)
    for i, t in enumerate(page_texts(pdf), 1):
        if s in t:
            return i
    raise ValueError(f"{pdf.name}: snippet not found: {snippet[:40]}")


def check(pdf: Path, gold: dict) -> list[str]:
    texts = page_texts(pdf)
    errs = []
    for f in gold["facts"]:
        p = f["page"]
        if raw_norm(f["raw"]) not in texts[p - 1]:
            errs.append(f"fact raw not on page {p}: {f['raw']} ({f['debt_raw']} {f['metric']})")
    cnt = Counter((f["page"], raw_norm(f["raw"])) for f in gold["facts"])
    for (p, r), n in cnt.items():
        have = texts[p - 1].count(r)
        if have < n:
            errs.append(f"page {p}: {n} gold facts with raw {r} but {have} printed")
    for it in gold["initiatives"]:
        if raw_norm(it["text"]) not in texts[it["page"] - 1]:
            errs.append(f"initiative text not on page {it['page']}: {it['text'][:30]}")
    m = gold.get("minutes")
    if m:
        allt = "".join(texts)
        for s in m["statements"]:
            if raw_norm(s["text"]) not in allt:
                errs.append(f"statement not found: {s['text'][:30]}")
    for f in gold["facts"]:
        if f["metric"] == "collection_rate" and f["unit"] != "percent":
            errs.append(f"rate unit {f}")
        if f["basis"] == "interim" and not f["as_of"]:
            errs.append(f"interim without as_of {f}")
    return errs


def write_gold(stem: str, pdf: Path, document: dict, facts, initiatives, minutes=None) -> dict:
    with pymupdf.open(pdf) as d:
        n = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    errs = check(pdf, gold)
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = pdf.stat().st_size
    print(f"{stem}: pages={n} facts={len(facts)} initiatives={len(initiatives)} size={size//1024}KB"
          + (f" minutes statements={len(minutes['statements'])}" if minutes else ""))
    for e in errs:
        print("  CHECK:", e)
    if size > 1_000_000:
        print("  CHECK: PDF over 1 MB")
    return gold
