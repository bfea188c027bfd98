"""Check helper qf's gold: every fact raw and initiative text occurs on its page's text layer.
Run from corpus/frozen44:  python3 build/qf_check.py
"""
import json
import re
import sys
from pathlib import Path

import pymupdf

SET = Path(__file__).resolve().parent.parent
bad = 0
tot_f = tot_i = tot_p = 0
for gp in sorted((SET / "gold").glob("qf_*.json")):
    g = json.loads(gp.read_text(encoding="utf-8"))
    pdf = SET / "pdf" / (gp.stem + ".pdf")
    d = pymupdf.open(str(pdf))
    texts = [re.sub(r"\s+", "", p.get_text()) for p in d]
    assert g["source"]["pages"] == d.page_count
    size = pdf.stat().st_size
    nb = 0
    for f in g["facts"]:
        raw = re.sub(r"\s+", "", f["raw"])
        if raw not in texts[f["page"] - 1]:
            nb += 1
            if nb <= 15:
                print(f"  {gp.stem} p{f['page']} fact raw not found: {f['raw']!r}")
    for it in g["initiatives"]:
        tx = re.sub(r"\s+", "", it["text"])
        if tx not in texts[it["page"] - 1]:
            nb += 1
            if nb <= 30:
                print(f"  {gp.stem} p{it['page']} initiative not found: {it['text'][:40]!r}")
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            if "page" in s and re.sub(r"\s+", "", s["text"])[:60] not in texts[s["page"] - 1]:
                nb += 1
                print(f"  {gp.stem} p{s['page']} statement start not found: {s['text'][:30]!r}")
    # every page has a text layer
    for i, t in enumerate(texts):
        if len(t) < 50:
            print(f"  {gp.stem} page {i + 1} has almost no text")
            nb += 1
    print(f"{gp.stem}: {d.page_count} pages, {size / 1024:.0f} KB, {len(g['facts'])} facts, "
          f"{len(g['initiatives'])} initiatives, problems {nb}")
    bad += nb
    tot_f += len(g["facts"]); tot_i += len(g["initiatives"]); tot_p += d.page_count
    if size > 2 * 1024 * 1024 or not (2 <= d.page_count <= 8):
        print("  SIZE/PAGES out of range"); bad += 1
print(f"total pages {tot_p}, facts {tot_f}, initiatives {tot_i}; problems {bad}")
sys.exit(1 if bad else 0)
