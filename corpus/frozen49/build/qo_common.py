"""Shared helpers for helper qo's blind documents (run the build scripts from corpus/frozen49)."""
import hashlib
import json
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
WORK = Path("/tmp/qo_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s):
    return str(s).translate(ZEN)


def c(v):
    """integer with thousands separators, minus as △"""
    v = int(round(v))
    return ("△" if v < 0 else "") + f"{abs(v):,}"


def r2(x):
    return round(x + 1e-9, 2)


def r1(x):
    return round(x + 1e-9, 1)


def rate(col, ass, nd=2):
    return round(col / ass * 100 + 1e-9, nd)


def p(x, nd=2):
    return f"{x:.{nd}f}"


def sgn(x, nd=2, plus="＋", minus="△"):
    return (plus if x > 0 else minus if x < 0 else "±") + f"{abs(x):.{nd}f}"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def f(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
          approx=False, as_of=None, area=None):
        if unit == "yen":
            value = int(round(value))
        elif unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
                           "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area})
        return raw

    def i(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf_path):
        data = Path(pdf_path).read_bytes()
        import fitz
        n = fitz.open(pdf_path).page_count
        out = {"schema_version": "1",
               "source": {"file": Path(pdf_path).name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        (GOLD / f"{self.stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(self.stem, "pages", n, "facts", len(self.facts), "initiatives", len(self.inits))


def chromium_pdf(html, out_pdf):
    src = WORK / (Path(out_pdf).stem + ".html")
    src.write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out_pdf}", src.as_uri()], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice_pdf(src, out_pdf):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(src)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.replace(WORK / (Path(src).stem + ".pdf"), out_pdf)
