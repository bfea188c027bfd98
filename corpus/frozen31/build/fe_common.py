"""Shared helpers for helper fe's blind documents (set frozen31).

Every build script draws its PDF from one data structure and records, at the moment it
prints a number, the fact that number stands for.  The gold JSON is written from those
records, never by reading the PDF back.  Run the build scripts from corpus/frozen31.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/frozen31
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/fe_work")
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

_ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")
_KAN = "〇一二三四五六七八九十"


def zen(s: str) -> str:
    """Half-width digits and signs to full width (as printed in many municipal Word files)."""
    return str(s).translate(_ZEN)


def comma(n: int) -> str:
    s = f"{abs(int(n)):,}"
    return ("△" + s) if n < 0 else s


def signed(x: float, nd: int = 2, minus: str = "△", plus: str = "") -> str:
    s = f"{abs(x):.{nd}f}"
    if round(x, nd) < 0:
        return minus + s
    return plus + s


def rate(num: int, den: int, nd: int = 2) -> float:
    return round(num * 100.0 / den + 1e-12, nd) if den else 0.0


def era(fy: int, zen_digits: bool = False, kanji: bool = False, suffix: str = "年度") -> str:
    if fy >= 2019:
        name, n = "令和", fy - 2018
    else:
        name, n = "平成", fy - 1988
    if n == 1:
        num = "元"
    elif kanji:
        num = _KAN[n] if n <= 10 else str(n)
    else:
        num = str(n)
        if zen_digits:
            num = zen(num)
    return f"{name}{num}{suffix}"


def era_both(fy: int, zen_digits: bool = False) -> str:
    """令和６（2024）年度"""
    base = era(fy, zen_digits, suffix="")
    return f"{base}（{fy}）年度"


def short_era(fy: int) -> str:
    return ("R" + str(fy - 2018)) if fy >= 2019 else ("H" + str(fy - 1988))


def oku_man(yen: int, step: int = 1_000_000) -> tuple[str, int]:
    """約2億1,300万円 style text for an amount, rounded to `step`; returns (text without 約, value)."""
    v = int(round(abs(yen) / step) * step)
    man = v // 10_000
    oku, rest = divmod(man, 10_000)
    if oku and rest:
        s = f"{oku}億{rest:,}万円"
    elif oku:
        s = f"{oku}億円"
    else:
        s = f"{rest:,}万円"
    return s, v


def nrm(s) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s or "")))


class Gold:
    """Collects facts and initiatives while a document is drawn."""

    def __init__(self, stem: str, document: dict):
        self.stem = stem
        self.document = document
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, page: int, raw: str, value, *, debt=None, debt_raw=None, fy: int, fy_raw=None,
             segment="total", metric: str, basis: str, unit: str, as_of=None, approx=False, area=None):
        if metric not in ("collection_rate", "assessed", "collected", "written_off", "outstanding",
                          "delinquents", "difference", "achievement_rate"):
            raise ValueError(metric)
        if unit in ("percent", "points"):
            value = round(float(value), 4)
        else:
            value = int(value)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": bool(approx), "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None,
        })
        return raw

    def init(self, page: int, text: str, *, debt, fy: int, section: str, label: str, status=None,
             debt_raw=None):
        self.initiatives.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page,
        })

    def write(self, pdf_path: Path, pages: int):
        data = pdf_path.read_bytes()
        out = {
            "schema_version": "1.1",
            "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
            "document": self.document,
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
        return p


def soffice_pdf(src: Path, outdir: Path) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return outdir / (src.stem + ".pdf")


def chromium_pdf(html: Path, out: Path) -> Path:
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", html.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return out


def page_count(pdf: Path) -> int:
    import pymupdf as fitz
    with fitz.open(pdf) as d:
        return d.page_count
