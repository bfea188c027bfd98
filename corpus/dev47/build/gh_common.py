"""Shared helpers for helper gh's dev47 documents (run the build scripts from corpus/dev47).

Every build script keeps one Gold object; each printed figure is registered with the
same string that is drawn into the PDF, so the gold comes from the build data, never
from reading the PDF back.
"""
from __future__ import annotations

import hashlib
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # corpus/dev47
PDF_DIR = HERE / "pdf"
GOLD_DIR = HERE / "gold"
WORK = Path("/tmp/gh_work")
WORK.mkdir(parents=True, exist_ok=True)
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")


def zen(s: str) -> str:
    """half-width digits -> full-width (全角) as some offices print them"""
    return s.translate(ZEN)


def r2(x, nd=2) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)


def rate(collected: int, assessed: int, nd=2) -> float:
    return float(r2(Decimal(collected) * 100 / Decimal(assessed), nd))


def fmt_rate(v: float, nd=2) -> str:
    return f"{v:.{nd}f}"


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n, nd=None, mark="△") -> str:
    """signed figure with △/▲ for minus"""
    if nd is None:
        s = f"{abs(n):,}"
    else:
        s = f"{abs(n):.{nd}f}"
    return (mark + s) if n < 0 else s


def oku_man(yen: int) -> str:
    """1234000000 -> 12億3,400万 (no 円)."""
    oku, rest = divmod(yen, 100_000_000)
    man = rest // 10_000
    out = ""
    if oku:
        out += f"{oku}億"
    if man:
        out += f"{man:,}万"
    return out


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, raw, value, *, metric, basis, fy, fy_raw, segment="total", unit=None,
             debt=None, debt_raw=None, as_of=None, approx=False, area=None):
        if unit is None:
            unit = "percent" if metric in ("collection_rate", "achievement_rate") else "yen"
        if unit in ("yen", "persons", "households", "cases"):
            value = int(value)
        else:
            value = float(value)
        f = {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
             "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
             "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
             "area": area, "bbox": None, "table": None}
        self.facts.append(f)
        return raw

    def init(self, page, text, *, debt, fy, section, label=None, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})
        return text

    def write(self, pdf_path: Path):
        import pymupdf
        data = pdf_path.read_bytes()
        n = len(pymupdf.open(pdf_path))
        out = {"schema_version": "1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{p.name}: {n} pages, {len(self.facts)} facts, {len(self.inits)} initiatives")
