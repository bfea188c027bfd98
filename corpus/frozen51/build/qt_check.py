"""Check helper qt's gold: every fact raw and initiative text occurs on its page (whitespace removed)."""
import glob, json, os, re, sys
import pymupdf
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = 0
for gp in sorted(glob.glob(os.path.join(SET, "gold", "qt_*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    doc = pymupdf.open(os.path.join(SET, "pdf", g["source"]["file"]))
    txt = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    nb = 0
    for f in g["facts"]:
        if re.sub(r"\s+", "", f["raw"]) not in txt[f["page"] - 1]:
            nb += 1; print("FACT", g["source"]["file"], f["page"], f["raw"])
    for i in g["initiatives"]:
        if re.sub(r"\s+", "", i["text"]) not in txt[i["page"] - 1]:
            nb += 1; print("INIT", g["source"]["file"], i["page"], i["text"][:30])
    m = g.get("minutes") or {}
    for s in m.get("statements") or []:
        if re.sub(r"\s+", "", s["text"]) not in "".join(txt):
            nb += 1; print("STMT", s["speaker"], s["text"][:30])
    size = os.path.getsize(os.path.join(SET, "pdf", g["source"]["file"]))
    print(f"{os.path.basename(gp)}: pages {doc.page_count} size {size//1024}KB facts {len(g['facts'])} inits {len(g['initiatives'])} problems {nb}")
    bad += nb
sys.exit(1 if bad else 0)
