"""Check that every gold raw / initiative text of helper qc occurs on its page (whitespace removed). Run from corpus/frozen43."""
import glob, json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from qc_common import check
bad = 0
for f in sorted(glob.glob("gold/qc_*.json")):
    g = json.load(open(f, encoding="utf-8"))
    bad += len(check(Path("pdf") / g["source"]["file"], g))
print("ALL OK" if not bad else f"{bad} problems")
sys.exit(1 if bad else 0)
