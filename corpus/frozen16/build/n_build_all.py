"""Build every n_ document of corpus/frozen16 and check its gold (raw text on its page, initiatives, size)."""
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from n_common import check  # noqa: E402

STEMS = ["n_yurigaoka_minutes_1", "n_nishikiura_committee_1", "n_higashiminato_progress_1",
         "n_nishinohara_plan_1", "n_haenodai_plan_1"]

if __name__ == "__main__":
    tot = [0, 0, 0]
    ok = True
    for s in STEMS:
        importlib.import_module(s).build()
        pages, facts, inits, errs = check(s)
        tot = [tot[0] + pages, tot[1] + facts, tot[2] + inits]
        print(f"{s}: pages={pages} facts={facts} initiatives={inits} errors={len(errs)}")
        for e in errs:
            print("   ", e)
        ok &= not errs
    print(f"documents={len(STEMS)} pages={tot[0]} facts={tot[1]} initiatives={tot[2]} all_checks_passed={ok}")
