"""Shared helpers for helper pj's dev59 documents: fact records, number formatting, gold writing, checks."""
import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # corpus/dev59

ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s):
    return str(s).translate(ZEN)


def era(fy):
    """Western fiscal year -> 令和/平成 label without 年度."""
    if fy >= 2019:
        n = fy - 2018
        return "令和元" if n == 1 else f"令和{n}"
    return f"平成{fy - 1988}"


def comma(n):
    s = f"{abs(int(n)):,}"
    return ("△" if n < 0 else "") + s


def kyen(yen):
    """yen -> 千円 string (yen must be a multiple of 1000)."""
    assert yen % 1000 == 0
    return comma(yen // 1000)


def pct(v, nd=2):
    return f"{v:.{nd}f}"


def signed(v, nd=2, minus="△", plus=""):
    if round(v, nd) < 0:
        return f"{minus}{abs(v):.{nd}f}"
    return f"{plus}{v:.{nd}f}"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def fact(self, page, raw, value, unit, metric, fy, fy_raw, segment="total", basis="actual",
             debt=None, debt_raw=None, as_of=None, approx=False, area=None):
        assert unit in ("yen", "percent", "points", "persons", "households", "cases")
        assert segment in ("current", "arrears", "total")
        assert basis in ("actual", "target", "estimate", "interim")
        if basis == "interim":
            assert as_of
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area, "bbox": None, "table": None})
        return raw

    def init(self, page, text, debt, fy, section, label, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path):
        import fitz
        data = Path(pdf_path).read_bytes()
        with fitz.open(pdf_path) as d:
            n = d.page_count
        out = {"schema_version": "1.1",
               "source": {"file": Path(pdf_path).name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        gp = ROOT / "gold" / f"{self.stem}.json"
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return gp


def _norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def check(pdf_path, gold_path):
    """Every fact raw and initiative text must occur on its page's text layer (whitespace removed)."""
    import fitz
    g = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    bad = []
    with fitz.open(pdf_path) as d:
        texts = [re.sub(r"\s+", "", p.get_text()) for p in d]
        ntexts = [_norm(t) for t in texts]
    for f in g["facts"]:
        p = f["page"] - 1
        r = re.sub(r"\s+", "", f["raw"])
        if not (0 <= p < len(texts)) or (r not in texts[p] and _norm(r) not in ntexts[p]):
            bad.append(("fact", f["page"], f["raw"]))
    for i in g["initiatives"]:
        p = i["page"] - 1
        t = re.sub(r"\s+", "", i["text"])
        if not (0 <= p < len(texts)) or (t not in texts[p] and _norm(t) not in ntexts[p]):
            bad.append(("init", i["page"], i["text"][:40]))
    return bad
