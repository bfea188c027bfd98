"""Shared helpers for helper fx's blind documents (gold logging, number formats, checks).

Run the build scripts from corpus/frozen40:  python3 build/fx_<stem>.py
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/frozen40
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/fx_work")
WORK.mkdir(parents=True, exist_ok=True)
FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """comma format of an integer, minus as △"""
    return ("△" if n < 0 else "") + f"{abs(int(n)):,}"


def cm(n: int, minus="▲") -> str:
    return (minus if n < 0 else "") + f"{abs(int(n)):,}"


def r2(x: float, nd=2) -> float:
    return round(x + 1e-12, nd)


def rate(col, ass, nd=2) -> float:
    return r2(col / ass * 100, nd)


def fr(x: float, nd=2) -> str:
    return f"{x:.{nd}f}"


def dpt(x: float, nd=2, minus="△", plus="") -> str:
    """signed difference text"""
    if x < 0:
        return f"{minus}{abs(x):.{nd}f}"
    return f"{plus}{x:.{nd}f}"


def reiwa(fy: int) -> str:
    n = fy - 2018
    return "令和元年度" if n == 1 else f"令和{n}年度"


def rnum(fy: int) -> int:
    return fy - 2018


def oku_man(yen: int) -> str:
    """1,234,560,000 -> 12億3,456万円 (yen must be a multiple of 10,000)"""
    man = yen // 10000
    o, m = divmod(man, 10000)
    if o and m:
        return f"{o}億{m:,}万円"
    if o:
        return f"{o}億円"
    return f"{m:,}万円"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def f(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
          approx=False, as_of=None, area=None):
        if unit == "yen":
            value = int(round(value))
        elif unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})
        return raw

    def i(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page})
        return text

    def write(self, pdf_path: Path):
        import fitz
        data = pdf_path.read_bytes()
        doc = fitz.open(pdf_path)
        out = {"schema_version": "1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(),
                          "pages": doc.page_count},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD_DIR.mkdir(exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{self.stem}: {doc.page_count} pages, {len(self.facts)} facts, {len(self.inits)} initiatives,"
              f" {pdf_path.stat().st_size // 1024} KB")
        return out


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(stem: str) -> list[str]:
    """every raw and every initiative text must occur on its page (whitespace removed)"""
    import fitz
    g = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(PDF_DIR / f"{stem}.pdf")
    texts = [nows(p.get_text()) for p in doc]
    bad = []
    for f in g["facts"]:
        if nows(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(f"fact p{f['page']} {f['raw']!r} {f['debt_raw']} {f['metric']}")
    for it in g["initiatives"]:
        if nows(it["text"]) not in texts[it["page"] - 1]:
            bad.append(f"init p{it['page']} {it['text'][:40]!r}")
    return bad


def soffice_pdf(src: Path, outdir: Path = WORK) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    return outdir / (src.stem + ".pdf")


def chromium_pdf(html: Path, pdf: Path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
                   check=True, capture_output=True, timeout=180)
    return pdf
