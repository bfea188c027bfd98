"""Check helper qm's gold: every raw / initiative text occurs on its page; page count and size."""
import glob, json, os, re, sys
import fitz

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ok = True
for gp in sorted(glob.glob(os.path.join(SET, "gold", "qm_*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    pdf = os.path.join(SET, "pdf", os.path.basename(gp)[:-5] + ".pdf")
    doc = fitz.open(pdf)
    texts = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    bad = 0
    for f in g["facts"]:
        r = re.sub(r"\s+", "", f["raw"])
        if not (1 <= f["page"] <= len(texts)) or r not in texts[f["page"] - 1]:
            bad += 1
            print("  raw missing", os.path.basename(gp), f["page"], f["raw"])
    for i in g["initiatives"]:
        t = re.sub(r"\s+", "", i["text"])
        if t not in texts[i["page"] - 1]:
            bad += 1
            print("  init missing", os.path.basename(gp), i["page"], i["text"][:40])
    m = g.get("minutes") or {}
    for s in m.get("statements", []):
        if re.sub(r"\s+", "", s["text"]) not in "".join(texts):
            bad += 1
            print("  statement missing", s["text"][:40])
    size = os.path.getsize(pdf)
    imgs = sum(len(p.get_images()) for p in doc)
    print(f"{os.path.basename(gp):40s} pages={len(doc)} size={size//1024}KB images={imgs} facts={len(g['facts'])} "
          f"inits={len(g['initiatives'])} bad={bad}")
    if bad or not (2 <= len(doc) <= 8) or size >= 2_000_000:
        ok = False
print("ALL OK" if ok else "PROBLEMS")
sys.exit(0 if ok else 1)
