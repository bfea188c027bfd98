"""Check helper gg's gold against its PDFs: every fact raw, initiative text and minutes statement occurs
(whitespace removed) in the text layer of its page; page counts agree; PDFs are < 2 MB.
Run from corpus/dev46:  python3 build/gg_check.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gg_common import check  # noqa: E402

bad = 0
for gold in sorted(Path("gold").glob("gg_*.json")):
    pdf = Path("pdf") / (gold.stem + ".pdf")
    errs = check(pdf, gold)
    size = pdf.stat().st_size
    if size >= 2 * 1024 * 1024:
        errs.append(f"pdf too large: {size}")
    print(f"{gold.stem}: {len(errs)} problems, {size // 1024} KB")
    for e in errs:
        print("   ", e)
    bad += len(errs)
sys.exit(1 if bad else 0)
