"""Shared helpers for helper kc's dev49 documents (run the build scripts from corpus/dev49).

The gold is written from the same data the build scripts draw; nothing is read back from a PDF
except in check_raws(), which only verifies that every raw and initiative text occurs on its page.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/dev49
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/kc_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")


def zen(s: str) -> str:
    """half-width digits -> full-width (全角) digits"""
    return str(s).translate(ZEN)


def r2(x: float, nd: int = 2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(c: int, a: int, nd: int = 2) -> float:
    return r2(c / a * 100, nd) if a else 0.0


def fmt(n: int) -> str:
    """1234567 -> '1,234,567' ; negatives with △"""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def fmtr(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def fmtd(x: float, nd: int = 2, minus: str = "△", plus: str = "") -> str:
    """signed difference: △0.35 / 0.35"""
    s = f"{abs(x):.{nd}f}"
    if x < 0:
        return minus + s
    return plus + s


def fmtdi(n: int, minus: str = "△") -> str:
    return (minus if n < 0 else "") + f"{abs(n):,}"


WAREKI = {"令和": 2018, "平成": 1988}


def fy_of(raw_era_year: str) -> int:
    m = re.match(r"(令和|平成)(元|\d+)", raw_era_year)
    y = 1 if m.group(2) == "元" else int(m.group(2))
    return WAREKI[m.group(1)] + y


def oku_man(yen: int) -> str:
    """1843000000 -> '18億4,300万円' (exact to 万)"""
    oku, rest = divmod(yen, 100_000_000)
    man = rest // 10_000
    s = ""
    if oku:
        s += f"{oku}億"
    if man:
        s += f"{man:,}万"
    return s + "円"


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             as_of=None, approx=False, area=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, (raw, page)
        if unit in ("yen", "persons", "households", "cases"):
            value = int(value)
        else:
            value = float(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        assert status in (None, "継続", "新規", "拡充")
        self.inits.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path):
        data = pdf_path.read_bytes()
        import fitz  # PyMuPDF
        with fitz.open(pdf_path) as d:
            npages = d.page_count
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(),
                          "pages": npages},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check_raws(gold_path: Path, pdf_path: Path) -> list[str]:
    """every fact raw / initiative text / statement text must occur on its page's text layer"""
    import fitz
    g = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    doc = fitz.open(pdf_path)
    pages = [squash(p.get_text()) for p in doc]
    bad = []
    for f in g["facts"]:
        if squash(f["raw"]) not in pages[f["page"] - 1]:
            bad.append(f"fact p{f['page']} raw {f['raw']!r} not found")
    for i in g["initiatives"]:
        t = squash(i["text"])
        if t not in pages[i["page"] - 1]:
            bad.append(f"init p{i['page']} text {i['text'][:30]!r} not found")
    m = g.get("minutes")
    if m:
        alltext = "".join(pages)
        for s in m.get("statements") or []:
            if squash(s["text"]) not in alltext:
                bad.append(f"statement {s['speaker']} {s['text'][:30]!r} not found")
    return bad


def nfkc(s):
    return unicodedata.normalize("NFKC", s)
