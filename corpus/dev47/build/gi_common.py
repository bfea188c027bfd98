"""Shared helpers for helper gi's blind documents (set dev47).

The build scripts keep every printed figure in Python data, draw the PDF from it and
write the gold JSON from the same data (never by reading the PDF back).
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent                      # corpus/dev47
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/gi_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")
KANJI_NUM = {1: "元", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def zen(s: str) -> str:
    """Half-width digits to full-width (全角) as a Japanese office document prints them."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{int(n):,}"


def tri(n, nd: int | None = None, mark: str = "△") -> str:
    """Signed figure with △/▲ for minus (nd decimals for rates, commas for integers)."""
    if nd is None:
        s = f"{abs(int(n)):,}"
    else:
        s = f"{abs(n):.{nd}f}"
    return (mark + s) if n < 0 else s


def pct(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    return round(collected * 100.0 / assessed + 1e-12, nd) if assessed else 0.0


def reiwa(fy: int) -> int:
    return fy - 2018


def heisei(fy: int) -> int:
    return fy - 1988


class Gold:
    """Collects facts and initiatives while a build script lays out its pages."""

    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None
        self.page = 1

    def fact(self, raw: str, value, unit: str, metric: str, *, debt=None, debt_raw=None,
             fy=None, fy_raw=None, segment="total", basis="actual", as_of=None, approx=False,
             area=None, page=None) -> str:
        """Record one printed figure; returns raw so it can be placed straight into the page."""
        if unit == "yen":
            value = int(round(value))
        elif unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw,
            "page": page if page is not None else self.page, "area": area,
        })
        return raw

    def initiative(self, text: str, *, debt, fy, section, label, status=None, debt_raw=None,
                   page=None) -> str:
        self.initiatives.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "section": section, "label": label, "text": text, "status": status,
            "page": page if page is not None else self.page,
        })
        return text

    def write(self, pdf_path: Path):
        import fitz  # PyMuPDF
        data = pdf_path.read_bytes()
        with fitz.open(pdf_path) as d:
            n = d.page_count
        out = {
            "schema_version": "1",
            "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": self.doc,
            "facts": self.facts,
            "initiatives": self.initiatives,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
        }
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return n


def html_to_pdf(html: str, pdf_path: Path, name: str):
    """HTML/CSS -> chromium headless print-to-pdf."""
    import subprocess
    src = WORK / f"{name}.html"
    src.write_text(html, encoding="utf-8")
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}", src.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice_to_pdf(src: Path, pdf_path: Path):
    """Office file -> LibreOffice headless -> PDF, moved to pdf_path."""
    import shutil
    import subprocess
    outdir = WORK / "lo_out"
    outdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(WORK / "lo_home"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(outdir / (src.stem + ".pdf")), str(pdf_path))
