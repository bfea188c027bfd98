"""Check that every fact raw and initiative text of qe_* gold occurs on its page (whitespace removed)."""
import json, re, sys, unicodedata
from pathlib import Path
import pymupdf

ROOT = Path(__file__).resolve().parent.parent


def nows(s):
    return re.sub(r"\s+", "", s)


bad = 0
for gp in sorted((ROOT / "gold").glob("qe_*.json")):
    g = json.loads(gp.read_text())
    d = pymupdf.open(ROOT / "pdf" / g["source"]["file"])
    pages = [nows(p.get_text()) for p in d]
    assert len(d) == g["source"]["pages"] and 2 <= len(d) <= 8, gp
    size = (ROOT / "pdf" / g["source"]["file"]).stat().st_size
    assert size < 2_000_000, (gp, size)
    nb = 0
    for f in g["facts"]:
        if nows(f["raw"]) not in pages[f["page"] - 1]:
            nb += 1
            print("RAW MISSING", gp.stem, f["page"], f["raw"], f["metric"], f["debt_raw"])
    for it in g["initiatives"]:
        t = nows(it["text"])
        if t not in pages[it["page"] - 1]:
            nb += 1
            print("INIT MISSING", gp.stem, it["page"], it["text"][:40])
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            if nows(s["text"])[:30] not in "".join(pages):
                nb += 1
                print("STATEMENT MISSING", gp.stem, s["speaker"], s["text"][:30])
    print(f"{gp.stem}: {len(d)} pages {size//1024} KB, {len(g['facts'])} facts, {len(g['initiatives'])} inits, {nb} problems")
    bad += nb
sys.exit(1 if bad else 0)
