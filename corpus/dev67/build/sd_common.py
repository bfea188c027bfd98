"""Shared helpers for helper sd's blind documents (set dev67).

The build scripts keep every printed figure in a list of fact dicts while drawing, so the
gold JSON comes from the same data as the PDF (never from reading the PDF back).
"""
import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/dev67
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/sd_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,-%()", "０１２３４５６７８９．，－％（）")


def zen(s):
    return str(s).translate(ZEN)


def comma(n):
    """integer with thousands separators, minus as △"""
    n = int(round(n))
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def signed(n, dec=None, minus="△", plus=""):
    if dec is None:
        s = f"{abs(int(round(n))):,}"
    else:
        s = f"{abs(n):,.{dec}f}"
    if round(n, 6) < 0:
        return minus + s
    return plus + s


def rate(c, a, dec=1):
    return round(c / a * 100 + 1e-9, dec)


def fy_of_reiwa(r):
    return 2018 + r


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
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if unit in ("yen", "persons", "households", "cases"):
            value = int(round(value))
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area,
                           "bbox": None, "table": None})
        return raw

    def init(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf_path, pages):
        sha = hashlib.sha256(Path(pdf_path).read_bytes()).hexdigest()
        out = {"schema_version": "1.1",
               "source": {"file": Path(pdf_path).name, "sha256": sha, "pages": pages},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return p


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check(pdf_path, gold_path):
    """every raw and every initiative text must occur on its page (whitespace removed)."""
    import fitz
    doc = fitz.open(pdf_path)
    g = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    texts = [squash(p.get_text()) for p in doc]
    bad = []
    for f in g["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt_raw"], f["metric"]))
    for i in g["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            bad.append(("init", i["page"], i["text"][:40]))
    return len(doc), bad
