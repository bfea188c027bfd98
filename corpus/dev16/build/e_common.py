"""Shared helpers for the e_* dev16 builders: number formatting, fact records, gold writing, checks."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import fitz

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    return s.translate(ZEN)


def rate(num: int, den: int, nd: int = 2) -> float:
    q = Decimal(num) * 100 / Decimal(den)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def fmt_rate(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def comma(n: int) -> str:
    s = f"{abs(n):,}"
    return ("△" + s) if n < 0 else s


def oku_man(yen: int) -> str:
    """Approximate text like 21億4,800万円 (yen rounded to 10万 already)."""
    oku, rest = divmod(yen, 100_000_000)
    man = rest // 10_000
    s = ""
    if oku:
        s += f"{oku}億"
    if man:
        s += f"{man:,}万"
    return s + "円"


def F(debt, fy, fyraw, seg, metric, basis, value, unit, raw, page, *, approx=False, as_of=None, debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "fiscal_year_raw": fyraw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def I(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def soffice(src: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
                   check=True, capture_output=True, timeout=240)
    return OUT / (src.stem + ".pdf")


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def write_gold(stem: str, pdf_path: Path, document: dict, facts, initiatives, minutes=None):
    data = pdf_path.read_bytes()
    doc = fitz.open(pdf_path)
    gold = {"schema_version": "1",
            "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    check(stem)
    return gold


def check(stem: str):
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf_path = PDF / gold["source"]["file"]
    doc = fitz.open(pdf_path)
    texts = [norm(p.get_text()) for p in doc]
    bad = []
    for f in gold["facts"]:
        if norm(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"], f["metric"]))
    for it in gold["initiatives"]:
        if norm(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:40]))
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if norm(s["text"]) not in texts[s["page"] - 1]:
                bad.append(("stmt", s["page"], s["text"][:40]))
    size = pdf_path.stat().st_size
    print(f"{stem}: pages={doc.page_count} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"statements={len(m['statements']) if m else 0} size={size // 1024}KB bad={len(bad)}")
    for b in bad:
        print("   BAD", b)
    assert size < 1_000_000
    return not bad
