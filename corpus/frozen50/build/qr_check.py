"""Checks for helper qr's documents: every fact raw / initiative text on its page, page count, size,
and the scorer run gold-against-gold. Run from corpus/frozen50:  python3 build/qr_check.py"""
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from qr_common import GOLD_DIR, PDF_DIR, check  # noqa: E402

bad = 0
golds = sorted(GOLD_DIR.glob("qr_*.json"))
for g in golds:
    gold = json.loads(g.read_text(encoding="utf-8"))
    probs = check(PDF_DIR / gold["source"]["file"], gold)
    bad += len(probs)
    print(f"{g.stem}: {gold['source']['pages']} pages, {len(gold['facts'])} facts, "
          f"{len(gold['initiatives'])} initiatives, problems={len(probs)}")
    for p in probs:
        print("   ", p)
with tempfile.TemporaryDirectory() as td:
    for g in golds:
        shutil.copy(g, td)
    subprocess.run([sys.executable, "/work/shared/tools/score.py", td, td], check=True)
sys.exit(1 if bad else 0)
