"""Check helper fm's gold against its PDFs: every fact's raw on its page, every initiative's and statement's text
on its page, 2-8 pages, < 2 MB, embedded subset fonts, no Type 3 fonts.

Run from corpus/frozen35:  python3 build/fm_check.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fm_common import GOLD_DIR, PDF_DIR, check  # noqa: E402

import fitz  # noqa: E402

bad = 0
for gp in sorted(GOLD_DIR.glob("fm_*.json")):
    pdf = PDF_DIR / (gp.stem + ".pdf")
    bad += check(pdf, gp)
    n = fitz.open(pdf).page_count
    size = pdf.stat().st_size
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]
    if not (2 <= n <= 8):
        print("PAGES", pdf.name, n)
        bad += 1
    if size >= 2 * 1024 * 1024:
        print("SIZE", pdf.name, size)
        bad += 1
    for ln in fonts:
        if "Type 3" in ln or " no " in ln[50:]:
            print("FONT", pdf.name, ln)
            bad += 1
print("ALL OK" if bad == 0 else f"{bad} problems")
sys.exit(1 if bad else 0)
