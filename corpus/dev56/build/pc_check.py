"""Check that every fact raw and initiative text of pc_* gold occurs on its page (whitespace removed)."""
import glob
import json
import re
import sys

import pymupdf

bad = 0
for gp in sorted(glob.glob("gold/pc_*.json")):
    g = json.load(open(gp, encoding="utf-8"))
    doc = pymupdf.open("pdf/" + g["source"]["file"])
    txt = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    nb = 0
    for f in g["facts"]:
        if re.sub(r"\s+", "", f["raw"]) not in txt[f["page"] - 1]:
            nb += 1
            print("FACT", gp, f["page"], f["raw"], f["metric"], f["debt"])
    for i in g["initiatives"]:
        t = re.sub(r"\s+", "", i["text"])
        if t not in txt[i["page"] - 1]:
            nb += 1
            print("INIT", gp, i["page"], i["text"][:40])
    print(gp, "pages", doc.page_count, "facts", len(g["facts"]), "inits", len(g["initiatives"]), "missing", nb)
    bad += nb
sys.exit(1 if bad else 0)
