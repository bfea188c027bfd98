"""Check helper fl's documents: every raw / initiative text on its page, page counts, sizes, text layer.

Run from corpus/frozen34:  python3 build/fl_check.py [stem ...]
"""
from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
warnings.filterwarnings("ignore")
from fl_common import GOLD_DIR, PDF_DIR, check_pdf  # noqa: E402

import fitz  # noqa: E402

stems = sys.argv[1:] or sorted(p.stem for p in GOLD_DIR.glob("fl_*.json"))
bad = 0
for s in stems:
    pdf, gold = PDF_DIR / f"{s}.pdf", GOLD_DIR / f"{s}.json"
    g = json.loads(gold.read_text(encoding="utf-8"))
    with fitz.open(pdf) as d:
        n = d.page_count
        chars = [len(p.get_text().strip()) for p in d]
        imgs = sum(len(p.get_images()) for p in d)
    size = pdf.stat().st_size
    errs = check_pdf(pdf, gold)
    if not 2 <= n <= 8:
        errs.append(f"page count {n}")
    if size >= 2_000_000:
        errs.append(f"size {size}")
    if min(chars) < 50:
        errs.append(f"page with little text: {chars}")
    if g["source"]["pages"] != n:
        errs.append("gold page count differs")
    pages_used = {f["page"] for f in g["facts"]} | {i["page"] for i in g["initiatives"]}
    if pages_used and max(pages_used) > n:
        errs.append("page beyond document")
    print(f"{s:34s} pages={n} size={size/1024:.0f}KB facts={len(g['facts'])} inits={len(g['initiatives'])} "
          f"images={imgs} errors={len(errs)}")
    for e in errs[:40]:
        print("   ", e)
    bad += len(errs)
sys.exit(1 if bad else 0)
