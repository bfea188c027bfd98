"""Shared helpers for helper sa's blind documents (gold collection, number formatting, checks)."""
import hashlib, json, re, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # corpus/dev66
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINC = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
Z = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def zen(s):
    return str(s).translate(Z)


def c(n):
    """comma format with △ for minus"""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def r2(x, d=2):
    return f"{x:.{d}f}"


def rate(col, ass, d=2):
    return round(col / ass * 100 + 1e-9, d)


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts, self.inits, self.minutes = [], [], None

    def f(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
          as_of=None, approx=False, area=None):
        if unit in ("percent", "points"):
            value = float(value)
        else:
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area, "bbox": None, "table": None})
        return raw

    def i(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path):
        import fitz
        data = Path(pdf_path).read_bytes()
        n = fitz.open(pdf_path).page_count
        out = {"schema_version": "1",
               "source": {"file": Path(pdf_path).name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        gp = ROOT / "gold" / f"{self.stem}.json"
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return gp


def nows(s):
    return re.sub(r"\s+", "", s)


def check(pdf_path, gold_path):
    import fitz
    d = fitz.open(pdf_path)
    g = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    texts = [nows(p.get_text()) for p in d]
    bad = 0
    for f in g["facts"]:
        if nows(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            print("RAW MISSING", f["page"], f["raw"], f["metric"], f["debt_raw"])
    for i in g["initiatives"]:
        t = nows(i["text"])
        if t not in texts[i["page"] - 1]:
            bad += 1
            print("INIT MISSING", i["page"], i["text"][:40])
    print(Path(pdf_path).name, "pages", d.page_count, "facts", len(g["facts"]), "inits", len(g["initiatives"]),
          "bad", bad, "size", Path(pdf_path).stat().st_size)
    return bad
