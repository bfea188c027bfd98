"""Shared helpers for helper fp's blind documents (run the build scripts from corpus/frozen36).

Formatting of numbers, fact / initiative records, gold writing and the raw-on-page check.
The gold is written from the same data that the build scripts draw; the PDF is only read
back by `check()` to confirm that every raw string really is on its page.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/fp_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")
KANJI_DIGIT = "〇一二三四五六七八九"


# ---------------------------------------------------------------- number formatting
def c(n) -> str:
    """1234567 -> '1,234,567'; negative with a minus sign."""
    return f"{int(n):,}"


def tri(n, mark="△") -> str:
    """difference with △ / ▲ for minus."""
    n = int(n)
    return f"{mark}{abs(n):,}" if n < 0 else f"{n:,}"


def trif(x, nd=2, mark="△", plus="") -> str:
    s = f"{abs(x):.{nd}f}"
    if round(x, nd) < 0:
        return mark + s
    return plus + s


def zen(s) -> str:
    """half-width digits and signs -> full-width."""
    return str(s).translate(ZEN)


def pct(x, nd=2) -> str:
    return f"{x:.{nd}f}"


def rate(collected, assessed, nd=2) -> float:
    return round(collected / assessed * 100 + 1e-12, nd) if assessed else 0.0


def sen(yen) -> int:
    """yen -> thousands of yen (rounded half up)."""
    return int((int(yen) + 500) // 1000)


def oku_man(yen, unit_man=True) -> str:
    """1234000000 -> '12億3,400万円' (the value must be a multiple of 10,000)."""
    man = int(yen) // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


def round_man(yen, step=100) -> int:
    """round yen to `step` 万円 (step=100 -> 百万円 level)."""
    unit = 10000 * step
    return int((int(yen) + unit // 2) // unit * unit)


def kanji_num(n: int) -> str:
    """small integers to kanji (1..99): 2 -> 二, 12 -> 十二."""
    if n < 10:
        return KANJI_DIGIT[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else KANJI_DIGIT[t]) + "十" + ("" if o == 0 else KANJI_DIGIT[o])


def reiwa(fy: int) -> int:
    return fy - 2018


def heisei(fy: int) -> int:
    return fy - 1988


# ---------------------------------------------------------------- records
class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert seg in ("current", "arrears", "total", None), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        if basis == "interim":
            assert as_of, (raw, "interim needs as_of")
        if unit == "yen":
            value = int(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area,
                           "bbox": None, "table": None})
        return raw

    def init(self, page, debt, debt_raw, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page})

    def write(self, pdf_path: Path):
        data = pdf_path.read_bytes()
        import pymupdf as fitz  # noqa
        with fitz.open(pdf_path) as d:
            n = d.page_count
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return p


# ---------------------------------------------------------------- conversions
def soffice_pdf(src: Path, outdir: Path) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(WORK / "lohome"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, env=env, timeout=300)
    return outdir / (src.stem + ".pdf")


def chromium_pdf(html: Path, pdf: Path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html.as_uri()],
                   check=True, capture_output=True, timeout=300)
    return pdf


# ---------------------------------------------------------------- checks
def _nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(stem: str, verbose=True) -> bool:
    import pymupdf as fitz
    pdf = PDF_DIR / f"{stem}.pdf"
    g = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    ok = True
    with fitz.open(pdf) as d:
        texts = [_nows(p.get_text()) for p in d]
        n = d.page_count
    size = pdf.stat().st_size
    if not (2 <= n <= 8):
        print(f"{stem}: {n} pages (must be 2-8)")
        ok = False
    if size >= 2_000_000:
        print(f"{stem}: {size} bytes")
        ok = False
    for f in g["facts"]:
        p = f["page"]
        if not (1 <= p <= n) or _nows(f["raw"]) not in texts[p - 1]:
            ok = False
            if verbose:
                print(f"{stem}: fact raw not on page {p}: {f['raw']!r} ({f['metric']} {f['debt']})")
    for i in g["initiatives"]:
        p = i["page"]
        if not (1 <= p <= n) or _nows(i["text"]) not in texts[p - 1]:
            ok = False
            if verbose:
                print(f"{stem}: initiative not on page {p}: {i['text'][:40]!r}")
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            p = s.get("page")
            if p and _nows(s["text"]) not in texts[p - 1]:
                ok = False
                print(f"{stem}: statement not on page {p}: {s['text'][:40]!r}")
    # consistency of the records
    for f in g["facts"]:
        if f["basis"] == "interim" and not f["as_of"]:
            ok = False
            print("interim without as_of", f)
    print(f"{stem}: pages={n} size={size} facts={len(g['facts'])} initiatives={len(g['initiatives'])} "
          f"{'OK' if ok else 'FAILED'}")
    return ok
