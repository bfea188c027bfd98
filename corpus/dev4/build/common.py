"""dev4 shared helpers: fact records, number formats, LibreOffice conversion, gold writing and checking."""
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
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567'; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def r2(a: int, b: int, nd: int = 2) -> float:
    return round(a / b * 100 + 1e-12, nd)


def pct(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def oku_man(yen: int) -> str:
    """yen (multiple of 10,000) -> '26億3,600万円'"""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, approx=False, as_of=None, debt_raw="same"):
    return {"debt": debt, "debt_raw": debt if debt_raw == "same" else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": None}


def I(debt, fy, section, label, text, status, page):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_dev4_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def despace(s: str) -> str:
    return re.sub(r"\s+", "", s)


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    pdf = PDF / f"{stem}.pdf"
    doc = pymupdf.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def check(stem: str) -> tuple[int, int, int, list]:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = pymupdf.open(PDF / f"{stem}.pdf")
    texts = [despace(p.get_text()) for p in doc]
    errs = []
    for f in gold["facts"]:
        if not (1 <= f["page"] <= len(texts)) or despace(f["raw"]) not in texts[f["page"] - 1]:
            errs.append(("fact", f["page"], f["raw"], f.get("debt_raw"), f["metric"]))
    for i in gold["initiatives"]:
        if despace(i["text"]) not in texts[i["page"] - 1]:
            errs.append(("init", i["page"], i["text"][:40]))
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if despace(s["text"]) not in texts[s["page"] - 1]:
                errs.append(("stmt", s["page"], s["text"][:40]))
    # raw counts per page: every occurrence in gold should not exceed occurrences on page
    from collections import Counter
    cnt = Counter((f["page"], despace(f["raw"])) for f in gold["facts"])
    for (pg, raw), n in cnt.items():
        k = texts[pg - 1].count(raw)
        if k < n:
            errs.append(("count", pg, raw, n, k))
    return doc.page_count, len(gold["facts"]), len(gold["initiatives"]), errs


def report(stem: str):
    pages, nf, ni, errs = check(stem)
    print(f"{stem}: pages={pages} facts={nf} initiatives={ni} errors={len(errs)}")
    for e in errs[:30]:
        print("   ", e)
    return not errs
