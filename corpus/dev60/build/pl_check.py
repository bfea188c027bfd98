"""Check helper pl's gold: every fact raw and initiative text occurs on its page (run from corpus/dev60)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pl_common import check  # noqa: E402

bad_total = 0
for g in sorted(Path("gold").glob("pl_*.json")):
    gold = json.loads(g.read_text(encoding="utf-8"))
    bad = check(Path("pdf") / gold["source"]["file"], gold)
    print(f"{g.stem}: {len(gold['facts'])} facts, {len(gold['initiatives'])} initiatives, {len(bad)} missing")
    for b in bad:
        print("  MISSING", b)
    bad_total += len(bad)
sys.exit(1 if bad_total else 0)
