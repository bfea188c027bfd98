"""Check helper qh's gold: every fact raw and every initiative text occurs on its page
(PyMuPDF text layer, whitespace removed); print counts.  Run from corpus/frozen45."""
import json
import re
import sys
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parent.parent
bad = 0
tot = dict(docs=0, pages=0, facts=0, inits=0)
for gp in sorted((ROOT / "gold").glob("qh_*.json")):
    g = json.loads(gp.read_text(encoding="utf-8"))
    pdf = ROOT / "pdf" / g["source"]["file"]
    doc = pymupdf.open(pdf)
    texts = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    assert g["source"]["pages"] == doc.page_count, gp
    assert 2 <= doc.page_count <= 8, (gp, doc.page_count)
    assert pdf.stat().st_size < 2_000_000, pdf
    for f in g["facts"]:
        raw = re.sub(r"\s+", "", f["raw"])
        if not (1 <= f["page"] <= doc.page_count) or raw not in texts[f["page"] - 1]:
            bad += 1
            print("RAW MISSING", gp.name, f["page"], f["raw"], f["metric"], f["debt_raw"])
    for i in g["initiatives"]:
        t = re.sub(r"\s+", "", i["text"])
        if t not in texts[i["page"] - 1]:
            bad += 1
            print("INIT MISSING", gp.name, i["page"], i["text"][:40])
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            if s.get("page") and re.sub(r"\s+", "", s["text"])[:30] not in texts[s["page"] - 1]:
                bad += 1
                print("STATEMENT START MISSING", gp.name, s["page"], s["text"][:30])
    n_f, n_i = len(g["facts"]), len(g["initiatives"])
    print(f"{gp.stem:32s} pages={doc.page_count} facts={n_f} initiatives={n_i} "
          f"size={pdf.stat().st_size // 1024}KB kind={g['document']['kind']}")
    tot["docs"] += 1
    tot["pages"] += doc.page_count
    tot["facts"] += n_f
    tot["inits"] += n_i
print("TOTAL", tot, "problems:", bad)
sys.exit(1 if bad else 0)
