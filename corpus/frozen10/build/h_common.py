"""Shared helpers for the h_ documents of frozen10: fact records, page resolution, gold writing, checks."""
import hashlib, json, os, re, subprocess, unicodedata
import fitz

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "out")
os.makedirs(OUT, exist_ok=True)


def ws(s):
    return re.sub(r"\s+", "", str(s))


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, anchor=None, page=None,
      approx=False, as_of=None, area=None, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area, "_anchor": anchor}


def I(debt, fy, section, label, text, status, anchor=None, page=None):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page, "_anchor": anchor}


def page_texts(pdf):
    d = fitz.open(pdf)
    return [ws(p.get_text()) for p in d]


def resolve(items, texts, key):
    """Give each item the page on which its anchor (default: its raw/text) occurs; anchor may be
    a list of strings that must all occur on the page. Fails on no page or several pages."""
    errs = []
    for it in items:
        if it.get("page"):
            continue
        a = it.get("_anchor") or it[key]
        alist = [a] if isinstance(a, str) else list(a)
        alist = [ws(x) for x in alist]
        pages = [i + 1 for i, t in enumerate(texts) if all(x in t for x in alist)]
        if len(pages) != 1:
            errs.append((alist, pages))
        else:
            it["page"] = pages[0]
    return errs


def soffice(src, outdir=OUT):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def finish(stem, pdf_path, document, facts, initiatives, minutes=None):
    import shutil
    dst = os.path.join(ROOT, "pdf", stem + ".pdf")
    if os.path.abspath(pdf_path) != os.path.abspath(dst):
        shutil.copyfile(pdf_path, dst)
    texts = page_texts(dst)
    errs = resolve(facts, texts, "raw") + resolve(initiatives, texts, "text")
    if minutes:
        errs += resolve(minutes["statements"], texts, "text")
    if errs:
        for e in errs:
            print("UNRESOLVED", stem, e)
        raise SystemExit(1)
    for x in facts + initiatives + (minutes["statements"] if minutes else []):
        x.pop("_anchor", None)
    sha = hashlib.sha256(open(dst, "rb").read()).hexdigest()
    gold = {"schema_version": "1",
            "source": {"file": stem + ".pdf", "sha256": sha, "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    with open(os.path.join(ROOT, "gold", stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    check(stem)
    return gold


def check(stem):
    gold = json.load(open(os.path.join(ROOT, "gold", stem + ".json"), encoding="utf-8"))
    pdf = os.path.join(ROOT, "pdf", gold["source"]["file"])
    texts = page_texts(pdf)
    bad = 0
    assert hashlib.sha256(open(pdf, "rb").read()).hexdigest() == gold["source"]["sha256"]
    assert gold["source"]["pages"] == len(texts)
    for f in gold["facts"]:
        if ws(f["raw"]) not in texts[f["page"] - 1]:
            print("FACT NOT ON PAGE", stem, f["page"], f["raw"]); bad += 1
    for i in gold["initiatives"]:
        if ws(i["text"]) not in texts[i["page"] - 1]:
            print("INIT NOT ON PAGE", stem, i["page"], i["text"][:30]); bad += 1
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            if ws(s["text"]) not in texts[s["page"] - 1]:
                print("STATEMENT NOT ON PAGE", stem, s["page"], s["text"][:30]); bad += 1
    size = os.path.getsize(pdf)
    print(f"{stem}: pages={len(texts)} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size//1024}KB check={'OK' if not bad and size < 1_000_000 else 'FAIL'}")
    return bad == 0 and size < 1_000_000


def yen_k(v):
    """千円 integer -> yen"""
    return int(v) * 1000


def fmt(n):
    s = f"{abs(n):,}"
    return ("△" + s) if n < 0 else s


def rate(c, a, nd=2):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(c) * 100 / Decimal(a)).quantize(q, rounding=ROUND_HALF_UP))
