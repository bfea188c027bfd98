"""Check helper qp's gold: every raw and initiative text occurs on its page; page count and size."""
import glob, json, os, re, sys
import fitz
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def n(s): return re.sub(r"\s+", "", s or "")
bad = 0
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "qp_*.json"))):
    g = json.load(open(gp))
    pdf = os.path.join(ROOT, "pdf", os.path.basename(gp)[:-5] + ".pdf")
    d = fitz.open(pdf)
    texts = [n(p.get_text()) for p in d]
    sz = os.path.getsize(pdf)
    ok = 2 <= d.page_count <= 8 and sz < 2_000_000 and g["source"]["pages"] == d.page_count
    if not ok: bad += 1; print("PAGES/SIZE", gp, d.page_count, sz)
    for f in g["facts"]:
        if n(f["raw"]) not in texts[f["page"] - 1]:
            bad += 1; print("RAW MISSING", os.path.basename(gp), f["page"], f["raw"])
    for i in g["initiatives"]:
        if n(i["text"]) not in texts[i["page"] - 1]:
            bad += 1; print("INIT MISSING", os.path.basename(gp), i["page"], i["text"][:40])
    if g.get("minutes"):
        for s in g["minutes"]["statements"]:
            pass
    print(os.path.basename(gp), d.page_count, "pages", len(g["facts"]), "facts", len(g["initiatives"]), "inits", sz, "bytes")
print("problems:", bad)
sys.exit(1 if bad else 0)
