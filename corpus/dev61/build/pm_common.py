"""Shared helpers for helper pm's dev61 documents: fact recording, formatting, gold writing, checks."""
import hashlib, json, re, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent   # corpus/dev61
ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s):
    return str(s).translate(ZEN)


def reiwa(fy, full=False):
    n = fy - 2018
    s = "令和元年度" if n == 1 else f"令和{n}年度"
    return zen(s) if full else s


def yen_sep(v):
    """thousands separators with △ for minus"""
    return ("△" if v < 0 else "") + f"{abs(int(v)):,}"


def rate(v, nd=2):
    return f"{v:.{nd}f}"


class Doc:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.document = dict(kind=kind, family=family, municipality=municipality, title=title,
                             date=date, date_raw=date_raw)
        self.facts, self.inits, self.minutes = [], [], None
        self.page = 1

    def f(self, raw, value, metric, unit, *, debt=None, debt_raw=None, fy=None, fy_raw=None,
          seg="total", basis="actual", as_of=None, approx=False, area=None, page=None):
        self.facts.append(dict(debt=debt, debt_raw=debt_raw, fiscal_year=fy, fiscal_year_raw=fy_raw,
                               segment=seg, metric=metric, basis=basis, as_of=as_of, value=value,
                               unit=unit, approx=approx, raw=raw, page=page or self.page, area=area,
                               bbox=None, table=None))
        return raw

    def i(self, text, *, debt=None, fy=None, section=None, label=None, status=None, page=None):
        self.inits.append(dict(debt=debt, fiscal_year=fy, section=section, label=label, text=text,
                               status=status, page=page or self.page))
        return text

    def write(self, pdf):
        import fitz
        pdf = Path(pdf)
        npages = fitz.open(pdf).page_count
        out = {"schema_version": "1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                          "pages": npages},
               "document": self.document, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        (HERE / "gold" / f"{self.stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1),
                                                          encoding="utf-8")
        return check(pdf, out)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def check(pdf, gold):
    import fitz
    doc = fitz.open(pdf)
    texts = [squash(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            print("RAW MISSING", f["page"], f["raw"], f["metric"], f["debt_raw"]); bad += 1
    for it in gold["initiatives"]:
        if squash(it["text"]) not in texts[it["page"] - 1]:
            print("INIT MISSING", it["page"], it["text"][:40]); bad += 1
    print(f"{pdf.name}: pages={doc.page_count} facts={len(gold['facts'])} inits={len(gold['initiatives'])} "
          f"bad={bad} size={Path(pdf).stat().st_size}")
    return bad
