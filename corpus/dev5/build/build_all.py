"""Build every dev5 document (PDF + gold) and check the gold against the PDF text."""
import importlib

STEMS = ["hamamatsu_plan_1", "iwakuni_progress_2", "kitaakita_committee_3", "onojo_minutes_4", "yawatahama_plan_5"]

if __name__ == "__main__":
    tot = [0, 0, 0]
    for s in STEMS:
        p, f, i = importlib.import_module(s).build()
        tot = [tot[0] + p, tot[1] + f, tot[2] + i]
    print(f"TOTAL: {len(STEMS)} documents, {tot[0]} pages, {tot[1]} facts, {tot[2]} initiatives")
