"""Shared helpers for helper gg's blind documents (dev46). Run the build scripts from corpus/dev46."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    """ASCII digits and marks to full width (全角)."""
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 -> 1,234,567 ; negative -> △1,234"""
    n = int(n)
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def tri(n, mark="△") -> str:
    n = int(n)
    return (mark if n < 0 else "") + f"{abs(n):,}"


def r2(x: float) -> str:
    return f"{x:.2f}"


def pct(num, den, nd=2) -> float:
    return round(num * 100.0 / den + 1e-12, nd)


def dpt(x: float, nd=2, mark="△") -> str:
    """difference in points with △ for minus"""
    s = f"{abs(x):.{nd}f}"
    return (mark + s) if x < -1e-9 else s


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert seg in ("current", "arrears", "total", None), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of
        if unit == "yen":
            value = int(round(value))
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area})
        return raw

    def init(self, page, debt, debt_raw, fy, section, label, text, status=None):
        assert status in (None, "継続", "新規", "拡充")
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf: Path, out: Path):
        import fitz
        data = pdf.read_bytes()
        with fitz.open(pdf) as d:
            n = d.page_count
        js = {"schema_version": "1",
              "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
              "document": self.doc, "facts": self.facts, "initiatives": self.inits,
              "minutes": self.minutes, "tables": [], "warnings": []}
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(js, ensure_ascii=False, indent=1), encoding="utf-8")
        return js


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(pdf: Path, gold: Path) -> list[str]:
    """every raw on its page; every initiative text and statement text on its page."""
    import fitz
    g = json.loads(gold.read_text(encoding="utf-8"))
    errs = []
    with fitz.open(pdf) as d:
        pages = [squash(p.get_text()) for p in d]
        if g["source"]["pages"] != d.page_count:
            errs.append("page count")
    for f in g["facts"]:
        p = f["page"]
        if not (1 <= p <= len(pages)) or squash(f["raw"]) not in pages[p - 1]:
            errs.append(f"fact raw not on page {p}: {f['raw']!r} ({f['debt']}, {f['metric']}, {f['fiscal_year']})")
    for i in g["initiatives"]:
        p = i["page"]
        if squash(i["text"]) not in pages[p - 1]:
            errs.append(f"initiative not on page {p}: {i['text'][:30]}")
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            if "page" in s and squash(s["text"]) not in pages[s["page"] - 1]:
                errs.append(f"statement not on page {s['page']}: {s['text'][:30]}")
    return errs
