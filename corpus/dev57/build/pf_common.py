"""Shared helpers for helper pf's blind documents (gold recorder, number formats, checks)."""
import hashlib, json, re, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/dev57
ZEN = str.maketrans("0123456789", "０１２３４５６７８９")

def zen(s):
    return str(s).translate(ZEN)

def era(fy, zenkaku=False, nendo=True):
    """Western fiscal year -> 令和/平成 label."""
    if fy >= 2019:
        n = fy - 2018
        s = "令和元" if n == 1 else f"令和{n}"
    else:
        s = f"平成{fy - 1988}"
    s = s + ("年度" if nendo else "")
    return zen(s) if zenkaku else s

def c(v, dec=0):
    """comma format; negative with △"""
    neg = v < 0
    s = f"{abs(v):,.{dec}f}"
    return ("△" + s) if neg else s

def rate(n, d, dec=2):
    return round(n / d * 100 + 1e-9, dec)


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts, self.inits = [], []
        self.minutes = None

    def f(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
          approx=False, as_of=None, area=None):
        if unit == "yen":
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area, "bbox": None, "table": None})
        return raw

    def i(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})
        return text

    def write(self, pdf_path):
        import fitz
        pdf_path = Path(pdf_path)
        data = pdf_path.read_bytes()
        n = fitz.open(pdf_path).page_count
        out = {"schema_version": "1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        gp = ROOT / "gold" / f"{self.stem}.json"
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return gp


def nz(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def check(stem):
    """every raw and initiative text must occur on its page (whitespace removed)."""
    import fitz
    g = json.loads((ROOT / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(ROOT / "pdf" / f"{stem}.pdf")
    pages = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    bad = 0
    for f in g["facts"]:
        if re.sub(r"\s+", "", f["raw"]) not in pages[f["page"] - 1]:
            bad += 1; print("FACT MISSING", f["page"], f["raw"], f["debt_raw"], f["metric"])
    for it in g["initiatives"]:
        if re.sub(r"\s+", "", it["text"]) not in pages[it["page"] - 1]:
            bad += 1; print("INIT MISSING", it["page"], it["text"][:40])
    print(f"{stem}: pages={doc.page_count} facts={len(g['facts'])} inits={len(g['initiatives'])} bad={bad}")
    return bad
