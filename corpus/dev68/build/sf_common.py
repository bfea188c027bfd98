"""Shared helpers for helper sf's documents (gold is written from the same data that draws the PDF)."""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

_Z = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s):
    return str(s).translate(_Z)


def c(n):
    return f"{n:,}"


def tri(n, mark="△"):
    return (mark if n < 0 else "") + f"{abs(n):,}"


def trif(x, nd=1, mark="△", plus=""):
    s = f"{abs(x):.{nd}f}"
    return (mark if x < 0 else plus) + s


def rate(col, ass, nd=2):
    return round(col / ass * 100 + 1e-12, nd)


def reiwa(fy, nendo=True, zenkaku=False):
    r = fy - 2018
    s = "元" if r == 1 else str(r)
    if zenkaku:
        s = zen(s)
    return f"令和{s}年度" if nendo else f"令和{s}年"


def oku_man(yen):
    """1,234,560,000 -> '12億3,456万円' (yen must be a multiple of 10,000)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


class Gold:
    def __init__(self, stem, document, minutes=None):
        self.stem = stem
        self.document = document
        self.minutes = minutes
        self.facts = []
        self.inits = []

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        if basis == "interim":
            assert as_of, raw
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area})

    def init(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self):
        import fitz
        pdf = os.path.join(SET, "pdf", self.stem + ".pdf")
        data = open(pdf, "rb").read()
        n = fitz.open(pdf).page_count
        out = {"schema_version": "1", "source": {"file": self.stem + ".pdf",
                                                 "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.document, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        with open(os.path.join(SET, "gold", self.stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        print(self.stem, "pages", n, "facts", len(self.facts), "initiatives", len(self.inits))
