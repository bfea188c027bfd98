"""Check helper pb's gold against its PDFs: every fact raw and initiative text occurs on its page.
Run from corpus/dev55: python3 build/pb_check.py [stem ...]"""
import glob
import json
import re
import sys
import unicodedata

import pymupdf as fitz


def norm(s):
    return re.sub(r"\s+", "", s)


stems = sys.argv[1:] or [p.split("/")[-1][:-5] for p in sorted(glob.glob("gold/pb_*.json"))]
bad = 0
for st in stems:
    gold = json.load(open(f"gold/{st}.json"))
    doc = fitz.open(f"pdf/{st}.pdf")
    pages = [norm(pg.get_text()) for pg in doc]
    assert gold["source"]["pages"] == len(doc)
    for f in gold["facts"]:
        if norm(f["raw"]) not in pages[f["page"] - 1]:
            bad += 1
            print(st, "FACT raw missing", f["page"], f["raw"])
    for i in gold["initiatives"]:
        if norm(i["text"]) not in pages[i["page"] - 1]:
            bad += 1
            print(st, "INIT text missing", i["page"], i["text"][:40])
    print(st, len(doc), "pages", len(gold["facts"]), "facts", len(gold["initiatives"]), "initiatives",
          "size", round(len(open(f"pdf/{st}.pdf", "rb").read()) / 1024), "KB")
print("problems:", bad)
