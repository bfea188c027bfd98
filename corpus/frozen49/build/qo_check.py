"""Check that every gold raw / initiative text of helper qo occurs on its page (whitespace removed)."""
import json, re, sys, unicodedata
from pathlib import Path
import fitz

def norm(s):
    return re.sub(r"\s+", "", s)

bad = 0
for gp in sorted(Path("gold").glob("qo_*.json")):
    g = json.loads(gp.read_text())
    doc = fitz.open(Path("pdf") / (gp.stem + ".pdf"))
    texts = [norm(pg.get_text()) for pg in doc]
    for f in g["facts"]:
        if norm(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1; print("FACT", gp.stem, f["page"], f["raw"])
    for i in g["initiatives"]:
        if norm(i["text"]) not in texts[i["page"] - 1]:
            bad += 1; print("INIT", gp.stem, i["page"], i["text"][:40])
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            if norm(s["text"])[:30] not in texts[s["page"] - 1]:
                bad += 1; print("STMT", gp.stem, s["page"], s["text"][:30])
    print(gp.stem, "pages", doc.page_count, "facts", len(g["facts"]), "inits", len(g["initiatives"]),
          "size", (Path("pdf") / (gp.stem + ".pdf")).stat().st_size)
print("problems:", bad)
sys.exit(1 if bad else 0)
