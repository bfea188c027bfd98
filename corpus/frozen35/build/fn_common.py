"""Shared helpers for helper fn's blind documents (set frozen35).

Run the build scripts from corpus/frozen35:  python3 build/fn_<city>_<kind>_1.py
Each script draws its PDF from its own data and writes the gold from the same data.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/frozen35
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/fn_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    """ASCII digits and signs to full width (as many city papers print them)."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{int(n):,}"


def signed(n, nd=None, minus="△", plus="") -> str:
    """Difference with a △/▲ minus sign."""
    if nd is None:
        s = comma(abs(n))
    else:
        s = f"{abs(n):,.{nd}f}"
    if n < 0:
        return minus + s
    return plus + s


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    if not assessed:
        return 0.0
    # round half up on the exact ratio
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(collected) * 100 / Decimal(assessed)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def fr(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def sen(yen: int) -> int:
    """yen -> 千円 (rounded half up)"""
    return (yen + 500) // 1000


def era_year(fy: int) -> str:
    """2025 -> 令和7年度"""
    if fy >= 2019:
        n = fy - 2018
        return f"令和{'元' if n == 1 else n}年度"
    return f"平成{fy - 1988}年度"


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    def fact(self, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw, page,
             approx=False, as_of=None, area=None):
        assert segment in ("current", "arrears", "total"), segment
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, "interim needs as_of"
        if unit in ("yen", "persons", "households", "cases"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": bool(approx), "raw": raw, "page": page,
                           "area": area, "bbox": None, "table": None})

    def init(self, debt, debt_raw, fy, section, label, text, status, page):
        assert status in (None, "継続", "新規", "拡充")
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                                 "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path):
        import fitz
        data = pdf_path.read_bytes()
        with fitz.open(pdf_path) as d:
            n = d.page_count
        out = {"schema_version": "1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc,
               "facts": self.facts,
               "initiatives": self.initiatives,
               "minutes": self.minutes,
               "tables": [],
               "warnings": []}
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{p.name}: {n} pages, {len(self.facts)} facts, {len(self.initiatives)} initiatives")
        return out


def html_to_pdf(html: str, pdf_path: Path):
    src = WORK / (pdf_path.stem + ".html")
    src.write_text(html, encoding="utf-8")
    tmp = WORK / (pdf_path.stem + ".chromium.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf-no-header", f"--print-to-pdf={tmp}", f"file://{src}"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finish_pdf(tmp, pdf_path)


def office_to_pdf(src: Path, pdf_path: Path):
    outdir = WORK / "soffice_out"
    outdir.mkdir(exist_ok=True)
    env = dict(os.environ, HOME=str(WORK / "lohome"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    finish_pdf(outdir / (src.stem + ".pdf"), pdf_path)


def finish_pdf(tmp: Path, pdf_path: Path, meta: dict | None = None):
    """Garbage-collect, compress and set neutral metadata."""
    import fitz
    d = fitz.open(tmp)
    if meta is not None:
        d.set_metadata(meta)
    d.subset_fonts()
    d.save(pdf_path, garbage=4, deflate=True, clean=True)
    d.close()
