"""Checks for helper fq's documents (run from corpus/frozen37: python3 build/fq_check.py).

1. every fact's raw, every initiative text and every minutes statement occurs on its page's text layer
   (PyMuPDF page.get_text(), whitespace removed);
2. internal consistency of the gold: 収納率 = 収入済額 ÷ 調定額 and
   収入未済額 = 調定額 − 収入済額 − 不納欠損額 wherever a row prints all of them;
3. basic schema sanity (pages within range, interim facts carry as_of).
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fq_common import GOLD_DIR, check  # noqa: E402

STEMS = ["fq_sanjo_minutes_1", "fq_sabae_committee_1", "fq_takayama_progress_1", "fq_imizu_plan_1",
         "fq_mishima_plan_1"]


def consistency(stem: str) -> int:
    gold = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    groups = defaultdict(lambda: defaultdict(set))
    for f in gold["facts"]:
        if f["basis"] == "interim":
            assert f["as_of"], f
        k = (f["page"], f["debt_raw"], f["fiscal_year"], f["segment"], f["basis"], f["as_of"], f["area"])
        groups[k][f["metric"]].add(f["value"])
    bad = 0
    checked = 0
    for k, m in groups.items():
        if all(len(m.get(x, ())) == 1 for x in ("assessed", "collected", "collection_rate")):
            a, c, r = (next(iter(m[x])) for x in ("assessed", "collected", "collection_rate"))
            checked += 1
            # tolerance: amounts may be rounded to 百万円 (0.05 of the unit) in some tables
            exp = c / a * 100
            tol = 0.006 + (c + a) * 0.0 + (0.1e6 / a * 100 if a % 100000 == 0 else 0)
            if abs(exp - r) > tol:
                bad += 1
                print("RATE", stem, k, a, c, r, round(exp, 3))
        if all(len(m.get(x, ())) == 1 for x in ("assessed", "collected", "written_off", "outstanding")):
            a, c, w, o = (next(iter(m[x])) for x in ("assessed", "collected", "written_off", "outstanding"))
            checked += 1
            tol = 0.21e6 if a % 100000 == 0 else 1
            if abs(a - c - w - o) > tol:
                bad += 1
                print("IDENTITY", stem, k, a, c, w, o)
    print(f"{stem}: consistency groups checked={checked} problems={bad}")
    return bad


def main() -> int:
    bad = 0
    for s in STEMS:
        bad += check(s)
        bad += consistency(s)
    print("ALL CHECKS PASSED" if not bad else f"{bad} PROBLEMS")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
