#!/usr/bin/env python3
"""Check helper ga's gold against its PDFs (run from corpus/dev44): python3 build/ga_check.py

- every fact's raw occurs on its page's text layer (whitespace removed, exact characters);
- every initiative's text occurs on its page (whitespace removed);
- every minutes statement's text occurs in the document (whitespace removed);
- page count 2-8, file size < 2 MB, fonts embedded;
- simple arithmetic: rates vs collected/assessed where both are printed on the same page for the
  same debt/year/segment/basis/area.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parent.parent


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check(gp: Path) -> int:
    g = json.loads(gp.read_text(encoding="utf-8"))
    pdf = ROOT / "pdf" / g["source"]["file"]
    doc = pymupdf.open(pdf)
    texts = [squash(p.get_text()) for p in doc]
    bad = 0
    if not (2 <= doc.page_count <= 8):
        print(f"  pages {doc.page_count} out of range"); bad += 1
    size = pdf.stat().st_size
    if size >= 2_000_000:
        print(f"  size {size} too big"); bad += 1
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]
    for line in fonts:
        tok = line.split()
        if len(tok) >= 5 and tok[-5] != "yes":
            print("  font not embedded:", line); bad += 1
    for f in g["facts"]:
        if squash(f["raw"]) not in texts[f["page"] - 1]:
            print(f"  RAW MISSING p{f['page']}: {f['raw']!r} {f['debt_raw']} {f['metric']}"); bad += 1
    for i in g["initiatives"]:
        if squash(i["text"]) not in texts[i["page"] - 1]:
            print(f"  INIT MISSING p{i['page']}: {i['text'][:40]}"); bad += 1
    if g.get("minutes"):
        alltext = "".join(texts)
        for s in g["minutes"]["statements"]:
            if squash(s["text"]) not in alltext:
                print(f"  STATEMENT MISSING: {s['speaker']} {s['text'][:30]}"); bad += 1
    # arithmetic
    grp = defaultdict(dict)
    for f in g["facts"]:
        k = (f["page"], f["debt_raw"], f["fiscal_year"], f["segment"], f["basis"], f["as_of"], f["area"])
        if f["metric"] in ("assessed", "collected", "collection_rate") and not f["approx"]:
            grp[k].setdefault(f["metric"], f["value"])
    for k, m in grp.items():
        if len(m) == 3:
            exp = m["collected"] / m["assessed"] * 100
            if abs(exp - m["collection_rate"]) > 0.051:
                print(f"  RATE MISMATCH {k}: {m}"); bad += 1
    print(f"{gp.name}: {len(g['facts'])} facts, {len(g['initiatives'])} initiatives, "
          f"{doc.page_count} pages, {size // 1024} KB, problems={bad}")
    return bad


def main():
    golds = sorted((ROOT / "gold").glob("ga_*.json"))
    total = sum(check(p) for p in golds)
    print("ALL OK" if total == 0 else f"{total} problems")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
