"""Shared helpers for the f_ documents of frozen20: fact records, gold writing and checks."""
import hashlib, json, re, subprocess, shutil
from pathlib import Path
import fitz

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
for d in (OUT, PDF, GOLD):
    d.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ERA = {"令和": 2018, "平成": 1988}


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, approx=False, as_of=None,
         debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def init(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def yen(v):
    """1234567 -> '1,234,567' ; negatives with △"""
    return ("△" if v < 0 else "") + f"{abs(v):,}"


def pct(v, nd=2):
    return f"{v:.{nd}f}"


def rate(c, a, nd=2):
    return round(c / a * 100 + 1e-12, nd)


def z(s):
    """half-width digits -> full-width"""
    return s.translate(str.maketrans("0123456789.,%", "０１２３４５６７８９．，％"))


def soffice(src, outdir=OUT):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=240)
    return Path(outdir) / (Path(src).stem + ".pdf")


def finish_pdf(tmp_pdf, stem):
    dst = PDF / f"{stem}.pdf"
    doc = fitz.open(str(tmp_pdf))
    try:
        doc.subset_fonts()
    except Exception:
        pass
    doc.save(str(dst), garbage=4, deflate=True)
    doc.close()
    return dst


def nows(s):
    return re.sub(r"\s+", "", s)


def write_gold(stem, document, facts, initiatives, minutes=None):
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = fitz.open(str(pdf))
    g = {"schema_version": "1",
         "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
         "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
         "tables": [], "warnings": []}
    (GOLD / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
    return check(stem)


def check(stem):
    g = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(str(PDF / f"{stem}.pdf"))
    texts = [nows(p.get_text()) for p in doc]
    bad = []
    assert g["source"]["pages"] == doc.page_count
    for f in g["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or nows(f["raw"]) not in texts[p - 1]:
            bad.append(("fact", f["raw"], p, f["debt"], f["metric"]))
        for k in ("segment", "metric", "basis", "unit"):
            assert f[k], f
        if f["basis"] == "interim":
            assert f["as_of"], f
    for i in g["initiatives"]:
        p = i["page"]
        if not (1 <= p <= len(texts)) or nows(i["text"]) not in texts[p - 1]:
            bad.append(("init", i["text"][:30], p))
    m = g.get("minutes")
    size = (PDF / f"{stem}.pdf").stat().st_size
    print(f"{stem}: pages={doc.page_count} facts={len(g['facts'])} inits={len(g['initiatives'])} "
          f"minutes={'yes' if m else 'no'} size={size//1024}KB bad={len(bad)}")
    for b in bad[:40]:
        print("   BAD", b)
    assert size < 1_000_000
    return not bad, doc.page_count, len(g["facts"]), len(g["initiatives"])
