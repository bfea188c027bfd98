"""Shared helpers for helper-y builders (dev43): facts, gold writing, self-check."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent                      # corpus/dev43
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/y_work")
WORK.mkdir(parents=True, exist_ok=True)

FONT_SANS = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s) -> str:
    """半角数字 → 全角数字."""
    return str(s).translate(ZEN)


def wareki(fy: int, zenkaku=False) -> str:
    if fy >= 2019:
        n = fy - 2018
        s = "元" if n == 1 else str(n)
        e = "令和"
    else:
        n = fy - 1988
        s = str(n)
        e = "平成"
    if zenkaku:
        s = zen(s)
    return f"{e}{s}"


def comma(v: int) -> str:
    """1234567 → '1,234,567'; negative → '△1,234'."""
    if v < 0:
        return "△" + f"{-v:,}"
    return f"{v:,}"


def rate_str(r: float, nd=2) -> str:
    return f"{r:.{nd}f}"


def diff_str(d: float, nd=2, minus="△") -> str:
    d = round(d, nd)
    if d < 0:
        return minus + f"{-d:.{nd}f}"
    return f"{d:.{nd}f}"


def rate(collected: int, assessed: int, nd=2) -> float:
    return round(collected / assessed * 100 + 1e-12, nd)


def fact(*, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw, page,
         as_of=None, approx=False, area=None):
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None}


def initiative(*, debt, fy, section, label, text, status, page, debt_raw=None):
    d = {"debt": debt, "fiscal_year": fy, "section": section, "label": label,
         "text": text, "status": status, "page": page}
    if debt_raw is not None:
        d["debt_raw"] = debt_raw
    return d


def write_gold(stem: str, document: dict, facts: list, initiatives: list, tables=None,
               minutes=None, warnings=None):
    import fitz  # PyMuPDF
    pdf = PDF_DIR / f"{stem}.pdf"
    data = pdf.read_bytes()
    with fitz.open(pdf) as d:
        pages = d.page_count
    gold = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
        "document": document,
        "facts": facts,
        "initiatives": initiatives,
        "minutes": minutes,
        "tables": tables or [],
        "warnings": warnings or [],
    }
    out = GOLD_DIR / f"{stem}.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def _n(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def check(stem: str) -> int:
    """Every fact raw / initiative text must occur on its page's text layer."""
    import fitz
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    with fitz.open(PDF_DIR / f"{stem}.pdf") as d:
        texts = [_n(p.get_text()) for p in d]
    bad = 0
    for f in gold["facts"]:
        if _n(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            print("FACT NOT ON PAGE", f["page"], f["raw"], f["debt_raw"], f["metric"])
    for i in gold["initiatives"]:
        if _n(i["text"]) not in texts[i["page"] - 1]:
            bad += 1
            print("INIT NOT ON PAGE", i["page"], i["text"][:40])
    # counts per page to spot near-duplicates
    print(f"{stem}: {len(gold['facts'])} facts, {len(gold['initiatives'])} initiatives, "
          f"{gold['source']['pages']} pages, {bad} problems")
    return bad
