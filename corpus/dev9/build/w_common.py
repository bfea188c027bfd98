"""Shared helpers for the dev9 w_* builders: fact records, consistent figures, LibreOffice conversion, gold check."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import fitz  # PyMuPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PDF_DIR = HERE.parent / "pdf"
GOLD_DIR = HERE.parent / "gold"

ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s) -> str:
    """Full-width digits."""
    return str(s).translate(ZEN)


def r2(x: float, nd: int = 2) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)


def rate(collected: int, assessed: int, nd: int = 2) -> Decimal:
    return (Decimal(collected) * 100 / Decimal(assessed)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def row(assessed: int, target_rate: str, written_off: int = 0, nd: int = 2) -> dict:
    """調定額, target 収納率 → a consistent row (collected chosen so that the printed rate is target_rate)."""
    t = Decimal(target_rate)
    collected = int((Decimal(assessed) * t / 100).to_integral_value(rounding=ROUND_HALF_UP))
    for d in (0, 1, -1, 2, -2, 3, -3):
        if rate(collected + d, assessed, nd) == t:
            collected += d
            break
    assert rate(collected, assessed, nd) == t, (assessed, target_rate)
    return {"assessed": assessed, "collected": collected, "written_off": written_off,
            "outstanding": assessed - collected - written_off, "rate": t}


def c(n: int) -> str:
    """Comma number; negative numbers printed with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def oku_man(yen: int) -> str:
    """約X億Y,YYY万円 style (rounded to 万円)."""
    man = int((Decimal(yen) / 10000).to_integral_value(rounding=ROUND_HALF_UP))
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


def oku_man_value(yen: int) -> int:
    man = int((Decimal(yen) / 10000).to_integral_value(rounding=ROUND_HALF_UP))
    return man * 10000


def fact(debt, fy, fy_raw, segment, metric, basis, value, unit, raw, page, *, as_of=None, approx=False,
         debt_raw=None, area=None) -> dict:
    if isinstance(value, Decimal):
        value = float(value)
    return {"debt": debt, "debt_raw": debt if debt_raw is None else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": segment, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def initiative(debt, fy, section, label, text, status, page) -> dict:
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def soffice_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise RuntimeError("soffice not found")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_w9_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        if not out.exists():
            raise RuntimeError(f"{src}: no PDF")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def find_page(texts: list[str], *needles: str) -> int:
    """1-based page holding every needle (whitespace removed)."""
    for i, t in enumerate(texts, 1):
        if all(squash(n) in t for n in needles):
            return i
    raise AssertionError(f"no page holds {needles}")


def write_gold(stem: str, pdf: Path, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    data = pdf.read_bytes()
    with fitz.open(pdf) as d:
        n = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    check(pdf, gold)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def check(pdf: Path, gold: dict) -> None:
    texts = page_texts(pdf)
    errs = []
    assert pdf.stat().st_size < 1_000_000, f"{pdf} too large"
    assert gold["source"]["pages"] == len(texts)
    counts: dict = {}
    for f in gold["facts"]:
        p = f["page"]
        raw = squash(f["raw"])
        if not (1 <= p <= len(texts)) or raw not in texts[p - 1]:
            errs.append(f"fact raw {f['raw']!r} not on page {p} ({f['debt']} {f['fiscal_year']} {f['metric']})")
        counts[(p, raw)] = counts.get((p, raw), 0) + 1
        if f["basis"] == "interim":
            assert f["as_of"], f
        assert f["segment"] in ("current", "arrears", "total"), f
        assert f["basis"] in ("actual", "target", "estimate", "interim"), f
    for (p, raw), k in counts.items():
        if texts[p - 1].count(raw) < k:
            errs.append(f"page {p}: {k} facts with raw {raw!r} but it occurs {texts[p - 1].count(raw)} times")
    for it in gold["initiatives"]:
        if squash(it["text"]) not in texts[it["page"] - 1]:
            errs.append(f"initiative not on page {it['page']}: {it['text'][:40]}")
    m = gold.get("minutes")
    if m:
        whole = "".join(texts)
        for s in m["statements"]:
            if squash(s["text"]) not in whole:
                errs.append(f"statement not found: {s['text'][:40]}")
    if errs:
        raise AssertionError("\n".join(errs))


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)
