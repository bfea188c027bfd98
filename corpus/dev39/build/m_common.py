"""Shared helpers for the m_ builders of dev39: gold recording, LibreOffice conversion, checks.

Gold is recorded from the same data the builders print from: every printed figure of the six
metrics goes through `Gold.fact`, which returns the printed string so that the builder prints
exactly what the gold holds.
"""
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
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"

ZEN = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")


def zen(s: str) -> str:
    """Half-width digits and punctuation to full-width."""
    return s.translate(ZEN)


def comma(v: float | int, dec: int = 0) -> str:
    return f"{v:,.{dec}f}"


def tri(v: int, dec: int = 0, mark: str = "△") -> str:
    """Signed amount with △ (or ▲) for minus."""
    s = comma(abs(v), dec)
    return (mark + s) if v < 0 else s


def pct(num: float, den: float, dec: int = 2) -> float:
    """Rounded percentage as printed (half up)."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(num) * 100 / Decimal(den)
    return float(q.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP))


class Gold:
    def __init__(self, stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": municipality, "title": title, "date": date,
                    "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None
        self.page = 1

    def fact(self, raw: str, value, *, debt, metric, fy, fy_raw, segment="total", basis="actual",
             unit=None, as_of=None, approx=False, debt_raw=None, page=None, area=None) -> str:
        if unit is None:
            unit = "percent" if metric == "collection_rate" else ("persons" if metric == "delinquents" else "yen")
        if unit == "yen":
            value = int(round(value))
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": segment, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page or self.page, "area": area})
        return raw

    def init(self, text: str, *, debt, fy, section, label, status=None, page=None) -> str:
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page or self.page})
        return text

    def write(self, pdf: Path) -> dict:
        import fitz
        d = fitz.open(pdf)
        g = {"schema_version": "1",
             "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                        "pages": d.page_count},
             "document": self.doc, "facts": self.facts, "initiatives": self.inits,
             "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
        return g


def _n(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(pdf: Path, gold: dict) -> list[str]:
    """Every fact raw and initiative/statement text must occur on its page (whitespace removed)."""
    import fitz
    d = fitz.open(pdf)
    pages = [_n(p.get_text()) for p in d]
    errs = []
    for f in gold["facts"]:
        if _n(f["raw"]) not in pages[f["page"] - 1]:
            errs.append(f"fact p{f['page']} {f['debt']} {f['metric']} raw {f['raw']!r} not on page")
    for i in gold["initiatives"]:
        if _n(i["text"]) not in pages[i["page"] - 1]:
            errs.append(f"init p{i['page']} {i['text'][:30]!r} not on page")
    m = gold.get("minutes")
    if m:
        allt = "".join(pages)
        for s in m["statements"]:
            if _n(s["text"]) not in allt:
                errs.append(f"statement {s['speaker']} {s['text'][:30]!r} not in document")
    return errs


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


def summary(pdf: Path, gold: dict) -> str:
    return (f"{pdf.name}: pages={gold['source']['pages']} facts={len(gold['facts'])} "
            f"initiatives={len(gold['initiatives'])} size={pdf.stat().st_size // 1024}KB")
