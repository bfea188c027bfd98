"""Check helper qv's documents: every raw / initiative text on its page, page count, size.

Run from corpus/frozen52:  python3 build/qv_check.py
"""
import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qv_common import SET, check  # noqa: E402

ok = True
tot = dict(docs=0, pages=0, facts=0, inits=0)
import json
for gp in sorted((SET / "gold").glob("qv_*.json")):
    pdf = SET / "pdf" / (gp.stem + ".pdf")
    g = json.loads(gp.read_text(encoding="utf-8"))
    d = pymupdf.open(pdf)
    bad = check(pdf, gp)
    size = pdf.stat().st_size
    fine = not bad and 2 <= d.page_count <= 8 and size < 2_000_000 and g["source"]["pages"] == d.page_count
    ok &= fine
    tot["docs"] += 1
    tot["pages"] += d.page_count
    tot["facts"] += len(g["facts"])
    tot["inits"] += len(g["initiatives"])
    print(f"{gp.stem:28s} pages={d.page_count} size={size // 1024}KB facts={len(g['facts'])} "
          f"inits={len(g['initiatives'])} missing={len(bad)} {'OK' if fine else 'FAIL'}")
    for b in bad[:10]:
        print("   ", b)
print(tot, "ALL OK" if ok else "FAILURES")
sys.exit(0 if ok else 1)
