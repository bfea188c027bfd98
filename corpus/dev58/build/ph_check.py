"""Check that every gold raw / initiative text / statement occurs on its page (whitespace removed)."""
import json, re, sys
from pathlib import Path
import fitz
ROOT = Path(__file__).resolve().parent.parent
def nw(s): return re.sub(r"\s+", "", s or "")
bad = 0
for g in sorted((ROOT / "gold").glob("ph_*.json")):
    d = json.loads(g.read_text())
    pdf = fitz.open(ROOT / "pdf" / d["source"]["file"])
    txt = [nw(p.get_text()) for p in pdf]
    allt = "".join(txt)
    n = 0
    for f in d["facts"]:
        if nw(f["raw"]) not in txt[f["page"] - 1]:
            bad += 1; print("FACT", g.name, f["page"], f["raw"], f["debt_raw"], f["fiscal_year"])
        n += 1
    for i in d["initiatives"]:
        if nw(i["text"]) not in txt[i["page"] - 1]:
            bad += 1; print("INIT", g.name, i["page"], i["text"][:40])
    m = d.get("minutes")
    if m:
        for s in m["statements"]:
            if nw(s["text"]) not in allt:
                bad += 1; print("STMT", g.name, s["speaker"], s["text"][:40])
    print(g.name, "pages", pdf.page_count, "facts", n, "inits", len(d["initiatives"]),
          "size", (ROOT / "pdf" / d["source"]["file"]).stat().st_size)
print("problems:", bad)
