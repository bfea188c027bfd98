"""Shared helpers for the z_ builders of dev34: fact records, gold writing and the raw-on-page check."""
import hashlib, json, re, subprocess, shutil
from pathlib import Path
import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = Path("/tmp/z_dev34_out")
OUT.mkdir(parents=True, exist_ok=True)


def ws(s):
    return re.sub(r"\s+", "", s or "")


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, approx=False,
      as_of=None, debt_raw=None, area=None, locate=None):
    if debt_raw is None:
        debt_raw = debt
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
            "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area,
            "_locate": locate}


def I(debt, fy, section, label, text, status, page=None, locate=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page, "_locate": locate}


def yen_k(s):
    """'1,234,567' (千円) -> yen int"""
    return int(round(float(s.replace(",", "").replace("，", "")) * 1000))


def soffice(src, outdir=OUT):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=240)
    return Path(outdir) / (Path(src).stem + ".pdf")


def page_texts(pdf):
    doc = fitz.open(pdf)
    t = [ws(p.get_text()) for p in doc]
    doc.close()
    return t


def _place(items, texts, what):
    errs = []
    for x in items:
        loc = x.pop("_locate", None)
        if x.get("page") is None:
            key = ws(loc or "")
            hits = [i + 1 for i, t in enumerate(texts) if key and key in t]
            if len(hits) != 1:
                errs.append(f"{what}: locate {loc!r} hits {hits}")
                continue
            x["page"] = hits[0]
    return errs


def finish(stem, pdf_src, document, facts, initiatives, minutes=None):
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    if Path(pdf_src) != pdf:
        shutil.copy(pdf_src, pdf)
    texts = page_texts(pdf)
    errs = _place(facts, texts, "fact") + _place(initiatives, texts, "initiative")
    for f in facts:
        p = f["page"]
        if p is None or ws(f["raw"]) not in texts[p - 1]:
            errs.append(f"fact raw {f['raw']!r} not on page {p} ({f['debt']},{f['metric']},{f['fiscal_year']})")
    for it in initiatives:
        p = it["page"]
        if p is None or ws(it["text"]) not in texts[p - 1]:
            errs.append(f"initiative text not on page {p}: {it['text'][:30]}")
    if minutes:
        for s in minutes["statements"]:
            loc = s.pop("_locate", None) or s["text"][:25]
            hits = [i + 1 for i, t in enumerate(texts) if ws(loc) in t]
            if not hits:
                errs.append(f"statement not found: {loc}")
            else:
                s["page"] = hits[0]
            if not all(ws(part) in "".join(texts) for part in s["text"].split("\n")):
                errs.append(f"statement text not in doc: {s['text'][:30]}")
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": sha, "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(facts)} initiatives={len(initiatives)} size={size}")
    for e in errs:
        print("  ERROR", e)
    return errs
