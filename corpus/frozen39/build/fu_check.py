"""Check that every raw of helper fu's gold occurs on its page (whitespace removed). Run from corpus/frozen39."""
import glob
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fu_common import check  # noqa: E402

bad = 0
for g in sorted(glob.glob("gold/fu_*.json")):
    gold = json.load(open(g, encoding="utf-8"))
    pdf = Path("pdf") / gold["source"]["file"]
    errs = check(pdf, gold)
    bad += len(errs)
    print(f"{g}: {len(gold['facts'])} facts, {len(gold['initiatives'])} initiatives, {len(errs)} missing")
    for e in errs[:10]:
        print("   ", e)
sys.exit(1 if bad else 0)
