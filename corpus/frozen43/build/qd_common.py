"""Shared helpers for helper qd's blind documents (frozen43).

Gold facts are registered by the build scripts while they lay out the document, so the gold
comes from the same data that is drawn.  Run the scripts from corpus/frozen43.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parent.parent  # corpus/frozen43
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/qd_work")
WORK.mkdir(parents=True, exist_ok=True)

Z = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    return str(s).translate(Z)


def comma(v: int) -> str:
    neg = v < 0
    s = f"{abs(int(v)):,}"
    return ("△" if neg else "") + s


def signed(v, nd=1, minus="△", plus="") -> str:
    s = f"{abs(v):,.{nd}f}" if nd else f"{abs(int(v)):,}"
    if v < 0:
        return minus + s
    return plus + s


def man_oku(yen: int) -> str:
    """12億3,400万円 style (yen rounded to 万)."""
    man = round(yen / 10000)
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


def rate(c, a, nd=2):
    return round(c / a * 100 + 1e-9, nd) if a else 0.0


def era(fy: int) -> str:
    r = fy - 2018
    return "令和元" if r == 1 else f"令和{r}"


class Gold:
    def __init__(self):
        self.facts = []
        self.inits = []

    def fact(self, page, raw, value, metric, *, debt=None, debt_raw=None, fy=None, fy_raw=None,
             segment="total", basis="actual", as_of=None, unit=None, approx=False, area=None):
        if unit is None:
            unit = "percent" if "rate" in metric else "yen"
        if unit in ("yen", "persons", "households", "cases"):
            assert float(value) == int(value), (raw, value, metric)
            value = int(value)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None,
        })
        return raw

    def init(self, page, text, *, debt, fy, section, label, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})
        return text


def write_gold(stem, g: Gold, *, kind, family, municipality, title, date, date_raw, minutes=None):
    pdf = PDF_DIR / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = pymupdf.open(pdf)
    out = {
        "schema_version": "1.1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
        "document": {"kind": kind, "family": family, "municipality": municipality, "title": title,
                     "date": date, "date_raw": date_raw},
        "facts": g.facts,
        "initiatives": g.inits,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{stem}: {doc.page_count} pages, {len(g.facts)} facts, {len(g.inits)} initiatives")
    return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def check(stem) -> int:
    """Every raw and every initiative text must occur on its page's text layer."""
    pdf = PDF_DIR / f"{stem}.pdf"
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    doc = pymupdf.open(pdf)
    pages = [squash(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        if squash(f["raw"]) not in pages[f["page"] - 1]:
            bad += 1
            print("  RAW MISSING", f["page"], f["raw"], f["metric"], f["debt_raw"])
    for i in gold["initiatives"]:
        if squash(i["text"]) not in pages[i["page"] - 1]:
            bad += 1
            print("  INIT MISSING", i["page"], i["text"][:40])
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if squash(s["text"]) not in pages[s["page"] - 1]:
                bad += 1
                print("  STATEMENT MISSING", s["page"], s["text"][:40])
    print(f"check {stem}: {bad} problems; size {pdf.stat().st_size // 1024} KB; {doc.page_count} pages")
    return bad


def chromium_pdf(html_path: Path, pdf_path: Path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", html_path.as_uri()], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice_pdf(src: Path, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return outdir / (src.stem + ".pdf")
