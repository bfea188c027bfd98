"""Shared helpers for helper qt's blind documents (gold is written from the same data that draws the PDF)."""
import hashlib, json, os
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
WORK = "/tmp/qt_work"
os.makedirs(WORK, exist_ok=True)
ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s):
    return str(s).translate(ZEN)


def c(n):
    """comma number, minus as △"""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def r(x, nd=2):
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(col, ass, nd=2):
    return r(Decimal(col) * 100 / Decimal(ass), nd)


def pf(x, nd=2):
    return f"{x:.{nd}f}"


def rec(a, col, w=0, nd=2):
    return dict(a=a, c=col, w=w, o=a - col - w, r=rate(col, a, nd))


def add(*recs, nd=2):
    a = sum(x["a"] for x in recs); col = sum(x["c"] for x in recs); w = sum(x["w"] for x in recs)
    return rec(a, col, w, nd)


UNIT = {"collection_rate": "percent", "delinquents": "persons"}


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = dict(kind=kind, family=family, municipality=municipality, title=title, date=date, date_raw=date_raw)
        self.facts, self.inits, self.minutes, self.page = [], [], None, 1

    def f(self, raw, value, metric, fy, fy_raw=None, seg="total", basis="actual", debt=None, debt_raw=None,
          unit=None, approx=False, as_of=None, area=None, page=None):
        if unit is None:
            unit = UNIT.get(metric, "yen")
        self.facts.append(dict(debt=debt, debt_raw=debt_raw, fiscal_year=fy, fiscal_year_raw=fy_raw, segment=seg,
                               metric=metric, basis=basis, as_of=as_of, value=value, unit=unit, approx=approx,
                               raw=raw, page=page or self.page, area=area))
        return raw

    def i(self, text, debt, fy, section, label, status=None, page=None, debt_raw=None):
        self.inits.append(dict(debt=debt, debt_raw=debt_raw, fiscal_year=fy, section=section, label=label, text=text,
                               status=status, page=page or self.page))

    def save(self):
        import pymupdf
        pdf = os.path.join(SET, "pdf", self.stem + ".pdf")
        data = open(pdf, "rb").read()
        n = pymupdf.open(pdf).page_count
        out = {"schema_version": "1",
               "source": {"file": self.stem + ".pdf", "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits, "minutes": self.minutes,
               "tables": [], "warnings": []}
        with open(os.path.join(SET, "gold", self.stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
        print(self.stem, "pages", n, "facts", len(self.facts), "initiatives", len(self.inits))
