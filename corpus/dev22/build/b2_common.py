"""Shared helpers for the b2_ documents: LibreOffice conversion, fact objects, page assignment, gold check."""
import hashlib, json, re, subprocess, shutil, unicodedata
from pathlib import Path
import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
OUT.mkdir(exist_ok=True)


def soffice(src: Path, stem: str) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
                   check=True, capture_output=True, timeout=180)
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    shutil.copy(OUT / (src.stem + ".pdf"), pdf)
    return pdf


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, as_of=None, approx=False, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": None, "area": None}


def nz(s):
    return re.sub(r"\s+", "", s)


def page_texts(pdf):
    d = fitz.open(pdf)
    return [nz(p.get_text()) for p in d]


def assign_pages(pdf, items, key="raw"):
    """Walk items in printed order; place each on the first page (from the current one on) where its
    text still has an unused occurrence."""
    texts = page_texts(pdf)
    raws = [p.get_text() for p in fitz.open(pdf)]
    used = {}
    cur = 0
    for it in items:
        if it.get("page"):
            cur = it["page"] - 1
            continue
        s = nz(it[key])
        for p in range(cur, len(texts)):
            if re.fullmatch(r"[0-9０-９,，.．]+", s):
                n = len(re.findall(r"(?<![0-9０-９,，.．])" + re.escape(s) + r"(?![0-9０-９,，.．])", raws[p]))
            else:
                n = texts[p].count(s)
            if n > used.get((p, s), 0):
                used[(p, s)] = used.get((p, s), 0) + 1
                it["page"] = p + 1
                cur = p
                break
        else:
            raise SystemExit(f"not found after page {cur+1}: {s}")


def check(pdf, gold):
    texts = page_texts(pdf)
    bad = 0
    for f in gold["facts"]:
        if nz(f["raw"]) not in texts[f["page"] - 1]:
            print("FACT MISSING", f); bad += 1
    for i in gold["initiatives"]:
        if nz(i["text"]) not in texts[i["page"] - 1]:
            print("INIT MISSING", i); bad += 1
    if gold.get("minutes"):
        alltext = "".join(texts)
        for s in gold["minutes"]["statements"]:
            if nz(s["text"]) not in alltext:
                print("STATEMENT MISSING", s["text"][:40]); bad += 1
    return bad


def write_gold(stem, pdf, document, facts, initiatives, minutes=None):
    d = fitz.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": d.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    bad = check(pdf, gold)
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
    print(f"{stem}: pages={d.page_count} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={pdf.stat().st_size} problems={bad}")
    return bad


def rate(c, a, nd=2):
    from decimal import Decimal, ROUND_HALF_UP
    return float((Decimal(c) * 100 / Decimal(a)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))
