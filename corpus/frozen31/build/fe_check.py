#!/usr/bin/env python3
"""Check helper fe's gold against its PDFs: every raw on its page, every initiative and
statement text on its page, page counts, sizes.  Run from corpus/frozen31:

    python3 build/fe_check.py [stem ...]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pymupdf as fitz

ROOT = Path(__file__).resolve().parent.parent


def ws(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def check(stem: str) -> int:
    gold = json.loads((ROOT / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    errors = 0
    size = pdf.stat().st_size
    with fitz.open(pdf) as doc:
        texts = [ws(p.get_text()) for p in doc]
        n = doc.page_count
    if n != gold["source"]["pages"]:
        print(f"{stem}: page count {n} != gold {gold['source']['pages']}")
        errors += 1
    if not 2 <= n <= 8:
        print(f"{stem}: {n} pages")
        errors += 1
    if size >= 2_000_000:
        print(f"{stem}: {size} bytes")
        errors += 1
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= n) or ws(f["raw"]) not in texts[p - 1]:
            print(f"{stem}: raw {f['raw']!r} not on page {p} ({f['debt_raw']}, {f['metric']}, {f['fiscal_year']})")
            errors += 1
    for i in gold["initiatives"]:
        p = i["page"]
        if not (1 <= p <= n) or ws(i["text"]) not in texts[p - 1]:
            print(f"{stem}: initiative not on page {p}: {i['text'][:40]}")
            errors += 1
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            p = s.get("page")
            body = ws(s["text"])
            if p and body[:30] not in texts[p - 1]:
                print(f"{stem}: statement not on page {p}: {s['text'][:30]}")
                errors += 1
            if ws(s["speaker"]) not in "".join(texts):
                print(f"{stem}: speaker {s['speaker']} not printed")
                errors += 1
        for a in m["agenda"]:
            if ws(a) not in "".join(texts):
                print(f"{stem}: agenda {a} not printed")
                errors += 1
    print(f"{stem}: {n} pages, {size // 1024} KB, {len(gold['facts'])} facts, "
          f"{len(gold['initiatives'])} initiatives, {errors} errors")
    return errors


def main(argv):
    stems = argv[1:] or sorted(p.stem for p in (ROOT / "gold").glob("fe_*.json"))
    bad = sum(check(s) for s in stems)
    print("ALL OK" if not bad else f"{bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
