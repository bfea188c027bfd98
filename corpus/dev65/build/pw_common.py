"""Shared helpers for helper pw's blind documents (gold facts, number formats, checks)."""
import json, re, hashlib, unicodedata
from pathlib import Path

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s):
    return str(s).translate(ZEN)


def c(n):
    """comma format; negative as △"""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def rate(a, b, nd=2):
    return round(a / b * 100 + 1e-9, nd)


def r2(x, nd=2):
    return f"{x:.{nd}f}"


def era(fy):
    r = fy - 2018
    return "令和元" if r == 1 else f"令和{r}"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts, self.inits, self.minutes = [], [], None

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

    def write(self, pdf_path, gold_dir):
        pdf_path = Path(pdf_path)
        import fitz
        d = fitz.open(pdf_path)
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(pdf_path.read_bytes()).hexdigest(),
                          "pages": d.page_count},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        Path(gold_dir).mkdir(parents=True, exist_ok=True)
        (Path(gold_dir) / f"{self.stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return check(pdf_path, out)


def nrm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def check(pdf_path, gold):
    import fitz
    d = fitz.open(pdf_path)
    texts = [nrm(p.get_text()) for p in d]
    bad = []
    for f in gold["facts"]:
        if nrm(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"]))
    for i in gold["initiatives"]:
        t = re.sub(r"【(継続|新規|拡充)】", "", i["text"])
        if nrm(t) not in texts[i["page"] - 1]:
            bad.append(("init", i["page"], i["text"][:30]))
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            if nrm(s["text"]) not in nrm("".join(texts)):
                bad.append(("stmt", s["speaker"], s["text"][:20]))
    print(f"{pdf_path.name}: pages={d.page_count} facts={len(gold['facts'])} inits={len(gold['initiatives'])} bad={len(bad)}")
    for b in bad[:40]:
        print("  BAD", b)
    return bad
