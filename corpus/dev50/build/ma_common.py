"""Shared helpers for helper ma's blind documents (set dev50).

The build scripts register every printed figure as a fact at the moment they lay it out, so the
gold JSON comes from the same data that draws the PDF (never from reading the PDF back).
Run the build scripts from corpus/dev50:  python3 build/ma_<stem>.py
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
WORK = Path("/tmp/ma_work")

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789,.%()-+", "０１２３４５６７８９，．％（）－＋")
KANJI_NUM = {1: "元", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九"}


def zen(s: str) -> str:
    """ASCII digits and signs to full-width (全角) forms."""
    return str(s).translate(ZEN)


def fmt(n: int) -> str:
    return f"{int(n):,}"


def tri(n: int, mark: str = "△") -> str:
    """Integer with a triangle for minus (△1,234)."""
    return (mark + fmt(-n)) if n < 0 else fmt(n)


def trif(x: float, nd: int = 2, mark: str = "△", plus: str = "") -> str:
    s = f"{abs(x):.{nd}f}"
    if round(x, nd) < 0:
        return mark + s
    return plus + s if round(x, nd) > 0 else s


def oku_man(yen: int, unit: int = 1_000_000) -> tuple[str, int]:
    """Approximate yen as printed in prose: 約9億8,400万円 (rounded to `unit` yen)."""
    v = int(round(abs(yen) / unit)) * unit
    oku, man = divmod(v // 10_000, 10_000)
    s = (f"{oku}億" if oku else "") + (f"{man:,}万" if man else "") + "円"
    return "約" + s, (v if yen >= 0 else -v)


def rate(num: int, den: int, nd: int = 2) -> float:
    return round(num * 100.0 / den + 1e-12, nd)


def reiwa(fy: int) -> int:
    return fy - 2018


def fy_label(fy: int, kind: str = "reiwa") -> str:
    if fy >= 2019:
        n = fy - 2018
        return f"令和{'元' if n == 1 else n}年度"
    return f"平成{fy - 1988}年度"


class Gold:
    """Collects facts and initiatives while a document is laid out."""

    def __init__(self, stem: str):
        self.stem = stem
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, page, raw, value, unit, metric, *, debt=None, debt_raw=None, fy=None, fy_raw=None,
             segment="total", basis="actual", as_of=None, approx=False, area=None):
        if unit in ("yen", "persons", "households", "cases"):
            value = int(round(value))
        else:
            value = round(float(value), 4)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area,
        })
        return raw

    def item(self, page, text, *, debt=None, fy=None, section=None, label=None, status=None, debt_raw=None):
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                                 "label": label, "text": text, "status": status, "page": page})
        return text

    def write(self, pdf: Path, *, kind, family, municipality, title, date, date_raw):
        import pymupdf
        data = pdf.read_bytes()
        with pymupdf.open(pdf) as d:
            n = d.page_count
        out = {
            "schema_version": "1.1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": {"kind": kind, "family": family, "municipality": municipality, "title": title,
                         "date": date, "date_raw": date_raw},
            "facts": self.facts,
            "initiatives": self.initiatives,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
        }
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(stem: str) -> list[str]:
    """Every fact's raw and every initiative's / statement's text must occur on its page."""
    import pymupdf
    g = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    probs = []
    with pymupdf.open(PDF_DIR / f"{stem}.pdf") as d:
        texts = [squash(p.get_text()) for p in d]
        if not 2 <= d.page_count <= 8:
            probs.append(f"page count {d.page_count}")
    if (PDF_DIR / f"{stem}.pdf").stat().st_size >= 2_000_000:
        probs.append("pdf too large")
    for f in g["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            probs.append(f"fact raw not on p{f['page']}: {f['raw']!r} ({f['debt']}, {f['metric']})")
    for i in g["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            probs.append(f"initiative not on p{i['page']}: {i['text'][:30]!r}")
    m = g.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if squash(s["text"]) not in alltext:
                probs.append(f"statement text not in document: {s['speaker']} {s['text'][:30]!r}")
    return probs
