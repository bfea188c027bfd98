#!/usr/bin/env python3
"""Checks for helper gc's documents (run from corpus/dev45):  python3 build/gc_check.py

1. every fact's raw, every initiative's text and every statement occurs on its page of the PDF text layer
   (PyMuPDF page.get_text(), whitespace removed);
2. the printed figures are internally consistent: 収納率 = 収入済額 ÷ 調定額 (within the printed precision),
   収入未済額 = 調定額 − 収入済額 − 不納欠損額, current + arrears = total;
3. page count 2–8 and file size < 2 MB.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gc_common import check_pdf  # noqa: E402


def consistency(g):
    errs = []
    by = defaultdict(dict)
    for f in g["facts"]:
        if f["metric"] in ("assessed", "collected", "written_off", "outstanding", "collection_rate"):
            k = (f["page"], f["debt_raw"], f["fiscal_year"], f["segment"], f["basis"], f["as_of"], f.get("area"))
            by[k].setdefault(f["metric"], []).append(f)
    n_rate = n_id = 0
    for k, m in by.items():
        if "assessed" in m and "collected" in m and "collection_rate" in m:
            for a in m["assessed"]:
                for c in m["collected"]:
                    exp = c["value"] / a["value"] * 100
                    if any(abs(r["value"] - exp) <= 0.006 for r in m["collection_rate"]):
                        n_rate += 1
                    elif not a["approx"] and not c["approx"]:
                        errs.append(f"rate mismatch {k}: {c['value']}/{a['value']} = {exp:.3f} vs "
                                    f"{[r['value'] for r in m['collection_rate']]}")
        if "assessed" in m and "collected" in m and "outstanding" in m and "written_off" in m:
            a, c, w, o = (m[x][0]["value"] for x in ("assessed", "collected", "written_off", "outstanding"))
            n_id += 1
            if a - c - w != o:
                errs.append(f"identity mismatch {k}: {a}-{c}-{w} != {o}")
    # segment sums
    seg = defaultdict(dict)
    for f in g["facts"]:
        if f["metric"] in ("assessed", "collected") and f["unit"] == "yen":
            k = (f["page"], f["debt_raw"], f["fiscal_year"], f["basis"], f["as_of"], f["metric"], f.get("area"))
            seg[k][f["segment"]] = f["value"]
    n_seg = 0
    for k, v in seg.items():
        if {"current", "arrears", "total"} <= v.keys():
            n_seg += 1
            if v["current"] + v["arrears"] != v["total"]:
                errs.append(f"segment sum mismatch {k}: {v}")
    return errs, (n_rate, n_id, n_seg)


def main():
    bad = 0
    for gp in sorted(Path("gold").glob("gc_*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = Path("pdf") / g["source"]["file"]
        errs = check_pdf(pdf, g)
        cerrs, n = consistency(g)
        size = pdf.stat().st_size
        pages = g["source"]["pages"]
        ok = not errs and not cerrs and 2 <= pages <= 8 and size < 2_000_000
        bad += not ok
        print(f"{gp.stem}: pages={pages} size={size:,} facts={len(g['facts'])} initiatives={len(g['initiatives'])} "
              f"raw/text-on-page errors={len(errs)} consistency errors={len(cerrs)} "
              f"(checked rates={n[0]}, identities={n[1]}, segment sums={n[2]})")
        for e in errs + cerrs:
            print("   ", e)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
