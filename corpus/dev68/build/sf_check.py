"""Check helper sf's gold: every fact raw and initiative text occurs on its page (whitespace removed)."""
import glob, json, os, re, sys
import fitz
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = re.compile(r"【(継続|新規|拡充)】")
bad = 0
for gp in sorted(glob.glob(os.path.join(SET, "gold", "sf_*.json"))):
    g = json.load(open(gp))
    doc = fitz.open(os.path.join(SET, "pdf", g["source"]["file"]))
    pages = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    nb = 0
    for f in g["facts"]:
        if re.sub(r"\s+", "", f["raw"]) not in pages[f["page"] - 1]:
            nb += 1; print("FACT", os.path.basename(gp), f["page"], f["raw"])
    for i in g["initiatives"]:
        if re.sub(r"\s+", "", TAG.sub("", i["text"])) not in TAG.sub("", pages[i["page"] - 1]):
            nb += 1; print("INIT", os.path.basename(gp), i["page"], i["text"][:40])
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            if re.sub(r"\s+", "", s["text"]) not in "".join(pages):
                nb += 1; print("STMT", s["speaker"], s["text"][:30])
    print(os.path.basename(gp), "pages", doc.page_count, "facts", len(g["facts"]), "inits", len(g["initiatives"]), "bad", nb)
    bad += nb
sys.exit(1 if bad else 0)
