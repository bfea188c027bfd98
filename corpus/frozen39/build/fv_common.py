"""Shared helpers for helper fv's blind documents (gold writer, number formatting)."""
import hashlib, json, os
from decimal import Decimal, ROUND_HALF_UP

ZEN = str.maketrans("0123456789,.%()-+", "０１２３４５６７８９，．％（）－＋")


def zen(s):
    return str(s).translate(ZEN)


def c(n):
    """integer with thousands separators, △ for minus"""
    n = int(n)
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def r(x, nd=2):
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(col, ass, nd=2):
    return r(Decimal(col) * 100 / Decimal(ass), nd) if ass else 0.0


def fr(x, nd=2, minus="△", plus=""):
    s = f"{abs(x):.{nd}f}"
    if x < 0:
        return minus + s
    return plus + s


def wareki(fy):
    n = fy - 2018
    return "令和元" if n == 1 else f"令和{n}"


class Gold:
    def __init__(self, kind, municipality, title, date, date_raw, family=None):
        self.doc = {"kind": kind, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        if family:
            self.doc["family"] = family
        self.facts, self.inits, self.minutes = [], [], None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        if unit == "yen":
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        d = {"debt": debt, "fiscal_year": fy, "section": section, "label": label,
             "text": text, "status": status, "page": page}
        if debt_raw is not None:
            d["debt_raw"] = debt_raw
        self.inits.append(d)

    def write(self, stem, pdf_path, gold_dir="gold"):
        import fitz
        data = open(pdf_path, "rb").read()
        pages = fitz.open(pdf_path).page_count
        out = {"schema_version": "1",
               "source": {"file": os.path.basename(pdf_path),
                          "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        with open(os.path.join(gold_dir, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        return out
