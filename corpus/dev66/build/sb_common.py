"""Shared helpers for helper sb's blind documents (gold written from the same data as the PDF)."""
import hashlib, json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)            # corpus/dev66
ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s):
    return str(s).translate(ZEN)


def comma(n):
    s = f"{abs(int(n)):,}"
    return ("△" if n < 0 else "") + s


def tri(n, mark="△"):
    return (mark if n < 0 else "") + f"{abs(int(n)):,}"


def pct(x, d=2):
    return f"{x:.{d}f}"


def rate(c, a, d=2):
    return round(c / a * 100 + 1e-9, d)


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts, self.inits, self.minutes = [], [], None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             as_of=None, approx=False, area=None):
        if unit in ("yen", "persons", "households", "cases"):
            value = int(round(value))
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
                           "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area})

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path):
        import fitz
        d = fitz.open(pdf_path)
        out = {"schema_version": "1.1",
               "source": {"file": os.path.basename(pdf_path),
                          "sha256": hashlib.sha256(open(pdf_path, "rb").read()).hexdigest(),
                          "pages": d.page_count},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        p = os.path.join(ROOT, "gold", self.stem + ".json")
        with open(p, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        return p


def nows(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def check(pdf_path, gold_path):
    """Every fact raw and every initiative / statement text must occur on its page."""
    import fitz
    d = fitz.open(pdf_path)
    g = json.load(open(gold_path, encoding="utf-8"))
    pages = [nows(p.get_text()) for p in d]
    bad = []
    for f in g["facts"]:
        if nows(f["raw"]) not in pages[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"]))
    for i in g["initiatives"]:
        if nows(i["text"]) not in pages[i["page"] - 1]:
            bad.append(("init", i["page"], i["text"][:40]))
    m = g.get("minutes")
    if m:
        alltext = "".join(pages)
        for s in m["statements"]:
            if nows(s["text"]) not in alltext:
                bad.append(("stmt", s["speaker"], s["text"][:40]))
    return d.page_count, len(g["facts"]), len(g["initiatives"]), bad
