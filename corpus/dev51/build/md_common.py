"""Shared helpers for helper md's blind documents (set dev51).

Every figure that is printed goes through Gold.f(), which returns the printed text and
records the fact at the page being built; the gold JSON is written from these records,
never from the PDF.
"""
from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/md_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789,.%()-", "０１２３４５６７８９，．％（）－")


def zen(s: str) -> str:
    """Half-width digits to full-width (as many city papers print them)."""
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567'; negative with △."""
    if n < 0:
        return "△" + f"{-n:,}"
    return f"{n:,}"


def r2(x: float, d: int = 2) -> str:
    return f"{x:.{d}f}"


def rate(coll: int, ass: int, d: int = 2) -> float:
    return round(coll / ass * 100 + 1e-9, d)


def oku_man(yen: int, step: int = 1_000_000) -> tuple[str, int]:
    """Round yen to `step` and write it as 'N億N,NNN万円'; returns (text, rounded value)."""
    v = int(round(yen / step)) * step
    oku, rest = divmod(v, 100_000_000)
    man = rest // 10_000
    if oku and man:
        s = f"{oku}億{man:,}万円"
    elif oku:
        s = f"{oku}億円"
    else:
        s = f"{man:,}万円"
    return s, v


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None
        self.page = 1

    # ---- facts -------------------------------------------------------------
    def f(self, raw: str, value, unit: str, metric: str, basis: str, fy: int | None,
          fy_raw: str | None, seg: str | None, debt: str | None, debt_raw: str | None,
          approx: bool = False, as_of: str | None = None, area: str | None = None,
          page: int | None = None) -> str:
        if unit in ("yen", "persons", "households", "cases"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw,
            "page": page or self.page, "area": area, "bbox": None, "table": None,
        })
        return raw

    def init(self, debt: str, fy: int, section: str, label: str, text: str,
             status: str | None, page: int | None = None, debt_raw: str | None = None) -> str:
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                                 "section": section, "label": label, "text": text,
                                 "status": status, "page": page or self.page})
        return text

    # ---- output ------------------------------------------------------------
    def write(self, pdf: Path) -> Path:
        import fitz  # PyMuPDF, only to count pages

        data = pdf.read_bytes()
        with fitz.open(pdf) as d:
            n = d.page_count
        out = {
            "schema_version": "1.1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
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
        return p


def nk(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())
