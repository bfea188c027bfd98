"""Shared helpers for the f2_ builders: fact records, page assignment and gold checks."""
import hashlib, json, re, unicodedata
from pathlib import Path
import pymupdf as fitz

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"


def F(debt, fy, seg, metric, basis, value, unit, raw, fy_raw=None, as_of=None, approx=False, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": None, "area": None}


def nows(s):
    return re.sub(r"\s+", "", s)


def page_texts(pdf):
    doc = fitz.open(pdf)
    return [nows(p.get_text()) for p in doc]


def page_texts_spaced(pdf):
    doc = fitz.open(pdf)
    return [re.sub(r"\s+", " ", p.get_text()) + " " for p in doc]


def _find(text, raw, start):
    pat = re.compile(r"\s?".join(map(re.escape, nows(raw))))
    pos = start
    while True:
        m = pat.search(text, pos)
        if not m:
            return -1
        i, j = m.start(), m.end()
        r = nows(raw)
        before = text[i - 1] if i > 0 else ""
        after = text[j] if j < len(text) else ""
        after2 = text[j + 1] if j + 1 < len(text) else ""
        bad_head = r[0].isdigit() and (before.isdigit() or before in ",.")
        bad_tail = r[-1].isdigit() and (after.isdigit() or (after in ",." and after2.isdigit()))
        if not bad_head and not bad_tail:
            return i
        pos = i + 1


def assign_pages(pdf, items, key="raw"):
    """Walk the document text in order; give each item the page of the next occurrence of its raw."""
    pages = page_texts_spaced(pdf)
    full, offs = "", []
    for t in pages:
        offs.append(len(full)); full += t
    cur = 0
    bad = []
    for it in items:
        i = _find(full, it[key], cur)
        if i < 0:
            i = _find(full, it[key], 0)
            if i < 0:
                bad.append(it[key]); continue
        else:
            cur = i + 1
        pg = max(k for k, o in enumerate(offs) if o <= i) + 1
        it["page"] = pg
    return bad


def check(pdf, gold):
    pages = page_texts(pdf)
    errs = []
    for f in gold["facts"]:
        if nows(f["raw"]) not in pages[f["page"] - 1]:
            errs.append(("fact", f["page"], f["raw"]))
    for it in gold["initiatives"]:
        if nows(it["text"]) not in pages[it["page"] - 1]:
            errs.append(("init", it["page"], it["text"][:30]))
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            if nows(s["text"])[:40] not in pages[s["page"] - 1]:
                errs.append(("stmt", s["page"], s["text"][:30]))
    return errs


def write_gold(stem, pdf, document, facts, initiatives, minutes=None):
    pdf = Path(pdf)
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    n = fitz.open(pdf).page_count
    gold = {"schema_version": "1", "source": {"file": pdf.name, "sha256": sha, "pages": n},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    errs = check(pdf, gold)
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    print(f"{stem}: pages={n} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={pdf.stat().st_size} errors={len(errs)}")
    for e in errs:
        print("  CHECK FAIL", e)
    return errs
