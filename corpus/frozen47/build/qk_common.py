"""Shared helpers of helper qk: gold records built from the same data that draws the PDFs.

Run the build scripts from corpus/frozen47 (python3 build/qk_xxx.py)."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
WORK = Path("/tmp/qk_work")
WORK.mkdir(parents=True, exist_ok=True)
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def zen(s) -> str:
    """half-width digits to full-width (全角) digits."""
    return str(s).translate(ZEN)


def yen(v: int, div: int = 1000, dec: int = 0) -> str:
    """format a yen amount in a unit (div=1000 -> 千円), with △ for minus."""
    x = v / div
    s = f"{abs(x):,.{dec}f}"
    return ("△" + s) if x < 0 else s


def pct(x: float, dec: int = 1) -> str:
    return f"{x:.{dec}f}"


def rate(col: int, ass: int, dec: int = 1) -> float:
    return round(col / ass * 100 + 1e-9, dec)


def parse_value(raw: str, mult: float = 1.0):
    """value of a printed number: 全角, commas, △/▲, 億/万 compounds, units in the raw."""
    s = unicodedata.normalize("NFKC", raw)
    neg = "△" in s or "▲" in s or re.search(r"(^|[^0-9])-\d", s) is not None
    approx = bool(re.search(r"約|概ね|余|程度", s))
    s2 = s.replace(",", "")
    m = re.search(r"(\d+(?:\.\d+)?)億(?:(\d+(?:\.\d+)?)万)?", s2)
    if m:
        v = float(m.group(1)) * 1e8 + (float(m.group(2)) * 1e4 if m.group(2) else 0)
    else:
        m = re.search(r"(\d+(?:\.\d+)?)", s2)
        if not m:
            raise ValueError(raw)
        v = float(m.group(1))
        rest = s2[m.end():]
        if rest.startswith("万"):
            v *= 1e4
        elif rest.startswith("百万"):
            v *= 1e6
        elif rest.startswith("千円") or rest.startswith("千"):
            v *= 1e3
        else:
            v *= mult
    return (-v if neg else v), approx


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None
        self.page = 1

    # ---- facts -------------------------------------------------------------------------
    def f(self, raw, metric, fy, fy_raw=None, seg="total", basis="actual", debt=None, debt_raw=None,
          mult=1.0, unit=None, value=None, approx=None, as_of=None, area=None, page=None, neg=None):
        v, ap = parse_value(raw, mult)
        if neg is True:
            v = -abs(v)
        if value is not None:
            v = value
        if unit is None:
            if metric in ("collection_rate",) or metric.endswith("_rate") or metric.endswith("ratio"):
                unit = "percent"
            elif metric == "delinquents":
                unit = "persons"
            else:
                unit = "yen"
        if unit == "yen" or unit in ("persons", "households", "cases"):
            v = int(round(v))
        else:
            v = round(float(v), 4)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": v, "unit": unit,
            "approx": bool(ap if approx is None else approx), "raw": raw,
            "page": page or self.page, "area": area, "bbox": None, "table": None})
        return raw

    # ---- initiatives -------------------------------------------------------------------
    def i(self, text, debt, fy, section, label=None, status=None, page=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page or self.page})
        return text

    # ---- output ------------------------------------------------------------------------
    def write(self, pdf_path: Path, pages: int):
        data = pdf_path.read_bytes()
        out = {"schema_version": "3",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        GOLD.mkdir(exist_ok=True)
        p = GOLD / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{self.stem}: {pages} pages, {len(self.facts)} facts, {len(self.inits)} initiatives")


def page_count(pdf_path: Path) -> int:
    import pymupdf
    with pymupdf.open(pdf_path) as d:
        return d.page_count


def soffice(src: Path, outdir: Path) -> Path:
    import subprocess
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=240)
    return outdir / (src.stem + ".pdf")
