"""Build every s_ document of frozen17 and print the gold summary."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import s_izumo_minutes_1, s_yamagata_committee_1, s_kawaguchi_progress_1, s_nagaoka_plan_1, s_ogaki_plan_1  # noqa

ok = all([m.build() for m in (s_izumo_minutes_1, s_yamagata_committee_1, s_kawaguchi_progress_1,
                               s_nagaoka_plan_1, s_ogaki_plan_1)])
gold = sorted((Path(__file__).resolve().parent.parent / "gold").glob("s_*.json"))
docs = [json.loads(p.read_text(encoding="utf-8")) for p in gold]
print(f"documents={len(docs)} pages={sum(d['source']['pages'] for d in docs)} "
      f"facts={sum(len(d['facts']) for d in docs)} initiatives={sum(len(d['initiatives']) for d in docs)} "
      f"all_checks={'PASS' if ok else 'FAIL'}")
sys.exit(0 if ok else 1)
