"""Shared helpers for helper fw's blind documents (gold writer, number formatting)."""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/fw_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,-%", "０１２３４５６７８９．，－％")


def zen(s) -> str:
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """comma-grouped integer, minus as △"""
    return ("△" if n < 0 else "") + f"{abs(int(n)):,}"


def cm(n: int, minus="△") -> str:
    return (minus if n < 0 else "") + f"{abs(int(n)):,}"


def p1(x: float) -> str:
    return f"{x:.1f}"


def p2(x: float) -> str:
    return f"{x:.2f}"


def sgn(x: float, nd=1, minus="△", plus="") -> str:
    s = f"{abs(x):.{nd}f}"
    if round(x, nd) < 0:
        return minus + s
    return plus + s


def rate(collected: int, assessed: int, nd=1) -> float:
    if not assessed:
        return 0.0
    return round(collected * 100.0 / assessed + 1e-9, nd)


def era(fy: int) -> str:
    r = fy - 2018
    return "令和元年度" if r == 1 else f"令和{r}年度"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert metric in {"assessed", "collected", "collection_rate", "written_off", "outstanding",
                          "delinquents", "difference"}, metric
        assert seg in {"current", "arrears", "total"}, seg
        assert basis in {"actual", "target", "estimate", "interim"}, basis
        if basis == "interim":
            assert as_of, raw
        if unit in ("yen", "persons", "households"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})

    def init(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf: Path):
        import fitz
        data = pdf.read_bytes()
        with fitz.open(pdf) as d:
            n = d.page_count
        out = {"schema_version": "1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{self.stem}: {n} pages, {len(self.facts)} facts, {len(self.inits)} initiatives")
        return p


def soffice(src: Path, outdir: Path = WORK) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=240)
    return outdir / (src.stem + ".pdf")


def chromium(html: Path, pdf: Path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
                   check=True, capture_output=True, timeout=240)


def subset(src: Path, dst: Path):
    import fitz
    d = fitz.open(src)
    try:
        d.subset_fonts()
    except Exception:
        pass
    d.save(dst, garbage=4, deflate=True)
    d.close()


def series(years, cur0, cur_growth, cur_rates, arr0, arr_rates, wo_rates, ndp=1):
    """Consistent multi-year figures in the unit given (e.g. 千円).
    arrears assessed of year y = outstanding of year y-1 (after the first year)."""
    out = {}
    arr_a = arr0
    for i, y in enumerate(years):
        ca = round(cur0 * (1 + cur_growth) ** i)
        cc = round(ca * cur_rates[i] / 100)
        ac = round(arr_a * arr_rates[i] / 100)
        wo = round(arr_a * wo_rates[i] / 100)
        cur_out = ca - cc
        arr_out = arr_a - ac - wo
        ta, tc = ca + arr_a, cc + ac
        out[y] = dict(ca=ca, cc=cc, cr=rate(cc, ca, ndp), aa=arr_a, ac=ac, ar=rate(ac, arr_a, ndp), wo=wo,
                      ta=ta, tc=tc, tr=rate(tc, ta, ndp), out=cur_out + arr_out, cout=cur_out, aout=arr_out)
        arr_a = cur_out + arr_out
    return out
