"""Shared helpers for the n_ builders: fact constructor, gold writer, check."""
import hashlib, json, re, subprocess, unicodedata
from pathlib import Path
import pymupdf as fitz

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
OUT.mkdir(parents=True, exist_ok=True)


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None, approx=False, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": None}


def soffice(src: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
                   check=True, capture_output=True, timeout=180)
    return OUT / (src.stem + ".pdf")


def nz(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def finish(stem, pdf_path: Path, document, facts, initiatives, minutes=None):
    dst = ROOT / "pdf" / f"{stem}.pdf"
    dst.write_bytes(Path(pdf_path).read_bytes())
    doc = fitz.open(dst)
    texts = [nz(p.get_text()) for p in doc]
    bad = []
    for f in facts:
        if nz(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"]))
    for i in initiatives:
        if nz(i["text"]) not in texts[i["page"] - 1]:
            bad.append(("init", i["page"], i["text"][:30]))
    if minutes:
        for s in minutes["statements"]:
            if nz(s["text"]) not in texts[s["page"] - 1]:
                bad.append(("stmt", s["page"], s["text"][:30]))
    gold = {"schema_version": "1",
            "source": {"file": dst.name, "sha256": hashlib.sha256(dst.read_bytes()).hexdigest(), "pages": len(doc)},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{stem}: pages={len(doc)} facts={len(facts)} initiatives={len(initiatives)} size={dst.stat().st_size} bad={len(bad)}")
    for b in bad:
        print("   BAD", b)
    return bad
