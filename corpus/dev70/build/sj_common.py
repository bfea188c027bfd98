"""Shared helpers for helper sj's dev70 documents: number formatting, gold assembly, checks."""
import hashlib, json, re, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ZEN = str.maketrans("0123456789.,-%", "０１２３４５６７８９．，－％")


def zen(s):
    return str(s).translate(ZEN)


def c(n):
    """1234567 -> '1,234,567'; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(int(n)):,}"


def rate(coll, asm, nd=2):
    return round(coll / asm * 100 + 1e-9, nd)


def pct(v, nd=2):
    return f"{v:.{nd}f}"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts, self.inits, self.minutes = [], [], None

    def f(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
          as_of=None, approx=False, area=None):
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area})

    def i(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf_path):
        import fitz
        pdf_path = Path(pdf_path)
        doc = fitz.open(pdf_path)
        out = {"schema_version": "1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(pdf_path.read_bytes()).hexdigest(),
                          "pages": doc.page_count},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        gp = SET / "gold" / f"{self.stem}.json"
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return check(pdf_path, out)


def _n(s):
    return re.sub(r"\s+", "", str(s))


def check(pdf_path, gold):
    """Every fact raw and initiative text must occur on its page (whitespace removed)."""
    import fitz
    doc = fitz.open(pdf_path)
    pages = [_n(p.get_text()) for p in doc]
    bad = []
    for f in gold["facts"]:
        if _n(f["raw"]) not in pages[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["metric"], f["debt_raw"]))
    for it in gold["initiatives"]:
        if _n(it["text"]) not in pages[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:40]))
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if _n(s["text"]) not in pages[s["page"] - 1] if "page" in s else False:
                bad.append(("stmt", s.get("page"), s["text"][:30]))
    print(f"{Path(pdf_path).name}: pages={doc.page_count} facts={len(gold['facts'])} "
          f"inits={len(gold['initiatives'])} bad={len(bad)}")
    for b in bad[:30]:
        print("   MISSING", b)
    return not bad
