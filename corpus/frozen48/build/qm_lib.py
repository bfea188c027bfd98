"""Shared helpers for helper qm's blind documents (gold writing, number formatting).

Run the build scripts from corpus/frozen48:  python3 build/qm_<city>_<kind>_1.py
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
PDF_DIR = os.path.join(SET, "pdf")
GOLD_DIR = os.path.join(SET, "gold")
WORK = "/tmp/qm_work"
os.makedirs(WORK, exist_ok=True)

FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def comma(v: int) -> str:
    s = f"{abs(int(v)):,}"
    return ("△" + s) if v < 0 else s


def signed(v, nd=2, minus="△", plus=""):
    s = f"{abs(v):.{nd}f}"
    if v < 0:
        return minus + s
    return plus + s


def era(fy: int) -> str:
    """令和N年度 label for a fiscal year (2019 -> 令和元年度)."""
    if fy >= 2019:
        n = fy - 2018
        return "令和元年度" if n == 1 else f"令和{n}年度"
    return f"平成{fy - 1988}年度"


def rate(c, a, nd=2):
    return round(c / a * 100 + 1e-9, nd)


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        if unit in ("yen", "persons", "households", "cases"):
            value = int(round(value))
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})

    def init(self, page, debt, debt_raw, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path):
        data = open(pdf_path, "rb").read()
        import fitz  # noqa
        pages = fitz.open(pdf_path).page_count
        out = {"schema_version": "1",
               "source": {"file": os.path.basename(pdf_path),
                          "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        path = os.path.join(GOLD_DIR, self.stem + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        return path


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s or "")))
