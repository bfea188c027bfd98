"""Shared helpers for helper nd's blind documents (set dev53).

Facts are recorded while a document is drawn, from the same numbers that are printed,
so the gold never comes from reading the PDF back.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent          # corpus/dev53/build
SET = HERE.parent                                # corpus/dev53
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/nd_work")

ZEN = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")


def zen(s: str) -> str:
    """Half-width digits to full-width (全角)."""
    return str(s).translate(ZEN)


def era(fy: int) -> str:
    """Western fiscal year -> 和暦 label without 年度 (令和5 / 令和元 / 平成30)."""
    if fy >= 2019:
        n = fy - 2018
        return "令和元" if n == 1 else f"令和{n}"
    return f"平成{fy - 1988}"


def era_short(fy: int) -> str:
    if fy >= 2019:
        return f"R{fy - 2018}"
    return f"H{fy - 1988}"


KANJI_NUM = {1: "元", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n, fmt=comma, mark="△") -> str:
    """Minus printed as △ (or ▲)."""
    if n < 0:
        return mark + fmt(-n)
    return fmt(n)


def pct(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def rate(num: int, den: int, nd: int = 2) -> float:
    if den == 0:
        return 0.0
    return round(num / den * 100 + 1e-12, nd)


def oku_man(yen: int) -> str:
    """1,234,000,000 -> 12億3,400万円 (caller rounds first)."""
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

    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             as_of=None, approx=False, area=None):
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert segment in ("current", "arrears", "total", None), segment
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, "interim needs as_of"
        if unit in ("percent", "points"):
            value = round(float(value), 4)
        else:
            value = int(value)
        f = {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
             "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
             "value": value, "unit": unit, "approx": bool(approx), "raw": raw, "page": page,
             "area": area, "bbox": None, "table": None}
        self.facts.append(f)
        return raw

    def init(self, page, debt, fy, section, label, text, status=None):
        assert status in (None, "継続", "新規", "拡充")
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path):
        import pymupdf
        data = pdf_path.read_bytes()
        with pymupdf.open(pdf_path) as d:
            n = d.page_count
        out = {"schema_version": "1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc,
               "facts": self.facts,
               "initiatives": self.inits,
               "minutes": self.minutes,
               "tables": [], "warnings": [], "pages": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(pdf_path: Path, gold_path: Path, verbose=True) -> int:
    """Every fact raw and every initiative text must occur on its page (whitespace removed)."""
    import pymupdf
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    bad = 0
    with pymupdf.open(pdf_path) as d:
        pages = [squash(p.get_text()) for p in d]
        npages = d.page_count
    for f in g["facts"]:
        p = f["page"]
        if not (1 <= p <= npages) or squash(f["raw"]) not in pages[p - 1]:
            bad += 1
            if verbose:
                print("RAW MISSING", f["page"], f["raw"], f["debt_raw"], f["metric"], f["fiscal_year"])
    for i in g["initiatives"]:
        p = i["page"]
        t = squash(i["text"])
        if not (1 <= p <= npages) or t not in pages[p - 1]:
            bad += 1
            if verbose:
                print("INIT MISSING", i["page"], i["text"][:40])
        if i.get("status"):
            if squash(f"【{i['status']}】") not in pages[p - 1]:
                bad += 1
                print("TAG MISSING", i["page"], i["status"])
    if verbose:
        print(f"{gold_path.name}: {len(g['facts'])} facts, {len(g['initiatives'])} initiatives, "
              f"{npages} pages, {bad} problems")
    return bad
