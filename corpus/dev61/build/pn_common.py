"""Shared helpers for helper pn's blind documents (gold writing, number formatting)."""
import hashlib, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def c(n):
    """1234567 -> '1,234,567' (minus as △)."""
    s = f"{abs(int(n)):,}"
    return ("△" + s) if n < 0 else s


def zen(s):
    return s.translate(str.maketrans("0123456789.,%", "０１２３４５６７８９．，％"))


class Gold:
    def __init__(self):
        self.facts, self.inits = [], []

    def f(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
          approx=False, as_of=None, area=None):
        self.facts.append(dict(debt=debt, debt_raw=debt_raw, fiscal_year=fy, fiscal_year_raw=fy_raw,
                               segment=seg, metric=metric, basis=basis, as_of=as_of, value=value,
                               unit=unit, approx=approx, raw=raw, page=page, area=area,
                               bbox=None, table=None))
        return raw

    def i(self, page, debt, fy, section, label, text, status=None):
        self.inits.append(dict(debt=debt, fiscal_year=fy, section=section, label=label,
                               text=text, status=status, page=page))
        return text

    def write(self, stem, kind, family, muni, title, date, date_raw, minutes=None):
        pdf = os.path.join(SET, "pdf", stem + ".pdf")
        import fitz
        doc = fitz.open(pdf)
        g = {"schema_version": "1.1",
             "source": {"file": stem + ".pdf", "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(),
                        "pages": doc.page_count},
             "document": {"kind": kind, "family": family, "municipality": muni, "title": title,
                          "date": date, "date_raw": date_raw},
             "facts": self.facts, "initiatives": self.inits, "minutes": minutes,
             "tables": [], "warnings": [], "pages": []}
        with open(os.path.join(SET, "gold", stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
        print(stem, doc.page_count, "pages", len(self.facts), "facts", len(self.inits), "initiatives")


def rate(col, ass):
    return round(col / ass * 100 + 1e-9, 2)
