"""Checks for helper fo's documents (run from corpus/frozen36):
  1. every fact raw and every initiative text occurs on its page of the PDF text layer;
  2. internal consistency of the gold: 収納率 = 収入済額 ÷ 調定額 and
     収入未済額 = 調定額 − 収入済額 − 不納欠損額 wherever all figures of one row are printed.
"""
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fo_common import ROOT, check  # noqa: E402

# figures printed as a part of a row ("うち…分" in a 備考 cell or footnote): not the whole row's 収入未済額
PARTS = {("fo_nishitokyo_committee_1", "212,408千円")}
bad = 0
for gp in sorted((ROOT / "gold").glob("fo_*.json")):
    pdf = ROOT / "pdf" / (gp.stem + ".pdf")
    errs = check(pdf, gp)
    g = json.loads(gp.read_text(encoding="utf-8"))
    groups = defaultdict(dict)
    for f in g["facts"]:
        k = (f["page"], f["debt_raw"], f["fiscal_year"], f["segment"], f["basis"], f["as_of"], f["area"])
        groups[k].setdefault(f["metric"], []).append(f)
    nrate = nid = 0
    for k, m in groups.items():
        if {"assessed", "collected", "collection_rate"} <= m.keys():
            for a in m["assessed"]:
                for c in m["collected"]:
                    exp = c["value"] / a["value"] * 100
                    if not any(abs(r["value"] - exp) <= 0.0051 for r in m["collection_rate"]):
                        errs.append(f"rate mismatch {k}: {[r['value'] for r in m['collection_rate']]} vs {exp:.4f}")
                    nrate += 1
        if {"assessed", "collected", "outstanding"} <= m.keys():
            o = [x["value"] for x in m["outstanding"] if not x["approx"] and (gp.stem, x["raw"]) not in PARTS]
            exp = {a["value"] - c["value"] - w["value"] for a in m["assessed"] for c in m["collected"]
                   for w in m.get("written_off", [{"value": 0}])}
            if o and not any(abs(x - e) <= 1 for x in o for e in exp):
                errs.append(f"identity mismatch {k}: {o} vs {sorted(exp)}")
            nid += 1
    print(f"{gp.stem}: pages={g['source']['pages']} facts={len(g['facts'])} initiatives={len(g['initiatives'])} "
          f"rate checks={nrate} identity checks={nid} -> {'OK' if not errs else 'ERRORS'}")
    for e in errs:
        print("   ", e)
    bad += len(errs)
sys.exit(1 if bad else 0)
