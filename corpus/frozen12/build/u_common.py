"""Shared helpers for the u_ builders of frozen12: number formatting, gold records, page resolution, checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def rate(num: int, den: int, nd: int = 2) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return (Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP)


def comma(n: int) -> str:
    if n < 0:
        return "△" + f"{-n:,}"
    return f"{n:,}"


def era_raw(fy: int, style: str = "令和") -> str:
    r = fy - 2018
    if style == "令和":
        return f"令和{r}年度" if r > 1 else "令和元年度"
    if style == "R":
        return f"R{r}"
    return f"{r}年度"


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, as_of=None,
         approx=False, debt_raw="same", anchors=None):
    return {
        "debt": debt,
        "debt_raw": debt if debt_raw == "same" else debt_raw,
        "fiscal_year": fy,
        "fiscal_year_raw": fy_raw,
        "segment": seg,
        "metric": metric,
        "basis": basis,
        "as_of": as_of,
        "value": value,
        "unit": unit,
        "approx": approx,
        "raw": raw,
        "page": page,
        "area": None,
        "_anchors": anchors or [],
    }


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as doc:
        return [norm(p.get_text()) for p in doc]


def resolve_pages(pdf: Path, items: list[dict], textkey: str = "raw") -> None:
    """Set `page` of items whose page is None: the one page holding all anchors and the text."""
    texts = page_texts(pdf)
    for it in items:
        if it.get("page"):
            continue
        need = [norm(a) for a in it.get("_anchors", [])] + [norm(it[textkey])]
        hits = [i + 1 for i, t in enumerate(texts) if all(n in t for n in need)]
        if len(hits) != 1:
            raise RuntimeError(f"page not unique for {it.get('debt')} {it[textkey]!r} anchors={it.get('_anchors')}: {hits}")
        it["page"] = hits[0]


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_u_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def write_gold(stem: str, pdf: Path, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    with fitz.open(pdf) as doc:
        n = doc.page_count
    for f in facts:
        f.pop("_anchors", None)
    for it in initiatives:
        it.pop("_anchors", None)
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
        "document": document,
        "facts": facts,
        "initiatives": initiatives,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def check(stem: str) -> tuple[int, int, int]:
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF_DIR / gold["source"]["file"]
    texts = page_texts(pdf)
    assert gold["source"]["pages"] == len(texts)
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == gold["source"]["sha256"]
    bad = []
    for f in gold["facts"]:
        if norm(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"]))
    for it in gold["initiatives"]:
        if norm(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("initiative", it["page"], it["text"][:30]))
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            if norm(s["text"]) not in texts[s["page"] - 1]:
                bad.append(("statement", s["page"], s["text"][:30]))
    size = pdf.stat().st_size
    if size > 1_000_000:
        bad.append(("size", size, ""))
    if bad:
        for b in bad:
            print("  CHECK FAIL", stem, b)
        raise SystemExit(1)
    print(f"{stem}: pages={len(texts)} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size} OK")
    return len(texts), len(gold["facts"]), len(gold["initiatives"])
