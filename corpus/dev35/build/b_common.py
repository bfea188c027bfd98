"""Shared helpers for the b_ documents of dev35: fact records, gold writing and the gold check."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

SEG = {"現": "current", "滞": "arrears", "計": "total"}


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None, approx=False,
         debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def initiative(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def fmt(n: int) -> str:
    return f"{n:,}"


def zen(s: str) -> str:
    """半角 digits, comma, period, percent -> 全角."""
    return s.translate(str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）"))


def rate(c, a, nd=1):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(c) * 100 / Decimal(a)).quantize(q, ROUND_HALF_UP))


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


def _n(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def write_gold(stem, pdf_path: Path, document, facts, initiatives, minutes=None):
    data = pdf_path.read_bytes()
    doc = fitz.open(pdf_path)
    gold = {"schema_version": "1",
            "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(),
                       "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    check(stem)
    return gold


def check(stem):
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(PDF / gold["source"]["file"])
    texts = [_n(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or _n(f["raw"]) not in texts[p - 1]:
            print("FACT MISSING", stem, p, f["raw"], f["debt"], f["metric"]); bad += 1
    for it in gold["initiatives"]:
        p = it["page"]
        if not (1 <= p <= len(texts)) or _n(it["text"]) not in texts[p - 1]:
            print("INIT MISSING", stem, p, it["text"][:40]); bad += 1
    m = gold.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if _n(s["text"]) not in alltext:
                print("STMT MISSING", s["speaker"], s["text"][:30]); bad += 1
    size = (PDF / gold["source"]["file"]).stat().st_size
    print(f"{stem}: pages={doc.page_count} facts={len(gold['facts'])} "
          f"initiatives={len(gold['initiatives'])} size={size//1024}KB bad={bad}")
    assert size < 1_000_000
    return bad
