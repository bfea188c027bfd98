"""Check helper qb's gold: every fact raw and initiative text occurs on its page; page count, size, text layer."""
import json
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qb_common import GOLD_DIR, PDF_DIR, check  # noqa
import pymupdf

ok = True
tot = [0, 0, 0, 0]
for g in sorted(GOLD_DIR.glob("qb_*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    pdf = PDF_DIR / d["source"]["file"]
    doc = pymupdf.open(pdf)
    bad = check(g.stem)
    size = pdf.stat().st_size
    textless = [i + 1 for i, pg in enumerate(doc) if len(pg.get_text().strip()) < 10]
    good = not bad and 2 <= doc.page_count <= 8 and size < 2_000_000 and not textless
    ok &= good
    print(f"{g.stem:28s} pages={doc.page_count} facts={len(d['facts'])} inits={len(d['initiatives'])} "
          f"size={size} bad={len(bad)} textless={textless} {'OK' if good else 'FAIL'}")
    for b in bad:
        print("   ", b)
    tot = [tot[0] + 1, tot[1] + doc.page_count, tot[2] + len(d["facts"]), tot[3] + len(d["initiatives"])]
print("documents=%d pages=%d facts=%d initiatives=%d" % tuple(tot), "ALL OK" if ok else "FAILED")
