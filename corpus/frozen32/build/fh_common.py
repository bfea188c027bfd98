"""Shared helpers for helper fh's blind documents (set frozen32).

Run the build scripts from corpus/frozen32:  python3 build/fh_<stem>.py
Every script draws its PDF from one data structure and writes the gold from the same data.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/fh_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

_Z = str.maketrans("0123456789,.%()-+", "０１２３４５６７８９，．％（）－＋")


def zen(s) -> str:
    """Full-width digits and punctuation."""
    return str(s).translate(_Z)


def kanji_num(n: int) -> str:
    d = "〇一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n - 10] if n > 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def comma(n) -> str:
    return f"{int(n):,}"


def tri(n, mark="△") -> str:
    """Signed integer with △ (or ▲) for minus."""
    n = int(n)
    return (mark + comma(-n)) if n < 0 else comma(n)


def rnd(x, nd=2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(collected, assessed, nd=2) -> float:
    return rnd(Decimal(collected) * 100 / Decimal(assessed), nd)


def fr(x, nd=2) -> str:
    """Rate as printed text without the % sign."""
    return f"{x:.{nd}f}"


def frd(x, nd=2, mark="△") -> str:
    """Signed difference with △/▲ for minus (points)."""
    x = rnd(x, nd)
    if x < 0:
        return mark + f"{-x:.{nd}f}"
    return f"{x:.{nd}f}"


def reiwa(fy: int) -> int:
    return fy - 2018


def heisei(fy: int) -> int:
    return fy - 1988


def R(fy: int, zenkaku=False) -> str:
    n = reiwa(fy)
    s = "元" if n == 1 else str(n)
    return ("令和" + (zen(s) if zenkaku else s) + "年度")


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert segment in ("current", "arrears", "total"), segment
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, raw
        if unit == "yen":
            value = int(round(value))
        elif unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = float(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": bool(approx), "raw": raw,
                           "page": page, "area": area, "bbox": None, "table": None})

    def init(self, page, debt, debt_raw, fy, section, label, text, status=None):
        assert status in (None, "継続", "新規", "拡充")
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                                 "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path):
        import fitz
        data = Path(pdf_path).read_bytes()
        with fitz.open(pdf_path) as d:
            n = d.page_count
        out = {
            "schema_version": "1.1",
            "source": {"file": Path(pdf_path).name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": self.doc,
            "facts": self.facts,
            "initiatives": self.initiatives,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
            "pages": [],
        }
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{self.stem}: {n} pages, {len(self.facts)} facts, {len(self.initiatives)} initiatives -> {p}")
        return p


def soffice_pdf(src: Path, outdir: Path) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(WORK / "lohome"))
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return outdir / (src.stem + ".pdf")


def chromium_pdf(html: Path, pdf: Path) -> Path:
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", str(html)], check=True, timeout=300,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return pdf
