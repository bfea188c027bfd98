"""Helpers shared by the dev13 w_* builders (gold written from the builders' own data).

Facts and initiatives are listed in printing order; a page of None is resolved to the page of the
next occurrence of the raw text (whitespace removed) after the previous item of the same list.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"


def ns(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def cm(n: int) -> str:
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def z(s: str) -> str:
    return s.translate(str.maketrans("0123456789,.%", "０１２３４５６７８９，．％"))


def pct(num, den, nd=2) -> float:
    q = Decimal(num) * 100 / Decimal(den)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def f2(x: float, nd=2) -> str:
    return f"{x:.{nd}f}"


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, as_of=None, approx=False,
      debt_raw="__same__", page=None):
    return {"debt": debt, "debt_raw": debt if debt_raw == "__same__" else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": None}


def I(debt, fy, section, label, text, status, page=None):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def texts_of(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [ns(p.get_text()) for p in d]


def resolve(items: list[dict], texts: list[str], key: str) -> None:
    pno, off = 0, 0
    for it in items:
        want = ns(it[key])
        if it["page"] is not None:          # fixed page: kept as given (checked later)
            continue
        while pno < len(texts):
            k = texts[pno].find(want, off)
            if k >= 0:
                it["page"] = pno + 1
                off = k + len(want)
                break
            pno, off = pno + 1, 0
        else:
            raise SystemExit(f"not found in order: {it[key]!r}")


def check(pdf: Path, gold: dict) -> list[str]:
    t = texts_of(pdf)
    errs = []
    for f in gold["facts"]:
        if ns(f["raw"]) not in t[f["page"] - 1]:
            errs.append(f"fact {f['raw']!r} not on p{f['page']}")
        if f["basis"] == "interim" and not f["as_of"]:
            errs.append(f"interim without as_of {f['raw']!r}")
    for i in gold["initiatives"]:
        if ns(i["text"]) not in t[i["page"] - 1]:
            errs.append(f"initiative {i['text'][:25]!r} not on p{i['page']}")
    return errs


def write_gold(stem, pdf: Path, document, facts, initiatives, minutes=None):
    t = texts_of(pdf)
    resolve(facts, t, "raw")
    resolve(initiatives, t, "text")
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": len(t)},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    errs = check(pdf, gold)
    if errs:
        raise SystemExit(stem + ": check failed\n  " + "\n  ".join(errs[:30]))
    size = pdf.stat().st_size
    if size > 1_000_000:
        raise SystemExit(f"{stem}: pdf too large {size}")
    GOLD_DIR.mkdir(exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                            encoding="utf-8")
    print(f"{stem}: pages={len(t)} facts={len(facts)} initiatives={len(initiatives)} bytes={size}")
    return gold


def soffice_pdf(src: Path, dest: Path, tag: str) -> Path:
    exe = shutil.which("soffice")
    if not exe:
        raise SystemExit("soffice not installed")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_w13_{tag}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=300)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / (src.stem + ".pdf"), dest)
    return dest
