"""Shared helpers for helper fk's blind documents (set frozen34).

Each build script (run from corpus/frozen34) keeps its figures in plain Python data,
draws the PDF from that data and records every printed figure in a Gold object at the
moment it places the printed string, so the gold comes from the data, never from the PDF.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent.parent          # corpus/frozen34
PDF_DIR = SET_DIR / "pdf"
GOLD_DIR = SET_DIR / "gold"
WORK = Path("/tmp/fk_work")
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")


def zen(s) -> str:
    """Half-width digits and signs to full-width (as many city documents print them)."""
    return str(s).translate(ZEN)


def zd(s) -> str:
    """Full-width digits only (keeps , and . half-width)."""
    return str(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def c(x: int) -> str:
    """1234567 -> '1,234,567'; negatives with a leading minus."""
    return f"{x:,}"


def tri(x, fmt="{:,}", mark="△") -> str:
    """Minus printed with △ (or ▲)."""
    if x < 0:
        return mark + fmt.format(-x)
    return fmt.format(x)


def rnd(x, nd=2) -> float:
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(col, ass, nd=2) -> float:
    return rnd(Decimal(col) * 100 / Decimal(ass), nd)


def fr(x, nd=2) -> str:
    return f"{x:.{nd}f}"


def oku_man(yen: int) -> str:
    """Yen rounded to 万円 and written as 'N億N,NNN万円' (prose)."""
    man = int(rnd(yen / 10000, 0))
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円", man * 10000


def norm_ws(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    # -- facts ---------------------------------------------------------
    def f(self, page, raw, value, unit, metric, basis, segment, fy, fy_raw=None,
          debt=None, debt_raw=None, as_of=None, approx=False, area=None):
        if unit in ("yen", "persons", "households", "cases"):
            value = int(value)
        else:
            value = float(value)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": bool(approx), "raw": raw,
            "page": page, "area": area})
        return raw

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    # -- output --------------------------------------------------------
    def write(self):
        import fitz
        pdf = PDF_DIR / f"{self.stem}.pdf"
        data = pdf.read_bytes()
        with fitz.open(pdf) as d:
            n = d.page_count
        out = {
            "schema_version": "1.1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": self.doc,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": self.minutes,
            "tables": [], "warnings": [], "pages": [],
        }
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{self.stem}: {n} pages, {len(self.facts)} facts, {len(self.inits)} initiatives, "
              f"{pdf.stat().st_size/1024:.0f} KB")
        probs = check(pdf, out)
        for p in probs[:40]:
            print("  CHECK", p)
        if probs:
            print(f"  {len(probs)} problems")
        return out


def page_texts(pdf):
    import fitz
    with fitz.open(pdf) as d:
        return [norm_ws(p.get_text()) for p in d]


def check(pdf, gold) -> list[str]:
    texts = page_texts(pdf)
    probs = []
    for f in gold["facts"]:
        r = norm_ws(f["raw"])
        p = f["page"]
        if not (1 <= p <= len(texts)) or r not in texts[p - 1]:
            where = [i + 1 for i, t in enumerate(texts) if r in t]
            probs.append(f"fact raw {f['raw']!r} not on p{p} (found on {where})")
    for it in gold["initiatives"]:
        r = norm_ws(it["text"])
        p = it["page"]
        if not (1 <= p <= len(texts)) or r not in texts[p - 1]:
            where = [i + 1 for i, t in enumerate(texts) if r in t]
            probs.append(f"initiative {r[:30]!r} not on p{p} (found on {where})")
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            r = norm_ws(s["text"])
            p = s.get("page")
            if p and r not in texts[p - 1]:
                probs.append(f"statement {r[:30]!r} not on p{p}")
    return probs


def soffice_pdf(src: Path, outdir: Path) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return outdir / (src.stem + ".pdf")


def chromium_pdf(html: Path, pdf: Path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return pdf
