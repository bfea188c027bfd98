"""Shared helpers for helper qs's blind documents (run build scripts from corpus/frozen51)."""
import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path("/tmp/qs_work")
WORK.mkdir(exist_ok=True)

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s):
    return str(s).translate(ZEN)


def c(n):
    """comma format an integer, minus as △"""
    n = int(round(n))
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def r1(x):
    return f"{x:.1f}"


def r2(x):
    return f"{x:.2f}"


def rate(col, ass, nd=1):
    return round(col / ass * 100 + 1e-9, nd)


class Gold:
    def __init__(self, stem, kind, family, muni, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": muni, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def f(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
          approx=False, as_of=None, area=None):
        if unit in ("percent", "points"):
            value = float(value)
        else:
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area})
        return raw

    def i(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self):
        pdf = ROOT / "pdf" / f"{self.stem}.pdf"
        import fitz
        d = fitz.open(pdf)
        n = d.page_count
        d.close()
        out = {"schema_version": "1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        (ROOT / "gold" / f"{self.stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1),
                                                          encoding="utf-8")
        print(self.stem, "pages", n, "facts", len(self.facts), "initiatives", len(self.inits))
        return n


def soffice(src, outdir=WORK):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    return Path(outdir) / (Path(src).stem + ".pdf")


def chromium(html, pdf):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", str(html)], check=True, capture_output=True, timeout=180)


def squash(s):
    return re.sub(r"\s+", "", s)


def check(stem):
    import fitz
    g = json.loads((ROOT / "gold" / f"{stem}.json").read_text())
    d = fitz.open(ROOT / "pdf" / f"{stem}.pdf")
    texts = [squash(p.get_text()) for p in d]
    bad = 0
    for x in g["facts"]:
        if squash(x["raw"]) not in texts[x["page"] - 1]:
            bad += 1
            print("MISSING fact", x["page"], x["raw"], x["debt_raw"], x["metric"])
    for x in g["initiatives"]:
        if squash(x["text"]) not in texts[x["page"] - 1]:
            bad += 1
            print("MISSING init", x["page"], x["text"][:40])
    m = g.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if squash(s["text"]) not in alltext:
                bad += 1
                print("MISSING stmt", s["speaker"], s["text"][:30])
    print(stem, "raw check:", "OK" if not bad else f"{bad} missing")
    return bad
