"""Checks for helper fp's documents (run from corpus/frozen36):

    python3 build/fp_check.py

1. every fact's raw, every initiative's text and every minutes statement occurs (whitespace removed) on its page
   in the PDF's text layer; 2-8 pages; < 2 MB;
2. score.py of the fp gold against itself gives 1.000 everywhere;
3. the sha256 / page count in each gold's `source` match the PDF.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fp_common import GOLD_DIR, PDF_DIR, check  # noqa: E402

STEMS = ["fp_kameoka_minutes_1", "fp_ashiya_committee_1", "fp_toyooka_progress_1", "fp_ikoma_plan_1",
         "fp_minabe_committee_1"]
SCORE = Path("/work/shared/tools/score.py")


def main() -> int:
    ok = True
    for s in STEMS:
        ok &= check(s)
        g = json.loads((GOLD_DIR / f"{s}.json").read_text(encoding="utf-8"))
        sha = hashlib.sha256((PDF_DIR / f"{s}.pdf").read_bytes()).hexdigest()
        if g["source"]["sha256"] != sha:
            print(f"{s}: sha256 in gold does not match the PDF")
            ok = False
    with tempfile.TemporaryDirectory() as tmp:
        for s in STEMS:
            shutil.copy(GOLD_DIR / f"{s}.json", tmp)
        r = subprocess.run([sys.executable, str(SCORE), tmp, tmp], capture_output=True, text=True)
        print(r.stdout)
        last = r.stdout.strip().splitlines()[-1]
        if any(v != "1.000" for v in (kv.split("=")[1] for kv in last.split())):
            ok = False
    print("ALL CHECKS PASSED" if ok else "CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
