"""Shared helpers for helper fq's blind documents (set frozen37).

Run the build scripts from corpus/frozen37:  python3 build/fq_<stem>.py
Each script draws its PDF into pdf/ and writes the gold JSON into gold/ from the
same data it drew, then calls check() which opens the PDF only to verify that
every raw string and initiative text is on its page (the gold is never read back
from the PDF).
"""
from __future__ import annotations

import calendar
import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/frozen37
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/fq_work")
WORK.mkdir(parents=True, exist_ok=True)
PDF_DIR.mkdir(exist_ok=True)
GOLD_DIR.mkdir(exist_ok=True)

ZEN = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def zen(s: str) -> str:
    """Half-width digits to full-width (全角) digits."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{int(n):,}"


def signed(n, tri="△", fmt="{:,}") -> str:
    """Difference with a triangle minus sign (△1,234) or a plain number."""
    if n < 0:
        return tri + fmt.format(-n)
    return fmt.format(n)


def rate(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def r_(y: int) -> int:
    """令和y年度 -> Western start year."""
    return 2018 + y


def h_(y: int) -> int:
    return 1988 + y


def month_end(fy: int, month: int) -> str:
    """As-of date of the month end `month` inside fiscal year fy (Jan-Mar in fy+1)."""
    year = fy + 1 if month <= 3 else fy
    day = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def pct_rate(collected: int, assessed: int, nd: int = 2) -> float:
    """Rounded collection rate, half up."""
    from decimal import Decimal, ROUND_HALF_UP
    if assessed == 0:
        return 0.0
    q = Decimal(collected) * 100 / Decimal(assessed)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.document = {"kind": kind, "family": family, "municipality": municipality,
                         "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, *, page: int, debt, debt_raw, fy: int, fy_raw, segment: str, metric: str,
             basis: str, value, unit: str, raw: str, as_of=None, approx: bool = False, area=None):
        assert segment in ("current", "arrears", "total"), segment
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, "interim figure needs as_of"
        if unit in ("yen", "persons", "households", "cases"):
            value = int(round(value))
        else:
            value = round(float(value), 4)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area})

    def init(self, *, page: int, debt, debt_raw, fy, section: str, label, text: str, status=None):
        assert status in (None, "継続", "新規", "拡充")
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                                 "section": section, "label": label, "text": text,
                                 "status": status, "page": page})

    def write(self, pdf_path: Path):
        import fitz
        data = pdf_path.read_bytes()
        with fitz.open(pdf_path) as d:
            n = d.page_count
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
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return p


def _nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(stem: str, verbose: bool = True) -> int:
    """Every raw, initiative text and statement text must be on its page's text layer."""
    import fitz
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF_DIR / f"{stem}.pdf"
    doc = fitz.open(pdf)
    texts = [_nows(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        pg = f["page"]
        if not (1 <= pg <= len(texts)) or _nows(f["raw"]) not in texts[pg - 1]:
            bad += 1
            if verbose:
                print("RAW MISSING", stem, pg, repr(f["raw"]), f["debt_raw"], f["metric"], f["fiscal_year"])
    for i in gold["initiatives"]:
        pg = i["page"]
        t = _nows(i["text"])
        if t not in texts[pg - 1]:
            bad += 1
            if verbose:
                print("INIT MISSING", stem, pg, i["text"][:40])
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            pg = s["page"]
            if _nows(s["text"]) not in texts[pg - 1]:
                bad += 1
                if verbose:
                    print("STATEMENT MISSING", stem, pg, s["text"][:40])
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size/1024:.0f}KB problems={bad}")
    assert size < 2 * 1024 * 1024, "PDF too large"
    assert 2 <= len(texts) <= 8, "page count out of range"
    return bad
