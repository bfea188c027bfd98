"""Shared helpers for helper ql's blind documents (gold writing, number formats, checks)."""
import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # corpus/frozen47
WORK = Path("/tmp/ql_work")
WORK.mkdir(parents=True, exist_ok=True)
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s):
    return str(s).translate(ZEN)


def c(n):
    """comma format, ▲ for minus"""
    return ("▲" if n < 0 else "") + f"{abs(n):,}"


def tri(n):
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def r1(x, nd=1):
    return f"{x:.{nd}f}"


def rate(col, asd, nd=1):
    return round(col / asd * 100 + 1e-9, nd)


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def f(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
          approx=False, as_of=None, area=None):
        if unit == "yen":
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
                           "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area})
        return raw

    def i(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf_path):
        import fitz
        data = Path(pdf_path).read_bytes()
        n = fitz.open(pdf_path).page_count
        out = {"schema_version": "1",
               "source": {"file": Path(pdf_path).name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        p = ROOT / "gold" / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return p


def nz(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def check(pdf_path, gold_path):
    import fitz
    doc = fitz.open(pdf_path)
    g = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    pages = [nz(p.get_text()) for p in doc]
    bad = []
    for f in g["facts"]:
        if nz(f["raw"]) not in pages[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["metric"], f["debt"]))
    for it in g["initiatives"]:
        if nz(it["text"]) not in pages[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:30]))
    m = g.get("minutes")
    size = Path(pdf_path).stat().st_size
    print(f"{Path(pdf_path).name}: pages={doc.page_count} facts={len(g['facts'])} inits={len(g['initiatives'])} "
          f"size={size // 1024}KB bad={len(bad)}")
    for b in bad[:40]:
        print("  BAD", b)
    return not bad


def soffice(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True)


def chromium(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", f"file://{html_path}"], check=True, capture_output=True)
