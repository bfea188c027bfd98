"""Shared helpers for the r_ builders (frozen17): fact records, gold writing, gold checks."""
import hashlib, json, re, subprocess, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
OUT.mkdir(parents=True, exist_ok=True)

Z = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s):
    return str(s).translate(Z)


def yen(v, unit=1):
    """comma-format v (yen) in the given unit (1, 1000, ...)"""
    return f"{round(v / unit):,}"


def pct(a, b, nd=2):
    return round(a / b * 100 + 1e-9, nd)


def F(debt, fy, seg, metric, basis, value, unit, raw, page, fy_raw=None, as_of=None, approx=False,
      area=None, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def I(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def soffice(src, outdir=OUT):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=240)
    return Path(outdir) / (Path(src).stem + ".pdf")


def nows(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def page_texts(pdf):
    import pymupdf
    d = pymupdf.open(str(pdf))
    return [p.get_text() for p in d]


def find_page(pdf_texts, needle):
    """1-based page on which a layout label lands (used only to place rows of tables that LibreOffice
    breaks across pages; the values themselves come from the builder data)."""
    hits = [i + 1 for i, t in enumerate(pdf_texts) if nows(needle) in nows(t)]
    return hits


def write_gold(stem, pdf, document, facts, initiatives, minutes=None):
    import pymupdf
    data = Path(pdf).read_bytes()
    n = len(pymupdf.open(str(pdf)))
    g = {"schema_version": "1",
         "source": {"file": Path(pdf).name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
         "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
         "tables": [], "warnings": []}
    (GOLD / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
    return g


def check(stem):
    import pymupdf
    g = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF / g["source"]["file"]
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == g["source"]["sha256"]
    assert pdf.stat().st_size < 1_000_000, "pdf too large"
    texts = [nows(t) for t in page_texts(pdf)]
    assert len(texts) == g["source"]["pages"]
    bad = []
    SIX = {"assessed", "collected", "collection_rate", "written_off", "outstanding", "delinquents"}
    for f in g["facts"]:
        assert f["metric"] in SIX and f["segment"] in ("current", "arrears", "total"), f
        assert f["basis"] in ("actual", "target", "estimate", "interim"), f
        assert (f["basis"] == "interim") == bool(f["as_of"]), f
        if nows(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"]))
    for it in g["initiatives"]:
        if nows(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:40]))
    if g.get("minutes"):
        for s in g["minutes"]["statements"]:
            if nows(s["text"]) not in texts[s["page"] - 1]:
                bad.append(("stmt", s["page"], s["text"][:40]))
    return g, bad
