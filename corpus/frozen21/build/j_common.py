"""Shared helpers for the j_ builders of corpus/frozen21: number formatting, gold records, checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567' ; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def rate(num: int, den: int, nd: int = 2) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return (Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP)


def rnd(x, unit: int, nd: int = 0) -> Decimal:
    """Round yen amount x to the unit (1000 for 千円), with nd decimals."""
    q = Decimal(1).scaleb(-nd)
    return (Decimal(x) / unit).quantize(q, rounding=ROUND_HALF_UP)


class Gold:
    def __init__(self, stem, kind, municipality, title, date, date_raw, family):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None,
             approx=False, area=None, debt_raw=None):
        if isinstance(value, Decimal):
            value = float(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg,
                           "metric": metric, "basis": basis, "as_of": as_of, "value": value,
                           "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area,
                           "bbox": None, "table": None})

    def init(self, debt, fy, section, label, text, status, page, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "section": section, "label": label, "text": text,
                           "status": status, "page": page})

    def write(self, pdf_path: Path):
        data = pdf_path.read_bytes()
        n = len(fitz.open(pdf_path))
        out = {"schema_version": "1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD.mkdir(parents=True, exist_ok=True)
        (GOLD / f"{self.stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf_path: Path) -> list[str]:
    return [squash(p.get_text()) for p in fitz.open(pdf_path)]


def locate(gold: Gold, pdf_path: Path):
    """Facts/initiatives recorded with page=None get the page by sequential search in record order
    (a table flowing over a page break): the cursor only moves forward."""
    texts = page_texts(pdf_path)
    cur_p, cur_off = 0, 0
    for f in gold.facts + gold.inits:
        key = "raw" if "raw" in f else "text"
        if f["page"] is not None:
            continue
        start = f.pop("_from", None)
        if start and start - 1 > cur_p:
            cur_p, cur_off = start - 1, 0
        needle = squash(f[key])
        p, off = cur_p, cur_off
        while p < len(texts):
            i = texts[p].find(needle, off)
            if i >= 0:
                f["page"] = p + 1
                cur_p, cur_off = p, i + len(needle)
                break
            p, off = p + 1, 0
        else:
            raise SystemExit(f"{gold.stem}: cannot locate {needle!r}")


def check(stem: str) -> tuple[int, int, int, int]:
    g = json.loads((GOLD / f"{stem}.json").read_text())
    pdf_path = PDF / g["source"]["file"]
    texts = page_texts(pdf_path)
    bad = 0
    for f in g["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            print("  FACT MISSING", stem, f["page"], f["raw"]); bad += 1
    for it in g["initiatives"]:
        if squash(it["text"]) not in texts[it["page"] - 1]:
            print("  INIT MISSING", stem, it["page"], it["text"][:40]); bad += 1
    m = g.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if squash(s["text"]) not in alltext:
                print("  STATEMENT MISSING", s["text"][:40]); bad += 1
    size = pdf_path.stat().st_size
    assert size < 1_000_000, (stem, size)
    return len(texts), len(g["facts"]), len(g["initiatives"]), bad


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
