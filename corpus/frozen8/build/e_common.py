"""Shared helpers for the e_* builders of frozen8: fact records, LibreOffice conversion, gold writing and checks.

The gold is written from the same data the builders print. Pages are either fixed by the builder (one sheet per
page) or located after rendering through a locator string printed next to the figure (a layout step, not
extraction). Every gold raw / initiative text is then checked against the page text.
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
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

Z = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    return str(s).translate(Z)


def yen(n: int) -> str:
    return f"{n:,}" if n >= 0 else f"△{-n:,}"


def rate(num: int, den: int, nd: int = 2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


def pct(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def sen(n_yen: int) -> int:
    """Round yen to thousand-yen units (half up)."""
    return int((Decimal(n_yen) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


class Facts:
    def __init__(self):
        self.items: list[dict] = []

    def add(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, loc=None, *,
            approx=False, as_of=None, area=None, debt_raw=None):
        self.items.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area, "_loc": loc,
        })


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_e8_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [ws(p.get_text()) for p in d]


def resolve(items: list[dict], texts: list[str], what: str) -> list[str]:
    errs = []
    for it in items:
        loc = it.pop("_loc", None)
        if it.get("page") is None:
            hits = [i + 1 for i, t in enumerate(texts) if ws(loc) in t]
            if len(hits) != 1:
                errs.append(f"{what}: locator {loc!r} on pages {hits}")
                continue
            it["page"] = hits[0]
    return errs


def finish(stem: str, document: dict, facts: Facts, initiatives: list[dict], minutes: dict | None = None):
    pdf = PDF / f"{stem}.pdf"
    texts = page_texts(pdf)
    errs = resolve(facts.items, texts, "fact") + resolve(initiatives, texts, "initiative")
    if minutes:
        for st in minutes["statements"]:
            loc = st.pop("_loc", None)
            if st.get("page") is None:
                hits = [i + 1 for i, t in enumerate(texts) if ws(loc) in t]
                st["page"] = hits[0] if hits else None
    for f in facts.items:
        p = f["page"]
        if p is None or ws(f["raw"]) not in texts[p - 1]:
            errs.append(f"fact raw {f['raw']!r} not on page {p} ({f['debt']} {f['metric']} {f['fiscal_year']})")
    for it in initiatives:
        p = it["page"]
        if p is None or ws(it["text"]) not in texts[p - 1]:
            errs.append(f"initiative text not on page {p}: {it['text'][:30]}")
    if minutes:
        for st in minutes["statements"]:
            p = st.get("page")
            if p is None or ws(st["text"]) not in texts[p - 1]:
                # a statement may run over a page break: check against the joined text
                if ws(st["text"]) not in "".join(texts):
                    errs.append(f"statement text not found: {st['text'][:30]}")
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": sha, "pages": len(texts)},
        "document": document,
        "facts": facts.items,
        "initiatives": initiatives,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(facts.items)} initiatives={len(initiatives)} "
          f"size={size // 1024}KB errors={len(errs)}")
    for e in errs:
        print("  ERR", e)
    return len(errs) == 0
