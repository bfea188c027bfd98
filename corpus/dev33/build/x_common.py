"""Shared helpers for the x_ documents of dev33: fact records, gold writing and checking."""
import hashlib, json, re, unicodedata
from pathlib import Path
import pymupdf as fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
OUT.mkdir(exist_ok=True)


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None, approx=False,
      area=None, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def I(debt, fy, section, label, text, status, page):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def sq(s):
    return re.sub(r"\s+", "", s)


def write_gold(stem, document, facts, initiatives, minutes=None):
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    doc = fitz.open(pdf)
    texts = [sq(p.get_text()) for p in doc]
    bad = 0
    for f in facts:
        if sq(f["raw"]) not in texts[f["page"] - 1]:
            print("FACT RAW MISSING", stem, f["page"], f["raw"], f["debt"], f["metric"]); bad += 1
    for it in initiatives:
        if sq(it["text"]) not in texts[it["page"] - 1]:
            print("INIT TEXT MISSING", stem, it["page"], it["text"][:40]); bad += 1
    if minutes:
        for st in minutes["statements"]:
            if sq(st["text"]) not in texts[st["page"] - 1]:
                print("STATEMENT MISSING", stem, st["page"], st["text"][:40]); bad += 1
    size = pdf.stat().st_size
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": len(doc)},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    print(f"{stem}: pages={len(doc)} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={size//1024}KB problems={bad}")
    assert size < 1_000_000
    return bad


def rate(c, a, nd=1):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(c) / Decimal(a) * 100).quantize(q, rounding=ROUND_HALF_UP))


def z2h(s):
    return unicodedata.normalize("NFKC", s)


def h2z(s):
    return s.translate(str.maketrans("0123456789,.%", "０１２３４５６７８９，．％"))


def c(n):
    """comma number, negatives with △"""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def to_pdf(src, dest, profile):
    import shutil, subprocess, tempfile
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True, timeout=300)
        shutil.copyfile(Path(tmp) / (Path(src).stem + ".pdf"), dest)
    return dest
