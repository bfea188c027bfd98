"""Check helper fz's gold: every raw and every initiative text on its page (run from corpus/frozen41)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fz_common import check, GOLD_DIR, PDF_DIR  # noqa: E402

bad = 0
for g in sorted(GOLD_DIR.glob("fz_*.json")):
    probs = check(g, PDF_DIR / (g.stem + ".pdf"))
    print(f"{g.stem}: {len(probs)} problems")
    for p in probs:
        print("   ", p)
    bad += len(probs)
sys.exit(1 if bad else 0)
