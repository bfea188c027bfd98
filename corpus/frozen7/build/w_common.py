"""Shared helpers for the w_ builders of corpus/frozen7: number formatting, fact recording,
LibreOffice conversion, gold writing and the gold check (raw text present on its page)."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"

ZEN = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def zen(s: str) -> str:
    return s.translate(ZEN)


def comma(n: int) -> str:
    s = f"{abs(n):,}"
    return ("△" + s) if n < 0 else s


def rate(num: int, den: int, nd: int = 2) -> float:
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


def pct(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def oku_man(yen: int) -> str:
    """1,234,560,000 -> '12億3,456万円' (rounded to 万円 by caller)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


class Facts:
    def __init__(self):
        self.items: list[dict] = []

    def add(self, *, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
            debt_raw=None, as_of=None, approx=False, area=None):
        self.items.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area})


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def write_gold(stem: str, document: dict, facts: Facts, initiatives: list, minutes=None) -> dict:
    pdf = PDF_DIR / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = pymupdf.open(pdf)
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
        "document": document,
        "facts": facts.items,
        "initiatives": initiatives,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def check(stem: str) -> bool:
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF_DIR / f"{stem}.pdf"
    doc = pymupdf.open(pdf)
    texts = [squash(p.get_text()) for p in doc]
    ok = True
    if gold["source"]["sha256"] != hashlib.sha256(pdf.read_bytes()).hexdigest():
        print(stem, "sha mismatch"); ok = False
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or squash(f["raw"]) not in texts[p - 1]:
            print(stem, "FACT not on page", p, f["raw"], f["debt"], f["metric"]); ok = False
    for i in gold["initiatives"]:
        p = i["page"]
        if not (1 <= p <= len(texts)) or squash(i["text"]) not in texts[p - 1]:
            print(stem, "INIT not on page", p, i["text"][:40]); ok = False
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            p = s.get("page")
            if p and squash(s["text"])[:30] not in texts[p - 1]:
                print(stem, "STATEMENT start not on page", p, s["text"][:30]); ok = False
    size = pdf.stat().st_size
    if size > 1_000_000:
        print(stem, "PDF too large", size); ok = False
    print(f"{stem}: pages={doc.page_count} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size} {'OK' if ok else 'FAIL'}")
    return ok
