"""Shared helpers for helper pk's blind documents (gold records, number formatting, checks)."""
import hashlib
import json
import re
from pathlib import Path

import fitz  # PyMuPDF

ROOT = Path(__file__).resolve().parent.parent  # corpus/dev60
ZEN = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def zen(s):
    return str(s).translate(ZEN)


def fmt(n, minus="△"):
    """integer with thousands separators; minus sign as △ (or ▲)."""
    n = int(round(n))
    return (minus if n < 0 else "") + f"{abs(n):,}"


def fmt_f(x, d=1, minus="△", plus=""):
    s = f"{abs(x):.{d}f}"
    if round(x, d) < 0:
        return minus + s
    if round(x, d) > 0:
        return plus + s
    return s


def rate(c, a, d=2):
    return round(c / a * 100, d) if a else 0.0


def oku_man(yen, step=1_000_000):
    """'6億1,200万円' from yen rounded to `step`; returns (text, rounded value)."""
    v = int(round(yen / step)) * step
    oku, man = divmod(v // 10000, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if man:
        s += f"{man:,}万"
    return s + "円", v


class Gold:
    def __init__(self):
        self.facts = []
        self.inits = []

    def f(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
          approx=False, as_of=None, area=None):
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None})

    def i(self, page, debt, debt_raw, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def write(self, stem, document, minutes=None):
        pdf = ROOT / "pdf" / f"{stem}.pdf"
        doc = fitz.open(pdf)
        out = {
            "schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": doc.page_count},
            "document": document,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": minutes,
            "tables": [],
            "warnings": [],
        }
        (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1),
                                                    encoding="utf-8")
        return out


def nows(s):
    return re.sub(r"\s+", "", s or "")


def check(stem):
    """every raw and every initiative text occurs on its page; return list of problems."""
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    g = json.loads((ROOT / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(pdf)
    texts = [nows(p.get_text()) for p in doc]
    bad = []
    for f in g["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or nows(f["raw"]) not in texts[p - 1]:
            bad.append(("fact", p, f["raw"], f["debt_raw"], f["metric"]))
    for it in g["initiatives"]:
        p = it["page"]
        t = nows(re.sub(r"【(継続|新規|拡充)】", "", it["text"]))
        if not (1 <= p <= len(texts)) or t not in texts[p - 1]:
            bad.append(("init", p, it["text"][:30]))
    return bad
