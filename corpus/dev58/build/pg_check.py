"""Check that every raw / initiative text of helper pg's gold occurs on its page (whitespace removed)."""
import json, re, sys, unicodedata
from pathlib import Path
import pymupdf

ROOT = Path(__file__).resolve().parent.parent
bad = 0
for gp in sorted((ROOT / "gold").glob("pg_*.json")):
    g = json.loads(gp.read_text())
    doc = pymupdf.open(ROOT / "pdf" / g["source"]["file"])
    assert doc.page_count == g["source"]["pages"], (gp.name, doc.page_count)
    texts = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    n = 0
    for f in g["facts"]:
        n += 1
        if re.sub(r"\s+", "", f["raw"]) not in texts[f["page"] - 1]:
            bad += 1; print("FACT", gp.name, f["page"], f["raw"], f["metric"], f["debt_raw"])
    for it in g["initiatives"]:
        n += 1
        if re.sub(r"\s+", "", it["text"]) not in texts[it["page"] - 1]:
            bad += 1; print("INIT", gp.name, it["page"], it["text"][:40])
    for s in (g.get("minutes") or {}).get("statements", []):
        t = re.sub(r"\s+", "", s["text"])
        if t not in "".join(texts):
            bad += 1; print("STMT", gp.name, s["speaker"], s["text"][:30])
    print(gp.name, "pages", doc.page_count, "facts", len(g["facts"]), "inits", len(g["initiatives"]), "size", (ROOT/"pdf"/g["source"]["file"]).stat().st_size)
print("problems:", bad)
sys.exit(1 if bad else 0)
