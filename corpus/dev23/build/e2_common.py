"""Shared helpers for the e2_ builders: fact records, gold writing and checking."""
import hashlib, json, re, unicodedata
from pathlib import Path
import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KANJI = "〇一二三四五六七八九"

def z(s):
    """half-width digits -> full-width"""
    return str(s).translate(str.maketrans("0123456789.,%", "０１２３４５６７８９．，％"))

def era(fy):
    r = fy - 2018
    return "令和元" if r == 1 else f"令和{r}"

def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, anchor, approx=False, as_of=None, debt_raw=None, area=None):
    return dict(debt=debt, debt_raw=debt_raw if debt_raw is not None else debt, fiscal_year=fy, fiscal_year_raw=fy_raw,
                segment=seg, metric=metric, basis=basis, as_of=as_of, value=value, unit=unit, approx=approx,
                raw=raw, page=anchor, area=area)

def ns(s):
    return re.sub(r"\s+", "", s or "")

def resolve_and_write(stem, pdf_path, document, facts, initiatives, minutes=None):
    """facts/initiatives carry page = anchor string (or int). Resolve anchors to pages, check, write gold."""
    doc = pymupdf.open(pdf_path)
    texts = [ns(p.get_text()) for p in doc]
    def page_of(anchor):
        if isinstance(anchor, int):
            return anchor
        hits = [i + 1 for i, t in enumerate(texts) if ns(anchor) in t]
        assert hits, f"anchor not found: {anchor}"
        return hits[0]
    errors = []
    for f in facts:
        f["page"] = page_of(f["page"])
        if ns(f["raw"]) not in texts[f["page"] - 1]:
            errors.append(("fact", f["page"], f["raw"], f["debt"]))
    for it in initiatives:
        it["page"] = page_of(it["page"])
        if ns(it["text"]) not in texts[it["page"] - 1]:
            errors.append(("init", it["page"], it["text"][:30]))
    if minutes:
        for s in minutes["statements"]:
            s["page"] = page_of(s["page"])
            if ns(s["text"])[:30] not in texts[s["page"] - 1]:
                errors.append(("stmt", s["page"], s["text"][:30]))
    sha = hashlib.sha256(Path(pdf_path).read_bytes()).hexdigest()
    gold = {"schema_version": "1", "source": {"file": Path(pdf_path).name, "sha256": sha, "pages": len(doc)},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
    size = Path(pdf_path).stat().st_size
    print(f"{stem}: pages={len(doc)} facts={len(facts)} initiatives={len(initiatives)} size={size} errors={len(errors)}")
    for e in errors:
        print("  ERR", e)
    assert size < 1_000_000
    return errors
