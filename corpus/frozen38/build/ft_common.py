"""Shared helpers for helper ft's blind documents (set frozen38).

Gold is produced from the same data the build scripts draw; nothing is read back from the PDF
except in check(), which only verifies that every raw / initiative text is on its page.
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
WORK = Path("/tmp/ft_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")
KANJI_NUM = {1: "元", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def zen(s) -> str:
    return str(s).translate(ZEN)


def reiwa(fy: int) -> int:
    return fy - 2018


def wareki(fy: int, nendo=True, zenkaku=False) -> str:
    """2025 -> 令和7年度, 2019 -> 令和元年度, 2017 -> 平成29年度."""
    if fy >= 2019:
        n = fy - 2018
        s = "令和" + ("元" if n == 1 else (zen(n) if zenkaku else str(n)))
    else:
        n = fy - 1988
        s = "平成" + (zen(n) if zenkaku else str(n))
    return s + ("年度" if nendo else "年")


def c(n: int) -> str:
    """comma format"""
    return f"{n:,}"


def tri(n, fmt=None, mark="▲") -> str:
    """difference with ▲/△ minus sign"""
    s = fmt(abs(n)) if fmt else c(abs(n))
    return (mark + s) if n < 0 else s


def r2(x: float) -> float:
    return round(x + 1e-12, 2)


def rate(collected: int, assessed: int, nd=2) -> float:
    return round(collected * 100.0 / assessed + 1e-12, nd)


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
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
            assert as_of, raw
        if unit in ("yen", "persons", "households", "cases"):
            value = int(value)
        else:
            value = float(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area})
        return raw

    def init(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path):
        import fitz
        data = pdf_path.read_bytes()
        n = len(fitz.open(pdf_path))
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return p


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(pdf_path: Path, gold_path: Path) -> int:
    """Every fact raw and every initiative text (and minutes statement text) occurs on its page."""
    import fitz
    doc = fitz.open(pdf_path)
    pages = [_flat(p.get_text()) for p in doc]
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    bad = 0
    for f in g["facts"]:
        if _flat(f["raw"]) not in pages[f["page"] - 1]:
            bad += 1
            print("MISSING raw", f["page"], f["raw"], f["debt"], f["metric"])
    for i in g["initiatives"]:
        if _flat(i["text"]) not in pages[i["page"] - 1]:
            bad += 1
            print("MISSING init", i["page"], i["text"][:40])
    m = g.get("minutes")
    if m:
        alltext = "".join(pages)
        for s in m["statements"]:
            if _flat(s["text"]) not in alltext:
                bad += 1
                print("MISSING stmt", s["speaker"], s["text"][:40])
    size = pdf_path.stat().st_size
    print(f"{pdf_path.name}: {len(doc)} pages, {size/1024:.0f} KB, {len(g['facts'])} facts, "
          f"{len(g['initiatives'])} initiatives, {bad} problems")
    assert 2 <= len(doc) <= 8, "page count"
    assert size < 2 * 1024 * 1024, "size"
    return bad
