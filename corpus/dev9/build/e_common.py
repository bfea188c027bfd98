"""Common helpers for the e_* builders of dev9 (PDF conversion, facts, page assignment, gold writing)."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PDF_DIR = HERE.parent / "pdf"
GOLD_DIR = HERE.parent / "gold"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    """Half-width digits -> full-width (as many Word documents print them)."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def rate(c: int, a: int, nd: int = 1) -> float:
    """収納率 = 収入済額 ÷ 調定額, rounded half-up to nd decimals."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(c) * 100 / Decimal(a)).quantize(q, rounding=ROUND_HALF_UP))


def fmt_rate(r: float, nd: int = 1) -> str:
    return f"{r:.{nd}f}"


def oku_man(yen: int) -> str:
    """1,248,000,000 -> '12億4,800万円' (value must be a multiple of 10,000)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, approx=False, as_of=None,
         debt_raw="same", area=None, hint=None):
    return {"debt": debt, "debt_raw": debt if debt_raw == "same" else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": None, "area": area, "_hint": hint}


def init(debt, fy, section, label, text, status, hint=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": None, "_hint": hint}


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_e9_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as doc:
        return [nows(p.get_text()) for p in doc]


def assign_pages(pdf: Path, items: list[dict], key: str) -> None:
    """Give each item the page of the first occurrence of its text at/after a moving cursor
    (items are registered in reading order).  An item may carry `_hint`: a string that must
    occur earlier on the same or an earlier page; the cursor is then moved to that hint first."""
    pages = page_texts(pdf)
    flat = ""
    starts = []
    for t in pages:
        starts.append(len(flat))
        flat += t + "\x00"

    def page_of(pos):
        p = 0
        for i, s in enumerate(starts):
            if s <= pos:
                p = i
        return p + 1

    cur = 0
    for it in items:
        needle = nows(it[key])
        if it.get("_hint"):
            h = flat.find(nows(it["_hint"]), 0 if it.get("_hint_from_start") else cur)
            if h < 0:
                h = flat.find(nows(it["_hint"]))
            if h < 0:
                raise SystemExit(f"hint not found: {it['_hint']}")
            cur = max(cur, h) if not it.get("_hint_reset") else h
        pos = flat.find(needle, cur)
        if pos < 0:
            raise SystemExit(f"not found after cursor: {it[key]!r} (hint {it.get('_hint')})")
        it["page"] = page_of(pos)
        cur = pos + len(needle)


def check(pdf: Path, facts, inits) -> None:
    pages = page_texts(pdf)
    bad = 0
    for f in facts:
        if nows(f["raw"]) not in pages[f["page"] - 1]:
            print("FACT NOT ON PAGE", f); bad += 1
    for i in inits:
        if nows(i["text"]) not in pages[i["page"] - 1]:
            print("INIT NOT ON PAGE", i); bad += 1
    if bad:
        raise SystemExit(f"{bad} check failures")


def write_gold(stem: str, pdf: Path, document: dict, facts, inits, minutes=None) -> dict:
    for x in list(facts) + list(inits):
        x.pop("_hint", None)
    with fitz.open(pdf) as doc:
        n = doc.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
            "document": document, "facts": facts, "initiatives": inits, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{stem}: pages={n} facts={len(facts)} initiatives={len(inits)} size={pdf.stat().st_size}")
    return gold
