"""Shared helpers for helper si's blind documents: fact/initiative recording and gold writing."""
import hashlib, json, re, unicodedata
from pathlib import Path

Z = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s):
    return str(s).translate(Z)


def c(n):
    """comma format; negative as △"""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def rate(a, b, d=1):
    return round(b / a * 100, d) if a else 0.0


def fmt_r(x, d=1):
    return f"{x:.{d}f}"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = dict(kind=kind, family=family, municipality=municipality, title=title, date=date, date_raw=date_raw)
        self.facts, self.inits, self.minutes = [], [], None
        self.page = 1

    def f(self, raw, value, unit, metric, basis, fy, fy_raw, seg="total", debt=None, debt_raw=None,
          as_of=None, approx=False, area=None, page=None):
        self.facts.append(dict(debt=debt, debt_raw=debt_raw, fiscal_year=fy, fiscal_year_raw=fy_raw, segment=seg,
                               metric=metric, basis=basis, as_of=as_of, value=value, unit=unit, approx=approx,
                               raw=raw, page=page or self.page, area=area, bbox=None, table=None))
        return raw

    def i(self, debt, fy, section, label, text, status=None, page=None):
        self.inits.append(dict(debt=debt, fiscal_year=fy, section=section, label=label, text=text, status=status,
                               page=page or self.page))
        return text

    def write(self, pdf, gold):
        import fitz
        data = Path(pdf).read_bytes()
        n = fitz.open(pdf).page_count
        out = {"schema_version": "1.1",
               "source": {"file": Path(pdf).name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits, "minutes": self.minutes,
               "tables": [], "warnings": [], "pages": []}
        Path(gold).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return n


def nz(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def check(pdf, gold):
    import fitz
    g = json.loads(Path(gold).read_text(encoding="utf-8"))
    d = fitz.open(pdf)
    texts = [nz(p.get_text()) for p in d]
    bad = 0
    for f in g["facts"]:
        if nz(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1; print("RAW MISSING", f["page"], f["raw"], f["debt_raw"], f["metric"])
    for it in g["initiatives"]:
        if nz(it["text"]) not in texts[it["page"] - 1]:
            bad += 1; print("INIT MISSING", it["page"], it["text"][:40])
    print(Path(pdf).name, "pages", d.page_count, "facts", len(g["facts"]), "inits", len(g["initiatives"]),
          "bad", bad, "size", Path(pdf).stat().st_size)
    return bad
