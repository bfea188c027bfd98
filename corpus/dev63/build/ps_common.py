"""Shared helpers for helper ps's dev63 documents (gold recording, number formatting).

The build scripts draw each PDF from their own data and record every printed figure as a fact
while they print it, so the gold comes from the same data as the PDF (never read back).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/ps_work")
WORK.mkdir(parents=True, exist_ok=True)

FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%-+()", "０１２３４５６７８９．，％－＋（）")
KAN = {1: "元", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def zen(s) -> str:
    """Full-width digits (and . , % - + parentheses)."""
    return str(s).translate(ZEN)


def zd(s) -> str:
    """Full-width digits only (keeps ASCII punctuation)."""
    return str(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n, nd=None, mark="△") -> str:
    """Signed number with △ for minus (amounts: int; rates: nd decimals)."""
    if nd is None:
        s = f"{abs(n):,}"
    else:
        s = f"{abs(n):.{nd}f}"
    return (mark + s) if n < 0 else s


def r2(x: float, nd: int = 2) -> float:
    return round(x + 1e-12, nd)


def rate(c: int, a: int, nd: int = 2) -> float:
    return r2(c / a * 100, nd) if a else 0.0


def reiwa(fy: int, zenkaku: bool = True) -> str:
    n = fy - 2018
    s = "元" if n == 1 else str(n)
    return "令和" + (zd(s) if zenkaku else s) + "年度"


def man_oku(yen: int) -> str:
    """12億3,400万円 style (yen already rounded to 万円)."""
    oku, man = divmod(yen // 10000, 10000)
    if oku and man:
        return f"{oku}億{man:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{man:,}万円"


class Gold:
    def __init__(self, stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str,
                 family: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None
        self.page = 1

    def fact(self, raw: str, value, metric: str, *, debt=None, debt_raw=None, fy=None, fy_raw=None,
             segment="total", basis="actual", as_of=None, unit=None, approx=False, area=None, page=None):
        if unit is None:
            unit = "percent" if metric == "collection_rate" else "yen"
        if unit in ("percent", "points"):
            value = float(value)
        else:
            value = int(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw,
                           "page": page or self.page, "area": area})
        return raw

    def init(self, text: str, *, debt, fy, section, label, status=None, page=None, debt_raw=None):
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                                 "fiscal_year": fy, "section": section, "label": label, "text": text,
                                 "status": status, "page": page or self.page})

    def write(self, pdf_path: Path, pages: int):
        data = {"schema_version": "1.1",
                "source": {"file": pdf_path.name,
                           "sha256": hashlib.sha256(pdf_path.read_bytes()).hexdigest(), "pages": pages},
                "document": self.doc, "facts": self.facts, "initiatives": self.initiatives,
                "minutes": self.minutes, "tables": [], "warnings": []}
        out = GOLD_DIR / f"{self.stem}.json"
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out
