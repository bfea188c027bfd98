"""Shared helpers for helper mb's dev50 documents (run the build scripts from corpus/dev50).

The gold is written from the same data the build scripts draw: every printed metric figure is
registered through Gold.fact() at the moment its text is placed on a page.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/mb_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s) -> str:
    """Half-width digits to full-width (labels such as 令和６年度)."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def signed(n, nd=None, tri="△") -> str:
    """Difference with △ (or ▲) for minus; nd decimals for points."""
    if nd is None:
        s = f"{abs(n):,}"
    else:
        s = f"{abs(n):.{nd}f}"
    return (tri + s) if n < 0 else s


def plus(n, nd=2, tri="△") -> str:
    s = f"{abs(n):.{nd}f}"
    return ("＋" + s) if n > 0 else ((tri + s) if n < 0 else s)


def pct(x: float, nd=2) -> str:
    return f"{x:.{nd}f}"


def rate(c: int, a: int, nd=2) -> float:
    return round(c * 100.0 / a + 1e-9, nd) if a else 0.0


def reiwa(fy: int) -> int:
    return fy - 2018


def wareki(fy: int, kanji=False) -> str:
    if fy >= 2019:
        n = fy - 2018
        return "令和元" if n == 1 else f"令和{zen(n) if kanji else n}"
    return f"平成{zen(fy - 1988) if kanji else fy - 1988}"


def norm_ws(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.document = {"kind": kind, "family": family, "municipality": municipality,
                         "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert segment in ("current", "arrears", "total", None), segment
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, (raw, "interim needs as_of")
        if unit == "yen":
            assert float(value).is_integer(), (raw, value)
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": segment, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})
        return raw

    def initiative(self, page, debt, debt_raw, fy, section, label, text, status):
        assert status in ("継続", "新規", "拡充", None)
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                                 "section": section, "label": label, "text": text,
                                 "status": status, "page": page})

    def write(self):
        pdf = PDF_DIR / f"{self.stem}.pdf"
        data = pdf.read_bytes()
        import pymupdf as fitz
        with fitz.open(pdf) as d:
            pages = d.page_count
        out = {
            "schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
            "document": self.document,
            "facts": self.facts,
            "initiatives": self.initiatives,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
        }
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{self.stem}: {pages} pages, {len(self.facts)} facts, "
              f"{len(self.initiatives)} initiatives, {len(data)//1024} KiB")
