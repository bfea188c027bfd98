"""Shared helpers for helper qb's blind documents (gold writer, number formatting, checks).

Run the build scripts from corpus/frozen42:  python3 build/qb_<city>_<kind>.py
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/frozen42
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/qb_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,%-+", "０１２３４５６７８９．，％－＋")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567' (minus with △ is done by tri)."""
    return f"{n:,}"


def tri(n, mark="△", d=None) -> str:
    if d is None:
        s = f"{abs(n):,}"
    else:
        s = f"{abs(n):,.{d}f}"
    return (mark + s) if n < 0 else s


def signed(x: float, d=1, plus="+", mark="△") -> str:
    s = f"{abs(x):.{d}f}"
    if x < 0:
        return mark + s
    return plus + s


def p(x: float, d=1) -> str:
    return f"{x:.{d}f}"


def rate(col, asd, d=1) -> float:
    return round(col / asd * 100, d) if asd else 0.0


def era(fy: int) -> str:
    """2024 -> '令和6年度'"""
    if fy >= 2019:
        n = fy - 2018
        return f"令和{'元' if n == 1 else n}年度"
    return f"平成{fy - 1988}年度"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             as_of=None, approx=False, area=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        if basis == "interim":
            assert as_of, raw
        if unit == "yen":
            value = int(round(value))
        elif unit in ("percent", "points"):
            value = round(float(value), 4)
        else:
            value = int(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})

    def init(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def save(self, pdf: Path):
        import fitz
        data = pdf.read_bytes()
        doc = fitz.open(pdf)
        out = {"schema_version": "1.1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(),
                          "pages": doc.page_count},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        (GOLD_DIR / f"{self.stem}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return out


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(stem: str) -> list[str]:
    """Every raw and every initiative text occurs on its page (whitespace removed)."""
    import fitz
    g = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(PDF_DIR / f"{stem}.pdf")
    pages = [nows(pg.get_text()) for pg in doc]
    bad = []
    for f in g["facts"]:
        if nows(f["raw"]) not in pages[f["page"] - 1]:
            bad.append(f"fact p{f['page']} raw={f['raw']!r} {f['metric']} {f['debt_raw']}")
    for i in g["initiatives"]:
        t = nows(i["text"])
        if t not in pages[i["page"] - 1]:
            bad.append(f"init p{i['page']} {i['text'][:40]!r}")
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            if nows(s["text"])[:30] not in "".join(pages):
                bad.append(f"statement {s['speaker']} {s['text'][:30]!r}")
    return bad


def soffice(src: Path, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True)
    return outdir / (src.stem + ".pdf")


def chromium(html: Path, pdf: Path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html.as_uri()], check=True, capture_output=True)
