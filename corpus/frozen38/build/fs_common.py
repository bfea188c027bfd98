"""Shared helpers for helper fs's blind documents (set frozen38).

Run the build scripts from corpus/frozen38:  python3 build/fs_xxx.py
Each script draws its PDF and writes the gold from the same data.
"""
import hashlib
import json
import os
import re
import unicodedata

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = "/tmp/fs_work"
os.makedirs(WORK, exist_ok=True)
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

_ZEN = str.maketrans("0123456789,.%-", "０１２３４５６７８９，．％－")


def zen(s):
    """half-width digits -> full-width (全角)"""
    return str(s).translate(_ZEN)


def c(n):
    """1234567 -> '1,234,567'; negatives with △"""
    return ("△" if n < 0 else "") + f"{abs(int(n)):,}"


def cb(n):
    """negatives with ▲"""
    return ("▲" if n < 0 else "") + f"{abs(int(n)):,}"


def r2(x):
    return f"{x:.2f}"


def r1(x):
    return f"{x:.1f}"


def rate(num, den, nd=2):
    return round(num / den * 100 + 1e-9, nd)


def sgn(x, nd=2, minus="△"):
    s = f"{abs(x):.{nd}f}"
    return (minus + s) if x < -1e-9 else s


def era(fy, form="R"):
    """fiscal year -> printed year"""
    if fy >= 2019:
        n = fy - 2018
        if form == "R":
            return f"令和{'元' if n == 1 else n}年度"
        if form == "Rz":
            return f"令和{'元' if n == 1 else zen(n)}年度"
        if form == "Rs":
            return f"R{n}"
    else:
        n = fy - 1988
        if form in ("R", "Rz"):
            return f"平成{n}年度"
        if form == "Rs":
            return f"H{n}"
    raise ValueError(form)


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, raw
        if unit in ("yen", "persons", "households", "cases"):
            value = int(round(value))
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page})

    def save(self, pdf_path):
        import fitz
        data = open(pdf_path, "rb").read()
        doc = fitz.open(pdf_path)
        out = {"schema_version": "1.1",
               "source": {"file": os.path.basename(pdf_path),
                          "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        p = os.path.join(SET, "gold", self.stem + ".json")
        with open(p, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        print(f"{self.stem}: {doc.page_count} pages, {len(self.facts)} facts, "
              f"{len(self.inits)} initiatives, {len(data)//1024} KB")
        return check(pdf_path, out)


def nows(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def check(pdf_path, gold):
    """every raw / initiative text / statement occurs on its page (whitespace removed)"""
    import fitz
    doc = fitz.open(pdf_path)
    texts = [nows(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        if not (1 <= f["page"] <= len(texts)) or nows(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            print("  RAW MISSING p", f["page"], repr(f["raw"]), f["debt_raw"], f["metric"], f["fiscal_year"])
    for i in gold["initiatives"]:
        if nows(i["text"]) not in texts[i["page"] - 1]:
            bad += 1
            print("  INIT MISSING p", i["page"], i["text"][:40])
    m = gold.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if nows(s["text"]) not in alltext:
                bad += 1
                print("  STATEMENT MISSING", s["speaker"], s["text"][:40])
    print(f"  check: {bad} problems")
    return bad
