"""Shared helpers for helper ne's blind documents (set dev54).

Every build script keeps its figures in plain Python data, formats each printed number
through the helpers below and registers the fact at the same moment, so the gold is made
from the data that draws the PDF, never by reading the PDF back.
"""
from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/dev54
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/ne_work")

ERA = {"R": 2018, "令和": 2018, "H": 1988, "平成": 1988}
ZEN = str.maketrans("0123456789.,%+-", "０１２３４５６７８９．，％＋－")


def zen(s: str) -> str:
    """Half-width digits and signs to full-width (全角)."""
    return s.translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n, nd: int | None = None, mark: str = "△") -> str:
    """Signed number with △ (or ▲) for minus; nd decimals when given."""
    if nd is None:
        s = f"{abs(n):,}"
    else:
        s = f"{abs(n):,.{nd}f}"
    return (mark + s) if n < 0 else s


def rate(r: float, nd: int = 2) -> str:
    return f"{r:.{nd}f}"


def pct(num: int, den: int, nd: int = 2) -> float:
    return round(num / den * 100 + 1e-12, nd)


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.document = {"kind": kind, "family": family, "municipality": municipality,
                         "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        if unit in ("percent", "points"):
            value = round(float(value), 4)
        else:
            value = int(round(value))
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None})
        return raw

    def init(self, page, debt, debt_raw, fy, section, label, text, status):
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                                 "section": section, "label": label, "text": text,
                                 "status": status, "page": page})

    def write(self, pdf: Path):
        import fitz
        data = pdf.read_bytes()
        n = len(fitz.open(pdf))
        out = {"schema_version": "1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.document, "facts": self.facts, "initiatives": self.initiatives,
               "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p


def squash(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def check(pdf: Path, gold: Path) -> list[str]:
    """Every fact's raw and every initiative's text must occur on its page."""
    import fitz
    import re
    doc = fitz.open(pdf)
    g = json.loads(gold.read_text(encoding="utf-8"))
    pages = [squash(p.get_text()) for p in doc]
    bad = []
    for f in g["facts"]:
        if squash(f["raw"]) not in pages[f["page"] - 1]:
            bad.append(f"fact p{f['page']} {f['raw']!r}")
    for i in g["initiatives"]:
        t = squash(re.sub(r"【(継続|新規|拡充)】", "", i["text"]))
        if t not in pages[i["page"] - 1].replace("【継続】", "").replace("【新規】", "").replace("【拡充】", ""):
            bad.append(f"init p{i['page']} {i['text'][:30]!r}")
    return bad
