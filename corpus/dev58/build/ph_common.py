"""Shared helpers for helper ph's blind documents (dev58). Run scripts from corpus/dev58."""
import hashlib, json, re, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent   # corpus/dev58
ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s):
    """half-width digits -> full-width (for 全角 printing)"""
    return str(s).translate(ZEN)


def yen_k(v):
    """千円 integer -> printed '1,234,567' (negative with △)"""
    return ("△" if v < 0 else "") + f"{abs(v):,}"


def rate(c, a, nd=2):
    return round(c * 100.0 / a, nd)


def fmt_rate(r, nd=2):
    return f"{r:.{nd}f}"


def F(debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
      approx=False, as_of=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def I(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def write_gold(stem, kind, municipality, title, date, date_raw, facts, initiatives, minutes, family):
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    import fitz
    with fitz.open(pdf) as d:
        npages = d.page_count  # page count only; facts/pages come from the build data
    g = {"schema_version": "1",
         "source": {"file": f"{stem}.pdf", "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": npages},
         "document": {"kind": kind, "family": family, "municipality": municipality, "title": title,
                      "date": date, "date_raw": date_raw},
         "facts": facts, "initiatives": initiatives, "minutes": minutes, "tables": [], "warnings": []}
    out = ROOT / "gold" / f"{stem}.json"
    out.write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{stem}: {npages} pages, {len(facts)} facts, {len(initiatives)} initiatives -> {out}")
