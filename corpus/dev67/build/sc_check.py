"""Check that every fact's raw (and every initiative's text) occurs on its page of the PDF (run from corpus/dev67)."""
import json, re, sys
from collections import Counter
from pathlib import Path
import pymupdf

bad = 0
for gp in sorted(Path("gold").glob("sc_*.json")):
    g = json.loads(gp.read_text())
    doc = pymupdf.open(Path("pdf") / g["source"]["file"])
    texts = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    need = Counter((f["page"], re.sub(r"\s+", "", f["raw"])) for f in g["facts"])
    for (pg, raw), n in need.items():
        have = texts[pg - 1].count(raw)
        if have < 1:
            bad += 1; print(gp.name, "p", pg, "raw missing:", raw)
    for it in g["initiatives"]:
        t = re.sub(r"\s+", "", it["text"])
        if t not in texts[it["page"] - 1]:
            bad += 1; print(gp.name, "p", it["page"], "initiative missing:", t[:40])
    for s in (g.get("minutes") or {}).get("statements", []):
        t = re.sub(r"\s+", "", s["text"])
        if t not in texts[s["page"] - 1]:
            bad += 1; print(gp.name, "p", s["page"], "statement missing:", t[:40])
    print(gp.name, "pages", len(doc), "facts", len(g["facts"]), "inits", len(g["initiatives"]))
print("problems:", bad)
sys.exit(1 if bad else 0)
