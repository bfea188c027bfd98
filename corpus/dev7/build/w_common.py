"""Shared helpers for the w_* builders of corpus/dev7 (helper w).

Facts and initiatives are generated from the same data the builders print; `check` then verifies against the
PDF text (PyMuPDF get_text, whitespace removed) that every fact raw, initiative text and minutes statement
occurs on its page, and that no page holds more facts with one raw than that raw occurs there.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s) -> str:
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567'; negative with △."""
    return ("△" + f"{-n:,}") if n < 0 else f"{n:,}"


def rate(num: int, den: int, nd: int = 2) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return (Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP)


def rnd(n: int, unit: int) -> int:
    """round half up to a multiple of unit"""
    return int((Decimal(n) / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * unit


def okuman(n: int) -> str:
    """1234000000 -> '12億3,400万円' (n must be a multiple of 10,000)."""
    man = n // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, approx=False, as_of=None,
         debt_raw="__same__", area=None):
    if debt_raw == "__same__":
        debt_raw = debt
    if isinstance(value, Decimal):
        value = float(value)
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
            "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def init(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def soffice_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_w7_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def write_gold(stem, kind, municipality, title, date, date_raw, facts, initiatives, minutes=None):
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    with pymupdf.open(pdf) as d:
        n = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": {"kind": kind, "municipality": municipality, "title": title, "date": date,
                         "date_raw": date_raw},
            "facts": facts, "initiatives": initiatives, "minutes": minutes, "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def check(stem) -> tuple[int, int, int, int]:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF / f"{stem}.pdf"
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == gold["source"]["sha256"], "sha256"
    assert pdf.stat().st_size < 1_000_000, "pdf too large"
    texts = page_texts(pdf)
    errs = []
    per = Counter()
    for f in gold["facts"]:
        p = f["page"]
        raw = squash(f["raw"])
        if not (1 <= p <= len(texts)) or raw not in texts[p - 1]:
            errs.append(f"fact raw {f['raw']!r} not on page {p} ({f['debt']} {f['metric']} {f['fiscal_year']})")
        per[(p, raw)] += 1
        assert f["segment"] in ("current", "arrears", "total")
        assert f["basis"] in ("actual", "target", "estimate", "interim")
        assert (f["basis"] == "interim") == bool(f["as_of"]), f
    for (p, raw), k in per.items():
        if 1 <= p <= len(texts) and texts[p - 1].count(raw) < k:
            errs.append(f"page {p}: {k} facts with raw {raw!r} but {texts[p - 1].count(raw)} occurrences")
    for i in gold["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            errs.append(f"initiative not on page {i['page']}: {i['text'][:40]}")
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if squash(s["text"]) not in texts[s["page"] - 1]:
                errs.append(f"statement not on page {s['page']}: {s['speaker']} {s['text'][:40]}")
    if errs:
        raise SystemExit(f"{stem}: {len(errs)} problems\n" + "\n".join(errs[:40]))
    return len(texts), len(gold["facts"]), len(gold["initiatives"]), len((m or {}).get("statements") or [])
