"""Shared helpers for helper qi's blind documents (set frozen46).

Run the build scripts from corpus/frozen46:  python3 build/qi_<city>_<kind>.py
Every gold fact is produced from the same numbers that are drawn into the PDF.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/frozen46
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/qi_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")


def zen(s: str) -> str:
    """Half-width digits to full-width (全角)."""
    return str(s).translate(ZEN)


def q(x, nd=2) -> Decimal:
    return Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def rate(collected, assessed, nd=2) -> float:
    """収納率 = 収入済額 ÷ 調定額 (percent, half-up)."""
    if not assessed:
        return 0.0
    return float(q(Decimal(collected) * 100 / Decimal(assessed), nd))


def fr(x, nd=2) -> str:
    """rate as printed, e.g. 97.5 -> '97.50'."""
    return f"{q(x, nd):.{nd}f}"


def c(n) -> str:
    """comma format; negative numbers with a leading minus."""
    return f"{int(n):,}"


def tri(n, mark="△") -> str:
    """difference with △/▲ for minus."""
    n = int(n)
    return f"{mark}{abs(n):,}" if n < 0 else f"{n:,}"


def trif(x, nd=2, mark="△", plus="") -> str:
    x = q(x, nd)
    if x < 0:
        return f"{mark}{-x:.{nd}f}"
    return f"{plus}{x:.{nd}f}"


def chain(years, cur_assessed, cur_rate, arr0, arr_rate, wo_rate, cur_exact=None):
    """Multi-year collection history of one debt (all amounts in one unit, integers).

    滞納繰越分の調定額 of a year = 収入未済額 of the year before; 不納欠損 falls on the arrears.
    Returns {year: {...}} with cur/arr/tot assessed, collected, rate, written_off, outstanding.
    """
    out = {}
    arr = arr0
    for i, y in enumerate(years):
        ca = cur_assessed[i]
        cc = round(ca * cur_rate[i] / 100)
        ac = round(arr * arr_rate[i] / 100)
        wo = round(arr * wo_rate[i] / 100)
        o_cur = ca - cc
        o_arr = arr - ac - wo
        d = dict(
            cur_a=ca, cur_c=cc, cur_r=rate(cc, ca),
            arr_a=arr, arr_c=ac, arr_r=rate(ac, arr),
            tot_a=ca + arr, tot_c=cc + ac, tot_r=rate(cc + ac, ca + arr),
            wo=wo, out=o_cur + o_arr, out_cur=o_cur, out_arr=o_arr,
        )
        out[y] = d
        arr = d["out"]
    return out


ERA = {"令和": 2018, "平成": 1988, "R": 2018, "H": 1988}


class Facts:
    """Collects gold facts for one document."""

    def __init__(self):
        self.items = []

    def add(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
            as_of=None, approx=False, area=None):
        assert seg in ("current", "arrears", "total", None), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, "interim needs as_of"
        if isinstance(value, float) and unit == "yen":
            value = round(value)
        self.items.append(dict(
            debt=debt, debt_raw=debt_raw, fiscal_year=fy, fiscal_year_raw=fy_raw,
            segment=seg, metric=metric, basis=basis, as_of=as_of,
            value=value, unit=unit, approx=approx, raw=raw, page=page, area=area,
            bbox=None, table=None))


class Inits:
    def __init__(self):
        self.items = []

    def add(self, page, debt, debt_raw, fy, section, label, text, status=None):
        assert status in (None, "継続", "新規", "拡充")
        self.items.append(dict(debt=debt, debt_raw=debt_raw, fiscal_year=fy, section=section,
                               label=label, text=text, status=status, page=page))


def sha256(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def write_gold(stem, document: dict, facts: Facts, inits: Inits, minutes=None):
    import fitz
    pdf = PDF_DIR / f"{stem}.pdf"
    doc = fitz.open(pdf)
    gold = {
        "schema_version": "1.1",
        "source": {"file": pdf.name, "sha256": sha256(pdf), "pages": doc.page_count},
        "document": document,
        "facts": facts.items,
        "initiatives": inits.items,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
        "pages": [],
    }
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def _nows(s):
    return re.sub(r"\s+", "", s or "")


def check(stem, verbose=True) -> int:
    """Every fact's raw and every initiative's / statement's text must occur on its page."""
    import fitz
    pdf = PDF_DIR / f"{stem}.pdf"
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(pdf)
    pages = [_nows(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        if _nows(f["raw"]) not in pages[f["page"] - 1]:
            bad += 1
            if verbose:
                print("RAW MISSING", stem, f["page"], repr(f["raw"]), f["metric"], f["debt_raw"])
    for i in gold["initiatives"]:
        if _nows(i["text"]) not in pages[i["page"] - 1]:
            bad += 1
            if verbose:
                print("INIT MISSING", stem, i["page"], i["text"][:40])
    m = gold.get("minutes")
    if m:
        alltext = "".join(pages)
        for s in m.get("statements") or []:
            if _nows(s["text"]) not in alltext:
                bad += 1
                if verbose:
                    print("STATEMENT MISSING", stem, s["speaker"], s["text"][:40])
    size = pdf.stat().st_size
    if verbose:
        print(f"{stem}: pages={doc.page_count} size={size/1024:.0f}KB facts={len(gold['facts'])} "
              f"inits={len(gold['initiatives'])} problems={bad}")
    assert 2 <= doc.page_count <= 8, "page count"
    assert size < 2 * 1024 * 1024, "size"
    return bad
