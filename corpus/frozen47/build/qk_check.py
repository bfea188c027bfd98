"""Check every qk gold: raw of each fact and text of each initiative occur on its page (whitespace removed)."""
import json, re, sys
from pathlib import Path
import pymupdf

ROOT = Path(__file__).resolve().parent.parent
bad = 0
for g in sorted((ROOT / "gold").glob("qk_*.json")):
    d = json.loads(g.read_text())
    pdf = ROOT / "pdf" / d["source"]["file"]
    doc = pymupdf.open(pdf)
    texts = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    n = 0
    for f in d["facts"]:
        r = re.sub(r"\s+", "", f["raw"])
        if not (1 <= f["page"] <= len(texts)) or r not in texts[f["page"] - 1]:
            print(g.stem, "FACT", f["page"], f["raw"], f["metric"], f.get("debt_raw")); bad += 1
        n += 1
    for i in d["initiatives"]:
        t = re.sub(r"\s+", "", i["text"])
        if t not in texts[i["page"] - 1]:
            print(g.stem, "INIT", i["page"], i["text"][:40]); bad += 1
    m = d.get("minutes")
    if m:
        for s in m["statements"]:
            pass
    print(f"{g.stem}: {len(texts)} pages, {n} facts, {len(d['initiatives'])} initiatives, size {pdf.stat().st_size//1024} KB, sha ok={__import__('hashlib').sha256(pdf.read_bytes()).hexdigest()==d['source']['sha256']}")
print("BAD", bad)
sys.exit(1 if bad else 0)
