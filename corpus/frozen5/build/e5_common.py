"""Shared helpers for the e_* builders of corpus/frozen5: gold records, page finding, checks.

Gold is produced from the same data the builders print from; the page of each fact/initiative is
found by looking for an anchor (a unique label printed next to it) in the built PDF, and every
fact's raw text / initiative text is then checked on its page.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import pymupdf as fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s) -> str:
    """half-width digits/punctuation -> full-width"""
    return str(s).translate(ZEN)


def yen(n: int) -> str:
    return f"{n:,}"


def tri(n: int) -> str:
    """△-notation for negatives"""
    return f"△{abs(n):,}" if n < 0 else f"{n:,}"


def rnd(c, a, nd=1) -> float:
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(c) * 100 / Decimal(a)).quantize(q, rounding=ROUND_HALF_UP))


def fmt_rate(v: float, nd=1) -> str:
    return f"{v:.{nd}f}"


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, anchor=None, page=None, as_of=None,
      approx=False, debt_raw="same", area=None):
    return {"debt": debt, "debt_raw": debt if debt_raw == "same" else debt_raw, "fiscal_year": fy,
            "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area,
            "_anchor": anchor}


def I(debt, fy, section, label, text, status, *, anchor=None, page=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page, "_anchor": anchor}


def office_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("soffice missing")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_e5_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def _find(texts, needles):
    return [i + 1 for i, t in enumerate(texts) if all(n in t for n in needles)]


def resolve(items: list, texts: list[str], key: str):
    """page = explicit page, else the single page that holds all anchors (and the item's own text)."""
    for it in items:
        if it.get("page"):
            continue
        a = it.get("_anchor")
        needles = [squash(x) for x in ([a] if isinstance(a, str) else (a or []))] + [squash(it[key])]
        hits = _find(texts, needles)
        if len(hits) != 1:
            raise SystemExit(f"anchor {needles!r} on pages {hits}")
        it["page"] = hits[0]


def check(pdf: Path, gold: dict) -> list[str]:
    texts = page_texts(pdf)
    bad = []
    for f in gold["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(f"fact raw {f['raw']!r} not on page {f['page']}")
        if (f["basis"] == "interim") != bool(f["as_of"]):
            bad.append(f"interim/as_of mismatch {f['raw']}")
    for i in gold["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            bad.append(f"initiative text not on page {i['page']}: {i['text'][:40]}")
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            if squash(s["text"])[:30] not in "".join(texts):
                bad.append(f"statement not found: {s['text'][:30]}")
    return bad


def write_gold(stem: str, pdf: Path, document: dict, facts: list, inits: list, minutes=None) -> dict:
    texts = page_texts(pdf)
    resolve(facts, texts, "raw")
    resolve(inits, texts, "text")
    for x in facts + inits:
        x.pop("_anchor", None)
    with fitz.open(pdf) as d:
        n = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
            "document": document, "facts": facts, "initiatives": inits, "minutes": minutes,
            "tables": [], "warnings": []}
    bad = check(pdf, gold)
    if bad:
        raise SystemExit("CHECK FAILED\n" + "\n".join(bad))
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{stem}: {n} pages, {len(facts)} facts, {len(inits)} initiatives, {pdf.stat().st_size // 1024} KB")
    return gold
