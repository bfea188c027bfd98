"""Shared helpers for the holdout plan/progress builders (gold writing, checks, conversion)."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

CANON = {
    "国民健康保険税": "国民健康保険料", "国保税": "国民健康保険料", "国民健康保険料": "国民健康保険料",
    "市営住宅使用料": "市営住宅使用料", "住宅使用料": "市営住宅使用料",
    "生活保護費返還金": "生活保護費返還金", "生活保護費返還金等": "生活保護費返還金",
}


def canon(name):
    if name is None:
        return None
    return CANON.get(name, name)


def era_year(era: str, n: int) -> int:
    return {"令和": 2018, "平成": 1988}[era] + n


def fact(page, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, *, approx=False, as_of=None,
         debt="__same__", area=None):
    if debt == "__same__":
        debt = None if debt_raw in (None, "合計", "その他") or (debt_raw or "").startswith("その他") else canon(debt_raw)
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg,
            "metric": metric, "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def initiative(page, debt_raw, fy, section, label, text, status):
    return {"debt": canon(debt_raw), "debt_raw": debt_raw, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def comma(n: int) -> str:
    return f"{n:,}"


ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    return s.translate(ZEN)


def oku_man(yen: int) -> str:
    """Yen rounded to 100万円 as 約N億M,MMM万円 text (without 約)."""
    man = round(yen / 1_000_000) * 100  # in 万円
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円", man * 10000


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_holdout_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True,
                       timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def despace(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    import fitz
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = fitz.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    # checks
    texts = [despace(p.get_text()) for p in doc]
    bad = []
    for f in facts:
        p = f["page"]
        if not (1 <= p <= len(texts)) or despace(f["raw"]) not in texts[p - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt_raw"], f["metric"], f["fiscal_year"]))
    for i in initiatives:
        p = i["page"]
        if not (1 <= p <= len(texts)) or despace(i["text"]) not in texts[p - 1]:
            bad.append(("init", i["page"], i["text"][:40]))
    for f in facts:
        assert f["segment"] in ("current", "arrears", "total"), f
        assert f["basis"] in ("actual", "target", "estimate", "interim"), f
        assert (f["basis"] == "interim") == (f["as_of"] is not None), f
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{stem}: pages={doc.page_count} facts={len(facts)} initiatives={len(initiatives)} bad={len(bad)}")
    for b in bad[:40]:
        print("  BAD", b)
    return gold
