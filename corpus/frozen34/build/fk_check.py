"""Checks for helper fk's documents (run from corpus/frozen34):  python3 build/fk_check.py

1. every fact's raw and every initiative's text occurs on its page in the PDF text layer
   (PyMuPDF page.get_text(), whitespace removed);
2. every fact is well formed (fields, metric/unit/basis/segment vocabulary, a value that the
   printed number explains: same digits times 1, 千, 万, 百万 or 億, sign from △/▲/-/減少);
3. PDFs are 2-8 pages and under 2 MB, and the gold's sha256/page count match the PDF.
"""
import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

import pymupdf as fitz

SET = Path(__file__).resolve().parent.parent
SIX = {"assessed", "collected", "collection_rate", "written_off", "outstanding", "delinquents"}
UNITS = {"yen", "percent", "points", "persons", "households", "cases"}
BASES = {"actual", "target", "estimate", "interim"}
SEGS = {"current", "arrears", "total", None}
KEYS = {"debt", "debt_raw", "fiscal_year", "fiscal_year_raw", "segment", "metric", "basis", "as_of", "value",
        "unit", "approx", "raw", "page", "area"}


def ws(s):
    return re.sub(r"\s+", "", s or "")


def number_in(raw):
    t = unicodedata.normalize("NFKC", raw)
    m = re.search(r"(\d+(?:\.\d+)?)億(?:([\d,]+)万)?", t)
    if m:
        return round(float(m.group(1)) * 10**8) + int((m.group(2) or "0").replace(",", "")) * 10**4, True
    m = re.search(r"[\d,]*\d(?:\.\d+)?", t)
    return (float(m.group(0).replace(",", "")), False) if m else (None, False)


def main():
    bad = 0
    tot = dict(docs=0, pages=0, facts=0, inits=0)
    for gp in sorted((SET / "gold").glob("fk_*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = SET / "pdf" / g["source"]["file"]
        data = pdf.read_bytes()
        with fitz.open(pdf) as d:
            texts = [ws(p.get_text()) for p in d]
        probs = []
        if hashlib.sha256(data).hexdigest() != g["source"]["sha256"]:
            probs.append("sha256 differs")
        if len(texts) != g["source"]["pages"] or not 2 <= len(texts) <= 8:
            probs.append(f"page count {len(texts)}")
        if len(data) >= 2 * 1024 * 1024:
            probs.append("PDF >= 2 MB")
        for f in g["facts"]:
            if set(f) != KEYS:
                probs.append(f"keys {sorted(set(f) ^ KEYS)}")
            if ws(f["raw"]) not in texts[f["page"] - 1]:
                probs.append(f"raw {f['raw']!r} not on p{f['page']}")
            if f["unit"] not in UNITS or f["basis"] not in BASES or f["segment"] not in SEGS:
                probs.append(f"vocabulary {f}")
            if f["metric"] in SIX and f["unit"] == "points":
                probs.append(f"points for a six metric {f['raw']}")
            if not isinstance(f["fiscal_year"], int):
                probs.append(f"fiscal_year {f}")
            if f["basis"] == "interim" and not f["as_of"]:
                probs.append(f"interim without as_of {f['raw']}")
            if ("約" in f["raw"]) != f["approx"]:
                probs.append(f"approx flag {f['raw']}")
            n, is_oku = number_in(f["raw"])
            v = f["value"]
            if n is None:
                probs.append(f"no number in raw {f['raw']!r}")
                continue
            if f["unit"] in ("percent", "points"):
                ok = abs(abs(v) - n) < 1e-9
            elif is_oku:
                ok = abs(v) == n
            else:
                ok = any(abs(abs(v) - n * m) < 0.5 for m in (1, 1000, 10**4, 10**6, 10**8))
            if not ok:
                probs.append(f"value {v} vs raw {f['raw']!r}")
            neg = any(ch in f["raw"] for ch in "△▲-") or f["metric"] == "difference" and v < 0
            if (v < 0) != neg:
                probs.append(f"sign {v} vs raw {f['raw']!r}")
        for it in g["initiatives"]:
            if ws(it["text"]) not in texts[it["page"] - 1]:
                probs.append(f"initiative {it['text'][:20]!r} not on p{it['page']}")
            if it["status"] not in (None, "継続", "新規", "拡充"):
                probs.append(f"status {it['status']}")
        m = g.get("minutes")
        if m:
            for s in m["statements"]:
                if ws(s["text"]) not in texts[s["page"] - 1]:
                    probs.append(f"statement {s['text'][:20]!r} not on p{s['page']}")
        print(f"{gp.stem:28s} pages={len(texts)} facts={len(g['facts'])} initiatives={len(g['initiatives'])} "
              f"size={len(data) // 1024}KB problems={len(probs)}")
        for p in probs[:20]:
            print("   ", p)
        bad += len(probs)
        tot["docs"] += 1
        tot["pages"] += len(texts)
        tot["facts"] += len(g["facts"])
        tot["inits"] += len(g["initiatives"])
    print(f"total: {tot['docs']} documents, {tot['pages']} pages, {tot['facts']} facts, {tot['inits']} initiatives; "
          f"{'all checks passed' if not bad else str(bad) + ' problems'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
