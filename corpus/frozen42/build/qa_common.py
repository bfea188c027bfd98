"""Shared helpers for helper qa's blind documents (set frozen42).

The build scripts register every printed figure through Gold.f(...) at the moment they
place it in the document, so the gold comes from the same data as the PDF.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/frozen42
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/qa_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")
KANJI_NUM = {1: "元", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def zen(s) -> str:
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def signed(n, fmt="{:,}", minus="△") -> str:
    """A difference with △/▲ for minus (no sign for plus)."""
    if n < 0:
        return minus + fmt.format(-n)
    return fmt.format(n)


def r2(x: float) -> float:
    return round(x + 1e-12, 2)


def r1(x: float) -> float:
    return round(x + 1e-12, 1)


def rate(num: int, den: int, nd=2) -> float:
    return round(num / den * 100 + 1e-12, nd)


def reiwa(fy: int) -> str:
    n = fy - 2018
    return "令和元" if n == 1 else f"令和{n}"


def reiwa_zen(fy: int) -> str:
    n = fy - 2018
    return "令和元" if n == 1 else f"令和{zen(n)}"


def heisei(fy: int) -> str:
    return f"平成{fy - 1988}"


def sen(yen: int) -> int:
    """yen → 千円 (rounded)."""
    return int(round(yen / 1000))


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None
        self.page = 1

    # ---- facts -------------------------------------------------------------------------
    def f(self, raw: str, value, *, debt=None, debt_raw=None, fy=None, fy_raw=None,
          seg="total", metric, basis="actual", unit=None, approx=False, as_of=None,
          area=None, page=None) -> str:
        """Register one printed figure; returns raw so it can be drawn as is."""
        if unit is None:
            unit = {"collection_rate": "percent", "delinquents": "persons"}.get(metric, "yen")
        if unit in ("percent", "points"):
            value = round(float(value), 2)
        else:
            value = int(value)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw,
            "page": page or self.page, "area": area, "bbox": None, "table": None})
        return raw

    def i(self, text: str, *, debt, fy, section, label=None, status=None, page=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page or self.page})
        return text

    # ---- output ------------------------------------------------------------------------
    def write(self, pdf_path: Path):
        import fitz
        data = pdf_path.read_bytes()
        with fitz.open(pdf_path) as d:
            pages = d.page_count
        out = {
            "schema_version": "1.1",
            "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
            "document": self.doc,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
            "pages": [],
        }
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{self.stem}: {pages} pages, {len(self.facts)} facts, {len(self.inits)} initiatives")
        check(pdf_path, p)
        return out


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def check(pdf_path: Path, gold_path: Path) -> int:
    """Every raw and every initiative text must occur on its page (whitespace removed)."""
    import fitz
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    with fitz.open(pdf_path) as d:
        texts = [re.sub(r"\s+", "", p.get_text()) for p in d]
    bad = 0
    for f in g["facts"]:
        t = texts[f["page"] - 1] if 0 < f["page"] <= len(texts) else ""
        if re.sub(r"\s+", "", f["raw"]) not in t:
            bad += 1
            print("  RAW MISSING p.%s %r (%s %s %s)" % (f["page"], f["raw"], f["debt"], f["fiscal_year"], f["metric"]))
    for it in g["initiatives"]:
        t = texts[it["page"] - 1] if 0 < it["page"] <= len(texts) else ""
        if re.sub(r"\s+", "", it["text"]) not in t:
            bad += 1
            print("  INIT MISSING p.%s %r" % (it["page"], it["text"][:40]))
    m = g.get("minutes") or {}
    for s in m.get("statements") or []:
        t = texts[s["page"] - 1] if s.get("page") else "".join(texts)
        if re.sub(r"\s+", "", s["text"])[:30] not in t:
            bad += 1
            print("  STATEMENT MISSING p.%s %r" % (s.get("page"), s["text"][:30]))
    print(f"  check {gold_path.name}: {'OK' if not bad else str(bad) + ' problems'}")
    return bad
