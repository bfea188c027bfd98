"""Check helper pn's gold: every fact raw and initiative text occurs on its page (whitespace removed)."""
import glob, json, os, re, sys
import fitz
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = 0
for gp in sorted(glob.glob(os.path.join(SET, "gold", "pn_*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    doc = fitz.open(os.path.join(SET, "pdf", g["source"]["file"]))
    pages = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    n = 0
    for f in g["facts"]:
        if re.sub(r"\s+", "", f["raw"]) not in pages[f["page"] - 1]:
            bad += 1; n += 1; print("FACT", os.path.basename(gp), f["page"], f["raw"])
    for i in g["initiatives"]:
        if re.sub(r"\s+", "", i["text"]) not in pages[i["page"] - 1]:
            bad += 1; n += 1; print("INIT", os.path.basename(gp), i["page"], i["text"][:30])
    m = g.get("minutes") or {}
    for s in m.get("statements", []):
        if re.sub(r"\s+", "", s["text"]) not in pages[s["page"] - 1]:
            bad += 1; n += 1; print("STMT", os.path.basename(gp), s["page"], s["text"][:30])
    print(os.path.basename(gp), doc.page_count, "pages", len(g["facts"]), "facts", len(g["initiatives"]), "inits", "missing", n,
          "size", os.path.getsize(os.path.join(SET, "pdf", g["source"]["file"])))
sys.exit(1 if bad else 0)
