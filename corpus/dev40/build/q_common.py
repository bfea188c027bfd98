"""Shared helpers for helper q's dev40 builders (gold writing, page location, checks)."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

import fitz  # PyMuPDF

ROOT = Path(__file__).resolve().parents[1]          # corpus/dev40
WORK = Path("/tmp/q_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    """Half-width digits/punctuation -> full-width (as many offices print)."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{abs(n):,}" if n >= 0 else "△" + f"{abs(n):,}"


def rate(col: int, ass: int, nd: int = 1) -> float:
    return round(col / ass * 100 + 1e-9, nd)


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s or "")))


def nows(s: str) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def F(debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, *, as_of=None,
      approx=False, page=None, anchor=None, area=None):
    """One gold fact; `page` is a hint, `anchor` a unique string on the same page."""
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area, "_anchor": anchor}


def page_texts(pdf: Path) -> list[str]:
    doc = fitz.open(pdf)
    return [nows(p.get_text()) for p in doc]


def locate(items: list[dict], texts: list[str], textkey: str) -> None:
    """Fill in item['page'] from a unique anchor (or the text itself) when not fixed."""
    for it in items:
        anchor = it.pop("_anchor", None) or it.get(textkey)
        a = nows(anchor)
        hits = [i + 1 for i, t in enumerate(texts) if a and a in t]
        if it.get("page") is None:
            if len(hits) != 1:
                raise SystemExit(f"cannot place {textkey}={it.get(textkey)!r} anchor={anchor!r}: pages {hits}")
            it["page"] = hits[0]


def check(gold: dict, pdf: Path) -> None:
    texts = page_texts(pdf)
    bad = []
    for f in gold["facts"]:
        if nows(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f.get("debt_raw")))
    for i in gold["initiatives"]:
        if nows(i["text"]) not in texts[i["page"] - 1]:
            bad.append(("initiative", i["page"], i["text"][:40]))
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            if nows(s["text"]) not in texts[s["page"] - 1]:
                bad.append(("statement", s["page"], s["text"][:40]))
    if bad:
        for b in bad:
            print("MISSING", b)
        raise SystemExit(f"{len(bad)} gold texts not found in {pdf.name}")


def write_gold(stem: str, pdf: Path, document: dict, facts: list, initiatives: list,
               minutes=None, tables=None, warnings=None) -> dict:
    texts = page_texts(pdf)
    locate(facts, texts, "raw")
    locate(initiatives, texts, "text")
    if minutes:
        locate(minutes["statements"], texts, "text")
    for f in facts:
        f.pop("_anchor", None)
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                   "pages": len(texts)},
        "document": document,
        "facts": facts,
        "initiatives": initiatives,
        "minutes": minutes,
        "tables": tables or [],
        "warnings": warnings or [],
    }
    check(gold, pdf)
    out = ROOT / "gold" / f"{stem}.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{stem}: {len(texts)} pages, {len(facts)} facts, {len(initiatives)} initiatives"
          + (f", {len(minutes['statements'])} statements" if minutes else ""))
    return gold


def soffice_pdf(src: Path, outdir: Path = WORK) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    return outdir / (src.stem + ".pdf")
