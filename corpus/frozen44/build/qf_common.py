"""Shared helpers for helper qf's blind documents (set frozen44).

Every build script keeps its figures in Python data, draws the PDF from them and
records each printed figure as a gold fact at the moment it is printed.
"""
import hashlib
import json
import os
import re
import subprocess
import unicodedata
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent.parent
WORK = Path("/tmp/qf_work")
WORK.mkdir(parents=True, exist_ok=True)
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")


def zen(s):
    return str(s).translate(ZEN)


def c(n):
    """1234567 -> '1,234,567' ; negative with △"""
    if n < 0:
        return "△" + f"{-n:,}"
    return f"{n:,}"


def tri(n, mark="△", dec=None):
    if dec is not None:
        s = f"{abs(n):,.{dec}f}"
    else:
        s = f"{abs(n):,}"
    return (mark + s) if n < 0 else s


def rate(col, ass, nd=2):
    return round(col * 100.0 / ass, nd) if ass else 0.0


def fy_raw_reiwa(fy, full=True):
    r = fy - 2018
    if r == 1:
        return "令和元年度"
    return f"令和{r}年度"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        if unit == "yen":
            value = int(round(value))
        elif unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})
        return raw

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page})

    def write(self, pdf_path):
        pdf_path = Path(pdf_path)
        import pymupdf
        d = pymupdf.open(str(pdf_path))
        n = d.page_count
        d.close()
        out = {"schema_version": "1",
               "source": {"file": pdf_path.name,
                          "sha256": hashlib.sha256(pdf_path.read_bytes()).hexdigest(),
                          "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        gp = SET_DIR / "gold" / f"{self.stem}.json"
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{self.stem}: {n} pages, {len(self.facts)} facts, {len(self.inits)} initiatives")


def soffice_pdf(src, outdir=WORK):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True)
    return Path(outdir) / (Path(src).stem + ".pdf")


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}",
                    f"file://{html_path}"], check=True, capture_output=True)


def norm_ws(s):
    return re.sub(r"\s+", "", s)
