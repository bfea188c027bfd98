#!/usr/bin/env python3
"""Check helper ma's gold against its PDFs: every fact's raw and every initiative's text occurs on its page
(PyMuPDF page.get_text() with whitespace removed), every minutes statement occurs in the document, 2-8 pages,
< 2 MB. Run from corpus/dev50:  python3 build/ma_check.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ma_common import GOLD_DIR, check  # noqa: E402

bad = 0
for p in sorted(GOLD_DIR.glob("ma_*.json")):
    probs = check(p.stem)
    bad += len(probs)
    print(f"{p.stem}: {'ok' if not probs else f'{len(probs)} problems'}")
    for x in probs:
        print("   ", x)
sys.exit(1 if bad else 0)
