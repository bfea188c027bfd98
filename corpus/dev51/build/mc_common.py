"""Shared helpers for helper mc's blind documents (corpus/dev51, prefix mc).

Run the build scripts from corpus/dev51:  python3 build/mc_saiki_progress.py  etc.
Every printed figure that is a fact is recorded through Gold.fact() at the moment the
build script formats it, so the gold comes from the same data that draws the PDF.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
WORK = Path("/tmp/mc_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%-+()", "０１２３４５６７８９．，％－＋（）")


def zen(s: str) -> str:
    """Half-width digits and signs to full-width (as many city documents print prose)."""
    return s.translate(ZEN)


def r2(x: float, nd: int = 2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(num: int, den: int, nd: int = 2) -> float:
    """Percentage rounded half-up to nd decimals."""
    if not den:
        return 0.0
    return float((Decimal(num) * 100 / Decimal(den)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def k(yen: int) -> int:
    """Yen to thousands of yen, rounded half-up (as printed in 千円 tables)."""
    return int((Decimal(yen) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def comma(n: int) -> str:
    return f"{n:,}"


def signed(n, nd=None, minus="△", plus="") -> str:
    """Format a difference: △1,234 / 0.35 (plus sign optional)."""
    if nd is None:
        s = comma(abs(int(n)))
    else:
        s = f"{abs(n):.{nd}f}"
    if n < 0:
        return minus + s
    return plus + s


def pct(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def oku_man(yen: int, unit_man: int = 10) -> tuple[str, int]:
    """Round yen to unit_man 万円 and print as 〇億〇,〇〇〇万円 (or 〇,〇〇〇万円).
    Returns (text, rounded value in yen)."""
    step = 10000 * unit_man
    v = int((Decimal(yen) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * step
    oku, rest = divmod(v, 100_000_000)
    man = rest // 10000
    if oku and man:
        t = f"{oku}億{man:,}万円"
    elif oku:
        t = f"{oku}億円"
    else:
        t = f"{man:,}万円"
    return t, v


def oku1(yen: int) -> tuple[str, int]:
    """Yen to 〇〇.〇億円 (one decimal)."""
    v = Decimal(yen) / 100_000_000
    q = v.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{q}億円", int(q * 100_000_000)


def mil1(yen: int) -> tuple[str, int]:
    """Yen to 百万円 with one decimal: 1,402.6"""
    v = (Decimal(yen) / 1_000_000).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    ip = int(v)
    dec = int((v - ip) * 10)
    return f"{ip:,}.{dec}", int(v * 1_000_000)


def era_fy(fy: int) -> str:
    """2023 -> 令和5年度, 2019 -> 令和元年度, 2017 -> 平成29年度"""
    if fy >= 2019:
        n = fy - 2018
        return f"令和{'元' if n == 1 else n}年度"
    return f"平成{fy - 1988}年度"


def r_short(fy: int) -> str:
    return f"R{fy - 2018}" if fy >= 2019 else f"H{fy - 1988}"


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.document = {"kind": kind, "family": family, "municipality": municipality,
                         "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    # -- facts -------------------------------------------------------------
    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             as_of=None, approx=False, area=None):
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert segment in ("current", "arrears", "total", None), segment
        if basis == "interim":
            assert as_of, (raw, "interim needs as_of")
        if unit == "yen" or unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = float(value)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": bool(approx), "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None,
        })
        return raw

    def init(self, page, debt, debt_raw, fy, section, label, text, status=None):
        assert status in (None, "継続", "新規", "拡充")
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                                 "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path):
        data = pdf_path.read_bytes()
        import fitz  # noqa
        n = fitz.open(pdf_path).page_count
        out = {
            "schema_version": "1",
            "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": self.document,
            "facts": self.facts,
            "initiatives": self.initiatives,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
        }
        gp = SET / "gold" / f"{self.stem}.json"
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return gp, n


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check_pdf(pdf_path: Path, gold_path: Path) -> list[str]:
    """Every fact's raw and every initiative's text must occur on its page (whitespace removed)."""
    import fitz  # noqa
    doc = fitz.open(pdf_path)
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    pages = [nows(p.get_text()) for p in doc]
    errs = []
    for f in g["facts"]:
        p = f["page"]
        if not (1 <= p <= len(pages)) or nows(f["raw"]) not in pages[p - 1]:
            errs.append(f"fact raw not on page {p}: {f['raw']!r} ({f['debt_raw']}, {f['metric']}, {f['fiscal_year_raw']})")
    for i in g["initiatives"]:
        p = i["page"]
        t = nows(i["text"])
        if not (1 <= p <= len(pages)) or t not in pages[p - 1]:
            errs.append(f"initiative text not on page {p}: {i['text'][:40]!r}")
    return errs
