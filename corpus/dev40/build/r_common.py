"""Shared helpers for helper r's dev40 builders (gold writing, number formatting, checks)."""
from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

import fitz  # PyMuPDF

ROOT = Path(__file__).resolve().parents[1]          # corpus/dev40
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/r_work")
WORK.mkdir(parents=True, exist_ok=True)

FONT_GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%()", "０１２３４５６７８９．，％（）")
ZEN_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s) -> str:
    """Full-width digits only (commas and points stay as printed by most offices)."""
    return str(s).translate(ZEN_DIGITS)


def reiwa(fy: int) -> int:
    return fy - 2018


def era_label(fy: int, zenkaku: bool = False) -> str:
    if fy >= 2019:
        n = fy - 2018
        s = "令和元" if n == 1 else f"令和{n}"
    else:
        s = f"平成{fy - 1988}"
    return zen(s) if zenkaku else s


def comma(v: int) -> str:
    return f"{v:,}"


def tri(v: int) -> str:
    """Amount with △ for negatives."""
    return ("△" + f"{-v:,}") if v < 0 else f"{v:,}"


def pct(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    return round(collected / assessed * 100 + 1e-12, nd)


class Gold:
    def __init__(self, stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             as_of=None, approx=False, area=None):
        if unit == "percent" or unit == "points":
            value = float(value)
        else:
            value = int(value)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None})

    def init(self, page, debt, debt_raw, fy, section, label, text, status):
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                                 "section": section, "label": label, "text": text,
                                 "status": status, "page": page})

    def write(self):
        pdf = PDF_DIR / f"{self.stem}.pdf"
        data = pdf.read_bytes()
        with fitz.open(pdf) as d:
            n = d.page_count
        out = {"schema_version": "1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.initiatives,
               "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def _n(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def _plain(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(stem: str) -> int:
    """Every raw / initiative text must occur on its page (spaces and line breaks removed)."""
    pdf = PDF_DIR / f"{stem}.pdf"
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    with fitz.open(pdf) as d:
        pages = [_plain(p.get_text()) for p in d]
    bad = 0
    for f in gold["facts"]:
        if _plain(f["raw"]) not in pages[f["page"] - 1]:
            print("RAW MISSING", f["page"], f["raw"], f["debt_raw"], f["fiscal_year"], f["metric"])
            bad += 1
    for i in gold["initiatives"]:
        t = re.sub(r"【(継続|新規|拡充)】", "", i["text"])
        if _plain(t) not in pages[i["page"] - 1]:
            print("INIT MISSING", i["page"], i["text"][:40])
            bad += 1
    print(f"{stem}: {len(gold['facts'])} facts, {len(gold['initiatives'])} initiatives, "
          f"{gold['source']['pages']} pages, {bad} problems")
    return bad
