"""Shared helpers for helper sc's blind documents (run the build scripts from corpus/dev67)."""
import hashlib, json, re, unicodedata
from pathlib import Path

ZEN = str.maketrans("0123456789.,%-+()", "０１２３４５６７８９．，％－＋（）")


def zen(s):
    return str(s).translate(ZEN)


def comma(n):
    """integer with thousands separators, negative as △"""
    return ("△" if n < 0 else "") + f"{abs(int(n)):,}"


def rate(c, a, nd=2):
    return round(c / a * 100 + 1e-9, nd)


def pct(v, nd=2):
    return f"{v:.{nd}f}"


def wareki(fy):
    r = fy - 2018
    return "令和元年度" if r == 1 else f"令和{r}年度"


class Gold:
    def __init__(self):
        self.facts, self.inits = [], []

    def f(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
          as_of=None, approx=False, area=None):
        if unit in ("percent", "points"):
            value = round(float(value), 4)
        else:
            value = int(value)
        self.facts.append(dict(debt=debt, debt_raw=debt_raw, fiscal_year=fy, fiscal_year_raw=fy_raw,
                               segment=seg, metric=metric, basis=basis, as_of=as_of, value=value,
                               unit=unit, approx=approx, raw=raw, page=page, area=area,
                               bbox=None, table=None))
        return raw

    def i(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        d = dict(debt=debt, fiscal_year=fy, section=section, label=label, text=text, status=status, page=page)
        if debt_raw:
            d["debt_raw"] = debt_raw
        self.inits.append(d)

    def write(self, stem, document, minutes=None):
        pdf = Path("pdf") / f"{stem}.pdf"
        data = pdf.read_bytes()
        import fitz
        n = fitz.open(pdf).page_count
        out = {"schema_version": "1",
               "source": {"file": f"{stem}.pdf", "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": document, "facts": self.facts, "initiatives": self.inits,
               "minutes": minutes, "tables": [], "warnings": []}
        Path("gold").mkdir(exist_ok=True)
        Path("gold", f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(stem, "pages", n, "facts", len(self.facts), "initiatives", len(self.inits))
