"""Check helper pi's gold against its PDFs: every raw and initiative text on its page.
Run from corpus/dev59:  python3 build/pi_check.py [stem ...]"""
import json
import re
import sys
import unicodedata
from pathlib import Path

import pymupdf


def n(s):
    return re.sub(r"\s+", "", str(s))


stems = sys.argv[1:] or [p.stem for p in sorted(Path("gold").glob("pi_*.json"))]
bad = 0
for stem in stems:
    g = json.loads(Path(f"gold/{stem}.json").read_text())
    doc = pymupdf.open(f"pdf/{stem}.pdf")
    pages = [n(p.get_text()) for p in doc]
    assert g["source"]["pages"] == doc.page_count
    for f in g["facts"]:
        if n(f["raw"]) not in pages[f["page"] - 1]:
            bad += 1
            others = [i + 1 for i, t in enumerate(pages) if n(f["raw"]) in t]
            print(stem, "FACT", f["page"], f["raw"], f["metric"], f["debt_raw"], "found on", others)
    for i in g["initiatives"]:
        if n(i["text"]) not in pages[i["page"] - 1]:
            bad += 1
            print(stem, "INIT", i["page"], i["text"][:40])
    if g.get("minutes"):
        m = g["minutes"]
        allt = "".join(pages)
        for s in m["statements"]:
            if n(s["text"]) not in allt:
                bad += 1
                print(stem, "STMT", s["speaker"], s["text"][:40])
    print(stem, "pages", doc.page_count, "facts", len(g["facts"]), "inits", len(g["initiatives"]),
          "size", Path(f"pdf/{stem}.pdf").stat().st_size)
print("problems:", bad)
