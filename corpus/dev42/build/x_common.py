"""Shared helpers for helper x's dev42 builders: gold records, era arithmetic, text-layer checks."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent          # corpus/dev42
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/x_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"

_Z = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s) -> str:
    """ASCII digits to full-width digits."""
    return str(s).translate(_Z)


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n: int) -> str:
    """Amount with △ for minus."""
    return f"△{-n:,}" if n < 0 else f"{n:,}"


def pct(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    return round(collected / assessed * 100 + 1e-9, nd)


def reiwa(fy: int) -> int:
    return fy - 2018


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []

    def fact(self, page: int, raw: str, value, *, debt=None, debt_raw=None, fy=None, fy_raw=None,
             segment="total", metric="collection_rate", basis="actual", as_of=None, unit=None,
             approx=False, area=None):
        if unit is None:
            unit = "percent" if metric == "collection_rate" else (
                "persons" if metric == "delinquents" else "yen")
        if unit == "yen":
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": segment, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area,
                           "bbox": None, "table": None})

    def init(self, page: int, text: str, *, debt=None, debt_raw=None, fy=None, section=None,
             label=None, status=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "section": section, "label": label, "text": text, "status": status,
                           "page": page})

    def write(self, pdf: Path) -> Path:
        import fitz
        data = pdf.read_bytes()
        with fitz.open(pdf) as d:
            n = d.page_count
        g = {"schema_version": "1",
             "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
             "document": self.doc, "facts": self.facts, "initiatives": self.inits,
             "minutes": None, "tables": [], "warnings": [], "pages": []}
        out = GOLD_DIR / (pdf.stem + ".json")
        out.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(pdf: Path, gold: Gold) -> int:
    """Every raw / initiative text must occur on its page's text layer (whitespace removed)."""
    import fitz
    with fitz.open(pdf) as d:
        pages = [squash(p.get_text()) for p in d]
    bad = 0
    for f in gold.facts:
        if not (1 <= f["page"] <= len(pages)) or squash(f["raw"]) not in pages[f["page"] - 1]:
            bad += 1
            print("MISSING fact", f["page"], repr(f["raw"]), f["debt_raw"], f["metric"], file=sys.stderr)
    for i in gold.inits:
        if not (1 <= i["page"] <= len(pages)) or squash(i["text"]) not in pages[i["page"] - 1]:
            bad += 1
            print("MISSING initiative", i["page"], i["text"][:40], file=sys.stderr)
    print(f"{pdf.name}: {len(pages)} pages, {len(gold.facts)} facts, {len(gold.inits)} initiatives, "
          f"{bad} not found in text layer")
    return bad


def soffice(src: Path, outdir: Path = WORK) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=300)
    return outdir / (src.stem + ".pdf")


def chromium(html: Path, out: Path) -> Path:
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", html.as_uri()], check=True, capture_output=True, timeout=300)
    return out
