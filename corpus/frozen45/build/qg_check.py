"""Check helper qg's documents: every fact raw, initiative text and statement text occurs on its page
(PyMuPDF page.get_text() with whitespace removed), page count 2-8, size < 2 MB, and score.py gold-vs-gold = 1.000.

Run from corpus/frozen45:  python3 build/qg_check.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf  # noqa: E402

from qg_common import GOLD_DIR, PDF_DIR, check  # noqa: E402

bad = 0
golds = sorted(GOLD_DIR.glob("qg_*.json"))
for gp in golds:
    pdf = PDF_DIR / (gp.stem + ".pdf")
    bad += check(pdf, gp)
    with pymupdf.open(pdf) as d:
        n = d.page_count
        empty = [i + 1 for i, p in enumerate(d) if len(p.get_text().strip()) < 20]
    size = pdf.stat().st_size
    if not (2 <= n <= 8) or size >= 2_000_000 or empty:
        bad += 1
        print(f"{pdf.name}: pages={n} size={size} pages without text={empty}")
with tempfile.TemporaryDirectory() as t:
    for gp in golds:
        shutil.copy(gp, t)
    out = subprocess.run([sys.executable, "/work/shared/tools/score.py", t, t], capture_output=True, text=True).stdout
    print(out.strip().splitlines()[-1])
    if "facts_recall=1.000 facts_precision=1.000 minutes=1.000 initiatives_recall=1.000 kind=1.000" not in out:
        bad += 1
print("OK" if not bad else f"{bad} problems")
sys.exit(1 if bad else 0)
