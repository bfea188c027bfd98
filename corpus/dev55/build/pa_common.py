"""Shared helpers for helper pa's dev55 build scripts (gold records + number formatting)."""
import hashlib, json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def zen(s):
    return str(s).translate(ZEN)


def c(n):
    """1234567 -> '1,234,567'; negative with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def r2(x):
    return f"{x:.2f}"


def rate(col, ass):
    return round(col / ass * 100 + 1e-9, 2)


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = dict(kind=kind, family=family, municipality=municipality, title=title,
                        date=date, date_raw=date_raw)
        self.facts, self.inits, self.minutes = [], [], None
        self.page = 1

    def f(self, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
          approx=False, as_of=None, area=None, page=None):
        self.facts.append(dict(debt=debt, debt_raw=debt_raw, fiscal_year=fy, fiscal_year_raw=fy_raw,
                               segment=seg, metric=metric, basis=basis, as_of=as_of, value=value,
                               unit=unit, approx=approx, raw=raw, page=page or self.page, area=area))
        return raw

    def i(self, debt, fy, section, label, text, status=None, page=None):
        self.inits.append(dict(debt=debt, fiscal_year=fy, section=section, label=label, text=text,
                               status=status, page=page or self.page))

    def write(self, pdf_path):
        import fitz
        data = open(pdf_path, "rb").read()
        doc = fitz.open(pdf_path)
        out = {"schema_version": "1",
               "source": {"file": os.path.basename(pdf_path), "sha256": hashlib.sha256(data).hexdigest(),
                          "pages": doc.page_count},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        gp = os.path.join(SET, "gold", self.stem + ".json")
        with open(gp, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
        # check raws / initiative texts on their page
        def n(s):
            return "".join(unicodedata.normalize("NFKC", s).split())
        texts = [n(p.get_text()) for p in doc]
        bad = 0
        for x in self.facts:
            if n(x["raw"]) not in texts[x["page"] - 1]:
                print("RAW MISSING p%d: %s" % (x["page"], x["raw"])); bad += 1
        for x in self.inits:
            if n(x["text"]) not in texts[x["page"] - 1]:
                print("INIT MISSING p%d: %s" % (x["page"], x["text"][:40])); bad += 1
        print(f"{self.stem}: pages={doc.page_count} facts={len(self.facts)} inits={len(self.inits)} "
              f"size={len(data)//1024}KB bad={bad}")
        return bad
