"""Re-check every w_ gold of corpus/frozen4 against its PDF and print a summary."""
from pathlib import Path

import json

from w_common import GOLD_DIR, check

tot = [0, 0, 0, 0]
bad = 0
for g in sorted(GOLD_DIR.glob("w_*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    probs = check(g)
    bad += len(probs)
    st = len((d.get("minutes") or {}).get("statements") or [])
    print(f"{g.stem:28s} {d['document']['kind']:18s} pages={d['source']['pages']} facts={len(d['facts'])} "
          f"initiatives={len(d['initiatives'])} statements={st} problems={len(probs)}")
    for i, x in enumerate((1, d["source"]["pages"], len(d["facts"]), len(d["initiatives"]))):
        tot[i] += x
print(f"documents={tot[0]} pages={tot[1]} facts={tot[2]} initiatives={tot[3]} problems={bad}")
