"""Check every fs gold: each raw occurs on its page, each initiative text on its page, statements in the text.
run from corpus/frozen38:  python3 build/fs_check.py
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fs_common import check

bad = 0
for gp in sorted(glob.glob("gold/fs_*.json")):
    gold = json.load(open(gp, encoding="utf-8"))
    pdf = os.path.join("pdf", gold["source"]["file"])
    print(os.path.basename(gp), gold["source"]["pages"], "pages", len(gold["facts"]), "facts",
          len(gold["initiatives"]), "initiatives")
    bad += check(pdf, gold)
print("TOTAL PROBLEMS", bad)
sys.exit(1 if bad else 0)
