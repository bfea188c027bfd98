"""Build all w_* documents of corpus/dev7 and print a summary (documents, pages, facts, initiatives, statements)."""
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
STEMS = ["w_sennan_plan_1", "w_zentsuji_progress_2", "w_kumamoto_minutes_3", "w_yukuhashi_committee_4"]
tot = [0, 0, 0, 0]
for s in STEMS:
    r = importlib.import_module(s).build()
    print(f"{s:28s} pages={r[0]} facts={r[1]} initiatives={r[2]} statements={r[3]}")
    tot = [a + b for a, b in zip(tot, r)]
print(f"total: {len(STEMS)} documents, {tot[0]} pages, {tot[1]} facts, {tot[2]} initiatives, {tot[3]} statements")
