"""Checks for helper na's documents. Run from corpus/dev52:  python3 build/na_check.py
1. every fact's raw and every initiative's text occurs on its page (PyMuPDF text, whitespace removed);
2. the PDFs have 2-8 pages and are < 2 MB; 3. the gold scores 1.000 against itself with the shared scorer."""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from na_common import HERE, check  # noqa: E402

STEMS = ["na_kesennuma_plan_1", "na_eniwa_committee_1", "na_kitakata_progress_1"]
ok = True
for s in STEMS:
    bad = check(HERE / "pdf" / f"{s}.pdf", HERE / "gold" / f"{s}.json")
    print(f"{s}: {'ok' if not bad else f'{len(bad)} problems'}")
    for b in bad:
        print("   ", b)
    ok &= not bad
with tempfile.TemporaryDirectory() as d:
    for s in STEMS:
        shutil.copy(HERE / "gold" / f"{s}.json", d)
    r = subprocess.run([sys.executable, "/work/shared/tools/score.py", d, d], capture_output=True, text=True)
    print(r.stdout)
    ok &= "facts_recall=1.000 facts_precision=1.000" in r.stdout and "initiatives_recall=1.000 kind=1.000" in r.stdout
sys.exit(0 if ok else 1)
