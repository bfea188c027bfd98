"""Shared helpers for helper fo's blind documents (set frozen36).

Run the build scripts from corpus/frozen36:  python3 build/fo_<city>_<kind>_1.py
Every build script keeps its figures in Python data, draws the PDF from them and writes the
gold from the same data (never by reading the PDF back).  `check()` only verifies afterwards
that every raw and every initiative text occurs on its page of the text layer.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/frozen36
WORK = Path("/tmp/fo_work")
WORK.mkdir(parents=True, exist_ok=True)
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")


def zen(s) -> str:
    """ASCII digits and number punctuation to full width (as many city documents print them)."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{int(n):,}"


def tri(n: int) -> str:
    """Signed amount with △ for minus (no sign for plus)."""
    return ("△" + f"{-int(n):,}") if n < 0 else f"{int(n):,}"


def rate(c: float, a: float, nd: int = 2) -> float:
    return round(c / a * 100 + 1e-9, nd) if a else 0.0


def fy_reiwa(fy: int) -> str:
    n = fy - 2018
    return "令和元年度" if n == 1 else f"令和{n}年度"


def kansuji(n: int) -> str:
    d = "〇一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n - 10] if n > 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


class Gold:
    def __init__(self, stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str,
                 family: str | None = None):
        self.stem = stem
        self.document = {"kind": kind, "municipality": municipality, "title": title,
                         "date": date, "date_raw": date_raw}
        if family:
            self.document["family"] = family
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    # ------------------------------------------------------------------ facts
    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert segment in ("current", "arrears", "total"), segment
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, "interim needs as_of"
        if unit in ("yen", "persons", "households", "cases"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": bool(approx), "raw": raw,
                           "page": page, "area": area})
        return raw

    def init(self, page, debt, debt_raw, fy, section, label, text, status=None):
        assert status in (None, "継続", "新規", "拡充")
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                                 "label": label, "text": text, "status": status, "page": page})

    # ------------------------------------------------------------------ output
    def write(self, pdf: Path, tables=None):
        import fitz
        data = pdf.read_bytes()
        with fitz.open(pdf) as d:
            n = d.page_count
        out = {"schema_version": "1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.document,
               "facts": self.facts,
               "initiatives": self.initiatives,
               "minutes": self.minutes,
               "tables": tables or [],
               "warnings": []}
        gp = ROOT / "gold" / f"{self.stem}.json"
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return gp


def nows(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", s or ""))


def check(pdf: Path, gold: Path) -> list[str]:
    """Every raw on its page, every initiative text and minutes statement on its page."""
    import fitz
    g = json.loads(gold.read_text(encoding="utf-8"))
    errs = []
    with fitz.open(pdf) as d:
        pages = [nows(p.get_text()) for p in d]
        if not 2 <= len(pages) <= 8:
            errs.append(f"page count {len(pages)}")
    for f in g["facts"]:
        p = f["page"]
        if not (1 <= p <= len(pages)) or nows(f["raw"]) not in pages[p - 1]:
            errs.append(f"fact raw not on page {p}: {f['raw']!r} ({f['debt_raw']}, {f['metric']}, {f['fiscal_year']})")
    for i in g["initiatives"]:
        p = i["page"]
        t = re.sub(r"【(継続|新規|拡充)】", "", i["text"])
        if not (1 <= p <= len(pages)) or nows(t) not in pages[p - 1]:
            errs.append(f"initiative not on page {p}: {i['text'][:40]!r}")
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            p = s.get("page")
            if p and nows(s["text"]) not in pages[p - 1]:
                errs.append(f"statement not on page {p}: {s['text'][:30]!r}")
    if pdf.stat().st_size >= 2_000_000:
        errs.append(f"pdf too large: {pdf.stat().st_size}")
    return errs


def soffice(src: Path, outdir: Path) -> Path:
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/fo_work/lo_profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=300)
    return outdir / (src.stem + ".pdf")


def chromium(html: Path, pdf: Path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html.as_uri()], check=True, capture_output=True, timeout=300)


def finish(g: Gold, pdf: Path, tables=None):
    gp = g.write(pdf, tables)
    errs = check(pdf, gp)
    print(f"{g.stem}: facts={len(g.facts)} initiatives={len(g.initiatives)} "
          f"statements={len(g.minutes['statements']) if g.minutes else 0} size={pdf.stat().st_size}")
    for e in errs:
        print("  CHECK:", e)
    return errs
