"""Check helper fx's gold: every raw and initiative text occurs on its page (whitespace removed).
Run from corpus/frozen40:  python3 build/fx_check.py"""
import glob
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fx_common import check  # noqa: E402

bad_total = 0
for f in sorted(glob.glob("gold/fx_*.json")):
    stem = Path(f).stem
    d = json.load(open(f, encoding="utf-8"))
    bad = check(stem)
    bad_total += len(bad)
    print(f"{stem}: pages {d['source']['pages']}, facts {len(d['facts'])}, initiatives {len(d['initiatives'])}, "
          f"not on page {len(bad)}")
    for b in bad:
        print("   ", b)
sys.exit(1 if bad_total else 0)
