"""fv: check that every gold raw / initiative text occurs on its page (whitespace removed)."""
import json, re, sys, glob, unicodedata
import pymupdf as fitz

def squash(s):
    return re.sub(r"\s+", "", s)

bad = 0
for gp in sorted(glob.glob("gold/fv_*.json")):
    g = json.load(open(gp))
    doc = fitz.open("pdf/" + g["source"]["file"])
    pages = [squash(p.get_text()) for p in doc]
    n = 0
    for f in g["facts"]:
        if squash(f["raw"]) not in pages[f["page"] - 1]:
            bad += 1; n += 1
            if n < 15: print("FACT", gp, f["page"], f["raw"], f["metric"], f["debt"])
    for i in g["initiatives"]:
        t = squash(i["text"])
        if t not in pages[i["page"] - 1]:
            bad += 1; n += 1
            if n < 25: print("INIT", gp, i["page"], i["text"][:40])
    m = g.get("minutes")
    if m:
        alltext = "".join(pages)
        for s in m["statements"]:
            if squash(s["text"]) not in alltext:
                bad += 1; print("STMT", gp, s["speaker"], s["text"][:30])
    print(gp, doc.page_count, "pages", len(g["facts"]), "facts", len(g["initiatives"]), "inits", "missing", n)
print("TOTAL MISSING", bad)
