"""Shared helpers for the k_ builders of frozen10: fact records, PDF conversion, gold writing and checks."""
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
for d in (OUT, PDF, GOLD):
    d.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    return s.translate(ZEN)


def comma(v: int) -> str:
    """1234567 -> '1,234,567'; negative with △."""
    return ("△" if v < 0 else "") + f"{abs(v):,}"


def rate(num: int, den: int, nd: int = 2) -> float:
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(num) * 100 / Decimal(den)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def fmt_rate(r: float, nd: int = 2) -> str:
    return f"{r:.{nd}f}"


class Facts:
    def __init__(self):
        self.items: list[dict] = []
        self.inits: list[dict] = []

    def add(self, *, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
            as_of=None, approx=False, debt_raw=None, area=None):
        if debt_raw is None:
            debt_raw = debt
        self.items.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area,
        })

    def init(self, *, debt, fy, section, label, text, status, page, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_k_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        if not out.exists():
            raise RuntimeError(f"{src}: no PDF")
        shutil.copyfile(out, dest)
    return dest


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def write_gold(stem: str, document: dict, facts: Facts, minutes=None, expect_pages=None) -> dict:
    pdf = PDF / f"{stem}.pdf"
    doc = pymupdf.open(pdf)
    n = doc.page_count
    if expect_pages is not None and n != expect_pages:
        raise SystemExit(f"{stem}: {n} pages, expected {expect_pages}")
    texts = [nows(p.get_text()) for p in doc]
    bad = []
    for f in facts.items:
        p = f["page"]
        if not (1 <= p <= n) or nows(f["raw"]) not in texts[p - 1]:
            bad.append(("fact", p, f["raw"], f["debt"], f["metric"]))
    for it in facts.inits:
        p = it["page"]
        if not (1 <= p <= n) or nows(it["text"]) not in texts[p - 1]:
            bad.append(("init", p, it["text"][:40]))
    if minutes:
        for s in minutes["statements"]:
            if nows(s["text"]) not in texts[s["page"] - 1]:
                bad.append(("stmt", s["page"], s["text"][:40]))
    size = pdf.stat().st_size
    if size >= 1_000_000:
        bad.append(("size", size))
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
        "document": document,
        "facts": facts.items,
        "initiatives": facts.inits,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    status = "OK" if not bad else f"FAIL {len(bad)}"
    print(f"{stem}: pages={n} facts={len(facts.items)} initiatives={len(facts.inits)} size={size} check={status}")
    for b in bad[:30]:
        print("   ", b)
    return {"pages": n, "facts": len(facts.items), "inits": len(facts.inits), "ok": not bad}
