"""Shared helpers for helper nb's blind documents (set dev52).

Gold is recorded while the build scripts draw: every printed figure goes through
Gold.fact(...) with the page it is drawn on, so the JSON is generated from the same
data as the PDF, never read back from it.
"""
from __future__ import annotations

import hashlib
import json
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/nb_work")
WORK.mkdir(parents=True, exist_ok=True)

FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%()-+", "０１２３４５６７８９．，％（）－＋")


def zen(s: str) -> str:
    """Half-width digits and signs to full-width (全角)."""
    return str(s).translate(ZEN)


def rnd(x, nd=2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(collected, assessed, nd=2) -> float:
    return rnd(Decimal(collected) * 100 / Decimal(assessed), nd)


def kilo(yen: int) -> int:
    """yen -> 千円 (rounded half up)."""
    return int((Decimal(yen) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def comma(n: int) -> str:
    return f"{n:,}"


def signed(x, nd=2, minus="▲", plus="") -> str:
    """Difference as printed: ▲ for minus."""
    s = f"{abs(x):,.{nd}f}" if isinstance(x, float) or nd else f"{abs(x):,}"
    if x < 0:
        return minus + s
    return plus + s


def pct(x, nd=2, sign="") -> str:
    return f"{x:.{nd}f}{sign}"


class Gold:
    def __init__(self, stem, kind, municipality, title, date, date_raw, family):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def fact(self, page, raw, value, unit, metric, *, debt, debt_raw, fy, fy_raw,
             segment="total", basis="actual", as_of=None, approx=False, area=None):
        if unit == "yen":
            value = int(value)
        elif unit in ("percent", "points"):
            value = float(value)
        else:
            value = int(value)
        f = {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
             "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
             "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
             "area": area}
        self.facts.append(f)
        return raw

    def init(self, page, text, *, debt, fy, section, label=None, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw if debt_raw else debt, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page})

    def write(self, pdf_path: Path):
        data = pdf_path.read_bytes()
        import pymupdf as fitz
        n = fitz.open(pdf_path).page_count
        out = {"schema_version": "1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc,
               "facts": self.facts,
               "initiatives": self.inits,
               "minutes": self.minutes,
               "tables": [],
               "warnings": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {p} ({len(self.facts)} facts, {len(self.inits)} initiatives, {n} pages)")
        return p


def check(stem: str) -> int:
    """Every raw (and initiative text, statement text) occurs on its page, whitespace removed."""
    import re
    import pymupdf as fitz
    g = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(PDF_DIR / f"{stem}.pdf")
    pages = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    bad = 0
    for f in g["facts"]:
        r = re.sub(r"\s+", "", f["raw"])
        if not (1 <= f["page"] <= len(pages)) or r not in pages[f["page"] - 1]:
            bad += 1
            print("RAW MISSING", stem, f["page"], f["raw"], f["metric"], f["debt_raw"])
    tag = re.compile(r"【(継続|新規|拡充)】")
    for i in g["initiatives"]:
        t = re.sub(r"\s+", "", i["text"])
        if t not in pages[i["page"] - 1]:
            bad += 1
            print("INIT MISSING", stem, i["page"], i["text"][:40])
        if i["status"] and f"【{i['status']}】" not in pages[i["page"] - 1]:
            bad += 1
            print("TAG MISSING", stem, i["page"], i["status"])
    m = g.get("minutes")
    if m:
        allt = "".join(pages)
        for s in m["statements"]:
            t = re.sub(r"\s+", "", s["text"])
            if t not in allt:
                bad += 1
                print("STATEMENT MISSING", s["speaker"], s["text"][:40])
    print(f"{stem}: {len(g['facts'])} facts, {len(g['initiatives'])} initiatives, {bad} problems")
    return bad
