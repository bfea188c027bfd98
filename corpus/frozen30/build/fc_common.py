"""Shared helpers for helper fc's blind documents (run the build scripts from corpus/frozen30).

Every build script keeps its figures in Python data, draws the PDF from that data and
records one gold fact per printed number at the moment it prints it, so the gold never
comes from reading the PDF back.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

SET = Path(__file__).resolve().parent.parent          # corpus/frozen30
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/fc_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")


def zen(s: str) -> str:
    """ASCII digits and number punctuation to full width (全角)."""
    return str(s).translate(ZEN)


def c(n) -> str:
    """1234567 -> '1,234,567'."""
    return f"{int(n):,}"


def tri(n, mark="△") -> str:
    """Signed amount with △/▲ for minus."""
    return (mark + c(-n)) if n < 0 else c(n)


def trif(x, nd=1, mark="△") -> str:
    """Signed decimal with △/▲ for minus (no plus sign)."""
    s = f"{abs(x):.{nd}f}"
    return (mark + s) if x < 0 else s


def pct(x, nd=1) -> str:
    return f"{x:.{nd}f}"


def rate(collected, assessed, nd=1):
    return round(collected / assessed * 100 + 1e-12, nd)


def reiwa(fy: int) -> int:
    return fy - 2018


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, raw, value, metric, unit, debt, debt_raw, fy, fy_raw, segment, basis,
             as_of=None, approx=False, area=None):
        assert metric and unit and segment in ("current", "arrears", "total")
        assert basis in ("actual", "target", "estimate", "interim")
        if basis == "interim":
            assert as_of, raw
        if unit == "yen":
            assert abs(value - round(value)) < 1e-6, (raw, value)
            value = int(round(value))
        else:
            value = round(float(value), 4) if unit in ("percent", "points") else int(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": segment, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area,
                           "bbox": None, "table": None})
        return raw

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf: Path):
        import fitz
        data = pdf.read_bytes()
        n = fitz.open(pdf).page_count
        out = {"schema_version": "1.1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc,
               "facts": self.facts,
               "initiatives": self.inits,
               "minutes": self.minutes,
               "tables": [], "warnings": [], "pages": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{self.stem}: {n} pages, {len(self.facts)} facts, {len(self.inits)} initiatives")
        return p


def soffice_pdf(src: Path, stem: str) -> Path:
    outdir = WORK / f"lo_{stem}"
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{WORK}/lo_profile",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    made = outdir / (src.stem + ".pdf")
    dst = PDF_DIR / f"{stem}.pdf"
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(made.read_bytes())
    return dst


def chromium_pdf(html: Path, stem: str) -> Path:
    dst = PDF_DIR / f"{stem}.pdf"
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf-no-header",
                    f"--print-to-pdf={dst}", html.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return dst


def okuman(yen: int, step: int = 1_000_000, full=True) -> tuple[str, int]:
    """Round to `step` yen and print as 'X億Y,YYY万円' (approx prose style). Returns (text, rounded value)."""
    v = int(round(yen / step)) * step
    oku, man = divmod(v // 10_000, 10_000)
    if oku and man:
        s = f"{oku}億{man:,}万円"
    elif oku:
        s = f"{oku}億円"
    else:
        s = f"{man:,}万円"
    return (zen(s) if full else s), v
