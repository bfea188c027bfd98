"""Shared helpers for helper qg's blind documents (set frozen45).

Every build script keeps its figures in Python data, draws the PDF from that data and
writes the gold from the same data (never by reading the PDF back).  Run the scripts
from corpus/frozen45:  python3 build/qg_<city>_<kind>_1.py
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
WORK = Path("/tmp/qg_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

_Z = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s) -> str:
    """ASCII digits and signs to full width (全角)."""
    return str(s).translate(_Z)


def zd(s) -> str:
    """Only the digits to full width."""
    return str(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def c(n) -> str:
    """1234567 -> '1,234,567'."""
    return f"{int(n):,}"


def tri(n, mark="△", plus="") -> str:
    """signed amount with △/▲ for minus."""
    n = int(n)
    return f"{mark}{abs(n):,}" if n < 0 else f"{plus}{n:,}"


def trif(x, nd=2, mark="△", plus="") -> str:
    """signed decimal with △/▲ for minus."""
    s = f"{abs(x):.{nd}f}"
    if round(x, nd) < 0:
        return mark + s
    return plus + s


def rate(num, den, nd=2) -> float:
    return round(num / den * 100 + 1e-12, nd)


def pct(x, nd=2) -> str:
    return f"{x:.{nd}f}"


def kanji_yen(yen: int, approx_unit="万") -> str:
    """1,556,000,000 -> '15億5,600万円' (value must be a whole number of 万円)."""
    man = int(round(yen / 10000))
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


def era(fy: int) -> str:
    """fiscal year -> 令和N年度 (令和元年度 for 2019; 平成 before)."""
    if fy >= 2019:
        n = fy - 2018
        return "令和元年度" if n == 1 else f"令和{n}年度"
    return f"平成{fy - 1988}年度"


def R(fy: int) -> str:
    return f"R{fy - 2018}"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             as_of=None, approx=False, area=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if unit in ("percent", "points"):
            value = float(value)
        else:
            value = int(value)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": bool(approx), "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None})

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        assert status in (None, "継続", "新規", "拡充")
        d = {"debt": debt, "fiscal_year": fy, "section": section, "label": label,
             "text": text, "status": status, "page": page}
        if debt_raw is not None:
            d["debt_raw"] = debt_raw
        self.inits.append(d)

    def write(self, pdf_path: Path):
        import pymupdf
        data = pdf_path.read_bytes()
        with pymupdf.open(pdf_path) as d:
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
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(pdf_path: Path, gold_path: Path, verbose=True) -> int:
    """Every fact raw and every initiative text (and statement text) must occur on its page."""
    import pymupdf
    g = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    bad = 0
    with pymupdf.open(pdf_path) as d:
        texts = [squash(p.get_text()) for p in d]
        nfk = [unicodedata.normalize("NFKC", t) for t in texts]
        n = d.page_count
    for f in g["facts"]:
        p = f["page"]
        if not (1 <= p <= n) or squash(f["raw"]) not in texts[p - 1]:
            bad += 1
            if verbose:
                print("RAW MISSING p%s: %r  (%s %s %s)" % (p, f["raw"], f["debt_raw"], f["metric"], f["fiscal_year"]))
    for i in g["initiatives"]:
        p = i["page"]
        t = squash(i["text"])
        if not (1 <= p <= n) or t not in texts[p - 1]:
            bad += 1
            if verbose:
                print("INIT MISSING p%s: %r" % (p, i["text"][:40]))
    m = g.get("minutes")
    if m:
        alltxt = "".join(texts)
        for s in m.get("statements", []):
            t = squash(s["text"])
            if t not in alltxt:
                bad += 1
                if verbose:
                    print("STATEMENT MISSING: %r" % s["text"][:40])
    if verbose:
        print(f"{gold_path.name}: {len(g['facts'])} facts, {len(g['initiatives'])} initiatives, {n} pages, {bad} problems")
    return bad
