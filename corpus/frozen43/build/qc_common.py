"""Shared helpers for helper qc's blind documents: fact/initiative registry and gold writer."""
import hashlib, json, re, unicodedata
from pathlib import Path

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s):
    return str(s).translate(ZEN)


def c(v, nd=0):
    """comma format"""
    if nd:
        return f"{v:,.{nd}f}"
    return f"{int(v):,}"


def tri(v, nd=0, mark="△"):
    s = c(abs(v), nd)
    return (mark + s) if v < 0 else s


def rate(num, den, nd=1):
    return round(num / den * 100 + 1e-9, nd)


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts, self.inits = [], []
        self.minutes = None
        self.page = 1

    def f(self, raw, value, metric, debt=None, debt_raw=None, fy=None, fy_raw=None, seg="total",
          basis="actual", as_of=None, unit=None, approx=False, area=None, page=None):
        if unit is None:
            unit = {"collection_rate": "percent", "delinquents": "persons"}.get(metric, "yen")
        if unit == "yen":
            value = int(round(value))
        elif unit in ("persons", "households", "cases", "count"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
                           "unit": unit, "approx": approx, "raw": raw, "page": page or self.page, "area": area})
        return raw

    def i(self, text, debt, fy, section, label, status=None, page=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page or self.page})
        return text

    def write(self, pdf, out):
        pdf = Path(pdf)
        import fitz
        d = fitz.open(pdf)
        g = {"schema_version": "1",
             "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": len(d)},
             "document": self.doc, "facts": self.facts, "initiatives": self.inits, "minutes": self.minutes,
             "tables": [], "warnings": []}
        Path(out).write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
        return check(pdf, g)


def _n(s):
    return re.sub(r"\s+", "", s or "")


def check(pdf, g):
    import fitz
    d = fitz.open(pdf)
    texts = [_n(p.get_text()) for p in d]
    bad = []
    for x in g["facts"]:
        p = x["page"]
        if not (1 <= p <= len(texts)) or _n(x["raw"]) not in texts[p - 1]:
            bad.append(("fact", p, x["raw"]))
    for x in g["initiatives"]:
        p = x["page"]
        if not (1 <= p <= len(texts)) or _n(x["text"]) not in texts[p - 1]:
            bad.append(("init", p, x["text"][:40]))
    m = g.get("minutes") or {}
    for s in m.get("statements") or []:
        # statement text: check first 30 chars on its page
        p = s.get("page")
        if p and _n(s["text"])[:30] not in texts[p - 1]:
            bad.append(("stmt", p, s["text"][:30]))
    print(f"{pdf.name}: pages={len(d)} facts={len(g['facts'])} inits={len(g['initiatives'])} bad={len(bad)}")
    for b in bad[:20]:
        print("  BAD", b)
    return bad
