"""Shared helpers for helper sh's dev69 documents (facts registry, gold writer, raw check)."""
import hashlib, json, re, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
ZEN = str.maketrans("0123456789.,%()-+", "０１２３４５６７８９．，％（）－＋")


def zen(s):
    return str(s).translate(ZEN)


def cm(n):
    """comma format with △ for minus"""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def rate(c, a, nd=2):
    return round(c / a * 100 + 1e-9, nd)


def pf(x, nd=2, tri=True):
    s = f"{abs(x):.{nd}f}"
    return ("△" if x < 0 and tri else ("-" if x < 0 else "")) + s


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts, self.inits, self.minutes = [], [], None

    def f(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
          approx=False, as_of=None, area=None):
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area, "bbox": None, "table": None})
        return raw

    def i(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf):
        import fitz
        d = fitz.open(pdf)
        out = {"schema_version": "1.1",
               "source": {"file": Path(pdf).name, "sha256": hashlib.sha256(Path(pdf).read_bytes()).hexdigest(),
                          "pages": d.page_count},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": d.page_count}
        gp = ROOT / "gold" / f"{self.stem}.json"
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return check(pdf, out)


def _n(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def check(pdf, gold):
    import fitz
    d = fitz.open(pdf)
    pages = [_n(p.get_text()) for p in d]
    bad = []
    for f in gold["facts"]:
        if _n(f["raw"]) not in pages[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"]))
    for it in gold["initiatives"]:
        if _n(it["text"]) not in pages[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:30]))
    m = gold.get("minutes")
    if m:
        allt = "".join(pages)
        for s in m["statements"]:
            if _n(s["text"]) not in allt:
                bad.append(("stmt", s["speaker"], s["text"][:30]))
    print(Path(pdf).name, "pages", d.page_count, "facts", len(gold["facts"]), "inits", len(gold["initiatives"]),
          "bad", len(bad))
    for b in bad[:20]:
        print("  BAD", b)
    return not bad
