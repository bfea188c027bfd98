"""Rebuild every dev4 PDF and gold file, then check each gold raw/text against its page."""
import importlib

ok = True
for m in ("tajimi_plan_1", "hatsukaichi_plan_2", "iwata_progress_3", "funabashi_committee_4", "tsukuba_minutes_5"):
    ok &= bool(importlib.import_module(m).build())
print("all checks passed" if ok else "CHECK FAILURES")
