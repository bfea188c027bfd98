"""Shared helpers for the k_ builders of frozen26: gold facts, LibreOffice conversion, checks."""
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

Z = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def zen(s: str) -> str:
    return s.translate(Z)


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, approx=False, as_of=None,
         debt_raw="same", area=None):
    if debt_raw == "same":
        debt_raw = debt
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
            "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def init(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_k26_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as d:
        return [norm(p.get_text()) for p in d]


def find_page(texts, *needles, start=1) -> int:
    """1-based page holding all needles (first from `start`)."""
    for i in range(start - 1, len(texts)):
        if all(norm(n) in texts[i] for n in needles):
            return i + 1
    raise KeyError(needles)


def write_gold(stem, pdf: Path, document: dict, facts, initiatives, minutes=None):
    with fitz.open(pdf) as d:
        n = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def check(stem) -> tuple[int, int, int, list[str]]:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF / gold["source"]["file"]
    texts = page_texts(pdf)
    errs = []
    if hashlib.sha256(pdf.read_bytes()).hexdigest() != gold["source"]["sha256"]:
        errs.append("sha256")
    if pdf.stat().st_size > 1_000_000:
        errs.append("pdf too large")
    for f in gold["facts"]:
        if norm(f["raw"]) not in texts[f["page"] - 1]:
            errs.append(f"fact p{f['page']} {f['raw']!r} {f['debt']} {f['metric']}")
    for it in gold["initiatives"]:
        if norm(it["text"]) not in texts[it["page"] - 1]:
            errs.append(f"init p{it['page']} {it['text'][:30]!r}")
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            if norm(s["text"]) not in texts[s["page"] - 1]:
                errs.append(f"stmt p{s['page']} {s['text'][:30]!r}")
    return len(texts), len(gold["facts"]), len(gold["initiatives"]), errs


def rate(c, a, nd=2):
    """collection rate rounded half up to nd decimals."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(c) * 100 / Decimal(a)).quantize(q, rounding=ROUND_HALF_UP))


def fmt_rate(v, nd=2):
    return f"{v:.{nd}f}"


def yen(v):
    return f"{v:,}"
