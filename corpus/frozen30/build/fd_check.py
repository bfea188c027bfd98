"""Check helper fd's documents: every raw and every initiative text is on its page (whitespace removed),
each PDF has 2-8 pages and is under 2 MB.  Run from corpus/frozen30:  python3 build/fd_check.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fd_common import GOLD_DIR, check  # noqa: E402

bad = 0
for p in sorted(GOLD_DIR.glob("fd_*.json")):
    bad += check(p.stem)
print("OK" if bad == 0 else f"{bad} problems")
sys.exit(1 if bad else 0)
