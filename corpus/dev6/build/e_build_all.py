"""Build helper e's dev6 documents (PDF + gold) and print the summary: python3 e_build_all.py"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import e_machida_minutes_4
import e_minato_committee_2
import e_sagamihara_plan_1
import e_yoshikawa_progress_3
from e_common import GOLD

MODS = [e_sagamihara_plan_1, e_minato_committee_2, e_yoshikawa_progress_3, e_machida_minutes_4]

if __name__ == "__main__":
    for m in MODS:
        m.main()
    tp = tf = ti = 0
    for m in MODS:
        g = json.loads((GOLD / f"{m.STEM}.json").read_text(encoding="utf-8"))
        tp += g["source"]["pages"]; tf += len(g["facts"]); ti += len(g["initiatives"])
    print(f"Total: {len(MODS)} documents, {tp} pages, {tf} facts, {ti} initiatives")
