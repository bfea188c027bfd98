"""Shared helpers for the a2_ documents (dev22): facts, gold writing, checks."""
import hashlib, json, re, unicodedata
from pathlib import Path
import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
Z = str.maketrans("0123456789.,%()", "０１２３４５６７８９．，％（）")


def zen(s):
    return str(s).translate(Z)


def c(n):
    """comma-formatted integer, △ for minus"""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def fact(debt, fy, fyraw, seg, metric, basis, value, unit, raw, page=None,
         as_of=None, approx=False, debt_raw="same", area=None):
    return {"debt": debt, "debt_raw": debt if debt_raw == "same" else debt_raw,
            "fiscal_year": fy, "fiscal_year_raw": fyraw, "segment": seg,
            "metric": metric, "basis": basis, "as_of": as_of, "value": value,
            "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def ns(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def write_gold(stem, document, facts, initiatives, minutes=None):
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    doc = fitz.open(pdf)
    texts = [ns(p.get_text()) for p in doc]
    bad = 0
    for f in facts:
        if not f["page"] or ns(f["raw"]) not in texts[f["page"] - 1]:
            print("FACT NOT FOUND", f["page"], f["raw"], f["debt_raw"]); bad += 1
    for i in initiatives:
        if ns(i["text"]) not in texts[i["page"] - 1]:
            print("INIT NOT FOUND", i["page"], i["text"][:30]); bad += 1
    if minutes:
        for s in minutes["statements"]:
            if ns(s["text"]) not in texts[s["page"] - 1]:
                print("STMT NOT FOUND", s["page"], s["text"][:30]); bad += 1
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
    print(f"{stem}: pages={doc.page_count} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={pdf.stat().st_size} problems={bad}")
    return bad


def page_of(pdf, needle):
    doc = fitz.open(pdf)
    hits = [i + 1 for i, p in enumerate(doc) if ns(needle) in ns(p.get_text())]
    return hits


def to_pdf(src, dest, profile="a2"):
    import shutil, subprocess, tempfile
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([shutil.which("soffice"), f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        shutil.copyfile(Path(tmp) / (Path(src).stem + ".pdf"), dest)
    return dest
