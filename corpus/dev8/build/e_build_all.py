"""Build all e_* documents of corpus/dev8 (PDF + gold) and print a summary."""
import json

import e_asahikawa_plan_1
import e_kisarazu_progress_3
import e_takasaki_committee_2
import e_yugawara_minutes_4
from e_common import GOLD

if __name__ == "__main__":
    for m in (e_asahikawa_plan_1, e_takasaki_committee_2, e_kisarazu_progress_3, e_yugawara_minutes_4):
        m.build()
    docs = pages = facts = inits = 0
    for p in sorted(GOLD.glob("e_*.json")):
        g = json.loads(p.read_text())
        docs += 1
        pages += g["source"]["pages"]
        facts += len(g["facts"])
        inits += len(g["initiatives"])
    print(f"documents={docs} pages={pages} facts={facts} initiatives={inits}")
