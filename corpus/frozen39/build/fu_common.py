"""Shared helpers for helper fu's blind documents (frozen39).

Every figure that is drawn into a PDF is registered here at the same time, so the gold JSON
comes from the build data, never from reading the PDF back.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # corpus/frozen39
WORK = Path("/tmp/fu_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s) -> str:
    return str(s).translate(ZEN)


def c(n) -> str:
    """comma format, minus as △"""
    if n < 0:
        return "△" + f"{-n:,}"
    return f"{n:,}"


def r2(x) -> str:
    return f"{x:.2f}"


def r1(x) -> str:
    return f"{x:.1f}"


def rate(num, den, nd=2):
    return round(num / den * 100 + 1e-12, nd)


def era(fy: int) -> str:
    """2025 -> 令和7年度"""
    if fy >= 2019:
        n = fy - 2018
        return "令和元年度" if n == 1 else f"令和{n}年度"
    return f"平成{fy - 1988}年度"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None
        self.page = 1

    # ---- facts -------------------------------------------------------------
    def f(self, raw, value, metric, *, debt=None, debt_raw=None, fy=None, fy_raw=None, seg="total",
          basis="actual", unit=None, approx=False, as_of=None, area=None, page=None):
        if unit is None:
            unit = "percent" if metric in ("collection_rate",) else ("persons" if metric == "delinquents" else "yen")
        if isinstance(value, float) and unit == "yen":
            value = int(round(value))
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
            "unit": unit, "approx": approx, "raw": raw, "page": page or self.page, "area": area,
        })
        return raw

    def init(self, text, *, debt, fy, section, label=None, status=None, page=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page or self.page})
        return text

    # ---- output ------------------------------------------------------------
    def write(self, pdf: Path):
        import fitz
        data = pdf.read_bytes()
        doc = fitz.open(pdf)
        out = {
            "schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
            "document": self.doc,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
        }
        p = ROOT / "gold" / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return p


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(pdf: Path, gold: dict) -> list[str]:
    import fitz
    doc = fitz.open(pdf)
    pages = [squash(p.get_text()) for p in doc]
    errs = []
    for f in gold["facts"]:
        if squash(f["raw"]) not in pages[f["page"] - 1]:
            errs.append(f"fact p{f['page']} raw {f['raw']!r} not found")
    for i in gold["initiatives"]:
        if squash(i["text"]) not in pages[i["page"] - 1]:
            errs.append(f"init p{i['page']} text {i['text'][:30]!r} not found")
    m = gold.get("minutes")
    if m:
        alltext = "".join(pages)
        for s in m["statements"]:
            if squash(s["text"]) not in alltext:
                errs.append(f"statement {s['speaker']} {s['text'][:20]!r} not found")
    return errs


def chromium_pdf(html: Path, pdf: Path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html.as_uri()], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice_pdf(src: Path, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return outdir / (src.stem + ".pdf")
