"""Shared helpers for helper qe's blind documents (run build scripts from corpus/frozen44)."""
import hashlib, json, os, re, subprocess, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
WORK = Path("/tmp/qe_work")
WORK.mkdir(exist_ok=True)

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s):
    return str(s).translate(ZEN)


def R(n):
    """令和n年度 -> western start year"""
    return 2018 + n


def c(n):
    """comma format, △ for minus"""
    return ("△" if n < 0 else "") + f"{abs(int(n)):,}"


def cb(n, minus="▲"):
    return (minus if n < 0 else "") + f"{abs(int(n)):,}"


def sen(n):
    """yen -> thousand yen (rounded down), as int"""
    return int(n // 1000)


def rate(col, ass, nd=2):
    return round(col / ass * 100 + 1e-9, nd) if ass else 0.0


def pct(v, nd=2):
    return f"{v:.{nd}f}"


def sgn(v, nd=2, minus="△", plus=""):
    if isinstance(v, float):
        v = round(v, nd)
        s = f"{abs(v):.{nd}f}"
    else:
        s = f"{abs(v):,}"
    if v < 0:
        return minus + s
    return plus + s


class Gold:
    def __init__(self):
        self.facts = []
        self.inits = []

    def f(self, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
          as_of=None, approx=False, area=None):
        if isinstance(value, float) and unit in ("yen", "persons", "households", "cases"):
            value = int(round(value))
        self.facts.append(dict(debt=debt, debt_raw=debt_raw, fiscal_year=fy, fiscal_year_raw=fy_raw,
                               segment=seg, metric=metric, basis=basis, as_of=as_of, value=value,
                               unit=unit, approx=approx, raw=raw, page=page, area=area))

    def i(self, debt, fy, section, label, text, status, page, debt_raw=None):
        self.inits.append(dict(debt=debt, debt_raw=debt_raw or debt, fiscal_year=fy, section=section,
                               label=label, text=text, status=status, page=page))


def write_gold(stem, kind, municipality, title, date, date_raw, g, minutes=None, family=None):
    pdf = PDF / f"{stem}.pdf"
    import pymupdf
    n = len(pymupdf.open(pdf))
    doc = {
        "schema_version": "1",
        "source": {"file": f"{stem}.pdf", "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
        "document": {"kind": kind, "family": family or kind, "municipality": municipality, "title": title,
                     "date": date, "date_raw": date_raw},
        "facts": g.facts,
        "initiatives": g.inits,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    (GOLD / f"{stem}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{stem}: {n} pages, {len(g.facts)} facts, {len(g.inits)} initiatives")


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", str(html_path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def soffice_pdf(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
