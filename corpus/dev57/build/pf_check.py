"""Run from corpus/dev57: confirm every fact raw and initiative text occurs on its page (whitespace removed)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from pf_common import check
bad = sum(check(s) for s in ("pf_akitakata_progress_1", "pf_takahashi_plan_1", "pf_awa_committee_1"))
sys.exit(1 if bad else 0)
