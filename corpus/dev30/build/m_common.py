"""Shared helpers for the m_ builders (gold writing and checking)."""
import hashlib, json, re, unicodedata
from pathlib import Path
import pymupdf as fitz

ROOT = Path(__file__).resolve().parent.parent
Z = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s):
    return str(s).translate(Z)


def c(n):
    return f"{n:,}"


def F(debt, fy, fyraw, seg, metric, basis, value, unit, raw, page, as_of=None, approx=False, debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "fiscal_year_raw": fyraw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def finish(stem, document, facts, inits, minutes=None):
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    doc = fitz.open(pdf)
    texts = [norm(p.get_text()) for p in doc]
    bad = 0
    for f in facts:
        if norm(f["raw"]) not in texts[f["page"] - 1]:
            print("FACT MISSING", f["page"], f["raw"], f["debt"]); bad += 1
    for i in inits:
        if norm(i["text"]) not in texts[i["page"] - 1]:
            print("INIT MISSING", i["page"], i["text"][:30]); bad += 1
    if minutes:
        for s in minutes["statements"]:
            if norm(s["text"]) not in texts[s["page"] - 1]:
                print("STMT MISSING", s["page"], s["text"][:30]); bad += 1
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": len(doc)},
            "document": document, "facts": facts, "initiatives": inits, "minutes": minutes,
            "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
    print(f"{stem}: pages={len(doc)} facts={len(facts)} initiatives={len(inits)} size={pdf.stat().st_size} bad={bad}")
    return bad
