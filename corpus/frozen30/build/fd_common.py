"""Shared helpers for helper fd's blind documents (set frozen30).

Every build script keeps its figures in plain Python data, draws the PDF from that data and
writes the gold from the same data.  Nothing here reads a PDF back to make the gold; the
check functions only verify afterwards that each raw string is on its page.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/fd_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s) -> str:
    """Half-width digits and signs to full-width (as many city documents print them)."""
    return str(s).translate(ZEN)


def num(v: int) -> str:
    """1234567 -> '1,234,567'."""
    return f"{v:,}"


def tri(v, mark="△", nd=None) -> str:
    """Signed figure with △/▲ for minus: -1234 -> '△1,234'; rates with nd decimals."""
    if nd is None:
        s = f"{abs(v):,}"
    else:
        s = f"{abs(v):,.{nd}f}"
    return (mark + s) if v < 0 else s


def pct(v: float, nd=2) -> str:
    return f"{v:.{nd}f}"


def rate(collected: int, assessed: int, nd=2) -> float:
    """Collection rate rounded half-up to nd decimals."""
    from decimal import Decimal, ROUND_HALF_UP
    if assessed == 0:
        return 0.0
    q = Decimal(collected) * 100 / Decimal(assessed)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def rdiff(a: float, b: float, nd=2) -> float:
    return round(a - b, nd)


class Gold:
    """Collects facts and initiatives in print order."""

    def __init__(self):
        self.facts: list[dict] = []
        self.inits: list[dict] = []

    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert segment in ("current", "arrears", "total"), segment
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, "interim needs as_of"
        if unit == "yen":
            assert float(value).is_integer(), value
            value = int(value)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None,
        })
        return raw

    def init(self, page, debt, debt_raw, fy, section, label, text, status=None):
        assert status in (None, "継続", "新規", "拡充")
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})
        return text


def write_gold(stem, document: dict, gold: Gold, minutes=None):
    pdf = PDF_DIR / f"{stem}.pdf"
    import fitz  # only for the page count and the checks
    with fitz.open(pdf) as d:
        pages = d.page_count
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    out = {
        "schema_version": "1.1",
        "source": {"file": pdf.name, "sha256": sha, "pages": pages},
        "document": document,
        "facts": gold.facts,
        "initiatives": gold.inits,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
        "pages": [],
    }
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(stem, verbose=True) -> int:
    """Every raw and every initiative text must be on its page (whitespace removed)."""
    import fitz
    g = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    bad = 0
    with fitz.open(PDF_DIR / f"{stem}.pdf") as d:
        texts = [squash(p.get_text()) for p in d]
        size = (PDF_DIR / f"{stem}.pdf").stat().st_size
        if size >= 2_000_000:
            print(f"{stem}: PDF too large {size}")
            bad += 1
        if not 2 <= d.page_count <= 8:
            print(f"{stem}: {d.page_count} pages")
            bad += 1
    for f in g["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            if verbose:
                print(f"{stem}: raw not on page {f['page']}: {f['raw']!r} ({f['metric']} {f['debt_raw']})")
    for i in g["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            bad += 1
            if verbose:
                print(f"{stem}: initiative not on page {i['page']}: {i['text'][:40]!r}")
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            if squash(s["text"])[:30] not in texts[s["page"] - 1]:
                bad += 1
                print(f"{stem}: statement start not on page {s['page']}: {s['text'][:30]!r}")
    print(f"{stem}: {len(g['facts'])} facts, {len(g['initiatives'])} initiatives, "
          f"{len(texts)} pages, {bad} problems")
    return bad


def series(years, cur_a, cur_r, arr_a0, arr_r, wo_frac):
    """Multi-year collection figures (千円) where each year's 滞納繰越分 調定額 is the previous
    year's 収入未済額.  Returns {year: {seg: (A, C, W, O, rate)}} with seg current/arrears/total."""
    out = {}
    arr_a = arr_a0
    for i, y in enumerate(years):
        a1 = cur_a[i]
        c1 = round(a1 * cur_r[i] / 100)
        a2 = arr_a
        c2 = round(a2 * arr_r[i] / 100)
        w2 = round(a2 * wo_frac[i])
        o1, o2 = a1 - c1, a2 - c2 - w2
        a, c, w = a1 + a2, c1 + c2, w2
        out[y] = {"current": (a1, c1, 0, o1, rate(c1, a1)),
                  "arrears": (a2, c2, w2, o2, rate(c2, a2)),
                  "total": (a, c, w, a - c - w, rate(c, a))}
        arr_a = a - c - w
    return out
