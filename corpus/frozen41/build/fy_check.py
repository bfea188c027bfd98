"""Check that every fact raw / initiative text of helper fy's gold occurs on its page (whitespace removed).
Run from corpus/frozen41:  python3 build/fy_check.py"""
import glob
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fy_common import check  # noqa: E402

bad_total = 0
for f in sorted(glob.glob("gold/fy_*.json")):
    g = json.load(open(f, encoding="utf-8"))
    bad = check(Path("pdf") / g["source"]["file"], g)
    bad_total += len(bad)
    print(f"{Path(f).stem}: {len(g['facts'])} facts, {len(g['initiatives'])} initiatives, {len(bad)} problems")
    for b in bad:
        print("   ", b)
sys.exit(1 if bad_total else 0)
