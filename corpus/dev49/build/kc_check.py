#!/usr/bin/env python3
"""Checks for helper kc's dev49 documents (run from corpus/dev49):  python3 build/kc_check.py

1. every fact's raw and every initiative's text occurs on its page's text layer (whitespace removed),
   every minutes statement somewhere in the document;
2. 2-8 pages, < 2 MB, every page has a text layer, all fonts embedded as subsets;
3. the scorer run gold-against-gold on a temp copy of kc_* gold gives 1.000 everywhere.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kc_common import GOLD_DIR, PDF_DIR, check_raws  # noqa: E402

STEMS = ["kc_nagareyama_plan_1", "kc_kai_progress_1", "kc_kokubunji_minutes_1"]
ok = True
for stem in STEMS:
    pdf, gold = PDF_DIR / f"{stem}.pdf", GOLD_DIR / f"{stem}.json"
    g = json.loads(gold.read_text(encoding="utf-8"))
    d = fitz.open(pdf)
    bad = check_raws(gold, pdf)
    size = pdf.stat().st_size
    fonts = {f[3] for p in d for f in p.get_fonts()}
    unsub = [f for f in fonts if "+" not in f]
    type3 = sorted({f[2] for p in d for f in p.get_fonts() if f[2] == "Type3"})
    unsub += type3
    empty = [p.number + 1 for p in d if len(p.get_text().strip()) < 20]
    pages_ok = 2 <= d.page_count <= 8 and g["source"]["pages"] == d.page_count
    maxpage = max([f["page"] for f in g["facts"]] + [i["page"] for i in g["initiatives"]] + [1])
    print(f"{stem}: {d.page_count} pages, {size / 1024:.0f} KB, {len(g['facts'])} facts, "
          f"{len(g['initiatives'])} initiatives, raw problems {len(bad)}, fonts {sorted(fonts)}")
    for b in bad:
        print("   ", b)
    if bad or size >= 2 * 1024 * 1024 or unsub or empty or not pages_ok or maxpage > d.page_count:
        ok = False
        print(f"    FAIL: unsubset={unsub} empty_pages={empty} pages_ok={pages_ok} maxpage={maxpage}")

tmp = Path(tempfile.mkdtemp(prefix="kc_score_"))
for stem in STEMS:
    shutil.copy(GOLD_DIR / f"{stem}.json", tmp / f"{stem}.json")
r = subprocess.run([sys.executable, "/work/shared/tools/score.py", str(tmp), str(tmp)], capture_output=True, text=True)
print(r.stdout)
last = r.stdout.strip().splitlines()[-1]
if any(x.split("=")[1] != "1.000" for x in last.split()):
    ok = False
shutil.rmtree(tmp)
print("ALL CHECKS PASSED" if ok else "CHECKS FAILED")
sys.exit(0 if ok else 1)
