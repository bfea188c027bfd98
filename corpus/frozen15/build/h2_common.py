"""Shared helpers for the h2_ builders (gold writing and checking)."""
import hashlib
import json
import os
import re
import subprocess
import shutil

import fitz

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "build", "out")
PDF = os.path.join(ROOT, "pdf")
GOLD = os.path.join(ROOT, "gold")
for d in (OUT, PDF, GOLD):
    os.makedirs(d, exist_ok=True)


def comma(n):
    return f"{n:,}"


def zen(s):
    """half-width digits -> full-width"""
    return s.translate(str.maketrans("0123456789,.%", "０１２３４５６７８９，．％"))


def rate(collected, assessed, nd=2):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(collected) * 100 / Decimal(assessed)).quantize(q, rounding=ROUND_HALF_UP))


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, approx=False, as_of=None,
         debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": None}


def init(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def soffice(src, outdir=OUT):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def nows(s):
    return re.sub(r"\s+", "", s or "")


def page_texts(path):
    doc = fitz.open(path)
    return [nows(p.get_text()) for p in doc]


def find_page(texts, raw):
    return [i + 1 for i, t in enumerate(texts) if nows(raw) in t]


def write_gold(stem, kind, municipality, title, date, date_raw, facts, initiatives, minutes=None):
    pdf = os.path.join(PDF, stem + ".pdf")
    data = open(pdf, "rb").read()
    n = fitz.open(pdf).page_count
    g = {"schema_version": "1",
         "source": {"file": stem + ".pdf", "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
         "document": {"kind": kind, "municipality": municipality, "title": title, "date": date,
                      "date_raw": date_raw},
         "facts": facts, "initiatives": initiatives, "minutes": minutes, "tables": [], "warnings": []}
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    return g


def check(stem):
    g = json.load(open(os.path.join(GOLD, stem + ".json"), encoding="utf-8"))
    texts = page_texts(os.path.join(PDF, stem + ".pdf"))
    bad = 0
    for f in g["facts"]:
        if nows(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1
            print("  FACT MISS", stem, f["page"], f["raw"], f["debt"], f["metric"], find_page(texts, f["raw"]))
    for it in g["initiatives"]:
        if nows(it["text"]) not in texts[it["page"] - 1]:
            bad += 1
            print("  INIT MISS", stem, it["page"], it["text"][:40], find_page(texts, it["text"]))
    if g.get("minutes"):
        for s in g["minutes"]["statements"]:
            if nows(s["text"]) not in "".join(texts):
                bad += 1
                print("  STMT MISS", s["speaker"], s["text"][:30])
    size = os.path.getsize(os.path.join(PDF, stem + ".pdf"))
    print(f"{stem}: pages={len(texts)} facts={len(g['facts'])} inits={len(g['initiatives'])} "
          f"size={size//1024}KB bad={bad}")
    return bad, len(texts), len(g["facts"]), len(g["initiatives"])
