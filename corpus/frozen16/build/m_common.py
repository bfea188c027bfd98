"""Shared helpers for the m_ builders: fact records, page location, gold writing and checks."""
import hashlib, json, re, subprocess, os, shutil
from pathlib import Path
import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
OUT.mkdir(exist_ok=True)


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, approx=False,
      as_of=None, area=None, debt_raw=None, anchor=None):
    d = {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
         "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
         "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
         "raw": raw, "page": page, "area": area}
    if anchor:
        d["_anchor"] = anchor
    return d


def I(debt, fy, section, label, text, status, page=None, anchor=None):
    d = {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
         "status": status, "page": page}
    if anchor:
        d["_anchor"] = anchor
    return d


def ns(s):
    return re.sub(r"\s+", "", s or "")


def page_texts(pdf):
    doc = fitz.open(pdf)
    t = [ns(p.get_text()) for p in doc]
    doc.close()
    return t


def locate(items, texts, key):
    """Fill missing page numbers from the anchor (or key text), in document order."""
    last = 1
    for it in items:
        if it.get("page"):
            last = it["page"]
            continue
        a = ns(it.get("_anchor") or it[key])
        found = None
        for p in range(last, len(texts) + 1):
            if a in texts[p - 1]:
                found = p
                break
        if found is None:
            for p in range(1, len(texts) + 1):
                if a in texts[p - 1]:
                    found = p
                    break
        if found is None:
            raise SystemExit(f"anchor not found: {a[:60]}")
        it["page"] = found
        last = found


def docx_to_pdf(src, pdf_dest):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
                   check=True, capture_output=True, timeout=240)
    produced = OUT / (Path(src).stem + ".pdf")
    shutil.copy(produced, pdf_dest)


def write_gold(stem, document, facts, initiatives, minutes=None):
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    texts = page_texts(pdf)
    locate(facts, texts, "raw")
    locate(initiatives, texts, "text")
    if minutes:
        locate(minutes["statements"], texts, "text")
    for x in facts + initiatives + (minutes["statements"] if minutes else []):
        x.pop("_anchor", None)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
    return check(stem)


def check(stem):
    g = json.loads((ROOT / "gold" / f"{stem}.json").read_text())
    pdf = ROOT / "pdf" / g["source"]["file"]
    texts = page_texts(pdf)
    bad = []
    assert g["source"]["pages"] == len(texts)
    for f in g["facts"]:
        if ns(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["raw"], f["page"]))
    for i in g["initiatives"]:
        if ns(i["text"]) not in texts[i["page"] - 1]:
            bad.append(("init", i["text"][:30], i["page"]))
    if g.get("minutes"):
        for s in g["minutes"]["statements"]:
            if ns(s["text"])[:40] not in texts[s["page"] - 1]:
                bad.append(("stmt", s["text"][:30], s["page"]))
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(g['facts'])} inits={len(g['initiatives'])} "
          f"size={size//1024}KB bad={len(bad)}")
    for b in bad[:20]:
        print("   BAD", b)
    return not bad and size < 1_000_000


def yen_k(v):
    return f"{v:,}"


def rate(c, a, nd=2):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(c) * 100 / Decimal(a)).quantize(q, rounding=ROUND_HALF_UP))


def fmt_rate(r, nd=2):
    return f"{r:.{nd}f}"


def zen(s):
    """ASCII digits and punctuation to full width."""
    tbl = {ord(c): ord(c) + 0xFEE0 for c in "0123456789,.%"}
    return s.translate(tbl)
